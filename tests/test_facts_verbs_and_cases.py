"""Indicators told with the noun in another case and a verb, as Russian and
Kazakh library reports write them: the readers in the instrumental before a
linking verb ("Читателями библиотек города в 2021 году стали 8 402 человека",
"Пользователями ЦБС являются 12 300 жителей"), and sentences of the same
shape that give no indicator (new readers, one occasion's group)."""

from __future__ import annotations

import pytest

from conftest import prose_doc
from esep.plugins.facts import plugin as facts
from esep.registry import Config


def _records(period: str, *paragraphs: str) -> list[dict]:
    d = prose_doc(period, *paragraphs)
    return [dict(r.values, evidence=r.evidence, confidence=r.confidence) for r in facts.extract(d, Config())
            if r.table == "facts"]


def _named(period: str, *paragraphs: str) -> set[tuple]:
    return {(r["metric"], r["value"], r["period"], r["category"]) for r in _records(period, *paragraphs)
            if r["metric"]}


@pytest.mark.parametrize("text, value", [
    ("Читателями библиотек города в 2021 году стали 8 402 человека.", 8402.0),
    ("За полугодие читателями библиотек системы стали 14 760 человек.", 14760.0),
    ("Пользователями ЦБС являются 12 300 жителей района.", 12300.0),
    ("Пользователями районной библиотеки являлись 5 120 человек.", 5120.0),
    ("Читателями стали 3 015.", 3015.0),
])
def test_readers_in_the_instrumental_before_a_linking_verb(text, value):
    period = "2024-H1" if "полугодие" in text else "2021"
    got = [r for r in _records(period, text) if r["value"] == value]
    assert [(r["metric"], r["unit"], r["period"], r["category"]) for r in got] == [
        ("users.registered", "people", period, None)]
    assert str(int(value))[-3:] in got[0]["evidence"].replace("\u00a0", " ") and got[0]["confidence"] > 0.5


def test_inhabitants_who_are_users_are_no_population():
    got = _named("2022", "Пользователями ЦБС являются 12 300 жителей района.")
    assert ("population.served", 12300.0, "2022", None) not in got


@pytest.mark.parametrize("text", [
    "В Неделю детской книги читателями стали 25 первоклассников школы № 3.",
    "Новыми читателями стали 40 учащихся колледжа.",
    "Новыми читателями библиотеки стали 1 250 человек.",
    "Участниками акции стали 60 человек.",
])
def test_new_readers_and_one_occasions_group_are_no_readers_of_the_year(text):
    assert not any(k[0] == "users.registered" for k in _named("2021", text))


def test_the_plain_wordings_beside_them_are_read_as_before():
    got = _named("2021", "Читателями библиотек района стали 8 402 человека. Библиотеки посетили 96 400 раз. "
                         "Выдано пользователям 210 300 экз. Фонд пополнился 3 450 экземплярами.")
    assert {("users.registered", 8402.0, "2021", None), ("visits.total", 96400.0, "2021", None),
            ("loans.total", 210300.0, "2021", None), ("fund.received", 3450.0, "2021", None)} <= got


def test_readers_of_an_age_are_left_to_the_nouns_that_count_them():
    # the children are no group of one occasion: the shape takes nothing away from them
    got = _named("2021", "Читателями детской библиотеки стали 3 200 детей.")
    assert got == {("users.children", 3200.0, "2021", None)}
