"""Anchor a library system's simulated figures to what a real report states.

The committed synthetic corpus is of the same library system as the seed
(the one real report, 2018-H1), and ``esep ingest corpus/`` reads them
together.  So wherever the seed states a figure -- its own period's, and
the figures of the period it compares with -- the synthetic series must
state the same, or the seed and the synthetic reports would disagree in
``conflicts`` without anything having been planted.

:func:`load` reads the seed's *gold* (``<stem>.facts.json`` and
``.event_stats.json``: what a careful reader takes from the report, made by
hand), never the report itself.  :func:`apply` then overwrites the truth of
every period the gold speaks of with its figures and re-chains the stocks
around them: the fund runs backwards and forwards from the anchored
balances with the simulated flows, the catalogue is spread between anchored
sizes in proportion to the simulated growth, and the staff head-count of
the half-year before an anchored one is what its hirings and dismissals
imply.  Figures the gold gives that the model has no place for (a quarter,
a sub-category of a sub-category) are listed in :attr:`Anchor.unused`.

A figure a report states that is not the sum of its parts (the seed's event
table total, say) is kept as *stated*: the truth holds the parts, and a
later report that restates that period repeats the stated figure, as a
careful clerk copying last year's report would (see
:attr:`Anchor.stated_totals`).
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from synth import lexicon as lx
from synth.model import EventFig, Figures, Period, _article, _book, _reprint

Key = tuple[str, str | None, str | None]  # metric, language, category

#: (metric, language, category) -> the Figures attribute it sets; ``staff.*`` go to ``Figures.staff``
_FIELDS: dict[Key, str] = {
    ("acquisition.budget", None, "books"): "budget_books",
    ("acquisition.budget", None, "periodicals"): "budget_periodicals",
    ("acquisition.budget", None, "fiction"): "fiction_budget",
    ("acquisition.budget", None, "children"): "children_budget",
    ("acquisition.copies", None, "fiction"): "fiction",
    ("acquisition.copies", "kk", "fiction"): "fiction_kk",
    ("acquisition.copies", None, "children"): "children",
    ("acquisition.copies", "kk", "children"): "children_kk",
    ("state_order.copies", None, None): "so_copies",
    ("state_order.copies", "kk", None): "so_kk",
    ("state_order.budget", None, None): "so_budget",
    ("catalog.records", None, None): "catalog",
    ("digitization.documents", None, "newspaper_articles"): "dig_articles",
    ("digitization.pages", None, "newspaper_articles"): "dig_articles_pages",
    ("bibliography.virtual_references", None, None): "virtual_refs",
}
_TENTHS = {"budget_books", "budget_periodicals", "fiction_budget", "children_budget", "so_budget"}
_FUND = {"fund.start": "start", "fund.received": "received", "fund.withdrawn": "withdrawn", "fund.end": "end"}
#: figures the model derives from others: checked against them, not set
_DERIVED = {("acquisition.budget", None, None), ("acquisition.copies", None, None),
            ("acquisition.copies", "kk", None), ("digitization.documents", None, None),
            ("digitization.pages", None, None), ("events.actual", None, None),
            ("events.participants", None, None)}
#: the digitized books: how many, and their pages together
_BOOKS = {("digitization.documents", None, "books"), ("digitization.pages", None, "books")}
#: the press articles: the model draws that many
_ARTICLES = ("media.articles", None, None)
_STAFF = ("staff.units", "staff.headcount", "staff.civil_servants", "staff.technical", "staff.vacancies",
          "staff.higher_education", "staff.hired", "staff.dismissed")


@dataclass
class Anchor:
    """What one real report states, by period (half-years and years only)."""

    document: str
    facts: dict[str, dict[Key, float]] = field(default_factory=dict)
    #: event table rows by period: type id -> (actual, participants); an empty row is left out
    events: dict[str, dict[str, tuple[int, int | None]]] = field(default_factory=dict)
    #: the total row as stated, where it is not the sum of the rows: period -> {"actual": .., "participants": ..}
    stated_totals: dict[str, dict[str, int]] = field(default_factory=dict)
    #: (metric, period, language, category, value, why) of the gold's figures the model has no place for
    unused: list[tuple] = field(default_factory=list)

    @property
    def units(self) -> float | None:
        """The staff units the report states (the model keeps them constant)."""
        return next((v[("staff.units", None, None)] for _, v in sorted(self.facts.items())
                     if ("staff.units", None, None) in v), None)

    @property
    def own(self) -> str:
        """The report's own period: the one it states the most figures for."""
        return max(self.facts, key=lambda c: (len(self.facts[c]), c))

    @property
    def periods(self) -> list[str]:
        return sorted(set(self.facts) | set(self.events), key=lambda c: _order(Period.parse(c)))


