"""Facts of Russian reports that set last year's figure beside this year's
with "против" ("12 000 против 12 500 в 2022 г."), give the load of one
librarian, split a group of readers further, and count the fund by the
branches of knowledge.  Each sentence and table was typed for this test in
the wordings of district and city reports, with what it should give written
before esep read it; before these rules each gave a wrong figure or none."""

from __future__ import annotations

from conftest import prose_facts, table_facts


def _named(got: set) -> set:
    """(metric, value, period, category) of each fact."""
    return {(k[0], k[1], k[2], k[4]) for k in got}


# -- "против": the figure compared with, and its period ---------------------------------------------------------

def test_the_figure_after_against_counts_what_the_figure_before_counts_in_its_own_year():
    got = _named(prose_facts("2023", "Зарегистрировано 8 214 пользователей против 8 950 в 2022 г., "
                                     "из них детей – 3 120 (в 2022 г. – 3 300)."))
    assert got == {("users.registered", 8214, "2023", None), ("users.registered", 8950, "2022", None),
                   ("users.children", 3120, "2023", None), ("users.children", 3300, "2022", None)}


def test_a_bare_figure_after_against_takes_the_indicator_before_it_not_the_cue_after():
    got = _named(prose_facts("2023", "Количество мероприятий – 412 против 398 в 2022 г. Выдано 140 500 экз. документов."))
    assert got == {("events.actual", 412, "2023", None), ("events.actual", 398, "2022", None),
                   ("loans.total", 140500, "2023", None)}


def test_the_year_s_abbreviation_ends_a_sentence_that_stated_a_figure():
    got = _named(prose_facts("2023", "Посещений – 61 300 против 64 020 в 2022 г. Книговыдача – 150 200 экз. "
                                     "против 152 400 экз. в 2022 г."))
    assert got == {("visits.total", 61300, "2023", None), ("visits.total", 64020, "2022", None),
                   ("loans.total", 150200, "2023", None), ("loans.total", 152400, "2022", None)}


def test_a_sentence_opening_with_its_year_goes_on_past_the_abbreviation():
    got = _named(prose_facts("2023", "В 2022 г. Центральная библиотека выдала 48 300 экз. документов."))
    assert got == {("loans.total", 48300, "2022", None)}


# -- the load of one librarian -----------------------------------------------------------------------------------

def test_figures_per_librarian_are_rates_not_totals():
    assert prose_facts("2021", "Нагрузка на одного библиотекаря: пользователей – 455, книговыдачи – 11 870.") == set()
    assert prose_facts("2021", "На 1 библиотечного работника приходится 470 читателей и 3 900 посещений.") == set()
    # the same figures with no librarian they are per are the system's own
    got = _named(prose_facts("2021", "Пользователей – 455, книговыдача – 11 870."))
    assert got == {("users.registered", 455, "2021", None), ("loans.total", 11870, "2021", None)}


# -- a part of a group of readers --------------------------------------------------------------------------------

def test_a_part_of_the_children_is_no_count_of_all_readers():
    got = _named(table_facts("2022",
                             ["Состав пользователей", "2021", "2022"],
                             ["Всего пользователей", "4 210", "4 305"],
                             ["дети до 14 лет", "2 950", "3 010"],
                             ["в т.ч. читатели дошкольного возраста", "610", "655"],
                             ["юношество", "720", "741"]))
    assert got == {("users.registered", 4210, "2021", None), ("users.registered", 4305, "2022", None),
                   ("users.children", 2950, "2021", None), ("users.children", 3010, "2022", None),
                   ("users.youth", 720, "2021", None), ("users.youth", 741, "2022", None)}


# -- the fund by branches of knowledge ---------------------------------------------------------------------------

def test_fiction_and_children_s_books_among_branches_of_knowledge_are_categories():
    got = _named(table_facts("2016",
                             ["Отрасль знаний", "Фонд, экз.", "Выдача, экз."],
                             ["Общественно-политическая литература", "2 115", "1 240"],
                             ["Естественные науки", "806", "512"],
                             ["Техника", "640", "301"],
                             ["Сельское хозяйство", "577", "390"],
                             ["Искусство. Спорт", "498", "402"],
                             ["Художественная литература", "7 020", "10 480"],
                             ["Детская литература", "3 115", "5 030"],
                             ["Итого", "14 771", "18 355"]))
    assert {("fund.end", 7020, "2016", "fiction"), ("loans.total", 10480, "2016", "fiction"),
            ("fund.end", 3115, "2016", "children"), ("loans.total", 5030, "2016", "children"),
            ("fund.end", 14771, "2016", None), ("loans.total", 18355, "2016", None)} == got


def test_a_figure_no_metric_names_after_a_compared_year_is_the_report_s():
    from esep.model import Block, Document
    from esep.plugins.facts import plugin as facts
    from esep.registry import Config

    d = Document(id="p", path="p.txt", format="txt", metadata={"period": "2023"})
    d.add_block(Block("paragraph", "Проведено 512 мероприятий против 498 в 2022 г. Оформлено 40 виртуальных выставок."))
    got = {(r.values["metric"], r.values["value"], r.values["period"]) for r in facts.extract(d, Config())
           if r.table == "facts"}
    assert got == {("events.actual", 512, "2023"), ("events.actual", 498, "2022"), (None, 40, "2023")}


def test_last_year_after_against_is_no_period_of_the_next_clause():
    got = _named(prose_facts("2023", "Читателей – 5 120 против 5 300 в прошлом году, посещений – 41 800."))
    assert got == {("users.registered", 5120, "2023", None), ("users.registered", 5300, "2022", None),
                   ("visits.total", 41800, "2023", None)}


def test_a_row_of_the_load_per_librarian_is_a_rate_not_the_readers():
    got = _named(table_facts("2022",
                             ["Показатели", "2021", "2022"],
                             ["Пользователи", "9 870", "10 012"],
                             ["Нагрузка на одного библиотекаря (пользователей)", "470", "477"],
                             ["Документовыдача", "230 400", "233 150"]))
    assert got == {("users.registered", 9870, "2021", None), ("users.registered", 10012, "2022", None),
                   ("loans.total", 230400, "2021", None), ("loans.total", 233150, "2022", None)}


def test_the_kazakh_load_per_librarian_is_a_rate_one_specialist_is_the_staff():
    assert prose_facts("2021", "Бір кітапханашыға шаққанда 470 оқырман, 11 200 кітап берілімі келеді.") == set()
    got = _named(prose_facts("2021", "Кітапханада 1 маман жұмыс істейді, 843 оқырманға қызмет көрсетілді."))
    assert ("users.registered", 843, "2021", None) in got
