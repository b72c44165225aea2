"""Russian reports of libraries of Kazakhstan and its neighbours: the users
counted by the way they are served (in the library's walls, out of them,
remotely), a municipal task's own column, the posts filled beside the posts
on the staff, the information-library centres of Uzbekistan as rows, a date
over the row labels, a sum spent on books and a subscription together, the
catalogue's size beside its additions, and the visits to an electronic
library."""

from __future__ import annotations

from conftest import paragraphs_doc
import pytest

from esep.model import Block, Cell, Document, Provenance, Table
from esep.plugins.facts import plugin as facts
from esep.registry import Config


def _table(rows: list[list[str]], caption: str = "Основные показатели", period: str = "2024") -> set[tuple]:
    d = Document(id="t", path="t.docx", format="docx", metadata={"period": period})
    d.add_block(Block("paragraph", caption))
    d.add_table(Table([Cell(r, k, x) for r, row in enumerate(rows) for k, x in enumerate(row) if x],
                      Provenance(page=1)))
    return {(r.values["metric"], r.values["value"], r.values["period"], r.values["category"], r.values["as_of"])
            for r in facts.extract(d, Config()) if r.table == "facts" and r.values["metric"]}


def _prose(*texts: str, period: str = "2024") -> set[tuple]:
    d = paragraphs_doc(*texts)
    d.metadata["period"] = period
    return {(r.values["metric"], r.values["value"], r.values["category"], r.evidence)
            for r in facts.extract(d, Config()) if r.table == "facts" and r.values["metric"]}


def _values(got: set[tuple]) -> set[tuple]:
    return {(m, v, c) for m, v, c, _ in got}


# -- users by the way they are served ------------------------------------------------------

_IN, _OUT = "department:стационарное обслуживание", "department:внестационарное обслуживание"


def test_users_in_the_walls_out_of_them_and_remote_after_their_whole():
    got = _values(_prose("За год библиотекой было обслужено 8 765 пользователей, из них в стационарных условиях – "
                         "6 940, вне стационара – 1 105, удалённо – 720."))
    assert {("users.registered", 8765, None), ("users.registered", 6940, _IN), ("users.registered", 1105, _OUT),
            ("users.remote", 720, None)} <= got


def test_users_by_service_mode_with_no_whole_before_them():
    got = _values(_prose("Пользователей в стационарных условиях обслужено 8 912, вне стационара (пункты выдачи, "
                         "книгоношество) – 604, дистанционно – 330."))
    assert got == {("users.registered", 8912, _IN), ("users.registered", 604, _OUT), ("users.remote", 330, None)}


def test_loans_and_events_out_of_the_walls_stay_theirs():
    # negative: the modes of service after loans or events name no users
    got = _values(_prose("Книговыдача составила 204 300 экз., в том числе вне стационара – 12 400.",
                         "Проведено 512 мероприятий (из них вне стационара – 74)."))
    assert ("loans.total", 12400, _OUT) in got and ("events.actual", 74, _OUT) in got
    assert not any(m.startswith("users.") for m, _, _ in got)


def test_copies_given_out_of_the_walls_after_the_users_are_no_users():
    # negative: a figure in copies after the users is what was lent, not who was served
    got = _values(_prose("Обслужено 8 765 пользователей, выдано вне стационара – 15 200 экз."))
    assert ("loans.total", 15200, _OUT) in got and not any(v == 15200 for m, v, _ in got if m.startswith("users."))


def test_table_rows_of_service_modes_under_the_users():
    got = _table([["Показатели", "2023", "2024"], ["Пользователи – всего", "10 046", "10 318"],
                  ["в т.ч. в стационарных условиях", "9 011", "9 140"], ["вне стационара", "655", "702"],
                  ["удалённые пользователи", "380", "476"], ["Посещения", "73 905", "75 610"],
                  ["в т.ч. вне стационара", "5 120", "5 300"]])
    assert {("users.registered", 9140, "2024", _IN, None), ("users.registered", 702, "2024", _OUT, None),
            ("users.remote", 476, "2024", None, None), ("users.registered", 10318, "2024", None, None)} <= got
    # negative: the visits' part out of the walls is no users' figure
    assert not any(v == 5300 for m, v, *_ in got if m.startswith("users."))


# -- a municipal task's columns ------------------------------------------------------------

def test_the_value_set_by_the_municipal_task_is_a_plan():
    got = _table([["Показатель объёма", "Значение по МЗ", "Исполнено", "Допустимое отклонение, %"],
                  ["Число посещений, ед.", "118 500", "119 304", "5"],
                  ["Число зарегистрированных пользователей, чел.", "13 900", "13 912", "5"]])
    assert {(m, v) for m, v, *_ in got} == {("visits.total", 119304), ("users.registered", 13912)}


def test_a_task_set_in_words_is_a_plan_too():
    got = _table([["Показатель", "Установлено муниципальным заданием", "Фактически исполнено"],
                  ["Число посещений", "118 500", "119 304"]])
    assert {(m, v) for m, v, *_ in got} == {("visits.total", 119304)}


# -- a staff table's posts filled ----------------------------------------------------------

