"""Tables of a PDF page: ruled tables (pdfplumber's "lines" strategy) with
merged cells, tables of aligned text, tables joined across pages, and
their cells composed into text."""

from __future__ import annotations

import bisect
import dataclasses
import logging
import math
import re
import statistics
from collections.abc import Sequence
from typing import Any

from esep.model import Cell, Provenance
from esep.plugins.pdf.across import across_tables
from esep.plugins.pdf.pages import BULLETS, Line, cell_text, NUMBER_RE, PTable, Page, Word, cluster, group_lines, join_spaced_letters, lines_text, nearest, round_box

log = logging.getLogger(__name__)

TABLE_SETTINGS = {"vertical_strategy": "lines", "horizontal_strategy": "lines"}


def _white(colour: Any) -> bool:
    """A fill colour that is paper: grey 1, RGB (1, 1, 1) or CMYK (0, 0, 0, 0)."""
    if colour is None:
        return False
    vs = list(colour) if isinstance(colour, (list, tuple)) else [colour]
    try:
        vs = [float(v) for v in vs]
    except (TypeError, ValueError):
        return False
    if len(vs) == 4:
        return all(v <= 0.05 for v in vs)
    return bool(vs) and all(v >= 0.95 for v in vs)


def visible_rules(page: Any) -> Any:
    """The page without rectangles that are filled white and not stroked:
    they paint the paper's own colour, so their edges are no rules a reader
    sees (some writers draw every cell as a white box inside a black one,
    and their edges would add rows and columns that are not there)."""
    def keep(o: dict[str, Any]) -> bool:
        return not (o.get("object_type") == "rect" and o.get("fill") and not o.get("stroke")
                    and _white(o.get("non_stroking_color")))
    if not any(not keep(o) for o in page.rects):
        return page
    return page.filter(keep)


_TOUCH = 0.6  # points: filled boxes this close touch
_CELL = 10.0  # points: a shaded box this wide is a cell, no cell's padding
_LINE = 6.0  # points: a shaded box this tall holds a line of text, no rule


def _fill_key(o: dict[str, Any]) -> str | None:
    """The colour of a filled, unstroked rectangle, else None."""
    if o.get("object_type") != "rect" or not o.get("fill") or o.get("stroke"):
        return None
    return repr(o.get("non_stroking_color"))


def joined_fills(rects: list[dict[str, Any]]) -> tuple[set[int], list[dict[str, Any]]]:
    """Shaded cells drawn in pieces: writers that paint a cell's padding
    and its content as boxes of their own leave, between two boxes of one
    colour that touch, an edge nobody sees, and each such edge would be a
    column or row boundary of its own (a figure's box inside its shaded
    cell cuts the column in three).  Boxes of one fill colour that touch
    along a whole side (same top and bottom side by side, same left and
    right one above the other) are joined, again until nothing changes.
    Returns the ids of the rectangles joined with another and the joined
    boxes (as rectangles: ``x0``, ``top``, ``x1``, ``bottom``); a box
    touching none is left as it is.  (The cells of rows shaded in turn are
    told apart again by :func:`shaded_columns`.)"""
    joined: set[int] = set()
    out: list[dict[str, Any]] = []
    for boxes in _fill_groups(rects).values():
        if len(boxes) < 2:
            continue
        changed = True
        while changed:
            changed = False
            merged: list[list[Any]] = []
            for b in sorted(boxes, key=lambda b: (b[0], b[1])):
                for m in merged:
                    side = abs(m[1] - b[1]) < _TOUCH and abs(m[3] - b[3]) < _TOUCH \
                        and b[0] <= m[2] + _TOUCH and b[2] >= m[0] - _TOUCH
                    stack = abs(m[0] - b[0]) < _TOUCH and abs(m[2] - b[2]) < _TOUCH \
                        and b[1] <= m[3] + _TOUCH and b[3] >= m[1] - _TOUCH
                    if side or stack:
                        m[0], m[1] = min(m[0], b[0]), min(m[1], b[1])
                        m[2], m[3] = max(m[2], b[2]), max(m[3], b[3])
                        m[4] += b[4]
                        changed = True
                        break
                else:
                    merged.append(list(b[:4]) + [list(b[4])])
            boxes = merged
        for b in boxes:
            if len(b[4]) > 1:
                joined.update(b[4])
                first = next(o for o in rects if id(o) == b[4][0])
                out.append(dict(first, x0=b[0], top=b[1], x1=b[2], bottom=b[3], width=b[2] - b[0],
                                height=b[3] - b[1], y0=first["y1"] - (b[3] - first["top"]),
                                y1=first["y1"] + (first["top"] - b[1]),
                                doctop=first["doctop"] + (b[1] - first["top"])))
    return joined, out


def _seams(boxes: list[list[Any]]) -> list[tuple[float, float, float]]:
    """Where two boxes of one colour, each wider than a cell's padding and
    as tall as a line of text (no rule drawn in pieces), touch side by side
    along a whole side: (x, top, bottom) of each such edge."""
    out = []
    for a in boxes:
        for b in boxes:
            if abs(a[2] - b[0]) < _TOUCH and abs(a[1] - b[1]) < _TOUCH and abs(a[3] - b[3]) < _TOUCH \
                    and min(a[2] - a[0], b[2] - b[0]) >= _CELL and a[3] - a[1] >= _LINE:
                out.append((b[0], b[1], b[3]))
    return out


def _fill_groups(rects: list[dict[str, Any]]) -> dict[str, list[list[Any]]]:
    """Filled, unstroked rectangles by colour: [x0, top, x1, bottom, [id]]."""
    groups: dict[str, list[list[Any]]] = {}
    for o in rects:
        key = _fill_key(o)
        if key is not None:
            groups.setdefault(key, []).append([o["x0"], o["top"], o["x1"], o["bottom"], [id(o)]])
    return groups


def shaded_cuts(groups: dict[str, list[list[Any]]]) -> list[tuple[float, float, float]]:
    """The column boundaries of rows shaded in turn, each drawn cell by
    cell: the seams (x, top, bottom) between two boxes of one colour that
    stand in a run of three rows or more, one on the other, of two colours
    taking turns (A, B, A), each row with a seam at the same x.  A cell
    painted in pieces has pieces as narrow as its padding and in one
    colour; a heading shaded in two colours over a plain body has no
    turns."""
    seams = [(key, x, top, bottom) for key, boxes in groups.items() if len(boxes) > 1
             for x, top, bottom in _seams(boxes)]

    def next_to(s: tuple[str, float, float, float], up: bool) -> tuple[str, float, float, float] | None:
        for o in seams:
            if o[0] != s[0] and abs(o[1] - s[1]) < _TOUCH and abs((o[3] - s[2]) if up else (o[2] - s[3])) < _TOUCH:
                return o
        return None

    out = []
    for s in seams:
        above, below = next_to(s, True), next_to(s, False)
        above2 = next_to(above, True) if above else None
        below2 = next_to(below, False) if below else None
        if (above and below and above[0] == below[0]) or (above2 and above2[0] == s[0]) \
                or (below2 and below2[0] == s[0]):
            out.append(s[1:])
    return out


def shaded_columns(rects: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The cell edges of rows shaded in turn (:func:`shaded_cuts`): the
    column edges as vertical lines from the first shaded row's top to the
    last one's bottom (rows left in the paper's colour between shaded ones
    have their cells at the same edges, though nothing is drawn there), and
    the top and bottom of each row so drawn as horizontal lines across it
    (a row shaded so lightly that it is taken for the paper still ends
    where its shade ends)."""
    groups = _fill_groups(rects)
    cuts = shaded_cuts(groups)
    verticals, horizontals = [], []
    for x in cluster([c[0] for c in cuts], tol=_TOUCH):
        at = [c for c in cuts if abs(c[0] - x) < _TOUCH]
        top, bottom = min(c[1] for c in at), max(c[2] for c in at)
        verticals.append({"x0": x, "x1": x, "top": top, "bottom": bottom, "width": 0.0,
                          "height": bottom - top, "object_type": "line"})
    for top, bottom in sorted({(round(c[1], 1), round(c[2], 1)) for c in cuts}):
        row = [b for boxes in groups.values() for b in boxes
               if abs(b[1] - top) < _TOUCH and abs(b[3] - bottom) < _TOUCH]
        x0, x1 = min(b[0] for b in row), max(b[2] for b in row)
        for y in (top, bottom):
            horizontals.append({"x0": x0, "x1": x1, "top": y, "bottom": y, "width": x1 - x0,
                                "height": 0.0, "object_type": "line"})
    return verticals, horizontals


def open_sides(page: Any) -> list[dict[str, Any]]:
    """The sides of tables ruled without their outer vertical rules (rows
    ruled across, columns ruled inside, the left and right open): where
    three horizontal rules or more start (or end) at one x, each two next
    to each other joined by a vertical rule inside that runs from one to
    the other, and no vertical rule stands at that x over half their
    height, a vertical line there from the first to the last, so the outer
    columns' cells close as a reader sees them."""
    edges = page.edges
    hs = [e for e in edges if e["orientation"] == "h" and e["x1"] - e["x0"] > 10]
    vs = [e for e in edges if e["orientation"] == "v" and e["bottom"] - e["top"] > 3]
    out: list[dict[str, Any]] = []
    for end in ("x0", "x1"):
        for x in cluster([e[end] for e in hs], tol=1.5):
            at = []  # one rule at each height, the widest
            for e in sorted((e for e in hs if abs(e[end] - x) <= 1.5), key=lambda e: (e["top"], e["x0"] - e["x1"])):
                if not at or e["top"] - at[-1]["top"] > 2:
                    at.append(e)
            groups: list[list[dict[str, Any]]] = []
            for a, b in zip(at, at[1:]):
                lo, hi = min(a["x0"], b["x0"]) + 2, max(a["x1"], b["x1"]) - 2
                # (the two lines of a double rule, a gap narrower than a
                # letter between them, need no vertical rule to link them)
                if b["top"] - a["top"] < 3.0 or any(lo < v["x0"] < hi and v["top"] <= a["top"] + 2.5
                                                   and v["bottom"] >= b["top"] - 1 for v in vs):
                    if groups and groups[-1][-1] is a:
                        groups[-1].append(b)
                    else:
                        groups.append([a, b])
            for g in groups:
                top, bottom = g[0]["top"], g[-1]["top"]
                # (three rules a row apart at least: a thick rule drawn as two is one)
                if len(cluster([e["top"] for e in g], tol=3.0)) < 3:
                    continue
                ruled = sum(max(0.0, min(v["bottom"], bottom) - max(v["top"], top))
                            for v in vs if abs(v["x0"] - x) <= 2)
                if ruled > (bottom - top) / 2:
                    continue
                out.append({"x0": x, "x1": x, "top": top, "bottom": bottom, "width": 0.0,
                            "height": bottom - top, "object_type": "line"})
    return out


def find_ruled_tables(page: Any) -> list[Any]:
    """pdfplumber's tables of a page found along the rules a reader sees:
    without white boxes (:func:`visible_rules`), with shaded boxes of one
    colour that touch joined (:func:`joined_fills`), with the column edges
    of rows shaded in turn drawn through the rows between
    (:func:`shaded_columns`) and with the open sides of tables ruled
    inside closed (:func:`open_sides`)."""
    drawn, across = across_tables(page)
    shaded, shaded_rows = shaded_columns([o for o in page.rects if id(o) not in drawn])
    page = visible_rules(page)
    if drawn:
        page = page.filter(lambda o: id(o) not in drawn)
    joined, boxes = joined_fills(page.rects)
    sides = open_sides(page)
    if not joined and not sides and not shaded:
        return across + page.find_tables(TABLE_SETTINGS)
    page = page.filter(lambda o: id(o) not in joined)
    settings = dict(TABLE_SETTINGS, explicit_vertical_lines=boxes + sides + shaded,
                    explicit_horizontal_lines=boxes + shaded_rows)
    return across + page.find_tables(settings)


def ruled_table(tb: Any, words: list[Word], page_no: int) -> tuple[PTable, set[int]] | None:
    """A pdfplumber table as a PTable; merged cells get spans from the
    column and row boundaries they cover.  Returns the ids of the words used."""
    boxes = nested_cells([tuple(float(v) for v in c) for c in tb.cells])
    if len(boxes) < 2:
        return None
    # no step below moves a box above or below the ruled frame, and each
    # finds a box's words by their middle: the words outside the frame's
    # height are left out once rather than tested by every step
    ftop, fbottom = min(b[1] for b in boxes), max(b[3] for b in boxes)
    words = [w for w in words if ftop <= (w.top + w.bottom) / 2 <= fbottom]
    placed = at_rules(boxes, words)
    boxes = extend_sideways(drop_gutters(boxes, placed), placed)
    boxes = split_rows(split_cols(drop_empty_columns(boxes, placed), placed), placed)
    boxes = split_figure_columns(boxes, placed)
    x0, top = min(b[0] for b in boxes), min(b[1] for b in boxes)
    x1, bottom = max(b[2] for b in boxes), max(b[3] for b in boxes)
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
    cell_lines = {i: group_lines(inside[i], page_no) for i in range(len(boxes))}
    if any(holds_table(ls) for ls in cell_lines.values()):
        return None  # the frame only boxes in a table of text: its words are read as one
    for i in sorted(range(len(boxes)), key=lambda i: spans[i][:2]):
        b = boxes[i]
        row, col, row_span, col_span = spans[i]
        lines = cell_lines[i]
        pad = min((ln.x0 - b[0] for ln in lines), default=0.0)
        t.cells.append(Cell(row, col, "", row_span, col_span, provenance=Provenance(page=page_no, bbox=round_box(b))))
        t.lines.append(lines)
        t.rights.append(b[2] - max(0.0, min(pad, 8.0)))
    return t, used




def nested_cells(boxes: list[tuple[float, ...]]) -> list[tuple[float, ...]]:
    """The cells without those that lie inside another one found beside
    them: a shaded background set inside a ruled cell (a column's labels
    shaded line by line, the shading stopping short of the rule under the
    row while the next columns' text goes on) makes an edge that cuts that
    column only, and the finder gives both the ruled cell and the shaded
    part of it.  A box lying inside a larger one of the same column (its
    sides at most a cell's padding, ``PADDING``, inside the larger one's)
    is that part: the ruled cell holds the text.  (A box inside a wider
    one, a column's cell under a box merged over two, is a column rule
    that starts lower down, not shading.)"""
    def within(b: tuple[float, ...], c: tuple[float, ...]) -> bool:
        return (b is not c and c[0] - 1.0 <= b[0] <= c[0] + PADDING and c[2] - PADDING <= b[2] <= c[2] + 1.0
                and c[1] - 1.0 <= b[1] and b[3] <= c[3] + 1.0
                and (c[2] - c[0]) * (c[3] - c[1]) > (b[2] - b[0]) * (b[3] - b[1]) + 1.0)
    return [b for b in boxes if not any(within(b, c) for c in boxes)]


#: the widest padding between a cell's rules and a shading drawn inside them, in points
PADDING = 8.0


def holds_table(lines: list[Line]) -> bool:
    """Whether the lines of one ruled cell are a table of their own: three
    lines or more split into cells of three words at most at wide gaps
    (:func:`_segments`), with a
    gap common to three of them that no line of the cell crosses (a frame
    drawn round a whole unruled table, or round its figures only, makes one
    cell of it; a cell's wrapped text or a label and its value is no table)."""
    split = [segs for segs in (_segments(ln, 1.2 * ln.size) for ln in lines) if len(segs) >= 2]
    # (cells of a few words: two columns of wrapped prose under a missing
    # rule are no table)
    if len(split) < 3 or any(len(seg) > 3 for segs in split for seg in segs):
        return False
    gaps = [(a[-1].x1, b[0].x0) for segs in split for a, b in zip(segs, segs[1:])]
    for a, b in gaps:
        x = (a + b) / 2
        if sum(1 for c, d in gaps if c < x < d) >= 3 \
                and not any(w.x0 < x < w.x1 for ln in lines for w in ln.words):
            return True
    return False


#: a figure as one word: signs, a currency sign ("$9,600"), decimal marks, a per cent sign;
#: or a range in brackets, as confidence intervals are printed ("(16.0–29.0)", "(1,098.9–1,444.5)");
#: or a date written with slashes or ISO hyphens ("09/10/2013", "2013-10-09"), a value of its
#: column as a date with dots ("09.10.2013") already is
NUMBER_WORD_RE = re.compile(r"^[-+–(]?[$€£¥₸₽]?[.,]?\d[\d.,%)]*$|^\(\d[\d.,]*%?[–-]\d[\d.,]*%?\)$"
                            r"|^\d{1,2}/\d{1,2}/\d{2}(?:\d{2})?$|^\d{4}-\d{2}-\d{2}$")


def _inside(w: Word, b: tuple[float, ...]) -> bool:
    cx, cy = (w.x0 + w.x1) / 2, (w.top + w.bottom) / 2
    return b[0] <= cx <= b[2] and b[1] <= cy <= b[3]


#: how far, in ems, a word may reach past a column rule and still be a word of the cell it stands in
OVERHANG = 0.15


def at_rules(boxes: list[tuple[float, ...]], words: list[Word]) -> list[Word]:
    """The words as the steps that follow measure them against the column
    rules: a word whose end reaches past a rule by less than 0.15 em, its
    middle inside the cell (a writer's text set a hair left of the cell's
    edge, "CITIBANK" starting 0.3 pt before the rule at its left), ends at
    the rule; otherwise it would cross the edge and keep a row drawn without
    rules from being cut there.  Only when that end lines up, within half a
    point, with the same end of two other words (the column's text set
    flush a hair past the rule, line after line): a heading centred over
    merged columns ("2" of "2 полугодие") may stand across a rule of the
    columns below by as little, and stays whole.  Only the measure changes:
    the cells take the words as they are."""
    xs = cluster([b[0] for b in boxes] + [b[2] for b in boxes])
    lefts, rights = sorted(w.x0 for w in words), sorted(w.x1 for w in words)

    def flush(v: float, ends: list[float]) -> bool:
        # the word's end lines up with the same end of two other words (a
        # column's text set flush there), not a word centred on its own
        return bisect.bisect_right(ends, v + 0.5) - bisect.bisect_left(ends, v - 0.5) >= 3
    out = []
    for w in words:
        tol, mid = OVERHANG * (w.bottom - w.top), (w.x0 + w.x1) / 2
        x0 = next((x for x in xs if w.x0 < x < mid and x - w.x0 < tol and flush(w.x0, lefts)), w.x0)
        x1 = next((x for x in xs if mid < x < w.x1 and w.x1 - x < tol and flush(w.x1, rights)), w.x1)
        out.append(w if (x0, x1) == (w.x0, w.x1) else dataclasses.replace(w, x0=x0, x1=x1))
    return out


