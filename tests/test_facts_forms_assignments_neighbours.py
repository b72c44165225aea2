"""Reports of library systems of Russia, Belarus, Kyrgyzstan and Kazakhstan in
shapes read here for the first time: a report laid out as the statistical
form 6-НК (numbered columns, the fund by carrier, the groups of readers beside
the loans, the money received and spent), a report on a municipal task, a
control-figures table whose plan is the "Задание", a percent of the plan
written beside a figure in its cell, a funding table whose municipality's
budget is named after the word "бюджет", a school library's main fund and
textbook fund, a staff paragraph dated once at its head, Belarusian as a
language of the fund.  Each input is typed as such reports write it; what it
should give was written before esep read it."""

from __future__ import annotations

from conftest import prose_facts, report_of, table_facts

from esep.plugins.facts import plugin as facts
from esep.registry import Config


# -- form 6-НК ---------------------------------------------------------------

def test_the_groups_of_readers_beside_the_loans_are_the_loans_of_each_group():
    got = table_facts("2021",
                      ["Выдано (просмотрено) документов, всего", "из них удалённым пользователям",
                       "в т.ч. пользователям в возрасте до 14 лет включительно", "молодёжи 15–30 лет",
                       "Выполнено справок и консультаций, всего", "из них в удалённом режиме"],
                      ["1", "2", "3", "4", "5", "6"],
                      ["352 140", "9 800", "128 600", "64 210", "11 420", "1 150"])
    assert got == {("loans.total", 352140.0, "2021", None, None),
                   ("loans.total", 9800.0, "2021", None, "readers:remote"),
                   ("loans.total", 128600.0, "2021", None, "readers:children"),
                   ("loans.total", 64210.0, "2021", None, "readers:youth"),
                   ("bibliography.references", 11420.0, "2021", None, None),
                   ("bibliography.virtual_references", 1150.0, "2021", None, None)}


def test_the_groups_beside_the_readers_stay_readers_and_the_visits_of_events_are_visits():
    got = table_facts("2021",
                      ["Число зарегистрированных пользователей, всего", "из них: дети до 14 лет включительно",
                       "молодёжь 15–30 лет", "Число посещений, всего",
                       "из них для получения библиотечно-информационных услуг",
                       "число посещений массовых мероприятий", "Число обращений удалённых пользователей"],
                      ["1", "2", "3", "4", "5", "6", "7"],
                      ["16 840", "5 210", "3 980", "168 920", "141 560", "27 360", "22 410"])
    # the part of the visits no kind names is no second count of the visits
    assert got == {("users.registered", 16840.0, "2021", None, None),
                   ("users.children", 5210.0, "2021", None, None),
                   ("users.youth", 3980.0, "2021", None, None),
                   ("visits.total", 168920.0, "2021", None, None),
                   ("visits.events", 27360.0, "2021", None, None),
                   ("visits.web", 22410.0, "2021", None, None)}


def test_a_count_of_events_beside_the_visits_keeps_its_unit():
    # the events' word is the unit of a column that names nothing else
    got = table_facts("2021", ["Число посещений", "Число мероприятий"], ["168 920", "842"])
    assert ("events.actual", 842.0, "2021", None, None) in got


def test_the_fund_by_carrier_gives_the_whole_and_the_electronic_documents_only():
    got = table_facts("2021",
                      ["Наименование показателя", "№ строки", "Всего",
                       "печатные издания и неопубликованные документы",
                       "электронные документы на съёмных носителях", "документы на других видах носителей"],
                      ["1", "2", "3", "4", "5", "6"],
                      ["Поступило документов за отчётный год", "01", "6 240", "6 112", "38", "90"],
                      ["Выбыло документов за отчётный год", "02", "9 870", "9 820", "0", "50"],
                      ["Состоит документов на конец отчётного года", "03", "215 430", "211 960", "1 050", "2 420"])
    assert got == {("fund.received", 6240.0, "2021", None, None), ("fund.received", 38.0, "2021", None, "electronic"),
                   ("fund.withdrawn", 9870.0, "2021", None, None), ("fund.withdrawn", 0.0, "2021", None, "electronic"),
                   ("fund.end", 215430.0, "2021", None, None), ("fund.end", 1050.0, "2021", None, "electronic")}


