"""The staff a Kazakh report counts without a verb: the system or the library
in the locative, the count and "қызметкер" (a count takes the singular)."""

from __future__ import annotations

from test_facts_oblast_summaries import _report


def test_the_people_a_system_has_said_without_a_verb_are_its_staff():
    got = _report("ОКЖ", "Жүйеде 63 қызметкер, оның ішінде жоғары білімді – 40.")
    assert {("staff.headcount", 63, None), ("staff.higher_education", 40, None)} <= got
    assert ("staff.headcount", 5, None) in _report("Ауылдық кітапхана", "Кітапханада 5 маман бар.")
    # employees who came to a seminar, or events held in the system, are no staff
    assert not {k for k in _report("ОКЖ", "Семинарға 14 қызметкер қатысты.") if k[0] == "staff.headcount"}
    assert not {k for k in _report("ОКЖ", "Жүйеде 12 іс-шара өтті.") if k[0] == "staff.headcount"}
