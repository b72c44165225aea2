"""Facts and event rows of reports in shapes met in other libraries' reports:
books given as gifts told with a word of giving that otherwise names the
loans ("сыйға берілген кітаптар"), Kazakh possessive numerals of the
collective form and with a case ending ("олардың 9-уы", "17-сінің"), money
for buying books set beside the money for periodicals (then the books'
share), the population of the area a library serves, a table row whose
label names its own unit of money under a column of copies, and a list of
forms of events with their counts and people under "Соның ішінде:" with no
header.  Each sentence and table was typed for this file."""

from __future__ import annotations

from conftest import prose_facts as _prose
from esep.model import Block, Cell, Document, Provenance, Table
from esep.plugins.events import stats as event_stats
from esep.plugins.facts import plugin as facts
from esep.registry import Config


def _figures(period: str, *text: str) -> set[tuple]:
    """(metric, value, period, category) of every named figure."""
    return {(k[0], k[1], k[2], k[4]) for k in _prose(period, *text)}


def _table(period: str, rows: list[list[str]]) -> set[tuple]:
    d = Document(id="t", path="t.docx", format="docx", metadata={"period": period})
    d.add_table(Table([Cell(r, k, x) for r, row in enumerate(rows) for k, x in enumerate(row) if x],
                      Provenance(page=1), position=-1))
    return {(r.values["metric"], r.values["value"], r.values["unit"], r.values["category"])
            for r in facts.extract(d, Config()) if r.table == "facts" and r.values.get("source") == "table"}


# -- gifts told with a word of giving --------------------------------------------------------------------------------

def test_books_given_as_gifts_are_received_gifts_not_loans():
    got = _figures("2023", "Жыл ішінде қорға 2 450 дана құжат түсті, оның 380 данасы сыйға берілген кітаптар.")
    assert got == {("fund.received", 2450.0, "2023", None), ("fund.received", 380.0, "2023", "gifts")}


def test_books_sponsors_gave_or_received_as_presents_are_gifts():
    assert ("fund.received", 95.0, "2023", "gifts") in _figures(
        "2023", "Қорға 1 120 дана кітап келді, оның 95 данасы демеушілер берген кітаптар.")
    assert ("fund.received", 60.0, "2023", "gifts") in _figures(
        "2023", "Қорға 1 120 дана кітап келді, оның 60 данасы сыйлыққа алынған кітаптар.")


def test_books_lent_to_readers_stay_loans():
    assert _figures("2023", "Оқырмандарға 52 300 дана кітап берілді.") == {("loans.total", 52300.0, "2023", None)}
    # books the library handed out as presents came into no fund and are no loans
    assert _figures("2023", "Байқау жеңімпаздарына 15 кітап сыйға берілді.") == set()


# -- possessive numerals -----------------------------------------------------------------------------------------------

def test_a_collective_possessive_counts_the_libraries_with_internet():
    got = _figures("2023", "Ауданда 14 кітапхана жұмыс істейді. Олардың 9-уы Интернетке қосылған.")
    assert ("libraries.internet", 9.0, "2023", None) in got


def test_a_possessive_with_a_case_ending_counts_the_staff_with_higher_education():
    got = _figures("2023", "Кітапханада 28 қызметкер жұмыс істейді, 17-сінің жоғары білімі бар.")
    assert got == {("staff.headcount", 28.0, "2023", None), ("staff.higher_education", 17.0, "2023", None)}


# -- money for books beside money for periodicals --------------------------------------------------------------------

def test_money_for_books_beside_money_for_periodicals_is_the_books_share():
    got = _figures("2023", "На приобретение книг выделено 820,5 тыс. руб., на подписку периодических изданий – "
                           "214,0 тыс. руб.")
    assert got == {("acquisition.budget", 820.5, "2023", "books"),
                   ("acquisition.budget", 214.0, "2023", "periodicals")}
    got = _figures("2023", "Кітап сатып алуға 3 100 мың теңге, мерзімді басылымдарға жазылуға 640 мың теңге бөлінді.")
    assert ("acquisition.budget", 3100.0, "2023", "books") in got


def test_money_for_books_alone_is_the_whole_acquisition_budget():
    assert _figures("2023", "На приобретение книг выделено 820,5 тыс. руб.") == {
        ("acquisition.budget", 820.5, "2023", None)}
    # copies of periodicals beside it are no money for another kind
    got = _figures("2023", "Кітап сатып алуға 3 100 мың теңге бөлінді, 420 дана мерзімді басылым алынды.")
    assert ("acquisition.budget", 3100.0, "2023", None) in got


def test_table_rows_of_money_for_books_and_for_subscription():
    rows = [["Қаржыландыру", "мың теңге"], ["Кітап сатып алуға", "4 800,0"], ["Мерзімді басылымдарға жазылу", "950,5"]]
    assert _table("2023", rows) == {("acquisition.budget", 4800.0, "thousand_kzt", "books"),
                                    ("acquisition.budget", 950.5, "thousand_kzt", "periodicals")}
    assert _table("2023", rows[:2]) == {("acquisition.budget", 4800.0, "thousand_kzt", None)}


# -- population served --------------------------------------------------------------------------------------------------

def test_the_population_of_the_area_served():
    assert _figures("2023", "Население обслуживаемой территории составляет 52 300 человек.") == {
        ("population.served", 52300.0, "2023", None)}


# -- a row's own unit ---------------------------------------------------------------------------------------------------

def test_a_row_naming_its_unit_of_money_under_a_column_of_copies():
    got = _table("2023", [["Показатель", "экз."], ["Поступило документов", "3 870"],
                          ["Объём средств на комплектование, тыс. руб.", "965,0"]])
    assert got == {("fund.received", 3870.0, "copies", None), ("acquisition.budget", 965.0, "thousand_rub", None)}


# -- a list of forms with counts and people --------------------------------------------------------------------------

def _listed_doc(before: str, lead: str, rows: list[list[str]]) -> Document:
    d = Document(id="x", path="x.pdf", format="pdf", metadata={"period": "2024"})
    d.add_block(Block("paragraph", before))
    d.add_block(Block("paragraph", lead))
    d.add_table(Table([Cell(r, k, x, provenance=Provenance(page=1)) for r, row in enumerate(rows)
                       for k, x in enumerate(row)], Provenance(page=1), position=1))
    return d


_FORMS = [["Кітап көрмелері", "52", "1 340"], ["Әңгімелер", "40", "910"], ["Викториналар", "21", "615"],
          ["Басқа іс-шаралар", "30", "780"]]


def _rows(d: Document) -> list[tuple]:
    return [(r.values["label"], r.values["event_type"], r.values["actual"], r.values["participants"])
            for r in event_stats.extract(d, Config()) if r.table == "event_stats"]


def test_a_list_of_forms_with_counts_and_people_under_of_which():
    rows = _rows(_listed_doc("Жыл бойы 143 іс-шара өткізілді, оларға 3 645 адам қатысты.", "Соның ішінде:", _FORMS))
    assert ("Кітап көрмелері", "exhibition.book", 52, 1340) in rows
    assert ("Викториналар", "quiz", 21, 615) in rows
    assert ("Басқа іс-шаралар", None, 30, 780) in rows
    assert len(rows) == 4


def test_such_a_list_after_a_sentence_naming_no_people_gives_no_rows():
    assert _rows(_listed_doc("Жыл бойы 143 іс-шара өткізілді.", "Соның ішінде:", _FORMS)) == []
