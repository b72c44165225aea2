"""OCR repair of text another OCR program made (a scanner's firmware, a
desktop OCR program): table cells written one per line, rows of figures one
space apart, words glued across a lost space.  A figure is joined or a line
joined only when that is certain; the original text is kept."""

from __future__ import annotations

from esep.model import Block, Document, Provenance
from esep.plugins import ocr_repair
from esep.registry import Config

from test_ocr_repair import lexicon, repair  # noqa: F401  (the fixture)


def _doc(texts: list[str]) -> Document:
    doc = Document(id="x", path="x.pdf", format="pdf", metadata={"ocr": "text_layer"})
    for t in texts:
        doc.add_block(Block("paragraph", t, Provenance(page=1)))
    return doc


def test_cells_written_as_lines_are_not_joined_into_one_figure():
    """A table's cells, one per line: each line of figures is a cell, not the
    rest of the figure above it, so no run of groups is made of them."""
    doc = _doc(["Шалқар ауылдық кітапханасы", "12 380", "304 115", "98 407", "Барлығы"])
    rows = ocr_repair.repair_document(doc, Config(options={"hunspell_dicts": "/nowhere/none"}))
    assert [b.text for b in doc.blocks] == ["Шалқар ауылдық кітапханасы", "12380", "304115", "98407", "Барлығы"]
    assert "sentence_join" not in {r["rule"] for r in rows}


def test_a_figure_cut_at_a_line_end_in_a_sentence_is_still_joined():
    doc = _doc(["Оқырмандар саны өсті (2022 жылы – 7", "415), келушілер де көбейді."])
    ocr_repair.repair_document(doc, Config(options={"hunspell_dicts": "/nowhere/none"}))
    assert [b.text for b in doc.blocks] == ["Оқырмандар саны өсті (2022 жылы – 7415), келушілер де көбейді."]
    assert doc.blocks[0].original == "Оқырмандар саны өсті (2022 жылы – 7 415), келушілер де көбейді."


def test_a_row_of_figures_one_space_apart_keeps_its_figures():
    """A flattened row "plan, done, per cent": joining its groups would make
    a figure no report writes, or a figure of millions with decimals."""
    (text, changes), = repair(["Посещения 41 200 43 615 105,9"])
    assert text == "Посещения 41200 43 615 105,9"
    assert [(c.before, c.after) for c in changes] == [("41 200", "41200")]
    (text, _), = repair(["Кітап қоры 4 512 300 870 210 660 дана"])
    assert text == "Кітап қоры 4 512 300 870 210 660 дана"


def test_one_figure_with_thousands_spaces_is_still_one_figure():
    out = repair(["Бюджет – 1 250 400 000 тенге", "Книговыдача 2 418,6 тыс. экз."])
    assert [t for t, _ in out] == ["Бюджет – 1250400000 тенге", "Книговыдача 2418,6 тыс. экз."]


def test_words_glued_across_a_lost_space(lexicon):  # noqa: F811
    russian = ["Поступило 640 экз. документов, в том числе 410 экз. книг.",
               "Списано 380 экз. книг, в томчисле 52 экз. брошюр."]
    out = repair(russian, lexicon)
    assert out[1][0] == "Списано 380 экз. книг, в том числе 52 экз. брошюр."
    kazakh = ["Барлық шаралар кітапханада өтті, оқырмандар саны артты.",
              "Кітапханада 14 шара өтті, шараларсаны 2022 жылғыдан көп."]
    out = repair(kazakh, lexicon)
    assert out[1][0] == "Кітапханада 14 шара өтті, шаралар саны 2022 жылғыдан көп."
    assert [(c.before, c.after, c.rule) for c in out[1][1]] == [("шараларсаны", "шаралар саны", "glued")]


def test_a_preposition_glued_to_a_russian_word(lexicon):  # noqa: F811
    (text, changes), = repair(["Средства направлены накомплектование фондов сельских библиотек."], lexicon)
    assert text == "Средства направлены на комплектование фондов сельских библиотек."


def test_a_full_stop_without_its_space(lexicon):  # noqa: F811
    (text, _), = repair(["Поступило 312 экз. журналов.Списано 95 экз., г.Кокшетау, им.Абая"], lexicon)
    assert text == "Поступило 312 экз. журналов. Списано 95 экз., г.Кокшетау, им.Абая"


def test_kazakh_inflected_forms_are_not_parted(lexicon):  # noqa: F811
    """The dictionary lacks many inflected Kazakh forms, which part into a
    stem and a word-like suffix; the document does not write the suffix on
    its own, or writes the word hyphenated at a line's end ("тоқсан-" and
    "дағы"), so the form stays; a word the document writes more than once
    stays too."""
    texts = ["Үшінші тоқсандағы көрсеткіштер жақсарды, сайтына 820 рет кірді.",
             "Бірінші тоқсан- дағы жоспар орындалды.",
             "Біз ауылшаруашылық еңбеккерлерімен кездестік.", "Ауылшаруашылық жылы."]
    out = repair(texts, lexicon)
    assert out[0][0] == texts[0]
    assert out[2][0] == texts[2]
