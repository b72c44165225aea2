"""Event tables of other libraries: the libraries down and the forms of work
across under one header cell, the year's plan beside the reporting quarter,
two periods headed side by side, and forms joined by a hyphen to an
exhibition."""

import pytest

from esep.plugins.events import stats as event_stats
from esep.plugins.vocab import get_vocabulary

from test_event_stats import by_label, records_of, rows_of, table_of


def test_libraries_down_forms_across_under_one_header_cell():
    # "Кітапханалар | Іс-шаралар түрлері (over the forms) | Барлығы | Қатысушылар", libraries down
    t = table_of([
        ["Кітапханалар", "Іс-шаралар түрлері", "Барлығы іс-шара", "Қатысушылар"],
        ["Кітап көрмелері", "Әдеби кештер", "Викториналар", "Басқалары"],
        ["Орталық кітапхана", "20", "6", "4", "10", "40", "1 250"],
        ["Балалар кітапханасы", "15", "3", "7", "5", "30", "980"],
        ["Ақсу ауылдық кітапханасы", "6", "1", "2", "3", "12", "340"],
        ["Барлығы", "41", "10", "13", "18", "82", "2 570"],
    ], {(0, 0): (2, 1), (0, 1): (1, 4), (0, 5): (2, 1), (0, 6): (2, 1)})
    records = records_of(t, period="2023")
    got = by_label(records)
    rows = rows_of(records)
    # each library's count is its total column, not the first form's
    assert [r.values["label"] for r in rows if r.values["rows_by"] == "branch"] == [
        "Орталық кітапхана", "Балалар кітапханасы", "Ақсу ауылдық кітапханасы", "Барлығы"]
    assert (got["Орталық кітапхана"]["2023"]["actual"], got["Орталық кітапхана"]["2023"]["participants"]) == (40, 1250)
    assert (got["Барлығы"]["2023"]["actual"], got["Барлығы"]["2023"]["event_type"]) == (82, "total")
    # each form's count of the year comes from the total row, the other forms too
    assert {k: got[k]["2023"]["actual"] for k in ("Кітап көрмелері", "Әдеби кештер", "Викториналар", "Басқалары")} == {
        "Кітап көрмелері": 41, "Әдеби кештер": 10, "Викториналар": 13, "Басқалары": 18}
    assert got["Викториналар"]["2023"]["event_type"] == "quiz"
    assert got["Басқалары"]["2023"]["event_type"] is None
    # the forms' columns are read, not listed for review
    assert not [r for r in records if r.table == "unmatched_terms" and r.values["kind"] == "event_stats_column"]
    # a form's count points at its own cell in the total row; its column is no column of the table's counts
    # (the libraries' counts are the total column's)
    form = next(r for r in rows if r.values["label"] == "Әдеби кештер")
    assert form.cell == (5, 2) and form.values["actual_col"] is None
    assert {r.values["actual_col"] for r in rows if r.values["rows_by"] == "branch"} == {5}


def test_a_count_column_over_forms_of_work_is_not_a_form():
    # "Форма работы | Всего мероприятий | Участников" with one spanning cell over nothing: read as before
    t = table_of([
        ["Форма работы", "Всего мероприятий", "Участников"],
        ["Книжные выставки", "12", "300"],
        ["Беседы", "8", "160"],
        ["Итого", "20", "460"],
    ])
    got = by_label(records_of(t, period="2021"))
    assert got["Беседы"]["2021"]["actual"] == 8 and got["Итого"]["2021"]["participants"] == 460


@pytest.mark.parametrize("report,year,to_date,part,year_head,part_head", [
    ("2023-Q3", "2023", "2023-9M", "2023-Q3", "2023 год", "III квартал"),
    ("2022-Q2", "2022", "2022-H1", "2022-Q2", "2022 жыл", "ІІ тоқсан"),
])
def test_the_years_plan_beside_the_quarter(report, year, to_date, part, year_head, part_head):
    # a quarter's report: the year's plan and what was done so far beside the quarter's plan and count
    t = table_of([
        ["Формы работы", year_head, part_head],
        ["план", "факт", "%", "план", "факт", "Участников"],
        ["Книжные выставки", "120", "85", "71", "30", "32", "960"],
        ["Беседы", "60", "44", "73", "15", "16", "350"],
        ["Итого", "180", "129", "72", "45", "48", "1 310"],
    ], {(0, 0): (2, 1), (0, 1): (1, 3), (0, 4): (1, 3)})
    got = by_label(records_of(t, period=report))
    beseda = got["Беседы"]
    assert set(beseda) == {year, to_date, part}
    # the plan is the year's; the year is not over: what was done is January to the quarter's end
    assert (beseda[year]["plan"], beseda[year]["actual"]) == (60, None)
    assert (beseda[to_date]["plan"], beseda[to_date]["actual"]) == (None, 44)
    assert (beseda[part]["plan"], beseda[part]["actual"], beseda[part]["participants"]) == (15, 16, 350)
    assert got["Итого"][to_date]["actual"] == 129


