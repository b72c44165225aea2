"""Word features other people's reports are made with: key figures set in
text boxes as cards, endnotes, forms of content controls with placeholders
left, tracked changes not yet accepted and reviewers' comments."""

from __future__ import annotations

import zipfile

import docx
from lxml import etree

from esep.plugins.docx.loader import load
from esep.registry import Config

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = (f'xmlns:w="{W_NS}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:v="urn:schemas-microsoft-com:vml"')


def _r(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def _box(*lines: str) -> str:
    """A text box (Word's "Надпись") with one paragraph a line, written twice as Word writes it."""
    ps = "".join(f"<w:p>{_r(t)}</w:p>" for t in lines)
    return (f'<w:r {NS}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData>'
            f'<wps:wsp><wps:txbx><w:txbxContent>{ps}</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic>'
            f'</wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>{ps}'
            '</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>')


def _texts(path) -> list[str]:
    return [b.text for b in load(path, Config()).blocks]


def test_a_key_figure_card_is_read_as_its_figure_and_label(tmp_path):
    """A first page of key figures, each a text box of the figure in large
    type over its label, gives each figure with its label; a text box of a
    sentence keeps its paragraphs."""
    d = docx.Document()
    anchor = d.add_paragraph("Итоги года в цифрах")
    anchor._p.append(etree.fromstring(_box("8 760", "читателей")))
    anchor._p.append(etree.fromstring(_box("Кітап беру", "203 115")))
    anchor._p.append(etree.fromstring(_box("Библиотека открыта в 1967 году.", "12 345")))
    d.save(tmp_path / "cards.docx")
    assert _texts(tmp_path / "cards.docx") == ["Итоги года в цифрах", "8 760 читателей", "Кітап беру 203 115",
                                               "Библиотека открыта в 1967 году.", "12 345"]


def _add_part(path, name: str, xml: str, rel_type: str, content_type: str) -> None:
    with zipfile.ZipFile(path) as z:
        items = {i.filename: z.read(i.filename) for i in z.infolist()}
    items["word/_rels/document.xml.rels"] = items["word/_rels/document.xml.rels"].replace(
        b"</Relationships>", f'<Relationship Id="rIdX{len(items)}" Type="http://schemas.openxmlformats.org/'
        f'officeDocument/2006/relationships/{rel_type}" Target="{name}"/></Relationships>'.encode())
    items["[Content_Types].xml"] = items["[Content_Types].xml"].replace(
        b"</Types>", f'<Override PartName="/word/{name}" ContentType="{content_type}"/></Types>'.encode())
    items[f"word/{name}"] = xml.encode()
    with zipfile.ZipFile(path, "w") as z:
        for n, data in items.items():
            z.writestr(n, data)


def test_an_endnote_is_read_after_the_paragraph_that_refers_to_it(tmp_path):
    d = docx.Document()
    p = d.add_paragraph("За год в фонд поступило 3 210 экз.")
    p._p.append(etree.fromstring(f'<w:r {NS}><w:endnoteReference w:id="1"/></w:r>'))
    d.add_paragraph("Работали клубы по интересам.")
    path = tmp_path / "endnote.docx"
    d.save(path)
    notes = (f'<w:endnotes {NS}><w:endnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
             f'</w:endnote><w:endnote w:id="1"><w:p><w:r><w:endnoteRef/></w:r>{_r(" Фонд на 01.01.2024 – 98 450 экз.")}'
             '</w:p></w:endnote></w:endnotes>')
    _add_part(path, "endnotes.xml", notes, "endnotes",
              "application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml")
    assert _texts(path) == ["За год в фонд поступило 3 210 экз.", "Фонд на 01.01.2024 – 98 450 экз.",
                            "Работали клубы по интересам."]


def _control(text: str, placeholder: bool = False) -> str:
    pr = "<w:showingPlcHdr/>" if placeholder else ""
    return f"<w:sdt><w:sdtPr><w:id w:val='7'/>{pr}<w:text/></w:sdtPr><w:sdtContent>{_r(text)}</w:sdtContent></w:sdt>"


def test_a_form_reads_what_was_filled_in_and_not_the_prompts_left(tmp_path):
    """Controls filled in are read, in paragraphs and in cells; one still
    showing Word's prompt gives nothing, in a cell or as a whole block."""
    d = docx.Document()
    d.add_paragraph()._p.append(etree.fromstring(f"<w:r {NS}><w:t>Отчётный период: </w:t></w:r>"))
    body = d.element.body
    p = etree.fromstring(f"<w:p {NS}>{_r('Выбыло: ')}{_control('Введите число.', True)}{_r(' экз.')}</w:p>")
    body.insert(len(body) - 1, p)
    block = etree.fromstring(f"<w:sdt {NS}><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>"
                             f"<w:p>{_r('Щёлкните здесь, чтобы ввести текст.')}</w:p></w:sdtContent></w:sdt>")
    body.insert(len(body) - 1, block)
    t = d.add_table(rows=1, cols=3)
    t.cell(0, 0).text = "Посещения"
    t.cell(0, 1).paragraphs[0]._p.append(etree.fromstring(f"<w:sdt {NS}>{_control('45 120')[7:]}"))
    t.cell(0, 2).paragraphs[0]._p.append(etree.fromstring(f"<w:sdt {NS}>{_control('Мәтінді енгізіңіз.', True)[7:]}"))
    d.save(tmp_path / "form.docx")
    doc = load(tmp_path / "form.docx", Config())
    texts = [b.text for b in doc.blocks]
    assert "Выбыло:  экз." in texts and not any("Щёлкните" in x or "Введите" in x for x in texts)
    assert [c.text for c in doc.tables[0].cells] == ["Посещения", "45 120", ""]


def test_tracked_changes_are_read_as_accepted_and_comments_not_at_all(tmp_path):
    d = docx.Document()
    who = 'w:id="{}" w:author="Проверяющий" w:date="2024-01-15T10:00:00Z"'
    p = (f"<w:p {NS}>{_r('Пользователей – ')}<w:del {who.format(1)}><w:r><w:delText>9 870</w:delText></w:r></w:del>"
         f"<w:ins {who.format(2)}>{_r('9 780')}</w:ins><w:commentRangeStart w:id='0'/>{_r(' человек.')}"
         "<w:commentRangeEnd w:id='0'/><w:r><w:commentReference w:id='0'/></w:r></w:p>")
    body = d.element.body
    body.insert(len(body) - 1, etree.fromstring(p))
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).text, t.cell(0, 1).text = "Посещения", "61 300"
    t.cell(1, 0).text, t.cell(1, 1).text = "Обращения к сайту", "8 400"
    t.rows[1]._tr.insert(0, etree.fromstring(f"<w:trPr {NS}><w:del {who.format(3)}/></w:trPr>"))
    path = tmp_path / "tracked.docx"
    d.save(path)
    comments = (f'<w:comments {NS}><w:comment w:id="0" w:author="Проверяющий"><w:p>{_r("Было 9 870, сверено с 6-НК.")}'
                '</w:p></w:comment></w:comments>')
    _add_part(path, "comments.xml", comments, "comments",
              "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml")
    doc = load(path, Config())
    assert [b.text for b in doc.blocks] == ["Пользователей – 9 780 человек."]
    assert [c.text for c in doc.tables[0].cells] == ["Посещения", "61 300"]


