"""Facts of Russian prose as library reports of Belarus, Kyrgyzstan and
Russian districts word them: each sentence was typed for this file, with
what it should give written before esep read it.  Money in Belarusian
roubles, kinds of documents each after its own figure, village libraries
with hyphenated names, a paragraph given to one library, "label figure"
pairs with no dash, libraries counted with their kind between, and a group
of libraries a report is about."""

from __future__ import annotations

import pytest

from conftest import prose_facts as _prose
from esep.model import Block, Document
from esep.plugins.facts import plugin as facts
from esep.registry import Config


def _facts(period: str, *paragraphs: str) -> set[tuple]:
    """(metric, value, period or date, category, unit) of the named facts."""
    d = Document(id="p", path="p.txt", format="txt", metadata={"period": period})
    for x in paragraphs:
        d.add_block(Block("paragraph", x))
    return {(r.values["metric"], r.values["value"], r.values["as_of"] or r.values["period"], r.values["category"],
             r.values["unit"]) for r in facts.extract(d, Config()) if r.table == "facts" and r.values["metric"]}


def test_belarusian_roubles_are_money_of_their_own():
    got = _facts("2021", "Объем финансирования библиотеки – 640 115,00 бел. руб., доходы от платных услуг – "
                         "7 305,80 бел. руб. На подписку израсходовано 21,6 тыс. бел. руб.")
    assert ("finance.budget", 640115.0, "2021", None, "byn") in got
    assert ("finance.paid_services", 7305.8, "2021", None, "byn") in got
    assert ("acquisition.budget", 21.6, "2021", "periodicals", "thousand_byn") in got
    assert not any(f[4] in ("rub", "thousand_rub", "thousand_kzt") for f in got)


def test_each_kind_of_documents_names_the_figure_before_it():
    got = _prose("2021", "За год поступило 3 120 экз., в том числе 2 700 экз. книг и 420 экз. периодических изданий.")
    assert got == {("fund.received", 3120.0, "2021", None, None), ("fund.received", 2700.0, "2021", None, "books"),
                   ("fund.received", 420.0, "2021", None, "periodicals")}


@pytest.mark.parametrize("text, name", [
    ("Кара-Суйская сельская библиотека обслужила 530 читателей, выдала 11 400 экз. документов.",
     "branch:кара-суйская сельская библиотека"),
    ("Ак-Жарская сельская библиотека – читателей 530, книговыдача 11 400 экз.", "branch:ак-жарская сельская библиотека"),
])
def test_a_village_library_with_a_hyphenated_name_heads_its_figures(text, name):
    got = _facts("2022", "Центральная библиотека обслужила 2 900 читателей.", text)
    assert ("users.registered", 530.0, "2022", name, "people") in got
    assert {f[3] for f in got if f[1] == 11400.0} == {name}


def test_a_paragraph_given_to_one_library_is_that_librarys_in_each_sentence():
    got = _facts("2020-H1",
                 "Тамчинская сельская библиотека обслужила 310 читателей, выдала 6 020 экз. Проведено 9 мероприятий, "
                 "из них 3 онлайн. Фонд библиотеки на 01.07.2020 – 7 420 экз.",
                 "Каджи-Сайская сельская библиотека обслужила 285 читателей.")
    lib = "branch:тамчинская сельская библиотека"
    assert ("events.actual", 9.0, "2020-H1", lib, "events") in got
    assert ("fund.end", 7420.0, "2020-07-01", lib, "copies") in got
    assert not any(f[1] == 3.0 for f in got)  # a part that names nothing new


def test_a_later_sentence_of_the_libraries_together_is_no_one_librarys():
    got = _facts("2021", "Сельская библиотека с. Ивановка обслужила 640 читателей. Библиотеками района проведено "
                         "420 мероприятий.", "Сельская библиотека с. Петровка обслужила 510 читателей.")
    assert ("events.actual", 420.0, "2021", None, "events") in got


