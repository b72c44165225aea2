"""Bibliographic entries (GOST 7.1 / 7.0.5 and looser styles) in reports.

Reports list what the library published in the press and which books it
digitized as numbered bibliographic entries::

    1. Мұхаметжанова, Б. Рухани жаңғыру – кітапхана келбетінде / Б.Мұхаметжанова
       // Балқаш өңірі. – 2018. – 5 қаңтар(№1-2). – 4 б.

:func:`parse_citation` reads one entry (any string: it never raises) into
authors, title, subtitle, responsibility, container (``source``), year, date,
issue, volume, pages, place and publisher; the extractor finds the entries
of a Document (numbered list items and paragraphs that look like entries),
numbers the lists, links the same article printed in two periodicals and
writes table ``citations``.  Periodicals are matched against the vocabulary
``schemas/sources.json``.  An evaluator scores the rows against gold
(:func:`compare`); ``tests/test_citations.py`` also scores the parser on
references labelled by others in the AnyStyle format.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import re
from typing import Any

from rapidfuzz import fuzz
from sqlite_utils.migrations import Migrations

from esep import hookimpl
from esep.model import Document, Record
from esep.registry import Config, Evaluator, Extractor, prf as scores
from esep.storage import RECORD_COLUMNS_SQL
from esep.plugins.citations.parser import DATE_FIRST, PAPER_DATE_ARTICLE, WEB_POST, parse_citation
from esep.plugins.citations.tables import ARTICLES, table_entries
from esep.plugins.citations.patterns import (
    AUTH_A, DATE, INITS, LIST_MARK, LOWER, MONTHS, NUMBER, PAGES_COUNT, PAGES_MARK, PLACE, SURNAME, UP, YEAR, abbr_date, clean_text,
    detect_language, fold, match_source, parse_date, source_key, sources, take_authors,
)

log = logging.getLogger(__name__)

#: what this package offers besides its hooks
__all__ = ["CORE_FIELDS", "FIELDS", "MONTHS", "compare", "detect_language", "extract", "fold", "link_duplicates",
           "match_source", "paper_heading", "parse_citation", "parse_date", "prf", "score"]

DUPLICATE_THRESHOLD = 92.0
FIELDS = ("kind", "authors", "title", "subtitle", "responsibility", "source", "source_id", "year",
          "date", "issue", "volume", "pages", "place", "publisher", "language", "duplicate_of")
#: The fields whose micro-averaged F1 is the headline score of the evaluator.
CORE_FIELDS = ("authors", "title", "subtitle", "source", "date", "issue", "pages", "language")


# -- finding entries in a document ------------------------------------------

_CONTAINER = re.compile(r"(?<!:)//")
_AREA_AFTER = re.compile(rf"\.\s–\s(?:\[?(?:1[5-9]|20)\d\d|{PLACE}\s?[:,])")
_PLACE_PUBLISHER_YEAR = re.compile(rf"{PLACE}\s?:\s?[^,:]{{2,80}},\s?(?:1[5-9]|20)\d\d")


def _authors(s: str) -> bool:
    return bool(take_authors(NUMBER.sub("", s, count=1))[0])


#: a year and, after its full stop or comma, a day: where a periodical's issue date stands in an entry
_YEAR_THEN_DAY = re.compile(r"(?<!\d)(?:1[5-9]|20)\d\d\s?[.,]\s(?:[–-]\s)?(?=\d{1,2}\s?[^\W\d_]{3})")


def _issue_date(s: str) -> bool:
    """A day and its month after the year ("2023. 14 февр.", "2023, 7 июня", "2023. – 21 сәуір"): an
    entry's date of issue, evidence of an entry as much as its pages (prose writes the year after the month)."""
    for m in _YEAR_THEN_DAY.finditer(s):
        tail = s[m.end():m.end() + 16]
        if DATE.match(fold(tail)) or abbr_date(tail, 2000):
            return True
    return False


