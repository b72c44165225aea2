"""Branches of a library system, and every mention of one in a report.

A library system has a central library, a children's library, numbered
branches and the system as a whole, and reports write each of them many
ways: "№1 кітапхана-филиалында", "Ф№1", "(ф№1)", "№3фил", "1 фил",
"№5 балалар кітапхана-филиалы", "детская библиотека-филиал №5",
"С.Сейфуллин атындағы орталық қалалық кітапхана", "ОҚК",
"А.Гайдар атындағы ОҚБК", "в ЦГДБ им.А.Гайдара", "ОКЖ", "ЦБС".

This module finds such mentions by **general patterns** (numbers, the words
for branch, central, children's library and system, eponyms written
"X атындағы" or "им. X", the usual acronyms) and resolves each to a
canonical id with the vocabulary of the report's library system,
``schemas/branches.json``: what is particular to one network (which person
each library is named after, the name of branch №4, the places branches
stand in) lives there, not in code.  A user adds or extends systems with a
file of the same format, ``--set branches_file=FILE``; ``esep branches
--load FILE`` puts its entries into the ``branches`` table too.

Ids are ``<system>.<local>`` (``balkhash.f3``, ``balkhash.central``); when a
report's system is unknown, the local part alone (``f3``, ``central``).  A
mention that cannot be resolved (another library: "Ж.Бектұров атындағы
ОЖК") keeps ``branch_id`` NULL and goes to ``unmatched_terms`` (kind
``branch``).

Tables: ``branches`` (the vocabulary, filled when the database is created)
and ``branch_mentions`` (one row per mention, with provenance).
"""

from __future__ import annotations

import dataclasses
import functools
import json
import logging
import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, Iterable, Iterator

import click
from rapidfuzz import fuzz, process
from sqlite_utils.migrations import Migrations

from esep import hookimpl
from esep.model import Document, Record
from esep.registry import Config, Evaluator, Extractor
from esep.storage import RECORD_COLUMNS_SQL
from esep.plugins.lang.alphabet import DIGIT_LOOKALIKES, LOWER, UPPER, compare_key
from esep.plugins.vocab import Match, unmatched

log = logging.getLogger(__name__)

UP = UPPER
LOW = LOWER
L = UP + LOW + "A-Za-z"
_NAME = rf"(?:[{UP}]\.\s?){{0,2}}[{UP}][{LOW}]+(?:-[{UP}][{LOW}]+)?"
#: a branch number; OCR reads 3 as З and 0 as О after "№"
_NUM = r"(?P<num>\d{1,3}|\d?[ЗО])"
_OCR_DIGITS = str.maketrans(DIGIT_LOOKALIKES)

