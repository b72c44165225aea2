"""Facts of prose in more wordings of district reports, Russian and Kazakh:
each sentence below was typed as such reports write, with what it should
give written before esep read it; at first each gave a wrong figure or
none.  Readers served at a distance named by an adverb, a whole earlier
year in a report on a part of a year, a year of an aside that goes no
further, the events for children (a part, never a second whole) and those
held online, the posts filled and the library education named by its
adjective, readers enrolled and re-registered, the villages' share of a
figure, events organized, and a figure whose last group of digits is no
"per reader"."""

from __future__ import annotations

import pytest

from conftest import prose_facts as _prose


def _figures(period: str, *text: str) -> set[tuple]:
    return {(k[0], k[1], k[2]) for k in _prose(period, *text)}


@pytest.mark.parametrize("text, value", [
    ("Удалённо обслужено 1 320 пользователей.", 1320),
    ("За отчётный период дистанционно обслужены 540 читателей.", 540),
    ("Онлайн режимінде 230 оқырманға қызмет көрсетілді.", 230),
    ("Қашықтан 120 пайдаланушыға қызмет көрсетілді.", 120),
])
def test_an_adverb_of_distance_before_the_verb_of_serving_names_the_remote_users(text, value):
    assert _figures("2023-9M", text) == {("users.remote", value, "2023-9M")}


def test_the_remote_part_of_the_readers_stays_a_group_and_the_whole_stays_registered():
    got = _figures("2023-9M", "Обслужено 16 488 пользователей, из них 1 320 – дистанционно. "
                              "В онлайн-режиме проведено 40 мероприятий, обслужено 9 000 читателей.")
    assert got == {("users.registered", 16488, "2023-9M"), ("users.remote", 1320, "2023-9M"),
                   ("users.registered", 9000, "2023-9M")}


@pytest.mark.parametrize("text, want", [
    ("Всего за 2023 год было обслужено 21 377 читателей.", ("users.registered", 21377, "2023")),
    ("За 2023 г. выдано 400 100 экз. документов.", ("loans.total", 400100, "2023")),
    ("2023 жылы барлығы 930 іс-шара өткізілді.", ("events.actual", 930, "2023")),
    ("2023 жыл бойы 20 100 оқырманға қызмет көрсетілді.", ("users.registered", 20100, "2023")),
    # the same part of the year before, as before
    ("В 2023 году обслужено 13 512 читателей.", ("users.registered", 13512, "2023-H1")),
    ("2023 жылы 930 іс-шара өткізілді.", ("events.actual", 930, "2023-H1")),
    ("За I полугодие 2023 года обслужено 13 512 читателей.", ("users.registered", 13512, "2023-H1")),
])
def test_an_earlier_year_named_whole_is_that_whole_year_in_a_report_on_a_half(text, want):
    assert _figures("2024-H1", text) == {want}


@pytest.mark.parametrize("text, want", [
    ("Проведено 941 мероприятие. Для сравнения: в 2022 году было организовано 868 мероприятий. "
     "В районной газете опубликовано 27 материалов о работе библиотек.",
     {("events.actual", 941, "2023"), ("events.actual", 868, "2022"), ("media.articles", 27, "2023")}),
    ("Справочно: в 2021 году книговыдача составляла 310 000 экз. Фонд пополнился на 5 400 экз. книг.",
     {("loans.total", 310000, "2021"), ("fund.received", 5400, "2023")}),
    ("Салыстыру үшін: 2021 жылы оқырмандар саны 13 905 болған еді. Аудандық газетте 19 мақала жарияланды.",
     {("users.registered", 13905, "2021"), ("media.articles", 19, "2023")}),
])
def test_the_year_of_an_aside_goes_no_further_than_its_sentence(text, want):
    assert _figures("2023", text) == want


def test_a_year_named_in_a_plain_sentence_still_goes_on():
    got = _figures("2023", "В 2022 году проведено 868 мероприятий. В районной газете опубликовано 27 материалов.")
    assert got == {("events.actual", 868, "2022"), ("media.articles", 27, "2022")}


@pytest.mark.parametrize("period, text, want", [
    ("2024-H1", "В первом полугодии проведено 120 мероприятий, из них 52 – для детей; присутствовало 2 700 человек.",
     {("events.actual", 120, "2024-H1", None, None), ("events.actual", 52, "2024-H1", None, "children"),
      ("events.participants", 2700, "2024-H1", None, None)}),
    ("2023", "Организовано 86 мероприятий, в том числе для детей – 30.",
     {("events.actual", 86, "2023", None, None), ("events.actual", 30, "2023", None, "children")}),
    ("2023", "Для детей проведено 40 мероприятий.", {("events.actual", 40, "2023", None, "children")}),
    ("2023", "Для детей и подростков организовано 687 мероприятий.", {("events.actual", 687, "2023", None, "children")}),
    # children with adults are no children's part
    ("2023", "Проведено 55 мероприятий для детей и взрослых.", {("events.actual", 55, "2023", None, None)}),
    ("2023", "Организовано 210 мероприятий для детей и их родителей.", {("events.actual", 210, "2023", None, None)}),
])
def test_the_events_for_children_are_their_part_named_by_the_childrens_category(period, text, want):
    assert _prose(period, text) == want


