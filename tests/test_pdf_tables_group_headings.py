"""Tables of aligned text with a heading over a group of columns: a line
of one segment, a few words centred over the figure columns ("Visitors in
2023" over "Adults | Teens | Children"), is a header row whose cell spans
those columns; a label alone on its line in the first column inside the
body ("Rural") is a row of its own with empty figure cells."""

from __future__ import annotations

from pathlib import Path

from esep.plugins.pdf.loader import load
from esep.registry import Config
from test_pdf_tables import _pdf, bench

XS = [60, 200, 270, 340]
HEAD = ["Branch", "Adults", "Teens", "Children"]
TOWN = [["Central", "4 120", "850", "1 310"], ["Northern", "2 040", "415", "760"]]
RURAL = [["Aksu", "610", "95", "230"], ["Zhanatas", "480", "70", "190"]]


def _grids(path: Path) -> list[list[list[str]]]:
    doc = load(path, Config(ocr="off"))
    return [[[" ".join(v.split()) for v in row] for row in bench.cells_grid(t.cells)] for t in doc.tables]


def _table(heading: str | None, sections: bool) -> list[tuple[float, float, str]]:
    texts = [(60, 70, "The branches of the library system counted their visitors by age group during the year.")]
    y = 100
    if heading is not None:
        texts.append((258, y, heading))  # centred over the three columns of figures
        y += 13
    texts += [(x, y, v) for x, v in zip(XS, HEAD)]
    y += 16
    for label, rows in (("Town", TOWN), ("Rural", RURAL)):
        if sections:
            texts.append((60, y, label))
            y += 13
        for row in rows:
            texts += [(x, y, v) for x, v in zip(XS, row)]
            y += 13
    return texts


def test_a_heading_over_the_figure_columns_is_a_header_row_spanning_them(tmp_path):
    grids = _grids(_pdf(tmp_path / "t.pdf", _table("Visitors in 2023", sections=False)))
    assert grids == [[["Branch", "Visitors in 2023", "Visitors in 2023", "Visitors in 2023"], HEAD]
                     + TOWN + RURAL], grids


def test_section_labels_in_the_body_are_rows_under_the_spanning_header(tmp_path):
    grids = _grids(_pdf(tmp_path / "t.pdf", _table("Visitors in 2023", sections=True)))
    assert grids == [[["Branch", "Visitors in 2023", "Visitors in 2023", "Visitors in 2023"], HEAD,
                      ["Town", "", "", ""]] + TOWN + [["Rural", "", "", ""]] + RURAL], grids


def test_a_caption_above_the_header_is_no_heading_of_columns(tmp_path):
    grids = _grids(_pdf(tmp_path / "t.pdf", _table("Table 3. Visitors", sections=False)))
    assert grids == [[HEAD] + TOWN + RURAL], grids


def test_without_a_heading_the_header_is_one_row(tmp_path):
    grids = _grids(_pdf(tmp_path / "t.pdf", _table(None, sections=True)))
    assert grids == [[HEAD, ["Town", "", "", ""]] + TOWN + [["Rural", "", "", ""]] + RURAL], grids
