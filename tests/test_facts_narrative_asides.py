"""The other numbers of a long annual report's narrative sections: the money
of a grant, a sponsor, a repair or a purchase, the people of one programme,
contest or survey, the events of one week, the pages of a booklet, a
shortage found by a check, the acts of a withdrawal, villages, computers
handed out this year, readers with disabilities, the year a town was
founded.  Each sentence was typed for this test in the wordings of Kazakh and
Russian district and city reports; beside each, a sentence of the same
section whose figure is the period's indicator, which stays."""

from __future__ import annotations

from conftest import prose_facts


def _named(got: set) -> set:
    """(metric, value, period, category) of each fact."""
    return {(k[0], k[1], k[2], k[4]) for k in got}


# -- money that is no budget ----------------------------------------------------------------------------------------

def test_money_of_a_sponsor_a_grant_or_a_repair_is_no_budget():
    got = _named(prose_facts("2023", "Финансирование ЦБС в 2023 году составило 298 540,2 тыс. тенге. Из средств "
                                     "спонсора ТОО «Бурабай-Тур» получено 450 тыс. тенге, по грантовому проекту "
                                     "«Рухани жаңғыру» – 1 200 тыс. тенге. Проведён капитальный ремонт библиотеки "
                                     "с. Златополье стоимостью 18 700 тыс. тенге."))
    assert got == {("finance.budget", 298540.2, "2023", None)}


def test_kazakh_money_of_a_sponsor_a_repair_and_a_grant_is_no_budget():
    got = _named(prose_facts("2024", "2024 жылғы қаржыландыру көлемі – 265 430,0 мың теңге. «Шиелі-Агро» ЖШС "
                                     "демеушілік ретінде 500 мың теңге бөлді. 3 ауылдық кітапхананы жөндеуге "
                                     "14 800 мың теңге жұмсалды. «Оқитын қала» жобасына 2 000 мың теңге грант алынды."))
    assert got == {("finance.budget", 265430.0, "2024", None)}


def test_the_money_a_purchase_cost_is_the_buying_not_the_budget_it_came_from():
    got = _named(prose_facts("2023", "Қорға түскен құжаттардың 2 870 данасы жергілікті бюджет қаражатына "
                                     "8 430,6 мың теңгеге сатып алынды."))
    assert ("finance.budget", 8430.6, "2023", None) not in got
    assert ("fund.received", 2870, "2023", None) not in got
    assert ("acquisition.budget", 8430.6, "2023", None) in got


# -- the people and the events of one occasion ----------------------------------------------------------------------

def test_the_people_of_one_programme_marathon_or_survey_are_no_participants_of_the_year():
    assert prose_facts("2024", "Жазғы оқу бағдарламасына 7 мен 14 жас аралығындағы 420 бала қатысты.") == set()
    assert prose_facts("2023", "Жезқазған-Сәтбаев жазғы оқу марафонына 380 бала қатысты.") == set()
    assert prose_facts("2023", "Оқырмандар арасындағы сауалнамаға 300 адам қатысты.") == set()
    assert prose_facts("2023", "В анкетировании приняли участие 300 читателей.") == set()


def test_the_events_of_one_week_are_no_events_of_the_year():
    assert prose_facts("2023", "Балалар кітабы апталығы (20–26 наурыз) 36 іс-шараны қамтыды.") == set()
    assert prose_facts("2024", "Проведена неделя детской книги (25–31 марта), включившая 42 мероприятия.") == set()


def test_the_events_and_people_of_the_year_stay():
    got = _named(prose_facts("2023", "2023 жылы 842 іс-шара өткізілді, оларға 21 460 адам қатысты."))
    assert got == {("events.actual", 842, "2023", None), ("events.participants", 21460, "2023", None)}
    got = _named(prose_facts("2023", "Проведены конкурсы, викторины, акции – всего 1 284 мероприятия."))
    assert got == {("events.actual", 1284, "2023", None)}


# -- pages, shortages, papers, villages -----------------------------------------------------------------------------

def test_the_pages_of_a_publication_are_not_pages_digitized():
    assert prose_facts("2023", "Сборник стихов участников клуба издан тиражом 200 экземпляров на 64 страницах.") == set()
    assert prose_facts("2024", "Өлкетану бөлімі библиографиялық көрсеткішті шығарды (84 бет, таралымы 50 дана).") == set()
    got = _named(prose_facts("2024", "Оцифровано 420 документов (18 350 страниц) краеведческого фонда."))
    assert ("digitization.pages", 18350, "2024", None) in got


def test_a_shortage_found_by_a_check_is_no_balance_of_the_fund():
    got = _named(prose_facts("2023", "Проведена проверка фонда в 6 сельских библиотеках; недостача в библиотеке "
                                     "с. Кенесары составила 27 экз. и возмещена."))
    assert not any(k[0].startswith("fund.") for k in got)


def test_acts_a_withdrawal_was_recorded_by_are_no_copies_withdrawn():
    assert prose_facts("2024", "Есептен шығару 11 актімен рәсімделді.") == set()
    got = _named(prose_facts("2024", "Жыл ішінде 9 870 дана есептен шығарылды."))
    assert got == {("fund.withdrawn", 9870, "2024", None)}


def test_villages_counted_are_no_population():
    got = _named(prose_facts("2024", "Аудан халқы – 83 200 адам. Ең алыс пункт – Төлек ауылында, оған көрші "
                                     "2 ауылдың тұрғындары келеді."))
    assert got == {("population.served", 83200, "2024", None)}


# -- computers handed out, readers apart ----------------------------------------------------------------------------

def test_computers_handed_out_this_year_are_not_the_computers_the_system_has():
    got = _named(prose_facts("2024", "ОКЖ-да 68 компьютер бар. 2024 жылы 4 ауылдық кітапханаға 8 ноутбук берілді."))
    assert got == {("equipment.computers", 68, "2024", None)}