def _order(p: Period) -> tuple:
    return (p.year, {"H1": 0, "H2": 1, None: 2}[p.half])


def _is_period(code: str | None) -> bool:
    if not code:
        return False
    y, _, h = code.partition("-")
    return y.isdigit() and len(y) == 4 and h in ("", "H1", "H2")


def _known(key: Key) -> bool:
    metric, language, category = key
    return (key in _FIELDS or key in _DERIVED or key in _BOOKS or key == _ARTICLES
            or metric in _FUND and category is None
            or metric in _STAFF and language is None and category is None)


def load(gold_dir: Path, stem: str) -> Anchor:
    """The anchor of the report ``stem`` from its gold files in ``gold_dir``.

    Raises ValueError when the gold states one key twice with different
    values (the anchor would be ambiguous) or counts events of a type
    synth/lexicon.py does not know."""
    facts = json.loads((gold_dir / f"{stem}.facts.json").read_text(encoding="utf-8"))["records"]
    stats = json.loads((gold_dir / f"{stem}.event_stats.json").read_text(encoding="utf-8"))["records"]
    a = Anchor(stem)
    for f in facts:
        key: Key = (f["metric"], f["language"], f["category"])
        period = f["period"]
        if not _is_period(period):
            a.unused.append((f["metric"], period, f["language"], f["category"], f["value"],
                             "not a half-year or a year"))
            continue
        if not _known(key):
            a.unused.append((f["metric"], period, f["language"], f["category"], f["value"],
                             "no such figure in the model"))
            continue
        have = a.facts.setdefault(period, {})
        if key in have and have[key] != f["value"]:
            raise ValueError(f"{stem}: {key} for {period} is both {have[key]} and {f['value']}")
        have[key] = f["value"]
    for row in stats:
        period, tid = row["period"], row["event_type"]
        if tid == "total":
            continue
        if row["actual"] is None:
            if row["participants"] is not None:
                raise ValueError(f"{stem}: event row {tid} {period} has participants but no events")
            continue
        if tid not in lx.EVENT_BY_ID:
            raise ValueError(f"{stem}: event type {tid!r} ({period}) is not in synth/lexicon.py")
        a.events.setdefault(period, {})[tid] = (row["actual"], row["participants"])
    for row in stats:
        if row["event_type"] != "total" or row["period"] not in a.events:
            continue
        rows = a.events[row["period"]].values()
        sums = {"actual": sum(r[0] for r in rows), "participants": sum(r[1] or 0 for r in rows)}
        stated = {k: row[k] for k in sums if row[k] is not None and row[k] != sums[k]}
        if stated:
            a.stated_totals[row["period"]] = {k: row[k] for k in sums}
    return a


# -- applying it to a simulated truth ---------------------------------------------------


def _set(f: Figures, key: Key, value: float) -> None:
    metric = key[0]
    if metric in _STAFF:
        f.staff[metric] = value if metric == "staff.units" else int(value)
    elif metric in _FUND:
        f.fund[_FUND[metric] + ("_kk" if key[1] == "kk" else "")] = int(value)
    else:
        name = _FIELDS[key]
        setattr(f, name, int(round(value * 10)) if name in _TENTHS else int(value))


def _derived(f: Figures) -> dict[Key, float]:
    books = len(f.dig_books)
    return {
        ("acquisition.budget", None, None): (f.budget_books + f.budget_periodicals) / 10,
        ("acquisition.copies", None, None): f.copies,
        ("acquisition.copies", "kk", None): f.copies_kk,
        ("digitization.documents", None, None): f.dig_articles + books,
        ("digitization.pages", None, None): f.dig_articles_pages + f.dig_books_pages,
    }


def _articles(f: Figures, n: int, lib: lx.Library, rng: random.Random) -> None:
    """``n`` articles in the period (a reprint among them, sometimes)."""
    p = f.period
    reprint = n > 1 and rng.random() < 0.4
    arts = [_article(rng, lib, p) for _ in range(n - reprint)]
    for k, art in enumerate(arts):
        art["id"] = f"{p.code}:{k}"
    if reprint:
        arts.append(_reprint(rng, lib, rng.choice(arts), p))
    f.articles = sorted(arts, key=lambda art: (art["date"], art["id"]))


