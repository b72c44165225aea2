"""Tables of reports written in other hands, Russian and Kazakh: each table
below was typed as such reports lay out theirs, with what it should give
written before esep read it; at first each gave a wrong figure.  A column
of the year before ("Өткен жылдың сәйкес кезеңі", "АППГ")."""

from __future__ import annotations

import pytest

from esep.model import Block, Cell, Document, Provenance, Table
from esep.plugins.facts import plugin as facts
from esep.registry import Config


def _facts(period: str, rows: list[list[str]], before: tuple[str, ...] = ()) -> list[dict]:
    d = Document(id="t", path="t.docx", format="docx", metadata={"period": period})
    for x in before:
        d.add_block(Block("paragraph", x))
    d.add_table(Table([Cell(r, k, x) for r, row in enumerate(rows) for k, x in enumerate(row) if x], Provenance(page=1)))
    return [r.values for r in facts.extract(d, Config()) if r.table == "facts" and r.values.get("source") == "table"]


def _keys(period: str, rows: list[list[str]], before: tuple[str, ...] = ()) -> set[tuple]:
    return {(v["metric"], v["value"], v["period"], v["category"]) for v in _facts(period, rows, before)}


@pytest.mark.parametrize("period, head, earlier", [
    ("2024-H1", ["Көрсеткіштер", "Жоспар", "Орындалды", "Өткен жылдың сәйкес кезеңі"], "2023-H1"),
    ("2024-9M", ["Көрсеткіштер", "Жоспар", "Орындалды", "Өткен жылы"], "2023-9M"),
    ("2022", ["Показатели", "План", "Выполнено", "Соответствующий период прошлого года"], "2021"),
    ("2023-Q1", ["Показатели", "План", "Факт", "АППГ"], "2022-Q1"),
    ("2023", ["Показатели", "План", "Выполнено", "Прошлый год"], "2022"),
])
def test_a_column_of_the_year_before_is_the_same_part_of_that_year(period, head, earlier):
    rows = [head, ["Оқырмандар" if head[0].startswith("К") else "Пользователи", "20 000", "19 870", "19 402"],
            ["Келушілер" if head[0].startswith("К") else "Посещения", "150 000", "151 236", "146 980"]]
    got = _keys(period, rows)
    assert got == {("users.registered", 19870, period, None), ("users.registered", 19402, earlier, None),
                   ("visits.total", 151236, period, None), ("visits.total", 146980, earlier, None)}


@pytest.mark.parametrize("period, before, rows, want", [
    ("2022", ("Ақылы қызметтерден 742,8 мың теңге түсті.", "Қордың қозғалысы (дана)"),
     [["Көрсеткіш", "Барлығы", "оның ішінде қазақ тілінде"],
      ["2022 жылдың басындағы қор", "152 310", "81 044"], ["Түсті", "4 862", "3 107"]],
     {("fund.start", 152310, "2022", None), ("fund.start", 81044, "2022", None),
      ("fund.received", 4862, "2022", None), ("fund.received", 3107, "2022", None)}),
    ("2021", ("Доходы от платных услуг составили 1 215,4 тыс. тенге.", "Движение фонда, экз."),
     [["Показатель", "Всего", "в т.ч. на казахском языке"],
      ["На начало 2021 года", "98 440", "51 230"], ["Поступило", "3 100", "1 870"]],
     {("fund.start", 98440, "2021", None), ("fund.start", 51230, "2021", None),
      ("fund.received", 3100, "2021", None), ("fund.received", 1870, "2021", None)}),
])
def test_a_fund_row_whose_label_carries_the_year_is_that_stock(period, before, rows, want):
    assert _keys(period, rows, before) == want