def test_part_columns_of_a_kind_or_a_language_beside_the_whole_keep_their_figures():
    got = table_facts("2021", ["Показатель", "Всего", "книги", "периодические издания", "на казахском языке"],
                      ["Поступило документов", "6 240", "5 100", "1 140", "2 300"])
    assert got == {("fund.received", 6240.0, "2021", None, None), ("fund.received", 5100.0, "2021", None, "books"),
                   ("fund.received", 1140.0, "2021", None, "periodicals"), ("fund.received", 2300.0, "2021", "kk", None)}


def test_computers_with_internet_are_no_libraries_with_internet():
    got = table_facts("2021", ["Наименование показателя", "№ строки", "Значение"], ["1", "2", "3"],
                      ["Число структурных подразделений, оказывающих библиотечные услуги, единиц", "01", "12"],
                      ["Число персональных компьютеров, единиц", "03", "24"],
                      ["из них с доступом к сети Интернет", "04", "22"])
    assert got == {("libraries.count", 12.0, "2021", None, None), ("equipment.computers", 24.0, "2021", None, None)}
    # the libraries with Internet under the libraries are theirs
    got = table_facts("2021", ["Наименование показателя", "Значение"], ["Число библиотек", "12"],
                      ["из них с доступом к сети Интернет", "10"])
    assert ("libraries.internet", 10.0, "2021", None, None) in got


def test_the_staff_section_the_main_staff_and_their_higher_education():
    got = table_facts("2021",
                      ["Численность работников, всего, человек", "из них основной персонал",
                       "из числа основного персонала имеют образование: высшее"],
                      ["1", "2", "3"], ["38", "29", "21"], caption="Раздел 6. Персонал библиотеки")
    assert got == {("staff.headcount", 38.0, "2021", None, None),
                   ("staff.headcount", 29.0, "2021", None, "librarians"),
                   ("staff.higher_education", 21.0, "2021", None, None)}


def test_library_education_of_each_level_is_no_library_education_of_the_staff():
    got = table_facts("2021", ["Численность работников, всего", "высшее", "из них библиотечное",
                               "среднее профессиональное", "из них библиотечное"],
                      ["1", "2", "3", "4", "5"], ["38", "21", "14", "7", "5"])
    assert not any(k[0] == "staff.library_education" for k in got)
    # one level alone, its library part is the library education the report gives
    got = table_facts("2021", ["Всего работников", "с высшим образованием", "из них библиотечное"], ["38", "21", "14"])
    assert ("staff.library_education", 14.0, "2021", None, None) in got


def test_the_money_section_received_in_all_sponsors_and_buying():
    got = table_facts("2021",
                      ["Поступило всего", "бюджетные ассигнования учредителя", "от оказания платных услуг",
                       "спонсорские средства, пожертвования", "Израсходовано всего", "из них на оплату труда",
                       "на комплектование фонда", "из них на подписку на периодические издания"],
                      ["1", "2", "3", "4", "5", "6", "7", "8"],
                      ["42 690,1", "41 870,5", "512,4", "307,2", "42 655,8", "31 204,6", "968,3", "312,0"],
                      caption="Раздел 7. Поступление и использование финансовых средств, тыс. руб.")
    assert got == {("finance.budget", 42690.1, "2021", None, None),
                   ("finance.budget", 307.2, "2021", None, "source:sponsors"),
                   ("finance.paid_services", 512.4, "2021", None, None),
                   ("acquisition.budget", 968.3, "2021", None, None),
                   ("acquisition.budget", 312.0, "2021", None, "periodicals")}


def test_copies_received_in_all_stay_the_fund_s():
    got = table_facts("2021", ["Поступило всего", "Выбыло", "Состоит на конец года"], ["6 240", "9 870", "215 430"],
                      caption="Движение фонда, экз.")
    assert got == {("fund.received", 6240.0, "2021", None, None), ("fund.withdrawn", 9870.0, "2021", None, None),
                   ("fund.end", 215430.0, "2021", None, None)}


def _named_facts(doc) -> set:
    return {facts.fact_key(r.values) for r in facts.extract(doc, Config()) if r.table == "facts" and r.values["metric"]}


