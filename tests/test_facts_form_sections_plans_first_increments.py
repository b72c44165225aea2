"""Shapes of Russian reports of library systems of Kazakhstan and its
neighbours: a statistical form's sections as tables with a column of row
codes (whatever the section's caption names, each coded row is the form's
indicator), a plan written before what was done ("План: 7 800
пользователей, выполнено 7 912 (101,4 %)"), changes told after the
figures ("посещений – на 1 930", "(прирост 1 050 посещений)"), readers
by social group, staff by education with its level, the members of clubs,
news on the library's site and the parts of the money spent by source.
Each is stated in made-up sentences and tables."""

from __future__ import annotations

from conftest import prose_facts, report_of

HEAD = ["Наименование показателя", "№ строки", "Всего"]
EVENTS = [["Наименование показателя", "№ строки", "Всего", "из них для детей до 14 лет"],
          ["Число мероприятий, ед.", "11", "1 124", "520"], ["Число посещений мероприятий, ед.", "12", "24 860", "11 300"]]
STAFF = [HEAD, ["Численность работников, всего", "13", "34"], ["из них основной персонал библиотек", "14", "28"],
         ["имеют высшее образование", "15", "15"]]


def _facts(period, *parts):
    from esep.plugins.facts import plugin as facts
    from esep.registry import Config

    return {facts.fact_key(r.values) for r in facts.extract(report_of(period, *parts), Config())
            if r.table == "facts" and r.values["metric"]}


def test_a_form_section_of_events_with_row_codes_reads_every_coded_row():
    got = _facts("2024", "Раздел 4. Культурно-просветительные мероприятия", EVENTS, "Раздел 5. Персонал (чел.)", STAFF)
    assert got == {("events.actual", 1124, "2024", None, None), ("events.actual", 520, "2024", None, "children"),
                   ("visits.events", 24860, "2024", None, None), ("visits.events", 11300, "2024", None, "children"),
                   ("staff.headcount", 34, "2024", None, None), ("staff.headcount", 28, "2024", None, "librarians"),
                   ("staff.higher_education", 15, "2024", None, None)}


def test_the_section_title_over_a_table_hides_the_heading_of_the_section_before():
    # the staff table after the events' section, with a paragraph between its title and the heading before
    got = _facts("2024", "Культурно-просветительные мероприятия", "Раздел 5. Персонал (чел.)", STAFF)
    assert ("staff.headcount", 28, "2024", None, "librarians") in got
    assert not any(k[0].startswith("events.") for k in got)


def test_an_events_table_without_row_codes_stays_a_table_of_forms():
    got = _facts("2024", "Раздел 4. Культурно-просветительные мероприятия",
                 [["Форма работы", "Количество", "Участники"], ["Книжные выставки", "12", "–"],
                  ["Вечера отдыха", "9", "510"], ["Всего", "21", "510"]])
    assert not any(k[1] in (12, 9) for k in got)


def test_a_plan_written_before_its_figure_keeps_only_what_was_done():
    assert prose_facts("2025", "План: 7 800 пользователей, выполнено 7 912 (101,4 %).") == {
        ("users.registered", 7912, "2025", None, None)}
    assert prose_facts("2025", "План: 150 000 документовыдач, выполнено 152 760 (101,8 %).") == {
        ("loans.total", 152760, "2025", None, None)}
    # the plan for a part of the year: its months are no figure, nor is the plan
    assert prose_facts("2024-9M", "План на 9 месяцев: 27 000 пользователей, выполнено 27 418 (101,5 %).") == {
        ("users.registered", 27418, "2024-9M", None, None)}


def test_a_run_in_head_names_the_indicator_of_the_plan_after_it():
    assert prose_facts("2024", "Посещения. План: 214 000, выполнено 216 905 (101,4 %).") == {
        ("visits.total", 216905, "2024", None, None)}
    assert prose_facts("2024", "Справки. План: 9 500, выполнено 9 731 (102,4 %), из них на сайте – 418.") == {
        ("bibliography.references", 9731, "2024", None, None),
        ("bibliography.virtual_references", 418, "2024", None, None)}
    # no head, no indicator: the done figure is not guessed
    assert prose_facts("2024", "Работа шла по плану. План: 9 500, выполнено 9 731.") == set()


