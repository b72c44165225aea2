"""A count and its people in one cell, each with its word ("6 іс-шара, 150
адам"), and tables cut into the library's departments, each closed by its
own sum."""

from __future__ import annotations

from esep.plugins import checks
from esep.plugins.events.stats import pair_cell

from test_event_stats import by_label, records_of, rows_of, table_of


def figures(row):
    return row["event_type"], row["actual"], row["participants"]


def test_a_cell_naming_the_events_and_the_people():
    t = table_of([["Жұмыс түрлері", "2021 ж.", "2022 ж."],
                  ["Әңгімелер", "6 іс-шара, 150 адам", "9 іс-шара, 205 адам"],
                  ["Викториналар", "4 іс-шара, 98 адам", "5 іс-шара, 131 адам"],
                  ["Барлығы", "10 іс-шара, 248 адам", "14 іс-шара, 336 адам"]])
    got = by_label(records_of(t, period="2022"))
    assert figures(got["Әңгімелер"]["2021"]) == ("conversation", 6, 150)
    assert figures(got["Викториналар"]["2022"]) == ("quiz", 5, 131)
    assert figures(got["Барлығы"]["2022"]) == ("total", 14, 336)


def test_russian_cells_with_abbreviated_words():
    t = table_of([["Формы", "2022 г.", "2023 г."],
                  ["Беседы", "11 мер. / 260 чел.", "13 мер. / 1 302 чел."],
                  ["Обзоры", "7 мер. / 140 чел.", "8 мер. / 171 чел."]])
    got = by_label(records_of(t, period="2023"))
    assert figures(got["Беседы"]["2023"]) == ("conversation", 13, 1302)
    assert figures(got["Обзоры"]["2022"]) == ("review.literary", 7, 140)


def test_which_cells_hold_two_named_figures():
    assert pair_cell("12 мероприятий (340 участников)") == ("12 ", "340 ")
    assert pair_cell("3 шара; 75 қатысушы") == ("3 ", "75 ")
    assert pair_cell("45 іс-шара") is None  # one figure with its word
    assert pair_cell("340 адам, 12 іс-шара") is None  # the people first: not read as a count
    assert pair_cell("12,5 мер.") is None


def departments(sub_a="Итого по абонементу", sub_b="Итого по детскому отделу", grand="Всего"):
    return table_of([["Форма работы", "Кол-во", "Участники"],
                     ["Абонемент"],
                     ["Книжные выставки", "12", "300"],
                     ["Беседы", "5", "120"],
                     [sub_a, "17", "420"],
                     ["Детский отдел"],
                     ["Книжные выставки", "9", "240"],
                     ["Громкие чтения", "6", "150"],
                     [sub_b, "15", "390"],
                     [grand, "32", "810"]],
                    spans={(1, 0): (1, 3), (5, 0): (1, 3)})


def test_departments_closed_by_their_sums_named():
    recs = records_of(departments(), period="2023")
    rows = [r.values for r in rows_of(recs)]
    subs = [r for r in rows if r["label"].startswith("Итого по")]
    assert [(r["event_type"], r["is_total"], r["actual"]) for r in subs] == [(None, 0, 17), (None, 0, 15)]
    total = [r for r in rows if r["is_total"]]
    assert [(r["label"], r["actual"], r["participants"]) for r in total] == [("Всего", 32, 810)]
    # the same form in each department stays a row of its own
    assert [r["actual"] for r in rows if r["event_type"] == "exhibition.book"] == [12, 9]
    verdicts = {c.values["name"]: c.values["holds"] for c in checks.event_total_checks(rows_of(recs), None)}
    assert verdicts == {"event_totals[2023].actual": 1, "event_totals[2023].participants": 1}


def test_departments_closed_by_a_bare_total_found_by_their_sums():
    rows = [r.values for r in rows_of(records_of(departments("Итого:", "Итого:", "ВСЕГО:"), period="2023"))]
    assert [(r["label"], r["event_type"], r["is_total"]) for r in rows if r["label"] != "Книжные выставки"
            and r["event_type"] not in ("conversation", "reading")] == [
        ("Итого:", None, 0), ("Итого:", None, 0), ("ВСЕГО:", "total", 1)]


def test_totals_that_do_not_sum_their_sections_stay_totals():
    # the last figure does not add up the two others: nothing says which rows are sections
    t = departments("Итого:", "Итого:", "ВСЕГО:")
    t.cells[[c.text for c in t.cells].index("32")].text = "33"
    rows = [r.values for r in rows_of(records_of(t, period="2023"))]
    assert sum(r["is_total"] for r in rows) == 3


