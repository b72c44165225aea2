"""A plain-Python model of a library system's activity over the years, and of
one report about it.

:func:`simulate` draws the *true* figures of every half-year of a library
system (staff, money, acquisitions, the fund's movement, the catalogue,
digitization, references, press articles, events by type); a year is the sum
of its halves (stocks: the state at its end).  :func:`build_report` turns the
truth of one period into what one report *states*: its own figures, the
figures of the period it compares with, its event table and its lists.  A
report states the truth except where a :class:`Plant` says otherwise.

Everything is drawn from ``random.Random`` seeded with strings, so the same
seed gives the same corpus on every machine.
"""

from __future__ import annotations

import copy
import datetime as _dt
import random
from dataclasses import dataclass, field
from typing import Any

from synth import lexicon as lx

FIRST_YEAR = 2010
LAST_YEAR = 2026

# -- periods --------------------------------------------------------------------------


@dataclass(frozen=True, order=True)
class Period:
    year: int
    half: str | None  # "H1", "H2", or None for the whole year

    @property
    def code(self) -> str:
        return f"{self.year}-{self.half}" if self.half else str(self.year)

    @classmethod
    def parse(cls, code: str) -> "Period":
        y, _, h = code.partition("-")
        return cls(int(y), h or None)

    @property
    def start(self) -> _dt.date:
        return _dt.date(self.year, 7 if self.half == "H2" else 1, 1)

    @property
    def end_date(self) -> _dt.date:
        """The day the report states the end-of-period stock for (the next
        period's first day, as these reports write "2018.07.01")."""
        if self.half == "H1":
            return _dt.date(self.year, 7, 1)
        return _dt.date(self.year + 1, 1, 1)

    @property
    def era(self) -> int:
        return lx.era_of(self.year, self.half or "H2")

    def halves(self) -> list["Period"]:
        return [self] if self.half else [Period(self.year, "H1"), Period(self.year, "H2")]

    def previous(self) -> "Period":
        """The period just before, of the same length."""
        if self.half == "H2":
            return Period(self.year, "H1")
        if self.half == "H1":
            return Period(self.year - 1, "H2")
        return Period(self.year - 1, None)

    def year_before(self) -> "Period":
        return Period(self.year - 1, self.half)

    @property
    def months(self) -> tuple[int, int]:
        return {"H1": (1, 6), "H2": (7, 12), None: (1, 12)}[self.half]


# -- the truth of one period ---------------------------------------------------------------


@dataclass
class EventFig:
    plan: int | None = None
    actual: int | None = None
    participants: int | None = None

    def __add__(self, other: "EventFig") -> "EventFig":
        def add(a, b):
            return None if a is None and b is None else (a or 0) + (b or 0)
        return EventFig(add(self.plan, other.plan), add(self.actual, other.actual),
                        add(self.participants, other.participants))


@dataclass
class Figures:
    """What happened in one period (or, for stocks, the state at its end)."""

    period: Period
    staff: dict[str, float] = field(default_factory=dict)
    budget_books: int = 0  # tenths of a thousand tenge (1 decimal, kept exact)
    budget_periodicals: int = 0
    fiction_budget: int = 0
    children_budget: int = 0
    fiction: int = 0
    fiction_kk: int = 0
    children: int = 0
    children_kk: int = 0
    so_copies: int = 0
    so_kk: int = 0
    so_budget: int = 0  # tenths
    fund: dict[str, int] = field(default_factory=dict)  # start, start_kk, received, ..., end, end_kk
    catalog: int = 0
    dig_articles: int = 0
    dig_articles_pages: int = 0
    dig_books: list[dict[str, Any]] = field(default_factory=list)
    virtual_refs: int = 0
    articles: list[dict[str, Any]] = field(default_factory=list)  # press articles about the libraries
    events: dict[str, EventFig] = field(default_factory=dict)

    @property
    def copies(self) -> int:
        return self.fiction + self.children

    @property
    def copies_kk(self) -> int:
        return self.fiction_kk + self.children_kk

    @property
    def dig_books_pages(self) -> int:
        return sum(b["pages"] for b in self.dig_books)


