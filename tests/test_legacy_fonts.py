"""Kazakh typed in the old 8-bit Kazakh fonts (KZ-1048 letters in CP1251
places) read back as Kazakh, in a Word file as such files were made."""

from __future__ import annotations

import json
import sqlite3

import docx

from esep.plugins.legacy_fonts import (
    cyrillic_from_latin1, kazakh_letters, read_as_cp1251, read_as_latin1, typed_in_legacy_font, utf8_from_cp1251,
)

# what a report typed in a KZ font stores: Қ as Ќ, ә as ј, ң as ѕ, ғ as є, ү as ї, ұ as ў, ө as ґ
STORED = ["Ќостанай облысы јкімдігініѕ мјдениет басќармасына",
          "Жітіќара ауданыныѕ орталыќтандырылєан кітапхана жїйесі КММ кітапханаларыныѕ 2018 жылєы жўмысы туралы есеп",
          "Оќырмандар саны – 12 480, кітап берілімі – 256 300 дана.",
          "Кґрсеткіштер"]
KAZAKH = ["Қостанай облысы әкімдігінің мәдениет басқармасына",
          "Жітіқара ауданының орталықтандырылған кітапхана жүйесі КММ кітапханаларының 2018 жылғы жұмысы туралы есеп",
          "Оқырмандар саны – 12 480, кітап берілімі – 256 300 дана.",
          "Көрсеткіштер"]


def test_the_letters_a_kazakh_font_drew():
    assert [kazakh_letters(t) for t in STORED] == KAZAKH
    assert typed_in_legacy_font(STORED)
    # Russian, Kazakh in Unicode and Ukrainian (є, ї, ґ are its letters) are not such text
    assert not typed_in_legacy_font(KAZAKH + ["Отчет о работе библиотек за 2018 год"])
    assert not typed_in_legacy_font(["Звіт про діяльність бібліотеки за 2018 рік: її фонд, ґанок, єдність"])


def test_a_word_report_typed_in_a_kazakh_font_is_read_as_kazakh(tmp_path, cli_runner):
    """Ingested, the report is Kazakh: its text and table cells carry the
    Kazakh letters, what the file stores stays as the original, and its
    readers are found."""
    d = docx.Document()
    for t in STORED[:3]:
        d.add_paragraph(t)
    table = d.add_table(rows=2, cols=2)
    for (r, c), text in {(0, 0): "Кґрсеткіштер", (0, 1): "2018 ж.", (1, 0): "Оќырмандар саны", (1, 1): "12 480"}.items():
        table.cell(r, c).text = text
    (tmp_path / "in").mkdir()
    d.save(tmp_path / "in" / "report.docx")
    db = tmp_path / "esep.db"
    assert cli_runner("ingest", tmp_path / "in", "--db", db, "--no-progress").exit_code == 0
    con = sqlite3.connect(db)
    blocks = con.execute("select text, original from blocks order by idx").fetchall()
    assert blocks[0] == (KAZAKH[0], STORED[0])
    cells = dict(((r, c), (t, o)) for r, c, t, o in con.execute("select row, col, text, original from cells"))
    assert cells[(1, 0)] == ("Оқырмандар саны", "Оќырмандар саны")
    meta = json.loads(con.execute("select metadata from documents").fetchone()[0])
    assert meta["legacy_kazakh_font"] == 5  # three paragraphs, two cells
    assert meta["language"] == "kk" and meta["period"] == "2018"
    facts = con.execute("select metric, value from facts where metric = 'users.registered'").fetchall()
    assert ("users.registered", 12480.0) in facts


def test_it_can_be_turned_off(tmp_path, cli_runner):
    d = docx.Document()
    for t in STORED[:2]:
        d.add_paragraph(t)
    (tmp_path / "in").mkdir()
    d.save(tmp_path / "in" / "report.docx")
    db = tmp_path / "esep.db"
    assert cli_runner("ingest", tmp_path / "in", "--db", db, "--no-progress", "--set", "legacy_fonts=off").exit_code == 0
    assert sqlite3.connect(db).execute("select text from blocks order by idx").fetchone()[0] == STORED[0]


def _pdf_with_text(lines: list[bytes]) -> bytes:
    """A one-page PDF whose text is ``lines`` (bytes) in Helvetica with the
    Windows Latin encoding: the bytes of CP1251 text come out as "Îò÷åò",
    as from a PDF whose Cyrillic font declares no Cyrillic encoding."""
    stream = b"BT /F1 12 Tf 40 TL 72 760 Td " + b" ".join(b"(" + ln + b") Tj T*" for ln in lines) + b" ET"
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
            b"/Contents 5 0 R >>",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream"]
    out, offsets = b"%PDF-1.4\n", []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


