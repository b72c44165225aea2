"""One identity per library: the organization a report is about, under a
stable key, whatever language, script or spelling the report names it in.

A report names its organization as it likes: «Балқаш қаласының
орталықтандырылған кітапхана жүйесі» КММ, ГУ «Централизованная библиотечная
система города Балхаш», Балхашская ЦБС, «Balqash qalasynyń ortalyqtandyrylǵan
kitaphana júıesi».  :func:`parse_name` reads such a name into its parts, in one
spelling (ASCII, with the Kazakh and Russian forms of a place folded together:
Балқаш and Балхаш are both ``balkash``):

* **kind**: a library system (ЦБС, ОКЖ, "централизованная библиотечная
  система", "орталықтандырылған кітапхана жүйесі"), a regional universal
  scientific library (ОУНБ, "облыстық әмбебап ғылыми кітапхана"), the central
  library of a system (ОҚК, ЦГБ, "орталық қалалық кітапхана": one of the
  system's libraries, as ``branches`` reads it, so not the system) or a
  library;
* **place** and its **level** (city, district, region, village): "Балқаш
  қаласының", "города Балхаш", "г. Верхнеозёрска", "Балхашская городская";
* **named**: the person a library is named after ("им. Ш. Уалиханова",
  "Ш. Уәлиханов атындағы"), case endings cut;

legal forms (КММ, ГУ, КГУ, ММ, КМҚК, МБУК ...), quotes and words such as
"коммунальное государственное учреждение" are left out.  The key is built from
these parts (``balkash-city-cbs``, ``esil-region-ounb-ualikanov``), so the
same library gets the same key in every report and in every run.

:func:`resolve` then joins a name to an organization already known: the
aliases a user accepted (``esep vocab accept NAME KEY --kind organization``,
kept in ``organizations.json`` of the vocabulary folder), the same key, or a
known organization of the same kind whose place and person match by fuzzy
match (rapidfuzz) and whose level does not contradict.  A name that matches
nothing becomes a new organization under its own key.

This plugin owns ``organization_names`` (the name each report gives, with its
provenance and how it was resolved) and the views ``organizations`` (one row
per key with its Kazakh and Russian names and aliases) and
``organization_aliases``.  The key is stored in ``documents.organization_id``;
``documents.organization`` keeps the name as written.
"""

from __future__ import annotations

import functools
import json
import logging
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

from rapidfuzz import fuzz
from sqlite_utils.migrations import Migrations

from esep import hookimpl
from esep.model import Block, Document, Record
from esep.plugins.lang.detect import KAZAKH_LETTERS
from esep.plugins.lang.names import fold_name, places_kz
from esep.storage import RECORD_COLUMNS_SQL

log = logging.getLogger(__name__)

#: Similarity (0-100) of place and person names that joins two organizations.
THRESHOLD = 85.0
#: A place name shorter than this joins another only when the two are spelt alike.
SHORT_PLACE = 6
#: Name of the file of accepted aliases in the vocabulary folder.
ALIASES_FILE = "organizations.json"

# -- the parts of a name ------------------------------------------------------------

_KINDS = (
    ("ounb", re.compile(r"\b(?:oblis\w* ambebap gilim\w* kitapkana\w*|oblastn\w* universaln\w* nauchn\w* bibliotek\w*"
                        # (abbreviated with the region's letters first: ПОУНБ, ВКОУНБ, СКОУНБ, ЗКОУНБ; the letters are
                        # not read as a place, since one letter stands for several regions)
                        r"|(?:[vsz]k|[a-z])?ounb|oagk|ouagk)\b")),
    # (the system of libraries in the plural too: "Орталықтандырылған кітапханалар жүйесі")
    ("cbs", re.compile(r"\b(?:ortalik\w* kitapkana(?:lar)? zhui\w*|kitapkana(?:lar)? zhui\w*"
                       r"|tsentralizovann\w* bibliotechn\w* sistem\w*|bibliotechn\w* (?:informatsionn\w* )?sistem\w*"
                       r"|m?tsbs|okzh"
                       # with its level's letter first: АОКЖ, the district's (аудандық ОКЖ), ҚОКЖ, the town's; so in
                       # Russian: РЦБС, ГЦБС, or after the system's letter, ЦРБС, ЦГБС (районная, городская ЦБС)
                       r"|[ak]okzh|[rg]tsbs|ts[rg]bs"
                       # and the Russian "библиотечная система" by its two letters: "МБУК «БС г. Рубцовска»"
                       r"|bs)\b")),
    # the central library of a system (ОҚК, ЦГБ) is one of its libraries, not the system
    # (a district's "межпоселенческая центральная библиотека", МЦБ, is its central library too, and so is a
    # system's library named "Орталық кітапхана", "Центральная библиотека", with no level between)
    ("central", re.compile(r"\b(?:ortalik (?:(?:kalalik|audandik) )?kitapkana\w*|tsentraln\w* (?:(?:gorodsk|raionn)\w* )?bibliotek\w*"
                           r"|mezhposelen\w* tsentraln\w* bibliotek\w*|tsentraln\w* mezhposelen\w* bibliotek\w*|mtsb"
                           r"|okk|tsgb|tsrb)\b")),
    # a children's library is another library than the town's central one
    # (abbreviated too: ЦДБ, ЦГДБ, ЦРДБ, the central children's library of a system, a town or a district)
    ("children", re.compile(r"\b(?:detsk\w* (?:\w+ )?bibliotek\w*|balalar (?:\w+ ){0,3}kitapkana\w*|ts[gr]?db"
                            # the region's children's library, ОДБ, with its region's letters too (КОДБ, ВКОДБ)
                            r"|(?:[vsz]k|[a-z])?odb)\b")),
    # an information and library centre, written out or abbreviated (ИБЦ; with its level's letter first: РИБЦ, the
    # district's, ГИБЦ, the town's, ОИБЦ, the region's), is a library, and so is a library and information centre
    # of a Russian settlement or district (библиотечно-информационный центр, БИЦ; МБИЦ, the inter-settlement one)
    # (the region's youth library, ОЮБ, is a library)
    ("library", re.compile(r"\b(?:kitapkana\w*|bibliotek\w*|informatsionno bibliotechn\w* tsentr\w*|(?:[vsz]k|[a-z])?oiub"
                           r"|akparattik kitapkanalik ortalig\w*|[rgo]?ibts"
                           r"|bibliotechno informatsionn\w* tsentr\w*|m?bits"
                           # (and a university's information and resource centre, ИРЦ, the library of a university
                           # of Uzbekistan)
                           r"|informatsionno resursn\w* tsentr\w*|irts)\b")),
    # the akim of a place (and his office, "әкімінің аппараты") who reports to the population; not the akimat that
    # founds a library ("акимата", "әкімдігінің": the library's name goes on)
    ("akim", re.compile(r"\b(?:akim|akima|akimi|akiminin)\b")),
)
#: a library's number ("Детская библиотека № 3", "библиотека-филиал №12"), or in Kazakh its ordinal ("5-ші ауылдық
#: кітапхана", "3-шы кітапхана-филиалы": the fifth village library is library № 5)
_NUMBER = re.compile(r"№\s*(\d{1,3})(?!\d)|(?<![\d.,])(\d{1,3})\s*-\s*(?:ші|шы)\s+(?=(?:\w+\s+){0,2}кітапхана)",
                     re.IGNORECASE)
