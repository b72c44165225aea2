"""What the site's pages show, read from the database (read-only).

Every function takes an open ``sqlite3.Connection`` (rows as
``sqlite3.Row``) and returns plain dicts for the templates.  Nothing here
writes.  Absolute paths and 64-character ids never reach a page: a document
is shown by its file name, an id only goes into links.

Organizations: when the database has ``documents.organization_id`` (and the
``organizations`` table or view with its names) a library is that key with
its name; otherwise it is ``documents.organization`` as the report writes it.
"""

from __future__ import annotations

import json
import math
import sqlite3
from functools import lru_cache
from pathlib import PurePath
from typing import Any

from esep.plugins.lang.periods import period_from_code

#: record tables that have an evidence page, and their key column
EVIDENCE_TABLES = {
    "facts": "id", "checks": "id", "events": "id", "event_stats": "id", "citations": "rowid",
    "entity_mentions": "id", "branch_mentions": "id",
}


def connect(db_path: str) -> sqlite3.Connection:
    from pathlib import Path

    conn = sqlite3.connect(Path(db_path).resolve().as_uri() + "?mode=ro&immutable=1", uri=True,
                           check_same_thread=False)
    conn.row_factory = sqlite3.Row
    return conn


def names(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("select name from sqlite_master where type in ('table', 'view')")}


def columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f"pragma table_info([{table}])")]


# ------------------------------------------------------------------ formatting

def fmt_number(value: Any) -> str:
    """315930.0 -> '315 930'; 4816.8 -> '4 816.8'; None -> ''."""
    if value is None or value == "":
        return ""
    try:
        v = float(value)
    except (TypeError, ValueError):
        return str(value)
    if math.isnan(v) or math.isinf(v):
        return str(value)
    if v == int(v):
        s = f"{int(v):,}"
    else:
        s = f"{v:,.3f}".rstrip("0").rstrip(".")
    return s.replace(",", "\u202f")


def short_name(path: str | None) -> str:
    return PurePath(path).name if path else ""


def period_label(code: str | None) -> str:
    """'2018-H1' -> '2018 H1', '2018-9M' -> '2018 9 months'."""
    if not code:
        return ""
    p = period_from_code(code)
    if not p:
        return code
    part = code[5:]
    return {"": code[:4], "9M": f"{code[:4]} 9 months"}.get(part, f"{code[:4]} {part}")


def period_sort_key(code: str | None) -> tuple:
    p = period_from_code(code or "")
    if not p:
        return ("9999", "9999", code or "")
    return (p.end, p.start, code)


def period_kind(code: str | None) -> str:
    if not code or len(code) == 4:
        return "year"
    return {"H": "half-year", "Q": "quarter", "9": "nine months"}.get(code[5:6], "period")


# ------------------------------------------------------------------ libraries

@lru_cache(maxsize=32)
def _org_schema(has_id: bool, has_orgs: bool, org_cols: tuple[str, ...]) -> tuple[str, str, str]:
    """SQL pieces: (key expression, name expression, join) over ``documents d``."""
    if has_id:
        key = "coalesce(d.organization_id, d.organization)"
        if has_orgs:
            name_cols = [c for c in ("name", "name_kk", "name_ru", "name_en") if c in org_cols]
            name = "coalesce(" + ", ".join([f"o.{c}" for c in name_cols] + ["d.organization",
                                                                            "d.organization_id"]) + ")"
            return key, name, "left join organizations o on o.id = d.organization_id"
        return key, "coalesce(d.organization, d.organization_id)", ""
    return "d.organization", "d.organization", ""


def org_sql(conn: sqlite3.Connection) -> tuple[str, str, str]:
    doc_cols = columns(conn, "documents")
    has_orgs = "organizations" in names(conn)
    org_cols = tuple(columns(conn, "organizations")) if has_orgs else ()
    if "organization" not in doc_cols:
        return "null", "null", ""
    return _org_schema("organization_id" in doc_cols, has_orgs and "id" in org_cols, org_cols)


def documents(conn: sqlite3.Connection) -> dict[str, dict[str, Any]]:
    key, name, join = org_sql(conn)
    cols = columns(conn, "documents")
    period = "d.period" if "period" in cols else "null"
    lang = "d.language" if "language" in cols else "null"
    rows = conn.execute(f"select d.id, d.path, d.format, d.pages, {period} as period, {lang} as language, "
                        f"{key} as org_key, {name} as org_name from documents d {join}")
    out = {}
    for r in rows:
        d = dict(r)
        d["name"] = short_name(d["path"])
        d["period_label"] = period_label(d["period"])
        d["org_key"] = d["org_key"] or ""
        d["org_name"] = d["org_name"] or "(library not named)"
        out[d["id"]] = d
    return out


