"""Words of a scan whose box no type could fill: a rule or a band OCR
read as a letter or two, its box stretched across a table's columns."""

from __future__ import annotations

from esep.plugins.pdf import ocr


def test_a_rule_read_as_letters_across_the_columns_is_no_word():
    """A layer made in ``--psm 6`` reads the rule under a header as "Oe",
    its box stretched over the row's columns; the words of the row, a
    dash and a long figure keep theirs."""
    row = [ocr.OcrWord("45-54", 36.7, 138.2, 53.5, 145.2, None, 7.0),
           ocr.OcrWord("345", 79.1, 138.2, 88.9, 145.2, None, 7.0),
           ocr.OcrWord("—", 120.0, 138.2, 127.0, 145.2, None, 7.0),
           ocr.OcrWord("(13.8-17.1)", 143.6, 138.1, 175.9, 145.1, None, 7.0)]
    rule = ocr.OcrWord("Oe", 36.6, 126.1, 392.0, 135.1, None, 9.0)
    assert ocr.drop_stretched([rule] + row) == row
