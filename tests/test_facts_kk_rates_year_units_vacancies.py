"""Kazakh reports' shapes of rates, money tables, staff and parts of the
network.  "Келу қарқыны" (Latin "kelý qarqyny") is the attendance beside
"оқу қарқыны", the reading; a column headed by its year and the unit of its
figures ("2023 ж., мың теңге") is that year's; the total of a money table
written as from one budget ("Барлығы жергілікті бюджеттен") is the whole
money, no share of a source; the vacancies are counted in staff units
("Бос орын – 1,5 штат бірлігі"); "олардың 28-і жоғары білімді" after a
sentence of the people and the staff units is of the people; events held
"онлайн және офлайн" are all of them; "оның 22-сі ауылдық" leaves the
libraries' noun out; a kind of libraries in the plural genitive
("Ауылдық кітапханалардың 12-сі") owns the part counted out of it;
"негізгі персонал" is the librarians; "Работники библиотеки" in a staff
table are the library's people, no count of libraries.  A name that says
only "Облыстық" or gives no place, under its oblast's or district's
department of culture ("Ақмола облысы мәдениет басқармасының «…»"), is named
with that place.  Stated in made-up lines of the genre."""

from __future__ import annotations

from conftest import paragraphs_doc, prose_facts, table_facts

from esep.plugins import metadata
from esep.plugins.organizations import resolve

_TITLE = "Аудандық орталықтандырылған кітапхана жүйесінің 2024 жылғы есебі"
_RURAL = "branch:ауылдық кітапханалар"


def test_the_attendance_rate_beside_the_reading_rate():
    assert prose_facts("2024", _TITLE, "Оқу қарқыны – 22,5, келу қарқыны – 8,2, кітап айналымы – 2,0.") == {
        ("ratio.reading", 22.5, "2024", None, None), ("ratio.attendance", 8.2, "2024", None, None),
        ("ratio.turnover", 2.0, "2024", None, None)}
    assert prose_facts("2020", "Qazaly aýdandyq OKJ 2020 jylǵy esebi", "Oqý qarqyny – 18,9, kelý qarqyny – 6,5.") == {
        ("ratio.reading", 18.9, "2020", None, None), ("ratio.attendance", 6.5, "2020", None, None)}


def test_the_visits_and_the_growth_rate_stay_what_they_are():
    assert prose_facts("2024", _TITLE, "Келу саны – 8 200, келу қарқыны – 4,6.") == {
        ("visits.total", 8200, "2024", None, None), ("ratio.attendance", 4.6, "2024", None, None)}
    # a growth rate in percent is no rate of reading or of attendance
    assert prose_facts("2024", _TITLE, "Оқырмандар – 15 012, өсу қарқыны – 102,6 %.") == {
        ("users.registered", 15012, "2024", None, None)}


_EXPENSES = [["Шығыс баптары", "2023 ж., мың теңге", "2024 ж., мың теңге"],
             ["Барлығы жергілікті бюджеттен", "142 680,0", "158 915,4"],
             ["оның ішінде: кітап сатып алуға", "5 200,0", "6 480,0"],
             ["мерзімді басылымдарға жазылуға", "1 860,5", "2 104,8"],
             ["коммуналдық қызметтерге", "9 412,0", "10 250,6"],
             ["Ақылы қызметтерден түскен қаражат", "412,3", "468,9"]]


def test_a_year_with_the_unit_of_its_column_heads_that_year_s_figures():
    assert table_facts("2024", *_EXPENSES) == {
        ("finance.budget", 142680.0, "2023", None, None), ("finance.budget", 158915.4, "2024", None, None),
        ("acquisition.budget", 5200.0, "2023", None, "books"), ("acquisition.budget", 6480.0, "2024", None, "books"),
        ("acquisition.budget", 1860.5, "2023", None, "periodicals"),
        ("acquisition.budget", 2104.8, "2024", None, "periodicals"),
        ("finance.paid_services", 412.3, "2023", None, None), ("finance.paid_services", 468.9, "2024", None, None)}
    got = table_facts("2024", ["Статьи расходов", "2023 г., тыс. тенге", "2024 г., тыс. тенге"],
                      ["на подписку", "1 860,5", "2 104,8"])
    assert got == {("acquisition.budget", 1860.5, "2023", None, "periodicals"),
                   ("acquisition.budget", 2104.8, "2024", None, "periodicals")}


