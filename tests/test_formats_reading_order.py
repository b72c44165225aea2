"""Reports as other programs hand them over: the text of a PDF taken in its
reading order (pdftotext without -layout, a viewer's copy), where every cell
of a table is a paragraph of its own and the cells that stood close on one
line are joined by a space; and a staff sentence that names the part of the
higher education that is the library one after "в том числе".  Each text
was typed for this file, with what it should give written before esep read
it; at first the table's figures took the wrong years, or none."""

from __future__ import annotations

from esep.plugins.facts import plugin as facts
from esep.plugins.text.flowed import UNREAD_ROWS, flowed_table
from esep.plugins.text.loader import parse, split_lines
from esep.registry import Config

from conftest import cell_tuples, prose_facts

READING_ORDER = ("2023 жылғы есеп\n"
                 "Негізгі көрсеткіштер\n"
                 "Көрсеткіштер\n\n"
                 "2022\n\n"
                 "2023\n\n"
                 "Оқырмандар\n\n"
                 "14 870\n\n"
                 "15 120\n\n"
                 "Келушілер\n\n"
                 "112 540 115 300\n\n"
                 "Іс-шаралар\n\n"
                 "604\n\n"
                 "1 012\n\n"
                 "Қатысушылар 21 450 22 910\n"
                 "Штат – 31 бірлік, жұмыс істейтіндер – 30 адам.\n")


def _rows(table):
    rows: dict[int, list[str]] = {}
    for r, _c, _rs, _cs, x in cell_tuples(table):
        rows.setdefault(r, []).append(x)
    return list(rows.values())


def test_cells_one_a_paragraph_and_joined_on_a_line_make_the_rows():
    t, _unread = parse(READING_ORDER).tables
    assert _rows(t) == [["Көрсеткіштер", "2022", "2023"], ["Оқырмандар", "14 870", "15 120"],
                        ["Іс-шаралар", "604", "1 012"], ["Қатысушылар", "21 450", "22 910"]]
    # each figure keeps where it was written
    cell = next(c for c in t.cells if c.text == "22 910")
    assert READING_ORDER[cell.provenance.char_start:cell.provenance.char_end] == "22 910"


def test_figures_that_group_more_than_one_way_are_left_as_written():
    # "112 540 115 300" is 112 540 | 115 300, or 112 | 540 115 300, or 112 540 115 | 300: no row of the
    # table, its lines are kept as written in a table no extractor reads, and said not read; the rows
    # after it are still the table's
    doc = parse(READING_ORDER)
    table, unread = doc.tables
    assert unread.kind == UNREAD_ROWS and [c.text for c in unread.cells] == ["Келушілер", "112 540 115 300"]
    assert not any(c.text in ("112 540", "115 300") for c in table.cells)
    assert "lines 15, 17:" in doc.metadata["parts_not_read"][0]


def test_the_years_of_the_header_reach_the_facts():
    doc = parse(READING_ORDER, "r.txt")
    doc.metadata["period"] = "2023"
    got = {(r.values["metric"], r.values["value"], r.values["period"]) for r in facts.extract(doc, Config())
           if r.table == "facts" and r.values["metric"]}
    assert {("users.registered", 14870, "2022"), ("users.registered", 15120, "2023"),
            ("events.actual", 604, "2022"), ("events.actual", 1012, "2023"),
            ("events.participants", 21450, "2022"), ("events.participants", 22910, "2023")} <= got
    assert not any(m == "visits.total" for m, _v, _p in got)  # never a figure cut on a guess
    assert ("events.actual", 604, "2023") not in got


def test_cells_one_a_line_without_empty_lines_are_no_such_table():
    # LibreOffice's plain text of a Word table: one cell a line, nothing between (read elsewhere)
    lines = split_lines("Показатели\n2022\n2023\nЧисло пользователей\n12 410\n12 502\nПосещения\n98 100\n99 240\n")
    assert flowed_table(lines, 0)[1] is None


