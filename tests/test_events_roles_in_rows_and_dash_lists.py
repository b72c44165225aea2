"""Event tables in two more shapes of other libraries' reports: each form
given two or three rows, one a role ("мероприятий" over "участников"), and a
list of forms written item by item with the count after a dash and the people
in brackets ("• беседы – 38 (815 чел.);")."""

import pytest

from esep.model import Block, Document, Provenance
from esep.registry import Config
from esep.plugins.events import stats as event_stats

from test_event_stats import doc_of, rows_of, table_of
from test_events_lists_and_notes import text_doc


def _rows(doc):
    return [(r.values["label"], r.values["event_type"], r.values["period"], r.values["plan"], r.values["actual"],
             r.values["participants"]) for r in rows_of(event_stats.extract(doc, Config()))]


def _records(doc):
    return list(rows_of(event_stats.extract(doc, Config())))


# -- each form in rows of its roles ------------------------------------------------------------------------

def _two_rows_a_form():
    # "Әңгімелер" merged down over its two rows, the role in the column beside it, two years across
    return table_of([["Іс-шара түрі", "Көрсеткіш", "2023 ж.", "2024 ж."],
                     ["Әңгімелер", "іс-шара саны", "14", "17"],
                     ["қатысушылар", "350", "402"],
                     ["Викториналар", "іс-шара саны", "9", "8"],
                     ["қатысушылар", "210", "188"],
                     ["Барлығы", "іс-шара саны", "23", "25"],
                     ["қатысушылар", "560", "590"]],
                    spans={(1, 0): (2, 1), (3, 0): (2, 1), (5, 0): (2, 1)})


def test_a_form_merged_over_its_count_row_and_its_people_row_is_one_row():
    rows = _rows(doc_of(_two_rows_a_form(), period="2024"))
    assert rows == [("Әңгімелер", "conversation", "2023", None, 14, 350),
                    ("Әңгімелер", "conversation", "2024", None, 17, 402),
                    ("Викториналар", "quiz", "2023", None, 9, 210),
                    ("Викториналар", "quiz", "2024", None, 8, 188),
                    ("Барлығы", "total", "2023", None, 23, 560),
                    ("Барлығы", "total", "2024", None, 25, 590)]


def test_the_records_point_at_the_printed_table():
    recs = _records(doc_of(_two_rows_a_form(), period="2024"))
    quiz = [r for r in recs if r.values["label"] == "Викториналар" and r.values["period"] == "2024"][0]
    assert quiz.cell == (3, 0)  # the label's cell as printed, not its place in the joined table
    assert quiz.values["actual_col"] == 3 and quiz.values["participants_col"] == 3
    assert [r.values["row_no"] for r in recs] == [1, 1, 2, 2, 3, 3]


def test_the_label_written_once_and_the_row_under_it_empty_as_a_text_export_writes_it():
    t = table_of([["Форма работы", "Показатель", "2024 г."],
                  ["Беседы", "мероприятий", "12"],
                  ["", "участников", "260"],
                  ["Громкие чтения", "мероприятий", "6"],
                  ["", "участников", "95"]])
    assert _rows(doc_of(t, period="2024")) == [("Беседы", "conversation", "2024", None, 12, 260),
                                               ("Громкие чтения", "reading", "2024", None, 6, 95)]


def test_three_rows_a_form_plan_held_and_people_under_one_year():
    t = table_of([["№", "Форма работы", "", "2022 год"],
                  ["1", "Экскурсии", "план", "5"],
                  ["проведено", "6"],
                  ["участников", "120"],
                  ["2", "Квесты", "план", "4"],
                  ["проведено", "4"],
                  ["участников", "88"]],
                 spans={(1, 0): (3, 1), (1, 1): (3, 1), (4, 0): (3, 1), (4, 1): (3, 1)})
    assert _rows(doc_of(t, period="2022")) == [("Экскурсии", "excursion", "2022", 5, 6, 120),
                                               ("Квесты", "game.quest", "2022", 4, 4, 88)]


