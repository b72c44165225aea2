"""Generate SYNTHETIC library activity reports, with their gold.

Run from the repository root::

    python corpus/generate.py                      # the committed set: corpus/synthetic/ + corpus/gold/
    python corpus/generate.py --out /tmp/big --count 200 --formats txt,docx,pdf

Without ``--count`` the committed set is regenerated: six short reports of
the Balkhash city library system for 2016-H1 .. 2019-H1 (the seed, the one
real report, is 2018-H1), in Kazakh and Russian, as .txt, .docx, a
text-layer .pdf and a scanned-and-OCR'd .pdf, with the inconsistencies
listed in docs/corpus.md planted on purpose.  Their figures are anchored to
the seed's hand-made gold (``corpus/gold/000_*.facts.json`` and
``.event_stats.json``; synth/anchor.py): every figure the seed states --
its own 2018-H1 ones and its 2017-H1 comparison figures -- is what the
synthetic series states too, so the seed and the synthetic reports ingested
together disagree only where a plant says so.  With ``--count N`` it makes N
long reports (about 15 pages each) of four fictional library systems
(Kazakh, Russian, bilingual; synth/others.py), annual, nine-month, half-year
and quarterly, in the formats asked for, in turn, worded from the phrase
bank synth/phrases.py (which, like every module here, reads nothing of
esep's vocabularies) and with a ``.metadata.json`` gold besides.
The same ``--seed`` gives the same files: .txt and .docx byte for byte, the
PDFs too as long as LibreOffice and Tesseract are the same versions.

Formats: ``txt`` (Word's plain-text export), ``docx``, ``pdf`` (LibreOffice
from the .docx) and ``ocr`` (that PDF's pages rendered, degraded and given
Tesseract's text layer; needs ``tesseract`` with kaz and rus data).

Gold goes to ``corpus/gold/`` for the committed set and to ``OUT/gold/``
otherwise: ``<stem>.facts.json``, ``.event_stats.json``, ``.checks.json``,
``.citations.json`` per report and ``synthetic_corpus.json`` for the corpus.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import json
import logging
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from synth import anchor as an  # noqa: E402
from synth import gold as gd  # noqa: E402
from synth import lexicon as lx  # noqa: E402
from synth.model import Period, Plant, Report, ReportSpec, build_report, column_total, simulate  # noqa: E402
from synth.render import Doc, render  # noqa: E402
from synth import others as ot  # noqa: E402
from synth import others_corpus as oc  # noqa: E402
from synth import writers  # noqa: E402
from synth.writers import convert_to_pdf, pdf_pages, write_docx, write_txt  # noqa: E402

log = logging.getLogger("corpus.generate")

DEFAULT_OUT = HERE / "synthetic"
DEFAULT_GOLD = HERE / "gold"
DEFAULT_SEED = "esep-synthetic-1"
#: the one real report, whose gold the Balkhash series is anchored to (synth/anchor.py)
SEED_STEM = "000_70fe3c6eccae0b92"
ANCHORED_LIBRARY = "balkhash"
#: txt: Word's plain-text export; docx: Word; pdf: text-layer PDF (LibreOffice);
#: ocr: a scanned-looking PDF with Tesseract's text layer (LibreOffice + Tesseract), written as .pdf
FORMATS = ("txt", "docx", "pdf", "ocr")
SUFFIX = {"txt": "txt", "docx": "docx", "pdf": "pdf", "ocr": "pdf"}


def write_pdfs(to_pdf: list, tmp: Path) -> None:
    """Convert the .docx files of ``to_pdf`` ([(made report, docx path)]) to
    PDF in one LibreOffice run, OCR'd for the reports asked in format ``ocr``,
    and record each report's page count."""
    if not to_pdf:
        return
    pdf_dir = tmp / "pdf"
    pdf_dir.mkdir()
    pdfs = convert_to_pdf([src for _, src in to_pdf], pdf_dir)
    for (m, _), pdf in zip(to_pdf, pdfs):
        if m.spec.fmt == "ocr":
            writers.ocr_pdf(pdf, m.path)
        else:
            m.path.write_bytes(pdf.read_bytes())
        m.pages = pdf_pages(m.path)


