"""Loader for PDF files (``.pdf``), through pdfplumber.

Each page is parsed once for its words (with font name and size) and its
ruled tables, then closed.  From these the loader rebuilds

* paragraphs: a line goes on the paragraph above unless the font changes,
  the gap above it is wider than the usual line gap, it is indented, or its
  first word would have fitted on the line above (which therefore ended its
  paragraph rather than wrapped);
* list items: a line starting with a number token ("1." or "1)") starts a
  ``list_item`` with that ``number`` and the text after it;
* headings: a short paragraph in bold or a larger font with no final period
  (level 1 when all capitals, 2 otherwise);
* tables: ruled tables (pdfplumber, "lines" strategy) with merged cells as
  ``row_span``/``col_span`` and a cell's lines joined with ``"\n"``; on a page
  without one, runs of three or more lines whose words fall into two or
  more columns at whitespace gaps common to all of them (pdfplumber's "text"
  strategy draws its edges across the whole page and needs a second pass
  over the words, so the alignment test is done here); a table at the
  bottom of one page that goes on at the top of the next with the same
  columns is one table, repeated header rows dropped and a row broken by
  the page break mended.  Words of a table are not repeated as paragraphs.

Running headers and footers (text repeated at the same place on most pages)
and lone page numbers in the margins are dropped.  Every block, table and
cell has its page (1-based) and bounding box (x0, top, x1, bottom in PDF
points); a paragraph going on over a page break keeps where it starts.
"""

from __future__ import annotations

import bisect
import logging
import re
import statistics
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdftypes import resolve1
from pdfminer.psparser import PSException
from pdfplumber.utils.exceptions import PdfminerException

from esep import hookimpl
from esep.model import Block, Cell, Document, Provenance, Table
from esep.registry import Config, Loader

log = logging.getLogger(__name__)

MAGIC = b"%PDF-"
SNIFF_WINDOW = 1024  # readers accept the header anywhere in the first KiB

_TABLE_SETTINGS = {"vertical_strategy": "lines", "horizontal_strategy": "lines"}
_BOLD_RE = re.compile(r"bold|black|heavy|semibold|demi|,b$|-bd$", re.I)
_NUMBER_RE = re.compile(r"^(\d{1,3})[.)]$")
_PAGE_NUMBER_RE = re.compile(
    r"^(?:[-–—(\[]\s*)?(?:(?:page|p\.|стр\.?|с\.|бет\.?)\s*)?\d{1,4}"
    r"(?:\s*(?:of|из|/)\s*\d{1,4})?(?:\s*(?:бет|стр\.?))?(?:\s*[-–—)\]])?$",
    re.I,
)
_BULLETS = {"•", "·", "▪", "■", "○", "◦", "►", "➢", "✓", "-", "–", "—", "*", "\uf0b7", "\uf0a7", "\uf0d8"}
_NO_BREAK_BEFORE = set(")]}!?;:,./»%")  # a line break may not come before these (UAX 14)
_MARGIN_ZONE = 0.12  # top/bottom fraction of the page where headers and footers live


class PdfLoadError(Exception):
    """A PDF that cannot be read; the message says what to do about it."""


class EncryptedPDF(PdfLoadError):
    """The PDF needs a password to open."""


class DamagedPDF(PdfLoadError):
    """The PDF is broken or cut short."""


class TooManyPages(PdfLoadError):
    """The PDF has more pages than ``Config.max_pages``."""


ENCRYPTED_MESSAGE = "the PDF is encrypted; decrypt it (e.g. qpdf --decrypt) and ingest again"


def sniff(head: bytes) -> bool:
    """True when ``%PDF-`` appears in the first KiB (it usually starts the
    file, but some writers put a few bytes or blank lines before it)."""
    return head.find(MAGIC, 0, SNIFF_WINDOW + len(MAGIC)) >= 0


# ---------------------------------------------------------------- page reading


@dataclass
class _Word:
    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    bold: bool
    size: float
    n: int  # number of characters, to weigh font cues


