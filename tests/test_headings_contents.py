"""A line of a Word table of contents (a section's title, a tab, its page)
is no heading of the body, though it is short and followed by longer text."""

from __future__ import annotations

from conftest import paragraphs_doc

from esep.plugins.headings import contents_lines, promote_headings


_doc = paragraphs_doc


def test_a_line_of_contents_is_no_heading():
    d = _doc("Мазмұны", "Бөлім 1. Кітапхана желісі\t3", "Бөлім 2. Кітап қоры\t5", "Қаржыландыру ........ 9",
             "Бөлім 1. Кітапхана желісі",
             "Жүйеге 18 кітапхана кіреді, оның ішінде 15 ауылдық кітапхана бар, барлығы жыл бойы жұмыс істеді.")
    promote_headings(d)
    assert [b.kind for b in d.blocks[1:4]] == ["paragraph"] * 3
    assert d.blocks[4].kind == "heading"
    assert contents_lines(d.blocks) == {1, 2, 3}
