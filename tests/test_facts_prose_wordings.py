"""Facts of prose in wordings the earlier rules did not know, Russian and
Kazakh: each sentence was typed as library reports write, with what it
should give written before esep read it.  Plans listed after a colon, the
bound of a condition ("в сёлах с численностью жителей менее 300 человек"),
Kazakh case and possessive forms of the inhabitants, the reading rate named
"оқу қарқыны", two kinds of documents joined before the verb that names
the figure, the library education named beside the higher one, and a topic
noun with a colon before its figure."""

from __future__ import annotations

import pytest

from conftest import prose_facts as _prose
from esep.model import Block, Document
from esep.plugins.facts import plugin as facts
from esep.registry import Config


def _figures(period: str, *text: str) -> set[tuple]:
    return {(k[0], k[1], k[2]) for k in _prose(period, *text)}


# -- a plan listed after a colon ------------------------------------------------

@pytest.mark.parametrize("period, text", [
    ("2021", "Контрольные показатели на 2022 год: пользователи – 39 000, посещения – 315 000, книговыдача – 770 000."),
    ("2021", "План на 2022 год: пользователи – 39 000, посещения – 315 000, книговыдача – 770 000."),
    ("2024", "Плановые показатели на 2025 год: число пользователей – 12 400, посещений – 98 000."),
    ("2024", "2025 жылға жоспар: оқырмандар – 6 200, келушілер – 54 000, кітап берілімі – 120 000 дана."),
    ("2024", "Жоспарлы көрсеткіштер: оқырмандар саны – 6 200, кітап берілімі – 120 000."),
    ("2024", "Целевые показатели: число пользователей – 12 400, книговыдача – 251 000."),
    # a year after the report's names what is to come
    ("2024", "Основные показатели на 2025 год: пользователи – 12 500, посещения – 98 000."),
])
def test_a_list_a_plan_leads_gives_no_figure(period, text):
    assert _figures(period, text) == set()


@pytest.mark.parametrize("period, lines", [
    ("2021", ["План на 2022 год:", "Пользователи – 39 000", "Посещения – 315 000"]),
    ("2024", ["2025 жылға арналған жоспарлы көрсеткіштер:", "Оқырмандар – 6 200", "Кітап берілімі – 120 000"]),
])
def test_list_lines_under_a_plan_lead_give_no_figure(period, lines):
    assert _figures(period, *lines) == set()


@pytest.mark.parametrize("period, text, expected", [
    ("2024", "Основные показатели за 2024 год: пользователи – 12 300, посещения – 97 500.",
     {("users.registered", 12300.0, "2024"), ("visits.total", 97500.0, "2024")}),
    ("2024", "2024 жылдың негізгі көрсеткіштері: оқырмандар – 6 150, келушілер – 53 800.",
     {("users.registered", 6150.0, "2024"), ("visits.total", 53800.0, "2024")}),
    # the figure done after a plan in the list is one
    ("2024", "Число пользователей по плану: 12 000, фактически – 12 310.", {("users.registered", 12310.0, "2024")}),
    ("2024", "Оқырмандар саны жоспар бойынша: 6 000, нақты – 6 140.", {("users.registered", 6140.0, "2024")}),
    # what was done against the plan is a figure done
    ("2024", "Выполнение плана за 2024 год: пользователи – 12 300, посещения – 97 500.",
     {("users.registered", 12300.0, "2024"), ("visits.total", 97500.0, "2024")}),
])
def test_a_list_led_by_no_plan_keeps_its_figures(period, text, expected):
    assert _figures(period, text) == expected


@pytest.mark.parametrize("text, value", [
    ("2022 жылдың бірінші жартыжылдығына мерзімді басылымдарға жазылу ресімделді: 14 атау газетке 312,5 мың теңге "
     "жұмсалды.", 312.5),
    ("На 2022 год оформлена подписка: 14 наименований газет на сумму 312,5 тыс. тенге.", 312.5),
])
def test_a_thing_done_for_the_year_after_is_no_plan(text, value):
    # the subscription was made in the report's year: its figures are read, whatever names them
    d = Document(id="p", path="p.txt", format="txt", metadata={"period": "2021"})
    d.add_block(Block("paragraph", text))
    assert value in {r.values["value"] for r in facts.extract(d, Config()) if r.table == "facts"}


def test_a_plan_list_leaves_the_figures_before_it():
    got = _figures("2021", "Фонд ЦБС на 01.01.2022 – 478 630 экз. Контрольные показатели на 2022 год: пользователи "
                           "– 39 000, посещения – 315 000.")
    assert {(m, v) for m, v, _ in got} == {("fund.end", 478630.0)}


# -- the bound of a condition -------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Сокращение сети на 2 единицы произошло за счёт закрытия сельских библиотек в сёлах с численностью жителей "
    "менее 300 человек.",
    "Библиотечные пункты открыты в населённых пунктах численностью населения до 500 человек.",
    "В посёлках с населением свыше 5 000 жителей работают модельные библиотеки.",
    "Тұрғындарының саны 300-ден кем ауылдарда кітапхана пункттері ашылды.",
    "500 адамнан аз тұрғыны бар елді мекендерде кітапхана пункттері жұмыс істейді.",
])
def test_a_bound_of_a_condition_is_no_figure(text):
    assert not any(m and m.startswith("population.") for m, _, _ in _figures("2024", text))


