"""Facts of district and municipal reports written in other hands, Russian
and Kazakh: each sentence or table row below was typed as such reports
write, with what it should give written before esep read it; at first each
gave a wrong figure or none.  Plans named after the figure and forecasts,
the share of the rural areas, parts of a whole named before them, prices
and equipment, new readers, what was added to a catalogue beside its size,
the period of another clause, a subject before a participle's clause, and
the Russian names of cultural events, remote requests and the funding of
acquisitions."""

from __future__ import annotations

import pytest

from conftest import prose_facts as _prose
from esep.model import Cell, Document, Provenance, Table
from esep.plugins.facts import plugin as facts
from esep.registry import Config


def _figures(period: str, *text: str) -> set[tuple]:
    return {(k[0], k[1], k[2]) for k in _prose(period, *text)}


def _table(period: str, *rows: list[str]) -> set[tuple]:
    d = Document(id="t", path="t.docx", format="docx", metadata={"period": period})
    d.add_table(Table([Cell(r, k, x) for r, row in enumerate(rows) for k, x in enumerate(row) if x], Provenance(page=1)))
    return {(r.values["metric"], r.values["value"], r.values["period"]) for r in facts.extract(d, Config())
            if r.table == "facts" and r.values["metric"]}


@pytest.mark.parametrize("period, text", [
    ("2023", "2024 жылы 660 іс-шара өткізу жоспарланды."),
    ("2025-Q1", "ІІ тоқсанда 50 іс-шара өткізу, 2 450 оқырманға қызмет көрсету жоспарланған."),
    ("2024-9M", "IV тоқсанда тағы 118 іс-шара өткізіліп, жылдық жоспар толық орындалады деп күтілуде."),
    ("2024-9M", "На IV квартал запланировано приобретение литературы на сумму 127,2 тыс. руб."),
    ("2023", "Запланировано проведение 50 мероприятий."),
    ("2023", "Ожидается, что число пользователей достигнет 9 000."),
])
def test_a_plan_or_a_forecast_named_after_its_figures_gives_none(period, text):
    assert _figures(period, text) == set()


def test_a_plan_in_brackets_after_its_name_is_no_figure_done():
    got = _figures("2019", "Плановый показатель (373 000 экз.) не выполнен: выдано 361 204 экз.")
    assert got == {("loans.total", 361204, "2019")}


@pytest.mark.parametrize("text, want", [
    ("Оқырмандардың 8 160-ы ауылдық жерлерде тұрады, 14 жасқа дейінгі балалар – 5 465.",
     {("users.children", 5465, "2023")}),
    ("Оның ішінде ауылдық жерлерде – 5 118 оқырман, 14 жасқа дейінгі балалар саны – 3 027.",
     {("users.children", 3027, "2023")}),
    ("Барлығы 10 985 оқырман тіркелді, ауылдық жерлердегі оқырмандар – 6 705.",
     {("users.registered", 10985, "2023")}),
    ("Всего зарегистрировано 12 400 пользователей, в том числе в сельской местности – 7 300.",
     {("users.registered", 12400, "2023")}),
])
def test_the_share_of_the_rural_areas_is_no_whole_and_no_other_group(text, want):
    assert _figures("2023", text) == want


def test_rural_libraries_named_as_a_group_keep_their_category():
    got = _prose("2023", "Сельскими библиотеками обслужено 7 200 читателей.")
    assert got == {("users.registered", 7200, "2023", None, "branch:сельские библиотеки")}


@pytest.mark.parametrize("text, want", [
    ("Из 874 мероприятий 312 проведены в онлайн-формате.", {("events.actual", 874, "2023")}),
    ("Из поступивших документов 3 208 экз. приобретено за счёт средств местного бюджета.",
     {("acquisition.copies", 3208, "2023")}),
    ("Фонд на 01.01.2024 составил 297 846 экз., в том числе книг – 281 302 экз., периодических изданий – 14 877 экз., "
     "документов на электронных носителях – 1 667 экз.",
     {("fund.end", 297846, "2023"), ("fund.end", 281302, "2023"), ("fund.end", 14877, "2023"),
      ("fund.end", 1667, "2023")}),  # the last with the category "electronic", no whole
    ("Из поступивших в 2023 году документов 6 870 экз. – книги, 2 550 экз. – периодические издания.",
     {("fund.received", 6870, "2023"), ("fund.received", 2550, "2023")}),
])
def test_parts_of_a_whole_named_before_them(text, want):
    assert _figures("2023", text) == want


