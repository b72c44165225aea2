"""What the table and prose readers of facts share: the vocabulary
(``schemas/metrics.json``), the cue matcher (a prefix index of the
vocabulary's word stems, built once per process and matched on spaCy
tokens), periods of a document and the record builder.

:mod:`esep.plugins.facts.table` and :mod:`esep.plugins.facts.text` import
this module; the plugin (:mod:`esep.plugins.facts.plugin`) only orchestrates
them, owns the table and scores it.
"""

from __future__ import annotations

import functools
import json
import logging
import re
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from esep.model import Document, Provenance, Record
from esep.plugins.lang.alphabet import find_in_matching_form, fold, loose, matching_form
from esep.plugins.lang.detect import detect_language
from esep.plugins.lang.nlp import get_tokenizer_nlp
from esep.plugins.lang.dates import DateMatch, find_dates
from esep.plugins.lang.periods import Period, PeriodMatch, find_periods, make_period, period_from_code

log = logging.getLogger(__name__)

EXTRACTOR = "facts"

# -- vocabulary ----------------------------------------------------------------

@dataclass
class Metric:
    id: str
    unit: str
    units: tuple[str, ...]
    stock: bool = False
    flow: str | None = None
    cues: tuple[str, ...] = ()
    topic: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    weak: tuple[str, ...] = ()
    #: categories that say where the figure appears, not a part of it
    #: ("мерзімді басылымдарда 84 жарияланым": articles in periodicals)
    places: tuple[str, ...] = ()


@dataclass(eq=False)  # hashed by identity: loaded once, cached results key on it
class FactVocab:
    """``schemas/metrics.json`` read once: metrics, categories, languages,
    units, total words and "of which" phrases."""

    metrics: dict[str, Metric]
    categories: dict[str, dict[str, Any]]
    languages: dict[str, dict[str, Any]]
    units: dict[str, dict[str, Any]]
    totals: tuple[str, ...]
    partitive_re: re.Pattern[str]
    total_re: re.Pattern[str]
    patterns: list[tuple[str, str, list[str]]] = field(default_factory=list)  # (kind, id, words)

    def money(self, unit: str | None) -> bool:
        return bool(unit and self.units.get(unit, {}).get("money"))

    def implied_metric(self, unit: str | None) -> str | None:
        return self.units.get(unit, {}).get("implies") if unit else None


def _phrase_re(phrases: list[str]) -> re.Pattern[str]:
    alts = []
    for p in sorted(phrases, key=len, reverse=True):
        words = [re.escape(w) for w in fold(p).split()]
        body = r"\s*".join(w.replace(r"\.", r"\.\s?") for w in words)
        alts.append(body)
    return re.compile(r"(?<![\w])(?:" + "|".join(alts) + r")(?![\w])", re.U)


def _variants(cue: str) -> list[list[str]]:
    """A cue's words, split on spaces and dots ('=' marks an exact word); a
    hyphenated word ("іс-шара") is tried both whole and as two words, as
    tokenizers differ on hyphens."""
    base = [w for w in re.split(r"[\s./]+", fold(cue)) if w and w != "="]
    out = [base]
    if any(c in w for w in base for c in "яю"):  # Latin-script Kazakh writes я, ю as ia, iu ("jariialanym")
        out.append([w.replace("я", "иа").replace("ю", "иу") for w in base])
    if any("-" in w or "–" in w for w in base):
        split = [p for w in base for p in re.split(r"[-–]+", w) if p and p != "="]
        out.append(split)
    return [v for v in out if v]


@functools.lru_cache(maxsize=4)
def _load_raw(path: str | None = None) -> dict[str, Any]:
    if path:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    return json.loads(resources.files("esep.schemas").joinpath("metrics.json").read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=4)
def load_vocab(path: str | None = None) -> FactVocab:
    data = _load_raw(path)
    metrics = {}
    for e in data["entries"]:
        metrics[e["id"]] = Metric(
            e["id"], e.get("unit", ""), tuple(e.get("units") or [e.get("unit", "")]), bool(e.get("stock")),
            e.get("flow"), tuple(e.get("cues", [])), tuple(e.get("topic", [])), tuple(e.get("aliases", [])),
            tuple(e.get("weak", [])), tuple(e.get("places", [])))
    fv = FactVocab(
        metrics,
        {c["id"]: c for c in data.get("categories", [])},
        {c["id"]: c for c in data.get("languages", [])},
        {c["id"]: c for c in data.get("units", [])},
        tuple(data.get("totals", [])),
        _phrase_re(data.get("partitive", [])),
        _phrase_re(data.get("totals", [])),
    )
    pats: list[tuple[str, str, list[str]]] = []
    for m in metrics.values():
        for cue in m.cues + tuple(a for a in m.aliases if len(a.split()) > 1):
            pats.extend(("M", m.id, v) for v in _variants(cue))
        for cue in m.topic:
            pats.extend(("T", m.id, v) for v in _variants(cue))
        for cue in m.weak:
            pats.extend(("W", m.id, v) for v in _variants(cue))
    for kind, table in (("C", fv.categories), ("L", fv.languages), ("U", fv.units)):
        for cid, c in table.items():
            for cue in c.get("cues", []):
                pats.extend((kind, cid, v) for v in _variants(cue))
    for cue in data.get("totals", []):
        pats.extend(("S", "total", v) for v in _variants(cue))
    for cue in data.get("plan", []):
        pats.extend(("P", "plan", v) for v in _variants(cue))
    for cue in data.get("collections", []):
        pats.extend(("X", "collection", v) for v in _variants(cue))
    fv.patterns = pats
    return fv


def get_vocab(config: Any = None) -> FactVocab:
    path = config.get("facts_vocab") if config is not None else None
    return load_vocab(path)


# -- cue matching with spaCy ------------------------------------------------------

@dataclass
class Hit:
    """A vocabulary cue found in a text: kind M (metric), W (weak metric
    cue), T (topic), C (category), L (language), U (unit), P (a plan word)
    or X (a phrase naming the whole collection); char and token spans.  A
    category cue inside an X phrase ("кітап қоры", the book fund) is
    dropped: the phrase names the whole."""

    kind: str
    id: str
    start: int
    end: int
    t0: int
    t1: int
    words: int