# Each pattern: (name, regex); the groups say what the mention gives.
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("kk_numbered", re.compile(
        rf"№\s?{_NUM}\s*(?:«(?P<name>[^»]{{1,40}})»\s*|[{UP}][{LOW}]+\s+(?=(?i:ауылдық|селолық)\s))?"
        rf"(?:(?i:ауылдық|селолық)\s+)?(?:(?P<child>(?i:балалар))\s+)?"
        rf"(?i:кітапхана)\s*[-–—]?\s*(?i:филиал)[{LOW}]*")),
    ("kk_named_branch", re.compile(
        rf"«(?P<name>[^»]{{1,40}})»\s*(?:(?P<child>(?i:балалар))\s+)?(?i:кітапхана)\s*[-–—]?\s*(?i:филиал)[{LOW}]*")),
    ("ru_numbered", re.compile(
        rf"(?:(?P<child>(?i:детск)[{LOW}]*)\s+)?(?:(?i:библиотек)[{LOW}]*\s*[-–—]?\s*)?(?i:филиал)[{LOW}]*"
        rf"\s*№\s?(?P<num>\d{{1,3}})(?!\d)")),
    ("ru_numbered_rural", re.compile(
        rf"(?i:сельск)[{LOW}]*\s+(?i:библиотек)[{LOW}]*\s*№\s?(?P<num>\d{{1,3}})(?!\d)")),
    # a rural library by its village: "В Полевской сельской библиотеке"
    ("ru_rural_named", re.compile(
        rf"(?<![{L}])(?P<name>[{UP}][{LOW}]+(?:ой|ая|ую|ий|ое))\s+(?i:сельск)[{LOW}]*\s+(?i:библиотек)[{LOW}]*"
        rf"(?!\s*[-–—]?\s*(?i:филиал)|\s*№)")),
    ("f_number", re.compile(rf"(?<![{L}])[Фф]\s?№\s?{_NUM}(?![\d{L}])")),
    ("number_fil", re.compile(rf"№\s?{_NUM}\s?(?i:фил)(?:иал[{LOW}]*|\.)?(?![{L}])")),
    ("n_fil", re.compile(rf"(?<![\d№.,])(?P<num>\d{{1,3}})\s?(?i:фил)(?:иал[{LOW}]*|\.)?(?![{L}])")),
    ("kk_numbered_rural", re.compile(
        rf"(?:(?P<ep>{_NAME})\s*(?i:атындағы)\s*)?№\s?{_NUM}\s*(?:[{UP}][{LOW}]+\s+)?(?i:ауылдық|селолық)\s+"
        rf"(?i:кітапхана)(?!лар)[{LOW}]*")),
    # a rural library by its village: "Қаракөл ауылдық кітапханасы" (not "аудандық", not the plural)
    ("kk_rural_named", re.compile(
        rf"(?<![{L}])(?P<name>[{UP}][{LOW}]+(?<!дық|лық|тық|дік|лік|тік))\s+(?i:ауылдық|селолық)\s+"
        rf"(?i:кітапхана)(?!лар|\s*[-–—]?\s*(?i:филиал))[{LOW}]*")),
    ("kk_eponym", re.compile(
        rf"(?P<ep>{_NAME})\s*(?i:атындағы)\s*(?P<mid>(?:[{L}-]+\s+){{0,4}}?)"
        rf"(?P<head>(?i:кітапхана)[{LOW}]*|[{UP}]{{1,4}}К(?![{L}]))")),
    ("ru_eponym", re.compile(
        rf"(?:(?:[{UP}][{LOW}]+\s+)?(?P<level>(?i:областн|республиканск|национальн|региональн)[{LOW}]*\s+"
        rf"(?:[{LOW}]+(?:ая|ой|ую|ый|ий)\s+){{0,3}})?"
        rf"(?P<adj>(?:(?i:центральн|детск|городск)[{LOW}]*\s+(?:(?i:районн)[{LOW}]*\s+)?){{0,3}})"
        rf"(?i:библиотек)[{LOW}]*"
        rf"|(?P<acr>ЦГДБ|ЦДБ|ЦГБ|ЦДЮБ))\s*(?i:им(?:ени|\.))\s*(?P<ep>{_NAME})")),
    ("ru_kind", re.compile(
        rf"(?P<adj>(?:(?i:центральн|детск|городск)[{LOW}]*\s+(?:(?i:районн)[{LOW}]*\s+)?){{1,3}})"
        rf"(?i:библиотек)[{LOW}]*")),
    ("kk_kind", re.compile(
        rf"(?P<adj>(?i:орталық)\s+(?:(?i:қалалық)\s+)?(?:(?i:балалар)\s+)?|(?:(?i:аудандық|қалалық)\s+)?(?i:балалар)\s+)"
        rf"(?i:кітапхана)(?!лар|\s*[-–—]?\s*(?i:филиал))[{LOW}]*"
        rf"(?!\s+(?i:жүйе))")),
    ("system", re.compile(
        rf"(?:(?i:орталықтандырылған|орталық\s+қалалық)\s+)?(?i:кітапхана)(?:(?i:лар))?\s+(?i:жүйе)[{LOW}]*"
        rf"|(?i:централизованн)[{LOW}]*\s+(?i:библиотечн)[{LOW}]*\s+(?i:систем)[{LOW}]*"
        rf"|(?<![{L}])(?:ОКЖ|ЦБС)(?:\s+(?i:жүйе)[{LOW}]*)?(?![{L}])")),
    ("acronym", re.compile(rf"(?<![{L}])(?P<acr>ОҚБК|ОҚК|ЦГДБ|ЦДБ|ЦГБ|ЦРДБ|ЦРБ)(?![{L}])")),
)

