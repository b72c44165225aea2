"""Tables in a PDF's text taken in reading order (pdftotext without
``-layout``, a PDF's text copied out of a viewer): each cell a paragraph of
its own between empty lines, and the cells that stood close together on one
line of the page joined by a space::

    Көрсеткіштер

    2022

    2023

    Оқырмандар

    23 870

    24 310

    Келушілер

    187 540 190 120

    Қатысушылар 28 450 29 870

The header is a line of words (the head of the labels) and, each a
paragraph of its own, two or more heads of columns that are periods (a
year, a date, "2023 ж.") or a difference column ("+/-", "Айырмасы").  A row
is a label, the figures on its line after it and the lines of figures
after it, up to the next line of words; its figures are grouped by the
thousands rule (:func:`esep.plugins.text.flat.split_figures`), never across
a line, into one a column.  A row whose figures group more than one way
("187 540 190 120": 187 | 540 190 120 as well as 187 540 | 190 120), or
none, is no row of the table: its lines are given back, kept as written in a
table of a kind no extractor reads (``UNREAD_ROWS``: a label read as prose
would take the wrong column's figure), and the rows after it still belong
to the table.  No figure is
merged or cut on a guess.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from esep.model import Cell, Table
from esep.plugins.text.delimited import Row, Where, line_cell
from esep.plugins.text.flat import split_figures, splits

#: a head of a column: a period (a year with its word, a date, a part of a year) or a difference
HEAD_RE = re.compile(
    r"(?i)(?:(?:[IV]{1,3}|[1-4]|І{1,3})\s*(?:квартал|кв\.|полугодие|тоқсан|жарты\s*жылдық)\s+"
    r"|(?:9|6|3)\s+(?:месяцев|мес\.|айы?)\s+)?"
    r"(?:(?:19|20)\d{2}(?:\s?(?:г\.?|года?|ж\.?|жыл(?:ы|дың)?))?(?:\s+(?:9|6|3)\s+ай(?:ы|дағы)?"
    r"|\s+(?:[IV]{1,3}|І{1,3}|[1-4])\s*(?:квартал|кв\.|полугодие|полуг\.|тоқсан|жартыжылдық|жарты\s*жылдық|жарт\.))?"
    r"|\d{2}\.\d{2}\.(?:19|20)\d{2}(?:\s?(?:г\.?|ж\.?))?)"
    r"|\+\s?/\s?[-–−]|±|айырмасы|разница|отклонение|изменение")
#: a difference column: the second period's figure less the first's
DIFFERENCE_RE = re.compile(r"(?i)\+\s?/\s?[-–−]|±|айырмасы|разница|отклонение|изменение")
#: the kind of the table that keeps the rows left out, a line a row, as written (no extractor reads it)
UNREAD_ROWS = "rows not read"
#: a figure token: digits with a decimal part, a sign, a percent; a dash for no figure
FIGURE_RE = re.compile(r"[-+−–]?\d+(?:[.,]\d+)?%?|[-–—−]")
#: a label is short and no sentence
MAX_LABEL = 90
_SENTENCE_RE = re.compile(r"\w{4,}[.!?](?:\s|$)")


def _words(text: str) -> bool:
    body = text.strip()
    return bool(body) and any(ch.isalpha() for ch in body) and len(body) <= MAX_LABEL \
        and not _SENTENCE_RE.search(body) and not HEAD_RE.fullmatch(body)


def _figures(text: str) -> list[str] | None:
    tokens = text.split()
    return tokens if tokens and all(FIGURE_RE.fullmatch(t) for t in tokens) else None


def _label_and_figures(text: str) -> tuple[str, list[str]]:
    tokens = text.split()
    k = len(tokens)
    while k > 0 and FIGURE_RE.fullmatch(tokens[k - 1]):
        k -= 1
    return " ".join(tokens[:k]), tokens[k:]


def _next(lines: Sequence[Row], k: int) -> int:
    while k < len(lines) and not lines[k].text.strip():
        k += 1
    return k


Place = tuple[Row, int, int]  # a line and the start and end of a cell's text in it
Piece = tuple[Row, list[tuple[int, int, str]]]  # a line and its figure tokens (start, end, text)


def _piece(row: Row, at: int = 0) -> Piece:
    return row, [(m.start(), m.end(), m.group()) for m in re.finditer(r"\S+", row.text) if m.start() >= at]


def _grouped(pieces: list[Piece], heads: list[str]) -> list[Place] | None:
    """The one way to read the figure pieces (the tokens of each line) as
    one figure a head, no figure across two pieces; None when there is
    none or more than one."""
    def place(row: Row, toks: list[tuple[int, int, str]], part: list[int]) -> Place:
        return row, toks[part[0]][0], toks[part[-1]][1]

    if len(pieces) == 1:
        row, toks = pieces[0]
        parts = split_figures([t for _, _, t in toks], heads)
        return None if parts is None else [place(row, toks, p) for p in parts]
    found: list[list[Place]] = []

    def walk(p: int, got: list[Place]) -> None:
        if len(found) > 1 or len(got) > len(heads):
            return
        if p == len(pieces):
            if len(got) == len(heads):
                found.append(got)
            return
        row, toks = pieces[p]
        for n in range(1, len(heads) - len(got) + 1):
            for parts in splits([t for _, _, t in toks], n):
                walk(p + 1, got + [place(row, toks, part) for part in parts])

    walk(0, [])
    return found[0] if len(found) == 1 else None


def _value(place: Place) -> float | None:
    row, s, e = place
    text = row.text[s:e].replace(" ", "").replace("\u00a0", "").replace(",", ".").replace("−", "-").replace("–", "-")
    try:
        return float(text)
    except ValueError:
        return None


def _adds_up(figures: list[Place], heads: list[str]) -> bool:
    """The row's difference column is its second period's figure less its
    first's (the only check there is of figures put together from lines
    out of their order)."""
    if len(heads) < 3 or not DIFFERENCE_RE.fullmatch(heads[-1]):
        return False
    v = [_value(f) for f in figures]
    return None not in v and abs(v[-1] - (v[-2] - v[-3])) < 0.051


def _heads(row: Row) -> list[Place] | None:
    """The heads of columns on a line: one, or several joined by spaces."""
    out: list[Place] = []
    at = len(row.text) - len(row.text.lstrip())
    end = len(row.text.rstrip())
    while at < end:
        m = HEAD_RE.match(row.text, at)
        if m is None or m.end() == at or (m.end() < end and not row.text[m.end()].isspace()):
            return None
        out.append((row, m.start(), m.end()))
        at = m.end()
        while at < end and row.text[at].isspace():
            at += 1
    return out or None


@dataclass
class _Joined:
    """A head of a column whose text a narrow cell wrapped over two lines of
    one paragraph ("2023 ж. І" and "жарт."): the two lines as one, the
    line break read as a space, so that its offsets are the file's."""
    no: int
    start: int
    text: str