@pytest.mark.parametrize("text", [
    "В отчётном квартале вновь записано 1 126 читателей.",
    "Средняя стоимость приобретённой книги – 412 руб.",
    "В 2023 году приобретено 6 ноутбуков и 2 МФУ.",
    "Иванова А. Книга в жизни села. Заря. 2023. 14 февр.",
])
def test_new_readers_a_price_equipment_and_a_reference_are_no_figures_of_the_metrics(text):
    assert _figures("2023", text) == set()


def test_the_computers_a_library_has_are_the_equipment_not_those_bought_this_year():
    assert _figures("2023", "Компьютерный парк ЦБС составляет 58 единиц. В 2023 году за счёт местного бюджета "
                            "приобретено 7 компьютеров и 4 МФУ.") == {("equipment.computers", 58, "2023")}


def test_what_the_brackets_after_a_figure_name_is_theirs():
    got = _figures("2022-H1", "Поступило 1 958 экз. на сумму 4 215,6 тыс. тенге (в т.ч. по республиканскому "
                              "госзаказу – 412 экз.).")
    assert got == {("fund.received", 1958, "2022-H1"), ("state_order.copies", 412, "2022-H1")}


@pytest.mark.parametrize("text, want", [
    ("Электронный каталог за год пополнился на 7 310 записей; общий объём ЭК – 168 452 записи.", 168452),
    ("Электронды каталогқа жыл ішінде 3 415 библиографиялық жазба енгізіліп, оның жалпы көлемі 48 760 жазбаға жетті.",
     48760),
])
def test_records_added_beside_the_catalogues_size_are_not_its_size(text, want):
    assert _figures("2023", text) == {("catalog.records", want, "2023")}


def test_records_added_alone_are_the_catalogues_figure():
    assert _figures("2023", "В электронный каталог внесено 3 100 записей.") == {("catalog.records", 3100, "2023")}


def test_the_year_of_another_clause_with_its_own_figure_is_not_the_figures():
    got = _prose("2023", "Мерзімді басылымдарға жазылуға 1 214,7 мың теңге жұмсалды, 2024 жылға 38 атау газет пен "
                         "журналға жазылым рәсімделді.")
    assert got == {("acquisition.budget", 1214.7, "2023", None, "periodicals")}


@pytest.mark.parametrize("text, want", [
    ("Численность населения, обслуживаемого библиотеками, составила 41 870 человек.",
     ("population.served", 41870, "2023")),
    ("Число жителей, проживающих в зоне обслуживания, – 28 930 человек.", ("population.served", 28930, "2023")),
    ("Всего пользователями библиотек являются 8 104 человека.", ("users.registered", 8104, "2023")),
    ("Виртуалды анықтама қызметі арқылы 186 анықтама орындалды.", ("bibliography.virtual_references", 186, "2023")),
    ("Через виртуальную справочную службу выполнено 240 справок.", ("bibliography.virtual_references", 240, "2023")),
    ("Кітапхана ауыл тұрғындарының 35 пайызын қамтиды.", ("coverage.population_pct", 35, "2023")),
    ("Бірінші тоқсанда кітапхана жұмысы туралы 5 мақала жарияланды:", ("media.articles", 5, "2023-Q1")),
    ("Салыстыру үшін: 2021 жылы оқырмандар саны 13 905 болған еді.", ("users.registered", 13905, "2021")),
])
def test_wordings_of_other_reports(text, want):
    assert want in _figures("2023", text)


def test_a_comparison_with_another_library_is_still_none_of_the_reports():
    assert _figures("2023", "Для сравнения, областная библиотека за тот же период провела 45 мероприятий.") == set()


def test_participants_with_whom_events_were_held_and_the_kazakh_part_of_events():
    assert _figures("2023", "Проведено 189 мероприятий с участием 6 342 человек.") == {
        ("events.actual", 189, "2023"), ("events.participants", 6342, "2023")}
    assert _prose("2023", "Іс-шаралардың 512-сі қазақ тілінде өтті.") == {("events.actual", 512, "2023", "kk", None)}
    assert ("coverage.population_pct", 35.1, "2023") in _figures(
        "2023", "Кітапхана 1105 оқырманға қызмет көрсетті, бұл ауыл халқының 35,1 пайызы.")


