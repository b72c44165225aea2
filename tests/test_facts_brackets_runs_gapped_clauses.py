"""Prose with last year's figure in brackets before the unit, runs over two
libraries sharing one noun, and a run by library whose first clause leaves the
verb out. Each case was typed in its own words, with what it should give
written before esep read it."""

from __future__ import annotations

from conftest import prose_facts


def test_the_unit_after_last_years_bracket_is_the_figures_unit_too():
    got = prose_facts("2021", "Выбыло из фонда 2 480 (в 2020 г. – 2 115) экз.")
    assert ("fund.withdrawn", 2480.0, "2021", None, None) in got
    got = prose_facts("2021", "Поступило 4 730 (в 2020 г. – 5 020) экз.")
    assert ("fund.received", 4730.0, "2021", None, None) in got
    assert ("fund.received", 5020.0, "2020", None, None) in got


def test_a_bracket_holding_no_period_lends_no_unit():
    got = prose_facts("2021", "Выбыло 2 480 (2 115) экз.")
    assert not any(k[1] == 2480.0 and k[0] == "fund.withdrawn" and k[2] == "2020" for k in got)


def test_a_run_over_two_libraries_sharing_one_noun_is_each_librarys():
    got = prose_facts("2022", "Городская и детская библиотеки выдали соответственно 61 300 и 27 450 экз. документов.")
    assert ("loans.total", 61300.0, "2022", None, "branch:городская библиотека") in got
    assert ("loans.total", 27450.0, "2022", None, "branch:детская библиотека") in got


def test_a_run_by_library_whose_first_clause_leaves_the_verb_out():
    got = prose_facts("2022", "Қалалық орталық кітапхана 3 105 оқырманға, қалалық балалар кітапханасы 1 470 "
                              "оқырманға қызмет көрсетті.")
    assert ("users.registered", 3105.0, "2022", None, "branch:қалалық орталық кітапхана") in got
    assert ("users.registered", 1470.0, "2022", None, "branch:қалалық балалар кітапханасы") in got


def test_a_figure_before_a_comma_with_no_library_after_it_takes_no_later_verb():
    got = prose_facts("2022", "Кітапхана 3 105 оқырманға, 12 мекемеге қызмет көрсетті.")
    assert not any(k[1] == 3105.0 for k in got)
