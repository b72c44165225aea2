"""esep's pages inside Datasette (a Datasette plugin, registered by
``esep serve``; not an esep plugin).

    /                                   overview of the archive
    /-/esep/chart?metric=ID             a metric over time (&organization=KEY, repeatable)
    /-/esep/evidence/<table>/<id>       where a fact, check, event, citation ... was read
    /-/esep/conflicts, /-/esep/conflict two reports that disagree, side by side
    /-/esep/checks                      failed arithmetic checks
    /-/esep/page/<document>/<n>.png     a PDF page, rendered on demand and cached
"""

from __future__ import annotations

import time

from datasette import hookimpl
from datasette.utils.asgi import NotFound, Response

from esep.plugins.site import data


def _database(datasette):
    return next(d for name, d in datasette.databases.items() if name != "_internal")


async def _render(datasette, request, template: str, context: dict) -> Response:
    db = _database(datasette)
    context = {"db_name": db.name, "fmt": data.fmt_number, "period_label": data.period_label,
               "unit_label": data.unit_label, **context}
    html = await datasette.render_template([template], context, request=request)
    return Response.html(html)


@hookimpl
def register_routes(datasette):
    async def overview(request):
        db = _database(datasette)
        ctx = await db.execute_fn(lambda conn: data.overview(conn, db.name))
        return await _render(datasette, request, "esep_overview.html", {"o": ctx, "check_kinds": data.CHECK_KINDS})

    async def chart(request):
        db = _database(datasette)
        metric = request.args.get("metric") or ""
        event_type = None if metric else request.args.get("event_type")
        metric = metric or ("" if event_type else "fund.end")
        orgs = [o for o in request.args.getlist("organization") if o]

        def load(conn):
            if event_type:
                d = data.event_chart_data(conn, event_type, orgs or None)
                d["event_type"] = event_type
            else:
                d = data.chart_data(conn, metric, orgs or None)
            d["spec"] = data.json_dumps(data.vega_spec(d))
            d["all_metrics"] = data.overview_metrics(conn)
            d["metric_listed"] = any(m["id"] == metric for m in d["all_metrics"])
            d["has_plan"] = any(p["series"] == "plan" for p in d["points"])
            return d

        ctx = await db.execute_fn(load)
        return await _render(datasette, request, "esep_chart.html", {"c": ctx, "selected": orgs})

    async def evidence(request):
        db = _database(datasette)
        table, key = request.url_vars["table"], request.url_vars["key"]
        focus = request.args.get("focus")
        ev = await db.execute_fn(lambda conn: data.evidence(conn, table, key, focus=focus))
        if ev is None:
            raise NotFound(f"no {table} record {key}")
        _page_box(ev)
        return await _render(datasette, request, "esep_evidence.html", {"ev": ev})

    async def conflicts(request):
        db = _database(datasette)
        rows = await db.execute_fn(lambda conn: data.conflict_rows(conn))
        return await _render(datasette, request, "esep_conflicts.html", {
            "rows": rows, "same": [r for r in rows if r["same_library"]],
            "other": [r for r in rows if not r["same_library"]]})

    async def conflict(request):
        db = _database(datasette)
        args = {k: request.args.get(k) or "" for k in ("metric", "period", "a", "b", "va", "vb", "language",
                                                        "category")}
        c = await db.execute_fn(lambda conn: data.conflict(conn, args))
        if c is None:
            raise NotFound("no such conflict")
        for side in c["sides"]:
            _page_box(side)
        return await _render(datasette, request, "esep_conflict.html", {"c": c})

    async def checks(request):
        db = _database(datasette)
        rows = await db.execute_fn(lambda conn: data.failed_checks(conn))
        return await _render(datasette, request, "esep_checks.html", {"rows": rows,
                                                                      "check_kinds": data.CHECK_KINDS})

    async def page_image(request):
        from esep.plugins.site.pages import PageUnavailable, render_page

        db = _database(datasette)
        doc_id, page = request.url_vars["doc"], int(request.url_vars["page"])
        row = await db.execute_fn(lambda conn: conn.execute(
            "select path from documents where id = ? and format = 'pdf'", [doc_id]).fetchone())
        if row is None:
            raise NotFound("no such PDF")
        try:
            png = render_page(row[0], doc_id, page, (datasette.plugin_config("esep") or {}).get("cache_dir"))
        except PageUnavailable as e:
            return Response.text(str(e), status=404)
        return Response(png.read_bytes(), content_type="image/png",
                        headers={"cache-control": "max-age=86400"})

    return [
        (r"^/$", overview),
        (r"^/-/esep/chart$", chart),
        (r"^/-/esep/evidence/(?P<table>[a-z_]+)/(?P<key>\d+)$", evidence),
        (r"^/-/esep/conflicts$", conflicts),
        (r"^/-/esep/conflict$", conflict),
        (r"^/-/esep/checks$", checks),
        (r"^/-/esep/page/(?P<doc>[0-9a-f]{64})/(?P<page>\d+)\.png$", page_image),
    ]


