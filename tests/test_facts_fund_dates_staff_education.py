"""Russian and Kazakh reports of other libraries: a fund table named only in
its corner cell over dated columns ("Фонд | на 01.01.2024 | на 01.01.2025"),
a table of the staff by education ("Образование | Всего | в т.ч.
библиотечное"), bands of age and length of service that are parts of the
staff, a pronoun after a colon pointing back at the noun before it ("…: их
было 41", "…: олардың саны – 38"), and copies that went out of the fund told
by the Kazakh verb of going out ("қордан 2 615 дана кітап шықты")."""

from __future__ import annotations

import pytest

from conftest import report_of
from esep.plugins.facts import plugin as facts
from esep.registry import Config


def _facts(period: str, *items) -> list[dict]:
    return [dict(r.values, evidence=r.evidence) for r in facts.extract(report_of(period, *items), Config())
            if r.table == "facts"]


def _table(period: str, *items) -> set[tuple]:
    return {(v["metric"], v["value"], v["as_of"], v["period"], v["language"], v["category"])
            for v in _facts(period, *items) if v["metric"] and v.get("source") == "table"}


def _text(period: str, *paragraphs: str) -> set[tuple]:
    return {(v["metric"], v["value"], v["as_of"], v["category"])
            for v in _facts(period, *paragraphs) if v["metric"] and v.get("source") == "text"}


# -- the fund named in the corner over dated columns ------------------------------------------------------------

def test_a_corner_naming_the_fund_over_dated_columns_gives_the_opening_and_closing_balances():
    got = _table("2024", "Книжный фонд", [
        ["Фонд", "на 01.01.2024", "на 01.01.2025"],
        ["Всего, экз.", "176 420", "178 115"],
        ["в т.ч. книги", "168 930", "170 402"],
        ["на казахском языке", "98 315", "100 760"]])
    assert got == {
        ("fund.start", 176420, "2024-01-01", "2024", None, None), ("fund.end", 178115, "2025-01-01", "2024", None, None),
        ("fund.start", 168930, "2024-01-01", "2024", None, "books"),
        ("fund.end", 170402, "2025-01-01", "2024", None, "books"),
        ("fund.start", 98315, "2024-01-01", "2024", "kk", None), ("fund.end", 100760, "2025-01-01", "2024", "kk", None)}


def test_a_kazakh_corner_and_a_difference_column():
    got = _table("2023", "Кадрлар мен қор", [
        ["Кітап қоры", "01.01.2023 ж.", "01.01.2024 ж.", "+/-"],
        ["Барлығы, дана", "143 260", "144 905", "+1 645"],
        ["мерзімді басылымдар", "6 150", "6 265", "+115"],
        ["қазақ тілінде", "81 450", "84 020", "+2 570"]])
    assert got == {
        ("fund.start", 143260, "2023-01-01", "2023", None, None), ("fund.end", 144905, "2024-01-01", "2023", None, None),
        ("fund.start", 6150, "2023-01-01", "2023", None, "periodicals"),
        ("fund.end", 6265, "2024-01-01", "2023", None, "periodicals"),
        ("fund.start", 81450, "2023-01-01", "2023", "kk", None), ("fund.end", 84020, "2024-01-01", "2023", "kk", None)}


def test_an_earlier_first_of_january_closes_the_year_before():
    got = _table("2024", "Фонд ЦБС", [
        ["Фонд ЦБС", "на 01.01.2023", "на 01.01.2024", "на 01.01.2025"],
        ["Всего, экз.", "181 300", "176 420", "178 115"]])
    assert got == {("fund.end", 181300, "2023-01-01", "2022", None, None),
                   ("fund.start", 176420, "2024-01-01", "2024", None, None),
                   ("fund.end", 178115, "2025-01-01", "2024", None, None)}