def test_changes_told_after_the_figures_are_no_figures():
    for s in ("По сравнению с 2024 годом пользователей больше на 212, посещений – на 1 930.",
              "Посещений сайта – 18 740 (прирост 1 050 посещений).",
              "Число посещений в отчётном году ниже плановых значений на 690."):
        assert not any(k[1] in (212, 1930, 1050, 690) for k in prose_facts("2024", s)), s
    # a level after a dash stays one, and a date after "на" is no change
    assert ("visits.total", 38000, "2024", None, None) in prose_facts("2024", "Читателей – 5 400, посещений – 38 000.")
    assert ("fund.end", 34000, "2024", None, None) in prose_facts("2024", "Фонд – на 01.01.2025 составил 34 000 экз.")


def test_youth_named_by_occupation_is_a_social_group():
    got = prose_facts("2025", "Состав пользователей по группам:", "учащиеся школ – 3 105", "работающая молодёжь – 410",
                      "учащаяся молодёжь – 1 200", "пенсионеры – 1 332")
    assert not any(k[0] == "users.youth" for k in got)
    assert ("users.youth", 5230, "2025", None, None) in prose_facts("2025", "Среди пользователей молодёжь – 5 230 человек.")


def test_library_education_with_its_level():
    got = prose_facts("2025", "В ЦБС работает 31 библиотечный работник, из них 24 имеют высшее образование, "
                              "11 – специальное библиотечное.")
    assert ("staff.library_education", 11, "2025", None, None) in got
    assert ("staff.library_education", 21, "2024", None, None) in prose_facts(
        "2024", "Высшее образование имеют 39 человек, из них высшее библиотечное – 21.")


def test_members_of_clubs_are_no_participants_of_events():
    got = prose_facts("2024", "Массовая работа", "Число участников мероприятий: 1 156",
                      "Клубы по интересам: «Ветеран», «Ақ жауын» – всего 2 клуба, 26 участников")
    assert ("events.participants", 1156, "2024", None, None) in got
    assert not any(k[1] == 26 for k in got)
    assert not any(k[1] == 47 for k in prose_facts("2024", "Проведено 64 мероприятия. Работают 4 объединения по "
                                                           "интересам, 47 участников."))


def test_news_on_the_site_are_no_articles_in_the_press():
    got = prose_facts("2025", "На сайте ЦБС опубликовано 96 новостей. В СМИ опубликовано 12 материалов о работе ЦБС.")
    assert got == {("media.articles", 12, "2025", None, None)}


def test_the_part_of_the_money_spent_on_the_fund_by_its_source():
    got = prose_facts("2024", "На комплектование израсходовано 1 184,6 тыс. руб., в том числе из областного бюджета "
                              "– 310,0 тыс. руб.")
    assert got == {("acquisition.budget", 1184.6, "2024", None, None),
                   ("acquisition.budget", 310.0, "2024", None, "source:oblast")}


def test_periodicals_named_as_journals_and_newspapers_and_copies_of_one_project():
    got = prose_facts("2024", "Поступило 5 480 экз. документов, в том числе 1 960 экз. журналов и газет, 3 520 экз. книг.")
    assert ("fund.received", 1960, "2024", None, "periodicals") in got
    got = prose_facts("2024", "Поступило – 4 905 экз. Из поступивших 1 870 экз. получено в рамках национального "
                              "проекта «Культура».")
    assert got == {("fund.received", 4905, "2024", None, None)}


def test_youth_named_by_occupation_in_a_table_of_readers_by_category():
    from conftest import table_facts

    got = table_facts("2025-H1", ["Категории пользователей", "Количество", "% от общего числа"],
                      ["Дети до 14 лет", "3 470", "37,1"], ["Учащаяся молодёжь", "1 215", "13,0"],
                      ["Пенсионеры", "1 860", "19,9"])
    assert ("users.children", 3470, "2025-H1", None, None) in got
    assert not any(k[1] == 1215 for k in got)
    assert ("users.youth", 1215, "2025-H1", None, None) in table_facts(
        "2025-H1", ["Категории пользователей", "Количество"], ["Молодёжь 15–30 лет", "1 215"])


def test_the_inhabitants_in_the_prepositional_case_are_the_population_served():
    got = prose_facts("2025", "Процент охвата населения – 36,2 (при 25 845 жителях района).")
    assert ("population.served", 25845, "2025", None, None) in got


def test_a_group_counted_in_brackets_after_the_whole_is_no_subject():
    got = prose_facts("2024", "В 2024 году 31 библиотека района (центральная районная, детская и 29 сельских "
                              "библиотек) обслужила 24 615 пользователей.")
    assert ("users.registered", 24615, "2024", None, None) in got
    # the group as the subject itself keeps its figures
    assert ("users.registered", 8780, "2024", None, "branch:сельские библиотеки") in prose_facts(
        "2024", "12 сельских библиотек обслужили 8 780 читателей.")