@pytest.mark.parametrize("before, want", [
    (("Жыл ішінде бюджеттен тыс қаражаттан 312,5 мың теңге түсті.",), None),
    (("Платные услуги принесли библиотеке 540 тыс. тенге.",), None),
    (("Ақылы қызметтерден түскен қаражат:",), "finance.paid_services"),  # a caption names it
])
def test_a_row_no_vocabulary_names_takes_no_metric_from_the_prose_before_the_table(before, want):
    rows = [["Жыл", "Барлығы", "оның ішінде қазақ тілінде"], ["2022 ж.", "40 120", "21 300"],
            ["2023 ж.", "41 300", "22 010"]]
    assert {v["metric"] for v in _facts("2023", rows, before)} == {want}


@pytest.mark.parametrize("head, rows", [
    (["Показатель", "Всего", "в т.ч. дети до 14 лет", "молодёжь 15–30 лет"],
     [["Пользователи", "21 640", "16 905", "4 735"], ["Посещения", "164 220", "131 080", "33 140"],
      ["Книговыдача", "401 770", "322 415", "79 355"]]),
    (["Көрсеткіштер", "Барлығы", "оның ішінде 14 жасқа дейінгі балалар", "жастар"],
     [["Оқырмандар саны", "21 640", "16 905", "4 735"], ["Келушілер саны", "164 220", "131 080", "33 140"],
      ["Кітап берілімі", "401 770", "322 415", "79 355"]]),
])
def test_the_visits_and_loans_of_a_group_of_readers_carry_the_group(head, rows):
    got = _keys("2024-9M", [head] + rows)
    assert got == {("users.registered", 21640, "2024-9M", None), ("users.children", 16905, "2024-9M", None),
                   ("users.youth", 4735, "2024-9M", None),
                   ("visits.total", 164220, "2024-9M", None), ("visits.total", 131080, "2024-9M", "readers:children"),
                   ("visits.total", 33140, "2024-9M", "readers:youth"),
                   ("loans.total", 401770, "2024-9M", None), ("loans.total", 322415, "2024-9M", "readers:children"),
                   ("loans.total", 79355, "2024-9M", "readers:youth")}


@pytest.mark.parametrize("rows, want", [
    ([["Показатель", "2023 г.", "2024 г."], ["Посещения", "52 400", "54 100"],
      ["Посещения детей до 14 лет", "30 120", "31 800"]],
     {("visits.total", 52400, "2023", None), ("visits.total", 54100, "2024", None),
      ("visits.total", 30120, "2023", "readers:children"), ("visits.total", 31800, "2024", "readers:children")}),
    ([["Көрсеткіш", "2023 ж.", "2024 ж."], ["Кітап берілімі", "98 000", "99 500"],
      ["оның ішінде 14 жасқа дейінгі балаларға", "41 000", "42 700"]],
     {("loans.total", 98000, "2023", None), ("loans.total", 99500, "2024", None),
      ("loans.total", 41000, "2023", "readers:children"), ("loans.total", 42700, "2024", "readers:children")}),
])
def test_a_row_of_a_group_of_readers_is_no_uncategorized_whole(rows, want):
    assert _keys("2024", rows) == want


@pytest.mark.parametrize("before, rows, want", [
    (("Финансирование, тыс. тенге",),
     [["Источник", "2020 г.", "2021 г."], ["Местный бюджет", "198 002,7", "214 560,3"],
      ["Платные услуги", "1 108,4", "1 245,6"], ["Итого", "199 111,1", "215 805,9"]],
     {("finance.budget", 214560.3, "2021", "source:local"), ("finance.paid_services", 1245.6, "2021", None),
      ("finance.budget", 215805.9, "2021", None)}),
    (("Қаржыландыру көздері (мың теңге)",),
     [["Қаржыландыру көзі", "2022 ж.", "2023 ж."], ["Жергілікті бюджет", "90 100,0", "95 400,5"],
      ["Республикалық бюджет", "2 000,0", "2 500,0"], ["Демеушілік көмек", "150,0", "320,0"],
      ["Барлығы", "92 250,0", "98 220,5"]],
     {("finance.budget", 95400.5, "2023", "source:local"), ("finance.budget", 2500, "2023", "source:republican"),
      ("finance.budget", 320, "2023", "source:sponsors"), ("finance.budget", 98220.5, "2023", None)}),
    ((),
     [["Источник финансирования", "2022", "2023"], ["Областной бюджет", "10 000", "12 000"],
      ["Спонсорская помощь", "200", "150"], ["Всего", "10 200", "12 150"]],
     {("finance.budget", 12000, "2023", "source:oblast"), ("finance.budget", 150, "2023", "source:sponsors"),
      ("finance.budget", 12150, "2023", None)}),
])
def test_a_funding_source_is_a_part_of_the_budget_and_only_the_total_is_the_whole(before, rows, want):
    got = {k for k in _keys("2023", rows, before) if k[2] in ("2021", "2023")}
    assert got == want


