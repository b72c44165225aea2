"""Tables of library reports typed in Word and saved as PDF by LibreOffice
(``tests/fixtures/tables/report_pages/report_*.pdf``): a table whose header
row breaks over the page, a borderless table carried over to the next page
without its header, a two-row header typed with spaces, a table ruled only
above, under the header and below.  The expected cells are the ones typed
in the reports (written here by hand before esep read the files); spaces
and line breaks inside a cell are compared as one space."""

from __future__ import annotations

from pathlib import Path

import pytest

from esep.plugins.pdf.loader import load
from esep.registry import Config

PAGES = Path(__file__).resolve().parent / "fixtures" / "tables" / "report_pages"


def grids(name: str) -> list[list[list[str]]]:
    doc = load(PAGES / name, Config(ocr="off"))
    out = []
    for t in doc.tables:
        n_rows = max(c.row + c.row_span for c in t.cells)
        n_cols = max(c.col + c.col_span for c in t.cells)
        g = [[""] * n_cols for _ in range(n_rows)]
        for c in t.cells:
            for r in range(c.row, c.row + c.row_span):
                for k in range(c.col, c.col + c.col_span):
                    g[r][k] = " ".join(c.text.split())
        out.append(g)
    return out


@pytest.fixture(scope="module")
def ru_breaks() -> list[list[list[str]]]:
    return grids("report_breaks_ru.pdf")


FUND = [["Движение фонда", "Всего, экз.", "в т.ч. на казахском языке"],
        ["Состояло на 01.01.2023", "167 950", "98 410"],
        ["Поступило за год", "6 134", "4 020"],
        ["Выбыло за год", "5 870", "1 215"],
        ["Состоит на 01.01.2024", "168 214", "101 215"]]


def test_a_header_row_broken_by_the_page_heads_the_rows_on_the_next(ru_breaks):
    """The fund table's header is the last line of page 1 and its wrapped
    last word ("языке") the first of page 2, the rows below it: one table
    under its header, not a heading and a table without one."""
    assert FUND in ru_breaks


def test_a_bold_header_at_the_page_foot_without_a_caption_heads_the_rows():
    """The same report with the fund table's caption left out (an empty
    paragraph in its place): the bold header at the foot of page 1, over
    rows that are not bold, still heads the rows of page 2."""
    assert FUND in grids("report_breaks_uncaptioned_ru.pdf")


def test_rows_carried_over_without_a_header_keep_the_columns_above(ru_breaks):
    """The events table's last three rows stand at the top of page 3, the
    label of the first a hair from its figure ("Информацион" / "ные часы"
    beside "34"): they take the five columns of the part on page 2, and the
    signature under them is no row."""
    assert [["Форма мероприятия", "2022 г. кол-во", "2022 г. участников", "2023 г. кол-во", "2023 г. участников"],
            ["Книжные выставки", "96", "2 140", "104", "2 385"],
            ["Беседы", "88", "1 760", "92", "1 830"],
            ["Литературные вечера", "41", "1 230", "45", "1 395"],
            ["Викторины", "52", "1 040", "55", "1 160"],
            ["Круглые столы", "18", "540", "21", "610"],
            ["Информационные часы", "34", "610", "38", "700"],
            ["Прочие формы", "83", "2 980", "83", "3 010"],
            ["Всего", "412", "10 300", "438", "11 090"]] in ru_breaks


def test_a_period_heading_over_two_columns_typed_with_spaces_spans_both():
    """"9 мес. 2023" typed over "кол-во | участ." (set flush right over
    the pair): a header of two rows whose period headings span two columns
    each, "Форма" one cell down both rows."""
    assert [["Форма", "9 мес. 2023", "9 мес. 2023", "9 мес. 2024", "9 мес. 2024"],
            ["Форма", "кол-во", "участ.", "кол-во", "участ."],
            ["Книжные выставки", "70", "1 480", "73", "1 525"],
            ["Беседы", "61", "1 190", "64", "1 240"],
            ["Мастер-классы", "19", "310", "23", "366"],
            ["Библиотечные уроки", "27", "640", "29", "702"],
            ["Викторины", "38", "760", "40", "815"],
            ["Прочие", "90", "2 210", "89", "2 190"],
            ["Итого", "305", "6 590", "318", "6 838"]] in grids("report_typed_ru.pdf")


def test_a_line_of_the_text_under_a_table_set_smaller_is_no_row():
    """The events table (rules above, under the header and below; the
    header wrapped, "қатысушыл" / "ар") keeps its five columns: the
    signature set in the text's size right under it spread over the gaps
    between them and folded the first year's figures into the labels."""
    assert [["Іс-шара түрі", "2023 ж. І ж/ж саны", "қатысушылар", "2024 ж. І ж/ж саны", "қатысушылар"],
            ["Кітап көрмесі", "48", "960", "52", "1 040"],
            ["Әңгіме", "40", "820", "43", "905"],
            ["Танымдық сағат", "22", "480", "25", "560"],
            ["Дөңгелек үстел", "9", "270", "11", "318"],
            ["Викторина", "26", "540", "28", "602"],
            ["Әдеби кеш", "15", "450", "17", "508"],
            ["Басқа түрлері", "54", "1 310", "55", "1 390"],
            ["Барлығы", "214", "4 830", "231", "5 323"]] in grids("report_hrules_kk.pdf")


def test_the_cells_of_a_header_alone_at_the_page_foot_are_one_text_each():
    """A header cell of that table stacked on two lines, across the page
    break ("в т.ч. на казахском" / "языке"), is one text, as a header
    cell of stacked words is on one page (not two lines of a cell)."""
    doc = load(PAGES / "report_breaks_ru.pdf", Config(ocr="off"))
    heads = [[c.text for c in sorted(t.cells, key=lambda c: c.col) if c.row == 0] for t in doc.tables]
    assert FUND[0] in heads
