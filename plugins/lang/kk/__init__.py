"""Kazakh for spaCy, and one shared place to get a spaCy pipeline.

spaCy ships no Kazakh (``spacy.blank("kk")`` raises), so esep provides one,
built the way ``spacy/lang/tt`` (Tatar) is built: a :class:`Kazakh`
``Language`` subclass with stop words (:mod:`esep.plugins.lang.kk.stop_words`),
``like_num`` for digits and Kazakh number words, and a tokenizer that knows
the abbreviations and marks of activity reports:

* abbreviations with dots stay whole: ``ж.``, ``жж.``, ``т.б.``, ``т.с.с.``,
  ``с.і.``, ``б.``, initials ``Н.Ә.``; ``ж/ж`` (half-year) stays whole;
* branch and number marks stay whole: ``Ф№3``, ``ф№2``, ``№1``, ``№13-14``;
  ``№3фил`` becomes ``№3`` + ``фил``;
* numbers: ``3316,8`` and ranges ``9-11`` are one token, and so are dates
  ``2018.07.01.`` (the last dot is the Kazakh ordinal dot);
* hyphenated Kazakh words stay whole, as in Tatar (``іс-шара``,
  ``кітапхана-филиалы``, ``1-ші``, ``10-ы``), except a case ending after an
  upper-case abbreviation: ``КММ-нің`` becomes ``КММ`` + ``-нің``;
* guillemets ``«»`` are always split off.

spaCy's character classes lack ``ғ қ ұ`` (they cover the Tatar letters
only), so the punctuation rules here use classes extended with all Kazakh
letters.

Importing this module registers the language, so ``spacy.blank("kk")``
works; the ``spacy_languages`` entry point does the same without the import.
:func:`get_nlp` (from :mod:`esep.plugins.lang.nlp`) hands out one cached
pipeline per language and :func:`detect_language` (from
:mod:`esep.plugins.lang.detect`) tells Kazakh from Russian text.  This module has no
pluggy hooks and is not in ``DEFAULT_PLUGINS``.
"""

from __future__ import annotations

import re

import spacy
from spacy.attrs import LIKE_NUM
from spacy.lang.char_classes import (
    ALPHA,
    ALPHA_LOWER,
    ALPHA_UPPER,
    CONCAT_QUOTES,
    CURRENCY,
    LIST_CURRENCY,
    LIST_ELLIPSES,
    LIST_ICONS,
    LIST_PUNCT,
    LIST_QUOTES,
    PUNCT,
    UNITS,
)
from spacy.lang.tokenizer_exceptions import BASE_EXCEPTIONS
from spacy.language import BaseDefaults, Language
from spacy.symbols import NORM, ORTH
from spacy.util import update_exc

from esep.plugins.lang.alphabet import KAZAKH_LETTERS, KAZAKH_UPPER
from esep.plugins.lang.kk.stop_words import STOP_WORDS

__all__ = [
    "Kazakh", "KazakhDefaults", "STOP_WORDS", "KAZAKH_LETTERS", "like_num",
    "get_nlp", "detect_language",
]


# spaCy's classes with every Kazakh letter added (ғ қ ұ are missing there).
ALPHA_KK = ALPHA + KAZAKH_LETTERS + KAZAKH_UPPER
ALPHA_LOWER_KK = ALPHA_LOWER + KAZAKH_LETTERS
ALPHA_UPPER_KK = ALPHA_UPPER + KAZAKH_UPPER

# ---------------------------------------------------------------- punctuation

_ICONS = LIST_ICONS[0]  # one character class of symbols; it includes "№"
_NUMBER_SIGN = "№"

TOKENIZER_PREFIXES = [
    "§", "%", "=", "—", "–", r"\+(?![0-9])",
    *LIST_PUNCT, *LIST_ELLIPSES, *LIST_QUOTES, *LIST_CURRENCY,
    # a number sign followed by digits is part of the mark (№1, №3фил)
    rf"(?!{_NUMBER_SIGN}[0-9]){_ICONS}",
]

