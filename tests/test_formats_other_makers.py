"""Reports saved by other programs and other hands: a box of +---+ rules
around a plain-text table, a group label merged down beside its rows, prose
set in two columns in a PDF, footnotes in a Word file."""

from __future__ import annotations

import io
import zipfile

import docx

from esep.model import Cell, Document, Provenance, Table
from esep.plugins.docx import loader as docx_loader
from esep.plugins.facts import plugin as facts
from esep.plugins.pdf.pages import Line, Word, set_in_columns
from esep.plugins.text.loader import parse
from esep.registry import Config

from conftest import cell_tuples


# -- a box drawn around the header and the body, one row a line ------------------------------------

def test_a_box_ruled_only_around_its_rows_gives_a_row_a_line():
    text = ("Кадры\n"
            "+----------------------+---------+---------+\n"
            "| Показатель           | 2022 г. | 2023 г. |\n"
            "+----------------------+---------+---------+\n"
            "| Работников всего     |      52 |      54 |\n"
            "| из них с высшим      |      31 |      33 |\n"
            "| образованием         |         |         |\n"
            "| Вакансии             |       — |       2 |\n"
            "+----------------------+---------+---------+\n")
    (t,) = parse(text).tables
    rows = {}
    for r, c, _, _, x in cell_tuples(t):
        rows.setdefault(r, []).append(x)
    assert list(rows.values()) == [["Показатель", "2022 г.", "2023 г."], ["Работников всего", "52", "54"],
                                   ["из них с высшим образованием", "31", "33"], ["Вакансии", "—", "2"]]


def test_a_grid_row_with_its_label_wrapped_stays_one_row():
    text = ("+------------+--------+\n"
            "| Жыл        | 2023   |\n"
            "+------------+--------+\n"
            "| Оқырмандар | 4 120  |\n"
            "| саны       |        |\n"
            "+------------+--------+\n"
            "| Келушілер  | 38 400 |\n"
            "+------------+--------+\n")
    (t,) = parse(text).tables
    assert (1, 0, 1, 1, "Оқырмандар саны") in cell_tuples(t)
    assert max(c.row for c in t.cells) == 2


# -- a table's facts ---------------------------------------------------------------------------------

def _facts(period: str, cells: list[Cell]) -> set[tuple]:
    d = Document(id="t", path="t.docx", format="docx", metadata={"period": period})
    d.add_table(Table(cells, Provenance(page=1)))
    return {(v["metric"], v["value"], v["period"], v["category"])
            for r in facts.extract(d, Config()) if r.table == "facts" and (v := r.values)["metric"]}


def test_a_group_label_merged_down_beside_its_rows():
    cells = [Cell(0, 0, "Показатель", col_span=2), Cell(0, 2, "2023 г."),
             Cell(1, 0, "Читатели", row_span=3), Cell(1, 1, "всего"), Cell(1, 2, "6 240"),
             Cell(2, 1, "в т.ч. дети"), Cell(2, 2, "2 310"),
             Cell(3, 1, "молодежь"), Cell(3, 2, "1 005"),
             Cell(4, 0, "Посещения", row_span=2), Cell(4, 1, "всего"), Cell(4, 2, "51 700"),
             Cell(5, 1, "в т.ч. на массовых мероприятиях"), Cell(5, 2, "9 860")]
    got = _facts("2023", cells)
    assert got == {("users.registered", 6240, "2023", None), ("users.children", 2310, "2023", None),
                   ("users.youth", 1005, "2023", None), ("visits.total", 51700, "2023", None),
                   ("visits.events", 9860, "2023", None)}


def test_a_part_without_a_unit_is_counted_in_its_wholes():
    rows = [["Движение фонда", "2023 г."], ["Поступило документов, экз.", "3 940"],
            ["в т.ч. по госзаказу", "1 720"], ["Выбыло, экз.", "2 115"]]
    got = _facts("2023", [Cell(r, k, x) for r, row in enumerate(rows) for k, x in enumerate(row)])
    assert ("state_order.copies", 1720, "2023", None) in got
    assert not any(m == "state_order.budget" for m, *_ in got)


# -- prose in two columns ----------------------------------------------------------------------------

def _line(words: list[tuple[str, float]], top: float) -> Line:
    """A line of words, each at its left edge, six points a letter."""
    return Line(1, [Word(text, x0, top, x0 + 6 * len(text), top + 10, False, 10.0, len(text)) for text, x0 in words])


def test_prose_in_two_columns_is_read_column_by_column():
    left = [["Ауданда", "31", "кітапхана"], ["жұмыс", "істейді,", "оның"], ["ішінде", "27", "ауылдық."]]
    right = [["Жыл", "бойы", "1 240"], ["іс-шара", "өткізілді,", "оларға"], ["27 380", "адам", "қатысты."]]
    lines = []
    for k, (a, b) in enumerate(zip(left, right)):
        words = [(t, 50 + 70 * j) for j, t in enumerate(a)] + [(t, 320 + 70 * j) for j, t in enumerate(b)]
        lines.append(_line(words, 100 + 12 * k))
    got = sorted(set_in_columns(lines, 595), key=lambda ln: (ln.flow[0], ln.flow[1], ln.top))  # as the page is read
    assert [ln.text for ln in got] == [" ".join(x) for x in left] + [" ".join(x) for x in right]


