"""The tables of pdf-parse's table tests (tests/fixtures/tables/pdf_parse/):
ruled grids saved from Google Docs and Word, one of them running over
three pages with cells of several lines."""

from __future__ import annotations

import pytest

from test_pdf_tables import CASES, FIXTURES, accuracy


def test_pdf_parse_cases_are_licensed_and_split_by_file_name():
    assert "Apache License" in (FIXTURES / "pdf_parse" / "LICENSE").read_text()
    cases = [c for c in CASES.values() if c["source"] == "pdf-parse"]
    assert len(cases) == 9
    assert {c["file"] for c in cases if c["half"] == "heldout"} == {"pdf_parse/issue-48.pdf"}


@pytest.mark.parametrize("case_id, least", [
    ("pdfparse_fulltable_p1", 0.98),      # figures set left, centred and right; empty rows
    ("pdfparse_fulltable_p2", 0.61),      # a row of four and five lines; the repeated header is not the page's
    ("pdfparse_multitable_p1_t1", 0.98),  # four grids on one page
    ("pdfparse_simpletable_p1", 0.98),
])
def test_pdf_parse_development_cases(case_id, least):
    """The tables pdf-parse's tests read (floors: as measured, less 0.02)."""
    got, (reversed_, transposed) = accuracy(case_id)
    assert got >= least, f"{case_id}: {got:.3f}"
    assert reversed_ == 0 and transposed == 0
