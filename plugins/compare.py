"""``esep compare``: a metric (or the event types) from one period to the next.

Reads the ``timeline`` and ``event_type_by_year`` views that the facts and
event statistics plugins create, so it shows what ``esep serve`` shows.
"""

from __future__ import annotations

import json
import re
from typing import Any

import click

from esep import hookimpl

_PERIOD_RE = re.compile(r"^\d{4}(-(H1|H2|Q[1-4]|9M))?$")


def period_key(p: str) -> tuple:
    """Order periods by year, then by their start within the year, the
    whole year after its parts."""
    year = int(p[:4])
    part = p[5:]
    order = {"Q1": 1, "H1": 2, "Q2": 3, "9M": 4, "Q3": 5, "H2": 6, "Q4": 7, "": 8}
    return (year, order.get(part, 9), p)


def _check_period(value: str | None, name: str) -> str | None:
    if value is not None and not _PERIOD_RE.match(value):
        raise click.BadParameter(f"{value!r} is not a period (YYYY, YYYY-H1, YYYY-Q2, YYYY-9M)", param_hint=name)
    return value


def metric_series(conn, metric: str | None, language: str | None = None, category: str | None = None,
                  start: str | None = None, end: str | None = None, label_key: str | None = None,
                  organization: str | None = None) -> list[dict[str, Any]]:
    """Each period's value of a metric (or, with ``metric`` None, of the
    figures whose folded label is ``label_key``), one series per
    organization (``organization``: only the one whose key or name as
    written is this), with the change from the previous period of the same
    organization, the percent change and the source documents.  The change
    is of the base values, so that "251,5 тыс. экз." and "250 000 экз."
    compare as 251 500 and 250 000."""
    sql = ("select organization, period, value, unit, base_value, base_unit, n_sources, documents, disagree "
           "from timeline where metric is ? and label_key is ? and language is ? and category is ?")
    if label_key is not None:
        from esep.plugins.vocab import normalize_label

        metric, label_key = None, normalize_label(label_key)
    cols = ("organization", "period", "value", "unit", "base_value", "base_unit", "n_sources", "documents",
            "disagree")
    rows = [dict(zip(cols, r)) for r in conn.execute(sql, [metric, label_key, language, category])]
    rows = [r for r in rows if r["period"] and _PERIOD_RE.match(r["period"])]
    if organization is not None:
        keys = _organization_keys(conn, organization)
        rows = [r for r in rows if r["organization"] in keys]
    rows.sort(key=lambda r: (r["organization"] or "", period_key(r["period"])))
    if start:
        rows = [r for r in rows if period_key(r["period"]) >= period_key(start)]
    if end:
        rows = [r for r in rows if period_key(r["period"]) <= period_key(end)]
    prev = None
    for r in rows:
        r["metric"] = metric or f"label:{label_key}"
        if prev is not None and prev["organization"] == r["organization"] and prev["base_unit"] == r["base_unit"] \
                and prev["base_value"] is not None and r["base_value"] is not None:
            r["change"] = r["base_value"] - prev["base_value"]
            r["pct_change"] = round(100.0 * r["change"] / prev["base_value"], 2) if prev["base_value"] else None
        else:
            r["change"] = r["pct_change"] = None
        prev = r
    return rows


def _organization_keys(conn, organization: str) -> set[str]:
    """An organization as the views name it (its key, else its name as
    written), found by its key or by any name a report writes it with."""
    keys = {organization}
    keys |= {k for (k,) in conn.execute(
        "select distinct organization_id from documents where json_extract(metadata, '$.organization') = ?",
        [organization]) if k}
    return keys


def event_series(conn, start: str | None = None, end: str | None = None) -> list[dict[str, Any]]:
    cols = ("event_type", "labels", "period", "actual", "participants")
    rows = [dict(zip(cols, r)) for r in conn.execute(f"select {', '.join(cols)} from event_type_by_year")]
    if start:
        rows = [r for r in rows if period_key(r["period"]) >= period_key(start)]
    if end:
        rows = [r for r in rows if period_key(r["period"]) <= period_key(end)]
    rows.sort(key=lambda r: (r["event_type"], period_key(r["period"])))
    return rows


