"""A district's table of its village libraries with a column headed by the
libraries it lists, an oblast library whose name shares its oblast's centre's
name, and the kind of staff under the staff of a region's libraries: shapes
of reports of neighbouring systems and oblast summaries, with what each
should give written before esep read it; at first each gave a wrong figure
or none."""

from __future__ import annotations

from test_facts_oblast_summaries import _report
from test_facts_tables_other import _facts


def _table_keys(rows: list[list[str]]) -> set[tuple]:
    return {(v["metric"], v["value"], v["category"]) for v in _facts("2022", rows) if v["metric"]}


def test_a_column_headed_by_the_libraries_names_each_row_s_library():
    rows = [["№", "Айыл окмоту", "Сельская библиотека", "Читатели", "Книговыдача"],
            ["1", "Каракольский", "Каракольская", "820", "16 400"],
            ["2", "Чон-\nТашский", "Чон-\nТашская", "640", "12 900"],
            ["3", "Жаны-Арыкский", "Жаны-Арыкская", "510", "10 300"]]
    assert _table_keys(rows) == {
        ("users.registered", 820, "branch:каракольская"), ("loans.total", 16400, "branch:каракольская"),
        ("users.registered", 640, "branch:чон-ташская"), ("loans.total", 12900, "branch:чон-ташская"),
        ("users.registered", 510, "branch:жаны-арыкская"), ("loans.total", 10300, "branch:жаны-арыкская")}


def test_a_kazakh_column_of_library_names_alone_and_its_total():
    rows = [["Кітапхана атауы", "Оқырмандар", "Келушілер"],
            ["Жаңаауыл", "430", "3 900"],
            ["Көктерек", "380", "3 100"],
            ["Барлығы", "810", "7 000"]]
    got = _table_keys(rows)
    assert {("users.registered", 430, "branch:жаңаауыл"), ("visits.total", 3100, "branch:көктерек")} <= got
    assert ("users.registered", 810, "branch:жаңаауыл") not in got and ("users.registered", 810, "branch:көктерек") not in got


def test_a_column_of_indicators_headed_by_a_library_word_stays_indicators():
    # the rows name indicators: the head says whose they are, the rows are no libraries
    rows = [["Библиотека", "2021", "2022"],
            ["Читатели", "1 200", "1 260"],
            ["Посещения", "9 800", "10 150"]]
    assert {(m, v) for m, v, c in _table_keys(rows) if c is None} >= {("users.registered", 1260), ("visits.total", 10150)}


def test_the_oblast_centre_named_like_the_oblast_library_keeps_its_own_figures():
    got = _report("Павлодар облыстық әмбебап ғылыми кітапханасы",
                  "Ең көп оқырман облыс орталығында: Павлодар қаласында – 48 300 оқырман.")
    assert got == {("users.registered", 48300, "branch:павлодар қаласы")}
    got = _report("Костанайская областная универсальная научная библиотека",
                  "Число пользователей в г. Костанай составило 52 100.")
    assert got == {("users.registered", 52100, "branch:г костанай")}
    # the town's own system still names its own place
    assert _report("Павлодар қалалық орталықтандырылған кітапханалар жүйесі",
                   "Павлодар қаласында оқырмандар саны 48 300 адамды құрады.") == {("users.registered", 48300, None)}


def test_the_librarians_among_the_staff_of_the_region_s_libraries():
    got = _report("Облыстық кітапхана", "Облыс кітапханаларында 980 қызметкер жұмыс істейді, оның ішінде 805 кітапханашы.")
    assert ("staff.headcount", 805, "librarians") in got
    got = _report("Областная библиотека", "В библиотеках области работают 980 сотрудников, из них библиотекарей – 805.")
    assert ("staff.headcount", 805, "librarians") in got
    # a part of a kind under one district's libraries is no part of the whole
    got = _report("Областная библиотека",
                  "В сельских библиотеках работают 310 сотрудников, из них библиотекарей – 270.")
    assert ("staff.headcount", 270, "librarians") not in got


def test_the_people_a_library_has_said_without_a_verb_are_its_staff():
    assert _report("ЦБС", "В ЦБС Таласского района 28 сотрудников, из них библиотекарей – 21.") >= {
        ("staff.headcount", 28, None), ("staff.headcount", 21, "librarians")}
    assert ("staff.headcount", 9, None) in _report("ИБЦ", "В ИБЦ – 9 работников.")
    # readers who are employees somewhere, or people who signed up, are no staff
    assert not {k for k in _report("ЦБС", "В библиотеке 40 сотрудников полиции получили читательские билеты.")
                if k[0] == "staff.headcount"}
    assert not {k for k in _report("ЦБС", "В библиотеке записались 40 сотрудников.") if k[0] == "staff.headcount"}
