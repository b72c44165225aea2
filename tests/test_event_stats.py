"""The event_stats extractor: the seed's event table in every format, fuzzy
labels, unmatched labels, and Russian tables it has never seen."""

import importlib
import json
import sqlite3

import pytest

from esep.model import Cell, Document, Provenance, Table
from esep.pipeline import process_file
from esep.registry import Config
from esep.storage import Store
from esep.plugins.events import stats as event_stats
from esep.plugins.events.stats import header_period, header_role, row_map
from esep.plugins.vocab import get_vocabulary

from conftest import CORPUS, SEED_STEM, SEED_TXT

GOLD = json.loads((CORPUS / "gold" / f"{SEED_STEM}.event_stats.json").read_text(encoding="utf-8"))
FIELDS = ("event_type", "plan", "actual", "participants")


def rows_of(records):
    return [r for r in records if r.table == "event_stats"]


def assert_matches_gold(records):
    got = {(" ".join(r.values["label"].split()), r.values["period"]): r.values for r in rows_of(records)}
    assert len(got) == len(GOLD["records"]) == 66
    for want in GOLD["records"]:
        have = got[(want["label"], want["period"])]
        assert {f: have[f] for f in FIELDS} == {f: want[f] for f in FIELDS}, want["label"]


def table_of(rows, spans=None):
    """A Table from a list of rows of text; ``spans`` maps (row, col) to
    (row_span, col_span) for merged cells, whose covered positions are left out."""
    spans = spans or {}
    covered = set()
    for (r, c), (rs, cs) in spans.items():
        covered |= {(r + i, c + j) for i in range(rs) for j in range(cs)} - {(r, c)}
    cells = []
    for r, row in enumerate(rows):
        c = 0
        for text in row:
            while (r, c) in covered:
                c += 1
            rs, cs = spans.get((r, c), (1, 1))
            cells.append(Cell(r, c, text, rs, cs, provenance=Provenance(page=1)))
            c += cs
    return Table(cells)


def doc_of(*tables, **metadata):
    d = Document(id="x", path="x.docx", format="docx", metadata=dict(metadata))
    for t in tables:
        d.add_table(t)
    return d


@pytest.fixture(scope="module")
def seed_doc():
    from esep.plugins.text import loader as text_loader

    return text_loader.load(SEED_TXT, Config())


# -- the seed ------------------------------------------------------------------------

def test_seed_txt_every_row_and_number(seed_doc):
    records = list(event_stats.extract(seed_doc, Config()))
    assert_matches_gold(records)
    assert not [r for r in records if r.table == "unmatched_terms"]
    ev = rows_of(records)
    # 32 event types and the total row, for both years; empty cells are NULL
    assert sum(1 for r in ev if not r.values["is_total"]) == 64
    assert {r.values["event_type"] for r in ev if r.values["is_total"]} == {"total"}
    project = [r.values for r in ev if r.values["label"] == "Жоба"]
    assert len(project) == 2 and all(v["actual"] is None and v["participants"] is None for v in project)
    # provenance: the label cell, quoted exactly, in the event table
    first = ev[0]
    assert first.evidence == "Акциялар" and first.table_index == 3 and first.cell == (2, 1)
    assert first.provenance.line == 285
    assert SEED_TXT.read_text(encoding="utf-8")[first.provenance.char_start:first.provenance.char_end] == "Акциялар"


def test_seed_only_the_event_table_is_read(seed_doc):
    records = list(event_stats.extract(seed_doc, Config()))
    assert {r.table_index for r in records} == {3}


@pytest.mark.parametrize("suffix,module", [("docx", "docx.loader"), ("pdf", "pdf.loader")])
def test_seed_other_formats(suffix, module):
    path = CORPUS / f"{SEED_STEM}.{suffix}"
    if not path.exists():
        pytest.skip(f"{path.name} has not been built")
    try:
        loader = importlib.import_module(f"esep.plugins.{module}")
    except ImportError:
        pytest.skip(f"esep.plugins.{module} does not exist yet")
    doc = loader.load(path, Config())
    records = list(event_stats.extract(doc, Config()))
    assert_matches_gold(records)