def _tenths(x: float) -> int:
    return int(round(x * 10))


def _fund_step(rng: random.Random, start: int, start_kk: int, received: int, received_kk: int) -> dict[str, int]:
    withdrawn = int(start * rng.uniform(0.004, 0.021))
    withdrawn_kk = int(withdrawn * rng.uniform(0.08, 0.24))
    return {"start": start, "start_kk": start_kk, "received": received, "received_kk": received_kk,
            "withdrawn": withdrawn, "withdrawn_kk": withdrawn_kk,
            "end": start + received - withdrawn, "end_kk": start_kk + received_kk - withdrawn_kk}


def simulate(library: lx.Library, seed: str, long: bool = False, units: float | None = None) -> dict[str, Figures]:
    """The truth of every half-year from FIRST_YEAR to LAST_YEAR, keyed by
    period code; years are added by :func:`year_figures`.  ``units`` (the
    staff units, constant over the years) is drawn from the library's size
    unless given."""
    rng = random.Random(f"{seed}:{library.key}:truth")
    scale = library.fund / 300_000
    if units is None:
        units = round(20 + 7.5 * library.branches * scale ** 0.5) + 0.5
    headcount = int(units) - 3
    technical = max(4, int(headcount * 0.2))
    fund, fund_kk = library.fund, int(library.fund * 0.24)
    catalog = int(18_000 * scale)
    out: dict[str, Figures] = {}
    for year in range(FIRST_YEAR, LAST_YEAR + 1):
        for half in ("H1", "H2"):
            p = Period(year, half)
            f = Figures(p)
            growth = 1 + 0.04 * (year - 2015)
            # staff: a state at the end of the half
            dismissed = rng.randint(1, 8)
            target = min(max(headcount + rng.randint(-3, 3), int(units) - 6), int(units) - 1)
            hired = target - headcount + dismissed
            if hired < 0:
                dismissed -= hired
                hired = 0
            headcount = target
            technical = max(3, technical + rng.choice((-1, 0, 0, 0, 1)))
            f.staff = {
                "staff.units": units, "staff.headcount": headcount,
                "staff.civil_servants": headcount - technical, "staff.technical": technical,
                "staff.vacancies": max(int(units) - headcount, 1),
                "staff.higher_education": int(headcount * rng.uniform(0.55, 0.65)),
                "staff.hired": hired, "staff.dismissed": dismissed,
            }
            # acquisitions: the books budget split between fiction and children's books
            budget = _tenths(rng.uniform(2600, 4200) * scale * growth)
            price = rng.uniform(1.25, 1.95)
            copies = int(budget / 10 / price)
            f.budget_books = budget
            f.fiction_budget = int(budget * rng.uniform(0.58, 0.68))
            f.children_budget = budget - f.fiction_budget
            f.fiction = int(copies * rng.uniform(0.6, 0.7))
            f.children = copies - f.fiction
            f.fiction_kk = int(f.fiction * rng.uniform(0.40, 0.52))
            f.children_kk = int(f.children * rng.uniform(0.42, 0.55))
            f.budget_periodicals = _tenths(rng.uniform(1100, 1800) * scale)
            f.so_copies = int(rng.uniform(700, 1300) * scale)
            f.so_kk = int(f.so_copies * rng.uniform(0.72, 0.9))
            f.so_budget = _tenths(f.so_copies * rng.uniform(2.6, 3.3))
            f.fund = _fund_step(rng, fund, fund_kk, copies + f.so_copies, f.copies_kk + f.so_kk)
            fund, fund_kk = f.fund["end"], f.fund["end_kk"]
            catalog += int(rng.uniform(1500, 3000) * scale ** 0.5)
            f.catalog = catalog
            f.dig_articles = int(rng.uniform(40, 170))
            f.dig_articles_pages = f.dig_articles + int(f.dig_articles * rng.uniform(0.8, 2.2))
            f.dig_books = [_book(rng, library) for _ in range(rng.randint(1, 4))]
            f.virtual_refs = rng.randint(14, 46)
            n_articles = rng.randint(90, 115) if long else rng.randint(24, 44)
            f.articles = [_article(rng, library, p) for _ in range(n_articles)]
            for k, a in enumerate(f.articles):
                a["id"] = f"{p.code}:{k}"
            if rng.random() < 0.4:
                f.articles.append(_reprint(rng, library, rng.choice(f.articles), p))
            f.articles.sort(key=lambda a: (a["date"], a["id"]))
            f.events = _events(rng, p, growth)
            out[p.code] = f
    return out


