"""The year before in brackets after each figure, the approved estimate
beside the spent one, a noun of change before "на N", the supply of
textbooks, the requests of users, a language listed after a kind among the
parts, and a department that opens its sentence in the instrumental.  Each
sentence or table is written here in the genre's words, with what it should
give written before it was read."""

from __future__ import annotations

import pytest

from conftest import prose_facts, table_facts
from esep.model import Block, Document
from esep.plugins import metadata


# -- the year before in brackets, all through the report ---------------------------

def test_a_bare_bracket_is_the_year_before_once_the_report_names_it():
    got = prose_facts(
        "2021",
        "Число читателей – 6 120 (в 2020 г. – 5 980), из них молодёжи – 1 410 (1 390).",
        "Выдано 131 500 экз. (2020 – 128 700), посещений – 52 300 (в 2020 г. – 50 100).",
        "Посещаемость – 8,5 (8,4).",
    )
    assert ("users.youth", 1390.0, "2020", None, None) in got
    assert ("loans.total", 128700.0, "2020", None, None) in got
    assert ("ratio.attendance", 8.4, "2020", None, None) in got
    assert ("users.youth", 1410.0, "2021", None, None) in got


def test_a_bare_bracket_stays_unread_when_no_year_is_ever_named():
    got = prose_facts("2021", "Число читателей – 6 120 (5 980).", "Выдано 131 500 экз. (128 700).")
    assert not any(k[1] in (5980.0, 128700.0) for k in got)


def test_a_bracket_of_another_kind_keeps_its_own_reading():
    got = prose_facts(
        "2021",
        "Читателей – 6 120 (в 2020 г. – 5 980), выдано 131 500 экз. (в 2020 г. – 128 700).",
        "Фонд на 01.01.2022 – 84 300 экз. (на 01.01.2021 – 85 120 экз.).",
    )
    assert ("fund.start", 85120.0, "2021", None, None) in got
    assert not any(k[0] == "fund.end" and k[2] == "2020" for k in got)


# -- the approved estimate beside the spent one --------------------------------------

def test_the_approved_column_of_an_estimate_is_its_plan():
    got = table_facts("2022",
                      ["Статьи расходов", "Утверждено по смете", "Кассовое исполнение", "%"],
                      ["Комплектование фонда", "2 800,0", "2 796,4", "99,9"],
                      caption="Исполнение сметы, тыс. тенге")
    assert ("acquisition.budget", 2796.4, "2022", None, None) in got
    assert not any(k[1] == 2800.0 for k in got)


def test_an_approved_column_alone_keeps_its_figures():
    got = table_facts("2022", ["Статьи расходов", "Утверждено"], ["Комплектование фонда", "2 800,0"],
                      caption="Смета, тыс. тенге")
    assert any(k[1] == 2800.0 for k in got)


# -- a noun of change before "на N" ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Снижение числа читателей на 215 человек вызвано закрытием школы.",
    "Рост посещений на 3 400 обусловлен работой клубов.",
    "Увеличение книговыдачи на 2 150 экз. связано с пополнением фонда.",
])
def test_a_noun_of_change_before_a_figure_makes_it_a_difference(text):
    assert prose_facts("2022", text) == set()


# -- the supply of textbooks, the requests of users ---------------------------------------

@pytest.mark.parametrize("text, value", [
    ("Обеспеченность учебной литературой на одного студента составляет 47,2 экз.", 47.2),
    ("Обеспеченность основной литературой – 0,9 экз. на 1 обучающегося.", 0.9),
])
def test_the_supply_of_textbooks_per_student_is_the_book_supply(text, value):
    assert ("ratio.book_supply", value, "2021", None, None) in prose_facts("2021", text)


def test_a_row_of_the_users_requests_counts_no_users():
    got = table_facts("2023", ["Показатели", "2022 г.", "2023 г."],
                      ["Запросы читателей", "1 920", "2 040"],
                      ["Число читателей", "7 300", "7 410"])
    assert ("users.registered", 7410.0, "2023", None, None) in got
    assert not any(k[1] in (1920.0, 2040.0) for k in got)


# -- a language listed after a kind among the parts ---------------------------------------

def test_a_language_listed_after_a_kind_is_the_wholes_part():
    got = prose_facts("2022", "Поступило 3 200 экз., в т.ч. художественной литературы – 1 100 экз., "
                              "на государственном языке – 1 750 экз.")
    assert ("fund.received", 1750.0, "2022", "kk", None) in got
    assert ("fund.received", 1100.0, "2022", None, "fiction") in got


# -- a department opening its sentence, a centre of the library -----------------------------

def test_a_department_in_the_instrumental_owns_its_sentences_figures():
    got = prose_facts("2023", "Сектором краеведения подготовлено 14 библиографических справок.",
                      "Всего выполнено 3 200 справок.")
    assert ("bibliography.references", 14.0, "2023", None, "department:сектор краеведения") in got
    assert ("bibliography.references", 3200.0, "2023", None, None) in got


def test_a_centre_heading_an_item_is_a_department():
    got = prose_facts("2023", "В библиотеке работают 19 сотрудников, из них в центре общественного доступа – 2.")
    assert ("staff.headcount", 2.0, "2023", None, "department:центр общественного доступа") in got


# -- the founder's fields listed with commas -----------------------------------------------

def test_a_founders_fields_listed_with_commas_stay_in_the_name():
    d = Document(id="x", path="x.docx", format="docx")
    for p in ("ГУ «Централизованная библиотечная система» отдела культуры, развития языков, физической "
              "культуры и спорта Бородулихинского района", "Отчёт за 2022 год", "Пользователей – 9 100."):
        d.add_block(Block("paragraph", p))
    assert metadata.detect_organization(d).endswith("физической культуры и спорта Бородулихинского района")


# -- certificates got through the e-government portal --------------------------------------

def test_certificates_of_the_e_government_portal_are_no_references():
    got = prose_facts("2023", "Выполнено 1 850 справок. Через пункт доступа оказано 940 услуг, из них через портал "
                              "egov.kz получено 310 справок о составе семьи.")
    assert ("bibliography.references", 1850.0, "2023", None, None) in got
    assert not any(k[1] == 310.0 for k in got)


def test_a_bracket_counting_another_thing_is_no_year_before():
    got = prose_facts(
        "2022",
        "Читателей – 5 210 (2021 ж. – 5 105), посещений – 41 300 (2021 ж. – 40 870).",
        "Оцифровано 980 документов (61 400 страниц).",
    )
    assert not any(k[1] == 61400.0 and k[2] == "2021" for k in got)


# -- a fund named as where documents came from ---------------------------------------------

def test_documents_brought_from_a_fund_are_no_fund():
    got = prose_facts("2022", "Фонд передвижной библиотеки – 5 400 экз.",
                      "По заявкам жителей книги привозились из фонда центральной библиотеки (960 экз.).")
    assert not any(k[1] == 960.0 and k[0].startswith("fund.") for k in got)
    assert any(k[0] == "fund.end" and k[1] == 5400.0 for k in got)
