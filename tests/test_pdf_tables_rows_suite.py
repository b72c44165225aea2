"""The tables of the PDF tests of rows (tests/fixtures/tables/rows/):
Brazilian government publications, one table running over three pages."""

from __future__ import annotations

from test_pdf_tables import CASES, FIXTURES


def test_rows_cases_are_licensed_and_split_by_file_name():
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in (FIXTURES / "rows" / "LICENSE").read_text()
    cases = [c for c in CASES.values() if c["source"] == "rows"]
    assert len(cases) == 5
    assert {c["file"] for c in cases if c["half"] == "heldout"} == {"rows/ibama-autuacao-amazonas-2010-pag2.pdf"}
    # the field names are not what the test compares: never scored
    assert all(all(v is None for v in c["expected"][0]) for c in cases)
