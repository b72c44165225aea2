"""More numbers of a long annual report's narrative that are no indicator of
its period: a paragraph of the library's history, a comparison with the
region in the report's own year, a special collection, a stock-taking, the
equipment bought, a survey and a contest, a partner's staff, the loans of
readers with disabilities, one reason of the withdrawal, a card index, the
items of an exhibition; and references given, counted as references.  The
sentences were typed for this test in the wordings of Kazakh and Russian
district and city reports; beside each, the period's indicator stays."""

from __future__ import annotations

from conftest import prose_facts


def _named(got: set) -> set:
    """(metric, value, period, category) of each fact."""
    return {(k[0], k[1], k[2], k[4]) for k in got}


def test_a_paragraph_of_history_gives_no_figures():
    assert prose_facts("2024", "В 1986 году районная библиотека обслуживала 9 400 читателей.") == set()
    assert prose_facts("2023", "1972 жылы ауданда 26 кітапхана жұмыс істеді.") == set()
    # a year a few years back is set beside the report's and stays
    got = _named(prose_facts("2024", "В 2021 году библиотека обслуживала 9 400 читателей."))
    assert ("users.registered", 9400, "2021", None) in got


def test_a_comparison_in_the_reports_own_year_is_another_bodys():
    assert prose_facts("2024", "Для сравнения: средняя читаемость по Туркестанской области в 2024 году – 17,8.") == set()
    got = _named(prose_facts("2024", "Для сравнения: в 2022 году читаемость составляла 19,4."))
    assert ("ratio.reading", 19.4, "2022", None) in got


def test_a_special_collection_is_no_fund():
    assert prose_facts("2023", "Краеведческий фонд библиотеки составляет 5 120 экз.") == set()
    assert prose_facts("2023", "Өлкетану қоры 2 640 дана.") == set()
    got = _named(prose_facts("2023", "Фонд библиотеки составляет 205 120 экз."))
    assert ("fund.end", 205120, "2023", None) in got


def test_copies_checked_and_items_of_an_exhibition_are_no_fund():
    assert prose_facts("2024", "В Ивановской библиотеке проведена проверка, проверено 8 450 экземпляров.") == set()
    assert prose_facts("2024", "Көрмеге 64 кітап пен 18 құжат қойылды.") == set()


def test_equipment_bought_is_no_acquisition():
    got = _named(prose_facts("2023", "За счёт местного бюджета приобретены 6 компьютеров и принтер."))
    assert not {k for k in got if k[0] == "acquisition.copies"}
    got = _named(prose_facts("2023", "За счёт местного бюджета приобретены 640 книг."))
    assert ("acquisition.copies", 640, "2023", "books") in got


def test_a_survey_and_a_contest_are_no_readers_nor_participants_of_the_year():
    assert prose_facts("2024", "В ходе исследования опрошено 180 читателей.") == set()
    assert prose_facts("2024", "Районный конкурс «Юный библиограф» собрал 64 участника.") == set()
    got = _named(prose_facts("2024", "В мероприятиях года приняли участие 12 600 человек."))
    assert ("events.participants", 12600, "2024", None) in got


def test_a_partners_staff_is_not_the_librarys():
    assert prose_facts("2023", "В сельских клубах, с которыми сотрудничает библиотека, работают 14 сотрудников.") == set()
    assert prose_facts("2023", "Серіктес мектеп кітапханаларында 19 кітапханашы жұмыс істейді.") == set()


def test_loans_of_readers_with_disabilities_are_a_part():
    assert prose_facts("2024", "Читателям с ограниченными возможностями книги доставляются на дом, им выдано "
                               "840 экз.") == set()
    got = _named(prose_facts("2024", "Книговыдача составила 240 600 экз."))
    assert ("loans.total", 240600, "2024", None) in got


def test_one_reason_of_the_withdrawal_is_a_part_of_it():
    got = _named(prose_facts("2024", "Қордан 3 200 дана кітап шығарылды. Шығарылған кітаптардың 2 100 данасы "
                                     "ескіруіне байланысты есептен шығарылды."))
    assert ("fund.withdrawn", 2100, "2024", None) not in got


def test_a_card_index_is_no_electronic_catalogue():
    assert prose_facts("2023", "Тематическая картотека пополнилась: в картотеку внесено 520 записей.") == set()


def test_references_given_are_references_not_loans():
    got = _named(prose_facts("2023", "За год выдано библиографических справок 4 310."))
    assert got == {("bibliography.references", 4310, "2023", None)}


def test_librarians_who_wrote_articles_divide_nothing():
    got = _named(prose_facts("2023", "Кітапханашылар аудандық газетте 27 мақала жариялады."))
    assert ("media.articles", 27, "2023", "librarians") not in got
    assert ("media.articles", 27, "2023", None) in got


def test_the_regions_average_is_the_regions_libraries():
    got = _named(prose_facts("2023", "В среднем по Жамбылской области охват населения составил 34,8 %."))
    assert got == {("coverage.population_pct", 34.8, "2023", "branch:библиотеки области")}
    got = _named(prose_facts("2023", "Охват населения библиотечным обслуживанием составил 30,2 %."))
    assert got == {("coverage.population_pct", 30.2, "2023", None)}


def test_the_source_of_a_figure_between_commas_leaves_its_label_to_it():
    got = _named(prose_facts("2024", "Население района, по данным отдела статистики, составляет 41 300 человек, из "
                                     "них в сельской местности проживают 17 900 человек."))
    assert got == {("population.served", 41300, "2024", None)}
    got = _named(prose_facts("2024", "Тұрғындар саны, статистика деректері бойынша, 41 300 адам."))
    assert got == {("population.served", 41300, "2024", None)}


def test_a_figure_that_looks_like_an_old_year_is_no_year_of_history():
    got = _named(prose_facts("2024", "На комплектование выделено 1990 тыс. тенге, в том числе на подписку – 640 тыс. "
                                     "тенге."))
    assert ("acquisition.budget", 640, "2024", "periodicals") in got


def test_readers_counted_as_children_are_the_children_among_the_users():
    got = _named(prose_facts("2024", "Детская библиотека и детские отделы филиалов обслужили 6 140 детей."))
    assert got == {("users.children", 6140, "2024", None)}
    got = _named(prose_facts("2024", "Из общего числа читателей 3 950 – дети до 14 лет."))
    assert got == {("users.children", 3950, "2024", None)}
    got = _named(prose_facts("2024", "Библиотеки обслужили 18 300 читателей."))
    assert got == {("users.registered", 18300, "2024", None)}


def test_events_held_with_a_partner_are_a_part_of_the_years():
    got = _named(prose_facts("2023", "Проведено 1 120 мероприятий. Серіктес мектептермен бірге 14 іс-шара өткізілді."))
    assert got == {("events.actual", 1120, "2023", None)}


def test_readers_who_joined_in_one_month_are_a_part():
    assert prose_facts("2024", "В сентябре в библиотеку записаны 640 первоклассников.") == set()
    assert prose_facts("2024", "Қыркүйек айында 12 мектептің 640 оқушысы оқырман болып тіркелді.") == set()
    got = _named(prose_facts("2024", "В январе–декабре 2024 года библиотеку посещали 9 120 читателей."))
    assert ("users.registered", 9120, "2024", None) in got
