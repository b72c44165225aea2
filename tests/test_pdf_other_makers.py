"""Tables of library reports written as HTML and printed to PDF by a
browser (headless Chromium), as report generators and web forms print
them: ruled above and below the header and under the last row only, rows
shaded in bands without any rule, and a full grid of CSS borders
(``tests/fixtures/pdf/other_makers/*.pdf``, each beside the HTML it was
printed from).  The browser draws each rule and each shaded band cell by
cell, sets the cells' text in the middle of their rows and breaks long
tables over pages with the header repeated.  The expected cells are the
ones the HTML sources hold, written here by hand; spaces and line breaks
inside a cell are compared as one space, and a merged cell's text stands
in its top left position, "" in the rest of its area."""

from __future__ import annotations

from pathlib import Path

import pytest

from esep.plugins.events import stats
from esep.plugins.pdf.loader import load
from esep.registry import Config

HERE = Path(__file__).resolve().parent / "fixtures" / "pdf" / "other_makers"


def grids(name: str) -> list[list[list[str]]]:
    """Each table's rows; a merged cell's text at its top left, "" in the
    rest of its area."""
    doc = load(HERE / name, Config(ocr="off"))
    return [[[" ".join(text.split()) for text in row] for row in t.grid()] for t in doc.tables]


EVENTS = [["Вид мероприятия", "2022 год", "", "2023 год", ""],
          ["", "число", "участники", "число", "участники"],
          ["Выставки книг", "120", "2 340", "131", "2 512"],
          ["Литературные вечера", "44", "1 210", "47", "1 305"],
          ["Встречи с писателями", "9", "415", "11", "470"],
          ["Всего", "173", "3 965", "189", "4 287"]]
PLAN = [["Показатель", "План", "Выполнено", "%"],
        ["Пользователи", "5 200", "5 264", "101,2"],
        ["Книговыдача", "98 000", "99 120", "101,1"],
        ["Посещения", "41 000", "40 870", "99,7"]]


@pytest.mark.parametrize("name", ["booktabs.pdf", "shaded.pdf"])
def test_tables_without_column_rules(name):
    """Two tables on a page, with prose between them: one ruled (or shaded)
    across only, a heading over two columns and one over two rows each."""
    assert grids(name) == [EVENTS, PLAN]


def test_heading_over_two_columns_keeps_its_span():
    doc = load(HERE / "booktabs.pdf", Config(ocr="off"))
    spans = {c.text.replace("\n", " "): (c.row_span, c.col_span) for c in doc.tables[0].cells if c.row == 0}
    assert spans == {"Вид мероприятия": (2, 1), "2022 год": (1, 2), "2023 год": (1, 2)}


def test_events_of_a_table_ruled_across_only():
    doc = load(HERE / "booktabs.pdf", Config(ocr="off"))
    doc.metadata["period"] = "2023"
    rows = {(r.values["label"], r.values["period"]): (r.values["actual"], r.values["participants"])
            for r in stats.extract(doc, Config()) if r.table == "event_stats"}
    assert rows[("Выставки книг", "2022")] == (120, 2340)
    assert rows[("Выставки книг", "2023")] == (131, 2512)
    assert rows[("Встречи с писателями", "2023")] == (11, 470)


R1_MAIN = [["Показатели", "2022 г. (факт)", "План на 2023 г.", "2023 г. (факт)", "% выполнения плана",
            "+/– к 2022 г."],
           ["Число библиотек", "24", "23", "23", "100", "–1"],
           ["Пользователи, чел.", "14 870", "14 900", "15 012", "100,8", "+142"],
           ["в т.ч. дети до 14 лет", "5 402", "5 400", "5 468", "101,3", "+66"],
           ["Посещения", "148 330", "150 000", "151 206", "100,8", "+2 876"],
           ["Книговыдача, экз.", "327 410", "330 000", "331 874", "100,6", "+4 464"],
           ["Читаемость", "22,0", "22,0", "22,1", "–", "+0,1"],
           ["Посещаемость", "10,0", "10,1", "10,1", "–", "+0,1"],
           ["Обращаемость фонда", "1,5", "1,5", "1,6", "–", "+0,1"]]
R1_FUND = [["", "Всего", "из них на казахском языке", "книги", "периодические издания"],
           ["Состояло на 01.01.2023", "214 560", "71 204", "198 900", "15 660"],
           ["Поступило", "6 318", "3 040", "5 102", "1 216"],
           ["Выбыло", "9 145", "1 877", "7 950", "1 195"],
           ["Состоит на 01.01.2024", "211 733", "72 367", "196 052", "15 681"]]
R1_EVENTS = [["Форма мероприятия", "2022 год", "", "2023 год", ""],
             ["", "кол-во", "участников", "кол-во", "участников"],
             ["Книжные выставки", "412", "8 930", "436", "9 215"],
             ["Беседы", "188", "3 120", "203", "3 347"],
             ["Литературные вечера", "54", "1 610", "61", "1 802"],
             ["Викторины", "97", "1 905", "110", "2 140"],
             ["Библиотечные уроки", "73", "1 460", "79", "1 596"],
             ["Круглые столы", "18", "402", "21", "455"],
             ["Конкурсы", "26", "640", "31", "702"],
             ["Всего", "868", "18 067", "941", "19 257"]]


def test_a_table_ruled_across_broken_over_pages():
    """The first table has no rule under its last row on page 1 (it goes on
    over the page) and repeats its header on page 2; labels of two lines
    are set around their row's figures ("Пользователи," / "чел."), a figure
    of the fund table wraps ("214" / "560") beside a label going on in a
    date; the events table starts at the foot of page 2."""
    assert grids("r1_cbs_scherbakty_2023_chrome_booktabs.pdf") == [R1_MAIN, R1_FUND, R1_EVENTS]


def test_a_figure_wrapped_in_a_ruled_cell_stays_one_cell():
    got = grids("r1_cbs_scherbakty_2023_chrome_grid.pdf")
    assert R1_FUND in got


def test_a_label_of_two_lines_around_its_figures_is_one_row():
    got = grids("r4_burabay_9m2023_chrome_booktabs.pdf")
    assert got[0][1:3] == [["Пользователи", "16 205", "19 600", "16 488", "84,1"],
                           ["в т.ч. в сельской местности", "9 870", "11 900", "10 012", "84,1"]]
    assert got[1] == [["Вид документов", "Состоит на 01.01.2023", "Поступило", "Выбыло", "Состоит на 01.10.2023"],
                      ["Книги", "231 640", "4 105", "6 880", "228 865"],
                      ["Периодические издания", "12 305", "1 540", "2 010", "11 835"],
                      ["Электронные издания", "1 212", "36", "0", "1 248"],
                      ["Итого", "245 157", "5 681", "8 890", "241 948"]]


def test_shaded_header_over_two_columns_and_white_last_row():
    got = grids("r2_ridder_2024h1_chrome_shaded.pdf")
    events = got[-1]
    assert events[0] == ["Форма работы", "I полугодие 2023", "", "I полугодие 2024", ""]
    assert events[1] == ["", "мероприятий", "присутствовало", "мероприятий", "присутствовало"]
    assert events[-1] == ["Итого по указанным формам", "203", "15 409", "215", "15 033"]
    assert len(events) == 10
