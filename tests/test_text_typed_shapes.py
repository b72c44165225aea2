"""Tables as people and other programs type them in a plain text: rows with
an empty line after each, a table indented by a TAB with labels broken over
two lines, lists of values from a spreadsheet (semicolons, commas), Markdown
pipe tables with bold totals, the text docx2txt writes, and lists of
indicators with leaders."""

from esep.plugins.text.loader import parse


def quotes(text, table):
    """Each cell's provenance quotes the file: its first line's words open
    the quote and its last line's close it."""
    for c in table.cells:
        if c.text:
            quoted = text[c.provenance.char_start:c.provenance.char_end]
            first, *_, last = [*c.text.split("\n"), c.text.split("\n")[-1]]
            assert quoted.startswith(first) and quoted.endswith(last), (c.text, quoted)


def test_tab_rows_with_an_empty_line_between_them_are_one_table():
    text = ("Таблица 1\n\n"
            "Показатель\t2021\t2022\n\n"
            "Читатели\t5 310\t5 402\n\n"
            "Посещения\t40 100\t41 950\n\n"
            "Выдано документов\t99 870\t101 200\n\n"
            "Работа продолжается.\n")
    doc = parse(text)
    (t,) = doc.tables
    assert t.grid() == [["Показатель", "2021", "2022"], ["Читатели", "5 310", "5 402"],
                        ["Посещения", "40 100", "41 950"], ["Выдано документов", "99 870", "101 200"]]
    assert [c.provenance.line for c in t.cells if c.col == 0] == [3, 5, 7, 9]
    assert "Работа продолжается." in [b.text for b in doc.blocks]
    quotes(text, t)


def test_an_empty_line_and_a_header_of_words_start_another_table():
    text = ("Көрсеткіш\t2022\t2023\n\nОқырмандар\t2 100\t2 150\n\nКелушілер\t16 000\t16 420\n\n"
            "Түрі\tСаны\tҚатысушылар\n\nКөрмелер\t30\t900\n\nКештер\t8\t260\n")
    doc = parse(text)
    assert [t.grid()[0] for t in doc.tables] == [["Көрсеткіш", "2022", "2023"], ["Түрі", "Саны", "Қатысушылар"]]


def test_a_table_indented_by_a_tab_with_labels_broken_over_two_lines():
    text = ("Кесте\n"
            "\tКөрсеткіш\t2022\t2023\n"
            "\tТіркелген оқырмандар\t4 020\t4 110\n"
            "\tоның ішінде 14 жасқа\t\t\n"
            "\tдейінгі балалар\t1 530\t1 560\n"
            "\tҚұжат берілімі (кітап\t\t\n"
            "\tберу)\t90 200\t92 760\n")
    doc = parse(text)
    (t,) = doc.tables
    assert t.grid() == [["Көрсеткіш", "2022", "2023"], ["Тіркелген оқырмандар", "4 020", "4 110"],
                        ["оның ішінде 14 жасқа\nдейінгі балалар", "1 530", "1 560"],
                        ["Құжат берілімі (кітап\nберу)", "90 200", "92 760"]]
    label = next(c for c in t.cells if c.text.startswith("Құжат"))
    assert text[label.provenance.char_start:label.provenance.char_end] == "Құжат берілімі (кітап\t\t\n\tберу)"
    quotes(text, t)


def test_word_export_one_cell_a_line_is_no_indented_table():
    text = "\tЧитатели\n\t5 100\n\t5 230\n\n\tПосещения\n\t40 000\n\t41 300\n"
    (t,) = parse(text).tables
    assert t.grid() == [["Читатели", "5 100", "5 230"], ["Посещения", "40 000", "41 300"]]


def test_a_label_ending_in_a_colon_heads_the_rows_and_joins_none():
    text = "Показатель\t2022\t2023\nиз них:\t\t\nдети\t300\t320\nюношество\t210\t230\n"
    (t,) = parse(text).tables
    assert [r[0] for r in t.grid()] == ["Показатель", "из них:", "дети", "юношество"]


def test_semicolon_rows_pasted_from_a_spreadsheet():
    text = ("Выгрузка из системы учёта:\n"
            "Форма;Количество;Участники\n"
            "Выставки;40;1 210\n"
            "Беседы;25;600\n"
            "Итого;65;1 810\n")
    doc = parse(text)
    (t,) = doc.tables
    assert t.grid() == [["Форма", "Количество", "Участники"], ["Выставки", "40", "1 210"],
                        ["Беседы", "25", "600"], ["Итого", "65", "1 810"]]
    assert doc.blocks[0].text == "Выгрузка из системы учёта:"
    quotes(text, t)


def test_comma_rows_with_a_quoted_label():
    text = 'Көрсеткіш,2022,2023\n"Іс-шаралар, саны",120,131\nКелушілер,30100,30950\n'
    (t,) = parse(text).tables
    assert t.grid() == [["Көрсеткіш", "2022", "2023"], ["Іс-шаралар, саны", "120", "131"],
                        ["Келушілер", "30100", "30950"]]
    quotes(text, t)


