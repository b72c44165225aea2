"""Event figures in two more shapes of other libraries' reports: a cell holding
the count over its people on two lines ("9" over "210"), and the forms of work
listed with their counts in a sentence, each figure before its form ("… 14 кітап
көрмесі, 6 әдеби кеш және 3 кездесу өткізілді")."""

import pytest

from esep.model import Block, Document, Provenance
from esep.registry import Config
from esep.plugins.events import stats as event_stats
from esep.plugins.vocab import get_vocabulary

from test_event_stats import doc_of, rows_of, table_of


def _rows(doc):
    return [(r.values["label"], r.values["event_type"], r.values["period"], r.values["actual"],
             r.values["participants"]) for r in rows_of(event_stats.extract(doc, Config()))]


# -- the count over its people in one cell ---------------------------------------------------------------

def test_a_cell_of_two_lines_is_the_count_over_its_people():
    t = table_of([["Вид мероприятия", "2022 г.", "2023 г."],
                  ["Викторины", "9\n210", "11\n1 045"],
                  ["Беседы", "17\n380", "15\n402"],
                  ["Итого", "26\n590", "26\n1 447"]])
    assert _rows(doc_of(t, period="2023")) == [
        ("Викторины", "quiz", "2022", 9, 210), ("Викторины", "quiz", "2023", 11, 1045),
        ("Беседы", "conversation", "2022", 17, 380), ("Беседы", "conversation", "2023", 15, 402),
        ("Итого", "total", "2022", 26, 590), ("Итого", "total", "2023", 26, 1447)]


def test_a_figure_a_narrow_column_broke_at_its_group_space_stays_one_figure():
    # every two-line cell may be one figure ("1" / "240" for 1 240): none says it holds two
    t = table_of([["Вид мероприятия", "2023 г."],
                  ["Викторины", "1\n240"],
                  ["Беседы", "980"],
                  ["Конкурсы", "2\n100"]])
    assert [r[3] for r in _rows(doc_of(t, period="2023"))] == [1240, 980, 2100]


def test_two_lines_under_a_count_and_its_people_named_by_the_header():
    t = table_of([["Іс-шара түрі", "2024 ж.\nсаны / қатысушылар"],
                  ["Әңгімелер", "12\n310"],
                  ["Викториналар", "7\n150"],
                  ["Барлығы", "19\n460"]])
    assert _rows(doc_of(t, period="2024")) == [
        ("Әңгімелер", "conversation", "2024", 12, 310), ("Викториналар", "quiz", "2024", 7, 150),
        ("Барлығы", "total", "2024", 19, 460)]


# -- forms listed in a sentence ----------------------------------------------------------------------------

def _prose_doc(paragraphs, period, *tables):
    d = Document(id="x", path="x.docx", format="docx", metadata={"period": period})
    for i, text in enumerate(paragraphs):
        d.add_block(Block("paragraph", text, Provenance(paragraph=i)))
    for t in tables:
        d.add_table(t)
    return d


def test_kazakh_forms_each_after_its_count_in_one_sentence():
    d = _prose_doc(["Жұмыс есебі, 2023 жыл",
                    "Жыл бойы 96 іс-шара өткізілді. Соның ішінде 14 кітап көрмесі, 6 әдеби кеш, "
                    "8 викторина және 3 кездесу ұйымдастырылды."], "2023")
    assert _rows(d) == [("кітап көрмесі", "exhibition.book", "2023", 14, None),
                        ("әдеби кеш", "hour.literary", "2023", 6, None),
                        ("викторина", "quiz", "2023", 8, None),
                        ("кездесу", "meeting", "2023", 3, None)]
    recs = rows_of(event_stats.extract(d, Config()))
    assert all(r.table_index is None for r in recs)
    assert {r.provenance.paragraph for r in recs} == {1}


def test_russian_forms_in_the_genitive_after_the_verb_with_people_in_brackets():
    d = _prose_doc(["Отчёт за 2024 год",
                    "За год проведено 31 книжных выставок (1 120 чел.), 12 бесед (260 чел.) "
                    "и 7 викторин (140 чел.)."], "2024")
    assert _rows(d) == [("книжных выставок", "exhibition.book", "2024", 31, 1120),
                        ("бесед", "conversation", "2024", 12, 260),
                        ("викторин", "quiz", "2024", 7, 140)]


def test_the_clause_of_all_events_and_their_people_is_no_form():
    # the total and its people open the sentence: the forms keep their counts, no row of "іс-шара"
    d = _prose_doc(["Есеп 2022", "Жыл ішінде 120 іс-шара өткізілді, оларға 3 400 адам қатысты, оның ішінде "
                    "20 кітап көрмесі, 9 викторина, 4 дөңгелек үстел."], "2022")
    assert _rows(d) == [("кітап көрмесі", "exhibition.book", "2022", 20, None),
                        ("викторина", "quiz", "2022", 9, None),
                        ("дөңгелек үстел", "round_table", "2022", 4, None)]


@pytest.mark.parametrize("text", [
    # the fund's additions: nothing held
    "В фонд поступило 1 250 книг, 46 журналов и 12 газет.",
    # held, but not forms of work
    "Жыл ішінде 3 ауылдық кітапхана, 2 филиал және 4 пункт жөнделіп, іс-шаралар өткізілді.",
    # two forms only
    "Проведено 12 бесед и 7 викторин.",
])
def test_sentences_that_list_no_forms_with_their_counts(text):
    assert _rows(_prose_doc(["Отчёт за 2024 год", text], "2024")) == []


def test_a_sentence_beside_a_table_of_events_adds_no_rows():
    t = table_of([["Форма работы", "Количество"], ["Беседы", "12"], ["Викторины", "7"], ["Конкурсы", "4"]])
    d = _prose_doc(["Отчёт за 2024 год", "Проведено 12 бесед, 7 викторин и 4 конкурса."], "2024", t)
    assert [r[0] for r in _rows(d)] == ["Беседы", "Викторины", "Конкурсы"]


def test_film_screenings_are_video_salons():
    vocab = get_vocabulary("event_types", None, 85.0)
    for label in ("Мультфильм көрсетілімдері", "Показ мультфильмов", "Фильм көрсетілімі"):
        assert event_stats.match_label(vocab, label).id == "video_salon", label
