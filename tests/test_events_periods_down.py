"""A table of events by part of the year: quarters, half-years or months
down the first column and only the count and the participants across, no
form of work.  Its rows are periods, not forms: it gives no rows by type.
The tables are made up for these tests in the shapes district reports use."""

import pytest

from esep.plugins.events import stats as event_stats
from esep.plugins.facts import plugin as facts_plugin
from esep.registry import Config

from test_event_stats import doc_of, records_of, rows_of, table_of


def _vocab():
    return event_stats.get_vocabulary(event_stats.VOCABULARY, None, 85.0)


@pytest.mark.parametrize("head, parts, total, period", [
    # Kazakh, Roman numerals typed with the Cyrillic І
    (["Тоқсандар", "Өткізілген іс-шаралар", "Қатысқандар саны"],
     ["І тоқсан", "ІІ тоқсан", "ІІІ тоқсан", "ІV тоқсан"], "Жыл бойы", "2023"),
    # Russian, Arabic numerals
    (["Период", "Кол-во мероприятий", "Участники"],
     ["1 квартал", "2 квартал", "3 квартал"], "Итого", "2022-9M"),
    # half-years of an annual report
    (["Период", "Проведено мероприятий", "Присутствовало, чел."],
     ["I полугодие", "II полугодие"], "За год", "2021"),
    (["Кезең", "Іс-шаралар саны", "Қатысушылар"],
     ["1-жартыжылдық", "2-жартыжылдық"], "Барлығы", "2024"),
])
def test_parts_of_the_year_down_with_only_counts_across_give_no_rows_by_type(head, parts, total, period):
    body = [[p, str(7 + 3 * i), str(150 + 40 * i)] for i, p in enumerate(parts)]
    body.append([total, str(sum(7 + 3 * i for i in range(len(parts)))),
                 str(sum(150 + 40 * i for i in range(len(parts))))])
    t = table_of([head] + body)
    assert event_stats.parts_of_the_year_only(t, _vocab(), period)
    # nothing by type: no "total" row named after a column's head, one per quarter
    assert [r for r in rows_of(records_of(t, period=period)) if r.values["rows_by"] == "type"] == []


def test_the_quarters_figures_stay_facts_of_each_quarter_and_no_row_is_stored():
    t = table_of([
        ["Тоқсан", "Іс-шаралар саны", "Қатысушылар"],
        ["І тоқсан", "18", "420"],
        ["ІІ тоқсан", "22", "515"],
        ["ІІІ тоқсан", "15", "300"],
        ["ІV тоқсан", "25", "610"],
        ["Барлығы", "80", "1 845"],
    ])
    doc = doc_of(t, period="2023")
    records = list(event_stats.extract(doc, Config()))
    facts_plugin.prepare_records(records=records, document=doc, config=Config())
    event_stats.prepare_records(records=records, document=doc, config=Config())
    assert rows_of(records) == []
    facts = {(r.values["metric"], r.values["period"]): r.values["value"] for r in records if r.table == "facts"}
    assert facts[("events.actual", "2023-Q2")] == 22 and facts[("events.participants", "2023-Q4")] == 610
    assert facts[("events.actual", "2023-Q1")] == 18 and facts[("events.participants", "2023-Q3")] == 300


def test_months_with_only_counts_across_keep_their_month_rows():
    t = table_of([
        ["Ай", "Іс-шаралар саны", "Қатысушылар"],
        ["Қазан", "9", "210"],
        ["Қараша", "11", "260"],
        ["Желтоқсан", "8", "190"],
        ["Барлығы", "28", "660"],
    ])
    rows = rows_of(records_of(t, period="2023-Q4"))
    assert {r.values["rows_by"] for r in rows} == {"month"}
    assert [(r.values["label"], r.values["actual"], r.values["participants"]) for r in rows] == [
        ("Қазан", 9, 210), ("Қараша", 11, 260), ("Желтоқсан", 8, 190), ("Барлығы", 28, 660)]


def test_years_down_with_counts_across_are_still_the_years_totals():
    t = table_of([
        ["Жылы", "Іс-шаралар саны", "Қатысушылар"],
        ["2022 ж.", "110", "2 900"],
        ["2023 ж.", "124", "3 150"],
    ])
    rows = rows_of(records_of(t, period="2023"))
    assert [(r.values["period"], r.values["event_type"], r.values["actual"], r.values["participants"])
            for r in rows] == [("2022", "total", 110, 2900), ("2023", "total", 124, 3150)]


def test_quarters_down_with_forms_across_are_still_read_by_form():
    t = table_of([
        ["Тоқсан", "Кітап көрмелері", "Викториналар", "Барлығы"],
        ["І тоқсан", "6", "2", "8"],
        ["ІІ тоқсан", "5", "3", "8"],
    ])
    rows = rows_of(records_of(t, period="2024-H1"))
    got = {(r.values["label"], r.values["period"]): r.values["actual"] for r in rows}
    assert got[("Кітап көрмелері", "2024-Q2")] == 5 and got[("Викториналар", "2024-Q1")] == 2
