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


def contents_lines(blocks) -> set[int]:
    """The indexes of the blocks that are lines of a table of contents: under a heading "Содержание",
    "Мазмұны", or a run of three at least whose page numbers do not go down."""
    out: set[int] = set()
    run: list[tuple[int, int]] = []
    titled = False

    def close() -> None:
        if len(run) >= 3 or (titled and run):
            if all(a[1] <= b[1] for a, b in zip(run, run[1:])) or titled:
                out.update(i for i, _ in run)

    for b in blocks:
        m = CONTENTS_LINE_RE.match(b.text or "")
        if m is not None:
            run.append((b.index, int(m.group(1))))
            continue
        close()
        run = []
        titled = bool(_CONTENTS_TITLE_RE.match(b.text or ""))
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


__all__ = ["promote_headings", "is_caps_title", "is_short_title", "contents_lines", "CONTENTS_LINE_RE"]