def test_a_note_on_a_form_s_row_is_that_row_s_indicator_of_the_kind_it_names():
    fund = [["Наименование показателя", "№ строки", "Всего", "печатные издания"], ["1", "2", "3", "4"],
            ["Поступило документов за отчётный год", "01", "6 240", "6 112"],
            ["Состоит документов на конец отчётного года", "03", "215 430", "211 960"]]
    got = _named_facts(report_of("2021", fund, "Из строки 03 (гр. 3) – книги и брошюры: 187 560 экз."))
    assert got == {("fund.received", 6240.0, "2021", None, None), ("fund.end", 215430.0, "2021", None, None),
                   ("fund.end", 187560.0, "2021", None, "books")}
    # a row no table before the note codes gives nothing
    got = _named_facts(report_of("2021", fund, "Из строки 07 – книги и брошюры: 187 560 экз."))
    assert ("fund.end", 187560.0, "2021", None, "books") not in got


# -- a municipal task; a Belarusian control table ------------------------------

_TASK = ["Наименование показателя", "Единица измерения", "Утверждено в муниципальном задании на год",
         "Исполнено на отчётную дату", "Допустимое (возможное) отклонение, %",
         "Отклонение, превышающее допустимое (возможное) значение", "Причина отклонения"]


def test_a_municipal_task_s_percent_indicators_count_nothing():
    got = table_facts("2022", _TASK,
                      ["Динамика посещений пользователей библиотеки (реальных и удалённых) по сравнению с предыдущим "
                       "годом", "процент", "100,0", "102,4", "5", "–", "–"])
    assert got == set()


def test_a_municipal_task_s_visits_and_their_part_through_the_internet():
    got = table_facts("2022", _TASK, ["Количество посещений, всего", "единица", "312 000", "318 455", "5", "–", "–"],
                      ["в том числе: в стационарных условиях", "единица", "265 000", "268 455", "5", "–", "–"],
                      ["удалённо через сеть Интернет", "единица", "27 000", "28 700", "5", "1,3", "новый раздел сайта"])
    assert got == {("visits.total", 318455.0, "2022", None, None), ("visits.web", 28700.0, "2022", None, None)}


def test_the_financing_of_a_municipal_task_is_the_budget():
    got = prose_facts("2022", "Финансовое обеспечение выполнения муниципального задания в 2022 году составило "
                              "61 482,3 тыс. руб., из них на комплектование книжных фондов – 1 245,0 тыс. руб.")
    assert got == {("finance.budget", 61482.3, "2022", None, None), ("acquisition.budget", 1245.0, "2022", None, None)}


def test_the_task_set_for_the_year_is_the_plan():
    got = table_facts("2022", ["Показатели", "Задание на 2022 год", "Выполнено", "% выполнения"],
                      ["Пользователи", "38.500", "38.640", "100,4"], ["Книговыдача", "810.000", "812.450", "100,3"])
    assert got == {("users.registered", 38640.0, "2022", None, None), ("loans.total", 812450.0, "2022", None, None)}
    # the fulfilment of the task is what was done
    got = table_facts("2022", ["Показатели", "Выполнение задания на 2022 год", "2021"], ["Пользователи", "38.640", "38.500"])
    assert got == {("users.registered", 38640.0, "2022", None, None), ("users.registered", 38500.0, "2021", None, None)}


def test_a_percent_of_the_plan_beside_a_figure_in_its_cell():
    got = table_facts("2024-9M", ["Показатели", "План на 2024 год", "9 месяцев 2024 года", "9 месяцев 2023 года"],
                      ["Пользователи", "12\u2009800", "11\u2009860 (92,7 %)", "11\u2009540"],
                      ["Книговыдача", "256\u2009000", "188\u2009340 (73,6%)", "184\u2009120"])
    assert got == {("users.registered", 11860.0, "2024-9M", None, None),
                   ("users.registered", 11540.0, "2023-9M", None, None),
                   ("loans.total", 188340.0, "2024-9M", None, None),
                   ("loans.total", 184120.0, "2023-9M", None, None)}


# -- money by source; money that buys no documents -----------------------------

