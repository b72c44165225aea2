"""Tables lined up with spaces in a plain-text file, as a typist lines them
up or a PDF's text is written out with its layout kept::

    Показатели     План на 2023 Выполнено         %
                   год          за II квартал
    Пользователи   9 800        2 145             75,6
    Посещения      86 000       21 640            51,1
    Массовые       420          112               52,1
    мероприятия

The rows are lines of a label and figures, each figure two spaces or more
from what stands before it, the figures of a column at about the same
place in every row.  A line of words alone right under a row goes on that
row's label.  Up to three lines of words above the rows are the header:
each word goes to the column it stands over.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from esep.model import Cell, Table
from esep.plugins.text.delimited import Row, Where, line_cell

#: the pieces of a line: words one space apart; two spaces or more part the pieces
_PIECE_RE = re.compile(r"\S+(?: \S+)*")
#: a piece that is a figure ("12 540" grouped by thousands), a percent or a dash
_FIGURE_RE = re.compile(r"[-+−–]?\d{1,3}(?:[ \u00a0]\d{3})+(?:[.,]\d+)?%?|[-+−–]?\d+(?:[.,]\d+)?%?|[-–—−]")
_WORD_RE = re.compile(r"\S+")
_TRAILING_FIGURE_RE = re.compile(r"(?<= )(?:\d{1,3}(?:[ \u00a0]\d{3})+|\d+)(?:[.,]\d+)?$")
#: how far the figures of one column may stand apart, in characters
SLACK = 3
MAX_HEADER_LINES = 3


def _pieces(text: str) -> list[tuple[int, int, str]]:
    """The pieces of a line two spaces or more apart: start, end, text."""
    return [(m.start(), m.end(), m.group()) for m in _PIECE_RE.finditer(text)]


def _figure_row(text: str) -> list[tuple[int, int, str]] | None:
    """A row's label and figures, or None when the line is no such row."""
    pieces = _pieces(text)
    if len(pieces) < 2 or _FIGURE_RE.fullmatch(pieces[0][2]):
        return None
    if not all(_FIGURE_RE.fullmatch(p[2]) for p in pieces[1:]):
        return None
    return pieces


def aligned_table(lines: Sequence[Row], i: int, where: Where = line_cell) -> tuple[int, Table | None]:
    """The table lined up with spaces whose header or first row is line
    ``i``, and the line after it; ``(i, None)`` when none starts there."""
    n = len(lines)
    # the rows: from the first row of figures within the header's reach
    first = next((k for k in range(i, min(n, i + MAX_HEADER_LINES + 1)) if _figure_row(lines[k].text)), None)
    if first is None or any(not lines[k].text.strip() or "\t" in lines[k].text for k in range(i, first)):
        return i, None
    rows: list[tuple[list[tuple[int, int, str]], list[int]]] = []
    k = first
    while k < n:
        row = _figure_row(lines[k].text)
        if row is not None:
            rows.append((row, [k]))
            k += 1
            continue
        text = lines[k].text
        if rows and text.strip() and len(_pieces(text)) == 1 and not _FIGURE_RE.fullmatch(text.strip()) \
                and abs(_pieces(text)[0][0] - rows[-1][0][0][0]) <= SLACK and len(rows[-1][1]) < 3:
            rows[-1][1].append(k)  # the label goes on
            k += 1
            continue
        break
    if len(rows) < (2 if first > i else 3):
        return i, None  # two rows under a header, three without
    # the figure columns: the ends of the figures, which line up on the right
    columns: list[list[int]] = []  # for each column: start and end, widened by every figure in it
    for row, _ in rows:
        for s, e, _t in row[1:]:
            for col in columns:
                if s <= col[1] + SLACK and e >= col[0] - SLACK and (abs(e - col[1]) <= SLACK or abs(s - col[0]) <= SLACK):
                    col[0], col[1] = min(col[0], s), max(col[1], e)
                    break
            else:
                columns.append([s, e])
    columns.sort()
    if any(a[1] + 1 >= b[0] for a, b in itertools.pairwise(columns)):
        return i, None  # columns that run into each other: no table
    label_end = min(c[0] for c in columns)
    for row, _ in rows:  # a long label runs into the first figure, one space before it
        s, e, label = row[0]
        m = _TRAILING_FIGURE_RE.search(label)
        if e > label_end and m and s + m.start() >= label_end - SLACK:
            row[0] = (s, s + len(label[:m.start()].rstrip()), label[:m.start()].rstrip())
            row.insert(1, (s + m.start(), s + m.end(), m.group()))
    if any(row[0][1] > label_end + SLACK or row[0][1] >= row[1][0] for row, _ in rows):
        return i, None
    width = 1 + len(columns)
    bounds = [(columns[c - 1][1] + columns[c][0]) / 2 for c in range(1, len(columns))]

    def column_of(s: int, e: int) -> int:
        if e <= label_end - 1 and s < label_end - SLACK:
            return 0
        mid = (s + e) / 2
        return 1 + sum(1 for b in bounds if mid > b)

    for k in range(i, first):  # a header line has its words in columns, or stands over the figures
        text = lines[k].text
        if len(_pieces(text)) < 2 and len(text) - len(text.lstrip()) < label_end - SLACK:
            return i, None
    cells: list[Cell] = []
    r = 0
    if first > i:  # the header: each word over its column
        parts: dict[int, list[tuple[int, int, int, str]]] = {}
        for k in range(i, first):
            for ps, pe, piece in _pieces(lines[k].text):
                c = column_of(ps, pe)
                lo = label_end if c == 1 else (bounds[c - 2] if c > 1 else 0)
                hi = bounds[c - 1] if 0 < c <= len(bounds) else (label_end if c == 0 else 10 ** 6)
                if lo - SLACK <= ps and pe <= hi + SLACK:  # the piece stands over one column
                    parts.setdefault(c, []).append((k, ps, pe, piece))
                    continue
                for m in _WORD_RE.finditer(piece):  # else each of its words over its own
                    ws, we = ps + m.start(), ps + m.end()
                    parts.setdefault(column_of(ws, we), []).append((k, ws, we, m.group()))
        for c in range(width):
            words = parts.get(c, [])
            text = " ".join(w[3] for w in words)
            if words:
                k, s, e, _ = words[0]
                prov = where(lines[k], lines[k].start + s, lines[k].start + e)
            else:
                prov = where(lines[i], lines[i].start, lines[i].start)
            cells.append(Cell(0, c, text, provenance=prov))
        r = 1
    for row, ks in rows:
        ln = lines[ks[0]]
        label = " ".join([row[0][2]] + [lines[k].text.strip() for k in ks[1:]])
        cells.append(Cell(r, 0, label, provenance=where(ln, ln.start + row[0][0], ln.start + row[0][1])))
        placed = {column_of(s, e): (s, e, t) for s, e, t in row[1:]}
        for c in range(1, width):
            if c in placed:
                s, e, t = placed[c]
                cells.append(Cell(r, c, t, provenance=where(ln, ln.start + s, ln.start + e)))
            else:
                cells.append(Cell(r, c, "", provenance=where(ln, ln.start, ln.start)))
        r += 1
    end = rows[-1][1][-1] + 1
    last = lines[end - 1]
    return end, Table(cells, where(lines[i], lines[i].start, last.start + len(last.text)), kind="table")
