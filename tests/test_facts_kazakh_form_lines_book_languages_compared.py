"""Facts of Kazakh reports in shapes of their own: a fund column headed by a
date whose year is the day after the report's ("2025 ж. 1 қаңтарға қоры"), a
questionnaire's lines that give the unit or the date with the label
("Тұрғындарды қамту, %: 60,9", "Кітап қоры (2025 жылғы 1 қаңтардағы жағдай
бойынша): 52 318 дана") and the "of which" line under a whole that is no
reader or library ("Тұрғындар саны … / оның ішінде … балалар"), the fund's
and the loans' part in a language told in books ("қазақ тіліндегі
кітаптар"), the youth of one occupation among the social groups of readers,
a year compared from in the ablative ("өткен жылдан … көп") and books joined
to publications no category names.  Each sentence and table was typed for
this file in the shape of such reports."""

from __future__ import annotations

import pytest

from conftest import prose_facts, table_facts


# -- a column dated the day after the year -----------------------------------------------------------------------

def test_a_column_dated_the_first_of_january_after_the_year_is_the_years_end():
    got = table_facts("2024", ["ББК бөлімдері", "Жыл ішінде түскені", "Есептен шығарылғаны", "2025 ж. 1 қаңтарға қоры"],
                      ["Көркем әдебиет (84)", "3 860", "1 950", "198 640"],
                      ["Барлығы", "7 600", "6 440", "370 700"])
    assert ("fund.end", 370700.0, "2024", None, None) in got
    assert ("fund.end", 198640.0, "2024", None, "fiction") in got
    assert ("fund.received", 7600.0, "2024", None, None) in got
    assert not any(k[2] == "2025" for k in got)


def test_a_column_dated_the_first_of_january_of_the_year_opens_it():
    got = table_facts("2024", ["Көрсеткіш", "2024 жылғы 1 қаңтарға", "2025 жылғы 1 қаңтарға"],
                      ["Кітап қоры", "369 540", "370 700"])
    assert ("fund.start", 369540.0, "2024", None, None) in got
    assert ("fund.end", 370700.0, "2024", None, None) in got


def test_a_column_of_a_year_keeps_its_year():
    got = table_facts("2024", ["Көрсеткіштер", "2023 ж.", "2024 ж."], ["Оқырмандар саны", "27 100", "27 850"])
    assert ("users.registered", 27100.0, "2023", None, None) in got
    assert ("users.registered", 27850.0, "2024", None, None) in got


# -- a form's line: the unit and the date with the label ------------------------------------------------------------

@pytest.mark.parametrize("line, key", [
    ("Тұрғындарды қамту, %: 60,9", ("coverage.population_pct", 60.9, "2024", None, None)),
    ("Охват населения, % – 18,4", ("coverage.population_pct", 18.4, "2024", None, None)),
    ("Оқырмандар саны, адам: 4 812", ("users.registered", 4812.0, "2024", None, None)),
    ("Кітап берілімі, дана: 98 450", ("loans.total", 98450.0, "2024", None, None)),
    ("Келушілер саны, рет: 41 230", ("visits.total", 41230.0, "2024", None, None)),
    ("Тұрғындарды қамту (%): 60,9", ("coverage.population_pct", 60.9, "2024", None, None)),
])
def test_the_unit_after_a_comma_belongs_to_the_label(line, key):
    assert key in prose_facts("2024", line)


def test_a_percent_of_the_fund_is_no_count_of_copies():
    assert prose_facts("2024", "Мемлекеттік тілдегі әдебиет, %: 64,7", "Кітап қоры, %: 45", "Кітап қоры (%): 45") == set()


@pytest.mark.parametrize("line, key", [
    ("Кітап қоры (2025 жылғы 1 қаңтардағы жағдай бойынша): 52 318 дана",
     ("fund.end", 52318.0, "2024", None, None)),
    ("Фонд (на 01.01.2025) – 94 315 экз.", ("fund.end", 94315.0, "2024", None, None)),
    ("Кітап қоры (01.01.2024 ж.): 51 546 дана", ("fund.start", 51546.0, "2024", None, None)),
])
def test_a_date_in_brackets_after_the_label_dates_the_figure(line, key):
    assert key in prose_facts("2024", line)


def test_brackets_that_are_no_date_stay_part_of_the_label():
    got = prose_facts("2024", "Оқырмандар (14 жасқа дейін): 1 934")
    assert got == {("users.children", 1934.0, "2024", None, None)}


def test_an_of_which_line_under_a_dated_fund_line_is_its_language_part():
    got = prose_facts("2024", "Кітап қоры (2025 жылғы 1 қаңтардағы жағдай бойынша): 52 318 дана",
                      "   оның ішінде мемлекеттік тілде: 31 240 дана")
    assert ("fund.end", 31240.0, "2024", "kk", None) in got


def test_the_populations_children_and_the_computers_online_are_no_readers_or_libraries():
    got = prose_facts("2024", "Ауылдық округ тұрғындарының саны: 7 900 адам",
                      "оның ішінде 14 жасқа дейінгі балалар: 2 210",
                      "Компьютерлер саны: 4", "   оның ішінде Интернетке қосылғаны: 4")
    assert ("population.served", 7900.0, "2024", None, None) in got
    assert ("equipment.computers", 4.0, "2024", None, None) in got
    assert not any(k[0] in ("users.children", "libraries.internet") for k in got)


