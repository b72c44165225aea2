"""Facts of prose as other reports word them, Russian and Kazakh: each
sentence below was typed for this file after a wording of reports written
in other hands, with what it should give written before esep read it; at
first each gave a wrong figure or none.  Signed changes in brackets, a
period named by a comparison after the figure, the report's own year in
words after another year's clause."""

from __future__ import annotations

import pytest

from conftest import prose_facts as _prose
from esep.model import Block, Document
from esep.plugins.facts import plugin as facts
from esep.registry import Config


def _figures(period: str, *text: str) -> set[tuple]:
    return {(k[0], k[1], k[2]) for k in _prose(period, *text)}


def _values(period: str, text: str) -> set[float]:
    """Every figure read from the paragraph, named by a metric or not."""
    d = Document(id="p", path="p.txt", format="txt", metadata={"period": period})
    d.add_block(Block("paragraph", text))
    return {r.values["value"] for r in facts.extract(d, Config()) if r.table == "facts"}


# -- a signed figure is a difference, never a value of a period ----------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("Библиотека обслужила 6 734 читателя (+80 к 2022 г.).", {("users.registered", 6734, "2023")}),
    ("Число посещений – 58 215 (в 2022 г. – 56 930, +1 285).",
     {("visits.total", 58215, "2023"), ("visits.total", 56930, "2022")}),
    ("Проведено 312 мероприятий (2022 г. – 298, +14).",
     {("events.actual", 312, "2023"), ("events.actual", 298, "2022")}),
    ("Оқырмандар саны – 5 210 (2022 ж. – 5 300, –90).",
     {("users.registered", 5210, "2023"), ("users.registered", 5300, "2022")}),
    ("Кітап берілімі 98 400 дана (+1 250).", {("loans.total", 98400, "2023")}),
])
def test_a_signed_change_in_brackets_is_no_figure(text, want):
    assert _figures("2023", text) == want


def test_a_dash_before_a_figure_with_a_space_still_leads_its_value():
    got = _figures("2023", "Число жителей, проживающих в зоне обслуживания, – 28 930 человек.")
    assert got == {("population.served", 28930, "2023")}


# -- a period named in a comparison after the figure is the compared one ------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("Книговыдача составила 152 604 экз., что на 3,1 % больше аналогичного периода прошлого года.",
     {("loans.total", 152604, "2023")}),
    ("Посещений 45 210, что на 1 200 меньше показателя прошлого года.", {("visits.total", 45210, "2023")}),
    ("Книговыдача – 52 604 экз., это выше уровня 2022 года.", {("loans.total", 52604, "2023")}),
    ("Кітап берілімі 152 604 дана болды, бұл өткен жылмен салыстырғанда 3,1 %-ға артық.",
     {("loans.total", 152604, "2023")}),
    ("Кітап берілімі 152 604 дана болды, бұл өткен жылдың осы кезеңінен 4 200 данаға артық.",
     {("loans.total", 152604, "2023")}),
])
def test_a_period_compared_with_after_the_figure_is_not_the_figures(text, want):
    assert _figures("2023", text) == want


# -- the report's own year in words after another year's clause ----------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("2020 жылы оқырмандар саны 9 850 адамға дейін азайған болса, биыл бұл көрсеткіш 12 640 адамға жетті.",
     {("users.registered", 9850, "2020"), ("users.registered", 12640, "2022")}),
    ("2019 жылы кітап берілімі 268 000 дана болған еді, ал есепті жылы – 251 700 дана.",
     {("loans.total", 268000, "2019"), ("loans.total", 251700, "2022")}),
    ("В 2020 году книговыдача составляла 98 400 экз., а в отчётном году – 101 200 экз.",
     {("loans.total", 98400, "2020"), ("loans.total", 101200, "2022")}),
    ("В 2021 году число посещений составило 41 300, в отчётном году этот показатель составил 43 020.",
     {("visits.total", 41300, "2021"), ("visits.total", 43020, "2022")}),
])
def test_the_current_year_in_words_after_another_years_clause(text, want):
    assert _figures("2022", text) == want


# -- an abbreviation that leads its figure ends no sentence -------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("Проведено 143 мероприятия (пос. 3 908 чел.), в т.ч. 40 для детей.",
     {("events.actual", 143, "2023"), ("events.participants", 3908, "2023"), ("events.actual", 40, "2023")}),
    ("Өткізілген іс-шаралар – 86 (пос. 2 140 адам).",
     {("events.actual", 86, "2023"), ("events.participants", 2140, "2023")}),
    ("Проведено 143 мероприятия (посещ. 3 908), из них 40 – для детей.",
     {("events.actual", 143, "2023"), ("visits.events", 3908, "2023"), ("events.actual", 40, "2023")}),
])
def test_visitors_shortened_in_brackets_after_events_are_their_participants(text, want):
    assert _figures("2023", text) == want


