"""Facts in shapes reports written for the purpose brought in: a group of
the libraries a sentence counted first ("в том числе 20 сельских
библиотек"), mass events named "көпшілік іс-шаралар", a row naming a whole
and its part with two figures a cell parted by a slash, a label merged down
over the rows of its indicator, the library's staff as a row label, and a
figure no metric names stated after "составили".  Each rule is stated here
in other words and figures than those reports use."""

from __future__ import annotations

from esep.model import Block, Cell, Document, Provenance, Table
from esep.plugins.facts import plugin as facts
from esep.registry import Config

from conftest import prose_facts, table_facts


def _prose(*paragraphs: str) -> list:
    """The fact rows of these paragraphs after three lines of a title (a
    report's first lines without figures are its title)."""
    d = Document(id="p", path="p.txt", format="txt", metadata={"period": "2022"})
    for x in ("Отчёт о работе библиотечной системы за 2022 год", "Общие сведения", "1. Сеть и кадры", *paragraphs):
        d.add_block(Block("paragraph", x))
    return [r.values for r in facts.extract(d, Config()) if r.table == "facts"]


def _named(*paragraphs: str) -> set:
    return {facts.fact_key(v) for v in _prose(*paragraphs) if v["metric"]}


def _merged(*cells: tuple) -> set:
    """Facts of a .docx table of cells (row, col, text[, row_span])."""
    d = Document(id="t", path="t.docx", format="docx", metadata={"period": "2022"})
    d.add_table(Table([Cell(*c) for c in cells], Provenance(page=1)))
    return {facts.fact_key(r.values) for r in facts.extract(d, Config()) if r.table == "facts" and r.values["metric"]}


# -- a group of the libraries counted before ------------------------------------------------

def test_a_group_of_the_libraries_counted_first_is_that_groups_count():
    rural = "branch:сельские библиотеки"
    assert _named("В ЦБС входят 31 библиотека: центральная библиотека, детская библиотека и 29 сельских "
                  "библиотек.") >= {("libraries.count", 31, "2022", None, None),
                                    ("libraries.count", 29, "2022", None, rural)}
    assert ("libraries.count", 17, "2022", None, rural) in \
        _named("Сеть района насчитывает 19 библиотек, в том числе 17 сельских библиотек.")
    assert ("libraries.count", 21, "2022", None, rural) in \
        _named("В системе 23 библиотеки, из них 21 сельская библиотека.")


def test_a_group_of_the_libraries_counted_first_in_kazakh():
    rural = "branch:ауылдық кітапханалар"
    assert ("libraries.count", 15, "2022", None, rural) in \
        _named("Ауданда 17 кітапхана жұмыс істейді, оның ішінде 15 ауылдық кітапхана.")
    # the part in the possessive, the countryside it is in
    assert ("libraries.count", 88, "2022", None, rural) in \
        _named("Облыста 120 кітапхана бар, оның ішінде 88-і ауылдық жерде.")


def test_libraries_of_a_kind_in_a_sentence_counting_none_before_are_no_group_count():
    # a figure of something else the group did is no count of libraries
    got = _named("В 12 сельских библиотеках из 21 работают клубы по интересам.")
    assert not any(k[0] == "libraries.count" and k[1] == 12 for k in got)


# -- mass events ----------------------------------------------------------------------------

def test_mass_events_named_kopshilik_are_the_events_held():
    assert table_facts("2022", ["Көрсеткіштер", "2021", "2022"], ["Көпшілік іс-шаралар", "212", "230"]) >= {
        ("events.actual", 212, "2021", None, None), ("events.actual", 230, "2022", None, None)}
    assert ("events.actual", 64, "2022", None, None) in _named("Жыл ішінде 64 көпшілік іс-шара өткізілді.")


# -- a row naming a whole and its part ------------------------------------------------------

def test_a_row_naming_the_whole_and_its_part_with_one_figure_a_year_gives_the_whole():
    got = table_facts("2022", ["Көрсеткіштер", "2021", "2022"], ["Оқырмандар, оның ішінде балалар", "3 410", "3 505"])
    assert {("users.registered", 3410, "2021", None, None), ("users.registered", 3505, "2022", None, None)} <= got
    assert not any(k[0] == "users.children" for k in got)


