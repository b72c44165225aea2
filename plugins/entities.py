"""An index of the people, organizations and places a report names.

Mentions are found by rules, with spaCy's ``Matcher`` on the Kazakh
language esep ships and on spaCy's blank Russian for Russian passages (their
tokenizers over vocabularies of their own: ``get_tokenizer_nlp``):

* **people**: initials and surname in either order and glued or not
  ("Қожақов Д.А.", "М.Бөлековамен", "Н.Ә. Назарбаевтың"), a bibliographic
  author ("Жолнерова,К."), given name with a patronymic
  (-ұлы/-қызы/-ович/-овна: "Тамара Тимофеевна Григорьева", "Жазбек
  Сәтімбекұлының"), and given name with a surname of a surname shape
  (-ов/-ова/-ев/-ин/-ский...: "Мөлдір Бөлекованың");
* **organizations**: a quoted name with an organization word ("«Кәусар»
  әдеби жастар клубы", "«Балдырған» балабақшасы", "газета «...»"), schools
  ("№16 ЖББ мектеп", "Абай атындағы №2 мектеп-лицейі"), institutions named
  after someone ("Р.Қошқарбаев атындағы техникалық колледж"), museums and
  archives ("қалалық өлкетану мұражайы"), societies and unions,
  departments, periodicals of ``schemas/sources.json``, and libraries that
  are not of the report's own system (:mod:`esep.plugins.branches`);
* **places**: a capitalized name with a place word ("Саяқ кенті",
  "Қарағанды облысы", "«Астана» аллеясы").

Names inside quoted titles of events or books are not people of the report.
With ``--set entities_natasha=on`` the Russian NER of ``natasha`` (optional,
offline) adds the people it finds in Russian passages that the rules missed.

Mentions of one person are merged into one entity: the key is the surname
(case endings off, Kazakh letters folded) and the first initial, so "Тамара
Тимофеевна Григорьева" and "Григорьева Т.Т." share ``person:григорьева:т``;
given name and patronymic without a surname join the entity that has them;
surnames a letter apart with the same initial are merged fuzzily within a
document.  The key is the same in every document, so ``entity_index`` merges
across documents.

Tables: ``entity_mentions`` (each mention, its span and provenance),
``entities`` (each entity of a document, its name and variants) and the
view ``entity_index`` (each entity over all documents).
"""

from __future__ import annotations

import bisect
import functools
import json
import logging
import re
from dataclasses import dataclass, field
from importlib import resources
from typing import Any, Iterable

import numpy as np
from rapidfuzz import fuzz, process
from sqlite_utils.migrations import Migrations

from esep import hookimpl
from esep.model import Document, Record
from esep.registry import Config, Evaluator, Extractor
from esep.plugins.lang.gates import gated, led
from esep.storage import RECORD_COLUMNS_SQL
from esep.plugins import branches as br
from esep.plugins.lang.alphabet import LOWER, UPPER
from esep.plugins.lang.detect import detect_language

log = logging.getLogger(__name__)

UP = UPPER
LOW = LOWER
L = UP + LOW + "A-Za-z"
_W = rf"[{L}][{L}-]*"

KINDS = ("person", "organization", "place")

# -- token shapes for the Matcher ---------------------------------------------------

_CASE = r"(?:тың|тің|ның|нің|дың|дің|ға|ге|қа|ке|на|не|мен|бен|пен|да|де|та|те|ны|ні|ды|ді|ты|ті|н|ы|і|ым|ой|ому|ого|у|е|а)?"
_SURNAME_END = r"(?:ов|ова|ев|ева|ёв|ёва|ин|ина|ын|ына|ский|ская|цкий|цкая|енко|ұлы|қызы|улы|кызы|ук|юк|ич|ых|их)"
INITIALS = rf"^(?:[{UP}A-Z]\.){{1,3}}$"
GLUED = rf"^(?:[{UP}A-Z]\.\s?){{1,3}}[{UP}][{LOW}]+(?:-[{UP}][{LOW}]+)?$"
CAP = rf"^[{UP}][{LOW}]{{1,}}(?:-[{UP}]?[{LOW}]+)?$"
SURNAME = rf"^[{UP}][{LOW}]+{_SURNAME_END}{_CASE}$"
PATRONYMIC = rf"^[{UP}][{LOW}]+(?:ұлы|қызы|улы|кызы|ович|евич|овна|евна|ична|инична){_CASE}$"
_RANK = {"author": 6, "patronymic": 5, "name_initials": 3, "initials_name": 3, "glued": 3, "given_surname": 1}
_PLURAL = re.compile(rf"(?:лар|лер|дар|дер|тар|тер)(?:[{LOWER}]{{0,4}})$")
#: Capitalized common words (with an ending) that are never a given name
_NOT_NAME = re.compile(
    rf"^(?:Қазақстан|Республика|Президент|Елбасы|Мемлекет|Балалар|Ұлы|Отан|Ресей|Астана|Орталық|"
    rf"Халықаралық|Дүниежүзілік|Жеңіс|Мерекелік|Тарихи|Кітап|Кітапхана|Ассамблея|Облыс|Қала|Акция|Жоба|"
    rf"Сонымен|Осы|Бұл|Шара|Аталмыш|Мектеп|Колледж|Газет|Центральн|Детск|Библиотек|Городск)[{LOW}]{{0,5}}$", re.I)


_FLAGS: dict[tuple[str, str], int] = {}


