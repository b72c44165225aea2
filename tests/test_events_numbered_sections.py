"""Forms numbered in sections whose rows carry the section's sum, a form's
name of two words with a qualifier between, and LibreOffice's text export of
a header whose corner cell holds two paragraphs."""

from __future__ import annotations

from esep.plugins import checks
from esep.plugins.events import labels
from esep.plugins.events.stats import VOCABULARY
from esep.plugins.text.loader import parse
from esep.plugins.vocab import get_vocabulary

from test_event_stats import by_label, records_of, rows_of, table_of


def sections_table(second_head="2. Выставки"):
    return table_of([["Наименование", "Кол-во", "Участники"],
                     ["1. Массовая работа", "30", "700"],
                     ["1.1 Беседы", "12", "260"],
                     ["1.2 Викторины", "10", "240"],
                     ["1.3 Громкие чтения", "8", "200"],
                     [second_head, "21", "900"],
                     ["2.1 Книжные выставки", "17", "650"],
                     ["2.2 Фотовыставки", "4", "250"],
                     ["Итого", "51", "1600"]])


def test_forms_under_a_numbered_section_keep_their_types_and_the_section_row_none():
    got = by_label(records_of(sections_table(), period="2024"))
    for label, kind in [("1.1 Беседы", "conversation"), ("1.2 Викторины", "quiz"), ("1.3 Громкие чтения", "reading"),
                        ("2.1 Книжные выставки", "exhibition.book"), ("2.2 Фотовыставки", "exhibition.photo")]:
        rec = got[label]["2024"]
        assert (rec["event_type"], rec.get("part_of")) == (kind, None), label
    # the section rows are sums: "Выставки" names a form, but typed it would count the exhibitions twice
    assert got["1. Массовая работа"]["2024"]["event_type"] is None
    assert got["2. Выставки"]["2024"]["event_type"] is None
    assert got["2. Выставки"]["2024"]["actual"] == 21
    verdicts = {c.values["name"]: c.values["holds"]
                for c in checks.event_total_checks(rows_of(records_of(sections_table(), period="2024")), None)}
    assert verdicts == {"event_totals[2024].actual": 1, "event_totals[2024].participants": 1}


def test_kinds_of_one_form_under_it_stay_its_parts():
    # "Книжные выставки" over "Тематические выставки" and "Виртуальные выставки": both are book exhibitions,
    # the kinds of the form above them, so they stay its untyped parts
    t = table_of([["Форма работы", "Кол-во", "Участники"],
                  ["Книжные выставки", "25", "700"],
                  ["Тематические выставки", "17", "450"],
                  ["Виртуальные выставки", "8", "250"],
                  ["Беседы", "12", "310"],
                  ["Итого", "37", "1010"]])
    got = by_label(records_of(t, period="2024"))
    assert got["Книжные выставки"]["2024"]["event_type"] == "exhibition.book"
    assert got["Тематические выставки"]["2024"]["event_type"] is None
    assert got["Виртуальные выставки"]["2024"]["part_of"] == 1


def test_a_form_named_with_a_qualifier_between_its_two_words():
    m = labels.label_matcher(get_vocabulary(VOCABULARY, None, 85))
    assert m.match("Конкурсы детского рисунка").id == "competition.drawing"
    assert m.match("Конкурсы юных чтецов").id == "contest"  # no two-word name in it: the head word's
    assert m.match("Выставки детского рисунка").id is None  # no drawing contest, and drawings are no books


def test_writer_text_header_with_a_corner_of_two_paragraphs_over_two_rows():
    # the corner "Іс-шара түрі" / "Форма мероприятия" merged down, the years merged across over their roles
    text = ("Іс-шаралар түрлері бойынша\n"
            "Іс-шара түрі\nФорма мероприятия\n2023 ж.\n2024 ж.\n"
            "\nсаны\nқатысушылар\nсаны\nқатысушылар\n"
            "Әңгімелер\nБеседы\n12\n300\n14\n330\n"
            "Викториналар\nВикторины\n6\n150\n7\n175\n"
            "Барлығы\nИтого\n18\n450\n21\n505\n")
    doc = parse(text)
    (t,) = doc.tables
    top = {(c.col, c.col_span, c.row_span): c.text for c in t.cells if c.row == 0}
    assert top == {(0, 1, 2): "Іс-шара түрі\nФорма мероприятия", (1, 2, 1): "2023 ж.", (3, 2, 1): "2024 ж."}
    assert t.grid()[2] == ["Әңгімелер\nБеседы", "12", "300", "14", "330"]
    assert doc.blocks[0].text == "Іс-шаралар түрлері бойынша"


def test_writer_text_header_with_a_number_column_and_a_corner_of_two_paragraphs():
    # "№" and "Формы" / "Түрлері" both merged down: the number's head stays a cell of its own
    text = ("Мероприятия по формам / Іс-шаралар түрлері бойынша\n"
            "№\nФормы\nТүрлері\n2023 г.\n2024 г.\n"
            "\n\nкол-во\nучастники\nкол-во\nучастники\n"
            "1.\nБеседы\nӘңгімелер\n12\n300\n14\n330\n"
            "2.\nВикторины\nВикториналар\n6\n150\n7\n175\n"
            "\nИтого\nБарлығы\n18\n450\n21\n505\n")
    (t,) = parse(text).tables
    top = {(c.col, c.col_span, c.row_span): c.text for c in t.cells if c.row == 0}
    assert top == {(0, 1, 2): "№", (1, 1, 2): "Формы\nТүрлері", (2, 2, 1): "2023 г.", (4, 2, 1): "2024 г."}
    assert t.grid()[-1] == ["", "Итого\nБарлығы", "18", "450", "21", "505"]


def test_kinds_of_a_typed_form_without_section_numbers_stay_its_parts():
    # "Вечера-портреты" and "Вечера поэзии" under "Литературные вечера" (their sum) are kinds of the
    # evenings the row over them counts, though each has a type of its own: no numbered section
    t = table_of([["Форма мероприятия", "Количество", "Участники"],
                  ["Беседы", "20", "400"],
                  ["Литературные вечера", "9", "290"],
                  ["Вечера-портреты", "5", "160"],
                  ["Вечера поэзии", "4", "130"],
                  ["Викторины", "11", "250"],
                  ["Всего", "40", "940"]])
    got = by_label(records_of(t, period="2024"))
    assert got["Литературные вечера"]["2024"]["event_type"] is not None
    assert got["Вечера-портреты"]["2024"]["event_type"] is None
    assert got["Вечера поэзии"]["2024"]["part_of"] is not None


def test_a_typed_row_among_unnumbered_sections_is_a_section_too():
    # "Бұқаралық іс-шаралар" names no form: the table is laid out in sections, so "Көрмелер" over book and
    # photo exhibitions is a section as well, and its rows keep their types
    t = table_of([["Жұмыс түрлері", "Саны", "Қатысушылар"],
                  ["Бұқаралық іс-шаралар", "30", "800"],
                  ["Әңгімелер", "18", "420"],
                  ["Викториналар", "12", "380"],
                  ["Көрмелер", "25", "900"],
                  ["Кітап көрмелері", "21", "700"],
                  ["Фотокөрмелер", "4", "200"],
                  ["Барлығы", "55", "1700"]])
    got = by_label(records_of(t, period="2025"))
    assert got["Көрмелер"]["2025"]["event_type"] is None
    assert got["Кітап көрмелері"]["2025"]["event_type"] == "exhibition.book"
    assert got["Фотокөрмелер"]["2025"]["event_type"] == "exhibition.photo"