def test_prose_with_commas_and_semicolons_is_no_table():
    text = ("В 2023 году открыты 2 клуба, 3 кружка; проведено 40 выставок.\n"
            "Поступило книг, журналов, газет; списано 1 200 экз.\n"
            "Читаемость – 16,9\n"
            "Посещаемость – 6,2\n")
    assert parse(text).tables == []


def test_markdown_bold_cells_lose_their_marks_but_keep_their_place():
    text = ("| Форма | Кол-во |\n|:---|---:|\n| Выставки | 12 |\n| Чтения | 7 |\n"
            "| **Итого** | **19** |\n")
    (t,) = parse(text).tables
    assert t.grid()[-1] == ["Итого", "19"]
    total = t.cells[-1]
    assert text[total.provenance.char_start:total.provenance.char_end] == "19"


def test_docx2txt_layout_reads_two_tables_of_three_columns():
    paragraphs = ["Отчёт за 2022 год", "Показатели", "2021 г.", "2022 г.", "Читатели", "3 200", "3 260",
                  "Посещения", "24 500", "25 010", "Книговыдача", "70 300", "71 800",
                  "Раздел 2. Мероприятия", "Форма", "Количество", "Участники", "Выставки", "50", "1 300",
                  "Беседы", "31", "", "Конкурсы", "9", "210", "Подпись"]
    doc = parse("\n\n".join(paragraphs))
    assert [t.grid() for t in doc.tables] == [
        [["Показатели", "2021 г.", "2022 г."], ["Читатели", "3 200", "3 260"],
         ["Посещения", "24 500", "25 010"], ["Книговыдача", "70 300", "71 800"]],
        [["Форма", "Количество", "Участники"], ["Выставки", "50", "1 300"], ["Беседы", "31", ""],
         ["Конкурсы", "9", "210"]]]


def test_a_list_of_indicators_with_leaders_is_a_table():
    text = ("Итоги года:\n"
            "Читатели ..................... 2 480\n"
            "  в т.ч. дети ................ 950\n"
            "Книговыдача ------------------ 61 300\n"
            "Фонд на 01.01.2023 ........... 40 120 экз.\n")
    (t,) = parse(text).tables
    assert t.grid() == [["Читатели", "2 480"], ["в т.ч. дети", "950"], ["Книговыдача", "61 300"],
                        ["Фонд на 01.01.2023", "40 120 экз."]]
    quotes(text, t)


def test_a_table_of_contents_is_no_list_of_indicators():
    text = "Введение ........ 3\n1. Фонд ........ 5\n2. Читатели ........ 9\nЗаключение ........ 14\n"
    assert parse(text).tables == []


def test_paragraphs_indented_by_a_tab_are_paragraphs_not_a_row_of_cells():
    text = ("ОТЧЕТ о работе сельской библиотеки за 2001 год\r\n\r\n"
            "\tВ 2001 году библиотека обслужила 1 240 читателей, из них детей до 14 лет – 512.\r\n"
            "\tКниговыдача составила 26,4 тыс. экз., посещений – 9 870.\r\n\r\n"
            "\tПроведено 48 массовых мероприятий, их посетили 1 310 человек.\r\n")
    doc = parse(text)
    assert doc.tables == []
    assert [b.text for b in doc.blocks][1:] == [
        "В 2001 году библиотека обслужила 1 240 читателей, из них детей до 14 лет – 512.",
        "Книговыдача составила 26,4 тыс. экз., посещений – 9 870.",
        "Проведено 48 массовых мероприятий, их посетили 1 310 человек."]
    # each paragraph quotes the file from its first word
    assert all(text[b.provenance.char_start:b.provenance.char_end] == b.text for b in doc.blocks)


def test_indented_paragraphs_around_a_table_typed_with_tabs():
    text = ("\tВ 2001 году библиотека обслужила 1 240 читателей, из них детей до 14 лет – 512.\r\n"
            "\tОсновные показатели:\r\n"
            "Показатели\t2000 г.\t2001 г.\r\n"
            "Читатели\t1 205\t1 240\r\n"
            "Книговыдача\t25 900\t26 400\r\n"
            "\tПроведено 48 массовых мероприятий, их посетили 1 310 человек за год.\r\n")
    doc = parse(text)
    (t,) = doc.tables
    assert t.grid() == [["Показатели", "2000 г.", "2001 г."], ["Читатели", "1 205", "1 240"],
                        ["Книговыдача", "25 900", "26 400"]]
    assert [b.text for b in doc.blocks] == [
        "В 2001 году библиотека обслужила 1 240 читателей, из них детей до 14 лет – 512.", "Основные показатели:",
        "Проведено 48 массовых мероприятий, их посетили 1 310 человек за год."]
