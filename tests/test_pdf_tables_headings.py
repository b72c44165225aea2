"""Tables of aligned text one under another, each under a heading of its
own set larger than its rows ("Totals", "Summary"): a heading is no header
cell, a note set under a row's title does not cut the table, and a header
with one row of figures under a heading is a table; and the tables
markitdown's PDF table tests expect (tests/fixtures/tables/markitdown/)."""

from __future__ import annotations

from pathlib import Path

import pytest

from esep.plugins.pdf.loader import load
from esep.registry import Config
from test_pdf_tables import CASES, FIXTURES, _pdf, accuracy, bench


def _grids(path: Path) -> list[list[list[str]]]:
    doc = load(path, Config(ocr="off"))
    return [[[" ".join(v.split()) for v in row] for row in bench.cells_grid(t.cells)] for t in doc.tables]


XS = [60, 170, 250, 330, 410]
#: a summary of one row, then loans by quarter, each under a heading in 12 pt over rows in 9 pt
SUMMARY = [["Branch", "Readers", "Visits", "Loans", "Events"], ["Central", "4 120", "38 400", "96 150", "212"]]
LOANS = [["Quarter", "Adults", "Teens", "Children", "Total"], ["First", "21 300", "3 150", "7 420", "31 870"],
         ["Second", "19 870", "2 960", "6 980", "29 810"], ["Third", "17 450", "2 410", "8 120", "27 980"]]


def _two_sections(note: bool = False) -> list[tuple[float, float, str, float]]:
    texts = [(60, 80, "Summary", 12)]
    texts += [(x, 100 + 12 * r, v, 9) for r, row in enumerate(SUMMARY) for x, v in zip(XS, row)]
    texts += [(60, 140, "Loans", 12)]
    y = 160
    for r, row in enumerate(LOANS):
        texts += [(x, y, v, 9) for x, v in zip(XS, row)]
        y += 12
        if note and r == 1:
            # a note in small type under the row's figures, starting under the second column
            texts.append((170, y - 3, "(reading room closed for two weeks)", 6))
            y += 6
    return texts


def test_tables_under_headings_larger_than_their_rows(tmp_path):
    """Two tables, each under a heading set larger than its rows: the
    heading is neither a header cell nor a row, and the one-row summary
    under its own heading is a table too (a header and a row of figures)."""
    grids = _grids(_pdf(tmp_path / "t.pdf", _two_sections()))
    assert SUMMARY in grids, grids
    assert LOANS in grids, grids


def test_a_note_under_a_row_does_not_cut_the_table(tmp_path):
    """A line of one cell in small type under a row, starting under a later
    column (a note to the row), is no heading of a new table: the table
    keeps its rows and columns."""
    grids = _grids(_pdf(tmp_path / "t.pdf", _two_sections(note=True)))
    loans = [g for g in grids if g and g[0] == LOANS[0]]
    assert loans, grids
    assert [row[0] for row in loans[0]] == [row[0] for row in LOANS]
    assert [row[-1] for row in loans[0]] == [row[-1] for row in LOANS]


def test_two_lines_under_a_heading_of_their_size_are_no_table(tmp_path):
    """A heading in the size of the lines under it, over two lines of
    several cells: not a header and a row (too little to tell a table)."""
    texts = [(60, 80, "Summary", 9)]
    texts += [(x, 100 + 12 * r, v, 9) for r, row in enumerate(SUMMARY) for x, v in zip(XS, row)]
    texts += [(60, 150, "The figures are those of the central library for the whole year.", 9)]
    assert SUMMARY not in _grids(_pdf(tmp_path / "t.pdf", texts))


def test_markitdown_cases_are_licensed_and_split_before_any_run():
    assert "MIT License" in (FIXTURES / "markitdown" / "LICENSE").read_text()
    cases = [c for c in CASES.values() if c["source"] == "markitdown"]
    assert len(cases) == 17
    assert [i for i, c in enumerate(cases, 1) if c["half"] == "heldout"] == [3, 6, 9, 12, 15]


@pytest.mark.parametrize("case_id, least", [
    ("markitdown_sparse_t1", 0.98),                  # unruled, sparse: most cells empty
    ("markitdown_sparse_t2", 0.98),                  # unruled, on the report's second page
    ("markitdown_movie-theater-booking_t2", 0.98),   # pairs of labels and values in four columns
    ("markitdown_movie-theater-booking_t5", 0.98),   # a header and one row under a heading
    ("markitdown_movie-theater-booking_t6", 0.98),   # a heading in a larger type over the header
])
def test_markitdown_development_cases(case_id, least):
    """The tables markitdown's PDF table tests expect (floors: as measured, less 0.02)."""
    got, (reversed_, transposed) = accuracy(case_id)
    assert got >= least, f"{case_id}: {got:.3f}"
    assert reversed_ == 0 and transposed == 0
