"""Kazakh typed with the nearest Russian letters for the Kazakh ones
("китапхана", "окырмандар", "коры"), as reports were typed where fonts
lacked the letters: the language is Kazakh, the letters are put back before
the figures are read; and Russian text stays Russian."""

from __future__ import annotations

from esep.model import Block, Document
from esep.plugins import metadata, ocr_repair
from esep.plugins.facts import plugin as facts
from esep.plugins.lang import kazakh_in_russian_letters, typed_without_kazakh_letters
from esep.registry import Config

from test_ocr_repair import lexicon  # noqa: F401  (the fixture)

TYPED = [
    "Аудан китапханаларынын 2005 жылгы жумысы туралы есеп",
    "Биздин жуйеде 2005 жылы 18 китапхана жумыс истеди, онын ишинде 15 ауылдык китапхана.",
    "Китапханаларга 7 120 окырман тиркелди, келушилер саны 61 400.",
    "Кадрлар жане каржыландыру",
]


def _doc(*texts: str) -> Document:
    d = Document(id="t", path="t.txt", format="txt", metadata={})
    for x in texts:
        d.add_block(Block("paragraph", x))
    return d


def test_kazakh_typed_with_russian_letters_is_told_from_russian():
    assert kazakh_in_russian_letters(TYPED[1])
    assert not kazakh_in_russian_letters("В 2005 году библиотеки обслужили 7 120 читателей, в том числе 2 300 детей.")
    assert not kazakh_in_russian_letters("Кітапханалар 7 120 оқырманға қызмет көрсетті, оның ішінде")  # has its letters
    assert typed_without_kazakh_letters(TYPED)
    assert not typed_without_kazakh_letters(TYPED + ["Кітап қоры – 48 000 дана."])


def test_a_report_typed_without_kazakh_letters_is_kazakh():
    assert metadata.detect_language(_doc(*TYPED)) == "kk"
    assert metadata.detect_language(_doc(
        "Отчёт о работе районных библиотек за 2005 год",
        "В 2005 году в системе работали 18 библиотек, из них 15 сельских.",
        "Библиотеки обслужили 7 120 читателей, число посещений составило 61 400.")) == "ru"


def test_the_kazakh_letters_are_put_back_and_the_figures_read(lexicon):  # noqa: F811
    d = _doc(*TYPED)
    rows = ocr_repair.restore_kazakh_letters(d, Config())
    assert rows and all(r["rule"] == "kazakh_letter" for r in rows)
    assert "окырман" in d.blocks[2].original and "оқырман" in d.blocks[2].text
    assert "7 120" in d.blocks[2].text  # the figures as typed: no OCR rule runs
    d.metadata["period"] = "2005"
    got = {(r.values["metric"], r.values["value"]) for r in facts.extract(d, Config()) if r.table == "facts"}
    assert {("users.registered", 7120), ("visits.total", 61400)} <= got


def test_a_kazakh_report_with_its_letters_is_left_as_it_is():
    d = _doc("Кітапханаларға 7 120 оқырман тіркелді, келушілер саны 61 400.", "Кадрлар және қаржыландыру")
    ocr_repair.prepare_document(d, Config())
    assert not d.metadata.get("ocr_repaired")
    assert all(b.original is None for b in d.blocks)


def test_the_system_word_typed_without_its_letters_ends_the_library_name():
    d = _doc("Жамбыл ауданынын орталықтандырылған кітапхана жуйесинин 2005 жылғы жұмысы туралы есебі")
    assert metadata.detect_organization(d).endswith("кітапхана жуйесинин")


# -- typed with і but without the eight letters the Russian code page lacks ----------------------------------------

TYPED_WITH_I = [
    "Ауыл кітапханасынын 2007 жылгы жумысы туралы есеп",
    "Кітапханада 2007 жылы 1 240 окырман тіркелді, онын ішінде 14 жаска дейінгі балалар – 410.",
    "Кітап коры 2008 жылгы 1 кантарга – 12 600 дана. Корды толыктыруга 350,0 мын тенге болінді.",
    "Ис-шаралар",
    "Жыл бойы 48 іс-шара откізілді. «Новые книги» кітап кормесі откізілді.",
]


def test_kazakh_typed_with_its_i_but_no_other_kazakh_letter_is_told_from_russian():
    # і is in the Russian code page (for Ukrainian and Belarusian): a typist without Kazakh fonts still had it
    assert kazakh_in_russian_letters(TYPED_WITH_I[1])
    assert typed_without_kazakh_letters(TYPED_WITH_I)
    assert not typed_without_kazakh_letters(TYPED_WITH_I + ["Кітап қоры – 12 600 дана."])
    assert not kazakh_in_russian_letters("В 2007 году библиотека обслужила 1 240 читателей, в том числе 410 детей.")


