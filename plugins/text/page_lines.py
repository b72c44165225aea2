"""Plain text that an OCR program saved from a scanned report with the page's
lines kept (FineReader's and scanners' "Text"; a PDF's text written out
with its layout): every line of the page is a line of the file, so a
paragraph is broken every 60 to 100 characters, a long word is hyphenated
at a line's end, and a page number and a running head (the report's title
repeated at the top of each page) stand between the halves of a sentence
cut by the page break::

    В 2023 году библиотеками системы проведено 1 596 мероприятий, в них приня-
    ли участие 41 760 человек. Число читателей составило

                                  - 2 -

    Отчет о деятельности ЦБС Тарбагатайского района за 2023 год

    22 310 человек, из них детей – 7 905.

Word's and Writer's plain text writes a paragraph a line: its lines end a
sentence or a heading, and a line that stops inside a sentence with the
next line going on in small letters is rare.  A text is read as page lines
when most of its long lines of prose (six words at least) stop inside a
sentence, at about the same width (at most 100 characters), and the next
line goes on with the sentence, or when page numbers set apart from the
text count two pages at least (:func:`page_lines`; when of four lines of
prose or more at most one in five, and one at most, stops inside a sentence
that goes on below, the lines are a word processor's paragraphs printed
with their page breaks and numbers: the page numbers and running heads are
left out, and nothing else is done).  Then

- the page's furniture is left out of the text: page numbers alone on a line
  ("2", "- 2 -", "– 2 –", "Стр. 2", "2 бет") that count the pages in order,
  and a running head, a line at the top of a page after the first that
  repeats the report's first lines or another page's head (OCR may read
  its letters differently on each page);
- a line goes on the paragraph of the line above (:func:`goes_on`) when
  that line stops inside a sentence and the next starts in small letters,
  with a closing bracket or punctuation, or with the rest of a figure cut
  by the break ("… составило 12" / "450 человек"); or when the line above
  fills the page's width and stops inside a sentence, and the next is no
  list item, no table line and not indented as a paragraph's first line;
- a word hyphenated at a line's end is written with the break as a space
  ("приня- ли"): the OCR repair joins it (rule ``hyphen``), keeping the
  text as read.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass

from esep.plugins.lang.alphabet import LOWER

#: a page number alone on its line
#: "— 2 —", "Стр. 2", "Страница 2 из 5", "2 из 5", "2/5", "2-бет", "— 2 бет —" (of a count of pages
#: as a word processor's "page N of M" field writes it)
_PAGE_BODY = (r"(?:(?:стр\.?|страница|с\.|бет|page)\s*(\d{1,3})|(\d{1,3})(?:\s*-?\s*(?:бет|б\.|стр\.?))?)"
              r"(?:\s*(?:из|of|/)\s*\d{1,3})?")
_PAGE_NO = re.compile(rf"^\s*(?:[-–—]\s*{_PAGE_BODY}\s*[-–—]|{_PAGE_BODY})\s*$", re.I)
#: a line that ends a sentence (or a heading with a colon)
_SENTENCE_END = re.compile(r"[.!?:;…][»\")\]]*$")
#: a line that goes on a sentence: small letter, a closing bracket, punctuation
_GOES_ON = re.compile(rf"^\s*(?:[{LOWER}a-z]|[)\]»,;:.])")
#: a figure of one to three digits at a line's end, after a space (not a decimal's part)
_CUT_FIGURE = re.compile(r"(?:^|\s)\d{1,3}$")
#: the rest of a figure: a group of three digits, then no digit
_GROUP_START = re.compile(r"^\s*\d{3}(?![\d])")
#: a list item's, a dash item's or a numbered section's start ("2.", "–", "2.1"; not a date "01.07.2022")
_ITEM = re.compile(r"^\s*(?:\d{1,3}[.)]\s|[-–—•]\s|\d{1,2}\.\d{1,2}\.?\s)")
#: a dash opening a line
_DASH = re.compile(r"^[-–—]\s")
#: a word hyphenated at the line's end
_HYPHENATED = re.compile(r"[^\W\d_]-$")
#: two spaces or more inside a line's text: cells of a table lined up with spaces
_GAP = re.compile(r"\S {2,}\S")
#: a gap of a table lined up with spaces inside a line: three spaces or more, or two beside a figure (two
#: spaces between words alone are a justified line's, as a PDF's text written out with its layout keeps them)
_TABLE_GAP = re.compile(r"\S {3,}\S|\d {2,}\S|\S {2,}\d")
#: least share of long prose lines that stop inside a sentence with the sentence going on below
MIN_SHARE = 0.4
#: the same when a page number stands among the lines
MIN_SHARE_PAGED = 0.2
MIN_BROKEN = 2
#: least lines of prose, none going on below, for paged text to be paragraphs a line each
MIN_PARAGRAPHS = 4


def _prose(text: str) -> bool:
    return "\t" not in text and not _GAP.search(text.strip()) and len(text.split()) >= 6


def _continues(a: str, b: str) -> bool:
    """``b`` goes on the sentence that ``a`` stops inside of: ``a`` has no
    sentence end and ``b`` starts in a small letter, with a closing bracket
    or punctuation, or with the rest of a figure; or ``a`` ends in an
    abbreviation's full stop ("тыс.", "экз.", "г.") and ``b`` starts in a
    small letter; or ``a`` stops inside a sentence and ``b`` starts with a
    dash that is no list's ("посещаемость" / "– 8,3"), ``a`` being no dash
    item itself; or ``a`` ends in a preposition or a conjunction (a word of
    three small letters at most) and ``b`` is no list item."""
    a, b = a.rstrip(), b.strip()
    if not a or not b:
        return False
    small = b[:1].islower()
    if a.endswith(".") and small:
        return True
    if _SENTENCE_END.search(a):
        return False
    if (_HYPHENATED.search(a) and small) or _GOES_ON.match(b):
        return True
    if _DASH.match(b):
        return not _DASH.match(a.lstrip())
    last = a.split()[-1]
    if len(last) <= 3 and last.isalpha() and last.islower() and not _ITEM.match(b):
        return True  # a preposition or a conjunction ends no sentence ("… Фонд на" / "01.07.2022 г. – …")
    return bool(_CUT_FIGURE.search(a) and _GROUP_START.match(b))


@dataclass
class PageLines:
    """A text read as page lines: its width and the lines left out."""

    width: int
    furniture: set[int]  # indices of page numbers, running heads and blank lines around them
    pages: int  # page numbers found
    #: the lines are a page's lines, cut at its width (a scan's); False for paragraphs a line each between
    #: page numbers (a word processor's text printed with its page breaks): the furniture goes, no line is joined
    wrapped: bool = True
    #: the page's left margin, in spaces, that every line of the text keeps (a PDF's text written out
    #: with its layout); ``width`` is counted without it
    margin: int = 0
    #: the pages are parted by form feeds
    fed: bool = False

    def body(self, text: str) -> str:
        """The line without the page's margin (a paragraph's first-line indent stays)."""
        return text[self.margin:] if not text[:self.margin].strip() else text.lstrip()


def page_margin(texts: Sequence[str]) -> int:
    """The spaces every line of a text opens with (a page's left margin, as
    a PDF's text written out with its layout keeps it); 0 when a line opens
    with a letter, a figure or a TAB."""
    leads = [len(t) - len(t.lstrip(" ")) for t in texts if t.strip()]
    return min(leads) if leads and not any(t.startswith("\t") for t in texts) else 0


def page_lines(lines: Sequence) -> PageLines | None:
    """The page lines of a text (see the module), or None when its lines are paragraphs."""
    texts = [ln.text for ln in lines]
    feeds = {k for k, ln in enumerate(lines) if getattr(ln, "feed", False)}
    margin = page_margin(texts)
    texts = [t[margin:] for t in texts]
    found = _page_lines(texts, feeds)
    if found is not None:
        found.margin, found.fed = margin, bool(feeds)
    return found


def _page_lines(texts: list[str], feeds: set[int]) -> PageLines | None:
    prose = [k for k, t in enumerate(texts) if _prose(t)]
    lengths = sorted(len(texts[k].rstrip()) for k in prose)
    width = lengths[int(0.9 * (len(lengths) - 1))] if lengths else 0
    if lengths and (lengths[-1] > 110 or width > 100):
        return None  # paragraphs a line each
    furniture, pages, apart = _furniture(texts, feeds)
    # a number at the edge of every page of a text parted by form feeds (pdftotext ends each page, the
    # last one too, with a feed): a PDF's text, however few its pages
    numbered = bool(feeds) and pages >= max(1, len(feeds) - 1)
    if (apart >= 2 or numbered) and not any(t.startswith("\t") for t in texts):
        # page numbers counting the pages apart; lines of prose of which hardly any stops inside a sentence
        # going on below are paragraphs (a word processor's text with its page breaks and numbers), no scan's
        broken = _broken(texts, prose, furniture, width or 80)
        paragraphs = len(prose) >= MIN_PARAGRAPHS and broken < MIN_BROKEN and broken < MIN_SHARE_PAGED * len(prose)
        return PageLines(width or 80, furniture, pages, wrapped=not paragraphs)
    if len(prose) < 6 or width < 55:
        return None
    broken = _broken(texts, prose, furniture, width)
    if broken < MIN_BROKEN or broken < (MIN_SHARE_PAGED if pages else MIN_SHARE) * len(prose):
        return None
    return PageLines(width, furniture, pages)


def _broken(texts: list[str], prose: list[int], furniture: set[int], width: int) -> int:
    """How many lines of ``prose`` stop inside a sentence that the next line of the text goes on."""
    body = [k for k in range(len(texts)) if k not in furniture]
    nxt = {a: b for a, b in zip(body, body[1:])}
    return sum(1 for k in prose if k in nxt and goes_on(texts[k], texts[nxt[k]], width))


def _number(text: str) -> int | None:
    m = _PAGE_NO.match(text)
    if not m:
        return None
    return int(next(g for g in m.groups() if g))


def _alone(texts: list[str], k: int) -> bool:
    """Line ``k`` stands apart: a blank line or the text's edge on one side at least, or a form feed."""
    before = k == 0 or not texts[k - 1].strip() or "\f" in texts[k - 1]
    after = k + 1 >= len(texts) or not texts[k + 1].strip()
    return before or after


def _furniture(texts: list[str], feeds: set[int] = frozenset()) -> tuple[set[int], int, int]:
    """The page numbers (a run counting up by one, in the text's order, each
    on a line apart) and the running heads at the top of the pages after
    them, with the blank lines around them; the count of page numbers, and of
    those set apart from the text (indented as a centred number is, or
    written with dashes or a word: "- 2 -", "Стр. 2").  In a text whose pages
    are parted by form feeds (``feeds``: the lines opening a page), the top
    line of two pages or more written alike (:func:`_same_head`) is a
    running head too, whether or not page numbers stand before it."""
    cands = [(k, n) for k, t in enumerate(texts) if (n := _number(t)) is not None and _alone(texts, k)]
    if feeds:
        edges = _page_edges(texts, feeds)
        cands = [(k, n) for k, n in cands if k in edges]
    best: list[int] = []
    for s in range(len(cands)):
        run = [cands[s][0]]
        want = cands[s][1] + 1
        for k, n in cands[s + 1:]:
            if n == want:
                run.append(k)
                want += 1
        if len(run) > len(best) and cands[s][1] <= 2:
            best = run
    # a single page number: at the text's end, set apart by its indent or dashes
    if len(best) == 1:
        k = best[0]
        t = texts[k]
        last = max((j for j, x in enumerate(texts) if x.strip()), default=-1)
        if k != last and not (len(t) - len(t.lstrip()) >= 10 or re.search(r"[-–—]", t)):
            best = []
    out: set[int] = set(best)
    first_lines = [t.strip() for t in texts[:6] if t.strip()]
    tops = []
    for k in best:
        j = k + 1
        while j < len(texts) and not texts[j].strip():
            j += 1
        if j < len(texts):
            tops.append(j)
    heads = [j for j in tops if _repeats(texts[j], first_lines, [texts[i] for i in tops if i != j])]
    fed_tops = []
    for k in sorted({0} | set(feeds)) if feeds else ():  # the first page's top, and each after a form feed
        j = k
        while j < len(texts) and not texts[j].strip():
            j += 1
        if j < len(texts):
            fed_tops.append(j)
    heads += [j for j in fed_tops if any(_same_head(texts[j], texts[i]) for i in fed_tops if i != j)]
    out.update(heads)
    for k in sorted(set(best) | set(heads)):  # the blank lines around each
        for step in (-1, 1):
            j = k + step
            while 0 <= j < len(texts) and not texts[j].strip():
                out.add(j)
                j += step
    apart = sum(1 for k in best if len(texts[k]) - len(texts[k].lstrip()) >= 10 or not texts[k].strip().isdigit())
    return out, len(best), apart


#: how many lines of text at the top and at the foot of a page may hold its number (a running head
#: or a footnote's line may stand beyond it)
EDGE_LINES = 2


def _page_edges(texts: list[str], feeds: set[int]) -> set[int]:
    """The lines at the top and at the foot of the pages of a text parted by
    form feeds (``feeds``: the lines opening a page), where a page's number
    stands: a lone number in the middle of a page (a row's number in a
    table, "1" to "7" down the "№" column, each cell a line) counts no page."""
    out: set[int] = set()
    starts = sorted({0} | set(feeds))
    for a, b in zip(starts, starts[1:] + [len(texts)]):
        body = [k for k in range(a, b) if texts[k].strip() and texts[k].strip() != "\f"]
        out.update(body[:EDGE_LINES] + body[-EDGE_LINES:])
    return out


#: least characters of a running head found by its repeating at the top of pages parted by form feeds
#: ("Приложение 2" after a page break is a section's title, not a running head)
FED_HEAD_MIN = 20


def _same_head(a: str, b: str) -> bool:
    """Two pages' top lines written alike, their figures aside (a page number inside a running head)."""
    a, b = (re.sub(r"\d+", "#", " ".join(t.split())) for t in (a, b))
    return len(a) >= FED_HEAD_MIN and a == b


def _similar(a: str, b: str) -> bool:
    a, b = " ".join(a.split()).lower(), " ".join(b.split()).lower()
    if len(a) < 8 or len(b) < 8:
        return False
    if b.startswith(a) or a.startswith(b):
        return True
    return difflib.SequenceMatcher(None, a, b[:len(a) + 5]).ratio() >= 0.85


def _repeats(line: str, first_lines: list[str], other_tops: list[str]) -> bool:
    """A running head: the top line of a page that repeats one of the report's
    first lines (the title) or the top line of another page."""
    t = line.strip()
    if _GAP.search(t) or len(t) < 8:
        return False
    joined = " ".join(first_lines[:3])
    return any(_similar(t, f) for f in first_lines) or _similar(t, joined) \
        or any(_similar(t, o) for o in other_tops)


#: the gaps a justified line spreads between its words: of two to six spaces, none wider than the
#: narrowest by more than two
_SPREAD = re.compile(r" {2,}")
#: least gaps of a justified line
MIN_SPREAD_GAPS = 4


def _justified(text: str) -> bool:
    """A line of words set justified and written out with its layout
    ("направлена   на   продвижение   чтения,   развитие   краеведения  и"):
    many gaps, all alike, between words with no figure beside them; a row of
    a table lined up with spaces has fewer cells, gaps of any width, and
    figures."""
    gaps = [len(m.group()) for m in _SPREAD.finditer(text)]
    if len(gaps) < MIN_SPREAD_GAPS or max(gaps) > 6 or max(gaps) - min(gaps) > 2:
        return False
    return not re.search(r"\d {2,}|\S {2,}[-+−–]?\d", text)


def _table_gap(text: str) -> bool:
    return bool(_TABLE_GAP.search(text)) and not _justified(text)


def goes_on(a: str, b: str, width: int) -> bool:
    """Line ``b`` goes on the paragraph of line ``a`` in page lines of ``width``."""
    if not b.strip() or not a.strip() or "\t" in a or "\t" in b \
            or _table_gap(b.strip()) or _table_gap(a.strip()):
        return False
    if b[:1].isspace() and b.lstrip()[:1].isupper():
        return False  # a paragraph's first line, indented, opens with a capital
    if _continues(a, b):
        return True
    if _SENTENCE_END.search(a.rstrip()) or _ITEM.match(b) or _DASH.match(a.lstrip()) or b[:1].isspace():
        return False
    return len(a.rstrip()) >= width - 12
