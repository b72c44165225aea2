"""Event tables of two more shapes: a count with its people in brackets
(or after a slash, with their unit) in one cell, and sections of the body
opened by a heading row right under the header."""

from __future__ import annotations

from esep.plugins.events import stats as event_stats

from test_event_stats import by_label, records_of, table_of


def test_people_in_brackets_after_the_count_under_each_year():
    t = table_of([["№", "Формы работы", "2022 г.\nКол-во (участников)", "2023 г.\nКол-во (участников)"],
                  ["1", "Беседы", "20 (410)", "24 (455)"],
                  ["2", "Викторины", "7 (180)", "9 (213)"],
                  ["", "Всего", "27 (590)", "33 (668)"]])
    got = by_label(records_of(t, period="2023"))
    assert (got["Беседы"]["2022"]["actual"], got["Беседы"]["2022"]["participants"]) == (20, 410)
    assert (got["Викторины"]["2023"]["actual"], got["Викторины"]["2023"]["participants"]) == (9, 213)
    assert (got["Всего"]["2023"]["actual"], got["Всего"]["2023"]["participants"]) == (33, 668)


def test_count_and_people_with_their_unit_after_a_slash():
    t = table_of([["Іс-шара түрлері", "саны / қатысушылар"],
                  ["Кездесулер", "6 / 140 адам"],
                  ["Кітап көрмелері", "15 / 620 адам"],
                  ["Барлығы", "21 / 760 адам"]])
    got = by_label(records_of(t, period="2024"))
    assert (got["Кездесулер"]["2024"]["actual"], got["Кездесулер"]["2024"]["participants"]) == (6, 140)
    assert got["Барлығы"]["2024"]["participants"] == 760


def test_a_bracketed_part_that_is_no_people_is_not_paired():
    # "Количество (в т.ч. онлайн)" names one role: the bracket is a part of the count, the people have a column
    assert event_stats.pair_cell("5 (120)") == ("5 ", "120")
    assert event_stats.pair_cell("2022/2023 г.") is None
    t = table_of([["Формы", "Количество (в т.ч. онлайн)", "Участники (чел.)"],
                  ["Беседы", "12 (3 онлайн)", "240"],
                  ["Акции", "5 (1 онлайн)", "410"]])
    got = by_label(records_of(t, period="2024"))
    assert (got["Беседы"]["2024"]["actual"], got["Беседы"]["2024"]["participants"]) == (12, 240)
    assert (got["Акции"]["2024"]["actual"], got["Акции"]["2024"]["participants"]) == (5, 410)


def test_a_numbered_section_under_the_header_opens_the_body():
    # the section's name says "мероприятия", yet it is no header of the count column
    t = table_of([["№", "Формы работы", "Количество", "Посетители"],
                  ["I. Массовые мероприятия"],
                  ["1", "Беседы", "12", "240"],
                  ["2", "Диспуты", "3", "75"],
                  ["", "Итого по разделу", "15", "315"],
                  ["II. Выставочная работа"],
                  ["3", "Книжные выставки", "30", "900"],
                  ["", "Всего", "45", "1 215"]],
                 spans={(1, 0): (1, 4), (5, 0): (1, 4)})
    got = by_label(records_of(t, period="2024"))
    assert (got["Беседы"]["2024"]["actual"], got["Беседы"]["2024"]["participants"]) == (12, 240)
    assert got["Книжные выставки"]["2024"]["actual"] == 30
    assert got["Всего"]["2024"]["actual"] == 45
    assert "I. Массовые мероприятия" not in got


def test_a_section_row_without_merged_cells_is_found_by_its_numeral():
    # a table typed without merging: the heading sits in the number column, the rest of its row empty
    t = table_of([["№", "Формы работы", "Кол-во", "Участники"],
                  ["II. Мероприятия для детей", "", "", ""],
                  ["1", "Дни информации", "4", "90"],
                  ["2", "Обзоры", "6", "130"]])
    got = by_label(records_of(t, period="2024"))
    assert (got["Дни информации"]["2024"]["actual"], got["Дни информации"]["2024"]["participants"]) == (4, 90)
    assert got["Обзоры"]["2024"]["actual"] == 6


def test_a_numbered_section_naming_a_form_gives_no_row():
    # "II. Выставки" heads the exhibitions below it; a form of work is not numbered in Roman numerals
    t = table_of([["Формы работы", "Кол-во", "Участники"],
                  ["Беседы", "10", "200"],
                  ["II. Выставки", "", ""],
                  ["Книжные выставки", "12", "480"],
                  ["Всего", "22", "680"]])
    got = by_label(records_of(t, period="2024"))
    assert "II. Выставки" not in got
    assert got["Книжные выставки"]["2024"]["actual"] == 12
    assert got["Всего"]["2024"]["participants"] == 680
