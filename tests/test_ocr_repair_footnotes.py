"""OCR repair of what scans of reports with footnotes, grey table headers,
Kazakh endings after figures and web addresses come out as.  Text-level
strings with the damage OCR does, no Tesseract."""

from __future__ import annotations

from esep.model import Block, Cell, Document, Provenance, Table
from esep.plugins import ocr_repair
from esep.plugins.ocr_repair import possessive_i, site_name
from esep.registry import Config

NO_DICTS = Config(options={"hunspell_dicts": "/nowhere/none"})


def _document(paragraphs):
    """Paragraphs as (text, top) on page 1 of a scan some 750 points tall."""
    doc = Document(id="x", path="x.pdf", format="pdf", metadata={"ocr": "text_layer"})
    for text, top in paragraphs:
        doc.add_block(Block("paragraph", text, Provenance(page=1, bbox=(70.0, top, 520.0, top + 14))))
    return doc


def _facts(doc):
    from esep.plugins.facts.plugin import extract

    ocr_repair.repair_document(doc, NO_DICTS)
    return [r for r in extract(doc, Config()) if r.table == "facts"]


def _body_and_notes():
    return _document([
        ("Читателей записано 12 400 человек.", 100.0),
        ("Выдано 305 210¹ экз. литературы, посещений 96 7402, из них детьми 41 030.", 130.0),
        ("Фонд составил 180 500 экз.3 За год списано 6 200 экз.", 160.0),
        ("1 Учтены выдачи в читальном зале.", 700.0),
        ("2 Учтены посещения массовых мероприятий.", 716.0),
        ("3 Данные на 1 января.", 732.0),
    ])


def test_footnotes_at_the_foot_lose_their_numbers_and_figures_their_marks():
    doc = _body_and_notes()
    rows = ocr_repair.repair_document(doc, NO_DICTS)
    texts = [b.text for b in doc.blocks]
    assert texts[3:] == ["Учтены выдачи в читальном зале.", "Учтены посещения массовых мероприятий.",
                         "Данные на 1 января."]
    assert "посещений 96740," in texts[1] and "экз. За год" in texts[2]
    assert doc.blocks[1].original.startswith("Выдано 305 210¹")  # the text as read is kept
    assert {r["rule"] for r in rows} >= {"footnote"}


def test_a_figure_a_footnote_mark_was_taken_off_is_less_sure():
    facts = {r.values["value"]: r for r in _facts(_body_and_notes())}
    assert 96740.0 in facts and 967402.0 not in facts
    assert facts[96740.0].confidence < facts[41030.0].confidence


def test_numbered_lines_in_the_page_body_are_no_footnotes():
    doc = _document([
        ("Итоги года:", 100.0),
        ("1 Книговыдача выросла до 96 7402 экз.", 120.0),
        ("2 Посещения выросли.", 140.0),
    ])
    ocr_repair.repair_document(doc, NO_DICTS)
    assert doc.blocks[1].text.startswith("1 Книговыдача") and "96 7402" in doc.blocks[1].text


def test_lines_at_the_foot_not_numbered_in_order_are_no_footnotes():
    doc = _document([("Выдано 96 7402 экз.", 100.0), ("5 Семинаров проведено.", 700.0),
                     ("2 Курса пройдено.", 716.0)])
    ocr_repair.repair_document(doc, NO_DICTS)
    assert [b.text for b in doc.blocks] == ["Выдано 96 7402 экз.", "5 Семинаров проведено.", "2 Курса пройдено."]


def test_the_kazakh_possessive_after_a_figure_read_as_one():
    doc = _document([("Жүйеде 96 қызметкер бар, оның 58-1 кітапханашы.", 100.0)])
    facts = _facts(doc)
    assert "58-і" in doc.blocks[0].text
    assert 1.0 not in {r.values["value"] for r in facts}
    assert possessive_i(58) and possessive_i(13) and possessive_i(300) and possessive_i(70)
    # екі-сі, алты-сы, жеті-сі, тоғыз-ы, он-ы, жиырма-сы, мың-ы: no "-і" to read as 1
    assert not any(possessive_i(n) for n in (2, 6, 7, 9, 10, 20, 2000, 1))


def test_a_number_with_one_after_a_hyphen_stays_where_it_is_no_ending():
    doc = _document([("Бұйрық № 45-1 бойынша 2022-1 жоспар, оның 46-1 бөлімі.", 100.0)])
    ocr_repair.repair_document(doc, NO_DICTS)
    assert doc.blocks[0].text == "Бұйрық № 45-1 бойынша 2022-1 жоспар, оның 46-1 бөлімі."


def test_a_web_address_read_in_cyrillic_letters():
    doc = _document([("Через портал едоу.К2 оформлено 310 справок, сайт казпеь.кг.", 100.0)])
    ocr_repair.repair_document(doc, NO_DICTS)
    assert doc.blocks[0].text == "Через портал egov.kz оформлено 310 справок, сайт kazneb.kz."
    assert site_name("книга") is None


def test_certificates_of_the_e_government_portal_read_by_ocr_are_no_references():
    doc = _document([("Через портал едоу.К7 выдано 310 адресных справок.", 100.0)])
    assert not [r for r in _facts(doc) if (r.values.get("metric") or "").startswith("bibliography.")]


def _table(corner):
    cells = [Cell(0, 0, corner), Cell(0, 1, "2021 ж."), Cell(0, 2, "2022 ж.")]
    for i, (label, a, b) in enumerate([("Оқырмандар саны", "4 120", "4 380"), ("Кітап берілімі", "81 200", "84 650"),
                                       ("Келушілер саны", "30 500", "31 940")], start=1):
        cells += [Cell(i, 0, label), Cell(i, 1, a), Cell(i, 2, b)]
    doc = Document(id="x", path="x.pdf", format="pdf", metadata={"ocr": "text_layer"})
    doc.add_block(Block("heading", "2022 жылғы есеп", Provenance(page=1)))
    doc.tables.append(Table(cells=cells, provenance=Provenance(page=1, table=0)))
    return doc


def test_a_corner_cell_read_as_one_digit_over_a_column_of_labels():
    doc = _table("6")
    facts = _facts(doc)
    corner = doc.tables[0].cells[0]
    assert corner.text == "" and corner.original == "6"
    assert {(r.values["metric"], r.values["value"]) for r in facts} >= {
        ("users.registered", 4380.0), ("loans.total", 84650.0), ("visits.total", 30500.0)}


def test_a_number_sign_in_the_corner_stays():
    doc = _table("№")
    ocr_repair.repair_document(doc, NO_DICTS)
    assert doc.tables[0].cells[0].text == "№"
