"""A count with its online part in brackets when the header does not say so
("40 (12)" under "Кол-во", the sentence before the table saying "в скобках –
проведённые онлайн"): the figure before the bracket is the count."""

from __future__ import annotations

from test_event_stats import records_of, rows_of, table_of


def _figures(records) -> dict[str, tuple]:
    return {r.values["label"]: (r.values["event_type"], r.values["actual"], r.values["participants"])
            for r in rows_of(records)}


def test_the_count_before_its_part_in_brackets():
    t = table_of([["Формы работы", "Кол-во", "Участники"],
                  ["Книжные выставки", "40 (12)", "1 200"], ["Беседы", "25 (3)", "600"],
                  ["Обзоры литературы", "18 (8)", "420"], ["Итого", "83 (23)", "2 220"]])
    recs = records_of(t, period="2024")
    assert _figures(recs) == {"Книжные выставки": ("exhibition.book", 40, 1200),
                              "Беседы": ("conversation", 25, 600),
                              "Обзоры литературы": ("review.literary", 18, 420),
                              "Итого": ("total", 83, 2220)}
    row = next(r for r in rows_of(recs) if r.values["label"] == "Беседы")
    assert row.evidence == "Беседы" and row.values["actual_col"] == 1 and row.values["participants_col"] == 2


def test_the_people_before_their_part_in_brackets():
    t = table_of([["Іс-шара түрі", "Саны", "Қатысушылар"],
                  ["Кітап көрмелері", "26", "780 (210)"], ["Әңгімелер", "15", "360 (90)"],
                  ["Барлығы", "41", "1 140 (300)"]])
    got = _figures(records_of(t, period="2024"))
    assert got["Кітап көрмелері"] == ("exhibition.book", 26, 780)
    assert got["Барлығы"] == ("total", 41, 1140)


def test_a_larger_figure_in_brackets_is_no_part():
    # "5 (120)" beside the people's own column: no part of a count, so not read as one (the column stays
    # unread, as before, rather than half read)
    t = table_of([["Формы работы", "Кол-во", "Участники"],
                  ["Книжные выставки", "5 (120)", "120"], ["Беседы", "4 (90)", "90"], ["Итого", "9 (210)", "210"]])
    got = _figures(records_of(t, period="2024"))
    assert got == {"Книжные выставки": ("exhibition.book", None, 120), "Беседы": ("conversation", None, 90),
                   "Итого": ("total", None, 210)}


def test_one_bracket_in_a_column_changes_nothing():
    t = table_of([["Формы работы", "Кол-во", "Участники"],
                  ["Книжные выставки", "40", "1 200"], ["Беседы", "25 (3)", "600"],
                  ["Обзоры литературы", "18", "420"], ["Итого", "83", "2 220"]])
    got = _figures(records_of(t, period="2024"))
    assert got["Книжные выставки"] == ("exhibition.book", 40, 1200) and got["Итого"] == ("total", 83, 2220)
