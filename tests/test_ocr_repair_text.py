"""The OCR repair of a plain text exported from an OCR'd scan: the loader
marks such a text as OCR text, and the repair mends it as it mends a PDF's
OCR layer, the digit 1 read for і included."""

from __future__ import annotations

from pathlib import Path

from esep.plugins.ocr_repair import Repairer
from esep.plugins.text.loader import decode, parse

from test_ocr_repair import NoLexicon, lexicon, repair  # noqa: F401  (the fixture)

OCR_TXT = Path(__file__).parent / "fixtures" / "ocr_txt" / "aksu_okzh_2023_9ai_ocr_export.txt"


def test_one_read_for_i_by_dictionary(lexicon):  # noqa: F811
    """hunspell passes over a token with a digit as if it knew it: such a
    token is no word, and its letters are put back as in any unknown word."""
    out = repair(["К1тап бер1лімі", "Есепт1 кезеңде 3 кітап бер1лд1"], lexicon)
    assert out[0][0] == "Кітап берілімі"
    assert out[1][0] == "Есепті кезеңде 3 кітап берілді"


def test_one_between_letters_of_a_kazakh_text_is_i():
    """A word no dictionary has ("жиілігі"): in Kazakh text a 1 among its
    letters can only be і; in Russian text it stays."""
    kazakh = ["Келу жи1лігі", "Оқырмандар саны өсті", "Кітапхана қызметі", "Іс-шаралар өткізілді"]
    (text, changes), *_ = repair(kazakh)
    assert text == "Келу жи1лігі".replace("1", "і")
    assert [(c.before, c.after, c.rule) for c in changes] == [("жи1лігі", "жиілігі", "kazakh_letter")]
    russian = ["Число посещ1ний", "Читатели библиотеки", "Книговыдача выросла"]
    assert repair(russian)[0][0] == "Число посещ1ний"


def test_numbers_years_and_list_numbers_keep_their_ones():
    rep = Repairer(["2О23 жылы 1-кесте 11 870 оқырман, 21-і жоғары білімді"], NoLexicon())
    text, _ = rep.repair("2О23 жылы 1-кесте 11 870 оқырман, 21-і жоғары білімді")
    assert text.startswith("2023 жылы 1-кесте 11870 оқырман, 21-і")


def test_the_ocr_export_is_repaired_where_it_is_marked(registry):
    text, enc = decode(OCR_TXT.read_bytes())
    doc = parse(text, str(OCR_TXT), enc)
    assert doc.metadata["ocr"] == "text_layer"
    from esep.registry import Config
    registry.hook.prepare_document(document=doc, config=Config())
    first = doc.blocks[1]
    assert first.original == "2О23 жылдын 9 айындагы жумысы турaлы акпарат"
    assert first.text.startswith("2023 ")
    assert doc.metadata["ocr_repaired"] > 100
