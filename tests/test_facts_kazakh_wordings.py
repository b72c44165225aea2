"""Facts of Kazakh reports as district, city, oblast, village and children's
libraries word them: each sentence and table below was typed for this file
in the shape of such reports, with what it should give written before esep
read it; at first each gave a wrong figure or none.  A half-year and the
whole year named in words, the budget spent after the sentence that names
it, departments in the locative, the librarians counted, a group of readers
in front of their noun, the fund's movement told in books, the total of a
table of districts."""

from __future__ import annotations

import pytest

from conftest import prose_facts as _prose
from esep.model import Block, Cell, Document, Provenance, Table
from esep.plugins.facts import plugin as facts
from esep.plugins.lang.periods import find_half_year_words, find_whole_year_words, make_period
from esep.registry import Config


def _figures(period: str, *text: str) -> set[tuple]:
    """(metric, value, period, category) of every named figure."""
    return {(k[0], k[1], k[2], k[4]) for k in _prose(period, *text)}


# -- periods in words ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("report, text, want", [
    ("2022-H1", "Жарты жылда 310 іс-шара өтті.", ["2022-H1"]),
    ("2022-H2", "Жарты жыл ішінде 310 іс-шара өтті.", ["2022-H2"]),
    ("2022-Q2", "Жартыжылдықта 310 іс-шара өтті.", ["2022-H1"]),
    ("2022-H2", "За полугодие проведено 310 мероприятий.", ["2022-H2"]),
    ("2022", "За полугодие проведено 310 мероприятий.", []),  # which half, a report on the year does not say
])
def test_a_half_year_with_no_ordinal_is_the_reports_own(report, text, want):
    got = find_half_year_words(text, make_period(int(report[:4]), report[5:] or None))
    assert [p.period.code for p in got] == want


def test_a_half_year_with_its_ordinal_is_no_bare_half_year_to_the_reader_of_prose():
    # "бірінші жарты жылында" is read with its ordinal; the bare words inside it give the same half, once
    assert _figures("2021-H1", "2021 жылдың бірінші жарты жылында 52 іс-шара өткізілді.") == {
        ("events.actual", 52.0, "2021-H1", None)}


@pytest.mark.parametrize("report, found", [("2023-H1", ["2023", "2023"]), ("2023-9M", ["2023", "2023"]), ("2023", [])])
def test_the_whole_year_in_words_is_named_only_in_a_report_on_a_part_of_it(report, found):
    p = make_period(2023, report[5:] or None)
    got = find_whole_year_words("Жылдық бюджеті бекітілді, жылына екі рет.", p)
    assert [m.period.code for m in got] == found
    assert find_whole_year_words("Годовой план выполнен на 64,4 %, жылдық жоспар орындалды.", p) == []


def test_money_of_the_year_beside_the_half_years_spending():
    got = _figures("2022-H1",
                   "Кітапхананың 2022 жылға бекітілген жылдық бюджеті – 64,2 млн теңге. "
                   "Жарты жылда 30 115,8 мың теңге игерілді.",
                   "Мерзімді басылымдарға жазылуға жылына 900,0 мың теңге бөлінген. Оқырмандар саны – 3 400.")
    assert ("finance.budget", 64.2, "2022", None) in got
    assert ("finance.budget", 30115.8, "2022-H1", None) in got
    assert ("acquisition.budget", 900.0, "2022", "periodicals") in got
    # the year in words stays in its sentence: the readers after it are the half-year's
    assert ("users.registered", 3400.0, "2022-H1", None) in got


def test_money_spent_after_a_sentence_of_another_topic_is_no_budget():
    got = _figures("2022-H1", "Кітап қорын толықтыруға 1 800,0 мың теңге бөлінді. Жарты жылда 950,0 мың теңге игерілді.")
    assert not any(k[0] == "finance.budget" for k in got)


# -- departments, librarians, groups of readers -----------------------------------------------------------------