def test_the_form_a_heading_row_with_its_roles_under_it():
    t = table_of([["Показатель", "2023 год", "2024 год"],
                  ["Обзоры литературы", "", ""],
                  ["– количество мероприятий", "18", "21"],
                  ["– число участников", "402", "455"],
                  ["Мастер-классы", "", ""],
                  ["– количество мероприятий", "7", "9"],
                  ["– число участников", "96", "130"]])
    assert _rows(doc_of(t, period="2024")) == [("Обзоры литературы", "review.literary", "2023", None, 18, 402),
                                               ("Обзоры литературы", "review.literary", "2024", None, 21, 455),
                                               ("Мастер-классы", "master_class", "2023", None, 7, 96),
                                               ("Мастер-классы", "master_class", "2024", None, 9, 130)]


def test_rows_of_indicators_that_do_not_repeat_per_form_are_read_as_before():
    # the count and the people once each, numbered: no form's rows, an ordinary table of indicators
    t = table_of([["№", "Показатель", "2023", "2024"],
                  ["1", "Количество мероприятий", "120", "131"],
                  ["2", "Количество участников", "3 400", "3 650"],
                  ["3", "Количество мероприятий для детей", "60", "64"],
                  ["4", "Количество участников для детей", "1 500", "1 610"]])
    assert event_stats.roles_in_rows(t) is None


# -- lists of forms with the count after a dash ------------------------------------------------------------

def test_a_bulleted_list_in_a_text_export_gives_each_form_its_count_and_people():
    d = text_doc(["Отчёт о работе за 2023 год",
                   "За год проведено 95 мероприятий. Формы работы:",
                   "•\tкнижные выставки – 40 (1 320 чел.);",
                   "•\tбеседы – 31 (640 чел.);",
                   "•\tквесты – 9 (150 чел.);",
                   "•\tдругие формы – 15 (300 чел.).",
                   "Работа будет продолжена."], "2023")
    assert _rows(d) == [("книжные выставки", "exhibition.book", "2023", None, 40, 1320),
                        ("беседы", "conversation", "2023", None, 31, 640),
                        ("квесты", "game.quest", "2023", None, 9, 150),
                        ("другие формы", None, "2023", None, 15, 300)]


def _paragraph_doc(paragraphs, period, kind="paragraph"):
    d = Document(id="x", path="x.docx", format="docx", metadata={"period": period})
    for i, text in enumerate(paragraphs):
        d.add_block(Block(kind if i > 1 else "paragraph", text, Provenance(paragraph=i)))
    return d


def test_list_items_as_paragraphs_with_a_total_item_and_counts_only():
    d = _paragraph_doc(["Есеп 2024 жыл",
                        "Іс-шаралар түрлері бойынша:",
                        "әңгімелер – 21;",
                        "викториналар – 12;",
                        "кездесулер: 6;",
                        "барлығы – 39."], "2024", kind="list_item")
    assert _rows(d) == [("әңгімелер", "conversation", "2024", None, 21, None),
                        ("викториналар", "quiz", "2024", None, 12, None),
                        ("кездесулер", "meeting", "2024", None, 6, None),
                        ("барлығы", "total", "2024", None, 39, None)]


@pytest.mark.parametrize("opening, items", [
    # a list of indicators, after a sentence that speaks of no events
    ("Основные показатели:", ["• пользователи – 5 200;", "• посещения – 41 300;", "• книговыдача – 102 400."]),
    # the libraries' events, no forms
    ("Мероприятия проведены в библиотеках:", ["• Центральная библиотека – 45;", "• Детская библиотека – 30;",
                                              "• сельские библиотеки – 61."]),
    # fewer people than events: the brackets are no people
    ("По формам работы:", ["• беседы – 40 (12);", "• викторины – 30 (9);", "• конкурсы – 20 (6)."]),
])
def test_dashed_lists_that_are_no_forms_with_their_counts(opening, items):
    assert _rows(_paragraph_doc(["Отчёт за 2023 год", opening, *items], "2023")) == []


# -- two forms joined by "и" ---------------------------------------------------------------------------------

def test_two_forms_joined_by_and_take_the_first_even_when_the_second_names_more_words():
    from esep.plugins.events import labels
    from esep.plugins.vocab import get_vocabulary

    match = labels.label_matcher(get_vocabulary("event_types", None, 85.0)).match
    assert match("Беседы и обзоры литературы для старшеклассников").id == "conversation"
    assert match("Викториналар мен әдеби кештер").id == "quiz"
    # the words after "и" name no form: the label is read as before
    assert match("Встречи с ветеранами и тружениками тыла").id == "meeting"
