"""Tables written one cell a line, as LibreOffice Writer's plain-text export
writes them: the text loader rebuilds them from the rows' repeating shape."""

from pathlib import Path

import pytest

from esep.plugins.text.loader import load as load_text
from esep.plugins.text.loader import parse

from conftest import table_cells, word_report

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "writer_txt"


def rendered_word_report(stem, tmp_path):
    """The Word loader's reading of a development report of corpus/other,
    written as .docx from its source as corpus/other/build.py writes it."""
    import sys

    from esep.plugins.docx.loader import load as load_docx

    sys.path[:0] = [str(ROOT / "corpus" / "other")]
    try:
        import build
    finally:
        del sys.path[0]
    (src,) = [s for s in build.sources() if s.stem == stem]
    path = tmp_path / f"{stem}.docx"
    path.write_bytes(build.render_docx(src))
    return load_docx(path, None)


@pytest.mark.parametrize("stem", ["other_sarykol_2020_kk", "other_verkhneozersk_2019-9m_ru",
                                  "other_shalkarkol_2024-h1_ru", "other_chinaz_2023-q2_ru"])
def test_writer_text_export_gives_the_tables_of_the_word_file(stem, tmp_path):
    docx = word_report(stem) if (ROOT / "corpus" / "other" / "dev" / f"{stem}.docx").exists() \
        else rendered_word_report(stem, tmp_path)
    text = load_text(FIXTURES / f"{stem}.txt", None)
    assert table_cells(text) == table_cells(docx)
    source = (FIXTURES / f"{stem}.txt").read_text(encoding="utf-8-sig")
    for t in text.tables:
        for c in t.cells:
            if c.text and "\n" not in c.text:
                assert source[c.provenance.char_start:c.provenance.char_end] == c.text


def test_a_caption_above_the_header_stays_a_paragraph():
    text = ("Основные показатели работы\n"
            "Показатель\n2022\n2023\n"
            "Пользователи\n4 120\n4 206\n"
            "Посещения\n31 400\n32 015\n"
            "Книговыдача\n88 310\n90 122\n"
            "В отчётном году библиотеки работали в обычном режиме, без перерывов.\n")
    doc = parse(text)
    assert [b.text for b in doc.blocks] == ["Основные показатели работы",
                                            "В отчётном году библиотеки работали в обычном режиме, без перерывов."]
    (t,) = doc.tables
    assert t.grid() == [["Показатель", "2022", "2023"],
                        ["Пользователи", "4 120", "4 206"],
                        ["Посещения", "31 400", "32 015"],
                        ["Книговыдача", "88 310", "90 122"]]


def test_an_empty_corner_a_label_in_two_languages_and_a_row_without_figures():
    text = ("Кітап қоры\n"
            "\n2022\n2023\n"
            "Кітап қоры\nБиблиотечный фонд\n61 300\n61 845\n"
            "оның ішінде:\n\n\n"
            "қазақ тілінде\n40 115\n40 620\n"
            "Жыл ішінде қорға жаңа әдебиет түсті, ескірген кітаптар есептен шығарылды.\n")
    doc = parse(text)
    (t,) = doc.tables
    assert t.grid() == [["", "2022", "2023"],
                        ["Кітап қоры\nБиблиотечный фонд", "61 300", "61 845"],
                        ["оның ішінде:", "", ""],
                        ["қазақ тілінде", "40 115", "40 620"]]
    assert doc.blocks[0].text == "Кітап қоры"


def test_a_merged_header_with_two_lines_in_each_period_cell():
    text = ("№\nФорма работы\n2022 жылдың\nІ жартыжылдығы\n2023 жылдың\nІ жартыжылдығы\n"
            "\n\nсаны\nқатысушылар\nсаны\nқатысушылар\n"
            "1\nКітап көрмелері\n41\n820\n44\n905\n"
            "2\nӘңгімелер\n18\n360\n21\n402\n")
    (t,) = parse(text).tables
    top = {(c.col, c.col_span, c.row_span): c.text for c in t.cells if c.row == 0}
    assert top == {(0, 1, 2): "№", (1, 1, 2): "Форма работы",
                   (2, 2, 1): "2022 жылдың\nІ жартыжылдығы", (4, 2, 1): "2023 жылдың\nІ жартыжылдығы"}
    assert t.grid()[-1] == ["2", "Әңгімелер", "18", "360", "21", "402"]