@dataclass
class Tokens:
    """A tokenized text: token char spans and the cue hits."""

    text: str
    spans: list[tuple[int, int]]
    hits: list[Hit]

    def token_at(self, pos: int) -> int:
        """Index of the first token that ends after ``pos``."""
        lo, hi = 0, len(self.spans)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.spans[mid][1] <= pos:
                lo = mid + 1
            else:
                hi = mid
        return lo


_SEP_RE = re.compile(r"^[\W_]+$")


@dataclass
class CueIndex:
    """The vocabulary's cues compiled for matching on tokens, built once per
    vocabulary: each pattern is a list of words, a word being a stem (the
    token starts with it) or, ending in '=', an exact word (the token is
    the word, optionally followed by '.' or ':'); tokens of punctuation
    only but a semicolon may stand between the words.  ``first`` maps a pattern's first
    word to the patterns starting with it, so a token is only compared with
    the patterns whose first word is one of its prefixes."""

    patterns: list[tuple[str, str, int, tuple[str, ...]]]  # (kind, id, n words, words)
    stems: dict[str, list[int]]
    exact: dict[str, list[int]]
    longest: int
    _starting: dict[str, tuple[int, ...]] = field(default_factory=dict, repr=False, compare=False)
    _rest: list[tuple[tuple[str, bool], ...]] = field(default_factory=list, repr=False, compare=False)

    @classmethod
    def build(cls, fv: "FactVocab") -> "CueIndex":
        pats: list[tuple[str, str, int, tuple[str, ...]]] = []
        seen: set[tuple[str, str, tuple[str, ...]]] = set()
        stems: dict[str, list[int]] = {}
        exact: dict[str, list[int]] = {}
        for kind, cid, words in fv.patterns:
            # a word of one letter is a preposition ("с библиотечн образован", "в т.ч."), never a stem: "с" would
            # take the "сотрудников" of the sentence before ("… имеют 29 сотрудников. Библиотечное образование …")
            words = [w + "=" if len(w) == 1 and w.isalpha() else w for w in (loose(w) for w in words)]
            key = (kind, cid, tuple(words))
            if key in seen:
                continue
            seen.add(key)
            pats.append((kind, cid, len(words), tuple(words)))
            w = words[0]
            if w.endswith("="):
                exact.setdefault(w[:-1], []).append(len(pats) - 1)
            else:
                stems.setdefault(w, []).append(len(pats) - 1)
        return cls(pats, stems, exact, max((len(w) for w in stems), default=0))

    @staticmethod
    def word_matches(word: str, tok: str) -> bool:
        if word.endswith("="):
            base = word[:-1]
            return tok == base or (len(tok) == len(base) + 1 and tok.startswith(base) and tok[-1] in ".:")
        return tok.startswith(word)

    def starting(self, tok: str) -> tuple[int, ...]:
        """The patterns whose first word the token ``tok`` matches, in
        pattern order; memoized per token (a report's words recur, and the
        answer depends on the vocabulary only)."""
        got = self._starting.get(tok)
        if got is None:
            cands: list[int] = []
            for k in range(1, min(len(tok), self.longest) + 1):
                cands.extend(self.stems.get(tok[:k], ()))
            cands.extend(self.exact.get(tok, ()))
            if tok and tok[-1] in ".:":
                cands.extend(self.exact.get(tok[:-1], ()))
            got = tuple(sorted(set(cands)))
            if len(self._starting) > 200_000:
                self._starting.clear()
            self._starting[tok] = got
        return got

    def match(self, toks: list[str], sep: list[bool]) -> list[tuple[int, int, int]]:
        """(pattern, first token, end token) of every match in the lower-cased
        tokens ``toks``; ``sep[i]`` says token i is punctuation only."""
        out: list[tuple[int, int, int]] = []
        n = len(toks)
        rest = self._rest
        if len(rest) != len(self.patterns):  # each pattern's later words as (base, exact), once per index
            rest[:] = [tuple((w[:-1], True) if w.endswith("=") else (w, False) for w in p[3][1:])
                       for p in self.patterns]
        for i, tok in enumerate(toks):
            for pid in self.starting(tok):
                later = rest[pid]
                if not later:  # most cues are one word: matched by the start alone
                    out.append((pid, i, i + 1))
                    continue
                ends = [i + 1]
                for base, exact in later:
                    nxt = []
                    for j in ends:
                        while j < n:
                            t = toks[j]
                            if (t == base or (len(t) == len(base) + 1 and t.startswith(base) and t[-1] in ".:")
                                    if exact else t.startswith(base)):
                                nxt.append(j + 1)
                            if not sep[j] or ";" in toks[j]:
                                break  # a semicolon ends an item: no cue runs on into the next
                            j += 1
                    ends = nxt
                    if not ends:
                        break
                for e in sorted(set(ends)):
                    out.append((pid, i, e))
        return out


_cue_indexes: dict[int, CueIndex] = {}


def cue_index(fv: FactVocab) -> CueIndex:
    """The :class:`CueIndex` of a vocabulary, built on first use."""
    ix = _cue_indexes.get(id(fv))
    if ix is None:
        ix = _cue_indexes[id(fv)] = CueIndex.build(fv)
    return ix


def cue_crosses(head: str, tail: str, fv: FactVocab, kind: str = "M") -> bool:
    """Whether a cue of ``kind`` whose first word is longer than ``head``
    begins the word ``head`` + ``tail`` ("документов" + "ыдача": the cue
    "документовыдача" runs across the join; "кітапханаға" + "келу": no cue
    longer than "кітапханаға" begins "кітапханағакелу")."""
    ix = cue_index(fv)
    a = loose(matching_form(head)[0].lower())
    word = a + loose(matching_form(tail)[0].lower())
    found = [i for n in range(len(a) + 1, min(len(word), ix.longest) + 1) for i in ix.stems.get(word[:n], ())]
    found += ix.exact.get(word, [])
    return any(ix.patterns[i][0] == kind for i in found)


_SEP_MEMO: dict[str, bool] = {}