@pytest.mark.parametrize("head,rows", [
    (["", "Фонд на 01.01.2024", "Фонд на 01.01.2025"], [["Всего, экз.", "176 420", "178 115"],
                                                       ["в т.ч. книги", "168 930", "170 402"]]),
    (["Показатель", "на 01.01.2024", "на 01.01.2025"], [["Фонд, всего, экз.", "176 420", "178 115"],
                                                        ["в т.ч. книги", "168 930", "170 402"]]),
])
def test_the_fund_named_by_its_columns_or_its_row_at_the_reports_first_day_is_its_opening(head, rows):
    got = _table("2024", "Сведения о фонде", [head, *rows])
    assert got == {
        ("fund.start", 176420, "2024-01-01", "2024", None, None), ("fund.end", 178115, "2025-01-01", "2024", None, None),
        ("fund.start", 168930, "2024-01-01", "2024", None, "books"),
        ("fund.end", 170402, "2025-01-01", "2024", None, "books")}


def test_a_quarters_dated_columns_and_a_row_of_what_came_in():
    got = _table("2023-Q3", "Қор", [["Қор", "01.07.2023", "01.10.2023"], ["Барлығы", "76 420", "77 115"]])
    assert got == {("fund.start", 76420, "2023-07-01", "2023-Q3", None, None),
                   ("fund.end", 77115, "2023-10-01", "2023-Q3", None, None)}
    got = _table("2024", "Фонд", [["Фонд", "на 01.01.2024", "на 01.01.2025"], ["Всего, экз.", "176 420", "178 115"],
                                  ["Поступило", "", "6 830"]])
    assert ("fund.received", 6830, None, "2024", None, None) in got
    assert not any(v == 6830 and m != "fund.received" for m, v, *_ in got)


def test_dated_columns_under_a_corner_naming_no_fund_are_no_fund():
    got = _table("2024", "Основные показатели", [
        ["Показатель", "на 01.01.2024", "на 01.01.2025"],
        ["Всего, экз.", "176 420", "178 115"]])
    assert not any(m.startswith("fund.") for m, *_ in got)


def test_a_fund_table_with_year_columns_keeps_working():
    got = _table("2023", "Фонд", [
        ["Показатель", "2022", "2023"],
        ["Поступило, экз.", "7 410", "8 025"],
        ["Выбыло, экз.", "9 860", "6 130"],
        ["Состоит на конец года, экз.", "301 450", "303 345"]])
    assert {("fund.end", 301450, None, "2022", None, None), ("fund.end", 303345, None, "2023", None, None),
            ("fund.received", 8025, None, "2023", None, None), ("fund.withdrawn", 9860, None, "2022", None, None)} <= got


# -- the staff by education --------------------------------------------------------------------------------------

@pytest.mark.parametrize("head,rows", [
    (["Образование", "Всего", "в т.ч. библиотечное"],
     [["Высшее", "17", "11"], ["Среднее специальное", "12", "8"], ["Среднее", "1", "–"], ["Всего", "30", "19"]]),
    (["Образование", "Кол-во", "из них с библиотечным"],
     [["Высшее", "17", "11"], ["Среднее профессиональное", "13", "8"], ["Итого", "30", "19"]]),
    (["Білімі", "Барлығы", "оның ішінде кітапханалық"],
     [["Жоғары", "17", "11"], ["Орта арнаулы", "13", "8"], ["Барлығы", "30", "19"]]),
    (["Білімі / Образование", "Барлығы / Всего", "оның ішінде кітапханалық / в т.ч. библиотечное"],
     [["Жоғары / Высшее", "17", "11"], ["Орта арнаулы / Среднее специальное", "13", "8"], ["Барлығы / Всего", "30", "19"]]),
])
def test_the_staff_by_education(head, rows):
    got = _table("2024", "Кадры", "В ЦБС работают специалисты разного профиля.", [head, *rows])
    assert {(m, v) for m, v, *_ in got} == {
        ("staff.headcount", 30), ("staff.higher_education", 17), ("staff.library_education", 19)}


def test_a_level_of_education_and_its_library_part_are_kept_unnamed():
    facts_ = _facts("2024", "Кадры", [["Образование", "Всего", "в т.ч. библиотечное"],
                                      ["Высшее", "17", "11"], ["Среднее специальное", "12", "8"], ["Всего", "29", "19"]])
    unnamed = {(v["value"], v["label"]) for v in facts_ if v["metric"] is None and v.get("source") == "table"}
    assert {11, 12, 8} == {v for v, _ in unnamed}


