"""Reading order and paragraphs: running headers and footers, the margins
of the text, and the walk over lines and tables that builds blocks."""

from __future__ import annotations

import logging
import re
import statistics
from collections import Counter
from dataclasses import dataclass
from typing import Any

from esep.model import Block, Document, Provenance, Table
from esep.plugins.pdf.pages import (
    BULLETS, Line, NO_BREAK_BEFORE, PTable, Page, columns_by_gutter, lines_text, look_up_pieces, round_box, vocabulary,
)
from esep.plugins.pdf.tables import merged_cells

log = logging.getLogger(__name__)
_PAGE_NUMBER_RE = re.compile(
    r"^(?:[-–—(\[]\s*)?(?:(?:page|p\.|стр\.?|с\.|бет\.?)\s*)?\d{1,4}"
    r"(?:\s*(?:of|из|/)\s*\d{1,4})?(?:\s*(?:бет|стр\.?))?(?:\s*[-–—)\]])?$",
    re.I,
)
_MARGIN_ZONE = 0.12  # top/bottom fraction of the page where headers and footers live
#: the margins a browser prints a page with: the date and time the page was printed (and the page's title) at the
#: top ("12/7/26, 8:46 AM Итоги года — ...", "07.12.2026, 08:46 ..."), its address (and "1/3") at the foot
_BROWSER_MARGIN_RE = re.compile(
    r"^(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?(?:\s|$)"
    r"|(?:https?|file)://\S+(?:\s+\d{1,4}\s*/\s*\d{1,4})?$)", re.I)




def _norm(text: str) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", " ", text.strip().lower()))


def mark_running(pages: list[Page]) -> None:
    """Running headers and footers: text that comes back at the same height
    in the margin zone of most pages (numbers may change, and on a scan OCR
    may read it a little differently each time); lone page numbers
    above or below everything else on their page, and the margins a browser
    prints a page with (the date and time at the top, the address and "1/3"
    at the foot), on a page printed alone too."""
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
            if n >= 2 and len(same) < need:
                same |= _alike(_norm(ln.text), ln.top, seen)
            if n >= 2 and len(same) >= need:
                ln.role = "header"
        for ln in _edge_lines(p):
            if (_PAGE_NUMBER_RE.match(ln.text.strip()) or _BROWSER_MARGIN_RE.match(ln.text.strip())) \
                    and _in_margin(ln, p):
                ln.role = "header"  # (a browser's margins: on a page printed alone too)


def running_header(pages: list[Page]) -> str | None:
    """The running header at the top of the first page that has one (its
    lines of words, not a page number): a report may name its organization
    there alone.  Call after :func:`mark_running`."""
    for p in pages:
        lines = [ln for ln in p.lines if ln.role == "header" and ln.top < p.height / 2
                 and not _PAGE_NUMBER_RE.match(ln.text.strip()) and any(ch.isalpha() for ch in ln.text)]
        if lines:
            return " ".join(" ".join(ln.text.split()) for ln in sorted(lines, key=lambda ln: ln.top))
    return None


_ALIKE_LEN = 12  # characters a running line needs to be recognised though OCR read it differently
_ALIKE_SCORE = 75.0  # rapidfuzz ratio of two OCR readings of one running line


def _alike(text: str, top: float, seen: dict[str, list[tuple[int, float]]]) -> set[int]:
    """Pages with a margin line at the same height whose text is much the
    same: a running footer of a scan reads differently on every page."""
    if len(text) < _ALIKE_LEN:
        return set()
    from rapidfuzz import fuzz

    return {pg for other, hits in seen.items() if len(other) >= _ALIKE_LEN
            and fuzz.ratio(text, other, score_cutoff=_ALIKE_SCORE)
            for pg, t in hits if abs(t - top) <= 4.0}


def _in_margin(ln: Line, p: Page) -> bool:
    return ln.bottom <= p.height * _MARGIN_ZONE or ln.top >= p.height * (1 - _MARGIN_ZONE)


def _edge_lines(p: Page) -> list[Line]:
    """The body lines above and below everything else on the page."""
    body = [ln for ln in p.lines if ln.role == "body"]
    if not body:
        return []
    first, last = min(body, key=lambda ln: ln.top), max(body, key=lambda ln: ln.bottom)
    return [ln for ln, ok in ((first, all(first.bottom <= t.bbox[1] for t in p.tables)),
                              (last, all(last.top >= t.bbox[3] for t in p.tables))) if ok]




def _edge(values: list[float], size: float, highest: bool) -> float | None:
    """The right (or left) edge of the text area: the extreme value, unless
    it stands far out from the next ones (a line running into the margin)."""
    vs = sorted(values, reverse=highest)
    if not vs:
        return None
    if len(vs) >= 10 and abs(vs[0] - vs[1]) > 2 * size:
        return vs[1]
    return vs[0]


