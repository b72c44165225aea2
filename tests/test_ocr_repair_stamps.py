"""What a stamp, a signature or a damaged title does to a scanned report's
text: marks read around a table's figures, the day "1" of a date read as a
letter, a cell read again through a stamp's ring, and a letterhead set in two
columns that OCR turned into a table.  Text-level, no Tesseract run."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

from esep.model import Block, Cell, Document, Provenance, Table
from esep.plugins import metadata
from esep.plugins.ocr_repair import Lexicon, Repairer, repair_document
from esep.plugins.pdf import ocr
from esep.plugins.pdf.pages import Line, Word
from esep.registry import Config


class NoLexicon(Lexicon):
    def __init__(self):
        super().__init__([])


def _repair(text):
    return Repairer([text], NoLexicon()).repair(text)


def _scanned(rows, paragraphs=("Есепті жылы аудан кітапханалары 4 200 оқырманға қызмет көрсетті, 51 300 келуші болды.",)):
    doc = Document(id="e" * 64, path="/tmp/scan.pdf", format="pdf", metadata={"ocr": "tesseract"})
    for p in paragraphs:
        doc.add_block(Block("paragraph", p, Provenance(page=1)))
    doc.add_table(Table([Cell(r, k, x) for r, row in enumerate(rows) for k, x in enumerate(row)], Provenance(page=1),
                        position=len(paragraphs) - 1))
    return doc


def test_the_day_one_read_as_a_letter_before_a_month_is_a_digit():
    for text, letter, want in (("2024 жылғы І қаңтардағы жағдай бойынша қор 51 200 дана", "І", "2024 жылғы 1 қаңтардағы"),
                               ("фонд на I января 2024 г. составил 38 400 экз.", "I", "на 1 января 2024 г."),
                               ("по состоянию на l октября", "l", "на 1 октября")):
        new, changes = _repair(text)
        assert want in new
        assert [(c.before, c.after, c.rule) for c in changes if c.rule == "digits"] == [(letter, "1", "digits")]
    # a Roman numeral before a period word, a word beginning with І: no date
    for text in ("за I квартал 2024 года", "І тоқсанда 12 іс-шара", "Іс-шаралар қаңтарда өтті"):
        assert _repair(text) == (text, [])


def test_marks_around_a_figure_in_a_column_of_figures_are_dropped():
    rows = [["Іс-шара түрі", "Саны", "Қатысушылар"],
            ["Кітап көрмелері", "140", "3 100"],
            ["Пікірсайыстар", "52 ре Ж", "\\1 870"],
            ["Кездесулер", "38", "960 —"],
            ["Барлығы", "230 \\ Х у", "5 930"]]
    doc = _scanned(rows)
    repair_document(doc, Config())
    col = {(c.row, c.col): c for c in doc.tables[0].cells}
    assert [col[(r, 1)].text for r in range(1, 5)] == ["140", "52", "38", "230"]
    assert col[(2, 2)].text == "1870" and col[(3, 2)].text == "960"
    assert col[(2, 1)].original == "52 ре Ж"  # the reading kept
    # a unit of three letters, a per cent, a digit among the marks: not marks
    rows = [["Показатель", "2023", "2024"], ["Выдача", "120 тыс.", "45 %"], ["Посещения", "4440. 7.", "312"],
            ["Читатели", "2 100", "2 250"]]
    doc = _scanned(rows, ("Отчёт о работе библиотек района за 2024 год.",))
    repair_document(doc, Config())
    assert [c.text for c in doc.tables[0].cells if c.row == 1][1:] == ["120 тыс.", "45 %"]
    assert next(c.text for c in doc.tables[0].cells if (c.row, c.col) == (2, 1)) == "4440. 7."
    # a year's abbreviation after it: no mark
    rows = [["Көрсеткіш", "Кезең"], ["Жыл", "2023 ж."], ["Оқырмандар", "4 120"], ["Келушілер", "51 300"],
            ["Кітап беру", "98 400"]]
    doc = _scanned(rows)
    repair_document(doc, Config())
    assert next(c.text for c in doc.tables[0].cells if (c.row, c.col) == (1, 1)) == "2023 ж."


def test_a_figure_read_again_through_a_stamp_keeps_its_first_reading(monkeypatch):
    """A stamp's ring over a cell leaves ink outside the figure's box, and the
    cell read again alone comes out as letters: the figure stays; a cell
    read first as no figure takes the fuller reading as before."""
    figure = Word("96", 100.0, 100.0, 112.0, 110.0, False, 10.0, 2)
    label = Word("Кітап", 20.0, 120.0, 50.0, 130.0, False, 10.0, 5)
    t = SimpleNamespace(page=1, cells=[SimpleNamespace(provenance=Provenance(page=1, bbox=(95, 95, 160, 115)),
                                                       original=None),
                                       SimpleNamespace(provenance=Provenance(page=1, bbox=(15, 115, 90, 135)),
                                                       original=None)],
                        lines=[[Line(1, [figure])], [Line(1, [label])]])
    monkeypatch.setattr(ocr, "missed_text_cells", lambda t, image, dpi: [0, 1])
    reading = {0: [dict(text="АЛУ", left=0, top=0, width=30, height=20, conf=60.0),
                   dict(text="ДЕР", left=40, top=0, width=30, height=20, conf=60.0)],
               1: [dict(text="Кітап", left=0, top=0, width=60, height=20, conf=90.0),
                   dict(text="көрмелері", left=70, top=0, width=90, height=20, conf=90.0)]}
    monkeypatch.setattr(ocr, "_read_crops", lambda crops, gap, config, dpi, **kw: reading)
    changed = ocr.reread_missed_text(t, np.full((600, 600), 255, dtype=np.uint8), 150, Config())
    assert [k for k, _, _ in changed] == [1]
    assert " ".join(ln.text for ln in t.lines[0]) == "96" and t.cells[0].original is None
    assert " ".join(ln.text for ln in t.lines[1]) == "Кітап көрмелері"


def test_a_scanned_letterhead_in_two_columns_is_read_as_the_title():
    rows = [["«Ақсу ауданының орталықтандырылған", "Коммунальное государственное учреждение"],
            ["кітапхана жүйесі» коммуналдық", "«Централизованная библиотечная система"],
            ["мемлекеттік мекемесі", "Аксуского района»"],
            ["Ақсу ауданы, Абай көшесі, 7", "Аксуский район, ул. Абая, 7"]]
    doc = Document(id="f" * 64, path="/tmp/scan.pdf", format="pdf", metadata={"ocr": "tesseract"})
    doc.add_table(Table([Cell(r, k, x) for r, row in enumerate(rows) for k, x in enumerate(row)], Provenance(page=1),
                        position=-1))
    for p in ("2024 жылғы жұмыс қорытындысы туралы ақпарат",
              "Есепті жылы аудан кітапханалары 6 100 оқырманға қызмет көрсетті, келушілер саны 48 200 болды."):
        doc.add_block(Block("paragraph", p, Provenance(page=1)))
    lines = metadata.title_lines(doc)
    assert lines[0].startswith("«Ақсу ауданының орталықтандырылған кітапхана жүйесі» коммуналдық мемлекеттік")
    assert lines[1].startswith("Коммунальное государственное учреждение «Централизованная")
    # the Kazakh report's own name, its legal form written out after it
    assert metadata.detect_organization(doc) == "«Ақсу ауданының орталықтандырылған кітапхана жүйесі»"
    # typed text: the loader reads such a letterhead as paragraphs, a table there is the report's
    doc.metadata.pop("ocr")
    assert metadata.title_lines(doc)[0] == "2024 жылғы жұмыс қорытындысы туралы ақпарат"
    # a table of figures is no letterhead
    figures = _scanned([["Кітапхана", "Оқырмандар"], ["Орталық кітапхана", "1 200"], ["Балалар кітапханасы", "800"]],
                       ("2024 жылғы есеп",))
    assert metadata.title_lines(figures) == ["2024 жылғы есеп"]


def test_a_doubtful_numeral_in_a_header_of_quarters_takes_its_place_in_order():
    """"ПІ" is III in plain type and II in bold; a header of quarters runs
    I, II, III, IV, so between a II and a IV it is III, whatever the rest of
    the document suggests."""
    rows = [["Форма", "Показатель", "І кв.", "П кв.", "ПІ кв.", "ГУ кв.", "За год"],
            ["Беседы", "мер.", "4", "6", "3", "5", "18"],
            ["", "чел.", "80", "120", "66", "101", "367"]]
    doc = _scanned(rows, ("Отчёт о работе за II квартал и П квартал 2025 года",))
    repair_document(doc, Config())
    assert [c.text for c in doc.tables[0].cells if c.row == 0][2:6] == ["І кв.", "II кв.", "III кв.", "IV кв."]
    # a header whose doubtful numeral follows an I is II
    doc = _scanned([["Показатель", "І полугодие", "ПІ полугодие"], ["Выдача", "12 400", "13 100"]],
                   ("Отчёт за 2025 год",))
    repair_document(doc, Config())
    assert [c.text for c in doc.tables[0].cells if c.row == 0][1:] == ["І полугодие", "II полугодие"]


def test_letters_glued_to_a_figure_are_no_marks():
    rows = [["Показатель", "2023", "2024"], ["Встречи", "1БІ", "24"], ["Беседы", "31", "35"], ["Итого", "80", "59"]]
    doc = _scanned(rows, ("Отчёт за 2024 год",))
    repair_document(doc, Config())
    assert next(c.text for c in doc.tables[0].cells if (c.row, c.col) == (1, 1)) == "1БІ"
