"""Scans read by Tesseract: words read over blank paper, bullets read as
letters, and the figures of a table without rules read again, on page
images drawn here at 300 dpi."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from esep.plugins.pdf import ocr
from esep.model import Provenance
from esep.plugins.pdf.pages import Cell, Line, Page, PTable, Word
from esep.registry import Config

from test_scan_tables import tesseract  # noqa: F401  (the fixture: Tesseract, or a skip)

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DPI = 300
K = 72.0 / DPI  # points a pixel


def word(text, box, conf=95.0):
    """A word as Tesseract gives it (pixels)."""
    x0, top, x1, bottom = box
    return {"text": text, "left": x0, "top": top, "width": x1 - x0, "height": bottom - top, "conf": conf,
            "line": "1.1.1"}


def code_and_name():
    """One row of a table of codes and names, a wide blank between the two
    columns: the image and the boxes of "0104", "Ардакты" and "ауылы"."""
    font = ImageFont.truetype(FONT, 38)
    img = Image.new("L", (1400, 120), 255)
    d = ImageDraw.Draw(img)
    boxes = []
    for x, text in ((40, "0104"), (400, "Ардакты"), (600, "ауылы")):
        d.text((x, 30), text, font=font, fill=0)
        boxes.append(d.textbbox((x, 30), text, font=font))
    return np.asarray(img), boxes


def test_a_word_read_over_blank_paper_is_dropped():
    gray, (code, name, rest) = code_and_name()
    blank = (code[2] + 80, code[1], code[2] + 120, code[3])  # in the gap between the two columns
    raw = [word("0104", code), word("=", blank, 60.0), word("Ардакты", name), word("ауылы", rest)]
    assert [w["text"] for w in ocr.drop_inkless(raw, gray)] == ["0104", "Ардакты", "ауылы"]


def test_a_point_and_a_dash_keep_their_small_boxes():
    img = Image.new("L", (400, 100), 255)
    d = ImageDraw.Draw(img)
    d.rectangle((50, 70, 56, 76), fill=0)  # a point
    d.rectangle((150, 50, 170, 54), fill=0)  # a hyphen
    raw = [word(".", (50, 70, 57, 77)), word("-", (150, 50, 171, 55))]
    assert ocr.drop_inkless(raw, np.asarray(img)) == raw


def bulleted_cell():
    """Two items of a list in a table cell, each after a round bullet: the
    image, the bullets' boxes and the boxes of the words after them."""
    font = ImageFont.truetype(FONT, 38)
    img = Image.new("L", (1000, 200), 255)
    d = ImageDraw.Draw(img)
    bullets, words = [], []
    for y, text in ((30, "Кітап көрмесі"), (110, "Оқырман конференциясы")):
        d.ellipse((40, y + 14, 56, y + 30), fill=0)
        bullets.append((40, y + 14, 57, y + 31))
        x = 80
        for part in text.split():
            box = d.textbbox((x, y), part, font=font)
            d.text((x, y), part, font=font, fill=0)
            words.append((part, box))
            x = box[2] + 20
    return np.asarray(img), bullets, words


def test_a_bullet_read_as_a_letter_is_a_bullet_again():
    gray, bullets, words = bulleted_cell()
    raw = [word("e", bullets[0], 90.0), word("©", bullets[1], 40.0)] + [word(t, b) for t, b in words]
    assert ocr.bullets(raw, gray) == 2
    assert [w["text"] for w in raw[:2]] == [ocr.BULLET, ocr.BULLET]
    assert [w["text"] for w in raw[2:]] == ["Кітап", "көрмесі", "Оқырман", "конференциясы"]


def test_a_small_letter_or_a_point_is_no_bullet():
    img = Image.new("L", (1400, 120), 255)
    d = ImageDraw.Draw(img)
    font = ImageFont.truetype(FONT, 38)
    raw = []
    for x, text in ((40, "Бөлім"), (240, "о"), (300, "жылдың"), (520, "басында")):
        d.text((x, 30), text, font=font, fill=0)  # "о": as high as a bullet is wide, with a hole
        raw.append(word(text, d.textbbox((x, 30), text, font=font)))
    d.rectangle((700, 62, 706, 68), fill=0)  # a full stop: a filled square, but small
    raw.append(word(".", (700, 62, 707, 69)))
    assert ocr.bullets(raw, np.asarray(img)) == 0
    assert [w["text"] for w in raw] == ["Бөлім", "о", "жылдың", "басында", "."]


