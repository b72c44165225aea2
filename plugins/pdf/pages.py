"""The page model of the PDF reader: words with their font, lines, tables
being built, pages; and how the lines of a cell or paragraph are joined
into text.  Shared by the loader, the layout, the tables and the OCR reader."""

from __future__ import annotations

import bisect
import logging
import re
import statistics
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Iterator

from esep.model import Cell
from esep.plugins.lang.alphabet import fold

log = logging.getLogger(__name__)
_BOLD_RE = re.compile(r"bold|black|heavy|semibold|demi|,b$|-bd$", re.I)
NUMBER_RE = re.compile(r"^(\d{1,3})[.)]$")
#: the hyphens a line may end in at the break of a word: typed, and those a typesetter puts (U+2010, and
#: a soft hyphen a program drew)
AUTO_HYPHENS = ("\u2010", "\u00ad")
HYPHENS = ("-",) + AUTO_HYPHENS
BULLETS = {"•", "·", "▪", "■", "○", "◦", "►", "➢", "✓", "-", "–", "—", "*", "\uf0b7", "\uf0a7", "\uf0d8"}
NO_BREAK_BEFORE = set(")]}!?;:,./»%")  # a line break may not come before these (UAX 14)




@dataclass
class Word:
    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    bold: bool
    size: float
    n: int  # number of characters, to weigh font cues
    up: bool = False  # set running up the page: read from the bottom up
    #: the gap between its letters (the median, in points; negative when
    #: they are set condensed, overlapping), 0.0 when it has one letter
    track: float = 0.0


@dataclass
class Line:
    page: int
    words: list[Word]
    x0: float = 0.0
    top: float = 0.0
    x1: float = 0.0
    bottom: float = 0.0
    text: str = ""
    bold: bool = False
    size: float = 0.0
    role: str = "body"  # "body", "header" (running header/footer/page number), "table"
    #: a line of text set in columns: the top of the columns, its column (0 the left one) and the column's right edge
    flow: tuple[float, int, float] | None = None

    def __post_init__(self) -> None:
        ws = self.words
        self.x0 = min(w.x0 for w in ws)
        self.top = min(w.top for w in ws)
        self.x1 = max(w.x1 for w in ws)
        self.bottom = max(w.bottom for w in ws)
        self.text = " ".join(w.text for w in ws)
        n = sum(w.n for w in ws) or 1
        self.bold = sum(w.n for w in ws if w.bold) >= 0.9 * n
        weight: Counter[float] = Counter()
        for w in ws:
            weight[round(w.size, 1)] += w.n
        self.size = weight.most_common(1)[0][0]  # the size most of the letters have



@dataclass
class PTable:
    page: int
    bbox: tuple[float, float, float, float]
    cells: list[Cell]
    cols: list[float]  # column boundaries, left to right
    lines: list[list[Line]]  # per cell: its lines, composed into text at the end
    rights: list[float]  # per cell: where its text may reach
    parts: list["PTable"] = field(default_factory=list)  # continuations on later pages
    root: "PTable | None" = None  # the table on an earlier page this one continues

    @property
    def top(self) -> float:
        return self.bbox[1]

    @property
    def n_cols(self) -> int:
        return len(self.cols) - 1


@dataclass
class Page:
    number: int
    width: float
    height: float
    lines: list[Line]
    tables: list[PTable]
    left: float = 0.0
    right: float = 0.0
    #: horizontal rules drawn on the page: (y, x0, x1)
    rules: list[tuple[float, float, float]] = field(default_factory=list)


def horizontal_rules(page: Any) -> list[tuple[float, float, float]]:
    """The horizontal rules a page draws (lines, and rectangles no taller
    than a thick rule), as (y, x0, x1)."""
    out = []
    for o in list(page.lines) + list(page.rects):
        if o["bottom"] - o["top"] <= 2.0 and o["x1"] - o["x0"] > 10:
            out.append(((o["top"] + o["bottom"]) / 2, float(o["x0"]), float(o["x1"])))
    return out


def vertical_rules(page: Any) -> list[tuple[float, float, float]]:
    """The vertical rules a page draws (lines and the sides of boxes, taller
    than a letter is), as (x, top, bottom)."""
    return [(float(e["x0"]), float(e["top"]), float(e["bottom"])) for e in page.edges
            if e["orientation"] == "v" and e["bottom"] - e["top"] >= 6.0]


