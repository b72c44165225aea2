"""The place of a Russian library system: a district or okrug written between the legal form and the quoted
name, and a municipal okrug as a district's level in the key."""
from __future__ import annotations

from conftest import paragraphs_doc
from esep.plugins import metadata
from esep.plugins.organizations import parse_name


def _doc(*paragraphs: str):
    return paragraphs_doc(*paragraphs)


def test_a_district_between_the_legal_form_and_the_quoted_name_is_the_names_place():
    d = _doc("Муниципальное бюджетное учреждение культуры Озёрского района Степной области «Централизованная "
             "библиотечная система»", "Отчёт о работе за 2023 год", "В течение года библиотеки обслужили 300 читателей.")
    name = metadata.detect_organization(d)
    assert "Озёрского района" in name and name.endswith("«Централизованная библиотечная система»")
    assert parse_name(name).key == parse_name("ЦБС Озёрского района").key
    # two systems named so differ by their districts
    other = parse_name("Муниципальное бюджетное учреждение культуры Лесного района «Централизованная библиотечная система»")
    assert other.key != parse_name(name).key


def test_a_municipal_okrug_is_the_systems_place_not_the_region_after_it():
    a = parse_name("МКУК «Централизованная библиотечная система» Заречного муниципального округа Степной области")
    b = parse_name("МКУК «Централизованная библиотечная система» Заречного муниципального округа")
    assert a.key == b.key
    assert a.level == "district"
    assert a.key != parse_name("МКУК «Централизованная библиотечная система» Степной области").key


def test_the_oblasts_department_after_a_districts_system_stays_in_its_name_and_names_no_place():
    d = _doc("КГУ «Централизованная библиотечная система» Лесного района управления культуры, развития языков и "
             "архивного дела Степной области", "Информация о работе за I квартал 2024 года",
             "За квартал обслужено 300 читателей.")
    name = metadata.detect_organization(d)
    assert name.endswith("управления культуры, развития языков и архивного дела Степной области")
    assert parse_name(name).key == parse_name("КГУ «ЦБС» Лесного района").key
