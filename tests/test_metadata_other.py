"""The title block of reports written in other hands, Russian and Kazakh:
each title below was typed as such reports write theirs, with what it should
give written before esep read it; at first each gave a wrong period, name or
key.  A bracket of months between a period and its year, a name that opens
with its oblast and district, a place whose name ends in "й"."""

from __future__ import annotations

from conftest import paragraphs_doc
import pytest

from esep.plugins import metadata
from esep.plugins.organizations import parse_name


def _doc(*paragraphs: str):
    return paragraphs_doc(*paragraphs, fmt="txt")


@pytest.mark.parametrize("title, code", [
    ("Отчёт о работе ЦБС за 9 месяцев (январь – сентябрь) 2024 года", "2024-9M"),
    ("Информация о работе библиотеки за I полугодие (январь-июнь) 2023 г.", "2023-H1"),
    ("Кітапхананың 2023 жылдың бірінші жартыжылдығы (қаңтар–маусым) бойынша есебі", "2023-H1"),
    ("Отчёт за 9 месяцев (с января по сентябрь) 2022 года", "2022-9M"),
    # a bracket that names the part of the year is no aside: it is the period
    ("ЕСЕП 2019 жыл (1-ші жартыжылдық)", "2019-H1"),
])
def test_a_bracket_of_months_between_the_period_and_its_year_is_an_aside(title, code):
    assert metadata.detect_period(_doc(title, "Кітапханаға 812 оқырман тіркелді.")).code == code


@pytest.mark.parametrize("title, name", [
    ("Жамбыл облысы Байзақ ауданы Көктал ауылдық кітапханасының 2023 жылғы атқарған жұмысы туралы есеп",
     "Жамбыл облысы Байзақ ауданы Көктал ауылдық кітапханасы"),
    ("Ақмола облысы Бурабай ауданы Златополье ауылдық кітапханасының 2022 жылғы есебі",
     "Ақмола облысы Бурабай ауданы Златополье ауылдық кітапханасы"),
])
def test_a_name_that_opens_with_its_oblast_and_district_is_read_whole(title, name):
    assert metadata.detect_organization(_doc(title)) == name


@pytest.mark.parametrize("names, key", [
    (("ГУ «Централизованная библиотечная система» Бурабайского района", "ЦБС Бурабайского района",
      "Бурабай ауданының орталықтандырылған кітапхана жүйесі"), "burabai-district-cbs"),
    (("ЦБС Карасайского района", "Қарасай ауданының ОКЖ"), "karasai-district-cbs"),
    # a vowel of a case ending still goes: Шиелі, Шиелийского
    (("ЦБС Шиелийского района", "Шиелі аудандық ОКЖ"), "shiel-district-cbs"),
])
def test_a_place_ending_in_a_vowel_and_y_keeps_them_in_its_key(names, key):
    assert {parse_name(n).key for n in names} == {key}
