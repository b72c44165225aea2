"""Facts of reports in shapes other authors use: a table whose columns are
the system's libraries beside its total, event forms listed by name after
all the events, the service out of the library's walls (home service,
issue points), talking books, laptops, figures in thousands one after
another, acquisition and subscription named together, staff who left; and
the names of organizations these reports give."""

from __future__ import annotations

from conftest import prose_facts as _prose, paragraphs_doc
from esep.model import Cell, Document, Provenance, Table
from esep.plugins import metadata
from esep.plugins.facts import plugin as facts
from esep.registry import Config


def _table(period: str, *rows: list[str]) -> set[tuple]:
    d = Document(id="t", path="t.docx", format="docx", metadata={"period": period})
    d.add_table(Table([Cell(r, k, x) for r, row in enumerate(rows) for k, x in enumerate(row) if x], Provenance(page=1)))
    return {facts.fact_key(r.values) for r in facts.extract(d, Config()) if r.table == "facts" and r.values["metric"]}


def test_columns_by_library_beside_the_total_are_each_librarys_share():
    got = _table("2022",
                 ["Көрсеткіштер", "Орталық кітапхана", "Балалар кітапханасы", "Ауылдық кітапханалар", "Барлығы"],
                 ["Оқырмандар саны", "3 000", "1 500", "6 000", "10 500"],
                 ["Кітап беру", "70 000", "30 000", "120 000", "220 000"])
    assert ("users.registered", 10500.0, "2022", None, None) in got
    assert ("users.registered", 3000.0, "2022", None, "branch:орталық кітапхана") in got
    assert ("users.registered", 1500.0, "2022", None, "branch:балалар кітапханасы") in got
    assert ("loans.total", 30000.0, "2022", None, "branch:балалар кітапханасы") in got
    # the children's library's readers are no children, its column no whole
    assert not any(k[0] == "users.children" for k in got)
    assert ("users.registered", 1500.0, "2022", None, None) not in got
    got = _table("2022",
                 ["Показатели", "ЦРБ", "ЦДБ", "Всего по ЦБС"],
                 ["Пользователи", "4 000", "2 100", "6 100"])
    assert got == {("users.registered", 6100.0, "2022", None, None),
                   ("users.registered", 4000.0, "2022", None, "branch:црб"),
                   ("users.registered", 2100.0, "2022", None, "branch:цдб")}


def test_event_forms_listed_by_name_are_no_other_figures():
    got = _prose("2022", "Өткізілген іс-шаралар – 420, оларға 9 800 адам қатысты. Оның ішінде кітап көрмелері – 150, "
                         "әдеби кештер – 30, виртуалды іс-шаралар – 55.")
    assert got == {("events.actual", 420.0, "2022", None, None), ("events.participants", 9800.0, "2022", None, None)}
    got = _prose("2022", "Проведено 300 мероприятий, из них книжные выставки – 120, вечера – 14.")
    assert got == {("events.actual", 300.0, "2022", None, None)}


def test_the_home_service_and_issue_points_are_parts_of_the_library():
    got = _prose("2021", "Библиотекой обслужено 3 100 пользователей. Надомным абонементом охвачено 250 читателей. "
                         "Через 12 пунктов выдачи выдано 8 400 экз.")
    assert ("users.registered", 3100.0, "2021", None, None) in got
    assert ("users.registered", 250.0, "2021", None, "department:надомный абонемент") in got
    assert ("loans.total", 8400.0, "2021", None, "department:пункты выдачи") in got
    assert ("users.registered", 250.0, "2021", None, None) not in got


def test_talking_books_are_audiobooks():
    got = _prose("2021", "Фонд на 01.01.2022 – 50 000 экз., в том числе говорящие книги – 20 000 экз.")
    assert ("fund.end", 20000.0, "2021", None, "audiobooks") in got


def test_laptops_are_computers():
    got = _prose("2023", "В библиотеках 40 компьютеров и 6 ноутбуков.")
    assert ("equipment.computers", 6.0, "2023", None, None) in got
    assert ("equipment.computers", 40.0, "2023", None, None) in got


def test_a_thousand_before_a_comma_is_no_scale_of_the_next_items_noun():
    got = _prose("2010", "Число пользователей – 10,2 тыс., посещений – 80,5 тыс.")
    assert ("users.registered", 10.2, "2010", None, None) in got
    assert ("visits.total", 80.5, "2010", None, None) in got


def test_acquisition_and_subscription_together_are_all_the_acquisition_money():
    got = _prose("2010", "Финансирование составило 20,0 млн сомов, из них на комплектование и подписку – 2,5 млн сомов.")
    assert ("acquisition.budget", 2.5, "2010", None, None) in got
    assert not any(k[4] == "periodicals" for k in got)


def test_staff_who_left_in_kazakh():
    got = _prose("2019", "Жыл ішінде 4 қызметкер жұмысқа қабылданды, 2 қызметкер шығып кетті.")
    assert ("staff.hired", 4.0, "2019", None, None) in got
    assert ("staff.dismissed", 2.0, "2019", None, None) in got


def _doc(*paragraphs: str):
    return paragraphs_doc(*paragraphs, fmt="txt")


def test_a_district_in_the_genitive_before_the_quoted_name_is_its_place():
    org = metadata.detect_organization(_doc("Ақтөбе облысы Мұғалжар ауданының «Орталықтандырылған кітапханалар жүйесі» "
                                            "КММ", "2024 жылғы жұмыс есебі"))
    assert org == "Мұғалжар ауданының «Орталықтандырылған кітапханалар жүйесі» КММ"


def test_a_library_of_the_academy_of_sciences_keeps_the_academy():
    org = metadata.detect_organization(_doc("Отчет о работе Центральной научной библиотеки НАН РК за 2012 год"))
    assert org is not None and org.endswith("НАН РК")


def test_a_clause_going_on_about_a_branchs_fund_is_that_branchs():
    got = _prose("2018", "Фонд передвижной библиотеки – 5 200 экз., за год пополнен на 900 экз.")
    assert ("fund.received", 900.0, "2018", None, "branch:передвижная библиотека") in got
    got = _prose("2018", "Фонд передвижной библиотеки – 5 200 экз., фонд ЦБС пополнен на 9 900 экз.")
    assert ("fund.received", 9900.0, "2018", None, None) in got


def test_a_pronoun_pointing_back_carries_the_outreach_readers_to_their_loans():
    got = _prose("2022", "Внестационарными формами обслуживания охвачено 900 пользователей, им выдано 11 000 экз.")
    assert ("loans.total", 11000.0, "2022", None, "department:внестационарное обслуживание") in got
    got = _prose("2022", "Обслужено 5 000 читателей, им выдано 90 000 экз.")
    assert ("loans.total", 90000.0, "2022", None, None) in got
