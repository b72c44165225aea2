"""Tables on scans: dot leaders OCR read as letters, and text Tesseract's
page layout skipped, on page images drawn here at 300 dpi."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from esep.plugins.pdf import ocr
from esep.registry import Config

from test_scan_tables import tesseract  # noqa: F401  (the fixture: Tesseract, or a skip)

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DPI = 300
K = 72.0 / DPI  # points a pixel




ROWS = [("Burglary", "240.9", "60.3"), ("Robbery", "102.1", "25.5"), ("Arson", "9.8", "4.3"),
        ("Vandalism", "217.4", "72.7"), ("Fraud", "173.7", "5.1"), ("Gambling", "8.2", "1.4")]


def statistics_page():
    """A table of row labels with dot leaders and two columns of figures,
    as statistical yearbooks print them: the image, and each row's boxes
    (label, leader, figures) in pixels."""
    font = ImageFont.truetype(FONT, 36)
    img = Image.new("L", (1700, 150 + 70 * len(ROWS)), 255)
    d = ImageDraw.Draw(img)
    boxes = []
    for i, (label, a, b) in enumerate(ROWS):
        y = 100 + 70 * i
        d.text((100, y), label, font=font, fill=0)
        lab = d.textbbox((100, y), label, font=font)
        lead = (lab[2] + 20, y, 1000, y + 40)
        for x in range(lead[0], lead[2], 24):
            d.text((x, y), ".", font=font, fill=0)
        ink = d.textbbox((lead[0], y), ".", font=font)
        d.text((1100, y), a, font=font, fill=0)
        d.text((1400, y), b, font=font, fill=0)
        boxes.append({"label": lab, "leader": (lead[0], lab[1], lead[2], lab[3]), "dot": ink,
                      "a": d.textbbox((1100, y), a, font=font), "b": d.textbbox((1400, y), b, font=font),
                      "texts": (label, a, b)})
    return np.asarray(img), boxes


def word(text, box):
    """An OCR word over a box in pixels, in points as the page model holds it."""
    return ocr.OcrWord(text, box[0] * K, box[1] * K, box[2] * K, box[3] * K, None, 10.0)


def test_dot_leaders_read_as_letters_become_leaders():
    """A blurred scan's dot leaders come out of OCR as letters ("cece",
    "seesaw", "ola ba": seen in another program's `--psm 6` layer of a
    statistics table at 200 dpi), which glue a row's label to its figures.
    A word whose ink is dots only becomes a leader; the labels, the figures
    and a dash standing for zero (one short stroke) keep their text, and
    so does a word of one dot alone, away from any leader."""
    gray, rows = statistics_page()
    words = []
    for r in rows:
        label, a, b = r["texts"]
        x0, top, x1, bottom = r["leader"]
        mid = (x0 + x1) // 2
        words += [word(label, r["label"]), word("cece", (x0, top, mid - 10, bottom)), word("SA", (mid - 6, top, mid + 6, bottom)),
                  word("ess", (mid + 10, top, x1, bottom)), word(a, r["a"]), word(b, r["b"])]
    img = Image.fromarray(gray)
    d = ImageDraw.Draw(img)
    d.line([(1400, 80), (1440, 80)], fill=0, width=4)  # a dash for zero over the last column
    words.append(word("a", (1395, 60, 1445, 100)))
    gray = np.asarray(img)
    n = ocr.dot_leaders(words, gray, K)
    assert n == 3 * len(rows)
    texts = [w.text for w in words]
    for r in rows:
        for t in r["texts"]:
            assert t in texts
    assert sum(1 for t in texts if set(t) == {"."}) == 3 * len(rows)
    assert texts[-1] == "a"  # the dash's box holds a stroke, no dots


@pytest.mark.usefixtures("tesseract")
def test_text_the_page_layout_skipped_is_read_again(tmp_path):
    """Tesseract's page layout may leave out rows or a column of a table on
    a blurred scan while it reads the rest.  The ink outside the words read
    is read again, line by line: given the page's words without two rows'
    labels (and leaders) and one row's figures, the labels and figures come back, each
    at its place (its middle inside the printed word's box), and no word
    read already is read twice.  (Tesseract's `--psm 4` skips four of the
    six labels of this clean page itself; they come back too.)"""
    gray, rows = statistics_page()
    config = Config(ocr="auto", options={"cache_dir": str(tmp_path)})
    raw = ocr.ocr_image(Image.fromarray(gray), config, DPI, lang="eng", psm=4)
    assert any(w["text"] == "Robbery" for w in raw)

    def inside(w, box):
        cx, cy = w["left"] + w["width"] / 2, w["top"] + w["height"] / 2
        return box[0] <= cx <= box[2] and box[1] <= cy <= box[3]

    def with_leader(r):
        return (r["label"][0], r["label"][1] - 10, r["leader"][2], r["label"][3] + 10)

    left_out = [rows[1]["label"], rows[4]["label"], rows[2]["a"], rows[2]["b"]]
    kept = [w for w in raw if not any(inside(w, b) for b in left_out + [with_leader(rows[1]), with_leader(rows[4])])]
    assert len(kept) < len(raw)
    got = ocr.read_skipped_text(kept, gray, config, DPI, "eng")
    new = got[len(kept):]
    assert {w["text"] for w in new} >= {"Robbery", "Fraud", "9.8", "4.3"}
    for text, box in zip(("Robbery", "Fraud", "9.8", "4.3"), left_out):
        assert any(w["text"] == text and inside(w, box) for w in new)
    # no word read already is read twice
    assert not any(inside(w, (k["left"], k["top"], k["left"] + k["width"], k["top"] + k["height"]))
                   for w in new for k in kept)
    # and the labels the layout skipped on this clean page too come back
    assert {w["text"] for w in got} >= {r["texts"][0] for r in rows}


def test_cyrillic_look_alikes_on_a_latin_page_are_latin():
    """The Cyrillic models read with English ("eng+kaz+rus") put Cyrillic
    capitals for Latin ones in a word of capitals ("CENTRAL КМА"); on a
    line with Latin words such a word, each of its letters drawn like a
    Latin one, is written in Latin letters.  A Cyrillic word with letters
    of its own ("Алматы") and a line of Cyrillic words stay."""
    raw = [{"text": "CENTRAL", "line": "1"}, {"text": "КМА", "line": "1"}, {"text": "Алматы", "line": "1"},
           {"text": "СОК", "line": "2"}, {"text": "ТОО", "line": "2"}]
    assert ocr.latin_lookalikes(raw) == 1
    assert [w["text"] for w in raw] == ["CENTRAL", "KMA", "Алматы", "СОК", "ТОО"]
