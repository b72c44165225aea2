"""Scanned and OCR'd PDFs: ruled tables and skew found in page images,
Tesseract on a page without text (cached by page-image hash), the text
layer an OCR program left, and the message when Tesseract is missing.

Tests that run Tesseract need it with its Kazakh and Russian data
(``tesseract-ocr tesseract-ocr-kaz tesseract-ocr-rus``): they are skipped
with a reason on a machine without them, and fail in CI (``CI=true``)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import numpy as np
import pdfplumber
import pytest
from PIL import Image, ImageDraw

from esep.pipeline import Ingester
from esep.plugins.pdf import loader as pdf_loader
from esep.plugins.pdf import ocr
from esep.registry import Config
from esep.storage import Store

from conftest import CORPUS, SEED_STEM

SCAN300 = CORPUS / f"{SEED_STEM}.scan300.pdf"
OCR300 = CORPUS / f"{SEED_STEM}.ocr300.pdf"
OCR200 = CORPUS / f"{SEED_STEM}.ocr200.pdf"
FIXTURES = Path(__file__).parent / "fixtures"


def tesseract_problem() -> str | None:
    try:
        ocr.check_tesseract("kaz+rus")
    except ocr.OcrUnavailable as e:
        return str(e)
    return None


@pytest.fixture
def tesseract():
    problem = tesseract_problem()
    if problem:
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI must install Tesseract for the OCR tests: {problem}")
        pytest.skip(f"Tesseract is not usable here: {problem}")


def pages_of(src, numbers, dest):
    """A PDF of some pages of ``src`` (1-based), to keep tests short."""
    import pypdfium2 as pdfium

    out = pdfium.PdfDocument.new()
    doc = pdfium.PdfDocument(str(src))
    out.import_pages(doc, [n - 1 for n in numbers])
    out.save(str(dest))
    doc.close()
    out.close()
    return dest


# ------------------------------------------------------------ image tables


def draw_table(width=1200, height=700, angle=0.0):
    """A white page with a ruled table: a header row whose first cell spans
    two rows and whose second spans two columns, then two body rows."""
    img = Image.new("L", (width, height), 255)
    d = ImageDraw.Draw(img)
    xs, ys = [100, 400, 700, 1000], [100, 160, 220, 280, 340]
    for y in (ys[0], ys[2], ys[3], ys[4]):
        d.line([(xs[0], y), (xs[-1], y)], fill=0, width=3)
    d.line([(xs[1], ys[1]), (xs[-1], ys[1])], fill=0, width=3)  # under the spanning header
    for x in (xs[0], xs[-1]):
        d.line([(x, ys[0]), (x, ys[-1])], fill=0, width=3)
    d.line([(xs[1], ys[0]), (xs[1], ys[-1])], fill=0, width=3)
    d.line([(xs[2], ys[1]), (xs[2], ys[-1])], fill=0, width=3)  # not through the top header
    d.text((120, 300), "12 564", fill=0)
    if angle:
        img = img.rotate(angle, fillcolor=255)
    return np.asarray(img)


def test_ruled_table_found_with_merged_cells():
    tables = ocr.find_ruled_tables(draw_table(), dpi=150)
    assert len(tables) == 1
    box, cells = tables[0]
    assert box[0] <= 100 <= box[0] + 5 and box[2] >= 1000 - 5
    # 3 cols x 4 rows = 12 squares; the first header cell spans 2 rows, the
    # second 2 columns: 12 - 1 - 1 = 10 cells
    assert len(cells) == 10
    tall = [c for c in cells if c[3] - c[1] > 100]
    wide = [c for c in cells if c[2] - c[0] > 500]
    assert len(tall) == 1 and tall[0][0] < 110
    assert len(wide) == 1 and wide[0][1] < 110


def test_skew_found_and_levelled():
    gray = draw_table(angle=0.7)
    angle = ocr.estimate_skew(gray)
    assert abs(angle + 0.7) <= 0.15 or abs(angle - 0.7) <= 0.15
    tables = ocr.find_ruled_tables(ocr.rotate(gray, angle), dpi=150)
    assert len(tables) == 1 and len(tables[0][1]) == 10


def test_a_ruled_row_alone_at_a_page_foot_is_a_table():
    """A table broken by the page break may leave only its header row, of
    two lines (7 mm), at the page's foot: its column rules are short, still
    rules.  Large bold letters on the page are no table."""
    from PIL import ImageFont

    img = Image.new("L", (2480, 1200), 255)
    d = ImageDraw.Draw(img)
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf", 90)
    d.text((200, 200), "ІІІ. ЕСЕП", font=font, fill=0)  # a heading of 7.6 mm letters
    top, bottom = 900, 900 + 83  # 7 mm at 300 dpi
    xs = [200, 330, 1200, 2000]
    for y in (top, bottom):
        d.line([(xs[0], y), (xs[-1], y)], fill=0, width=3)
    for x in xs:
        d.line([(x, top), (x, bottom)], fill=0, width=3)
    tables = ocr.find_ruled_tables(np.asarray(img), dpi=300)
    assert len(tables) == 1
    box, cells = tables[0]
    assert abs(box[1] - top) <= 3 and len(cells) == 3


def test_a_header_of_one_line_over_a_row_merged_across_keeps_its_columns():
    """A header row of one line (5 mm) over a section row merged across the
    table ("Для взрослых"): its column rules run from rule to rule though
    they are shorter than a column rule elsewhere; the stems of large
    letters inside a cell reach no rule and cut nothing."""
    from PIL import ImageFont

    img = Image.new("L", (2480, 1400), 255)
    d = ImageDraw.Draw(img)
    xs = [200, 1000, 1600, 2200]
    ys = [300, 359, 418, 560, 702]  # header 5 mm, section 5 mm, two rows of 12 mm
    for y in ys:
        d.line([(xs[0], y), (xs[-1], y)], fill=0, width=3)
    for x in (xs[0], xs[-1]):
        d.line([(x, ys[0]), (x, ys[-1])], fill=0, width=3)
    for x in xs[1:-1]:
        d.line([(x, ys[0]), (x, ys[1])], fill=0, width=3)  # the header's column rules
        d.line([(x, ys[2]), (x, ys[-1])], fill=0, width=3)  # none across the section row
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf", 60)
    d.text((260, 445), "ШЕЖІРЕ", font=font, fill=0)  # stems of 5 mm inside a body cell
    ((box, cells),) = ocr.find_ruled_tables(np.asarray(img), dpi=300)
    rows = {}
    for c in cells:
        rows.setdefault(c[1], []).append(c)
    assert [len(rows[y]) for y in sorted(rows)] == [3, 1, 3, 3]


def test_no_table_in_prose():
    img = Image.new("L", (1200, 800), 255)
    d = ImageDraw.Draw(img)
    for i in range(20):
        d.text((100, 100 + 30 * i), "Кітапхана жұмысы туралы есеп " * 3, fill=0)
    assert ocr.find_ruled_tables(np.asarray(img), dpi=150) == []


def test_scan_pages_recognised():
    with pdfplumber.open(SCAN300) as pdf:
        assert ocr.is_scan(pdf.pages[0]) and not pdf.pages[0].chars
        assert ocr.ScanReader(Config()).wants(pdf.pages[0])
    with pdfplumber.open(CORPUS / f"{SEED_STEM}.pdf") as pdf:
        assert not ocr.is_scan(pdf.pages[0])
        assert not ocr.ScanReader(Config()).wants(pdf.pages[0])
        assert ocr.ScanReader(Config(ocr="always")).wants(pdf.pages[0])
    assert ocr.has_scanned_pages(OCR300, Config()) and ocr.has_scanned_pages(SCAN300, Config())
    assert not ocr.has_scanned_pages(CORPUS / f"{SEED_STEM}.pdf", Config())


# ------------------------------------------------------------- text layer


def test_text_layer_read_with_tables_from_image(tmp_path):
    """A PDF with Tesseract's invisible text over the page image: words from
    the text layer (no OCR run), tables rebuilt from the rules in the image."""
    pdf = pages_of(OCR200, [1, 2], tmp_path / "two.ocr200.pdf")
    doc = pdf_loader.load(pdf, Config(ocr="auto", options={"ocr_cache": "off"}))
    assert doc.metadata["ocr"] == "text_layer"
    assert doc.metadata["text_layer_pages"] == [1, 2] and doc.metadata["ocr_pages"] == []
    text = doc.text()
    assert "Кадрлар" in text and "ҚОРДЫ ҚАЛЫПТАСТЫРУ" in text
    assert [len(t.cells) for t in doc.tables] == [13, 20, 15]
    fund = doc.tables[1].grid()
    assert fund[-1][0] == "314760" and fund[-1][-2] == "305850"
    for b in doc.blocks:
        assert b.provenance.page in (1, 2) and b.provenance.bbox is not None


def test_layer_quality_finds_a_layer_read_across_the_grid():
    """A text layer whose OCR program did not see the table's rules reads a
    row straight across the cells and takes the rules for letters: words
    crossing vertical rules and words of rule characters make it poor; the
    same words placed inside the cells do not."""
    cells = [(100 + 100 * c, 100 + 20 * r, 200 + 100 * c, 120 + 20 * r) for r in range(5) for c in range(4)]
    table = ocr.ImageTable((100, 100, 500, 200), cells)
    inside = [ocr.OcrWord(str(1000 + r * 10 + c), 110 + 100 * c, 104 + 20 * r, 150 + 100 * c, 116 + 20 * r)
              for r in range(5) for c in range(4)]
    q = ocr.layer_quality(inside, [table])
    assert q["crossing"] == 0 and q["rule_words"] == 0 and ocr.poor_layer(q) == []
    across = [ocr.OcrWord("Кітапхана", 150, 104 + 20 * r, 260, 116 + 20 * r) for r in range(5)]
    bars = [ocr.OcrWord("|", 198, 104 + 20 * r, 202, 116 + 20 * r) for r in range(5)]
    q = ocr.layer_quality(inside[::2] + across + bars, [table])
    poor = ocr.poor_layer(q)
    assert any(p.startswith("crossing=") for p in poor) and any(p.startswith("rule_words=") for p in poor)
    # a layer that left out cells the image has ink in
    gray = np.full((300, 600), 255, dtype=np.uint8)
    for x0, top, x1, bottom in cells:
        gray[int(top) + 7:int(bottom) - 7, int(x0) + 20:int(x1) - 40] = 0  # a figure's ink
    assert ocr.layer_quality(inside, [table], gray, 1.0)["missed_cells"] == 0
    q = ocr.layer_quality(inside[:10], [table], gray, 1.0)
    assert q["missed_cells"] == 0.5 and ocr.poor_layer(q) == ["missed_cells=0.5"]


def test_a_layer_read_sideways_is_noise():
    """The layer another program wrote over a page printed sideways without
    turning it: lone letters and garbage together make it poor, though
    neither is over its own limit; the seed's own OCR layers stay far below."""
    sideways = json.loads((FIXTURES / "ocr" / "sideways_layer.json").read_text(encoding="utf-8"))["words"]
    words = [ocr.OcrWord(t, 10 * i, 100, 10 * i + 8, 110) for i, t in enumerate(sideways)]
    q = ocr.layer_quality(words, [])
    assert q["garbage"] < ocr.POOR_LAYER["garbage"] and "noise" in " ".join(ocr.poor_layer(q))
    with pdfplumber.open(OCR200) as pdf:
        for page in pdf.pages[:4]:
            layer = [ocr.OcrWord(w["text"], w["x0"], w["top"], w["x1"], w["bottom"]) for w in page.extract_words()]
            assert ocr.layer_quality(layer, [])["noise"] < 0.1