#: The signs of an entry and the points each is worth, the likeliest to
#: decide first: a container ("//"), a newspaper, its date and the article's
#: title in quotes, the area after a title (". – 2018",
#: ". – Алматы:"), a year, pages, a day and month after the year, authors,
#: "Place : Publisher, year" (whose pattern needs its colon: most texts are not tried).
_SIGNS: tuple[tuple[int, Any], ...] = (
    (3, lambda s: _CONTAINER.search(s) is not None),
    # "Газета «Знамя труда», 12.03.2022, статья «…»": an article listed by its newspaper and date
    (5, lambda s: PAPER_DATE_ARTICLE.match(s) is not None),
    (2, lambda s: _AREA_AFTER.search(s) is not None),
    (1, lambda s: YEAR.search(s) is not None),
    (1, lambda s: PAGES_MARK.search(s) is not None or PAGES_COUNT.search(s) is not None),
    (1, _issue_date),
    (1, _authors),
    (1, lambda s: ":" in s and _PLACE_PUBLISHER_YEAR.search(s) is not None),
)
#: The points the signs from each one on can still add
_STILL = tuple(sum(p for p, _ in _SIGNS[i:]) for i in range(len(_SIGNS)))
#: The signs a text without a figure may show: the container (only with "//"), the area after a title (". –
#: Алматы:") and the authors; every other needs a year, pages or a date.  :func:`clean_text` adds neither a
#: figure nor "//" (its NFC form composes no digit, its replacements hold none), so a text without either scores
#: at most these points, and one that needs more is answered before it is cleaned: most paragraphs of prose.
_WITHOUT_FIGURES = (2, 6)
_CONTAINER_SIGN = 0
_DIGIT = re.compile(r"\d")


def _most_without_figures(text: str) -> int | None:
    """The most points ``text`` can score when it holds no figure, else None (any score)."""
    if _DIGIT.search(text):
        return None
    most = sum(_SIGNS[i][0] for i in _WITHOUT_FIGURES)
    return most + _SIGNS[_CONTAINER_SIGN][0] if "//" in text else most


def citation_score(text: str) -> int:
    """How much ``text`` looks like a bibliographic entry (0 = not at all)."""
    s = clean_text(text)
    return sum(points for points, sign in _SIGNS if sign(s))


def _reaches(text: str, need: int, known: dict[str, list[Any]] | None) -> bool:
    """Whether ``citation_score(text) >= need``, looking at the signs only
    until the answer is sure; ``known`` keeps, per text, how far its signs
    were looked at (an entry of one paragraph is asked about again, with the
    same text, once found)."""
    state = known.get(text) if known is not None else None
    if state is None:
        most = _most_without_figures(text)
        if most is not None and most < need:
            return False
        state = [clean_text(text), 0, 0]  # the cleaned text, its points so far, the next sign
        if known is not None:
            known[text] = state
    s, score, i = state
    while i < len(_SIGNS):
        if score >= need:
            break
        if score + _STILL[i] < need:
            break
        points, sign = _SIGNS[i]
        if sign(s):
            score += points
        i += 1
    state[1], state[2] = score, i
    return score >= need


def _lead_int(number: str | None) -> int | None:
    m = re.match(r"\d+", number or "")
    return int(m.group(0)) if m else None


# an entry ends with its pages, a year or a link; a line that goes on one
# starts in lower case, with "/", "//", "№", a dash, "2018. –" or "12 января (№"
COMPLETE = re.compile(r"(?:[СсCcPp]\.\s?\d+(?:\s?[–-]\s?\d+)?|\d+\s?(?:бет|бб?|[сc]|стр|p)\.?"
                       r"|(?:1[5-9]|20)\d\d|\S+://\S+)\s*\.?\s*$")
CONTINUES = re.compile(rf"^(?:[a-z{LOWER}(/№]|[–-]\s|\d{{4}}\.\s?[–-]|\d{{1,2}}\s?[^\W\d_]+\s?\(№"
                        rf"|{INITS}\s?{SURNAME}\s?//)")


