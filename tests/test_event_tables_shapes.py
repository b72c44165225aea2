"""Event tables of other shapes: a table of a part of the library system
(a department, a group of readers, a group of libraries) beside the table
of the whole, a table laid on its side whose cells are the forms' own
figures, a sum of the forms listed above the grand total, and sub-rows and
tables of some forms only against the table's total."""

from __future__ import annotations

import pytest

from esep.model import Document
from esep.registry import Config

from conftest import report_of


def _records(registry, d: Document):
    """The records of the document once the event statistics, the facts and the checks ran (as ``esep ingest``)."""
    recs = [r for ex in registry.extractors if ex.name in ("facts", "event_stats") for r in ex.extract(d, Config())]
    registry.hook.prepare_records(records=recs, document=d, config=Config())
    return recs


def _event_facts(recs) -> set[tuple]:
    return {(r.values["metric"], r.values["value"], r.values["period"], r.values["category"])
            for r in recs if r.table == "facts" and (r.values["metric"] or "").startswith("events.")
            and r.table_index is not None}


WHOLE = [["Формы работы", "Кол-во", "Присутствовало"],
         ["Книжные выставки", "120", "2400"], ["Беседы", "90", "1800"], ["Прочие", "95", "2704"],
         ["Всего", "305", "6904"]]


# -- 1. a table of a part of the system --------------------------------------------------------------------------

@pytest.mark.parametrize("caption, rows", [
    ("Табл. 6. Мероприятия детского отдела в 2021 году",
     [["Формы работы", "Кол-во", "Присутствовало"], ["Книжные выставки", "80", "2000"], ["Беседы", "60", "1500"],
      ["Викторины", "76", "1763"], ["Итого", "216", "5263"]]),
    ("Балалар бөлімінің іс-шаралары:",
     [["Іс-шара түрлері", "Саны", "Қатысқандар"], ["Кітап көрмелері", "80", "2000"], ["Әңгімелер", "60", "1500"],
      ["Викториналар", "76", "1763"], ["Жиыны", "216", "5263"]]),
    ("Мероприятия для юношества:",
     [["Форма мероприятия", "Количество", "Участники"], ["Книжные выставки", "80", "2000"], ["Диспуты", "60", "1500"],
      ["Викторины", "76", "1763"], ["Итого", "216", "5263"]]),
])
def test_the_total_of_a_department_or_a_group_of_readers_is_no_count_of_the_period(registry, caption, rows):
    recs = _records(registry, report_of("2021", "Отчёт о работе городской библиотеки за 2021 год",
                                   "Массовая работа", WHOLE, caption, rows))
    got = _event_facts(recs)
    assert ("events.actual", 305.0, "2021", None) in got and ("events.participants", 6904.0, "2021", None) in got
    assert not {f for f in got if f[1] in (216.0, 5263.0)}
    # the rows are still read, the part's total among them
    assert [r.values["actual"] for r in recs if r.table == "event_stats" and r.table_index == 1
            and r.values["is_total"]] == [216]


def test_a_group_of_libraries_keeps_its_total_as_its_category(registry):
    rows = [["Формы работы", "Кол-во", "Присутствовало"], ["Книжные выставки", "70", "1500"],
            ["Беседы", "60", "1200"], ["Итого", "130", "2700"]]
    got = _event_facts(_records(registry, report_of("2021", "Отчёт ЦБС за 2021 год", WHOLE,
                                               "Массовые мероприятия сельских библиотек:", rows)))
    assert ("events.actual", 130.0, "2021", "branch:сельские библиотеки") in got
    assert not {f for f in got if f[1] == 130.0 and f[3] is None}


def test_a_childrens_librarys_own_report_keeps_its_childrens_table(registry):
    """The title names the same readers: the table is the whole report's."""
    rows = [["Формы работы", "Кол-во", "Присутствовало"], ["Книжные выставки", "80", "2000"],
            ["Беседы", "60", "1500"], ["Итого", "140", "3500"]]
    got = _event_facts(_records(registry, report_of("2021", "Отчёт центральной детской библиотеки за 2021 год",
                                               "Мероприятия для детей:", rows)))
    assert ("events.actual", 140.0, "2021", None) in got


