"""A district system's report names the system on its first line and the town it
sits in on the next, bare or at the head of the title line ("г. Жанатас. Отчёт …",
"Жаңатас қ. 2024 жылғы есеп"): the town is the system's seat, not another body,
and the system keeps its district's key. A name that says no place of its own, a
town's own system and a town named as the subject keep their town."""

from __future__ import annotations

import pytest
from conftest import prepared_paragraphs


RU_BODY = "В 2024 году библиотеки обслужили 12 400 читателей, выдано 286 400 экземпляров документов."
KK_BODY = "2024 жылы кітапханалар 12 400 оқырманға қызмет көрсетті, 286 400 дана құжат берілді."


def _prepared(registry, *paragraphs: str):
    return prepared_paragraphs(registry, *paragraphs)


@pytest.mark.parametrize("lines, org, key", [
    (["КГУ «Сарысуская районная централизованная библиотечная система»", "г. Жанатас. Отчёт о работе за 2024 год"],
     "КГУ «Сарысуская районная централизованная библиотечная система»", "saris-district-cbs"),
    (["КГУ «Бурабайская районная централизованная библиотечная система»", "г. Щучинск",
      "Отчёт о работе за первое полугодие 2025 года"],
     "КГУ «Бурабайская районная централизованная библиотечная система»", "burabai-district-cbs"),
    (["ГУ «Енбекшиказахская районная централизованная библиотечная система» г. Есик",
      "Информация о работе за 9 месяцев 2024 года"],
     "ГУ «Енбекшиказахская районная централизованная библиотечная система»", "enbekshikazak-district-cbs"),
    (["ГУ «Карасайская районная централизованная библиотечная система»", "Отчёт о работе за 2024 год", "г. Каскелен"],
     "ГУ «Карасайская районная централизованная библиотечная система»", "karasai-district-cbs"),
])
def test_a_town_under_a_district_system_is_its_seat(lines, org, key, registry):
    d = _prepared(registry, *lines, RU_BODY)
    assert (d.metadata["organization"], d.metadata["organization_id"]) == (org, key)


def test_a_kazakh_seat_before_the_title_words_keeps_the_district(registry):
    d = _prepared(registry, "«Сарысу аудандық орталықтандырылған кітапхана жүйесі» КММ", "Жаңатас қ. 2024 жылғы есеп",
                  KK_BODY)
    assert d.metadata["organization_id"] == "saris-district-cbs"


@pytest.mark.parametrize("lines, org, key", [
    # a town's own system: the town line repeats its place; "ГКП" is its legal form
    (["ГКП «ЦБС г. Рудный»", "г. Рудный", "Отчёт о работе за 2024 год"],
     "ГКП «ЦБС г. Рудный» г. Рудный", "rudn-city-cbs"),
    # a system whose name says no place: the town after it is the only place it has
    (["КГУ «Централизованная библиотечная система»", "г. Жанатас", "Отчёт о работе за 2024 год"],
     "КГУ «Централизованная библиотечная система» г. Жанатас", "zhanatas-city-cbs"),
    # a library that names its level but no place: the village after it says where
    (["КГУ «Центральная районная библиотека» с. Шортанды", "Отчёт о работе за 2024 год"],
     "КГУ «Центральная районная библиотека» с. Шортанды", "shortand-central"),
])
def test_a_town_stays_when_the_name_says_no_place_or_the_same(lines, org, key, registry):
    d = _prepared(registry, *lines, RU_BODY)
    assert (d.metadata["organization"], d.metadata["organization_id"]) == (org, key)


def test_a_town_named_as_the_subject_is_no_district_system(registry):
    d = _prepared(registry, "Отчёт библиотек г. Каскелен за 2024 год", RU_BODY)
    assert "district" not in d.metadata["organization_id"]
    assert "Каскелен" in d.metadata["organization"]


def test_a_founder_after_a_district_system_is_still_read(registry):
    d = _prepared(registry, "КГУ «Аккольская районная ЦБС» отдела культуры и развития языков акимата Аккольского района",
                  "Отчёт о работе за 2024 год", RU_BODY)
    assert d.metadata["organization_id"] == "akkol-district-cbs"
