"""Facts of Russian prose that compares years: the two levels of a change
("с … до …"), the period a sentence compares with, and a year before the
report's named in one sentence only.  Each sentence was typed for this file,
with what it should give written before esep read it."""

from __future__ import annotations

from conftest import prose_facts as _prose


def test_both_levels_of_a_change_belong_to_their_years():
    got = _prose("2022", "Обращаемость фонда выросла с 1,4 до 1,6 по сравнению с прошлым годом.")
    assert ("ratio.turnover", 1.4, "2021", None, None) in got
    assert ("ratio.turnover", 1.6, "2022", None, None) in got
    # the sentence dates the level it started from nowhere: it is of no period the text says, and no figure
    assert _prose("2022", "Обращаемость фонда выросла с 1,4 до 1,6.") == {("ratio.turnover", 1.6, "2022", None, None)}


def test_levels_with_their_years_written_after_them():
    got = _prose("2022", "Выдача документов сократилась со 98 450 экз. в 2020 году до 95 120 экз. в 2022 году.")
    assert got == {("loans.total", 98450.0, "2020", None, None), ("loans.total", 95120.0, "2022", None, None)}


def test_levels_listed_after_a_dash_share_the_verb_said_once():
    got = _prose("2022", "Число мероприятий увеличилось с 215 в 2021 году до 240 в 2022 году, число их участников – "
                         "с 4 300 до 5 010 человек.")
    assert ("events.actual", 240.0, "2022", None, None) in got
    assert ("events.participants", 4300.0, "2021", None, None) in got
    assert ("events.participants", 5010.0, "2022", None, None) in got


def test_a_change_of_the_fund_gives_its_size_not_its_movement():
    got = _prose("2022", "После списания устаревшей литературы фонд сократился с 64 200 до 63 870 экз. "
                         "по сравнению с прошлым годом.")
    assert got == {("fund.end", 64200.0, "2021", None, None), ("fund.end", 63870.0, "2022", None, None)}


def test_a_half_year_compares_with_the_same_half_of_the_year_before():
    got = _prose("2022-H1", "Посещаемость снизилась с 4,1 до 3,9 по сравнению с аналогичным периодом прошлого года.")
    assert got == {("ratio.attendance", 4.1, "2021-H1", None, None), ("ratio.attendance", 3.9, "2022-H1", None, None)}


def test_a_change_with_no_level_it_started_from_gives_only_the_level():
    got = _prose("2022", "Число читателей увеличилось на 112 человек и составило 4 630.")
    assert got == {("users.registered", 4630.0, "2022", None, None)}


def test_the_period_compared_with_does_not_part_the_indicator_from_its_figure():
    got = _prose("2022", "Книговыдача уменьшилась на 2,1 % по сравнению с прошлым годом и составила 88 760 экз.")
    assert got == {("loans.total", 88760.0, "2022", None, None)}


def test_a_year_before_the_reports_named_to_compare_goes_on_to_no_sentence_after_it():
    got = _prose("2022", "В 2022 году библиотеки обслужили 5 480 читателей. В 2020 году они обслуживали 5 120 "
                         "читателей. Население района – 14 300 человек, охват населения – 38,3 %.")
    assert ("users.registered", 5120.0, "2020", None, None) in got
    assert ("population.served", 14300.0, "2022", None, None) in got
    assert ("coverage.population_pct", 38.3, "2022", None, None) in got


def test_a_figure_a_correction_withdraws_is_none():
    got = _prose("2022", "В отчёте за 2021 год допущена ошибка: вместо 48 300 посещений следует читать 43 800. "
                         "Уточнённые данные за 2021 год: читателей – 5 010, посещений – 43 800.")
    assert ("visits.total", 43800.0, "2021", None, None) in got
    assert ("users.registered", 5010.0, "2021", None, None) in got
    assert not any(f[1] == 48300.0 for f in got)


def test_a_kazakh_correction_withdraws_the_figure_before_ornyna():
    got = _prose("2022", "2021 жылғы есепте келушілер саны 48 300 орнына 43 800 деп оқылсын.")
    assert not any(f[1] == 48300.0 for f in got)


def test_a_change_over_several_years_gives_the_level_it_started_from_no_year():
    got = _prose("2022", "Число читателей за пять лет выросло с 3 900 до 4 450.")
    assert got == {("users.registered", 4450.0, "2022", None, None)}


def test_the_count_of_visits_to_the_site_is_the_sites():
    got = _prose("2022", "Количество посещений сайта выросло с 9 800 до 11 250 в сравнении с прошлым годом.")
    assert got == {("visits.web", 9800.0, "2021", None, None), ("visits.web", 11250.0, "2022", None, None)}


def test_readers_of_the_youth_ages_are_the_youth():
    got = _prose("2022", "Библиотека обслужила 2 840 пользователей, в том числе 1 930 в возрасте 15–30 лет.")
    assert got == {("users.registered", 2840.0, "2022", None, None), ("users.youth", 1930.0, "2022", None, None)}


def test_the_level_a_change_started_from_is_of_the_first_year_of_the_span_its_sentence_names():
    got = _prose("2022", "С 2019 года число посещений сайта выросло с 6 200 до 9 400.")
    assert got == {("visits.web", 6200.0, "2019", None, None), ("visits.web", 9400.0, "2022", None, None)}
    got = _prose("2022", "За период 2020–2022 гг. книговыдача уменьшилась с 88 100 до 84 700 экз.")
    assert got == {("loans.total", 88100.0, "2020", None, None), ("loans.total", 84700.0, "2022", None, None)}
    # a span told by its length names no year: the level it started from is no figure, wherever the span stands
    got = _prose("2022", "Число читателей увеличилось за три года с 3 100 до 3 650.")
    assert got == {("users.registered", 3650.0, "2022", None, None)}


def test_the_level_a_change_started_from_is_of_the_year_its_sentence_compares_with():
    got = _prose("2022", "По сравнению с 2020 годом книговыдача выросла с 70 200 до 75 900 экз.")
    assert got == {("loans.total", 70200.0, "2020", None, None), ("loans.total", 75900.0, "2022", None, None)}
    # a change after a cause the sentence names, with no year, starts from no figure of the text
    got = _prose("2022", "После ремонта читального зала число посещений выросло с 5 400 до 7 900.")
    assert got == {("visits.total", 7900.0, "2022", None, None)}


def test_a_kazakh_change_is_dated_as_a_russian_one():
    got = _prose("2022", "2019 жылдан бері оқырмандар саны 4 120-дан 4 560-қа дейін өсті.")
    assert got == {("users.registered", 4120.0, "2019", None, None), ("users.registered", 4560.0, "2022", None, None)}
    got = _prose("2022-H1", "Өткен жылмен салыстырғанда кітап берілімі 61 300-ден 63 900-ге дейін артты.")
    assert got == {("loans.total", 61300.0, "2021-H1", None, None), ("loans.total", 63900.0, "2022-H1", None, None)}
    got = _prose("2022", "Соңғы үш жылда келушілер саны 30 500-ден 33 100-ге дейін көбейді.")
    assert got == {("visits.total", 33100.0, "2022", None, None)}