# the rest of an article's area after its year, on a line of its own (a PDF line break): "– 14 апреля (№ 15).
# – С. 7.", "– № 12. – Б. 4.": a dash, then a day and month, pages, an issue or a volume; no entry starts so
GOES_ON = re.compile(r"^[–-]\s*(?:\d{1,2}\s?[^\W\d_]{3}|[СсБбCcPp]\.\s?\d|№\s?\d|[Тт]\.\s?\d|[Вв]ып\.|шығ\.)")

# an entry cut in the middle of a word, after a separator, or in its container
DANGLING = re.compile(rf"(?:/|–|-|:|,|[a-z{LOWER}])\s*$|//(?:(?!(?:1[5-9]|20)\d\d).)*$")


#: a periodical named as the heading of the articles listed under it: "«Арқа ажары» газеті:", "Газета «Заря
#: Приишимья»", "В журнале «Библиотека»:" (the word for a newspaper or journal and the name in quotes, nothing else)
PAPER_HEADING = re.compile(
    r"(?i)^\s*(?:(?:в\s+)?(?P<w1>газет[аеы]|журнал[еа]?)\s+)?«(?P<src>[^«»]{2,60})»\s*"
    r"(?P<w2>газет(?:і|ін|інде|асы|асында)|журнал(?:ы|ында))?\s*:?\s*$")
#: an entry's last area, its pages or issue, before prose goes on with a new sentence ("… – С. 2. Кроме того, …")
_ENTRY_THEN_PROSE = re.compile(rf"(?:[СсБбCc]\.\s?\d+(?:\s?[–-]\s?\d+)?|\d+\s?-?(?:бет|б)|\(№\s?\d+\))\.?(?=\s+[{UP}])")
#: an item numbered "1)" inside a paragraph, after the colon that introduces the list or the ";" that ends the item
#: before it: "Опубликованы статьи: 1) …; 2) …; 3) …"
_INLINE_ITEM = re.compile(r"(?<=[:;])\s*(?P<n>\d{1,2})\)\s")
#: where the next article listed by its date first begins in a paragraph that holds several (a line break lost)
_NEXT_DATED = re.compile(r"(?<=\.)\s+(?=\d{1,2}\.\d{1,2}\.(?:19|20)\d\d\s?[–—-]\s)")


def _web_post(text: str) -> bool:
    """Whether ``text`` is a post listed by its quoted title and its address (:data:`WEB_POST`), with or without
    its number or list mark."""
    m = NUMBER.match(text) or LIST_MARK.match(text)
    return bool(WEB_POST.match(text[m.end():] if m else text))


def _dated_item(text: str) -> bool:
    """Whether ``text`` is an article listed by its date first behind a dash ("– 26.04.2024, № 32 – «…»;"): a new
    item, not the rest of the one before."""
    m = LIST_MARK.match(text)
    return bool(m and DATE_FIRST.match(text[m.end():]))


def paper_heading(text: str) -> str | None:
    """The periodical a short line names as the heading of a list of its articles, else None."""
    m = PAPER_HEADING.match(text) if len(text) < 90 else None
    return m["src"].strip() if m and (m["w1"] or m["w2"]) else None


def _cut_prose(text: str) -> str:
    """``text`` without the sentences of prose after its entry's pages."""
    m = _ENTRY_THEN_PROSE.search(text, text.find("//") + 1) if "//" in text else None
    return text[:m.end()] if m else text


def _split_block(b: Any) -> list[Any]:
    """The entries a paragraph runs together, each as a block of its own: items numbered "1)", "2)" … inside a
    sentence (as list items with their number), or articles each listed by its date first; else ``[b]``."""
    if b.kind != "paragraph":
        return [b]
    text = b.text.strip()
    marks = list(_INLINE_ITEM.finditer(text))
    if len(marks) >= 2 and [int(m["n"]) for m in marks] == list(range(1, len(marks) + 1)):
        ends = [m.start() for m in marks[1:]] + [len(text)]
        return [dataclasses.replace(b, kind="list_item", number=m["n"],
                                    text=_cut_prose(text[m.end():e].strip().rstrip(";").strip()))
                for m, e in zip(marks, ends)]
    if not re.match(r"\d{1,2}\.\d{1,2}\.\d{4}\s?[–—-]", text):  # not a paragraph that starts with a dated item
        return [b]
    starts = [0] + [m.end() for m in _NEXT_DATED.finditer(text)]
    if len(starts) < 2:
        return [b]
    pieces = [text[a:e].strip() for a, e in zip(starts, starts[1:] + [len(text)])]
    pieces[-1] = _cut_prose(pieces[-1])
    return [dataclasses.replace(b, text=x) for x in pieces]