@pytest.mark.parametrize("period, before, rows, want", [
    ("2022", (), [["Показатель", "2021 г.", "2022 г.", "+/-"], ["Число пользователей", "121 000", "122 500", "1 500"],
                  ["Библиотечные работники, чел.", "698", "695", "-3"]],
     {("users.registered", 121000, "2021", None), ("users.registered", 122500, "2022", None),
      ("staff.headcount", 698, "2021", "librarians"), ("staff.headcount", 695, "2022", "librarians")}),
    ("2023-Q1", ("Состав читателей: дошкольники – 2 310 чел., учащиеся 1–4 классов – 7 645 чел.",),
     [["Показатель", "2022", "2023"], ["Численность библиотечных работников", "702", "695"]],
     {("staff.headcount", 702, "2022-Q1", "librarians"), ("staff.headcount", 695, "2023-Q1", "librarians")}),
    ("2023", (), [["Көрсеткіш", "2022 ж.", "2023 ж."], ["Кітапханашылар саны", "41", "43"]],
     {("staff.headcount", 41, "2022", "librarians"), ("staff.headcount", 43, "2023", "librarians")}),
])
def test_a_row_of_librarians_counts_the_staff(period, before, rows, want):
    assert _keys(period, rows, before) == want


@pytest.mark.parametrize("head, total, group", [
    (["Аудан, қала", "Кітапханалар", "Оқырмандар", "Келушілер"], "Облыс бойынша барлығы", "branch:облыс кітапханалары"),
    (["Район, город", "Библиотеки", "Пользователи", "Посещения"], "Итого по области", "branch:библиотеки области"),
])
def test_the_oblast_total_of_a_table_of_its_districts_is_the_oblast_libraries(head, total, group):
    places = (["Жаңаарқа ауданы", "Жезқазған қ."] if head[0].startswith("Аудан")
              else ["Каркаралинский район", "г. Балхаш"])
    rows = [head, [places[0], "15", "13 905", "102 337"], [places[1], "14", "38 410", "312 655"],
            [total, "29", "52 315", "414 992"]]
    got = _facts("2023", rows)
    # no district's figure is the library's own: each is its district's or town's (the libraries counted are no
    # librarians)
    district, town = (("branch:жаңаарқа ауданы", "branch:жезқазған қ") if head[0].startswith("Аудан")
                      else ("branch:каркаралинский район", "branch:г балхаш"))
    assert {(v["metric"], v["value"], v["category"]) for v in got if v["metric"]} == {
        ("users.registered", 52315, group), ("visits.total", 414992, group),
        ("users.registered", 13905, district), ("visits.total", 102337, district),
        ("users.registered", 38410, town), ("visits.total", 312655, town)}
    assert not any(v["category"] == "librarians" for v in got)