@functools.lru_cache(maxsize=None)
def _matcher(lang: str):
    from spacy.attrs import IS_SPACE
    from spacy.matcher import Matcher

    from esep.plugins.lang.nlp import get_tokenizer_nlp

    # a vocabulary of its own: the patterns read only the words' texts, the
    # space flag and the flags below, which are all its new words compute
    nlp = get_tokenizer_nlp(lang, keep=(IS_SPACE,))
    m = Matcher(nlp.vocab, validate=False)  # lexeme flags are ints, which the validator refuses

    def flag(regex: str) -> dict:
        # a token shape as a lexeme flag: computed once per word of the
        # vocabulary, where a REGEX predicate runs on every token of every text
        if (lang, regex) not in _FLAGS:
            pat = re.compile(regex)
            _FLAGS[(lang, regex)] = nlp.vocab.add_flag(lambda text: bool(pat.search(text)))
        return {_FLAGS[(lang, regex)]: True}

    def seq(*toks: dict) -> list[dict]:
        # a run of spaces is a token of its own: allow one between any two
        out: list[dict] = []
        for i, t in enumerate(toks):
            if i:
                out.append({"IS_SPACE": True, "OP": "?"})
            out.append(t)
        return out

    ini, cap = flag(INITIALS), flag(CAP)
    sur, patr = flag(SURNAME), flag(PATRONYMIC)
    m.add("glued", [[flag(GLUED)]])
    m.add("initials_name", [seq(ini, cap)])
    m.add("name_initials", [seq(cap, ini)])
    m.add("author", [seq(cap, {"ORTH": ","}, ini)])
    m.add("patronymic", [seq(cap, patr), seq(cap, patr, sur), seq(cap, cap, patr), seq(cap, cap, patr, sur)])
    m.add("given_surname", [seq(cap, sur), seq(sur, cap)])
    return nlp, m


# -- results ---------------------------------------------------------------------------

@dataclass
class Mention:
    start: int
    end: int
    text: str
    kind: str
    method: str
    entity_id: str = ""
    name: str = ""
    parts: dict[str, str] = field(default_factory=dict)  # surname, given, patronymic, initials


# -- people ----------------------------------------------------------------------------

_CASED_SURNAME = re.compile(rf"^(.+?{_SURNAME_END})(?:тың|тің|ның|нің|дың|дің|ға|ге|қа|ке|на|не|мен|бен|пен|да|де|"
                            rf"та|те|ны|ні|ды|ді|ты|ті|н|ым|ой|ому|ого|у|е)?$")
_CASED_NAME = re.compile(r"^(.{3,}?)(?:тың|тің|ның|нің|дың|дің|ға|ге|қа|ке|мен|бен|пен)$")
_SPACES = re.compile(r"\s+")
_INITIAL = re.compile(rf"(?<![{L}])([{UP}A-Z])\.")
_NAME_WORD = re.compile(rf"[{UP}][{LOW}]+(?:-[{UP}][{LOW}]+)?")
_KYZY, _ULY = re.compile(r"кызы$"), re.compile(r"улы$")
_NAMED_AFTER, _NAMED_BEFORE = re.compile(r"\s*атындағы"), re.compile(r"им(?:ени|\.)\s*$")


def _strip_case(word: str) -> str:
    """A surname or given name without its case ending."""
    w = word
    m = _CASED_SURNAME.match(w)
    if m and len(m.group(1)) >= 4:
        base = m.group(1)
        # Russian genitive of a masculine surname: "Гайдара" is read as "Гайдар"
        return base
    m = _CASED_NAME.match(w)
    return m.group(1) if m else w


_STRONG = re.compile(rf"(?:ов|ова|ев|ева|ёв|ёва|ская|ский|цкая|цкий|енко|ұлы|қызы|улы|кызы){_CASE}$")
_PATR_CASE = re.compile(rf"^(.+?(?:ұлы|қызы|улы|кызы|ович|евич|овна|евна|ична|инична))(?:[{LOWER}]{{1,4}})?$")


def _person_parts(text: str) -> dict[str, str]:
    """Surname, given name, patronymic and initials of a person's mention
    (a new dict at each call: a report names its people again and again,
    and the parts of a mention are read once)."""
    return dict(_read_person_parts(text))


@functools.lru_cache(maxsize=4096)
def _read_person_parts(text: str) -> dict[str, str]:
    t = _SPACES.sub(" ", text.replace(",", " ")).strip()
    initials = _INITIAL.findall(t)
    words = _NAME_WORD.findall(t)
    parts: dict[str, str] = {}
    patr = [w for w in words if _PATRONYMIC_RE.match(w)]
    if patr and len(words) > 1:
        m = _PATR_CASE.match(patr[0])
        parts["patronymic"] = m.group(1) if m else patr[0]
    rest = [w for w in words if w not in patr] if len(words) > 1 else words
    strong = [w for w in rest if _STRONG.search(w)]
    weak = [w for w in rest if _SURNAME_RE.match(w)]
    sur = strong[-1] if strong else (weak[-1] if weak else None)
    if len(rest) == 1 and not patr:
        sur = rest[0]
    if sur is None and patr and len(rest) >= 2:
        sur = rest[0]
    if sur is not None:
        parts["surname"] = _strip_case(sur)
        given = [w for w in rest if w is not sur and w != sur]
        if given:
            parts["given"] = _strip_case(given[0])
    elif rest:
        parts["given"] = _strip_case(rest[0])
    if initials:
        parts["initials"] = "".join(initials)
    elif parts.get("given"):
        parts["initials"] = parts["given"][0] + (parts.get("patronymic", " ")[0].strip())
    return parts


def surname_key(surname: str) -> str:
    """Compare form of a surname: folded, with the Kazakh -ұлы/-қызы read as
    the Russian -ов/-ова, so "Байтұрсынұлы" and "Байтұрсынов" meet."""
    k = br.fold(surname)
    return _KYZY.sub("ова", _ULY.sub("ов", k))


def _person_key(parts: dict[str, str]) -> str:
    first = (parts.get("initials") or parts.get("given") or "?")[0]
    if parts.get("surname"):
        return f"person:{surname_key(parts['surname'])}:{br.fold(first)}"
    return f"person:?{br.fold(parts.get('patronymic', ''))}:{br.fold(first)}"


def _person_name(parts: dict[str, str]) -> str:
    if parts.get("given") and parts.get("surname"):
        return " ".join(x for x in (parts["given"], parts.get("patronymic"), parts["surname"]) if x)
    if parts.get("surname"):
        ini = parts.get("initials", "")
        return f"{parts['surname']} " + "".join(f"{c}." for c in ini) if ini else parts["surname"]
    return " ".join(x for x in (parts.get("given"), parts.get("patronymic")) if x)


