"""A spreadsheet's percent format shows the sign in the cell ("41,2%"): in a
row that names a percent (the coverage of the population) that is the
row's figure; in a row of a count or a ratio a percent is a share or a
rate and no figure.  A row "Работники" (with its unit "чел." beside it) is
the staff's headcount, as "Численность работников" is."""

from __future__ import annotations

from esep.model import Cell, Document, Table
from esep.plugins.facts import plugin as facts
from esep.registry import Config


def _facts(rows: list[list[str]], period: str = "2023") -> set[tuple]:
    d = Document(id="s", path="s.xlsx", format="xlsx", metadata={"period": period})
    d.add_table(Table([Cell(r, c, text) for r, row in enumerate(rows) for c, text in enumerate(row)]))
    return {(r.values["metric"], r.values["value"], r.values["unit"], r.values["period"], r.evidence)
            for r in facts.extract(d, Config()) if r.table == "facts" and r.values["metric"]}


def test_a_percent_shown_in_the_cell_of_a_coverage_row_is_its_figure():
    got = _facts([["Көрсеткіштер", "2022 ж.", "2023 ж."],
                  ["Оқырмандар саны", "3 215", "3 260"],
                  ["Халықты кітапханалық қызметпен қамту", "41,2%", "41,8%"]])
    assert ("coverage.population_pct", 41.2, "percent", "2022", "41,2%") in got
    assert ("coverage.population_pct", 41.8, "percent", "2023", "41,8%") in got
    assert ("users.registered", 3260, "people", "2023", "3 260") in got


def test_a_percent_in_a_row_of_a_count_is_no_figure_of_it():
    got = _facts([["Показатель", "2022 г.", "2023 г."],
                  ["Посещения", "61 300", "62 480"],
                  ["Пользователи", "98,5%", "100,4%"],
                  ["Читаемость", "20,1%", "20,6%"]])
    assert not any(m in ("users.registered", "ratio.reading") for m, *_ in got)
    assert ("visits.total", 62480, "visits", "2023", "62 480") in got


def test_a_row_of_workers_with_its_unit_beside_it_is_the_headcount():
    got = _facts([["Показатель", "Ед. изм.", "2022", "2023"],
                  ["Штатные единицы", "ед.", "34,5", "34,5"],
                  ["Работники", "чел.", "33", "34"]])
    assert ("staff.headcount", 33, "people", "2022", "33") in got
    assert ("staff.headcount", 34, "people", "2023", "34") in got
    assert ("staff.units", 34.5, "staff_units", "2023", "34,5") in got


def test_workers_of_a_kind_are_no_headcount_of_the_staff():
    got = _facts([["Показатель", "2022", "2023"],
                  ["Работники, прошедшие курсы повышения квалификации", "6", "9"]])
    assert not any(m == "staff.headcount" for m, *_ in got)


def test_a_first_row_of_percents_is_a_row_of_figures_not_of_the_header():
    got = _facts([["Показатель", "2022 г.", "2023 г."],
                  ["Охват населения библиотечным обслуживанием", "26,7%", "27,1%"],
                  ["Пользователи", "11 240", "11 385"]])
    assert ("coverage.population_pct", 27.1, "percent", "2023", "27,1%") in got
    assert ("users.registered", 11240, "people", "2022", "11 240") in got