def test_the_readers_by_education_are_no_staff():
    got = _table("2023", "Состав пользователей по образованию", [
        ["Образование", "Всего", "в т.ч. дети"],
        ["Высшее", "6 210", "–"], ["Среднее специальное", "5 480", "–"], ["Всего", "24 315", "8 940"]])
    assert not any(m.startswith("staff.") for m, *_ in got)


def test_an_education_head_without_a_library_column_or_words_of_the_staff_is_no_staff():
    got = _table("2023", "Сведения об образовании", [
        ["Образование", "Всего"], ["Высшее", "620"], ["Среднее", "1 480"], ["Всего", "2 100"]])
    assert not any(m.startswith("staff.") for m, *_ in got)


# -- bands of age and of service are parts of the staff --------------------------------------------------------

@pytest.mark.parametrize("text,whole", [
    ("В ЦБС работают 30 человек. В возрасте до 30 лет работают 5 человек, от 30 до 55 лет – 17 человек, "
     "старше 55 лет – 8 человек.", 30),
    ("Кітапханада 15 қызметкер бар. 30 жасқа дейінгі 4 маман жұмыс істейді.", 15),
    ("Коллектив – 22 человека. Стаж работы: до 3 лет – 4, от 3 до 10 лет – 7, свыше 10 лет – 11.", 22),
    ("Кітапхана жүйесінде 27 қызметкер еңбек етеді. Еңбек өтілі: 3 жылға дейін – 4, 3 жылдан 10 жылға дейін – 8, "
     "10 жылдан жоғары – 15.", 27),
])
def test_bands_of_age_and_service_are_no_headcount(text, whole):
    got = _text("2024", text)
    assert {(m, v) for m, v, *_ in got if m.startswith("staff.")} == {("staff.headcount", whole)}


def test_children_of_an_age_stay_readers_and_a_year_is_no_band():
    assert ("users.children", 3120, None, None) in _text("2024", "Дети в возрасте до 14 лет – 3 120 человек.")
    assert ("staff.headcount", 40, None, None) in _text("2024", "До 2020 года в ЦБС работало 40 человек.")


# -- a pronoun after a colon points back at the noun before it -----------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("Сотрудники – главная ценность библиотеки: на 31.12.2023 их было 41.", ("staff.headcount", 41, "2023-12-31", None)),
    ("Кітапханаларда қызметкерлер еңбек етеді: олардың саны – 38.", ("staff.headcount", 38, None, None)),
    ("Кадровый состав стабилен, сотрудники библиотек – опытные специалисты: их было 29 человек.",
     ("staff.headcount", 29, None, None)),
])
def test_a_pronoun_after_a_colon_counts_the_noun_before_it(text, expected):
    assert expected in _text("2023", text)


@pytest.mark.parametrize("text", [
    "Сотрудники ЦБС выезжали в сельские филиалы: их было 14.",
    "Сотрудники библиотек приняли участие в семинарах: их было 12.",
    "Қызметкерлер кітап көрмелерін ұйымдастырды: олардың саны – 45.",
])
def test_a_pronoun_after_another_noun_counts_no_staff(text):
    assert not any(m.startswith("staff.") for m, *_ in _text("2023", text))


# -- the Kazakh verb of going out of the fund ----------------------------------------------------------------------

@pytest.mark.parametrize("text,value", [
    ("Жыл ішінде қорға 3 090 дана құжат келіп түсті, қордан 2 615 дана кітап шықты.", 2615),
    ("Жыл ішінде кітап қорынан 1 240 дана шықты.", 1240),
    ("Есепті жылы 5 370 дана құжат түсті, 3 725 дана кітап шықты.", 3725),
])
def test_copies_that_went_out_of_the_fund(text, value):
    assert ("fund.withdrawn", value, None, None) in _text("2023", text)


@pytest.mark.parametrize("text", [
    "Жергілікті ақындардың 3 жаңа кітабы жарыққа шықты.",
    "Облыстық баспадан 2 жинақ шықты.",
])
def test_books_published_are_no_withdrawal(text):
    assert not any(m == "fund.withdrawn" for m, *_ in _text("2023", text))
