"""Facts of reports written by others: event tables headed by units, total
words inside an indicator's label, rows that count libraries, Latin-script
Kazakh however it is typed, and the scorer's conventions (figures the gold
names by no metric, balances dated a boundary of their period)."""

from __future__ import annotations

import sqlite3

from esep.model import Block, Cell, Document, Provenance, Table
from esep.plugins.facts import plugin as facts
from esep.registry import Config

from conftest import prose_facts as _prose


def _doc(period: str, *rows: list[str], caption: str | None = None) -> Document:
    d = Document(id="u", path="u.docx", format="docx", metadata={"period": period})
    if caption:
        d.add_block(Block("paragraph", caption, Provenance(page=1)))
    d.add_table(Table([Cell(r, k, x) for r, row in enumerate(rows) for k, x in enumerate(row) if x],
                      Provenance(page=1)))
    return d


def _named(period: str, *rows: list[str], caption: str | None = None) -> set:
    recs = facts.extract(_doc(period, *rows, caption=caption), Config())
    return {facts.fact_key(r.values) for r in recs if r.table == "facts" and r.values["metric"]}


def test_event_table_columns_headed_by_their_units():
    """"мероприятий / чел." under each period: the total row gives the events
    held and their participants; rows of event types are no facts."""
    got = _named("2020-Q2",
                 ["Формы работы", "II кв. 2019 г.", "", "II кв. 2020 г.", ""],
                 ["", "мероприятий", "чел.", "мероприятий", "чел."],
                 ["Выставки", "12", "240", "9", "198"],
                 ["Громкие чтения", "4", "61", "6", "80"],
                 ["Итого", "16", "301", "15", "278"], caption="Массовая работа")
    assert got == {("events.actual", 16, "2019-Q2", None, None), ("events.participants", 301, "2019-Q2", None, None),
                   ("events.actual", 15, "2020-Q2", None, None), ("events.participants", 278, "2020-Q2", None, None)}


def test_kazakh_event_table_with_adam_and_latin_is_shara_columns():
    got = _named("2019-H1",
                 ["Шаралар", "2018 ж. І ж/ж", "", "2019 ж. І ж/ж", ""],
                 ["", "саны", "адам", "саны", "адам"],
                 ["Кітап көрмесі", "20", "410", "22", "455"],
                 ["Барлығы:", "20", "410", "22", "455"], caption="Іс-шаралар (түрлері бойынша)")
    assert ("events.participants", 455, "2019-H1", None, None) in got
    assert ("events.actual", 22, "2019-H1", None, None) in got
    got = _named("2022",
                 ["Jūmys türleri", "2021 j.", "", "2022 j.", ""],
                 ["", "is-şara", "qatysty", "is-şara", "qatysty"],
                 ["Kitap körmesi", "17", "310", "8", "150"],
                 ["Barlyğy", "17", "310", "8", "150"], caption="Is-şaralar")
    assert {("events.actual", 8, "2022", None, None), ("events.participants", 150, "2022", None, None)} <= got


def test_total_word_inside_an_indicator_label_and_rows_counting_libraries():
    got = _named("2017",
                 ["Показатели", "2016 г.", "2017 г."],
                 ["Посещений, всего", "98 400", "101 250"],
                 ["Библиотеки", "14", "14"],
                 ["Подключено к сети Интернет", "9", "11"],
                 ["Объём фонда, экз.", "210 400", "211 030"])
    assert ("visits.total", 101250, "2017", None, None) in got
    assert ("libraries.count", 14, "2017", None, None) in got
    assert ("libraries.internet", 11, "2017", None, None) in got
    assert ("libraries.count", 11, "2017", None, None) not in got
    assert ("fund.end", 211030, "2017", None, None) in got


def test_total_of_documents_in_a_table_of_the_funds_movement():
    """"Всего документов" under "Состояло на | Поступило | Выбыло | Состоит на"
    beneath "Движение фонда": the total of the fund in each column, not the
    digitized documents (no digitization is spoken of)."""
    got = _named("2023",
                 ["", "Состояло на 01.01.2023", "Поступило", "Выбыло", "Состоит на 01.01.2024"],
                 ["Всего документов", "230 400", "4 100", "6 300", "228 200"], caption="Движение фонда")
    assert {(k[0], k[1]) for k in got} == {("fund.start", 230400), ("fund.received", 4100),
                                          ("fund.withdrawn", 6300), ("fund.end", 228200)}
    # where digitization is the topic, the same words name the digitized documents
    got = _named("2023", ["Показатель", "2023"], ["Всего документов", "1 250"], caption="Оцифровка фонда")
    assert {k[0] for k in got} == {"digitization.documents"}


def test_kazakh_indicator_table_document_fund_and_libraries():
    got = _named("2016-H1",
                 ["Атауы", "2015 ж. І ж/ж", "2016 ж. І ж/ж"],
                 ["Кітапханалар", "18", "18"],
                 ["Келушілер саны (барлығы)", "84 000", "86 120"],
                 ["Құжаттар қоры", "190 300", "191 005"],
                 ["Интернетке қосылған кітапхана саны", "5", "7"])
    assert {("libraries.count", 18, "2015-H1", None, None), ("visits.total", 86120, "2016-H1", None, None),
            ("fund.end", 191005, "2016-H1", None, None), ("libraries.internet", 7, "2016-H1", None, None)} <= got


def test_latin_kazakh_typed_with_y_for_y_and_i_for_three_letters():
    """2021 letters (ş ğ ñ) with y for ы and i for і, и, й, as people type it."""
    got = _named("2023",
                 ["Körsetkişter", "2022 j.", "2023 j."],
                 ["Kitaphanağa kelu jiiligi", "9,2", "9,6"],
                 ["Qor ainalymy", "1,1", "1,2"],
                 ["Ortaşa oqylym", "17,0", "17,4"])
    assert {("ratio.attendance", 9.6, "2023", None, None), ("ratio.turnover", 1.2, "2023", None, None),
            ("ratio.reading", 17.4, "2023", None, None)} <= got
    got = _named("2023", ["", "Jyl basyndağy qor", "Tüskeni", "Şyğaryldy", "Jyl soñyndağy qor"],
                 ["dana", "120 000", "3 000", "2 000", "121 000"])
    assert {(m, v) for m, v, *_ in got} == {("fund.start", 120000), ("fund.received", 3000),
                                            ("fund.withdrawn", 2000), ("fund.end", 121000)}


# -- the scorer -----------------------------------------------------------------------

def _scored(rows: list[tuple], gold: dict) -> dict:
    conn = sqlite3.connect(":memory:")
    conn.execute("create table facts (document_id, metric, value, period, as_of, language, category, label_key)")
    conn.executemany("insert into facts values ('d', ?, ?, ?, ?, ?, ?, ?)", rows)
    return facts.score_facts(conn, "d", gold)


def test_balance_dated_a_boundary_of_its_period_is_of_the_period():
    assert facts.fact_when({"metric": "fund.start", "period": "2019", "as_of": "2019-01-01"}) == "2019"
    assert facts.fact_when({"metric": "fund.end", "period": "2019-H1", "as_of": "2019-07-01"}) == "2019-H1"
    assert facts.fact_when({"metric": "fund.end", "period": "2019-H1", "as_of": "2019-06-30"}) == "2019-H1"
    assert facts.fact_when({"metric": "fund.end", "period": "2019-H1", "as_of": "2019-04-01"}) == "2019-04-01"
    assert facts.fact_when({"metric": "staff.headcount", "period": "2019", "as_of": "2020-01-01"}) == "2020-01-01"


def test_figures_the_gold_names_by_no_metric_count_on_both_sides():
    gold = {"metrics": ["users.registered"], "records": [
        {"metric": "users.registered", "value": 5000, "period": "2020"},
        {"metric": None, "value": 27, "period": "2020", "label": "Количество компьютеров"},
        {"metric": None, "value": 3, "period": "2020", "label": "Клубы"}]}
    s = _scored([("users.registered", 5000, "2020", None, None, None, None),
                 (None, 27, "2020", None, None, None, "количество компьютеров"),  # found by label
                 ("equipment.computers", 3, "2019", None, None, None, None),  # a metric outside the gold: wrong period
                 (None, 12, "2020", None, None, None, None)], gold)  # no label: not scored
    assert (s["tp"], s["n_pred"], s["n_gold"]) == (2, 3, 3)
    # a gold without unnamed figures scores by metric alone
    s = _scored([("users.registered", 5000, "2020", None, None, None, None),
                 (None, 27, "2020", None, None, None, "x")], {"metrics": ["users.registered"], "records": gold["records"][:1]})
    assert (s["tp"], s["n_pred"], s["n_gold"]) == (1, 1, 1)