def test_a_smartart_diagram_is_no_silent_loss(tmp_path):
    """SmartArt (figures set in shapes) is not read: the report gets a
    warning that says so and what to do, and the rest is read."""
    from esep.plugins import metadata

    d = docx.Document()
    p = d.add_paragraph("Основные показатели")
    p._p.append(etree.fromstring(
        f'<w:r {NS}><w:drawing><wp:inline><a:graphic><a:graphicData '
        'uri="http://schemas.openxmlformats.org/drawingml/2006/diagram"/></a:graphic></wp:inline></w:drawing></w:r>'))
    d.add_paragraph("Книговыдача составила 45 120 экз.")
    d.save(tmp_path / "smartart.docx")
    doc = load(tmp_path / "smartart.docx", Config())
    assert [b.text for b in doc.blocks] == ["Основные показатели", "Книговыдача составила 45 120 экз."]
    rows = [r for r in metadata.warnings(doc, Config()) if r.values.get("error_class") == "PartNotRead"]
    assert len(rows) == 1 and "SmartArt" in rows[0].values["message"]


def test_a_reviewers_comments_are_said_not_read_with_their_authors(tmp_path):
    """Comments hold remarks on the report ("было 5 120?"), not its text:
    no block has them, and one warning says how many there are, by whom,
    and that some hold figures."""
    from esep.plugins import metadata

    d = docx.Document()
    p = d.add_paragraph("Читателей в отчётном году – 5 210 человек.")
    d.add_comment(p.runs[0], text="было 5 120? сверить с формой", author="Ахметова Г.", initials="АГ")
    d.add_comment(p.runs[0], text="согласовано", author="Ким В.", initials="КВ")
    d.save(tmp_path / "review.docx")
    doc = load(tmp_path / "review.docx", Config())
    assert [b.text for b in doc.blocks] == ["Читателей в отчётном году – 5 210 человек."]
    rows = [r.values["message"] for r in metadata.warnings(doc, Config())
            if r.values.get("error_class") == "PartNotRead"]
    assert len(rows) == 1
    assert rows[0].startswith("2 reviewer comments (by Ахметова Г., Ким В.), 1 of them with figures, not read")


