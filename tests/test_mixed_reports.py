"""Reports of other shapes: a bilingual report set in a two-column table
(Kazakh left, Russian right, one sentence a row), a title that names no
year whose first sentence gives it, an indicators table with the years as
rows beside a column of events, an oblast's summary counting its state
libraries and its readers per hundred inhabitants, and a plan table whose
row names the books received.  Each was typed here in its own words, with
what it should give written before esep read it; at first each gave a
wrong figure or none."""

from __future__ import annotations

import pytest
from docx import Document as Docx

from esep.model import Block, Cell, Document, Provenance, Table
from esep.plugins.docx.loader import load as load_docx
from esep.plugins.docx.loader import prose_layout
from esep.plugins.facts import plugin as facts
from esep.plugins.metadata import detect_period_source
from esep.registry import Config


def _prose(period: str, *paragraphs: str) -> set[tuple]:
    d = Document(id="p", path="p.txt", format="txt", metadata={"period": period})
    for x in paragraphs:
        d.add_block(Block("paragraph", x))
    return {(r.values["metric"], r.values["value"], r.values["unit"]) for r in facts.extract(d, Config())
            if r.table == "facts"}


# --- a bilingual report in two columns of a table ----------------------------------------------------------

def _two_columns(tmp_path, rows):
    doc = Docx()
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            t.cell(i, j).text = text
    path = tmp_path / "r.docx"
    doc.save(path)
    return load_docx(path, Config())


_BILINGUAL = [
    ["Теміртау ауданы кітапханаларының 2022 жылғы жұмысы туралы есеп",
     "Отчёт о работе библиотек Темиртауского района за 2022 год"],
    ["Жыл ішінде кітапханалар 6 310 оқырманға қызмет көрсетті.",
     "За год библиотеки обслужили 6 310 читателей."],
    ["Кітап берілімі 121 400 дана құрады, келушілер саны – 52 880.",
     "Книговыдача составила 121 400 экз., число посещений – 52 880."],
]


def test_a_table_of_sentences_side_by_side_is_read_as_paragraphs(tmp_path):
    d = _two_columns(tmp_path, _BILINGUAL)
    assert not d.tables
    # row by row, the left cell first
    assert [b.text for b in d.blocks] == [x for row in _BILINGUAL for x in row]
    assert detect_period_source(d)[0].code == "2022"


def test_each_half_of_a_bilingual_row_states_the_same_figure_once_per_language(tmp_path):
    d = _two_columns(tmp_path, _BILINGUAL)
    d.metadata["period"] = "2022"
    got = [(r.values["metric"], r.values["value"], r.values["period"], r.block)
           for r in facts.extract(d, Config()) if r.table == "facts" and r.values["metric"]]
    keys = {g[:3] for g in got}
    assert keys == {("users.registered", 6310, "2022"), ("loans.total", 121400, "2022"),
                    ("visits.total", 52880, "2022")}
    # one row per statement, each with its own block: the Kazakh one and the Russian one
    assert sorted(g[3] for g in got if g[0] == "users.registered") == [2, 3]


@pytest.mark.parametrize("rows", [
    # figures in cells: a table of indicators, however long its labels
    [["Көрсеткіштер", "2021 ж.", "2022 ж."],
     ["Жыл ішінде тіркелген оқырмандардың жалпы саны, адам.", "6 120", "6 310"],
     ["Келушілер саны.", "50 110", "52 880"]],
    # a table of events with a description a row: dates and names are no sentences
    [["Күні", "Іс-шара", "Сипаттамасы"],
     ["12.03.2022", "«Кітап – білім бұлағы»", "Оқушылармен бірге кітап көрмесі ұйымдастырылып, шолу жасалды."],
     ["20.04.2022", "«Оқитын ауыл»", "Ауыл тұрғындарына арналған кездесу өтті."]],
])
def test_a_table_of_figures_or_of_short_cells_stays_a_table(rows):
    assert not prose_layout(rows)


# --- the period in the first sentence ----------------------------------------------------------------------

