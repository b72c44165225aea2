"""Event tables of more shapes other libraries use: a count's Kazakh unit in
its cells ("52 бірл."), quarters across with the year after them, forms as
the columns of a table on its side, directions of work whose rows sum the
forms under them, and forms no vocabulary knows."""

from __future__ import annotations

from esep.plugins.events.stats import figure_cell
from esep.plugins.lang.numbers import parse_figure_cell

from test_event_stats import by_label, records_of, rows_of, table_of


def _figures(records) -> dict[str, tuple]:
    return {r.values["label"]: (r.values["event_type"], r.values["actual"], r.values["participants"],
                                r.values["is_total"])
            for r in rows_of(records)}


def test_cells_with_the_kazakh_unit_of_a_count_and_a_part_beside_them():
    t = table_of([["Іс-шара түрі", "Өткізілді", "оның ішінде көшпелі", "Қатысты"],
                  ["Кітап көрмелері", "52 бірл.", "10 бірл.", "1 870 адам"],
                  ["Поэзия сағаттары", "16 бірлік", "3 бірлік", "480 адам"],
                  ["Барлығы", "68 бірл.", "13 бірл.", "2 350 адам"]])
    recs = records_of(t, period="2024")
    got = _figures(recs)
    assert got["Кітап көрмелері"] == ("exhibition.book", 52, 1870, 0)
    assert got["Поэзия сағаттары"] == ("hour.poetry", 16, 480, 0)
    assert got["Барлығы"] == ("total", 68, 2350, 1)
    row = next(r for r in rows_of(recs) if r.values["label"] == "Кітап көрмелері")
    assert row.evidence == "Кітап көрмелері" and row.values["actual_col"] == 1 and row.values["participants_col"] == 3


def test_a_word_beginning_as_the_unit_is_no_unit():
    assert figure_cell("52 бірл.") == 52 and figure_cell("52 бірлік") == 52
    assert parse_figure_cell("52 бірл.") == 52 and parse_figure_cell("12 ед.") == 12  # any table's cell
    # "held jointly", "its unit": words, not the unit after a figure
    assert figure_cell("5 бірлескен") is None
    assert figure_cell("5 бірлігі") is None
    assert figure_cell("5бірл.") is None
    assert parse_figure_cell("5 бірлескен") is None


def test_quarters_across_with_the_year_after_them():
    for head, year in ((["Формы работы", "I кв.", "II кв.", "III кв.", "IV кв.", "За год"], "За год"),
                       (["Іс-шара түрлері", "І тоқсан", "ІІ тоқсан", "ІІІ тоқсан", "ІV тоқсан", "Жыл бойы"],
                        "Жыл бойы")):
        t = table_of([head, ["Беседы", "12", "10", "6", "14", "42"], ["Итого", "12", "10", "6", "14", "42"]])
        got = by_label(records_of(t, period="2024"))
        assert {p: v["actual"] for p, v in got["Беседы"].items()} == {
            "2024-Q1": 12, "2024-Q2": 10, "2024-Q3": 6, "2024-Q4": 14, "2024": 42}, year


def test_forms_as_the_columns_of_a_table_on_its_side():
    t = table_of([["Көрсеткіш", "Кітап көрмелері", "Әңгімелер", "Барлығы"],
                  ["Іс-шаралар саны", "48", "30", "78"],
                  ["Қатысушылар саны", "1 560", "720", "2 280"]])
    got = _figures(records_of(t, period="2024"))
    assert got == {"Кітап көрмелері": ("exhibition.book", 48, 1560, 0),
                   "Әңгімелер": ("conversation", 30, 720, 0),
                   "Барлығы": ("total", 78, 2280, 1)}


def test_directions_of_work_over_their_forms_keep_no_form_and_are_no_total():
    t = table_of([["Направление / форма", "Кол-во", "Участники"],
                  ["Патриотическое воспитание", "30", "1 140"],
                  ["Патриотические часы", "18", "690"], ["Книжные выставки", "12", "450"],
                  ["Экологическое просвещение", "21", "560"],
                  ["Экологические часы", "9", "240"], ["Экскурсии", "12", "320"],
                  ["Итого по ЦБС", "51", "1 700"]])
    got = _figures(records_of(t, period="2024"))
    assert got["Патриотическое воспитание"] == (None, 30, 1140, 0)
    assert got["Экологическое просвещение"] == (None, 21, 560, 0)
    assert got["Патриотические часы"][0] == "hour.patriotic"
    assert got["Итого по ЦБС"] == ("total", 51, 1700, 1)


def test_forms_no_vocabulary_knows_are_kept_and_listed_for_review():
    t = table_of([["Форма работы", "Кол-во", "в т.ч. внестационарные", "Участники"],
                  ["Беседы", "14", "4", "310"], ["Библиофреш", "3", "0", "75"],
                  ["Всего", "17", "4", "385"]])
    recs = records_of(t, period="2024-Q3")
    got = _figures(recs)
    assert got["Библиофреш"] == (None, 3, 75, 0)
    assert got["Беседы"] == ("conversation", 14, 310, 0)
    terms = [r.values["term"] for r in recs if r.table == "unmatched_terms"]
    assert terms == ["Библиофреш"]
