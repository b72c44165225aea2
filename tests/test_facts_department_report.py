"""A report of one department of a central library ("Отчёт о работе отдела
комплектования …"), a report over a span of years, and a house of culture
with a library: whose figures the sentences give.  Each text was typed for
this file, with what it should give written before esep read it."""

from __future__ import annotations

from esep.model import Block, Document
from esep.plugins.facts import plugin as facts
from esep.plugins.facts.departments import in_department_name, names_own_department, report_department
from esep.registry import Config


def _facts(period: str | None, *paragraphs: str, **meta) -> set[tuple]:
    """(metric, value, period or date, category) of the named facts."""
    d = Document(id="p", path="p.txt", format="txt", metadata={"period": period, **meta})
    for x in paragraphs:
        d.add_block(Block("paragraph", x))
    return {(r.values["metric"], r.values["value"], r.values["as_of"] or r.values["period"], r.values["category"])
            for r in facts.extract(d, Config()) if r.table == "facts" and r.values["metric"]}


OWN = "department:отдел краеведения"


def test_the_title_of_a_departments_report_names_the_department():
    assert report_department(["ГУ «Централизованная библиотечная система»",
                              "Отчёт о работе отдела краеведения за 2022 год"]) == OWN
    assert report_department(["Отчёт о работе ЦБС за 2022 год"]) is None


def test_the_department_written_bare_or_by_its_name():
    assert names_own_department("Фонд отдела на 01.01.2023 – 6 120 экз.", OWN)
    assert names_own_department("Отделом краеведения подготовлено 12 дайджестов.", OWN)
    assert not names_own_department("Из отдела комплектования поступило 210 экз.", OWN)
    assert not names_own_department("В целом по библиотеке выдано 88 400 экз., в отделе – 9 100.", OWN)


def test_a_departments_report_gives_its_sentences_figures_the_department():
    got = _facts("2022", "Отчёт о работе отдела краеведения за 2022 год",
                 "В отделе работают 3 сотрудника. Фонд отдела на 01.01.2023 – 6 120 экз.",
                 "Для сравнения: в целом по центральной библиотеке выдано 88 400 экз.")
    assert ("staff.headcount", 3.0, "2022", OWN) in got
    assert ("fund.end", 6120.0, "2023-01-01", OWN) in got
    assert ("loans.total", 88400.0, "2022", None) in got


def test_the_words_of_a_departments_name_name_no_metric():
    text = "Сотрудниками отдела обслуживания пользователей выполнено 410 справок."
    assert in_department_name(text, text.index("пользователей"))
    assert not in_department_name(text, text.index("справок"))
    got = _facts("2022", "Из отдела комплектования передано 640 экз. новых книг.")
    assert not any(f[0].startswith("acquisition.") for f in got)


def test_a_span_report_opens_with_the_fund_on_the_first_day_of_its_first_year():
    got = _facts(None, "На 01.01.2020 фонд составлял 92 400 экз. За три года поступило 7 300 экз., выбыло 8 100 экз.",
                 period_text="за 2020–2022 годы")
    assert ("fund.start", 92400.0, "2020-01-01", None) in got
    assert ("fund.received", 7300.0, None, None) in got


def test_a_house_of_cultures_events_and_spectators_are_none_of_the_librarys():
    got = _facts("2022", "Учреждением проведено 380 культурно-массовых мероприятий. Мероприятия Дома культуры "
                         "посетили 12 400 зрителей.", "Библиотекой проведено 96 мероприятий, их посетили 2 150 человек.",
                 organization="Дом культуры и библиотека села Ивановка")
    assert ("events.actual", 96.0, "2022", None) in got
    assert ("events.participants", 2150.0, "2022", None) in got
    assert not any(f[1] in (380.0, 12400.0) for f in got)


def test_a_span_of_years_in_a_years_report_is_no_period_of_its_figures():
    got = _facts("2022", "За 2020–2022 годы фонд пополнился на 12 300 экз. В 2022 году поступило 4 100 экз.")
    assert got == {("fund.received", 4100.0, "2022", None)}


def test_a_report_of_a_span_keeps_the_spans_figures_with_no_period():
    got = _facts(None, "Всего за 2020–2022 годы выдано 301 200 экз. документов.", period_text="за 2020–2022 годы")
    assert got == {("loans.total", 301200.0, None, None)}


def test_a_comparison_with_the_whole_of_the_region_stays_an_aside():
    got = _facts("2022", "Для сравнения: в целом по области читаемость составила 18,2.")
    assert got == set()