#: Every person pattern needs an initial ("Д.") or two capitalized words side
#: by side (a word ending in a small letter, then a capital): text with
#: neither is not tokenized at all.
_MAYBE_PERSON = re.compile(rf"[{UP}A-Z]\.|[{LOW}]\s*[{UP}]")
#: ... and an initial, or a capitalized word with a surname's or a
#: patronymic's ending (every pattern but the initials needs one: the
#: patronymic endings contain "ов", "ев", "ич", "ұлы", "қызы"...).  Tokens
#: are pieces of the text, so a text without either has no match.
_NEEDS_PERSON = re.compile(rf"[{UP}A-Z]\.|[{UP}][{LOW}]+{_SURNAME_END}")
_INITIALS_RE, _SURNAME_RE, _PATRONYMIC_RE = re.compile(INITIALS), re.compile(SURNAME), re.compile(PATRONYMIC)


def _spans(lang: str, text: str, windows: list[tuple[int, str]] | None = None) -> list[tuple[int, int, str, int]]:
    """(start, end, rule, rank) of every person pattern the Matcher finds;
    ``windows``: the text's :func:`_windows`, when already cut."""
    if windows is None:
        if not _MAYBE_PERSON.search(text) or not _NEEDS_PERSON.search(text):
            return []
        windows = _windows(text)
    nlp, matcher = _matcher(lang)
    if not windows:
        return []
    # each window's matches (offsets in the window) as found before: a window
    # is tokenized and matched as on its own, so its matches are the same
    # wherever it stands (a report names its people again and again)
    got = [_window_spans.get((lang, w)) for _, w in windows]
    todo = [k for k, g in enumerate(got) if g is None]
    if todo:
        # the other windows in one Doc (spaCy's cost is mostly per call), apart
        # by a token no pattern takes, so that no match runs from one into the next
        starts, pos = [], 0
        for k in todo:
            starts.append(pos)
            pos += len(windows[k][1]) + len(_WINDOW_SEP)
        doc = nlp.make_doc(_WINDOW_SEP.join(windows[k][1] for k in todo))
        found: list[list[tuple[int, int, str, int]]] = [[] for _ in todo]
        for match_id, s, e in matcher(doc):
            toks = doc[s:e]
            j = bisect.bisect_right(starts, toks.start_char) - 1
            _keep_span(found[j], nlp.vocab.strings[match_id], toks, -starts[j])
        if len(_window_spans) + len(todo) > _WINDOW_SPANS_MAX:
            _window_spans.clear()
        for j, k in enumerate(todo):
            got[k] = _window_spans[(lang, windows[k][1])] = tuple(found[j])
    # in the order of the windows, each window's in the Matcher's order: the
    # order the Matcher gives them in one Doc of all the windows
    return [(off + s, off + e, label, rank) for (off, _), g in zip(windows, got) for s, e, label, rank in g]


#: The matches of each window met, per tokenizer (bounded)
_window_spans: dict[tuple[str, str], tuple[tuple[int, int, str, int], ...]] = {}
_WINDOW_SPANS_MAX = 8192


#: Between two windows: a space, a sign with no letter (every pattern's
#: tokens but the comma need letters) and a space: spaCy splits at the
#: spaces first, so each window is tokenized as on its own.
_WINDOW_SEP = " \u00a7 "


#: A match is at most four words (and spaces between), and one of them holds
#: a word that ``_NEEDS_PERSON`` finds: only the words within this many of
#: such a word are tokenized...
_REACH = 3
_CHUNK = re.compile(r"\S+")
#: ... and of those, only the run of words around it that could be in a
#: match: every token of a pattern but the comma begins with a capital.
_MAY_JOIN = re.compile(rf"[{UP}A-Z,]")


def _windows(text: str) -> list[tuple[int, str]]:
    """(offset, piece) of ``text`` around every word that may begin a person's
    name: the words next to it, up to ``_REACH`` either side, that hold a
    capital or a comma (a match is a run of such words), overlapping and
    touching pieces joined.  spaCy splits at whitespace first, so a piece
    cut at whitespace is tokenized exactly as it is inside the whole text,
    and every match of the whole text is inside one piece."""
    chunks = [(m.start(), m.end()) for m in _CHUNK.finditer(text)]
    if not chunks:
        return []
    starts = [c[0] for c in chunks]
    joins: dict[int, bool] = {}

    def may_join(j: int) -> bool:
        got = joins.get(j)
        if got is None:
            got = joins[j] = _MAY_JOIN.search(text, chunks[j][0], chunks[j][1]) is not None
        return got

    ranges: list[list[int]] = []
    last = len(chunks) - 1
    for m in _NEEDS_PERSON.finditer(text):
        i = bisect.bisect_right(starts, m.start()) - 1
        lo = i
        while lo > 0 and i - lo < _REACH and may_join(lo - 1):
            lo -= 1
        hi = i
        while hi < last and hi - i < _REACH and may_join(hi + 1):
            hi += 1
        if ranges and lo <= ranges[-1][1] + 1:
            ranges[-1][1] = max(ranges[-1][1], hi)
        else:
            ranges.append([lo, hi])
    return [(chunks[lo][0], text[chunks[lo][0]:chunks[hi][1]]) for lo, hi in ranges]


#: A word both tokenizers leave as it is: letters (after up to three
#: initials), or up to three initials, with a comma or not.  The two differ on
#: hyphens, quotes and signs glued to words ("Алма-Ата", "К.Т.«Исследование").
_ALIKE = re.compile(rf"(?:[{UP}A-Z]\.){{1,3}},?|(?:[{UP}A-Z]\.){{0,3}}[{L}]+,?")


def _read_alike(window: str) -> bool:
    """True if the Kazakh and the Russian tokenizers split every word of
    ``window`` alike (the words are of :data:`_ALIKE`'s shapes)."""
    return all(_ALIKE.fullmatch(m.group()) for m in _CHUNK.finditer(window))


def _keep_span(spans: list[tuple[int, int, str, int]], label: str, toks, offset: int) -> None:
    """Add the Matcher's ``label`` match ``toks`` to ``spans`` (character
    offsets in the whole text) unless the words rule it out."""
    words = [t.text for t in toks if t.text != "," and not t.is_space]
    names = [w for w in words if not _INITIALS_RE.match(w)]
    if label != "glued" and any(_NOT_NAME.match(w) for w in names):
        return
    if label == "given_surname" and any(_PLURAL.search(w) for w in names):
        return  # "Қатысушылар Константинды": a common noun, not a given name
    rank = _RANK[label] + (2 if any(_SURNAME_RE.match(w) or _PATRONYMIC_RE.match(w) for w in names) else 0)
    spans.append((offset + toks.start_char, offset + toks.end_char, label, rank))