def test_readers_with_disabilities_and_what_was_bought_for_them_are_a_group_apart():
    assert prose_facts("2023", "В библиотеках записаны 126 читателей с инвалидностью, 34 из них обслуживаются "
                               "на дому.") == set()
    assert prose_facts("2023", "Для незрячих читателей приобретены 24 книги шрифтом Брайля и 80 аудиокниг.") == set()
    got = _named(prose_facts("2023", "В библиотеках записаны 24 950 читателей."))
    assert got == {("users.registered", 24950, "2023", None)}


# -- the year a town was founded, the group named whole -------------------------------------------------------------

def test_the_year_a_town_was_founded_dates_no_figure_of_its_sentence():
    got = _named(prose_facts("2023", "Сәтбаев қаласы 1973 жылы құрылған, қала халқы – 70 540 адам."))
    assert got == {("population.served", 70540, "2023", None)}
    got = _named(prose_facts("2023", "В 2022 году число пользователей составило 24 600."))
    assert got == {("users.registered", 24600, "2022", None)}


def test_a_group_of_libraries_named_whole_before_its_parts_keeps_its_group():
    got = _named(prose_facts("2023", "Из 29 сельских библиотек 12 расположены в зданиях школ, 9 – в домах культуры."))
    assert got == {("libraries.count", 29, "2023", "branch:сельские библиотеки")}


def test_the_participants_named_by_their_occasion_are_no_readers_of_the_library():
    assert prose_facts("2024", "Участниками областного марафона стали 3 400 читателей.") == set()
    assert prose_facts("2024", "Облыстық оқу марафонының қатысушылары 3 400 оқырман болды.") == set()
    got = _named(prose_facts("2024", "Число пользователей – 42 180, посещений – 326 950."))
    assert got == {("users.registered", 42180, "2024", None), ("visits.total", 326950, "2024", None)}


def test_the_books_a_campaign_brought_are_no_balance_of_the_fund():
    assert prose_facts("2024", "Акция «Подари книгу» принесла в фонд 740 книг.") == set()
    got = _named(prose_facts("2024", "Фонд на 01.01.2025 составил 402 615 экз."))
    assert got == {("fund.end", 402615, "2024", None)}


def test_staff_who_took_a_course_are_no_headcount():
    assert prose_facts("2024", "Сотрудники прошли курсы: 5 человек по 72 часа.") == set()
    assert prose_facts("2024", "Курсы повышения квалификации в объёме 72 часов прошли 5 сотрудников.") == set()
    got = _named(prose_facts("2024", "Курсы прошли 5 сотрудников, всего работают 74 человека."))
    assert got == {("staff.headcount", 74, "2024", None)}


def test_the_year_a_library_was_opened_dates_no_figure_of_its_sentence():
    got = _named(prose_facts("2024", "Библиотека открыта в 1936 году, сегодня в ней 5 400 читателей."))
    assert got == {("users.registered", 5400, "2024", None)}
    got = _named(prose_facts("2024", "Кітапхана ғимараты 1962 жылы салынған, оқырмандар саны – 5 400."))
    assert got == {("users.registered", 5400, "2024", None)}


def test_a_plan_for_a_later_year_gives_no_figure_of_the_period():
    assert prose_facts("2024", "Жоспар бойынша 2025 жылы 670 000 кітап беру керек.") == set()
    # the year of a balance's date is no later year planned for
    got = _named(prose_facts("2024", "План по книговыдаче выполнен, фонд на 1 января 2025 года – 402 615 экз."))
    assert got == {("fund.end", 402615, "2024", None)}


def test_libraries_of_a_ranking_are_not_the_system_s_network():
    assert prose_facts("2024", "Библиотека заняла 1-е место среди 26 библиотек области.") == set()
    got = _named(prose_facts("2024", "ЦБС объединяет 26 библиотек."))
    assert got == {("libraries.count", 26, "2024", None)}


def test_the_figure_before_a_later_year_s_plan_stays_the_period_s():
    got = _named(prose_facts("2024", "В 2024 году проведено 1 284 мероприятия, по плану на 2025 год – 1 300."))
    assert ("events.actual", 1284, "2024", None) in got
    assert not any(k[1] == 1300 for k in got)


def test_books_given_away_are_not_received():
    assert prose_facts("2024", "Передано в дар школам 1 200 экз. списанных книг.") == set()
    got = _named(prose_facts("2024", "Читатели передали в дар библиотеке 320 книг."))
    assert got == {("fund.received", 320, "2024", "gifts")}


def test_a_campaign_named_in_a_list_of_kinds_leaves_the_year_s_events():
    got = _named(prose_facts("2024", "Кітапханалар акция, байқау, кездесу сияқты түрлі 1 548 іс-шара өткізді."))
    assert got == {("events.actual", 1548, "2024", None)}


def test_the_budget_for_a_later_year_is_a_plan():
    assert prose_facts("2024", "Бюджет на 2025 год утверждён в сумме 430 000 тыс. тенге.") == set()
    assert prose_facts("2024", "Финансирование на 2025 год – 430 000 тыс. тенге.") == set()
    assert prose_facts("2024", "2025 жылға 430 000 мың теңге бюджет бекітілді.") == set()
    got = _named(prose_facts("2024", "Бюджет на 2024 год – 412 385,6 тыс. тенге."))
    assert got == {("finance.budget", 412385.6, "2024", None)}


def test_consultations_given_are_no_loans():
    assert prose_facts("2024", "За год выдано 1 460 консультаций по правовым вопросам.") == set()
    got = _named(prose_facts("2024", "За год выдано 830 540 экз. документов."))
    assert got == {("loans.total", 830540, "2024", None)}