def test_articles_in_periodicals_are_all_the_articles_and_last_year_in_brackets():
    assert _prose("2015", "Есепті жылы аудандық мерзімді басылымдарда 61 мақала жарияланды (өткен жылы – 58).") == {
        ("media.articles", 61, "2015", None, None), ("media.articles", 58, "2014", None, None)}
    assert _prose("2015-H1", "В периодической печати за полугодие опубликовано 23 статьи (в прошлом году – 19).") == {
        ("media.articles", 23, "2015-H1", None, None), ("media.articles", 19, "2014-H1", None, None)}
    got = _prose("2024-Q1", "Toqsan işinde merzimdi basylymdarda 12 jariialanym basyldy (ötken jyly – 10).")
    assert got == {("media.articles", 12, "2024-Q1", None, None), ("media.articles", 10, "2023-Q1", None, None)}


def test_money_for_buying_books_is_the_whole_acquisition_budget():
    assert _prose("2016", "Кітап сатып алуға 1840,5 мың теңге бөлінді.") == {
        ("acquisition.budget", 1840.5, "2016", None, None)}
    # the copies bought are books; the money for them is the whole budget
    assert _prose("2016", "Кітап сатып алуға 900 мың теңге бөлінді, 410 дана кітап сатып алынды.") == {
        ("acquisition.budget", 900, "2016", None, None), ("acquisition.copies", 410, "2016", None, "books")}
    # a part named after "оның ішінде" keeps its category
    got = _prose("2016", "Қорды толықтыруға 2000 мың теңге бөлінді, оның ішінде мерзімді басылымдарға 600 мың теңге.")
    assert ("acquisition.budget", 600, "2016", None, "periodicals") in got


def test_site_visits_and_users_of_the_libraries_in_prose():
    assert _prose("2018", "Сайт библиотеки посетили 5 230 раз.") == {("visits.web", 5230, "2018", None, None)}
    assert _prose("2018", "Кітапханалар қызметін 2018 жылы 14 120 адам пайдаланды.") == {
        ("users.registered", 14120, "2018", None, None)}


def test_a_ratio_row_in_thousands_is_the_count_its_unit_names():
    got = _named("2019", ["Показатели", "2018 г.", "2019 год"], ["Посещаемость, посещений", "271 607", "273 994"],
                 ["Посещаемость", "8,1", "8,3"])
    assert got == {("visits.total", 271607, "2018", None, None), ("visits.total", 273994, "2019", None, None),
                   ("ratio.attendance", 8.1, "2018", None, None), ("ratio.attendance", 8.3, "2019", None, None)}


def test_a_comparison_in_brackets_takes_no_unit_from_the_next_sentence():
    assert _prose("2022", "Кітапханалар қызметін есепті жылы 9 077 адам пайдаланды (2021 жылы – 9 614). "
                          "Жыл ішінде кітапханаларға келу саны 80 467 құрады.") == {
        ("users.registered", 9077, "2022", None, None), ("users.registered", 9614, "2021", None, None),
        ("visits.total", 80467, "2022", None, None)}


def _prose_units(period: str, *paragraphs: str) -> set:
    d = Document(id="p", path="p.txt", format="txt", metadata={"period": period})
    for x in paragraphs:
        d.add_block(Block("paragraph", x))
    return {(r.values["metric"], r.values["value"], r.values["unit"]) for r in facts.extract(d, Config())
            if r.table == "facts" and r.values["metric"]}


def test_ages_and_the_denominators_of_ratios_are_not_figures():
    assert _prose("2015", "Число читателей всего: 640, из них дети до 14 лет – 171, молодежь с 15 до 24 лет – 88.") == {
        ("users.registered", 640, "2015", None, None), ("users.children", 171, "2015", None, None),
        ("users.youth", 88, "2015", None, None)}
    got = _prose("2020", "Оқырмандардың 1 120-сы 14 жасқа дейінгі балалар, 15-24 жас аралығындағы жастар – 930.")
    assert not any(v in (14, 15, 24) for _, v, *_ in got)
    got = _prose("2011", "Книгообеспеченность на 1 жителя составила 7,4.", "на 1 читателя – 13")
    assert not any(v in (1, 1000) for _, v, *_ in got)
    assert ("ratio.book_supply", 7.4, "2011", None, None) in got


def test_figures_in_millions_keep_their_scale_in_the_unit():
    got = _prose_units("2023", "Облыс кітапханаларының кітап қоры 4,2 млн данадан асады.",
                       "Кітапханаларға келушілер саны 3 млн-ға жетті.")
    assert ("fund.end", 4.2, "million_copies") in got
    assert any(m == "visits.total" and v == 3 and u.startswith("million_") for m, v, u in got)
    # thousands as before
    assert ("fund.end", 178.5, "thousand_copies") in _prose_units("2023", "Кітап қоры 178,5 мың дана.")


def test_a_share_named_in_words_is_a_percent_not_a_count():
    got = _prose_units("2023", "Процент исключённых документов от общего объёма фонда – 5,4.")
    assert not any(m == "fund.withdrawn" for m, *_ in got)


def test_librarians_of_a_network_are_people_not_libraries():
    got = _prose("2023", "Ауданның кітапханалар желісі 24 кітапханадан тұрады. "
                         "Олардың қатарында 61 кітапханашы жұмыс істейді.")
    assert ("libraries.count", 24, "2023", None, None) in got
    assert not any(m == "libraries.count" and v == 61 for m, v, *_ in got)
    assert any(m.startswith("staff.") and v == 61 for m, v, *_ in got)


def test_a_period_compared_with_is_not_the_period_of_the_next_figures():
    got = _prose("2022", "В 2022 году обслужено 9 874 пользователя, что на 212 больше, чем в 2021 году. "
                         "Число посещений составило 96 410, книговыдача – 203 355 экземпляров.")
    assert got == {("users.registered", 9874, "2022", None, None), ("visits.total", 96410, "2022", None, None),
                   ("loans.total", 203355, "2022", None, None)}
    got = _prose("2020", "2019 жылмен салыстырғанда оқырмандар саны 120-ға артық. Кітап берілімі 88 400 дананы құрады.")
    assert got == {("loans.total", 88400, "2020", None, None)}
    # a growth "by" so much is no figure; the figure it reached is
    got = _prose("2019", "Число посещений выросло на 3 634 и составило 121 904.")
    assert got == {("visits.total", 121904, "2019", None, None)}


def test_the_year_of_a_date_is_not_the_period_of_the_figures():
    d = Document(id="p", path="p.txt", format="txt", metadata={"period": "2022"})
    d.add_block(Block("paragraph", "На 1 января 2023 года библиотечный фонд насчитывает 145 270 экземпляров. "
                                   "В течение года поступило 4 118 экземпляров, выбыло 6 035."))
    got = {(r.values["metric"], r.values["value"], r.values["period"], r.values["as_of"])
           for r in facts.extract(d, Config()) if r.table == "facts" and r.values["metric"]}
    assert got == {("fund.end", 145270, "2022", "2023-01-01"), ("fund.received", 4118, "2022", None),
                   ("fund.withdrawn", 6035, "2022", None)}


def test_the_fund_at_the_start_of_the_year_named_before_the_fund():
    got = _prose("2021", "Жыл басындағы кітап қоры 241 560 дана. Жыл соңындағы кітап қоры 244 865 дана.")
    assert got == {("fund.start", 241560, "2021", None, None), ("fund.end", 244865, "2021", None, None)}


def test_a_kazakh_possessive_part_named_by_its_own_cue():
    got = _prose("2021", "Жүйеде 64 қызметкер жұмыс істейді, оның 41-і жоғары білімді.",
                 "Оқырмандардың кітап оқу көрсеткіші – 19,7, келу көрсеткіші – 8,2.")
    assert {("staff.higher_education", 41, "2021", None, None), ("ratio.reading", 19.7, "2021", None, None),
            ("ratio.attendance", 8.2, "2021", None, None)} <= got
    # thousands apart before the possessive ending
    from esep.plugins.lang.numbers import find_partitive_numbers
    assert [n.value for n in find_partitive_numbers("оның 5 870-і балалар, олардың 10-ы")] == [5870, 10]


def test_plan_and_fact_columns_with_a_year_beside_a_word():
    got = _named("2022", ["Показатели", "План 2022", "Факт 2022", "% выполнения", "Факт 2021", "+/- к 2021"],
                 ["Количество пользователей (чел.)", "11 500", "11 640", "101,2", "11 402", "+238"],
                 ["Число посещений", "98 000", "99 120", "101,1", "97 455", "+1 665"],
                 ["в т.ч. массовых мероприятий", "21 000", "21 470", "102,2", "20 880", "+590"])
    assert got == {("users.registered", 11640, "2022", None, None), ("users.registered", 11402, "2021", None, None),
                   ("visits.total", 99120, "2022", None, None), ("visits.total", 97455, "2021", None, None),
                   ("visits.events", 21470, "2022", None, None), ("visits.events", 20880, "2021", None, None)}


