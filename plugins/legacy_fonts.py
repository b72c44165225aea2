"""Kazakh typed in the old 8-bit Kazakh fonts, read back as Kazakh.

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
(ќ ћ ј ѕ ў); then in every Cyrillic word of it the eight letters are put
back: ќ→қ ћ→һ ў→ұ ј→ә ґ→ө є→ғ ѕ→ң ї→ү (capitals too).  The text as stored
stays in ``Block.original`` / ``Cell.original``, and
``documents.metadata["legacy_kazakh_font"]`` counts the texts changed.
``--set legacy_fonts=off`` turns this off.  A .txt export of such a file is
KZ-1048 already (the text loader tells it from CP1251 by its letters).
"""

from __future__ import annotations

import re

from esep import hookimpl
from esep.model import Document
from esep.registry import Config

#: the letter a KZ-1048 font draws in each CP1251 place (the two code pages differ in these only)
KZ1048_IN_CP1251 = {a: k for a, k in ((bytes([b]).decode("cp1251", "replace"), bytes([b]).decode("kz1048", "replace"))
                                       for b in range(0x80, 0x100)) if a != k and "\ufffd" not in (a, k)}
_TABLE = str.maketrans(KZ1048_IN_CP1251)
#: letters of the CP1251 places that neither Kazakh, Russian nor Ukrainian writes
_TELLING = set("ќћјѕўЌЋЈЅЎ")
_WORD = re.compile(r"[^\W\d_]+")
_MIN_WORDS = 2


def typed_in_legacy_font(texts: list[str]) -> bool:
    """Whether two words or more of ``texts`` hold a letter of
    :data:`_TELLING`."""
    n = 0
    for t in texts:
        if not _TELLING.isdisjoint(t):
            n += sum(1 for m in _WORD.finditer(t) if not _TELLING.isdisjoint(m.group()))
            if n >= _MIN_WORDS:
                return True
    return False


def kazakh_letters(text: str) -> str:
    """``text`` with the letters of :data:`KZ1048_IN_CP1251` as the Kazakh
    letters the font drew."""
    return text.translate(_TABLE)


@hookimpl(tryfirst=True)
def prepare_document(document: Document, config: Config) -> None:
    if str(config.get("legacy_fonts", "on")).lower() in ("off", "no", "0", "false"):
        return
    texts = [b.text for b in document.blocks] + [c.text for t in document.tables for c in t.cells]
    if not typed_in_legacy_font(texts):
        return
    changed = 0
    for item in [*document.blocks, *(c for t in document.tables for c in t.cells)]:
        new = kazakh_letters(item.text)
        if new != item.text:
            if item.original is None:
                item.original = item.text
            item.text = new
            changed += 1
    for t in document.tables:
        if t.title:
            t.title = kazakh_letters(t.title)
    document.metadata["legacy_kazakh_font"] = changed
