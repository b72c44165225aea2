"""Event tables as other libraries write them, and the same table in .docx
and .pdf: periods written year first, row labels matched by their words,
labels wrapped inside a cell or onto a second row, a header left on the
page before its body, and labels a narrow PDF column broke inside words."""

from pathlib import Path

import pytest

from esep.registry import Config
from esep.plugins.events import labels, stats as event_stats
from esep.plugins.events.stats import header_period
from esep.plugins.vocab import get_vocabulary

from test_event_stats import doc_of, rows_of, table_of

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "events"


def extract(*tables, **metadata):
    recs = list(event_stats.extract(doc_of(*tables, **metadata), Config()))
    return recs, {(r.values["label"], r.values["period"]): r.values for r in rows_of(recs)}


# -- periods ---------------------------------------------------------------------------

@pytest.mark.parametrize("text,code", [
    ("2013 г. (I кв.)", "2013-Q1"),
    ("2019 г. (9 мес.)", "2019-9M"),
    ("2020 г.\n(9 мес.)", "2020-9M"),
    ("2018 ж. (І тоқсан)", "2018-Q1"),  # a Cyrillic І
    ("2019 жыл (ІІ тоқсан)", "2019-Q2"),
    ("2018 (1 полугодие)", "2018-H1"),
    ("2020 г. (I пол.)", "2020-H1"),
    ("январь-сентябрь 2019 г.", "2019-9M"),
    ("2019 г. (январь–июнь)", "2019-H1"),
    ("қаңтар-маусым 2019 ж.", "2019-H1"),
    ("2019 г. (отчёт)", "2019"),  # brackets that name no part of the year
    ("I кв. 2013 г.", "2013-Q1"),
    ("2022.", "2022"),  # a speck after the year on a scan
    ("2017 ж. І ж/ж", "2017-H1"),
    # Kazakh in Latin letters, read as written: y is ы, not й
    ("2024 j. 2-şi jartyjyldyq", "2024-H2"),
    ("2019 j. 1-shi jartyjyldyǵy", "2019-H1"),
])
def test_periods_with_the_year_first(text, code):
    assert header_period(text) == code


def test_a_period_split_over_two_header_cells():
    # a PDF table read "2020 г. (9 мес.)" over two columns as two cells
    rows = [
        ["Формы работы", "2019 г. (9 мес.)", "2020 г.", "(9 мес.)"],
        ["кол-во", "чел.", "кол-во", "чел."],
        ["Книжные выставки", "48", "1 199", "47", "1 137"],
        ["Беседы", "14", "279", "18", "347"],
        ["Итого", "62", "1 478", "65", "1 484"],
    ]
    _, got = extract(table_of(rows, {(0, 0): (2, 1), (0, 1): (1, 2)}))
    assert {p for _, p in got} == {"2019-9M", "2020-9M"}
    assert got[("Книжные выставки", "2020-9M")]["participants"] == 1137
    assert got[("Итого", "2020-9M")]["actual"] == 65


# -- labels ------------------------------------------------------------------------------

@pytest.mark.parametrize("label,type_id", [
    ("Встречи с интересными людьми", "meeting"),  # Russian: the head word first
    ("Книжно-иллюстративные выставки", "exhibition.book"),
    ("Обзоры у выставки", "review.literary"),
    ("Конкурстар", "contest"),  # a Kazakh plural of a Russian loan word
    ("Сайыс-викториналар", "quiz"),
    ("Мастер-кластар", "master_class"),
    ("Кітап таныстыру", "presentation.book"),
    ("Кітаптар таныстырылымдары", "presentation.book"),  # the noun of presenting
    ("Лит. часы", "hour.literary"),  # an abbreviation
    ("Дөңгелекүстел", "round_table"),  # the space lost
    ("Презентациикниг", "presentation.book"),
    ("Кітап көрмелері / Книжные выставки", "exhibition.book"),
    ("Другие формы", None),  # not a type: not guessed
    ("Басқа да шаралар", None),
    ("Жмыхобразование квазистратов", None),
])
def test_labels_by_their_words(label, type_id):
    assert event_stats.match_label(get_vocabulary("event_types"), label).id == type_id


def test_label_lines_joined():
    assert labels.label_text("Книжно\n-\nиллюстративные\nвыставки") == "Книжно-иллюстративные выставки"
    assert labels.label_text("Лит\n.\nчасы") == "Лит. часы"
    assert labels.label_text("Беседы-\nдиалоги") == "Беседы-диалоги"
    assert labels.label_text("Круглый\nстол") == "Круглый стол"