def cut_at_rules(w: dict[str, Any], rules: list[tuple[float, float, float]],
                 starts: list[float] | None = None) -> list[dict[str, Any]]:
    """A word of pdfplumber's as the words a reader sees: text runs into the
    next ruled cell without a space ("Matthew C. & Elizab" + "2165
    Princeton Ave" read as "...Elizab2165"), and a drawn vertical rule
    between two of its letters, over the word's middle, parts it there.
    Given ``starts`` (the sorted left ends of the page's words), only where
    the next cell's text starts among the letters past the rule, one of
    them within a point of where two other words start (the column's text
    set flush there: "2165", "4Saint" with "Saint" where the next column
    starts): a word too long for its cell whose last letters run over the
    rule into the next cell's padding ("ITAPETININGA", its "A" past the
    rule, the next cell's "2009" further on) is one word, its cell's."""
    chars = w.get("chars") or []
    if len(chars) < 2 or not rules:
        return [w]
    mid = (w["top"] + w["bottom"]) / 2
    xs = [x for x, top, bottom in rules if top <= mid <= bottom and w["x0"] < x < w["x1"]]
    if not xs:
        return [w]
    out, start = [], 0
    for i in range(1, len(chars)):
        a, b = chars[i - 1], chars[i]
        if any((a["x0"] + a["x1"]) / 2 < x < (b["x0"] + b["x1"]) / 2 for x in xs) and (
                starts is None
                or any(bisect.bisect_right(starts, c["x0"] + 1.0) - bisect.bisect_left(starts, c["x0"] - 1.0) >= 2
                       for c in chars[i:])):
            out.append(chars[start:i])
            start = i
    if not out:
        return [w]
    out.append(chars[start:])
    return [dict(w, text="".join(c["text"] for c in cs), x0=min(c["x0"] for c in cs), x1=max(c["x1"] for c in cs),
                 chars=cs) for cs in out]


#: the gap, in em, that splits two characters into two words
WORD_GAP = 0.15


