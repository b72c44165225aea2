"""Event tables laid on their side: years, parts of the year or months
down the first column and the forms of work across the header.  The
tables are written for these tests in the shapes reports of other
libraries use; each figure must come from its own cell."""

from esep.plugins.events import stats as event_stats

from test_event_stats import by_label, records_of, rows_of, table_of


def cells_of(table):
    return {(c.row, c.col): c.text for c in table.cells}


def test_years_down_forms_across():
    t = table_of([
        ["Год", "Книжные выставки", "Беседы", "Викторины", "Всего мероприятий"],
        ["2021", "96", "40", "20", "156"],
        ["2022", "104", "45", "22", "171"],
    ])
    records = records_of(t, period="2022")
    got = by_label(records)
    assert {k: {p: v["actual"] for p, v in d.items()} for k, d in got.items()} == {
        "Книжные выставки": {"2021": 96, "2022": 104},
        "Беседы": {"2021": 40, "2022": 45},
        "Викторины": {"2021": 20, "2022": 22},
        "Всего мероприятий": {"2021": 156, "2022": 171},
    }
    assert got["Беседы"]["2021"]["event_type"] == "conversation"
    assert got["Всего мероприятий"]["2022"]["is_total"] == 1
    # provenance points at the figure's own cell of the table as printed
    text = cells_of(t)
    for r in rows_of(records):
        row, col = r.cell
        assert text[(row, col)] == str(r.values["actual"])
        assert r.values["actual_col"] == col


def test_roles_across_become_the_totals_figures():
    t = table_of([
        ["Год", "Количество мероприятий", "Число участников"],
        ["2021", "120", "3 200"],
        ["2022", "135", "3 600"],
    ])
    rows = rows_of(records_of(t, period="2022"))
    assert [(r.values["period"], r.values["event_type"], r.values["actual"], r.values["participants"])
            for r in rows] == [("2021", "total", 120, 3200), ("2022", "total", 135, 3600)]
    assert rows[0].values["participants_col"] == 2


def test_kazakh_years_with_a_participants_column():
    t = table_of([
        ["Жылы", "Кітап көрмелері", "Викториналар", "Барлығы", "Қатысушылар"],
        ["2022 ж.", "64", "12", "76", "1 920"],
        ["2023 ж.", "70", "15", "85", "2 100"],
    ])
    got = by_label(records_of(t, period="2023"))
    assert got["Кітап көрмелері"]["2023"]["actual"] == 70
    assert got["Кітап көрмелері"]["2023"]["event_type"] == "exhibition.book"
    assert (got["Барлығы"]["2022"]["actual"], got["Барлығы"]["2022"]["participants"]) == (76, 1920)
    assert "Қатысушылар" not in got  # a column of the total, not a form of work


def test_months_down_forms_across_keeps_the_months_and_reads_the_forms():
    t = table_of([
        ["Месяц", "Книжные выставки", "Беседы", "Викторины", "Всего мероприятий", "Участников"],
        ["Январь", "4", "3", "2", "9", "215"],
        ["Февраль", "5", "2", "3", "10", "240"],
        ["Март", "6", "4", "2", "12", "310"],
        ["Итого", "15", "9", "7", "31", "765"],
    ])
    records = records_of(t, period="2022-Q1")
    rows = rows_of(records)
    got = by_label(records)
    # the month rows as before, one total
    assert [r.values["label"] for r in rows if r.values["rows_by"] == "month"] == ["Январь", "Февраль", "Март", "Итого"]
    assert sum(r.values["is_total"] for r in rows) == 1
    # each form's count for the quarter, from the total row
    assert {k: got[k]["2022-Q1"]["actual"] for k in ("Книжные выставки", "Беседы", "Викторины")} == {
        "Книжные выставки": 15, "Беседы": 9, "Викторины": 7}
    assert got["Беседы"]["2022-Q1"]["event_type"] == "conversation"
    # rows are numbered on, and the forms' columns are not listed for review any more
    assert len({r.values["row_no"] for r in rows}) == len(rows)
    assert not [r for r in records if r.table == "unmatched_terms" and r.values["kind"] == "event_stats_column"]