def set_margins(pages: list[Page]) -> None:
    """Left and right edges of the text, from all body lines of the pages of
    the same width (a page alone has too few full lines to tell)."""
    groups: dict[int, list[Line]] = {}
    for p in pages:
        groups.setdefault(round(p.width), []).extend(ln for ln in p.lines if ln.role == "body")
    for p in pages:
        lines = groups[round(p.width)]
        size = statistics.median([ln.size for ln in lines]) if lines else 12.0
        p.left = _edge([ln.x0 for ln in lines], size, highest=False) or 0.0
        p.right = _edge([ln.x1 for ln in lines], size, highest=True) or p.width


@dataclass
class Para:
    lines: list[Line]
    number: str | None = None
    text_x0: float | None = None  # where a numbered or bulleted item's text starts (its hanging indent)
    marker: str = ""  # the item's number as printed ("153." or "153)")


#: a list item's number: its own word ("153.", "153)") or glued to the text ("153.Попова")
_ITEM_NUMBER_RE = re.compile(r"^(\d{1,3})[.)](?:$|(?=[^\W\d_]|[«\"“(]))")
#: how far (in font sizes) a hanging indent may reach right of an item's number
_HANGING = 4.0
_ENDS_SENTENCE = re.compile(r"[.!?:;]\s*$")
_FIGURE_WORD = re.compile(r"\d[\d,.]*[.,;)]?")


def prose_columns(pages: list[Page]) -> None:
    """Prose set in two columns whose lines stand at heights of their own:
    the body lines left once the tables are read are split at the gutter
    :func:`pages.columns_by_gutter` finds (where :func:`pages.set_in_columns`
    saw only the stretches whose lines share their heights), so that the left column is
    read to its foot before the right one (a sentence running from the
    foot of one column to the top of the next stays one)."""
    for p in pages:
        body = sorted((ln for ln in p.lines if ln.role == "body"), key=lambda ln: ln.top)
        if not body:
            continue
        split = columns_by_gutter(body, p.width)
        if split is not body:
            p.lines = [ln for ln in p.lines if ln.role != "body"] + split


#: the first group of a figure written in groups of three, and a further group (its punctuation after it)
_GROUP_HEAD = re.compile(r"\d{1,3}")
_GROUP = re.compile(r"\d{3}(?:[.,]\d+)?[.,;:)]?$")


def _dash_figure(ln: Line) -> bool:
    """A line opening with a dash and a figure ("– 8,8. Жоспар …")."""
    return len(ln.words) > 1 and ln.words[0].text in ("-", "–", "—") and bool(_FIGURE_WORD.fullmatch(ln.words[1].text))


def _item_number(ln: Line) -> tuple[str | None, str]:
    """The list number a line starts with, and the marker as printed; a lone
    number with nothing after it is no item."""
    m = _ITEM_NUMBER_RE.match(ln.words[0].text)
    if m is None or (len(ln.words) == 1 and m.end() == len(ln.words[0].text)):
        return None, ""
    return m.group(1), m.group(0)