def token_forms(text: str, offsets: list[tuple[int, int]]) -> tuple[list[tuple[int, int]], list[str], list[bool]]:
    """The char spans, the compared forms (``loose`` of the lower case) and
    the punctuation-only flags of the tokens of ``text`` at ``offsets``
    (start, length).  The whole text is lowered and loosened once and each
    token's form cut from it when lower case keeps every length and no
    final sigma is about (its lower case depends on the letters around it);
    otherwise token by token, with the same result."""
    spans = [(a, a + n) for a, n in offsets]
    low = text.lower()
    if len(low) == len(text) and "\u03a3" not in text:
        lo = loose(low)  # one letter for one: lengths kept
        toks = [lo[a:b] for a, b in spans]
    else:
        toks = [loose(text[a:b].lower()) for a, b in spans]
    memo = _SEP_MEMO
    if len(memo) > 100_000:
        memo.clear()
    sep = []
    for a, b in spans:
        tx = text[a:b]
        got = memo.get(tx)
        if got is None:
            got = memo[tx] = bool(_SEP_RE.match(tx))
        sep.append(got)
    return spans, toks, sep


@functools.lru_cache(maxsize=8192)
def _tokenize_cached(text: str, fv: FactVocab, lang: str) -> Tokens:
    folded, origin = matching_form(text)  # Latin-script Kazakh matched in Cyrillic
    doc = get_tokenizer_nlp("kk" if lang == "kk" else "ru").make_doc(folded)  # only offsets are read
    spans, toks, sep = token_forms(folded, [(t.idx, len(t)) for t in doc])
    if origin is not None:
        spans = [(origin[a], origin[b]) for a, b in spans]
    ix = cue_index(fv)
    raw = []
    seen: set[tuple[str, str, int, int, int]] = set()
    # (kind, unit of the metric, first token, end token) -> the longest cue there
    longest: dict[tuple[str, str | None, int, int], int] = {}
    cue_len: dict[int, tuple[tuple[str, str | None, int, int], int]] = {}
    for pid, s, e in ix.match(toks, sep):
        kind, cid, nw, words = ix.patterns[pid]
        if (kind, cid, nw, s, e) in seen:
            continue
        seen.add((kind, cid, nw, s, e))
        metric = fv.metrics.get(cid) if kind in ("M", "T", "W") else None
        where = (kind, metric.unit if metric is not None else None, s, e)
        n_chars = sum(len(w) for w in words)
        longest[where] = max(longest.get(where, 0), n_chars)
        raw.append(Hit(kind, cid, spans[s][0], spans[e - 1][1], s, e, nw))
        cue_len[id(raw[-1])] = (where, n_chars)
    # two cues of metrics counted alike over the same tokens: the one that spells more of them out wins
    # ("оқырман-балалар саны" over "оқырман саны", whose first word only begins the token "оқырман-балалар")
    raw = [h for h in raw if cue_len[id(h)][1] >= longest[cue_len[id(h)][0]]]
    hits: list[Hit] = []
    by_kind: dict[str, list[Hit]] = {}
    for h in raw:
        by_kind.setdefault(h.kind, []).append(h)
    for kind, hs in by_kind.items():
        hs.sort(key=lambda h: (-(h.t1 - h.t0), -(h.end - h.start), h.start))
        kept: list[Hit] = []
        if kind in ("M", "T", "W"):  # several metrics may share a cue: keep all of the best spans
            for h in hs:
                if any(k.start < h.end and h.start < k.end and (k.t1 - k.t0, k.end - k.start) > (h.t1 - h.t0, h.end - h.start)
                       for k in kept):
                    continue
                kept.append(h)
        else:
            for h in hs:
                if any(k.start < h.end and h.start < k.end for k in kept):
                    continue
                kept.append(h)
        hits.extend(kept)
    # a category word inside a phrase naming the whole collection ("кітап қоры") or inside a metric's
    # own wording ("берілген кітаптар", loans) names no category
    wholes = [h for h in hits if h.kind == "X" or (h.kind == "M" and h.words > 1)]
    if wholes:
        hits = [h for h in hits if h.kind != "C" or not any(
            (x.start < h.end and h.start < x.end) if x.kind == "X" else (x.start <= h.start and h.end <= x.end)
            for x in wholes)]
    if any(h.kind in ("M", "T") and h.id.startswith("users.") for h in hits):
        hits = [h for h in hits if not (h.kind in ("M", "T") and h.id.startswith("users.") and meant_for(text, h.start, h.end))]
    hits.sort(key=lambda h: (h.start, h.kind))
    return Tokens(text, spans, hits)


#: "для пользователей", "для обслуживания читателей", "оқырмандарға арналған": what is meant for the readers
#: (seats, computers, an area, events), not a count of them
_FOR_BEFORE_RE = re.compile(r"(?i)(?<![^\W\d_])для\s+(?:[^\W\d_]+\s+){0,1}$")
_FOR_AFTER_RE = re.compile(r"(?i)[^\W\d_]*\s+арналған(?![^\W\d_])")


def meant_for(text: str, start: int, end: int) -> bool:
    """Whether the words of readers at ``text[start:end]`` say whom something
    is meant for ("Число посадочных мест для пользователей", "из них для
    пользователей", "площадь для обслуживания читателей", "оқырмандарға
    арналған орындар"): what is counted is that thing, never the readers."""
    return bool(_FOR_BEFORE_RE.search(text, max(0, start - 30), start) or _FOR_AFTER_RE.match(text, end))


def tokenize(text: str, fv: FactVocab, lang: str | None = None) -> Tokens:
    """Tokenize the folded text with spaCy and find every vocabulary cue
    (:class:`CueIndex`).  Of overlapping hits of one kind the longest (most
    words, then most characters) wins.  Results are cached per text: table
    headers and captions repeat, and nothing changes a :class:`Tokens`."""
    return _tokenize_cached(text, fv, lang or detect_language(text, otherwise="letters"))


def best_category(text: str, fv: FactVocab, tokens: Tokens | None = None) -> str | None:
    """The category a label names (the longest cue wins), or None."""
    toks = tokens or tokenize(text, fv)
    cats = [h for h in toks.hits if h.kind == "C"]
    if not cats:
        return None
    return max(cats, key=lambda h: (h.t1 - h.t0, h.end - h.start)).id


