"""A paragraph read once: the leader-dot items of a paragraph matched one
after another from its start (the same items as a search over the whole
paragraph, where it is wholly such a list), and the second reading of the
staff figures in words taking again the readings of the paragraphs its
digits leave as they were."""

from __future__ import annotations

from esep.model import Block, Document
from esep.plugins.events import stats
from esep.plugins.facts import plugin as facts
from esep.plugins.facts import text as facts_text
from esep.plugins.facts.common import document_period, get_vocab
from esep.registry import Config

from conftest import SEED_TXT


def _searched(text: str) -> list:
    """The items as a search anywhere in the paragraph finds them, kept only
    when they cover the whole of it."""
    items = list(stats._LEADER_ITEM.finditer(text))
    return items if items and sum(m.end() - m.start() for m in items) >= len(text.rstrip()) else []


def test_leader_items_matched_from_the_start_are_those_a_search_finds():
    texts = ["Беседы ............. 21 Викторины ............. 14",
             "Конкурсы ........... 9 мер. Итого ............ 44   ",
             "Экскурсии . . . . 12 ед.",
             "Книжные выставки …… 1 250",
             "Беседы ............. 21, проведённые в читальном зале",  # prose after the item: no list
             "Всего за год ........ 318 мероприятий",
             "СОДЕРЖАНИЕ", "", "   ", "12 ....... 14",
             "Громкие чтения ...... 28 Обзоры литературы 35"]
    texts += [p for p in SEED_TXT.read_text(encoding="utf-8").splitlines()]
    for t in texts:
        assert [m.span() for m in stats.leader_items(t)] == [m.span() for m in _searched(t)], t
    assert [m.group(1, 2) for m in stats.leader_items(texts[0])] == [("Беседы", "21"), ("Викторины", "14")]
    assert stats.leader_items(texts[4]) == []


def _doc(*lines: str) -> Document:
    d = Document(id="w", path="w.txt", format="txt", metadata={"period": "2019-H1"})
    for x in lines:
        d.add_block(Block("paragraph", x))
    return d


LINES = ("Кадры", "В ЦБС работают 40 сотрудников, из них 25 с высшим образованием.",
         "Число пользователей составило 4 512 человек, посещений – 21 300.",
         "За полугодие приняты на работу два сотрудника.")


def _rows(records) -> list[tuple]:
    return [(r.table, sorted(r.values.items()), r.evidence, r.confidence, r.block) for r in records]


def test_the_second_reading_takes_the_unchanged_paragraphs_as_read(monkeypatch):
    d = _doc(*LINES)
    fv, dp = get_vocab(Config()), document_period(d)
    first: list = []
    kept: dict = {}
    facts_text.text_facts(d, fv, dp, first, kept)
    assert sorted(kept) == [1, 2]  # every paragraph with a digit was read and kept
    plain = facts_text.word_figures(d, fv, dp, first)
    read: list[str] = []
    block_facts = facts_text._block_facts

    def watched(b, *a, **k):
        read.append(b.text)
        return block_facts(b, *a, **k)

    monkeypatch.setattr(facts_text, "_block_facts", watched)
    again = facts_text.word_figures(d, fv, dp, first, kept)
    assert _rows(again) == _rows(plain)
    assert ("staff.hired", 2) in {(r.values["metric"], r.values["value"]) for r in again}
    # only the paragraph whose number word was put in digits is read again
    assert read == ["За полугодие приняты на работу 2   сотрудника."]


def test_kept_readings_are_copies_the_later_rules_do_not_change():
    d = _doc(*LINES)
    fv, dp = get_vocab(Config()), document_period(d)
    out: list = []
    kept: dict = {}
    facts_text.text_facts(d, fv, dp, out, kept)
    for r in out:
        r.values["category"] = "changed"
        r.confidence = 0.01
    assert all(r.values.get("category") != "changed" and r.confidence != 0.01
               for _, records in kept.values() for r in records)
    # and the extractor gives the same rows as the plain reading of each part
    with_reuse = facts.extract(_doc(*LINES), Config())
    assert ("staff.hired", 2) in {(r.values.get("metric"), r.values.get("value")) for r in with_reuse
                                  if r.table == "facts"}