def test_the_year_in_an_annual_report_stays_the_year():
    t = table_of([
        ["Формы работы", "2023 год", "IV квартал"],
        ["план", "факт", "план", "факт"],
        ["Книжные выставки", "120", "118", "30", "31"],
        ["Беседы", "60", "61", "15", "17"],
    ], {(0, 0): (2, 1), (0, 1): (1, 2), (0, 3): (1, 2)})
    got = by_label(records_of(t, period="2023"))
    assert (got["Беседы"]["2023"]["plan"], got["Беседы"]["2023"]["actual"]) == (60, 61)
    assert got["Беседы"]["2023-Q4"]["actual"] == 17


def test_a_period_split_over_two_cells_is_still_joined():
    # "2020 г." | "(9 мес.)" over one column each, a count and people: one period, as a PDF cut it
    t = table_of([
        ["Формы работы", "2020 г.", "(9 мес.)"],
        ["", "кол-во", "чел."],
        ["Книжные выставки", "47", "1 137"],
        ["Беседы", "18", "347"],
    ], {(0, 0): (2, 1)})
    got = by_label(records_of(t, period="2020-9M"))
    assert (got["Беседы"]["2020-9M"]["actual"], got["Беседы"]["2020-9M"]["participants"]) == (18, 347)


@pytest.mark.parametrize("label,type_id", [
    ("Кітап көрмесі-шолу", "exhibition.book"),  # an exhibition with a review at it
    ("Выставки-обзоры", "exhibition.book"),
    ("Выставка-викторина", "exhibition.book"),
    ("Фотовыставка-конкурс", "exhibition.photo"),
    ("Сайыс-викториналар", "quiz"),  # no exhibition: the last part names the form
    ("Час-викторина", "quiz"),
    ("Онлайн-викторина", "quiz"),
])
def test_an_exhibition_joined_to_another_form(label, type_id):
    assert event_stats.match_label(get_vocabulary("event_types"), label).id == type_id


def test_month_columns_are_not_listed_for_review():
    # "Айлар" across with a total and people: the months are not read and not offered for review
    t = table_of([
        ["Іс-шара түрлері", "Қаңтар", "Ақпан", "Наурыз", "Барлығы", "Қатысушылар"],
        ["Кітап көрмелері", "3", "4", "2", "9", "270"],
        ["Әдеби кештер", "1", "", "2", "3", "95"],
        ["Барлығы", "4", "4", "4", "12", "365"],
    ])
    records = records_of(t, period="2024-Q1")
    got = by_label(records)
    assert (got["Әдеби кештер"]["2024-Q1"]["actual"], got["Әдеби кештер"]["2024-Q1"]["participants"]) == (3, 95)
    assert not [r for r in records if r.table == "unmatched_terms" and r.values["kind"] == "event_stats_column"]


def test_an_abbreviated_count_with_its_ending_after_a_hyphen():
    # "Всего: мер-й | уч-ков" beside "в т.ч. онлайн: мер-й | просмотров", the total first
    t = table_of([
        ["Формы работы", "Всего", "в т.ч. онлайн"],
        ["мер-й", "уч-ков", "мер-й", "просмотров"],
        ["Итого", "40", "1 200", "9", "3 100"],
        ["Выставки", "25", "800", "5", "2 000"],
        ["Викторины", "15", "400", "4", "1 100"],
    ], {(0, 0): (2, 1), (0, 1): (1, 2), (0, 3): (1, 2)})
    got = by_label(records_of(t, period="2024-H1"))
    assert (got["Итого"]["2024-H1"]["actual"], got["Итого"]["2024-H1"]["participants"]) == (40, 1200)
    assert (got["Викторины"]["2024-H1"]["actual"], got["Викторины"]["2024-H1"]["participants"]) == (15, 400)