class KnownWords:
    """A dictionary that knows a given list of words (for :class:`labels.Words`)."""

    def __init__(self, words):
        self.words = set(words)

    def check(self, words):
        list(words)

    def __contains__(self, word):
        return word in self.words


def test_pdf_labels_respaced_from_known_words():
    words = labels.Words(KnownWords({"презентация", "книги", "итого", "то", "того", "басқа", "басқада", "да",
                                     "шаралар", "интересными", "людьми", "встречи"}))
    assert labels.respace("Презентациякниги", words) == "Презентация книги"
    # a word broken into letters: one known word rather than "И ТОГО"
    assert labels.respace("И\nТ\nО\nГО", words) == "ИТОГО"
    # a break after a whole word is kept: not "Басқада шаралар"
    assert labels.respace("Басқа\nдашаралар", words) == "Басқа да шаралар"
    assert labels.respace("Встречи с\nинтереснымилюдьми", words) == "Встречи с интересными людьми"
    # words nothing knows stay as the loader read them
    assert labels.respace("Жмыхобразование\nквазистратов", words) == "Жмыхобразование квазистратов"
    # a short word no dictionary knows is a word, not short words glued
    short = labels.Words(KnownWords({"к", "вес", "ты", "игры", "квизы"}))
    assert labels.respace("Квесты", short) == "Квесты"
    assert labels.respace("Игрыквизы", short) == "Игры квизы"
    assert labels.respace("Буктрейлеры", labels.Words(KnownWords({"бук", "трейлеры"}))) == "Буктрейлеры"


# -- wrapped rows ------------------------------------------------------------------------

def test_labels_wrapped_onto_a_second_row():
    rows = [
        ["Формы работы", "кол-во", "присутствовало"],
        ["Книжные выставки", "20", "640"],
        ["Встречи с интересными", "", ""],  # the label goes on below, with the figures
        ["людьми", "3", "117"],
        ["Литературные", "5", "150"],  # the figures on the first line, the label goes on
        ["часы", "", ""],
        ["Выставки", "4", "90"],
        ["в т.ч. виртуальные", "1", "30"],  # a sub-row, not the rest of a label
        ["Итого", "32", "1027"],
    ]
    recs, got = extract(table_of(rows), period="2019")
    assert [k[0] for k in got] == ["Книжные выставки", "Встречи с интересными людьми", "Литературные часы",
                                   "Выставки", "в т.ч. виртуальные", "Итого"]
    v = got[("Встречи с интересными людьми", "2019")]
    assert (v["event_type"], v["actual"], v["participants"], v["row_no"]) == ("meeting", 3, 117, 2)
    v = got[("Литературные часы", "2019")]
    assert (v["event_type"], v["actual"], v["participants"]) == ("hour.literary", 5, 150)
    # provenance: the cell where the label starts
    first = next(r for r in rows_of(recs) if r.values["label"] == "Встречи с интересными людьми")
    assert first.cell == (2, 0) and first.evidence == "Встречи с интересными\nлюдьми"


def test_a_header_left_on_the_page_before_its_body():
    # a PDF table broken right under its header: the header's lower row was lost too
    head = table_of([["Жұмыс түрлері", "2012 ж.", "2013 ж."]])
    body = table_of([
        ["Көрмелер", "64", "1 583", "65", "1 700"],
        ["Викториналар", "10", "225", "14", "328"],
        ["Конкурстар", "6", "218", "8", "298"],
        ["Барлығы", "80", "2 026", "87", "2 326"],
    ])
    recs, got = extract(head, body)
    assert got[("Көрмелер", "2012")]["actual"] == 64 and got[("Көрмелер", "2012")]["participants"] == 1583
    assert got[("Конкурстар", "2013")]["event_type"] == "contest"
    assert got[("Барлығы", "2013")]["participants"] == 2326
    r = next(r for r in rows_of(recs) if r.values["label"] == "Конкурстар")
    assert r.table_index == 1 and r.cell == (2, 0)  # the body table's own cell