def test_seed_through_the_pipeline_and_the_evaluator(registry, tmp_path):
    loader = next(lo for lo in registry.loaders if ".txt" in lo.suffixes)
    processed = process_file(SEED_TXT, "seed", loader, registry, Config())
    assert_matches_gold(processed.records)
    db = tmp_path / "e.db"
    store = Store(db, registry.migrations)
    store.write_document(processed.document, processed.records, loader=loader.name, size=1, mtime=1.0)
    store.close()
    conn = sqlite3.connect(db)
    assert conn.execute("select count(*) from event_stats where actual is null").fetchone()[0] == 9
    assert conn.execute("select sum(actual) from event_stats where period = '2018-H1' and not is_total"
                        ).fetchone()[0] == 113
    ev = next(e for e in registry.evaluators if e.name == "event_stats")
    res = ev.score(conn, "seed", GOLD)
    assert res["f1"] == 1.0 and res["rows_exact"] == 1.0
    # a wrong figure is seen
    conn.execute("update event_stats set participants = 1 where label = 'Бенефис' and period = '2017-H1'")
    res = ev.score(conn, "seed", GOLD)
    assert res["rows_exact"] == pytest.approx(65 / 66) and res["fields"]["participants"]["precision"] < 1
    conn.close()


# -- labels ----------------------------------------------------------------------------

def test_fuzzy_variants_land_on_one_id():
    vocab = get_vocabulary("event_types")
    # plural, singular, OCR damage (Latin i, Cyrillic fita)
    ids = {vocab.match(t).id for t in ("Кітап көрмелері", "Кітап көрмесі", "Кiтап кѳрмелерi")}
    assert ids == {"exhibition.book"}
    assert vocab.match("Книжные выставки").id == "exhibition.book"
    assert vocab.match("Викторина").id == vocab.match("Викторины").id == "quiz"


def russian_table(label_three="Громкие чтения"):
    rows = [
        ["№", "Формы работы", "2017 г.", "1 полугодие 2018"],
        ["план", "выполнено", "кол-во участников", "план", "выполнено", "кол-во участников"],
        ["1", "2", "3", "4", "5", "6", "7", "8"],  # a row numbering the columns
        ["1", "Книжные выставки", "20", "22", "640", "25", "24", "700"],
        ["2", "Беседы", "10", "12", "300", "", "9", "250"],
        ["3", label_three, "5", "5", "120", "4", "", ""],
        ["4", "Кiтап кѳрмелерi", "", "1", "15", "", "2", "30"],
        ["", "Итого", "35", "40", "1075", "29", "35", "980"],
    ]
    spans = {(0, 0): (2, 1), (0, 1): (2, 1), (0, 2): (1, 3), (0, 5): (1, 3)}
    return table_of(rows, spans)


def test_russian_table_with_merged_headers():
    doc = doc_of(russian_table())
    recs = list(event_stats.extract(doc, Config()))
    got = {(r.values["label"], r.values["period"]): r.values for r in rows_of(recs)}
    v = got[("Книжные выставки", "2017")]
    assert (v["event_type"], v["plan"], v["actual"], v["participants"]) == ("exhibition.book", 20, 22, 640)
    v = got[("Беседы", "2018-H1")]
    assert (v["event_type"], v["plan"], v["actual"], v["participants"]) == ("conversation", None, 9, 250)
    v = got[("Громкие чтения", "2018-H1")]
    assert (v["event_type"], v["plan"], v["actual"], v["participants"]) == ("reading", 4, None, None)
    # the OCR-damaged Kazakh label in a Russian table still lands on the same id
    assert got[("Кiтап кѳрмелерi", "2017")]["event_type"] == "exhibition.book"
    total = got[("Итого", "2018-H1")]
    assert total["is_total"] == 1 and total["event_type"] == "total" and total["actual"] == 35
    assert len(got) == 10


def test_nonsense_label_goes_to_unmatched_terms_and_keeps_its_row():
    doc = doc_of(russian_table("Жмыхобразование квазистратов"))
    recs = list(event_stats.extract(doc, Config()))
    un = [r for r in recs if r.table == "unmatched_terms"]
    assert len(un) == 1
    u = un[0]
    assert u.values["term"] == "Жмыхобразование квазистратов" and u.values["kind"] == "event_type"
    assert u.values["score"] < 85 and u.values["best_candidate"]
    assert u.cell == (5, 1) and u.evidence == "Жмыхобразование квазистратов"
    rows = [r for r in rows_of(recs) if r.values["label"] == "Жмыхобразование квазистратов"]
    assert len(rows) == 2 and all(r.values["event_type"] is None for r in rows)
    assert {r.values["actual"] for r in rows} == {5, None}
    assert all(r.confidence < 0.85 for r in rows)