def _events(rng: random.Random, p: Period, growth: float) -> dict[str, EventFig]:
    ev: dict[str, EventFig] = {}
    season = 1.0 if p.half == "H1" else 1.08
    for et in lx.EVENT_TYPES:
        if not lx.exists_in(et.id, p.era) or rng.random() < 0.07:
            ev[et.id] = EventFig()
            continue
        actual = max(0, round(rng.gauss(et.rate * season * growth ** 0.5, et.rate ** 0.5)))
        if actual == 0:
            ev[et.id] = EventFig()
            continue
        participants = int(actual * et.per_event * rng.uniform(0.7, 1.3))
        plan = max(1, round(actual * rng.uniform(0.85, 1.15)))
        ev[et.id] = EventFig(plan, actual, participants)
    return ev


def _book(rng: random.Random, lib: lx.Library) -> dict[str, Any]:
    title, subtitle, place, publisher, lang = rng.choice(lx.BOOKS)
    title = title.format(city_kk=lib.city_kk, city_ru=lib.city_ru)
    author = None
    if rng.random() < 0.6:
        sur = rng.choice(lx.SURNAMES_KK if lang == "kk" else lx.SURNAMES_RU)
        author = (sur, rng.choice(lx.INITIALS), rng.choice(lx.INITIALS))
    return {"title": title, "subtitle": subtitle, "place": place, "publisher": publisher, "language": lang,
            "year": rng.randint(1968, 2016), "pages": rng.randint(60, 380), "author": author,
            "compiler": None if author else f"{rng.choice(lx.INITIALS)}.{rng.choice(lx.SURNAMES_KK)}"}


def _article(rng: random.Random, lib: lx.Library, p: Period) -> dict[str, Any]:
    name, source_id, paper_lang = rng.choice(lib.newspapers)
    lang = paper_lang if paper_lang != "mixed" else rng.choice(("kk", "ru"))
    m0, m1 = p.months
    month = rng.randint(m0, m1)
    day = rng.randint(1, 28)
    date = _dt.date(p.year, month, day)
    week = date.isocalendar()[1]
    if rng.random() < 0.5:
        issue = f"{2 * week - 1}-{2 * week}"
    else:
        issue = str(week + rng.randint(0, week))
    titles = lx.TITLES_KK if lang == "kk" else lx.TITLES_RU
    title = rng.choice(titles)
    branch = rng.randint(1, lib.branches)
    et = rng.choice(lx.EVENT_TYPES)
    if lang == "kk":
        subtitle = rng.choice((
            f"№{branch} кітапхана-филиалында {et.kk_noun} өтті",
            f"{lib.central_kk}да {et.kk_noun} ұйымдастырылды",
            f"{lib.children_kk}ның қызметкерлері {et.kk_noun} өткізді",
            None,
        ))
    else:
        subtitle = rng.choice((
            f"в библиотеке-филиале №{branch} {lx.RU_PAST[lx.RU_GENDER[et.ru_noun]]} {et.ru_noun}",
            f"{lib.central_ru} провела мероприятие",
            None,
        ))
    author = None
    if rng.random() < 0.85:
        sur = rng.choice(lx.SURNAMES_KK if lang == "kk" else lx.SURNAMES_RU)
        author = (sur, rng.choice(lx.INITIALS))
    return {"source": name, "source_id": source_id, "language": lang, "date": date.isoformat(),
            "issue": issue, "pages": str(rng.randint(1, 16)), "title": title, "subtitle": subtitle,
            "author": author, "paper_lang": paper_lang}


