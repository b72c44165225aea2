"""Facts of development reports' prose: a growth of an indicator its noun opens
("Прирост фонда – 4 210 экз.") is a change, no level; a plan named with its
indicator and no dash ("План по книговыдаче 660 000 экз., фактически выдано
…") is no figure done; readers of library points and travelling collections
are a part of the system's.  Each sentence was typed as other libraries
write, with what it should give written before esep read it."""

from __future__ import annotations

import pytest

from conftest import prose_facts as _prose


def _figures(period: str, text: str) -> set[tuple[str, float, str | None]]:
    return {(k[0], k[1], k[4]) for k in _prose(period, text)}


@pytest.mark.parametrize("text", [
    "Прирост фонда – 4 210 экз.",
    "Прирост читателей: 310.",
    "Қордың өсімі – 4 210 дана.",
    "Қордың өсімі 4 210 дана құрады.",
])
def test_a_growth_its_noun_opens_is_no_level(text):
    assert _prose("2023", text) == set()


def test_a_growth_beside_the_level_keeps_the_level():
    assert _figures("2023", "Прирост фонда за год составил 4 210 экз., фонд на конец года – 85 400 экз.") == {
        ("fund.end", 85400, None)}
    assert _figures("2023", "Фонд библиотеки – 85 400 экз.") == {("fund.end", 85400, None)}
    # a noun of change that opens another sentence leaves the next one's figure alone
    assert _figures("2023", "Рост читательской активности заметен. Читателей – 12 300.") == {
        ("users.registered", 12300, None)}


def test_a_plan_with_no_dash_is_no_figure_done():
    assert _figures("2023", "План по книговыдаче 660 000 экз., фактически выдано 662 150 экз.") == {
        ("loans.total", 662150, None)}
    assert _figures("2023", "План посещений 48 000, фактически 48 900.") == {("visits.total", 48900, None)}
    assert _figures("2023", "Кітап беру жоспары 660 000 болса, 662 150 дана кітап берілді.") == {
        ("loans.total", 662150, None)}
    # a plan carried out by so much keeps the figure done after it
    assert _figures("2023", "План по книговыдаче выполнен на 101,2 %, выдано 662 150 экз.") == {
        ("loans.total", 662150, None)}


@pytest.mark.parametrize("text, category", [
    ("Библиотечные пункты (23) обслужили 2 300 читателей.", "department:пункты выдачи"),
    ("Библиотечные пункты обслужили 2 300 читателей.", "department:пункты выдачи"),
    ("Кітапханалық пункттер 2 300 оқырманға қызмет көрсетті.", "department:пункты выдачи"),
    ("Передвижки обслужили 1 200 читателей.", "department:внестационарное обслуживание"),
])
def test_readers_of_points_and_travelling_collections_are_a_part(text, category):
    assert {k[4] for k in _prose("2023", text) if k[0] == "users.registered"} == {category}


def test_readers_of_the_system_stay_the_whole():
    assert _figures("2023", "Библиотеки ЦБС обслужили 12 300 читателей.") == {("users.registered", 12300, None)}
