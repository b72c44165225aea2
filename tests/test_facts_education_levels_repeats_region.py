"""The libraries of the oblast counted with the oblast unnamed ("В области
312 библиотек", "Облыста 312 кітапхана бар") in a district's or a city's
report are the region's, not the system's; and a reading or attendance
ratio restated in prose as a whole number beside the ratio the report
states to a decimal is the same figure, not a second one."""

from __future__ import annotations

from conftest import prose_doc, prose_facts

DISTRICT_RU = "Отчёт о работе Централизованной библиотечной системы Жаркаинского района за 2024 год."
DISTRICT_KK = "Ұлытау ауданының орталықтандырылған кітапхана жүйесінің 2024 жылғы жұмыс туралы есебі."


def _of(organization: str, *paragraphs: str) -> set:
    """The named facts of a 2024 report of ``organization`` made of these paragraphs."""
    from esep.plugins.facts import plugin as facts
    from esep.registry import Config

    d = prose_doc("2024", *paragraphs)
    d.metadata["organization"] = organization
    return {facts.fact_key(r.values) for r in facts.extract(d, Config()) if r.table == "facts" and r.values["metric"]}


# -- the oblast unnamed -----------------------------------------------------------------------------

def test_the_libraries_of_the_unnamed_oblast_are_the_regions():
    got = _of("ЦБС Жаркаинского района", DISTRICT_RU, "В систему входят 18 библиотек. В области 312 библиотек.")
    assert ("libraries.count", 18.0, "2024", None, None) in got
    assert ("libraries.count", 312.0, "2024", None, "branch:библиотеки области") in got
    assert ("libraries.count", 312.0, "2024", None, None) not in got


def test_a_verb_of_being_may_stand_between_the_oblast_and_its_figure():
    got = _of("ЦБС города Степногорска", "В области действуют 312 библиотек, в городе – 9.")
    assert ("libraries.count", 312.0, "2024", None, "branch:библиотеки области") in got


def test_the_kazakh_locative_of_the_oblast_is_the_region():
    got = _of("Ұлытау ауданының ОКЖ", DISTRICT_KK, "Жүйеде 14 кітапхана жұмыс істейді. Облыста 312 кітапхана бар.")
    assert ("libraries.count", 14.0, "2024", None, None) in got
    assert ("libraries.count", 312.0, "2024", None, "branch:облыс кітапханалары") in got


def test_a_field_of_work_named_in_the_oblast_words_is_no_region():
    got = _of("ЦБС Жаркаинского района", DISTRICT_RU, "В области краеведения проведено 46 мероприятий.")
    assert not any(k[4] for k in got if k[1] == 46.0)
    got = _of("Ұлытау ауданының ОКЖ", DISTRICT_KK, "Облыстағы кітапханалармен бірге 12 іс-шара өткізілді.")
    assert not any(k[4] for k in got if k[1] == 12.0)


def test_the_oblast_unnamed_in_the_report_of_the_oblast_or_of_no_named_body_is_its_own():
    got = _of("Костанайская областная универсальная научная библиотека", "В области 312 библиотек.")
    assert ("libraries.count", 312.0, "2024", None, None) in got
    got = prose_facts("2024", "На 01.01.2025 в области 312 библиотек.")
    assert not any(k[4] for k in got if k[1] == 312.0)


# -- a ratio repeated rounded -----------------------------------------------------------------------

def test_a_ratio_repeated_rounded_in_prose_is_one_figure():
    got = prose_facts("2024", DISTRICT_RU, "Читаемость – 19,1, посещаемость – 9,4.",
                      "В среднем 19 книг на читателя за год.")
    assert [k for k in got if k[0] == "ratio.reading"] == [("ratio.reading", 19.1, "2024", None, None)]
    got = prose_facts("2024", DISTRICT_KK, "Оқу қарқыны – 19,1.", "Әр оқырман жылына орта есеппен 19 кітап оқыды.")
    assert [k for k in got if k[0] == "ratio.reading"] == [("ratio.reading", 19.1, "2024", None, None)]


def test_a_whole_ratio_alone_or_far_from_the_stated_one_stays():
    got = prose_facts("2024", DISTRICT_RU, "В среднем 19 книг на читателя за год.")
    assert ("ratio.reading", 19.0, "2024", None, None) in got
    got = prose_facts("2024", DISTRICT_RU, "Читаемость – 21,4.", "В среднем 19 книг на читателя за год.")
    assert ("ratio.reading", 19.0, "2024", None, None) in got
    assert ("ratio.reading", 21.4, "2024", None, None) in got