#: the word of a branch, which its number already says: "библиотека-филиал № 5", "5-ші кітапхана-филиалы"
_BRANCH_WORD = re.compile(r"^filial\w*$")
_LEVELS = (
    # (the level's letter of an abbreviated centre: "Каттакурганский РИБЦ" is the district's, районный ИБЦ; so of an
    # abbreviated central library: ЦРБ, ЦРДБ the district's, ЦГБ, ЦГДБ the town's)
    # (and of a region's library abbreviated: ОУНБ, ОДБ, ОЮБ, with the region's letters or without)
    ("region", re.compile(r"\b(?:oblis\w*|oblast\w*|kraev\w*|kraia|krai|oibts|(?:[vsz]k|[a-z])?o(?:unb|db|iub))\b")),
    ("district", re.compile(r"\b(?:audan\w*|raion\w*|mezhposelen\w*|ribts|tsrd?b|aokzh|mbits|rtsbs|tsrbs)\b")),
    ("village", re.compile(r"\b(?:auil\w*|sel\w*|posel\w*|poselk\w*|stanits\w*|kenttik\w*)\b")),
    ("city", re.compile(r"\b(?:kala\w*|gorod\w*|g|gibts|tsgd?b|kokzh|gtsbs|tsgbs)\b")),
)
#: Legal forms of Kazakh and Russian institutions, and the words they abbreviate.
LEGAL_FORMS = (
    "kmm", "mm", "kmkk", "mkkk", "kgu", "gu", "kgkp", "gkkp", "mkp", "rgkp", "rmkk", "zhshs", "too", "kb", "oo",
    "ak", "ao", "mbuk", "mkuk", "mauk", "mbu", "mku", "mau", "muk", "gbuk", "gauk", "gbu", "gku", "mup", "kgbuk",
)
_FILLER = re.compile(
    r"\b(?:kommunal\w*|memleket\w*|mekeme\w*|kazinalik|kazenn\w*|gosudarstv\w*|uchrezhd\w*|munitsipal\w*"
    r"|biudzhet\w*|avtonomn\w*|kultur\w*|madeniet\w*|akimat\w*|akimdig\w*|kazinalik|kasipor\w*|predpriiat\w*"
    r"|zhane|i|ve|imeni|im|atindag\w*|ati|ortalik|tsentraln\w*)\b")
# a word of a person's name: not a word of places, levels or kinds
_PERSON_WORD = (r"(?!(?:goroda|gorod|g\b|raion|oblast|sela|selo|posel|kala|audan|oblis|auil|kitapkana|bibliotek|tsbs"
                r"|okzh|tsentral|ortalik|detsk|balalar)\w*\b)"
                # nor a place's adjective after the person: "имени Пушкина Тарского района"
                r"(?![a-z]+(?:skogo|skoi|nogo|noi) (?:munitsipaln\w* )?(?:raion|oblast|okrug|gorodsk))[a-z]{3,}")
_NAMED = (
    re.compile(r"\bim(?:eni)?\b((?: [a-z]{1,2}\b)*)((?: " + _PERSON_WORD + r")(?: " + _PERSON_WORD + r")?)"),  # им. А. С. Пушкина
    re.compile(r"((?:\b[a-z]{1,2} )*)\b((?:" + _PERSON_WORD + r" )?" + _PERSON_WORD + r") atindag\w*"),  # Ш. Уәлиханов атындағы
)
_LEVEL_ORDER = ("village", "city", "district", "region")  # most specific first
_ADJ_PLACE = re.compile(r"\b([a-z]{3,}?)(?:skaia|skoi|skogo|skii|skoe|skomu|skim|skuiu|skie|skikh)\b"
                        r"(?: (?:munitsipaln\w* )?(gorodsk\w*|raionn\w*|oblastn\w*|selsk\w*|raion\w*|oblast\w*|okrug\w*))?")
# "Озёрного района", "Озёрной МЦБС", "Озёрная межпоселенческая ЦБС": an adjective in -н- names a
# place only right before a level or a system
_ADJ_N_PLACE = re.compile(r"\b([a-z]{3,}?)n(?:ogo|oi|aia|ii|oe|omu|uiu|ikh) (?:munitsipaln\w* )?"
                          r"(raion\w*|oblast\w*|okrug\w*|gorodsk\w*|raionn\w*|mezhposelen\w*|m?tsbs|tsentralizovann\w*)\b")