def people(text: str, lang: str | None = None) -> list[Mention]:
    """People named in ``text`` (rules on the spaCy tokens)."""
    if not _MAYBE_PERSON.search(text) or not _NEEDS_PERSON.search(text):
        return []  # no pattern can match (as _spans finds): the language is not needed
    lang = lang or detect_language(text) or "kk"
    # Russian passages are read with both tokenizers: spaCy's Russian one
    # keeps "К.Т.«Исследование" together, the Kazakh one splits it
    windows = _windows(text)  # cut once for both tokenizers
    spans = _spans("kk", text, windows)
    if lang == "ru":
        # where every word is read alike by both, the Russian reading finds
        # what the Kazakh one found: only the other windows are read again
        spans += _spans("ru", text, [w for w in windows if not _read_alike(w[1])])
    # the likeliest reading first, then the longest; no overlaps
    spans.sort(key=lambda x: (-x[3], -(x[1] - x[0]), x[0]))
    kept: list[tuple[int, int, str, int]] = []
    for sp in spans:
        if not any(sp[0] < k[1] and k[0] < sp[1] for k in kept):
            kept.append(sp)
    out = []
    for s, e, label, _rank in sorted(kept):
        t = text[s:e]
        after = text[e:e + 14]
        before = text[max(0, s - 6):s]
        if _NAMED_AFTER.match(after) or _NAMED_BEFORE.search(before):
            continue  # part of the name of an institution
        parts = _person_parts(t)
        if not parts.get("surname") and not parts.get("patronymic"):
            continue
        out.append(Mention(s, e, t, "person", f"rule:{label}", parts=parts))
    return out


# -- organizations ---------------------------------------------------------------------

_ORG_NOUN = (r"(?:клуб|үйірме|балабақша|газет|журнал|ЖШС|КММ|ММИ|ММ|ТОО|ГУ|КГУ|КГКП|МКҚК|академия|Академия|"
             r"театр|ансамбль|қоғам|бірлестік|одақ|мектеп|колледж|университет|институт|орталығ|кәсіпорн)"
             r"(?!дық|дік|тық|тік|лық|лік)")
#: A pattern that begins with optional groups is tried in full at every
#: position of a text; those that are scanned often start with a lookahead
#: for the letters any of their matches can begin with (the same matches,
#: found several times faster).
_ORG_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("quoted_org", re.compile(
        rf"«[^«»]{{2,80}}»\s*(?:[{L}-]+\s+){{0,3}}?{_ORG_NOUN}[{LOW}]*(?![{L}])")),
    ("org_quoted", re.compile(
        rf"(?=(?i:[кгжтцсд]))(?<![{L}])(?i:клуб|кружк|кружок|газет|журнал|ТОО|ГУ|КГУ|театр|центр|студи|детск[{LOW}]*\s+сад)"
        rf"[{LOW}]*\s+«[^«»]{{2,80}}»")),
    ("school_named", re.compile(
        rf"(?=[{UP}ж№])(?:(?:[{UP}]\.\s?){{0,2}}[{UP}][{LOW}]+\s+атындағы\s+)?(?:ЖББ\s+|жалпы\s+білім\s+беретін\s+)?"
        rf"№\s?\d{{1,3}}\s*(?:ЖББ\s+|жалпы\s+білім\s+беретін\s+)?(?:орта\s+)?(?:[{UP}][{LOW}]+\s+атындағы\s+)?"
        rf"(?:мекте[пб](?:[-–](?:лицей|гимназия|интернат))?[{LOW}]*|ЖББОМ|ЖОББМ|ЖББМ|лицей[{LOW}]*|гимназия[{LOW}]*"
        rf"|колледж[{LOW}]*)")),
    ("school_ru", re.compile(rf"(?=(?i:[шсгл]))(?i:школ[{LOW}]*|СОШ|гимнази[{LOW}]*|лице[{LOW}]*)\s*№\s?\d{{1,3}}")),
    # a school of a village, a college or gymnasium by its adjectives or its eponym: "Қызылсая орта мектебінің",
    # "Жаксынского аграрно-технического колледжа", "аграрлық колледж", "гимназии им. Ч. Валиханова"
    ("school_place", re.compile(
        rf"(?=[{UP}])[{UP}][{LOW}]+\s+(?:орта|негізгі|жалпы\s+білім\s+беретін)\s+мекте[пб][{LOW}]*")),
    ("college", re.compile(
        rf"(?:[{UP}{LOW}][{LOW}]+(?:[-–][{LOW}]+)?(?:ого|ой|ый|ий|ая|лық|лік|дық|дік|тық|тік)\s+){{1,3}}"
        rf"(?:(?i:колледж|университет|институт|школ|гимнази)[{LOW}]*|СОШ|ООШ)(?![{L}])"
        rf"|(?i:гимнази|лице|школ|колледж)[{LOW}]*\s+им(?:ени|\.)\s?(?:[{UP}]\.\s?){{0,2}}[{UP}][{LOW}]+")),
    # a house of culture and an akimat: "сельским Домом культуры", "ауылдық Мәдениет үйімен",
    # "акиматом Жаксынского сельского округа", "ауылдық округ әкімдігімен"
    ("culture_house", re.compile(
        rf"(?:(?i:ауылдық|аудандық|қалалық|облыстық)\s+)?(?i:мәдениет)\s+(?i:үй)[{LOW}]*"
        rf"|(?:(?i:сельск|районн|городск)[{LOW}]*\s+)?(?i:дом)[{LOW}]*\s+(?i:культуры)")),
    ("akimat", re.compile(
        rf"(?:(?i:ауылдық|аудандық|қалалық|облыстық|ауыл|округ)\s+|[{UP}][{LOW}]+\s+(?:ауданының|қаласының|ауылының|"
        rf"ауылдық\s+округінің)\s+){{1,3}}(?i:әкімдіг|әкімдік)[{LOW}]*"
        rf"|(?<![{L}])(?i:акимат)[{LOW}]*\s+[{UP}][{LOW}]+(?:\s+[{LOW}]+)?\s+(?:округа|района|области|города)")),
    ("named_after", re.compile(
        rf"(?=[{UP}])(?:[{UP}]\.\s?){{0,2}}[{UP}][{LOW}]+\s+атындағы\s+(?:[^\s,.;«»()]+\s+){{0,4}}?"
        rf"(?:колледж|мектеп|лицей|гимназия|университет|институт|мұражай|музей|театр|орталығ|академия)[{LOW}]*")),
    ("museum", re.compile(
        rf"(?:(?:[{UP}][{LOW}]+\s+(?:қаласының|облысының)\s+)?(?:(?i:қалалық|облыстық|аудандық|тарихи[-–]өлкетану|"
        rf"өлкетану|тарихи|историко[-–]краеведческ[{LOW}]*|краеведческ[{LOW}]*|городск[{LOW}]*|районн[{LOW}]*|"
        rf"историческ[{LOW}]*)\s+){{1,3}})"
        rf"(?i:мұражай|музе(?=[йяюем])|мұрағат|архив)[{LOW}]*")),
    ("society", re.compile(
        rf"(?:[{UP}][{LOW}]+\s+){{0,2}}(?:[{LOW}]+\s+)?(?:қоғам|одағ|одақ|бірлестіг|бірлестік|қауымдастығ)"
        rf"(?!дық|дік|тық|тік|лық|лік)[{LOW}]*"
        rf"|(?:[{UP}][{LOW}]+\s+)?(?:халқ|халықтар)[{LOW}]*\s+Ассамблея[{LOW}]*|Ассамбле[{LOW}]+\s+народа\s+Казахстана")),
    ("orphanage", re.compile(rf"(?<![{L}])(?:Балалар\s+үй[{LOW}]+|[Дд]етск[{LOW}]+\s+дом[{LOW}]*)")),
    ("worship", re.compile(
        rf"(?:[{UP}][{LOW}]+\s+қаласының\s+)?(?:орталық\s+)?(?:мешіт|мечет|шіркеу|храм)[{LOW}]*")),
    ("department", re.compile(
        rf"(?:[{UP}][{LOW}]+\s+(?:облысының|қаласының|ауданының)\s+(?:[{LOW}]+,?\s+){{1,5}}?"
        rf"|[{UP}][{LOW}]+\s+(?:(?:және|[{LOW}]+),?\s+){{0,4}}?)"
        rf"(?:басқармасы|бөлімі|департамент|управлени|отдел)[{LOW}]*")),
)


