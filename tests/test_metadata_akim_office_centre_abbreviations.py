"""Three shapes of a title page: a village library under its founder, the akim's office of a rural district
(КГУ «Аппарат акима … сельского округа», «… ауылдық округі әкімінің аппараты» ММ), whose library is the
report's; a Russian library and information centre (библиотечно-информационный центр, БИЦ, МБИЦ), a library;
a district's or a town's library system abbreviated with its level's letter (АОКЖ, ҚОКЖ)."""
from __future__ import annotations

from conftest import paragraphs_doc
import pytest

from esep.plugins import metadata
from esep.plugins.organizations import parse_name


def _doc(*paragraphs: str):
    return paragraphs_doc(*paragraphs)


@pytest.mark.parametrize("lines, expected", [
    (["КГУ «Аппарат акима Ивановского сельского округа»", "Сельская библиотека села Ивановка",
      "План и отчёт на 2024 год", "сельской библиотеки села Ивановка"],
     "Сельская библиотека села Ивановка"),
    (["«Ақкөл ауылдық округі әкімінің аппараты» ММ", "Ақкөл ауылдық кітапханасы", "2023 жылғы жұмыс туралы есеп"],
     "Ақкөл ауылдық кітапханасы"),
])
def test_the_library_under_the_akim_s_office_reports(lines, expected):
    d = _doc(*lines, "В течение года библиотека обслужила 640 читателей.")
    org = metadata.detect_organization(d)
    assert org == expected
    assert parse_name(org).kind == "library"
    assert expected in metadata.organization_names(d)


def test_the_akim_s_office_alone_stays_the_organization():
    # no library named in the title: the akim's own report
    d = _doc("КГУ «Аппарат акима Ивановского сельского округа»", "Отчёт о работе за 2023 год",
             "В течение года проведено 12 сходов граждан.")
    org = metadata.detect_organization(d)
    assert org is not None and parse_name(org).kind == "akim"


def test_a_name_going_back_stops_at_a_quoted_name():
    # the founder's quoted name on the line above: its last words are no part of the library's name
    d = _doc("ГУ «Отдел образования Тарского района» Детская библиотека им. С. Маршака", "Отчёт о работе за 2022 год",
             "В течение года библиотека обслужила 900 читателей.")
    assert metadata.detect_organization(d) == "Детская библиотека им. С. Маршака"


@pytest.mark.parametrize("name, kind, level", [
    ("МКУК «Библиотечно-информационный центр» Берёзовского сельского поселения", "library", "village"),
    ("МКУК «БИЦ»", "library", None),
    ("МБИЦ Кедровского района", "library", "district"),
    ("АОКЖ", "cbs", "district"),
    ("Шымкент ҚОКЖ", "cbs", "city"),
    # the plain abbreviations keep their reading
    ("Аркалыкская ЦБС", "cbs", "city"),
    ("ОКЖ", "cbs", None),
    ("Информационно-библиотечный центр Чиназского района", "library", "district"),
])
def test_abbreviated_and_written_out_kinds(name, kind, level):
    got = parse_name(name)
    assert (got.kind, got.level) == (kind, level)


def test_a_word_like_the_abbreviations_is_not_one():
    # a centre that is no library's, and a word that only begins like ОКЖ
    assert parse_name("МКУ «Информационный центр» Берёзовского сельского поселения").kind != "library"
    assert parse_name("«Көкжиек» ЖШС").kind is None


def test_the_abbreviated_system_resolves_to_the_report_s_system():
    from esep.plugins.organizations import resolve_in_document
    full = "Сарыбел аудандық орталықтандырылған кітапхана жүйесі"
    key = "saribel-district-cbs"
    assert parse_name(full).kind == "cbs"
    assert resolve_in_document("АОКЖ", key, full, [(key, full)]) == key
    assert resolve_in_document("МКУК «БИЦ»", "berezov-village-library",
                               "МКУК «Библиотечно-информационный центр» Берёзовского сельского поселения",
                               []) == "berezov-village-library"


# -- a settlement (кент) and a district named after a poet ----------------------------------------

@pytest.mark.parametrize("name", [
    "«Саяқ кенттік кітапханасы» КММ", "Саяқ кентінің кітапханасы", "Саяқ кенті кітапханасы", "Библиотека посёлка Саяк",
])
def test_a_settlement_library_is_the_settlement_s_in_both_languages(name):
    got = parse_name(name)
    assert (got.place, got.level, got.kind) == ("saiak", "village", "library")


def test_a_town_whose_name_begins_like_the_settlement_word_keeps_its_name():
    got = parse_name("Кентау қаласының орталықтандырылған кітапхана жүйесі")
    assert (got.place, got.level) == ("kentau", "city")


@pytest.mark.parametrize("line, expected", [
    ("КГУ «Централизованная библиотечная система» акимата района Шал акына",
     "КГУ «Централизованная библиотечная система» акимата района Шал акына"),
    ("КГУ «Централизованная библиотечная система» района Биржан сал",
     "КГУ «Централизованная библиотечная система» района Биржан сал"),
    # a district's name of one word stays one word
    ("КГУ «Централизованная библиотечная система» района Алтай сообщает",
     "КГУ «Централизованная библиотечная система» района Алтай"),
])
def test_a_district_named_after_a_poet_keeps_his_title(line, expected):
    d = _doc(line, "Информационный отчёт за IV кв. 2022 г.", "В квартале проведено 118 мероприятий.")
    assert metadata.detect_organization(d) == expected