def test_fund_movement_counted_in_documents():
    got = _named("2022", ["Показатель", "2021", "2022"], ["Поступило документов", "5 210", "4 980"],
                 ["Выбыло документов", "6 330", "5 870"], ["Фонд на конец года", "182 440", "181 550"],
                 caption="2. Библиотечный фонд")
    assert got == {("fund.received", 5210, "2021", None, None), ("fund.received", 4980, "2022", None, None),
                   ("fund.withdrawn", 6330, "2021", None, None), ("fund.withdrawn", 5870, "2022", None, None),
                   ("fund.end", 182440, "2021", None, None), ("fund.end", 181550, "2022", None, None)}


def _named_units(period: str, *rows: list[str]) -> set:
    recs = facts.extract(_doc(period, *rows), Config())
    return {(r.values["metric"], r.values["value"], r.values["period"], r.values["unit"])
            for r in recs if r.table == "facts" and r.values["metric"]}


def test_rows_counted_in_thousands_keep_the_scale_in_their_unit():
    got = _named_units("2021", ["Наименование показателя", "2020", "2021"],
                       ["Число пользователей, тыс. чел.", "19,8", "22,6"], ["Число посещений, тыс.", "140,3", "175,9"],
                       ["Объем фонда, тыс. экз.", "602,4", "598,7"],
                       ["Расходы на комплектование, тыс. руб.", "1 620,5", "1 910,3"],
                       ["Число мероприятий", "1 390", "1 905"])
    assert {("users.registered", 22.6, "2021", "thousand_people"), ("visits.total", 175.9, "2021", "thousand_visits"),
            ("fund.end", 598.7, "2021", "thousand_copies"), ("acquisition.budget", 1910.3, "2021", "thousand_rub"),
            ("events.actual", 1905, "2021", "events")} <= got
    # the same in a column's header
    got = _named_units("2021", ["Показатель", "2021 г., тыс."], ["Книговыдача", "466,0"], ["Посещения", "175,9"])
    assert got == {("loans.total", 466.0, "2021", "thousand_documents"), ("visits.total", 175.9, "2021", "thousand_visits")}


def test_groups_of_readers_after_of_which_and_participants_who_took_part():
    assert _prose("2020", "За год записано 850 читателей (план – 840), в том числе 310 детей.") == {
        ("users.registered", 850, "2020", None, None), ("users.children", 310, "2020", None, None)}
    assert _prose("2020", "Оқырмандар саны 4 500, оның ішінде 1 800 бала.") == {
        ("users.registered", 4500, "2020", None, None), ("users.children", 1800, "2020", None, None)}
    # a group that is no age group stays unnamed
    assert _prose("2020", "Записано 850 читателей, из них 120 пенсионеров.") == {
        ("users.registered", 850, "2020", None, None)}
    assert ("events.participants", 2150, "2020", None, None) in _prose(
        "2020", "Проведено 96 мероприятий, в них приняли участие 2 150 человек.")


def test_a_russian_noun_phrase_is_named_by_its_head():
    assert _prose("2019", "Средняя читаемость посетителей библиотек составила 23 книги в год, "
                          "а средняя посещаемость – 11 раз.") == {
        ("ratio.reading", 23, "2019", None, None), ("ratio.attendance", 11, "2019", None, None)}
    # the loans, not the child readers; the group they were given to is their category (readers:children)
    assert _prose("2019", "Книговыдача читателям-детям составила 45 120 экз.") == {
        ("loans.total", 45120, "2019", None, "readers:children")}


def test_kazakh_and_russian_wordings_of_budget_staff_site_and_fund():
    assert _prose("2022", "Қаржыландыру: 2022 жылы – 48 120,0 мың теңге.") == {
        ("finance.budget", 48120, "2022", None, None)}
    assert _prose("2022", "Жоғарғы білімді мамандар – 50.") == {("staff.higher_education", 50, "2022", None, None)}
    assert _prose("2022", "Сайтқа 15 400 рет кірді.") == {("visits.web", 15400, "2022", None, None)}
    assert _prose("2022", "Кітап қоры 2 115 данамен толықтырылды.") == {("fund.received", 2115, "2022", None, None)}
    assert _prose("2022", "Кітап қоры 241 560 дана.") == {("fund.end", 241560, "2022", None, None)}
    # money "for" acquisition is the acquisition budget, whatever noun leads
    assert _prose("2022", "Финансирование на комплектование составило 1 200 тыс. руб.") == {
        ("acquisition.budget", 1200, "2022", None, None)}


def test_of_the_total_number_opens_a_part():
    assert _prose("2020", "За год записано 850 читателей. Из общего числа пользователей 512 – жители села.") == {
        ("users.registered", 850, "2020", None, None)}


def test_subscriptions_staff_positions_and_counts_that_are_no_money():
    assert _prose("2019", "Подписка на периодические издания – 412,3 тыс. руб.") == {
        ("acquisition.budget", 412.3, "2019", None, "periodicals")}
    assert _prose("2019", "Подписка на периодические издания составила 46 наименований.") == set()
    assert _prose("2019", "Штат – 52 единицы, работают 49 человек.") == {
        ("staff.units", 52, "2019", None, None), ("staff.headcount", 49, "2019", None, None)}


def test_a_list_of_event_kinds_after_a_colon_is_parts_of_the_events():
    assert _prose("2021", "Жыл ішінде 86 іс-шара өткізілді: кітап көрмелері – 30, әдеби кештер – 14, "
                          "викториналар – 42.") == {("events.actual", 86, "2021", None, None)}
    assert _prose("2021", "Проведено 124 мероприятия, в том числе: книжных выставок – 45, бесед – 29.") == {
        ("events.actual", 124, "2021", None, None)}


def test_abbreviated_and_singular_row_labels():
    got = _named("2022", ["Показатели", "2021 г.", "2022 г."], ["Пос-ния", "12 300", "12 410"],
                 ["Книговыд.", "31 200", "31 950"], ["Оқырман", "1 520", "1 548"], ["Книгообесп.", "9,8", "9,4"])
    assert {("visits.total", 12410, "2022", None, None), ("loans.total", 31950, "2022", None, None),
            ("users.registered", 1548, "2022", None, None), ("ratio.book_supply", 9.4, "2022", None, None)} <= got


def test_whom_a_thing_was_for_and_whom_loans_went_to_are_not_counts_of_readers():
    assert _prose("2021", "Для читателей оформлено 94 книжные выставки.") == set()
    # the loans to children are their share of the loans (a group of readers), no count of child readers
    assert _prose("2021", "Выдано 45 000 экз. документов, из них 12 300 – детям до 14 лет.") == {
        ("loans.total", 45000, "2021", None, None), ("loans.total", 12300, "2021", None, "readers:children")}
    assert ("events.participants", 4210, "2021", None, None) in _prose(
        "2021", "Организовано и проведено 156 мероприятий с охватом 4 210 человек.")


def test_a_months_figures_are_not_the_quarters():
    got = _named("2022-Q1", ["Показатели", "Январь", "Февраль", "Март", "Всего за I квартал"],
                 ["Пользователи", "1 210", "640", "520", "2 370"], ["Посещения", "4 300", "4 120", "4 480", "12 900"])
    assert got == {("users.registered", 2370, "2022-Q1", None, None), ("visits.total", 12900, "2022-Q1", None, None)}
    got = _named("2022-Q1", ["Ай", "Оқырмандар", "Келушілер"], ["Қаңтар", "1 210", "4 300"], ["Ақпан", "640", "4 120"],
                 ["Барлығы", "1 850", "8 420"])
    assert got == {("users.registered", 1850, "2022-Q1", None, None), ("visits.total", 8420, "2022-Q1", None, None)}


def test_a_kazakh_compound_counts_its_head_and_a_misspelt_label_is_matched_without_its_unit():
    got = _named("2022", ["Көрсеткіштер", "2021 ж.", "2022 ж."], ["Оқырмандар клубы", "3", "4"],
                 ["Оқырмандар конференциясы", "2", "1"], ["Оқырмандардың жалпы саны", "5 100", "5 240"],
                 ["Қор көлемі, дана", "61 200", "60 950"], ["Книговыдча, экз.", "98 400", "99 120"])
    assert got == {("users.registered", 5100, "2021", None, None), ("users.registered", 5240, "2022", None, None),
                   ("fund.end", 61200, "2021", None, None), ("fund.end", 60950, "2022", None, None),
                   ("loans.total", 98400, "2021", None, None), ("loans.total", 99120, "2022", None, None)}


