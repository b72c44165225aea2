"""Tables ruled across only: rules above and below the header and under the
last row (no vertical rule), or rows shaded in bands (no rule at all), as
browsers and report generators print HTML tables.

Such a writer draws each rule and each shaded band cell by cell: a rule is
a row of pieces set end to end, and the points where two pieces meet stand
at the column edges.  Where rules (or bands) of one table meet at the same
x in two of them or more, that x is a column edge; the rules are the row
edges, and the table's sides run from its first rule to its last.  The
grid so drawn is handed to pdfplumber as explicit lines and read like a
ruled table (rows inside a band are cut at text lines afterwards)."""

from __future__ import annotations

import re
from typing import Any

from esep.plugins.pdf.pages import cluster

THIN = 2.5  # points: a rule is no thicker
BAND = 80.0  # points: a shaded band is no taller (a page's background is no band)
JOINT = 1.0  # points: two pieces this close meet


def _pieces(page: Any) -> list[dict[str, Any]]:
    """Horizontal rules (lines, thin filled rectangles) and shaded bands
    (filled, unstroked) of a page."""
    out = []
    for o in list(page.lines) + list(page.rects):
        w, h = o["x1"] - o["x0"], o["bottom"] - o["top"]
        if w <= 3:
            continue
        if o["object_type"] == "rect":
            if not o.get("fill") or o.get("stroke"):
                continue  # (a white band counts: a row painted the paper's colour is a row)
            if h > BAND:
                continue
        elif h > THIN:
            continue
        out.append(o)
    return out


def _uprights(page: Any) -> list[tuple[float, float, float]]:
    """Vertical rules and the sides of stroked boxes: (x, top, bottom)."""
    out = []
    for o in list(page.lines) + list(page.rects):
        w, h = o["x1"] - o["x0"], o["bottom"] - o["top"]
        if h < 6:
            continue
        if w <= THIN:
            out.append((float(o["x0"]), float(o["top"]), float(o["bottom"])))
        elif o["object_type"] == "rect" and o.get("stroke"):
            out += [(float(o["x0"]), float(o["top"]), float(o["bottom"])),
                    (float(o["x1"]), float(o["top"]), float(o["bottom"]))]
    return out


