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


def test_bulletin_of_rows_shaded_in_turn_reads_whole():
    """The bathing bulletin: rows shaded blue and a grey so light it counts
    as the paper, in turn, each row drawn as three boxes, no rules between
    the columns; the table runs on to the next page.  Its three columns are
    kept (they were one), the grey rows end where their shade ends, and the
    two pages' parts are one table."""
    from test_pdf_tables import accuracy

    got, (reversed_, transposed) = accuracy("rows_balneabilidade")
    assert got == 1.0
    assert reversed_ == transposed == 0
