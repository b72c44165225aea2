"""Facts of tables laid out as other reports lay them out, Russian and
Kazakh: a statistical form with a column of row codes and columns of
groups of readers, a row label with words in brackets inside it, figures
by kinds of literature under columns of years, and an oblast library's
summary of all the region's libraries beside its own figures.  Each table
below was typed in its own words, with what it should give written before
esep read it; at first each gave a wrong figure or none."""

from __future__ import annotations

import pytest

from conftest import prose_facts
from esep.model import Block, Cell, Document, Provenance, Table
from esep.plugins.facts import plugin as facts
from esep.registry import Config


def _facts(period: str, rows: list[list[str]], before: tuple = ()) -> list[dict]:
    """The facts of a table after the blocks ``before`` (a heading as ("heading", text))."""
    d = Document(id="t", path="t.docx", format="docx", metadata={"period": period})
    for b in before:
        d.add_block(Block(*b) if isinstance(b, tuple) else Block("paragraph", b))
    d.add_table(Table([Cell(r, k, x) for r, row in enumerate(rows) for k, x in enumerate(row) if x], Provenance(page=1)))
    return [r.values for r in facts.extract(d, Config()) if r.table == "facts"]


def _named(got: list[dict]) -> set[tuple]:
    return {(v["metric"], v["value"], v["period"], v["category"]) for v in got if v["metric"]}


# -- a column of row codes -------------------------------------------------------------------------------------

@pytest.mark.parametrize("rows", [
    [["Наименование показателя", "№ строки", "Всего"],
     ["Число зарегистрированных пользователей", "01", "11 240"],
     ["Число посещений", "02", "96 480"]],
    [["Показатели", "Код строки", "2023 г."],
     ["Пользователи", "1", "8 115"],
     ["Посещения", "2", "61 020"]],
    [["Көрсеткіш атауы", "Жол коды", "Барлығы"],
     ["Тіркелген оқырмандар саны", "1", "6 410"],
     ["Келушілер саны", "2", "52 300"]],
    # no head over the codes, but "01", "02" rising down the rows: no figure is written so
    [["Показатель", "", "Всего"],
     ["Число пользователей", "01", "4 020"],
     ["Число посещений", "02", "30 118"]],
])
def test_a_column_of_row_codes_between_label_and_figures_is_no_figure(rows):
    got = _facts("2023", rows)
    values = {v["value"] for v in got}
    assert values == {float(rows[1][2].replace(" ", "")), float(rows[2][2].replace(" ", ""))}
    assert {v["metric"] for v in got} >= {"visits.total"}


def test_figures_in_a_column_beside_the_labels_are_still_figures():
    got = _named(_facts("2023", [["Показатели", "2022 г.", "2023 г."],
                                 ["Число пользователей", "1 020", "1 105"],
                                 ["Число посещений", "9 400", "9 918"]]))
    assert ("users.registered", 1020.0, "2022", None) in got and ("visits.total", 9918.0, "2023", None) in got


# -- columns of groups of readers ---------------------------------------------------------------------------------

FORM = [["Наименование показателя", "№ строки", "Всего", "в т.ч. детям до 14 лет", "молодёжи 15-30 лет"],
        ["Раздел 1. Пользователи, чел.", "", "", "", ""],
        ["Число зарегистрированных пользователей", "01", "9 050", "3 310", "2 040"],
        ["из них удалённых пользователей", "02", "840", "60", "415"],
        ["Раздел 2. Посещения, ед.", "", "", "", ""],
        ["Число посещений, всего", "03", "80 100", "33 020", "15 700"],
        ["Раздел 3. Выдача документов, экз.", "", "", "", ""],
        ["Выдано (просмотрено) документов, всего", "04", "203 400", "91 200", "40 050"],
        ["в т.ч. художественной литературы", "05", "120 330", "60 010", "21 900"]]


def test_a_form_by_groups_of_readers():
    got = _facts("2022", FORM)
    assert _named(got) == {
        ("users.registered", 9050.0, "2022", None), ("users.children", 3310.0, "2022", None),
        ("users.youth", 2040.0, "2022", None), ("users.remote", 840.0, "2022", None),
        ("visits.total", 80100.0, "2022", None), ("loans.total", 203400.0, "2022", None),
        ("loans.total", 120330.0, "2022", "fiction"),
        # the visits and loans of children or youth carry the group's category
        ("visits.total", 33020.0, "2022", "readers:children"), ("visits.total", 15700.0, "2022", "readers:youth"),
        ("loans.total", 91200.0, "2022", "readers:children"), ("loans.total", 40050.0, "2022", "readers:youth")}
    # the remote children, and the fiction lent to children, are kept without a metric
    unnamed = {v["value"] for v in got if v["metric"] is None}
    assert {60.0, 415.0, 60010.0, 21900.0} <= unnamed