def test_russian_table_rows_of_cultural_events_remote_requests_and_acquisition_funding():
    got = _table("2023", ["Показатели", "2022", "2023", "+/-"], ["Количество КДМ", "1 184", "1 236", "+52"],
                 ["Число культурно-досуговых мероприятий, ед.", "1 100", "1 200", ""],
                 ["удалённые обращения (сайт)", "12 000", "10 117", ""],
                 ["Объём финансирования на комплектование, тыс. руб.", "2 186,4", "2 540,7", ""])
    assert got == {("events.actual", 1236, "2023"), ("events.actual", 1184, "2022"),
                   ("events.actual", 1200, "2023"), ("events.actual", 1100, "2022"),
                   ("visits.web", 10117, "2023"), ("visits.web", 12000, "2022"),
                   ("acquisition.budget", 2540.7, "2023"), ("acquisition.budget", 2186.4, "2022")}


def test_a_deviation_column_is_no_part_of_the_labels_and_a_child_row_takes_its_parents_noun():
    got = _table("2019", ["Показатели", "2018 факт", "2019 план", "2019 факт", "Откл. от 2018 г."],
                 ["Число посещений", "160 000", "162 000", "161 300", "+1 300"],
                 ["в т.ч. на массовых мероприятиях", "26 112", "26 500", "27 034", "+922"])
    assert got == {("visits.total", 160000, "2018"), ("visits.total", 161300, "2019"),
                   ("visits.events", 26112, "2018"), ("visits.events", 27034, "2019")}


def test_the_sources_listed_after_a_colon_are_parts_of_what_was_received():
    got = _figures("2023", "В течение года поступило 7 045 экз. документов: за счёт средств местного бюджета – 4 118 "
                           "экз., из областного и федерального бюджетов – 1 390 экз., в дар от читателей и "
                           "организаций – 1 537 экз. Выбыло из фонда 10 756 экз.")
    # the budgets are no part any category names; the gifts are (category gifts, "в дар")
    assert got == {("fund.received", 7045, "2023"), ("fund.received", 1537, "2023"), ("fund.withdrawn", 10756, "2023")}
    assert ("fund.received", 1537.0, "2023", None, "gifts") in _prose("2023", "В течение года поступило 7 045 экз. "
                                                                       "документов: в дар от читателей – 1 537 экз.")


def test_visits_in_brackets_after_a_count_of_events_are_those_events_visits():
    got = _prose("2023", "Для детей и подростков организовано 687 мероприятий (23 540 посещений).")
    assert got == {("events.actual", 687, "2023", None, "children"), ("visits.events", 23540, "2023", None, "children")}


def test_a_figure_compared_in_brackets_is_of_the_indicator_its_sentence_names():
    got = _figures("2024-9M", "Оның ішінде 14 жасқа дейінгі балалар – 4 120. Өткен жылдың сәйкес кезеңімен "
                              "салыстырғанда оқырмандар 215-ке көп (2023 жылдың 9 айында – 10 770).")
    assert got == {("users.children", 4120, "2024-9M"), ("users.registered", 10770, "2023-9M")}


def test_the_central_and_childrens_libraries_beside_each_other_are_branches():
    got = _prose("2023", "Орталық аудандық кітапхана 4 120 оқырманға, аудандық балалар кітапханасы 2 960 оқырманға "
                         "қызмет көрсетті, қалған 8 160 оқырман ауылдық кітапхана-филиалдарға тіркелген.")
    assert not any(k[4] is None for k in got)  # none of them is the system's
    assert ("users.registered", 2960, "2023", None, "branch:аудандық балалар кітапханасы") in got
    # the central library alone is the report's own
    assert _prose("2023", "Центральная городская библиотека обслужила 12 000 пользователей.") == {
        ("users.registered", 12000, "2023", None, None)}
    assert _prose("2023", "Выдано 45 000 экз. в сельских библиотеках.") == {
        ("loans.total", 45000, "2023", None, "branch:сельские библиотеки")}