def words_of(page: Any, running_up: bool | None = None,
             rules: list[tuple[float, float, float]] | None = None, gap: float = WORD_GAP) -> list[Word]:
    """The page's words; ``running_up`` says whether any character of the
    page runs up it, when already known (see :func:`page_turns`); words
    are cut at the vertical ``rules`` they cross (:func:`cut_at_rules`);
    ``gap`` is the gap between two characters, in em, that parts two words."""
    out = []
    bold_font: dict[str, bool] = {}
    # a gap of 0.15 em splits words: PDFs without space characters set words
    # apart by little more than that (pdfplumber's fixed 3 pt glues them)
    raw = _raw_words(page, running_up, gap)
    if rules:
        starts = sorted(float(w["x0"]) for w in raw)
        raw = [piece for w in raw for piece in (cut_at_rules(w, rules, starts) if w.get("upright", True) else [w])]
    raw = [piece for w in raw for piece in split_leaders(w)]
    for w in raw:
        chars = w.get("chars") or []
        if not any(ch.isprintable() and not ch.isspace() for ch in w["text"]):
            continue  # control codes a font maps no glyph name to: nothing to read
        n = len(chars) or len(w["text"])
        for c in chars:
            name = c.get("fontname") or ""
            if name not in bold_font:
                bold_font[name] = bool(_BOLD_RE.search(name))
        bold = sum(bold_font[c.get("fontname") or ""] for c in chars) * 2 > n
        size = (chars[len(chars) // 2].get("size") if chars else None) or float(w["bottom"] - w["top"])
        up = bool(chars) and all(_running_up(c) for c in chars)
        if up:  # pdfminer's size of a sideways letter is its advance, not its height
            size = float(w["x1"] - w["x0"])
        out.append(Word(w["text"], float(w["x0"]), float(w["top"]), float(w["x1"]), float(w["bottom"]),
                         bold, float(size), n, up, 0.0 if up else letter_gap(chars)))
    return out


#: a run of leader dots set against the words it joins: four dots or more,
#: or three before a figure ("Посещения.......19 870"); an ellipsis is three
_GLUED_LEADER_RE = re.compile(r"[.…]{4,}|[.…]{3}(?=\d)")


def split_leaders(w: dict[str, Any]) -> list[dict[str, Any]]:
    """A word of pdfplumber cut where a run of leader dots touches its label
    or its figure.  Word processors draw a tab's dot leader as dots set up
    against the text on either side ("Книговыдача.......54" "312"), so a
    label, its leader and the figure's first group read as one word; cut
    apart they are a label, a leader (a cell edge) and a figure.  A word
    that is dots only is left whole."""
    chars = w.get("chars") or []
    text = w["text"]
    if len(chars) != len(text) or not chars:
        return [w]
    cuts = [(m.start(), m.end()) for m in _GLUED_LEADER_RE.finditer(text)
            if m.start() > 0 or m.end() < len(text)]
    if not cuts:
        return [w]
    bounds: list[tuple[int, int]] = []
    pos = 0
    for a, b in cuts:
        if a > pos:
            bounds.append((pos, a))
        bounds.append((a, b))
        pos = b
    if pos < len(text):
        bounds.append((pos, len(text)))
    return [dict(w, text=text[a:b], x0=min(float(c["x0"]) for c in chars[a:b]),
                 x1=max(float(c["x1"]) for c in chars[a:b]), chars=chars[a:b]) for a, b in bounds]


def letter_gap(chars: list[dict[str, Any]]) -> float:
    """The median gap between the letters of a word, left to right (0.0 for
    fewer than two)."""
    xs = sorted((float(c["x0"]), float(c["x1"])) for c in chars)
    gaps = [b[0] - a[1] for a, b in zip(xs, xs[1:])]
    return statistics.median(gaps) if gaps else 0.0


def _running_up(o: dict[str, Any]) -> bool:
    """A character set running up the page (a column heading turned a
    quarter anticlockwise), on a page read upright."""
    if o.get("object_type") != "char":
        return False
    turn = o.get("turn")
    return (char_turn(o) if turn is None else turn) == 3


def ghost_spaces(chars: list[dict[str, Any]]) -> set[int]:
    """The space characters that take no room on their line: a space drawn
    inside the letter before it, or one the next letter is drawn over.
    Browsers printing a page write one where a soft hyphen (or a
    hyphenation point) lets a word break without breaking it ("библи от
    еками" for "библиотеками"); a space between two words always stands
    between them.  Returned as the ids of the character objects."""
    out: set[int] = set()

    def letter(k: int, c: dict[str, Any], size: float) -> dict[str, Any] | None:
        o = chars[k] if 0 <= k < len(chars) else None
        if o is None or not (o.get("text") or " ").strip() or abs(float(o["top"]) - float(c["top"])) >= 0.3 * size:
            return None
        return o

    for k, c in enumerate(chars):
        if c.get("text") != " " or c.get("upright") is False:
            continue
        size = float(c.get("size") or 0.0) or 10.0
        x0, x1 = float(c["x0"]), float(c["x1"])
        before, after = letter(k - 1, c, size), letter(k + 1, c, size)
        inside = before is not None and float(before["x0"]) <= x0 + 0.1 and x1 <= float(before["x1"]) + 0.1
        covered = after is not None and float(after["x0"]) < x1 - 0.5 * (x1 - x0)
        if inside or covered:
            out.add(id(c))
    return out


def _raw_words(page: Any, running_up: bool | None = None, gap: float = WORD_GAP) -> list[dict[str, Any]]:
    """pdfplumber's words.  Text running up the page is read from the
    bottom up (pdfplumber reads all sideways text from the top down, which
    spells it backwards).  Spaces that take no room (:func:`ghost_spaces`)
    split no word."""
    settings = {"x_tolerance_ratio": gap, "use_text_flow": False, "return_chars": True}
    ghosts = ghost_spaces(page.chars)
    if ghosts:
        page = page.filter(lambda o: id(o) not in ghosts)
    if running_up is None:
        running_up = any(_running_up(c) for c in page.chars)
    if not running_up:
        return page.extract_words(**settings)
    rest = page.filter(lambda o: not _running_up(o)).extract_words(**settings)
    up = page.filter(_running_up).extract_words(char_dir_rotated="btt", **settings)
    return rest + up


def group_lines(words: list[Word], page_no: int) -> list[Line]:
    """Words into lines: a word joins a line when its vertical middle lies
    within the line's height."""
    rows: list[list[Word]] = []
    bounds: list[tuple[float, float]] = []
    # words running up the page: one line per column of them, bottom first
    ups: list[list[Word]] = []
    for w in sorted((w for w in words if w.up), key=lambda w: w.x0):
        if ups and w.x0 < max(u.x1 for u in ups[-1]) - 0.3 * (w.x1 - w.x0):
            ups[-1].append(w)
        else:
            ups.append([w])
    words = [w for w in words if not w.up]
    for w in sorted(words, key=lambda w: (w.top, w.x0)):
        mid = (w.top + w.bottom) / 2
        for k in range(len(rows) - 1, max(-1, len(rows) - 4), -1):
            top, bottom = bounds[k]
            if top <= mid <= bottom:
                rows[k].append(w)
                break
        else:
            rows.append([w])
            bounds.append((w.top, w.bottom))
    lines = [Line(page_no, sorted(r, key=lambda w: w.x0)) for r in rows]
    lines += [Line(page_no, sorted(u, key=lambda w: -w.bottom)) for u in ups]
    lines.sort(key=lambda ln: (ln.top, ln.x0))
    return lines


#: the narrowest gap between two columns of text set side by side, in points
MIN_GUTTER = 14.0


def _gap_at(ln: Line, lo: float, hi: float) -> tuple[float, float] | None:
    """The widest gap between two words of ``ln`` that overlaps ``lo``..``hi``, as wide as a gutter."""
    return max(((a.x1, b.x0) for a, b in zip(ln.words, ln.words[1:])
                if b.x0 - a.x1 >= MIN_GUTTER and a.x1 < hi and b.x0 > lo), key=lambda g: g[1] - g[0], default=None)


def _prose(words: list[Word], gutter: float) -> bool:
    """Words of a line of prose beside a gutter: two words or more, spaced
    (justified as they may be) narrower than the gutter."""
    return sum(1 for w in words if any(ch.isalpha() for ch in w.text)) >= 2 and all(
        b.x0 - a.x1 < 0.8 * gutter for a, b in zip(words, words[1:]))


def set_in_columns(lines: list[Line], width: float) -> list[Line]:
    """Prose set in two columns side by side (a newsletter's layout): the
    words of a page's line on either side of a gutter common to a run of
    lines are two lines, each marked with its column (``Line.flow``), so that
    the left column is read to its foot before the right one.  A run is three
    lines or more that each have prose on both sides of one gap at least
    ``MIN_GUTTER`` wide in the middle of the page, their left parts filling
    their column; the lines of one column alone (a column ending lower) go
    with it while they follow at the line spacing.  A table of aligned
    figures is no such run: its parts beside the gap are figures; nor is a
    table of labels beside sentences: its columns differ in width, or the gap
    between them is wider than half the narrower one.  Columns whose lines
    stand at other heights are found by their gutter, once the tables are
    read (:func:`columns_by_gutter`)."""
    out: list[Line] = []
    i, n = 0, len(lines)
    while i < n:
        ln = lines[i]
        gap = max(((a.x1, b.x0) for a, b in zip(ln.words, ln.words[1:]) if b.x0 - a.x1 >= MIN_GUTTER
                   and 0.3 * width < (a.x1 + b.x0) / 2 < 0.7 * width), key=lambda g: g[1] - g[0], default=None)
        if gap is None:
            out.append(ln)
            i += 1
            continue
        lo, hi = gap
        crossing = [i]
        k = i + 1
        step = ln.bottom - ln.top
        while k < n:
            cur = lines[k]
            if cur.top - lines[k - 1].bottom > 1.2 * step:
                break
            g = _gap_at(cur, lo, hi)
            if g is not None and min(hi, g[1]) - max(lo, g[0]) >= MIN_GUTTER / 2:
                lo, hi = max(lo, g[0]), min(hi, g[1])
                crossing.append(k)
            elif not (cur.x1 <= lo + 1 or cur.x0 >= hi - 1):
                break
            k += 1
        while k > crossing[-1] + 1 and lines[k - 1].top - lines[crossing[-1]].bottom > 3 * step:
            k -= 1
        halves = [([w for w in lines[c].words if w.x1 <= lo + 1], [w for w in lines[c].words if w.x0 >= hi - 1])
                  for c in crossing]
        left_x0 = min(lines[c].x0 for c in crossing)
        fills = sorted(max(w.x1 for w in left) for left, _ in halves)
        right_x1 = max((w.x1 for _, right in halves for w in right), default=hi)
        right_fills = sorted(max((w.x1 for w in right), default=hi) for _, right in halves)
        narrow = min(lo - left_x0, right_x1 - hi)
        if len(crossing) < 3 or sum(1 for left, right in halves if _prose(left, hi - lo) and _prose(right, hi - lo)) < 0.75 * len(halves) \
                or fills[len(fills) // 2] < lo - 0.2 * (lo - left_x0) \
                or right_fills[len(right_fills) // 2] < right_x1 - 0.2 * (right_x1 - hi) \
                or hi - lo > 0.5 * narrow or max(lo - left_x0, right_x1 - hi) > 2 * narrow:
            # (columns of prose are set about as wide as each other, the gutter between them narrow, and
            # the lines of each fill it; a table of a label column beside a column of sentences, or of
            # cells of a few words, has none of that)
            out.append(ln)
            i += 1
            continue
        top = ln.top
        right_edge = max(w.x1 for c in range(i, k) for w in lines[c].words)
        for c in range(i, k):
            left = [w for w in lines[c].words if w.x1 <= lo + 1]
            right = [w for w in lines[c].words if w.x0 >= hi - 1]
            if left:
                out.append(Line(lines[c].page, left, flow=(top, 0, lo)))
            if right:
                out.append(Line(lines[c].page, right, flow=(top, 1, right_edge)))
        i = k
    return out


#: lines of a column beside the other that a gutter needs, on each side
_COLUMN_LINES = 4


def columns_by_gutter(lines: list[Line], width: float) -> list[Line]:
    """Two columns of prose whose lines do not stand at the same heights (a
    heading or a wider paragraph spacing in one column shifts the other's
    lines: each page line then holds one column's words, or both, at no
    steady gap), found by their gutter: the left edge ``hi`` shared by
    :data:`_COLUMN_LINES` lines or more of prose starting in the middle of
    the page, with a run of lines none of whose words crosses the band from
    ``hi`` to ``MIN_GUTTER`` left of it, and prose on both sides (three
    lines in four of each side) filling columns of about the same width.  The lines of the run are split at the
    gutter and marked with their column as :func:`set_in_columns` marks
    them; the lines above and below (a masthead across the page) stay."""
    starts = Counter(round(w.x0) for ln in lines for k, w in enumerate(ln.words)
                     if 0.35 * width < w.x0 < 0.65 * width and (k == 0 or w.x0 - ln.words[k - 1].x1 >= MIN_GUTTER))
    for hi, count in starts.most_common(2):
        if count < _COLUMN_LINES:
            break
        hi = min(w.x0 for ln in lines for w in ln.words if abs(w.x0 - hi) <= 1.0)
        crosses = [any(w.x0 < hi - 1 and w.x1 > hi - MIN_GUTTER for w in ln.words) for ln in lines]
        # the longest run of lines none of which crosses the gutter
        best, run_start = (0, 0), 0
        for k in range(len(lines) + 1):
            if k == len(lines) or crosses[k]:
                if k - run_start > best[1] - best[0]:
                    best = (run_start, k)
                run_start = k + 1
        run = lines[best[0]:best[1]]
        left = [[w for w in ln.words if w.x1 <= hi - MIN_GUTTER] for ln in run]
        right = [[w for w in ln.words if w.x0 >= hi - 1] for ln in run]
        left = [ws for ws in left if ws]
        right = [ws for ws in right if ws]
        n_left, n_right = (sum(_prose(ws, MIN_GUTTER * 2) for ws in side) for side in (left, right))
        if min(n_left, n_right) < _COLUMN_LINES or n_left < 0.75 * len(left) or n_right < 0.75 * len(right):
            continue  # (a table's rows in a column, its cells apart: read by the tables' own view of columns)
        left_x0 = min(ws[0].x0 for ws in left)
        lo = max(ws[-1].x1 for ws in left)
        right_x1 = max(ws[-1].x1 for ws in right)
        fills = sorted(ws[-1].x1 for ws in left)
        right_fills = sorted(ws[-1].x1 for ws in right)
        narrow = min(lo - left_x0, right_x1 - hi)
        if narrow <= 0 or max(lo - left_x0, right_x1 - hi) > 1.5 * narrow \
                or fills[len(fills) // 2] < lo - 0.2 * (lo - left_x0) \
                or right_fills[len(right_fills) // 2] < right_x1 - 0.2 * (right_x1 - hi):
            continue  # (a label column beside sentences, or cells of a few words: no columns of prose)
        top = run[0].top
        out = lines[:best[0]]
        for ln in run:
            lw = [w for w in ln.words if w.x0 < hi - 1]
            rw = [w for w in ln.words if w.x0 >= hi - 1]
            if lw:
                out.append(Line(ln.page, lw, flow=(top, 0, lo)))
            if rw:
                out.append(Line(ln.page, rw, flow=(top, 1, right_x1)))
        return out + lines[best[1]:]
    return lines


def cluster(values: list[float], tol: float = 2.0) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > tol:
            out.append(v)
    return out


def nearest(xs: list[float], v: float) -> int:
    return min(range(len(xs)), key=lambda i: abs(xs[i] - v))


def _core(word: str) -> str:
    return re.sub(r"^\W+|\W+$", "", word).lower()


#: Kazakh particles and conjunctions, in Cyrillic and Latin letters: words however short they are
#: ("Басқа да шаралар", "Basqa da sharalar")
CONNECTIVES = frozenset("да де та те мен пен бен және da de ta te men pen ben jáne jäne jane".split())


class Vocabulary(set):
    """The document's words (see :func:`vocabulary`); ``lexicon``, when set,
    is a dictionary (:class:`esep.plugins.ocr_repair.Lexicon`) whose answers,
    looked up beforehand in one batch (:func:`look_up_pieces`), also count
    where the pieces of a narrow column are re-split (:func:`_rejoin_words`)."""

    lexicon: Any = None


def _knows(vocab: set[str], word: str) -> bool:
    """A word of the document, a connective, or (looked up already) a word of
    the dictionary of five letters or more."""
    if word in vocab or word in CONNECTIVES:
        return True
    lexicon = getattr(vocab, "lexicon", None)
    # a dictionary's short words are as often abbreviations ("кл") or the endings of longer words
    # ("викторин" + "алар"): too weak to cut at
    # a look-alike Latin letter typed in a Cyrillic word ("Оқырмaндарды") is asked about folded too
    return lexicon is not None and len(word) >= 5 and (
        lexicon.known.get(word) is True or lexicon.known.get(fold(word)) is True)


def vocabulary(lines: list[Line]) -> Vocabulary:
    """Words seen in lines of two words or more: whole words for sure (a
    word cut by a narrow column is alone on its line) -- but for one or two
    letters starting a line under a line of one word, which may be the end
    of a word cut ("жартыжылды" / "қ 2014"); the parts of a hyphenated
    word ("іс-шаралар") are words too."""
    out = Vocabulary()
    prev: Line | None = None
    for ln in lines:
        if len(ln.words) > 1:
            tail = prev is not None and len(prev.words) == 1 and len(_core(ln.words[0].text)) <= 2
            for w in (ln.words[1:] if tail else ln.words):
                core = _core(w.text)
                out.add(core)
                if "-" in core:
                    out.update(p for p in core.split("-") if len(p) >= 3 and p.isalpha())
        prev = ln
    return out


def look_up_pieces(cells: list[tuple[list[Line], float]], vocab: Vocabulary, lexicon: Any) -> None:
    """Ask the dictionary, in one batch, every word the pieces of the cells'
    runs of cut lines (:func:`_cut_by_width`) can be joined into, that the
    document does not write itself; then let ``vocab`` count its answers."""
    todo: set[str] = set()
    for lines, right in cells:
        for k, j in _cut_runs(lines, right):
            pieces = [_core(lines[i].words[0].text) for i in range(k - 1, j + 1)]
            todo |= {"".join(pieces[a:b]) for a in range(len(pieces)) for b in range(a + 1, len(pieces) + 1)}
    todo = {w for w in todo if w and w.isalpha() and w not in vocab}
    todo |= {fold(w) for w in todo}
    if todo:
        lexicon.check(todo)
    vocab.lexicon = lexicon


def _joins_word(prev: Line, cur: Line, right: float, vocab: set[str]) -> bool:
    """The break between two lines splits a word: the line above ends in a
    hyphen attached to a word (or number) and the next goes on in lower case
    or digits; or the line above is one word that fills the whole width, as
    a word too long for a narrow column does.  Geometry cannot tell that
    from a word that just fitted, so the words the document uses elsewhere
    decide: the two parts joined are a known word, or the rest is a short
    ending (three letters or less), or neither part is a known word."""
    first = cur.text[:1]
    last = prev.words[-1].text
    if len(last) > 1 and last.endswith(HYPHENS) and last[-2].isalnum() and (first.islower() or first.isdigit()):
        return True
    if len(prev.words) == len(cur.words) == 1 and all(
            len(t) <= 2 and t.isalpha() and t.isupper() for t in (last, cur.text)):
        # a column so narrow it holds one or two capitals a line ("И" / "Т" / "О" / "Г" / "О")
        char_w = (cur.x1 - cur.x0) / len(cur.text)
        return right - prev.x1 <= char_w + 1.0
    if not first.islower() or len(prev.words) > 1:
        return False
    char_w = (cur.words[0].x1 - cur.words[0].x0) / max(1, len(cur.words[0].text))
    if right - prev.x1 > char_w + 1.0:
        return False  # the next letter would have fitted: an ordinary wrap
    a, b = _core(prev.text), _core(cur.words[0].text)
    if (a + b) in vocab:
        return True
    if len(b) <= 3:
        return not _short_word_apart(vocab, prev.text, b)
    if _two_words(vocab, a, b):
        return False
    return b not in vocab and a not in vocab


#: Kazakh endings of two or three letters (case, plural, possessive) that a narrow column may cut
#: off a word and that the dictionary may also know as words of their own ("дар", "ға"): never a word
#: under a full line
ENDINGS = frozenset(
    "лар лер дар дер тар тер ның нің дың дің тың тің ға ге қа ке на не ды ді ты ті ны ні сы сі ын ін ры рі "
    "ғы гі қы кі да де та те дан ден тан тен нан нен мен пен бен ым ім ың ің".split())


def _short_word_apart(vocab: set[str], above: str, b: str) -> bool:
    """A short word wrapped under a word that fills a narrow column, a word
    of its own ("Кеңгірбай" / "би ауылдық", a name and its title): the
    dictionary (asked beforehand) knows the piece, of two or three letters
    and no ending of words (:data:`ENDINGS`), and not the two joined; the
    word above, of four letters or more, is a word of the dictionary or
    starts with a capital (a name, a label's first word).  One letter, an
    ending, a piece the dictionary was not asked about or does not know, or
    under a lower-case piece it does not know ("конференцияла" / "ры"),
    still end the word above ("Встреч" / "и", "кітапхана" / "лар")."""
    lexicon = getattr(vocab, "lexicon", None)
    a = _core(above)
    if lexicon is None or len(b) < 2 or len(a) < 4 or not b.isalpha() or b in ENDINGS:
        return False
    if not (above.lstrip("«\"(")[:1].isupper() or lexicon.known.get(a) is True):
        return False
    return lexicon.known.get(a + b) is False and lexicon.known.get(b) is True


def _two_words(vocab: set[str], a: str, b: str) -> bool:
    """Two words wrapped in a cell that the longer one fills ("Литературные"
    / "часы"): the dictionary (asked beforehand) knows the first, of five
    letters or more, and the second, of four or more, and not the two
    joined."""
    lexicon = getattr(vocab, "lexicon", None)
    if lexicon is None or len(b) < 4 or not _knows(vocab, a):
        return False
    return lexicon.known.get(a + b) is False and (b in vocab or lexicon.known.get(b) is True)


def _cut_by_width(prev: Line, cur: Line, right: float) -> bool:
    """The break may cut a word for want of room: the line above is one word
    that fills the width (the next letter would not have fitted) and the next
    line starts in lower case.  Geometry cannot tell such a cut from a word
    that just fitted; the words joined or apart decide (:func:`_rejoin_words`)."""
    if len(prev.words) != 1 or not cur.text[:1].islower() or prev.words[0].text.endswith(HYPHENS):
        return False
    char_w = (cur.words[0].x1 - cur.words[0].x0) / max(1, len(cur.words[0].text))
    return right - prev.x1 <= char_w + 1.0


def _cut_runs(lines: list[Line], right: float) -> Iterator[tuple[int, int]]:
    """Each run of breaks :func:`_cut_by_width` may have cut, as (k, j): the
    breaks before lines k .. j, one after the other."""
    k = 1
    while k < len(lines):
        if not _cut_by_width(lines[k - 1], lines[k], right):
            k += 1
            continue
        j = k
        while j + 1 < len(lines) and _cut_by_width(lines[j], lines[j + 1], right):
            j += 1
        yield k, j
        k = j + 1


def _rejoin_words(lines: list[Line], joins: list[bool], right: float, vocab: set[str]) -> list[bool]:
    """Mend a run of lines a narrow column cut every few letters ("Ba" /
    "sq" / "a", "da" / "sh" / "ar" / "al" / "ar"): the pairwise choice of
    :func:`_joins_word` glues the pieces into one word whenever they are
    short, so a run whose words that way are not all known words is cut
    again at the breaks that make every word a known one, in as few words
    as can be ("da" + "sharalar", "кітапханалық" + "қызметпен"), when there
    is such a cut; otherwise it is left as it was.  Known: a word the
    document writes elsewhere, a Kazakh connective, or a word of the
    dictionary (see :class:`Vocabulary`)."""
    out = list(joins)
    for k, j in _cut_runs(lines, right):
        # pieces: the one word of lines[k-1] .. lines[j-1], and the first word of lines[j]
        pieces = [_core(lines[i].words[0].text) for i in range(k - 1, j + 1)]
        cuts = [i for i in range(k, j + 1)]  # break between piece i-k and i-k+1 is joins[i]
        words, w = [], pieces[0]
        for i, piece in zip(cuts, pieces[1:]):
            if out[i]:
                w += piece
            else:
                words.append(w)
                w = piece
        words.append(w)
        if any(not _knows(vocab, x) for x in words):
            # fewest words, every one known: best[e] = (count, start) for pieces[:e]
            n = len(pieces)
            best: list[tuple[int, int] | None] = [(0, 0)] + [None] * n
            for e in range(1, n + 1):
                for s in range(e):
                    word = "".join(pieces[s:e])
                    # one letter alone is too ambiguous to cut at ("Встреч" / "и")
                    if best[s] is not None and len(word) > 1 and _knows(vocab, word):
                        cand = (best[s][0] + 1, s)
                        if best[e] is None or cand[0] < best[e][0]:
                            best[e] = cand
            if best[n] is not None:
                starts, e = set(), n
                while e > 0:
                    s = best[e][1]
                    starts.add(s)
                    e = s
                for i in cuts:
                    out[i] = (i - k + 1) not in starts
    return out


def _joins(lines: list[Line], right: float, vocab: set[str]) -> list[bool]:
    joins = [False] + [_joins_word(lines[i - 1], lines[i], right, vocab) for i in range(1, len(lines))]
    joins = _rejoin_words(lines, joins, right, vocab)
    for i in range(1, len(lines) - 1):
        # a hyphen alone on its line between the pieces of a word a narrow column cut ("но" / "-" / "ил")
        if lines[i].text in ("-", "\u2010") and len(lines[i - 1].words) == 1 and lines[i - 1].text[-1:].isalpha() \
                and lines[i + 1].text[:1].islower():
            joins[i] = joins[i + 1] = True
    return joins


def lines_text(lines: list[Line], right: float, sep: str, vocab: set[str]) -> str:
    """The lines' text, a word broken over two lines joined (:func:`_joins`);
    the hyphen a typesetter put at the break of a word (U+2010, a soft
    hyphen shown: ``AUTO_HYPHENS``) is no part of the word and is left out,
    a hyphen typed ("-") is kept."""
    out = ""
    joins = _joins(lines, right, vocab)
    for i, ln in enumerate(lines):
        if i:
            if joins[i] and out.endswith(AUTO_HYPHENS) and ln.text[:1].islower():
                out = out[:-1]
            out += "" if joins[i] else sep
        out += ln.text
    return out


def cell_text(lines: list[Line], right: float, vocab: set[str], header: bool = False) -> tuple[str, bool]:
    """A table cell's text from its lines, and whether a word broken over
    a line was mended (the caller keeps the text as printed as the
    original).  Lines are joined with ``"\n"`` as :func:`lines_text` joins
    them, except that

    * a word hyphenated at a line break ("Preva-" / "lence") is joined
      without its hyphen when the joined word is a word of the document
      (``vocab``) and the hyphenated form is not ("well-" / "known" whose
      document writes "well-known" keeps it);
    * in a header cell (``header``: a cell of the rows above a table's
      first row of figures) words stacked on lines of their own are
      separate words ("Halt" / "days" is "Halt\ndays"), joined into one
      only when the joined word is a known word (see :func:`_knows`): a narrow
      heading cell stacks its words, it seldom cuts one -- except one or
      two letters that are no word of the document after a line that
      fills the width ("жартыжылды" / "қ 2014"): the end of the word cut;
    * a run of lines a narrow column cut every few letters is split into
      the words the document writes elsewhere (see :func:`_rejoin_words`)."""
    out = ""
    mended = False
    joins = _joins(lines, right, vocab)
    for i, ln in enumerate(lines):
        if i:
            prev = lines[i - 1]
            last = prev.words[-1].text
            first = ln.words[0].text
            a, b = _core(last), _core(first)
            if len(last) > 1 and last.endswith(HYPHENS) and last[-2].isalnum() and first[:1].islower() \
                    and (a + b) in vocab and _core(last + first) not in vocab:
                out = out[:-1]  # the hyphen
                mended = True
            elif header and len(prev.words) == 1 and not last.endswith("-") and not _knows(vocab, a + b) \
                    and not (joins[i] and len(b) <= 2 and b not in vocab and _cut_by_width(prev, ln, right)):
                out += "\n"  # stacked words; but one or two letters no word, after a full line, end the word above
            else:
                out += "" if joins[i] else "\n"
        out += ln.text
    return out, mended


def round_box(b: tuple[float, ...]) -> tuple[float, float, float, float]:
    return tuple(round(v, 2) for v in b)  # type: ignore[return-value]


# -- rotated pages -------------------------------------------------------

def char_turn(c: dict[str, Any]) -> int:
    """Which way a character's baseline runs on the page as shown, in
    quarter turns clockwise from left-to-right: 0 upright, 1 running down
    the page, 2 upside down, 3 running up the page.  Read from the
    character's text matrix, which pdfminer gives with the page's /Rotate
    already applied."""
    m = c.get("matrix") or (1, 0, 0, 1, 0, 0)
    a, b = float(m[0]), float(m[1])
    if abs(a) >= abs(b):
        return 0 if a >= 0 else 2
    return 1 if b < 0 else 3  # b < 0: the baseline goes down in PDF space


def page_turns(page: Any) -> tuple[int, bool]:
    """In one pass over the page's characters: :func:`page_turn`, and
    whether any character (a space too) runs up the page as it is."""
    counts: Counter[int] = Counter()
    up = False
    for c in page.chars:
        m = c.get("matrix")
        # most characters are upright with an unskewed matrix: char_turn's answer, 0, without the call
        turn = 0 if m and m[1] == 0 and m[0] > 0 else char_turn(c)
        if turn == 3:
            up = True
        if (c.get("text") or "").strip():
            counts[turn] += 1
    if not counts:
        return 0, up
    turn, n = counts.most_common(1)[0]
    return (turn if turn and n * 2 > sum(counts.values()) else 0), up


def page_turn(page: Any) -> int:
    """The quarter turns (see :func:`char_turn`) of most of the page's
    letters, when more than half of them run the same way other than
    upright; else 0."""
    return page_turns(page)[0]


def upright_page(page: Any, turn: int | None = None) -> Any:
    """The page turned so that most of its text reads left to right, top
    to bottom: a table printed sideways (the page's /Rotate, or text set
    running up or down the page) is then read in its own orientation,
    never reversed nor transposed.  Coordinates of the turned page are those
    of the text's reading frame.  An upright page is returned as it is.
    ``turn``: the page's :func:`page_turn`, when already known."""
    if turn is None:
        turn = page_turn(page)
    if not turn:
        return page
    from pdfplumber.page import DerivedPage

    class TurnedPage(DerivedPage):
        def __init__(self, parent: Any):
            bx, by = float(parent.bbox[0]), float(parent.bbox[1])
            w, h = float(parent.width), float(parent.height)
            nw, nh = (h, w) if turn % 2 else (w, h)

            def point(x: float, t: float) -> tuple[float, float]:
                x, t = x - bx, t - by
                if turn == 1:
                    return t, w - x
                if turn == 3:
                    return h - t, x
                return w - x, h - t

            def obj(o: dict[str, Any]) -> dict[str, Any]:
                o = dict(o)
                (ax, at), (cx, ct) = point(o["x0"], o["top"]), point(o["x1"], o["bottom"])
                o["x0"], o["x1"] = min(ax, cx), max(ax, cx)
                o["top"], o["bottom"] = min(at, ct), max(at, ct)
                o["y0"], o["y1"] = nh - o["bottom"], nh - o["top"]
                o["doctop"] = o["top"] + float(parent.initial_doctop)
                o["width"], o["height"] = o["x1"] - o["x0"], o["bottom"] - o["top"]
                if "pts" in o:
                    o["pts"] = [point(float(x), float(t)) for x, t in o["pts"]]
                if o.get("object_type") == "char":
                    o["turn"] = (char_turn(o) - turn) % 4  # as read on the turned page
                    o["upright"] = char_turn(o) == turn
                    if o["upright"]:
                        o["size"] = o["height"]  # pdfminer's size is the box's height before the turn
                return o

            self.bbox = (0.0, 0.0, nw, nh)
            self._turned = {k: [obj(o) if "x0" in o else o for o in v] for k, v in parent.objects.items()}
            super().__init__(parent)

        @property
        def objects(self) -> dict[str, list[dict[str, Any]]]:
            return self._turned

    turned = TurnedPage(page)
    turned.turn = turn
    return turned


def join_spaced_letters(words: list[Word]) -> list[Word]:
    """Letter-spaced words ("D e l h i", set with a space after each letter
    for emphasis) as one word: a run of three or more one-letter words in a
    line, each as far from the next as the others (within a third of the
    letter height) and nearer than the letter height, is joined."""
    out: list[Word] = []
    i = 0
    while i < len(words):
        j = i
        while j + 1 < len(words) and len(words[j].text) == 1 and words[j].text.isalnum() \
                and len(words[j + 1].text) == 1 and words[j + 1].text.isalnum():
            j += 1
        run = words[i:j + 1]
        gaps = [b.x0 - a.x1 for a, b in zip(run, run[1:])]
        height = max((w.bottom - w.top for w in run), default=0.0)
        if len(run) >= 3 and max(gaps) < height and max(gaps) - min(gaps) <= height / 3:
            out.append(Word("".join(w.text for w in run), run[0].x0, min(w.top for w in run), run[-1].x1,
                            max(w.bottom for w in run), run[0].bold, run[0].size, len(run)))
        else:
            out.extend(run)
        i = j + 1
    return out