def test_a_document_without_comments_gets_no_such_warning(tmp_path):
    d = docx.Document()
    d.add_paragraph("Читателей – 5 210 человек.")
    d.save(tmp_path / "plain.docx")
    assert "parts_not_read" not in load(tmp_path / "plain.docx", Config()).metadata


def _frame(tmp_path, cells_rows: int = 1):
    """A report laid out inside one bordered cell (or a narrow column of
    section names beside it), the tables of figures nested in the cell."""
    d = docx.Document()
    frame = d.add_table(rows=cells_rows, cols=1 if cells_rows == 1 else 2)
    cell = frame.cell(0, 0) if cells_rows == 1 else frame.cell(0, 1)
    if cells_rows > 1:
        frame.cell(0, 0).text = "Оқырмандар"
    cell.paragraphs[0].add_run("Ауыл кітапханасының 2022 жылғы есебі")
    cell.add_paragraph("Кітапхана 1 820 оқырманға қызмет көрсетті, оның 640-ы балалар.")
    cell.add_paragraph("Жыл ішінде 96 іс-шара өткізілді. Оларға 2 300 адам қатысты.")
    inner = cell.add_table(rows=2, cols=2)
    inner.cell(0, 0).text, inner.cell(0, 1).text = "Кітап қоры", "дана"
    inner.cell(1, 0).text, inner.cell(1, 1).text = "Жыл соңындағы қор", "21 450"
    cell.add_paragraph("Меңгеруші Д. Оспанова")
    d.save(tmp_path / "frame.docx")
    return load(tmp_path / "frame.docx", Config())


def test_a_report_laid_out_in_one_framing_cell_reads_as_paragraphs_and_its_inner_table(tmp_path):
    doc = _frame(tmp_path)
    assert [b.text for b in doc.blocks] == [
        "Ауыл кітапханасының 2022 жылғы есебі",
        "Кітапхана 1 820 оқырманға қызмет көрсетті, оның 640-ы балалар.",
        "Жыл ішінде 96 іс-шара өткізілді. Оларға 2 300 адам қатысты.",
        "Меңгеруші Д. Оспанова"]
    assert len(doc.tables) == 1
    assert [c.text for c in doc.tables[0].cells] == ["Кітап қоры", "дана", "Жыл соңындағы қор", "21 450"]


def test_a_frame_with_a_column_of_section_names_reads_the_name_then_the_text(tmp_path):
    doc = _frame(tmp_path, cells_rows=2)
    assert [b.text for b in doc.blocks][:2] == ["Оқырмандар", "Ауыл кітапханасының 2022 жылғы есебі"]
    assert len(doc.tables) == 1


