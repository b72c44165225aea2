"""Facts of reports written in other hands: sentences of what is planned
(none of their figures is a fact), parts and the wholes they are of ("20
библиотек из 24", "Из общего числа пользователей 1 240 – …"), figures a
word beside the metric's name makes a narrower one (served remotely, bought
under the state's order, the site's visits), and labels in two languages.
Each sentence was typed as other libraries write, with what it should give
written before esep read it."""

from __future__ import annotations

import pytest

from conftest import prose_facts as _prose
from test_facts_unseen import _named


def _figures(period: str, text: str) -> set[tuple[str, float]]:
    return {(k[0], k[1]) for k in _prose(period, text)}


@pytest.mark.parametrize("period, text", [
    ("2023", "Планируемые показатели на 2024 год: пользователей – 12 450, посещений – 102 000, книговыдача – 255 000."),
    ("2023", "На 2024 год запланировано: читателей – 745, книговыдача – 15 500."),
    ("2024-9M", "В IV квартале планируется провести 150 мероприятий."),
    ("2023", "В 2024 году библиотека планирует обслужить 12 500 пользователей."),
    ("2023", "2024 жылы оқырмандар санын 5 300-ге жеткізу жоспарлануда."),
    ("2023", "Келесі жылы 160 іс-шара өткізу көзделуде."),
    ("2024-H1", "Жылдық жоспар бойынша оқырман саны 6 000 болуы тиіс, жоспар 86,7 %-ға орындалды."),
])
def test_a_sentence_of_what_is_planned_gives_no_figure(period, text):
    assert _prose(period, text) == set()


def test_a_plan_carried_out_keeps_the_figure_done():
    assert _figures("2023", "Запланировано 640 мероприятий, проведено 642.") == {("events.actual", 642)}
    assert _figures("2023", "Жоспар бойынша оқырмандар саны – 6 000, орындалғаны – 5 200.") == {
        ("users.registered", 5200)}


def test_readers_signed_up_are_no_catalogue_records():
    assert _figures("2023", "Детей до 14 лет записано 265, что составляет 35,7 % от всех читателей.") == {
        ("users.children", 265)}
    assert ("catalog.records", 58900) in _figures(
        "2023", "Электронный каталог насчитывает 58 900 записей.")


def test_a_word_beside_the_name_makes_it_narrower():
    assert _figures("2024-9M", "В удалённом режиме обслужено 1 034 пользователя.") == {("users.remote", 1034)}
    assert _figures("2023", "В рамках государственного заказа библиотеки получили 1 140 экз. книг на сумму "
                            "2 960,0 тыс. тенге.") == {("state_order.copies", 1140), ("state_order.budget", 2960)}
    # a figure its own verb names after the order's is the fund's
    assert _figures("2023", "В рамках госзаказа получено 1 140 экз., всего в фонд поступило 6 540 экз.") == {
        ("state_order.copies", 1140), ("fund.received", 6540)}
    assert _figures("2024-Q1", "Сайт ЦБС за квартал посетили 3 905 раз.") == {("visits.web", 3905)}
    assert _figures("2024-H1", "Кітапхананың сайты мен әлеуметтік желідегі парақшаларына 12 480 рет кірілді.") == {
        ("visits.web", 12480)}
    assert _figures("2023", "Библиотеку посетили 41 000 раз, сайт – 3 200 раз.") == {
        ("visits.total", 41000), ("visits.web", 3200)}


def test_a_part_and_the_whole_it_is_of():
    assert _figures("2023", "Компьютерами оснащены 20 библиотек из 24, к сети Интернет подключено 18 библиотек.") == {
        ("libraries.count", 24), ("libraries.internet", 18)}
    assert _figures("2024-Q1", "К сети Интернет подключены 17 библиотек из 19.") == {
        ("libraries.internet", 17), ("libraries.count", 19)}
    assert _prose("2024-H1", "Из общего числа пользователей 1 240 – учащиеся 1–4 классов, 2 105 – учащиеся "
                             "5–9 классов.") == set()