def _reprint(rng: random.Random, lib: lx.Library, a: dict[str, Any], p: Period) -> dict[str, Any]:
    """The same article printed again in another paper a few days later."""
    b = dict(a)
    others = [n for n in lib.newspapers if n[0] != a["source"] and n[2] in (a["language"], "mixed")]
    if others:
        b["source"], b["source_id"], b["paper_lang"] = rng.choice(others)
    date = _dt.date.fromisoformat(a["date"]) + _dt.timedelta(days=rng.randint(2, 6))
    if date.month > p.months[1] or date.year != p.year:
        date = _dt.date.fromisoformat(a["date"])
    b["date"] = date.isoformat()
    b["pages"] = str(rng.randint(1, 16))
    b["id"] = a["id"] + "r"
    b["reprint_of"] = a["id"]
    return b


def year_figures(truth: dict[str, Figures], year: int) -> Figures:
    """A year: flows summed over its halves, stocks at its end."""
    h1, h2 = truth[f"{year}-H1"], truth[f"{year}-H2"]
    f = Figures(Period(year, None))
    f.staff = dict(h2.staff)
    f.staff["staff.hired"] = h1.staff["staff.hired"] + h2.staff["staff.hired"]
    f.staff["staff.dismissed"] = h1.staff["staff.dismissed"] + h2.staff["staff.dismissed"]
    for name in ("budget_books", "budget_periodicals", "fiction_budget", "children_budget", "fiction",
                 "fiction_kk", "children", "children_kk", "so_copies", "so_kk", "so_budget",
                 "dig_articles", "dig_articles_pages", "virtual_refs"):
        setattr(f, name, getattr(h1, name) + getattr(h2, name))
    f.fund = {
        "start": h1.fund["start"], "start_kk": h1.fund["start_kk"],
        "received": h1.fund["received"] + h2.fund["received"],
        "received_kk": h1.fund["received_kk"] + h2.fund["received_kk"],
        "withdrawn": h1.fund["withdrawn"] + h2.fund["withdrawn"],
        "withdrawn_kk": h1.fund["withdrawn_kk"] + h2.fund["withdrawn_kk"],
        "end": h2.fund["end"], "end_kk": h2.fund["end_kk"],
    }
    f.catalog = h2.catalog
    f.dig_books = h1.dig_books + h2.dig_books
    f.articles = h1.articles + h2.articles
    f.events = {k: h1.events[k] + h2.events[k] for k in h1.events}
    return f


def figures(truth: dict[str, Figures], p: Period) -> Figures:
    return truth[p.code] if p.half else year_figures(truth, p.year)


# -- plants ------------------------------------------------------------------------------

PRIOR_METRICS = ("catalog.records", "media.articles", "fund.end", "bibliography.virtual_references")


@dataclass
class Plant:
    """A deliberate inconsistency.

    ``kind``: ``prior_mismatch`` (the figure this report gives for the period
    it compares with differs from what that period's own report said by
    ``delta``), ``event_total`` (the current column's total row is off its
    column sum by ``delta`` events and ``delta2`` participants) or
    ``article_count`` (the stated number of press articles is off the list
    by ``delta``)."""

    kind: str
    metric: str | None = None
    delta: int = 0
    delta2: int = 0

    def as_dict(self) -> dict[str, Any]:
        d = {"kind": self.kind, "metric": self.metric, "delta": self.delta}
        if self.delta2:
            d["delta2"] = self.delta2
        return d


# -- one report --------------------------------------------------------------------------


@dataclass
class ReportSpec:
    library: str
    period: Period
    lang: str  # kk | ru
    fmt: str  # txt | docx | pdf
    compare: Period  # the period its comparison figures are for
    long: bool = False
    fund_rows: bool = False  # the fund table has a row for the compared period
    budget_table: bool = True  # a table of the money (needs periodicals)
    periodicals: bool = True  # the money for periodicals is stated
    plans: bool = False
    spaced: bool = False  # thousands separated by spaces
    order: int = 0  # which section order
    plants: list[Plant] = field(default_factory=list)

    @property
    def stem(self) -> str:
        return f"synthetic_{self.period.code}_{self.library}_{self.lang}"