#: For each pattern, words of which every match holds one (lower case): a
#: text without any of them is not scanned with the pattern.
_PATTERN_KEYS: dict[str, tuple[str, ...]] = {
    "kk_numbered": ("филиал",),
    "kk_named_branch": ("филиал",),
    "ru_numbered": ("филиал",),
    "ru_numbered_rural": ("сельск",),
    "ru_rural_named": ("сельск",),
    "f_number": ("№",),
    "number_fil": ("фил",),
    "n_fil": ("фил",),
    "kk_eponym": ("атындағы",),
    "ru_eponym": ("им",),
    "ru_kind": ("библиотек",),
    "kk_kind": ("орталық", "балалар"),
    "kk_numbered_rural": ("ауылдық", "селолық"),
    "kk_rural_named": ("ауылдық", "селолық"),
    "system": ("жүйе", "систем", "окж", "цбс"),
    "acronym": ("оқбк", "оқк", "цгдб", "цдб", "цгб", "црб", "црдб"),
}

#: Every word of those as one pattern: a text (most table cells, most
#: paragraphs) without any of them is not scanned at all; and the words of
#: each pattern as one (found as substrings, as ``in`` finds them).
_ANY_KEY = re.compile("|".join(re.escape(k) for keys in _PATTERN_KEYS.values() for k in keys))
_KEY_RES: dict[str, re.Pattern[str]] = {
    name: re.compile("|".join(re.escape(k) for k in keys)) for name, keys in _PATTERN_KEYS.items()}
#: A part, as the pattern itself writes it (case and all), that every match
#: of a pattern whose key is in most texts ("им", "№", "библиотек") holds:
#: a text without it is not scanned with the pattern.
_PATTERN_ALSO: dict[str, re.Pattern[str]] = {
    "ru_eponym": re.compile(r"(?i:им(?:ени|\.))"),
    "f_number": re.compile(r"[Фф]\s?№"),
    "ru_kind": re.compile(r"(?i:центральн|детск|городск)"),
}

#: Kinds: what a mention says about the library, before resolution.
KINDS = ("system", "central", "children", "branch", "children_branch", "library")
_ACRONYM_KIND = {"ОҚК": "central", "ОКК": "central", "ОҚБК": "children", "ОБК": "children",
                 "ЦГБ": "central", "ЦБ": "central", "ЦРБ": "central", "ЦРДБ": "children", "ЦГДБ": "children", "ЦДБ": "children", "ЦДЮБ": "children"}


@dataclass
class BranchMention:
    """One mention of a library of the system in a text."""

    start: int
    end: int
    text: str
    kind: str
    number: int | None = None
    eponym: str | None = None
    name: str | None = None
    pattern: str = ""
    branch_id: str | None = None
    score: float = 0.0
    parenthetical: bool = False  # written in brackets: "(Ф№3)"


@dataclass
class Branch:
    id: str
    kind: str
    system: str
    number: int | None = None
    eponyms: list[str] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    labels: dict[str, str] = field(default_factory=dict)
    aliases: list[str] = field(default_factory=list)
    source: str = "builtin"


@dataclass
class System:
    id: str
    names: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    branches: list[Branch] = field(default_factory=list)

    def of_kind(self, kind: str) -> list[Branch]:
        return [b for b in self.branches if b.kind == kind]


# -- the vocabulary -------------------------------------------------------------

#: Compare form: normalize_label, and Kazakh letters folded to Russian ones.
fold = compare_key


@functools.lru_cache(maxsize=8192)  # every eponym of the system is keyed again for each mention
def _eponym_key(name: str) -> str:
    """A person's surname as compared: no initials, folded, Russian and
    Kazakh case endings off ("им.А.Гайдара" -> "гайдар")."""
    t = re.sub(rf"^(?:[{UP}A-Z]\.\s?)+", "", name.strip())
    t = fold(t)
    if len(t) > 6:
        t = re.sub(r"(?:нын|нин|тын|тин|дын|дин)$", "", t)
    if len(t) > 5 and t[-1] in "ау" and t[-2] not in "аеиоуыэюя":
        t = t[:-1]
    return t