#: the columns of a record table whose numbers link to the record's evidence page
EVIDENCE_COLUMNS = {
    "facts": ("value", "evidence"), "checks": ("expected", "actual", "evidence"),
    "event_stats": ("plan", "actual", "participants", "evidence"), "events": ("title", "evidence"),
    "citations": ("raw", "evidence"), "entity_mentions": ("text", "evidence"),
    "branch_mentions": ("text", "evidence"),
}


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    """In Datasette's own table pages, a figure (and its quoted evidence)
    links to the page showing where it was read; numbers without '.0'."""
    if table not in EVIDENCE_COLUMNS or column not in EVIDENCE_COLUMNS[table] or value is None:
        # a whole number stored as REAL: 315930, not 315930.0
        if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return None
    from markupsafe import Markup, escape

    key_col = data.EVIDENCE_TABLES[table]
    try:
        key = row["rowid"] if key_col == "rowid" else row[key_col]
    except (KeyError, IndexError):
        return None
    if key is None:
        return None
    text = data.fmt_number(value) if isinstance(value, (int, float)) else str(value)
    return Markup(f'<a href="/-/esep/evidence/{table}/{int(key)}" title="where it was read">{escape(text)}</a>')


def _page_box(ev: dict) -> None:
    """The highlighted box of a PDF page in percent of the page."""
    from esep.plugins.site.pages import PageUnavailable, find_text_box, page_size

    pdf = ev.get("pdf")
    if not pdf:
        return
    t = time.perf_counter()
    try:
        w, h = page_size(ev["document"]["path"], int(pdf["page"]))
    except PageUnavailable as e:
        ev["pdf"] = {"error": str(e), "page": pdf["page"]}
        return
    box = pdf.get("box")
    rec = ev["record"]
    wanted = data.value_strings(rec.get("value")) or data.value_strings(rec.get("expected"))
    word = None
    if box and wanted and all(v is not None for v in box):
        try:
            word = find_text_box(ev["document"]["path"], int(pdf["page"]), wanted, within=box)
        except PageUnavailable:
            word = None
        if word:
            pdf["word_css"] = _css(word, w, h, 1.0)
            word = (word[0] - 1, word[1] - 1, word[2] + 1, word[3] + 1)
    if box and all(v is not None for v in box) and w and h:
        pdf["css"] = _css(box, w, h, 2.0)
    pdf["aspect"] = f"{w:.1f} / {h:.1f}"
    if box and all(v is not None for v in box) and w and h:
        pdf["zoom"] = _zoom(box, w, h, word)
    pdf["ms"] = (time.perf_counter() - t) * 1000


def _css(box, w: float, h: float, pad: float) -> str:
    x0, top, x1, bottom = box
    return (f"left:{max(0, x0 - pad) / w * 100:.3f}%;top:{max(0, top - pad) / h * 100:.3f}%;"
            f"width:{(x1 - x0 + 2 * pad) / w * 100:.3f}%;height:{(bottom - top + 2 * pad) / h * 100:.3f}%")


def _zoom(box, w: float, h: float, word=None) -> dict:
    """A close-up of the page around the box: the page image as a CSS
    background, sized and placed so the crop fills the element."""
    x0, top, x1, bottom = box
    # at least half the page wide (about twice the page's size on screen), a fifth as high as wide
    mx = max(40.0, (x1 - x0) * 0.3, (0.5 * w - (x1 - x0)) / 2)
    my = max(24.0, (bottom - top) * 0.6, ((x1 - x0 + 2 * mx) * 0.2 - (bottom - top)) / 2)
    cx0, cx1 = max(0.0, x0 - mx), min(w, x1 + mx)
    cy0, cy1 = max(0.0, top - my), min(h, bottom + my)
    cw, ch = cx1 - cx0, cy1 - cy0
    size = w / cw * 100
    px = cx0 / (w - cw) * 100 if w > cw else 0
    py = cy0 / (h - ch) * 100 if h > ch else 0

    def rel(b):
        return (f"left:{(b[0] - cx0) / cw * 100:.3f}%;top:{(b[1] - cy0) / ch * 100:.3f}%;"
                f"width:{(b[2] - b[0]) / cw * 100:.3f}%;height:{(b[3] - b[1]) / ch * 100:.3f}%")

    return {"style": f"aspect-ratio:{cw:.1f} / {ch:.1f};background-size:{size:.3f}% auto;"
                     f"background-position:{px:.3f}% {py:.3f}%",
            "box": rel(box), "word": rel(word) if word else None}
