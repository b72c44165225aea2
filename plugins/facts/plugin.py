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

import datetime as _dt
import logging
import re
from typing import Any

from sqlite_utils.migrations import Migrations

from esep import hookimpl
from esep.model import Document, Record
from esep.plugins.facts.common import (EXTRACTOR, LISTED_ONLY_RE, document_period, get_tokenizer_nlp, get_vocab,
                                      library_groups, make_fact)
from esep.plugins.lang.numbers import parse_number
from esep.plugins.lang.periods import period_from_code
from esep.registry import prf
from esep.storage import RECORD_COLUMNS_SQL

log = logging.getLogger(__name__)

VERSION = "2"

def extract(document: Document, config: Any) -> list[Record]:
    """Facts of every table and paragraph.  A table or paragraph whose
    reading raises is a counted warning (``ingest_warnings``, listed by
    ``esep errors``) and the rest of the document is read; with
    ``--strict`` it raises."""
    from esep.plugins.facts.table import table_facts
    from esep.plugins.facts.text import text_facts
    from esep.storage import warning_record

    fv = get_vocab(config)
    dp = document_period(document)
    strict = config is not None and getattr(config, "strict", False)
    records: list[Record] = []
    for t in document.tables:
        try:
            records.extend(table_facts(document, t, fv, dp, config))
        except Exception as e:  # noqa: BLE001 - one odd table must not lose the document
            if strict:
                raise
            log.warning("%s: table %d: facts not read: %s", document.path, t.index, e)
            records.append(warning_record(f"extract:{EXTRACTOR}", e, f"table {t.index}: facts not read: {e}",
                                          provenance=t.provenance, table_index=t.index, extractor=EXTRACTOR))
    read: dict[int, tuple] = {}  # each paragraph's reading, for the second reading of word_figures
    for b, e in text_facts(document, fv, dp, records, read):
        if strict:
            raise e
        log.warning("%s: block %d: facts not read: %s", document.path, b.index, e)
        records.append(warning_record(f"extract:{EXTRACTOR}", e, f"block {b.index}: facts not read: {e}",
                                      provenance=b.provenance, block=b.index, evidence=b.text[:300],
                                      extractor=EXTRACTOR))
    from esep.plugins.facts.text import word_figures

    records.extend(word_figures(document, fv, dp, records, read))
    from esep.plugins.facts.slash import slash_pairs

    slash_pairs(document, records, dp)  # "842/865" under a legend "2024 год / 2023 год": each figure its year
    from esep.plugins.facts.formrows import rows_noted

    rows_noted(document, records, fv)  # "Из строки 03 – книги и брошюры: 187 560 экз.": the row's indicator
    _subject_group(document, records)
    # (after the subject's group is the report's own: "Всего по области 164" in a table of a summary of the
    # oblast's libraries restates the dated count of its text)
    _date_restated_stocks(records, fv)
    repaired_figures_less_sure(document, records)
    records = _rounded_ratio_repeats(records)
    return _dedupe_unmatched(records)


#: how much surer a figure OCR repair changed is than one read as printed
REPAIRED_FIGURE_CONFIDENCE = 0.8


def _digits_of(value: float) -> str:
    text = f"{value:.6f}".rstrip("0").rstrip(".")
    return re.sub(r"\D", "", text)


def repaired_figures_less_sure(document: Document, records: list[Record]) -> None:
    """A figure whose digits OCR repair wrote ("1З 500" read as 13500, a
    decimal comma put back) is less sure than one the text shows as it is:
    its confidence goes down by :data:`REPAIRED_FIGURE_CONFIDENCE` when
    its digits are not among those of the block's or cell's first text
    (``original``), or stand there parted by other than a thousands space
    or a decimal mark.  A thousands space taken out changes no digit."""
    if document.metadata.get("ocr") not in ("tesseract", "text_layer"):
        return
    cells = {(t.index, c.row, c.col): c for t in document.tables for c in t.cells}
    for r in records:
        if r.table != "facts" or not isinstance(r.values.get("value"), (int, float)):
            continue
        if r.table_index is not None and r.cell is not None:
            holder = cells.get((r.table_index, *r.cell))
        elif r.block is not None and 0 <= r.block < len(document.blocks):
            holder = document.blocks[r.block]
        else:
            continue
        original = getattr(holder, "original", None)
        if original is None or _digits_written(r.values["value"], original):
            continue
        r.confidence = round(r.confidence * REPAIRED_FIGURE_CONFIDENCE, 3)


def _digits_written(value: float, original: str) -> bool:
    """The figure's digits stand in ``original`` as one run, with nothing
    between them but thousands spaces and a decimal mark: a figure whose
    group a colon or a hyphen parted ("2:150", "12-310", put together by
    the repair) is a guess as much as a digit put back; so is a figure
    whose last group the original shows with a fourth digit ("168 9002":
    a footnote's mark the repair took off)."""
    digits = _digits_of(value)
    if any(re.sub(r"\D", "", m.group(1)) == digits for m in _LAST_GROUP_OF_FOUR.finditer(original)):
        return False  # "168 9002": a digit taken off the last group (a footnote's mark glued to it)
    compact = re.sub(r"(?<=\d)[\s\u00a0\u202f.,]+(?=\d)", "", original)
    return digits in compact


