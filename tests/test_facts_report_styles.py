"""Facts in report styles the first reports of other systems lacked: an
oblast library telling each indicator in prose with two earlier years in
brackets, a city information report whose indicator rows carry "в т.ч."
sub-rows, a village library's quarter with a money table of expense items,
a numbered monitoring form.  Each rule is stated here in other words and
figures than those reports use."""

from __future__ import annotations

from esep.model import Block, Document
from esep.plugins import metadata

from conftest import prose_facts as _prose
from conftest import table_facts


_table = table_facts


# -- prose ---------------------------------------------------------------------------------

def test_every_earlier_year_in_one_bracket_is_the_same_indicator():
    got = _prose("2022", "Число посещений составило 61 300 (в 2021 году – 58 940, в 2020 году – 40 115).",
                 "Келу жиілігі 6,8 (2021 ж. – 6,5; 2020 ж. – 4,9).")
    assert {("visits.total", 61300, "2022", None, None), ("visits.total", 58940, "2021", None, None),
            ("visits.total", 40115, "2020", None, None), ("ratio.attendance", 6.8, "2022", None, None),
            ("ratio.attendance", 6.5, "2021", None, None), ("ratio.attendance", 4.9, "2020", None, None)} <= got


def test_a_part_after_a_bracketed_year_is_a_part_of_the_figure_before_the_bracket():
    """"980,0 (в 2021 году – 912,4), из них на подписку – 310,5": the
    subscription is a part of this year's money, and money for a
    subscription buys periodicals."""
    got = _prose("2022", "Израсходовано на комплектование 980,0 тыс. руб. (в 2021 году – 912,4 тыс. руб.), "
                         "из них на подписку – 310,5 тыс. руб.",
                 "На подписку направлено 95,0 тыс. руб.")
    assert ("acquisition.budget", 310.5, "2022", None, "periodicals") in got
    assert ("acquisition.budget", 95.0, "2022", None, "periodicals") in got
    assert not any(k[1] == 310.5 and k[2] == "2021" for k in got)


def test_kazakh_parts_in_the_possessive_after_the_whole_in_the_genitive():
    """"Пайдаланушылардың 1 240-ы – балалар, 380-і – жастар": both are groups
    of the readers, the second too though it follows the first part."""
    got = _prose("2021", "Кітапхана 4 900 пайдаланушыға қызмет көрсетті.",
                 "Пайдаланушылардың 1 240-ы – мектеп жасындағы балалар, 380-і – жастар, 210-ы – қашықтан "
                 "тіркелген оқырмандар.")
    assert {("users.children", 1240, "2021", None, None), ("users.youth", 380, "2021", None, None),
            ("users.remote", 210, "2021", None, None)} <= got


def test_remote_users_and_references_given_online_are_named_parts():
    got = _prose("2021", "Зарегистрировано 9 400 пользователей, в том числе 1 150 удалённых.",
                 "Выполнено 4 300 библиографических справок, из них 520 – онлайн.")
    assert {("users.remote", 1150, "2021", None, None),
            ("bibliography.virtual_references", 520, "2021", None, None)} <= got


def test_the_topic_may_be_named_by_the_section_title_alone():
    got = _prose("2020", "4. Библиотечный фонд", "За год списано 2 100 экз. ветхих изданий.",
                 "БАҚ-пен байланыс", "Жыл ішінде 52 материал жарияланды.")
    assert {("fund.withdrawn", 2100, "2020", None, None), ("media.articles", 52, "2020", None, None)} <= got


def test_a_list_of_named_parts_goes_on_past_its_comma():
    got = _prose("2023", "Библиотечный фонд", "Из поступивших документов 3 000 экз. – книги, 1 100 экз. – журналы.")
    assert {("fund.received", 3000, "2023", None, "books"), ("fund.received", 1100, "2023", None, "magazines")} <= got


def test_money_for_the_year_in_a_report_on_a_quarter_and_the_budget_named_alone():
    """"на 2024 год ... выделено" and "2024 жылға ... бөлінді": the whole
    year's money; allotted from the budget for no named purpose, the
    library's budget; for buying books it stays the acquisition money."""
    got = _prose("2024-Q1", "На 2024 год библиотеке из областного бюджета выделено 12 500,0 тыс. тенге.",
                 "Кітап сатып алуға бюджеттен 640,0 мың теңге бөлінді.")
    assert ("finance.budget", 12500.0, "2024", None, None) in got
    assert ("acquisition.budget", 640.0, "2024-Q1", None, None) in got


