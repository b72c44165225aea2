"""Checks of reports written by others: a ± beside plan and actual, ratios
stated beside a figure restated in thousands, population coverage, and the
scorer reading relation names as other gold files spell them."""

from __future__ import annotations

import sqlite3

from esep.model import Block, Cell, Document, Provenance, Table
from esep.plugins import checks
from esep.plugins.facts import plugin as facts
from esep.registry import Config


def _records(period: str, *rows: list[str], prose: tuple[str, ...] = ()) -> list:
    d = Document(id="c", path="c.docx", format="docx", metadata={"period": period})
    for x in prose:
        d.add_block(Block("paragraph", x, Provenance(page=1)))
    if rows:
        d.add_table(Table([Cell(r, k, x) for r, row in enumerate(rows) for k, x in enumerate(row) if x],
                          Provenance(page=1)))
    recs = facts.extract(d, Config())
    return recs + checks.run_checks(recs, d)


def _checks(recs) -> dict:
    return {(r.values["name"], r.values["period"]): (r.values["expected"], r.values["actual"], r.values["holds"])
            for r in recs if r.table == "checks"}


def test_plus_minus_beside_plan_and_actual_compares_with_the_year_before():
    got = _checks(_records("2015",
                           ["Көрсеткіштер", "2014 ж.", "2015 жылға жоспар", "2015 ж. орындалды", "Орындалу %", "±"],
                           ["Оқырмандар саны", "12 400", "12 000", "12 150", "101,3", "-250"]))
    assert got["stated_difference[users.registered][2015]", "2015"][2] == 1  # 12150 - 12400
    assert got["stated_percent[users.registered][2015]", "2015"][2] == 1  # 12150 / 12000


def test_a_percent_of_growth_beside_a_percent_of_the_plan_compares_with_the_year_before():
    recs = _records("2023", ["Көрсеткіштер", "2022 ж.", "2023 ж. жоспар", "2023 ж. нақты", "Жоспардың орындалуы, %",
                             "Өсу қарқыны, %"],
                    ["Оқырмандар саны", "16 240", "16 400", "16 515", "100,7", "101,7"])
    got = [(r.values["details"], r.values["holds"]) for r in recs if r.table == "checks"
           and r.values["kind"] == "stated_percent"]
    assert sorted(h for _, h in got) == [1, 1]
    assert any("16515 / 16240" in d for d, _ in got) and any("16515 / 16400" in d for d, _ in got)


def test_ratios_hold_when_a_figure_is_restated_in_thousands_and_coverage_against_population():
    recs = _records("2016", ["Показатели", "2016 г."], ["Число читателей", "10 000"],
                    ["Книговыдача", "185 000"], ["Читаемость", "18,5"], ["Охват населения, %", "40,0"],
                    prose=("Книговыдача составила 185,0 тыс. экз.", "Численность населения – 25 000 человек."))
    got = _checks(recs)
    assert got["ratio[ratio.reading]", "2016"][2] == 1
    assert got["ratio[coverage.population_pct]", "2016"] == (40.0, 40.0, 1)


def test_scorer_reads_relation_names_as_other_gold_files_spell_them():
    assert checks.check_key("stated_difference[visits.total][2019]", "2019") == checks.check_key("diff[visits.total]", "2019")
    assert checks.check_key("stated_percent[loans.total][2019-H1]", "2019-H1") == \
        checks.check_key("plan_pct[loans.total]", "2019-H1")
    assert checks.check_key("ratio[ratio.reading]", "2018") != checks.check_key("ratio[ratio.reading]", "2017")
    conn = sqlite3.connect(":memory:")
    conn.execute("create table checks (document_id, name, kind, period, expected, actual, holds)")
    conn.executemany("insert into checks values ('d', ?, ?, ?, ?, ?, ?)", [
        ("stated_difference[users.registered][2019]", "stated_difference", "2019", -5, -5, 1),
        ("parts_total[staff.headcount]", "parts_total", "2019", 40, 40, 1)])
    gold = {"records": [{"name": "diff[users.registered]", "period": "2019", "expected": -5, "actual": -5, "holds": 1},
                        {"name": "parts_total[staff.headcount]", "period": None, "expected": 40, "actual": 40,
                         "holds": 1}]}
    s = checks.score(conn, "d", gold)
    assert (s["precision"], s["recall"]) == (1.0, 1.0)


def test_book_supply_per_inhabitant_against_the_population_and_a_population_in_thousands():
    recs = _records("2021", ["Показатели", "2021 г."], ["Число читателей", "12 046"], ["Книжный фонд", "120 400"],
                    ["Охват населения, %", "40,0"],
                    prose=("Численность населения района – 30,1 тыс. человек.",
                           "Книгообеспеченность на одного жителя составила 4,0 экз."))
    got = _checks(recs)
    assert got["ratio[ratio.book_supply]", "2021"] == (4.0, 4.0, 1)  # 120 400 / 30 100, not / 12 046
    assert got["ratio[coverage.population_pct]", "2021"] == (40.0, 40.0, 1)  # 12 046 / 30 100, not / 30.1


def test_a_table_of_some_libraries_is_not_checked_against_the_systems_figure_stated_elsewhere():
    rows = (["Кітапхана", "Оқырмандар", "Келушілер"],
            ["Ақсу ауылдық кітапханасы", "820", "6 105"],
            ["Көктал ауылдық кітапханасы", "512", "3 870"])
    prose = ("Есепті жылы жүйе кітапханалары 14 620 оқырманға қызмет көрсетті.",)
    names = {r.values["name"] for r in _records("2022", *rows, prose=prose) if r.table == "checks"}
    assert not any(n.startswith("parts_total[users.registered]") for n in names)
    # the table's own total row is checked
    got = _checks(_records("2022", *rows, ["Барлығы", "1 332", "9 975"]))
    assert got["parts_total[users.registered]", "2022"][2] == 1
