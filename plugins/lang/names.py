"""Names of places, people and institutions in one spelling where their
Kazakh, Russian and Latin-script Kazakh forms meet.

Балқаш (Kazakh), Балхаш (Russian) and Balqash (Kazakh in Latin letters) are
one town; Уәлиханов and Уалиханов one person.  :func:`fold_name` writes every
one of them in lower-case ASCII, with the letters the two languages and three
alphabets write differently folded together: қ, х, һ and Latin q, h -> k;
ғ, ǵ, ğ -> g; ң, ń, ñ -> n; ө, ó, ö -> o; ұ, ү, ú, ü, ū -> u; і, ы, и, й, ı,
y -> i; ә, á, ä -> a; ж, j -> zh; ь and ъ dropped.  Latin look-alikes typed
inside a Cyrillic word are read as the Cyrillic letters they stand for.
Quotes and punctuation are dropped and spaces collapsed.

It is a key for comparing names, not a transliteration to show anyone.
"""

from __future__ import annotations

import functools
import re
import unicodedata

# Cyrillic (Kazakh and Russian) and the Kazakh Latin alphabets of 2018 and 2021 to
# one ASCII spelling where the Kazakh and Russian forms of a name meet:
# қ/х/һ -> k (Балқаш, Балхаш), ғ -> g, ң -> n, ө -> o, ұ/ү -> u, і/ы -> i, ә -> a.
_CYR = {
    "а": "a", "ә": "a", "б": "b", "в": "v", "г": "g", "ғ": "g", "д": "d", "е": "e", "ё": "e",
    "ж": "zh", "з": "z", "и": "i", "й": "i", "і": "i", "к": "k", "қ": "k", "л": "l", "м": "m",
    "н": "n", "ң": "n", "о": "o", "ө": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
    "ұ": "u", "ү": "u", "ф": "f", "х": "k", "һ": "k", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sch",
    "ъ": "", "ы": "i", "ь": "", "э": "e", "ю": "iu", "я": "ia", "ə": "a", "ї": "i",
}
_LAT = {
    "á": "a", "ä": "a", "ǵ": "g", "ğ": "g", "ı": "i", "í": "i", "ń": "n", "ñ": "n", "ó": "o",
    "ö": "o", "ú": "u", "ü": "u", "ū": "u", "ý": "u", "ş": "sh", "ç": "ch", "q": "k", "h": "k",
    "j": "zh", "y": "i", "c": "ts", "w": "u", "x": "ks",
}
_LAT_DIGRAPHS = (("sh", "\x01"), ("ch", "\x02"), ("zh", "\x03"))


def _ascii_word(w: str) -> str:
    if re.search(r"[\u0400-\u04ff\u0259]", w):
        # Latin look-alikes inside a Cyrillic word are Cyrillic letters typed wrong
        w = w.translate(str.maketrans("aeopcxykiı", "аеорсхукіі"))
        return "".join(_CYR.get(c, c) for c in w)
    for a, b in _LAT_DIGRAPHS:
        w = w.replace(a, b)
    w = "".join(_LAT.get(c, c) for c in w)
    for a, b in _LAT_DIGRAPHS:
        w = w.replace(b, a)
    return w


@functools.lru_cache(maxsize=4096)
def fold_name(text: str) -> str:
    """A name in the one ASCII spelling: lower case, no quotes or punctuation,
    Kazakh, Russian and Latin-script Kazakh letters folded together."""
    if not isinstance(text, str):
        return ""
    t = unicodedata.normalize("NFC", text).casefold()
    t = re.sub(r"[«»\"“”„'`’‘()\[\]]", " ", t)
    words = re.findall(r"[^\W_]+", t)
    out = " ".join(_ascii_word(w) for w in words)
    out = unicodedata.normalize("NFKD", out)
    return " ".join("".join(c for c in out if c.isascii()).split())


@functools.lru_cache(maxsize=1)
def places_kz() -> dict:
    """``schemas/places_kz.json``: the regions, towns and districts of Kazakhstan in the state language and in
    Russian, with their former names (read once a process)."""
    import json
    from importlib import resources

    return json.loads(resources.files("esep.schemas").joinpath("places_kz.json").read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=1)
def _town_names_ru() -> frozenset[str]:
    """The Russian names of the towns ``schemas/places_kz.json`` lists, former names included."""
    return frozenset(n["ru"] for e in places_kz()["cities"] for n in [e, *e.get("former", [])] if n.get("ru"))


_VOWELS = frozenset("аеёиоуыэюяі")


def town_nominative(word: str) -> str:
    """A town's Russian name, written in the locative after "в г." or "в городе", in the nominative:
    "Павлодаре" -> "Павлодар", "Степногорске" -> "Степногорск", "Семее" -> "Семей", "Костанае" -> "Костанай"; a name of the list of
    places ending in -а or -ь where the locative ends in -е ("Караганде", "Кызылорде") takes its own ending,
    and a name that does not decline ("Актобе", "Кокшетау", "Алматы") stays as written."""
    known = _town_names_ru()
    if word in known or not word.endswith("е") or len(word) < 4:
        return word
    stem = word[:-1]
    for name in (stem + "а", stem + "ь"):
        if name in known:
            return name
    # "Семее", "Костанае": Семей, Костанай (a vowel before the ending is a stem in -й); "Павлодаре": Павлодар
    return stem + "й" if stem[-1].lower() in _VOWELS else stem
