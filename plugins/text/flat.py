"""Tables flattened into lines: a plain text exported from a scan or copied
out of a table loses the cells' boundaries, and each row becomes its label
and its figures one space apart, under a header line naming the columns::

    Көрсеткіштер 2022 ж. 9 айы 2023 ж. 9 айы Айырмашылығы
    Оқырмандар саны 11 870 12 046 +176
    оның ішінде 14 жасқа
    дейінгі балалар 4 415 4 530 +115

The header says how many figures a row has: its heads after the first
(which heads the labels) are periods (a year, a date), or the columns a
report's table has beside them (plan, actual, difference, ±, %, count,
received, withdrawn); a head begins at a year or date, a sign or a capital
letter, and the words in small letters after it go on it.  A row is a
label and the figures at its end; the figures are split by the thousands
rule (a group after a space belongs to the figure before it only when it
has exactly three digits) into as many figures as the header has columns:
"11 870 12 046 +176" splits only one way into three (11870 | 12046 | +176).
A row that splits more than one way, or none, ends the table and stays a
paragraph: no figure is merged or cut on a guess.  A line of words that is
no row, before a row whose label begins in a small letter, begins that
label; a line of small-letter words right after the header goes on its last
head.

Digits read as letters by OCR (``2О23``, ``12 О46``, ``О`` for a zero) count
as digits here: the cells keep the text as written, and the OCR repair (when
the text is OCR text) mends it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from esep.model import Cell, Table
from esep.plugins.lang.alphabet import DIGIT_LOOKALIKES, HOMOGLYPHS
from esep.plugins.text.delimited import Row, Where, line_cell

#: a digit, or a letter OCR reads for one
_D = r"[\dОOЗ]"
#: a token that is a figure: digits (one real digit at least), a decimal part, a sign, a percent;
#: a lone dash; a lone О (a zero read as a letter) among figures
_FIGURE_RE = re.compile(rf"[-+−–]?(?=[^\s]*\d){_D}+(?:[.,]{_D}+)?%?|[-–—−]|[ОO]")
#: a group of a figure's thousands: exactly three digits (the last may carry the decimals)
_GROUP_RE = re.compile(rf"(?=[^\s]*\d){_D}{{3}}(?:[.,]{_D}+)?|{_D}{{3}}")
#: a figure that may have thousands groups after it: one to three digits, a sign before them
_LEAD_RE = re.compile(rf"[-+−–]?{_D}{{1,3}}")
_TOKEN_RE = re.compile(r"\S+")
_LEADING_ZERO_RE = re.compile(r"[-+−–]?[0ОO][\dОOЗ]")
#: a head that is a period: a date or a year (digits read as letters allowed)
_PERIOD_RE = re.compile(rf"(?<!\d){_D}{{2}}\.{_D}{{2}}\.(?:19|2[0О]){_D}{{2}}|(?<![\dОOЗ])(?:19|2[0О]){_D}{{2}}(?![\dОOЗ])")
#: the heads of a report table's columns beside its periods (Russian and Kazakh, letters OCR loses
#: allowed): plan, actual, done, difference, change, count, participants, received, withdrawn
_HEAD_WORD_RE = re.compile(
    r"план|факт|выполн|исполн|орында|жоспар|айырма|разниц|отклон|измен|динамик|өзгер|озгер|"
    r"саны|кол-?во|количеств|поступ|выбыл|списан|т[үу]ск|шы[ғг]ар|состоит|на\s+конец|на\s+начало|"
    r"^(?:\+\s?/\s?[-–−]|±|%|\+/-)$", re.I)
_SIGN_HEAD_RE = re.compile(r"\+\s?/\s?[-–−]|±|%")
_DIFFERENCE_RE = re.compile(r"айырма|разниц|отклон|измен|динамик|өзгер|озгер|\+\s?/\s?[-–−]|±")
_RECEIVED_RE = re.compile(r"поступ|т[үу]ск")
_WITHDRAWN_RE = re.compile(r"выбыл|списан|шы[ғг]ар")
_LATIN_TO_CYRILLIC = str.maketrans(HOMOGLYPHS)
#: a label is short: longer lines are prose
MAX_LABEL = 90
MAX_COLUMNS = 8


def _heads(text: str) -> list[tuple[int, int, str]] | None:
    """The heads of a header line: start, end and text of each; the first
    heads the labels.  None when the line is no such header."""
    tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN_RE.finditer(text)]
    heads: list[list[int]] = []
    for s, e, tok in tokens:
        if not heads or _PERIOD_RE.match(tok) or _SIGN_HEAD_RE.fullmatch(tok) or tok[:1].isupper():
            heads.append([s, e])
        else:
            heads[-1][1] = e
    out = [(s, e, text[s:e]) for s, e in heads]
    if out and _PERIOD_RE.search(out[0][2]):
        out.insert(0, (out[0][0], out[0][0], ""))  # the labels' column has no head
    elif not out or not any(ch.isalpha() for ch in out[0][2]):
        return None
    if not 3 <= len(out) <= MAX_COLUMNS + 1:
        return None
    if not all(_known(h[2]) for h in out[1:]):
        return None
    return out


def _known(head: str) -> bool:
    return bool(_PERIOD_RE.search(head) or _HEAD_WORD_RE.search(head.translate(_LATIN_TO_CYRILLIC)))


def _row(text: str) -> tuple[tuple[int, int], list[tuple[int, int, str]]] | None:
    """A row's label (start, end) and the figure tokens at its end."""
    tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN_RE.finditer(text)]
    k = len(tokens)
    while k > 0 and _FIGURE_RE.fullmatch(tokens[k - 1][2]):
        k -= 1
    if k == 0 or k == len(tokens):
        return None
    label = tokens[:k]
    if not any(ch.isalpha() for _, _, t in label for ch in t) or label[-1][1] - label[0][0] > MAX_LABEL:
        return None
    figures = tokens[k:]
    if all(re.fullmatch(r"[-–—−ОO]", t) for _, _, t in figures):
        return None
    return (label[0][0], label[-1][1]), figures


