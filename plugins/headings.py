"""Heading detection from the text itself, for every format.

Many real reports mark their section titles only by writing them in capitals
or on a short line of their own ("КІТАПХАНА РЕСУРСТАРЫ. ҚОРДЫ ҚАЛЫПТАСТЫРУ",
"Кадрлар", "Жеңіс күніне орай").  Loaders mark the headings they know from
styles; this normalizer promotes the paragraphs that look like headings:

* level 1: a line of at most 120 characters whose letters are (nearly) all
  capitals;
* level 2: a line of at most 8 words and 80 characters with no sentence
  punctuation at its end, that starts with a capital letter or a quote and
  is followed by a longer paragraph, a list or a table.

Set ``--set headings=off`` to keep the loaders' headings only.
"""

from __future__ import annotations

import re

from esep import hookimpl
from esep.model import Document
from esep.plugins.lang.alphabet import LETTERS, UPPER
from esep.plugins.lang.gates import gated

_END_PUNCT = tuple(".,;:!?…)")

#: a line of a table of contents: a title, a tab or leader dots, a page number (and a PDF may run the next
#: entry's number on: "Қаржыландыру.........11 8."); a section's own number may stand in its name ("Раздел 1.
#: Общие сведения<TAB>3", "2-бөлім. Кітап қоры<TAB>7")
CONTENTS_LINE_RE = re.compile(r"(?i)^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?\s+|(?:раздел|глава|часть|бөлім|тарау)\s*\d{1,2}\.?\s*"
                              r"|\d{1,2}\s*-?\s*(?:бөлім|тарау)\.?\s*)?[^\d\t]{3,120}?(?:\t+|\s*(?:\.\s?){3,}|\s*…+)\s*"
                              r"(\d{1,3})(?:\s+\d{1,2}(?:\.\d{1,2})*\.?)?\s*$")
# every line of contents holds a tab, three dots or an ellipsis before its page
CONTENTS_LINE_RE = gated(CONTENTS_LINE_RE, "\t", "…", gate=r"\.\s?\.\s?\.", cased=True)
_CONTENTS_TITLE_RE = re.compile(r"(?i)^\s*(?:содержание|оглавление|мазмұны|мазмұн)\s*:?\s*$")


#: where one entry of contents ends when a PDF or a text export runs several into one paragraph: the leader
#: and the page number ("1.1. Читатели ........ 3 1.2. Посещения ........ 4")
_ENTRY_END_RE = re.compile(r"(?:\t+|\s*(?:\.\s?){3,}|\s*…+)\s*\d{1,3}(?=\s|$)")
#: a line of contents under its heading with a dash before the page: "Раздел 3. Массовая работа – 14"; without
#: the heading such a line is a figure of a list ("Читателей – 5")
_CONTENTS_DASH_RE = re.compile(r"(?i)^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?\s+|(?:раздел|глава|часть|бөлім|тарау)\s*\d{1,2}\.?\s*"
                               r"|\d{1,2}\s*-?\s*(?:бөлім|тарау)\.?\s*|[IVX]{1,4}\.\s*)?[^\d\t]{3,120}?\s[–—-]\s*(\d{1,3})\s*$")
_DASH_END_RE = re.compile(r"\s[–—-]\s*\d{1,3}(?=\s|$)")


def is_contents_title(text: str) -> bool:
    """Whether a line is the heading of a table of contents ("Содержание", "Оглавление", "Мазмұны")."""
    return bool(_CONTENTS_TITLE_RE.match(text))


def _pages(text: str, line_re, end_re) -> list[int] | None:
    """The page numbers of a line of contents, or of several lines of contents run into one paragraph
    (each piece up to a page number a line of its own); None when the text is none."""
    m = line_re.match(text)
    if m is not None:
        return [int(m.group(1))]
    pages: list[int] = []
    start = 0
    for e in end_re.finditer(text):
        m = line_re.match(text[start:e.end()])
        if m is None:
            return None
        pages.append(int(m.group(1)))
        start = e.end()
    return pages if len(pages) >= 2 and not text[start:].strip() else None