#: a figure whose last group after a thousands space has four digits: "168 9002"
_LAST_GROUP_OF_FOUR = re.compile(r"(?<![\d.,])(\d{1,3}(?:[ \u00a0\u202f]\d{3})*[ \u00a0\u202f]\d{3})\d(?!\d)")


#: the number of a section before its heading: "I.", "ІІ.", "1.", "2.3", "1)"
_SECTION_NUMBER_RE = re.compile(r"\s*(?:[IVXІ]{1,4}|\d{1,2}(?:\.\d{1,2})*)[.)]?\s+\S")


def _subject_group(document: Document, records: list[Record]) -> None:
    """A report whose title names a group of libraries ("Общедоступные
    библиотеки Приозёрной области в 2021 году", "Ауылдық кітапханалардың
    жұмысы туралы") is of that group as a whole: its figures of the group
    are the report's own, and keep no category of it (an oblast library's
    report that names the region's libraries in a section only keeps it)."""
    from esep.plugins.facts.common import REGION_LIBRARIES, library_group
    from esep.plugins.metadata import title_candidates

    first = next((b.text for b in document.blocks if b.kind == "heading"), "")
    if _SECTION_NUMBER_RE.match(first):
        first = ""  # "I. Облыс кітапханаларының негізгі көрсеткіштері": a numbered section's heading, no title
    # the title proper where a heading of another name stands over it (the oblast library that compiled a
    # summary "… облысы кітапханаларының … жұмысы туралы ақпарат"): its line that says what the report is
    # (not the section heading that may follow it)
    proper = next((lines[:1] for source, lines in title_candidates(document) if source == "title"), [])
    group = library_group(document.metadata.get("title") or "") or library_group(first) \
        or next((g for line in proper if (g := library_group(line))), None) \
        or _subject_mobile_library([document.metadata.get("title") or "", first, *proper])
    if group is None:
        return
    groups = {group}
    if group in REGION_LIBRARIES:
        # "Павлодар облысы кітапханаларының … жиынтық есеп / Сводный отчёт о деятельности библиотек Павлодарской
        # области": the region's libraries are one whole whichever language names them in the text
        groups = set(REGION_LIBRARIES)
    for r in records:
        if r.table == "facts" and r.values.get("category") in groups:
            r.values["category"] = None


#: a system of libraries named in a title: its report, not one library's
_SYSTEM_RE = re.compile(r"(?i)(?<![^\W\d_])(?:систем|жүйе|(?-i:М?Ц[БГР]?БС|ОКЖ))")


def _subject_mobile_library(titles: list[str]) -> str | None:
    """The branch category of the mobile library a report's title is the
    report of ("Отчёт о работе КИБО за 2022 год", "Библиобустың 2023 жылғы
    жұмысы"): its figures are the report's own.  Not where the title names
    the system the mobile library is one of."""
    from esep.plugins.facts.common import mobile_library
    from esep.plugins.vocab import normalize_label

    for title in titles:
        name = mobile_library(title) if title else None
        if name is not None and not _SYSTEM_RE.search(title):
            return "branch:" + normalize_label(name)
    return None


def _date_restated_stocks(records: list[Record], fv) -> None:
    """A stock restated without its date ("Kitap qory 148 602 dana" below a
    table that gives 148 602 at 01.07.2018) takes the date the report gives
    the same figure elsewhere, when it gives one date only."""
    dated: dict[tuple, set[str]] = {}
    for r in records:
        v = r.values
        if r.table == "facts" and v.get("metric") and v.get("as_of"):
            dated.setdefault((v["metric"], v["value"], v.get("language"), v.get("category")), set()).add(v["as_of"])
    for r in records:
        v = r.values
        m = fv.metrics.get(v.get("metric") or "") if r.table == "facts" else None
        if m is not None and m.stock and not v.get("as_of"):
            dates = dated.get((v["metric"], v["value"], v.get("language"), v.get("category")), set())
            if len(dates) == 1:
                v["as_of"] = next(iter(dates))


def _rounded_ratio_repeats(records: list[Record]) -> list[Record]:
    """A ratio restated in prose as a whole number ("В среднем 19 книг на
    читателя", "жылына 19 кітап") beside the ratio the report states to a
    decimal ("Читаемость – 19,1") is the same figure rounded, not a second
    value of it: the whole number goes when a figure of the same ratio,
    date or period, language and category differs from it by less than one."""
    stated: dict[tuple, list[float]] = {}

    def key(v: dict) -> tuple:
        return v["metric"], fact_when(v), v.get("language") or None, v.get("category") or None

    for r in records:
        v = r.values
        if r.table == "facts" and str(v.get("metric") or "").startswith("ratio.") and v.get("value") is not None \
                and float(v["value"]) != int(float(v["value"])):
            stated.setdefault(key(v), []).append(float(v["value"]))

    def rounded_repeat(r: Record) -> bool:
        v = r.values
        if r.table != "facts" or r.values.get("source") != "text" or v.get("value") is None \
                or not str(v.get("metric") or "").startswith("ratio.") or float(v["value"]) != int(float(v["value"])):
            return False
        return any(abs(x - float(v["value"])) < 1 for x in stated.get(key(v), ()))

    return [r for r in records if not rounded_repeat(r)]