TOKENIZER_SUFFIXES = [
    *LIST_PUNCT, *LIST_ELLIPSES, *LIST_QUOTES, *LIST_ICONS, "—", "–",
    r"(?<=[0-9])\+",
    r"(?<=°[FfCcKk])\.",
    rf"(?<=[0-9])(?:{CURRENCY})",
    rf"(?<=[0-9])(?:{UNITS})",
    rf"(?<=[0-9{ALPHA_LOWER_KK}%²\-\+{PUNCT}(?:{CONCAT_QUOTES})])\.",
    rf"(?<=[{ALPHA_UPPER_KK}][{ALPHA_UPPER_KK}])\.",
    # a case ending after an abbreviation: КММ-нің, ҚР-дың, ОҚК-да
    rf"(?<=[{ALPHA_UPPER_KK}][{ALPHA_UPPER_KK}])-[{ALPHA_LOWER_KK}]+",
    # "филиал" glued to a branch number: №3фил, №4фил.
    r"(?<=[0-9])(?:филиал|фил)\.?",
    # "жыл" glued to a year: 2018ж.
    r"(?<=[0-9])(?:жж|ж)\.",
    # a dash glued to a dot or comma: "1983.- 185 б."
    r"(?<=[.,])[-–—]",
]

TOKENIZER_INFIXES = [
    *LIST_ELLIPSES,
    rf"(?!{_NUMBER_SIGN}){_ICONS}",
    # arithmetic between digits; a hyphen between digits is a range (9-11)
    r"(?<=[0-9])[+*^](?=[0-9-])",
    rf"(?<=[{ALPHA_LOWER_KK}{CONCAT_QUOTES}])\.(?=[{ALPHA_UPPER_KK}{CONCAT_QUOTES}])",
    rf"(?<=[{ALPHA_KK}]),(?=[{ALPHA_KK}])",
    # dashes between letters split; the hyphen joins Kazakh compounds
    rf"(?<=[{ALPHA_KK}])(?:–|—|--|~)(?=[{ALPHA_KK}])",
    rf"(?<=[{ALPHA_KK}0-9])[:<>=/](?=[{ALPHA_KK}])",
    # an opening bracket glued to the word before: қаңтар(№7-8)
    rf"(?<=[{ALPHA_KK}])[(\[](?=[{ALPHA_KK}0-9{_NUMBER_SIGN}])",
    "[«»“”„]",
    # an acronym glued to the word before it: атындағыОҚК
    rf"(?<=[{ALPHA_LOWER_KK}]{{3}})(?=[{ALPHA_UPPER_KK}]{{2}})",
]

# Whole strings that are one token whatever the rules above would do.  A
# bound ``match`` of a regex with inline flags, so the tokenizer can save it.
TOKEN_MATCH = re.compile(
    rf"""(?x)(?:
      (?:[{ALPHA_KK}]{{1,3}})?{_NUMBER_SIGN}[0-9]+(?:[-–/][0-9]+)*   # Ф№3, №1, №13-14
    | [0-9]{{4}}\.[0-9]{{1,2}}\.[0-9]{{1,2}}\.?                      # 2018.07.01.
    | [0-9]{{1,2}}\.[0-9]{{1,2}}\.[0-9]{{4}}\.?                      # 01.07.2018
    )\Z"""
).match


# ------------------------------------------------------- tokenizer exceptions

# (spelling, norm): abbreviations of the reports.  Lower-case ones of more than
# one letter get capitalised variants too (С.і., Т.б.; not Ж. or Б., which are
# initials), and every one its Latin-i spelling (с.i.).
_ABBREVIATIONS = [
    ("ж.", "жыл"),
    ("жж.", "жылдар"),
    ("ж/ж", "жарты жылдық"),
    ("т.б.", "тағы басқа"),
    ("т.с.с.", "тағы сол сияқты"),
    ("т.с.", "тағы сол"),
    ("с.і.", "соның ішінде"),
    ("б.", "бет"),
    ("бб.", "беттер"),
    ("ғ.", "ғасыр"),
    ("ғғ.", "ғасырлар"),
    ("қ.", "қаласы"),
    ("обл.", "облысы"),
    ("ауд.", "ауданы"),
    ("көш.", "көшесі"),
    ("мыс.", "мысалы"),
    ("құраст.", "құрастырушы"),
    ("ред.", "редактор"),
    ("сағ.", "сағат"),
    ("мин.", "минут"),
    ("тг", "теңге"),
    ("тг.", "теңге"),
    ("млн", "миллион"),
    ("млн.", "миллион"),
    ("млрд", "миллиард"),
    ("млрд.", "миллиард"),
    ("им.", "имени"),
]