def _books(f: Figures, n: int, pages: int, lib: lx.Library, rng: random.Random) -> None:
    """``n`` digitized books of ``pages`` pages together."""
    if n <= 0:
        if pages:
            raise ValueError(f"{f.period.code}: {pages} pages of digitized books but no book")
        f.dig_books = []
        return
    if pages < 10 * n:
        raise ValueError(f"{f.period.code}: {n} digitized books of {pages} pages together")
    books = [_book(rng, lib) for _ in range(n)]
    cuts = sorted(rng.sample(range(10, pages - 9), n - 1)) if n > 1 else []
    bounds = [0] + cuts + [pages]
    for b, lo, hi in zip(books, bounds, bounds[1:]):
        b["pages"] = hi - lo
    f.dig_books = books


def _events(f: Figures, rows: dict[str, tuple[int, int | None]], rng: random.Random) -> None:
    era = f.period.era
    for tid in rows:
        if not lx.exists_in(tid, era):
            raise ValueError(f"{f.period.code}: the anchor counts {tid!r} events, which the lexicon has no row "
                             f"for in that era")
    ev = {}
    for et in lx.EVENT_TYPES:
        if et.id in rows:
            actual, participants = rows[et.id]
            ev[et.id] = EventFig(max(1, round(actual * rng.uniform(0.85, 1.15))), actual, participants)
        else:
            ev[et.id] = EventFig()
    f.events = ev


def _period_figures(f: Figures, a: Anchor, lib: lx.Library, seed: str) -> list[str]:
    """Overwrite one period's truth with the anchor; returns what is left to check."""
    code = f.period.code
    given = a.facts.get(code, {})
    rng = random.Random(f"{seed}:{lib.key}:anchor:{code}")
    for key, value in given.items():
        if key in _DERIVED or key in _BOOKS:
            continue
        if key == _ARTICLES:
            _articles(f, int(value), lib, rng)
        else:
            _set(f, key, value)
    n_books = given.get(("digitization.documents", None, "books"))
    if n_books is not None or ("digitization.pages", None, "books") in given:
        total = given.get(("digitization.pages", None, "books"), f.dig_books_pages)
        _books(f, int(len(f.dig_books) if n_books is None else n_books), int(total), lib, rng)
    if code in a.events:
        _events(f, a.events[code], rng)
    if "staff.headcount" in {k[0] for k in given}:
        st = f.staff
        if not {"staff.civil_servants", "staff.technical"} <= {k[0] for k in given}:
            st["staff.civil_servants"] = st["staff.headcount"] - st["staff.technical"]
    problems = []
    for key, want in _derived(f).items():
        if key in given and abs(given[key] - want) > 1e-6:
            problems.append(f"{code} {key}: stated {given[key]}, its parts give {want}")
    fu = f.fund
    for k in ("", "_kk"):
        if {"start" + k, "received" + k, "withdrawn" + k, "end" + k} <= fu.keys():
            if fu["start" + k] + fu["received" + k] - fu["withdrawn" + k] != fu["end" + k]:
                problems.append(f"{code} fund{k}: {fu['start' + k]} + {fu['received' + k]} - "
                                f"{fu['withdrawn' + k]} != {fu['end' + k]}")
    if any(m in _FUND for m, _, _ in given):
        if fu["received"] != f.copies + f.so_copies or fu["received_kk"] != f.copies_kk + f.so_kk:
            problems.append(f"{code}: fund received {fu['received']}/{fu['received_kk']} is not copies bought + "
                            f"state order {f.copies + f.so_copies}/{f.copies_kk + f.so_kk}")
    return problems


def _halves(truth: dict[str, Figures]) -> list[Figures]:
    return sorted(truth.values(), key=lambda f: _order(f.period))


def _rechain_fund(seq: list[Figures], fixed: list[int]) -> None:
    """Stocks from the anchored balances: backwards from the first anchored
    half-year, forwards from each (meeting the next anchor by adjusting the
    write-off of the half-year before it)."""
    first = fixed[0]
    for i in range(first - 1, -1, -1):
        fu, nxt = seq[i].fund, seq[i + 1].fund
        for k in ("", "_kk"):
            fu["end" + k] = nxt["start" + k]
            fu["start" + k] = fu["end" + k] - fu["received" + k] + fu["withdrawn" + k]
    for i in range(first + 1, len(seq)):
        fu, prev = seq[i].fund, seq[i - 1].fund
        for k in ("", "_kk"):
            if i in fixed:
                gap = prev["end" + k] - fu["start" + k]
                if gap:  # meet the anchor: the half-year before wrote off more (or less)
                    pf = seq[i - 1].fund
                    pf["withdrawn" + k] += gap
                    pf["end" + k] -= gap
                    if pf["withdrawn" + k] < 0:
                        raise ValueError(f"{seq[i - 1].period.code}: cannot meet the anchored fund of "
                                         f"{seq[i].period.code}")
                continue
            fu["start" + k] = prev["end" + k]
            fu["end" + k] = fu["start" + k] + fu["received" + k] - fu["withdrawn" + k]