def language_of(hits: list[Hit]) -> str | None:
    langs = [h for h in hits if h.kind == "L"]
    return langs[0].id if langs else None


#: a group of a system's libraries named in the plural ("в том числе сельские библиотеки", "в сельских
#: библиотеках", "ауылдық кітапханаларда"): the part of a figure that those libraries account for
_LIBRARY_GROUPS = (
    (re.compile(r"(?i)(?<![^\W\d_])сельски[ехм]\w*\s+(?:библиотек|филиал)"), "сельские библиотеки"),
    (re.compile(r"(?i)(?<![^\W\d_])городски[ехм]\w*\s+(?:библиотек|филиал)"), "городские библиотеки"),
    (re.compile(r"(?i)(?<![^\W\d_])ауылдық\s+(?:кітапханалар|филиалдар|кітапхана-филиалдар)"), "ауылдық кітапханалар"),
    (re.compile(r"(?i)(?<![^\W\d_])қалалық\s+(?:кітапханалар|филиалдар)"), "қалалық кітапханалар"),
    # all the libraries of a region, whose summary an oblast library's report gives beside its own figures
    # ("Облыс кітапханаларының негізгі көрсеткіштері", "по библиотекам области"); not "облыстық кітапхана",
    # the oblast library itself
    (re.compile(r"(?i)(?<![^\W\d_])(?:облыс(?:тың|тағы)?|oblys(?:tyń|tyn|tağy)?)\s+(?:[^\W\d_]+\s+){0,2}?"
                r"(?:кітапханалар|kitaphanalar)"), "облыс кітапханалары"),
    # "Солтүстік Қазақстан облысы кітапханаларының": the oblast named, then its libraries (a word between
    # would be a district's: "облысы Есіл ауданы кітапханалары")
    (re.compile(r"(?i)(?<![^\W\d_])(?:облысы(?:ның)?|oblysy(?:nyń|nyn)?)\s+(?:кітапханалар|kitaphanalar)"),
     "облыс кітапханалары"),
    (re.compile(r"(?i)(?<![^\W\d_])библиотек(?:и|ам|ами|ах)?\s+(?:[^\W\d_]+\s+)?(?:области|региона)(?![^\W\d_])"),
     "библиотеки области"),
    # the oblast's libraries with the kind of library between, as a methodical summary's title names them
    # ("Ұлытау облысының мемлекеттік кітапханаларының", "облысының жалпыға қолжетімді кітапханалары"): still the
    # region's libraries (a word of another kind between, a district's name, is not)
    (re.compile(r"(?i)(?<![^\W\d_])облысы(?:ның)?\s+(?:мемлекеттік|жалпыға\s+қолжетімді|көпшілік|бұқаралық"
                r"|муниципалдық)\s+кітапханалар"), "облыс кітапханалары"),
    # the libraries of the oblast's own level (the universal, children's and youth libraries) as one row of an
    # oblast's summary beside its districts and towns: "Облыстық кітапханалар", "Областные библиотеки"
    (re.compile(r"(?i)(?<![^\W\d_])облыстық\s+кітапханалар"), "облыстық кітапханалар"),
    (re.compile(r"(?i)(?<![^\W\d_])областны[ех]\s+библиотек"), "областные библиотеки"),
    # the branch libraries of a system as one group beside its central library ("Остальные 12 библиотек-филиалов
    # выдали …", "Библиотеки-филиалы провели …", "кітапхана-филиалдары"): plural forms only ("библиотеки-филиала
    # №5" is one library); a kind named before them is the group (:func:`library_groups`), and the children's
    # branch libraries are no group of all the branches
    (re.compile(r"(?i)(?<![^\W\d_])(?<!детски[хеймм]\s)(?<!детскими\s)библиотек(?:и|ам|ами|ах)?-филиал(?:ы|ов|ам|ами|ах)"
                r"(?![^\W\d_])"), "библиотеки-филиалы"),
    (re.compile(r"(?i)(?<![^\W\d_])(?<!балалар\s)кітапхана-филиалдар"), "кітапхана-филиалдар"),
)

#: the word for libraries or branches every pattern of :data:`_LIBRARY_GROUPS` holds: a text without any is
#: searched once, not by each of them
_LIBRARY_GROUP_WORDS_RE = re.compile(r"(?i)библиотек|филиал|кітапхана|kitaphanalar")

#: the bare branch libraries (:data:`_LIBRARY_GROUPS`), a group only when no kind of library is named with them
_BRANCH_LIBRARIES = frozenset({"branch:библиотеки-филиалы", "branch:кітапхана-филиалдар"})


#: the categories of all the libraries of a region (:data:`_LIBRARY_GROUPS`), the whole an oblast's summary is about
REGION_LIBRARIES = frozenset({"branch:облыс кітапханалары", "branch:библиотеки области"})


def day_and_eve(day: str) -> set[str]:
    """A date and the day before it: a balance at the start of a period is
    stated on its first day or on the last day of the one before."""
    import datetime as _dt

    return {day, (_dt.date.fromisoformat(day) - _dt.timedelta(days=1)).isoformat()}


def library_group(text: str) -> str | None:
    """The category of a group of libraries the text names in the plural
    (``branch:сельские библиотеки``, ``branch:ауылдық кітапханалар``), or None.
    A single library ("сельская библиотека", "ауылдық кітапхана") is no group."""
    return next(iter(library_groups(text)), None)


#: a group of libraries named as the last item of a list of the system's libraries ("центральная районная
#: библиотека, детская библиотека и сельские библиотеки", "орталық кітапхана, балалар кітапханасы және ауылдық
#: кітапханалар"): a single library before it in the list, joined by a comma, "и" or "және"
_LISTED_GROUP_RE = re.compile(r"(?i)(?:библиотек[аи]|кітапхана(?:сы)?)(?:\s+[^\W\d_]+)?\s*(?:,|\s(?:и|және))\s+"
                              r"(?:[^\W\d_]+\s+){0,3}?(?:сельски[ех]|городски[ех]|ауылдық|қалалық)\s+"
                              r"(?:библиотек|кітапханалар|филиал)")


