"""Tables written one row a line: the cells of a row separated by TABs
(``Число посещений<TAB>346179<TAB>330281``) or by bars (``Читатели | 12534 |
12673 |``), as text typed outside Word's tables holds them - in a plain-text
file, or in the paragraphs of a Word document lined up with tab stops.

:func:`delimited_run` finds such a run of rows and :func:`read_delimited_table`
builds its table; a row is anything with ``text`` (the row as written),
``start`` (its offset in the source) and ``no`` (its line or paragraph
number), and the caller says how a cell's position is recorded.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from esep.model import Cell, Provenance, Table


class Row(Protocol):
    text: str
    start: int
    no: int


#: where a cell was read: the row, the cell's start and end offsets -> its provenance
Where = Callable[[Row, int, int], Provenance]


def offset_in_file(row: Row, at: int) -> int:
    """The offset in the file of character ``at`` of a row line: a line
    joined from pieces a fixed width broke knows where each piece stands."""
    offset = getattr(row, "offset", None)
    return offset(at) if offset is not None else row.start + at


def line_cell(row: Row, start: int, end: int) -> Provenance:
    """The provenance of a cell of a text file: its line and offsets."""
    return Provenance(line=row.no, char_start=start, char_end=max(start, end))


#: words that open the parts of a figure ("в том числе", "из них", "оның ішінде"): a cell or a row
#: of their own, never the rest of the line above
PARTS_RE = re.compile(r"(?i)(?:в\s+т(?:ом)?\.?\s?ч(?:исле)?\.?|из\s+них|(?:с)?оның\s+ішінде)(?!\w)")

#: a line that names a table by its number is its caption, not a cell of its header nor a row:
#: "Таблица 4", "Табл. 2", "(кесте 4)", "3-кесте"
CAPTION_RE = re.compile(r"(?i)(?<!\w)(?:таблица|табл\.|кесте|table)\s*№?\s*\d|(?<!\w)\d+\s?-\s?кесте(?!\w)")


def goes_on(text: str) -> bool:
    """Whether a line goes on with the words of the line above: it starts in
    lower case, and not with the words that open the parts of a figure."""
    body = text.strip()
    return body[:1].islower() and not PARTS_RE.match(body)


def _separator(text: str, listed: bool = True) -> str | None:
    """The character that separates a row's cells: TAB, or a bar with at
    least two of them on the line (a bar alone may be prose); with
    ``listed``, also a semicolon or a comma when the line is a row of a
    list of values a spreadsheet writes (:func:`_listed_row`), and a lone
    bar between a label and its figure, as a table of two columns is typed
    by hand ("Учащиеся | 11 200")."""
    if "\t" in text:
        return "\t"
    if text.count("|") >= 2:
        return "|"
    if listed:
        for sep in (";", ",", "|"):
            if _listed_row(text, sep):
                return sep
    return None


#: a cell of a row of listed values after its label: a figure, nothing, a dash, or a few words
#: with no sentence's signs ("Количество", "Участники", "2023")
_LISTED_CELL_RE = re.compile(r"[^.:!?()«»\"]{0,40}")


def _listed_row(text: str, sep: str) -> bool:
    """A row of a table pasted from a spreadsheet's list of values (CSV):
    cells separated by semicolons ("Читатели;12450;12600"), or by commas
    with no space after them ("Кітап беру,102400,105300"), a cell holding
    the separator in double quotes ("\"Іс-шаралар, саны\",164,172").  A
    sentence is none: its commas are followed by a space, its pieces are
    long or hold the signs of a sentence, and none of them is a figure; nor
    is a figure with a decimal comma after its label ("Читаемость – 16,9")."""
    pieces = [p for p, _ in _split(text, sep)]
    if len(pieces) < 2 or not pieces[0].strip() or len(pieces[0]) > 80:
        return False
    if sep == "," and (any(p[:1].isspace() for p in pieces[1:]) or pieces[0].rstrip()[-1:].isdigit()):
        return False  # a comma between digits is a decimal comma ("Посещаемость – 6,2")
    rest = [p.strip() for p in pieces[1:]]
    return all(_LISTED_CELL_RE.fullmatch(p) and len(p.split()) <= 4 for p in rest) \
        and any(_FIGURE_RE.fullmatch(p) for p in rest)


def _listed_head(lines: Sequence[Row], i: int) -> str | None:
    """The separator of a header row of listed values ("Форма;Количество;Участники"):
    a line of as many pieces of a few words as the row of listed values
    right under it has cells."""
    if i + 1 >= len(lines):
        return None
    sep = _separator(lines[i + 1].text)
    if sep not in (";", ",", "|") or (sep == "|" and lines[i].text.count("|") != 1):
        return None
    head = [p.strip() for p, _ in _split(lines[i].text, sep)]
    if len(head) != len(_split(lines[i + 1].text, sep)) or not all(head):
        return None
    return sep if all(_LISTED_CELL_RE.fullmatch(p) and len(p.split()) <= 4 for p in head) else None


def _split(text: str, sep: str) -> list[tuple[str, int]]:
    """The pieces of a line between separators and where each starts; with a
    semicolon or a comma, a piece in double quotes keeps the separators it
    holds, and its quotes are left out (its text starts after the first)."""
    if sep not in ";,":
        out, pos = [], 0
        for piece in text.split(sep):
            out.append((piece, pos))
            pos += len(piece) + 1
        return out
    out = []
    pos = 0
    while True:
        body = text[pos:]
        lead = len(body) - len(body.lstrip())
        if body[lead:lead + 1] == '"':
            close = text.find('"', pos + lead + 1)
            nxt = text.find(sep, close + 1) if close >= 0 else -1
            if close >= 0 and (nxt < 0 or not text[close + 1:nxt].strip()):
                out.append((text[pos + lead + 1:close], pos + lead + 1))
                if nxt < 0:
                    return out
                pos = nxt + 1
                continue
        nxt = text.find(sep, pos)
        if nxt < 0:
            out.append((text[pos:], pos))
            return out
        out.append((text[pos:nxt], pos))
        pos = nxt + 1


def _row_cells(ln: Row, sep: str, trailing: bool = False, edged: bool = True) -> list[tuple[str, int, int]]:
    """The cells of a row line: text, start and end offset in the file.  The
    bars that open and close a line ("| a | b |") draw the table's edges: no
    cell stands before the first or after the last.  In a table whose rows
    open with no bar (``edged`` false) a line opening with blanks and a bar
    leaves its first cell empty: a header's second line under a label's
    column ("          | мер-й | посещ."), not an edge.  Empty cells at the end
    of the row are dropped unless ``trailing`` is asked for: written out
    ("Читатели | 12534 | | |"), they say which columns the row leaves empty.
    The marks of strong emphasis a converter to Markdown writes around a
    cell ("**346**") are no part of its text."""
    row = []
    pieces = _split(ln.text, sep)
    if sep == "\t":
        pieces = [q for piece, at in pieces for q in _spaced_figures(piece, at)]
    for k, (piece, at) in enumerate(pieces):
        lead = len(piece) - len(piece.lstrip())
        edge = sep == "|" and not piece.strip() and ((k == 0 and edged) or (k == len(pieces) - 1 and k > 1))
        if not edge:
            start, end = offset_in_file(ln, at + lead), offset_in_file(ln, at + len(piece.rstrip()))
            body = piece.strip()
            m = _EMPHASIS_RE.fullmatch(body)
            if m:
                g = m.lastindex or 1
                start, end, body = start + m.start(g), start + m.end(g), m.group(g)
            row.append((body, start, end))
    while not trailing and len(row) > 1 and not row[-1][0]:
        row.pop()
    return row


#: two spaces or more: a gap typed to line a column up, never inside a figure ("12 534")
_GAP_RE = re.compile(r"[ \u00a0]{2,}")


def _spaced_figures(piece: str, at: int) -> list[tuple[str, int]]:
    """A piece between TABs split where spaces stand for the TABs: a table
    lined up partly with TABs and partly with spaces, as typed by hand
    ("Оқырмандар саны<TAB><TAB>16 240    16 580<TAB>+340"), holds two
    cells in one piece.  Split only when every part after the first is a
    figure, so that a label with a double space in it stays whole; a
    thousands space is one space and never splits a figure."""
    body = piece.rstrip()
    lead = len(body) - len(body.lstrip())
    gaps = list(_GAP_RE.finditer(body, lead))
    if not gaps:
        return [(piece, at)]
    parts, pos = [], lead
    for g in gaps:
        parts.append((body[pos:g.start()], at + pos))
        pos = g.end()
    parts.append((body[pos:], at + pos))
    if not all(_FIGURE_RE.fullmatch(t) for t, _ in parts[1:]):
        return [(piece, at)]
    return parts


#: a cell's text in marks of strong emphasis, as Markdown writes a bold cell: "**Итого**", "__346__"
_EMPHASIS_RE = re.compile(r"\*\*(\S(?:.*\S)?)\*\*|__(\S(?:.*\S)?)__")


def _filled(row: list[tuple[str, int, int]]) -> int:
    return sum(1 for p in row if p[0])


def _is_rule(text: str) -> bool:
    """A line drawn between rows of a bar table: |---|---|, +===+===+."""
    t = text.strip()
    return len(t) >= 3 and not t.strip("-=+|: ")


#: (thousands set apart by a space, a no-break, a narrow no-break or a thin space, as Word and its exports write them)
_FIGURE_RE = re.compile(r"[-+−–]?\d[\d \u00a0\u202f\u2009]*(?:[.,]\d+)?\s*%?")
_EMPTY_RE = re.compile(r"[-–—−x×.]*")  # "–", "х": no figure, in a cell of figures
_YEAR_RE = re.compile(r"(?:19|20)\d{2}\s*(?:г\.?|год|ж\.?|жыл)?")
_YEAR_IN_RE = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


def _figure_row(row: list[tuple[str, int, int]]) -> bool:
    """A row of the table's body: a label and a figure that is no year."""
    return bool(row[0][0]) and any(_FIGURE_RE.fullmatch(p[0]) and not _YEAR_RE.fullmatch(p[0])
                                   for p in row[1:])