def _rules(pieces: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The edges of the pieces (a thin rule's middle; a band's top and its
    bottom) at one height, joined where they meet or overlap: each rule
    with its ends, the x where one piece ends and the next begins, and its
    pieces as drawn (a band's edge covers its own cell only)."""
    edges: list[tuple[Any, ...]] = []
    for o in pieces:
        box = (o["x0"], o["top"], o["x1"], o["bottom"])
        if o["bottom"] - o["top"] <= THIN:
            edges.append(((o["top"] + o["bottom"]) / 2, o["x0"], o["x1"], True, id(o), box))
        else:
            edges += [(o["top"], o["x0"], o["x1"], False, id(o), box), (o["bottom"], o["x0"], o["x1"], False, id(o), box)]
    out = []
    for y in cluster([e[0] for e in edges], tol=1.0):
        at = sorted((e for e in edges if y - 0.01 <= e[0] <= y + 1.0), key=lambda e: e[1])
        run: list[tuple[Any, ...]] = []
        for e in at + [None]:
            if e is not None and run and e[1] <= max(r[2] for r in run) + JOINT:
                run.append(e)
                continue
            if run:
                starts = [r[1] for r in run]
                x0, x1 = run[0][1], max(r[2] for r in run)
                seams = cluster([r[2] for r in run if x0 + 2 < r[2] < x1 - 2 and _near(r[2], starts, JOINT)], 1.5)
                out.append({"x0": x0, "x1": x1, "y": sum(r[0] for r in run) / len(run), "seams": seams,
                            "thin": all(r[3] for r in run), "pieces": [r[5] for r in run if not r[3]],
                            "ids": {r[4] for r in run}})
            run = [e] if e is not None else []
    for r in out:
        # rules side by side at one height, a gap between them: rules under
        # group headings, each as wide as the columns its heading spans
        r["siblings"] = sum(1 for o in out if abs(o["y"] - r["y"]) < 0.5)
    out.sort(key=lambda r: r["y"])
    return out


def _near(x: float, xs: list[float], tol: float = 1.5) -> bool:
    return any(abs(x - v) <= tol for v in xs)


def _crossed(page: Any, top: float, bottom: float, edges: list[float]) -> bool:
    """A letter standing over one of the column edges between top and
    bottom (prose between two tables, not a row of cells)."""
    for c in page.chars:
        if not c["text"].strip() or not (top < (c["top"] + c["bottom"]) / 2 < bottom):
            continue
        if any(c["x0"] + 0.5 < x < c["x1"] - 0.5 for x in edges):
            return True
    return False


def _runs_across(ln: list[dict[str, Any]], x: float) -> bool:
    """Whether a line's letters run across x: a letter over it, or letters
    on both sides closer than a third of a letter's height (a word going
    on from one cell into the next)."""
    size = max(c["size"] for c in ln)
    left = [c["x1"] for c in ln if (c["x0"] + c["x1"]) / 2 < x]
    right = [c["x0"] for c in ln if (c["x0"] + c["x1"]) / 2 >= x]
    if any(c["x0"] + 0.5 < x < c["x1"] - 0.5 for c in ln):
        return True
    return bool(left and right) and min(right) - max(left) < 0.3 * size


def _lines_below(page: Any, y: float) -> list[list[dict[str, Any]]]:
    """The page's letters whose middle is below y, in lines, top to bottom."""
    lines: list[list[dict[str, Any]]] = []
    for c in sorted((c for c in page.chars if c["text"].strip() and (c["top"] + c["bottom"]) / 2 > y),
                    key=lambda c: c["top"]):
        if lines and c["top"] - lines[-1][0]["top"] <= 1.0:
            lines[-1].append(c)
        else:
            lines.append([c])
    return lines


def _foot(page: Any, stack: list[dict[str, Any]], below: list[float]) -> float | None:
    """The foot of a table whose last rule is not drawn under its last row:
    the rule above and the rule under the header are printed but the table
    goes on over the page, or the last row is not shaded (a writer that
    leaves white rows unpainted).  Lines below the last rule that keep to
    the table's width and cross none of its column edges, one after another
    without a gap wider than two lines and before the next rule, are its
    rows when they have words in two columns or more; a line in one column
    after them stays only as the next line of a cell (half a line off or
    closer).  None when no such row follows."""
    x0, x1 = stack[0]["x0"], stack[0]["x1"]
    edges = [x for x in stack[-1]["seams"] + [stack[-1]["x0"], stack[-1]["x1"]]
             if x0 + 2 < x < x1 - 2 and _near(x, stack[0]["seams"])]
    if not edges:
        return None
    stop = min(below, default=float(page.height))
    foot = None
    last = stack[-1]["y"]
    for ln in _lines_below(page, stack[-1]["y"]):
        top, bottom = min(c["top"] for c in ln), max(c["bottom"] for c in ln)
        size = max(c["size"] for c in ln)
        if bottom > stop or top - last > 2.5 * size:
            break
        if min(c["x0"] for c in ln) < x0 - 1 or max(c["x1"] for c in ln) > x1 + 1:
            break
        if any(_runs_across(ln, x) for x in edges):
            break
        cols = {sum(1 for x in edges if x < (c["x0"] + c["x1"]) / 2) for c in ln}
        if len(cols) >= 2 or foot is not None and top - last <= 0.5 * size:
            foot = bottom
        last = bottom
    return None if foot is None else foot + 1.0


def _head(page: Any, stack: list[dict[str, Any]], above: list[float]) -> float | None:
    """The top of a table's header row that has a rule under it and none
    above it (each row ruled underneath only, as a page styles a table's
    cells with a bottom border): the line just over the first rule, set as
    far from it as the first row's letters are from the rule under them,
    keeping to the table's width, crossing none of its column edges and
    with words in two columns or more; the lines over it that go on its
    cells (half a line off or closer, crossing no edge) are the header's
    too.  None when the first rule has no such line over it (a caption
    over a table ruled on top is one line across, not cells)."""
    x0, x1 = stack[0]["x0"], stack[0]["x1"]
    edges = [x for x in stack[0]["seams"] if x0 + 2 < x < x1 - 2 and _near(x, stack[1]["seams"])]
    if not edges:
        return None
    first = [c for c in page.chars if c["text"].strip() and stack[0]["y"] < (c["top"] + c["bottom"]) / 2 < stack[1]["y"]]
    if not first:
        return None
    pad = stack[1]["y"] - max(c["bottom"] for c in first)
    stop = max(above, default=0.0)
    lines = [ln for ln in _lines_below(page, stop) if (min(c["top"] for c in ln) + max(c["bottom"] for c in ln)) / 2
             < stack[0]["y"]]
    head, last = None, stack[0]["y"]
    for ln in reversed(lines):
        top, bottom = min(c["top"] for c in ln), max(c["bottom"] for c in ln)
        size = max(c["size"] for c in ln)
        if min(c["x0"] for c in ln) < x0 - 1 or max(c["x1"] for c in ln) > x1 + 1:
            break
        if any(_runs_across(ln, x) for x in edges):
            break
        if head is None:
            cols = {sum(1 for x in edges if x < (c["x0"] + c["x1"]) / 2) for c in ln}
            if len(cols) < 2 or abs((last - bottom) - pad) > 0.5 * size:
                return None
        elif last - bottom > 0.5 * size:
            break
        head, last = top, top
    return None if head is None else max(stop, head - pad)


def _stacks(page: Any, rules: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Rules of one table, top to bottom: each next rule lies within the
    first's ends, ends at its ends or at a point where pieces meet, shares
    such a point with the rule above it, and nothing printed between the
    two (past the header) crosses one."""
    stacks: list[list[dict[str, Any]]] = []
    taken: set[int] = set()
    for i, first in enumerate(rules):
        if i in taken or not first["seams"] or first["siblings"] > 1:
            continue
        x0, x1 = first["x0"], first["x1"]
        stack = [first]
        for j in range(i + 1, len(rules)):
            r = rules[j]
            if j in taken or r["y"] <= stack[-1]["y"] + 0.5 or r["siblings"] > 1:
                continue
            ends = [x0, x1] + first["seams"]
            if r["x0"] < x0 - 1.5 or r["x1"] > x1 + 1.5 or not (_near(r["x0"], ends) and _near(r["x1"], ends)):
                continue
            common = [x for x in r["seams"] if _near(x, stack[-1]["seams"] + [stack[-1]["x0"], stack[-1]["x1"]])]
            if not common:
                break
            if len(stack) > 1 and _crossed(page, stack[-1]["y"], r["y"], common):
                break
            stack.append(r)
            taken.add(j)
        if len(stack) == 2 and all(r["thin"] for r in stack) or len(stack) >= 3 and not stack[-1]["thin"]:
            foot = _foot(page, stack, [r["y"] for r in rules if r["y"] > stack[-1]["y"] + 0.5])
            if foot is not None:
                stack.append(dict(stack[-1], y=foot, pieces=[], ids=set()))
        if len(stack) >= 3:
            head = _head(page, stack, [r["y"] for r in rules if r["y"] < stack[0]["y"] - 0.5])
            if head is not None:
                stack.insert(0, dict(stack[0], y=head, pieces=[], ids=set(), thin=True))
        if len(stack) >= 3:
            stacks.append(stack)
    return stacks


def _line(x0: float, top: float, x1: float, bottom: float) -> dict[str, Any]:
    return {"x0": x0, "x1": x1, "top": top, "bottom": bottom, "width": x1 - x0, "height": bottom - top,
            "object_type": "line"}


def _grid(stack: list[dict[str, Any]], x0: float, x1: float, edges: list[float],
          page: Any = None) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The lines of a table's grid: a thin rule across the whole table, a
    band's edge over its own cell; between two rules, the sides of the
    bands that fill the strip (a shaded heading over two columns is one
    cell), else the column edges."""
    hs = []
    for r in stack:
        if r["thin"] or not r["pieces"]:
            hs.append(_line(x0, r["y"], x1, r["y"]))
        else:
            hs += [_line(b[0], r["y"], b[2], r["y"]) for b in r["pieces"]]
    bands = {b for r in stack for b in r["pieces"]}
    vs = []
    for up, down in zip(stack, stack[1:]):
        fill = [(b[0], b[2]) for b in bands if b[1] <= up["y"] + 1.0 and b[3] >= down["y"] - 1.0]
        covered = sum(b - a for a, b in cluster_spans(fill))
        if covered >= x1 - x0 - 2:
            xs = sorted({x for a, b in fill for x in (a, b)})
        elif up is stack[0] and page is not None:
            split = _heading_over(page, up["y"], down["y"], edges)
            if split is not None:
                y, bridged = split
                cols = [x0] + edges + [x1]
                for x in bridged:
                    i = cols.index(x)
                    hs.append(_line(cols[i - 1], y, cols[i + 1], y))
                vs += [_line(x, up["y"], x, y) for x in cols if x not in bridged]
                vs += [_line(x, y, x, down["y"]) for x in cols]
                continue
            xs = [x0] + edges + [x1]
        else:
            xs = [x0] + edges + [x1]
        vs += [_line(x, up["y"], x, down["y"]) for x in xs]
    return hs, vs


def _heading_over(page: Any, top: float, bottom: float, edges: list[float]) -> tuple[float, list[float]] | None:
    """In a header ruled above and below only, a heading set over two
    columns ("I полугодие 2023" over "мероприятий | присутствовало"): a
    line of the header whose letters run across a column edge with no more
    than a word space there.  Returns the y under the last such line (the
    heading's cell ends there; the lines below stand in their columns) and
    the edges it runs across; None when no line does, or when the last
    line does (then nothing below it stands apart)."""
    chars = [c for c in page.chars if c["text"].strip() and top < (c["top"] + c["bottom"]) / 2 < bottom]
    lines: list[list[dict[str, Any]]] = []
    for c in sorted(chars, key=lambda c: c["top"]):
        if lines and abs(c["top"] - lines[-1][0]["top"]) <= 1.0:
            lines[-1].append(c)
        else:
            lines.append([c])
    last, bridged = None, set()
    for i, ln in enumerate(lines):
        size = max(c["size"] for c in ln)
        for x in edges:
            left = [c["x1"] for c in ln if c["x0"] < x]
            right = [c["x0"] for c in ln if c["x1"] > x]
            if left and right and min(right) - max(left) < 0.5 * size:
                bridged.add(x)
                last = i
    if last is None or last == len(lines) - 1:
        return None
    y = (max(c["bottom"] for c in lines[last]) + min(c["top"] for c in lines[last + 1])) / 2
    return y, sorted(bridged)


def _grouped_header(page: Any, stack: list[dict[str, Any]], x0: float, x1: float) -> bool:
    """Whether a rule inside the table is narrower than it and no row of
    figures follows before the next rule: a rule under a heading over a
    group of columns, inside a header of several levels."""
    for r, nxt in zip(stack[1:-1], stack[2:]):
        if r["thin"] and (r["x0"] > x0 + 2 or r["x1"] < x1 - 2) \
                and not _rows_of_figures(page, x0, x1, r["y"], nxt["y"]):
            return True
    return False


def _filled_columns(page: Any, x0: float, x1: float, top: float, bottom: float,
                    edges: list[float]) -> list[float]:
    """The column edges without those of columns no letter stands in from
    the table's top to its bottom (the gap a writer leaves between two
    groups of columns, its rules broken there): such a column joins the
    next."""
    mids = [(c["x0"] + c["x1"]) / 2 for c in page.chars
            if c["text"].strip() and top < (c["top"] + c["bottom"]) / 2 < bottom and x0 < c["x0"] and c["x1"] < x1]
    edges = list(edges)
    k = 0
    while k <= len(edges):
        cols = [x0] + edges + [x1]
        if any(cols[k] < m < cols[k + 1] for m in mids):
            k += 1
            continue
        del edges[min(k, len(edges) - 1)]
        if not edges:
            break
    return edges


def _cut_alike(stack: list[dict[str, Any]], edges: list[float]) -> bool:
    """Whether three thin rules or more are each drawn in pieces meeting at
    every column edge: a grid of cells drawn row by row, though its cells
    hold text alone (sentences, which read as prose without the rules)."""
    rules = [r for r in stack if r["ids"]]
    return len(rules) >= 3 and all(r["thin"] and all(_near(x, r["seams"]) for x in edges) for r in rules)


FIGURE_RE = re.compile(r"^[-+–(]?[$€£¥₸₽]?[.,]?\d[\d.,%)]*$")


def _rows_of_figures(page: Any, x0: float, x1: float, top: float, bottom: float) -> bool:
    """Whether two lines or more below the header hold two figures each,
    figures being half their words or more: rows a grid can be cut into at
    their lines (lines of text quoting a figure or two are no such rows)."""
    box = page.crop((max(0, x0), max(0, top), min(page.width, x1), min(page.height, bottom)))
    lines: dict[int, list[int]] = {}
    for w in box.extract_words():
        n = lines.setdefault(round(w["top"]), [0, 0])
        n[0] += 1
        n[1] += bool(FIGURE_RE.match(w["text"]))
    return sum(1 for words, figures in lines.values() if figures >= 2 and 2 * figures >= words) >= 2


def _rows_of_text(page: Any, x0: float, x1: float, top: float, bottom: float, edges: list[float]) -> bool:
    """Whether the body's rows can be told by their first column: two lines
    or more with words in it and in another column, and every line with
    words in the first column starts each of its cells with a capital or a
    figure (a label going on in lower case, "sources per capita", leaves
    the rows to be found as text tables' rows are), and a line without
    (cells of several lines: rows of one line each are read as text tables
    are)."""
    box = page.crop((max(0, x0), max(0, top), min(page.width, x1), min(page.height, bottom)))
    lines: dict[int, dict[int, str]] = {}
    for w in sorted(box.extract_words(), key=lambda w: w["x0"]):
        col = sum(1 for x in edges if x <= (w["x0"] + w["x1"]) / 2)
        lines.setdefault(round(w["top"]), {}).setdefault(col, w["text"])
    starts = [cells for cells in lines.values() if 0 in cells]
    return (sum(1 for cells in starts if len(cells) >= 2) >= 2 and len(starts) < len(lines)
            and all(t[:1].isupper() or t[:1].isdigit() for cells in starts for t in cells.values()))


def cluster_spans(spans: list[tuple[float, float]]) -> list[tuple[float, float]]:
    out: list[list[float]] = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1] + JOINT:
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return [(a, b) for a, b in out]


def across_tables(page: Any) -> tuple[set[int], list[Any]]:
    """The tables of a page ruled across only (or shaded in bands), found on
    the grid their rules' pieces give, and the ids of the drawing objects
    they are made of (the rest of the page is searched as before)."""
    rules = _rules(_pieces(page))
    if len(rules) < 2:
        return set(), []
    uprights = _uprights(page)
    used: set[int] = set()
    found = []
    for stack in _stacks(page, rules):
        x0, x1 = stack[0]["x0"], stack[0]["x1"]
        top, bottom = stack[0]["y"], stack[-1]["y"]
        if any(x0 - 2 <= x <= x1 + 2 and t < bottom - 2 and b > top + 2 for x, t, b in uprights):
            continue  # ruled between its columns: the ordinary grid
        # (a rule that starts or ends inside the table marks a column edge too)
        seams = [x for r in stack for x in r["seams"] + [r["x0"], r["x1"]] if x0 + 2 < x < x1 - 2]
        edges = [x for x in cluster(seams, tol=1.5) if sum(abs(x - s) <= 1.5 for s in seams) >= 2]
        edges = _filled_columns(page, x0, x1, top, bottom, edges)
        if not edges or not (_rows_of_figures(page, x0, x1, stack[1]["y"], bottom)
                             or _cut_alike(stack, edges) and _rows_of_text(page, x0, x1, stack[1]["y"], bottom, edges)):
            continue  # (a table of text alone is read as text tables are, unless every rule marks its columns)
        under = [r for r in rules if r["siblings"] > 1 and top + 0.5 < r["y"] < bottom - 0.5
                 and r["x0"] >= x0 - 1.5 and r["x1"] <= x1 + 1.5]
        if under or _grouped_header(page, stack, x0, x1):
            continue  # headings over groups of columns ruled under: read as text tables are
        hs, vs = _grid(stack, x0, x1, edges, page)
        settings = {"vertical_strategy": "explicit", "horizontal_strategy": "explicit",
                    "explicit_vertical_lines": vs, "explicit_horizontal_lines": hs}
        crop = page.crop((max(0, x0 - 1), max(0, top - 1), min(page.width, x1 + 1), min(page.height, bottom + 1)))
        found += crop.find_tables(settings)
        for r in stack:
            used |= r["ids"]
    return used, found