def test_a_header_of_periods_over_a_body_that_names_only_its_roles():
    head = table_of([["Ж", "2012 жыл", "2013 ж."]])
    body = table_of([
        ["ұм\nыс\nтү\nрл\nер\nі", "саны", "адам", "саны", "адам"],
        ["Көрмелер", "68", "1 625", "57", "1 543"],
        ["Әдебиет сағаты", "14", "368", "24", "664"],
        ["Конкурстар", "11", "420", "4", "140"],
        ["Барлығы", "93", "2 413", "85", "2 347"],
    ])
    recs, got = extract(head, body)
    assert len(got) == 8 and {p for _, p in got} == {"2012", "2013"}
    v = got[("Әдебиет сағаты", "2013")]
    assert (v["event_type"], v["actual"], v["participants"]) == ("hour.literary", 24, 664)
    assert next(r for r in rows_of(recs) if r.values["label"] == "Көрмелер").cell == (1, 0)


def test_a_table_of_figures_after_a_header_of_another_table_is_not_joined():
    head = table_of([["Көрсеткіштер", "2012 ж.", "2013 ж."]])
    body = table_of([["Оқырмандар", "19 437", "18 887"], ["Кітап берілімі", "371 088", "355 521"],
                     ["Келушілер", "190 251", "185 825"]])
    recs, _ = extract(head, body)
    assert not rows_of(recs)


# -- the same report in .docx and .pdf ------------------------------------------------------

def test_narrow_label_columns_give_the_same_rows_in_docx_and_pdf():
    """tests/fixtures/events/narrow.{docx,pdf}: LibreOffice's PDF of a .docx
    whose label columns are so narrow the labels break inside words
    ("Презентациикниг", "Ж" / "И" / "Ы" / "Н" / "Ы")."""
    from esep.plugins.docx.loader import load as load_docx
    from esep.plugins.pdf.loader import load as load_pdf

    def rows(doc):
        return [(r.values["label"], r.values["period"], r.values["event_type"], r.values["actual"],
                 r.values["participants"]) for r in rows_of(event_stats.extract(doc, Config()))]

    docx_rows = rows(load_docx(FIXTURES / "narrow.docx", Config()))
    pdf_rows = rows(load_pdf(FIXTURES / "narrow.pdf", Config()))
    assert len(docx_rows) == len(pdf_rows) == 32
    assert [r[1:] for r in pdf_rows] == [r[1:] for r in docx_rows]  # periods, types and figures
    differ = [(p[0], d[0]) for p, d in zip(pdf_rows, docx_rows) if p[0] != d[0]]
    # "Басқадашаралар" printed without a space: "басқада" is a Kazakh word too, so
    # nothing tells "Басқа да" from "Басқада"; every other label is as written
    assert set(differ) <= {("Басқада шаралар", "Басқа да шаралар")}
    assert ("Презентации книг", "2018-9M", "presentation.book", 3, 104) in pdf_rows
    assert ("ЖИЫНЫ", "2019", "total", 64, 1552) in pdf_rows


# -- columns compared with another year --------------------------------------------------------

def test_a_change_column_against_last_year_names_no_period_of_the_table():
    # "+/- к 2018 г." and "% к 2018 г." name the year compared with: the figures are the report's own year
    rows = [
        ["Форма мероприятия", "Проведено", "Охвачено (чел.)", "+/- к 2018 г.", "% к 2018 г."],
        ["Уроки мужества", "5", "150", "+1", "125"],
        ["Акции", "3", "400", "-2", "60"],
        ["Флешмобы", "2", "80", "0", "100"],
        ["Итого", "10", "630", "-1", "91"],
    ]
    _, got = extract(table_of(rows), period="2019")
    assert {p for _, p in got} == {"2019"}
    v = got[("Уроки мужества", "2019")]
    assert (v["event_type"], v["actual"], v["participants"], v["percent"]) == ("hour.patriotic", 5, 150, 125)
    rows = [
        ["Іс-шара түрлері", "2019 ж. саны", "Қатысушылар", "2018 жылмен салыстырғанда +/-"],
        ["Кітап көрмелері", "5", "150", "+1"],
        ["Акциялар", "3", "400", "-2"],
        ["Флешмобтар", "2", "80", "0"],
        ["Барлығы", "10", "630", "-1"],
    ]
    _, got = extract(table_of(rows), period="2019")
    assert {p for _, p in got} == {"2019"}
    assert got[("Флешмобтар", "2019")]["event_type"] == "flashmob"
    assert got[("Барлығы", "2019")]["participants"] == 630