#: a row merged across a table holds a label, never a sentence
MAX_MERGED_ROW = 60


def merged_row(lines: Sequence[Row], j: int, widths: set[int]) -> bool:
    """Whether line ``j``, a line with no TAB between the rows of a TAB
    table, is a row of the table merged across its width: Word's text
    export writes such a row (a department's or a part's heading over its
    rows: "Абонемент", "Детский отдел") as its text alone, without the TABs
    of the cells its merge covers, and so does a report typed by hand (a
    group's or a direction's heading opening the rows under it: "Для
    детей:", "Патриоттық тәрбие бойынша:").  It is short (a label's length),
    ends no sentence (a colon opens the rows under it) and names no table ("Таблица 5" is the next one's caption),
    and right under it (or under one more such line) is a row of figures
    of as many cells as the table's rows (``widths``); a paragraph after
    the table, or a caption, an empty line and a new header, is none."""
    for k in range(j, j + 3):
        if k >= len(lines):
            return False
        text = lines[k].text
        body = text.strip()
        if not body:
            return False
        if "\t" in text:
            return k > j and _figure_row(_row_cells(lines[k], "\t")) \
                and len(_split(text, "\t")) in widths
        if len(body) > MAX_MERGED_ROW or body[-1] in ".!?;" or CAPTION_RE.search(body) \
                or _separator(text) is not None:
            return False
    return False


