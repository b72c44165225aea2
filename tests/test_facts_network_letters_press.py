"""An oblast library's report with its region's network beside its own
figures, quarterly and nine months' reports with the year to date, a plan
table's wording, a report sent as a letter and a press release: each
sentence below is typed as such reports write them, with what it should
give written before esep read it; at first each gave a figure of the wrong
owner, the wrong period or metric, or none."""

from __future__ import annotations

from conftest import prose_facts

from esep.model import Block, Document
from esep.plugins.facts import plugin as facts
from esep.plugins.metadata import _ORG_QUOTED
from esep.registry import Config

REGION = "branch:библиотеки области"


def _named(period: str, *paragraphs: str) -> set[tuple]:
    return {(k[0], k[1], k[4]) for k in prose_facts(period, *paragraphs)}


def _keys(period: str, *paragraphs: str) -> set[tuple]:
    return {(k[0], k[1], k[2]) for k in prose_facts(period, *paragraphs)}


def test_the_region_named_at_the_head_of_a_sentence_owns_its_figures():
    # an oblast library's report: the region's network first, then the library's own work
    got = _named("2022", "В целом по области читателей 310,4 тыс., книговыдача – 6,2 млн экз. "
                         "Областная библиотека обслужила 19 870 читателей.")
    assert got == {("users.registered", 310.4, REGION), ("loans.total", 6.2, REGION),
                   ("users.registered", 19870, None)}
    got = _named("2022", "В Павлодарской области действуют 198 библиотек, из них 151 сельских.")
    assert got == {("libraries.count", 198, REGION), ("libraries.count", 151, "branch:сельские библиотеки")}
    assert _named("2022", "Облыс бойынша 198 кітапхана жұмыс істейді.") == {
        ("libraries.count", 198, "branch:облыс кітапханалары")}


def test_a_report_on_the_regions_libraries_keeps_no_category_of_them():
    d = Document(id="p", path="p.txt", format="txt", metadata={"period": "2022"})
    d.add_block(Block("heading", "Анализ работы библиотек Павлодарской области за 2022 год"))
    d.add_block(Block("paragraph", "Всего по области читателей 310,4 тыс."))
    got = {(r.values["metric"], r.values["value"], r.values["category"]) for r in facts.extract(d, Config())
           if r.table == "facts" and r.values["metric"]}
    assert got == {("users.registered", 310.4, None)}


def test_the_kind_of_libraries_alone_names_their_group():
    assert _named("2022", "Число библиотек – 18, из них сельских – 15.") == {
        ("libraries.count", 18, None), ("libraries.count", 15, "branch:сельские библиотеки")}
    assert _named("2022", "Сеть – 18 библиотек, в том числе 3 городских.") == {
        ("libraries.count", 18, None), ("libraries.count", 3, "branch:городские библиотеки")}
    # no libraries counted first: the readers of a kind are no libraries
    assert ("libraries.count", 920, "branch:сельские библиотеки") not in _named(
        "2022", "Число читателей – 2 400, из них сельских – 920.")


def test_the_year_to_date_after_the_quarter_keeps_the_indicator_before():
    got = _keys("2022-9M", "В III квартале выбыло 640 экз., нарастающим итогом с начала года – 1 910 экз.")
    assert got == {("fund.withdrawn", 640, "2022-Q3"), ("fund.withdrawn", 1910, "2022-9M")}
    got = _keys("2022-H1", "Во II квартале записано 1 230 читателей, с начала года – 4 050.")
    assert got == {("users.registered", 1230, "2022-Q2"), ("users.registered", 4050, "2022-H1")}


def test_a_plan_missed_or_exceeded_by_so_many_is_no_figure():
    assert _named("2022", "План по посещениям не выполнен на 2 310 из-за ремонта здания.") == set()
    assert _named("2022", "План по книговыдаче перевыполнен на 4 120 экз.") == set()


def test_the_budget_spent_out_of_the_years_budget():
    got = _keys("2022-Q1", "За I квартал освоено 2 740,5 тыс. сомов из 11 980,0 тыс. сомов годового бюджета.")
    assert got == {("finance.budget", 2740.5, "2022-Q1"), ("finance.budget", 11980.0, "2022")}


def test_records_added_beside_the_catalogues_size_in_one_clause():
    assert _named("2022", "Электронный каталог пополнился на 8 240 записей и насчитывает 201 300 записей.") == {
        ("catalog.records", 201300, None)}


def test_training_of_librarians_is_no_event_of_the_library():
    got = _named("2022", "Проведено 312 мероприятий для читателей. Для библиотечных специалистов района "
                         "организовано 9 семинаров.")
    assert got == {("events.actual", 312, None)}


def test_a_press_release_counts_in_thousands_with_the_libraries_as_subject():
    got = {(k[0], k[1]) for k in prose_facts(
        "2022", "Библиотеки района посетили более 95 тысяч человек. Читателями библиотек стали 11,8 тыс. жителей. "
                "В 21 библиотеках района прошло 540 мероприятий.")}
    assert got == {("visits.total", 95), ("users.registered", 11.8), ("libraries.count", 21), ("events.actual", 540)}


def test_a_name_goes_on_to_its_oblast_and_to_the_mayors_office():
    m = _ORG_QUOTED.search("КГУ «Централизованная библиотечная система» Есильского района Акмолинской области")
    assert m.group(4) == "Есильского района Акмолинской области"
    m = _ORG_QUOTED.search("Муниципальное учреждение «Централизованная библиотечная система» мэрии города Бишкек")
    assert m.group(4) == "мэрии города Бишкек"


def test_the_readers_children_in_the_next_sentence_make_no_kind_of_the_loans():
    # "дети" of a sentence about the readers is no kind of literature beside the books the loans are counted in
    got = _named("2022", "За год выдано 215 тыс. книг. Читателями стали 9,6 тыс. человек, из них 3 тысячи – дети.")
    assert ("loans.total", 215, None) in got
    # books beside another kind in the loans' own sentence stay a part
    assert ("loans.total", 9100, "books") in _named("2022", "Выдано 9 100 экз. книг, 1 200 экз. журналов.")
