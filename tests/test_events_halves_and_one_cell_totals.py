"""Event tables set in two halves side by side, totals written in one cell
across the table, forms across with a part row under the people, and rows
of a direction that list their forms with counts."""

from __future__ import annotations

from esep.model import Block, Document
from esep.plugins.events import stats as event_stats
from esep.plugins.events.labels import lists_counted_forms
from esep.plugins.events.stats import side_by_side
from esep.registry import Config

from test_event_stats import by_label, records_of, rows_of, table_of


def halves():
    # a long list of forms printed in two halves to fit one page; the right half is one row short
    return table_of([["№", "Форма", "Кол-во", "Уч.", "№", "Форма", "Кол-во", "Уч."],
                     ["1", "Книжные выставки", "40", "1200", "4", "Викторины", "9", "210"],
                     ["2", "Беседы", "22", "480", "5", "Прочие", "3", "75"],
                     ["3", "Громкие чтения", "8", "190", "", "", "", ""]])


def test_halves_side_by_side_are_read_one_under_the_other():
    got = by_label(records_of(halves(), period="2022"))
    assert {k: (v["2022"]["row_no"], v["2022"]["event_type"], v["2022"]["actual"], v["2022"]["participants"])
            for k, v in got.items()} == {
        "Книжные выставки": (1, "exhibition.book", 40, 1200),
        "Беседы": (2, "conversation", 22, 480),
        "Громкие чтения": (3, "reading", 8, 190),
        "Викторины": (4, "quiz", 9, 210),
        "Прочие": (5, None, 3, 75),
    }


def test_a_row_of_the_right_half_points_at_its_own_printed_cells():
    rows = {r.values["label"]: r for r in rows_of(records_of(halves(), period="2022"))}
    quiz = rows["Викторины"]
    assert quiz.cell == (1, 5)
    assert (quiz.values["actual_col"], quiz.values["participants_col"]) == (6, 7)
    assert rows["Беседы"].cell == (2, 1)


def test_a_header_that_does_not_repeat_is_no_pair_of_halves():
    # two years side by side share the roles, not the whole header
    t = table_of([["Формы", "2021", "2022"],
                  ["", "кол-во", "уч.", "кол-во", "уч."],
                  ["Беседы", "5", "100", "6", "120"],
                  ["Викторины", "2", "40", "3", "70"]], spans={(0, 1): (1, 2), (0, 3): (1, 2)})
    assert side_by_side(t) is None
    assert set(by_label(records_of(t))["Беседы"]) == {"2021", "2022"}


def test_halves_with_the_total_at_the_foot_of_the_right_one():
    t = table_of([["Іс-шара түрі", "Саны", "Қатысқандар", "Іс-шара түрі", "Саны", "Қатысқандар"],
                  ["Кітап көрмелері", "12", "300", "Акциялар", "2", "150"],
                  ["Әңгімелер", "7", "140", "Барлығы", "21", "590"]])
    got = by_label(records_of(t, period="2023"))
    assert [(k, v["2023"]["event_type"], v["2023"]["actual"]) for k, v in got.items()] == [
        ("Кітап көрмелері", "exhibition.book", 12), ("Әңгімелер", "conversation", 7),
        ("Акциялар", "action", 2), ("Барлығы", "total", 21)]


def test_a_total_written_in_one_cell_across_the_table():
    t = table_of([["№", "Форма мероприятия", "Количество", "Присутствовало"],
                  ["1", "Беседы", "14", "300"],
                  ["2", "Литературные часы", "6", "1 150"],
                  ["Итого: 20 / 1 450"]], spans={(3, 0): (1, 4)})
    got = by_label(records_of(t, period="2021"))
    total = got["Итого"]["2021"]
    assert (total["event_type"], total["is_total"], total["actual"], total["participants"]) == ("total", 1, 20, 1450)


def test_a_row_across_the_table_that_is_no_total_stays_a_heading():
    t = table_of([["Форма мероприятия", "Количество", "Присутствовало"],
                  ["Для детей 2 / 3 классов"],
                  ["Беседы", "14", "300"],
                  ["Итого: 14"]], spans={(1, 0): (1, 3), (3, 0): (1, 3)})
    got = by_label(records_of(t, period="2021"))
    assert set(got) == {"Беседы"}  # a heading; and one figure for two columns says nothing of which it is


def test_forms_across_with_a_part_row_under_the_people():
    # "Из них детей" is a part of the people above it: the table is still read turned, the part unread
    t = table_of([["Показатели", "Книжные выставки", "Викторины", "Всего"],
                  ["Проведено", "10", "4", "14"],
                  ["Присутствовало", "300", "90", "390"],
                  ["Из них детей", "120", "90", "210"]])
    got = by_label(records_of(t, period="2024-H1"))
    assert {k: (v["2024-H1"]["actual"], v["2024-H1"]["participants"]) for k, v in got.items()} == {
        "Книжные выставки": (10, 300), "Викторины": (4, 90), "Всего": (14, 390)}


def test_forms_across_with_another_row_that_is_no_part_are_not_turned():
    t = table_of([["Показатели", "Книжные выставки", "Викторины", "Всего"],
                  ["Проведено", "10", "4", "14"],
                  ["Присутствовало", "300", "90", "390"],
                  ["Экспонировано документов", "520", "0", "520"]])
    assert by_label(records_of(t, period="2024")) == {}


