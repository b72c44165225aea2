"""Kazakh reports of other shapes: an oblast library's methodical summary
whose title names the oblast's libraries with their kind between, a row of
the oblast-level libraries beside the districts and towns, a fund table
captioned with the fund's composition (by language, by kind, of the
textbooks of a school library), readers under 14 named as readers, and an
"of which" part told by its figure in the possessive before a project's
name.  Each input was typed as such reports write it, with what it should
give written before esep read it."""

from __future__ import annotations

import pytest
from conftest import prose_facts, report_of

from esep.plugins.facts import plugin as facts
from esep.plugins.facts.common import library_group
from esep.registry import Config


def _named(doc) -> set[tuple]:
    return {(v["metric"], v["value"], v["period"], v.get("language"), v.get("category"))
            for r in facts.extract(doc, Config()) if r.table == "facts" for v in [r.values] if v["metric"]}


_DISTRICTS = [["Аудан, қала", "Кітапханалар саны", "Оқырмандар", "Кітап беру"],
              ["Жезқазған қаласы", "9", "31 420", "612 450"],
              ["Сәтбаев қаласы", "7", "22 180", "441 900"],
              ["Облыстық кітапханалар", "3", "18 350", "398 720"],
              ["Облыс бойынша барлығы", "19", "71 950", "1 453 070"]]


def test_the_oblast_level_libraries_are_a_row_of_their_own_beside_the_districts():
    got = _named(report_of("2025", _DISTRICTS))
    assert {("libraries.count", 3.0, "2025", None, "branch:облыстық кітапханалар"),
            ("users.registered", 18350.0, "2025", None, "branch:облыстық кітапханалар"),
            ("loans.total", 398720.0, "2025", None, "branch:облыстық кітапханалар")} <= got
    assert ("users.registered", 22180.0, "2025", None, "branch:сәтбаев қаласы") in got
    # a report of one library's own figures beside the oblast's: the oblast total keeps the region's category
    assert ("users.registered", 71950.0, "2025", None, "branch:облыс кітапханалары") in got


def test_a_summary_titled_with_the_oblasts_libraries_of_a_kind_is_the_oblasts_own():
    doc = report_of("2025", "Ұлытау облысының мемлекеттік кітапханаларының 2025 жылғы қызметі туралы "
                            "әдістемелік талдау", _DISTRICTS,
                    "Облыс бойынша орташа оқылым – 20,2.")
    doc.blocks[0].kind = "heading"
    got = _named(doc)
    assert {("users.registered", 71950.0, "2025", None, None), ("libraries.count", 19.0, "2025", None, None),
            ("ratio.reading", 20.2, "2025", None, None)} <= got
    assert not any(k[4] == "branch:облыс кітапханалары" for k in got)


@pytest.mark.parametrize("text, want", [
    ("Ұлытау облысының мемлекеттік кітапханаларының жұмысы", "branch:облыс кітапханалары"),
    ("Қостанай облысы жалпыға қолжетімді кітапханаларының көрсеткіштері", "branch:облыс кітапханалары"),
    ("Облыстық кітапханалар", "branch:облыстық кітапханалар"),
    ("Областные библиотеки", "branch:областные библиотеки"),
    # one oblast library, and a district's libraries of the oblast, are no group of the region
    ("Облыстық әмбебап ғылыми кітапхананың есебі", None),
    ("Ақмола облысы Есіл ауданы кітапханалары", None),
])
def test_groups_of_the_oblasts_libraries(text, want):
    assert library_group(text) == want


def test_a_fund_captioned_with_its_composition_by_language_and_kind():
    doc = report_of("2024-H1", "Қордың құрамы (01.07.2024), дана",
                    [["Басылым түрі", "Барлығы", "Мемлекеттік тілде", "Орыс тілінде"],
                     ["Кітаптар", "312 450", "188 920", "118 310"],
                     ["Мерзімді басылымдар", "14 630", "9 410", "5 080"],
                     ["Барлығы", "327 080", "198 330", "123 390"]])
    got = _named(doc)
    assert {("fund.end", 312450.0, "2024-H1", None, "books"), ("fund.end", 188920.0, "2024-H1", "kk", "books"),
            ("fund.end", 5080.0, "2024-H1", "ru", "periodicals"), ("fund.end", 327080.0, "2024-H1", None, None),
            ("fund.end", 123390.0, "2024-H1", "ru", None)} <= got


