"""Tables drawn with characters and paragraphs wrapped at a fixed width, as
pandoc's plain text and hand-typed reports write them."""

import re
from pathlib import Path

import pytest

from esep.plugins.text.loader import load as load_text
from esep.plugins.text.loader import parse

from conftest import cell_tuples, table_cells, word_report

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "pandoc_txt"


@pytest.mark.parametrize("stem", ["other_sarykol_2020_kk", "other_verkhneozersk_2019-9m_ru"])
def test_pandoc_plain_text_reads_as_the_word_file(stem):
    docx = word_report(stem)
    text = load_text(FIXTURES / f"{stem}.txt", None)
    assert table_cells(text) == table_cells(docx)
    # pandoc writes a run of spaces as one
    assert [b.text for b in text.blocks] == [re.sub(r" {2,}", " ", b.text) for b in docx.blocks]


def test_a_grid_table_typed_by_hand_with_merged_cells():
    text = ("Кітап қорының қозғалысы\n"
            "+-------------+---------------+---------+\n"
            "| Көрсеткіш   | 2023 жыл                |\n"
            "|             +---------------+---------+\n"
            "|             | барлығы       | қазақша |\n"
            "+=============+===============+=========+\n"
            "| Жыл басында | 58 410        | 37 920  |\n"
            "+-------------+---------------+---------+\n"
            "| Түсті       | 2 115         | 1 480   |\n"
            "+-------------+---------------+---------+\n")
    doc = parse(text)
    (t,) = doc.tables
    assert cell_tuples(t) == sorted([(0, 0, 2, 1, "Көрсеткіш"), (0, 1, 1, 2, "2023 жыл"),
                               (1, 1, 1, 1, "барлығы"), (1, 2, 1, 1, "қазақша"),
                               (2, 0, 1, 1, "Жыл басында"), (2, 1, 1, 1, "58 410"), (2, 2, 1, 1, "37 920"),
                               (3, 0, 1, 1, "Түсті"), (3, 1, 1, 1, "2 115"), (3, 2, 1, 1, "1 480")])
    for c in t.cells:
        assert text[c.provenance.char_start:c.provenance.char_end] == c.text
    assert [b.text for b in doc.blocks] == ["Кітап қорының қозғалысы"]


def test_a_table_with_a_rule_of_dashes_under_its_header():
    text = ("Показатель          2022     2023\n"
            "------------------  -------  -------\n"
            "Пользователи        4 120    4 206\n"
            "Книговыдача         88 310   90 122\n"
            "\n"
            "Работа продолжается.\n")
    doc = parse(text)
    (t,) = doc.tables
    assert t.grid() == [["Показатель", "2022", "2023"],
                        ["Пользователи", "4 120", "4 206"],
                        ["Книговыдача", "88 310", "90 122"]]
    assert [b.text for b in doc.blocks] == ["Работа продолжается."]


def test_wrapped_paragraphs_are_joined_and_lines_of_their_own_are_not():
    text = ("Отчёт о работе библиотек района за 2023 год\n"
            "\n"
            "В 2023 году библиотеки района обслужили 14 215 пользователей, число\n"
            "посещений составило 152 340, выдано 318 905 экземпляров документов.\n"
            "Книжный фонд на конец года насчитывал 201 455 экземпляров, поступило\n"
            "4 120 экземпляров, выбыло 6 310 экземпляров за год.\n"
            "\n"
            "Основные показатели:\n"
            "Число пользователей – 14 215\n"
            "Число посещений – 152 340\n"
            "\n"
            "В течение года проведено 640 мероприятий, их посетили 18 900 человек,\n"
            "работали 12 клубов по интересам и любительских объединений района.\n")
    blocks = [b.text for b in parse(text).blocks]
    assert blocks[1] == ("В 2023 году библиотеки района обслужили 14 215 пользователей, число "
                         "посещений составило 152 340, выдано 318 905 экземпляров документов. "
                         "Книжный фонд на конец года насчитывал 201 455 экземпляров, поступило "
                         "4 120 экземпляров, выбыло 6 310 экземпляров за год.")
    assert blocks[2:5] == ["Основные показатели:", "Число пользователей – 14 215", "Число посещений – 152 340"]
    # a text whose paragraphs are one line each is left as it is
    plain = ("Число пользователей – 14 215\nЧисло посещений – 152 340\nКниговыдача – 318 905\n"
             "Книжный фонд – 201 455\nШтат – 46\nКлубы – 12\n")
    assert len(parse(plain).blocks) == 6


