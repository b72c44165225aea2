"""Figures a long annual report tells beside the system's own: a rate per
thousand inhabitants and its norm, a survey's people, one settlement's
population, a database of the library's own, the computers of one service
or bought beside the park, money for equipment and repairs, the library
education of each level of schooling, and counts of readers, loans, events
or libraries of a part below the system's totals; with the press counted
together with the networks, a branch named by its number in any case, and
a region named by its oblast's adjective."""

from conftest import prose_facts

from esep.model import Block, Cell, Document, Provenance, Table
from esep.plugins.facts import plugin as facts
from esep.registry import Config

RO = "branch:библиотеки области"


def _facts(period: str, *paragraphs: str, rows=None) -> set[tuple]:
    """The named facts (``fact_key``) of one report of these paragraphs,
    after one table of ``rows`` when given (as an indicators table comes
    first in a report)."""
    d = Document(id="s", path="s.docx", format="docx", metadata={"period": period})
    if rows:
        d.add_table(Table([Cell(r, k, x) for r, row in enumerate(rows) for k, x in enumerate(row) if x],
                          Provenance(page=1)))
    for x in paragraphs:
        d.add_block(Block("paragraph", x, Provenance(page=1)))
    return {facts.fact_key(r.values) for r in facts.extract(d, Config())
            if r.table == "facts" and r.values["metric"]}


def _metrics(got: set[tuple]) -> set[tuple]:
    return {(k[0], k[1]) for k in got}


def test_a_rate_per_thousand_inhabitants_and_its_norm_are_no_intake():
    got = prose_facts("2023", "Количество новых поступлений на 1 000 жителей – 147 экз. при нормативе 250 экз.")
    assert not any(k[0].startswith(("fund.", "acquisition.")) for k in got)
    assert ("fund.received", 6210, "2023", None, None) in prose_facts("2023", "В 2023 году поступило 6 210 экз.")


def test_a_surveys_people_an_audience_and_one_settlement_are_no_population_served():
    assert not any(k[0] == "population.served" for k in prose_facts(
        "2024", "В марте проведено социологическое исследование «Чтение в жизни горожанина»: опрошено 600 жителей, "
                "62 % респондентов назвали библиотеку основным источником книг."))
    assert not any(k[0] == "population.served" for k in prose_facts(
        "2023", "В рамках проекта в 8 сёлах прошли 32 выездных мероприятия для 960 жителей."))
    assert not any(k[0] == "population.served" for k in prose_facts(
        "2024", "В библиотеке-филиале № 4 записано 2 180 читателей, при том что население посёлка составляет "
                "около 5 600 человек."))
    assert ("population.served", 42370, "2023-01-01", None, None) in prose_facts(
        "2023", "Население района на 01.01.2023 – 42 370 человек.")
    # a village library's own village is the population it serves
    assert ("population.served", 1020, "2021", None, None) in prose_facts("2021", "Население села – 1 020 человек.")


def test_records_of_a_database_of_its_own_are_no_catalogue_records():
    assert not any(k[0] == "catalog.records" for k in prose_facts(
        "2023", "Краеведческая база данных «Карасукский район» пополнилась 320 записями."))
    assert not any(k[0] == "catalog.records" for k in prose_facts(
        "2024", "«Жаңақорған – тарихы терең өңір» электрондық дерекқорына 520 жазба енгізілді."))
    assert ("catalog.records", 84120, "2023", None, None) in prose_facts(
        "2023", "Сводный электронный каталог насчитывает 84 120 записей.")
    # the catalogue kept as a database is the catalogue
    assert ("catalog.records", 5760, "2023", None, None) in prose_facts(
        "2023", "В базу данных «Электронный каталог» внесено 5 760 записей.")


def test_computers_of_one_service_and_bought_beside_the_park_are_not_the_park():
    got = prose_facts("2024", "Парк компьютерной техники – 96 компьютеров.",
                      "В ЦГБ работает зал со специализированным оборудованием: 2 компьютера с программой экранного "
                      "доступа, тифлоплеер, увеличитель.")
    assert {k for k in got if k[0] == "equipment.computers"} == {("equipment.computers", 96, "2024", None, None)}
    got = prose_facts("2024", "Кітапханаларда 118 компьютер бар.",
                      "2024 жылы жергілікті бюджет есебінен 12 моноблок, 4 принтер сатып алынды.")
    assert {k for k in got if k[0] == "equipment.computers"} == {("equipment.computers", 118, "2024", None, None)}


def test_money_for_equipment_or_repairs_is_no_acquisition_money():
    got = prose_facts("2024", "В 2024 году приобретены 10 моноблоков, 2 МФУ и проектор на сумму 4 320,0 тыс. тенге "
                              "за счёт местного бюджета.",
                      "Здание филиала № 6 требует капитального ремонта; смета составляет 46 000,0 тыс. тенге.")
    assert not any(k[0] == "acquisition.budget" for k in got)
    assert ("acquisition.budget", 14250.0, "2024", None, None) in prose_facts(
        "2024", "На комплектование фонда из местного бюджета выделено 14 250,0 тыс. тенге.")


