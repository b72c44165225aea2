"""The money of acquisitions in prose, read by one convention: money spent
on buying, subscribing or the acquisition ("приобретено / закуплено /
выписано … на сумму", "на комплектование израсходовано", "сатып алынды,
сомасы", "жазылымға … жұмсалды") is acquisition.budget whatever the noun
of the documents; the value of what came into the fund ("поступило … на
сумму", "түсті, сомасы", "пополнился … на сумму"), gifts among it, is not,
unless the sentence names where the money came from (the budget, "средства",
"қаражат").  And the fund of a school library on the 1st of September in a
report on a school year: the balance the year opened with on its first day,
the balance at its end on the first day of the next."""

from __future__ import annotations

import pytest
from conftest import prose_facts as _prose
from esep.model import Block, Document
from esep.plugins.facts import plugin as facts
from esep.registry import Config


def _money(got: set) -> set:
    return {k for k in got if k[0] in ("acquisition.budget", "finance.budget")}


@pytest.mark.parametrize("text", [
    "В фонд поступило 1 200 экз. книг на сумму 2 450 тыс. тенге.",
    "В фонд поступило 1 200 экз. литературы на сумму 2 450 тыс. тенге.",
    "Фонд пополнился на 1 200 экз. литературы на сумму 2 450 тыс. тенге.",
    "Поступило 1 200 экз. литературы на сумму 2 450 тыс. тенге, из них в дар 300 экз.",
    "Кітапхана қорына 1 200 дана әдебиет түсті, сомасы 2 450 мың теңге.",
    "Кітапхана қорына 1 200 дана әдебиет түсті, сомасы 2 450 мың тг.",
])
def test_the_value_of_what_came_in_is_no_acquisition_money(text):
    got = _prose("2020", text)
    assert ("fund.received", 1200.0, "2020", None, None) in got
    assert not _money(got)


@pytest.mark.parametrize("text, category", [
    ("Приобретено 1 200 экз. книг на сумму 2 450 тыс. тенге.", None),
    ("Закуплено 1 200 экз. литературы на сумму 2 450 тыс. тенге.", None),
    ("Жыл ішінде 1 200 дана кітап сатып алынды, сомасы 2 450 мың теңге.", None),
    ("На комплектование израсходовано 2 450 тыс. тенге.", None),
    ("Мерзімді басылымдарға жазылымға 2 450 мың теңге жұмсалды.", "periodicals"),
])
def test_money_spent_on_buying_is_acquisition_money_whatever_the_noun(text, category):
    assert ("acquisition.budget", 2450.0, "2020", None, category) in _prose("2020", text)


def test_a_subscription_written_out_is_acquisition_money():
    got = _prose("2020", "Выписано 45 наименований периодических изданий на сумму 320,5 тыс. тенге.")
    assert ("acquisition.budget", 320.5, "2020", None, "periodicals") in got


@pytest.mark.parametrize("text", [
    "Поступило 1 200 экз. литературы на сумму 2 450 тыс. тенге из средств местного бюджета.",
    "Жергілікті бюджет қаражаты есебінен 1 200 дана әдебиет түсті, сомасы 2 450 мың теңге.",
    "Жергілікті бюджеттен 1 200 дана әдебиет түсті, сомасы 2 450 мың теңге.",
])
def test_what_came_in_paid_from_a_named_source_is_acquisition_money(text):
    got = _prose("2020", text)
    assert ("acquisition.budget", 2450.0, "2020", None, None) in got
    assert ("fund.received", 1200.0, "2020", None, None) in got


def test_money_spent_in_the_next_sentence_is_still_read():
    got = _prose("2020", "Поступило 1 200 экз. литературы на сумму 2 380 тыс. тенге. "
                         "На комплектование израсходовано 2 450 тыс. тенге.")
    assert _money(got) == {("acquisition.budget", 2450.0, "2020", None, None)}


def _school_year(span: str, *paragraphs: str) -> set[tuple]:
    d = Document(id="s", path="s.txt", format="txt", metadata={"period_text": span})
    for x in paragraphs:
        d.add_block(Block("paragraph", x))
    return {(r.values["metric"], r.values["value"], r.values["as_of"]) for r in facts.extract(d, Config())
            if r.table == "facts" and r.values["metric"] and r.values["metric"].startswith("fund.")}


@pytest.mark.parametrize("span, text", [
    ("2024-2025 учебный год", "Фонд библиотеки на 01.09.2024 составляет 21 640 экз. За учебный год поступило 1 540 экз."),
    ("2024-2025 оқу жылы", "01.09.2024 ж. жағдай бойынша кітапхана қоры 21 640 дана. Оқу жылы ішінде 1 540 дана кітап түсті."),
])
def test_the_fund_on_the_first_day_of_a_school_year_is_its_opening_balance(span, text):
    got = _school_year(span, text)
    assert ("fund.start", 21640.0, "2024-09-01") in got
    assert not any(k[0] == "fund.end" for k in got)


def test_the_fund_on_the_first_day_after_a_school_year_is_its_balance_at_the_end():
    got = _school_year("2023-2024 учебный год", "Фонд библиотеки на 01.09.2024 составляет 21 640 экз.")
    assert got == {("fund.end", 21640.0, "2024-09-01")}
    got = _school_year("2024-2025 учебный год", "Фонд библиотеки на 01.09.2024 составлял 21 640 экз. "
                                                "На 01.06.2025 фонд составляет 22 870 экз.")
    assert got == {("fund.start", 21640.0, "2024-09-01"), ("fund.end", 22870.0, "2025-06-01")}


def test_the_first_of_september_in_a_report_on_a_calendar_span_is_no_opening():
    got = _school_year("за 2023-2024 годы", "Фонд библиотеки на 01.09.2023 составляет 21 640 экз.")
    assert got == {("fund.end", 21640.0, "2023-09-01")}
