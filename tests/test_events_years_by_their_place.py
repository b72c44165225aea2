"""Event tables whose header names the periods by their place, not their
number: "Отчётный год | Предыдущий год", "Есепті жыл | Өткен жыл",
"Отчётный период | Аналогичный период прошлого года" — the report's period
and the year before it."""

import pytest

from test_event_stats import by_label, records_of, table_of


def _figures(records, label):
    return {p: (v["actual"], v["participants"]) for p, v in by_label(records)[label].items()}


@pytest.mark.parametrize("this,before,count,people", [
    ("Отчётный год", "Предыдущий год", "кол-во", "участники"),
    ("Текущий год", "Прошлый год", "кол-во", "участники"),
    ("Есепті жыл", "Өткен жыл", "саны", "қатысушылар"),
    ("Ағымдағы жыл", "Алдыңғы жыл", "саны", "қатысушылар"),
])
def test_this_year_and_the_year_before_each_over_a_count_and_people(this, before, count, people):
    t = table_of([["Форма работы", this, before], [count, people, count, people],
                  ["Книжные выставки", "38", "1 140", "35", "1 050"], ["Квесты", "6", "170", "3", "90"],
                  ["Итого", "44", "1 310", "38", "1 140"]],
                 {(0, 0): (2, 1), (0, 1): (1, 2), (0, 3): (1, 2)})
    records = records_of(t, period="2024")
    assert _figures(records, "Квесты") == {"2024": (6, 170), "2023": (3, 90)}
    assert _figures(records, "Итого") == {"2024": (44, 1310), "2023": (38, 1140)}


@pytest.mark.parametrize("report,before", [("2024-Q2", "2023-Q2"), ("2024-9M", "2023-9M"), ("2024", "2023")])
def test_the_same_period_of_last_year_beside_the_reports(report, before):
    t = table_of([["Форма работы", "Отчётный период", "Аналогичный период прошлого года"],
                  ["Книжные выставки", "18", "16"], ["Громкие чтения", "7", "5"], ["Всего", "25", "21"]])
    assert _figures(records_of(t, period=report), "Громкие чтения") == {report: (7, None), before: (5, None)}


def test_the_year_before_without_the_same_part_is_not_guessed_in_a_quarters_report():
    # "Прошлый год" beside a quarter's count: the whole last year or its quarter, the header does not say
    t = table_of([["Форма работы", "Отчётный период", "Прошлый год"],
                  ["Книжные выставки", "18", "70"], ["Громкие чтения", "7", "24"], ["Всего", "25", "94"]])
    got = by_label(records_of(t, period="2024-Q2"))
    assert "2023" not in got["Громкие чтения"] and "2023-Q2" not in got["Громкие чтения"]


def test_a_change_against_last_year_is_no_figure_of_last_year():
    t = table_of([["Форма работы", "Количество", "Участники", "+/- к прошлому году"],
                  ["Книжные выставки", "38", "1 140", "+3"], ["Квесты", "6", "170", "+3"],
                  ["Итого", "44", "1 310", "+6"]])
    got = by_label(records_of(t, period="2024"))
    assert set(got["Квесты"]) == {"2024"} and got["Квесты"]["2024"]["actual"] == 6
