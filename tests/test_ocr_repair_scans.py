"""OCR repair of what Tesseract makes of words in scanned Kazakh reports:
text-level rules, no Tesseract needed."""

from __future__ import annotations

from esep.plugins.ocr_repair import Lexicon, Repairer, language_name, network_name


class NoLexicon(Lexicon):
    """No dictionaries: the rules that need none."""

    def __init__(self):
        super().__init__([])


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
