"""``esep serve``: the database in Datasette, read-only, with descriptions,
facets, canned queries for the cross-year questions and a chart page.

The file is served *immutable* (opened read-only, never written), bound to
127.0.0.1 unless ``--host`` says otherwise, and no canned query writes.
Plugins describe their own tables and queries through the functions below;
the chart page (``/-/esep/chart?metric=fund.end``) is drawn server-side as
SVG, so it needs no script from the network.
"""

from __future__ import annotations

import html
import json
import logging
import sqlite3
from pathlib import Path
from typing import Any

import click

from esep import hookimpl

log = logging.getLogger(__name__)

TABLES: dict[str, dict[str, Any]] = {
    "documents": {
        "description": "One row per ingested file; id is the sha256 of its bytes.",
        "columns": {
            "id": "sha256 of the file's bytes", "path": "where the file was read from",
            "format": "txt, docx, pdf ...", "period": "reporting period: YYYY, YYYY-H1/H2, YYYY-Q1..Q4, YYYY-9M",
            "language": "kk, ru or both", "organization": "the library system that wrote the report",
        },
        "facets": ["format", "period", "language"],
    },
    "blocks": {
        "description": "Headings, paragraphs and list items of every document in reading order.",
        "columns": {"kind": "heading, paragraph or list_item", "page": "PDF page (1-based)",
                    "paragraph": "paragraph index in the file", "original": "text before a normalizer changed it"},
        "facets": ["kind"],
    },
    "doc_tables": {"description": "Tables of every document; kind 'chart' holds the data of an embedded chart.",
                   "facets": ["kind"]},
    "cells": {"description": "Table cells with row, column and spans."},
    "ingest_errors": {"description": "Files that failed, with the stage and a message saying what to do.",
                      "facets": ["stage", "error_class"]},
    "facts": {
        "description": "Every statistical figure a report states, with its source text.",
        "columns": {
            "metric": "canonical metric id (see the vocabulary table / schemas/metrics.json)",
            "value": "the figure as stated", "unit": "copies, people, thousand_kzt, staff_units ...",
            "period": "the period the figure belongs to", "as_of": "ISO date of a stock (the fund on a date)",
            "language": "set when the figure is the part in one language (kk = Kazakh)",
            "category": "a named part (fiction, children, newspaper_articles ...); NULL for the whole",
            "evidence": "exact quote of the source", "source": "table or text",
        },
        "facets": ["metric", "period", "source", "language", "category"],
    },
    "citations": {"description": "Bibliographic entries (GOST 7.1 / 7.0.5): newspaper articles, books.",
                  "facets": ["source_id", "year", "language", "kind"]},
    "event_stats": {"description": "Summary tables of events by type, per period.",
                    "facets": ["event_type", "period"]},
    "checks": {"description": "The arithmetic a report implies, evaluated; holds = 0 marks a disagreement.",
               "facets": ["holds", "name"]},
    "unmatched_terms": {"description": "Labels no vocabulary entry matched, for review (esep vocab review).",
                        "facets": ["kind"]},
}

