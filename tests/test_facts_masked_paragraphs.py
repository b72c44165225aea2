"""Paragraphs whose numbers are all dates, periods, libraries' numbers,
grades or names in quotes give no figure, and are not read further than it takes to see it;
a figure among such numbers is still read."""

from __future__ import annotations

from esep.model import Block, Document
from esep.plugins.facts import plugin as facts
from esep.plugins.facts import text as facts_text
from esep.registry import Config


def _facts(period: str, *lines: str) -> set[tuple]:
    d = Document(id="p", path="p.txt", format="txt", metadata={"period": period})
    for x in lines:
        d.add_block(Block("paragraph", x))
    return {(r.values["metric"], r.values["value"]) for r in facts.extract(d, Config())
            if r.table == "facts" and r.values["metric"]}


def _watch(monkeypatch) -> list[str]:
    """The paragraphs searched for conditions (the last of the masks) or
    tokenized while facts are read."""
    seen: list[str] = []
    conditions, tokenize = facts_text._condition_bounds, facts_text.tokenize

    def cut(text):
        seen.append(text)
        return conditions(text)

    def tok(text, *a, **k):
        seen.append(text)
        return tokenize(text, *a, **k)

    monkeypatch.setattr(facts_text, "_condition_bounds", cut)
    monkeypatch.setattr(facts_text, "tokenize", tok)
    return seen


def test_numbers_of_dates_libraries_and_grades_give_no_figure_and_no_reading(monkeypatch):
    seen = _watch(monkeypatch)
    lines = ("15 наурызда №3 кітапхана-филиалында 9-11 сынып оқушыларымен кездесу өтті.",
             "На 1 января 2023 года в библиотеке №2 прошла встреча с учащимися 5–7 классов.",
             "2022 жылы «100 кітап» атты кітап көрмесі ұйымдастырылды.")
    assert _facts("2022", *lines) == set()
    assert [s for s in seen if s in lines] == []  # stopped before the last masks and the tokens


def test_a_figure_among_dates_and_library_numbers_is_still_read(monkeypatch):
    _watch(monkeypatch)
    got = _facts("2022", "На 1 января 2023 года фонд библиотеки №2 составил 12 400 экз.",
                 "15 наурызда №3 кітапхана-филиалында 48 іс-шара өткізілді.")
    assert ("fund.end", 12400.0) in got
    assert ("events.actual", 48.0) in got
