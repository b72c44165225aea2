"""Facts of reports of other kinds of libraries and notes to the statistical
form, as their authors write them: rates per thousand inhabitants and per
reader, readers re-registered, a subscription to databases, the cost of the
copies that came in, a list of parts whose first has no category, school
grades joined by "и", a mobile library in any case and as a table's column,
and a balance in a report on a quarter that also counts from January."""

from __future__ import annotations

from conftest import prose_facts as _prose
from esep.model import Cell, Document, Provenance, Table
from esep.plugins.facts import plugin as facts
from esep.registry import Config


def _table(period: str, *rows: list[str]) -> set[tuple]:
    d = Document(id="t", path="t.docx", format="docx", metadata={"period": period})
    d.add_table(Table([Cell(r, k, x) for r, row in enumerate(rows) for k, x in enumerate(row) if x], Provenance(page=1)))
    return {facts.fact_key(r.values) for r in facts.extract(d, Config()) if r.table == "facts" and r.values["metric"]}


def test_figures_per_thousand_inhabitants_are_no_counts():
    got = _prose("2017", "Пользователей 6 120 человек. На 1000 жителей приходится: читателей – 412, "
                         "посещений – 3 105, книговыдача – 8 240 экз.")
    assert got == {("users.registered", 6120.0, "2017", None, None)}


def test_visits_per_one_reader_after_their_label_are_the_attendance():
    got = _prose("2017", "Среднее число посещений на 1 читателя – 7,9; книговыдача на одного пользователя – 19,4.")
    assert got == {("ratio.attendance", 7.9, "2017", None, None), ("ratio.reading", 19.4, "2017", None, None)}


def test_re_registered_readers_are_no_registered_readers():
    got = _prose("2016", "Всего читателей 4 310. Перерегистрировано 3 800 читателей, записано 510 новых.")
    assert got == {("users.registered", 4310.0, "2016", None, None)}


def test_a_subscription_to_databases_is_money_for_electronic_resources():
    got = _prose("2021", "На комплектование израсходовано 12 400,0 тыс. тенге, в том числе на подписку на "
                         "электронные базы данных – 5 100,0 тыс. тенге.")
    assert ("acquisition.budget", 5100.0, "2021", None, "electronic") in got
    got = _prose("2021", "На комплектование израсходовано 12 400,0 тыс. тенге, в том числе на подписку "
                         "периодических изданий – 900,0 тыс. тенге.")
    assert ("acquisition.budget", 900.0, "2021", None, "periodicals") in got


def test_the_cost_of_copies_that_came_in_is_the_acquisition_money():
    got = _prose("2020", "В фонд поступило 1 250 экз. книг на сумму 2 310,4 тыс. тенге (за счёт местного бюджета).")
    assert ("acquisition.budget", 2310.4, "2020", None, None) in got
    assert not any(k[0] == "finance.budget" for k in got)
    got = _prose("2020", "В фонд поступило 1 250 экз. книг на сумму 2 310,4 тыс. тенге.")
    assert not any(k[0].startswith(("acquisition.", "finance.")) for k in got)
    got = _prose("2020", "Списано 900 экз. ветхих книг на сумму 120,5 тыс. тенге.")
    assert not any(k[0].startswith(("acquisition.", "finance.")) for k in got)


def test_a_list_of_parts_goes_on_after_a_part_no_category_names():
    got = _prose("2020", "Фонд составляет 18 200 экз., из них литература по искусству – 12 000 экз., художественная литература – "
                         "5 400 экз., справочные издания – 800 экз.")
    assert got == {("fund.end", 18200.0, "2020", None, None), ("fund.end", 5400.0, "2020", None, "fiction")}


def test_grades_joined_by_and_are_no_figures():
    got = _prose("2020", "Поступило 2 400 экз. Недостающие учебники для 7 и 10 классов получены по обменному фонду.")
    assert got == {("fund.received", 2400.0, "2020", None, None)}


def test_a_mobile_library_in_the_genitive_is_the_same_branch():
    got = _prose("2018", "Фонд передвижной библиотеки – 3 200 экз. Передвижная библиотека обслужила 540 читателей.")
    assert {k[4] for k in got} == {"branch:передвижная библиотека"}
    got = _prose("2018", "Жылжымалы кітапхананың қоры – 2 900 дана. Жылжымалы кітапхана 410 оқырманға қызмет көрсетті.")
    assert {k[4] for k in got} == {"branch:жылжымалы кітапхана"}


def test_a_column_of_the_bookmobile_is_its_share_not_the_whole():
    got = _table("2018",
                 ["Показатель", "Всего по библиотеке", "в т.ч. библиобус"],
                 ["Пользователи", "21 400", "1 900"],
                 ["Книговыдача", "402 000", "14 300"])
    assert got == {("users.registered", 21400.0, "2018", None, None), ("loans.total", 402000.0, "2018", None, None),
                   ("users.registered", 1900.0, "2018", None, "branch:библиобус"),
                   ("loans.total", 14300.0, "2018", None, "branch:библиобус")}


def test_a_balance_after_the_quarter_and_the_year_to_date_is_the_quarters():
    got = _prose("2021-Q3", "В III квартале поступило 800 экз., с начала года – 2 100 экз. "
                            "Фонд на 01.10.2021 – 98 400 экз.")
    assert ("fund.end", 98400.0, "2021-Q3", None, None) in got
    assert ("fund.received", 2100.0, "2021-9M", None, None) in got
    got = _prose("2021-Q3", "С начала года поступило 2 100 экз. Фонд на 01.10.2021 – 98 400 экз.")
    assert ("fund.end", 98400.0, "2021-9M", None, None) in got


def test_staff_beside_columns_of_readers_are_a_group_of_readers():
    got = _table("2023",
                 ["Группа читателей", "Количество читателей", "Посещения"],
                 ["5-9 классы", "380", "4 900"],
                 ["Учителя и сотрудники", "64", "820"],
                 ["Итого", "444", "5 720"])
    assert got == {("users.registered", 444.0, "2023", None, None), ("visits.total", 5720.0, "2023", None, None)}


def test_a_list_of_named_parts_goes_on_past_the_money_a_part_cost():
    got = _prose("2021", "Поступило 2 150 экз., из них книг – 1 900 экз. на сумму 3 410,5 тыс. тенге, "
                         "периодических изданий – 250 экз.")
    assert {("fund.received", 1900.0, "2021", None, "books"),
            ("fund.received", 250.0, "2021", None, "periodicals")} <= got
    # a figure of another kind between two parts is no cost of the part before: the list stops there
    got = _prose("2021", "Фонд – 9 000 экз.: книги – 7 000 экз., читателей 3 100 чел., журналы – 2 000 экз.")
    assert ("fund.end", 2000.0, "2021", None, "periodicals") not in got
