"""File shapes other people's reports come in: a table nested in a merged
cell of the indicators table, a number column under a head spanning the
labels, a plain-text export wrapped at a fixed width with its TAB rows
broken, a web page printed to PDF by a browser (soft hyphens, letter-spaced
headings), and a table whose numbered caption follows a sentence pointing
at two tables."""

from __future__ import annotations

import subprocess

import docx
from lxml import etree

from conftest import chromium
from esep.model import Block, Cell, Document, Provenance, Table
from esep.plugins.docx.loader import load as load_docx
from esep.plugins.facts import plugin as facts
from esep.plugins.pdf.loader import letter_spaced, load as load_pdf
from esep.plugins.pdf.pages import Line, Word, ghost_spaces, lines_text
from esep.plugins.text.loader import parse
from esep.registry import Config

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _tc(text: str = "", span: int = 1, inner: str = "") -> str:
    pr = f'<w:tcPr><w:gridSpan w:val="{span}"/></w:tcPr>' if span > 1 else ""
    return f'<w:tc>{pr}{inner}<w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p></w:tc>'


def _tbl(widths: list[int], rows: list[str]) -> str:
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    return f'<w:tbl xmlns:w="{W_NS}"><w:tblPr/><w:tblGrid>{grid}</w:tblGrid>{"".join(rows)}</w:tbl>'


def _row(*cells: str) -> str:
    return "<w:tr>" + "".join(cells) + "</w:tr>"


def _docx_with_table(path, xml: str, before: str = "Негізгі көрсеткіштер") -> None:
    d = docx.Document()
    d.add_paragraph("Кітапхананың 2023 жылғы жұмысы туралы есеп")
    p = d.add_paragraph(before)
    p._p.addnext(etree.fromstring(xml))
    d.save(path)


def _parts(inner_cols: int = 3) -> str:
    """A nested table of the readers' parts: a label, then the figures of two years (and their difference)."""
    rows = [["14 жасқа дейінгі балалар", "2 140", "2 215", "+75"], ["жастар (15–28 жас)", "1 060", "1 020", "-40"]]
    return _tbl([2000] + [900] * (inner_cols - 1), [_row(*(_tc(x) for x in r[:inner_cols])) for r in rows])


def _outer(inner: str, span: int) -> str:
    return _tbl([400, 2600, 900, 900, 900], [
        _row(_tc("Көрсеткіштер", 2), _tc("Жылдар", 2), _tc("±")),
        _row(_tc("№"), _tc("Атауы"), _tc("2022"), _tc("2023"), _tc("")),
        _row(_tc("1"), _tc("Оқырмандар саны"), _tc("5 300"), _tc("5 420"), _tc("+120")),
        _row(_tc(""), _tc("", span, inner) if span == 4 else _tc("", span, inner), *([_tc("")] * (4 - span))),
        _row(_tc("2"), _tc("Келушілер саны"), _tc("41 800"), _tc("42 650"), _tc("+850")),
    ])


def test_a_table_nested_in_a_merged_cell_takes_the_outer_columns(tmp_path):
    """The parts of the readers laid out as a table inside a cell spanning
    the label and figure columns stand under the outer header's years: its
    rows become rows of the outer table; the number column under the head
    spanning the labels gives no figure."""
    path = tmp_path / "nested.docx"
    _docx_with_table(path, _outer(_parts(4), 4))
    doc = load_docx(path, Config())
    assert len(doc.tables) == 1
    grid = {(c.row, c.col): c.text for c in doc.tables[0].cells}
    assert [grid.get((3, k)) for k in range(1, 5)] == ["14 жасқа дейінгі балалар", "2 140", "2 215", "+75"]
    assert [grid.get((4, k)) for k in range(1, 5)] == ["жастар (15–28 жас)", "1 060", "1 020", "-40"]
    assert grid[(5, 1)] == "Келушілер саны"
    doc.id = "n"
    doc.metadata["period"] = "2023"
    got = {(r.values["metric"], r.values["value"], r.values["period"]) for r in facts.extract(doc, Config())
           if r.table == "facts" and r.values["metric"]}
    assert {("users.children", 2140.0, "2022"), ("users.children", 2215.0, "2023"),
            ("users.youth", 1020.0, "2023"), ("users.registered", 5300.0, "2022"),
            ("visits.total", 42650.0, "2023")} <= got
    assert not any(v in (1.0, 2.0) for _, v, _ in got)  # the rows' numbers


