"""Oblast summaries and reports of neighbouring countries: whose figure is
whose.  Each sentence and table below was typed as such reports write
them (an oblast's summary naming its districts and towns, a republican
library with its branches, a Belarusian district system, an Uzbek
information-library centre, a Kazakh city system's table for children),
with what it should give written before esep read it; at first each gave
a figure of the wrong owner, or none."""

from __future__ import annotations

import pytest
from conftest import prose_facts

from esep.model import Block, Cell, Document, Provenance, Table
from esep.plugins.facts import plugin as facts
from esep.plugins.metadata import _org_phrase
from esep.registry import Config


def _named(period: str, *paragraphs: str) -> set[tuple]:
    return {(k[0], k[1], k[4]) for k in prose_facts(period, *paragraphs)}


@pytest.mark.parametrize("text, want", [
    # a district in the locative, then a town after a comma with its own figure
    ("В Ерейментауском районе число пользователей – 18 240, в г. Степногорске – 22 600.",
     {("users.registered", 18240, "branch:ерейментауский район"), ("users.registered", 22600, "branch:г степногорск")}),
    ("Самая высокая книговыдача – в Целиноградском районе: выдано 402 100 документов.",
     {("loans.total", 402100, "branch:целиноградский район")}),
    # the same in Kazakh
    ("Ақкөл ауданында оқырмандар саны 15 300 адамды құрады, Степногор қаласында – 22 600.",
     {("users.registered", 15300, "branch:ақкөл ауданы"), ("users.registered", 22600, "branch:степногор қаласы")}),
    # a town in the locative is named in the nominative whatever its stem ends in
    ("В г. Экибастузе число пользователей – 24 100, в г. Семее – 41 300, в г. Костанае – 52 000.",
     {("users.registered", 24100, "branch:г экибастуз"), ("users.registered", 41300, "branch:г семей"),
      ("users.registered", 52000, "branch:г костанай")}),
    # a district named without its own name is the report's own
    ("В районе число пользователей – 12 400.", {("users.registered", 12400, None)}),
    # the district's adjective names no place ("в районном центре")
    ("В районном центре число пользователей – 6 300.", {("users.registered", 6300, None)}),
])
def test_a_district_or_town_named_in_prose_owns_its_figure(text, want):
    assert _named("2021", text) == want


def test_a_change_of_the_network_counts_no_libraries():
    got = _named("2021", "На 01.01.2022 в области 348 библиотек. В 2021 году закрыты 2 сельские библиотеки, "
                         "1 библиотека реорганизована.")
    assert got == {("libraries.count", 348, None)}
    assert _named("2021", "Облыста 2 кітапхана жабылды.") == set()


def test_a_library_named_with_its_branches_heads_no_paragraph_of_its_own():
    # the library that opens the paragraph together with its branches is the whole system: the staff after it
    # is the system's, and the librarians a part of it
    got = _named("2012", "Областная библиотека для детей вместе с 3 филиалами обслуживает детей и подростков. "
                         "Работают 64 человека, из них библиотечных специалистов – 51.")
    assert got == {("staff.headcount", 64, None), ("staff.headcount", 51, "librarians")}


@pytest.mark.parametrize("text, branch", [
    ("Лучшие показатели у Новоельнянской библиотеки-филиала агрогородка: пользователей – 1 140, посещений – 9 020.",
     "branch:новоельнянской библиотеки-филиала агрогородка"),
    ("Хорошо работает библиотека аг. Накрышки: пользователей – 1 140, посещений – 9 020.",
     "branch:библиотека аг накрышки"),
])
def test_a_library_of_an_agro_town_before_a_colon_owns_the_list(text, branch):
    assert _named("2018", text) == {("users.registered", 1140, branch), ("visits.total", 9020, branch)}


def test_library_and_information_education_and_electronic_documents():
    got = _named("2016", "Работают 40 сотрудников, из них с библиотечно-информационным образованием – 21. "
                         "Фонд электронных документов – 2 180 ед.")
    assert {("staff.library_education", 21, None), ("fund.end", 2180, "electronic")} <= got