def test_a_table_of_aligned_figures_is_no_pair_of_columns():
    rows = [["Оқырмандар", "саны", "4 120", "4 310"], ["Келушілер", "саны", "38 400", "39 100"],
            ["Кітап", "берілімі", "96 000", "97 450"]]
    lines = [_line([(t, x) for t, x in zip(r, (50, 120, 300, 420))], 100 + 12 * k) for k, r in enumerate(rows)]
    got = set_in_columns(lines, 595)
    assert [ln.text for ln in got] == [" ".join(r) for r in rows]
    assert all(ln.flow is None for ln in got)


# -- footnotes ---------------------------------------------------------------------------------------

_NOTES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
          '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
          '<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r>'
          '<w:r><w:t xml:space="preserve"> Из них удалённых пользователей – 310.</w:t></w:r></w:p></w:footnote>'
          '</w:footnotes>')


_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _note_mark(n: int) -> str:
    return f'<w:r {_W}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{n}"/></w:r>'


def _with_notes(tmp_path, d: docx.Document, notes: str):
    """``d`` saved with the footnotes part ``notes``, and read by the loader."""
    buf = io.BytesIO()
    d.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    path = tmp_path / "notes.docx"
    with zipfile.ZipFile(path, "w") as out:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "[Content_Types].xml":
                data = data.replace(b"</Types>", b'<Override PartName="/word/footnotes.xml" ContentType="application/'
                                    b'vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>')
            if item.filename == "word/_rels/document.xml.rels":
                data = data.replace(b"</Relationships>", b'<Relationship Id="rIdFn" Type="http://schemas.openxml'
                                    b'formats.org/officeDocument/2006/relationships/footnotes" '
                                    b'Target="footnotes.xml"/></Relationships>')
            out.writestr(item, data)
        out.writestr("word/footnotes.xml", notes)
    return docx_loader.load(path, Config())


def test_a_footnote_is_read_after_the_paragraph_that_refers_to_it(tmp_path):
    d = docx.Document()
    p = d.add_paragraph("Библиотека обслужила 5 020 читателей.")
    p._p.append(docx.oxml.parse_xml(_note_mark(1)))
    d.add_paragraph("Книговыдача – 98 300 экз.")
    doc = _with_notes(tmp_path, d, _NOTES)
    assert [b.text for b in doc.blocks] == ["Библиотека обслужила 5 020 читателей.",
                                            "Из них удалённых пользователей – 310.", "Книговыдача – 98 300 экз."]


def test_a_footnote_of_parts_completes_the_figure_its_mark_is_set_on(tmp_path):
    # the mark stands after the first figure of its paragraph, not after the last
    d = docx.Document()
    d.add_paragraph("Отчёт о работе сельской библиотеки за 2022 год")
    p = d.add_paragraph("Фонд библиотеки на 01.01.2023 составил 24 310 экз.")
    p._p.append(docx.oxml.parse_xml(_note_mark(1)))
    p.add_run(" За год выбыло 640 экз.")
    p = d.add_paragraph("В библиотеке работают 6 сотрудников")
    p._p.append(docx.oxml.parse_xml(_note_mark(2)))
    p.add_run(". Семинары посетили 3 человека.")
    notes = "".join(f'<w:footnote w:id="{n}"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {t}'
                    '</w:t></w:r></w:p></w:footnote>'
                    for n, t in ((1, "В том числе на казахском языке – 9 870 экз."), (2, "Из них библиотекарей – 4.")))
    doc = _with_notes(tmp_path, d, f'<w:footnotes {_W}>{notes}</w:footnotes>')
    doc.metadata["period"] = "2022"
    got = {(v["metric"], v["value"], v["language"], v["category"], v["as_of"])
           for r in facts.extract(doc, Config()) if r.table == "facts" and (v := r.values)["metric"]}
    assert {("fund.end", 9870, "kk", None, "2023-01-01"), ("staff.headcount", 4, None, "librarians", None)} <= got
    assert ("fund.withdrawn", 9870, "kk", None, None) not in got


def test_a_dash_and_its_figure_wrapped_to_the_next_line_go_on_with_the_sentence():
    from esep.plugins.pdf import loader as pdf_loader
    from esep.plugins.pdf import pages

    def line(words: list[str], top: float, x0: float) -> Line:
        ws, x = [], x0
        for t in words:
            ws.append(Word(t, x, top, x + 6 * len(t), top + 12, False, 12.0, len(t)))
            x += 6 * len(t) + 3
        return Line(1, ws)

    lines = [line("Число посещений составило 41 200, посещаемость".split(), 60, 90),
             line("– 7,9. Книговыдача выросла.".split(), 74, 71),
             line("– книжные выставки".split(), 100, 71)]
    doc = pdf_loader.assemble([pages.Page(1, 595.0, 842.0, lines, [])], "x.pdf", {"pages": 1})
    assert [b.text for b in doc.blocks][0] == ("Число посещений составило 41 200, посещаемость "
                                              "– 7,9. Книговыдача выросла.")


def test_a_cell_listing_figures_one_a_line_beside_its_section():
    cells = [Cell(0, 0, "Раздел"), Cell(0, 1, "Сведения"),
             Cell(1, 0, "Книжный фонд"), Cell(1, 1, "Поступило – 2 480 экз.\nВыбыло – 1 905 экз.")]
    assert _facts("2023", cells) == {("fund.received", 2480, "2023", None), ("fund.withdrawn", 1905, "2023", None)}
