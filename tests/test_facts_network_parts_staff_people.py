"""The parts of a library network listed with their numbers ("1 центральная
библиотека, 1 детская и 21 сельская библиотека"), the staff named with the
library they work in ("Работники библиотеки – 38 человек", "Кітапхана
қызметкерлері 32 адам"), the workers of culture of a whole district, one
evening's audience, and computers bought in the year."""

from __future__ import annotations

from conftest import prose_doc
from esep.plugins.facts import plugin as facts
from esep.registry import Config


def records(period: str, *paragraphs: str) -> list[tuple]:
    """(metric, value, period, category, evidence) of every named fact read from these paragraphs."""
    d = prose_doc(period, *paragraphs)
    return [(r.values["metric"], r.values["value"], r.values["period"], r.values.get("category"), r.evidence)
            for r in facts.extract(d, Config()) if r.table == "facts" and r.values["metric"]]


def of(got: list[tuple], metric: str) -> list[tuple]:
    return [(value, category) for m, value, _, category, _ in got if m == metric]


# -- the parts of the network ----------------------------------------------------------------------

def test_the_one_central_library_listed_among_the_network_is_no_count_of_libraries():
    text = "В систему входят 1 центральная библиотека, 1 детская и 21 сельская библиотека."
    got = records("2025", text)
    assert of(got, "libraries.count") == [(21.0, "branch:сельские библиотеки")]
    assert [(m, p, e) for m, _, p, _, e in got] == [("libraries.count", "2025", text)]


def test_the_kazakh_central_and_childrens_libraries_are_members_the_rural_ones_a_part():
    got = records("2025", "ЖКЖ құрамында 1 орталық кітапхана, 1 балалар кітапханасы және 18 ауылдық кітапхана бар.")
    assert of(got, "libraries.count") == [(18.0, "branch:ауылдық кітапханалар")]
    got = records("2025", "Жүйеге 1 орталық аудандық кітапхана, 1 аудандық балалар кітапханасы және 25 ауылдық "
                          "кітапхана кіреді.")
    assert of(got, "libraries.count") == [(25.0, "branch:ауылдық кітапханалар")]


def test_a_network_counted_as_a_whole_keeps_its_count():
    got = records("2025", "В систему входят 23 библиотеки: центральная, детская и 21 сельская.")
    assert (23.0, None) in of(got, "libraries.count")


def test_a_branch_number_and_one_computer_count_no_libraries():
    got = records("2025", "Библиотека-филиал № 1 переехала в новое здание. В библиотеке 1 компьютер.")
    assert of(got, "libraries.count") == []


# -- the staff in people ----------------------------------------------------------------------------

def test_the_staff_named_with_the_library_are_its_headcount():
    for text, value in (("Работники библиотеки – 38 человек.", 38.0),
                        ("Кітапхана қызметкерлері 32 адам.", 32.0),
                        ("Кітапхана қызметкерлері – 46 адам.", 46.0),
                        ("Сотрудников ЦБС – 41 человек.", 41.0)):
        got = records("2025", text)
        assert got == [("staff.headcount", value, "2025", None, text)], text


def test_the_workers_of_culture_of_a_district_are_not_the_librarys_staff():
    for text in ("Всего работники культуры района – 120 человек.", "Ауданның мәдениет қызметкерлері – 150 адам."):
        assert of(records("2025", text), "staff.headcount") == [], text


def test_the_library_staff_heading_needs_its_figure_to_end_the_item():
    got = records("2025", "Кітапхана қызметкерлері 32 іс-шара өткізді.")
    assert of(got, "staff.headcount") == []


# -- mass work and one evening ------------------------------------------------------------------------

def test_mass_work_counts_the_years_events_and_one_evening_is_not_its_audience():
    text = "Массовая работа: проведено 145 мероприятий. На вечере памяти «Помним и гордимся» присутствовали 60 человек."
    got = records("2025", text)
    assert of(got, "events.actual") == [(145.0, None)]
    assert of(got, "events.participants") == []


def test_the_people_at_the_years_events_stay_counted():
    got = records("2025", "Проведено 145 мероприятий, на которых присутствовали 3 260 человек.")
    assert (3260.0, None) in of(got, "events.participants")


# -- computers bought ------------------------------------------------------------------------------------

def test_a_computer_bought_in_the_year_is_no_count_of_computers():
    assert of(records("2025", "Кітапханаға 1 компьютер сатып алынды."), "equipment.computers") == []
    assert of(records("2025", "В 2025 году 3 новых компьютера закуплены для сельских библиотек."),
              "equipment.computers") == []


def test_the_computers_the_library_has_stay_counted():
    assert (12.0, None) in of(records("2025", "В библиотеках системы 12 компьютеров."), "equipment.computers")
