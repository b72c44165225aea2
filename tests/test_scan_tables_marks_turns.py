"""Tables on scans: a column of shares whose decimal points OCR lost as a
run, and a page read with no word at all because its table lies across
it, on page images drawn here at 300 dpi."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from esep.plugins.pdf import ocr
from esep.plugins.pdf.pages import Word
from esep.plugins.pdf.tables import ruled_table
from esep.registry import Config

from test_scan_tables import tesseract  # noqa: F401  (the fixture: Tesseract, or a skip)

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DPI = 300
K = 72.0 / DPI  # points a pixel

# a district's branches: readers, three shares (per cent) with one decimal, visits
ROWS = [
    ("Центральная", "2400", "7.2", "20.1", "5.5", "8400"),
    ("Детская", "1310", "21.4", "35.5", "6.2", "5120"),
    ("Сельская", "2399", "37.4", "18.3", "5.8", "2380"),
    ("Школьная", "2402", "54.0", "13.2", "3.9", "7710"),
    ("Передвижная", "1290", "22.0", "20.3", "7.1", "960"),
]
XS = (60, 560, 820, 1080, 1340, 1600, 1860)
ROW_H = 90


def shares_table():
    """A ruled table of ``ROWS``: the page image and each cell's text box
    (pixels), row by row."""
    font = ImageFont.truetype(FONT, 38)
    img = Image.new("L", (1920, 140 + ROW_H * len(ROWS)), 255)
    d = ImageDraw.Draw(img)
    top = 60
    boxes = []
    for r, row in enumerate(ROWS):
        y = top + r * ROW_H + 22
        boxes.append([d.textbbox((XS[c] + 20, y), text, font=font) for c, text in enumerate(row)])
        for c, text in enumerate(row):
            d.text((XS[c] + 20, y), text, font=font, fill=0)
    for r in range(len(ROWS) + 1):
        d.line((XS[0], top + r * ROW_H, XS[-1], top + r * ROW_H), fill=0, width=4)
    for x in XS:
        d.line((x, top, x, top + ROW_H * len(ROWS)), fill=0, width=4)
    return np.asarray(img), boxes


def read_as(texts, boxes):
    """The table as OCR gave it: ``texts`` row by row at the boxes drawn."""
    words = [Word(text, b[0] * K, b[1] * K, b[2] * K, b[3] * K, False, 10.0, len(text))
             for row, bs in zip(texts, boxes) for text, b in zip(row, bs)]
    return words


def table_of(gray, words):
    box, cells = ocr.find_ruled_tables(gray, DPI)[0]
    t, _ = ruled_table(ocr.ImageTable(tuple(v * K for v in box), [tuple(v * K for v in c) for c in cells]),
                       words, 1)
    return t


def cell_text(t, k):
    return " ".join(ln.text for ln in t.lines[k])


def lost_in(col):
    """``ROWS`` with the points of column ``col`` lost, as a run down it."""
    return [tuple(x.replace(".", "") if c == col else x for c, x in enumerate(row)) for row in ROWS]


def test_a_column_that_lost_every_point_is_read_again_beside_columns_that_kept_theirs():
    gray, boxes = shares_table()
    t = table_of(gray, read_as(lost_in(3), boxes))
    col3 = [k for k, c in enumerate(t.cells) if c.col == 3]
    counts = [k for k, c in enumerate(t.cells) if c.col in (1, 5)]
    assert [cell_text(t, k) for k in col3] == ["201", "355", "183", "132", "203"]
    # two columns of shares kept their points: the column that lost them all is not told by itself ...
    assert not set(col3) & set(ocr.unmarked_cells(t, "."))
    # ... but beside them it is, and so are the counts (read again, they stay whole)
    assert set(col3) | set(counts) == set(ocr.unmarked_cells(t, ".", wide=True))
    assert ocr.figures_to_reread(t, {})


def test_one_column_with_points_does_not_make_the_others_doubtful():
    gray, boxes = shares_table()
    texts = [tuple(x.replace(".", "") if c in (3, 4) else x for c, x in enumerate(row)) for row in ROWS]
    t = table_of(gray, read_as(texts, boxes))
    assert ocr.unmarked_cells(t, ".", wide=True) == []


@pytest.mark.usefixtures("tesseract")
def test_the_lost_points_are_taken_from_a_sure_second_reading(tmp_path):
    gray, boxes = shares_table()
    t = table_of(gray, read_as(lost_in(3), boxes))
    conf = {id(w): 96.0 for lines in t.lines for ln in lines for w in ln.words}  # sure of the digits
    changed = ocr.reread_figures(t, gray, DPI, Config(options={"cache_dir": str(tmp_path)}), conf)
    col3 = [k for k, c in enumerate(t.cells) if c.col == 3]
    assert {k for k, _, _, _ in changed} <= set(col3)
    assert [cell_text(t, k) for k in col3] == [row[3] for row in ROWS]
    assert [cell_text(t, k) for k, c in enumerate(t.cells) if c.col == 1] == [row[1] for row in ROWS]
    assert [cell_text(t, k) for k, c in enumerate(t.cells) if c.col == 5] == [row[5] for row in ROWS]


def test_a_blank_page_has_no_ink_and_a_printed_one_has():
    rng = np.random.default_rng(7)
    blank = np.full((1200, 900), 250, dtype=np.uint8)
    blank[rng.integers(0, 1200, 300), rng.integers(0, 900, 300)] = 20  # specks
    assert not ocr.has_ink(blank)
    gray, _ = shares_table()
    assert ocr.has_ink(gray)


def test_a_blank_page_is_not_read_turned(monkeypatch):
    def never(*a, **k):
        raise AssertionError("a blank page was read again")

    monkeypatch.setattr(ocr, "read_page_words", never)
    monkeypatch.setattr(ocr, "page_osd", never)
    blank = np.full((600, 400), 250, dtype=np.uint8)
    assert ocr._read_turned([], "kaz+rus", blank, Config(), DPI)[2] == 0


@pytest.mark.usefixtures("tesseract")
def test_a_page_read_with_no_word_is_tried_turned(tmp_path):
    """A table printed across the page, on a sheet laid askew on the glass,
    may read with no word at all: such a page, when it has print on it, is
    tried turned a quarter as a page read with few words is."""
    gray, _ = shares_table()
    sideways = np.ascontiguousarray(np.rot90(gray, k=1))  # the table's top to the left
    raw, _, turn, image = ocr._read_turned([], "kaz+rus", sideways, Config(options={"cache_dir": str(tmp_path)}),
                                           DPI)
    assert turn == 270 and image.shape == gray.shape
    texts = {w["text"] for w in raw}
    assert {"Центральная", "Сельская", "2402"} <= texts


def banded_table():
    """A table drawn as bands: a frame and a rule under each row, no column
    rules, its figures in columns of their own (pixels, 300 dpi)."""
    font = ImageFont.truetype(FONT, 38)
    img = Image.new("L", (1700, 700), 255)
    d = ImageDraw.Draw(img)
    rows = [("Абайская", "1250", "8400"), ("Жамбылская", "730", "5120"), ("Аксуская", "415", "2380")]
    top = 100
    for r, row in enumerate(rows):
        for text, x in zip(row, (90, 900, 1300)):
            d.text((x, top + r * ROW_H + 22), text, font=font, fill=0)
    for r in range(len(rows) + 1):
        d.line((60, top + r * ROW_H, 1600, top + r * ROW_H), fill=0, width=4)
    for x in (60, 1600):
        d.line((x, top, x, top + ROW_H * len(rows)), fill=0, width=4)
    return np.asarray(img)


def test_the_rules_between_the_rows_of_a_banded_table_are_the_pages_rules():
    """As a born-digital page's drawn rules are: a table drawn with rules
    between its rows and no column rules is read as an unruled one, and its
    rules tell its header from its body."""
    rules = ocr.horizontal_rules_in(banded_table(), DPI)
    assert len(rules) == 4
    assert all(abs(x0 - 60) <= 4 and abs(x1 - 1600) <= 4 for _, x0, x1 in rules)


def test_a_bar_is_no_rule():
    img = np.full((400, 1200), 255, dtype=np.uint8)
    img[100:103, 100:1100] = 0  # a rule
    img[200:240, 100:1100] = 0  # a black bar (a heading band)
    assert [y for y, _, _ in ocr.horizontal_rules_in(img, DPI)] == [101]


def test_digits_read_in_a_flat_streak_are_dropped_and_dashes_kept():
    page = [{"text": t, "height": h, "line": "1"} for t, h in (("Мақтаарал", 40), ("22", 2), ("1,743", 38),
                                                               ("-", 3), ("7", 1), ("-2", 3))]
    page += [{"text": t, "height": 38, "line": "2"} for t in ("Сарыағаш", "2,108", "0", "1,330")]
    assert [w["text"] for w in ocr.drop_flat_specks(page)] == ["Мақтаарал", "1,743", "-", "-2", "Сарыағаш",
                                                                 "2,108", "0", "1,330"]
