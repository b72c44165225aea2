"""Statistical forms filled in as tables, reports of houses of culture that
keep a library beside their clubs, and the wordings of older typed reports.
Each case was typed in its own words, with what it should give written
before esep read it."""

from __future__ import annotations

from conftest import prose_facts, table_facts
from esep.model import Block, Document
from esep.plugins.facts import plugin as facts
from esep.registry import Config


def _records(period: str, *paragraphs: tuple[str, str] | str, organization: str | None = None) -> list[dict]:
    """Every fact of these blocks (a heading as ("heading", text)) of a report of ``organization``."""
    meta = {"period": period}
    if organization:
        meta["organization"] = organization
    d = Document(id="c", path="c.docx", format="docx", metadata=meta)
    for p in paragraphs:
        d.add_block(Block(*p) if isinstance(p, tuple) else Block("paragraph", p))
    return [r.values for r in facts.extract(d, Config()) if r.table == "facts"]


# -- a form's tables: row codes, column numbers -------------------------------------------------------------------

def test_a_row_code_over_a_row_of_column_numbers_is_no_figure_in_a_table_of_one_row():
    got = table_facts("2022",
                      ["Показатель", "№ строки", "Всего", "из них с высшим образованием"],
                      ["1", "2", "3", "4"],
                      ["Численность работников", "01", "37", "19"])
    assert ("staff.headcount", 37.0, "2022", None, None) in got
    assert not any(k[1] == 1.0 for k in got)


def test_the_staff_row_of_a_form_under_columns_of_education():
    got = table_facts("2022",
                      ["Показатель", "№ строки", "Всего", "имеют высшее образование", "имеют библиотечное образование"],
                      ["1", "2", "3", "4", "5"],
                      ["Численность работников", "01", "37", "19", "22"])
    assert {("staff.headcount", 37.0), ("staff.higher_education", 19.0), ("staff.library_education", 22.0)} \
        <= {(k[0], k[1]) for k in got}
    # the staff of one post under such a column stays a cross no indicator names
    got = table_facts("2022", ["Показатель", "Всего", "С высшим образованием"], ["Технический персонал", "6", "1"])
    assert not any(k[1] == 1.0 for k in got)


def test_the_opening_row_of_a_form_is_the_fund_at_the_start():
    got = table_facts("2022",
                      ["Показатель", "№ строки", "Всего", "книги"],
                      ["1", "2", "3", "4"],
                      ["Состоит на начало отчетного года", "01", "120 400", "101 250"],
                      ["Поступило за отчетный год", "02", "3 115", "2 870"],
                      ["Состоит на конец отчетного года", "03", "118 900", "99 730"],
                      caption="Формирование библиотечного фонда")
    assert ("fund.start", 120400.0, "2022", None, None) in got
    assert ("fund.start", 101250.0, "2022", None, "books") in got
    assert ("fund.end", 118900.0, "2022", None, None) in got
    assert not any(k[0] == "fund.end" and k[1] == 120400.0 for k in got)


def test_educational_events_and_money_received_rows_of_a_form():
    got = table_facts("2021",
                      ["Показатель", "Код строки", "Всего"],
                      ["Число культурно-просветительских мероприятий", "01", "418"],
                      ["Поступило финансовых средств – всего (тыс. руб.)", "02", "18 640,5"])
    assert ("events.actual", 418.0, "2021", None, None) in got
    assert ("finance.budget", 18640.5, "2021", None, None) in got


# -- a caption names the measure over a column headed by its unit ----------------------------------------------------

def test_a_composition_table_under_its_dated_caption_is_the_fund_at_that_date():
    from esep.model import Cell, Provenance, Table
    d = Document(id="t", path="t.docx", format="docx", metadata={"period": "2023"})
    d.add_block(Block("paragraph", "Структура и состав фонда на 01.01.2024 г."))
    rows = [["Отрасль знания", "Экз.", "%"],
            ["Учебная литература", "14 300", "61,2"],
            ["Художественная литература", "9 060", "38,8"],
            ["Итого", "23 360", "100"]]
    d.add_table(Table([Cell(r, k, x) for r, row in enumerate(rows) for k, x in enumerate(row) if x],
                      Provenance(page=1)))
    got = {(v["metric"], v["value"], v["as_of"], v["category"])
           for v in (r.values for r in facts.extract(d, Config()) if r.table == "facts") if v["metric"]}
    assert ("fund.end", 14300.0, "2024-01-01", "textbooks") in got
    assert ("fund.end", 9060.0, "2024-01-01", "fiction") in got
    assert ("fund.end", 23360.0, "2024-01-01", None) in got
    assert not any(k[1] in (61.2, 38.8, 100.0) for k in got)


def test_study_literature_in_prose_is_textbooks():
    got = prose_facts("2020", "Фонд составляет 52 114 экз., в т.ч. учебной литературы – 30 870 экз.")
    assert ("fund.end", 30870.0, "2020", None, "textbooks") in got


# -- prose --------------------------------------------------------------------------------------------------------

