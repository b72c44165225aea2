"""Event tables typed in a plain text with "|" between the cells and rules
only around the header and the body (a row's number before its label, a
lettered row, a direction's heading with no figure), headings of
directions with no figure in capitals or under a head of directions and
forms, and "Білім сағаты" as a cognitive hour."""

from __future__ import annotations

from esep.plugins.text.loader import parse

from conftest import cell_tuples
from test_event_stats import by_label, records_of, rows_of, table_of


def _rows(table) -> list[list[str]]:
    rows: dict[int, list[str]] = {}
    for r, _, _, _, text in cell_tuples(table):
        rows.setdefault(r, []).append(text)
    return list(rows.values())


def _drawn(rows: list[list[str]]) -> str:
    """The rows drawn as a hand-typed table: a rule over and under the header and under the body."""
    widths = [max(len(row[j]) for row in rows) for j in range(len(rows[0]))]
    rule = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    lines = ["| " + " | ".join(c.ljust(w) for c, w in zip(row, widths)) + " |" for row in rows]
    return "\n".join([rule, lines[0], rule, *lines[1:], rule]) + "\n"


def test_numbered_rows_between_two_rules_are_one_row_a_line():
    text = ("Массовые мероприятия\n"
            "+---+-------------------+--------+------------------+-----------+\n"
            "| № | Форма мероприятия | Кол-во | в т.ч. для детей | Участники |\n"
            "+---+-------------------+--------+------------------+-----------+\n"
            "| 1 | Книжные выставки  | 40     | 22               | 1200      |\n"
            "| 2 | Беседы            | 26     | 14               | 610       |\n"
            "|   | Итого             | 66     | 36               | 1810      |\n"
            "+---+-------------------+--------+------------------+-----------+\n")
    (t,) = parse(text).tables
    assert _rows(t)[1:] == [["1", "Книжные выставки", "40", "22", "1200"], ["2", "Беседы", "26", "14", "610"],
                            ["", "Итого", "66", "36", "1810"]]
    got = by_label(records_of(t, period="2025-H1"))
    assert (got["Книжные выставки"]["2025-H1"]["actual"], got["Книжные выставки"]["2025-H1"]["participants"]) \
        == (40, 1200)
    assert got["Итого"]["2025-H1"]["event_type"] == "total"
    assert got["Итого"]["2025-H1"]["actual"] == 66


def test_lettered_rows_and_capital_headings_between_two_rules():
    text = _drawn([["№", "Направление / форма", "План", "Факт", "Участники"],
                   ["", "ПАТРИОТИЧЕСКОЕ ВОСПИТАНИЕ", "", "", ""],
                   ["а)", "Книжные выставки", "10", "11", "330"],
                   ["б)", "Уроки мужества", "4", "4", "120"],
                   ["", "ПРОДВИЖЕНИЕ ЧТЕНИЯ", "", "", ""],
                   ["а)", "Громкие чтения", "8", "9", "210"],
                   ["", "Итого", "22", "24", "660"]])
    (t,) = parse(text).tables
    assert len(_rows(t)) == 7
    got = by_label(records_of(t, period="2024"))
    assert set(got) == {"Книжные выставки", "Уроки мужества", "Громкие чтения", "Итого"}
    assert (got["Громкие чтения"]["2024"]["event_type"], got["Громкие чтения"]["2024"]["plan"],
            got["Громкие чтения"]["2024"]["actual"]) == ("reading", 8, 9)
    assert got["Уроки мужества"]["2024"]["event_type"] == "hour.patriotic"


def test_a_label_going_on_in_lower_case_stays_the_row_above():
    text = ("+------------------+--------+\n"
            "| Форма            | Кол-во |\n"
            "+------------------+--------+\n"
            "| Встречи с        | 6      |\n"
            "| ветеранами       |        |\n"
            "| Беседы           | 12     |\n"
            "+------------------+--------+\n")
    (t,) = parse(text).tables
    assert _rows(t)[1:] == [["Встречи с ветеранами", "6"], ["Беседы", "12"]]


def test_a_grid_row_of_wrapped_text_cells_is_still_one_row():
    # a band whose lines hold text after the label is one row wrapped over its lines
    text = ("+-----------+------------------+\n"
            "| Форма     | Содержание       |\n"
            "+-----------+------------------+\n"
            "| Беседы    | о творчестве     |\n"
            "|           | Абая             |\n"
            "+-----------+------------------+\n")
    (t,) = parse(text).tables
    assert _rows(t)[1:] == [["Беседы", "о творчестве Абая"]]


def test_a_direction_in_capitals_with_no_figure_is_a_heading():
    t = table_of([["Формы работы", "Кол-во", "Участники"],
                  ["ПРОДВИЖЕНИЕ ЧТЕНИЯ", "", ""],
                  ["Громкие чтения", "8", "210"],
                  ["Беседы", "5", "120"],
                  ["Итого", "13", "330"]])
    got = by_label(records_of(t, period="2024"))
    assert set(got) == {"Громкие чтения", "Беседы", "Итого"}


def test_a_known_form_in_lower_case_with_empty_cells_stays_a_row():
    t = table_of([["Формы работы", "Кол-во", "Участники"],
                  ["Громкие чтения", "", ""],
                  ["Беседы", "5", "120"],
                  ["КВН", "", ""],
                  ["Итого", "5", "120"]])
    got = by_label(records_of(t, period="2024"))
    assert {"Громкие чтения", "КВН"} <= set(got)
    assert got["Громкие чтения"]["2024"]["actual"] is None