#: For each pattern, words one of which any match contains (lower case): a
#: text without them is not scanned with the pattern.
_ORG_KEYS: dict[str, tuple[str, ...]] = {
    "quoted_org": ("«",),
    "org_quoted": ("«",),
    "school_named": ("№",),
    "school_ru": ("№",),
    "school_place": ("мектеп", "мектеб"),
    "college": ("колледж", "университет", "институт", "им", "школ", "гимнази", "сош", "оош"),
    "culture_house": ("мәдениет", "культуры"),
    "akimat": ("әкімдіг", "әкімдік", "акимат"),
    "named_after": ("атындағы",),
    "museum": ("мұражай", "музе", "мұрағат", "архив"),
    "society": ("қоғам", "одағ", "одақ", "бірлестіг", "бірлестік", "қауымдастығ", "ассамбле"),
    "orphanage": ("балалар", "детск"),
    "worship": ("мешіт", "мечет", "шіркеу", "храм"),
    "department": ("басқармасы", "бөлімі", "департамент", "управлени", "отдел"),
}


#: Every key word once: a text's keys are found with ``in`` (a substring
#: search in C, quicker than one alternation per pattern), and a text without
#: any of them skips every pattern at once.
_ALL_ORG_KEYS: frozenset[str] = frozenset(k for keys in _ORG_KEYS.values() for k in keys)
#: Words that a pattern's every match also contains, as the pattern itself
#: writes them (case and all): "№" is in many texts (issues of periodicals),
#: a school's name needs a school too.
_ORG_ALSO: dict[str, re.Pattern[str]] = {
    "school_named": re.compile("мекте[пб]|ЖББОМ|ЖОББМ|ЖББМ|лицей|гимназия|колледж"),
    "school_ru": re.compile("(?i:школ|СОШ|гимнази|лице)"),
    # its key "им" (for "гимназии им. ...") is in most Russian texts
    "college": re.compile("(?i:колледж|университет|институт|школ|гимнази|лице)|СОШ|ООШ"),
}


@functools.lru_cache(maxsize=None)
def _periodicals() -> tuple[tuple[str, str], ...]:
    data = json.loads(resources.files("esep.schemas").joinpath("sources.json").read_text(encoding="utf-8"))
    out = []
    for e in data.get("entries", []):
        for n in e.get("names", []):
            if re.search(rf"[{L}]{{3,}}", n) and re.match(rf"[{UP}]", n):
                out.append((n, e["id"]))
    out.sort(key=lambda t: -len(t[0]))
    return tuple(out)


@functools.lru_cache(maxsize=None)
def _periodical_patterns() -> tuple[tuple[str, str, re.Pattern[str]], ...]:
    """Each periodical name with its compiled pattern (whole words only)."""
    return tuple((n, pid, re.compile(rf"(?<![{L}]){re.escape(n)}(?![{L}])")) for n, pid in _periodicals())


@functools.lru_cache(maxsize=None)
def _any_periodical() -> re.Pattern[str]:
    """One pattern that finds whether a text names any periodical at all."""
    return re.compile("|".join(re.escape(n) for n, _ in _periodicals()) or r"(?!)")


def _org_scan(text: str, names: frozenset[str] | None = None, periodicals: bool = True
              ) -> tuple[list[tuple[int, int, str, str]], list[tuple[int, int, str]]]:
    """Every match of the organization patterns in ``text`` (of those in
    ``names`` only, when given), overlaps not yet resolved: (start, end,
    text, pattern) with the trailing blanks cut, and (start, end, pattern)
    of the whole match."""
    found: list[tuple[int, int, str, str]] = []
    spans: list[tuple[int, int, str]] = []
    low = text.lower()
    present = {k for k in _ALL_ORG_KEYS if k in low}  # each key looked for once, as a substring
    for name, pat in _ORG_PATTERNS:
        if names is not None and name not in names:
            continue
        if not present or present.isdisjoint(_ORG_KEYS[name]):
            continue  # the word the pattern cannot do without is not there: skip the scan
        also = _ORG_ALSO.get(name)
        if also is not None and also.search(text) is None:
            continue
        for m in pat.finditer(text):
            t = m.group(0).strip()
            found.append((m.start(), m.start() + len(t), t, name))
            spans.append((m.start(), m.end(), name))
    if periodicals and _any_periodical().search(text):  # most texts name no periodical
        for n, pid, pat in _periodical_patterns():
            if n not in text:
                continue
            for m in pat.finditer(text):
                found.append((m.start(), m.end(), m.group(0), f"periodical:{pid}"))
                spans.append((m.start(), m.end(), "periodical"))
    return found, spans