def test_the_readers_children_on_the_line_under_the_readers_are_theirs():
    got = prose_facts("2024", "Оқырмандар саны: 4 812", "   оның ішінде 14 жасқа дейінгі балалар: 1 934")
    assert ("users.children", 1934.0, "2024", None, None) in got


# -- a part in a language told in books ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, key", [
    ("Оқырмандарға 418 260 дана кітап берілді, оның ішінде қазақ тіліндегі кітаптар 301 150 дана.",
     ("loans.total", 301150.0, "2025-9M", "kk", None)),
    ("Кітап қоры 287 940 дана. Қазақ тіліндегі кітаптар 129 573 дана.",
     ("fund.end", 129573.0, "2025-9M", "kk", None)),
    ("Книжный фонд – 287 940 экз., в том числе книги на казахском языке – 129 573 экз.",
     ("fund.end", 129573.0, "2025-9M", "kk", None)),
])
def test_books_in_a_language_are_the_part_in_that_language(text, key):
    assert key in prose_facts("2025-9M", text)


def test_a_whole_counted_in_books_keeps_its_kind_in_the_part():
    got = prose_facts("2025-9M", "Сатып алынған кітаптар – 3 412 дана, оның ішінде қазақ тіліндегі кітаптар 2 406 дана.")
    assert ("acquisition.copies", 2406.0, "2025-9M", "kk", "books") in got
    got = prose_facts("2025-9M", "Кітап берілімі 418 260 дана, оның ішінде кітаптар – 301 150, мерзімді басылымдар – 117 110.")
    assert ("loans.total", 301150.0, "2025-9M", None, "books") in got


# -- the youth of one occupation ---------------------------------------------------------------------------------

def test_the_youth_of_an_occupation_is_a_social_group_no_age_group():
    got = prose_facts("2025-9M", "Оқырмандардың топтары бойынша құрамы: мектеп оқушылары – 8 615; студенттер – 1 240; "
                                 "жұмыс істейтін жастар – 1 340; зейнеткерлер – 2 410.",
                      "Состав читателей: работающая молодёжь – 1 340.")
    assert not any(k[0] == "users.youth" for k in got)


def test_a_table_row_of_the_youth_of_an_occupation_is_no_age_group():
    got = table_facts("2024", ["Оқырмандар тобы", "Саны", "Үлесі, %"], ["Мектеп оқушылары", "8 615", "40,2"],
                      ["Жұмыс істейтін жастар", "1 340", "6,3"], ["Жастар (15-30 жас)", "5 120", "23,9"],
                      caption="Оқырмандардың әлеуметтік құрамы")
    assert ("users.youth", 5120.0, "2024", None, None) in got
    assert not any(k[1] == 1340.0 for k in got)


@pytest.mark.parametrize("text, value", [
    ("15–30 жас аралығындағы жастар – 5 120", 5120.0),
    ("Оқырмандардың 4 380-і – жасөспірімдер мен жастар.", 4380.0),
])
def test_the_youth_by_age_stays(text, value):
    assert ("users.youth", value, "2024", None, None) in prose_facts("2024", text)


# -- a year compared from, in the ablative -----------------------------------------------------------------------

def test_a_year_compared_from_gives_no_period_to_the_next_sentence():
    got = prose_facts("2024", "Жыл соңында қор 257 150 дана, бұл өткен жылдан 750 данаға көп. Кітап айналымы 1,6.")
    assert ("ratio.turnover", 1.6, "2024", None, None) in got
    assert ("fund.end", 257150.0, "2024", None, None) in got
    assert not any(k[1] == 750.0 for k in got)


def test_last_year_named_as_the_time_of_a_figure_stays_its_period():
    got = prose_facts("2024", "Өткен жылы 3 900 оқырман болды.")
    assert got == {("users.registered", 3900.0, "2023", None, None)}


# -- books joined to publications ---------------------------------------------------------------------------------

def test_books_joined_to_other_publications_are_no_category():
    got = prose_facts("2024", "Сирек кітаптар мен өлкетану басылымдарының 126 данасы цифрланды, барлығы 8 430 бет.")
    assert ("digitization.documents", 126.0, "2024", None, None) in got
    assert ("digitization.pages", 8430.0, "2024", None, None) in got


def test_books_alone_are_books():
    got = prose_facts("2024", "Сирек кітаптардың 126 данасы цифрланды.")
    assert ("digitization.documents", 126.0, "2024", None, "books") in got


def test_a_year_compared_from_before_a_verb_of_change_is_no_period_of_the_figure():
    got = prose_facts("2025-9M", "Іс-шараларға қатысушылар саны өткен жылғыдан 4,3 %-ға артып, 18 930 адамға жетті.")
    assert got == {("events.participants", 18930.0, "2025-9M", None, None)}


# -- a share in brackets after a part ------------------------------------------------------------------------------

def test_a_share_in_brackets_after_a_part_leaves_the_group_named_after_it():
    got = prose_facts("2024", "Оқырмандардың 6 980-і (32,6 %) – 14 жасқа дейінгі балалар, 5 120-сы (23,9 %) – жастар.")
    assert got == {("users.children", 6980.0, "2024", None, None), ("users.youth", 5120.0, "2024", None, None)}


def test_a_share_in_brackets_before_a_group_no_metric_names_gives_nothing():
    assert prose_facts("2024", "Оқырмандардың 8 615-і (40,2 %) – мектеп оқушылары.") == set()
