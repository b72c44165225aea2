"""Which language a piece of report text is in: Kazakh, Russian or neither.

Light on purpose (no spaCy): loaders, normalizers and extractors call it on
every block.
"""

from __future__ import annotations

import functools
import re

KAZAKH_LETTERS = "әғқңөұүһі"
_KK_UPPER = KAZAKH_LETTERS.upper()

_WORD_RE = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_KAZAKH_SET = frozenset(KAZAKH_LETTERS + _KK_UPPER)
_UKRAINIAN_SET = frozenset("їєґЇЄҐ")
# Positive evidence of Russian: function words and endings Kazakh lacks.
_RUSSIAN_WORDS = frozenset(
    "в во на и с со к ко о об обо по для не что из от за до при как это или но "
    "у же бы был была были было его её ее их который которая которые также "
    "только через после между под над без".split()
)
_RUSSIAN_ENDING = re.compile(
    r"(?:ого|его|ому|ему|ыми|ими|ией|ться|тся|ешь|ость|ости|ение|ения|ании|ание"
    r"|ство|ства|ству|ством|ный|ной|ная|ное|ные|ных|ский|ская|ское|ские|ских)$"
)


def _is_cyrillic(ch: str) -> bool:
    return "\u0400" <= ch <= "\u04ff"


@functools.lru_cache(maxsize=4096)  # every extractor asks about the same blocks
def detect_language(text: str, *, threshold: float = 0.15) -> str | None:
    """``"kk"``, ``"ru"`` or ``None`` for ``text``, from its letters.

    Among the Cyrillic words (initials left out), the share of those with a
    letter of :data:`KAZAKH_LETTERS`, or with the Latin ``i`` that Kazakh
    typists put for ``і``, decides: at least ``threshold`` is Kazakh.  Below
    it the text is Russian when it shows Russian function words or endings
    (в, на, для; -ого, -ский), or has four words or more and no Kazakh
    letter at all; otherwise (``беттер саны``, a lone heading) ``None``.
    Ukrainian letters (ї є ґ) give ``None`` too.
    """
    words = [
        w for w in _WORD_RE.findall(text or "")
        if any(_is_cyrillic(c) for c in w) and not (len(w) == 1 and w.isupper())
    ]
    if not words:
        return None
    kazakh = 0
    for word in words:
        if _UKRAINIAN_SET.intersection(word):
            return None
        if _KAZAKH_SET.intersection(word) or "i" in word or "I" in word:
            kazakh += 1
    if kazakh / len(words) >= threshold:
        return "kk"
    lower = [w.lower() for w in words]
    if any(w in _RUSSIAN_WORDS or _RUSSIAN_ENDING.search(w) for w in lower):
        return "ru"
    if kazakh == 0 and len(words) >= 4:
        return "ru"
    return None