# -- tables --------------------------------------------------------------------------------

def test_a_topic_named_by_another_row_of_the_table():
    got = _table("2019", ["№", "Показатель", "2019 г."], ["1.", "Фонд на конец года, экз.", "54 300"],
                 ["2.", "Поступило, экз.", "1 900"], ["3.", "Выбыло, экз.", "2 450"],
                 caption="Основные показатели")
    assert {("fund.received", 1900, "2019", None, None), ("fund.withdrawn", 2450, "2019", None, None)} <= got


def test_a_named_part_row_and_the_total_of_a_money_table_its_section_names():
    got = _table("2022", ["Статьи", "Сумма, тыс. тенге"], ["Оплата труда", "3 000,0"],
                 ["Приобретение литературы (комплектование)", "700,0"], ["в т.ч. подписка на газеты и журналы", "250,0"],
                 ["Прочие", "100,0"], ["Итого", "3 800,0"], caption="Финансирование")
    assert {("acquisition.budget", 700.0, "2022", None, None), ("acquisition.budget", 250.0, "2022", None, "periodicals"),
            ("finance.budget", 3800.0, "2022", None, None)} <= got


def test_children_under_the_loans_are_no_child_readers():
    got = _table("2021", ["Показатели", "2021"], ["Число читателей", "8 000"], ["в т.ч. дети", "3 100"],
                 ["Книговыдача", "170 000"], ["в т.ч. детям", "70 000"])
    assert ("users.children", 3100, "2021", None, None) in got
    assert not any(k[1] == 70000 for k in got)


def test_an_of_which_column_of_an_event_table_counts_neither_events_nor_people():
    got = _table("2022", ["Форма", "Кол-во", "в т.ч. для детей", "Участники"], ["Беседы", "40", "25", "800"],
                 ["Всего", "40", "25", "800"], caption="Массовые мероприятия")
    assert {("events.actual", 40, "2022", None, None), ("events.participants", 800, "2022", None, None)} <= got
    assert not any(k[1] == 25 for k in got)


def test_rows_of_events_and_of_staff_named_by_one_word():
    got = _table("2020-H1", ["Показатели", "I полугодие 2020 г."], ["Мероприятия", "57"], ["Работают, чел.", "6"])
    assert {("events.actual", 57, "2020-H1", None, None), ("staff.headcount", 6, "2020-H1", None, None)} <= got


def test_the_row_numbers_of_a_numbered_form_are_no_figures():
    """"1.", "1.1", "2." under a heading OCR misread ("Ne п/п" for "№ п/п"),
    "9," for "9.", or under no heading at all: the numbers of the rows."""
    for head in ("Ne п/п", ""):
        got = _table("2021", [head, "Показатель", "2021 г."], ["1.", "Число пользователей", "5 100"],
                     ["1.1", "в т.ч. дети до 14 лет", "2 050"], ["2.", "Число посещений", "48 000"],
                     ["9,", "Документовыдача", "101 000"] if head else ["3.", "Документовыдача", "101 000"])
        assert got == {("users.registered", 5100, "2021", None, None), ("users.children", 2050, "2021", None, None),
                       ("visits.total", 48000, "2021", None, None), ("loans.total", 101000, "2021", None, None)}


# -- metadata ------------------------------------------------------------------------------

def test_the_district_of_an_organization_after_its_founder():
    d = Document(id="m", path="m.txt", format="txt")
    d.add_block(Block("paragraph", "Отчет КГУ «Централизованная библиотечная система» управления культуры "
                                   "Кокпектинского района за 2020 год"))
    assert metadata.detect_organization(d) == \
        "КГУ «Централизованная библиотечная система» управления культуры Кокпектинского района"


def test_the_head_of_the_label_column_names_the_table():
    """A fund movement table whose section heading says nothing of the fund
    (or OCR damaged it) names its subject in its corner cell: "Кітап қоры"
    over "Барлығы" makes "Түсті" and "Шығарылды" the fund's."""
    rows = (["Кітап қоры", "Жыл басында", "Түсті", "Шығарылды", "Жыл соңында"],
            ["Барлығы", "84 210", "2 015", "1 630", "84 595"])
    got = _table("2021", *rows, caption="2-кесте")
    assert {("fund.start", 84210, "2021", None, None), ("fund.received", 2015, "2021", None, None),
            ("fund.withdrawn", 1630, "2021", None, None), ("fund.end", 84595, "2021", None, None)} <= got