def test_lines_of_prose_and_lone_numbers_are_no_table():
    text = ("Отчёт о работе библиотеки за 2023 год.\n"
            "Библиотека работала шесть дней в неделю.\n"
            "12\n"
            "В течение года проведено много встреч с читателями района.\n"
            "13\n"
            "Итоги года обсуждены на собрании коллектива библиотеки.\n")
    doc = parse(text)
    assert doc.tables == []


def test_a_header_whose_first_and_last_cells_span_both_rows():
    # "Көрсеткіштер" and "% орындалуы" span the two header rows; "Орындалды"
    # spans the two columns under it
    text = ("Көрсеткіштер\nЖылдық жоспар\nОрындалды\n% орындалуы\n"
            "\n\nІІІ тоқсанда\nжыл басынан\n\n"
            "Оқырмандар\n6 400\n1 610\n4 980\n77,8\n"
            "Келушілер\n52 000\n12 870\n39 115\n75,2\n")
    (t,) = parse(text).tables
    top = {(c.col, c.col_span, c.row_span): c.text for c in t.cells if c.row == 0}
    assert top == {(0, 1, 2): "Көрсеткіштер", (1, 1, 2): "Жылдық жоспар", (2, 2, 1): "Орындалды",
                   (4, 1, 2): "% орындалуы"}
    assert t.grid()[2] == ["Оқырмандар", "6 400", "1 610", "4 980", "77,8"]


@pytest.mark.parametrize("stem", ["other_sarykol_2020_kk", "other_verkhneozersk_2019-9m_ru"])
def test_a_text_with_an_empty_line_after_every_paragraph_and_cell_reads_alike(stem):
    # docx2txt and pages copied from a browser write each paragraph and each
    # cell followed by an empty line; an empty cell is then two empty lines
    single = (FIXTURES / f"{stem}.txt").read_text(encoding="utf-8-sig")
    double = "".join(line + "\n\n" for line in single.split("\n"))
    docx = word_report(stem)
    assert table_cells(parse(double)) == table_cells(docx)
    assert [b.text for b in parse(double).blocks] == [b.text for b in parse(single).blocks]


def test_a_corner_cell_written_as_a_space_on_a_page_copied_as_text():
    cells = ["Показатели работы", " ", "2021", "2022", "Читатели", "1 013", "1 056",
             "Посещения", "7 833", "7 767", "Книговыдача", "15 222", "12 919"]
    (t,) = parse("\n\n".join(cells) + "\n").tables
    assert t.grid() == [["", "2021", "2022"], ["Читатели", "1 013", "1 056"],
                        ["Посещения", "7 833", "7 767"], ["Книговыдача", "15 222", "12 919"]]


# -- shapes LibreOffice's export of event tables of other libraries takes ----------------

def test_a_heading_and_a_title_above_a_table_are_no_merged_header_row():
    # two lines above a table of four columns could be a first header row of two cells
    # over two columns each; only periods over their columns are read so
    text = ("Отчет о работе за 2022 год\nМероприятия\n"
            "Формы работы\nI полугодие\nII полугодие\nЗа год\n"
            "Книжные выставки\n50\n54\n104\nБеседы\n20\n25\n45\nИтого\n70\n79\n149\n")
    doc = parse(text)
    (t,) = doc.tables
    assert t.grid()[0] == ["Формы работы", "I полугодие", "II полугодие", "За год"]
    assert [b.text for b in doc.blocks][:2] == ["Отчет о работе за 2022 год", "Мероприятия"]


def test_a_merge_typed_as_a_cell_and_empty_cells_beside_it():
    # "2020 г." typed in one cell and the cell beside it left empty, over two roles
    text = ("Массовая работа\nФормы работы\n2020 г.\n\n2021 г.\n\n"
            "\nкол-во\nприсутствовало\nкол-во\nприсутствовало\n"
            "Книжные выставки\n96\n2 880\n104\n3 120\nАкции\n8\n1 200\n11\n1 540\n")
    (t,) = parse(text).tables
    assert t.grid()[:3] == [["Формы работы", "2020 г.", "", "2021 г.", ""],
                            ["", "кол-во", "присутствовало", "кол-во", "присутствовало"],
                            ["Книжные выставки", "96", "2 880", "104", "3 120"]]