def test_a_department_in_the_locative_heads_its_figure_whatever_kind_its_name_holds():
    got = _figures("2022", "Орталық кітапхананың оқу залында 2 150 оқырман тіркелді, "
                           "балалар әдебиеті бөлімінде – 980 оқырман.",
                   "Кітапхана 6 300 оқырманға қызмет көрсетті, оның ішінде балалар – 2 100.")
    assert got == {("users.registered", 2150.0, "2022", "department:оқу залы"),
                   ("users.registered", 980.0, "2022", "department:балалар әдебиеті бөлімі"),
                   ("users.registered", 6300.0, "2022", None),
                   ("users.children", 2100.0, "2022", None)}


@pytest.mark.parametrize("text", ["Кітапханашылар саны – 3, оның ішінде жоғары білімді – 2.",
                                  "Число библиотекарей – 3, из них с высшим образованием – 2."])
def test_the_librarians_counted_are_the_staff_not_libraries(text):
    got = _figures("2024-Q3", text)
    assert ("staff.headcount", 3.0, "2024-Q3", None) in got
    assert not any(k[0] == "libraries.count" for k in got)


def test_a_group_of_readers_in_front_of_their_noun_names_the_part():
    got = _figures("2021", "Жыл ішінде 9 870 оқырман тіркелді, оның ішінде қашықтан қызмет көрсетілген "
                           "пайдаланушылар – 1 940.")
    assert got == {("users.registered", 9870.0, "2021", None), ("users.remote", 1940.0, "2021", None)}


# -- the fund's movement told in books ------------------------------------------------------------------------------

def test_the_funds_movement_told_in_books_is_the_whole_movement():
    got = _figures("2023-Q2", "Тоқсанда қорға 210 дана кітап түсті, оның ішінде балалар әдебиеті – 95 дана. "
                              "75 дана ескірген кітап есептен шығарылды.")
    assert got == {("fund.received", 210.0, "2023-Q2", None), ("fund.received", 95.0, "2023-Q2", "children"),
                   ("fund.withdrawn", 75.0, "2023-Q2", None)}


def test_books_beside_other_kinds_stay_books():
    got = _figures("2023", "Қорға 1 450 дана кітап және 320 дана мерзімді басылым түсті.",
                   "Қорға 1 450 дана кітап, 320 дана мерзімді басылым түсті.")
    assert ("fund.received", 1450.0, "2023", "books") in got


# -- a table of districts ------------------------------------------------------------------------------------------

def _table(period: str, rows: list[list[str]], heading: str | None = None) -> list[dict]:
    d = Document(id="t", path="t.docx", format="docx", metadata={"period": period})
    if heading:
        d.add_block(Block("heading", heading))
    d.add_table(Table([Cell(r, k, x) for r, row in enumerate(rows) for k, x in enumerate(row) if x], Provenance(page=1)))
    return [r.values for r in facts.extract(d, Config()) if r.table == "facts" and r.values.get("source") == "table"]


@pytest.mark.parametrize("head, places, total, group", [
    (["Аудандар", "Оқырмандар", "Келушілер"], ["Байзақ ауданы ОКЖ", "Талас ауданының ОКЖ"], "Барлығы",
     "branch:облыс кітапханалары"),
    (["Районы", "Пользователи", "Посещения"], ["Целиноградский район", "Аршалынский район"], "Итого",
     "branch:библиотеки области"),
])
def test_the_total_of_a_table_of_districts_is_the_oblasts_however_worded(head, places, total, group):
    rows = [head, [places[0], "21 300", "180 450"], [places[1], "18 120", "150 900"], [total, "39 420", "331 350"]]
    got = {(v["metric"], v["value"], v["category"]) for v in _table("2022", rows, "2. Основные показатели")}
    assert ("users.registered", 39420, group) in got and ("visits.total", 331350, group) in got
    assert not any(c is None for m, _, c in got if m)  # no figure of the table is the reporting library's own


def test_the_libraries_of_a_districts_own_system_keep_their_total():
    rows = [["Кітапханалар", "Оқырмандар"], ["Аудандық орталық кітапхана", "4 100"],
            ["Аудандық балалар кітапханасы", "2 300"], ["Барлығы", "6 400"]]
    got = {(v["metric"], v["value"], v["category"]) for v in _table("2022", rows)}
    assert ("users.registered", 6400, None) in got


