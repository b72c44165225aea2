"""Event tables of more shapes of other libraries' reports: last year's
count set as the last column beside the report's own figures, whose header
names no period ("Количество | Число участников | Для сравнения: 2023 г.");
columns of parts of a count ("в т.ч. онлайн", "оның ішінде онлайн", groups
of readers beside "Всего"), which are not listed for review; and names of
forms whose head word would say another form (a lesson of remembrance is no
library lesson, a poetry evening a poetry hour)."""

import pytest

from esep.plugins.events import labels
from esep.plugins.events.stats import VOCABULARY
from esep.plugins.vocab import get_vocabulary

from test_event_stats import by_label, records_of, table_of


@pytest.mark.parametrize("head", ["Для сравнения: 2023 г.", "2023 г.", "2023 ж. орындалды", "2023 жылы"])
def test_last_years_count_in_the_last_column_leaves_the_others_the_reports(head):
    t = table_of([["Форма работы", "Количество", "Число участников", head],
                  ["Книжные выставки", "64", "1 920", "58"],
                  ["Квесты", "12", "340", "7"],
                  ["Итого", "76", "2 260", "65"]])
    got = by_label(records_of(t, period="2024"))
    assert set(got["Квесты"]) == {"2024", "2023"}
    assert (got["Квесты"]["2024"]["actual"], got["Квесты"]["2024"]["participants"]) == (12, 340)
    assert (got["Квесты"]["2023"]["actual"], got["Квесты"]["2023"]["participants"]) == (7, None)
    assert got["Итого"]["2024"]["actual"] == 76 and got["Итого"]["2023"]["actual"] == 65


def test_last_years_half_year_beside_the_half_year():
    t = table_of([["Форма работы", "Кол-во", "Участники", "I полугодие 2023 г."],
                  ["Беседы", "22", "400", "18"], ["Викторины", "6", "120", "5"]])
    got = by_label(records_of(t, period="2024-H1"))
    assert {p: (v["actual"], v["participants"]) for p, v in got["Беседы"].items()} == {
        "2024-H1": (22, 400), "2023-H1": (18, None)}


def test_a_plan_and_its_fulfilment_beside_last_years_count_in_kazakh():
    t = table_of([["Жұмыс түрі", "Жоспар", "Орындалды", "Қатысушылар", "2023 ж. орындалды"],
                  ["Кітап көрмелері", "70", "72", "2 050", "66"],
                  ["Кездесулер", "20", "22", "740", "18"],
                  ["Барлығы", "90", "94", "2 790", "84"]])
    got = by_label(records_of(t, period="2024"))
    k = got["Кездесулер"]
    assert (k["2024"]["plan"], k["2024"]["actual"], k["2024"]["participants"]) == (20, 22, 740)
    assert (k["2023"]["plan"], k["2023"]["actual"]) == (None, 18)


@pytest.mark.parametrize("rows,period,want", [
    # the year named first: one period for all its columns, as before
    ([["Форма работы", "2023 г. план", "2023 г. факт", "Участники"], ["Беседы", "20", "22", "400"]],
     "2023", {"2023": (20, 22, 400)}),
    # the named year is the report's own: the columns without one are that year's too
    ([["Форма работы", "Количество", "Участники", "2024 г."], ["Беседы", "22", "400", "22"]],
     "2024", {"2024": (None, 22, 400)}),
])
def test_a_year_not_set_last_or_the_reports_own_is_no_comparison(rows, period, want):
    got = by_label(records_of(table_of(rows + [["Викторины", "5", "6", "120"]]), period=period))
    assert {p: (v["plan"], v["actual"], v["participants"]) for p, v in got["Беседы"].items()
            if p in want} == want


def _columns_for_review(records):
    return [r.values["term"] for r in records if r.table == "unmatched_terms" and r.values["kind"] == "event_stats_column"]


@pytest.mark.parametrize("part", ["в т.ч. онлайн", "из них онлайн", "оның ішінде онлайн"])
def test_online_parts_beside_the_count_and_the_people_are_not_listed(part):
    t = table_of([["Форма мероприятия", "Количество", part, "Участники", part],
                  ["Книжные выставки", "34", "6", "1 020", "310"], ["Громкие чтения", "12", "2", "260", "45"],
                  ["Квесты", "7", "–", "180", "–"], ["Всего", "53", "8", "1 460", "355"]])
    records = records_of(t, period="2024-H1")
    got = by_label(records)
    assert (got["Громкие чтения"]["2024-H1"]["actual"], got["Громкие чтения"]["2024-H1"]["participants"]) == (12, 260)
    assert _columns_for_review(records) == []
    # a column headed as a part but larger than the column on its left is no part of it: listed
    t = table_of([["Форма мероприятия", "Количество", part, "Участники"],
                  ["Книжные выставки", "34", "60", "1 020"], ["Громкие чтения", "12", "20", "260"],
                  ["Всего", "46", "80", "1 280"]])
    assert _columns_for_review(records_of(t, period="2024-H1")) == [part]


def test_groups_of_readers_adding_up_to_the_total_are_not_listed():
    head = ["Форма работы", "Дети", "Молодёжь", "Взрослые", "Всего", "Участники"]
    body = [["Книжные выставки", "22", "10", "14", "46", "1 380"], ["Беседы", "15", "8", "6", "29", "640"],
            ["Итого", "37", "18", "20", "75", "2 020"]]
    records = records_of(table_of([head] + body), period="2024")
    assert by_label(records)["Беседы"]["2024"]["actual"] == 29
    assert _columns_for_review(records) == []
    # groups that do not add up to the total: neither the header nor the figures say what they count
    body[0][4], body[2][4] = "50", "79"
    assert _columns_for_review(records_of(table_of([head] + body), period="2024")) == ["Дети", "Молодёжь", "Взрослые"]


@pytest.fixture(scope="module")
def matcher():
    return labels.label_matcher(get_vocabulary(VOCABULARY, None, 85))


@pytest.mark.parametrize("label,type_id", [
    ("Уроки памяти", "hour.patriotic"), ("Урок памяти", "hour.patriotic"), ("Уроки мужества", "hour.patriotic"),
    ("Поэзия кештері", "hour.poetry"), ("Поэзия кеші", "hour.poetry"), ("Жыр кештері", "hour.poetry"),
    ("Вечера поэзии", "hour.poetry"), ("Поэтические вечера", "hour.poetry"),
])
def test_forms_named_after_their_theme(matcher, label, type_id):
    assert matcher.match(label).id == type_id


@pytest.mark.parametrize("label,type_id", [
    ("Библиотечные уроки", "lesson.library"), ("Кітапханалық сабақтар", "lesson.library"),
    ("Вечера памяти", "evening.portrait"), ("Тематические вечера", "evening.thematic"),
    ("Литературные вечера", "hour.literary"),
])
def test_the_other_lessons_and_evenings_keep_their_forms(matcher, label, type_id):
    assert matcher.match(label).id == type_id