def test_a_part_of_a_list_is_no_whole():
    got = _prose("2023", "Фонд на 01.01.2024 составил 297 846 экз., в том числе книг – 281 302 экз., периодических "
                         "изданий – 14 877 экз., документов на электронных носителях – 1 667 экз.")
    assert ("fund.end", 1667, "2023", None, "electronic") in got
    assert not any(k[1] == 1667 and k[4] is None for k in got)


def test_a_gift_is_received_as_gifts_not_ordered_and_books_with_the_rest_are_all():
    assert _prose("2023", "Мемлекеттік тапсырыс аясында облыстық кітапханадан 2 118 дана құжат алынды, ал оқырмандар "
                          "мен жергілікті авторлар кітапханаға 2 526 дана кітап сыйға тартты.") == {
        ("state_order.copies", 2118, "2023", None, None), ("fund.received", 2526, "2023", None, "gifts")}
    assert _prose("2022", "Безвозмездно (в дар от читателей, авторов и организаций) получено 1 321 экз.") == {
        ("fund.received", 1321, "2022", None, "gifts")}
    assert _prose("2023", "Выдано 50 000 экз. книг и других документов.") == {("loans.total", 50000, "2023", None, None)}
    assert _prose("2024-9M", "Оқырмандарға 196 875 дана кітап пен басқа құжаттар берілді, оның ішінде қазақ тілінде "
                             "138 410 дана.") == {("loans.total", 196875, "2024-9M", None, None),
                                                   ("loans.total", 138410, "2024-9M", "kk", None)}


def test_money_for_a_kind_of_documents_in_a_row_with_its_unit_beside():
    got = _table("2021-H1", ["Көрсеткіштер", "Өлшем бірлігі", "2020 ж. І ж/ж", "2021 ж. І ж/ж"],
                 ["Мерзімді басылымдарға жазылу", "теңге", "1 036 480", "1 152 300"])
    assert got == {("acquisition.budget", 1036480, "2020-H1"), ("acquisition.budget", 1152300, "2021-H1")}


# -- long annual reports: a table of contents, tasks, sections' parts, asides --------------------------------


def _doc_facts(period: str, *blocks: tuple[str, str]) -> set[tuple]:
    from esep.model import Block

    d = Document(id="l", path="l.docx", format="docx", metadata={"period": period})
    for kind, text in blocks:
        d.add_block(Block(kind, text))
    return {(r.values["metric"], r.values["value"], r.values["period"]) for r in facts.extract(d, Config())
            if r.table == "facts" and r.values["metric"]}


def test_a_table_of_contents_and_a_section_of_tasks_give_no_figures():
    got = _doc_facts("2021", ("paragraph", "Мазмұны"), ("paragraph", "1. Кітапхана желісі\t3"),
                     ("paragraph", "2. Кітап қоры\t5"), ("paragraph", "3. Қаржыландыру\t11"),
                     ("paragraph", "Кітапхана желісі және қызмет көрсету аймағы......................4 3."),
                     ("heading", "Кітап қоры"), ("paragraph", "Жыл ішінде қорға 3 406 дана құжат түсті."),
                     ("heading", "9. 2022 жылға арналған міндеттер"),
                     ("paragraph", "630 іс-шара өткізу, оның ішінде ауданның 90 жылдығына арналған іс-шаралар."),
                     ("paragraph", "Электрондық каталогқа 6 500 жазба енгізу, 5 000 дана жаңа кітап сатып алу."))
    assert got == {("fund.received", 3406, "2021")}


