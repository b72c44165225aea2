"""Facts of reports that give a paragraph to each library, of a
library-museum, and of a report closing with background figures: the part
of one library's figure is that library's, a museum's collection is no
library fund, and the paragraph under a lone "Справочно:" line gives the
figures of other bodies."""

from __future__ import annotations

from conftest import prose_facts as _prose


def test_the_children_among_one_librarys_readers_are_that_librarys():
    got = _prose("2022", "Ивановская сельская библиотека. Записано 730 читателей, из них детей – 251. "
                         "Выдано 14 200 экз.")
    assert ("users.children", 251.0, "2022", None, "branch:ивановская сельская библиотека") in got
    assert ("users.registered", 730.0, "2022", None, "branch:ивановская сельская библиотека") in got
    assert not any(k[0] == "users.children" and k[4] is None for k in got)


def test_a_part_of_a_groups_part_stays_one_level_deep():
    got = _prose("2022", "ЦБС обслужила 8 400 читателей, в том числе сельские библиотеки – 5 100, из них детей – 1 700.")
    assert ("users.registered", 5100.0, "2022", None, "branch:сельские библиотеки") in got
    assert ("users.children", 1700.0, "2022", None, "branch:сельские библиотеки") not in got


def test_a_museum_collection_is_no_library_fund():
    got = _prose("2022", "Книжный фонд библиотеки – 17 350 экз. Фонд музея насчитывает 845 единиц хранения. "
                         "За год музейная коллекция пополнилась на 22 предмета.")
    assert got == {("fund.end", 17350.0, "2022", None, None)}


def test_the_paragraph_under_a_lone_spravochno_line_is_of_other_bodies():
    got = _prose("2022", "Читателей – 2 100, выдано 41 000 экз.", "Справочно:",
                 "В посёлке проживает 6 300 человек; в двух школах поселка учатся 870 детей, "
                 "школьные библиотеки обслуживают 790 читателей.",
                 "Книговыдача детям составила 15 400 экз.")
    assert ("users.registered", 2100.0, "2022", None, None) in got
    assert not any(k[1] in (6300.0, 870.0, 790.0) for k in got)
    assert any(k[1] == 15400.0 for k in got)


def test_a_spravochno_paragraph_naming_a_year_is_that_years():
    got = _prose("2022", "Справочно:", "В 2021 году библиотека обслуживала 1 980 читателей.")
    assert ("users.registered", 1980.0, "2021", None, None) in got
