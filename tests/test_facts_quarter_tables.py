"""A report of nine months or a year that gives its events one table a
quarter, each captioned with its quarter and no year ("Таблица 2.
Мероприятия за II квартал"): the table's total is that quarter's, in the
report's year, not the whole report's.  Tables typed for this file."""

from __future__ import annotations

from esep.model import Block, Cell, Document, Provenance, Table
from esep.plugins.facts import plugin as facts
from esep.registry import Config


def _tables_facts(period: str, *captioned: tuple[str, list[list[str]]]) -> set[tuple]:
    d = Document(id="q", path="q.docx", format="docx", metadata={"period": period})
    for caption, rows in captioned:
        d.add_block(Block("paragraph", caption))
        d.add_table(Table([Cell(r, k, x) for r, row in enumerate(rows) for k, x in enumerate(row) if x],
                          Provenance(page=1), position=len(d.blocks) - 1))
    return {(r.values["metric"], r.values["value"], r.values["period"])
            for r in facts.extract(d, Config()) if r.table == "facts" and r.values.get("source") == "table"}


def _events(total: str, people: str) -> list[list[str]]:
    return [["Форма", "Кол-во", "Участники"], ["Беседы", "4", "60"], ["Громкие чтения", "3", "45"],
            ["Итого", total, people]]


def test_each_quarters_table_gives_that_quarter():
    got = _tables_facts("2022-9M",
                        ("Таблица 1. Мероприятия за I квартал", _events("7", "105")),
                        ("Таблица 2. Мероприятия за II квартал", _events("9", "130")))
    assert ("events.actual", 7.0, "2022-Q1") in got and ("events.actual", 9.0, "2022-Q2") in got
    assert not any(p == "2022-9M" for _, _, p in got)


def test_a_caption_naming_the_whole_period_or_none_keeps_the_reports():
    got = _tables_facts("2022", ("Таблица 1. Мероприятия за год", _events("7", "105")))
    assert ("events.actual", 7.0, "2022") in got
    # a quarter outside the report's period is no part of it: the report's own period stays
    got = _tables_facts("2022-H1", ("Таблица 1. Мероприятия за III квартал", _events("7", "105")))
    assert ("events.actual", 7.0, "2022-H1") in got