def test_a_table_of_several_sources_keeps_each_source_s_share():
    got = table_facts("2024", ["Источник", "2023", "2024"], ["Местный бюджет", "142 680,0", "158 915,4"],
                      ["Платные услуги", "412,3", "468,9"], ["Итого", "143 092,3", "159 384,3"])
    assert ("finance.budget", 142680.0, "2023", None, "source:local") in got
    assert ("finance.budget", 143092.3, "2023", None, None) in got
    assert ("finance.paid_services", 468.9, "2024", None, None) in got


def test_the_vacancies_counted_in_staff_units():
    for line in ("Бос орын – 1,5 штат бірлігі.", "Вакансии – 1,5 штатной единицы."):
        assert prose_facts("2024", _TITLE, line) == {("staff.vacancies", 1.5, "2024", None, None)}, line
    assert prose_facts("2024", _TITLE, "Штат бірлігі – 24,5, оның ішінде бос орын – 1,5 штат бірлігі.") == {
        ("staff.units", 24.5, "2024", None, None), ("staff.vacancies", 1.5, "2024", None, None)}
    # the staff in staff units with no vacancy named
    assert prose_facts("2024", _TITLE, "Штат – 24,5 штат бірлігі, бос орын жоқ.") == {
        ("staff.units", 24.5, "2024", None, None)}


def test_the_part_of_the_people_after_the_sentence_of_the_people_and_the_units():
    assert prose_facts("2024", _TITLE, "Жүйеде 46 қызметкер еңбек етеді, штат бірлігі – 47,5. "
                                       "Олардың 28-і жоғары білімді, 19-ы кітапханалық білімі бар.") == {
        ("staff.headcount", 46, "2024", None, None), ("staff.units", 47.5, "2024", None, None),
        ("staff.higher_education", 28, "2024", None, None), ("staff.library_education", 19, "2024", None, None)}
    # a part of a whole of another unit, with no people before it, is none of the libraries its cue names
    assert prose_facts("2024", _TITLE, "Компьютерлер саны – 46. Олардың 40-ы Интернетке қосылған.") == {
        ("equipment.computers", 46, "2024", None, None)}


def test_events_held_online_and_offline_are_all_the_events():
    for line in ("Онлайн және офлайн 512 іс-шара өткізілді, оларға 21 406 адам қатысты.",
                 "Onlaın jáne oflaın 512 is-shara ótkizildi, olarǵa 21 406 adam qatysty."):
        assert prose_facts("2024", _TITLE, line) == {("events.actual", 512, "2024", None, None),
                                                     ("events.participants", 21406, "2024", None, None)}, line
    assert prose_facts("2024", _TITLE, "В онлайн- и офлайн-формате проведено 512 мероприятий.") == {
        ("events.actual", 512, "2024", None, None)}
    # the events held online alone are a part no metric names
    assert prose_facts("2024", _TITLE, "Карантин кезінде 6 онлайн іс-шара ұйымдастырылды.") == set()


def test_the_rural_libraries_with_their_noun_left_out():
    assert prose_facts("2024", _TITLE, "Жүйеде 27 кітапхана бар, оның 22-сі ауылдық.") == {
        ("libraries.count", 27, "2024", None, None), ("libraries.count", 22, "2024", None, _RURAL)}
    assert prose_facts("2024", _TITLE, "Жүйеде 27 кітапхана бар, оның 22-сі – ауылдық, 3-і – қалалық.") == {
        ("libraries.count", 27, "2024", None, None), ("libraries.count", 22, "2024", None, _RURAL),
        ("libraries.count", 3, "2024", None, "branch:қалалық кітапханалар")}
    # the adjective of another noun (rural schools' pupils among the readers) counts no libraries
    assert prose_facts("2024", _TITLE, "Жүйеде 5 000 оқырман бар, оның 2 100-і ауылдық мектеп оқушылары.") == {
        ("users.registered", 5000, "2024", None, None)}