def test_a_latin_script_page_read_with_cyrillic_models_is_poor():
    """A page in Latin-script Kazakh whose layer another program made with
    Cyrillic models: its h comes out as the Kazakh һ in many words, which
    sets the layer aside; a Kazakh layer with a borrowed word in һ stays."""
    latin = ("Ваһаг 2021 іуу Кіарһапа одугтапба ҚаҺуһшег запу кейеі Кігар Іогу мҺазу" * 3).split()
    layer = [ocr.OcrWord(t, 10 * i, 100, 10 * i + 8, 110) for i, t in enumerate(latin)]
    q = ocr.layer_quality(layer, [])
    assert q["latin_h"] > ocr.LATIN_H_SHARE and any(p.startswith("latin_h=") for p in ocr.poor_layer(q))
    kazakh = ("Кітапхана оқырмандарға қызмет көрсетті Мұхаммед пайғамбар туралы кітап көрмесі ұйымдастырылды "
              "жыл бойы оқырмандар саны өсті және келушілер көбейді оқу залына жаңа жиһаз алынды").split()
    layer = [ocr.OcrWord(t, 10 * i, 100, 10 * i + 8, 110) for i, t in enumerate(kazakh * 2)]
    q = ocr.layer_quality(layer, [])
    assert 0 < q["latin_h"] < ocr.LATIN_H_SHARE and ocr.poor_layer(q) == []


