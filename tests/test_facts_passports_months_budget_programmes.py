"""A library's passport beside its indicators, figures of months no period
code says, a budget programme's report, a culture department's summary by
kind of institution and the lines of a presentation. Each case was typed in
its own words, with what it should give written before esep read it."""

from __future__ import annotations

from conftest import prose_facts, table_facts
from esep.model import Block, Cell, Document, Provenance, Table
from esep.plugins.events import stats as event_stats
from esep.plugins.lang.periods import find_periods, uncoded_month_spans
from esep.plugins.metadata import programme_name_at
from esep.registry import Config


# -- months no period code says -----------------------------------------------------------------------------------

def test_a_count_of_months_no_code_says_gives_its_year_no_period():
    assert uncoded_month_spans("Факт за 7 мес. 2023 г.")
    assert not [f for f in find_periods("Факт за 7 мес. 2023 г.", 2023) if f.period.code == "2023"]
    assert not [f for f in find_periods("За февраль – ноябрь 2023 г. выдано", 2023) if f.period.code == "2023"]
    # a count or a run a code says is still that part of the year
    assert [f.period.code for f in find_periods("за 9 месяцев 2023 г.", 2023)] == ["2023-9M"]
    assert [f.period.code for f in find_periods("январь – март 2023 г.", 2023)] == ["2023-Q1"]
    assert not uncoded_month_spans("за 2023 год")


def test_a_column_of_months_no_code_says_is_of_no_period():
    got = table_facts(None, ["Показатели", "План на 2023 г.", "Факт за 7 мес. 2023 г.", "Факт за 7 мес. 2022 г."],
                      ["Число посещений", "150 000", "91 300", "88 700"])
    assert ("visits.total", 91300.0, None, None, None) in got
    assert ("visits.total", 88700.0, None, None, None) in got
    assert not any(k[2] in ("2023", "2022") for k in got)


def test_figures_of_months_in_a_report_of_a_year_are_not_the_years():
    got = prose_facts("2023", "Для справки: за 4 месяца 2023 г. библиотеки провели 310 мероприятий. "
                              "Всего за год проведено 1 020 мероприятий.")
    assert ("events.actual", 1020.0, "2023", None, None) in got
    assert not any(k[1] == 310.0 for k in got)
    assert not any(k[1] == 2023.0 for k in got)


def test_figures_of_a_run_of_months_in_a_report_of_no_period_keep_no_period():
    got = prose_facts(None, "За январь – август 2023 г. поступило 5 120 экз. документов.")
    assert ("fund.received", 5120.0, None, None, None) in got
    assert not any(k[1] == 2023.0 for k in got)


# -- a library's passport -------------------------------------------------------------------------------------------

def test_a_passport_opening_with_the_year_founded_is_no_header_of_years():
    got = table_facts("2023", ["Год открытия", "1956"],
                      ["Площадь помещений, кв. м", "380"],
                      ["Количество посадочных мест для читателей", "42"],
                      ["Число компьютеров", "9"],
                      ["в т.ч. для читателей", "5"])
    assert ("equipment.computers", 9.0, "2023", None, None) in got
    assert not any(k[2] == "1956" for k in got)
    assert not any(k[0].startswith("users.") for k in got)


def test_what_is_meant_for_the_readers_counts_no_readers():
    got = prose_facts("2023", "Для пользователей выделено 6 компьютеров, число пользователей – 3 400.")
    assert ("users.registered", 3400.0, "2023", None, None) in got
    assert not any(k[0] == "users.registered" and k[1] == 6.0 for k in got)


# -- a budget programme's report -------------------------------------------------------------------------------------

def test_the_approved_sum_of_a_budget_is_its_plan_and_the_saving_no_budget():
    got = prose_facts("2023", "Объем финансирования на 2023 год утвержден в сумме 120 400,0 тыс. тенге, освоено "
                              "120 150,5 тыс. тенге. Экономия 249,5 тыс. тенге образовалась по итогам закупок книг.")
    assert ("finance.budget", 120150.5, "2023", None, None) in got
    assert not any(k[1] in (120400.0, 249.5) for k in got)


