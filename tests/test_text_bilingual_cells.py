"""A Word text export of a table whose label cells hold two paragraphs (a
Kazakh label and its Russian one): Word writes a blank line after each such
cell, so most runs of cell lines are pieces of rows; they are put together
into rows of the table's width.  The real input is a report of the generator
(development seed ``p17b-dev-7``)."""

from __future__ import annotations

import subprocess
import sys

from esep.plugins.text.loader import load
from esep.registry import Config

from conftest import ROOT


def test_rows_whose_labels_hold_two_paragraphs_are_whole_rows(tmp_path):
    subprocess.run([sys.executable, str(ROOT / "corpus" / "generate.py"), "--out", str(tmp_path), "--count", "10",
                    "--seed", "p17b-dev-7", "--formats", "txt"], check=True, capture_output=True, timeout=600)
    doc = load(tmp_path / "synthetic_2019_zharkol_kkru.txt", Config())
    grid = doc.tables[0].grid()
    assert len(grid) == 10 and all(len(row) == 5 for row in grid)
    two = [row for row in grid if "\n" in row[0]]
    assert len(two) >= 5  # most labels in two languages, each row with its unit and figures
    assert ["Келу саны\nЧисло посещений", "рет", "325149", "329541", "101,4"] in grid