def test_a_department_named_in_the_label_column_is_no_form():
    # "Оқу" alone is a reading, "Оқу залы" the reading room: a heading row with empty cells gives no record
    t = table_of([["Бөлім / іс-шара түрі", "Саны", "Қатысушылар"],
                  ["Оқу залы", "", ""],
                  ["Оқу залындағы кітап көрмелері", "7", "190"],
                  ["Дөңгелек үстелдер", "2", "45"],
                  ["Балалар бөлімі", "", ""],
                  ["Ертеңгіліктер", "3", "120"],
                  ["Барлығы", "12", "355"]])
    got = by_label(records_of(t, period="2024"))
    assert "Оқу залы" not in got and "Балалар бөлімі" not in got
    assert got["Оқу залындағы кітап көрмелері"]["2024"]["event_type"] == "exhibition.book"


def test_department_names():
    from esep.plugins.events.labels import names_department

    for name in ("Абонемент", "Читальный зал", "Детский отдел", "Отдел обслуживания (абонемент)",
                 "Юношеский сектор", "Оқу залы", "Балалар бөлімі"):
        assert names_department(name), name
    for label in ("Книжные выставки", "Оқу", "Выставки в отделе", "Оқу залындағы кітап көрмелері", "Дни отдела"):
        assert not names_department(label), label


def test_forms_under_a_department_row_holding_its_sum_keep_their_types():
    # each department's row gives its sum, its forms follow it: they are forms, not sub-forms of the department
    t = table_of([["Отдел, форма работы", "Кол-во", "Участники"],
                  ["Абонемент", "10", "260"],
                  ["Книжные выставки", "6", "170"],
                  ["Обзоры", "4", "90"],
                  ["Читальный зал", "8", "205"],
                  ["Книжные выставки", "5", "150"],
                  ["Круглые столы", "3", "55"],
                  ["Всего", "18", "465"]])
    rows = [r.values for r in rows_of(records_of(t, period="2022"))]
    assert [(r["label"], r["event_type"], r.get("part_of")) for r in rows if r["label"] in ("Абонемент", "Обзоры")] == [
        ("Абонемент", None, None), ("Обзоры", "review.literary", None)]
    assert [r["event_type"] for r in rows].count("exhibition.book") == 2


def test_groups_over_the_same_roles_with_no_total_give_no_row_their_first_group():
    # "В зале | В сети", each over a count and its people, and no total: the first pair is a part, not the whole
    spans = {(0, 0): (2, 1), (0, 1): (1, 2), (0, 3): (1, 2)}
    t = table_of([["Форма работы", "В зале", "В сети"],
                  ["кол-во", "чел.", "кол-во", "чел."],
                  ["Обзоры", "8", "190", "2", "430"],
                  ["Беседы", "6", "150", "1", "95"]], spans)
    assert rows_of(records_of(t, period="2023")) == []
    # two years over the same roles are periods, not parts
    t = table_of([["Форма работы", "2022 г.", "2023 г."],
                  ["кол-во", "чел.", "кол-во", "чел."],
                  ["Обзоры", "8", "190", "9", "230"],
                  ["Беседы", "6", "150", "7", "160"]], spans)
    got = by_label(records_of(t, period="2023"))
    assert figures(got["Обзоры"]["2023"]) == ("review.literary", 9, 230)


def test_a_count_header_over_cells_naming_both_figures():
    t = table_of([["№", "Форма работы", "Проведено", "Примечание"],
                  ["1", "Беседы", "14 мер. / 352 чел.", ""],
                  ["2", "Викторины", "6 мер. / 148 чел.", "в школах"],
                  ["", "Итого", "20 мер. / 500 чел.", ""]])
    got = by_label(records_of(t, period="2023-H1"))
    assert figures(got["Беседы"]["2023-H1"]) == ("conversation", 14, 352)
    assert figures(got["Итого"]["2023-H1"]) == ("total", 20, 500)


def test_months_each_over_the_roles_beside_the_quarter():
    # the months' columns are not read; the quarter's pair is each row's
    spans = {(0, 0): (2, 1), (0, 1): (1, 2), (0, 3): (1, 2), (0, 5): (1, 2), (0, 7): (1, 2)}
    t = table_of([["Іс-шара түрлері", "Шілде", "Тамыз", "Қыркүйек", "ІІІ тоқсан"],
                  ["саны", "қатыс.", "саны", "қатыс.", "саны", "қатыс.", "саны", "қатыс."],
                  ["Әңгімелер", "2", "40", "3", "65", "1", "20", "6", "125"],
                  ["Викториналар", "1", "30", "2", "44", "4", "90", "7", "164"]], spans)
    got = by_label(records_of(t, period="2022-Q3"))
    assert figures(got["Әңгімелер"]["2022-Q3"]) == ("conversation", 6, 125)
    assert figures(got["Викториналар"]["2022-Q3"]) == ("quiz", 7, 164)
