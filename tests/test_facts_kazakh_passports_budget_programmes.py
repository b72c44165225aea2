"""Facts of Kazakh reports in shapes of their own: a part of a year told by
its months ("2025 жылдың қаңтар–мамыр айларында", no period code says it),
a colon opening the parts of the staff counted before it, the fund's receipt
told with a converb ("… дана түсіп, … шығарылды"), staff let go ("қызметкер
босатылды"), periodicals counted in titles ("атау", no copies), a library's
passport (its year of opening and its full name are fields, never headers),
a budget programme's table whose last column gives the reasons of a
deviation, and money saved of what was allocated (no budget).  Each sentence and table was typed for this file in the shape of
such reports."""

from __future__ import annotations

import pytest

from conftest import prose_facts, table_facts
from esep.plugins.lang.periods import find_periods, months_no_code_beside


def _figures(period: str | None, *text: str) -> set[tuple]:
    return {(k[0], k[1], k[2], k[4]) for k in prose_facts(period, *text)}


def _table(period: str, *rows: list[str], caption: str | None = None) -> set[tuple]:
    return {(k[0], k[1], k[2], k[4]) for k in table_facts(period, *rows, caption=caption)}


# -- a part of a year told by its months -------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "2024 жылдың қаңтар–сәуір айларында оқырмандар саны 4 300",
    "за январь–май 2023 года выдано 45 000 экз.",
    "2022 жылдың 10 айында 210 іс-шара өткізілді",
    "за 8 месяцев 2021 года проведено 96 мероприятий",
])
def test_months_no_code_says_are_no_year(text):
    assert [p.period.code for p in find_periods(text)] == []


@pytest.mark.parametrize("text, code", [
    ("2024 жылдың қаңтар–маусым айларында 4 300 оқырман", "2024-H1"),
    ("за 9 месяцев 2023 года выдано 45 000 экз.", "2023-9M"),
    ("2022 жылы 210 іс-шара өткізілді", "2022"),
])
def test_months_a_code_says_and_bare_years_stay(text, code):
    assert [p.period.code for p in find_periods(text)] == [code]
    assert not months_no_code_beside(text, 0, 4)


def test_figures_of_five_months_take_no_year():
    got = _figures(None, "Кітапхананың 2023 жылғы 5 айдағы жұмысы туралы ақпарат",
                   "2023 жылдың қаңтар–мамыр айларында кітапханаға 1 840 оқырман тіркелді, "
                   "келушілер саны – 12 460.")
    assert ("users.registered", 1840.0, None, None) in got
    assert not any(k[2] == "2023" for k in got)


# -- the staff: a colon before the parts, staff let go ------------------------------------------------------------

def test_colon_opens_the_parts_of_the_staff():
    got = _figures("2023", "Кітапханада 14 қызметкер жұмыс істейді: жоғары білімді – 9, "
                           "оның ішінде кітапханашы мамандығы бойынша – 6.")
    assert ("staff.headcount", 14.0, "2023", None) in got
    assert ("staff.higher_education", 9.0, "2023", None) in got
    assert ("staff.library_education", 6.0, "2023", None) in got
    assert ("staff.higher_education", 14.0, "2023", None) not in got


def test_staff_let_go_and_taken_on():
    got = _figures("2023", "Жыл ішінде 2 қызметкер жұмысқа қабылданып, 1 қызметкер босатылды.")
    assert got == {("staff.hired", 2.0, "2023", None), ("staff.dismissed", 1.0, "2023", None)}


# -- the fund received with a converb; periodicals counted in titles ----------------------------------------------

def test_fund_received_told_with_a_converb():
    got = _figures("2022", "Жыл ішінде қорға 1 240 дана түсіп, 860 дана есептен шығарылды.")
    assert ("fund.received", 1240.0, "2022", None) in got
    assert ("fund.withdrawn", 860.0, "2022", None) in got


def test_titles_of_periodicals_are_no_copies():
    got = _figures("2022", "Мерзімді басылымдарға жазылуға 640,5 мың теңге жұмсалды, 27 атау газет-журнал алынды.")
    assert ("acquisition.budget", 640.5, "2022", "periodicals") in got
    assert not any(k[1] == 27.0 for k in got)


# -- a library's passport ------------------------------------------------------------------------------------------

def test_passport_fields_are_no_headers():
    got = _table("2022", ["Кітапхана туралы мәлімет", ""],
                 ["Толық атауы", "Ақсу ауылдық кітапхана-филиалы"],
                 ["Ашылған жылы", "1967"],
                 ["Мекенжайы", "Ақсу а., Абай к-сі, 4"],
                 ["Компьютерлер саны", "4"],
                 ["Штат бірлігі", "2,5"],
                 ["Кітап қоры (01.01.2023)", "18 420 дана"])
    assert ("equipment.computers", 4.0, "2022", None) in got
    assert ("staff.units", 2.5, "2022", None) in got
    assert ("fund.end", 18420.0, "2022", None) in got
    assert not any(k[2] == "1967" for k in got)


# -- a budget programme's table with the reasons of a deviation -----------------------------------------------------

def test_reasons_of_a_deviation_are_no_words_of_the_row():
    got = _table("2022", ["Көрсеткіштің атауы", "Өлшем бірлігі", "Жоспар", "Нақты", "Ауытқу", "Ауытқу себептері"],
                 ["Жаңа әдебиет сатып алу", "дана", "3 000", "2 870", "-130", "кітап бағасының өсуіне байланысты"],
                 ["Мерзімді басылымдарға жазылу", "атау", "32", "32", "0", "–"],
                 caption="Тікелей нәтиже көрсеткіштері")
    assert ("acquisition.copies", 2870.0, "2022", None) in got
    assert not any(k[1] == 32.0 for k in got)
    assert not any(k[0] == "acquisition.copies" and k[3] == "books" for k in got)


def test_money_saved_is_no_budget():
    got = _figures("2022", "Кітап қорын толықтыруға 4 120,0 мың теңге жұмсалды, мемлекеттік сатып алу нәтижесінде "
                           "бөлінген қаражаттың 86,5 мың теңгесі үнемделді.")
    assert ("acquisition.budget", 4120.0, "2022", None) in got
    assert not any(k[1] == 86.5 for k in got)


@pytest.mark.parametrize("text, units, people", [
    ("Штат – 18 бірлік, 17 қызметкер, оның ішінде жоғары білімділер – 11.", 18.0, 17.0),
    ("Штат – 9,5 ед., 9 сотрудников.", 9.5, 9.0),
])
def test_staff_units_then_the_people_in_them(text, units, people):
    got = _figures("2022", text)
    assert ("staff.units", units, "2022", None) in got
    assert ("staff.headcount", people, "2022", None) in got


def test_people_of_another_sentence_are_no_headcount():
    got = _figures("2022", "Штат – 8 бірлік. Семинарға 5 қызметкер қатысты.")
    assert got == {("staff.units", 8.0, "2022", None)}