@pytest.mark.parametrize("head, rows", [
    ("Іс-шаралар атауы", [["Кітап көрмелері", "42", "1100"], ["Әдеби кештер", "11", "340"], ["Барлығы", "53", "1440"]]),
    ("Формы работы", [["Онлайн-выставки", "20", "900"], ["Виртуальные экскурсии", "11", "340"], ["Итого", "31", "1240"]]),
])
def test_a_second_table_counting_fewer_events_of_the_same_period_is_a_part(registry, head, rows):
    """No caption names the part, but the whole is the larger count of the same period."""
    second = [[head, "Кол-во", "Присутствовало"]] + rows
    got = _event_facts(_records(registry, report_of("2021", "Таблица.", WHOLE, "Таблица.", second)))
    assert ("events.actual", 305.0, "2021", None) in got
    assert {f for f in got if f[1] in (float(rows[-1][1]), float(rows[-1][2]))} == set()


# -- 2. a table on its side: the forms' own figures are no count of the period --------------------------------

@pytest.mark.parametrize("rows, want", [
    ([["Показатель", "Книжные выставки", "Беседы", "Викторины", "Акции", "Всего"],
      ["Количество мероприятий", "52", "30", "14", "9", "150"],
      ["Присутствовало, чел.", "1240", "610", "330", "700", "3600"]],
     {("events.actual", 150.0, "2023", None), ("events.participants", 3600.0, "2023", None)}),
    ([["Наименование показателя", "Громкие чтения", "Диспуты", "Литературные вечера", "Итого"],
      ["Число мероприятий", "12", "7", "5", "24"],
      ["Число участников", "300", "140", "210", "650"]],
     {("events.actual", 24.0, "2023", None), ("events.participants", 650.0, "2023", None)}),
])
def test_a_table_on_its_side_gives_its_total_only(registry, rows, want):
    got = _event_facts(_records(registry, report_of("2023", "Основные показатели массовой работы", rows)))
    assert got == want


@pytest.mark.parametrize("rows", [
    [["Жылдар", "Кітап көрмесі", "Әдеби кеш", "Викторина", "Барлығы"],
     ["2022 ж.", "80", "22", "9", "327"], ["2023 ж.", "86", "25", "11", "348"]],
    [["Год", "Книжные выставки", "Беседы", "Викторины", "Всего"],
     ["2022", "80", "22", "9", "327"], ["2023", "86", "25", "11", "348"]],
])
def test_years_down_and_forms_across_give_the_years_totals_only(registry, rows):
    got = _event_facts(_records(registry, report_of("2023", "Іс-шаралар серпіні:", rows)))
    assert {f[:3] for f in got if f[0] == "events.actual"} <= {("events.actual", 327.0, "2022"),
                                                                ("events.actual", 348.0, "2023")}
    assert ("events.actual", 348.0, "2023") in {f[:3] for f in got}


# -- 5. a sum of the forms listed above the grand total ------------------------------------------------------

@pytest.mark.parametrize("subtotal, total, head", [
    ("Итого по указанным формам", "Всего", "Формы работы"),
    ("Всего по перечисленным формам", "Итого", "Формы работы"),
    ("Көрсетілген түрлер бойынша барлығы", "Барлығы", "Жұмыс түрлері"),
])
def test_a_sum_of_the_forms_listed_is_no_second_total(registry, subtotal, total, head):
    rows = [[head, "Кол-во", "Присутствовало"], ["Книжные выставки", "30", "700"], ["Беседы", "20", "500"],
            [subtotal, "50", "1200"], ["Прочие", "30", "690"], [total, "80", "1890"]]
    recs = _records(registry, report_of("2022-9M", "Мероприятия:", rows))
    stats = [r.values for r in recs if r.table == "event_stats"]
    assert [(v["label"], v["actual"]) for v in stats if v["is_total"]] == [(total, 80)]
    sub = next(v for v in stats if v["label"] == subtotal)
    assert sub["event_type"] is None and sub["actual"] == 50
    checks = {r.values["name"]: r.values for r in recs if r.table == "checks" and r.values["kind"] == "event_totals"}
    assert checks and all(c["holds"] for c in checks.values()), checks


# -- 7. sub-rows and tables of some forms only against the total ---------------------------------------------

