"""Tables on scans: cells on a shade (a grey header row, as Word's table
styles print it) read again from the image, on a page image drawn here at
300 dpi."""

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

HEADER = ("Филиал", "Читатели", "Посещения")
BODY = [("Центральная", "1250", "8400"), ("Детская", "730", "5120"), ("Сельская", "415", "2380")]
XS = (100, 700, 1150, 1600)  # column rules, pixels
ROW_H = 110
SHADE = 170  # the header's grey


def shaded_header_table():
    """A ruled table of three columns whose header row is shaded grey, the
    text black: the page image and the boxes (pixels) of every cell's text,
    row by row."""
    font = ImageFont.truetype(FONT, 40)
    rows = [HEADER, *BODY]
    img = Image.new("L", (1700, 200 + ROW_H * len(rows)), 255)
    d = ImageDraw.Draw(img)
    top = 100
    d.rectangle((XS[0], top, XS[-1], top + ROW_H), fill=SHADE)
    boxes = []
    for r, row in enumerate(rows):
        y = top + r * ROW_H + 30
        boxes.append([])
        for c, text in enumerate(row):
            d.text((XS[c] + 25, y), text, font=font, fill=0)
            boxes[-1].append(d.textbbox((XS[c] + 25, y), text, font=font))
    for r in range(len(rows) + 1):
        d.line((XS[0], top + r * ROW_H, XS[-1], top + r * ROW_H), fill=0, width=4)
    for x in XS:
        d.line((x, top, x, top + ROW_H * len(rows)), fill=0, width=4)
    return np.asarray(img), boxes


def test_a_shade_is_made_white_and_its_text_stays_dark():
    crop = np.full((40, 120), SHADE, dtype=np.uint8)
    crop[15:25, 10:100] = 30  # a stroke of text
    out = ocr.white_paper(crop)
    assert out[0, 0] == 255 and out[20, 50] < 60
    white = np.full((40, 120), 245, dtype=np.uint8)
    white[15:25, 10:100] = 30
    assert (ocr.white_paper(white) == white).all()  # paper already light: as it was
    dark = np.full((40, 120), 60, dtype=np.uint8)
    dark[15:25, 10:100] = 230  # light text on a dark fill: as it was
    assert (ocr.white_paper(dark) == dark).all()


@pytest.mark.usefixtures("tesseract")
def test_the_cells_of_a_shaded_header_the_page_layout_skipped_are_read(tmp_path):
    """Tesseract's page layout may pass over the text of a shaded header
    row; its cells, read again alone, were set on a white canvas as grey
    patches that Tesseract took for boxes of their own (a word over the
    whole patch, confidence near 0), and stayed empty.  With the shade made
    white they read as the header says; the body's cells, read in full,
    are not touched."""
    gray, boxes = shaded_header_table()
    found = ocr.find_ruled_tables(gray, DPI)
    assert len(found) == 1
    box, cells = found[0]
    tb = ocr.ImageTable(tuple(v * K for v in box), [tuple(v * K for v in c) for c in cells])
    words = [Word(text, b[0] * K, b[1] * K, b[2] * K, b[3] * K, False, 10.0, len(text))
             for row, bs in zip(BODY, boxes[1:]) for text, b in zip(row, bs)]
    t, _ = ruled_table(tb, words, 1)
    header = [k for k, c in enumerate(t.cells) if c.row == 0]
    assert len(header) == 3 and len(t.cells) == 12
    assert sorted(ocr.missed_text_cells(t, gray, DPI)) == header
    changed = ocr.reread_missed_text(t, gray, DPI, Config(options={"cache_dir": str(tmp_path)}), "rus")
    assert sorted(k for k, _, _ in changed) == header
    texts = {t.cells[k].col: " ".join(ln.text for ln in t.lines[k]) for k in header}
    assert [texts[c] for c in range(3)] == list(HEADER)
    assert all(t.cells[k].original == "" for k in header)
