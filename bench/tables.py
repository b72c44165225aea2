"""The table benchmark: esep beside camelot and bare pdfplumber on the
public table test PDFs in ``tests/fixtures/tables/`` (camelot's and dedoc's,
with the cells their own test suites expect; see the README there).

    python bench/tables.py [--half dev|eval|heldout|all] [--every-case] [--camelot PYTHON] [--json FILE]

The metric, per case: **position-exact cell accuracy**.  The expected table
is a grid of cell texts; a cell is scored when the expected text is not
empty (``null`` marks a cell the source suite does not state).  A tool's
table is a grid too; a merged cell's text stands at every position it
covers.  Texts are compared after whitespace normalization (runs of spaces
and line breaks become one space, ends stripped).  The tool's table is laid
over the expected grid at one row and column offset for the whole table (a
tool may or may not take a title line above the table as a row); the offset
and the table (of those the tool finds on the case's page; of esep's tables
running over pages, their cells on that page) that match most cells are
taken.  Accuracy = matched cells / scored cells; a case without a
table found scores 0.  The figure is the mean over cases.

The cases come in three halves: ``dev`` (rules are written looking at
them), ``eval`` (split off before esep was run on any case) and
``heldout`` (cases added later from the same suites, files esep was never
developed on; only their mean is read).  Per-case figures are printed for
the development cases only unless ``--every-case`` is given.  Besides the
means of each half it prints ``dev-suite`` (the 15 development cases of
camelot and dedoc), ``dev-icdar`` (the 132 ICDAR 2013 development cases
added later), ``dev-icdar-2`` (43 of them, from the PDFs in
``ICDAR_LATER``), ``dev-icdar-3`` (the 16 added last, from the PDFs in
``ICDAR_THIRD``), ``dev-tabula`` (the 7 cases of tabula-java's tests), ``dev-others`` (the
8 cases of pdfplumber's and tabula-py's tests), ``dev-docling`` (the 8
tables of docling's test PDFs), ``dev-reports`` (tables as library reports
draw them in Word and save as PDF, made by
``tests/fixtures/tables/make_report_tables.py``; not in ``dev``, whose
figure stays comparable with earlier rounds), ``dev-tabula-ext`` (the
tables tabula-extractor's tests expect, made by
``tests/fixtures/tables/tabula_extractor/make_cases.py``; not in ``dev``
either), ``dev-gmft`` and ``heldout-gmft`` (the tables gmft's tests expect,
journal articles' pages, made by ``tests/fixtures/tables/gmft/make_cases.py``;
``heldout`` stays camelot's three), ``dev-pypdfparser`` and
``heldout-pypdfparser`` (the tables py-pdf-parser's tests expect, made by
``tests/fixtures/tables/py_pdf_parser/make_cases.py``; kept out of ``dev``
and ``heldout`` too), ``dev-img2table`` and ``heldout-img2table`` (the
tables img2table's PDF test expects, made by
``tests/fixtures/tables/img2table/make_cases.py``; kept out likewise),
``dev-markitdown`` and ``heldout-markitdown`` (the tables markitdown's PDF
table tests expect, made by ``tests/fixtures/tables/markitdown/make_cases.py``;
kept out likewise), ``dev-traprange`` and ``heldout-traprange`` (the tables
traprange's sample results hold, made by
``tests/fixtures/tables/traprange/make_cases.py``; kept out likewise),
``dev-pdfreader`` and ``heldout-pdfreader`` (the tables pdfreader's tests read,
made by ``tests/fixtures/tables/pdfreader/make_cases.py``; kept out likewise),
``dev-libpdf`` and ``heldout-libpdf`` (the tables libpdf's tests expect, made by
``tests/fixtures/tables/libpdf/make_cases.py``; kept out likewise),
``dev-pdfparse`` and ``heldout-pdfparse`` (the tables pdf-parse's table tests expect,
made by ``tests/fixtures/tables/pdf_parse/make_cases.py``; kept out likewise),
``dev-rows`` and ``heldout-rows`` (the tables the PDF tests of rows expect,
Brazilian government publications, made by
``tests/fixtures/tables/rows/make_cases.py``; kept out likewise),
``dev-spacy-huridocs`` and ``heldout-spacy-huridocs`` (the tables the tests of
spacy-layout and of huridocs' layout analysis service expect, one each, split
together, made by ``tests/fixtures/tables/spacy_layout/make_cases.py`` and
``tests/fixtures/tables/huridocs/make_cases.py``; kept out likewise),
``dev-unstructured`` and ``heldout-unstructured`` (the tables of the hand-made
gold standard of unstructured's table evaluation, a preprint's ruled and
unruled tables, made by ``tests/fixtures/tables/unstructured/make_cases.py``;
kept out likewise), ``dev-parsr`` and ``heldout-parsr`` (the tables Parsr's
table tests expect, an annual statistics table ruled with headers over two
rows and a railway ticket's boxes, made by
``tests/fixtures/tables/parsr/make_cases.py``; kept out likewise),
``dev-opendataloader`` and ``heldout-opendataloader`` (the tables of
opendataloader-pdf's sample PDFs: the row its test of an income statement
asserts, and the tables the structure tags of the PDF/UA reference
documents it ships state, made by
``tests/fixtures/tables/opendataloader/make_cases.py``; kept out likewise),
``dev-tabulapdf`` and ``heldout-tabulapdf`` (the tables of the example PDF
tabulizer's tests read, typeset by LaTeX, with the cells of the LaTeX
source beside it, made by ``tests/fixtures/tables/tabulapdf/make_cases.py``;
kept out likewise),
``dev-old`` (the 131 development cases of the round before the last two
groups were added) and ``dev+eval`` (camelot's and dedoc's 27 cases,
without the ICDAR ones: comparable with earlier rounds).

Each tool runs with its default settings: esep's PDF loader; camelot's
``read_pdf`` with its default flavor ("lattice", column ``camelot``) and
with ``flavor="hybrid"`` (``camelot_hybrid``, for unruled tables) in its own interpreter given by
``--camelot`` (a virtualenv with ``pip install camelot-py``), skipped when
absent; pdfplumber's ``extract_tables()``.  Besides accuracy it counts, for
esep, expected cells found reversed ("7928" for "8297") or transposed (the
text of (r, c) at (c, r)): these must stay 0.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "tables"

Grid = list[list[str]]

#: the ICDAR 2013 PDFs whose cases were added last (above 62 kB, up to 102 kB)
ICDAR_LATER = {f"icdar2013/{n}.pdf" for n in (
    "eu-001", "eu-004", "eu-015", "eu-020", "eu-022", "eu-024",
    "us-013", "us-014", "us-023", "us-024", "us-025")}
#: the ICDAR 2013 PDFs of the third batch (above 102 kB, up to 130 kB)
ICDAR_THIRD = {f"icdar2013/{n}.pdf" for n in (
    "us-010", "eu-023", "us-031a", "us-017", "us-020", "us-021", "eu-002")}
#: the suites of the development cases added the round before: pdfplumber's and tabula-py's tests
OTHER_SUITES = {"pdfplumber", "tabula-py"}


def norm(text: Any) -> str:
    return " ".join(str(text or "").split())


def _best(expected: list[list[str | None]], grids: list[Grid]) -> tuple[int, dict, tuple[int, int]]:
    want = {(r, c): norm(v) for r, row in enumerate(expected) for c, v in enumerate(row)
            if v is not None and norm(v)}
    best: tuple[int, dict, tuple[int, int]] = (0, {}, (0, 0))
    for g in grids:
        have = {(r, c): norm(v) for r, row in enumerate(g) for c, v in enumerate(row) if norm(v)}
        # the offsets at which some cell matches: only these can be the best
        by_text: dict[str, list[tuple[int, int]]] = {}
        for pos, v in have.items():
            by_text.setdefault(v, []).append(pos)
        offsets = {(r - hr, c - hc) for (r, c), v in want.items() for hr, hc in by_text.get(v, [])}
        for dr, dc in offsets:
            n = sum(1 for (r, c), v in want.items() if have.get((r - dr, c - dc)) == v)
            if n > best[0]:
                best = (n, have, (dr, dc))
    return best


def score(expected: list[list[str | None]], grids: list[Grid]) -> tuple[int, int]:
    """(matched, scored) for the best table and offset."""
    n = sum(1 for row in expected for v in row if v is not None and norm(v))
    return _best(expected, grids)[0], n


def faults(expected: list[list[str | None]], grids: list[Grid]) -> tuple[int, int]:
    """Expected cells found reversed at their place in the best-matching
    table, and expected cells that match only once the tables are
    transposed (the matches gained by transposing)."""
    n, have, (dr, dc) = _best(expected, grids)
    def bare(text: str | None) -> str:
        return "".join(str(text or "").split())
    # reversed letters, whether or not the reversed words kept their spaces
    rev = sum(1 for r, row in enumerate(expected) for c, v in enumerate(row)
              if v is not None and len(bare(v)) >= 2 and bare(v)[::-1] != bare(v)
              and bare(have.get((r - dr, c - dc))) == bare(v)[::-1])
    flipped = [[list(col) for col in zip(*g)] for g in grids if g and all(len(r) == len(g[0]) for r in g)]
    return rev, max(0, _best(expected, flipped)[0] - n)


def esep_grids(path: Path, page: int | None) -> list[Grid]:
    from esep.plugins.pdf.loader import load
    from esep.registry import Config
    doc = load(path, Config(ocr="off"))
    out = []
    for t in doc.tables:
        # a table running over pages is found on each of them: on the case's
        # page, its cells there (a header repeated at the page's top is not
        # a row of it, the page before's rows are not the page's)
        cells = [c for c in t.cells if page is None or (c.provenance and c.provenance.page == page)]
        if cells:
            out.append(cells_grid(cells))
    return out


def cells_grid(cells: list[Any]) -> Grid:
    n_rows = max((c.row + c.row_span for c in cells), default=0)
    n_cols = max((c.col + c.col_span for c in cells), default=0)
    g = [[""] * n_cols for _ in range(n_rows)]
    for c in cells:
        for r in range(c.row, c.row + c.row_span):
            for k in range(c.col, c.col + c.col_span):
                g[r][k] = c.text
    return g


def pdfplumber_grids(path: Path, page: int | None) -> list[Grid]:
    import pdfplumber
    out = []
    with pdfplumber.open(path) as pdf:
        for i, p in enumerate(pdf.pages, 1):
            if page is None or i == page:
                out += [[[v or "" for v in row] for row in t] for t in p.extract_tables()]
    return out


CAMELOT_RUNNER = """
import json, sys, camelot
jobs = json.load(sys.stdin)
out = {}
for flavor in ("lattice", "hybrid"):
    out[flavor] = []
    for path, page in jobs:
        try:
            ts = camelot.read_pdf(path, pages=str(page) if page else "all", flavor=flavor)
            out[flavor].append([t.df.values.tolist() for t in ts])
        except Exception as e:
            out[flavor].append("error: %s" % e)