def test_other_wordings_of_staff_population_and_participants():
    assert _figures("2024-Q1", "Списочный состав – 57 человек, из них специалистов с высшим образованием – 38, "
                               "в том числе с высшим библиотечным – 19.") == {
        ("staff.headcount", 57), ("staff.higher_education", 38), ("staff.library_education", 19)}
    assert _figures("2024-H1", "Высшее образование имеют 26 (из них библиотечное – 12).") == {
        ("staff.higher_education", 26), ("staff.library_education", 12)}
    assert ("population.served", 1146) in _figures(
        "2023", "Население обслуживаемой зоны – 1 146 чел., из них в с. Новопокровка – 918.")
    assert _figures("2023", "Проведено 318 мероприятий (охват – 7 450 чел.).") == {
        ("events.actual", 318), ("events.participants", 7450)}
    assert _figures("2023", "Ауылдық кітапханалардың 19-ы ғаламтор желісіне қосылған.") == {
        ("libraries.internet", 19)}


def test_an_age_or_a_figure_in_brackets_is_no_clause_of_its_own():
    assert _figures("2023", "Среди читателей: детей до 14 лет – 290; юношества (15–24 лет) – 118; "
                            "пенсионеров – 151.") >= {("users.children", 290), ("users.youth", 118)}
    assert _figures("2024-H1", "Қашықтағы пайдаланушылар (412 адам) электронды каталог пен виртуалды анықтама "
                               "қызметін пайдаланды.") == {("users.remote", 412)}
    # a figure in brackets after a figure is no name's
    assert _figures("2023", "Книговыдача составила 255 900 экз. (250 000).") == {("loans.total", 255900)}


def test_a_row_labelled_in_two_languages_is_matched_by_either():
    got = _named("2024-Q1", ["Көрсеткіштер / Показатели", "2023 ж. І тоқсан", "2024 ж. І тоқсан", "Айырмасы"],
                 ["Оқырмандар саны / Число пользователей", "5 100", "5 240", "+140"],
                 ["Іс-шаралар / Мероприятия", "214", "226", "+12"])
    assert {(k[0], k[1], k[2]) for k in got} == {
        ("users.registered", 5100, "2023-Q1"), ("users.registered", 5240, "2024-Q1"),
        ("events.actual", 214, "2023-Q1"), ("events.actual", 226, "2024-Q1")}


def test_school_grades_are_no_figures():
    from esep.model import Block, Document
    from esep.plugins.facts import plugin as facts
    from esep.registry import Config

    d = Document(id="g", path="g.txt", format="txt", metadata={"period": "2023"})
    d.add_block(Block("paragraph", "ЖББ №16 мектептің 9-11 сынып оқушылары қатысты."))
    d.add_block(Block("paragraph", "Для учащихся 5–9 классов проведено 12 мероприятий."))
    got = sorted(r.values["value"] for r in facts.extract(d, Config()) if r.table == "facts")
    assert got == [12]


def test_money_for_periodicals_in_a_table_is_their_category_as_in_prose():
    got = _named("2024-Q1", ["Статья расходов", "План, тыс. тенге", "Факт, тыс. тенге"],
                 ["Комплектование фонда", "1 245,0", "1 245,0"],
                 ["Подписка на периодические издания", "2 400,0", "2 400,0"])
    assert ("acquisition.budget", 2400, "2024-Q1", None, "periodicals") in got
    assert ("acquisition.budget", 2400, "2024-Q1", None, "periodicals") in _prose(
        "2024-Q1", "На подписку периодических изданий израсходовано 2 400,0 тыс. тенге.")


@pytest.mark.parametrize("text", [
    "Довести число пользователей до 9 600 человек, документовыдачу – до 205 000 экз.",
    "Увеличить количество посещений до 80 000.",
    "1. Привлечь 9 600 пользователей.",
    "Оқырмандар санын 5 500-ге жеткізу.",
    "Сверх плана проведено 16 мероприятий.",
    "Жоспардан тыс 16 іс-шара демеушілердің қолдауымен өткізілді.",
])
def test_a_task_and_what_was_done_beyond_the_plan_give_no_figure(text):
    assert _prose("2022", text) == set()


def test_a_plan_instead_of_which_something_was_done():
    assert _figures("2022", "Вместо запланированных 350,0 тыс. руб. на комплектование выделено 284,3 тыс. руб.") \
        == {("acquisition.budget", 284.3)}
    assert _figures("2022", "Провести удалось 45 мероприятий, их посетили 1 200 человек.") == {
        ("events.actual", 45), ("events.participants", 1200)}


def test_leader_dots_and_quoted_names():
    assert _figures("2022", "Число пользователей ............ 4 512") == {("users.registered", 4512)}
    assert _figures("2022", "Число пользователей........4 512") == {("users.registered", 4512)}
    assert _figures("2022", "Книговыдача …………… 96 220") == {("loans.total", 96220)}
    assert _prose("2022", "Газета «Знамя труда», 07.10.2022, статья «Библиотекарь года – 2022».") == set()


