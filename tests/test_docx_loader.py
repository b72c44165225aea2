"""The .docx loader against the seed report's Word form, generated documents
and damaged files; and the corpus builder that makes the Word form."""

import dataclasses
import importlib.util
import io
import json
import shutil
import zipfile

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from esep import model
from esep.pipeline import Ingester, discover
from esep.plugins.docx import loader as docx_loader
from esep.plugins.text import loader as text_loader
from esep.plugins.docx.loader import (
    DamagedZip, InvalidXml, NotWordPackage, NotZip, UnsafeXml, load, looks_like_docx,
)
from esep.registry import Config, Registry, get_plugin_manager
from esep.storage import Store

from conftest import CORPUS, ROOT, SEED_STEM, SEED_TXT

SEED_DOCX = CORPUS / f"{SEED_STEM}.docx"
GOLD = json.loads((CORPUS / "gold" / f"{SEED_STEM}.tables.json").read_text(encoding="utf-8"))


def _builder():
    spec = importlib.util.spec_from_file_location("build_corpus", ROOT / "corpus" / "build_corpus.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


build_corpus = _builder()


def flat(text):
    return " ".join(text.split())


def cell_tuples(table):
    return sorted((c.row, c.col, c.row_span, c.col_span, flat(c.text)) for c in table.cells)


@pytest.fixture(scope="module")
def from_docx():
    return load(SEED_DOCX, Config())


@pytest.fixture(scope="module")
def from_txt():
    return text_loader.load(SEED_TXT, Config())


# -- the seed ------------------------------------------------------------------


def test_the_four_tables_equal_those_of_the_text_export(from_docx, from_txt):
    want = [t for t in from_txt.tables if t.kind == "table"]
    got = from_docx.tables
    assert len(want) == 4 and len(got) == 4
    for g, w in zip(got, want):
        assert (g.n_rows, g.n_cols) == (w.n_rows, w.n_cols)
        assert cell_tuples(g) == cell_tuples(w)
        assert g.kind == "table"


def test_the_tables_match_the_hand_made_gold(from_docx):
    for got, want in zip(from_docx.tables, GOLD["records"]):
        assert (got.n_rows, got.n_cols) == (want["rows"], want["cols"])
        cells = [[c.row, c.col, c.row_span, c.col_span, flat(c.text)] for c in got.cells if c.text.strip()]
        assert cells == want["cells"]


def test_merged_header_cells_are_real_merges(from_docx):
    events = from_docx.tables[3]
    header = {flat(c.text): (c.row, c.col, c.row_span, c.col_span) for c in events.cells if c.row == 0}
    assert header["№"] == (0, 0, 2, 1)
    assert header["2017 жылдың 1-ші ж/ж"] == (0, 2, 1, 3)
    assert header["2018 жылдың 1-ші ж/ж"] == (0, 5, 1, 3)
    two_lines = next(c for c in events.cells if c.text.startswith("2017"))
    assert two_lines.text == "2017 жылдың\n1-ші ж/ж"  # two paragraphs in the cell
    # no Cell sits under a vertically merged one
    assert not [c for c in events.cells if c.row == 1 and c.col in (0, 1)]


def test_every_paragraph_is_read_in_order(from_docx, from_txt):
    assert [flat(b.text) for b in from_docx.blocks] == [flat(b.text) for b in from_txt.blocks]
    assert [b.provenance.paragraph for b in from_docx.blocks] == list(range(len(from_docx.blocks)))


def test_tables_are_interleaved_where_they_stand(from_docx, from_txt):
    want = [t for t in from_txt.tables if t.kind == "table"]
    for g, w in zip(from_docx.tables, want):
        assert g.position == w.position
    items = [(type(i).__name__, flat(i.text) if isinstance(i, model.Block) else i.index)
             for i in from_docx.items()]
    at = items.index(("Table", 2))
    assert items[at - 1] == ("Block", "ҚҰЖАТТАРДЫ ЦИФРЛАУ БОЙЫНША ЖҰМЫСТАР")
    assert items[at + 1][1].startswith("Газет беттеріндегі мақалалар")
    assert [t.provenance.table for t in from_docx.tables] == [0, 1, 2, 3]


def test_headings_from_styles_and_from_bold_capitals(from_docx, from_txt):
    headings = {b.text: b for b in from_docx.blocks if b.kind == "heading"}
    caps = headings["КІТАПХАНА РЕСУРСТАРЫ. ҚОРДЫ ҚАЛЫПТАСТЫРУ"]
    assert (caps.level, caps.style) == (1, "Normal+bold+caps") and caps.confidence < 1
    for title in ("Кадрлар", "Өлкетану", "Наурыз", "Акциялар"):
        assert (headings[title].level, headings[title].style) == (2, "Heading 2")
    # exactly the lines the builder made headings of, plus the centred bold title
    body = range(2, max(t.position for t in from_txt.tables if t.kind == "table") + 1)
    expected = {b.text for b in from_txt.blocks if b.index in body and build_corpus.heading_kind(b.text)}
    assert set(headings) == expected | {from_txt.blocks[1].text}
    assert all(len(t.split()) <= 20 for t in headings)


def test_word_numbering_gives_the_list_numbers(from_docx, from_txt):
    items = [b for b in from_docx.blocks if b.kind == "list_item"]
    numbers = [int(b.number) for b in items]
    assert numbers == [1, 2] + list(range(1, 40))
    assert [flat(b.text) for b in items] == [flat(b.text) for b in from_txt.blocks if b.kind == "list_item"]
    assert not any(b.text[:1].isdigit() and b.text[1:3].startswith(".") for b in items)


def test_metadata_and_provenance(from_docx):
    meta = from_docx.metadata
    assert meta["author"] == build_corpus.AUTHOR
    assert meta["title"].startswith("2018 жылдың 1-ші жарты")
    assert isinstance(meta["pages"], int) and meta["pages"] > 5
    assert from_docx.format == "docx"
    offsets = [b.provenance.char_start for b in from_docx.blocks]
    assert offsets == sorted(offsets)
    first_table = from_docx.tables[0]
    assert from_docx.blocks[first_table.position].provenance.char_end < first_table.provenance.char_start


def test_no_library_object_leaves_the_loader(from_docx):
    allowed = (str, int, float, bool, type(None))

    def check(value, where):
        if dataclasses.is_dataclass(value):
            assert type(value).__module__ == model.__name__, where
            for f in dataclasses.fields(value):
                check(getattr(value, f.name), f"{where}.{f.name}")
        elif isinstance(value, (list, tuple)):
            for i, v in enumerate(value):
                check(v, f"{where}[{i}]")
        elif isinstance(value, dict):
            for k, v in value.items():
                check(v, f"{where}[{k!r}]")
        else:
            assert isinstance(value, allowed), (where, type(value))

    check(from_docx, "document")


# -- the builder -----------------------------------------------------------------


def test_the_builder_is_deterministic_and_matches_the_corpus_file(tmp_path):
    a = build_corpus.build_docx(SEED_TXT, tmp_path / "a.docx")
    b = build_corpus.build_docx(SEED_TXT, tmp_path / "b.docx")
    assert a.read_bytes() == b.read_bytes()
    with zipfile.ZipFile(a) as z:
        assert {i.date_time for i in z.infolist()} == {build_corpus.ZIP_DATE}
        assert "<Pages>" not in z.read("docProps/app.xml").decode()
        numbering = z.read("word/numbering.xml").decode()
        assert numbering.count("<w:startOverride") >= 2
    built, committed = load(a, Config()), load(SEED_DOCX, Config())
    assert [(b.kind, b.text, b.number) for b in built.blocks] == [
        (b.kind, b.text, b.number) for b in committed.blocks]
    assert [cell_tuples(t) for t in built.tables] == [cell_tuples(t) for t in committed.tables]


# -- generated documents -------------------------------------------------------------


def _numbering(d, levels):
    """A two-level numbering definition and one instance of it; its numId."""
    numbering = d.part.numbering_part.element
    abstract = OxmlElement("w:abstractNum")
    abstract.set(qn("w:abstractNumId"), "77")
    for ilvl, text in enumerate(levels):
        lvl = OxmlElement("w:lvl")
        lvl.set(qn("w:ilvl"), str(ilvl))
        for tag, val in (("w:start", "1"), ("w:numFmt", "decimal"), ("w:lvlText", text)):
            el = OxmlElement(tag)
            el.set(qn("w:val"), val)
            lvl.append(el)
        abstract.append(lvl)
    first = numbering.find(qn("w:num"))
    if first is not None:
        first.addprevious(abstract)
    else:
        numbering.append(abstract)
    return numbering.add_num(77).numId


def _numbered(d, text, num_id, ilvl):
    p = d.add_paragraph(text)
    pr = p._p.get_or_add_pPr().get_or_add_numPr()
    pr.get_or_add_ilvl().val = ilvl
    pr.get_or_add_numId().val = num_id
    return p


@pytest.fixture
def generated(tmp_path):
    d = docx.Document()
    d.add_paragraph("Есеп", style="Title")
    ru = d.styles.add_style("Заголовок 1", WD_STYLE_TYPE.PARAGRAPH)
    ru.base_style = d.styles["Normal"]
    d.add_paragraph("Бірінші бөлім", style=ru)
    outline = d.add_paragraph("Бөлім деңгейі арқылы")
    ol = OxmlElement("w:outlineLvl")
    ol.set(qn("w:val"), "2")
    outline._p.get_or_add_pPr().append(ol)
    bold = d.add_paragraph()
    bold.add_run("Жалпы мәліметтер").bold = True
    d.add_paragraph()  # empty: skipped, but counted as a body paragraph
    num = _numbering(d, ["%1.", "%1.%2."])
    for text, ilvl in (("бір", 0), ("бір бір", 1), ("бір екі", 1), ("екі", 0), ("екі бір", 1)):
        _numbered(d, text, num, ilvl)
    d.add_paragraph("3) қолмен жазылған нөмір")
    d.add_paragraph("Кесте алдында.")

    t = d.add_table(rows=3, cols=3)
    t.cell(0, 0).merge(t.cell(0, 1)).text = "A+B"
    t.cell(0, 2).merge(t.cell(2, 2)).text = "C бағанасы"
    t.cell(1, 0).text = "сыртқы"
    inner = t.cell(1, 0).add_table(rows=2, cols=2)
    for (r, c), text in {(0, 0): "i00", (0, 1): "i01", (1, 0): "i10", (1, 1): "i11"}.items():
        inner.cell(r, c).text = text
    t.cell(1, 1).text = "b"
    t.cell(2, 0).text = "x"
    t.cell(2, 1).text = "y"

    d.add_paragraph("Кестелер арасында.")
    shifted = d.add_table(rows=2, cols=3)
    for c, text in enumerate(("h1", "h2", "h3")):
        shifted.cell(0, c).text = text
    for c, text in enumerate(("gone", "v2", "v3")):
        shifted.cell(1, c).text = text
    row = shifted.rows[1]._tr
    row.remove(row.tc_lst[0])  # the row starts one grid column in
    grid_before = OxmlElement("w:gridBefore")
    grid_before.set(qn("w:val"), "1")
    row.get_or_add_trPr().insert(0, grid_before)
    d.add_paragraph("Соңы.")
    rendered = d.paragraphs[-1].runs[0]._r
    rendered.insert(0, OxmlElement("w:lastRenderedPageBreak"))
    path = tmp_path / "generated.docx"
    d.save(path)
    return load(path, Config())


def test_generated_headings(generated):
    heads = [(b.text, b.level, b.style) for b in generated.blocks if b.kind == "heading"]
    assert heads == [
        ("Есеп", 1, "Title"),
        ("Бірінші бөлім", 1, "Заголовок 1"),
        ("Бөлім деңгейі арқылы", 3, "Normal"),
        ("Жалпы мәліметтер", 2, "Normal+bold"),
    ]


def test_generated_multilevel_numbering(generated):
    items = [(b.number, b.text) for b in generated.blocks if b.kind == "list_item"]
    assert items == [("1", "бір"), ("1.1", "бір бір"), ("1.2", "бір екі"), ("2", "екі"),
                     ("2.1", "екі бір"), ("3", "қолмен жазылған нөмір")]
    typed = generated.blocks[[b.text for b in generated.blocks].index("қолмен жазылған нөмір")]
    # the empty paragraph is not a block but keeps its place in the count
    assert typed.provenance.paragraph == typed.index + 1


def test_generated_merges_and_nested_table(generated):
    outer, nested, shifted = generated.tables
    assert [t.provenance.table for t in generated.tables] == [0, 1, 2]
    assert cell_tuples(outer) == sorted([
        (0, 0, 1, 2, "A+B"), (0, 2, 3, 1, "C бағанасы"),
        (1, 0, 1, 1, "сыртқы"), (1, 1, 1, 1, "b"),
        (2, 0, 1, 1, "x"), (2, 1, 1, 1, "y"),
    ])
    assert cell_tuples(nested) == [(0, 0, 1, 1, "i00"), (0, 1, 1, 1, "i01"),
                                   (1, 0, 1, 1, "i10"), (1, 1, 1, 1, "i11")]
    assert nested.position == outer.position  # right after its parent
    assert cell_tuples(shifted) == sorted([
        (0, 0, 1, 1, "h1"), (0, 1, 1, 1, "h2"), (0, 2, 1, 1, "h3"),
        (1, 1, 1, 1, "v2"), (1, 2, 1, 1, "v3"),
    ])
    before = generated.blocks[outer.position].text
    between = generated.blocks[shifted.position].text
    assert (before, between) == ("Кесте алдында.", "Кестелер арасында.")


def test_rendered_page_breaks_give_pages(generated):
    assert [b.provenance.page for b in generated.blocks[-2:]] == [1, 2]
    assert generated.metadata["pages"] == 2


# -- damaged files ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def pm():
    return get_plugin_manager(load_entrypoints=False)


def _rewrite(src, dst, replace):
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for name in zin.namelist():
            zout.writestr(name, replace.get(name, zin.read(name)))
    return dst


def _zip(dst, members):
    with zipfile.ZipFile(dst, "w") as z:
        for name, body in members.items():
            z.writestr(name, body)
    return dst


def _write(dst, data: bytes):
    dst.write_bytes(data)
    return dst


BROKEN = {
    "not_a_zip": (lambda p: _write(p, "Есеп\nбұл мәтін, Word файлы емес\n".encode()),
                  NotZip, "not a zip package"),
    "truncated": (lambda p: _write(p, SEED_DOCX.read_bytes()[:20000]),
                  DamagedZip, "the zip is truncated or damaged"),
    "no_document_xml": (lambda p: _zip(p, {"[Content_Types].xml": "<Types/>", "xl/workbook.xml": "<workbook/>"}),
                        NotWordPackage, "word/document.xml"),
    "bad_xml": (lambda p: _rewrite(SEED_DOCX, p, {"word/document.xml": b"<w:document><w:body>"}),
                InvalidXml, "word/document.xml"),
    "entities": (lambda p: _rewrite(SEED_DOCX, p, {"word/document.xml": (
        b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
        b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        b"<w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>")}),
        UnsafeXml, "word/document.xml"),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_damaged_files_raise_and_explain_themselves(case, tmp_path, pm):
    make, error, words = BROKEN[case]
    path = make(tmp_path / f"{case}.docx")
    with pytest.raises(error) as info:
        load(path, Config())
    message = pm.hook.handle_ingest_error(path=str(path), stage="load", exception=info.value, config=Config())
    assert words in message and "\n" not in message
    assert message.count(";") >= 1  # what is wrong; what to do


def test_limits_and_variants(tmp_path, pm):
    with pytest.raises(docx_loader.TooLarge) as info:
        load(SEED_DOCX, Config(options={"docx_max_xml_mb": 0.1}))
    assert "docx_max_xml_mb" in info.value.advice
    macro = "application/vnd.ms-word.document.macroEnabled.main+xml"
    with zipfile.ZipFile(SEED_DOCX) as z:
        types = z.read("[Content_Types].xml").decode()
    main = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
    path = _rewrite(SEED_DOCX, tmp_path / "macro.docx", {"[Content_Types].xml": types.replace(main, macro)})
    assert [b.text for b in load(path, Config()).blocks] == [b.text for b in load(SEED_DOCX, Config()).blocks]
    glossary = "application/vnd.openxmlformats-officedocument.wordprocessingml.glossary+xml"
    path = _rewrite(SEED_DOCX, tmp_path / "other.docx", {"[Content_Types].xml": types.replace(main, glossary)})
    with pytest.raises(docx_loader.NotPlainDocx) as info:
        load(path, Config())
    assert glossary in info.value.advice
    # other errors are left to other plugins
    assert docx_loader.handle_ingest_error(path="x", stage="load", exception=ValueError("x"), config=Config()) is None


def test_sniff():
    assert looks_like_docx(SEED_DOCX.read_bytes()[:8192])
    buf = io.BytesIO()
    _zip(buf, {"[Content_Types].xml": "<Types/>", "xl/workbook.xml": "<workbook/>"})
    assert not looks_like_docx(buf.getvalue()[:8192])
    buf = io.BytesIO()
    _zip(buf, {"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": "<x/>"})
    assert not looks_like_docx(buf.getvalue()[:8192])
    assert not looks_like_docx(SEED_TXT.read_bytes()[:8192])


# -- end to end ----------------------------------------------------------------------------


def test_ingest_stores_blocks_tables_and_cells(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    shutil.copy(SEED_DOCX, folder / "report.docx")
    (folder / "broken.docx").write_bytes(SEED_DOCX.read_bytes()[:20000])
    registry = Registry(get_plugin_manager(load_entrypoints=False))
    store = Store(tmp_path / "esep.db", registry.migrations)
    summary = Ingester(store, registry).run(discover([folder]))
    assert summary.counts["ingested"] == 1 and summary.counts["failed"] == 1
    db = store.db
    doc = next(db.query("select * from documents"))
    assert (doc["format"], doc["loader"], doc["n_tables"]) == ("docx", "docx", 4)
    assert doc["pages"] == load(SEED_DOCX, Config()).metadata["pages"]
    assert db.execute("select count(*) from doc_tables").fetchone()[0] == 4
    n_cells = sum(len(t.cells) for t in load(SEED_DOCX, Config()).tables)
    assert db.execute("select count(*) from cells").fetchone()[0] == n_cells
    numbers = [r[0] for r in db.execute("select number from blocks where kind = 'list_item' order by idx")]
    assert numbers == [str(n) for n in [1, 2] + list(range(1, 40))]
    assert db.execute("select count(*) from blocks where kind = 'heading'").fetchone()[0] >= 18
    error = next(db.query("select * from ingest_errors"))
    assert error["path"].endswith("broken.docx") and "truncated or damaged" in error["message"]
    store.close()


def test_the_loader_is_registered(pm):
    registry = Registry(pm)
    loader = next(ld for ld in registry.loaders if ld.name == "docx")
    assert ".docx" in loader.suffixes and loader.any_suffix
    assert docx_loader in pm.get_plugins()


_TEXT_BOX = """
<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
     xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
     xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
     xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
     xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
     xmlns:v="urn:schemas-microsoft-com:vml">
 <mc:AlternateContent>
  <mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx>
   <w:txbxContent>{paragraphs}</w:txbxContent>
  </wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>
  <mc:Fallback><w:pict><v:shape><v:textbox>
   <w:txbxContent>{paragraphs}</w:txbxContent>
  </v:textbox></v:shape></w:pict></mc:Fallback>
 </mc:AlternateContent>
</w:r>"""


def test_a_title_set_in_a_text_box_is_read_once_after_its_anchor(tmp_path):
    """Title pages set "ОТЧЕТ" and the period in a text box, which Word
    writes twice (a drawing, and VML for older readers in mc:Fallback):
    its paragraphs are read once, after the paragraph the box is anchored
    in."""
    from lxml import etree

    d = docx.Document()
    anchor = d.add_paragraph("МБУК «Централизованная библиотечная система» г. Северска")
    lines = ["ИНФОРМАЦИОННЫЙ ОТЧЕТ", "о работе библиотек за 2021 год"]
    paragraphs = "".join(f"<w:p><w:r><w:t>{t}</w:t></w:r></w:p>" for t in lines)
    anchor._p.append(etree.fromstring(_TEXT_BOX.format(paragraphs=paragraphs)))
    d.add_paragraph("Число пользователей составило 12 345 человек.")
    path = tmp_path / "title_box.docx"
    d.save(path)
    doc = load(path, Config())
    texts = [b.text for b in doc.blocks]
    assert texts == [anchor.text, *lines, "Число пользователей составило 12 345 человек."]


def _sliver_table(path):
    """A Kazakh events table whose grid has a column one twip wide, as a .doc
    saved again by Writer has: the 2017 participants span it in the rows
    below, the 2018 header spans it in the header row."""
    d = docx.Document()
    d.add_paragraph("2018 жылғы жұмыс туралы есеп")
    t = d.add_table(rows=4, cols=7)
    grid = t._tbl.tblGrid
    for g, w in zip(grid.findall(qn("w:gridCol")), (435, 2777, 1057, 2155, 1, 1057, 2155)):
        g.set(qn("w:w"), str(w))
    t.cell(0, 2).merge(t.cell(0, 3)).text = "2017 жыл"
    t.cell(0, 4).merge(t.cell(0, 6)).text = "2018 жыл"
    t.cell(0, 0).text, t.cell(0, 1).text = "№", "Іс-шара түрлері"
    t.cell(1, 2).text, t.cell(1, 5).text, t.cell(1, 6).text = "саны", "саны", "қатысушылар"
    t.cell(1, 3).merge(t.cell(1, 4)).text = "қатысушылар"
    for r, row in ((2, ("1", "Кітап көрмелері", "96", "2 140", "104", "2 385")),
                   (3, ("2", "Әдеби кештер", "18", "640", "22", "715"))):
        t.cell(r, 3).merge(t.cell(r, 4))
        for c, text in zip((0, 1, 2, 3, 5, 6), row):
            t.cell(r, c).text = text
    d.save(path)


def test_a_sliver_of_the_grid_is_no_column(tmp_path):
    _sliver_table(tmp_path / "sliver.docx")
    doc = docx_loader.load(tmp_path / "sliver.docx", Config())
    (t,) = doc.tables
    assert t.n_cols == 6
    rows = [[(c.text, c.col, c.col_span) for c in r] for r in t.rows()]
    assert rows[0][2:] == [("2017 жыл", 2, 2), ("2018 жыл", 4, 2)]
    assert rows[2] == [("1", 0, 1), ("Кітап көрмелері", 1, 1), ("96", 2, 1), ("2 140", 3, 1),
                       ("104", 4, 1), ("2 385", 5, 1)]
    from esep.plugins.events import stats

    got = {(r.values["label"], r.values["period"]): r.values["participants"]
           for r in stats.extract(doc, Config()) if r.table == "event_stats"}
    assert got[("Кітап көрмелері", "2017")] == 2140 and got[("Кітап көрмелері", "2018")] == 2385


def test_a_nested_table_is_titled_by_its_place_in_the_outer_table(tmp_path):
    # an outer table of dates, the figures of each date in a table nested in the next cell
    d = docx.Document()
    d.add_paragraph("Қор құрамы:")
    outer = d.add_table(rows=3, cols=2)
    outer.cell(0, 0).text, outer.cell(0, 1).text = "Күні", "Кітап қоры, дана"
    for r, (date, total) in enumerate([("01.01.2022 ж.", "84 100"), ("01.01.2023 ж.", "85 730")], 1):
        outer.cell(r, 0).text = date
        inner = outer.cell(r, 1).add_table(rows=2, cols=2)
        inner.cell(0, 0).text, inner.cell(0, 1).text = "Барлығы", total
        inner.cell(1, 0).text, inner.cell(1, 1).text = "қазақ тілінде", "40 210"
    path = tmp_path / "nested.docx"
    d.save(path)
    doc = load(path, Config())
    top, first, second = doc.tables
    assert top.title is None
    assert (first.title, second.title) == ("Кітап қоры, дана / 01.01.2022 ж.", "Кітап қоры, дана / 01.01.2023 ж.")
    assert first.grid()[0] == ["Барлығы", "84 100"] and second.grid()[0] == ["Барлығы", "85 730"]


def test_a_table_nested_in_a_layout_cell_of_a_whole_page_takes_only_its_short_line(tmp_path):
    d = docx.Document()
    page = d.add_table(rows=1, cols=1).cell(0, 0)
    page.text = "Кітапхана жыл бойы аудан тұрғындарына қызмет көрсетіп, оқырмандар санын арттыруға күш салды. " * 3
    page.add_paragraph("Оқырмандар саны:")
    inner = page.add_table(rows=1, cols=2)
    inner.cell(0, 0).text, inner.cell(0, 1).text = "Барлығы", "2 140"
    path = tmp_path / "layout.docx"
    d.save(path)
    _, nested = load(path, Config()).tables
    assert nested.title == "Оқырмандар саны:"