def drop_gutters(boxes: list[tuple[float, ...]], words: list[Word]) -> list[tuple[float, ...]]:
    """Boxes of a grid drawn with filled rectangles leave narrow strips
    between them (the white gutters of a shaded table), and each strip would
    be a row or column of its own.  A strip narrower than half a line of
    text high with no word in it (a heading running across a column strip
    from side to side is not in it) is closed: its two edges become one, at its
    middle, and the cells of the strip itself disappear."""
    frame = (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))
    inner = [w for w in words if _inside(w, frame)]
    if not inner:
        return boxes
    thin = statistics.median(w.bottom - w.top for w in inner)

    def closing(axis: int) -> dict[float, float]:
        edges = cluster([b[axis] for b in boxes] + [b[axis + 2] for b in boxes])
        centres = [((w.x0 + w.x1) / 2, w.x0, w.x1) if axis == 0 else ((w.top + w.bottom) / 2, 1e9, -1e9)
                   for w in inner]
        where = {e: e for e in edges}
        run: list[float] = []
        for a, b in zip(edges, edges[1:]):
            # a word across the whole strip (a heading over two columns)
            # spans it and is no word in it
            if 0 < b - a < thin and not any(a < c < b and not (lo <= a and hi >= b) for c, lo, hi in centres):
                run = run or [a]
                run.append(b)
                continue
            for e in run:
                where[e] = (run[0] + run[-1]) / 2
            run = []
        for e in run:
            where[e] = (run[0] + run[-1]) / 2
        return where

    xmap, ymap = closing(0), closing(1)
    if all(k == v for k, v in xmap.items()) and all(k == v for k, v in ymap.items()):
        return boxes

    def snap(v: float, where: dict[float, float]) -> float:
        return where[min(where, key=lambda k: abs(k - v))]

    out: dict[tuple[float, ...], None] = {}
    for b in boxes:
        nb = (snap(b[0], xmap), snap(b[1], ymap), snap(b[2], xmap), snap(b[3], ymap))
        if nb[2] - nb[0] > 0.5 and nb[3] - nb[1] > 0.5:
            out.setdefault(nb, None)
    return list(out) if len(out) >= 2 else boxes


def drop_empty_columns(boxes: list[tuple[float, ...]], words: list[Word]) -> list[tuple[float, ...]]:
    """A column of the grid with no word in it from top to bottom, in a
    table of three columns or more, whose edges are not drawn from top to
    bottom (a box of some row spans over one of them), comes from an edge
    drawn over part of the table only: it joins the column on its left (the first one, the
    column on its right)."""
    xs = cluster([b[0] for b in boxes] + [b[2] for b in boxes])
    if len(xs) < 4:
        return boxes
    top, bottom = min(b[1] for b in boxes), max(b[3] for b in boxes)
    centres = [(w.x0 + w.x1) / 2 for w in words if top < (w.top + w.bottom) / 2 < bottom]
    where = {x: x for x in xs}
    for i, (a, b) in enumerate(zip(xs, xs[1:])):
        partial = any(bx[0] < a - 0.5 and bx[2] > b - 0.5 or bx[0] < a + 0.5 and bx[2] > b + 0.5 for bx in boxes)
        if partial and not any(a < c < b for c in centres):
            if i == 0:
                where[a] = b
            else:
                for k, v in where.items():
                    if v == b:
                        where[k] = where[a]
    if all(k == v for k, v in where.items()) or len(set(where.values())) < 3:
        return boxes
    out: dict[tuple[float, ...], None] = {}
    for b in boxes:
        nb = (where[min(where, key=lambda k: abs(k - b[0]))], b[1], where[min(where, key=lambda k: abs(k - b[2]))], b[3])
        if nb[2] - nb[0] > 0.5:
            out.setdefault(nb, None)
    return list(out)


def split_cols(boxes: list[tuple[float, ...]], words: list[Word]) -> list[tuple[float, ...]]:
    """A box that spans several columns of the grid but holds figures in
    two or more of them is a row drawn without its column rules (the
    unshaded rows of a table shaded in bands): it is cut at the column
    edges that no word of it crosses."""
    xs = cluster([b[0] for b in boxes] + [b[2] for b in boxes])
    out = []
    for b in boxes:
        inner = [x for x in xs if b[0] + 0.5 < x < b[2] - 0.5]
        ws = [w for w in words if _inside(w, b)] if inner else []
        inner = [x for x in inner if not any(w.x0 < x < w.x1 for w in ws)]
        # a dash in a column of figures stands for one ("-" for none)
        figures = {bisect.bisect_right(inner, (w.x0 + w.x1) / 2) for w in ws if _figure_or_dash([w])}
        n_figures = sum(1 for w in ws if _figure_or_dash([w]))
        if inner and (len(figures) < 2 or n_figures * 2 < len(ws)):
            inner = _heading_cuts(inner, ws)
        if not inner:
            out.append(b)
            continue
        edges = [b[0]] + inner + [b[2]]
        out += [(x, b[1], y, b[3]) for x, y in zip(edges, edges[1:])]
    return out


def _is_heading_box(ws: list[Word]) -> bool:
    """Words of a box that are headings stacked on two lines or more:
    figures are fewer than half of them."""
    n_figures = sum(1 for w in ws if NUMBER_WORD_RE.match(w.text))
    return len(ws) >= 2 and n_figures * 2 < len(ws) and len(group_lines(ws, 0)) >= 2


def _centred_heading(b: tuple[float, ...], ws: list[Word], cuts: list[float]) -> bool:
    """Words without figures, all between two of the cuts and centred on
    the box within an em: a heading over the columns the cuts make
    ("Total" over "Total | Under 18 years | 18 years and over")."""
    if not ws or any(NUMBER_WORD_RE.match(w.text) for w in ws):
        return False
    edges = [b[0]] + cuts + [b[2]]
    pieces = {bisect.bisect_right(edges, (w.x0 + w.x1) / 2) for w in ws}
    size = statistics.median(w.bottom - w.top for w in ws)
    mid = (min(w.x0 for w in ws) + max(w.x1 for w in ws)) / 2
    return len(pieces) == 1 and abs(mid - (b[0] + b[2]) / 2) <= size


def _free_near(x: float, ws: list[Word], gap: tuple[float, float]) -> bool:
    """Whether the words leave a strip free, 0.3 em wide or more, within
    half an em of ``gap`` (the strip the figures leave free about the cut
    ``x``), with every word on its left centred left of ``x`` and every
    word on its right centred right of it."""
    size = statistics.median(w.bottom - w.top for w in ws)
    spans = sorted((w.x0, w.x1) for w in ws)
    reach = spans[0][1]
    for a, b in spans[1:]:
        if a - reach >= 0.3 * size and reach <= gap[1] + size / 2 and a >= gap[0] - size / 2 \
                and all((w.x0 + w.x1) / 2 < x for w in ws if w.x1 <= reach) \
                and all((w.x0 + w.x1) / 2 > x for w in ws if w.x0 >= a):
            return True
        reach = max(reach, b)
    return False


def _heading_cuts(edges: list[float], ws: list[Word]) -> list[float]:
    """The column edges at which a box of headings spanning several columns
    is cut (a header band ruled above and below but not between its
    columns, its headings stacked on two lines or more): those that no
    word crosses, in a strip free of words at least 0.3 em wide, with
    words between each two cuts.  A heading of one line, or one standing over several columns
    with nothing beside it, stays whole."""
    if not ws or len(group_lines(ws, 0)) < 2:
        return []
    size = statistics.median(w.bottom - w.top for w in ws)
    clear = [x for x in edges if all(w.x1 <= x or w.x0 >= x for w in ws)
             and min([w.x0 for w in ws if w.x0 >= x] or [x + size]) - max([w.x1 for w in ws if w.x1 <= x] or [x - size])
             >= 0.3 * size]
    cuts: list[float] = []
    for x in clear:
        lo = cuts[-1] if cuts else float("-inf")
        if any(lo < (w.x0 + w.x1) / 2 < x for w in ws):
            cuts.append(x)
    while cuts and not any((w.x0 + w.x1) / 2 > cuts[-1] for w in ws):
        cuts.pop()
    return cuts


def extend_sideways(boxes: list[tuple[float, ...]], words: list[Word]) -> list[tuple[float, ...]]:
    """A table whose outer columns have no rules (the row labels on the
    left, a last group of figures on the right): when words stand beside
    the ruled frame, within its height, in half of its row bands or more,
    and the nearest of them is within three ems of the frame, the frame is
    widened to take them in as a column of boxes, one per band."""
    fx0, ftop = min(b[0] for b in boxes), min(b[1] for b in boxes)
    fx1, fbottom = max(b[2] for b in boxes), max(b[3] for b in boxes)
    ys = cluster([b[1] for b in boxes] + [b[3] for b in boxes])
    if len(ys) < 3:
        return boxes
    beside = [w for w in words if ftop < (w.top + w.bottom) / 2 < fbottom and (w.x1 <= fx0 + 0.5 or w.x0 >= fx1 - 0.5)]
    out = list(boxes)
    for side in ("left", "right"):
        ws = [w for w in beside if (w.x1 <= fx0 + 0.5) == (side == "left")]
        if len(ws) < 3:
            continue
        size = statistics.median(w.bottom - w.top for w in ws)
        near = max(w.x1 for w in ws) if side == "left" else min(w.x0 for w in ws)
        if abs(near - (fx0 if side == "left" else fx1)) > 3 * size:
            continue
        # the prose of the page's next column (five words a line or more,
        # almost no figures) is no column of the table
        # (dots of leaders are no words)
        text = [w for w in ws if w.text.strip(".·… ")]
        lines = group_lines(text, 0)
        if lines and statistics.median(len(ln.words) for ln in lines) >= 5 \
                and sum(1 for w in text if NUMBER_WORD_RE.match(w.text)) < 0.1 * len(text):
            continue
        # a caption set beside the table ("Table 4 Results of ..." in a
        # narrow column at its left, as journals set them) is no column of it
        if lines and CAPTION_RE.match(lines[0].text):
            continue
        bands = [(a, b) for a, b in zip(ys, ys[1:])]
        filled = sum(1 for a, b in bands if any(a < (w.top + w.bottom) / 2 < b for w in ws))
        if filled * 2 < len(bands):
            continue
        lo, hi = (min(w.x0 for w in ws) - 1, fx0) if side == "left" else (fx1, max(w.x1 for w in ws) + 1)
        out += [(lo, a, hi, b) for a, b in _beside_edge(boxes, bands, words, fx0 if side == "left" else fx1)]
    return out


def _beside_edge(boxes: list[tuple[float, ...]], bands: list[tuple[float, float]], words: list[Word],
                 edge: float) -> list[tuple[float, float]]:
    """The rows of a column taken in beside a ruled frame: one per band,
    but where the frame's box at that edge is merged over bands of words
    alone, or a figure at most (a header of two lines: "Inference" / "time
    (secs)" beside "mAP" / "(0.75)"), one over the bands it covers, as
    stacked headings are."""
    merged = sorted({(b[1], b[3]) for b in boxes if min(abs(b[0] - edge), abs(b[2] - edge)) < 1.0})
    out: list[tuple[float, float]] = []
    for a, b in bands:
        span = next(((t, u) for t, u in merged if t - 0.5 <= a and b <= u + 0.5 and u - t > b - a + 0.5), None)
        # words alone: a figure in a heading ("(0.75)") is not a row of figures
        if span is not None and sum(1 for w in words if span[0] < (w.top + w.bottom) / 2 < span[1]
                                    and NUMBER_WORD_RE.match(w.text)) < 2:
            if not out or out[-1] != span:
                out.append(span)
            continue
        out.append((a, b))
    return out


def split_figure_columns(boxes: list[tuple[float, ...]], words: list[Word]) -> list[tuple[float, ...]]:
    """Columns of figures set side by side inside one ruled column (a
    column group ruled only around the group): where the figures of a grid
    column leave a vertical strip free in every row, wider than half an em,
    with figures on both sides in three rows or more, the column's cells are
    cut there; a cell with a word across the strip (the group's heading)
    stays whole, spanning the new columns, unless it holds headings stacked
    on two lines or more with a strip free of words near the cut (the
    headings of the new columns, each over its own figures); a heading of
    words centred on the box, between two cuts, spans them all."""
    xs = cluster([b[0] for b in boxes] + [b[2] for b in boxes])
    cuts: list[float] = []
    gaps: dict[float, tuple[float, float]] = {}  # cut -> the strip the figures leave free
    figures = [w for w in words if NUMBER_WORD_RE.match(w.text)]  # once, not per column and box
    astride: set[int] = set()  # figures that alone run across a strip: they do not keep their box whole
    for lo, hi in zip(xs, xs[1:]):
        own = [b for b in boxes if abs(b[0] - lo) <= 2 and abs(b[2] - hi) <= 2]
        figs = [(w, i) for i, b in enumerate(own) for w in figures if _inside(w, b)]
        if len(figs) < 6:
            continue
        size = statistics.median(w.bottom - w.top for w, _ in figs)
        held = {i: [w for w in words if _inside(w, own[i])] for i in {i for _, i in figs}}
        lone = lone_crossers([w for w, _ in figs], size)
        astride |= lone
        spans = sorted((w.x0, w.x1, i) for w, i in figs if id(w) not in lone)
        lone = lone_crossers([w for ws in held.values() for w in ws], size)
        label = _label_cut({i: [w for w in ws if id(w) not in lone] for i, ws in held.items()}, size)
        if label is not None:
            cuts.append(label[0])
            gaps[label[0]] = label[1]
        reach = spans[0][1]
        for a, b, _ in spans[1:]:
            # a narrower strip (a fifth of an em) will do when every figure
            # ending next to it is written with a separator ("1,249,752
            # 1,364,492"): such a figure is whole ("12 345" is not)
            if a - reach >= 0.45 * size or a - reach >= 0.2 * size and all(
                    SEPARATED_RE.search(w.text) for w, _ in figs if reach - size <= w.x1 <= reach + 0.01):
                cut = _clear_cut(reach, a, [w for ws in held.values() for w in ws], size)
                left = {i for x0, x1, i in spans if x1 <= cut}
                right = {i for x0, x1, i in spans if x0 >= cut}
                if len(left) >= 3 and len(right) >= 3 and _figures_beside(cut, held.values()):
                    cuts.append(cut)
                    gaps[cut] = (reach, a)
            reach = max(reach, b)
    if not cuts:
        return boxes
    out = []
    for b in boxes:
        ws = [w for w in words if _inside(w, b)]
        heads = _is_heading_box(ws)
        inner = sorted(c for c in cuts if b[0] + 0.5 < c < b[2] - 0.5
                       and (not any(w.x0 < c < w.x1 and id(w) not in astride for w in ws)
                            or heads and _free_near(c, ws, gaps[c])))
        if inner and _centred_heading(b, ws, inner):
            inner = []
        edges = [b[0]] + inner + [b[2]]
        out += [(x, b[1], y, b[3]) for x, y in zip(edges, edges[1:])]
    return out


#: the fewest figures on each side of a strip that one glued or misread figure runs across
_LONE_SIDE = 6


def lone_crossers(words: list[Word], size: float) -> set[int]:
    """The ids of figures that alone run across a strip between two
    columns, half an em wide or more, that every other word leaves free,
    with ``_LONE_SIDE`` figures or more wholly on each side of it.  OCR
    reads two figures of a row as one word where their gap is narrow in
    the image ("0" and "2,799,453" as "02,799,453") or takes a speck
    before a figure for a digit ("74055567" reaching back into the row
    labels): one such word in a column of thirty rows would keep the
    strip, and the column rule it stands for, from being found.  The word
    itself is left whole, in the cell its middle falls in."""
    figs = [w for w in words if NUMBER_WORD_RE.match(w.text)]
    if len(figs) < 2 * _LONE_SIDE + 1:
        return set()
    events = sorted({x for w in words for x in (w.x0, w.x1)})
    lone: set[int] = set()
    run: tuple[float, float, Word | None] | None = None  # a strip covered by one word at most

    def close(run: tuple[float, float, Word | None] | None) -> None:
        if run is None or run[2] is None or run[1] - run[0] < 0.45 * size:
            return
        a, b, w = run
        if id(w) in {id(f) for f in figs} and sum(1 for f in figs if f.x1 <= a) >= _LONE_SIDE \
                and sum(1 for f in figs if f.x0 >= b) >= _LONE_SIDE:
            lone.add(id(w))

    starts: dict[float, list[Word]] = {}
    ends: dict[float, list[Word]] = {}
    for w in words:
        starts.setdefault(w.x0, []).append(w)
        ends.setdefault(w.x1, []).append(w)
    active: dict[int, Word] = {}  # the words over the stretch from one edge to the next
    for a, b in zip(events, events[1:]):
        for w in ends.get(a, ()):
            active.pop(id(w), None)
        for w in starts.get(a, ()):
            if w.x1 > a:
                active[id(w)] = w
        cover = list(active.values())
        if len(cover) > 1 or (cover and run is not None and run[2] is not None and cover[0] is not run[2]):
            close(run)
            run = (a, b, cover[0]) if len(cover) == 1 else None
            continue
        if run is None:
            run = (a, b, cover[0] if cover else None)
        else:
            run = (run[0], b, run[2] if run[2] is not None else (cover[0] if cover else None))
    close(run)
    return lone


def _label_cut(held: dict[int, list[Word]], size: float) -> tuple[float, tuple[float, float]] | None:
    """Where a column of row labels (words, set flush left) meets the first
    column of figures inside one ruled column (a table ruled only across,
    its rows shaded in bands): the widest strip, half an em or more, that
    no word of any row crosses, with labels left of it in three rows or
    more and figures alone right of it in three rows or more; the cut and
    the strip, or None."""
    words = sorted((w for ws in held.values() for w in ws), key=lambda w: w.x0)
    figure = {id(w) for w in words if NUMBER_WORD_RE.match(w.text) or w.text in DASHES}
    if not words:
        return None
    first_figure = min((w.x0 for w in words if id(w) in figure), default=None)
    best: tuple[float, float, float] | None = None
    reach = words[0].x1
    for w in words[1:]:
        if w.x0 - reach >= 0.45 * size and first_figure is not None and w.x0 <= first_figure + 0.01 \
                and (best is None or w.x0 - reach > best[0]):
            best = (w.x0 - reach, reach, w.x0)
        reach = max(reach, w.x1)
    if best is None:
        return None
    _, lo, hi = best
    cut = (lo + hi) / 2
    labels = sum(1 for ws in held.values() if any(w.x1 <= cut and id(w) not in figure for w in ws))
    figures = sum(1 for ws in held.values() if any(w.x0 >= cut for w in ws)
                  and all(id(w) in figure for w in ws if w.x0 >= cut))
    if labels < 3 or figures < 3 or not _figures_beside(cut, held.values()):
        return None
    return cut, (lo, hi)


def _figures_beside(cut: float, cells: Any) -> bool:
    """Of the cells with words on both sides of ``cut`` and none across
    it (there are some), half or more hold figures (or dashes) alone on
    one side of it: a column of figures beside its labels or beside
    another.  Cells of words that merely start with a number ("2188
    Hendon" / "Ave", "P.O. Box" / "4065": a column of addresses) are one
    column of text."""
    def figures(ws: list[Word]) -> bool:
        return all(NUMBER_WORD_RE.match(w.text) or w.text in DASHES for w in ws)
    apart = [ws for ws in cells if any(w.x1 <= cut for w in ws) and any(w.x0 >= cut for w in ws)
             and not any(w.x0 < cut < w.x1 for w in ws)]
    both = sum(1 for ws in apart if figures([w for w in ws if w.x1 <= cut]) or figures([w for w in ws if w.x0 >= cut]))
    return bool(apart) and 2 * both >= len(apart)