_KZ_PLACE = re.compile(r"\b([a-z]{3,}) (kala\w*|audan\w*|oblis\w*|auil\w*"
                       # a settlement, кент (посёлок): "Затобол кентінің", "Саяқ кенттік кітапханасы" (not Кентау)
                       r"|kent(?:i|inin|tik|te|tegi)?)\b")
# (the word after a level is no place when a level follows it: "Ургутского района Самаркандской области" names
# the district, then the region it lies in)
_RU_PLACE = re.compile(r"\b(goroda|gorod|g|sela|selo|poselka|stanitsi|aula|raiona|oblasti) "
                       # (no level word as the place: "района города Бишкек" is the district's, then the town's)
                       r"(?!(?:goroda|gorod|g|sela|selo|poselka|stanitsi|aula|raiona|oblasti)\b)([a-z]{3,})\b"
                       r"(?! (?:oblast|raion|krai|kraia|okrug)\w*\b)")
# a district named after a person, in Russian: the level, then the person's first name and surname in the
# genitive ("район Магжана Жумабаева", "района Беимбета Майлина"), as Kazakh writes them before the level in the
# nominative ("Мағжан Жұмабаев ауданы"): the surname is the place; not when the district has its adjective
# before it ("Абайского района имени Жамбыла" is the Абай district, and Жамбыл the library's person)
_NO_ADJ_BEFORE = r"(?<!go )(?<!ii )(?<!om )(?<!em )(?<!oi )"
_RU_PERSON_DISTRICT = re.compile(_NO_ADJ_BEFORE + r"\braion[aue]? ([a-z]{3,}a) ([a-z]{3,}(?:ov|ev|in)a)\b")
# "района имени Абая", "Ғабит Мүсірепов атындағы аудан": the district's own name is the person's, not a library's
_DISTRICT_NAMED = ((re.compile(_NO_ADJ_BEFORE + r"\b(raion[aue]?) im(?:eni)? "), r"\1 "),
                   (re.compile(r"\batindag\w* (audan\w*)\b"), r"\1"))
# ("Куртамышского муниципального округа": a Russian municipal okrug is a district's level; "городского округа" a
# town's, by its adjective)
_LEVEL_OF = (("city", r"kala|gorod|g$"), ("district", r"audan|raion|mezhposelen|okrug"), ("region", r"oblis|oblast"),
             ("village", r"auil|sel|posel|stanits|aul|kent"))
#: a district's name followed by a town, in the folded name: "oktiabrskogo raiona g bishkek", "raiona kazibek bi goroda
#: karagandi"
_DISTRICT_OF_TOWN = re.compile(r"\braion(?:a|e|u)?(?:\s+[a-z]+){0,2}?\s+(?:g|goroda)\s+[a-z]{3,}")
_STOP_PLACES = {"goroda", "gorod", "raiona", "oblasti", "kalasi", "audani", "kalalik", "audandik", "oblistik",
                "tsentraln", "tsentr", "det", "sel", "mezhposelenche", "ortalik", "orta", "balalar", "aimak",
                "universaln", "nauchn", "bibliotek", "bibliotechn", "kitapkan", "kala", "audan", "oblis", "auil",
                "rossii", "kazak", "oblastn", "raionn", "gorodsk"}
# a Kazakh genitive or locative on a place's own word; no ablative ("-тан", "-дан"): a place before "қаласы"
# takes none, and the letters are a name's own ("Түркістан", folded "turkistan")
_KZ_CASE = re.compile(r"(?:nin|din|tin|ndagi|dagi|tagi)$")
# the endings of a Russian adjective in any case ("научная", "научной", "научного", "научную", "научных") and of a
# Kazakh noun in the genitive or locative ("орталығының", "үйінде"), folded: cut from the words of a name that has
# no place or person, so that every case form of it gives one key
_RU_ADJ_END = re.compile(r"(?:aia|oi|ogo|omu|uiu|oe|ii|ie|ikh|imi|ei|ego|emu|iaia|iuiu|om|im)$")
_KZ_NOUN_END = re.compile(r"(?:nin|din|tin|ndagi|dagi|tagi|nda|nde)$")


def _is_stop_place(word: str) -> bool:
    """A word that stands where a place does but is none: "центральная",
    "межпоселенческая", "городская", "облыстық" ..."""
    return word in _STOP_PLACES or any(word.startswith(s) for s in _STOP_PREFIXES)


_STOP_PREFIXES = ("tsentral", "mezhposelen", "gorodsk", "raionn", "oblastn", "detsk", "universal", "nauchn",
                  "natsional", "respublik", "munitsipal", "gosudarstv", "kommunal", "biudzhet", "kazen", "selsk",
                  "oblistik", "kalalik", "audandik", "ortalik", "memleket",
                  # the founder after a district ("района управления культуры … области"): no place
                  "upravlen", "otdela")


def _level_of(word: str | None) -> str | None:
    if not word:
        return None
    for lv, pat in _LEVEL_OF:
        if re.match(pat, word):
            return lv
    return None


def _stem(word: str) -> str:
    """A place or person name without its case ending, for comparing:
    "balkasha" (Балхаша), "abaia" (Абая) -> "balkash", "ab"."""
    w = re.sub(r"[aeiouy]+$", "", word)
    return w or word