def group_among_libraries(text: str) -> bool:
    """Whether the text names a group of libraries only as one item of a list
    of the system's libraries ("обслуживание осуществляли центральная
    библиотека, детская библиотека и сельские библиотеки"): a sentence
    telling what the system is made of, the whole's, not a group's."""
    return bool(_LISTED_GROUP_RE.search(text))


def library_groups(text: str) -> list[str]:
    """Every group of libraries the text names ("городских и сельских
    библиотек": two), in the order of :data:`_LIBRARY_GROUPS`."""
    if not _LIBRARY_GROUP_WORDS_RE.search(text):
        return []  # no pattern of a group can match
    groups = ["branch:" + name for pat, name in _LIBRARY_GROUPS if pat.search(text)]
    # "сельских библиотек-филиалов", "ауылдық кітапхана-филиалдары": the kind is the group
    kinds = [g for g in groups if g not in _BRANCH_LIBRARIES]
    return kinds or groups


#: a group of libraries counted by a figure right before it, the noun in the number's form ("24 сельские
#: библиотеки", "20 сельских библиотек", "21 сельская библиотека", "20 ауылдық кітапхана"); or the countryside a
#: part of a count of libraries is in ("оның ішінде 142-сі ауылдық жерде", "из них в сельской местности – 142")
_COUNTED_LIBRARY_GROUPS = (
    # (or the kind alone after a dash, the libraries left out: "352 библиотеки, из них 289 – сельские.")
    (re.compile(r"(?i)\s*(?:сельск[^\W\d_]*\s+(?:библиотек|филиал)|(?:в\s+)?сельской\s+местност|на\s+селе(?![^\W\d_])"
                # (or the rural districts and settlements they stand in: "27 библиотек, из них 22 в сельских округах")
                r"|(?:в\s+)?сельских\s+(?:округах|населённых\s+пунктах|населенных\s+пунктах)(?![^\W\d_])"
                r"|[–—-]\s*сельские(?=\s*(?:[.,;)]|$))"
                # (or the kind's adjective alone, the noun left out: "312 библиотек, из них 268 сельских.")
                r"|сельск(?:их|ие)(?=\s*(?:[.,;)]|$)))"),
     "сельские библиотеки"),
    (re.compile(r"(?i)\s*(?:городск[^\W\d_]*\s+(?:библиотек|филиал)|[–—-]\s*городские(?=\s*(?:[.,;)]|$))"
                r"|городск(?:их|ие)(?=\s*(?:[.,;)]|$)))"),
     "городские библиотеки"),
    # (and the Kazakh adjective alone, the noun left out: "27 кітапхана бар, оның 22-сі ауылдық.")
    # (or the rural districts they stand in: "27 кітапхана, оның 22-сі ауылдық округтерде орналасқан")
    (re.compile(r"(?i)\s*(?:[–—-]\s*)?ауылдық(?:\s+(?:кітапхана|филиал|жер(?:де|лерде)(?![^\W\d_])"
                r"|округ(?:те|тарда|терде)(?![^\W\d_])|елді\s+мекен(?:де|дерде)(?![^\W\d_]))|(?=\s*(?:[.,;)]|$)))"),
     "ауылдық кітапханалар"),
    (re.compile(r"(?i)\s*(?:[–—-]\s*)?қалалық(?:\s+(?:кітапхана|филиал)|(?=\s*(?:[.,;)]|$)))"), "қалалық кітапханалар"),
    # the children's libraries of a system ("14 библиотек, из них 3 детские", "оның 2-і балалар кітапханасы")
    (re.compile(r"(?i)\s*(?:детск[^\W\d_]*\s+(?:библиотек|филиал)|детск(?:их|ие)(?=\s*(?:[.,;)]|$)))"),
     "детские библиотеки"),
    (re.compile(r"(?i)\s*(?:-?[^\W\d_]{1,3}\s+)?балалар\s+(?:кітапхана|филиал)"), "балалар кітапханалары"),
)


#: the first of two kinds counted in one phrase, the noun after the second only ("7 городских и 12 сельских
#: филиалов", "5 қалалық және 14 ауылдық кітапхана"): the first kind's adjective, then "и" and the second's figure
_FIRST_OF_TWO_KINDS_RE = re.compile(
    r"(?i)\s*(?:(сельск)(?:их|ие|ая)|(городск)(?:их|ие|ая)|(ауылдық)|(қалалық))\s+(?:и|және)\s+"
    r"\d[\d\s\u00a0]*(?:-\S+\s+)?(?:сельск|городск|ауылдық|қалалық)")
_FIRST_KIND_GROUPS = ("сельские библиотеки", "городские библиотеки", "ауылдық кітапханалар", "қалалық кітапханалар")


def counted_library_group(text: str, pos: int) -> str | None:
    """The group of libraries (``branch:сельские библиотеки``) named right
    at ``pos`` of the text, after a figure that counts them: a figure of
    libraries of one kind among the libraries counted before is the number
    of that group, whichever form the noun takes after the number; so is
    the first of two kinds that share the noun after the second ("7
    городских и 12 сельских филиалов")."""
    group = next(("branch:" + name for pat, name in _COUNTED_LIBRARY_GROUPS if pat.match(text, pos)), None)
    if group is None and (m := _FIRST_OF_TWO_KINDS_RE.match(text, pos)) is not None:
        group = "branch:" + next(name for g, name in zip(m.groups(), _FIRST_KIND_GROUPS) if g)
    return group


#: a mobile library in any case: "библиобус", "Фонд библиобуса", "передвижной библиотеки", "жылжымалы кітапханасы";
#: a mobile complex of library service ("КИБО", "КИБО «Библиобус»") is the bookmobile under its Russian official name
_MOBILE_LIBRARY_RE = re.compile(r"(?i)(?<![^\W\d_])(?:(библиобус|(?-i:КИБО)(?![^\W\d_]))|(передвижн)[^\W\d_]*\s+библиотек"
                                r"|(жылжымалы|көшпелі)\s+кітапхана)[^\W\d_]*")


