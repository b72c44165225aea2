"""Facts and event rows in shapes four more reports of other systems brought
in: control indicators listed under a line that names their period (a
quarter's figures, then the same "с нарастающим итогом"), balances of the
year to date in a quarter's report, a part with a period of its own, two
counted things joined by "и", stocks dated at the head of their sentence,
groups of libraries (rural, urban) as parts of a figure, a fund table whose
rows carry the dates, and event tables by direction of work and with a
year-to-date column.  Each rule is stated here in other words and figures
than those reports use."""

from __future__ import annotations

from esep.model import Block, Cell, Document, Provenance, Table
from esep.plugins.events import stats as event_stats
from esep.plugins.facts import plugin as facts
from esep.plugins.lang.periods import period_from_code, year_to_date
from esep.registry import Config

from conftest import prose_facts as _prose
from test_event_stats import doc_of, rows_of, table_of


def _table(period: str, *rows: list[str]) -> set:
    d = Document(id="t", path="t.docx", format="docx", metadata={"period": period})
    d.add_table(Table([Cell(r, k, x) for r, row in enumerate(rows) for k, x in enumerate(row) if x],
                      Provenance(page=1)))
    return {facts.fact_key(r.values) for r in facts.extract(d, Config())
            if r.table == "facts" and r.values["metric"]}


def _blocks(period: str, *blocks: tuple[str, str]) -> set:
    """Facts of blocks given as (kind, text): a loader may call a short line a heading."""
    d = Document(id="b", path="b.txt", format="txt", metadata={"period": period})
    for kind, text in blocks:
        d.add_block(Block(kind, text))
    return {facts.fact_key(r.values) for r in facts.extract(d, Config())
            if r.table == "facts" and r.values["metric"]}


# -- periods ------------------------------------------------------------------------------

def test_the_year_to_date_of_each_part_of_the_year():
    assert [year_to_date(period_from_code(c)).code for c in ("2021-Q1", "2021-Q2", "2021-Q3", "2021-Q4", "2021-H2",
                                                             "2021-9M", "2021")] == \
        ["2021-Q1", "2021-H1", "2021-9M", "2021", "2021", "2021-9M", "2021"]
    assert year_to_date(None) is None


# -- lists under a line naming their period -------------------------------------------------

def test_a_list_of_indicators_takes_the_period_of_the_line_that_leads_it():
    """"За II квартал 2023 г.:" then "Читатели – 1 480", and "С начала года:"
    then the same indicators since January (the first half-year)."""
    got = _blocks("2023-Q2", ("paragraph", "За II квартал 2023 г.:"), ("paragraph", "Читатели – 1 480 чел."),
                  ("paragraph", "Книговыдача – 30 115 экз."), ("paragraph", "С начала года:"),
                  ("paragraph", "Читатели – 4 020 чел."), ("heading", "Книговыдача – 88 760 экз."),
                  ("paragraph", "Читаемость – 22,1"))
    assert {("users.registered", 1480, "2023-Q2", None, None), ("loans.total", 30115, "2023-Q2", None, None),
            ("users.registered", 4020, "2023-H1", None, None), ("loans.total", 88760, "2023-H1", None, None),
            ("ratio.reading", 22.1, "2023-H1", None, None)} <= got
    assert not any(k[1] in (4020, 88760, 22.1) and k[2] == "2023-Q2" for k in got)


def test_a_kazakh_lead_line_and_the_end_of_its_list():
    """"2022 жылдың қаңтар – қыркүйек айлары:" leads nine months; a sentence
    after the list is the report's own period again."""
    got = _blocks("2022-Q3", ("paragraph", "2022 жылдың қаңтар – қыркүйек айлары:"),
                  ("paragraph", "Пайдаланушылар – 6 310"), ("paragraph", "Құжат беру – 120 400 дана"),
                  ("paragraph", "Тоқсан ішінде кітапханаларға 2 140 оқырман тіркелді, олар 41 200 дана құжат алды."))
    assert {("users.registered", 6310, "2022-9M", None, None), ("loans.total", 120400, "2022-9M", None, None),
            ("users.registered", 2140, "2022-Q3", None, None)} <= got


