"""Indicators written with two years in one line ("Оқырмандар: 2022 ж. –
8 410, 2023 ж. – 8 655"), as lists set out with TABs are read into a
table of two columns; figures given month by month in one sentence, with
the whole after the last month; a school year named in the body; and the
events counted before a colon that lists their kinds by name."""

from __future__ import annotations

from conftest import prose_facts, table_facts
from esep.plugins.lang.dates import month_figure_spans
from esep.plugins.lang.periods import school_year_spans, year_figure_list


# -- two years in one line ------------------------------------------------------------------------

def test_a_list_of_figures_each_after_its_year_is_read_pair_by_pair():
    assert year_figure_list("2022 ж. – 8 410, 2023 ж. – 8 655") == [(2022, "8 410"), (2023, "8 655")]
    assert year_figure_list("2021 г. – 12,5; 2022 г. – 13") == [(2021, "12,5"), (2022, "13")]


def test_one_year_or_words_before_the_years_make_no_such_list():
    assert year_figure_list("2023 ж. – 8 655") is None
    assert year_figure_list("в 2022 г. – 410, в 2023 г. – 455") is None
    assert year_figure_list("2023 ж. – 410, 2023 ж. – 455") is None


def test_each_figure_of_a_two_year_line_is_of_its_own_year():
    got = table_facts("2023", ["Пайдаланушылар:", "2022 ж. – 8 410, 2023 ж. – 8 655"],
                      ["Кітап берілімі:", "2022 ж. – 190 300, 2023 ж. – 201 450"])
    assert ("users.registered", 8410.0, "2022", None, None) in got
    assert ("users.registered", 8655.0, "2023", None, None) in got
    assert ("loans.total", 190300.0, "2022", None, None) in got
    assert ("loans.total", 201450.0, "2023", None, None) in got


def test_lines_naming_other_years_are_not_read_as_one_table_of_years():
    got = table_facts("2023", ["Пайдаланушылар:", "2022 ж. – 8 410, 2023 ж. – 8 655"],
                      ["Кітап берілімі:", "2021 ж. – 190 300, 2023 ж. – 201 450"])
    assert ("loans.total", 190300.0, "2021", None, None) not in got
    assert ("users.registered", 8410.0, "2022", None, None) not in got


# -- months in a sentence -------------------------------------------------------------------------

def test_figures_after_the_months_of_a_list_are_found_and_a_date_is_not():
    text = "Келушілер: қаңтарда – 640, ақпанда – 705, наурызда – 1 010."
    assert [text[a:b] for a, b in month_figure_spans(text)] == ["640", "705", "1 010"]
    assert month_figure_spans("Қор 1 қаңтарда – 9 200 дана, 1 ақпанда – 9 240 дана.") == []
    assert month_figure_spans("в марте – 14 мероприятий") == []  # one month is no list


def test_a_months_figure_is_no_figure_of_the_year():
    got = prose_facts("2023", "Кітап берілімі айлар бойынша: қаңтарда – 1 210, ақпанда – 1 305, "
                              "наурызда – 1 480, жылдық қорытынды – 3 995 дана.")
    assert got == {("loans.total", 3995.0, "2023", None, None)}
    got = prose_facts("2023", "Книговыдача по месяцам: в январе – 1 210, в феврале – 1 305.")
    assert not any(k[1] in (1210.0, 1305.0) for k in got)


# -- a school year ----------------------------------------------------------------------------------

def test_a_school_year_is_no_figure():
    text = "2023-2024 оқу жылының соңында, в 2022/2023 учебном году"
    assert [text[a:b].strip() for a, b in school_year_spans(text)] == ["2023-2024", "2022/2023"]
    assert school_year_spans("2021-2025 оқу жылдары") == []  # no two years running
    got = prose_facts("2023", "2023-2024 оқу жылының басында оқушылар оқулықпен толық қамтылды.")
    assert not any(k[1] == 2024.0 for k in got)


# -- events before a colon listing their kinds ------------------------------------------------------

def test_the_events_before_a_list_of_their_kinds_are_the_events():
    got = prose_facts("2023", "Кітапхана 37 іс-шара өткізді: әдеби кештер, «Оқырман күні» байқауы, "
                              "кітап көрмелері.")
    assert ("events.actual", 37.0, "2023", None, None) in got


# -- the staff "on the staff", a subscription to databases as a part ----------------------------------

def test_so_many_on_the_staff_in_kazakh_is_the_headcount():
    assert prose_facts("2023", "Кітапхананың штатында 5 маман.") == {("staff.headcount", 5.0, "2023", None, None)}
    assert prose_facts("2023", "Кітапхананың штатында 7,5 штат бірлігі бар.") == {("staff.units", 7.5, "2023", None, None)}


def test_the_subscription_to_databases_among_the_acquisition_money_is_its_electronic_part():
    got = prose_facts("2023", "Қорды толықтыруға 31 400,0 мың теңге жұмсалды, оның ішінде электрондық "
                              "дерекқорларға жазылуға – 9 750,0 мың теңге.")
    assert ("acquisition.budget", 9750.0, "2023", None, "electronic") in got
    assert ("acquisition.budget", 31400.0, "2023", None, None) in got
