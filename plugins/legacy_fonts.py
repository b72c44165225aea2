"""Text stored in the old 8-bit code pages, read back as Cyrillic and Kazakh.

**Cyrillic read as Latin-1.**  A PDF whose Cyrillic fonts carry no map to
Unicode, or declare the Western code page, gives its text as the Windows
Latin letters of the same bytes: "Îò÷åò î ðàáîòå" for "Отчет о работе".
A word made only of such letters (no ASCII letter) is the CP1251 bytes
read wrongly; in a document with five such words of three letters or more,
each such word is read again as CP1251.  ``documents.metadata
["cyrillic_read_as_latin1"]`` counts the texts changed.

**UTF-8 read as CP1251.**  A file saved as UTF-8 and opened once as
CP1251, then saved again, holds each Cyrillic letter as two: "РђРЅР°Р»РёР·"
for "Анализ", "в„–" for "№".  Such a word is the CP1251 bytes of UTF-8
text (no word of Russian or Kazakh text encodes so: their letters are
CP1251's lead bytes only); in a document with five such words or more,
each is read back as UTF-8 (a letter whose second byte CP1251 has no
character for, as "И", kept as "�" by the program that did it or as
U+0098 by a browser's decoder, is read with that byte).
``documents.metadata["utf8_read_as_cp1251"]`` counts the texts changed.

**Kazakh typed in the old 8-bit Kazakh fonts.**

Before Unicode fonts had the Kazakh letters, Kazakh was typed in fonts
("KZ Times New Roman" and the like) that draw the Kazakh letters in the
places of the CP1251 code page where Serbian, Macedonian, Ukrainian and
Belarusian letters stand, as the KZ-1048 code page (STRK 1048-2002) later
fixed them: the file stores "Ќ" and shows Қ.  Word, LibreOffice and PDF
writers keep the stored letters, so such a report reads "Ќостанай облысы
јкімдігініѕ" instead of "Қостанай облысы әкімдігінің", and no Kazakh word of
it is found.

A document is taken to be typed so when two of its words or more hold one
of the letters no Kazakh or Russian text has and Ukrainian has not either
(ќ ћ ј ѕ ў), one of them other than the Belarusian ў; then in every
Cyrillic word of it the eight letters are put
back: ќ→қ ћ→һ ў→ұ ј→ә ґ→ө є→ғ ѕ→ң ї→ү (capitals too).  The text as stored
stays in ``Block.original`` / ``Cell.original``, and
``documents.metadata["legacy_kazakh_font"]`` counts the texts changed.
``--set legacy_fonts=off`` turns this off.  A .txt export of such a file is
KZ-1048 already (the text loader tells it from CP1251 by its letters).
"""

from __future__ import annotations

import re
from typing import Iterator

from esep import hookimpl
from esep.model import Document
from esep.plugins.lang.alphabet import CYRILLIC_LETTERS
from esep.registry import Config

#: what each Windows Latin (CP1252, or Latin-1 for its gaps) character is as a byte
_BYTE_OF: dict[str, int] = {}
for _b in range(0x80, 0x100):
    _BYTE_OF[chr(_b)] = _b
    try:
        _BYTE_OF[bytes([_b]).decode("cp1252")] = _b
    except UnicodeDecodeError:
        pass
_MOJIBAKE_WORD = re.compile(r"(?<!\S)[^\sA-Za-z]*[À-ÿ][^\sA-Za-z]*(?!\S)")
_LATIN1_LETTER = re.compile(r"[À-ÿ]")
_MIN_MOJIBAKE = 5


def _as_cp1251(word: str, least: int = 3) -> str | None:
    """A word of Windows Latin letters (:data:`_MOJIBAKE_WORD`, ``least``
    of them in À-ÿ) as the CP1251 text of its bytes, or None when it is no
    such word."""
    if sum(1 for ch in word if "À" <= ch <= "ÿ") < least or any(ord(ch) > 127 and ch not in _BYTE_OF for ch in word):
        return None
    return bytes(_BYTE_OF.get(ch, ord(ch)) for ch in word).decode("cp1251", errors="replace")


def cyrillic_from_latin1(text: str) -> str:
    """``text`` with each word of Windows Latin letters read as CP1251
    (short ones too: "î", "çà" are "о", "за")."""
    return _MOJIBAKE_WORD.sub(lambda m: _as_cp1251(m.group(), 1) or m.group(), text)