def test_the_library_education_of_each_level_beside_the_whole_is_no_library_education():
    got = prose_facts("2024", "Высшее образование имеют 48 человек, в том числе библиотечное – 27; среднее "
                              "специальное библиотечное – 12 человек. Библиотечное образование (высшее и среднее) "
                              "имеют 39 сотрудников.")
    assert {k for k in got if k[0].startswith("staff.")} == {("staff.higher_education", 48, "2024", None, None),
                                                              ("staff.library_education", 39, "2024", None, None)}
    got = prose_facts("2024", "Жоғары білімділер – 52, оның ішінде кітапханалық жоғары білімі барлар – 30. "
                              "Кітапханалық білімі бар мамандар – 46.")
    assert ("staff.library_education", 46, "2024", None, None) in got
    assert ("staff.library_education", 30, "2024", None, None) not in got
    # one level alone gives the library education the report has
    assert ("staff.library_education", 21, "2024", None, None) in prose_facts(
        "2024", "Высшее образование имеют 39 человек, из них высшее библиотечное – 21.")


_TABLE = [["Показатели", "2023 г.", "2024 г."], ["Число пользователей", "39 870", "40 060"],
          ["Книговыдача", "812 300", "816 900"], ["Количество мероприятий", "1 420", "1 486"]]


def test_readers_loans_and_events_of_a_part_below_the_tables_totals_are_no_second_total():
    got = _facts("2024", "Библиобус ЦБС совершил 46 выездов в посёлки, обслужено 1 180 человек.",
                 "Совместно с городским обществом инвалидов проведено 28 мероприятий.",
                 "Всего в 2024 году проведено 1 486 мероприятий.", rows=_TABLE)
    assert _metrics({k for k in got if k[2] == "2024"}) == {
        ("users.registered", 40060), ("loans.total", 816900), ("events.actual", 1486)}
    # with no table, the one count of events the prose gives is the year's
    assert ("events.actual", 28, "2024", None, None) in prose_facts(
        "2024", "Совместно с городским обществом инвалидов проведено 28 мероприятий.")
    # a part a category names stays
    assert ("events.actual", 742, "2024", None, "children") in _facts(
        "2024", "Всего проведено 1 486 мероприятий; для детей проведено 742 мероприятия.", rows=_TABLE)


def test_a_smaller_count_of_libraries_beside_the_systems_is_a_part():
    got = prose_facts("2023", "В МЦБС входят 24 библиотеки.",
                      "Результаты мониторинга показали, что 4 библиотеки размещаются в зданиях, требующих "
                      "капитального ремонта.")
    assert {k for k in got if k[0] == "libraries.count"} == {("libraries.count", 24, "2023", None, None)}


def test_computers_with_the_internet_are_no_libraries_with_it():
    got = prose_facts("2023", "В библиотеках МЦБС 71 компьютер, 48 из них подключены к Интернету.")
    assert ("equipment.computers", 71, "2023", None, None) in got
    assert not any(k[0] == "libraries.internet" for k in got)
    assert ("libraries.internet", 22, "2023", None, None) in prose_facts(
        "2023", "К сети Интернет подключены 22 библиотеки.")


def test_books_come_into_a_fund_are_no_stock():
    assert not any(k[0] == "fund.end" for k in prose_facts(
        "2023", "Модернизирована сельская библиотека, в её фонд поступило 3 200 новых книг."))


def test_articles_of_the_press_and_the_networks_together_are_the_press_count():
    assert ("media.articles", 58, "2024", None, None) in prose_facts(
        "2024", "2024 жылы аудандық газетте, облыстық басылымдарда және әлеуметтік желілерде кітапханалар жұмысы "
                "туралы 58 мақала жарияланды.")
    assert not any(k[0] == "media.articles" for k in prose_facts(
        "2024", "Кітапхананың әлеуметтік желілерінде жыл бойы 860 мақала жарияланды."))


def test_a_branch_named_by_its_number_in_any_case_is_one_branch():
    got = prose_facts("2024", "В библиотеке-филиале № 4 посёлка Качар записано 2 180 читателей.")
    assert ("users.registered", 2180, "2024", None, "branch:библиотека-филиал 4") in got


def test_the_oblast_named_by_its_adjective_after_po_is_the_region():
    got = prose_facts("2023", "По Новосибирской области читаемость составляет 18,7, обращаемость – 1,3.")
    assert got == {("ratio.reading", 18.7, "2023", None, RO), ("ratio.turnover", 1.3, "2023", None, RO)}


def test_a_group_after_the_readers_counted_whole_with_from_is_the_groups():
    got = prose_facts("2024", "Из 40 060 пользователей дети до 14 лет составляют 14 230 человек, молодёжь от 15 до "
                              "29 лет – 9 870 человек.")
    assert got == {("users.registered", 40060, "2024", None, None), ("users.children", 14230, "2024", None, None),
                   ("users.youth", 9870, "2024", None, None)}
    # a part of the whole no group names stays unnamed
    assert prose_facts("2024", "Из 874 мероприятий 312 проведены в онлайн-формате.") == {
        ("events.actual", 874, "2024", None, None)}


def test_libraries_between_the_internet_and_the_verb_joining_them_in_kazakh():
    assert prose_facts("2024", "Интернет желісіне 27 кітапхананың барлығы қосылған.") == {
        ("libraries.internet", 27, "2024", None, None)}
    assert prose_facts("2024", "Ғаламторға 14 кітапхана қосылды.") == {("libraries.internet", 14, "2024", None, None)}
    # libraries that work, with no verb joining them to the network, are the count
    assert prose_facts("2024", "ОКЖ құрамында 27 кітапхана жұмыс істейді.") == {
        ("libraries.count", 27, "2024", None, None)}
