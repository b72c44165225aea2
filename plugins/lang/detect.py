"""Which language a piece of report text is in: Kazakh, Russian or neither.

Light on purpose (no spaCy): loaders, normalizers and extractors call it on
every block.  One detector, :func:`detect_language`; its keyword arguments
are the variants callers need (a stricter or looser share of Kazakh words, a
minimum of words, quotations left out, always an answer).
"""

from __future__ import annotations

import functools
import re

from esep.plugins.lang.alphabet import (KAZAKH_BEYOND_CP1251, KAZAKH_LETTERS, KAZAKH_UPPER, is_latin_kazakh,
                                       is_latin_kazakh_word, russian_letters)

_WORD_RE = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_KAZAKH_SET = frozenset(KAZAKH_LETTERS + KAZAKH_UPPER)
#: a Kazakh letter the Russian code page lacks: a text with one was typed with Kazakh letters
_BEYOND_CP1251 = re.compile("[" + KAZAKH_BEYOND_CP1251 + KAZAKH_BEYOND_CP1251.upper() + "]")
#: ``і`` and the Latin ``i`` drawn alike, both cases: the Kazakh letter such a typist still had
_I_LETTERS = str.maketrans("іІiI", "ииии")
_UKRAINIAN_SET = frozenset("їєґЇЄҐ")
_QUOTED = re.compile(r"«[^»]{0,200}»|\"[^\"]{0,200}\"|“[^”]{0,200}”|„[^“”]{0,200}[“”]")
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


_CYRILLIC = re.compile("[\u0400-\u04ff]")
#: A letter of Kazakh Cyrillic that Russian lacks, or the Latin ``i``: what
#: :func:`is_kazakh_word` looks for
_KAZAKH_OR_I = re.compile("[" + KAZAKH_LETTERS + KAZAKH_UPPER + "iI]")
#: the same, asked of a whole text: a text without one has no word with one
_ANY_KAZAKH_OR_I = _KAZAKH_OR_I
_UKRAINIAN = re.compile("[" + "".join(sorted(_UKRAINIAN_SET)) + "]")
#: A letter not of the Cyrillic block: a text without one has only Cyrillic words
_OTHER_SCRIPT_LETTER = re.compile("(?![\u0400-\u04ff])[^\\W\\d_]")
#: A letter of a Latin word (``alphabet._LATIN_WORD``): a text without one has no Latin word
_LATIN_LETTER = re.compile("[a-zA-Z\u00c0-\u024f\u0259\u018f]")


#: Words every Kazakh library report writes, as they are spelled
REPORT_WORDS = frozenset(
    "жыл жылы жылғы жылдың жылға кітап қоры арналған саны дана болды кітапхана кітапханасы кітапханалар кітапханалары "
    "кітапханаларының ауданы ауданының ауылдық аудандық облыстық қалалық орталықтандырылған оқырман оқырмандар "
    "іс-шара іс-шаралар жұмысы жүйесі жүйесінің".split())


_VOWELS = frozenset("аеёиоуыэюяәөұүіaeiouy")


#: letters a word has on average in no language a report is written in (Kazakh's long words average eight)
SCRAMBLED_WORD_LENGTH = 16


def scrambled(text: str, min_words: int = 30) -> bool:
    """Whether ``text`` is Cyrillic letters in no language's order, as a PDF
    font whose ToUnicode map is wrong gives them ("рчёКч!ГУ«!Целфчмцзывряцффцб"):
    of ``min_words`` words in Cyrillic letters or more, hardly any (under
    3 %) is a Russian function word or a Kazakh stop or report word of two
    letters or more, and one in six at least has a capital after a small
    letter inside it or no vowel in four letters or more; or its words run
    on, sixteen letters each on average (the spaces mapped to letters as
    well).  A page of a report's prose or of its tables has its "на", "по",
    "және", "жылы", "кітапхана", and words spelled as words.  Cyrillic read
    as Latin-1 ("Ïîëüçîâàòåëè") is another damage, read back elsewhere."""
    from esep.plugins.lang.kk.stop_words import STOP_WORDS  # the package imports this module
    words = [w for w in _WORD_RE.findall(text) if not _OTHER_SCRIPT_LETTER.search(w)]  # Cyrillic words
    letters = sum(map(len, words))
    if letters >= 15 * min_words and letters > SCRAMBLED_WORD_LENGTH * len(words):
        return True  # the spaces mapped to letters too: words longer than any language's run on
    if len(words) < min_words:
        return False
    lower = [w.lower() for w in words]
    known = sum(1 for w in lower if len(w) > 1 and (w in _RUSSIAN_WORDS or w in STOP_WORDS or w in REPORT_WORDS))
    odd = sum(1 for w, w0 in zip(lower, words)
              if any(a.islower() and b.isupper() for a, b in zip(w0, w0[1:]))
              or len(w) >= 4 and not _VOWELS.intersection(w))
    return known < 0.03 * len(words) and odd >= len(words) / 6


