"""The ``facts`` extractor: every statistical figure a report states, in its
tables and in its prose, as one row of ``facts``.

A fact is a value of a canonical metric (``schemas/metrics.json``: staff,
acquisition, state order, fund, catalogue, digitization, references, media,
events) for a period (``2018-H1``) or at a date (``as_of``), optionally for
a language part (``language`` = ``kk`` for "оның ішінде ... қазақ тілінде")
and a named category (``fiction``, ``books`` ...).  ``label`` keeps the raw
wording, ``evidence`` quotes the source text exactly, and the record links
to the block or table cell it came from.

This module holds what tables and prose share: the vocabulary, the cue
matcher (a prefix index of the vocabulary's word stems, built once per
process and matched on spaCy tokens),
the record builder, the table's migration and the ``facts`` evaluator.
The readers themselves are :mod:`esep.plugins.facts.table` and
:mod:`esep.plugins.facts.text`.  See ``docs/facts.md``.
"""

from __future__ import annotations

import functools
import json
import logging
import re
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from sqlite_utils.migrations import Migrations

from esep import hookimpl
from esep.model import Document, Provenance, Record
from esep.plugins.lang.alphabet import find_in_matching_form, fold, matching_form
from esep.plugins.lang.detect import detect_language
from esep.plugins.lang.nlp import get_nlp
from esep.plugins.lang.periods import Period, make_period, period_from_code
from esep.storage import RECORD_COLUMNS_SQL

log = logging.getLogger(__name__)

EXTRACTOR = "facts"
VERSION = "1"

# -- vocabulary ----------------------------------------------------------------

@dataclass
class Metric:
    id: str
    unit: str
    units: tuple[str, ...]
    stock: bool = False
    flow: str | None = None
    cues: tuple[str, ...] = ()
    topic: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    weak: tuple[str, ...] = ()


@dataclass(eq=False)  # hashed by identity: loaded once, cached results key on it
class FactVocab:
    """``schemas/metrics.json`` read once: metrics, categories, languages,
    units, total words and "of which" phrases."""

    metrics: dict[str, Metric]
    categories: dict[str, dict[str, Any]]
    languages: dict[str, dict[str, Any]]
    units: dict[str, dict[str, Any]]
    totals: tuple[str, ...]
    partitive_re: re.Pattern[str]
    total_re: re.Pattern[str]
    patterns: list[tuple[str, str, list[str]]] = field(default_factory=list)  # (kind, id, words)

    def money(self, unit: str | None) -> bool:
        return bool(unit and self.units.get(unit, {}).get("money"))

    def implied_metric(self, unit: str | None) -> str | None:
        return self.units.get(unit, {}).get("implies") if unit else None


def _phrase_re(phrases: list[str]) -> re.Pattern[str]:
    alts = []
    for p in sorted(phrases, key=len, reverse=True):
        words = [re.escape(w) for w in fold(p).split()]
        body = r"\s*".join(w.replace(r"\.", r"\.\s?") for w in words)
        alts.append(body)
    return re.compile(r"(?<![\w])(?:" + "|".join(alts) + r")(?![\w])", re.U)


def _variants(cue: str) -> list[list[str]]:
    """A cue's words, split on spaces and dots ('=' marks an exact word); a
    hyphenated word ("іс-шара") is tried both whole and as two words, as
    tokenizers differ on hyphens."""
    base = [w for w in re.split(r"[\s./]+", fold(cue)) if w and w != "="]
    out = [base]
    if any("-" in w or "–" in w for w in base):
        split = [p for w in base for p in re.split(r"[-–]+", w) if p and p != "="]
        out.append(split)
    return [v for v in out if v]


@functools.lru_cache(maxsize=4)
def _load_raw(path: str | None = None) -> dict[str, Any]:
    if path:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    return json.loads(resources.files("esep.schemas").joinpath("metrics.json").read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=4)
