"""OCR-noise repair: a normalizer that mends what OCR does to Kazakh and
Russian text before any extractor reads it.

It runs (``prepare_document``) on documents whose text came from OCR
(``metadata["ocr"]`` is ``tesseract`` or ``text_layer``, as the ``ocr``
plugin sets it, and the text loader for a plain text whose words show OCR
damage, see :mod:`esep.plugins.text.ocr_signs`); ``--set ocr_repair=always``
applies it to every document, ``--set ocr_repair=off`` to none.  Blocks and table cells are repaired; the
text before repair is kept in ``Block.original`` / ``Cell.original``, and
every change is recorded in the ``ocr_repairs`` table (document, block or
table and cell, before, after, rule).

Rules, in the order they are applied to each text:

``digits``
    letters read for digits inside a number: О/о/O/o→0, З/з→3, б→6, l/I/|→1
    (``2О18`` → ``2018``); a token is a number when it holds a digit and
    only such look-alikes besides, fewer of them than digits unless it is
    the group of three after a figure's thousands ("86 4ОО"); the day 1
    of a date read as І, I, l or | before a month's name ("І қаңтардағы",
    "на I января"); the leading 1 of a thousands figure read as a lone І,
    I or l ("Выбыло І 120 экз."), and of an amount in thousands or millions
    with its decimals ("на комплектование – І 205,4 тыс. руб.").
``sentence_join`` (first, on the document's blocks)
    a block that ends inside a sentence and the next block that goes on
    with it (lower case, a closing bracket, or a thousands group after a
    figure), cut apart by an OCR line or page break, as one block
    (:func:`_join_broken_sentences`); so is a paragraph of running text
    that stops on a word in lower case and a short paragraph of one
    sentence's end that begins with a capital or a bracket (a name:
    "… 22 кітапхана" / "Интернетке қосылған.", :func:`_capital_tail`);
    ``bullet``: list bullets read as "е" or "“" (:func:`_bullets`).
``footnote`` (on the document's blocks)
    footnotes at a page's foot read as paragraphs "2 Из них …": their
    numbers go, and so do their marks read as a digit glued to a figure's
    last group ("168 9002," -> "168 900,") or to a full stop ("экз.3 За
    год"), when two of them or more, numbered in order, stand in the lowest
    quarter of their pages (:func:`_footnotes`).
``stray_bar``
    a vertical bar stuck to a number ("|7649") or standing alone in a line:
    a table rule or the edge of the page read as text; in a table cell, a
    bar glued to a letter at its start (the cell's left rule: "|І
    полугодие").
``roman``
    a Roman numeral before a quarter or half-year word (квартал, кв.,
    тоқсан, полугодие, полуг., пол., половина, жарты жыл, ж/ж) as
    Tesseract's Kazakh and Russian models read it: II as "П", III as "Ш"
    or "ПІ", IV as "ІУ", "ТУ", "ГУ" or "ІМ", I as "Г", "ІГ" or a lone "|";
    before a Kazakh period word, II as "И"; a numeral glued to its period
    word gets its space ("Ікв." → "І кв.")
    ("за П квартал" → "за II квартал", "за | квартал" → "за I квартал");
    a bar glued to I ("|І") stays in running text (a stroke or a rule);
    in a header row of quarters, a doubtful "ПІ" takes its place in the
    order I, II, III, IV (:func:`_quarters_in_order`).
``plus``
    a plus sign read as two hyphens before a figure ("--132" → "+132",
    "--/-" → "+/-").
``numero``
    the sign № read as "Хо", "Х2", "Ме", "No", "Ne" or "N2" before a number
    (or alone, as a column heading).
``page_mark``
    the Kazakh page mark "б." read as the digit 6 at the end of an entry
    ("– 4 6." → "– 4 б."); in Kazakh text of a document whose entries end
    in "N б." (three at least), also with the space lost ("– 86" → "– 8 б").
``homoglyph``
    a word mixing Cyrillic and Latin letters takes the script of most of its
    letters: Latin a e o p c x y i I ... become Cyrillic а е о р с х у і І
    (and the other way in a Latin word); Latin ə (U+0259) becomes ә.
``kazakh_letter``
    a Cyrillic word that neither the Kazakh nor the Russian Hunspell
    dictionary knows, in which putting back Kazakh letters lost to
    look-alikes (і read as i, l, ! or 1; ә as а or э; ө as о or е; ү and ұ
    as у; қ as к; ң as н; ғ as г; һ as h) gives a word the dictionaries know
    or that the same document spells that way more often (a name, an
    inflected form the dictionary lacks), or, in Kazakh text, a word of
    the indicators' labels (``schemas/metrics.json``: "Сайтка кірулер" ->
    "Сайтқа кірулер", a loan word's case form no dictionary holds) or of
    a period ("жартыжылдык" -> "жартыжылдық"; :func:`label_word`).  A capital І read as a bracket or a bar glued to
    its word ("[с-шаралар" -> "Іс-шаралар") in Kazakh text, when the
    dictionaries know the word with І and not the letters alone.  A token with a digit inside
    ("к1тап") is no dictionary word; in Kazakh text a 1 among letters that
    nothing else explains is і ("жи1лігі" → "жиілігі").  In a document with hardly any
    Kazakh (words with a Kazakh letter under a tenth of its words: a
    Russian or Kyrgyz report) the dictionary alone does not put a Kazakh
    letter in ("Ысык-Ата" stays); the document must spell the word so.
``language_name``
    a word before "тілі", "тілінде" whose lost Kazakh letters put back give
    a language's Kazakh name ("Казак тілінде" -> "Қазақ тілінде"; "казак"
    is a word of both dictionaries, so ``kazakh_letter`` leaves it).
``spacing``
    "вт.ч." -> "в т.ч.", "втом числе" -> "в том числе"; a dash before a
    figure glued to the word before it: "келуі- 8,1", "келуі-8,1" ->
    "келуі - 8,1" (a word in lower case; glued to both only before a
    decimal: "Балқаш-1", "кітапхана-2", "оқу-2023" stay).
``network_name``
    a social network's Latin name read in Cyrillic letters ("Іпвіадгат" ->
    "Instagram", "ҮойТире" -> "YouTube"; :func:`network_name`); a portal's
    address so read ("едоу.К2" -> "egov.kz"; :func:`site_name`).
``kazakh_letter`` after a figure
    in Kazakh text, the possessive "-і" after a figure read as "-1" ("оның
    78-1 кітапханашы" -> "78-і"), for the numbers whose Kazakh word takes
    "-і" (:func:`possessive_i`).
``stray_mark``
    a table's top left cell of one character ("6") over a column of labels:
    emptied (:func:`_corner_mark`); a figure in a column of figures with
    marks around it that are no text, a stamp's ring or a signature read
    as punctuation and lone letters ("48 ре Ж", "\\4460"): the figure
    alone (:func:`_column_numbers`).
``split_word``
    a word of a table cell cut by a space ("жоспа р" -> "жоспар"), when the
    dictionaries know the whole and not both parts; in a header of three
    lines or more each pair is tried ("Балалар кітапханас ы" ->
    "Балалар кітапханасы").
``final_i``
    "көрмес 1-шолу", a cell "түрлер 1": a Kazakh word's last і read as a
    figure set apart (the dictionaries know the word with і, not without).
``final_o``
    a table cell "Итог 0", "Всег0": the total row's label whose last о was
    read as a figure ("Итого", "Всего").
``russian_letter``
    the same for the Russian щ, which OCR reads as ш ("посешений" →
    "посещений", "обрашаемость" → "обращаемость").
``vocabulary``
    a word no dictionary knows, one or two letters away from a word the
    document writes at least three times as often ("Прибалхаттье" among
    many "Прибалхашье"), beginning and ending with the same two letters
    (three at the end in Kazakh text), so that an inflected or derived form
    ("Сейфуллина", "Қазақстан") is not taken for another.
``latin_letter``
    Kazakh in Latin letters read by Tesseract's English model, which has
    none of the marks of the Kazakh Latin alphabets (ǵ ń ó ú ý ı á; ğ ñ ö ü
    ū ş ç ä): in a word the Kazakh dictionary does not know in Cyrillic,
    the marks put back (and ó read as "é" or "6", q read as "g") as far as
    that gives a word it knows, with the fewest letters changed
    ("aydandyq" → "aýdandyq", "6tken" → "ótken", "gory" → "qory"); in a
    report mostly in Latin letters, "2018]." → "2018j." (jyl, the year).
``number_space``
    a number split by spaces: "314 760" → "314760" (groups of three digits);
    "3485, 4 мың" → "3485,4 мың" (a decimal comma before a unit word); a
    table cell "2611 045" or "5 870210" (one thousands space lost) in a
    column of figures (:func:`_column_numbers`); a run that cannot be one
    figure stays (:func:`one_figure`).
``glued``
    words glued across a lost space ("шараларсаны" → "шаралар саны",
    "накомплектование" → "на комплектование", "изданий.Выбыло" →
    "изданий. Выбыло"), when certain (:meth:`Repairer._glued_splits`).
``decimal_mark``
    a table cell "1:5" in a column or row of decimals: "1,5".
``list_number``
    a numbered entry whose number OCR garbled ("15, Каукербекова,Г. ...")
    between list items 14 and 16 is list item 15 again, with the lines of
    its sentence that the loader left as paragraphs (see ``_list_numbers``);
    so is an entry whose number OCR read as another number ("49," or "97."
    between items 28 and 30, 56 and 58; a list's first item read "2."
    before its item 2).
``hyphen``
    a word hyphenated across a line end: "кітап- хана" (the break kept as
    a space) when the dictionaries know the joined word; "кітап-хана" only
    when the document also writes it whole (compounds such as "ой-талқы"
    stay).

The dictionaries are Debian's ``hunspell-kk`` and ``hunspell-ru``, read
through the ``hunspell`` program (one call per document for all its words:
loading them into spylls takes many seconds per process); without them the
``kazakh_letter`` and ``hyphen`` rules only use the document's own words.
``--set hunspell_dicts=/path/kk_KZ,/path/ru_RU`` chooses other dictionaries.
"""

from __future__ import annotations

import atexit
import functools
import logging
import os
import re
import select
import shutil
import subprocess
import threading
import time
import unicodedata
from collections import Counter
from dataclasses import dataclass
from itertools import combinations, product
from typing import Iterable

from esep import hookimpl
from esep.model import Document, Record
from esep.plugins.lang.alphabet import (
    CYRILLIC_TO_LATIN, DIGIT_LOOKALIKES, HOMOGLYPHS, KAZAKH_LETTERS, KAZAKH_UPPER, LANGUAGE_NAMES_KK, LATIN_2018_LETTERS,
    KAZAKH_TO_RUSSIAN, LATIN_2021_LETTERS, LATIN_SHAPES, LIST_NUMBER_LOOKALIKES, LOST_KAZAKH, LOWER, NETWORK_NAMES, OCR_CONFUSIONS,
    RUSSIAN_PREPOSITIONS, SITE_NAMES, UPPER, is_latin_kazakh,
    latin_alphabet, latin_word_to_cyrillic, russian_letters,
)
from esep.plugins.lang.dates import MONTHS_KK, MONTHS_RU_GEN
from esep.plugins.lang.detect import REPORT_WORDS, russian_evidence, typed_without_kazakh_letters
from esep.registry import Config, Extractor

log = logging.getLogger(__name__)

OCR_SOURCES = ("tesseract", "text_layer")
DICT_DIRS = ("/usr/share/hunspell", "/usr/share/myspell/dicts", "/usr/share/myspell")
DICT_NAMES = ("kk_KZ", "ru_RU")
PACKAGES = "hunspell hunspell-kk hunspell-ru"

_LAT2CYR = HOMOGLYPHS
_CYR2LAT = CYRILLIC_TO_LATIN
# what OCR reads in place of a Kazakh letter -> the letters it may stand for
# ... and the Russian letter OCR loses the same way: щ read as ш ("посешений", "обрашаемость")
_LOST_RUSSIAN = {"ш": "щ", "Ш": "Щ"}
_LOST = LOST_KAZAKH | _LOST_RUSSIAN
_DIGIT_LOOKALIKE = DIGIT_LOOKALIKES
_KAZAKH = set(KAZAKH_LETTERS + KAZAKH_UPPER)
_MAX_POSITIONS = 8  # look-alike letters in a word considered for kazakh_letter
_MAX_SUBS = 3  # letters changed at most
#: the Russian letters a typist puts for the Kazakh ones where the font lacks them (и for і, к for қ)
_TYPED_FOR_KAZAKH: dict[str, str] = {}
for _k, _r in KAZAKH_TO_RUSSIAN.items():
    _TYPED_FOR_KAZAKH[_r] = _TYPED_FOR_KAZAKH.get(_r, "") + _k
_KAZAKH_DOC_SHARE = 0.1  # words with a Kazakh letter, of a document written (partly) in Kazakh

_TOKEN = re.compile(r"(?:[\w\u0259\u018f]|(?<=\w)[!|](?=\w))+(?:[.,]\d+)*", re.UNICODE)
#: the digit 1 with letters on both sides, or at a word's end after three letters ("жи1лігі", "отт1")
_ONE_INSIDE = re.compile(r"(?<=[^\W\d_])1(?=[^\W\d_])|(?<=[^\W\d_]{3})1$")
_NUMBER_SPACE = re.compile(r"(?<![\d.,№])(?<!№ )(\d{1,3})((?:[ \u00a0\u202f]\d{3})+)(?![\d])")
_DECIMAL_SPACE = re.compile(
    r"(?<![\d.,])(\d+),[ \u00a0](\d{1,2})(?=\s*(?:мың|млн|млрд|тыс|теңге|тенге|тг|руб|%))", re.I)
