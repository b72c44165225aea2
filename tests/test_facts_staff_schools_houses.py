"""Staff dated by the caption of their table, the main staff beside the staff by education in a form's
table, a department named for the service out of the library's walls, the pupils of a school as the
population its library serves, and the staff of a house of culture as a whole.  Each case was typed in
its own words, with what it should give written before esep read it."""

from __future__ import annotations

from conftest import prose_facts, table_facts
from esep.model import Block, Document
from esep.plugins.facts import plugin as facts
from esep.registry import Config


def test_a_captions_date_dates_the_stocks_its_rows_name():
    got = table_facts("2023", ["Штатных единиц", "24,5"], ["Работников всего", "26"],
                      ["из них с высшим образованием", "11"], caption="Кадровый состав на 01.01.2024 г.:")
    assert ("staff.units", 24.5, "2024-01-01", None, None) in got
    assert ("staff.headcount", 26.0, "2024-01-01", None, None) in got
    assert ("staff.higher_education", 11.0, "2024-01-01", None, None) in got


def test_the_main_staff_beside_the_staff_by_education_keeps_the_rows_headcount():
    got = table_facts("2022",
                      ["Наименование показателя", "№ строки", "Всего", "из них основной персонал",
                       "имеют высшее образование", "имеют библиотечное образование"],
                      ["1", "2", "3", "4", "5", "6"],
                      ["Численность работников на конец года", "01", "37", "30", "19", "22"])
    assert ("staff.headcount", 37.0, "2022", None, None) in got
    assert ("staff.headcount", 30.0, "2022", None, "librarians") in got
    assert ("staff.higher_education", 19.0, "2022", None, None) in got
    assert ("staff.library_education", 22.0, "2022", None, None) in got


def test_a_department_named_for_the_service_out_of_the_walls_is_that_department():
    got = prose_facts("2021", "Сектор внестационарного обслуживания: 3 штатные единицы (библиотекарь, водитель и оператор).")
    assert ("staff.units", 3.0, "2021", None, "department:сектор внестационарного обслуживания") in got
    # the service itself, named by no department, stays the service's part
    got = prose_facts("2021", "Внестационарным обслуживанием охвачено 640 читателей.")
    assert ("users.registered", 640.0, "2021", None, "department:внестационарное обслуживание") in got


def test_the_pupils_of_the_school_are_the_population_its_library_serves():
    got = prose_facts("2023", "В школе обучается 712 учащихся, из них читателями библиотеки являются 655.")
    assert ("population.served", 712.0, "2023", None, None) in got
    got = prose_facts("2023", "Мектепте барлығы 820 оқушы оқиды, оның 790-ы кітапхананың тұрақты оқырмандары.")
    assert ("population.served", 820.0, "2023", None, None) in got


def test_pupils_at_an_event_in_a_school_are_no_population():
    got = prose_facts("2023", "В школе провели беседу для 25 учащихся 7 класса.")
    assert not any(k[0] == "population.served" for k in got)


def _records(organization: str, *paragraphs: str) -> list[dict]:
    d = Document(id="h", path="h.docx", format="docx", metadata={"period": "2019", "organization": organization})
    for p in paragraphs:
        d.add_block(Block("paragraph", p))
    return [r.values for r in facts.extract(d, Config()) if r.table == "facts"]


def test_the_staff_of_a_house_of_culture_as_a_whole_is_no_librarys():
    recs = _records("МКУК «Культурно-досуговый центр» Луговского сельского поселения",
                    "Штат учреждения – 11 единиц, фактически работают 10 человек.",
                    "Библиотека за год записала 640 читателей. В библиотеке работает 1 человек.")
    named = {(v["metric"], v["value"]) for v in recs if v["metric"]}
    assert ("staff.headcount", 1.0) in named
    assert ("users.registered", 640.0) in named
    assert not any(v in (11.0, 10.0) for _, v in named)
    assert {v["value"] for v in recs if v["metric"] is None} >= {11.0, 10.0}  # kept, named by no metric


def test_a_library_systems_own_staff_in_its_institution_keeps_its_metric():
    recs = _records("МКУК «Централизованная библиотечная система» Луговского района",
                    "В учреждении 31 штатная единица, работают 29 человек.")
    named = {(v["metric"], v["value"]) for v in recs if v["metric"]}
    assert ("staff.headcount", 29.0) in named


def test_the_visitors_part_that_came_to_mass_events_is_the_visits_to_events():
    got = prose_facts("2019", "Келушілердің 4 150-і көпшілік іс-шараларға қатысу үшін келген.")
    assert got == {("visits.events", 4150.0, "2019", None, None)}
    got = prose_facts("2019", "Келушілер саны – 38 900, оның 4 150-і бұқаралық іс-шараларға келді.")
    assert got == {("visits.total", 38900.0, "2019", None, None), ("visits.events", 4150.0, "2019", None, None)}
    # the readers' part stays the readers'
    assert prose_facts("2019", "Оқырмандардың 2 760-ы – жастар.") == {("users.youth", 2760.0, "2019", None, None)}


def test_money_for_a_project_a_pronoun_names_is_no_budget():
    got = prose_facts("2023", "В районе открыты 2 модельные библиотеки; на их создание из республиканского бюджета "
                              "выделено 35,0 млн тенге.")
    assert not any(k[0] == "finance.budget" for k in got)