def test_a_kazakh_page_read_with_a_russian_model_is_poor():
    """A Kazakh page whose layer another program made with a model for
    Russian only: no ә, ғ, қ, ң, ө, ұ, ү or һ anywhere, і read as "!", "1"
    or и, ә as э; it is set aside.  A Kazakh layer read with Kazakh models
    (a word in Russian letters here and there), a Russian page naming a
    Kazakh library, and the seed's own layers stay."""
    lost = ("«Аксу калалык орталыктандырылган к!тапхана жуйес!» КММ 2024 жылгы жумысынын талдауы "
            "Уш жылда окырмандар саны 658 адамга артты. Кор жэне каржы 2023 жылы к!тап корын "
            "толыктыруга 5 412,6 мын тенге жумсалды, онын ишнде мерз1мд1 басылымдарга 1 308,0 мын тенге").split()
    layer = [ocr.OcrWord(t, 10 * i, 100, 10 * i + 8, 110) for i, t in enumerate(lost)]
    q = ocr.layer_quality(layer, [])
    assert q["lost_kazakh"] == 1.0 and any(p.startswith("lost_kazakh=") for p in ocr.poor_layer(q))
    kazakh = ("«Ақсу қалалық орталықтандырылған кітапхана жүйесі» КММ 2024 жылғы жұмысының талдауы "
              "Үш жылда оқырмандар саны 658 адамға артты. Қор және каржы 2023 жылы кітап қорын "
              "толықтыруға 5 412,6 мың теңге жұмсалды, оның ішінде мерзімді басылымдарға 1 308,0 мың теңге").split()
    layer = [ocr.OcrWord(t, 10 * i, 100, 10 * i + 8, 110) for i, t in enumerate(kazakh)]
    q = ocr.layer_quality(layer, [])
    assert q["lost_kazakh"] < 0.1 and ocr.poor_layer(q) == []
    russian = ("Отчёт ГУ «Аксу калалык орталыктандырылган кутапхана жуйеси» за 2024 год. Число читателей "
               "составило 11 862 человека, книговыдача 236 915 экземпляров, проведено 417 мероприятий").split()
    layer = [ocr.OcrWord(t, 10 * i, 100, 10 * i + 8, 110) for i, t in enumerate(russian)]
    assert ocr.layer_quality(layer, [])["lost_kazakh"] == 0.0
    with pdfplumber.open(OCR200) as pdf:
        for page in pdf.pages[:4]:
            layer = [ocr.OcrWord(w["text"], w["x0"], w["top"], w["x1"], w["bottom"]) for w in page.extract_words()]
            assert ocr.layer_quality(layer, [])["lost_kazakh"] < 0.1