@pytest.mark.parametrize("sub", ["в т.ч. онлайн-выставки", "из них для детей", "оның ішінде балаларға арналғаны"])
def test_a_sub_row_is_left_out_of_the_sum(registry, sub):
    rows = [["Формы работы", "Кол-во", "Присутствовало"], ["Книжные выставки", "40", "900"], [sub, "6", "180"],
            ["Беседы", "25", "600"], ["Всего", "65", "1500"]]
    recs = _records(registry, report_of("2023", "Мероприятия:", rows))
    assert any(r.table == "event_stats" and r.values["label"] == sub for r in recs)  # still a row of its own
    checks = [r.values for r in recs if r.table == "checks" and r.values["kind"] == "event_totals"]
    assert len(checks) == 2 and all(c["holds"] for c in checks), checks


@pytest.mark.parametrize("caption", ["Основные формы массовой работы:", "Отдельные формы работы с читателями",
                                     "Негізгі жұмыс түрлерінің көрсеткіштері:"])
def test_a_table_of_some_forms_beside_the_total_of_all_is_checked_as_no_more(registry, caption):
    rows = [["Формы работы", "Кол-во", "Присутствовало"], ["Книжные выставки", "40", "900"],
            ["Беседы", "25", "600"], ["Всего мероприятий", "150", "3600"]]
    recs = _records(registry, report_of("2023", caption, rows))
    assert [r.values["holds"] for r in recs if r.table == "checks" and r.values["kind"] == "event_totals"] == [1, 1]
    # more than the total fails still
    rows[1][1] = "140"
    recs = _records(registry, report_of("2023", caption, rows))
    assert [r.values["holds"] for r in recs if r.table == "checks" and r.values["kind"] == "event_totals"] == [0, 1]
    # a table of the same rows under a caption of every form is checked, and fails
    recs = _records(registry, report_of("2023", "Мероприятия по формам работы:", rows))
    assert [r.values["holds"] for r in recs if r.table == "checks" and r.values["kind"] == "event_totals"] == [0, 0]


# -- 3. a percent column naming the year it compares with -----------------------------------------------------

@pytest.mark.parametrize("pct", ["% к 2022 г.", "2022 жылмен салыстырғанда, %"])
def test_a_percent_against_a_year_is_no_fulfilment_of_the_plan(registry, pct):
    rows = [["Формы работы", "2022 г. план", "2022 г. факт", "2023 г. план", "2023 г. факт", pct],
            ["Книжные выставки", "45", "48", "50", "52", "108,3"], ["Беседы", "28", "28", "30", "30", "107,1"],
            ["Итого", "73", "76", "80", "82", "107,9"]]
    stats = [r.values for r in _records(registry, report_of("2023", "Мероприятия:", rows)) if r.table == "event_stats"]
    assert {(v["label"], v["period"]): (v["plan"], v["actual"]) for v in stats}[("Беседы", "2023")] == (30, 30)
    assert all(v["percent"] is None for v in stats)


def test_a_percent_of_the_plan_beside_the_plan_is_still_read(registry):
    rows = [["Формы работы", "2022 г. план", "2022 г. факт", "2023 г. план", "2023 г. факт", "%"],
            ["Книжные выставки", "45", "48", "50", "52", "104"], ["Беседы", "28", "28", "30", "30", "100"],
            ["Итого", "73", "76", "80", "82", "102,5"]]
    stats = [r.values for r in _records(registry, report_of("2023", "Мероприятия:", rows)) if r.table == "event_stats"]
    assert {(v["label"], v["period"]): v["percent"] for v in stats}[("Итого", "2023")] == 102.5


# -- 4. a total column beside its parts only ------------------------------------------------------------------

@pytest.mark.parametrize("rows", [
    [["Формы", "Всего", "в т.ч. в сельских библиотеках"], ["Книжные выставки", "40", "18"], ["Беседы", "25", "11"],
     ["Викторины", "12", "5"], ["Итого", "77", "34"]],
    [["Жұмыс түрлері", "Барлығы", "оның ішінде ауылдық кітапханаларда"], ["Кітап көрмелері", "40", "18"],
     ["Әңгімелер", "25", "11"], ["Викториналар", "12", "5"], ["Жиыны", "77", "34"]],
])
def test_a_total_column_beside_its_parts_is_the_count_of_the_period(registry, rows):
    recs = _records(registry, report_of("2024-H1", "Таблица.", rows))
    stats = [r.values for r in recs if r.table == "event_stats"]
    assert [(v["period"], v["actual"], v["participants"], v["is_total"]) for v in stats] == [
        ("2024-H1", 40, None, 0), ("2024-H1", 25, None, 0), ("2024-H1", 12, None, 0), ("2024-H1", 77, None, 1)]