def _rechain_catalog(seq: list[Figures], fixed: list[int], simulated: list[int]) -> None:
    """Catalogue sizes through the anchored ones, growing as ``simulated``."""
    inc = [simulated[0]] + [simulated[i] - simulated[i - 1] for i in range(1, len(seq))]
    for i in range(fixed[0] - 1, -1, -1):
        seq[i].catalog = seq[i + 1].catalog - inc[i + 1]
    for a, b in zip(fixed, fixed[1:]):
        span = seq[b].catalog - seq[a].catalog
        weights = inc[a + 1:b + 1]
        done = 0
        for i in range(a + 1, b):
            done += weights[i - a - 1]
            seq[i].catalog = seq[a].catalog + round(span * done / sum(weights))
    for i in range(fixed[-1] + 1, len(seq)):
        seq[i].catalog = seq[i - 1].catalog + inc[i]
    if seq[0].catalog <= 0 or any(seq[i].catalog < seq[i - 1].catalog for i in range(1, len(seq))):
        raise ValueError("the anchored catalogue sizes do not grow with time")


def _restaff(seq: list[Figures], fixed: list[int]) -> None:
    """Head-counts and their flows stay continuous around anchored half-years."""
    for i in fixed:
        if i == 0:
            continue
        st, prev = seq[i].staff, seq[i - 1].staff
        if i - 1 in fixed:
            continue
        prev["staff.headcount"] = st["staff.headcount"] - st["staff.hired"] + st["staff.dismissed"]
        prev["staff.civil_servants"] = prev["staff.headcount"] - prev["staff.technical"]
        prev["staff.vacancies"] = max(int(prev["staff.units"]) - prev["staff.headcount"], 1)
    for i in range(1, len(seq)):
        if i in fixed:
            continue
        st, prev = seq[i].staff, seq[i - 1].staff
        hired = st["staff.headcount"] - prev["staff.headcount"] + st["staff.dismissed"]
        if hired < 0:
            st["staff.dismissed"] -= hired
            hired = 0
        st["staff.hired"] = hired


def apply(truth: dict[str, Figures], a: Anchor, library: lx.Library, seed: str) -> None:
    """Overwrite the half-years ``a`` speaks of and re-chain the stocks.

    Raises ValueError when the anchor contradicts the model (a total that is
    not the sum of its parts, a fund row that does not balance, figures for
    a year rather than a half-year)."""
    seq = _halves(truth)
    simulated_catalog = [f.catalog for f in seq]
    problems = []
    for code in a.periods:
        if code not in truth:
            raise ValueError(f"{a.document}: the anchor speaks of {code}; only half-years can be anchored")
        problems += _period_figures(truth[code], a, library, seed)
    if problems:
        raise ValueError(f"{a.document}: the anchor does not fit the model: " + "; ".join(problems))
    index = {f.period.code: i for i, f in enumerate(seq)}

    def anchored(metric: str) -> list[int]:
        return sorted(index[c] for c in a.periods if any(k[0] == metric for k in a.facts.get(c, {})))

    fund = anchored("fund.start") or anchored("fund.end")
    if fund:
        _rechain_fund(seq, fund)
    catalog = anchored("catalog.records")
    if catalog:
        _rechain_catalog(seq, catalog, simulated_catalog)
    staff = anchored("staff.headcount")
    if staff:
        _restaff(seq, staff)


def describe(a: Anchor) -> dict[str, Any]:
    """The anchor as the corpus gold records it."""
    return {
        "document": a.document,
        "period": a.own,
        "periods": a.periods,
        "facts": sum(len(v) for v in a.facts.values()),
        "event_rows": {p: len(v) for p, v in sorted(a.events.items())},
        "stated_totals": a.stated_totals,
        "unused": [{"metric": m, "period": p, "language": lang, "category": c, "value": v, "why": why}
                   for m, p, lang, c, v, why in a.unused],
    }
