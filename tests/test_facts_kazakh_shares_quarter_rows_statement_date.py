"""Kazakh reports of district, city and village libraries: parts of the fund
listed with their shares in brackets, a row of the staff with library
education across the levels of education, the fund's intake told in books
by the fund named as the topic, quarters written as rows with no year, a
statement drawn up at the day that closes its year (its undated stocks left to the
period), and a village library
whose number stands before its words on the line under its system."""

from __future__ import annotations

from conftest import paragraphs_doc
import pytest

from esep.model import Block, Cell, Document, Provenance, Table
from esep.plugins import metadata
from esep.plugins.facts import plugin as facts
from esep.registry import Config


def _prose(*texts: str, period: str = "2023") -> set[tuple]:
    d = paragraphs_doc(*texts)
    d.metadata["period"] = period
    return {(r.values["metric"], r.values["value"], r.values["language"], r.values["category"])
            for r in facts.extract(d, Config()) if r.table == "facts" and r.values["metric"]}


def _table(rows: list[list[str]], caption: str, period: str = "2022", before: tuple[str, ...] = ()) -> set[tuple]:
    d = Document(id="t", path="t.docx", format="docx", metadata={"period": period})
    for text in before:
        d.add_block(Block("paragraph", text))
    d.add_block(Block("paragraph", caption))
    d.add_table(Table([Cell(r, k, x) for r, row in enumerate(rows) for k, x in enumerate(row) if x],
                      Provenance(page=1)))
    return {(r.values["metric"], r.values["value"], r.values["period"])
            for r in facts.extract(d, Config()) if r.table == "facts" and r.values["metric"]}


# -- parts listed with their shares in brackets ------------------------------------------

def test_parts_by_language_past_their_shares_in_brackets():
    got = _prose("Жыл соңындағы кітап қоры 77 260 дана, оның ішінде қазақ тілінде – 48 210 дана (62,4 %), "
                 "орыс тілінде – 27 940 дана (36,2 %), басқа тілдерде – 1 110 дана (1,4 %).")
    assert got == {("fund.end", 77260, None, None), ("fund.end", 48210, "kk", None),
                   ("fund.end", 27940, "ru", None), ("fund.end", 1110, "other", None)}


def test_parts_by_kind_past_their_shares_in_brackets():
    got = _prose("Кітап қоры 142 360 дана, оның ішінде кітаптар – 128 915 дана (90,6 %), мерзімді басылымдар – "
                 "9 870 дана (6,9 %), электрондық басылымдар – 3 575 дана (2,5 %).")
    assert got == {("fund.end", 142360, None, None), ("fund.end", 128915, None, "books"),
                   ("fund.end", 9870, None, "periodicals"), ("fund.end", 3575, None, "electronic")}


def test_a_share_in_brackets_is_no_figure_and_a_year_in_brackets_keeps_its_figure_its_own():
    # negative: the shares are not stored; a year's figure in brackets is that year's, no share passed over
    got = _prose("Кітап қоры 77 260 дана, оның ішінде қазақ тілінде – 48 210 дана (62,4 %).")
    assert not any(v == 62.4 for _, v, _, _ in got)
    d = paragraphs_doc("Кітап қоры 77 260 дана, оның ішінде қазақ тілінде – 48 210 дана (2022 ж. – 47 900), "
                       "орыс тілінде – 27 940 дана.")
    d.metadata["period"] = "2023"
    got = {(r.values["value"], r.values["period"]) for r in facts.extract(d, Config())
           if r.table == "facts" and r.values["metric"] == "fund.end" and r.values["language"] == "kk"}
    assert got == {(48210, "2023"), (47900, "2022")}


# -- the fund's intake told in books ------------------------------------------------------

def test_books_that_came_into_the_fund_named_as_topic_are_the_whole_intake():
    got = _prose("Биыл қорға 186 дана жаңа кітап келді, 240 дана ескірген кітапты есептен шығардым.", period="2022")
    assert ("fund.received", 186, None, None) in got
    assert not any(c == "books" for _, _, _, c in got)