def test_a_nested_table_narrower_than_its_cell_stays_a_table_of_its_own(tmp_path):
    """A nested table whose columns do not match the cell it fills is read
    as a table of its own after its parent, as before."""
    path = tmp_path / "nested3.docx"
    _docx_with_table(path, _outer(_parts(3), 4))
    doc = load_docx(path, Config())
    assert len(doc.tables) == 2
    assert [c.text for c in doc.tables[1].cells if c.row == 0] == ["14 жасқа дейінгі балалар", "2 140", "2 215"]


# -- a plain-text export wrapped at a fixed width ----------------------------------------------------------------

_WRAPPED = "\r\n".join([
    "Кітапхана жүйесінің 2023 жылғы жұмысы туралы есеп",
    "",
    "Есепті жылы аудан тұрғындарына жиырма сегіз кітапхана қызмет көрсетті,",
    "олардың барлығы дерлік ғаламтор желісіне қосылған және жаңа жабдықпен",
    "жарақтандырылған. Кітапханалар жұмыс уақыты оқырмандарға ыңғайлы етіп",
    "өзгертілді, демалыс күндері де оқу залдары ашық болды деп айтуға болады.",
    "Жыл ішінде барлық кітапханаларда оқырмандарға арналған іс-шаралар жиі",
    "өткізілді, жаңа кітаптардың көрмелері мен шолулары ұйымдастырылды әрі",
    "Негізгі көрсеткіштер:",
    "Көрсеткіштер\t2022 жыл\t2023 жыл\t±",
    "Оқырмандар саны\t21 300\t21 650\t+350",
    "Кітап берілімі (барлық құжат түрлері бойынша, дана)\t468 200\t473",
    "910\t+5 710",
    "Келушілер саны, барлық бөлімшелер бойынша қосқанда\t201 440\t204 150\t",
    "+2 710",
    "Оқылым\t22,0\t21,9\t-0,1",
    "",
]) + "\r\n"


def test_rows_a_fixed_width_broke_are_joined_with_their_offsets():
    """Word's "insert line breaks" breaks a row typed with TABs like any
    paragraph, inside a figure or after a TAB: the pieces are one row again,
    and each cell's offsets still point at its text in the file."""
    doc = parse(_WRAPPED, "w.txt")
    assert len(doc.tables) == 1
    rows: dict[int, list[str]] = {}
    for c in sorted(doc.tables[0].cells, key=lambda c: (c.row, c.col)):
        rows.setdefault(c.row, []).append(c.text)
        if c.text:
            assert _WRAPPED[c.provenance.char_start:c.provenance.char_end] in (c.text, c.text.replace(" ", "\r\n"))
    assert ["Кітап берілімі (барлық құжат түрлері бойынша, дана)", "468 200", "473 910", "+5 710"] in rows.values()
    assert ["Келушілер саны, барлық бөлімшелер бойынша қосқанда", "201 440", "204 150", "+2 710"] in rows.values()
    assert ["Оқырмандар саны", "21 300", "21 650", "+350"] in rows.values()
    assert len(rows) == 5


def test_a_lead_naming_the_year_compared_with_gives_the_list_no_period():
    """"Негізгі көрсеткіштер (2022 жылмен салыстырғанда):" names the year the
    figures are compared with: a sentence after it is of the report's year."""
    d = Document(id="l", path="l.txt", format="txt", metadata={"period": "2023"})
    d.add_block(Block("paragraph", "Кітапханалардың негізгі көрсеткіштері (2022 жылмен салыстырғанда):"))
    d.add_block(Block("paragraph", "Тұрғындарды кітапханалық қызметпен қамту 38,4 пайызды құрады."))
    got = {(r.values["metric"], r.values["period"]) for r in facts.extract(d, Config()) if r.table == "facts"}
    assert ("coverage.population_pct", "2023") in got


# -- a web page printed to PDF by a browser ------------------------------------------------------------------------

