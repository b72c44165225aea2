"""OCR repair of blurred, grey, JPEG-compressed scans of reports: header
words cut into several pieces, a capital І read as a bracket, a sentence's
last line that begins with a name.  Text-level strings, no Tesseract."""

from __future__ import annotations

from conftest import hunspell_lexicon


import pytest

from esep.model import Block, Document, Provenance
from esep.plugins import ocr_repair
from esep.plugins.ocr_repair import Repairer
from esep.registry import Config


@pytest.fixture(scope="module")
def lexicon():
    return hunspell_lexicon("кітапхана", "библиотека")


def test_a_header_cell_of_three_lines_whose_last_syllable_stands_apart(lexicon):
    texts = ["Аудандық кітапханас ы", "Ауыл кітапханал ар", "Оқу\nзалдар\nы", "Ересектер бөлім і"]
    rep = Repairer(texts, lexicon)
    got = [rep.repair(t, cell=True) for t in texts]
    assert [t for t, _ in got] == ["Аудандық кітапханасы", "Ауыл кітапханалар", "Оқу\nзалдары", "Ересектер бөлімі"]
    assert got[0][1][0].before == "кітапханас ы" and got[0][1][0].rule == "split_word"


def test_two_words_of_the_dictionary_stay_apart_in_a_header(lexicon):
    texts = ["Балалар кітап хана", "Оқырман саны"]
    rep = Repairer(texts, lexicon)
    assert [rep.repair(t, cell=True)[0] for t in texts] == texts


def test_a_capital_i_read_as_a_bracket_or_a_bar(lexicon):
    texts = ["[с-шаралар саны", "Барлық |с-шаралар", "[шкі қолданушылар", "Кітап [с. 12]", "[с-шаралар] 12",
             "Число посещений [с. 5]"]
    rep = Repairer(texts, lexicon)
    got = [rep.repair(t) for t in texts]
    assert got[0][0] == "Іс-шаралар саны"
    assert got[0][1][0].before == "[с-шаралар" and got[0][1][0].after == "Іс-шаралар"
    assert got[1][0] == "Барлық Іс-шаралар"
    assert got[2][0] == "Ішкі қолданушылар"
    # a page reference, a word in brackets and Russian text keep their brackets
    assert [t for t, _ in got[3:]] == texts[3:]


def _document(paragraphs):
    doc = Document(id="x", path="x.pdf", format="pdf", metadata={"ocr": "text_layer"})
    for text in paragraphs:
        doc.add_block(Block("paragraph", text, Provenance(page=1)))
    return doc


def test_a_sentence_whose_last_line_begins_with_a_name_is_joined():
    doc = _document(["Ауылда 3 кітапхана бар. Оның ішінде 2 кітапхана", "Интернетке қосылған.",
                     "Оқырмандар саны - 1200."])
    rows = ocr_repair.repair_document(doc, Config(options={"hunspell_dicts": "/nowhere/none"}))
    assert [b.text for b in doc.blocks] == [
        "Ауылда 3 кітапхана бар. Оның ішінде 2 кітапхана Интернетке қосылған.", "Оқырмандар саны - 1200."]
    assert [r["rule"] for r in rows] == ["sentence_join"]


def test_a_sentence_whose_last_line_opens_a_bracket_is_joined():
    doc = _document(["Работают 30 человек. Высшее образование имеют 20 человек, специальное",
                     "(библиотечное) — 12 человек."])
    ocr_repair.repair_document(doc, Config(options={"hunspell_dicts": "/nowhere/none"}))
    assert [b.text for b in doc.blocks] == [
        "Работают 30 человек. Высшее образование имеют 20 человек, специальное (библиотечное) — 12 человек."]


def test_a_paragraph_after_a_heading_or_a_full_stop_stays_apart():
    doc = _document(["Кітап қоры", "Интернетке қосылған кітапханалар.",
                     "Қор толықтырылды. Жыл ішінде 300 кітап түсті.", "Интернет арқылы 40 сұраныс.",
                     "Жыл бойы 12 көрме өтті. Оқырмандар", "Өткен жылмен салыстырғанда оқырмандар көбейді, "
                     "кітап беру де артты, бірақ келушілер азайды, себебі жөндеу жүрді."])
    ocr_repair.repair_document(doc, Config(options={"hunspell_dicts": "/nowhere/none"}))
    assert len(doc.blocks) == 6