def test_garbage_words_without_a_dictionary():
    for word in ("Кітапхана", "2018ж", "іс-шаралар,", "«Рухани", "314760", "№5", "(885)", "Library"):
        assert not ocr._garbage(word), word
    for word in ("5ЕН4", "Кiтап", "БНТ", "ке|н"):  # digits in letters, Latin i in Cyrillic, no vowel, a bar
        assert ocr._garbage(word), word


def test_poor_text_layer_is_set_aside_and_the_page_ocrd(tmp_path, monkeypatch):
    """When the layer is poor the page is OCR'd (here a stand-in for
    Tesseract) and the document's metadata says which page and why."""
    pdf = pages_of(OCR200, [2], tmp_path / "one.ocr200.pdf")
    doc = pdf_loader.load(pdf, Config(ocr="auto", options={"ocr_cache": "off"}))
    assert doc.metadata["text_layer_pages"] == [1] and "reocr_pages" not in doc.metadata
    calls = []

    def fake_ocr(img, config, dpi, lang=None, psm=None, extra=""):
        if psm is None:  # the page (cells read again alone come with their own mode)
            calls.append(dpi)
        # a line of words, as a page reads (a page of one word would be tried turned)
        return [{"text": "Кітапхана", "left": 100 + 220 * i, "top": 100, "width": 200, "height": 40,
                 "conf": 90.0, "line": "1.1.1"} for i in range(30)]

    monkeypatch.setattr(ocr, "ocr_image", fake_ocr)
    monkeypatch.setitem(ocr.POOR_LAYER, "garbage", -1.0)  # every layer poor
    doc = pdf_loader.load(pdf, Config(ocr="auto", options={"ocr_cache": "off"}))
    assert calls == [300] and doc.metadata["ocr_pages"] == [1]
    assert list(doc.metadata["reocr_pages"]) == ["1"] and doc.metadata["reocr_pages"]["1"][0].startswith("garbage=")
    # --ocr never keeps the layer, however poor
    doc = pdf_loader.load(pdf, Config(ocr="never", options={"ocr_cache": "off"}))
    assert doc.metadata["text_layer_pages"] == [1] and len(calls) == 1