def _dedupe_unmatched(records: list[Record]) -> list[Record]:
    """One ``unmatched_terms`` row per term and document (the first place it is written)."""
    seen: set[str] = set()
    out = []
    for r in records:
        if r.table == "unmatched_terms":
            term = r.values.get("term")
            if term in seen:
                continue
            seen.add(term)
        out.append(r)
    return out


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


#: The organization a report is about, as the views compare it: its key
#: (``documents.organization_id``, one library however a report spells its
#: name), else the name as the report writes it.
ORGANIZATION_SQL = "COALESCE(d.organization_id, json_extract(d.metadata, '$.organization'))"

#: A unit's base unit and scale, so that "мың теңге" and "теңге", "160,8 мың
#: рет" and "160 788" compare: ``thousand_X`` and ``million_X`` are X.
_UNIT_BASE_SQL = """CASE WHEN {u} LIKE 'thousand~_%' ESCAPE '~' THEN substr({u}, 10)
                       WHEN {u} LIKE 'million~_%' ESCAPE '~' THEN substr({u}, 9) ELSE {u} END"""
_UNIT_SCALE_SQL = """CASE WHEN {u} LIKE 'thousand~_%' ESCAPE '~' THEN 1000.0
                       WHEN {u} LIKE 'million~_%' ESCAPE '~' THEN 1000000.0 ELSE 1.0 END"""
#: How far a figure written in thousands may be from the exact one it
#: rounds: half its last digit ("160,8 мың" stands for 160 750 to 160 850).
_ROUNDING_SQL = """CASE WHEN {s}.scale > 1 THEN 0.5 * {s}.scale
                       * (CASE WHEN {s}.value = CAST({s}.value AS INTEGER) THEN 1.0 ELSE 0.1 END) ELSE 0 END"""


