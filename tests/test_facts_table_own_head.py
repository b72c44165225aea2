"""Tables of Russian and Kazakh reports of other libraries that follow one
another with no paragraph between: the caption over them is the first
table's; a second table whose head names a grouping of its own (the staff by
education, length of service or age) does not take the fund's topic, while a
second table with no such head keeps it."""

from __future__ import annotations

import pytest

from esep.model import Block, Cell, Document, Provenance, Table
from esep.plugins.facts import plugin as facts
from esep.registry import Config


def _facts(caption: str, first: list[list[str]], second: list[list[str]]) -> list[dict]:
    d = Document(id="t", path="t.docx", format="docx", metadata={"period": "2024"})
    d.add_block(Block("paragraph", caption))
    for rows in (first, second):
        d.add_table(Table([Cell(r, k, x) for r, row in enumerate(rows) for k, x in enumerate(row) if x],
                          Provenance(page=1)))
    return [dict(r.values, evidence=r.evidence) for r in facts.extract(d, Config())
            if r.table == "facts" and r.values.get("source") == "table"]


def _by_table(caption: str, first: list[list[str]], second: list[list[str]]) -> set[tuple]:
    return {(v["metric"], v["value"], v["evidence"]) for v in _facts(caption, first, second) if v["metric"]}


_FUND_RU = [["", "на 01.01.2024", "на 01.01.2025"], ["Библиотечный фонд, экз.", "48 210", "49 035"]]
_FUND_KK = [["", "01.01.2024 ж.", "01.01.2025 ж."], ["Кітап қоры, дана", "36 540", "37 120"]]


@pytest.mark.parametrize("caption,fund,staff", [
    ("Библиотечный фонд", _FUND_RU,
     [["Образование", "Всего", "в т.ч. библиотечное"], ["Высшее", "9", "6"], ["Итого", "14", "10"]]),
    ("Книжный фонд", _FUND_RU,
     [["Стаж работы", "до 3 лет", "3–10 лет", "свыше 10 лет"], ["Итого", "4", "9", "15"]]),
    ("Кітап қоры", _FUND_KK,
     [["Білімі", "Барлығы", "оның ішінде кітапханалық"], ["Жоғары", "7", "5"], ["Барлығы", "11", "8"]]),
    ("Кітап қоры", _FUND_KK,
     [["Жасы", "30 жасқа дейін", "30-50 жас", "50-ден жоғары"], ["Барлығы", "3", "6", "2"]]),
])
def test_a_staff_table_after_the_fund_table_is_no_fund(caption, fund, staff):
    got = _by_table(caption, fund, staff)
    fund_figures = {c.replace(" ", "") for row in fund[1:] for c in row[1:]}
    assert {e.replace(" ", "") for m, _, e in got if m.startswith("fund.")} == fund_figures


def test_a_second_table_whose_head_names_no_grouping_keeps_the_caption():
    second = [["Показатель", "2023", "2024"], ["Поступило", "1 200", "1 300"],
              ["Состоит на конец года", "50 000", "51 000"]]
    got = _by_table("Библиотечный фонд", _FUND_RU, second)
    assert {("fund.end", 50000, "50 000"), ("fund.end", 51000, "51 000")} <= got