# -------------------------------------------------------------------- OCR


def test_ocr_page_words_confidence_and_cache(tesseract, tmp_path, monkeypatch):
    pdf = pages_of(SCAN300, [2], tmp_path / "page2.pdf")
    config = Config(options={"cache_dir": str(tmp_path / "cache")})
    doc = pdf_loader.load(pdf, config)
    assert doc.metadata["ocr"] == "tesseract" and doc.metadata["ocr_pages"] == [1]
    text = doc.text()
    assert "АҚПАРАТТЫҚ-БИБЛИОГРАФИЯЛЫҚ" in text
    assert "Мағауия мақамы" in text
    items = [b for b in doc.blocks if b.kind == "list_item"]
    assert [b.number for b in items[:2]] == ["1", "2"]
    assert all(b.confidence is not None and 0.3 < b.confidence <= 1.0 for b in doc.blocks)
    assert [len(t.cells) for t in doc.tables] == [15]
    cached = list((tmp_path / "cache" / "ocr").rglob("*.json"))
    # the page's words, and its orientation and script (a Cyrillic page: not read again in English)
    assert len([p for p in cached if not p.name.endswith(".osd.json")]) == 1
    assert len([p for p in cached if p.name.endswith(".osd.json")]) <= 1

    # a second read takes the words from the cache: Tesseract is not run again
    import pytesseract

    def refuse(*a, **k):
        raise AssertionError("OCR ran again")

    monkeypatch.setattr(pytesseract, "image_to_data", refuse)
    monkeypatch.setattr(pytesseract, "image_to_osd", refuse)
    again = pdf_loader.load(pdf, config)
    assert again.text() == text


def test_ocr_runs_single_threaded(tesseract, tmp_path, monkeypatch):
    import pytesseract

    seen = {}

    def spy(*a, **k):
        seen["omp"] = os.environ.get("OMP_THREAD_LIMIT")
        return {k2: [] for k2 in ("text", "conf", "left", "top", "width", "height",
                                  "block_num", "par_num", "line_num")}

    monkeypatch.setattr(pytesseract, "image_to_data", spy)
    monkeypatch.setenv("OMP_THREAD_LIMIT", "4")
    img = Image.new("L", (100, 100), 255)
    assert ocr.ocr_image(img, Config(options={"ocr_cache": "off"}), 300) == []
    assert seen["omp"] == "1"