def _views_sql() -> str:
    base = _UNIT_BASE_SQL.format(u="f.unit")
    scale = _UNIT_SCALE_SQL.format(u="f.unit")
    rounding_a, rounding_b = _ROUNDING_SQL.format(s="a"), _ROUNDING_SQL.format(s="b")
    rounding_s = _ROUNDING_SQL.format(s="s")
    return f"""
        -- one row per figure and the period it belongs to; own = stated by the report about that period.
        -- label_key names the figures no metric names (NULL when a metric does)
        CREATE VIEW fact_sources AS
        SELECT f.metric, CASE WHEN f.metric IS NULL THEN f.label_key END AS label_key,
               f.language, f.category, COALESCE(f.period, f.as_of) AS period, f.as_of,
               f.value, f.unit, {base} AS base_unit, f.value * {scale} AS base_value, {scale} AS scale,
               f.source, f.document_id, d.path, {ORGANIZATION_SQL} AS organization,
               COALESCE(json_extract(d.metadata, '$.period') = f.period, 0) AS own
        FROM facts f JOIN documents d ON d.id = f.document_id
        WHERE f.metric IS NOT NULL OR f.label_key IS NOT NULL;

        -- a metric (or a label no metric names) of one organization across periods: the value the
        -- report about the period states (else another report's comparison figure), in its unit and in
        -- the base unit ("мың" multiplied out), how many documents state it and whether they disagree
        -- (by more than a figure written in thousands rounds: "160,8 мың" and "160 788" agree)
        CREATE VIEW timeline AS
        WITH ranked AS (
            SELECT *, ROW_NUMBER() OVER (PARTITION BY metric, label_key, language, category, organization, period
                                         ORDER BY own DESC, document_id) AS rn
            FROM fact_sources
        ),
        agg AS (
            SELECT metric, label_key, language, category, organization, period,
                   COUNT(DISTINCT document_id) AS n_sources, group_concat(DISTINCT path) AS documents,
                   COUNT(DISTINCT base_unit) > 1
                   OR MAX(base_value) - MIN(base_value) > MAX({rounding_s}) + 1e-9 * MAX(abs(base_value)) AS disagree
            FROM fact_sources s GROUP BY metric, label_key, language, category, organization, period
        )
        SELECT r.metric, r.label_key, r.language, r.category, r.organization, r.period, r.value, r.unit,
               r.base_value, r.base_unit, a.n_sources, a.documents, a.disagree, r.document_id AS source_document
        FROM ranked r JOIN agg a ON a.metric IS r.metric AND a.label_key IS r.label_key
             AND a.language IS r.language AND a.category IS r.category AND a.organization IS r.organization
             AND a.period = r.period
        WHERE r.rn = 1;

        -- the figures conflicts and copy_disagreements compare: facts of a metric, and facts of a
        -- table label that names one figure per period in its document (a label repeated with several
        -- values, or a counted noun of the prose, names no one figure)
        CREATE VIEW comparable_facts AS
        WITH n AS (
            SELECT document_id, label_key, language, category, period, unit, COUNT(DISTINCT value) AS n_values
            FROM fact_sources WHERE metric IS NULL
            GROUP BY document_id, label_key, language, category, period, unit
        )
        SELECT DISTINCT s.metric, s.label_key, s.language, s.category, s.period, s.value, s.unit, s.base_unit,
               s.base_value, s.scale, s.document_id, s.path, s.organization,
               COALESCE(s.organization, '') || '|' ||
               COALESCE(json_extract(d.metadata, '$.period'), s.document_id) AS report
        FROM fact_sources s JOIN documents d ON d.id = s.document_id
        LEFT JOIN n ON s.metric IS NULL AND n.document_id = s.document_id AND n.label_key = s.label_key
             AND n.language IS s.language AND n.category IS s.category AND n.period IS s.period AND n.unit IS s.unit
        WHERE s.metric IS NOT NULL OR (s.source = 'table' AND n.n_values = 1);

        -- the same figure of the same organization for the same period stated differently by two
        -- reports, in the same unit (after "мың" is multiplied out); kind 'thousandfold' when one is a
        -- thousand times the other (a unit slip, not a disagreement about the figure); copies of one
        -- report (the same organization and period in several formats) are in copy_disagreements
        CREATE VIEW conflicts AS
        SELECT a.metric, a.label_key, a.language, a.category, a.period,
               a.value AS value_a, a.unit AS unit_a, a.document_id AS document_a, a.path AS path_a,
               b.value AS value_b, b.unit AS unit_b, b.document_id AS document_b, b.path AS path_b,
               a.organization,
               CASE WHEN abs(a.base_value - 1000 * b.base_value) < 1e-6 * abs(a.base_value)
                      OR abs(b.base_value - 1000 * a.base_value) < 1e-6 * abs(b.base_value)
                    THEN 'thousandfold' ELSE 'value' END AS kind
        FROM comparable_facts a JOIN comparable_facts b
             ON b.metric IS a.metric AND b.label_key IS a.label_key AND b.language IS a.language
             AND b.category IS a.category AND b.period = a.period AND b.base_unit IS a.base_unit
             AND a.organization = b.organization
             AND a.document_id < b.document_id AND abs(a.base_value - b.base_value) > 1e-9 * abs(a.base_value)
             -- a figure restated in thousands ("160,8 мың" beside "160 788") is the same figure
             AND abs(a.base_value - b.base_value) > max({rounding_a}, {rounding_b})
             AND a.report != b.report;

        -- copies of the same report that read a figure differently: an extraction or OCR problem
        CREATE VIEW copy_disagreements AS
        SELECT a.report, a.metric, a.label_key, a.language, a.category, a.period,
               a.value AS value_a, a.path AS path_a, b.value AS value_b, b.path AS path_b
        FROM comparable_facts a JOIN comparable_facts b
             ON b.metric IS a.metric AND b.label_key IS a.label_key AND b.language IS a.language
             AND b.category IS a.category AND b.period = a.period AND b.unit IS a.unit
             AND a.document_id < b.document_id AND a.value != b.value
             AND a.report = b.report;

        -- flows: do the two half-years of one organization add up to the year, where all three are
        -- reported (in the base unit)?
        CREATE VIEW half_year_sums AS
        SELECT y.metric, y.language, y.category, y.organization, y.period AS year, h1.base_value AS h1,
               h2.base_value AS h2, y.base_value AS year_value, h1.base_value + h2.base_value AS sum_of_halves,
               ABS(h1.base_value + h2.base_value - y.base_value) < 0.001 AS holds
        FROM timeline y
        JOIN metrics m ON m.id = y.metric AND m.stock = 0
        JOIN timeline h1 ON h1.metric = y.metric AND h1.language IS y.language AND h1.category IS y.category
             AND h1.organization IS y.organization AND h1.period = y.period || '-H1'
        JOIN timeline h2 ON h2.metric = y.metric AND h2.language IS y.language AND h2.category IS y.category
             AND h2.organization IS y.organization AND h2.period = y.period || '-H2'
        WHERE length(y.period) = 4;
    """


_FACT_COLUMNS = ("id, document_id, metric, value, unit, period, period_start, period_end, as_of, language, "
                 "category, label, source, evidence, confidence, page, block_index, table_index, cell_row, "
                 "cell_col, extractor")