def _clear_cut(lo: float, hi: float, ws: list[Word], size: float) -> float:
    """Where to cut in the strip (lo, hi) that a column's figures leave
    free: in the middle of the widest part of it that no word crosses
    either, when that part is a fifth of an em wide or more (row labels
    ending in the strip, "107 years" beside "1,038", stay whole on their
    side); else in the middle of the strip."""
    reach, best = lo, (0.0, (lo + hi) / 2)
    for x0, x1 in sorted((w.x0, w.x1) for w in ws if w.x1 > lo and w.x0 < hi) + [(hi, hi)]:
        if x0 - reach > best[0]:
            best = (x0 - reach, (reach + x0) / 2)
        reach = max(reach, x1)
    return best[1] if best[0] >= 0.2 * size else (lo + hi) / 2


def split_rows(boxes: list[tuple[float, ...]], words: list[Word]) -> list[tuple[float, ...]]:
    """Rows that share one ruled band: where a band between two horizontal
    rules holds several text lines that each have figures in two or more
    columns, each such line starts a row of its own (a table ruled only
    under its header, or every fifth row).  A line with words in one column
    only (a cell's text wrapped onto a second line) stays with the row
    nearest to it: the band is cut in the widest gap between two rows'
    lines, but not above a line going on in lower case.  Only the words of cells that lie within the band count (the
    text of a cell merged over several rows sits where it likes).  Bands of words alone (headers, wrapped cells) are not cut."""
    xs = cluster([b[0] for b in boxes] + [b[2] for b in boxes])
    ys = cluster([b[1] for b in boxes] + [b[3] for b in boxes])
    cuts: list[float] = []
    keep: list[tuple[float, float, set[int]]] = []  # bands whose boxes in these columns stay whole
    bands: list[tuple[float, float, list[Line], list[set[int]]]] = []
    for top, bottom in zip(ys, ys[1:]):
        # the words of the band's own boxes: a merged cell reaching over
        # other bands is no evidence of rows inside this one
        own = [b for b in boxes if b[1] >= top - 0.5 and b[3] <= bottom + 0.5]
        # a word inside one of them has its middle within the band: the
        # others need no test against every box
        near = [w for w in words if top - 0.5 <= (w.top + w.bottom) / 2 <= bottom + 0.5]
        band = [w for w in near if any(_inside(w, b) for b in own)]
        lines = group_lines(band, 0) if band else []
        bands.append((top, bottom, lines, [{bisect.bisect_right(xs, (w.x0 + w.x1) / 2) for w in ln.words}
                                           for ln in lines]))
    # a band below the first holding one line in two columns or more is a
    # row ruled on its own: the table rules each row, and a band of several
    # lines of words is one row whose cells hold several lines
    ruled_rows = any(len(lines) == 1 and len(col[0]) >= 2 for _, _, lines, col in bands[1:])
    for top, bottom, lines, col in bands:
        if sum(len(ln.words) for ln in lines) < 4:
            continue
        # the figures of a line standing apart, each a segment of its own
        # within its column ("0 years   3,045,823"); "May 21, 2009" or "FY
        # 2010" in a heading is no figure of a row.  Figures set apart in one
        # ruled column count each (a box ruled round columns of figures
        # without rules between them: "0,29%   0,45%   0,26%")
        def figure_columns(ln: Line) -> int:
            at: dict[int, list[Word]] = {}
            for w in ln.words:
                at.setdefault(bisect.bisect_right(xs, (w.x0 + w.x1) / 2), []).append(w)
            return sum(sum(1 for seg in _segments(Line(ln.page, ws), 1.2 * ln.size)
                           if all(NUMBER_WORD_RE.match(w.text) for w in seg))
                       for ws in at.values())
        numeric = [figure_columns(ln) for ln in lines]
        if sum(1 for n in numeric if n >= 2) < 2:
            rows = [] if ruled_rows else _text_rows(lines, col, xs, under_header=top > ys[0] + 0.5)
            if rows:
                cuts += [(lines[k - 1].bottom + lines[k].top) / 2 for k in rows[1:]]
            continue
        # a column whose only text in the band is one line set between two
        # rows' lines, in columns of its own, is a cell merged over the
        # band's rows, its text centred in it ("6" beside "OTSL 0.965 ..." /
        # "HTML 0.969 ..."): that line is no row, and its boxes are not cut
        merged = _centred_lines(lines, col, size=statistics.median(ln.size for ln in lines))
        if merged:
            keep.append((top, bottom, set().union(*(col[i] for i in merged))))
        anchors = [i for i, c in enumerate(col) if len(c) >= 2 and i not in merged]
        # a narrow cell wraps its label and its figures at their thousands space ("Аудандық орталық
        # 3 420 3 31 250 24" / "кітапхана 186 830"): the lower line goes on in the row above
        anchors = [i for i in anchors if i == 0 or not _wrapped_line(lines[max(0, i - 2):i], lines[i], xs)]
        # when the band's first row has a label in the first column, a line
        # without one goes on in that row (a cell listing "Bridélight (5.6%)"
        # / "Bridélice (3.2%)" beside another such list is no row of its own)
        first = min(min(c) for c in col)
        if anchors and first in col[anchors[0]]:
            anchors = [i for i in anchors if first in col[i] or _label_around(col, i, first)]
            # a line with words in the first column only, starting with a
            # capital or a figure, above a row whose label starts so too, is
            # a section heading ("4-Year-Old Cohort" between "Control Group
            # 17.3% ..." and "Head Start Group 79.8% ..."): a row of its own
            # (a label going on in lower case is the row's, see above)
            # A heading wrapped onto lines going on in lower case ("Relative
            # bio-" / "availability (F)", the first column only) is one such
            # row: the row under it starts after its last line.
            heads = [i for i in range(len(lines)) if col[i] == {first} and _starts_row(lines[i].text)
                     and (j := _heading_end(lines, col, i, first)) + 1 < len(lines)
                     and _starts_row(lines[j + 1].text)
                     and not _label_around(col, j + 1, first)
                     and (i == 0 or i - 1 in anchors or col[i - 1] == {first} and _starts_row(lines[i - 1].text))]
            if heads:
                anchors = sorted(set(anchors) | set(heads))
        # lines of words alone above the band's first row, none in the first
        # column, are the headings over its figures (a frame ruled round a
        # header and rows, "Books Visits Events" over "Central 412 95 4"):
        # a row of their own, not the first row's wrapped text
        if anchors and anchors[0] > 0 and all(first not in col[k] and numeric[k] == 0
                                              for k in range(anchors[0])):
            cuts.append((lines[anchors[0] - 1].bottom + lines[anchors[0]].top) / 2)
        for a, b in zip(anchors, anchors[1:]):
            gaps = [(lines[k + 1].top - lines[k].bottom, k) for k in range(a, b)]
            # a line going on in lower case continues the line above it,
            # unless a gap wider than all others by half a line parts the
            # rows there (cells set in the middle of their rows: "чел." /
            # "в т.ч. дети до 14" a row apart)
            if not _clearly_widest(gaps, lines[a].size):
                gaps = [g for g in gaps if not lines[g[1] + 1].text[:1].islower()] or gaps
            # lines between two rows with no word in the first column are a
            # cell wrapped under its row's first line (cells are set from
            # the top): at gaps of one size they stay with the row above; a
            # label wrapped in the first column goes on in the row below,
            # beside its figures ("Branch libraries of the" / "district 5 600")
            under = all(first not in col[k] for k in range(a + 1, b))
            _, k = max(gaps, key=lambda g: (round(g[0]), g[1] if under else -g[1]))
            cuts.append((lines[k].bottom + lines[k + 1].top) / 2)
    if not cuts:
        return boxes
    out = []
    for b in boxes:
        at = bisect.bisect_right(xs, (b[0] + b[2]) / 2)
        inner = sorted(c for c in cuts if b[1] + 0.5 < c < b[3] - 0.5
                       and not any(top < c < bottom and at in cols for top, bottom, cols in keep))
        edges = [b[1]] + inner + [b[3]]
        out += [(b[0], t, b[2], u) for t, u in zip(edges, edges[1:])]
    return out


def _heading_end(lines: list[Line], col: list[set[int]], i: int, first: int) -> int:
    """The last line of a heading of the first column starting at line
    ``i``: the lines after it with words in the first column only that go
    on in lower case, no further apart than the lines of a paragraph."""
    j = i
    while (j + 1 < len(lines) and col[j + 1] == {first} and _lower_start(lines[j + 1].text)
           and lines[j + 1].top - lines[j].bottom <= 0.5 * lines[j + 1].size):
        j += 1
    return j


def _label_around(col: list[set[int]], i: int, first: int) -> bool:
    """Whether line ``i`` of a band (figures, no label) stands between two
    lines with words in the first column only: a label of two lines set in
    the middle of its row, its figures on the line between them."""
    return 0 < i < len(col) - 1 and col[i - 1] == {first} and col[i + 1] == {first}


def _clearly_widest(gaps: list[tuple[float, int]], size: float) -> bool:
    """Whether one gap between a band's lines is wider than every other by
    half a line at least."""
    if len(gaps) < 2:
        return False
    ws = sorted((g[0] for g in gaps), reverse=True)
    return ws[0] - ws[1] >= 0.5 * size


def _text_rows(lines: list[Line], col: list[set[int]], xs: list[float], under_header: bool = False) -> list[int]:
    """The lines that start rows in a ruled band of text without figures
    (a table of definitions ruled only under its header: "Major |
    Emissions of 10 tons per year or | Utilities, refineries, steel" over
    "| more of any one air toxic, or 25 | manufacturers, chemical"): a row
    starts where the first column has a word; every cell of such a line
    starts with a capital or a figure, and every other line has no word in
    the first column and a cell going on in lower case (the rows' cells
    wrapped), or is a heading of the first column alone ("Stationary:").
    Two such rows at least, with a wrapped line between two of them; else
    none (a header of stacked headings is one row).  Under the band of the
    header, a line without a word in the first column goes on in the row
    above whatever its case: a cell listing items one to a line ("Design of
    the model" / "Explore absorption models" beside "Stage 1")."""
    first = min(min(c) for c in col)
    def cells(i: int) -> list[str]:
        at: dict[int, list[Word]] = {}
        for w in lines[i].words:
            at.setdefault(bisect.bisect_right(xs, (w.x0 + w.x1) / 2), []).append(w)
        return [ws[0].text for _, ws in sorted(at.items())]
    starts, wrapped = [], 0
    for i, c in enumerate(col):
        texts = cells(i)
        if first in c:
            if not all(_starts_row(t) for t in texts):
                return []
            starts.append(i)
        elif any(t[:1].islower() for t in texts) or under_header and starts:
            wrapped += 1
        else:
            return []
    rows = [i for i in starts if len(col[i]) >= 2]
    if len(rows) < 2 or not wrapped or starts[0] != 0:
        return []
    return starts


def _centred_lines(lines: list[Line], col: list[set[int]], size: float) -> set[int]:
    """The lines of a band that are the text of cells merged over its rows:
    a line between two lines with words in two columns or more, in columns
    where no other line of the band has a word, its middle within a quarter
    of the way from the middle between them."""
    out = set()
    for i in range(1, len(lines) - 1):
        above, below = lines[i - 1], lines[i + 1]
        if len(col[i - 1]) < 2 or len(col[i + 1]) < 2:
            continue
        if any(col[i] & col[k] for k in range(len(lines)) if k != i):
            continue
        mid = (lines[i].top + lines[i].bottom) / 2
        a, b = (above.top + above.bottom) / 2, (below.top + below.bottom) / 2
        if b - a > size and abs(mid - (a + b) / 2) <= (b - a) / 4:
            out.add(i)
    return out


#: a date written with dots: "01.01.2023"
DOTTED_DATE_RE = re.compile(r"^\d{2}\.\d{2}\.\d{4}$")


def _wrapped_line(above: list[Line], ln: Line, xs: list[float]) -> bool:
    """Whether ``ln`` is the second line of the cells above it in narrow
    columns: one word of label going on in lower case, then only groups of
    three digits, each under a column whose figure on the nearest of the
    lines ``above`` with a word in that column (a figure set in the middle
    of its cell stands between the two) ends in a group of one to three
    digits (a number broken at its thousands space: "3" / "186").  A date
    going on in the label ("Состояло на" / "01.01.2023") is such a line's
    label too."""
    words = ln.words
    if len(words) < 2:
        return False
    first = words[0].text
    if not (first[:1].islower() and not NUMBER_WORD_RE.match(first) or DOTTED_DATE_RE.match(first)):
        return False
    figures = words[1:]
    if not all(re.fullmatch(r"\d{3}", w.text) for w in figures):
        return False
    last_above: dict[int, str] = {}
    for w in (w for up in above for w in up.words):
        last_above[bisect.bisect_right(xs, (w.x0 + w.x1) / 2)] = w.text
    return all(re.fullmatch(r"\d{1,3}", last_above.get(bisect.bisect_right(xs, (w.x0 + w.x1) / 2), ""))
               for w in figures)


#: a figure with a separator between digits: "3,068,550", "12.5"
SEPARATED_RE = re.compile(r"\d[.,]\d")
def _starts_row(text: str) -> bool:
    """Whether a line starts as a row or heading does: with a capital or a figure."""
    return text[:1].isupper() or text[:1].isdigit()


#: dot leaders ("0.99 ........ 800"): a cell edge between a label and its figure, not text
LEADER_RE = re.compile(r"^[.·…]{3,}$")
#: a rule typed with characters ("-------", "=======") on a line of its own
TYPED_RULE_RE = re.compile(r"^[-_=.·…–—]{5,}$")


def _segments(ln: Line, gutter: float) -> list[list[Word]]:
    segs: list[list[Word]] = []
    cur: list[Word] = []
    words = ln.words
    for i, b in enumerate(words):
        if LEADER_RE.match(b.text):
            if cur:
                segs.append(cur)
            cur = []
            continue
        a = cur[-1] if cur else None
        # two figures side by side wider apart than a space are two cells
        figures = a is not None and NUMBER_WORD_RE.match(a.text) and NUMBER_WORD_RE.match(b.text)
        # a figure written with a thousands separator or a decimal mark
        # ("3,068,550", "0.75") is whole: a figure after it is the next cell,
        # however narrow the space ("12 345" without one stays one figure)
        whole = figures and SEPARATED_RE.search(a.text)
        if a is not None and (whole or b.x0 - a.x1 >= (0.4 * gutter if figures else gutter)) \
                and not (figures and _thousands_group(words, i, gutter)):
            segs.append(cur)
            cur = []
        cur.append(b)
    if cur:
        segs.append(cur)
    return segs or [list(ln.words)]  # a line of leaders only


def _thousands_group(words: list[Word], i: int, gutter: float) -> bool:
    """Whether ``words[i]``, three digits after a group of one to three,
    is that figure's next group, set apart wider than a figure's space:
    the gap is under ``0.75 * gutter`` and under half the gaps on either
    side of the pair ("310 500   298 740   320 115": word boxes of a scan
    are the ink's, so a thousands space reads wider than it was typed).
    Evenly spaced columns of three-digit figures ("120   340   560") keep
    their gaps."""
    a, b = words[i - 1], words[i]
    gap = b.x0 - a.x1
    if not (re.fullmatch(r"\d{3}", b.text) and re.fullmatch(r"\d{1,3}", a.text)) or gap > 0.75 * gutter:
        return False
    around = []
    if i >= 2:
        around.append(a.x0 - words[i - 2].x1)
    if i + 1 < len(words):
        around.append(words[i + 1].x0 - b.x1)
    return bool(around) and gap < 0.5 * min(around)


#: a table's caption: "Таблица 2.", "Табл. 3", "2-кесте", "Кесте 1", "Table 4"
CAPTION_RE = re.compile(r"(?i)^\s*(?:(?:таблица|табл\.|кесте|table|tab\.)\s*№?\s*\d+|\d+\s*-\s*кесте)(?!\w)")


def _prose_part(ws: list[Word], size: float) -> bool:
    """Words of one side of a line that read as a line of prose: four words
    or more, no gap of a column between them, figures among them few."""
    if len(ws) < 4 or any(b.x0 - a.x1 >= 1.2 * size for a, b in zip(ws, ws[1:])):
        return False
    return sum(1 for w in ws if NUMBER_WORD_RE.match(w.text)) <= 0.25 * len(ws)


def page_gutter(lines: list[Line], width: float) -> float | None:
    """The x of the gutter between the two columns of a page set in two
    columns (a journal's page): a gap in the middle fifth of the page, half
    an em wide or more, with a line of prose (six words or more over six
    tenths of its column's width) on one side of it at least (or such a
    line starting there, with nothing on its left), in eight lines or
    more, and crossed by a word in few of the page's lines (a
    fifth at most: a page of one column runs its prose across any gap a
    table in it leaves).  ``None`` on a page of one column."""
    body = [ln for ln in lines if ln.role == "body"]
    if not body:
        return None
    lo, hi = min(ln.x0 for ln in body), max(ln.x1 for ln in body)

    def column_line(ws: list[Word], size: float, x: float) -> bool:
        # a line of a column's prose: six words or more over most of the
        # column's width (a long name in a table's last column is shorter)
        return len(ws) >= 6 and ws[-1].x1 - ws[0].x0 >= 0.6 * (x - lo if ws[-1].x1 <= x else hi - x) \
            and _prose_part(ws, size)
    gaps: list[tuple[float, float]] = []
    for ln in body:
        ws = ln.words
        if 0.4 * width <= ws[0].x0 <= 0.6 * width and column_line(ws, ln.size, ws[0].x0):
            # a line of the right column's prose standing alone (the left
            # column has no line at its height): the gutter is at its left
            gaps.append((ws[0].x0 - ln.size, ws[0].x0))
            continue
        for k in range(1, len(ws)):
            a, b = ws[k - 1].x1, ws[k].x0
            if b - a >= 0.5 * ln.size and 0.4 * width <= (a + b) / 2 <= 0.6 * width \
                    and (column_line(ws[:k], ln.size, b) or column_line(ws[k:], ln.size, a)):
                gaps.append((a, b))
    if len(gaps) < 8:
        return None
    # the x inside the most of those gaps
    best = max(sorted({a for a, _ in gaps} | {b for _, b in gaps}),
               key=lambda x: sum(1 for a, b in gaps if a <= x + 0.1 and x - 0.1 <= b))
    inside = [(a, b) for a, b in gaps if a <= best + 0.1 and best - 0.1 <= b]
    if len(inside) < 8:
        return None
    x = (max(a for a, _ in inside) + min(b for _, b in inside)) / 2
    across = sum(1 for ln in body if any(w.x0 < x < w.x1 for w in ln.words))
    return x if across <= 0.2 * len(body) else None