def test_two_figures_a_cell_parted_by_a_slash_are_the_whole_and_its_part():
    got = table_facts("2022", ["Показатели", "2021", "2022"], ["Пользователи, в т.ч. дети", "6 120 / 2 480",
                                                               "6 300 / 2 515"])
    assert {("users.registered", 6120, "2021", None, None), ("users.children", 2480, "2021", None, None),
            ("users.registered", 6300, "2022", None, None), ("users.children", 2515, "2022", None, None)} <= got
    # a row naming no part keeps its slash: no figure is split
    assert not any(k[1] in (6120, 2480) for k in table_facts("2022", ["Показатели", "2022"],
                                                               ["Пользователи", "6 120 / 2 480"]))


# -- a label merged down over its rows -------------------------------------------------------

def test_a_merged_group_label_gives_its_rows_their_metrics():
    got = _merged((0, 0, "Показатели"), (0, 2, "2021"), (0, 3, "2022"),
                  (1, 0, "Мероприятия", 2, 1), (1, 1, "количество"), (1, 2, "140"), (1, 3, "152"),
                  (2, 1, "посетители"), (2, 2, "3 260"), (2, 3, "3 410"))
    assert {("events.actual", 140, "2021", None, None), ("events.actual", 152, "2022", None, None),
            ("events.participants", 3260, "2021", None, None), ("events.participants", 3410, "2022", None, None)} <= got
    got = _merged((0, 0, "Көрсеткіштер"), (0, 2, "2022"),
                  (1, 0, "Іс-шаралар", 2, 1), (1, 1, "саны"), (1, 2, "75"),
                  (2, 1, "қатысушылар"), (2, 2, "1 980"))
    assert {("events.actual", 75, "2022", None, None), ("events.participants", 1980, "2022", None, None)} <= got
    got = _merged((0, 0, "Показатели"), (0, 2, "2022"),
                  (1, 0, "Фонд", 3, 1), (1, 1, "всего"), (1, 2, "52 300"),
                  (2, 1, "поступило"), (2, 2, "1 870"), (3, 1, "выбыло"), (3, 2, "2 040"))
    assert {("fund.end", 52300, "2022", None, None), ("fund.received", 1870, "2022", None, None),
            ("fund.withdrawn", 2040, "2022", None, None)} <= got


# -- the library's staff as a row ------------------------------------------------------------

def test_the_librarys_staff_as_a_row_label_is_the_headcount():
    assert ("staff.headcount", 6, "2022", None, None) in table_facts(
        "2022", ["Көрсеткіш", "Адам саны"], ["Кітапхана қызметкерлері", "6"], ["оның ішінде жоғары білімді", "4"])
    assert ("staff.headcount", 9, "2022", None, None) in table_facts(
        "2022", ["", "2021", "2022"], ["Сотрудники библиотеки", "8", "9"])
    # in prose the staff are the subject of what they did, no count of them
    assert not any(k[0] == "staff.headcount" for k in _named("Кітапхана қызметкерлері 14 экскурсия жүргізді."))


# -- a figure no metric names after "составили" ----------------------------------------------

def test_a_figure_no_metric_names_after_a_linking_verb_keeps_its_label():
    rows = _prose("Переходы на сайт из социальных сетей составили 7 315.")
    assert any(v["metric"] is None and v["value"] == 7315 and v["label_key"] == "переходы на сайт из социальных сетей"
               for v in rows)
    # a figure with a counted word after it is no such label's
    assert not any(v["value"] == 37 for v in _prose("Средний возраст читателей составил 37 лет."))


def test_a_group_of_the_libraries_is_never_a_second_count_of_the_whole_network():
    # whether the title's lines leave the group its name or take it for the report's own, the 22 rural libraries
    # are never stored as the libraries of the whole system beside its 24
    for head in (("Отчет о работе ЦБС за 2015 год", "Сеть"),
                 ("Отчет о работе ЦБС за 2015 год", "Основные показатели", "Работа библиотек",
                  "Сеть библиотек района не изменилась за год.")):
        got = {(k[0], k[1], k[4]) for k in prose_facts("2015", *head, "Библиотечную сеть района составляют 24 "
                                                       "библиотеки: центральная районная библиотека, детская "
                                                       "библиотека и 22 сельские библиотеки.")}
        assert ("libraries.count", 24, None) in got and ("libraries.count", 22, None) not in got
