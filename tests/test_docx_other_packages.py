"""Word documents as other programs and habits leave them: a macro-enabled
document or a form template (.docm, .dotx) of the same markup, a document
saved as Strict Open XML, a package whose main part is not
word/document.xml (Word for the web), hidden text a form keeps its filling
samples in, and a key figure card whose figure carries its unit."""

from __future__ import annotations

import zipfile

import docx
import pytest
from lxml import etree

from esep.plugins.docx import loader as docx_loader
from esep.plugins.docx.loader import load
from esep.registry import Config

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
DOCX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


def _report(path):
    d = docx.Document()
    d.add_paragraph("Есеп беру кезеңінде кітапханаға 8 415 оқырман тіркелді.")
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).text, t.cell(0, 1).text = "Көрсеткіш", "2024"
    t.cell(1, 0).text, t.cell(1, 1).text = "Кітап берілімі", "117 640"
    d.save(path)
    return path


def _rewrite(src, dst, change):
    with zipfile.ZipFile(src) as z:
        items = {i.filename: z.read(i.filename) for i in z.infolist()}
    items = change(items)
    with zipfile.ZipFile(dst, "w") as z:
        for name, data in items.items():
            z.writestr(name, data)
    return dst


def _read(path):
    doc = load(path, Config())
    return [b.text for b in doc.blocks], [[c.text for c in t.cells] for t in doc.tables]


@pytest.mark.parametrize("kind", ["application/vnd.ms-word.document.macroEnabled.main+xml",
                                  "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
                                  "application/vnd.ms-word.template.macroEnabledTemplate.main+xml"])
def test_a_macro_enabled_document_or_a_template_reads_as_the_document(kind, tmp_path):
    plain = _report(tmp_path / "plain.docx")

    def as_kind(items):
        items["[Content_Types].xml"] = items["[Content_Types].xml"].replace(DOCX_MAIN.encode(), kind.encode())
        return items

    other = _rewrite(plain, tmp_path / "other.docm", as_kind)
    assert _read(other) == _read(plain)
    assert _read(other)[1] == [["Көрсеткіш", "2024", "Кітап берілімі", "117 640"]]


def _strict(items):
    """The package as Word saves a "Strict Open XML Document": the purl.oclc.org namespaces."""
    pairs = [(b"http://schemas.openxmlformats.org/wordprocessingml/2006/main", b"http://purl.oclc.org/ooxml/wordprocessingml/main"),
             (b"http://schemas.openxmlformats.org/officeDocument/2006/relationships",
              b"http://purl.oclc.org/ooxml/officeDocument/relationships"),
             (b"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
              b"http://purl.oclc.org/ooxml/officeDocument/extendedProperties")]
    for name in list(items):
        if name.endswith((".xml", ".rels")):
            for old, new in pairs:
                items[name] = items[name].replace(old, new)
    return items


def test_a_document_saved_as_strict_open_xml_is_read(tmp_path):
    plain = _report(tmp_path / "plain.docx")
    strict = _rewrite(plain, tmp_path / "strict.docx", _strict)
    with zipfile.ZipFile(strict) as z:
        assert b"purl.oclc.org/ooxml/wordprocessingml/main" in z.read("word/document.xml")
    assert _read(strict) == _read(plain)


def test_a_main_part_named_otherwise_is_found_by_the_package_relationships(tmp_path):
    plain = _report(tmp_path / "plain.docx")

    def renamed(items):
        items["word/document2.xml"] = items.pop("word/document.xml")
        items["word/_rels/document2.xml.rels"] = items.pop("word/_rels/document.xml.rels")
        items["[Content_Types].xml"] = items["[Content_Types].xml"].replace(b"/word/document.xml", b"/word/document2.xml")
        items["_rels/.rels"] = items["_rels/.rels"].replace(b"word/document.xml", b"word/document2.xml")
        return items

    web = _rewrite(plain, tmp_path / "web.docx", renamed)
    assert _read(web) == _read(plain)


def test_a_package_without_any_word_main_part_is_still_refused(tmp_path):
    path = tmp_path / "book.docx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("_rels/.rels", '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
                   'officeDocument" Target="xl/workbook.xml"/></Relationships>')
    with pytest.raises(docx_loader.NotWordPackage):
        load(path, Config())


def test_hidden_text_is_not_read(tmp_path):
    """A form's filling sample set as hidden text (Font > Hidden) is neither
    printed nor the report's; the visible runs around it are read."""
    d = docx.Document()
    d.add_paragraph("Оқырмандар саны: 8 415.")
    p = d.add_paragraph()
    p._p.append(etree.fromstring(f'<w:r xmlns:w="{W_NS}"><w:rPr><w:vanish/></w:rPr>'
                                 '<w:t>Толтыру үлгісі: Оқырмандар саны – 10 000.</w:t></w:r>'))
    q = d.add_paragraph("Кітап берілімі: ")
    q._p.append(etree.fromstring(f'<w:r xmlns:w="{W_NS}"><w:rPr><w:vanish/></w:rPr><w:t>200 000 (үлгі) </w:t></w:r>'))
    q.add_run("117 640.")
    r = d.add_paragraph()
    r._p.append(etree.fromstring(f'<w:r xmlns:w="{W_NS}"><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>Келушілер: 52 310.</w:t></w:r>'))
    d.save(tmp_path / "form.docx")
    texts, _ = _read(tmp_path / "form.docx")
    assert texts == ["Оқырмандар саны: 8 415.", "Кітап берілімі: 117 640.", "Келушілер: 52 310."]