@pytest.mark.parametrize("text", [
    "2020 жылы 58 іс-шара өткізілді. Карантин кезінде 6 онлайн іс-шара ұйымдастырылды.",
    "Проведено 58 мероприятий. В онлайн-формате проведено 12 мероприятий.",
    "Проведено 58 мероприятий. В дистанционном формате организовано 9 мероприятий.",
])
def test_the_events_held_online_are_a_part_of_the_events_no_metric_names(text):
    assert _figures("2020", text) == {("events.actual", 58, "2020")}


@pytest.mark.parametrize("text, want", [
    ("Штат – 66,5 единицы, фактически занято 64 работника.",
     {("staff.units", 66.5, "2024-H1"), ("staff.headcount", 64, "2024-H1")}),
    ("Штатных единиц – 41,5, фактически заняты 40 человек.",
     {("staff.units", 41.5, "2024-H1"), ("staff.headcount", 40, "2024-H1")}),
])
def test_the_posts_filled_in_fact_are_the_headcount(text, want):
    assert _figures("2024-H1", text) == want


@pytest.mark.parametrize("text, want", [
    ("Высшее образование имеют 31 сотрудник, библиотечное (высшее и среднее специальное) – 24 человека.",
     {("staff.higher_education", 31, "2023"), ("staff.library_education", 24, "2023")}),
    ("Из 40 работников высшее образование у 22, библиотечное – 18.",
     {("staff.headcount", 40, "2023"), ("staff.higher_education", 22, "2023"),
      ("staff.library_education", 18, "2023")}),
    ("Қызметкерлердің жоғары білімді – 38, кітапханалық – 29 адам.",
     {("staff.higher_education", 38, "2023"), ("staff.library_education", 29, "2023")}),
])
def test_the_library_education_named_by_its_adjective_after_the_education(text, want):
    assert _figures("2023", text) == want


def test_the_library_adjective_without_education_names_no_staff():
    got = _figures("2023", "Библиотечное обслуживание осуществляли 23 библиотеки, 2 – закрыты.")
    assert not any(k[0].startswith("staff.") for k in got)


@pytest.mark.parametrize("text, value", [
    ("Годовой план выполнен на 64,4 %: записано и перерегистрировано 13 840 человек.", 13840),
    ("За полугодие записаны и перерегистрированы 9 120 человек.", 9120),
    ("Кітапханаларға 12 400 адам тіркелді және қайта тіркелді.", 12400),
    ("Есепті жылы 11 200 оқырман тіркелген және қайта тіркелген.", 11200),
])
def test_readers_enrolled_and_re_registered_are_the_registered_users(text, value):
    assert _figures("2024-H1", text) == {("users.registered", value, "2024-H1")}


@pytest.mark.parametrize("text", [
    "Книговыдача в селе составила 203 118 экз.",
    "Книговыдача в сёлах района составила 150 000 экз.",
    "Ауылда 96 400 дана кітап берілді.",
    "Ауылдарда 6 700 оқырманға қызмет көрсетілді.",
])
def test_the_villages_share_of_a_figure_is_no_whole(text):
    assert _figures("2023", text) == set()


def test_one_village_named_is_no_share_of_the_villages():
    assert _figures("2023", "В селе Ольгино выдано 12 000 экз. книг.") == {("loans.total", 12000, "2023")}


@pytest.mark.parametrize("text, want", [
    ("Всего в 2021 году организовано 305 массовых мероприятий.", ("events.actual", 305, "2021")),
    ("В отчётном периоде организовано 74 тематических мероприятия.", ("events.actual", 74, "2023")),
    ("Жыл ішінде 412 түрлі іс-шара ұйымдастырылды.", ("events.actual", 412, "2023")),
])
def test_events_organized_count_as_events_held(text, want):
    assert _figures("2023", text) == {want}


@pytest.mark.parametrize("text, want", [
    ("Барлығы 15 100 пайдаланушыға қызмет көрсетілді.", {("users.registered", 15100, "2023")}),
    ("Оқылым 1 оқырманға шаққанда 21,0 құрады.", {("ratio.reading", 21.0, "2023")}),
])
def test_the_last_group_of_a_figures_digits_is_no_per_reader(text, want):
    assert _figures("2023", text) == want


@pytest.mark.parametrize("text, want", [
    ("Организовано 9 виртуальных мероприятий.", set()),
    ("Проведено 12 виртуальных выставок.", set()),
    ("12 виртуалды көрме ұйымдастырылды.", set()),
    ("Выполнено 140 справок, в т.ч. 20 виртуальных справок.",
     {("bibliography.references", 140.0, "2023"), ("bibliography.virtual_references", 20.0, "2023")}),
    ("Выполнено 140 справок, из них 20 виртуальных.",
     {("bibliography.references", 140.0, "2023"), ("bibliography.virtual_references", 20.0, "2023")}),
])
def test_events_held_online_are_no_references_given_online(text, want):
    assert _figures("2023", text) == want
