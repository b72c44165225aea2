"""OCR repair of what Tesseract makes of words in scanned Kazakh reports:
text-level rules, no Tesseract needed."""

from __future__ import annotations

from conftest import hunspell_lexicon


import pytest

from esep.plugins.ocr_repair import Lexicon, Repairer, language_name, network_name


class NoLexicon(Lexicon):
    """No dictionaries: the rules that need none."""

    def __init__(self):
        super().__init__([])


@pytest.fixture(scope="module")
def lexicon():
    return hunspell_lexicon("итого", "библиотека")


def repair(texts):
    rep = Repairer(texts, NoLexicon())
    return [rep.repair(t, cell=True) for t in texts]


def test_a_language_name_before_til_gets_its_kazakh_letters_back():
    (cell, changes), (other, _), (row, _) = repair(["Казак\nтілінде", "Орыс тілінде", "агылшын тіліндегі кітаптар 40"])
    assert cell == "Қазақ\nтілінде"
    assert [(c.before, c.after, c.rule) for c in changes] == [("Казак", "Қазақ", "language_name")]
    assert other == "Орыс тілінде"
    assert row == "ағылшын тіліндегі кітаптар 40"


def test_language_names_keep_their_case_and_only_before_til():
    assert language_name("КАЗАК") == "ҚАЗАҚ"
    assert language_name("Озбек") == "Өзбек"
    assert language_name("казах") == "казах"  # the Russian name is no misreading
    (text, changes), = repair(["Казак хоры концерт берді"])
    assert text == "Казак хоры концерт берді" and changes == []


def test_in_that_number_gets_its_space_back():
    (row, changes), (spaced, _), (word, none) = repair(["вт.ч. для детей – 12", "в т.ч. для детей", "автор т.ч. 3"])
    assert row == "в т.ч. для детей – 12" and changes[0].rule == "spacing"
    assert spaced == "в т.ч. для детей"
    assert word == "автор т.ч. 3" and none == []


def test_a_social_network_read_in_cyrillic_letters():
    (text, changes), = repair(["Видео размещены в Іпзіадгат и на ҮойТифе-канале библиотеки"])
    assert text == "Видео размещены в Instagram и на YouTube-канале библиотеки"
    assert {c.rule for c in changes} == {"network_name"}
    assert network_name("Телеграмм") == "Телеграмм"  # a Russian spelling, not a misreading
    assert network_name("Қарағанды") == "Қарағанды"
    assert network_name("Іздеу") == "Іздеу"


def test_ii_read_as_cyrillic_i_before_a_kazakh_quarter():
    (title, changes), (ru, none) = repair(["2023 жылдың И тоқсанындағы есеп", "отчет за I и II квартал"])
    assert title == "2023 жылдың II тоқсанындағы есеп" and changes[0].rule == "roman"
    assert ru == "отчет за I и II квартал" and none == []


def test_a_total_label_whose_last_o_was_read_as_zero(lexicon):
    rep = Repairer(["Итог 0", "Всег0", "Итог", "Барлығы 0", "12 0"], lexicon)
    assert rep.repair("Итог 0", cell=True)[0] == "Итого"
    assert rep.repair("Всег0", cell=True)[0] == "Всего"
    assert rep.repair("Итог\n0", cell=True)[0] == "Итого"  # the 0 on a line of its own in the cell
    assert rep.repair("ИТОГ 0", cell=True)[0] == "ИТОГО"
    assert rep.repair("Итог 0", cell=False)[0] == "Итог 0"  # running text: a cell only
    assert rep.repair("Барлығы 0", cell=True)[0] == "Барлығы 0"  # no word "барлығыо"
    assert rep.repair("12 0", cell=True)[0] == "12 0"
    assert rep.repair("мест 0", cell=True)[0] == "мест 0"  # "место": a word, and the 0 a figure


def test_a_kazakh_word_whose_last_i_was_read_as_one(lexicon):
    texts = ["КІТАП КӨРМЕС 1", "Кітап көрмес 1-шолу", "Бөлім 1", "Кітап көрмесі 1 дана"]
    rep = Repairer(texts, lexicon)
    assert rep.repair(texts[0], cell=True)[0] == "КІТАП КӨРМЕСІ"
    assert rep.repair(texts[1], cell=True)[0] == "Кітап көрмесі-шолу"
    assert rep.repair("Кітап\nкөрмес\n1-шолу", cell=True)[0] == "Кітап\nкөрмесі-шолу"
    assert rep.repair(texts[2], cell=True)[0] == "Бөлім 1"  # a word: the 1 is a number
    assert rep.repair(texts[3])[0] == "Кітап көрмесі 1 дана"


def test_one_p_against_one_pi_reads_ii():
    """A bold title's II read "ПІ", the table's plain II read "П": II."""
    (title, changes), (head, _) = repair(["2022 жылдың ПІ тоқсанындағы есеп", "П тоқсан"])
    assert title == "2022 жылдың II тоқсанындағы есеп" and head == "II тоқсан"
    (plain, _), = repair(["2022 жылдың ПІ тоқсанындағы есеп"])
    assert plain == "2022 жылдың III тоқсанындағы есеп"  # alone: III, as plain type reads it
    (three, _), (_, _) = repair(["ПІ тоқсан", "Ш тоқсан"])
    assert three == "III тоқсан"


def test_a_header_word_cut_by_a_space(lexicon):
    texts = ["жоспа р", "2024 жылғ а жоспар", "Қатысуш\nылар", "кітап хана", "жоспар орындалды"]
    rep = Repairer(texts, lexicon)
    assert rep.repair(texts[0], cell=True)[0] == "жоспар"
    assert rep.repair(texts[1], cell=True)[0] == "2024 жылға жоспар"
    assert rep.repair(texts[2], cell=True)[0] == "Қатысушылар"
    assert rep.repair(texts[3], cell=True)[0] == "кітап хана"  # two words of the dictionaries stay two
    assert rep.repair(texts[4], cell=True)[0] == "жоспар орындалды"
    assert rep.repair(texts[0])[0] == "жоспа р"  # running text: cells only


def test_a_numeral_glued_to_its_quarter_word_gets_its_space():
    (cell, changes), (spaced, none), (word, _) = repair(["Ікв.", "II кв.", "Итоговый квартал"])
    assert cell == "І кв." and changes[0].rule == "roman"
    assert spaced == "II кв." and none == []
    assert word == "Итоговый квартал"