_TEXTBOOKS = [["Күні", "Мемлекеттік тілде", "Орыс тілінде", "Барлығы"],
              ["01.09.2024", "11 240", "5 230", "16 470"],
              ["01.06.2025", "11 890", "5 020", "16 910"]]


@pytest.mark.parametrize("caption", ["Оқулық қорының тілдер бойынша құрамы, дана", "Фонд учебников по языкам, экз."])
def test_a_caption_naming_one_kind_of_documents_gives_the_funds_figures_that_kind(caption):
    got = _named(report_of("2025", caption, _TEXTBOOKS))
    assert ("fund.end", 11890.0, "2025", "kk", "textbooks") in got
    assert ("fund.end", 16910.0, "2025", None, "textbooks") in got
    assert not any(k[4] is None for k in got)


def test_the_book_fund_in_a_caption_is_the_whole_fund_not_the_books():
    got = _named(report_of("2025", "Кітап қорының тілдер бойынша құрамы, дана", _TEXTBOOKS))
    assert ("fund.end", 16910.0, "2025", None, None) in got
    assert not any(k[4] for k in got)


def test_readers_under_fourteen_named_as_readers_are_the_children():
    got = {k[:2] for k in prose_facts("2024", "2024 жылы кітапхана 12 640 оқырманға қызмет көрсетті, оның ішінде "
                                              "14 жасқа дейінгі оқырмандар – 9 815, 15–18 жастағы жасөспірімдер – 2 310.")}
    assert got == {("users.registered", 12640.0), ("users.children", 9815.0), ("users.youth", 2310.0)}


def test_the_whole_before_a_possessive_part_named_by_a_project_is_the_years():
    text = "Оқу жылында барлығы 64 іс-шара өткізілді, оның 28-і «Оқуға құштар мектеп» жобасы аясында."
    assert {k[:2] for k in prose_facts("2024", text)} == {("events.actual", 64.0)}
    # "олардың 28-і" as well: the whole is no single event of the campaign the quotes name
    text = "2024 жылы 64 іс-шара өткізілді, олардың 28-і «Бір ел – бір кітап» акциясы бойынша."
    assert ("events.actual", 64.0) in {k[:2] for k in prose_facts("2024", text)}


def test_a_named_event_with_its_own_figure_still_counts_no_events_of_the_year():
    # one event with its participants: no count of the year's events
    got = {k[:2] for k in prose_facts("2024", "«Бір ел – бір кітап» акциясына 23 кітапхана қатысып, 146 оқырман жиналды.")}
    assert ("events.actual", 146.0) not in got and ("events.participants", 146.0) not in got


@pytest.mark.parametrize("text", [
    "Еңбек өтілі 20 жылдан асатын қызметкерлер – 21 адам.",
    "Еңбек өтілі бойынша: 5 жылға дейін – 8 адам, 10 жылдан жоғары – 26 адам.",
    "Со стажем работы свыше 20 лет – 21 человек.",
])
def test_the_staff_by_length_of_service_is_no_headcount(text):
    assert prose_facts("2023", text) == set()


def test_the_whole_staff_before_its_length_of_service_stays():
    got = {k[:2] for k in prose_facts("2023", "Қызметкерлер саны – 46 адам. Еңбек өтілі 20 жылдан асатын "
                                              "қызметкерлер – 21 адам.")}
    assert got == {("staff.headcount", 46.0)}


@pytest.mark.parametrize("text, want", [
    ("Штат бірлігі – 48,5, оның ішінде бос штат бірлігі – 2,5.",
     {("staff.units", 48.5), ("staff.vacancies", 2.5)}),
    ("Бос штат бірлігі – 2,5.", {("staff.vacancies", 2.5)}),
    # the staff units alone stay the units
    ("Штат бірлігі – 48,5.", {("staff.units", 48.5)}),
])
def test_vacant_staff_units_are_the_vacancies(text, want):
    assert {k[:2] for k in prose_facts("2023", text)} == want


def test_a_vacant_staff_units_row_of_a_staff_table():
    got = {k[:2] for k in _named(report_of("2023", "Кадрлық құрам (31.12.2023)",
                                           [["Көрсеткіш", "Саны"], ["Штат бірлігі", "48,5"],
                                            ["Нақты жұмыс істейтіндер, адам", "46"], ["Бос штат бірлігі", "2,5"]]))}
    assert got == {("staff.units", 48.5), ("staff.headcount", 46.0), ("staff.vacancies", 2.5)}
