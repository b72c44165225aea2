"""Shapes of Russian reports of village libraries and district systems:
a village librarian telling her year in the first person ("получила 236
новых книг, списала 310 ветхих", "на них побывало 1 530 человек"), awards
got that are no documents of the fund, a list of the fund's parts going on
past a kind no category names, the staff counted by age or length of
service in a table whose total row is the headcount, a municipality named
in quotes after "муниципального образования", and a village branch under
the letterhead of an inter-settlement central library; a year column beside
quarter columns, the year before in brackets in thousands, and the fund's
sections by branch of knowledge told in prose.  Stated in made-up lines of
the genre."""

from __future__ import annotations

import pytest

from conftest import paragraphs_doc, prose_facts, table_facts
from esep.plugins import metadata
from esep.plugins.organizations import parse_name
from esep.registry import Config

FUND = "Книжный фонд библиотеки на 1 января 2022 года – 8 214 экз."


@pytest.mark.parametrize("sentence, want", [
    ("В этом году получила 236 новых книг, списала 310 ветхих.",
     {("fund.received", 236.0, "2021", None, None), ("fund.withdrawn", 310.0, "2021", None, None)}),
    ("Библиотека получила 412 экз. новой литературы, списали 180 экз.",
     {("fund.received", 412.0, "2021", None, None), ("fund.withdrawn", 180.0, "2021", None, None)}),
])
def test_copies_a_librarian_or_her_library_got_or_wrote_off(sentence, want):
    got = prose_facts("2021", FUND + " " + sentence)
    assert got == want | {("fund.end", 8214.0, "2021", None, None)}


@pytest.mark.parametrize("sentence", [
    "Библиотекарь получила 2 грамоты, коллектив получил 3 благодарственных письма.",
    "Сотрудники получили 3 благодарности и 1 диплом.",
])
def test_awards_got_are_no_documents_of_the_fund(sentence):
    assert prose_facts("2021", FUND + " " + sentence) == {("fund.end", 8214.0, "2021", None, None)}


def test_people_who_came_to_the_events_a_librarian_held():
    got = prose_facts("2021", "Я провела 86 мероприятий, на них побывало 1 530 человек.")
    assert got == {("events.actual", 86.0, "2021", None, None), ("events.participants", 1530.0, "2021", None, None)}


def test_people_who_came_to_the_library_are_no_participants():
    got = prose_facts("2021", "Проведено 86 мероприятий. В библиотеке побывало 4 536 человек.")
    assert ("events.participants", 4536.0, "2021", None, None) not in got


def test_fund_parts_go_on_past_a_kind_no_category_names():
    got = prose_facts("2021", "Фонд МЦБ на 01.01.2022 года составил 312 406 экз., в том числе: электронные издания – "
                              "1 204 экз., аудиовизуальные материалы – 2 377 экз., периодические издания – 20 910 экз.")
    assert got == {("fund.end", 312406.0, "2021", None, None), ("fund.end", 1204.0, "2021", None, "electronic"),
                   ("fund.end", 20910.0, "2021", None, "periodicals")}


def test_an_unnamed_figure_of_another_unit_starts_no_list():
    got = prose_facts("2021", "Поступило 9 842 экз., из них электронные издания – 120 экз., 14 человек, "
                              "периодические издания – 1 730 экз.")
    assert ("fund.received", 120.0, "2021", None, "electronic") in got
    assert not any(k[1] == 14.0 for k in got)


@pytest.mark.parametrize("head, caption, total", [
    (["Возраст", "Чел."], "Кадры", 35.0),
    (["Стаж работы", "Чел."], "Персонал", 35.0),
    (["Возраст", "Число работников"], "Кадры", 35.0),
])
def test_staff_by_age_or_service_total_row_is_the_headcount(head, caption, total):
    got = table_facts("2022", head, ["до 35 лет", "9"], ["35–50 лет", "14"], ["старше 50 лет", "12"],
                      ["Всего", "35"], caption=caption)
    assert got == {("staff.headcount", total, "2022", None, None)}


def test_readers_by_age_are_no_staff():
    got = table_facts("2022", ["Возраст", "Чел."], ["до 14 лет", "9"], ["15–30 лет", "14"], ["Всего", "23"],
                      caption="Состав читателей")
    assert not any(k[0].startswith("staff.") for k in got)


def test_a_municipality_in_quotes_after_its_word_is_the_name_s_place():
    d = paragraphs_doc("МКУК «Межпоселенческая центральная библиотека» муниципального образования "
                       "«Харабалинский район» Астраханской области", "Отчёт о деятельности за 2021 год",
                       "Проведено 894 мероприятия.", fmt="txt")
    org = metadata.detect_organization(d)
    assert org.endswith("«Харабалинский район» Астраханской области")
    name = parse_name(org)
    assert (name.kind, name.place, name.level) == ("central", "karabal", "district")


