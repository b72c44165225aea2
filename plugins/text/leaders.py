"""Lists of indicators typed with leaders: a label, a run of dots, dashes
or underscores to the right margin, and its figure, one indicator a line::

    Читатели ........................ 7 840
      в т.ч. дети до 14 лет ......... 2 910
    Книговыдача ---------------------- 158 400
    Фонд на 01.01.2024 .............. 112 750 экз.

Two lines or more of that shape one under the other are a table of a
label column and a figure column (two figures or more a line, leaders or
wide spaces between them, make more columns).  A table of contents is no
such list: its figures are the pages its headings start on, small and
never falling (``Введение ........ 3``, ``1. Фонд ........ 5``), and it is
left as it is.  Each cell keeps where it was read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from esep.model import Cell, Table
from esep.plugins.text.delimited import Row, Where, line_cell

#: a run of leaders: three dots or more (or an ellipsis sign), three dashes or underscores or more
_LEADER = r"(?:[.…]\s?){3,}|[-–—_]{3,}"
#: a figure, with a short unit after it ("112 750 экз.", "64,5 тыс. тг" is no figure here)
_FIGURE = r"[-+−]?\d{1,3}(?:[ \u00a0]\d{3})+(?:[.,]\d+)?|[-+−]?\d+(?:[.,]\d+)?"
_UNIT = r"(?:\s[^\W\d_]{1,6}\.?)?"
_LINE_RE = re.compile(rf"^(?P<lead>\s*)(?P<label>\S.*?\S|\S)\s*(?:{_LEADER})\s*(?P<rest>.+?)\s*$")
_CELLS_RE = re.compile(rf"(?:{_FIGURE}){_UNIT}(?=\s*$|\s*(?:{_LEADER})|\s{{2,}})")
_SEP_RE = re.compile(rf"\s*(?:{_LEADER})\s*|\s{{2,}}")
#: a table of contents' page number: small
MAX_PAGE = 999


def _cells(text: str) -> list[tuple[int, int]] | None:
    """The label and figures of a leader line as (start, end) offsets in the
    line, or None when the line is no such row."""
    m = _LINE_RE.match(text)
    if m is None:
        return None
    spans = [(m.start("label"), m.end("label"))]
    pos = m.start("rest")
    end = m.end("rest")
    while pos < end:
        f = _CELLS_RE.match(text, pos)
        if f is None:
            return None
        spans.append((f.start(), f.end()))
        pos = f.end()
        s = _SEP_RE.match(text, pos)
        if s is not None and s.end() > pos:
            pos = s.end()
        elif pos < end:
            return None
    return spans if len(spans) >= 2 else None


def _contents(values: list[list[str]]) -> bool:
    """Whether one figure a line, small and never falling, is the page numbers of a table of contents."""
    pages = []
    for v in values:
        if len(v) != 1 or not v[0].isdigit() or int(v[0]) > MAX_PAGE:
            return False
        pages.append(int(v[0]))
    return all(a <= b for a, b in zip(pages, pages[1:]))


def leader_table(lines: Sequence[Row], i: int, where: Where = line_cell) -> tuple[int, Table | None]:
    """The list of indicators typed with leaders from line ``i``, and the
    line after it; ``(i, None)`` when none starts there."""
    rows: list[list[tuple[int, int]]] = []
    j = i
    while j < len(lines):
        spans = _cells(lines[j].text)
        if spans is None:
            break
        rows.append(spans)
        j += 1
    if len(rows) < 2:
        return i, None
    figures = [[lines[i + r].text[a:b] for a, b in spans[1:]] for r, spans in enumerate(rows)]
    if _contents(figures):
        return i, None
    cells = []
    for r, spans in enumerate(rows):
        ln = lines[i + r]
        for c, (a, b) in enumerate(spans):
            cells.append(Cell(r, c, ln.text[a:b], provenance=where(ln, ln.start + a, ln.start + b)))
    last = lines[j - 1]
    return j, Table(cells, where(lines[i], lines[i].start, last.start + len(last.text)), kind="table")