def test_roles_above_periods():
    rows = [
        ["Іс-шаралар түрлері", "Өткізілген іс-шаралар саны", "Қатысушылар саны"],
        ["2017 ж.", "2018 ж.", "2017 ж.", "2018 ж."],
        ["Кездесулер", "6", "5", "573", "158"],
        ["Викториналар", "12", "8", "305", "210"],
        ["Тарих сағаты", "6", "13", "221", "323"],
        ["Жиыны", "24", "26", "1099", "691"],
    ]
    t = table_of(rows, {(0, 0): (2, 1), (0, 1): (1, 2), (0, 3): (1, 2)})
    recs = rows_of(event_stats.extract(doc_of(t), Config()))
    got = {(r.values["event_type"], r.values["period"]): (r.values["actual"], r.values["participants"])
           for r in recs}
    assert got[("meeting", "2017")] == (6, 573) and got[("hour.history", "2018")] == (13, 323)
    assert got[("total", "2018")] == (26, 691)


def test_no_period_in_header_uses_the_document_period():
    rows = [["Формы", "Количество мероприятий", "Участники"],
            ["Беседы", "3", "40"], ["Викторины", "2", "35"], ["Всего", "5", "75"]]
    recs = rows_of(event_stats.extract(doc_of(table_of(rows), period="2019-H2"), Config()))
    assert {r.values["period"] for r in recs} == {"2019-H2"}
    assert [(r.values["event_type"], r.values["actual"]) for r in recs] == [
        ("conversation", 3), ("quiz", 2), ("total", 5)]


def test_tables_that_are_not_event_summaries_give_nothing():
    staff = table_of([["Қызметкерлер", "2017 ж.", "2018 ж."], ["Кітапханашылар", "40", "41"],
                      ["Техникалық қызметкерлер", "12", "12"], ["Барлығы", "52", "53"]])
    no_header = table_of([["Кітап көрмелері", "4", "5"], ["Викториналар", "1", "2"], ["Әңгіме", "3", "3"]])
    assert list(event_stats.extract(doc_of(staff, no_header), Config())) == []


def test_headers():
    assert header_period("2017 жылдың\n 1-ші ж/ж") == "2017-H1"
    assert header_period("1 полугодие 2018") == "2018-H1"
    assert header_period("2017 г.") == header_period("2017") == "2017"
    assert header_period("жоспар") is None and header_period("45") is None
    assert header_role("жоспар") == header_role("План") == "plan"
    assert header_role("есеп") == header_role("факт") == header_role("выполнено") == "actual"
    assert header_role("қатысқандар ") == header_role("Кол-во участников") == "participants"
    assert header_role("Қатысушылар саны") == "participants"
    # more words of other reports: who came, what was planned, what was done in fact
    assert header_role("Посетили") == header_role("Аудитория") == "participants"
    assert header_role("Запланировано") == "plan" and header_role("Іс жүзінде") == "actual"
    assert header_role("% выполнения") == header_role("пайызы") == "percent"
    assert header_role("Жұмыс түрлері") is None
    # counts as reports write them, with abbreviations
    for text in ("кол-во", "Количество", "саны", "өткізілді", "К-во мер.", "Число мероприятий"):
        assert header_role(text) == "actual", text
    for text in ("присутствовало", "Прис.", "қатысушылар", "Кол-во чел.", "Число посещений"):
        assert header_role(text) == "participants", text
    assert header_role("жосп.") == "plan"


def test_a_short_row_is_read_from_the_right():
    # a text export writes a total whose label was merged over two columns as
    # one cell fewer: the figures must stay under their headers
    rows = [["№", "Жұмыс түрлері", "2018 жылдың 1-ші ж/ж"], ["жоспар", "есеп", "қатысқандар"],
            ["", "Акциялар", "", "10", "1692"], ["", "Бенефис", "", "1", "52"],
            ["Барлығы :", "", "11", "1744"]]
    t = table_of(rows, {(0, 0): (2, 1), (0, 1): (2, 1), (0, 2): (1, 3)})
    assert {k: c.text for k, c in row_map(t, 4).items()} == {0: "Барлығы :", 1: "Барлығы :", 2: "", 3: "11", 4: "1744"}
    recs = rows_of(event_stats.extract(doc_of(t), Config()))
    total = [r.values for r in recs if r.values["is_total"]]
    assert total == [{"event_type": "total", "label": "Барлығы :", "period": "2018-H1", "row_no": 3, "is_total": 1,
                      "plan": None, "plan_col": None, "actual": 11, "actual_col": 2,
                      "participants": 1744, "participants_col": 3, "percent": None, "percent_col": None,
                      "rows_by": "type", "first_table": 0}]