def test_the_budget_of_a_russian_municipality_is_the_local_source():
    got = table_facts("2023", ["Источник", "2023 г.", "% к итогу", "2022 г.", "% к итогу"],
                      ["Бюджет муниципального района (субсидия на выполнение муниципального задания)",
                       "96 412,5", "91,8", "89 207,1", "92,4"],
                      ["Субсидии на иные цели (областной бюджет)", "4 180,0", "4,0", "3 950,0", "4,1"],
                      ["Платные услуги", "3 846,2", "3,7", "3 010,8", "3,1"],
                      ["Итого", "104 998,7", "100,0", "96 547,9", "100,0"],
                      caption="Таблица 2. Поступление средств по источникам финансирования, тыс. руб.")
    assert ("finance.budget", 96412.5, "2023", None, "source:local") in got
    assert ("finance.budget", 89207.1, "2022", None, "source:local") in got
    assert ("finance.budget", 104998.7, "2023", None, None) in got
    assert ("finance.paid_services", 3846.2, "2023", None, None) in got


def test_money_for_equipment_buys_no_documents():
    assert prose_facts("2023", "На приобретение оборудования направлено 1 240,0 тыс. руб.: закуплены 14 компьютеров "
                               "и 3 многофункциональных устройства.") == set()
    assert prose_facts("2023", "На приобретение книг направлено 1 240,0 тыс. руб.") == {
        ("acquisition.budget", 1240.0, "2023", None, None)}


def test_the_off_budget_share_of_the_buying_is_no_revenue():
    got = prose_facts("2022", "На комплектование фонда израсходовано 96.318 руб., из них из местного бюджета – "
                              "82.100 руб., из внебюджетных средств – 14.218 руб.")
    # (the share from the local budget is the buying's part from that source; the off-budget share no revenue)
    assert got == {("acquisition.budget", 96318.0, "2022", None, None),
                   ("acquisition.budget", 82100.0, "2022", None, "source:local")}
    assert prose_facts("2022", "Доходы от платных услуг – 14.218 руб.") == {
        ("finance.paid_services", 14218.0, "2022", None, None)}


# -- a school library ----------------------------------------------------------

def test_a_school_library_s_main_fund_is_its_books_and_the_textbook_fund_its_textbooks():
    got = table_facts("2023", ["Фонд", "Всего, экз.", "на казахском языке", "на русском языке"],
                      ["Основной фонд (художественная и отраслевая литература)", "9 845", "4 120", "5 725"],
                      ["Учебный фонд", "18 630", "11 940", "6 690"], ["Итого", "28 475", "16 060", "12 415"])
    assert got == {("fund.end", 9845.0, "2023", None, "books"), ("fund.end", 4120.0, "2023", "kk", "books"),
                   ("fund.end", 5725.0, "2023", "ru", "books"), ("fund.end", 18630.0, "2023", None, "textbooks"),
                   ("fund.end", 11940.0, "2023", "kk", "textbooks"), ("fund.end", 6690.0, "2023", "ru", "textbooks"),
                   ("fund.end", 28475.0, "2023", None, None), ("fund.end", 16060.0, "2023", "kk", None),
                   ("fund.end", 12415.0, "2023", "ru", None)}


def test_one_kind_of_literature_stays_that_kind():
    assert prose_facts("2023", "Фонд отраслевой литературы – 4 120 экз.") == {
        ("fund.end", 4120.0, "2023", None, "sectoral")}


def test_a_kind_left_out_of_a_figure_is_no_part_of_it():
    got = prose_facts("2023", "Количество посещений – 14 920, книговыдача – 21 460 экз. (без учёта учебников).")
    assert got == {("visits.total", 14920.0, "2023", None, None), ("loans.total", 21460.0, "2023", None, None)}
    got = prose_facts("2023", "Выдано 21 460 экз. документов, в том числе учебников – 3 200 экз.")
    assert ("loans.total", 3200.0, "2023", None, "textbooks") in got


def test_the_coverage_of_pupils_is_no_coverage_of_the_population():
    assert prose_facts("2023", "Охват учащихся библиотечным обслуживанием – 98 %.") == set()
    assert prose_facts("2023", "Охват населения библиотечным обслуживанием – 47,0 %.") == {
        ("coverage.population_pct", 47.0, "2023", None, None)}


# -- staff dated once; Belarusian; references given remotely ---------------------------------