def read_as_latin1(texts: list[str]) -> bool:
    """Whether ``texts`` hold :data:`_MIN_MOJIBAKE` words of Cyrillic read
    as Windows Latin or more."""
    n = 0
    for t in texts:
        if not _LATIN1_LETTER.search(t):  # most texts: one quick search, no word-by-word look
            continue
        for m in _MOJIBAKE_WORD.finditer(t):
            n += _as_cp1251(m.group()) is not None
            if n >= _MIN_MOJIBAKE:
                return True
    return False


_ASCII_SPACED = re.compile(r"[^ \t\r\n]+")
#: what a word read back may hold besides ASCII: Russian and Kazakh letters and the punctuation of their texts
_READ_BACK = set(CYRILLIC_LETTERS + CYRILLIC_LETTERS.upper() + "«»„“”‘’–—…№•·°\u00a0")


def _utf8_of(word: str) -> str | None:
    """A word of UTF-8 read as CP1251 ("РђРЅР°Р»РёР·") as the text its bytes
    hold, or None when it is no such word (ASCII alone, or any byte sequence
    UTF-8 does not allow: every word of Russian or Kazakh text)."""
    if word.isascii():
        return None
    try:
        text = cp1251_bytes(word).decode("utf-8")
    except UnicodeError:
        return None
    if text == word or not all(ch.isascii() or ch in _READ_BACK for ch in text):
        return None  # "Ф№3" is D4 B9 in CP1251, which UTF-8 reads as an Armenian letter: no such word
    return text


#: what a program that read UTF-8 as CP1251 put for the byte 0x98, which CP1251 leaves undefined: "�"
#: (Windows programs), or the C1 control character U+0098 (the WHATWG decoders of browsers and editors)
_BYTE_98 = ("\ufffd", "\u0098")


def cp1251_bytes(text: str) -> bytes:
    """The CP1251 bytes ``text`` was read from (:data:`_BYTE_98` as 0x98);
    UnicodeEncodeError when a character has none (a Kazakh letter)."""
    if "\ufffd" not in text and "\u0098" not in text:  # most words: CP1251 is one byte a character
        return text.encode("cp1251")
    return b"".join(b"\x98" if ch in _BYTE_98 else ch.encode("cp1251") for ch in text)


def as_read_as_cp1251(text: str, byte_98: str = "\ufffd") -> str:
    """``text`` as a program that read its UTF-8 bytes as CP1251 wrote it
    (the inverse of :func:`whole_text_utf8`), ``byte_98`` for the byte 0x98:
    the text as stored of a part read back."""
    return "".join(byte_98 if b == 0x98 else bytes([b]).decode("cp1251") for b in text.encode("utf-8"))


def whole_text_utf8(text: str) -> str | None:
    """A whole text that is UTF-8 read as CP1251 ("РћС‚С‡РµС‚ Рѕ СЂР°Р±РѕС‚Рµ")
    as the text its bytes hold, or None when any character of it has no
    CP1251 byte, its bytes are no valid UTF-8 (every text of Russian or
    Kazakh letters: they are CP1251's lead bytes only), or it holds no such
    word (ASCII alone)."""
    if text.isascii() or not read_as_cp1251([text]):
        return None
    try:
        return cp1251_bytes(text).decode("utf-8")
    except UnicodeError:
        return None


def utf8_from_cp1251(text: str) -> str:
    """``text`` with each word of UTF-8 read as CP1251 read back."""
    return _ASCII_SPACED.sub(lambda m: _utf8_of(m.group()) or m.group(), text)


#: the characters CP1251 puts in the places of UTF-8's lead bytes of a character of two to four bytes
#: (0xC2–0xF4: "В" to "ф") and of its continuation bytes (0x80–0xBF; 0x98, which it leaves undefined, read as
#: U+FFFD): every character UTF-8 writes in more than one byte is a lead byte followed by a continuation byte, so
#: a word without such a pair is no UTF-8 read as CP1251 ("РђРЅ": "Р" is 0xD0, "ђ" 0x90)
_LEAD = bytes(range(0xC2, 0xF5)).decode("cp1251")
_CONTINUATION = bytes(range(0x80, 0xC0)).decode("cp1251", "replace") + "\u0098"
_MAYBE_UTF8_WORD = re.compile(r"[^ \t\r\n]*[" + re.escape(_LEAD) + "][" + re.escape(_CONTINUATION)
                              + r"][^ \t\r\n]*")


_PAIR = re.compile("[" + re.escape(_LEAD) + "][" + re.escape(_CONTINUATION) + "]")
_BLANK = re.compile(r"[ \t\r\n]")


