"""Scores on the reports of other library systems (corpus/other/), as the
README claims them: each half ingested and scored by ``esep eval`` against
its hand-made gold, the mean of each record kind at least the claimed figure
less ``TOLERANCE``.  Only the means are computed for the evaluation half:
nothing here prints what it misses.

And the same development reports in every format: built again from their
sources as .txt, .docx and .pdf (LibreOffice), they score the same, so a
report reads alike whatever format it came in."""

from __future__ import annotations

import json
import shutil
import statistics
from pathlib import Path

import pytest

from conftest import CORPUS, TOLERANCE, run_esep
from test_other_corpus import SOURCES, build

#: (half, kind) -> (precision, recall) or F1, the figures of the README's
#: Accuracy section (mean over the documents of the half).
CLAIMED = {
    ("dev", "facts"): (1.000, 1.000),
    ("dev", "event_stats"): 1.000,
    ("dev", "citations"): 1.000,
    ("dev", "metadata"): 1.000,
    ("eval", "facts"): (0.993, 0.988),
    ("eval", "event_stats"): 1.000,
    ("eval", "citations"): 1.000,
    ("eval", "metadata"): 1.000,
}


def _scores(folder: Path, db: Path) -> dict[str, list[dict]]:
    ingest = run_esep("ingest", str(folder), "--db", str(db), "--ocr", "never")
    assert ingest.returncode == 0, ingest.stderr
    out = run_esep("eval", "--db", str(db), "--gold", str(CORPUS / "gold"), "--json")
    assert out.returncode == 0, out.stderr
    by_kind: dict[str, list[dict]] = {}
    for row in json.loads(out.stdout):
        by_kind.setdefault(row["kind"], []).append(row)
    return by_kind


def _means(rows: list[dict]) -> tuple[float, float, float]:
    return tuple(statistics.mean(r[k] for r in rows) for k in ("precision", "recall", "f1"))


@pytest.fixture(scope="module")
def half_scores(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("other")
    return {half: _scores(CORPUS / "other" / half, tmp / f"{half}.db") for half in ("dev", "eval")}


@pytest.mark.parametrize("half, kind", sorted(CLAIMED))
def test_each_half_scores_what_the_readme_claims(half_scores, half, kind):
    rows = half_scores[half].get(kind, [])
    assert len(rows) == len([s for s in SOURCES if s.half == half])
    precision, recall, f1 = _means(rows)
    claim = CLAIMED[(half, kind)]
    if isinstance(claim, tuple):
        assert precision >= claim[0] - TOLERANCE and recall >= claim[1] - TOLERANCE
    else:
        assert f1 >= claim - TOLERANCE


#: Development reports that do not yet read alike in every format, and why: they are left out of the
#: comparison below (and said in corpus/other/README.md) until the loader reads them alike.
KNOWN_FORMAT_GAPS: dict[str, str] = {}


@pytest.mark.slow
@pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice (soffice) makes the PDFs")
def test_the_development_reports_score_alike_in_every_format(tmp_path):
    dev = [s for s in SOURCES if s.half == "dev" and s.stem not in KNOWN_FORMAT_GAPS]
    scratch = tmp_path / "docx-for-pdf"
    scratch.mkdir()
    for fmt in ("txt", "docx", "pdf"):
        (tmp_path / fmt).mkdir()
    for src in dev:
        (tmp_path / "txt" / f"{src.stem}.txt").write_bytes(build.txt_bytes(src))
        docx = build.render_docx(src)
        (tmp_path / "docx" / f"{src.stem}.docx").write_bytes(docx)
        (scratch / f"{src.stem}.docx").write_bytes(docx)
        build.convert_to_pdf(scratch / f"{src.stem}.docx", tmp_path / "pdf")
    means = {fmt: {kind: _means(rows)[2] for kind, rows in _scores(tmp_path / fmt, tmp_path / f"{fmt}.db").items()}
             for fmt in ("txt", "docx", "pdf")}
    for kind in ("facts", "event_stats", "citations", "metadata"):
        got = {fmt: round(means[fmt][kind], 3) for fmt in means}
        assert max(got.values()) - min(got.values()) <= 0.01, (kind, got)
