"""Tables ruled only across, read from scans: one figure that OCR glued to
its neighbour, or read with a speck before it, runs across the strip
between two columns of figures.  The column boundary the other rows
leave free is still found, and the glued word is kept whole, its text
as read, in the cell its middle falls in."""

from __future__ import annotations

from esep.plugins.pdf import tables
from esep.plugins.pdf.pages import Word

ROWS = [("412", "1,388"), ("96", "2,104"), ("240", "3,251"), ("31", "4,040"), ("518", "5,602"),
        ("77", "6,915"), ("305", "7,230"), ("12", "8,447"), ("640", "9,118"), ("58", "1,926")]


def w(text: str, x0: float, top: float, width: float) -> Word:
    return Word(text, x0, top, x0 + width, top + 8.0, False, 8.0, len(text))


def banded(glued: int = 1) -> tuple[list[tuple], list[Word]]:
    """One box per row across the table, labels flush left, a column of
    figures set flush right at 150 and another at 230; in ``glued`` rows
    the two figures come as one word running from the first column's
    right edge to the second's."""
    boxes = [(0, 20 * i, 240, 20 * i + 20) for i in range(len(ROWS))]
    words = []
    for i, (a, b) in enumerate(ROWS):
        top = 20 * i + 6
        words.append(w(f"Branch{i}", 5, top, 40))
        if i >= len(ROWS) - glued:
            words.append(w(a + b, 150 - 5 * len(a), top, 230 - (150 - 5 * len(a))))
        else:
            words += [w(a, 150 - 5 * len(a), top, 5 * len(a)), w(b, 230 - 5 * len(b), top, 5 * len(b))]
    return boxes, words


def test_one_glued_figure_does_not_hide_a_column_boundary():
    boxes, words = banded(1)
    out = tables.split_figure_columns(boxes, words)
    edges = sorted({round(b[0]) for b in out})
    assert len(edges) == 3 and 155 < edges[2] < 205, edges
    # every row is cut there, the glued one too; its word is whole in one cell
    assert all(sum(1 for b in out if b[1] == 20 * i) == 3 for i in range(len(ROWS))), out
    glued = words[-1]
    holding = [b for b in out if b[0] <= (glued.x0 + glued.x1) / 2 <= b[2] and b[1] <= glued.top <= b[3]]
    assert len(holding) == 1 and glued.text == "581,926"


def test_two_words_across_a_strip_keep_it_one_column():
    # two rows whose words run across: no strip the figures leave free, nothing cut there
    out = tables.split_figure_columns(*banded(2))
    assert not any(155 < b[0] < 205 for b in out), sorted({b[0] for b in out})


def test_lone_crossers_need_figures_on_both_sides():
    boxes, words = banded(1)
    assert {id(x) for x in words if x.text == "581,926"} == tables.lone_crossers(
        [x for x in words if tables.NUMBER_WORD_RE.match(x.text)], 8.0)
    few = [x for x in words[-9:] if tables.NUMBER_WORD_RE.match(x.text)]  # three rows on each side only
    assert tables.lone_crossers(few, 8.0) == set()
