"""``esep serve``: the database in Datasette, read-only, with descriptions
of every table and column, facets, canned queries for the cross-year
questions, and esep's own pages (``routes.py``): the overview of the archive
at ``/``, a metric over time, evidence, conflicts and failed checks.

The file is served *immutable* (opened read-only, never written), bound to
127.0.0.1 unless ``--host`` says otherwise, and no canned query writes.
Charts are drawn by Vega-Lite from ``static/vendor/``: nothing is fetched
from the network.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from pathlib import Path
from typing import Any

import click

from esep import hookimpl

log = logging.getLogger(__name__)

#: what a column means wherever it appears (a table's own "columns" win)
COMMON_COLUMNS: dict[str, str] = {
    "id": "row id (the key the evidence pages use)",
    "organization_id": "the organization's key (organizations.id): one library however a report writes its name",
    "label_key": "the label folded (case, script, look-alikes): how a figure with no metric is followed across reports",
    "base_unit": "the unit after a scale word is multiplied out (thousand_kzt -> kzt)",
    "base_value": "the figure in base_unit (the stated value times its scale)",
    "scale": "what the stated value is multiplied by to give base_value (1000 for a unit in thousands)",
    "organization": "the library system, as the document names it",
    "document_id": "the document (sha256 of its file) the row was read from",
    "evidence": "exact quote of the source text the row was read from",
    "confidence": "how sure the extractor is, 0 to 1",
    "page": "PDF page, 1-based (empty for Word and text files)",
    "block_index": "the paragraph (blocks.idx) the row was read from",
    "table_index": "the table (doc_tables.idx) the row was read from",
    "cell_row": "row of that table's cell, 0-based", "cell_col": "column of that table's cell, 0-based",
    "extractor": "the plugin that wrote the row",
    "x0": "left edge of the box on the PDF page, in points", "x1": "right edge of the box, in points",
    "top": "top edge of the box, points from the top of the page", "bottom": "bottom edge of the box, in points",
    "paragraph": "paragraph number in a Word or text file, 0-based",
    "line": "line number in a text file", "char_start": "offset of the first character in the text file",
    "char_end": "offset after the last character in the text file",
    "span_start": "offset of the name's first character in the paragraph text",
    "span_end": "offset after the name's last character in the paragraph text",
    "metric": "canonical metric id (the metrics table, schemas/metrics.json)",
    "language": "kk (Kazakh), ru (Russian) or both; on a figure: the part in one language",
    "category": "a named part (fiction, children, newspaper_articles ...); empty for the whole",
    "period": "reporting period: YYYY, YYYY-H1/H2, YYYY-Q1..Q4, YYYY-9M",
    "period_start": "first day of the period (ISO date)", "period_end": "last day of the period (ISO date)",
    "value": "the figure as stated", "unit": "copies, people, thousand_kzt, staff_units ...",
    "event_type": "canonical event type (schemas/event_types.json)",
    "kind": "the kind of row (see the table's description)", "text": "the text as read",
    "original": "the text before a normalizer changed it", "source": "where it was read: table or text",
    "source_id": "canonical newspaper or journal id (schemas/sources.json)",
    "branch_id": "library branch id (the branches table)", "system": "the library system a branch belongs to",
    "number": "the number as written", "name": "the name", "title": "the title",
    "path": "where the file was read from", "plan": "planned number", "actual": "number held",
    "participants": "number of participants", "year": "year", "count": "number of rows",
    "n_sources": "how many documents state it", "source_document": "the document the value is taken from",
    "documents": "the documents that state it", "mentions": "how many times it is mentioned",
    "entity_id": "canonical entity id (the entities table)", "holds": "1 when the arithmetic holds, 0 when not",
    "value_a": "the figure in the first report", "value_b": "the figure in the second report",
    "document_a": "the first report", "document_b": "the second report",
    "path_a": "file of the first report", "path_b": "file of the second report",
}

TABLES: dict[str, dict[str, Any]] = {
    "documents": {
        "description": "One row per ingested file; id is the sha256 of its bytes.",
        "columns": {
            "id": "sha256 of the file's bytes", "format": "txt, docx, doc, pdf, xlsx, ods, csv ...",
            "loader": "the plugin that read the file", "size": "size in bytes", "mtime": "file modification time",
            "title": "title found in the file", "pages": "number of pages (PDF, Word)",
            "encoding": "text encoding of a .txt file", "metadata": "everything found about the report (JSON)",
            "n_blocks": "paragraphs read", "n_tables": "tables read", "ingested_at": "when it was read (UTC)",
            "organization": "the library system that wrote the report, as written",
            "organization_id": "stable key of the library system (the organizations table)",
        },
        "facets": ["format", "period", "language"],
    },
    "blocks": {
        "description": "Headings, paragraphs and list items of every document in reading order.",
        "columns": {"idx": "position in the document, 0-based", "kind": "heading, paragraph or list_item",
                    "level": "heading level", "number": "list or section number as written",
                    "style": "Word style or PDF font", "confidence": "OCR or reading confidence, 0 to 1",
                    "source": "how it was read: text layer, OCR ..."},
        "facets": ["kind"],
    },
    "doc_tables": {"description": "Tables of every document; kind 'chart' holds the data of an embedded chart, "
                                  "kind 'articles' a table of articles in the press (read into citations).",
                   "columns": {"idx": "position among the document's tables, 0-based", "kind": "table, chart or articles",
                               "position": "the block index the table follows", "n_rows": "rows",
                               "n_cols": "columns", "source": "how it was read (ruled lines, OCR ...)"},
                   "facets": ["kind"]},
    "cells": {"description": "Table cells with row, column and spans.",
              "columns": {"table_idx": "the table (doc_tables.idx)", "row": "row, 0-based", "col": "column, 0-based",
                          "row_span": "rows the cell spans", "col_span": "columns the cell spans"}},
    "ingest_errors": {"description": "Files that failed, with the stage and a message saying what to do.",
                      "columns": {"stage": "load, extract or store", "error_class": "kind of error",
                                  "message": "what went wrong and what to do", "size": "size in bytes",
                                  "mtime": "file modification time", "created_at": "when (UTC)"},
                      "facets": ["stage", "error_class"]},
    "organization_names": {"description": "Every name a report gives the organization it is about, with the key "
                                          "it resolved to.",
                           "columns": {"name": "the name as written", "language": "kk (Cyrillic or Latin) or ru",
                                       "name_key": "the key the name makes on its own",
                                       "method": "accepted, key, fuzzy or title", "score": "fuzzy match score, 0-100"},
                           "facets": ["organization_id", "method"]},
    "organizations": {"description": "View: one row per organization key, with its Kazakh and Russian names and "
                                     "every name reports give it.",
                      "columns": {"name_kk": "the name in Kazakh", "name_ru": "the name in Russian",
                                  "aliases": "every name reports give it (JSON)",
                                  "n_documents": "reports about it"}},
    "organization_aliases": {"description": "View: each name an organization goes by, in how many documents.",
                             "columns": {"n_documents": "reports that give this name",
                                         "method": "how the name was resolved: accepted, key, fuzzy or title"}},
    "sheet_cells": {"description": "Where each paragraph and table cell of a workbook (.xlsx, .xls, .ods, .csv) "
                                   "was read: the sheet and the cell's address.",
                    "columns": {"sheet": "the sheet's name", "address": "the cell as the program shows it (B7; a merged "
                                                                       "area A1:F1)"},
                    "facets": ["sheet"]},
    "ingest_warnings": {"description": "Parts of a document an extractor could not read (the rest of the "
                                       "document was stored); listed by esep errors.",
                        "columns": {"stage": "extract:<extractor>", "error_class": "kind of error",
                                    "message": "what could not be read and why"},
                        "facets": ["stage", "error_class"]},
    "facts": {
        "description": "Every statistical figure a report states, with its source text.",
        "columns": {
            "as_of": "ISO date of a stock (the fund on a date)", "label": "the row or phrase the figure stands under",
            "source": "table or text",
        },
        "facets": ["metric", "period", "source", "language", "category"],
    },
    "metrics": {"description": "The metric vocabulary: labels in English, Kazakh and Russian, unit, stock or flow.",
                "columns": {"id": "metric id", "stock": "1: measured at a date (the fund); 0: a flow over a period",
                            "label_en": "English label", "label_kk": "Kazakh label", "label_ru": "Russian label"}},
    "citations": {"description": "Bibliographic entries (GOST 7.1 / 7.0.5): newspaper articles, books.",
                  "columns": {"list_no": "which numbered list of citations of the document, 1-based",
                              "seq": "the item number as written", "kind": "article, book or other",
                              "raw": "the entry as written", "authors": "JSON list of 'Surname, I.'",
                              "subtitle": "subtitle", "responsibility": "compiler, editor ... as written",
                              "source": "the newspaper or journal as written", "date": "ISO date of the issue",
                              "issue": "issue number", "volume": "volume", "pages": "pages", "place": "place",
                              "publisher": "publisher", "url": "web address",
                              "duplicate_of": "seq of another printing of the same article"},
                  "facets": ["source_id", "year", "language", "kind"]},
    "events": {"description": "Events the prose names (title, type, branch, date, partners).",
               "columns": {"seq": "order in the document, 1-based", "title": "the «...» name",
                           "type_text": "the type as written", "branch_text": "the branch as written",
                           "date": "ISO day or month", "date_end": "last day of a range",
                           "occasion": "the holiday or anniversary it marks",
                           "partners": "JSON list of organizations named", "audience": "who it was for",
                           "section": "the heading it sits under"},
               "facets": ["event_type", "branch_id"]},
    "event_stats": {"description": "Summary tables of events by type, per period.",
                    "columns": {"label": "the row label as written", "row_no": "row number in the table",
                                "is_total": "1 for the total row", "plan_col": "column of the plan",
                                "actual_col": "column of the number held",
                                "participants_col": "column of the participants",
                                "participants_table": "the table the participants were read from when not the "
                                                      "row's own (a table of the people after a table of counts)",
                                "percent": "the percent the table states (of the plan or of the compared period)",
                                "percent_col": "column of the percent",
                                "rows_by": "what the rows are: event types (type), months or branches",
                                "first_table": "the table this one continues when broken across pages",
                                "part_of": "the row_no of the form a sub-form typed under it is a part of"},
                    "facets": ["event_type", "period"]},
    "checks": {"description": "The arithmetic a report implies, evaluated; holds = 0 marks a disagreement.",
               "columns": {"name": "what is checked", "kind": "fund_balance, fund_continuity, parts_total, "
                           "event_totals, count_listed, events_named",
                           "expected": "the figure the report states", "actual": "what its parts add up to",
                           "details": "the arithmetic in words"},
               "facets": ["holds", "kind"]},
    "branches": {"description": "Library branches (the branch vocabulary and those found in reports).",
                 "columns": {"kind": "central, children's, rural ...", "name_ru": "Russian name",
                             "name_en": "English name", "aliases": "JSON list of other names",
                             "source": "vocabulary or report"}},
    "branch_mentions": {"description": "Where a report names a branch.",
                        "columns": {"pattern": "the rule that found it"}},
    "entities": {"description": "People, organizations and places the reports name, per document.",
                 "columns": {"variants": "JSON list of the forms written"}},
    "entity_mentions": {"description": "Each mention of a person, organization or place.",
                        "columns": {"method": "how the name was recognized"}},
    "entity_index": {"description": "Each person, organization or place with the documents naming it."},
    "ocr_repairs": {"description": "Words an OCR repair changed, with the text before and after.",
                    "columns": {"before": "text as OCR read it", "after": "text after repair",
                                "rule": "the repair rule"}},
    "unmatched_terms": {"description": "Labels no vocabulary entry matched, for review (esep vocab review).",
                        "columns": {"term": "the label as written", "best_candidate": "nearest vocabulary entry",
                                    "score": "similarity to it, 0 to 100"},
                        "facets": ["kind"]},
    "fact_sources": {"description": "View: each figure with the period it belongs to and its document.",
                     "columns": {"as_of": "ISO date of a stock",
                                 "own": "1 when the report is about that period (not a comparison figure)"}},
    "timeline": {"description": "View: a metric of one library across periods (the value the report about the "
                                "period states).",
                 "columns": {"disagree": "1 when documents state different values",
                             "organization": "the library: its key, else its name as the report writes it",
                             "base_value": "the value in the base unit (thousands multiplied out)"}},
    "conflicts": {"description": "View: the same figure and period stated differently by two reports.",
                  "columns": {"unit_a": "the unit of the first report's figure",
                              "unit_b": "the unit of the second report's figure"}},
    "comparable_facts": {"description": "View: the figures that can be compared across reports (one value per "
                                        "report, label and period), what conflicts is built on.",
                         "columns": {"report": "the report a figure belongs to: its library and period"}},
    "copy_disagreements": {"description": "View: copies of one report (several formats) that read a figure "
                                          "differently: an extraction or OCR problem.",
                           "columns": {"report": "organization | period of the report"}},
    "half_year_sums": {"description": "View: do the two half-years of a flow add up to the year?",
                       "columns": {"h1": "first half-year", "h2": "second half-year", "year_value": "the year",
                                   "sum_of_halves": "h1 + h2"}},
    "event_type_by_year": {"description": "View: events of each type per period, across renamed labels.",
                           "columns": {"labels": "the labels the reports use"}},
    "citations_by_source_year": {"description": "View: articles per newspaper per year, each article once.",
                                 "columns": {"count": "articles"}},
}

#: tables of the machinery, not of the archive: hidden from the table lists
HIDDEN_PREFIXES = ("_",)
HIDDEN_SUFFIXES = ("_cache", "_caches")

def _basename(col: str) -> str:
    """SQL for the file name of a path column (SQLite has no basename())."""
    return f"replace({col}, rtrim({col}, replace(replace({col}, '\\', '/'), '/', '')), '')"


QUERIES: dict[str, dict[str, Any]] = {
    "metric_timeline": {
        "title": "One metric across periods",
        "description": "Each period's value of a metric (e.g. fund.end) for each library, with the documents "
                       "that state it.",
        "sql": "select organization, period, value, unit, n_sources, documents, disagree from timeline "
               "where metric = :metric and language is null and category is null order by organization, period",
        "needs": ["timeline"],
    },
    "event_types_by_year": {
        "title": "Event types year over year",
        "sql": "select event_type, labels, period, actual, participants from event_type_by_year "
               "order by event_type, period",
        "needs": ["event_type_by_year"],
    },
    "articles_per_newspaper": {
        "title": "Articles per newspaper per year",
        "sql": "select source_id, year, count from citations_by_source_year order by source_id, year",
        "needs": ["citations_by_source_year"],
    },
    "failed_checks": {
        "title": "Every failed check",
        "description": "Where a report contradicts its own arithmetic: the figure stated, what its parts add up to.",
        "sql": f"select {_basename('d.path')} as report, c.name, c.period, c.expected as stated, "
               "c.actual as computed, c.details, c.evidence from checks c "
               "join documents d on d.id = c.document_id where c.holds = 0 order by d.path, c.name",
        "needs": ["checks"],
    },
    "conflicts": {
        "title": "Every conflict between reports",
        "description": "The same figure and period stated differently by two reports; "
                       "the conflicts page (/-/esep/conflicts) shows both sources side by side.",
        "sql": f"select c.metric, m.label_en as label, c.period, c.category, c.language, "
               f"c.value_a, {_basename('c.path_a')} as report_a, c.value_b, {_basename('c.path_b')} as report_b, "
               "round(abs(c.value_b - c.value_a), 6) as difference, m.unit "
               "from conflicts c left join metrics m on m.id = c.metric order by c.metric, c.period",
        "needs": ["conflicts", "metrics"],
    },
    "unmatched_terms": {
        "title": "Unmatched terms to review",
        "sql": "select kind, term, best_candidate, score, count(*) as n from unmatched_terms "
               "group by kind, term order by n desc",
        "needs": ["unmatched_terms"],
    },
}


def _names(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("select name from sqlite_master where type in ('table', 'view')")}


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f"pragma table_info([{table}])")]


def is_hidden(table: str) -> bool:
    return table.startswith(HIDDEN_PREFIXES) or table.endswith(HIDDEN_SUFFIXES)


def build_metadata(db_path: str) -> dict[str, Any]:
    """Datasette metadata for the tables and views that exist in the file:
    a description of each and of each column, internal tables hidden."""
    conn = sqlite3.connect(Path(db_path).resolve().as_uri() + "?mode=ro", uri=True)
    try:
        names = _names(conn)
        cols = {t: _columns(conn, t) for t in names}
    finally:
        conn.close()
    name = Path(db_path).stem
    tables: dict[str, dict[str, Any]] = {}
    for t in sorted(names):
        if is_hidden(t):
            tables[t] = {"hidden": True}
            continue
        meta = TABLES.get(t, {})
        own = meta.get("columns", {})
        described = {c: own.get(c) or COMMON_COLUMNS.get(c) for c in cols[t]}
        tables[t] = {**{k: v for k, v in meta.items() if k != "columns"},
                     "columns": {c: d for c, d in described.items() if d}}
        if "facets" in meta:
            tables[t]["facets"] = [f for f in meta["facets"] if f in cols[t]]
    queries = {q: {k: v for k, v in meta.items() if k != "needs"}
               for q, meta in QUERIES.items() if all(n in names for n in meta["needs"])}
    return {
        "title": "esep: library activity reports",
        "description_html": "Figures, citations and event statistics extracted from the reports, with "
                            "their sources. <a href=\"/\">Overview of the archive</a> · "
                            "<a href=\"/-/esep/chart?metric=fund.end\">a metric over time</a>.",
        "databases": {name: {"tables": tables, "queries": queries}},
    }


HERE = Path(__file__).parent

#: what ``--host`` other than a loopback address prints
NO_LOGIN_WARNING = ("WARNING: the site has no login. Anyone who can reach {url} can read every report, "
                    "figure and name in {db}. Share it only on a network you trust.")


def make_datasette(db_path: str, cache_dir: str | None = None):
    """A Datasette instance serving ``db_path`` immutable, with esep's
    metadata, templates, static files and pages."""
    from datasette.app import Datasette
    from datasette.plugins import pm as ds_pm

    from esep.plugins.site import routes as datasette_routes

    # routes are read when the Datasette instance is made: register first
    if not ds_pm.is_registered(datasette_routes):
        ds_pm.register(datasette_routes, name="esep.plugins.site.routes")
    metadata = build_metadata(db_path)
    if cache_dir:
        metadata["plugins"] = {"esep": {"cache_dir": str(cache_dir)}}
    return Datasette(immutables=[db_path], metadata=metadata, template_dir=str(HERE / "templates"),
                     static_mounts=[("-/esep/static", str(HERE / "static"))],
                     settings={"allow_download": False, "default_page_size": 100})


def is_loopback(host: str) -> bool:
    import ipaddress

    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@hookimpl
def register_commands(cli):
    from esep.cli_support import db_option

    @cli.command()
    @db_option
    @click.option("--host", default="127.0.0.1", show_default=True,
                  help="Address to bind. 0.0.0.0 shares the site with every machine that can reach this "
                       "one: the site has no login.")
    @click.option("--port", default=8001, show_default=True, type=int)
    @click.option("--cache-dir", default=None, type=click.Path(file_okay=False),
                  help="Where rendered PDF pages are cached (default: the esep cache, ~/.cache/esep).")
    def serve(db_path, host, port, cache_dir):
        """Browse the database in a web browser, read-only: an overview of
        the archive, metrics over time, the source of every figure."""
        if not Path(db_path).exists():
            raise click.ClickException(f"no database at {db_path}; run 'esep ingest FOLDER --db {db_path}' first")
        import uvicorn

        ds = make_datasette(db_path, cache_dir=cache_dir)
        url = f"http://{host}:{port}/"
        if not is_loopback(host):
            click.secho(NO_LOGIN_WARNING.format(url=url, db=db_path), err=True, fg="red", bold=True)
        click.echo(f"serving {db_path} read-only at {url}", err=True)
        uvicorn.run(ds.app(), host=host, port=port, log_level="warning")


def metadata_json(db_path: str) -> str:
    return json.dumps(build_metadata(db_path), ensure_ascii=False, indent=2)
