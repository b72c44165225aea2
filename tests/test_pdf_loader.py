"""The PDF loader on the seed report's PDF and on generated fixtures.

``corpus/000_70fe3c6eccae0b92.pdf`` is the seed report as Word would print
it (built by ``corpus/build_corpus.py``); its tables, paragraphs and list
items must come out as the text loader reads them from the seed's text
export.  ``tests/fixtures/pdf/`` holds PDFs made by
``tests/fixtures/make_pdf_fixtures.py`` with what they must give in
``layout.expected.json``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pluggy
import pytest

from esep import hookspecs
from esep.model import Document
from esep.pipeline import ContentMismatch, IngestError, choose_loader, process_file
from esep.plugins.pdf import loader as pdf_loader
from esep.plugins.pdf import pages
from esep.plugins.pdf import plugin as pdf_plugin
from esep.plugins.text import loader as text_loader
from esep.registry import Config, Registry

ROOT = Path(__file__).resolve().parent.parent
SEED_PDF = ROOT / "corpus" / "000_70fe3c6eccae0b92.pdf"
SEED_TXT = ROOT / "corpus" / "000_70fe3c6eccae0b92.txt"
FIXTURES = ROOT / "tests" / "fixtures" / "pdf"
LAYOUT = FIXTURES / "layout.pdf"


def norm(text: str) -> str:
    return " ".join(text.split())


def cell_set(table) -> set[tuple[int, int, int, int, str]]:
    return {(c.row, c.col, c.row_span, c.col_span, norm(c.text)) for c in table.cells}


@pytest.fixture(scope="module")
def registry() -> Registry:
    """Only the two loaders: other plugins are not this test's business."""
    pm = pluggy.PluginManager("esep")
    pm.add_hookspecs(hookspecs)
    pm.register(text_loader, name="esep.plugins.text.loader")
    pm.register(pdf_plugin, name="esep.plugins.pdf.plugin")
    return Registry(pm)


@pytest.fixture(scope="module")
def pdf_loader_entry(registry):
    return next(ld for ld in registry.loaders if ld.name == "pdf")


@pytest.fixture(scope="module")
def seed_pdf() -> Document:
    if not SEED_PDF.exists():
        pytest.skip(f"{SEED_PDF.name} is absent: build it with `python corpus/build_corpus.py`")
    return pdf_loader.load(SEED_PDF, Config())


@pytest.fixture(scope="module")
def seed_txt() -> Document:
    return text_loader.load(SEED_TXT, Config())


@pytest.fixture(scope="module")
def layout() -> Document:
    return pdf_loader.load(LAYOUT, Config())


@pytest.fixture(scope="module")
def expected() -> dict:
    return json.loads((FIXTURES / "layout.expected.json").read_text(encoding="utf-8"))


# -- sniffing and choosing the loader -----------------------------------------