def test_a_stock_at_another_date_in_brackets_without_its_unit():
    got = prose_facts("2023", "Фонд на 01.01.2024 насчитывает 804 120 ед. хранения (на 01.01.2023 – 799 560).")
    # (a balance on the first or the day after the last day of the period is compared as the period's)
    assert ("fund.end", 804120.0, "2023", None, None) in got
    assert ("fund.start", 799560.0, "2023", None, None) in got


def test_club_formations_and_their_members_are_no_events_and_no_participants():
    got = prose_facts("2016", "Работает 11 клубных формирований, в них занимаются 204 человека, в т.ч. для "
                              "молодёжи – 4 формирования, 61 участник. Проведено 130 мероприятий.")
    assert ("events.actual", 130.0, "2016", None, None) in got
    assert not any(k[0] and k[0].startswith("events.") and k[1] in (11.0, 204.0, 4.0, 61.0) for k in got)


def test_a_house_of_culture_keeps_its_clubs_apart_and_its_library_is_its_own():
    recs = _records("2016",
                    ("heading", "Клубная деятельность"),
                    "Проведено 188 культурно-массовых мероприятий, на них побывало 9 450 зрителей.",
                    ("heading", "Работа библиотеки"),
                    "Сельская библиотека обслужила 905 читателей, выдала 19 870 экз. Проведено 57 мероприятий.",
                    organization="МКУК «Социально-культурный центр» Ивановского сельсовета")
    named = {(v["metric"], v["value"], v["category"]) for v in recs if v["metric"]}
    assert ("users.registered", 905.0, None) in named
    assert ("loans.total", 19870.0, None) in named
    assert ("events.actual", 57.0, None) in named
    assert not any(v in (188.0, 9450.0) for _, v, _ in named)
    assert {v["value"] for v in recs if v["metric"] is None} >= {188.0, 9450.0}  # kept, named by no metric


def test_a_library_system_report_keeps_its_club_headings_figures():
    recs = _records("2016",
                    ("heading", "Клубная деятельность"),
                    "Проведено 188 мероприятий клубов по интересам.",
                    organization="Централизованная библиотечная система г. Ивановска")
    assert any(v["metric"] == "events.actual" and v["value"] == 188.0 for v in recs)


def test_children_named_before_their_age_in_thousands_of_readers():
    got = prose_facts("1999", "Обслужено 31,2 тыс. чит., в т.ч. детей до 14 лет – 11,8 тыс. чит.")
    assert ("users.registered", 31.2, "1999", None, None) in got
    assert ("users.children", 11.8, "1999", None, None) in got


def test_copies_received_per_reader_are_no_copies_received():
    got = prose_facts("1999", "Поступило 3,9 тыс. экз. Фонд обновляется медленно: новых поступлений на 1 читателя – 0,13 экз.")
    assert ("fund.received", 3.9, "1999", None, None) in got
    assert not any(k[1] == 0.13 and k[0] and k[0].startswith("fund.") for k in got)


def test_librarians_named_before_a_dash_after_the_staff():
    got = prose_facts("1999", "В системе работает 84 чел., библиотечных работников – 70, с высшим образованием – 33.")
    assert ("staff.headcount", 84.0, "1999", None, None) in got
    assert ("staff.headcount", 70.0, "1999", None, "librarians") in got
    # a load per librarian is no count of them
    assert prose_facts("1999", "На одного библиотекаря: читателей – 410.") == set()


# -- the organization of a house of culture ------------------------------------------------------------------------

def test_a_quoted_name_after_its_legal_form_in_the_genitive_is_the_organization():
    from esep.plugins import metadata
    d = Document(id="m", path="m.docx", format="docx")
    for x in ("ОТЧЕТ", "о деятельности муниципального казенного учреждения культуры «Социально-культурный центр» "
                       "Ивановского сельского поселения за 2017 год",
              "В состав МКУК «СКЦ» входят сельский Дом культуры и библиотека."):
        d.add_block(Block("paragraph", x))
    got = metadata.detect_organization(d)
    assert got is not None and "Социально-культурный центр" in got and "Ивановского" in got


def test_scientific_literature_is_no_misspelt_study_literature():
    got = {(k[0], k[1], k[4]) for k in table_facts(
        "2021", ["Состав фонда", "На 01.01.2021", "Поступило", "Выбыло", "На 01.01.2022"],
        ["Научная литература", "120 400", "2 100", "1 300", "121 200"],
        ["Учебная литература", "98 700", "4 415", "2 630", "100 485"],
        ["Всего", "219 100", "6 515", "3 930", "221 685"])}
    assert ("fund.end", 100485, "textbooks") in got and ("fund.end", 221685, None) in got
    assert not any(v in (120400, 2100, 1300, 121200) for _, v, _ in got)  # the scientific kind no metric names


def test_readers_counted_by_a_card_named_in_brackets_are_the_readers():
    got = {(k[0], k[1]) for k in prose_facts("2020", "Количество пользователей (единый читательский билет) – 9 846.")}
    assert got == {("users.registered", 9846)}
    assert not prose_facts("2020", "Выдано 840 читательских билетов.")