def load_vocab(path: str | None = None) -> FactVocab:
    data = _load_raw(path)
    metrics = {}
    for e in data["entries"]:
        metrics[e["id"]] = Metric(
            e["id"], e.get("unit", ""), tuple(e.get("units") or [e.get("unit", "")]), bool(e.get("stock")),
            e.get("flow"), tuple(e.get("cues", [])), tuple(e.get("topic", [])), tuple(e.get("aliases", [])),
            tuple(e.get("weak", [])))
    fv = FactVocab(
        metrics,
        {c["id"]: c for c in data.get("categories", [])},
        {c["id"]: c for c in data.get("languages", [])},
        {c["id"]: c for c in data.get("units", [])},
        tuple(data.get("totals", [])),
        _phrase_re(data.get("partitive", [])),
        _phrase_re(data.get("totals", [])),
    )
    pats: list[tuple[str, str, list[str]]] = []
    for m in metrics.values():
        for cue in m.cues + tuple(a for a in m.aliases if len(a.split()) > 1):
            pats.extend(("M", m.id, v) for v in _variants(cue))
        for cue in m.topic:
            pats.extend(("T", m.id, v) for v in _variants(cue))
        for cue in m.weak:
            pats.extend(("W", m.id, v) for v in _variants(cue))
    for kind, table in (("C", fv.categories), ("L", fv.languages), ("U", fv.units)):
        for cid, c in table.items():
            for cue in c.get("cues", []):
                pats.extend((kind, cid, v) for v in _variants(cue))
    for cue in data.get("plan", []):
        pats.extend(("P", "plan", v) for v in _variants(cue))
    for cue in data.get("collections", []):
        pats.extend(("X", "collection", v) for v in _variants(cue))
    fv.patterns = pats
    return fv


def get_vocab(config: Any = None) -> FactVocab:
    path = config.get("facts_vocab") if config is not None else None
    return load_vocab(path)


# -- cue matching with spaCy ------------------------------------------------------

@dataclass
class Hit:
    """A vocabulary cue found in a text: kind M (metric), W (weak metric
    cue), T (topic), C (category), L (language), U (unit), P (a plan word)
    or X (a phrase naming the whole collection); char and token spans.  A
    category cue inside an X phrase ("кітап қоры", the book fund) is
    dropped: the phrase names the whole."""

    kind: str
    id: str
    start: int
    end: int
    t0: int
    t1: int
    words: int


@dataclass
class Tokens:
    """A tokenized text: token char spans and the cue hits."""

    text: str
    spans: list[tuple[int, int]]
    hits: list[Hit]

    def token_at(self, pos: int) -> int:
        """Index of the first token that ends after ``pos``."""
        lo, hi = 0, len(self.spans)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.spans[mid][1] <= pos:
                lo = mid + 1
            else:
                hi = mid
        return lo


_SEP_RE = re.compile(r"^[\W_]+$")


@dataclass
class CueIndex:
    """The vocabulary's cues compiled for matching on tokens, built once per
    vocabulary: each pattern is a list of words, a word being a stem (the
    token starts with it) or, ending in '=', an exact word (the token is
    the word, optionally followed by '.' or ':'); tokens of punctuation
    only may stand between the words.  ``first`` maps a pattern's first
    word to the patterns starting with it, so a token is only compared with
    the patterns whose first word is one of its prefixes."""

    patterns: list[tuple[str, str, int, tuple[str, ...]]]  # (kind, id, n words, words)
    stems: dict[str, list[int]]
    exact: dict[str, list[int]]
    longest: int

    @classmethod
    def build(cls, fv: "FactVocab") -> "CueIndex":
        pats: list[tuple[str, str, int, tuple[str, ...]]] = []
        seen: set[tuple[str, str, tuple[str, ...]]] = set()
        stems: dict[str, list[int]] = {}
        exact: dict[str, list[int]] = {}
        for kind, cid, words in fv.patterns:
            key = (kind, cid, tuple(words))
            if key in seen:
                continue
            seen.add(key)
            pats.append((kind, cid, len(words), tuple(words)))
            w = words[0]
            if w.endswith("="):
                exact.setdefault(w[:-1], []).append(len(pats) - 1)
            else:
                stems.setdefault(w, []).append(len(pats) - 1)
        return cls(pats, stems, exact, max((len(w) for w in stems), default=0))

    @staticmethod
    def word_matches(word: str, tok: str) -> bool:
        if word.endswith("="):
            base = word[:-1]
            return tok == base or (len(tok) == len(base) + 1 and tok.startswith(base) and tok[-1] in ".:")
        return tok.startswith(word)

    def match(self, toks: list[str], sep: list[bool]) -> list[tuple[int, int, int]]:
        """(pattern, first token, end token) of every match in the lower-cased
        tokens ``toks``; ``sep[i]`` says token i is punctuation only."""
        out: list[tuple[int, int, int]] = []
        n = len(toks)
        for i, tok in enumerate(toks):
            cands: list[int] = []
            for k in range(1, min(len(tok), self.longest) + 1):
                cands.extend(self.stems.get(tok[:k], ()))
            cands.extend(self.exact.get(tok, ()))
            if tok and tok[-1] in ".:":
                cands.extend(self.exact.get(tok[:-1], ()))
            for pid in sorted(set(cands)):
                words = self.patterns[pid][3]
                ends = [i + 1]
                for w in words[1:]:
                    nxt = []
                    for j in ends:
                        while j < n:
                            if self.word_matches(w, toks[j]):
                                nxt.append(j + 1)
                            if not sep[j]:
                                break
                            j += 1
                    ends = nxt
                    if not ends:
                        break
                for e in sorted(set(ends)):
                    out.append((pid, i, e))
        return out