def _place_stem(word: str) -> str:
    """A place without its case ending; "karagandin" (Карагандинская) and
    "zhitikarin" (Житикаринская) lose the "-in" of Russian adjectives, and a
    city named by an adjective loses its genitive ("rudnogo", города Рудного,
    is "rudn" as Рудный is); a name ending in "й" after a vowel ("burabai",
    Бурабай, Бурабайского) keeps it and that vowel.  A cut that would leave fewer than four letters
    is not made: a short name ("aksu") ends in a vowel of its own."""
    if len(word) > 6 and word.endswith(("ogo", "ego")):
        word = word[:-3]
    if len(word) >= 5 and re.search(r"[^aeiouy]au$", word):
        # "kokshetau", "atirau", "kentau" (Көкшетау, Атырау, Кентау): "-тау", "-рау" are the name's own, no
        # case ending (Kazakh endings never end so, and the names do not decline in Russian), and the
        # Russian adjective keeps them ("Кокшетауская")
        return word
    y = re.search(r"[aeou]i(?=[aeiouy]*$)", word)
    if y is not None and y.end() >= 4:
        # "burabai" (Бурабай, Бурабайского), "kostanaia" (Костаная): the "i" after a vowel is the consonant
        # "й", no case ending, and the vowel before it is the name's own
        return word[:y.end()]
    w = _stem(word)
    if len(w) > 6 and w.endswith("in"):
        w = w[:-2]
    if len(w) >= 5 and w.endswith("sk"):
        # a town in "-ск" ("г. Степногорска", "Уральск", "г. Томска") loses it as its adjective does
        # ("Степногорская", "Томская": the "-ск-" of the name and of the adjective are one) and as Kazakh
        # writes it ("Степногор қаласы"); the adjective's place is read before "-ская", so it has three
        # letters or more, and so must this
        return w[:-2]
    # a short name keeps its letters: "aksu" (Ақсу, Аксуского) is no "aks"
    return w if len(w) >= 4 else word


def word_stem(word: str, kazakh: bool = False) -> str:
    """A word of a name without its case ending, the same for every case: "nauchnaia", "nauchnoi",
    "nauchnogo" (научная, научной, научного) -> "nauchn"; "ortaliginin" (орталығының) -> "ortalig".  A cut that
    would leave fewer than four letters is not made.  In a Kazakh name a voiceless п, к, қ at the end of a
    word turns voiced before an ending that begins with a vowel ("мектеп", "мектебі", "мектебінің"; "орталық",
    "орталығы"): the stem left before such an ending takes its voiceless letter back, so that every form gives
    the nominative's stem ("mektebinin" -> "mektep", "ortaliginin" -> "ortalik")."""
    for end in (_RU_ADJ_END, _KZ_NOUN_END):
        m = end.search(word)
        if m and m.start() >= 4:
            word = word[:m.start()]
            break
    w = _stem(word)
    if len(w) < 4:
        return word
    if kazakh and len(w) < len(word) and w[-1] in _KZ_VOICED:
        w = w[:-1] + _KZ_VOICED[w[-1]]
    return w


#: the voiced letters a Kazakh п, к, қ become before a vowel (folded: б, г and ғ)
_KZ_VOICED = {"b": "p", "g": "k"}


@dataclass(frozen=True)
class OrgName:
    """A name read into its parts (all in the folded spelling)."""

    written: str
    folded: str
    kind: str | None
    place: str | None
    level: str | None
    named: str | None
    rest: str
    number: str | None = None

    @property
    def key(self) -> str:
        """The organization key this name makes on its own."""
        if self.place or self.named:
            parts = [self.place, self.level, self.kind or "org", self.named, self.number and f"n{self.number}"]
            return "-".join(p.replace(" ", "-") for p in parts if p)
        if self.number:
            # a numbered library without place or person: its level, kind and number ("№ 5 ауылдық кітапхана",
            # "Сельская библиотека № 5", "5-ші ауылдық кітапхана-филиалы": ``village-library-n5``)
            words = [w for w in self.rest.split() if not w.isdigit() and not _BRANCH_WORD.match(w)][:6]
            return "-".join(p for p in (*words, self.level, self.kind or "org", f"n{self.number}") if p)
        words = self.rest.split()[:6] or [w for w in self.folded.split() if w not in LEGAL_FORMS][:6]
        return "-".join([*words, self.kind] if self.kind and self.kind not in words else words) or "unknown"

    @property
    def core(self) -> str:
        """What fuzzy matching compares: place and person, else the rest."""
        return " ".join(p for p in (self.place, self.named) if p) or self.rest


#: a place written in two capitalized parts joined by a hyphen: "Кара-Балтинская", "г. Усть-Каменогорска",
#: "Восточно-Казахстанской", "Иссык-Кульская"
_HYPHENATED = re.compile(rf"(?<![\w-])([А-ЯЁA-Z{KAZAKH_LETTERS.upper()}][^\W\d_]*)-(?=[А-ЯЁA-Z{KAZAKH_LETTERS.upper()}])")
#: (in capitals a library's compound too: "ИНФОРМАЦИОННО-БИБЛИОТЕЧНЫЙ ЦЕНТР", "БИБЛИОТЕЧНО-ИНФОРМАЦИОННЫЙ")
_NOT_PLACE_PART = re.compile(r"(?i)^(?:библиоте[кч]|информаци|кітапхана|филиал|центр|орталы|ЦБС|ОКЖ|МЦБС)")


def _join_hyphenated(written: str) -> str:
    """``written`` with the parts of each hyphenated place joined into one word ("Кара-Балтинская" ->
    "Карабалтинская"), so that the place keeps both parts in every case form; a library's words
    ("Библиотека-Филиал") stay apart."""
    return _HYPHENATED.sub(lambda m: m.group(0) if _NOT_PLACE_PART.match(m.group(1))
                           or _NOT_PLACE_PART.match(written[m.end():]) else m.group(1), written)


