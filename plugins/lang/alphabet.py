"""Letters of Kazakh and Russian, the look-alikes that get into them, and the
one fold every feature compares text in.

* Letters and regular-expression character classes: :data:`KAZAKH_LETTERS`,
  :data:`KAZAKH_UPPER`, :data:`RUSSIAN_LETTERS`, :data:`UPPER`, :data:`LOWER`
  (bodies of ``[...]`` classes: ``rf"[{UPPER}][{LOWER}]+"``).
* Look-alikes, one table each, all public:
  :data:`HOMOGLYPHS` (Latin letters drawn exactly like a Cyrillic one),
  :data:`CYRILLIC_TO_LATIN` (the same pairs the other way),
  :data:`SMALL_CAPITALS` (lower-case Cyrillic letters shaped like a Latin
  one: ``в`` for ``b``), :data:`OCR_CONFUSIONS` (what OCR and typists put
  for a Cyrillic letter: ``l`` for ``і``, ``ѳ`` for ``ө``),
  :data:`DIGIT_LOOKALIKES` and :data:`LIST_NUMBER_LOOKALIKES` (letters read
  for digits: ``З`` for ``3``),
  :data:`LOST_KAZAKH` (the Russian letter OCR reads for a Kazakh one), and
  :data:`KAZAKH_TO_RUSSIAN` (the Russian letter nearest each Kazakh one);
  :data:`RUSSIAN_PREPOSITIONS` (words OCR glues to the next one).
* The fold, in the variants whose meaning really differs:

  ========================  =====================================================
  :func:`fold`              lower case, look-alikes to Cyrillic inside Cyrillic
                            words, one space character; **same length** as the
                            text, so offsets in it are offsets in the source
  :func:`normalize`         the form labels are compared in: :func:`fold`, Latin
                            Kazakh transliterated (:func:`to_cyrillic`), no
                            punctuation or list numbering
  :func:`compare_key`       :func:`normalize` with Kazakh letters as the Russian
                            ones OCR and typists put for them (names, types)
  :func:`fold_russian`      case folded, every Latin homoglyph and Kazakh letter
                            as Russian, in every word (months, sources)
  ========================  =====================================================

* Kazakh in the Latin alphabets of 2018 (á ǵ ń ó ú ý ı q sh ch) and 2021
  (ä ğ ñ ö ü ū ş ç, ı/i): :func:`latin_kazakh_words`, :func:`latin_alphabet`,
  :func:`to_cyrillic`, and a whole paragraph with the source to cut from at
  its offsets: :func:`cyrillic_reading`.  Matching reads the Cyrillic; the
  source text is kept.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from esep.plugins.lang.gates import led

# -- letters -------------------------------------------------------------------

#: The letters of the Kazakh Cyrillic alphabet that Russian does not have.
KAZAKH_LETTERS = "әғқңөұүһі"
KAZAKH_UPPER = KAZAKH_LETTERS.upper()
#: The Kazakh letters the Russian code page (Windows-1251) lacks: all but ``і``, which it holds for
#: Ukrainian and Belarusian. A typist whose fonts or keyboard had no Kazakh letters could still put
#: ``і`` (that code page's letter, or the Latin ``i`` drawn alike) and put the nearest Russian letter
#: for these eight.
KAZAKH_BEYOND_CP1251 = KAZAKH_LETTERS.replace("і", "")
#: The Russian alphabet, lower case.
RUSSIAN_LETTERS = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"
#: Every lower-case letter of the Kazakh Cyrillic alphabet (it has all the Russian ones).
CYRILLIC_LETTERS = RUSSIAN_LETTERS + KAZAKH_LETTERS

#: Character-class bodies for regular expressions: Cyrillic upper and lower case.
UPPER = "А-ЯЁ" + KAZAKH_UPPER
LOWER = "а-яё" + KAZAKH_LETTERS
LETTERS = UPPER + LOWER

#: A Cyrillic letter (either case) of Kazakh or Russian.
CYRILLIC_RE = re.compile(rf"[{LETTERS}]")

# -- look-alikes -----------------------------------------------------------------

#: Latin letters drawn exactly like a Cyrillic one, and the Latin schwa
#: (U+0259, U+018F) typed for the Kazakh ``ә``.
HOMOGLYPHS = dict(zip("aeopcxyiAEOPCXYHKMTBI\u0259\u018f", "аеорсхуіАЕОРСХУНКМТВІәӘ"))
#: The Cyrillic letters drawn exactly like a Latin one, to Latin.
CYRILLIC_TO_LATIN = {c: lat for lat, c in HOMOGLYPHS.items() if lat not in "\u0259\u018f"}
#: Lower-case Cyrillic letters shaped like a Latin letter in small capitals,
#: typed for it in Latin words ("вookcrossing").
SMALL_CAPITALS = {"в": "b", "к": "k", "м": "m", "н": "h", "т": "t"}
#: What OCR and typists put for a lower-case Cyrillic letter, beyond the
#: homoglyphs: the key stands for the value inside a Cyrillic word.
OCR_CONFUSIONS = {
    "k": "к", "l": "і", "ı": "і", "ї": "і", "ѳ": "ө", "θ": "ө", "ӯ": "ү",
    "h": "һ", "m": "м", "t": "т", "b": "в", "n": "п",
}
#: Letters OCR reads for digits inside a figure.
#: Russian prepositions, which other OCR programs often glue to the next word ("накомплектование")
RUSSIAN_PREPOSITIONS = frozenset({"в", "во", "к", "ко", "с", "со", "о", "об", "у", "на", "по", "за", "до", "из", "от",
                                  "для", "при", "без", "под", "над", "про", "через"})
DIGIT_LOOKALIKES = {"О": "0", "о": "0", "O": "0", "o": "0", "З": "3", "з": "3", "б": "6",
                    "l": "1", "I": "1"}
#: The same, and what OCR reads for the 1 of a list number at the start of a
#: line ("Т. Абай ...", "|5, ...").
LIST_NUMBER_LOOKALIKES = DIGIT_LOOKALIKES | {"Т": "1", "т": "1", "|": "1"}
#: What OCR reads in place of a Kazakh letter -> the Kazakh letters it may stand for.
LOST_KAZAKH = {
    "i": "і", "l": "і", "!": "і", "1": "і", "|": "і",
    "а": "ә", "э": "ә", "о": "ө", "е": "ө", "у": "үұ", "к": "қ", "н": "ң", "г": "ғ", "h": "һ",
    "I": "І", "А": "Ә", "Э": "Ә", "О": "Ө", "Е": "Ө", "У": "ҮҰ", "К": "Қ", "Н": "Ң", "Г": "Ғ", "H": "Һ",
}
#: Names of languages in Kazakh that hold a Kazakh letter, as they stand before "тілі",
#: "тілінде" (a fund or a loan "in the Kazakh language"): what OCR reads "Казак тілінде" for.
LANGUAGE_NAMES_KK = ("қазақ", "ағылшын", "өзбек", "қырғыз", "ұйғыр", "түрік", "түрікмен", "тәжік",
                     "әзірбайжан", "дүнген", "кәріс")
#: Names of the social networks and messengers a library's report names (its pages there,
#: its online events), written in Latin letters also in Kazakh and Russian text.
NETWORK_NAMES = ("Instagram", "YouTube", "Facebook", "Telegram", "TikTok", "WhatsApp", "Twitter")
#: Web portals Kazakhstan's library reports send readers to ("через портал egov.kz", "kazneb.kz сайтында"):
#: the e-government portal, the national electronic library, the literature portal, the books' site.
SITE_NAMES = ("egov.kz", "kazneb.kz", "adebiportal.kz", "kitap.kz", "bilimland.kz")
#: The Latin letter each Cyrillic one looks like in print, for a Latin word that OCR set to
#: read Kazakh and Russian wrote in Cyrillic letters ("Іпвіадгат" for "Instagram").
LATIN_SHAPES = dict(zip("аАвВеЕзЗіІйиКкМмНоОпрРсСтТуУхХүҮгдфъь",
                        "aAbBeEzZiIuuKkMmHoOnpPcCmTyYxXyYrgfbb"))
#: The Russian letter nearest each Kazakh one (what a Russian keyboard or an
#: OCR engine without Kazakh puts for it), both cases.
KAZAKH_TO_RUSSIAN = dict(zip(KAZAKH_LETTERS + KAZAKH_UPPER, "агкноуухи" + "АГКНОУУХИ"))

_SPACE_CHARS = "\u00a0\u2009\u202f\u2007\n\r\t\x0b\x0c"
# one-to-one, so fold keeps offsets
_FOLD_MAP = {lat.lower(): c.lower() for lat, c in HOMOGLYPHS.items()} | OCR_CONFUSIONS | {"ё": "е"} \
    | {ch: " " for ch in _SPACE_CHARS}
_FOLD_ALL = str.maketrans(_FOLD_MAP)
_FOLD_ALWAYS_MAP = {k: v for k, v in _FOLD_MAP.items() if k in "ёї" + _SPACE_CHARS}
_FOLD_ALWAYS = str.maketrans(_FOLD_ALWAYS_MAP)
_FOLD_ALWAYS_PAIRS = tuple(_FOLD_ALWAYS_MAP.items())
_SPACES = re.compile(r"(\s+)")
_CYR_WORD = re.compile(rf"[{LETTERS}]")


#: The look-alikes folded inside Cyrillic words only: a lower-cased text
#: without any is folded as a whole, without being split into words.
_INSIDE_ONLY = "".join(sorted(set(_FOLD_MAP) - set(_FOLD_ALWAYS_MAP)))
_INSIDE_ONLY_RE = re.compile("[" + re.escape(_INSIDE_ONLY) + "]")
_WORD_WITH_INSIDE_ONLY = re.compile(r"(?<!\S)\S*[" + re.escape(_INSIDE_ONLY) + r"]\S*")


def fold(text: str) -> str:
    """Lower case with look-alike letters (:data:`HOMOGLYPHS`,
    :data:`OCR_CONFUSIONS`) folded to Cyrillic inside Cyrillic words, ``ё``
    as ``е`` and every space character as a space.  The result has exactly
    the length of ``text``, so a match in it is a match in the source."""
    if not isinstance(text, str):
        return ""
    low = text.lower()
    # the whole text at once, as word by word: lower case keeps every length (no "İ") and
    # no final sigma, whose lower case depends on the letters around it
    if len(low) != len(text) or "\u03a3" in text:
        return fold_by_word(text)
    out = low
    for k, v in _FOLD_ALWAYS_PAIRS:  # str.replace per character present: much faster than str.translate
        if k in out:
            out = out.replace(k, v)
    if not _INSIDE_ONLY_RE.search(out):
        return out
    # the words with a look-alike: folded in full when they are Cyrillic words
    return _WORD_WITH_INSIDE_ONLY.sub(
        lambda m: m.group(0).translate(_FOLD_ALL) if _CYR_WORD.search(text, m.start(), m.end()) else m.group(0), out)


_LOOKALIKE_WORD = re.compile(rf"\w*[{LETTERS}]\w*")
_TO_CYRILLIC_LOOKALIKE = str.maketrans({k: v for k, v in HOMOGLYPHS.items() if k.isascii()})


def cyrillic_lookalikes(text: str) -> str:
    """``text`` with the Latin letters that look like Cyrillic ones written
    in Cyrillic inside Cyrillic words ("кiтапхана жүйесi", typed with a
    Latin i, is "кітапхана жүйесі"); the length and every other character
    stay as they are."""
    return _LOOKALIKE_WORD.sub(lambda m: m.group().translate(_TO_CYRILLIC_LOOKALIKE), text)


#: The Latin letters typed for the Kazakh ones a font or keyboard lacked, besides the ASCII
#: homoglyphs: the schwa for ``ә`` and the barred o for ``ө`` (U+0275, U+019F; the Greek theta too)
TYPED_FOR_KAZAKH = dict(zip("\u0259\u018f\u0275\u019f\u03b8\u0398", "әӘөӨөӨ"))
_TO_KAZAKH = str.maketrans(TYPED_FOR_KAZAKH | {k: v for k, v in HOMOGLYPHS.items() if k.isascii()})
_TYPED_WORD = re.compile(rf"[\w\u0300-\u036f]*[{LETTERS}][\w\u0300-\u036f]*")
_COMBINING = re.compile(r"[\u0300-\u036f]")
_TO_KAZAKH_KEYS = frozenset(chr(k) for k in _TO_KAZAKH)
_CYRILLIC_IN = re.compile(rf"[{LETTERS}]")


def typed_letters(text: str) -> tuple[str, int]:
    """``text`` with its letters as Kazakh and Russian write them, and the
    number of words changed: letters decomposed into a base and a combining
    mark (Unicode NFD, as macOS and some web forms store "й" and "ё") put
    together again (NFC), and inside Cyrillic words the Latin look-alikes
    typed for the Kazakh letters ("кiтапханасы", "кɵрсеттi", "əдебиет")
    written in Cyrillic.  A word without a Cyrillic letter (Latin-script
    Kazakh, an English name, a Roman numeral) is left as it is, and so is a
    Latin word with a Kazakh ending ("Instagramда": more Latin letters than
    Cyrillic ones)."""
    if _COMBINING.search(text):
        text = unicodedata.normalize("NFC", text)
    changed = 0

    def fix(m: re.Match) -> str:
        nonlocal changed
        word = m.group()
        if sum(ch in _TO_KAZAKH_KEYS for ch in word) > len(_CYRILLIC_IN.findall(word)):
            return word
        new = word.translate(_TO_KAZAKH)
        changed += new != word
        return new
    return _TYPED_WORD.sub(fix, text), changed


def fold_by_word(text: str) -> str:
    """:func:`fold` one word at a time (the plain form of it)."""
    if not isinstance(text, str):
        return ""
    out = []
    for w in _SPACES.split(text):
        lw = w.lower()
        if len(lw) != len(w):  # a letter whose lower case is two characters ("İ"): keep it as it is
            lw = "".join(lo if len(lo := ch.lower()) == 1 else ch for ch in w)
        out.append(lw.translate(_FOLD_ALL if _CYR_WORD.search(w) else _FOLD_ALWAYS))
    return "".join(out)


def normalize(text: str) -> str:
    """The form labels are compared in: case folded, Latin-script Kazakh in
    Cyrillic (:func:`to_cyrillic`), look-alikes folded (:func:`fold`),
    punctuation and list numbering ("1. ", "2) ") dropped, spaces collapsed."""
    if not isinstance(text, str):
        return ""
    return _normalize(text)


_LIST_NUMBER = re.compile(r"^\s*\d+[.)]\s*")
_PUNCTUATION = re.compile(r"[^\w\s/-]")
_SPACE_RUN = re.compile(r"[\s_]+")


#: Lower-case Cyrillic words apart by single spaces, of letters :func:`fold` keeps: a text so after case
#: folding is its own normal form (no numbering, punctuation, space run, Latin word or look-alike to change)
_PLAIN_LETTERS = "".join(c for c in CYRILLIC_LETTERS if c not in _FOLD_MAP and c.lower() == c)
_PLAIN_WORDS = re.compile(f"[{_PLAIN_LETTERS}]+(?: [{_PLAIN_LETTERS}]+)*")


@functools.lru_cache(maxsize=16384)  # the same labels and words come back on every page
def _normalize(text: str) -> str:
    t = unicodedata.normalize("NFC", text).casefold()
    if _PLAIN_WORDS.fullmatch(t):
        return t
    t = _LIST_NUMBER.sub("", t)  # "1. Label", "2) Label"
    t = _PUNCTUATION.sub(" ", t)
    t = _SPACE_RUN.sub(" ", t)
    t = fold(to_cyrillic(t))
    return t.strip(" -/")


_TO_RUSSIAN = str.maketrans(KAZAKH_TO_RUSSIAN)
_TO_RUSSIAN_PAIRS = tuple(KAZAKH_TO_RUSSIAN.items())
_KAZAKH_LETTER = re.compile("[" + "".join(KAZAKH_TO_RUSSIAN) + "]")
assert not set(KAZAKH_TO_RUSSIAN.values()) & set(KAZAKH_TO_RUSSIAN)


def russian_letters(text: str) -> str:
    """Kazakh letters as the nearest Russian ones (``қ`` as ``к``, ``і`` as
    ``и``); nothing else changes, the length neither."""
    if not _KAZAKH_LETTER.search(text):
        return text
    # str.replace per letter present: str.translate looks every character up in the table (a long text's
    # cost); the same result, since no letter is replaced by one that is replaced in turn
    for k, v in _TO_RUSSIAN_PAIRS:
        if k in text:
            text = text.replace(k, v)
    return text


def compare_key(text: str) -> str:
    """:func:`normalize` with Kazakh letters as Russian ones: the key names
    and types are compared by, where OCR and Russian keyboards lose the
    Kazakh letters ("науқаның" and "наукан" meet)."""
    return russian_letters(normalize(text))


_FOLD_RUSSIAN = str.maketrans(
    {lat: c for lat, c in HOMOGLYPHS.items() if lat.islower() and lat != "\u0259"}
    | {"k": "к", "ё": "е"} | {k: russian_letters(v) for k, v in HOMOGLYPHS.items() if k in "i\u0259"}
    | KAZAKH_TO_RUSSIAN)


def fold_russian(text: str) -> str:
    """Case folded, and in every word (Latin ones too) Latin homoglyphs and
    Kazakh letters as Russian ones, ``ё`` as ``е``: the form month names and
    the names of periodicals are compared in."""
    return unicodedata.normalize("NFC", text).casefold().translate(_FOLD_RUSSIAN)


def mixed_script_to_latin(word: str) -> str:
    """A word typed in two alphabets ("вookdating") in Latin when most of its
    letters are Latin (the other way round is :func:`fold`)."""
    lat = sum(1 for c in word if "a" <= c.lower() <= "z")
    cyr = sum(1 for c in word if "\u0400" <= c <= "\u04ff")
    if lat and cyr and lat > cyr:
        return word.translate(_TO_LATIN)
    return word


_TO_LATIN = str.maketrans(CYRILLIC_TO_LATIN | SMALL_CAPITALS)

# -- Kazakh in Latin letters ------------------------------------------------------

#: Letters only the 2018 alphabet has (acute accents).
LATIN_2018_LETTERS = "áǵńóúý"
#: Letters only the 2021 alphabet has.
LATIN_2021_LETTERS = "äğñöüūşç"

# One letter at a time; digraphs first.  Upper case is derived.
_LATIN_COMMON = {
    "a": "а", "b": "б", "d": "д", "e": "е", "f": "ф", "g": "г", "h": "х", "i": "і",
    "j": "ж", "k": "к", "l": "л", "m": "м", "n": "н", "o": "о", "p": "п", "q": "қ",
    "r": "р", "s": "с", "t": "т", "v": "в", "z": "з", "w": "у", "x": "х", "c": "ц",
    "sh": "ш", "ch": "ч",
}
_LATIN_2018 = _LATIN_COMMON | {
    "á": "ә", "ǵ": "ғ", "ń": "ң", "ó": "ө", "ú": "ү", "ý": "у", "u": "ұ", "y": "ы", "ı": "и",
}
_LATIN_2021 = _LATIN_COMMON | {
    "ä": "ә", "ğ": "ғ", "ñ": "ң", "ö": "ө", "ü": "ү", "ū": "ұ", "u": "у", "y": "й", "ı": "ы",
    "ş": "ш", "ç": "ч",
}
#: The 2021 alphabet as approved (January 2021): ``y`` is ы ("sany", "oqyrmandar"), the dotless ``ı`` is і
#: ("kıtap", "bırlıgı"), ``i`` (İ) is и and й ("Direktor", "jüiesı", "Qostanai"), ``u`` is у.  Texts that
#: write ``ı`` for ы and ``i`` for і ("Oqırmandar sanı") keep :data:`_LATIN_2021`.
_LATIN_2021Y = _LATIN_COMMON | {
    "ä": "ә", "ğ": "ғ", "ñ": "ң", "ö": "ө", "ü": "ү", "ū": "ұ", "u": "у", "y": "ы", "ı": "і", "i": "и",
    "ş": "ш", "ç": "ч",
}
# A letter only one alphabet has means the same in a text of the other (a
# 2018 text with a 2021 letter in it), and so do the letters of other Turkic
# keyboards (ə, ǧ, ŋ); only u, y and ı differ between the two.
for _k, _v in (("ə", "ә"), ("ǧ", "ғ"), ("ŋ", "ң"), *((k, _LATIN_2021[k]) for k in LATIN_2021_LETTERS)):
    _LATIN_2018.setdefault(_k, _v)
for _k in LATIN_2018_LETTERS + "əǧŋ":
    _LATIN_2021.setdefault(_k, _LATIN_2018[_k])
    _LATIN_2021Y.setdefault(_k, _LATIN_2018[_k])

# The alphabet of October 2017 marks a letter with an apostrophe after it (a' for ә, s' for ш, i' for и and
# й); ``y`` is ы, ``y'`` у, ``u`` ұ, ``u'`` ү, ``i`` і, and ``sh``/``ch`` are no letters of it.
_LATIN_2017 = {k: v for k, v in _LATIN_COMMON.items() if k not in ("sh", "ch")} | {
    "u": "ұ", "y": "ы",
    **{a + m: c for a, c in (("a", "ә"), ("g", "ғ"), ("n", "ң"), ("o", "ө"), ("u", "ү"), ("y", "у"),
                             ("s", "ш"), ("c", "ч"), ("i", "и")) for m in "'’"},
}
#: A letter of the 2017 alphabet with its apostrophe, not the ending of an English contraction ("n't", "'s").
LATIN_2017_MARK = re.compile(r"(?i)[agousyci]['’](?!(?:s|re|ll|ve|d|m)(?![a-z]))"
                             r"|n['’](?!(?:s|t|re|ll|ve|d|m)(?![a-z]))")

_LATIN_VOWELS = set("aeiouyáóúýäöüūıə")
# a word may end in the apostrophe of a 2017 letter ("kitaphanasynyn'", "Ko'ks'etay'")
_LATIN_WORD = re.compile(r"(?<!\w)[a-zA-Z\u00c0-\u024f\u0259\u018f]+(?:['’][a-zA-Z\u00c0-\u024f]+)*"
                         r"(?:(?<=[agnousyciAGNOUSYCI])['’](?![a-zA-Z\u00c0-\u024f]))?(?!\w)")
_LATIN_WORD = led(_LATIN_WORD, "[a-zA-Z\u00c0-\u024f\u0259\u018f]")
_KAZAKH_ONLY_LATIN = set(LATIN_2018_LETTERS + LATIN_2021_LETTERS + "ıǧŋə" + "ÁǴŃÓÚÝÄĞÑÖÜŪŞÇƏ")
# Endings frequent in Kazakh and rare at the end of English words.
_KK_LATIN_ENDING = re.compile(
    r"(?:lar|ler|dar|tar|lary|leri|dary|deri|tary|teri|ları|darı|tarı|leri"
    r"|ynda|ynde|inde|ında|ymen|imen|ımen|daǵy|degi|tegi|taǵy|dağı|tağı|synda|sinde|ysy|lyq|lıq|ǵy|ǵa)$")
# Letters and pairs of English words that Kazakh in Latin letters never writes.
_ENGLISH_SPELLING = re.compile(r"w|x|c(?!h)|th|ee|oo|ou|ck|ea")
_KK_LATIN_WORDS = frozenset("""
    jáne jäne men men pen ben jyl jyly jylǵy jıl jılı jılğı boıynsha boiynsha boyınşa
    sany sanı dana ishinde işinde onyń onıñ kitap kitaphana kitaphanasy kitaphanası oqyrman
    oqırman qor qory qorı esep esebi mekeme mektep aýdan audan oblys oblısı qala qalalyq
    qalalıq ortalyq ortalıq bala balalar is shara şara jumys jūmıs kórme körme ótkizildi
    ötkizildi barlyǵy barlığı onyń ony olar bul bul osy