def P(code: str) -> Period:
    return Period.parse(code)


def default_specs() -> list[ReportSpec]:
    """The committed set (docs/corpus.md describes it)."""
    return [
        ReportSpec("balkhash", P("2016-H1"), "ru", "docx", P("2015-H1"), fund_rows=True, budget_table=True,
                   plans=True, spaced=True, order=0, plants=[Plant("article_count", "media.articles", 2)]),
        ReportSpec("balkhash", P("2016-H2"), "ru", "ocr", P("2015-H2"), fund_rows=False, budget_table=False,
                   plans=False, spaced=True, order=2),
        ReportSpec("balkhash", P("2017-H1"), "kk", "txt", P("2016-H1"), fund_rows=False, budget_table=True,
                   plans=False, order=0, plants=[Plant("prior_mismatch", "catalog.records", 396)]),
        ReportSpec("balkhash", P("2017"), "kk", "pdf", P("2016"), fund_rows=False, budget_table=False,
                   plans=True, order=1, plants=[Plant("event_total", "events.actual", 9, 214)]),
        ReportSpec("balkhash", P("2018-H2"), "kk", "docx", P("2017-H2"), fund_rows=False, periodicals=False,
                   budget_table=False, plans=False, spaced=True, order=1),
        ReportSpec("balkhash", P("2019-H1"), "kk", "txt", P("2018-H2"), fund_rows=True, budget_table=True,
                   plans=False, order=2, plants=[Plant("prior_mismatch", "fund.end", 162)]),
    ]


@dataclass
class Made:
    spec: ReportSpec
    report: Report
    doc: Doc
    path: Path
    pages: int | None = None  # known for PDFs


def created_at(p: Period) -> _dt.datetime:
    end = p.end_date
    return _dt.datetime(end.year, end.month, 10, 9, 0, 0)


def _plant_records(reports: list[Report], stems: dict[tuple[str, str], str]) -> list[dict]:
    out = []
    for r in reports:
        s, lib = r.spec, r.spec.library
        for period in r.repeated_totals:
            which = "prior" if period == s.compare.code else "current"
            tot = r.total_prior if which == "prior" else r.total_current
            col = column_total(r.rows, which)
            fields = [f for f in ("actual", "participants") if getattr(tot, f) != getattr(col, f)]
            out.append({"kind": "repeated_total", "document": s.stem, "library": lib, "period": period,
                        "metrics": [f"events.{f}" for f in fields],
                        "stated": {f: getattr(tot, f) for f in fields},
                        "column_sum": {f: getattr(col, f) for f in fields},
                        "original_document": stems.get((lib, period)),
                        "checks": [f"event_totals[{period}].{f}" for f in fields], "conflict": False})
        for pl in s.plants:
            rec = {"kind": pl.kind, "document": s.stem, "library": lib}
            if pl.kind == "article_count":
                rec.update(period=s.period.code, metrics=["media.articles"], stated=r.articles_stated,
                           listed=len(r.own.articles), checks=["count_listed[media.articles]"], conflict=False)
            elif pl.kind == "event_total":
                p = s.period.code
                rec.update(period=p, metrics=["events.actual", "events.participants"],
                           stated={"actual": r.total_current.actual, "participants": r.total_current.participants},
                           column_sum={"actual": r.total_current.actual - pl.delta,
                                       "participants": r.total_current.participants - pl.delta2},
                           checks=[f"event_totals[{p}].actual", f"event_totals[{p}].participants"], conflict=False)
            else:
                c = s.compare.code
                original = stems.get((lib, c))
                metrics = [pl.metric] + (["fund.withdrawn"] if pl.metric == "fund.end" else [])
                values = {"catalog.records": r.prior.catalog, "media.articles": r.prior_articles_stated,
                          "fund.end": r.prior.fund["end"],
                          "bibliography.virtual_references": r.prior.virtual_refs}
                rec.update(period=c, metrics=metrics, stated=values[pl.metric],
                           original=values[pl.metric] - pl.delta, original_document=original,
                           conflict=original is not None,
                           checks=["fund_continuity"] if pl.metric == "fund.end" and s.fund_rows
                           and s.compare == s.period.previous() else [])
            out.append(rec)
    return out


