"""Tables of the budget by items of expense under a caption naming their
money, and the row of the library system as a whole beside (or without) its
libraries' rows.  The tables below are made up in the genre."""

from __future__ import annotations

from conftest import table_facts

_BUDGET = (["Шығыс баптары", "Жоспар", "Факт", "Орындалуы, %"],
           ["Еңбекақы төлеу", "48 210,0", "23 905,4", "49,6"],
           ["Кітап сатып алу", "4 600,0", "2 310,5", "50,2"],
           ["Мерзімді басылымдарға жазылу", "1 150,0", "1 150,0", "100,0"],
           ["Коммуналдық қызметтер", "3 240,0", "1 702,8", "52,6"],
           ["Барлығы", "57 200,0", "29 068,7", "50,8"])


def test_budget_items_under_a_caption_in_money_give_the_budget_and_its_buying():
    got = table_facts("2024-H1", *_BUDGET, caption="ОКЖ бюджетінің атқарылуы (мың теңге)")
    assert ("finance.budget", 29068.7, "2024-H1", None, None) in got
    assert ("acquisition.budget", 2310.5, "2024-H1", None, "books") in got
    assert ("acquisition.budget", 1150.0, "2024-H1", None, "periodicals") in got
    # the plan and the per cent columns are no facts, the wages and utilities no metric's
    assert not any(k[1] in (57200.0, 4600.0, 23905.4, 1702.8, 50.8) for k in got)


def test_russian_budget_items_with_wages_give_the_budget():
    got = table_facts("2023", ["Статьи расходов", "План", "Исполнено"],
                      ["Оплата труда", "31 400,0", "31 388,2"],
                      ["Комплектование фонда", "2 100,0", "2 100,0"],
                      ["Итого", "33 500,0", "33 488,2"], caption="Исполнение бюджета за 2023 год (тыс. тенге)")
    assert ("finance.budget", 33488.2, "2023", None, None) in got
    assert ("acquisition.budget", 2100.0, "2023", None, None) in got


def test_a_total_of_items_without_wages_is_no_budget():
    # the money for buying by kind of document: its total is the buying's, never the whole budget
    got = table_facts("2023", ["Статьи", "План", "Исполнено"],
                      ["Подписка на периодические издания", "900,0", "900,0"],
                      ["Приобретение книг", "1 500,0", "1 480,0"],
                      ["Итого", "2 400,0", "2 380,0"], caption="Расходы на комплектование (тыс. тенге)")
    assert not any(k[0] == "finance.budget" for k in got)


def test_a_caption_without_money_gives_the_rows_no_money():
    got = table_facts("2023", ["Шығыс баптары", "Жоспар", "Факт"],
                      ["Кітап сатып алу", "4 600", "2 310"], ["Коммуналдық қызметтер", "3 240", "1 702"],
                      caption="Кітапхана жүйесінің шығыстары")
    assert not any(k[0] == "acquisition.budget" for k in got)


def test_the_row_of_the_system_as_a_whole_is_no_branch():
    got = table_facts("2022", ["", "Қызметкерлер саны, барлығы", "Жоғары білімді", "Арнаулы орта білімді"],
                      ["ОКЖ бойынша", "38", "24", "11"],
                      ["Орталық кітапхана", "12", "9", "3"])
    assert ("staff.headcount", 38.0, "2022", None, None) in got
    assert ("staff.higher_education", 24.0, "2022", None, None) in got
    assert ("staff.headcount", 12.0, "2022", None, "branch:орталық кітапхана") in got


def test_russian_row_by_the_system_is_the_whole():
    got = table_facts("2023", ["", "Число пользователей", "Книговыдача"],
                      ["По ЦБС", "9 812", "201 344"], ["Центральная библиотека", "3 105", "70 220"])
    assert ("users.registered", 9812.0, "2023", None, None) in got
    assert ("loans.total", 201344.0, "2023", None, None) in got
    assert not any(k[4] and "цбс" in k[4] for k in got)


def test_a_library_of_the_system_keeps_its_branch():
    # "ОКЖ-ның орталық кітапханасы" names one library of the system, no whole
    got = table_facts("2022", ["", "Қызметкерлер саны, барлығы"],
                      ["ОКЖ-ның орталық кітапханасы", "12"], ["Ақсу ауылдық кітапханасы", "3"])
    assert not any(k[1] == 12.0 and k[4] is None for k in got)