def test_the_last_item_of_a_list_of_libraries_gives_its_library_no_later_sentence():
    # each library an item ending in ";", the last in "."; what follows it in the same paragraph is the whole's
    got = _facts("2023-H1", "Филиал №3 – 1 020 оқырман, 8 400 келуші;",
                 "Филиал №4 – 760 оқырман, 6 100 келуші. Жарты жылда 305 іс-шара өтті.")
    assert ("users.registered", 760.0, "2023-H1", "branch:филиал 4", "people") in got
    assert {f[3] for f in got if f[0] == "events.actual"} == {None}
    # the same paragraph after one that is no item of a list is still the library's own
    got = _facts("2023-H1", "Филиал №3 жұмысы туралы.",
                 "Филиал №4 – 760 оқырман, 6 100 келуші. Жарты жылда 305 іс-шара өтті.")
    assert {f[3] for f in got if f[0] == "events.actual"} == {"branch:филиал 4"}


def test_a_label_right_before_its_figure_in_a_list_of_pairs():
    got = _facts("2023", "Кочкорская сельская библиотека – читателей 402, посещений 2 950, мероприятий 17.",
                 "Центральная библиотека – читателей 3 100.")
    assert ("events.actual", 17.0, "2023", "branch:кочкорская сельская библиотека", "events") in got


def test_libraries_counted_with_their_kind_between():
    got = _prose("2021", "Всего по системе (18 сельских библиотек) записано 5 100 читателей.")
    assert ("libraries.count", 18.0, "2021", None, None) in got
    # a group of the libraries counted before it is no count of all of them: the count of that group
    got = _prose("2021", "Отчёт о работе ЦБС за 2021 год", "Общие сведения", "1. Сеть",
                 "В районе 22 библиотеки: 3 городские и 19 сельских библиотек.")
    # (two kinds sharing one noun: each is its group's count)
    assert {(f[1], f[4]) for f in got if f[0] == "libraries.count"} == {(22.0, None),
                                                                         (3.0, "branch:городские библиотеки"),
                                                                         (19.0, "branch:сельские библиотеки")}


def test_the_group_of_libraries_a_report_is_about_is_its_own():
    d = Document(id="p", path="p.txt", format="txt", metadata={"period": "2021"})
    d.add_block(Block("paragraph", "Информация о работе сельских библиотек Таласской районной ЦБС за 2021 год"))
    d.add_block(Block("paragraph", "Фонд сельских библиотек на 01.01.2022 составил 96 400 экз. Расходы на содержание "
                                   "сельских библиотек – 2 310,5 тыс. сомов."))
    got = {(r.values["metric"], r.values["category"]) for r in facts.extract(d, Config())
           if r.table == "facts" and r.values["metric"]}
    assert got == {("fund.end", None), ("finance.budget", None)}


# -- the second set of wordings -----------------------------------------------------------------------------------

def test_parts_in_each_language_listed_one_after_another():
    got = _facts("2022", "Фонд на 01.01.2023 – 48 200 экз., в т.ч. на кыргызском языке – 20 100 экз., на русском – "
                         "27 300 экз.", "За год поступило 2 600 экз., из них на узбекском языке – 1 900 экз., на "
                                        "русском языке – 700 экз.")
    langs = {(f[0], f[1]): f for f in got}
    assert ("fund.end", 20100.0) in langs and ("fund.end", 27300.0) in langs
    assert ("fund.received", 1900.0) in langs and ("fund.received", 700.0) in langs
    d = Document(id="p", path="p.txt", format="txt", metadata={"period": "2022"})
    d.add_block(Block("paragraph", "За год поступило 2 600 экз., из них на узбекском языке – 1 900 экз., на русском "
                                   "языке – 700 экз."))
    assert {(r.values["value"], r.values["language"]) for r in facts.extract(d, Config())
            if r.table == "facts" and r.values["metric"]} == {(2600.0, None), (1900.0, "uz"), (700.0, "ru")}


@pytest.mark.parametrize("text, want", [
    ("Коллектив библиотеки – 31 сотрудник.", ("staff.headcount", 31.0, "2022", None, "people")),
    ("В коллективе 46 человек, из них основной персонал – 38.", ("staff.headcount", 38.0, "2022", "librarians", "people")),
    ("Всего расходы ЦБС за год составили 24 310,5 тыс. руб.", ("finance.budget", 24310.5, "2022", None, "thousand_rub")),
])
def test_the_staff_and_the_spending_as_russian_districts_name_them(text, want):
    assert want in _facts("2022", text)