def _doc(*blocks) -> Document:
    d = Document(id="m", path="report.docx", format="docx", metadata={})
    for kind, text in blocks:
        d.add_block(Block(kind, text))
    return d


def test_a_title_without_a_year_takes_the_period_its_first_sentence_opens_with():
    d = _doc(("heading", "АНАЛИТИЧЕСКАЯ СПРАВКА"),
             ("heading", "о работе сельских библиотек Заречного района"),
             ("paragraph", "В 2020 году сельские библиотеки района продолжили работу по программе «Чтение»."
                           " На 01.01.2021 работают 12 библиотек."))
    period, source, _ = detect_period_source(d)
    assert (period.code, source) == ("2020", "first sentence")
    d = _doc(("heading", "Аудан кітапханаларының жұмысы туралы ақпарат"),
             ("paragraph", "2021 жылдың 9 айында аудан кітапханалары 4 120 оқырманға қызмет көрсетті."))
    assert detect_period_source(d)[0].code == "2021-9M"


def test_a_first_sentence_on_the_history_or_naming_its_period_late_gives_none():
    d = _doc(("heading", "ИНФОРМАЦИОННЫЙ ОТЧЁТ о работе библиотеки"),
             ("paragraph", "В 1957 году в селе Михайловка была открыта первая изба-читальня, с которой начинается"
                           " история библиотеки."),
             ("paragraph", "В 2020 году библиотека обслужила 1 240 читателей."))
    assert detect_period_source(d) is None
    d = _doc(("heading", "ИНФОРМАЦИОННЫЙ ОТЧЁТ о работе библиотеки"),
             ("paragraph", "Библиотека работала по плану, и в 2020 году обслужила 1 240 читателей."))
    assert detect_period_source(d) is None


# --- an indicators table with the years as rows, beside a column of events -----------------------------------

def test_a_table_of_indicators_by_year_with_a_column_of_events_keeps_its_indicators(registry):
    d = Document(id="t", path="t.docx", format="docx", metadata={"period": "2023"})
    rows = [["Год", "Пользователи", "Посещения", "Выдано документов", "Мероприятия", "Финансирование, тыс. сом"],
            ["2022", "12 410", "96 300", "251 800", "388", "5 120,4"],
            ["2023", "12 655", "98 120", "255 040", "402", "5 388,0"]]
    d.add_table(Table([Cell(r, k, x) for r, row in enumerate(rows) for k, x in enumerate(row)], Provenance(page=1)))
    recs = [r for ex in registry.extractors if ex.name in ("facts", "event_stats") for r in ex.extract(d, Config())]
    registry.hook.prepare_records(records=recs, document=d, config=Config())
    got = {(r.values["metric"], r.values["value"], r.values["period"]) for r in recs
           if r.table == "facts" and r.values["metric"]}
    assert got == {(m, v, y) for y, vals in (("2022", (12410, 96300, 251800, 388, 5120.4)),
                                             ("2023", (12655, 98120, 255040, 402, 5388.0)))
                   for m, v in zip(("users.registered", "visits.total", "loans.total", "events.actual",
                                    "finance.budget"), vals)}
    # read across, its headers are the "types" of the event statistics, and none names a form of work:
    # no event row is kept
    d = Document(id="t", path="t.pdf", format="pdf", metadata={"period": "2022"})
    rows = [["Год", "Число читателей", "Число посещений", "Выдано документов, экз.", "Фонд на конец года, экз.",
             "Число мероприятий", "Бюджет, тыс. сомони"],
            ["2021", "40 210", "262 400", "741 300", "411 800", "1 190", "3 390,2"],
            ["2022", "41 960", "279 150", "770 020", "416 340", "1 344", "3 641,7"]]
    d.add_table(Table([Cell(r, k, x) for r, row in enumerate(rows) for k, x in enumerate(row)], Provenance(page=1)))
    recs = [r for ex in registry.extractors if ex.name in ("facts", "event_stats") for r in ex.extract(d, Config())]
    registry.hook.prepare_records(records=recs, document=d, config=Config())
    assert not [r for r in recs if r.table == "event_stats"]
    assert ("users.registered", 41960.0, "2022") in {(r.values["metric"], r.values["value"], r.values["period"])
                                                      for r in recs if r.table == "facts"}


