"""Kazakh reports in shapes the rules had not met: long sentences with the
figure after its noun and a case ending on it ("9 300-ден асты", "14
қызметкерден тұрады", "180-нен астам іс-шара өткізіліп"), events devoted to
children as a part, the time of a balance beside another indicator's noun,
the state's order joined with another source, an oblast's network beside
the oblast library's own figures, a form of event after the year's events,
libraries labelled before their dash and their rural part, the staff after
a semicolon, and an akim's report to the population where the library is
one section."""

from __future__ import annotations

from conftest import prose_facts as _prose
from esep.model import Block, Document
from esep.plugins import metadata
from esep.plugins.facts import plugin as facts
from esep.plugins.lang.numbers import find_numbers
from esep.plugins.organizations import resolve
from esep.registry import Config

REGION = "branch:облыс кітапханалары"
RURAL = "branch:ауылдық кітапханалар"


def _keys(period: str, *text: str) -> set[tuple]:
    return {(k[0], k[1], k[4]) for k in _prose(period, *text)}


# -- the ablative before the verb "to exceed" ---------------------------------------------------

def test_the_ablative_before_the_verb_to_exceed_is_the_figure():
    assert [n.value for n in find_numbers("қаралым саны 7 500-ден асып түсті")] == [7500.0]
    assert ("visits.web", 12400.0, None) in _keys("2024", "Сайтқа кірушілер саны 12 400-ден асты.")


def test_an_ablative_alone_is_still_no_figure_of_its_own():
    # "5-тен" opens a range: no case ending the rule reads
    assert [n.value for n in find_numbers("5-тен 10-ға дейін")] == [10.0]


# -- the converb of holding, the staff that a collective consists of ------------------------------

def test_events_held_in_a_converb_are_the_events():
    got = _keys("2024", "Жыл ішінде 96-дан астам іс-шара өткізіліп, оқырмандардың қызығушылығы артты.")
    assert ("events.actual", 96.0, None) in got


def test_a_collective_of_so_many_staff_is_the_headcount():
    assert _keys("2024", "Кітапхана ұжымы 11 қызметкерден тұрады.") == {("staff.headcount", 11.0, None)}


def test_events_devoted_to_children_are_their_part():
    got = _keys("2024", "Барлығы 240 іс-шара өткізілді, оның ішінде 85 іс-шара балаларға арналды.")
    assert got == {("events.actual", 240.0, None), ("events.actual", 85.0, "children")}


# -- the time of a balance is no noun ---------------------------------------------------------------

def test_the_end_of_the_year_beside_another_indicator_says_when():
    got = _keys("2024", "Кітап қорының құрамы:", "Электрондық каталогтағы жазбалар саны жыл соңында 8 300-ге жетті.")
    assert got == {("catalog.records", 8300.0, None)}


def test_the_end_of_the_year_alone_still_names_the_fund():
    assert _keys("2024", "Жыл соңында кітап қоры 41 250 дана болды.") == {("fund.end", 41250.0, None)}


# -- the state's order joined with another source -------------------------------------------------------

def test_the_state_order_and_the_sponsors_together_are_all_received():
    got = _keys("2024", "Мемлекеттік тапсырыс бойынша және демеушілер есебінен қорға 960 дана кітап түсті.")
    assert got == {("fund.received", 960.0, None)}
    assert _keys("2024", "Мемлекеттік тапсырыс бойынша қорға 960 дана кітап түсті.") == {
        ("state_order.copies", 960.0, None)}


# -- an oblast's network beside the oblast library's own figures --------------------------------------

def test_the_whole_oblast_counts_its_libraries_and_their_rural_part():
    got = _keys("2024", "Облыс бойынша 312 кітапхана жұмыс істейді, оның ішінде 240 ауылдық кітапхана.")
    assert got == {("libraries.count", 312.0, REGION), ("libraries.count", 240.0, RURAL)}


def test_the_region_libraries_heading_a_list_own_every_item():
    got = _keys("2024", "Облыс кітапханаларының оқырмандары – 198 400, келушілер саны – 1 640 000, "
                        "кітап берілімі – 3 905 000 дана.")
    assert got == {("users.registered", 198400.0, REGION), ("visits.total", 1640000.0, REGION),
                   ("loans.total", 3905000.0, REGION)}


