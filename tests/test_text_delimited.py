"""Tables typed one row a line with TABs between the cells, as text written
outside Word (or copied from a spreadsheet) holds them."""

import sqlite3

from esep.model import Table
from esep.plugins.text.loader import parse


def grid(table: Table) -> list[list[str]]:
    return table.grid()


def assert_cells_quote_the_source(text: str, table: Table) -> None:
    for c in table.cells:
        if c.text:
            assert text[c.provenance.char_start:c.provenance.char_end] == c.text


def test_a_regular_table_keeps_every_tab_as_a_boundary():
    text = ("Основные показатели работы за 2014-2016 гг.\n"
            "Показатель\t2014\t2015\t2016\n"
            "Пользователи\t12 410\t12 388\t12 502\n"
            "Посещения\t98 150\t\t101 944\n"
            "Книговыдача\t251 300\t249 870\t252 016\n"
            "\n"
            "Работа продолжается.\n")
    doc = parse(text)
    assert [b.text for b in doc.blocks] == ["Основные показатели работы за 2014-2016 гг.",
                                            "Работа продолжается."]
    (t,) = doc.tables
    assert grid(t) == [["Показатель", "2014", "2015", "2016"],
                       ["Пользователи", "12 410", "12 388", "12 502"],
                       ["Посещения", "98 150", "", "101 944"],
                       ["Книговыдача", "251 300", "249 870", "252 016"]]
    assert_cells_quote_the_source(text, t)
    for c in t.cells:
        if c.text:
            assert text.splitlines()[c.provenance.line - 1].split("\t")[c.col] == c.text


def test_tabs_repeated_to_line_columns_up_are_one_boundary():
    text = ("\t\t2019\t2020\n"
            "Оқырмандар саны\t8 120\t8 305\n"
            "Кітап қоры\t\t\t64 210\t63 980\n"
            "оның ішінде:\t\t\n"
            "қазақ тілінде\t\t40 115\t40 620\n")
    (t,) = parse(text).tables
    assert grid(t) == [["", "2019", "2020"],
                       ["Оқырмандар саны", "8 120", "8 305"],
                       ["Кітап қоры", "64 210", "63 980"],
                       ["оның ішінде:", "", ""],
                       ["қазақ тілінде", "40 115", "40 620"]]


def test_words_exports_and_prose_with_a_tab_stay_what_they_were():
    # Word's export: each cell on its own line after a TAB, rows between blank lines
    word = "\tПоказатель\n\t2018\n\n\tОқырмандар\n\t5 000\n"
    (t,) = parse(word).tables
    assert grid(t) == [["Показатель", "2018"], ["Оқырмандар", "5 000"]]
    # one line with a TAB inside a paragraph is not a table
    prose = "Директор\tА. Сейітова\n\nКітапхана жұмысы жалғасады.\n"
    doc = parse(prose)
    assert not doc.tables and len(doc.blocks) == 2


def test_the_facts_of_a_delimited_table_get_their_years(tmp_path, cli_runner):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "report.txt").write_text(
        "Отчёт о работе ЦБС за 2016 год\n\n"
        "Показатель\t2015\t2016\n"
        "Число пользователей\t12 388\t12 502\n"
        "Число посещений\t99 410\t101 944\n"
        "Книговыдача\t249 870\t252 016\n", encoding="utf-8")
    db = tmp_path / "out.db"
    out = cli_runner("ingest", folder, "--db", db)
    assert out.exit_code == 0, out.output
    rows = sqlite3.connect(db).execute(
        "select metric, period, value, source from facts order by metric, period").fetchall()
    assert ("users.registered", "2015", 12388.0, "table") in rows
    assert ("users.registered", "2016", 12502.0, "table") in rows
    assert ("visits.total", "2016", 101944.0, "table") in rows
    assert ("loans.total", "2015", 249870.0, "table") in rows


