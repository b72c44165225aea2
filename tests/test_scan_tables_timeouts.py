"""Scans read on a busy machine: a second reading (a cell's crop, the page
in other languages) that runs past Tesseract's timeout leaves the first
reading standing instead of losing the page."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from esep.plugins.pdf import ocr
from esep.registry import Config

from test_scan_tables import cell_text, events_table, misread
from test_scan_tables import tesseract  # noqa: F401  (the fixture: Tesseract, or a skip)

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def timing_out_after(monkeypatch, first_calls: int) -> list[int]:
    """pytesseract's reading made to run past its timeout (as pytesseract
    says it: a RuntimeError) after ``first_calls`` readings; the list counts
    the readings asked for."""
    import pytesseract

    real = pytesseract.image_to_data
    calls: list[int] = []

    def reading(*a, **kw):
        calls.append(1)
        if len(calls) > first_calls:
            raise RuntimeError("Tesseract process timeout")
        return real(*a, **kw)

    monkeypatch.setattr(pytesseract, "image_to_data", reading)
    return calls


@pytest.mark.usefixtures("tesseract")
def test_a_second_reading_past_the_timeout_is_none(tmp_path, monkeypatch):
    timing_out_after(monkeypatch, 0)
    img = Image.new("L", (200, 60), 255)
    assert ocr.ocr_again(img, Config(options={"cache_dir": str(tmp_path)}), 300) is None


@pytest.mark.usefixtures("tesseract")
def test_other_failures_of_a_second_reading_are_not_hidden(tmp_path, monkeypatch):
    import pytesseract

    def broken(*a, **kw):
        raise RuntimeError("the image is empty")

    monkeypatch.setattr(pytesseract, "image_to_data", broken)
    with pytest.raises(RuntimeError, match="empty"):
        ocr.ocr_again(Image.new("L", (200, 60), 255), Config(options={"cache_dir": str(tmp_path)}), 300)


@pytest.mark.usefixtures("tesseract")
def test_figures_read_again_past_the_timeout_keep_what_was_read(tmp_path, monkeypatch):
    """A column of figures with two cells misread as letters: their second
    reading runs out of time, so they stay as first read, and nothing
    raises (before, the whole page was lost and the table with it)."""
    t, gray = events_table()
    singles = [k for k, c in enumerate(t.cells) if len(cell_text(t, k)) == 1 and cell_text(t, k).isdigit()]
    chosen = singles[:2]
    for k, text in zip(chosen, ["т", "Я"]):
        misread(t, k, text)
    calls = timing_out_after(monkeypatch, 0)
    assert ocr.reread_figures(t, gray, 300, Config(options={"cache_dir": str(tmp_path)})) == []
    assert calls and [cell_text(t, k) for k in chosen] == ["т", "Я"]


def english_page():
    """A few lines of English set on a white page at 300 dpi: read by the
    Kazakh and Russian models first, then again with English."""
    font = ImageFont.truetype(FONT, 40)
    img = Image.new("L", (1600, 700), 255)
    d = ImageDraw.Draw(img)
    for i, line in enumerate(("Library visitors in the first half year",
                              "Books lent to readers at home and in halls",
                              "Events held for children and young people",
                              "Titles added to the collection this year")):
        d.text((80, 80 + 120 * i), line, font=font, fill=0)
    return img


@pytest.mark.usefixtures("tesseract")
def test_the_page_read_again_in_english_past_the_timeout_keeps_its_first_reading(tmp_path,
                                                                                  monkeypatch):
    img = english_page()
    config = Config(options={"cache_dir": str(tmp_path), "ocr_cache": "off"})
    calls = timing_out_after(monkeypatch, 1)
    words, lang = ocr.read_page_words(img, config, 300)
    if len(calls) < 2:
        pytest.skip("this Tesseract read the page well enough in Cyrillic not to read it again")
    assert lang == "kaz+rus" and len(words) >= 10  # the first reading, in the page's own languages


@pytest.mark.usefixtures("tesseract")
def test_a_crop_canvas_past_the_timeout_loses_only_its_own_crops(tmp_path, monkeypatch):
    """Crops on two canvases: the second canvas runs out of time, the first
    canvas's crops keep their new reading."""
    font = ImageFont.truetype(FONT, 40)
    crops = []
    for k, text in enumerate(("125", "348")):
        img = Image.new("L", (160, 70), 255)
        ImageDraw.Draw(img).text((20, 10), text, font=font, fill=0)
        crops.append((k, np.asarray(img)))
    monkeypatch.setattr(ocr, "_CANVAS_MAX", 250)  # one crop a canvas
    timing_out_after(monkeypatch, 1)
    config = Config(options={"cache_dir": str(tmp_path), "ocr_cache": "off"})
    read = ocr._read_crops(crops, 40, config, 300, lang="eng", psm=6)
    assert set(read) == {0} and [w["text"] for w in read[0]] == ["125"]