@dataclass
class EventRow:
    type_id: str
    label: str
    prior: EventFig
    current: EventFig


@dataclass
class Report:
    spec: ReportSpec
    library: lx.Library
    own: Figures  # what the report states about its period
    prior: Figures  # what it states about the compared period
    rows: list[EventRow]
    total_prior: EventFig
    total_current: EventFig
    articles_stated: int
    prior_articles_stated: int
    #: periods whose event total this report repeats as another report stated it, not as its rows add up
    repeated_totals: list[str] = field(default_factory=list)

    @property
    def period(self) -> Period:
        return self.spec.period

    @property
    def era(self) -> int:
        return self.spec.period.era


def _table_values(fig: Figures, type_ids: list[str], era: int) -> dict[str, EventFig]:
    """Event figures per table row: merged types added to their target."""
    vals = {t: copy.copy(fig.events.get(t, EventFig())) for t in type_ids}
    for src, (dst, since) in lx.MERGED_INTO.items():
        if era >= since and dst in vals and src in fig.events:
            vals[dst] = vals[dst] + fig.events[src]
    return vals


def column_total(rows: list[EventRow], which: str) -> EventFig:
    tot = EventFig()
    for r in rows:
        tot = tot + getattr(r, which)
    return tot


def stated_articles(truth_fig: Figures, plants: list[Plant]) -> int:
    n = len(truth_fig.articles)
    for pl in plants:
        if pl.kind == "article_count":
            n += pl.delta
    return n


def build_report(spec: ReportSpec, truth: dict[str, Figures], plants_of: dict[str, list[Plant]],
                 stated_totals: dict[str, dict[str, int]] | None = None) -> Report:
    """What the report of ``spec`` states.  ``plants_of`` maps a period code
    to the plants of that period's own report in this corpus (its stated
    article count is what a later report repeats); ``stated_totals`` maps a
    period code to an event total another report stated that is not the sum
    of its rows (a report of that period, or one comparing with it, states
    the same total: see synth/anchor.py)."""
    lib = lx.LIBRARIES[spec.library]
    own = copy.deepcopy(figures(truth, spec.period))
    prior = copy.deepcopy(figures(truth, spec.compare))
    era = spec.period.era
    type_ids = lx.table_types(spec.lang, era)
    cur_vals = _table_values(own, type_ids, era)
    pri_vals = _table_values(prior, type_ids, era)
    rows = []
    for t in type_ids:
        c, p = cur_vals[t], pri_vals[t]
        if not spec.plans:
            c = EventFig(None, c.actual, c.participants)
            p = EventFig(None, p.actual, p.participants)
        rows.append(EventRow(t, lx.event_label(t, spec.lang, era), p, c))
    total_prior = column_total(rows, "prior")
    total_current = column_total(rows, "current")
    repeated = []
    for period, tot in ((spec.compare, total_prior), (spec.period, total_current)):
        stated = (stated_totals or {}).get(period.code)
        if stated and tot.actual is not None:
            tot.actual, tot.participants = stated["actual"], stated["participants"]
            repeated.append(period.code)
    articles_stated = stated_articles(own, spec.plants)
    prior_articles_stated = stated_articles(prior, plants_of.get(spec.compare.code, []))
    for pl in spec.plants:
        if pl.kind == "event_total":
            total_current = EventFig(total_current.plan, (total_current.actual or 0) + pl.delta,
                                     (total_current.participants or 0) + pl.delta2)
        elif pl.kind == "prior_mismatch":
            if pl.metric == "catalog.records":
                prior.catalog += pl.delta
            elif pl.metric == "bibliography.virtual_references":
                prior.virtual_refs += pl.delta
            elif pl.metric == "media.articles":
                prior_articles_stated += pl.delta
            elif pl.metric == "fund.end":
                # the row still balances: fewer copies written off, a larger end
                prior.fund["withdrawn"] -= pl.delta
                prior.fund["end"] += pl.delta
            else:
                raise ValueError(f"no prior_mismatch plant for {pl.metric}")
    return Report(spec, lib, own, prior, rows, total_prior, total_current, articles_stated,
                  prior_articles_stated, repeated)
