"""Event tables in shapes of other libraries' reports: a list of forms set
with leader dots and no header, groups of readers under the count with no
total printed, forms followed by a dash and a note, a figure with its online
part on a second line of the cell, directions of work down and forms across."""

from esep.registry import Config
from esep.plugins.events import stats as event_stats
from esep.plugins.text.loader import parse
from esep.plugins.vocab import get_vocabulary

from test_event_stats import doc_of, rows_of, table_of


def _rows(doc):
    return [(r.values["label"], r.values["event_type"], r.values["period"], r.values["actual"],
             r.values["participants"]) for r in rows_of(event_stats.extract(doc, Config()))]


def text_doc(lines, period):
    d = parse("\r\n".join(lines) + "\r\n", "x.txt")
    d.metadata["period"] = period
    return d


def test_a_list_of_forms_with_leader_dots_after_a_sentence_on_events():
    d = text_doc(["Есеп беру жылы кітапханалар 96 іс-шара өткізді.",
                   "Іс-шаралар түрлері бойынша:",
                   "Кітап көрмелері .............................. 41",
                   "Әңгімелер ...................................... 23",
                   "Викториналар ................................. 17",
                   "Басқалары ...................................... 15",
                   "Барлығы ......................................... 96",
                   "",
                   "Келесі жылы жұмыс жалғасады."], "2023")
    rows = _rows(d)
    assert ("Кітап көрмелері", "exhibition.book", "2023", 41, None) in rows
    assert ("Викториналар", "quiz", "2023", 17, None) in rows
    assert ("Басқалары", None, "2023", 15, None) in rows
    assert ("Барлығы", "total", "2023", 96, None) in rows
    assert len(rows) == 5


def test_a_list_of_forms_after_a_sentence_naming_the_people_holds_the_people():
    d = text_doc(["Число участников мероприятий по формам работы:",
                   "Литературные вечера ............ 420",
                   "Беседы ............................ 515",
                   "Конкурсы ......................... 260"], "2022")
    assert sorted(_rows(d)) == [("Беседы", "conversation", "2022", None, 515),
                                ("Конкурсы", "contest", "2022", None, 260),
                                ("Литературные вечера", "hour.literary", "2022", None, 420)]


def test_a_list_of_fund_parts_with_leader_dots_is_no_event_table():
    d = text_doc(["Состав фонда по видам документов:",
                   "Книги ............................ 84 310",
                   "Брошюры ......................... 2 115",
                   "Периодические издания ..... 5 402"], "2022")
    assert _rows(d) == []


def test_groups_of_readers_under_the_count_and_no_total_give_no_count():
    t = table_of([["Форма", "Количество мероприятий", "Присутствовало"],
                  ["для детей", "для молодёжи", "для взрослых"],
                  ["Беседы", "11", "4", "6", "390"],
                  ["Викторины", "8", "3", "–", "205"],
                  ["Итого", "19", "7", "6", "595"]],
                 spans={(0, 0): (2, 1), (0, 1): (1, 3), (0, 4): (2, 1)})
    assert _rows(doc_of(t, period="2021")) == [("Беседы", "conversation", "2021", None, 390),
                                               ("Викторины", "quiz", "2021", None, 205),
                                               ("Итого", "total", "2021", None, 595)]


def test_a_total_among_the_parts_under_the_count_is_the_count():
    t = table_of([["Форма", "Количество мероприятий", "Присутствовало"],
                  ["в библиотеке", "онлайн", "всего"],
                  ["Беседы", "9", "2", "11", "390"],
                  ["Викторины", "5", "3", "8", "205"]],
                 spans={(0, 0): (2, 1), (0, 1): (1, 3), (0, 4): (2, 1)})
    assert _rows(doc_of(t, period="2021")) == [("Беседы", "conversation", "2021", 11, 390),
                                               ("Викторины", "quiz", "2021", 8, 205)]


def test_a_form_followed_by_a_dash_and_a_note_is_that_form():
    vocab = get_vocabulary("event_types")
    assert event_stats.match_label(vocab, "2. Әңгімелер, сайыстар – мектеп оқушыларымен").id == "conversation"
    assert event_stats.match_label(vocab, "Выставки – к юбилеям писателей").id == "exhibition.book"
    # the part after the dash names a form: the pair is read as before
    assert event_stats.match_label(vocab, "Час – викторина").id == "quiz"