def _entries(document: Document, known: dict[str, list[Any]] | None = None) -> list[dict[str, Any]]:
    """Candidate entries in reading order: numbered list items, paragraphs
    that look like entries, and, right after an entry, a paragraph that
    starts with an author.  Lines that continue an entry cut short (a PDF or
    OCR line break) are joined to it."""
    out: list[dict[str, Any]] = []
    cur: dict[str, Any] | None = None  # the entry the previous block belonged to
    paper = None  # the periodical a heading names for the articles under it
    for b in (x for block in document.blocks for x in _split_block(block)):
        text = b.text.strip()
        if not text:
            continue
        named = paper_heading(text)
        if named:
            paper, cur = named, None
            continue
        if cur is not None and b.kind == "paragraph" and len(text) < 400:
            so_far = " ".join(x.text for x in cur["blocks"])
            if ((not COMPLETE.search(so_far) and not (NUMBER.match(text) or AUTH_A.match(text) or _dated_item(text))
                    and (CONTINUES.match(text) or " // " in text or DANGLING.search(so_far)))
                    or (" // " in so_far and GOES_ON.match(text))):
                cur["blocks"].append(b)
                continue
        number, start = None, False
        if b.kind == "list_item":
            number, start = _lead_int(b.number), True
        elif len(text) < 1500:
            m = NUMBER.match(text)
            if m and (_reaches(text, 4, known) or WEB_POST.match(text[m.end():])):
                number, start = int(m["n"]), True
            elif _reaches(text, 5, known) or (cur is not None and AUTH_A.match(text)):
                start = True
            elif paper and LIST_MARK.match(text) and YEAR.search(text):
                start = True  # "– 12.03.2024, № 21 – «…»" under the newspaper's name
        if not start and (b.kind == "heading" or paper and not YEAR.search(text)):
            paper = None  # the list under the newspaper's name ended
        cur = {"number": number, "blocks": [b], "adjacent": cur is not None, "paper": paper} if start else None
        if cur:
            out.append(cur)
    return out


def extract(document: Document, config: Config) -> list[Record]:
    """Records of table ``citations`` for the entries of ``document``: its
    lists of entries and its tables of articles (:mod:`.tables`), numbered in
    reading order."""
    records: list[Record] = []
    # ``run`` counts every numbered run of entries; ``list_no`` only those that
    # hold a citation, so numbered headings read as a list ("1. Общие
    # сведения", as a PDF gives them) do not shift the lists after them
    run, prev, last, unnumbered = 0, None, None, 0
    numbering: dict[int, int] = {}
    min_score = int(config.get("citations.min_score", 3)) if config else 3
    known: dict[str, list[Any]] = {}
    # the entries of the text and the tables of articles, in reading order (a table after the block it follows)
    items: list[tuple[float, Any]] = [(e["blocks"][0].index, e) for e in _entries(document, known)]
    for t in document.tables:
        rows = table_entries(t) if t.kind in ("table", ARTICLES) else []
        if rows:
            items.append((t.position + 0.5, (t, rows)))
    for _, item in sorted(items, key=lambda x: x[0]):
        if isinstance(item, tuple):  # a table of articles: a list of its own
            table, rows = item
            run, prev = run + 1, None
            for row in rows:
                p = parse_citation(row.text)
                if not (p["title"] or p["source"]):
                    continue
                numbering.setdefault(run, len(numbering) + 1)
                records.append(_record(p, numbering[run], row.number, row.evidence, 0.9, None,
                                       row.cell.provenance or table.provenance, table.index, (row.cell.row, row.cell.col)))
            continue
        entry = item
        number, inferred = entry["number"], False
        if number is not None:
            if prev is None or number <= prev:
                run += 1
            prev = number
        elif (entry["adjacent"] and last is not None and last[0] == run and run
              and not LIST_MARK.match(entry["blocks"][0].text)):
            number, inferred = last[1] + 1, True  # the number was lost (OCR): the next one
        blocks = entry["blocks"]
        text = "\n".join(b.text for b in blocks)
        paper = entry["paper"] if "//" not in text else None
        if not (paper and YEAR.search(text)) and not _web_post(text) and not _reaches(text, min_score, known):
            continue
        p = parse_citation(text, paper)
        if not (p["title"] or p["source"]):
            continue
        if number is None:  # a list not numbered (bullets, dashes): the entries after it are not the numbered list's
            unnumbered, last = unnumbered + 1, None
        else:
            last = (run, number)
            numbering.setdefault(run, len(numbering) + 1)
        records.append(_record(p, numbering[run] if number is not None else None,
                               number if number is not None else unnumbered, text,
                               0.9 if inferred or len(blocks) > 1 else 1.0, blocks[0].index, blocks[0].provenance))
    link_duplicates(records)
    return records