def test_a_table_drawn_with_bars_and_rule_lines():
    text = ("Показатели | Выполнено 2012 г. | План 2013 г. | Выполнено 2013 г. |\n"
            "|---|---|---|---|\n"
            "Читатели | 10 250 | 10 300 | 10 318 |\n"
            "Посещения | 88 410 | 88 000 | 87 905 |\n"
            "Книжный фонд | 121 540 | | 120 977 |\n"
            "\n"
            "Фонд уменьшился | на 563 экземпляра.\n")
    doc = parse(text)
    (t,) = doc.tables
    assert grid(t) == [["Показатели", "Выполнено 2012 г.", "План 2013 г.", "Выполнено 2013 г."],
                       ["Читатели", "10 250", "10 300", "10 318"],
                       ["Посещения", "88 410", "88 000", "87 905"],
                       ["Книжный фонд", "121 540", "", "120 977"]]
    assert_cells_quote_the_source(text, t)
    # a line with one bar is prose
    assert [b.text for b in doc.blocks] == ["Фонд уменьшился | на 563 экземпляра."]
    # the opening bar of "| a | b |" is the table's edge
    (t,) = parse("| Оқырмандар | 4 100 | 4 230 |\n| Кітап берілімі | 80 115 | 81 040 |\n").tables
    assert grid(t) == [["Оқырмандар", "4 100", "4 230"], ["Кітап берілімі", "80 115", "81 040"]]


def test_a_year_over_two_columns_in_a_typed_header_spans_them():
    text = ("Форма мероприятия\t2021\t2022\n"
            "\tкол-во\tприсутств.\tкол-во\tприсутств.\n"
            "Книжные выставки\t64\t–\t71\t–\n"
            "Литературные вечера\t12\t340\t15\t402\n"
            "Итого\t76\t340\t86\t402\n")
    (t,) = parse(text).tables
    head = {c.text: (c.row, c.col, c.row_span, c.col_span) for c in t.cells if c.row == 0}
    assert head == {"Форма мероприятия": (0, 0, 2, 1), "2021": (0, 1, 1, 2), "2022": (0, 3, 1, 2)}
    assert grid(t)[1][1:] == ["кол-во", "присутств.", "кол-во", "присутств."]
    assert grid(t)[3] == ["Литературные вечера", "12", "340", "15", "402"]


def test_events_of_a_typed_table_by_form_of_work(tmp_path, cli_runner):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "r.txt").write_text(
        "Отчет о работе библиотеки за 2022 год\n\n"
        "Форма мероприятия\t2021\t2022\n"
        "\tкол-во\tприсутств.\tкол-во\tприсутств.\n"
        "Литературные вечера\t12\t340\t15\t402\n"
        "Викторины\t31\t510\t29\t488\n"
        "Итого\t43\t850\t44\t890\n", encoding="utf-8")
    db = tmp_path / "out.db"
    assert cli_runner("ingest", folder, "--db", db).exit_code == 0
    rows = set(sqlite3.connect(db).execute("select label, period, actual, participants from event_stats"))
    assert {("Литературные вечера", "2021", 12, 340), ("Литературные вечера", "2022", 15, 402),
            ("Викторины", "2022", 29, 488), ("Итого", "2022", 44, 890)} <= rows


def test_a_line_of_words_under_the_figures_ends_the_table():
    doc = parse("Показатель\t2018\t2019\nЧитатели\t1 520\t1 548\nФонд\t–\t14 620\nДиректор\tА. Сейітова\n")
    (t,) = doc.tables
    assert grid(t)[-1] == ["Фонд", "–", "14 620"]
    assert [b.text for b in doc.blocks] == ["Директор\tА. Сейітова"]


def test_a_words_export_header_merged_in_the_middle_and_at_both_ends():
    from esep.plugins.text.loader import parse as parse_export

    text = ("\tПоказатели\n\tПлан на год\n\tВыполнено\n\t% выполнения\n\n"
            "\t\n\t\n\tза II квартал\n\tс начала года\n\t\n\n"
            "\tПользователи\n\t9 800\n\t2 145\n\t7 412\n\t75,6\n")
    (t,) = parse_export(text).tables
    head = {c.text: (c.row, c.col, c.row_span, c.col_span) for c in t.cells if c.row == 0}
    assert head == {"Показатели": (0, 0, 2, 1), "План на год": (0, 1, 2, 1), "Выполнено": (0, 2, 1, 2),
                    "% выполнения": (0, 4, 2, 1)}
    assert t.grid()[1][2:4] == ["за II квартал", "с начала года"]


