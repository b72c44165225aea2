"""Charts and embedded workbooks of a ``.docx``, as tables of kind ``chart``.

A DrawingML chart (``word/charts/chartN.xml``) keeps a cache of what it
shows: per series its name, the categories (``c:cat``) and the values
(``c:val``; ``c:xVal``/``c:yVal`` for scatter charts).  That cache becomes a
table: row 0 holds the series names after an empty corner cell, each further
row a category and the series' values as written in the cache.  The chart's
title (``c:title``) is the table's title.  When a chart has no cached values
its embedded workbook is read instead.

An Excel workbook embedded in the body as an OLE object
(``word/embeddings/*.xlsx``) becomes a table of its first sheet's cells.

Used by the ``.docx`` loader (``read_charts``); positions are the index of
the body paragraph holding the chart, counted as the loader counts them.
"""

from __future__ import annotations

import logging
import posixpath
import re
import zipfile
from dataclasses import dataclass
from io import BytesIO

from lxml import etree

log = logging.getLogger(__name__)

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
C = "{http://schemas.openxmlformats.org/drawingml/2006/chart}"
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
PR = "{http://schemas.openxmlformats.org/package/2006/relationships}"
S = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


@dataclass
class ChartData:
    """A chart or workbook read from the package: title, grid of strings
    (row 0 = header) and the body paragraph it sits in (-1: unknown)."""

    part: str
    title: str | None
    rows: list[list[str]]
    paragraph: int = -1


def _xml(z: zipfile.ZipFile, name: str):
    return etree.fromstring(z.read(name), _PARSER)


def _rels(z: zipfile.ZipFile, part: str) -> dict[str, str]:
    """Relationship id -> target part name of ``part``."""
    folder, base = posixpath.split(part)
    rels_name = posixpath.join(folder, "_rels", base + ".rels")
    if rels_name not in z.namelist():
        return {}
    out = {}
    for rel in _xml(z, rels_name).iter(PR + "Relationship"):
        if rel.get("TargetMode") == "External":
            continue
        target = rel.get("Target", "")
        out[rel.get("Id")] = posixpath.normpath(
            target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target))
    return out


def _points(el) -> list[str]:
    """The cached points of a c:cat / c:val / c:tx element in idx order
    (the lowest level of a multi-level category), or its literal points
    (c:strLit, c:numLit: values written into the chart, no workbook)."""
    if el is None:
        return []
    caches = [c for c in el.iter() if c.tag in (C + "strCache", C + "numCache", C + "lvl", C + "strLit", C + "numLit")]
    cache = caches[-1] if caches else el
    pts = {}
    for pt in cache.findall(C + "pt"):
        v = pt.find(C + "v")
        pts[int(pt.get("idx", len(pts)))] = (v.text or "").strip() if v is not None else ""
    if not pts:
        v = el.find(C + "v")
        return [(v.text or "").strip()] if v is not None else []
    n = max(pts) + 1
    return [pts.get(i, "") for i in range(n)]


def _title(chart) -> str | None:
    t = chart.find(f"{C}chart/{C}title")
    if t is None:
        return None
    text = "".join(x.text or "" for x in t.iter(A + "t")).strip()
    if not text:
        text = " ".join(_points(t.find(C + "tx"))).strip()
    return text or None


def chart_rows(chart) -> list[list[str]]:
    """Header row and one row per category from a chart's caches."""
    series = []
    for ser in chart.iter(C + "ser"):
        name = " ".join(_points(ser.find(C + "tx"))).strip()
        cats = _points(ser.find(C + "cat")) or _points(ser.find(C + "xVal"))
        vals = _points(ser.find(C + "val")) or _points(ser.find(C + "yVal"))
        if vals:
            series.append((name, cats, vals))
    if not series:
        return []
    cats = max((s[1] for s in series), key=len)
    n = max(len(cats), *(len(s[2]) for s in series))
    rows = [[""] + [s[0] or f"{i + 1}" for i, s in enumerate(series)]]
    for i in range(n):
        rows.append([cats[i] if i < len(cats) else str(i + 1)] + [s[2][i] if i < len(s[2]) else "" for s in series])
    return rows


def _col_index(ref: str) -> tuple[int, int]:
    m = re.match(r"([A-Z]+)(\d+)", ref)
    if not m:
        return 0, 0
    col = 0
    for ch in m.group(1):
        col = col * 26 + ord(ch) - 64
    return int(m.group(2)) - 1, col - 1


def workbook_rows(data: bytes) -> list[list[str]]:
    """The cells of the first sheet of an .xlsx, as a grid of strings."""
    with zipfile.ZipFile(BytesIO(data)) as z:
        names = z.namelist()
        shared = []
        if "xl/sharedStrings.xml" in names:
            for si in _xml(z, "xl/sharedStrings.xml").iter(S + "si"):
                shared.append("".join(t.text or "" for t in si.iter(S + "t")))
        wb_rels = _rels(z, "xl/workbook.xml")
        first = _xml(z, "xl/workbook.xml").find(f"{S}sheets/{S}sheet")
        sheet = wb_rels.get(first.get(R + "id")) if first is not None else None
        if sheet not in names:
            sheet = next((n for n in sorted(names) if n.startswith("xl/worksheets/sheet")), None)
        if sheet is None:
            return []
        cells: dict[tuple[int, int], str] = {}
        for c in _xml(z, sheet).iter(S + "c"):
            r, col = _col_index(c.get("r", "A1"))
            t = c.get("t")
            if t == "inlineStr":
                v = "".join(x.text or "" for x in c.iter(S + "t"))
            else:
                ve = c.find(S + "v")
                v = (ve.text or "") if ve is not None else ""
                if t == "s" and v.isdigit() and int(v) < len(shared):
                    v = shared[int(v)]
            if v.strip():
                cells[(r, col)] = v.strip()
    if not cells:
        return []
    nr = max(r for r, _ in cells) + 1
    nc = max(c for _, c in cells) + 1
    return [[cells.get((r, c), "") for c in range(nc)] for r in range(nr)]


