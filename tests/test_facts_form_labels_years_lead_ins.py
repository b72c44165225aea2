"""A figure written after its label and a colon in the middle of a
sentence, as forms filled in prose have it ("Пользователей – 8 415,
посещений: 52 310"); a row naming a day without its year ("состоит на
1 июля") under columns of periods of different years; bare years under a
part of the year merged over them ("I квартал" over "2024 | 2025"); a
sentence of figures of its own right before a table, which is no caption
of it; a table's title in its first row across all columns."""

from __future__ import annotations

from conftest import prose_facts, report_of, table_facts

from esep.model import Cell, Document, Provenance, Table
from esep.plugins.facts import plugin as facts
from esep.registry import Config


def test_a_label_and_a_colon_after_a_comma_name_the_next_figure():
    assert prose_facts("2024-H1", "Кітапхана қызметкерлерінің саны: 31 адам, оның ішінде жоғары білімді: 19.") == {
        ("staff.headcount", 31.0, "2024-H1", None, None), ("staff.higher_education", 19.0, "2024-H1", None, None)}
    assert prose_facts("2024", "Пользователей – 8 415, посещений: 52 310.") == {
        ("users.registered", 8415.0, "2024", None, None), ("visits.total", 52310.0, "2024", None, None)}


def test_a_colon_right_after_a_figures_clause_still_opens_its_parts():
    """"58 қызметкер жұмыс істейді: жоғары білімді – 41": the words past the colon are the parts', and the
    whole keeps its own metric."""
    assert prose_facts("2024", "58 қызметкер жұмыс істейді: жоғары білімді – 41, орта арнаулы – 17.") == {
        ("staff.headcount", 58.0, "2024", None, None), ("staff.higher_education", 41.0, "2024", None, None)}


def _stocks(period, rows):
    out = set()
    for r in facts.extract(report_of(period, "Основные показатели", rows), Config()):
        v = r.values
        if r.table == "facts" and v["metric"] and v["metric"].startswith("fund."):
            out.add((v["metric"], v["value"], v["period"], v["as_of"]))
    return out


def test_a_day_without_its_year_takes_the_year_of_each_column():
    rows = [["Раздел", "Показатель", "I полугодие 2023", "I полугодие 2024", "Отклонение"],
            ["Фонд", "поступило, экз.", "1 920", "2 045", "+125"],
            ["", "состоит на 1 июля", "143 260", "144 120", "+860"]]
    got = {x for x in _stocks("2024-H1", rows) if x[0] == "fund.end"}
    assert got == {("fund.end", 143260.0, "2023-H1", "2023-07-01"),
                   ("fund.end", 144120.0, "2024-H1", "2024-07-01")}


def test_a_day_with_its_year_or_opening_the_column_is_kept():
    dated = [["Показатель", "I полугодие 2023", "I полугодие 2024"],
             ["Фонд, состоит на 01.07.2024", "143 260", "144 120"]]
    assert {x[3] for x in _stocks("2024-H1", dated)} == {"2024-07-01"}
    opening = [["Показатель", "2023", "2024"], ["Фонд на 1 января", "143 260", "144 120"]]
    before = {(x[0], x[2], x[3]) for x in _stocks("2024", opening)}
    assert ("fund.start", "2024", "2024-01-01") in before


def test_bare_years_under_a_part_of_the_year_merged_over_them():
    assert table_facts("2025-Q1", ["Показатель", "I квартал", ""], ["", "2024", "2025"], ["Посещения", "38 915", "39 870"]) == {
        ("visits.total", 38915.0, "2024-Q1", None, None), ("visits.total", 39870.0, "2025-Q1", None, None)}
    assert table_facts("2024-9M", ["Көрсеткіштер", "9 ай", "", "Айырмасы"], ["", "2023", "2024", ""],
                       ["Келушілер саны", "131 870", "135 400", "+3 530"]) == {
        ("visits.total", 131870.0, "2023-9M", None, None), ("visits.total", 135400.0, "2024-9M", None, None)}


def _categories(*parts):
    return {(r.values["metric"], r.values["value"], r.values["category"])
            for r in facts.extract(report_of("2025-Q1", *parts), Config())
            if r.table == "facts" and r.values["metric"] and r.values["source"] == "table"}


TABLE = [["Показатель", "2024", "2025"], ["Посещения", "38 915", "39 870"], ["Книговыдача", "84 300", "86 145"]]


def test_a_sentence_of_figures_before_a_table_is_no_caption_of_it():
    lead = "За I квартал 2025 года библиотеки обслужили 9 160 пользователей, из них 3 480 детей до 14 лет."
    assert {c for _, _, c in _categories(lead, TABLE)} == {None}


def test_a_short_caption_naming_a_group_still_gives_the_table_its_category():
    assert {c for _, _, c in _categories("Обслуживание детей до 14 лет", TABLE)} != {None}


def test_a_balance_dated_the_close_of_the_same_part_of_an_earlier_year_is_of_that_part():
    rows = [["Кітап қоры, дана", "01.10.2023 ж.", "01.10.2024 ж."], ["Барлығы", "118 640", "119 215"],
            ["қазақ тілінде", "52 310", "53 480"]]
    got = {(m, v, p, a) for m, v, p, a in _stocks("2024-9M", rows)}
    assert ("fund.end", 118640.0, "2023-9M", "2023-10-01") in got
    assert ("fund.end", 119215.0, "2024-9M", "2024-10-01") in got


def test_a_balance_dated_another_day_keeps_the_reports_period():
    rows = [["Кітап қоры, дана", "01.06.2023 ж.", "01.10.2024 ж."], ["Барлығы", "118 640", "119 215"]]
    got = {(m, v, p, a) for m, v, p, a in _stocks("2024-9M", rows)}
    assert ("fund.end", 118640.0, "2024-9M", "2023-06-01") in got


def _titled(title, rows, period="2024"):
    d = Document(id="t", path="t.htm", format="htm", metadata={"period": period})
    cells = [Cell(0, 0, title, col_span=len(rows[0]))]
    cells += [Cell(r + 1, k, x) for r, row in enumerate(rows) for k, x in enumerate(row) if x]
    d.add_table(Table(cells, Provenance(page=1)))
    return {facts.fact_key(r.values) for r in facts.extract(d, Config()) if r.table == "facts"}


def test_a_title_across_the_first_row_is_the_tables_caption_not_its_columns_head():
    rows = [["Көрсеткіштер", "2023 ж.", "2024 ж."], ["Оқырмандар саны", "10 480", "10 615"]]
    assert _titled("Есіл аудандық орталықтандырылған кітапхана жүйесінің 2024 жылғы негізгі көрсеткіштері", rows) == {
        ("users.registered", 10480.0, "2023", None, None), ("users.registered", 10615.0, "2024", None, None)}


def test_a_first_row_naming_an_indicator_or_a_part_of_the_year_still_heads_the_columns():
    fund = [["Тілдер", "на 01.01.2024", "на 01.01.2025"], ["на казахском", "52 310", "53 480"]]
    assert {k[0] for k in _titled("Фонд, экз.", fund)} == {"fund.start", "fund.end"}
    half = [["Показатели", "2023", "2024"], ["Пользователи", "10 480", "10 615"]]
    assert {k[2] for k in _titled("I полугодие", half, "2024-H1")} == {"2023-H1", "2024-H1"}