def test_a_table_lined_up_with_spaces():
    text = ("Кітап қорының қозғалысы\n"
            "\n"
            "Көрсеткіштер         2022 ж.        2023 ж.     айырмасы\n"
            "Оқырман саны         6 804          6 912       +108\n"
            "Құжат берілімі       118 206        121 548     +3 342\n"
            "Мерзімді басылымдар  1 204          1 310       +106\n"
            "жазылымы\n"
            "\n"
            "Кітапханалар  бойынша  жұмыс  жоспарлы  түрде  жүргізілді,  оқырмандар\n"
            "саны  артты.\n")
    doc = parse(text)
    (t,) = doc.tables
    assert t.grid() == [["Көрсеткіштер", "2022 ж.", "2023 ж.", "айырмасы"],
                        ["Оқырман саны", "6 804", "6 912", "+108"],
                        ["Құжат берілімі", "118 206", "121 548", "+3 342"],
                        ["Мерзімді басылымдар жазылымы", "1 204", "1 310", "+106"]]
    for c in t.cells:
        if c.text and c.row < 3:
            assert text[c.provenance.char_start:c.provenance.char_end] == c.text
    # justified prose, its words two spaces apart, is no table
    assert [b.text for b in doc.blocks][-1].startswith("Кітапханалар  бойынша")


def test_a_numbered_table_lined_up_with_spaces_under_headings_of_two_levels():
    text = ("№  Жұмыс түрі          2022 жыл                2023 жыл\n"
            "                       саны     қатысқандар    саны     қатысқандар\n"
            "1  Кітап көрмелері     41       980            44       1 012\n"
            "2  Әңгімелер           22       415            25       470\n"
            "3  Викториналар        12       260            15       301\n")
    (t,) = parse(text).tables
    top = {(c.col, c.row_span, c.col_span): c.text for c in t.cells if c.row == 0}
    assert top == {(0, 2, 1): "№", (1, 2, 1): "Жұмыс түрі", (2, 1, 2): "2022 жыл", (4, 1, 2): "2023 жыл"}
    assert t.grid()[1][2:] == ["саны", "қатысқандар", "саны", "қатысқандар"]
    assert t.grid()[4] == ["3", "Викториналар", "12", "260", "15", "301"]


def test_paragraphs_of_one_line_each_are_not_joined_however_long():
    text = ("Отчет МКУК «Межпоселенческая библиотека» Энского района за 1 квартал 2024 года\n"
            "За 1 квартал 2024 года зарегистрировано 4 315 пользователей, план выполнен на 102,7 %.\n"
            "Количество посещений за квартал составило 27 640, из них на мероприятиях – 6 215.\n"
            "Выдано 61 230 документов, в том числе детям до четырнадцати лет – 22 480 экз.\n"
            "Проведено 148 мероприятий, оформлено 36 книжных выставок для разных читателей.\n"
            "На 1 апреля 2024 года фонд составляет 210 450 экземпляров документов всех видов.\n")
    assert len(parse(text).blocks) == 6


def test_a_table_drawn_with_dos_box_characters_reads_as_its_ascii_grid():
    # a DOS editor's table: double outer lines, single inner ones, the body rows one a line
    text = ("Основные показатели\n"
            "╔═══════════════╤═════════╤═════════╗\n"
            "║ Показатель    │ 2004 г. │ 2005 г. ║\n"
            "╟───────────────┼─────────┼─────────╢\n"
            "║ Пользователи  │   7 310 │   7 452 ║\n"
            "║ Книговыдача   │ 158 200 │ 161 940 ║\n"
            "╚═══════════════╧═════════╧═════════╝\n"
            "Фонд вырос.\n")
    doc = parse(text)
    (t,) = doc.tables
    assert t.grid() == [["Показатель", "2004 г.", "2005 г."], ["Пользователи", "7 310", "7 452"],
                        ["Книговыдача", "158 200", "161 940"]]
    cell = next(c for c in t.cells if c.text == "161 940")
    # offsets are the file's: one box character for one ASCII one
    assert text[cell.provenance.char_start:cell.provenance.char_end] == "161 940"
    assert [b.text for b in doc.blocks] == ["Основные показатели", "Фонд вырос."]
    # the same table typed with ASCII reads the same
    ascii_doc = parse(text.translate({ord(c): "+" for c in "╔╤╗╟┼╢╚╧╝"} | {ord("═"): "=", ord("─"): "-",
                                                                             ord("║"): "|", ord("│"): "|"}))
    assert ascii_doc.tables[0].grid() == t.grid()


def test_a_line_of_box_characters_that_opens_no_grid_stays_text():
    doc = parse("Итоги года\n──────────\nВыдано 12 книг.\n")
    assert not doc.tables
    assert "Выдано 12 книг." in [b.text for b in doc.blocks]