def test_a_table_row_read_as_a_line_of_text_gives_no_figure():
    # which of the figures is the report's period, the line cannot say
    assert _prose("2019", "Читатели 1 520 1 548") == set()
    assert _prose("2019", "Количество зарегистрированных пользователей 37047 34576 32380 31891") == set()
    # one figure after its label is read as before
    assert _prose("2019", "Читатели 1 520") == {("users.registered", 1520, "2019", None, None)}
    assert _prose("2019", "Число посещений - 9700") == {("visits.total", 9700, "2019", None, None)}


def test_a_kazakh_subject_goes_on_past_a_converb_and_its_comma():
    assert _prose("2022", "Оқырмандар саны өткен жылмен салыстырғанда 150-ге артып, 5 240 адамды құрады.") == {
        ("users.registered", 5240, "2022", None, None)}
    assert _prose("2022", "Кітап берілімі 2 100 данаға азайып, 98 400 дананы құрады.") == {
        ("loans.total", 98400, "2022", None, None)}
    # a comma between two statements still parts them
    assert _prose("2022", "Келушілер саны 80 467, кітап берілімі 190 000.") == {
        ("visits.total", 80467, "2022", None, None), ("loans.total", 190000, "2022", None, None)}


def test_differences_listed_after_a_verb_of_change_are_no_figures():
    """"Показатели выросли: читателей – на 310 чел., книговыдача – на 4 120
    экз.": each "на N" is how much more, not the figure itself."""
    got = _prose("2021",
                 "По сравнению с 2020 годом показатели выросли: читателей – на 310 чел., "
                 "книговыдача – на 4 120 экз. Всего обслужено 9 870 читателей.")
    assert got == {("users.registered", 9870, "2021", None, None)}


def test_staff_counted_by_a_kind_of_staff_and_a_verb_of_serving():
    """"В штате 28 библиотечных специалистов" and "24 кітапханашы қызмет
    етеді" are the staff; "Оқу орташа көрсеткіші" is the reading ratio."""
    got = _prose("2022",
                 "В штате системы 28 библиотечных работников.",
                 "Жүйеде 24 кітапханашы қызмет етеді.",
                 "Оқу орташа көрсеткіші – 17,2.")
    assert got == {("staff.headcount", 28, "2022", None, None), ("staff.headcount", 24, "2022", None, None),
                   ("ratio.reading", 17.2, "2022", None, None)}


def test_a_difference_told_with_a_kazakh_participle_is_no_figure():
    """"… 2015 жылдан бері 4 210 данаға артқан": how much the fund grew."""
    got = _prose("2020", "Мемлекеттік тілдегі кітаптар саны 2015 жылдан бері 4 210 данаға артқан. "
                         "Жыл соңындағы кітап қоры 88 400 дана.")
    assert got == {("fund.end", 88400, "2020", None, None)}


def test_a_heading_names_the_period_of_a_report_that_names_none():
    """A page of a library's figures year by year: each heading's year is
    the period of the figures under it."""
    d = Document(id="h", path="h.txt", format="txt", metadata={})
    for x in ["Ауыл кітапханасының көрсеткіштері",
              "Кітапхана ауылдың мәдени орталығында орналасқан, онда оқу залы мен абонемент жұмыс істейді.",
              "2021 жылғы негізгі көрсеткіштер:", "Оқырман саны – 410",
              "2022 жылғы негізгі көрсеткіштер:", "Оқырман саны – 436", "Тарихы", "Кітапхана 1968 жылы ашылған."]:
        d.add_block(Block("paragraph", x))
    got = {facts.fact_key(r.values) for r in facts.extract(d, Config()) if r.table == "facts" and r.values["metric"]}
    assert got == {("users.registered", 410, "2021", None, None), ("users.registered", 436, "2022", None, None)}


def test_a_count_of_visits_after_the_impersonal_verb():
    """"обслужено 1 240 пользователей, посетило 15 300": the visits; "их
    посетили 600 человек" after events stays the events' participants."""
    got = _prose("2020", "Библиотекой обслужено 1 240 пользователей, посетило 15 300. "
                         "Проведено 40 мероприятий, их посетили 600 человек.")
    assert got == {("users.registered", 1240, "2020", None, None), ("visits.total", 15300, "2020", None, None),
                   ("events.actual", 40, "2020", None, None), ("events.participants", 600, "2020", None, None)}


def test_money_for_a_subscription_named_by_what_it_buys():
    """"Газеттер мен журналдарға жазылу 210,4 мың теңгеге жүргізілді": the
    acquisition budget, for periodicals; "оқырман жазылды" counts no money."""
    got = _prose("2021", "Мерзімді басылымдарға жазылу 210,4 мың теңгеге жүргізілді.",
                 "Кітапханаға жыл ішінде 95 жаңа оқырман жазылды.")
    assert ("acquisition.budget", 210.4, "2021", None, "periodicals") in got
    assert not any(k[0] == "acquisition.budget" and k[1] == 95 for k in got)


def test_the_level_of_last_year_a_figure_is_compared_with_is_not_its_period():
    got = _prose("2022", "Книговыдача составила 88 410 экз., что на 2,3 % больше уровня прошлого года.")
    assert got == {("loans.total", 88410, "2022", None, None)}


def test_the_part_of_the_visits_made_at_events():
    """"посещений – 41 300, из них на мероприятиях – 8 750" and "оның ішінде
    іс-шараларда": the visits to events."""
    got = _prose("2023", "Количество посещений – 41 300, из них на мероприятиях – 8 750.",
                 "Келушілер саны – 52 100, оның ішінде іс-шараларда – 9 950.")
    assert {("visits.events", 8750, "2023", None, None), ("visits.events", 9950, "2023", None, None)} <= got


def test_the_reader_in_the_singular_as_a_label_and_after_its_figure():
    got = _prose("2021", "Оқырман – 9 000.", "2020 жылы – 8 700 оқырман.")
    assert {k[:3] for k in got} == {("users.registered", 9000.0, "2021"), ("users.registered", 8700.0, "2020")}


def test_money_for_the_upkeep_of_the_libraries_is_their_budget():
    got = _prose("2016", "Кітапхананы ұстауға 12 400 мың теңге бөлінді, оның ішінде кітап сатып алуға 1 200 мың теңге.",
                 "На содержание библиотек выделено 8 300 тыс. рублей, из них на комплектование – 650 тыс. рублей.")
    assert {k[:2] for k in got} == {("finance.budget", 12400.0), ("acquisition.budget", 1200.0),
                                    ("finance.budget", 8300.0), ("acquisition.budget", 650.0)}


def test_figures_of_listed_years_count_what_the_first_counts():
    got = _prose("2018", "Читателей в 2017 году – 5 800, в 2018 году – 6 000.",
                 "Оқырмандар саны 2017 жылы – 5 800, 2018 жылы – 6 000 адам.",
                 "Книговыдача за 2017 год составила 120 000 экз., за 2018 год – 125 400 экз.")
    assert {k[:3] for k in got} == {("users.registered", 5800.0, "2017"), ("users.registered", 6000.0, "2018"),
                                    ("loans.total", 120000.0, "2017"), ("loans.total", 125400.0, "2018")}


def test_a_listed_year_with_another_thing_counted_is_no_sibling():
    got = _prose("2018", "В 2017 году было проведено 120 мероприятий, в 2018 году – 20 экскурсий.",
                 "Выдано в 2017 году 120 000 экз., в 2018 году – 3 500 тыс. тенге.")
    assert {k[:3] for k in got} == {("events.actual", 120.0, "2017"), ("loans.total", 120000.0, "2017")}


def test_a_span_of_years_is_no_period_of_a_figure():
    got = _prose("2018", "2019–2021 жылдарға арналған «Рухани жаңғыру» бағдарламасы аясында жұмыс жалғасты. "
                 "Оқырмандар – 6 000.", "В рамках программы на 2018-2020 годы число посещений составило 41 000.")
    assert {k[:3] for k in got} == {("users.registered", 6000.0, "2018"), ("visits.total", 41000.0, "2018")}


def test_the_fund_named_once_is_named_for_each_movement_of_it():
    got = _prose("2018", "Жыл ішінде қорға 3 100 дана кітап келіп түсті, 2 200 дана кітап есептен шығарылды.",
                 "За год в фонд поступило 2 540 экз. документов, выбыло – 1 870 экз.")
    assert {k[:2] for k in got} == {("fund.received", 3100.0), ("fund.withdrawn", 2200.0),
                                    ("fund.received", 2540.0), ("fund.withdrawn", 1870.0)}


