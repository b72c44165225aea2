"""Plain text an OCR program saved with the page's lines kept: paragraphs
broken every line, page numbers and running heads between the halves of a
sentence, tables lined up with spaces that drift from row to row.  The
texts below are made up in the genre."""

from __future__ import annotations

from esep.plugins.text.aligned import aligned_table
from esep.plugins.text.loader import parse, split_lines
from esep.plugins.text.page_lines import goes_on, page_lines

from test_ocr_repair import lexicon, repair  # noqa: F401  (the fixture)

HEAD = "Отчет о работе ЦБС Майского района за 2023 год"

PAGED = f"""{HEAD}
Обслуживание пользователей
    В 2023 году библиотеки района обслужили пользователей в стационаре и вне
стационара, в том числе в пунктах выдачи при сельских клубах. Число читателей
составило 12 450 человек, из них детей до 14 лет – 4 310. Книговыдача за год
составила 286 930 экземпляров, число посещений библиотек – 98 760. Книги выда-
вались также на дом пожилым читателям; в этой работе участвовали волонтеры из
числа старшеклассников. Читаемость составила 23,0, посещаемость – 7,9. Число

                                   - 1 -

{HEAD}

посещений массовых мероприятий выросло на 1 240 по сравнению с прошлым годом
и составило 21 480. На конец года в библиотеках района работали 42 человека,
из них 31 с высшим образованием. Бюджет системы составил 168 420,5 тыс.
тенге, на комплектование фонда направлено 9 860,0 тыс. тенге.
Фонд
    На конец года фонд составил 278 604 экземпляра.

                                   - 2 -
"""


def _paragraphs(doc):
    return [b.text for b in doc.blocks]


def test_page_lines_are_joined_into_paragraphs_and_page_furniture_left_out():
    doc = parse(PAGED)
    texts = _paragraphs(doc)
    assert doc.metadata["page_lines"] == 2
    assert doc.metadata["ocr"] == "text_layer"
    # the page number and the running head stood between "Число" and "посещений"
    body = next(t for t in texts if t.startswith("В 2023 году"))
    assert "Число посещений массовых мероприятий выросло" in body
    assert "Число читателей составило 12 450 человек" in body
    assert "выда- вались" in body  # the line's hyphen kept as read, for the OCR repair
    assert "168 420,5 тыс. тенге, на комплектование" in body
    assert not any(t.strip() in ("- 1 -", "- 2 -") for t in texts)
    assert sum(1 for t in texts if t.startswith("Отчет о работе")) == 1  # the title, not its repeats
    assert "Фонд" in texts and any(t.startswith("На конец года фонд") for t in texts)


def test_a_word_export_whose_lines_are_paragraphs_is_left_as_it_is():
    text = "\n".join([
        "Отчет о работе ЦБС Майского района за 2023 год",
        "Обслуживание пользователей",
        "В 2023 году библиотеки района обслужили 12 450 читателей, из них детей до 14 лет – 4 310, "
        "книговыдача за год составила 286 930 экземпляров.",
        "Число посещений библиотек составило 98 760, посещений массовых мероприятий – 21 480.",
        "Фонд",
        "На конец года фонд составил 278 604 экземпляра; поступило 6 214, выбыло 7 430 экземпляров.",
        "Бюджет системы составил 168 420,5 тыс. тенге, на комплектование направлено 9 860,0 тыс. тенге.",
        "Директор Е. В. Колесникова",
    ]) + "\n"
    doc = parse(text)
    assert "page_lines" not in doc.metadata and "ocr" not in doc.metadata
    assert len(doc.blocks) == 8