def test_years_down_the_first_column_under_a_title():
    text = ("МБУК «ЦБС» г. Северска\nОтчет о работе за 2022 год\nМассовые мероприятия по формам работы\n"
            "Год\nКнижные выставки\nБеседы\nВикторины\nВсего мероприятий\n"
            "2021\n96\n40\n20\n156\n2022\n104\n45\n22\n171\n")
    (t,) = parse(text).tables
    assert t.grid() == [["Год", "Книжные выставки", "Беседы", "Викторины", "Всего мероприятий"],
                        ["2021", "96", "40", "20", "156"], ["2022", "104", "45", "22", "171"]]


def test_a_header_of_years_under_a_merged_row_is_no_row_of_years():
    text = ("Массовые мероприятия\nФорма работы\nКоличество мероприятий\n\nЧисло участников\n\n"
            "\n2021\n2022\n2021\n2022\n"
            "Книжные выставки\n96\n104\n2 880\n3 120\nЧасы информации\n24\n31\n410\n560\n"
            "Всего\n120\n135\n3 290\n3 680\n")
    (t,) = parse(text).tables
    assert t.grid()[1] == ["", "2021", "2022", "2021", "2022"]
    assert t.grid()[-1] == ["Всего", "120", "135", "3 290", "3 680"]


def test_sections_by_readers_are_rows_across_the_table():
    # "Для взрослых" and "Для детей" set in rows merged across the table: Writer writes them once
    text = ("Массовые мероприятия\nФорма мероприятия\nКоличество\nУчастники\n"
            "Для взрослых\nКнижные выставки\n60\n1 800\nБеседы\n30\n600\n"
            "Для детей\nГромкие чтения\n25\n500\nВикторины\n20\n420\nВсего\n135\n3 320\n")
    (t,) = parse(text).tables
    grid = t.grid()
    assert grid[0] == ["Форма мероприятия", "Количество", "Участники"]
    assert [r[0] for r in grid[1:]] == ["Для взрослых", "Книжные выставки", "Беседы", "Для детей",
                                        "Громкие чтения", "Викторины", "Всего"]
    assert grid[5] == ["Громкие чтения", "25", "500"]
    assert [c.col_span for c in t.cells if c.text == "Для детей"] == [3]


def test_cells_of_two_figures_and_a_heading_row_of_years():
    # "кол-во / чел." in one cell; a first line of years is no body row under the title
    text = ("Отчет о работе за 2023 год\nМассовые мероприятия\nФормы работы\n"
            "2022 г. (кол-во / чел.)\n2023 г. (кол-во / чел.)\n"
            "Книжные выставки\n96/2 880\n104/3 120\nБеседы\n40/800\n45/900\nИтого\n136/3 680\n149/4 020\n")
    (t,) = parse(text).tables
    assert t.grid()[0] == ["Формы работы", "2022 г. (кол-во / чел.)", "2023 г. (кол-во / чел.)"]
    assert t.grid()[-1] == ["Итого", "136/3 680", "149/4 020"]


def test_a_merged_header_under_a_title_with_a_row_of_years():
    text = ("МБУК «ЦБС» г. Кургана\nОтчет о работе за 2023 год\nМассовая работа\n"
            "Формы мероприятий\n2022\n2023\nДинамика (+/-)\n"
            "\nкол-во\nпосещения\nкол-во\nпосещения\nкол-во\nпосещения\n"
            "Книжные выставки\n120\n3 600\n126\n3 900\n+6\n+300\n"
            "Беседы\n64\n1 280\n70\n1 410\n+6\n+130\n")
    (t,) = parse(text).tables
    top = {(c.col, c.col_span, c.row_span): c.text for c in t.cells if c.row == 0}
    assert top == {(0, 1, 2): "Формы мероприятий", (1, 2, 1): "2022", (3, 2, 1): "2023",
                   (5, 2, 1): "Динамика (+/-)"}