def test_staff_posts_public_libraries_and_readers_who_signed_up():
    assert _figures("2022", "Штатное расписание – 31,5 ед.") == {("staff.units", 31.5)}
    assert _figures("2022", "Библиотечное обслуживание населения района вели 17 общедоступных библиотек.") == {
        ("libraries.count", 17)}
    # libraries of one kind are a part of them, no count of all
    assert _prose("2022", "Жүйеде балалар кітапханасы және 21 ауылдық кітапхана бар.") == set()
    assert _figures("2022", "Читателями библиотеки стали 2 400 человек.") == {("users.registered", 2400)}


def test_a_column_that_names_no_period_is_the_periods_to_its_left():
    got = _named("2024-H1", ["Іс-шаралар түрі", "2023 ж. І ж/ж саны", "қатысушылар", "2024 ж. І ж/ж саны",
                             "қатысушылар"],
                 ["Кітап талқылау", "12", "260", "15", "310"], ["Әдеби кеш", "8", "160", "12", "210"],
                 ["Викторина", "9", "180", "11", "230"], ["Барлығы", "214", "4 830", "231", "5 323"])
    assert {k for k in got if k[4] is None} == {
        ("events.actual", 214, "2023-H1", None, None), ("events.participants", 4830, "2023-H1", None, None),
        ("events.actual", 231, "2024-H1", None, None), ("events.participants", 5323, "2024-H1", None, None)}


def test_a_cell_of_two_figures_one_a_line_beside_a_label_of_two_lines():
    got = _named("2022", ["Показатели", "2020", "2021", "2022"],
                 ["Число пользователей (всего),\nв т.ч. удалённых", "9 214\n1 105", "9 387\n1 342", "9 502\n1 618"],
                 ["Количество посещений (всего), в т.ч. массовых мероприятий", "71 830\n12 406", "74 215\n13 118",
                  "76 940\n14 275"],
                 ["Документовыдача", "190 100", "195 300", "198 560"])
    assert {("users.registered", 9502, "2022", None, None), ("users.registered", 9214, "2020", None, None),
            ("visits.total", 76940, "2022", None, None), ("loans.total", 198560, "2022", None, None)} <= got
    # the part's figure is never the whole's
    assert not {k for k in got if k[0] in ("users.registered", "visits.total") and k[1] in (1105, 1618, 12406, 14275)}


def test_groups_of_readers_beside_event_columns_and_the_participants_of_events():
    got = _named("2023-H1", ["Категория читателей", "Кол-во мероприятий", "Число участников"],
                 ["Дети (до 14 лет)", "58", "1 720"], ["Молодёжь (15–30 лет)", "37", "1 012"], ["Взрослые", "27", "672"],
                 ["Всего", "122", "3 404"])
    assert got == {("events.actual", 122, "2023-H1", None, None), ("events.participants", 3404, "2023-H1", None, None)}
    for head, row in ((["Показатели", "ед. изм.", "План", "Факт", "% выполнения"],
                       ["Число участников мероприятий", "чел.", "4 500", "4 716", "104,8"]),
                      (["Показатели", "План", "Факт", "% выполнения"], ["Число участников мероприятий", "4 500", "4 716", "104,8"])):
        assert _named("2022", head, row) == {("events.participants", 4716, "2022", None, None)}


def test_a_period_in_brackets_before_a_table_is_the_one_compared_with_not_the_tables():
    got = _named("2023-H1", ["Месяц", "Кол-во мероприятий", "Число участников"], ["Январь", "14", "356"],
                 ["Февраль", "22", "610"], ["Итого", "36", "966"],
                 caption="В первом полугодии проведено 122 мероприятия (за I полугодие 2022 года – 109). "
                         "Распределение по месяцам:")
    # the caption's own figure of the year before is that year's; none of the table's is
    assert {k[:3] for k in got if k[2] != "2023-H1"} == {("events.actual", 109, "2022-H1")}


def test_what_was_done_under_a_plan_named_after_the_plan_word():
    assert _figures("2022", "План по числу пользователей выполнен на 101,2 %: при плане 5 200 чел. фактически "
                            "зарегистрировано 5 263 чел. (отклонение +63 чел.).") == {("users.registered", 5263)}
    assert _figures("2022", "Число читателей: план – 9 000, фактически обслужено 9 108.") == {
        ("users.registered", 9108)}