def _branch_from(entry: dict[str, Any], system: str, source: str) -> Branch:
    return Branch(
        id=entry["id"], kind=entry.get("kind", "branch"), system=system, number=entry.get("number"),
        eponyms=list(entry.get("eponyms", [])), names=list(entry.get("names", [])),
        places=list(entry.get("places", [])), labels=dict(entry.get("labels", {})),
        aliases=list(entry.get("aliases", [])), source=source)


def _merge(systems: dict[str, System], data: dict[str, Any], source: str) -> None:
    for s in data.get("systems", []):
        sys_ = systems.setdefault(s["id"], System(s["id"]))
        sys_.names += [n for n in s.get("names", []) if n not in sys_.names]
        sys_.places += [p for p in s.get("places", []) if p not in sys_.places]
        for e in s.get("branches", []):
            b = _branch_from(e, sys_.id, source)
            sys_.branches = [x for x in sys_.branches if x.id != b.id] + [b]


@functools.lru_cache(maxsize=None)
def _builtin_data() -> str:
    return resources.files("esep.schemas").joinpath("branches.json").read_text(encoding="utf-8")


@functools.lru_cache(maxsize=None)
def _load(user_file: str | None) -> dict[str, System]:
    systems: dict[str, System] = {}
    _merge(systems, json.loads(_builtin_data()), "builtin")
    if user_file:
        p = Path(user_file)
        if not p.exists():
            raise FileNotFoundError(f"branches_file {user_file} does not exist")
        _merge(systems, json.loads(p.read_text(encoding="utf-8")), str(p))
    return systems


def load_systems(config: Config | None = None) -> dict[str, System]:
    """The library systems: the built-in vocabulary plus ``--set branches_file``."""
    return _load(config.get("branches_file") if config is not None else None)


def system_for(document: Document, systems: dict[str, System], config: Config | None = None) -> System | None:
    """The library system a report is about: ``--set branches_system=ID``,
    else the organization named in its title (or the system a library's
    report names as its parent), else the system whose
    eponyms and places the report's text names most."""
    wanted = config.get("branches_system") if config is not None else None
    if wanted:
        return systems.get(wanted)
    # a library's report names its system as the library's parent ("X ОКЖ-ның Y кітапханасы")
    for org in (document.metadata.get("organization"), document.metadata.get("organization_parent")):
        if not isinstance(org, str) or not org.strip():
            continue
        key = fold(org)
        best = max(((max((fuzz.token_set_ratio(key, fold(n)) for n in s.names), default=0), s)
                    for s in systems.values()), key=lambda t: t[0], default=(0, None))
        if best[0] >= 85:
            return best[1]
    text = fold(" ".join(_without_other_levels(b.text) for b in document.blocks[:400]))
    scores = []
    for s in systems.values():
        words = s.places + [e for b in s.branches for e in b.eponyms + b.names]
        n = sum(text.count(fold(w)) for w in words if len(w) >= 4)
        scores.append((n, s.id))
    scores.sort(reverse=True)
    if scores and scores[0][0] > 0 and (len(scores) == 1 or scores[0][0] > scores[1][0]):
        return systems[scores[0][1]]
    return None


#: A library of another level than a district or city system's ("Ақмола облыстық ... кітапханасы",
#: "областная библиотека", "республиканская", "Ұлттық академиялық"): never one of the system's,
#: though it may be named after the same person as the system's central library.
_OTHER_LEVEL = re.compile(r"(?i)облыст|областн|республик|ұлттық|национальн|өңірлік|региональн|академиял")


def other_level(mention: "BranchMention") -> bool:
    return bool(_OTHER_LEVEL.search(mention.text))


def _without_other_levels(text: str) -> str:
    """A text with its mentions of libraries of another level blanked: the person such a library is named
    after says nothing of which system a report is about."""
    for m in _find_mentions(text):  # read only: the kept mentions, not copies
        if other_level(m):
            text = text[:m.start] + " " * (m.end - m.start) + text[m.end:]
    return text


# -- finding mentions ------------------------------------------------------------