def splits(tokens: Sequence[str], n: int, most: int = 16) -> list[list[list[int]]]:
    """The ways (``most`` at most) to group ``tokens`` into ``n`` figures by
    the thousands rule, each as lists of token indexes."""
    found: list[list[list[int]]] = []

    def walk(p: int, parts: list[list[int]]) -> None:
        if len(found) >= most or len(parts) > n:
            return
        if p == len(tokens):
            if len(parts) == n:
                found.append(parts)
            return
        if not _FIGURE_RE.fullmatch(tokens[p]) or _LEADING_ZERO_RE.match(tokens[p]):
            return  # "046" is no figure of its own: a thousands group
        walk(p + 1, parts + [[p]])
        if _LEAD_RE.fullmatch(tokens[p]):
            q = p + 1
            while q < len(tokens) and _GROUP_RE.fullmatch(tokens[q]):
                walk(q + 1, parts + [list(range(p, q + 1))])
                if not re.fullmatch(rf"{_D}{{3}}", tokens[q]):
                    break  # the decimals end the figure
                q += 1

    walk(0, [])
    return found


_DIGIT_OF = str.maketrans(DIGIT_LOOKALIKES)


def _value(tokens: Sequence[str], part: list[int]) -> float | None:
    text = "".join(tokens[k] for k in part).translate(_DIGIT_OF).rstrip("%")
    text = text.replace("−", "-").replace("–", "-").replace(",", ".")
    if text in ("0", "-0"):
        return 0.0
    try:
        return float(text)
    except ValueError:
        return None


def _adds_up(values: list[float | None], heads: list[str]) -> bool:
    """The row's figures keep the sums its heads stand for: a difference
    column after two periods is the second less the first; a fund's
    movement (at the start, received, withdrawn, at the end) ends where
    the start, plus what came, less what left, does."""
    def eq(a: float, b: float) -> bool:
        return abs(a - b) < 0.051

    words = [h.translate(_LATIN_TO_CYRILLIC).lower() for h in heads]
    if any(v is None for v in values):
        return False
    if len(values) >= 3 and _DIFFERENCE_RE.search(words[-1]) and _PERIOD_RE.search(heads[-2]) \
            and _PERIOD_RE.search(heads[-3]):
        return eq(values[-1], values[-2] - values[-3])
    if len(values) == 4 and _PERIOD_RE.search(heads[0]) and _PERIOD_RE.search(heads[3]) \
            and _RECEIVED_RE.search(words[1]) and _WITHDRAWN_RE.search(words[2]):
        return eq(values[3], values[0] + values[1] - values[2])
    return False