def test_quarters_and_the_year_each_over_a_count_and_its_people():
    t = table_of([
        ["Формы работы", "I кв.", "II кв.", "III кв.", "IV кв.", "За год"],
        ["мер.", "уч.", "мер.", "уч.", "мер.", "уч.", "мер.", "уч.", "мер.", "уч."],
        ["Книжные выставки", "4", "90", "5", "120", "3", "70", "6", "150", "18", "430"],
        ["Беседы", "2", "40", "", "", "1", "25", "3", "60", "6", "125"],
        ["Итого", "6", "130", "5", "120", "4", "95", "9", "210", "24", "555"],
    ], {(0, 0): (2, 1), (0, 1): (1, 2), (0, 3): (1, 2), (0, 5): (1, 2), (0, 7): (1, 2), (0, 9): (1, 2)})
    got = by_label(records_of(t, period="2023"))
    assert set(got["Беседы"]) == {"2023-Q1", "2023-Q2", "2023-Q3", "2023-Q4", "2023"}
    assert (got["Беседы"]["2023"]["actual"], got["Беседы"]["2023"]["participants"]) == (6, 125)
    assert got["Беседы"]["2023-Q2"]["actual"] is None
    assert got["Итого"]["2023-Q4"]["participants"] == 210


def test_quarters_and_their_total_in_a_half_years_report():
    t = table_of([
        ["Іс-шара түрлері", "І тоқсан", "ІІ тоқсан", "Барлығы"],
        ["саны", "қатыс.", "саны", "қатыс.", "саны", "қатыс."],
        ["Кітап көрмелері", "7", "210", "9", "260", "16", "470"],
        ["Әдеби кештер", "2", "80", "3", "95", "5", "175"],
    ], {(0, 0): (2, 1), (0, 1): (1, 2), (0, 3): (1, 2), (0, 5): (1, 2)})
    got = by_label(records_of(t, period="2024-H1"))
    assert (got["Әдеби кештер"]["2024-H1"]["actual"], got["Әдеби кештер"]["2024-H1"]["participants"]) == (5, 175)
    assert got["Әдеби кештер"]["2024-Q2"]["actual"] == 3


def test_the_other_forms_in_both_languages_offer_no_candidate():
    t = table_of([
        ["Іс-шара түрлері / Формы мероприятий", "Саны / Кол-во", "Қатысушылар / Участники"],
        ["Кітап көрмелері / Книжные выставки", "30", "900"],
        ["Әңгімелер / Беседы", "12", "240"],
        ["Басқалары / Прочие", "9", "150"],
    ])
    records = records_of(t, period="2022")
    got = by_label(records)
    assert got["Басқалары / Прочие"]["2022"]["event_type"] is None
    review = [r.values for r in records if r.table == "unmatched_terms" and r.values["term"] == "Басқалары / Прочие"]
    assert review and all(v["best_candidate"] is None for v in review)


def test_a_row_opening_the_parts_below_is_no_part_of_their_labels():
    # "оның ішінде:" alone on its row, then the parts, each with a dash and its figures
    t = table_of([
        ["Р/с", "Іс-шаралар", "Саны", "Қатысушылар"],
        ["1", "Кітап көрмелері", "64", "1 900"],
        ["", "оның ішінде:", "", ""],
        ["", "- балаларға", "25", "700"],
        ["", "- жасөспірімдерге", "14", "380"],
        ["2", "Әдеби кештер", "11", "420"],
        ["", "Барлығы", "75", "2 320"],
    ])
    got = by_label(records_of(t, period="2023"))
    assert set(got) == {"Кітап көрмелері", "- балаларға", "- жасөспірімдерге", "Әдеби кештер", "Барлығы"}
    assert (got["- балаларға"]["2023"]["actual"], got["- балаларға"]["2023"]["event_type"]) == (25, None)


def test_months_cut_short_across():
    # "Қаң. | Ақп. | Нау. | Барлығы | Қатыс.": the months are read past and not offered for review
    t = table_of([
        ["Іс-шара түрлері", "Қаң.", "Ақп.", "Нау.", "Барлығы", "Қатыс."],
        ["Кітап көрмелері", "4", "5", "6", "15", "420"],
        ["Квиздер", "", "1", "1", "2", "45"],
        ["Барлығы", "4", "6", "7", "17", "465"],
    ])
    records = records_of(t, period="2024-Q1")
    got = by_label(records)
    assert (got["Квиздер"]["2024-Q1"]["actual"], got["Квиздер"]["2024-Q1"]["participants"]) == (2, 45)
    assert not [r for r in records if r.table == "unmatched_terms" and r.values["kind"] == "event_stats_column"]
