"""Groups of libraries counted beside another indicator, the kinds of the
libraries counted written alone after a colon, and librarians named as the
people at work.  Each rule is stated in sentences typed for this file."""

from __future__ import annotations

from conftest import prose_facts


def test_libraries_counted_beside_the_readers_are_groups_of_libraries_not_readers():
    got = prose_facts("2022", "Обслужено 5 480 пользователей в 3 городских и 9 сельских библиотеках.")
    assert got == {("users.registered", 5480.0, "2022", None, None),
                   ("libraries.count", 3.0, "2022", None, "branch:городские библиотеки"),
                   ("libraries.count", 9.0, "2022", None, "branch:сельские библиотеки")}
    one = prose_facts("2022", "Обслужено 2 900 читателей в 11 сельских библиотеках.")
    assert ("libraries.count", 11.0, "2022", None, "branch:сельские библиотеки") in one
    assert not any(k[0] == "users.registered" and k[1] == 11.0 for k in one)


def test_two_kinds_sharing_their_noun_are_two_groups_whatever_comes_before():
    got = prose_facts("2022", "В районе действуют 2 городские и 17 сельских библиотек.")
    assert got == {("libraries.count", 2.0, "2022", None, "branch:городские библиотеки"),
                   ("libraries.count", 17.0, "2022", None, "branch:сельские библиотеки")}
    kk = prose_facts("2022", "Жүйеде 2 қалалық және 16 ауылдық кітапхана жұмыс істейді.")
    assert kk == {("libraries.count", 2.0, "2022", None, "branch:қалалық кітапханалар"),
                  ("libraries.count", 16.0, "2022", None, "branch:ауылдық кітапханалар")}


def test_the_kinds_alone_after_the_libraries_counted_and_a_colon_count_those_groups():
    got = prose_facts("2022", "Сеть ЦБС – 19 библиотек: 4 городских и 15 сельских.")
    assert got == {("libraries.count", 19.0, "2022", None, None),
                   ("libraries.count", 4.0, "2022", None, "branch:городские библиотеки"),
                   ("libraries.count", 15.0, "2022", None, "branch:сельские библиотеки")}
    # the kinds after another indicator's figure stay no count of libraries
    readers = prose_facts("2022", "19 библиотек обслужили 8 200 читателей: 3 100 городских и 5 100 сельских.")
    assert not any(k[0] == "libraries.count" and k[1] in (3100.0, 5100.0) for k in readers)


def test_librarians_at_work_are_the_staff_and_beside_another_post_a_part_of_it():
    assert prose_facts("2022", "Обслуживание пользователей ведут 4 библиотекаря.") == {
        ("staff.headcount", 4.0, "2022", None, None)}
    assert prose_facts("2022", "В библиотечном пункте ведут обслуживание 2 библиотекаря.") == {
        ("staff.headcount", 2.0, "2022", None, None)}
    assert prose_facts("2022", "Библиотеку обслуживают 3 библиотекаря и водитель.") == {
        ("staff.headcount", 3.0, "2022", None, "librarians")}
    assert prose_facts("2022", "Кітапханада 3 кітапханашы мен 1 күзетші жұмыс істейді.") == {
        ("staff.headcount", 3.0, "2022", None, "librarians")}
    # librarians who did something else than work there are no count of the staff
    assert prose_facts("2022", "Курсы повышения квалификации прошли 3 библиотекаря.") == set()


def test_the_running_costs_of_a_bookmobile_are_no_budget_of_the_library():
    got = prose_facts("2022", "Расходы на содержание библиобуса (ГСМ, техосмотр) составили 1 940,2 тыс. тенге.")
    assert not any(k[0] == "finance.budget" for k in got)
    assert not any(k[0] == "finance.budget" for k in prose_facts(
        "2022", "Жылжымалы кітапхананың жанар-жағармайына 1 120,0 мың теңге жұмсалды."))
    # the library's own spending stays its budget
    assert ("finance.budget", 18400.5, "2022", None, None) in prose_facts(
        "2022", "Расходы библиотеки составили 18 400,5 тыс. тенге.")
