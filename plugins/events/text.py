"""Reading the prose of a report for events: sentences, quoted names,
event-type phrases, dates, occasions and audiences.

These are the pieces :mod:`esep.plugins.events.register` puts together.  Everything
here is general Kazakh and Russian report wording; nothing is particular to
one library.  Spans are character offsets into the text given.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import functools
import re
from dataclasses import dataclass

from esep.plugins.lang.alphabet import LOWER, UPPER, compare_key, mixed_script_to_latin, russian_letters
from esep.plugins.lang.dates import find_dates, month_number
from esep.plugins.lang.gates import LastWord, gated, led
from esep.plugins.vocab import Vocabulary, normalize_label

UP = UPPER
LOW = LOWER
L = UP + LOW + "A-Za-z"

# -- sentences -------------------------------------------------------------------

_ABBREV = {"т.б", "т.с.с", "ж", "жж", "г", "гг", "им", "пос", "п", "с", "б", "бб", "т", "қ", "см", "стр", "др", "т.д", "т.п"}


_LAST_WORD = LastWord()  # re.compile(r"([\w.]+)$"), searched from the end
_INITIALS = re.compile(rf"(?:[{UP}A-Z]\.)*[{UP}A-Z]")
_DASH = re.compile(r"[-–]")
_SENTENCE_MARK = re.compile(r"[«».!?…]")


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence.  A full stop, "!" or "?" ends one when
    a capital letter, a quote, "№" or a digit follows, but not inside «...»,
    not after an initial ("Д.А.") or an abbreviation ("т.б."), and not before
    "(": a bracket after the stop ("... өткізілді. (Ф№1)") still belongs to
    the sentence."""
    out: list[tuple[int, int]] = []
    start = 0
    depth = 0
    n = len(text)
    i = 0
    while True:
        mark = _SENTENCE_MARK.search(text, i)  # every other character leaves the state as it is
        if mark is None:
            break
        i = mark.start()
        ch = text[i]
        if ch == "«":
            depth += 1
        elif ch == "»":
            depth = max(0, depth - 1)
        elif ch in ".!?…" and depth == 0:
            j = i + 1
            while j < n and text[j] in ".!?…»\"":
                j += 1
            k = j
            while k < n and text[k].isspace():
                k += 1
            if k < n and k > j and (text[k].isupper() or text[k] in "«\"№“" or text[k].isdigit()):
                word = _LAST_WORD.search(text[start:i])
                w = word.group(1) if word else ""
                initial = bool(_INITIALS.fullmatch(w))
                if ch != "." or not (initial or w.lower() in _ABBREV):
                    out.append((start, j))
                    start = k
                    i = k
                    continue
        i += 1
    if start < n and text[start:].strip():
        out.append((start, n))
    return out


# -- quoted names ----------------------------------------------------------------

@dataclass
class Quote:
    start: int  # the opening mark
    end: int  # after the closing mark
    inner: str


_QUOTE_MARK = re.compile("[«»”]")


def quotes(text: str) -> list[Quote]:
    """Top-level «...» (nested marks kept inside) and "..." spans."""
    out: list[Quote] = []
    depth = 0
    open_at = -1
    for mark in _QUOTE_MARK.finditer(text):  # only the marks change the state
        i, ch = mark.start(), mark.group()
        if ch == "«":
            if depth == 0:
                open_at = i
            depth += 1
        elif (ch == "»" or ch == "”" and "»" not in text[i:i + 200].split("«")[0]) and depth:
            # OCR may close «...” with the wrong mark
            depth -= 1
            if depth == 0:
                out.append(Quote(open_at, i + 1, text[open_at + 1:i].strip()))
    for m in re.finditer(r"[\"“]([^\"“”«»]{2,200})[\"”]", text):
        if not any(q.start <= m.start() < q.end for q in out):
            out.append(Quote(m.start(), m.end(), m.group(1).strip()))
    out.sort(key=lambda q: q.start)
    return out


# -- words -----------------------------------------------------------------------

@dataclass
class Word:
    start: int
    end: int
    text: str


_WORD_RE = re.compile(rf"[{L}]+(?:[-–][{L}]+)*|\d+(?:[-–]\d+)?(?:-[{L}]+)?|[^\s{L}\d]")


def words(text: str, start: int = 0, end: int | None = None) -> list[Word]:
    end = len(text) if end is None else end
    return [Word(m.start() + start, m.end() + start, m.group(0)) for m in _WORD_RE.finditer(text[start:end])]