def test_a_kind_of_libraries_in_the_plural_genitive_owns_its_part():
    assert prose_facts("2024", _TITLE, "Жүйеде 18 кітапхана бар. Ауылдық кітапханалардың 12-сі Интернетке қосылған.") == {
        ("libraries.count", 18, "2024", None, None), ("libraries.internet", 12, "2024", None, _RURAL)}
    # the libraries with no kind: the system's own
    assert prose_facts("2024", _TITLE, "Жүйеде 18 кітапхана бар. Кітапханалардың 12-сі Интернетке қосылған.") == {
        ("libraries.count", 18, "2024", None, None), ("libraries.internet", 12, "2024", None, None)}


def test_the_main_staff_are_the_librarians():
    assert prose_facts("2024", _TITLE, "Қызметкерлер – 23 адам, оның ішінде негізгі персонал – 19.") == {
        ("staff.headcount", 23, "2024", None, None), ("staff.headcount", 19, "2024", None, "librarians")}


def test_the_library_s_workers_in_a_staff_table_are_no_count_of_libraries():
    head = ["Кадры", "Всего", "в т.ч. с высшим образованием", "в т.ч. с библиотечным образованием"]
    assert table_facts("2024", head, ["Работники библиотеки", "38", "29", "17"]) == {
        ("staff.headcount", 38, "2024", None, None), ("staff.higher_education", 29, "2024", None, None),
        ("staff.library_education", 17, "2024", None, None)}
    # the libraries alone still count the libraries
    assert table_facts("2024", ["Показатели", "2023", "2024"], ["Библиотеки", "18", "18"]) == {
        ("libraries.count", 18, "2023", None, None), ("libraries.count", 18, "2024", None, None)}


def test_a_name_without_its_place_under_the_place_s_department_of_culture():
    org = metadata.detect_organization(paragraphs_doc(
        "Ақмола облысы мәдениет басқармасының «Облыстық балалар мен жасөспірімдер кітапханасы» КММ",
        "2024 жылғы қызметі туралы ақпараттық есеп", fmt="txt"))
    assert org == "Ақмола облысы мәдениет басқармасының «Облыстық балалар мен жасөспірімдер кітапханасы» КММ"
    assert resolve(org).organization_id == resolve("Ақмола облыстық балалар мен жасөспірімдер кітапханасы").organization_id
    org = metadata.detect_organization(paragraphs_doc(
        "Жуалы ауданы мәдениет және тілдерді дамыту бөлімінің «Орталықтандырылған кітапхана жүйесі» КММ",
        "2024 жылғы жұмыс есебі", fmt="txt"))
    assert resolve(org).name.place is not None
    # a library named after a person is told by the name; an addressee line above names no place of it
    assert metadata.detect_organization(paragraphs_doc(
        "Сарыарқа облысы мәдениет басқармасына",
        "Сарыарқа облысы мәдениет басқармасының «Ахмет Жүнісов атындағы облыстық әмбебап ғылыми кітапханасы» КММ",
        "2022 жылғы қызметі туралы ақпараттық есебі", fmt="txt")) == \
        "«Ахмет Жүнісов атындағы облыстық әмбебап ғылыми кітапханасы» КММ"
    # a name that gives its own place keeps no founder before it
    assert metadata.detect_organization(paragraphs_doc(
        "Ерейментау ауданы мәдениет бөлімінің «Ерейментау аудандық орталықтандырылған кітапхана жүйесі» КММ",
        "2024 жылғы жұмыс есебі", fmt="txt")) == "«Ерейментау аудандық орталықтандырылған кітапхана жүйесі» КММ"


def test_a_school_under_the_department_of_education_keeps_its_name():
    # an education department founds schools, not libraries: its place is not written into a school's name
    org = metadata.detect_organization(paragraphs_doc(
        "Павлодар қаласы білім беру бөлімінің «№ 17 жалпы білім беретін мектеп» КММ",
        "Мектеп кітапханасының 2024–2025 оқу жылындағы жұмысы туралы есеп", fmt="txt"))
    assert org == "«№ 17 жалпы білім беретін мектеп» КММ"
