"""Tables of reports of neighbouring library systems (Russian districts,
Kazakh and Kyrgyz ones), typed as such reports lay out theirs, with what
each should give written before esep read it; at first each gave a wrong
figure or none.  A column of the codes of a form's rows standing first,
a column of the rural areas and one of children ("для детей") beside the
whole, and a fund's movement headed by the start and end of a quarter or
a half-year."""

from __future__ import annotations

import pytest

from test_facts_tables_other import _facts


def _keys(period: str, rows: list[list[str]], before: tuple[str, ...] = ()) -> set[tuple]:
    return {(v["metric"], v["value"], v["category"]) for v in _facts(period, rows, before)}


# --- a column of row codes standing first -----------------------------------------------------------------

@pytest.mark.parametrize("head, codes", [
    ("№ строки", ["01", "02", "03"]),
    ("Код строки", ["01", "02", "03"]),
    ("№ стр.", ["1", "2", "3"]),
    ("Жол коды", ["1.1", "1.2", "1.3"]),
])
def test_a_first_column_of_row_codes_gives_no_figures(head, codes):
    rows = [[head, "Показатель", "Всего"],
            [codes[0], "Число пользователей, чел.", "9 310"],
            [codes[1], "Число посещений", "74 820"],
            [codes[2], "Выдано документов, экз.", "188 540"]]
    assert {(m, v) for m, v, _ in _keys("2023", rows)} == {
        ("users.registered", 9310), ("visits.total", 74820), ("loans.total", 188540)}


def test_a_first_column_of_zero_padded_codes_without_a_head_gives_no_figures():
    rows = [["", "Көрсеткіштер", "Барлығы"],
            ["01", "Оқырмандар саны", "6 240"],
            ["02", "Келушілер саны", "52 100"]]
    assert {(m, v) for m, v, _ in _keys("2023", rows)} == {("users.registered", 6240), ("visits.total", 52100)}


def test_a_first_column_of_years_or_figures_stays_what_it_was():
    # a first column of figures that are no codes (a count that is no rising run from 01) is no code column
    rows = [["Библиотек", "Читателей", "Посещений"], ["24", "11 800", "96 400"]]
    got = {(m, v) for m, v, _ in _keys("2023", rows)}
    assert ("users.registered", 11800) in got and ("visits.total", 96400) in got


# --- a column of the rural areas beside the whole ---------------------------------------------------------

def test_the_rural_column_of_a_form_is_the_rural_libraries_share_and_the_groups_beside_it_hold():
    rows = [["№ строки", "Наименование", "Всего", "в т.ч. в сельской местности", "дети до 14 лет", "молодёжь 15–30 лет"],
            ["01", "Пользователи, чел.", "12 905", "7 440", "4 310", "2 870"],
            ["02", "Посещения", "101 250", "60 730", "39 800", "21 400"],
            ["03", "Документовыдача, экз.", "265 300", "151 020", "97 600", "50 110"],
            ["04", "Число мероприятий", "910", "602", "", ""]]
    rural = "branch:сельские библиотеки"
    assert _keys("2023", rows) == {
        ("users.registered", 12905, None), ("users.registered", 7440, rural),
        ("users.children", 4310, None), ("users.youth", 2870, None),
        ("visits.total", 101250, None), ("visits.total", 60730, rural),
        ("visits.total", 39800, "readers:children"), ("visits.total", 21400, "readers:youth"),
        ("loans.total", 265300, None), ("loans.total", 151020, rural),
        ("loans.total", 97600, "readers:children"), ("loans.total", 50110, "readers:youth"),
        ("events.actual", 910, None), ("events.actual", 602, rural)}


@pytest.mark.parametrize("head, group", [
    ("в сельской местности", "branch:сельские библиотеки"),
    ("из них на селе", "branch:сельские библиотеки"),
    ("оның ішінде ауылдық жерлерде", "branch:ауылдық кітапханалар"),
    ("ауылда", "branch:ауылдық кітапханалар"),
])
def test_a_column_of_the_rural_areas_is_never_a_second_whole(head, group):
    kk = group.endswith("кітапханалар")
    rows = [["Көрсеткіштер" if kk else "Показатели", "Барлығы" if kk else "Всего", head],
            ["Оқырмандар саны" if kk else "Число читателей", "8 120", "4 905"],
            ["Кітап берілімі" if kk else "Книговыдача", "176 400", "98 300"]]
    got = _keys("2023", rows)
    assert got == {("users.registered", 8120, None), ("users.registered", 4905, group),
                   ("loans.total", 176400, None), ("loans.total", 98300, group)}


# --- a fund's movement over a quarter or a half-year ------------------------------------------------------

@pytest.mark.parametrize("period, head, before", [
    ("2024-Q1", ["Тоқсан басында", "Түскен", "Шығарылған", "Тоқсан соңында"], ("Кітап қорының қозғалысы (дана):",)),
    ("2024-Q1", ["Toqsan basynda", "Túsken", "Shyǵarylǵan", "Toqsan sońynda"], ("Qor qozǵalysy (dana):",)),
    ("2023-Q3", ["На начало квартала", "Поступило", "Выбыло", "На конец квартала"], ("Движение фонда, экз.",)),
    ("2024-H1", ["Жартыжылдық басында", "Түсті", "Шығарылды", "Жартыжылдық соңында"], ("Кітап қоры, дана",)),
    ("2022-H1", ["На начало полугодия", "Поступило", "Выбыло", "На конец полугодия"], ("Фонд библиотеки, экз.",)),
])
def test_a_fund_headed_by_the_start_and_end_of_a_quarter_or_half_year(period, head, before):
    rows = [head, ["61 480", "920", "1 340", "61 060"]]
    assert {(m, v) for m, v, _ in _keys(period, rows, before)} == {
        ("fund.start", 61480), ("fund.received", 920), ("fund.withdrawn", 1340), ("fund.end", 61060)}


def test_the_quarter_start_beside_the_funds_row_label_is_the_opening_balance():
    rows = [["", "Тоқсан басында", "Түсті", "Шығарылды", "Тоқсан соңында"],
            ["Кітап қоры", "88 430", "600", "1 100", "87 930"]]
    assert {(m, v) for m, v, _ in _keys("2024-Q1", rows)} == {
        ("fund.start", 88430), ("fund.received", 600), ("fund.withdrawn", 1100), ("fund.end", 87930)}


@pytest.mark.parametrize("head", ["из них для детей до 14 лет", "в т.ч. для детей", "оның ішінде балаларға"])
def test_a_column_of_children_beside_the_whole_counts_them_in_every_row(head):
    # "для детей" names the children as readers here, not the children's literature of a list of kinds;
    # the events for them keep the category the prose gives events for children
    kk = head.startswith("оның")
    rows = [["Көрсеткіштер" if kk else "Показатели", "Барлығы" if kk else "Всего", head],
            ["Оқырмандар саны" if kk else "Число пользователей", "8 120", "3 905"],
            ["Келушілер саны" if kk else "Число посещений", "76 400", "40 300"],
            ["Кітап берілімі" if kk else "Книговыдача", "176 400", "88 300"],
            ["Іс-шаралар саны" if kk else "Число мероприятий", "610", "344"]]
    assert _keys("2023", rows) == {
        ("users.registered", 8120, None), ("users.children", 3905, None),
        ("visits.total", 76400, None), ("visits.total", 40300, "readers:children"),
        ("loans.total", 176400, None), ("loans.total", 88300, "readers:children"),
        ("events.actual", 610, None), ("events.actual", 344, "children")}
