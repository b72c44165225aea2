"""Score every variant of the seed with and without OCR repair.

Run from the repository root (Tesseract, LibreOffice and the Hunspell
dictionaries installed; OCR results come from the cache after the first
run)::

    python corpus/eval_ocr_variants.py [--markdown]

Each variant is ingested twice, into two databases in a temporary folder:
once as usual and once with ``--set ocr_repair=off``; ``esep eval`` scores
both.  The table shows citations (record F1, the mean and the lowest of the
per-field F1), facts F1 and the share of event_stats rows exactly right.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
STEM = "000_70fe3c6eccae0b92"
VARIANTS = [".txt", ".docx", ".doc", ".pdf", ".ocr300.pdf", ".ocr200.pdf", ".scan300.pdf", ".scan200.pdf"]


def run(*args: str) -> str:
    res = subprocess.run([sys.executable, "-m", "esep", *args], capture_output=True, text=True)
    if res.returncode not in (0, 1):
        raise SystemExit(res.stderr)
    return res.stdout


def scores(db: Path) -> dict[str, dict]:
    rows = json.loads(run("eval", "--db", str(db), "--gold", str(HERE / "gold"), "--json"))
    out: dict[str, dict] = {}
    for r in rows:
        out.setdefault(r["document"], {})[r["kind"]] = r
    return out


def summary(kinds: dict) -> dict[str, float | None]:
    c, f, e = kinds.get("citations"), kinds.get("facts"), kinds.get("event_stats")
    fields = [v["f1"] for v in (c or {}).get("fields", {}).values()]
    return {
        "citations": c["f1"] if c else None,
        "cit_fields_mean": sum(fields) / len(fields) if fields else None,
        "cit_fields_min": min(fields) if fields else None,
        "facts": f["f1"] if f else None,
        "event_rows_exact": e.get("rows_exact") if e else None,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--markdown", action="store_true", help="print a Markdown table")
    args = ap.parse_args(argv)
    files = [str(HERE / f"{STEM}{v}") for v in VARIANTS if (HERE / f"{STEM}{v}").exists()]
    with tempfile.TemporaryDirectory() as td:
        results = {}
        for label, extra in (("repair", []), ("no repair", ["--set", "ocr_repair=off"])):
            db = Path(td) / f"{label.replace(' ', '_')}.db"
            run("ingest", *files, "--db", str(db), "--workers", "2", "--timeout", "1200", *extra)
            results[label] = scores(db)
    cols = ["citations", "cit_fields_mean", "cit_fields_min", "facts", "event_rows_exact"]
    head = ["file", "repair"] + cols
    lines = []
    for f in files:
        name = Path(f).name
        for label in ("repair", "no repair"):
            s = summary(results[label].get(name, {}))
            lines.append([name, "yes" if label == "repair" else "no"]
                         + ["-" if s[c] is None else f"{s[c]:.3f}" for c in cols])
    if args.markdown:
        print("| " + " | ".join(head) + " |")
        print("|" + "---|" * len(head))
        for ln in lines:
            print("| " + " | ".join(ln) + " |")
    else:
        print("  ".join(h.ljust(16) for h in head))
        for ln in lines:
            print("  ".join(x.ljust(16) for x in ln))
    return 0


if __name__ == "__main__":
    sys.exit(main())
