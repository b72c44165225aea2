"""Facts in one more shape of prose reports: the groups of readers listed
after words that name the users as their whole ("Из числа пользователей
дети – 9 110, юношество – 3 480", "Среди читателей дети – …"), told right
after a figure of another indicator.  The rule is stated in made-up
sentences of the genre."""

from __future__ import annotations

from conftest import prose_facts


def test_a_group_after_the_users_named_as_its_whole_is_a_group_of_readers():
    got = prose_facts("2024-H1", "Книговыдача увеличилась на 4 220 экз. и составила 219 884 экз. Из числа "
                                 "пользователей дети – 9 110, юношество – 3 480.")
    assert got == {("loans.total", 219884, "2024-H1", None, None), ("users.children", 9110, "2024-H1", None, None),
                   ("users.youth", 3480, "2024-H1", None, None)}
    aged = prose_facts("2023", "Посещения составили 98 500. Из общего числа читателей дети до 14 лет – 9 110.")
    assert aged == {("visits.total", 98500, "2023", None, None), ("users.children", 9110, "2023", None, None)}
    among = prose_facts("2023", "Проведено 318 мероприятий. Среди пользователей дети – 4 020.")
    assert ("users.children", 4020, "2023", None, None) in among
    assert not any(k[0] == "events.actual" and k[1] == 4020 for k in among)


def test_the_users_named_without_a_group_or_a_group_of_another_figure_keep_their_reading():
    # a part of the loans told as the loans' own ("в том числе детям") stays the loans of that group
    kids = prose_facts("2024", "Книговыдача составила 219 884 экз., в том числе дети – 9 110.")
    assert ("loans.total", 9110, "2024", None, "readers:children") in kids
    # the users named, then a figure and no group: no count of children
    assert not any(k[0] == "users.children" for k in prose_facts(
        "2024", "Из числа пользователей 1 200 посетили мероприятия."))
    # the group joined to the users' noun, the figure told of other people: no count of child readers
    assert not any(k[0] == "users.children" for k in prose_facts(
        "2024", "Из числа читателей-детей 3 100 – учащиеся школ."))