def test_under_a_head_of_directions_and_forms_a_row_with_no_figure_heads_the_forms():
    t = table_of([["Направление работы, форма мероприятия", "Кол-во", "Участники"],
                  ["Продвижение чтения", "", ""],
                  ["Громкие чтения", "8", "210"],
                  ["Экологическое воспитание", "", ""],
                  ["Акции", "3", "200"],
                  ["Итого", "11", "410"]])
    got = by_label(records_of(t, period="2024"))
    assert set(got) == {"Громкие чтения", "Акции", "Итого"}
    assert got["Громкие чтения"]["2024"]["event_type"] == "reading"


def test_hours_of_knowledge_are_cognitive_hours():
    t = table_of([["Іс-шара түрі", "Саны", "Қатысушылар"],
                  ["Білім сағаттары", "10", "260"],
                  ["Тағылым сағаттары", "12", "300"],
                  ["Барлығы", "22", "560"]])
    records = records_of(t, period="2024")
    got = by_label(records)
    assert got["Білім сағаттары"]["2024"]["event_type"] == "hour.cognitive"
    # a form no vocabulary knows keeps its label and figures and is listed for review
    assert got["Тағылым сағаттары"]["2024"]["event_type"] is None
    assert got["Тағылым сағаттары"]["2024"]["actual"] == 12
    assert any(r.table == "unmatched_terms" and r.values["term"] == "Тағылым сағаттары" for r in records)
    assert len(rows_of(records)) == 3


def test_count_and_people_after_a_slash_between_two_rules():
    text = _drawn([["№", "Форма", "Кол-во / участники"],
                   ["1", "Книжные выставки", "25 / 740"],
                   ["2", "Бук-трейлеры", "5 / 410"],
                   ["", "Итого", "30 / 1 150"]])
    (t,) = parse(text).tables
    assert len(_rows(t)) == 4
    got = by_label(records_of(t, period="2025-Q1"))
    assert (got["Книжные выставки"]["2025-Q1"]["actual"], got["Книжные выставки"]["2025-Q1"]["participants"]) \
        == (25, 740)
    assert got["Бук-трейлеры"]["2025-Q1"]["event_type"] == "review.video"
    assert (got["Итого"]["2025-Q1"]["actual"], got["Итого"]["2025-Q1"]["participants"]) == (30, 1150)


def test_a_band_of_a_date_beside_text_is_not_split_at_a_slash():
    # "12/03" beside text in a cell wrapped over two lines: the band is still one row
    text = _drawn([["Дата", "Мероприятие"], ["12/03", "Встреча с поэтом"], ["", "из Алматы"]])
    (t,) = parse(text).tables
    assert _rows(t)[1:] == [["12/03", "Встреча с поэтом из Алматы"]]


def test_the_total_after_the_time_it_covers_in_kazakh():
    t = table_of([["Іс-шара түрі", "Саны", "Қатысушылар"],
                  ["Кездесу кештері", "6", "290"],
                  ["Буккроссинг", "2", "120"],
                  ["Жыл бойы барлығы", "8", "410"],
                  ["оның ішінде балаларға", "5", "220"]])
    got = by_label(records_of(t, period="2024"))
    assert (got["Жыл бойы барлығы"]["2024"]["event_type"], got["Жыл бойы барлығы"]["2024"]["actual"]) == ("total", 8)
    assert got["оның ішінде балаларға"]["2024"]["event_type"] is None
    assert got["Буккроссинг"]["2024"]["event_type"] == "book_crossing"


def test_a_heading_ending_in_a_colon_between_tab_rows_stays_in_the_table():
    text = ("Массовая работа\n"
            "Форма работы\tКол-во\tУчастники\n"
            "Для дошкольников:\n"
            "а) утренники\t4\t160\n"
            "б) громкие чтения\t8\t150\n"
            "Для учащихся:\n"
            "а) викторины\t6\t140\n"
            "Всего\t18\t450\n")
    (t,) = parse(text).tables
    assert _rows(t)[0] == ["Форма работы", "Кол-во", "Участники"]
    assert len(_rows(t)) == 7
    got = by_label(records_of(t, period="2025-H1"))
    # the headings give no rows and are not joined to the lettered labels under them (kept as written)
    assert set(got) == {"а) утренники", "б) громкие чтения", "а) викторины", "Всего"}
    matinee = got["а) утренники"]["2025-H1"]
    assert (matinee["event_type"], matinee["actual"], matinee["participants"]) == ("matinee", 4, 160)
    assert got["Всего"]["2025-H1"]["actual"] == 18


def test_a_line_ending_in_a_colon_before_a_new_header_is_no_row():
    text = ("Форма работы\tКол-во\tУчастники\n"
            "Беседы\t12\t240\n"
            "Викторины\t6\t140\n"
            "По библиотекам системы:\n"
            "Библиотека\tЧитатели\tПосещения\n"
            "ЦБ\t2 400\t18 300\n"
            "ДБ\t1 900\t14 100\n")
    tables = parse(text).tables
    assert len(tables) == 2
    assert _rows(tables[0]) == [["Форма работы", "Кол-во", "Участники"], ["Беседы", "12", "240"],
                                ["Викторины", "6", "140"]]


def test_poets_contests_are_contests():
    t = table_of([["Іс-шара түрі", "Саны", "Қатысушылар"],
                  ["Ақындар мүшәйрасы", "2", "180"],
                  ["Айтыстар", "1", "250"],
                  ["Поэзия кештері", "4", "230"],
                  ["Барлығы", "7", "660"]])
    got = by_label(records_of(t, period="2024"))
    assert got["Ақындар мүшәйрасы"]["2024"]["event_type"] == "contest"
    assert got["Айтыстар"]["2024"]["event_type"] == "contest"
    assert got["Поэзия кештері"]["2024"]["event_type"] == "hour.poetry"
