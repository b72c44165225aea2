"""Signs in a plain text that it was exported from an OCR'd scan.

An archive may hold a report as the text an OCR program read from its scan,
saved as ``.txt``: nothing marks it as OCR but its words.  Three kinds of
damage are counted, each a thing typed or exported text does not do:

``number``
    a number with a letter read for a digit inside it: ``2О23``, ``12 О46``,
    ``87О`` (О, O, З or l among digits).
``script``
    a Cyrillic word with a Latin letter inside it (``турaлы``, ``кoрсeткіштер``)
    or with the digit 1 read for і between its letters (``К1тап``,
    ``бер1лд1``).  The Latin ``i`` alone is not counted: Kazakh typed
    without a Kazakh keyboard writes ``кiтап`` on purpose.
``lost_kazakh``
    Kazakh words with the letters ә ғ қ ң ө ұ ү read as а г к н о у.  The
    letter і (or what OCR reads for it: i, 1) says a text is Kazakh; in
    Kazakh prose the seven letters are as frequent as і or more (0.8 to 2.0
    times as many in the Kazakh texts of the corpus, Russian parts or not),
    in a text that lost them a fraction (0.11 to 0.15 in the development
    probe).  Counted as the shortfall from :data:`KAZAKH_PER_I` of them a
    і, in words.

:func:`ocr_damage` gives the share of the text's words so damaged; a text
over :data:`THRESHOLD` is treated as OCR text (see the text loader).
"""

from __future__ import annotations

import re

from esep.plugins.lang.alphabet import CYRILLIC_LETTERS, KAZAKH_LETTERS, KAZAKH_UPPER

_CYR = CYRILLIC_LETTERS + CYRILLIC_LETTERS.upper()
_WORD_RE = re.compile(r"[^\W_]+", re.UNICODE)
#: a token of digits with look-alike letters among them, a digit at least on one side of each letter
_NUMBER_RE = re.compile(r"(?<![^\W\d_])(?=[\dОOЗl]*\d)(?=[\dОOЗl]*[ОOЗl])[\dОOЗl]+(?![^\W\d_])")
_LATIN_IN_CYRILLIC_RE = re.compile(rf"[{_CYR}][a-hj-zA-HJ-Z]|[a-hj-zA-HJ-Z][{_CYR}]")
_ONE_IN_WORD_RE = re.compile(rf"[{_CYR}]1[{_CYR}]|(?<![\d\w])1[{_CYR}]{{3,}}|[{_CYR}]{{3,}}1(?![\d\w])")
#: ә ғ қ ң ө ұ ү: the Kazakh letters OCR reads as Russian ones (not і and һ)
_KAZAKH_ONLY = "".join(ch for ch in KAZAKH_LETTERS + KAZAKH_UPPER if ch.lower() not in "іһ")
_I_LIKE = "іІiI1"
#: the letters ә ғ қ ң ө ұ ү a letter і, at least, in Kazakh text (0.83 at least in the corpus)
KAZAKH_PER_I = 0.5
#: damaged words per word over which a text is OCR text: the clean texts of the corpus and the
#: test fixtures score 0.0024 at most, the damaged export of the development probe 0.245 (its
#: controls with fewer kinds of damage 0.10 and 0.16); other OCR programs' plain text often damages
#: one to three words in a hundred, so one in a hundred is enough
THRESHOLD = 0.01
#: fewer words than this say nothing
MIN_WORDS = 60


def damage_counts(text: str, kazakh_letters: bool = True) -> dict[str, int]:
    """Words of ``text`` and those with each kind of damage; with
    ``kazakh_letters`` False (the text was saved in a code page that has no
    ә ғ қ ң ө ұ ү, CP1251 or CP866), no Kazakh letter lost is counted: the
    typist had none to type ("аудандык кiтапхана")."""
    words = _WORD_RE.findall(text)
    cyrillic = [w for w in words if any(ch in _CYR for ch in w)]
    number = sum(1 for w in words if _NUMBER_RE.fullmatch(w))
    script = sum(1 for w in cyrillic if _LATIN_IN_CYRILLIC_RE.search(w) or _ONE_IN_WORD_RE.search(w))
    own = sum(1 for w in cyrillic for ch in w if ch in _KAZAKH_ONLY)
    i_like = sum(1 for w in cyrillic for ch in w if ch in _I_LIKE)
    # a letter of seven in a word of about seven letters: each lost letter is about a word damaged
    lost = max(0, round(KAZAKH_PER_I * i_like - own)) if kazakh_letters else 0
    return {"words": len(words), "number": number, "script": script, "lost_kazakh": lost}


def ocr_damage(text: str, kazakh_letters: bool = True) -> tuple[float, dict[str, int]]:
    """The share of damaged words of ``text`` and the counts it comes from;
    0.0 for a text too short to tell (``kazakh_letters``: see :func:`damage_counts`)."""
    counts = damage_counts(text, kazakh_letters)
    if counts["words"] < MIN_WORDS:
        return 0.0, counts
    damaged = counts["number"] + counts["script"] + counts["lost_kazakh"]
    return damaged / counts["words"], counts