def _load(path: Path):
    return json.loads(path.read_text(encoding="utf-8"))


def _dump(obj, path: Path) -> None:
    path.write_text(json.dumps(obj, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def load_anchor(library: str) -> an.Anchor | None:
    """The seed's gold, for the library system the seed is a report of."""
    return an.load(DEFAULT_GOLD, SEED_STEM) if library == ANCHORED_LIBRARY else None


def generate(out: Path, gold_dir: Path, count: int | None = None, seed: str = DEFAULT_SEED,
             formats: list[str] | None = None, specs: list[ReportSpec] | None = None) -> list[Made]:
    """Write the reports of ``specs`` (default: the committed set, or with
    ``count`` the benchmark's) and their gold.  The Balkhash series is
    anchored to the seed's gold; the benchmark's library systems are not."""
    formats = list(formats or FORMATS)
    for f in formats:
        if f not in FORMATS:
            raise SystemExit(f"--formats: unknown format {f!r}; use some of {', '.join(FORMATS)}")
    if specs is not None:
        specs = list(specs)
    elif count is None:
        specs = default_specs()
        for s in specs:
            if s.fmt not in formats:
                s.fmt = "pdf" if s.fmt == "ocr" and "pdf" in formats else formats[0]
    else:
        return generate_others(out, gold_dir, count, seed, formats)
    if any(s.fmt == "ocr" for s in specs):
        missing = writers.ocr_available()
        if missing:
            raise SystemExit(f"--formats ocr: {missing}; or leave ocr out (--formats txt,docx,pdf)")
    out.mkdir(parents=True, exist_ok=True)
    gold_dir.mkdir(parents=True, exist_ok=True)
    anchors = {lib: a for lib in sorted({s.library for s in specs}) if (a := load_anchor(lib))}
    truths = {}
    for lib in sorted({s.library for s in specs}):
        a = anchors.get(lib)
        truths[lib] = simulate(lx.LIBRARIES[lib], seed, long=count is not None, units=a.units if a else None)
        if a:
            an.apply(truths[lib], a, lx.LIBRARIES[lib], seed)
    plants_of: dict[str, dict[str, list[Plant]]] = {}
    for s in specs:
        plants_of.setdefault(s.library, {})[s.period.code] = s.plants
    reports = [build_report(s, truths[s.library], plants_of[s.library],
                            anchors[s.library].stated_totals if s.library in anchors else None) for s in specs]
    made: list[Made] = []
    to_pdf: list[tuple[Made, Path]] = []
    with tempfile.TemporaryDirectory() as tmp:
        for k, r in enumerate(reports):
            doc = render(r, seed)
            s = r.spec
            path = out / f"{s.stem}.{SUFFIX[s.fmt]}"
            m = Made(s, r, doc, path)
            heading_styles = k % 2 == 1
            if s.fmt == "txt":
                write_txt(doc, path)
            elif s.fmt == "docx":
                write_docx(doc, path, created_at(s.period), heading_styles)
            else:
                src = write_docx(doc, Path(tmp) / f"{s.stem}.docx", created_at(s.period), heading_styles)
                to_pdf.append((m, src))
            made.append(m)
        write_pdfs(to_pdf, Path(tmp))
    stems = {(r.spec.library, r.period.code): r.spec.stem for r in reports}
    external = []
    for lib, a in anchors.items():
        stems.setdefault((lib, a.own), a.document)
        external.append({"stem": a.document, "library": lib, "period": a.own,
                         "facts": _load(DEFAULT_GOLD / f"{a.document}.facts.json")["records"],
                         "stats": _load(DEFAULT_GOLD / f"{a.document}.event_stats.json")["records"]})
    facts_of, stats_of = {}, {}
    for r in reports:
        stem = r.spec.stem
        facts_of[stem] = gd.facts(r)
        stats_of[stem] = gd.event_stats(r)
        note = (f"SYNTHETIC report written by corpus/generate.py (seed {seed!r}); the gold is what the generator "
                "wrote into the file.")
        _dump({"document": stem, "note": note, "metrics": gd.METRICS, "records": facts_of[stem]},
              gold_dir / f"{stem}.facts.json")
        _dump({"document": stem, "note": note, "records": stats_of[stem]}, gold_dir / f"{stem}.event_stats.json")
        _dump({"document": stem, "note": note, "records": gd.checks(r)}, gold_dir / f"{stem}.checks.json")
        _dump({"document": stem, "note": note, "records": gd.citations(r)}, gold_dir / f"{stem}.citations.json")
    plants = _plant_records(reports, stems)
    corpus = gd.corpus_gold(reports, facts_of, stats_of, plants, external)
    note = ("SYNTHETIC corpus written by corpus/generate.py; 'timeline' holds each metric as the report of that "
            "period states it; 'conflicts' every figure two reports state differently; 'plants' every "
            "inconsistency planted on purpose.")
    if anchors:
        note += (" The Balkhash series is anchored to the seed's gold ('anchor'): the seed counts as one more "
                 "report in 'timeline' and 'conflicts', and 'shared' lists every figure it and a synthetic "
                 "report both state (equal by construction).")
    corpus = {"note": note, "seed": seed, "documents": [m.path.name for m in made], **corpus, "plants": plants}
    if anchors:
        corpus["anchor"] = [an.describe(a) for a in anchors.values()]
    _dump(corpus, gold_dir / "synthetic_corpus.json")
    return made


def _write_docs(made: list[Made], tmp: str) -> None:
    """Write each report in its format (PDFs through LibreOffice, together)."""
    to_pdf: list[tuple[Made, Path]] = []
    for k, m in enumerate(made):
        heading_styles = k % 2 == 1
        if m.spec.fmt == "txt":
            write_txt(m.doc, m.path)
        elif m.spec.fmt == "docx":
            write_docx(m.doc, m.path, created_at(m.spec.period), heading_styles)
        else:
            src = write_docx(m.doc, Path(tmp) / f"{m.spec.stem}.docx", created_at(m.spec.period), heading_styles)
            to_pdf.append((m, src))
    write_pdfs(to_pdf, Path(tmp))


def generate_others(out: Path, gold_dir: Path, count: int, seed: str, formats: list[str]) -> list[Made]:
    """``count`` long reports of four other library systems, worded from the
    phrase bank (synth/phrases.py, synth/others.py), with their gold: facts,
    event_stats, checks, citations and metadata per report, and
    ``synthetic_corpus.json``."""
    specs = ot.specs(count, seed, formats)
    if any(s.fmt == "ocr" for s in specs):
        missing = writers.ocr_available()
        if missing:
            raise SystemExit(f"--formats ocr: {missing}; or leave ocr out (--formats txt,docx,pdf)")
    out.mkdir(parents=True, exist_ok=True)
    gold_dir.mkdir(parents=True, exist_ok=True)
    truths = {key: ot.simulate(key, seed) for key in sorted({s.library for s in specs})}
    plants_of: dict[str, dict[str, list]] = {}
    for s in specs:
        plants_of.setdefault(s.library, {})[s.period.code] = s.plants
    built = [ot.build(s, truths[s.library], seed, plants_of[s.library]) for s in specs]
    made = [Made(b.spec, b, b.doc, out / f"{b.spec.stem}.{SUFFIX[b.spec.fmt]}") for b in built]
    with tempfile.TemporaryDirectory() as tmp:
        _write_docs(made, tmp)
    note = (f"SYNTHETIC report written by corpus/generate.py --count (seed {seed!r}), worded from the phrase bank "
            "corpus/synth/phrases.py; the gold is what the generator wrote into the file.")
    for b in built:
        stem = b.spec.stem
        metrics = sorted({f["metric"] for f in b.facts if f["metric"]})
        _dump({"document": stem, "note": note, "metrics": metrics, "records": b.facts},
              gold_dir / f"{stem}.facts.json")
        _dump({"document": stem, "note": note, "records": b.stats}, gold_dir / f"{stem}.event_stats.json")
        _dump({"document": stem, "note": note, "records": b.checks}, gold_dir / f"{stem}.checks.json")
        _dump({"document": stem, "note": note, "records": b.citations}, gold_dir / f"{stem}.citations.json")
        _dump({"document": stem, "note": note, **b.metadata}, gold_dir / f"{stem}.metadata.json")
    corpus = oc.corpus_gold(built)
    note = ("SYNTHETIC corpus of other library systems written by corpus/generate.py --count; 'timeline' holds "
            "each metric of each library system as the report of that period states it; 'conflicts' every "
            "figure two reports of one library system state differently; 'plants' every inconsistency planted "
            "on purpose.")
    _dump({"note": note, "seed": seed, "documents": [m.path.name for m in made],
           "organizations": oc.organizations(), **corpus, "plants": oc.plant_records(built)},
          gold_dir / "synthetic_corpus.json")
    return made


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Generate SYNTHETIC library reports with gold.")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="where the reports go (default corpus/synthetic)")
    ap.add_argument("--gold", type=Path, default=None,
                    help="where the gold goes (default corpus/gold for the default --out, else OUT/gold)")
    ap.add_argument("--count", type=int, default=None,
                    help="make COUNT long reports of four other library systems (worded from the phrase bank "
                         "synth/phrases.py) instead of the committed set")
    ap.add_argument("--seed", default=DEFAULT_SEED, help="random seed (same seed, same corpus)")
    ap.add_argument("--formats", default=None,
                    help="comma-separated, taken in turn: txt,docx,pdf,ocr (ocr needs Tesseract); "
                         "default all four for the committed set, txt,docx,pdf with --count")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    gold_dir = args.gold or (DEFAULT_GOLD if args.out.resolve() == DEFAULT_OUT.resolve() else args.out / "gold")
    chosen = args.formats or (",".join(FORMATS) if args.count is None else "txt,docx,pdf")
    formats = [f.strip() for f in chosen.split(",") if f.strip()]
    made = generate(args.out, gold_dir, args.count, str(args.seed), formats)
    total_pages = 0
    for m in made:
        pages = m.pages or estimate_pages(m)
        total_pages += pages
        log.info("%-45s %8d bytes  %3d pages%s", m.path.name, m.path.stat().st_size, pages,
                 "" if m.pages else " (estimated)")
    log.info("%d reports, about %d pages; gold in %s", len(made), total_pages, gold_dir)
    return 0


def estimate_pages(m: Made) -> int:
    """Pages the report would fill as a PDF: about 3,300 characters of prose
    a page, and a table row about as much as a line."""
    from synth.render import ListItem, TableSpec

    chars = 0
    for item in m.doc.items:
        if isinstance(item, TableSpec):
            chars += item.n_rows * 110
        elif isinstance(item, ListItem):
            chars += len(item.text) + 40
        else:
            chars += len(item.text) + 60
    return max(1, round(chars / 3300))


if __name__ == "__main__":
    sys.exit(main())
