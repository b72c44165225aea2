"""Plain texts typed or exported with hard line breaks at about 80
characters, whose editor wrapped at word boundaries below the width (a
ragged right margin): a line that stops inside a sentence goes on over the
next line even when the next word would have fitted on it by a few
characters, while lists, headings, rows typed with spaces and items stay
lines of their own."""

from __future__ import annotations

from esep.plugins.text.loader import parse, split_lines, wrap_width

#: a paragraph wrapped near 78 characters, as the rest of such a report is
WRAPPED = """\
Библиотека обслуживает жителей села и двух отделений, в 2024 году она работала
по плану, утверждённому отделом культуры района и согласованному с акиматом.
В течение года проведено 46 мероприятий для детей и взрослых, из них выездных
в отделения хозяйства – 12, для читателей с инвалидностью – 5, а в онлайн –
8 мероприятий, которые посмотрели жители всех отделений и соседних сёл тоже.
Книжные выставки оформлялись к памятным датам и к праздникам, каждая из них
сопровождалась обзором литературы и беседой, их посетили читатели всех сёл.
Клуб любителей книги собирался один раз в месяц, участниками стали учителя,
пенсионеры и молодые родители, а заседания вели библиотекари по очереди.
"""


def paragraphs(text: str) -> list[str]:
    return [b.text for b in parse(text).blocks if b.kind == "paragraph"]


def with_case(case: str) -> str:
    return WRAPPED + "\n" + case


def test_the_text_is_read_as_wrapped():
    assert wrap_width(split_lines(with_case(""))) is not None


def test_a_sentence_going_on_in_lower_case_past_a_short_line():
    # "Удалённых" would have fitted after "48 320." by two characters
    case = ("Помимо посещений, библиотеки учитывают обращения к сайту и страницам\n"
            "в социальных сетях: в 2024 году их было 48 320. Удалённых\n"
            "пользователей зарегистрировано 315 (в 2023 году – 302).\n")
    assert paragraphs(with_case(case))[-1] == (
        "Помимо посещений, библиотеки учитывают обращения к сайту и страницам в социальных "
        "сетях: в 2024 году их было 48 320. Удалённых пользователей зарегистрировано 315 "
        "(в 2023 году – 302).")


def test_a_figure_after_a_dash_goes_on_the_phrase():
    case = ("Из фонда на 01.01.2025 на казахском языке – 11 640 экз., на русском –\n"
            "23 410 экз. Доля изданий на государственном языке выросла за год.\n")
    assert paragraphs(with_case(case))[-1].startswith("Из фонда на 01.01.2025 на казахском языке – "
                                                     "11 640 экз., на русском – 23 410 экз. Доля")


def test_a_capital_word_after_a_sentence_ended_inside_the_line():
    # "Интернет" opens the line with a capital, the line before it holds the end of a sentence
    case = ("В состав ЦБС входит 31 библиотека, из них 27 сельских. Доступ к сети\n"
            "Интернет имеют 24 библиотеки.\n")
    assert paragraphs(with_case(case))[-1] == ("В состав ЦБС входит 31 библиотека, из них 27 сельских. "
                                              "Доступ к сети Интернет имеют 24 библиотеки.")


def test_the_provenance_spans_the_joined_lines():
    case = ("Штат – 58,5 ставки, работают 56 человек, из них библиотечных\n"
            "специалистов – 47. Высшее образование имеют 38 человек.\n")
    text = with_case(case)
    block = [b for b in parse(text).blocks if b.kind == "paragraph"][-1]
    p = block.provenance
    assert text[p.char_start:p.char_end] == case.strip()


def test_a_list_of_short_indicator_lines_stays_apart():
    case = "Читателей – 5 120\nПосещений – 48 300\nКниговыдача – 98 450\n"
    assert paragraphs(with_case(case))[-3:] == ["Читателей – 5 120", "Посещений – 48 300",
                                                "Книговыдача – 98 450"]


def test_a_heading_stays_above_its_paragraph():
    case = ("Работа с читателями старшего возраста и людьми с инвалидностью в районе\n"
            "Для читателей старшего возраста работает клуб «Собеседник», занятия\n"
            "проходят два раза в месяц.\n")
    assert paragraphs(with_case(case))[-2:] == [
        "Работа с читателями старшего возраста и людьми с инвалидностью в районе",
        "Для читателей старшего возраста работает клуб «Собеседник», занятия проходят два раза в месяц."]


def test_a_sentence_ended_is_no_break_inside_it():
    case = ("Книговыдача составила 26 300 экз., посещений зарегистрировано 9 870.\n"
            "Все библиотеки района подключены к сети Интернет.\n")
    assert paragraphs(with_case(case))[-2:] == [
        "Книговыдача составила 26 300 экз., посещений зарегистрировано 9 870.",
        "Все библиотеки района подключены к сети Интернет."]


def test_a_table_typed_with_spaces_is_no_paragraph():
    # its rows stay rows (of a table, or lines of their own), apart from the caption above them
    case = ("Показатели работы библиотек района за отчётный год в сравнении с прошлым\n"
            "Показатель            2022 год      2023 год      2024 год\n"
            "Читатели                1 180         1 240         1 300\n"
            "Посещения               9 410         9 870        10 100\n")
    texts = paragraphs(with_case(case))
    assert "Показатели работы библиотек района за отчётный год в сравнении с прошлым" in texts
    assert not any("1 180" in t and "9 410" in t for t in texts)
    assert not any("Показатели" in t and "2022" in t for t in texts)


def test_items_opened_by_a_dash_or_a_number_stay_apart():
    case = ("Выездные формы работы библиотеки в отчётном году были такими, как и\n"
            "- передвижные пункты выдачи в отделениях хозяйства\n"
            "- книгоношество для пожилых читателей на дому\n")
    texts = [b.text for b in parse(with_case(case)).blocks]
    assert "Выездные формы работы библиотеки в отчётном году были такими, как и" in texts
    assert "- передвижные пункты выдачи в отделениях хозяйства" in texts
    numbered = ("Выездные формы работы библиотеки в отчётном году были такими, как и\n"
                "1) передвижные пункты выдачи в отделениях хозяйства\n")
    blocks = parse(with_case(numbered)).blocks
    assert blocks[-1].kind == "list_item"