def test_the_words_of_the_vocabularies_come_back_whole_and_russian_words_stay(lexicon):  # noqa: F811
    d = _doc(*TYPED_WITH_I)
    ocr_repair.restore_kazakh_letters(d, Config())
    # the function words, the fund, the units and the events, as the vocabularies write them
    assert "оның ішінде" in d.blocks[1].text
    assert "Кітап қоры" in d.blocks[2].text and "мың теңге" in d.blocks[2].text and "Қорды" in d.blocks[2].text
    assert d.blocks[3].text == "Іс-шаралар"
    assert "«Новые книги»" in d.blocks[4].text  # a Russian title in quotes as typed
    d.metadata["period"] = "2007"
    got = {(r.values["metric"], r.values["value"]) for r in facts.extract(d, Config()) if r.table == "facts"}
    assert {("users.registered", 1240), ("fund.end", 12600), ("acquisition.budget", 350.0),
            ("events.actual", 48)} <= got


def test_a_typed_word_gets_a_vocabulary_word_only_when_one_is_spelled_so():
    assert ocr_repair.typed_vocabulary_form("онын") == "оның"
    assert ocr_repair.typed_vocabulary_form("коры") == "қоры"
    assert ocr_repair.typed_vocabulary_form("ис-шаралар") == "іс-шаралар"
    assert ocr_repair.typed_vocabulary_form("книги") is None  # a Russian word no Kazakh one is typed as
    assert ocr_repair.typed_vocabulary_form("оның") is None  # already written with its letters


def test_typed_with_the_latin_i_and_read_as_ocr_still_gets_the_vocabulary_words(lexicon):  # noqa: F811
    # a text whose only Kazakh letter is the Latin i is taken for an OCR text layer; after the OCR repair the
    # words of the vocabularies come back as in any text so typed
    d = _doc("Аудан кiтапханаларынын 2006 жылгы жумысы туралы есеп",
             "Каржыландыру – 31 640,0 мын тенге, онын iшiнде кiтап сатып алуга – 1 980,0 мын тенге.")
    d.metadata["ocr"] = "text_layer"
    ocr_repair.prepare_document(d, Config())
    assert "мың теңге" in d.blocks[1].text and "оның" in d.blocks[1].text


def test_a_kazakh_layer_read_by_a_model_for_russian_only_gets_the_vocabulary_words(lexicon):  # noqa: F811
    # і read as a stroke inside the word ("к!тап", "мерз1мд1") and ә as э ("жэне"): the words of the
    # vocabularies come back; a stroke is no word break, so "к!тап" makes no Russian "к" of the sentence
    assert ocr_repair.typed_vocabulary_form("к!тап") == "кітап"
    assert ocr_repair.typed_vocabulary_form("мерз1мд1") == "мерзімді"
    assert ocr_repair.typed_vocabulary_form("жэне") == "және"
    assert ocr_repair.typed_vocabulary_form("этап") is None  # a Russian word with э stays
    assert ocr_repair.typed_vocabulary_form("к!ноактер") is None  # no vocabulary word spelled so
    d = _doc("Байганин аудандык орталыктандырылган китапхана жуйеси 2023 жылгы жумысынын талдауы",
             "Кор жэне каржы",
             "2023 жылы к!тап корын толыктыруга 5 412,6 мын тенге жумсалды, онын ишнде мерзимди басылымдарга "
             "1 308,0 мын тенге.")
    d.metadata["ocr"] = "text_layer"
    assert typed_without_kazakh_letters([b.text for b in d.blocks])
    ocr_repair.prepare_document(d, Config())
    assert "Қор және қаржы" == d.blocks[1].text
    assert "кітап қорын" in d.blocks[2].text and "мың теңге" in d.blocks[2].text, d.blocks[2].text


def test_a_stroke_inside_a_word_is_no_russian_preposition():
    from esep.plugins.lang.detect import russian_evidence

    kazakh = "Есепт! кезенде к!тапханалар жоспар бойынша жумыс истеди, онын ишинде 12 к!тап кормеси"
    assert kazakh_in_russian_letters(kazakh) and not russian_evidence(kazakh)
    russian = "В 2024 году библиотеки обслужили 7 120 читателей, к 1 июня"
    assert russian_evidence(russian) and not kazakh_in_russian_letters(russian)