def _record(p: dict[str, Any], list_no: int | None, seq: int, raw: str, weight: float, block: int | None,
            provenance: Any, table_index: int | None = None, cell: tuple[int, int] | None = None) -> Record:
    """The row of table ``citations`` for a parsed entry; its confidence is the parse's times ``weight``."""
    values = {
        "list_no": list_no, "seq": seq,
        "kind": p["kind"], "raw": raw, "authors": json.dumps(p["authors"], ensure_ascii=False),
        **{k: p[k] for k in ("title", "subtitle", "responsibility", "source", "source_id", "year", "date",
                             "issue", "volume", "pages", "place", "publisher", "url")},
        # the column holds the report's languages; an entry in another (Ukrainian: "uk") is stored without one
        "language": p["language"] if p["language"] in ("kk", "ru") else None,
        "duplicate_of": None,
    }
    return Record(table="citations", values=values, evidence=raw, confidence=round(p["confidence"] * weight, 3),
                  block=block, provenance=provenance, table_index=table_index, cell=cell, extractor="citations")


def _dup_key(values: dict[str, Any]) -> tuple[str, str]:
    authors = json.loads(values["authors"]) if isinstance(values["authors"], str) else values["authors"]
    who = " ".join(sorted(source_key(a) for a in authors or []))
    what = source_key(" ".join(x for x in (values.get("title"), values.get("subtitle")) if x))
    return who, what


def link_duplicates(records: list[Record]) -> None:
    """Set ``duplicate_of`` of entries that are the same article printed
    twice (same authors, near-identical title and subtitle) to the seq of
    the other printing (the first other one when there are more).
    Anonymous entries are not linked: short generic titles recur."""
    keys = [_dup_key(r.values) for r in records]
    same_authors: dict[str, list[int]] = {}  # the entries of each author key, in order: only they are compared
    for j, (who, _) in enumerate(keys):
        same_authors.setdefault(who, []).append(j)
    for i, r in enumerate(records):
        who, what = keys[i]
        if not who or len(what) <= 8:
            continue
        for j in same_authors[who]:
            if j != i and fuzz.token_sort_ratio(what, keys[j][1]) >= DUPLICATE_THRESHOLD:
                r.values["duplicate_of"] = records[j].values["seq"]
                break


# -- evaluation --------------------------------------------------------------

def _norm_value(field: str, v: Any) -> Any:
    if field == "authors":
        if isinstance(v, str):
            try:
                v = json.loads(v)
            except ValueError:
                v = [v]
        return tuple(" ".join(str(a).split()) for a in v or []) or None
    if v is None or v == "":
        return None
    return " ".join(str(v).split())


