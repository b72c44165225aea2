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


#: two groups of columns, each under a heading centred over it, shorter than it
PAIRS = [["Region", "Books", "Loans", "Share (%)", "Books", "Loans", "Share (%)"],
         ["North", "12 400", "8 310", "67.0", "9 870", "7 120", "72.1"],
         ["South", "10 250", "6 040", "58.9", "8 430", "5 560", "66.0"],
         ["East", "7 980", "5 110", "64.0", "6 020", "4 300", "71.4"]]
PXS = [60, 150, 200, 250, 320, 370, 420]


def test_two_headings_side_by_side_each_span_their_group(tmp_path):
    """"Adults" and "Children", each centred over its three columns: each
    heading spans its own three, not the first one column of the second."""
    texts = [(60, 70, "Holdings and loans of the regional libraries by readers' age.")]
    texts += [(190, 100, "Adults"), (355, 100, "Children")]
    texts += [(x, 113 + 13 * r, v) for r, row in enumerate(PAIRS) for x, v in zip(PXS, row)]
    grids = _grids(_pdf(tmp_path / "t.pdf", texts))
    assert grids == [[["Region"] + ["Adults"] * 3 + ["Children"] * 3] + PAIRS], grids


def _width(figure: str) -> float:
    """The width of a figure in 10 pt Helvetica (digits 0.556 em, a space or a point 0.278 em)."""
    return sum(5.56 if ch.isdigit() else 2.78 for ch in figure)


#: deaths from two causes by sex: each group's columns right-aligned at these x, headings centred over them
RIGHTS = [200, 250, 320, 400, 450, 520]
CAUSES = [["Female", "20 915", "103.1", "(102.7-103.6)", "8 259", "42.6", "(42.3-42.9)"],
          ["Male", "22 451", "176.5", "(175.7-177.2)", "5 452", "43.9", "(43.5-44.3)"],
          ["Urban", "30 120", "131.0", "(130.2-131.8)", "9 870", "40.1", "(39.3-40.9)"],
          ["Rural", "13 246", "149.2", "(147.6-150.8)", "3 841", "47.5", "(46.0-49.0)"]]


def test_a_section_label_under_headings_over_right_aligned_figures(tmp_path):
    """Headings centred over right-aligned figures, with a figure among
    their words ("Rate (95% CI)"), over a section's label alone in the
    first column ("Sex"): the headings are the table's header (they were
    lost, the label standing between them and the rows), the label a row
    of its own."""
    texts = [(60, 70, "Deaths from heart disease and from stroke by sex and by place of living.")]
    head = ["Group", "no.", "Rate", "(95% CI)", "no.", "Rate", "(95% CI)"]
    texts.append((60, 100, head[0]))
    texts += [(r - 25 - 2.5 * len(h), 100, h) for r, h in zip(RIGHTS, head[1:])]
    texts.append((60, 114, "Sex"))
    y = 128
    for r, row in enumerate(CAUSES):
        if r == 2:
            texts.append((60, y, "Place"))
            y += 14
        texts.append((60, y, row[0]))
        texts += [(x - _width(v), y, v) for x, v in zip(RIGHTS, row[1:])]
        y += 14
    grids = _grids(_pdf(tmp_path / "t.pdf", texts))
    empty = [""] * 6
    assert grids == [[head, ["Sex"] + empty] + CAUSES[:2] + [["Place"] + empty] + CAUSES[2:]], grids