def _wrapped_head(lines: Sequence[Row], k: int) -> _Joined | None:
    """Lines ``k`` and ``k + 1`` as one head of a column: a paragraph of just
    these two lines that reads as a head only when joined."""
    if k + 1 >= len(lines) or not lines[k + 1].text.strip() \
            or (k + 2 < len(lines) and lines[k + 2].text.strip()):
        return None
    a, b = lines[k], lines[k + 1]
    gap = b.start - a.start - len(a.text)
    if gap < 1:
        return None
    joined = _Joined(a.no, a.start, a.text + " " * gap + b.text)
    return joined if _heads(joined) is not None and len(_heads(joined) or []) == 1 else None


def flowed_table(lines: Sequence[Row], i: int, where: Where = line_cell) -> tuple[int, Table | None, list[int]]:
    """The table whose header's first cell is line ``i``, the line after it
    and the lines of the rows left out (to be read as paragraphs);
    ``(i, None, [])`` when none starts there.

    Where a label is followed by more lines of one figure each than the
    table has columns, and the table has a difference column the first of
    them keep, those are the row's and the rest are the next row's, which
    its label line then ends with its first figure ("731", "+26", then
    "Іс-шаралар саны 705"): pdftotext wrote them out of order.  Only a
    difference column that holds tells so; without one such rows are left."""
    none: tuple[int, Table | None, list[int]] = (i, None, [])
    first = lines[i]
    if "\t" in first.text or not _words(first.text) or i + 1 >= len(lines) or lines[i + 1].text.strip():
        return none
    heads: list[Place] = []
    k = _next(lines, i + 1)
    while k < len(lines) and not lines[k - 1].text.strip():
        got = _heads(lines[k])
        if got is None and (two := _wrapped_head(lines, k)) is not None:
            got, k = [(two, 0, len(two.text))], k + 1
        if got is None:
            break
        heads += got
        k = _next(lines, k + 1)
    if len(heads) < 2 or not any(re.search(r"(?:19|20)\d{2}", r.text[s:e]) for r, s, e in heads):
        return none
    head_texts = [r.text[s:e] for r, s, e in heads]
    width = len(heads)
    rows: list[tuple[Row, str, list[Place]]] = []
    left: list[int] = []
    carry: list[int] = []  # lines of one figure after a row's own: the next row's, written before its label
    end = k
    while k < len(lines):
        ln = lines[k]
        if not _words(ln.text) or "\t" in ln.text:
            break
        label, tail = _label_and_figures(ln.text)
        if not label or not any(ch.isalpha() for ch in label):
            break
        at = ln.text.index(label) + len(label)
        pieces: list[Piece] = [_piece(ln, at)] if tail else []
        taken = [k]
        j = _next(lines, k + 1)
        while j < len(lines) and _figures(lines[j].text) is not None:
            pieces.append(_piece(lines[j]))
            taken.append(j)
            j = _next(lines, j + 1)
        if not pieces and not tail and len(carry) == width:
            # the last row's label after its own figures (pdftotext wrote them out of order): the
            # lines of one figure the row above left over are its, when they add up
            own = _grouped([_piece(lines[c]) for c in carry], head_texts)
            if own is not None and _adds_up(own, head_texts):
                rows.append((ln, label, own))
                carry = []
                end = k + 1
                k = j
                continue
        if not pieces:
            break  # a line of words with no figures after it: the table has ended
        figures = _grouped(pieces, head_texts) if not carry else None
        if figures is None and carry and len(tail) + len(carry) == width and len(pieces) == 1:
            together = _grouped([pieces[0]] + [_piece(lines[c]) for c in carry], head_texts)
            if together is not None and _adds_up(together, head_texts):
                figures, carry = together, []
        left += carry
        carry = []
        ones = [p for p in pieces if splits([t for _, _, t in p[1]], 1)]  # lines that read as one figure
        if figures is None and not tail and len(ones) == len(pieces) > width:
            own = _grouped(pieces[:width], head_texts)
            if own is not None and _adds_up(own, head_texts):
                figures, carry = own, taken[1 + width:]
                taken = taken[:1 + width]
        if figures is None:
            left += taken
        else:
            rows.append((ln, label, figures))
        end = (carry or taken)[-1] + 1
        k = j
    left += carry
    if not rows:
        return none
    cells = [Cell(0, 0, first.text.strip(), provenance=_whole(first, where))]
    cells += [Cell(0, c, r.text[s:e], provenance=where(r, r.start + s, r.start + e))
              for c, (r, s, e) in enumerate(heads, start=1)]
    for n, (ln, label, figures) in enumerate(rows, start=1):
        lead = len(ln.text) - len(ln.text.lstrip())
        cells.append(Cell(n, 0, label, provenance=where(ln, ln.start + lead, ln.start + lead + len(label))))
        for c, (r, s, e) in enumerate(figures, start=1):
            cells.append(Cell(n, c, r.text[s:e], provenance=where(r, r.start + s, r.start + e)))
    last = lines[end - 1]
    return end, Table(cells, where(first, first.start, last.start + len(last.text)), kind="table"), sorted(left)