@migrations()
def m003_label_key(db) -> None:
    """Figures no vocabulary names: ``metric`` may be NULL, ``label_key``
    holds the folded label; the views compare labels as well as metrics,
    conflicts only within one organization and one unit.  New metrics of
    the vocabulary are added to ``metrics``."""
    from esep.plugins.vocab import builtin_vocabulary

    db.executescript(f"""
        DROP VIEW IF EXISTS half_year_sums;
        DROP VIEW IF EXISTS copy_disagreements;
        DROP VIEW IF EXISTS conflicts;
        DROP VIEW IF EXISTS timeline;
        DROP VIEW IF EXISTS fact_sources;
        CREATE TABLE facts_new (
            id INTEGER PRIMARY KEY,
            document_id TEXT NOT NULL REFERENCES documents(id),
            metric TEXT,                    -- NULL: no vocabulary names the figure; label_key does
            value REAL NOT NULL,
            unit TEXT,
            period TEXT,
            period_start TEXT,
            period_end TEXT,
            as_of TEXT,
            language TEXT,
            category TEXT,
            label TEXT,
            label_key TEXT,                 -- the label folded (esep.plugins.vocab.normalize_label)
            source TEXT NOT NULL CHECK (source IN ('table', 'text')),{RECORD_COLUMNS_SQL}
        );
        INSERT INTO facts_new ({_FACT_COLUMNS}) SELECT {_FACT_COLUMNS} FROM facts;
        DROP TABLE facts;
        ALTER TABLE facts_new RENAME TO facts;
        CREATE INDEX facts_document ON facts(document_id);
        CREATE INDEX facts_metric ON facts(metric, period);
        CREATE INDEX facts_key ON facts(metric, language, category, period);
        CREATE INDEX facts_label_key ON facts(label_key, period);
    """ + _views_sql())
    db["metrics"].insert_all(
        ({"id": e["id"], "unit": e.get("unit"), "stock": int(bool(e.get("stock"))),
          "label_en": e.get("labels", {}).get("en"), "label_kk": e.get("labels", {}).get("kk"),
          "label_ru": e.get("labels", {}).get("ru")}
         for e in builtin_vocabulary("metrics")["entries"]), replace=True)


@migrations()
def m004_views_by_organization_key(db) -> None:
    """The views compare reports by organization key (see
    :data:`ORGANIZATION_SQL`): a Kazakh and a Russian report of one library
    are one organization."""
    views = re.findall(r"CREATE VIEW (\w+)", _views_sql())
    db.executescript("".join(f"DROP VIEW IF EXISTS {v};\n" for v in reversed(views)) + _views_sql())


@migrations()
def m005_views_with_every_scaled_unit(db) -> None:
    """Every ``thousand_``/``million_`` unit compares with its base unit, and
    a figure written in thousands does not conflict with the exact figure it
    rounds."""
    m004_views_by_organization_key(db)


@migrations()
def m006_timeline_by_organization(db) -> None:
    """``timeline`` and ``half_year_sums`` follow one organization (reports
    of other libraries are other series) and give the base value, so that
    a figure written in thousands compares with an exact one."""
    m004_views_by_organization_key(db)


#: The facts the total row of an events-by-type table gives, by the role of its column.
_EVENT_TOTALS = (("actual", "events.actual"), ("participants", "events.participants"))


