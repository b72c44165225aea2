"""Reports exported to PDF by programs other than LibreOffice.  Microsoft
Word draws every table border as a thin filled rectangle and places the
words of a justified line one by one, and when a table runs over a page
it repeats on the next page only the row numbering the columns ("1 | 2 |
3 | 4"), under a caption "Продолжение таблицы 1" or "Кестенің жалғасы".
That part is read under the headings of the part before it
(``tests/fixtures/pdf/producers/word_continued_kk.pdf``, made by the
script beside it)."""

from __future__ import annotations

from pathlib import Path

from esep.model import Block, Cell, Document, Provenance, Table
from esep.plugins.facts import plugin as facts
from esep.plugins.pdf.loader import load
from esep.registry import Config

HERE = Path(__file__).resolve().parent / "fixtures" / "pdf" / "producers"


def _facts(d: Document) -> set[tuple]:
    return {(r.values["metric"], r.values["value"], r.values["period"], r.evidence)
            for r in facts.extract(d, Config()) if r.table == "facts" and r.values["metric"] is not None}


def test_word_pdf_table_continued_under_its_column_numbers():
    d = load(HERE / "word_continued_kk.pdf", Config(ocr="off"))
    d.metadata["period"] = "2023-9M"
    assert [t.provenance.page for t in d.tables] == [1, 2]
    assert _facts(d) == {
        ("users.registered", 7340, "2022-9M", "7 340"), ("users.registered", 7512, "2023-9M", "7 512"),
        ("visits.total", 51200, "2022-9M", "51 200"), ("visits.total", 52760, "2023-9M", "52 760"),
        ("loans.total", 148300, "2022-9M", "148 300"), ("loans.total", 151040, "2023-9M", "151 040"),
        ("events.actual", 196, "2022-9M", "196"), ("events.actual", 203, "2023-9M", "203")}


def _doc(first: list[list[str]], second: list[list[str]]) -> Document:
    d = Document(id="w", path="w.pdf", format="pdf", metadata={"period": "2023"})
    d.add_block(Block("paragraph", "Таблица 1", Provenance(page=1)))
    d.add_table(Table([Cell(r, k, x) for r, row in enumerate(first) for k, x in enumerate(row)], Provenance(page=1)))
    d.add_block(Block("paragraph", "Продолжение таблицы 1", Provenance(page=2)))
    d.add_table(Table([Cell(r, k, x) for r, row in enumerate(second) for k, x in enumerate(row)], Provenance(page=2)))
    return d


HEAD = [["№", "Показатели", "2022 год", "2023 год"], ["1", "2", "3", "4"]]


def test_continued_part_under_the_numbering_row_takes_the_headings_above():
    d = _doc(HEAD + [["1", "Число пользователей", "8 120", "8 240"]],
             [["1", "2", "3", "4"], ["2", "Книговыдача", "190 400", "193 100"], ["3", "Читаемость", "23,4", "23,4"]])
    got = _facts(d)
    assert ("loans.total", 193100, "2023", "193 100") in got
    assert ("ratio.reading", 23.4, "2022", "23,4") in got
    assert not any(f[1] in (1, 2, 3, 4) for f in got)  # neither the column numbers nor the row numbers


def test_numbering_row_does_not_join_a_part_whose_headers_have_none():
    """The part before names its columns without numbering them: the row "1 | 2 | 3 | 4" of the next page is no
    repeat of its headers, and that table is not read under the first part's years."""
    d = _doc([HEAD[0], ["1", "Число пользователей", "8 120", "8 240"]],
             [["1", "2", "3", "4"], ["2", "Книговыдача", "190 400", "193 100"]])
    assert not any(f[0] == "loans.total" and f[2] == "2022" for f in _facts(d))


def test_a_part_with_headings_of_its_own_is_another_table():
    d = _doc(HEAD + [["1", "Число пользователей", "8 120", "8 240"]],
             [["№", "Показатели", "2020 год", "2021 год"], ["1", "2", "3", "4"], ["2", "Книговыдача", "180 000", "185 500"]])
    assert ("loans.total", 185500, "2021", "185 500") in _facts(d)
    assert not any(f[1] == 185500 and f[2] == "2023" for f in _facts(d))
