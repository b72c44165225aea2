"""Kazakh district reports in shapes of their own: a table of the system's
libraries whose village libraries are named by their rural district
("Қошқарата ауылдық округі", "Мыңбұлақ а/о"); loans by language given as a
share with the count in brackets ("68 % (133 620 дана)"); a metric's word
inside a club's or a campaign's name in quotes; the staff of a small
library counted in words; "бюджет" in the Latin alphabet of 2018
("bıýdjet").  Each sentence and table was typed for this file in the shape
of such reports."""

from __future__ import annotations

from conftest import prose_facts, table_facts
from esep.plugins.lang import to_cyrillic


def test_village_libraries_named_by_their_rural_district_are_rows_of_libraries():
    got = table_facts(
        "2021",
        ["Кітапхана", "Оқырмандар", "Кітап берілімі", "Келушілер"],
        ["Аудандық орталық кітапхана", "4 210", "96 300", "38 700"],
        ["Ақжар ауылдық округі", "1 120", "24 500", "9 800"],
        ["Талапты а/о", "980", "21 300", "8 450"],
        ["Барлығы", "6 310", "142 100", "56 950"])
    assert ("users.registered", 1120.0, "2021", None, "branch:ақжар ауылдық округі") in got
    assert ("loans.total", 21300.0, "2021", None, "branch:талапты а о") in got \
        or ("loans.total", 21300.0, "2021", None, "branch:талапты а/о") in got
    assert ("visits.total", 56950.0, "2021", None, None) in got  # the total row is the system's


def test_russian_rural_districts_are_rows_of_libraries_too():
    got = table_facts(
        "2022",
        ["Библиотека", "Читатели", "Книговыдача"],
        ["Каменский сельский округ", "760", "15 400"],
        ["Заречный с/о", "540", "11 900"],
        ["Итого", "1 300", "27 300"])
    assert any(k[0] == "users.registered" and k[1] == 760.0 and (k[4] or "").startswith("branch:каменский")
               for k in got)


def test_a_count_in_brackets_after_a_share_keeps_the_language_before_the_share():
    got = prose_facts("2023", "Кітап берілімі – 84 200 дана. Қазақ тіліндегі кітаптар берілімі – 71 % "
                              "(59 782 дана), орыс тіліндегі – 29 % (24 418 дана).")
    assert ("loans.total", 59782.0, "2023", "kk", None) in got
    assert ("loans.total", 24418.0, "2023", "ru", None) in got
    assert ("loans.total", 84200.0, "2023", None, None) in got


def test_a_metric_word_inside_a_name_in_quotes_names_no_figure_after_it():
    assert not prose_facts("2023", "«Жастар әлемі» клубының 14 отырысы өтті.")
    assert not prose_facts("2023", "Клуб «Юные читатели» провёл 12 заседаний.")
    # the words outside the quotes still name the figure
    assert prose_facts("2023", "«Жастар үні» жобасынан бөлек, кітапхана 1 240 оқырманға қызмет көрсетті.") == {
        ("users.registered", 1240.0, "2023", None, None)}


def test_the_staff_of_a_small_library_counted_in_words():
    got = prose_facts("2019", "Кітапханада үш кітапханашы жұмыс істейді, екеуі жоғары білімді.")
    assert ("staff.headcount", 3.0, "2019", None, None) in got
    assert ("staff.higher_education", 2.0, "2019", None, None) in got
    assert ("staff.headcount", 2.0, "2021", None, None) in prose_facts(
        "2021", "В библиотеке работают два библиотекаря.")


def test_yu_of_the_2018_latin_alphabet():
    assert to_cyrillic("Kitaphananyń bıýdjeti – 52 400,0 myń teńge") == "Кітапхананың бюджеті – 52 400,0 мың теңге"
    assert ("finance.budget", 52400.0, "2021", None, None) in prose_facts(
        "2021", "Kitaphananyń 2021 jylǵy bıýdjeti – 52 400,0 myń teńge.")


def _labelled(period: str, *paragraphs: str) -> set[tuple]:
    """(metric, value) of every figure kept, named or by its label."""
    from esep.model import Block, Document
    from esep.plugins.facts import plugin as facts
    from esep.registry import Config

    d = Document(id="p", path="p.txt", format="txt", metadata={"period": period})
    for x in paragraphs:
        d.add_block(Block("paragraph", x))
    return {(r.values["metric"], r.values["value"]) for r in facts.extract(d, Config()) if r.table == "facts"}


def test_the_readers_by_social_group_are_parts_kept_by_their_label():
    got = _labelled("2022", "Кітапхана 6 420 оқырманға қызмет көрсетті. Оқырмандардың әлеуметтік құрамы:",
                    "– оқушылар – 2 810;", "– студенттер – 1 950;", "– жұмыссыздар – 240.")
    assert {("users.registered", 6420.0), (None, 2810.0), (None, 1950.0), (None, 240.0)} <= got
    assert ("users.registered", 2810.0) not in _labelled("2022", "Читатели: учащиеся – 2 810, пенсионеры – 240.")


def test_a_departments_holdings_after_its_name_in_the_genitive_are_the_departments():
    d = _departments("2017", "Сирек кітаптар бөлімінің қорында 5 870 дана сирек басылым сақтаулы.")
    assert d == {(5870.0, "department:сирек кітаптар бөлімі")}  # no books: the kind is in the department's name


def _departments(period: str, text: str) -> set[tuple]:
    from esep.model import Block, Document
    from esep.plugins.facts import plugin as facts
    from esep.registry import Config

    d = Document(id="p", path="p.txt", format="txt", metadata={"period": period})
    d.add_block(Block("paragraph", text))
    return {(r.values["value"], r.values.get("category")) for r in facts.extract(d, Config()) if r.table == "facts"}


def test_a_group_of_libraries_counted_in_the_first_sentence_is_no_title():
    # a first sentence stating two small figures is the body, not the title that would make its group the report's
    got = prose_facts("2006", "Жүйеде 27 кітапхана бар, оның ішінде 24 ауылдық кітапхана.", "Оқырмандар саны – 21 460.")
    assert ("libraries.count", 24.0, "2006", None, "branch:ауылдық кітапханалар") in got
    assert ("libraries.count", 27.0, "2006", None, None) in got


def test_a_short_sentence_with_a_part_after_of_which_is_no_title_line():
    from esep.model import Block, Document
    from esep.plugins import metadata

    d = Document(id="t", path="t.txt", format="txt", metadata={})
    for x in ("Көктерек аудандық кітапхана жүйесі", "2006 жылғы жұмыс қорытындысы",
              "Жүйеде 19 кітапхана бар, оның ішінде 17 ауылдық кітапхана.", "Оқырмандар саны – 9 140."):
        d.add_block(Block("paragraph", x))
    assert metadata.title_lines(d) == ["Көктерек аудандық кітапхана жүйесі", "2006 жылғы жұмыс қорытындысы"]
    assert "ауылдық кітапхана" not in metadata.organization_names(d)