def test_labels_in_capitals_and_abbreviated_roles():
    rows = [
        ["Формы работы", "2018", "2019"],
        ["кол-во", "уч-ов", "кол-во", "уч-ов"],
        ["КНИЖНЫЕ ВЫСТАВКИ", "50", "1200", "55", "1300"],
        ["ЛИТЕРАТУРНЫЕ ВЕЧЕРА", "8", "240", "9", "260"],
        ["ДНИ ИНФОРМАЦИИ", "6", "150", "5", "120"],
        ["ВСЕГО", "64", "1590", "69", "1680"],
    ]
    _, got = extract(table_of(rows, {(0, 0): (2, 1), (0, 1): (1, 2), (0, 3): (1, 2)}))
    assert len(got) == 8
    v = got[("ДНИ ИНФОРМАЦИИ", "2019")]
    assert (v["event_type"], v["actual"], v["participants"]) == ("information_day", 5, 120)
    assert got[("ВСЕГО", "2018")]["is_total"] == 1


# -- Kazakh in Latin letters ------------------------------------------------------------------

def test_a_table_in_kazakh_latin_letters():
    rows = [
        ["Is-shara túrleri", "2018 j. 1-shi jartyjyldyq", "2019 j. 1-shi jartyjyldyq"],
        ["sany", "qatysýshylar", "sany", "qatysýshylar"],
        ["Kitap kórmeleri", "30", "640", "33", "702"],
        ["Dóńgelek ústelder", "2", "60", "3", "85"],
        ["Konkýrstar", "4", "140", "6", "190"],
        ["Barlyǵy", "36", "840", "42", "977"],
    ]
    _, got = extract(table_of(rows, {(0, 0): (2, 1), (0, 1): (1, 2), (0, 3): (1, 2)}))
    v = got[("Konkýrstar", "2019-H1")]  # the label as written
    assert (v["event_type"], v["actual"], v["participants"]) == ("contest", 6, 190)
    assert got[("Barlyǵy", "2018-H1")]["is_total"] == 1
    # the 2021 alphabet, plan / held / participants
    rows = [
        ["Is-şara türleri", "Jospar", "Ötkizildi", "Qatysuşylar"],
        ["Kitap körmeleri", "30", "32", "640"],
        ["Ädebi keşter", "10", "9", "300"],
        ["Döñgelek üstelder", "4", "4", "120"],
        ["Barlyğy", "44", "45", "1060"],
    ]
    recs, got = extract(table_of(rows), period="2019-H1")
    v = got[("Ädebi keşter", "2019-H1")]
    assert (v["event_type"], v["plan"], v["actual"], v["participants"]) == ("hour.literary", 10, 9, 300)
    assert got[("Barlyğy", "2019-H1")]["event_type"] == "total"
    assert not [r for r in recs if r.table == "unmatched_terms"]


def test_a_percent_column_without_a_period_goes_with_the_period_on_its_left():
    rows = [
        ["Формы работы", "2018 г. факт", "2019 г. план", "2019 г. факт", "%"],
        ["Книжные выставки", "40", "40", "42", "105"],
        ["Беседы", "12", "10", "10", "100"],
        ["Викторины", "8", "10", "9", "90"],
        ["Итого", "60", "60", "61", "101,7"],
    ]
    _, got = extract(table_of(rows))
    assert {p for _, p in got} == {"2018", "2019"}
    v = got[("Викторины", "2019")]
    assert (v["plan"], v["actual"], v["percent"]) == (10, 9, 90)
    assert got[("Викторины", "2018")]["percent"] is None


def test_a_header_of_periods_wins_over_the_documents_period():
    head = table_of([["Ж", "2012 жыл", "2013 ж."]])
    body = table_of([
        ["ұм\nыс", "саны", "адам", "саны", "адам"],
        ["Көрмелер", "68", "1 625", "57", "1 543"],
        ["Әдебиет сағаты", "14", "368", "24", "664"],
        ["Барлығы", "82", "1 993", "81", "2 207"],
    ])
    _, got = extract(head, body, period="2013")
    assert {p for _, p in got} == {"2012", "2013"}
    assert got[("Көрмелер", "2013")]["actual"] == 57


