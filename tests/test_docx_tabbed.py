"""Word paragraphs lined up with tab stops, one row a paragraph: a table the
writer did not draw, read as a table in its place."""

import docx

from esep.plugins.docx import loader
from esep.registry import Config


def _write(path, parts):
    d = docx.Document()
    for kind, value in parts:
        if kind == "p":
            d.add_paragraph(value)
        else:
            t = d.add_table(rows=len(value), cols=len(value[0]))
            for r, row in enumerate(value):
                for c, x in enumerate(row):
                    t.cell(r, c).text = x
    d.save(path)
    return path


def test_tabbed_paragraphs_become_a_table_in_reading_order(tmp_path):
    path = _write(tmp_path / "r.docx", [
        ("p", "Отчет о работе библиотеки-филиала за 2019 год"),
        ("t", [["Раздел", "Страница"], ["Фонд", "3"]]),
        ("p", "Основные показатели"),
        ("p", "\t2018\t2019"),
        ("p", "Читатели\t1 520\t1 548"),
        ("p", "Посещения\t12 300\t12 410"),
        ("p", "Директор\tА. Сейітова"),
        ("p", "Работа велась по плану."),
        ("t", [["Форма", "Число"], ["Выставки", "12"]]),
    ])
    doc = loader.load(path, Config())
    assert [b.text for b in doc.blocks] == ["Отчет о работе библиотеки-филиала за 2019 год", "Основные показатели",
                                            "Директор\tА. Сейітова", "Работа велась по плану."]
    assert [b.index for b in doc.blocks] == [0, 1, 2, 3]
    assert [t.grid()[0][0] for t in doc.tables] == ["Раздел", "", "Форма"]
    assert [t.position for t in doc.tables] == [0, 1, 3]
    assert [t.index for t in doc.tables] == [0, 1, 2]
    tabbed = doc.tables[1]
    assert tabbed.grid() == [["", "2018", "2019"], ["Читатели", "1 520", "1 548"], ["Посещения", "12 300", "12 410"]]
    # each cell keeps its paragraph and where it starts in the document's text
    cell = next(c for c in tabbed.cells if c.text == "12 410")
    assert cell.provenance.paragraph == 4 and cell.provenance.char_end - cell.provenance.char_start == len("12 410")
    assert tabbed.provenance.table == 1


def test_facts_of_tabbed_rows_get_the_years_of_their_columns(tmp_path, cli_runner):
    import sqlite3

    folder = tmp_path / "in"
    folder.mkdir()
    _write(folder / "r.docx", [("p", "Отчет о работе библиотеки за 2019 год"), ("p", "Показатель\t2018\t2019"),
                               ("p", "Читатели\t1 520\t1 548"), ("p", "Книговыдача\t31 200\t31 950")])
    db = tmp_path / "out.db"
    assert cli_runner("ingest", folder, "--db", db).exit_code == 0
    rows = set(sqlite3.connect(db).execute("select metric, period, value, source from facts"))
    assert {("users.registered", "2018", 1520, "table"), ("users.registered", "2019", 1548, "table"),
            ("loans.total", "2018", 31200, "table"), ("loans.total", "2019", 31950, "table")} <= rows