_NUMERO = re.compile(r"(?<![\w№])(?:Хо|Х2|Ме|N[eоo2]|Ne)(?=\s?\d|$)")
_STRAY_BAR = re.compile(r"(?<![^\s(])[|¦](?=\d)|(?<=\d)[|¦](?![^\s).,;])|(?<=\S) [|¦](?= |$)")
_PAGE_MARK = re.compile(r"(?<=\d )6(?=\.?\s*$)")
_PAGE_MARK_JOINED = re.compile(r"(?<=[–—-] )(\d{1,2})6(?=\.?\s*$)")
_WORD = re.compile(r"[^\W\d_]+")
#: a sentence's full stop with the space after it lost: "изданий.Выбыло" (both words of the dictionaries;
#: "г.Алматы", "им.Абая" are abbreviations, which no dictionary holds as words of four letters or more)
_GLUED_SENTENCE = re.compile(rf"(?<![\w.])([{LOWER}]{{4,}})\.([{UPPER}][{LOWER}]{{2,}})(?![\w.])")
#: the thousands of a figure right before a token: "86 " of "86 4ОО"
_GROUP_BEFORE = re.compile(r"(?<![\d.,])\d{1,3}[ \u00a0\u202f]$")
# A Roman numeral before a quarter or half-year word, as Tesseract's Kazakh and Russian models
# read it in serif and sans fonts (measured on rendered lines, docs/ocr.md): II as "П", III as
# "Ш" or "ПІ", IV as "ІУ", "ТУ", "ГУ" or "ІМ", I with a stray stroke as "ІГ".  "І", "ІІ" and
# "ІV" need nothing (the period reader takes the Cyrillic І for the Roman I); "|" and "И" stay,
# being read for I and II alike or being a word; but before a Kazakh period word, where "и" is
# no word, "И" is II, its two strokes joined by the blur of a grey scan.
_STROKES = str.maketrans(dict.fromkeys("ІIl1|[", "I"))
_ROMAN_MISREAD = {"I": "I", "II": "II", "III": "III", "Г": "I", "IГ": "I", "П": "II", "Ш": "III", "ШI": "III",
                  "ПI": "III", "IП": "III", "IУ": "IV", "IМ": "IV", "ТУ": "IV", "ГУ": "IV", "ТV": "IV",
                  "ГV": "IV", "IV": "IV", "М": "IV"}
_ROMAN_DOUBTFUL = {"ПI", "IП"}  # III in plain type, II in bold: decided per document
_PERIOD_WORD = r"(?:квартал|кв\.|то[қк]сан|полугод|полуг\.|пол\.|п/г|жарты|ж/ж|ж\.ж|половин)"
_ROMAN_SLOT = re.compile(r"(?:^|(?<=[\s(])|(?<=[жЖгГ]\.))(\S{1,3}?)(?=\s?" + _PERIOD_WORD + ")", re.I)
# a lone bar before the word of a period part ("за | квартал 2023 г.") is the numeral I, one stroke:
# II comes out as two strokes or "П"; removed as a stray rule, it took the report's quarter away
# a Roman numeral glued to its period word ("Ікв.", "IIквартал"): the narrow gap lost
_GLUED_NUMERAL = re.compile(r"(?:^|(?<=[\s(]))(?:[IІ]{1,3}|I?V|І?V)(?=" + _PERIOD_WORD + ")", re.I)
_KAZAKH_II = re.compile(r"(?:^|(?<=[\s(]))[Ии](?=\s?(?:то[қк]сан|жарты|ж/ж|ж\.ж))")
_BAR_NUMERAL = re.compile(r"(?:^|(?<=\s))[|¦](?=\s" + _PERIOD_WORD + ")", re.I)
# a bar at the start of a table cell, glued to a letter: the cell's left rule ("|І полугодие")
_CELL_RULE = re.compile(r"^[|¦](?=[^\W\d_])")
# "2018 j." (jyl, the year) with its j read as a bracket, as OCR does: "2018].", "2019}."
_LATIN_YEAR_MARK = re.compile(r"(?<=(?<!\d)(?:19|20)\d\d)[\]}](?=\.)|(?<=(?<!\d)(?:19|20)\d\d )[\]}](?=\.)")
_CAPITALISED = re.compile(rf"(?<![\w-])[{UPPER}][{UPPER}{LOWER}]{{4,9}}(?![\w])")
# two runs of letters with one space or line break between them, for "жоспа р" -> "жоспар"; the second
# run is looked ahead at, so that it may be the first of the next pair ("Балалар кітапханас ы")
_WORD_PAIR = re.compile(rf"(?<![\w-])([{UPPER}{LOWER}]+)([ \n])(?=([{LOWER}]+)(?![\w-]))")
# a capital І read as a bracket or a bar glued to the rest of its word: "[с-шаралар", "|шкі"
_BRACKET_I = re.compile(rf"(?<![\w\[|(])[\[|](?=([{LOWER}]+)((?:-[{LOWER}]+)*)(?![\w.\]-]))")
# a word whose last і OCR read as a figure set apart: "көрмес 1-шолу", a cell "түрлер 1"
_FINAL_I = re.compile(rf"(?<![\w-])([{UPPER}{LOWER}]{{3,}})[ \n]1(?=-[{UPPER}{LOWER}]|\s*$)")
_FINAL_O = re.compile(rf"([{UPPER}{LOWER}]{{3,}})[ \n]?0")
# a word before "тілі", "тілінде", "тілдегі": the name of a language
_LANGUAGE_SLOT = re.compile(rf"(?<![{UPPER}{LOWER}])([{UPPER}{LOWER}]{{4,11}})(?=\s+[тТ][іI][лЛ])")
# "в т.ч.", "в том числе" with the space after "в" lost
_IN_THAT_NUMBER = re.compile(r"(?<![\w.])([вВ])(т\.\s?ч\.|том\s+числе)")
# a Kazakh word's last і read as "!" before a dash and a figure ("келу! - 8,1"), where no exclamation stands
#: a figure and the Kazakh possessive after it, its і read as the digit 1: "оның 78-1 кітапханашы" (78-і)
_FIGURE_I = re.compile(r"(?<![\d.,/№-])(?<!№ )(\d{1,6})-1(?=[\s,.;:)]|$)")
#: a web address of Kazakhstan read by the Cyrillic models: "едоу.К2" for "egov.kz"
#: the day "1" of a date read as a stroke letter before its month ("І қаңтардағы", "на I января"): no
#: Roman numeral or letter stands alone before a month's name
_MONTH_STEMS = "|".join([*MONTHS_KK, *(m if m == "мая" else m[:-1] for m in MONTHS_RU_GEN)])
_DAY_ONE = re.compile(rf"(?<![\w.,/-])[ІIl|](?=\s(?i:{_MONTH_STEMS}))")
# a thousands figure whose leading 1 OCR read as a stroke letter set apart ("Выбыло І 120 экз."): no Kazakh
# or Russian word is a lone І, I or l before a group of three digits
_GROUP_ONE = re.compile(r"(?<![\w.,/№-])(?<!№ )[ІIl](?= \d{3}(?![\d]|[.,]\d))")
# ... and of an amount in thousands or millions with its decimals ("на комплектование – І 205,4 тыс. руб.",
# "І 308,0 мың теңге"): a Roman numeral before such an amount would stand before its period word or a dot
_GROUP_ONE_AMOUNT = re.compile(r"(?<![\w.,/№-])(?<!№ )[ІIl](?= \d{3}[.,]\d{1,2}\s?(?i:тыс|млн|млрд|мың)\b)")
# "из них", which opens the sub-rows of a Russian statistics form, read without its spaces in a narrow
# header cell ("изнихосновной", "ИЗ НИХВ удаленном")
_GLUED_OF_THEM = re.compile(r"(?<![^\W\d_])([иИ][зЗ]) ?([нН][иИ][хХ])(?:([вВ])(?= )|(?=[^\W\d_]{3}))")
# a word's last letters set apart and read as capitals: Cyrillic small letters are mostly small capitals in
# shape, and Tesseract takes a short run of them after a gap for capitals ("мероприя ТИй", "включите ЛЬНО")
_CAPS_TAIL = re.compile(rf"(?<![\w-])([{LOWER}]{{3,}})([ \n])([{UPPER}]{{2,4}}[{LOWER}]?)(?![\w-])")
_SITE = re.compile(r"(?<![\w.])([\u0400-\u04ff]{3,14})\.([КкKk][2zZг7])(?![\w])")
_BANG_I = re.compile(rf"(?<![\w-])([{UPPER}{LOWER}]{{2,}})!(?=\s?[-–—]\s?\d)")
# the same at the end of a table cell of two words or more: a row label ("Ақтөбе ауылдық округ!")
_BANG_I_CELL_END = re.compile(rf"(?<=\S\s)([{UPPER}{LOWER}]{{2,}})!\s*$")
# two runs of capitals with one space between them, for a heading's word cut by OCR: "ПОЛУГ ОДИЕ"
_CAPS_PAIR = re.compile(rf"(?<![\w-])([{UPPER}]{{2,}})( )(?=([{UPPER}]{{2,}})(?![\w-]))")
#: a possessive's ы or і with the genitive after it, and how OCR reads it without its ң
_POSSESSIVE_GENITIVE = ("ының", "інің")
_POSSESSIVE_GENITIVE_READ = ("ынын", "інін")
#: Kazakh plural endings, which OCR sets apart from their word in a narrow cell ("Оқырман дар"); one
#: of them alone may be a Russian word ("дар") but is never a Kazakh one
PLURAL_ENDINGS = frozenset({"лар", "лер", "дар", "дер", "тар", "тер"})
# a dash before a figure glued to the word before it, its space lost: "келуі- 8,1", "келуі-8,1" ("келуі - 8,1");
# a word in lower case only (a name keeps its number: "Балқаш-1 стансасы"), glued to both only before a
# decimal (a library's number: "кітапхана-2"; a year: "оқу-2023")
_GLUED_DASH = re.compile(rf"(?<![\w-])([{LOWER}]{{2,}})([-–—])(?: (?=\d)|(?=\d+,\d))")
_PLUS = re.compile(r"(?:^|(?<=[\s(]))--(?=\d|/-)")
_HYPHEN = re.compile(r"\b([^\W\d_]{2,})-[ \n]?([^\W\d_]{2,})\b")


def _script(ch: str) -> str | None:
    if ch in "\u0259\u018f":
        return "latin"
    if not ch.isalpha():
        return None
    name = unicodedata.name(ch, "")
    if name.startswith("CYRILLIC"):
        return "cyrillic"
    if name.startswith("LATIN"):
        return "latin"
    return None


@dataclass
class Change:
    before: str
    after: str
    rule: str


# ----------------------------------------------------------- dictionaries


def find_dictionaries(config: Config) -> list[str]:
    """Paths (without .dic/.aff) of the Kazakh and Russian dictionaries."""
    wanted = config.get("hunspell_dicts")
    if wanted:
        return [p.strip() for p in str(wanted).split(",") if p.strip()]
    out = []
    for name in DICT_NAMES:
        for d in DICT_DIRS:
            if os.path.exists(os.path.join(d, name + ".dic")):
                out.append(os.path.join(d, name))
                break
    return out


class Lexicon:
    """Which words the dictionaries know, asked in batches of the
    ``hunspell`` program (or spylls when the program is missing)."""

    def __init__(self, dicts: list[str]):
        self.dicts = dicts
        self.known: dict[str, bool] = {}
        self.exe = shutil.which("hunspell")
        self._spylls = None
        self._pipes: dict[int, _HunspellPipe | None] = {}
        if not dicts:
            log.warning("no Hunspell dictionaries found; install %s for OCR repair by dictionary", PACKAGES)
        elif not self.exe:
            log.warning("the hunspell program is missing (apt-get install hunspell); "
                        "falling back to spylls, which is slow to load")

    @property
    def available(self) -> bool:
        return bool(self.dicts) and (self.exe is not None or _spylls_importable())

    def check(self, words: Iterable[str]) -> None:
        """Look up every word not looked up yet."""
        todo = sorted({w for w in words if w and w not in self.known})
        # a word with a digit inside ("к1тап", і read as 1) is no word, whatever hunspell, which
        # passes such tokens over, says
        self.known.update({w: False for w in todo if any(ch.isdigit() for ch in w)})
        todo = [w for w in todo if not any(ch.isdigit() for ch in w)]
        if not todo:
            return
        if not self.available:
            self.known.update({w: False for w in todo})
            return
        if self.exe:
            bad = self._hunspell(todo)
            self.known.update({w: w not in bad for w in todo})
        else:
            for w in todo:
                self.known[w] = any(d.lookup(w) for d in self._spylls_dicts())

    def __contains__(self, word: str) -> bool:
        if word not in self.known:
            self.check([word])
        return self.known[word]

    def _hunspell(self, words: list[str]) -> set[str]:
        """The words the dictionaries do not know.  Asked of one ``hunspell``
        process kept for the life of this process (loading the two
        dictionaries takes a tenth of a second, which a run per document
        would pay again and again); a new ``hunspell`` per call when the
        kept one cannot be had."""
        pipe = self._pipe()
        if pipe is not None:
            try:
                return pipe.misspelled(words)
            except (OSError, ValueError, TimeoutError) as e:
                log.info("the kept hunspell process failed (%s); asking a new one", e)
                self._pipes.pop(os.getpid(), None)
                pipe.close()
        try:
            res = subprocess.run([self.exe, "-i", "utf-8", "-d", ",".join(self.dicts), "-l"],
                                 input="\n".join(words) + "\n", capture_output=True, text=True,
                                 encoding="utf-8", timeout=120)
        except (OSError, subprocess.TimeoutExpired) as e:
            log.warning("hunspell failed (%s); OCR repair goes on without dictionaries", e)
            self.exe = None
            self.dicts = []
            return set(words)
        return {ln.strip() for ln in res.stdout.splitlines() if ln.strip()}

    def _pipe(self) -> _HunspellPipe | None:
        """This process's kept ``hunspell`` (a forked worker starts its
        own: a pipe shared with the parent would mix their answers)."""
        pid = os.getpid()
        if pid not in self._pipes:
            self._pipes[pid] = _HunspellPipe.start(self.exe, self.dicts)
        return self._pipes[pid]

    def _spylls_dicts(self):
        if self._spylls is None:
            from spylls.hunspell import Dictionary

            self._spylls = [Dictionary.from_files(p) for p in self.dicts]
        return self._spylls