def delimited_run(lines: Sequence[Row], i: int) -> int:
    """The end of a table written one row a line from line ``i`` (``i`` when
    there is none): consecutive lines with the same separator, at least two
    of them rows of two or more cells and one with a label before its first
    separator.  A line of a label and empty cells (a section row) belongs to
    the run, and so does a rule line between the rows of a bar table; a line
    with one cell after a TAB is Word's own export and does not, nor, once
    rows of figures have begun, a line of words alone ("Директор<TAB>А.
    Сейітова" under the table).  An empty line between two rows goes on the
    run: rows typed with an empty line after each (a paragraph's spacing
    made with Enter) are one table; the run ends at the empty line when no
    row follows it.  A rule of bars and hyphens above the header and below the
    last row, as tables typed by hand open and close, is the table's."""
    n = len(lines)
    sep = _separator(lines[i].text) or _listed_head(lines, i)
    if sep is None:
        return i
    if sep == "|" and _is_rule(lines[i].text) and i + 1 < n:
        # a rule typed above the header ("|-----|-----|"): the table's, when a table begins under it
        end = delimited_run(lines, i + 1)
        return end if end > i + 1 else i
    j = i
    end = i  # the line after the last row taken
    full = 0
    labelled = False
    body = False  # rows of figures have begun
    widths: set[int] = set()  # how many cells the rows of two or more hold
    while j < n:
        t = lines[j].text
        if sep == "\t" and j == end and j > i and merged_row(lines, j, widths):
            j += 1  # a row merged across the table (Word's export leaves out its TABs)
            end = j
            continue
        if sep == "|" and _is_rule(t) and j > i:
            j += 1
            end = j
            continue
        if not t.strip() and j == end and j > i and j + 1 < n and lines[j + 1].text.strip():
            j += 1  # one empty line between rows: the row after it decides
            continue
        if (_separator(t) != sep and j > i) or not t.strip():
            break
        row = _row_cells(lines[j], sep)
        lead = bool(row and row[0][0])
        if _filled(row) >= 2:
            if body and lead and not any(_FIGURE_RE.fullmatch(p[0]) or _EMPTY_RE.fullmatch(p[0]) for p in row[1:]):
                break
            body = body or _figure_row(row)
            full += 1
            widths.add(len(_split(t, sep)))
        elif not lead or j > end:
            break  # after an empty line, only a row of two cells or more goes on the table
        labelled = labelled or lead
        j += 1
        end = j
    # a rule closing the run is the table's; one with rows right under it opens the next table
    if end < n and _separator(lines[end].text) == sep:
        while end > i and _is_rule(lines[end - 1].text):
            end -= 1
    return end if full >= 2 and labelled else i