def test_the_oblast_library_own_figures_after_the_network_keep_no_group():
    got = _keys("2024", "Облыс кітапханаларының оқырмандары – 198 400.",
                "Облыстық кітапхана 24 300 оқырманға қызмет көрсетті, келушілер саны – 180 200.")
    assert ("users.registered", 24300.0, None) in got and ("visits.total", 180200.0, None) in got


def test_seminars_after_the_year_events_are_a_form_of_them():
    got = _keys("2024", "Жыл бойы 310 іс-шара өткізілді. Аудан кітапханашыларына 6 семинар өткізілді.")
    assert got == {("events.actual", 310.0, None)}


# -- libraries labelled before their dash, staff after a semicolon ---------------------------------------

def test_the_rural_part_of_libraries_labelled_before_a_dash():
    # (past the title: a first short line of two small figures would be read as the title's)
    got = _keys("2024", "Аудандық ОКЖ-ның 2024 жылғы жұмысы туралы ақпарат", "Жыл бойы 1 240 жаңа оқырман тіркелді.",
                "Кітапханалар саны – 22, оның ішінде 18 ауылдық кітапхана.")
    assert {("libraries.count", 22.0, None), ("libraries.count", 18.0, RURAL)} <= got


def test_the_staff_after_a_semicolon():
    got = _keys("2024", "Штат бірлігі – 24,5; қызметкерлер – 23, оның ішінде жоғары білімді – 15.")
    assert got == {("staff.units", 24.5, None), ("staff.headcount", 23.0, None),
                   ("staff.higher_education", 15.0, None)}


# -- an akim's report to the population --------------------------------------------------------------

AKIM_TITLE = "Жаңаауыл ауылдық округі әкімінің 2024 жылы атқарылған жұмыстар туралы халық алдындағы есебі"


def _akim_report() -> Document:
    d = Document(id="a", path="a.docx", format="docx",
                 metadata={"period": "2024", "organization": "Жаңаауыл ауылдық округі әкімі"})
    for kind, text in [("heading", AKIM_TITLE),
                       ("paragraph", "Округте 2 940 тұрғын тұрады. 2024 жылы округ бюджеті 95 300,0 мың теңгені "
                                     "құрады. Әкім аппаратында 7 қызметкер жұмыс істейді."),
                       ("heading", "Мәдениет"),
                       ("paragraph", "Жаңаауыл ауылдық кітапханасы 860 оқырманға қызмет көрсетті, кітап берілімі – "
                                     "17 400 дана. Кітапханада 2 қызметкер жұмыс істейді.")]:
        d.add_block(Block(kind, text))
    return d


def test_only_the_library_paragraph_of_an_akim_report_holds_library_figures():
    got = {(facts.fact_key(r.values)[0], facts.fact_key(r.values)[1], facts.fact_key(r.values)[4])
           for r in facts.extract(_akim_report(), Config()) if r.table == "facts" and r.values["metric"]}
    assert got == {("users.registered", 860.0, None), ("loans.total", 17400.0, None),
                   ("staff.headcount", 2.0, None)}


def test_an_akim_report_is_the_akim_s_not_the_library_s():
    d = _akim_report()
    assert metadata.detect_organization(d) == "Жаңаауыл ауылдық округі әкімі"
    assert resolve("Жаңаауыл ауылдық округі әкімінің аппараты").organization_id \
        == resolve("Жаңаауыл ауылдық округі әкімі").organization_id
    assert resolve("Жаңаауыл ауылдық округі әкімі").organization_id \
        != resolve("Жаңаауыл ауылдық кітапханасы").organization_id


def test_a_library_report_naming_an_akim_stays_the_library_s():
    d = Document(id="b", path="b.docx", format="docx")
    for text in ["Жаңаауыл ауылдық округі әкімінің аппараты жанындағы Жаңаауыл ауылдық кітапханасының",
                 "2024 жылғы жұмысы туралы есеп"]:
        d.add_block(Block("heading", text))
    assert "кітапхана" in (metadata.detect_organization(d) or "")


def test_a_russian_akim_report_is_the_akim_s_with_his_district():
    d = Document(id="c", path="c.docx", format="docx")
    d.add_block(Block("heading", "ОТЧЁТ акима Степного сельского округа Ерейментауского района перед населением за 2024 год"))
    d.add_block(Block("paragraph", "В округе проживает 3 120 человек, работают школа, амбулатория и сельская библиотека."))
    name = metadata.detect_organization(d)
    assert name == "аким Степного сельского округа Ерейментауского района"
    assert resolve(name).organization_id.endswith("-akim")