def test_the_posts_filled_beside_the_posts_on_the_staff_are_the_head_count():
    got = _table([["Должность", "Штатных единиц", "Занято"], ["Административно-управленческий персонал", "4", "4"],
                  ["Библиотечные работники", "46,5", "45"], ["Технический персонал", "12,5", "12"],
                  ["Итого", "63", "61"]], caption="Кадры")
    assert {("staff.units", 63, "2024", None, None), ("staff.headcount", 61, "2024", None, None),
            ("staff.headcount", 45, "2024", "librarians", None), ("staff.technical", 12, "2024", None, None)} <= got
    # the administration's row names no indicator: its figures stay unnamed
    assert not any(v == 4 for _, v, *_ in got)


def test_a_column_of_posts_filled_in_posts_is_no_head_count():
    # negative: "Занято ставок" counts posts, not people
    got = _table([["Должность", "Штатных единиц", "Занято ставок"], ["Итого", "63", "60,5"]], caption="Кадры")
    assert not any(m == "staff.headcount" for m, *_ in got)


# -- information-library centres as rows ---------------------------------------------------

def test_rows_of_information_library_centres_are_each_centres_own():
    got = _table([["№", "Наименование ИБЦ", "Пользователи", "Посещения"], ["1", "ИБЦ г. Коканда", "4 210", "28 640"],
                  ["2", "ИБЦ Риштанского района", "2 640", "17 205"], ["3", "Областной ИБЦ", "6 930", "48 115"],
                  ["", "Итого", "13 780", "93 960"]], period="2025-H1")
    assert {("users.registered", 4210, "2025-H1", "branch:ибц г коканда", None),
            ("visits.total", 17205, "2025-H1", "branch:ибц риштанского района", None),
            ("users.registered", 6930, "2025-H1", "branch:областной ибц", None),
            ("users.registered", 13780, "2025-H1", None, None)} <= got


def test_rows_of_indicators_are_no_centres():
    # negative: rows that name indicators, under a caption naming the centre, are the centre's indicators
    got = _table([["Показатель", "2025"], ["Пользователи", "6 930"], ["Посещения", "48 115"]],
                 caption="Показатели Областного ИБЦ", period="2025-H1")
    assert ("users.registered", 6930, "2025-H1", None, None) in got
    assert not any((c or "").startswith("branch:") for *_, c, _ in got)


# -- a date over the row labels ------------------------------------------------------------

def test_a_date_over_the_row_labels_dates_the_stock():
    got = _table([["Фонд ИРЦ на 01.01.2025", "Экз."], ["Всего", "512 680"], ["на русском языке", "176 220"]],
                 caption="III. Фонд")
    assert ("fund.end", 512680, "2024", None, "2025-01-01") in got


def test_a_date_over_the_row_labels_dates_no_years_columns():
    # negative: columns of their own periods keep their own dates (none here)
    got = _table([["Показатели на 01.01.2025", "2023", "2024"], ["Фонд, экз.", "48 210", "49 035"]], caption="Фонд")
    assert ("fund.end", 48210, "2023", None, None) in got and ("fund.end", 49035, "2024", None, None) in got


def test_no_date_over_the_row_labels_dates_nothing():
    got = _table([["Фонд", "Экз."], ["Всего", "512 680"]], caption="III. Фонд")
    assert ("fund.end", 512680, "2024", None, None) in got


# -- money for books and a subscription together -------------------------------------------

def test_a_sum_for_books_and_a_subscription_together_is_of_no_one_kind():
    got = _values(_prose("На приобретение литературы и подписку на базы данных израсходовано 3 842,6 тыс. сом.",
                         "На закупку книг и подписку на газеты и журналы израсходовано 950,0 тыс. тенге."))
    assert ("acquisition.budget", 3842.6, None) in got and ("acquisition.budget", 950.0, None) in got


def test_a_subscription_alone_keeps_its_kind():
    # negative: a subscription on its own is the money of what it subscribes to
    got = _values(_prose("На комплектование фонда израсходовано 2 100,0 тыс. руб., в т.ч. на подписку периодических "
                         "изданий – 400,0 тыс. руб.", "В том числе на подписку на базы данных – 1 200,0 тыс. тенге."))
    assert ("acquisition.budget", 400.0, "periodicals") in got and ("acquisition.budget", 1200.0, "electronic") in got


# -- the catalogue, an electronic library --------------------------------------------------

def test_the_catalogue_it_holds_beside_the_records_added():
    got = _values(_prose("Электронный каталог содержит 98 715 записей, за год внесено 8 120 записей."))
    assert ("catalog.records", 98715, None) in got and ("catalog.records", 8120, None) not in got


def test_records_added_alone_are_the_catalogues_figure():
    # negative: with no size beside them, the records added stay
    assert ("catalog.records", 8120, None) in _values(_prose("В электронный каталог внесено 8 120 записей."))


@pytest.mark.parametrize("text, value", [
    ("Число обращений к электронной библиотеке ИРЦ – 126 840.", 126840),
    ("Обращений к ЭБС зарегистрировано 45 120.", 45120),
])
def test_visits_to_an_electronic_library_are_remote_visits(text, value):
    assert ("visits.web", value, None) in _values(_prose(text))


def test_an_electronic_librarys_fund_is_no_visit():
    # negative
    got = _values(_prose("Фонд электронной библиотеки – 12 400 документов."))
    assert not any(m == "visits.web" for m, _, _ in got)