#: the library's service inside its walls or out of them, as a column or a clause names it: "в стационаре",
#: "стационарное обслуживание"; "вне стационара", "внестационарное обслуживание"
_STATIONARY_RE = re.compile(r"(?i)(?<![^\W\d_])(?:(?P<out>вне\s+стационар|внестационарн)|(?P<in>в\s+стационаре|стационарн))")


def stationary_part(text: str) -> str | None:
    """The part of the library's service the text names: inside its walls
    (``department:стационарное обслуживание``: "в стационаре") or out of
    them (``department:внестационарное обслуживание``: "вне стационара",
    "внестационарное"), or None.  Each is a part of the whole that a
    column "Всего" beside them gives."""
    m = _STATIONARY_RE.search(text)
    if m is None:
        return None
    return "department:" + ("внестационарное обслуживание" if m.group("out") else "стационарное обслуживание")


def mobile_library(text: str) -> str | None:
    """The mobile library the text names (a bookmobile, "передвижная
    библиотека"), in the nominative whatever its case ("Фонд библиобуса":
    "библиобус"), or None.  A mobile library is one library of the system,
    its figures a branch's."""
    m = _MOBILE_LIBRARY_RE.search(text)
    if m is None:
        return None
    return "библиобус" if m.group(1) else "передвижная библиотека" if m.group(2) else m.group(3).lower() + " кітапхана"


#: a total of the rows listed only: "Итого по указанным формам", "Всего по перечисленным", "Көрсетілген
#: түрлер бойынша барлығы"
LISTED_ONLY_RE = re.compile(r"(?i)(?<![^\W\d_])(?:указанн|перечисленн|приведенн|приведённ|вышеуказанн|вышеперечисленн"
                             r"|көрсетілген|аталған|жоғарыда)\w*")


#: the payroll, whose "fund" is none of the library's: "Фонд оплаты труда", "ФОТ", "Еңбекақы қоры"
PAYROLL_RE = re.compile(r"(?i)(?<![^\W\d_])(?:фонд\w*\s+оплаты\s+труда|фонд\w*\s+заработной\s+платы|ФОТ|еңбекақы\s+қор\w*"
                        r"|жалақы\s+қор\w*)(?![^\W\d_])")


def payroll_hit(h: "Hit", text: str) -> bool:
    """A cue of the library's fund that is the payroll's word ("Фонд оплаты труда")."""
    return h.id.startswith("fund.") and any(m.start() <= h.start < m.end() for m in PAYROLL_RE.finditer(text))


#: a virtual exhibition, tour or event ("Виртуалды көрмелер", "виртуальных выставок", "виртуалды саяхат"): the word
#: "virtual" there names no virtual reference
VIRTUAL_EVENT_RE = re.compile(r"(?i)(?:виртуал|virtual)[^\W\d_]*\s+(?:көрме|выстав|экскурси|саяхат|тур(?![^\W\d_])"
                              r"|іс-шара|мероприят|кеш|вечер|викторин|квест|ойын|игр|презентаци|тұсаукесер)")


def virtual_event_hit(h: "Hit", text: str) -> bool:
    """A cue of the virtual references that is the word "virtual" of an
    exhibition, a tour or an event ("Виртуалды көрмелер – 38")."""
    return h.id == "bibliography.virtual_references" and any(
        m.start() <= h.start < m.end() for m in VIRTUAL_EVENT_RE.finditer(text))


#: the requests of the readers a service counts ("Обращения пользователей", "запросов читателей", "консультации
#: пользователям", "оқырмандардың сұраныстары"): the users' word there names whose requests they are, no count of users
REQUESTS_RE = re.compile(r"(?i)(?<![^\W\d_])(?:обращени|запрос|заявк|консультаци|сеанс)[^\W\d_]*\s+"
                         r"(?:пользовател|читател)[^\W\d_]*"
                         r"|(?<![^\W\d_])(?:оқырман|пайдаланушы)[^\W\d_]*\s+(?:сұраныс|өтініш|сауал)[^\W\d_]*")


def requests_hit(h: "Hit", text: str) -> bool:
    """A cue of the users that is the word of whose requests a row or clause
    counts ("Обращения пользователей – 2 615")."""
    return h.id.startswith("users.") and any(m.start() <= h.start < m.end() for m in REQUESTS_RE.finditer(text))


#: the e-government portal a library's public access point serves through ("через портал egov.kz", "портал
#: электронного правительства", "электрондық үкімет порталы"): the certificates got there ("286 адресных справок")
#: are documents of the state, no bibliographic references
EGOV_RE = re.compile(r"(?i)e-?gov|портал\w*\s+(?:электронного\s+правительства|(?:электронных\s+)?госуслуг"
                     r"|государственных\s+услуг)|электрондық\s+үкімет")


#: a fund named as where documents came from or were taken ("доставлялись из фонда центральной библиотеки",
#: "орталық кітапхана қорынан"): what the sentence counts after it is brought or taken, never the fund's size
FROM_FUND_RE = re.compile(r"(?i)(?<![^\W\d_])(?:из\s+(?:[^\W\d_]+\s+)?фонд[^\W\d_]*|қорынан)")
#: the last word of a fund before a figure
FUND_WORD_RE = re.compile(r"(?i)(?<![^\W\d_])(?:фонд|қор)[^\W\d_]*")


#: a balance date right after the fund word, with the system's abbreviation maybe between ("Из фонда на
#: 01.01.2025 на казахском языке – 112 640 экз.", "из фонда ЦБС по состоянию на 1 января"): the parts of the
#: fund standing at that date, no fund documents came from
_FUND_AT_DATE_RE = re.compile(r"(?i)(?:\s+(?-i:[А-ЯЁ]{2,6}))?\s+(?:по\s+состоянию\s+)?на\s+"
                              r"(?:\d{1,2}\.\d{2}\.(?:19|20)\d{2}|1\s+января)")