@functools.lru_cache(maxsize=512)
def _org_scan_once(text: str) -> tuple[list[tuple[int, int, str, str]], list[tuple[int, int, str]]]:
    """``_org_scan`` of a paragraph, kept: the entities and the events of a
    document read the same paragraphs (neither changes the lists)."""
    return _org_scan(text)


def _org_resolve(found: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """The longest of overlapping matches, then the earliest; in order."""
    found = sorted(found, key=lambda x: (-(x[1] - x[0]), x[0]))
    kept: list[tuple[int, int, str, str]] = []
    for f in found:
        if not any(f[0] < k[1] and k[0] < f[1] for k in kept):
            kept.append(f)
    return sorted(kept)


def organizations(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, text, pattern) of each organization named in ``text``."""
    return _org_resolve(_org_scan_once(text)[0])


_LETTER = re.compile(rf"[{L}]")


def organizations_in(text: str, start: int, end: int) -> list[tuple[int, int, str, str]]:
    """``organizations(text[start:end])``, offsets in the piece, with the scan
    of the whole ``text`` shared: a pattern none of whose matches in the whole
    text reaches into the piece has none in the piece either, when the piece
    neither starts after a letter nor ends before one (every look-around of
    the patterns then reads the same at its edges as in the whole text), so
    only the patterns that do are run over the piece."""
    piece = text[start:end]
    if (start > 0 and _LETTER.match(text, start - 1)) or (end < len(text) and _LETTER.match(text, end)):
        return _org_resolve(_org_scan(piece)[0])  # cut inside a word: read on its own
    near = {name for s, e, name in _org_scan_once(text)[1] if s < end and start < e}
    if not near:
        return []
    found, _ = _org_scan(piece, frozenset(near), "periodical" in near)
    return _org_resolve(found)


_ORG_ENDING = re.compile(
    r"(?:ының|інің|сының|сінің|ның|нің|дың|дің|тың|тің|ымен|імен|мен|бен|пен|ында|інде|сында|сінде|нда|нде|"
    r"ынан|інен|нан|нен|дан|ден|тан|тен|ына|іне|сына|сіне|на|не|ға|ге|қа|ке|да|де|та|те|сы|сі|ы|і)$")


def _org_key(text: str) -> str:
    t = br.fold(text.replace("«", " ").replace("»", " "))
    ws = t.split()
    if ws and len(ws[-1]) > 4:
        ws[-1] = _ORG_ENDING.sub("", ws[-1]) or ws[-1]
    return "org:" + " ".join(ws)


def _org_name(text: str) -> str:
    ws = text.split()
    if ws and len(ws[-1]) > 4 and not ws[-1].endswith("»"):
        stem = _ORG_ENDING.sub("", ws[-1])
        if len(stem) >= 3:
            ws[-1] = stem
    return " ".join(ws)


# -- places ------------------------------------------------------------------------------

_PLACE_RE = re.compile(
    rf"(?:«[^«»]{{2,40}}»|[{UP}][{LOW}]+(?:[-–]\d)?)\s+(?i:қаласы|кенті|ауылы|облысы|ауданы|көлі|стансасы|"
    rf"аллеясы|саябағы|кентінің|қаласының|облысының|ауданының|көлінің|стансасының|аллеясында|саябағында|"
    rf"көлінің|кентінде|қаласында|аллеясы|саябағанды)[{LOW}]*|(?<![{L}])(?:г\.|пос\.|с\.)\s?[{UP}][{LOW}]+")
# a match begins with a quote mark, a capital or the "г", "п", "с" of an abbreviation
_PLACE_RE = led(_PLACE_RE, f"[«{UP}гпс]")
# every match holds one of the place words or "г.", "с." ("пос.")
_PLACE_RE = gated(_PLACE_RE, "қала", "кент", "ауыл", "облыс", "аудан", "көл", "станса", "аллея", "саяба", "г.", "с.")


def places(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0)) for m in _PLACE_RE.finditer(text)]


# -- natasha (optional) ----------------------------------------------------------------

@functools.lru_cache(maxsize=1)
def _natasha():
    try:
        from natasha import Doc, NewsEmbedding, NewsNERTagger, Segmenter
    except ImportError:
        log.warning("entities_natasha=on but natasha is not installed (pip install natasha)")
        return None
    emb = NewsEmbedding()
    return Doc, Segmenter(), NewsNERTagger(emb)


def natasha_people(text: str) -> list[Mention]:
    tools = _natasha()
    if tools is None:
        return []
    Doc, seg, ner = tools
    d = Doc(text)
    d.segment(seg)
    d.tag_ner(ner)
    out = []
    for s in d.spans:
        if s.type != "PER" or not re.search(rf"[{UP}][{LOW}]", s.text):
            continue
        parts = _person_parts(s.text)
        if parts.get("surname") and re.match(SURNAME, s.text.split()[-1]) or parts.get("initials"):
            out.append(Mention(s.start, s.stop, s.text, "person", "natasha", parts=parts))
    return out


# -- one text, then a document -------------------------------------------------------------

_GUILLEMET = re.compile("[«»]")


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    out = []
    depth, start = 0, -1
    for mark in _GUILLEMET.finditer(text):
        i, ch = mark.start(), mark.group()
        if ch == "«":
            if depth == 0:
                start = i
            depth += 1
        elif ch == "»" and depth:
            depth -= 1
            if depth == 0:
                out.append((start, i + 1))
    return out


def mentions(text: str, system: br.System | None = None, *, natasha: bool = False) -> list[Mention]:
    """Every person, organization and place ``text`` names, in order."""
    lang = detect_language(text) if natasha else None  # people() tells it when it needs it
    lib = br.mentions_in(text, system)
    ours = [(m.start, m.end) for m in lib if m.branch_id is not None or m.kind in ("system",)]
    quoted = _quoted_spans(text)
    out: list[Mention] = []

    def taken(s: int, e: int) -> bool:
        return any(s < b and a < e for a, b in ours) or any(s < m.end and m.start < e for m in out)

    for s, e, t, pat in organizations(text):
        if taken(s, e):
            continue
        out.append(Mention(s, e, t, "organization", f"rule:{pat}", name=_org_name(t)))
    for m in lib:
        if m.branch_id is None and m.kind != "system" and m.eponym and not taken(m.start, m.end):
            out.append(Mention(m.start, m.end, m.text, "organization", "rule:library", name=_org_name(m.text)))
    found = people(text, lang)
    if natasha and lang == "ru":
        found += [p for p in natasha_people(text) if not any(p.start < q.end and q.start < p.end for q in found)]
    for p in found:
        inside_quote = any(a < p.start and p.end < b for a, b in quoted)
        if inside_quote or taken(p.start, p.end):
            continue
        out.append(p)
    for s, e, t in places(text):
        if not taken(s, e):
            out.append(Mention(s, e, t, "place", "rule:place", name=_org_name(t)))
    out.sort(key=lambda m: m.start)
    return out


def _close_pairs(keys: list[str], cutoff: float) -> dict[int, list[int]]:
    """For each key, the later keys (in order) at least ``cutoff`` alike by
    ``fuzz.ratio``: one batch ``process.cdist`` instead of a loop per pair."""
    if len(keys) < 2:
        return {}
    scores = process.cdist(keys, keys, scorer=fuzz.ratio, score_cutoff=cutoff)
    out: dict[int, list[int]] = {}
    for i, j in zip(*np.nonzero(scores)):
        if j > i:
            out.setdefault(int(i), []).append(int(j))
    for v in out.values():
        v.sort()
    return out


def _merge_people(ms: list[Mention]) -> None:
    """Give the people of one document their entity ids, merging the ways
    one person is written."""
    people_ = [m for m in ms if m.kind == "person"]
    for m in people_:
        m.entity_id = _person_key(m.parts)
    # given name and patronymic without a surname: the entity that has both
    for m in people_:
        if m.parts.get("surname"):
            continue
        for other in people_:
            op = other.parts
            if op.get("surname") and op.get("patronymic") and br.fold(op["patronymic"]) == br.fold(m.parts.get("patronymic", "")) \
                    and br.fold(op.get("given", "")) == br.fold(m.parts.get("given", "")):
                m.entity_id = other.entity_id
                break
    # surnames a letter apart with the same initial
    count: dict[str, int] = {}
    for m in people_:
        count[m.entity_id] = count.get(m.entity_id, 0) + 1
    ids = sorted({m.entity_id for m in people_ if m.parts.get("surname")}, key=lambda k: (-count[k], k))
    alias: dict[str, str] = {}
    keys = [k.split(":")[1:] for k in ids]
    close = _close_pairs([sk for sk, _ in keys], 88)
    for i, a in enumerate(ids):
        if a in alias:
            continue
        for j in close.get(i, ()):
            b = ids[j]
            if b in alias:
                continue
            sa, ia = keys[i]
            sb, ib = keys[j]
            if ia == ib and min(len(sa), len(sb)) >= 5:
                alias[b] = a
    for m in people_:
        m.entity_id = alias.get(m.entity_id, m.entity_id)
    # the fullest form names the entity
    best: dict[str, dict[str, str]] = {}
    spelling: dict[tuple[str, str], int] = {}
    for m in people_:
        k = (m.entity_id, m.parts.get("surname", ""))
        spelling[k] = spelling.get(k, 0) + 1
    for m in people_:
        cur = best.get(m.entity_id)
        score = (bool(m.parts.get("given")), bool(m.parts.get("patronymic")), len(m.parts.get("initials", "")),
                 spelling[(m.entity_id, m.parts.get("surname", ""))])
        if cur is None or score > cur["_score"]:
            best[m.entity_id] = dict(m.parts, _score=score)  # type: ignore[arg-type]
    for m in people_:
        m.name = _person_name(best[m.entity_id])


def document_mentions(document: Document, config: Config | None = None) -> list[tuple[Any, Mention]]:
    """(block, mention) for every mention of the document, entity ids set."""
    system = br.document_system(document, config)
    natasha = str(config.get("entities_natasha", "off") if config is not None else "off").lower() in ("on", "1", "yes", "true")
    out: list[tuple[Any, Mention]] = []
    for b in document.blocks:
        for m in mentions(b.text, system, natasha=natasha):
            out.append((b, m))
    ms = [m for _, m in out]
    _merge_people(ms)
    for m in ms:
        if m.kind != "person":
            m.entity_id = _org_key(m.text) if m.kind == "organization" else "place:" + _org_key(m.text)[4:]
    # organizations a letter apart (endings, typing) are one
    orgs = sorted({m.entity_id for m in ms if m.kind == "organization"}, key=lambda k: (len(k), k))  # not hash order
    alias: dict[str, str] = {}
    close = _close_pairs(orgs, 92)
    for i, a in enumerate(orgs):
        for j in close.get(i, ()):
            b = orgs[j]
            if b not in alias and a not in alias:
                alias[b] = a
    for m in ms:
        m.entity_id = alias.get(m.entity_id, m.entity_id)
    return out


def extract(document: Document, config: Config) -> Iterable[Record]:
    pairs = document_mentions(document, config)
    groups: dict[str, list[Mention]] = {}
    language: dict[int, str | None] = {}  # of each block, told once
    for b, m in pairs:
        if id(b) not in language:
            language[id(b)] = detect_language(b.text)
        groups.setdefault(m.entity_id, []).append(m)
        yield Record("entity_mentions", {
            "entity_id": m.entity_id, "kind": m.kind, "text": m.text, "name": m.name or m.text,
            "span_start": m.start, "span_end": m.end, "method": m.method,
            "language": language[id(b)]},
            evidence=m.text, confidence=0.7 if m.method == "natasha" else 0.9,
            provenance=b.provenance, block=b.index)
    first_block: dict[str, Any] = {}
    for b, m in pairs:
        first_block.setdefault(m.entity_id, b)
    for eid, ms in groups.items():
        names = list(dict.fromkeys(m.text for m in ms))
        first = first_block[eid]
        yield Record("entities", {
            "entity_id": eid, "kind": ms[0].kind, "name": max((m.name or m.text for m in ms), key=len),
            "variants": json.dumps(names, ensure_ascii=False), "mentions": len(ms)},
            evidence=ms[0].text, confidence=0.9, provenance=first.provenance, block=first.index)


# -- storage ---------------------------------------------------------------------------------

migrations = Migrations("esep.entities")


@migrations()
def m001_entities(db) -> None:
    db.executescript(f"""
        CREATE TABLE entity_mentions (
            id INTEGER PRIMARY KEY,
            document_id TEXT NOT NULL REFERENCES documents(id),
            entity_id TEXT NOT NULL,        -- person:григорьева:т, org:..., place:...
            kind TEXT NOT NULL CHECK (kind IN ('person', 'organization', 'place')),
            text TEXT NOT NULL,             -- as written
            name TEXT,                      -- the entity's name as this document gives it fullest
            span_start INTEGER,             -- offsets in the block text
            span_end INTEGER,
            method TEXT,                    -- rule:<pattern> | natasha
            language TEXT,{RECORD_COLUMNS_SQL}
        );
        CREATE INDEX entity_mentions_doc ON entity_mentions(document_id, entity_id);
        CREATE INDEX entity_mentions_entity ON entity_mentions(entity_id);
        CREATE TABLE entities (
            id INTEGER PRIMARY KEY,
            document_id TEXT NOT NULL REFERENCES documents(id),
            entity_id TEXT NOT NULL,
            kind TEXT NOT NULL,
            name TEXT NOT NULL,
            variants TEXT,                  -- JSON list of the forms written
            mentions INTEGER NOT NULL,{RECORD_COLUMNS_SQL}
        );
        CREATE INDEX entities_doc ON entities(document_id, entity_id);
        CREATE VIEW entity_index AS
            SELECT entity_id, kind, max(name) AS name, count(DISTINCT document_id) AS documents,
                   sum(mentions) AS mentions
            FROM entities GROUP BY entity_id, kind;
    """)


# -- evaluation -------------------------------------------------------------------------------

def _mkey(text: str) -> str:
    return " ".join(re.sub(r"[\W_]+", " ", br.fold(text)).split())


def score(conn, document_id: str, gold: dict[str, Any]) -> dict[str, Any]:
    """People and organizations: mentions matched one to one on kind and
    text (folded; a mention that contains the other, or is contained in it,
    matches when no exact one is left).  ``fields.strict`` counts exact
    texts only; ``fields.merged`` is the share of gold groups (one person
    written several ways) whose mentions all got one entity id, with no
    other gold group sharing it."""
    from esep.registry import prf

    got = [dict(zip(("kind", "text", "entity_id"), r)) for r in conn.execute(
        "select kind, text, entity_id from entity_mentions where document_id = ? and kind in ('person', 'organization')"
        " order by block_index, span_start", [document_id])]
    want = [w for w in gold.get("mentions", []) if w["kind"] in ("person", "organization")]
    pool = list(got)
    pairs = []
    strict = 0
    for w in want:
        k = _mkey(w["text"])
        hit = next((g for g in pool if g["kind"] == w["kind"] and _mkey(g["text"]) == k), None)
        if hit is not None:
            strict += 1
        else:
            hit = next((g for g in pool if g["kind"] == w["kind"] and (k in _mkey(g["text"]) or _mkey(g["text"]) in k)
                        and min(len(k), len(_mkey(g["text"]))) >= 4), None)
        if hit is not None:
            pool.remove(hit)
            pairs.append((w, hit))
    res: dict[str, Any] = prf(len(pairs), len(got), len(want))
    res["fields"] = {"strict": prf(strict, len(got), len(want))}
    for kind in ("person", "organization"):
        res["fields"][kind] = prf(sum(1 for w, _ in pairs if w["kind"] == kind),
                                  sum(1 for g in got if g["kind"] == kind), sum(1 for w in want if w["kind"] == kind))
    by_text: dict[str, list[str]] = {}
    for g in got:
        by_text.setdefault(_mkey(g["text"]), []).append(g["entity_id"])
    groups = gold.get("same", [])
    ok = 0
    bad = []
    group_ids = []
    for grp in groups:
        ids = {i for t in grp for i in by_text.get(_mkey(t), [])}
        group_ids.append(ids)
    for i, (grp, ids) in enumerate(zip(groups, group_ids)):
        alone = len(ids) == 1 and all(not (ids & other) for j, other in enumerate(group_ids) if j != i)
        if alone and all(_mkey(t) in by_text for t in grp):
            ok += 1
        else:
            bad.append(" / ".join(grp) + f" -> {sorted(ids)}")
    res["fields"]["merged"] = {"precision": ok / len(groups) if groups else 1.0,
                               "recall": ok / len(groups) if groups else 1.0,
                               "f1": ok / len(groups) if groups else 1.0}
    missing = [f"{w['kind']}: {w['text']}" for w in want if not any(w is p[0] for p in pairs)]
    res["notes"] = [f"{len(got)} mentions, gold {len(want)}, {len(pairs)} found ({strict} exact), "
                    f"{ok}/{len(groups)} merged"] + [f"missing {m}" for m in missing[:8]] + \
        [f"extra {g['kind']}: {g['text']}" for g in pool[:8]] + bad[:5]
    return res


# -- hooks -------------------------------------------------------------------------------------

@hookimpl
def register_extractors(register):
    register(Extractor(name="entities", extract=extract, version="1", order=110,
                       tables=("entity_mentions", "entities")))


@hookimpl
def register_migrations(register):
    register(migrations)


@hookimpl
def register_evaluators(register):
    register(Evaluator("entities", score, "people and organizations named, and one person written two ways merged"))


@hookimpl
def prepare_worker(config):
    """The person matchers of both languages (and their spaCy pipelines) and
    the periodicals' patterns, before the first document."""
    for lang in ("kk", "ru"):
        _matcher(lang)
    _periodical_patterns()
    _any_periodical()