def test_a_numbered_section_heading_naming_the_oblasts_libraries_is_no_title():
    rows = [["Аудандар", "Оқырмандар"], ["Жуалы ауданы", "12 000"], ["Мерке ауданы", "14 000"],
            ["Барлығы", "26 000"]]
    got = {(v["metric"], v["value"], v["category"])
           for v in _table("2021", rows, "I. Облыс кітапханаларының негізгі көрсеткіштері")}
    assert ("users.registered", 26000, "branch:облыс кітапханалары") in got


# -- pages on social networks ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Кітапхананың Facebook парақшасына кіру – 7 300.",
    "Әлеуметтік желілердегі парақшаларға келушілер саны – 18 600.",
    "Страницы библиотеки в социальных сетях посетили 18 600 пользователей.",
])
def test_visitors_of_the_pages_on_social_networks_are_no_visits_of_the_library(text):
    assert not any(k[0].startswith(("visits.", "users.")) for k in _figures("2022", text))


def test_the_site_and_the_library_keep_their_visits_beside_a_social_network():
    got = _figures("2022", "Келушілер саны – 61 200, сайтқа кіру – 9 800, Instagram парақшасына кіру – 14 500.")
    assert got == {("visits.total", 61200.0, "2022", None), ("visits.web", 9800.0, "2022", None)}


# -- the verb at the end of a Kazakh sentence, the library's readers ---------------------------------------------------

def test_the_verb_ending_the_sentence_names_the_whole_before_its_part():
    got = _figures("2023", "Жүйеде 84 қызметкер, оның ішінде 60 кітапханашы жұмыс істейді.")
    assert got == {("staff.headcount", 84.0, "2023", None), ("staff.headcount", 60.0, "2023", "librarians")}
    # no verb of staff: the people who did something are no staff count
    assert not _figures("2023", "Жыл ішінде 6 қызметкер, оның ішінде 4 кітапханашы біліктілігін арттырды.")


@pytest.mark.parametrize("text, want", [
    ("Ауылда 2 300 тұрғын бар, оның 1 450-і кітапхана оқырмандары.",
     {("population.served", 2300.0, "2023", None), ("users.registered", 1450.0, "2023", None)}),
    ("Жыл ішінде 3 100 кітапхана оқырманы тіркелді.", {("users.registered", 3100.0, "2023", None)}),
    ("Кездесуге 85 кітапхана оқырмандары қатысты.", {("events.participants", 85.0, "2023", None)}),
])
def test_the_librarys_readers_are_readers_not_libraries(text, want):
    assert _figures("2023", text) == want


# -- the fund's volume in the genitive, books received, the funds spent -------------------------------------------------

def test_the_funds_volume_in_the_genitive_and_new_books_received():
    got = _figures("2021-Q1", "Қордың жалпы көлемі 01.04.2021 ж. – 184 250 дана. Тоқсанда 530 дана жаңа кітап алынды.",
                   "Тоқсанда 210 дана кітап сатып алынды.")
    assert got == {("fund.end", 184250.0, "2021-Q1", None), ("fund.received", 530.0, "2021-Q1", None),
                   ("acquisition.copies", 210.0, "2021-Q1", "books")}


def test_the_funds_allotted_for_the_year_and_spent_in_the_quarter():
    got = _figures("2021-Q1", "Кітапханаға 2021 жылға бөлінген қаржы – 54,8 млн теңге, І тоқсанда игерілгені – "
                              "12 300,5 мың теңге.")
    assert got == {("finance.budget", 54.8, "2021", None), ("finance.budget", 12300.5, "2021-Q1", None)}


def test_a_staff_table_headed_by_the_employees_counts_the_staff():
    rows = [["Штат бірлігі", "Қызметкерлер", "Жоғары білімді"], ["28,5", "27", "19"]]
    got = {(v["metric"], v["value"]) for v in _table("2022", rows)}
    assert {("staff.units", 28.5), ("staff.headcount", 27), ("staff.higher_education", 19)} <= got
