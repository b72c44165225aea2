"""Facts in two more shapes of district reports: a Kazakh figure in the
dative before the converb of reaching ("…-ге жетіп,") that a verb of change
later in the sentence does not govern, and the loans or visits of a group of
readers named in the dative before the figure ("книговыдача детям",
"документовыдача удалённым пользователям").  Each rule is stated in made-up
sentences of the genre."""

from __future__ import annotations

from conftest import prose_facts


def test_a_value_reached_before_a_change_in_the_same_sentence_is_the_periods():
    got = prose_facts("2025-H1", "Есепті кезеңде оқырмандар саны 12 450-ге жетіп, өткен жылмен салыстырғанда "
                                 "230-ға артты.")
    assert got == {("users.registered", 12450, "2025-H1", None, None)}
    loans = prose_facts("2024", "Кітап беру 236 900 данаға жеткен, былтырғыдан 1 400 данаға өсті.")
    assert loans == {("loans.total", 236900, "2024", None, None)}
    # the difference alone, or before a converb of change, stays no value
    assert not prose_facts("2024", "Оқырмандар саны 230-ға артты.")
    assert not any(k[1] == 230 for k in prose_facts("2024", "Оқырмандар саны 230-ға артып, 12 450-ге жетті."))


def test_loans_and_visits_of_a_group_served_take_its_category():
    remote = prose_facts("2024", "Документовыдача удалённым пользователям составила 3 410 документов.")
    assert remote == {("loans.total", 3410, "2024", None, "readers:remote")}
    kids = prose_facts("2024", "Книговыдача детям составила 48 200 экз.")
    assert kids == {("loans.total", 48200, "2024", None, "readers:children")}
    youth = prose_facts("2024", "Посещения молодёжи составили 21 300.")
    assert youth == {("visits.total", 21300, "2024", None, "readers:youth")}
    # a children's library is a place, not a group of readers: the loans stay the whole's
    place = prose_facts("2024", "Книговыдача в детской библиотеке составила 39 870 экз.")
    assert place == {("loans.total", 39870, "2024", None, None)}
    # the whole before the group's share keeps no category
    both = prose_facts("2024", "Книговыдача составила 208 830 экз., в т.ч. детям – 48 200 экз.")
    assert ("loans.total", 208830, "2024", None, None) in both
    assert ("loans.total", 48200, "2024", None, "readers:children") in both
