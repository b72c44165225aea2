"""Event tables of other libraries: heads of a table set without merged cells
(text with tabs: "Мероприятия | | | Участники | " over "план | факт | % |
план | факт"), the people under a plan and what was done ("Участники" over
"план | факт"), the year and the half-year named without their number
("Жылына", "Жартыжылдық") beside the quarters, and rows that say they are a
part of the form above ("оның ішінде виртуалды көрмелер")."""

import pytest

from test_event_stats import by_label, records_of, table_of


def _figures(got, label):
    return {p: (v["plan"], v["actual"], v["participants"]) for p, v in got[label].items()}


def test_a_plain_head_covers_the_empty_cells_after_it():
    # a tab-separated table: the merged heads of the original are cells followed by empty ones
    t = table_of([["Форма работы", "Мероприятия", "", "", "Участники", ""],
                  ["", "план", "факт", "%", "план", "факт"],
                  ["Книжные выставки", "70", "72", "102,9", "2 100", "2 180"],
                  ["Беседы", "45", "43", "95,6", "1 000", "960"],
                  ["Итого", "115", "115", "100,0", "3 100", "3 140"]])
    got = by_label(records_of(t, period="2024"))
    assert _figures(got, "Беседы") == {"2024": (45, 43, 960)}
    assert _figures(got, "Итого") == {"2024": (115, 115, 3140)}
    assert got["Беседы"]["2024"]["participants_col"] == 5


def test_groups_of_a_plain_head_beside_their_total():
    t = table_of([["Форма работы", "Для детей", "", "Для взрослых", "", "Всего", ""],
                  ["", "мер.", "чел.", "мер.", "чел.", "мер.", "чел."],
                  ["Книжные выставки", "14", "420", "9", "250", "23", "670"],
                  ["Беседы", "11", "260", "6", "150", "17", "410"],
                  ["Итого", "25", "680", "15", "400", "40", "1 080"]])
    got = by_label(records_of(t, period="2024-H1"))
    assert _figures(got, "Книжные выставки") == {"2024-H1": (None, 23, 670)}
    assert _figures(got, "Итого") == {"2024-H1": (None, 40, 1080)}


def test_a_head_over_figures_is_no_head_of_them():
    # the empty cell's column below holds a figure: the header is one row, nothing to spread
    t = table_of([["Форма работы", "Количество", "Участники"],
                  ["Беседы", "12", "300"], ["Квизы", "4", "96"], ["Итого", "16", "396"]])
    got = by_label(records_of(t, period="2024"))
    assert _figures(got, "Квизы") == {"2024": (None, 4, 96)}


@pytest.mark.parametrize("count_head,people_head,plan,done,report,done_period", [
    ("Количество мероприятий", "Количество участников", "план", "выполнено", "2024", "2024"),
    ("Мероприятия", "Участники", "план", "факт", "2024", "2024"),
    ("Іс-шаралар саны", "Қатысушылар (адам)", "Жоспар", "Орындалды", "2024", "2024"),
])
def test_the_people_who_came_under_a_plan_and_what_was_done(count_head, people_head, plan, done, report,
                                                            done_period):
    t = table_of([["Форма работы", count_head, people_head], [plan, done, plan, done],
                  ["Книжные выставки", "50", "52", "1 500", "1 580"], ["Беседы", "30", "31", "700", "690"],
                  ["Итого", "80", "83", "2 200", "2 270"]],
                 {(0, 0): (2, 1), (0, 1): (1, 2), (0, 3): (1, 2)})
    got = by_label(records_of(t, period=report))
    assert _figures(got, "Беседы") == {done_period: (30, 31, 690)}  # the people planned (700) are no field
    assert got["Беседы"][done_period]["participants_col"] == 4


def test_the_years_plan_and_the_half_years_people():
    t = table_of([["Іс-шара түрі", "Іс-шаралар саны", "Қатысушылар (адам)"],
                  ["Жылдық жоспар", "І жартыжылдықта орындалды", "Жылдық жоспар", "І жартыжылдықта орындалды"],
                  ["Кітап көрмелері", "80", "42", "2 400", "1 310"], ["Әдеби кештер", "16", "9", "640", "350"],
                  ["Барлығы", "96", "51", "3 040", "1 660"]],
                 {(0, 0): (2, 1), (0, 1): (1, 2), (0, 3): (1, 2)})
    got = by_label(records_of(t, period="2024-H1"))
    assert _figures(got, "Әдеби кештер") == {"2024": (16, None, None), "2024-H1": (None, 9, 350)}


