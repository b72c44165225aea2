"""Facts of small Russian-language reports: a village library that writes
each figure beside last year's after a slash and says once which year is on
which side, a district system whose indicators table follows a sentence
naming its libraries, a table with numbered rows and a unit column, a
figure compared with "против" in a sentence that opened with this year, a
figure counted in several languages at once, and a questionnaire answer
of the staff.  Each sentence and table was typed for this test in the
wordings of such reports, with what it should give written before esep
read it; before these rules each gave a wrong figure or none."""

from __future__ import annotations

from conftest import prose_facts, table_facts


def _named(got: set) -> set:
    """(metric, value, period, category, language) of each fact."""
    return {(k[0], k[1], k[2], k[4], k[3]) for k in got}


# -- "this year/last year" pairs under a legend --------------------------------------------------------------------

def test_a_slash_pair_under_a_legend_gives_each_figure_its_year():
    got = _named(prose_facts("2023", "Цифры даны так: 2023 г./2022 г.",
                             "Читателей – 1 240/1 310, из них детей – 512/540.",
                             "Выдано 26 400/27 950 экз.; читаемость – 21,3/21,3."))
    assert got == {("users.registered", 1240, "2023", None, None), ("users.registered", 1310, "2022", None, None),
                   ("users.children", 512, "2023", None, None), ("users.children", 540, "2022", None, None),
                   ("loans.total", 26400, "2023", None, None), ("loans.total", 27950, "2022", None, None),
                   ("ratio.reading", 21.3, "2023", None, None), ("ratio.reading", 21.3, "2022", None, None)}


def test_without_a_legend_a_slash_pair_gets_no_second_year():
    got = _named(prose_facts("2023", "Читателей – 1 240/1 310."))
    assert ("users.registered", 1310, "2022", None, None) not in got


# -- a group of libraries named among the system's libraries before a table ----------------------------------------

def _doc_with_paragraph_before_table(paragraph: str, rows: list[list[str]]) -> set:
    from esep.model import Block, Cell, Document, Provenance, Table
    from esep.plugins.facts import plugin as facts
    from esep.registry import Config

    d = Document(id="t", path="t.docx", format="docx", metadata={"period": "2023"})
    d.add_block(Block("paragraph", paragraph, Provenance(page=1)))
    d.add_table(Table([Cell(r, k, x) for r, row in enumerate(rows) for k, x in enumerate(row) if x],
                      Provenance(page=1)))
    return {facts.fact_key(r.values) for r in facts.extract(d, Config())
            if r.table == "facts" and r.values["metric"]}


def test_a_sentence_listing_the_system_s_libraries_is_no_group_caption():
    got = _named(_doc_with_paragraph_before_table(
        "Население обслуживали центральная библиотека, детская библиотека и сельские библиотеки.",
        [["Показатель", "2022", "2023"], ["Читатели", "9 100", "9 250"], ["Книговыдача", "201 000", "204 300"]]))
    assert ("users.registered", 9250, "2023", None, None) in got
    assert ("loans.total", 204300, "2023", None, None) in got
    assert not any(k[3] for k in got)


def test_a_caption_naming_the_group_alone_still_makes_the_table_the_group_s():
    got = _named(_doc_with_paragraph_before_table(
        "Показатели сельских библиотек",
        [["Показатель", "2022", "2023"], ["Читатели", "6 100", "6 020"]]))
    assert ("users.registered", 6020, "2023", "branch:сельские библиотеки", None) in got


# -- numbered rows with a unit column --------------------------------------------------------------------------------

def test_a_part_row_under_a_whole_with_its_unit_column_names_its_own_indicator():
    got = _named(table_facts("2023",
                             ["№", "Показатель", "Ед. изм.", "2022", "2023"],
                             ["1.", "Посещения", "ед.", "60 200", "61 000"],
                             ["1.1", "в т.ч. на массовых мероприятиях", "ед.", "9 400", "9 800"]))
    assert ("visits.total", 61000, "2023", None, None) in got
    assert ("visits.events", 9800, "2023", None, None) in got
    assert ("visits.events", 9400, "2022", None, None) in got


# -- "против" after a sentence opening with this year ----------------------------------------------------------------

def test_the_figure_compared_with_takes_the_year_right_after_it_not_the_opening_year():
    got = _named(prose_facts("2024", "В 2024 году записано 520 читателей против 505 в 2023 году, из них студентов – 40."))
    assert ("users.registered", 520, "2024", None, None) in got
    assert ("users.registered", 505, "2023", None, None) in got
    assert ("users.registered", 505, "2024", None, None) not in got


# -- several languages in one list -----------------------------------------------------------------------------------

def test_a_figure_in_a_list_of_languages_has_no_single_language():
    got = _named(prose_facts("2023", "Выдано 88 400 экз. книг на казахском, русском и английском языках."))
    assert got == {("loans.total", 88400, "2023", None, None)}


def test_a_fund_split_by_language_keeps_each_part_s_language():
    got = _named(prose_facts("2023", "Фонд – 50 300 экз., из них на казахском языке – 21 000, на русском – 29 300."))
    assert ("fund.end", 21000, "2023", None, "kk") in got and ("fund.end", 29300, "2023", None, "ru") in got


# -- a questionnaire's answer on the staff ---------------------------------------------------------------------------

def test_the_number_of_staff_employees_is_the_headcount():
    got = _named(prose_facts("2023", "5. Число штатных работников:\t3"))
    assert got == {("staff.headcount", 3, "2023", None, None)}