def _kind_of(pattern: str, m: re.Match[str]) -> str:
    g = m.groupdict()
    text = m.group(0).lower()
    if pattern == "system":
        return "system"
    if g.get("num"):
        return "children_branch" if g.get("child") else "branch"
    if pattern == "kk_named_branch":
        return "children_branch" if g.get("child") else "branch"
    acr = g.get("acr") or (g.get("head") if g.get("head") and g["head"].isupper() else None)
    if acr:
        return _ACRONYM_KIND.get(acr, "library")
    if "балалар" in text or "детск" in text:
        return "children"
    if "орталық" in text or "центральн" in text:
        return "central"
    return "library"


def find_mentions(text: str) -> list[BranchMention]:
    """Every mention of a library in ``text``, unresolved, longest first
    where two overlap, in reading order."""
    return [dataclasses.replace(m) for m in _find_mentions(text)]


@functools.lru_cache(maxsize=2048)  # branches, entities and events all read every block
def _find_mentions(text: str) -> tuple[BranchMention, ...]:
    found: list[BranchMention] = []
    if not text:
        return ()
    lower = text.lower()
    if _ANY_KEY.search(lower) is None:
        return ()
    for name, pat in _PATTERNS:
        if _KEY_RES[name].search(lower) is None:
            continue
        also = _PATTERN_ALSO.get(name)
        if also is not None and also.search(text) is None:
            continue
        for m in pat.finditer(text):
            g = m.groupdict()
            s, e = m.start(), m.end()
            while e > s and text[e - 1].isspace():
                e -= 1
            num = int(g["num"].translate(_OCR_DIGITS)) if g.get("num") else None
            found.append(BranchMention(
                s, e, text[s:e], _kind_of(name, m), number=num, eponym=g.get("ep"),
                name=(g.get("name") or None), pattern=name))
    found.sort(key=lambda x: (-(x.end - x.start), x.start))
    kept: list[BranchMention] = []
    for f in found:
        if any(f.start < k.end and k.start < f.end for k in kept):
            continue
        kept.append(f)
    kept.sort(key=lambda x: x.start)
    for k in kept:
        before = text[:k.start].rstrip()
        after = text[k.end:].lstrip()
        k.parenthetical = before.endswith("(") and after.startswith(")")
    return tuple(kept)


_choices: dict[int, tuple[System, list[str], list[Branch]]] = {}


def _alias_choices(system: System) -> tuple[list[str], list[Branch]]:
    """The folded aliases and labels of every branch of a system, in order,
    with the branch of each: folded once per process, not per mention."""
    got = _choices.get(id(system))
    if got is None or got[0] is not system:
        names: list[str] = []
        owners: list[Branch] = []
        for b in system.branches:
            for a in b.aliases + list(b.labels.values()):
                names.append(fold(a))
                owners.append(b)
        got = _choices[id(system)] = (system, names, owners)
    return got[1], got[2]


def resolve(mention: BranchMention, system: System | None) -> BranchMention:
    """Set ``branch_id`` and ``score`` of a mention (None when it names no
    library of the system)."""
    if other_level(mention):
        mention.branch_id, mention.score = None, 0.0
        return mention
    if system is None:
        local = {"system": "system", "central": "central", "children": "children"}.get(mention.kind)
        if mention.number is not None:
            local = f"f{mention.number}"
        if mention.eponym and mention.number is None and (
                mention.kind not in ("central", "children") or "орталықтандыр" in mention.text.lower()):
            local = None  # named after someone, but whose library? (a central one is the system's own)
        mention.branch_id, mention.score = local, (60.0 if local else 0.0)
        return mention
    cands: list[Branch] = []
    score = 100.0
    if mention.kind == "system":
        cands = system.of_kind("system")
    elif mention.number is not None:
        cands = [b for b in system.branches if b.number == mention.number]
        if cands and mention.kind == "children_branch" and cands[0].kind not in ("children_branch", "children"):
            score = 80.0
    elif mention.eponym:
        key = _eponym_key(mention.eponym)
        for b in system.branches:
            for ep in b.eponyms:
                k2 = _eponym_key(ep)
                if key == k2 or (min(len(key), len(k2)) >= 4 and (key.startswith(k2) or k2.startswith(key))) \
                        or fuzz.ratio(key, k2) >= 85:
                    cands.append(b)
                    break
    elif mention.name:
        key = fold(mention.name)
        cands = [b for b in system.branches if any(fold(n) == key for n in b.names)]
    elif mention.kind in ("central", "children"):
        cands = system.of_kind(mention.kind)
    if not cands and not mention.eponym:
        # the aliases of the vocabulary, for wordings no pattern knows
        names, owners = _alias_choices(system)
        best = process.extractOne(fold(mention.text), names, scorer=fuzz.token_set_ratio, score_cutoff=90)
        if best is not None:  # the first of the best, as a loop over the aliases in order finds it
            cands, score = [owners[best[2]]], float(best[1])
    if len(cands) == 1:
        mention.branch_id, mention.score = cands[0].id, score
    else:
        mention.branch_id, mention.score = None, 0.0
        if len(cands) > 1:
            log.debug("%r matches %d branches of %s", mention.text, len(cands), system.id)
    return mention