# -- tables of other libraries (written for these tests) ------------------------------

def records_of(table, **metadata):
    return list(event_stats.extract(doc_of(table, **metadata), Config()))


def by_label(records):
    out = {}
    for r in rows_of(records):
        out.setdefault(r.values["label"], {})[r.values["period"]] = r.values
    return out


def test_russian_annual_by_form_of_work_two_years():
    # "Массовые мероприятия по формам работы": кол-во / присутствовало for 2011 and 2012
    t = table_of([
        ["Формы работы", "2011", "2012"],
        ["кол-во", "присутствовало", "кол-во", "присутствовало"],
        ["Книжные выставки", "48", "1 230", "52", "1 310"],
        ["Просмотры литературы", "15", "260", "18", "301"],
        ["Литературные вечера", "12", "410", "14", "455"],
        ["Беседы", "30", "520", "27", "498"],
        ["Обзоры литературы", "21", "340", "25", "362"],
        ["Итого", "126", "2 760", "136", "2 926"],
    ], spans={(0, 1): (1, 2), (0, 3): (1, 2), (0, 0): (2, 1)})
    records = records_of(t)
    rows = by_label(records)
    assert rows["Книжные выставки"]["2011"]["actual"] == 48
    assert rows["Книжные выставки"]["2012"]["participants"] == 1310
    assert rows["Беседы"]["2012"]["actual"] == 27 and rows["Беседы"]["2012"]["event_type"] == "conversation"
    # a book viewing is a known form: an exhibition of books
    assert rows["Просмотры литературы"]["2011"]["event_type"] == "exhibition.book"
    assert rows["Итого"]["2012"]["is_total"] == 1 and rows["Итого"]["2012"]["actual"] == 136
    assert all(v["actual"] is not None and v["participants"] is not None for d in rows.values() for v in d.values())


def test_nine_month_table_by_form_of_work_with_percent():
    t = table_of([
        ["№", "Форма мероприятия", "Кол-во мер.", "Кол-во чел.", "% к плану"],
        ["1", "Выставки", "40", "900", "100"],
        ["2", "Беседы", "22", "410", "91,7"],
        ["3", "Викторины", "9", "190", "112,5"],
        ["4", "Часы истории", "6", "140", "75"],
    ])
    records = records_of(t, period="2019-9M")
    rows = by_label(records)
    assert set(rows) == {"Выставки", "Беседы", "Викторины", "Часы истории"}
    v = rows["Беседы"]["2019-9M"]
    assert (v["actual"], v["participants"], v["percent"], v["plan"]) == (22, 410, 91.7, None)
    assert rows["Часы истории"]["2019-9M"]["event_type"] == "hour.history"


def test_kazakh_plan_and_actual():
    t = table_of([
        ["Іс-шара түрлері", "2020 ж. жоспар", "2020 ж. өткізілді", "Қатысушылар", "Орындалуы, %"],
        ["Кітап көрмелері", "60", "62", "1 840", "103,3"],
        ["Әдеби кештер", "20", "18", "640", "90"],
        ["Дөңгелек үстел", "8", "8", "210", "100"],
        ["Барлығы", "88", "88", "2 690", "100"],
    ])
    rows = by_label(records_of(t))
    v = rows["Әдеби кештер"]["2020"]
    assert (v["plan"], v["actual"], v["participants"], v["percent"]) == (20, 18, 640, 90)
    assert rows["Кітап көрмелері"]["2020"]["event_type"] == "exhibition.book"


def test_roles_from_the_numbers_when_headers_are_unknown():
    # headers that name no role: the larger numbers are the people, a ratio column is the percent
    t = table_of([
        ["Вид", "2018", "2019"],
        ["А", "Б", "А", "Б", "В"],
        ["Выставки", "40", "800", "42", "850", "105"],
        ["Беседы", "20", "300", "20", "310", "100"],
        ["Викторины", "10", "200", "12", "230", "120"],
    ], spans={(0, 1): (1, 2), (0, 3): (1, 3), (0, 0): (2, 1)})
    rows = by_label(records_of(t))
    v = rows["Выставки"]["2019"]
    assert (v["actual"], v["participants"], v["percent"]) == (42, 850, 105)
    assert rows["Беседы"]["2018"]["participants"] == 300