@pytest.mark.parametrize("text, value", [
    ("В зоне обслуживания проживает более 12 000 жителей.", 12000.0),
    # a place and its size: a lower bound of one place is an approximate figure, not a condition
    ("Район с численностью населения более 41 000 человек обслуживают 24 библиотеки.", 41000.0),
    ("Кітапхана 2 140-тан астам тұрғыны бар ауылда орналасқан.", 2140.0),
])
def test_an_approximate_figure_stays_one(text, value):
    assert ("population.served", value, "2024") in _figures("2024", text)


# -- Kazakh forms of the inhabitants, the reading rate ---------------------------------

@pytest.mark.parametrize("text, value", [
    ("Көктал ауылдық кітапханасы – аудандық ОКЖ-ның филиалы, ауылдың 2 140 тұрғынына қызмет көрсетеді.", 2140.0),
    ("Кітапхана кенттің 5 300 тұрғындарына қызмет көрсетеді.", 5300.0),
])
def test_inhabitants_served_in_the_dative_of_the_possessive(text, value):
    assert _figures("2023", text) == {("population.served", value, "2023")}


@pytest.mark.parametrize("text, population, share", [
    ("Қаланың 64 800 тұрғынының 33,4 %-ы кітапхана қызметімен қамтылды.", 64800.0, 33.4),
    ("Ауданның 41 250 тұрғындарының 28,6 пайызы кітапханаларға тіркелген.", 41250.0, 28.6),
])
def test_inhabitants_in_the_genitive_and_their_share(text, population, share):
    assert _figures("2022", text) == {("population.served", population, "2022"),
                                      ("coverage.population_pct", share, "2022")}


def test_houses_are_no_inhabitants():
    assert _figures("2024", "Ауылда 120 тұрғын үй бар.") == set()


@pytest.mark.parametrize("text, value", [
    ("Негізгі салыстырмалы көрсеткіштер: оқу қарқыны – 20,9; келушілік – 8,2.", 20.9),
    ("Оқу қарқыны 17,5-ті құрады.", 17.5),
])
def test_the_reading_rate_named_by_its_pace(text, value):
    assert ("ratio.reading", value, "2022") in _figures("2022", text)


# -- two kinds of documents before the verb ---------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("Оқырмандарға жыл бойы 16 240 дана кітап пен мерзімді басылым берілді.", 16240.0),
    ("Жыл ішінде 48 300 дана кітаптар мен журналдар берілді.", 48300.0),
    ("Оқырмандарға 9 870 кітап және газет берілді.", 9870.0),
    ("За год 52 100 экз. книг и периодических изданий было выдано пользователям.", 52100.0),
])
def test_two_kinds_joined_before_the_verb_are_the_loans(text, value):
    assert _figures("2023", text) == {("loans.total", value, "2023")}


def test_two_kinds_joined_and_the_year_before():
    assert _figures("2023", "Оқырмандарға жыл бойы 16 240 дана кітап пен мерзімді басылым берілді (өткен жылы – "
                            "15 870 дана).") == {("loans.total", 16240.0, "2023"), ("loans.total", 15870.0, "2022")}


# -- the library education beside the higher one -------------------------------------------

@pytest.mark.parametrize("text, whole, part", [
    ("Кітапханашылардың 19-ы жоғары білімді, соның ішінде 11-і кітапханалық жоғары білімді.", 19.0, 11.0),
    ("Қызметкерлердің 24-і жоғары білімді, оның ішінде 15-і кітапханалық жоғары білімді.", 24.0, 15.0),
    ("Из них с высшим образованием – 30, из них с высшим библиотечным образованием – 17.", 30.0, 17.0),
    ("Высшее образование имеют 26 человек, в том числе высшее библиотечное – 14.", 26.0, 14.0),
])
def test_the_library_education_inside_the_higher_one(text, whole, part):
    assert _figures("2022", text) == {("staff.higher_education", whole, "2022"),
                                      ("staff.library_education", part, "2022")}


@pytest.mark.parametrize("text", [
    "Кітапханашылардың 11-і кітапханалық жоғары білімді.",
    "Библиотечное высшее образование имеют 11 сотрудников.",
    "Высшее библиотечное образование имеют 11 сотрудников.",
    "Специалистов с высшим библиотечным образованием – 11.",
])
def test_the_library_higher_education_alone(text):
    assert _figures("2022", text) == {("staff.library_education", 11.0, "2022")}


# -- a topic noun, a colon, a figure -------------------------------------------------------

@pytest.mark.parametrize("text, events, participants", [
    ("Іс-шаралар: 74 (қатысқандар – 2 906 адам).", 74.0, 2906.0),
    ("Мероприятия: 74 (посетили 2 906 чел.).", 74.0, 2906.0),
    ("Көпшілік іс-шаралар: 128.", 128.0, None),
    ("Культурно-просветительские мероприятия: 215.", 215.0, None),
])
def test_a_topic_noun_with_a_colon_labels_its_figure(text, events, participants):
    expected = {("events.actual", events, "2022")}
    if participants:
        expected.add(("events.participants", participants, "2022"))
    assert _figures("2022", text) == expected


# -- virtual visits are the website's, virtual references stay references ---------------------------------

@pytest.mark.parametrize("text, metric", [
    ("Виртуальных посещений сайта – 8 450.", "visits.web"),
    ("Число виртуальных посещений составило 8 450.", "visits.web"),
    ("Виртуалды келушілер саны – 8 450.", "visits.web"),
    ("Виртуальных справок выполнено 8 450.", "bibliography.virtual_references"),
])
def test_virtual_visits_are_the_websites_and_virtual_references_stay_references(text, metric):
    assert _figures("2023", text) == {(metric, 8450.0, "2023")}
