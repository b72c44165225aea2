"""A table of forms whose labels carry each form's count of events in
brackets ("Әңгімелер (12)") beside a column of the people, with no column of
counts of its own."""

from __future__ import annotations

from esep.plugins.events.stats import count_in_label

from test_event_stats import by_label, records_of, table_of
from test_events_departments_and_named_pairs import figures


def test_the_bracket_after_the_form_is_its_count():
    t = table_of([["Іс-шара түрі (саны)", "Қатысқандар"],
                  ["Әңгімелер (12)", "260"],
                  ["Кітап көрмелері (30)", "1 140"],
                  ["Викториналар (7)", "155"],
                  ["Барлығы (49)", "1 555"]])
    got = by_label(records_of(t, period="2024"))
    assert set(got) == {"Әңгімелер", "Кітап көрмелері", "Викториналар", "Барлығы"}
    assert figures(got["Әңгімелер"]["2024"]) == ("conversation", 12, 260)
    assert figures(got["Кітап көрмелері"]["2024"]) == ("exhibition.book", 30, 1140)
    assert figures(got["Барлығы"]["2024"]) == ("total", 49, 1555)


def test_a_count_column_beats_the_brackets():
    # the table has its own column of counts: a bracket in a label is part of the name
    t = table_of([["Форма работы", "Кол-во", "Участники"],
                  ["Беседы (цикл)", "9", "210"],
                  ["Обзоры (3)", "4", "88"],
                  ["Викторины (2)", "6", "140"]])
    got = by_label(records_of(t, period="2023"))
    assert figures(got["Обзоры (3)"]["2023"]) == ("review.literary", 4, 88)


def test_one_bracket_among_plain_labels_is_no_count():
    t = table_of([["Форма работы", "Участники"],
                  ["Беседы", "210"],
                  ["Обзоры", "88"],
                  ["Громкие чтения (2)", "40"],
                  ["Викторины", "140"]])
    got = by_label(records_of(t, period="2023"))
    assert got["Громкие чтения (2)"]["2023"]["actual"] is None
    assert got["Беседы"]["2023"]["actual"] is None


def test_which_labels_end_in_a_count():
    assert count_in_label("Громкие чтения (8)") == ("Громкие чтения", 8)
    assert count_in_label("Кездесулер ( 14 )") == ("Кездесулер", 14)
    assert count_in_label("Встречи (2024)") is None  # a year, not a count
    assert count_in_label("Беседы (для детей)") is None
    assert count_in_label("(5)") is None  # no name before it


def test_the_count_after_a_dash_in_the_form_cell():
    t = table_of([["Формы работы и их число", "Охвачено, чел."],
                  ["Обзоры – 6", "131"],
                  ["Кітап көрмелері - 11", "402"],
                  ["Итого – 17", "533"]])
    got = by_label(records_of(t, period="2025"))
    assert figures(got["Обзоры"]["2025"]) == ("review.literary", 6, 131)
    assert figures(got["Кітап көрмелері"]["2025"]) == ("exhibition.book", 11, 402)
    assert figures(got["Итого"]["2025"]) == ("total", 17, 533)


def test_a_range_before_a_dash_is_no_count():
    assert count_in_label("Молодёжь 15 – 29") is None
    assert count_in_label("Встречи – 2024") is None
    assert count_in_label("Викторины — 9") == ("Викторины", 9)