#: A word typed in two alphabets ("вookdating") in the one most of its
#: letters are in (Latin look-alikes to Cyrillic is vocab's normalize).
fix_mixed_script = mixed_script_to_latin


# -- event types -----------------------------------------------------------------

#: Kazakh case, possessive and plural endings that event-type words take in
#: prose ("сағатын", "акциясын", "байқауына", "көрмелерін", "семинарда").
_ENDINGS = (
    "ларының", "лерінің", "дарының", "дерінің", "тарының", "терінің",
    "ларын", "лерін", "дарын", "дерін", "тарын", "терін", "лары", "лері", "дары", "дері", "тары", "тері",
    "ының", "інің", "сының", "сінің", "ына", "іне", "сына", "сіне", "ында", "інде", "сында", "сінде",
    "ын", "ін", "сын", "сін", "ы", "і", "сы", "сі", "на", "не", "да", "де", "та", "те", "ға", "ге", "қа", "ке",
    "ны", "ні", "ды", "ді", "ты", "ті", "н",
)
_FOLDED_ENDINGS = tuple((e, russian_letters(e)) for e in _ENDINGS)
# Russian accusative and oblique forms of feminine and masculine nouns
_RU_ENDINGS = (("ую", "ая"), ("юю", "яя"), ("ой", "ая"), ("ю", "я"), ("у", "а"), ("е", "а"), ("ы", "а"),
               ("ом", ""), ("а", ""))


#: Heads of an event form the vocabulary may not know ("... жұмыс жасау
#: сағаты"): the phrase still names an event, of unknown type.
_GENERIC_HEADS = {"сағат", "кеш", "сабақ", "час", "вечер", "урок", "шара"}


def is_generic_head(word: str) -> bool:
    return any(_key(v) in _GENERIC_HEAD_KEYS for v in variants(word))


def variants(word: str) -> list[str]:
    """The word and the forms it may stand for with an ending removed."""
    return list(_variants(word))


@functools.lru_cache(maxsize=65536)  # a report's words recur: each is taken apart once per process
def _variants(word: str) -> tuple[str, ...]:
    w = word.lower()
    out = [w]
    folded = russian_letters(w)
    for e, folded_e in _FOLDED_ENDINGS:
        if w.endswith(e) and len(w) - len(e) >= 3:
            out.append(w[: -len(e)])
        elif folded.endswith(folded_e) and len(w) - len(e) >= 3:
            out.append(folded[: -len(e)])  # OCR: "науқаның" for "науқанын"
    for e, r in _RU_ENDINGS:
        if w.endswith(e) and len(w) - len(e) >= 3:
            out.append(w[: -len(e)] + r)
    # a stem's last voiced consonant was voiceless before the ending:
    # "ертеңгілігі" -> "ертеңгілік", "сабағы" -> "сабақ", "кітабы" -> "кітап"
    for stem in list(out[1:]):
        last = {"г": "к", "ғ": "қ", "б": "п"}.get(stem[-1:])
        if last:
            out.append(stem[:-1] + last)
    return tuple(dict.fromkeys(out))


_RU_CASE_ENDING = re.compile(r"(?:ями|ами|ого|его|ому|ему|ыми|ими|ях|ах|ам|ям|ой|ей|ую|юю|ая|яя|ое|ее|ые|ие|ый|ий"
                             r"|ых|их|ым|им|ом|ем|ов|ев|а|я|у|ю|е|ы|и|о)$")


def ru_stem_key(toks: list[str]) -> str:
    """Russian words by their stems (a case ending off each word of four letters or more)."""
    out = []
    for t in toks:
        w = _key(t)
        stem = _RU_CASE_ENDING.sub("", w)
        out.append(stem if len(stem) >= 4 else w)
    return " ".join(out)


@functools.lru_cache(maxsize=65536)
def _key(text: str) -> str:
    """Compare form of a type phrase: normalize_label, dashes as spaces, and
    Kazakh letters folded to the Russian ones OCR and typists put for them
    ("науқаның" and "науқанын" meet)."""
    return " ".join(compare_key(text).replace("-", " ").replace("–", " ").split())


#: the compare form of a type phrase, for other modules of the package
type_key = _key

_GENERIC_HEAD_KEYS = frozenset(_key(h) for h in _GENERIC_HEADS)