def test_a_row_of_years_under_the_title_is_the_header():
    # three title lines above "Показатели | 2022 | 2023": the years head the columns, they are
    # no row of the table (read so, every figure went under the report's own year)
    text = ("МБУК «ЦБС» г. Кургана\nОтчет о работе за 2023 год\nОсновные показатели\n"
            "Показатели\n2022\n2023\nПользователи\n12 400\n12 900\nПосещения\n98 000\n101 000\n"
            "Книговыдача\n250 000\n262 000\nРабота велась по плану.\n")
    (t,) = parse(text).tables
    assert t.grid() == [["Показатели", "2022", "2023"], ["Пользователи", "12 400", "12 900"],
                        ["Посещения", "98 000", "101 000"], ["Книговыдача", "250 000", "262 000"]]


def test_numbered_rows_with_units_and_a_dash_for_a_ratio():
    # "1." and "1.1" number the rows alike; a ratio has "–" for its unit
    text = ("Форма 1. Основные показатели деятельности\n№ п/п\nНаименование показателя\nЕд. изм.\n"
            "I полугодие 2023 г.\nI полугодие 2024 г.\n"
            "1.\nКоличество пользователей\nчел.\n9 640\n9 812\n"
            "1.1\nв т.ч. детей до 14 лет\nчел.\n3 905\n4 018\n"
            "2.\nДокументовыдача\nэкз.\n188 420\n192 370\n"
            "3.\nЧитаемость\n–\n19,5\n19,6\n"
            "4.\nПосещаемость\n–\n7,7\n7,8\n")
    (t,) = parse(text).tables
    grid = t.grid()
    assert grid[0] == ["№ п/п", "Наименование показателя", "Ед. изм.", "I полугодие 2023 г.", "I полугодие 2024 г."]
    assert grid[2] == ["1.1", "в т.ч. детей до 14 лет", "чел.", "3 905", "4 018"]
    assert grid[-1] == ["4.", "Посещаемость", "–", "7,7", "7,8"]


def test_a_row_label_that_begins_with_a_readers_word_is_no_section():
    # "Балалар кітапханасы" (the children's library) is a row of the libraries, not a heading
    # "for children" across the table; read as one, every row after it was lost
    text = ("Сарысу ауданы ОКЖ 2019 жылғы жұмысы туралы есеп\nКітапхана\nОқырмандар\nКелу\nКітап беру\n"
            "\n2018\n2019\n2018\n2019\n2018\n2019\n"
            "Орталық кітапхана\n3 100\n3 200\n25 000\n26 100\n61 000\n62 500\n"
            "Балалар кітапханасы\n1 900\n2 000\n14 200\n15 000\n40 100\n41 300\n"
            "Барлығы\n5 000\n5 200\n39 200\n41 100\n101 100\n103 800\n")
    (t,) = parse(text).tables
    grid = t.grid()
    assert [r[0] for r in grid[2:]] == ["Орталық кітапхана", "Балалар кітапханасы", "Барлығы"]
    assert grid[-1] == ["Барлығы", "5 000", "5 200", "39 200", "41 100", "101 100", "103 800"]
    assert {(c.col, c.col_span) for c in t.cells if c.row == 0 and c.text} == {(0, 1), (1, 2), (3, 2), (5, 2)}


def test_cells_of_a_count_and_a_dash_for_no_people():
    text = ("Бұқаралық іс-шаралар\nР/с\nІс-шара түрі\n2019 ж.\n2020 ж.\n"
            "1\nКітап көрмелері\n30/–\n34/–\n2\nӘдеби кештер\n8/240\n6/150\n3\nВикториналар\n12/300\n15/340\n")
    (t,) = parse(text).tables
    assert t.grid()[1] == ["1", "Кітап көрмелері", "30/–", "34/–"]
    assert len(t.grid()) == 4