_BOX = ('<w:r xmlns:w="{w}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><mc:AlternateContent><mc:Choice Requires="wps">'
        '<w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent>{ps}</w:txbxContent></wps:txbx>'
        '</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice></mc:AlternateContent></w:r>')


def _boxes(path, *boxes):
    d = docx.Document()
    anchor = d.add_paragraph("Итоги года")
    for lines in boxes:
        ps = "".join(f"<w:p><w:r><w:t>{t}</w:t></w:r></w:p>" for t in lines)
        anchor._p.append(etree.fromstring(_BOX.format(w=W_NS, ps=ps)))
    d.save(path)
    return [b.text for b in load(path, Config()).blocks]


def test_a_card_whose_figure_carries_its_unit_is_read_as_one_line(tmp_path):
    texts = _boxes(tmp_path / "cards.docx", ["Фонд на 01.01.2025", "201 350 экз."], ["3 215,0 мың теңге", "қорды толықтыруға"])
    assert texts == ["Итоги года", "Фонд на 01.01.2025 201 350 экз.", "3 215,0 мың теңге қорды толықтыруға"]


def test_a_year_with_its_word_or_a_sentence_is_no_card(tmp_path):
    texts = _boxes(tmp_path / "title.docx", ["ЕСЕП", "2024 жыл"], ["Фонд", "составил 201 350 экз."])
    assert texts == ["Итоги года", "ЕСЕП", "2024 жыл", "Фонд", "составил 201 350 экз."]


_CHUNK_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>
<h2>Отчёт о работе библиотеки-филиала № 3 за 2024 год</h2>
<p>В 2024 году библиотека обслужила 2 410 пользователей.</p>
<table border="1"><tr><th>Показатель</th><th>2023</th><th>2024</th></tr>
<tr><td>Посещения</td><td>21 300</td><td>22 015</td></tr></table>
</body></html>"""


def _chunked(path, body_before: str = "") -> None:
    """A .docx as a web application makes it of a page (html-docx-js): a body of one altChunk, the page beside it."""
    rels_ns = "http://schemas.openxmlformats.org/package/2006/relationships"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml",
                   '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/><Default Extension="htm" ContentType="text/html"/>'
                   f'<Override PartName="/word/document.xml" ContentType="{DOCX_MAIN}"/></Types>')
        z.writestr("_rels/.rels", f'<Relationships xmlns="{rels_ns}"><Relationship Id="rId1" Type="http://schemas.'
                   'openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
                   '</Relationships>')
        z.writestr("word/document.xml", f'<w:document xmlns:w="{W_NS}" xmlns:r="http://schemas.openxmlformats.org/'
                   f'officeDocument/2006/relationships"><w:body>{body_before}<w:altChunk r:id="htmlChunk"/>'
                   '<w:sectPr/></w:body></w:document>')
        z.writestr("word/_rels/document.xml.rels", f'<Relationships xmlns="{rels_ns}"><Relationship Id="htmlChunk" '
                   'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk" '
                   'Target="/word/afchunk.htm"/></Relationships>')
        z.writestr("word/afchunk.htm", _CHUNK_PAGE)


def test_a_document_made_of_a_web_page_embedded_whole_reads_the_page(tmp_path):
    from conftest import soffice_program

    soffice_program("a .docx made of an embedded web page")
    config = Config(options={"cache_dir": str(tmp_path / "cache")})
    _chunked(tmp_path / "export.docx")
    doc = load(tmp_path / "export.docx", config)
    assert [b.text for b in doc.blocks] == ["Отчёт о работе библиотеки-филиала № 3 за 2024 год",
                                           "В 2024 году библиотека обслужила 2 410 пользователей."]
    assert doc.format == "docx" and doc.metadata["embedded_parts"] == ["htm"]
    assert [[c.text for c in t.cells] for t in doc.tables] == [["Показатель", "2023", "2024", "Посещения", "21 300", "22 015"]]
    assert doc.tables[0].position == 1 and all(b.provenance.source is None for b in doc.blocks)


def test_a_part_embedded_beside_the_documents_own_text_is_said_not_read(tmp_path):
    _chunked(tmp_path / "mixed.docx", '<w:p><w:r><w:t>Приложение к отчёту за 2024 год</w:t></w:r></w:p>')
    doc = load(tmp_path / "mixed.docx", Config(options={"cache_dir": str(tmp_path / "cache")}))
    assert [b.text for b in doc.blocks] == ["Приложение к отчёту за 2024 год"]
    assert any("altChunk" in x for x in doc.metadata["parts_not_read"])
