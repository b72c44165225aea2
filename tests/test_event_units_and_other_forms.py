"""Event-table labels that name no form of work: a unit written after a
role ("Присутствовало, чел.") is not the cut-off start of a form's name, a
header cell naming a role is no row of a form, and the rows of "other
forms" ("Прочие", "Басқалары") are typeless without a suggestion."""

import pytest

from esep.plugins.checks import run_checks
from esep.plugins.events import stats as event_stats
from esep.plugins.events import labels
from esep.plugins.events.labels import label_matcher
from esep.plugins.vocab import get_vocabulary
from esep.registry import Config

from test_event_stats import by_label, doc_of, rows_of, table_of


@pytest.fixture(scope="module")
def matcher():
    return label_matcher(get_vocabulary("event_types", Config()))


#: "Массовые мероприятия по месяцам" of a district system's half-year report, as typed
MONTHS = [
    ["Месяц", "Количество мероприятий", "Присутствовало, чел."],
    ["Январь", "41", "1 108"],
    ["Февраль", "52", "1 496"],
    ["Март", "63", "1 874"],
    ["Апрель", "61", "1 802"],
    ["Май", "72", "2 415"],
    ["Июнь", "49", "1 630"],
    ["Итого", "338", "10 325"],
]


def test_a_table_by_month_whose_participants_header_ends_in_a_unit():
    doc = doc_of(table_of(MONTHS), period="2022-H1")
    records = list(event_stats.extract(doc, Config()))
    rows = by_label(records)
    # written by hand from the table: six months and the total, nothing else
    assert list(rows) == ["Январь", "Февраль", "Март", "Апрель", "Май", "Июнь", "Итого"]
    assert {r.values["event_type"] for r in rows_of(records)} == {None, "total"}
    assert (rows["Итого"]["2022-H1"]["actual"], rows["Итого"]["2022-H1"]["participants"]) == (338, 10325)
    assert rows["Март"]["2022-H1"]["participants"] == 1874
    checks = {c.values["name"]: c.values for c in run_checks(records, doc)}
    assert checks["event_totals[2022-H1].actual"]["holds"] == 1
    assert checks["event_totals[2022-H1].actual"]["actual"] == 338
    assert checks["event_totals[2022-H1].participants"]["holds"] == 1


@pytest.mark.parametrize("label", [
    "Присутствовало, чел.", "Участники, чел.", "Кол-во, ед.", "Выдано, экз.", "Сумма, тыс.", "Охват, тыс. чел.",
    # a role's word cut short is no form's either: "мер." is "мероприятий", not "мерекелік"
    "Мер.", "Кол-во мер.", "Уч.",
])
def test_a_unit_or_a_role_is_no_form_of_work(matcher, label):
    assert matcher.match(label).id is None


@pytest.mark.parametrize("label, type_id", [
    ("Лит. часы", "hour.literary"),  # an abbreviation that is no unit is still completed
    ("Челлендж", "challenge"),
    ("Челленджи", "challenge"),
])
def test_abbreviations_of_forms_are_still_completed(matcher, label, type_id):
    assert matcher.match(label).id == type_id


def test_a_role_across_a_table_of_forms_by_month_is_no_form():
    # months down, forms across, and the people of the month beside the count
    t = table_of([
        ["Месяц", "Книжные выставки", "Беседы", "Всего мероприятий", "Присутствовало, чел."],
        ["Январь", "4", "3", "7", "140"],
        ["Февраль", "5", "2", "7", "162"],
        ["Итого", "9", "5", "14", "302"],
    ])
    rows = by_label(list(event_stats.extract(doc_of(t, period="2021"), Config())))
    assert "Присутствовало, чел." not in rows
    assert rows["Книжные выставки"]["2021"]["actual"] == 9 and rows["Беседы"]["2021"]["actual"] == 5


def test_the_forms_of_a_table_by_month_are_not_added_to_its_months():
    # the forms' counts come from the total row: the months add up to the total, the forms do too, but
    # months and forms together are the total counted twice
    t = table_of([
        ["Ай", "Кітап көрмелері", "Әңгімелер", "Барлығы", "Қатысқандар"],
        ["Қаңтар", "4", "3", "7", "140"],
        ["Ақпан", "5", "2", "7", "162"],
        ["Барлығы", "9", "5", "14", "302"],
    ])
    doc = doc_of(t, period="2021")
    records = list(event_stats.extract(doc, Config()))
    checks = {c.values["name"]: c.values for c in run_checks(records, doc)}
    assert (checks["event_totals[2021].actual"]["actual"], checks["event_totals[2021].actual"]["holds"]) == (14, 1)
    assert checks["event_totals[2021].participants"]["holds"] == 1


@pytest.mark.parametrize("label", [
    "Прочие", "Прочие формы", "Прочие мероприятия", "Другие", "Другие формы", "Другие формы работы",
    "Иные формы", "Басқа түрлері", "Басқалары", "Басқа да шаралар", "Basqa da şaralar", "Өзгелері",
    "Өзге түрлері", "Өзге іс-шаралар",
])
def test_rows_of_other_forms_are_typeless_without_a_suggestion(matcher, label):
    assert labels.names_other_forms(label)
    m = matcher.match(label)
    assert m.id is None and m.best is None and m.score == 0


@pytest.mark.parametrize("label", ["Другие встречи", "Прочие викторины", "Басқа кітап көрмелері",
                                   "Книжные выставки", "Дни других культур"])
def test_a_form_after_the_word_other_is_still_that_form(label):
    assert not labels.names_other_forms(label)


def test_other_forms_in_a_table_keep_their_figures_and_are_listed_without_a_candidate():
    t = table_of([
        ["Іс-шара түрлері", "Саны", "Қатысушылар"],
        ["Кітап көрмелері", "12", "340"],
        ["Викториналар", "6", "150"],
        ["Басқа түрлері", "4", "95"],
        ["Барлығы", "22", "585"],
    ])
    records = list(event_stats.extract(doc_of(t, period="2020"), Config()))
    rows = by_label(records)
    assert rows["Басқа түрлері"]["2020"]["event_type"] is None
    assert (rows["Басқа түрлері"]["2020"]["actual"], rows["Басқа түрлері"]["2020"]["participants"]) == (4, 95)
    # typeless by what it says, which is read with confidence
    assert next(r for r in records if r.table == "event_stats" and r.values["label"] == "Басқа түрлері").confidence == 0.9
    listed = [r.values for r in records if r.table == "unmatched_terms"]
    assert [(u["term"], u["best_candidate"], u["score"]) for u in listed] == [("Басқа түрлері", None, 0.0)]
