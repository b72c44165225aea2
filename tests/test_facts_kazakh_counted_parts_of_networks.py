"""A short Kazakh report whose first lines count its network and the part of
it of one kind with the figure in the case of a count ("Ауданда 18 кітапхана
жұмыс істейді, оның 16-сы ауылдық кітапхана."): the libraries after such a
figure are a group of the network, no name of the reporting organization, so
the group's count stays a fact of its own.  Stated in made-up lines of the
genre."""

from __future__ import annotations

from esep.model import Block, Document
from esep.plugins import metadata
from esep.plugins.facts import plugin as facts
from esep.registry import Config


def _document(*lines: str) -> Document:
    d = Document(id="k", path="k.txt", format="txt", metadata={})
    for x in lines:
        d.add_block(Block("paragraph", x))
    return d


def _facts(d: Document) -> set:
    return {facts.fact_key(r.values) for r in facts.extract(d, Config()) if r.table == "facts" and r.values["metric"]}


def test_a_counted_part_of_the_network_is_no_name_of_the_organization():
    d = _document("Кеген аудандық кітапхана жүйесінің 2021 жылғы есебі",
                  "Ауданда 18 кітапхана жұмыс істейді, оның 16-сы ауылдық кітапхана.")
    names = metadata.organization_names(d)
    assert names == ["Кеген аудандық кітапхана жүйесі"]
    d.metadata.update(period="2021", organization=names[0], organization_names=names)
    assert _facts(d) == {("libraries.count", 18, "2021", None, None),
                         ("libraries.count", 16, "2021", None, "branch:ауылдық кітапханалар")}


def test_the_childrens_library_counted_after_a_figure_is_no_name_either():
    d = _document("Ақсу аудандық орталықтандырылған кітапхана жүйесінің 2024 жылғы есебі",
                  "Жүйеде 22 кітапхана бар, оның 2-і балалар кітапханасы.")
    assert metadata.organization_names(d) == ["Ақсу аудандық орталықтандырылған кітапхана жүйесі"]


def test_a_library_named_in_the_title_is_still_named():
    # an ordinal names one library by its number, and a library named after someone is one library: both stay
    # names, the figure of a count is what is left out
    d = _document("Абай атындағы ауылдық кітапхананың 2024 жылғы есебі")
    assert metadata.organization_names(d) == ["Абай атындағы ауылдық кітапхана"]
    numbered = metadata.organization_names(_document("5-ші ауылдық кітапхана-филиалының 2024 жылғы есебі"))
    assert numbered and all("ауылдық кітапхана" in n for n in numbered)


def test_a_group_of_readers_named_before_the_word_number_of_is_that_group():
    from conftest import prose_facts

    got = prose_facts("2024-H1", "Оқырмандар саны 7 730 құрады. Оның ішінде балалар саны 2 964 құрады.")
    assert got == {("users.registered", 7730, "2024-H1", None, None), ("users.children", 2964, "2024-H1", None, None)}
    youth = prose_facts("2024", "Оқырмандар саны 8 410, оның ішінде жастар саны 1 905.")
    assert ("users.youth", 1905, "2024", None, None) in youth
    # the children of the population served are no readers; nor readers new this period a group
    assert not any(k[0] == "users.children" for k in prose_facts(
        "2024", "Ауылда 2 100 тұрғын бар, оның ішінде балалар саны 640."))
    assert not any(k[0].startswith("users.") and k[1] == 820 for k in prose_facts(
        "2024", "Оқырмандар саны 7 730, оның ішінде жаңа оқырмандар саны 820."))
