"""Facts of Russian district reports: rows of settlements ("с. …", "р.п. …") beside their population and
coverage, the coverage of one group of inhabitants, service inside and out of the library's walls, a
mobile complex as the subject of a sentence, the kinds of paid services listed after a colon, copies bought
among those received, nested "в т.ч." / "из них" rows, a kind in brackets after the fund and the staff at a date."""

from __future__ import annotations

from conftest import prose_facts as _prose
from conftest import table_facts as _table_facts


def test_rows_of_settlements_are_each_places_and_the_population_column_is_the_population_served():
    got = _table_facts("2023", ["Населённый пункт", "Население", "Читатели", "Охват, %"],
                       ["с. Берёзовка", "2 100", "830", "39,5"],
                       ["р.п. Озёрный", "6 400", "2 560", "40,0"],
                       ["п. Лесной", "900", "310", "34,4"],
                       ["Прочие сёла", "3 600", "1 200", "33,3"],
                       ["Итого", "13 000", "4 900", "37,7"])
    assert ("population.served", 2100, "2023", None, "branch:с берёзовка") in got \
        or ("population.served", 2100, "2023", None, "branch:с березовка") in got
    assert ("users.registered", 2560, "2023", None, "branch:р п озерный") in got \
        or ("users.registered", 2560, "2023", None, "branch:р п озёрный") in got
    assert {k for k in got if k[1] == 310 and k[0] == "users.registered" and k[4].startswith("branch:п ")}
    assert {k for k in got if k[1] == 1200 and k[0] == "users.registered" and k[4].startswith("branch:прочие с")}
    assert ("population.served", 13000, "2023", None, None) in got
    assert ("coverage.population_pct", 37.7, "2023", None, None) in got


def test_the_coverage_of_the_children_is_no_coverage_of_the_population():
    got = _prose("2023", "Охват населения библиотечным обслуживанием – 41,2 %. Охват детского населения – 68,0 %.")
    assert ("coverage.population_pct", 41.2, "2023", None, None) in got
    assert not {k for k in got if k[1] == 68.0}


def test_columns_in_and_out_of_the_walls_are_parts_of_the_total():
    got = _table_facts("2023", ["Показатель", "Всего", "в стационаре", "вне стационара"],
                       ["Читатели", "5 200", "4 700", "500"], ["Выдано документов", "120 000", "111 000", "9 000"])
    assert ("users.registered", 5200, "2023", None, None) in got
    assert ("users.registered", 4700, "2023", None, "department:стационарное обслуживание") in got
    assert ("loans.total", 9000, "2023", None, "department:внестационарное обслуживание") in got


def test_an_of_which_part_out_of_the_walls_in_prose():
    got = _prose("2023", "Организовано 340 мероприятий (из них вне стационара – 41).")
    assert ("events.actual", 340, "2023", None, None) in got
    assert ("events.actual", 41, "2023", None, "department:внестационарное обслуживание") in got


def test_a_mobile_complex_opening_the_sentence_owns_the_figures_of_its_later_clauses():
    got = _prose("2023", "КИБО «Книжный экспресс» сделал 40 выездов по сёлам, обслужил 215 читателей, выдал 3 900 экз.")
    assert ("users.registered", 215, "2023", None, "branch:библиобус") in got
    assert ("loans.total", 3900, "2023", None, "branch:библиобус") in got
    # a clause that names the system's total keeps the whole
    got = _prose("2023", "Библиобус совершил 30 выездов, а всего по ЦБС обслужено 4 100 читателей.")
    assert ("users.registered", 4100, "2023", None, None) in got


def test_kinds_of_paid_services_listed_after_a_colon_are_no_second_total():
    got = _prose("2023", "Доходы от платных услуг – 96,4 тыс. руб. Виды платных услуг: сканирование – 30,1 тыс. руб., "
                         "ксерокопирование – 66,3 тыс. руб.")
    assert ("finance.paid_services", 96.4, "2023", None, None) in got
    assert not {k for k in got if k[1] in (30.1, 66.3)}


