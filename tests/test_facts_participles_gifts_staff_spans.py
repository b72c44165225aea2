"""Russian reports of other libraries: changes told by a participle
("уменьшившись на 312 ед.") or by a noun and "составил" ("рост составил
637 человек"), gifts and subscriptions listed among the copies received after
another way they came, the staff of a system said with "всего" and the
service staff, posts in brackets after a dated headcount, and the fund's
balances of a report on a span of years."""

from __future__ import annotations

from esep.model import Block, Document
from esep.plugins.facts import plugin as facts
from esep.registry import Config


def _facts(period: str | None, *paras: str, period_text: str | None = None) -> list[dict]:
    meta = {"period": period}
    if period_text:
        meta["period_text"] = period_text
    d = Document(id="t", path="t.txt", format="txt", metadata=meta)
    for p in paras:
        d.add_block(Block("paragraph", p))
    return [dict(r.values, evidence=r.evidence) for r in facts.extract(d, Config()) if r.table == "facts"]


def _keys(period, *paras, period_text=None) -> set[tuple]:
    return {(v["metric"], v["value"], v["period"], v["as_of"], v["language"], v["category"])
            for v in _facts(period, *paras, period_text=period_text) if v["metric"]}


def _values(period, *paras, period_text=None) -> set[float]:
    return {v["value"] for v in _facts(period, *paras, period_text=period_text)}


# -- changes -----------------------------------------------------------------------------------------------------

def test_a_participle_of_change_gives_a_difference():
    text = "Выдано 201 460 экз. документов против 204 772 в прошлом году, уменьшившись на 3 312 экз."
    assert _keys("2024-H1", text) == {("loans.total", 201460, "2024-H1", None, None, None),
                                      ("loans.total", 204772, "2023-H1", None, None, None)}
    assert 3312 not in _values("2024-H1", text)


def test_a_participle_with_an_adverbial_before_its_figure():
    text = "Фонд ЦБС на 01.01.2024 г. составил 351 206 экз., уменьшившись за год на 2 418 экз."
    got = _facts("2023", text)
    assert [(v["metric"], v["value"], v["as_of"]) for v in got] == [("fund.end", 351206, "2024-01-01")]


def test_growth_told_with_sostavil_is_a_difference():
    text = "Обслужено 16 742 пользователя против 16 105 в прошлом году, рост составил 637 человек (4,0 %)."
    assert 637 not in _values("2024-H1", text)
    assert ("users.registered", 16742, "2024-H1", None, None, None) in _keys("2024-H1", text)


def test_a_participle_without_a_figure_leaves_the_level():
    # negative: the participle names no change by a figure; the fund's level stays
    got = _keys("2023", "Фонд, пополнившись новыми изданиями, составил 351 206 экз.")
    assert got == {("fund.end", 351206, "2023", None, None, None)}


# -- gifts and subscriptions among the copies received ----------------------------------------------------------

def test_gifts_after_the_state_order_are_received_copies():
    text = ("С начала года поступило 7 418 экз., в т.ч. по государственному заказу – 4 960 экз., "
            "в дар – 1 205 экз.; выбыло 6 032 экз.")
    assert _keys("2024-9M", text) == {
        ("fund.received", 7418, "2024-9M", None, None, None),
        ("state_order.copies", 4960, "2024-9M", None, None, None),
        ("fund.received", 1205, "2024-9M", None, None, "gifts"),
        ("fund.withdrawn", 6032, "2024-9M", None, None, None)}


def test_a_subscription_part_in_brackets_without_its_unit():
    text = "Поступило 8 932 экз. (из них по подписке – 2 140, в дар – 1 106), выбыло 11 350 экз."
    assert _keys("2023", text) == {
        ("fund.received", 8932, "2023", None, None, None),
        ("fund.received", 2140, "2023", None, None, "periodicals"),
        ("fund.received", 1106, "2023", None, None, "gifts"),
        ("fund.withdrawn", 11350, "2023", None, None, None)}


def test_gifts_handed_to_people_stay_no_receipt():
    # negative: books given to the winners, in a sentence of their own, came into no fund
    got = _keys("2023", "Поступило 1 200 экз. Победителям конкурса вручено в дар 12 книг.")
    assert not any(k[1] == 12 for k in got)


def test_a_part_without_a_unit_of_another_whole_keeps_no_metric():
    # negative: the computers' part named by the libraries' cue counts computers, no metric of its own
    got = _keys("2023", "Количество компьютеров – 46, из них подключены к Интернету – 40.")
    assert got == {("equipment.computers", 46, "2023", None, None, None)}


