"""Kazakh reports of other libraries: users and staff told with the noun after
the figure ("21 640 пайдаланушы тіркелді", "Кадрлар: кітапханада 23
қызметкер"), staff let go told with a converb, the gifts in a list of the
sources of what came in, books bought under the state task ("мемлекеттік
тапсырма") in prose and in a table under its caption, a fund movement with
the heads "Түсті | Шықты | Қалды" and a column of gifts, the sum spent
beside the sum allocated, and a letter's note of what it sends."""

from __future__ import annotations

import pytest

from esep.model import Block, Cell, Document, Provenance, Table
from esep.plugins.facts import plugin as facts
from esep.registry import Config


def _records(period: str, paragraphs: tuple[str, ...] = (), rows: list[list[str]] | None = None) -> list[dict]:
    d = Document(id="k", path="k.docx", format="docx", metadata={"period": period})
    for x in paragraphs:
        d.add_block(Block("paragraph", x, Provenance(page=1)))
    if rows is not None:
        d.add_table(Table([Cell(r, k, x) for r, row in enumerate(rows) for k, x in enumerate(row) if x],
                          Provenance(page=1)))
    return [dict(r.values, evidence=r.evidence) for r in facts.extract(d, Config()) if r.table == "facts"]


def _named(period: str, paragraphs: tuple[str, ...] = (), rows: list[list[str]] | None = None) -> set[tuple]:
    return {(v["metric"], v["value"], v["period"], v["category"], v["evidence"])
            for v in _records(period, paragraphs, rows) if v["metric"]}


def _text(period: str, *paragraphs: str) -> set[tuple]:
    """(metric, value, period, category) of the prose facts, the evidence aside (a sentence)."""
    return {k[:4] for k in _named(period, paragraphs)}


# -- the noun after the figure ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", ["Есепті кезеңде кітапханада 18 620 пайдаланушы тіркелді.",
                                      "Тоғыз айда аудан кітапханаларында 18 620 пайдаланушы тіркелді."])
def test_users_registered_told_as_users_registered(sentence):
    assert ("users.registered", 18620, "2024-9M", None) in _text("2024-9M", sentence)


def test_new_users_registered_are_no_count_of_users():
    got = _text("2024-9M", "Тоғыз айда 1 240 жаңа пайдаланушы тіркелді.")
    assert not any(k[0] == "users.registered" for k in got)


def test_the_staff_of_a_library_after_a_sections_word_and_a_colon():
    got = _text("2024", "Кадрлар: кітапханада 23 қызметкер, оның ішінде 19 кітапханашы; 15-і жоғары білімді.")
    assert ("staff.headcount", 23, "2024", None) in got
    assert ("staff.headcount", 19, "2024", "librarians") in got


def test_staff_let_go_told_with_a_converb():
    got = _text("2024", "Жыл ішінде 3 қызметкер жұмыстан шығып, 4 маман қабылданды.")
    assert ("staff.dismissed", 3, "2024", None) in got
    assert ("staff.hired", 4, "2024", None) in got


# -- gifts in the list of sources -------------------------------------------------------------------------------------

def test_gifts_in_the_list_of_the_sources_of_what_came_in():
    got = _text("2024", "Есепті жылы қорға 9 870 дана құжат түсті: сатып алынғаны – 6 115 дана, сыйға берілгені – "
                        "2 430 дана, жазылым арқылы – 1 325 дана.")
    assert ("fund.received", 9870, "2024", None) in got
    assert ("acquisition.copies", 6115, "2024", None) in got
    assert ("fund.received", 2430, "2024", "gifts") in got
    assert not any(k[1] == 1325 for k in got)


def test_books_given_to_winners_are_no_gifts_to_the_fund():
    got = _text("2024", "Кітап беру 45 000 дана болды, байқау жеңімпаздарына 12 дана кітап сыйға берілді.")
    assert not any(k[1] == 12 for k in got)


