"""The money of acquisitions in prose, read by one convention: money spent
on buying, subscribing or the acquisition ("приобретено / закуплено /
выписано … на сумму", "на комплектование израсходовано", "сатып алынды,
сомасы", "жазылымға … жұмсалды") is acquisition.budget whatever the noun
of the documents; the value of what came into the fund ("поступило … на
сумму", "түсті, сомасы", "пополнился … на сумму"), gifts among it, is not,
unless the sentence names where the money came from (the budget, "средства",
"қаражат")."""

from __future__ import annotations

import pytest
from conftest import prose_facts as _prose


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

