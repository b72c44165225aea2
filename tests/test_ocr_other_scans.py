"""Scans of reports written elsewhere: what OCR does to their periods,
figures and sentences, and the repairs that read them back.

The repairs are pure text: they are tested on the text OCR gave (as
Tesseract read the rendered lines and tables of
``tests/fixtures/ocr_other/``).  The test that runs Tesseract on such a
rendering needs it with its Kazakh and Russian data, and is skipped with a
reason without them (it fails in CI, ``CI=true``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from esep.model import Block, Cell, Document, Provenance, Table
from esep.plugins import ocr_repair
from esep.pipeline import Ingester
from esep.plugins.ocr_repair import Repairer
from esep.registry import Config
from esep.storage import Store

from test_ocr import tesseract  # noqa: F401  (the fixture: Tesseract with kaz+rus, or a skip)

FIXTURES = Path(__file__).parent / "fixtures" / "ocr_other"
NO_DICTS = Config(options={"hunspell_dicts": "/nowhere/none"})


class NoLexicon(ocr_repair.Lexicon):
    def __init__(self):
        super().__init__([])


def repair(text, cell=False):
    return Repairer([text], NoLexicon()).repair(text, cell=cell)


def document(blocks, tables=()):
    doc = Document(id="o" * 64, path="/tmp/o.pdf", format="pdf", metadata={"ocr": "tesseract"})
    for page, text, *kind in blocks:
        doc.add_block(Block(kind[0] if kind else "paragraph", text, Provenance(page=page, bbox=(50, 100, 500, 120))))
    for t in tables:
        doc.add_table(t)
    return doc


def column_table(texts, col=1):
    """A table of a label column and one column of ``texts``."""
    cells = []
    for r, x in enumerate(texts):
        cells += [Cell(r, 0, f"строка {r}"), Cell(r, col, x)]
    return Table(cells, Provenance(page=1))


# -------------------------------------------------------------- the numeral I


@pytest.mark.parametrize("text, fixed", [
    ("библиотечная система» района за | квартал 2023 г.", "библиотечная система» района за I квартал 2023 г."),
    ("| полугодие 2019 года", "I полугодие 2019 года"),
    ("2024 жылдың | жартыжылдығы", "2024 жылдың I жартыжылдығы"),
    ("за | половину 2020 г.", "за I половину 2020 г."),
    ("2023 жылғы | тоқсан", "2023 жылғы I тоқсан"),
])
def test_a_lone_bar_before_a_period_word_is_the_numeral_one(text, fixed):
    out, changes = repair(text)
    assert out == fixed
    assert [(c.before, c.after, c.rule) for c in changes] == [("|", "I", "roman")]


@pytest.mark.parametrize("text, fixed", [
    ("кішкентай. | оқырмандар", "кішкентай. оқырмандар"),  # no period word after it: a rule
    ("за | 2023 год", "за 2023 год"),
])
def test_a_lone_bar_elsewhere_is_still_a_rule(text, fixed):
    assert repair(text)[0] == fixed


def test_a_bar_glued_to_i_is_no_second_stroke():
    """"|І полугодие": a table cell's left rule glued to the letter.  In a
    cell the bar at its start is the rule; in running text it may be a
    stroke or a rule, so the numeral is left as read, never made II."""
    out, changes = repair("|І полугодие 2018 г.", cell=True)
    assert out == "І полугодие 2018 г." and [c.rule for c in changes] == ["stray_bar"]
    out, changes = repair("|І полугодие 2018 г.")
    assert "II" not in out and "roman" not in [c.rule for c in changes]
    assert repair("П полугодие 2018 г.", cell=True)[0] == "II полугодие 2018 г."


# ------------------------------------------------- figures of a column of figures


def cells_after(texts):
    doc = document([(1, "Таблица 1")], [column_table(texts)])
    rows = ocr_repair.repair_document(doc, NO_DICTS)
    return [c.text for c in doc.tables[0].cells if c.col == 1], rows, doc


def test_a_figure_with_one_thousands_space_lost_in_a_column_of_figures():
    texts, rows, doc = cells_after(["2022 г.", "2611 045", "2 584 310", "1916 078", "5 870210", "198 236"])
    assert texts == ["2022 г.", "2611045", "2584310", "1916078", "5870210", "198236"]
    cell = doc.tables[0].cells[3]
    assert cell.original == "2611 045"
    assert ("2611 045", "2611045", "number_space", 1, 1) in [
        (r["before"], r["after"], r["rule"], r["cell_row"], r["cell_col"]) for r in rows]


@pytest.mark.parametrize("texts", [
    ["Годы", "2019 2020", "1 200", "1 350"],  # two years
    ["Шифр", "12 3456", "1 200", "1 350"],  # no grouping of thousands
    ["Адрес", "2611 045", "ул. Абая, 5", "ул. Ленина, 12"],  # no column of figures
    ["Сумма", "2611045 310", "1 200", "1 350"],  # two spaces lost: too many to be sure
])
def test_digit_groups_that_are_no_figure_stay(texts):
    assert cells_after(texts)[0][1] == texts[1]


def test_a_decimal_comma_read_as_a_colon_in_a_column_of_decimals():
    texts, rows, _ = cells_after(["Обращаемость", "1,4", "1:5", "1,6", "0,9"])
    assert texts == ["Обращаемость", "1,4", "1,5", "1,6", "0,9"]
    assert [r["rule"] for r in rows] == ["decimal_mark"]
    assert cells_after(["Коэф.", "1.4", "1:5", "1.6"])[0][2] == "1.5"


def test_a_thousands_space_read_as_a_colon_in_a_column_of_whole_numbers():
    texts, rows, doc = cells_after(["Посещения", "48 300", "3:420", "12 075", "960"])
    assert texts == ["Посещения", "48300", "3420", "12075", "960"]
    assert [c.original for c in doc.tables[0].cells if c.col == 1 and c.row == 2] == ["3:420"]
    assert ("3:420", "3420", "number_space") in [(r["before"], r["after"], r["rule"]) for r in rows]
    # among decimals it is no figure of thousands
    assert cells_after(["Обращаемость", "1,4", "1:500", "1,6"])[0][2] == "1:500"
    assert cells_after(["Участники", "2 840", "960", "11-275"])[0][3] == "11275"
    # a column of ranges stays
    assert cells_after(["Возраст", "15-100", "101-250", "251-400"])[0][1:] == ["15-100", "101-250", "251-400"]


def test_a_figure_put_together_across_a_colon_is_less_sure_than_as_printed():
    from esep.plugins.facts.plugin import extract

    def confidences(texts, ocr):
        t = Table([Cell(r, c, x) for r, row in enumerate(texts) for c, x in enumerate(row)], Provenance(page=1))
        doc = document([(1, "Таблица 1. Посещения по библиотекам")], [t])
        if ocr:
            ocr_repair.repair_document(doc, NO_DICTS)
        else:
            doc.metadata.pop("ocr")
        return {r.values["value"]: r.confidence for r in extract(doc, Config()) if r.table == "facts"}

    rows = [["Библиотека", "Посещения"], ["Центральная", "52 400"], ["Детская", "{}"], ["Сельская", "8 900"]]
    read = confidences([[x.format("2:150") for x in r] for r in rows], True)
    printed = confidences([[x.format("2 150") for x in r] for r in rows], False)
    assert 2150.0 in read and 2150.0 in printed
    assert read[2150.0] < printed[2150.0]
    assert read[52400.0] == printed[52400.0]  # a thousands space taken out: the digits as printed


@pytest.mark.parametrize("texts", [
    ["Время", "10:30", "11:00", "14:15"],  # times
    ["Начало", "10:30", "120", "145"],  # a column of whole numbers
])
def test_a_colon_outside_a_column_of_decimals_stays(texts):
    assert cells_after(texts)[0][1] == "10:30"


# ------------------------------------------------- sentences cut by a line or page


def test_a_sentence_cut_by_a_page_break_is_one_block():
    doc = document([
        (1, "Жартыжылдық ішінде қорға 2946 дана құжат түсті; 1308 дана есептен"),
        (2, "шығарылды. 01.07.2024 жағдайы бойынша қор 236418 дана."),
        (2, "Көпшілік іс-шаралар", "heading"),
    ])
    rows = ocr_repair.repair_document(doc, NO_DICTS)
    assert [b.text for b in doc.blocks] == [
        "Жартыжылдық ішінде қорға 2946 дана құжат түсті; 1308 дана есептен шығарылды. "
        "01.07.2024 жағдайы бойынша қор 236418 дана.", "Көпшілік іс-шаралар"]
    first = doc.blocks[0]
    assert first.provenance.page == 1 and first.original.endswith("есептен шығарылды. 01.07.2024 жағдайы "
                                                                  "бойынша қор 236418 дана.")
    join, = [r for r in rows if r["rule"] == "sentence_join"]
    assert join["page"] == 2 and join["block_index"] == 0 and join["before"].startswith("шығарылды.")
    assert [b.index for b in doc.blocks] == [0, 1]


def test_a_figure_cut_at_its_thousands_space_is_joined_and_read_whole():
    doc = document([
        (1, "Библиотеку посетили 158 412 раз (в 2021 г. – 131"),
        (1, "960). Пользователям выдано 512,3 тыс. экз."),
        (1, "“ Сельская библиотека с. Каменка – 312 читателей, 4 100 посещений, 6"),
        (1, "215 экз.;"),
    ])
    ocr_repair.repair_document(doc, NO_DICTS)
    assert [b.text for b in doc.blocks] == [
        "Библиотеку посетили 158412 раз (в 2021 г. – 131960). Пользователям выдано 512,3 тыс. экз.",
        "“ Сельская библиотека с. Каменка – 312 читателей, 4100 посещений, 6215 экз.;"]


def test_a_title_cut_before_its_quarter_reads_the_numeral():
    doc = document([
        (1, "Информация о работе ГУ «Централизованная", "heading"),
        (1, "библиотечная система» Бурабайского района за |", "heading"),
        (1, "квартал 2023 г."),
        (1, "За І квартал 2023 года библиотеками района обслужено 9 874 читателя."),
    ])
    ocr_repair.repair_document(doc, NO_DICTS)
    assert [b.text for b in doc.blocks] == [
        "Информация о работе ГУ «Централизованная библиотечная система» Бурабайского района за I квартал 2023 г.",
        "За І квартал 2023 года библиотеками района обслужено 9874 читателя."]
    assert doc.blocks[0].kind == "heading"


@pytest.mark.parametrize("blocks", [
    [(1, "Показатели по библиотекам:"), (1, "выдано 164 380 экз.")],  # a sentence ended (the colon)
    [(1, "Кадры"), (1, "Штат – 38 ед.")],  # a capital starts a sentence
    [(1, "Мероприятия"), (1, "100 лет со дня рождения")],  # three digits after no figure
    [(1, "Кадры", "heading"), (1, "с 2023 года в штате 38 единиц.")],  # a capital read small after a heading
    [(1, "Выдано 12"), (3, "крупных изданий")],  # pages apart
])
def test_blocks_that_do_not_go_on_stay_apart(blocks):
    doc = document(blocks)
    ocr_repair.repair_document(doc, NO_DICTS)
    assert len(doc.blocks) == 2


def test_no_join_across_a_table():
    doc = document([(1, "Кітап қоры бойынша"), (1, "кестеде көрсетілген.")])
    doc.add_table(Table([Cell(0, 0, "1"), Cell(0, 1, "2")], Provenance(page=1), position=0))
    ocr_repair.repair_document(doc, NO_DICTS)
    assert len(doc.blocks) == 2 and doc.tables[0].position == 0


# ------------------------------------------------------------------ with Tesseract


@pytest.mark.usefixtures("tesseract")
def test_a_figure_wrapped_at_its_thousands_space_on_a_scan(tmp_path, registry):
    """``report_scan200.pdf`` (made by ``make_fixtures.py``): "(в 2021 г. –
    131" wraps before "960)." and the scan's lines come out as two blocks;
    131 960 is stored for 2021, not 131, and the title's numeral is read."""
    store = Store(tmp_path / "e.db", registry.migrations)
    config = Config(options={"cache_dir": str(tmp_path / "cache")})
    Ingester(store, registry, config).run([FIXTURES / "report_scan200.pdf"])
    facts = store.db.execute("select value, period from facts where metric = 'visits.total'").fetchall()
    joins = store.db.execute("select page from ocr_repairs where rule = 'sentence_join'").fetchall()
    meta = store.db.execute("select metadata from documents").fetchone()[0]
    store.close()
    assert any(v == 131960.0 and p.startswith("2021") for v, p in facts)
    assert not any(v == 131.0 for v, _ in facts)
    assert joins and '"period": "2023-Q1"' in meta


