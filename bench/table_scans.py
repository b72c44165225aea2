"""The table benchmark on scans: the cases of ``bench/tables.py`` printed
and scanned "elsewhere", then read by esep as scans.

    python bench/table_scans.py [--half dev|eval|all] [--renderings NAME,...] [--cache DIR] [--json FILE]

Each case's page (``tests/fixtures/tables/cases.json``: camelot's, dedoc's,
tabula's and ICDAR 2013's PDFs with the cells their suites expect) is
rendered with pypdfium2 and written as a one-page PDF in the ways a scanner
or another OCR program leaves it:

* ``s300``: 300 dpi, black and white, image only (a flat-bed scanner);
* ``s200``: 200 dpi grey, skewed under a degree, noise, blur, JPEG quality
  35, image only (``corpus/build_ocr_variants.degrade``, seeded per case);
* ``t200psm6``: the ``s200`` image with an invisible text layer made by
  ``tesseract IMAGE OUT -l eng --psm 6 pdf`` (another program's OCR, in a
  mode that reads a row across its cells);
* ``b200`` (not run by default, so that the three figures above stay
  comparable; ``--renderings b200``): a sheet laid on the glass a little
  askew, 1 to 2 degrees, with the scanner's dark lid showing around it
  (``tilted``): 200 dpi grey, JPEG quality 50, image only.

esep's PDF loader reads each PDF as ``esep ingest`` does (``--ocr auto``:
image-only pages OCR'd by Tesseract, a text layer checked and kept or set
aside) and the tables it finds are scored as ``bench/tables.py`` scores them
(position-exact cell accuracy, the best table and offset; its ``score`` and
``cells_grid`` are imported, not copied).  A case whose page yields no table
scores 0.

Halves as in ``bench/tables.py``: development cases are printed one by one;
the evaluation cases only as their mean (``--half eval``; never looked at
case by case).  By default the development half is a fixed sample (every
case that is not ICDAR's, and every sixth ICDAR page: 47 cases when it was
made, 82 since the suites added later to the development half) to keep a
first run (OCR of each page in three renderings, one page at a time) near
half an hour on two cores; ``--all-dev`` takes every
development case.  esep's log is kept to errors while the evaluation cases
are read (its warnings name the file).

``--build-only`` makes the renderings and esep's OCR cache of a half and
scores nothing (the evaluation half's cache can be built ahead of its one
read).  Renderings, esep's OCR results (``--set cache_dir``) and the text layers are
cached under ``bench/.cache/table_scans`` (``--cache``), so a second run
only re-reads the cached OCR (seconds a case).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
import zlib
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "bench"), str(ROOT / "corpus")]

import build_ocr_variants as variants  # noqa: E402  corpus/build_ocr_variants.py
import tables as table_bench  # noqa: E402  bench/tables.py

RENDERINGS = ("s300", "s200", "t200psm6")
#: renderings measured only when asked for (added later: the figures of the three above stay comparable)
EXTRA_RENDERINGS = ("b200",)


def dev_sample(cases: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every non-ICDAR development case and the cases of every sixth ICDAR
    page (pages in file order), so a page's cases stay together."""
    pages = sorted({(c["file"], c["page"]) for c in cases if c.get("source") == "icdar2013"})
    keep = set(pages[::6])
    return [c for c in cases if c.get("source") != "icdar2013" or (c["file"], c["page"]) in keep]


def page_image(pdf: Path, page: int | None, dpi: int):
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(pdf))
    try:
        return doc[(page or 1) - 1].render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
    finally:
        doc.close()


def jpeg(img, dpi: int, quality: int) -> bytes:
    import io

    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality, dpi=(dpi, dpi))
    return buf.getvalue()