def test_a_column_neither_header_nor_numbers_decide_is_listed_for_review():
    t = table_of([
        ["Формы работы", "2019"],
        ["кол-во", "присутствовало", "ед. хр."],
        ["Выставки", "40", "800", "350"],
        ["Беседы", "20", "300", "12"],
        ["Викторины", "10", "200", "75"],
    ], spans={(0, 1): (1, 3), (0, 0): (2, 1)})
    records = records_of(t)
    review = [r.values for r in records if r.table == "unmatched_terms"]
    assert [(v["term"], v["kind"]) for v in review] == [("ед. хр.", "event_stats_column")]
    assert by_label(records)["Выставки"]["2019"]["actual"] == 40


def test_unknown_type_kept_with_its_raw_label():
    t = table_of([
        ["Формы работы", "кол-во", "присутствовало"],
        ["Выставки", "40", "800"],
        ["Беседы", "20", "300"],
        ["Пленэр на берегу реки", "3", "45"],
    ])
    records = records_of(t, period="2020")
    rows = by_label(records)
    assert rows["Пленэр на берегу реки"]["2020"]["event_type"] is None
    assert rows["Пленэр на берегу реки"]["2020"]["actual"] == 3
    assert [r.values["term"] for r in records if r.table == "unmatched_terms"] == ["Пленэр на берегу реки"]


def test_bilingual_labels():
    t = table_of([
        ["Іс-шара түрі / Форма мероприятия", "Жоспар / План", "Орындалды / Выполнено", "Қатысушылар / Участники"],
        ["Кітап көрмелері / Книжные выставки", "40", "38", "1 520"],
        ["Кездесулер / Встречи", "10", "7", "265"],
        ["Барлығы / Всего", "50", "45", "1 785"],
    ])
    rows = by_label(records_of(t, period="2020-Q1"))
    assert rows["Кездесулер / Встречи"]["2020-Q1"]["event_type"] == "meeting"
    assert rows["Барлығы / Всего"]["2020-Q1"]["is_total"] == 1
    assert (rows["Кітап көрмелері / Книжные выставки"]["2020-Q1"]["plan"],
            rows["Кітап көрмелері / Книжные выставки"]["2020-Q1"]["actual"]) == (40, 38)


def test_table_by_month():
    t = table_of([
        ["Месяц", "Кол-во мероприятий", "Присутствовало"],
        ["Январь", "12", "240"],
        ["Февраль", "15", "310"],
        ["Март", "18", "402"],
        ["Итого", "45", "952"],
    ])
    records = records_of(t, period="2021-Q1")
    rows = by_label(records)
    assert rows["Февраль"]["2021-Q1"]["actual"] == 15 and rows["Февраль"]["2021-Q1"]["participants"] == 310
    assert {v["2021-Q1"]["rows_by"] for v in rows.values()} == {"month"}
    assert rows["Январь"]["2021-Q1"]["event_type"] is None and rows["Итого"]["2021-Q1"]["is_total"] == 1
    assert not [r for r in records if r.table == "unmatched_terms"]  # a month is not an unknown event type


def test_table_by_branch_in_kazakh():
    t = table_of([
        ["Кітапхана", "Іс-шаралар саны", "Қатысушылар"],
        ["Орталық кітапхана", "40", "1 200"],
        ["Балалар кітапханасы", "35", "980"],
        ["№3 кітапхана-филиал", "12", "260"],
        ["Барлығы", "87", "2 440"],
    ])
    rows = by_label(records_of(t, period="2019"))
    assert rows["№3 кітапхана-филиал"]["2019"]["actual"] == 12
    assert rows["Балалар кітапханасы"]["2019"]["rows_by"] == "branch"


def test_a_table_of_indicators_by_branch_is_not_an_event_table():
    t = table_of([
        ["Библиотека", "Читатели", "Посещения", "Книговыдача"],
        ["Центральная библиотека", "4 000", "38 000", "90 000"],
        ["Детская библиотека", "2 100", "20 500", "51 000"],
        ["Филиал №2", "800", "7 100", "16 000"],
    ])
    assert not rows_of(records_of(t, period="2019"))


