"""Event tables of other libraries with a plan: the year's plan in a column
of its own beside the quarter's count and the count since the start of the
year ("План на 2024 г. | III квартал | С начала года"), and a plan's cell
over the people planned beside the people who came ("Жоспар: саны |
қатысушылар; Орындалды: саны | қатысушылар")."""

import pytest

from esep.plugins.events import labels
from esep.plugins.events.headers import is_total_label
from esep.plugins.events.stats import VOCABULARY
from esep.plugins.vocab import get_vocabulary

from test_event_stats import by_label, records_of, table_of


def _figures(got, label):
    return {p: (v["plan"], v["actual"], v["participants"]) for p, v in got[label].items()}


@pytest.mark.parametrize("report,plan_head,part_head,to_date_head,part,to_date", [
    ("2024-Q3", "План на 2024 г.", "III квартал", "С начала года", "2024-Q3", "2024-9M"),
    ("2024-Q2", "2024 жылға жоспар", "ІІ тоқсан", "Жыл басынан", "2024-Q2", "2024-H1"),
])
def test_the_years_plan_beside_the_quarter_and_the_year_to_date(report, plan_head, part_head, to_date_head,
                                                                 part, to_date):
    t = table_of([["Форма работы", plan_head, part_head, to_date_head, "Участники с начала года"],
                  ["Книжные выставки", "60", "14", "44", "1 320"], ["Беседы", "40", "9", "28", "610"],
                  ["Итого", "100", "23", "72", "1 930"]])
    got = by_label(records_of(t, period=report))
    assert _figures(got, "Беседы") == {"2024": (40, None, None), part: (None, 9, None), to_date: (None, 28, 610)}
    assert _figures(got, "Итого")[part] == (None, 23, None)


def test_a_period_a_pdf_split_over_two_cells_is_still_one():
    # "2023 г." | "(9 мес.)": one period written over two cells, as before
    t = table_of([["Форма работы", "2023 г.", "(9 мес.)"], ["Беседы", "28", "610"], ["Квизы", "9", "240"]])
    got = by_label(records_of(t, period="2023-9M"))
    assert set(got["Беседы"]) == {"2023-9M"}


def _review(records):
    return [r.values["term"] for r in records if r.table == "unmatched_terms" and r.values["kind"] == "event_stats_column"]


@pytest.mark.parametrize("plan,done,count,people", [
    ("Жоспар", "Орындалды", "саны", "қатысушылар"),
    ("План", "Выполнено", "кол-во", "участники"),
])
def test_the_people_planned_are_not_the_people_who_came(plan, done, count, people):
    t = table_of([["Іс-шара түрлері", plan, done], [count, people, count, people],
                  ["Кітап көрмелері", "40", "1 200", "42", "1 310"], ["Кездесулер", "10", "350", "9", "330"],
                  ["Барлығы", "50", "1 550", "51", "1 640"]],
                 {(0, 0): (2, 1), (0, 1): (1, 2), (0, 3): (1, 2)})
    records = records_of(t, period="2024-H1")
    got = by_label(records)
    assert _figures(got, "Кездесулер") == {"2024-H1": (10, 9, 330)}
    assert _figures(got, "Барлығы") == {"2024-H1": (50, 51, 1640)}
    assert _review(records) == []  # the people planned are known, not listed for review


def test_people_under_the_count_held_beside_a_plan_are_still_read():
    # "План | Факт | Участники": the people are no plan's
    t = table_of([["Форма работы", "План", "Факт", "Участники"], ["Беседы", "20", "22", "400"],
                  ["Квизы", "5", "6", "120"], ["Итого", "25", "28", "520"]])
    assert _figures(by_label(records_of(t, period="2024")), "Беседы") == {"2024": (20, 22, 400)}


@pytest.mark.parametrize("label", ["Дни периодики", "День периодики", "Мерзімді басылымдар күні"])
def test_days_of_the_periodicals_are_information_days(label):
    assert labels.label_matcher(get_vocabulary(VOCABULARY, None, 85)).match(label).id == "information_day"


@pytest.mark.parametrize("report,plan_head,done_head,done", [
    ("2024-Q3", "Жылдық жоспар", "ІІІ тоқсанда", "2024-Q3"),
    ("2024-Q1", "Годовой план", "Выполнено в I квартале", "2024-Q1"),
    ("2024-H1", "План на год", "Выполнено", "2024-H1"),
])
def test_the_years_plan_named_without_its_number(report, plan_head, done_head, done):
    t = table_of([["Форма работы", plan_head, done_head, "Участники"], ["Беседы", "40", "9", "210"],
                  ["Квизы", "12", "3", "80"], ["Итого", "52", "12", "290"]])
    assert _figures(by_label(records_of(t, period=report)), "Беседы") == {"2024": (40, None, None),
                                                                        done: (None, 9, 210)}


def test_a_plan_of_the_part_of_the_year_stays_the_parts():
    t = table_of([["Форма работы", "План", "Выполнено", "Участники"], ["Беседы", "10", "9", "210"],
                  ["Квизы", "3", "3", "80"], ["Итого", "13", "12", "290"]])
    assert _figures(by_label(records_of(t, period="2024-Q1")), "Беседы") == {"2024-Q1": (10, 9, 210)}


@pytest.mark.parametrize("total", ["Проведено массовых мероприятий, всего", "Массовые мероприятия – всего",
                                   "Өткізілген іс-шаралар, барлығы"])
def test_a_total_naming_the_events_first_and_the_total_last(total):
    t = table_of([["№", "Показатель", "Количество", "Участники"], ["1", total, "54", "1 530"],
                  ["1.1", "книжные выставки", "40", "1 200"], ["1.2", "квизы", "14", "330"]])
    got = by_label(records_of(t, period="2024"))
    assert (got[total]["2024"]["event_type"], got[total]["2024"]["actual"]) == ("total", 54)
    assert got["квизы"]["2024"]["event_type"] == "quiz"


@pytest.mark.parametrize("label", ["Книжные выставки, всего", "Мероприятия для детей всего", "Мероприятия"])
def test_a_form_or_a_group_with_its_own_total_word_is_no_total_of_the_table(label):
    assert not is_total_label(label)