_cue_indexes: dict[int, CueIndex] = {}


def cue_index(fv: FactVocab) -> CueIndex:
    """The :class:`CueIndex` of a vocabulary, built on first use."""
    ix = _cue_indexes.get(id(fv))
    if ix is None:
        ix = _cue_indexes[id(fv)] = CueIndex.build(fv)
    return ix


@functools.lru_cache(maxsize=8192)
def _tokenize_cached(text: str, fv: FactVocab, lang: str) -> Tokens:
    folded, origin = matching_form(text)  # Latin-script Kazakh matched in Cyrillic
    doc = get_nlp("kk" if lang == "kk" else "ru").make_doc(folded)
    spans = [(t.idx, t.idx + len(t.text)) for t in doc]
    if origin is not None:
        spans = [(origin[a], origin[b]) for a, b in spans]
    toks = [t.text.lower() for t in doc]
    sep = [bool(_SEP_RE.match(t.text)) for t in doc]
    ix = cue_index(fv)
    raw = []
    seen: set[tuple[str, str, int, int, int]] = set()
    for pid, s, e in ix.match(toks, sep):
        kind, cid, nw, _ = ix.patterns[pid]
        if (kind, cid, nw, s, e) in seen:
            continue
        seen.add((kind, cid, nw, s, e))
        raw.append(Hit(kind, cid, spans[s][0], spans[e - 1][1], s, e, nw))
    hits: list[Hit] = []
    by_kind: dict[str, list[Hit]] = {}
    for h in raw:
        by_kind.setdefault(h.kind, []).append(h)
    for kind, hs in by_kind.items():
        hs.sort(key=lambda h: (-(h.t1 - h.t0), -(h.end - h.start), h.start))
        kept: list[Hit] = []
        if kind in ("M", "T", "W"):  # several metrics may share a cue: keep all of the best spans
            for h in hs:
                if any(k.start < h.end and h.start < k.end and (k.t1 - k.t0, k.end - k.start) > (h.t1 - h.t0, h.end - h.start)
                       for k in kept):
                    continue
                kept.append(h)
        else:
            for h in hs:
                if any(k.start < h.end and h.start < k.end for k in kept):
                    continue
                kept.append(h)
        hits.extend(kept)
    wholes = [h for h in hits if h.kind == "X"]
    if wholes:
        hits = [h for h in hits if h.kind != "C" or not any(x.start < h.end and h.start < x.end for x in wholes)]
    hits.sort(key=lambda h: (h.start, h.kind))
    return Tokens(text, spans, hits)


def tokenize(text: str, fv: FactVocab, lang: str | None = None) -> Tokens:
    """Tokenize the folded text with spaCy and find every vocabulary cue
    (:class:`CueIndex`).  Of overlapping hits of one kind the longest (most
    words, then most characters) wins.  Results are cached per text: table
    headers and captions repeat, and nothing changes a :class:`Tokens`."""
    return _tokenize_cached(text, fv, lang or detect_language(text, otherwise="letters"))


