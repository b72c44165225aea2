"""A table cell that holds its figure and, in a paragraph of its own under
it, a remark in brackets (as WPS Office and OnlyOffice users write a cell:
"318" / "(по плану 300)").  The tables below are made up in the genre."""

from __future__ import annotations

from conftest import table_facts


def test_a_figure_with_a_bracketed_remark_under_it_keeps_its_figure():
    got = table_facts("2023", ["Показатели", "2022 г.", "2023 г."],
                      ["Число читателей", "4 905", "5 012\n(по плану 4 950)"],
                      ["Массовые мероприятия", "206", "218\n(план – 210)"])
    assert ("users.registered", 5012.0, "2023", None, None) in got
    assert ("events.actual", 218.0, "2023", None, None) in got
    assert not any(k[1] in (4950.0, 210.0) for k in got)


def test_two_figures_in_one_cell_are_no_figure_with_a_remark():
    got = table_facts("2023", ["Показатели", "2023 г."], ["Число читателей", "5 012\n4 950"])
    assert not any(k[1] in (5012.0, 4950.0) for k in got)