def test_copies_bought_among_those_received():
    got = _prose("2023", "Всего поступило 2 400 экз. Из поступивших 1 750 экз. закуплено на средства бюджета.")
    assert ("fund.received", 2400, "2023", None, None) in got
    assert ("acquisition.copies", 1750, "2023", None, None) in got


def test_a_second_in_that_number_row_is_a_part_of_the_whole_not_of_the_part_above():
    head = ["Показатели", "2022", "2023"]
    got = _table_facts("2023", head, ["Выдано документов, всего", "180 000", "184 000"],
                       ["в т.ч. детям до 14 лет", "70 000", "72 000"],
                       ["из них отраслевой литературы", "9 000", "9 500"],
                       ["в т.ч. на казахском языке", "40 000", "41 500"])
    assert ("loans.total", 41500, "2023", "kk", None) in got
    assert ("loans.total", 72000, "2023", None, "readers:children") in got
    got = _table_facts("2023", head, ["Выдано документов, всего", "180 000", "184 000"],
                       ["в т.ч. детям до 14 лет", "70 000", "72 000"],
                       ["в т.ч. на казахском языке", "40 000", "41 500"])
    assert ("loans.total", 41500, "2023", "kk", None) in got
    assert not {k for k in got if k[1] == 41500 and k[4]}


def test_a_part_under_a_whole_with_its_word_of_the_whole():
    got = _table_facts("2023", ["Показатели", "2022", "2023"], ["Посещения, всего", "90 100", "92 400"],
                       ["в т.ч. массовых мероприятий", "14 200", "15 050"])
    assert ("visits.events", 15050, "2023", None, None) in got
    assert ("visits.total", 92400, "2023", None, None) in got


def test_staff_at_a_date_with_the_staff_units_and_a_part_in_brackets():
    got = _prose("2023-H1", "На 01.07.2023 в библиотеке трудятся 12 человек при штате 13 единиц, из них высшее "
                            "образование имеют 7 (в т.ч. с библиотечным – 4).")
    assert ("staff.headcount", 12, "2023-07-01", None, None) in got
    assert ("staff.units", 13, "2023-07-01", None, None) in got
    assert ("staff.higher_education", 7, "2023-07-01", None, None) in got
    assert ("staff.library_education", 4, "2023-07-01", None, None) in got


def test_a_kind_in_brackets_after_the_fund_names_the_rows_part_of_the_money():
    got = _table_facts("2023", ["Статья", "План, тыс. руб.", "Исполнено, тыс. руб."],
                       ["Комплектование фонда (книги)", "250,0", "248,5"],
                       ["Подписка на периодические издания", "190,0", "190,0"],
                       ["Всего", "440,0", "438,5"])
    assert ("acquisition.budget", 248.5, "2023", None, "books") in got
    assert ("acquisition.budget", 190.0, "2023", None, "periodicals") in got
    assert not {k for k in got if k[1] == 250.0}


def _titled_facts(title: str, *paragraphs: str) -> set:
    from esep.model import Block, Document
    from esep.plugins.facts import plugin as facts
    from esep.registry import Config

    d = Document(id="p", path="p.txt", format="txt", metadata={"period": "2022"})
    d.add_block(Block("heading", title))
    for x in paragraphs:
        d.add_block(Block("paragraph", x))
    return {(r.values["metric"], r.values["value"], r.values.get("category")) for r in facts.extract(d, Config())
            if r.table == "facts" and r.values["metric"]}


def test_the_mobile_library_a_report_is_of_keeps_no_branch():
    # the report of the mobile complex itself: "Фонд КИБО" is the report's own fund
    got = _titled_facts("Отчёт о работе комплекса информационно-библиотечного обслуживания (КИБО) за 2022 год",
                        "Фонд КИБО – 5 900 экз., в 2022 г. поступило 420 экз.")
    assert ("fund.end", 5900, None) in got and ("fund.received", 420, None) in got
    # a system's report keeps its bookmobile a branch
    got = _titled_facts("Отчёт о работе МЦБС за 2022 год", "Фонд КИБО – 5 900 экз., в 2022 г. поступило 420 экз.")
    assert ("fund.end", 5900, "branch:библиобус") in got
