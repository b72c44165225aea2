"""A figure an indicator reached after a change told in the same sentence
("Оқырмандар саны 215-ке өсті, 9 870-ге жетті", "выросло на 184 человека,
составив 7 412 человек"): the level reached is the indicator's, the change
is no figure of it; and the total of a table of the readers by social group
("Мектеп оқушылары | Студенттер | Зейнеткерлер | Басқалар | Барлығы") under
a head or caption naming the readers."""

from __future__ import annotations

from conftest import prose_facts, table_facts


# -- a level reached after a change ---------------------------------------------------------------

def test_the_level_reached_after_a_finite_verb_of_change_is_the_indicator():
    got = prose_facts("2024", "Оқырмандар саны 2023 жылдан 215-ке өсті, 9 870-ге жетті.")
    assert got == {("users.registered", 9870.0, "2024", None, None)}


def test_the_level_reached_may_carry_its_unit_and_its_time():
    got = prose_facts("2024", "Оқырмандар саны 2023 жылмен салыстырғанда 215 адамға өсті, биыл 9 870 адамға жетті.")
    assert got == {("users.registered", 9870.0, "2024", None, None)}
    got = prose_facts("2024", "Келушілер саны 1 020-ға көбейді, 96 450-ні құрады.")
    assert got == {("visits.total", 96450.0, "2024", None, None)}
    got = prose_facts("2024", "Кітап қоры 1 200 данаға азайды, 52 300 дана құрады.")
    assert ("fund.end", 1200.0, "2024", None, None) not in got


def test_a_clause_with_a_subject_of_its_own_after_the_change_keeps_it():
    got = prose_facts("2024", "Оқырмандар саны 215-ке өсті, кітап беру 412 300 данаға жетті.")
    assert got == {("loans.total", 412300.0, "2024", None, None)}


def test_a_russian_gerund_of_the_amount_after_the_change_names_the_level():
    got = prose_facts("2023", "В течение года число пользователей выросло на 184 человека, составив 7 412 человек.")
    assert got == {("users.registered", 7412.0, "2023", None, None)}


def test_the_change_alone_is_no_figure_of_the_indicator():
    assert prose_facts("2024", "Оқырмандар саны 2023 жылдан 215-ке өсті.") == set()
    assert prose_facts("2023", "Число пользователей выросло на 184 человека.") == set()


# -- the total of the readers by social group -----------------------------------------------------

_KK_GROUPS = [["Мектеп оқушылары", "1 702"], ["Студенттер", "296"], ["Жұмыс істейтін жастар", "575"],
              ["Зейнеткерлер", "861"], ["Басқалар", "776"], ["Барлығы", "4 210"]]
_RU_GROUPS = [["Учащиеся", "1 980"], ["Студенты", "412"], ["Пенсионеры", "1 036"], ["Прочие", "1 894"],
              ["Всего", "5 322"]]


def test_the_total_of_the_groups_under_a_caption_of_the_readers_is_the_readers():
    got = table_facts("2024", ["Категория", "Количество"], *_RU_GROUPS, caption="Читатели по социальному составу")
    assert got == {("users.registered", 5322.0, "2024", None, None)}
    got = table_facts("2024", ["Әлеуметтік топ", "Саны"], *_KK_GROUPS, caption="Оқырмандар құрамы")
    assert got == {("users.registered", 4210.0, "2024", None, None)}


def test_a_caption_naming_the_readers_in_the_genitive_names_them_too():
    got = table_facts("2024", ["Топтар", "2024 жыл"], *_KK_GROUPS, caption="Оқырмандардың әлеуметтік құрамы")
    assert got == {("users.registered", 4210.0, "2024", None, None)}


def test_the_groups_of_visits_or_of_participants_keep_their_own_metric():
    got = table_facts("2024", ["Группа", "Посещений"], *_RU_GROUPS, caption="Читатели по социальному составу")
    assert ("users.registered", 5322.0, "2024", None, None) not in got
    assert ("visits.total", 5322.0, "2024", None, None) in got
    got = table_facts("2024", ["Әлеуметтік топ", "Саны"], *_KK_GROUPS,
                      caption="Іс-шараларға қатысушылар (әлеуметтік топтар бойынша)")
    assert ("users.registered", 4210.0, "2024", None, None) not in got


def test_groups_under_no_head_naming_the_readers_give_no_readers():
    got = table_facts("2024", ["Категория", "Количество"], *_RU_GROUPS)
    assert ("users.registered", 5322.0, "2024", None, None) not in got
