"""The ``facts`` extractor: every statistical figure a report states, in its
tables and in its prose, as one row of ``facts``.

A fact is a value of a canonical metric (``schemas/metrics.json``: staff,
acquisition, state order, fund, catalogue, digitization, references, media,
events) for a period (``2018-H1``) or at a date (``as_of``), optionally for
a language part (``language`` = ``kk`` for "оның ішінде ... қазақ тілінде")
and a named category (``fiction``, ``books`` ...).  ``label`` keeps the raw
wording, ``evidence`` quotes the source text exactly, and the record links
to the block or table cell it came from.

This module holds the hooks only: orchestration of the readers
(:mod:`esep.plugins.facts.table`, :mod:`esep.plugins.facts.text`), the
table's migrations and views, and the ``facts`` evaluator.  What the
readers share (vocabulary, cue matcher, periods, record builder) is
:mod:`esep.plugins.facts.common`.  See ``docs/facts.md``.
"""

from __future__ import annotations

import logging
from typing import Any

from sqlite_utils.migrations import Migrations

from esep import hookimpl
from esep.model import Document, Record
from esep.plugins.facts.common import EXTRACTOR, document_period, get_nlp, get_vocab
from esep.storage import RECORD_COLUMNS_SQL

log = logging.getLogger(__name__)

VERSION = "1"

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
