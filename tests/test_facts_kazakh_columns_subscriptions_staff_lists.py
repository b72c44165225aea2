"""Facts of Kazakh reports in shapes their authors use: the system's libraries
as the columns of a table under their capital abbreviations, the money of a
subscription to periodicals told after the titles subscribed, the staff
counted before a colon that lists their education, the staff word alone after
the posts, the inhabitants of a district, the uses of the electronic catalogue,
parts by language and by kind listed together, a library education in
brackets and a project named in a part of the events.  Each sentence and
table was typed for this file, with what it should give written before esep
read it; at first each gave a wrong figure or none."""

from __future__ import annotations

from conftest import prose_facts, table_facts


def _figures(period: str, *text: str) -> set[tuple]:
    """(metric, value, language, category) of every named figure."""
    return {(k[0], k[1], k[3], k[4]) for k in prose_facts(period, *text)}


def test_libraries_in_columns_under_their_kazakh_abbreviations():
    rows = [["Көрсеткіштер", "ОК", "БК", "№3 ауылдық кітапхана", "Барлығы"],
            ["Оқырмандар", "2 400", "1 700", "530", "4 630"],
            ["Кітап қоры", "41 000", "22 300", "8 100", "71 400"]]
    got = {(k[0], k[1], k[4]) for k in table_facts("2023", *rows)}
    assert got == {("users.registered", 2400, "branch:ок"), ("users.registered", 1700, "branch:бк"),
                   ("users.registered", 530, "branch:3 ауылдық кітапхана"), ("users.registered", 4630, None),
                   ("fund.end", 41000, "branch:ок"), ("fund.end", 22300, "branch:бк"),
                   ("fund.end", 8100, "branch:3 ауылдық кітапхана"), ("fund.end", 71400, None)}


def test_lower_case_ok_is_no_library():
    # a word "ок" in lower case (Russian "ок." for "около") names no library column
    rows = [["Показатели", "2022", "2023"], ["Читатели", "4 100", "4 230"]]
    assert {(k[0], k[1], k[4]) for k in table_facts("2023", *rows)} >= {("users.registered", 4230, None)}


def test_subscription_money_after_the_titles_subscribed():
    assert _figures("2023", "Келесі жылға мерзімді басылымдарға жазылу ресімделді: 37 атау, 712 400 теңге.") \
        == {("acquisition.budget", 712400, None, "periodicals")}
    assert _figures("2023", "Мерзімді басылымдарға жазылу жүргізілді: газеттер – 150 дана, журналдар – 64 дана, "
                            "жазылу сомасы – 1 905,8 мың теңге.") \
        == {("acquisition.budget", 1905.8, None, "periodicals")}


def test_money_for_acquisition_and_subscription_together_stays_the_whole():
    assert _figures("2023", "Қорды толықтыруға және мерзімді басылымдарға жазылуға 4 300,0 мың теңге бөлінді.") \
        == {("acquisition.budget", 4300.0, None, None)}


def test_staff_before_a_colon_listing_their_education():
    assert _figures("2024", "Қызметкерлер – 27 адам: жоғары білімді – 15, арнаулы орта – 12.") \
        == {("staff.headcount", 27, None, None), ("staff.higher_education", 15, None, None)}
    assert _figures("2024", "Штат бірлігі – 30, нақты қызметкерлер – 28: жоғары білімді – 16.") \
        == {("staff.units", 30, None, None), ("staff.headcount", 28, None, None),
            ("staff.higher_education", 16, None, None)}


def test_the_fund_before_a_colon_listing_its_kinds_stays_the_whole():
    assert _figures("2024", "Кітап қоры – 9 400 дана: кітаптар – 8 900, журналдар – 500.") \
        == {("fund.end", 9400, None, None), ("fund.end", 8900, None, "books"), ("fund.end", 500, None, "magazines")}


def test_staff_word_alone_after_the_posts():
    assert _figures("2024", "Кітапханаларда 61 штат бірлігі, 58 қызметкер, олардың 30-ы жоғары білімді.") \
        == {("staff.units", 61, None, None), ("staff.headcount", 58, None, None),
            ("staff.higher_education", 30, None, None)}


def test_inhabitants_of_the_district_and_of_the_town():
    assert _figures("2024", "Ауданның тұрғындары – 18 700 адам, кітапханалық қызметпен қамту – 44 %.") \
        == {("population.served", 18700, None, None), ("coverage.population_pct", 44, None, None)}
    assert _figures("2024", "Қала тұрғындары – 52 300 адам.") == {("population.served", 52300, None, None)}
    # the inhabitants who came to events are no population
    assert _figures("2024", "Аудан тұрғындары арасында 140 іс-шара өткізілді.") == {("events.actual", 140, None, None)}


def test_uses_of_the_electronic_catalogue_are_no_records():
    assert _figures("2023", "Электрондық каталогтағы жазбалар – 9 120. Электрондық каталогқа жүгіну саны – 2 340.") \
        == {("catalog.records", 9120, None, None)}
    assert _figures("2023", "Обращений к электронному каталогу – 2 340.") == set()


def test_a_kind_listed_after_a_language_is_a_part_of_the_whole():
    assert _figures("2023", "Қорға 2 400 дана түсті, оның ішінде қазақ тілінде – 1 900 дана, көркем әдебиет – 760 дана.") \
        == {("fund.received", 2400, None, None), ("fund.received", 1900, "kk", None),
            ("fund.received", 760, None, "fiction")}


def test_library_education_in_brackets_after_the_higher():
    assert _figures("2023", "Жоғары білімді – 14 (оның ішінде кітапханалық – 9), арнаулы орта білімді – 10.") \
        == {("staff.higher_education", 14, None, None), ("staff.library_education", 9, None, None)}


def test_a_project_named_in_a_part_leaves_the_events_whole():
    assert _figures("2024", "Жыл ішінде 352 іс-шара өткізілді, оларға 9 870 адам қатысты, оның ішінде «Кітап – "
                            "біздің досымыз» жобасы бойынша – 40 іс-шара.") \
        == {("events.actual", 352, None, None), ("events.participants", 9870, None, None)}
    # a project named before the figure is still the project's
    assert _figures("2024", "«Кітап – біздің досымыз» жобасы бойынша 40 іс-шара өткізілді.") == set()