LETTERHEAD = "МБУК «Усть-Калманская межпоселенческая центральная библиотека»"


def test_a_village_branch_under_an_inter_settlement_library_is_the_report_s(registry):
    d = paragraphs_doc(LETTERHEAD, "Новокалманская сельская библиотека-филиал № 12",
                       "Отчёт о работе Новокалманской сельской библиотеки за 2021 год",
                       "В моей библиотеке записано 412 читателей.", fmt="txt")
    registry.hook.prepare_document(document=d, config=Config())
    assert d.metadata["organization"] == "Новокалманская сельская библиотека-филиал № 12"
    assert d.metadata["organization_parent"] == LETTERHEAD


def test_a_title_naming_another_library_keeps_no_branch_under_the_letterhead():
    lines = [LETTERHEAD, "Новокалманская сельская библиотека-филиал № 12",
             "Отчёт о работе Огнёвской сельской библиотеки за 2021 год"]
    assert metadata.library_under_letterhead(lines) is None


def test_a_central_library_that_heads_no_system_is_no_letterhead_of_one():
    lines = ["ГУК «Центральная городская библиотека им. А. С. Пушкина»", "Детская библиотека-филиал № 3",
             "Отчёт о работе за 2021 год"]
    assert metadata.library_under_letterhead(lines) is None


@pytest.mark.parametrize("period, head, want", [
    # beside columns of quarters, a year alone is the year, and the year to date of a fourth quarter is the year
    ("2022-Q4", "2022 год (с начала года)", "2022"),
    ("2022-Q4", "с начала года", "2022"),
    ("2022-Q3", "2022 год", "2022"),
    # the year to date of a third quarter is its nine months
    ("2022-Q3", "2022 год (с начала года)", "2022-9M"),
])
def test_a_year_beside_quarter_columns_is_no_quarter(period, head, want):
    q = period[-2:].replace("Q4", "IV кв.").replace("Q3", "III кв.")
    got = table_facts(period, ["Показатель", f"{q} 2022", f"{q} 2021", head],
                      ["Пользователи", "3 105", "2 876", "15 940"])
    assert got == {("users.registered", 3105.0, period, None, None),
                   ("users.registered", 2876.0, "2021" + period[4:], None, None),
                   ("users.registered", 15940.0, want, None, None)}


def test_years_alone_in_a_quarter_report_stay_the_same_quarter():
    got = table_facts("2022-Q3", ["Показатель", "2021", "2022"], ["Пользователи", "3 105", "2 876"])
    assert got == {("users.registered", 3105.0, "2021-Q3", None, None),
                   ("users.registered", 2876.0, "2022-Q3", None, None)}


def test_the_year_before_in_brackets_in_thousands():
    got = prose_facts("2023", "Число пользователей – 9,4 тыс. человек (2022 – 9,1 тыс.), посещений – 61,2 тыс. "
                              "(2022 – 58,7 тыс.).")
    assert got == {("users.registered", 9.4, "2023", None, None), ("users.registered", 9.1, "2022", None, None),
                   ("visits.total", 61.2, "2023", None, None), ("visits.total", 58.7, "2022", None, None)}


def test_money_in_thousands_in_brackets_is_no_year_before_of_a_count():
    got = prose_facts("2023", "Число пользователей – 9,4 тыс. человек (2022 – 9,1 тыс.), посещений – 61 200 "
                              "(2022 – 58 тыс. руб.).")
    assert ("visits.total", 58.0, "2022", None, None) not in got


def test_sections_of_the_fund_by_branch_of_knowledge_are_no_whole_fund():
    got = prose_facts("2023", "Фонд ИБЦ на 01.01.2024 составляет 127 310 экз. По отраслям знаний: общественно-"
                              "политическая литература – 21 840 экз., естественнонаучная – 9 315 экз., техническая – "
                              "6 102 экз., художественная литература – 61 470 экз., детская литература – 18 215 экз.")
    assert got == {("fund.end", 127310.0, "2023", None, None), ("fund.end", 61470.0, "2023", None, "fiction"),
                   ("fund.end", 18215.0, "2023", None, "children")}


def test_a_technical_word_that_labels_no_figure_leaves_the_fund():
    got = prose_facts("2023", "Фонд на 01.01.2024 – 127 310 экз. Техническая база обновлена. Поступило 340 экз.")
    assert got == {("fund.end", 127310.0, "2023", None, None), ("fund.received", 340.0, "2023", None, None)}