def _char(text: str, x0: float, x1: float, top: float = 100.0) -> dict:
    return {"text": text, "x0": x0, "x1": x1, "top": top, "bottom": top + 12, "size": 12.0, "upright": True}


def test_spaces_that_take_no_room_are_told_from_spaces_between_words():
    chars = [_char("к", 10, 16), _char("н", 16, 22), _char(" ", 16, 19.8),  # drawn inside the letter before
             _char("и", 22, 28), _char(" ", 28, 31.8), _char("г", 28, 33),  # the next letter drawn over it
             _char(" ", 33, 36.8), _char("а", 39.6, 45)]                       # a space between two words
    ghosts = ghost_spaces(chars)
    assert ghosts == {id(chars[2]), id(chars[4])}


def _word(text: str, x0: float, size: float = 12.0) -> Word:
    return Word(text, x0, 100.0, x0 + 0.6 * size * len(text), 100.0 + size, True, size, len(text))


def test_a_letter_spaced_heading_is_read_as_its_words():
    letters = [_word(ch, 100 + 14 * k) for k, ch in enumerate("ФОНД")]
    second = [_word(ch, 100 + 14 * 4 + 10 + 14 * k) for k, ch in enumerate("КНИГ")]  # a word space wider
    assert letter_spaced(Line(1, letters + second)).text == "ФОНД КНИГ"
    sentence = Line(1, [_word("в", 100), _word("3", 112), _word("и", 124), _word("4", 136)])
    assert letter_spaced(sentence) is sentence  # figures among the letters: no heading


def test_a_typesetters_hyphen_at_a_line_break_is_left_out_but_a_typed_one_kept():
    a = Line(1, [_word("обслужено", 100), _word("чита\u2010", 180)])
    b = Line(1, [_word("телей", 100), _word("за", 150)])
    assert lines_text([a, b], 230.0, " ", set()) == "обслужено читателей за"
    c = Line(1, [_word("іс-", 100)])
    d = Line(1, [_word("шаралар", 100)])
    assert lines_text([c, d], 130.0, " ", set()) == "іс-шаралар"