def read_delimited_table(run: Sequence[Row], where: Where = line_cell) -> Table:
    """A table written one row a line, its cells separated by TABs or bars.

    When the rows of two or more cells all split into the same number of
    pieces, each separator is a column boundary and an empty piece an empty
    cell.  Otherwise (TABs repeated to line the columns up by eye) a run of
    separators is one boundary, and a shorter row keeps its label in the
    first column and has its other cells aligned on the right, under the
    figures.  Rule lines between the rows of a bar table are not rows."""
    sep = next((s for s in (_separator(ln.text) for ln in run) if s), "\t")
    lines = [ln for ln in run if ln.text.strip() and not (sep == "|" and _is_rule(ln.text))]
    # the rows open with a bar ("| a | b |"), or most of them with their label ("a | b")
    edged = sum(ln.text.lstrip().startswith("|") for ln in lines) * 2 > len(lines)
    written = [_row_cells(ln, sep, trailing=True, edged=edged) for ln in lines]
    rows = [_row_cells(ln, sep, edged=edged) for ln in lines]
    if sep == "\t":
        # a row merged across (no TAB written): its text in the first cell, the others empty
        wide = max((len(r) for r in written if _filled(r) >= 2), default=1)
        written = [r if sep in ln.text or _filled(r) >= 2 else r + [("", r[-1][2], r[-1][2])] * (wide - len(r))
                   for ln, r in zip(lines, written)]
    lines, written, rows = _wrapped_labels(lines, written, rows)
    merged = _merged_header(written)
    if len({len(r) for r in written if _filled(r) >= 2}) == 1 or merged:
        # every row writes out every column, the empty ones at its end too; a
        # column no row fills (a TAB closing each line) is none
        while True:
            width = max(len(r) for r in written)
            if width < 3 or any(r[-1][0] for r in written if len(r) == width):
                break
            written = [r[:-1] if len(r) == width else r for r in written]
        rows = written
    regular = merged or len({len(r) for r in rows if _filled(r) >= 2}) == 1
    width = 1 + max(sum(1 for p in r[1:] if p[0]) for r in rows)
    body = next((k for k, r in enumerate(rows) if _figure_row(r)), len(rows))
    cells: list[Cell] = []
    for r, (ln, row) in enumerate(zip(lines, rows)):
        rest = [p for p in row[1:] if p[0]]
        if regular:
            placed = list(enumerate(row))
        elif r < body and len(rest) + 1 == width - 1 and _YEAR_IN_RE.search(row[0][0]):
            # a header of the figure columns alone, typed without the TAB that would
            # leave the labels' column empty ("2021/2022<TAB>2022/2023" over the rows)
            placed = [(k + 1, p) for k, p in enumerate([row[0]] + rest)]
        elif r < body:
            # a header row: its cells in order from the first column, so that a year over
            # two columns below it ("2021" over "кол-во", "присутств.") is spread over them
            placed = list(enumerate([row[0]] + rest))
        else:
            placed = [(0, row[0])] if row[0][0] else []
            placed += [(width - len(rest) + k, p) for k, p in enumerate(rest)]
        for c, (txt, start, end) in placed:
            cells.append(Cell(r, c, txt, provenance=where(ln, start, end)))
    cells = infer_header_spans(cells)
    first, last = run[0], run[-1]
    prov = where(first, first.start, last.start + len(last.text))
    return Table(cells, prov, kind="table")


