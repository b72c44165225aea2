"""Rows of tables of aligned text (no rules): a line whose every cell
starts a new value where the row above has one is a row of its own, though
a line of another list or a mark set beside the rows at another height
stands between the two; a row's figures set beside its label of two lines
stay one row with it."""

from __future__ import annotations

from pathlib import Path

import pytest

from esep.plugins.pdf.loader import load
from esep.registry import Config
from test_pdf_tables import _pdf, accuracy, bench


def _grids(path: Path) -> list[list[list[str]]]:
    doc = load(path, Config(ocr="off"))
    return [bench.cells_grid(t.cells) for t in doc.tables]


LEFT = [("Readers:", "4 120"), ("Visits:", "38 400"), ("Loans:", "96 150")]
RIGHT = [("Seats:", "120"), ("Staff:", "14"), ("Events:", "212")]


def test_two_lists_set_half_a_line_apart_are_rows_each(tmp_path):
    """Two lists of labels and figures side by side, the right one set half
    a line lower: each line stands beside the one above and the one below
    alike, and belongs to neither; no two lines share a cell."""
    texts = [(60, 80, "The library in figures", 12)]
    for r, ((a, b), (c, d)) in enumerate(zip(LEFT, RIGHT)):
        y = 100 + 12 * r
        texts += [(60, y, a, 8), (150, y, b, 8), (300, y + 6, c, 8), (390, y + 6, d, 8)]
    grids = _grids(_pdf(tmp_path / "t.pdf", texts))
    assert len(grids) == 1, grids
    rows = [[v for v in row if v] for row in grids[0]]
    assert rows == [list(p) for pair in zip(LEFT, RIGHT) for p in pair]


ROWS = [["Books", "2 310"], ["Journals", "640"], ["Newspapers", "1 205"], ["Audio books", "86"], ["Maps", "12"]]


def test_a_mark_beside_a_row_does_not_join_the_row_under_it(tmp_path):
    """A mark set larger than the rows, with its note, beside one row and
    reaching down into the next: it goes with the row it stands beside most,
    and the row under it, a new value in each of that row's columns, is a
    row of its own."""
    texts = [(60, 80, "Acquisitions by kind", 12)]
    texts += [(x, 100 + 12 * r, v, 8) for r, row in enumerate(ROWS) for x, v in zip((60, 200), row)]
    texts += [(300, 130, "X", 14), (330, 130, "closed in March", 8)]
    grids = _grids(_pdf(tmp_path / "t.pdf", texts))
    assert len(grids) == 1, grids
    assert [row[:2] for row in grids[0]] == ROWS
    assert grids[0][2][2:] == ["X", "closed in March"]


def test_figures_beside_a_label_of_two_lines_stay_its_row(tmp_path):
    """Figures centred in height beside a row's label of two lines, the
    second going on in lower case: one row, its label one cell."""
    texts = [(60, 80, "Services", 12)]
    y = 100
    for a, b, c in (("Loans at home", "310", "295"), ("Interlibrary loans", "41", "38")):
        texts += [(60, y, a, 8), (250, y, b, 8), (320, y, c, 8)]
        y += 12
    texts += [(60, y, "Reading rooms open (at", 8), (250, y + 5, "12", 8), (320, y + 5, "14", 8),
              (60, y + 10, "weekends)", 8), (60, y + 22, "Exhibitions", 8), (250, y + 22, "18", 8),
              (320, y + 22, "21", 8)]
    grids = _grids(_pdf(tmp_path / "t.pdf", texts))
    assert len(grids) == 1, grids
    assert [" ".join(v.split()) for v in grids[0][2]] == ["Reading rooms open (at weekends)", "12", "14"]
    assert grids[0][3] == ["Exhibitions", "18", "21"]


@pytest.mark.parametrize("case_id, least", [
    ("markitdown_movie-theater-booking_t3", 0.98),   # two lists of labels and values half a line apart
    ("tabulapy_data_dtype_template", 0.98),          # charges beside a box of marks and notes
])
def test_development_cases_of_one_line_rows(case_id, least):
    """Floors: as measured, less 0.02."""
    got, (reversed_, transposed) = accuracy(case_id)
    assert got >= least, f"{case_id}: {got:.3f}"
    assert reversed_ == 0 and transposed == 0
