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
from collections.abc import Callable, Sequence

from esep.model import Cell, Table
from esep.plugins.lang.alphabet import HOMOGLYPHS
from esep.plugins.text.delimited import Row, Where, line_cell

#: the pieces of a line: words one space apart; two spaces or more part the pieces
_PIECE_RE = re.compile(r"\S+(?: \S+)*")
#: a piece that is a figure ("12 540" grouped by thousands), a percent or a dash
_FIGURE_RE = re.compile(r"[-+−–]?\d{1,3}(?:[ \u00a0]\d{3})+(?:[.,]\d+)?%?|[-+−–]?\d+(?:[.,]\d+)?%?|[-–—−]"
                        r"|(?=[^ ]*\d)[\dОOЗбl]{1,3}(?:[ \u00a0][\dОOЗбl]{3})*(?:[.,][\dОOЗбl]+)?%?"
                        r"|(?=\S*\d)[\dОOЗбl]+(?:[.,][\dОOЗбl]+)?%?")
#: a cell of a figure and what it counts ("52 іс-шара", "1 480 адам", "96 (20 онлайн)") or of two
#: figures over a slash ("36/940": count / participants), as tables of events write them (a digit
#: of the first figure may be a letter OCR read for it: "б00 адам")
_UNIT_CELL_RE = re.compile(
    r"(?!(?:19|20)\d\d\b)(?!\d+ (?:ай|мес|квартал|тоқсан|токсан|жыл|год|г\.|ж\.|полугод|жарты))(?=[^ /]*\d)"
    r"[\dОOЗб]{1,3}(?:[ \u00a0][\dОOЗб]{3})*(?:[.,]\d+)?"
    r"(?:/(?:\d{1,3}(?:[ \u00a0]\d{3})+|\d+)|(?: [^\W\d_][\w.-]*){1,2}|(?: \(\d+(?: [^\W\d_][\w.-]*){0,2}\)))")
_WORD_RE = re.compile(r"\S+")
#: a row's number: "3", "3.", "3)", a sub-row's "1.1"
_NUMBER_RE = re.compile(r"\d{1,3}(?:\.\d{1,2})?[.)]?")
_TRAILING_FIGURE_RE = re.compile(r"(?<= )(?:\d{1,3}(?:[ \u00a0]\d{3})+|\d+)(?:[.,]\d+)?$")
#: a part's heading written across a table: a few words, no sentence's end (it starts with a capital)
_SECTION_RE = re.compile(r"[^\W\d_][^.!?;:]{2,60}")
#: Latin letters OCR reads for the Cyrillic ones they look like, to those
_LOOKALIKES = str.maketrans(HOMOGLYPHS)
#: how far the figures of one column may stand apart, in characters
SLACK = 3
MAX_HEADER_LINES = 4


def _pieces(text: str) -> list[tuple[int, int, str]]:
    """The pieces of a line two spaces or more apart: start, end, text."""
    return [(m.start(), m.end(), m.group()) for m in _PIECE_RE.finditer(text)]


def _figure_row(text: str) -> list[tuple[int, int, str]] | None:
    """A row's label and figures, or None when the line is no such row.  A
    row's number before its label ("3   Викториналар   31   640") is left
    out here (see :func:`_row_number`)."""
    pieces = _pieces(text)
    if len(pieces) >= 3 and _NUMBER_RE.fullmatch(pieces[0][2]) and not _FIGURE_RE.fullmatch(pieces[1][2]):
        pieces = pieces[1:]
    if len(pieces) < 2 or _FIGURE_RE.fullmatch(pieces[0][2]):
        return None
    if not all(_cell(p[2]) for p in pieces[1:]):
        return None
    return pieces


def _cell(text: str) -> bool:
    """A piece that is a row's cell after its label: a figure, or a figure with its unit."""
    return bool(_FIGURE_RE.fullmatch(text) or _UNIT_CELL_RE.fullmatch(text))