def test_a_kazakh_table_by_groups_of_readers():
    got = _named(_facts("2023", [
        ["Көрсеткіштер", "Барлығы", "оның ішінде 14 жасқа дейінгі балалар", "оның ішінде жастар"],
        ["Оқырмандар саны", "7 200", "2 950", "1 830"],
        ["Келушілер саны", "64 500", "27 300", "12 100"]]))
    assert got == {("users.registered", 7200.0, "2023", None), ("users.children", 2950.0, "2023", None),
                   ("users.youth", 1830.0, "2023", None), ("visits.total", 64500.0, "2023", None),
                   ("visits.total", 27300.0, "2023", "readers:children"), ("visits.total", 12100.0, "2023", "readers:youth")}


def test_a_kind_after_a_row_of_no_indicator_takes_no_metric_from_a_group_column():
    got = _named(_facts("2022", [
        ["Показатель", "Всего", "в т.ч. детям до 14 лет"],
        ["Книжные выставки", "42", "18"],
        ["в т.ч. художественной литературы", "12 040", "6 300"]]))
    assert not any(m and m.startswith("users.") for m, *_ in got)


# -- words in brackets inside a row's label ---------------------------------------------------------------------

@pytest.mark.parametrize("label", ["Выдано (просмотрено) документов, всего", "Выдано (в т.ч. онлайн) документов",
                                   "Берілген (оқылған) құжаттар"])
@pytest.mark.parametrize("section", [[], [["Раздел 3. Выдача документов, экз.", ""]]])
def test_words_in_brackets_inside_a_label_do_not_stop_its_indicator(label, section):
    got = _named(_facts("2021", [["Показатели", "2021 г."], ["Число посещений", "96 480"]] + section
                        + [[label, "254 300"]]))
    assert got == {("visits.total", 96480.0, "2021", None), ("loans.total", 254300.0, "2021", None)}


# -- kinds of literature under columns of years ---------------------------------------------------------------------

KINDS = [["Вид литературы", "2022 г.", "2023 г.", "+/-"],
         ["Отраслевая литература", "50 100", "52 400", "+2 300"],
         ["Художественная литература", "81 000", "79 650", "-1 350"],
         ["Периодические издания", "7 300", "7 010", "-290"],
         ["Всего", "138 400", "139 060", "+660"]]


@pytest.mark.parametrize("rows, before", [
    (KINDS, [("heading", "Книговыдача по видам литературы")]),
    ([["Выдано документов"] + KINDS[0][1:]] + KINDS[1:], [("heading", "Работа с фондом")]),
    ([["Әдебиет түрлері", "2022 ж.", "2023 ж.", "+/-"], ["Салалық әдебиет", "50 100", "52 400", "+2 300"],
      ["Көркем әдебиет", "81 000", "79 650", "-1 350"], ["Мерзімді басылымдар", "7 300", "7 010", "-290"],
      ["Барлығы", "138 400", "139 060", "+660"]],
     [("heading", "Әдебиет түрлері бойынша кітап берілімі")]),
])
def test_kinds_of_literature_take_the_measure_the_caption_names(rows, before):
    got = _named(_facts("2023", rows, tuple(before)))
    assert got == {("loans.total", 50100.0, "2022", "sectoral"), ("loans.total", 52400.0, "2023", "sectoral"),
                   ("loans.total", 81000.0, "2022", "fiction"), ("loans.total", 79650.0, "2023", "fiction"),
                   ("loans.total", 7300.0, "2022", "periodicals"), ("loans.total", 7010.0, "2023", "periodicals"),
                   ("loans.total", 138400.0, "2022", None), ("loans.total", 139060.0, "2023", None)}


def test_kinds_under_a_caption_naming_no_measure_stay_without_one():
    got = _named(_facts("2023", KINDS, (("heading", "Приложение 2"),)))
    assert got == set()


# -- an oblast's summary beside the oblast library's own figures --------------------------------------------------

SUMMARY = [["Көрсеткіштер", "2021 ж.", "2022 ж."],
           ["Оқырмандар саны", "398 200", "405 640"],
           ["Кітап берілімі", "8 015 300", "8 101 220"]]


@pytest.mark.parametrize("before, group", [
    ([("heading", "1. Облыс кітапханалары бойынша жиынтық көрсеткіштер"), "Негізгі көрсеткіштер (жиынтық):"],
     "branch:облыс кітапханалары"),
    ([("heading", "Итоги года"), "Основные показатели муниципальных библиотек области:"], "branch:библиотеки области"),
    ([("heading", "Сводные показатели по библиотекам области")], "branch:библиотеки области"),
    ([("heading", "2. Облыстық кітапхананың негізгі көрсеткіштері")], None),
    ([("heading", "Показатели областной библиотеки")], None),
])
def test_a_summary_of_the_regions_libraries_is_told_apart_by_its_group(before, group):
    title = ("heading", "Отчёт о деятельности областной универсальной научной библиотеки за 2022 год")
    got = _named(_facts("2022", SUMMARY, (title, *before)))
    assert got == {("users.registered", 398200.0, "2021", group), ("users.registered", 405640.0, "2022", group),
                   ("loans.total", 8015300.0, "2021", group), ("loans.total", 8101220.0, "2022", group)}


