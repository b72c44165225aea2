"""Figures given for several years at once, figures in brackets after a
district's name or after a difference, and rows of rates: each sentence
and table below was typed the way Russian-language reports of district,
city and oblast systems write them, with what it should give written
before esep read it."""

from __future__ import annotations

from conftest import prose_facts, table_facts


def _keys(period: str | None, *paragraphs: str) -> set[tuple]:
    return {(k[0], k[1], k[2], k[4]) for k in prose_facts(period, *paragraphs)}


def test_figures_after_respectively_take_the_years_of_a_span_in_order():
    got = _keys(None, "За 2020–2022 годы пользователей было соответственно 4 210, 4 050 и 4 330, "
                      "посещений – 31 200, 28 900 и 30 100.")
    assert got == {("users.registered", 4210, "2020", None), ("users.registered", 4050, "2021", None),
                   ("users.registered", 4330, "2022", None), ("visits.total", 31200, "2020", None),
                   ("visits.total", 28900, "2021", None), ("visits.total", 30100, "2022", None)}


def test_figures_after_respectively_take_the_years_listed_before_them():
    got = _keys("2022", "Поступило в 2021 г. – 5 300 экз., в 2022 г. – 4 800 экз.; списано соответственно "
                        "2 400 и 2 150 экз.")
    assert {k for k in got if k[0] == "fund.withdrawn"} == {("fund.withdrawn", 2400, "2021", None),
                                                           ("fund.withdrawn", 2150, "2022", None)}


def test_the_unit_after_the_last_figure_of_a_run_is_every_figures():
    got = prose_facts(None, "В 2021–2023 гг. выдано соответственно 81 200, 79 400 и 84 900 экз.")
    assert {(k[1], k[2]) for k in got if k[0] == "loans.total"} == {(81200, "2021"), (79400, "2022"), (84900, "2023")}
    # a run that does not fit the years is not spread over them
    got = _keys(None, "В 2021–2022 гг. число читателей составило соответственно 5 100, 5 200 и 5 300.")
    assert not any(k[2] in ("2021", "2022") and k[1] == 5300 for k in got)


def test_a_list_of_years_goes_on_past_the_brackets_of_a_part():
    got = _keys(None, "Мероприятий проведено: в 2021 г. – 210, в 2022 г. – 190 (из них 40 – в онлайн-формате), "
                      "в 2023 г. – 230.")
    assert got == {("events.actual", 210, "2021", None), ("events.actual", 190, "2022", None),
                   ("events.actual", 230, "2023", None)}


def test_a_figure_in_brackets_after_a_districts_name_is_that_districts():
    got = _keys("2020", "Больше всего посещений – в Шортандинском районе (96 300), меньше всего – в "
                        "Егиндыкольском районе (21 700).")
    assert got == {("visits.total", 96300, "2020", "branch:шортандинский район"),
                   ("visits.total", 21700, "2020", "branch:егиндыкольский район")}
    got = _keys("2020", "Лучше других пополнили фонд библиотеки Астраханского района (поступило 5 120 экз.).")
    assert got == {("fund.received", 5120, "2020", "branch:астраханский район")}
    # a signed change in the brackets is a difference, no figure of the district
    assert _keys("2020", "Число пользователей выросло в Шортандинском (+210) и Астраханском (+95) районах.") == set()


def test_a_figure_in_brackets_after_a_difference_is_the_period_compared_with():
    got = _keys("2022", "По сравнению с 2021 годом число посещений выросло на 2 300 (41 600), книговыдача – на "
                        "5 100 (88 400).")
    assert got == {("visits.total", 41600, "2021", None), ("loans.total", 88400, "2021", None)}
    got = _keys("2023-H1", "Число пользователей увеличилось на 140 (в I полугодии 2022 г. – 3 860), число "
                           "посещений – на 1 100 (24 300).")
    assert ("users.registered", 3860, "2022-H1", None) in got
    assert not any(k[1] == 1100 for k in got)


def test_the_year_word_after_a_sum_is_that_sums_and_no_other():
    got = _keys("2023-9M", "Финансирование: за 9 месяцев освоено 39 800,5 тыс. тенге из 54 200,0 тыс. тенге годового бюджета; "
                           "на подписку на IV квартал израсходовано 640,0 тыс. тенге.")
    assert ("finance.budget", 54200.0, "2023", None) in got
    assert ("finance.budget", 39800.5, "2023-9M", None) in got
    assert any(k[0] == "acquisition.budget" and k[1] == 640.0 and k[2] == "2023-9M" for k in got)


