"""Libraries down and forms of work across with no word for events in the
header and no column of the people ("Кітапханалар | Кітап көрмелері |
Әңгімелер | Акциялар | Барлығы"), and a library's name wrapped in a PDF's
narrow cell, one word a line, not cut into dictionary words."""

from __future__ import annotations

from esep.plugins.events import labels

from test_event_labels import KnownWords
from test_event_stats import by_label, records_of, rows_of, table_of


def test_libraries_down_forms_across_with_a_bare_total_and_no_people():
    t = table_of([["Кітапханалар", "Кітап көрмелері", "Әңгімелер", "Акциялар", "Барлығы"],
                  ["Орталық кітапхана", "19", "11", "4", "34"],
                  ["Балалар кітапханасы", "14", "9", "2", "25"],
                  ["Торайғыр ауылдық кітапханасы", "5", "3", "1", "9"],
                  ["Барлығы", "38", "23", "7", "68"]])
    records = records_of(t, period="2024")
    got = by_label(records)
    assert (got["Орталық кітапхана"]["2024"]["event_type"], got["Орталық кітапхана"]["2024"]["actual"],
            got["Орталық кітапхана"]["2024"]["participants"]) == (None, 34, None)
    assert got["Торайғыр ауылдық кітапханасы"]["2024"]["actual"] == 9
    assert (got["Барлығы"]["2024"]["event_type"], got["Барлығы"]["2024"]["actual"]) == ("total", 68)
    assert (got["Кітап көрмелері"]["2024"]["event_type"], got["Кітап көрмелері"]["2024"]["actual"]) \
        == ("exhibition.book", 38)
    assert got["Акциялар"]["2024"]["actual"] == 7
    assert len(rows_of(records)) == 7


def test_libraries_beside_their_readers_and_loans_are_no_event_table():
    # forms are not named across: the libraries' indicators, not their events
    t = table_of([["Кітапханалар", "Оқырмандар", "Кітап беру", "Келушілер"],
                  ["Орталық кітапхана", "3 400", "72 000", "31 000"],
                  ["Балалар кітапханасы", "2 100", "45 000", "20 500"],
                  ["Барлығы", "5 500", "117 000", "51 500"]])
    assert rows_of(records_of(t, period="2024")) == []


def test_a_single_form_across_does_not_make_a_table_of_libraries_one_of_events():
    t = table_of([["Кітапханалар", "Оқырмандар", "Кітап көрмелері", "Барлығы"],
                  ["Орталық кітапхана", "3 400", "19", "3 419"],
                  ["Балалар кітапханасы", "2 100", "14", "2 114"],
                  ["Барлығы", "5 500", "33", "5 533"]])
    got = by_label(records_of(t, period="2024"))
    assert "Орталық кітапхана" not in got


def test_a_library_named_over_lines_keeps_its_name():
    words = labels.Words(KnownWords({"тор", "айғыр", "ауылдық", "кітапханасы", "кітап", "көрмелері", "басқа",
                                     "да", "шаралар"}))
    assert labels.respace("Торайғыр\nауылдық\nкітапханасы", words) == "Торайғыр ауылдық кітапханасы"
    # a form's name glued over a break is still cut into its words
    assert labels.respace("Кітапкөрмелері", words) == "Кітап көрмелері"
    assert labels.respace("Басқа\nдашаралар", words) == "Басқа да шаралар"
    # a name with no word saying it is a library is cut as before
    assert labels.respace("Торайғыр\nкөрмелері", words) == "Тор айғыр көрмелері"


def test_months_down_forms_across_with_no_word_for_events_keep_the_forms_only():
    t = table_of([["Ай", "Кітап көрмелері", "Әңгімелер", "Барлығы"],
                  ["Қаңтар", "3", "2", "5"],
                  ["Ақпан", "4", "1", "5"],
                  ["Барлығы", "7", "3", "10"]])
    got = by_label(records_of(t, period="2024"))
    assert "Қаңтар" not in got
    assert got["Кітап көрмелері"]["2024"]["actual"] == 7
