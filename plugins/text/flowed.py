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
none, is no row of the table: its lines are given back to be read as
paragraphs, and the rows after it still belong to the table.  No figure is
merged or cut on a guess.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from esep.model import Cell, Table
from esep.plugins.text.delimited import Row, Where, line_cell
from esep.plugins.text.flat import split_figures, splits

#: a head of a column: a period (a year with its word, a date, a part of a year) or a difference
HEAD_RE = re.compile(
    r"(?i)(?:(?:[IV]{1,3}|[1-4]|І{1,3})\s*(?:квартал|кв\.|полугодие|тоқсан|жарты\s*жылдық)\s+)?"
    r"(?:(?:19|20)\d{2}(?:\s?(?:г\.?|года?|ж\.?|жыл(?:ы)?))?|\d{2}\.\d{2}\.(?:19|20)\d{2}(?:\s?(?:г\.?|ж\.?))?)"
    r"|\+\s?/\s?[-–−]|±|айырмасы|разница|отклонение|изменение")
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


def _grouped(pieces: list[list[str]], heads: list[str]) -> list[str] | None:
    """The one way to read the figure pieces (the tokens of each line) as
    one figure a head, no figure across two pieces; None when there is
    none or more than one."""
    if len(pieces) == 1:
        parts = split_figures(pieces[0], heads)
        return None if parts is None else [" ".join(pieces[0][x] for x in p) for p in parts]
    found: list[list[str]] = []

    def walk(p: int, got: list[str]) -> None:
        if len(found) > 1 or len(got) > len(heads):
            return
        if p == len(pieces):
            if len(got) == len(heads):
                found.append(got)
            return
        for n in range(1, len(heads) - len(got) + 1):
            for parts in splits(pieces[p], n):
                walk(p + 1, got + [" ".join(pieces[p][x] for x in part) for part in parts])

    walk(0, [])
    return found[0] if len(found) == 1 else None


def flowed_table(lines: Sequence[Row], i: int, where: Where = line_cell) -> tuple[int, Table | None, list[int]]:
    """The table whose header's first cell is line ``i``, the line after it
    and the lines of the rows left out (to be read as paragraphs);
    ``(i, None, [])`` when none starts there."""
    none: tuple[int, Table | None, list[int]] = (i, None, [])
    first = lines[i]
    if "\t" in first.text or not _words(first.text) or i + 1 >= len(lines) or lines[i + 1].text.strip():
        return none
    heads: list[Row] = []
    k = _next(lines, i + 1)
    while k < len(lines) and HEAD_RE.fullmatch(lines[k].text.strip()) and k > 0 and not lines[k - 1].text.strip():
        heads.append(lines[k])
        k = _next(lines, k + 1)
    if len(heads) < 2 or not any(re.search(r"(?:19|20)\d{2}", h.text) for h in heads):
        return none
    head_texts = [h.text.strip() for h in heads]
    rows: list[tuple[Row, str, list[tuple[Row, list[str], int]], list[str]]] = []
    left: list[int] = []
    end = k
    while k < len(lines):
        ln = lines[k]
        if not _words(ln.text) or "\t" in ln.text:
            break
        label, tail = _label_and_figures(ln.text)
        if not label or not any(ch.isalpha() for ch in label):
            break
        pieces: list[tuple[Row, list[str], int]] = [(ln, tail, ln.text.index(label) + len(label))] if tail else []
        taken = [k]
        j = _next(lines, k + 1)
        while j < len(lines) and _figures(lines[j].text) is not None:
            pieces.append((lines[j], lines[j].text.split(), 0))
            taken.append(j)
            j = _next(lines, j + 1)
        if not pieces:
            break  # a line of words with no figures after it: the table has ended
        figures = _grouped([p for _, p, _ in pieces], head_texts)
        if figures is None:
            left += taken
        else:
            rows.append((ln, label, pieces, figures))
        end = taken[-1] + 1
        k = j
    if len(rows) < 2:
        return none
    cells = [Cell(0, 0, first.text.strip(), provenance=_whole(first, where))]
    cells += [Cell(0, c, h.text.strip(), provenance=_whole(h, where)) for c, h in enumerate(heads, start=1)]
    for r, (ln, label, pieces, figures) in enumerate(rows, start=1):
        lead = len(ln.text) - len(ln.text.lstrip())
        cells.append(Cell(r, 0, label, provenance=where(ln, ln.start + lead, ln.start + lead + len(label))))
        places = _places(pieces, figures)
        for c, (text, (row, s, e)) in enumerate(zip(figures, places), start=1):
            cells.append(Cell(r, c, text, provenance=where(row, row.start + s, row.start + e)))
    last = lines[end - 1]
    return end, Table(cells, where(first, first.start, last.start + len(last.text)), kind="table"), left


def _whole(row: Row, where: Where):
    lead = len(row.text) - len(row.text.lstrip())
    return where(row, row.start + lead, row.start + len(row.text.rstrip()))


def _places(pieces: list[tuple[Row, list[str], int]], figures: list[str]) -> list[tuple[Row, int, int]]:
    """Where each figure stands: its line and its offsets in it (after the
    label on the label's line)."""
    out: list[tuple[Row, int, int]] = []
    p = 0
    at = pieces[0][2] if pieces else 0
    for fig in figures:
        while p < len(pieces):
            row = pieces[p][0]
            s = row.text.find(fig, at)
            if s >= 0:
                out.append((row, s, s + len(fig)))
                at = s + len(fig)
                break
            p += 1
            at = pieces[p][2] if p < len(pieces) else 0
    return out