#: the event types of exhibitions ("exhibition.book", "exhibition.photo")
EXHIBITION = "exhibition."

#: Words for "an event" that name no type: the event is kept, typeless.
GENERIC_EVENT = {_key(w) for w in ("шара", "іс шара", "іс шаралар", "шаралар", "мероприятие", "мероприятия")}
#: Genre adjectives of a form the vocabulary does not know ("тарихи әскери
#: калейдоскоп") are tried with these heads: an unknown form is counted with
#: the genre's hour or event.
_BACKOFF_HEADS = ("сағат", "шара", "час")


@dataclass
class TypeMatch:
    id: str | None
    score: float
    start: int  # first word used (index into the phrase)
    end: int  # after the last word used
    how: str  # exact | fuzzy | backoff | generic


class TypeMatcher:
    """Event-type phrases against the ``event_types`` vocabulary: exact
    sub-phrases first (longest, then rightmost: Kazakh puts the head noun
    last), with endings removed from the last word; then the whole phrase
    fuzzily; then a genre adjective with a generic head."""

    def __init__(self, vocab: Vocabulary):
        self.vocab = vocab
        self.exact: dict[str, str] = {}
        for e in vocab.entries.values():
            for name in list(e.get("aliases", [])) + [v for v in e.get("labels", {}).values() if v]:
                k = _key(name)
                if k and k not in self.exact:
                    self.exact[k] = e["id"]
        # Russian phrases by their stems, the case of every word left aside ("в громких чтениях",
        # "игровой программе", "конкурсе рисунков" are "громкие чтения", "игровая программа" ...)
        self.ru_stems: dict[str, str] = {}
        for k, v in self.exact.items():
            self.ru_stems.setdefault(ru_stem_key(k.split()), v)
        # what a phrase was found to name: phrases recur within and across
        # reports, and the answer depends on the vocabulary only
        self._lookups: dict[tuple[str, ...], str | None] = {}
        self._matches: dict[tuple[tuple[str, ...], bool], TypeMatch | None] = {}

    def _lookup(self, toks: list[str]) -> str | None:
        key = tuple(toks)
        if key not in self._lookups:
            if len(self._lookups) > 200_000:
                self._lookups.clear()
            self._lookups[key] = self._lookup_uncached(toks)
        return self._lookups[key]

    def _lookup_uncached(self, toks: list[str]) -> str | None:
        if not toks:
            return None
        head = toks[-1]
        forms = variants(head)
        parts = _DASH.split(head)
        if len(parts) > 1:
            # an exhibition joined to another form by a hyphen ("выставка-обзор", "кітап көрмесі-шолу",
            # "выставка-викторина") is an exhibition, the other form the way it is shown; else the last part
            # names the form ("сайыс-викторина", "час-викторина")
            first = [*variants(parts[0]), parts[0].lower()]
            shown = [f for f in first if self.exact.get(_key(" ".join(toks[:-1] + [f])), "").startswith(EXHIBITION)]
            forms += shown + ((variants(parts[-1]) + [parts[0].lower()]) if len(toks) == 1 else [])
        for f in forms:
            k = _key(" ".join(toks[:-1] + [f]))
            if k in self.exact:
                return self.exact[k]
            if k in GENERIC_EVENT:
                return ""
        return None

    def match(self, phrase: list[str], head_last: bool = False) -> TypeMatch | None:
        """The type a phrase names.  ``head_last``: the match must end at the
        phrase's last word (for phrases read backwards from a verb)."""
        key = (tuple(phrase), head_last)
        if key not in self._matches:
            if len(self._matches) > 100_000:
                self._matches.clear()
            self._matches[key] = self._match(phrase, head_last)
        got = self._matches[key]
        return dataclasses.replace(got) if got is not None else None  # the caller's own copy

    def _match(self, phrase: list[str], head_last: bool) -> TypeMatch | None:
        toks = [fix_mixed_script(t) for t in phrase]
        n = len(toks)
        generic: TypeMatch | None = None
        for size in range(n, 0, -1):
            starts = [n - size] if head_last else range(n - size, -1, -1)
            for i in starts:
                got = self._lookup(toks[i:i + size])
                if got:
                    return TypeMatch(got, 100.0, i, i + size, "exact")
                if got == "" and generic is None:
                    generic = TypeMatch(None, 100.0, i, i + size, "generic")
        if generic:
            return generic
        if not toks:
            return None
        m = self.vocab.match_at_least(" ".join(toks), 88.0)
        if m is not None:
            return TypeMatch(m.id, m.score, 0, n, "fuzzy")
        return None

    def match_ru_inflected(self, phrase: list[str]) -> TypeMatch | None:
        """A Russian type phrase in an oblique case that ends ``phrase``, by the stems of its words."""
        toks = [fix_mixed_script(t) for t in phrase]
        n = len(toks)
        for i in range(n):
            got = self.ru_stems.get(ru_stem_key(toks[i:]))
            if got:
                return TypeMatch(got, 90.0, i, n, "exact")
        return None

    def backoff(self, phrase: list[str]) -> TypeMatch | None:
        for i, t in enumerate(phrase):
            for part in _DASH.split(t):
                for head in _BACKOFF_HEADS:
                    k = _key(f"{part} {head}")
                    if k in self.exact:
                        return TypeMatch(self.exact[k], 75.0, i, i + 1, "backoff")
        return None