def test_a_part_of_the_year_cut_short_is_no_form():
    vocab = get_vocabulary("event_types")
    assert event_stats.match_label(vocab, "II кв.").id is None
    assert not event_stats.is_form(vocab, "III кв.")
    assert event_stats.match_label(vocab, "Квесты").id == "game.quest"


def test_the_online_part_on_a_line_of_its_own_in_the_cell():
    t = table_of([["Мероприятия", "Кол-во", "Участники"],
                  ["Обзоры", "31\n(в т.ч. онлайн 7)", "640\n(в т.ч. онлайн 1 210)"],
                  ["Акции", "6", "1 020"],
                  ["Всего", "37\n(в т.ч. онлайн 7)", "1 660"]])
    assert _rows(doc_of(t, period="2024")) == [("Обзоры", "review.literary", "2024", 31, 640),
                                               ("Акции", "action", "2024", 6, 1020),
                                               ("Всего", "total", "2024", 37, 1660)]


def test_directions_down_and_forms_across_give_each_form_from_the_total_row():
    t = table_of([["Жұмыс бағыты", "кітап көрмелері", "әңгімелер", "викториналар", "барлығы", "қатысушылар"],
                  ["Патриоттық тәрбие", "6", "4", "2", "12", "310"],
                  ["Экологиялық тәрбие", "3", "2", "4", "9", "240"],
                  ["Салауатты өмір салты", "2", "5", "1", "8", "175"],
                  ["Барлығы", "11", "11", "7", "29", "725"]])
    rows = _rows(doc_of(t, period="2023"))
    assert ("Патриоттық тәрбие", None, "2023", 12, 310) in rows
    assert ("Барлығы", "total", "2023", 29, 725) in rows
    assert ("кітап көрмелері", "exhibition.book", "2023", 11, None) in rows
    assert ("әңгімелер", "conversation", "2023", 11, None) in rows
    assert ("викториналар", "quiz", "2023", 7, None) in rows
    assert len(rows) == 7


def _paragraph_doc(paragraphs, period):
    from esep.model import Block, Document, Provenance

    d = Document(id="x", path="x.docx", format="docx", metadata={"period": period})
    for i, text in enumerate(paragraphs):
        d.add_block(Block("paragraph", text, Provenance(paragraph=i)))
    return d


def test_a_list_with_leader_dots_typed_as_paragraphs():
    d = _paragraph_doc(["Отчёт о работе за 2024 год",
                        "Всего проведено 120 мероприятий, в том числе:",
                        "Обзоры литературы ............................ 35",
                        "Громкие чтения ................................ 28",
                        "Экскурсии ...................................... 12",
                        "Другие формы ................................ 45",
                        "Библиотеки работали по утверждённому плану."], "2024")
    recs = rows_of(event_stats.extract(d, Config()))
    assert [(r.values["label"], r.values["event_type"], r.values["actual"]) for r in recs] == [
        ("Обзоры литературы", "review.literary", 35), ("Громкие чтения", "reading", 28),
        ("Экскурсии", "excursion", 12), ("Другие формы", None, 45)]
    # the list is in no table: each row points at its own paragraph
    assert {r.table_index for r in recs} == {None}
    assert [r.provenance.paragraph for r in recs] == [2, 3, 4, 5]


def test_leader_items_a_reader_joined_into_one_paragraph():
    d = _paragraph_doc(["Мероприятия по формам работы:",
                        "Беседы ............. 21 Викторины ............. 14",
                        "Конкурсы ........... 9 мер. Итого ............ 44"], "2023")
    assert _rows(d) == [("Беседы", "conversation", "2023", 21, None), ("Викторины", "quiz", "2023", 14, None),
                        ("Конкурсы", "contest", "2023", 9, None), ("Итого", "total", "2023", 44, None)]


def test_a_table_of_contents_with_leader_dots_is_no_event_list():
    d = _paragraph_doc(["СОДЕРЖАНИЕ",
                        "Книжные выставки .................. 9",
                        "Беседы ................................. 12",
                        "Викторины ............................ 14",
                        "Конкурсы ............................. 15"], "2023")
    assert _rows(d) == []