def test_kazakh_sentences_of_staff_money_coverage_and_the_internet():
    got = _prose("2020", "Штаттық кесте бойынша 32 бірлік, іс жүзінде 30 маман жұмыс істейді.",
                 "Кітапханаға жергілікті бюджеттен 41 200 мың теңге бөлінді, оның ішінде кітап сатып алуға – 2 800 мың теңге.",
                 "Халық саны – 45 000 адам, кітапханамен қамту – 42,3 %.", "Интернетке 14 кітапхана қосылған.")
    keys = {k[:2] for k in got}
    assert {("staff.units", 32.0), ("finance.budget", 41200.0), ("acquisition.budget", 2800.0),
            ("population.served", 45000.0), ("coverage.population_pct", 42.3), ("libraries.internet", 14.0)} <= keys
    assert ("acquisition.budget", 41200.0) not in keys and ("libraries.count", 14.0) not in keys


def test_the_population_of_the_places_served():
    got = _prose("2016", "Библиотеками обслуживается 12 населенных пунктов с населением 45 000 человек.")
    assert ("population.served", 45000.0) in {k[:2] for k in got}


def test_a_fund_movement_table_with_no_caption_and_a_header_wrapped_onto_two_rows():
    # the fund named by the row's label only; a PDF table without rules gives "Жыл" over "басында"
    # as two header rows
    for head in ([["", "Жыл басында", "Түсті", "Шығарылды", "Жыл соңында"]],
                 [["", "Жыл", "Түсті", "Шығарылды", "Жыл"], ["", "басында", "", "", "соңында"]]):
        got = _named("2019", *head, ["Кітап қоры", "120 000", "4 000", "3 000", "121 000"])
        assert {k[:2] for k in got} == {("fund.start", 120000.0), ("fund.received", 4000.0),
                                        ("fund.withdrawn", 3000.0), ("fund.end", 121000.0)}
    got = _named("2019", ["", "На начало года", "Поступило", "Выбыло", "На конец года"],
                 ["Книжный фонд", "120 000", "4 000", "3 000", "121 000"])
    assert {k[:2] for k in got} == {("fund.start", 120000.0), ("fund.received", 4000.0),
                                    ("fund.withdrawn", 3000.0), ("fund.end", 121000.0)}


def test_a_planned_figure_is_no_figure_done():
    got = _prose("2020", "Число читателей: план – 9 000, факт – 9 108.",
                 "Число посещений при плане 70 000 составило 71 500.",
                 "Кітап беру: жоспар бойынша 120 000, іс жүзінде 121 400 дана.",
                 "Проведено 120 мероприятий (по плану – 110).")
    assert {k[:2] for k in got} == {("users.registered", 9108.0), ("visits.total", 71500.0),
                                    ("loans.total", 121400.0), ("events.actual", 120.0)}


def test_differences_movements_and_staff_as_others_write_them():
    """A difference whose unit stands before "больше" is no value; "фонд
    пополнился на" moves documents into the fund (the fund named before the
    verb is its subject, not the head of a noun phrase); the staff counted in
    people is the head count, in units the staff units; "қорының көлемі" is the
    fund's balance.  (Sentences written for this test, in the wordings of
    reports of other libraries.)"""
    assert _prose("2021", "Книговыдача – 187 300 экз., что на 2 150 экз. больше, чем в 2020 году.") == {
        ("loans.total", 187300, "2021", None, None)}
    assert _prose("2021", "За год фонд пополнился на 1 870 экз., выбыло 960 экз.") == {
        ("fund.received", 1870, "2021", None, None), ("fund.withdrawn", 960, "2021", None, None)}
    assert _prose("2021", "Штат ЦБС – 38 человек, из них с высшим образованием – 21.") == {
        ("staff.headcount", 38, "2021", None, None), ("staff.higher_education", 21, "2021", None, None)}
    assert _prose("2021", "Штат – 31,5 ед.") == {("staff.units", 31.5, "2021", None, None)}
    assert _prose("2021", "Орталық кітапхана қорының көлемі – 61 204 дана.") == {
        ("fund.end", 61204, "2021", None, None)}


def test_ratios_of_change_visits_in_times_and_kinds_with_the_others():
    """"выросла в 1,5 раза", "2 есе артты" are ratios of change, no values;
    "посетили 98 500 раз" counts visits (the figure's unit says so, where
    "посетили" alone may count the people at events); a kind of documents
    named "and the others" ("кітап және басқа да құжаттар") is the whole."""
    assert _prose("2021", "Книговыдача выросла в 1,5 раза и составила 12 000 экз.") == {
        ("loans.total", 12000, "2021", None, None)}
    assert _prose("2021", "Кітап беру 2 есе артып, 24 000 данаға жетті.") == {("loans.total", 24000, "2021", None, None)}
    assert _prose("2021", "Библиотеки системы посетили 98 500 раз.") == {("visits.total", 98500, "2021", None, None)}
    assert _prose("2021", "Мероприятия посетили 2 300 человек.") == {
        ("events.participants", 2300, "2021", None, None)}
    assert _prose("2021", "Оқырмандарға 145 200 дана кітап және басқа да құжаттар берілді.") == {
        ("loans.total", 145200, "2021", None, None)}
    assert _prose("2021", "Выдано 12 000 экз. книг, 3 000 экз. журналов.") == {
        ("loans.total", 12000, "2021", None, "books"), ("loans.total", 3000, "2021", None, "magazines")}


def test_movement_tables_by_kind_of_document_and_staff_tables_by_education():
    """A movement table whose rows are kinds of documents is the fund's even
    where no caption names the fund; a "total" column beside the staff by
    education is the head count, and "Кітапхана қызметкерлері" is the
    library's staff, no library."""
    got = _named("2021", ["Құжат түрлері", "Жыл басында", "Түсті", "Шығарылды", "Жыл соңында"],
                 ["Кітаптар", "41 000", "900", "600", "41 300"], ["Мерзімді басылымдар", "2 000", "300", "250", "2 050"],
                 ["Барлығы", "43 000", "1 200", "850", "43 350"])
    assert {f for f in got if f[4] is None} == {
        ("fund.start", 43000, "2021", None, None), ("fund.received", 1200, "2021", None, None),
        ("fund.withdrawn", 850, "2021", None, None), ("fund.end", 43350, "2021", None, None)}
    assert ("fund.received", 900, "2021", None, "books") in got
    assert _named("2021", ["", "Барлығы", "Жоғары білімді", "Арнаулы орта"], ["Кітапхана қызметкерлері", "31", "22", "9"],
                  caption="Кадрлар") == {("staff.headcount", 31, "2021", None, None),
                                         ("staff.higher_education", 22, "2021", None, None)}
    # a table of people without kinds of documents is no fund's
    assert not any(f[0].startswith("fund.") for f in _named(
        "2021", ["", "Жыл басында", "Келді", "Кетті", "Жыл соңында"], ["Қызметкерлер", "30", "2", "1", "31"]))


def test_clubs_and_what_was_lent():
    """A figure that counts clubs or circles is no count of the readers the
    club's name mentions; "выдали" lends, and the figure of the year before
    in brackets is of the same indicator."""
    assert _prose("2021", "Жыл бойы 14 жаңа оқырман клубы жұмыс істеді.") == set()
    assert _prose("2021", "В библиотеках работает 21 клуб по интересам.") == set()
    assert _prose("2021", "Библиотеки выдали 164 300 экз. (в 2020 г. – 158 900).") == {
        ("loans.total", 164300, "2021", None, None), ("loans.total", 158900, "2020", None, None)}


def test_kazakh_dative_figure_and_the_whole_named_before_a_part():
    """"48 900-ге жетті" (reached 48 900) is a figure, "1 200-ге артты" (grew by
    1 200) a difference; "Из общего числа читателей дети до 14 лет …" names the
    whole before the part the figure counts."""
    assert ("catalog.records", 48900, "2022", None, None) in _prose(
        "2022", "Электрондық каталогтағы жазбалар саны 48 900-ге жетті.")
    assert ("ratio.reading", 19.3, "2022", None, None) in _prose("2022", "Оқу көрсеткіші 19,3-ке тең.")
    assert not {k for k in _prose("2022", "Оқырмандар саны 1 200-ге артты.") if k[1] == 1200}
    got = _prose("2022", "Из общего числа читателей дети до 14 лет составляют 7 420 человек.")
    assert ("users.children", 7420, "2022", None, None) in got
    assert ("users.registered", 7420, "2022", None, None) not in got


def test_visits_to_events_as_a_part_with_its_preposition():
    """"в т.ч. на массовых мероприятиях" under "Число посещений": the visits
    to events, as "в т.ч. массовых мероприятий" is."""
    got = _named("2022", ["Показатели", "2022 год"], ["Число посещений", "97 310"],
                 ["в т.ч. на массовых мероприятиях", "21 540"])
    assert {("visits.total", 97310, "2022", None, None), ("visits.events", 21540, "2022", None, None)} <= got
    assert ("visits.events", 4210, "2022", None, None) in _prose("2022", "Посещений на мероприятиях – 4 210.")