def best_category(text: str, fv: FactVocab, tokens: Tokens | None = None) -> str | None:
    """The category a label names (the longest cue wins), or None."""
    toks = tokens or tokenize(text, fv)
    cats = [h for h in toks.hits if h.kind == "C"]
    if not cats:
        return None
    return max(cats, key=lambda h: (h.t1 - h.t0, h.end - h.start)).id


def language_of(hits: list[Hit]) -> str | None:
    langs = [h for h in hits if h.kind == "L"]
    return langs[0].id if langs else None


def is_total(text: str, fv: FactVocab) -> bool:
    return bool(find_in_matching_form(fv.total_re, text or ""))


# -- periods --------------------------------------------------------------------

def document_period(document: Document) -> Period | None:
    """The document's period as the metadata plugin set it (or reads it now)."""
    p = period_from_code(document.metadata.get("period") or "")
    if p:
        return p
    try:
        from esep.plugins.metadata import detect_period

        return detect_period(document)
    except Exception as e:  # noqa: BLE001
        log.debug("no document period: %s", e)
        return None


def resolve_period(p: Period | None, doc_period: Period | None, explicit_year: bool = True) -> Period | None:
    """A bare year in a report of a part of a year: the report's own year
    means the report's period; another year means the same part of that year
    (reports compare with the same period of the year before)."""
    if p is None:
        return doc_period
    if doc_period is None or len(p.code) != 4 or len(doc_period.code) == 4:
        return p
    if p.year == doc_period.year:
        return doc_period
    return make_period(p.year, doc_period.code[5:]) or p


# -- records --------------------------------------------------------------------

def make_fact(metric: Metric, value: float, *, unit: str | None, period: Period | None, as_of: str | None,
              language: str | None, category: str | None, label: str, source: str, evidence: str,
              confidence: float, provenance: Provenance | None = None, block: int | None = None,
              table_index: int | None = None, cell: tuple[int, int] | None = None) -> Record:
    return Record(
        "facts",
        {
            "metric": metric.id,
            "value": float(value),
            "unit": unit or metric.unit,
            "period": period.code if period else None,
            "period_start": period.start if period else None,
            "period_end": period.end if period else None,
            "as_of": as_of,
            "language": language,
            "category": category,
            "label": " ".join((label or "").split())[:300] or None,
            "source": source,
        },
        evidence=evidence,
        confidence=round(float(confidence), 3),
        provenance=provenance,
        block=block,
        table_index=table_index,
        cell=cell,
        extractor=EXTRACTOR,
    )


def extract(document: Document, config: Any) -> list[Record]:
    from esep.plugins.facts.table import table_facts
    from esep.plugins.facts.text import text_facts

    fv = get_vocab(config)
    dp = document_period(document)
    records: list[Record] = []
    for t in document.tables:
        try:
            records.extend(table_facts(document, t, fv, dp))
        except Exception as e:  # noqa: BLE001 - one odd table must not lose the document
            if config is not None and getattr(config, "strict", False):
                raise
            log.warning("%s: table %d: facts not read: %s", document.path, t.index, e)
    records.extend(text_facts(document, fv, dp))
    return records


# -- storage ----------------------------------------------------------------------

migrations = Migrations("esep.facts")


@migrations()
def m001_facts(db) -> None:
    db.executescript(f"""
        CREATE TABLE facts (
            id INTEGER PRIMARY KEY,
            document_id TEXT NOT NULL REFERENCES documents(id),
            metric TEXT NOT NULL,
            value REAL NOT NULL,
            unit TEXT,
            period TEXT,
            period_start TEXT,
            period_end TEXT,
            as_of TEXT,
            language TEXT,
            category TEXT,
            label TEXT,
            source TEXT NOT NULL CHECK (source IN ('table', 'text')),{RECORD_COLUMNS_SQL}
        );
        CREATE INDEX facts_document ON facts(document_id);
        CREATE INDEX facts_metric ON facts(metric, period);
    """)