#: Mentions resolved, per text and system: the branches, entities and events
#: extractors all ask about every block (bounded, as the mentions' cache is)
_resolved: dict[tuple[str, int], tuple[System | None, tuple[BranchMention, ...]]] = {}
_RESOLVED_MAX = 4096


def mentions_in(text: str, system: System | None) -> list[BranchMention]:
    """Mentions in ``text`` resolved against ``system`` (new objects at each call)."""
    if not _find_mentions(text):  # most blocks and cells name no library: nothing to resolve nor to keep
        return []
    key = (text, id(system))
    got = _resolved.get(key)
    if got is None or got[0] is not system:
        if len(_resolved) >= _RESOLVED_MAX:
            _resolved.clear()
        got = _resolved[key] = (system, tuple(resolve(m, system) for m in find_mentions(text)))
    return [dataclasses.replace(m) for m in got[1]]


# -- extraction ------------------------------------------------------------------

def document_system(document: Document, config: Config | None) -> System | None:
    """The system of a document, computed once and remembered in its metadata."""
    systems = load_systems(config)
    sid = document.metadata.get("library_system", "")
    if sid == "":
        s = system_for(document, systems, config)
        document.metadata["library_system"] = s.id if s else None
        return s
    return systems.get(sid) if sid else None


def _records(mentions: list[BranchMention], system: System | None, **prov: Any) -> Iterator[Record]:
    for m in mentions:
        yield Record(
            "branch_mentions",
            {"system": system.id if system else None, "branch_id": m.branch_id, "kind": m.kind,
             "number": m.number, "text": m.text, "span_start": m.start, "span_end": m.end,
             "pattern": m.pattern},
            evidence=m.text, confidence=round(m.score / 100.0, 3), **prov)
        if m.branch_id is None:
            yield unmatched(m.text, "branch", Match(None, m.score, None, None), evidence=m.text, **prov)


def extract(document: Document, config: Config) -> Iterable[Record]:
    system = document_system(document, config)
    for b in document.blocks:
        yield from _records(mentions_in(b.text, system), system, provenance=b.provenance, block=b.index)
    for t in document.tables:
        for c in t.cells:
            ms = mentions_in(c.text, system)
            if ms:
                yield from _records(ms, system, provenance=c.provenance, table_index=t.index, cell=(c.row, c.col))


# -- storage ---------------------------------------------------------------------

migrations = Migrations("esep.branches")


def _branch_rows(systems: dict[str, System]) -> list[dict[str, Any]]:
    rows = []
    for s in systems.values():
        for b in s.branches:
            rows.append({
                "id": b.id, "system": s.id, "kind": b.kind, "number": b.number,
                "name": b.labels.get("kk") or b.labels.get("ru") or b.id,
                "name_ru": b.labels.get("ru"), "name_en": b.labels.get("en"),
                "aliases": json.dumps(b.aliases + b.names + b.eponyms, ensure_ascii=False),
                "source": b.source,
            })
    return rows