class _HunspellPipe:
    """One ``hunspell -l`` process asked again and again: the words go in
    a line each, followed by a word no dictionary holds; hunspell answers
    every unknown word on a line of its own, so the answer to a batch ends
    where that word comes back.  Its output is made line-buffered with
    ``stdbuf`` (without it hunspell answers only when its input closes);
    batches are small enough that neither pipe fills while the other
    waits."""

    END = "qzxjqesependofbatch"  # no Kazakh or Russian word
    BATCH_CHARS = 8000  # in and out both far below a pipe's 64 KB
    TIMEOUT = 60.0

    def __init__(self, proc: subprocess.Popen):
        self.proc = proc
        self.owner = os.getpid()
        self.lock = threading.Lock()  # one exchange at a time, whatever thread asks
        atexit.register(self.close)

    @classmethod
    def start(cls, exe: str | None, dicts: list[str]) -> _HunspellPipe | None:
        stdbuf = shutil.which("stdbuf")
        if not exe or not dicts or not stdbuf:
            return None
        try:
            proc = subprocess.Popen([stdbuf, "-oL", exe, "-i", "utf-8", "-d", ",".join(dicts), "-l"],
                                    stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                    bufsize=0)
        except OSError:
            return None
        pipe = cls(proc)
        try:
            if pipe._ask([]) != set():  # the end word alone: it answers, and knows nothing wrong
                raise ValueError("unexpected answer")
        except (OSError, ValueError, TimeoutError):
            pipe.close()
            return None
        return pipe

    def misspelled(self, words: list[str]) -> set[str]:
        with self.lock:
            return self._misspelled(words)

    def _misspelled(self, words: list[str]) -> set[str]:
        bad: set[str] = set()
        batch: list[str] = []
        size = 0
        for w in words:
            w = " ".join(w.split())  # one line, as the one-shot run reads it
            if not w:
                continue
            batch.append(w)
            size += len(w) + 1
            if size >= self.BATCH_CHARS:
                bad |= self._ask(batch)
                batch, size = [], 0
        if batch:
            bad |= self._ask(batch)
        return bad

    def _ask(self, batch: list[str]) -> set[str]:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write("".join(w + "\n" for w in batch).encode("utf-8") + self.END.encode() + b"\n")
        self.proc.stdin.flush()
        fd = self.proc.stdout.fileno()  # read unbuffered: select sees what a buffer would hide
        got = b""
        deadline = time.monotonic() + self.TIMEOUT
        end = b"\n" + self.END.encode() + b"\n"
        while not (b"\n" + got).endswith(end):
            ready, _, _ = select.select([fd], [], [], max(0.0, deadline - time.monotonic()))
            if not ready:
                raise TimeoutError("hunspell did not answer")
            chunk = os.read(fd, 65536)
            if not chunk:
                raise ValueError("hunspell ended")
            got += chunk
        lines = got.decode("utf-8", "replace").splitlines()[:-1]
        return {w.strip() for w in lines if w.strip()}

    def close(self) -> None:
        if os.getpid() != self.owner:  # a forked child's copy: the parent's process is not its to end
            return
        try:
            self.proc.kill()
            self.proc.wait(timeout=5)
        except (OSError, subprocess.TimeoutExpired):
            pass


def _spylls_importable() -> bool:
    try:
        import spylls  # noqa: F401
    except ImportError:
        return False
    return True


@functools.lru_cache(maxsize=4)
def _lexicon(dicts: tuple[str, ...]) -> Lexicon:
    return Lexicon(list(dicts))


def lexicon_for(config: Config) -> Lexicon:
    return _lexicon(tuple(find_dictionaries(config)))


# ------------------------------------------------------------------ rules