def test_books_beside_another_kind_keep_their_kind():
    # negative: books set beside periodicals are a part
    got = _prose("Биыл қорға 150 дана кітап, 30 дана мерзімді басылым келді.", period="2022")
    assert not any(m == "fund.received" and v == 150 and c is None for m, v, _, c in got)


# -- the staff with library education as a row of its own ---------------------------------

def test_a_row_of_library_education_across_the_levels():
    got = _table([["Білімі", "Саны"], ["Жоғары білімді", "26"], ["Арнаулы орта білімді", "15"], ["Орта білімді", "3"],
                  ["Кітапханалық білімі барлар", "23"]], "Кадрлар. Қызметкерлердің білімі:", period="2021")
    assert got == {("staff.higher_education", 26, "2021"), ("staff.library_education", 23, "2021")}


def test_a_library_part_of_one_level_is_no_library_education_of_all():
    # negative: "в т.ч. библиотечное" under a level is that level's part
    got = _table([["Образование", "Кол-во"], ["Высшее", "26"], ["в т.ч. библиотечное", "11"],
                  ["Среднее специальное", "15"], ["в т.ч. библиотечное", "9"]], "Кадры", period="2021")
    assert got == {("staff.higher_education", 26, "2021")}


# -- quarters as rows ---------------------------------------------------------------------

def test_quarters_as_rows_with_no_year_and_the_year_below_them():
    got = _table([["Кезең", "Оқырмандар", "Келушілер"], ["I тоқсан", "3 410", "24 860"],
                  ["II тоқсан", "1 126", "22 315"], ["Жыл бойынша", "4 536", "47 175"]],
                 "Негізгі көрсеткіштер тоқсандар бойынша")
    assert got == {("users.registered", 3410, "2022-Q1"), ("visits.total", 24860, "2022-Q1"),
                   ("users.registered", 1126, "2022-Q2"), ("visits.total", 22315, "2022-Q2"),
                   ("users.registered", 4536, "2022"), ("visits.total", 47175, "2022")}


def test_a_row_naming_an_indicator_with_a_quarter_is_no_period_row():
    # negative: more than a period in the label, the row keeps its indicator
    got = _table([["Көрсеткіштер", "Саны"], ["Жыл ішінде түскен құжаттар", "4 215"], ["Кітап берілімі", "98 400"]],
                 "Негізгі көрсеткіштер")
    assert ("loans.total", 98400, "2022") in got
    assert not any(p == "2022" and m == "users.registered" for m, _, p in got)


# -- a statement at the day that closes its year ------------------------------------------

def _dated(*texts: str, period: str = "2022") -> set[tuple]:
    d = paragraphs_doc(*texts)
    d.metadata["period"] = period
    return {(r.values["metric"], r.values["value"], r.values["as_of"])
            for r in facts.extract(d, Config()) if r.table == "facts" and r.values["metric"]}


def test_a_statement_at_the_closing_day_leaves_its_undated_stocks_to_the_period():
    # a stock takes a date from its own sentence or header only; the title's day does not date it
    got = _dated("«Аудандық орталықтандырылған кітапхана жүйесі» КММ",
                 "Кітапхана жүйесінің қызметі туралы мәлімет (01.01.2023 жағдай бойынша)",
                 "Кітапхана желісі: 19 кітапхана.",
                 "Кітап қоры 01.01.2023 жағдай бойынша 214 870 дана.",
                 "Штат бірлігі – 48,5, қызметкерлер саны – 47.")
    assert {("libraries.count", 19, None), ("staff.units", 48.5, None), ("staff.headcount", 47, None),
            ("fund.end", 214870, "2023-01-01")} <= got


