"""Wordings of reports written outside the Balkhash genre: the year to date
beside a quarter ("с начала года", "нарастающим итогом"), the visits of an
events table, balances dated in words, money in som and sum, an information
and library centre (ИБЦ) as the reporting organization, and a Kazakh part
named after its figure ("олардың 17-сі жоғары білімді").  Each report here is
written for the test; none is a sentence of corpus/."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document as Docx

from esep.plugins.facts import plugin as facts
from esep.plugins.lang.periods import find_cumulative_periods, period_from_code
from esep.registry import Config

from conftest import load_prepared


def _facts(d):
    return {(v["metric"], v["value"], facts.fact_when(v), v["category"])
            for v in (r.values for r in facts.extract(d, Config()) if r.table == "facts") if v["metric"]}


def _docx(path: Path, paragraphs_before: list[str], rows: list[list[str]], merges=(), paragraphs_after=()) -> Path:
    doc = Docx()
    for p in paragraphs_before:
        doc.add_paragraph(p)
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            if text:
                table.cell(i, j).text = text
    for (r0, c0), (r1, c1) in merges:
        table.cell(r0, c0).merge(table.cell(r1, c1))
    for p in paragraphs_after:
        doc.add_paragraph(p)
    doc.save(path)
    return path


@pytest.mark.parametrize("text, period, expected", [
    ("Выполнено с начала года", "2021-Q2", "2021-H1"),
    ("нарастающим итогом", "2021-Q3", "2021-9M"),
    ("с начала отчетного года", "2021-Q4", "2021"),
    ("С начала года", "2021-Q1", "2021-Q1"),
    ("жыл басынан бері", "2020-Q3", "2020-9M"),
    ("с начала года", "2019-H1", "2019-H1"),
])
def test_the_year_to_date_ends_with_the_reports_period(text, period, expected):
    found = find_cumulative_periods(text, period_from_code(period))
    assert [m.period.code for m in found] == [expected]


def test_no_year_to_date_without_the_words_or_a_period():
    assert find_cumulative_periods("за 3 квартал", period_from_code("2021-Q3")) == []
    assert find_cumulative_periods("с начала года", None) == []
    assert find_cumulative_periods("в начале года", period_from_code("2021-Q3")) == []


def test_a_plan_table_of_a_quarter_with_a_year_to_date_column(registry, tmp_path):
    path = _docx(tmp_path / "q3.docx",
                 ["Отчет о работе районной библиотеки за 3 квартал 2021 года", "Выполнение показателей"],
                 [["Показатели", "План на год", "Выполнено", "", "%"],
                  ["", "", "за 3 квартал", "нарастающим итогом", ""],
                  ["Число читателей", "5 000", "1 210", "3 980", "79,6"],
                  ["Книговыдача", "100 000", "20 450", "71 300", "71,3"]],
                 merges=[((0, 2), (0, 3)), ((0, 0), (1, 0)), ((0, 1), (1, 1)), ((0, 4), (1, 4))])
    d = load_prepared(path, registry)
    assert d.metadata["period"] == "2021-Q3"
    got = _facts(d)
    assert {("users.registered", 1210, "2021-Q3", None), ("users.registered", 3980, "2021-9M", None),
            ("loans.total", 20450, "2021-Q3", None), ("loans.total", 71300, "2021-9M", None)} <= got
    assert not {k for k in got if k[1] in (5000, 100000)}, "the plan is not a fact"


def test_the_visits_of_an_events_table_are_its_participants(registry, tmp_path):
    path = _docx(tmp_path / "events.docx",
                 ["Отчет о работе сельской библиотеки за 2022 год", "Культурно-массовые мероприятия по формам работы"],
                 [["Форма работы", "Количество", "Число посещений"],
                  ["Беседы", "14", "210"],
                  ["Викторины", "6", "95"],
                  ["Итого", "20", "305"]])
    got = _facts(load_prepared(path, registry))
    assert ("events.participants", 305, "2022", None) in got
    assert not {k for k in got if k[0] == "visits.total"}


def test_a_balance_dated_in_words_is_of_the_reports_period(registry, tmp_path):
    path = tmp_path / "fund.txt"
    path.write_text("Отчет о работе библиотеки села Озерное за 2020 год\n\n"
                    "На 1 января 2020 года фонд библиотеки составлял 12 400 экз. В течение года поступило 350 экз., "
                    "выбыло 120 экз. На 1 января 2021 года фонд насчитывает 12 630 экз.\n", encoding="utf-8")
    got = _facts(load_prepared(path, registry))
    assert {("fund.start", 12400, "2020", None), ("fund.received", 350, "2020", None),
            ("fund.withdrawn", 120, "2020", None), ("fund.end", 12630, "2020", None)} <= got


def test_money_in_som_and_sum_and_the_staff_establishment(registry, tmp_path):
    path = tmp_path / "money.txt"
    path.write_text("Отчет о работе районной библиотеки за 2021 год\n\n"
                    "Штат библиотеки – 9 единиц. Финансирование библиотеки за год составило 2 310,5 тыс. сумов, "
                    "из них на комплектование – 240,0 тыс. сумов.\n", encoding="utf-8")
    got = {(v["metric"], v["value"], v["unit"]) for v in (r.values for r in facts.extract(load_prepared(path, registry), Config())
                                                          if r.table == "facts")}
    assert {("finance.budget", 2310.5, "thousand_uzs"), ("acquisition.budget", 240.0, "thousand_uzs")} <= got
    assert ("staff.units", 9) in {(m, v) for m, v, _ in got}  # "единиц": units of any kind


def test_a_kazakh_part_named_after_its_figure(registry, tmp_path):
    path = tmp_path / "staff.txt"
    path.write_text("Ауылдық кітапхананың 2021 жылғы жұмысы туралы есеп\n\n"
                    "Кітапханада 25 қызметкер жұмыс істейді, олардың 17-сі жоғары білімді.\n", encoding="utf-8")
    got = _facts(load_prepared(path, registry))
    assert {("staff.headcount", 25, "2021", None), ("staff.higher_education", 17, "2021", None)} <= got


@pytest.mark.parametrize("title, place", [
    ("Отчет Информационно-библиотечного центра Бекабадского района за 2021 год", "Бекабадского района"),
    ("Информационно-библиотечный центр Каракульского района\nОтчет о работе за 2022 год", "Каракульского района"),
])
def test_an_information_and_library_centre_reports(registry, tmp_path, title, place):
    path = tmp_path / "ibc.txt"
    path.write_text(title + "\n\nЗа год библиотеки центра обслужили 4 100 читателей.\n", encoding="utf-8")
    d = load_prepared(path, registry)
    org = d.metadata.get("organization") or ""
    assert "центр" in org.lower() and place in org, org