def test_people_over_parts_that_name_no_plan_keep_their_total():
    # "Участники" over "всего | в т.ч. онлайн": the people are the first, no plan or fact under them
    t = table_of([["Форма работы", "Мероприятия", "Участники"], ["всего", "в т.ч. онлайн", "всего", "в т.ч. онлайн"],
                  ["Книжные выставки", "40", "12", "1 200", "560"], ["Беседы", "21", "5", "520", "150"],
                  ["Итого", "61", "17", "1 720", "710"]],
                 {(0, 0): (2, 1), (0, 1): (1, 2), (0, 3): (1, 2)})
    got = by_label(records_of(t, period="2024"))
    assert _figures(got, "Беседы") == {"2024": (None, 21, 520)}


def _quarters(year_head, sub_a, sub_b):
    return table_of([["Іс-шара түрі", "1-тоқсан", "2-тоқсан", year_head],
                     [sub_a, sub_b, sub_a, sub_b, sub_a, sub_b],
                     ["Кітап көрмелері", "11", "330", "9", "270", "20", "600"],
                     ["Кездесулер", "1", "40", "2", "70", "3", "110"],
                     ["Барлығы", "12", "370", "11", "340", "23", "710"]],
                    {(0, 0): (2, 1), (0, 1): (1, 2), (0, 3): (1, 2), (0, 5): (1, 2)})


@pytest.mark.parametrize("report,head,period", [
    ("2024", "Жылына", "2024"),
    ("2024-H1", "Жартыжылдық", "2024-H1"),
    ("2024-H1", "За полугодие", "2024-H1"),
])
def test_the_year_and_the_half_year_named_without_their_number(report, head, period):
    got = by_label(records_of(_quarters(head, "іс-шара", "адам"), period=report))
    assert _figures(got, "Кездесулер") == {"2024-Q1": (None, 1, 40), "2024-Q2": (None, 2, 70),
                                           period: (None, 3, 110)}


def test_a_half_year_in_a_report_on_the_year_is_not_guessed():
    # which half "Полугодие" is the report on a year does not say
    got = by_label(records_of(_quarters("Полугодие", "іс-шара", "адам"), period="2024"))
    assert "2024-H1" not in got["Кездесулер"] and "2024-H2" not in got["Кездесулер"]


def _events(rows):
    return {r.values["label"]: r.values for r in records_of(table_of(rows), period="2024")
            if r.table == "event_stats"}


@pytest.mark.parametrize("form,part", [
    ("Кітап көрмелері", "оның ішінде виртуалды көрмелер"),
    ("Книжные выставки", "в т.ч. виртуальные выставки"),
    ("Беседы", "из них беседы-диалоги"),
])
def test_a_row_that_says_it_is_a_part_of_the_form_above(form, part):
    got = _events([["Форма", "Саны", "Қатысушылар"], [form, "44", "1 320"], [part, "10", "640"],
                   ["Викториналар", "11", "280"], ["Барлығы", "55", "1 600"]])
    assert got[part]["event_type"] is None
    assert got[part]["part_of"] == got[form]["row_no"]
    assert got[form]["event_type"] is not None


def test_rows_under_a_total_are_its_forms():
    got = _events([["Показатель", "Количество", "Участники"], ["Всего мероприятий", "120", "3 100"],
                   ["в т.ч. книжные выставки", "70", "2 000"], ["в т.ч. беседы", "50", "1 100"]])
    assert got["в т.ч. книжные выставки"]["event_type"] == "exhibition.book"
    assert got["в т.ч. беседы"]["event_type"] == "conversation"


def test_a_row_larger_than_the_form_above_is_no_part_of_it():
    got = _events([["Форма", "Количество", "Участники"], ["Беседы", "10", "200"],
                   ["в т.ч. книжные выставки", "40", "1 200"], ["Итого", "50", "1 400"]])
    assert got["в т.ч. книжные выставки"]["event_type"] == "exhibition.book"
    assert got["в т.ч. книжные выставки"].get("part_of") is None


@pytest.mark.parametrize("head,people", [
    ("Кол-во мероприятий (в т.ч. онлайн)", "Участники"),
    ("Іс-шаралар саны (оның ішінде онлайн)", "Қатысушылар (адам)"),
])
def test_a_part_in_brackets_named_by_the_header_is_no_figure_of_the_row(head, people):
    t = table_of([["Форма", head, people], ["Книжные выставки", "40 (12)", "1 200"], ["Беседы", "26 (4)", "580"],
                  ["Итого", "66 (16)", "1 780"]])
    got = by_label(records_of(t, period="2024"))
    assert _figures(got, "Беседы") == {"2024": (None, 26, 580)}
    assert _figures(got, "Итого") == {"2024": (None, 66, 1780)}


def test_people_in_brackets_named_by_the_header_are_still_the_people():
    t = table_of([["Форма", "Кол-во (участников)"], ["Книжные выставки", "40 (1 200)"], ["Беседы", "26 (580)"],
                  ["Итого", "66 (1 780)"]])
    got = by_label(records_of(t, period="2024"))
    assert _figures(got, "Беседы") == {"2024": (None, 26, 580)}
