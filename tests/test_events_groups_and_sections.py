"""Event tables of more shapes other libraries use: groups of readers across
beside a total column, cells of a count and its people under groups with no
role word, one table per quarter named by its caption, and totals of a
section of the table beside the table's own total."""

from __future__ import annotations

from esep.registry import Config
from esep.plugins.events import stats as event_stats

from conftest import report_of
from test_event_stats import by_label, records_of, rows_of, table_of


def _figures(records) -> dict[tuple[str, str], tuple]:
    return {(r.values["label"], r.values["period"]): (r.values["event_type"], r.values["actual"],
                                                      r.values["participants"], r.values["is_total"])
            for r in rows_of(records)}


def test_groups_of_readers_across_give_the_total_columns_figures():
    # children, young people and adults, each over a count and its people, then the total pair
    t = table_of([["Форма работы", "Дошкольники", "Школьники", "Взрослые", "Всего"],
                  ["кол-во", "чел.", "кол-во", "чел.", "кол-во", "чел.", "кол-во", "чел."],
                  ["Громкие чтения", "9", "150", "4", "80", "–", "–", "13", "230"],
                  ["Викторины", "3", "45", "6", "130", "2", "30", "11", "205"],
                  ["Итого", "12", "195", "10", "210", "2", "30", "24", "435"]],
                 spans={(0, 0): (2, 1), (0, 1): (1, 2), (0, 3): (1, 2), (0, 5): (1, 2), (0, 7): (1, 2)})
    got = by_label(records_of(t, period="2022"))
    assert got["Громкие чтения"]["2022"]["actual"] == 13
    assert got["Громкие чтения"]["2022"]["participants"] == 230
    assert got["Викторины"]["2022"]["actual"] == 11
    assert (got["Итого"]["2022"]["actual"], got["Итого"]["2022"]["participants"]) == (24, 435)
    assert set(got["Итого"]) == {"2022"}


def test_total_first_and_kazakh_groups_after_it():
    t = table_of([["Жұмыс түрлері", "Барлығы", "Балаларға", "Жастарға", "Үлкендерге"],
                  ["саны", "қатысушылар", "саны", "қатысушылар", "саны", "қатысушылар", "саны", "қатысушылар"],
                  ["Кітап көрмелері", "40", "1 100", "20", "600", "12", "300", "8", "200"],
                  ["Кездесулер", "9", "400", "2", "90", "3", "130", "4", "180"]],
                 spans={(0, 0): (2, 1), (0, 1): (1, 2), (0, 3): (1, 2), (0, 5): (1, 2), (0, 7): (1, 2)})
    got = _figures(records_of(t, period="2023"))
    assert got[("Кітап көрмелері", "2023")] == ("exhibition.book", 40, 1100, 0)
    assert got[("Кездесулер", "2023")] == ("meeting", 9, 400, 0)


def test_two_periods_each_over_a_count_and_people_are_no_groups():
    # the years across are periods, not groups of readers: each keeps its figures
    t = table_of([["Формы", "2022 г.", "2023 г.", "Всего за два года"],
                  ["кол-во", "участники", "кол-во", "участники", "кол-во", "участники"],
                  ["Беседы", "10", "200", "12", "260", "22", "460"],
                  ["Акции", "3", "500", "5", "700", "8", "1 200"]],
                 spans={(0, 0): (2, 1), (0, 1): (1, 2), (0, 3): (1, 2), (0, 5): (1, 2)})
    got = by_label(records_of(t, period="2023"))
    assert got["Беседы"]["2022"]["actual"] == 10 and got["Беседы"]["2023"]["actual"] == 12
    assert got["Акции"]["2023"]["participants"] == 700


def test_cells_of_count_and_people_under_groups_naming_no_role():
    # the caption says the cells are "count / people"; the header names groups and a total only
    t = table_of([["Іс-шара түрі", "Балалар", "Жасөспірімдер", "Ересектер", "Барлығы"],
                  ["Әдеби кештер", "4/120", "3/95", "–", "7/215"],
                  ["Викториналар", "6/150", "2/40", "1/25", "9/215"],
                  ["Барлығы", "10/270", "5/135", "1/25", "16/430"]])
    got = _figures(records_of(t, period="2021"))
    assert got[("Әдеби кештер", "2021")][1:3] == (7, 215)
    assert got[("Викториналар", "2021")] == ("quiz", 9, 215, 0)
    assert got[("Барлығы", "2021")] == ("total", 16, 430, 1)
    assert len(got) == 3


