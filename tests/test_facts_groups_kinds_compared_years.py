"""Parts and compared years as Russian district reports write them: the
readers or loans split between the rural and the town libraries by the
kind's adjective alone, a second group after the first's figure, a kind of
literature under loans counted in books, and last year's figure in a clause
of its own after the report's. Each sentence is typed as such reports write
them, with what it should give written before esep read it; at first each
gave none, or the wrong period."""

from __future__ import annotations

from conftest import prose_facts

RURAL = "branch:сельские библиотеки"
URBAN = "branch:городские библиотеки"


def _keys(period: str, *paragraphs: str) -> set[tuple]:
    return {(k[0], k[1], k[2], k[4]) for k in prose_facts(period, *paragraphs)}


def test_the_kind_alone_splits_readers_and_loans_between_the_groups_of_libraries():
    assert _keys("2022", "Читателей – 7 350, из них сельских – 3 980.") == {
        ("users.registered", 7350, "2022", None), ("users.registered", 3980, "2022", RURAL)}
    assert _keys("2022", "Книговыдача – 88 400 экз., в том числе городских – 31 200, сельских – 57 200.") == {
        ("loans.total", 88400, "2022", None), ("loans.total", 31200, "2022", URBAN),
        ("loans.total", 57200, "2022", RURAL)}


def test_the_second_group_after_the_first_groups_figure_is_counted_too():
    assert _keys("2022", "Сеть района – 17 библиотек, в т.ч. городских – 3, сельских – 14.") == {
        ("libraries.count", 17, "2022", None), ("libraries.count", 3, "2022", URBAN),
        ("libraries.count", 14, "2022", RURAL)}


def test_a_kind_of_literature_under_loans_counted_in_books_is_their_part():
    got = _keys("2022", "Выдано 130 500 экз. книг. Из них художественной литературы – 61 700 экз.")
    assert ("loans.total", 61700, "2022", "fiction") in got
    assert {k for k in got if k[1] == 130500} and all(k[3] != "fiction" for k in got if k[1] == 130500)


def test_the_figure_before_an_earlier_years_clause_is_the_reports_own():
    assert _keys("2023", "Поступило 3 210 экз., в 2022 г. – 4 005 экз.") == {
        ("fund.received", 3210, "2023", None), ("fund.received", 4005, "2022", None)}
    assert _keys("2023", "Зарегистрировано 5 120 читателей, в 2022 году – 4 980.") == {
        ("users.registered", 5120, "2023", None), ("users.registered", 4980, "2022", None)}
    # a later year is a plan, not a figure listed beside the report's
    assert _keys("2023", "Поступило 3 210 экз., в 2024 году – 3 500 экз.") == {("fund.received", 3210, "2023", None)}


def test_readers_told_in_the_past_tense_of_being():
    assert _keys("2022", "За год читателями библиотеки являлись 940 человек.") == {
        ("users.registered", 940, "2022", None)}


def test_electronic_books_lent_through_a_service_are_loans_of_electronic_documents():
    assert _keys("2022", "Через сервис электронной библиотеки выдано 815 электронных книг.") == {
        ("loans.total", 815, "2022", "electronic")}


def test_the_value_a_listed_change_started_from_is_the_year_befores():
    got = _keys("2022", "По сравнению с прошлым годом число читателей выросло с 450 до 730 человек, посещений – "
                        "с 3 100 до 5 840.")
    assert got == {("users.registered", 730, "2022", None), ("visits.total", 5840, "2022", None),
                   ("users.registered", 450, "2021", None), ("visits.total", 3100, "2021", None)}


def test_the_visitors_of_one_programmes_events_are_not_the_years():
    got = _keys("2022", "По программе «Читаем вместе» проведено 18 мероприятий, их посетили 260 человек. "
                        "Всего проведено 410 мероприятий, их посетили 9 870 человек.")
    assert got == {("events.actual", 410, "2022", None), ("events.participants", 9870, "2022", None)}