# -- dates ------------------------------------------------------------------------

@dataclass
class DateSpan:
    start: int
    end: int
    iso: str  # YYYY-MM-DD or YYYY-MM
    end_iso: str | None = None
    occasion: bool = False  # the date of the holiday named, not of the event


_RANGE_RE = re.compile(rf"(?<!\d)(\d{{1,2}})\s*[-–]\s*(\d{{1,2}})\s+([{L}]{{3,}})"
                       rf"|(?<![{L}])(?i:с)\s+(\d{{1,2}})\s+(?i:по)\s+(\d{{1,2}})\s+([{L}]{{3,}})")
_MONTH_DAY_RE = re.compile(rf"([{L}]{{3,}})\s+айының\s+(\d{{1,2}})(?:-?[ыі]?\s*(?:жұлдызы|күні)[{LOW}]*)?")
#: a month alone: "наурыз айында", "в марте" (the prepositional case of a month is "в" and "-е")
_MONTH_ONLY_RE = re.compile(rf"([{L}]{{3,}})\s+(?:айында|айы\b|айынан|месяце|месяца)"
                            rf"|(?<![{L}])в\s+([{LOW}]{{3,}}е)(?![{L}])", re.I)
_SEASON_RE = re.compile(
    rf"(?i:(жаздың|көктемнің|күздің|қыстың)\s+(?:алғашқы|бірінші)\s+күн[{LOW}]*"
    rf"|(?:в\s+)?первый\s+день\s+(лета|весны|осени|зимы))")
_SEASON_MONTH = {"жаздың": 6, "көктемнің": 3, "күздің": 9, "қыстың": 12,
                 "лета": 6, "весны": 3, "осени": 9, "зимы": 12}
_OCCASION_AFTER = re.compile(rf"^\s*[-–—]\s*[^.;]{{0,120}}?(?:күн[{LOW}]*|мереке[{LOW}]*|день|дню|праздник[{LOW}]*)"
                             rf"\s+(?:орай|қарсаңында|арналған)", re.I)


# a part every match of the pattern holds, looked for before the pattern (which is
# tried at every letter of the text): no part, no match
_RANGE_GATE = re.compile(r"\d\s*[-–]\s*\d|\d\s+по\s+\d", re.I)
_MONTH_DAY_GATE = re.compile(r"\s+айының")
_MONTH_ONLY_GATE = re.compile(r"(?:айында|айы\b|айынан|месяце|месяца|в\s+[^\W\d]{3,}е\b)", re.I)
#: a day in the locative ("12 сәуірде") is the day of the event, even before a holiday's name
_LOCATIVE_DAY = re.compile(r"(?:да|де|та|те)$")


