"""Event tables of four more shapes: the people of the forms printed in a
table of their own after the table of counts, single events named in quotes
under the row of their form, sub-rows of dashes, and a figure a narrow PDF
column broke over two lines."""

from __future__ import annotations

from esep.plugins.events import stats as event_stats
from esep.plugins.events.stats import figure_cell
from esep.registry import Config

from conftest import report_of
from test_event_stats import by_label, records_of, rows_of, table_of


def _read(doc):
    return list(event_stats.extract(doc, Config()))


def test_the_people_of_the_forms_in_the_next_table_go_with_the_counts():
    counts = [["Жұмыс түрлері", "2021 ж.", "2022 ж."],
              ["Кітап көрмелері", "30", "34"],
              ["Әдеби кештер", "6", "9"],
              ["Барлығы", "36", "43"]]
    people = [["Жұмыс түрлері", "2021 ж.", "2022 ж."],
              ["Кітап көрмелері", "700", "820"],
              ["Әдеби кештер", "210", "300"],
              ["Барлығы", "910", "1120"]]
    d = report_of("2022", "2-кесте. Іс-шаралар саны", counts, "3-кесте. Іс-шараларға қатысқандар", people)
    records = _read(d)
    rows = rows_of(records)
    assert len(rows) == 6  # one row a form and year, not two
    got = by_label(records)
    assert (got["Кітап көрмелері"]["2022"]["actual"], got["Кітап көрмелері"]["2022"]["participants"]) == (34, 820)
    assert (got["Барлығы"]["2021"]["actual"], got["Барлығы"]["2021"]["participants"]) == (36, 910)
    # the people point at their own table and column
    assert got["Әдеби кештер"]["2021"]["participants_table"] == 1
    assert got["Әдеби кештер"]["2021"]["participants_col"] == 1
    assert {r.table_index for r in rows} == {0}


def test_a_second_table_of_counts_is_not_taken_for_people():
    # the caption names no people: a second table of counts (another year's branch, say) stays its own
    first = [["Формы", "2022 г."], ["Беседы", "12"], ["Викторины", "5"], ["Всего", "17"]]
    second = [["Формы", "2022 г."], ["Беседы", "40"], ["Викторины", "22"], ["Всего", "62"]]
    d = report_of("2022", "Мероприятия ЦБ", first, "Мероприятия ЦДБ", second)
    rows = rows_of(_read(d))
    assert len(rows) == 6
    assert all(r.values["participants"] is None for r in rows)


def test_people_smaller_than_the_counts_are_not_paired():
    first = [["Формы", "2022 г."], ["Беседы", "12"], ["Викторины", "5"], ["Всего", "17"]]
    second = [["Формы", "2022 г."], ["Беседы", "10"], ["Викторины", "3"], ["Всего", "13"]]
    d = report_of("2022", "Количество мероприятий", first, "Участники мероприятий", second)
    rows = rows_of(_read(d))
    assert len(rows) == 6 and all(r.values["participants"] is None for r in rows)


def test_single_events_named_in_quotes_under_their_form_are_no_rows():
    t = table_of([["Форма мероприятия", "Кол-во", "Присутствовало"],
                  ["Литературные часы", "6", "150"],
                  ["Литературный час «Стихи о маме»", "1", "24"],
                  ["Экскурсии", "4", "90"],
                  ["Экскурсия «Старый город»", "1", "30"],
                  ["Экскурсия «Музей писателя»", "", "18"],
                  ["Итого", "10", "240"]])
    rows = rows_of(records_of(t, period="2021"))
    assert [r.values["label"] for r in rows] == ["Литературные часы", "Экскурсии", "Итого"]
    # their places are still counted among the body rows
    assert [r.values["row_no"] for r in rows] == [1, 3, 6]


def test_a_named_form_counting_several_events_stays_a_row():
    # a club's meetings are many events under the club's name in quotes
    t = table_of([["Форма мероприятия", "Кол-во", "Присутствовало"],
                  ["Беседы", "8", "160"],
                  ["Заседания клуба «Собеседник»", "10", "150"],
                  ["Итого", "18", "310"]])
    got = by_label(records_of(t, period="2021"))
    assert got["Заседания клуба «Собеседник»"]["2021"]["actual"] == 10


def test_a_sub_row_of_dashes_is_a_row_not_a_heading():
    t = table_of([["Іс-шаралар түрлері", "Жоспар", "Орындалды", "Қатысқандар"],
                  ["Сайыстар", "5", "6", "180"],
                  ["оның ішінде балаларға", "", "–", "–"],
                  ["жасөспірімдерге", "", "6", "180"],
                  ["Барлығы", "5", "6", "180"]])
    rows = rows_of(records_of(t, period="2022"))
    labels = [r.values["label"] for r in rows]
    assert labels == ["Сайыстар", "оның ішінде балаларға", "жасөспірімдерге", "Барлығы"]
    empty = rows[1].values
    assert (empty["plan"], empty["actual"], empty["participants"]) == (None, None, None)


def test_a_figure_broken_over_lines_by_a_narrow_column():
    assert figure_cell("14\n2") == 142
    assert figure_cell("3\n10") is None  # a longer line after a shorter is no figure cut short
    assert figure_cell("96") == 96



def _by_library(talk_total: str, quiz_rural: str, rural_total: str, total: str):
    """Forms down, three libraries across, then the system's total and the people."""
    return table_of([["Формы работы", "ЦБ", "ДБ", "Сельские", "Всего по системе", "Участников"],
                     ["Беседы", "10", "14", "6", talk_total, "610"],
                     ["Викторины", "4", "9", quiz_rural, "13", "270"],
                     ["Итого", "14", "23", rural_total, total, "880"]])


def test_a_system_total_over_library_columns_beside_the_people_is_the_count():
    got = by_label(records_of(_by_library("30", "", "6", "43"), period="2020"))
    assert (got["Беседы"]["2020"]["actual"], got["Беседы"]["2020"]["participants"]) == (30, 610)
    assert got["Викторины"]["2020"]["actual_col"] == 4
    assert (got["Итого"]["2020"]["actual"], got["Итого"]["2020"]["participants"]) == (43, 880)


def test_a_total_the_columns_beside_it_do_not_add_up_to_is_not_guessed():
    got = by_label(records_of(_by_library("31", "1", "7", "44"), period="2020"))
    assert got["Беседы"]["2020"]["actual"] is None and got["Беседы"]["2020"]["participants"] == 610


def test_meetings_of_amateur_associations_are_club_sessions():
    # a club is often called a "любительское объединение" or "клуб по интересам"
    t = table_of([["Форма работы", "Кол-во", "Участники"],
                  ["Книжные выставки", "12", "300"],
                  ["Заседания любительских объединений", "24", "310"],
                  ["Заседания клубов по интересам", "9", "120"],
                  ["Всего", "45", "730"]])
    got = by_label(records_of(t, period="2023"))
    assert got["Заседания любительских объединений"]["2023"]["event_type"] == "club_session"
    assert got["Заседания клубов по интересам"]["2023"]["event_type"] == "club_session"
