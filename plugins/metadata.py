"""Report metadata: the organization, the reporting period and the language
of a report, into ``documents`` (columns ``organization``, ``period``,
``period_start``, ``period_end``, ``language``) and ``Document.metadata``.

* **period** — from the title area: the loader's title, then the first
  blocks; the first that names a period with
  :func:`esep.plugins.lang.parsing.parse_period` wins, a half-year, quarter or
  nine months before a bare year ("2019 жылдың 1-ші жарты жылдығына
  арналған ... есеп", "Отчёт ... за первое полугодие 2018 года").
* **organization** — a quoted name followed by a legal form («...» КММ,
  ГУ, КГУ, ЖШС ...), preferring names of libraries; else a phrase ending in
  "кітапхана жүйесі", "библиотечная система" or "ЦБС".
* **language** — ``kk``, ``ru`` or ``both``: every block is Kazakh when a
  share of its words have Kazakh-specific letters, Russian when none do;
  the report is ``both`` when the smaller language has at least
  :data:`BOTH_SHARE` of the words of prose blocks, else the larger one.
  Bibliographic references (lines with "//") and quoted titles are not
  counted: a Kazakh report that cites Russian newspapers is Kazakh.

The document's period is the default period of its facts.
"""

from __future__ import annotations

import logging
import re

from sqlite_utils.migrations import Migrations

from esep import hookimpl
from esep.model import Document
from esep.plugins.lang.alphabet import LOWER, UPPER
from esep.plugins.lang.detect import detect_language as text_language
from esep.plugins.lang.periods import Period, parse_period

log = logging.getLogger(__name__)

TITLE_BLOCKS = 12
BOTH_SHARE = 0.2
_WORD = re.compile(r"[^\W\d_]{2,}", re.U)
_TITLE_WORDS = re.compile(r"есеп|есебі|отч[её]т|ақпарат|информаци|анықтама|справк|қорытынд|итог", re.I)

_FORMS = r"КММ|ММ|КМҚК|МКҚК|КГУ|ГУ|КГКП|ГККП|МКП|РГКП|РМҚК|ЖШС|ТОО|ҚБ|ОО|АҚ|АО"
_ORG_QUOTED = re.compile(r"(?:(?<![\w])(" + _FORMS + r")\s+)?«([^»]{4,200})»\s*(?:(" + _FORMS + rf")(?![{LOWER}]))?", re.U)
_LIBRARY = re.compile(r"кітапхан|библиотек|ЦБС|ОКЖ|ОҚК", re.I)
_ORG_PHRASE = re.compile(
    rf"((?:[{UPPER}A-Z][\w-]*\s+){{0,3}}(?:[\w-]+\s+){{0,2}}"
    r"(?:орталықтандырылған\s+кітапхана\s+жүйесі|кітапхана\s+жүйесі|централизованн\w*\s+библиотечн\w*\s+систем\w*|ЦБС))",
    re.U)


def detect_period(document: Document) -> Period | None:
    """The reporting period named in the title area, or None."""
    candidates = []
    title = document.metadata.get("title")
    if isinstance(title, str):
        candidates.append(title)
    candidates += [b.text for b in document.blocks[:TITLE_BLOCKS]]
    found: list[tuple[int, int, Period]] = []
    for i, text in enumerate(candidates):
        p = parse_period(text)
        if p is None:
            continue
        # a part of a year beats a bare year; a title-like line beats others
        found.append((0 if len(p.code) > 4 else 1, 0 if _TITLE_WORDS.search(text) else 1, i, p))
    if not found:
        return None
    return min(found, key=lambda f: f[:3])[3]


def detect_organization(document: Document) -> str | None:
    """The reporting organization as written: «name» and its legal form."""
    texts = [b.text for b in document.blocks[:TITLE_BLOCKS]]
    best = None
    for text in texts:
        for m in _ORG_QUOTED.finditer(text):
            form = m.group(3) or m.group(1)
            score = (bool(_LIBRARY.search(m.group(2))), bool(form))
            if not any(score):
                continue
            name = f"«{m.group(2).strip()}»"
            value = (f"{name} {form}" if m.group(3) else f"{form} {name}") if form else name
            if best is None or score > best[0]:
                best = (score, value)
        if best and best[0] == (True, True):
            break
    if best:
        return best[1]
    for text in texts:
        m = _ORG_PHRASE.search(text)
        if m:
            return m.group(1).strip()
    return None


def block_language(text: str) -> str | None:
    """'kk', 'ru' or None (too few words) for one block of text."""
    return text_language(text, threshold=0.08, min_words=3, min_letters=2, skip_quoted=True, otherwise="ru")


def detect_language(document: Document) -> str | None:
    counts = {"kk": 0, "ru": 0}
    for b in document.blocks:
        if "//" in b.text:
            continue  # a bibliographic reference keeps the language of what it cites
        lang = block_language(b.text)
        if lang:
            counts[lang] += len(_WORD.findall(b.text))
    for t in document.tables:
        for c in t.cells:
            lang = block_language(c.text)
            if lang:
                counts[lang] += len(_WORD.findall(c.text))
    total = counts["kk"] + counts["ru"]
    if not total:
        return None
    minor = min(counts.values()) / total
    if minor >= BOTH_SHARE:
        return "both"
    return max(counts, key=counts.get)


@hookimpl
def prepare_document(document: Document, config) -> None:
    meta = document.metadata
    p = detect_period(document)
    if p:
        meta.setdefault("period", p.code)
        meta.setdefault("period_start", p.start)
        meta.setdefault("period_end", p.end)
    org = detect_organization(document)
    if org:
        meta.setdefault("organization", org)
    lang = detect_language(document)
    if lang:
        meta.setdefault("language", lang)


migrations = Migrations("esep.metadata")


@migrations()
def m001_document_metadata(db) -> None:
    for col in ("organization", "period", "period_start", "period_end", "language"):
        if col not in db["documents"].columns_dict:
            db.execute(f"ALTER TABLE documents ADD COLUMN {col} TEXT")
    db.execute("CREATE INDEX IF NOT EXISTS documents_period ON documents(period)")


@hookimpl
def register_migrations(register):
    register(migrations)