def test_documents_acquired_in_a_row_of_direct_results():
    got = table_facts("2023", ["Наименование показателя", "Ед. изм.", "Факт"],
                      ["Количество приобретенных документов", "экз.", "7 310"],
                      ["Количество пользователей", "человек", "21 050"])
    assert ("acquisition.copies", 7310.0, "2023", None, None) in got
    assert ("users.registered", 21050.0, "2023", None, None) in got


def test_a_programmes_quoted_name_is_no_organization():
    title = "Отчет о реализации бюджетной программы 004 «Услуги по обеспечению деятельности библиотек»"
    assert programme_name_at(title, title.index("«"))
    letter = "Директору КГУ «Централизованная библиотечная система» района"
    assert not programme_name_at(letter, letter.index("«"))


# -- a culture department's summary by kind of institution --------------------------------------------------------

_BY_KIND = (["Учреждения культуры", "Количество", "Мероприятия", "Посетители"],
            ["Дома культуры", "12", "940", "51 200"],
            ["Библиотеки", "16", "710", "18 450"],
            ["Краеведческий музей", "1", "120", "4 300"],
            ["Школа искусств", "1", "45", "2 900"],
            ["Итого", "30", "1 815", "76 850"])


def test_the_count_column_of_a_summary_by_kind_counts_the_libraries_and_the_total_is_none_of_theirs():
    got = table_facts("2023", *_BY_KIND)
    assert ("libraries.count", 16.0, "2023", None, None) in got
    assert ("events.actual", 710.0, "2023", None, None) in got
    assert ("events.participants", 18450.0, "2023", None, None) in got
    assert not any(k[1] in (30.0, 1815.0, 76850.0, 12.0, 940.0, 51200.0) for k in got)


def test_a_summary_by_kind_of_institution_is_no_table_of_events_by_form():
    d = Document(id="d", path="d.docx", format="docx", metadata={"period": "2023"})
    d.add_table(Table([Cell(r, k, x) for r, row in enumerate(_BY_KIND) for k, x in enumerate(row) if x],
                      Provenance(page=1)))
    assert not [r for r in event_stats.extract(d, Config()) if r.table == "event_stats"]


def test_a_music_school_section_gives_no_library_figures():
    d = Document(id="m", path="m.docx", format="docx", metadata={"period": "2023"})
    d.add_block(Block("heading", "5. Детская музыкальная школа"))
    d.add_block(Block("paragraph", "В школе обучаются 214 учащихся, проведено 38 концертов."))
    from esep.plugins.facts import plugin as facts
    got = {facts.fact_key(r.values) for r in facts.extract(d, Config()) if r.table == "facts" and r.values["metric"]}
    assert not got


# -- lines of a presentation -------------------------------------------------------------------------------------------

def test_a_slides_bulleted_lines_of_the_network_and_the_staff():
    got = prose_facts("2023", "▪ Библиотек в системе: 9", "▪ Работников: 41, из них с высшим образованием – 27")
    assert ("libraries.count", 9.0, "2023", None, None) in got
    assert ("staff.headcount", 41.0, "2023", None, None) in got
    assert ("staff.higher_education", 27.0, "2023", None, None) in got


def test_participants_on_a_slide_of_mass_work_are_the_events_participants():
    d = Document(id="s", path="s.txt", format="txt", metadata={"period": "2023"})
    d.add_block(Block("heading", "Слайд 4. Массовая работа"))
    d.add_block(Block("paragraph", "▪ Участников – 12,6 тыс."))
    from esep.plugins.facts import plugin as facts
    got = {facts.fact_key(r.values) for r in facts.extract(d, Config()) if r.table == "facts" and r.values["metric"]}
    assert ("events.participants", 12.6, "2023", None, None) in got
