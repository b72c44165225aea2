"""Forms of work named in the other number than the vocabulary's entry:
a Kazakh plural (with the possessive after it) or a Russian plural of a
name the vocabulary holds in the singular is that entry, before a name of
another form that is only alike in letters."""

from __future__ import annotations

from esep.plugins.events.stats import match_label
from esep.plugins.lang.plurals import singular_forms
from esep.plugins.vocab import get_vocabulary

from test_event_stats import by_label, records_of, table_of


def _row(got, label, period):
    r = got[label][period]
    return r["event_type"], r["label"], r["actual"], r["participants"]


def test_kazakh_plural_with_possessive_is_its_singular_entry():
    t = table_of([["Іс-шара түрі", "Саны", "Қатысқандар"],
                  ["Ерлік сағаттары", "6", "140"],
                  ["Ерлік сабақтары", "3", "62"],
                  ["Кештер", "12", "260"],
                  ["Барлығы", "21", "462"]])
    got = by_label(records_of(t, period="2024"))
    # not the master class, whose name only differs by a few letters
    assert _row(got, "Ерлік сағаттары", "2024") == ("hour.patriotic", "Ерлік сағаттары", 6, 140)
    assert _row(got, "Ерлік сабақтары", "2024") == ("hour.patriotic", "Ерлік сабақтары", 3, 62)
    assert _row(got, "Кештер", "2024") == ("evening.thematic", "Кештер", 12, 260)


def test_russian_plural_of_adjective_and_noun_is_its_singular_entry():
    t = table_of([["Форма работы", "Кол-во", "Участники"],
                  ["Книжные дегустации", "4", "88"],
                  ["Диалоговые площадки", "2", "45"],
                  ["Уроки мужества", "3", "70"]])
    got = by_label(records_of(t, period="2023"))
    assert _row(got, "Книжные дегустации", "2023") == ("hour.literary", "Книжные дегустации", 4, 88)
    assert _row(got, "Диалоговые площадки", "2023") == ("debate", "Диалоговые площадки", 2, 45)
    assert _row(got, "Уроки мужества", "2023")[0] == "hour.patriotic"


def test_a_form_of_its_own_and_another_form_sharing_a_stem_keep_their_types():
    v = get_vocabulary("event_types")
    # the master class shares "сағаттары"/"сабақтары" with the hour of courage: each keeps its own
    assert match_label(v, "Шеберлік сағаттары").id == "master_class"
    assert match_label(v, "Шеберлік сабақтары").id == "master_class"
    # a hyphenated pair the vocabulary knows as it is
    assert match_label(v, "Выставки-просмотры").id == match_label(v, "Выставка-просмотр").id
    # a plural whose singular is no entry is not given one
    assert match_label(v, "Тағылым сағаттары").id is None


def test_singular_forms_of_kazakh_and_russian_plurals():
    assert singular_forms("кітап көрмелері") == ["кітап көрмесі", "кітап көрме"]
    assert singular_forms("ерлік сабақтары")[0] == "ерлік сабағы"
    assert singular_forms("кештер") == ["кеш"]
    assert "литературный вечер" in singular_forms("литературные вечера")
    assert "громкое чтение" in singular_forms("громкие чтения")
