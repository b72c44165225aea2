"""Forms of events other libraries' reports name that the vocabulary did not
know (fairy-tale hours, open microphones, library outreach "десанты", literary
auctions and tastings), with near-miss labels that must keep their own type or
none; "кісі" as the unit of people in a cell, as "адам" is; and sub-rows
("из них …", "в т.ч. …", "оның ішінде …") no entry matches, which suggest a
form only when their own words come close to one."""

from __future__ import annotations

import pytest

from esep.plugins.events import labels, stats as event_stats
from esep.plugins.events.text import find_participants
from esep.plugins.lang.numbers import parse_figure_cell
from esep.plugins.vocab import get_vocabulary

from test_event_stats import by_label, records_of, table_of


@pytest.fixture(scope="module")
def matcher():
    return labels.label_matcher(get_vocabulary("event_types"))


@pytest.mark.parametrize("label,type_id", [
    ("Ертегі сағаты", "hour.literary"),
    ("Ертегі сағаттары", "hour.literary"),
    ("Ертегілер сағаты", "hour.literary"),
    ("Сказочный час", "hour.literary"),
    ("Часы сказок", "hour.literary"),
    ("Әдеби аялдама", "hour.literary"),
    ("Литературные дегустации", "hour.literary"),
    ("Литературное кафе", "hour.literary"),
    ("Әдеби кафе", "hour.literary"),
    ("Ашық микрофон", "hour.poetry"),
    ("Открытый микрофон", "hour.poetry"),
    ("Поэтическая гостиная", "hour.poetry"),
    ("Әдеби аукцион", "game.literary"),
    ("Литературный аукцион", "game.literary"),
    ("Эрудит-шоу", "game.intellectual"),
    ("Библиодесант", "action"),
    ("Библиодесанты", "action"),
    ("Библиопикник", "action"),
    ("Библиокешинг", "book_crossing"),
])
def test_forms_of_events_other_reports_name(matcher, label, type_id):
    assert matcher.match(label).id == type_id


@pytest.mark.parametrize("label,type_id", [
    ("Ерлік сағаты", "hour.patriotic"),  # one letter group from "Ертегі сағаты"
    ("Литературная выставка", "exhibition.book"),
    ("Литературный квест", "game.quest"),
    ("Экологический десант", "action"),
    ("Ашық есік күні", "open_day"),
    ("Литературный круиз", None),  # close to "Литературный аукцион" in letters, no form of it
    ("Литературный серпантин", None),
    ("Аукцион", None),
    ("Микрофон", None),
    ("Десант", None),
    ("Экспресс-опрос", None),  # a survey, not an event
])
def test_near_misses_keep_their_own_type_or_none(matcher, label, type_id):
    assert matcher.match(label).id == type_id


def test_kisi_is_a_unit_of_people_in_a_cell():
    assert parse_figure_cell("45 кісі") == 45
    assert parse_figure_cell("1 240 кісі") == 1240
    assert parse_figure_cell("50 кісілік") is None  # a hall's seats, not people who came
    assert event_stats.pair_cell("6 (45 кісі)") is not None
    assert find_participants("Ертегі сағатына 45 кісі қатысты.") == 45
    assert find_participants("50 кісілік залда кездесу өтті.") is None


def test_tables_whose_people_are_written_in_kisi():
    t = table_of([["Іс-шара түрі", "Саны", "Қатысушылар"],
                  ["Ертегі сағаттары", "12", "45 кісі"],
                  ["Әдеби аукцион", "2", "60 кісі"],
                  ["Барлығы", "14", "105 кісі"]])
    got = by_label(records_of(t, period="2023"))
    assert (got["Ертегі сағаттары"]["2023"]["event_type"], got["Ертегі сағаттары"]["2023"]["participants"]) \
        == ("hour.literary", 45)
    assert got["Әдеби аукцион"]["2023"]["participants"] == 60
    assert got["Барлығы"]["2023"]["participants"] == 105
    t2 = table_of([["Жұмыс түрлері", "2022 ж.", "2023 ж."],
                   ["Библиодесанттар", "3 іс-шара, 120 кісі", "4 іс-шара, 150 кісі"],
                   ["Әдеби аялдамалар", "5 (140 кісі)", "6 (175 кісі)"]])
    got2 = by_label(records_of(t2, period="2023"))
    row = got2["Библиодесанттар"]["2023"]
    assert (row["event_type"], row["actual"], row["participants"]) == ("action", 4, 150)
    row = got2["Әдеби аялдамалар"]["2022"]
    assert (row["event_type"], row["actual"], row["participants"]) == ("hour.literary", 5, 140)


@pytest.mark.parametrize("label", [
    "из них для детей", "из них онлайн", "в т.ч. онлайн", "в том числе для молодёжи",
    "оның ішінде балаларға", "оның ішінде онлайн", "о.і. онлайн",
])
def test_a_sub_row_of_no_form_suggests_none(matcher, label):
    m = matcher.match(label)
    assert (m.id, m.best, m.score) == (None, None, 0.0)


def test_a_sub_row_suggests_the_form_its_own_words_come_close_to(matcher):
    m = matcher.match("из них книжных выставок")
    assert m.id is None and m.best == "exhibition.book" and m.score >= labels.SUB_ROW_SUGGESTION
    assert matcher.match("Соның ішінде кітап көрмелері").id == "exhibition.book"  # matched as before
    # a label that only begins with the same letters is no sub-row: its suggestion stays
    assert matcher.match("Изобразительное искусство").best is not None