def _place_pairs(text: str) -> list[tuple[str, str | None]]:
    """Each place a folded name writes, without its case ending, with the level written with it:
    "balkash kalasinin", "goroda balkash", "balkashskaia gorodskaia" -> ("balkash", "city")."""
    pairs: list[tuple[str, str | None]] = [(m.group(2), "district") for m in _RU_PERSON_DISTRICT.finditer(text)]
    person_at = {m.start() for m in _RU_PERSON_DISTRICT.finditer(text)}
    for m in _RU_PLACE.finditer(text):
        if m.start() not in person_at:
            pairs.append((m.group(2), _level_of(m.group(1))))
    for m in _KZ_PLACE.finditer(text):
        pairs.append((_KZ_CASE.sub("", m.group(1)), _level_of(m.group(2))))
    for m in _ADJ_PLACE.finditer(text):
        pairs.append((m.group(1), _level_of(m.group(2))))
    for m in _ADJ_N_PLACE.finditer(text):
        pairs.append((m.group(1), _level_of(m.group(2))))
    pairs = [(p, lv) for p, lv in pairs if not _is_stop_place(p)]
    pairs = [(_place_stem(p), lv) for p, lv in pairs]
    return [(p, lv) for p, lv in pairs if not _is_stop_place(p) and len(p) >= 3 and p not in LEGAL_FORMS]


# -- the places' official names ------------------------------------------------------
# A place of Kazakhstan has a name in the state language and one in Russian, which may be another word
# (Өскемен and Усть-Каменогорск, Орал and Уральск, Ертіс and Иртышский), and may have been renamed (Гурьев is
# Атырау, Целиноград, Ақмола and Нұр-Сұлтан are Астана).  ``schemas/places_kz.json`` lists them as the
# classifier of administrative-territorial units gives them; a place any of them names is keyed by its
# Kazakh name, at the level the list gives it (Целиноград the town is Астана, the Целиноград district is
# itself).

_LEVEL_WORDS = {"regions": ("region", "облысы", "{} область"), "cities": ("city", "қаласы", "город {}"),
                "districts": ("district", "ауданы", "{} район")}


@functools.lru_cache(maxsize=1)
def _official_places() -> tuple[dict[tuple[str, str], str], frozenset[str], dict[str, str]]:
    """(place, level) -> the place's Kazakh name, both as :func:`parse_name` reads them; the districts whose
    name is used in more than one region; and the multi-word names, folded, with the one word they make."""
    data = places_kz()
    multi = {}
    for units in (data["regions"], data["cities"], data["districts"]):
        for e in units:
            for n in [e["kk"], e["ru"], *(f.get(k) for f in e.get("former", []) for k in ("kk", "ru"))]:
                words = fold_name(n or "").split()
                if len(words) > 1:
                    multi[" ".join(words)] = "".join(words)

    def read(phrase: str) -> tuple[str, str | None] | None:
        text = fold_name(_join_hyphenated(phrase))
        for words, one in multi.items():
            text = text.replace(words, one)
        pairs = _place_pairs(text)
        return pairs[0] if pairs else None

    table: dict[tuple[str, str], str] = {}
    regions_of: dict[str, set[str]] = {}
    for group, (level, kk_word, ru_phrase) in _LEVEL_WORDS.items():
        adj_word = {"region": "областная", "city": "городская", "district": "районная"}[level]
        for e in data[group]:
            own = read(f"{e['kk']} {kk_word}")
            if own is None:
                continue
            names = [e, *e.get("former", [])]
            phrases = [f"{n['kk']} {kk_word}" for n in names if n.get("kk")]
            phrases += [(f"{n['ru']} {adj_word}" if n["ru"].endswith(("ая", "ий")) else ru_phrase.format(n["ru"]))
                        for n in names if n.get("ru")]
            phrases += [f"{n['ru_adj']} {adj_word}" for n in names if n.get("ru_adj")]
            for phrase in phrases:
                got = read(phrase)
                if got is not None:
                    table[(got[0], level)] = own[0]
            if level == "district":
                regions_of.setdefault(own[0], set()).add(e["region"])
    shared = frozenset(d for d, rs in regions_of.items() if len(rs) > 1)
    return table, shared, multi


def join_place_words(folded: str) -> str:
    """A folded name with each place of two words the list of places names, before its level, made one
    word: "shigis kazakstan oblistik" (Шығыс Қазақстан облыстық) -> "shigiskazakstan oblistik", so that the
    four "Қазақстан" regions stay four."""
    for words, one in _official_places()[2].items():
        folded = re.sub(rf"\b{words}(?= (?:kala|audan|oblis|oblast|raion|gorod)\w*)", one, folded)
    return folded


def official_level(place: str) -> str | None:
    """The level of a place (as :func:`parse_name` reads it) when the list of places has it at one level only:
    "shiel" (Шиелі, Шиелийская) is a district; "aktiub" (Актюбинская) is a region and a town, so none."""
    levels = {lv for (p, lv) in _official_places()[0] if p == place}
    return levels.pop() if len(levels) == 1 else None


def official_place(place: str, level: str | None, regions: Iterable[str] = ()) -> str:
    """The place a name writes (as :func:`parse_name` reads it) under its Kazakh official name when the list
    of places has it at that level ("ustkamenogor", city -> "oskemen"; "gurev", city -> "atirau"); with no
    level, when every level the list has it at gives one name.  A district whose name is used in more than
    one region keeps the region the name writes: "zhambil almat" (Алматы облысы Жамбыл ауданы)."""
    table, shared, _ = _official_places()
    if level is not None:
        own = table.get((place, level), place)
    else:
        found = {v for (p, _lv), v in table.items() if p == place}
        own = found.pop() if len(found) == 1 else place
    if level == "district" and own in shared:
        region = next((table.get((r, "region"), r) for r in regions), None)
        if region:
            return f"{own} {region}"
    return own


