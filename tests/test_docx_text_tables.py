"""Tables typed in a Word file's paragraphs rather than drawn: lined up with
tab stops under a bold header line, or with spaces in a fixed-width font.
The fixture is made by tests/fixtures/make_docx_text_tables.py."""

import sqlite3
from pathlib import Path

import docx
import pytest

from esep.plugins.docx import loader
from esep.registry import Config

FIXTURE = Path(__file__).parent / "fixtures" / "docx" / "text_tables.docx"


@pytest.fixture(scope="module")
def doc():
    return loader.load(FIXTURE, Config())


def _rows(table):
    rows: dict[int, list] = {}
    for c in table.cells:
        rows.setdefault(c.row, []).append(c)
    return [[(c.col, c.col_span, c.row_span, c.text) for c in sorted(rows[r], key=lambda c: c.col)]
            for r in sorted(rows)]


def test_a_bold_tabbed_line_over_rows_with_its_tab_stops_is_the_header(doc):
    table = doc.tables[0]
    assert table.grid() == [["Көрсеткіштер", "2023 ж. І ж/ж", "2024 ж. І ж/ж", "+/-"],
                            ["Оқырмандар", "6 210", "6 344", "+134"],
                            ["Келушілер", "41 870", "42 515", "+645"],
                            ["Кітап беру", "112 400", "110 960", "-1 440"]]
    head = next(c for c in table.cells if c.text == "2024 ж. І ж/ж")
    assert head.provenance.paragraph == 2
    texts = [b.text for b in doc.blocks]
    assert not any(t.startswith("Көрсеткіштер") for t in texts)
    assert table.position == texts.index("Негізгі көрсеткіштер:")


def test_a_bold_tabbed_line_without_the_rows_tab_stops_stays_a_heading(doc):
    heading = next(b for b in doc.blocks if b.text.startswith("Қор қозғалысы"))
    assert heading.kind == "heading"
    assert doc.tables[1].grid() == [["Түсті", "1 204 дана"], ["Шығарылды", "860 дана"]]


def test_lines_of_a_fixed_width_font_lined_up_with_spaces_are_a_table(doc):
    table = doc.tables[2]
    assert _rows(table) == [
        [(0, 1, 2, "Іс-шара түрі"), (1, 2, 1, "2023 ж. І ж/ж"), (3, 2, 1, "2024 ж. І ж/ж")],
        [(1, 1, 1, "саны"), (2, 1, 1, "қатысушылар"), (3, 1, 1, "саны"), (4, 1, 1, "қатысушылар")],
        [(0, 1, 1, "Кітап көрмелері"), (1, 1, 1, "41"), (2, 1, 1, "1 020"), (3, 1, 1, "44"), (4, 1, 1, "1 105")],
        [(0, 1, 1, "Әдеби кештер"), (1, 1, 1, "12"), (2, 1, 1, "380"), (3, 1, 1, "15"), (4, 1, 1, "442")],
        [(0, 1, 1, "Викториналар"), (1, 1, 1, "18"), (2, 1, 1, "305"), (3, 1, 1, "21"), (4, 1, 1, "356")],
        [(0, 1, 1, "Барлығы"), (1, 1, 1, "71"), (2, 1, 1, "1 705"), (3, 1, 1, "80"), (4, 1, 1, "1 903")]]
    cell = next(c for c in table.cells if c.text == "1 903")
    start = cell.provenance.char_start
    assert cell.provenance.char_end - start == len("1 903") and cell.provenance.paragraph is not None
    texts = [b.text for b in doc.blocks]
    assert not any(t.startswith(("Кітап көрмелері", "саны")) for t in texts)
    assert table.position == texts.index("Іс-шаралар түрлері бойынша:")
    assert len(doc.tables) == 3
    # a line of the fixed font that is no table stays a paragraph, and so do
    # spaced lines of a proportional font
    assert any(t.startswith("D:\\Есептер") for t in texts)
    assert "Директор                    А. Қасымова" in texts


def test_spaced_lines_in_a_proportional_font_are_no_table(tmp_path):
    d = docx.Document()
    for line in ("Форма                 2023     2024", "Выставки                12       14",
                 "Беседы                  20       21", "Викторины                8        9"):
        d.add_paragraph(line)
    path = tmp_path / "r.docx"
    d.save(path)
    assert loader.load(path, Config()).tables == []


def test_figures_of_typed_tables_get_their_columns_periods(tmp_path, cli_runner):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "r.docx").write_bytes(FIXTURE.read_bytes())
    db = tmp_path / "out.db"
    assert cli_runner("ingest", folder, "--db", db).exit_code == 0
    con = sqlite3.connect(db)
    facts = set(con.execute("select metric, period, value from facts where source = 'table'"))
    assert {("users.registered", "2024-H1", 6344), ("users.registered", "2023-H1", 6210),
            ("visits.total", "2024-H1", 42515)} <= facts
    assert not any(m == "users.registered" and v == 134 for m, _, v in facts)