@migrations()
def m002_metrics_and_views(db) -> None:
    """The metric vocabulary as a table (labels in three languages, unit,
    stock or flow) and the cross-year views over facts."""
    from esep.plugins.vocab import builtin_vocabulary

    db.executescript("""
        CREATE TABLE metrics (
            id TEXT PRIMARY KEY,
            unit TEXT,
            stock INTEGER NOT NULL DEFAULT 0,   -- 1: measured at a date (fund); 0: a flow over a period
            label_en TEXT, label_kk TEXT, label_ru TEXT
        );
        CREATE INDEX facts_key ON facts(metric, language, category, period);

        -- one row per figure and the period it belongs to; own = stated by the report about that period
        CREATE VIEW fact_sources AS
        SELECT f.metric, f.language, f.category, COALESCE(f.period, f.as_of) AS period, f.as_of,
               f.value, f.unit, f.document_id, d.path,
               COALESCE(json_extract(d.metadata, '$.period') = f.period, 0) AS own
        FROM facts f JOIN documents d ON d.id = f.document_id;

        -- a metric across periods: the value the report about the period states (else another
        -- report's comparison figure), how many documents state it and whether they disagree
        CREATE VIEW timeline AS
        WITH ranked AS (
            SELECT *, ROW_NUMBER() OVER (PARTITION BY metric, language, category, period
                                         ORDER BY own DESC, document_id) AS rn
            FROM fact_sources
        ),
        agg AS (
            SELECT metric, language, category, period, COUNT(DISTINCT document_id) AS n_sources,
                   group_concat(DISTINCT path) AS documents, COUNT(DISTINCT value) > 1 AS disagree
            FROM fact_sources GROUP BY metric, language, category, period
        )
        SELECT r.metric, r.language, r.category, r.period, r.value, r.unit, a.n_sources, a.documents,
               a.disagree, r.document_id AS source_document
        FROM ranked r JOIN agg a ON a.metric = r.metric AND a.language IS r.language
             AND a.category IS r.category AND a.period = r.period
        WHERE r.rn = 1;

        -- the same metric and period stated differently by two reports; copies of one report
        -- (the same organization and period in several formats) are compared in copy_disagreements
        CREATE VIEW conflicts AS
        WITH f AS (
            SELECT DISTINCT s.metric, s.language, s.category, s.period, s.value, s.document_id, s.path,
                   COALESCE(json_extract(d.metadata, '$.organization'), '') || '|' ||
                   COALESCE(json_extract(d.metadata, '$.period'), s.document_id) AS report
            FROM fact_sources s JOIN documents d ON d.id = s.document_id
        )
        SELECT a.metric, a.language, a.category, a.period,
               a.value AS value_a, a.document_id AS document_a, a.path AS path_a,
               b.value AS value_b, b.document_id AS document_b, b.path AS path_b
        FROM f a JOIN f b ON b.metric = a.metric AND b.language IS a.language AND b.category IS a.category
             AND b.period = a.period AND a.document_id < b.document_id AND a.value != b.value
             AND a.report != b.report;

        -- copies of the same report that read a figure differently: an extraction or OCR problem
        CREATE VIEW copy_disagreements AS
        WITH f AS (
            SELECT DISTINCT s.metric, s.language, s.category, s.period, s.value, s.document_id, s.path,
                   COALESCE(json_extract(d.metadata, '$.organization'), '') || '|' ||
                   COALESCE(json_extract(d.metadata, '$.period'), s.document_id) AS report
            FROM fact_sources s JOIN documents d ON d.id = s.document_id
        )
        SELECT a.report, a.metric, a.language, a.category, a.period,
               a.value AS value_a, a.path AS path_a, b.value AS value_b, b.path AS path_b
        FROM f a JOIN f b ON b.metric = a.metric AND b.language IS a.language AND b.category IS a.category
             AND b.period = a.period AND a.document_id < b.document_id AND a.value != b.value
             AND a.report = b.report;

        -- flows: do the two half-years add up to the year, where all three are reported?
        CREATE VIEW half_year_sums AS
        SELECT y.metric, y.language, y.category, y.period AS year, h1.value AS h1, h2.value AS h2,
               y.value AS year_value, h1.value + h2.value AS sum_of_halves,
               ABS(h1.value + h2.value - y.value) < 0.001 AS holds
        FROM timeline y
        JOIN metrics m ON m.id = y.metric AND m.stock = 0
        JOIN timeline h1 ON h1.metric = y.metric AND h1.language IS y.language AND h1.category IS y.category
             AND h1.period = y.period || '-H1'
        JOIN timeline h2 ON h2.metric = y.metric AND h2.language IS y.language AND h2.category IS y.category
             AND h2.period = y.period || '-H2'
        WHERE length(y.period) = 4;
    """)
    db["metrics"].insert_all(
        {"id": e["id"], "unit": e.get("unit"), "stock": int(bool(e.get("stock"))),
         "label_en": e.get("labels", {}).get("en"), "label_kk": e.get("labels", {}).get("kk"),
         "label_ru": e.get("labels", {}).get("ru")}
        for e in builtin_vocabulary("metrics")["entries"])