def test_events_among_the_main_indicators_by_branch_are_not_an_event_table():
    # the number of events is one indicator of each library beside its readers and loans
    t = table_of([
        ["Кітапхана", "Оқырмандар", "Келушілер", "Кітап беру", "Іс-шаралар"],
        ["Орталық кітапхана", "2 300", "21 000", "55 400", "96"],
        ["Балалар кітапханасы", "1 750", "16 800", "40 100", "110"],
        ["№4 ауылдық кітапхана", "420", "3 900", "9 300", "27"],
        ["Барлығы", "4 470", "41 700", "104 800", "233"],
    ])
    assert not rows_of(records_of(t, period="2022"))
    # the same libraries with their events and the people at them alone are an event table by branch
    t = table_of([
        ["Кітапхана", "Іс-шаралар", "Келушілер"],
        ["Орталық кітапхана", "96", "2 100"],
        ["Балалар кітапханасы", "110", "2 650"],
        ["№4 ауылдық кітапхана", "27", "540"],
        ["Барлығы", "233", "5 290"],
    ])
    rows = by_label(records_of(t, period="2022"))
    assert rows["Балалар кітапханасы"]["2022"]["rows_by"] == "branch"
    assert (rows["Барлығы"]["2022"]["actual"], rows["Барлығы"]["2022"]["participants"]) == (233, 5290)


def test_events_among_the_indicators_by_month_are_not_an_event_table():
    t = table_of([
        ["Месяц", "Читатели", "Выдача", "Мероприятия"],
        ["Январь", "1 020", "7 400", "31"],
        ["Февраль", "1 110", "8 150", "35"],
        ["Март", "1 190", "8 900", "40"],
        ["Итого", "3 320", "24 450", "106"],
    ])
    assert not rows_of(records_of(t, period="2023-Q1"))


def test_role_and_year_in_one_header_cell_and_a_change_column():
    t = table_of([
        ["Наименование мероприятий", "Кол-во 2011", "Присутствовало 2011", "Кол-во 2012", "Присутствовало 2012", "+/-"],
        ["Книжные выставки", "48", "1 230", "52", "1 310", "+4"],
        ["Беседы", "30", "520", "27", "498", "-3"],
        ["Итого", "78", "1 750", "79", "1 808", "+1"],
    ])
    records = records_of(t)
    rows = by_label(records)
    assert (rows["Беседы"]["2011"]["actual"], rows["Беседы"]["2012"]["participants"]) == (30, 498)
    assert set(rows["Итого"]) == {"2011", "2012"}  # the change column is neither a period nor a role
    assert not [r for r in records if r.table == "unmatched_terms"]


def test_months_across_the_header_give_the_total_column_as_the_count():
    t = table_of([
        ["Формы работы", "Январь", "Февраль", "Март", "Итого"],
        ["Книжные выставки", "4", "5", "3", "12"],
        ["Беседы", "6", "2", "4", "12"],
        ["Викторины", "1", "2", "2", "5"],
    ])
    rows = by_label(records_of(t, period="2020-Q1"))
    assert rows["Беседы"]["2020-Q1"]["actual"] == 12 and rows["Викторины"]["2020-Q1"]["actual"] == 5
    assert rows["Беседы"]["2020-Q1"]["participants"] is None


def test_a_table_broken_across_pages_is_read_whole():
    head = table_of([
        ["№", "Формы работы", "2016 г. 2 полугодие"],
        ["план", "факт", "участники"],
        ["1", "Книжные выставки", "10", "12", "300"],
        ["2", "Беседы", "8", "9", "180"],
    ], spans={(0, 0): (2, 1), (0, 1): (2, 1), (0, 2): (1, 3)})
    rest = table_of([
        ["3", "Викторины", "4", "5", "120"],
        ["4", "Литературные часы", "6", "6", "150"],
        ["", "Итого", "28", "32", "750"],
    ])
    doc = doc_of(head, rest)
    records = list(event_stats.extract(doc, Config()))
    rows = by_label(records)
    assert rows["Викторины"]["2016-H2"]["actual"] == 5 and rows["Итого"]["2016-H2"]["participants"] == 750
    assert [r.values["row_no"] for r in rows_of(records)] == [1, 2, 3, 4, 5]
    assert {r.values["first_table"] for r in rows_of(records)} == {0}
    assert [r.table_index for r in rows_of(records)] == [0, 0, 1, 1, 1]  # provenance: the table each row is in
    # the checks see one table: its total against all its rows
    from esep.plugins.checks import run_checks
    checks = {c.values["name"]: c.values for c in run_checks(records, doc)}
    assert checks["event_totals[2016-H2].actual"]["holds"] == 1
    assert checks["event_totals[2016-H2].participants"]["actual"] == 750