def test_money_for_subscription_stays_money():
    got = _keys("2024-9M", "На комплектование израсходовано 412,8 тыс. руб., в т.ч. на подписку – 126,4 тыс. руб.")
    assert got == {("acquisition.budget", 412.8, "2024-9M", None, None, None),
                   ("acquisition.budget", 126.4, "2024-9M", None, None, "periodicals")}


# -- staff -------------------------------------------------------------------------------------------------------

def test_all_the_staff_of_the_system_said_with_vsego():
    text = "Всего в ЦБС 48 сотрудников, из них 37 библиотечных специалистов, 11 – технический персонал."
    assert _keys("2024-H1", text) == {("staff.headcount", 48, "2024-H1", None, None, None),
                                      ("staff.headcount", 37, "2024-H1", None, None, "librarians"),
                                      ("staff.technical", 11, "2024-H1", None, None, None)}
    assert ("staff.headcount", 48, "2023", None, None, None) in _keys(
        "2023", "В системе всего 48 работников, из них 37 библиотечных специалистов.")


def test_staff_of_other_bodies_are_no_staff():
    # negative: "в системе" of something else, the people of enterprises
    assert not _keys("2023", "В системе сбора отзывов участвовали 48 сотрудников предприятий.")


def test_service_staff_is_the_technical_staff():
    text = "Штат – 58 ед., работает 55 человек, в том числе 46 библиотечных работников, 9 – обслуживающий персонал."
    assert ("staff.technical", 9, "2022", None, None, None) in _keys("2022", text)
    # negative: libraries that serve readers count readers
    assert _keys("2022", "Библиотеки обслуживают 3 200 читателей.") == {
        ("users.registered", 3200, "2022", None, None, None)}


def test_posts_in_brackets_after_a_dated_headcount_share_its_date():
    got = _keys("2024-Q3", "Численность работников на 01.10.2024 – 21 человек (19,5 ставки).")
    assert got == {("staff.headcount", 21, "2024-Q3", "2024-10-01", None, None),
                   ("staff.units", 19.5, "2024-Q3", "2024-10-01", None, None)}


def test_a_bracket_with_its_own_date_keeps_it():
    got = _keys("2024", "На 01.01.2024 работают 21 человек (на 01.01.2023 – 19).")
    assert ("staff.headcount", 19, "2024", "2023-01-01", None, None) in got


# -- a span of years ------------------------------------------------------------------------------------------------

_BALANCES = "Фонд ЦБС на 01.01.2023 г. – 200 860 экз., на 01.01.2024 г. – 198 640 экз., на 01.01.2025 г. – 196 905 экз."


def test_balances_of_a_report_on_two_years():
    got = _keys(None, _BALANCES, period_text="за 2023–2024 годы")
    assert got == {("fund.start", 200860, "2023", "2023-01-01", None, None),
                   ("fund.end", 198640, "2023", "2024-01-01", None, None),
                   ("fund.end", 196905, "2024", "2025-01-01", None, None)}


def test_balances_of_a_school_year_take_no_calendar_year():
    # negative: a school year's span is no two calendar years
    got = _keys(None, _BALANCES, period_text="2023–2024 учебный год")
    assert {k[2] for k in got} == {None}


def test_a_noun_of_change_after_a_dash_is_a_difference():
    text = "Книговыдача – 268 400 экз. (2023 г. – 265 120), рост – 3 280 экз."
    assert _keys("2024", text) == {("loans.total", 268400, "2024", None, None, None),
                                   ("loans.total", 265120, "2023", None, None, None)}
    assert 1450 not in _values("2024", "Посещения – 98 115 (снижение – 1 450).")


def test_parts_of_the_copies_received_listed_without_units():
    text = "Поступило 4 210 экз., в т.ч. в дар – 610, по подписке – 880, за счёт местного бюджета – 2 720 экз."
    got = _keys("2024", text)
    assert {("fund.received", 610, "2024", None, None, "gifts"),
            ("fund.received", 880, "2024", None, None, "periodicals")} <= got
    assert ("fund.received", 880, "2024", None, None, "gifts") not in got


def test_money_for_subscription_after_the_gifts_stays_money():
    # negative: a sum with its unit after the parts of the copies is the money paid for subscription
    got = _keys("2024", "Поступило 4 210 экз., из них в дар – 610, на подписку израсходовано 880,5 тыс. тенге.")
    assert ("acquisition.budget", 880.5, "2024", None, None, "periodicals") in got
    assert not any(k[0] == "fund.received" and k[1] == 880.5 for k in got)
