"""Facts of Russian-language reports of the kinds written in Russia, Kazakhstan,
Kyrgyzstan and Uzbekistan: a plan-and-fact monitoring table, the statistical
form's money received, the money spent ("освоено"), a comparison written "к"
after a signed difference, and the subscription paid for a later period."""

from __future__ import annotations

from conftest import prose_facts as _prose
from test_facts_lists_and_groups import _table


def test_monitoring_table_virtual_visits_and_documents_received_in_copies():
    """"Посещения виртуальные" are the visits of the site, not the visits;
    "Поступление документов, экз." counts copies that came into the fund
    though no row names the fund."""
    got = _table("2022-9M",
                 ["Показатель", "План на год", "План 9 мес.", "Факт 9 мес.", "%"],
                 ["Посещения", "50 000", "37 500", "38 020", "101,4"],
                 ["Посещения виртуальные (сайт, соцсети)", "20 000", "15 000", "16 310", "108,7"],
                 ["Поступление документов, экз.", "1 800", "1 350", "1 402", "103,9"])
    assert ("visits.total", 38020, "2022-9M", None, None) in got
    assert ("visits.web", 16310, "2022-9M", None, None) in got
    assert ("visits.total", 16310, "2022-9M", None, None) not in got
    assert ("fund.received", 1402, "2022-9M", None, None) in got


def test_requests_received_in_a_table_are_no_fund():
    """Without copies and without the fund, "поступило" counts something else."""
    got = _table("2022",
                 ["Показатель", "2021", "2022"],
                 ["Поступило запросов", "310", "342"])
    assert not any(k[0] == "fund.received" for k in got)


def test_money_received_of_the_statistical_form_is_the_budget():
    """Form 6-НК's section of money: "Поступило всего (тыс. руб.)" is what the
    library received to spend, its budget; documents received stay the fund's."""
    got = _table("2020",
                 ["Наименование показателя", "№ строки", "2019", "2020"],
                 ["Поступило документов за год, ед.", "01", "3 150", "3 480"],
                 ["Объем фонда на конец года, ед.", "03", "120 400", "121 020"],
                 ["Поступило всего (тыс. руб.)", "19", "9 412,6", "9 870,1"])
    assert ("finance.budget", 9870.1, "2020", None, None) in got
    assert ("finance.budget", 9412.6, "2019", None, None) in got
    assert ("fund.received", 3480, "2020", None, None) in got
    got = _prose("2020", "Поступило всего 9 870,1 тыс. руб., в том числе от платных услуг – 215,4 тыс. руб.")
    assert ("finance.budget", 9870.1, "2020", None, None) in got
    got = _prose("2020", "Всего поступило 3 480 экз. на сумму 512,6 тыс. руб., выбыло 2 860 экз.")
    assert ("fund.received", 3480, "2020", None, None) in got
    assert not any(k[0] == "finance.budget" for k in got)


def test_money_spent_written_osvoeno_is_the_budget_of_the_months():
    """What of the money allocated to the library was spent in the months is its budget of them; money
    allocated for a purpose and spent stays that purpose's."""
    got = _prose("2022-H1", "На 2022 год библиотеке выделено 40 200,0 тыс. тенге, за 6 месяцев освоено 19 840,5 тыс. "
                            "тенге (49,4 %).")
    assert ("finance.budget", 19840.5, "2022-H1", None, None) in got
    got = _prose("2022-H1", "На ремонт библиотеки выделено 1 500,0 тыс. тенге, освоено 700,0 тыс. тенге.")
    assert 700 not in {k[1] for k in got if k[0] == "finance.budget"}


def test_signed_difference_with_k_names_the_period_compared():
    """"+350 к 1 полугодию 2022 г.": the half-year after "к" is the one compared
    with, not the period of the figure before it."""
    got = _prose("2023-H1", "Число посещений составило 5 210, +350 к 1 полугодию 2022 г.")
    assert ("visits.total", 5210, "2023-H1", None, None) in got
    assert not any(k[2] == "2022-H1" for k in got)


def test_subscription_for_a_later_period_is_money_of_the_report_period():
    """The subscription is paid ahead: "на подписку на 2024 год" is money of the
    report's period, the year after "на" the subscription's own."""
    got = _prose("2023-9M", "На подписку периодических изданий на 2024 год направлено 860,0 тыс. тенге.")
    assert ("acquisition.budget", 860.0, "2023-9M", None, "periodicals") in got
    got = _prose("2023-H1", "Финансирование составило 600,0 тыс. руб., в т.ч. на подписку на 2 полугодие – 14,2 тыс. руб.")
    assert ("acquisition.budget", 14.2, "2023-H1", None, "periodicals") in got
    assert not any(k[2] == "2023-H2" for k in got)


def test_kazakh_subscription_for_the_next_year_and_in_the_year():
    got = _prose("2023", "2024 жылға мерзімді басылымдарға жазылуға 950,0 мың теңге жұмсалды.")
    assert ("acquisition.budget", 950.0, "2023", None, "periodicals") in got
    got = _prose("2023", "2022 жылы мерзімді басылымдарға жазылуға 870,0 мың теңге жұмсалды.")
    assert ("acquisition.budget", 870.0, "2022", None, "periodicals") in got
