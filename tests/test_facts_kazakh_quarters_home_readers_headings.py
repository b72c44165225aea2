"""Facts in more shapes of Kazakh reports: a year told quarter by quarter in
one sentence with the year's sum closing it, the readers served at home
named beside all the readers, and a culture department's information whose
paragraphs open with a run-in heading naming a house of culture or a museum
beside the libraries.  Each rule is stated in made-up sentences of the genre."""

from __future__ import annotations

from conftest import prose_facts


def test_a_year_told_quarter_by_quarter_gives_each_quarter_its_figure_and_the_sum_to_the_year():
    got = prose_facts("2023", "Оқырмандар кітапханаға І тоқсанда 2 310, ІІ тоқсанда 2 045, ІІІ тоқсанда 1 580, "
                              "IV тоқсанда 2 665 рет келді, жыл бойы барлығы 8 600.")
    assert got == {("visits.total", 2310, "2023-Q1", None, None), ("visits.total", 2045, "2023-Q2", None, None),
                   ("visits.total", 1580, "2023-Q3", None, None), ("visits.total", 2665, "2023-Q4", None, None),
                   ("visits.total", 8600, "2023", None, None)}
    # the sum after a unit and a dash is the year's too, not the last quarter's
    loans = prose_facts("2023", "Кітап берілімі І тоқсанда 5 400 дана, ІІ тоқсанда 4 910, ІІІ тоқсанда 3 870, "
                                "IV тоқсанда 6 020 дана, жыл бойынша – 20 200 дана.")
    assert ("loans.total", 20200, "2023", None, None) in loans
    assert ("loans.total", 20200, "2023-Q4", None, None) not in loans
    assert ("loans.total", 4910, "2023-Q2", None, None) in loans
    # the same list in Russian
    ru = prose_facts("2023", "Посещений в I квартале – 3 120, во II квартале – 2 870, всего за год – 11 400.")
    assert ("visits.total", 2870, "2023-Q2", None, None) in ru
    assert ("visits.total", 11400, "2023", None, None) in ru
    # a clause that names another thing than a quarter does not go on the list
    other = prose_facts("2023", "Кітап берілімі І тоқсанда 5 400 дана, 12 кітап көрмесі ұйымдастырылды.")
    assert not any(k[0] == "loans.total" and k[1] == 12 for k in other)


def test_the_readers_served_at_home_are_no_count_of_all_readers():
    got = prose_facts("2023", "Кітапхана 960 оқырманға қызмет көрсетті. Үйде қызмет көрсетілетін оқырмандар – 74.")
    assert got == {("users.registered", 960, "2023", None, None)}
    ru = prose_facts("2023", "Число читателей – 1 320. Читателей, обслуживаемых на дому, – 41.")
    assert ("users.registered", 41, "2023", None, None) not in ru
    assert ("users.registered", 1320, "2023", None, None) in ru


def test_a_paragraph_under_a_run_in_heading_of_a_museum_or_a_house_of_culture_is_not_the_libraries():
    got = prose_facts("2023",
                      "Мұражай. Өлкетану мұражайының қорына жыл ішінде 120 экспонат түсті, мұражайға 5 400 адам келді.",
                      "Мәдениет үйлері. Клубтар 860 іс-шара өткізді, оларға 31 000 көрермен қатысты.",
                      "Кітапханалар. Ауданның кітапханалары 410 іс-шара өткізді, оларға 12 300 адам қатысты.")
    assert got == {("events.actual", 410, "2023", None, None), ("events.participants", 12300, "2023", None, None)}
    # a paragraph whose first sentence is a whole sentence, not a heading, keeps its figures
    kept = prose_facts("2023", "Мәдениет үйімен бірлесіп жұмыс жүргізілді. Кітапхана 35 іс-шара өткізді.")
    assert ("events.actual", 35, "2023", None, None) in kept


def test_citizens_living_in_the_area_served_are_its_population():
    got = prose_facts("2023", "Кітапхананың қызмет көрсету аймағында мүгедектігі бар 2 150 азамат тұрады.")
    assert got == {("population.served", 2150, "2023", None, None)}
    # citizens who came to the library are no population
    assert not prose_facts("2023", "Кітапханаға 85 азамат келді.")
