"""A library's own report names the library first and its system after it,
in brackets, as the library's parent ("Орал қалалық балалар кітапханасы" /
"(«Орал қаласының ОКЖ» КММ филиалы)"), or the system's letterhead first and
the library on its own line under it, a settlement's library too
("Шідерті кенттік кітапхана-филиалы": кенттік is a settlement's level as
ауылдық is a village's).  The report is the library's; the system, its
parent.  Stated in made-up title lines of the genre."""

from __future__ import annotations

from conftest import paragraphs_doc
import pytest

from esep.plugins import metadata
from esep.plugins.organizations import parse_name
from esep.registry import Config


def _doc(*paragraphs: str):
    return paragraphs_doc(*paragraphs, fmt="txt")


BODY = "Кітапхана жартыжылдықта 4 860 оқырманға қызмет көрсетті."


@pytest.mark.parametrize("lines, org, parent", [
    (["Орал қалалық балалар кітапханасы", "(«Орал қаласының орталықтандырылған кітапхана жүйесі» КММ филиалы)",
      "2024 жылдың бірінші жартыжылдығындағы жұмыс қорытындысы"],
     "Орал қалалық балалар кітапханасы", "«Орал қаласының орталықтандырылған кітапхана жүйесі» КММ"),
    (["«Екібастұз қаласының орталықтандырылған кітапхана жүйесі» КММ", "Шідерті кенттік кітапхана-филиалы",
      "2025 жылғы І жартыжылдықтың есебі"],
     "Шідерті кенттік кітапхана-филиалы", "«Екібастұз қаласының орталықтандырылған кітапхана жүйесі» КММ"),
])
def test_the_library_over_or_under_its_system_is_the_report_s(lines, org, parent, registry):
    d = _doc(*lines, BODY)
    assert metadata.detect_organization(d) == org
    registry.hook.prepare_document(document=d, config=Config())
    assert d.metadata["organization"] == org
    assert d.metadata["organization_parent"] == parent


def test_a_settlement_library_is_a_library_of_the_village_level():
    name = parse_name("Шідерті кенттік кітапхана-филиалы")
    assert (name.kind, name.level) == ("library", "village")


@pytest.mark.parametrize("lines", [
    # the system in brackets after the library with no word of a branch: not said to be its parent
    ["Орал қалалық балалар кітапханасы", "(«Орал қаласының орталықтандырылған кітапхана жүйесі» КММ)",
     "2024 жылғы есеп"],
    # the library's branch word with the title naming another library: that library's report, not this rule's
    ["Орал қалалық балалар кітапханасы", "(«Орал қаласының орталықтандырылған кітапхана жүйесі» КММ филиалы)",
     "Орталық кітапхананың 2024 жылғы есебі"],
])
def test_no_branch_word_or_another_library_titled_is_no_library_over_its_system(lines):
    assert metadata.library_under_letterhead(lines) is None