def test_paid_services_take_no_kind_of_documents_from_the_services_named():
    got = _keys("2021", "Бюджет библиотеки составил 12 400,0 тыс. руб., из них на комплектование – 610,0 тыс. "
                        "руб. Доходы от платных услуг (запись говорящих книг, сканирование) – 84,0 тыс. руб.")
    assert ("finance.paid_services", 84.0, "2021", None) in got


def test_what_was_given_to_the_readers_just_counted_is_their_services():
    got = _keys("2021", "Через пункты выдачи обслужено 310 читателей, выдано им 4 200 экз.")
    assert got == {("users.registered", 310, "2021", "department:пункты выдачи"),
                   ("loans.total", 4200, "2021", "department:пункты выдачи")}
    # "им." of a library's name points back to nobody
    got = _keys("2021", "Через пункты выдачи обслужено 310 читателей, в библиотеке им. Абая выдано 4 200 экз.")
    assert not any(k[0] == "loans.total" and k[3] == "department:пункты выдачи" for k in got)


def test_a_table_row_per_thousand_inhabitants_is_a_rate():
    got = table_facts("2023", ["Показатель", "2022", "2023"],
                      ["Читателей на 1 000 жителей", "410", "415"],
                      ["Посещений на 1 тыс. населения", "3 120", "3 180"],
                      ["Читаемость", "18,2", "18,5"])
    assert {(k[0], k[1]) for k in got} == {("ratio.reading", 18.2), ("ratio.reading", 18.5)}


def test_a_caption_naming_the_fund_at_a_date_heads_a_table_of_kinds():
    got = table_facts("2023", ["Вид документов", "Количество, экз.", "%"],
                      ["Книги", "41 200", "88,4"],
                      ["Периодические издания", "5 400", "11,6"],
                      ["Итого", "46 600", "100"],
                      caption="Фонд по видам документов на 01.01.2024 г.")
    # (the balance on the first day after the report's year is that year's)
    assert got == {("fund.end", 41200.0, "2023", None, "books"),
                   ("fund.end", 5400.0, "2023", None, "periodicals"),
                   ("fund.end", 46600.0, "2023", None, None)}


def test_the_kind_alone_after_a_dash_is_a_group_of_the_libraries_counted():
    got = _keys("2021", "На 01.01.2022 в районе работают 31 государственная общедоступная библиотека (в 2020 г. – "
                        "32), из них 27 – сельские.")
    assert ("libraries.count", 27, "2022-01-01", "branch:сельские библиотеки") in got


def test_kinds_of_documents_by_form_do_not_outvote_the_kinds_a_category_names():
    # a special library for the blind: braille, large print and flat print have no category, talking books have
    got = table_facts("2019", ["Виды изданий", "Количество, экз.", "% от фонда"],
                      ["Издания шрифтом Брайля", "12 100", "40,2"],
                      ["Аудиокниги на флеш-картах", "6 300", "20,9"],
                      ["Крупношрифтовые издания", "2 900", "9,6"],
                      ["Плоскопечатные издания", "8 800", "29,2"],
                      ["Всего", "30 100", "100"],
                      caption="Структура фонда по видам изданий на 01.01.2020")
    assert got == {("fund.end", 30100.0, "2019", None, None), ("fund.end", 6300.0, "2019", None, "audiobooks")}


def test_the_last_sentence_of_a_lead_in_heads_a_table_under_a_unit_alone():
    # the income stated before the lead-in is not what the table adds up
    got = table_facts("2020", ["Статья расходов", "Сумма (тыс. руб.)"],
                      ["Заработная плата", "9 120,0"],
                      ["Комплектование фонда", "410,5"],
                      ["Итого", "9 530,5"],
                      caption="Доходы от платных услуг составили 95,4 тыс. руб. Расходы библиотеки за год:")
    assert ("finance.budget", 9530.5, "2020", None, None) in got
    assert not any(k[0] == "finance.paid_services" and k[1] != 95.4 for k in got)