def test_missing_tesseract_fails_the_file_with_what_to_install(tmp_path, monkeypatch, registry):
    monkeypatch.setenv("ESEP_TESSERACT", str(tmp_path / "no-such-tesseract"))
    ocr._tesseract_info.cache_clear()
    scan = pages_of(SCAN300, [1], tmp_path / "scan.pdf")
    txt = tmp_path / "note.txt"
    txt.write_text("Кітапхана есебі\n", encoding="utf-8")
    store = Store(tmp_path / "e.db", registry.migrations)
    config = Config(options={"cache_dir": str(tmp_path / "cache")})
    summary = Ingester(store, registry, config).run([scan, txt])
    assert summary.counts["ingested"] == 1 and summary.counts["failed"] == 1
    failed = next(o for o in summary.outcomes if o.status == "failed")
    assert "tesseract-ocr tesseract-ocr-kaz tesseract-ocr-rus" in failed.message
    rows = list(store.db.query("select path, stage, message from ingest_errors"))
    assert len(rows) == 1 and rows[0]["path"].endswith("scan.pdf")
    assert "tesseract-ocr-kaz" in rows[0]["message"]
    store.close()
    ocr._tesseract_info.cache_clear()


def test_ocr_never_leaves_scans_unread(tmp_path, registry):
    """--ocr never: an image-only page gives no text (and needs no Tesseract)."""
    scan = pages_of(SCAN300, [1], tmp_path / "scan.pdf")
    store = Store(tmp_path / "e.db", registry.migrations)
    summary = Ingester(store, registry, Config(ocr="never")).run([scan])
    assert summary.counts["ingested"] == 1
    n = store.db.execute("select count(*) from blocks").fetchone()[0]
    assert n == 0
    store.close()


def test_variants_share_the_seed_gold():
    from esep.plugins.evaluation import gold_stems

    assert gold_stems(str(SCAN300)) == [f"{SEED_STEM}.scan300", SEED_STEM]
    assert gold_stems("/x/report.docx") == ["report"]


def test_quarter_numeral_of_a_scanned_title_read(tesseract, tmp_path, registry):
    """Tesseract's Kazakh and Russian models read a serif "II" as the letter
    "П": the scanned report is still about the second quarter, and the
    repair is recorded with the text OCR gave."""
    from PIL import ImageFont

    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf", 58)
    img = Image.new("L", (2480, 1000), 255)
    d = ImageDraw.Draw(img)
    lines = ["Централизованная библиотечная система района",
             "Отчет о работе за II квартал 2023 года",
             "Во II квартале выдано 47 205 документов."]
    for k, line in enumerate(lines):
        d.text((150, 150 + 110 * k), line, font=font, fill=0)
    scan = tmp_path / "report.pdf"
    img.save(scan, "PDF", resolution=300)
    store = Store(tmp_path / "e.db", registry.migrations)
    config = Config(options={"cache_dir": str(tmp_path / "cache")})
    Ingester(store, registry, config).run([scan])
    meta = store.db.execute("select metadata from documents").fetchone()[0]
    repairs = store.db.execute("select before, after from ocr_repairs where rule = 'roman'").fetchall()
    store.close()
    assert '"period": "2023-Q2"' in meta
    assert ("П", "II") in repairs


