"""A % column of the plan's fulfilment against the plan column of its row,
whatever columns stand between; and the events the prose names by form are
not compared with a summary table by direction of work."""

from __future__ import annotations

from esep.model import Block, Cell, Document, Provenance, Table
from esep.plugins import checks
from esep.plugins.events import register as ev
from esep.plugins.events import stats as event_stats
from esep.plugins.facts import plugin as facts
from esep.registry import Config


def _document(period: str, *tables: list[list[str]], prose: tuple[str, ...] = ()) -> Document:
    d = Document(id="p", path="p.docx", format="docx", metadata={"period": period})
    for x in prose:
        d.add_block(Block("paragraph", x, Provenance(page=1)))
    for rows in tables:
        d.add_table(Table([Cell(r, k, x) for r, row in enumerate(rows) for k, x in enumerate(row) if x],
                          Provenance(page=2)))
    return d


def _percents(d: Document) -> dict[str, tuple]:
    """The % checks after every plugin's records are prepared, as ingest does."""
    records = list(facts.extract(d, Config()))
    checks.prepare_records(records, d, Config())
    return {r.values["name"]: (r.values["expected"], r.values["actual"], r.values["holds"], r.values["details"])
            for r in records if r.table == "checks" and r.values["kind"] == "stated_percent"}


# a half-year's indicators against the year's plan (a district library's report; 65,8 is a slip for 65,6)
HALF_YEAR = [
    ["Показатель", "Годовой план 2023", "I пол. 2022", "I пол. 2023", "Отклонение (+/-)", "% от годового плана"],
    ["Пользователи (чел.)", "11 600", "7 912", "8 054", "+142", "69,4"],
    ["в т.ч. молодёжь 15–30 лет", "2 100", "1 406", "1 377", "-29", "65,8"],
    ["Посещения", "98 000", "47 381", "49 102", "+1 721", "50,1"],
    ["Выдача документов (экз.)", "205 000", "99 840", "101 236", "+1 396", "49,4"],
]


def test_percent_of_the_plan_with_two_periods_between_compares_with_the_plan():
    got = _percents(_document("2023-H1", HALF_YEAR))
    assert got["stated_percent[users.registered][2023-H1]"][:3] == (69.4, 69.4, 1)  # 8054 / 11600
    assert got["stated_percent[visits.total][2023-H1]"][:3] == (50.1, 50.1, 1)
    assert got["stated_percent[loans.total][2023-H1]"][:3] == (49.4, 49.4, 1)
    youth = got["stated_percent[users.youth][2023-H1]"]
    assert youth[:3] == (65.8, 65.6, 0) and "1377 / 2100" in youth[3]  # the slip, caught for its own reason
    assert all("actual against plan" in x[3] for x in got.values())


def test_percent_of_the_plan_with_the_plan_column_right_before_it():
    # the same figures, the plan after the two periods (and no ± column)
    rows = [[r[0], r[2], r[3], r[1], r[5]] for r in HALF_YEAR]
    got = _percents(_document("2023-H1", rows))
    assert {k: v[:3] for k, v in got.items()} == {
        "stated_percent[users.registered][2023-H1]": (69.4, 69.4, 1),
        "stated_percent[users.youth][2023-H1]": (65.8, 65.6, 0),
        "stated_percent[visits.total][2023-H1]": (50.1, 50.1, 1),
        "stated_percent[loans.total][2023-H1]": (49.4, 49.4, 1)}


def test_percent_of_the_plan_nine_months_and_the_year_to_date_beside_a_quarter():
    nine = [["Показатели", "План на 2021 год", "9 месяцев 2020 г.", "9 месяцев 2021 г.", "% выполнения годового плана"],
            ["Количество читателей", "9 800", "8 306", "8 512", "86,9"],
            ["Число посещений", "84 000", "60 215", "62 480", "74,8"],
            ["Книговыдача", "176 000", "128 902", "131 660", "74,8"]]
    got = _percents(_document("2021-9M", nine))
    assert {k: v[:3] for k, v in got.items()} == {
        "stated_percent[users.registered][2021-9M]": (86.9, 86.9, 1),
        "stated_percent[visits.total][2021-9M]": (74.8, 74.4, 0),  # 62480 / 84000
        "stated_percent[loans.total][2021-9M]": (74.8, 74.8, 1)}
    # the annual plan's fulfilment is the year to date's, the column nearest the %
    quarter = [["Показатели", "План на 2023 год", "Выполнено", "", "% выполнения годового плана"],
               ["", "", "за II квартал", "с начала года", ""],
               ["Пользователи", "9 800", "2 145", "7 412", "75,6"],
               ["Книговыдача", "190 000", "47 205", "96 380", "50,7"]]
    got = _percents(_document("2023-Q2", quarter))
    assert [v[2] for v in got.values()] == [1, 1] and any("7412 / 9800" in v[3] for v in got.values())


def test_percent_of_growth_stays_a_comparison_of_periods():
    rows = [["Показатель", "2022", "2023", "% к 2022 г."], ["Посещения", "47 381", "49 102", "103,6"]]
    got = _percents(_document("2023", rows))
    assert [v[:3] for v in got.values()] == [(103.6, 103.6, 1)]
    assert all("this period against the compared one" in v[3] for v in got.values())


# -- the events the prose names against a summary table by direction of work ------------------

BY_DIRECTION = [["Направление", "Количество мероприятий", "Участники, чел."],
                ["Патриотическое воспитание", "64", "2 105"],
                ["Продвижение книги и чтения", "132", "4 310"],
                ["Краеведение", "35", "988"],
                ["Итого", "231", "7 403"]]
BY_FORM = [["Форма работы", "Количество", "Участники"],
           ["Книжные выставки", "34", "1 020"],
           ["Беседы", "22", "512"],
           ["Всего", "56", "1 532"]]
PROSE = ("Впервые проведён районный конкурс буктрейлеров «Книга в кадре».",
         "В Урюпинской сельской библиотеке состоялась встреча с ветеранами «Память, опалённая войной».")


def _named(d: Document) -> dict[str, tuple]:
    config = Config()
    records = list(event_stats.extract(d, config)) + list(ev.extract(d, config))
    ev.prepare_records(records, d, config)
    checks.prepare_records(records, d, config)
    return {r.values["name"]: (r.values["expected"], r.values["actual"], r.values["holds"])
            for r in records if r.table == "checks" and r.values["kind"] == "events_named"}


def test_events_named_by_form_are_not_compared_with_a_table_by_direction():
    got = _named(_document("2022", BY_DIRECTION, prose=PROSE))
    assert got == {"events_named[2022].total": (231, 2, 1)}


def test_events_named_by_form_are_compared_with_a_table_by_form():
    got = _named(_document("2022", BY_FORM, prose=PROSE))
    assert got["events_named[2022].contest"] == (0, 1, 0)  # named, no row counts it
    assert got["events_named[2022].total"] == (56, 2, 1)