def test_paragraphs_a_line_each_printed_with_page_breaks_and_numbers_are_no_scan():
    # a word processor's text with its page breaks (form feeds) and page numbers: the numbers go, the lines stay
    page1 = "\n".join([
        "Отчёт о работе сельской библиотеки за 2021 год",
        "1. Обслуживание читателей села и отдалённых участков",
        "2021 жылы кітапхана 1 240 оқырманға қызмет көрсетті, оның ішінде 410 бала.",
        "Число посещений составило 9 870, книговыдача – 26 315 экземпляров за год.",
        "Проведено 48 мероприятий, в том числе 12 в онлайн-формате.",
        "", "- 1 -", ""])
    page2 = "\n".join([
        "2. Фонд и его движение за отчётный год",
        "На конец года фонд составил 14 260 экземпляров, поступило 530 экземпляров.",
        "Заведующая библиотекой                  А. Б. Касымова",
        "", "- 2 -", ""])
    doc = parse(page1 + "\f" + page2)
    texts = _paragraphs(doc)
    assert doc.metadata["page_lines"] == 2 and "ocr" not in doc.metadata
    assert "Обслуживание читателей села и отдалённых участков" in texts  # the heading not run into its paragraph
    assert texts[2].startswith("2021 жылы кітапхана 1 240 оқырманға")
    assert not any(t.strip() in ("- 1 -", "- 2 -") for t in texts)


def test_which_line_goes_on_the_paragraph_above():
    w = 80
    assert goes_on("Число читателей составило", "12 450 человек.", 30)  # a full line stopping mid-sentence
    assert goes_on("… выдано книг – 286", "930 экземпляров.", w)  # the rest of a figure
    assert goes_on("Бюджет составил 168 420,5 тыс.", "тенге, из них на подписку", w)  # an abbreviation
    assert goes_on("охват населения обслуживанием, посещаемость", "– 7,9.", w)
    assert goes_on("Книги выда-", "вались на дом.", w)
    assert not goes_on("Фонд", "На конец года фонд составил 278 604 экземпляра.", w)  # a heading
    assert not goes_on("Бюджет системы составил 168 420,5 тыс. тенге, в том числе:",
                       "- заработная плата – 131 206,8 тыс. тенге;", w)
    assert not goes_on("- подписка – 2 140,0 тыс. тенге", "- комплектование – 9 860,0 тыс. тенге", w)
    assert not goes_on("читателей составило 12 450 человек, из них детей до 14 лет 4 310 и молодежи",
                       "    Книговыдача за год составила 286 930.", w)  # a paragraph's first line indent


def test_page_numbers_alone_need_to_count_the_pages():
    lines = split_lines("Кітапхана қоры\n\n3\n\nОқырмандар\n\n7\n")
    assert page_lines(lines) is None


DRIFTING = """Формы работы                      Количество    Участники
Книжные выставки                        132        4 860
из них онлайн                          28       2 950
Литературные вечера и                      41       1 020
встречи с писателями
Клубная работа
Заседания клубов                          96      1 440
Кітап көрмелері                   52 іс-шара   1 480 адам
Итого                                    297   11 270
"""


def test_a_table_whose_columns_drift_is_read_with_its_parts():
    lines = split_lines(DRIFTING)
    end, table = aligned_table(lines, 0)
    assert table is not None and end == len(lines)
    rows = [[c.text for c in row] for row in table.rows()]
    assert rows[0] == ["Формы работы", "Количество", "Участники"]
    assert rows[1] == ["Книжные выставки", "132", "4 860"]
    assert rows[2] == ["из них онлайн", "28", "2 950"]
    assert rows[3] == ["Литературные вечера и встречи с писателями", "41", "1 020"]
    assert rows[4] == ["Клубная работа", "", ""]  # a part's heading across the table
    assert rows[6] == ["Кітап көрмелері", "52 іс-шара", "1 480 адам"]
    assert rows[-1] == ["Итого", "297", "11 270"]