def test_a_direction_listing_its_forms_with_counts_has_no_type():
    t = table_of([["№", "Бағыттары және іс-шара түрлері", "Саны", "Қатысқандар"],
                  ["1", "Экологиялық тәрбие: кітап көрмесі – 2, викторина – 3", "5", "120"],
                  ["2", "Кітап көрмелері", "7", "200"],
                  ["", "Барлығы", "12", "320"]])
    got = by_label(records_of(t, period="2024"))
    assert got["Экологиялық тәрбие: кітап көрмесі – 2, викторина – 3"]["2024"]["event_type"] is None
    assert got["Кітап көрмелері"]["2024"]["event_type"] == "exhibition.book"
    unmatched = [r.values["term"] for r in records_of(t, period="2024") if r.table == "unmatched_terms"]
    assert "Экологиялық тәрбие: кітап көрмесі – 2, викторина – 3" in unmatched


def test_what_a_list_of_counted_forms_is():
    assert lists_counted_forms("Краеведение: выставки – 3, экскурсии - 2")
    assert lists_counted_forms("Экология (беседы – 4; викторины – 2)")
    assert lists_counted_forms("Өлкетану:\nсаяхат – 2\nкітап шолуы – 3")
    assert not lists_counted_forms("Өлкетану:\nсаяхат\nкітап шолуы")
    assert not lists_counted_forms("Беседы, обзоры")
    assert not lists_counted_forms("Акция «Читаем вместе – 2024»")
    assert not lists_counted_forms("Уроки мужества: 5 классы, 6 классы")


def doc_with_line_under(table, line, **metadata):
    d = Document(id="x", path="x.txt", format="txt", metadata=dict(metadata))
    d.add_block(Block("paragraph", "Массовые мероприятия по формам"))
    d.add_table(table)
    d.add_block(Block("paragraph", line))
    return d


def test_the_total_on_the_line_under_a_table_without_one():
    # a text export writes a total row merged across the table as a line of its own under the rows
    t = table_of([["Форма работы", "Кол-во", "Присутствовало"],
                  ["Беседы", "14", "300"],
                  ["Викторины", "6", "150"]])
    got = by_label(event_stats.extract(doc_with_line_under(t, "Итого: 20 / 450", period="2021"), Config()))
    total = got["Итого"]["2021"]
    assert (total["event_type"], total["is_total"], total["row_no"], total["actual"], total["participants"]) \
        == ("total", 1, 3, 20, 450)


def test_a_line_under_a_table_with_its_own_total_adds_nothing():
    t = table_of([["Форма работы", "Кол-во", "Присутствовало"],
                  ["Беседы", "14", "300"],
                  ["Всего", "14", "300"]])
    got = by_label(event_stats.extract(doc_with_line_under(t, "Итого: 20 / 450", period="2021"), Config()))
    assert set(got) == {"Беседы", "Всего"}
    t = table_of([["Форма работы", "Кол-во", "Присутствовало"],
                  ["Беседы", "14", "300"],
                  ["Викторины", "6", "150"]])
    got = by_label(event_stats.extract(doc_with_line_under(t, "Итого проведено 20 мероприятий", period="2021"),
                                       Config()))
    assert set(got) == {"Беседы", "Викторины"}  # a sentence, not a total's line


def test_a_row_of_a_forms_table_listing_counted_forms_on_lines_has_no_type():
    t = table_of([["Формы работы", "Кол-во", "Участники"],
                  ["Книжные выставки", "9", "260"],
                  ["К Наурызу:\nкнижные выставки – 3\nбеседы – 2", "5", "140"],
                  ["Итого", "14", "400"]])
    got = by_label(records_of(t, period="2024"))
    assert got["Книжные выставки"]["2024"]["event_type"] == "exhibition.book"
    (label,) = [k for k in got if k.startswith("К Наурызу")]
    assert (got[label]["2024"]["event_type"], got[label]["2024"]["actual"]) == (None, 5)


def test_a_plan_of_events_with_who_is_responsible_gives_no_rows():
    # next year's plan: each row one event planned, with its form, month, who holds it and the reach hoped for
    t = table_of([["№", "Наименование", "Форма", "Срок", "Ответственный", "Охват"],
                  ["1", "Зимние вечера", "Литературный час", "I квартал", "Абонемент", "30"],
                  ["2", "Весна Победы", "Книжная выставка", "II квартал", "ЦДБ", "90"],
                  ["3", "День знаний", "Беседа", "III квартал", "Филиал №2", "25"]])
    assert by_label(records_of(t, period="2024")) == {}


def test_a_column_of_months_beside_the_forms_makes_a_list_of_single_events():
    t = table_of([["Іс-шара", "Түрі", "Айы", "Қатысқандар"],
                  ["Қысқы ертегілер", "Кітап көрмесі", "қаңтар", "38"],
                  ["Наурыз тойы", "Мереке", "наурыз", "120"],
                  ["Кітап апталығы", "Акция", "сәуір", "75"]])
    assert by_label(records_of(t, period="2024")) == {}


def test_a_table_by_month_keeps_its_month_rows():
    # the months are the labels here, each counting all forms held in it
    t = table_of([["Месяц", "Кол-во мероприятий", "Участники"],
                  ["Январь", "12", "300"],
                  ["Февраль", "15", "410"],
                  ["Итого", "27", "710"]])
    got = by_label(records_of(t, period="2024-Q1"))
    assert got["Январь"]["2024-Q1"]["actual"] == 12 and got["Итого"]["2024-Q1"]["participants"] == 710


def test_counts_by_direction_with_the_department_responsible_are_still_counts():
    t = table_of([["Направление работы", "Кол-во", "Участники", "Ответственный отдел"],
                  ["Краеведение", "12", "340", "Отдел краеведения"],
                  ["Экологическое просвещение", "8", "190", "Детская библиотека"],
                  ["Итого", "20", "530", ""]])
    got = by_label(records_of(t, period="2023"))
    assert (got["Краеведение"]["2023"]["actual"], got["Итого"]["2023"]["participants"]) == (12, 530)