# a district's branches without rules: readers, two shares (per cent), visits
ROWS = [
    ("Филиал", "Оқырман", "Үлесі", "Өсім", "Келу"),
    ("Орталық", "2400", "7.2", "20.1", "8400"),
    ("Балалар", "1310", "21.4", "35.5", "5120"),
    ("Ауылдық", "2399", "37.4", "18.3", "2380"),
    ("Мектеп", "2402", "54.0", "13.2", "7710"),
    ("Көшпелі", "1290", "22.0", "20.3", "960"),
]
XS = (60, 500, 800, 1100, 1400)


def unruled_table():
    """``ROWS`` set in columns without any rule: the image and each cell's
    text box (pixels), row by row."""
    font = ImageFont.truetype(FONT, 38)
    img = Image.new("L", (1700, 120 + 70 * len(ROWS)), 255)
    d = ImageDraw.Draw(img)
    boxes = []
    for r, row in enumerate(ROWS):
        y = 60 + 70 * r
        boxes.append([d.textbbox((x, y), text, font=font) for x, text in zip(XS, row)])
        for x, text in zip(XS, row):
            d.text((x, y), text, font=font, fill=0)
    return np.asarray(img), boxes


@pytest.mark.usefixtures("tesseract")
def test_the_lost_points_of_a_table_without_rules_are_read_again(tmp_path):
    gray, boxes = unruled_table()
    # OCR lost the points of two shares of the third column
    texts = [list(row) for row in ROWS]
    texts[2][2], texts[4][2] = "214", "540"
    words = [Word(text, b[0] * K, b[1] * K, b[2] * K, b[3] * K, False, 10.0, len(text))
             for row, bs in zip(texts, boxes) for text, b in zip(row, bs)]
    conf = {id(w): 96.0 for w in words}
    h, w = gray.shape
    sp = ocr.ScanPage([], [], "ocr", image=gray, dpi=DPI)
    reader = ocr.ScanReader(Config(options={"cache_dir": str(tmp_path)}))
    shell = Page(1, w * K, h * K, [], [])
    got = reader.reread_text_tables(None, 1, sp, shell, words, conf)
    assert [x.text for x in got] == [x for row in ROWS for x in row]
    assert {(c["read"], c["figure"]) for c in reader.reread[1]} == {("214", "21.4"), ("540", "54.0")}
    # the words given are left as they were, and nothing else was read again
    assert [x.text for x in words][12] == "214"


def ranges(dash):
    """Two ranges of figures set with ``dash`` between them, and a third
    word with nothing to change: the image and OCR's words (hyphens)."""
    font = ImageFont.truetype(FONT, 38)
    img = Image.new("L", (1200, 120), 255)
    d = ImageDraw.Draw(img)
    raw = []
    for x, text in ((40, f"(13.8{dash}17.1)"), (400, f"45{dash}54"), (700, "2023")):
        d.text((x, 30), text, font=font, fill=0)
        raw.append(word(text.replace(dash, "-"), d.textbbox((x, 30), text, font=font)))
    return np.asarray(img), raw


def test_a_dash_as_wide_as_a_digit_between_figures_is_an_en_dash():
    gray, raw = ranges("\u2013")
    assert ocr.en_dashes(raw, gray) == 2
    assert [w["text"] for w in raw] == ["(13.8\u201317.1)", "45\u201354", "2023"]


def test_a_hyphen_between_figures_stays():
    gray, raw = ranges("-")
    assert ocr.en_dashes(raw, gray) == 0
    assert [w["text"] for w in raw] == ["(13.8-17.1)", "45-54", "2023"]


def test_a_cell_with_a_word_read_with_little_confidence_is_unsure():
    _, boxes = unruled_table()
    words = [Word(t, b[0] * K, b[1] * K, b[2] * K, b[3] * K, False, 10.0, len(t))
             for t, b in (("Өсім", boxes[0][3]), ("Mee", boxes[1][3]), ("Y", boxes[2][3]), ("Келу", boxes[0][4]))]
    t = PTable(1, (0, 0, 500, 200), [Cell(0, 0, "", provenance=Provenance(page=1)),
                                     Cell(0, 1, "", provenance=Provenance(page=1)),
                                     Cell(0, 2, "", provenance=Provenance(page=1))],
               [0, 1, 2, 3], [[Line(1, [words[0]])], [Line(1, [words[1], words[2]])], [Line(1, [words[3]])]],
               [1, 2, 3])
    conf = {id(words[0]): 96.0, id(words[1]): 5.0, id(words[2]): 46.0, id(words[3]): 35.0}
    # "Mee" (two letters or more, confidence 5) makes its cell unsure; "Келу" at 35 alone does not
    assert ocr.unsure_text_cells(t, conf) == {1: 25.5}