@pytest.mark.parametrize("rows, rest", [
    ([["Аудан, қала", "Оқырмандар", "Келушілер"], ["Арал ауданы", "8 120", "61 400"], ["Қазалы ауданы", "7 905", "58 210"],
      ["Басқа аудандар", "40 330", "301 700"], ["Облыс бойынша", "56 355", "421 310"]], "branch:басқа аудандар"),
    ([["Район", "Пользователи", "Посещения"], ["Аккольский район", "9 400", "70 120"], ["г. Степногорск", "21 300", "160 800"],
      ["Остальные районы", "61 050", "455 900"], ["Итого по области", "91 750", "686 820"]], "branch:остальные районы"),
])
def test_the_rest_of_the_districts_together_is_a_part_of_the_oblast(rows, rest):
    got = {(v["metric"], v["value"], v["category"]) for v in _facts("2023", rows) if v["metric"]}
    assert ("users.registered", float(rows[3][1].replace(" ", "")), rest) in got
    assert not any(c is None for _, _, c in got)  # no row is the reporting library's own


def _fund(period: str, rows: list[list[str]], before: tuple[str, ...] = (), title: str | None = None) -> set[tuple]:
    d = Document(id="t", path="t.docx", format="docx", metadata={"period": period})
    for x in before:
        d.add_block(Block("paragraph", x))
    t = Table([Cell(r, k, x) for r, row in enumerate(rows) for k, x in enumerate(row) if x], Provenance(page=1),
              title=title, position=len(before) - 1)
    d.add_table(t)
    return {(v["metric"], v["value"], v["as_of"], v["language"]) for v in (r.values for r in facts.extract(d, Config())
            if r.table == "facts" and r.values.get("source") == "table")}


@pytest.mark.parametrize("before, title, want_metric, as_of", [
    # a caption ending with a colon names the measure and its date
    (("Отчет за 2021 год", "Книжный фонд на 01.01.2022 г., экз.:"), None, "fund.end", "2022-01-01"),
    # a nested table's title (the outer column's header and row's date); the report's first day opens the year
    (("Отчет за 2021 год", "Состав фонда:"), "Книжный фонд, экз. / на 01.01.2021 г.", "fund.start", "2021-01-01"),
    (("2021 жылғы есеп", "Кітап қоры 2022 жылғы 1 қаңтарға:"), None, "fund.end", "2022-01-01"),
    # the year of a date written in words is the date's, not the table's period
    (("Отчет за 2021 год", "Фонд на 1 января 2022 года:"), None, "fund.end", "2022-01-01"),
])
def test_a_caption_heads_a_column_of_figures_that_has_no_header(before, title, want_metric, as_of):
    rows = [["Всего", "48 260"], ["на казахском языке", "21 940"], ["на русском языке", "25 100"]]
    if before[0].startswith("2021 жылғы"):
        rows = [["Барлығы", "48 260"], ["қазақ тілінде", "21 940"], ["орыс тілінде", "25 100"]]
    got = _fund("2021", rows, before, title)
    assert got == {(want_metric, 48260, as_of, None), (want_metric, 21940, as_of, "kk"),
                   (want_metric, 25100, as_of, "ru")}


def test_a_headerless_column_under_a_caption_of_no_measure_stays_unnamed():
    got = _fund("2021", [["Всего", "48 260"], ["на казахском языке", "21 940"]], ("Отчет за 2021 год", "Сведения:"))
    assert {m for m, *_ in got} == {None}


def test_a_form_whose_label_columns_are_lettered_reads_its_row_codes_as_no_figures():
    # a statistical form numbers its columns under the header, lettering the label and code columns: "А | Б | 1 | 2"
    rows = [["Көрсеткіш", "Жол коды", "Барлығы", "оның ішінде кітаптар"],
            ["А", "Б", "1", "2"],
            ["Жыл ішінде түсті", "02", "3 140", "2 610"],
            ["Жыл ішінде шығарылды", "03", "1 980", "1 720"]]
    assert _keys("2023", rows, ("Қордың қозғалысы (дана)",)) == {
        ("fund.received", 3140, "2023", None), ("fund.received", 2610, "2023", "books"),
        ("fund.withdrawn", 1980, "2023", None), ("fund.withdrawn", 1720, "2023", "books")}