# Upper-case abbreviations; the norm is the expansion where it is certain.
_ACRONYMS = [
    ("ОҚК", "орталық қалалық кітапхана"),
    ("ОҚБК", "орталық қалалық балалар кітапханасы"),
    ("ОКЖ", "орталықтандырылған кітапхана жүйесі"),
    ("ОЖК", "облыстық жасөспірімдер кітапханасы"),
    ("ЖББ", "жалпы білім беретін"),
    ("ЖББОМ", "жалпы білім беретін орта мектеп"),
    ("ҚР", "Қазақстан Республикасы"),
    ("КММ", "коммуналдық мемлекеттік мекеме"),
    ("ММ", "мемлекеттік мекеме"),
    ("ЖШС", "жауапкершілігі шектеулі серіктестік"),
    ("БАҚ", "бұқаралық ақпарат құралдары"),
    ("ҰОС", "Ұлы Отан соғысы"),
    ("ЖОО", "жоғары оқу орны"),
]


def _tokenizer_exceptions() -> dict:
    exc: dict = {}
    for orth, norm in _ABBREVIATIONS:
        spellings = {orth, orth.replace("і", "i"), orth.replace("І", "I")}
        if orth[0].islower() and sum(c.isalpha() for c in orth) > 1:
            spellings.add(orth[0].upper() + orth[1:])
            spellings.add((orth[0].upper() + orth[1:]).replace("і", "i"))
            spellings.add(orth.upper())
        for spelling in spellings:
            exc[spelling] = [{ORTH: spelling, NORM: norm}]
    for orth, norm in _ACRONYMS:
        exc[orth] = [{ORTH: orth, NORM: norm}]
    return update_exc(BASE_EXCEPTIONS, exc)


TOKENIZER_EXCEPTIONS = _tokenizer_exceptions()

# ------------------------------------------------------------------- numbers

_UNITS = ["бір", "екі", "үш", "төрт", "бес", "алты", "жеті", "сегіз", "тоғыз"]
_TENS = ["он", "жиырма", "отыз", "қырық", "қырқ", "елу", "алпыс", "жетпіс",
         "сексен", "тоқсан"]
_BIG = ["жүз", "мың", "миллион", "миллиард", "триллион", "нөл", "нөль"]
# Stems whose possessive forms mean something else far more often:
# жүзі "its face", жер жүзінде "worldwide"; тоқсаны "its quarter (of a year)".
_NO_POSSESSIVE = ("жүз", "тоқсан")

NUM_WORDS = frozenset(_UNITS + _TENS + _BIG) - {"қырқ"}

_ORD = r"(?:сыншы|сынші|ыншы|інші|ншы|нші|шы|ші)"
_POSS = r"(?:сы|сі|ы|і)"
_AFTER_POSS = r"(?:ның|нің|ндағы|ндегі|нда|нде|нан|нен|мен|на|не|н)"
_CASE = (r"(?:ның|нің|дың|дің|тың|тің|ны|ні|ды|ді|ты|ті|ға|ге|қа|ке|а|е"
         r"|дағы|дегі|тағы|тегі|да|де|та|те|дан|ден|тан|тен|нан|нен"
         r"|мен|бен|пен|дай|дей|тай|тей)")