def test_a_page_in_latin_script_is_read_with_english_first(tesseract, tmp_path):
    """Kazakh in the Latin alphabet comes out of the Kazakh and Russian
    models as Cyrillic garbage: such a page is read again with English
    first; a Cyrillic page is read once."""
    from PIL import ImageFont

    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf", 46)

    def page(lines):
        img = Image.new("L", (2480, 200 + 90 * len(lines)), 255)
        d = ImageDraw.Draw(img)
        for k, line in enumerate(lines):
            d.text((150, 100 + 90 * k), line, font=font, fill=0)
        return img

    config = Config(options={"cache_dir": str(tmp_path / "cache")})
    latin = page(["Kitaphana jelisi 18 kitaphanadan turady. Qyzmet korsetu aimagynda",
                  "37 405 turgyn turady. Oqyrmandar sany 19 955 adamdy qurady, kitaphanalarga",
                  "kelu sany 157 117 boldy. Esepti jyly 212 is-shara otkizildi."])
    words, lang = ocr.read_page_words(latin, config, 300)
    text = " ".join(w["text"] for w in words)
    assert lang == "eng+kaz+rus"
    assert "kitaphanadan" in text and "Oqyrmandar" in text
    cyrillic = page(["Кітапхана желісі 18 кітапханадан тұрады. Оқырмандар саны 19 955 адамды",
                     "құрады, кітапханаларға келу саны 157 117 болды."])
    words, lang = ocr.read_page_words(cyrillic, config, 300)
    assert lang == "kaz+rus" and "Оқырмандар" in " ".join(w["text"] for w in words)


def test_a_latin_paragraph_on_a_cyrillic_page_is_read_with_english_first(tesseract, tmp_path):
    """A summary in Latin-script Kazakh on a page that is otherwise Cyrillic:
    the page as a whole reads well, but that paragraph comes out of the
    Kazakh and Russian models as garbage with a low confidence; it alone is
    read again with English first.  The Cyrillic paragraphs keep their
    first reading."""
    from PIL import ImageFont

    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf", 46)
    cyrillic = ["Жүйеге 17 кітапхана кіреді: орталық аудандық кітапхана, аудандық",
                "балалар кітапханасы және 15 ауылдық кітапхана. Барлық кітапханалар",
                "Интернет желісіне қосылған. Кітап сатып алуға жергілікті бюджеттен",
                "2184,5 мың теңге бөлінді, 1236 дана кітап сатып алынды."]
    latin = ["2018 jyldyn birinshi jartyjyldygynda audan kitaphanalary 6 912",
             "oqyrmanga qyzmet korsetti, kelushiler sany 50 870 boldy."]
    img = Image.new("L", (2480, 1000), 255)
    d = ImageDraw.Draw(img)
    for k, line in enumerate(cyrillic):
        d.text((150, 100 + 70 * k), line, font=font, fill=0)
    for k, line in enumerate(latin):
        d.text((150, 500 + 70 * k), line, font=font, fill=0)
    config = Config(options={"cache_dir": str(tmp_path / "cache")})
    words, lang = ocr.read_page_words(img, config, 300)
    text = " ".join(w["text"] for w in words)
    assert lang == "kaz+rus"  # the page was not read again as a whole
    assert "kitaphanalary" in text and "oqyrmanga" in text and "jartyjyldygynda" in text
    assert "кітапханасы" in text and "Интернет" in text
    first = ocr.ocr_image(img, config, 300)
    assert [w for w in words if w["top"] < 450] == [w for w in first if w["top"] < 450]


def test_a_page_lit_unevenly_is_made_even_before_ocr(tesseract, tmp_path):
    """A photographed page, or a scan with the shadow of a fold: the paper
    goes from white to dark grey, and Tesseract's one threshold for the
    page loses the text in the shadow.  The page is divided by its paper's
    brightness first; an evenly lit page is left as it is."""
    import numpy as np
    from PIL import ImageFont

    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf", 34)
    lines = ["Число пользователей составило 41 280 человек, посещений 318 450.",
             "Книговыдача 812 600 экземпляров, проведено 1 124 мероприятия.",
             "Фонд на конец года 406 120 экземпляров, поступило 9 420."]
    img = Image.new("L", (1650, 700), 255)
    d = ImageDraw.Draw(img)
    for k, line in enumerate(lines):
        d.text((100, 120 + 160 * k), line, font=font, fill=0)
    ink = np.asarray(img, dtype=np.float32) / 255.0
    h, w = ink.shape
    yy, xx = np.mgrid[0:h, 0:w]
    light = 1.0 - 0.5 * (xx / w) - 0.3 * np.exp(-((xx - 0.6 * w) / (0.1 * w)) ** 2)
    uneven = np.clip(235 * light * ink + 25 * light * (1 - ink), 0, 255).astype(np.uint8)
    even = np.asarray(img)
    assert ocr.flatten_background(even, 200) is even
    flat = ocr.flatten_background(uneven, 200)
    config = Config(options={"cache_dir": str(tmp_path / "cache")})
    wanted = {"пользователей", "318", "Книговыдача", "812", "экземпляров,", "406", "120"}
    before = {w["text"] for w in ocr.ocr_image(Image.fromarray(uneven), config, 200)}
    after = {w["text"] for w in ocr.ocr_image(Image.fromarray(flat), config, 200)}
    assert wanted <= after
    assert not wanted <= before  # the test shows something: unflattened, some of it is lost


