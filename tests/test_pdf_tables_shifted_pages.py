"""A table broken by a page break whose next page was scanned shifted (the
sheet laid further left on the glass, or cropped at one side): its parts
are one table when the columns keep their widths."""

from __future__ import annotations

from esep.plugins.pdf.pages import Page, PTable
from esep.plugins.pdf.tables import join_tables, same_columns


def _table(page, x0, widths, top, bottom):
    cols = [x0]
    for w in widths:
        cols.append(cols[-1] + w)
    return PTable(page=page, bbox=(cols[0], top, cols[-1], bottom), cells=[], cols=cols, lines=[], rights=[])


def _pages(shift, widths_next=(160.0, 110.0, 110.0)):
    head = _table(1, 85.0, (160.0, 110.0, 110.0), 690.0, 710.0)
    body = _table(2, 85.0 - shift, widths_next, 72.0, 170.0)
    return [Page(1, 595.0, 842.0, [], [head]), Page(2, 595.0 - abs(shift), 842.0, [], [body])], head, body


def test_a_table_continued_on_a_page_scanned_shifted_is_one_table():
    pages, head, body = _pages(27.0)
    join_tables(pages)
    assert body.root is head and head.parts == [body]


def test_columns_of_other_widths_on_the_next_page_are_another_table():
    pages, head, body = _pages(27.0, widths_next=(130.0, 140.0, 110.0))
    join_tables(pages)
    assert body.root is None and head.parts == []


def test_same_columns_within_the_shift_allowed():
    assert same_columns([10.0, 60.0, 90.0], [12.0, 61.0, 93.0], 0.0)  # as before: each within 3 points
    assert same_columns([40.0, 90.0, 120.0], [10.0, 60.0, 90.0], 50.0)
    assert not same_columns([140.0, 190.0, 220.0], [10.0, 60.0, 90.0], 50.0)  # moved too far