def _table(period: str, caption: str, rows: list[list[str]]) -> set[tuple]:
    d = Document(id="t", path="t.docx", format="docx", metadata={"period": period})
    d.add_block(Block("paragraph", caption, Provenance(page=1)))
    d.add_table(Table([Cell(r, k, x) for r, row in enumerate(rows) for k, x in enumerate(row) if x],
                      Provenance(page=1), position=0))
    return {(v["metric"], v["value"], v["period"], v["category"]) for v in (r.values for r in facts.extract(d, Config())
            if r.table == "facts" and r.values["metric"])}


@pytest.mark.parametrize("caption", [
    "3-кесте. Балаларға қызмет көрсетудің көрсеткіштері (оның ішінде балалар)",
    "Таблица 3. Обслуживание детей до 14 лет",
])
def test_a_table_of_the_same_indicators_for_children_only(caption):
    rows = [["Көрсеткіштер", "2022 жыл", "2023 жылға жоспар", "2023 жыл", "+/-"],
            ["Оқырмандар саны", "9 120", "9 200", "9 340", "+220"],
            ["Кітап берілімі", "190 400", "191 000", "193 050", "+2 650"],
            ["Іс-шаралар саны", "410", "415", "422", "+12"]]
    assert _table("2023", caption, rows) == {
        ("users.children", 9120, "2022", None), ("users.children", 9340, "2023", None),
        ("loans.total", 190400, "2022", "readers:children"), ("loans.total", 193050, "2023", "readers:children"),
        ("events.actual", 410, "2022", "children"), ("events.actual", 422, "2023", "children")}
    # the children's library's table is the library's, no group of readers
    got = _table("2023", "3-кесте. Балалар кітапханасының көрсеткіштері", rows)
    assert ("users.registered", 9340, "2023", None) in {(m, v, p, c if c is None else None) for m, v, p, c in got}
    assert not any(c == "readers:children" for *_, c in got)


@pytest.mark.parametrize("text, name", [
    ("Республиканская библиотека для детей и юношества им. К. Баялинова",
     "Республиканская библиотека для детей и юношества им. К. Баялинова"),
    ("Отчет Центральной городской библиотеки для детей за 2020 год", "Центральной городской библиотеки для детей"),
])
def test_the_readers_a_library_is_for_are_part_of_its_name(text, name):
    assert _org_phrase(text) == name


def _report(organization: str, *paragraphs: str) -> set[tuple]:
    d = Document(id="p", path="p.txt", format="txt", metadata={"period": "2021", "organization": organization})
    for x in paragraphs:
        d.add_block(Block("paragraph", x))
    return {(r.values["metric"], r.values["value"], r.values["category"]) for r in facts.extract(d, Config())
            if r.table == "facts" and r.values["metric"]}


def test_the_place_of_the_report_s_own_system_is_its_own():
    # a town's or a district's system names its own place: its figures are the report's own
    assert _report("ГУ «Централизованная библиотечная система г. Степногорска»",
                   "В г. Степногорске число пользователей составило 22 600.") == {("users.registered", 22600, None)}
    assert _report("«Ақкөл аудандық орталықтандырылған кітапхана жүйесі» КММ",
                   "Ақкөл ауданында оқырмандар саны 15 300 адамды құрады.") == {("users.registered", 15300, None)}
    # another place of the oblast keeps its own
    assert _report("ГУ «Централизованная библиотечная система г. Степногорска»",
                   "В Аккольском районе число пользователей – 15 300.") == {
        ("users.registered", 15300, "branch:аккольский район")}


def test_a_district_s_name_broken_over_two_lines_of_a_cell():
    rows = [["Район, город", "Пользователи", "Посещения"], ["Енбекшильдер\nский район", "11 870", "96 140"],
            ["Аккольский район", "22 400", "179 200"], ["Итого по области", "34 270", "275 340"]]
    got = _table("2021", "Таблица 1. Показатели библиотек районов", rows)
    assert ("users.registered", 11870, "2021", "branch:енбекшильдерский район") in got
    assert ("visits.total", 179200, "2021", "branch:аккольский район") in got