def _wrapped_labels(lines: list[Row], written: list[list[tuple[str, int, int]]],
                    rows: list[list[tuple[str, int, int]]]) -> tuple[list, list, list]:
    """The rows with a label typed over two lines joined: a label too long
    for its column is broken with Enter, its first part on a line with no
    figures ("Кітап беру (құжат<TAB><TAB>") and the rest, going on in lower
    case, on the next with the row's figures ("берілімі)<TAB>186 400<TAB>…"),
    or with the label's remark in brackets (an age or a unit: "жастар" over
    "(15-30 жас)<TAB>3 980<TAB>…", as a cell's line break comes out when a
    table is copied from a web page).  A line that ends in a colon heads the rows below it and joins none; a
    line going on with the parts of a figure ("в т.ч. …") is a row of its
    own."""
    out_lines: list[Row] = []
    out_written: list[list[tuple[str, int, int]]] = []
    out_rows: list[list[tuple[str, int, int]]] = []
    k = 0
    while k < len(rows):
        row = rows[k]
        if k + 1 < len(rows) and _filled(row) == 1 and row[0][0] and not row[0][0].endswith(":") \
                and rows[k + 1][0][0] and _label_goes_on(rows[k + 1][0][0]) and _figure_row(rows[k + 1]):
            below = rows[k + 1][0]
            label = (row[0][0] + "\n" + below[0], row[0][1], below[2])
            out_lines.append(lines[k])
            out_written.append([label, *written[k + 1][1:]])
            out_rows.append([label, *rows[k + 1][1:]])
            k += 2
            continue
        out_lines.append(lines[k])
        out_written.append(written[k])
        out_rows.append(row)
        k += 1
    return out_lines, out_written, out_rows


def _label_goes_on(text: str) -> bool:
    """Whether a row's label goes on with the label above: in lower case
    (:func:`goes_on`), or with a bracketed remark, which opens no label."""
    return goes_on(text) or text.strip().startswith("(")


@dataclass
class _Indented:
    """A row line without the TAB that indents it."""
    text: str
    start: int
    no: int


def indented_run(lines: Sequence[Row], i: int) -> list[Row]:
    """The rows of a table typed with tab stops and indented by a TAB, from
    line ``i`` (none when no such table starts there): each line opens with
    a TAB, then a label and the row's cells after TABs ("<TAB>Оқырмандар
    саны<TAB>8 940<TAB>9 015"), as :func:`delimited_run` reads them once
    the indent is left out.  Word's own export writes one cell a line after
    its TAB, and never a label and a cell after it on one line."""
    rows: list[Row] = []
    for ln in lines[i:]:
        text = ln.text
        if not text.strip():
            rows.append(_Indented("", ln.start, ln.no))
            continue
        if not text.startswith("\t") or text.count("\t") < 2 or not text[1:].split("\t")[0].strip():
            break
        rows.append(_Indented(text[1:], ln.start + 1, ln.no))
    end = delimited_run(rows, 0) if rows and rows[0].text else 0
    return rows[:end]