def shade(gray, boxes, level=170):
    """``gray`` with grey filled boxes under its ink (shaded header cells, shaded rows)."""
    out = gray.copy()
    for x0, y0, x1, y1 in boxes:
        region = out[y0:y1, x0:x1]
        region[region > level] = level
    return out


def test_edges_of_shaded_areas_are_no_column_rules():
    """A shaded band ending inside a table (a grey header over white
    cells, a grey first column, a grey row ending short) leaves an edge
    that an adaptive threshold marks as ink, as long as a rule: it is
    lighter than the page on one side, so it is not taken for a column
    rule.  The table's cells stay those its rules draw; on a page of grey
    bands only, no column rule is found at all."""
    plain = ocr.find_ruled_tables(draw_table(), dpi=150)
    shaded = shade(draw_table(), [(100, 100, 250, 340), (550, 160, 850, 220), (30, 400, 700, 460)])
    found = ocr.find_ruled_tables(shaded, dpi=150)
    assert [sorted(c) for _, c in found] == [sorted(c) for _, c in plain]
    bands = shade(np.full((700, 1200), 255, dtype=np.uint8),
                  [(100, 100 + 80 * i, 700 + 100 * (i % 2), 140 + 80 * i) for i in range(6)])
    assert ocr.find_ruled_tables(bands, dpi=150) == []


def test_a_layer_of_cyrillic_read_as_latin_is_poor():
    """The text layer another program made of a Kazakh page with its OCR set
    to English ("Ecenti kesenge kiranxaHanap … KecTepe Herisri") has
    capitals right after small letters inside its words; an English
    page's layer and a Kazakh page read in Cyrillic have few."""
    def words(text):
        return [ocr.OcrWord(t, 10.0 * i, 100.0, 10.0 * i + 8, 110.0) for i, t in enumerate(text.split())]

    latin = ("Ecenti kesenge kiranxaHanap xyieci KOCHMAaPJIbI KRYMBICTAPALI AKypriszi TeMeHyeri KecTeye Herisri "
             "kepceTKimitep Gepinren OxpipManjapra KbI3MeT Kepcery KepcerKimrepi Kepcetkim Ocyi aTaybl OxpipmaHg "
             "CaHBI Kiran 6epinimi Kenymine CaHBEI Byxapansr mapasiap orueTHOM NepHoge 6u6mMOTeKH CUCTeMBI")
    q = ocr.layer_quality(words(latin), [])
    assert q["mixed_case"] > 0.35 and "mixed_case" in " ".join(ocr.poor_layer(q))
    english = ("Annual report of the library system for the year with the figures of every branch library "
               "Readers Visits Loans Events Central Library Branch Children's Library McKinley Total "
               "registered readers visits to the events loans of books and periodicals the budget")
    kazakh = ("Есепті кезеңде кітапханалар жүйесі жоспарлы жұмыстарды жүргізді Төмендегі кестеде негізгі "
              "көрсеткіштер берілген Оқырмандарға қызмет көрсету көрсеткіштері Оқырмандар саны Кітап берілімі "
              "Келушілер саны Бұқаралық іс-шаралар ҚазҰУ кітапханасы")
    for text in (english, kazakh):
        q = ocr.layer_quality(words(text), [])
        assert q["mixed_case"] <= 0.1 and not any(p.startswith("mixed_case") for p in ocr.poor_layer(q)), text[:20]