def test_a_table_of_readers_with_a_total_and_its_part_is_no_event_table(registry):
    rows = [["Категории читателей", "Всего", "в т.ч. в сельских библиотеках"], ["Дети до 14 лет", "4 100", "1 800"],
            ["Юношество", "2 300", "900"], ["Итого", "6 400", "2 700"]]
    assert [r for r in _records(registry, report_of("2024-H1", "Таблица.", rows)) if r.table == "event_stats"] == []


# -- 8. abbreviated labels -------------------------------------------------------------------------------------

@pytest.mark.parametrize("label, want", [
    ("лит. вечер", "hour.literary"), ("Лит. вечера", "hour.literary"),
    ("лит.-муз. вечер", "evening.literary_musical"), ("муз.-лит. вечер", "evening.literary_musical"),
    ("б/о", "review.literary"), ("б/у", "lesson.library"), ("Д/и", "information_day"), ("к/в", "exhibition.book"),
    ("с/б", None), ("д/б", None), ("а/к", None),
])
def test_an_abbreviation_completes_to_the_form_its_words_name(label, want):
    from esep.plugins.events.labels import label_matcher
    from esep.plugins.vocab import get_vocabulary

    assert label_matcher(get_vocabulary("event_types", Config())).match(label).id == want


# -- 6. Writer's text export, one cell a line ------------------------------------------------------------------

def _text_rows(registry, text: str, period: str):
    from esep.plugins.text.loader import parse

    d = parse(text, "r.txt")
    d.metadata["period"] = period
    return [r.values for r in _records(registry, d) if r.table == "event_stats"]


@pytest.mark.parametrize("unit", ["ед.", "мер.", "шт."])
def test_cells_with_a_unit_after_the_figure_are_figures(registry, unit):
    text = "\n".join(["Сравнение с прошлым годом:", "Форма", "2022 г.", "2023 г.", "+/-",
                      "Книжные выставки", f"48 {unit}", f"52 {unit}", "+4", "Беседы", f"28 {unit}", f"30 {unit}", "+2",
                      "Викторины", f"12 {unit}", f"14 {unit}", "+2", "Итого", f"88 {unit}", f"96 {unit}", "+8",
                      "Методист А. Б. Иванова"])
    got = {(v["label"], v["period"]): v for v in _text_rows(registry, text, "2023")}
    assert {k: v["actual"] for k, v in got.items()} == {
        ("Книжные выставки", "2022"): 48, ("Книжные выставки", "2023"): 52, ("Беседы", "2022"): 28,
        ("Беседы", "2023"): 30, ("Викторины", "2022"): 12, ("Викторины", "2023"): 14,
        ("Итого", "2022"): 88, ("Итого", "2023"): 96}


@pytest.mark.parametrize("first, rest, label", [
    ("Ақын-жазушылармен", "кездесулер", "Ақын-жазушылармен кездесулер"),
    ("Встречи с интересными", "людьми", "Встречи с интересными людьми"),
])
def test_a_first_label_wrapped_onto_a_row_of_its_own(registry, first, rest, label):
    text = "\n".join(["Іс-шаралар:", "Іс-шара", "саны", "қатысушылар", first, "", "", rest, "22", "1100",
                      "Кітап", "", "", "көрмелері", "104", "2600", "Дөңгелек үстелдер", "9", "230",
                      "Жиыны", "135", "3930", "Кітапханалар бойынша:", "Кітапхана атауы", "Іс-шаралар саны",
                      "Қатысқан оқырмандар", "Орталық кітапхана", "150", "3900", "ОБК", "98", "2450",
                      "Жиыны", "248", "6350"])
    from esep.plugins.text.loader import parse

    d = parse(text, "r.txt")
    d.metadata["period"] = "2024"
    got = [(r.table_index, r.values["label"], r.values["actual"], r.values["participants"])
           for r in _records(registry, d) if r.table == "event_stats"]
    first = [g[1:] for g in got if g[0] == got[0][0]]
    assert first == [(label, 22, 1100), ("Кітап көрмелері", 104, 2600), ("Дөңгелек үстелдер", 9, 230),
                     ("Жиыны", 135, 3930)]
    # the table by library below is a table of its own
    assert [t.cells[0].text for t in d.tables][1:] == ["Кітапхана атауы"]