def _whole(row: Row, where: Where):
    lead = len(row.text) - len(row.text.lstrip())
    return where(row, row.start + lead, row.start + len(row.text.rstrip()))


#: fewer cells than this, each a line with an empty line after it, are no table's
MIN_SPACED_CELLS = 8
#: a row's number in a column of row numbers
_ROW_NO_RE = re.compile(r"\d{1,3}\.?")
#: the label of a totals row
_TOTAL_RE = re.compile(r"(?i)(?:итого|всего|барлығы|жиыны|жалпы|барлық)\b.*")


def spaced_cells(lines: Sequence[Row], i: int) -> int:
    """How many lines from ``i`` are each one cell with an empty line after
    it, as pdftotext without ``-layout`` writes a table's cells (and
    docx2txt every paragraph): the run ends at two lines with no empty one
    between (a paragraph wrapped over lines) or at a line with a TAB."""
    k, n = i, 0
    while k < len(lines) and lines[k].text.strip() and "\t" not in lines[k].text \
            and (k + 1 >= len(lines) or not lines[k + 1].text.strip()):
        n += 1
        k += 2
    return n


def spaced_table(lines: Sequence[Row], i: int, where: Where = line_cell) -> tuple[int, Table | None]:
    """A table of a PDF's text in reading order whose cells are each a line
    with an empty line after it, in a text whose paragraphs are otherwise
    wrapped over lines (so that the whole text is not written double
    spaced): its cell lines read as a table written one cell a line
    (:func:`esep.plugins.text.stacked.stacked_table`), and the line after
    it; ``(i, None)`` when none starts at ``i``.

    pdftotext writes no line for an empty cell: the totals row of a table
    whose first column numbers its rows ("№", 1, 2 …) comes one cell short
    ("Барлығы", "418", "11 250" under "7", "Кітапханалық сабақтар", "73",
    "1690"); a row so short, right after the table, whose first line is a
    total's label and whose other lines are figures, is its totals row
    with the number's cell empty."""
    from esep.plugins.text.stacked import line_kinds, stacked_table

    m = spaced_cells(lines, i)
    if m < MIN_SPACED_CELLS:
        return i, None
    cells_lines = [lines[i + 2 * c] for c in range(m)]
    end, table = stacked_table(cells_lines, line_kinds(cells_lines), 0, where)
    if table is None:
        return i, None
    width = 1 + max(c.col + c.col_span - 1 for c in table.cells)
    last = max(c.row for c in table.cells)
    numbers = [c.text for c in table.cells if c.col == 0 and c.row > 0]
    tail = cells_lines[end:end + width - 1]
    if width >= 3 and numbers and all(_ROW_NO_RE.fullmatch(t.strip()) for t in numbers) \
            and len(tail) == width - 1 and _TOTAL_RE.fullmatch(tail[0].text.strip()) \
            and all(_figures(t.text) is not None for t in tail[1:]):
        for c, row in enumerate(tail, start=1):
            table.cells.append(Cell(last + 1, c, row.text.strip(), provenance=_whole(row, where)))
        end += width - 1
    return i + 2 * end - 1, table