@hookimpl
def prepare_records(records, document, config):
    """The tables the event statistics read as events by type are theirs:
    their rows are event types, not figures of their own (the label facts
    read from them are dropped), and their total row gives the number of
    events and of participants of each period, as the table reader gives
    them when it reads the table whole.  This matters where a PDF broke the
    table under its header: the body alone names no period and no role, and
    only the event statistics put the header back over it.  A count of
    events or of participants read from such a table is kept only from a
    column the event statistics read that count from, and a table whose
    rows are forms of work gives no other figure."""
    event_rows: dict[int, list[Record]] = {}
    for r in records:
        if r.table == "event_stats" and r.table_index is not None:
            event_rows.setdefault(r.table_index, []).append(r)
    for index in _indicator_tables(records, event_rows):
        rows = event_rows.pop(index)
        if all(r.values.get("rows_by") == "type" and r.values.get("event_type") in (None, "total") for r in rows):
            # "Число читателей | Книговыдача | Фонд | Бюджет" over the years: no row names a form of work, so
            # the rows the event statistics read are the indicators' (the table and its facts stay stored)
            drop = {id(r) for r in rows}
            records[:] = [r for r in records if id(r) not in drop]
    if not event_rows:
        return
    _events_rows_off_review(records, event_rows)
    # the columns the event statistics read each role from: a count of events or of participants that
    # the table reader took from another column of the table ("всего" and "из них для детей" beside
    # "посетило, чел.", all read as people) is not one
    role_cols: dict[tuple[int, str], set[int]] = {}
    for index, rows in event_rows.items():
        for r in rows:
            for role, metric_id in _EVENT_TOTALS:
                if r.values.get(f"{role}_col") is not None:
                    role_cols.setdefault((index, metric_id), set()).add(r.values[f"{role}_col"])

    # a table whose rows are forms of work counts events and people only ("посетило" there is the
    # events' participants, not the library's visits)
    by_type = {index for index, rows in event_rows.items() if all(r.values.get("rows_by") == "type" for r in rows)}

    # a table by library ("ЦБ | ДБ | … с/ф" down, users, visits, loans and events across) is the libraries'
    # figures as much as their events: its rows no metric names are kept, as in any table
    by_branch = {index for index, rows in event_rows.items() if all(r.values.get("rows_by") == "branch" for r in rows)}

    def not_its_own(r: Record) -> bool:
        metric = r.values.get("metric")
        if metric is None:
            return r.table_index not in by_branch
        if r.table_index in by_type and metric not in dict(_EVENT_TOTALS).values():
            return True
        cols = role_cols.get((r.table_index, metric))
        return bool(cols) and r.cell is not None and r.cell[1] not in cols

    # the figures of a table by form of work are the forms' own; the period's count of events and of
    # people is its total's only ("Показатель | Книжные выставки | Беседы | Всего" across, "Количество
    # мероприятий | 52 | 30 | 150": 52 and 30 are no count of the period's events)
    totals: dict[int, set[tuple[str, float]]] = {}
    for index, rows in event_rows.items():
        for r in rows:
            for role, metric_id in _EVENT_TOTALS:
                if r.values.get("is_total") and r.values.get(role) is not None:
                    totals.setdefault(index, set()).add((metric_id, float(r.values[role])))

    def a_form_figure(r: Record) -> bool:
        metric = r.values.get("metric")
        return r.table_index in by_type and r.table_index in totals and metric in dict(_EVENT_TOTALS).values() \
            and r.cell is not None and (metric, float(r.values.get("value") or 0)) not in totals[r.table_index]

    records[:] = [r for r in records if not (r.table == "facts" and r.table_index in event_rows
                                             and (not_its_own(r) or a_form_figure(r)))]
    _part_totals(records, document, event_rows)
    have = {(r.values["metric"], r.values.get("period"), r.table_index) for r in records
            if r.table == "facts" and r.values.get("metric") in dict(_EVENT_TOTALS).values()}
    fv = get_vocab(config)
    for index, rows in sorted(event_rows.items()):
        table = document.tables[index] if 0 <= index < len(document.tables) else None
        part = _part_of(document, table, rows) if table is not None else None
        for r in rows:
            if table is None or not r.values.get("is_total") or LISTED_ONLY_RE.search(r.values.get("label") or ""):
                continue  # "Итого по указанным формам": the sum of the forms listed, no count of every event
            if part is not None and not part.startswith("branch:"):
                continue  # a department's or a group of readers' total is no count of the period's events
            if _smaller_than_another(r, event_rows):
                continue
            for role, metric_id in _EVENT_TOTALS:
                got = _total_fact(r, role, metric_id, table, fv, have, category=part)
                if got is not None:
                    records.append(got)
                    have.add((metric_id, got.values["period"], index))


_ROLE_COLS = ("plan_col", "actual_col", "participants_col", "percent_col")


def _events_rows_off_review(records: list[Record], event_rows: dict[int, list[Record]]) -> None:
    """A row of a table of events that the event statistics read is no label
    left for review: its total ("Итого", "Барлығы", "Итого по ЦБС"), a form
    of work the event vocabulary names ("Беседы", "5 Встречи с интересными
    людьми" carried on from the page before), or a library of a table by
    library whose forms (or whose count of events) the event statistics read.
    A form of work no vocabulary names stays listed (the event statistics
    list it too), and so does a label of a column they did not read in a
    table by library that counts other indicators besides."""
    read: dict[tuple[int, int], list[Record]] = {}
    for index, rows in event_rows.items():
        for r in rows:
            if r.cell is not None:
                read.setdefault((index, r.cell[0]), []).append(r)
    forms_across = {index for index, rows in event_rows.items()
                    if any(r.values.get("rows_by") == "type" for r in rows)}

    def read_there(u: Record) -> bool:
        if u.table != "unmatched_terms" or u.values.get("kind") != "metric" or u.table_index is None \
                or u.cell is None:
            return False
        rows = read.get((u.table_index, u.cell[0]))
        if not rows:
            return False
        if any(r.values.get("is_total") for r in rows):
            return True
        if any(r.values.get("rows_by") == "type" and r.values.get("event_type") is None for r in rows):
            return False  # a form no vocabulary names: left for review
        if all(r.values.get("rows_by") == "type" for r in rows):
            return True
        return u.table_index in forms_across \
            or any(u.cell[1] == r.values.get(c) for r in rows for c in _ROLE_COLS)

    records[:] = [r for r in records if not (r.extractor == EXTRACTOR and read_there(r))]


#: how many indicators other than the events' make a table one of indicators, not of events by type
INDICATORS_OF_A_TABLE = 3


def _indicator_tables(records: list[Record], event_rows: dict[int, list[Record]]) -> set[int]:
    """The tables the event statistics took for events by type whose figures
    name three indicators or more besides the events' (readers, visits,
    loans, the fund, the budget: "Год | Число читателей | Число посещений |
    Книговыдача | … | Число мероприятий", the years down): a table of the
    library's indicators, whose figures are its own; a table of forms of
    work names none of them, or one ("посетило" read as visits)."""
    events = dict(_EVENT_TOTALS).values()
    named: dict[int, set[str]] = {}
    for r in records:
        metric = r.values.get("metric") if r.table == "facts" else None
        if metric and metric not in events and r.table_index in event_rows and r.values.get("source") == "table":
            named.setdefault(r.table_index, set()).add(metric)
    return {index for index, metrics in named.items() if len(metrics) >= INDICATORS_OF_A_TABLE}


