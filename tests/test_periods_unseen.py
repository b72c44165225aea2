"""Periods as reports of other library systems write them: Latin-script
Kazakh column headers and phrases naming the year before."""

from __future__ import annotations

import pytest

from esep.plugins.lang.periods import find_periods, find_previous_periods, parse_period, period_from_code


@pytest.mark.parametrize("text, code", [
    ("2021 j. III toqsan", "2021-Q3"), ("2019 j. I j/j", "2019-H1"), ("2021 j.", "2021"), ("2022j.", "2022"),
    ("2019 j. 9 aiy", "2019-9M"), ("I jartyjyldyq 2019", "2019-H1"), ("2018 ж. І ж/ж", "2018-H1"),
])
def test_latin_script_kazakh_column_headers(text, code):
    got = find_periods(text, 2023)
    assert [p.period.code for p in got] == [code] and got[0].explicit_year


@pytest.mark.parametrize("text, period, code", [
    ("(өткен жылы – 92)", "2014", "2013"), ("өткен жылдың осы кезеңінде 178 739", "2014-H1", "2013-H1"),
    ("(в прошлом году – 99)", "2016-Q1", "2015-Q1"), ("за аналогичный период прошлого года", "2019-9M", "2018-9M"),
    ("(ötken jyly – 104)", "2022", "2021"),
])
def test_the_year_before_named_without_its_number(text, period, code):
    got = find_previous_periods(text, period_from_code(period))
    assert [p.period.code for p in got] == [code]


def test_no_previous_period_without_the_reports_period_or_a_phrase():
    assert find_previous_periods("өткен жылы", None) == []
    assert find_previous_periods("2018 жылы 120 оқырман", period_from_code("2018")) == []


@pytest.mark.parametrize("text, code", [
    ("I пол. 2020 г.", "2020-H1"), ("2021 г. (I пол.)", "2021-H1"), ("II полуг. 2019 г.", "2019-H2"),
    ("1 пол. 2020", "2020-H1"), ("2020 ж. І жарты жыл", "2020-H1"), ("2019 jyl II jarty jyl", "2019-H2"),
])
def test_half_years_abbreviated_in_a_column_header(text, code):
    got = find_periods(text, 2023)
    assert [p.period.code for p in got] == [code]


@pytest.mark.parametrize("text", ["пол. 2020 г.", "2020 г. (план)", "за 2020 год (пол. и возраст)"])
def test_an_abbreviation_without_its_ordinal_is_no_half_year(text):
    assert [p.period.code for p in find_periods(text, 2023)] == ["2020"]


@pytest.mark.parametrize("text, code", [
    ("Информационный отчет за период с 01.01.2019 по 31.12.2019", "2019"),
    ("за период с 01.01.2019 г. по 30.06.2019 г.", "2019-H1"),
    ("01.01.2019 ж. – 30.09.2019 ж. аралығындағы есеп", "2019-9M"),
    ("с 01.07.2018 по 31.12.2018", "2018-H2"),
    ("за период с 1 января по 30 июня 2019 года", "2019-H1"),
    ("с 1 апреля по 30 июня 2020 г.", "2020-Q2"),
    ("2021 жылғы 1 қаңтардан 1 шілдеге дейін атқарылған жұмыс", "2021-H1"),  # to the first of July
    ("2020 жылғы 1 қаңтар – 31 желтоқсан аралығында", "2020"),
    # a range that is no report's period: a week, a month, days of another year
    ("с 12.04.2019 по 20.04.2019 прошла неделя книги", None),
    ("с 1 июня по 30 июня 2019", None),
    ("с 01.01.2018 по 31.12.2019", None),
])
def test_a_title_names_its_period_as_a_range_of_dates(text, code):
    got = parse_period(text)
    assert (got.code if got else None) == code


@pytest.mark.parametrize("text, code", [
    ("Отчёт о работе детской библиотеки за 2-ое полугодие 2017 года", "2017-H2"),
    ("за 1-ое полугодие 2017 г.", "2017-H1"), ("за 3-ий квартал 2017 года", "2017-Q3"),
])
def test_ordinals_with_the_endings_ое_and_ий(text, code):
    assert parse_period(text).code == code