@dataclass
class _Line:
    page: int
    words: list[_Word]
    x0: float = 0.0
    top: float = 0.0
    x1: float = 0.0
    bottom: float = 0.0
    text: str = ""
    bold: bool = False
    size: float = 0.0
    role: str = "body"  # "body", "header" (running header/footer/page number), "table"

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
class _PTable:
    page: int
    bbox: tuple[float, float, float, float]
    cells: list[Cell]
    cols: list[float]  # column boundaries, left to right
    lines: list[list[_Line]]  # per cell: its lines, composed into text at the end
    rights: list[float]  # per cell: where its text may reach
    parts: list["_PTable"] = field(default_factory=list)  # continuations on later pages
    root: "_PTable | None" = None  # the table on an earlier page this one continues

    @property
    def top(self) -> float:
        return self.bbox[1]

    @property
    def n_cols(self) -> int:
        return len(self.cols) - 1


@dataclass
class _Page:
    number: int
    width: float
    height: float
    lines: list[_Line]
    tables: list[_PTable]
    left: float = 0.0
    right: float = 0.0


def _words_of(page: Any) -> list[_Word]:
    out = []
    bold_font: dict[str, bool] = {}
    # a gap of 0.15 em splits words: PDFs without space characters set words
    # apart by little more than that (pdfplumber's fixed 3 pt glues them)
    for w in page.extract_words(x_tolerance_ratio=0.15, use_text_flow=False, return_chars=True):
        chars = w.get("chars") or []
        n = len(chars) or len(w["text"])
        for c in chars:
            name = c.get("fontname") or ""
            if name not in bold_font:
                bold_font[name] = bool(_BOLD_RE.search(name))
        bold = sum(bold_font[c.get("fontname") or ""] for c in chars) * 2 > n
        size = (chars[len(chars) // 2].get("size") if chars else None) or float(w["bottom"] - w["top"])
        out.append(_Word(w["text"], float(w["x0"]), float(w["top"]), float(w["x1"]), float(w["bottom"]),
                         bold, float(size), n))
    return out


def _group_lines(words: list[_Word], page_no: int) -> list[_Line]:
    """Words into lines: a word joins a line when its vertical middle lies
    within the line's height."""
    rows: list[list[_Word]] = []
    bounds: list[tuple[float, float]] = []
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
    lines = [_Line(page_no, sorted(r, key=lambda w: w.x0)) for r in rows]
    lines.sort(key=lambda ln: (ln.top, ln.x0))
    return lines


def _cluster(values: list[float], tol: float = 2.0) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > tol:
            out.append(v)
    return out


def _nearest(xs: list[float], v: float) -> int:
    return min(range(len(xs)), key=lambda i: abs(xs[i] - v))


def _core(word: str) -> str:
    return re.sub(r"^\W+|\W+$", "", word).lower()


def _vocabulary(lines: list[_Line]) -> set[str]:
    """Words seen in lines of two words or more: whole words for sure (a
    word cut by a narrow column is alone on its line)."""
    return {_core(w.text) for ln in lines if len(ln.words) > 1 for w in ln.words}


def _joins_word(prev: _Line, cur: _Line, right: float, vocab: set[str]) -> bool:
    """The break between two lines splits a word: the line above ends in a
    hyphen attached to a word (or number) and the next goes on in lower case
    or digits; or the line above is one word that fills the whole width, as
    a word too long for a narrow column does.  Geometry cannot tell that
    from a word that just fitted, so the words the document uses elsewhere
    decide: the two parts joined are a known word, or the rest is a short
    ending (three letters or less), or neither part is a known word."""
    first = cur.text[:1]
    last = prev.words[-1].text
    if len(last) > 1 and last.endswith("-") and last[-2].isalnum() and (first.islower() or first.isdigit()):
        return True
    if not first.islower() or len(prev.words) > 1:
        return False
    char_w = (cur.words[0].x1 - cur.words[0].x0) / max(1, len(cur.words[0].text))
    if right - prev.x1 > char_w + 1.0:
        return False  # the next letter would have fitted: an ordinary wrap
    a, b = _core(prev.text), _core(cur.words[0].text)
    if (a + b) in vocab or len(b) <= 3:
        return True
    return b not in vocab and a not in vocab


def _lines_text(lines: list[_Line], right: float, sep: str, vocab: set[str]) -> str:
    out = ""
    for i, ln in enumerate(lines):
        if i:
            out += "" if _joins_word(lines[i - 1], ln, right, vocab) else sep
        out += ln.text
    return out


def _ruled_table(tb: Any, words: list[_Word], page_no: int) -> tuple[_PTable, set[int]] | None:
    """A pdfplumber table as a _PTable; merged cells get spans from the
    column and row boundaries they cover.  Returns the ids of the words used."""
    boxes = [tuple(float(v) for v in c) for c in tb.cells]
    if len(boxes) < 2:
        return None
    x0, top, x1, bottom = (float(v) for v in tb.bbox)
    xs = _cluster([b[0] for b in boxes] + [x1])
    ys = _cluster([b[1] for b in boxes] + [bottom])
    grid: dict[tuple[int, int], int] = {}  # (row, col) -> the box covering it
    spans = []
    for i, b in enumerate(boxes):
        col, row = _nearest(xs, b[0]), _nearest(ys, b[1])
        col_span = max(1, _nearest(xs, b[2]) - col)
        row_span = max(1, _nearest(ys, b[3]) - row)
        spans.append((row, col, row_span, col_span))
        for r in range(row, row + row_span):
            for c in range(col, col + col_span):
                grid.setdefault((r, c), i)
    inside: dict[int, list[_Word]] = {i: [] for i in range(len(boxes))}
    used: set[int] = set()
    for w in words:
        cx, cy = (w.x0 + w.x1) / 2, (w.top + w.bottom) / 2
        if not (x0 <= cx <= x1 and top <= cy <= bottom):
            continue
        i = grid.get((max(0, bisect.bisect_right(ys, cy) - 1), max(0, bisect.bisect_right(xs, cx) - 1)))
        if i is not None:
            inside[i].append(w)
            used.add(id(w))
    t = _PTable(page_no, _round((x0, top, x1, bottom)), [], xs, [], [])
    for i in sorted(range(len(boxes)), key=lambda i: spans[i][:2]):
        b = boxes[i]
        row, col, row_span, col_span = spans[i]
        lines = _group_lines(inside[i], page_no)
        pad = min((ln.x0 - b[0] for ln in lines), default=0.0)
        t.cells.append(Cell(row, col, "", row_span, col_span, provenance=Provenance(page=page_no, bbox=_round(b))))
        t.lines.append(lines)
        t.rights.append(b[2] - max(0.0, min(pad, 8.0)))
    return t, used


def _round(b: tuple[float, ...]) -> tuple[float, float, float, float]:
    return tuple(round(v, 2) for v in b)  # type: ignore[return-value]


def _read_page(page: Any, page_no: int) -> _Page:
    words = _words_of(page)
    tables: list[_PTable] = []
    if words:  # a page without text (a scan) has no table to read either
        used: set[int] = set()
        for tb in page.find_tables(_TABLE_SETTINGS):
            got = _ruled_table(tb, words, page_no)
            if got is None:
                continue
            t, ids = got
            if not ids:
                continue  # an empty frame, not a table
            tables.append(t)
            used |= ids
        words = [w for w in words if id(w) not in used]
    lines = _group_lines(words, page_no)
    return _Page(page_no, float(page.width), float(page.height), lines, tables)


# ------------------------------------------------------- headers and footers


def _norm(text: str) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", " ", text.strip().lower()))


def _mark_running(pages: list[_Page]) -> None:
    """Running headers and footers: text that comes back at the same height
    in the margin zone of most pages (numbers may change); lone page numbers
    above or below everything else on their page."""
    n = len(pages)
    seen: dict[str, list[tuple[int, float]]] = {}
    for p in pages:
        for ln in p.lines:
            if _in_margin(ln, p):
                seen.setdefault(_norm(ln.text), []).append((p.number, ln.top))
    need = max(2, (n + 1) // 2)
    for p in pages:
        for ln in p.lines:
            if not _in_margin(ln, p):
                continue
            hits = seen.get(_norm(ln.text), [])
            same = {pg for pg, top in hits if abs(top - ln.top) <= 4.0}
            if n >= 2 and len(same) >= need:
                ln.role = "header"
        for ln in _edge_lines(p):
            if _PAGE_NUMBER_RE.match(ln.text.strip()) and _in_margin(ln, p):
                ln.role = "header"


def _in_margin(ln: _Line, p: _Page) -> bool:
    return ln.bottom <= p.height * _MARGIN_ZONE or ln.top >= p.height * (1 - _MARGIN_ZONE)


def _edge_lines(p: _Page) -> list[_Line]:
    """The body lines above and below everything else on the page."""
    body = [ln for ln in p.lines if ln.role == "body"]
    if not body:
        return []
    first, last = min(body, key=lambda ln: ln.top), max(body, key=lambda ln: ln.bottom)
    return [ln for ln, ok in ((first, all(first.bottom <= t.bbox[1] for t in p.tables)),
                              (last, all(last.top >= t.bbox[3] for t in p.tables))) if ok]


# ------------------------------------------------------------- text tables


def _segments(ln: _Line, gutter: float) -> list[list[_Word]]:
    segs = [[ln.words[0]]]
    for a, b in zip(ln.words, ln.words[1:]):
        if b.x0 - a.x1 >= gutter:
            segs.append([b])
        else:
            segs[-1].append(b)
    return segs


def _find_text_tables(p: _Page) -> None:
    """On a page without ruled tables: runs of three or more lines that all
    split into two or more segments at wide gaps, with gaps common to all the
    lines (whitespace columns), become a table of one row per line."""
    lines = [ln for ln in p.lines if ln.role == "body"]
    runs: list[list[tuple[_Line, list[list[_Word]]]]] = []
    cur: list[tuple[_Line, list[list[_Word]]]] = []
    for ln in lines:
        segs = _segments(ln, 1.2 * ln.size)
        ok = len(segs) >= 2 and not (len(segs[0]) == 1 and _NUMBER_RE.match(segs[0][0].text)) \
            and segs[0][0].text not in _BULLETS
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


def _text_table(run: list[tuple[_Line, list[list[_Word]]]], page_no: int) -> _PTable | None:
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
    rows: list[dict[int, list[_Word]]] = []
    for ln, segs in run:
        texts: dict[int, list[_Word]] = {}
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
    t = _PTable(page_no, (0.0, 0.0, 0.0, 0.0), [], cols, [], [])
    for r, ((ln, _), texts) in enumerate(zip(run, rows)):
        for c in range(len(cols) - 1):
            ws = texts.get(c, [])
            bbox = (cols[c], ln.top, cols[c + 1], ln.bottom)
            t.cells.append(Cell(r, c, "", provenance=Provenance(page=page_no, bbox=_round(bbox))))
            t.lines.append([_Line(page_no, ws)] if ws else [])
            t.rights.append(cols[c + 1])
    t.bbox = _round((x0, min(ln.top for ln, _ in run), x1, max(ln.bottom for ln, _ in run)))
    return t


# ------------------------------------------------- tables over page breaks


def _join_tables(pages: list[_Page]) -> None:
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


def _compose(t: _PTable, vocab: set[str]) -> None:
    for c, lines, right in zip(t.cells, t.lines, t.rights):
        c.text = _lines_text(lines, right, "\n", vocab)


def _merged_cells(t: _PTable, vocab: set[str]) -> list[Cell]:
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
            above.text = _lines_text(lines, right, "\n", vocab)
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


# ------------------------------------------------------------ paragraphs


def _edge(values: list[float], size: float, highest: bool) -> float | None:
    """The right (or left) edge of the text area: the extreme value, unless
    it stands far out from the next ones (a line running into the margin)."""
    vs = sorted(values, reverse=highest)
    if not vs:
        return None
    if len(vs) >= 10 and abs(vs[0] - vs[1]) > 2 * size:
        return vs[1]
    return vs[0]


def _set_margins(pages: list[_Page]) -> None:
    """Left and right edges of the text, from all body lines of the pages of
    the same width (a page alone has too few full lines to tell)."""
    groups: dict[int, list[_Line]] = {}
    for p in pages:
        groups.setdefault(round(p.width), []).extend(ln for ln in p.lines if ln.role == "body")
    for p in pages:
        lines = groups[round(p.width)]
        size = statistics.median([ln.size for ln in lines]) if lines else 12.0
        p.left = _edge([ln.x0 for ln in lines], size, highest=False) or 0.0
        p.right = _edge([ln.x1 for ln in lines], size, highest=True) or p.width


@dataclass
class _Para:
    lines: list[_Line]
    number: str | None = None
    text_x0: float | None = None  # where a numbered or bulleted item's text starts (its hanging indent)


class _Builder:
    """Walks the body lines and tables of all pages in reading order and
    adds blocks and tables to a Document."""

    def __init__(self, doc: Document, pages: list[_Page]):
        self.doc = doc
        self.pages = {p.number: p for p in pages}
        body = [ln for p in pages for ln in p.lines if ln.role == "body"]
        sizes: Counter[float] = Counter()
        for w in (w for ln in body for w in ln.words):
            sizes[round(w.size)] += w.n
        self.body_size = sizes.most_common(1)[0][0] if sizes else 12.0
        # an OCR text layer gives every line its own size: then sizes say nothing
        steady = not sizes or sizes[self.body_size] >= 0.7 * sum(sizes.values())
        self.size_step = 0.6 if steady else float("inf")
        gaps = [b.top - a.bottom for a, b in zip(body, body[1:])
                if a.page == b.page and abs(a.size - b.size) < 0.6 and b.top > a.top]
        self.line_gap = statistics.median(gaps) if gaps else 0.3 * self.body_size
        self.vocab = _vocabulary(body + [ln for p in pages for t in p.tables for ls in t.lines for ln in ls])
        self.para: _Para | None = None
        self.last_number: int | None = None
        self.table_no = 0

    def run(self, pages: list[_Page]) -> None:
        for p in pages:
            items: list[tuple[float, int, Any]] = [(ln.top, 1, ln) for ln in p.lines if ln.role == "body"]
            items += [(t.top, 0, t) for t in p.tables if t.root is None]
            for _, _, it in sorted(items, key=lambda x: (x[0], x[1])):
                if isinstance(it, _PTable):
                    self.flush()
                    self.last_number = None
                    self.add_table(it)
                else:
                    self.add_line(it)
        self.flush()

    def add_table(self, t: _PTable) -> None:
        cells = _merged_cells(t, self.vocab)
        for c in cells:
            if c.provenance is not None:
                c.provenance.table = self.table_no
        self.doc.add_table(Table(cells, Provenance(page=t.page, bbox=t.bbox, table=self.table_no)))
        self.table_no += 1

    def add_line(self, ln: _Line) -> None:
        m = _NUMBER_RE.match(ln.words[0].text)
        number = m.group(1) if m and len(ln.words) > 1 else None
        if self.para is not None and not self.breaks(self.para, ln, number):
            self.para.lines.append(ln)
            return
        self.flush()
        item = number is not None or (ln.words[0].text in _BULLETS and len(ln.words) > 1)
        self.para = _Para([ln], number, ln.words[1].x0 if item else None)

    def breaks(self, para: _Para, cur: _Line, number: str | None) -> bool:
        prev = para.lines[-1]
        page = self.pages[cur.page]
        if prev.bold != cur.bold or abs(prev.size - cur.size) >= self.size_step:
            return True
        same_page = prev.page == cur.page
        tol = 0.25 * cur.size
        if same_page and cur.top - prev.bottom > self.line_gap + max(1.5, 0.2 * cur.size):
            return True
        if self._centred(prev, page) and self._centred(cur, page):
            return self._fits(prev, cur, page)
        if number is not None or (cur.words[0].text in _BULLETS and len(cur.words) > 1):
            if number is not None and self.last_number is not None and int(number) == self.last_number + 1:
                return True
            if cur.x0 < prev.x0 - tol or (para.text_x0 is not None and abs(cur.x0 - para.lines[0].x0) <= tol):
                return True  # the next item
        if para.text_x0 is not None and para.lines[0].x0 + tol < cur.x0 <= para.text_x0 + tol:
            return self._fits(prev, cur, page)  # under the item's text: a hanging indent
        if cur.x0 > prev.x0 + tol:
            return True  # a first-line indent
        if cur.x0 < prev.x0 - tol and len(para.lines) > 1:
            return True  # left of an indented block
        return self._fits(prev, cur, page)

    def _fits(self, prev: _Line, cur: _Line, page: _Page) -> bool:
        """Would the first word of ``cur`` have fitted on ``prev``?  Then
        ``prev`` ended its paragraph instead of wrapping.  The first word
        takes along the punctuation a line may not start with (" /", " )")."""
        ws = cur.words
        k = 1
        while k < len(ws) and ws[k].text[:1] in _NO_BREAK_BEFORE:
            k += 1
        w = ws[k - 1].x1 - ws[0].x0
        gaps = [b.x0 - a.x1 for ln in (prev, cur) for a, b in zip(ln.words, ln.words[1:])]
        space = min(max(statistics.median(gaps), 0.2 * prev.size), 0.5 * prev.size) if gaps else 0.3 * prev.size
        if self._centred(prev, page) and self._centred(cur, page):
            return (prev.x1 - prev.x0) + space + w <= page.right - page.left
        return prev.x1 + space + w <= page.right

    @staticmethod
    def _centred(ln: _Line, page: _Page) -> bool:
        return ln.x0 > page.left + ln.size and abs(
            (ln.x0 + ln.x1) / 2 - (page.left + page.right) / 2) < 0.75 * ln.size

    def flush(self) -> None:
        para, self.para = self.para, None
        if para is None:
            return
        lines = para.lines
        page = self.pages[lines[0].page]
        text = _lines_text(lines, page.right, " ", self.vocab)
        on_first = [ln for ln in lines if ln.page == lines[0].page]
        bbox = _round((min(ln.x0 for ln in on_first), min(ln.top for ln in on_first),
                       max(ln.x1 for ln in on_first), max(ln.bottom for ln in on_first)))
        prov = Provenance(page=lines[0].page, bbox=bbox, paragraph=len(self.doc.blocks))
        bold = all(ln.bold for ln in lines)
        size = max(ln.size for ln in lines)
        style = ("bold " if bold else "") + f"{size:g}pt"
        if para.number is not None:
            body = text.split(" ", 1)[1] if " " in text else ""
            self.last_number = int(para.number)
            self.doc.add_block(Block("list_item", body.strip(), prov, number=para.number, style=style))
            return
        self.last_number = None
        letters = [ch for ch in text if ch.isalpha()]
        larger = size >= self.body_size + max(1.0, self.size_step)
        if (bold or larger) and letters and len(text) <= 200 and len(lines) <= 3 \
                and not text.rstrip().endswith("."):
            level = 1 if all(ch.isupper() for ch in letters) else 2
            self.doc.add_block(Block("heading", text, prov, level=level, style=style, confidence=0.8))
            return
        self.doc.add_block(Block("paragraph", text, prov, style=style))


# ------------------------------------------------------------------ loading


def _page_count(pdf: Any) -> int:
    """The page count the page tree declares, read before any page is parsed."""
    try:
        count = resolve1(resolve1(pdf.doc.catalog["Pages"])["Count"])
    except Exception:  # noqa: BLE001 - a broken page tree: count the pages pdfminer finds
        count = None
    return count if isinstance(count, int) and count >= 0 else len(pdf.pages)


def _metadata(pdf: Any, n_pages: int) -> dict[str, Any]:
    meta: dict[str, Any] = {"pages": n_pages}
    for key, name in (("Title", "title"), ("Author", "author")):
        v = pdf.metadata.get(key)
        v = v.decode("utf-8", errors="replace") if isinstance(v, bytes) else v
        if isinstance(v, str) and v.strip():
            meta[name] = v.strip()
    return meta


def _cut_short(path: Path) -> bool:
    """True when the file does not end with the ``%%EOF`` marker (in its last KiB)."""
    with open(path, "rb") as f:
        f.seek(max(0, f.seek(0, 2) - 1024))
        return b"%%EOF" not in f.read()


def _explain(e: BaseException, path: Path | None = None) -> PdfLoadError:
    inner = e.args[0] if isinstance(e, PdfminerException) and e.args else e
    if isinstance(inner, (PDFPasswordIncorrect, PDFEncryptionError)):
        return EncryptedPDF(ENCRYPTED_MESSAGE)
    what = str(inner).strip() or type(inner).__name__
    if path is not None and _cut_short(path):
        return DamagedPDF(f"damaged PDF: the file is cut short (it does not end with %%EOF; {what}); "
                          "copy or download it again")
    return DamagedPDF(f"damaged PDF: {what}; re-export or repair it (e.g. qpdf in.pdf out.pdf) and ingest again")


def load(path: Path, config: Config) -> Document:
    from esep.plugins.pdf.ocr import OcrUnavailable, ScanReader  # scanned pages: image tables, OCR

    try:
        pdf = pdfplumber.open(path)
    except OSError:
        raise
    except Exception as e:  # noqa: BLE001 - whatever pdfminer trips over, the file is broken
        raise _explain(e, path) from e
    pages: list[_Page] = []
    errors: list[str] = []
    try:
        n_pages = _page_count(pdf)
        if n_pages > config.max_pages:
            raise TooManyPages(
                f"the PDF has {n_pages} pages, more than max_pages={config.max_pages}; "
                "raise the limit (--max-pages) or split the file")
        meta = _metadata(pdf, n_pages)
        scans = ScanReader(config)
        for i, page in enumerate(pdf.pages, 1):
            try:
                pages.append(scans.read(page, i) if scans.wants(page) else _read_page(page, i))
            except OcrUnavailable:
                raise
            except Exception as e:  # noqa: BLE001 - one bad page does not lose the others
                if config.strict or isinstance(e, (PDFPasswordIncorrect, PDFEncryptionError)):
                    raise _explain(e, path) from e
                log.warning("%s: page %d cannot be read: %s", path, i, e)
                errors.append(f"page {i}: {e}")
            finally:
                page.close()
    except (PdfLoadError, OSError, OcrUnavailable):
        raise
    except Exception as e:  # noqa: BLE001 - a broken page tree
        raise _explain(e, path) from e
    finally:
        try:
            if hasattr(pdf, "_pages"):  # else pdfplumber's close() would build every page object
                pdf.close()
            else:
                pdf.stream.close()
        except Exception:  # noqa: BLE001 - closing a damaged file
            log.debug("closing %s failed", path, exc_info=True)
    if not pages:
        raise _explain(PdfLoadError("no page could be read (" + ("; ".join(errors[:3]) or "it has none") + ")"), path)
    if errors:
        meta["page_errors"] = errors
    if _cut_short(path):
        log.warning("%s: the file does not end with %%%%EOF; it may be cut short", path)
        meta["truncated"] = True
    meta["pages_read"] = len(pages)
    doc = _assemble(pages, str(path), meta)
    scans.finish(doc)
    return doc


def _assemble(pages: list[_Page], path: str, meta: dict[str, Any]) -> Document:
    doc = Document(id="", path=path, format="pdf", metadata=meta)
    _mark_running(pages)
    for p in pages:
        if not p.tables:
            _find_text_tables(p)
    _join_tables(pages)
    _set_margins(pages)
    if not any(ln.role == "body" for p in pages for ln in p.lines) and not any(p.tables for p in pages):
        meta["needs_ocr"] = True  # no text layer: a scan
    _Builder(doc, pages).run(pages)
    return doc


@hookimpl
def register_loaders(register):
    register(Loader(name="pdf", format="pdf", suffixes=(".pdf",), sniff=sniff, load=load,
                    any_suffix=True, describe="a PDF file"))


@hookimpl
def handle_ingest_error(path, stage, exception, config):
    if isinstance(exception, PdfLoadError):
        return str(exception)
    if isinstance(exception, (PdfminerException, PSException)):
        return str(_explain(exception))
    return None
