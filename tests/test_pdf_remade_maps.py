"""PDFs whose text layer a re-distilling broke: ghostscript re-making a
browser's Identity-H font can write a ToUnicode map that drops each
letter's high byte (Cyrillic "а" read as "4", "н" as "A"; the Kazakh letters
beyond that range come through), and a page sent through PostScript and
back can come out in Type 3 fonts whose glyph names read as dingbats.  Both
pages are unreadable as text: OCR'd, or left out with a warning, never read
as words and figures."""

from __future__ import annotations

from esep.plugins.pdf import loader as pdf_loader

from test_pdf_scrambled import mapped_font_pdf

LINES = ["Ауылдық кітапхананың 2023 жылғы есебі",
         "Жыл ішінде кітапхана 1 460 оқырманға қызмет көрсетті, оның ішінде 520 бала.",
         "Кітап берілімі 31 200 дана, келушілер саны 12 840 болды.",
         "Кітапхана 56 іс-шара өткізді, оларға 2 115 адам қатысты.",
         "Жыл соңындағы кітап қоры 16 930 дана, жыл ішінде 640 дана түсті.",
         "Кітапханада 3 қызметкер жұмыс істейді, екеуі жоғары білімді."]


def _pdf(tmp_path, name, mapped):
    """The lines in a font whose ToUnicode map gives each character ``mapped(ch)``."""
    return mapped_font_pdf(tmp_path / f"{name}.pdf", LINES, mapped)


def _high_byte_dropped(ch):
    """The basic Cyrillic letters put 0x3FC places down, onto ASCII digits, signs and capitals."""
    return chr(ord(ch) - 0x3FC) if "А" <= ch <= "я" and ord(ch) - 0x3FC >= 0x21 else ch


def test_letters_put_on_ascii_digits_are_left_out(tmp_path):
    good = _pdf(tmp_path, "good", lambda ch: ch)
    assert "unreadable_text_pages" not in good.metadata
    assert any("1 460 оқырманға" in b.text for b in good.blocks)
    bad = _pdf(tmp_path, "ascii", _high_byte_dropped)
    assert bad.metadata["unreadable_text_pages"] == [1]
    assert not any(ch.isdigit() for b in bad.blocks for ch in b.text)


def test_glyphs_named_as_dingbats_are_left_out(tmp_path):
    chars = list(dict.fromkeys("".join(LINES)))
    bad = _pdf(tmp_path, "dingbats", lambda ch: " " if ch == " " else chr(0x2701 + chars.index(ch) % 90))
    assert bad.metadata["unreadable_text_pages"] == [1]
    assert not any(b.text.strip() for b in bad.blocks)


def test_words_with_letters_on_both_sides_of_a_digit():
    assert pdf_loader.broken_word("Ж4ң4ө;9A") and pdf_loader.broken_word(":4DFы:ы?8ық")
    # a figure's suffix, a unit glued on, a paper size, an OCR layer's one slip are words of a report
    assert not any(map(pdf_loader.broken_word, ["2023ж.", "19-ы", "10км", "A4", "15-30", "№3"]))
    report = " ".join(LINES)
    assert not pdf_loader.letters_on_ascii(report)
    assert not pdf_loader.letters_on_ascii(report.replace("кітап", "к1тап", 1))
    assert pdf_loader.letters_on_ascii("".join(map(_high_byte_dropped, report)))
    # a page's few symbols (a number sign, a bullet square) leave it readable; dingbats for every letter do not
    assert not any(pdf_loader.unreadable_glyph(c) for c in "№°")
    assert pdf_loader.unreadable_glyph("✄") and pdf_loader.unreadable_glyph("❀")