def tilted(img, rng):
    """A sheet laid on the scanner's glass a little askew: turned 1 to 2
    degrees, the dark lid (grey 30 to 60, uneven) showing in a margin of
    2 to 4 % of the page around it and in the corners the turn uncovers,
    sensor noise and a little blur."""
    from PIL import Image, ImageFilter

    w, h = img.size
    mx, my = int(w * rng.uniform(0.02, 0.04)), int(h * rng.uniform(0.02, 0.04))
    lid = float(rng.uniform(30, 60))
    angle = float(rng.uniform(1.0, 2.0)) * (1 if rng.random() < 0.5 else -1)
    sheet = Image.new("L", (w + 2 * mx, h + 2 * my), 0)
    sheet.paste(img, (mx, my))
    mask = Image.new("L", sheet.size, 0)
    mask.paste(255, (mx, my, mx + w, my + h))
    sheet = sheet.rotate(angle, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=0)
    mask = np.asarray(mask.rotate(angle, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=0),
                      dtype=np.float32) / 255.0
    paper = np.asarray(sheet, dtype=np.float32) * 0.9 + 18
    yy = np.linspace(0.0, 1.0, sheet.size[1])[:, None]
    dark = lid * (0.8 + 0.4 * yy) + np.zeros(paper.shape, dtype=np.float32)
    arr = paper * mask + dark * (1.0 - mask) + rng.normal(0.0, 4.0, paper.shape)
    out = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "L")
    return out.filter(ImageFilter.GaussianBlur(radius=0.7))


def build(case_file: str, page: int | None, rendering: str, cache: Path) -> Path:
    """The one-page scan of ``case_file``'s page in ``rendering``, made once."""
    key = f"{case_file.replace('/', '_').rsplit('.', 1)[0]}.p{page or 1}"
    out = cache / rendering / f"{key}.pdf"
    if out.exists():
        return out
    out.parent.mkdir(parents=True, exist_ok=True)
    src = table_bench.FIXTURES / case_file
    if rendering == "s300":
        img = variants.binarize(page_image(src, page, 300))
        variants.write_image_pdf([(img, None)], 300, out)
        return out
    # seeded per page, so a page's scan is the same whatever else was built
    rng = np.random.default_rng(zlib.crc32(key.encode()))
    if rendering == "b200":
        img = tilted(page_image(src, page, 200), rng)
        variants.write_image_pdf([(img, jpeg(img, 200, 50))], 200, out)
        return out
    img = variants.degrade(page_image(src, page, 200), rng)
    if rendering == "s200":
        variants.write_image_pdf([(img, jpeg(img, 200, 35))], 200, out)
        return out
    if rendering == "t200psm6":
        jpg = out.with_suffix(".jpg")
        jpg.write_bytes(jpeg(img, 200, 35))
        env = dict(os.environ, OMP_THREAD_LIMIT="1")
        subprocess.run(["tesseract", str(jpg), str(out.with_suffix("")), "-l", "eng", "--psm", "6",
                        "--dpi", "200", "pdf"], env=env, check=True, capture_output=True)
        jpg.unlink()
        return out
    raise ValueError(f"unknown rendering {rendering!r}; one of {', '.join(RENDERINGS + EXTRA_RENDERINGS)}")


#: seconds one Tesseract call may take here: the figures measure the rules, not how busy the machine
#: was (under ingest's 120 s a loaded machine lost whole pages, and the figures fell with its load)
OCR_TIMEOUT = 900.0