def contents_lines(blocks) -> set[int]:
    """The indexes of the blocks that are lines of a table of contents: under a heading "Содержание",
    "Мазмұны", or a run of three at least whose page numbers do not go down.  A paragraph may hold several
    lines run together; under the heading a dash may stand for the leader, when the pages never fall."""
    out: set[int] = set()
    run: list[tuple[int, list[int], bool]] = []
    titled = False

    def close() -> None:
        pages = [n for _, ns, _ in run for n in ns]
        rising = all(a <= b for a, b in zip(pages, pages[1:]))
        if (titled and run and (rising or not any(dash for _, _, dash in run))) or (len(pages) >= 3 and rising):
            out.update(i for i, _, _ in run)

    for b in blocks:
        text = b.text or ""
        pages = _pages(text, CONTENTS_LINE_RE, _ENTRY_END_RE) if CONTENTS_LINE_RE.may_match(text) else None
        dash = False
        if pages is None and titled:
            pages = _pages(text, _CONTENTS_DASH_RE, _DASH_END_RE)
            dash = True
        if pages:
            run.append((b.index, pages, dash))
            continue
        close()
        run = []
        titled = is_contents_title(text)
    close()
    return out


def _letters(text: str) -> list[str]:
    return [ch for ch in text if ch.isalpha()]


def is_caps_title(text: str) -> bool:
    t = text.strip()
    if len(t) > 120:  # before the letters are counted: most paragraphs are long
        return False
    letters = _letters(t)
    if len(letters) < 4:
        return False
    upper = sum(1 for ch in letters if ch.isupper())
    return upper / len(letters) >= 0.9 and not t.endswith((",", ";", ":"))


def is_short_title(text: str) -> bool:
    t = text.strip()
    if not t or len(t) > 80 or len(t.split()) > 8:
        return False
    if t.endswith(_END_PUNCT) and not t.endswith("...»"):
        return False
    first = t[0]
    if not (first.isupper() or first in "«\"№"):
        return False
    if re.match(r"^\d", t) or re.match(rf"^[{UPPER}A-Z]\.\s?[{UPPER}A-Z]?\.?[{LETTERS}]+$", t):
        return False  # a year-led sentence, or a signature "Л.Власова"
    return len(_letters(t)) >= 3


def _next_is_body(doc: Document, i: int, table_positions: set | None = None) -> bool:
    """The block after ``i`` (or a table right after it) is body text."""
    if i in (table_positions if table_positions is not None else {t.position for t in doc.tables}):
        return True
    if i + 1 >= len(doc.blocks):
        return False
    nxt = doc.blocks[i + 1]
    return nxt.kind == "list_item" or (nxt.kind == "paragraph" and len(nxt.text) > len(doc.blocks[i].text))


def promote_headings(doc: Document) -> int:
    """Mark heading-like paragraphs as headings; returns how many changed."""
    changed = 0
    table_positions = {t.position for t in doc.tables}
    for i, b in enumerate(doc.blocks):
        if b.kind != "paragraph" or CONTENTS_LINE_RE.match(b.text):
            continue  # "Раздел 1. Общие сведения<TAB>3": a line of the table of contents, no title of the body
        if is_caps_title(b.text):
            b.kind, b.level = "heading", 1
            changed += 1
        elif is_short_title(b.text) and _next_is_body(doc, i, table_positions):
            b.kind, b.level = "heading", 2
            changed += 1
    return changed


@hookimpl(tryfirst=True)
def prepare_document(document: Document, config) -> None:
    if str(config.get("headings", "on")).lower() in ("off", "0", "no", "false"):
        return
    promote_headings(document)


__all__ = ["promote_headings", "is_caps_title", "is_short_title", "contents_lines", "is_contents_title", "CONTENTS_LINE_RE"]