def test_paragraphs_between_empty_lines_are_no_table():
    text = ("Итоги года\n\n2022\n\n2023\n\nВ 2023 году библиотеки обслужили 14 870 читателей.\n\n"
            "Проведено 604 мероприятия.\n\n")
    doc = parse(text)
    assert not doc.tables


def test_library_education_after_in_that_number():
    assert {k[:2] for k in prose_facts("2022", "Работают 20 сотрудников, из них 14 имеют высшее образование, "
                                                "в том числе 9 – библиотечное.")} \
        >= {("staff.higher_education", 14), ("staff.library_education", 9)}
    assert ("staff.library_education", 12) in {k[:2] for k in prose_facts(
        "2022", "Қызметкерлердің 20-сы жоғары білімді, оның ішінде 12 – кітапханалық.")}


def test_a_part_of_the_staff_that_is_no_education_stays_unnamed():
    got = {k[:2] for k in prose_facts("2022", "Работают 20 сотрудников, из них 14 имеют высшее образование, "
                                              "в том числе 9 – со стажем до трёх лет.")}
    assert not any(m == "staff.library_education" for m, _ in got)


OUT_OF_ORDER = ("Көрсеткіштер\n\n"
                "2023 ж. 9 айы 2024 ж. 9 айы\n\n"
                "+/-\n\n"
                "Оқырмандар саны 11 240\n\n"
                "11 515\n\n"
                "+275\n\n"
                "Кітап берілімі\n\n"
                "241 300\n\n"
                "246 020\n\n"
                "+4 720\n\n"
                "512\n\n"
                "+18\n\n"
                "Іс-шаралар саны 494\n"
                "Жүйеде 38 қызметкер жұмыс істейді.\n")


def test_heads_on_one_line_and_a_rows_figures_written_before_its_label():
    # pdftotext joined the two heads of nine months; it wrote the last two cells of the events row
    # ("512", "+18") before the line of its label and first figure: the difference column holds
    # (512 - 494 = 18), so they are that row's
    (t,) = parse(OUT_OF_ORDER).tables
    assert _rows(t) == [["Көрсеткіштер", "2023 ж. 9 айы", "2024 ж. 9 айы", "+/-"],
                        ["Оқырмандар саны", "11 240", "11 515", "+275"],
                        ["Кітап берілімі", "241 300", "246 020", "+4 720"],
                        ["Іс-шаралар саны", "494", "512", "+18"]]
    doc = parse(OUT_OF_ORDER, "r.txt")
    doc.metadata["period"] = "2024-9M"
    got = {(r.values["metric"], r.values["value"], r.values["period"]) for r in facts.extract(doc, Config())
           if r.table == "facts" and r.values["metric"]}
    assert {("loans.total", 241300, "2023-9M"), ("loans.total", 246020, "2024-9M"),
            ("events.actual", 494, "2023-9M"), ("events.actual", 512, "2024-9M")} <= got
    assert not any(v in (275, 4720, 18) for _m, v, _p in got)


def test_figures_out_of_order_without_a_difference_that_holds_are_left():
    # no difference column: nothing tells whose the lines after a row's figures are
    text = OUT_OF_ORDER.replace("+/-\n\n", "").replace("+275\n\n", "").replace("+4 720\n\n", "") \
        .replace("+18\n\n", "")
    doc = parse(text, "r.txt")
    t, unread = doc.tables
    assert _rows(t) == [["Көрсеткіштер", "2023 ж. 9 айы", "2024 ж. 9 айы"], ["Оқырмандар саны", "11 240", "11 515"]]
    assert "Іс-шаралар саны 494" in [c.text for c in unread.cells]
    doc.metadata["period"] = "2024-9M"
    got = {(r.values["metric"], r.values["value"]) for r in facts.extract(doc, Config())
           if r.table == "facts" and r.values["metric"]}
    assert not any(v in (494, 512, 241300) for _m, v in got)
    # a difference that does not hold ("+20" for 512 - 494) leaves the row as well
    doc = parse(OUT_OF_ORDER.replace("+18\n\n", "+20\n\n"))
    assert not any(c.text in ("494", "512", "+20") for c in doc.tables[0].cells)
