"""A title that names its period only by the date its figures stand at ("по
состоянию на 01.07.2025"); a cue word of one letter (a preposition) that
must not take the first letter of another word; the parts of a fund
introduced by "Из фонда на <date>"; a count of rural libraries after "Из N
библиотек", the noun left out; "на др. языках" as the other languages."""

from __future__ import annotations

import pytest
from conftest import prose_facts, paragraphs_doc

from esep.plugins import metadata


def _doc(*paragraphs: str):
    return paragraphs_doc(*paragraphs, fmt="txt")


# -- a period told by the date its figures stand at -------------------------------------------------

@pytest.mark.parametrize("title, code", [
    ("Информация о деятельности библиотек района по состоянию на 01.07.2025", "2025-H1"),
    ("Информация о работе ЦБС на 01.10.2024 г.", "2024-9M"),
    ("Сведения о деятельности библиотек по состоянию на 01.04.2023", "2023-Q1"),
    ("Информация о деятельности библиотек по состоянию на 01.01.2024", "2023"),
    ("Кітапханалар қызметі туралы 01.07.2024 ж. жағдай бойынша ақпарат", "2024-H1"),
])
def test_a_title_dated_after_a_part_of_the_year_names_that_part(title, code):
    d = _doc("КГУ «Централизованная библиотечная система» Алтайского района", title,
             "В состав ЦБС входит 31 библиотека, из них 27 сельских.")
    assert metadata.detect_period(d).code == code


@pytest.mark.parametrize("title", [
    # a date in the middle of a quarter says no part of the year
    "Информация о деятельности библиотек по состоянию на 15.07.2025",
    # two dates: which one the figures stand at is not said
    "Информация о фонде на 01.01.2025 и на 01.07.2025",
])
def test_a_title_dated_otherwise_names_no_period_by_its_date(title):
    d = _doc("КГУ «Централизованная библиотечная система» Алтайского района", title,
             "В состав ЦБС входит 31 библиотека.")
    assert metadata.detect_period(d) is None


def test_a_title_that_names_its_period_keeps_it_beside_a_date():
    d = _doc("ОТЧЁТ о работе ЦБС за 2024 год по состоянию на 01.07.2025", "Фонд – 9 200 экз.")
    assert metadata.detect_period(d).code == "2024"


# -- a cue word of one letter ---------------------------------------------------------------------

def test_a_preposition_of_a_cue_takes_no_word_of_the_sentence_before():
    got = prose_facts("2024", "Высшее образование имеют 29 сотрудников. Библиотечное образование имеют "
                              "24 сотрудника.")
    assert ("staff.higher_education", 29.0, "2024", None, None) in got
    assert ("staff.library_education", 24.0, "2024", None, None) in got


def test_the_cue_with_its_preposition_is_still_read():
    got = prose_facts("2024", "Работают 40 человек, с библиотечным образованием – 22.")
    assert ("staff.library_education", 22.0, "2024", None, None) in got


@pytest.mark.parametrize("text", [
    "Работают 40 сотрудников, из них с высшим образованием – 27, со специальным библиотечным – 19.",
    "Работают 40 сотрудников, со специальным библиотечным образованием – 19.",
])
def test_special_library_education_is_library_education(text):
    got = prose_facts("2024", text)
    assert ("staff.library_education", 19.0, "2024", None, None) in got


def test_a_special_collection_of_the_library_is_no_staff():
    got = prose_facts("2024", "Из специальных фондов выдано 1 200 экз.")
    assert not [f for f in got if f[0].startswith("staff.")]


# -- the parts of the fund at a date --------------------------------------------------------------

def test_parts_of_the_fund_after_from_the_fund_at_a_date_are_the_fund_at_that_date():
    got = prose_facts("2024", "Из фонда на 01.01.2025 на казахском языке – 112 640 экз., на русском "
                              "языке – 238 410 экз.")
    assert ("fund.end", 112640.0, "2024", "kk", None) in got
    assert ("fund.end", 238410.0, "2024", "ru", None) in got


def test_copies_brought_from_a_fund_are_no_size_of_it():
    got = prose_facts("2024", "Книги доставлялись из фонда центральной библиотеки (1 120 экз.).")
    assert not any(k[0] in ("fund.start", "fund.end") for k in got)


# -- rural libraries of the libraries counted after "из" ----------------------------------------

def test_the_kind_alone_after_the_libraries_counted_with_from_is_a_count_of_them():
    got = prose_facts("2024", "Из 28 библиотек системы 22 сельские.")
    assert ("libraries.count", 28.0, "2024", None, None) in got
    assert ("libraries.count", 22.0, "2024", None, "branch:сельские библиотеки") in got


def test_readers_of_the_rural_libraries_are_no_count_of_libraries():
    got = prose_facts("2024", "Из 28 библиотек системы 22 сельские обслужили 9 140 читателей.")
    assert ("libraries.count", 22.0, "2024", None, "branch:сельские библиотеки") not in got


# -- other languages abbreviated ----------------------------------------------------------------

def test_other_languages_abbreviated_are_the_other_languages():
    got = prose_facts("2024", "Фонд на 01.01.2025 – 291 193 экз., в т.ч. на казахском языке – 100 223 экз., "
                              "на русском – 189 450 экз., на др. языках – 1 520 экз.")
    assert ("fund.end", 1520.0, "2024", "other", None) in got


# -- a kind named by its adjective alone --------------------------------------------------------

def test_an_adjective_alone_takes_the_noun_of_the_item_before_it():
    got = prose_facts("2024", "Фонд на 01.01.2025 – 168 420 экз., в т.ч. печатных изданий – 161 305, "
                              "электронных – 2 115, аудиовизуальных – 5 000.")
    assert ("fund.end", 2115.0, "2024", None, "electronic") in got
    # a kind no category names stays no fact of the fund's
    assert not any(k[1] == 5000.0 for k in got)


def test_an_adjective_alone_with_no_noun_before_it_names_no_kind():
    got = prose_facts("2024", "Фонд на 01.01.2025 – 168 420 экз., электронных – 2 115.")
    assert not any(k[1] == 2115.0 and k[4] == "electronic" for k in got)
