"""Tables a page's layout hides: a table in one column of a page set in
two, beside the other column's prose where that prose has a short piece
(a figure, a reference) on a row's line; and a frame drawn round a table
of aligned text whose few rules make one ruled cell of all its figures."""

from __future__ import annotations

from esep.plugins.pdf.loader import load
from esep.registry import Config
from test_pdf_tables import _pdf, bench

PROSE = ["The survey of the reading rooms was made in spring by the staff",
         "of each branch, who counted the visits of every day and wrote",
         "them in the daily sheets that the central library keeps for its",
         "yearly report to the city; the figures of the table at the left",
         "are their sums, and the notes below say how the branches that",
         "were closed for repairs for a month or more were counted in the",
         "year of the survey above, and how the readers were counted who",
         "came to more than one branch on the same day of the survey and",
         "who asked for books that another branch sent to them by the van",
         "of the mobile library, as the rules of the year before had said."]

ROWS = [["Visits", ""], ["Central", "412"], ["Branch 1", "95"], ["Lending", ""],
        ["Books", "2 310"], ["Journals", "640"], ["Events", ""], ["Exhibitions", "18"], ["Readings", "24"]]


def _page(short_at: list[int]) -> list:
    """A page of two columns, prose in the right one from top to bottom;
    the left one a table whose rows stand on the prose's lines, with rows
    of a label only ("Lending") starting each part of it.  The prose's
    lines at ``short_at`` are short pieces (a figure, a reference)."""
    texts = []
    for i in range(20):
        line = PROSE[i % len(PROSE)]
        texts.append((300, 100 + 12 * i, "(Fig. 2)" if i in short_at else line[:46], 8))
    texts += [(50, 88, "Table 1. Visits and lending", 8)]
    for r, (name, figure) in enumerate(ROWS):
        texts.append((50, 124 + 12 * r, name, 8))
        if figure:
            texts.append((200, 124 + 12 * r, figure, 8))
    return texts


def test_the_other_columns_pieces_are_no_cells_of_the_table(tmp_path):
    # two short pieces of the prose on two rows' lines one after the other
    doc = load(_pdf(tmp_path / "t.pdf", _page([7, 8])), Config(ocr="off"))
    grids = [bench.cells_grid(t.cells) for t in doc.tables]
    assert len(grids) == 1
    # the rows of a label only stay rows of the one table
    assert grids[0][-len(ROWS) + 1:] == ROWS[1:]
    assert not any("Fig" in v for row in grids[0] for v in row)


FIGURES = [["Central", "412", "95", "4"], ["Branch 1", "61", "240", "3"],
           ["Branch 2", "18", "12", "0"], ["Children's", "240", "33", "7"]]


def _framed(rules_inside: bool) -> tuple[list, list]:
    """A table of a name and three figures under a header, in a frame
    with one rule between the names and the figures and no rules between
    the figures' columns or rows (a title box above it)."""
    texts = [(60, 110, "Work of the branches", 10), (200, 140, "Books"), (280, 140, "Visits"),
             (360, 140, "Events")]
    for r, row in enumerate(FIGURES):
        texts += [(x, 156 + 14 * r, s) for x, s in zip((60, 200, 280, 360), row)]
    rules = [(55, 98, 430, 98), (55, 118, 430, 118), (55, 218, 430, 218),
             (55, 98, 55, 218), (430, 98, 430, 218), (190, 118, 190, 218)]
    if rules_inside:  # a ruled grid: each figure in a cell of its own
        rules += [(270, 118, 270, 218), (350, 118, 350, 218)] + [(55, 146 + 14 * r, 430, 146 + 14 * r)
                                                                  for r in range(4)]
    return texts, rules


def test_a_frame_round_aligned_figures_is_read_as_their_table(tmp_path):
    texts, rules = _framed(False)
    doc = load(_pdf(tmp_path / "t.pdf", texts, rules), Config(ocr="off"))
    grids = [bench.cells_grid(t.cells) for t in doc.tables]
    found = [g for g in grids if ["Central", "412", "95", "4"] in g]
    assert len(found) == 1
    g = found[0]
    assert g[g.index(FIGURES[0]):] == FIGURES
    assert ["", "Books", "Visits", "Events"] in g or ["Books", "Visits", "Events"] in [r[1:] for r in g]


def test_a_ruled_grid_with_a_wrapped_cell_stays_ruled(tmp_path):
    texts, rules = _framed(True)
    # a name wrapped over two lines in its cell is no table inside it
    texts = [t for t in texts if t[2] != "Children's"] + [(60, 198, "Children's"), (60, 207, "library", 8)]
    doc = load(_pdf(tmp_path / "t.pdf", texts, rules), Config(ocr="off"))
    grids = [bench.cells_grid(t.cells) for t in doc.tables]
    g = next(g for g in grids if ["Central", "412", "95", "4"] in g)
    assert [" ".join(v.split()) for v in g[-1]] == ["Children's library", "240", "33", "7"]
