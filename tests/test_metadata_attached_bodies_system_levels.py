"""A system named with the body it is attached to ("ГККП «Централизованная
библиотечная система» при отделе культуры и развития языков акимата …
района"), and a system's abbreviation with its level's letter (РЦБС, ГЦБС,
ЦРБС, ЦГБС) in Russian reports of other libraries."""

from __future__ import annotations

from conftest import paragraphs_doc
import pytest

from esep.plugins import metadata
from esep.plugins.organizations import resolve


def _doc(*paragraphs: str):
    return paragraphs_doc(*paragraphs, fmt="txt")


def _key(name: str | None) -> str | None:
    return resolve(name, []).organization_id if name else None


@pytest.mark.parametrize("letterhead, key", [
    ("ГККП «Централизованная библиотечная система» при отделе культуры и развития языков акимата "
     "Глубоковского района", "glubok-district-cbs"),
    ("ГККП «Библиотечная система» при отделе культуры акимата города Риддера", "ridder-city-cbs"),
    ("КГУ «Централизованная библиотечная система» при управлении культуры акимата Зайсанского района",
     "zaisan-district-cbs"),
])
def test_a_system_attached_to_a_department_keeps_its_place(letterhead, key):
    d = _doc(letterhead, "Исх. № 12 от 03.04.2023 г.",
             "Директору ГУ «Отдел культуры и развития языков Глубоковского района»",
             "Информация о работе ЦБС за I квартал 2023 года", "Направляем информацию о работе библиотек.")
    org = metadata.detect_organization(d)
    assert _key(org) == key
    assert metadata.detect_period(d).code == "2023-Q1"


def test_a_quoted_system_without_a_place_stays_as_written():
    # negative: "при" followed by no district or town adds nothing to the name
    d = _doc("ГККП «Централизованная библиотечная система» при поддержке спонсоров", "Отчёт за 2022 год")
    assert metadata.detect_organization(d) == "ГККП «Централизованная библиотечная система»"


@pytest.mark.parametrize("name, key", [
    ("КГУ «Экибастузская ГЦБС»", "ekibastuz-city-cbs"),
    ("ЦГБС г. Экибастуза", "ekibastuz-city-cbs"),
    ("Аулиекольская РЦБС", "auliekol-district-cbs"),
    ("Аулиекольская ЦРБС", "auliekol-district-cbs"),
])
def test_a_system_abbreviated_with_its_level(name, key):
    assert _key(name) == key


def test_a_central_library_is_no_system():
    # negative: ЦГБ and ЦРБ are the central libraries of a system, not the system
    assert _key("ЦГБ г. Экибастуза") != "ekibastuz-city-cbs"
    assert _key("Аулиекольская ЦРБ") != "auliekol-district-cbs"