def test_rows_that_are_not_wrapped_labels_stay_apart():
    # a form with no figures, then a form in lower case: two rows, each a type of its own
    rows = [
        ["Формы работы", "кол-во", "присутствовало"],
        ["Книжные выставки", "20", "640"],
        ["Бенефисы", "", ""],
        ["викторины", "5", "117"],
        ["Итого", "25", "757"],
    ]
    _, got = extract(table_of(rows), period="2019")
    assert [k[0] for k in got] == ["Книжные выставки", "Бенефисы", "викторины", "Итого"]
    # a table that writes its labels in lower case: the case says nothing
    rows = [
        ["Іс-шаралар түрлері", "саны", "қатысушылар"],
        ["кітап көрмелері", "20", "640"],
        ["жоба", "", ""],
        ["әдеби кеш", "5", "117"],
        ["ақпарат күні", "2", "40"],
        ["Барлығы", "27", "797"],
    ]
    _, got = extract(table_of(rows), period="2019")
    assert [k[0] for k in got] == ["кітап көрмелері", "жоба", "әдеби кеш", "ақпарат күні", "Барлығы"]


def test_two_figures_in_one_cell_under_a_header_of_two_roles():
    rows = [
        ["Формы работы", "2018 г.\nкол-во / присутствовало", "2019 г.\nкол-во / присутствовало"],
        ["Книжные выставки", "40/900", "42/1 020"],
        ["Беседы", "12/300", "10/280"],
        ["Викторины", "8/200", ""],
        ["Итого", "60/1 400", "52/1 300"],
    ]
    _, got = extract(table_of(rows))
    v = got[("Книжные выставки", "2019")]
    assert (v["actual"], v["participants"], v["actual_col"], v["participants_col"]) == (42, 1020, 2, 2)
    assert got[("Викторины", "2019")]["actual"] is None and got[("Итого", "2018")]["participants"] == 1400
    rows = [["Іс-шара түрлері", "саны/қатысқандар"], ["Кітап көрмелері", "40/900"], ["Әңгімелер", "12/300"],
            ["Барлығы", "52/1200"]]
    _, got = extract(table_of(rows), period="2019-H1")
    assert (got[("Әңгімелер", "2019-H1")]["actual"], got[("Әңгімелер", "2019-H1")]["participants"]) == (12, 300)


@pytest.mark.parametrize("label,type_id", [
    ("Aktsiialar", "action"),  # the 2021 alphabet as typists write it: ц as "ts", я as "ia"
    ("Baiqaular", "contest"),
    ("Ekskursiialar", "excursion"),
    ("Ädebiet sağaty", "hour.literary"),
    ("Saıys-vıktorınalar", "quiz"),  # the 2018 alphabet
    ("Kitap kórmesi", "exhibition.book"),
    ("Basqa da şaralar", None),
])
def test_labels_in_latin_letters(label, type_id):
    assert event_stats.match_label(get_vocabulary("event_types"), label).id == type_id


def test_years_in_latin_letters():
    rows = [
        ["Şaralar", "2023 j. II j/j", "II jartyjyldyq 2024"],
        ["sany", "qatysuşylar", "sany", "qatysuşylar"],
        ["Kitaptar körmesi", "27", "694", "35", "886"],
        ["Aktsiialar", "13", "402", "6", "136"],
        ["Viktorina", "8", "178", "6", "174"],
        ["Barlyğy", "48", "1274", "47", "1196"],
    ]
    _, got = extract(table_of(rows, {(0, 0): (2, 1), (0, 1): (1, 2), (0, 3): (1, 2)}))
    assert {p for _, p in got} == {"2023-H2", "2024-H2"}
    v = got[("Aktsiialar", "2023-H2")]
    assert (v["event_type"], v["actual"], v["participants"]) == ("action", 13, 402)
    assert header_period("2022j.") == "2022"


def test_pdf_labels_in_latin_letters():
    words = labels.Words(KnownWords(set()), {"kitaptar", "körmesi"})  # words of the report's own prose
    assert labels.respace("Kitaptarkörmesi", words) == "Kitaptar körmesi"
    assert labels.respace("JIY\nN\nY", words) == "JIYNY"
    assert event_stats.is_total_label("JIY\nN\nY") and event_stats.is_total_label("И Т О Г О")
    assert event_stats.match_label(get_vocabulary("event_types"), "Döñgeleküstel").id == "round_table"


def test_a_latin_script_particle_is_a_word_where_no_dictionary_knows_it():
    """"Basqa" / "daşaralar": the Kazakh particle "da" in Latin letters splits the run."""
    from esep.plugins.events import labels

    words = labels.Words(None, {"basqa", "şaralar"})
    assert labels.respace("Basqa\ndaşaralar", words) == "Basqa da şaralar"