@pytest.mark.parametrize("text, want", [
    ("В пос. Коктал проживает 3 200 жителей, проведено 5 мероприятий.",
     {("population.served", 3200, "2023"), ("events.actual", 5, "2023")}),
    ("Библиотекой пос. Жанаарка обслужено 1 200 читателей, проведено 25 мероприятий.",
     {("users.registered", 1200, "2023"), ("events.actual", 25, "2023")}),
])
def test_a_settlement_shortened_is_no_count_of_visitors(text, want):
    assert _figures("2023", text) == want


# -- money for buying books from a budget is the acquisition's -------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("2021 жылы аудан бюджетінен кітап алуға 3 100,0 мың тг қаралса, биыл 3 400,0 мың тг.",
     {("acquisition.budget", 3100, "2021"), ("acquisition.budget", 3400, "2023")}),
    ("Жергілікті бюджеттен кітап алуға 2 400 мың теңге бөлінді.", {("acquisition.budget", 2400, "2023")}),
    ("Из районного бюджета на покупку книг выделено 3 100 тыс. тенге.", {("acquisition.budget", 3100, "2023")}),
])
def test_the_budget_a_sum_comes_from_is_not_what_it_is_for(text, want):
    assert _figures("2023", text) == want


@pytest.mark.parametrize("text, want", [
    ("Аудан бюджетінен кітапхананы ұстауға 41 200 мың теңге бөлінді.", {("finance.budget", 41200, "2023")}),
    ("Кітапханаға жергілікті бюджеттен 7 184,0 мың теңге бөлінді.", {("finance.budget", 7184, "2023")}),
])
def test_money_from_a_budget_for_no_purpose_of_buying_stays_the_budget(text, want):
    assert _figures("2023", text) == want


# -- "дана" after equipment counts pieces -------------------------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("Компьютерлер – 38 дана, оның 31-і Интернетке қосылған.", {("equipment.computers", 38, "2023")}),
    ("Кітапханада компьютер саны 22 дана, оның 15-і Интернетке қосылған.", {("equipment.computers", 22, "2023")}),
    ("Компьютеров – 12 шт., из них 9 подключены к Интернету.", {("equipment.computers", 12, "2023")}),
])
def test_pieces_of_equipment_are_counted_and_their_part_is_no_count_of_libraries(text, want):
    assert _figures("2023", text) == want


def test_copies_of_books_stay_copies():
    assert _figures("2023", "Жыл ішінде қорға 3 100 дана кітап келіп түсті.") == {("fund.received", 3100, "2023")}


# -- a plan for the year, a plan's figure in brackets ------------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("По плану на год – 230 мероприятий.", set()),
    ("По плану на 2023 год – 230 мероприятий, проведено 236.", {236}),
    ("Жоспар бойынша жылына 180 іс-шара, өткізілгені – 184.", {184}),
    ("Посещений – 9 420, что составляет 31,6 % от годового плана (29 800 чел.).", {9420}),
    ("Келушілер саны 9 420, бұл жылдық жоспардың (29 800 адам) 31,6 пайызы.", {9420}),
])
def test_a_plan_for_a_time_or_in_brackets_after_the_plan_is_no_figure(text, want):
    assert _values("2023", text) == want


# -- ratios named before a participle, the population in brackets, the coverage alone ------------------------------

@pytest.mark.parametrize("text, want", [
    ("Читаемость, составляя 10,8, и посещаемость, равная 5,2, остались на уровне прошлого года.",
     {("ratio.reading", 10.8, "2024-H1"), ("ratio.attendance", 5.2, "2024-H1")}),
    ("Обращаемость фонда, составившая 1,4, не изменилась.", {("ratio.turnover", 1.4, "2024-H1")}),
])
def test_a_ratio_named_before_a_participle_of_its_amount(text, want):
    assert _figures("2024-H1", text) == want


@pytest.mark.parametrize("text, want", [
    ("Библиотека обслуживает жителей центральной части города (69 100 человек); охват — 16,8 %.",
     {("population.served", 69100, "2024-H1"), ("coverage.population_pct", 16.8, "2024-H1")}),
    ("Кітапхана қаланың орталық бөлігінің тұрғындарына (69 100 адам) қызмет көрсетеді; қамту – 16,8 %.",
     {("population.served", 69100, "2024-H1"), ("coverage.population_pct", 16.8, "2024-H1")}),
    ("Кітапхана ауыл тұрғындарына (4 300 адам) қызмет көрсетеді.", {("population.served", 4300, "2024-H1")}),
    # people the events were for, and a coverage that counts people, are no population
    ("Проведено 40 мероприятий для жителей села (1 200 человек).", {("events.actual", 40, "2024-H1")}),
    ("Проведено 40 мероприятий, охват 3 200 чел.",
     {("events.actual", 40, "2024-H1"), ("events.participants", 3200, "2024-H1")}),
])
def test_the_inhabitants_in_brackets_and_the_coverage_in_percent(text, want):
    assert _figures("2024-H1", text) == want