#: Kazakh function words, and the words every library report writes, as a typist writes them where the font
#: lacks Kazakh letters (the nearest Russian letter for each: "және" as "жане", "ішінде" as "ишинде"); of three
#: letters or more, and none a Russian word as well ("сон", "бери", "коса", "тур")
@functools.cache
def _kazakh_in_russian_letters() -> frozenset[str]:
    from esep.plugins.lang.kk.stop_words import STOP_WORDS  # the package imports this module
    return frozenset(russian_letters(w) for w in STOP_WORDS | REPORT_WORDS if len(w) >= 3 and "i" not in w) \
        - frozenset("сон бери коса тур катар мине гори тек да-да кана али".split())


def _lowered_cyrillic_words(text: str) -> list[str]:
    """The words of ``text`` with a Cyrillic letter, lower-cased, Latin and
    Cyrillic ``i`` as ``и``: ``[w.lower().translate(_I_LETTERS) for w in
    _WORD_RE.findall(text) if _CYRILLIC.search(w)]``.  A text whose every
    letter is Cyrillic has only Cyrillic words, and where lower-casing keeps
    its length (no "İ") each character is lowered on its own (Python's one
    lowering that reads the context, the Greek final sigma, is of a letter
    outside Cyrillic): the text is then lowered once and cut at its words."""
    if not _OTHER_SCRIPT_LETTER.search(text):
        low = text.lower()
        if len(low) == len(text):
            low = low.translate(_I_LETTERS)
            return [low[m.start():m.end()] for m in _WORD_RE.finditer(text)]
    return [w.lower().translate(_I_LETTERS) for w in _WORD_RE.findall(text) if _CYRILLIC.search(w)]


#: a stroke inside a word, where OCR without Kazakh models reads і ("к!тап", "к1тапхана", "к|тап"): one word,
#: never a Russian "к" and a "тап"
_STROKE_IN_WORD = re.compile(r"(?<=[^\W\d_])[!|1](?=[^\W\d_])")


@functools.lru_cache(maxsize=4096)  # a report's blocks, and the whole report, are asked of more than once
def kazakh_in_russian_letters(text: str) -> bool:
    """Whether ``text`` is Kazakh typed without Kazakh letters, as reports were
    where fonts lacked them ("Китапханалар 2004 жылы 9 640 окырманга кызмет
    корсетти, онын ишинде ..."): no Kazakh letter the Russian code page lacks
    (an ``і``, which it has, may stand: "Кітап коры", "онын ішінде"), and at
    least two words and a sixth or more of them Kazakh function or report
    words in that spelling ("жане", "онын", "ишинде", "жылгы", "туралы"),
    more than Russian function words."""
    if not text or _BEYOND_CP1251.search(text):
        return False
    words = _lowered_cyrillic_words(_STROKE_IN_WORD.sub("і", text))
    known = _kazakh_in_russian_letters()
    kazakh = sum(1 for w in words if w in known)
    russian = sum(1 for w in words if w in _RUSSIAN_WORDS)
    return kazakh >= 2 and kazakh >= 0.15 * len(words) and kazakh > russian


def typed_without_kazakh_letters(texts: list[str]) -> bool:
    """Whether a whole document (the texts of its blocks and cells) is
    Kazakh typed with Russian letters for the Kazakh ones, as where fonts
    lacked them: no Kazakh letter the Russian code page lacks in any text
    (``і`` may stand), and the texts together read as such
    (:func:`kazakh_in_russian_letters`)."""
    if any(_BEYOND_CP1251.search(x) for x in texts if x):
        return False
    return kazakh_in_russian_letters(" ".join(texts))


def russian_evidence(text: str) -> bool:
    """Whether ``text`` shows Russian function words (в, на, для) or endings
    Kazakh lacks (-ого, -ский, -ение)."""
    lower = [w.lower() for w in _WORD_RE.findall(_STROKE_IN_WORD.sub("і", text or ""))]
    return not _RUSSIAN_WORDS.isdisjoint(lower) or any(_RUSSIAN_ENDING.search(w) for w in lower)