def _casefold_like(template: str, word: str) -> str:
    if template.isupper() and len(template) > 1:
        return word.upper()
    if template[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def fix_digits(token: str, group: bool = False) -> str:
    """``2О18`` -> ``2018``: a token of digits and digit look-alikes with at
    least one real digit and no other letter.  A ``group`` of three after a
    figure's thousands ("86 4ОО") is a number even when most of it is
    look-alikes."""
    if not any(ch.isdigit() for ch in token) or not any(ch in _DIGIT_LOOKALIKE for ch in token):
        return token
    core = token.replace(",", "").replace(".", "")
    if not all(ch.isdigit() or ch in _DIGIT_LOOKALIKE for ch in core):
        return token
    letters = sum(1 for ch in core if ch in _DIGIT_LOOKALIKE)
    if letters * 2 > len(core) and not (group and len(core) == 3):  # mostly letters: a word, not a number
        return token
    return "".join(_DIGIT_LOOKALIKE.get(ch, ch) for ch in token)


def fix_homoglyphs(token: str) -> str:
    """A word of Cyrillic and Latin letters in one script: the one its
    look-alike letters can all be turned into, the script of most of its
    letters when both can."""
    scripts = Counter(_script(ch) for ch in token)
    cyr, lat = scripts.get("cyrillic", 0), scripts.get("latin", 0)
    if not cyr and any(ch in "\u0259\u018f" for ch in token):
        lat = 0  # a lone schwa word is Kazakh written with the Latin ə
        cyr = 1
    if not cyr or (not lat and not any(ch in "\u0259\u018f" for ch in token)):
        return token
    to_cyr = all(ch in _LAT2CYR for ch in token if _script(ch) == "latin")
    to_lat = all(ch in _CYR2LAT for ch in token if _script(ch) == "cyrillic")
    if to_cyr and (cyr >= lat or not to_lat):
        return "".join(_LAT2CYR.get(ch, ch) if _script(ch) == "latin" else ch for ch in token)
    if to_lat:
        return "".join(_CYR2LAT.get(ch, ch) if _script(ch) == "cyrillic" else ch for ch in token)
    if cyr > lat and all(ch in _LAT2CYR or ch in OCR_CONFUSIONS for ch in token if _script(ch) == "latin"):
        # "kітапханалар": a Latin letter OCR reads for a Cyrillic one that looks like no Latin letter
        # in print ("k" for "к", "l" for "і", "n" for "п"), inside a word mostly Cyrillic
        return "".join(_LAT2CYR.get(ch, OCR_CONFUSIONS.get(ch, ch)) if _script(ch) == "latin" else ch
                       for ch in token)
    return token


def network_name(word: str, lexicon: Lexicon | None = None) -> str:
    """The Latin name of a social network that ``word`` is a Cyrillic
    misreading of: Tesseract's Kazakh and Russian models write "Instagram"
    as "Іпвіадгат", "YouTube" as "ҮойТире".  Only a word that cannot be
    Russian (a Kazakh letter in it, or a capital after a small letter) and
    that no dictionary knows, whose look-alike Latin letters
    (:data:`LATIN_SHAPES`) begin as the name does and differ from it in
    two letters at most (one in a word under eight letters); else ``word``."""
    odd = any(ch in _KAZAKH for ch in word) or any(a.islower() and b.isupper() for a, b in zip(word, word[1:]))
    if not odd or (lexicon is not None and word.lower() in lexicon):
        return word
    from rapidfuzz.distance import Levenshtein

    shape = "".join(LATIN_SHAPES.get(ch, ch) for ch in word).lower()
    for name in NETWORK_NAMES:
        low = name.lower()
        if shape[0] == low[0] and Levenshtein.distance(shape, low) <= (2 if len(low) >= 8 else 1):
            return name
    return word


def site_name(word: str) -> str | None:
    """The web address of :data:`SITE_NAMES` whose name ``word`` is a
    Cyrillic misreading of, before a ".kz" read as ".К2", ".К7" or ".кг"
    ("едоу.К2" for "egov.kz"): its look-alike Latin letters
    (:data:`LATIN_SHAPES`) begin as the name does and differ from it in one
    letter (two in a name of six letters or more); else None."""
    from rapidfuzz.distance import Levenshtein

    shape = "".join(LATIN_SHAPES.get(ch, ch) for ch in word).lower()
    for site in SITE_NAMES:
        name = site.split(".")[0]
        if shape[0] == name[0] and Levenshtein.distance(shape, name) <= (2 if len(name) >= 6 else 1):
            return site
    return None


def possessive_i(n: int) -> bool:
    """Whether a number written in figures takes the Kazakh possessive "-і"
    ("оның 78-і": сегіз-і), the ending OCR reads as "-1": the last word of
    the numeral ends so for бір, үш, төрт, бес, сегіз (units), елу, жетпіс,
    сексен (tens) and жүз; екі, алты, жеті take "-сі", тоғыз, он, отыз,
    қырық, алпыс, тоқсан, мың "-ы", жиырма "-сы".  A number under 2 is left
    (no descending range "N-1" is written, but "1-1" may be a code)."""
    if n < 2 or n % 1000 == 0:
        return False
    if n % 100 == 0:
        return True
    if n % 10:
        return n % 10 in (1, 3, 4, 5, 8)
    return (n // 10) % 10 in (5, 7, 8)


def language_name(word: str) -> str:
    """The Kazakh name of a language that ``word``, standing before "тілі",
    "тілінде", reads as with its Kazakh letters lost ("Казак" -> "Қазақ",
    "агылшын" -> "ағылшын"); else ``word``.  A fund, a loan, a book count
    "in the Kazakh language" is the genre's commonest phrase with a language,
    and "казак" is a word of both dictionaries (the Russian "cossack"), so the
    dictionary rule leaves it; but no word other than a language's name
    stands so before "тіл-" with those letters."""
    low = word.lower()
    if low in LANGUAGE_NAMES_KK or not any(ch in _LOST for ch in low):
        return word
    for _, cand in kazakh_candidates(low):
        if cand in LANGUAGE_NAMES_KK:
            return _casefold_like(word, cand)
    return word


def kazakh_candidates(word: str, lost: dict[str, str] | None = None) -> list[tuple[int, str]]:
    """Spellings of ``word`` with up to ``_MAX_SUBS`` lost Kazakh letters
    put back: (number of letters changed, word); ``lost``: the letters that
    stand for Kazakh ones (OCR's look-alikes by default)."""
    lost = lost or _LOST
    positions = [i for i, ch in enumerate(word) if ch in lost][:_MAX_POSITIONS]
    out = []
    for n in range(1, min(_MAX_SUBS, len(positions)) + 1):
        for chosen in combinations(positions, n):
            for letters in product(*(lost[word[i]] for i in chosen)):
                chars = list(word)
                for i, ch in zip(chosen, letters):
                    chars[i] = ch
                out.append((n, "".join(chars)))
    return out


def latin_restorations(alphabet: str) -> dict[str, str]:
    """What each plain Latin letter may have been before OCR dropped its
    mark, in Kazakh of the ``alphabet`` ("2018": a→á, g→ǵ, n→ń, o→ó, u→ú,
    y→ý, i→ı; "2021": a→ä, g→ğ, n→ñ, o→ö, u→ü ū, s→ş, c→ç, i→ı); é, which
    neither alphabet has, and 6 at a word's start stand for ó (ö); and g
    for q, the letter OCR reads it for most ("gory" for "qory")."""
    letters = (LATIN_2018_LETTERS if alphabet == "2018" else LATIN_2021_LETTERS) + "ı"
    out: dict[str, str] = {}
    for ch in letters:
        base = "i" if ch == "ı" else unicodedata.normalize("NFD", ch)[0]
        out[base] = out.get(base, "") + ch
    o = out["o"]
    out["é"], out["6"] = o, o
    out["g"] += "q"
    return out


def latin_candidates(word: str, alphabet: str) -> list[tuple[int, str]]:
    """Spellings of a Latin-script Kazakh ``word`` with up to
    ``_MAX_SUBS`` + 1 marks put back (:func:`latin_restorations`; the
    letters' case kept): (number of letters changed, word).  A letter that
    stands for nothing else ("é", a leading "6") must change."""
    table = latin_restorations(alphabet)
    must = [i for i, ch in enumerate(word) if ch.lower() == "é" or (ch == "6" and i == 0)]
    may = [i for i, ch in enumerate(word) if ch.lower() in table and i not in must][:_MAX_POSITIONS + 2]
    out = []
    for n in range(0 if must else 1, min(_MAX_SUBS + 1, len(may)) + 1):
        for chosen in combinations(may, n):
            for picks in product(*(table[word[i].lower()] for i in (*must, *chosen))):
                chars = list(word)
                for i, ch in zip((*must, *chosen), picks):
                    chars[i] = ch.upper() if word[i].isupper() else ch
                out.append((n + len(must), "".join(chars)))
    return out


def _is_latin_word(token: str) -> bool:
    body = token[1:] if token[:1] == "6" else token
    return len(body) >= 3 and all(ch.isalpha() and _script(ch) == "latin" for ch in body)


def _is_cyrillic_word(token: str) -> bool:
    letters = [ch for ch in token if ch.isalpha()]
    return len(letters) >= 3 and all(_script(ch) == "cyrillic" for ch in letters) \
        and all(ch.isalpha() or ch in "!1|" for ch in token) and token[0].isalpha()


class Repairer:
    """Repairs the texts of one document; ``vocabulary`` counts the words of
    the whole document (the context the ``kazakh_letter`` rule weighs)."""

    def __init__(self, texts: list[str], lexicon: Lexicon, typed: bool = False):
        self.lexicon = lexicon
        # typed: Kazakh typed with Russian letters for the Kazakh ones, which they stand for
        self.lost = _TYPED_FOR_KAZAKH if typed else _LOST
        self.vocab: Counter[str] = Counter()
        for t in texts:
            for m in _TOKEN.finditer(t):
                self.vocab[fix_homoglyphs(m.group()).lower()] += 1
        # words written on their own: not a part of a word hyphenated at a line's end ("байқа-" "улар")
        self.alone: Counter[str] = Counter(
            fix_homoglyphs(m.group()).lower() for t in texts for m in _TOKEN.finditer(t)
            if not t[:m.start()].rstrip().endswith(("-", "\u00ad")) and not t[m.end():].startswith(("-", "\u00ad")))
        self._choice: dict[str, str] = {}
        # entries ending with the page mark "N б." as written: the document's habit
        self.page_marks = sum(1 for t in texts if re.search(r"\d б\.?\s*$", t))
        self._frequent = [w for w, n in self.vocab.items() if n >= 3 and len(w) >= 5 and w.isalpha()]
        # a document written (partly) in Kazakh: elsewhere (Russian, Kyrgyz) the dictionary alone
        # does not put a Kazakh letter into an unknown word ("Ысык-Ата" is no "ысық")
        cyr = [w for w in self.vocab if _is_cyrillic_word(w)]
        self.kazakh_doc = typed or \
            sum(1 for w in cyr if any(ch in _KAZAKH for ch in w)) >= _KAZAKH_DOC_SHARE * len(cyr)
        self.doubtful_roman = _doubtful_roman_reading(texts)
        latin = [t for t in texts if is_latin_kazakh(t)]
        self.latin_alphabet = latin_alphabet(" ".join(latin))
        self._latin_choice: dict[str, str] = {}
        # a report (largely) in Latin-script Kazakh: more of its words are Latin than Cyrillic; then
        # every text of it is read as Kazakh (a table cell of one word cannot tell)
        self.latin_doc = bool(latin) and sum(n for w, n in self.vocab.items() if _is_latin_word(w)) > \
            sum(n for w, n in self.vocab.items() if _is_cyrillic_word(w))
        self._prepare_latin(texts if self.latin_doc else latin)
        self._prepare(texts)

    def _prepare(self, texts: list[str]) -> None:
        """Look up all words, hyphenated pairs joined, and all candidates in
        two batches (each is one run of hunspell)."""
        words = [w for w in self.vocab if _is_cyrillic_word(w)]
        joined = {(m.group(1) + m.group(2)).lower() for t in texts for m in _HYPHEN.finditer(t)}
        self.lexicon.check(words + sorted(joined))
        unknown = [w for w in words if w not in self.lexicon and any(ch in self.lost for ch in w)]
        cands = {w: kazakh_candidates(w, self.lost) for w in unknown}
        self.lexicon.check(c for cs in cands.values() for _, c in cs)
        for w, cs in cands.items():
            best = self._best(w, cs)
            if best:
                self._choice[w] = best
        self._glued = self._glued_splits([w for w in words if w not in self.lexicon and w not in self._choice])
        sentences = {p for t in texts for m in _GLUED_SENTENCE.finditer(t) for p in (m.group(1), m.group(2).lower())}
        self.lexicon.check(sorted(sentences))

    def _glued_splits(self, unknown: list[str]) -> dict[str, tuple[str, str]]:
        """Words another OCR program glued across a lost space
        ("накомплектование", "шараларсаны"): an unknown word the document
        writes once, which one way only parts into two words the
        dictionaries know and the document writes elsewhere on their own,
        not as a half of a word hyphenated at a line's end (in Russian the
        first of two letters at least, the second of three; in Kazakh,
        whose postpositions and particles are written apart and whose
        suffixes are often words too, both of four).  A join the document
        writes in another form of the word ("жартыжылдық" beside
        "жартыжылдығына") is its spelling and stays.  The
        dictionaries lack many inflected Kazakh forms, and such a form
        often parts into a stem and a suffix that is a word of its own
        somewhere ("сайтына" into "сай" and "тына", "тоқсандағы" into
        "тоқсан" and "дағы"): the document does not write the suffix alone.
        In a Russian text a preposition glued to a word of five letters
        or more that the dictionary knows is parted too ("вбиблиотеке").
        Words the document writes more often stay: a term or name of its
        own."""
        if not self.lexicon.available:
            return {}
        splits = {w: [(w[:i], w[i:]) for i in range(1, len(w) - 2)] for w in unknown
                  if len(w) >= 6 and self.vocab.get(w, 0) <= 1 and w.isalpha()}
        self.lexicon.check(p for parts in splits.values() for pair in parts for p in pair)
        out = {}
        for w, parts in splits.items():
            shortest = 4 if self.kazakh_doc else 2
            good = [(a, b) for a, b in parts if min(len(a), len(b)) >= shortest and len(b) >= 3 and max(len(a), len(b)) >= 4
                    and a in self.lexicon and b in self.lexicon and self.alone.get(a) and self.alone.get(b)]
            if not good and not self.kazakh_doc:
                # a Russian preposition glued to a word of five letters at least, which the Russian
                # dictionary knows in all its forms
                good = [(a, b) for a, b in parts if a in RUSSIAN_PREPOSITIONS and len(b) >= 5 and b in self.lexicon]
            if len(good) != 1:
                continue
            a, b = good[0]
            # the document writes the two joined in another form ("жартыжылдық" beside "жартыжылдығына"): its spelling
            if any(v != w and v.startswith(a + b[:3]) for v in self.vocab):
                continue
            out[w] = good[0]
        return out

    def _unglue(self, m: re.Match, changes: list[Change]) -> str:
        word = m.group()
        pair = self._glued.get(word) if word.islower() else None
        return _record(changes, word, " ".join(pair), "glued") if pair else word

    def _sentence_space(self, m: re.Match, changes: list[Change]) -> str:
        a, b = m.group(1), m.group(2)
        if self.lexicon.known.get(a) and self.lexicon.known.get(b.lower()):
            return _record(changes, m.group(), f"{a}. {b}", "glued")
        return m.group()

    def _prepare_latin(self, texts: list[str]) -> None:
        """For the words of Kazakh texts in Latin letters that the Kazakh
        dictionary does not know, in Cyrillic: the spelling with marks put
        back (:func:`latin_candidates`) that it knows, with the fewest
        letters changed (of two such, the one the document writes more
        often; a tie leaves the word).  Tesseract's English model, which
        reads Latin-script pages, has no ǵ ń ó ú ý ı ä ğ ñ ö ü ū ş."""
        if not texts:
            return
        # the Kazakh dictionary alone: a Latin-script word spelled in Cyrillic may make a Russian word ("гору")
        kazakh = [d for d in self.lexicon.dicts if os.path.basename(d).startswith("kk")]
        lexicon = self.lexicon if kazakh == self.lexicon.dicts else _lexicon(tuple(kazakh))
        alpha = self.latin_alphabet
        words = sorted({m.group() for t in texts for m in _TOKEN.finditer(t) if _is_latin_word(m.group())})
        cyr = {w: latin_word_to_cyrillic(w, alpha).lower() for w in words}
        lexicon.check(cyr.values())
        # a word with a digit ("6tken") is no word, whatever hunspell, which passes such tokens over, says
        unknown = [w for w in words if not w.isalpha() or not lexicon.known.get(cyr[w], False)]
        cands = {w: latin_candidates(w, alpha) for w in unknown}
        spelled = {c: latin_word_to_cyrillic(c, alpha).lower() for cs in cands.values() for _, c in cs}
        lexicon.check(spelled.values())
        for w, cs in cands.items():
            known = sorted((n, -self.vocab.get(c.lower(), 0), c) for n, c in cs if lexicon.known.get(spelled[c]))
            if not known:
                continue
            best = [k for k in known if k[:2] == known[0][:2]]
            if len({spelled[c] for _, _, c in best}) == 1:
                self._latin_choice[w] = best[0][2]

    def _best(self, word: str, cands: list[tuple[int, str]]) -> str | None:
        """The candidate to write for an unknown word, or None.

        A candidate the dictionaries know wins, except that turning н into
        ң among the last two letters needs the document too (it must spell
        the candidate more often than the word): Kazakh endings differ by
        just that letter (accusative "-ын" against possessive "-ың") and the
        dictionary lacks many inflected forms.  Without the dictionaries'
        word, the document's spelling alone decides, for a word with a
        Kazakh letter."""
        seen = self.vocab.get(word, 0)

        def attested(c: str) -> bool:
            return self.vocab.get(c, 0) > seen

        def ending_only(c: str) -> bool:
            # a possessive's ы or і and a genitive after it ("қаласының", "кітабының"): "-ынын" is no
            # Kazakh ending, so its last н can only be ң
            if word.endswith(_POSSESSIVE_GENITIVE_READ) and c.endswith(_POSSESSIVE_GENITIVE):
                return False
            return any(a == "н" and b == "ң" for a, b in zip(word[-2:], c[-2:]))

        def kazakh_added(c: str) -> bool:
            return any(ch in _KAZAKH and ch != w for ch, w in zip(c, word))

        known = [(n, c) for n, c in cands if c in self.lexicon and (not ending_only(c) or attested(c))
                 and (self.kazakh_doc or attested(c) or not kazakh_added(c))]
        if known:
            return min(known, key=lambda nc: (nc[0], -self.vocab.get(nc[1], 0), nc[1]))[1]
        ctx = [(n, c) for n, c in cands if attested(c) and any(ch in _KAZAKH for ch in c)]
        if ctx:
            return max(ctx, key=lambda nc: (self.vocab[nc[1]], -nc[0]))[1]
        if self.kazakh_doc:
            labels = [(n, c) for n, c in cands if label_word(c, word) and not ending_only(c)]
            if labels:
                return min(labels)[1]
        if self.kazakh_doc and _ONE_INSIDE.search(word):
            return _ONE_INSIDE.sub("і", word)  # a digit among letters is a letter, and 1 reads so only і
        return None

    def _in_kazakh_text(self, word: str) -> str | None:
        """A word the dictionaries know (often a Russian word: "казак"),
        written in Kazakh text, where the document spells a Kazakh-letter
        form of it at least twice as often (and three times at least): that
        form."""
        seen = self.vocab.get(word, 0)
        best = None
        for _, c in kazakh_candidates(word, self.lost):
            n = self.vocab.get(c, 0)
            if n >= 3 and n >= 2 * seen and (best is None or n > self.vocab[best]):
                best = c
        return best

    def repair(self, text: str, cell: bool = False) -> tuple[str, list[Change]]:
        """``text`` repaired, and the changes; ``cell``: the text of a table
        cell (a bar at its start is the cell's left rule)."""
        changes: list[Change] = []

        kazakh = any(ch in _KAZAKH for ch in text)

        def token_sub(m: re.Match) -> str:
            tok = m.group()
            cur = tok
            group = _GROUP_BEFORE.search(m.string, max(0, m.start() - 5), m.start()) is not None
            for rule, fn in (("digits", lambda t: fix_digits(t, group)), ("homoglyph", fix_homoglyphs),
                             ("kazakh_letter", lambda t: self._kazakh(t, kazakh, labels=True))):
                new = fn(cur)
                if new != cur:
                    if rule == "kazakh_letter" and not any(ch in _KAZAKH and ch != o for ch, o in zip(new, cur)):
                        rule = "russian_letter"  # щ put back
                    changes.append(Change(cur, new, rule))
                    cur = new
            return cur

        out = _BAR_NUMERAL.sub(lambda m: _record(changes, m.group(), "I", "roman"), text)
        if kazakh or self.kazakh_doc:
            out = _BRACKET_I.sub(lambda m: self._bracket_i(m, changes), out)
        if cell:
            out = self._final_o(out, changes)
            out = _CELL_RULE.sub(lambda m: _record(changes, m.group(), "", "stray_bar"), out)
        out = _STRAY_BAR.sub(lambda m: _record(changes, m.group(), "", "stray_bar"), out)
        if kazakh or self.kazakh_doc:
            out = _FINAL_I.sub(lambda m: self._final_i(m, changes), out)
        out = _KAZAKH_II.sub(lambda m: _record(changes, m.group(), "II", "roman"), out)
        out = _ROMAN_SLOT.sub(lambda m: _roman(m.group(1), changes, self.doubtful_roman), out)
        out = _GLUED_NUMERAL.sub(lambda m: _record(changes, m.group(), m.group() + " ", "roman"), out)
        out = _PLUS.sub(lambda m: _record(changes, m.group(), "+", "plus"), out)
        out = _NUMERO.sub(lambda m: _record(changes, m.group(), "№", "numero"), out)
        out = _PAGE_MARK.sub(lambda m: _record(changes, m.group(), "б", "page_mark"), out)
        if kazakh and self.page_marks >= 3:
            out = _PAGE_MARK_JOINED.sub(
                lambda m: _record(changes, m.group(), f"{m.group(1)} б", "page_mark"), out)
        out = _TOKEN.sub(token_sub, out)
        if self._latin_choice and (self.latin_doc or is_latin_kazakh(text)):
            out = _TOKEN.sub(lambda m: _record(changes, m.group(), self._latin_choice.get(m.group(), m.group()),
                                               "latin_letter"), out)
        if self.latin_doc:
            out = _LATIN_YEAR_MARK.sub(lambda m: _record(changes, m.group(), "j", "latin_letter"), out)
        if kazakh or self.kazakh_doc:
            out = _BANG_I.sub(lambda m: self._bang_i(m, changes), out)
            if cell and out.count("!") == 1 and not any(q in out for q in "«\"“"):
                out = _BANG_I_CELL_END.sub(lambda m: self._bang_i(m, changes, attested=True), out)
            out = _FIGURE_I.sub(lambda m: _record(changes, m.group(), f"{m.group(1)}-і", "kazakh_letter")
                                if possessive_i(int(m.group(1))) else m.group(), out)
        out = _DAY_ONE.sub(lambda m: _record(changes, m.group(), "1", "digits"), out)
        out = _GROUP_ONE.sub(lambda m: _record(changes, m.group(), "1", "digits"), out)
        out = _GROUP_ONE_AMOUNT.sub(lambda m: _record(changes, m.group(), "1", "digits"), out)
        out = _GLUED_OF_THEM.sub(lambda m: _record(changes, m.group(), f"{m.group(1)} {m.group(2)} "
                                                   + (m.group(3) or ""), "spacing"), out)
        out = _SITE.sub(lambda m: _record(changes, m.group(), site_name(m.group(1)) or m.group(), "network_name"), out)
        out = _GLUED_DASH.sub(lambda m: _record(changes, m.group(), f"{m.group(1)} {m.group(2)} ", "spacing"), out)
        out = _IN_THAT_NUMBER.sub(lambda m: _record(changes, m.group(), f"{m.group(1)} {m.group(2)}", "spacing"), out)
        out = _CAPITALISED.sub(lambda m: _record(changes, m.group(), network_name(m.group(), self.lexicon), "network_name"),
                               out)
        out = _LANGUAGE_SLOT.sub(lambda m: _record(changes, m.group(), language_name(m.group()), "language_name"), out)
        out = _WORD.sub(lambda m: self._from_vocabulary(m, kazakh, changes), out)
        if self._glued:
            out = _WORD.sub(lambda m: self._unglue(m, changes), out)
        out = _GLUED_SENTENCE.sub(lambda m: self._sentence_space(m, changes), out)
        out = _NUMBER_SPACE.sub(lambda m: _record(changes, m.group(), re.sub(r"\D", "", m.group()),
                                                  "number_space") if one_figure(m) else m.group(), out)
        out = _DECIMAL_SPACE.sub(lambda m: _record(changes, m.group(), f"{m.group(1)},{m.group(2)}",
                                                   "number_space"), out)
        out = _HYPHEN.sub(lambda m: self._hyphen(m, changes), out)
        if self.lexicon.available:
            out = _CAPS_TAIL.sub(lambda m: self._caps_tail(m, changes), out)
        if cell:
            out = self._split_words(out, changes)
        else:
            out = self._split_unknown(out, changes)
        return out, changes

    def restore_letters(self, text: str, dictionary: bool = True) -> tuple[str, list[Change]]:
        """``text`` with only the ``kazakh_letter`` rule applied, every text
        read as Kazakh: for Kazakh typed with Russian letters for the Kazakh
        ones, which is no OCR text (its figures, numerals and spacing are as
        typed).  Without ``dictionary``, only the words of esep's Kazakh
        vocabularies (:func:`typed_vocabulary_form`) are put back: for such
        text that the OCR repair has read already."""
        changes: list[Change] = []
        # a Russian passage (its own function words or endings outside quotes) and a quoted title
        # keep the words the dictionaries know as typed
        russian = russian_evidence(_QUOTED.sub(" ", text))
        quoted = [m.span() for m in _QUOTED.finditer(text)]

        def token_sub(m: re.Match) -> str:
            new = self._kazakh(m.group(), True) if dictionary else m.group()
            if new == m.group() and not russian and not any(a <= m.start() < b for a, b in quoted) \
                    and not (m.group()[:1].isupper() and self.lexicon.known.get(m.group().lower())
                             and re.search(r"[^\W\d_][^.!?:;\n]*$", text[:m.start()])):
                # (a word the dictionaries know, capitalized inside its sentence, is a name: "Караганда")
                new = _casefold_like(m.group(), typed_vocabulary_form(m.group()) or m.group())
            if new != m.group() and any(ch in _KAZAKH and ch != o for ch, o in zip(new, m.group())):
                changes.append(Change(m.group(), new, "kazakh_letter"))
                return new
            return m.group()

        return _TOKEN.sub(token_sub, _COMPOUND.sub(lambda m: self._typed_compound(m, changes), text)), changes

    def _typed_compound(self, m: re.Match, changes: list[Change]) -> str:
        """A hyphenated word typed without its Kazakh letters ("ис-шаралар")
        that is a word of the vocabularies with them ("іс-шаралар")."""
        new = typed_vocabulary_form(m.group())
        if not new:
            return m.group()
        return _record(changes, m.group(), _casefold_like(m.group(), new), "kazakh_letter")

    def _split_words(self, text: str, changes: list[Change]) -> str:
        """Every pair of :data:`_WORD_PAIR` offered to :meth:`_split_word`,
        a pair's second run free to pair with the next when it stays."""
        out, pos = [], 0
        for m in _WORD_PAIR.finditer(text):
            if m.start() < pos:
                continue  # its first run was joined to the run before
            new = self._split_word(m, changes)
            if new is not None:
                out += [text[pos:m.start()], new]
                pos = m.end(3)
        return "".join(out) + text[pos:]

    def _bang_i(self, m: re.Match, changes: list[Change], attested: bool = False) -> str:
        """"келу! - 8,1" -> "келуі - 8,1": an exclamation mark is never
        followed by a dash and a figure; OCR reads a word's last і so, and
        the dictionaries know the word with it.  So is it at the end of a
        table cell of two words or more (a row label, "Ақтөбе ауылдық
        округ!"), where with ``attested`` the document writing the word
        with і elsewhere is enough too (the Kazakh dictionary lacks many
        inflected forms: "округі")."""
        word = m.group(1) + "і"
        low = word.lower()
        if attested and self.vocab.get(low, 0) > 0:
            return _record(changes, m.group(), word, "kazakh_letter")
        if not self.lexicon.available or low not in self.lexicon:
            return m.group()
        return _record(changes, m.group(), word, "kazakh_letter")

    def _bracket_i(self, m: re.Match, changes: list[Change]) -> str:
        """"[с-шаралар" -> "Іс-шаралар": Kazakh's capital І is one upright
        stroke, which OCR reads as a bracket or a bar glued to the word's
        other letters; put back when the dictionaries know the word with І
        (its first part, for a hyphenated word) and not the letters alone."""
        rest = m.group(1)
        word = ("і" + rest).lower()
        if not self.lexicon.available or word not in self.lexicon or (len(rest) > 1 and rest.lower() in self.lexicon):
            return m.group()
        changes.append(Change(m.group() + rest + m.group(2), "І" + rest + m.group(2), "kazakh_letter"))
        return "І"

    def _split_word(self, m: re.Match, changes: list[Change]) -> str:
        """A word of a table cell that OCR cut with a space ("жоспа р",
        "жылғ а", "Қатысуш ылар": a narrow header's letters read with a
        gap): joined when the dictionaries know the whole and not both
        parts (two words stay two: "кітап хана")."""
        a, b = m.group(1), m.group(3)
        joined = (a + b).lower()
        if not self.lexicon.available:
            return None
        if len(joined) < 4 or joined not in self.lexicon:
            return self._shifted_space(m, changes)
        # a Kazakh plural ending set apart is no word of its own, whatever the Russian dictionary says
        ending = self.kazakh_doc and b in PLURAL_ENDINGS and len(a) >= 3
        if a.lower() in self.lexicon and b.lower() in self.lexicon and not ending:
            return None
        return _record(changes, a + m.group(2) + b, a + b, "split_word")

    def _caps_tail(self, m: re.Match, changes: list[Change]) -> str:
        """A lower-case word whose last letters OCR set apart and read as
        capitals (:data:`_CAPS_TAIL`): joined in lower case when the
        dictionaries know the whole and not the tail as read (an
        abbreviation after a word, "библиотека ЦБС", is a word of its own)."""
        a, b = m.group(1), m.group(3)
        joined = a + b.lower()
        if joined not in self.lexicon or b in self.lexicon:
            return m.group()
        return _record(changes, m.group(), joined, "split_word")

    def _shifted_space(self, m: re.Match, changes: list[Change]) -> str | None:
        """Two words of a table cell that OCR read with the space one letter
        off ("платны хуслуг", "спонсорски есредства"): moved, when the
        dictionaries know both parts as moved and not both as read."""
        a, b = m.group(1), m.group(3)
        if len(a) < 3 or len(b) < 3 or (a.lower() in self.lexicon and b.lower() in self.lexicon):
            return None
        for x, y in ((a + b[0], b[1:]), (a[:-1], a[-1] + b)):
            if len(x) >= 2 and len(y) >= 2 and x.lower() in self.lexicon and y.lower() in self.lexicon:
                return _record(changes, a + m.group(2) + b, x + m.group(2) + y, "spacing")
        return None

    def _split_unknown(self, text: str, changes: list[Change]) -> str:
        """A word of running text or a heading that OCR cut with a space
        ("ПОЛУГ ОДИЕ", "библиот ека"): joined when the dictionaries know the
        whole and neither part (in a table cell one known part is allowed,
        :meth:`_split_word`; two words of prose are as often a name and a
        word the dictionaries lack)."""
        if not self.lexicon.available:
            return text
        out, pos = [], 0
        for pattern in (_WORD_PAIR, _CAPS_PAIR):
            out, pos, src = [], 0, text
            for m in pattern.finditer(src):
                if m.start() < pos:
                    continue
                a, b = m.group(1), m.group(3)
                if len(a) < 2 or len(b) < 2 or a.lower() in self.lexicon or b.lower() in self.lexicon:
                    continue
                joined = (a + b).lower()
                if joined in self.lexicon:
                    out += [src[pos:m.start()], _record(changes, a + m.group(2) + b, a + b, "split_word")]
                    pos = m.end(3)
            text = "".join(out) + src[pos:]
        return text

    def _final_i(self, m: re.Match, changes: list[Change]) -> str:
        """"көрмес 1-шолу", "түрлер 1": a Kazakh word whose last і Tesseract
        read as the digit 1 set apart, before a hyphen or at the end of a
        label, when the dictionaries know the word with і and not without
        it (a section "бөлім 1" or a name keeps its figure)."""
        word = m.group(1)
        low = word.lower()
        if not _is_cyrillic_word(word) or low in self.lexicon or (low + "і") not in self.lexicon:
            return m.group()
        return _record(changes, m.group(), word + ("І" if word.isupper() else "і"), "final_i")

    def _final_o(self, text: str, changes: list[Change]) -> str:
        """A table cell "Итог 0" or "Всег0": a label whose last letter о
        Tesseract read as the digit 0 (set apart from the word, as a
        figure is): the word with о, when the dictionaries know it (a total
        row's label "Итого", "Всего": a word ending "-го"; the word without
        о may be a word too, "итог", but no label ends in a lone 0; a cell
        "мест 0" keeps its figure)."""
        m = _FINAL_O.fullmatch(text.strip())
        if not m or not _is_cyrillic_word(m.group(1)):
            return text
        word = m.group(1) + ("О" if m.group(1).isupper() else "о")
        if not word.lower().endswith("го") or word.lower() not in self.lexicon:
            return text
        return _record(changes, text, word, "final_o")

    def _from_vocabulary(self, m: re.Match, kazakh_text: bool, changes: list[Change]) -> str:
        """An unknown word one or two letters away from a word the document
        writes at least three times and three times as often ("Прибалхаттье"
        among many "Прибалхашье"), with the same first and last two letters
        and a length differing by one at most (so "Сейфуллина" is not taken
        for "Сейфуллин"); in Kazakh text the last three letters must agree,
        so that an inflected form is not taken for another."""
        word = m.group()
        low = word.lower()
        if len(low) < 6 or not _is_cyrillic_word(low) or self.lexicon.known.get(low, True):
            return word
        from rapidfuzz.distance import Levenshtein
        from rapidfuzz import process

        limit = 1 if len(low) < 8 else 2
        seen = self.vocab.get(low, 0)
        best = None
        for cand, dist, _ in process.extract(low, self._frequent, scorer=Levenshtein.distance,
                                             score_cutoff=limit, limit=5):
            if cand == low or self.vocab[cand] < 3 * max(seen, 1):
                continue
            # the same beginning and ending (an inflected or derived form
            # differs there: "Сейфуллина", "Қазақстан"), much the same length
            if cand[:2] != low[:2] or cand[-2:] != low[-2:] or abs(len(cand) - len(low)) > 1:
                continue
            if kazakh_text and cand[-3:] != low[-3:]:
                continue
            if best is None or (dist, -self.vocab[cand]) < (best[1], -self.vocab[best[0]]):
                best = (cand, dist)
        if best is None:
            return word
        return _record(changes, word, _casefold_like(word, best[0]), "vocabulary")

    def _kazakh(self, token: str, kazakh_text: bool = False, labels: bool = False) -> str:
        if not _is_cyrillic_word(token):
            return token
        low = token.lower()
        if kazakh_text and low in self.lexicon.known and self.lexicon.known[low]:
            best = self._in_kazakh_text(low) or (labels and self.kazakh_doc and _label_for_russian_word(low))
            return _casefold_like(token, best) if best else token
        best = self._choice.get(token.lower())
        if best is None and token.lower() not in self.vocab:  # a word made by an earlier rule
            low = token.lower()
            if low not in self.lexicon and any(ch in self.lost for ch in low):
                cands = kazakh_candidates(low, self.lost)
                self.lexicon.check(c for _, c in cands)
                best = self._best(low, cands)
        return _casefold_like(token, best) if best else token

    def _hyphen(self, m: re.Match, changes: list[Change]) -> str:
        """Join "кітап- хана" (the line break kept as a space) when the
        dictionaries know "кітапхана"; join "кітап-хана" only when the
        document also writes the word whole more often than hyphenated (a
        compound such as "ой-талқы" stays)."""
        a, b = m.group(1), m.group(2)
        if not b[:1].islower():
            return m.group()
        joined = a + b
        low = joined.lower()
        broken = m.group() != f"{a}-{b}"
        if low in self.lexicon and (broken or self.vocab.get(low, 0) > self.vocab.get(f"{a}-{b}".lower(), 0)):
            return _record(changes, m.group(), joined, "hyphen")
        if broken and self.lexicon.available:
            return self._broken_unknown(m.group(), a, b, changes)
        return m.group()

    def _broken_unknown(self, text: str, a: str, b: str, changes: list[Change]) -> str:
        """A word broken at a line's end ("жартыжылдығ- ында") that the
        dictionaries do not know whole (they lack many Kazakh forms): a
        compound the document writes with its hyphen elsewhere, or whose
        both halves are words ("іс- шаралар", "онлайн- мероприятия"), keeps
        its hyphen ("іс-шаралар"); a word with a half that is no word is
        joined.  (Hunspell passes a hyphenated pair whose halves are no
        words, "жартыжылдығ-ында": it is not asked.)"""
        hyphenated = f"{a}-{b}"
        if b.lower() in _CONJUNCTIONS:
            return text  # "теле- және радиохабарлар": a hyphen left hanging before a conjunction
        if self.vocab.get(hyphenated.lower(), 0) or (a.lower() in self.lexicon and b.lower() in self.lexicon):
            return _record(changes, text, hyphenated, "hyphen")
        return _record(changes, text, a + b, "hyphen")


#: conjunctions a hanging hyphen stands before ("теле- және радио…", "аудио- или видео…")
_CONJUNCTIONS = frozenset({"және", "мен", "пен", "бен", "немесе", "или", "либо"})


#: the words a Kazakh report names its period with, written whole as the dictionary does not
#: ("2023 ж. І жартыжылдық", "ІІ тоқсандағы")
_PERIOD_WORDS = frozenset({"жартыжылдық", "тоқсандық", "тоқсандағы"})


#: a hyphenated word ("ис-шаралар") and a quoted title («Новые книги»)
_COMPOUND = re.compile(r"(?<![\w-])[^\W\d_]+(?:-[^\W\d_]+)+(?![\w-])")
_QUOTED = re.compile(r"«[^»]{0,200}»|\"[^\"]{0,200}\"|“[^”]{0,200}”")
_I_AS_RUSSIAN = str.maketrans("іi", "ии")
_CYRILLIC_WORD = re.compile("[\u0400-\u04ff]+(?:-[\u0400-\u04ff]+)*")


def _typed_key(word: str) -> str:
    """A word as a typist without Kazakh letters writes it: each Kazakh letter
    the nearest Russian one, ``і`` (kept or Latin) as ``и``."""
    return russian_letters(word.lower()).translate(_I_AS_RUSSIAN)


@functools.cache
def _typed_vocabulary() -> dict[str, str | None]:
    """The Kazakh words of esep's vocabularies (function and number words, the
    words every report writes, the words of the indicators', periods' and
    event types' labels) with a Kazakh letter, by their spelling without
    Kazakh letters; ``None`` where two words share that spelling."""
    from esep.plugins.lang.kk import NUM_WORDS, STOP_WORDS
    from esep.plugins.vocab import builtin_vocabulary, label_words

    words = set(STOP_WORDS | NUM_WORDS | REPORT_WORDS | _PERIOD_WORDS | label_words("metrics") | label_words("event_types"))
    metrics = builtin_vocabulary("metrics")
    for part in ("categories", "languages", "units", "totals", "partitive", "collections"):
        for e in metrics.get(part) or []:
            names = [e] if isinstance(e, str) else \
                list(e.get("aliases", [])) + list(e.get("cues", [])) + [v for v in e.get("labels", {}).values() if v]
            words.update(w for n in names for w in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", str(n).lower()))
    out: dict[str, str | None] = {}
    for w in words:
        if len(w) < 3 or not any(ch in _KAZAKH for ch in w) or not _CYRILLIC_WORD.fullmatch(w):
            continue
        key = _typed_key(w)
        out[key] = w if out.get(key, w) == w else None
    return out


def typed_vocabulary_form(word: str) -> str | None:
    """In Kazakh typed without Kazakh letters, the word of esep's Kazakh
    vocabularies ``word`` stands for ("онын" -> "оның", "коры" -> "қоры",
    "ис-шаралар" -> "іс-шаралар"; as OCR without Kazakh models reads it,
    "к!тап" -> "кітап", "жэне" -> "және"), the whole word, when exactly one has that
    spelling; a word that is itself such a word, or has a Kazakh letter the
    Russian code page lacks, has none."""
    low = word.lower()
    if any(ch in _KAZAKH and ch != "і" for ch in low):
        return None
    vocab = _typed_vocabulary()
    best = vocab.get(_typed_key(low))
    if best is None and _OCR_READ_KAZAKH.search(low):
        # read by OCR without its Kazakh letters: і as a stroke inside the word ("к!тап"), ә as э ("жэне")
        read = _I_READ.sub("і", low)
        best = vocab.get(_typed_key(read)) or vocab.get(_typed_key(read.replace("э", "а")))
        if best and "э" in read and not all(b == "ә" for a, b in zip(read, best) if a == "э"):
            best = None
    if best and best != low.replace("i", "і"):
        return best
    return None


#: a Kazakh page read by a model without Kazakh letters: the fewest words of the vocabularies read so
LOST_KAZAKH_MIN_WORDS = 5
_BEYOND_RUSSIAN = frozenset(KAZAKH_LETTERS + KAZAKH_UPPER) - frozenset("іІ")
#: і as a model without it reads it inside a word, or at its end after two letters ("к!тап", "жүйес!")
_I_READ = re.compile(r"(?<=[^\W\d_])[!1|](?=[^\W\d_])|(?<=[^\W\d_]{2})[!1|]$")
_OCR_READ_KAZAKH = re.compile(r"(?<=[^\W\d_])[!1|](?=[^\W\d_])|э")
_EDGE_MARKS = re.compile(r"^[^\w!|]+|[^\w!|]+$")


def lost_kazakh_share(words: list[str]) -> float:
    """Of a page's words (as an OCR program's text layer has them), how many
    are words of esep's Kazakh vocabularies with a letter the Russian
    alphabet lacks (ә ғ қ ң ө ұ ү һ) read without it, against those written
    with such a letter: a Kazakh page read by a model for Russian only
    writes none ("орталыктандырылган", "жуйес!", "жэне": ә as э or а, і as
    "!", "1" or и) and gives 1.0, a Kazakh page read with Kazakh models a
    few hundredths at most (a word in Russian letters here and there).  0
    when fewer than :data:`LOST_KAZAKH_MIN_WORDS` words are so read (a
    Russian page, a Kazakh name in one)."""
    lost = kept = 0
    for w in words:
        if any(ch in _BEYOND_RUSSIAN for ch in w):
            kept += 1
            continue
        t = _I_READ.sub("і", _EDGE_MARKS.sub("", w)).lower()
        if len(t) < 3 or not _CYRILLIC_WORD.fullmatch(t):
            continue
        vocab = _typed_vocabulary()
        for key in dict.fromkeys((_typed_key(t), _typed_key(t.replace("э", "а")))):
            form = vocab.get(key)
            if form and any(ch in _BEYOND_RUSSIAN for ch in form):
                lost += 1
                break
    return round(lost / (lost + kept), 3) if lost >= LOST_KAZAKH_MIN_WORDS else 0.0


def _label_for_russian_word(word: str) -> str | None:
    """In Kazakh text, a word of the indicators' labels OCR read without its
    Kazakh letters as a Russian word ("кітап коры" for "кітап қоры", "колем"
    for "көлем"): the label word, the one esep's Kazakh vocabularies spell so
    without those letters.  A Russian "коры" (of bark) has no place in a
    Kazakh library report's sentence; a Kazakh word the dictionaries know
    that only shares letters with a label ("сан") is itself a word of the
    vocabularies and has none."""
    form = typed_vocabulary_form(word)
    return form if form and label_word(form) and len(form) == len(word) else None


def label_word(word: str, read: str | None = None) -> bool:
    """``word`` (lower case) is a word of the indicators' labels, or begins
    with one of five letters or more (an inflected form: "кірулер" of
    "кіру"): the words of ``schemas/metrics.json`` that a Kazakh report's
    labels are written with, which Hunspell's Kazakh dictionary often lacks
    in the form written ("сайтқа").  With ``read`` (the word as OCR read
    it), the letters ``word`` changes must lie in that label word: a
    known stem ("кітапхан") says nothing of the letters after it."""
    from esep.plugins.vocab import label_words

    words = label_words("metrics") | _PERIOD_WORDS
    if word in words:
        return True
    last = max((i for i, (a, b) in enumerate(zip(word, read or word)) if a != b), default=-1)
    return any(word[:k] in words for k in range(max(5, last + 1), len(word)))


def _doubtful_roman_reading(texts: list[str]) -> str:
    """What "ПІ" before a period word stands for in this document.  It is
    III in plain type, but a bold II reads so too.  A report names its
    period more than once, and OCR misreads each mention in its own way:
    when the document's other numerals before a period word read II ("П",
    "ІІ") more often than they read "ПІ", and never plainly III ("Ш",
    "ІІІ"), "ПІ" is II here; else III.  "П" is II alone (III never reads
    so), so one "П" against one "ПІ" (a bold title's II over a table's
    plain one) is II too; "ІІ" is read for III at times, and needs more."""
    seen: Counter[str] = Counter()
    for t in texts:
        for token in _ROMAN_SLOT.findall(t):
            key = token.translate(_STROKES)
            seen["doubtful" if key in _ROMAN_DOUBTFUL else _ROMAN_MISREAD.get(key, "")] += 1
            seen["П"] += key == "П"
    if seen["III"]:
        return "III"
    return "II" if seen["II"] > seen["doubtful"] or seen["П"] >= seen["doubtful"] else "III"


def _roman(token: str, changes: list[Change], doubtful: str = "III") -> str:
    """A misread Roman numeral before a quarter or half-year word, as the
    Roman numeral (Latin letters); a numeral already readable, a digit and
    a lone "|" (I and II alike) stay.  ``doubtful``: what "ПІ" stands for
    in the document (:func:`_doubtful_roman_reading`)."""
    if token == "|" or token in "1234" or token.replace("І", "I") in ("I", "II", "III", "IV"):
        return token
    if len(token) > 1 and token[0] in "|¦":
        return token  # "|І": a rule or a stroke glued to I; the text alone cannot tell I from II
    key = token.translate(_STROKES)
    roman = doubtful if key in _ROMAN_DOUBTFUL else _ROMAN_MISREAD.get(key)
    return _record(changes, token, roman, "roman") if roman else token


def _record(changes: list[Change], before: str, after: str, rule: str) -> str:
    if before != after:
        changes.append(Change(before, after, rule))
    return after


# ------------------------------------------------------------------ hooks


def should_repair(document: Document, config: Config) -> bool:
    mode = str(config.get("ocr_repair", "auto")).lower()
    if mode in ("off", "no", "never", "0", "false"):
        return False
    if mode in ("always", "on", "yes", "1", "true"):
        return True
    return document.metadata.get("ocr") in OCR_SOURCES


def repair_document(document: Document, config: Config) -> list[dict]:
    """Repair blocks and cells in place; returns the changes as rows."""
    rows: list[dict] = _bullets(document) + _join_broken_sentences(document) + _footnotes(document)
    texts = [b.text for b in document.blocks] + [c.text for t in document.tables for c in t.cells]
    rep = Repairer(texts, lexicon_for(config))
    for b in document.blocks:
        new, changes = rep.repair(b.text)
        if changes and new != b.text:
            if b.original is None:
                b.original = b.text
            b.text = new
        rows += [{"block_index": b.index, "page": b.provenance.page, "before": c.before, "after": c.after,
                  "rule": c.rule} for c in changes]
    for t in document.tables:
        for c in t.cells:
            new, changes = rep.repair(c.text, cell=True)
            _set_cell(t, c, new, changes, rows)
        for c, new, changes in _column_numbers(t):
            _set_cell(t, c, new, changes, rows)
        for c, new, changes in _corner_mark(t):
            _set_cell(t, c, new, changes, rows)
        for c, new, changes in _quarters_in_order(t):
            _set_cell(t, c, new, changes, rows)
    rows += _list_numbers(document, rows)
    return rows


def _set_cell(t, c, new: str, changes: list[Change], rows: list[dict]) -> None:
    """Write a cell's repaired text (its first text kept) and the changes as rows."""
    if changes and new != c.text:
        if c.original is None:
            c.original = c.text
        c.text = new
    page = (c.provenance.page if c.provenance else None) or t.provenance.page
    rows += [{"table_index": t.index, "cell_row": c.row, "cell_col": c.col, "page": page,
              "before": ch.before, "after": ch.after, "rule": ch.rule} for ch in changes]


_NUMERALS = ("I", "II", "III", "IV")
_CELL_NUMERAL = re.compile(r"^\s*([IІ]{1,3}|[IІ]V)(?=\s?" + _PERIOD_WORD + ")", re.I)


def _quarters_in_order(t) -> list[tuple]:
    """A header row of quarters (or half-years) runs I, II, III, IV: a
    numeral read "ПІ" (III in plain type, II in bold; :func:`_doubtful_roman_reading`
    decides for the document) that stands after a II or before a IV of its
    row is III, after an I or before a III is II.  Returns (cell, new text,
    changes)."""
    out = []
    rows: dict[int, list] = {}
    for c in t.cells:
        if _CELL_NUMERAL.match(c.text):
            rows.setdefault(c.row, []).append(c)
    for cells in rows.values():
        cells.sort(key=lambda c: c.col)
        values = [_CELL_NUMERAL.match(c.text).group(1).upper().replace("І", "I") for c in cells]
        for i, c in enumerate(cells):
            first = _ROMAN_SLOT.search(c.original or "")
            if not first or first.group(1).translate(_STROKES) not in _ROMAN_DOUBTFUL:
                continue
            before = values[i - 1] if i else None
            after = values[i + 1] if i + 1 < len(values) else None
            want = "III" if before == "II" or after == "IV" else "II" if before == "I" or after == "III" else None
            if want and want != values[i]:
                m = _CELL_NUMERAL.match(c.text)
                new = c.text[:m.start(1)] + want + c.text[m.end(1):]
                out.append((c, new, [Change(c.text, new, "roman")]))
                values[i] = want
    return out


#: a corner cell of one mark: a speck, a stamp's or a shade's edge, or the first column's heading OCR lost
_LONE_MARK = re.compile(r"\W*\w?\W*")


def _corner_mark(t) -> list[tuple]:
    """A table's top left cell that reads as one character ("6", "р", "."),
    over a first column of labels and beside a header: what OCR made of the
    labels' heading ("Көрсеткіштер", "Показатели") on a grey or blurred
    header, or of a speck in an empty corner.  A digit there makes the
    header row a row of figures and the first column no labels' column; the
    cell is emptied (its reading kept as ``original``).  "№" over row
    numbers stays."""
    corner = next((c for c in t.cells if c.row == 0 and c.col == 0), None)
    text = corner.text.strip() if corner is not None else ""
    if not text or "№" in text or not _LONE_MARK.fullmatch(text):
        return []
    below = [c.text for c in t.cells if c.col == 0 and c.row > 0 and c.text.strip()]
    labels = [x for x in below if len(_WORD.findall(x)) and max(len(w) for w in _WORD.findall(x)) >= 3]
    header = [c for c in t.cells if c.row == 0 and c.col > 0 and c.text.strip()]
    if len(below) < 2 or len(labels) < 0.8 * len(below) or not header:
        return []
    return [(corner, "", [Change(corner.text, "", "stray_mark")])]


#: a figure with one thousands space lost: "2611 045" (4 digits + a group), "5 870210" (a run of six)
_GROUPS = re.compile(r"\d{1,6}(?: \d{3}(?:\d{3})?)+")
_SINGLE_NUMBER = re.compile(r"[-+]?\d+(?:[.,]\d+)?%?")
_DECIMAL = re.compile(r"[-+]?\d+[.,]\d{1,2}")
#: a thousands space read as a colon, a semicolon or a hyphen: "2:150", "12-310"
_COLON_GROUP = re.compile(r"\d{1,3}[:;-]\d{3}")
_WHOLE = re.compile(r"[-+]?\d+")
#: a decimal comma read as a colon: "1:5"
_COLON_DECIMAL = re.compile(r"\d{1,3}:\d{1,2}")


#: digits of the largest figure a report writes with thousands spaces (a budget in tenge: 1 234 567 890)
MAX_FIGURE_DIGITS = 10


def one_figure(m: re.Match) -> bool:
    """A match of digit groups ("314 760", "1 402 850") that is one figure
    for certain.  A line of a table flattened into text, or cells OCR set
    on one line, gives runs of figures one space apart: "28 410 612 300"
    (two figures) would join to a figure no report writes (over
    :data:`MAX_FIGURE_DIGITS` digits), and "98 640 101,5" (a figure and a
    percentage) ends in a group with a decimal part after two groups or
    more, where a figure of millions is not written with decimals.  Such
    runs are left as they are."""
    digits = re.sub(r"\D", "", m.group())
    if len(digits) > MAX_FIGURE_DIGITS:
        return False
    tail = m.string[m.end():m.end() + 2]
    return not (m.group(2).count(" ") + m.group(2).count("\u00a0") + m.group(2).count("\u202f") >= 2
                and re.match(r"[.,]\d", tail))


def _lost_group_space(text: str) -> bool:
    """``text`` is digit groups of which exactly one boundary lost its space:
    "2611 045", "1916 078", "5 870210" (the others are groups of three)."""
    if not _GROUPS.fullmatch(text):
        return False
    first, *rest = text.split(" ")
    if any(len(g) % 3 for g in rest) or len(first) > 6:
        return False
    return (len(first) - 1) // 3 + sum(len(g) // 3 - 1 for g in rest) == 1


#: a figure with marks around it that are no text: a stamp's ring, a signature's stroke or a rule read as
#: punctuation and lone letters ("48 ре Ж", "784 \\ Х у", "64 ——..", "\\4460"); no digit, no word of three
#: letters (a unit: "тыс."), no per cent sign among them; letters glued to the figure ("1БІ") are digits misread
_MARK = r"[^\w\s%]|(?<=\s)[^\W\d_]{1,2}(?![^\W\d_])"
#: an abbreviation after a figure, no mark: "2022 г.", "2023 ж.", "12 кв." (one or two letters and a point), or a
#: year's letter without its point ("2022 г")
_ABBREVIATION_AFTER = re.compile(r"\s*[^\W\d_]{1,2}\.\s*|\s*[гжГЖ]\s*")
_MARKS_AROUND = re.compile(rf"((?:[\\/|]\s?)?)([-+]?\d{{1,3}}(?:[ \u00a0]\d{{3}})+|[-+]?\d+(?:[.,]\d+)?)"
                           rf"((?:\s*(?:{_MARK}))*?)\s*")


def _column_numbers(t) -> list[tuple]:
    """Cells of a table of figures that OCR left as no figure: a figure
    with marks around it in a column of single numbers (a stamp or a
    signature over the table, read as "48 ре Ж", "\\4460": the figure
    alone), a figure
    with one thousands space lost ("2611 045" in a column of single
    numbers), a decimal comma read as a colon ("1:5" in a column or a row
    of decimals: 1,4 and 1,6; a table's row is one indicator, a ratio's
    over several years), a thousands space read as a colon or a hyphen
    ("2:150", "12-310" in a column or row of whole numbers).  The line's other cells with a digit must be
    single numbers (two at least, and most of them), more of them decimals
    than not for the colon.  Returns (cell, new text, changes)."""
    cols: dict[int, list] = {}
    rows: dict[int, list] = {}
    for c in t.cells:
        if getattr(c, "col_span", 1) == 1:
            cols.setdefault(c.col, []).append(c)
        if getattr(c, "row_span", 1) == 1:
            rows.setdefault(c.row, []).append(c)
    # (cells by their first column, whatever their span: a stamp's ring read as rules parts a few rows' cells)
    starts: dict[int, list] = {}
    for c in t.cells:
        starts.setdefault(c.col, []).append(c)

    def numbers(line: list, cell) -> list[str] | None:
        """The single numbers among the other cells with a digit of ``line``,
        or None when they are not most of them."""
        others = [x.text.strip() for x in line if x is not cell and any(ch.isdigit() for ch in x.text)]
        single = [o for o in others if _SINGLE_NUMBER.fullmatch(o)]
        near = sum(1 for o in others if _SINGLE_NUMBER.fullmatch(o) or _lost_group_space(o))
        return single if len(single) >= 2 and 2 * near > len(others) else None

    out = []
    for c in t.cells:
        x = c.text.strip()
        if _lost_group_space(x) and numbers(cols.get(c.col, []), c) is not None:
            new = x.replace(" ", "")
            out.append((c, new, [Change(x, new, "number_space")]))
        elif (m := _MARKS_AROUND.fullmatch(x)) and (m.group(1) or m.group(3)) \
                and not _ABBREVIATION_AFTER.fullmatch(m.group(3)) \
                and numbers(starts.get(c.col, []), c) is not None:
            new = m.group(2)
            out.append((c, new, [Change(x, new, "stray_mark")]))
        elif _COLON_GROUP.fullmatch(x):
            # a thousands space read as a colon ("2:150" among 52 400, 8 900): no time or decimal has
            # three digits after its colon; or as a hyphen ("12-310" among 11 840, 4 320: a range has no
            # place among single counts); in a column or row of whole numbers, one of thousands at least
            for line in (cols.get(c.col, []), rows.get(c.row, [])):
                single = numbers(line, c) or []
                whole = [o for o in single if _WHOLE.fullmatch(o)]
                if single and 2 * len(whole) > len(single) and any(int(o.lstrip("+-")) >= 1000 for o in whole):
                    new = re.sub(r"[:;-]", "", x)
                    out.append((c, new, [Change(x, new, "number_space")]))
                    break
        elif _COLON_DECIMAL.fullmatch(x):
            for line in (cols.get(c.col, []), rows.get(c.row, [])):
                single = numbers(line, c) or []
                decimals = [o for o in single if _DECIMAL.fullmatch(o)]
                if single and 2 * len(decimals) > len(single):
                    mark = "." if 2 * sum("." in o for o in decimals) > len(decimals) else ","
                    new = x.replace(":", mark)
                    out.append((c, new, [Change(x, new, "decimal_mark")]))
                    break
    return out


#: a list's bullet as OCR reads it ("е", "“", "*"), alone before a capital at a paragraph's start
_BULLET_MISREAD = re.compile(rf"^(?:[еe][“”\"]?|[“”\"*°¢©])(?=\s+[A-Z{UPPER}])")


#: a footnote at a page's foot: its number, then its text from a capital ("2 Из них посещений …"); 3 may read З
_FOOTNOTE = re.compile(rf"^([1-9]|[Зз])\s+(?=[{UPPER}])")
#: a footnote's mark after a figure, read as a digit glued to its last group: "168 900²," read "168 9002,"
_MARK_ON_FIGURE = re.compile(r"(?<![\d.,])(\d{1,3}(?:[ \u00a0\u202f]\d{3})*[ \u00a0\u202f]\d{3})\d(?![\d])")
#: ... after a sentence's full stop, before the next: "… 296 410 экз.³ За год …" read "экз.3 За год"
_MARK_ON_WORD = re.compile(rf"(?<=[{LOWER}]\.)\d(?=\s+[{UPPER}])")
#: a footnote stands in the lowest quarter of the page (its lowest line's bottom taken for the page's height)
_FOOT_SHARE = 0.75
#: ... and the first of a page is set off from the text above it (the footnotes' rule and space), in points
_FOOT_GAP = 20.0


def _footnotes(document: Document) -> list[dict]:
    """Footnotes of a page read as paragraphs: OCR reads the superscript
    number of a footnote as a digit before its text ("2 Из них посещений
    массовых мероприятий – 38 450.") and the mark after a figure as a digit
    glued to it ("168 900²" read "168 9002").  Where two paragraphs or more
    in the lowest quarter of their pages, the first of each page set off
    from the text above it, begin with a number and a capital,
    numbered 1, 2, 3 … in order (or from 1 again on a page), they are
    footnotes: their numbers go, and so does a single digit glued to a
    figure's last group of three ("168 9002," -> "168 900,") or to a
    sentence's full stop before the next sentence ("экз.3 За год") in the
    other paragraphs.  Returns the rows."""
    boxes = [b.provenance.bbox for b in document.blocks if b.provenance.bbox]
    if not boxes:
        return []
    foot = _FOOT_SHARE * max(box[3] for box in boxes)
    notes = []
    above: dict[int | None, float] = {}  # the bottom of the last block of each page so far
    for b in document.blocks:
        m = _FOOTNOTE.match(b.text)
        box = b.provenance.bbox
        if b.kind == "paragraph" and m and box and box[1] >= foot and (
                notes and notes[-1][0].provenance.page == b.provenance.page
                or box[1] - above.get(b.provenance.page, 0.0) >= _FOOT_GAP):
            notes.append((b, int(m.group(1).replace("З", "3").replace("з", "3")), m.group()))
        if box:
            above[b.provenance.page] = box[3]
    numbers = [n for _, n, _ in notes]
    if len(notes) < 2 or numbers[0] != 1 or any(n not in (a + 1, 1) for a, n in zip(numbers, numbers[1:])):
        return []
    rows = []

    def note(b, before: str, after: str) -> None:
        rows.append({"block_index": b.index, "page": b.provenance.page, "before": before, "after": after,
                     "rule": "footnote"})

    for b, _, mark in notes:
        if b.original is None:
            b.original = b.text
        note(b, mark, "")
        b.text = b.text[len(mark):]
    marked = {id(b) for b, _, _ in notes}
    for b in document.blocks:
        if id(b) in marked:
            continue
        new = _MARK_ON_FIGURE.sub(lambda m: (note(b, m.group(), m.group(1)), m.group(1))[1], b.text)
        new = _MARK_ON_WORD.sub(lambda m: (note(b, m.group(), ""), "")[1], new)
        if new != b.text:
            if b.original is None:
                b.original = b.text
            b.text = new
    return rows


def _bullets(document: Document) -> list[dict]:
    """The bullets of a list read as a letter or a quote ("е Центральная
    районная библиотека – …", "“ Сельская библиотека …"): where two
    paragraphs or more start with such a mark alone before a capital, each
    is the bullet "•" again.  Returns the rows."""
    marked = [b for b in document.blocks if b.kind == "paragraph" and _BULLET_MISREAD.match(b.text)]
    if len(marked) < 2:
        return []
    rows = []
    for b in marked:
        if b.original is None:
            b.original = b.text
        mark = _BULLET_MISREAD.match(b.text).group()
        rows.append({"block_index": b.index, "page": b.provenance.page, "before": mark, "after": "•",
                     "rule": "bullet"})
        b.text = "•" + b.text[len(mark):]
    return rows


#: a block's end that ends no sentence, and a next block's start that goes on with it: a word in
#: lower case, a closing bracket, or a thousands group after a figure cut at its space
_SENTENCE_END = re.compile(r"[.!?:;]\W*$")
_GOES_ON = re.compile(rf"^(?:[{LOWER}a-z]|[)\]])")
_CUT_FIGURE = re.compile(r"(?<![\d.,])\d{1,3}$")
_GROUP_START = re.compile(r"^\d{3}(?![\d])")


_FIGURES_ONLY = re.compile(r"[-+–]?\d[\d \u00a0\u202f.,%+–-]*")


def _cut_inside_figure(first: str, second: str) -> bool:
    """A figure cut by a line break in a sentence ("… в 2021 г. – 131" and
    "960)."): the first block has words.  A block of figures alone is a
    table's cell or row that another OCR program wrote as lines of text
    ("28 410", "612 300"): the next line of figures is the next cell, not
    the rest of a figure; so is a second block of several figures."""
    if _FIGURES_ONLY.fullmatch(first.strip()):
        return False
    return not (_FIGURES_ONLY.fullmatch(second.strip()) and len(second.split()) > 2)


def _unfinished_title(text: str) -> bool:
    """A heading that visibly goes on: a quote or bracket left open
    ("… ГУ «Централизованная"), or a last word of three letters at most in
    lower case (a preposition: "… района за"), or a hyphen or comma at its
    end.  A heading alone may be followed by a paragraph whose capital OCR
    read small (с, о, в, к differ only in size)."""
    t = text.rstrip().rstrip("|¦").rstrip()
    last = t.split()[-1] if t.split() else ""
    return t.count("«") > t.count("»") or t.count("(") > t.count(")") or t.endswith(("-", "–", ",")) \
        or (len(last) <= 3 and last.isalpha() and last.islower())


#: a sentence inside a paragraph: its end, a space and the next one's capital
_SENTENCE_INSIDE = re.compile(rf"[.!?]\s+[{UPPER}]")
_CAPITAL_START = re.compile(rf"^(?:[{UPPER}][{LOWER}]|\()")
_LAST_WORD = re.compile(rf"[{LOWER}]{{2,}}$")


def _capital_tail(a, b) -> bool:
    """The last line of a paragraph's sentence set apart by the OCR layout,
    when that line begins with a capital (a name: "… 22 кітапхана" and
    "Интернетке қосылған.") or an opening bracket ("… образование" and
    "(высшее и среднее) — 29 человек."): a paragraph of running text (a sentence ends
    inside it) that stops on a word in lower case, and, on the same page,
    a short paragraph of one sentence's end (its only sentence end is its
    last character)."""
    first, second = a.text.rstrip(), b.text.strip()
    return a.kind == b.kind == "paragraph" and b.provenance.page == a.provenance.page \
        and bool(_SENTENCE_INSIDE.search(first)) and bool(_LAST_WORD.search(first)) \
        and bool(_CAPITAL_START.match(second)) and len(second) <= 80 and second.endswith(".") \
        and not re.search(r"[.!?;:]", second[:-1])


def _join_broken_sentences(document: Document) -> list[dict]:
    """A sentence cut into two blocks by an OCR line or page break ("… 1308
    дана есептен" at a page's foot, "шығарылды. …" at the next page's top;
    "(в 2021 г. – 131" and "960)."): a block that ends with no sentence end
    (. ! ? : ;), followed right away (no table between, on the same page
    or at the top of the next, running heads dropped by the loader) by a
    paragraph (after a heading, a heading, a title of several lines, or
    a paragraph when the heading is visibly unfinished: an open quote, a
    last preposition) that starts in lower case or with a closing bracket, or with
    a group of three digits after a block ending in a figure of up to
    three, goes on with it.  The joined block keeps where the first
    began; a row (rule ``sentence_join``) records the second's page and
    text.  Returns the rows."""
    blocks = document.blocks
    after_table = {t.position for t in document.tables}
    out: list = []
    rows: list[dict] = []
    remap: dict[int, int] = {}
    for b in blocks:
        a = out[-1] if out else None
        if a is not None and a.kind in ("paragraph", "heading", "list_item") \
                and (b.kind == a.kind == "heading" or (b.kind == "paragraph"
                                                       and (a.kind != "heading" or _unfinished_title(a.text)))) \
                and a.index not in after_table and a.provenance.page is not None \
                and b.provenance.page in (a.provenance.page, a.provenance.page + 1) \
                and not _SENTENCE_END.search(a.text.rstrip()) \
                and (_GOES_ON.match(b.text) or (_GROUP_START.match(b.text) and _CUT_FIGURE.search(a.text.rstrip())
                                                 and _cut_inside_figure(a.text, b.text))
                     or _capital_tail(a, b)):
            first = a.original if a.original is not None else a.text
            second = b.original if b.original is not None else b.text
            rows.append({"block_index": a.index, "page": b.provenance.page, "before": b.text,
                         "after": f"{a.text.rstrip()} {b.text}", "rule": "sentence_join"})
            a.text = f"{a.text.rstrip()} {b.text}"
            a.original = f"{first.rstrip()} {second}"
            if b.provenance.page == a.provenance.page and a.provenance.bbox and b.provenance.bbox:
                (x0, t0, x1, b0), (x2, t2, x3, b2) = a.provenance.bbox, b.provenance.bbox
                a.provenance.bbox = (min(x0, x2), min(t0, t2), max(x1, x3), max(b0, b2))
            remap[b.index] = len(out) - 1
            if b.index in after_table:
                after_table.add(a.index)
            continue
        remap[b.index] = len(out)
        out.append(b)
    if not rows:
        return []
    for t in document.tables:
        if t.position >= 0:
            t.position = remap.get(t.position, t.position)
    document.blocks[:] = out
    for r in rows:
        r["block_index"] = remap.get(r["block_index"], r["block_index"])
    for k, b in enumerate(out):
        b.index = k
    return rows


_LIST_START = re.compile(r"^([\dТтlI|ЗО]{1,3})[,;:.]?\s+(?=\S)")
_NUMBER_LOOKALIKE = str.maketrans(LIST_NUMBER_LOOKALIKES)
_CONTINUES = re.compile(rf"^[a-z{LOWER}/(«\"–-]")
# an entry's line ending inside an area: what follows goes on with it ("// Ауыл тынысы. –" / "2013. – ...")
_UNFINISHED = ("–", "—", "-", "/", ",", ":")


def _list_numbers(document: Document, rows: list[dict]) -> list[dict]:
    """A numbered entry whose number OCR garbled ("15, Каукербекова,Г. ...",
    the period read as a comma) is a paragraph between list items; when its
    number is the one after the list item just before it, it becomes that
    list item again, and the paragraphs that go on its sentence in lower
    case are joined to it.  ``rows`` (the changes so far) get their block
    indexes renumbered."""
    blocks = document.blocks
    out: list = []
    new_rows: list[dict] = []
    remap: dict[int, int] = {}
    last: int | None = None
    i = 0
    while i < len(blocks):
        b = blocks[i]
        m = _LIST_START.match(b.text) if b.kind == "paragraph" else None
        number = m.group(1).translate(_NUMBER_LOOKALIKE) if m else ""
        if m and number.isdigit() and last is not None and int(number) != last + 1 \
                and _next_item_number(blocks, i) == last + 2:
            number = str(last + 1)  # "49, ..." between items 28 and 30: a digit misread
        if b.kind == "list_item" and b.number and b.number.isdigit() and last is not None \
                and int(b.number) != last + 1 and _next_item_number(blocks, i) == last + 2:
            new_rows.append({"block_index": b.index, "page": b.provenance.page, "before": f"{b.number}.",
                             "after": f"{last + 1}.", "rule": "list_number"})
            b.number = str(last + 1)  # "97." between items 56 and 58
        elif b.kind == "list_item" and b.number and b.number.isdigit() and last is None \
                and int(b.number) > 1 and _next_item_number(blocks, i) == int(b.number):
            new_rows.append({"block_index": b.index, "page": b.provenance.page, "before": f"{b.number}.",
                             "after": f"{int(b.number) - 1}.", "rule": "list_number"})
            b.number = str(int(b.number) - 1)  # a list's first item "2." before its item 2
        if m and number.isdigit() and last is not None and int(number) == last + 1:
            before = b.text
            b.kind, b.number = "list_item", number
            b.text = b.text[m.end():]
            remap[b.index] = len(out)
            originals = [b.original if b.original is not None else before]
            j = i + 1
            while j < len(blocks) and blocks[j].kind == "paragraph" \
                    and (_CONTINUES.match(blocks[j].text) or b.text.rstrip().endswith(_UNFINISHED)) \
                    and (j == i + 1 or not b.text.rstrip().endswith((".", "!", "?"))):
                b.text = f"{b.text} {blocks[j].text}"
                originals.append(blocks[j].original if blocks[j].original is not None else blocks[j].text)
                remap[blocks[j].index] = len(out)
                j += 1
            b.original = " ".join(originals)
            new_rows.append({"block_index": b.index, "page": b.provenance.page, "before": before,
                             "after": f"{b.number}. {b.text}", "rule": "list_number"})
            out.append(b)
            last = int(b.number)
            i = j
            continue
        if b.kind == "list_item" and b.number and b.number.isdigit():
            last = int(b.number)
        elif b.kind == "heading":
            last = None
        remap[b.index] = len(out)
        out.append(b)
        i += 1
    if len(out) == len(blocks) and not new_rows:
        return []
    for t in document.tables:
        if t.position >= 0:
            t.position = remap.get(t.position, t.position)
    for r in rows + new_rows:
        if r.get("block_index") is not None:
            r["block_index"] = remap.get(r["block_index"], r["block_index"])
    document.blocks[:] = out
    for k, b in enumerate(out):
        b.index = k
    return new_rows


def _next_item_number(blocks: list, i: int, reach: int = 3) -> int | None:
    """The number of the first numbered list item among the ``reach``
    blocks after block ``i`` (the lines of an entry the loader left as
    paragraphs come between)."""
    for b in blocks[i + 1:i + 1 + reach]:
        if b.kind == "list_item" and b.number and b.number.isdigit():
            return int(b.number)
    return None


_PENDING = "_ocr_repairs"


def _texts(document: Document) -> list[str]:
    return [b.text for b in document.blocks] + [c.text for t in document.tables for c in t.cells]


def restore_kazakh_letters(document: Document, config: Config, dictionary: bool = True) -> list[dict]:
    """The Kazakh letters of a document typed without them (``кызмет`` ->
    ``қызмет``, ``окырманга`` -> ``оқырманға``) put back in place, as the
    ``kazakh_letter`` rule does; returns the changes as rows.  Without
    ``dictionary``, only the words of the vocabularies
    (:meth:`Repairer.restore_letters`)."""
    rep = Repairer(_texts(document), lexicon_for(config), typed=True)
    rows: list[dict] = []
    for b in document.blocks:
        new, changes = rep.restore_letters(b.text, dictionary)
        if changes:
            b.original = b.text if b.original is None else b.original
            b.text = new
        rows += [{"block_index": b.index, "page": b.provenance.page, "before": c.before, "after": c.after,
                  "rule": c.rule} for c in changes]
    for t in document.tables:
        for c in t.cells:
            new, changes = rep.restore_letters(c.text, dictionary)
            _set_cell(t, c, new, changes, rows)
    return rows


@hookimpl(tryfirst=True)
def prepare_document(document: Document, config: Config) -> None:
    if not should_repair(document, config):
        if str(config.get("ocr_repair", "auto")).lower() == "auto" and typed_without_kazakh_letters(_texts(document)):
            # Kazakh typed with Russian letters for the Kazakh ones: only those letters are put back
            rows = restore_kazakh_letters(document, config)
            document.metadata[_PENDING] = rows
            document.metadata["ocr_repaired"] = len(rows)
        return
    typed = str(config.get("ocr_repair", "auto")).lower() == "auto" and typed_without_kazakh_letters(_texts(document))
    rows = repair_document(document, config)
    if typed:
        # Kazakh typed without its letters whose Latin i for і made it look like OCR: after the OCR repair, the
        # words of the vocabularies come back whole as in any text so typed
        rows += restore_kazakh_letters(document, config, dictionary=False)
    document.metadata[_PENDING] = rows
    document.metadata["ocr_repaired"] = len(rows)
    log.info("%s: %d OCR repairs", document.path, len(rows))


def _extract(document: Document, config: Config) -> Iterable[Record]:
    """The repairs recorded by ``prepare_document``, as rows of ``ocr_repairs``."""
    for row in document.metadata.pop(_PENDING, []):
        cell = (row["cell_row"], row["cell_col"]) if "cell_row" in row else None
        yield Record(
            "ocr_repairs",
            {"before": row["before"], "after": row["after"], "rule": row["rule"]},
            evidence=row["before"],
            confidence=1.0,
            block=row.get("block_index"),
            table_index=row.get("table_index"),
            cell=cell,
            provenance=None if row.get("page") is None else _prov(row["page"]),
        )


def _prov(page: int):
    from esep.model import Provenance

    return Provenance(page=page)


@hookimpl
def register_extractors(register):
    register(Extractor("ocr_repairs", _extract, version="1", order=1, tables=("ocr_repairs",)))


@hookimpl
def register_migrations(register):
    from sqlite_utils.migrations import Migrations

    from esep.storage import RECORD_COLUMNS_SQL

    m = Migrations("esep.ocr_repair")

    @m()
    def m001_ocr_repairs(db):
        db.executescript(f"""
            CREATE TABLE ocr_repairs (
                id INTEGER PRIMARY KEY,
                document_id TEXT NOT NULL REFERENCES documents(id),
                before TEXT NOT NULL,
                after TEXT NOT NULL,
                rule TEXT NOT NULL,{RECORD_COLUMNS_SQL}
            );
            CREATE INDEX ocr_repairs_document ON ocr_repairs(document_id);
        """)

    register(m)
