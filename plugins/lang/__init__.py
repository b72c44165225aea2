"""One home for language: everything that knows Kazakh or Russian text.

* :mod:`.alphabet` letters, character classes, look-alikes, the fold, Kazakh
  in the Latin alphabets of 2018 and 2021
* :mod:`.detect`   Kazakh or Russian?
* :mod:`.numbers`  numbers as reports write them
* :mod:`.dates`    months and dates
* :mod:`.periods`  report periods (years, half-years, quarters, nine months)
* :mod:`.plurals`  the singulars a plural name may stand for
* :mod:`.nlp`      the one spaCy loader, :func:`get_nlp`
* :mod:`.kk`       the Kazakh language for spaCy and its stop words

Nothing here is a plugin; every feature package imports from here.  Adding a
script or a language touches this package and the vocabularies only.
Importing this package does not import spaCy.
"""

from esep.plugins.lang.alphabet import (
    CYRILLIC_LETTERS,
    CYRILLIC_RE,
    CYRILLIC_TO_LATIN,
    DIGIT_LOOKALIKES,
    HOMOGLYPHS,
    KAZAKH_LETTERS,
    KAZAKH_TO_RUSSIAN,
    KAZAKH_UPPER,
    LETTERS,
    LIST_NUMBER_LOOKALIKES,
    LOST_KAZAKH,
    LOWER,
    OCR_CONFUSIONS,
    RUSSIAN_LETTERS,
    SMALL_CAPITALS,
    UPPER,
    compare_key,
    fold,
    fold_russian,
    is_latin_kazakh,
    is_latin_kazakh_word,
    latin_alphabet,
    mixed_script_to_latin,
    normalize,
    russian_letters,
    to_cyrillic,
)
from esep.plugins.lang.dates import MONTH_NUMBERS, MONTHS_KK, MONTHS_RU_GEN, MONTHS_RU_NOM, month_number
from esep.plugins.lang.detect import (detect_language, has_kazakh_letter, kazakh_in_russian_letters,
                                      typed_without_kazakh_letters)
from esep.plugins.lang.nlp import get_nlp
from esep.plugins.lang.numbers import NumberMatch, find_numbers, find_partitive_numbers, parse_number

__all__ = [
    "CYRILLIC_LETTERS", "CYRILLIC_RE", "CYRILLIC_TO_LATIN", "DIGIT_LOOKALIKES", "HOMOGLYPHS",
    "KAZAKH_LETTERS", "KAZAKH_TO_RUSSIAN", "KAZAKH_UPPER", "LETTERS", "LIST_NUMBER_LOOKALIKES",
    "LOST_KAZAKH", "LOWER", "OCR_CONFUSIONS", "RUSSIAN_LETTERS", "SMALL_CAPITALS", "UPPER",
    "compare_key", "fold", "fold_russian", "is_latin_kazakh", "is_latin_kazakh_word", "latin_alphabet",
    "mixed_script_to_latin", "normalize", "russian_letters", "to_cyrillic",
    "MONTH_NUMBERS", "MONTHS_KK", "MONTHS_RU_GEN", "MONTHS_RU_NOM", "month_number",
    "detect_language", "has_kazakh_letter", "kazakh_in_russian_letters", "typed_without_kazakh_letters", "get_nlp",
    "NumberMatch", "find_numbers", "find_partitive_numbers", "parse_number",
]