def libraries(docs: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    libs: dict[str, dict[str, Any]] = {}
    for d in docs.values():
        lib = libs.setdefault(d["org_key"], {"key": d["org_key"], "name": d["org_name"], "documents": 0,
                                             "periods": set()})
        lib["documents"] += 1
        if d["period"]:
            lib["periods"].add(d["period"])
    out = []
    for lib in libs.values():
        ps = sorted(lib["periods"], key=period_sort_key)
        lib["first"], lib["last"] = (period_label(ps[0]), period_label(ps[-1])) if ps else ("", "")
        lib["n_periods"] = len(ps)
        del lib["periods"]
        out.append(lib)
    return sorted(out, key=lambda x: (-x["documents"], x["name"]))


# ------------------------------------------------------------------ overview

def overview(conn: sqlite3.Connection, db_name: str) -> dict[str, Any]:
    have = names(conn)
    docs = documents(conn)
    libs = libraries(docs)
    periods = sorted({d["period"] for d in docs.values() if d["period"]}, key=period_sort_key)
    grid = []
    for lib in libs:
        cells = []
        for p in periods + [None]:
            ds = sorted((d for d in docs.values() if d["org_key"] == lib["key"] and d["period"] == p),
                        key=lambda d: (d["format"], d["name"]))
            cells.append([{"id": d["id"], "format": d["format"], "name": d["name"]} for d in ds])
        if not any(cells[-1]):
            cells[-1] = None
        grid.append({"library": lib, "cells": cells})
    has_undated = any(row["cells"][-1] for row in grid)

    def count(table: str, where: str = "") -> int | None:
        if table not in have:
            return None
        return conn.execute(f"select count(*) from [{table}] {where}").fetchone()[0]

    counts = [
        ("documents", "reports (files)", count("documents"), f"/{db_name}/documents"),
        ("facts", "figures", count("facts"), f"/{db_name}/facts"),
        ("citations", "citations (articles, books)", count("citations"), f"/{db_name}/citations"),
        ("events", "events named in the text", count("events"), f"/{db_name}/events"),
        ("event_stats", "rows of event summary tables", count("event_stats"), f"/{db_name}/event_stats"),
        ("checks", "arithmetic checks", count("checks"), f"/{db_name}/checks"),
        ("ingest_errors", "files that failed", count("ingest_errors"), f"/{db_name}/ingest_errors"),
    ]
    metrics = overview_metrics(conn)
    all_conflicts = conflict_rows(conn, docs)
    n_conflicts = len(all_conflicts)
    n_same = sum(c["same_library"] for c in all_conflicts)
    n_copy = count("copy_disagreements") or 0
    n_failed = count("checks", "where holds = 0") or 0
    return {
        "libraries": libs, "periods": [{"code": p, "label": period_label(p)} for p in periods],
        "grid": grid, "has_undated": has_undated, "counts": [c for c in counts if c[2] is not None],
        "metrics": metrics, "conflicts": [c for c in all_conflicts if c["same_library"]][:8], "n_conflicts": n_conflicts,
        "n_conflicts_same": n_same,
        "n_copy_disagreements": n_copy, "failed_checks": failed_checks(conn, docs, limit=8),
        "n_failed": n_failed, "event_types": event_types(conn) if "event_type_by_year" in have else [],
        "newspapers": newspapers(conn) if "citations_by_source_year" in have else [],
    }


def overview_metrics(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """The metrics that have figures (the whole, not parts), with counts."""
    if not {"facts", "metrics"} <= names(conn):
        return []
    return [dict(r) for r in conn.execute(
        "select m.id, m.label_en, m.label_kk, m.label_ru, m.unit, m.stock, count(*) as n, "
        "count(distinct f.document_id) as n_docs from facts f join metrics m on m.id = f.metric "
        "where f.language is null and f.category is null group by m.id order by m.id")]


def event_types(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    return [dict(r) for r in conn.execute(
        "select event_type, sum(actual) as actual, count(distinct period) as n_periods "
        "from event_type_by_year where event_type is not null group by event_type order by actual desc")]


def newspapers(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    return [dict(r) for r in conn.execute(
        "select source_id, sum(count) as n, min(year) as first, max(year) as last "
        "from citations_by_source_year group by source_id order by n desc limit 12")]


# ------------------------------------------------------------------ metric labels

def metric_info(conn: sqlite3.Connection, metric: str) -> dict[str, Any]:
    from esep.plugins.vocab import builtin_vocabulary

    info: dict[str, Any] = {"id": metric, "labels": {}, "unit": None, "stock": False, "known": False}
    for e in builtin_vocabulary("metrics")["entries"]:
        if e["id"] == metric:
            info.update(labels=e.get("labels", {}), unit=e.get("unit"), stock=bool(e.get("stock")), known=True)
    if "metrics" in names(conn):
        r = conn.execute("select * from metrics where id = ?", [metric]).fetchone()
        if r:
            info["known"] = True
            info["unit"] = info["unit"] or r["unit"]
            info["stock"] = bool(r["stock"])
            for lang in ("kk", "ru", "en"):
                info["labels"].setdefault(lang, r[f"label_{lang}"])
    info["label"] = info["labels"].get("en") or metric
    return info


def unit_label(unit: str | None) -> str:
    return {"thousand_kzt": "thousand tenge", "million_kzt": "million tenge", "kzt": "tenge",
            "staff_units": "staff units"}.get(unit or "", unit or "")


# ------------------------------------------------------------------ chart

def chart_data(conn: sqlite3.Connection, metric: str, organizations: list[str] | None = None) -> dict[str, Any]:
    """Points of one metric (whole, not a language part or category): one per
    library, period (or date) and value, each with the fact that states it.
    x is the date the figure is at: ``as_of`` for a stock, else the end of
    its period."""
    info = metric_info(conn, metric)
    docs = documents(conn)
    have = names(conn)
    points: list[dict[str, Any]] = []
    if "facts" in have:
        rows = conn.execute(
            "select id, document_id, value, unit, period, as_of, source, page from facts "
            "where metric = ? and language is null and category is null order by id", [metric]).fetchall()
        seen: dict[tuple, dict[str, Any]] = {}
        for r in rows:
            d = docs.get(r["document_id"])
            if d is None or (organizations and d["org_key"] not in organizations):
                continue
            p = period_from_code(r["period"] or "")
            date = r["as_of"] or (p.end if p else None)
            if not date:
                continue
            key = (d["org_key"], r["period"], date, r["value"])
            own = d["period"] == r["period"]
            point = seen.get(key)
            if point is not None:
                point["n_sources"] += 1
                point["documents"].append(d["name"])
                if own and not point["own"]:
                    point.update(fact=r["id"], document=d["name"], format=d["format"], page=r["page"], own=True)
                continue
            point = {
                "library": d["org_name"], "org_key": d["org_key"], "period": r["period"] or "",
                "period_label": period_label(r["period"]) if r["period"] else r["as_of"],
                "kind": "stock" if info["stock"] else period_kind(r["period"]),
                "start": (p.start if p and not info["stock"] else date), "date": date,
                "value": r["value"], "value_text": fmt_number(r["value"]), "unit": r["unit"],
                "series": "actual", "fact": r["id"], "href": f"/-/esep/evidence/facts/{r['id']}",
                "document": d["name"], "format": d["format"], "page": r["page"], "own": own,
                "n_sources": 1, "documents": [d["name"]],
            }
            seen[key] = point
            points.append(point)
    plan = []
    if metric in ("events.actual", "events.participants") and "event_stats" in have:
        col = "plan" if metric == "events.actual" else None
        if col:
            for r in conn.execute("select id, document_id, period, plan, page from event_stats "
                                  "where is_total = 1 and plan is not null "
                                  "order by id"):
                d = docs.get(r["document_id"])
                p = period_from_code(r["period"] or "")
                if d is None or not p or (organizations and d["org_key"] not in organizations):
                    continue
                if any(x["org_key"] == d["org_key"] and x["period"] == r["period"] for x in plan):
                    continue
                plan.append({
                    "library": d["org_name"], "org_key": d["org_key"], "period": r["period"],
                    "period_label": period_label(r["period"]), "kind": period_kind(r["period"]),
                    "start": p.start, "date": p.end, "value": r["plan"], "value_text": fmt_number(r["plan"]),
                    "unit": info["unit"], "series": "plan",
                    "href": f"/-/esep/evidence/event_stats/{r['id']}?focus=plan",
                    "document": d["name"], "format": d["format"], "page": r["page"], "own": True, "n_sources": 1,
                    "documents": [d["name"]],
                })
    allp = sorted(points + plan, key=lambda x: (x["library"], x["date"], x["start"], x["series"]))
    for x in allp:
        x["documents"] = ", ".join(sorted(set(x["documents"])))
        x["line"] = f"{x['library']} · {x['kind']} · {x['series']}"
    libs = sorted({(d["org_key"], d["org_name"]) for d in docs.values()}, key=lambda t: t[1])
    return {"metric": info, "points": allp, "libraries": [{"key": k, "name": n} for k, n in libs],
            "kinds": sorted({x["kind"] for x in allp})}


def event_type_info(event_type: str) -> dict[str, Any]:
    from esep.plugins.vocab import builtin_vocabulary

    info: dict[str, Any] = {"id": event_type, "labels": {}, "unit": "events", "stock": False, "known": False}
    for e in builtin_vocabulary("event_types")["entries"]:
        if e["id"] == event_type:
            info.update(labels=e.get("labels", {}), known=True)
    info["label"] = info["labels"].get("en") or event_type
    return info


def event_chart_data(conn: sqlite3.Connection, event_type: str,
                     organizations: list[str] | None = None) -> dict[str, Any]:
    """Events of one type per period from the reports' summary tables:
    the number held and, where the table has one, the plan.  Rows of one
    document that fall under the type (two labels of one kind) are added."""
    info = event_type_info(event_type)
    docs = documents(conn)
    points: list[dict[str, Any]] = []
    if "event_stats" in names(conn):
        rows = conn.execute(
            "select document_id, period, sum(actual) as actual, sum(plan) as plan, min(id) as id, "
            "count(plan) as n_plan, min(page) as page from event_stats "
            "where event_type = ? and is_total = 0 and period is not null group by document_id, period "
            "order by min(id)", [event_type]).fetchall()
        seen: dict[tuple, dict[str, Any]] = {}
        for r in rows:
            d = docs.get(r["document_id"])
            p = period_from_code(r["period"])
            if d is None or p is None or (organizations and d["org_key"] not in organizations):
                continue
            for series, value in (("actual", r["actual"]), ("plan", r["plan"] if r["n_plan"] else None)):
                if value is None:
                    continue
                key = (d["org_key"], r["period"], series, value)
                if key in seen:
                    seen[key]["n_sources"] += 1
                    seen[key]["documents"].append(d["name"])
                    continue
                point = {
                    "library": d["org_name"], "org_key": d["org_key"], "period": r["period"],
                    "period_label": period_label(r["period"]), "kind": period_kind(r["period"]),
                    "start": p.start, "date": p.end, "value": value, "value_text": fmt_number(value),
                    "unit": "events", "series": series,
                    "href": f"/-/esep/evidence/event_stats/{r['id']}?focus={series}",
                    "document": d["name"], "format": d["format"], "page": r["page"], "own": True,
                    "n_sources": 1, "documents": [d["name"]],
                }
                seen[key] = point
                points.append(point)
    points.sort(key=lambda x: (x["library"], x["date"], x["start"], x["series"]))
    for x in points:
        x["documents"] = ", ".join(sorted(set(x["documents"])))
        x["line"] = f"{x['library']} · {x['kind']} · {x['series']}"
    libs = sorted({(d["org_key"], d["org_name"]) for d in docs.values()}, key=lambda t: t[1])
    return {"metric": info, "points": points, "libraries": [{"key": k, "name": n} for k, n in libs],
            "kinds": sorted({x["kind"] for x in points})}


#: distinct, dark enough to read on white (category10 and 6 more, no pale pairs)
LIBRARY_COLORS = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf",
                  "#7f7f7f", "#bcbd22", "#393b79", "#637939", "#843c39", "#7b4173", "#3182bd", "#e6550d"]


def vega_spec(data: dict[str, Any]) -> dict[str, Any]:
    """A Vega-Lite spec: a line per library and kind of period (a stock's
    line joins its dates; a flow's line joins periods of the same length
    only), a rule from start to end of each flow period, plan dashed."""
    info = data["metric"]
    unit = unit_label(info["unit"])
    values = [{k: x[k] for k in ("library", "period_label", "kind", "start", "date", "value", "value_text",
                                 "unit", "series", "href", "document", "line")} for x in data["points"]]
    tooltip = [{"field": "library", "title": "library"}, {"field": "period_label", "title": "period"},
               {"field": "value_text", "title": "value"}, {"field": "series", "title": "series"},
               {"field": "document", "title": "document"}]
    x = {"field": "date", "type": "temporal", "title": "end of period" if not info["stock"] else "date",
         "axis": {"format": "%Y-%m", "labelAngle": 0, "tickCount": "month", "labelOverlap": True}}
    y = {"field": "value", "type": "quantitative", "title": f"{info['label']} ({unit})" if unit else info["label"],
         "scale": {"zero": False}, "axis": {"format": ",~r"}}
    color = {"field": "library", "type": "nominal", "title": "library", "scale": {"range": LIBRARY_COLORS},
             "legend": {"orient": "bottom", "labelLimit": 600}}
    line_enc: dict[str, Any] = {"x": x, "y": y, "color": color, "detail": {"field": "line"}}
    if any(p["series"] == "plan" for p in data["points"]):
        line_enc["strokeDash"] = {"field": "series", "type": "nominal", "title": "series",
                                  "scale": {"domain": ["actual", "plan"], "range": [[1, 0], [6, 4]]}}
    layers: list[dict[str, Any]] = [{"mark": {"type": "line", "strokeWidth": 2}, "encoding": line_enc}]
    if not info["stock"]:
        layers.append({"mark": {"type": "rule", "strokeWidth": 3, "opacity": 0.45},
                       "encoding": {"x": {"field": "start", "type": "temporal"}, "x2": {"field": "date"},
                                    "y": y, "color": color}})
    point_enc: dict[str, Any] = {"x": x, "y": y, "color": color, "href": {"field": "href"}, "tooltip": tooltip,
                                 "fillOpacity": {"condition": {"test": "datum.series == 'plan'", "value": 0.2},
                                                 "value": 1}}
    if len({p["kind"] for p in data["points"]}) > 1:
        point_enc["shape"] = {"field": "kind", "type": "nominal", "title": "period"}
    layers.append({"mark": {"type": "point", "filled": True, "size": 90, "cursor": "pointer"},
                   "encoding": point_enc})
    return {
        "$schema": "https://vega.github.io/schema/vega-lite/v5.json",
        "width": "container", "height": 340, "autosize": {"type": "fit-x", "contains": "padding"},
        "data": {"values": values}, "layer": layers,
        "config": {"font": "Helvetica, Arial, sans-serif", "legend": {"direction": "vertical"}},
    }


# ------------------------------------------------------------------ conflicts and checks

def conflict_rows(conn: sqlite3.Connection, docs: dict[str, dict[str, Any]] | None = None,
                  limit: int | None = None) -> list[dict[str, Any]]:
    if "conflicts" not in names(conn):
        return []
    docs = docs if docs is not None else documents(conn)
    have = names(conn)
    labels = {r[0]: (r[1], r[2]) for r in conn.execute("select id, label_en, unit from metrics")} \
        if "metrics" in have else {}
    sql = "select * from conflicts order by metric, period" + (f" limit {int(limit)}" if limit else "")
    rows = conn.execute(sql).fetchall()
    # the page each side was read on (PDFs), in one query
    pages: dict[tuple, int] = {}
    if rows:
        metrics = sorted({r["metric"] for r in rows})
        for f in conn.execute(
                "select document_id, metric, language, category, coalesce(period, as_of) as p, value, min(page) "
                f"from facts where metric in ({','.join('?' * len(metrics))}) and page is not null "
                "group by 1, 2, 3, 4, 5, 6", metrics):
            pages[tuple(f)[:6]] = f[6]
    out = []
    for r in rows:
        a, b = docs.get(r["document_a"], {}), docs.get(r["document_b"], {})
        key = (r["metric"], r["language"], r["category"], r["period"])
        va, vb = r["value_a"], r["value_b"]
        out.append({
            "metric": r["metric"], "label": labels.get(r["metric"], (None,))[0] or r["metric"],
            "unit": unit_label(labels.get(r["metric"], (None, None))[1]),
            "page_a": pages.get((r["document_a"],) + key + (va,)),
            "page_b": pages.get((r["document_b"],) + key + (vb,)),
            "language": r["language"], "category": r["category"], "period": r["period"],
            "period_label": period_label(r["period"]) or r["period"],
            "value_a": fmt_number(va), "value_b": fmt_number(vb),
            "difference": fmt_number(abs(vb - va)) if va is not None and vb is not None else "",
            "doc_a": a.get("name", ""), "doc_b": b.get("name", ""),
            "same_library": bool(a) and bool(b) and a.get("org_key") == b.get("org_key"),
            "library_a": a.get("org_name", ""), "library_b": b.get("org_name", ""),
            "format_a": a.get("format", ""), "format_b": b.get("format", ""),
            "href": "/-/esep/conflict?" + _qs(metric=r["metric"], period=r["period"], a=r["document_a"],
                                               b=r["document_b"], va=va, vb=vb, language=r["language"],
                                               category=r["category"]),
        })
    return out


def _qs(**kw: Any) -> str:
    from urllib.parse import urlencode

    return urlencode({k: ("" if v is None else v) for k, v in kw.items()})


def conflict(conn: sqlite3.Connection, args: dict[str, str]) -> dict[str, Any] | None:
    docs = documents(conn)
    sides = []
    for side in ("a", "b"):
        where = ["metric = ?", "document_id = ?", "value = ?", "coalesce(period, as_of) = ?",
                 "language is ?", "category is ?"]
        try:
            value = float(args.get("v" + side, ""))
        except ValueError:
            return None
        params = [args.get("metric"), args.get(side), value, args.get("period"),
                  args.get("language") or None, args.get("category") or None]
        r = conn.execute("select id from facts where " + " and ".join(where) + " order by id limit 1",
                         params).fetchone()
        if r is None:
            return None
        sides.append(evidence(conn, "facts", str(r["id"]), docs))
    info = metric_info(conn, args.get("metric") or "")
    va, vb = sides[0]["record"]["value"], sides[1]["record"]["value"]
    return {"metric": info, "period": args.get("period"), "period_label": period_label(args.get("period")),
            "sides": sides, "difference": fmt_number(abs(vb - va)), "unit": unit_label(info["unit"]),
            "language": args.get("language"), "category": args.get("category")}


def failed_checks(conn: sqlite3.Connection, docs: dict[str, dict[str, Any]] | None = None,
                  limit: int | None = None) -> list[dict[str, Any]]:
    if "checks" not in names(conn):
        return []
    docs = docs if docs is not None else documents(conn)
    sql = ("select id, document_id, name, kind, period, expected, actual, details, page from checks "
           "where holds = 0 order by kind = 'events_named', document_id, id" + (f" limit {int(limit)}" if limit else ""))
    out = []
    for r in conn.execute(sql):
        d = docs.get(r["document_id"], {})
        e, a = r["expected"], r["actual"]
        out.append({
            "id": r["id"], "name": r["name"], "kind": r["kind"], "period_label": period_label(r["period"]),
            "expected": fmt_number(e), "actual": fmt_number(a),
            "difference": fmt_number(abs(float(a) - float(e))) if e is not None and a is not None else "",
            "details": r["details"], "document": d.get("name", ""), "format": d.get("format", ""),
            "page": r["page"], "href": f"/-/esep/evidence/checks/{r['id']}",
        })
    return out


CHECK_KINDS = {
    "fund_balance": "fund at the start + received − withdrawn = fund at the end",
    "fund_continuity": "the fund at the end of one period is the fund at the start of the next",
    "parts_total": "the parts add up to the stated total",
    "event_totals": "the rows of the events table add up to its total row",
    "count_listed": "the number stated equals the items listed",
    "events_named": "the events named in the text are no more than the events table counts",
}


# ------------------------------------------------------------------ evidence

def evidence(conn: sqlite3.Connection, table: str, key: str,
             docs: dict[str, dict[str, Any]] | None = None, focus: str | None = None) -> dict[str, Any] | None:
    """A record with the document it comes from and the place: the block
    (with the quoted text highlighted) or the table (with the cell), and for
    a PDF the page with the box to draw on it."""
    if table not in EVIDENCE_TABLES or table not in names(conn):
        return None
    col = EVIDENCE_TABLES[table]
    try:
        r = conn.execute(f"select rowid as _rowid, * from [{table}] where {col} = ?", [int(key)]).fetchone()
    except ValueError:
        return None
    if r is None:
        return None
    rec = dict(r)
    # a row of an events table: the cell of the number asked for (plan, actual, participants)
    if table == "event_stats" and focus in ("plan", "actual", "participants") \
            and rec.get(f"{focus}_col") is not None and rec.get("cell_row") is not None:
        rec["cell_col"] = rec[f"{focus}_col"]
        rec["focus"] = focus
    docs = docs if docs is not None else documents(conn)
    doc = docs.get(rec["document_id"])
    if doc is None:
        return None
    out: dict[str, Any] = {"table": table, "key": key, "record": rec, "document": doc, "block": None,
                           "grid": None, "pdf": None, "fields": _fields(conn, table, rec),
                           "title": _title(conn, table, rec)}
    page = rec.get("page")
    box = None
    if rec.get("table_index") is not None:
        t = conn.execute("select * from doc_tables where document_id = ? and idx = ?",
                         [rec["document_id"], rec["table_index"]]).fetchone()
        cells = conn.execute("select * from cells where document_id = ? and table_idx = ? order by row, col",
                             [rec["document_id"], rec["table_index"]]).fetchall()
        if t is not None:
            out["grid"] = _grid(t, cells, rec.get("cell_row"), rec.get("cell_col"))
            hit = next((c for c in cells if c["row"] == rec.get("cell_row") and c["col"] == rec.get("cell_col")),
                       None)
            if hit is not None and hit["x0"] is not None:
                box, page = (hit["x0"], hit["top"], hit["x1"], hit["bottom"]), hit["page"] or page or t["page"]
            elif t["x0"] is not None:
                box, page = (t["x0"], t["top"], t["x1"], t["bottom"]), page or t["page"]
            page = page or t["page"]
    if rec.get("block_index") is not None:
        b = conn.execute("select * from blocks where document_id = ? and idx = ?",
                         [rec["document_id"], rec["block_index"]]).fetchone()
        if b is not None:
            out["block"] = _block(b, rec, table)
            if box is None and b["x0"] is not None:
                box, page = (b["x0"], b["top"], b["x1"], b["bottom"]), b["page"] or page
            page = page or b["page"]
    out["page"] = page
    if doc["format"] == "pdf" and page:
        out["pdf"] = {"page": page, "box": box,
                      "src": f"/-/esep/page/{doc['id']}/{int(page)}.png"}
    out["place"] = _place(out)
    if table == "checks":
        e, a = rec.get("expected"), rec.get("actual")
        diff = f"; a difference of {fmt_number(abs(float(a) - float(e)))}" if e is not None and a is not None else ""
        out["verdict"] = (f"{'Holds' if rec['holds'] else 'Fails'}: the report states {fmt_number(e)}, "
                          f"its parts add up to {fmt_number(a)}{diff}.")
        out["explain"] = CHECK_KINDS.get(rec.get("kind"), "")
    return out


def _place(ev: dict[str, Any]) -> str:
    rec, parts = ev["record"], []
    if ev.get("page"):
        parts.append(f"page {ev['page']}")
    if ev["grid"] is not None:
        parts.append(f"table {rec['table_index'] + 1}")
        if rec.get("cell_row") is not None:
            parts.append(f"row {rec['cell_row'] + 1}, column {rec['cell_col'] + 1}")
    elif ev["block"] is not None:
        b = ev["block"]
        if b.get("paragraph") is not None:
            parts.append(f"paragraph {b['paragraph'] + 1}")
        if b.get("line") is not None:
            parts.append(f"line {b['line']}")
    return ", ".join(parts)


def _block(b: sqlite3.Row, rec: dict[str, Any], table: str) -> dict[str, Any]:
    text = b["text"]
    start = end = None
    if rec.get("span_start") is not None and rec.get("span_end") is not None:
        start, end = rec["span_start"], rec["span_end"]
    else:
        start, end = _find_span(text, rec)
    if start is None or not (0 <= start < end <= len(text)):
        parts = [{"text": text, "hl": False}]
    else:
        parts = [{"text": text[:start], "hl": False}, {"text": text[start:end], "hl": True},
                 {"text": text[end:], "hl": False}]
    return {"kind": b["kind"], "parts": [p for p in parts if p["text"]], "paragraph": b["paragraph"],
            "line": b["line"], "page": b["page"], "original": b["original"]}


def value_strings(value: Any) -> list[str]:
    """How a figure may be written: 4816.8 -> '4816,8', '4 816,8', '4816.8' ..."""
    try:
        v = float(value)
    except (TypeError, ValueError):
        return []
    if v == int(v):
        i = int(v)
        plain = str(i)
        spaced = f"{i:,}".replace(",", " ")
        return list(dict.fromkeys([spaced, spaced.replace(" ", "\u00a0"), f"{i:,}".replace(",", "."), plain]))
    s = f"{v:.6f}".rstrip("0")
    whole, frac = s.split(".")
    spaced = f"{int(whole):,}".replace(",", " ")
    return list(dict.fromkeys([f"{spaced},{frac}", f"{whole},{frac}", f"{spaced}.{frac}", f"{whole}.{frac}"]))


def _find_span(text: str, rec: dict[str, Any]) -> tuple[int | None, int | None]:
    """Where the record's figure (or its evidence) stands in the block text."""
    import re

    evidence = rec.get("evidence") or ""
    lo, hi = 0, len(text)
    found = bool(evidence) and evidence in text
    if found:
        lo = text.index(evidence)
        hi = lo + len(evidence)
    for col in ("value", "expected"):
        for s in value_strings(rec.get(col)):
            m = re.search(r"(?<![\d.,])" + re.escape(s) + r"(?![\d]|[.,]\d)", text[lo:hi])
            if m:
                return lo + m.start(), lo + m.end()
    if found:
        return lo, hi
    return None, None


def _grid(t: sqlite3.Row, cells: list[sqlite3.Row], hl_row: int | None, hl_col: int | None) -> dict[str, Any]:
    rows: dict[int, list[dict[str, Any]]] = {}
    for c in cells:
        rows.setdefault(c["row"], []).append({
            "text": c["text"], "row_span": c["row_span"], "col_span": c["col_span"],
            "hl": c["row"] == hl_row and c["col"] == hl_col,
            "row_hl": c["row"] == hl_row})
    ordered = [rows[k] for k in sorted(rows)]
    # a long table: the rows around the highlighted one
    if hl_row is not None and len(ordered) > 40:
        keys = sorted(rows)
        idx = keys.index(hl_row) if hl_row in keys else 0
        head = [rows[k] for k in keys[:2]]
        window = [rows[k] for k in keys[max(2, idx - 12): idx + 13]]
        ordered = head + [[{"text": "…", "row_span": 1, "col_span": t["n_cols"], "hl": False,
                            "row_hl": False}]] + window
    return {"title": t["title"], "kind": t["kind"], "rows": ordered, "n_rows": t["n_rows"], "n_cols": t["n_cols"]}


def _title(conn: sqlite3.Connection, table: str, rec: dict[str, Any]) -> str:
    if table == "facts":
        info = metric_info(conn, rec["metric"])
        extra = ", ".join(x for x in (rec.get("category"), rec.get("language") and f"in {rec['language']}") if x)
        return (f"{info['label']}{' (' + extra + ')' if extra else ''}: {fmt_number(rec['value'])} "
                f"{unit_label(rec.get('unit'))}").strip()
    if table == "checks":
        return f"Check {rec['name']}: {'holds' if rec['holds'] else 'fails'}"
    if table == "events":
        return f"Event: {rec.get('title') or rec.get('type_text') or rec.get('event_type')}"
    if table == "event_stats":
        return f"Events table row: {rec.get('label')}"
    if table == "citations":
        return f"Citation: {rec.get('title') or rec.get('raw', '')[:80]}"
    return f"{table} {rec.get('id', rec.get('_rowid'))}"


_SKIP = {"_rowid", "focus", "document_id", "evidence", "confidence", "page", "block_index", "table_index", "cell_row",
         "cell_col", "extractor", "span_start", "span_end", "raw", "id"}


def _fields(conn: sqlite3.Connection, table: str, rec: dict[str, Any]) -> list[tuple[str, str]]:
    out = []
    for k, v in rec.items():
        if k in _SKIP or v is None or v == "" or v == "[]":
            continue
        if isinstance(v, float):
            v = fmt_number(v)
        if k == "period":
            v = period_label(v)
        out.append((k.replace("_", " "), str(v)))
    out.append(("confidence", fmt_number(round(rec.get("confidence") or 0, 2))))
    return out


def record_link(table: str, rec: dict[str, Any]) -> str:
    col = EVIDENCE_TABLES[table]
    return f"/-/esep/evidence/{table}/{rec['_rowid'] if col == 'rowid' else rec[col]}"


def json_dumps(obj: Any) -> str:
    """JSON safe to put inside a <script> element."""
    return json.dumps(obj, ensure_ascii=False).replace("</", "<\\/")
