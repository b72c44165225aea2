"""The hand-written reports of other library systems (corpus/other/): every
report has gold of each kind, the gold is well-formed and agrees with the
report's own text and arithmetic, dev and eval are apart, and each file is
what corpus/other/build.py makes from its source.  Nothing here runs an
extractor or scores one."""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
OTHER = ROOT / "corpus" / "other"
GOLD = ROOT / "corpus" / "gold"
KINDS = ("facts", "event_stats", "citations", "metadata")
PERIOD = re.compile(r"^\d{4}(-(H[12]|Q[1-4]|9M))?$")
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
NUMBER = re.compile(r"\d{1,3}(?: \d{3})+(?:,\d+)?|\d+(?:,\d+)?")  # as reports write them (spaces, decimal comma)


def _builder():
    spec = importlib.util.spec_from_file_location("other_build", OTHER / "build.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


build = _builder()
SOURCES = build.sources()
IDS = [s.stem for s in SOURCES]


def _gold(stem: str, kind: str) -> dict:
    return json.loads((GOLD / f"{stem}.{kind}.json").read_text(encoding="utf-8"))


def _text(src) -> str:
    """The source file's text with non-breaking spaces as spaces."""
    return (build.SRC / f"{src.stem}.md").read_text(encoding="utf-8").replace("\u00a0", " ")


def _known_metrics() -> set[str]:
    table = (ROOT.parent / "shared" / "domain" / "indicators.md")
    ids = {e["id"] for e in json.loads((ROOT / "schemas" / "metrics.json").read_text())["entries"]}
    if table.exists():
        ids |= set(re.findall(r"^\| ([a-z_]+\.[a-z_]+) \|", table.read_text(encoding="utf-8"), re.M))
    else:  # the fixed ids of the standard indicators
        ids |= {"users.registered", "visits.total", "loans.total", "libraries.count", "ratio.reading",
                "ratio.attendance", "ratio.turnover", "coverage.population_pct"}
    return ids


def test_the_corpus_has_the_mix_it_promises():
    halves = {h: [s for s in SOURCES if s.half == h] for h in build.HALVES}
    assert len(halves["dev"]) >= 4 and len(halves["eval"]) >= 4
    meta = {s.stem: _gold(s.stem, "metadata") for s in SOURCES}
    assert {m["language"] for m in meta.values()} >= {"kk", "ru", "both"}
    kinds = {re.sub(r"^\d{4}-?", "", m["period"])[:1] or "Y" for m in meta.values()}
    assert kinds >= {"Y", "9", "Q", "H"}, kinds
    assert len({m["organization"] for m in meta.values()}) >= 5
    formats = [s.format for s in SOURCES]
    assert formats.count("pdf") >= 2 and "docx" in formats and "txt" in formats
    latin = re.compile(r"[áǵńóúýı]")
    assert any(len(latin.findall(_text(s))) > 20 for s in SOURCES), "a report in the Kazakh Latin alphabet"


def test_dev_and_eval_are_apart_and_hold_only_built_reports():
    for half in build.HALVES:
        files = sorted(p.name for p in (OTHER / half).iterdir())
        expected = sorted(s.output.name for s in SOURCES if s.half == half)
        assert files == expected, f"{half}/ holds files no source makes, or misses some"
    dev = {s.stem for s in SOURCES if s.half == "dev"}
    ev = {s.stem for s in SOURCES if s.half == "eval"}
    assert dev and ev and not dev & ev
    # gold is filed by file stem: no stem may be shared with another report of the corpus
    others = {p.name.split(".")[0] for p in (ROOT / "corpus").rglob("*")
              if p.is_file() and OTHER not in p.parents and GOLD not in p.parents}
    assert not (dev | ev) & others


@pytest.mark.parametrize("stem", IDS)
def test_gold_of_each_kind_parses_and_says_it_was_made_by_hand(stem):
    for kind in KINDS:
        g = _gold(stem, kind)
        assert g["document"] == stem
        note = " ".join([str(g.get("note") or ""), str(g.get("description") or ""), *map(str, g.get("notes") or [])])
        assert "by hand" in note, f"{stem}.{kind}: the note must say how the gold was made"
    meta = _gold(stem, "metadata")
    assert PERIOD.match(meta["period"]) and meta["organization"] and meta["language"] in ("kk", "ru", "both")


@pytest.mark.parametrize("stem", IDS)
def test_facts_gold_uses_known_metrics_valid_periods_and_figures_the_report_writes(stem):
    src = next(s for s in SOURCES if s.stem == stem)
    text = _text(src)
    g = _gold(stem, "facts")
    known = _known_metrics()
    assert set(g["metrics"]) <= known
    assert g["records"], "a report without facts"
    for r in g["records"] + g["unmatched"]:
        assert PERIOD.match(r["period"]), r
        assert r["as_of"] is None or DATE.match(r["as_of"]), r
        assert r["language"] in (None, "kk", "ru") and r["source"] in ("table", "text")
        assert r["evidence"] in text, f"{stem}: '{r['evidence']}' is not written in the report"
        stated = {float(n.replace(" ", "").replace(",", ".")) for n in NUMBER.findall(r["evidence"])}
        assert r["value"] in stated, f"{stem}: {r['value']} is not a figure of '{r['evidence']}'"
    assert all(r["metric"] in g["metrics"] for r in g["records"])
    assert all(r["metric"] is None and r["label"] for r in g["unmatched"])
    keys = [(r["metric"], r["value"], r["as_of"] or r["period"], r["language"], r["category"]) for r in g["records"]]
    assert len(keys) == len(set(keys)), "a figure stated twice is one record"


def _plain(records):
    out: dict[tuple[str, str], float] = {}
    for r in records:
        if r["language"] is None and r["category"] is None:
            out[(r["metric"], r["period"])] = r["value"]
    return out


@pytest.mark.parametrize("stem", IDS)
def test_facts_gold_agrees_with_the_reports_arithmetic(stem):
    """Ratios agree with their parts (to the report's one decimal), and the
    fund balances, in all and in each language or category."""
    records = _gold(stem, "facts")["records"]
    v = _plain(records)
    n = 0
    for ratio, num in (("ratio.reading", "loans.total"), ("ratio.attendance", "visits.total")):
        for (m, p), value in v.items():
            if m == ratio and (num, p) in v and ("users.registered", p) in v:
                assert round(v[(num, p)] / v[("users.registered", p)], 1) == value, (stem, m, p)
                n += 1
    for (m, p), value in v.items():
        if m == "ratio.turnover" and ("fund.end", p) in v:
            assert round(v[("loans.total", p)] / v[("fund.end", p)], 1) == value
    groups: dict[tuple, dict[str, float]] = {}
    for r in records:
        if r["metric"].startswith("fund."):
            groups.setdefault((r["period"], r["language"], r["category"]), {})[r["metric"]] = r["value"]
    for key, f in groups.items():
        if len(f) == 4:
            assert f["fund.start"] + f["fund.received"] - f["fund.withdrawn"] == f["fund.end"], (stem, key)
            n += 1
    assert n or stem.endswith(("-q1_kkru", "-q1_ru")), "every report but the quarterly ones states a ratio or a fund balance"


@pytest.mark.parametrize("stem", IDS)
def test_event_stats_gold_rows_are_the_tables_rows(stem):
    src = next(s for s in SOURCES if s.stem == stem)
    text = _text(src)
    g = _gold(stem, "event_stats")
    types = {e["id"] for e in json.loads((ROOT / "schemas" / "event_types.json").read_text())["entries"]}
    facts = _plain(_gold(stem, "facts")["records"])
    for period in {r["period"] for r in g["records"]}:
        assert PERIOD.match(period)
        rows = [r for r in g["records"] if r["period"] == period]
        totals = [r for r in rows if r["event_type"] == "total"]
        assert len(totals) == 1
        for r in rows:
            assert r["label"] in text and (r["event_type"] in types | {"total"} or r["event_type"] is None)
        for k in ("plan", "actual", "participants"):
            assert totals[0][k] == (sum(r[k] or 0 for r in rows if r is not totals[0]) or None), (stem, period, k)
        # the total row is also the events facts of its period
        assert facts[("events.actual", period)] == totals[0]["actual"]
        assert facts[("events.participants", period)] == totals[0]["participants"]


@pytest.mark.parametrize("stem", IDS)
def test_citations_gold_fields_are_written_in_the_report(stem):
    src = next(s for s in SOURCES if s.stem == stem)
    text = _text(src)
    g = _gold(stem, "citations")
    seqs = [(r["list_no"], r["seq"]) for r in g["records"]]
    assert seqs == [(1, i) for i in range(1, len(seqs) + 1)]
    for r in g["records"]:
        assert r["kind"] in ("article", "book", "other") and r["language"] in ("kk", "ru")
        for f in ("title", "subtitle", "responsibility", "source", "place", "publisher", "url", "pages", "issue"):
            assert r[f] is None or r[f] in text, (stem, r["seq"], f, r[f])
        assert r["date"] is None or (DATE.match(r["date"]) and r["date"][:4] == str(r["year"]))
        for a in r["authors"]:
            assert a.split(",")[0] in text


@pytest.mark.parametrize("src", [s for s in SOURCES if s.format in ("txt", "docx")], ids=lambda s: s.stem)
def test_txt_and_docx_are_what_build_py_makes(src):
    made = build.txt_bytes(src) if src.format == "txt" else build.render_docx(src)
    assert src.output.read_bytes() == made, "run `python corpus/other/build.py` to rebuild"


@pytest.mark.parametrize("src", [s for s in SOURCES if s.format == "pdf"], ids=lambda s: s.stem)
def test_pdf_holds_the_text_of_its_source(src):
    """A PDF's bytes carry LibreOffice's date: its text is compared instead,
    every paragraph and every cell of the source, in order."""
    import pdfplumber

    with pdfplumber.open(src.output) as pdf:
        text = " ".join(p.extract_text() or "" for p in pdf.pages)
    text = " ".join(text.replace("\u00a0", " ").split())
    text = re.sub(r"(?<=\w)- (?=\w)", "-", text)  # a line broken after a hyphen
    words = set(re.split(r"[\s-]+", text))
    pos = 0
    for kind, body in src.items:
        if kind == "table":  # a narrow column wraps its cells: their words, anywhere
            for cell in (c for row in body for c in row if c not in ("<", "^")):
                missing = [w for w in re.split(r"[\s\u00a0-]+", cell) if w and w not in words]
                assert not missing, f"{src.output.name}: cell '{cell}' lacks {missing}"
            continue
        piece = " ".join(body.replace("\u00a0", " ").split())
        if piece:
            at = text.find(piece, pos)
            assert at >= 0, f"{src.output.name}: '{piece[:60]}' not found after position {pos}"
            pos = at + len(piece)