@pytest.mark.parametrize("text, want", [
    # a theme or an occasion, one event told by its name, a campaign's libraries and people
    ("К Дню Независимости и Дню Конституции проведено 64 мероприятия, в которых приняли участие 2 105 человек.", set()),
    ("Пропаганде здорового образа жизни посвящено 38 мероприятий (946 участников).", set()),
    ("По экологическому просвещению прошло 41 мероприятие.", set()),
    ("Интересно прошёл исторический час «Ұлы дала тұлғалары» в городской библиотеке № 1 (15 декабря, 32 участника).",
     set()),
    ("«Бір ел – бір кітап» акциясына 23 кітапхана қатысып, 1 146 оқырман жиналды.", set()),
    ("Районная акция «Читающий Акколь» объединила 9 библиотек и около 780 участников.", set()),
    ("За отчётный период проведено 520 мероприятий.", {("events.actual", 520, "2022")}),
    ("Проведено 320 мероприятий, в том числе акция «Ночь в библиотеке», в них приняли участие 8 400 человек.",
     {("events.actual", 320, "2022"), ("events.participants", 8400, "2022")}),
    # what was done to copies, the library's posts, views, points of loan, a table's number, an area
    ("Проведены проверки фонда, переплетено 215 экз. ветхих изданий. С задолжниками велась работа, возвращено "
     "1 087 экз.", set()),
    ("В газете опубликовано 36 статей; на сайте и в социальных сетях размещено 1 128 публикаций.",
     {("media.articles", 36, "2022")}),
    ("«Қасиетті Жетісу» атты виртуалды саяхат әлеуметтік желілерде 3 мыңнан астам қаралым жинады.", set()),
    ("Алыс орналасқан елді мекендердің тұрғындарына 9 кітап беру пункті арқылы қызмет көрсетілді.", set()),
    ("Данные приведены в таблице 3.", set()),
    ("Общая площадь помещений библиотек – 3 246 кв. м.", set()),
    # the fund per inhabitant is the indicator; per reader beside it, a second measure
    ("Книгообеспеченность на одного жителя района составила 7,4 экз., на одного пользователя – 14,3 экз.",
     {("ratio.book_supply", 7.4, "2022")}),
    ("Книгообеспеченность на одного читателя – 14,3 экз.", {("ratio.book_supply", 14.3, "2022")}),
    # an aside in brackets, a purpose after the figure, the budget as the source of the money
    ("Доходы от платных услуг (ксерокопирование, распечатка, ламинирование, набор текста) составили 1 286,4 тыс. "
     "тенге и направлены на приобретение канцелярских товаров.", {("finance.paid_services", 1286.4, "2022")}),
    ("Библиотечное образование (высшее и среднее специальное) имеют 23 человека.",
     {("staff.library_education", 23, "2022")}),
    ("Жергілікті бюджет есебінен 1 985,4 мың теңгеге 1 622 дана кітап сатып алынды.",
     {("acquisition.budget", 1985.4, "2022"), ("acquisition.copies", 1622, "2022")}),
    # items of a list after a colon or "в том числе" name nothing of their own
    ("Общий объём финансирования составил 128 745,3 тыс. тенге, из них: заработная плата – 102 418,0 тыс. тенге, "
     "коммунальные услуги – 9 612,4 тыс. тенге, комплектование фонда – 4 126,5 тыс. тенге, прочие расходы – "
     "11 048,2 тыс. тенге.", {("finance.budget", 128745.3, "2022"), ("acquisition.budget", 4126.5, "2022")}),
    ("Выбыло 5 054 экз., в том числе по ветхости – 3 210 экз., как устаревшие по содержанию – 1 412 экз., "
     "утерянные читателями – 432 экз.", {("fund.withdrawn", 5054, "2022")}),
    # differences in the dative, a mobile library's readers, Kazakh and Russian wordings
    ("Өткен жылмен салыстырғанда оқырмандар саны 206 адамға, кітап берілімі 2 758 данаға өсті.", set()),
    ("Кітап қоры 1 200 данаға толықтырылды.", {("fund.received", 1200, "2022")}),
    ("Қашықтықтан қызмет алатын пайдаланушылар – 1 870 адам.", {("users.remote", 1870, "2022")}),
    ("Жыл ішінде 6 маман қабылданып, 5 қызметкер жұмыстан шықты.",
     {("staff.hired", 6, "2022"), ("staff.dismissed", 5, "2022")}),
    ("ОКЖ-ны қаржыландырудың жалпы көлемі 162 418,9 мың теңгені құрады.", {("finance.budget", 162418.9, "2022")}),
    ("В структуру учреждения входят 19 структурных подразделений.", {("libraries.count", 19, "2022")}),
    ("Из 24 библиотек 19 подключены к сети Интернет.",
     {("libraries.count", 24, "2022"), ("libraries.internet", 19, "2022")}),
])
def test_long_reports_wordings(text, want):
    assert _figures("2022", text) == want


def test_people_of_two_kinds_joined_by_and_took_part():
    assert _figures("2025-Q1", "Тоқсанда 52 іс-шара өткізіліп, оларға 1 486 бала мен ата-ана қатысты.") == {
        ("events.actual", 52, "2025-Q1"), ("events.participants", 1486, "2025-Q1")}