def draw_chart(series: dict[str, list[dict[str, Any]]], path: str) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(8, 4.5), dpi=100)
    for metric, rows in series.items():
        organizations = sorted({r.get("organization") or "" for r in rows})
        for org in organizations:
            pts = [(r["period"], r["base_value"]) for r in rows
                   if (r.get("organization") or "") == org and r["base_value"] is not None]
            if pts:
                name = f"{metric} ({org})" if len(organizations) > 1 and org else metric
                ax.plot([p for p, _ in pts], [v for _, v in pts], marker="o", label=name)
    ax.set_xlabel("period")
    ax.grid(True, alpha=0.3)
    ax.legend()
    fig.autofmt_xdate()
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)


@hookimpl
def register_commands(cli):
    from esep.cli_support import db_option, output_options, print_rows, readonly_connection

    @cli.command()
    @db_option
    @click.option("--metric", "metrics", multiple=True, help="Metric id, e.g. fund.end (repeatable).")
    @click.option("--label", "labels", multiple=True,
                  help="A label no metric names, e.g. \"Клубтар саны\" (compared folded; repeatable).")
    @click.option("--language", default=None, help="Only the part in this language (kk, ru).")
    @click.option("--category", default=None, help="Only this named part (fiction, children ...).")
    @click.option("--organization", default=None,
                  help="Only this library (its key, e.g. balkhash-city-cbs, or its name as a report writes it).")
    @click.option("--from", "start", default=None, help="First period, e.g. 2016-H1.")
    @click.option("--to", "end", default=None, help="Last period, e.g. 2019-H1.")
    @click.option("--events", is_flag=True, help="Event types by period instead of metrics.")
    @click.option("--chart", type=click.Path(dir_okay=False), help="Also draw the metrics into this PNG.")
    @output_options
    def compare(db_path, metrics, labels, language, category, organization, start, end, events, chart, fmt):
        """Compare figures across periods: each period's value, the change and
        the percent change, with the documents that state it; one series per
        library, the change counted in the base unit ("тыс. экз." × 1000)."""
        _check_period(start, "--from")
        _check_period(end, "--to")
        if not metrics and not labels and not events:
            raise click.UsageError("name a --metric (e.g. --metric fund.end), a --label or use --events")
        conn = readonly_connection(db_path)
        try:
            names = {r[0] for r in conn.execute("select name from sqlite_master where type = 'view'")}
            if events:
                if "event_type_by_year" not in names:
                    raise click.ClickException("this database has no event statistics; ingest reports first")
                rows = event_series(conn, start, end)
                cols = ["event_type", "labels", "period", "actual", "participants"]
                if fmt == "json":
                    click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
                else:
                    print_rows(cols, [tuple(r[c] for c in cols) for r in rows], fmt, title="event types by period")
                return
            if "timeline" not in names:
                raise click.ClickException("this database has no facts; ingest reports first")
            series = {m: metric_series(conn, m, language, category, start, end, organization=organization)
                      for m in metrics}
            series.update({f"label:{lb}": metric_series(conn, None, language, category, start, end, label_key=lb,
                                                        organization=organization)
                           for lb in labels})
        finally:
            conn.close()
        unknown = [m for m, rows in series.items() if not rows]
        if unknown and len(unknown) == len(series):
            raise click.ClickException(f"no figures for {', '.join(unknown)}; list the metrics with: "
                                       "esep query \"select distinct metric from facts\"")
        rows = [r for m in series for r in series[m]]
        cols = ["metric", "organization", "period", "value", "unit", "change", "pct_change", "n_sources", "documents",
                "disagree"]
        if fmt == "json":
            click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        else:
            print_rows(cols, [tuple(r.get(c) for c in cols) for r in rows], fmt, title="esep compare")
        if chart:
            draw_chart(series, chart)
            click.echo(f"chart written to {chart}", err=True)