@functools.lru_cache(maxsize=4096)
def parse_name(written: str) -> OrgName:
    """Read an organization's name into kind, place, level and person."""
    folded = fold_name(_join_hyphenated(written))
    for pat, repl in _DISTRICT_NAMED:
        folded = pat.sub(repl, folded)
    kind = next((k for k, pat in _KINDS if pat.search(folded)), None)
    named = None
    for pat in _NAMED:
        m = pat.search(folded)
        if m:
            words = m.group(2).split()
            if len(words) == 2 and not m.group(1).strip():
                words = words[1:]  # a first name written out before the surname: "имени Алишера Навои" is Навои
            named = " ".join(_stem(w) for w in words)
            break
    text = folded
    for pat in _NAMED:
        text = pat.sub(" ", text)
    # a Kazakh ordinal ("5-ші ауылдық") is the library's number, no place before the level
    text = join_place_words(re.sub(r"\b(\d{1,3}) shi\b", r"\1", text))
    pairs = _place_pairs(text)
    town = None
    if _DISTRICT_OF_TOWN.search(text) and any(lv == "district" for _p, lv in pairs):
        # a district followed by its town ("Октябрьского района г. Бишкек", "района имени Казыбек би города
        # Караганды", "Сарысуского района г. Жанатас"): a district of a city, or the town that is the district's seat;
        # either way the system is the district's, not the town's, and the town is kept beside the district's name:
        # many cities have an Октябрьский or a Ленинский district, and the systems of two of them are two
        town = next((p for p, lv in pairs if lv == "city"), None)
        pairs = [(p, lv) for p, lv in pairs if lv != "city"]
    rank = {lv: i for i, lv in enumerate(_LEVEL_ORDER)}
    place = level = None
    if pairs:
        place, level = min(pairs, key=lambda pl: rank.get(pl[1], len(rank)))
    if level is None:
        found = [lv for lv, pat in _LEVELS if pat.search(text)]
        level = min(found, key=lambda lv: rank[lv]) if found else None
    if place:
        if level is None:
            # a name with no level word ("Шиелийская ЦБС") of a place the list of places has at one level only
            level = official_level(place)
        place = official_place(place, level, [p for p, lv in pairs if lv == "region"])
        if town and level == "district":
            place = f"{official_place(town, 'city')} {place}"
    rest = text
    for _k, pat in _KINDS:
        rest = pat.sub(" ", rest)
    for _l, pat in _LEVELS:
        rest = pat.sub(" ", rest)
    rest = _FILLER.sub(" ", rest)
    kazakh = name_language(written) == "kk"
    rest = " ".join(word_stem(w, kazakh) for w in rest.split() if w not in LEGAL_FORMS and len(w) > 1)
    number = _NUMBER.search(written)
    return OrgName(written, folded, kind, place, level, named, rest, (number.group(1) or number.group(2)) if number else None)


_KAZAKH_LETTER = re.compile(f"[{KAZAKH_LETTERS}{KAZAKH_LETTERS.upper()}]")
_KAZAKH_ACRONYM = re.compile(r"\b(?:КММ|ММ|КМҚК|ОКЖ|ОҚК)\b")
_LATIN_WORD = re.compile(r"[a-zA-Z]{3,}")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def name_language(name: str) -> str:
    """``kk`` for a name in Kazakh (Kazakh letters or words, or Latin
    letters), else ``ru``."""
    if _KAZAKH_LETTER.search(name) or _KAZAKH_ACRONYM.search(name):
        return "kk"
    if _LATIN_WORD.search(name) and not _CYRILLIC.search(name):
        return "kk"
    return "ru"


# -- joining a name to a known organization -----------------------------------------

@dataclass
class Resolution:
    organization_id: str
    method: str        # accepted, key (the name's own), fuzzy
    score: float
    name: OrgName


def _compatible(a: OrgName, b: OrgName, same_kind: bool = False) -> bool:
    """Whether ``a`` and ``b`` may be one organization: no kind, number or
    level contradicts; with ``same_kind``, a name of no known kind (a
    department, a school: ``org``) is of another kind than a library's."""
    if (a.kind != b.kind) if same_kind else (a.kind and b.kind and a.kind != b.kind):
        return False
    if a.number != b.number:  # library № 3 is not library № 5, nor the system they belong to
        return False
    if a.level and b.level and a.level != b.level:
        return False
    return True


def _similar(a: OrgName, b: OrgName) -> float:
    if bool(a.named) != bool(b.named) and (a.place is None or b.place is None):
        return 0.0
    if a.place and b.place:
        if min(len(a.place), len(b.place)) < SHORT_PLACE and a.place != b.place:
            return 0.0  # one letter is most of a short name: Ақсу ("aksu") is not Ак-Суу ("aksui")
        s = fuzz.ratio(a.place, b.place)
        if a.named and b.named:
            s = min(s, fuzz.token_sort_ratio(a.named, b.named))
        return s
    if a.named and b.named:
        return fuzz.token_sort_ratio(a.named, b.named)
    if a.place or b.place:
        return 0.0
    return fuzz.token_sort_ratio(a.rest, b.rest) if a.rest and b.rest else 0.0


def accepted_aliases(user_dir: str | Path | None) -> dict[str, str]:
    """Folded alias (a name or a key) -> organization key, from the user's
    ``organizations.json``."""
    if not user_dir:
        return {}
    p = Path(user_dir) / ALIASES_FILE
    if not p.exists():
        return {}
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as e:
        log.warning("%s cannot be read (%s); accepted organization aliases ignored", p, e)
        return {}
    out = {}
    for e in data.get("entries", []):
        for a in e.get("aliases", []):
            out[fold_name(a)] = e["id"]
            out[a.strip().lower()] = e["id"]
    return out