def esep_scan_grids(pdf: Path, cache: Path, timeout: float = OCR_TIMEOUT) -> tuple[list[list[list[str]]], dict[str, Any]]:
    """esep's tables of a one-page scan, as grids, and the Document's OCR metadata."""
    from esep.plugins.pdf.loader import load
    from esep.registry import Config

    doc = load(pdf, Config(ocr="auto", timeout=timeout, options={"cache_dir": str(cache / "esep")}))
    meta = {k: doc.metadata.get(k) for k in ("ocr", "reocr_pages", "ocr_lang_pages") if doc.metadata.get(k)}
    return [table_bench.cells_grid(t.cells) for t in doc.tables], meta


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--half", choices=("dev", "eval", "all"), default="dev")
    ap.add_argument("--all-dev", action="store_true", help="every development case, not the fixed sample")
    ap.add_argument("--renderings", default=",".join(RENDERINGS))
    ap.add_argument("--cache", type=Path, default=ROOT / "bench" / ".cache" / "table_scans")
    ap.add_argument("--case", help="only the development cases whose id contains this")
    ap.add_argument("--json", type=Path, help="write the figures here (development cases one by one)")
    ap.add_argument("--timeout", type=float, default=OCR_TIMEOUT,
                    help=f"seconds one Tesseract call may take (default {OCR_TIMEOUT:g})")
    ap.add_argument("--build-only", action="store_true",
                    help="only make the renderings and esep's OCR cache of the half, score and print nothing")
    args = ap.parse_args(argv)
    renderings = [r for r in args.renderings.split(",") if r]
    for r in renderings:
        if r not in RENDERINGS + EXTRA_RENDERINGS:
            ap.error(f"unknown rendering {r!r}; one of {', '.join(RENDERINGS + EXTRA_RENDERINGS)}")
    halves = ("dev", "eval") if args.half == "all" else (args.half,)
    summary: dict[str, Any] = {}
    rows: list[dict[str, Any]] = []
    t_start = time.time()
    import logging

    for half in halves:
        # esep's warnings name the file: not for the evaluation cases
        logging.getLogger("esep").setLevel(logging.ERROR if half == "eval" else logging.WARNING)
        cases = table_bench.load_cases(half)
        if half == "dev":
            cases = cases if args.all_dev else dev_sample(cases)
            if args.case:
                cases = [c for c in cases if args.case in c["id"]]
        if args.build_only:
            for c in cases:
                for r in renderings:
                    try:
                        esep_scan_grids(build(c["file"], c["page"], r, args.cache), args.cache, args.timeout)
                    except Exception:  # noqa: BLE001, S112 - nothing is scored; the scoring run reports it
                        continue
            print(f"built {half} ({len(cases)} cases) in {time.time() - t_start:.0f} s", flush=True)
            continue
        scores: dict[str, list[float]] = {r: [] for r in renderings}
        failed = 0  # readings that raised (Tesseract past its timeout, ...): counted, on both halves
        seconds: dict[str, float] = {r: 0.0 for r in renderings}
        for c in cases:
            rec: dict[str, Any] = {"id": c["id"]}
            for r in renderings:
                t0 = time.time()
                try:
                    grids, meta = esep_scan_grids(build(c["file"], c["page"], r, args.cache), args.cache, args.timeout)
                except Exception as e:  # noqa: BLE001 - a failing case scores 0 and is reported
                    grids, meta = [], {"error": str(e)}
                    failed += 1
                seconds[r] += time.time() - t0
                m, n = table_bench.score(c["expected"], grids)
                rec[r] = m / n if n else 0.0
                scores[r].append(rec[r])
                if half == "dev" and meta.get("error"):
                    rec.setdefault("errors", {})[r] = meta["error"]
            if half == "dev":
                rows.append(rec)
                print(f"{c['id']:34} " + " ".join(f"{r} {rec[r]:.3f}" for r in renderings)
                      + (f"  errors {rec['errors']}" if "errors" in rec else ""), flush=True)
        summary[half] = {r: round(sum(v) / len(v), 3) if v else 0.0 for r, v in scores.items()}
        summary[half]["cases"] = len(cases)
        summary[half]["failed_readings"] = failed
        summary[half]["seconds"] = {r: round(s, 1) for r, s in seconds.items()}
        allmean = sum(sum(v) for v in scores.values()) / max(1, sum(len(v) for v in scores.values()))
        summary[half]["mean"] = round(allmean, 3)
        print(f"mean {half:4} ({len(cases):3d} cases) " + " ".join(f"{r} {summary[half][r]:.3f}" for r in renderings)
              + f"  all renderings {allmean:.3f}   seconds "
              + " ".join(f"{r} {s:.0f}" for r, s in seconds.items())
              + f"   readings failed {failed}", flush=True)
    print(f"took {time.time() - t_start:.0f} s")
    if args.json:
        args.json.write_text(json.dumps({"cases": rows, "summary": summary}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