#: a caption naming a part of the library system: a department or sector ("Мероприятия детского отдела",
#: "Балалар бөлімінің іс-шаралары"), a group of readers ("для детей", "балаларға арналған", "юношества"),
#: or one branch ("библиотеки-филиала №2")
_PARTS = tuple(re.compile(r"(?i)(?<![^\W\d_])(?:" + p + ")") for p in (
    r"отдел|сектор|бөлім", r"филиал", r"детск|дет(?:ей|ям|ьми)(?![^\W\d_])|бала(?:лар|ға)",
    r"юнош|молод[её]ж|жасөспір|жастар"))


def _part_of(document: Document, table, rows: list[Record]) -> str | None:
    """What part of the library system an event table's caption names:
    the category of a group of libraries (``branch:сельские библиотеки``),
    ``"part"`` for a department, a group of readers or a branch, or None
    for a table of the whole.  A report whose own title names the same
    (a children's library's report on its children's events) is of the whole,
    and so is a table by library, whose caption names its rows."""
    if any(r.values.get("rows_by") == "branch" for r in rows):
        return None
    captions = _caption(document, table)
    if not captions:
        return None
    groups = library_groups(captions[0])
    if len(groups) == 1:
        return groups[0]
    named = [p for p in _PARTS if p.search(captions[0])]
    if not named or len(groups) > 1:
        return None
    title = next((b.text for b in document.blocks if b.text.strip()), "")
    return None if any(p.search(title) for p in named) else "part"


def _caption(document: Document, table) -> list[str]:
    """The table's caption: its title, or the block right before it when that block is a heading, is
    short or ends with a colon (as the table reader takes it)."""
    block = document.blocks[table.position] if 0 <= table.position < len(document.blocks) else None
    text = table.title or (block.text.strip() if block is not None else "")
    if block is not None and not table.title and not (block.kind == "heading" or len(text) <= 160 or text.endswith(":")):
        return []
    return [text] if text else []


def _part_totals(records: list[Record], document: Document, event_rows: dict[int, list[Record]]) -> None:
    """The counts the table reader gave from a table of a part (see :func:`_part_of`): a group of
    libraries' are that group's; a department's or a group of readers' are dropped, and so is a total
    smaller than another event table's of the same period, which counts a part of the events only."""
    keep = []
    for r in records:
        if r.table == "facts" and r.table_index in event_rows and r.values.get("metric") in dict(_EVENT_TOTALS).values() \
                and not r.values.get("category") and 0 <= r.table_index < len(document.tables):
            part = _part_of(document, document.tables[r.table_index], event_rows[r.table_index])
            if part is not None and part.startswith("branch:"):
                r.values["category"] = part
            elif part is not None:
                continue
            elif any(_smaller_than_another(t, event_rows) for t in event_rows[r.table_index]
                     if t.values.get("is_total") and t.values.get("period") == r.values.get("period")):
                continue
        keep.append(r)
    records[:] = keep


def _smaller_than_another(total: Record, event_rows: dict[int, list[Record]]) -> bool:
    """An event table's total row counting fewer events than another table's total of the same
    period (a second table of the children's events, of the forms held online): a part, not the whole."""
    first = total.values.get("first_table", total.table_index)
    own = total.values.get("actual")
    if own is None:
        return False
    return any(float(r.values["actual"]) > float(own) for rows in event_rows.values() for r in rows
               if r.values.get("is_total") and r.values.get("actual") is not None
               and r.values.get("first_table", r.table_index) != first
               and r.values.get("period") == total.values.get("period")
               and not LISTED_ONLY_RE.search(r.values.get("label") or ""))


def _total_fact(row: Record, role: str, metric_id: str, table, fv, have: set,
                category: str | None = None) -> Record | None:
    """The fact of one figure of an event table's total row, read from its
    cell (the cell's text is the evidence), unless the table reader gave it."""
    value, col, code = row.values.get(role), row.values.get(f"{role}_col"), row.values.get("period")
    period = period_from_code(str(code)) if code else None
    if value is None or col is None or period is None or (metric_id, period.code, table.index) in have:
        return None
    first = row.cell[0] if row.cell else 0
    cell = next((c for c in sorted(table.cells, key=lambda c: c.row)
                 if c.col == col and c.row >= first and parse_number(c.text) == value), None)
    metric = fv.metrics.get(metric_id)
    if cell is None or metric is None:
        return None
    return make_fact(metric, value, unit=metric.unit, period=period, as_of=None, language=None, category=category,
                     label=row.values.get("label") or "", source="table", evidence=cell.text,
                     confidence=min(0.9, row.confidence or 0.9), provenance=cell.provenance or table.provenance,
                     table_index=table.index, cell=(cell.row, cell.col))


@hookimpl
def register_migrations(register):
    register(migrations)