@pytest.mark.parametrize("title", [
    "Кітапхана жүйесінің 2022 жылғы қызметі туралы есеп",  # no date
    "Кітапхана жүйесінің қызметі туралы мәлімет (01.07.2022 жағдай бойынша)",  # a date inside the year
])
def test_a_title_with_no_closing_day_dates_nothing(title):
    got = _dated(title, "Кітапхана желісі: 19 кітапхана.", "Штат бірлігі – 48,5, қызметкерлер саны – 47.")
    assert ("libraries.count", 19, None) in got and ("staff.headcount", 47, None) in got


# -- a village library's number before its words ------------------------------------------

def test_a_number_before_a_kazakh_library_is_its_own_not_its_system_s(registry):
    d = paragraphs_doc("Солтүстік Қазақстан облысы Тимирязев аудандық орталықтандырылған кітапхана жүйесі",
                       "№ 5 ауылдық кітапхана (Ақсуат ауылы)",
                       "2023 жылдың бірінші жартыжылдығындағы жұмысы туралы есебі",
                       "Кітапхана 541 оқырманға қызмет көрсетті.", fmt="txt")
    registry.hook.prepare_document(document=d, config=Config())
    assert d.metadata["organization"] == "№ 5 ауылдық кітапхана"
    assert not d.metadata["organization_parent"].endswith("№ 5")


def test_a_russian_library_keeps_its_number_after_its_words():
    # negative: "Детская библиотека № 3" is numbered after its words, as Russian writes it
    d = paragraphs_doc("Детская библиотека № 3", "Отчёт о работе за 2023 год",
                       "Библиотека обслужила 2 140 читателей.", fmt="txt")
    assert metadata.detect_organization(d) == "Детская библиотека № 3"


# -- the staff by education under the dated sentence counting them --------------------------

def _staff_dates(*before: str) -> set[tuple]:
    d = Document(id="t", path="t.docx", format="docx", metadata={"period": "2021"})
    for text in before:
        d.add_block(Block("paragraph", text))
    rows = [["Білімі", "Саны"], ["Жоғары білімді", "26"], ["Арнаулы орта білімді", "15"],
            ["Кітапханалық білімі барлар", "23"]]
    d.add_table(Table([Cell(r, k, x) for r, row in enumerate(rows) for k, x in enumerate(row) if x],
                      Provenance(page=1)))
    return {(r.values["metric"], r.values["value"], r.values["as_of"])
            for r in facts.extract(d, Config()) if r.table == "facts" and r.table_index is not None
            and r.values["metric"]}


def test_the_staff_by_education_at_the_date_of_the_sentence_counting_them():
    got = _staff_dates("01.01.2022 жағдай бойынша ОКЖ-да 46 штат бірлігі бар, 44 қызметкер жұмыс істейді.",
                       "Қызметкерлердің білімі:")
    assert got == {("staff.higher_education", 26, "2022-01-01"), ("staff.library_education", 23, "2022-01-01")}


def test_a_sentence_with_no_balance_day_dates_no_staff_table():
    # negative: a date of an event before the table is no balance day
    got = _staff_dates("12.05.2021 кітапханашылар семинарға қатысты, ОКЖ-да 44 қызметкер жұмыс істейді.",
                       "Қызметкерлердің білімі:")
    assert got == {("staff.higher_education", 26, None), ("staff.library_education", 23, None)}


# -- a village librarian's intake in the first person ---------------------------------------

def test_books_a_librarian_got_in_the_first_person_came_into_the_fund():
    got = _prose("Кітап қорым 12 406 дана. Жартыжылдықта 64 дана кітап алдым, ескірген 120 дана кітапты есептен "
                 "шығардым.", period="2022-H1")
    assert {("fund.end", 12406, None, None), ("fund.received", 64, None, None),
            ("fund.withdrawn", 120, None, None)} <= got
    assert ("fund.end", 64, None, "books") not in got


def test_books_readers_took_to_read_are_no_intake():
    # negative: "алып оқыды" is the readers' loans
    got = _prose("Оқырмандар 8 150 дана кітап алып оқыды.", period="2022")
    assert not any(m == "fund.received" for m, _, _, _ in got)