def test_each_quarter_table_takes_the_quarter_its_caption_names():
    head = ["Формы", "Кол-во", "Участники"]
    d = report_of("2023-H1",
             "Отчет за первое полугодие 2023 года",
             "Мероприятия I квартала:",
             [head, ["Беседы", "8", "160"], ["Обзоры", "5", "90"], ["Итого", "13", "250"]],
             "Мероприятия, проведенные во II квартале 2023 г.",
             [head, ["Беседы", "6", "120"], ["Обзоры", "7", "140"], ["Итого", "13", "260"]])
    got = _figures(event_stats.extract(d, Config()))
    assert got[("Беседы", "2023-Q1")][1:3] == (8, 160)
    assert got[("Беседы", "2023-Q2")][1:3] == (6, 120)
    assert got[("Итого", "2023-Q2")] == ("total", 13, 260, 1)
    assert not any(p == "2023-H1" for _, p in got)


def test_a_caption_naming_the_whole_period_or_two_periods_changes_nothing():
    head = ["Формы", "Кол-во", "Участники"]
    body = [["Беседы", "8", "160"], ["Обзоры", "5", "90"]]
    for caption in ("Мероприятия 2023 года", "Мероприятия I квартала в сравнении со II кварталом",
                    "Таблица 3. Мероприятия по формам"):
        d = report_of("2023-H1", caption, [head, *body])
        assert {p for _, p in _figures(event_stats.extract(d, Config()))} == {"2023-H1"}, caption


def test_totals_of_a_section_beside_the_tables_total():
    # the grand total first, then sections with their sums and an online part under each form
    t = table_of([["Формы мероприятий", "Количество", "Участники"],
                  ["ВСЕГО", "60", "1 500"],
                  ["Беседы", "20", "400"], ["из них онлайн", "5", "150"],
                  ["Обзоры", "10", "300"],
                  ["Итого по разделу", "30", "700"],
                  ["Мастер-классы", "30", "800"],
                  ["Итого по разделу", "30", "800"]])
    recs = rows_of(records_of(t, period="2022"))
    totals = [r.values["label"] for r in recs if r.values["is_total"]]
    assert totals == ["ВСЕГО"]
    sections = [r.values for r in recs if r.values["label"] == "Итого по разделу"]
    assert [(v["event_type"], v["actual"]) for v in sections] == [(None, 30), (None, 30)]
    online = next(r.values for r in recs if r.values["label"] == "из них онлайн")
    assert (online["event_type"], online["actual"], online["is_total"]) == (None, 5, 0)


def test_a_section_sum_in_kazakh_and_a_table_of_section_sums_only():
    t = table_of([["Іс-шара түрлері", "Саны", "Қатысушылар"],
                  ["Кітап көрмелері", "12", "300"], ["Бөлім бойынша барлығы", "12", "300"],
                  ["Кездесулер", "4", "90"], ["Бөлім бойынша барлығы", "4", "90"],
                  ["Жиыны", "16", "390"]])
    recs = rows_of(records_of(t, period="2021"))
    assert [r.values["label"] for r in recs if r.values["is_total"]] == ["Жиыны"]
    # with no total of the table, the sum of its only section is the table's total
    t2 = table_of([["Іс-шара түрлері", "Саны", "Қатысушылар"],
                   ["Кітап көрмелері", "12", "300"], ["Кездесулер", "4", "90"],
                   ["Бөлім бойынша барлығы", "16", "390"]])
    recs2 = rows_of(records_of(t2, period="2021"))
    assert [r.values["label"] for r in recs2 if r.values["is_total"]] == ["Бөлім бойынша барлығы"]


def test_groups_of_readers_down_are_kept_without_a_form():
    # rows are groups of readers, no form of work: kept with their labels and no type ("Оқушылар" is no reading)
    for head, groups, total in (
            (["Читательская группа", "Кол-во мероприятий", "Присутствовало"],
             [["Дошкольники", "14", "210"], ["Школьники", "52", "1 300"], ["Пенсионеры", "9", "150"]], "Итого"),
            (["Оқырмандар тобы", "Іс-шаралар саны", "Қатысушылар"],
             [["Оқушылар", "30", "640"], ["Жастар", "11", "250"], ["Ересектер", "8", "170"]], "Барлығы")):
        t = table_of([head, *groups, [total, "75", "1 660"]])
        got = _figures(records_of(t, period="2022"))
        for label, count, people in groups:
            assert got[(label, "2022")][:2] == (None, int(count)), label
        assert got[(total, "2022")][0] == "total"


def test_readers_by_category_are_no_event_table():
    t = table_of([["Категория пользователей", "Пользователи", "Посещения", "Книговыдача"],
                  ["Дети до 14 лет", "4 100", "31 000", "88 000"], ["Взрослые", "6 300", "40 200", "101 500"],
                  ["Итого", "10 400", "71 200", "189 500"]])
    assert rows_of(records_of(t, period="2022")) == []


