"""Tables of a PDF page: ruled tables (pdfplumber's "lines" strategy) with
merged cells, tables of aligned text, tables joined across pages, and
their cells composed into text."""

from __future__ import annotations

import bisect
import logging
import statistics
from typing import Any

from esep.model import Cell, Provenance
from esep.plugins.pdf.pages import BULLETS, Line, NUMBER_RE, PTable, Page, Word, cluster, group_lines, lines_text, nearest, round_box

log = logging.getLogger(__name__)

TABLE_SETTINGS = {"vertical_strategy": "lines", "horizontal_strategy": "lines"}


def ruled_table(tb: Any, words: list[Word], page_no: int) -> tuple[PTable, set[int]] | None:
    """A pdfplumber table as a PTable; merged cells get spans from the
    column and row boundaries they cover.  Returns the ids of the words used."""
    boxes = [tuple(float(v) for v in c) for c in tb.cells]
    if len(boxes) < 2:
        return None
    x0, top, x1, bottom = (float(v) for v in tb.bbox)
    xs = cluster([b[0] for b in boxes] + [x1])
    ys = cluster([b[1] for b in boxes] + [bottom])
    grid: dict[tuple[int, int], int] = {}  # (row, col) -> the box covering it
    spans = []
    for i, b in enumerate(boxes):
        col, row = nearest(xs, b[0]), nearest(ys, b[1])
        col_span = max(1, nearest(xs, b[2]) - col)
        row_span = max(1, nearest(ys, b[3]) - row)
        spans.append((row, col, row_span, col_span))
        for r in range(row, row + row_span):
            for c in range(col, col + col_span):
                grid.setdefault((r, c), i)
    inside: dict[int, list[Word]] = {i: [] for i in range(len(boxes))}
    used: set[int] = set()
    for w in words:
        cx, cy = (w.x0 + w.x1) / 2, (w.top + w.bottom) / 2
        if not (x0 <= cx <= x1 and top <= cy <= bottom):
            continue
        i = grid.get((max(0, bisect.bisect_right(ys, cy) - 1), max(0, bisect.bisect_right(xs, cx) - 1)))
        if i is not None:
            inside[i].append(w)
            used.add(id(w))
    t = PTable(page_no, round_box((x0, top, x1, bottom)), [], xs, [], [])
    for i in sorted(range(len(boxes)), key=lambda i: spans[i][:2]):
        b = boxes[i]
        row, col, row_span, col_span = spans[i]
        lines = group_lines(inside[i], page_no)
        pad = min((ln.x0 - b[0] for ln in lines), default=0.0)
        t.cells.append(Cell(row, col, "", row_span, col_span, provenance=Provenance(page=page_no, bbox=round_box(b))))
        t.lines.append(lines)
        t.rights.append(b[2] - max(0.0, min(pad, 8.0)))
    return t, used




def _segments(ln: Line, gutter: float) -> list[list[Word]]:
    segs = [[ln.words[0]]]
    for a, b in zip(ln.words, ln.words[1:]):
        if b.x0 - a.x1 >= gutter:
            segs.append([b])
        else:
            segs[-1].append(b)
    return segs


def find_text_tables(p: Page) -> None:
    """On a page without ruled tables: runs of three or more lines that all
    split into two or more segments at wide gaps, with gaps common to all the
    lines (whitespace columns), become a table of one row per line."""
    lines = [ln for ln in p.lines if ln.role == "body"]
    runs: list[list[tuple[Line, list[list[Word]]]]] = []
    cur: list[tuple[Line, list[list[Word]]]] = []
    for ln in lines:
        segs = _segments(ln, 1.2 * ln.size)
        ok = len(segs) >= 2 and not (len(segs[0]) == 1 and NUMBER_RE.match(segs[0][0].text)) \
            and segs[0][0].text not in BULLETS
        near = cur and ln.top - cur[-1][0].bottom <= 2.5 * ln.size
        if ok and (not cur or near):
            cur.append((ln, segs))
            continue
        if len(cur) >= 3:
            runs.append(cur)
        cur = [(ln, segs)] if ok else []
    if len(cur) >= 3:
        runs.append(cur)
    for run in runs:
        t = _text_table(run, p.number)
        if t is not None:
            p.tables.append(t)
            for ln, _ in run:
                ln.role = "table"