def _facts(doc):
    from esep.plugins.facts.plugin import extract

    ocr_repair.repair_document(doc, Config(options={"hunspell_dicts": "/nowhere/none"}))
    return {r.values["value"]: r.confidence for r in extract(doc, Config()) if r.table == "facts"}


def test_a_figure_whose_digits_the_repair_wrote_is_less_sure():
    read = _facts(_document(["Кітап қоры - 42 350 дана. Оқырмандар саны - 1З 500."]))
    printed = _facts(_born(["Кітап қоры - 42 350 дана. Оқырмандар саны - 13 500."]))
    assert set(read) == set(printed) == {42350.0, 13500.0}
    assert read[42350.0] == printed[42350.0]  # a thousands space taken out: the digits as printed
    assert read[13500.0] < printed[13500.0]


def _born(paragraphs):
    doc = _document(paragraphs)
    doc.metadata.pop("ocr")
    return doc


def test_a_label_word_gets_its_kazakh_letter_back_from_the_indicators_words(lexicon):
    # "сайтқа" (a loan word in the dative) is in no dictionary, but the indicators' labels write it
    texts = ["Сайтка кірулер саны", "Жыл ішінде оқырмандар көбейді, кітап қоры толықты."]
    rep = Repairer(texts, lexicon)
    got, changes = rep.repair(texts[0], cell=True)
    assert got == "Сайтқа кірулер саны" and changes[0].rule == "kazakh_letter"
    assert rep.repair(texts[1])[0] == texts[1]
    # a Russian report gets no Kazakh letter from the labels
    ru = ["Сайтка посетили 120 раз", "Число посещений библиотеки выросло, книговыдача тоже."]
    assert Repairer(ru, lexicon).repair(ru[0])[0] == ru[0]


def test_a_dash_glued_to_the_word_before_a_figure_gets_its_space():
    doc = _document(["Салыстырмалы көрсеткіштер: оқуы - 21,8, келуі- 8,1, айналымы - 0,8."])
    facts = {}
    from esep.plugins.facts.plugin import extract

    ocr_repair.repair_document(doc, Config(options={"hunspell_dicts": "/nowhere/none"}))
    assert doc.blocks[0].text == "Салыстырмалы көрсеткіштер: оқуы - 21,8, келуі - 8,1, айналымы - 0,8."
    facts = {r.values["value"]: r.values["metric"] for r in extract(doc, Config()) if r.table == "facts"}
    assert facts[8.1] == "ratio.attendance" and facts[21.8] == "ratio.reading"
    rep = Repairer([], ocr_repair.Lexicon([]))
    assert rep.repair("келуі-8,1 (2018 ж.)")[0] == "келуі - 8,1 (2018 ж.)"
    for kept in ("Кітап-көрме 12", "«Оқу-2023» акциясы", "COVID-19", "Балқаш-1 стансасы", "Балқаш- 1 стансасы",
                 "№ 5 кітапхана-2 бөлім"):
        assert rep.repair(kept) == (kept, [])


def test_a_half_year_word_gets_its_kazakh_letter_back(lexicon):
    texts = ["2023 ж. І\nжартыжылдык", "Оқырмандар саны өсті, кітап беру де көбейді."]
    rep = Repairer(texts, lexicon)
    assert rep.repair(texts[0], cell=True)[0] == "2023 ж. І\nжартыжылдық"


def test_a_last_i_read_as_an_exclamation_mark_before_a_figure(lexicon):
    texts = ["көрсеткіштер: оқуы - 21,8, келу! - 8,1", "Кітап оқы! Келу! 5 рет"]
    rep = Repairer(texts, lexicon)
    got, changes = rep.repair(texts[0])
    assert got == "көрсеткіштер: оқуы - 21,8, келуі - 8,1" and changes[0].rule == "kazakh_letter"
    assert rep.repair(texts[1]) == (texts[1], [])  # exclamations stay
