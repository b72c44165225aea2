"""Two shapes of the genre: the libraries of a system counted by kind in one
phrase whose noun comes after the last kind only ("3 қалалық және 14 ауылдық
кітапхана"; branches of two kinds stay counts of branches), and services
rendered to a group of readers named in the dative ("Удаленным
пользователям оказано 3 100 услуг"), which count services, not readers.  Each is stated in made-up sentences."""

from __future__ import annotations

from conftest import prose_facts


def test_two_kinds_counted_before_one_noun_are_two_groups_of_the_libraries():
    kk = prose_facts("2023", "Жүйеде 18 кітапхана бар: орталық кітапхана, 3 қалалық және 14 ауылдық кітапхана.")
    assert ("libraries.count", 18, "2023", None, None) in kk
    assert ("libraries.count", 3, "2023", None, "branch:қалалық кітапханалар") in kk
    assert ("libraries.count", 14, "2023", None, "branch:ауылдық кітапханалар") in kk
    ru = prose_facts("2023", "В районе 15 библиотек: 4 городские и 11 сельских библиотек.")
    assert ("libraries.count", 4, "2023", None, "branch:городские библиотеки") in ru
    assert ("libraries.count", 11, "2023", None, "branch:сельские библиотеки") in ru


def test_two_kinds_of_branches_sharing_one_noun_stay_counts_of_branches():
    # branches are counted as branches (unit ``branches``, no metric), of one kind or of two
    got = prose_facts("2023", "Население района обслуживают 16 библиотек ЦБС: центральная библиотека, "
                              "5 городских и 10 сельских филиалов. К Интернету подключены 14 библиотек.")
    assert ("libraries.count", 16, "2023", None, None) in got
    assert ("libraries.internet", 14, "2023", None, None) in got
    assert not any(k[1] in (5, 10) for k in got)
    two = prose_facts("2023", "В системе 23 библиотеки, из них 17 сельских и 5 городских библиотек-филиалов.")
    assert not any(k[1] in (5, 17) for k in two)


def test_branches_of_one_kind_alone_stay_a_count_of_branches():
    assert not any(k[1] == 11 for k in prose_facts("2023", "ЦБС объединяет центральную библиотеку и 11 филиалов."))
    one = prose_facts("2023", "В районе 12 библиотек: центральная библиотека и 11 сельских библиотек-филиалов.")
    assert ("libraries.count", 12, "2023", None, None) in one
    assert not any(k[1] == 11 for k in one)


def test_services_rendered_to_readers_in_the_dative_are_no_readers():
    for s in ("Удаленным пользователям оказано 3 100 услуг.", "Удалённым пользователям дано 270 консультаций.",
              "Қашықтағы пайдаланушыларға 1 950 қызмет көрсетілді."):
        assert not any(k[1] in (3100, 270, 1950) for k in prose_facts("2023", s)), s
    # the readers themselves, counted in the same sentence, are still read
    got = prose_facts("2023", "Число удаленных пользователей – 860, им оказано 3 100 услуг.")
    assert ("users.remote", 860, "2023", None, None) in got
    assert not any(k[1] == 3100 for k in got)
    assert ("users.registered", 4200, "2023", None, None) in prose_facts(
        "2023", "Услугами библиотеки воспользовались 4 200 человек.")
