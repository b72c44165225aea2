"""A PDF whose fonts map their glyphs to the wrong letters (a ToUnicode map
off by one glyph, as a faulty converter writes it): its text reads as
letters in no language's order, its figures as other digits.  The page is
unreadable as text: OCR'd, or left out with a warning, never read."""

from __future__ import annotations

from esep.plugins.lang.detect import scrambled
from esep.plugins.pdf import loader as pdf_loader
from esep.registry import Config

from test_malformed import pdf_file, pdf_stream

LINES = ["Отчёт о работе сельской библиотеки за 2022 год",
         "В 2022 году библиотека обслужила 1 240 читателей, из них детей – 410.",
         "Число посещений составило 9 870, книговыдача – 26 315 экземпляров.",
         "Проведено 48 мероприятий, на них побывали 1 530 человек.",
         "Фонд на конец года составил 14 260 экземпляров, поступило 530.",
         "В библиотеке работают 2 сотрудника, оба с высшим образованием."]


def mapped_font_pdf(path, lines, mapped):
    """A one-page PDF of ``lines`` in a font whose codes stand for the lines' characters in order of first use,
    and whose ToUnicode map gives each character ``mapped(ch)``; loaded with OCR off."""
    chars = list(dict.fromkeys("".join(lines)))
    code = {ch: 0x21 + i for i, ch in enumerate(chars)}
    body = b"BT /F1 11 Tf 60 780 Td 16 TL "
    for ln in lines:
        body += b"<" + "".join("%02X" % code[ch] for ch in ln).encode() + b"> ' "
    body += b"ET"
    cmap = ("/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /X def 1 begincodespacerange "
            "<00> <FF> endcodespacerange %d beginbfchar\n" % len(chars)
            + "\n".join("<%02X> <%04X>" % (code[ch], ord(mapped(ch))) for ch in chars)
            + "\nendbfchar endcmap CMapName currentdict /CMap defineresource pop end end").encode()
    path.write_bytes(pdf_file([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        pdf_stream(body),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>",
        pdf_stream(cmap),
    ]))
    return pdf_loader.load(path, Config(ocr="never"))


def _pdf(tmp_path, shift: int):
    """The lines set in a font whose ToUnicode map gives each code the character ``shift`` places further on."""
    chars = list(dict.fromkeys("".join(LINES)))
    return mapped_font_pdf(tmp_path / f"shift{shift}.pdf", LINES,
                           lambda ch: chars[(chars.index(ch) + shift) % len(chars)])


def test_a_page_whose_letters_read_as_no_words_is_left_out_with_its_figures(tmp_path):
    good = _pdf(tmp_path, 0)
    assert "unreadable_text_pages" not in good.metadata
    assert any("обслужила 1 240 читателей" in b.text for b in good.blocks)
    bad = _pdf(tmp_path, 1)
    assert bad.metadata["unreadable_text_pages"] == [1]
    assert not any(ch.isdigit() for b in bad.blocks for ch in b.text)


def test_scrambled_letters_and_words_of_a_report():
    assert not scrambled(" ".join(LINES * 2))
    # the same words in the letters of a map one glyph off
    chars = list(dict.fromkeys("".join(LINES)))
    off = str.maketrans({ch: chars[(i + 1) % len(chars)] for i, ch in enumerate(chars)})
    assert scrambled(" ".join(LINES * 2).translate(off))
    # a table of library names and figures has no function word, and is no scramble
    names = " ".join(f"Сельская библиотека села Новотроицкое {n} 240 Библиотека-филиал Каменка {n} 180" for n in range(8))
    assert not scrambled(names)
    # Cyrillic read as Latin-1 is another damage, read back by the legacy fonts' repair
    assert not scrambled(" ".join(LINES * 2).encode("cp1251").decode("latin-1"))