def test_the_year_a_budget_is_for_stays_in_its_sentence():
    got = _facts("2023-H1", "Бюджет ЦБС на 2023 год – 98 400,0 тыс. тенге. Платные услуги – 120,3 тыс. тенге.")
    assert ("finance.budget", 98400.0, "2023", None, "thousand_kzt") in got
    assert ("finance.paid_services", 120.3, "2023-H1", None, "thousand_kzt") in got


@pytest.mark.parametrize("text, metric, whole, share", [
    ("Проведено 410 мероприятий, их посетили 12 800 человек, в том числе 5 300 детей.", "events.participants",
     12800.0, 5300.0),
    ("Выдано 87 000 экз., из них 31 500 – детям до 14 лет.", "loans.total", 87000.0, 31500.0),
    ("Число посещений – 64 000, в том числе детьми – 25 100.", "visits.total", 64000.0, 25100.0),
])
def test_the_share_of_children_in_loans_visits_and_participants(text, metric, whole, share):
    got = _facts("2023", text)
    assert (metric, whole, "2023", None) in {f[:4] for f in got}
    assert (metric, share, "2023", "readers:children") in {f[:4] for f in got}
    assert not any(f[0] == "users.children" for f in got)


def test_a_part_counted_in_a_kind_of_its_own_is_no_share_of_the_participants():
    # the events for children after the participants: no participants of the children
    got = _facts("2023", "Проведено 212 мероприятий, их посетили 4 650 человек, из них для детей – 88 мероприятий.")
    assert ("events.participants", 4650.0, "2023", None) in {f[:4] for f in got}
    assert not any(f[1] == 88.0 and f[0] == "events.participants" for f in got)


def test_a_figure_counting_centres_is_no_population():
    got = _facts("2022", "Центр обслуживает население района через центральную библиотеку и 9 информационно-ресурсных "
                         "центров при школах.", "Численность населения района – 21 460 жителей.")
    assert {f[1] for f in got if f[0] == "population.served"} == {21460.0}


def test_the_town_the_staff_and_the_visits_of_events_in_a_town_report():
    got = _facts("2019", "Население города – 98,4 тыс. человек, охват населения библиотечным обслуживанием – 31,2 %.",
                 "Кадры: всего 64 работника.", "Проведено 712 массовых мероприятий, число их посещений – 18 340.",
                 "Фонд на 01.01.2020 – 74 100 экз., в том числе на таджикском языке – 30 200 экз.")
    assert ("population.served", 98.4, "2019", None, "thousand_people") in got
    assert ("coverage.population_pct", 31.2, "2019", None, "percent") in got
    assert ("staff.headcount", 64.0, "2019", None, "people") in got
    assert ("visits.events", 18340.0, "2019", None, "visits") in got
    assert not any(f[0] == "visits.total" for f in got)
    d = Document(id="p", path="p.txt", format="txt", metadata={"period": "2019"})
    d.add_block(Block("paragraph", "Фонд на 01.01.2020 – 74 100 экз., в том числе на таджикском языке – 30 200 экз."))
    assert {(r.values["value"], r.values["language"]) for r in facts.extract(d, Config())
            if r.table == "facts" and r.values["metric"]} == {(74100.0, None), (30200.0, "tg")}


def test_a_list_of_parts_in_the_paragraphs_after_in_that_number():
    # a Word list: each item a paragraph of its own under the one that ends in "в том числе:"
    got = _facts("2020", "Штат – всего 57 работников, в том числе:", "- библиотечные работники – 44;",
                 "- технический персонал – 13.", "За год поступило 3 200 экз., из них:", "• книги – 2 600 экз.;",
                 "• периодические издания – 600 экз.", "Выдано 61 000 экз.")
    assert ("staff.headcount", 44.0, "2020", "librarians", "people") in got
    assert ("staff.technical", 13.0, "2020", None, "people") in got
    assert ("fund.received", 2600.0, "2020", "books", "copies") in got
    assert ("fund.received", 600.0, "2020", "periodicals", "copies") in got
    assert ("loans.total", 61000.0, "2020", None, "copies") in got
    # a line of the list alone, under no such paragraph, names no metric
    assert _facts("2020", "- библиотечные работники – 44;") == set()