def split_figures(tokens: Sequence[str], heads: Sequence[str]) -> list[list[int]] | None:
    """The one way to group ``tokens`` into a figure for each of ``heads``
    by the thousands rule, as lists of token indexes; where the rule
    allows several ("231 600 236 842 +5 242": 231 | 600 236 842 | +5 242
    as well), the one way whose figures add up as the heads say (see
    :func:`_adds_up`).  None when there is none or more than one."""
    most = 16
    found = splits(tokens, len(heads), most)
    if len(found) >= most:
        return None  # too many readings to check them all
    if len(found) > 1:
        found = [p for p in found if _adds_up([_value(tokens, x) for x in p], list(heads))]
    return found[0] if len(found) == 1 else None


def flat_table(lines: Sequence[Row], i: int, where: Where = line_cell) -> tuple[int, Table | None]:
    """The flattened table whose header is line ``i``, and the line after
    it; ``(i, None)`` when none starts there."""
    n_lines = len(lines)
    header = lines[i]
    if "\t" in header.text or "|" in header.text:
        return i, None
    heads = _heads(header.text)
    if heads is None:
        return i, None
    head_lines = [header]
    k = i + 1
    if k < n_lines and _continues_head(lines[k].text) and not _split_row(lines[k].text, heads):
        head_lines.append(lines[k])  # the last head wrapped onto the next line
        k += 1
    rows: list[tuple[list[Row], tuple[int, int], list[tuple[int, int, str]], list[list[int]]]] = []
    while k < n_lines:
        ln = lines[k]
        got = _split_row(ln.text, heads)
        if got is not None:
            rows.append(([ln], *got))
            k += 1
            continue
        nxt = _split_row(lines[k + 1].text, heads) if k + 1 < n_lines else None
        if nxt is not None and ln.text.strip() and "\t" not in ln.text and _row(ln.text) is None \
                and len(ln.text.strip()) <= MAX_LABEL and lines[k + 1].text.lstrip()[:1].islower():
            rows.append(([ln, lines[k + 1]], *nxt))  # a label begun on the line before
            k += 2
            continue
        break
    if len(rows) < 2:
        return i, None
    cells: list[Cell] = []
    for c, (s, e, text) in enumerate(heads):
        if c == len(heads) - 1 and len(head_lines) > 1:
            text = f"{text} {head_lines[1].text.strip()}"
        cells.append(Cell(0, c, text, provenance=where(header, header.start + s, header.start + e)))
    for r, (row_lines, (ls, le), figures, parts) in enumerate(rows, start=1):
        first, last = row_lines[0], row_lines[-1]
        label = " ".join([ln.text.strip() for ln in row_lines[:-1]] + [last.text[ls:le]])
        lead = len(first.text) - len(first.text.lstrip())
        start = first.start + (lead if len(row_lines) > 1 else ls)
        cells.append(Cell(r, 0, label, provenance=where(first, start, last.start + le)))
        for c, part in enumerate(parts, start=1):
            s, e = figures[part[0]][0], figures[part[-1]][1]
            cells.append(Cell(r, c, last.text[s:e], provenance=where(last, last.start + s, last.start + e)))
    end_line = rows[-1][0][-1]
    return k, Table(cells, where(header, header.start, end_line.start + len(end_line.text)), kind="table")


def _split_row(text: str, heads: Sequence[tuple[int, int, str]]) -> tuple[tuple[int, int], list[tuple[int, int, str]], list[list[int]]] | None:
    if "\t" in text:
        return None
    row = _row(text)
    if row is None:
        return None
    label, figures = row
    parts = split_figures([t for _, _, t in figures], [h[2] for h in heads[1:]])
    if parts is None:
        return None
    return label, figures, parts


def _continues_head(text: str) -> bool:
    """A line of words in small letters, no figures: the end of a wrapped head."""
    body = text.strip()
    return bool(body) and body[:1].islower() and len(body.split()) <= 4 and not any(ch.isdigit() for ch in body)
