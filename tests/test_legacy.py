"""Legacy formats through LibreOffice (.doc, .rtf), the conversion cache,
the message without LibreOffice; and charts embedded in .docx files, which
become tables of kind ``chart``.

Conversion tests need LibreOffice (``libreoffice-writer-nogui``): skipped
with a reason where it is missing, failing in CI (``CI=true``)."""

from __future__ import annotations

import shutil
import sqlite3
import zipfile

import pytest

from esep.pipeline import Ingester
from esep.plugins.docx import charts as docx_charts
from esep.plugins.docx import loader as docx_loader
from esep.plugins.legacy import loader as legacy_loader
from esep.registry import Config
from esep.storage import Store

from conftest import CORPUS, SEED_STEM, soffice_program

SEED_DOC = CORPUS / f"{SEED_STEM}.doc"
SEED_DOCX = CORPUS / f"{SEED_STEM}.docx"
CHART_DEMO = CORPUS / "chart_demo.docx"


@pytest.fixture
def soffice():
    return soffice_program("the legacy-format tests")


def test_sniffers():
    assert legacy_loader.sniff_doc(SEED_DOC.read_bytes()[:8192])
    assert not legacy_loader.sniff_doc(SEED_DOCX.read_bytes()[:8192])
    assert legacy_loader.sniff_rtf(b"{\\rtf1\\ansi hello}")
    assert not legacy_loader.sniff_rtf(b"hello {\\rtf1")
    odt_head = b"PK\x03\x04" + b"\0" * 26 + b"mimetypeapplication/vnd.oasis.opendocument.text"
    assert legacy_loader.sniff_odt(odt_head)
    assert not legacy_loader.sniff_odt(SEED_DOCX.read_bytes()[:8192])


def test_doc_reads_as_the_docx_it_was_made_from(soffice, tmp_path, monkeypatch):
    config = Config(options={"cache_dir": str(tmp_path / "cache")})
    doc = legacy_loader.load(SEED_DOC, config)
    ref = docx_loader.load(SEED_DOCX, Config())
    assert doc.format == "doc" and doc.path == str(SEED_DOC)
    assert [(b.kind, b.number, b.text) for b in doc.blocks] == [(b.kind, b.number, b.text) for b in ref.blocks]
    assert [t.grid() for t in doc.tables] == [t.grid() for t in ref.tables]
    assert all(b.provenance.source == str(SEED_DOC) for b in doc.blocks)
    assert all(c.provenance.source == str(SEED_DOC) for t in doc.tables for c in t.cells if c.provenance)
    cached = list((tmp_path / "cache" / "converted").glob("*.docx"))
    assert [p.stem for p in cached] == [doc.id or legacy_loader.sha256_file(SEED_DOC)]

    # converted once: the next load takes the cached .docx
    def refuse(*a, **k):
        raise AssertionError("LibreOffice ran again")

    monkeypatch.setattr(legacy_loader.subprocess, "run", refuse)
    again = legacy_loader.load(SEED_DOC, config)
    assert [b.text for b in again.blocks] == [b.text for b in doc.blocks]


RTF = (r"{\rtf1\ansi\ansicpg1251\deff0{\fonttbl{\f0 Times New Roman;}}"
       r"\pard \u1178?\u1072?\u1088?\u1078?\u1099? \u1073?\u1257?\u1083?\u1110?\u1084?\u1110?\par"
       r"\pard 2018 \u1078?\u1099?\u1083?\u1099? 3316,8 \u1084?\u1099?\u1187? \u1090?\u1077?\u1187?\u1075?\u1077?"
       r" \u1073?\u1257?\u1083?\u1110?\u1085?\u1076?\u1110?.\par}")


def test_rtf_through_the_pipeline(soffice, tmp_path, registry):
    src = tmp_path / "report.rtf"
    src.write_text(RTF, encoding="ascii")
    store = Store(tmp_path / "e.db", registry.migrations)
    config = Config(options={"cache_dir": str(tmp_path / "cache")})
    summary = Ingester(store, registry, config).run([src])
    assert summary.counts["ingested"] == 1, summary.outcomes
    rows = list(store.db.query("select text, source from blocks order by idx"))
    assert [r["text"] for r in rows] == ["Қаржы бөлімі", "2018 жылы 3316,8 мың теңге бөлінді."]
    assert all(r["source"] == str(src.absolute()) or r["source"] == str(src) for r in rows)
    assert store.db.execute("select format from documents").fetchone()[0] == "rtf"
    store.close()