def test_a_figure_of_libraries_is_no_figure_of_readers():
    assert _prose("2024-9M", "Рост числа пользователей отмечен в 14 сельских библиотеках из 21.") == set()
    assert _figures("2022", "Обслужено 5 200 пользователей библиотек.") == {("users.registered", 5200)}
    # a library adjective is no library
    assert ("staff.library_education", 61) in _figures(
        "2022", "Қызметкерлердің 79-ы жоғары білімді, 61-і кітапханалық білімі бар мамандар.")


def test_in_a_sentence_of_a_thing_done_and_a_thing_planned_the_plans_clause_gives_no_figure():
    assert _figures("2023", "2023 жылы 5 200 оқырманға қызмет көрсетілді, 2024 жылы 5 300 оқырман тарту "
                            "жоспарлануда.") == {("users.registered", 5200)}
    assert _figures("2022", "Планировалось провести 640 мероприятий, проведено 642.") == {("events.actual", 642)}


def test_another_library_a_comparison_and_a_level_of_the_year_before():
    assert _figures("2022", "Проведено 120 мероприятий. Для сравнения, областная библиотека им. Ж. Мусина за тот "
                            "же период провела 45 мероприятий.") == {("events.actual", 120)}
    assert _figures("2025", "Кітап қоры – 8 215 дана, мектеп кітапханасының қоры – 6 400 дана.") == {
        ("fund.end", 8215)}
    assert _prose("2025-H1", "По плану на 2025 год предусмотрено 36 500 пользователей.") == set()
    got = _prose("2025-H1", "Соответственно читаемость составила 11,7, а посещаемость – 5,2, что находится на уровне "
                            "прошлого года.")
    assert {(k[0], k[1], k[2]) for k in got} == {("ratio.reading", 11.7, "2025-H1"), ("ratio.attendance", 5.2, "2025-H1")}
    assert ("staff.library_education", 22) in _figures(
        "2022", "Из них с высшим образованием – 38 (в том числе библиотечным – 22).")


def test_a_figure_of_one_branch_named_in_prose():
    assert _prose("2025", "№1 филиал есепті жылы 1 860 оқырманға қызмет көрсетті.") == {
        ("users.registered", 1860, "2025", None, "branch:1 филиал")}
    assert {k[4] for k in _prose("2025-H1", "Лучшие показатели у Заводского филиала: 2 140 пользователей, "
                                            "11 900 посещений.")} == {"branch:заводского филиала"}
    assert _prose("2025", "Всего обслужено 9 850 пользователей.") == {("users.registered", 9850, "2025", None, None)}


def test_an_age_in_years_the_population_that_lives_there_and_readers_signed_up():
    assert _figures("2025-H1", "Юношество (15–24 года) составило 3 115 человек.") == {("users.youth", 3115)}
    assert _figures("2025", "Ал кітапхананың қызмет көрсету аймағында 2 340 тұрғын бар.") == {
        ("population.served", 2340)}
    assert _figures("2025", "Ал №2 филиал 1 415 оқырманды тіркеді.") == {("users.registered", 1415)}


def test_the_period_a_plan_is_for_is_no_period_of_the_figures_after_it():
    got = _prose("2025-H1", "За отчётный период обслужено 18 420 пользователей. По плану на 2025 год предусмотрено "
                            "36 500 пользователей. Удалённых пользователей зарегистрировано 1 304.")
    assert got == {("users.registered", 18420, "2025-H1", None, None), ("users.remote", 1304, "2025-H1", None, None)}


def test_a_level_something_came_to_and_a_unit_named_before_the_dash():
    got = _prose("2025-H1", "Фонд библиотек на 01.07.2025 снизился до 184 560 экз. в связи со списанием ветхой "
                            "литературы (выбыло 5 210 экз.).")
    assert {(k[0], k[1]) for k in got} == {("fund.end", 184560), ("fund.withdrawn", 5210)}
    # (the rural ones in the brackets are the count of that group of the libraries counted first)
    got = _prose("2025-9M", "• библиотек – 12 (в т.ч. 10 сельских);")
    assert {(k[0], k[1], k[4]) for k in got} == {("libraries.count", 12, None),
                                               ("libraries.count", 10, "branch:сельские библиотеки")}
    # a figure another cue names keeps it
    assert _figures("2022", "Число пользователей библиотек – 12 000.") == {("users.registered", 12000)}