RUSSIAN = ["МБУК «Централизованная библиотечная система» г. Северска",
           "Отчет о работе за 2019 год",
           "Число пользователей составило 12 345 человек, посещений - 98 765."]


def test_cyrillic_a_pdf_gives_as_windows_latin_is_read_again(tmp_path, cli_runner):
    """A PDF whose Cyrillic font declares the Western code page gives
    "Îò÷åò î ðàáîòå": such words are its CP1251 bytes and are read again as
    Cyrillic, the text as extracted kept as the original."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "old.pdf").write_bytes(_pdf_with_text([t.encode("cp1251") for t in RUSSIAN]))
    db = tmp_path / "esep.db"
    assert cli_runner("ingest", tmp_path / "in", "--db", db, "--no-progress").exit_code == 0
    con = sqlite3.connect(db)
    blocks = con.execute("select text, original from blocks order by idx").fetchall()
    assert " ".join(b[0] for b in blocks) == " ".join(RUSSIAN)  # (the title's lines make one paragraph)
    assert "Îò÷åò î ðàáîòå çà 2019 ãîä" in blocks[0][1]
    meta = json.loads(con.execute("select metadata from documents").fetchone()[0])
    assert meta["cyrillic_read_as_latin1"] == len(blocks) and meta["period"] == "2019"
    assert ("users.registered", 12345.0) in con.execute("select metric, value from facts").fetchall()


def test_western_text_is_no_cyrillic_read_wrongly():
    assert cyrillic_from_latin1("Café crème, Übersetzung, señorita") == "Café crème, Übersetzung, señorita"
    assert not read_as_latin1(["Café crème brûlée à la carte, Übersetzung für Ärzte, señorita, Ålesund"])


def test_a_text_of_utf8_read_as_cp1251_is_read_back(tmp_path, cli_runner):
    """A UTF-8 export opened once as CP1251 and saved again ("РћС‚С‡РµС‚ Рѕ
    СЂР°Р±РѕС‚Рµ"): its words are read back, the text as stored kept as the
    original, and it is not taken for OCR damage."""
    text = "\n".join(RUSSIAN + ["Итого мероприятий «Ёлка» – № 5; қазақ тілінде 120 дана."])
    garbled = text.encode("utf-8").decode("cp1251", errors="replace")
    assert "\ufffd" in garbled and utf8_from_cp1251(garbled) == text  # "И" too, whose second byte CP1251 lacks
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "old.txt").write_text(garbled, encoding="utf-8")
    db = tmp_path / "esep.db"
    assert cli_runner("ingest", tmp_path / "in", "--db", db, "--no-progress").exit_code == 0
    con = sqlite3.connect(db)
    blocks = con.execute("select text, original from blocks order by idx").fetchall()
    assert blocks[0][0] == RUSSIAN[0] and blocks[0][1] == garbled.splitlines()[0]
    meta = json.loads(con.execute("select metadata from documents").fetchone()[0])
    assert meta["utf8_read_as_cp1251"] == len(blocks) and meta["period"] == "2019" and "ocr" not in meta
    assert ("users.registered", 12345.0) in con.execute("select metric, value from facts").fetchall()


def test_russian_and_kazakh_text_is_no_utf8_read_wrongly():
    plain = ["Отчёт о работе ЦБС «Ёлка» за 2019 год, № 5 – Қазақ тілінде, Ғ Ү Ұ Һ І ә ө"] * 6
    assert not read_as_cp1251(plain) and utf8_from_cp1251(plain[0]) == plain[0]


def test_a_belarusian_title_in_a_russian_report_is_no_kazakh_font():
    # "ў" is the one letter of the old Kazakh fonts' places that Belarusian writes: a Russian report from
    # Belarus quoting its newspapers keeps it, while a Kazakh text in those fonts has қ, ә, ң besides
    belarus = ["Публикации: «Чырвоная змена», «Навіны Лідчыны», «Полесская праўда» (2 статьи), «Лідская газета».",
               "Гродзенская праўда. – 2021. – 3 лют. – С. 4.", "Сельская библиотека как ўстанова культуры"]
    assert not typed_in_legacy_font(belarus)
    assert typed_in_legacy_font(belarus + STORED[2:3] + ["Ќазаќ тілінде"])