def test_a_capitalised_line_after_a_table_is_no_part_of_its_last_label():
    text = """Показатели                         2022      2023
Пользователи                     21 905    22 310
Посещения                       188 650   193 120
Мероприятия                       1 532     1 596
Фонд
На начало года фонд составлял 279 820 экземпляров.
"""
    lines = split_lines(text)
    end, table = aligned_table(lines, 0)
    assert end == 4 and [c.text for c in table.rows()[-1]] == ["Мероприятия", "1 532", "1 596"]


def test_a_table_cut_by_a_page_break_goes_on_after_it():
    rows = "\n".join(f"Строка номер {k:<20}{k * 7:>10}{k * 90:>10}" for k in range(1, 6))
    more = "\n".join(f"Строка номер {k:<20}{k * 7:>10}{k * 90:>10}" for k in range(6, 9))
    prose = ("В отчетном году библиотеки района провели мероприятия по формам работы, которые\n"
             "приведены в таблице ниже; онлайн-мероприятия учтены в общем числе.\n")
    text = f"{prose}\nФорма                                 Кол-во    Участн.\n{rows}\n\n" \
           f"                         – 1 –\n\n{more}\n\n                         – 2 –\n"
    doc = parse(text)
    assert doc.metadata["page_lines"] == 2
    assert len(doc.tables) == 1 and doc.tables[0].n_rows == 9


def test_a_word_broken_at_a_line_end_is_joined_or_keeps_its_hyphen(lexicon):  # noqa: F811
    (text, changes), = repair(["жарты жылдық есеп: жартыжылдығ- ында 12 іс- шара өтті"], lexicon)
    assert "жартыжылдығында" in text and "іс-шара" in text
    assert {c.rule for c in changes} == {"hyphen"}


def test_a_date_or_a_figure_read_with_letters_goes_on_or_fills_its_cell():
    assert goes_on("поступило 236 экз., списано 310 экз. Фонд на", "01.07.2022 г. – 12 418 экз.", 60)
    assert not goes_on("Фонд и его движение", "2.1 Поступление документов", 60)
    text = """Показатели                         2022      2023
Пользователи                     21 905    22 310
Посещения                       188 650   l93 120
Мероприятия                       1 532     1 5З6
"""
    end, table = aligned_table(split_lines(text), 0)
    assert [c.text for c in table.rows()[2]] == ["Посещения", "188 650", "l93 120"]  # the OCR repair mends it


def test_a_head_of_the_labels_typed_over_two_lines_stays_in_the_header():
    text = """Форма                Количество          Число участников
мероприятия
Книжные выставки   312                    4 920
Беседы, обзоры       298                    5 030
Всего                 610                  9 950
"""
    end, table = aligned_table(split_lines(text), 0)
    assert [c.text for c in table.rows()[0]] == ["Форма мероприятия", "Количество", "Число участников"]
    assert [c.text for c in table.rows()[1]] == ["Книжные выставки", "312", "4 920"]


def test_rows_that_fill_every_column_are_read_by_order_when_the_spaces_follow_the_labels():
    text = """№    Формы работы     Кол-во мер-й     Кол-во уч-ков
Всего 120   2 400
1.   Выставки   40   900
1.1   в т.ч. виртуальные     9    300
2.   Литературные вечера    12   410
3.   Квизы 10   150
4.   Встречи с поэтами   7    220
"""
    end, table = aligned_table(split_lines(text), 0)
    rows = [[c.text for c in row] for row in table.rows()]
    assert rows[0] == ["№", "Формы работы", "Кол-во мер-й", "Кол-во уч-ков"]
    assert rows[1] == ["", "Всего", "120", "2 400"]
    assert rows[3] == ["1.1", "в т.ч. виртуальные", "9", "300"]
    assert rows[5] == ["3.", "Квизы", "10", "150"]
    assert rows[6] == ["4.", "Встречи с поэтами", "7", "220"]


def test_a_hyphen_hanging_before_a_conjunction_stays(lexicon):  # noqa: F811
    (text, changes), = repair(["теле- және радиохабарларда 14 рет сөз сөйледі"], lexicon)
    assert text.startswith("теле- және") and changes == []