def test_an_empty_last_column_written_out_keeps_every_figure_in_its_column():
    # the rows close an empty "% of plan" column with their bars: the figures
    # stay under their own years, not pushed to the right by the missing cell
    text = ("Показатель | Факт 2015 | План 2016 | Факт 2016 | +/- | % плана |\n"
            "Читатели | 4 210 | 4 250 | 4 262 | +52 | |\n"
            "Книжный фонд | 61 300 | | 61 845 | +545 | |\n")
    (t,) = parse(text).tables
    assert grid(t) == [["Показатель", "Факт 2015", "План 2016", "Факт 2016", "+/-", "% плана"],
                       ["Читатели", "4 210", "4 250", "4 262", "+52", ""],
                       ["Книжный фонд", "61 300", "", "61 845", "+545", ""]]
    assert_cells_quote_the_source(text, t)
    tabbed = "\n".join("\t".join(c.strip() for c in line.split("|")) for line in text.splitlines())
    (t,) = parse(tabbed).tables
    assert grid(t)[2] == ["Книжный фонд", "61 300", "", "61 845", "+545", ""]


def test_a_header_of_years_typed_without_the_labels_column_stands_over_the_figures():
    text = ("Показатели работы\n"
            "2021\t2022\t2023\n"
            "Читатели\t2 310\t2 356\t2 402\n"
            "Посещения\t18 400\t18 950\t19 120\n")
    (t,) = parse(text).tables
    assert grid(t) == [["", "2021", "2022", "2023"],
                       ["Читатели", "2 310", "2 356", "2 402"],
                       ["Посещения", "18 400", "18 950", "19 120"]]
    # a header whose first cell names the labels' column keeps its place
    named = ("Показатель\t2022\n"
             "\tкол-во\tучастники\n"
             "Выставки\t14\t320\n"
             "Беседы\t9\t150\n")
    (t,) = parse(named).tables
    assert grid(t)[0][0] == "Показатель"


def test_a_label_broken_before_its_bracketed_remark_is_one_row():
    # a table copied from a web page: a cell's line break splits the label, its remark (the ages) on the
    # line of the figures; TABs and runs of spaces mixed between the cells
    text = ("Көрсеткіш \t 2022 жыл \t 2023 жыл\n"
            "Оқырмандар саны \t 8 210  \t 8 344\n"
            "жасөспірімдер мен жастар\n"
            "(15-30 жас)   \t  1 905 \t 1 962\n"
            "Кітап берілімі   \t 172 400\t 175 030\n"
            "\n"
            "Жұмыс жалғасуда.\n")
    (t,) = parse(text).tables
    rows = grid(t)
    assert rows[2] == ["жасөспірімдер мен жастар\n(15-30 жас)", "1 905", "1 962"]
    assert len(rows) == 4 and rows[3][0] == "Кітап берілімі"
    # a bracketed line with figures under a full row of its own stays its own row
    (t,) = parse(text.replace("жасөспірімдер мен жастар\n", "")).tables
    assert [r[0] for r in grid(t)][1:3] == ["Оқырмандар саны", "(15-30 жас)"]


def test_figures_grouped_by_narrow_or_thin_spaces_keep_their_row_in_the_table():
    """Word writes thousands apart with a narrow no-break space (U+202F) or a
    thin space (U+2009) as readily as with a no-break one: a total row whose
    figures are all so grouped is the table's last row, not a paragraph."""
    for space in ("\u202f", "\u2009", "\u00a0", " "):
        text = ("Массовые мероприятия\n"
                "Форма работы\tКол-во\tУчастники\n"
                "Книжные выставки\t120\t3{s}400\n"
                "Громкие чтения\t45\t1{s}200\n"
                "Итого\t1{s}096\t29{s}195\n"
                "\n"
                "Работа продолжается.\n").format(s=space)
        doc = parse(text)
        (t,) = doc.tables
        assert grid(t)[-1] == ["Итого", f"1{space}096", f"29{space}195"], repr(space)
        assert [b.text for b in doc.blocks] == ["Массовые мероприятия", "Работа продолжается."]
        assert_cells_quote_the_source(text, t)
