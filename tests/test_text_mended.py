"""Plain text whose letters were garbled on the way: UTF-8 read once as
CP1251 and saved again (the byte 0x98 kept as U+0098), Kazakh letters typed
as Latin look-alikes and stored decomposed, and Russian saved in Mac OS
Cyrillic."""

from __future__ import annotations

import unicodedata

from esep.plugins.lang.alphabet import typed_letters
from esep.plugins.text import loader as text_loader
from esep.registry import Config

REPORT = ("Информация о работе библиотеки села Ивановка за 2022 год\r\n\r\n"
          "Показатель\tИтого\r\nЧитатели\t1 204\r\nКниговыдача\t26 310\r\n\r\n"
          "Исполнитель: И. Иванова\r\n")


def _garbled(text: str) -> str:
    """The UTF-8 bytes of ``text`` read as CP1251 as a browser's decoder reads them (0x98 as U+0098)."""
    return "".join(bytes([b]).decode("cp1251", errors="ignore") or chr(b) for b in text.encode("utf-8"))


def test_a_whole_text_of_utf8_read_as_cp1251_is_read_back_before_its_lines(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text(_garbled(REPORT), encoding="utf-8", newline="")
    assert "\u0098" in path.read_text(encoding="utf-8")  # "И" is D0 98: the byte CP1251 has no letter for
    doc = text_loader.load(path, Config())
    parts = [*doc.blocks, *doc.tables[0].cells]
    # every part with a letter changed, each keeping its text as stored (the figures' cells have none)
    assert doc.metadata["utf8_read_as_cp1251"] == sum(not p.text.isascii() for p in parts) == 6
    assert doc.blocks[0].original == _garbled(REPORT).splitlines()[0]
    assert doc.blocks[0].text.startswith("Информация о работе")
    assert doc.blocks[-1].text == "Исполнитель: И. Иванова"
    assert [[c.text for c in t.cells] for t in doc.tables] == [
        ["Показатель", "Итого", "Читатели", "1 204", "Книговыдача", "26 310"]]


def test_a_text_of_russian_and_kazakh_letters_is_not_taken_for_garbled(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text(REPORT + "Оқырмандар саны – 1 204.\r\n", encoding="utf-8")
    doc = text_loader.load(path, Config())
    assert "utf8_read_as_cp1251" not in doc.metadata and doc.blocks[0].text.startswith("Информация")


def test_kazakh_letters_typed_as_look_alikes_and_decomposed_are_mended():
    typed = unicodedata.normalize("NFD", "Кɵпшiлiк iс-шаралар, əдебиет, жағдай, Instagramда, II тоқсан")
    text, words = typed_letters(typed)
    assert text == "Көпшілік іс-шаралар, әдебиет, жағдай, Instagramда, II тоқсан"
    assert words == 3  # "жағдай" was only decomposed; "Instagramда" and "II" stay as typed


def test_a_kazakh_text_typed_with_look_alikes_reads_as_kazakh(tmp_path):
    path = tmp_path / "esep.txt"
    path.write_text(unicodedata.normalize("NFD", "Ауылдық кiтапхана 2023 жылы 1 240 оқырманға қызмет кɵрсеттi.\n"),
                    encoding="utf-8")
    doc = text_loader.load(path, Config())
    assert doc.blocks[0].text == "Ауылдық кітапхана 2023 жылы 1 240 оқырманға қызмет көрсетті."
    assert doc.metadata["kazakh_lookalikes"] == 2


def test_russian_saved_in_mac_os_cyrillic_is_read():
    text = "Справка о работе сельской библиотеки. Юные читатели взяли 3 450 книг, явка выросла."
    assert text_loader.detect_encoding(text.encode("mac_cyrillic")) == "mac_cyrillic"
    for enc in ("cp1251", "cp866", "koi8_r"):
        assert text_loader.detect_encoding(text.encode(enc)) == enc


def test_a_part_whose_look_alike_letters_were_mended_keeps_them_as_typed(tmp_path):
    path = tmp_path / "есеп.txt"
    path.write_text("Ауылдық кiтапхананың 2022 жылғы есебi\n\nКiтап қоры 12 400 дана құрады.\n\n"
                    "Оқырмандар саны – 610.\n", encoding="utf-8")
    doc = text_loader.load(path, Config())
    assert [b.text for b in doc.blocks][:2] == ["Ауылдық кітапхананың 2022 жылғы есебі",
                                                "Кітап қоры 12 400 дана құрады."]
    assert [b.original for b in doc.blocks] == ["Ауылдық кiтапхананың 2022 жылғы есебi",
                                                 "Кiтап қоры 12 400 дана құрады.", None]