def prf(tp: int, fp: int, fn: int) -> dict[str, Any]:
    """Precision, recall and F1 from counts (1.0 when there is nothing to find)."""
    return scores(tp, tp + fp, tp + fn, lenient=True, ndigits=4, counts=True)


def compare(rows: list[dict[str, Any]], gold: list[dict[str, Any]], fields=FIELDS) -> dict[str, Any]:
    """Entry and per-field precision/recall/F1 of ``rows`` against ``gold``
    records, matched by (list_no, seq), then, of those left, by what they
    are (:func:`_same_entry`: a list numbered otherwise, or not at all, in
    the gold than in the text esep read, as when a text export dropped a
    list's numbers); values compared after whitespace normalization,
    authors as lists."""
    by_key = {(r.get("list_no"), r.get("seq")): r for r in rows}
    n_rows = len(by_key)  # (two rows under one key are one)
    matched: list[dict[str, Any] | None] = [by_key.pop((g.get("list_no"), g.get("seq")), None) for g in gold]
    left_rows = list(by_key.values())
    for k, g in enumerate(gold):
        if matched[k] is None:
            matched[k] = next((r for r in left_rows if _same_entry(r, g)), None)
            if matched[k] is not None:
                left_rows.remove(matched[k])
    pairs: list[tuple[dict[str, Any] | None, dict[str, Any] | None]] = list(zip(matched, gold))
    pairs += [(r, None) for r in left_rows]
    tp = sum(1 for row, g in pairs if row is not None and g is not None)
    out = prf(tp, n_rows - tp, len(gold) - tp)
    counts = {f: [0, 0, 0] for f in fields}
    notes = []
    for row, g in pairs:
        for f in fields:
            pv = _norm_value(f, row.get(f)) if row else None
            gv = _norm_value(f, g.get(f)) if g else None
            c = counts[f]
            if pv == gv:
                c[0] += pv is not None
                continue
            if pv is not None:
                c[1] += 1
            if gv is not None:
                c[2] += 1
            if g and len(notes) < 20:
                notes.append(f"{g.get('list_no')}/{g.get('seq')} {f}: {pv!r} != {gv!r}")
    out["fields"] = {f: prf(*c) for f, c in counts.items()}
    core = [counts[f] for f in CORE_FIELDS if f in counts]
    out["field_f1"] = prf(*(sum(c[i] for c in core) for i in range(3)))["f1"]
    out["notes"] = notes
    return out


def _same_entry(row: dict[str, Any], g: dict[str, Any]) -> bool:
    """Whether a row and a gold record are one entry by what they say: the
    same title (and subtitle) and the same periodical or year, as folded."""
    def key(r: dict[str, Any]) -> str:
        return source_key(" ".join(str(r.get(f) or "") for f in ("title", "subtitle")))
    a, b = key(row), key(g)
    if not a or not b or fuzz.ratio(a, b) < 90:
        return False
    return source_key(str(row.get("source") or "")) == source_key(str(g.get("source") or "")) \
        or str(row.get("year") or "") == str(g.get("year") or "")


def score(conn, document_id: str, gold: dict[str, Any]) -> dict[str, Any]:
    """The evaluator registered as "citations"."""
    cur = conn.execute("select * from citations where document_id = ?", [document_id])
    cols = [d[0] for d in cur.description]
    rows = [dict(zip(cols, r)) for r in cur.fetchall()]
    return compare(rows, gold.get("records", []))


# -- hooks -------------------------------------------------------------------

migrations = Migrations("esep.citations")