def test_a_small_table_of_figures_or_of_one_note_stays_a_table(tmp_path):
    """A table of a few cells whose cells are labels and figures, or one
    cell of a single sentence, is a table, not a frame."""
    d = docx.Document()
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).text, t.cell(0, 1).text = "Оқырмандар саны", "1 820"
    t.cell(1, 0).text = "Ескерту"
    t.cell(1, 1).text = "Деректер 2022 жылғы 31 желтоқсандағы жағдай бойынша берілген."
    d.save(tmp_path / "small.docx")
    doc = load(tmp_path / "small.docx", Config())
    assert len(doc.tables) == 1 and not doc.blocks


def _with_chart(tmp_path, series_xml: str):
    """A report whose figures are in a Word chart (word/charts/chart1.xml)."""
    d = docx.Document()
    p = d.add_paragraph("Кітап берілімі диаграммада:")
    p._p.append(etree.fromstring(
        f'<w:r {NS}><w:drawing><wp:inline><a:graphic><a:graphicData '
        'uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart '
        'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rIdChart"/>'
        '</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>'))
    path = tmp_path / "chart.docx"
    d.save(path)
    chart = ('<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart><c:plotArea>'
             f'<c:barChart>{series_xml}</c:barChart></c:plotArea></c:chart></c:chartSpace>')
    with zipfile.ZipFile(path) as z:
        items = {i.filename: z.read(i.filename) for i in z.infolist()}
    items["word/_rels/document.xml.rels"] = items["word/_rels/document.xml.rels"].replace(
        b"</Relationships>", b'<Relationship Id="rIdChart" Type="http://schemas.openxmlformats.org/officeDocument/'
        b'2006/relationships/chart" Target="charts/chart1.xml"/></Relationships>')
    items["word/charts/chart1.xml"] = chart.encode()
    with zipfile.ZipFile(path, "w") as z:
        for n, data in items.items():
            z.writestr(n, data)
    return load(path, Config())


def test_a_chart_whose_values_are_cached_becomes_a_chart_table_without_warning(tmp_path):
    doc = _with_chart(tmp_path, '<c:ser><c:tx><c:v>Кітап берілімі</c:v></c:tx><c:cat><c:strLit><c:pt idx="0"><c:v>2022'
                                '</c:v></c:pt><c:pt idx="1"><c:v>2023</c:v></c:pt></c:strLit></c:cat><c:val><c:numLit>'
                                '<c:pt idx="0"><c:v>51200</c:v></c:pt><c:pt idx="1"><c:v>53640</c:v></c:pt></c:numLit>'
                                '</c:val></c:ser>')
    assert [t.kind for t in doc.tables] == ["chart"]
    assert "53640" in [c.text for c in doc.tables[0].cells]
    assert "parts_not_read" not in doc.metadata


def test_a_chart_that_keeps_no_figures_in_the_file_is_said_not_read(tmp_path):
    """A chart whose data lives only in a linked workbook (no values cached,
    none embedded) gives no table, and one warning says so."""
    doc = _with_chart(tmp_path, '<c:ser><c:val><c:numRef><c:f>[Кітап.xlsx]Парақ1!$B$2:$B$3</c:f></c:numRef>'
                                '</c:val></c:ser>')
    assert doc.tables == []
    assert len(doc.metadata["parts_not_read"]) == 1
    assert doc.metadata["parts_not_read"][0].startswith("1 chart with no figures kept in the file")


def test_an_ms_graph_chart_object_is_said_not_read(tmp_path):
    d = docx.Document()
    p = d.add_paragraph("Оқырмандар саны")
    p._p.append(etree.fromstring(
        f'<w:r {NS}><w:object><o:OLEObject xmlns:o="urn:schemas-microsoft-com:office:office" Type="Embed" '
        'ProgID="MSGraph.Chart.8" ShapeID="_x0000_i1025" DrawAspect="Content" ObjectID="_1591015955"/>'
        '</w:object></w:r>'))
    d.save(tmp_path / "graph.docx")
    doc = load(tmp_path / "graph.docx", Config())
    assert any("MS Graph" in m for m in doc.metadata["parts_not_read"])