def test_copies_that_came_in_or_went_out_and_other_verbs_of_the_genre():
    """Copies written off or received are the fund's even where the sentence
    does not name it; "еңбек етеді"/"трудятся" count the staff; "анықтама
    берді" the references; "әдебиет берілді", "объём выдачи" the loans."""
    cases = [("Списано 2 100 экз. ветхих и устаревших изданий.", ("fund.withdrawn", 2100)),
             ("За год получено 3 450 экз. новой литературы.", ("fund.received", 3450)),
             ("Кітапханада 14 маман еңбек етеді.", ("staff.headcount", 14)),
             ("В библиотеках трудятся 14 специалистов.", ("staff.headcount", 14)),
             ("Кітапхана 1 250 анықтама берді.", ("bibliography.references", 1250)),
             ("Оқырмандарға барлығы 214 560 дана әдебиет берілді.", ("loans.total", 214560)),
             ("Общий объём выдачи документов – 214 560 экз.", ("loans.total", 214560))]
    for sentence, (metric, value) in cases:
        assert (metric, value, "2021", None, None) in _prose("2021", sentence), sentence
    # money for subscriptions is no copy of the fund, and "получено" without copies names nothing
    assert not {k for k in _prose("2021", "Получено 5 грамот и благодарственных писем.") if k[0]}


def test_a_part_in_the_unit_of_its_total_and_money_for_books():
    """"Барлығы, мың теңге" over "оның ішінде кітап сатып алуға": the part is
    money in the total's unit spent on books, not a part of the books; a
    staff table's "Нақты жұмыс істейді" is the head count."""
    got = _named("2021", ["Бюджет", "2020 жыл", "2021 жыл"], ["Барлығы, мың теңге", "52 400,0", "55 870,3"],
                 ["оның ішінде кітап сатып алуға", "1 800,0", "2 050,0"], caption="Қаржыландыру")
    assert ("finance.budget", 55870.3, "2021", None, None) in got
    assert ("acquisition.budget", 2050.0, "2021", None, None) in got
    got = _named("2021", ["Штат бірлігі", "Нақты жұмыс істейді", "Жоғары білімді"], ["15,5", "14", "9"], caption="Кадрлар")
    assert {("staff.units", 15.5, "2021", None, None), ("staff.headcount", 14, "2021", None, None)} <= got


def test_this_year_in_words_the_value_a_change_started_from_and_the_accusative():
    """"Өткен жылы 410 …, биыл 436": "биыл" names the report's year beside the
    year before; "выросла с 8,7 до 8,8 по сравнению с прошлым годом": the figure
    reached is the year's, the one it started from the year before's; "86
    400-ді құрады" (amounted to) is a figure;
    "жоспар бойынша 9 800, орындалғаны – 9 870": what was done."""
    got = _prose("2021", "Өткен жылы 410 іс-шара өткізілсе, биыл 436 іс-шара өткізілді.")
    assert {("events.actual", 436, "2021", None, None), ("events.actual", 410, "2020", None, None)} <= got
    assert ("events.actual", 436, "2020", None, None) not in got
    assert _prose("2021", "Посещаемость выросла с 8,7 до 8,8 по сравнению с прошлым годом.") == {
        ("ratio.attendance", 8.8, "2021", None, None), ("ratio.attendance", 8.7, "2020", None, None)}
    assert ("visits.total", 86400, "2021", None, None) in _prose("2021", "Келушілер саны 86 400-ді құрады.")
    got = _prose("2021", "Оқырмандар саны жоспар бойынша 9 800, орындалғаны – 9 870.")
    assert ("users.registered", 9870, "2021", None, None) in got
    assert ("users.registered", 9800, "2021", None, None) not in got
    got = _prose("2021", "Книговыдача составила 214 560 экз. против 210 300 экз. в прошлом году.")
    assert {("loans.total", 214560, "2021", None, None), ("loans.total", 210300, "2020", None, None)} <= got


def test_the_staff_parts_are_of_and_what_the_state_order_bought():
    got = _prose("2022", "Из 49 библиотечных работников высшее образование имеют 31, среднее специальное – 15.")
    assert {("staff.headcount", 49, "2022", None, None), ("staff.higher_education", 31, "2022", None, None)} <= got
    assert ("staff.higher_education", 49, "2022", None, None) not in got
    got = {k[:2] for k in _prose(
        "2022", "По государственному заказу приобретено 2 100 экз. книг на сумму 4 200,0 тыс. тенге.")}
    assert {("state_order.copies", 2100), ("state_order.budget", 4200.0)} <= got
    got = {k[:2] for k in _prose(
        "2022", "Мемлекеттік тапсырыс бойынша 4 200,0 мың теңгеге 2 100 дана кітап сатып алынды.")}
    assert {("state_order.copies", 2100), ("state_order.budget", 4200.0)} <= got
    assert ("staff.units", 52, "2022", None, None) in _prose(
        "2022", "Кітапхана жүйесінің штаты – 52 бірлік, оның ішінде 49 қызметкер жұмыс істейді.")


def test_money_given_to_the_library_system_with_no_purpose_is_its_budget():
    assert _prose("2023", "2023 жылы жүйеге 131 770,4 мың теңге бөлінді.") == {
        ("finance.budget", 131770.4, "2023", None, None)}
    assert _prose("2023", "ЦБС выделено 112 540,0 тыс. тенге.") == {("finance.budget", 112540.0, "2023", None, None)}
    # a purpose named makes it the money for that purpose
    assert _prose("2023", "На комплектование фонда ЦБС выделено 3 120,0 тыс. тенге.") == {
        ("acquisition.budget", 3120.0, "2023", None, None)}


def test_a_column_headed_by_the_events_unit_beside_other_indicators():
    """"Кітапхана | Оқырман | Келу | Кітап беру | Іс-шара": the last column
    counts the events held."""
    got = _named("2021", ["Кітапхана", "Оқырман", "Келу", "Кітап беру", "Іс-шара"],
                 ["Орталық кітапхана", "3 100", "28 000", "70 200", "120"],
                 ["Барлығы", "9 870", "86 400", "214 560", "436"], caption="Кітапханалар бойынша көрсеткіштер")
    assert {("events.actual", 436, "2021", None, None), ("loans.total", 214560, "2021", None, None)} <= got


def test_a_figure_per_reader_is_a_rate():
    """"В среднем каждый читатель прочитал 19,9 книги": a rate per reader,
    not a count of readers, books or visits; an average of the library's
    own ("в среднем в месяц выдавалось 21 000 книг") is no reader's."""
    assert _prose("2023", "В среднем каждый читатель прочитал 19,9 книги и посетил библиотеку 7,8 раза.") == {
        ("ratio.reading", 19.9, "2023", None, None), ("ratio.attendance", 7.8, "2023", None, None)}
    assert _prose("2023", "Әр оқырман орта есеппен 19,9 кітап оқыды.") == {("ratio.reading", 19.9, "2023", None, None)}
    assert _prose("2023", "Орта есеппен әр оқырман кітапханаға 7,8 рет келді.") == {
        ("ratio.attendance", 7.8, "2023", None, None)}
    assert not any(k[0] and k[0].startswith("ratio.") for k in _prose("2023", "В среднем в месяц выдавалось 21 000 книг."))


def test_the_actual_figure_after_the_plan_and_the_staff_named_otherwise():
    got = _prose("2023", "Оқырмандар саны жоспар бойынша 12 500, нақты 12 640.")
    assert ("users.registered", 12640, "2023", None, None) in got
    assert ("users.registered", 12500, "2023", None, None) not in got
    for s in ("Общая численность персонала – 46 человек, из них библиотечных специалистов – 38.",
              "Кітапхана қызметкерлерінің жалпы саны – 46, оның ішінде кітапханашылар – 38."):
        assert ("staff.headcount", 46, "2023", None, None) in _prose("2023", s), s
    assert ("coverage.population_pct", 32.7, "2023", None, None) in _prose(
        "2023", "Население района – 38 600 человек, библиотеками охвачено 32,7 %.")


def test_kazakh_in_latin_letters_counts_and_cases():
    """The possessive and the dative or accusative endings of a cardinal in
    Latin letters, as in Cyrillic: "onyń 15-i" (fifteen of them), "48
    900-ge jetti" (reached); an ordinal ("1-shi") stays no figure."""
    got = _prose("2023", "Jüiede 17 kitaphana bar, onyń 15-i internetke qosylǵan.")
    assert {("libraries.count", 17, "2023", None, None), ("libraries.internet", 15, "2023", None, None)} <= got
    assert ("catalog.records", 48900, "2023", None, None) in _prose(
        "2023", "Elektrondyq katalogtaǵy jazbalar sany 48 900-ge jetti.")
    assert ("visits.total", 86400, "2023", None, None) in _prose("2023", "Kelýshiler sany 86 400-di qurady.")
    assert _prose("2023", "2-shi jartyjyldyqta 1-shi orynǵa ıe boldy.") == set()