def column_views(lines: list[Line], gutter: float, page_no: int,
                 rules: list[tuple[float, float, float]] = ()) -> tuple[list[Line], list[Line], set[int]] | None:
    """The lines of a page of two columns as each column has them.  A line
    with words on both sides of the gutter and none across it is cut there
    when one side of it is a line of prose running over most (six tenths)
    of its column's width, or when it stands between two
    lines so cut (a table's row beside a short line ending a paragraph),
    or in a run of up to three lines between two whose same side is prose.
    The words of the lines cut and of the lines on one side only are
    grouped into lines anew, each side on its own (the rows of a table in
    one column stand at heights of their own, not at the prose's beside
    them, which had joined some of its words into one line and parted
    others).  Lines across the gutter stay whole, with the left column.
    Between two rules drawn across the gutter (``rules``: (y, x0, x1)), where
    a quarter of the lines reaching over the gutter (two at least) are rows
    of cells with a word across it, or where none of those lines is prose
    on both sides, stands a table as wide as the page: its lines are neither
    cut nor grouped anew and stay with the left column's, though a cell of
    it reads as prose.
    Returns the left column's lines, the right column's, and the ids of
    the page's lines grouped anew; ``None`` when no line is cut."""
    body = [ln for ln in lines if ln.role == "body"]
    def across(ln: Line) -> bool:
        return any(w.x0 < gutter < w.x1 for w in ln.words)
    # a line of a column's prose runs over most of the column's width (a
    # row label of a table as wide as the page, "Acquire and use
    # information" beside its figures, reads as prose but stops short)
    lo, hi = min((ln.x0 for ln in body), default=0.0), max((ln.x1 for ln in body), default=0.0)
    def prose_side(ws: list[Word], size: float, width: float) -> bool:
        return bool(ws) and ws[-1].x1 - ws[0].x0 >= 0.6 * width and _prose_part(ws, size)
    def sides(ln: Line) -> tuple[bool, bool]:
        return (prose_side([w for w in ln.words if w.x1 <= gutter], ln.size, gutter - lo),
                prose_side([w for w in ln.words if w.x0 >= gutter], ln.size, hi - gutter))
    ys = sorted(y for y, x0, x1 in rules if x0 < gutter - 10 and x1 > gutter + 10)
    def reach(a: float, b: float) -> list[Line]:
        return [ln for ln in body if a < (ln.top + ln.bottom) / 2 < b and ln.x0 < gutter < ln.x1]
    def row_across(ln: Line) -> bool:  # a table's row (cells apart), not a caption's line of prose
        return across(ln) and len(_segments(ln, 1.2 * ln.size)) >= 2
    # (or where no line is prose on both sides: no two columns of text)
    wide = [(a, b) for a, b in zip(ys, ys[1:])
            if sum(1 for ln in reach(a, b) if row_across(ln)) >= max(2.0, 0.25 * len(reach(a, b)))
            or not any(all(sides(ln)) for ln in reach(a, b))]
    def in_wide(ln: Line) -> bool:
        return any(a < (ln.top + ln.bottom) / 2 < b for a, b in wide)
    both = [ln for ln in body if ln.x0 < gutter < ln.x1 and not across(ln) and not in_wide(ln)]
    side = [sides(ln) for ln in both]
    prose = [any(s) for s in side]
    cut = {id(ln) for i, ln in enumerate(both)
           if prose[i] or (0 < i < len(both) - 1 and prose[i - 1] and prose[i + 1])}
    # (or in a run of up to three such lines between two lines whose same
    # side is prose: that column's paragraph goes on beside a table's rows,
    # a fragment of it, a unit or an exponent set apart, ending no line of
    # prose)
    i = 0
    while i < len(both):
        j = i
        while j < len(both) and not prose[j]:
            j += 1
        if j > i and 0 < i and j < len(both) and j - i <= 3 \
                and any(a and b for a, b in zip(side[i - 1], side[j])):
            cut |= {id(ln) for ln in both[i:j]}
        i = max(j, i + 1)
    if not cut:
        return None
    done = cut | {id(ln) for ln in body if (ln.x1 <= gutter or ln.x0 >= gutter) and not in_wide(ln)}
    left = [w for ln in body if id(ln) in done for w in ln.words if w.x1 <= gutter]
    right = [w for ln in body if id(ln) in done for w in ln.words if w.x0 >= gutter]
    rest = [ln for ln in lines if id(ln) not in done]
    # (the lines of a table as wide as the page stay together, a heading
    # over its right-hand columns with its rows)
    lv = sorted([ln for ln in rest if ln.x0 < gutter or in_wide(ln)] + group_lines(left, page_no),
                key=lambda ln: (ln.top, ln.x0))
    rv = sorted([ln for ln in rest if ln.x0 >= gutter and not in_wide(ln)] + group_lines(right, page_no),
                key=lambda ln: (ln.top, ln.x0))
    return lv, rv, done


def find_text_tables(p: Page, outside: list[tuple[float, float]] = ()) -> None:
    """Tables of aligned text (:func:`text_tables_in`).  On a page set in
    two columns of prose (:func:`page_gutter`) each column is searched on
    its own, its lines cut at the gutter (:func:`column_views`): a table in
    one column no longer takes in the lines of prose beside it.  When a
    table is found so, the page keeps the cut lines (the prose beside the
    table stays body text); otherwise its lines are left as they were."""
    gutter = page_gutter(p.lines, p.width)
    views = column_views(p.lines, gutter, p.number, p.rules) if gutter is not None else None
    if views is None:
        p.tables.extend(text_tables_in(p, p.lines, outside))
        return
    left, right, done = views
    made = text_tables_in(p, left, outside) + text_tables_in(p, right, outside)
    if not made:
        return
    p.tables.extend(made)
    kept = [ln for ln in left + right if id(ln) not in done]
    p.lines = sorted(kept, key=lambda ln: (ln.top, ln.x0))


def text_tables_in(p: Page, page_lines: list[Line], outside: list[tuple[float, float]] = ()) -> list[PTable]:
    """On a page without ruled tables: runs of three or more lines that all
    split into two or more segments at wide gaps, with gaps common to all the
    lines (whitespace columns), become a table of one row per line.  When a
    run as a whole has no common columns, its first lines (a header whose
    words stand over the columns' gaps) are set aside and the rest tried;
    lines just above the body whose segments each stay inside one column
    are then the table's header rows.  Lines of one segment within the
    first column between rows of the table (section headings such as
    "Wealth index") are rows of it.  Two columns of prose are no table:
    their cells hold whole lines of words, not the few words of a cell.
    ``outside``: the heights (top, bottom) of the page's ruled tables, whose
    lines beside them are no rows of a table of text."""
    # a rule typed as a line of dashes is no row (and does not break the run)
    lines = [ln for ln in page_lines if ln.role == "body" and not TYPED_RULE_RE.match(ln.text.replace(" ", ""))
             and not any(top - 1 <= (ln.top + ln.bottom) / 2 <= bottom + 1 for top, bottom in outside)]
    made: list[tuple[PTable, list[tuple[Line, list[list[Word]]]], list[Line]]] = []
    runs: list[list[tuple[Line, list[list[Word]]]]] = []
    cur: list[tuple[Line, list[list[Word]]]] = []
    pending: list[tuple[Line, list[list[Word]]]] = []  # one-segment lines inside a run: section headings
    captioned = False  # the run starts right under a caption ("Таблица 4. Движение фонда")
    heading: Line | None = None  # the line of one cell right above the run
    prev: Line | None = None

    def enough(run: list[tuple[Line, list[list[Word]]]]) -> bool:
        # three lines of cells, or two under a caption (a header and one row of figures),
        # or a header and one row under a heading set larger than they are
        cells = [(ln, sg) for ln, sg in run if len(sg) >= 2]
        return len(cells) >= (2 if captioned else 3) or _header_and_row(heading, cells)

    def heading_above(ln: Line) -> Line | None:
        return prev if prev is not None and ln.top - prev.bottom <= 2.5 * ln.size \
            and len(_segments(prev, 1.2 * prev.size)) == 1 else None

    for ln in lines:
        segs = _segments(ln, 1.2 * ln.size)
        if len(segs) == 1 and len(cur) >= 2 and ln.top - cur[-1][0].bottom <= 2.5 * ln.size:
            segs = _cut_at_starts(segs[0], cur)
        elif len(segs) >= 2 and len(cur) >= 2 and ln.top - (pending or cur)[-1][0].bottom <= 2.5 * ln.size:
            # a long label filling its cell leaves only the cells' margins before the first figure
            # (a table without rules, narrow columns: "Кеңгірбай 5 | 3 | 1"): the label's segment is
            # cut where its figure starts the column of the rows above
            segs = _cut_at_starts(segs[0], cur) + segs[1:]
        ok = len(segs) >= 2 and not (len(segs[0]) == 1 and NUMBER_RE.match(segs[0][0].text)) \
            and segs[0][0].text not in BULLETS
        caption = len(segs) == 1 and bool(CAPTION_RE.match(ln.text))  # "Таблица 2. …" starts another table
        last = (pending or cur)[-1][0] if cur else None
        # a line of one cell set clearly larger than the rows above it is the
        # heading of what follows ("Totals" in 10 pt under rows of 8 pt): it
        # starts another table, as a caption does
        big = len(segs) == 1 and last is not None and ln.size > 1.2 * last.size
        near = last is not None and ln.top - last.bottom <= 2.5 * ln.size and not caption and not big
        if ok and (not cur or near):
            if not cur:
                captioned = prev is not None and CAPTION_RE.match(prev.text) is not None \
                    and ln.top - prev.bottom <= 2.5 * ln.size
                heading = heading_above(ln)
            cur += pending + [(ln, segs)]
            pending = []
            prev = ln
            continue
        if not ok and near and len(segs) == 1 and (len(pending) < 3 or _label_wraps(ln, pending, cur)):
            pending.append((ln, segs))
            prev = ln
            continue
        if enough(_rows_size(cur)):
            runs.append(_rows_size(cur) + _goes_on(pending))
        captioned = ok and prev is not None and CAPTION_RE.match(prev.text) is not None \
            and ln.top - prev.bottom <= 2.5 * ln.size
        heading = heading_above(ln) if ok else None
        cur = [(ln, segs)] if ok else []
        pending = []
        prev = ln
    if enough(_rows_size(cur)):
        runs.append(_rows_size(cur) + _goes_on(pending))
    todo = [_resplit(run) for run in runs if not _contents(run)]
    while todo:
        run = todo.pop(0)
        # the header lines at the top of a run may stand over the gaps
        # between columns: of the runs without 0 to 7 first lines, the one
        # that gives the most columns is the table's body
        # (when none does and the run cannot be cut at headings (below), a
        # note under the table set as two segments, "U.S., U.S.   Bureau of
        # the Census", may end the run: the fewest of its last 3 lines are
        # left out too)
        i = next((k for k, ln in enumerate(lines) if ln is run[0][0]), 0)
        above = lines[i - 1] if i and run[0][0].top - lines[i - 1].bottom <= 2.5 * run[0][0].size else None
        parts = _split_at_headings(run, above)
        best: tuple[int, int, PTable, list[tuple[Line, list[list[Word]]]]] | None = None
        for cut in range(0, max(1, min(4, len(run) - 2)) if len(parts) < 2 else 1):
            for skip in range(0, max(1, min(8, len(run) - cut - 2))):  # (a run of two lines: as it is)
                body = run[skip:len(run) - cut]
                if len(body[0][1]) < 2:
                    continue
                t = _text_table(body, p.number, rules=p.rules)
                if t is not None and (best is None or t.n_cols > best[0]):
                    best = (t.n_cols, skip, t, body)
            if best is not None:
                break
        if best is None:
            # two tables one under another, each under a heading line of its
            # own ("Design effect"), with columns of their own: the parts
            # between one-segment lines are tried each
            # (one part only, shorter than the run: the lines around it were
            # no table, the part is tried alone)
            if len(parts) > 1 or (parts and len(parts[0]) < len(run)):
                todo[:0] = parts
            continue
        _, _, t, body = best
        t, body = _body_below_header(lines, t, body, p.number, p.rules)
        body = _label_under_header(lines, body, t.cols)
        head = _header_lines(lines, body, t.cols)
        head = _repeated_header(page_lines, (head or [body[0][0]])[0], t.cols) + head
        t2 = None
        if head and len(body) >= 3 and _heads_group(head[-1], body[0], t.cols):
            # the heading over a group of columns stands over the body's first line, a line of
            # headings (a section's label under it kept that line in the body): that line is the
            # header's last, under the heading
            t2 = _text_table(body[1:], p.number, head + [body[0][0]], given=t.cols, labelled=True,
                             rules=p.rules)
            if t2 is not None:
                t, head, body = t2, head + [body[0][0]], body[1:]
        if head and t2 is None:
            t = _text_table(body, p.number, head, labelled=len(body[0][1]) < 2, rules=p.rules) or t
        spans_under_rules(t, p.rules)
        group_labels_down(t)
        made.append((t, body, head))
        for ln, _ in body:
            ln.role = "table"
        for ln in head:
            ln.role = "table"
    made = _join_sections(lines, made, p.number, p.rules)
    return [t for t, _, _ in made]


#: the highest page number a table of contents gives
MAX_PAGE = 999


def _contents(run: list[tuple[Line, list[list[Word]]]]) -> bool:
    """Whether a run of lines is a table of contents set with leaders
    ("2. Пользователи ........ 5"): each line of cells ends in a leader and
    one small whole number, and those numbers never fall (the pages its
    headings start on, no figures of the report)."""
    pages = []
    for ln, segs in run:
        if len(segs) < 2:
            continue
        last = segs[-1]
        if not any(LEADER_RE.match(w.text) for w in ln.words) or len(last) != 1 \
                or not last[0].text.isdigit() or int(last[0].text) > MAX_PAGE:
            return False
        pages.append(int(last[0].text))
    return len(pages) >= 2 and all(a <= b for a, b in zip(pages, pages[1:]))


def _cut_at_starts(ws: list[Word], run: list[tuple[Line, list[list[Word]]]]) -> list[list[Word]]:
    """A line of one segment under rows of cells, cut where a figure of it
    starts at a column's start or ends at its end (its left edge within a
    point of the left edges of that column's cells on two rows above at
    least, or its right edge of their right edges: figures set flush
    right; a space before it), the rest of the line figures only: a label
    long enough to run up to the next column leaves less than a gutter
    before its figure ("Experimental removal percentage at optimal condi-
    95.14" under "Predicted removal percentage   93.91"), yet the figure
    stands in its column.  Else the line as it is."""
    size = statistics.median(w.size for w in ws)
    starts = [seg[0].x0 for _, segs in run for seg in segs[1:]]
    ends = [seg[-1].x1 for _, segs in run for seg in segs[1:]]
    for k in range(1, len(ws)):
        w = ws[k]
        # the rest of the line is figures only: a footnote under the table
        # whose line holds a figure where a column starts ("... using the
        # last  28 editions of Projections") is no row
        if not all(NUMBER_WORD_RE.match(v.text) for v in ws[k:]) or w.x0 - ws[k - 1].x1 < 0.25 * size:
            continue
        if sum(1 for x in starts if abs(x - w.x0) <= 1.0) >= 2 \
                or sum(1 for x in ends if abs(x - w.x1) <= 1.0) >= 2:
            rest = _segments(Line(0, ws[k:]), 1.2 * size)
            return [ws[:k]] + rest
    return [ws]


def _rows_size(run: list[tuple[Line, list[list[Word]]]]) -> list[tuple[Line, list[list[Word]]]]:
    """A run without its last lines set in a larger type than its rows: a
    table's rows share one size, and a report sets its tables smaller than
    its text, so the line of text right under a table (a signature,
    "Методист ЦБС   А. Т. Сейтказина", in the text's 12 pt under rows of
    10 pt) is no row of it, and its words do not close the gaps between
    the table's columns."""
    if len(run) < 3:
        return run
    size = statistics.median(ln.size for ln, _ in run)
    while len(run) > 2 and run[-1][0].size > 1.15 * size:
        run = run[:-1]
    return run