def test_rich_text_under_a_plain_text_name_is_converted_as_rich_text(soffice, tmp_path, registry):
    # some programs export Rich Text under a .txt name; LibreOffice picks its filter by the name first
    src = tmp_path / "export.txt"
    src.write_text(RTF, encoding="ascii")
    assert legacy_loader.content_suffix(src) == ".rtf"
    store = Store(tmp_path / "e.db", registry.migrations)
    config = Config(options={"cache_dir": str(tmp_path / "cache")})
    summary = Ingester(store, registry, config).run([src])
    assert summary.counts["ingested"] == 1, summary.outcomes
    assert [r["text"] for r in store.db.query("select text from blocks order by idx")] == [
        "Қаржы бөлімі", "2018 жылы 3316,8 мың теңге бөлінді."]
    assert store.db.execute("select format from documents").fetchone()[0] == "rtf"
    store.close()


def test_without_libreoffice_a_clear_message_and_the_rest_lands(tmp_path, registry):
    doc = tmp_path / "old.doc"
    shutil.copyfile(SEED_DOC, doc)
    txt = tmp_path / "note.txt"
    txt.write_text("Кітапхана есебі\n", encoding="utf-8")
    store = Store(tmp_path / "e.db", registry.migrations)
    config = Config(options={"soffice": str(tmp_path / "no-soffice"), "cache_dir": str(tmp_path / "cache")})
    summary = Ingester(store, registry, config).run([doc, txt])
    assert summary.counts == {"ingested": 1, "unchanged": 0, "skipped": 0, "failed": 1}
    failed = next(o for o in summary.outcomes if o.status == "failed")
    assert "LibreOffice is not installed" in failed.message and "libreoffice-writer-nogui" in failed.message
    (path, message), = store.db.execute("select path, message from ingest_errors").fetchall()
    assert path.endswith("old.doc") and "libreoffice-writer-nogui" in message
    store.close()


# ----------------------------------------------------------------- charts


def test_chart_cache_becomes_a_chart_table():
    doc = docx_loader.load(CHART_DEMO, Config())
    charts = [t for t in doc.tables if t.kind == "chart"]
    assert len(charts) == 1
    chart = charts[0]
    assert chart.title == "Оқырмандар саны"
    assert chart.grid() == [["", "Оқырмандар", "Кітап берілімі"],
                            ["2017", "11297", "242266"],
                            ["2018", "11181", "241700"]]
    # placed after the paragraph that introduces it, before the one after it
    assert doc.blocks[chart.position].text.startswith("Оқырмандар саны мен кітап берілімі")
    assert chart.provenance.paragraph == 2


def test_chart_stored_as_kind_chart(tmp_path, registry):
    store = Store(tmp_path / "e.db", registry.migrations)
    Ingester(store, registry, Config()).run([CHART_DEMO])
    conn = sqlite3.connect(tmp_path / "e.db")
    (idx, kind, title, n_rows, n_cols), = conn.execute(
        "select idx, kind, title, n_rows, n_cols from doc_tables").fetchall()
    assert (kind, title, n_rows, n_cols) == ("chart", "Оқырмандар саны", 3, 3)
    cells = dict(((r, c), t) for r, c, t in conn.execute(
        "select row, col, text from cells where table_idx = ?", [idx]))
    assert cells[(1, 0)] == "2017" and cells[(2, 1)] == "11181"
    store.close()


def test_embedded_workbook_read_when_the_chart_has_no_cache(tmp_path):
    """A chart without cached values falls back to its embedded workbook."""
    src = zipfile.ZipFile(CHART_DEMO)
    out = tmp_path / "nocache.docx"
    with zipfile.ZipFile(out, "w") as z:
        for name in src.namelist():
            data = src.read(name)
            if name == "word/charts/chart1.xml":
                import re

                data = re.sub(rb"<c:numCache>.*?</c:numCache>", b"", data)
            z.writestr(name, data)
    charts = docx_charts.read_charts(out)
    assert len(charts) == 1
    assert charts[0].rows == [["", "Оқырмандар", "Кітап берілімі"],
                              ["2017", "11297", "242266"], ["2018", "11181", "241700"]]


def test_seed_docx_has_no_chart():
    assert docx_charts.read_charts(SEED_DOCX) == []
