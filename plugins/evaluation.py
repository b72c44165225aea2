"""``esep eval``: score what was extracted against hand-made gold.

Gold files live in a folder (default ``corpus/gold``) and are named
``<file stem>.<record kind>.json``; every document whose file has that stem
(in any format: ``report.txt``, ``report.docx``, ``report.pdf``), or that
stem followed by a variant suffix (``report.scan300.pdf``, ``report.ocr200.pdf``:
see ``gold_stems``), is scored against them by the evaluator the owning
plugin registered.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

import click

from esep import hookimpl
from esep.registry import prf

log = logging.getLogger(__name__)


def _stem(path: str) -> str:
    return Path(path).stem


def gold_stems(path: str) -> list[str]:
    """The stems a file's gold may be filed under, most specific first: the
    file's stem, then that stem cut at each dot from the right, so that the
    variants of one report (``report.scan300.pdf``, ``report.ocr200.pdf``)
    are scored against the gold of ``report``."""
    stem = _stem(path)
    out = [stem]
    while "." in stem:
        stem = stem.rsplit(".", 1)[0]
        if stem:
            out.append(stem)
    return out


def gold_for(gold: dict[str, dict[str, Any]], path: str) -> dict[str, Any]:
    for stem in gold_stems(path):
        if stem in gold:
            return gold[stem]
    return {}


def load_gold(gold_dir: Path) -> dict[str, dict[str, Any]]:
    """{stem: {kind: gold}} for every ``<stem>.<kind>.json`` in the folder."""
    out: dict[str, dict[str, Any]] = {}
    for p in sorted(gold_dir.glob("*.json")):
        parts = p.name[: -len(".json")].rsplit(".", 1)
        if len(parts) != 2:
            continue
        stem, kind = parts
        try:
            out.setdefault(stem, {})[kind] = json.loads(p.read_text(encoding="utf-8"))
        except json.JSONDecodeError as e:
            raise click.ClickException(f"gold file {p} is not valid JSON: {e}")
    return out


def evaluate(conn, evaluators, gold_dir: Path, kinds: tuple[str, ...] = ()) -> list[dict[str, Any]]:
    """One result row per (document, record kind) that has gold."""
    gold = load_gold(gold_dir)
    by_name = {e.name: e for e in evaluators}
    rows: list[dict[str, Any]] = []
    docs = conn.execute("select id, path, format from documents order by path").fetchall()
    for doc_id, path, fmt in docs:
        for kind, g in sorted(gold_for(gold, path).items()):
            if kinds and kind not in kinds:
                continue
            ev = by_name.get(kind)
            if ev is None:
                log.info("no evaluator for gold kind %s", kind)
                continue
            score = ev.score(conn, doc_id, g)
            rows.append({"document": Path(path).name, "format": fmt, "kind": kind, **score})
    return rows


def _table_cells(conn, document_id: str) -> list[set[tuple]]:
    tables = [i for (i,) in conn.execute(
        "select idx from doc_tables where document_id = ? and kind = 'table' order by idx", [document_id])]
    out = []
    for idx in tables:
        cells = set()
        for row, col, rs, cs, text in conn.execute(
                "select row, col, row_span, col_span, text from cells where document_id = ? and table_idx = ?",
                [document_id, idx]):
            t = " ".join((text or "").split())
            if t:
                cells.add((row, col, rs, cs, t))
        out.append(cells)
    return out


def score_tables(conn, document_id: str, gold: dict[str, Any]) -> dict[str, Any]:
    """Cells of the document's ordinary tables against the gold tables, in
    order: a cell is right when its row, column, spans and text (whitespace
    collapsed) all match.  ``fields.text`` ignores positions (row by row
    sequences of text)."""
    got = _table_cells(conn, document_id)
    want = [{tuple(c) for c in t["cells"]} for t in gold["records"]]
    tp = sum(len(g & w) for g, w in zip(got, want))
    res = prf(tp, sum(map(len, got)), sum(map(len, want)))

    def seqs(tables):
        return {(i, r, tuple(t for (rr, _c, _rs, _cs, t) in sorted(cells) if rr == r))
                for i, cells in enumerate(tables) for r in {c[0] for c in cells}}

    gs, ws = seqs(got), seqs(want)
    res["fields"] = {"text": prf(len(gs & ws), len(gs), len(ws))}
    res["notes"] = [f"{len(got)} tables, gold {len(want)}"]
    return res


@hookimpl
def register_evaluators(register):
    from esep.registry import Evaluator

    register(Evaluator("tables", score_tables, "cells of ordinary tables (not charts)"))


def _fmt(v: Any) -> str:
    return "" if v is None else f"{v:.3f}" if isinstance(v, float) else str(v)


def reference_rows(reg, folder: str | None) -> list[dict[str, Any]]:
    """Rows of the citation parser scored on the labelled reference sets
    (one per set and half), when the citations plugin is loaded and the
    sets are found; see ``esep.plugins.citations.labelled``."""
    if not any(e.name == "citations" for e in reg.evaluators):
        raise click.ClickException("--references scores the citation parser, and the citations plugin is not loaded")
    from esep.plugins.citations import labelled

    where = Path(folder) if folder else labelled.default_folder()
    found = labelled.report(where) if where.is_dir() else []
    if not any(r["set"] in labelled.SETS for r in found):  # the sets kept in the project are always found
        raise click.ClickException(f"no labelled reference sets in {where} (anystyle-cyrillic/references.json, "
                                   "hayagriva-gost/gost-examples.md); pass --references-dir FOLDER")
    rows = []
    for r in found:
        rows.append({"document": f"{r['set']} references, {r['half']} half ({r['n']})", "format": "labelled",
                     "kind": "citations", "precision": r["precision"], "recall": r["recall"], "f1": r["f1"],
                     "field_f1": r["f1"], "fields": r["fields"], "notes": ["field-level, all fields"]})
    return rows


@hookimpl
def register_commands(cli):
    from esep.cli_support import db_option, readonly_connection

    @cli.command(name="eval")
    @db_option
    @click.option("--gold", "gold_dir", default="corpus/gold", show_default=True,
                  type=click.Path(file_okay=False), help="Folder of gold files <stem>.<kind>.json.")
    @click.option("--kind", "kinds", multiple=True, help="Only these record kinds (repeatable).")
    @click.option("--fields", is_flag=True, help="Also print the per-field scores.")
    @click.option("--json", "as_json", is_flag=True, help="Print JSON.")
    @click.option("--references", is_flag=True,
                  help="Also score the citation parser on the reference sets labelled by others (AnyStyle's "
                       "Cyrillic references, hayagriva, a DSTU 8302 style's test cases, the biblatex-gost and CSL "
                       "GOST examples), by development and evaluation half.")
    @click.option("--references-dir", default=None, type=click.Path(file_okay=False),
                  help="Folder of the labelled reference sets [default: ../shared/external beside the project].")
    @click.pass_obj
    def eval_command(reg, db_path, gold_dir, kinds, fields, as_json, references, references_dir):
        """Score the extracted records against hand-made gold: precision,
        recall and F1 per document and record kind (and per field)."""
        gd = Path(gold_dir)
        wants_references = bool(references or references_dir)
        rows: list[dict[str, Any]] = []
        if not (wants_references and not Path(db_path).exists()):  # the labelled sets need no database
            if not gd.is_dir():
                raise click.ClickException(f"no gold folder at {gold_dir}; pass --gold FOLDER")
            conn = readonly_connection(db_path)
            try:
                rows = evaluate(conn, reg.evaluators, gd, kinds)
            finally:
                conn.close()
        if wants_references:
            rows += reference_rows(reg, references_dir)
        if as_json:
            click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
            return
        if not rows:
            click.echo("no document in the database has gold in " + gold_dir)
            return
        from rich.console import Console
        from rich.table import Table

        t = Table("document", "format", "kind", "precision", "recall", "F1", "notes", title="esep eval")
        for r in rows:
            t.add_row(r["document"], r["format"], r["kind"], _fmt(r.get("precision")),
                      _fmt(r.get("recall")), _fmt(r.get("f1")), "; ".join(map(str, r.get("notes", [])))[:80])
            if fields:
                for name, s in sorted((r.get("fields") or {}).items()):
                    t.add_row("", "", f"  .{name}", _fmt(s.get("precision")), _fmt(s.get("recall")),
                              _fmt(s.get("f1")), "")
        Console(width=160).print(t)