def test_a_row_naming_the_regions_libraries_takes_their_group():
    got = _named(_facts("2022", [["Показатели", "2022 г."],
                                 ["Число пользователей библиотек области", "405 640"],
                                 ["Число пользователей областной библиотеки", "24 900"]]))
    assert got == {("users.registered", 405640.0, "2022", "branch:библиотеки области"),
                   ("users.registered", 24900.0, "2022", None)}


@pytest.mark.parametrize("text, group", [
    ("Облыс кітапханаларының жалпы қоры 2023 жылғы 1 қаңтарда 6 912 300 дана.", "branch:облыс кітапханалары"),
    ("Облыстағы кітапханалар 2022 жылы 405 640 оқырманға қызмет көрсетті.", "branch:облыс кітапханалары"),
    ("Библиотеками области в 2022 году обслужено 405 640 пользователей.", "branch:библиотеки области"),
    ("Облыстық ғылыми-әмбебап кітапхананың қоры 2023 жылғы 1 қаңтарда 512 400 дана.", None),
    ("Областная библиотека обслужила 24 900 пользователей.", None),
])
def test_prose_of_the_regions_libraries_and_of_the_oblast_library(text, group):
    got = prose_facts("2022", text)
    assert len(got) == 1 and next(iter(got))[4] == group


@pytest.mark.parametrize("title, text", [
    ("Общедоступные библиотеки Северной области в 2022 году",
     "В 2022 году библиотеки области обслужили 405 640 пользователей."),
    ("Облыс кітапханаларының 2022 жылғы жұмысы туралы шолу",
     "2022 жылы облыс кітапханалары 405 640 оқырманға қызмет көрсетті."),
])
def test_a_review_of_the_regions_libraries_keeps_no_group_of_its_own_subject(title, text):
    d = Document(id="t", path="t.docx", format="docx", metadata={"period": "2022"})
    d.add_block(Block("heading", title))
    d.add_block(Block("paragraph", text))
    got = [r.values for r in facts.extract(d, Config()) if r.table == "facts" and r.values["metric"]]
    assert [(v["metric"], v["value"], v["category"]) for v in got] == [("users.registered", 405640.0, None)]


@pytest.mark.parametrize("caption", ["Таблица 2. Показатели городских и сельских библиотек",
                                     "Показатели сельских библиотек"])
def test_a_table_by_library_under_a_caption_naming_groups_takes_no_group_of_the_caption(caption):
    got = _facts("2022", [["Библиотеки", "Пользователи"], ["Городские библиотеки", "6 840"],
                          ["Сельские библиотеки-филиалы", "7 522"], ["Итого по ЦБС", "14 362"]],
                 (("heading", "Отчёт о работе ЦБС за 2022 год"), ("heading", caption)))
    total = [v for v in got if v["value"] == 14362.0]
    assert [(v["metric"], v["category"]) for v in total] == [("users.registered", None)]


# -- a table of some forms of work -----------------------------------------------------------------------------

def _with_events(registry, period: str, rows: list[list[str]]) -> set[tuple]:
    """The named facts of a table once the event statistics have read it (as ``esep ingest`` runs them)."""
    d = Document(id="t", path="t.docx", format="docx", metadata={"period": period})
    d.add_table(Table([Cell(r, k, x) for r, row in enumerate(rows) for k, x in enumerate(row) if x], Provenance(page=1)))
    recs = [r for ex in registry.extractors if ex.name in ("facts", "event_stats") for r in ex.extract(d, Config())]
    registry.hook.prepare_records(records=recs, document=d, config=Config())
    return {(r.values["metric"], r.values["value"], r.values["period"], r.values["category"])
            for r in recs if r.table == "facts" and r.values["metric"]}


@pytest.mark.parametrize("total, counted", [
    ("Итого по указанным формам", False),
    ("Всего по перечисленным формам", False),
    ("Көрсетілген түрлер бойынша барлығы", False),
    ("Итого", True),
])
def test_a_total_of_the_forms_listed_only_is_no_count_of_every_event(registry, total, counted):
    got = _with_events(registry, "2024-H1", [
        ["Форма работы", "I полугодие 2023", "", "I полугодие 2024", ""],
        ["", "мероприятий", "присутствовало", "мероприятий", "присутствовало"],
        ["Презентации книг", "14", "520", "17", "611"],
        ["Литературные часы", "46", "1 080", "52", "1 164"],
        [total, "60", "1 600", "69", "1 775"]])
    whole = {("events.actual", 60.0, "2023-H1", None), ("events.actual", 69.0, "2024-H1", None),
             ("events.participants", 1600.0, "2023-H1", None), ("events.participants", 1775.0, "2024-H1", None)}
    # a form that names books ("Презентации книг", "Выставки новых книг") is a form, not a part of the books
    assert got == (whole if counted else set())