GROUPS_OVER_PAIRS = """\
Формы работы                   Дошкольники          Учащиеся             Всего
                                                   (1–11 классы)
                              кол-во   участники   кол-во  учaстники   кол-во   участники
Книжные выставки                 12       310        30      820        42       1 130
Обзоры литературы                 6       140        15      390        21         530
Итого                            18       450        45    1 210        63       1 660
"""


def test_headings_over_pairs_of_columns_keep_their_second_line_and_ocr_look_alikes():
    # a group heading typed over two lines ("Учащиеся" / "(1–11 классы)"), and a head of the last line with a
    # Latin look-alike letter OCR put for a Cyrillic one ("учaстники"): still one heading over each pair
    end, table = aligned_table(split_lines(GROUPS_OVER_PAIRS), 0)
    assert table is not None
    groups = [(c.col, c.text, c.col_span) for c in table.cells if c.row == 0 and c.col > 0]
    assert groups == [(1, "Дошкольники", 2), (3, "Учащиеся (1–11 классы)", 2), (5, "Всего", 2)]
    heads = [c.text for c in table.cells if c.row == 1 and c.col > 0]
    assert heads == ["кол-во", "участники", "кол-во", "учaстники", "кол-во", "участники"]
    assert [c.text for c in table.cells if c.row == 2] == ["Книжные выставки", "12", "310", "30", "820", "42", "1 130"]


def _laid_out_page(head: str, body: list[str], number: int | None) -> str:
    """A page as a PDF's text is written out with its layout: the page's left margin before every line,
    a running head at the top, a centred page number at the foot."""
    lines = [" " * 14 + head, "", ""] + ["   " + x if x else "" for x in body] + ["", ""]
    if number is not None:
        lines.append(" " * 40 + str(number))
    return "\n".join(lines) + "\n"


def test_a_pdfs_text_with_its_layout_and_form_feeds_between_pages():
    head = "Районная библиотека им. Абая. Информационный отчет за 2022 год"
    page1 = _laid_out_page(head, [
        "1. Читатели",
        "",
        "    Библиотекой за отчетный год обслужено 6 870 читателей, в том числе детей до",
        "14 лет – 2 415. Количество посещений составило 51 260, в отчетном году работали",
        "пункты выдачи в трех  селах района, а книговыдача достигла уровня прошлых",
        "лет и составила 128 440 экземпляров.",
    ], 2)
    page2 = _laid_out_page(head, [
        "2. Фонд",
        "",
        "    В фонд библиотеки поступило 1 315 экземпляров, выбыло 940. Фонд на конец",
        "года – 61 705 экземпляров.",
    ], 3)
    doc = parse(page1 + "\f" + page2)
    texts = _paragraphs(doc)
    assert not any(head[:20] in t for t in texts)  # the running head of both pages left out
    assert not any(t.strip() in ("2", "3") for t in texts)
    assert ("Библиотекой за отчетный год обслужено 6 870 читателей, в том числе детей до 14 лет – 2 415. "
            "Количество посещений составило 51 260, в отчетном году работали пункты выдачи в трех  селах "
            "района, а книговыдача достигла уровня прошлых лет и составила 128 440 экземпляров.") in texts
    assert "В фонд библиотеки поступило 1 315 экземпляров, выбыло 940. Фонд на конец года – 61 705 экземпляров." \
        in texts
    assert "ocr" not in doc.metadata  # a born-digital PDF's text, not a scan's


def test_a_title_after_each_page_break_is_no_running_head():
    text = ("Приложение 1\n\nЧисло читателей составило 5 210 человек.\n\fПриложение 2\n\n"
            "Число посещений составило 40 115.\n\fПриложение 3\n\nКниговыдача составила 98 300 экземпляров.\n")
    texts = _paragraphs(parse(text))
    assert sum(1 for t in texts if t.startswith("Приложение")) == 3
