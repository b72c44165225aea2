"""A school library reports under its school: the school's legal name
stands above the title, the title names the library."""

from __future__ import annotations

from conftest import paragraphs_doc
from esep.plugins import metadata


def _doc(*paragraphs: str):
    return paragraphs_doc(*paragraphs, doc_id="s")


def test_the_library_the_title_names_not_the_school_above_it():
    d = _doc("Ақтау қаласы білім бөлімінің «№ 7 мектеп-гимназиясы» КММ",
             "№ 7 мектеп-гимназиясы кітапханасының 2021-2022 оқу жылындағы жұмысы туралы есеп",
             "Кітапхана оқу жылы бойы мектептің оқу-тәрбие жоспарына сай жұмыс істеді, оқушылар мен мұғалімдерге "
             "қызмет көрсетті.")
    assert metadata.detect_organization(d) == "№ 7 мектеп-гимназиясы кітапханасы"


def test_a_school_alone_with_no_library_named_stays_the_organization():
    d = _doc("«№ 7 мектеп-гимназиясы» КММ",
             "2021-2022 оқу жылындағы оқу-тәрбие жұмысы туралы есеп",
             "Мектеп оқу жылы бойы бекітілген жоспарға сай жұмыс істеді, оқушылардың білім сапасы артты.")
    assert metadata.detect_organization(d) == "«№ 7 мектеп-гимназиясы» КММ"