def test_a_line_ending_in_a_colon_that_names_no_period_leads_nothing():
    got = _blocks("2023-Q2", ("paragraph", "Основные показатели:"), ("paragraph", "Посещения – 12 600"))
    assert ("visits.total", 12600, "2023-Q2", None, None) in got


# -- the year to date in prose --------------------------------------------------------------

def test_balances_on_the_first_of_january_and_at_the_quarters_end_in_a_quarter_report():
    """In a report on the third quarter, "на 01.01.2023" opens the year, and
    the balance at the quarter's end after movements counted "с начала года"
    closes the nine months."""
    got = _prose("2023-Q3", "На 01.01.2023 фонд составлял 88 400 экз. С начала года поступило 2 050 экз., "
                            "выбыло 950 экз. На 01.10.2023 фонд составил 89 500 экз.")
    assert {("fund.start", 88400, "2023-9M", None, None), ("fund.received", 2050, "2023-9M", None, None),
            ("fund.withdrawn", 950, "2023-9M", None, None), ("fund.end", 89500, "2023-9M", None, None)} <= got


def test_a_part_naming_its_own_period_and_the_clause_after_it():
    """"с начала года поступило 5 300 экз., из них во II квартале – 2 100 экз.;
    выбыло 700 экз.": the part is the quarter's, the withdrawn the half-year's."""
    got = _prose("2024-Q2", "С начала года в фонд поступило 5 300 экз., из них во II квартале – 2 100 экз.; "
                            "выбыло 700 экз.")
    assert {("fund.received", 5300, "2024-H1", None, None), ("fund.received", 2100, "2024-Q2", None, None),
            ("fund.withdrawn", 700, "2024-H1", None, None)} <= got


def test_a_figure_outside_brackets_that_name_the_year_to_date_is_of_the_report():
    got = _prose("2023-Q3", "С начала года выдано 44 000 экз.",
                 "В электронный каталог внесено 820 записей (с начала года – 2 460).")
    assert {("catalog.records", 820, "2023-Q3", None, None), ("catalog.records", 2460, "2023-9M", None, None)} <= got


def test_two_counted_things_joined_by_and_each_count_their_own_noun():
    """"2 010 справок и 730 консультаций": the consultations are no references."""
    got = _prose("2022", "За год выполнено 2 010 справок и 730 консультаций.",
                 "Оқырмандарға 940 анықтама және 215 кеңес берілді.")
    assert ("bibliography.references", 2010, "2022", None, None) in got
    assert not any(k[1] in (730, 215) for k in got)


def test_a_date_heading_a_sentence_dates_each_of_its_stocks():
    got = _prose("2022", "На 01.01.2023 в библиотеках работали 52 человека, из них 30 с высшим образованием, "
                         "21 с библиотечным образованием.")
    assert {("staff.headcount", 52, "2023-01-01", None, None), ("staff.higher_education", 30, "2023-01-01", None, None),
            ("staff.library_education", 21, "2023-01-01", None, None)} <= got


def test_a_part_after_a_bracketed_date_is_a_part_of_the_figure_before_the_bracket():
    got = _prose("2023-H1", "01.07.2023 ж. жағдайы бойынша кітап қоры – 74 300 дана (01.01.2023 ж. – 73 900 дана), "
                            "оның ішінде мемлекеттік тілде – 40 120 дана.")
    assert ("fund.end", 40120, "2023-H1", "kk", None) in got
    assert not any(k[0] == "fund.start" and k[1] == 40120 for k in got)


def test_the_state_order_is_of_books_and_no_part_of_them():
    got = _prose("2020", "Мемлекеттік тапсырыс бойынша 860 дана кітап сатып алынды.")
    assert ("state_order.copies", 860, "2020", None, None) in got


def test_other_labels_of_visits_youth_and_the_press():
    got = _prose("2021", "Жыл ішінде келім саны 48 200 болды.",
                 "Тіркелген 5 100 оқырманның ішінде балалар – 2 300, жастар – 980.",
                 "О работе библиотек в средствах массовой информации вышла 41 публикация.")
    assert {("visits.total", 48200, "2021", None, None), ("users.youth", 980, "2021", None, None),
            ("media.articles", 41, "2021", None, None)} <= got


# -- groups of libraries --------------------------------------------------------------------

