"""OCR repair of the labels and titles of scanned reports: a label word read
without its Kazakh letters as a Russian word, a row label's last і read as
"!", a Kazakh plural ending set apart, a heading's word cut by a space.
Text-level strings, no Tesseract."""

from __future__ import annotations

from conftest import hunspell_lexicon

import pytest

from esep.plugins.ocr_repair import Repairer


@pytest.fixture(scope="module")
def lexicon():
    return hunspell_lexicon("кітапхана", "библиотека")


def test_a_label_word_read_as_a_russian_word_in_kazakh_text(lexicon):
    texts = ["Жылдың басындағы кітап коры – 48 200 дана.", "Кітап коры"]
    rep = Repairer(texts, lexicon)
    got = [rep.repair(t, cell=i > 0) for i, t in enumerate(texts)]
    assert got[0][0] == "Жылдың басындағы кітап қоры – 48200 дана."
    assert got[0][1][0].before == "коры" and got[0][1][0].rule == "kazakh_letter"
    assert got[1][0] == "Кітап қоры"


def test_a_russian_word_in_russian_text_stays(lexicon):
    texts = ["Снятие коры с деревьев в парке у библиотеки.", "Книжный фонд составил 12 400 экз."]
    rep = Repairer(texts, lexicon)
    assert rep.repair(texts[0])[0] == texts[0]


def test_a_row_labels_last_i_read_as_an_exclamation_mark(lexicon):
    texts = ["Теректі ауылдық округ!", "Бесқайнар ауылдық округі", "Қызылсай ауылдық округі", "Оқырмандар",
             "«Кітап оқы!»", "Оқы!"]
    rep = Repairer(texts, lexicon)
    got = [rep.repair(t, cell=True)[0] for t in texts]
    assert got[0] == "Теректі ауылдық округі"
    # a call in quotes and a cell of one word keep the mark
    assert got[4:] == texts[4:]


def test_a_row_labels_exclamation_mark_stays_without_the_word_in_i(lexicon):
    texts = ["Теректі ауылдық округ!", "Бесқайнар ауылдық округ!"]
    rep = Repairer(texts, lexicon)
    assert [rep.repair(t, cell=True)[0] for t in texts] == texts


def test_a_kazakh_plural_ending_set_apart_in_a_cell(lexicon):
    texts = ["Оқырман дар саны", "Кітапхана лар", "Мерзімді басылым дар"]
    rep = Repairer(texts, lexicon)
    got = [rep.repair(t, cell=True) for t in texts]
    assert [t for t, _ in got] == ["Оқырмандар саны", "Кітапханалар", "Мерзімді басылымдар"]
    assert got[0][1][0].rule == "split_word"


def test_a_plural_ending_is_not_joined_in_a_russian_document(lexicon):
    texts = ["Читатель дар получил", "Количество читателей", "Выдача документов"]
    rep = Repairer(texts, lexicon)
    assert rep.repair(texts[0], cell=True)[0] == texts[0]


def test_a_headings_word_cut_by_a_space(lexicon):
    texts = ["ОТЧЕТ О РАБОТЕ ЗА II ПОЛУГ ОДИЕ 2022 ГОДА", "Работа библиот еки в летний период"]
    rep = Repairer(texts, lexicon)
    got = [rep.repair(t) for t in texts]
    assert got[0][0] == "ОТЧЕТ О РАБОТЕ ЗА II ПОЛУГОДИЕ 2022 ГОДА"
    assert got[0][1][-1].before == "ПОЛУГ ОДИЕ" and got[0][1][-1].rule == "split_word"
    assert got[1][0] == "Работа библиотеки в летний период"


def test_two_words_of_prose_stay_apart(lexicon):
    # a word the dictionaries know beside a name they lack, and two known words
    texts = ["Кітап хана жұмысы", "Встреча с Ерланом Сарсеновым", "ОТЧЕТ О РАБОТЕ ЗА ГОД"]
    rep = Repairer(texts, lexicon)
    assert [rep.repair(t)[0] for t in texts] == texts


def test_a_possessive_genitive_read_without_its_kazakh_letters(lexicon):
    texts = ["Ақсу каласынын «Орталық кітапхана» КММ", "Кітапхананын орнын ауыстыру"]
    rep = Repairer(texts, lexicon)
    assert rep.repair(texts[0])[0] == "Ақсу қаласының «Орталық кітапхана» КММ"
    # "-нын" after a stem's н and an accusative is left to the document and the dictionary
    assert rep.repair(texts[1])[0] == texts[1]