@migrations()
def m001_branches(db) -> None:
    db.executescript(f"""
        CREATE TABLE branches (
            id TEXT PRIMARY KEY,            -- <system>.<local>: balkhash.f3, balkhash.central
            system TEXT NOT NULL,
            kind TEXT NOT NULL,             -- system | central | children | branch | children_branch
            number INTEGER,
            name TEXT NOT NULL,
            name_ru TEXT,
            name_en TEXT,
            aliases TEXT,                   -- JSON list
            source TEXT                     -- builtin, or the file it was loaded from
        );
        CREATE TABLE branch_mentions (
            id INTEGER PRIMARY KEY,
            document_id TEXT NOT NULL REFERENCES documents(id),
            system TEXT,
            branch_id TEXT,                 -- NULL: a library the vocabulary does not know
            kind TEXT NOT NULL,
            number INTEGER,
            text TEXT NOT NULL,             -- as written
            span_start INTEGER,             -- offsets in the block (or cell) text
            span_end INTEGER,
            pattern TEXT,{RECORD_COLUMNS_SQL}
        );
        CREATE INDEX branch_mentions_doc ON branch_mentions(document_id, branch_id);
    """)
    db["branches"].insert_all(_branch_rows(_load(None)), replace=True)


def load_branches_file(db, path: str) -> int:
    """Upsert the branches of a user's file into ``branches``; returns how many."""
    systems: dict[str, System] = {}
    _merge(systems, json.loads(Path(path).read_text(encoding="utf-8")), str(path))
    rows = _branch_rows(systems)
    with db.atomic():
        db["branches"].insert_all(rows, replace=True)
    return len(rows)


# -- evaluation ------------------------------------------------------------------

def _key(text: str) -> str:
    return " ".join(fold(text).split())


def score(conn, document_id: str, gold: dict[str, Any]) -> dict[str, Any]:
    """Mentions matched on their text (folded), one to one; a mention is
    right when its branch id is the gold one.  ``recall`` is then the share of
    gold mentions mapped to the right branch."""
    from esep.registry import prf

    got = [(_key(t), b) for t, b in conn.execute(
        "select text, branch_id from branch_mentions where document_id = ? order by block_index, span_start",
        [document_id])]
    want = [(_key(r["text"]), r.get("branch_id")) for r in gold.get("records", [])]
    pool = list(got)
    found = right = 0
    wrong: list[str] = []
    missing: list[str] = []
    for k, b in want:
        hit = next((g for g in pool if g[0] == k and g[1] == b), None) or next((g for g in pool if g[0] == k), None)
        if hit is None:
            missing.append(k)
            continue
        pool.remove(hit)
        found += 1
        if hit[1] == b:
            right += 1
        else:
            wrong.append(f"{k}: {hit[1]} != {b}")
    res: dict[str, Any] = prf(right, len(got), len(want))
    res["fields"] = {"found": prf(found, len(got), len(want))}
    res["notes"] = [f"{len(got)} mentions, gold {len(want)}, {right} right"] + \
        [f"missing: {m}" for m in missing[:5]] + wrong[:5] + [f"extra: {g[0]}" for g in pool[:5]]
    return res


# -- hooks -----------------------------------------------------------------------

@hookimpl
def register_extractors(register):
    register(Extractor(name="branches", extract=extract, version="1", order=40,
                       tables=("branch_mentions", "unmatched_terms")))


@hookimpl
def register_migrations(register):
    register(migrations)


@hookimpl
def register_evaluators(register):
    register(Evaluator("branches", score, "mentions of the system's libraries and the branch each names"))


@hookimpl
def register_commands(cli):
    from esep.cli_support import db_option, open_store, print_rows

    @cli.command(name="branches")
    @db_option
    @click.option("--load", "load_file", type=click.Path(exists=True, dir_okay=False),
                  help="Add or replace branches from a JSON file in the format of schemas/branches.json.")
    @click.pass_obj
    def branches_command(reg, db_path, load_file):
        """List the libraries of the known library systems (the ``branches``
        table), or load a system's branches from a file."""
        store = open_store(db_path, reg)
        try:
            if load_file:
                try:
                    n = load_branches_file(store.db, load_file)
                except (json.JSONDecodeError, KeyError) as e:
                    raise click.ClickException(f"{load_file} is not a branches file: {e}")
                click.echo(f"{n} branches loaded from {load_file}")
                return
            rows = list(store.db.execute("select id, kind, number, name from branches order by id").fetchall())
        finally:
            store.close()
        print_rows(["id", "kind", "number", "name"], rows, None)


@hookimpl
def prepare_worker(config):
    """The library systems (built-in and ``--set branches_file``), and the
    folded aliases their branches are matched against."""
    for system in load_systems(config).values():
        _alias_choices(system)
