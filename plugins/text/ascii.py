"""Tables drawn with characters in a plain-text file, as pandoc's plain
output, reStructuredText and people typing a table by hand draw them.

* A *grid* table: ``+----+----+`` borders around every row, ``|`` between
  cells; a cell spanning columns has no ``|`` inside it, a cell spanning
  rows no border under it (``|    +------+`` goes on beside it)::

      +--------------+-----------------+
      | Кітапханалар | Оқырмандар саны |
      |              +--------+--------+
      |              | 2019   | 2020   |
      +==============+========+========+
      | Аудандық     | 3 420  | 3 186  |
      | кітапхана    |        |        |
      +--------------+--------+--------+

* A *ruled* table: a line of dashes under the header, one run of dashes a
  column (``-----  ---------  -----``); the rows under it one a line, or,
  when a line of dashes also opens the table, rows of several lines
  separated by empty lines, up to the closing line of dashes.

A grid may also be drawn with the box-drawing characters of DOS code pages
and of Unicode (``╔══╤══╗``, ``║ Читатели │ 14 210 ║``, ``╟──┼──╢``, single
or double), as DOS editors and old exports draw them: each is read as the
``+``, ``-``, ``=`` or ``|`` it stands for, one character for one, so the
offsets stay those of the file.

A cell's text is what its lines hold between the column's edges, the lines
joined by a space (the lines are wrapped to the column's width); its
provenance is its first line.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from esep.model import Cell, Table
from esep.plugins.lang.alphabet import LOWER
from esep.plugins.text.delimited import Row, Where, infer_header_spans, line_cell

_BORDER_RE = re.compile(r"^\s*\+(?:[-=:]+\+)+\s*$")
_GRID_LINE_RE = re.compile(r"^\s*[+|]")
_COLUMN_RULE_RE = re.compile(r"^\s*-{2,}(?:\s+-{2,})+\s*$")
_FULL_RULE_RE = re.compile(r"^\s*-{8,}\s*$")
#: header lines looked for above a column rule, rows of a table of several lines a row
MAX_HEADER_LINES = 4
MAX_ROW_LINES = 8


_BOX_LINES = {**dict.fromkeys("─━┄┅┈┉╌╍╴╶╸╺╼╾", "-"), **dict.fromkeys("═", "="),
              **dict.fromkeys("│┃┆┇┊┋╎╏╵╷╹╻╽╿║", "|")}
BOX_TO_ASCII = {c: _BOX_LINES.get(chr(c), "+") for c in range(0x2500, 0x2580)}


def is_box_drawn(text: str) -> bool:
    """A line drawn with box-drawing characters (a border or a row of a DOS table)."""
    return any("\u2500" <= ch <= "\u257f" for ch in text)


@dataclass
class _Drawn:
    text: str
    start: int
    no: int


def ascii_table(lines: Sequence[Row], i: int, where: Where = line_cell) -> tuple[int, Table | None]:
    """The table drawn with characters from line ``i`` and the line after it;
    ``(i, None)`` when none starts there."""
    text = lines[i].text
    if is_box_drawn(text):  # box-drawing characters, read one for one as the ASCII they stand for
        end = i
        while end < len(lines) and is_box_drawn(lines[end].text):
            end += 1
        drawn = [_Drawn(ln.text.translate(BOX_TO_ASCII), ln.start, ln.no) for ln in lines[i:end]]
        if _BORDER_RE.match(drawn[0].text):
            got, table = _grid(drawn, 0, where)
            return (i + got, table) if table is not None else (i, None)
        return i, None
    if _BORDER_RE.match(text):
        return _grid(lines, i, where)
    if _FULL_RULE_RE.match(text) or _COLUMN_RULE_RE.match(text) or (
            i + 1 < len(lines) and text.strip() and _COLUMN_RULE_RE.match(lines[i + 1].text)):
        return _ruled(lines, i, where)
    return i, None


def _grid(lines: Sequence[Row], i: int, where: Where) -> tuple[int, Table | None]:
    n = len(lines)
    end = i + 1
    while end < n and _GRID_LINE_RE.match(lines[end].text):
        end += 1
    while end > i + 1 and not _BORDER_RE.match(lines[end - 1].text):
        end -= 1
    if end - i < 3:
        return i, None
    block = [ln.text for ln in lines[i:end]]
    xs = sorted({k for t in block if "+" in t and re.search(r"\+[-=:]", t) for k, ch in enumerate(t) if ch == "+"})
    if len(xs) < 2:
        return i, None

    def ch(y: int, x: int) -> str:
        t = block[y]
        return t[x] if x < len(t) else " "

    def ruled(y: int, a: int) -> bool:  # a border runs under slot a on line y
        seg = block[y][xs[a] + 1:xs[a + 1]]
        return len(seg) == xs[a + 1] - xs[a] - 1 and bool(seg) and not seg.strip("-=:")

    borders = [y for y in range(len(block)) if any(ruled(y, a) for a in range(len(xs) - 1))]
    if borders[0] != 0 or borders[-1] != len(block) - 1:
        return i, None
    # each band: its lines and the border under it (None: a row of a box ruled only around the rows)
    bands: list[tuple[list[int], int | None]] = []
    for top, bottom in itertools.pairwise(borders):
        groups = _box_rows(block, xs, list(range(top + 1, bottom)))
        bands.extend((ys, bottom if g == len(groups) - 1 else None) for g, ys in enumerate(groups))

    def closed(m: int, a: int, b: int) -> bool:
        under = bands[m][1]
        return under is None or all(ruled(under, s) for s in range(a, b))

    taken: set[tuple[int, int]] = set()
    cells: list[Cell] = []
    for k, (ys, _) in enumerate(bands):
        top = ys[0] - 1 if ys else (bands[k][1] or 1) - 1
        for a in range(len(xs) - 1):
            if (k, a) in taken:
                continue
            b = a + 1  # the cell's right edge is the first column edge with a bar all down the band
            while b < len(xs) - 1 and not all(ch(y, xs[b]) in "|+" for y in ys):
                b += 1
            m = k  # and it goes down until a border runs under all of it
            while m < len(bands) - 1 and not closed(m, a, b):
                m += 1
            bottom = bands[m][0][-1] + 1 if bands[m][0] else bands[m][1]
            for kk in range(k, m + 1):
                for s in range(a, b):
                    taken.add((kk, s))
            parts = []
            first = None
            for y in range(top + 1, bottom):
                if y in borders and all(ruled(y, s) for s in range(a, b)):
                    continue
                seg = block[y][xs[a] + 1:xs[b]] if len(block[y]) > xs[a] else ""
                if seg.strip():
                    body = seg.strip()
                    if first is None:
                        lead = len(seg) - len(seg.lstrip())
                        first = (y, xs[a] + 1 + lead, xs[a] + 1 + lead + len(body))
                    parts.append(body)
            ln = lines[i + (first[0] if first else top + 1)]
            start, stop = (ln.start + first[1], ln.start + first[2]) if first else (ln.start, ln.start)
            cells.append(Cell(k, a, " ".join(parts), provenance=where(ln, start, stop),
                              row_span=m - k + 1, col_span=b - a))
    last = lines[end - 1]
    return end, Table(cells, where(lines[i], lines[i].start, last.start + len(last.text)), kind="table")


#: a figure, a dash for none, or a count and its people in one cell ("25 / 740", "12/340")
_FIGURE_RE = re.compile(r"[-+\u2212\u2013\u2014]?\s*\d[\d\s.,\u00a0\u202f]*%?|[-\u2013\u2014]"
                        r"|\d[\d\u00a0\u202f]*(?: \d{3})*\s*/\s*\d[\d\u00a0\u202f]*(?: \d{3})*")
#: a row's number in a column of its own: "1", "12.", "IV", a letter of either alphabet with a bracket ("а)", "ә)", "b)")
_ROW_MARK_RE = re.compile(rf"\d{{1,3}}[.)]?|[IVXLC]{{1,5}}\.?|[a-z{LOWER}]\)", re.IGNORECASE)


def _line_kind(pieces: Sequence[str]) -> tuple[str, str]:
    """What a line of a band ruled only around its rows is: ``("row", …)``
    when its cells after the label are figures (the label the first cell, or
    the first that is no row number: "1 | Книжные выставки | 40 | 1200"),
    ``("text", label)`` when it holds a label and nothing after it, and
    ``("other", "")`` otherwise.  A row number before a label with no figure
    ("2. | Экологическое воспитание | |") makes it a row of its own."""
    if all(_FIGURE_RE.fullmatch(p) for p in pieces[1:]):
        return "row", pieces[0]
    j = 0
    while j < len(pieces) - 1 and (not pieces[j] or _ROW_MARK_RE.fullmatch(pieces[j])):
        j += 1
    rest = pieces[j + 1:]
    if rest and all(not p or _FIGURE_RE.fullmatch(p) for p in rest) and any(rest):
        return "row", pieces[j]
    if not any(rest) and pieces[j]:
        return ("numbered" if any(pieces[:j]) else "text"), pieces[j]
    return "other", ""


def _box_rows(block: Sequence[str], xs: Sequence[int], ys: list[int]) -> list[list[int]]:
    """The rows of a band of lines between two borders.  Old exports and
    tables typed by hand draw the rules only around the header and the whole
    body, one row a line: when every line of the band that holds a figure
    holds one in every column after its label (a bar between each two
    columns on every line; a row's number may stand in a column before the
    label), each of those lines starts a row.  A line with nothing after its
    label goes on the label of the row above when it goes on in lower case
    ("из них с высшим" / "образованием"); at the band's top, with a row
    number, or beginning with a capital ("ПАТРИОТИЧЕСКОЕ ВОСПИТАНИЕ",
    "Экологическое просвещение") it is a row of its own, a heading of the
    rows under it.  Otherwise the band is one row whose cells are wrapped
    over its lines."""
    if len(ys) < 2:
        return [ys]
    groups: list[list[int]] = []
    figures = 0
    for y in ys:
        t = block[y]
        if any(x >= len(t) or t[x] != "|" for x in xs[1:-1]):
            return [ys]
        kind, label = _line_kind([t[xs[a] + 1:xs[a + 1]].strip() for a in range(len(xs) - 1)])
        if kind == "row":
            groups.append([y])
            figures += 1
        elif kind == "text" and groups and label[:1].islower():
            groups[-1].append(y)
        elif kind == "numbered" or kind == "text" and (not groups or label[:1].isupper()):
            groups.append([y])
        else:
            return [ys]
    return groups if figures > 1 else [ys]


def _columns(rule: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"-{2,}", rule)]


def _slices(text: str, cols: list[tuple[int, int]]) -> list[tuple[str, int, int]]:
    """Each column's piece of a line: from the column's start to the next
    column's (the last to the line's end), with its offsets in the line."""
    out = []
    for k, (s, _) in enumerate(cols):
        e = cols[k + 1][0] if k + 1 < len(cols) else len(text)
        if k == 0:
            s = 0
        seg = text[s:e] if s < len(text) else ""
        lead = len(seg) - len(seg.lstrip())
        body = seg.strip()
        out.append((body, s + lead, s + lead + len(body)))
    return out


def _ruled(lines: Sequence[Row], i: int, where: Where) -> tuple[int, Table | None]:
    n = len(lines)
    opened = bool(_FULL_RULE_RE.match(lines[i].text))
    # the column rule: under the header, below the opening line or on line i itself
    r = next((k for k in range(i, min(n, i + MAX_HEADER_LINES + 2)) if _COLUMN_RULE_RE.match(lines[k].text)), None)
    if r is None:
        return i, None
    head_from = i + 1 if opened else i
    if any(not lines[k].text.strip() for k in range(head_from, r)):
        return i, None
    cols = _columns(lines[r].text)
    rows: list[list[int]] = []  # line numbers of each row
    end = r + 1
    if opened:  # rows of several lines, an empty line between, up to the closing line
        current: list[int] = []
        while end < n and not _FULL_RULE_RE.match(lines[end].text) and not _COLUMN_RULE_RE.match(lines[end].text):
            if lines[end].text.strip():
                current.append(end)
                if len(current) > MAX_ROW_LINES:
                    return i, None
            elif current:
                rows.append(current)
                current = []
            end += 1
        if end >= n:
            return i, None
        if current:
            rows.append(current)
        end += 1
    else:  # one line a row, up to an empty line or a closing rule
        while end < n and lines[end].text.strip() and not _FULL_RULE_RE.match(lines[end].text) \
                and not _COLUMN_RULE_RE.match(lines[end].text):
            rows.append([end])
            end += 1
        if end < n and (_FULL_RULE_RE.match(lines[end].text) or _COLUMN_RULE_RE.match(lines[end].text)):
            end += 1
    if len(rows) < 1 or (not opened and head_from == r and len(rows) < 2):
        return i, None
    table_rows = ([list(range(head_from, r))] if r > head_from else []) + rows
    cells: list[Cell] = []
    for rr, row in enumerate(table_rows):
        pieces = [_slices(lines[k].text, cols) for k in row]
        for c in range(len(cols)):
            parts = [(p[c], k) for p, k in zip(pieces, row) if p[c][0]]
            if parts:
                (_, s, e), k = parts[0]
                prov = where(lines[k], lines[k].start + s, lines[k].start + e)
            else:
                prov = where(lines[row[0]], lines[row[0]].start, lines[row[0]].start)
            cells.append(Cell(rr, c, " ".join(p[0][0] for p in parts), provenance=prov))
    last = lines[end - 1]
    return end, Table(infer_header_spans(cells), where(lines[i], lines[i].start, last.start + len(last.text)),
                      kind="table")