def fund_taken_from(text: str, start: int, pos: int) -> bool:
    """The last fund word between ``start`` and ``pos`` names a fund documents
    came from ("из фонда центральной библиотеки (1 420 экз.)"), not the fund
    at a balance date (:data:`_FUND_AT_DATE_RE`)."""
    last = None
    for last in FUND_WORD_RE.finditer(text, start, pos):
        pass
    return last is not None and not _FUND_AT_DATE_RE.match(text, last.end(), pos) \
        and any(m.start() <= last.start() < m.end() for m in FROM_FUND_RE.finditer(text, start, pos))


#: the groups of readers a word names: children, youth, readers served at a distance
READER_GROUPS = ((re.compile(r"(?i)(?:дет|ребят|бала(?!ң)|bala)"), "users.children"),
                 (re.compile(r"(?i)(?:молод|юнош|жастар|жасөспір|jastar|jasóspir)"), "users.youth"),
                 (re.compile(r"(?i)(?:удал[её]нн|қашықта|qashyqta|qaşyqta|дистанц)"), "users.remote"))


#: the sources a library's money comes from, as a funding table lists them: the budgets of each level and
#: the sponsors (paid services have a metric of their own, ``finance.paid_services``)
FUNDING_SOURCES = (
    (re.compile(r"(?i)(?<![^\W\d_])(?:республиканск\w*|республикалық)\s+бюджет"), "source:republican"),
    (re.compile(r"(?i)(?<![^\W\d_])(?:областн\w*|облыстық)\s+бюджет"), "source:oblast"),
    (re.compile(r"(?i)(?<![^\W\d_])(?:местн\w*|жергілікті|районн\w*|аудандық|городск\w*|қалалық)\s+бюджет"),
     "source:local"),
    # a Russian municipality's own budget named after the word: "Бюджет муниципального района", "бюджет городского
    # округа", "муниципальный бюджет"
    (re.compile(r"(?i)(?<![^\W\d_])(?:бюджет\w*\s+(?:муниципальн\w*|городск\w*|сельск\w*)\s+(?:район|округ|поселени|образовани)"
                r"|муниципальн\w*\s+бюджет)"), "source:local"),
    (re.compile(r"(?i)(?<![^\W\d_])(?:спонсор|демеуші|благотворит|қайырымдылық)"), "source:sponsors"),
)


def funding_source(label: str | None) -> str | None:
    """The source of money a row label names ("Местный бюджет", "Жергілікті
    бюджет", "Спонсорская помощь"): ``source:local``, ``source:oblast``,
    ``source:republican``, ``source:sponsors``; None for anything else."""
    return next((cat for pattern, cat in FUNDING_SOURCES if label and pattern.search(label)), None)


#: the money received in all ("Поступило всего (тыс. руб.)" of the statistical form's section on money,
#: "Всего поступило 9 870,1 тыс. руб."): the funds the library received to spend
_MONEY_RECEIVED_RE = re.compile(r"(?i)(?<![^\W\d_])(?:поступило\s+всего|всего\s+поступило)(?![^\W\d_])")
#: the cost of what came in ("Поступило всего 236 экз. на сумму 48,6 тыс. руб."): no money received
_ON_SUM_RE = re.compile(r"(?i)на\s+сумму\s*$")


def money_received(text: str, unit: str | None, fv: FactVocab) -> Metric | None:
    """The budget, for a sum of money a row's label or the clause before a figure names received in all;
    copies received are the fund's and keep their metric."""
    m = _MONEY_RECEIVED_RE.search(text)
    if m is None or not fv.money(unit) or _ON_SUM_RE.search(text, m.end()):
        return None
    return fv.metrics.get("finance.budget")


def reader_category(metric_id: str | None) -> str | None:
    """The category of another figure of a group of readers (the visits or
    the loans of children, of youth): ``readers:children``,
    ``readers:youth``, ``readers:remote`` for the metric of that group's
    readers (``users.children`` ...).  The groups overlap and leave the other
    readers out: they are no partition of the whole."""
    if metric_id in {m for _, m in READER_GROUPS}:
        return "readers:" + metric_id.split(".", 1)[1]
    return None


def reader_group(words: list[str]) -> str | None:
    """The group of readers the first of ``words`` that names one names."""
    for w in words:
        for pattern, metric in READER_GROUPS:
            if pattern.match(w):
                return metric
    return None


def is_total(text: str, fv: FactVocab) -> bool:
    """A label that says "total" ("Барлығы", "Итого", "Barlyğy", "JIYNY")."""
    if find_in_matching_form(fv.total_re, text or ""):
        return True
    return any(h.kind == "S" for h in tokenize(text or "", fv).hits)


# -- periods --------------------------------------------------------------------

def document_period(document: Document) -> Period | None:
    """The document's period as the metadata plugin set it (or reads it now)."""
    p = period_from_code(document.metadata.get("period") or "")
    if p:
        return p
    try:
        from esep.plugins.metadata import detect_period

        return detect_period(document)
    except Exception as e:  # noqa: BLE001
        log.debug("no document period: %s", e)
        return None


def resolve_period(p: Period | None, doc_period: Period | None, explicit_year: bool = True) -> Period | None:
    """A bare year in a report of a part of a year: the report's own year
    means the report's period; another year means the same part of that year
    (reports compare with the same period of the year before)."""
    if p is None:
        return doc_period
    if doc_period is None or len(p.code) != 4 or len(doc_period.code) == 4:
        return p
    if p.year == doc_period.year:
        return doc_period
    return make_period(p.year, doc_period.code[5:]) or p


# -- records --------------------------------------------------------------------

@functools.lru_cache(maxsize=32768)
def _periods_in(text: str, default_year: int | None) -> tuple[PeriodMatch, ...]:
    return tuple(find_periods(text, default_year))


def periods_in(text: str, default_year: int | None = None) -> list[PeriodMatch]:
    """:func:`esep.plugins.lang.periods.find_periods`, kept per text and
    year: table cells, headers and labels recur within and across reports.
    The matches are shared between callers and are read only."""
    return list(_periods_in(text, default_year))


@functools.lru_cache(maxsize=32768)
def _dates_in(text: str, default_year: int | None) -> tuple[DateMatch, ...]:
    return tuple(find_dates(text, default_year))


