"""Facts in prose worded as neighbouring systems word them: a library named
before a colon or as where the verb goes, departments, new readers, books
given, the system's libraries in the possessive, a plan's elided clauses,
staff under a bare heading word, money for a project or spent from the
budget, a compared year's bracket, visitors in the Kazakh accusative."""

from __future__ import annotations

from conftest import prose_facts as _prose


def _values(got: set, metric: str) -> set:
    return {k[1] for k in got if k[0] == metric}


def test_a_library_named_before_the_colon_heads_the_list_after_it():
    """"у Заводской библиотеки: …", "Ертіс ауылдық кітапханасында: …": the
    library right before the colon, not a group the sentence names earlier."""
    got = _prose("2022", "Среди городских библиотек первое место у Заводской библиотеки-филиала: читателей – 2 140, "
                         "посещений – 18 300.")
    assert got == {("users.registered", 2140, "2022", None, "branch:заводской библиотеки-филиала"),
                   ("visits.total", 18300, "2022", None, "branch:заводской библиотеки-филиала")}
    got = _prose("2022", "Лучшие показатели среди сельских библиотек у Прииртышской библиотеки: пользователей – 1 102, "
                         "книговыдача – 24 870 экз.")
    assert {k[4] for k in got} == {"branch:прииртышской библиотеки"}
    got = _prose("2022", "Ауылдық кітапханалар ішінде үздік нәтиже Ертіс ауылдық кітапханасында: оқырмандар – 1 210, "
                         "келушілер – 11 400.")
    assert got == {("users.registered", 1210, "2022", None, "branch:ертіс ауылдық кітапханасы"),
                   ("visits.total", 11400, "2022", None, "branch:ертіс ауылдық кітапханасы")}


def test_a_group_before_the_colon_is_still_a_group():
    got = _prose("2022", "В сельских библиотеках: читателей – 9 140, посещений – 70 215.")
    assert {k[4] for k in got} == {"branch:сельские библиотеки"}


def test_departments_head_their_items():
    """"отдел абонемента – 3 412 читателей; читальный зал – …", "балалар
    бөлімі – 2 450 оқырман": each a department's part, never the total."""
    got = _prose("2022", "По отделам обслуживания: абонемент – 4 015 читателей, 81 200 экз.; читальный зал – 2 310 "
                         "читателей; отдел краеведения – 905 читателей.")
    assert ("users.registered", 4015, "2022", None, "department:абонемент") in got
    assert ("users.registered", 2310, "2022", None, "department:читальный зал") in got
    assert ("users.registered", 905, "2022", None, "department:отдел краеведения") in got
    assert not any(k[0] == "users.registered" and k[4] is None for k in got)
    got = _prose("2022", "Бөлімдер бойынша: абонемент бөлімі – 3 100 оқырман; балалар бөлімі – 2 450 оқырман.")
    assert got == {("users.registered", 3100, "2022", None, "department:абонемент бөлімі"),
                   ("users.registered", 2450, "2022", None, "department:балалар бөлімі")}


def test_no_cue_runs_on_over_a_semicolon():
    """"… 2 780 читателей; детский отдел – …": "читателей" and "детский"
    of two items are no cue of child readers."""
    got = _prose("2022", "Читальный зал – 2 780 читателей; детский отдел – 1 905 читателей.")
    assert ("users.registered", 2780, "2022", None, "department:читальный зал") in got
    assert not _values(got, "users.children")


def test_a_library_the_verb_goes_to_heads_its_sentence():
    """"в модельную библиотеку записалось …", "Ертіс ауылдық кітапханасына
    … жазылды": the library's figures; new readers are no registered total."""
    got = _prose("2021", "С момента открытия до конца года в модельную библиотеку записалось 1 146 новых читателей, "
                         "зафиксировано 9 870 посещений, выдано 21 305 документов.")
    assert got == {("visits.total", 9870, "2021", None, "branch:модельную библиотеку"),
                   ("loans.total", 21305, "2021", None, "branch:модельную библиотеку")}
    got = _prose("2021", "За полугодие в сельскую библиотеку-филиал № 4 пришли 3 020 посетителей, выдано 6 400 экз.")
    assert ("loans.total", 6400, "2021", None, "branch:сельскую библиотеку-филиал 4") in got
    got = _prose("2021", "Жыл ішінде Ертіс ауылдық кітапханасына 310 жаңа оқырман жазылды, 4 500 келуші тіркелді.")
    assert got == {("visits.total", 4500, "2021", None, "branch:ертіс ауылдық кітапханасы")}


def test_new_readers_are_no_registered_total():
    assert not _values(_prose("2021", "Кітапханаға жыл ішінде 95 жаңа оқырман жазылды."), "users.registered")
    assert not _values(_prose("2021", "За год привлечено 240 новых пользователей."), "users.registered")
    # the readers registered stay
    assert _values(_prose("2021", "Кітапханаға жыл ішінде 950 оқырман жазылды."), "users.registered") == {950}


def test_books_given_to_the_library_are_gifts_received():
    for text in ("Оқырмандар кітапханаға 50 кітап сыйға берді.", "Читатели подарили библиотеке 35 книг.",
                 "Жергілікті ақын кітапханаға 12 кітап сыйлады."):
        got = _prose("2022", text)
        assert not _values(got, "visits.total"), text
        assert {(k[0], k[4]) for k in got} == {("fund.received", "gifts")}, text


