"""A PDF whose text is glyph codes with no letters behind them (its fonts
lost their ToUnicode maps, as some old converters leave them): pdfminer
gives "(cid:12)" for every character.  Such a page is OCR'd from its image,
or, with ``--ocr never``, its text is left out and a warning says why."""

from __future__ import annotations

import os
import re
import shutil
import subprocess

import pytest
from docx import Document as Word

from esep.pipeline import Ingester
from esep.plugins.pdf import loader as pdf_loader
from esep.registry import Config
from esep.storage import Store

from conftest import soffice_program


def test_glyph_codes_private_use_and_control_codes_are_no_letters():
    assert pdf_loader.unreadable_glyph("(cid:57)")
    assert pdf_loader.unreadable_glyph("\ue041") and pdf_loader.unreadable_glyph("\x03")
    assert not any(pdf_loader.unreadable_glyph(c) for c in "Қa7 ,")
    letters = [{"text": c} for c in "Кітап қоры 12 400 дана құрады"]
    assert pdf_loader.unreadable_share(letters) == 0
    codes = [{"text": f"(cid:{i % 40 + 1})"} for i in range(60)]
    assert pdf_loader.unreadable_share(codes) == 1
    # a page of letters with a bullet or two of a symbol font is readable
    assert pdf_loader.unreadable_share(letters * 3 + [{"text": "(cid:2)"}]) < pdf_loader.UNREADABLE_SHARE
    # too few characters to say
    assert pdf_loader.unreadable_share(codes[:5]) == 0


@pytest.fixture(scope="module")
def coded_pdf(tmp_path_factory):
    exe = soffice_program("the PDF tests")
    folder = tmp_path_factory.mktemp("coded")
    doc = Word()
    doc.add_paragraph("Аудандық кітапхананың 2020 жылғы есебі")
    doc.add_paragraph("Жыл ішінде кітапханаға 3 415 оқырман тіркелді.")
    src = folder / "report.docx"
    doc.save(src)
    subprocess.run([exe, "--headless", "--convert-to", "pdf", "--outdir", str(folder), str(src)],
                   check=True, capture_output=True, timeout=180)
    data = (folder / "report.pdf").read_bytes()
    # the fonts' Unicode maps taken out, each reference blanked with spaces so that the offsets hold
    blanked = re.sub(rb"/ToUnicode\s+\d+\s+\d+\s+R", lambda m: b" " * len(m.group()), data)
    assert blanked != data
    out = folder / "coded.pdf"
    out.write_bytes(blanked)
    return out


def test_without_ocr_the_glyph_codes_are_left_out_with_a_warning(coded_pdf, tmp_path, registry):
    store = Store(tmp_path / "e.db", registry.migrations)
    summary = Ingester(store, registry, Config(ocr="never")).run([coded_pdf])
    assert summary.counts["ingested"] == 1, summary.outcomes
    texts = [r["text"] for r in store.db.query("select text from blocks")]
    assert not any("cid:" in t for t in texts)
    (message,), = store.db.execute(
        "select message from ingest_warnings where error_class = 'UnreadableText'").fetchall()
    assert message.startswith("page 1:") and "--ocr auto" in message
    store.close()


def test_with_ocr_the_page_is_read_from_its_image(coded_pdf, tmp_path):
    if not shutil.which("tesseract"):
        if os.environ.get("CI") == "true":
            pytest.fail("CI must install Tesseract")
        pytest.skip("Tesseract is not installed")
    doc = pdf_loader.load(coded_pdf, Config(options={"cache_dir": str(tmp_path / "cache")}))
    assert doc.metadata["unreadable_text_pages"] == [1] and doc.metadata["ocr_pages"] == [1]
    text = " ".join(b.text for b in doc.blocks)
    assert "cid:" not in text and "3 415" in text and "оқырман" in text