def find_event_dates(text: str, year: int | None) -> list[DateSpan]:
    """Dates of a sentence, each marked when it is a holiday's own date
    ("8 наурыз – Халықаралық әйелдер күніне орай")."""
    out: list[DateSpan] = []
    if year is None:
        return out

    def free(a: int, b: int) -> bool:
        return not any(d.start < b and a < d.end for d in out)

    for m in _RANGE_RE.finditer(text) if _RANGE_GATE.search(text) else ():
        g = m.groups()[3:] if m.group(1) is None else m.groups()[:3]
        mo = month_number(g[2])
        if mo:
            try:
                a = _dt.date(year, mo, int(g[0])).isoformat()
                b = _dt.date(year, mo, int(g[1])).isoformat()
            except ValueError:
                continue
            out.append(DateSpan(m.start(), m.end(), a, b))
    for m in _MONTH_DAY_RE.finditer(text) if _MONTH_DAY_GATE.search(text) else ():
        mo = month_number(m.group(1))
        if mo and free(m.start(), m.end()):
            try:
                out.append(DateSpan(m.start(), m.end(), _dt.date(year, mo, int(m.group(2))).isoformat()))
            except ValueError:
                pass
    for m in _SEASON_RE.finditer(text):
        key = (m.group(1) or m.group(2) or "").lower()
        if key in _SEASON_MONTH and free(m.start(), m.end()):
            out.append(DateSpan(m.start(), m.end(), _dt.date(year, _SEASON_MONTH[key], 1).isoformat()))
    for d in find_dates(text, default_year=year):
        if free(d.start, d.end):
            out.append(DateSpan(d.start, d.end, d.iso))
    for m in _MONTH_ONLY_RE.finditer(text) if _MONTH_ONLY_GATE.search(text) else ():
        mo = month_number(m.group(1) or m.group(2))
        if mo and free(m.start(), m.end()):
            out.append(DateSpan(m.start(), m.end(), f"{year:04d}-{mo:02d}"))
    for d in out:
        if _OCCASION_AFTER.match(text[d.end:]) and not _LOCATIVE_DAY.search(text[d.start:d.end]):
            d.occasion = True
    out.sort(key=lambda d: d.start)
    return out


# -- occasions --------------------------------------------------------------------

_OCCASION_RE = gated(re.compile(
    rf"([{L}\d-]+)\s+(?:орай|қарсаңында)(?![{L}])"), "орай", "қарсаңында", cased=True)
_OCCASION_HEAD = re.compile(rf"(?:күн|мереке|мерейто|жылдығ|жылдық|толу|той|айт)[{LOW}]*$", re.I)
_GENITIVE = re.compile(r"(?:ның|нің|дың|дің|тың|тің)$")
_DATIVE = re.compile(r"(?:не|на|ға|ге|қа|ке)$")


def _nominative(word: str) -> str:
    if _OCCASION_HEAD.search(word) and len(word) > 5:
        return _DATIVE.sub("", word)
    return word


@dataclass
class OccasionSpan:
    start: int
    end: int
    text: str


def find_occasions(text: str) -> list[OccasionSpan]:
    """Holidays and anniversaries a sentence names before "орай" (on the
    occasion of) or "қарсаңында" (on the eve of): "Жеңіс күніне орай" ->
    "Жеңіс күні"; from the last run of capitalized words before the head."""
    out: list[OccasionSpan] = []
    for m in _OCCASION_RE.finditer(text):
        head = m.group(1)
        if not _OCCASION_HEAD.search(head):
            continue
        # the window back to the previous punctuation mark
        left = text[:m.start(1)]
        cut = max(left.rfind(c) for c in ".,;:«»()!?")
        ws = words(text, cut + 1, m.end(1))
        ws = [w for w in ws if re.match(rf"[{L}\d]", w.text)]
        if not ws:
            continue
        caps = [i for i, w in enumerate(ws) if w.text[0].isupper()]
        if not caps:
            continue
        i = caps[-1]
        while i > 0:
            prev = ws[i - 1].text
            if prev[0].isupper() or prev[0].isdigit() or prev in ("-", "–"):
                i -= 1
            elif i > 1 and _GENITIVE.search(prev) and ws[i - 2].text[0].isupper():
                i -= 2
            else:
                break
        span = ws[i:]
        phrase = text[span[0].start:span[-1].end]
        last = span[-1].text
        phrase = phrase[: len(phrase) - len(last)] + _nominative(last)
        out.append(OccasionSpan(span[0].start, span[-1].end, " ".join(phrase.split()).strip(" -–")))
    return out


def heading_occasion(heading: str | None, titles: list[str]) -> str | None:
    """A section heading that names a holiday: "Жеңіс күніне орай" ->
    "Жеңіс күні"; a short heading ("Наурыз") when the titles under it
    repeat its word."""
    if not heading:
        return None
    h = re.sub(r"\s+(?:орай|қарсаңында)\s*$", "", heading.strip())
    ws = h.split()
    if ws and _OCCASION_HEAD.search(ws[-1]):
        return " ".join(ws[:-1] + [_nominative(ws[-1])])
    if 1 <= len(ws) <= 2 and not h.startswith("«"):
        stem = normalize_label(ws[0])[:5]
        if len(stem) >= 4 and any(stem in normalize_label(t) for t in titles):
            return h
    return None