def test_a_table_by_form_of_work_keeps_its_event_rows_beside_the_indicator_check(registry):
    d = Document(id="t", path="t.docx", format="docx", metadata={"period": "2023"})
    rows = [["Форма работы", "Количество", "Участники"], ["Книжные выставки", "42", "1 310"],
            ["Беседы", "18", "402"], ["Всего", "60", "1 712"]]
    d.add_table(Table([Cell(r, k, x) for r, row in enumerate(rows) for k, x in enumerate(row)], Provenance(page=1)))
    recs = [r for ex in registry.extractors if ex.name in ("facts", "event_stats") for r in ex.extract(d, Config())]
    registry.hook.prepare_records(records=recs, document=d, config=Config())
    assert len([r for r in recs if r.table == "event_stats"]) == 3


# --- an oblast's state libraries, rates per hundred inhabitants ---------------------------------------------

@pytest.mark.parametrize("text, n", [
    ("Облыста 412 мемлекеттік кітапхана жұмыс істейді.", 412),
    ("В районе действуют 21 муниципальная библиотека и 3 школьные.", 21),
    ("В области работают 318 государственных библиотек.", 318),
])
def test_the_state_or_municipal_libraries_are_the_count_of_libraries(text, n):
    assert ("libraries.count", n, "libraries") in _prose("2022", text)


@pytest.mark.parametrize("text, readers, others", [
    ("Облыс бойынша әрбір 100 тұрғынға шаққанда 21,4 оқырман, 88,2 келу және 190,7 кітап берілімі келеді.",
     21.4, (88.2, 190.7)),
    ("На 100 жителей района приходится 44,1 читателя, 301,5 посещения и 702,3 книговыдачи.", 44.1, (301.5, 702.3)),
])
def test_figures_per_hundred_inhabitants_are_rates_not_counts(text, readers, others):
    got = _prose("2022", text)
    assert ("coverage.population_pct", readers, "percent") in got
    assert not {g for g in got if g[0] is not None and g[1] in others}
    assert not {g for g in got if g[0] in ("users.registered", "visits.total", "loans.total")}


# --- a plan table whose row names the books received ------------------------------------------------------

@pytest.mark.parametrize("label", ["Қорға түскен кітаптар, дана", "Қорға түскен кітаптар"])
def test_a_row_naming_a_kind_received_is_that_kind_received(label):
    d = Document(id="t", path="t.docx", format="docx", metadata={"period": "2021-9M"})
    rows = [["Көрсеткіштер", "Жоспар", "Орындалды", "%"], ["Оқырмандар саны", "820", "806", "98,3"],
            [label, "150", "162", "108,0"]]
    d.add_table(Table([Cell(r, k, x) for r, row in enumerate(rows) for k, x in enumerate(row)], Provenance(page=1)))
    got = {(r.values["metric"], r.values["value"], r.values["category"]) for r in facts.extract(d, Config())
           if r.table == "facts"}
    assert got == {("users.registered", 806, None), ("fund.received", 162, "books")}


# --- an oblast's summary under the oblast library's name ----------------------------------------------------

def test_a_summary_of_the_oblasts_libraries_under_the_compiling_librarys_name_keeps_no_group():
    d = Document(id="o", path="o.txt", format="txt", metadata={"period": "2023-Q1"})
    for kind, text in (("heading", "Ақмола облыстық әмбебап ғылыми кітапханасы"),
                       ("paragraph", "Ақмола облысы кітапханаларының 2023 жылғы І тоқсандағы жұмысы туралы ақпарат"),
                       ("paragraph", "Тоқсан ішінде облыс кітапханалары 71 300 оқырманға қызмет көрсетті.")):
        d.add_block(Block(kind, text))
    got = {(r.values["metric"], r.values["value"], r.values["category"]) for r in facts.extract(d, Config())
           if r.table == "facts"}
    assert got == {("users.registered", 71300, None)}