def is_kazakh_word(word: str) -> bool:
    """A word with a letter of Kazakh Cyrillic that Russian lacks, or with
    the Latin ``i`` that Kazakh typists put for ``і``."""
    return bool(_KAZAKH_SET.intersection(word)) or "i" in word or "I" in word


def has_kazakh_letter(text: str) -> bool:
    """Whether ``text`` has a letter of Kazakh Cyrillic that Russian lacks."""
    return bool(_KAZAKH_SET.intersection(text or ""))


@functools.lru_cache(maxsize=4096)  # every extractor asks about the same blocks
def detect_language(text: str, *, threshold: float = 0.15, min_words: int = 1, min_letters: int = 1,
                    skip_quoted: bool = False, otherwise: str | None = None) -> str | None:
    """``"kk"``, ``"ru"`` or ``None`` for ``text``, from its letters.

    Among the Cyrillic words of at least ``min_letters`` letters (initials
    left out, quotations too with ``skip_quoted``), the share of those with
    a letter of :data:`KAZAKH_LETTERS`, or with the Latin ``i`` that Kazakh
    typists put for ``і``, decides: at least ``threshold`` is Kazakh.  Below
    it the text is Russian when it shows Russian function words or endings
    (в, на, для; -ого, -ский), or has four words or more and no Kazakh
    letter at all; otherwise (``беттер саны``, a lone heading) ``None``.
    Fewer than ``min_words`` words, or Ukrainian letters (ї є ґ), give
    ``None`` too.

    Kazakh written in Latin letters ("Oqyrmandar sany", "Kitap qorı") is
    ``"kk"``; English is not (``None``).

    ``otherwise`` is the answer instead of ``None`` for a text with enough
    words: ``"ru"`` (a text without enough Kazakh is Russian), or
    ``"letters"``: ``"kk"`` when the text has any Kazakh letter, else
    ``"ru"`` (always an answer, whatever the text).
    """
    src = _QUOTED.sub(" ", text or "") if skip_quoted else (text or "")
    found = _WORD_RE.findall(src)
    # a word is letters and hyphens: its letters are its length less its hyphens
    # without a letter of another script every word is Cyrillic: no search per word
    search = _CYRILLIC.search if _OTHER_SCRIPT_LETTER.search(src) else bool
    if min_letters <= 1:  # every word has a letter
        words = [w for w in found if search(w) and not (len(w) == 1 and w.isupper())]
    else:
        words = [w for w in found if search(w) and not (len(w) == 1 and w.isupper())
                 and len(w) - w.count("-") >= min_letters]
    cyrillic = len(words)
    latin_kk = 0
    if _LATIN_LETTER.search(src) and is_latin_kazakh(src):  # no Latin letter, no Latin word
        latin = [w for w in found if not search(w)]
        latin_kk = sum(1 for w in latin if is_latin_kazakh_word(w))
        words += latin
    if otherwise == "letters":
        decided = _decide(words, threshold, min_words, latin_kk, cyrillic=cyrillic, text=src)
        if decided:
            return decided
        return "kk" if has_kazakh_letter(text or "") or latin_kk else "ru"
    return _decide(words, threshold, min_words, latin_kk, otherwise, cyrillic=cyrillic, text=src)


def _decide(words: list[str], threshold: float, min_words: int, latin_kk: int,
            otherwise: str | None = None, *, cyrillic: int | None = None, text: str | None = None) -> str | None:
    """The answer for ``words``: the first ``cyrillic`` of them hold a Cyrillic
    letter (all of them when None), the rest none; ``text`` (when given)
    holds them all, and a text without a Ukrainian letter has no word with one."""
    if not words or len(words) < min_words:
        return None
    if text is None or _UKRAINIAN.search(text):
        for word in words:
            if _UKRAINIAN_SET.intersection(word):
                return None
    cyr_words = [w for w in words if _CYRILLIC.search(w)] if cyrillic is None else words[:cyrillic]
    search = _KAZAKH_OR_I.search  # is_kazakh_word, as one search
    # a text without a Kazakh letter or an "i" has no word with one
    kazakh = latin_kk + (sum(1 for word in cyr_words if search(word)) if text is None or _ANY_KAZAKH_OR_I.search(text)
                         else 0)
    if kazakh / len(words) >= threshold:
        return "kk"
    if otherwise == "ru":
        return "ru"
    lower = [w.lower() for w in words]
    if not _RUSSIAN_WORDS.isdisjoint(lower) or any(_RUSSIAN_ENDING.search(w) for w in lower):
        return "ru"
    if kazakh == 0 and len(words) >= 4:
        return "ru"
    return None
