"""A first column that only counts the rows ("4 | Книговыдача | 172 450"),
under a lone row numbering the columns or under no head at all, holds the
rows' numbers, never figures of the row's indicator; a first column of
figures beside labels is read as before."""

from __future__ import annotations

from esep.model import Block, Cell, Document, Provenance, Table
from esep.plugins.facts import plugin as facts
from esep.registry import Config


def _facts(rows: list[list[str]], caption: str = "Таблица 2") -> set[tuple]:
    d = Document(id="c", path="c.docx", format="docx", metadata={"period": "2023"})
    d.add_block(Block("paragraph", "Отчёт о работе районной ЦБС за 2023 год", Provenance(page=1)))
    d.add_block(Block("paragraph", caption, Provenance(page=1)))
    d.add_table(Table([Cell(r, k, x) for r, row in enumerate(rows) for k, x in enumerate(row)], Provenance(page=1)))
    return {(r.values["metric"], r.values["value"], r.values["period"])
            for r in facts.extract(d, Config()) if r.table == "facts" and r.values["metric"] is not None}


def test_row_numbers_under_a_lone_column_numbering_are_no_figures():
    got = _facts([["1", "2", "3"], ["4", "Книговыдача", "172 450"], ["5", "Мероприятия", "214"],
                  ["6", "Участники мероприятий", "9 870"]])
    assert ("loans.total", 172450, "2023") in got and ("events.actual", 214, "2023") in got
    assert not any(v in (4, 5, 6) for _, v, _ in got)


def test_row_numbers_with_no_head_are_no_figures():
    got = _facts([["1", "Пользователи", "8 420"], ["2", "Посещения", "61 300"], ["3", "Книговыдача", "172 450"]])
    assert ("users.registered", 8420, "2023") in got and ("visits.total", 61300, "2023") in got
    assert not any(v in (1, 2, 3) for _, v, _ in got)


def test_a_first_column_of_figures_that_do_not_count_the_rows_stays_figures():
    # negative: counts in the first column, not one more each row, beside the words naming them
    got = _facts([["Количество", "Наименование", "Примечание"], ["31", "библиотек", "из них 27 сельских"],
                  ["24", "библиотек с доступом к Интернету", ""]], caption="Сеть библиотек")
    assert ("libraries.count", 31, "2023") in got