def resolve(written: str, known: Iterable[tuple[str, str]] = (),
            aliases: dict[str, str] | None = None, threshold: float = THRESHOLD) -> Resolution:
    """The organization key of a name: an accepted alias, else a known
    organization (``known``: pairs of key and a name it was written as) with
    the same key or a similar place and person, else the name's own key."""
    name = parse_name(written)
    aliases = aliases or {}
    for probe in (fold_name(written), name.key):
        if probe in aliases:
            return Resolution(aliases[probe], "accepted", 100.0, name)
    known = list(known)
    keys = {k for k, _ in known}
    if name.key in keys:  # known or new, the name's own key: the same in any order of ingest
        return Resolution(name.key, "key", 100.0, name)
    best: tuple[float, str] | None = None
    for key, other in known:
        o = parse_name(other)
        if not _compatible(name, o, same_kind=True):  # fuzzy matching stays within one kind
            continue
        s = _similar(name, o)
        if s >= threshold and (best is None or s > best[0]):
            best = (s, key)
    if best:
        return Resolution(best[1], "fuzzy", round(best[0], 1), name)
    return Resolution(name.key, "key", 100.0, name)


def resolve_in_document(written: str, own_key: str, own_name: str,
                        known: Iterable[tuple[str, str]] = ()) -> str:
    """The key a name refers to inside a report whose organization is
    ``own_key`` (written ``own_name``): a name without place or person ("ОКЖ",
    "МБУК «ЦБС»") of a compatible kind is the report's own organization;
    any other name is resolved as :func:`resolve` does."""
    name, own = parse_name(written), parse_name(own_name)
    if not (name.place or name.named) and _compatible(name, own) and (name.kind or not name.rest):
        return own_key
    return resolve(written, [(own_key, own_name), *known]).organization_id


def names_the_place_of(written: str, org_name: str, threshold: float = THRESHOLD) -> bool:
    """Whether ``written`` is a bare place name ("Жаркөл", "zharkol") of the
    place of the organization ``org_name``: how a list of libraries or a
    gold file may name an organization."""
    name, org = parse_name(written), parse_name(org_name)
    if name.kind or name.named or not org.place:
        return False
    words = (name.place or name.rest).split()
    if len(words) != 1:
        return False
    stem = _place_stem(words[0])  # a bare place is read as the list of places has it ("Усть-Каменогорск": oskemen)
    return max(fuzz.ratio(stem, org.place), fuzz.ratio(official_place(stem, official_level(stem)), org.place)) >= threshold


def known_organizations(db_path: str | None) -> list[tuple[str, str]]:
    """(key, name as written) of the organizations a database already has."""
    if not db_path or not Path(db_path).exists():
        return []
    try:
        conn = sqlite3.connect(Path(db_path).resolve().as_uri() + "?mode=ro", uri=True, timeout=5)
        try:
            return [tuple(r) for r in conn.execute(
                "select distinct organization_id, organization from documents "
                "where organization_id is not null and organization is not null")]
        finally:
            conn.close()
    except sqlite3.Error as e:  # an old database, a locked file: the name keeps its own key
        log.debug("known organizations not read from %s: %s", db_path, e)
        return []


def resolve_document(document: Document, config: Any) -> Resolution | None:
    """Resolve ``document.metadata['organization']`` against the user's
    accepted aliases and the organizations of the database being written."""
    written = document.metadata.get("organization")
    if not isinstance(written, str) or not written.strip():
        return None
    from esep.plugins.vocab import default_user_dir

    db_path = config.get("db_path") if config is not None else None
    return resolve(written, known_organizations(db_path), accepted_aliases(default_user_dir(config)))


# -- plugin: tables, records, commands -----------------------------------------------

@hookimpl(trylast=True)
def prepare_document(document: Document, config) -> None:
    """Set ``organization_id`` once the metadata plugin has found the name."""
    if document.metadata.get("organization_id"):
        return
    r = resolve_document(document, config)
    if r:
        document.metadata["organization_id"] = r.organization_id
        document.metadata["organization_match"] = {"method": r.method, "score": r.score}


def extract(document: Document, config) -> Iterable[Record]:
    """A row of ``organization_names`` for the name the report gives, and for
    each other name of its title that resolves to the same organization (a
    bilingual title names it in Kazakh and in Russian)."""
    written = document.metadata.get("organization")
    org_id = document.metadata.get("organization_id")
    if not written or not org_id:
        return
    match = document.metadata.get("organization_match") or {}
    names = [written] + [n for n in document.metadata.get("organization_names") or [] if n != written]
    for name in names:
        if name == written:
            method, score = match.get("method"), match.get("score")
        else:
            r = resolve(name, [(org_id, written)])
            if r.organization_id != org_id:
                continue
            method, score = "title", r.score
        block = _block_naming(document, name)
        yield Record(
            "organization_names",
            {"name": name, "language": name_language(name), "organization_id": org_id,
             "name_key": parse_name(name).key, "method": method, "score": score},
            evidence=block.text if block else name,
            confidence=round(float(score or 100.0) / 100.0, 3),
            provenance=block.provenance if block else None,
            block=block.index if block else None,
        )


def _block_naming(document: Document, name: str) -> Block | None:
    """The block a name of the title is read from: the first that holds it
    as written, else as written but for its spaces (a place broken at its
    hyphen, "Усть- Каменогорска"), else the first that holds the longest
    beginning of it of two words or more (a name over two lines of the
    title: its evidence is the line it starts on)."""
    found = next((b for b in document.blocks if name in b.text), None)
    if found is not None:
        return found
    squashed = [(b, "".join(b.text.split())) for b in document.blocks]
    words = name.split()
    for k in range(len(words), 1, -1):
        head = "".join(words[:k])
        found = next((b for b, t in squashed if head in t), None)
        if found is not None:
            return found
    return None


@hookimpl
def register_extractors(register):
    from esep.registry import Extractor

    register(Extractor("organizations", extract, version="1", order=5, tables=("organization_names",)))