def test_bullets_read_as_letters_are_bullets_again():
    doc = document([
        (1, "Показатели по библиотекам:"),
        (1, "е Центральная районная библиотека – 2 146 читателей;"),
        (1, "“ Сельская библиотека с. Каменка – 312 читателей;"),
        (1, "е” Детская библиотека – 1 408 читателей;"),
        (1, "е Сельская библиотека с. Урумкай – 287 читателей."),
        (1, "е, солай болды."),
    ])
    rows = ocr_repair.repair_document(doc, NO_DICTS)
    assert [b.text[:2] for b in doc.blocks] == ["По", "• ", "• ", "• ", "• ", "е,"]
    assert doc.blocks[2].original.startswith("“ Сельская")
    assert [r["rule"] for r in rows].count("bullet") == 4
    lone = document([(1, "е Центральная районная библиотека – 2 146 читателей;")])
    ocr_repair.repair_document(lone, NO_DICTS)
    assert lone.blocks[0].text.startswith("е ")  # one is no list


def test_a_decimal_colon_in_a_row_of_decimals():
    """A table's row is one indicator over several years: a ratio's row is
    decimals even where its column holds whole numbers."""
    t = Table([Cell(r, c, x) for r, row in enumerate([
        ["Показатель", "План 2021 г.", "Факт 2021 г.", "2020 г."],
        ["Пользователи", "38 500", "38 912", "36 407"],
        ["Посещения", "300 000", "311 436", "244 158"],
        ["Обращаемость", "1,6", "1,6", "1:5"],
        ["Начало", "10:30", "11:00", "12:00"]]) for c, x in enumerate(row)], Provenance(page=1))
    doc = document([(1, "Таблица")], [t])
    ocr_repair.repair_document(doc, NO_DICTS)
    texts = {(c.row, c.col): c.text for c in doc.tables[0].cells}
    assert texts[3, 3] == "1,5" and texts[4, 1] == "10:30"
