"""Parts of a system's libraries and staff written the short way: the
libraries in the genitive with their rural part in the possessive, the
children's libraries among the system's, the residents of a district, the
library education named after its figure.  Each text was typed for this
file in the shape such reports take, with what it should give written
before esep read it."""

from __future__ import annotations

from esep.model import Block, Document, Provenance
from esep.plugins.facts import plugin as facts
from esep.registry import Config


def _facts(*paragraphs: str) -> set[tuple]:
    d = Document(id="g", path="g.docx", format="docx", metadata={"period": "2022"})
    for x in paragraphs:
        d.add_block(Block("paragraph", x, Provenance(page=1)))
    return {(v["metric"], v["value"], v["category"]) for r in facts.extract(d, Config())
            if r.table == "facts" for v in [r.values] if v["metric"]}


def test_the_libraries_in_the_genitive_and_their_rural_part():
    assert _facts("Ауданымыздағы 18 кітапхананың 15-і ауылдық жерде орналасқан.") == {
        ("libraries.count", 18.0, None), ("libraries.count", 15.0, "branch:ауылдық кітапханалар")}
    # the readers in the genitive stay the whole of their parts
    assert ("users.youth", 2_310.0, None) in _facts("Оқырмандардың 2 310-ы – жасөспірімдер мен жастар.")


def test_the_childrens_libraries_among_the_systems():
    assert _facts("В ЦБС входят 11 библиотек, из них 2 детские.") == {
        ("libraries.count", 11.0, None), ("libraries.count", 2.0, "branch:детские библиотеки")}
    assert _facts("Жүйеде 6 кітапхана бар, оның 1-і балалар кітапханасы.") == {
        ("libraries.count", 6.0, None), ("libraries.count", 1.0, "branch:балалар кітапханалары")}
    # one children's library's own figure is no count of libraries
    assert _facts("Детская библиотека обслужила 3 210 читателей.") == {("users.registered", 3_210.0, None)}


def test_the_residents_of_a_district_or_a_town():
    assert _facts("Ауданның тұрғындары – 41 600 адам.") == {("population.served", 41_600.0, None)}
    assert _facts("Ауыл тұрғындары үшін 14 іс-шара өткізілді.") == {("events.actual", 14.0, None)}


def test_the_library_education_named_after_its_figure():
    assert _facts("В штате 28 сотрудников, из них 20 имеют высшее образование, 12 – библиотечное.") == {
        ("staff.headcount", 28.0, None), ("staff.higher_education", 20.0, None),
        ("staff.library_education", 12.0, None)}
    assert ("staff.library_education", 9.0, None) in _facts(
        "Кітапханада 15 қызметкер, оның 11-і жоғары білімді, 9-ы кітапханашы мамандығы бойынша білімі бар.")
    # a kind of event after a dash is no education
    assert _facts("Проведено 36 мероприятий, 10 – библиотечные.") == {("events.actual", 36.0, None)}