def test_a_group_of_libraries_is_a_part_of_the_figure_before_it_in_any_case():
    got = _prose("2021", "Обслужено 11 200 пользователей, в том числе сельскими библиотеками – 6 050. "
                         "Посещений – 90 400; в сельских библиотеках – 51 300. Выдано 240 100 экз., из них "
                         "в городских библиотеках – 118 000 экз.")
    assert {("users.registered", 6050, "2021", None, "branch:сельские библиотеки"),
            ("visits.total", 51300, "2021", None, "branch:сельские библиотеки"),
            ("loans.total", 118000, "2021", None, "branch:городские библиотеки")} <= got
    assert ("users.registered", 11200, "2021", None, None) in got


def test_a_single_library_is_no_group():
    got = _prose("2021", "Обслужено 3 200 пользователей, в том числе сельская библиотека – 410.")
    assert not any(k[4] and k[4].startswith("branch:") for k in got)


def test_a_fund_table_with_a_column_of_a_group_and_dates_in_its_rows():
    got = _table("2022", ["Движение фонда", "Всего", "в т.ч. ауылдық кітапханаларда"],
                 ["Состоит на 01.01.2022", "120 400", "61 200"], ["Поступило", "3 100", "1 400"],
                 ["Выбыло", "2 500", "1 900"], ["Состоит на 01.01.2023", "121 000", "60 700"])
    g = "branch:ауылдық кітапханалар"
    assert {("fund.start", 120400, "2022", None, None), ("fund.received", 3100, "2022", None, None),
            ("fund.end", 121000, "2022", None, None), ("fund.start", 61200, "2022", None, g),
            ("fund.received", 1400, "2022", None, g), ("fund.withdrawn", 1900, "2022", None, g),
            ("fund.end", 60700, "2022", None, g)} <= got
    assert not any(k[0].startswith("libraries.") for k in got)


# -- event tables ---------------------------------------------------------------------------

def test_rows_under_a_direction_header_get_no_event_type_and_are_listed_for_review():
    rows = [["Направления работы", "Мероприятий", "Участников"],
            ["Экологическое воспитание", "12", "300"], ["Продвижение книги и чтения", "40", "1 100"],
            ["Литературные вечера", "5", "150"], ["Итого", "57", "1 550"]]
    recs = list(event_stats.extract(doc_of(table_of(rows), period="2021"), Config()))
    got = {r.values["label"]: r.values for r in rows_of(recs)}
    assert [got[x]["event_type"] for x in ("Экологическое воспитание", "Продвижение книги и чтения",
                                          "Литературные вечера")] == [None, None, None]
    assert got["Итого"]["event_type"] == "total" and got["Итого"]["actual"] == 57
    listed = {r.values["term"] for r in recs if r.table == "unmatched_terms"}
    assert {"Экологическое воспитание", "Продвижение книги и чтения", "Литературные вечера"} <= listed


def test_the_same_forms_under_a_form_header_keep_their_types():
    rows = [["Формы работы", "Мероприятий", "Участников"], ["Литературные вечера", "5", "150"],
            ["Итого", "5", "150"]]
    recs = list(event_stats.extract(doc_of(table_of(rows), period="2021"), Config()))
    assert {r.values["label"]: r.values["event_type"] for r in rows_of(recs)}["Литературные вечера"] == "hour.literary"


def test_a_year_to_date_column_beside_the_quarter():
    rows = [["Форма", "IV квартал", "Жыл басынан бері"],
            ["саны", "қатысушылар", "саны", "қатысушылар"],
            ["Кітап көрмелері", "9", "210", "35", "800"], ["Викториналар", "3", "60", "11", "240"],
            ["Барлығы", "12", "270", "46", "1 040"]]
    spans = {(0, 0): (2, 1), (0, 1): (1, 2), (0, 3): (1, 2)}
    recs = list(event_stats.extract(doc_of(table_of(rows, spans), period="2020-Q4"), Config()))
    got = {(r.values["label"], r.values["period"]): (r.values["actual"], r.values["participants"])
           for r in rows_of(recs)}
    assert got[("Кітап көрмелері", "2020-Q4")] == (9, 210) and got[("Кітап көрмелері", "2020")] == (35, 800)
    assert got[("Барлығы", "2020")] == (46, 1040)