# -- the state's order and the state's task ---------------------------------------------------------------------------

def test_books_bought_under_the_state_task_are_no_state_order():
    # "мемлекеттік тапсырма" is the task of the whole library (its services and money), "тапсырыс" the order of books
    got = _text("2024", "Мемлекеттік тапсырма бойынша 39 000 оқырманға қызмет көрсету жоспарланды, нақты 39 115 "
                        "оқырман тіркелді. Мемлекеттік тапсырманы орындауға бөлінген қаржы – 186,4 млн теңге, жыл "
                        "соңына дейін 186,1 млн теңге игерілді (99,8 %).")
    assert not any(k[0].startswith("state_order.") for k in got)
    assert ("finance.budget", 186.1, "2024", None) in got


_BOUGHT_ROWS = [["Көрсеткіш", "Жоспар", "Нақты", "%"],
                ["Сатып алынған кітаптар, дана", "2 800", "2 845", "101,6"],
                ["Сомасы, мың теңге", "9 800,0", "9 795,3", "99,9"],
                ["Тіркелген оқырмандар, адам", "24 000", "24 315", "101,3"]]


@pytest.mark.parametrize("caption", [
    "Мемлекеттік тапсырыс бойынша кітап сатып алу",
    # a PDF's reading joined the caption to the paragraph before it
    "Халықты кітапханалық қызметпен қамту – 28,1 %. Мемлекеттік тапсырыс бойынша кітап сатып алу"])
def test_a_table_under_the_state_orders_caption(caption):
    got = _named("2024", (caption,), _BOUGHT_ROWS)
    assert ("state_order.copies", 2845, "2024", None, "2 845") in got
    assert ("state_order.budget", 9795.3, "2024", None, "9 795,3") in got
    assert ("users.registered", 24315, "2024", None, "24 315") in got
    assert not any(k[1] in (2800, 9800.0) or k[0].startswith("acquisition.") for k in got)


def test_the_sum_under_the_copies_bought_is_their_money():
    got = _named("2024", ("Мемлекеттік тапсырманың орындалуы",), _BOUGHT_ROWS)
    assert ("acquisition.copies", 2845, "2024", None, "2 845") in got
    assert ("acquisition.budget", 9795.3, "2024", None, "9 795,3") in got
    assert not any(k[0].startswith("state_order.") for k in got)


def test_a_sum_under_another_row_names_nothing():
    rows = [["Көрсеткіш", "2023", "2024"], ["Оқырмандар", "24 000", "24 315"], ["Сомасы, мың теңге", "9 800,0", "9 795,3"]]
    got = _named("2024", ("Көрсеткіштер",), rows)
    assert not any(k[1] in (9800.0, 9795.3) for k in got)


# -- fund movement: Түсті | оның ішінде сыйға | Шықты | Қалды -----------------------------------------------------------

_FLOW_ROWS = [["Басылым түрі", "Түсті", "оның ішінде сыйға", "Шықты", "Қалды (01.07.2025)"],
              ["Кітаптар", "2 915", "840", "1 730", "236 410"],
              ["Журналдар мен газеттер", "1 060", "–", "960", "8 245"],
              ["Барлығы", "4 000", "845", "2 690", "245 045"]]


def test_a_fund_movement_with_went_out_and_a_column_of_gifts():
    got = _named("2025-H1", ("Қордың қозғалысы",), _FLOW_ROWS)
    assert ("fund.withdrawn", 1730, "2025-H1", "books", "1 730") in got
    assert ("fund.withdrawn", 2690, "2025-H1", None, "2 690") in got
    assert ("fund.received", 845, "2025-H1", "gifts", "845") in got
    # journals and newspapers together are the periodicals
    assert ("fund.received", 1060, "2025-H1", "periodicals", "1 060") in got
    assert ("fund.end", 8245, "2025-H1", "periodicals", "8 245") in got
    # the books given as gifts: two categories at once, no named fact
    assert not any(k[1] == 840 for k in got)