@hookimpl
def register_migrations(register):
    register(migrations)


@hookimpl
def register_extractors(register):
    from esep.registry import Extractor

    register(Extractor(EXTRACTOR, extract, version=VERSION, order=50, tables=("facts",)))


# -- evaluation -------------------------------------------------------------------

KEY_FIELDS = ("metric", "value", "when", "language", "category")


def fact_key(r: dict[str, Any]) -> tuple:
    """What a fact is compared on: metric, value (to 3 decimals), the date
    when there is one else the period, language and category.  Duplicates
    (the same figure in a table and in prose) collapse into one key."""
    v = r.get("value")
    return (r.get("metric"), round(float(v), 3) if v is not None else None,
            r.get("as_of") or r.get("period"), r.get("language") or None, r.get("category") or None)


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else (1.0 if not n_gold else 0.0)
    r = tp / n_gold if n_gold else (1.0 if not n_pred else 0.0)
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def score_facts(conn, document_id: str, gold: dict[str, Any]) -> dict[str, Any]:
    """Facts of one document against its gold, as sets of keys (see
    :func:`fact_key`).  Only metrics the gold covers are scored (its
    ``metrics`` list, else the metrics of its records); ``fields`` scores
    each of period/as_of, language and category on the facts whose metric
    and value match."""
    scope = set(gold.get("metrics") or {r["metric"] for r in gold.get("records", [])})
    cur = conn.execute(
        "select metric, value, period, as_of, language, category from facts where document_id = ?", [document_id])
    cols = [d[0] for d in cur.description]
    rows = [dict(zip(cols, r)) for r in cur.fetchall()]
    out_of_scope = sum(1 for r in rows if r["metric"] not in scope)
    pred = {fact_key(r) for r in rows if r["metric"] in scope}
    want = {fact_key(r) for r in gold.get("records", [])}
    tp = len(pred & want)
    res: dict[str, Any] = _prf(tp, len(pred), len(want))
    fields = {}
    for i, name in ((2, "when"), (3, "language"), (4, "category")):
        proj = lambda ks: {(k[0], k[1], k[i]) for k in ks}  # noqa: E731
        pp, ww = proj(pred), proj(want)
        fields[name] = _prf(len(pp & ww), len(pp), len(ww))
    res["fields"] = fields
    notes = [f"{len(pred)} facts, gold {len(want)}"]
    if out_of_scope:
        notes.append(f"{out_of_scope} rows of metrics the gold does not cover")
    for k in sorted(want - pred, key=str)[:5]:
        notes.append("missing " + "/".join("" if x is None else str(x) for x in k))
    for k in sorted(pred - want, key=str)[:5]:
        notes.append("spurious " + "/".join("" if x is None else str(x) for x in k))
    res["notes"] = notes
    return res


@hookimpl
def register_evaluators(register):
    from esep.registry import Evaluator

    register(Evaluator("facts", score_facts, "statistical figures: metric, value, period or date, language, category"))


@hookimpl
def prepare_worker(config):
    """The fact vocabulary and the tokenizers of both languages."""
    get_vocab(config)
    for lang in ("kk", "ru"):
        get_nlp(lang)