#: least groups of a table written column by column: the labels' and two columns of figures
MIN_COLUMNS = 3
#: least lines of each column: its head and two cells
MIN_COLUMN_LINES = 3


def _group(lines: Sequence[Row], k: int) -> int:
    """The end of the run of lines with text from line ``k``."""
    while k < len(lines) and lines[k].text.strip() and "\t" not in lines[k].text:
        k += 1
    return k


def _column_run(lines: Sequence[Row], a: int, b: int) -> tuple[int, int] | None:
    """A run of a column of figures: its head lines (one or two, a period
    or a difference: "2023", "ІІ тоқсан" over "2023") and its figures; the
    count of each, or None."""
    h = 1  # the first line heads the column, a year too
    if a + 1 < b and (_figures(lines[a + 1].text) is None or HEAD_RE.fullmatch(lines[a + 1].text.strip())
                      and _figures(lines[a].text) is None):
        h = 2
    if not 1 <= h <= 2 or b - a - h < 2 or not all(_figures(lines[x].text) is not None for x in range(a + h, b)):
        return None
    head = " ".join(lines[x].text.strip() for x in range(a, a + h))
    return (h, b - a - h) if HEAD_RE.search(head) else None


def columns_table(lines: Sequence[Row], i: int, where: Where = line_cell) -> tuple[int, Table | None]:
    """A table pdftotext (without ``-layout``) wrote column after column:
    each column a run of lines, the runs parted by one empty line - the
    labels' column (its head, then a label a line), then each column of
    figures (its head of one or two lines, a period or a difference, then a
    figure a line), as many figures in each as there are labels::

        Показатели          2023          2024
        Пользователи        38 410        39 022
        Посещения           276 140       281 905

    stands in the text as "Показатели / Пользователи / Посещения", "2023 /
    38 410 / 276 140", "2024 / 39 022 / 281 905".  The table is put back
    as it was printed, a label and its figures a row (never turned on its
    side).  pdftotext may set the title above the table right over the
    labels' column with no empty line between: the table is then found from
    the line after the title (:func:`columns_ahead`).  A run of another
    shape after the columns (a difference column whose head pdftotext ran
    into its first figure) ends the table and is read as paragraphs.
    ``(i, None)`` when none starts at line ``i``."""
    none: tuple[int, Table | None] = (i, None)
    if i >= len(lines) or not lines[i].text.strip():
        return none
    a, b = i, _group(lines, i)
    if b + 1 >= len(lines) or lines[b].text.strip():
        return none
    runs: list[tuple[int, int, int]] = []  # start, end and head lines of each column of figures
    k = b + 1
    m = None
    while k < len(lines) and lines[k].text.strip():
        e = _group(lines, k)
        got = _column_run(lines, k, e)
        if got is None or (m is not None and got[1] != m):
            break
        m = got[1]
        runs.append((k, e, got[0]))
        if e + 1 >= len(lines) or lines[e].text.strip() or not lines[e + 1].text.strip():
            break
        k = e + 1
    if m is None or len(runs) + 1 < MIN_COLUMNS or b - a not in (m, m + 1):
        return none
    if not all(_words(lines[x].text) or any(ch.isalpha() for ch in lines[x].text)
               and len(lines[x].text.strip()) <= MAX_LABEL for x in range(a, b)) \
            or any(_figures(lines[x].text) for x in range(a, b)):
        return none
    top = 1 if b - a == m + 1 else 0  # the header's row, when the labels' column has its head
    cells: list[Cell] = []
    if top:
        cells.append(Cell(0, 0, lines[a].text.strip(), provenance=_whole(lines[a], where)))
    for r in range(m):
        ln = lines[b - m + r]
        cells.append(Cell(top + r, 0, ln.text.strip(), provenance=_whole(ln, where)))
    for c, (s, e, h) in enumerate(runs, start=1):
        if top:  # a head of two lines is one cell's text wrapped ("ІІ тоқсан" / "2023")
            head = " ".join(lines[s + x].text.strip() for x in range(h))
            end = lines[s + h - 1]
            cells.append(Cell(0, c, head, provenance=where(lines[s], lines[s].start + len(lines[s].text) - len(
                lines[s].text.lstrip()), end.start + len(end.text.rstrip()))))
        for r in range(m):
            ln = lines[s + h + r]
            cells.append(Cell(top + r, c, ln.text.strip(), provenance=_whole(ln, where)))
    cells.sort(key=lambda c: (c.row, c.col))
    first, last = lines[a], lines[runs[-1][1] - 1]
    return runs[-1][1], Table(cells, where(first, first.start, last.start + len(last.text)), kind="table")


def columns_ahead(lines: Sequence[Row], i: int, reach: int = 3) -> bool:
    """Whether a table written column by column (:func:`columns_table`)
    starts on one of the next ``reach`` lines of the run of lines from ``i``
    (a title set right over its labels' column)."""
    return any(lines[i + d].text.strip() and columns_table(lines, i + d)[1] is not None
               for d in range(1, reach + 1) if i + d < len(lines) and all(
                   lines[x].text.strip() for x in range(i, i + d + 1)))