def test_a_mobile_library_is_a_branch_and_its_trips_are_no_readers():
    got = _prose("2022", "Работают 6 пунктов выдачи и передвижная библиотека, которая совершила 48 выездов и обслужила "
                         "587 читателей.")
    assert got == {("users.registered", 587, "2022", None, "branch:передвижная библиотека")}


def test_a_part_of_a_year_named_in_an_earlier_sentence_is_not_carried():
    got = _figures("2023-H1", "В январе–марте проведена перерегистрация. Число удалённых пользователей – 1 102.")
    assert got == {("users.remote", 1102, "2023-H1")}
    assert _figures("2021-9M", "9 айда кітапханаларға 1 240 оқырман тіркелді.") == {("users.registered", 1240, "2021-9M")}


# -- tables of many shapes, and Russian reports of the neighbours ------------------------------------------------


def _table_facts(period: str, rows: list[list[str]], caption: str | None = None) -> set[tuple]:
    """Facts of a table after the event statistics have read it too (as an ingest does)."""
    from esep.model import Block
    from esep.registry import Registry, get_plugin_manager

    registry = Registry(get_plugin_manager(load_entrypoints=False))
    d = Document(id="t", path="t.docx", format="docx", metadata={"period": period})
    if caption:
        d.add_block(Block("paragraph", caption, Provenance(page=1)))
    d.add_table(Table([Cell(r, k, x) for r, row in enumerate(rows) for k, x in enumerate(row) if x], Provenance(page=1)))
    records = [r for ex in registry.extractors if ex.name in ("facts", "event_stats") for r in ex.extract(d, Config())]
    registry.hook.prepare_records(records=records, document=d, config=Config())
    return {(r.values["metric"], r.values["value"], r.values["period"], r.values["category"]) for r in records
            if r.table == "facts"}


def test_a_table_by_library_keeps_every_librarys_figures():
    got = _table_facts("2022", [["Библиотека", "Пользователи", "Посещения", "Книговыдача", "Мероприятия"],
                                ["ЦБ", "5 200", "41 000", "110 000", "120"], ["ДБ", "2 105", "19 870", "45 300", "96"],
                                ["Степновский с/ф", "864", "7 215", "18 940", "42"],
                                ["Итого по ЦБС", "8 169", "68 085", "174 240", "258"]])
    assert {("users.registered", 2105, "2022", "branch:дб"), ("loans.total", 18940, "2022", "branch:степновский с/ф"),
            ("events.actual", 96, "2022", "branch:дб"), ("users.registered", 8169, "2022", None)} <= got


def test_years_down_the_rows_in_a_report_on_a_part_of_a_year_are_whole_years():
    got = _table("2024-9M", ["Жыл", "Оқырмандар саны", "Кітап берілімі"], ["2021", "7 410", "148 600"],
                 ["2022", "7 525", "150 100"], ["2023", "7 690", "151 800"])
    assert ("users.registered", 7410, "2021") in got and ("loans.total", 151800, "2023") in got
    got = _table("2024-9M", ["Жыл", "Оқырмандар саны"], ["2023", "7 410"], ["2024", "7 525"])
    assert got == {("users.registered", 7410, "2023-9M"), ("users.registered", 7525, "2024-9M")}


def test_a_part_row_naming_a_group_of_readers_under_the_readers():
    assert _table("2023-H1", ["Показатели", "2022", "2023"], ["Число пользователей", "9 100", "9 250"],
                  ["из них удалённые", "1 012", "1 146"]) == {
        ("users.registered", 9100, "2022-H1"), ("users.registered", 9250, "2023-H1"),
        ("users.remote", 1012, "2022-H1"), ("users.remote", 1146, "2023-H1")}
    got = _table("2024-9M", ["Көрсеткіштер", "Өлшем", "2023", "2024", "+/-"], ["Оқырмандар саны", "адам", "7 500", "7 700", "+200"],
                 ["оның ішінде балалар", "адам", "2 310", "2 402", "+92"])
    assert ("users.children", 2402, "2024-9M") in got