print(json.dumps(out))
"""


def camelot_grids(python: str, jobs: list[tuple[str, int | None]]) -> dict[str, list[list[Grid] | str]] | None:
    try:
        run = subprocess.run([python, "-c", CAMELOT_RUNNER], input=json.dumps(jobs), capture_output=True,
                             text=True, timeout=1800, check=False)
    except (OSError, subprocess.TimeoutExpired) as e:
        print(f"camelot not run: {e}", file=sys.stderr)
        return None
    if run.returncode:
        last = run.stderr.strip().splitlines()[-1:] or ["exit status %d" % run.returncode]
        print("camelot not run: " + last[0], file=sys.stderr)
        return None
    return json.loads(run.stdout.strip().splitlines()[-1])


def load_cases(half: str = "all") -> list[dict[str, Any]]:
    cases = json.loads((FIXTURES / "cases.json").read_text(encoding="utf-8"))["cases"]
    return [c for c in cases if half == "all" or c["half"] == half]


def group_means(cases: list[dict[str, Any]], rows: list[dict[str, Any]], tools: list[str]) -> dict[str, dict[str, Any]]:
    """Each group's mean of each tool's figure over the rows (one per case) in it, and its number of cases."""
    summary: dict[str, dict[str, Any]] = {}
    icdar = {c["id"] for c in cases if c.get("source") == "icdar2013"}
    icdar_later = {c["id"] for c in cases if c["file"] in ICDAR_LATER}
    icdar_third = {c["id"] for c in cases if c["file"] in ICDAR_THIRD}
    tabula = {c["id"] for c in cases if c.get("source") == "tabula"}
    others = {c["id"] for c in cases if c.get("source") in OTHER_SUITES}
    docling = {c["id"] for c in cases if c.get("source") == "docling"}
    reports = {c["id"] for c in cases if c.get("source") == "reports"}
    extractor = {c["id"] for c in cases if c.get("source") == "tabula-extractor"}
    gmft = {c["id"] for c in cases if c.get("source") == "gmft"}
    pypdfparser = {c["id"] for c in cases if c.get("source") == "py-pdf-parser"}
    img2table = {c["id"] for c in cases if c.get("source") == "img2table"}
    markitdown = {c["id"] for c in cases if c.get("source") == "markitdown"}
    traprange = {c["id"] for c in cases if c.get("source") == "traprange"}
    pdfreader = {c["id"] for c in cases if c.get("source") == "pdfreader"}
    libpdf = {c["id"] for c in cases if c.get("source") == "libpdf"}
    pdfparse = {c["id"] for c in cases if c.get("source") == "pdf-parse"}
    rows_suite = {c["id"] for c in cases if c.get("source") == "rows"}
    spacy_huridocs = {c["id"] for c in cases if c.get("source") in ("spacy-layout", "huridocs")}
    unstructured = {c["id"] for c in cases if c.get("source") == "unstructured"}
    parsr = {c["id"] for c in cases if c.get("source") == "parsr"}
    odl = {c["id"] for c in cases if c.get("source") == "opendataloader"}
    tabulapdf = {c["id"] for c in cases if c.get("source") == "tabulapdf"}
    later = (gmft | pypdfparser | img2table | markitdown | traprange | pdfreader | libpdf | pdfparse | rows_suite
             | spacy_huridocs | unstructured | parsr | odl | tabulapdf)   # suites added later, by halves
    apart = reports | extractor | later   # kept out of ``dev``, so that it stays comparable
    groups = {
        "dev": lambda r: r["half"] == "dev" and r["id"] not in apart,
        "dev-suite": lambda r: r["half"] == "dev" and r["id"] not in icdar | tabula | others | docling | apart,   # the first 15
        "dev-icdar": lambda r: r["id"] in icdar,
        "dev-icdar-2": lambda r: r["id"] in icdar_later,
        "dev-icdar-3": lambda r: r["id"] in icdar_third,
        "dev-tabula": lambda r: r["id"] in tabula,
        "dev-others": lambda r: r["id"] in others,
        "dev-docling": lambda r: r["id"] in docling,
        "dev-reports": lambda r: r["id"] in reports,
        "dev-tabula-ext": lambda r: r["id"] in extractor,
        "dev-gmft": lambda r: r["id"] in gmft and r["half"] == "dev",
        "dev-old": lambda r: r["half"] == "dev" and r["id"] not in icdar_third | tabula | others | docling | apart,  # the 131 of before
        "eval": lambda r: r["half"] == "eval",
        "dev+eval": lambda r: r["half"] in ("dev", "eval") and r["id"] not in icdar | tabula | others | docling | apart,  # the first 27
        "dev-pypdfparser": lambda r: r["id"] in pypdfparser and r["half"] == "dev",
        "dev-img2table": lambda r: r["id"] in img2table and r["half"] == "dev",
        "dev-markitdown": lambda r: r["id"] in markitdown and r["half"] == "dev",
        "dev-traprange": lambda r: r["id"] in traprange and r["half"] == "dev",
        "dev-pdfreader": lambda r: r["id"] in pdfreader and r["half"] == "dev",
        "dev-libpdf": lambda r: r["id"] in libpdf and r["half"] == "dev",
        "dev-pdfparse": lambda r: r["id"] in pdfparse and r["half"] == "dev",
        "dev-rows": lambda r: r["id"] in rows_suite and r["half"] == "dev",
        "dev-spacy-huridocs": lambda r: r["id"] in spacy_huridocs and r["half"] == "dev",
        "dev-unstructured": lambda r: r["id"] in unstructured and r["half"] == "dev",
        "dev-parsr": lambda r: r["id"] in parsr and r["half"] == "dev",
        "dev-opendataloader": lambda r: r["id"] in odl and r["half"] == "dev",
        "dev-tabulapdf": lambda r: r["id"] in tabulapdf and r["half"] == "dev",
        "heldout": lambda r: r["half"] == "heldout" and r["id"] not in later,   # camelot's three
        "heldout-gmft": lambda r: r["half"] == "heldout" and r["id"] in gmft,
        "heldout-pypdfparser": lambda r: r["half"] == "heldout" and r["id"] in pypdfparser,
        "heldout-img2table": lambda r: r["half"] == "heldout" and r["id"] in img2table,
        "heldout-markitdown": lambda r: r["half"] == "heldout" and r["id"] in markitdown,
        "heldout-traprange": lambda r: r["half"] == "heldout" and r["id"] in traprange,
        "heldout-pdfreader": lambda r: r["half"] == "heldout" and r["id"] in pdfreader,
        "heldout-libpdf": lambda r: r["half"] == "heldout" and r["id"] in libpdf,
        "heldout-pdfparse": lambda r: r["half"] == "heldout" and r["id"] in pdfparse,
        "heldout-rows": lambda r: r["half"] == "heldout" and r["id"] in rows_suite,
        "heldout-spacy-huridocs": lambda r: r["half"] == "heldout" and r["id"] in spacy_huridocs,
        "heldout-unstructured": lambda r: r["half"] == "heldout" and r["id"] in unstructured,
        "heldout-parsr": lambda r: r["half"] == "heldout" and r["id"] in parsr,
        "heldout-opendataloader": lambda r: r["half"] == "heldout" and r["id"] in odl,
        "heldout-tabulapdf": lambda r: r["half"] == "heldout" and r["id"] in tabulapdf,
        "all": lambda r: True,
    }
    for half, keep in groups.items():
        sel = [r for r in rows if keep(r)]
        if sel:
            summary[half] = {t: round(sum(r[t] for r in sel) / len(sel), 3) for t in tools}
            summary[half]["cases"] = len(sel)
    return summary


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--half", choices=("dev", "eval", "heldout", "all"), default="all")
    ap.add_argument("--every-case", action="store_true",
                    help="print each case's figures for the evaluation and held-out cases too "
                         "(by default only their means: rules are written looking at development cases only)")
    ap.add_argument("--camelot", default=str(ROOT / "bench" / ".cache" / "camelot" / "bin" / "python"),
                    help="a Python with camelot-py installed (default bench/.cache/camelot, made with "
                         "`python -m venv bench/.cache/camelot && bench/.cache/camelot/bin/pip install camelot-py`); "
                         "skipped when missing")
    ap.add_argument("--json", type=Path, help="write every figure here")
    ap.add_argument("--case", help="only the cases whose id contains this (or one of these, comma-separated)")
    args = ap.parse_args(argv)
    cases = [c for c in load_cases(args.half) if not args.case or any(k in c["id"] for k in args.case.split(","))]
    cam = None
    if Path(args.camelot).exists():
        t0 = time.time()
        cam = camelot_grids(args.camelot, [(str(FIXTURES / c["file"]), c["page"]) for c in cases])
        cam_time = time.time() - t0
    rows = []
    for i, c in enumerate(cases):
        path = FIXTURES / c["file"]
        rec: dict[str, Any] = {"id": c["id"], "half": c["half"]}
        try:
            t0 = time.time()
            eg = esep_grids(path, c["page"])
            rec["esep_s"] = round(time.time() - t0, 2)
        except Exception as e:  # noqa: BLE001 - a failing case scores 0 and is reported
            eg, rec["esep_error"] = [], str(e)
        m, n = score(c["expected"], eg)
        rec["n"], rec["esep"] = n, m / n if n else 0.0
        rec["reversed"], rec["transposed"] = faults(c["expected"], eg)
        m, _ = score(c["expected"], pdfplumber_grids(path, c["page"]))
        rec["pdfplumber"] = m / n if n else 0.0
        for flavor, results in (cam or {}).items():
            got = results[i]
            name = "camelot" if flavor == "lattice" else "camelot_" + flavor
            rec[name] = score(c["expected"], got)[0] / n if isinstance(got, list) and n else 0.0
        rows.append(rec)
    tools = ["esep", "camelot", "camelot_hybrid", "pdfplumber"] if cam is not None else ["esep", "pdfplumber"]
    print(f"{'case':34} {'half':5} {'cells':>5} " + " ".join(f"{t[:10]:>10}" for t in tools) + "  rev/trans")
    for r in rows:
        if r["half"] != "dev" and not args.every_case:
            continue
        print(f"{r['id']:34} {r['half']:5} {r['n']:5d} " + " ".join(f"{r[t]:10.3f}" for t in tools)
              + f"  {r['reversed']}/{r['transposed']}" + (f"  ({r['esep_error']})" if "esep_error" in r else ""))
    summary = group_means(cases, rows, tools)
    for half, figures in summary.items():
        print(f"mean {half:9} ({figures['cases']:3d} cases) " + " ".join(f"{t} {figures[t]:.3f}" for t in tools))
    print(f"esep: reversed cells {sum(r['reversed'] for r in rows)}, transposed cells {sum(r['transposed'] for r in rows)}")
    if cam is None:
        print("camelot: not run (no interpreter with camelot-py at --camelot)")
    else:
        print(f"camelot took {cam_time:.0f} s")
    if args.json:
        args.json.write_text(json.dumps({"cases": rows, "summary": summary}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