def test_a_row_of_what_went_out_between_the_in_and_the_balance():
    rows = [["", "Барлығы", "Кітаптар"], ["Жыл басында", "10 000", "9 000"], ["Түсті", "4 000", "845"],
            ["Шықты", "2 690", "2 000"], ["Жыл соңында", "11 310", "7 845"]]
    got = _named("2024", ("Қордың қозғалысы",), rows)
    assert ("fund.withdrawn", 2690, "2024", None, "2 690") in got
    assert ("fund.withdrawn", 2000, "2024", "books", "2 000") in got


def test_a_book_that_came_out_in_prose_left_no_fund():
    got = _text("2024", "Клуб мүшелерінің өлеңдер жинағы 48 бетпен, 150 дана таралыммен шықты.")
    assert not any(k[0] == "fund.withdrawn" for k in got)


def test_newspapers_alone_stay_newspapers():
    rows = [["Басылым түрі", "Түсті", "Шықты"], ["Газеттер", "1 060", "960"], ["Барлығы", "4 000", "2 690"]]
    got = _named("2025-H1", ("Қордың қозғалысы",), rows)
    assert ("fund.received", 1060, "2025-H1", "newspapers", "1 060") in got


# -- the sum spent beside the sum allocated ---------------------------------------------------------------------------

def test_in_a_report_of_a_year_the_allocated_sum_beside_the_spent_is_the_plan():
    got = _text("2024", "2024 жылы жүйеге бюджеттен 312 640,0 мың теңге бөлінді, игерілгені – 312 598,4 мың теңге "
                        "(99,9 %).")
    assert got == {("finance.budget", 312598.4, "2024", None)}


def test_in_a_report_of_a_year_an_allocation_alone_is_the_budget():
    got = _text("2024", "2024 жылы жүйеге бюджеттен 312 640,0 мың теңге бөлінді.")
    assert got == {("finance.budget", 312640.0, "2024", None)}
    # spent in full, with no sum of its own: the allocation stays
    got = _text("2024", "Кітапхана қорын толықтыруға 12 450,0 мың теңге бөлінді, қаржы толық игерілді.")
    assert got == {("acquisition.budget", 12450.0, "2024", None)}


def test_in_a_half_year_the_years_allocation_and_the_half_years_spending():
    got = _text("2025-H1", "2025 жылға бюджеттен бөлінген қаржы – 131 570,0 мың теңге, игерілгені – 64 215,8 мың теңге.")
    assert ("finance.budget", 131570.0, "2025", None) in got
    assert ("finance.budget", 64215.8, "2025-H1", None) in got


# -- a letter's note of what it sends ---------------------------------------------------------------------------------

@pytest.mark.parametrize("line", ["Қосымша: іс-шаралар жоспары, 2 бет.", "Приложение: на 3 стр."])
def test_the_pages_a_letter_sends_are_nothing_digitized(line):
    assert not any(v["metric"] for v in _records("2025-Q1", (line,)))


def test_digitized_pages_stay_digitized():
    got = _text("2024", "Сирек кітаптардан 412 құжат (18 640 бет) цифрландырылды.")
    assert ("digitization.pages", 18640, "2024", None) in got


def test_money_the_budget_provides_for_in_a_half_year_is_the_years():
    got = _text("2025-H1", "2025 жылға бюджеттен 86 420,0 мың теңге бөлінген, жарты жылда игерілгені – 41 870,5 мың "
                           "теңге. Кітап сатып алуға 3 150,0 мың теңге қарастырылған.")
    assert ("acquisition.budget", 3150.0, "2025", None) in got
    # money spent in the half-year stays the half-year's
    got = _text("2025-H1", "Жарты жылда кітап сатып алуға 1 200,0 мың теңге жұмсалды.")
    assert ("acquisition.budget", 1200.0, "2025-H1", None) in got
