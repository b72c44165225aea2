"""A table of two columns typed by hand with one bar a line between a label
and its figure ("Учащиеся | 11 200"), its header of words over it, read as a
table; a bar in prose, or on a lone line such as a running head, is none."""

from esep.plugins.text.loader import parse
from test_text_typed_shapes import quotes


def test_two_columns_with_one_bar_a_line_are_a_table_with_their_header():
    text = ("Состав пользователей по группам:\n"
            "Группа | Кол-во\n"
            "Учащиеся | 11 200\n"
            "Студенты | 1 940\n"
            "Пенсионеры | 3 600\n"
            "Итого | 16 740\n"
            "\n"
            "Выдано 96 115 документов.\n")
    doc = parse(text)
    (t,) = doc.tables
    assert t.grid() == [["Группа", "Кол-во"], ["Учащиеся", "11 200"], ["Студенты", "1 940"],
                        ["Пенсионеры", "3 600"], ["Итого", "16 740"]]
    assert doc.blocks[0].text == "Состав пользователей по группам:"
    quotes(text, t)


def test_a_kazakh_table_of_one_bar_a_line_without_a_header():
    text = "Мектеп оқушылары | 9 400\nСтуденттер | 2 150\nБарлығы | 11 550\n"
    (t,) = parse(text).tables
    assert t.grid() == [["Мектеп оқушылары", "9 400"], ["Студенттер", "2 150"], ["Барлығы", "11 550"]]


def test_a_bar_in_prose_or_a_running_head_is_no_table():
    # negative: a sentence with a bar, a page's running head, a bar between two words of a title
    text = ("Отчёт МКУ ЦБС за 2024 год | стр. 3\n"
            "В 2024 году проведено 40 выставок | и 25 бесед, в них участвовали 1 210 человек.\n"
            "Кітапхана | Оқырман\n"
            "\n"
            "Посещаемость – 6,2\n")
    assert parse(text).tables == []