def dates_in(text: str, default_year: int | None = None) -> list[DateMatch]:
    """:func:`esep.plugins.lang.dates.find_dates`, kept per text and year
    (as :func:`periods_in`); the matches are read only."""
    return list(_dates_in(text, default_year))


def label_key(text: str | None, default_year: int | None = None) -> str | None:
    """The form a label is followed in across reports: its period and date
    phrases and its numbers dropped, then :func:`esep.plugins.vocab.normalize_label`
    (case, look-alike letters, punctuation).  None for a label of nothing
    but those."""
    if not text:
        return None
    from esep.plugins.vocab import normalize_label

    spans = [(p.start, p.end) for p in periods_in(text, default_year)]
    spans += [(d.start, d.end) for d in dates_in(text, default_year)]
    out, pos = [], 0
    for a, b in sorted(spans):
        if a >= pos:
            out.append(text[pos:a])
            pos = b
    out.append(text[pos:])
    rest = re.sub(r"\b(?:19|20)\d{2}\b|\d+(?:[.,]\d+)?", " ", " ".join(out))
    # the dash of a range whose figures went ("15–17 жас"): a hyphen there too, as OCR reads an en dash
    rest = re.sub(r"(?<![^\W\d_])-(?![^\W\d_])", " ", rest)
    key = normalize_label(rest)[:200]
    return key or None


def make_fact(metric: Metric | None, value: float, *, unit: str | None, period: Period | None, as_of: str | None,
              language: str | None, category: str | None, label: str, source: str, evidence: str,
              confidence: float, provenance: Provenance | None = None, block: int | None = None,
              table_index: int | None = None, cell: tuple[int, int] | None = None,
              key: str | None = None) -> Record:
    """A ``facts`` record; ``metric`` None for a figure no vocabulary names
    (``key``, the folded label, then says what it is)."""
    return Record(
        "facts",
        {
            "metric": metric.id if metric else None,
            "value": float(value),
            # a ratio or a percent is one whatever word the report puts beside it ("Читаемость, экз.")
            "unit": metric.unit if metric and metric.unit in ("ratio", "percent") else (unit or (metric.unit if metric else None)),
            "period": period.code if period else None,
            "period_start": period.start if period else None,
            "period_end": period.end if period else None,
            "as_of": as_of,
            "language": language,
            "category": category,
            "label": " ".join((label or "").split())[:300] or None,
            "label_key": key,
            "source": source,
        },
        evidence=evidence,
        confidence=round(float(confidence), 3),
        provenance=provenance,
        block=block,
        table_index=table_index,
        cell=cell,
        extractor=EXTRACTOR,
    )


#: the other institutions of culture a district's culture department reports on beside its libraries: houses of
#: culture, museums, theatres, cinemas, concert halls, music and art schools ("2. Мәдениет үйлері мен клубтар", "3. Музей",
#: "Дома культуры", "Детская музыкальная школа")
OTHER_INSTITUTION_RE = re.compile(r"(?i)(?<![^\W\d_])(?:мәдениет\s+үй|мадениет\s+уй|дом\w*\s+культур|музей|мұражай|театр"
                                   r"|кинотеатр|филармон|концерт\w*\s+зал|клуб\w*\s+мекеме|клубн\w*\s+учрежден"
                                   r"|культурно-досугов\w*\s+учрежден|музыкальн\w*\s+школ|школ\w*\s+искусств|өнер\s+мектеб"
                                   r"|музыка\s+мектеб)")
LIBRARY_WORD_RE = re.compile(r"(?i)кітапхан|китапхан|библиотек|оқырман|окырман|читател")


def other_institution(title: str) -> bool:
    """Whether a section title names another institution of culture (a
    house of culture, a museum, a theatre) and no library: its figures (the
    spectators of its events, its visitors, its staff) are none of the
    libraries' indicators."""
    return bool(OTHER_INSTITUTION_RE.search(title)) and not LIBRARY_WORD_RE.search(title)


#: the categories that are kinds of documents (a fund's rows), not of readers or staff
DOCUMENT_KINDS = frozenset({"books", "fiction", "sectoral", "periodicals", "newspapers", "magazines", "audiobooks"})


#: the youth named by an occupation, a social group of readers and no age group: "жұмыс істейтін жастар",
#: "жұмыссыз жастар", "студент жастар", "оқушы жастар", "работающая молодёжь", "учащаяся молодёжь"
_OCCUPIED_YOUTH = (r"(?<![^\W\d_])(?:жұмыс\s+істейтін|жұмыссыз|студент|оқушы|оқитын|работающ[^\W\d_]*|учащ[^\W\d_]*"
                   r"|неработающ[^\W\d_]*|студенческ[^\W\d_]*|рабоч[^\W\d_]*)\s+(?:жастар|молод[её]ж)")
OCCUPIED_YOUTH_RE = re.compile("(?i)" + _OCCUPIED_YOUTH)
#: the same at the end of a label or of the words before a figure: "работающая молодёжь –", "Учащаяся молодёжь"
SOCIAL_YOUTH_RE = re.compile("(?i)" + _OCCUPIED_YOUTH + r"[^\W\d_]*\s*(?:[–—:-]\s*)?$")


#: a row label that is one social group of the readers, as a table of the readers' make-up lists them: pupils,
#: students, the working youth, workers, employees, the unemployed, pensioners, teachers ("Мектеп оқушылары",
#: "Студенттер", "Жұмыс істейтін жастар", "Зейнеткерлер", "Учащиеся", "Служащие", "Пенсионеры"), not the rest
#: ("Басқалар", "Прочие") nor an age group
SOCIAL_GROUP_LABEL_RE = re.compile(
    r"(?i)^\s*(?:\d+[.)]\s*)?(?:(?:жұмыс\s+істейтін|работающ[^\W\d_]*)\s+(?:жастар|молод[её]ж[^\W\d_]*)"
    r"|(?:(?:мектеп|мемлекеттік|государственн[^\W\d_]*)\s+)?(?:оқушы|студент|жұмысшы|қызметші|жұмыссыз|зейнеткер"
    r"|мұғалім|учащ|школьник|рабоч|служащ|безработн|пенсионер|учител|педагог)[^\W\d_]*)\s*[,.:]?\s*$")