def test_the_systems_libraries_in_the_possessive():
    assert ("libraries.count", 14, "2022", None, None) in _prose("2022", "Жүйенің 14 кітапханасында 9 870 оқырман "
                                                                         "тіркелді.")
    assert _prose("2022", "ОКЖ-ның 18 кітапханасы халыққа қызмет көрсетті.") == {
        ("libraries.count", 18, "2022", None, None)}
    got = _prose("2022", "В 14 библиотеках ЦБС обслужено 9 870 читателей.")
    assert got == {("libraries.count", 14, "2022", None, None), ("users.registered", 9870, "2022", None, None)}
    # a library of another kind in the possessive counts no library
    assert not _values(_prose("2022", "Кітапхананың 14 оқырманы марапатталды."), "libraries.count")


def test_a_plan_lead_governs_the_clauses_that_leave_it_out():
    for text in ("Годовой план по посещениям – 480 000, по книговыдаче – 950 000.",
                 "Квартальный план по числу пользователей – 5 000, по книговыдаче – 95 000.",
                 "Жылдық жоспар бойынша келушілер – 48 000, кітап берілімі – 95 000."):
        assert _prose("2022", text) == set(), text
    # a figure done after the plan's is one
    got = _prose("2022", "Жоспар бойынша келушілер – 48 000, орындалғаны – 48 900.")
    assert _values(got, "visits.total") == {48900}


def test_staff_under_a_bare_heading_word():
    assert _prose("2022", "Кадры: 61 чел., из них с библиотечным образованием – 34.") == {
        ("staff.headcount", 61, "2022", None, None), ("staff.library_education", 34, "2022", None, None)}
    for text, value in (("Персонал: 62 чел.", 62), ("Работников: 63.", 63), ("Кадрлар: 14 адам.", 14),
                        ("Қызметкерлер: 15.", 15), ("Сотрудники – 27 человек.", 27)):
        assert _prose("2022", text) == {("staff.headcount", value, "2022", None, None)}, text
    assert _prose("2022", "Штат: 12 ед.") == {("staff.units", 12, "2022", None, None)}


def test_money_for_a_project_is_no_budget():
    got = _prose("2021", "На создание модельной библиотеки направлено 10 000,0 тыс. руб., из них из федерального "
                         "бюджета – 5 000,0 тыс. руб.")
    assert not _values(got, "finance.budget")
    assert not _values(_prose("2021", "На капитальный ремонт здания выделено 3 200,0 тыс. руб. из местного бюджета."),
                       "finance.budget")
    assert not _values(_prose("2021", "Кітапхана ғимаратын жөндеуге жергілікті бюджеттен 12 400 мың теңге бөлінді."),
                       "finance.budget")
    # the library's own money stays its budget
    assert _values(_prose("2021", "Кітапханаға жергілікті бюджеттен 7 184,0 мың теңге бөлінді."),
                   "finance.budget") == {7184.0}


def test_the_budget_spent_in_the_period():
    got = _prose("2023-H1", "Бюджет библиотеки на 2023 год утверждён в сумме 14 862,5 тыс. сом, за I полугодие "
                            "освоено 6 947,1 тыс. сом (46,7 % годового плана).")
    assert ("finance.budget", 14862.5, "2023", None, None) in got
    assert ("finance.budget", 6947.1, "2023-H1", None, None) in got
    got = _prose("2023-H1", "Кітапхананың 2023 жылға бекітілген бюджеті 52 300 мың теңге, бірінші жартыжылдықта "
                            "24 800 мың теңге жұмсалды.")
    assert ("finance.budget", 24800, "2023-H1", None, None) in got
    # the year the budget was approved for is not the period of what was spent
    got = _prose("2023-H1", "Из утверждённого на 2023 год бюджета ЦБС за первое полугодие израсходовано 4 120,3 тыс. "
                            "руб.")
    assert ("finance.budget", 4120.3, "2023-H1", None, None) in got
    # money for acquisition spent is no budget of the library
    got = _prose("2023-H1", "На комплектование фонда из бюджета района на 2023 год выделено 900,0 тыс. руб., освоено "
                            "450,0 тыс. руб.")
    assert 450 not in _values(got, "finance.budget")


def test_a_compared_years_bracket_is_that_years_figure():
    got = _prose("2022", "Книговыдача составила 88 410 экз., что выше уровня 2021 года (86 900 экз.).")
    assert got == {("loans.total", 88410, "2022", None, None), ("loans.total", 86900, "2021", None, None)}
    got = _prose("2022", "Оқырмандар саны 9 870, бұл 2021 жылмен салыстырғанда (9 540) 330-ға көп.")
    assert got == {("users.registered", 9870, "2022", None, None), ("users.registered", 9540, "2021", None, None)}


def test_visitors_in_the_kazakh_accusative():
    assert _prose("2022", "Кітапхана жыл бойы 48 902 келушіні қабылдады.") == {
        ("visits.total", 48902, "2022", None, None)}
    assert _prose("2022", "Кітапхана жыл ішінде 9 400 келушілерді тіркеді.") == {
        ("visits.total", 9400, "2022", None, None)}
    assert _prose("2022", "Жыл ішінде 1 250 оқырмандарды тіркеді.") == {
        ("users.registered", 1250, "2022", None, None)}