def test_quarters_down():
    t = table_of([
        ["Период", "Книжные выставки", "Беседы", "Всего"],
        ["I квартал", "10", "5", "15"],
        ["II квартал", "12", "6", "18"],
        ["Итого", "22", "11", "33"],
    ])
    got = by_label(records_of(t, period="2022-H1"))
    assert {p: v["actual"] for p, v in got["Беседы"].items()} == {"2022-Q1": 5, "2022-Q2": 6, "2022-H1": 11}


def test_main_indicators_by_year_are_not_events():
    t = table_of([
        ["Год", "Пользователи", "Посещения", "Книговыдача"],
        ["2021", "12 400", "98 000", "250 000"],
        ["2022", "12 900", "101 000", "262 000"],
    ])
    assert rows_of(records_of(t, period="2022")) == []
    assert event_stats.on_its_side(t, event_stats.get_vocabulary(event_stats.VOCABULARY, None, 85.0), "2022") is None


def test_a_table_the_right_way_up_is_not_turned():
    t = table_of([
        ["Форма", "2021", "2022"],
        ["Книжные выставки", "96", "104"],
        ["Беседы", "40", "45"],
        ["Всего", "136", "149"],
    ])
    rows = rows_of(records_of(t, period="2022"))
    assert len(rows) == 6 and all(r.cell[1] == 0 for r in rows)


# -- tables typed without rules: what a PDF gives of them ------------------------------

def test_a_section_heading_not_merged_across_gives_no_row():
    t = table_of([
        ["Форма мероприятия", "Количество", "Участники"],
        ["Для взрослых", "", ""],
        ["Книжные выставки", "60", "1 800"],
        ["Для детей", "", ""],
        ["Викторины", "20", "420"],
        ["Пленэры", "", ""],  # a form of its own with no figure: no heading, but nothing to store either
        ["Всего", "80", "2 220"],
    ])
    rows = rows_of(records_of(t, period="2023"))
    assert [r.values["label"] for r in rows] == ["Книжные выставки", "Викторины", "Всего"]
    assert [r.values["row_no"] for r in rows] == [1, 2, 3]


def test_an_empty_row_of_a_known_form_stays():
    t = table_of([
        ["Форма мероприятия", "Количество", "Участники"],
        ["Книжные выставки", "60", "1 800"],
        ["Беседы", "", ""],
        ["Всего", "60", "1 800"],
    ])
    rows = rows_of(records_of(t, period="2023"))
    assert [(r.values["label"], r.values["actual"]) for r in rows] == [
        ("Книжные выставки", 60), ("Беседы", None), ("Всего", 60)]


def test_a_library_number_wrapped_onto_its_own_line():
    t = table_of([
        ["Библиотека", "Кол-во мероприятий", "Посещения мероприятий"],
        ["Центральная библиотека", "210", "6 300"],
        ["Библиотека-филиал №", "64", "1 280"],
        ["2", "", ""],
        ["Итого", "274", "7 580"],
    ])
    rows = rows_of(records_of(t, period="2023"))
    assert [r.values["label"] for r in rows] == ["Центральная библиотека", "Библиотека-филиал № 2", "Итого"]


def test_roles_down_forms_across():
    # "Количество" and "Участники" down the first column, the forms of work and the total across
    t = table_of([
        ["Показатель", "Выставки", "Беседы", "Громкие чтения", "Всего"],
        ["Количество", "30", "14", "9", "53"],
        ["Участники", "–", "350", "180", "530"],
    ])
    got = by_label(records_of(t, period="2018"))
    assert {k: (v["2018"]["actual"], v["2018"]["participants"]) for k, v in got.items()} == {
        "Выставки": (30, None), "Беседы": (14, 350), "Громкие чтения": (9, 180), "Всего": (53, 530)}
    assert got["Всего"]["2018"]["is_total"] == 1 and got["Беседы"]["2018"]["event_type"] == "conversation"


def test_a_month_table_is_not_read_again_on_its_side_by_its_total_column():
    t = table_of([
        ["Месяц", "Кол-во мероприятий", "Присутствовало", "Итого"],
        ["Январь", "12", "240", "252"],
        ["Февраль", "15", "310", "325"],
    ])
    assert event_stats.on_its_side(t, _vocab(), "2021-Q1") is None or not [
        r for r in rows_of(records_of(t, period="2021-Q1")) if r.values["label"] in ("Кол-во мероприятий", "Присутствовало")]


def _vocab():
    from esep.plugins.vocab import get_vocabulary
    from esep.registry import Config

    return get_vocabulary("event_types", Config())