migrations = Migrations("esep.organizations")


@migrations()
def m001_organizations(db) -> None:
    db.executescript(f"""
        CREATE TABLE organization_names (
            id INTEGER PRIMARY KEY,
            document_id TEXT NOT NULL REFERENCES documents(id),
            name TEXT NOT NULL,             -- as the report writes it
            language TEXT,                  -- kk (Cyrillic or Latin) or ru
            organization_id TEXT NOT NULL,  -- the key, as in documents.organization_id
            name_key TEXT,                  -- the key the name makes on its own
            method TEXT,                    -- accepted, key (the name's own), fuzzy, title
            score REAL,{RECORD_COLUMNS_SQL}
        );
        CREATE INDEX organization_names_org ON organization_names(organization_id);
        CREATE VIEW organization_aliases AS
            SELECT organization_id, name, language, count(DISTINCT document_id) AS n_documents,
                   min(method) AS method
            FROM organization_names GROUP BY organization_id, name, language;
        CREATE VIEW organizations AS
            SELECT o.organization_id AS id,
                   (SELECT a.name FROM organization_aliases a WHERE a.organization_id = o.organization_id
                      AND a.language = 'kk' ORDER BY a.n_documents DESC, a.name LIMIT 1) AS name_kk,
                   (SELECT a.name FROM organization_aliases a WHERE a.organization_id = o.organization_id
                      AND a.language = 'ru' ORDER BY a.n_documents DESC, a.name LIMIT 1) AS name_ru,
                   json_group_array(DISTINCT o.name) AS aliases,
                   count(DISTINCT o.document_id) AS n_documents
            FROM organization_names o GROUP BY o.organization_id;
    """)


@migrations()
def m002_organization_names_by_document(db) -> None:
    """Re-ingesting a document deletes its rows first: by index, not by a scan."""
    db.execute("CREATE INDEX IF NOT EXISTS organization_names_document ON organization_names(document_id)")


@hookimpl
def register_migrations(register):
    register(migrations)


def accept_alias(user_dir: str | Path, term: str, key: str, db_path: str | None = None) -> tuple[Path, int]:
    """Make ``term`` (a name as written, or another key) an alias of the
    organization ``key``: written to ``<user_dir>/organizations.json`` for
    later ingests, and applied at once to the documents of ``db_path``.
    Returns the file and the number of documents moved to ``key``."""
    path = Path(user_dir) / ALIASES_FILE
    data = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {"kind": "organization", "entries": []}
    # an alias may name only one organization
    for e in data["entries"]:
        if e["id"] != key and term in e.get("aliases", []):
            e["aliases"].remove(term)
    entry = next((e for e in data["entries"] if e.get("id") == key), None)
    if entry is None:
        entry = {"id": key, "aliases": []}
        data["entries"].append(entry)
    if term not in entry["aliases"]:
        entry["aliases"].append(term)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    moved = 0
    if db_path and Path(db_path).exists():
        from esep.storage import Store

        store = Store(db_path)
        try:
            cols = store.db["documents"].columns_dict
            if "organization_id" in cols:
                with store.transaction() as db:
                    ids = [r[0] for r in db.execute(
                        "select id from documents where organization_id != ? and "
                        "(organization_id = ? or organization = ?)", [key, term, term])]
                    for doc_id in ids:
                        db.execute("update documents set organization_id = ? where id = ?", [key, doc_id])
                        if db["organization_names"].exists():
                            db.execute("update organization_names set organization_id = ?, method = 'accepted', "
                                       "score = 100.0 where document_id = ?", [key, doc_id])
                    moved = len(ids)
        finally:
            store.close()
    return path, moved


@hookimpl
def register_commands(cli):
    import click

    from esep.cli_support import db_option, output_options, print_rows, readonly_connection

    @cli.group(name="org")
    def org():
        """The organizations the reports are about, and merging two of them."""

    @org.command(name="list")
    @db_option
    @output_options
    def list_(db_path, fmt):
        """Each organization key with its Kazakh and Russian names and the names reports give it."""
        conn = readonly_connection(db_path)
        try:
            rows = conn.execute(
                "select id, name_kk, name_ru, n_documents, aliases from organizations order by id").fetchall()
        except sqlite3.Error as e:
            raise click.ClickException(f"no organizations in {db_path} ({e}); run 'esep ingest' first")
        finally:
            conn.close()
        print_rows(["id", "name_kk", "name_ru", "n_documents", "aliases"], rows, fmt)

    @org.command()
    @click.argument("term")
    @click.argument("key", metavar="KEY")
    @click.option("--vocab-dir", default=None, help="Folder of accepted aliases (default: vocab/ beside --db).")
    @db_option
    def accept(term, key, vocab_dir, db_path):
        """Make TERM (a name as written, or another key) an alias of the organization KEY."""
        accept_command(term, key, vocab_dir, db_path)


def accept_command(term: str, key: str, vocab_dir: str | None, db_path: str) -> None:
    """``esep org accept`` and ``esep vocab accept --kind organization``."""
    import click

    folder = vocab_dir or str(Path(db_path).resolve().parent / "vocab")
    keys = {k for k, _ in known_organizations(db_path)} | set(accepted_aliases(folder).values())
    if keys and key not in keys:
        from rapidfuzz import process

        close = ", ".join(c[0] for c in process.extract(key, sorted(keys), limit=3))
        raise click.ClickException(f"{key!r} is not an organization of {db_path} (closest: {close}); "
                                   f"see 'esep org list --db {db_path}'")
    path, moved = accept_alias(folder, term, key, db_path)
    click.echo(f"{term!r} is now an alias of the organization {key} ({path}); "
               f"{moved} document{'s' if moved != 1 else ''} moved to {key}")
