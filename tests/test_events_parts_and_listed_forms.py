"""Event tables whose header names no role but whose columns are parts of
a total column beside them ("Оффлайн | Онлайн | Барлығы"), and row labels
that list two forms of work together ("Беседы, обзоры")."""

from __future__ import annotations

from test_event_stats import by_label, records_of, table_of


def test_parts_beside_a_total_with_no_role_word_give_the_totals_count():
    # held in the library and held on its pages online: the last column is each row's count
    t = table_of([["Жұмыс түрі", "Кітапханада", "Желіде", "Барлығы"],
                  ["Әдеби кештер", "5", "3", "8"],
                  ["Кітап шолулары", "", "11", "11"],
                  ["Викториналар", "2", "–", "2"],
                  ["Барлығы", "7", "14", "21"]])
    got = by_label(records_of(t, period="2021-H1"))
    assert {k: (v["2021-H1"]["event_type"], v["2021-H1"]["actual"], v["2021-H1"]["participants"])
            for k, v in got.items()} == {
        "Әдеби кештер": ("hour.literary", 8, None),
        "Кітап шолулары": ("review.literary", 11, None),
        "Викториналар": ("quiz", 2, None),
        "Барлығы": ("total", 21, None),
    }


def test_columns_that_do_not_add_up_to_the_total_are_no_parts_of_it():
    # the same header, but the first two columns are not what the last is made of
    t = table_of([["Жұмыс түрі", "Кітапханада", "Желіде", "Барлығы"],
                  ["Әдеби кештер", "5", "3", "40"],
                  ["Кітап шолулары", "4", "11", "52"],
                  ["Барлығы", "9", "14", "92"]])
    assert by_label(records_of(t, period="2021-H1")) == {}


def test_a_row_listing_two_forms_takes_the_first_named_forms_type():
    # reports and those who tally them count "Викторины, конкурсы" under the form named first
    t = table_of([["Формы работы", "Количество", "Участники"],
                  ["Книжные выставки", "20", "600"],
                  ["Викторины, конкурсы", "7", "210"],
                  ["Выставки, просмотры литературы", "4", "90"],
                  ["Всего", "31", "900"]])
    got = by_label(records_of(t, period="2020"))
    assert (got["Викторины, конкурсы"]["2020"]["event_type"], got["Викторины, конкурсы"]["2020"]["actual"]) \
        == ("quiz", 7)
    assert got["Выставки, просмотры литературы"]["2020"]["event_type"] == "exhibition.book"