class Builder:
    """Walks the body lines and tables of all pages in reading order and
    adds blocks and tables to a Document."""

    def __init__(self, doc: Document, pages: list[Page], lexicon: Any = None):
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
        self.vocab = vocabulary(body + [ln for p in pages for t in p.tables for ls in t.lines for ln in ls])
        if lexicon is not None:  # the words a narrow column cut: a dictionary helps put them together
            look_up_pieces([(ls, right) for p in pages for t in p.tables for ls, right in zip(t.lines, t.rights)],
                           self.vocab, lexicon)
        self.para: Para | None = None
        self.last_number: int | None = None
        self.table_no = 0

    def run(self, pages: list[Page]) -> None:
        for p in pages:
            # (lines set in columns: each column from its top down, the left one first)
            items: list[tuple[tuple, int, Any]] = [
                ((ln.flow[0], 1, ln.flow[1], ln.top) if ln.flow else (ln.top, 1, 0, ln.top), 1, ln)
                for ln in p.lines if ln.role == "body"]
            items += [((t.top, 0, 0, t.top), 0, t) for t in p.tables if t.root is None]
            for _, _, it in sorted(items, key=lambda x: x[0]):
                if isinstance(it, PTable):
                    self.flush()
                    self.last_number = None
                    self.add_table(it)
                else:
                    self.add_line(it)
        self.flush()

    def add_table(self, t: PTable) -> None:
        cells = merged_cells(t, self.vocab)
        for c in cells:
            if c.provenance is not None:
                c.provenance.table = self.table_no
        self.doc.add_table(Table(cells, Provenance(page=t.page, bbox=t.bbox, table=self.table_no)))
        self.table_no += 1

    def add_line(self, ln: Line) -> None:
        number, marker = _item_number(ln)
        if self.para is not None and not self.breaks(self.para, ln, number):
            self.para.lines.append(ln)
            return
        self.flush()
        bullet = number is None and ln.words[0].text in BULLETS and len(ln.words) > 1
        text_x0 = None
        if number is not None:
            w = ln.words[0]
            # where the item's text starts: after the number, whether or not a space follows it
            text_x0 = ln.words[1].x0 if len(w.text) == len(marker) else w.x0 + (w.x1 - w.x0) * len(marker) / len(w.text)
        elif bullet:
            text_x0 = ln.words[1].x0
        self.para = Para([ln], number, text_x0, marker)

    def breaks(self, para: Para, cur: Line, number: str | None) -> bool:
        prev = para.lines[-1]
        page = self.pages[cur.page]
        if prev.bold != cur.bold or abs(prev.size - cur.size) >= self.size_step:
            return True
        same_page = prev.page == cur.page
        tol = 0.25 * cur.size
        # the leading grows with the font: a heading set larger keeps its lines as far apart as the body's in
        # proportion (a browser's title at 1.5 line height over two lines is one paragraph)
        scale = max(1.0, min(prev.size, cur.size) / self.body_size)
        if same_page and cur.top - prev.bottom > self.line_gap * scale + max(1.5, 0.2 * cur.size):
            return True
        if self._centred(prev, page) and self._centred(cur, page):
            return self._fits(prev, cur, page)
        if number is None and para.text_x0 is None and _dash_figure(cur) and not _ENDS_SENTENCE.search(prev.text):
            return False  # "Посещаемость" / "– 8,8.": the dash between a name and its figure, wrapped
        if number is not None or (cur.words[0].text in BULLETS and len(cur.words) > 1):
            if number is not None and self.last_number is not None and int(number) == self.last_number + 1:
                return True
            if number is not None and para.number is not None and int(number) == int(para.number) + 1:
                return True  # the next item of a numbered list
            if number is not None and _ENDS_SENTENCE.search(prev.text):
                return True  # a numbered line after a finished sentence starts an item
            if cur.x0 < prev.x0 - tol or (para.text_x0 is not None and abs(cur.x0 - para.lines[0].x0) <= tol):
                return True  # the next item
        first = para.lines[0]
        if para.text_x0 is not None and first.x0 + tol < cur.x0 <= max(para.text_x0, first.x0 + _HANGING * cur.size) + tol:
            return self._fits(prev, cur, page)  # under the item's text: a hanging indent
        if cur.words[0].text[:1].islower() and not _ENDS_SENTENCE.search(prev.text):
            return False  # a line starting in lower case goes on with the sentence above
        if cur.x0 > prev.x0 + tol:
            return True  # a first-line indent
        if cur.x0 < prev.x0 - tol and len(para.lines) > 1:
            return True  # left of an indented block
        return self._fits(prev, cur, page)

    def _fits(self, prev: Line, cur: Line, page: Page) -> bool:
        """Would the first word of ``cur`` have fitted on ``prev``?  Then
        ``prev`` ended its paragraph instead of wrapping.  The first word
        takes along the punctuation a line may not start with (" /", " )"),
        and a figure of one to three digits the groups of three digits after
        it ("236 480 дана": the groups are held together by a no-break space,
        which the PDF's words do not keep)."""
        ws = cur.words
        k = 1
        while k < len(ws) and ws[k].text[:1] in NO_BREAK_BEFORE:
            k += 1
        # a figure's groups go together: word processors hold "236 480" on one line with a no-break space
        if k == 1 and _GROUP_HEAD.fullmatch(ws[0].text):
            while k < len(ws) and _GROUP.match(ws[k].text):
                k += 1
                if not ws[k - 1].text.isdigit():
                    break  # the figure ends with its decimals or punctuation
        w = ws[k - 1].x1 - ws[0].x0
        gaps = [b.x0 - a.x1 for ln in (prev, cur) for a, b in zip(ln.words, ln.words[1:])]
        space = min(max(statistics.median(gaps), 0.2 * prev.size), 0.5 * prev.size) if gaps else 0.3 * prev.size
        if self._centred(prev, page) and self._centred(cur, page):
            return (prev.x1 - prev.x0) + space + w <= page.right - page.left
        return prev.x1 + space + w <= (cur.flow[2] if cur.flow else page.right)

    @staticmethod
    def _centred(ln: Line, page: Page) -> bool:
        return ln.x0 > page.left + ln.size and abs(
            (ln.x0 + ln.x1) / 2 - (page.left + page.right) / 2) < 0.75 * ln.size

    def flush(self) -> None:
        para, self.para = self.para, None
        if para is None:
            return
        lines = para.lines
        page = self.pages[lines[0].page]
        text = lines_text(lines, page.right, " ", self.vocab)
        on_first = [ln for ln in lines if ln.page == lines[0].page]
        bbox = round_box((min(ln.x0 for ln in on_first), min(ln.top for ln in on_first),
                       max(ln.x1 for ln in on_first), max(ln.bottom for ln in on_first)))
        prov = Provenance(page=lines[0].page, bbox=bbox, paragraph=len(self.doc.blocks))
        bold = all(ln.bold for ln in lines)
        size = max(ln.size for ln in lines)
        style = ("bold " if bold else "") + f"{size:g}pt"
        if para.number is not None:
            body = text[len(para.marker):]
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