def test_a_row_with_figures_and_no_label_is_a_warning_not_lost():
    """A row of an events table with figures but no label is no event row;
    it is kept as an ingest_warnings row with its figures, not dropped."""
    table = table_of([
        ["Іс-шаралар түрі", "2017 жыл", "2018 жыл"],
        ["Кітап көрмелері", "12", "15"],
        ["", "7", "9"],
        ["Әдеби кештер", "5", "6"],
    ])
    recs = list(event_stats.extract(doc_of(table), Config()))
    warnings = [r for r in recs if r.table == "ingest_warnings"]
    assert len(warnings) == 1 and warnings[0].values["error_class"] == "UnlabelledRow"
    assert warnings[0].evidence == "7 | 9" and warnings[0].cell == (2, 0)
    assert len([r for r in recs if r.table == "event_stats"]) == 4  # two types, two years


def test_a_role_of_a_cell_over_one_column_beats_one_spanning_several():
    """A PDF table whose header cell "Өткізілген іс-шаралар / саны" wrapped,
    its second line read as a cell spanning the next column too: the
    participants column keeps the role its own header gives it."""
    t = table_of([["Іс-шара түрі", "Өткізілген іс-шаралар", "Қатысушылар саны"],
                  ["", "саны"],
                  ["Кітап көрмелері", "64", "1 920"],
                  ["Кездесулер", "12", "380"],
                  ["Барлығы", "76", "2 300"]], spans={(1, 1): (1, 2)})
    records = rows_of(event_stats.extract(doc_of(t, period="2022"), Config()))
    assert [(r.values["label"], r.values["actual"], r.values["participants"]) for r in records] == [
        ("Кітап көрмелері", 64, 1920), ("Кездесулер", 12, 380), ("Барлығы", 76, 2300)]


def test_a_header_cell_wrapped_onto_a_row_of_its_own_is_no_event_row():
    """"Іс-шара" / "түрлері": a PDF table's header cells wrapped over one
    more line, read as a row without figures going on in lower case under
    header cells, are header, not an event called "түрлері"."""
    t = table_of([["Іс-шара", "Жоспар", "Орындалды", "оның ішінде"],
                  ["түрлері", "", "", "балаларға"],
                  ["Кітап көрмелері", "120", "126", "48"],
                  ["Викториналар", "40", "44", "30"],
                  ["Барлығы", "160", "170", "78"]])
    records = rows_of(event_stats.extract(doc_of(t, period="2021"), Config()))
    assert [(r.values["label"], r.values["plan"], r.values["actual"]) for r in records] == [
        ("Кітап көрмелері", 120, 126), ("Викториналар", 40, 44), ("Барлығы", 160, 170)]


def test_years_over_cells_of_a_count_and_its_people():
    # "2019 ж." over "8/240": no header says which figure is which; the smaller first is the count
    t = table_of([
        ["Р/с", "Іс-шара түрі", "2019 ж.", "2020 ж."],
        ["1", "Кітап көрмелері", "30/–", "34/–"],
        ["2", "Әдеби кештер", "8/240", "6/150"],
        ["3", "Викториналар", "12/300", "15/340"],
        ["", "Барлығы", "50/540", "55/490"],
    ])
    rows = by_label(records_of(t, period="2020"))
    assert (rows["Әдеби кештер"]["2019"]["actual"], rows["Әдеби кештер"]["2019"]["participants"]) == (8, 240)
    assert (rows["Кітап көрмелері"]["2020"]["actual"], rows["Кітап көрмелері"]["2020"]["participants"]) == (34, None)
    assert rows["Барлығы"]["2020"]["is_total"] == 1


def test_a_total_column_beside_its_online_part_and_the_participants():
    t = table_of([
        ["Форма мероприятия", "Всего", "в т.ч. онлайн", "Участники"],
        ["Акции", "15", "5", "900"],
        ["Квесты", "6", "0", "140"],
        ["Всего", "21", "5", "1 040"],
    ])
    rows = by_label(records_of(t, period="2022"))
    assert (rows["Акции"]["2022"]["actual"], rows["Акции"]["2022"]["participants"]) == (15, 900)
    assert rows["Квесты"]["2022"]["event_type"] == "game.quest"