#: Word 2016's charts of new kinds (treemap, waterfall, sunburst, histogram, box and whisker, funnel)
CX = "{http://schemas.microsoft.com/office/drawing/2014/chartex}"


def read_charts(path, block_items=None, not_read: list[str] | None = None) -> list[ChartData]:
    """Every chart and body-embedded workbook of a .docx, in document order.

    ``block_items(body)`` yields the body's paragraphs and tables as the
    loader walks them, so that paragraph indexes agree with its provenance.
    What holds figures but cannot be read is said in ``not_read``, one line
    a kind (:func:`charts_not_read`): a chart with no values cached and no
    workbook, a chart part missing or damaged, an Excel 97-2003 workbook or
    an MS Graph chart embedded as an object, a chart of Word 2016's new
    kinds."""
    out: list[ChartData] = []
    missed: dict[str, int] = {}
    with zipfile.ZipFile(path) as z:
        names = set(z.namelist())
        from esep.plugins.docx.loader import main_part

        main = main_part(z)
        if main not in names:
            return []
        rels = _rels(z, main)
        body = _xml(z, main).find(W + "body")
        if body is None:
            return []
        items = block_items(body) if block_items else list(body)
        para = -1
        found: list[tuple[int, str, str]] = []  # (paragraph, kind, part)
        for el in items:
            if el.tag == W + "p":
                para += 1
            for node in el.iter():
                if node.tag == C + "chart":
                    found.append((max(para, 0), "chart", rels.get(node.get(R + "id"), "")))
                elif node.tag == CX + "chart":
                    missed["chartex"] = missed.get("chartex", 0) + 1
                elif node.tag.endswith("}OLEObject") and "Excel" in (node.get("ProgID") or ""):
                    found.append((max(para, 0), "workbook", rels.get(node.get(R + "id"), "")))
                elif node.tag.endswith("}OLEObject") and (node.get("ProgID") or "").startswith("MSGraph"):
                    missed["object"] = missed.get("object", 0) + 1
        for paragraph, kind, part in found:
            if part not in names:
                missed["damaged"] = missed.get("damaged", 0) + 1
                continue
            try:
                data = _read_part(z, kind, part)
            except (etree.XMLSyntaxError, zipfile.BadZipFile, KeyError, ValueError) as e:
                log.warning("%s: %s %s cannot be read: %s", path, kind, part, e)
                missed["damaged"] = missed.get("damaged", 0) + 1
                continue
            if data is not None and data.rows:
                data.paragraph = paragraph
                out.append(data)
            elif kind == "workbook" and data is None:
                missed["object"] = missed.get("object", 0) + 1
            else:
                missed["empty"] = missed.get("empty", 0) + 1
    if not_read is not None:
        not_read.extend(charts_not_read(missed))
    return out


def charts_not_read(missed: dict[str, int]) -> list[str]:
    """One line for each kind of chart not read, with how many and what to do."""
    def n(kind: str, one: str) -> str:
        k = missed[kind]
        return f"{k} {one}{'s' if k > 1 else ''}"

    out = []
    if missed.get("empty"):
        out.append(f"{n('empty', 'chart')} with no figures kept in the file (no values cached, no workbook inside): "
                   "not read; open the file in Word, edit each chart's data once (or paste the figures as a table), "
                   "save it and ingest again")
    if missed.get("object"):
        out.append(f"{n('object', 'chart or workbook')} embedded as an object of Excel 97-2003 or MS Graph: "
                   "its figures are not read; in Word convert it (right click, Chart Object, Convert) or paste its "
                   "figures as a table, and ingest again")
    if missed.get("chartex"):
        out.append(f"{n('chartex', 'chart')} of Word 2016's new kinds (treemap, waterfall, histogram, funnel ...): "
                   "its figures are not read; paste them as a table, or change the chart's type, and ingest again")
    if missed.get("damaged"):
        out.append(f"{n('damaged', 'chart')} whose part is missing or damaged: not read; open the file in Word, "
                   "save it again and ingest it again")
    return out


def _read_part(z: zipfile.ZipFile, kind: str, part: str) -> ChartData | None:
    if kind == "workbook":
        if not part.endswith((".xlsx", ".xlsm")):
            log.info("embedded workbook %s is not an .xlsx; skipped", part)
            return None
        return ChartData(part, None, workbook_rows(z.read(part)))
    chart = _xml(z, part)
    rows = chart_rows(chart)
    if not rows:
        for target in _rels(z, part).values():
            if target.endswith((".xlsx", ".xlsm")) and target in z.namelist():
                rows = workbook_rows(z.read(target))
                break
    return ChartData(part, _title(chart), rows)
