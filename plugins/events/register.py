"""The event register: one ``events`` row per event the report's prose names.

Most of a report is prose, one paragraph per event ("№1 кітапхана-
филиалында ... «Балқаш қаласының алтын есімдері» бейнекруизі өтті"), or a
sentence that lists several with their branches in brackets ("«Мәншүктің
өшпес ерлігі» (Ф№3) ерлік сағаты, ... «Поклонимся великим тем годам» (Ф№2)
әскери кітаптарды талқылау сағаты өткізілді").  For each sentence:

* every «quoted name» followed (Kazakh) or preceded (Russian) by an
  event-type phrase is an event; the phrase is matched against the
  ``event_types`` vocabulary (the one ``event_stats`` uses) with endings
  removed ("сағатын" -> "сағат"); a quote followed by "клубы", "газеті",
  "бағдарламасы аясында" ... names no event;
* an event-type phrase right before a verb of holding ("дөңгелек үстел
  өткізілді") with no name is an untitled event;
* the branch is the bracketed mention after the name or the type, else the
  library the sentence names (nearest before the name, else after), else the
  one the previous sentence of the paragraph named; mentions are resolved
  by :mod:`esep.plugins.branches`;
* the date is a day ("16 наурызда", "сәуір айының 19 жұлдызында",
  "20-27 сәуір аралығында") or a month ("наурыз айында") with the report's
  year, never a holiday's own date ("8 наурыз – Халықаралық әйелдер күніне
  орай"); the occasion is what the sentence or the section heading says the
  event marks; partners are the organizations the sentence names
  (:mod:`esep.plugins.entities`); the audience and a participant count when
  stated.

Bibliographic entries (lines with "//") are left to ``citations``.  An event
named twice (a paragraph repeated, a heading above it) is one row.  A type
phrase the vocabulary does not know keeps ``event_type`` NULL and goes to
``unmatched_terms``.

In ``prepare_records`` the register is compared with the summary table of
the same report (``event_stats``): one ``checks`` row per event type of the
report's period, ``expected`` the count of the table, ``actual`` the events
the prose names, ``holds`` = the prose names no more than the table counts.
Reports name only highlights, so a check that holds with fewer is normal.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import re
from dataclasses import dataclass, field
from typing import Any, Iterable

from sqlite_utils.migrations import Migrations

from esep import hookimpl
from esep.model import Block, Document, Record
from esep.registry import Config, Evaluator, Extractor
from esep.storage import RECORD_COLUMNS_SQL
from esep.plugins import branches as br
from esep.plugins.events import text as tx
from esep.plugins.lang.alphabet import KAZAKH_LETTERS, KAZAKH_UPPER
from esep.plugins.lang.gates import gated, led
from esep.plugins.lang.plans import DONE_RE, FUTURE_PLAN_RE
from esep.plugins.lang.periods import period_from_code
from esep.plugins.vocab import Match, get_vocabulary, normalize_label, unmatched

log = logging.getLogger(__name__)

TABLE = "events"
VOCABULARY = "event_types"
L = tx.L
MAX_PHRASE = 7

#: a word after a type that is none of it: a name (capitalized, "ОКЖ-ның") or the result of the event
_NOT_TYPE_WORD = re.compile(rf"[{tx.UP}]|(?i:қорытынды)")
#: words a Russian type phrase read before a name may start with that are none of the type's
_LEADING = {"и", "в", "во", "на", "с", "со", "для", "а", "также", "мен", "және"}
_KAZAKH_LETTERS = re.compile(rf"[{KAZAKH_LETTERS}{KAZAKH_UPPER}]")
_BOOK = re.compile(r"(?i)(?:кітаб|кітап|книг)")
_SO_NAMED = re.compile(r"\s*[-–—]\s*под\s+таким\s+названием(?![\w])", re.I)
#: a dash after a name and what may stand between it and the type: "«...» – экологический час",
#: "«...» – так называлась виртуальная экскурсия"
_DASH_AFTER = re.compile(rf"\s*[-–—]\s*(?:так\s+назыв[{L}]+\s+)?")
_CONNECTORS = re.compile(
    rf"\s*(?:атты|деген|тақырыбында|тақырыбындағы|тақырыбы|атымен|под\s+названием|на\s+тему)(?![{L}])", re.I)
_STOP = {
    "өтті", "өткізілді", "өткізді", "ұйымдастырылды", "ұйымдастырды", "болып", "болды", "барысында", "аясында",
    "бойынша", "шеңберінде", "өткен", "өткізілген", "ұйымдастырылған", "ұсынылды", "дайындады", "және", "мен",
    "пен", "бен", "жалғасын", "өз", "шығарылды", "прошел", "прошёл", "прошла", "прошло", "прошли",
    "состоялся", "состоялась", "состоялось", "состоялись", "провели", "проведен", "проведена", "проведено",
    "организовал", "организовала", "организовали", "и", "для",
}
#: Words after a quote that make it a name of something other than an event.
_NOT_EVENT = re.compile(
    r"^(?:клуб|үйірме|кружок|кружк|балабақша|газет|журнал|бағдарлама|программ|жоба|проект|кітаб|кітап$|книг|"
    r"мақала|статья|номинация|қозғалыс|движени|команда|видео|аллея|саябақ|парк|мектеп|школ|лицей|колледж|"
    r"ми$|мми|жшс|тоо|кмм|мм$|гу$|кгу|академия|одақ|қоғам|общество|орталығ|центр)", re.I)
_FRAMEWORK_AFTER = re.compile(rf"^\s*(?:аясында|бойынша|шеңберінде|бағытталған|в\s+рамках)(?![{L}])", re.I)
_MODIFIER = re.compile(rf"^(?:арналған|арасындағы|посвященн\w*|[{L}]+(?:дағы|дегі|тағы|тегі|ндағы|ндегі))$", re.I)
_EVENT_VERB = re.compile(
    rf"(?<![{L}])(?:болып\s+)?(?:өтті|өткізілді|өткізді|ұйымдастырылды|ұйымдастырды|прош(?:ел|ёл|ла|ло|ли)|"
    rf"состоял(?:ся|ась|ось|ись)|провел(?:и|а)?|проведен[{tx.LOW}]*|организовал[{tx.LOW}]*)(?![{L}])", re.I)
_EVENT_VERB = gated(led(_EVENT_VERB, "[бөұпсо]"), "өтті", "өткіз", "ұйымдастыр", "прош", "состоял", "провел", "проведен", "организовал")
_BIBLIO = re.compile(r"\s//\s|//")
#: What every event of a paragraph needs, looser than the readers: an
#: opening quote mark (a name, «...» or "...") or the stem of an event verb
#: anywhere.  A paragraph with neither is not read further.
_MAY_NAME_EVENT = re.compile(r"[«\"“]|өтті|өткізілді|өткізді|ұйымдастырылды|ұйымдастырды|прош(?:ел|ёл|ла|ло|ли)|"
                             r"состоял(?:ся|ась|ось|ись)|провел|проведен|организовал", re.I)


@dataclass
class Found:
    """An event being read from one sentence."""

    anchor: int  # where its name (or type phrase) starts, in the block text
    anchor_end: int
    title: str | None
    type_match: tx.TypeMatch | None
    type_text: str
    type_end: int
    paren: br.BranchMention | None = None
    branch: br.BranchMention | None = None
    date: tx.DateSpan | None = None
    occasion: str | None = None
    partners: list[str] = field(default_factory=list)
    audience: str | None = None
    participants: int | None = None
    block: Block | None = None
    sentence: tuple[int, int] = (0, 0)
    section: str | None = None


# -- reading one sentence ------------------------------------------------------------

def _phrase_after(text: str, pos: int, end: int) -> tuple[list[tx.Word], int]:
    """Words of the type phrase starting at ``pos`` (connectors skipped)."""
    m = _CONNECTORS.match(text, pos, end) or _DASH_AFTER.match(text, pos, end)
    if m:
        pos = m.end()
    out: list[tx.Word] = []
    for w in tx.words(text, pos, end):
        if not _LETTER.match(w.text) or w.text.lower() in _STOP:
            break
        out.append(w)
        if len(out) >= MAX_PHRASE:
            break
    return out, pos


def _trim_modifiers(ws: list[tx.Word]) -> list[tx.Word]:
    """Drop "балаларға арналған", "жастар арасындағы", "ашық аспан
    астындағы" from the front of a phrase (or what follows them when
    they end it)."""
    for k in range(len(ws) - 1, -1, -1):
        if _MODIFIER.match(ws[k].text):
            return ws[k + 1:] if k < len(ws) - 1 else ws[:k]
    return ws


def _paren_after(text: str, pos: int, end: int, mentions: list[br.BranchMention]) -> tuple[br.BranchMention | None, int]:
    m = _PAREN.match(text[pos:end])
    if not m:
        return None, pos
    a, b = pos + m.start(1), pos + m.end(1)
    inside = [x for x in mentions if a <= x.start and x.end <= b]
    if inside:
        return inside[0], pos + m.end()
    return None, pos


_LETTER = re.compile(rf"[{L}]")
_JOINTLY = re.compile(r"(?i)совместно\s+с|бірлес")
_CLUB = re.compile(r"(?i)(?:клуб|кружок|кружк|үйірме)|«[^»]*»\s*(?:[\w-]+\s+){0,3}?(?:клуб|үйірме)")
_PAREN = re.compile(r"\s*\(([^()]{1,80})\)")
_GAP_STOP, _BETWEEN_STOP = re.compile(r"[.,;:»]"), re.compile(r"[.;«»]")


def _titled(text: str, q: tx.Quote, s: int, e: int, mentions: list[br.BranchMention],
            matcher: tx.TypeMatcher, verb: bool) -> Found | None:
    if len(q.inner) < 2 or not _LETTER.search(q.inner):
        return None
    paren, pos = _paren_after(text, q.end, e, mentions)
    ws, _ = _phrase_after(text, pos, e)
    ws = _trim_modifiers(ws)
    tm = matcher.match([w.text for w in ws]) if ws else None
    if tm is None and ws and verb:
        tm = matcher.backoff([w.text for w in ws])
    if tm is None and ws and verb and tx.is_generic_head(ws[-1].text):
        tm = tx.TypeMatch(None, 50.0, 0, len(ws), "unknown")
    if tm is None and len(ws) > 1 and _BOOK.match(ws[0].text):
        # "«...» кітабының тұсаукесері": the name is the book's, and the event is its presentation
        tm = matcher.match([w.text for w in ws[1:]])
        if tm is not None and (tm.id or "").startswith("presentation"):
            tm = dataclasses.replace(tm, start=tm.start + 1, end=tm.end + 1)
            ws = ws[: tm.end]
        else:
            tm = None
    if tm is not None:
        used = ws[: tm.end]
        after = text[used[-1].end:e]
        if _FRAMEWORK_AFTER.match(after):
            return None
        if any(_NOT_EVENT.match(normalize_label(w.text)) for w in ws[:tm.start]) and not _BOOK.match(ws[0].text):
            return None
        shown = ws if len(ws) <= 4 else used  # the type as written, modifiers and all ...
        cut = next((k for k in range(tm.end, len(shown)) if _NOT_TYPE_WORD.match(shown[k].text)), None)
        if cut is not None:  # ... but no name or result after it ("семинарда Астана қаласының", "байқау қорытындысы")
            shown = shown[:cut]
        return Found(q.start, q.end, q.inner, tm, text[ws[0].start:shown[-1].end], used[-1].end, paren=paren)
    if any(_NOT_EVENT.match(normalize_label(w.text)) for w in ws):
        return None
    # "«...» – под таким названием 7 мая ... прошла акция громкого чтения": the type after the verb
    named = _SO_NAMED.match(text, q.end, e)
    vm = _EVENT_VERB.search(text, named.end(), e) if named else None
    if vm is not None:
        after_verb, _ = _phrase_after(text, vm.end(), e)
        tm = matcher.match([w.text for w in after_verb]) if after_verb else None
        if tm is not None and tm.id is not None:
            used = after_verb[tm.start:tm.end]
            return Found(q.start, q.end, q.inner, tm, text[used[0].start:used[-1].end], used[-1].end, paren=paren)
    # Russian: the type before the name ("провели интеллектуальную игру «...»", "в громких чтениях «...»",
    # "конкурс рисунков на асфальте «...»"), also when words follow the name ("презентация книги «...»
    # местного автора")
    left = [w for w in tx.words(text, max(s, q.start - 60), q.start) if _LETTER.match(w.text)][-4:]
    gap = text[left[-1].end:q.start] if left else ""
    russian = bool(left) and not _KAZAKH_LETTERS.search(" ".join(w.text for w in left))
    if left and (not ws or russian) and not _GAP_STOP.search(gap):
        tm = matcher.match([w.text for w in left[-3:]])
        if tm is not None:
            tm = dataclasses.replace(tm, start=tm.start + len(left) - len(left[-3:]), end=tm.end + len(left) - len(left[-3:]))
        if (tm is None or tm.id is None) and russian:
            tm = matcher.match_ru_inflected([w.text for w in left]) or tm
        if tm is not None and tm.id is not None:
            used = left[tm.start:tm.end]
            while len(used) > 1 and used[0].text.lower() in _LEADING:  # "и конкурсе рисунков", "в громких ..."
                used = used[1:]
            return Found(q.start, q.end, q.inner, tm, text[used[0].start:used[-1].end], q.end, paren=paren)
    if ws and verb:
        log.debug("quote %r followed by %r: no event type", q.inner, text[ws[0].start:ws[-1].end])
    return None


def _listed(text: str, qs: list[tx.Quote], found: list[Found], e: int,
            mentions: list[br.BranchMention]) -> list[Found]:
    """Names listed before a shared type: "«A», «B» кітап көрмелерін"."""
    out: list[Found] = []
    by_start = {f.anchor: f for f in found}
    for i in range(len(qs) - 2, -1, -1):
        q, nxt = qs[i], qs[i + 1]
        if q.start in by_start or nxt.start not in by_start:
            continue
        paren, pos = _paren_after(text, q.end, e, mentions)
        if not re.fullmatch(r"\s*(?:,|және|мен|и)\s*", text[pos:nxt.start]) or len(q.inner) < 2:
            continue
        f = by_start[nxt.start]
        new = Found(q.start, q.end, q.inner, f.type_match, f.type_text, q.end, paren=paren)
        by_start[q.start] = new
        out.append(new)
    return out


def _untitled(text: str, s: int, e: int, taken: list[tuple[int, int]], matcher: tx.TypeMatcher,
              mentions: list[br.BranchMention]) -> list[Found]:
    out = []
    for vm in _EVENT_VERB.finditer(text, s, e):
        ws = []
        for w in reversed(tx.words(text, max(s, vm.start() - 80), vm.start())):
            if not _LETTER.match(w.text) or w.text.lower() in _STOP or \
                    any(m.start <= w.start < m.end for m in mentions):
                break
            ws.insert(0, w)
            if len(ws) >= 5:
                break
        if not ws or any(a < ws[-1].end and ws[0].start < b for a, b in taken):
            continue
        tm = matcher.match([w.text for w in ws], head_last=True)
        if tm is None or tm.id is None:
            continue
        used = ws[tm.start:tm.end]
        out.append(Found(used[0].start, used[-1].end, None, tm, text[used[0].start:used[-1].end], used[-1].end))
    return out


def _assign_branches(found: list[Found], mentions: list[br.BranchMention], inherited: br.BranchMention | None) -> None:
    parens = [m for m in mentions if m.parenthetical]
    used = {id(f.paren) for f in found if f.paren is not None}
    for p in parens:
        if id(p) in used:
            continue
        before = [f for f in found if f.anchor < p.start]
        if before and before[-1].paren is None:
            before[-1].paren = p
    plain = [m for m in mentions if not m.parenthetical]
    for f in found:
        if f.paren is not None:
            f.branch = f.paren
            continue
        pre = [m for m in plain if m.end <= f.anchor]
        post = [m for m in plain if m.start >= f.anchor_end]
        if pre:
            f.branch = pre[-1]
        elif post:
            f.branch = post[0]
        elif not mentions:
            f.branch = inherited


def _assign_dates(found: list[Found], dates: list[tx.DateSpan], text: str) -> None:
    free = [d for d in dates if not d.occasion]
    bound: set[int] = set()
    for f in found:
        for d in free:
            between = text[d.end:f.anchor]
            if 0 <= f.anchor - d.end <= 40 and len(tx.words(between)) <= 3 and id(d) not in bound \
                    and not _BETWEEN_STOP.search(between):
                f.date = d
                bound.add(id(d))
                break
    days = [d for d in free if len(d.iso) == 10 and id(d) not in bound]
    # without a day, a month the sentence names: "В апреле ... прошла", "Мамыр айында ... өтті: ..."
    months = [d for d in free if len(d.iso) == 7 and id(d) not in bound] if not days else []
    for f in found:
        if f.date is not None:
            continue
        pre = [d for d in days or months if d.end <= f.anchor]
        if pre:
            f.date = pre[-1]
        elif days or months:
            f.date = (days or months)[0]


def read_block(block: Block, matcher: tx.TypeMatcher, system: br.System | None, year: int | None,
               section: str | None) -> list[Found]:
    """The events of one paragraph."""
    text = block.text
    if not _MAY_NAME_EVENT.search(text):
        return []
    mentions = br.mentions_in(text, system)
    out: list[Found] = []
    last_plain: br.BranchMention | None = None
    per_sentence: list[tuple[tuple[int, int], list[Found]]] = []
    for s, e in tx.sentences(text):
        in_s = [m for m in mentions if s <= m.start < e]
        if _is_plan(text, s, e):
            per_sentence.append(((s, e), []))
            continue
        verb = bool(_EVENT_VERB.search(text, s, e))
        qs = [tx.Quote(q.start + s, q.end + s, q.inner) for q in tx.quotes(text[s:e])]
        found: list[Found] = []
        for q in qs:
            f = _titled(text, q, s, e, mentions, matcher, verb)
            if f is not None:
                found.append(f)
        found += _listed(text, qs, found, e, mentions)
        taken = [(f.anchor, f.type_end) for f in found]
        found += _untitled(text, s, e, taken, matcher, mentions)
        found.sort(key=lambda f: f.anchor)
        per_sentence.append(((s, e), found))
        if found:
            _assign_branches(found, in_s, last_plain)
            sent = text[s:e]
            dates = tx.find_event_dates(sent, year)
            for d in dates:
                d.start += s
                d.end += s
            _assign_dates(found, dates, text)
            occasions = tx.find_occasions(sent)
            for f in found:
                pre = [o for o in occasions if o.start + s <= f.anchor]
                f.occasion = (pre[-1] if pre else occasions[0]).text if occasions else None
                f.block, f.sentence, f.section = block, (s, e), section
            out += found
        plain = [m for m in in_s if not m.parenthetical]
        if plain:
            last_plain = plain[-1]
    _assign_context(text, per_sentence, mentions)
    return out


def _is_plan(text: str, s: int, e: int) -> bool:
    """A sentence of what is to be held, not of what was ("планируется провести",
    "запланировано проведение", "өткізу жоспарлануда"): the words the facts
    extractor reads plans by."""
    return bool(FUTURE_PLAN_RE.search(text, s, e)) and not DONE_RE.search(text, s, e)


def _segment_end(text: str, f: Found, e: int) -> int:
    """Where an event's own part of its sentence ends: after its name and type,
    and after a bracket that follows them ("«...» (ф№1, 18 детей)", "«...» ерлік
    сағаты (18 адам)"): a count in brackets belongs to the item it follows."""
    pos = max(f.type_end, f.anchor_end)
    m = _PAREN.match(text[pos:e])
    return pos + m.end() if m else pos


def _assign_context(text: str, per_sentence: list[tuple[tuple[int, int], list[Found]]],
                    mentions: list[br.BranchMention]) -> None:
    """Partners, audience and participants: what an event's part of its
    sentence names, and for the last event of a sentence also the sentences
    after it that name no event ("... өтті. Іс-шараға ... қатысты.")."""
    from esep.plugins.entities import organizations_in

    ours = [(m.start, m.end) for m in mentions if m.branch_id is not None or m.kind == "system"]
    others = [m for m in mentions if m.branch_id is None and m.kind != "system" and m.eponym]
    for k, ((s, e), found) in enumerate(per_sentence):
        for j, f in enumerate(found):
            a = _segment_end(text, found[j - 1], e) if j else s
            b = _segment_end(text, f, e) if j < len(found) - 1 else e
            segs = [(a, b)]
            if j == len(found) - 1:
                for (s2, e2), f2 in per_sentence[k + 1:]:
                    if f2:
                        break
                    segs.append((s2, e2))
            for a, b in segs:
                piece = text[a:b]
                skip = [(x - a, y - a) for x, y in ours if a <= x < b]
                # a club of the library is its own, its members an audience: no partner, unless the
                # event was held jointly with it ("«...» клубымен бірлесе", "совместно с клубом")
                orgs = [(o[0], o[2]) for o in organizations_in(text, a, b) if not _CLUB.match(o[2])
                        or _JOINTLY.search(piece[max(0, o[0] - 40):o[1] + 12])] + \
                    [(m.start - a, m.text) for m in others if a <= m.start < b]
                for start, name in sorted(orgs):
                    if not any(x <= start < y for x, y in skip) and name not in f.partners:
                        f.partners.append(name)
                if f.audience is None:
                    aud = tx.find_audience(piece, skip)
                    f.audience = aud[2] if aud else None
                if f.participants is None:
                    f.participants = tx.find_participants(piece)


# -- the document ---------------------------------------------------------------------

def _title_key(title: str | None) -> str:
    """Compare form of a name: folded, punctuation and dashes ignored."""
    return " ".join(re.sub(r"[\W_]+", " ", br.fold(title or "")).split())


def _year(document: Document) -> int | None:
    p = period_from_code(str(document.metadata.get("period") or ""))
    return int(p.start[:4]) if p else None


_matchers: dict[int, tuple[Any, tx.TypeMatcher]] = {}


def _type_matcher(vocab: Any) -> tx.TypeMatcher:
    """The matcher of a vocabulary, built once per process (vocabularies are)."""
    got = _matchers.get(id(vocab))
    if got is None or got[0] is not vocab:
        got = _matchers[id(vocab)] = (vocab, tx.TypeMatcher(vocab))
    return got[1]


def read_document(document: Document, config: Config | None = None) -> list[Found]:
    """Every event of a document, duplicates merged, in reading order."""
    threshold = float(config.get("event_type_threshold", 85.0)) if config is not None else 85.0
    matcher = _type_matcher(get_vocabulary(VOCABULARY, config, threshold))
    system = br.document_system(document, config)
    year = _year(document)
    section: str | None = None
    found: list[Found] = []
    carry: tx.DateSpan | None = None  # the date a line ending in ":" states for the list under it
    prev_end = ""
    for b in document.blocks:
        if b.kind == "heading":
            section, carry, prev_end = b.text.strip(), None, ""
            continue
        if carry is not None and b.kind != "list_item" and prev_end not in (":", ";"):
            carry = None
        stripped = b.text.rstrip()
        prev_end = stripped[-1:]
        if _BIBLIO.search(b.text):
            continue
        got = read_block(b, matcher, system, year, section)
        if carry is not None:
            for f in got:
                f.date = f.date or carry
        found += got
        if prev_end == ":":
            dates = [d for d in tx.find_event_dates(stripped, year) if not d.occasion]
            carry = dates[-1] if dates else None
    # duplicates: a name told twice is one event
    merged: list[Found] = []
    by_title: dict[str, Found] = {}
    for f in found:
        k = _title_key(f.title)
        first = by_title.get(k) if k else None
        if first is None:
            merged.append(f)
            if k:
                by_title[k] = f
            continue
        if first.type_match is None or first.type_match.id is None:
            first.type_match, first.type_text = f.type_match, f.type_text
        # a library the first telling names by its own name (a village's) stays, though unresolved
        if first.branch is None or first.branch.branch_id is None and not first.branch.name:
            first.branch = f.branch or first.branch
        first.date = first.date or f.date
        first.occasion = first.occasion or f.occasion
        first.partners += [p for p in f.partners if p not in first.partners]
    # occasions from section headings
    by_section: dict[str | None, list[str]] = {}
    for f in merged:
        by_section.setdefault(f.section, []).append(f.title or "")
    for f in merged:
        if not f.occasion:
            f.occasion = tx.heading_occasion(f.section, by_section.get(f.section, []))
    return merged


def extract(document: Document, config: Config) -> Iterable[Record]:
    events = read_document(document, config)
    for seq, f in enumerate(events, 1):
        b = f.block
        tm = f.type_match
        event_type = tm.id if tm else None
        conf = (tm.score / 100.0 if tm else 0.5) * (1.0 if f.title else 0.85)
        if f.branch is not None and f.branch.branch_id is not None:
            conf *= max(0.6, f.branch.score / 100.0)
        s, e = f.sentence
        evidence = b.text[s:e].strip()
        values = {
            "seq": seq, "title": f.title, "event_type": event_type, "type_text": f.type_text or None,
            "branch_id": f.branch.branch_id if f.branch else None,
            "branch_text": f.branch.text if f.branch else None,
            "date": f.date.iso if f.date else None, "date_end": f.date.end_iso if f.date else None,
            "occasion": f.occasion,
            "partners": json.dumps(f.partners, ensure_ascii=False) if f.partners else None,
            "audience": f.audience, "participants": f.participants, "section": f.section,
            "span_start": f.anchor, "span_end": f.type_end,
        }
        yield Record(TABLE, values, evidence=evidence, confidence=round(conf, 3),
                     provenance=b.provenance, block=b.index)
        if tm is None or (tm.id is None and tm.how != "generic"):
            if f.type_text:
                yield unmatched(f.type_text, "event_type", Match(None, 0.0, None, None),
                                evidence=f.type_text, provenance=b.provenance, block=b.index)


# -- the cross-check with the summary table ----------------------------------------------

def crosscheck(records: list[Record], document: Document | None) -> list[Record]:
    """``checks`` rows: events the prose names per type against the count of
    the summary table, for the report's own period."""
    stats = [r for r in records if r.table == "event_stats"]
    events = [r for r in records if r.table == TABLE]
    if not stats or not events:
        return []
    period = (document.metadata.get("period") if document is not None else None) or None
    periods = [r.values.get("period") for r in stats if r.values.get("period")]
    if period not in periods:
        if not periods:
            return []
        period = max(periods, key=lambda p: (period_from_code(p).end if period_from_code(p) else ""))
    p = period_from_code(period)
    counted: dict[str, tuple[float, Record]] = {}
    total: Record | None = None
    for r in stats:
        if r.values.get("period") != period:
            continue
        if r.values.get("is_total"):
            total = r
            continue
        t = r.values.get("event_type")
        if t:
            prev = counted.get(t, (0.0, r))[0]
            counted[t] = (prev + float(r.values.get("actual") or 0), r)
    named: dict[str, int] = {}
    n_all = 0
    for r in events:
        d = r.values.get("date")
        if d and p and not (p.start[: len(d)] <= d <= p.end[: len(d)]):
            continue
        n_all += 1
        t = r.values.get("event_type")
        if t:
            named[t] = named.get(t, 0) + 1
    out = []
    for t in sorted(set(counted) | set(named)):
        exp, src = counted.get(t, (0.0, None))
        act = named.get(t, 0)
        if not exp and not act:
            continue  # a row the table leaves empty, and nothing named
        details = (f"the prose names {act} events of type {t}; the summary table counts "
                   + (f"{int(exp)}" if src is not None else "none (no row of this type)")
                   + "; holds when the prose names at most as many as the table counts")
        out.append(_check(f"events_named[{period}].{t}", period, exp, act, details, src))
    if total is not None and total.values.get("actual") is not None:
        exp = float(total.values["actual"])
        out.append(_check(f"events_named[{period}].total", period, exp, n_all,
                          f"the prose names {n_all} events in all; the summary table's total is {int(exp)}", total))
    return out


def _check(name: str, period: str, expected: float, actual: int, details: str, src: Record | None) -> Record:
    return Record(
        "checks",
        {"name": name, "kind": "events_named", "period": period, "expected": int(expected) if float(expected).is_integer() else expected,
         "actual": actual, "holds": int(actual <= expected), "details": details},
        evidence=src.evidence if src else None, confidence=src.confidence if src else 1.0,
        provenance=src.provenance if src else None, table_index=src.table_index if src else None,
        cell=src.cell if src else None, extractor="events")


# -- storage ------------------------------------------------------------------------------

migrations = Migrations("esep.events")


@migrations()
def m001_events(db) -> None:
    db.executescript(f"""
        CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            document_id TEXT NOT NULL REFERENCES documents(id),
            seq INTEGER NOT NULL,           -- 1-based order in the document
            title TEXT,                     -- the «...» name; NULL for an untitled event
            event_type TEXT,                -- id in schemas/event_types.json (as event_stats)
            type_text TEXT,                 -- the type as written: "тарихи сағаты"
            branch_id TEXT,                 -- id in branches: balkhash.f3; NULL when not stated
            branch_text TEXT,               -- the branch as written: "(Ф№3)"
            date TEXT,                      -- ISO day or month (YYYY-MM) with the report's year
            date_end TEXT,                  -- last day of a range
            occasion TEXT,                  -- the holiday or anniversary it marks
            partners TEXT,                  -- JSON list of organizations the sentence names
            audience TEXT,
            participants INTEGER,
            section TEXT,                   -- the heading it sits under
            span_start INTEGER,             -- the name (or type) in the block text
            span_end INTEGER,{RECORD_COLUMNS_SQL}
        );
        CREATE INDEX events_doc ON events(document_id, seq);
        CREATE INDEX events_branch ON events(branch_id);
        CREATE INDEX events_type ON events(event_type);
    """)


# -- evaluation -----------------------------------------------------------------------------

def score(conn, document_id: str, gold: dict[str, Any]) -> dict[str, Any]:
    """Events matched one to one on their title (folded), untitled ones on
    type and branch.  An event is right when title, event_type and branch_id
    all match; ``fields.date`` is the share of gold events that state a date
    and got it right."""
    from esep.registry import prf

    cur = conn.execute("select title, event_type, branch_id, date from events where document_id = ? order by seq",
                       [document_id])
    got = [dict(zip(("title", "event_type", "branch_id", "date"), r)) for r in cur.fetchall()]
    want = list(gold.get("records", []))
    pool = list(got)
    pairs = []
    for w in want:
        k = _title_key(w.get("title"))
        if k:
            hit = next((g for g in pool if _title_key(g["title"]) == k), None)
        else:
            hit = next((g for g in pool if not g["title"] and g["event_type"] == w.get("event_type")
                        and g["branch_id"] == w.get("branch_id")), None)
        if hit is not None:
            pool.remove(hit)
            pairs.append((w, hit))
    triple = ("event_type", "branch_id")
    right = [(w, g) for w, g in pairs if all(w.get(f) == g.get(f) for f in triple)]
    res: dict[str, Any] = prf(len(right), len(got), len(want))
    res["fields"] = {"title": prf(len(pairs), len(got), len(want))}
    for f in triple:
        res["fields"][f] = prf(sum(1 for w, g in pairs if w.get(f) == g.get(f)), len(got), len(want))
    dated = [w for w in want if w.get("date")]
    ok = sum(1 for w, g in pairs if w.get("date") and g.get("date") == w["date"])
    extra_dates = sum(1 for w, g in pairs if not w.get("date") and g.get("date"))
    res["fields"]["date"] = {"precision": ok / max(1, ok + extra_dates + sum(
        1 for w, g in pairs if w.get("date") and g.get("date") and g["date"] != w["date"])),
        "recall": ok / len(dated) if dated else 1.0, "f1": 0.0}
    fd = res["fields"]["date"]
    fd["f1"] = 2 * fd["precision"] * fd["recall"] / (fd["precision"] + fd["recall"]) if fd["precision"] + fd["recall"] else 0.0
    res["dates_right"] = fd["recall"]
    wrong = [f"{w.get('title')}: " + ", ".join(f"{f} {g.get(f)!r} != {w.get(f)!r}" for f in triple + ("date",)
                                               if g.get(f) != w.get(f))
             for w, g in pairs if any(g.get(f) != w.get(f) for f in triple + ("date",))]
    missing = [w.get("title") or f"(untitled {w.get('event_type')})" for w in want if not any(w is p[0] for p in pairs)]
    res["notes"] = [f"{len(got)} events, gold {len(want)}, {len(right)} right, dates {ok}/{len(dated)}"] + \
        [f"missing: {m}" for m in missing[:8]] + [f"extra: {g['title']}" for g in pool[:8]] + wrong[:12]
    return res


# -- hooks ----------------------------------------------------------------------------------

@hookimpl
def register_extractors(register):
    register(Extractor(name="events", extract=extract, version="1", order=120,
                       tables=(TABLE, "unmatched_terms")))


@hookimpl
def register_migrations(register):
    register(migrations)


@hookimpl
def register_evaluators(register):
    register(Evaluator("events", score, "events named in the prose: title, type, branch and date"))


@hookimpl
def prepare_records(records, document, config):
    """Compare the register with the summary table (``checks`` rows)."""
    records[:] = [r for r in records if not (r.table == "checks" and r.extractor == "events")]
    records.extend(crosscheck(records, document))


@hookimpl
def prepare_worker(config):
    """The event-type vocabulary and its matcher."""
    threshold = float(config.get("event_type_threshold", 85.0)) if config is not None else 85.0
    _type_matcher(get_vocabulary(VOCABULARY, config, threshold))
