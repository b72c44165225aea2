"""Tables of Russian and Kazakh reports of other libraries: a staff table by
education under a caption that dates it, and a row naming the library system
as a whole ("ЦБС", "По РЦБС") beside the columns it counts."""

from __future__ import annotations

import pytest

from esep.model import Block, Cell, Document, Provenance, Table
from esep.plugins.facts import plugin as facts
from esep.registry import Config


def _facts(period: str, rows: list[list[str]], before: tuple[str, ...] = ()) -> list[dict]:
    d = Document(id="t", path="t.docx", format="docx", metadata={"period": period})
    for x in before:
        d.add_block(Block("paragraph", x))
    d.add_table(Table([Cell(r, k, x) for r, row in enumerate(rows) for k, x in enumerate(row) if x], Provenance(page=1)))
    return [dict(r.values, evidence=r.evidence) for r in facts.extract(d, Config())
            if r.table == "facts" and r.values.get("source") == "table"]


def _keys(period: str, rows: list[list[str]], before: tuple[str, ...] = ()) -> set[tuple]:
    return {(v["metric"], v["value"], v["period"], v["as_of"], v["category"], v["evidence"])
            for v in _facts(period, rows, before) if v["metric"]}


_STAFF_HEAD = ["", "Всего работников", "Высшее образование", "Среднее специальное", "Библиотечное образование"]


@pytest.mark.parametrize("label", ["ЦБС", "По РЦБС", "В целом по ЦБС"])
def test_a_row_naming_the_whole_system_is_no_branch(label):
    got = _keys("2023", [_STAFF_HEAD, [label, "38", "21", "15", "19"]], ("Кадры",))
    assert got == {("staff.headcount", 38, "2023", None, None, "38"),
                   ("staff.higher_education", 21, "2023", None, None, "21"),
                   ("staff.library_education", 19, "2023", None, None, "19")}


def test_a_branch_row_keeps_its_branch():
    got = _keys("2023", [_STAFF_HEAD, ["Центральная библиотека", "12", "9", "3", "7"]], ("Кадры",))
    assert ("staff.headcount", 12, "2023", None, "branch:центральная библиотека", "12") in got


def test_a_caption_date_dates_the_staff_of_a_table_by_education():
    got = _keys("2023", [_STAFF_HEAD, ["ЦБС", "38", "21", "15", "19"]],
                ("Состав библиотечных кадров на 01.01.2024 г.",))
    assert got == {("staff.headcount", 38, "2023", "2024-01-01", None, "38"),
                   ("staff.higher_education", 21, "2023", "2024-01-01", None, "21"),
                   ("staff.library_education", 19, "2023", "2024-01-01", None, "19")}


def test_a_caption_date_leaves_a_funds_movement_to_its_rows():
    # the balances keep the dates of their rows; the flows have none
    got = _keys("2021", [["Показатель", "Всего", "Книги"],
                         ["Состояло на 01.01.2021", "198 412", "176 530"], ["Поступило", "5 206", "3 870"],
                         ["Состоит на 01.01.2022", "195 684", "174 298"]],
                ("Движение фонда ЦБС за 2021 год на 01.01.2022 г.",))
    assert ("fund.start", 198412, "2021", "2021-01-01", None, "198 412") in got
    assert ("fund.received", 5206, "2021", None, None, "5 206") in got
    assert ("fund.end", 195684, "2021", "2022-01-01", None, "195 684") in got


def test_a_caption_of_two_dates_dates_nothing():
    got = _keys("2023", [_STAFF_HEAD, ["ЦБС", "38", "21", "15", "19"]],
                ("Кадры на 01.01.2023 г. и на 01.01.2024 г.",))
    assert {k[3] for k in got} == {None}