def _text_table(run: list[tuple[Line, list[list[Word]]]], page_no: int) -> PTable | None:
    x0 = min(ln.x0 for ln, _ in run)
    x1 = max(ln.x1 for ln, _ in run)
    spans = sorted((s[0].x0, s[-1].x1) for _, segs in run for s in segs)
    # whitespace columns: x ranges that no segment of any line covers
    gaps = []
    reach = spans[0][1]
    for a, b in spans[1:]:
        if a > reach:
            gaps.append((reach, a))
        reach = max(reach, b)
    size = statistics.median(ln.size for ln, _ in run)
    gaps = [g for g in gaps if g[1] - g[0] >= 2 * size]  # wide: justified prose has gaps of an em or so
    if not gaps:
        return None
    cols = [x0] + [(a + b) / 2 for a, b in gaps] + [x1]
    rows: list[dict[int, list[Word]]] = []
    for ln, segs in run:
        texts: dict[int, list[Word]] = {}
        for seg in segs:
            texts.setdefault(max(i for i in range(len(cols) - 1) if cols[i] <= seg[0].x0 + 0.01), []).extend(seg)
        if len(texts) < 2:
            return None
        rows.append(texts)
    for c in range(1, len(cols) - 1):
        # the words of a column line up on their left, right or centre (prose
        # whose wide spaces happen to fall in one place does not)
        ends = [(ws[0].x0, ws[-1].x1) for texts in rows for ws in [texts.get(c)] if ws]
        if not any(max(v) - min(v) <= 0.5 * size for v in (
                [a for a, _ in ends], [b for _, b in ends], [(a + b) / 2 for a, b in ends])):
            return None
    t = PTable(page_no, (0.0, 0.0, 0.0, 0.0), [], cols, [], [])
    for r, ((ln, _), texts) in enumerate(zip(run, rows)):
        for c in range(len(cols) - 1):
            ws = texts.get(c, [])
            bbox = (cols[c], ln.top, cols[c + 1], ln.bottom)
            t.cells.append(Cell(r, c, "", provenance=Provenance(page=page_no, bbox=round_box(bbox))))
            t.lines.append([Line(page_no, ws)] if ws else [])
            t.rights.append(cols[c + 1])
    t.bbox = round_box((x0, min(ln.top for ln, _ in run), x1, max(ln.bottom for ln, _ in run)))
    return t




def join_tables(pages: list[Page]) -> None:
    """A table at the bottom of one page followed by a table at the top of
    the next, with the same column boundaries, is one table."""
    for prev, nxt in zip(pages, pages[1:]):
        if not prev.tables or not nxt.tables:
            continue
        last = max(prev.tables, key=lambda t: t.bbox[3])
        first = min(nxt.tables, key=lambda t: t.top)
        if any(ln.role == "body" and ln.top >= last.bbox[3] - 1 for ln in prev.lines):
            continue
        if any(ln.role == "body" and ln.bottom <= first.top + 1 for ln in nxt.lines):
            continue
        if first.n_cols != last.n_cols or not all(
                abs(a - b) <= 3.0 for a, b in zip(first.cols, last.cols)):
            continue
        first.root = last.root or last
        first.root.parts.append(first)


def _compose(t: PTable, vocab: set[str]) -> None:
    for c, lines, right in zip(t.cells, t.lines, t.rights):
        c.text = lines_text(lines, right, "\n", vocab)


def merged_cells(t: PTable, vocab: set[str]) -> list[Cell]:
    """The cells of a table and its continuations, rows renumbered.  Leading
    rows of a continuation that repeat the table's first rows are dropped.
    A first row that fills only some of the cells filled in the row above,
    each going on in lower case or digits, is the rest of that row (a row
    broken by the page break)."""
    _compose(t, vocab)
    cells = list(t.cells)
    where = {id(c): (lines, right) for c, lines, right in zip(t.cells, t.lines, t.rights)}
    head = _rows(t.cells)
    for part in t.parts:
        _compose(part, vocab)
        rows = _rows(part.cells)
        drop = 0
        while drop < min(3, len(rows) - 1, len(head)) and rows[drop] == head[drop]:
            drop += 1
        offset = max((c.row + c.row_span for c in cells), default=0)
        last = {c.col: c for c in cells if c.row + c.row_span == offset}
        first = [(c, ls) for c, ls in zip(part.cells, part.lines) if c.row == drop]
        filled = [c for c, _ in first if c.text]
        broken = 0 < len(filled) < sum(1 for c in last.values() if c.text) and all(
            c.col in last and last[c.col].text and last[c.col].col_span == c.col_span
            and (c.text[:1].islower() or c.text[:1].isdigit()) for c in filled)
        for c, ls in first if broken else []:
            above = last[c.col]
            lines, right = where[id(above)]
            lines.extend(ls)
            above.text = lines_text(lines, right, "\n", vocab)
        for c, ls, right in zip(part.cells, part.lines, part.rights):
            if c.row < drop or (broken and c.row == drop):
                continue
            c.row += offset - drop - (1 if broken else 0)
            cells.append(c)
            where[id(c)] = (ls, right)
    return cells


def _rows(cells: list[Cell]) -> list[list[tuple[int, int, int, str]]]:
    rows: dict[int, list[tuple[int, int, int, str]]] = {}
    for c in cells:
        rows.setdefault(c.row, []).append((c.col, c.row_span, c.col_span, " ".join(c.text.split())))
    return [sorted(rows[r]) for r in sorted(rows)]