def _goes_on_label(label: str, text: str) -> bool:
    """A line of words alone under a row goes on its label: it starts in a
    small letter or a bracket ("Поступило документов за" / "год, ед.";
    "Кітап" / "көрмелері"), or the label stops at a hyphen, a comma or a
    conjunction.  A line from a capital under a label that is whole is a
    heading or a paragraph after the table."""
    last = label.rstrip().split()[-1] if label.strip() else ""
    return text[:1].islower() or text[:1] in "(«" \
        or label.rstrip().endswith(("-", ",", "–")) or last.lower() in ("и", "в", "на", "по", "для", "из", "мен", "және")


def _row_number(text: str, label_start: int) -> tuple[int, int, str] | None:
    """The number written before a row's label, if any."""
    first = _pieces(text)[0]
    return first if first[1] < label_start and _NUMBER_RE.fullmatch(first[2]) else None


def aligned_table(lines: Sequence[Row], i: int, where: Where = line_cell) -> tuple[int, Table | None]:
    """The table lined up with spaces whose header or first row is line
    ``i``, and the line after it; ``(i, None)`` when none starts there."""
    n = len(lines)
    # the rows: from the first row of figures within the header's reach
    first = next((k for k in range(i, min(n, i + MAX_HEADER_LINES + 1))
                  if _figure_row(lines[k].text) or _grouped_row(lines[k].text)), None)
    if first is None or any(not lines[k].text.strip() or "\t" in lines[k].text for k in range(i, first)):
        return i, None
    rows: list[tuple[list[tuple[int, int, str]], list[int]]] = []
    grouped_by: dict[int, tuple[int, int, str]] = {}  # a row's line -> the group label written on it
    k = first
    while k < n:
        row = _figure_row(lines[k].text)
        grouped = _grouped_row(lines[k].text) if row is None else None
        if grouped is not None and (not rows or abs(grouped[1][0][0] - rows[-1][0][0][0]) <= SLACK):
            grouped_by[k], row = grouped
        if row is not None:
            rows.append((row, [k]))
            k += 1
            continue
        text = lines[k].text
        if rows and text.strip() and len(_pieces(text)) == 1 and not _FIGURE_RE.fullmatch(text.strip()) \
                and abs(_pieces(text)[0][0] - rows[-1][0][0][0]) <= SLACK:
            last = lines[rows[-1][1][-1]].text if len(rows[-1][1]) > 1 else rows[-1][0][0][2]
            if len(rows[-1][1]) < 3 and len(rows[-1][0]) > 1 and _goes_on_label(last, text.strip()):
                rows[-1][1].append(k)  # the label goes on
                k += 1
                continue
            if k + 1 < n and _figure_row(lines[k + 1].text) and _SECTION_RE.fullmatch(text.strip()) \
                    and text.strip()[:1].isupper() and len(text.split()) <= 6:
                rows.append((_pieces(text), [k]))  # a part's heading across the table
                k += 1
                continue
        around = _label_around(lines, k, rows)
        if around is not None:
            rows.append(around)
            k = max(around[1]) + 1
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
    drifting = any(a[1] + 1 >= b[0] for a, b in itertools.pairwise(columns))
    by_order = False
    if drifting:
        found = _drifting_columns([row for row, _ in rows])  # figures a few characters off their column
        if found is None:
            return i, None  # columns that run into each other: no table
        columns, by_order = found
    label_end = min(c[0] for c in columns)
    for row, _ in rows:  # a long label runs into the first figure, one space before it
        s, e, label = row[0]
        m = _TRAILING_FIGURE_RE.search(label)
        if e > label_end and m and s + m.start() >= label_end - SLACK:
            row[0] = (s, s + len(label[:m.start()].rstrip()), label[:m.start()].rstrip())
            row.insert(1, (s + m.start(), s + m.end(), m.group()))
    if any(len(row) > 1 and ((row[0][1] > label_end + SLACK and not drifting) or row[0][1] >= row[1][0])
           for row, _ in rows):
        return i, None  # (where figures drift, so do the labels' ends: a label ends before its figures)
    starts = sorted(row[0][0] for row, _ in rows)
    # (by order, a total's label may stand at the line's start left of the numbered rows' labels)
    label_start = starts[len(starts) // 2] if by_order else starts[0]
    numbers = {ks[0]: _row_number(lines[ks[0]].text, label_start) for _, ks in rows}
    if grouped_by and not any(numbers.values()) and all(g[1] <= label_start for g in grouped_by.values()):
        numbers = {ks[0]: grouped_by.get(ks[0]) for _, ks in rows}  # a column of groups before the labels
    else:
        grouped_by = {}
    off = 1 if any(numbers.values()) else 0  # a column of row numbers (or of groups) before the labels
    width = off + 1 + len(columns)
    bounds = [(columns[c - 1][1] + columns[c][0]) / 2 for c in range(1, len(columns))]

    def column_of(s: float, e: float) -> int:
        if off and e <= label_start:
            return 0
        if e <= label_end - 1 and s < label_end - SLACK:
            return off
        mid = (s + e) / 2
        return off + 1 + sum(1 for b in bounds if mid > b)

    def zone(c: int) -> tuple[float, float]:
        if c < off:
            return -1.0, label_start
        if c == off:
            return (label_start if off else -1.0), label_end
        k = c - off - 1
        return (label_end if k == 0 else bounds[k - 1]), (bounds[k] if k < len(bounds) else 10.0 ** 6)

    for k in range(i, first):  # a header line has its words in columns, or stands over the figures
        text = lines[k].text
        if len(_pieces(text)) < 2 and len(text) - len(text.lstrip()) < label_end - SLACK \
                and not (k > i and len(_pieces(lines[i].text)) >= 2 and text.strip()[:1].islower()):
            return i, None  # (a head of the labels typed over two lines goes on in small letters)

    labels_right = max(row[0][1] for row, _ in rows)

    def fits(c: int, s: int, e: int) -> bool:
        lo, hi = zone(c)
        return lo - SLACK <= s and e <= hi + SLACK

    def place(k: int, parts: dict[int, list[tuple[int, int, int, str]]]) -> None:
        pieces = _pieces(lines[k].text)
        if len(pieces) == width and any(column_of(ps, pe) != c or not fits(c, ps, pe)
                                        for c, (ps, pe, _p) in enumerate(pieces)):
            # as many heads as columns, off their columns (a scan's text drifts): each heads its own
            for c, (ps, pe, piece) in enumerate(pieces):
                parts.setdefault(c, []).append((k, ps, pe, piece))
            return
        for ps, pe, piece in pieces:
            c = column_of(ps, pe)
            heads = _heads_in_piece(piece)
            signed = len(heads) > 1 and all(not h[2][:1].isalpha() for h in heads[1:])
            if not signed and (fits(c, ps, pe) or (c > off and ps > labels_right + SLACK
                                                   and pe <= zone(c)[1] + SLACK)):
                # the piece stands over one column (a head centred over figures set to the right
                # reaches left of them, into the labels' column where no label is so long)
                parts.setdefault(c, []).append((k, ps, pe, piece))
                continue
            if len(heads) > 1:  # heads one space apart: each over the column it stands nearest, and
                taken = -1      # each over a column of its own (the next when two stand nearest one)
                for hs, he, head in heads:
                    c = max(column_of(ps + hs, ps + he), min(taken + 1, width - 1))
                    parts.setdefault(c, []).append((k, ps + hs, ps + he, head))
                    taken = c
                continue
            for m in _WORD_RE.finditer(piece):  # else each of its words over its own
                ws, we = ps + m.start(), ps + m.end()
                parts.setdefault(column_of(ws, we), []).append((k, ws, we, m.group()))

    def header_cell(r: int, c: int, words: list[tuple[int, int, int, str]], span: int = 1) -> Cell:
        if words:
            k, s, e, _ = words[0]
            prov = where(lines[k], lines[k].start + s, lines[k].start + e)
        else:
            prov = where(lines[i], lines[i].start, lines[i].start)
        return Cell(r, c, " ".join(w[3] for w in words), provenance=prov, col_span=span)

    cells: list[Cell] = []
    r = 0
    if first > i:
        groups = _groups(lines, i, first, columns, off, place) if first - i >= 2 else None
        if groups is not None:  # headings over groups of columns, each with the same heads under it
            top, under, cycle = groups
            for c in range(off + 1):
                cells.append(header_cell(0, c, top.get(c, []) + under.get(c, [])))
                cells[-1].row_span = 2
            for g, words in enumerate(top.get(-1, [])):
                cells.append(header_cell(0, off + 1 + g * cycle, words, span=cycle))
            for c in range(off + 1, width):
                cells.append(header_cell(1, c, under.get(c, [])))
            r = 2
        else:  # the header: each piece over its column
            parts: dict[int, list[tuple[int, int, int, str]]] = {}
            for k in range(i, first):
                place(k, parts)
            cells += [header_cell(0, c, parts.get(c, [])) for c in range(width)]
            r = 1
    for row, ks in rows:
        ln = lines[ks[0]]
        if off:
            s, e, t = numbers[ks[0]] or (0, 0, "")
            cells.append(Cell(r, 0, t, provenance=where(ln, ln.start + s, ln.start + e)))
        label = " ".join(t for t in [row[0][2]] + [lines[k].text.strip() for k in ks[1:]] if t)
        if row[0][2] or len(ks) == 1:
            prov = where(ln, ln.start + row[0][0], ln.start + row[0][1])
        else:  # the label stands on the lines around the row's figures
            above = lines[ks[1]]
            lead = len(above.text) - len(above.text.lstrip())
            prov = where(above, above.start + lead, above.start + len(above.text.rstrip()))
        cells.append(Cell(r, off, label, provenance=prov))
        if by_order:
            placed = {off + 1 + j: piece for j, piece in enumerate(row[1:])}
        elif drifting:  # each figure in the column nearest it
            placed = {off + 1 + sum(1 for b in bounds if (s + e) / 2 > b): (s, e, t) for s, e, t in row[1:]}
        else:
            placed = {column_of(s, e): (s, e, t) for s, e, t in row[1:]}
        for c in range(off + 1, width):
            if c in placed:
                s, e, t = placed[c]
                cells.append(Cell(r, c, t, provenance=where(ln, ln.start + s, ln.start + e)))
            else:
                cells.append(Cell(r, c, "", provenance=where(ln, ln.start, ln.start)))
        r += 1
    if grouped_by:
        cells = _merge_groups(cells, r - len(rows))
    end = max(rows[-1][1]) + 1
    last = lines[end - 1]
    return end, Table(cells, where(lines[i], lines[i].start, last.start + len(last.text)), kind="table")


def _grouped_row(text: str) -> tuple[tuple[int, int, str], list[tuple[int, int, str]]] | None:
    """A row of a table whose first column names a group of rows, a cell
    merged down over them ("Пользователи" over "всего", "дети до 14 лет"),
    as a PDF's text written out with its layout gives it: the group's words,
    then the row's label, then its figures; the group and the row (label
    and figures), or None."""
    pieces = _pieces(text)
    if len(pieces) < 4 or any(ch.isdigit() for ch in pieces[0][2] + pieces[1][2]) \
            or not any(ch.isalpha() for ch in pieces[0][2]) or _cell(pieces[1][2]) \
            or not all(_cell(p[2]) for p in pieces[2:]) \
            or all(re.fullmatch(r"(?:19|20)\d{2}", p[2]) for p in pieces[2:]):
        return None  # (a header's heads over years are no row)
    return pieces[0], pieces[1:]


def _merge_groups(cells: list[Cell], top: int) -> list[Cell]:
    """The column of groups as merged cells: a group's cell spans down the
    rows under it up to the next group; a group's name that goes on in a
    small letter on the next row ("Массовая" / "работа") is one name."""
    body = sorted((c for c in cells if c.col == 0 and c.row >= top), key=lambda c: c.row)
    keep: list[Cell] = []
    for c in body:
        if keep and (not c.text or c.text[:1].islower()):
            if c.text:
                keep[-1].text += " " + c.text
            keep[-1].row_span = c.row - keep[-1].row + 1
            continue
        keep.append(c)
    gone = {id(c) for c in body} - {id(c) for c in keep}
    return [c for c in cells if id(c) not in gone]


#: a year closing a head of a column ("2023", "2023 г.", "2023 год", "2023 ж.")
_YEAR_HEAD_RE = re.compile(r"(?:19|20)\d{2}(?:\s(?:г\.|год|года|ж\.|жыл))?(?=\s|$)")


def _heads_in_piece(piece: str) -> list[tuple[int, int, str]]:
    """The heads of columns that a PDF's text written out with its layout
    ran together one space apart ("2023 План 2024", "2024 %", "2022 2023"): a
    year closes a head when a capital, a percent, a sign or a year opens the
    next.  One head
    (the piece whole) when there is no such place."""
    out, start = [], 0
    for m in _YEAR_HEAD_RE.finditer(piece):
        rest = piece[m.end():].lstrip()
        if rest and (rest[0].isupper() or rest[0] in "%+±" or _YEAR_HEAD_RE.match(rest)) and m.end() > start:
            out.append((start, m.end(), piece[start:m.end()]))
            start = m.end() + (len(piece[m.end():]) - len(rest))
    out.append((start, len(piece), piece[start:]))
    return out


def _label_around(lines: Sequence[Row], k: int,
                  rows: list[tuple[list[tuple[int, int, str]], list[int]]]) -> tuple[list[tuple[int, int, str]], list[int]] | None:
    """A numbered row whose label a narrow cell wrapped over two lines, its
    figures set level with the middle of the cell ("Литературно-музыкальные"
    over "6   26   910   28   986", "вечера" under it): line ``k`` is
    words alone where the labels of the rows above start, line ``k + 1`` a
    row's number left of them and figures alone, and a line of words alone
    under it that goes on the label (a small letter, or after a hyphen or a
    comma) is the label's rest.  The row's label piece is empty and its
    lines are the figures' line, then the label's."""
    if not rows or k + 1 >= len(lines):
        return None
    above = _pieces(lines[k].text)
    start = rows[-1][0][0][0]
    if len(above) != 1 or any(ch.isdigit() for ch in above[0][2]) or abs(above[0][0] - start) > SLACK:
        return None
    row = _pieces(lines[k + 1].text)
    if len(row) < 3 or not _NUMBER_RE.fullmatch(row[0][2]) or row[0][1] > start \
            or not all(_cell(p[2]) for p in row[1:]) or row[1][0] <= above[0][1]:
        return None
    ks = [k + 1, k]
    below = _pieces(lines[k + 2].text) if k + 2 < len(lines) else []
    if len(below) == 1 and abs(below[0][0] - start) <= SLACK and not any(ch.isdigit() for ch in below[0][2]) \
            and (below[0][2][:1].islower() or above[0][2].endswith(("-", ","))):
        ks.append(k + 2)
    return [(above[0][0], above[0][0], "")] + row[1:], ks


_DIGITS_RE = re.compile(r"\d+")
#: least share of the rows that fill every column, for columns found by their order
FULL_ROWS = 0.6


def _drifting_columns(rows: list[list[tuple[int, int, str]]]) -> tuple[list[list[int]], bool] | None:
    """The figure columns of rows whose figures drift by a few characters
    from row to row, as an OCR program lines up a scanned table's cells with
    spaces: most rows (:data:`FULL_ROWS`) have a figure in every column, and
    the k-th figure of such a row is in the k-th column.  Each column spans
    the middle of its figures (the median start and end); the columns must
    stand apart, and every figure of a row with cells left empty must fall
    nearest a column of its own, in order.  A row one figure short whose
    label ends in a figure one space before the next ("Итого 145   3 210")
    has that figure split off its label first.  When every row fills every
    column, the figures are placed by their order whatever their places
    (the spaces another program wrote stand for the gaps after labels of
    different lengths); the second value says so.  None when that is not so."""
    width = max(len(row) - 1 for row in rows)
    for row in rows:  # a label that ends in a figure one space before it ("Итого 145   3 210")
        m = _TRAILING_FIGURE_RE.search(row[0][2])
        if len(row) - 1 == width - 1 and m and len(row) > 1 and not _FIGURE_RE.fullmatch(row[0][2]):
            s, _e, label = row[0]
            row[0] = (s, s + len(label[:m.start()].rstrip()), label[:m.start()].rstrip())
            row.insert(1, (s + m.start(), s + m.end(), m.group()))
    full = [row for row in rows if len(row) - 1 == width]
    if width < 1 or len(full) < FULL_ROWS * len(rows) or len(full) < 2:
        return None

    def median(xs: list[int]) -> int:
        return sorted(xs)[len(xs) // 2]

    columns = [[median([row[c + 1][0] for row in full]), median([row[c + 1][1] for row in full])]
               for c in range(width)]
    if len(full) == len(rows):  # every row fills every column: the k-th figure is in the k-th column
        return columns, True
    if any(a[1] + 1 >= b[0] for a, b in itertools.pairwise(columns)):
        return None
    bounds = [(a[1] + b[0]) / 2 for a, b in itertools.pairwise(columns)]
    for row in rows:
        placed = [sum(1 for b in bounds if (s + e) / 2 > b) for s, e, _t in row[1:]]
        if len(set(placed)) < len(placed) or placed != sorted(placed):
            return None
        if len(row) - 1 == width and placed != list(range(width)):
            return None
    return columns, False


def _groups(lines: Sequence[Row], i: int, first: int, columns: list[list[int]], off: int,
            place: Callable[[int, dict], None]) -> tuple[dict, dict, int] | None:
    """A header of two levels: the last header line heads every figure
    column, its heads repeating every ``cycle`` columns ("саны", "қатысқандар",
    "саны", "қатысқандар"), and the lines above hold one heading over each
    repetition ("2017 ж. І ж/ж", "2018 ж. І ж/ж").  Returns the words of
    the lines above (the group headings, in order, under the key -1; those
    over the label columns under their column), the last line's words by
    column, and the cycle; None for any other header."""
    under: dict[int, list] = {}
    place(first - 1, under)
    heads = [" ".join(w[3] for w in under.get(off + 1 + c, [])) for c in range(len(columns))]
    if not all(heads):
        return None
    # (compared with OCR's Latin look-alikes read as the Cyrillic letters they stand for: "учaстники")
    same = [h.translate(_LOOKALIKES).casefold() for h in heads]
    cycle = next((p for p in range(1, len(same) // 2 + 1) if len(same) % p == 0
                  and all(same[c] == same[c % p] for c in range(len(same)))), None)
    if cycle is None or cycle == len(heads):
        return None
    top: dict[int, list] = {}
    figure_start = columns[0][0] - SLACK
    over: list[list[tuple[int, int, int, str]]] = []  # each heading line's pieces over the figures
    for k in range(i, first - 1):
        placed: dict[int, list] = {}
        place(k, placed)  # the words over the number and label columns, as any header line's
        for c in range(off + 1):
            top.setdefault(c, []).extend(w for w in placed.get(c, []) if w[2] <= figure_start)
        over.append([(k, ps, pe, piece) for ps, pe, piece in _pieces(lines[k].text) if pe > figure_start])
    n_groups = len(heads) // cycle
    main = next((line for line in over if len(line) == n_groups), None)
    if main is None or any(len(line) > n_groups for line in over):
        return None
    # a heading typed over two lines ("Юношество" / "(15–30 лет)"): each piece of the other lines goes
    # with the heading of the line that has one piece a group whose middle is nearest it
    groups: list[list[tuple[int, int, int, str]]] = [[w] for w in main]
    for line in over:
        if line is main:
            continue
        for w in line:
            mid = (w[1] + w[2]) / 2
            g = min(range(n_groups), key=lambda j: abs((main[j][1] + main[j][2]) / 2 - mid))
            groups[g].append(w)
    top[-1] = [sorted(g) for g in groups]
    return top, under, cycle


#: a head of a column over a row of figures alone is short
MAX_HEAD_PIECE = 40


def heads_over_figures(lines: Sequence[Row], i: int, where: Where = line_cell) -> tuple[int, Table | None]:
    """A table of one row of figures without a label under the heads of its
    columns, lined up with spaces, as a fund's movement is tabled
    ("Состояло на 01.01.2024 | Поступило | Выбыло | Состоит на 01.01.2025"
    over "412 870   11 240   9 615   414 495") and a PDF's text written out
    with its layout keeps it: a head of one line stands level with the
    middle of a head of two, so the heads take one to three lines.  Each
    piece of the heads goes to the figure its middle stands nearest; the
    table is read only when every figure has a head and every head is
    nearer its own figure than any other's (by more than :data:`SLACK`), and the figures' line ends the
    table (an empty line or the text's end after it).  ``(i, None)`` when
    none starts at line ``i``."""
    n = len(lines)
    for h in range(1, MAX_HEADER_LINES + 1):
        k = i + h
        if k >= n or not lines[k - 1].text.strip():
            return i, None
        figures = _pieces(lines[k].text)
        if len(figures) >= 2 and all(_FIGURE_RE.fullmatch(p[2]) and p[2] not in "-–—−" for p in figures):
            break
    else:
        return i, None
    if k + 1 < n and lines[k + 1].text.strip():
        return i, None
    heads = [(r, p) for r in range(i, k) for p in _pieces(lines[r].text)]
    if any(len(p[2]) > MAX_HEAD_PIECE or _FIGURE_RE.fullmatch(p[2]) or p[2][-1:] in ".!?;" and len(p[2]) > 12
           for _, p in heads):
        return i, None
    mids = [(s + e) / 2 for s, e, _ in figures]
    owner: dict[int, list[tuple[int, tuple[int, int, str]]]] = {}
    for r, p in heads:
        mid = (p[0] + p[1]) / 2
        dist = sorted((abs(mid - m), c) for c, m in enumerate(mids))
        if dist[0][0] + SLACK > dist[1][0]:
            return i, None  # a head halfway between two figures
        owner.setdefault(dist[0][1], []).append((r, p))
    if len(owner) != len(figures):
        return i, None
    cells: list[Cell] = []
    for c in range(len(figures)):
        parts = owner[c]
        r0, (s0, e0, _) = parts[0]
        r1, (_, e1, _) = parts[-1]
        text = " ".join(p[2] for _, p in parts)
        cells.append(Cell(0, c, text, provenance=where(lines[r0], lines[r0].start + s0, lines[r1].start + e1)))
    for c, (s, e, t) in enumerate(figures):
        cells.append(Cell(1, c, t, provenance=where(lines[k], lines[k].start + s, lines[k].start + e)))
    first, last = lines[i], lines[k]
    return k + 1, Table(cells, where(first, first.start, last.start + len(last.text)), kind="table")