def test_a_header_cell_merged_down_over_groups_each_over_two_roles():
    # the label column's head spans both header rows: Writer writes it once and an empty line in its
    # place below, before the roles under each group
    text = ("Мероприятия по группам читателей\n"
            "Форма работы\nШкольники\nСтуденты\nПенсионеры\nИтого\n"
            "\nкол-во\nуч.\nкол-во\nуч.\nкол-во\nуч.\nкол-во\nуч.\n"
            "Литературные вечера\n4\n90\n2\n45\n3\n70\n9\n205\n"
            "Обзоры\n6\n120\n3\n60\n\n\n9\n180\n"
            "Итого\n10\n210\n5\n105\n3\n70\n18\n385\n")
    (t,) = parse(text).tables
    grid = t.grid()
    assert grid[0][0] == "Форма работы"
    assert grid[1][1:] == ["кол-во", "уч.", "кол-во", "уч.", "кол-во", "уч.", "кол-во", "уч."]
    assert [c.row_span for c in t.cells if c.text == "Форма работы"] == [2]
    assert grid[2] == ["Литературные вечера", "4", "90", "2", "45", "3", "70", "9", "205"]
    assert [(c.col, c.col_span) for c in t.cells if c.text == "Итого" and c.row == 0] == [(7, 2)]


def test_rows_merged_across_with_any_heading_of_a_part():
    # "Работа клубов" and "Выставочная работа" are rows merged across: one line each, then their rows
    text = ("Формы мероприятий\nКоличество\nУчастники\n"
            "Работа клубов\nЗаседания клубов\n40\n700\nМастер-классы\n12\n210\nИтого по разделу\n52\n910\n"
            "Выставочная работа\nКнижные выставки\n70\n2 100\nВиртуальные выставки\n9\n1 300\n"
            "Всего\n131\n4 310\n")
    (t,) = parse(text).tables
    grid = t.grid()
    assert grid[0] == ["Формы мероприятий", "Количество", "Участники"]
    assert [r[0] for r in grid[1:]] == ["Работа клубов", "Заседания клубов", "Мастер-классы", "Итого по разделу",
                                        "Выставочная работа", "Книжные выставки", "Виртуальные выставки", "Всего"]
    assert grid[6] == ["Книжные выставки", "70", "2 100"]
    assert [c.col_span for c in t.cells if c.text == "Выставочная работа"] == [3]


def test_a_caption_over_the_header_pushes_no_header_line_into_the_rows():
    # the caption, then a header of three lines: "Қатысқандар" is the header's last cell, no part's heading
    text = ("Наурыз айында өткізілген іс-шаралар\nІс-шара түрлері\nСаны\nҚатысқандар\n"
            "Әдеби кештер\n7\n180\nКездесулер\n3\n95\nБарлығы\n10\n275\n")
    doc = parse(text)
    (t,) = doc.tables
    assert t.grid()[0] == ["Іс-шара түрлері", "Саны", "Қатысқандар"]
    assert t.grid()[1] == ["Әдеби кештер", "7", "180"]
    assert doc.blocks[0].text == "Наурыз айында өткізілген іс-шаралар"


def test_title_lines_above_a_table_of_merged_form_cells_are_no_header():
    # Writer's text export of a report whose table gives each form two rows, the form's cell
    # merged down over both: the second row's first cell is an empty line.  The title lines
    # above the table are paragraphs, not a header of as many cells as a row has lines.
    text = ("ГУ «Районная библиотека»\n"
            "Информация о работе за 2024 год\n"
            "\n"
            "Массовая работа по формам\n"
            "Форма\nПоказатель\n2023 г.\n2024 г.\n"
            "Громкие чтения\nпроведено\n14\n16\n\nпосетителей\n320\n365\n"
            "Обзоры литературы\nпроведено\n9\n11\n\nпосетителей\n180\n214\n"
            "Уроки краеведения\nпроведено\n5\n7\n\nпосетителей\n96\n140\n"
            "Всего\nпроведено\n28\n34\n\nпосетителей\n596\n719\n"
            "\n"
            "Заведующая                       А. Б. Серикова\n")
    doc = parse(text)
    (t,) = doc.tables
    grid = t.grid()
    assert grid[0] == ["Форма", "Показатель", "2023 г.", "2024 г."]
    assert grid[1:3] == [["Громкие чтения", "проведено", "14", "16"], ["", "посетителей", "320", "365"]]
    assert grid[-1] == ["", "посетителей", "596", "719"]
    assert len(grid) == 9
    texts = [b.text for b in doc.blocks]
    assert "Информация о работе за 2024 год" in texts and "Массовая работа по формам" in texts
