"""Tables set in a proportional type with their columns one space apart (a
table printed from a web page or a document without cell padding): each
column is named in a header set flush with it; and the tables of
pdfreader's and libpdf's test PDFs (tests/fixtures/tables/pdfreader/,
tests/fixtures/tables/libpdf/)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pdfminer.fontmetrics import FONT_METRICS

from esep.plugins.pdf.loader import load
from esep.registry import Config
from test_pdf_tables import CASES, FIXTURES, accuracy, bench, one_page_pdf

SIZE = 10
WIDTHS = FONT_METRICS["Times-Roman"][1]
SPACE = WIDTHS[" "] * SIZE / 1000
HEADER = ["Library", "Kind", "Opened", "Readers", "Visits"]
#: the second column empty in some rows; the first column's cells all of
#: two words of one width, so that their second words line up too
ROWS = [["Branch 11", "", "1998", "1204", "8410"], ["Branch 12", "rural", "2003", "865", "5120"],
        ["Branch 13", "rural", "2007", "1312", "9034"], ["Branch 14", "", "2011", "740", "4388"],
        ["Branch 15", "mobile", "2015", "455", "2871"], ["Branch 16", "rural", "2019", "1020", "7115"]]


def _width(text: str) -> float:
    return sum(WIDTHS[ch] for ch in text) * SIZE / 1000


def _pdf(path: Path, lines: list[list[str]]) -> Path:
    """One A4 page of Times-Roman lines, each column as wide as its widest
    text and the next one a space after it, every cell set flush left;
    the words of a cell one space apart: no PDF library."""
    lefts = [60.0]
    for c in range(len(lines[0]) - 1):
        lefts.append(lefts[-1] + max(_width(row[c]) for row in lines) + SPACE)
    ops = []
    for r, row in enumerate(lines):
        y = 842 - 200 - 14 * r
        for x, cell in zip(lefts, row):
            for word in cell.split():
                ops.append(f"BT /F1 {SIZE} Tf {x:.2f} {y} Td ({word}) Tj ET")
                x += _width(word) + SPACE
    return one_page_pdf(path, ops, font="Times-Roman")


def _grids(path: Path) -> list[list[list[str]]]:
    doc = load(path, Config(ocr="off"))
    return [[[" ".join(v.split()) for v in row] for row in bench.cells_grid(t.cells)] for t in doc.tables]


def test_columns_a_space_apart_named_in_a_flush_header(tmp_path):
    """Names, kinds, years and figures a space apart, the space a word's
    space: each header word starts where the words of its column start, so
    each is a column of its own, the kind's column too, though empty in
    some rows; the second words of the names line up in every row, but no
    header word starts there, and each name stays one cell."""
    grids = _grids(_pdf(tmp_path / "t.pdf", [HEADER] + ROWS))
    assert [HEADER] + ROWS in grids, grids


def test_a_heading_of_two_words_over_one_column_keeps_it_whole(tmp_path):
    """The same table under "Library name" over the names: the header's
    second word starts nowhere near a column's start, so nothing shows an
    edge inside the names, which stay one cell each."""
    grids = _grids(_pdf(tmp_path / "t.pdf", [["Library name"] + HEADER[1:]] + ROWS))
    assert grids, "no table"
    table = max(grids, key=len)
    assert [row[0] for row in table[-len(ROWS):]] == [r[0] for r in ROWS], table


def test_pdfreader_and_libpdf_cases_are_licensed_and_split_by_file_name():
    for suite in ("pdfreader", "libpdf"):
        assert "Permission is hereby granted, free of charge" in (FIXTURES / suite / "LICENSE").read_text()
    cases = [c for c in CASES.values() if c["source"] in ("pdfreader", "libpdf")]
    assert len(cases) == 5
    assert {c["file"] for c in cases if c["half"] == "heldout"} == {"pdfreader/sample.pdf", "libpdf/lorem-ipsum.pdf"}


@pytest.mark.parametrize("case_id, least", [
    ("pdfreader_sample_table", 0.98),    # a list of releases printed from a web page, columns a space apart
    ("libpdf_full_features_p1", 0.98),   # ruled, under a caption
    ("libpdf_full_features_p5", 0.98),   # ruled, a name wrapped onto two lines
])
def test_pdfreader_and_libpdf_development_cases(case_id, least):
    """The tables pdfreader's and libpdf's tests read (floors: as measured, less 0.02)."""
    got, (reversed_, transposed) = accuracy(case_id)
    assert got >= least, f"{case_id}: {got:.3f}"
    assert reversed_ == 0 and transposed == 0