# --- staff figures written as words -------------------------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("За год на работу приняты четыре библиотекаря, уволены три.",
     {("staff.hired", 4, "приняты четыре"), ("staff.dismissed", 3, "уволены три.")}),
    ("Кітапханада 4 қызметкер жұмыс істейді, оның үшеуі жоғары білімді.",
     {("staff.headcount", 4, None), ("staff.higher_education", 3, "үшеуі")}),
])
def test_staff_movements_and_education_written_as_words_are_figures(text, want):
    d = Document(id="w", path="w.txt", format="txt", metadata={"period": "2022"})
    d.add_block(Block("paragraph", text))
    got = {(r.values["metric"], r.values["value"], r.values["label"], r.evidence) for r in facts.extract(d, Config())
           if r.table == "facts"}
    assert {g[:2] for g in got} == {w[:2] for w in want}
    for metric, value, word in want:
        if word is not None:
            label, evidence = next((g[2], g[3]) for g in got if g[:2] == (metric, value))
            assert word in label and evidence == text  # the source's words, not the digits read


@pytest.mark.parametrize("text", [
    "Две библиотеки закрыты в связи с ремонтом, одна переведена в здание школы.",
    "Для ветеранов проведено двенадцать мероприятий, в них приняли участие сорок человек.",
    "Кітапхана екі ауысымда жұмыс істейді.",
])
def test_other_numbers_written_as_words_are_no_figures(text):
    assert not {g for g in _prose("2022", text) if g[0] is not None}


# --- a letter sent up: the addressee is not the reporter ----------------------------------------------------

@pytest.mark.parametrize("lines, want", [
    (("Жамбыл аудандық орталықтандырылған кітапхана жүйесінің директоры А. Қ. Серікбаеваға",
      "Қарабұлақ ауылдық кітапханасының меңгерушісі Д. Оспановадан", "ҚЫЗМЕТТІК ХАТ",
      "Қарабұлақ ауылдық кітапханасының 2022 жылғы І жартыжылдықтағы көрсеткіштерін жолдаймын."),
     "Қарабұлақ ауылдық кітапханасы"),
    (("Директору МКУК «Межпоселенческая централизованная библиотечная система» Петровой Н. В.",
      "МБУК «Озёрная сельская библиотека»", "СЛУЖЕБНАЯ ЗАПИСКА",
      "Направляем показатели работы за 9 месяцев 2022 года."),
     "МБУК «Озёрная сельская библиотека»"),
])
def test_the_addressee_of_a_letter_is_not_the_reporting_library(lines, want):
    from esep.plugins.metadata import detect_organization

    assert detect_organization(_doc(*(("paragraph", x) for x in lines))) == want


# --- a header word a PDF joined back with a space ------------------------------------------------------------

@pytest.mark.parametrize("head, metric", [("Книгов ыдача, экз.", "loans.total"), ("Документов ыдача", "loans.total"),
                                          ("Число посещений", "visits.total"), ("Кітап қоры, дана", "fund.end")])
def test_a_header_word_cut_by_a_space_is_read_joined_and_two_words_stay_two(head, metric):
    d = Document(id="t", path="t.pdf", format="pdf", metadata={"period": "2022"})
    rows = [["Год", "Пользователи", head], ["2021", "9 140", "201 300"], ["2022", "9 385", "207 950"]]
    d.add_table(Table([Cell(r, k, x) for r, row in enumerate(rows) for k, x in enumerate(row)], Provenance(page=1)))
    got = {(r.values["metric"], r.values["value"], r.values["period"]) for r in facts.extract(d, Config())
           if r.table == "facts"}
    assert got == {("users.registered", 9140, "2021"), ("users.registered", 9385, "2022"),
                   (metric, 201300, "2021"), (metric, 207950, "2022")}