def test_the_date_heading_a_staff_paragraph_dates_each_of_its_sentences():
    got = prose_facts("2023", "На 01.01.2024 штатная численность ЦБС – 58,5 единицы. Работают 56 человек, из них "
                              "библиотечных специалистов – 49. Имеют высшее образование 27 человек.")
    assert got == {("staff.units", 58.5, "2024-01-01", None, None), ("staff.headcount", 56.0, "2024-01-01", None, None),
                   ("staff.headcount", 49.0, "2024-01-01", None, "librarians"),
                   ("staff.higher_education", 27.0, "2024-01-01", None, None)}
    got = prose_facts("2024-H1", "На 01.07.2024 в ЦБС работают 26 человек, в т.ч. 19 библиотечных работников; "
                                 "15 человек имеют высшее образование.")
    assert ("staff.higher_education", 15.0, "2024-07-01", None, None) in got
    # a date opening a later sentence dates that sentence only
    got = prose_facts("2023", "Штатная численность – 58,5 единицы. На 01.01.2024 работают 56 человек.")
    assert ("staff.units", 58.5, "2023", None, None) in got


def test_belarusian_is_a_language_of_the_fund():
    got = prose_facts("2023", "Фонд на белорусском языке – 41 260 экз., на русском языке – 318 900 экз.")
    assert got == {("fund.end", 41260.0, "2023", "be", None), ("fund.end", 318900.0, "2023", "ru", None)}


def test_references_given_remotely_are_virtual_references():
    got = prose_facts("2023", "Выполнено 9 340 библиографических справок, в том числе 410 – в удалённом режиме.")
    assert got == {("bibliography.references", 9340.0, "2023", None, None),
                   ("bibliography.virtual_references", 410.0, "2023", None, None)}
    # the readers served remotely stay readers
    got = prose_facts("2023", "Число пользователей – 9 340, в том числе 410 – в удалённом режиме.")
    assert ("users.remote", 410.0, "2023", None, None) in got


def test_copies_received_into_a_named_fund_are_received():
    got = prose_facts("2023", "В основной фонд поступило 312 экз. книг, в том числе 145 экз. – в дар от родителей. "
                              "Учебный фонд пополнился на 3 480 экз. учебников за счёт республиканского бюджета на "
                              "сумму 9 742,6 тыс. тенге.")
    assert got == {("fund.received", 312.0, "2023", None, "books"), ("fund.received", 145.0, "2023", None, "gifts"),
                   ("fund.received", 3480.0, "2023", None, "textbooks"),
                   ("acquisition.budget", 9742.6, "2023", None, "textbooks")}
    # the fund named as the subject of its size stays the fund
    assert prose_facts("2023", "Основной фонд составляет 9 845 экз.") == {("fund.end", 9845.0, "2023", None, None)}
    # the cost of what came in, with no word of where the money came from, may be a book value: no buying
    assert prose_facts("2023", "Поступило 3 480 экз. учебников на сумму 9 742,6 тыс. тенге.") == {
        ("fund.received", 3480.0, "2023", None, "textbooks")}


def test_last_year_s_figure_in_brackets_after_the_year_compared():
    got = prose_facts("2021", "В 2021 году число пользователей уменьшилось на 412 человек по сравнению с 2020 годом "
                              "(17 252) в связи с ограничительными мерами.")
    assert got == {("users.registered", 17252.0, "2020", None, None)}


def test_respectively_after_a_year_alone_takes_the_figures_before_in_order():
    got = prose_facts("2023", "На комплектование фондов израсходовано 2 914,6 тыс. руб. (2,8 % от всех расходов), в том "
                              "числе на подписку на периодические издания – 846,0 тыс. руб. В 2022 году – соответственно "
                              "2 705,3 тыс. руб. и 812,4 тыс. руб.")
    assert got == {("acquisition.budget", 2914.6, "2023", None, None),
                   ("acquisition.budget", 846.0, "2023", None, "periodicals"),
                   ("acquisition.budget", 2705.3, "2022", None, None),
                   ("acquisition.budget", 812.4, "2022", None, "periodicals")}
    # more figures after the word than indicators before it: none of them is guessed
    got = prose_facts("2023", "Выдано 96 800 экз. В 2022 году – соответственно 12 100 и 95 300.")
    assert got == {("loans.total", 96800.0, "2023", None, None)}
