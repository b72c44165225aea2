"""PDFs that draw no space characters and set each letter apart (Word's
"expanded" spacing printed to PDF, report generators' tracking, kerning
written as TJ offsets): the words come out whole and apart."""

from __future__ import annotations

from pathlib import Path

import pytest
from pdfminer.fontmetrics import FONT_METRICS

from esep.plugins.pdf.loader import load, word_gap
from esep.plugins.pdf.pages import WORD_GAP
from esep.registry import Config
from test_pdf_tables import one_page_pdf

SIZE = 10
LINES = ["Kitaphana qory 48 215 dana kitapty qurady",
         "Jyl ishinde 1 930 dana kitap tusti",
         "Oqyrmandar sany 6 420 adam boldy"]


def _tracked(path: Path, letters: int, words: int) -> Path:
    """One page of Times-Roman lines, each a single TJ array: every letter
    followed by ``letters`` thousandths of an em more, a word by ``words``
    instead of a space character (none is drawn)."""
    ops = []
    for r, line in enumerate(LINES):
        parts = []
        for word in line.split(" "):
            parts.append(" ".join(f"({ch}) -{letters}" for ch in word))
            parts.append(f"-{words}")
        ops.append(f"BT /F1 {SIZE} Tf 60 {700 - 16 * r} Td [{' '.join(parts)}] TJ ET")
    return one_page_pdf(path, ops, font="Times-Roman")


@pytest.mark.parametrize("letters, words", [(20, 300), (150, 350), (200, 300), (100, 250)])
def test_letters_set_apart_without_spaces_read_as_whole_words(tmp_path, letters, words):
    doc = load(_tracked(tmp_path / "tracked.pdf", letters, words), Config(ocr="off"))
    assert " ".join(b.text for b in doc.blocks).split() == " ".join(LINES).split()


def _chars(text: str, spacing: float) -> list[dict]:
    widths = FONT_METRICS["Times-Roman"][1]
    x, out = 60.0, []
    for ch in text:
        w = widths.get(ch, 500) * SIZE / 1000
        if ch != " " or spacing == 0:
            out.append({"text": ch, "x0": x, "x1": x + w, "top": 100.0, "size": SIZE, "upright": True})
        x += w + spacing * SIZE
    return out


def test_the_gap_that_parts_words_moves_only_on_a_letter_spaced_page_without_spaces():
    text = "Kitaphana qory 48 215 dana kitapty qurady, jyl ishinde 1 930 dana kitap tusti"
    assert word_gap(_chars(text, 0.0)) == WORD_GAP  # space characters drawn: the usual gap
    assert word_gap(_chars(text, 0.02)) == WORD_GAP  # letters close together: the usual gap
    assert word_gap(_chars(text, 0.2)) == pytest.approx(0.32, abs=0.02)
