"""A grid drawn in thin light rules on a grey scan that carries another
program's text layer: its rules are looked for at the resolution OCR reads
at, not only at the coarse one the layer is checked at."""

from __future__ import annotations

import numpy as np
import pdfplumber
from PIL import Image, ImageDraw, ImageFilter

from esep.plugins.pdf import ocr
from esep.registry import Config

XS = [100, 400, 600, 800, 1000, 1200]  # pixels at 200 dpi: five columns
YS = [100, 160, 220, 280, 340, 400]  # five rows


def faint_grid_pdf(path, rule_grey: int = 200):
    """A 200 dpi grey page: a grid of 1-pixel rules of ``rule_grey`` on
    paper of 250, a dark word-sized mark in every cell, a little blur,
    saved as JPEG in a PDF (no text layer is needed to find rules)."""
    img = Image.new("L", (1400, 900), 250)
    d = ImageDraw.Draw(img)
    for x in XS:
        d.line([(x, YS[0]), (x, YS[-1])], fill=rule_grey, width=1)
    for y in YS:
        d.line([(XS[0], y), (XS[-1], y)], fill=rule_grey, width=1)
    for r in range(len(YS) - 1):
        for c in range(len(XS) - 1):
            d.rectangle([XS[c] + 15, YS[r] + 20, XS[c] + 75, YS[r] + 38], fill=40)
    img.filter(ImageFilter.GaussianBlur(0.5)).save(path, "PDF", resolution=200, quality=35)
    return path


def test_faint_rules_lost_at_the_coarse_resolution_are_found_at_the_ocr_one(tmp_path):
    with pdfplumber.open(faint_grid_pdf(tmp_path / "faint.pdf")) as pdf:
        page = pdf.pages[0]
        coarse = ocr.find_ruled_tables(np.asarray(ocr.render(page, ocr.TABLE_DPI)), ocr.TABLE_DPI)
        assert sum(len(c) for _, c in coarse) < 25  # the grid blurs into the paper at 150 dpi
        image, dpi, tables = ocr.rules_at_ocr_dpi(page, Config(), 0.0, [])
    assert dpi == ocr.DEFAULT_DPI and image.shape[1] > 1400 * ocr.TABLE_DPI / 200
    assert [len(t.cells) for t in tables] == [25]
    # the cells in points: the first column starts where its rule is drawn (100 px at 200 dpi)
    assert abs(min(c[0] for c in tables[0].cells) - 100 * 72 / 200) < 2


def test_the_coarse_grid_stays_when_the_fine_image_finds_fewer_cells(tmp_path):
    # a grid the coarse pass found (given here) over paper where the fine image finds no rule at all
    with pdfplumber.open(faint_grid_pdf(tmp_path / "blank.pdf", rule_grey=250)) as pdf:
        given = [ocr.ImageTable((36.0, 36.0, 432.0, 144.0), [(36.0, 36.0, 200.0, 90.0), (200.0, 36.0, 432.0, 90.0)])]
        _, _, tables = ocr.rules_at_ocr_dpi(pdf.pages[0], Config(), 0.0, given)
    assert tables is given