def test_a_figure_before_a_whole_in_the_genitive_counts_it():
    """"Аудандағы 12 кітапхананың 11-і ауылдық жерде": 12 libraries, 11 of
    them rural; the noun's genitive ending hid the unit that names the
    count. Without a part after it the genitive says nothing of the figure."""
    assert ("libraries.count", 12, "2022", None, None) in _prose(
        "2022", "Аудандағы 12 кітапхананың 11-і ауылдық жерде орналасқан.")
    got = _prose("2022", "Аудандағы 12 кітапхананың 11-і интернетке қосылған.")
    assert {("libraries.count", 12, "2022", None, None), ("libraries.internet", 11, "2022", None, None)} <= got
    assert _prose("2022", "3 кітапхананың жөндеуі жүргізілді.") == set()


def test_kinds_named_together_and_a_list_of_parts_without_units():
    """"Выдано книг и журналов": two kinds named together are the whole, no
    part; "в том числе книг – 150 200, журналов – 30 100": every part of
    the list is read, in the whole's unit; "к сети Интернет подключено 9
    библиотек" counts the libraries online, not all of them."""
    assert _prose("2022", "Выдано книг и журналов – 187 600 экз.") == {("loans.total", 187600, "2022", None, None)}
    got = _prose("2022", "Выдано 187 600 экз. документов, в том числе книг – 150 200, журналов – 30 100.")
    assert {("loans.total", 150200, "2022", None, "books"), ("loans.total", 30100, "2022", None, "magazines")} <= got
    got = _prose("2022", "Кітап қоры 186 420 дана, оның ішінде кітаптар – 150 200, мерзімді басылымдар – 30 100.")
    assert ("fund.end", 30100, "2022", None, "periodicals") in got
    got = _prose("2022", "Компьютерный парк ЦБС – 24 единицы, к сети Интернет подключено 9 библиотек.")
    assert ("libraries.internet", 9, "2022", None, None) in got and ("libraries.count", 9, "2022", None, None) not in got


def test_the_kazakh_part_of_the_visits_named_by_the_events_after_it():
    for s in ("Келушілер саны 84 500 болса, оның 9 870-і іс-шараларға келгендер.",
              "Келушілер саны 84 500, оның 9 870-і – іс-шараларға келушілер."):
        assert {("visits.total", 84500, "2022", None, None), ("visits.events", 9870, "2022", None, None)} <= \
            _prose("2022", s), s


def test_the_label_columns_head_names_the_indicator_and_its_money():
    """"Қаржыландыру (мың теңге)" over the row labels: the table's indicator
    and unit, as a caption gives them; "Саны" as the only row label says
    only that the row holds the figures of its columns."""
    got = _named("2022", ["Қаржыландыру (мың теңге)", "2021", "2022"], ["Барлығы", "88 400,0", "96 400,0"],
                 ["Жалақы", "61 200,0", "66 300,0"], ["Кітап сатып алу", "3 800,0", "4 100,0"])
    assert {("finance.budget", 96400.0, "2022", None, None), ("finance.budget", 88400.0, "2021", None, None),
            ("acquisition.budget", 4100.0, "2022", None, None)} <= got
    got = _named("2022", ["Кадрлар", "Барлығы", "Жоғары білімді", "Орта арнаулы", "Кітапханашылық білімі бар"],
                 ["Саны", "29", "17", "10", "14"])
    assert {("staff.headcount", 29, "2022", None, None), ("staff.higher_education", 17, "2022", None, None),
            ("staff.library_education", 14, "2022", None, None)} <= got


def test_months_without_a_year_head_columns_and_the_events_head_names_the_total():
    """"Январь–июнь | Июль–декабрь | За год" over a year's figures: the
    half-years of the report's year; "Мероприятия" over the row labels
    beside "Всего | … | Участники": the total counts the events."""
    got = _named("2022", ["Показатели", "Январь–июнь", "Июль–декабрь", "За год"],
                 ["Читатели", "7 800", "2 450", "10 250"], ["Выдача", "121 000", "124 300", "245 300"])
    assert {("users.registered", 10250, "2022", None, None), ("users.registered", 7800, "2022-H1", None, None),
            ("loans.total", 124300, "2022-H2", None, None)} <= got
    assert ("users.registered", 7800, "2022", None, None) not in got
    got = _named("2022", ["Мероприятия", "Всего", "в т.ч. для детей", "Участники"], ["Количество", "356", "190", "9 870"])
    assert {("events.actual", 356, "2022", None, None), ("events.participants", 9870, "2022", None, None)} <= got
    assert ("events.participants", 356, "2022", None, None) not in got


def test_more_than_storage_units_and_the_staff_in_post():
    """"10 250-ден астам оқырман" (over 10 250 readers) is a figure;
    "единиц хранения" counts copies; "фактически – 40 человек" after the
    posts is the staff."""
    assert ("loans.total", 245300, "2022", None, None) in _prose("2022", "Кітапханалардан 245 300-ден астам кітап берілді.")
    assert ("users.registered", 10250, "2022", None, None) in _prose(
        "2022", "Кітапхана қызметін 10 250-ден астам оқырман пайдаланды.")
    assert ("fund.withdrawn", 9310, "2022", None, None) in _prose(
        "2022", "В течение года исключено из фонда 9 310 единиц хранения.")
    assert {("staff.units", 41.5, "2022", None, None), ("staff.headcount", 40, "2022", None, None)} <= _prose(
        "2022", "Штатная численность работников – 41,5 ставки, фактически – 40 человек.")
    assert _prose("2022", "Балалар 5-тен 10-ға дейінгі жаста.") == set()  # an ablative alone starts a range


def test_the_share_of_the_population_and_books_given_as_gifts():
    for s in ("Всего в библиотеках района зарегистрировано 10 250 пользователей, что составляет 34 % населения.",
              "Ауданда 10 250 оқырман тіркелген, бұл халықтың 34 пайызы."):
        want = {("users.registered", 10250, "2022", None, None), ("coverage.population_pct", 34, "2022", None, None)}
        assert want <= _prose("2022", s), s
    got = {k[:2] for k in _prose("2022", "Библиотекам передано в дар 1 420 книг от читателей.")}
    assert got == {("fund.received", 1420)}  # the readers gave them: no count of readers


def test_loans_counted_in_books_are_all_loans_unless_books_are_a_part():
    assert _prose("2022", "Библиотеки ЦБС обслужили 10 250 читателей, выдали им 245 300 экз. книг.") >= {
        ("loans.total", 245300, "2022", None, None)}
    got = _prose("2022", "Выдано 187 600 экз. документов, в том числе книг – 150 200, журналов – 30 100.")
    assert ("loans.total", 150200, "2022", None, "books") in got


def test_rows_under_a_group_row_without_figures():
    """"Пользователи:" and "Посещения:" with empty cells over "всего", "дети
    до 14 лет", "на мероприятиях": each row is read with its group, also
    when the first group row stands right under the header."""
    got = _named("2022", ["Показатели", "2021", "2022"], ["Пользователи:", "", ""], ["всего", "10 110", "10 250"],
                 ["дети до 14 лет", "4 020", "4 100"], ["Посещения:", "", ""], ["всего", "83 000", "84 500"],
                 ["на мероприятиях", "9 500", "9 870"])
    assert {("users.registered", 10250, "2022", None, None), ("users.children", 4100, "2022", None, None),
            ("visits.total", 84500, "2022", None, None), ("visits.events", 9870, "2022", None, None)} <= got
    assert ("users.registered", 84500, "2022", None, None) not in got


def test_a_date_with_a_chain_of_kazakh_endings_is_no_figure():
    """"2023 жылдың 1 қаңтарындағы жағдай бойынша": the 1 is the day of a
    date whose month takes two endings, not a figure of the fund."""
    got = {k[:2] for k in _prose("2022", "2023 жылдың 1 қаңтарындағы жағдай бойынша кітап қоры 187 200 дана.")}
    assert got == {("fund.end", 187200)}


def test_child_readers_written_as_one_hyphenated_word():
    got = _prose("2022", "Оқырмандар саны – 10 250, оның ішінде оқырман-балалар – 4 100.")
    assert {("users.registered", 10250, "2022", None, None), ("users.children", 4100, "2022", None, None)} <= got


def test_the_whole_after_iz_and_the_part_later_in_the_sentence():
    got = {k[:2] for k in _prose("2022", "Из 15 библиотек к Интернету подключены 13.")}
    assert got == {("libraries.count", 15), ("libraries.internet", 13)}


