"""OCR repair of what Tesseract makes of scanned statistics forms: a
thousands figure's leading 1, the sub-row words "из них" glued, a gap one
letter off in a narrow header cell."""

from __future__ import annotations

from conftest import hunspell_lexicon

from esep.plugins.ocr_repair import Lexicon, Repairer


class NoLexicon(Lexicon):
    """No dictionaries: the rules that need none."""

    def __init__(self):
        super().__init__([])


def _repair(text, cell=False, lexicon=None):
    return Repairer([text], lexicon or NoLexicon()).repair(text, cell=cell)


def test_a_thousands_figure_whose_leading_one_was_read_as_a_stroke():
    for text, letter, want in (("Выбыло І 120 экз., поступило 2 340 экз.", "І", "Выбыло 1120 экз."),
                               ("Есептік жылы қорға l 450 дана кітап түсті", "l", "қорға 1450 дана"),
                               ("Оқырмандар саны: I 206", "I", "саны: 1206")):
        new, changes = _repair(text)
        assert want in new, new
        assert [(c.before, c.after) for c in changes if c.rule == "digits"] == [(letter, "1")]
        assert "number_space" in {c.rule for c in changes}
    # a Roman numeral before a period word, a line number, a figure with its own group, a decimal
    for text in ("за I квартал 2024 года", "Раздел I. 120 читателей", "І тоқсанда 12 іс-шара",
                 "№ I 120", "I 12,5 тыс. руб."):
        assert _repair(text)[0] == text, text


def test_an_amount_in_thousands_whose_leading_one_was_read_as_a_stroke():
    for text, letter, want in (("в т.ч. на комплектование - І 205,4 тыс. руб.", "І", "комплектование - 1205,4 тыс."),
                               ("мерзімді басылымдарға – l 308,0 мың теңге", "l", "басылымдарға – 1308,0 мың")):
        new, changes = _repair(text)
        assert want in new, new
        assert [(c.before, c.after) for c in changes if c.rule == "digits"] == [(letter, "1")]
    # a numeral before its period word, a figure of its own, a decimal with no thousands or millions after it
    for text in ("за I квартал 205,4 тыс. руб.", "I 205,4", "Раздел I. 205,4 тыс. руб.", "I 205,4 экз.",
                 "№ I 205,4 тыс."):
        assert _repair(text)[0] == text, text


def test_the_sub_row_words_of_a_form_read_without_their_spaces():
    for text, want in (("изнихосновной\nперсонал", "из них основной\nперсонал"),
                       ("изнихбиблиотечное", "из них библиотечное"),
                       ("ИЗ НИХВ удаленном режиме", "ИЗ НИХ В удаленном режиме")):
        new, changes = _repair(text, cell=True)
        assert new == want
        assert [c.rule for c in changes] == ["spacing"]
    for text in ("из них в удалённом режиме", "из них: дети до 14 лет", "ИЗ НИХ", "книги из них взяли",
                 "низних"):
        assert _repair(text, cell=True) == (text, []), text


def test_a_gap_one_letter_off_in_a_header_cell_is_moved():
    lexicon = hunspell_lexicon("платных", "услуг", "от", "оказания", "средства", "спонсорские", "платные")
    new, changes = _repair("от оказания платны хуслуг", cell=True, lexicon=lexicon)
    assert new == "от оказания платных услуг"
    assert [(c.before, c.after, c.rule) for c in changes] == [("платны хуслуг", "платных услуг", "spacing")]
    new, _ = _repair("спонсорски есредства", cell=True, lexicon=lexicon)
    assert new == "спонсорские средства"
    # two words the dictionaries know stay as read, whatever a moved letter would make
    for text in ("платные услуг", "от оказания"):
        assert _repair(text, cell=True, lexicon=lexicon)[0] == text


def test_a_word_whose_last_letters_were_read_as_capitals_after_a_gap():
    lexicon = hunspell_lexicon("мероприятий", "включительно", "библиотека", "массовых")
    for text, want in (("число посещений массовых мероприя ТИй", "число посещений массовых мероприятий"),
                       ("до 14 лет включите ЛЬНО", "до 14 лет включительно")):
        new, changes = _repair(text, cell=True, lexicon=lexicon)
        assert new == want
        assert [c.rule for c in changes] == ["split_word"]
    # an abbreviation after a word stays
    for text in ("библиотека ЦБС", "массовых ИКТ"):
        assert _repair(text, cell=True, lexicon=lexicon)[0] == text