def _merged_header(written: list[list[tuple[str, int, int]]]) -> bool:
    """Word's plain-text export of a table whose header has merged cells: a
    cell merged across columns is written once, so the header rows above
    the first row of figures hold fewer cells than the rest, while every
    row below writes all ``W`` of its cells, the cells under a merge down
    as empty ones (" | | план | факт | план | факт"), the second header row
    that heads the columns a merge across covers included.  The rows of ``W``
    pieces fill every column between them (TABs typed twice to line up a
    short label leave a column no row fills)."""
    body = next((k for k, r in enumerate(written) if _figure_row(r)), None)
    if body is None:
        # a first row of figures with no label: the total row under a merged label
        body = next((k for k, r in enumerate(written) if not r[0][0] and _figure_row(r[1:])), None)
    if not body:
        return False
    full = {len(r) for r in written[body:] if _filled(r) >= 2}
    if len(full) != 1:
        return False
    width = full.pop()
    head = [r for r in written[:body] if _filled(r) >= 1]
    if not head or any(len(r) > width for r in head) or len(head[0]) == width \
            or not any(len(r) == width for r in head):
        return False  # a short first row over a second row of the full width: the cells its merges split
    wide = [r for r in written if len(r) == width]
    return all(any(r[c][0] for r in wide) for c in range(width))


def header_tail(below: Sequence[str], k: int, e: int) -> int | None:
    """How many of the last of ``k`` header cells span two rows over a row
    ``below`` (``e`` an empty cell, anything else a written one) whose
    first ``e`` cells are empty and span two rows with the first ones above.

    A cell split in sub-columns heads each of them with words, and the empty
    cells closing the row below are what a merge down leaves.  So: none
    when the other cells share the columns left equally, each over written
    cells alone; else the ``t`` empty cells closing ``below`` when the cells
    between then share the columns between equally ("в том числе" over
    "для детей | для юношества | для взрослых", "Число участников" over the
    empty cell); else none when the equal share leaves no cell over empty
    cells alone.  ``None`` when no such reading fits."""
    width = len(below)
    even = (width - e) % (k - e) == 0
    span = (width - e) // (k - e)
    groups = [below[c:c + span] for c in range(e, width, span)] if even and span > 1 else []
    if even and all("e" not in g for g in groups):
        return 0
    t = 0
    while t < width - e and below[width - 1 - t] == "e":
        t += 1
    t = min(t, k - e - 1)
    if t and (width - e - t) % (k - e - t) == 0:
        return t
    return 0 if even and all(any(x != "e" for x in g) for g in groups) else None


def infer_header_spans(cells: list[Cell], header_rows: int = 3) -> list[Cell]:
    """Recover merged header cells that a text export flattened.

    A header row with k cells above a row of the table's full width W whose
    first e cells are empty (e < k) is read as: its first e cells span two
    rows (the empty cells below are what Word writes for a vertical merge)
    and its other k - e cells share the remaining W - e columns equally,
    when they divide evenly.  When they do not and the row below also ends
    in t empty cells, its last t cells span two rows as well and the cells
    between share the columns between ("Показатели | План | Выполнено | %"
    over " | | за квартал | с начала года | ").  Any other shape is left as
    it is."""
    rows: dict[int, list[Cell]] = {}
    for c in cells:
        rows.setdefault(c.row, []).append(c)
    width = max((len(r) for r in rows.values()), default=0)
    drop: set[int] = set()
    for r in range(min(header_rows, len(rows) - 1)):
        top, below = rows.get(r, []), rows.get(r + 1, [])
        k = len(top)
        if not (0 < k < width and len(below) == width) or any(c.col_span > 1 for c in top):
            continue
        e = 0
        while e < len(below) and not below[e].text:
            e += 1
        e = min(e, k - 1)
        t = header_tail(["e" if not c.text else "t" for c in below], k, e)
        if t is None:
            continue
        span = (width - e - t) // (k - e - t)
        for j, c in enumerate(top):
            if j < e:
                c.row_span = 2
                drop.add(id(below[j]))
            elif j >= k - t:
                c.col = width - (k - j)
                c.row_span = 2
                drop.add(id(below[c.col]))
            else:
                c.col = e + (j - e) * span
                c.col_span = span
    return [c for c in cells if id(c) not in drop]
