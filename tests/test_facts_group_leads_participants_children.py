"""A social group of the readers after a lead of composition with no colon
("Оқырмандар құрамы бойынша оқушылар – 4 120"); the total of a table of
the participants of events by social group; the events for children
counted after the participants ("…, участников 2 310 человек, в том числе
41 мероприятие для детей"); and the libraries of an oblast that serve
children, no count of the report's libraries."""

from __future__ import annotations

from conftest import prose_facts, table_facts


# -- a social group after "құрамы бойынша" / "по составу" ---------------------------------------------

def test_a_group_after_a_lead_of_composition_is_a_part_of_the_readers():
    got = prose_facts("2025", "Оқырмандар саны 12 480 адам.",
                      "Оқырмандар құрамы бойынша оқушылар – 4 120, студенттер – 610, зейнеткерлер – 1 350.")
    assert ("users.registered", 12480.0, "2025", None, None) in got
    assert not any(k[1] in (4120.0, 610.0, 1350.0) for k in got)


def test_the_pupils_of_schools_are_a_social_group_after_either_lead():
    for lead in ("Оқырмандар құрамы: ", "Оқырмандар құрамы бойынша "):
        got = prose_facts("2025", "Оқырмандар саны 9 870.", lead + "мектеп оқушылары – 3 900, зейнеткерлер – 860.")
        assert ("users.registered", 9870.0, "2025", None, None) in got
        assert not any(k[1] in (3900.0, 860.0) for k in got)


def test_a_russian_lead_of_composition_makes_the_group_a_part_too():
    got = prose_facts("2025", "По социальному составу читателей учащиеся – 5 230, пенсионеры – 1 880.")
    assert not any(k[1] in (5230.0, 1880.0) for k in got)


def test_a_whole_after_the_lead_is_no_social_group():
    got = prose_facts("2025", "Оқырмандар құрамы бойынша барлығы – 4 120.")
    assert ("users.registered", 4120.0, "2025", None, None) in got


# -- the total of a table of the participants by social group -----------------------------------------

_GROUPS = [["Учащиеся", "11 200"], ["Студенты", "1 940"], ["Пенсионеры", "3 600"], ["Итого", "16 740"]]


def test_the_total_of_participants_by_social_group_is_the_participants():
    got = table_facts("2025", ["Группа", "Кол-во"], *_GROUPS, caption="Участники мероприятий по социальному составу")
    assert got == {("events.participants", 16740.0, "2025", None, None)}


def test_the_kazakh_caption_of_the_participants_by_social_group():
    got = table_facts("2025", ["Топ", "Саны"], ["Мектеп оқушылары", "9 400"], ["Студенттер", "2 150"],
                      ["Зейнеткерлер", "3 200"], ["Барлығы", "14 750"],
                      caption="Іс-шараларға қатысушылардың әлеуметтік құрамы")
    assert got == {("events.participants", 14750.0, "2025", None, None)}


def test_a_head_naming_the_participants_with_no_caption():
    got = table_facts("2025", ["Участники мероприятий", "Кол-во"], *_GROUPS)
    assert got == {("events.participants", 16740.0, "2025", None, None)}


def test_a_table_of_events_by_group_keeps_the_events_and_readers_keep_theirs():
    events = table_facts("2025", ["Группа", "Кол-во"], *_GROUPS, caption="Мероприятия для групп читателей")
    assert ("events.participants", 16740.0, "2025", None, None) not in events
    readers = table_facts("2025", ["Группа", "Кол-во"], *_GROUPS, caption="Читатели по социальному составу")
    assert readers == {("users.registered", 16740.0, "2025", None, None)}


def test_a_column_naming_the_events_keeps_them_under_a_caption_of_participants():
    got = table_facts("2025", ["Группа", "Кол-во мероприятий"], *_GROUPS,
                      caption="Участники мероприятий по социальному составу")
    assert ("events.participants", 16740.0, "2025", None, None) not in got


# -- the events for children after the participants -----------------------------------------------------

def test_events_for_children_after_the_participants_are_a_part_of_the_events():
    got = prose_facts("2025", "Проведено 96 мероприятий, участников 2 310 человек, в том числе 41 мероприятие для детей.")
    assert got == {("events.actual", 96.0, "2025", None, None), ("events.participants", 2310.0, "2025", None, None),
                   ("events.actual", 41.0, "2025", None, "children")}


def test_events_for_children_after_a_dash():
    got = prose_facts("2025", "Проведено 96 мероприятий, их посетили 2 310 человек, из них для детей – 41 мероприятие.")
    assert ("events.actual", 41.0, "2025", None, "children") in got


def test_events_for_adults_or_with_no_count_of_events_before_stay_unnamed():
    adults = prose_facts("2025", "Проведено 96 мероприятий, участников 2 310 человек, из них 41 мероприятие для взрослых.")
    assert not any(k[1] == 41.0 for k in adults)
    alone = prose_facts("2025", "Участников мероприятий 2 310 человек, в том числе 41 мероприятие для детей.")
    assert not any(k[1] == 41.0 for k in alone)


def test_children_among_the_participants_stay_participants():
    got = prose_facts("2025", "Проведено 96 мероприятий, участников 2 310 человек, в том числе 1 020 детей.")
    assert ("events.participants", 1020.0, "2025", None, "readers:children") in got


# -- libraries of the oblast that serve children --------------------------------------------------------

def test_libraries_of_the_oblast_serving_children_are_no_count_of_the_report():
    assert not any(k[0] == "libraries.count" for k in prose_facts(
        "2025", "Қызылорда облысында 214 кітапхана балаларға қызмет көрсетеді."))
    assert not any(k[0] == "libraries.count" for k in prose_facts(
        "2025", "В Жетысуской области 186 библиотек обслуживают детей."))


def test_the_systems_libraries_and_the_oblast_library_keep_the_count():
    assert ("libraries.count", 28.0, "2025", None, None) in prose_facts(
        "2025", "Жүйеде 28 кітапхана балаларға қызмет көрсетеді.")
    assert ("libraries.count", 28.0, "2025", None, None) in prose_facts(
        "2025", "Облыстық балалар кітапханасының деректері бойынша жүйеде 28 кітапхана балаларға қызмет көрсетеді.")
    assert ("libraries.count", 28.0, "2025", None, None) in prose_facts(
        "2025", "Жаңақорған аудандық ОКЖ құрамында 28 кітапхана жұмыс істейді.")
