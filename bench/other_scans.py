"""The reports of other library systems (``corpus/other/``), scanned.

    python bench/other_scans.py [--cache DIR] [--half dev|eval|both]

Each report is written as .docx from its source (``corpus/other/build.py``),
converted to PDF by LibreOffice and rendered with pypdfium2 in two ways, as
image-only PDFs (no text layer: esep runs Tesseract itself):

* ``s300``: 300 dpi, black and white (what a flat-bed scanner gives);
* ``s200``: 200 dpi in grey, skewed under a degree, noise, blur, JPEG
  quality 35 (``corpus/build_ocr_variants.degrade``, seeded);
* ``p200``: 200 dpi in grey, lit unevenly as a photograph or a scan with a
  shadow is (``corpus/build_ocr_variants.uneven_light``, seeded), JPEG
  quality 50.

Both sets are ingested by ``esep ingest`` (OCR repair on, as by default)
and scored by ``esep eval`` against the reports' hand-made gold. The
development half is printed per report; the evaluation half only as the
mean over its reports (its misses are not for reading: see
corpus/other/README.md). The scans and esep's OCR cache are kept under the
cache folder (``bench/.cache/other_scans``), so a second run is quick.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import zlib
from collections import defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "corpus" / "other"), str(ROOT / "corpus")]

import build as other_build  # noqa: E402  corpus/other/build.py
import build_ocr_variants as variants  # noqa: E402

KINDS = ("facts", "event_stats", "metadata", "citations", "checks")


def build(half: str, cache: Path) -> dict[str, Path]:
    """The scan folders of one half, built once."""
    out = {name: cache / half / name for name in ("s300", "s200", "p200")}
    for d in out.values():
        d.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(20261204)
    for src in other_build.sources():
        if src.half != half:
            continue
        want = {name: d / f"{src.stem}.pdf" for name, d in out.items()}
        missing = {name for name, p in want.items() if not p.exists()}
        if "s200" not in missing:
            rng.random()  # the same draws whichever reports were built before
        if not missing:
            continue
        with tempfile.TemporaryDirectory() as td:
            docx = Path(td) / f"{src.stem}.docx"
            docx.write_bytes(other_build.render_docx(src))
            pdf = other_build.convert_to_pdf(docx, Path(td) / f"{src.stem}.pdf")
            if "s300" in missing:
                pages = variants.render_pages(pdf, 300)
                variants.write_image_pdf([(variants.binarize(p), None) for p in pages], 300, want["s300"])
            if "s200" in missing:
                pages = [variants.degrade(p, rng) for p in variants.render_pages(pdf, 200)]
                variants.write_image_pdf([(p, variants._jpeg_bytes(p, 200, 35)) for p in pages], 200, want["s200"])
            if "p200" in missing:
                own = np.random.default_rng(zlib.crc32(src.stem.encode()))
                pages = [variants.uneven_light(p, own) for p in variants.render_pages(pdf, 200)]
                variants.write_image_pdf([(p, variants._jpeg_bytes(p, 200, 50)) for p in pages], 200, want["p200"])
        print(f"  scanned {src.stem}", flush=True)
    return out


def score(folder: Path, cache: Path) -> list[dict]:
    db = folder.with_suffix(".db")
    for old in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
        old.unlink(missing_ok=True)  # a journal left beside a new database would be replayed into it
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    esep = [sys.executable, "-m", "esep"]
    subprocess.run(esep + ["ingest", str(folder), "--db", str(db), "--set", f"cache_dir={cache / 'esep'}"],
                   check=True, env=env, capture_output=True)
    got = subprocess.run(esep + ["eval", "--db", str(db), "--gold", str(ROOT / "corpus" / "gold"), "--json"],
                         check=True, env=env, capture_output=True, text=True)
    return json.loads(got.stdout)


def means(rows: list[dict]) -> dict[str, tuple[float, float]]:
    by = defaultdict(list)
    for r in rows:
        by[r["kind"]].append((r["precision"], r["recall"]))
    return {k: (sum(p for p, _ in v) / len(v), sum(r for _, r in v) / len(v)) for k, v in by.items()}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cache", type=Path, default=ROOT / "bench" / ".cache" / "other_scans")
    ap.add_argument("--half", choices=("dev", "eval", "both"), default="both")
    args = ap.parse_args(argv)
    halves = ("dev", "eval") if args.half == "both" else (args.half,)
    for half in halves:
        for name, folder in build(half, args.cache).items():
            rows = score(folder, args.cache)
            m = means(rows)
            line = "  ".join(f"{k} {m[k][0]:.3f}/{m[k][1]:.3f}" for k in KINDS if k in m)
            print(f"{half} {name}: {len({r['document'] for r in rows})} reports  {line}  (P/R)", flush=True)
            if half == "dev":
                for r in rows:
                    if r["f1"] < 1.0:
                        print(f"    {r['kind']:12} {r['document']:44} P {r['precision']:.3f} R {r['recall']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
