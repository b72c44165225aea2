"""Tables written one cell a line, as LibreOffice's plain-text export of a
Word or Writer document writes them: each cell of each row on a line of its
own, an empty cell as an empty line, nothing between the rows::

    Показатели
    2022
    2023
    Число пользователей
    12 410
    12 502

Nothing marks where a row ends; the rows say it by repeating: a line that
holds a figure (a number, a percent, a dash, or nothing) and a line of
words come back at the same place every ``w`` lines.  :func:`stacked_table`
finds such a run, the header lines above it and, where the header's first
row was merged over two rows below (``9 мес. 2019 г.`` over ``кол-во`` and
``присутствовало``), rebuilds the merge with
:func:`esep.plugins.text.delimited.infer_header_spans`.  A header cell of
two paragraphs ("Қатыс." / "саны") is one cell (:func:`_header`), and a line
naming the table by its number is its caption, never a header cell
(see docs/text_tables.md).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from esep.model import Cell, Table
from esep.plugins.lang.alphabet import UPPER
from esep.plugins.text.delimited import CAPTION_RE, Row, Where, goes_on, header_tail, infer_header_spans, line_cell

#: a cell that holds a figure, or no figure at all ("–", "х", "-")
_FIGURE_RE = re.compile(r"[-+−–]?\s?\d[\d \u00a0]*(?:[.,]\d+)?\s*(?:%|(?:ед|мер|чел|экз|шт|адам|дана)\.?)?|[-–—−xх×]?"
                        r"|\d[\d \u00a0]*\s?/\s?(?:\d[\d \u00a0]*|[-–—])"  # or two: "96/2 880" (count / people), "30/–"
                        r"|[-–—]\s?/\s?\d[\d \u00a0]*"
                        r"|\d{1,3}\s?[-–]\s?\d{1,3}"  # a range: the pages "11-12" (not a span of years)
                        r"|\d{1,3}(?:\.\d{1,3})*\.")  # a row's number: "1.", "2.1." (as "1.1" is a figure)
#: the widest row looked for, in cells
MAX_WIDTH = 16
#: a line longer than this is prose, not a cell
MAX_CELL = 160


#: a sentence, not a cell: a full stop and a capital after it, or a closing full stop after many words
_SENTENCE_RE = re.compile(rf"\w{{4,}}(?:[.!?]\s+[{UPPER}A-Z]|[.!?]\s*$)")  # "г.", "экз.", "им." end none
#: a figure a header may hold: a column's year
_YEAR_RE = re.compile(r"(?:19|20)\d{2}")
_DIGITS_RE = re.compile(r"\d+")
_YEAR_IN_RE = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
#: a heading of a part of a table, by the readers it serves, set in a row merged across the
#: table, which Writer writes as one line ("Для детей", "Для взрослых", "Балаларға арналған")
_SECTION_RE = re.compile(r"(?:для|среди)\s+(?:дет|взросл|юнош|молод|подрост|пенсион|пожил|людей)\w*"
                         r"(?:\s+\S+){0,2}:?|(?:балалар|ересек|жасөспірім|жастар)\w*(?:\s+арналған)?:?", re.I)
#: a cell that says "nothing": it fits a column of words (a unit "–" of a ratio) as well as one of figures
_DASH_RE = re.compile(r"[-–—−xх×]")
#: a row label that is a year: a table laid on its side ("2021 | 96 | 40 | 156")
_BARE_YEAR_RE = re.compile(r"(?:19|20)\d{2}(?:\s?(?:г\.?|год|ж\.?|жыл))?")
#: the head of a column of row numbers: a cell of its own, never a paragraph of the next
_NUMBER_HEAD_RE = re.compile(r"№\s*(?:п/п|п\.п\.)?|п/п|[Рр]/с")
#: a header cell is short
MAX_HEADER_CELL = 80


def _sentence(body: str) -> bool:
    return len(body.split()) >= 6 and bool(_SENTENCE_RE.search(body))


class LineKinds(str):
    """One letter a line: ``e`` an empty line (an empty cell), ``f`` a figure
    or a dash, ``t`` words, ``x`` a line no cell of such a table is (prose
    longer than :data:`MAX_CELL` or a sentence, a line with TABs or bars).
    ``fit`` has a ``1`` for each line a header may hold (words short enough,
    or a year; ``n`` for the head of a column of row numbers, "№", "№ п/п"),
    a ``0`` otherwise."""

    fit: str
    years: str  # the kinds again, ``y`` a bare year ("2021", "2022 г."), ``s`` a section, ``d`` a dash,
    # ``w`` words going on in lower case
    periods: str  # ``p`` for a line that is a year alone, ``.`` for any other


def line_kinds(lines: Sequence[Row]) -> LineKinds:
    """What each line can be in a table written one cell a line."""
    out = []
    fit = []
    for ln in lines:
        t = ln.text
        body = t.strip()
        if len(t) > MAX_CELL or "\t" in t or "|" in t or _sentence(body):
            kind = "x"
        elif not body:
            kind = "e"
        else:
            kind = "f" if _FIGURE_RE.fullmatch(body) else "t"
        out.append(kind)
        fit.append(("n" if _NUMBER_HEAD_RE.fullmatch(body) else "1")
                   if kind != "x" and len(body) <= MAX_HEADER_CELL and not CAPTION_RE.search(body)
                   and (kind != "f" or _YEAR_RE.fullmatch(body)) else "0")
    kinds = LineKinds("".join(out))
    kinds.fit = "".join(fit)
    # a year is a row's label when a figure that is no year follows it ("2021", "96")
    year = [k == "f" and bool(_BARE_YEAR_RE.fullmatch(ln.text.strip())) for k, ln in zip(out, lines)]
    # a line that is a year alone ("2023", "2023 г."): the second line of a header cell "План" / "2023 г."
    kinds.periods = "".join("p" if _BARE_YEAR_RE.fullmatch(ln.text.strip()) else "." for ln in lines)
    kinds.years = "".join("y" if year[x] and x + 1 < len(out) and out[x + 1] == "f" and not year[x + 1]
                          else "s" if k == "t" and _SECTION_RE.fullmatch(ln.text.strip())
                          else "d" if k == "f" and _DASH_RE.fullmatch(ln.text.strip())
                          else "w" if k == "t" and goes_on(ln.text) else k
                          for x, (k, ln) in enumerate(zip(out, lines)))
    return kinds


#: lines a cell of words may run over (a label in two languages, a long name)
MAX_CELL_LINES = 3

#: a row: for each cell, the first line and the line after its last
RowSpan = list[tuple[int, int]]


@functools.lru_cache(maxsize=8192)
def _rows_from(years: str, j: int, w: int, flex: bool, labelled: bool = True) -> tuple[RowSpan, ...]:
    """The rows of ``w`` cells that repeat one pattern from line ``j``: at each
    place a figure (or nothing) or words (or nothing), and every row with a
    figure, and with words when ``labelled``.  With ``flex`` a cell of words
    may run over up to :data:`MAX_CELL_LINES` lines (Writer writes each
    paragraph of a cell on its own line).  ``years`` is
    :attr:`LineKinds.years`: a bare year is the words of a row's first
    cell (its label) and a figure elsewhere; a section heading where a row
    would start is a row of one cell across the table."""
    kinds = years.replace("y", "f").replace("s", "t").replace("d", "f").replace("w", "t")
    n = len(kinds)
    pattern = [""] * w
    rows: list[RowSpan] = []
    k = j
    while k < n:
        if labelled and w > 1 and (years[k] == "s" or (not flex and _merged_across(years, k))) \
                and k + 1 < n and years[k + 1] != "s":
            rows.append([(k, k + 1)])
            k += 1
            continue
        row: RowSpan = []
        x = k
        for _c in range(w):
            if x >= n:
                break
            y = x + 1
            if flex and kinds[x] == "t":
                while y < n and y - x < MAX_CELL_LINES and kinds[y] == "t" and years[y] != "s":
                    y += 1
            row.append((x, y))
            x = y
        if len(row) < w:
            break
        got = ["t" if c == 0 and years[a] == "y" else "e" if years[a] == "d" else kinds[a]
               for c, (a, _) in enumerate(row)]
        if "x" in got or (labelled and "t" not in got):
            break
        if "f" not in got and not any(years[a] == "d" for a, _ in row) \
                and not (rows and labelled and got.count("t") == 1 and pattern[got.index("t")] == "t") \
                and not (not rows and labelled and got[0] == "t" and got.count("t") == 1 and x < n
                         and years[x] == "w"):
            # after the first row, a row may be its label alone ("оның ішінде:", nothing done); the first
            # row too when its label goes on in lower case on the next ("Ақын-жазушылармен" / "кездесулер")
            break
        if any(kind != "e" and pattern[c] and pattern[c] != kind for c, kind in enumerate(got)):
            break
        if flex and len(rows) and any(b - a > 1 and pattern[c] == "" for c, (a, b) in enumerate(row)):
            break
        for c, kind in enumerate(got):
            if kind != "e":
                pattern[c] = kind
        if labelled and not (_starts_with_label(pattern) and pattern[-1] != "t"):
            break  # a row opens with its label and ends with figures
        if labelled and _labels_among_figures(got):
            break  # words coming back after figures twice: rows of a narrower table run together
        rows.append(row)
        k = x
    while rows and not any(kinds[a] == "f" for a, _ in rows[-1]):
        rows.pop()  # a label alone ends no table: it is the heading after it
    rows = _sections_over_rows(years, rows)
    if not labelled:
        # figures under a header: no place of the row holds words
        rows = [r for r in rows[:1] if all(kinds[a] in "fe" for a, _ in r)]
    return tuple(rows)


def _labels_among_figures(got: list[str]) -> bool:
    """Whether a row's cells of words come back after its figures twice or
    more ("Читатели | 10 850 | 11 020 | Посещения | 84 300 | 86 150 | …"):
    a row has its label (and its number) before its figures, so these are
    the rows of a narrower table read as one, whatever cell opens them."""
    kinds = "".join(k for k in got if k != "e")
    return len(re.findall("f+t", kinds)) >= 2


def _merged_across(years: str, k: int) -> bool:
    """Whether line ``k``, where a row would start, may be a row merged
    across the table, which LibreOffice writes as one line ("Массовые
    мероприятия", "Клубная работа" over their forms): a line of words
    followed by the next row's label, a line of words that does not go on
    in lower case, and that row's figure."""
    return k + 2 < len(years) and years[k] == "t" and years[k + 1] == "t" and years[k + 2] in "fyd"


def _sections_over_rows(years: str, rows: list[RowSpan]) -> list[RowSpan]:
    """The rows of a reading that takes rows merged across from lines of
    words alone (:func:`_merged_across`; a heading of readers is known by
    its words): a part of a table has rows of its own, so the rows stop
    before such a row heading fewer than two (a label of two lines on every
    row, "Кітап көрмелері" / "Книжные выставки", is read with its cells
    over several lines instead); and one right under the header divides
    the table only when another follows (else it is the header's last line,
    a caption having been taken for its first: "І тоқсанда өткізілген
    іс-шаралар" over "Іс-шара түрлері" / "Саны" / "Қатысушылар")."""
    heads = [x for x, row in enumerate(rows) if len(row) == 1] + [len(rows)]
    for x, nxt in zip(heads, heads[1:]):
        if years[rows[x][0][0]] != "s" and nxt - x - 1 < 2:
            return rows[:x]
    if len(heads) == 2 and heads[0] == 0 and years[rows[0][0][0]] != "s":
        return []
    return rows


def _starts_with_label(pattern: list[str]) -> bool:
    """A row opens with its label, or with its number and then the label."""
    first = next((k for k in pattern if k), "")
    if first == "t":
        return True
    return pattern[0] == "f" and len(pattern) > 1 and pattern[1] == "t"


@functools.lru_cache(maxsize=8192)
def _header(kinds: str, fit: str, years: str, periods: str, i: int, j: int, w: int) -> tuple[tuple[int, int], ...] | None:
    """:func:`_two_rows`, or else one row of ``w`` cells some of which run
    over two lines or more: Writer writes each paragraph of a cell on a line
    of its own, and a header cell typed over two ("Қатыс." / "саны", "Кол-во"
    / "участников") goes on in lower case.  When the lines that go on in
    lower case after a line of words are exactly the ``h - w`` lines too
    many, each joins the cell above it (two lines a cell first: "Іс-шара" /
    "саны" beside "оның ішінде" / "онлайн"); failing that, a year alone joins
    the cell of words above it too ("План" / "2023 г."), when every year
    alone in the header does.  An empty corner is
    a cell.  The cells are returned as (first line, line after the last),
    the last ending at ``j``.  ``years`` and ``periods`` are
    :attr:`LineKinds.years` and :attr:`LineKinds.periods`."""
    top = _two_rows(kinds, fit, years, i, j, w)
    if top is not None:
        return top
    return _paragraph_cells(years, fit, periods, i, j, w)


def _paragraph_cells(years: str, fit: str, periods: str, i: int, j: int, w: int) -> tuple[tuple[int, int], ...] | None:
    h = j - i
    if h <= w or "0" in fit[i:j] or years[i] not in "twe":  # an empty corner is a cell too
        return None
    for most in range(2, MAX_CELL_LINES + 1):  # cells of two lines rather than fewer of three
        for year in ("", periods):
            # then a year alone goes on a cell of words too ("План" / "2023 г."), when every
            # year of the header does so ("Показатели", "2022", "2023" head three columns)
            cells = _paragraphs(years, i, j, most, year)
            if len(cells) == w and not (year and any(periods[a] == "p" for a, _ in cells)):
                return cells
    return None


def _paragraphs(years: str, i: int, j: int, most: int, periods: str = "") -> tuple[tuple[int, int], ...]:
    """Lines ``i`` .. ``j - 1`` as cells of up to ``most`` lines: a line
    going on in lower case after a line of words joins the cell above; so
    does a year alone (``p`` in ``periods``) when ``periods`` is given."""
    cells: list[tuple[int, int]] = []
    for x in range(i, j):
        on = years[x] == "w" or (bool(periods) and periods[x] == "p")
        if x > i and on and years[x - 1] in "tw" and not (periods and periods[x - 1] == "p") \
                and x - cells[-1][0] < most:
            cells[-1] = (cells[-1][0], x + 1)
        else:
            cells.append((x, x + 1))
    return tuple(cells)


def one_row(top: tuple[tuple[int, int], ...], j: int) -> bool:
    """Whether a header read by :func:`_header` is one row of cells over
    several lines (it ends where the rows start) rather than the first row
    of two."""
    return bool(top) and top[-1][1] == j


def _two_rows(kinds: str, fit: str, years: str, i: int, j: int, w: int) -> tuple[tuple[int, int], ...] | None:
    """Lines ``i`` .. ``j - 1`` as the header of a table of ``w`` columns
    whose rows start at ``j``: no header, one row of ``w`` cells (``[]``), or
    a first row of ``k`` cells merged over a second row of ``w`` whose first
    ``e`` cells are empty: the first row's first ``e`` cells span both rows
    and its others share the columns left (``9 мес. 2019 г.`` over ``кол-во``
    and ``присутствовало``).  Those may hold two or three lines each
    (``2018 жылдың`` / ``1-ші ж/ж``) when they divide evenly (and are
    :func:`_alike`).  The first row's cells are returned as (first line,
    line after the last); ``None`` when the lines are no such header.
    ``fit`` is :attr:`LineKinds.fit`."""
    h = j - i
    if h == 0:
        return ()
    head = kinds[i:j]
    if "0" in fit[i:j] or (head[0] == "e" and h != w):
        # prose, a figure that is no column's year; a header opens with a cell
        # of words, or with an empty corner over its own row
        return None
    if h == w:
        return ()
    top = h - w
    below = kinds[j - w:j]
    e = len(below) - len(below.lstrip("e"))
    if top == w and 0 < e < w and head[0] == "t" and "e" in head[1:top]:
        # two rows of the full width, the corner empty below: a merge typed as a cell and
        # empty cells beside it ("Формы работы | 2020 г. | | 2021 г. |" over " | кол-во |
        # присутствовало | кол-во | присутствовало")
        return tuple((i + c, i + c + 1) for c in range(w))
    if "e" in head[:top] or top >= w + MAX_CELL_LINES * w:
        return None
    if e < top < w and (e > 0 or top >= 2) and header_tail(below, top, e) is not None:
        # the first row's last cells may span both rows too
        return tuple((i + c, i + c + 1) for c in range(top))  # one line a cell
    cells = _paragraphs(years, i, i + top, 2)
    if e < len(cells) < min(top, w) and header_tail(below, len(cells), e) is not None:
        # the first row's cells of two lines each, a line going on in lower case
        # ("Число" / "участников" merged down beside "в том числе" merged across)
        return cells
    if 0 < e and head[0] == "t":
        for c in range(e - 1, -1, -1):  # the label's corner is the last ("№" before it)
            # a cell of the corner merged down over both rows written in two paragraphs ("Іс-шара түрі" /
            # "Форма мероприятия", a line a language; "№" before it), over the labels (the first row's cell
            # under it is words), the others one line each
            cells = tuple((x, x + 1) for x in range(i, i + c)) + ((i + c, i + c + 2),) \
                + tuple((x, x + 1) for x in range(i + c + 2, i + top))
            if e < len(cells) < w and kinds[i + c] == kinds[i + c + 1] == kinds[j + c] == "t" \
                    and "n" not in fit[i + c:i + c + 2] \
                    and header_tail(below, len(cells), e) is not None:
                return cells
    rest = top - e
    if e == 0 or rest < 2:
        return None
    for m in range(rest // 2, 1, -1):  # m cells of rest // m lines each over the columns left
        if rest % m == 0 and (w - e) % m == 0 and m < w - e and rest // m <= MAX_CELL_LINES:
            step = rest // m
            groups = [(i + e + c * step, i + e + (c + 1) * step) for c in range(m)]
            return tuple((i + c, i + c + 1) for c in range(e)) + tuple(groups)
    return None


def _alike(lines: Sequence[Row], top: tuple[tuple[int, int], ...]) -> bool:
    """Header cells of one line each, or of several lines that say the same
    thing of different periods: at some line they differ in their figures
    alone (``2017 жылдың`` / ``1-ші ж/ж`` beside ``2018 жылдың`` / ``1-ші ж/ж``).
    A cell whose lines after the first go on in lower case is one cell of
    several paragraphs (``Число`` / ``участников``) and says what it will."""
    groups = [g for g in top if g[1] - g[0] > 1]
    if all(goes_on(lines[x].text) for a, b in groups for x in range(a + 1, b)):
        return True
    step = groups[0][1] - groups[0][0]
    return any(len({_DIGITS_RE.sub("", lines[a + p].text.strip()) for a, _ in groups}) == 1
               for p in range(step))


def stacked_table(lines: Sequence[Row], kinds: LineKinds, i: int,
                  where: Where = line_cell) -> tuple[int, Table | None]:
    """The table written one cell a line from line ``i``, and the line after
    it; ``(i, None)`` when none starts there.  ``kinds`` is
    :func:`line_kinds` of all the lines.  The table needs two rows or more
    of two to :data:`MAX_WIDTH` cells, each with words and a figure at the
    same places, four figures at least, and no line of prose among them -
    or a header over one row of figures alone.  When cells written one line
    each and cells of words over several lines both read, the reading that
    covers more lines wins; on a tie, one line a cell.  Title lines above a
    table are no header of it when a reading from below, with a header of
    its own, reads as far one line a cell (:func:`_titles_taken_for_a_header`)."""
    best = _best(lines, kinds, i)
    if best is None:
        return i, None
    for d in range(1, max(2, best[1] - i + 1)):
        # a line below, still in this reading's header, may start a table read as far and
        # better ("МБУК «ЦБС»", the title and the heading above "Год | Книжные выставки |
        # …" over "2021 | 96 | …")
        later = _best(lines, kinds, i + d) if i + d < len(kinds) else None
        if later is None or _row_left_by_a_merge(kinds, later, i + d) or _in_a_corner_of_paragraphs(best, i + d):
            continue
        if later[0][0] > best[0][0] or (later[0][0] == best[0][0] and later[0][1] > best[0][1]) or (
                d == 1 and later[0][0] == best[0][0] and (
                    later[0][1:4] > best[0][1:4] or (later[0][1:4] == best[0][1:4] and not best[0][2]))) \
                or _titles_taken_for_a_header(best, later, i + d) \
                or (later[0][:4] == best[0][:4] and _title_in_the_corner(best[4], later[4], i + d)):
            # the line is a caption over a table read further, or with labels, from below; or
            # as far and more simply from the next line, or from a header of its own below
            return i, None
    (end, *_), j, w, rows, top = best
    cells: list[Cell] = []
    r = 0
    x = i
    if one_row(top, j):  # one header row, cells over several lines
        cells += [_cell(lines, a, b, 0, c, where) for c, (a, b) in enumerate(top)]
        r, x = 1, j
    elif top:  # a first header row merged over the second
        cells += [_cell(lines, a, b, 0, c, where) for c, (a, b) in enumerate(top)]
        r, x = 1, j - w
    if x < j:
        cells += [_cell(lines, x + c, x + c + 1, r, c, where) for c in range(w)]
        r += 1
    for row in rows:
        cells += [_cell(lines, a, b, r, c, where) for c, (a, b) in enumerate(row)]
        if len(row) == 1 < w:  # a section heading across the table
            cells[-1].col_span = w
        r += 1
    last = lines[end - 1]
    prov = where(lines[i], lines[i].start, last.start + len(last.text))
    return end, Table(infer_header_spans(cells), prov, kind="table")


Reading = tuple[tuple[int, bool, bool, bool, bool, int], int, int, tuple[RowSpan, ...], tuple[tuple[int, int], ...]]


def _titles_taken_for_a_header(best: Reading, later: Reading, at: int) -> bool:
    """Whether a reading from a line below, with a header of its own, reads
    as far as ``best`` does, as labelled, one line a cell where ``best``
    needs cells over several lines.  The lines above a table (the library's
    name, the report's title, an empty paragraph, the table's heading) then
    make ``best``'s header, and its rows are wider than the table's: each
    takes the next row's first line into a cell of two paragraphs to come
    out as wide as that header (a form merged down over its rows
    "мероприятий" / "участников" leaves an empty line in the second row,
    and rows of four read as rows of seven).  ``at`` is the later reading's
    first line."""
    (end, labelled, single_lines, *_), _j, _w, _rows, _top = best
    (l_end, l_labelled, l_single_lines, *_), l_j, _lw, _lrows, _ltop = later
    return (l_end, l_labelled) == (end, labelled) and l_single_lines and not single_lines and l_j > at


def _in_a_corner_of_paragraphs(reading: Reading, at: int) -> bool:
    """Whether line ``at`` is at most the last of a cell of several paragraphs, not the first, in the
    first row of a reading's header of two rows ("№" | "Формы мероприятий" / "Іс-шаралар түрлері" merged
    down): a reading from there leaves the cells before it ("№") out of the header."""
    _key, j, _w, _rows, top = reading
    return not one_row(top, j) and any(b - a > 1 and at < b for a, b in top[1:])


def _title_in_the_corner(top: tuple[tuple[int, int], ...], later: tuple[tuple[int, int], ...], at: int) -> bool:
    """Whether a header read with its corner of several paragraphs (:func:`_two_rows`) reads as far
    from a line below with every cell one line, or with a corner of fewer lines: the lines above are
    then the table's titles ("2. Кітапханалар бойынша негізгі көрсеткіштер" over "Кітапханалар",
    "Массовая работа" over "Формы мероприятий"), not the corner's first paragraphs.  ``at``, the later
    reading's first line, is one of the corner's."""
    def corner(cells: tuple[tuple[int, int], ...]) -> int:  # the first cell's lines, 0 unless the others have one
        return cells[0][1] - cells[0][0] if len(cells) > 1 and all(b - a == 1 for a, b in cells[1:]) else 0

    return corner(top) > 1 and at < top[0][1] and bool(later) and (all(b - a == 1 for a, b in later) or 0 < corner(later) < corner(top))


def _row_left_by_a_merge(kinds: str, reading: Reading, start: int | None = None) -> bool:
    """Whether a reading's header of one row holds an empty cell after its
    first cell of words.  LibreOffice writes a header cell merged down over
    two rows once, and an empty line in its place in the second row
    ("Формы мероприятий" / "Дети" / … / "Всего" / "" / "кол-во" / "чел." /
    …): such an empty line opens the second row of a two-row header that
    begins above, not a cell of one row beginning below its first line."""
    _key, j, w, _rows, top = reading
    if not top and start is not None and j - start == w:  # a header of one row, one line a cell
        top = tuple((x, x + 1) for x in range(start, j))
    return one_row(top, j) and any(kinds[a] == "e" for a, _ in top[1:]) and kinds[top[0][0]] == "t"


def _best(lines: Sequence[Row], kinds: LineKinds, i: int) -> Reading | None:
    """The best reading of a table whose header (or first row) is line ``i``:
    ``((end, labelled, one line a cell, one header row, header cells of one
    line, -width), j, width, rows, first header row)``, the rows starting at
    line ``j``."""
    if kinds[i] not in "tfe" or kinds[i:i + 3 * MAX_WIDTH].count("f") < 3:
        return None
    best: Reading | None = None
    n = len(kinds)
    stop = kinds.fit.find("0", i)
    hmax = (n if stop < 0 else stop) - i  # header lines stop at the first that none can be
    for flex in (False, True):
        for w in range(2, MAX_WIDTH + 1):
            for h in (0, w, *range(w + 1, 3 * w)):
                j = i + h
                if h > hmax or j + w > n or "f" not in kinds[j:j + 2 * w]:
                    continue
                top = _header(kinds, kinds.fit, kinds.years, kinds.periods, i, j, w)
                if top and not one_row(top, j) and kinds[j - w] != "e" and not all(
                        _YEAR_IN_RE.search(" ".join(lines[x].text for x in range(a, b))) for a, b in top):
                    # a first row merged over the whole second one, its corner included: only
                    # periods over their columns ("2020 г." | "2021 г."); a caption and a
                    # heading above a table ("Отчет за 2022 год", "Мероприятия") are no such
                    # row - nor the first lines of cells of two ("№", "Форма", "Кол-во" /
                    # "мероприятий"), which may be one row
                    top = _paragraph_cells(kinds.years, kinds.fit, kinds.periods, i, j, w)
                single = one_row(top or (), j)
                if top is None or not (single or _alike(lines, top)):
                    continue
                rows = _rows_from(kinds.years, j, w, flex)
                labelled = True
                if len(rows) == 1 and h == w:
                    # a header and one row under it: its label and figures alone
                    if [kinds[a] for a, _ in rows[0]].count("t") != 1:
                        continue
                elif len(rows) < 2 and h:
                    rows, labelled = _rows_from(kinds.years, j, w, flex, labelled=False), False
                    if not rows or sum(kinds[a] == "f" for a, _ in rows[0]) < 3:
                        continue
                elif len(rows) < 2 or sum(kinds[a] == "f" for r in rows for a, _ in r) < 4:
                    continue
                if sum(kinds[a] == "f" for r in rows for a, _ in r) < 2:
                    continue
                if labelled and len(rows) > 1 and _years_alone(lines, kinds, rows[0]) \
                        and not _years_alone(lines, kinds, rows[1]):
                    continue  # a first row of years over rows of counts is the header ("Показатели | 2022 | 2023")
                heads = [(a, b) for a, b in top] if single else [(j - w + c, j - w + c + 1) for c in range(w)]
                if h >= w and any(_YEAR_IN_RE.search(" ".join(lines[x].text for x in range(*heads[c])))
                                  and kinds[a] == "t" for row in rows for c, (a, _) in enumerate(row)):
                    continue  # a year heads a column of figures, not of labels
                end = rows[-1][-1][1]
                if any(w % v == 0 and _narrower(kinds, j, v, flex, end) for v in range(2, w // 2 + 1)):
                    continue  # two rows or more of a narrower table taken as one
                # the reading that covers most; then rows with labels, one line a cell,
                # a header of one row, header cells of one line, fewer columns
                key = (end, labelled, not flex, h <= w or single, all(b - a == 1 for a, b in top), -w)
                if best is None or key > best[0]:
                    best = (key, j, w, rows, top)
    return best


def _years_alone(lines: Sequence[Row], kinds: str, row: RowSpan) -> bool:
    """Whether the figures of a row are all bare years."""
    figures = [lines[a].text.strip() for a, _ in row if kinds[a] == "f" and lines[a].text.strip()]
    return bool(figures) and all(_BARE_YEAR_RE.fullmatch(f) for f in figures)


def _narrower(kinds: LineKinds, j: int, v: int, flex: bool, end: int) -> bool:
    rows = _rows_from(kinds.years, j, v, flex)
    return bool(rows) and rows[-1][-1][1] >= end


def _cell(lines: Sequence[Row], a: int, b: int, r: int, c: int, where: Where) -> Cell:
    """The cell written on lines ``a`` .. ``b - 1``: their text, one line a
    paragraph, quoted from the first line's start to the last one's end."""
    parts = [lines[x].text.strip() for x in range(a, b)]
    first, last = lines[a], lines[b - 1]
    lead = len(first.text) - len(first.text.lstrip())
    stop = last.start + len(last.text.rstrip())
    start = first.start + lead
    cell = Cell(r, c, "\n".join(p for p in parts if p), provenance=where(first, start, max(start, stop)))
    return cell