def test_a_page_printed_by_chromium_with_soft_hyphens(tmp_path):
    """A narrow justified column whose long words carry soft hyphens, under
    letter-spaced headings, printed by Chromium: the words are whole again
    and the figures of the prose are read."""
    exe = chromium()
    shy = "\u00ad"
    text = (f"В 2023 году библио{shy}теками системы обслу{shy}жено 9 412 чита{shy}телей. "
            f"Книго{shy}выдача за отчет{shy}ный год состав{shy}ила 201 330 экземп{shy}ляров, "
            f"проведено 318 меро{shy}приятий.")
    html = ("<html lang='ru'><head><meta charset='utf-8'><style>body{width:7cm;font:12pt serif}"
            "p{text-align:justify;hyphens:auto} h2{letter-spacing:.5em}</style></head><body>"
            f"<h2>ОТЧЕТ ЦБС</h2><p>{text}</p></body></html>")
    (tmp_path / "r.html").write_text(html, encoding="utf-8")
    subprocess.run([exe, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={tmp_path / 'r.pdf'}", f"file://{tmp_path / 'r.html'}"],
                   check=True, capture_output=True, timeout=120)
    doc = load_pdf(tmp_path / "r.pdf", Config())
    body = " ".join(b.text for b in doc.blocks)
    assert "ОТЧЕТ ЦБС" in body
    for word in ("библиотеками", "обслужено", "читателей", "Книговыдача", "экземпляров", "мероприятий"):
        assert word in body


# -- a numbered caption after a sentence pointing at two tables ---------------------------------------------------

def test_a_numbered_caption_keeps_the_sentence_before_it_out_of_the_tables_context():
    d = Document(id="c", path="c.pdf", format="pdf", metadata={"period": "2023-H1"})
    d.add_block(Block("paragraph", "Основные показатели работы и мероприятия по формам приведены в таблицах 1 и 2."))
    d.add_block(Block("paragraph", "Таблица 1. Выполнение показателей за I полугодие 2023 года"))
    rows = [["Показатели", "Факт I полуг. 2022 г.", "Факт I полуг. 2023 г."],
            ["Пользователи", "10 210", "10 480"], ["Посещения", "80 100", "81 900"],
            ["Документовыдача", "190 300", "192 800"], ["Массовые мероприятия", "205", "212"]]
    d.add_table(Table([Cell(r, k, x) for r, row in enumerate(rows) for k, x in enumerate(row)], Provenance(page=2)))
    got = {(r.values["metric"], r.values["value"], r.values["period"]) for r in facts.extract(d, Config())
           if r.table == "facts" and r.values["metric"]}
    assert {("users.registered", 10480.0, "2023-H1"), ("visits.total", 80100.0, "2022-H1"),
            ("loans.total", 192800.0, "2023-H1"), ("events.actual", 212.0, "2023-H1")} <= got


# -- a table of contents Word built ---------------------------------------------------------------------------------

def _toc_paragraph(d, title: str, page: str, first: bool, last: bool) -> None:
    """A line of a table of contents as Word writes it: a link to the heading's bookmark, a TAB to a
    right tab stop with dot leaders, the page number as a PAGEREF field; the first line opens the TOC field,
    the last closes it."""
    def fld(kind: str) -> str:
        return f'<w:r><w:fldChar w:fldCharType="{kind}"/></w:r>'

    def instr(text: str) -> str:
        return f'<w:r><w:instrText xml:space="preserve"> {text} </w:instrText></w:r>'

    xml = (f'<w:p xmlns:w="{W_NS}"><w:pPr><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9345"/></w:tabs></w:pPr>'
           + (fld("begin") + instr('TOC \\o "1-3" \\h \\z \\u') + fld("separate") if first else "")
           + f'<w:hyperlink w:anchor="_Toc10{page}"><w:r><w:t>{title}</w:t></w:r><w:r><w:tab/></w:r>'
           + fld("begin") + instr(f"PAGEREF _Toc10{page} \\h") + fld("separate")
           + f'<w:r><w:t>{page}</w:t></w:r>' + fld("end") + "</w:hyperlink>"
           + (fld("end") if last else "") + "</w:p>")
    d.element.body.append(etree.fromstring(xml))


def test_lines_of_a_table_of_contents_are_no_table_of_figures(tmp_path):
    d = docx.Document()
    d.add_paragraph("Отчет о работе ЦБС за 2023 год")
    d.add_paragraph("Содержание")
    entries = [("Раздел 1. Библиотечная сеть", "3"), ("Раздел 2. Пользователи", "5"), ("Раздел 3. Фонд", "8")]
    for k, (title, page) in enumerate(entries):
        _toc_paragraph(d, title, page, k == 0, k == len(entries) - 1)
    body = d.element.body
    body.append(body[-len(entries) - 1])  # the section properties stay last
    d.add_paragraph("В 2023 году библиотеки обслужили 12 480 пользователей.")
    path = tmp_path / "toc.docx"
    d.save(path)
    doc = load_docx(path, Config())
    assert doc.tables == []
    doc.id = "t"
    doc.metadata["period"] = "2023"
    values = {r.values["value"] for r in facts.extract(doc, Config()) if r.table == "facts"}
    assert values == {12480.0}


# -- formula fields -------------------------------------------------------------------------------------------------

def _formula_cell(cell, code: str, result: str | None) -> None:
    """A formula field in a cell: its code and, when Word computed it, the result after "separate"."""
    def r(inner: str) -> str:
        return f'<w:r xmlns:w="{W_NS}">{inner}</w:r>'
    p = cell.paragraphs[0]._p
    parts = [r('<w:fldChar w:fldCharType="begin"/>'), r(f'<w:instrText xml:space="preserve"> {code} </w:instrText>')]
    if result is not None:
        parts += [r('<w:fldChar w:fldCharType="separate"/>'), r(f"<w:t>{result}</w:t>")]
    parts.append(r('<w:fldChar w:fldCharType="end"/>'))
    for x in parts:
        p.append(etree.fromstring(x))


def test_a_formula_field_keeps_its_result_and_one_without_is_said(tmp_path):
    """Word keeps the result it computed after a field's code: the total of
    "=SUM(ABOVE)" is read as written.  A file made by a program that never
    had Word compute it holds the code alone: that figure is nowhere in the
    file, and the loader says so."""
    d = docx.Document()
    d.add_paragraph("Мероприятия по формам работы")
    t = d.add_table(rows=4, cols=3)
    for row, values in zip(t.rows, [("Форма", "Количество", "Посещения"), ("Беседы", "40", "820"),
                                    ("Выставки", "65", "1 310"), ("Итого", None, None)]):
        for cell, v in zip(row.cells, values):
            if v is not None:
                cell.text = v
    _formula_cell(t.rows[3].cells[1], "=SUM(ABOVE)", "105")
    _formula_cell(t.rows[3].cells[2], "=SUM(ABOVE)", None)
    d.save(tmp_path / "f.docx")
    doc = load_docx(tmp_path / "f.docx", Config())
    total = {c.col: c.text for c in doc.tables[0].cells if c.row == 3}
    assert total[0] == "Итого" and total[1] == "105" and not total.get(2)
    said = doc.metadata.get("parts_not_read") or []
    assert len(said) == 1 and said[0].startswith("1 formula field")


# -- a site's page printed by Chromium with its header and footer -------------------------------------------------

def test_a_page_printed_with_the_browsers_header_and_footer(tmp_path):
    """A report published on a site and printed by Chromium with its default
    margins: the date and the page's title at the top of every page, the
    address and "1/2" at the foot; its title set large over two lines at a
    line height of 1.5.  The margins' lines are dropped and the title is one
    paragraph."""
    exe = chromium()
    para = ("<p>Библиотеки системы продолжили работу с читателями всех возрастов, проводили встречи с авторами, "
            "выставки новых поступлений и громкие чтения для детей в летних площадках.</p>")
    html = ("<html lang='ru'><head><meta charset='utf-8'><title>Итоги года — сайт ЦБС</title><style>"
            "body{font:12pt serif;line-height:1.5} h1{font-size:24pt;width:12cm}</style></head><body>"
            "<h1>Итоги работы городской библиотечной системы за 2022 год</h1>"
            "<p>В систему входят 9 библиотек. Книговыдача составила 214 300 экземпляров.</p>"
            + para * 14 + "</body></html>")
    (tmp_path / "r.html").write_text(html, encoding="utf-8")
    subprocess.run([exe, "--headless", "--no-sandbox", "--disable-gpu", f"--print-to-pdf={tmp_path / 'r.pdf'}",
                    f"file://{tmp_path / 'r.html'}"], check=True, capture_output=True, timeout=120)
    doc = load_pdf(tmp_path / "r.pdf", Config(ocr="never"))
    assert doc.metadata["pages"] >= 2
    texts = [b.text for b in doc.blocks]
    assert texts[0] == "Итоги работы городской библиотечной системы за 2022 год"
    assert not any("file://" in t or "/2" in t.split()[-1:] or "сайт ЦБС" in t for t in texts)
    assert any("214 300 экземпляров" in t for t in texts)


def test_the_browsers_margins_on_a_page_printed_alone(tmp_path):
    """One page printed by Chromium: no second page repeats its margins, yet
    the date and time at the top and the address with "1/1" at the foot are
    the browser's, not the report's."""
    exe = chromium()
    html = ("<html lang='kk'><head><meta charset='utf-8'><title>Жаңалықтар — кітапхана сайты</title></head><body>"
            "<h2>Ауылдық кітапхананың 2021 жылғы есебі</h2>"
            "<p>Кітапхана 1 240 оқырманға қызмет көрсетті, кітап берілімі 26 300 дана.</p></body></html>")
    (tmp_path / "one.html").write_text(html, encoding="utf-8")
    subprocess.run([exe, "--headless", "--no-sandbox", "--disable-gpu", f"--print-to-pdf={tmp_path / 'one.pdf'}",
                    f"file://{tmp_path / 'one.html'}"], check=True, capture_output=True, timeout=120)
    doc = load_pdf(tmp_path / "one.pdf", Config(ocr="never"))
    assert [b.text for b in doc.blocks] == ["Ауылдық кітапхананың 2021 жылғы есебі",
                                            "Кітапхана 1 240 оқырманға қызмет көрсетті, кітап берілімі 26 300 дана."]
