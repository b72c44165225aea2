"""Tables on scans: light text on dark fills (a header row set white on a
dark band, as report templates print it) turned to dark text on white
paper before OCR and before the rules are looked for, on page images drawn
here at 300 dpi."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from esep.plugins.pdf import ocr
from esep.registry import Config

from test_scan_tables import tesseract  # noqa: F401  (the fixture: Tesseract, or a skip)

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
DPI = 300
HEADER = ("Library", "Readers", "Loans")
BODY = [("Central", "1250", "8400"), ("Children", "730", "5120"), ("Rural", "415", "2380")]
XS = (100, 700, 1150, 1600)
ROW_H = 110
TOP = 150


def dark_header_table(fill: int = 70, text: int = 250, gap: int = 6):
    """A table of three columns: its header row three dark cells (grey
    ``fill``) with the text in ``text``, a thin gap of paper between the
    cells (the table's rules drawn white), the body ruled black below."""
    font = ImageFont.truetype(FONT, 40)
    img = Image.new("L", (1700, 300 + ROW_H * (len(BODY) + 1)), 250)
    d = ImageDraw.Draw(img)
    for c, word in enumerate(HEADER):
        d.rectangle((XS[c] + (gap if c else 0), TOP, XS[c + 1] - (gap if c < 2 else 0), TOP + ROW_H), fill=fill)
        d.text((XS[c] + 30, TOP + 30), word, font=font, fill=text)
    for r, row in enumerate(BODY, start=1):
        for c, word in enumerate(row):
            d.text((XS[c] + 30, TOP + r * ROW_H + 30), word, font=font, fill=20)
    bottom = TOP + ROW_H * (len(BODY) + 1)
    for r in range(1, len(BODY) + 2):
        d.line((XS[0], TOP + r * ROW_H, XS[-1], TOP + r * ROW_H), fill=0, width=4)
    for x in XS:
        d.line((x, TOP + ROW_H, x, bottom), fill=0, width=4)
    return np.asarray(img)


def header_box(c: int) -> tuple[slice, slice]:
    return slice(TOP + 25, TOP + ROW_H - 25), slice(XS[c] + 25, XS[c + 1] - 25)


def test_light_text_on_a_dark_fill_becomes_dark_text_on_white():
    gray = dark_header_table()
    out = ocr.light_on_dark(gray, DPI)
    for c in range(3):
        before, after = gray[header_box(c)], out[header_box(c)]
        assert np.median(after) >= 240  # the fill is paper now
        assert (after < 100).sum() == pytest.approx((before > 200).sum(), rel=0.35)  # its letters ink
    body = slice(TOP + ROW_H + 10, None)
    assert (out[body] == gray[body]).all()  # the rest of the page as it was


def test_a_black_fill_of_a_black_and_white_scan_too():
    gray = dark_header_table(fill=0, text=255)
    out = ocr.light_on_dark(gray, DPI)
    for c in range(3):
        assert np.median(out[header_box(c)]) == 255
        assert (out[header_box(c)] < 100).sum() > 500


def test_the_header_row_joins_the_grid_its_fills_drew():
    """The fills' edges and the gaps between them become the header's
    rules: the grid has the header row over the body's three."""
    gray = dark_header_table()
    cells_before = sum(len(cells) for _, cells in ocr.find_ruled_tables(gray, DPI))
    found = ocr.find_ruled_tables(ocr.light_on_dark(gray, DPI), DPI)
    assert len(found) == 1
    box, cells = found[0]
    assert len(cells) == 12 > cells_before
    assert box[1] <= TOP + 10  # the grid starts at the header's top


def test_what_is_no_light_text_on_a_fill_is_left():
    # a grey shade with black text on it (made white elsewhere, cell by cell)
    gray = dark_header_table(fill=170, text=20)
    assert ocr.light_on_dark(gray, DPI) is gray
    # a dark bar with nothing on it
    bar = np.full((600, 1700), 250, dtype=np.uint8)
    bar[200:260, 100:1600] = 40
    assert ocr.light_on_dark(bar, DPI) is bar
    # a heading in large bold type and a paragraph of ordinary text
    img = Image.new("L", (1700, 700), 250)
    d = ImageDraw.Draw(img)
    d.text((100, 80), "ANNUAL REPORT 2024", font=ImageFont.truetype(FONT, 90), fill=10)
    small = ImageFont.truetype(FONT, 36)
    for i in range(6):
        d.text((100, 260 + 60 * i), "The library served readers in every district of the region.",
               font=small, fill=10)
    page = np.asarray(img)
    assert ocr.light_on_dark(page, DPI) is page


@pytest.mark.usefixtures("tesseract")
def test_the_header_words_are_read_once_the_fill_is_turned(tmp_path):
    gray = dark_header_table()
    turned = ocr.light_on_dark(gray, DPI)
    config = Config(ocr="auto", options={"cache_dir": str(tmp_path)})
    read = []
    for c in range(3):
        crop = Image.fromarray(np.ascontiguousarray(turned[header_box(c)]))
        read.append(" ".join(w["text"] for w in ocr.ocr_image(crop, config, DPI, lang="eng", psm=7)))
    assert read == list(HEADER)