_PLURAL = r"(?:лар|лер|дар|дер|тар|тер)"
_APPROX = r"(?:даған|деген|таған|теген|лаған|леген|шақты)"
# collective numerals: екеу "the two of", бесеуі "the five of them"
_COLLECTIVE = r"(?:екеу|үшеу|төртеу|бесеу|алтау|жетеу|сегізеу|тоғызау)"
# Endings written after a hyphen on digits: 1-ші, 3-інші, 10-ы, 200-ден;
# and the Russian ones met in the same reports: 1-й, 2-го, 90-х.
_DIGIT_ENDING = re.compile(
    rf"""(?:
        {_ORD}(?:{_PLURAL})?(?:{_POSS}{_AFTER_POSS}?|{_CASE})?
      | {_PLURAL}(?:{_POSS}{_AFTER_POSS}?|{_CASE})?
      | {_POSS}{_AFTER_POSS}?
      | {_CASE}
      | й|я|е|го|ому|му|м|х|ый|ий|ой|ая|ое|ые|ых|ым|ом|ю|ти|ми
    )""",
    re.VERBOSE,
)
_stem = "|".join(sorted(_UNITS + _TENS + _BIG, key=len, reverse=True))
_tens = "|".join(sorted(_TENS, key=len, reverse=True))
_WORD_NUMBER = re.compile(
    rf"""{_COLLECTIVE}(?:{_POSS}{_AFTER_POSS}?|{_CASE})?
    | (?P<stem>(?:{_tens})?(?:{_stem}))
    (?P<ending>
        {_ORD}(?:{_PLURAL})?(?:{_POSS}{_AFTER_POSS}?|{_CASE})?
      | {_APPROX}
      | (?P<poss>{_POSS}{_AFTER_POSS}?)
      | {_CASE}
    )?""",
    re.VERBOSE,
)
_SIGNS = "+-−±~"
_HYPHEN = "-‐‑–"
_DIGITS = re.compile(
    r"""[0-9]+(?:[.,][0-9]+)?
      | [0-9]{1,3}(?:[\u00a0\u202f ][0-9]{3})+(?:,[0-9]+)?
      | [0-9]{1,3}(?:\.[0-9]{3})+(?:,[0-9]+)?
      | [0-9]+/[0-9]+""",
    re.VERBOSE,
)
_ROMAN = re.compile(r"(?=[XVI])X{0,3}(?:IX|IV|V?I{0,3})")  # I to XXXIX


def _is_digits(text: str) -> bool:
    return _DIGITS.fullmatch(text) is not None


def _is_word_number(text: str) -> bool:
    match = _WORD_NUMBER.fullmatch(text)
    if match is None:
        return False
    stem = match["stem"] or ""
    if match["poss"] and stem.endswith(_NO_POSSESSIVE):
        return False
    return not (stem.endswith("қырқ") and not match["ending"])  # қырқ- only inflected


def like_num(text: str) -> bool:
    """Whether ``text`` looks like a number.

    Digits (``12``, ``3316,8``, ``1 500``, ``1/2``), ranges (``9-11``),
    digits with a Kazakh ending after a hyphen (``1-ші``, ``3-інші``,
    ``10-ы``, ``200-ден``), Kazakh number words and their ordinal and
    inflected forms (``бес``, ``мың``, ``бірінші``, ``екіншісі``,
    ``жүзден``, ``мыңдаған``), and upper-case Roman numerals up to XXXIX
    (``IV``, ``ІІ`` with Cyrillic І).  Dates such as ``2018.07.01`` are not numbers.
    """
    if not text:
        return False
    if text[0] in _SIGNS and len(text) > 1:
        text = text[1:]
    if _is_digits(text):
        return True
    for hyphen in _HYPHEN:
        if hyphen in text:
            head, _, tail = text.partition(hyphen)
            if not _is_digits(head):
                return False
            ending = tail.lower().replace("i", "і")
            return _is_digits(tail) or _DIGIT_ENDING.fullmatch(ending) is not None
    if text.isupper() and _ROMAN.fullmatch(text.replace("І", "I").replace("Х", "X")):
        return True
    lower = text.lower().replace("i", "і")
    if lower in NUM_WORDS:
        return True
    if lower in STOP_WORDS:  # оны, онда, бірге, үшін: pronouns and postpositions
        return False
    return _is_word_number(lower)


# ------------------------------------------------------------------ language

class KazakhDefaults(BaseDefaults):
    tokenizer_exceptions = TOKENIZER_EXCEPTIONS
    prefixes = TOKENIZER_PREFIXES
    suffixes = TOKENIZER_SUFFIXES
    infixes = TOKENIZER_INFIXES
    token_match = TOKEN_MATCH
    lex_attr_getters = {LIKE_NUM: like_num}
    stop_words = STOP_WORDS


@spacy.registry.languages("kk")
class Kazakh(Language):
    """Kazakh, a blank language: tokenizer, stop words and ``like_num``."""

    lang = "kk"
    Defaults = KazakhDefaults


# ------------------------------------------------------------ shared access

from esep.plugins.lang.detect import detect_language  # noqa: E402  (re-exported)
from esep.plugins.lang.nlp import get_nlp  # noqa: E402  (re-exported)
