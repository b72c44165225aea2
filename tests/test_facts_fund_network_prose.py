"""Prose about the fund and the network: copies the fund was filled with,
named in the instrumental before the verb, are the copies received, not the
fund's size; copies taken out of the fund are withdrawn, while a book that
came out in a print run is no figure of the fund.  Stated in made-up lines
of the genre.  A figure counted out of a group of libraries named whole
after "из" ("Из 26 сельских библиотек …") keeps the group's kind whichever
side of its verb it stands, and a figure of how many of them did something
is no count of the events or readers after it."""

from __future__ import annotations

from conftest import prose_facts


def test_copies_the_fund_was_filled_with_are_received():
    assert prose_facts("2024", "Кітапхана қоры 1 200 дана әдебиетпен толықтырылды.") == {
        ("fund.received", 1200, "2024", None, None)}
    assert prose_facts("2024", "Кітапхана қоры жыл ішінде 860 дана жаңа кітаппен толықтырылды.") == {
        ("fund.received", 860, "2024", None, None)}
    assert prose_facts("2024", "Фонд пополнился 1 200 экз.") == {("fund.received", 1200, "2024", None, None)}


def test_the_fund_s_size_stays_its_size():
    # the size, then after a comma what filled it: two figures, each its own
    assert prose_facts("2024", "Кітапхана қоры 45 200 дана, жыл ішінде 1 200 дана әдебиетпен толықтырылды.") == {
        ("fund.end", 45200, "2024", None, None), ("fund.received", 1200, "2024", None, None)}
    assert prose_facts("2024", "Кітапхана қоры 45 200 дана.") == {("fund.end", 45200, "2024", None, None)}


def test_copies_taken_out_of_the_fund_are_withdrawn():
    for line in ("Есепті жылы 215 дана әдебиет қордан шығарылды.",
                 "Есепті жылы 215 дана ескірген әдебиет қордан шықты (есептен шығарылды)."):
        assert prose_facts("2024", line) == {("fund.withdrawn", 215, "2024", None, None)}, line


def test_a_book_out_in_a_print_run_is_no_figure_of_the_fund():
    assert prose_facts("2024", "Жергілікті ақынның кітабы 150 дана таралыммен шықты.") == set()


_TITLE = "Отчёт о работе централизованной библиотечной системы за 2024 год"
_RURAL = "branch:сельские библиотеки"


def test_libraries_counted_out_of_a_group_keep_its_kind_in_either_order():
    for line in ("Из 26 сельских библиотек к Интернету подключены 20.",
                 "Из 26 сельских библиотек 20 подключены к Интернету."):
        assert prose_facts("2024", _TITLE, line) == {("libraries.count", 26, "2024", None, _RURAL),
                                                     ("libraries.internet", 20, "2024", None, _RURAL)}, line
    # no group named: no kind given
    assert prose_facts("2024", _TITLE, "Из 30 библиотек к Интернету подключены 24.") == {
        ("libraries.count", 30, "2024", None, None), ("libraries.internet", 24, "2024", None, None)}


def test_a_sentence_ending_in_its_figure_is_no_title():
    # the first line of a report that states two figures, the last one before the full stop, is the body's
    assert prose_facts("2024", "Из 26 сельских библиотек к Интернету подключены 20.") == {
        ("libraries.count", 26, "2024", None, _RURAL), ("libraries.internet", 20, "2024", None, _RURAL)}


def test_how_many_of_the_group_did_it_is_no_count_of_events_or_readers():
    assert prose_facts("2024", _TITLE, "Из 26 сельских библиотек в 20 проведено 140 мероприятий.") == {
        ("libraries.count", 26, "2024", None, _RURAL), ("events.actual", 140, "2024", None, _RURAL)}
    assert prose_facts("2024", _TITLE, "Из 26 сельских библиотек 18 обслужили 2 300 читателей.") == {
        ("libraries.count", 26, "2024", None, _RURAL), ("users.registered", 2300, "2024", None, _RURAL)}


def test_a_part_of_events_counted_out_of_events_is_still_no_figure():
    # the whole named after "из" is events, not libraries: the part is left as it was
    assert prose_facts("2024", _TITLE, "Из 874 мероприятий 312 проведены в онлайн-формате.") == {
        ("events.actual", 874, "2024", None, None)}
