"""Event tables of other libraries: header words a narrow column of a PDF
broke over two lines, read back with a space ("Бар лығы", "Қа ңтар",
"Желто қсан"), and a header naming a role with the word of a count in
brackets over cells of one figure ("План (кол-во)", "Кол-во (участников)")."""

import pytest

from esep.plugins.events.headers import is_month_label, is_total_label

from test_event_stats import by_label, records_of, table_of


def _figures(got, label):
    return {p: (v["plan"], v["actual"], v["participants"]) for p, v in got[label].items()}


@pytest.mark.parametrize("text", ["Бар лығы", "Ито го", "Все го"])
def test_a_total_word_broken_by_a_narrow_column(text):
    assert is_total_label(text)


@pytest.mark.parametrize("text", ["Қа ңтар", "Желто қсан", "Қы ркү йек", "Сентя брь"])
def test_a_month_broken_by_a_narrow_column(text):
    assert is_month_label(text)


@pytest.mark.parametrize("text", ["Бұл жыл", "Ақ пар ат күні", "Книжные выставки", "Кітап көрмелері"])
def test_words_that_join_to_no_month_or_total_stay_what_they_are(text):
    assert not is_total_label(text) and not is_month_label(text)


def test_twelve_months_across_a_narrow_page_over_their_total():
    months = ["Қа ңтар", "Ақпан", "Наурыз", "Сәуір", "Мамыр", "Ма усым", "Шілде", "Тамыз", "Қы ркү йек", "Қазан",
              "Қараша", "Желто қсан"]
    t = table_of([["Іс-шара түрі", *months, "Бар лығы", "Қатысушы лар"],
                  ["Кітап көрмелері", *["4"] * 12, "48", "1 440"],
                  ["Ақпарат сағаттары", *["2"] * 12, "24", "480"],
                  ["Барлығы", *["6"] * 12, "72", "1 920"]])
    got = by_label(records_of(t, period="2024"))
    assert _figures(got, "Ақпарат сағаттары") == {"2024": (None, 24, 480)}
    assert _figures(got, "Барлығы") == {"2024": (None, 72, 1920)}


@pytest.mark.parametrize("head,role", [("План (кол-во)", "plan"), ("Жоспар (саны)", "plan"),
                                       ("Кол-во (участников)", "participants")])
def test_a_role_with_the_word_of_a_count_in_brackets(head, role):
    t = table_of([["Форма работы", head, "Выполнено"], ["Книжные выставки", "60", "62"], ["Беседы", "36", "35"],
                  ["Итого", "96", "97"]])
    got = by_label(records_of(t, period="2024"))["Беседы"]["2024"]
    assert got[role] == 36
    assert got["actual"] == 35


def test_the_people_planned_in_brackets_are_no_figure():
    t = table_of([["Форма работы", "План (участники)", "Выполнено", "Участники"], ["Книжные выставки", "1 800", "62", "1 900"],
                  ["Беседы", "700", "35", "800"], ["Итого", "2 500", "97", "2 700"]])
    assert _figures(by_label(records_of(t, period="2024")), "Беседы") == {"2024": (None, 35, 800)}