@hookimpl
def register_extractors(register):
    from esep.registry import Extractor

    register(Extractor(EXTRACTOR, extract, version=VERSION, order=50, tables=("facts", "unmatched_terms", "ingest_warnings")))


# -- evaluation -------------------------------------------------------------------

KEY_FIELDS = ("metric", "value", "when", "language", "category")

#: Balances whose date is a boundary of their period: the opening balance
#: dated the period's first day, the closing one dated its last day or the
#: day after.  Stated with that date or without it, it is the same figure.
_BOUNDARY = {"fund.start": ("start",), "fund.end": ("end", "after")}


def fact_when(r: dict[str, Any]) -> str | None:
    """The date of a fact when it has one, else its period; a balance dated
    a boundary of its own period (``fund.start`` on its first day,
    ``fund.end`` on its last day or the day after) is of the period: "на
    01.01.2019" over the opening balance of 2019 and "Жыл басындағы қор" say
    the same."""
    as_of, period = r.get("as_of"), r.get("period")
    if as_of and period and r.get("metric") in _BOUNDARY:
        p = period_from_code(period)
        if p is not None:
            after = (_dt.date.fromisoformat(p.end) + _dt.timedelta(days=1)).isoformat()
            ends = {"start": p.start, "end": p.end, "after": after}
            if any(as_of == ends[k] for k in _BOUNDARY[r["metric"]]):
                return period
    return as_of or period


def fact_key(r: dict[str, Any], scope: set[str] | None = None) -> tuple:
    """What a fact is compared on: metric, value (to 3 decimals), the date
    when there is one else the period (:func:`fact_when`), language and
    category.  Duplicates (the same figure in a table and in prose) collapse
    into one key.  With ``scope`` (the metrics a gold names), a fact of no
    metric or of a metric outside it is an *unnamed* figure: its metric is
    ``None`` in the key (see :func:`score_facts`)."""
    v = r.get("value")
    metric = r.get("metric")
    if scope is not None and metric not in scope:
        metric = None
    return (metric, round(float(v), 3) if v is not None else None,
            fact_when(r), r.get("language") or None, r.get("category") or None)


def score_facts(conn, document_id: str, gold: dict[str, Any]) -> dict[str, Any]:
    """Facts of one document against its gold, as sets of keys (see
    :func:`fact_key`).  Only metrics the gold covers are scored by metric
    (its ``metrics`` list, else the metrics of its records).

    Figures the gold names by no metric (``metric`` null, a ``label``: a
    figure of the report no vocabulary of the gold's author names) count as
    well, evenly on both sides: they are compared with the document's
    figures that carry a label but no metric of the gold's scope (``metric``
    NULL with a ``label_key``, or a metric the gold does not cover), on
    value, period or date, language and category.  A figure of the document
    that the gold does not list and whose metric the gold does not cover is
    counted only when the gold lists unnamed figures at all, and only when
    it has a label: a gold without unnamed figures scores by metric alone,
    as before.

    ``fields`` scores each of period/as_of, language and category on the
    facts whose metric and value match."""
    records = gold.get("records", [])
    scope = set(gold.get("metrics") or {r["metric"] for r in records if r.get("metric")})
    scope.discard(None)
    unnamed = any(r.get("metric") is None for r in records)
    cur = conn.execute("select metric, value, period, as_of, language, category, label_key from facts "
                       "where document_id = ?", [document_id])
    cols = [d[0] for d in cur.description]
    rows = [dict(zip(cols, r)) for r in cur.fetchall()]
    named = [r for r in rows if r["metric"] in scope]
    others = [r for r in rows if r["metric"] not in scope and (r["metric"] is not None or r["label_key"])]
    pred = {fact_key(r, scope) for r in named}
    want = {fact_key(r, scope) for r in records if r.get("metric") is not None or unnamed}
    out_of_scope = len(rows) - len(named)
    if unnamed:
        pred |= {fact_key(r, scope) for r in others}
    tp = len(pred & want)
    res: dict[str, Any] = prf(tp, len(pred), len(want))
    fields = {}
    for i, name in ((2, "when"), (3, "language"), (4, "category")):
        proj = lambda ks: {(k[0], k[1], k[i]) for k in ks}  # noqa: E731
        pp, ww = proj(pred), proj(want)
        fields[name] = prf(len(pp & ww), len(pp), len(ww))
    res["fields"] = fields
    res["tp"], res["n_pred"], res["n_gold"] = tp, len(pred), len(want)
    notes = [f"{len(pred)} facts, gold {len(want)}"]
    if out_of_scope and not unnamed:
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
    """The fact vocabulary and its cue index, the metrics vocabulary
    (labels of unnamed rows), the tokenizers of both languages and the two
    readers' modules (their patterns compiled at import)."""
    import esep.plugins.facts.table  # noqa: F401
    import esep.plugins.facts.text  # noqa: F401
    from esep.plugins.facts.common import cue_index
    from esep.plugins.vocab import get_vocabulary

    cue_index(get_vocab(config))
    get_vocabulary("metrics", config)
    for lang in ("kk", "ru"):
        get_tokenizer_nlp(lang)
