"""Facts in more shapes of Kazakh reports: a change told from one value to
another ("…-ден …-ге дейін өсті"), an age group before the readers' words,
the Russian name of an indicator in brackets after the Kazakh one, events
counted per project and the people they reached ("қамтылды"), a staff list
after the staff units, the reading ratio called "оқуға құштарлық", and a
table of libraries whose group row and fund column beside the copies
received are read as the group's and the fund held.  Each rule is stated in
made-up sentences and tables of the genre."""

from __future__ import annotations

from conftest import prose_facts, table_facts


def test_a_change_from_one_value_to_another_gives_both_values_their_years():
    got = prose_facts("2023", "Оқырмандар саны 2022 жылғы 5 310-нан 5 480-ге дейін өсті.")
    assert ("users.registered", 5310, "2022", None, None) in got
    assert ("users.registered", 5480, "2023", None, None) in got
    units = prose_facts("2023", "Келушілер саны 2022 жылғы 41 200 адамнан 43 050 адамға дейін артты.")
    assert ("visits.total", 41200, "2022", None, None) in units
    assert ("visits.total", 43050, "2023", None, None) in units
    # with no year said for the value it started from, that value is of no period the text names
    bare = prose_facts("2023", "Кітап берілімі 96 400-ден 92 150-ге дейін төмендеді.")
    assert ("loans.total", 92150, "2023", None, None) in bare
    assert not any(k[1] == 96400 for k in bare)
    # a difference in the dative with no "дейін" is still no value
    assert not prose_facts("2023", "Оқырмандар саны 170-ке артты.")


def test_an_age_group_before_the_readers_words_names_that_groups_readers():
    got = prose_facts("2023", "14 жасқа дейінгі оқырмандар саны 2 870-ге жетті.")
    assert got == {("users.children", 2870, "2023", None, None)}


def test_the_russian_name_of_an_indicator_in_brackets_leaves_its_label_standing():
    got = prose_facts("2023", "Іс-шаралар (мероприятия) – 640, қатысушылар (участники) – 15 200.")
    assert ("events.actual", 640, "2023", None, None) in got
    assert ("events.participants", 15200, "2023", None, None) in got
    kids = prose_facts("2023", "Оқырмандар (читатели) – 7 400, оның ішінде 14 жасқа дейінгі балалар "
                               "(дети до 14 лет) – 2 950.")
    assert ("users.children", 2950, "2023", None, None) in kids
    assert ("users.registered", 7400, "2023", None, None) in kids


def test_events_of_a_project_and_the_people_they_reached_are_no_figures_of_the_year():
    got = prose_facts("2023", "«Ел – кітап – мен» жобасы бойынша 12 іс-шара ұйымдастырылып, 430 оқырман қамтылды.")
    assert not any(k[0].startswith(("events.", "users.")) for k in got)
    # a campaign whose quoted name holds a kind of documents gives its events no category and no metric
    quoted = prose_facts("2023", "«Бір кітап – бір ауыл» акциясы аясында 9 іс-шара өтті, 310 адам қатысты.")
    assert not any(k[0].startswith("events.") for k in quoted)
    # the year's events and the people they reached are the events' participants
    year = prose_facts("2023", "Жыл бойы 905 іс-шара өткізілді, 24 610 адам қамтылды.")
    assert ("events.actual", 905, "2023", None, None) in year
    assert ("events.participants", 24610, "2023", None, None) in year
    assert not any(k[0] == "users.registered" for k in year)
    # readers reached by the library's service are still its readers
    assert ("users.registered", 6120, "2023", None, None) in prose_facts(
        "2023", "Кітапханалық қызметпен 6 120 оқырман қамтылды.")


def test_the_staff_named_after_the_staff_units_in_one_list_are_the_headcount():
    got = prose_facts("2023", "Штат бірлігі – 41,5, нақты қызметкерлер – 39, оның ішінде жоғары білімді – 22.")
    assert ("staff.units", 41.5, "2023", None, None) in got
    assert ("staff.headcount", 39, "2023", None, None) in got
    assert ("staff.higher_education", 22, "2023", None, None) in got


def test_kazakh_wordings_of_the_reading_ratio_a_received_converb_and_dismissals():
    assert ("ratio.reading", 19.4, "2023", None, None) in prose_facts("2023", "Оқуға құштарлық – 19,4.")
    assert ("ratio.reading", 19.4, "2023", None, None) in prose_facts(
        "2023", "Оқырмандардың оқу белсенділігі 19,4 болды.")
    got = prose_facts("2023", "Жыл ішінде 1 870 дана жаңа кітап түсіп, 1 200 дана ескірген әдебиет есептен шығарылды.")
    assert ("fund.received", 1870, "2023", None, None) in got
    assert ("fund.withdrawn", 1200, "2023", None, None) in got
    assert ("staff.dismissed", 1, "2023", None, None) in prose_facts(
        "2023", "Жыл ішінде 2 маман жұмысқа қабылданды, 1 қызметкер жұмыстан босады.")


def test_a_group_row_and_a_fund_column_beside_the_copies_received_in_a_table_of_libraries():
    got = table_facts("2023",
                      ["Кітапхана", "Оқырмандар\nсаны", "Кітап\nберілімі", "Кітап\nқоры", "Түскен\nқұжаттар"],
                      ["", "адам", "дана", "дана", "дана"],
                      ["Орталық кітапхана", "3 100", "70 200", "52 400", "1 300"],
                      ["Ауылдық кітапханалар", "6 050", "131 900", "118 700", "2 240"],
                      ["Барлығы", "9 150", "202 100", "171 100", "3 540"])
    assert ("users.registered", 6050, "2023", None, "branch:ауылдық кітапханалар") in got
    assert ("fund.end", 118700, "2023", None, "branch:ауылдық кітапханалар") in got
    assert ("fund.end", 171100, "2023", None, None) in got
    assert ("fund.received", 3540, "2023", None, None) in got
    assert not any(k[0] == "fund.start" for k in got)
    # a movement table keeps its opening balance left of the flows
    moved = table_facts("2023", ["Құжат түрі", "Жыл басында", "Түсті", "Шығарылды", "Жыл соңында"],
                        ["Кітаптар", "160 000", "3 000", "2 400", "160 600"],
                        ["Мерзімді басылымдар", "10 000", "540", "40", "10 500"],
                        ["Барлығы", "170 000", "3 540", "2 440", "171 100"], caption="Кітап қорының қозғалысы")
    assert ("fund.start", 170000, "2023", None, None) in moved
    assert ("fund.end", 171100, "2023", None, None) in moved
