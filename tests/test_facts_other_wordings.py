"""Facts in wordings the reports of other systems brought in their latest
round: a history sentence with an earlier year before the figures of the
report's own year, a balance dated inside its bracket, a budget followed by
the money of one of its purposes in a clause of its own, the counted noun
right after one figure of two joined in a sentence, Kazakh staff written
"қызметкерлер – N", and a village library whose name opens with its place.
Each rule is stated here in other words and figures than those reports use."""

from __future__ import annotations

from esep.model import Block, Document
from esep.plugins import metadata

from conftest import prose_facts as _prose


def test_an_earlier_year_in_a_sentence_without_figures_is_not_the_period_of_the_next():
    got = _prose("2022", "Библиотека открылась после капитального ремонта в 2019 году. "
                         "Штатная численность – 9 единиц, работают 11 человек.")
    assert ("staff.units", 9, "2022", None, None) in got
    assert not any(k[2] == "2019" for k in got)
    # a year that the figures' own sentence names is still theirs
    got = _prose("2022", "В 2021 году зарегистрировано 4 120 пользователей.")
    assert ("users.registered", 4120, "2021", None, None) in got


def test_a_date_inside_the_bracket_dates_the_balance_in_it():
    got = _prose("2022", "Фонд на 01.01.2023 насчитывает 84 210 экз. (на 01.01.2022 – 83 950 экз.).")
    assert ("fund.end", 84210, "2022", None, None) in got
    assert ("fund.start", 83950, "2022", None, None) in got


def test_a_purpose_in_a_later_clause_with_its_own_figure_is_not_the_whole_budgets():
    got = _prose("2022", "Бюджет ЦБС – 21 730,5 тыс. тенге, на приобретение литературы израсходовано 940,2 тыс. тенге.")
    assert ("finance.budget", 21730.5, "2022", None, None) in got
    assert ("acquisition.budget", 940.2, "2022", None, None) in got
    assert not any(k[0] == "acquisition.budget" and k[1] == 21730.5 for k in got)


def test_the_noun_right_after_one_figure_is_not_the_next_figures():
    got = _prose("2022", "За год выполнено 233 справки и дана 41 консультация по каталогам.")
    assert ("bibliography.references", 233, "2022", None, None) in got
    assert not any(k[1] == 41 for k in got)


def test_kazakh_staff_written_as_a_plural_noun_and_a_count_of_people():
    got = _prose("2022", "Штат – 6,5 бірлік, қызметкерлер – 7 адам.")
    assert ("staff.headcount", 7, "2022", None, None) in got


def test_a_name_that_opens_with_its_settlement_keeps_it_and_not_the_district_before():
    d = Document(id="m", path="m.txt", format="txt")
    d.add_block(Block("paragraph", "Қамысты ауданы әкімдігінің «Қарабутақ кентінің кітапханасы» КММ"))
    d.add_block(Block("heading", "2022 жылғы жұмыс есебі"))
    assert metadata.detect_organization(d) == "«Қарабутақ кентінің кітапханасы» КММ"
    d = Document(id="n", path="n.txt", format="txt")
    d.add_block(Block("paragraph", "Қамысты ауданы әкімдігінің «Орталықтандырылған кітапхана жүйесі» КММ"))
    assert metadata.detect_organization(d).startswith("Қамысты ауданы")
