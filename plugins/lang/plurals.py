"""The singular of a plural name, as report tables write forms of work in
either number: "Кештер" (кеш), "Кітап көрмелері" (кітап көрмесі),
"Ерлік сағаттары" (ерлік сағаты), "Литературные вечера" (литературный
вечер), "Книжные дегустации" (книжная дегустация).

:func:`singular_forms` gives the forms a name may have in the singular:
candidates only, to be looked up among known names, never taken as words
on their own.  Kazakh: the plural suffix of the last word (the head) goes,
with the possessive after it, and the singular possessive takes its place
when the plural had one (the consonant before it voiced: сабақтары →
сабағы).  Russian: each word of the name in a plural ending may stand for
the singulars of any gender that ending can come from.

:func:`kazakh_plural_stem` takes a word's plural ending off with the case
after it, and :func:`genitive_plural_singulars` gives the nominatives a
Russian genitive plural after a number may stand for ("встреч", "акций").
"""

from __future__ import annotations

import itertools
import re

from esep.plugins.lang.alphabet import KAZAKH_LETTERS

_VOWELS = "аәоөұүыіеэиуюя"
_FRONT = "әөүіеэ"
#: the Kazakh plural suffix of a word, then the possessive of the third person if any
_KK_PLURAL = re.compile(r"^(?P<stem>\w{2,}?)(?:лар|лер|дар|дер|тар|тер)(?P<poss>ы|і)?$")
#: a voiceless consonant at the end of a stem voiced before a vowel
_VOICED = {"қ": "ғ", "к": "г", "п": "б"}
#: Russian plural endings and the singular endings each may stand for
_RU_PLURAL = (
    ("ые", ("ый", "ая", "ое")), ("ие", ("ий", "ая", "ое", "яя")),
    ("ии", ("ия",)), ("ия", ("ие",)),
    ("ы", ("", "а")), ("и", ("", "а", "я", "ь")), ("а", ("", "о")), ("я", ("ь", "е")),
)
_MAX = 24


def _kazakh(text: str) -> bool:
    return any(c in KAZAKH_LETTERS for c in text.lower())


def _kk_singulars(word: str) -> list[str]:
    m = _KK_PLURAL.match(word)
    if m is None or not any(c in _VOWELS for c in m["stem"]):
        return []
    stem = m["stem"]
    if not m["poss"]:
        return [stem]
    vowels = [c for c in stem if c in _VOWELS]
    front = vowels[-1] in _FRONT
    if stem[-1] in _VOWELS:
        return [stem + ("сі" if front else "сы"), stem]
    voiced = stem[:-1] + _VOICED.get(stem[-1], stem[-1])
    return [voiced + ("і" if front else "ы"), stem]


def _ru_singulars(word: str) -> list[str]:
    if not word.isalpha() or len(word) < 4:
        return [word]
    out = [word]
    for ending, singulars in _RU_PLURAL:
        if word.endswith(ending):
            base = word[: -len(ending)]
            out += [base + s for s in singulars if len(base + s) >= 3]
            break
    return out


def singular_forms(text: str) -> list[str]:
    """The singular forms a name (lower case, its words separated by
    spaces) may have: none when no word of it ends as a plural."""
    words = text.lower().split()
    if not words:
        return []
    kazakh = [" ".join(words[:-1] + [s]) for s in _kk_singulars(words[-1])]
    if _kazakh(text):
        return kazakh
    # a name in Russian letters may be Kazakh too ("Конкурстар"): both readings, the Kazakh first
    options = [_ru_singulars(w) for w in words]
    got = kazakh
    for combo in itertools.islice(itertools.product(*options), _MAX + 1):
        name = " ".join(combo)
        if name != " ".join(words) and name not in got:
            got.append(name)
    return got[:_MAX]


#: Kazakh plural endings with the possessive and case endings a table label takes; the genitive and the
#: accusative straight after the plural ("көрмелердің саны", "викториналарды өткізу")
_KK_PLURAL_CASED = re.compile(r"(?:лар|лер|дар|дер|тар|тер)(?:ы|і|ын|ін|ының|інің|ға|ге|да|де|дың|дің|ды|ді)?$")


def kazakh_plural_stem(word: str) -> str:
    """A word (lower-cased) without its Kazakh plural ending and the possessive
    or case ending after it ("кештерге" → "кеш"); the word itself when it has none."""
    return _KK_PLURAL_CASED.sub("", word.lower())


#: a Russian word in the genitive plural with no ending of its own ("встреч", "игр") or in "-ий" ("акций")
_BARE_GENITIVE = re.compile(r"[бвгджзклмнпрстфхцчшщ]")


def genitive_plural_singulars(word: str, changed: bool = True) -> list[str]:
    """The nominative singulars a Russian genitive plural may stand for:
    "встреч" → "встреча", "игр" → "игра", "акций" → "акция" (none for a
    Kazakh word, or a word of fewer than four letters); with ``changed`` also
    those whose stem the genitive changed: "вечеров" → "вечер", "выставок"
    → "выставка"."""
    w = word.lower()
    if "-" in w and changed:  # "мастер-классов": the word's last part
        head, _, tail = w.rpartition("-")
        return [f"{head}-{t}" for t in genitive_plural_singulars(tail)] if head.isalpha() else []
    if len(w) < 4 or _kazakh(w) or not w.isalpha():
        return []
    if w.endswith("ий"):
        return [w[:-2] + "ия"]
    if changed and w.endswith("ей"):
        # "ночей" → "ночь", "дней" → "день" (the vowel the nominative puts before its last consonant)
        return [w[:-2] + "ь", w[:-3] + "е" + w[-3] + "ь"]
    if changed and w.endswith(("ов", "ев")) and len(w) >= 5:
        return [w[:-2]]  # "вечеров" → "вечер", "обзоров" → "обзор"
    if _BARE_GENITIVE.fullmatch(w[-1]):
        got = [w + "а", w + "я"]
        if changed and _FLEETING.search(w):
            got.append(w[:-2] + w[-1] + "а")  # the vowel put in before the last consonant: "выставок" → "выставка"
        return got
    return []


#: a vowel a Russian genitive plural puts before its last consonant ("выставок", "полок", "сказок")
_FLEETING = re.compile(r"[бвгджзклмнпрстфхцчшщ][оеё][кнл]$")
#: Russian adjective endings in the genitive plural and the nominative singulars of each gender
_RU_ADJ_GENITIVE = (("ых", ("ый", "ая", "ое")), ("их", ("ий", "ая", "ое", "яя")))


def genitive_plural_adjective(word: str) -> list[str]:
    """The nominative singulars of every gender a Russian adjective in the
    genitive plural may stand for: "книжных" → "книжный", "книжная",
    "книжное"; "детских" → "детский", "детская", … (none for other words)."""
    w = word.lower()
    if "-" in w:  # "литературно-музыкальных": the word's last part
        head, _, tail = w.rpartition("-")
        return [f"{head}-{t}" for t in genitive_plural_adjective(tail)] if head.isalpha() else []
    if len(w) < 5 or _kazakh(w) or not w.isalpha():
        return []
    for ending, singulars in _RU_ADJ_GENITIVE:
        if w.endswith(ending):
            return [w[:-2] + s for s in singulars]
    return []