""".split())
_ENGLISH_WORDS = frozenset("""
    the of and to in is was for on with as by at from that this are be it an or which
    were has have had not but its their all new total number library libraries report
    year books book readers visits loans
""".split())


def _latin_words(text: str) -> list[str]:
    # the pattern's letters are all outside the Cyrillic block: no word it finds holds a Cyrillic letter
    return _LATIN_WORD.findall(text)


@functools.lru_cache(maxsize=16384)  # a report's words recur: asked of every word of every text
def is_latin_kazakh_word(word: str) -> bool:
    """Whether a word in Latin letters reads as Kazakh: a letter only the
    Kazakh alphabets have (á ǵ ń ó ú ý ı ä ğ ñ ö ü ū ş ç), a ``q`` not
    followed by ``u``, a frequent word of reports (sany, jyl, kitap) or a
    Kazakh ending (-lar, -nyń, -daǵy)."""
    w = word.lower()
    if len(w) < 2 or w in _ENGLISH_WORDS:
        return False
    if _KAZAKH_ONLY_LATIN.intersection(word):
        return True
    if LATIN_2017_MARK.search(w):
        return True
    if re.search(r"q(?!u)", w):
        return True
    if w in _KK_LATIN_WORDS:
        return True
    if _ENGLISH_SPELLING.search(w):
        return False
    return len(w) >= 5 and _KK_LATIN_ENDING.search(w) is not None


def latin_kazakh_words(text: str) -> tuple[int, int]:
    """(Kazakh words, Latin words) among the words of ``text`` written in
    Latin letters only."""
    words = _latin_words(text or "")
    return sum(1 for w in words if is_latin_kazakh_word(w)), len(words)


_FIGURE_ENDING = re.compile(r"(?i)(?<=\d-)(?:[gk]e|[ǵğqgk]a|[dtn][yıi]|sh[iy]|ş[iı]|[ıi]nsh[iy]|[ıi]nş[iı]|nsh[iy]|nş[iı]"
                            r"|[dtn][ae]n|[dt][ae]|[yıi]|s[yıi])(?![\w-])")
_FIGURE_ENDING = led(_FIGURE_ENDING, "[gkǵğqdtnsşıiy]")
_COMPOUND_HEAD = re.compile(r"(?<![\w-])([a-zA-Z]+)-(?=[a-zA-Z\u00c0-\u024f]{3})")
_COMPOUND_HEAD = led(_COMPOUND_HEAD, "[a-zA-Z]")


def is_latin_kazakh(text: str, *, share: float = 0.5) -> bool:
    """Whether ``text`` is Kazakh written in Latin letters: some of its
    Latin words read as Kazakh (:func:`is_latin_kazakh_word`) and none looks
    English (function words; w, x, c, th, ee, oo), or at least ``share`` of
    them read as Kazakh and fewer look English."""
    words = _latin_words(text or "")
    if not words:
        return False
    # the ending of a figure ("1 200-ge", "15-shi") is Kazakh; the first part of a compound ("Is-sharalar") no
    # English word
    ending = len(_FIGURE_ENDING.findall(text))
    kk = sum(1 for w in words if is_latin_kazakh_word(w)) + ending
    en = sum(1 for w in words if w.lower() in _ENGLISH_WORDS or _ENGLISH_SPELLING.search(w.lower()))
    en -= sum(1 for w in _COMPOUND_HEAD.findall(text) if w.lower() in _ENGLISH_WORDS)
    return kk > 0 and (en == 0 or (kk / len(words) >= share and en < kk))


def latin_alphabet(text: str) -> str:
    """``"2021"`` when the Latin letters of ``text`` are those of the 2021
    alphabet (ä ğ ñ ö ü ū ş ç, or ``ı`` for ``ы`` without any ``y``),
    ``"2017"`` when they are the apostrophe letters of the alphabet of 2017
    (a' g' n' o' u' y' s' c' i'), ``"2018"`` otherwise (á ǵ ń ó ú ý, ``y``
    for ``ы``, sh, ch)."""
    t = text.lower()
    new = sum(t.count(c) for c in LATIN_2021_LETTERS)
    old = sum(t.count(c) for c in LATIN_2018_LETTERS)
    marks = len(LATIN_2017_MARK.findall(t)) if "'" in t or "’" in t else 0
    if marks and marks > new and marks > old:
        return "2017"
    if new > old:
        # (the approved spelling writes і as ı; a text writing "y" for ы and "i" for і, "Kitaphanada … barlyğy",
        # keeps the reading of "2021", where "i" is і)
        return "2021y" if _writes_y_for_y(t) and _CONSONANT_I.search(t) else "2021"
    if old > new:
        return "2018"
    if not new and _CONSONANT_I.search(t) and _writes_y_for_y(t):
        return "2021y"  # "Kıtap qory": a dotless ı between consonants (і) beside a "y" for ы, no mark of 2018
    return "2021" if "ı" in t and "y" not in t else "2018"


#: a dotless "ı" between two consonants: і of the approved 2021 spelling ("kıtap", "bırlıgı"); the ı of 2018 is
#: й or и beside a vowel ("aınalym", "jıiligi")
_CONSONANT_I = re.compile(r"(?<=[bcdfghjklmnpqrstvwxzğñşç])ı(?=[bcdfghjklmnpqrstvwxzğñşç])")
#: a "y" with no vowel beside it, the ы of the approved 2021 spelling ("sany", "oqyrman", "jyldyñ"): no й stands
#: so, and the texts that write ы as "ı" keep "y" for й beside a vowel ("jağday", "boyınşa")
_VOWEL_Y = re.compile(r"(?<=[bcdfghjklmnpqrstvwxzğñşç])y(?![aeiouyáóúýäöüūıə])")
_GLIDE_Y = re.compile(r"(?<=[aeiouáóúýäöüūıə])y|y(?=[aeiouáóúýäöüūıə])")


def _writes_y_for_y(text: str) -> bool:
    """Whether a text with the letters of 2021 writes ы as "y" (the alphabet
    as approved) rather than as "ı": more such "y" than
    the "y" beside a vowel."""
    vowel = len(_VOWEL_Y.findall(text))
    return vowel >= 1 and vowel > len(_GLIDE_Y.findall(text))


@functools.lru_cache(maxsize=16384)  # a report's words recur
def _transliterated(word: str, alphabet: str) -> tuple[str, tuple[int, ...]]:
    """:func:`_transliterate` with the table of ``alphabet``, kept per word."""
    cyr, origin = _transliterate(word, _latin_table(alphabet))
    return cyr, tuple(origin)


def _latin_table(alphabet: str) -> dict[str, str]:
    return _LATIN_2021 if alphabet == "2021" else _LATIN_2021Y if alphabet == "2021y" \
        else _LATIN_2017 if alphabet == "2017" else _LATIN_2018


def _transliterate(word: str, table: dict[str, str]) -> tuple[str, list[int]]:
    """The word in Cyrillic, and for each of its letters the offset in the word."""
    out: list[str] = []
    origin: list[int] = []
    i = 0
    while i < len(word):
        pair = word[i:i + 2]
        low = pair.lower()
        if low == "iu" and (table is _LATIN_2021 or table is _LATIN_2021Y) and _between_consonants(word, i, 2):
            # 2021: ю is "iu" ("kompiuter", "tiuter"): between consonants no Kazakh word joins і and у
            out.append("Ю" if pair[0].isupper() else "ю")
            origin.append(i)
            i += 2
            continue
        if table is _LATIN_2017 and low[:1] == "i" and word[i + 2:i + 4].lower() in ("y'", "y’") \
                and _between_consonants(word, i, 4):
            # 2017: ю is "i'y'" ("bi'y'djet"): between consonants no Kazakh word joins и and у
            out.append("Ю" if pair[0].isupper() else "ю")
            origin.append(i)
            i += 4
            continue
        if low == "ıý" and table is _LATIN_2018 and _between_consonants(word, i, 2):
            # 2018: ю is "ıý" ("bıýdjet", "kompıýter"): between consonants no Kazakh word joins и and у
            out.append("Ю" if pair[0].isupper() else "ю")
            origin.append(i)
            i += 2
            continue
        if len(pair) == 2 and low in table:
            cyr = table[low]
            if table is _LATIN_2017 and cyr == "и" and out and out[-1].lower() in "аәеиоөұүуыі":
                cyr = "й"  # 2017: i' is й after a vowel ("boi'y", "dei'ingi"), else и ("ji'iligi")
            out.append(cyr.upper() if pair[0].isupper() else cyr)
            origin.append(i)
            i += 2
            continue
        ch = word[i]
        lo = ch.lower()
        if lo == "ı" and table is _LATIN_2018 and i and word[i - 1].lower() in _LATIN_VOWELS:
            out.append("Й" if ch.isupper() else "й")  # 2018: ı is й after a vowel ("aınalym"), else и
            origin.append(i)
        elif lo == "i" and table is _LATIN_2021Y:
            # the approved 2021 spelling: "i" is й beside a vowel ("jüiesı", "Qostanai", "üiıne"), else и
            glide = (i and word[i - 1].lower() in _LATIN_VOWELS) or (i + 1 < len(word) and word[i + 1].lower() in _LATIN_VOWELS)
            out.append(("Й" if ch.isupper() else "й") if glide else ("И" if ch.isupper() else "и"))
            origin.append(i)
        elif lo in "iy" and table is not _LATIN_2017 and table is not _LATIN_2021Y \
                and _glide(word, i) != (lo == "y" and table is _LATIN_2021):
            # no й stands without a vowel beside it: "y" of a 2021 text between consonants is the ы of a
            # 2018 spelling ("jyldyñ", "sany"); "i" after a, e, o or between vowels is the й ("9 ai",
            # "aiynda", "Onlain", "jariialanym")
            out.append(("Й" if ch.isupper() else "й") if lo == "i" else ("Ы" if ch.isupper() else "ы"))
            origin.append(i)
        elif lo in table:
            out.append(table[lo].upper() if ch.isupper() else table[lo])
            origin.append(i)
        elif ch == "İ":
            out.append("І")
            origin.append(i)
        elif ch not in "'’" or (i == len(word) - 1 and table is not _LATIN_2017):
            # the apostrophes of the 2017 alphabet (a' for ә) go with their mark; one closing a word of another
            # alphabet is a quote and stays
            out.append(ch)
            origin.append(i)
        i += 1
    return "".join(out), origin


def _between_consonants(word: str, i: int, n: int) -> bool:
    """Whether the ``n`` letters at ``i`` stand between two consonant letters."""
    low = word.lower()
    return 0 < i and i + n < len(low) and low[i - 1].isalpha() and low[i + n].isalpha() \
        and low[i - 1] not in _LATIN_VOWELS and low[i + n] not in _LATIN_VOWELS


def _glide(word: str, i: int) -> bool:
    """Whether the letter ``i`` or ``y`` at ``i`` stands where a й can: a
    vowel after it or before it (an "i" after a back vowel or e: "ai" for ай)."""
    low = word.lower()
    before = low[i - 1] if i else ""
    after = low[i + 1] if i + 1 < len(low) else ""
    if low[i] == "i":  # an "i" is the й after a, e, o ("ai", "Onlain", "deiin") or between two vowels
        return before != "" and (before in "aeoáäóö" or before in _LATIN_VOWELS and after != "" and after in _LATIN_VOWELS)
    return after in _LATIN_VOWELS and after != "" or before in _LATIN_VOWELS and before != "" and (
        before != "i" or i < 2 or low[i - 2] not in _LATIN_VOWELS)


def to_cyrillic(text: str, *, alphabet: str | None = None) -> str:
    """``text`` with Kazakh written in Latin letters transliterated to Cyrillic
    ("Kitap qory 330133 dana" -> "Кітап қоры 330133 дана"), for matching only:
    callers keep the source text.

    Only a text that :func:`is_latin_kazakh` says is Kazakh is
    transliterated (English stays as it is), and only its Latin-only words;
    ``alphabet`` ("2018" or "2021") is found by :func:`latin_alphabet` when
    not given.  The Latin schwa ``ə`` (U+0259) becomes ``ә`` in any text."""
    if not isinstance(text, str) or not text:
        return text if isinstance(text, str) else ""
    text = text.replace("\u0259", "ә").replace("\u018f", "Ә")
    if not _LATIN_WORD.search(text) or not is_latin_kazakh(text):
        return text
    # as to_cyrillic_with_offsets, without the offsets
    alphabet = alphabet or latin_alphabet(text)
    return _LATIN_WORD.sub(lambda m: _transliterated(m.group(0), alphabet)[0], text)


def latin_word_to_cyrillic(word: str, alphabet: str = "2018") -> str:
    """One word in Latin letters spelled in Cyrillic as Kazakh of the
    ``alphabet`` ("2018" or "2021"), whatever the word looks like (where
    :func:`to_cyrillic` first asks whether a text is Kazakh at all)."""
    return _transliterate(word, _latin_table(alphabet))[0]


def to_cyrillic_with_offsets(text: str, *, alphabet: str | None = None) -> tuple[str, list[int] | None]:
    """:func:`to_cyrillic`, and for each character of its result the offset
    of the character of ``text`` it comes from, one more for the end (so a
    span ``a:b`` of the result is ``origin[a]:origin[b]`` of ``text``);
    ``None`` when the result has the length and offsets of ``text``."""
    if not isinstance(text, str) or not text:
        return (text if isinstance(text, str) else ""), None
    text = text.replace("\u0259", "ә").replace("\u018f", "Ә")
    if not _LATIN_WORD.search(text) or not is_latin_kazakh(text):
        return text, None
    alphabet = alphabet or latin_alphabet(text)
    out: list[str] = []
    origin: list[int] = []
    pos = 0
    for m in _LATIN_WORD.finditer(text):
        out.append(text[pos:m.start()])
        origin.extend(range(pos, m.start()))
        word, offsets = _transliterated(m.group(0), alphabet)
        out.append(word)
        origin.extend(m.start() + o for o in offsets)
        pos = m.end()
    out.append(text[pos:])
    origin.extend(range(pos, len(text)))
    origin.append(len(text))
    result = "".join(out)
    if len(result) == len(text):
        return result, None
    return result, origin


@functools.lru_cache(maxsize=8192)  # table headers and captions repeat
def matching_form(text: str) -> tuple[str, list[int] | None]:
    """The form vocabulary cues are matched in: Latin-script Kazakh in
    Cyrillic (:func:`to_cyrillic`), then :func:`fold`; with the offsets of
    :func:`to_cyrillic_with_offsets` (``None``: offsets are the source's)."""
    cyr, origin = to_cyrillic_with_offsets(text)
    return fold(cyr), origin


class SourceCuts:
    """A source text cut at the offsets of its Cyrillic reading
    (:func:`cyrillic_reading`): ``cuts[a:b]`` is the part of the source that
    ``reading[a:b]`` was read from."""

    __slots__ = ("text", "origin")

    def __init__(self, text: str, origin: list[int]):
        self.text, self.origin = text, origin

    def __getitem__(self, span: slice) -> str:
        a, b, _ = span.indices(len(self.origin) - 1)
        return self.text[self.origin[a]:self.origin[b]]

    def __len__(self) -> int:
        return len(self.origin) - 1


def cyrillic_reading(text: str) -> tuple[str, str | SourceCuts]:
    """A paragraph of Latin-script Kazakh read in Cyrillic as a whole
    (:func:`to_cyrillic`), so that every pattern written for Cyrillic prose
    (periods, dates, plans, units, ages, changes) reads it; and the source,
    to cut evidence and labels from at the reading's offsets (the text
    itself when the reading has its offsets: Cyrillic, Russian, English)."""
    reading, origin = to_cyrillic_with_offsets(text)
    return reading, (text if origin is None else SourceCuts(text, origin))


def find_in_matching_form(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    """The spans, in ``text``, of the matches of ``pattern`` in the
    :func:`matching_form` of ``text``: a cue regex written in folded
    Cyrillic finds "onyń ishinde" as it finds "оның ішінде"."""
    folded, origin = matching_form(text or "")
    if origin is None:
        return [(m.start(), m.end()) for m in pattern.finditer(folded)]
    return [(origin[m.start()], origin[m.end()]) for m in pattern.finditer(folded)]


#: Letters the Latin alphabets of Kazakh and the ways people type them
#: leave undecided (``i`` for і, и or й; ``y`` for ы in one alphabet and й
#: in the other; ``u`` for у or ұ): cue words and tokens are compared with
#: each group as one letter.  Each letter keeps its place, so offsets hold.
_LOOSE = str.maketrans("иійыұ", "ііііу")
_LOOSE_PAIRS = (("и", "і"), ("й", "і"), ("ы", "і"), ("ұ", "у"))


def loose(text: str) -> str:
    """``text`` (folded) with і и й ы as one letter and ұ as у: the form cue
    words and tokens are compared in, so that "Şyğaryldy", "Qor ainalymy"
    and "kelu jiiligi", whatever alphabet they were transliterated with,
    meet "шығарыл", "қор айналым" and "келу жиілі"."""
    for k, v in _LOOSE_PAIRS:  # as str.translate(_LOOSE), quicker: a letter replaced is never replaced again
        if k in text:
            text = text.replace(k, v)
    return text


# -- one plain Latin form ----------------------------------------------------------

#: Kazakh and Russian letters, and the letters of both Latin Kazakh alphabets, folded to one
#: plain Latin form (:func:`plain_latin`)
_PLAIN_CYR = {"а": "a", "ә": "a", "б": "b", "в": "v", "г": "g", "ғ": "g", "д": "d", "е": "e", "ё": "io",
             "ж": "j", "з": "z", "и": "i", "й": "i", "і": "i", "к": "k", "қ": "q", "л": "l", "м": "m",
             "н": "n", "ң": "n", "о": "o", "ө": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
             "ұ": "u", "ү": "u", "ф": "f", "х": "h", "һ": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sch",
             "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "iu", "я": "ia"}
_PLAIN_LAT = {"ä": "a", "á": "a", "ğ": "g", "ǵ": "g", "ñ": "n", "ń": "n", "ö": "o", "ó": "o", "ü": "u",
             "ú": "u", "ū": "u", "ý": "u", "ş": "sh", "ç": "ch", "ı": "i", "w": "u", "x": "h", "c": "ts"}
_PLAIN_LATIN = str.maketrans(_PLAIN_CYR | _PLAIN_LAT)


def plain_latin(text: str) -> str:
    """``text`` in one plain Latin form, lower case, punctuation (not
    dashes) as spaces: Kazakh and Russian Cyrillic romanized as typists
    write it (ц "ts", я "ia", ш "sh", қ "q") and the letters of both Latin
    Kazakh alphabets without their marks, so that "Акциялар", "Aktsiialar"
    and "Aksııalar" come close (for fuzzy matching of labels in Latin
    letters against a Cyrillic vocabulary)."""
    t = " ".join(re.sub(r"[^\w\s-]", " ", text.lower()).split())
    return t.translate(_PLAIN_LATIN)