def test_kinds_listed_with_others_after_a_comma_are_the_whole():
    got = _prose("2022", "Читателям выдано 298 100 экз. книг, журналов и других документов.")
    assert got == {("loans.total", 298100, "2022", None, None)}
    got = _prose("2022", "Выдано 12 000 экз. книг, 3 000 экз. журналов.")  # each kind its own figure: parts
    assert ("loans.total", 12000, "2022", None, "books") in got


def test_a_figure_of_the_rural_libraries_alone_is_their_share():
    got = _prose("2022", "Сельскими библиотеками обслужено 7 200 читателей.")
    assert got == {("users.registered", 7200, "2022", None, "branch:сельские библиотеки")}


def test_the_service_area_and_a_fund_replenished():
    assert {k[:2] for k in _prose("2022", "Зона обслуживания ЦБС – 42 300 жителей.")} == {("population.served", 42300)}
    assert {k[:2] for k in _prose("2022", "Қор 3 450 данаға толықты.")} == {("fund.received", 3450)}


def test_mass_events_as_a_kazakh_row_and_the_residents_served():
    got = _named("2022", ["Көрсеткіштер", "2021 ж.", "2022 ж."], ["Оқырмандар саны", "7 912", "8 015"],
                 ["Бұқаралық іс-шаралар", "406", "418"])
    assert {("events.actual", 406, "2021", None, None), ("events.actual", 418, "2022", None, None)} <= got
    got = {k[:2] for k in _prose("2022", "Кітапханалар 14 200 тұрғынға қызмет көрсетеді.")}
    assert got == {("population.served", 14200)}


def test_revenue_from_paid_services_after_ot():
    """"от читателей" names who gave books, but money "от платных услуг" is
    the services' revenue."""
    assert {k[:2] for k in _prose("2022", "От платных услуг получено 215,8 тыс. руб.")} == {
        ("finance.paid_services", 215.8)}


def test_a_part_without_a_unit_counts_what_its_whole_counts():
    got = {k[:2] for k in _prose("2022", "Количество компьютеров – 46, из них подключены к Интернету – 40.")}
    assert got == {("equipment.computers", 46)}  # not 40 libraries with the Internet
    got = _prose("2022", "Кітапхана жүйесінің штаты – 52 бірлік, оның ішінде 49 қызметкер жұмыс істейді.")
    assert ("staff.headcount", 49, "2022", None, None) in got  # a part with a unit of its own keeps its cue


def test_readers_who_took_part_are_participants():
    for s in ("Кітапханаларда 1 120 іс-шара өткізілді, оларға 31 200 оқырман қатысты.",
              "В мероприятиях приняли участие 31 200 читателей."):
        got = {k[:2] for k in _prose("2022", s)}
        assert ("events.participants", 31200) in got and ("users.registered", 31200) not in got, s


def test_rows_labelled_by_a_date_alone_hold_the_stock_at_that_date():
    """"Кітап қоры | Барлығы | оның ішінде қазақ тілінде" over rows labelled
    "01.01.2023 ж.", "2024 ж. 1 қаңтарына": the fund at the start and at the
    end of the year (a month in a date is no month's figure; the year named
    first in a date is no period)."""
    for first, last in (("01.01.2023 ж.", "01.01.2024 ж."), ("2023 ж. 1 қаңтарына", "2024 ж. 1 қаңтарына")):
        got = _named("2023", ["Кітап қоры", "Барлығы", "оның ішінде қазақ тілінде"], [first, "175 000", "95 400"],
                     [last, "178 020", "98 400"])
        assert {("fund.start", 175000, "2023", None, None), ("fund.end", 178020, "2023", None, None),
                ("fund.end", 98400, "2023", "kk", None)} <= got, first
    assert ("fund.end", 178020, "2023", None, None) in _named(
        "2023", ["Фонд", "Всего", "в т.ч. на казахском"], ["на 01.01.2024", "178 020", "98 400"])


def test_a_part_beside_a_part_its_header_names_is_no_figure_of_that_name():
    got = _named("2023", ["Кадры", "Всего", "в т.ч. с высшим", "в т.ч. со средним спец."],
                 ["Библиотечные работники", "41", "29", "10"])
    assert {k[:2] for k in got} == {("staff.headcount", 41), ("staff.higher_education", 29)}


def test_the_budget_named_over_the_row_labels():
    got = _named("2023", ["Бюджет (тыс. тенге)", "2022", "2023"], ["Всего", "85 400", "92 100"],
                 ["на комплектование", "3 100", "3 450"])
    assert {("finance.budget", 92100, "2023", None, None), ("acquisition.budget", 3450, "2023", None, None)} <= got


def test_figures_with_their_unit_or_a_footnote_mark_in_the_cell():
    got = _named("2023", ["Показатели", "2023"], ["Пользователи", "12 010 чел."], ["Книговыдача", "255,9 тыс. экз."],
                 ["Бюджет", "92 100 тыс. тенге"])
    assert {k[:3] for k in got} == {("users.registered", 12010, "2023"), ("loans.total", 255.9, "2023"),
                                    ("finance.budget", 92100, "2023")}
    got = _named("2023", ["Показатели", "2022", "2023"], ["Пользователи", "11 840", "12 010*"],
                 ["Посещения", "96 300", "98 450**"])
    assert {("users.registered", 12010, "2023", None, None), ("visits.total", 98450, "2023", None, None)} <= got
    # words after a figure that are no unit of a figure's cell leave the cell as it is
    from esep.plugins.facts.table import _figure_and_tail

    assert _figure_and_tail("255,9 тыс. экз.") == ("255,9", "copies", "thousand")
    assert _figure_and_tail("10 библиотек") is None and _figure_and_tail("2 этап работы") is None


def test_the_fund_in_brackets_after_its_name_is_the_fund():
    """"Фонд библиотек (132 400 экз.) обновился на 3,1 %": the bracketed
    figure, with no cue of its own, is the fund the word "Фонд" is a cue
    of, not the first metric it is a topic of (the opening balance)."""
    assert _prose("2022", "Фонд библиотек (132 400 экз.) обновился на 3,1 %.") == {
        ("fund.end", 132400, "2022", None, None)}


def test_a_cue_that_spells_out_more_of_its_words_wins():
    """"Оқырман-балалар саны": "оқырман саны" (all readers) begins the
    hyphenated word too; the cue that spells it out (the child readers)
    names the figure."""
    assert _prose("2022", "Оқырман-балалар саны – 4 100.") == {("users.children", 4100, "2022", None, None)}
    got = {k[:2] for k in _prose("2022", "Мемлекеттік тапсырыс бойынша 1 100 дана кітап 2 200 мың теңгеге сатып алынды.")}
    assert got == {("state_order.copies", 1100), ("state_order.budget", 2200)}  # cues of other units stay


def test_its_total_is_no_part_and_readers_who_came_are_visits():
    got = {k[:2] for k in _prose("2022", "Электрондық каталогқа 3 200 библиографиялық жазба енгізілді, оның жалпы "
                                         "көлемі 58 400 жазбаны құрайды.")}
    assert ("catalog.records", 58400) in got  # "оның жалпы көлемі": its total, no "of which"
    for s in ("Есепті жылы кітапханаларды 98 450 оқырман аралады.", "Кітапханаға 98 450 оқырман келді."):
        assert {k[:2] for k in _prose("2022", s)} == {("visits.total", 98450)}, s


def test_the_wording_of_russian_statistical_forms():
    """Sentences in the wording of form 6-НК: a total word in brackets is no
    clause of its own; remote users "в удаленном режиме", their requests
    as visits to the site, "ПК", library workers, money from paid
    activity."""
    cases = [
        ("Число зарегистрированных пользователей – 10 250 чел., в т.ч. в удаленном режиме – 1 150.",
         {("users.registered", 10250), ("users.remote", 1150)}),
        ("Количество посещений библиотеки (всего) – 84 500, из них посещения массовых мероприятий – 9 870.",
         {("visits.total", 84500), ("visits.events", 9870)}),
        ("Число обращений к библиотеке удаленных пользователей – 24 500.", {("visits.web", 24500)}),
        ("Количество ПК – 58, в т.ч. с доступом в Интернет – 40.", {("equipment.computers", 58)}),
        ("Число библиотечных работников – 29 чел.", {("staff.headcount", 29)}),
        ("Поступления от платной деятельности – 215,8 тыс. руб.", {("finance.paid_services", 215.8)}),
    ]
    for s, want in cases:
        assert {k[:2] for k in _prose("2022", s)} == want, s


def test_a_plan_named_before_its_indicator():
    """"План по числу пользователей – 12 000, выполнено – 12 010": the plan
    word opens the clause and the indicator follows it; the figure done
    is of that indicator, the planned one no figure."""
    assert _prose("2022", "План по числу пользователей – 12 000, выполнено – 12 010 (100,1 %).") == {
        ("users.registered", 12010, "2022", None, None)}