@pytest.mark.parametrize("head, ok", [
    (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", True),
    (b"\r\n  %PDF-1.7\n", True),
    (b"\xef\xbb\xbf%PDF-1.5", True),
    (b"<!DOCTYPE html>\n<html><head><title>report.pdf</title>", False),
    (b"PK\x03\x04", False),
    (b"", False),
])
def test_sniff(head, ok):
    assert pdf_loader.sniff(head) is ok


def test_html_named_pdf_is_rejected_at_detect(tmp_path, registry):
    page = tmp_path / "report.pdf"
    page.write_bytes(b"<!DOCTYPE html>\n<html><body>Not found</body></html>\n")
    with pytest.raises(ContentMismatch) as e:
        choose_loader(page, page.read_bytes()[:8192], registry.loaders)
    assert e.value.stage == "detect"
    assert "not a PDF file" in e.value.message


def test_pdf_under_another_suffix_is_still_a_pdf(tmp_path, registry):
    odd = tmp_path / "report.dat"
    odd.write_bytes(LAYOUT.read_bytes())
    assert choose_loader(odd, odd.read_bytes()[:8192], registry.loaders).name == "pdf"


# -- the seed report -----------------------------------------------------------


def test_seed_tables_equal_the_text_loaders(seed_pdf, seed_txt):
    want = [t for t in seed_txt.tables if t.kind == "table"]
    assert len(want) == 4
    assert len(seed_pdf.tables) == 4
    for got, exp in zip(seed_pdf.tables, want):
        assert (got.n_rows, got.n_cols) == (exp.n_rows, exp.n_cols)
        assert cell_set(got) == cell_set(exp)


def test_seed_table_over_a_page_break_is_one_table(seed_pdf):
    big = seed_pdf.tables[3]
    pages = {c.provenance.page for c in big.cells}
    assert len(pages) == 2, "the 35-row table runs over two pages and is joined"


def test_seed_tables_sit_after_the_same_paragraphs(seed_pdf, seed_txt):
    want = [t for t in seed_txt.tables if t.kind == "table"]
    for got, exp in zip(seed_pdf.tables, want):
        assert norm(seed_pdf.blocks[got.position].text) == norm(seed_txt.blocks[exp.position].text)


def test_seed_paragraphs_are_the_text_loaders(seed_pdf, seed_txt):
    got = [norm(b.text) for b in seed_pdf.blocks]
    want = [norm(b.text) for b in seed_txt.blocks if norm(b.text)]
    assert got == want


def test_seed_list_items(seed_pdf, seed_txt):
    items = [b for b in seed_pdf.blocks if b.kind == "list_item"]
    assert [b.number for b in items] == ["1", "2"] + [str(i) for i in range(1, 40)]
    want = [norm(b.text) for b in seed_txt.blocks if b.kind == "list_item"]
    assert [norm(b.text) for b in items] == want
    assert not any(b.text.startswith(f"{b.number}.") for b in items)


def test_seed_headings(seed_pdf):
    heads = {(b.level, b.text) for b in seed_pdf.blocks if b.kind == "heading"}
    for title in ("КІТАПХАНА РЕСУРСТАРЫ. ҚОРДЫ ҚАЛЫПТАСТЫРУ", "АҚПАРАТТЫҚ-БИБЛИОГРАФИЯЛЫҚ ҚЫЗМЕТ",
                  "ҚҰЖАТТАРДЫ ЦИФРЛАУ БОЙЫНША ЖҰМЫСТАР", "КӨПШІЛІК ІС-ШАРАЛАР"):
        assert (1, title) in heads
    for sub in ("Кадрлар", "Өлкетану", "Алғыс айту күні", "ОКЖ іс-шаралар бойынша жиынтық кестесі"):
        assert (2, sub) in heads
    for level, text in heads:
        assert not text.endswith(".")
        assert (level == 1) == text.isupper()
    assert not any(b.kind == "heading" for b in seed_pdf.blocks if len(b.text) > 200)


def test_seed_provenance_and_metadata(seed_pdf):
    meta = seed_pdf.metadata
    assert meta["pages"] == meta["pages_read"] >= 2
    assert meta["title"].startswith("2018 жылдың 1-ші жарты жылдығына")
    assert meta.get("author")
    _check_provenance(seed_pdf)


def _check_provenance(doc: Document) -> None:
    pages = doc.metadata["pages"]
    a4 = (0, 0, 612, 842)  # a little wider than A4 (595 x 842)
    for b in doc.blocks:
        p = b.provenance
        assert 1 <= p.page <= pages and p.bbox is not None
        x0, top, x1, bottom = p.bbox
        assert a4[0] <= x0 < x1 <= a4[2] and a4[1] <= top < bottom <= a4[3]
    for t in doc.tables:
        assert 1 <= t.provenance.page <= pages and t.provenance.bbox
        for c in t.cells:
            assert c.provenance.page >= t.provenance.page and c.provenance.table == t.index
            if c.provenance.page == t.provenance.page:
                tx0, ttop, tx1, tbottom = t.provenance.bbox
                x0, top, x1, bottom = c.provenance.bbox
                assert tx0 - 1 <= x0 < x1 <= tx1 + 1 and ttop - 1 <= top < bottom <= tbottom + 1


# -- generated layout: running header, page numbers, joined table ------------------


def test_layout_joined_table_drops_repeated_header_rows(layout, expected):
    ruled = [t for t in layout.tables if t.n_cols == 6]
    assert len(ruled) == 1, "one table over three pages, not three tables"
    table = ruled[0]
    want = expected["table"]
    assert (table.n_rows, table.n_cols) == (want["n_rows"], want["n_cols"])
    assert cell_set(table) == {tuple(c) for c in want["cells"]}
    assert {c.provenance.page for c in table.cells} == {2, 3, 4}
    assert sum(1 for c in table.cells if c.text == "жоспар") == 2
    # the row of item 25 is broken by the page break ("Көрсеткіш" / "25"): mended
    mended = next(c for c in table.cells if norm(c.text) == "Көрсеткіш 25")
    assert mended.provenance.page == 2 and mended.row == 26


def test_layout_running_header_and_page_numbers_are_dropped(layout, expected):
    texts = [b.text for b in layout.blocks]
    assert not any(expected["header"] in t for t in texts)
    assert not any(t.strip().isdigit() for t in texts)
    assert [norm(b.text) for b in layout.blocks if b.kind == "paragraph"] == expected["paragraphs"]


def test_layout_headings_and_list_items(layout, expected):
    assert [[b.level, b.text] for b in layout.blocks if b.kind == "heading"] == expected["headings"]
    items = [[b.number, norm(b.text)] for b in layout.blocks if b.kind == "list_item"]
    assert items == expected["list_items"]


def test_layout_text_aligned_table(layout, expected):
    aligned = [t for t in layout.tables if t.n_cols == 3]
    assert len(aligned) == 1
    assert aligned[0].grid() == expected["text_table"]
    numbers = [cell for row in expected["text_table"] for cell in row if cell.isdigit()]
    assert not any(n in b.text for b in layout.blocks for n in numbers), "table words repeated as text"


def test_layout_provenance_and_metadata(layout, expected):
    assert layout.metadata["pages"] == 4
    assert layout.metadata["title"] == expected["title"]
    assert layout.metadata["author"] == expected["author"]
    _check_provenance(layout)


def test_lone_page_number_in_the_margin_is_dropped():
    def line(text, top, x0=72.0):
        words, x = [], x0
        for t in text.split():
            words.append(pages.Word(t, x, top, x + 6 * len(t), top + 12, False, 12.0, len(t)))
            x += 6 * len(t) + 3
        return pages.Line(1, words)

    first, second = "Жұмыс жүргізілді.", "Второй абзац отчета о работе библиотек за полугодие."
    lines = [line(first, 300), line(second, 314), line("12", 500, 290), line("7", 800, 290)]
    doc = pdf_loader.assemble([pages.Page(1, 595.0, 842.0, lines, [])], "x.pdf", {"pages": 1})
    assert [b.text for b in doc.blocks] == [first, second, "12"]


# -- errors ----------------------------------------------------------------------


def test_encrypted_pdf_gives_the_clear_message(registry, pdf_loader_entry):
    path = FIXTURES / "encrypted.pdf"
    with pytest.raises(pdf_loader.EncryptedPDF) as e:
        pdf_loader.load(path, Config())
    assert str(e.value) == pdf_loader.ENCRYPTED_MESSAGE
    with pytest.raises(IngestError) as e:
        process_file(path, "id", pdf_loader_entry, registry, Config())
    assert e.value.stage == "load"
    assert e.value.message == "the PDF is encrypted; decrypt it (e.g. qpdf --decrypt) and ingest again"


def test_pdf_with_only_an_owner_password_opens():
    doc = pdf_loader.load(FIXTURES / "owner_only.pdf", Config())
    assert [b.text for b in doc.blocks] == ["Бұл файл шифрланған. Этот файл зашифрован."]


def test_truncated_pdf_fails_with_a_clear_message(tmp_path, registry, pdf_loader_entry):
    data = LAYOUT.read_bytes()
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(data[: len(data) * 6 // 10])
    with pytest.raises(pdf_loader.DamagedPDF) as e:
        pdf_loader.load(cut, Config())
    assert str(e.value).startswith("damaged PDF: ")
    assert "cut short" in str(e.value)
    with pytest.raises(IngestError) as e:
        process_file(cut, "id", pdf_loader_entry, registry, Config())
    assert e.value.stage == "load" and e.value.message.startswith("damaged PDF: ")


def test_garbage_after_the_header_is_a_damaged_pdf(tmp_path):
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.4\n" + b"\x00garbage" * 500 + b"\n%%EOF\n")
    with pytest.raises(pdf_loader.DamagedPDF, match="^damaged PDF: "):
        pdf_loader.load(bad, Config())


def test_max_pages_is_checked_before_pages_are_parsed(monkeypatch):
    def no_parsing(page, page_no):
        raise AssertionError("a page was parsed")

    monkeypatch.setattr(pdf_loader, "read_page", no_parsing)
    with pytest.raises(pdf_loader.TooManyPages, match=r"4 pages, more than max_pages=3"):
        pdf_loader.load(LAYOUT, Config(max_pages=3))


def test_every_page_is_closed(monkeypatch):
    import pdfplumber.page

    closed = []
    real = pdfplumber.page.Page.close
    monkeypatch.setattr(pdfplumber.page.Page, "close", lambda self: (closed.append(self.page_number), real(self)))
    pdf_loader.load(LAYOUT, Config())
    assert sorted(set(closed)) == [1, 2, 3, 4]


def test_a_running_footer_read_differently_on_each_scanned_page():
    """OCR reads a scan's running footer a little differently on every page;
    it is still a running footer (and so does not stand between a table and
    its continuation on the next page), while a body line at that height on
    one page only stays body text."""
    from esep.plugins.pdf.layout import mark_running

    def line(page, text, top):
        return pages.Line(page, [pages.Word(text, 60.0, top, 400.0, top + 10, False, 10.0, len(text))])

    readings = ["БҮМТНЕТІС — депегайе4 Бу езер согрив/депегайе.ру", "БҮМТНЕТІС — депегайе4 һу езер согриз/депега!е.ру",
                "БҮМТНЕТІС — депегайеа Бу езер согриз/депегайе.ру"]
    made = []
    for no, footer in enumerate(readings, 1):
        body = [line(no, "Кітапханалар жұмысы туралы мәлімет", 300.0)]
        if no == 2:
            body.append(line(no, "Оқырмандар саны өсті, кітап беру артты", 797.0))  # a last body line
        made.append(pages.Page(no, 595.0, 842.0, body + [line(no, footer, 796.0 + no)], []))
    mark_running(made)
    assert [[ln.role for ln in p.lines] for p in made] == [
        ["body", "header"], ["body", "body", "header"], ["body", "header"]]


def test_ocr_running_out_of_time_on_every_page_is_no_damaged_file(monkeypatch):
    # a busy machine: Tesseract runs past --timeout on the scanned page; the file itself is sound
    from esep.plugins.pdf import ocr as pdf_ocr

    def too_slow(self, page, page_no):
        raise RuntimeError("Tesseract process timeout")

    monkeypatch.setattr(pdf_ocr.ScanReader, "wants", lambda self, page: True)
    monkeypatch.setattr(pdf_ocr.ScanReader, "read", too_slow)
    with pytest.raises(pdf_loader.OcrTimedOut) as e:
        pdf_loader.load(LAYOUT, Config(timeout=30))
    assert "not damaged" in str(e.value) and "--timeout (30 s)" in str(e.value)
    assert not isinstance(e.value, pdf_loader.DamagedPDF)