@migrations()
def m001_citations(db) -> None:
    db.executescript(f"""
        CREATE TABLE citations (
            document_id TEXT NOT NULL REFERENCES documents(id),
            list_no INTEGER,            -- 1-based index of the numbered list of citations in the document
            seq INTEGER NOT NULL,       -- the item number as written (or order of unnumbered entries)
            kind TEXT NOT NULL CHECK (kind IN ('article', 'book', 'other')),
            raw TEXT NOT NULL,
            authors TEXT NOT NULL DEFAULT '[]',   -- JSON list of "Surname, I."
            title TEXT,
            subtitle TEXT,
            responsibility TEXT,
            source TEXT,                -- the container as written
            source_id TEXT,             -- id in schemas/sources.json, NULL when not matched
            year INTEGER,
            date TEXT,                  -- ISO YYYY-MM-DD
            issue TEXT,
            volume TEXT,
            pages TEXT,
            place TEXT,
            publisher TEXT,
            url TEXT,
            language TEXT CHECK (language IN ('kk', 'ru')),
            duplicate_of INTEGER,       -- seq of the other printing of the same article
            {RECORD_COLUMNS_SQL}
        );
        CREATE INDEX citations_document ON citations(document_id, list_no, seq);
        CREATE INDEX citations_source ON citations(source_id);
    """)


@migrations()
def m002_citations_by_source_year(db) -> None:
    """Articles per newspaper per year.  An article listed by several
    reports (a half-year and the annual report) counts once; newspapers
    that matched no vocabulary entry appear under their name as written."""
    db.executescript("""
        CREATE INDEX citations_source_year ON citations(source_id, year);
        CREATE VIEW citations_by_source_year AS
        SELECT COALESCE(source_id, source) AS source_id, year, COUNT(*) AS count
        FROM (SELECT DISTINCT source_id, source, year, lower(title) AS title, date, issue
              FROM citations WHERE kind = 'article' AND COALESCE(source_id, source) IS NOT NULL)
        GROUP BY 1, 2;
    """)


@migrations()
def m003_articles_index(db) -> None:
    """A covering index for ``citations_by_source_year`` (the articles of a
    large archive are counted from the index, not the table)."""
    db.execute("CREATE INDEX citations_articles ON citations(kind, source_id, source, year, title, date, issue)")


@hookimpl
def register_migrations(register):
    register(migrations)


@hookimpl
def register_extractors(register):
    register(Extractor(name="citations", extract=extract, version="2", order=100, tables=("citations",)))


@hookimpl
def register_evaluators(register):
    register(Evaluator(name="citations", score=score,
                       description="bibliographic entries: entries by (list_no, seq), fields exact"))


@hookimpl
def prepare_document(document, config):
    """Tables of articles (:mod:`.tables`) get the kind ``"articles"``: their
    rows are entries, not figures, and the extractors of figures pass them by."""
    for t in document.tables:
        if t.kind == "table" and table_entries(t):
            t.kind = ARTICLES


@hookimpl
def prepare_worker(config):
    """The vocabulary of sources, and the parser's patterns: the parser
    writes many of them where it uses them, and Python compiles such a
    pattern on its first use and caches it, so a few entries of the common
    shapes parsed here compile them once before the workers fork, not in
    every worker's first document."""
    sources()
    for entry in _WARM_UP_ENTRIES:
        parse_citation(entry)


#: Entries of the common shapes (a book, an article with and without "//",
#: a chapter, a web resource, a newspaper listed by date; Russian and
#: Kazakh), parsed once by ``prepare_worker``.
_WARM_UP_ENTRIES = (
    "1. Иванов, И. И. История края : очерки / И. И. Иванов ; под ред. П. П. Петрова. – 2-е изд. – "
    "Алматы : Өнер, 2015. – 240 с.",
    "2. Петрова А. Книга и читатель // Библиотека. – 2019. – № 4. – С. 12–15.",
    "3. Сәрсенова Г. Кітап – білім бұлағы // Егемен Қазақстан. – 2021. – 5 наурыз. – Б. 7.",
    "4. Ахметов Б. Оқу мәдениеті. Жинақта: Кітапхана ісі. – Нұр-Сұлтан, 2020. – Б. 33–40.",
    "5. Чтение в цифровую эпоху [Электронный ресурс]. – URL: https://example.org/read "
    "(дата обращения: 12.02.2022).",
    "6. Газета «Новый путь», 12.03.2022, статья «Неделя детской книги» (автор И. Петренко).",
    "7. Серикова Л. Библиотека в жизни города. Бизнес. 16. 1 февраля.",
)