def _clear(spans: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Whitespace columns: the x ranges between sorted ``spans`` that none
    of them covers."""
    gaps, reach = [], spans[0][1]
    for a, b in spans[1:]:
        if a > reach:
            gaps.append((reach, a))
        reach = max(reach, b)
    return gaps


def _label_wraps(ln: Line, pending: list[tuple[Line, list[list[Word]]]],
                 run: list[tuple[Line, list[list[Word]]]]) -> bool:
    """Whether a line of one segment under three such lines still goes on
    the label of the run's last row: a long label in a narrow first column
    wraps over four lines or more ("Кеңгірбай би" / "ауылдық" / "кітапхана"
    / "сы"): every one of those lines starts in lower case at the labels'
    left edge and ends before the column of figures the rows above start."""
    rows = [segs for _, segs in run if len(segs) >= 2]
    if len(rows) < 2:
        return False
    left = min(segs[0][0].x0 for segs in rows)
    second = min(segs[1][0].x0 for segs in rows)
    return all(p.text[:1].islower() and abs(p.x0 - left) <= 1.0 and p.x1 < second
               for p, _ in pending + [(ln, [])]) and len(pending) < 8


def _goes_on(pending: list[tuple[Line, list[list[Word]]]]) -> list[tuple[Line, list[list[Word]]]]:
    """The lines of one segment under a run's last row that go on in lower
    case (its label wrapped: "Количество массовых" / "мероприятий"), up to
    the first that does not."""
    out = []
    for ln, segs in pending:
        if not ln.text[:1].islower():
            break
        out.append((ln, segs))
    return out


def _resplit(run: list[tuple[Line, list[list[Word]]]]) -> list[tuple[Line, list[list[Word]]]]:
    """A line of a run with fewer cells than most of its lines, whose cell
    runs over a column edge those lines leave clear at a narrower space
    between two of its words ("Количество пользователей чел." where the
    other rows have "Количество посещений | ед."), cut at that space: the
    column edges come from the words' edges aligned across the rows, not
    from each line's spaces alone."""
    counts = [len(segs) for _, segs in run if len(segs) >= 2]
    if len(counts) < 3:
        return run
    most = max(sorted(set(counts)), key=counts.count)
    out = _cut_at_edges(run, most)
    top = max(counts)
    if out is run and top > most and counts.count(top) >= 3:
        # the lines of the most cells are not the most lines (a label in
        # the first column on the first row of each group only, "Langmuir |
        # qm | 159" over "kL | 0.0956"): a line of fewer cells whose words
        # run over the first column's edge is cut where a word starts at
        # the left edge the next column's cells share in those lines
        # ("Dubinin–Radushkevich kD" | "3.71")
        out = _cut_at_edges(run, top, flush=True)
    return out


def _cut_at_edges(run: list[tuple[Line, list[list[Word]]]], most: int,
                  flush: bool = False) -> list[tuple[Line, list[list[Word]]]]:
    """The lines of fewer than ``most`` cells cut at the column edges the
    lines of ``most`` cells leave clear (:func:`_resplit`); ``flush``: only
    where the word after the space starts at the left edge of the next
    column's cells in those lines, when those all start at one x.  The run
    itself when no line is cut."""
    ref = [segs for _, segs in run if len(segs) == most]
    if len(ref) < 2 or not any(2 <= len(segs) < most for _, segs in run):
        return run
    gaps = _clear(sorted((s[0].x0, s[-1].x1) for segs in ref for s in segs))
    size = statistics.median(ln.size for ln, _ in run)
    if flush:
        # the gaps after which every such line's next cell starts at one x
        gaps = [(g0, g1) for g0, g1 in gaps
                if all(any(abs(s[0].x0 - g1) <= 0.2 * size for s in segs) for segs in ref)]
    out, changed = [], False
    for ln, segs in run:
        if 2 <= len(segs) < most:
            cut: list[list[Word]] = []
            for seg in segs:
                cur = [seg[0]]
                for a, b in zip(seg, seg[1:]):
                    space = b.x0 - a.x1
                    if space >= 0.3 * ln.size and any(
                            min(b.x0, g1) - max(a.x1, g0) >= 0.5 * min(space, g1 - g0)
                            and (not flush or abs(b.x0 - g1) <= 0.2 * size) for g0, g1 in gaps):
                        cut.append(cur)
                        cur = []
                    cur.append(b)
                cut.append(cur)
            if len(cut) <= most and len(cut) > len(segs):
                segs, changed = cut, True
        out.append((ln, segs))
    return out if changed else run


def _split_at_headings(run: list[tuple[Line, list[list[Word]]]], above: Line | None = None
                       ) -> list[list[tuple[Line, list[list[Word]]]]]:
    """A run of lines cut before each line of one segment that stands
    between lines of two or more; the parts with three lines of two
    segments or more, or a header and a row under a heading (``above``:
    the line right above the run), the others are no table."""
    parts: list[list[tuple[Line, list[list[Word]]]]] = [[]]
    # a line of one segment in a smaller type than the row above it,
    # starting under a later column (a note to the row, "(Runtime: 98 min)"
    # in 5 pt under the row's title in 7 pt), goes on that row and cuts
    # nothing: a heading is set no smaller than the rows
    left = min((ln.x0 for ln, segs in run if len(segs) >= 2), default=0.0)
    for i, (ln, segs) in enumerate(run):
        note = i > 0 and ln.x0 > left + 2 * ln.size and ln.size < 0.85 * run[i - 1][0].size
        if len(segs) == 1 and parts[-1] and len(parts[-1][-1][1]) >= 2 and not note:
            parts.append([])
        parts[-1].append((ln, segs))
    # a part's leading one-segment lines go with it (its heading); a part must
    # start and end with a line of two segments or more for _text_table
    out = []
    for n, part in enumerate(parts):
        heading = part[0][0] if part and len(part[0][1]) < 2 else above if n == 0 else None
        while part and len(part[0][1]) < 2:
            part = part[1:]
        while part and len(part[-1][1]) < 2:
            part = part[:-1]
        if sum(1 for _, sg in part if len(sg) >= 2) >= 3 or _header_and_row(heading, part):
            out.append(part)
    return out


def _header_and_row(heading: Line | None, part: list[tuple[Line, list[list[Word]]]]) -> bool:
    """A heading set larger than the lines under it, over a line of three
    cells or more without figures and a line of as many cells with figures
    in two of them or more: a header and one row, a table (as under a
    caption, "Totals" / "Month  Gross  Net" / "2024  12,500  11,250")."""
    if heading is None or len(part) != 2:
        return False
    (head, hsegs), (row, rsegs) = part
    def figures(segs: list[list[Word]]) -> int:
        return sum(1 for sg in segs if any(NUMBER_WORD_RE.match(w.text) for w in sg))
    return (heading.size > 1.15 * max(head.size, row.size) and len(hsegs) == len(rsegs) >= 3
            and figures(hsegs) == 0 and figures(rsegs) >= 2)


def _body_below_header(lines: list[Line], t: PTable, body: list[tuple[Line, list[list[Word]]]],
                       page_no: int, rules: list[tuple[float, float, float]] = ()
                       ) -> tuple[PTable, list[tuple[Line, list[list[Word]]]]]:
    """The lines at the top of a table's body above its first line with a
    figure are its header when they read as one (``_header_lines`` takes
    them all back) and the rest still gives the same columns: they are
    then merged into one header with spans, not rows of their own.  A
    rule drawn across the table under the header ends it: the lines below
    the rule are rows ("Variable  Assumption" ruled off from "Demographic
    assumptions" / "Population  Projections are ...")."""
    def figures(segs: list[list[Word]]) -> list[str]:
        return [w.text for seg in segs[1:] for w in seg if NUMBER_WORD_RE.match(w.text)]

    def periods(ln: Line) -> bool:
        # each cell with a figure names a year: "2020", "9 мес. 2023", "2023 г." (the line's own
        # segments: a run may have cut "9 мес. 2023" at a column edge of the rows below)
        return all(any(_YEAR_RE.match(w.text) for w in seg) for seg in _segments(ln, 1.2 * ln.size)[1:]
                   if any(NUMBER_WORD_RE.match(w.text) for w in seg))

    # a line of years or periods over a line of headings without figures ("2020 | 2021" over "план |
    # факт | план | факт", "9 мес. 2023" over "кол-во | участ.") is a heading, not the first row of figures
    k = next((i for i, (ln, segs) in enumerate(body) if figures(segs) and not (
        periods(ln) and i + 1 < len(body) and not figures(body[i + 1][1]))), 0)
    x0, x1 = min(ln.x0 for ln, _ in body), max(ln.x1 for ln, _ in body)
    across = [y for y, a, b in rules if a <= x0 + 0.1 * (x1 - x0) and b >= x1 - 0.1 * (x1 - x0)]
    k = next((i + 1 for i in range(k - 1) if any(body[i][0].bottom <= y <= body[i + 1][0].top for y in across)), k)
    if not 0 < k <= 6 or len(body) - k < (1 if k >= 2 else 2):
        return t, body  # (one row of figures under a header of several lines is a table too)
    rest = body[k:]
    t2 = _text_table(rest, page_no, rules=rules)
    if t2 is None or t2.n_cols != t.n_cols:
        return t, body
    taken = {id(ln) for ln in _header_lines(lines, rest, t2.cols)}
    if not all(id(ln) in taken for ln, _ in body[:k]):
        return t, body
    return t2, rest


#: a year standing for itself in a heading
_YEAR_RE = re.compile(r"^(?:19|20)\d\d$")


#: dashes standing for a figure (none, not available)
DASHES = ("-", "–", "—")


def _figure_or_dash(seg: list[Word]) -> bool:
    return len(seg) == 1 and (bool(NUMBER_WORD_RE.match(seg[0].text)) or seg[0].text in DASHES)


#: the widest gap (in ems) above or below a section heading between two parts of one table
SECTION_GAP = 3.5


def _join_sections(lines: list[Line], made: list[tuple[PTable, list[tuple[Line, list[list[Word]]]], list[Line]]],
                   page_no: int, rules: Sequence[tuple[float, float, float]] = ()
                   ) -> list[tuple[PTable, list[tuple[Line, list[list[Word]]]], list[Line]]]:
    """Tables of aligned text one under another, with the same columns and
    nothing between them but one or two one-segment lines within the first
    column (section headings set off by more space than the rows: "Class
    B", "Total for the Fund"), are one table with those lines as rows.  The
    lower part has no header of its own (lines taken for one that end in a
    figure or a dash, as its rows do, are rows), each gap is at most
    ``SECTION_GAP`` ems, and the columns found over the whole must be those
    of each part."""
    made = sorted(made, key=lambda m: m[0].top)
    out = made[:1]
    for t, body, head in made[1:]:
        pt, pbody, phead = out[-1]
        if head and all(len(sg) >= 2 and _figure_or_dash(sg[-1]) for sg in (_segments(ln, 1.2 * ln.size) for ln in head)):
            # "header" lines that end in a figure, as the rows below do, are rows
            body, head = [(ln, _segments(ln, 1.2 * ln.size)) for ln in head] + body, []
        first = body[0][0]
        between = [ln for ln in lines if ln.role == "body" and ln.top >= pbody[-1][0].bottom - 0.5
                   and ln.bottom <= first.top + 0.5]
        chain = [pbody[-1][0]] + between + [first]
        ok = (not head and 1 <= len(between) <= 3 and pt.n_cols == t.n_cols
              and all(len(_segments(ln, 1.2 * ln.size)) == 1 and ln.x1 <= pt.cols[1]
                      and not CAPTION_RE.match(ln.text) for ln in between)
              and all(b.top - a.bottom <= SECTION_GAP * b.size for a, b in zip(chain, chain[1:])))
        joined = _text_table(pbody + [(ln, _segments(ln, 1.2 * ln.size)) for ln in between] + body, page_no,
                             phead or None, aligned=True, rules=rules) if ok else None
        if joined is None or joined.n_cols != t.n_cols:
            out.append((t, body, head))
            continue
        for ln in between:
            ln.role = "table"
        out[-1] = (joined, pbody + [(ln, _segments(ln, 1.2 * ln.size)) for ln in between] + body, phead)
    return out


def _covers_two(seg: list[Word], spans: list[list[float]], size: float) -> bool:
    """Whether a header segment stands over the body words of two columns or more."""
    return sum(1 for a, b in spans if a < b and min(b, seg[-1].x1) - max(a, seg[0].x0) > 0.5 * size) >= 2


def _header_lines(lines: list[Line], body: list[tuple[Line, list[list[Word]]]], cols: list[float]) -> list[Line]:
    """Lines just above a table of aligned text whose segments each stay
    inside one of its columns: its header, top to bottom."""
    first = body[0][0]
    inner = cols[1:-1]
    # where each column's words stand in the body: a header cell may be wider than its figures
    # (a cell of a table typed without rules is as wide as its header, its figures start at
    # its left edge), and reach past a column edge drawn halfway between the figures
    spans: list[list[float]] = [[math.inf, -math.inf] for _ in range(len(cols) - 1)]
    for _, segs_of in body:
        for seg in segs_of:
            mid = (seg[0].x0 + seg[-1].x1) / 2
            c = next((k for k in range(len(cols) - 1) if mid < cols[k + 1]), len(cols) - 2)
            spans[c] = [min(spans[c][0], seg[0].x0), max(spans[c][1], seg[-1].x1)]
    head: list[Line] = []
    groups: set[int] = set()  # the lines of one heading over a group of columns
    below = first
    for ln in reversed(lines[:lines.index(first)]):
        if ln.role != "body" or below.top - ln.bottom > 1.5 * ln.size:
            break
        segs = _segments(ln, 1.2 * ln.size)
        # a line of one segment set larger than the table's rows is its title
        # or a section's heading over it ("Totals" in 10 pt over rows of 8
        # pt), no header cell: a header is set in the rows' size or smaller
        if len(segs) == 1 and ln.size > 1.2 * first.size:
            break
        starts = [next((k for k in range(len(cols) - 1) if s[0].x0 < cols[k + 1]), None) for s in segs]
        # header cells, each starting in a column of its own, may run past the body's right edge
        cells_of_columns = len(segs) >= 2 and None not in starts and len(set(starts)) == len(starts)
        if ln.x0 < cols[0] - 2 * ln.size or (ln.x1 > cols[-1] + 2 * ln.size and not cells_of_columns):
            break
        # a segment over the words of two columns is a heading spanning columns
        # ("Loans" over "Books | Journals"): a few words, beside others
        if any(len(s) > 4 and _covers_two(s, spans, ln.size) if cells_of_columns
               else any(s[0].x0 < x < s[-1].x1 and len(s) > 4 for x in inner) for s in segs):
            break
        # a line of one segment inside one column is a header cell's wrapped
        # line ("Формы" / "работы" beside "2020 г." / "кол-во"), when lines of
        # headings without figures stand above and below it (over a row of
        # figures it is a section's label: "Actual")
        # headings without figures stand above and below it (over a row of figures it is a section's
        # label, which stands in the first column: a line inside another column there is the last
        # line of a heading cell wrapped onto several, "байланыс" / "ты")
        heading_below = bool(head) or not any(NUMBER_WORD_RE.match(w.text) for w in first.words)
        if len(segs) == 1 and group_heading(segs[0], below, cols, ln.size) and headings_line(below):
            groups.add(id(ln))
        elif len(segs) < 2 and not any(
                cols[c] - 0.2 * ln.size <= ln.x0 and ln.x1 <= cols[c + 1] + 0.2 * ln.size
                and (heading_below or c >= 1) for c in range(len(cols) - 1)):
            break
        head.insert(0, ln)
        below = ln
        if len(head) >= 8:
            break
    while head and len(_segments(head[0], 1.2 * head[0].size)) < 2 and id(head[0]) not in groups:
        head.pop(0)
    return head


def _label_under_header(lines: list[Line], body: list[tuple[Line, list[list[Word]]]], cols: list[float]
                        ) -> list[tuple[Line, list[list[Word]]]]:
    """The body with a section's label right under the header ("Sex" alone
    in the first column between "Characteristic | no. | Rate" and "Female
    | 200,915 | 103.1") as its first row: the label kept the header from
    the table (a header is looked for right above the rows).  The label is
    a line of one segment within the first column, no figure, with a line
    of headings in two columns or more right above it, which is taken as
    the header with the label under it."""
    first = body[0][0]
    i = lines.index(first)
    if i < 2:
        return body
    label, above = lines[i - 1], lines[i - 2]
    segs = _segments(label, 1.2 * label.size)
    if len(segs) != 1 or label.role != "body" or above.role != "body" \
            or first.top - label.bottom > 1.5 * label.size or label.top - above.bottom > 1.5 * label.size \
            or label.x0 < cols[0] - 0.2 * label.size or label.x1 > cols[1] + 0.2 * label.size \
            or any(NUMBER_WORD_RE.match(w.text) for w in label.words) \
            or len(_segments(above, 1.2 * above.size)) < 2 or not headings_line(above):
        return body
    labelled = [(label, segs)] + body
    return labelled if _header_lines(lines, labelled, cols) else body


def _heads_group(ln: Line, first: tuple[Line, list[list[Word]]], cols: list[float]) -> bool:
    """Whether ``ln``, the header's last line, is a heading over a group of
    columns (:func:`group_heading`) whose headings are the body's first
    line ``first``, a line without figures but years."""
    segs = _segments(ln, 1.2 * ln.size)
    return len(segs) == 1 and len(first[1]) >= 2 and group_heading(segs[0], first[0], cols, ln.size) \
        and headings_line(first[0])


def headings_line(ln: Line) -> bool:
    """Whether a line holds headings, not a row of figures: its only cells
    of figures alone are years ("2007–08" is no figure) or the columns'
    numbers running on by one ("1 | 2 | 3 | 4" under headings, or as their
    headings); a figure among words is a heading's ("(95% CI)")."""
    numbers = [w.text for seg in _segments(ln, 1.2 * ln.size) for w in seg
               if all(NUMBER_WORD_RE.match(v.text) for v in seg) and not _YEAR_RE.match(w.text)]
    if not numbers:
        return True
    return len(numbers) >= 2 and all(n.isdigit() for n in numbers) \
        and [int(n) for n in numbers] == list(range(int(numbers[0]), int(numbers[0]) + len(numbers)))


def group_heading(seg: list[Word], below: Line, cols: list[float], size: float) -> bool:
    """Whether a header line of one segment is a heading over a group of
    columns ("Population (millions)" centred over "2000 | 2010 | 2020",
    "Visitors" over "Adults | Children"): a few words, not a caption nor
    figures, standing right of the first column, over two columns or more
    in which the header line below has headings of their own.  It is a
    header row of one cell spanning those columns, not a title."""
    if len(seg) > 6 or CAPTION_RE.match(seg[0].text + " " + " ".join(w.text for w in seg[1:])) \
            or any(NUMBER_WORD_RE.match(w.text) and not _YEAR_RE.match(w.text) for w in seg) \
            or len(cols) < 4 or seg[0].x0 < cols[1] - 0.5 * size:
        return False
    a, b = seg[0].x0, seg[-1].x1
    over = {c for c in range(1, len(cols) - 1) if min(b, cols[c + 1]) - max(a, cols[c]) > 0.5 * size}
    under = {c for s in _segments(below, 1.2 * below.size) for c in over
             if cols[c] <= (s[0].x0 + s[-1].x1) / 2 < cols[c + 1]}
    return len(under) >= 2


def _header_cuts(run: list[tuple[Line, list[list[Word]]]], head: list[Line], gaps: list[tuple[float, float]],
                 span: tuple[float, float], size: float) -> list[tuple[float, float]]:
    """Column edges narrower than a gap between cells, shown by the header:
    a listing printed by a program sets its columns one space apart
    ("25001 Toyota", "25 GGH20W"), too close to tell from the spaces inside
    a cell, but names each column in its header, set flush with it.  Within
    a column, a gap of a third of an em or more that no body line crosses is
    an edge when both sides hold words in most lines, a header line has a
    word ending before it and the next starting after it, and that next
    word starts where the words after the gap all start, or the word before
    it ends where the words before the gap all end.  A table printed from a
    web page or a document without cell padding sets its columns a space
    of a proportional type apart (a fifth to a third of an em, as between
    the words of a cell): such a gap is an edge only when a header word,
    not a figure, starts at the very x where the words after the gap all
    start (a header's words flush with their columns; the second words of
    a column of two-word names line up too, but no header word starts
    there).  The words after a gap are those up to the next gap: a column
    empty in some rows leaves those rows' next words further on."""
    edges = [span[0]] + [v for g in gaps for v in g] + [span[1]]
    out: list[tuple[float, float]] = []
    for lo, hi in zip(edges[0::2], edges[1::2]):
        words = [[w for w in ln.words if lo - 0.01 <= w.x0 and w.x1 <= hi + 0.01] for ln, _ in run]
        spans = sorted((w.x0, w.x1) for ws in words for w in ws)
        if len(spans) < 2:
            continue
        clear = _clear(spans)
        for k, (a, b) in enumerate(clear):
            if b - a < 0.2 * size:
                continue
            wide = b - a >= 0.3 * size  # (narrower: a space of a proportional type)
            upto = clear[k + 1][0] if k + 1 < len(clear) else hi
            lefts = [next(w.x0 for w in ws if w.x0 >= b - 0.01) for ws in words
                     if any(b - 0.01 <= w.x0 < upto for w in ws)]
            rights = [[w.x1 for w in ws if w.x1 <= a + 0.01][-1] for ws in words if any(w.x1 <= a + 0.01 for w in ws)]
            if min(len(lefts), len(rights)) < 0.5 * len(run):
                continue
            flush_left = max(lefts) - min(lefts) <= 0.2 * size
            flush_right = wide and max(rights) - min(rights) <= 0.2 * size

            def flush_start(q: Word) -> bool:
                if wide:
                    return abs(q.x0 - min(lefts)) <= 0.2 * size
                return abs(q.x0 - min(lefts)) <= 0.05 * size and not NUMBER_WORD_RE.match(q.text)
            for h in head:
                hw = [w for w in h.words if w.x1 > lo and w.x0 < hi]  # (a heading may be wider than its cells)
                if any(p.x1 <= a + 0.1 * size and q.x0 >= b - 0.1 * size and (
                        (flush_left and flush_start(q))
                        or (flush_right and abs(p.x1 - max(rights)) <= 0.2 * size)) for p, q in zip(hw, hw[1:])):
                    out.append((a, b))
                    break
    return out


def _cut_at(seg: list[Word], xs: list[float]) -> list[list[Word]]:
    """A segment cut before each word that starts at or right of one of ``xs`` after a word left of it."""
    parts = [[seg[0]]]
    for a, w in zip(seg, seg[1:]):
        if any(a.x1 < x <= w.x0 + 0.01 for x in xs):
            parts.append([w])
        else:
            parts[-1].append(w)
    return parts


def _repeated_header(page_lines: list[Line], top: Line, cols: list[float]) -> list[Line]:
    """The line right above a table of aligned text (``top``: its first
    header or body line) that was taken for a running header, when it reads
    as the table's column header: a listing printed over many pages repeats
    its header at the same height on each, which makes it look like one.
    It is the header when it stands within one and a half lines of the
    table, in two cells or more, each starting in a column of its own and
    none left of the table (a running title or a date line has no cell per
    column)."""
    above = [ln for ln in page_lines if ln.bottom <= top.top + 0.5 and top.top - ln.bottom <= 1.5 * top.size]
    if not above:
        return []
    ln = max(above, key=lambda a: a.bottom)
    if ln.role != "header":
        return []
    segs = _segments(ln, 1.2 * ln.size)
    starts = [next((k for k in range(len(cols) - 1) if s[0].x0 < cols[k + 1]), None) for s in segs]
    if len(segs) < 2 or None in starts or len(set(starts)) != len(starts) or ln.x0 < cols[0] - 2 * ln.size:
        return []
    return [ln]


def _text_table(run: list[tuple[Line, list[list[Word]]]], page_no: int, head: list[Line] | None = None,
                aligned: bool = False, given: list[float] | None = None, labelled: bool = False,
                rules: Sequence[tuple[float, float, float]] = ()) -> PTable | None:
    """A table of a run of lines (``_segments`` of each), ``head`` its
    header lines.  ``aligned``: the run is made of parts whose columns each
    line up already (sections of one table), so that test is not made again
    over the whole.  ``given``: the columns, known already (rows carried
    over from a table on the page before).  ``labelled``: the run may
    start with a line of one segment under the header (a section's label,
    or a heading over the columns of figures).  ``rules``: the page's
    horizontal rules (a table ruled between its rows has its rows told by
    them, see ``ruled_bands``)."""
    x0 = min(ln.x0 for ln, _ in run)
    x1 = max(ln.x1 for ln, _ in run)
    if (len(run[0][1]) < 2 and not labelled) or (len(run[-1][1]) < 2 and not _lower_start(run[-1][0].text)):
        return None  # (a last line of one cell may be the last row's label going on)
    gaps = _clear(sorted((s[0].x0, s[-1].x1) for _, segs in run for s in segs if len(segs) >= 2))
    size = statistics.median(ln.size for ln, _ in run)
    gaps = [g for g in gaps if g[1] - g[0] >= 0.2 * size]
    if given is not None:
        x0, x1, gaps = given[0], given[-1], [(x, x) for x in given[1:-1]]
    if not gaps:
        return None
    # a gap of under two ems (justified prose has such spaces, an OCR layer
    # more) is a column edge only beside a column of figures: "01 | Almaty";
    # under one em, only between two columns of figures
    def figure_sides(g: tuple[float, float]) -> int:
        n = 0
        for lo, hi in ((max([x0] + [b for a, b in gaps if b <= g[0]]), g[0]),
                       (g[1], min([x1] + [a for a, b in gaps if a >= g[1]]))):
            cells = [[w for w in ln.words if lo <= w.x0 and w.x1 <= hi] for ln, _ in run]
            cells = [ws for ws in cells if ws]
            # a dash stands for a figure ("—" where none is available), as
            # long as most cells hold figures, or every cell holds a figure
            # or a dash and two of them figures (a column of a rare value,
            # "6%" and "13%" among dashes; a column of bullets has no figure)
            numbers = sum(1 for ws in cells if all(NUMBER_WORD_RE.match(w.text) for w in ws))
            dashes = sum(1 for ws in cells if all(w.text in DASHES for w in ws))
            if cells and numbers + dashes >= 0.8 * len(cells) and (
                    numbers >= 0.5 * len(cells) or numbers >= 2 and numbers + dashes == len(cells)):
                n += 1
        return n
    def apart(g: tuple[float, float]) -> bool:
        # (the first gap, after the row labels) the words on the two sides of the gap, line by line, stand 1.2 em
        # apart or more in most lines: the gap is narrow only because one
        # long label ("District of Columbia") and the widest figure of the
        # next column overlap in x on different lines
        d = [min(w.x0 for w in ln.words if w.x0 >= g[1] - 0.01) - max(w.x1 for w in ln.words if w.x1 <= g[0] + 0.01)
             for ln, _ in run if any(w.x0 >= g[1] - 0.01 for w in ln.words)
             and any(w.x1 <= g[0] + 0.01 for w in ln.words)]
        return bool(d) and statistics.median(d) >= 1.2 * size

    def aligned_after(g: tuple[float, float]) -> bool:
        # the words right after the gap start at one x line after line (a column of units or short
        # words set flush left: "чел." / "ед." / "экз."), in three lines and most of those that reach past it
        starts = [min(w.x0 for w in ln.words if w.x0 >= g[1] - 0.01) for ln, segs in run
                  if len(segs) >= 2 and any(w.x0 >= g[1] - 0.01 for w in ln.words)]
        near = [x for x in starts if x <= g[1] + 0.2 * size]
        return len(near) >= 3 and len(near) >= 0.8 * len(starts) and figure_rows >= 3

    # (only in a table with figures in three rows or more: lines of justified prose, an OCR layer's
    # most of all, may have a word or two at one x by chance)
    figure_rows = sum(1 for _, segs in run if any(all(NUMBER_WORD_RE.match(w.text) for w in sg) for sg in segs[1:]))

    if given is None:
        gaps = [g for g in gaps if g[1] - g[0] >= 2 * size
                or figure_sides(g) >= (1 if g[1] - g[0] >= 1.2 * size or (g is gaps[0] and apart(g)) else 2)
                or (g[1] - g[0] >= 0.8 * size and aligned_after(g))]
    if not gaps:
        return None
    if head and given is None:
        narrow = _header_cuts(run, head, gaps, (x0, x1), size)
        if narrow:
            gaps = sorted(gaps + narrow)
            run = [(ln, [part for seg in segs for part in _cut_at(seg, [b for _, b in narrow])]) for ln, segs in run]
    cols = [x0] + [(a + b) / 2 for a, b in gaps] + [x1]
    rows: list[dict[int, list[Word]]] = []
    over: set[int] = set()  # rows that are one heading over the columns of figures
    # where the rows' labels start: their first cell of words (after a column of row numbers)
    lefts = [next((sg[0].x0 for sg in segs if not all(NUMBER_WORD_RE.match(w.text) for w in sg)), None)
             for _, segs in run if len(segs) >= 2]
    label_left = statistics.median([x for x in lefts if x is not None] or [x0])
    for k, (ln, segs) in enumerate(run):
        texts: dict[int, list[Word]] = {}
        for seg in segs:
            texts.setdefault(max((i for i in range(len(cols) - 1) if cols[i] <= seg[0].x0 + 0.01), default=0),
                             []).extend(seg)
        if len(segs) == 1:  # a section heading or a wrapped label: short of the second column,
            # or a heading of a few words reaching over it but short of the table's middle
            # ("Highest enrollment after bachelor's degree by 2003" over a column of figures)
            inner_line = (ln is not run[0][0] or labelled) and ln is not run[-1][0]
            goes_on = _lower_start(segs[0][0].text) and (
                abs(segs[0][0].x0 - label_left) <= 0.3 * size
                or bool(rows) and _cell_goes_on((run[k - 1][0], rows[-1]), (ln, texts)))
            if segs[0][0].x0 >= gaps[0][1] - 0.5 * size and inner_line and len(cols) > 3 and not goes_on \
                    and not any(NUMBER_WORD_RE.match(w.text) for w in segs[0]):
                # a heading over the columns of figures only ("Projected
                # enrollment, in thousands" centred over four columns of
                # figures, between their rows): a row of one cell over them
                over.add(len(rows))
            elif segs[0][-1].x1 > gaps[0][1] - 0.5 * size and not (segs[0][-1].x1 < (x0 + x1) / 2 and inner_line) \
                    and not goes_on:
                return None
        elif len(texts) < 2:
            return None
        rows.append(texts)
    band = ruled_bands([ln for ln, _ in run], rows, rules, (x0, x1), size)
    # a line of one cell inside a band that is one row is a cell wrapped, not a heading over the columns
    over -= {i for i in over if band and band[i][1]}
    for c in range(1, len(cols) - 1) if not aligned else ():
        # the words of a column line up on their left, right or centre (prose
        # whose wide spaces happen to fall in one place does not); a cell of
        # dashes only ("– –" for no figure) is set where the typist put it,
        # not to its column's alignment, and is not asked to line up
        ends = [(ws[0].x0, ws[-1].x1) for i, texts in enumerate(rows) if i not in over
                for ws in [texts.get(c)] if ws and not all(w.text in DASHES for w in ws)]
        if not ends:
            continue  # a column of dashes only ("–" in every row): nothing in it to line up
        if not any(max(v) - min(v) <= 0.5 * size for v in (
                [a for a, _ in ends], [b for _, b in ends], [(a + b) / 2 for a, b in ends])):
            return None
    filled = [ws for texts in rows for ws in texts.values()]
    figures = sum(1 for ws in filled for w in ws if NUMBER_WORD_RE.match(w.text))
    if statistics.median(len(ws) for ws in filled) >= 5 and figures * 10 < sum(len(ws) for ws in filled):
        return None  # columns of prose
    t = PTable(page_no, (0.0, 0.0, 0.0, 0.0), [], cols, [], [])
    # each column's body: its left and right edges, and whether its cells line up on each side
    content: list[tuple[float, float, bool, bool] | None] = []
    for c in range(len(cols) - 1):
        cells = [texts[c] for i, texts in enumerate(rows) if i not in over and texts.get(c)]
        lefts, rights = [ws[0].x0 for ws in cells], [ws[-1].x1 for ws in cells]
        content.append((min(lefts), max(rights), max(lefts) - min(lefts) <= 0.2 * size,
                        max(rights) - min(rights) <= 0.2 * size) if cells else None)
    n_head = _add_header(t, head or [], page_no, content)
    body_rows = [(ln, texts) for (ln, _), texts in zip(run, rows)]
    grouped: list[list[tuple[Line, dict[int, list[Word]]]]] = []
    spanning: set[int] = set()  # the grouped rows that are such headings
    # the rows' pitch: the median distance between the tops of two lines
    # with words in two columns or more, one after the other
    tops = [ln.top for ln, texts in body_rows if len(texts) >= 2]
    pitch = statistics.median([b - a for a, b in zip(tops, tops[1:])] or [0.0])
    staggered = _staggered(body_rows, over)
    first_figures = next((i for i, (_, texts) in enumerate(body_rows) if _figure_line(texts)), len(body_rows))
    for i, (ln, texts) in enumerate(body_rows):
        if i in over:
            spanning.add(len(grouped))
            grouped.append([(ln, {1: [w for ws in texts.values() for w in ws]})])
            continue
        if band and grouped and i - 1 not in over and (band[i][0] != band[i - 1][0] or band[i][1]):
            # a rule across the table ends a row; the lines of a band between two rules whose
            # first column holds one line at most are one row (its other cells wrapped)
            if band[i][0] != band[i - 1][0]:
                grouped.append([(ln, texts)])
            else:
                grouped[-1].append((ln, texts))
            continue
        if grouped and i - 1 not in over and (_wrapped_label(body_rows[i - 1], (ln, texts))
                                              or _label_goes_on(body_rows[i - 1], (ln, texts), pitch)
                                              or (_beside(body_rows[i - 1], (ln, texts)) and i not in staggered
                                                  and not _fresh_row(grouped[-1], texts))
                                              or _row_goes_on(body_rows[i - 1], (ln, texts))
                                              or (i < first_figures < len(body_rows) and _low_heading(grouped[-1], (ln, texts)))):
            grouped[-1].append((ln, texts))
        else:
            grouped.append([(ln, texts)])
    for r, group in enumerate(grouped, n_head):
        top, bottom = group[0][0].top, group[-1][0].bottom
        if r - n_head in spanning:
            ln, texts = group[0]
            for c, span in ((0, 1), (1, len(cols) - 2)):
                bbox = (cols[c], top, cols[c + span], bottom)
                t.cells.append(Cell(r, c, "", col_span=span, provenance=Provenance(page=page_no, bbox=round_box(bbox))))
                t.lines.append([Line(page_no, texts[c])] if texts.get(c) else [])
                t.rights.append(cols[c + span])
            continue
        for c in range(len(cols) - 1):
            lines = [Line(page_no, texts[c]) for _, texts in group if texts.get(c)]
            bbox = (cols[c], top, cols[c + 1], bottom)
            t.cells.append(Cell(r, c, "", provenance=Provenance(page=page_no, bbox=round_box(bbox))))
            t.lines.append(lines)
            t.rights.append(cols[c + 1])
    all_lines = (head or []) + [ln for ln, _ in body_rows]
    t.bbox = round_box((x0, min(ln.top for ln in all_lines), x1, max(ln.bottom for ln in all_lines)))
    _rights_at_text(t)
    return t


def ruled_bands(lines: list[Line], texts: list[dict[int, list[Word]]], rules: Sequence[tuple[float, float, float]],
                span: tuple[float, float], size: float) -> list[tuple[int, bool]]:
    """A table of aligned text ruled between its rows (a horizontal rule
    across the table's width between two of its lines, twice or more, as
    LaTeX and Word tables with ``\\hline`` or a bottom border on each row
    draw them): for each line, its band (the rules above it) and whether
    that band is one row, its lines holding words in the first column once
    at most (a label beside cells wrapped over lines; a band ruled every few
    rows has a label on each line).  Empty when the table is not so ruled."""
    if len(lines) < 3:
        return []
    x0, x1 = span
    across = sorted(y for y, a, b in rules if a <= x0 + size and b >= x1 - size)
    # (a rule may touch a line's box, descenders and all, but not cross its letters)
    inner = [y for y in across if (lines[0].top + lines[0].bottom) / 2 < y < (lines[-1].top + lines[-1].bottom) / 2
             and not any(ln.top + 0.25 * size < y < ln.bottom - 0.25 * size for ln in lines)]
    if len(inner) < 2:
        return []
    ids = [sum(1 for y in inner if y < (ln.top + ln.bottom) / 2) for ln in lines]
    labels: dict[int, int] = {}
    count: dict[int, int] = {}
    figures: set[int] = set()  # bands with a line of figures in two cells: rows of data, not wrapped text
    for b, tx in zip(ids, texts):
        count[b] = count.get(b, 0) + 1
        labels[b] = labels.get(b, 0) + (1 if tx.get(0) else 0)
        if sum(1 for ws in tx.values() if all(NUMBER_WORD_RE.match(w.text) for w in ws)) >= 2:
            figures.add(b)
    return [(b, count[b] >= 2 and labels[b] <= 1 and b not in figures) for b in ids]


def spans_under_rules(t: PTable, rules: list[tuple[float, float, float]]) -> None:
    """In the header of a table of aligned text, a heading over a group of
    columns with a rule drawn under it, as wide as the group ("Amino acid
    70" ruled over "Q | R | P | H", as journals rule their headings): the
    heading's cell spans the columns whose body lies under the rule, and
    no other.  The rule must be narrower than the table (a rule across the
    whole table closes the header) and start and end inside it; a cell
    of that row in those columns must be empty, or a heading set lower (a
    column's heading spanning the header rows whose words stand under the
    rule: it then starts in the row below); a column the heading covered
    but the rule leaves out gets the cell of the row below, grown upward."""
    head = header_rows(t)
    n = t.n_cols
    if not head or not rules or n < 3:
        return
    sizes = [ln.size for ls in t.lines for ln in ls]
    if not sizes:
        return
    size = statistics.median(sizes)
    x0, x1 = t.cols[0], t.cols[-1]
    body: dict[int, list[float]] = {}  # each column's words in the body rows: [left, right]
    for c, ls in zip(t.cells, t.lines):
        if c.row >= head and c.col_span == 1 and ls:
            e = body.setdefault(c.col, [math.inf, -math.inf])
            e[0], e[1] = min(e[0], min(ln.x0 for ln in ls)), max(e[1], max(ln.x1 for ln in ls))
    i = -1
    while i + 1 < len(t.cells):
        i += 1
        c, ls = t.cells[i], t.lines[i]
        if c.row >= head or not ls:
            continue
        tx0, tx1, bottom = min(ln.x0 for ln in ls), max(ln.x1 for ln in ls), max(ln.bottom for ln in ls)
        rule = next(((y, a, b) for y, a, b in rules
                     if bottom - 1.0 <= y <= bottom + size and a <= tx0 + 1.0 and b >= tx1 - 1.0
                     and b - a < x1 - x0 - 2 * size and a >= x0 - size and b <= x1 + size), None)
        if rule is None:
            continue
        y, a, b = rule
        under = [k for k in range(n) if k in body and body[k][0] >= a - 0.5 * size and body[k][1] <= b + 0.5 * size]
        if len(under) < 2 or under != list(range(under[0], under[-1] + 1)):
            continue
        lo, hi = under[0], under[-1]
        if (lo, hi) == (c.col, c.col + c.col_span - 1):
            continue
        # the other cells of the heading's row in those columns: empty, or a heading set below the rule
        moves, drops = [], []
        for j, (o, ols) in enumerate(zip(t.cells, t.lines)):
            if j == i or not (o.row <= c.row < o.row + o.row_span) or o.col > hi or o.col + o.col_span - 1 < lo:
                continue
            if o.col < lo or o.col + o.col_span - 1 > hi:
                moves = None
                break
            if not ols and o.row_span == 1:
                drops.append(j)
            elif o.row == c.row and o.row_span > 1 and all(ln.top >= y for ln in ols):
                moves.append(j)
            else:
                moves = None
                break
        if moves is None:
            continue
        # the columns the heading leaves: the cell below each grows upward
        grown = []
        for k in range(c.col, c.col + c.col_span):
            if lo <= k <= hi:
                continue
            j = next((j for j, o in enumerate(t.cells) if o.row == c.row + c.row_span and o.col == k
                      and o.col_span == 1), None)
            if j is None:
                grown = None
                break
            grown.append(j)
        if grown is None:
            continue
        for j in moves:
            t.cells[j].row += 1
            t.cells[j].row_span -= 1
        for j in grown:
            t.cells[j].row -= c.row_span
            t.cells[j].row_span += c.row_span
        c.col, c.col_span = lo, hi - lo + 1
        if c.provenance and c.provenance.bbox:
            bb = c.provenance.bbox
            c.provenance.bbox = round_box((t.cols[lo], bb[1], t.cols[hi + 1], bb[3]))
        t.rights[i] = t.cols[hi + 1]
        for j in sorted(drops, reverse=True):
            del t.cells[j], t.lines[j], t.rights[j]
            if j < i:
                i -= 1
    order = sorted(range(len(t.cells)), key=lambda j: (t.cells[j].row, t.cells[j].col))
    t.cells[:] = [t.cells[j] for j in order]
    t.lines[:] = [t.lines[j] for j in order]
    t.rights[:] = [t.rights[j] for j in order]


def group_labels_down(t: PTable) -> None:
    """Labels of groups of rows in a table of aligned text: the first
    column names a group on the group's first row only and is empty on its
    other rows, the second column names each row ("Langmuir | qm | 159"
    over "| kL | 0.0956" and "| R2 | 0.984"), every row has a value, most
    rows a figure: each
    group's label spans its rows, down to the row before the next label
    (a cell merged over those rows, as a ruled table draws it).  Only when
    two groups or more are so labelled, the first row of the body has a
    label and every row of the body names itself in the second column in
    words (a column of figures there, or a row without a figure, is no
    table of groups)."""
    head = header_rows(t)
    if t.n_cols < 3:
        return
    rows: dict[int, dict[int, int]] = {}
    for j, c in enumerate(t.cells):
        if c.row >= head:
            if c.row_span != 1:
                return
            rows.setdefault(c.row, {})[c.col] = j
    order = sorted(rows)
    if len(order) < 4:
        return

    def filled(j: int | None) -> bool:
        return j is not None and bool(t.lines[j])

    def words(j: int | None) -> bool:
        return filled(j) and not all(NUMBER_WORD_RE.match(w.text) or w.text in DASHES
                                     for ln in t.lines[j] for w in ln.words)
    labels = [r for r in order if filled(rows[r].get(0))]
    if len(labels) < 2 or len(labels) == len(order) or labels[0] != order[0]:
        return
    for r in order:
        if rows[r].get(0) is None or not words(rows[r].get(1)) or t.cells[rows[r][1]].col_span != 1:
            return
        if not any(filled(j) for k, j in rows[r].items() if k >= 2):
            return
    if 2 * sum(1 for r in order if any(filled(j) and not words(j) for k, j in rows[r].items() if k >= 2)) < len(order):
        return
    drop = set()
    for a, b in zip(labels, labels[1:] + [order[-1] + 1]):
        under = [r for r in order if a < r < b]
        if not under:
            continue
        j = rows[a][0]
        t.cells[j].row_span = len(under) + 1
        bb = t.cells[j].provenance.bbox if t.cells[j].provenance else None
        last = t.cells[rows[under[-1]][0]].provenance
        if bb and last and last.bbox:
            t.cells[j].provenance.bbox = round_box((bb[0], bb[1], bb[2], last.bbox[3]))
        drop |= {rows[r][0] for r in under}
    for j in sorted(drop, reverse=True):
        del t.cells[j], t.lines[j], t.rights[j]


def _rights_at_text(t: PTable) -> None:
    """Where the text of each cell of a table without rules may reach: the
    right end of its column's widest line, not the middle of the gap to the
    next column.  A cell's right edge is not drawn, but the widest line of
    the column shows how far its text runs; a word cut there for want of
    room ("Келушіле" / "р саны" in a narrow column of equal width) is then
    found as :func:`pages.cell_text` finds it in a ruled cell.  Only where
    two lines of the column or more reach that far (half an em short at
    most): the room shows where it stops more than one line; one line
    wider than every other (a heading over a column of short codes,
    "Patient" / "no" over "R1") is the widest text, not a cut word."""
    ends: dict[int, list[tuple[float, float]]] = {}
    for c, lines in zip(t.cells, t.lines):
        if c.col_span == 1 and lines:
            ends.setdefault(c.col, []).extend((ln.x1, ln.size) for ln in lines)
    reach: dict[int, float] = {}
    for col, xs in ends.items():
        far, size = max(xs)
        if sum(1 for x, _ in xs if x >= far - 0.5 * size) >= 2:
            reach[col] = far
    t.rights = [min(right, reach.get(c.col, right)) if c.col_span == 1 else right
                for c, right in zip(t.cells, t.rights)]


def _wrapped_label(above: tuple[Line, dict[int, list[Word]]], below: tuple[Line, dict[int, list[Word]]]) -> bool:
    """Whether a line of words in the first column only goes on in the
    row below it: the row's label was wrapped ("Offenses against the
    family and" / "children ... 92.4 3.7").  The row below has words in
    other columns, its label starts in lower case, and the two lines stand
    no further apart than the lines of a paragraph (a section heading,
    "Class B", is set off by more space and the row under it starts in
    capitals).  A section heading wrapped so ("Highest enrollment after
    bachelor's" / "degree by 2003", the first column only on both lines)
    is one cell too."""
    (a, ta), (b, tb) = above, below
    label = tb.get(0)
    return (list(ta) == [0] and (len(tb) >= 2 or list(tb) == [0]) and bool(label)
            and _lower_start(label[0].text) and b.top - a.bottom <= 0.5 * b.size)


def _label_goes_on(above: tuple[Line, dict[int, list[Word]]], below: tuple[Line, dict[int, list[Word]]],
                   pitch: float) -> bool:
    """Whether a line of words in the first column only is the rest of the
    label of the row above it, wrapped with a hanging indent ("American
    Indian/" over "Alaska Native", set a little to the right): the row
    above has figures in other columns, the line starts right of that
    row's label by a fifth of an em or more, and stands closer to it than
    the rows stand to each other (a section heading, "Sex, by
    race/ethnicity", starts at the label's left or further left).  A line
    that starts in lower case at the label's left goes on too ("Книжные" /
    "выставки", the row's figures set at the top of its cell)."""
    (a, ta), (b, tb) = above, below
    # the label's column: the first, or the first of words after a column of row numbers ("3 | Количество
    # выданных | экз. | …" over "документов")
    c = next((k for k in sorted(ta) if not all(NUMBER_WORD_RE.match(w.text) for w in ta[k])), 0)
    label = ta.get(c)
    return (list(tb) == [c] and len(ta) >= 2 and bool(label) and pitch > 0
            and (tb[c][0].x0 >= label[0].x0 + 0.2 * b.size or _lower_start(tb[c][0].text))
            and b.top - a.top < 0.9 * pitch)


def _row_goes_on(above: tuple[Line, dict[int, list[Word]]], below: tuple[Line, dict[int, list[Word]]]) -> bool:
    """Whether a line is the rest of the row above it, every cell of which
    was wrapped: each of its cells, in two columns or more, starts in lower
    case under a cell of the row above ("Disposable income per capita in"
    / "constant dollars" beside "Annual percent changes range ..." / "with
    an annual growth rate of 1.4%"), and the two lines stand no further
    apart than the lines of a paragraph.  A row starts with a capital or a
    figure in one cell at least.  A cell in brackets with words in it goes
    on too: the unit of the heading above it ("Viral load" / "(106 IU/ml)",
    "Age" / "(years)"); figures in brackets ("(12.7)") may be a row's own."""
    (a, ta), (b, tb) = above, below
    return (len(tb) >= 2 and set(tb) <= set(ta) and b.top - a.bottom <= 0.5 * b.size
            and all(_lower_start(ws[0].text) or _bracketed_words(ws) for ws in tb.values())) \
        or _cell_goes_on(above, below)


def _figure_line(texts: dict[int, list[Word]]) -> bool:
    """Whether a line has a cell of figures alone."""
    return any(ws and all(NUMBER_WORD_RE.match(w.text) for w in ws) for ws in texts.values())


def _low_heading(group: list[tuple[Line, dict[int, list[Word]]]], below: tuple[Line, dict[int, list[Word]]]) -> bool:
    """Whether a line of headings, above the table's first line of figures,
    is the foot of the header row above it, its cells set at the bottom
    (as typesetting programs align a header row): every cell under a
    heading of the row goes on in lower case ("Month when 50% of infants
    have" / "mastered the skill"), and beside them stands a heading set low
    in a column the row left empty ("Skill" in the label column, on the
    header's last line), one line below the row's last, no further apart
    than the lines of a paragraph.  A line with a heading in a column the
    row has already, or none starting in lower case, starts a row."""
    (b, tb) = below
    a = group[-1][0]
    filled = {c for _, texts in group for c in texts}
    going = [ws for c, ws in tb.items() if c in filled]
    fresh = [ws for c, ws in tb.items() if c not in filled]
    return (bool(going) and bool(fresh) and b.top - a.bottom <= 0.5 * b.size
            and all(_lower_start(ws[0].text) for ws in going)
            and not any(_lower_start(ws[0].text) for ws in fresh))


def _fresh_row(group: list[tuple[Line, dict[int, list[Word]]]], below: dict[int, list[Word]]) -> bool:
    """Whether a line starts a row of its own after the lines of ``group``
    (one row so far), though it stands beside the last of them: it has
    words in two columns or more, each of which holds words of the row
    already, and none of its cells starts in lower case or is a bracket of
    words (the rest of a cell).  Every one of its cells starts a new value
    where the row has one: a row of one line under the row above, not a
    part of it ("Contact: | M. Chen" under "Name: | Premier Group", with a
    second list's line set between them at half a line's height)."""
    filled = {c for _, texts in group for c in texts}
    return len(below) >= 2 and set(below) <= filled and not any(
        _lower_start(ws[0].text) or _bracketed_words(ws) for ws in below.values())


def _staggered(rows: list[tuple[Line, dict[int, list[Word]]]], over: set[int]) -> set[int]:
    """The lines of two lists set side by side at heights half a line
    apart ("Name: | Premier Group" left, "Billing Type: | Net 30" right,
    "Contact: | M. Chen" left, ...): each line stands beside the line above
    and the line below by as much, and the line after next is a row of its
    own (:func:`_fresh_row`) under the line before.  Which of its two
    neighbours a line goes with, nothing tells: each is a row of its own.
    (A row's figures centred in height beside its label of two lines have
    the rest of that label below them, no row of its own.)"""
    out: set[int] = set()
    def overlap(a: Line, b: Line) -> float:
        return a.bottom - b.top
    for i in range(1, len(rows) - 1):
        a, b, c = rows[i - 1], rows[i], rows[i + 1]
        if {i - 1, i, i + 1} & over:
            continue
        if _beside(a, b) and _beside(b, c) and _fresh_row([a], c[1]) \
                and abs(overlap(a[0], b[0]) - overlap(b[0], c[0])) <= 0.2 * b[0].size:
            out |= {i, i + 1}
    return out


def _bracketed_words(ws: list[Word]) -> bool:
    """Whether a cell's words are a bracket of words ("(years)", "(тыс.
    экз.)"), not of figures alone ("(12.7)")."""
    text = " ".join(w.text for w in ws)
    return text.startswith("(") and text.endswith(")") and any(ch.isalpha() for ch in text)


def _cell_goes_on(above: tuple[Line, dict[int, list[Word]]], below: tuple[Line, dict[int, list[Word]]]) -> bool:
    """Whether a line of words in one column only is the rest of the cell
    above it, wrapped in a narrow column ("%" over "выполнения" in a
    heading, "Онлайн іс-шаралар" over "(әлеуметтік желілерде)" after a
    column of row numbers): it starts in lower case at the left of that
    cell's words, no further below them than the lines of a paragraph."""
    (a, ta), (b, tb) = above, below
    if len(tb) != 1:
        return False
    (c, ws), = tb.items()
    return (c in ta and abs(ws[0].x0 - ta[c][0].x0) <= 0.2 * b.size and _lower_start(ws[0].text)
            and b.top - a.bottom <= 0.5 * b.size)


def _lower_start(text: str) -> bool:
    """Whether a text starts with a lower-case letter, after an opening
    bracket or quote: the rest of a wrapped cell ("(әлеуметтік желілерде)")."""
    text = text.lstrip("([«\"'„“")
    return text[:1].isalpha() and text[:1].islower()


def _beside(above: tuple[Line, dict[int, list[Word]]], below: tuple[Line, dict[int, list[Word]]]) -> bool:
    """Whether two lines are one row set at two heights: they overlap in
    height by a fifth of a line or more and have words in different
    columns (a row's figures centred in height beside its label of two
    lines: "Between-state income inequality (Gini" / "0.0628 0.0636 ..." /
    "index)")."""
    (a, ta), (b, tb) = above, below
    return a.bottom - b.top >= 0.2 * b.size and not set(ta) & set(tb)


def _head_spans(ln: Line, cols: list[float], content: list[tuple[float, float, bool, bool] | None] | None = None
                ) -> list[tuple[int, int, list[Word]]]:
    """The segments of a header line as (first column, last column, words):
    a segment within one column belongs to the column of its middle; one
    over inner column edges spans the columns it covers by half an em,
    except a heading set flush with its own column's words (``content``:
    each column's body from its leftmost word to its rightmost) that does
    not reach the next column's words: a heading wider than the short
    figures under it ("I полугодие" over "50", both at the column's left)
    runs past the middle of the gap without being over the next column."""
    out: list[tuple[int, int, list[Word]]] = []
    last = len(cols) - 2
    segs: list[list[Word]] = []
    # a word set flush with the left of a column whose words line up on the left starts that
    # column's heading, however close the heading before it ends ("Оқырман" "Келушіл", words cut
    # in narrow columns of equal width, stand a space apart)
    starts = [cont[0] for cont in content or [] if cont and cont[2]]
    pieces: list[list[Word]] = []
    for seg in _segments(ln, 1.2 * ln.size):
        pieces.append([seg[0]])
        for w in seg[1:]:
            if any(abs(w.x0 - x) <= 0.2 * ln.size for x in starts):
                pieces.append([w])
            else:
                pieces[-1].append(w)
    for seg in pieces:
        # headings set a space apart, one over each column ("2003–04
        # 2004–05 2005–06" over three columns of figures): when each word
        # lies within one column and they fall in two columns or more, the
        # segment is one heading per column, not one heading over them all
        at = [max(0, min(last, bisect.bisect_right(cols, (w.x0 + w.x1) / 2) - 1)) for w in seg]
        # (a word wider than the figures under it, set flush left with them, may run past the edge drawn
        # halfway to the next column, as long as it stops short of that column's words: "Количество"
        # over "88", "Участники" over "410"; the last column's heading may run past the table's right edge)
        inside = all(cols[c] - 0.1 * ln.size <= w.x0 and (
                         w.x1 <= cols[c + 1] + 0.1 * ln.size
                         or (content is not None and content[c] is not None and content[c][2]
                             and abs(w.x0 - content[c][0]) <= 0.2 * ln.size
                             and (c == last or (content[c + 1] is not None
                                                and w.x1 < content[c + 1][0] - 0.3 * ln.size))))
                     for w, c in zip(seg, at))
        # (a figure and the words after it are one heading, "9 мес. 2023", "3 квартал", however
        # close to a column edge between them it ends)
        counted = any(NUMBER_WORD_RE.match(w.text) and not _YEAR_RE.match(w.text) and c != k
                      and not NUMBER_WORD_RE.match(v.text) for w, c, v, k in zip(seg, at, seg[1:], at[1:]))
        if inside and len(set(at)) >= 2 and not counted:
            for c in sorted(set(at)):
                segs.append([w for w, k in zip(seg, at) if k == c])
        else:
            segs.append(seg)
    for seg in segs:
        a, b = seg[0].x0, seg[-1].x1
        mid = (a + b) / 2
        c = max(0, min(last, bisect.bisect_right(cols, mid) - 1))
        lo, hi = c, c
        # a heading set flush with its column's words, which line up on that side, and wider than them
        own = content[c] if content else None
        flush_left = own is not None and own[2] and abs(a - own[0]) <= 0.2 * ln.size
        flush_right = own is not None and own[3] and abs(b - own[1]) <= 0.2 * ln.size
        while lo > 0 and a < cols[lo] - 0.5 * ln.size and not (
                flush_right and content[lo - 1] and a >= content[lo - 1][1]):
            lo -= 1
        while hi < last and b > cols[hi + 1] + 0.5 * ln.size and not (
                flush_left and content[hi + 1] and b <= content[hi + 1][0]):
            hi += 1
        if out and out[-1][1] >= lo:  # two segments in one column: one cell
            out[-1] = (out[-1][0], max(hi, out[-1][1]), out[-1][2] + seg)
        else:
            out.append((lo, hi, seg))
    return out


def _add_header(t: PTable, head: list[Line], page_no: int,
                content: list[tuple[float, float, bool, bool] | None] | None = None) -> int:
    """The header lines of a table of aligned text as header rows with
    spans; returns how many rows they make.  Lines go on in the current
    header row while each of their segments falls in a column of its own
    or under a heading of the same columns (words stacked in a narrow
    heading cell: "Halt" over "days" is one cell); a segment under a
    heading spanning more columns ("Books" under "Loans" over "Books |
    Journals") starts the next row.  A column without a spanning heading
    is then one cell over all the header rows.  So a header of two or five
    lines is one header and the rows of figures below are not shifted."""
    if not head:
        return 0
    cols = t.cols
    n = len(cols) - 1
    rows: list[dict[tuple[int, int], list[Line]]] = [{}]
    for ln in head:
        segs = _head_spans(ln, cols, content)
        cur = rows[-1]
        # the header's last line with a word under one of the row's headings and another right beside
        # it, in a column the row left empty, is a row of sub-headings ("план | факт" under "2020", set
        # at the left of its merged cell), not the headings' wrapped lines (a label column's heading set
        # on the lower line, "Library" beside "issued", is no sub-heading; nor a heading set low in its
        # cell that goes on below, "Substitute" / "schools" beside "sample that participated")
        fresh = [not any(a <= hi and lo <= b for a, b in cur) for lo, hi, _ in segs]
        beside = any(f and k > 0 and not fresh[k - 1] and segs[k - 1][1] + 1 == segs[k][0]
                     for k, f in enumerate(fresh)) and _only_wraps_below(head, ln, segs, fresh, cols, content)
        if beside or \
                not all((lo, hi) in cur or not any(a <= hi and lo <= b for a, b in cur) for lo, hi, _ in segs):
            cur = {}
            rows.append(cur)
        for lo, hi, ws in segs:
            cur.setdefault((lo, hi), []).append(Line(page_no, ws))
    if len(rows) >= 2:
        # a heading set at the left of a merged cell ("Түсті" over "барлығы | оның ішінде ..."): the top
        # row has nothing over the next column, where the row below has a heading of its own, as it has
        # under the heading: the heading spans that column too
        top_row, below = rows[0], rows[1]
        # a heading set flush right or centred over a merged cell ("9 мес. 2023" over "кол-во |
        # участ."): it starts half an em or more left of its column's edge and of the sub-headings
        # under it, the top row has nothing over the column on its left, where the row below has a
        # sub-heading of its own: the heading spans that column too
        for lo, hi in sorted(top_row):
            start, ls = lo, top_row[(lo, hi)]
            left, size = min(ln.x0 for ln in ls), max(ln.size for ln in ls)
            while start > 0 and not any(a <= start - 1 <= b for a, b in top_row) \
                    and any(b == start - 1 for _, b in below) \
                    and left < min([cols[start]] + [ln.x0 for (a, b), under in below.items()
                                                     if a >= start and b <= hi for ln in under]) - 0.5 * size \
                    and any(a >= start and b <= hi for a, b in below):
                start -= 1
            if start < lo:
                top_row[(start, hi)] = top_row.pop((lo, hi))
        for lo, hi in sorted(top_row):
            end = hi
            while end + 1 < n and not any(a <= end + 1 <= b for a, b in top_row) \
                    and any(a == end + 1 for a, _ in below) and any(a >= lo and b <= end for a, b in below):
                end += 1
            if end > hi:
                top_row[(lo, end)] = top_row.pop((lo, hi))
        _centred_over(top_row, below, content)
    # a column that no row spans over is one cell down the whole header
    spanned = {c for row in rows for (a, b) in row if b > a for c in range(a, b + 1)}
    top = min(ln.top for ln in head)
    bottom = max(ln.bottom for ln in head)
    made: list[tuple[int, int, int, int, list[Line]]] = []  # row, first col, last col, row span, lines
    for c in range(n):
        if c not in spanned:
            made.append((0, c, c, len(rows), [ln for row in rows for ln in row.get((c, c), [])]))
    for r, row in enumerate(rows):
        made += [(r, lo, hi, 1, ls) for (lo, hi), ls in row.items() if any(k in spanned for k in range(lo, hi + 1))]
        covered = {k for (lo, hi) in row for k in range(lo, hi + 1)}
        made += [(r, c, c, 1, []) for c in sorted(spanned - covered)]
    for r, lo, hi, span, lines in sorted(made, key=lambda m: (m[0], m[1])):
        ys = [ln.top for ln in lines] + [ln.bottom for ln in lines] or [top, bottom]
        bbox = (cols[lo], min(ys), cols[hi + 1], max(ys))
        t.cells.append(Cell(r, lo, "", row_span=span, col_span=hi - lo + 1,
                            provenance=Provenance(page=page_no, bbox=round_box(bbox))))
        t.lines.append(lines)
        t.rights.append(cols[hi + 1])
    return len(rows)


def _centred_over(top_row: dict[tuple[int, int], list[Line]], below: dict[tuple[int, int], list[Line]],
                  content: list[tuple[float, float, bool, bool] | None] | None) -> None:
    """A heading centred over a group of columns, shorter than the group
    ("Visitors in 2023" over "Adults | Teens | Children"), lies over its
    middle columns only (the columns on its right were given it already):
    it spans the columns on its left too while its
    middle comes nearer the middle of the group so widened (the group's
    columns from their leftmost word to their rightmost, headings and
    figures), the top row has nothing over them and the row below has a
    heading of its own in each.  The first column (the rows' labels) is
    not taken in."""
    def left(c: int) -> float:
        xs = [ln.x0 for (a, _), ls in below.items() if a == c for ln in ls]
        return min(xs + ([content[c][0]] if content and content[c] else []), default=math.inf)

    def right(c: int) -> float:
        xs = [ln.x1 for (_, b), ls in below.items() if b == c for ln in ls]
        return max(xs + ([content[c][1]] if content and content[c] else []), default=-math.inf)

    def mid(ls: list[Line]) -> float:
        return (min(ln.x0 for ln in ls) + max(ln.x1 for ln in ls)) / 2

    def off(lo: int, hi: int) -> float:
        return abs(mid(top_row[(lo, hi)]) - (left(lo) + right(hi)) / 2)

    def centred(lo: int, hi: int) -> bool:
        # flush with neither edge of its columns, by half an em or more ("2020" set at the left of
        # its merged cell, over "план | факт", is no centred heading)
        ls = top_row[(lo, hi)]
        size = max(ln.size for ln in ls)
        return abs(min(ln.x0 for ln in ls) - left(lo)) > 0.5 * size and abs(max(ln.x1 for ln in ls) - right(hi)) > 0.5 * size

    for lo, hi in sorted(top_row):
        ls = top_row[(lo, hi)]
        middle = mid(ls)
        start = lo
        while centred(lo, hi) and start > 1 and not any(a <= start - 1 <= b for a, b in top_row) \
                and any(a == b == start - 1 for a, b in below) \
                and abs(middle - (left(start - 1) + right(hi)) / 2) < abs(middle - (left(start) + right(hi)) / 2):
            start -= 1
        if start < lo:
            top_row[(start, hi)] = top_row.pop((lo, hi))
    # two headings side by side, the first widened over a column the second is centred over
    # ("Coronary heart disease" over "no. | Rate | (95% CI)", "Stroke" over the next three): the
    # column goes to the second when each comes nearer its middle
    for i in range(len(top_row) - 1):
        (lo, hi), (lo2, hi2) = sorted(top_row)[i:i + 2]
        if hi + 1 != lo2 or hi == lo or not any(a == b == hi for a, b in below) \
                or not centred(lo, hi) or not centred(lo2, hi2):
            continue
        before = off(lo, hi), off(lo2, hi2)
        a, b = top_row.pop((lo, hi)), top_row.pop((lo2, hi2))
        top_row[(lo, hi - 1)], top_row[(hi, hi2)] = a, b
        if off(lo, hi - 1) >= before[0] or off(hi, hi2) >= before[1]:
            del top_row[(lo, hi - 1)], top_row[(hi, hi2)]
            top_row[(lo, hi)], top_row[(lo2, hi2)] = a, b


def _only_wraps_below(head: list[Line], ln: Line, segs: list[tuple[int, int, list[Word]]], fresh: list[bool],
                      cols: list[float], content: list[tuple[float, float, bool, bool] | None] | None) -> bool:
    """Whether the header lines below ``ln`` hold words only in the columns
    ``ln`` opened (its fresh segments): the wrapped lines of its sub-headings
    ("оның" / "ішінде" / "қазақ" / "тілінде" under "Түсті | …" beside
    "барлығы"), so ``ln`` is a row of sub-headings however many lines they
    take.  The header's last line has none below."""
    opened = {c for (lo, hi, _), f in zip(segs, fresh) if f for c in range(lo, hi + 1)}
    below = head[head.index(ln) + 1:]
    return all(set(range(lo, hi + 1)) <= opened for other in below for lo, hi, _ in _head_spans(other, cols, content))


def headers_at_page_foot(pages: list[Page]) -> None:
    """A table's header left alone at the foot of a page, under the
    table's caption or set in bold over rows that are not, its rows on the
    next page ("4-кесте. Кадрлар" / "Көрсеткіш | Саны" at the foot,
    "Штат бірлігі | 38,5" … over the page): the header lines, each cell in
    a column of the table at the top of the next page and no row of
    figures, become a table of their own, which :func:`join_tables` then
    continues with the rows.  When the page break cut the header row
    itself, the rest of its cells at the top of the next page, above the
    rows ("Движение фонда | Всего, экз. | в т.ч. на казахском" at the
    foot, "языке" over "Состояло на 01.01.2023 …"), goes on in those
    cells: lines in lower case, each segment inside one column, no figure,
    right above the rows."""
    for prev, nxt in zip(pages, pages[1:]):
        if not nxt.tables:
            continue
        first = min(nxt.tables, key=lambda t: t.top)
        above = [ln for ln in nxt.lines if ln.role == "body" and ln.bottom <= first.top + 1]
        rest = _header_rest(above, first)
        if first.root is not None or rest is None:
            continue
        below = max((t.bbox[3] for t in prev.tables), default=-math.inf)
        body = [ln for ln in prev.lines if ln.role == "body" and ln.top >= below - 1]
        head: list[Line] = []
        for ln in reversed(body):
            segs = _segments(ln, 1.2 * ln.size)
            starts = [next((k for k in range(first.n_cols) if s[0].x0 < first.cols[k + 1]), None) for s in segs]
            if starts != list(range(first.n_cols)) or first.n_cols < 2 or abs(segs[0][0].x0 - first.cols[0]) > 2 * ln.size \
                    or any(_figure_or_dash(sg) and not _YEAR_RE.match(sg[0].text) for sg in segs[1:]) \
                    or (head and head[0].top - ln.bottom > 1.5 * ln.size):
                break
            head.insert(0, ln)
            if len(head) == 3:
                break
        k = body.index(head[0]) if head else 0
        captioned = k > 0 and CAPTION_RE.match(body[k - 1].text) is not None \
            and head[0].top - body[k - 1].bottom <= 2.5 * head[0].size
        # (without a caption: a header set in bold over rows that are not, under text that is not)
        bold = all(ln.bold for ln in head) and (k == 0 or not body[k - 1].bold) and not any(
            ln.bold for c, ls in zip(first.cells, first.lines) if c.row == 0 for ln in ls)
        if not head or not (captioned or bold):
            continue
        t = PTable(prev.number, (first.cols[0], head[0].top, first.cols[-1], head[-1].bottom), [], list(first.cols),
                   [], [])
        _add_header(t, head, prev.number)
        last_row = max(c.row + c.row_span for c in t.cells) - 1
        for ln in rest:
            for seg in _segments(ln, 1.2 * ln.size):
                mid = (seg[0].x0 + seg[-1].x1) / 2
                i = next(i for i, c in enumerate(t.cells) if c.row <= last_row < c.row + c.row_span
                         and (c.col == 0 or t.cols[c.col] <= mid)
                         and (c.col + c.col_span == first.n_cols or mid < t.cols[c.col + c.col_span]))
                t.lines[i].append(Line(nxt.number, seg))
        for ln in head + rest:
            ln.role = "table"
        prev.tables.append(t)


def _header_rest(above: list[Line], first: PTable) -> list[Line] | None:
    """The lines above a page's first table that end the cells of a header
    row cut by the page break (see :func:`headers_at_page_foot`): [] when
    there are none, None when a line above is something else."""
    for a, b in zip(above, above[1:] + [None]):
        bottom = b.top if b is not None else first.top
        tol = 0.2 * a.size
        if not _lower_start(a.text) or bottom - a.bottom > 1.5 * a.size \
                or any(NUMBER_WORD_RE.match(w.text) for w in a.words) \
                or not all(any(first.cols[c] - tol <= sg[0].x0 and sg[-1].x1 <= first.cols[c + 1] + tol
                               for c in range(first.n_cols)) for sg in _segments(a, 1.2 * a.size)):
            return None
    return above


def carried_over(pages: list[Page]) -> None:
    """Rows of a table without rules carried over to the top of the next
    page without a header take the columns of the table they continue,
    when their words fit those columns: each word inside one column, every
    column filled, a figure among them.  Read alone, a few rows may leave
    a gap narrower than the table's ("Информацион" a space from "34") or
    have a line of text under them spread over their gaps (a signature),
    and come out with fewer columns, cells glued ("610 38").  The rows are
    read again in the columns of the part before, up to the first line
    that does not fit them (a line of one column is a row's label going
    on when it starts in lower case), so :func:`join_tables` joins them."""
    for prev, nxt in zip(pages, pages[1:]):
        if not prev.tables or not nxt.tables:
            continue
        last = max(prev.tables, key=lambda t: t.bbox[3])
        first = min(nxt.tables, key=lambda t: t.top)
        if last.n_cols < 2 or any(ln.role == "body" and ln.top >= last.bbox[3] - 1 for ln in prev.lines) \
                or (first.n_cols == last.n_cols and all(abs(a - b) <= 3.0 for a, b in zip(first.cols, last.cols))):
            continue
        own = [ln for ln in nxt.lines if ln.role == "table" and first.bbox[1] - 1 <= ln.top <= first.bbox[3] + 1]
        if not own or any(ln.role == "body" and ln.bottom <= first.top + 1 for ln in nxt.lines):
            continue  # a ruled table, or text above the table
        own.sort(key=lambda ln: ln.top)
        run: list[tuple[Line, list[list[Word]]]] = []
        for ln in own:
            segs = _in_columns(ln, last.cols)
            if segs is None or (len(segs) < 2 and not (run and _lower_start(ln.text))) \
                    or (run and ln.top - run[-1][0].bottom > 2.5 * ln.size):
                break
            run.append((ln, segs))
        while run and len(run[-1][1]) < 2 and not _lower_start(run[-1][0].text):
            run.pop()
        left = own[len(run):]
        filled = {c for ln, _ in run for c in _columns_of(ln, last.cols)}
        if not run or len(filled) < last.n_cols \
                or any(NUMBER_WORD_RE.match(w.text) for ln in left for w in ln.words) \
                or not any(NUMBER_WORD_RE.match(w.text) for _, segs in run for sg in segs[1:] for w in sg):
            continue
        t = _text_table(run, nxt.number, aligned=True, given=list(last.cols))
        if t is None or t.n_cols != last.n_cols:
            continue
        for ln in left:
            ln.role = "body"
        nxt.tables[nxt.tables.index(first)] = t


def _columns_of(ln: Line, cols: list[float]) -> list[int | None]:
    """The column of ``cols`` each word of a line stands in, None for a
    word over an inner edge (the outer edges are open: a figure may be
    wider than those above it)."""
    tol = 0.2 * ln.size
    out: list[int | None] = []
    for w in ln.words:
        c = max(0, min(len(cols) - 2, bisect.bisect_right(cols, (w.x0 + w.x1) / 2) - 1))
        inside = (c == 0 or w.x0 >= cols[c] - tol) and (c == len(cols) - 2 or w.x1 <= cols[c + 1] + tol)
        out.append(c if inside and w.x0 >= cols[0] - ln.size else None)
    return out


def _in_columns(ln: Line, cols: list[float]) -> list[list[Word]] | None:
    """A line's words grouped by the columns of ``cols`` they stand in, or
    None when a word stands over an edge."""
    at = _columns_of(ln, cols)
    if None in at:
        return None
    segs: list[list[Word]] = []
    for k, (w, c) in enumerate(zip(ln.words, at)):
        if k and at[k - 1] == c:
            segs[-1].append(w)
        else:
            segs.append([w])
    return segs


def join_tables(pages: list[Page]) -> None:
    """A table at the bottom of one page followed by a table at the top of
    the next, with the same column boundaries, is one table.  The same
    columns shifted as a whole (by a tenth of the page's width at most)
    are the same boundaries: a sheet laid further left on the scanner's
    glass, or a scan cropped at one side, moves all of a page's columns;
    so do the mirrored margins of a booklet's facing pages."""
    for prev, nxt in zip(pages, pages[1:]):
        if not prev.tables or not nxt.tables:
            continue
        last = max(prev.tables, key=lambda t: t.bbox[3])
        first = min(nxt.tables, key=lambda t: t.top)
        if any(ln.role == "body" and ln.top >= last.bbox[3] - 1 for ln in prev.lines):
            continue
        if any(ln.role == "body" and ln.bottom <= first.top + 1 for ln in nxt.lines):
            continue
        if first.n_cols != last.n_cols or not same_columns(first.cols, last.cols, 0.1 * nxt.width):
            continue
        first.root = last.root or last
        first.root.parts.append(first)


def same_columns(a: list[float], b: list[float], shift: float, tol: float = 3.0) -> bool:
    """Column boundaries ``a`` and ``b`` the same within ``tol`` points,
    after moving ``a`` as a whole by up to ``shift`` points."""
    if len(a) != len(b) or not a:
        return False
    if all(abs(x - y) <= tol for x, y in zip(a, b)):
        return True
    d = a[0] - b[0]
    return abs(d) <= shift and all(abs((x - y) - d) <= tol for x, y in zip(a, b))


def header_rows(t: PTable) -> int:
    """How many rows head the table: those above its first row with a
    figure in a cell (0 when no row has one)."""
    rows = sorted({c.row for c in t.cells})
    for r in rows:
        if any(ls and all(NUMBER_WORD_RE.match(w.text) for ln in ls for w in ln.words)
               for c, ls in zip(t.cells, t.lines) if c.row == r):
            return r
    return 0


#: in ems of the letter height: words no further apart than this touch
TOUCHING = 0.05


def join_touching(words: list[Word]) -> list[Word]:
    """Words of a line that touch (the next one starts where the last one
    ends, within a twentieth of the letter height, or overlaps it) as one
    word: a space that takes no room on the page is no space a reader sees
    ("0 7 / 0 1 / 2 0 15", each digit drawn after a space char of no width,
    reads "07/01/2015").  Dots are not joined to a word before them: dot
    leaders often start right after a label.  Letters set condensed (a
    cell's text squeezed by a negative letter spacing, or Korean set tight:
    each letter overlapping the next by a seventh of an em) bring the words
    of a phrase within a hair of each other; two words whose gap is wider
    than their letters' own by more than the touching margin stay two
    ("높거나 집단", 0.3 pt apart where the letters overlap by 1.3 pt)."""
    out: list[Word] = []
    tracks = [w.track for w in words if w.n >= 2 and not w.up]
    line = statistics.median(tracks) if tracks else 0.0
    for w in words:
        last = out[-1] if out else None
        # dot leaders set close to a label stay apart ("counterfeiting . . .")
        if last is not None and not w.up and not last.up and not LEADER_RE.match(w.text) \
                and not LEADER_RE.match(last.text) and w.text[:1] not in ".…" \
                and -0.5 * (w.bottom - w.top) < w.x0 - last.x1 \
                <= TOUCHING * (w.bottom - w.top) + _condensed(last, w, line):
            out[-1] = Word(last.text + w.text, last.x0, min(last.top, w.top), max(last.x1, w.x1),
                           max(last.bottom, w.bottom), last.bold, last.size, last.n + w.n, track=last.track)
        else:
            out.append(w)
    return out


def _condensed(a: Word, b: Word, line: float) -> float:
    """How far (in points, 0 or less) letters set condensed overlap their
    neighbours: the gap between the letters of the two words, the looser
    of the two (a word of one letter has none: the line's, ``line``, stands
    for it); 0.0 when the letters stand apart."""
    tracks = [w.track for w in (a, b) if w.n >= 2] or [line]
    return min(0.0, max(tracks))


#: the minus sign (not a hyphen or a dash: no word or range is written with it)
MINUS = "\u2212"


def signed_figures(words: list[Word]) -> list[Word]:
    """A minus sign set apart from the figure after it ("− 0.405", a
    typesetter's minus with its own side bearing) as one word with it: the
    sign belongs to the figure.  Only the minus sign itself (U+2212): a
    hyphen or a dash before a figure may stand for a missing value."""
    out: list[Word] = []
    for w in words:
        last = out[-1] if out else None
        if last is not None and last.text == MINUS and NUMBER_WORD_RE.match(w.text) \
                and 0 <= w.x0 - last.x1 <= 0.5 * (w.bottom - w.top):
            out[-1] = Word(last.text + w.text, last.x0, min(last.top, w.top), w.x1,
                           max(last.bottom, w.bottom), last.bold, last.size, last.n + w.n)
        else:
            out.append(w)
    return out


def _compose(t: PTable, vocab: set[str]) -> None:
    """Each cell's text from its lines (see :func:`pages.cell_text`:
    hyphenated words mended, stacked header words kept apart);
    letter-spaced words are joined ("D e l h i" is "Delhi"); the text as
    printed is kept as the original when it changed.  A table of header
    rows alone continued on the next page (a header left at a page foot)
    is all header: its stacked words are one text too."""
    head = header_rows(t)
    if not head and t.parts and not any(ls and all(NUMBER_WORD_RE.match(w.text) for ln in ls for w in ln.words)
                                        for ls in t.lines):
        head = max(c.row + c.row_span for c in t.cells)
    for k, (c, lines, right) in enumerate(zip(t.cells, t.lines, t.rights)):
        printed = "\n".join(ln.text for ln in lines)
        joined = [Line(ln.page, signed_figures(join_spaced_letters(join_touching(ln.words))))
                  if len(ln.words) >= 2 else ln for ln in lines]
        spaced = any(len(a.words) != len(b.words) for a, b in zip(joined, lines))
        if spaced:
            t.lines[k] = lines = joined
        c.text, mended = cell_text(lines, right, vocab, header=c.row < head)
        stacked = c.row < head and "\n" in c.text
        if stacked:  # a heading's stacked words are one text: "Halt days"
            c.text = " ".join(c.text.split())
        if spaced or mended or stacked:
            c.original = printed


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
        # a row of its own ends the table only with a figure: a row of words alone, the table's last,
        # is the rest of the row above too, whatever its case ("И" / "ТОГО")
        final = part is t.parts[-1] and drop == max(c.row for c in part.cells) \
            and not any(_figure(c.text) for c in filled) and any(_figure(c.text) for c in last.values())
        broken = 0 < len(filled) < sum(1 for c in last.values() if c.text) and all(
            c.col in last and last[c.col].text and last[c.col].col_span == c.col_span
            and (final or c.text[:1].islower() or c.text[:1].isdigit()) for c in filled)
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


def _figure(text: str) -> bool:
    return bool(text) and all(NUMBER_WORD_RE.match(w) for w in text.split())


def _rows(cells: list[Cell]) -> list[list[tuple[int, int, int, str]]]:
    rows: dict[int, list[tuple[int, int, int, str]]] = {}
    for c in cells:
        rows.setdefault(c.row, []).append((c.col, c.row_span, c.col_span, " ".join(c.text.split())))
    return [sorted(rows[r]) for r in sorted(rows)]