QUERIES: dict[str, dict[str, Any]] = {
    "metric_timeline": {
        "title": "One metric across periods",
        "description": "Each period's value of a metric (e.g. fund.end), with the documents that state it.",
        "sql": "select period, value, unit, n_sources, documents, disagree from timeline "
               "where metric = :metric and language is null and category is null order by period",
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
        "sql": "select d.path, c.name, c.expected, c.actual, c.evidence from checks c "
               "join documents d on d.id = c.document_id where c.holds = 0 order by d.path, c.name",
        "needs": ["checks"],
    },
    "conflicts": {
        "title": "Every conflict between reports",
        "sql": "select * from conflicts order by metric, period",
        "needs": ["conflicts"],
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


def build_metadata(db_path: str) -> dict[str, Any]:
    """Datasette metadata for the tables and views that exist in the file."""
    conn = sqlite3.connect(Path(db_path).resolve().as_uri() + "?mode=ro", uri=True)
    try:
        names = _names(conn)
    finally:
        conn.close()
    name = Path(db_path).stem
    tables = {t: {k: v for k, v in meta.items()} for t, meta in TABLES.items() if t in names}
    queries = {q: {k: v for k, v in meta.items() if k != "needs"}
               for q, meta in QUERIES.items() if all(n in names for n in meta["needs"])}
    return {
        "title": "esep: library activity reports",
        "description_html": "Figures, citations and event statistics extracted from the reports, with "
                            "their sources. <a href=\"/-/esep/chart?metric=fund.end\">Chart of a metric over "
                            "time</a>.",
        "databases": {name: {"tables": tables, "queries": queries}},
    }


def timeline_rows(db_path: str, metric: str) -> list[dict[str, Any]]:
    conn = sqlite3.connect(Path(db_path).resolve().as_uri() + "?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    try:
        if "timeline" not in _names(conn):
            return []
        return [dict(r) for r in conn.execute(QUERIES["metric_timeline"]["sql"], {"metric": metric})]
    finally:
        conn.close()


def svg_line_chart(points: list[tuple[str, float]], width: int = 720, height: int = 320) -> str:
    """A self-contained SVG line chart of (label, value) points."""
    if not points:
        return '<svg class="esep-chart" width="0" height="0"></svg>'
    pad_l, pad_r, pad_t, pad_b = 90, 20, 20, 50
    vals = [v for _, v in points]
    lo, hi = min(vals), max(vals)
    if lo == hi:
        lo, hi = lo - 1, hi + 1
    span = hi - lo
    lo, hi = lo - 0.1 * span, hi + 0.1 * span
    n = len(points)

    def x(i: int) -> float:
        return pad_l + (width - pad_l - pad_r) * (i / (n - 1) if n > 1 else 0.5)

    def y(v: float) -> float:
        return pad_t + (height - pad_t - pad_b) * (1 - (v - lo) / (hi - lo))

    parts = [f'<svg class="esep-chart" xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
             f'viewBox="0 0 {width} {height}" role="img">']
    parts.append(f'<line x1="{pad_l}" y1="{height - pad_b}" x2="{width - pad_r}" y2="{height - pad_b}" stroke="#888"/>')
    parts.append(f'<line x1="{pad_l}" y1="{pad_t}" x2="{pad_l}" y2="{height - pad_b}" stroke="#888"/>')
    for k in range(5):
        v = lo + (hi - lo) * k / 4
        parts.append(f'<text x="{pad_l - 6}" y="{y(v) + 4:.1f}" text-anchor="end" font-size="11">{v:,.0f}</text>')
    path = " ".join(f"{'M' if i == 0 else 'L'}{x(i):.1f},{y(v):.1f}" for i, (_, v) in enumerate(points))
    parts.append(f'<path d="{path}" fill="none" stroke="#1f77b4" stroke-width="2"/>')
    for i, (label, v) in enumerate(points):
        parts.append(f'<circle class="point" cx="{x(i):.1f}" cy="{y(v):.1f}" r="4" fill="#1f77b4">'
                     f'<title>{html.escape(label)}: {v:g}</title></circle>')
        parts.append(f'<text x="{x(i):.1f}" y="{height - pad_b + 18}" text-anchor="middle" font-size="11">'
                     f'{html.escape(label)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def chart_page(db_path: str, metric: str) -> str:
    rows = timeline_rows(db_path, metric)
    points = [(r["period"], float(r["value"])) for r in rows if r["value"] is not None]
    body = [f"<h1>{html.escape(metric)}</h1>", svg_line_chart(points), "<table class=\"esep-timeline\">",
            "<tr><th>period</th><th>value</th><th>unit</th><th>sources</th><th>disagree</th></tr>"]
    for r in rows:
        body.append("<tr>" + "".join(f"<td>{html.escape('' if r.get(k) is None else str(r[k]))}</td>"
                                     for k in ("period", "value", "unit", "documents", "disagree")) + "</tr>")
    body.append("</table>")
    if not rows:
        body.append(f"<p>No figures for {html.escape(metric)}.</p>")
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>esep: "
            f"{html.escape(metric)}</title></head><body>{''.join(body)}"
            "<p><a href=\"/\">Datasette</a></p></body></html>")


def make_datasette(db_path: str):
    """A Datasette instance serving ``db_path`` immutable, with esep's
    metadata and chart page."""
    from datasette.app import Datasette
    from datasette.plugins import pm as ds_pm

    from esep.plugins.site import routes as datasette_routes

    # routes are read when the Datasette instance is made: register first
    if not ds_pm.is_registered(datasette_routes):
        ds_pm.register(datasette_routes, name="esep.plugins.site.routes")
    return Datasette(immutables=[db_path], metadata=build_metadata(db_path),
                     settings={"allow_download": False, "default_page_size": 100})


@hookimpl
def register_commands(cli):
    from esep.cli_support import db_option

    @cli.command()
    @db_option
    @click.option("--host", default="127.0.0.1", show_default=True,
                  help="Address to bind; 0.0.0.0 makes the site reachable from other machines.")
    @click.option("--port", default=8001, show_default=True, type=int)
    def serve(db_path, host, port):
        """Browse the database in Datasette, read-only, with charts."""
        if not Path(db_path).exists():
            raise click.ClickException(f"no database at {db_path}; run 'esep ingest FOLDER --db {db_path}' first")
        import uvicorn

        ds = make_datasette(db_path)
        click.echo(f"serving {db_path} read-only at http://{host}:{port}/", err=True)
        uvicorn.run(ds.app(), host=host, port=port, log_level="warning")


def metadata_json(db_path: str) -> str:
    return json.dumps(build_metadata(db_path), ensure_ascii=False, indent=2)
