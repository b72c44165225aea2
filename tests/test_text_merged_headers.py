"""Header cells that Writer and Word write out of their table: a cell of two
paragraphs (Writer puts each on a line), cells merged across (written once)
and down (the cells under them written empty), and the caption above."""

from esep.plugins.text.delimited import header_tail
from esep.plugins.text.loader import parse


def spans(table, row=0):
    """(column, columns spanned, rows spanned, text) of a header row."""
    return [(c.col, c.col_span, c.row_span, c.text) for c in table.cells if c.row == row]


def lines(*cells):
    return "\n".join(cells) + "\n"


def test_a_header_cell_of_two_paragraphs_is_one_cell_and_the_first_column_keeps_its_header():
    text = lines("Мероприятия по формам", "№", "Форма работы", "Кол-во", "мероприятий", "Кол-во",
                 "участников",
                 "1.", "Беседы", "14", "280",
                 "2.", "Обзоры", "9", "150",
                 "3.", "Диспуты", "4", "96")
    (t,) = parse(text).tables
    assert t.grid()[0] == ["№", "Форма работы", "Кол-во\nмероприятий", "Кол-во\nучастников"]
    assert t.grid()[1] == ["1.", "Беседы", "14", "280"]


def test_two_paragraph_cells_pair_up_before_three_line_cells():
    text = lines("Іс-шаралар", "Іс-шара түрі", "Саны", "жыл бойы", "оның ішінде", "онлайн", "Қатысушы",
                 "Көрмелер", "40", "12", "900",
                 "Кештер", "18", "5", "610",
                 "Сайыстар", "7", "6", "230")
    (t,) = parse(text).tables
    assert t.grid()[0] == ["Іс-шара түрі", "Саны\nжыл бойы", "оның ішінде\nонлайн", "Қатысушы"]


def test_an_empty_corner_over_the_numbers_beside_a_cell_of_two_paragraphs():
    text = lines("Мероприятия", "", "Форма работы", "Кол-во", "мероприятий", "Участники",
                 "1.", "Беседы", "14", "280",
                 "2.", "Обзоры", "9", "150",
                 "3.", "Диспуты", "4", "96")
    (t,) = parse(text).tables
    assert t.grid()[:2] == [["", "Форма работы", "Кол-во\nмероприятий", "Участники"],
                            ["1.", "Беседы", "14", "280"]]


def test_a_year_on_the_second_line_of_a_header_cell_goes_with_it():
    text = lines("Мероприятия", "Форма работы", "План на", "2024 г.", "Выполнено", "за 2023 г.",
                 "Беседы", "14", "15",
                 "Обзоры", "9", "9",
                 "Диспуты", "4", "6")
    doc = parse(text)
    (t,) = doc.tables
    assert t.grid() == [["Форма работы", "План на\n2024 г.", "Выполнено\nза 2023 г."],
                        ["Беседы", "14", "15"], ["Обзоры", "9", "9"], ["Диспуты", "4", "6"]]
    assert [b.text for b in doc.blocks] == ["Мероприятия"]


def test_a_numbered_caption_is_no_header_cell():
    # with the caption, four cells would share the six columns right of the corner as well
    text = lines("Таблица 2. Выполнение плана",
                 "Форма", "2022 г.", "2023 г.",
                 "", "план", "факт", "%", "план", "факт", "%",
                 "Вечера", "6", "6", "100", "8", "9", "112",
                 "Квизы", "10", "12", "120", "12", "12", "100")
    doc = parse(text)
    (t,) = doc.tables
    assert spans(t) == [(0, 1, 2, "Форма"), (1, 3, 1, "2022 г."), (4, 3, 1, "2023 г.")]
    assert doc.blocks[0].text.startswith("Таблица 2")


def test_a_header_over_columns_left_empty_below_spans_them_down():
    # "в т.ч." over three columns; the last cell is merged down over the empty one below it
    text = lines("Форма", "Всего", "в т.ч.", "Чел.",
                 "", "", "дети", "юношество", "взрослые", "",
                 "Выставки", "20", "8", "5", "7", "640",
                 "Беседы", "12", "6", "4", "2", "310")
    (t,) = parse(text).tables
    assert spans(t) == [(0, 1, 2, "Форма"), (1, 1, 2, "Всего"), (2, 3, 1, "в т.ч."), (5, 1, 2, "Чел.")]


def test_a_merged_down_cell_of_two_paragraphs_in_a_header_of_two_rows():
    text = lines("Р/с", "Атауы", "Жылдық", "жоспар", "Орындалды",
                 "", "", "", "саны", "қатысушы",
                 "1", "Көрмелер", "30", "32", "700",
                 "2", "Кездесулер", "12", "11", "340")
    (t,) = parse(text).tables
    assert spans(t) == [(0, 1, 2, "Р/с"), (1, 1, 2, "Атауы"), (2, 1, 2, "Жылдық\nжоспар"),
                        (3, 2, 1, "Орындалды")]
    assert spans(t, 1) == [(3, 1, 1, "саны"), (4, 1, 1, "қатысушы")]


def test_word_tab_export_keeps_two_empty_cells_under_merged_down_headers():
    text = ("№\tФорма\t2023 год\tIV квартал\r\n"
            "\t\tплан\tфакт\tплан\tфакт\r\n"
            "\tВсего\t120\t118\t30\t34\r\n"
            "1.\tВыставки\t70\t69\t18\t20\r\n"
            "2.\tБеседы\t50\t49\t12\t14\r\n")
    (t,) = parse(text).tables
    assert spans(t) == [(0, 1, 2, "№"), (1, 1, 2, "Форма"), (2, 2, 1, "2023 год"), (4, 2, 1, "IV квартал")]
    assert t.grid()[2] == ["", "Всего", "120", "118", "30", "34"]


def test_word_tab_export_with_a_merged_down_last_column():
    text = ("Форма\tВсего\tиз них\tЧел.\r\n"
            "\t\tдети\tвзрослые\t\r\n"
            "Выставки\t20\t12\t8\t640\r\n"
            "Беседы\t12\t5\t7\t310\r\n")
    (t,) = parse(text).tables
    assert spans(t) == [(0, 1, 2, "Форма"), (1, 1, 2, "Всего"), (2, 2, 1, "из них"), (4, 1, 2, "Чел.")]


def test_tabs_typed_to_line_up_a_label_are_no_column():
    text = ("Показатель\t2022\t2023\n"
            "Читатели\t\t4120\t4206\n"
            "Посещения\t\t31400\t32015\n")
    (t,) = parse(text).tables
    assert t.grid()[1:] == [["Читатели", "4120", "4206"], ["Посещения", "31400", "32015"]]


def test_header_tail_reads_the_shapes_of_a_second_header_row():
    # two periods over two columns each: an even share
    assert header_tail("etttt", 3, 1) == 0
    # the last cell merged down over the empty cell closing the row below
    assert header_tail("eettte", 4, 2) == 1
    # an even share that would put a cell over two empty cells: the tail instead
    assert header_tail("ettttttee", 5, 1) == 2
    # no reading
    assert header_tail("etttt", 4, 1) is None
