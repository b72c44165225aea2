"""Kazakh prose of the network and hurried lists.  A group of libraries
counted whole in the genitive, the part of it counted out in the possessive
("26 ауылдық кітапхананың 20-сы Интернетке қосылған"), is the Kazakh form
of "Из 26 сельских библиотек 20 подключены к Интернету": the whole counts
the group's libraries, the part keeps the group's kind, and a figure of how
many of them did something is no count of the readers after it.  Lists typed
in a hurry leave the dash out between a label and its figure ("қызметкерлер
34", "оқырмандар 5 120"): read as if it were there, while a year near the
report's after a label ("оқырмандар 2024") is the year the label is of.
Stated in made-up lines of the genre."""

from __future__ import annotations

from conftest import prose_facts

_TITLE = "Аудандық орталықтандырылған кітапхана жүйесінің 2024 жылғы есебі"
_RURAL = "branch:ауылдық кітапханалар"


def test_a_part_counted_out_of_a_group_in_the_genitive_keeps_its_kind():
    for line in ("26 ауылдық кітапхананың 20-сы Интернетке қосылған.",
                 "Жүйедегі 26 ауылдық кітапхананың 20-сы Интернетке қосылды."):
        assert prose_facts("2024", _TITLE, line) == {("libraries.count", 26, "2024", None, _RURAL),
                                                     ("libraries.internet", 20, "2024", None, _RURAL)}, line


def test_how_many_of_the_group_served_readers_is_no_count_of_readers():
    assert prose_facts("2024", _TITLE, "26 ауылдық кітапхананың 18-і 2 300 оқырманға қызмет көрсетті.") == {
        ("libraries.count", 26, "2024", None, _RURAL), ("users.registered", 2300, "2024", None, _RURAL)}


def test_no_kind_named_gives_no_group_and_one_library_s_figures_stay_its_own():
    assert prose_facts("2024", _TITLE, "30 кітапхананың 24-і Интернетке қосылған.") == {
        ("libraries.count", 30, "2024", None, None), ("libraries.internet", 24, "2024", None, None)}
    # a figure after one library's genitive, no part in the possessive, is no count of libraries
    assert not any(k[0] == "libraries.count" for k in prose_facts(
        "2024", _TITLE, "Жаңатұрмыс ауылдық кітапханасының 1 240 оқырманы бар, 26 ауылдық кітапхананың жұмысы талданды."))


def test_a_label_and_its_figure_with_the_dash_left_out():
    want = {("staff.headcount", 34, "2024", None, None), ("users.registered", 5120, "2024", None, None),
            ("visits.total", 48300, "2024", None, None), ("loans.total", 96400, "2024", None, None)}
    assert prose_facts("2024", _TITLE, "қызметкерлер 34", "оқырмандар 5 120", "келушілер 48 300",
                       "кітап беру 96 400") == want
    assert prose_facts("2024", _TITLE, "қызметкерлер 34, оқырмандар 5 120, келушілер 48 300, кітап беру 96 400") == want
    assert prose_facts("2024", _TITLE, "қызметкерлер 34; оқырмандар 5 120; келушілер 48 300; кітап беру 96 400") == want
    assert prose_facts("2024", _TITLE, "Сотрудники 34 чел.") == {("staff.headcount", 34, "2024", None, None)}


def test_the_staff_word_before_a_figure_of_something_else_names_no_staff():
    # the figure counts what follows it, or is a year: the staff do something, they are not counted
    for line in ("қызметкерлер 3 семинарға қатысты.", "сотрудники 2 раза в год прошли курсы повышения квалификации.",
                 "1. қызметкерлер 34 семинарға қатысты."):
        assert not any(k[0].startswith("staff.") for k in prose_facts("2024", _TITLE, line)), line


def test_a_year_after_a_label_or_a_list_number_is_no_figure():
    assert prose_facts("2024", _TITLE, "оқырмандар 2024") == set()
    assert prose_facts("2024", _TITLE, "Оқырмандар 2023.") == set()
    # the number of a list item before the label is no figure either
    assert prose_facts("2024", _TITLE, "1. оқырмандар 5 120") == {("users.registered", 5120, "2024", None, None)}
    # a figure far from the report's year, or one after a dash, stays the indicator's
    assert prose_facts("2024", _TITLE, "Тіркелген оқырмандар 1987.") == {("users.registered", 1987, "2024", None, None)}
    assert prose_facts("2024", _TITLE, "оқырмандар – 2024") == {("users.registered", 2024, "2024", None, None)}