def _maybe_utf8_words(text: str) -> Iterator[str]:
    """The words :data:`_MAYBE_UTF8_WORD` finds in ``text`` (each run of
    characters other than a space, tab or line break that holds a lead
    character followed by a continuation character), found from the pairs:
    the pattern, led by a run, is tried at every position of every word."""
    pos = 0
    while (m := _PAIR.search(text, pos)) is not None:
        i = m.start()
        # the word begins after the last blank before the pair (``pos`` is 0 or a blank: none is before it)
        start = max(text.rfind(" ", pos, i), text.rfind("\t", pos, i), text.rfind("\r", pos, i),
                    text.rfind("\n", pos, i)) + 1
        end = _BLANK.search(text, m.end())
        pos = end.start() if end is not None else len(text)
        yield text[start:pos]


def read_as_cp1251(texts: list[str]) -> bool:
    """Whether ``texts`` hold :data:`_MIN_MOJIBAKE` words of UTF-8 read as CP1251 or more."""
    n = 0
    for t in texts:
        if "Р" not in t and "С" not in t and "в" not in t:  # the lead bytes of Cyrillic letters and of punctuation
            continue
        for word in _maybe_utf8_words(t):
            back = _utf8_of(word)
            n += back is not None and sum(ch in _READ_BACK and ch.isalpha() for ch in back) >= 2
            if n >= _MIN_MOJIBAKE:
                return True
    return False


#: the letter a KZ-1048 font draws in each CP1251 place (the two code pages differ in these only)
KZ1048_IN_CP1251 = {a: k for a, k in ((bytes([b]).decode("cp1251", "replace"), bytes([b]).decode("kz1048", "replace"))
                                       for b in range(0x80, 0x100)) if a != k and "\ufffd" not in (a, k)}
_TABLE = str.maketrans(KZ1048_IN_CP1251)
#: letters of the CP1251 places that neither Kazakh, Russian nor Ukrainian writes
_TELLING = set("ќћјѕўЌЋЈЅЎ")
_WORD = re.compile(r"[^\W\d_]+")
_MIN_WORDS = 2


#: the one telling letter Belarusian writes ("Гомельская праўда"): alone it tells no font
_BELARUSIAN = set("ўЎ")


def typed_in_legacy_font(texts: list[str]) -> bool:
    """Whether two words or more of ``texts`` hold a letter of
    :data:`_TELLING`, and one of them a letter other than the Belarusian ў
    (a Kazakh text in the old fonts has қ, ә, ң, written ќ, ј, ѕ, in nearly
    every sentence; a Russian report from Belarus quotes a newspaper's
    title in Belarusian)."""
    n = 0
    seen: set[str] = set()
    for t in texts:
        if not _TELLING.isdisjoint(t):
            n += sum(1 for m in _WORD.finditer(t) if not _TELLING.isdisjoint(m.group()))
            seen |= _TELLING.intersection(t)
    return n >= _MIN_WORDS and not seen <= _BELARUSIAN


def kazakh_letters(text: str) -> str:
    """``text`` with the letters of :data:`KZ1048_IN_CP1251` as the Kazakh
    letters the font drew."""
    return text.translate(_TABLE)


@hookimpl(tryfirst=True)
def prepare_document(document: Document, config: Config) -> None:
    if str(config.get("legacy_fonts", "on")).lower() in ("off", "no", "0", "false"):
        return
    texts = [b.text for b in document.blocks] + [c.text for t in document.tables for c in t.cells]
    if read_as_cp1251(texts):
        document.metadata["utf8_read_as_cp1251"] = _mend(document, utf8_from_cp1251)
        texts = [b.text for b in document.blocks] + [c.text for t in document.tables for c in t.cells]
    if read_as_latin1(texts):
        document.metadata["cyrillic_read_as_latin1"] = _mend(document, cyrillic_from_latin1)
        texts = [b.text for b in document.blocks] + [c.text for t in document.tables for c in t.cells]
    if typed_in_legacy_font(texts):
        document.metadata["legacy_kazakh_font"] = _mend(document, kazakh_letters)


def _mend(document: Document, fix) -> int:
    """Every block, cell and table title of ``document`` put through
    ``fix``, the text as stored kept as ``original``; the number of blocks
    and cells changed."""
    changed = 0
    for item in [*document.blocks, *(c for t in document.tables for c in t.cells)]:
        new = fix(item.text)
        if new != item.text:
            if item.original is None:
                item.original = item.text
            item.text = new
            changed += 1
    for t in document.tables:
        if t.title:
            t.title = fix(t.title)
    return changed