def test_a_list_of_single_events_by_month_with_their_titles_gives_no_rows():
    # one event a row: its month, its own title in quotes, its form and its people; no count of a kind of event
    t = table_of([["Айы", "Іс-шара атауы", "Түрі", "Қатысқандар"],
                  ["Қаңтар", "«Жаңа жыл ертегілері»", "Кітап көрмесі", "30"],
                  ["Ақпан", "«Ақын жүрегі»", "Әдеби кеш", "42"],
                  ["Наурыз", "«Көктем шуағы»", "Викторина", "25"]])
    assert rows_of(records_of(t, period="2023-Q1")) == []
    # libraries named in quotes in the label column are still rows of a table by branch
    t2 = table_of([["Библиотека", "Кол-во мероприятий", "Участники"],
                   ["Библиотека-филиал «Родник»", "24", "610"], ["Библиотека-филиал «Шанырак»", "18", "420"],
                   ["Итого", "42", "1 030"]])
    got = _figures(records_of(t2, period="2023"))
    assert got[("Итого", "2023")][1:3] == (42, 1030)
    assert len(got) == 3


def test_cells_with_the_word_of_what_they_count_or_their_online_part():
    t = table_of([["Іс-шара түрі", "Саны", "Қатысушылар"],
                  ["Әдеби кештер", "8 іс-шара", "260 адам"], ["Акциялар", "3 шара", "410 қатысушы"],
                  ["Барлығы", "11 іс-шара", "670 адам"]])
    got = _figures(records_of(t, period="2022"))
    assert got[("Әдеби кештер", "2022")][1:3] == (8, 260)
    assert got[("Барлығы", "2022")][1:3] == (11, 670)
    t2 = table_of([["Форма работы", "Проведено (в т.ч. онлайн)", "Участники"],
                   ["Беседы", "40 (6 онлайн)", "900"], ["Мастер-классы", "15 (в т.ч. 4 онлайн)", "300"],
                   ["Итого", "55 (10 онлайн)", "1 200"]])
    got2 = _figures(records_of(t2, period="2022"))
    assert got2[("Беседы", "2022")][1:3] == (40, 900)
    assert got2[("Итого", "2022")][1:3] == (55, 1200)


def test_a_year_with_its_part_in_brackets_is_still_a_header():
    t = table_of([["Формы", "2019 (9 мес.)", "2020 (9 мес.)"],
                  ["Беседы", "12", "15"], ["Обзоры", "7", "9"]])
    got = by_label(records_of(t, period="2020-9M"))
    assert got["Беседы"]["2020-9M"]["actual"] == 15 and got["Беседы"]["2019-9M"]["actual"] == 12


def test_groups_whose_head_names_the_two_roles_of_their_cells():
    t = table_of([["Форма", "Дошкольники (мер./чел.)", "Школьники (мер./чел.)", "Всего (мер./чел.)"],
                  ["Громкие чтения", "5/90", "7/160", "12/250"], ["Викторины", "2/35", "6/150", "8/185"],
                  ["Итого", "7/125", "13/310", "20/435"]])
    got = _figures(records_of(t, period="2021"))
    assert got[("Громкие чтения", "2021")] == ("reading", 12, 250, 0)
    assert got[("Итого", "2021")] == ("total", 20, 435, 1)


def test_a_group_head_a_pdf_cut_in_two_over_its_roles():
    # "Дети до 14 лет" over "кол-во | участники" read from a PDF as "Дети лет" | "до 14", one cell over each
    t = table_of([["Формы", "Дети лет", "до 14", "Взрослые", "Всего"],
                  ["кол-во", "участники", "кол-во", "участники", "кол-во", "участники"],
                  ["Беседы", "10", "240", "4", "90", "14", "330"], ["Акции", "2", "300", "3", "410", "5", "710"],
                  ["Итого", "12", "540", "7", "500", "19", "1 040"]],
                 spans={(0, 0): (2, 1), (0, 3): (1, 2), (0, 5): (1, 2)})
    got = _figures(records_of(t, period="2023"))
    assert got[("Беседы", "2023")] == ("conversation", 14, 330, 0)
    assert got[("Итого", "2023")] == ("total", 19, 1040, 1)


def test_a_sentence_before_the_table_naming_a_part_is_no_caption_of_it():
    d = report_of("2023", "Итоги работы в I полугодии показали рост, а за год проведено:",
             [["Формы", "Кол-во", "Участники"], ["Беседы", "20", "400"], ["Обзоры", "9", "180"]])
    assert {p for _, p in _figures(event_stats.extract(d, Config()))} == {"2023"}