def test_a_total_broken_into_capitals_over_two_rows():
    """A narrow PDF cell breaks "ИТОГО" into "И/Т" beside the figures and
    "О/Г/О" on a row of its own: one total row; a short capital label of
    no total or type stays a row of its own."""
    rows = [
        ["Формы работы", "2014 г. (9 мес.)", "2015 г. (9 мес.)"],
        ["Книжные выставки", "50", "55"],
        ["Прочие мероприятия", "8", "10"],
        ["И\nТ", "58", "65"],
        ["О\nГ\nО", "", ""],
    ]
    _, got = extract(table_of(rows), period="2015-9M")
    totals = {k: v for k, v in got.items() if v["event_type"] == "total"}
    assert [(v["actual"], p) for (_, p), v in sorted(totals.items(), key=lambda kv: kv[0][1])] == \
        [(58, "2014-9M"), (65, "2015-9M")]
    assert len(got) == 6  # two forms and the total, two periods: "О/Г/О" is no row of its own


@pytest.mark.parametrize("label,event_type", [
    ("Квизы", "quiz"), ("Квиз-игра", "quiz"),
    ("Тақырыптық сөре", "exhibition.book"), ("Книжные полки", "exhibition.book"),
    ("Тәрбие сағаты", "hour.thematic"), ("Классные часы", "hour.thematic"),
    ("Видеопросмотры", "video_salon"), ("Буктрейлеры", "review.video"), ("Библионочь", "action"),
    ("Дни здоровья", "hour.health"), ("Часы памяти", "evening.portrait"),
    ("Литературно-музыкальные композиции", "evening.literary_musical"),
    ("Пікір алмасу", "discussion"), ("Жүздесу", "meeting"),
])
def test_forms_of_work_other_reports_name(label, event_type):
    """Names of forms of work seen in other libraries' reports, each read as
    the type whose meaning it has (a quiz under its English name, a thematic
    shelf as a small exhibition, a class hour as a thematic hour)."""
    recs, rows = extract(table_of([["Формы работы", "Количество", "Участники"], [label, "5", "100"],
                                  ["Книжные выставки", "7", "140"], ["Всего", "12", "240"]]), period="2021")
    assert rows[(label, "2021")]["event_type"] == event_type


def test_an_exhibition_of_drawings_and_lessons_of_computer_use_are_no_such_forms():
    """The head word alone would name a book exhibition or a library lesson;
    what the words beside it say is shown or taught makes the row another
    thing, which the vocabulary has no type for."""
    recs, rows = extract(table_of([
        ["Формы работы", "Кол-во", "Присутствовало"],
        ["Выставки детских поделок", "3", "90"],
        ["Тематические выставки", "11", "330"],
        ["Уроки цифровой грамотности для пенсионеров", "8", "64"],
        ["Уроки информационной культуры", "6", "150"],
        ["Итого", "28", "634"],
    ]), period="2022")
    assert rows[("Выставки детских поделок", "2022")]["event_type"] is None
    assert rows[("Тематические выставки", "2022")]["event_type"] == "exhibition.book"
    assert rows[("Уроки цифровой грамотности для пенсионеров", "2022")]["event_type"] is None
    assert rows[("Уроки информационной культуры", "2022")]["event_type"] == "lesson.library"
    assert rows[("Итого", "2022")]["actual"] == 28
    kk = get_vocabulary("event_types")
    assert event_stats.match_label(kk, "Оқушылардың сурет көрмесі").id is None
    assert event_stats.match_label(kk, "Кітап көрмесі").id == "exhibition.book"
    assert event_stats.match_label(kk, "Компьютерлік сауаттылық сабақтары").id is None
    assert event_stats.match_label(kk, "Кітапханалық сабақтар").id == "lesson.library"


def test_a_russian_name_in_the_genitive_plural_after_a_number():
    # a sentence lists forms with their counts: "5 встреч с интересными людьми", "12 акций"
    m = labels.label_matcher(get_vocabulary(event_stats.VOCABULARY))
    assert m.match("встреч с интересными людьми").id == "meeting"
    assert m.match("акций в поддержку чтения").id == "action"
    # only a name of the vocabulary in the nominative counts: Kazakh plurals read as before
    assert m.match("Кездесулер").id == "meeting"
    assert m.match("Акциялар").id == "action"