# -- audiences and counts ---------------------------------------------------------

_AUDIENCE_RE = re.compile(
    rf"(?<![{L}])(\d+(?:\s*[-–]\s*\d+)?\s*(?:«[^»]{{1,3}}»\s*)?-?\s*сынып[{LOW}]*\s+оқушылар[{LOW}]*"
    rf"|\d+(?:\s*[-–]\s*\d+)?\s*-?\s*класс[{LOW}]*"
    rf"|(?:мектеп\s+|жас\s+|кішкентай\s+|мүгедек\s+|колледж\s+)?"
    rf"(?:оқушылар|студенттер|оқырмандар|балалар|жастар|тәрбиеленушілер|ардагерлер|зейнеткерлер|жасөспірім)[{LOW}]*"
    rf"|(?:молодеж|молодёж)(?:и|ью|ь)(?![{L}])"
    rf"|(?:учащи|студент|школьник|старшеклассник|воспитанник|пенсионер|ветеран|подрост|жител"
    rf"|учител|родител|читател)[{LOW}]+(?:\s+\d+(?:\s*[-–]\s*\d+)?\s*-?\s*класс[{LOW}]*)?"
    rf"|(?:детей|дети|детям|детьми|ребят[{LOW}]*))")
#: more groups of the same audience: "учителя, пенсионеры"
_MORE_AUDIENCE_RE = re.compile(r"(?:\s*,\s*|\s+(?:и|және|мен|бен|пен)\s+)")
#: a count of the people who came: "45 человек", "(25 чел.)", "28 школьников", "более 100 жителей",
#: "35 оқушы", "60-қа жуық оқырман", "120-дан астам ауыл тұрғыны", "(22 бала)"
_PARTICIPANTS_RE = re.compile(
    rf"(?<![\d,.№])(?<!№\s)(\d{{1,5}})\s*(?:-?\s*(?:ден|дан|тен|тан|нен|нан|ға|ге|қа|ке)\s+(?:аса|астам|артық|жуық)\s+)?"
    rf"((?:ауыл\s+|мектеп\s+)?)"
    rf"(адам|кісі(?!лік)|қатысушы|оқырман|оқушы|бала(?:лар)?|бүлдіршін|жасөспірім|тұрғын|студент|тәрбиеленуші|зейнеткер"
    rf"|участник|человек|чел\.|читател|школьник|учащ|ребен|ребён|ребят|детей|жител|воспитанник|пенсионер"
    rf"|зрител|гост|слушател)(?![{L}]*\s+сынып)")
_PARTICIPANTS_RE = led(_PARTICIPANTS_RE, r"\d")


def find_audience(text: str, skip: list[tuple[int, int]] = ()) -> tuple[int, int, str] | None:
    """The first audience phrase outside quoted names (and outside ``skip``)."""
    named = [q for q in quotes(text) if len(q.inner) > 3]
    if named or skip:
        blank = list(text)
        for q in named:
            blank[q.start:q.end] = " " * (q.end - q.start)
        for a, b in skip:
            blank[a:b] = " " * (b - a)
        flat = "".join(blank)
    else:  # nothing to blank out (most pieces): the text as it is
        flat = text
    m = _AUDIENCE_RE.search(flat)
    if m is None:
        # the people a count is of: "60-қа жуық оқырман", "120-дан астам ауыл тұрғыны"
        c = _PARTICIPANTS_RE.search(flat)
        if c is None or c.group(3).lower() in _NO_AUDIENCE:
            return None
        start, end = c.start(2) if c.group(2) else c.start(3), c.end(3)
        end += len(re.match(rf"[{LOW}]*", flat[end:]).group(0))
        return start, end, text[start:end]
    start, end = m.start(), m.end()
    while True:
        sep = _MORE_AUDIENCE_RE.match(flat, end)
        nxt = _AUDIENCE_RE.match(flat, sep.end()) if sep else None
        if nxt is None:
            break
        end = nxt.end()
    return start, end, text[start:end]


#: the words of a count that say nothing of who came
_NO_AUDIENCE = {"адам", "кісі", "қатысушы", "участник", "человек", "чел.", "гост", "слушател", "зрител"}


def find_participants(text: str) -> int | None:
    m = _PARTICIPANTS_RE.search(text)
    return int(m.group(1)) if m else None