def test_staff_by_post_and_education_the_payroll_and_electronic_documents():
    got = _table_facts("2021-Q3", [["Должность", "Штатные единицы", "Физические лица", "С высшим образованием"],
                                   ["Заведующие отделами и филиалами", "6", "6", "5"],
                                   ["Технический персонал", "4,5", "5", "0"], ["Всего", "30", "29", "17"]])
    assert {("staff.units", 30, "2021-Q3", None), ("staff.headcount", 29, "2021-Q3", None),
            ("staff.higher_education", 17, "2021-Q3", None)} <= got
    assert not any(c and c.startswith("branch:") for *_, c in got)  # a post, no library
    assert ("staff.technical", 0, "2021-Q3", None) not in got  # the technical staff with higher education
    got = _table_facts("2023-H1", [["Статья расходов", "I полугодие 2022", "I полугодие 2023"],
                                   ["Фонд оплаты труда", "41 560,2", "45 870,6"],
                                   ["Комплектование фонда", "1 200,0", "1 300,0"]],
                       "Расходы ЦБС по статьям за I полугодие, тыс. тенге")
    assert not any(m and m.startswith("fund.") for m, *_ in got)
    got = _table_facts("2022", [["Вид документов", "Поступило", "Выбыло", "Состоит на конец года"],
                                ["Книги", "4 000", "3 500", "90 000"], ["Электронные издания", "45", "12", "388"],
                                ["Всего", "4 405", "3 907", "105 158"]], "Движение фонда ЦБС в 2022 году")
    assert {("fund.received", 45, "2022", "electronic"), ("fund.end", 388, "2022", "electronic")} <= got


def test_somoni_a_fraction_and_a_whole_year_named_as_such():
    from esep.model import Block

    d = Document(id="s", path="s.txt", format="txt", metadata={"period": "2023"})
    for t in ("Бюджет библиотеки за 2023 год составил 1 186 400 сомони.", "Доход от платных услуг — 18,2 тыс. сомони.",
              "Субсидия на подписку – 41 250 сом."):
        d.add_block(Block("paragraph", t))
    units = {r.values["value"]: r.values["unit"] for r in facts.extract(d, Config()) if r.table == "facts"}
    assert units == {1186400: "tjs", 18.2: "thousand_tjs", 41250: "kgs"}
    assert _figures("2024-H1", "Почти 1/3 читателей (6 205 человек) составляют дети до 14 лет.") == set()
    assert _figures("2024-H1", "Для сравнения: за весь 2023 год было зарегистрировано 24 930 читателей.") == {
        ("users.registered", 24930, "2023")}


@pytest.mark.parametrize("text, want", [
    ("Численность населения района, по данным райстата, — 61 540 жителей.", {("population.served", 61540, "2023")}),
    ("Охвачено 14,9 % населения города, насчитывающего 125 000 жителей.",
     {("coverage.population_pct", 14.9, "2023"), ("population.served", 125000, "2023")}),
    ("В акции приняли участие более 100 жителей.", set()),
    ("Коллектив из 52 человек (при 56,5 штатных единицах).",
     {("staff.headcount", 52, "2023"), ("staff.units", 56.5, "2023")}),
    ("Фонд, насчитывавший на 1 января 312 745 экз., пополнившись 2 826 экз. и потеряв в результате списания 5 110 экз.",
     {("fund.start", 312745, "2023"), ("fund.received", 2826, "2023"), ("fund.withdrawn", 5110, "2023")}),
])
def test_inhabitants_a_staff_and_a_fund_told_in_long_sentences(text, want):
    got = _figures("2023", text)
    assert want <= got and not any(k[0] == "population.served" for k in got - want)


@pytest.mark.parametrize("period, text, want", [
    ("2024-H1", "Вакантными остаются 4 ставки.", {("staff.vacancies", 4.0, "2024-H1")}),
    ("2024", "Штат – 12 ставок, из них 2 вакантны.",
     {("staff.units", 12.0, "2024"), ("staff.vacancies", 2.0, "2024")}),
    ("2024", "Проведено 284 мероприятия (против 271 в 2023 году).",
     {("events.actual", 284.0, "2024"), ("events.actual", 271.0, "2023")}),
    ("2024", "Выдано 201 480 экз. (годом ранее – 199 900).",
     {("loans.total", 201480.0, "2024"), ("loans.total", 199900.0, "2023")}),
])
def test_vacant_posts_counted_in_posts_and_a_year_named_after_the_figure_in_brackets(period, text, want):
    assert _figures(period, text) == want
