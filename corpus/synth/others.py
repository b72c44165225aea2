"""Reports of other library systems (``generate.py --count``): four fictional
systems (Kazakh, Russian and bilingual), annual, nine-month, half-year and
quarterly reports, every word drawn from the phrase bank ``synth.phrases``.

Nothing here reads esep's vocabularies (``schemas/``) or imports
``esep.plugins``: the labels, sentences, titles and names come from the
phrase bank, written apart from them, and drift as real reports drift.

:func:`simulate` draws the truth of a library system quarter by quarter;
:func:`specs` chooses the reports; :func:`build` turns one spec into a
:class:`~synth.render.Doc` and its gold (facts with the metric ids typed
into the phrase bank, or ``metric: null`` and the label; event_stats;
checks; citations; metadata), written as the report writes its figures.
"""

from __future__ import annotations

import datetime as _dt
import random
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from synth import phrases as ph
from synth.render import MARKER, Doc, ListItem, Para, TableSpec

FIRST_YEAR = 2011
LAST_YEAR = 2026
SYSTEM_KEYS = tuple(ph.SYSTEMS)
#: the part-year report of each (library system, year) block, in turn
PARTS = ("H1", "9M", "Q1", "Q3", "H1", "Q2", "9M", "Q4", "H2")
INDICATORS = ("libraries.count", "users.registered", "visits.total", "loans.total", "fund.end", "ratio.reading",
              "ratio.attendance", "ratio.turnover", "coverage.population_pct")
RATIOS = ("ratio.reading", "ratio.attendance", "ratio.turnover", "coverage.population_pct")
#: share of the year's registered users a period's report counts (users are counted once a period, not summed)
USER_SHARE = {None: 1.0, "9M": 0.86, "H1": 0.69, "H2": 0.62, "Q1": 0.47, "Q2": 0.36, "Q3": 0.31, "Q4": 0.38}
QUARTERS = {None: (1, 2, 3, 4), "9M": (1, 2, 3), "H1": (1, 2), "H2": (3, 4), "Q1": (1,), "Q2": (2,), "Q3": (3,),
            "Q4": (4,)}


# -- periods ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class OPeriod:
    year: int
    part: str | None  # None (the year), H1, H2, Q1..Q4, 9M

    @property
    def code(self) -> str:
        return f"{self.year}-{self.part}" if self.part else str(self.year)

    @property
    def kind(self) -> str:
        return "year" if self.part is None else "9M" if self.part == "9M" else self.part[0]

    @property
    def number(self) -> int:
        return int(self.part[1]) if self.part and self.part[0] in "HQ" else 0

    @property
    def quarters(self) -> tuple[int, ...]:
        return QUARTERS[self.part]

    @property
    def start(self) -> _dt.date:
        return _dt.date(self.year, 3 * self.quarters[0] - 2, 1)

    @property
    def end_date(self) -> _dt.date:
        """The first day after the period (reports date a closing stock so: "на 01.01.2016")."""
        q = self.quarters[-1]
        return _dt.date(self.year + 1, 1, 1) if q == 4 else _dt.date(self.year, 3 * q + 1, 1)

    def year_before(self) -> "OPeriod":
        return OPeriod(self.year - 1, self.part)


def half_up(x: Decimal | float, places: int = 1) -> float:
    q = Decimal(1).scaleb(-places)
    return float(Decimal(str(x)).quantize(q, rounding=ROUND_HALF_UP))


def ratio(a: int, b: int, scale: int = 1) -> float:
    return float((Decimal(a) * scale / Decimal(b)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


# -- the truth of a library system -------------------------------------------------------------------


@dataclass
class Year:
    population: int
    libraries: int
    users: int  # registered over the whole year
    computers: int
    internet: int
    clubs: int
    fund_start: int
    visits: list[int] = field(default_factory=list)  # per quarter
    loans: list[int] = field(default_factory=list)
    received: list[int] = field(default_factory=list)
    withdrawn: list[int] = field(default_factory=list)
    catalog: list[int] = field(default_factory=list)  # at the end of each quarter
    site: list[int] = field(default_factory=list)
    budget: list[int] = field(default_factory=list)  # tenths of a thousand
    events: list[dict[int, tuple[int, int]]] = field(default_factory=list)  # per quarter: form -> (count, people)


def simulate(key: str, seed: str) -> dict[int, Year]:
    s = ph.SYSTEMS[key]
    rng = random.Random(f"{seed}:{key}:other-truth")
    pop, libs, fund = s["population"], s["libraries"], s["fund"]
    cov = s["coverage"]
    catalog = int(fund * 0.05)
    attendance, reading = rng.uniform(7.5, 10.5), rng.uniform(17.0, 22.0)
    out = {}
    for y in range(FIRST_YEAR, LAST_YEAR + 1):
        pop = int(pop * rng.uniform(0.985, 1.012))
        if rng.random() < 0.12 and libs > 4:
            libs -= 1
        cov = min(0.75, max(0.25, cov + rng.uniform(-0.015, 0.015)))
        users = int(pop * cov)
        yr = Year(pop, libs, users, computers=int(libs * rng.uniform(1.5, 3.5)) + (y - FIRST_YEAR),
                  internet=max(1, min(libs, int(libs * min(1.0, 0.3 + 0.06 * (y - FIRST_YEAR))))),
                  clubs=int(libs * rng.uniform(0.8, 1.6)), fund_start=fund)
        attendance = min(12.0, max(6.0, attendance + rng.uniform(-0.5, 0.5)))
        reading = min(25.0, max(14.0, reading + rng.uniform(-0.8, 0.8)))
        for q in range(4):
            season = (1.08, 0.95, 0.85, 1.12)[q]
            yr.visits.append(int(users * attendance / 4 * season * rng.uniform(0.95, 1.05)))
            yr.loans.append(int(users * reading / 4 * season * rng.uniform(0.95, 1.05)))
            rec = int(fund * rng.uniform(0.004, 0.014))
            wd = int(fund * rng.uniform(0.002, 0.016))
            yr.received.append(rec)
            yr.withdrawn.append(wd)
            fund += rec - wd
            catalog += int(rng.uniform(600, 1600))
            yr.catalog.append(catalog)
            yr.site.append(int(rng.uniform(800, 4000) * (1 + 0.15 * (y - FIRST_YEAR))))
            yr.budget.append(int(rng.uniform(3000, 9000) * (fund / 300_000)))
            ev = {}
            for i, form in enumerate(ph.EVENT_FORMS):
                n = max(0, round(rng.gauss(form[5] / 2 * season, (form[5] / 2) ** 0.5)))
                if form[0] is None and i == len(ph.EVENT_FORMS) - 2 and y < 2020:
                    n = 0  # no online events before 2020
                ev[i] = (n, int(n * form[6] * rng.uniform(0.7, 1.3)))
            yr.events.append(ev)
        out[y] = yr
    return out


@dataclass
class Figs:
    """What is true of one period."""

    values: dict[str, float]
    fund: dict[str, int]
    events: dict[int, tuple[int, int]]
    unmatched: dict[str, int]
    budget: int
    catalog: int


def figures(truth: dict[int, Year], p: OPeriod) -> Figs:
    yr = truth[p.year]
    qs = [q - 1 for q in p.quarters]
    users = int(yr.users * USER_SHARE[p.part])
    visits = sum(yr.visits[q] for q in qs)
    loans = sum(yr.loans[q] for q in qs)
    start = yr.fund_start + sum(yr.received[q] - yr.withdrawn[q] for q in range(qs[0]))
    received = sum(yr.received[q] for q in qs)
    withdrawn = sum(yr.withdrawn[q] for q in qs)
    end = start + received - withdrawn
    v = {"libraries.count": yr.libraries, "users.registered": users, "visits.total": visits, "loans.total": loans,
         "fund.end": end, "ratio.reading": ratio(loans, users), "ratio.attendance": ratio(visits, users),
         "ratio.turnover": ratio(loans, end), "coverage.population_pct": ratio(users, yr.population, 100)}
    events = {}
    for i in range(len(ph.EVENT_FORMS)):
        events[i] = (sum(yr.events[q][i][0] for q in qs), sum(yr.events[q][i][1] for q in qs))
    un = {"population": yr.population, "computers": yr.computers, "internet_libraries": yr.internet,
          "clubs": yr.clubs, "site_visits": sum(yr.site[q] for q in qs)}
    return Figs(v, {"start": start, "received": received, "withdrawn": withdrawn, "end": end}, events, un,
                sum(yr.budget[q] for q in qs), yr.catalog[qs[-1]])


def articles_count(seed: str, key: str, p: OPeriod) -> int:
    return random.Random(f"{seed}:{key}:{p.code}:articles").randint(82, 108)


# -- which reports -----------------------------------------------------------------------------------


@dataclass
class Plant:
    kind: str  # article_count | event_total | prior_mismatch
    metric: str | None = None
    delta: int = 0


@dataclass
class OtherSpec:
    library: str
    period: OPeriod
    lang: str  # kk | ru | kkru (both)
    fmt: str
    latin: str | None = None  # "2018" | "2021": Kazakh in the Latin alphabet
    #: prev: this period vs the year before (±, %); plan: plan, actual, % of plan; both: the year before,
    #: plan, actual, % of plan, ±
    layout: str = "prev"
    style: str = "space"  # thousands: space | nbsp | plain
    plants: list[Plant] = field(default_factory=list)

    @property
    def compare(self) -> OPeriod:
        return self.period.year_before()

    @property
    def stem(self) -> str:
        tag = self.lang + ("lat" if self.latin else "")
        return f"synthetic_{self.period.code}_{self.library}_{tag}"


def specs(count: int, seed: str, formats: list[str]) -> list[OtherSpec]:
    """``count`` reports: each library system in turn, from a year of its own
    (2013-2023) on, gives a part-year report (half-year, nine months or a
    quarter, in turn) and its annual report; then the next year."""
    rng = random.Random(f"{seed}:other-specs")
    out: list[OtherSpec] = []
    have: set[tuple[str, str]] = set()
    first = {key: rng.randint(2013, 2023) for key in SYSTEM_KEYS}
    years = LAST_YEAR - FIRST_YEAR - 1  # the years a report can be of (its compared year simulated too)
    most = len(SYSTEM_KEYS) * years * (len(set(PARTS)) + 1)
    if count > most:
        raise SystemExit(f"--count: at most {most} reports of other library systems")
    rnd, block = 0, 0
    while len(out) < count:
        for key in SYSTEM_KEYS:
            # past the last year, wrap round to the first, with parts not yet given
            year = FIRST_YEAR + 1 + (first[key] - FIRST_YEAR - 1 + rnd) % years
            s = ph.SYSTEMS[key]
            for part in (PARTS[block % len(PARTS)], None):
                if len(out) >= count:
                    break
                free = [x for x in (part, *PARTS, None) if (key, OPeriod(year, x).code) not in have]
                if not free:
                    continue
                p = OPeriod(year, free[0])
                langs = s["languages"]
                if len(langs) == 2:
                    lang = rng.choice((langs[0], langs[0], langs[1], "kkru"))
                else:
                    lang = langs[0]
                latin = None
                if lang == "kk" and s["latin_from"] and year >= s["latin_from"] and rng.random() < 0.6:
                    latin = "2021" if year >= 2021 and rng.random() < 0.6 else "2018"
                draw = rng.random()
                spec = OtherSpec(key, p, lang, formats[len(out) % len(formats)], latin,
                                 "plan" if draw < 0.2 else "both" if draw < 0.35 else "prev",
                                 rng.choice(("space", "space", "nbsp", "plain")))
                if rng.random() < 0.12:
                    spec.plants.append(Plant("article_count", "media.articles", rng.choice((-3, -2, 2, 4))))
                if rng.random() < 0.1:
                    spec.plants.append(Plant("event_total", "events.actual", rng.randint(2, 9)))
                if spec.layout != "plan" and (key, spec.compare.code) in have and rng.random() < 0.3:
                    metric = rng.choice(("users.registered", "visits.total", "loans.total"))
                    spec.plants.append(Plant("prior_mismatch", metric, rng.randint(40, 400)))
                out.append(spec)
                have.add((key, p.code))
            block += 1
        rnd += 1
    return out


# -- writing numbers ---------------------------------------------------------------------------------


def fmt_int(n: int, style: str, signed: bool = False) -> str:
    sign = ("+" if n > 0 else "-" if n < 0 else "") if signed else ("-" if n < 0 else "")
    n = abs(n)
    if style == "plain" or n < 1000:
        body = str(n)
    else:
        body = f"{n:,}".replace(",", "\u00a0" if style == "nbsp" else " ")
    return sign + body


def fmt_dec(x: float, signed: bool = False) -> str:
    s = f"{abs(x):.1f}".replace(".", ",")
    if signed:
        return ("+" if x > 0 else "-" if x < 0 else "") + s
    return ("-" if x < 0 else "") + s


def fmt_val(metric: str, v: float, style: str, signed: bool = False) -> str:
    return fmt_dec(v, signed) if metric in RATIOS else fmt_int(int(v), style, signed)


# -- rendering ---------------------------------------------------------------------------------------


class Writer:
    """One report: draws every phrase from the bank with its own random
    stream and records the gold as it writes."""

    def __init__(self, spec: OtherSpec, truth: dict[int, Year], seed: str, plants_of: dict[str, list[Plant]]):
        self.s = spec
        self.sys = ph.SYSTEMS[spec.library]
        self.rng = random.Random(f"{seed}:{spec.stem}:other-text")
        self.seed = seed
        self.p, self.c = spec.period, spec.compare
        self.own = figures(truth, self.p)
        self.prior = figures(truth, self.c)
        self.facts: list[dict] = []
        self.checks: list[dict] = []
        self.stats: list[dict] = []
        self.items: list = []
        self.lang = "kk" if spec.lang in ("kk", "kkru") else "ru"
        self.articles_listed = articles_count(seed, spec.library, self.p)
        self.articles_stated = self.articles_listed + sum(pl.delta for pl in spec.plants if pl.kind == "article_count")
        prior_plants = plants_of.get(self.c.code, [])
        self.prior_articles = articles_count(seed, spec.library, self.c) + sum(
            pl.delta for pl in prior_plants if pl.kind == "article_count")
        for pl in spec.plants:
            if pl.kind == "prior_mismatch":
                self.prior.values[pl.metric] += pl.delta
                self.recompute(self.prior)

    @staticmethod
    def recompute(f: Figs) -> None:
        v = f.values
        v["ratio.reading"] = ratio(int(v["loans.total"]), int(v["users.registered"]))
        v["ratio.attendance"] = ratio(int(v["visits.total"]), int(v["users.registered"]))
        v["ratio.turnover"] = ratio(int(v["loans.total"]), int(v["fund.end"]))
        v["coverage.population_pct"] = ratio(int(v["users.registered"]), f.unmatched["population"], 100)

    # -- phrases
    def pick(self, options):
        return self.rng.choice(options)

    def fields(self, p: OPeriod, lang: str) -> dict[str, Any]:
        n = p.number
        return {"y": p.year, "qk": ph.KK_ROMAN.get(n, ""), "qo": ph.KK_ORD.get(n, ""), "q": ph.RU_ROMAN.get(n, ""),
                "qn": n, "qw": ph.RU_ORD_GEN.get(n, "")}

    def phrase(self, table: dict, lang: str, p: OPeriod) -> str:
        return self.pick(table[lang][p.kind]).format(**self.fields(p, lang))

    def label(self, metric: str, lang: str) -> str:
        if self.s.lang == "kkru":
            kk, ru = self.pick(ph.ROW_LABELS[metric]["kk"]), self.pick(ph.ROW_LABELS[metric]["ru"])
            return self.pick((f"{kk} / {ru}", f"{kk} ({ru})", f"{kk}\n{ru}"))
        # a system keeps its wording for a few years, then it drifts; now and then a report words it its own way
        habit = random.Random(f"{self.seed}:{self.s.library}:{self.p.year // 3}:{metric}:{lang}")
        lab = habit.choice(ph.ROW_LABELS[metric][lang])
        if self.rng.random() < 0.3:
            lab = self.pick(ph.ROW_LABELS[metric][lang])
        if self.rng.random() < 0.06:  # a Latin look-alike typed inside a Cyrillic word
            for cyr, lat in (("о", "o"), ("а", "a"), ("е", "e"), ("с", "c"), ("р", "p")):
                if cyr in lab:
                    lab = lab.replace(cyr, lat, 1)
                    break
        return lab

    def name(self, lang: str, genitive: bool = False) -> str:
        forms = [f for f in self.sys["names"] if f[0] <= self.p.year <= f[1] and f[2] == lang]
        if not forms:
            forms = [f for f in self.sys["names"] if f[0] <= self.p.year <= f[1]]
        f = self.pick(forms)
        return f[4] if genitive else f[3]

    def short(self, lang: str, genitive: bool = False) -> str:
        table = self.sys["short_gen"] if genitive and lang == "ru" else self.sys["short"]
        return self.pick(table.get(lang) or table.get("ru") or ["ЦБС"])

    def num(self, metric: str, v: float) -> str:
        return fmt_val(metric, v, self.s.style)

    # -- gold
    def fact(self, metric: str | None, value: float, p: OPeriod, source: str, label: str, *, unit: str | None = None,
             as_of: str | None = None) -> None:
        if metric in RATIOS or metric == "acquisition.budget" or (unit or "").startswith("thousand"):
            value = float(value)
        else:
            value = int(value)
        unit = unit or ph.UNITS.get(metric or "", None)
        if metric == "acquisition.budget" and self.sys["currency"] == "rub":
            unit = "thousand_rub"
        self.facts.append({"metric": metric, "value": value, "unit": unit, "period": p.code, "as_of": as_of,
                           "language": None, "category": None, "source": source, "label": " ".join(label.split())})

    def check(self, name: str, period: str | None, expected: float, actual: float, why: str) -> None:
        self.checks.append({"name": name, "period": period, "expected": expected, "actual": actual,
                            "holds": int(abs(expected - actual) < 1e-6), "why": why})

    # -- sections
    def table(self, rows: list[list[str]], header_rows: int, name: str) -> TableSpec:
        cells = [(r, c, 1, 1, t) for r, row in enumerate(rows) for c, t in enumerate(row)]
        return TableSpec(cells, len(rows), len(rows[0]), header_rows, name)

    def indicators(self) -> list:
        lang, s = self.lang, self.s
        H = ph.HEAD[lang]
        with_unit = self.rng.random() < 0.4
        cap = self.pick(ph.TABLE_CAPTIONS[lang]).format(org_short=self.short(lang), org_short_gen=self.short(lang, True))
        head = [self.pick(H["label"])] + ([self.pick(H["unit"])] if with_unit else [])
        own, prior = self.own.values, self.prior.values
        rows_order = list(INDICATORS)
        if self.rng.random() < 0.5:  # ratios last or right after their parts
            rows_order = ["libraries.count", "users.registered", "coverage.population_pct", "visits.total",
                          "ratio.attendance", "loans.total", "ratio.reading", "fund.end", "ratio.turnover"]
        body = []
        compared = s.layout in ("prev", "both")
        if s.layout == "prev":
            head += [self.phrase(ph.COLUMN, lang, self.c), self.phrase(ph.COLUMN, lang, self.p),
                     self.pick(H["diff"]), self.pick(H["pct"])]
        elif s.layout == "plan":
            head += [self.pick(H["plan"]).format(y=self.p.year), self.pick(H["actual"]), self.pick(H["plan_pct"])]
        else:  # the year before, the plan, the actual, % of plan and the difference from the year before
            head += [self.phrase(ph.COLUMN, lang, self.c), self.pick(H["plan"]).format(y=self.p.year),
                     self.phrase(ph.COLUMN, lang, self.p), self.pick(H["plan_pct"]), self.pick(H["diff"])]
        for m in rows_order:
            lab = self.label(m, lang)
            row = [lab] + ([self.pick(ph.ROW_UNITS[m][lang])] if with_unit else [])
            cur = own[m]
            self.fact(m, cur, self.p, "table", lab)
            if compared:
                pre = prior[m]
                self.fact(m, pre, self.c, "table", lab)
                if m in RATIOS:
                    diff = half_up(Decimal(str(cur)) - Decimal(str(pre)))
                    self.check(f"diff[{m}]", self.p.code, diff, half_up(cur - pre), f"{cur} - {pre}")
                    diff_s, pct_s = fmt_dec(diff, True), ""
                else:
                    diff = int(cur - pre)
                    self.check(f"diff[{m}]", self.p.code, diff, int(cur) - int(pre), f"{cur} - {pre}")
                    diff_s = fmt_int(diff, s.style, True)
                    pct = ratio(int(cur), int(pre), 100)
                    pct_s = fmt_dec(pct)
                    if s.layout == "prev":
                        self.check(f"pct[{m}]", self.p.code, pct, ratio(int(cur), int(pre), 100),
                                   f"{cur} / {pre} x 100")
            if s.layout in ("plan", "both"):
                if m in RATIOS:
                    plan = half_up(cur * self.rng.uniform(0.96, 1.04))
                    plan_pct = half_up(Decimal(str(cur)) * 100 / Decimal(str(plan)))
                else:
                    plan = int(cur / self.rng.uniform(0.97, 1.05)) if m != "libraries.count" else int(cur)
                    plan_pct = ratio(int(cur), plan, 100)
                self.check(f"plan_pct[{m}]", self.p.code, plan_pct,
                           half_up(Decimal(str(cur)) * 100 / Decimal(str(plan))), f"actual {cur} / plan {plan} x 100")
            if s.layout == "prev":
                row += [self.num(m, pre), self.num(m, cur), diff_s, pct_s]
            elif s.layout == "plan":
                row += [self.num(m, plan), self.num(m, cur), fmt_dec(plan_pct)]
            else:
                row += [self.num(m, pre), self.num(m, plan), self.num(m, cur), fmt_dec(plan_pct), diff_s]
            body.append(row)
        for f, p in ((own, self.p), (prior, self.c)) if compared else ((own, self.p),):
            pop = (self.own if p == self.p else self.prior).unmatched["population"]
            self.check("ratio[ratio.reading]", p.code, f["ratio.reading"],
                       ratio(int(f["loans.total"]), int(f["users.registered"])), "loans / users")
            self.check("ratio[ratio.attendance]", p.code, f["ratio.attendance"],
                       ratio(int(f["visits.total"]), int(f["users.registered"])), "visits / users")
            self.check("ratio[ratio.turnover]", p.code, f["ratio.turnover"],
                       ratio(int(f["loans.total"]), int(f["fund.end"])), "loans / fund")
            if p == self.p:  # the report states the population of its own period only
                self.check("ratio[coverage.population_pct]", p.code, f["coverage.population_pct"],
                           ratio(int(f["users.registered"]), pop, 100), f"users / population {pop} x 100")
        return [Para(cap, "caption"), self.table([head] + body, 1, "indicators")]

    def sentence(self, metric: str, f: Figs, with_prev: bool, thousands: bool = False) -> str:
        lang = self.lang
        v = f.values[metric] if metric in f.values else None
        tpl = self.pick(ph.SENTENCES[metric][lang])
        within = self.phrase(ph.WITHIN, lang, self.p)
        unit = None
        if thousands:
            t = half_up(Decimal(int(v)) / 1000)
            written = self.pick(ph.THOUSANDS[lang]).format(t=fmt_dec(t).replace(",0", "") if t == int(t) else fmt_dec(t))
            unit = ph.THOUSAND_UNITS[ph.UNITS[metric]]
            self.fact(metric, t, self.p, "text", ph.ROW_LABELS[metric][lang][0], unit=unit)
        else:
            written = self.num(metric, v)
            self.fact(metric, v, self.p, "text", ph.ROW_LABELS[metric][lang][0])
        text = tpl.format(p=within, p_low=within[:1].lower() + within[1:], v=written,
                          org_short=self.short(lang), org_short_gen=self.short(lang, True))
        text = text[:1].upper() + text[1:]
        if with_prev and not thousands:
            pv = self.prior.values[metric]
            tail = self.pick(ph.PREV_TAIL[lang]).format(pp=self.phrase(ph.BEFORE, lang, self.c),
                                                        prev=self.num(metric, pv), py=self.c.year)
            text = text[:-1] + tail + text[-1]
            self.fact(metric, pv, self.c, "text", ph.ROW_LABELS[metric][lang][0])
        return text

    def main_section(self) -> list:
        lang = self.lang
        out: list = [Para(self.pick(ph.SECTIONS[lang]["main"]), "section"),
                     Para(self.pick(ph.NARRATIVE[lang]["intro"]))]
        out += self.indicators()
        said = []
        for m in ("users.registered", "visits.total", "loans.total"):
            if self.rng.random() < 0.8:
                thousands = m != "users.registered" and self.rng.random() < 0.35
                said.append(self.sentence(m, self.own, with_prev=self.rng.random() < 0.5, thousands=thousands))
        for m in ("ratio.reading", "ratio.attendance", "ratio.turnover", "coverage.population_pct"):
            if self.rng.random() < 0.45:
                said.append(self.sentence(m, self.own, with_prev=False))
        if said:
            out.append(Para(" ".join(said)))
        return out

    def unmatched_sentence(self, key: str) -> str:
        u = ph.UNMATCHED[key]
        v = self.own.unmatched[key]
        self.fact(None, v, self.p, "text", u[self.lang][0], unit=u["unit"])
        return self.pick(u[self.lang + "_s"]).format(v=fmt_int(v, self.s.style))

    def network_section(self) -> list:
        lang = self.lang
        out: list = [Para(self.pick(ph.SECTIONS[lang]["network"]), "section")]
        said = [self.sentence("libraries.count", self.own, with_prev=False), self.unmatched_sentence("population")]
        out.append(Para(" ".join(said)))
        rows = [list(ph.EQUIP_HEAD[lang])]
        for key in ("computers", "internet_libraries", "clubs", "site_visits"):
            u = ph.UNMATCHED[key]
            lab = self.pick(u[lang])
            rows.append([lab, fmt_int(self.own.unmatched[key], self.s.style)])
            self.fact(None, self.own.unmatched[key], self.p, "table", lab, unit=u["unit"])
        out += [Para(self.pick(ph.EQUIP_CAPTION[lang]), "caption"), self.table(rows, 1, "equipment")]
        return out

    def fund_section(self) -> list:
        lang, s = self.lang, self.s
        F = ph.FUND_HEAD[lang]
        fu = self.own.fund
        d0 = self.p.start
        d1 = self.p.end_date
        datefmt = (lambda d: f"{d.year}.{d.month:02d}.{d.day:02d}") if lang == "kk" else (
            lambda d: f"{d.day:02d}.{d.month:02d}.{d.year}")
        start_h = self.pick(F["start"])
        end_h = self.pick(F["end"])
        dated = "{d}" in start_h and "{d}" in end_h
        if not dated:
            start_h, end_h = start_h.replace("{d}", datefmt(d0)), end_h.replace("{d}", datefmt(d1))
        else:
            start_h, end_h = start_h.format(d=datefmt(d0)), end_h.format(d=datefmt(d1))
        head = [self.pick(F["label"]), start_h, self.pick(F["received"]), self.pick(F["withdrawn"]), end_h]
        row = [self.pick(ph.FUND_ROW[lang])] + [fmt_int(fu[k], s.style) for k in ("start", "received", "withdrawn", "end")]
        for k, h in (("start", head[1]), ("received", head[2]), ("withdrawn", head[3]), ("end", head[4])):
            as_of = None
            if dated and k == "start":
                as_of = d0.isoformat()
            elif dated and k == "end":
                as_of = d1.isoformat()
            self.fact(f"fund.{k}", fu[k], self.p, "table", h, as_of=as_of)
        total = fu["start"] + fu["received"] - fu["withdrawn"]
        self.check("fund_balance", self.p.code, fu["end"], total,
                   f"{fu['start']} + {fu['received']} - {fu['withdrawn']} = {total}, stated {fu['end']}")
        out: list = [Para(self.pick(ph.SECTIONS[lang]["fund"]), "section"),
                     Para(self.pick(ph.FUND_CAPTION[lang]), "caption"), self.table([head, row], 1, "fund")]
        b = self.own.budget
        tpl = self.pick(ph.SENTENCES["acquisition.budget"][lang])
        if self.sys["currency"] == "rub":
            tpl = tpl.replace("тыс. тенге", "тыс. руб")
        out.append(Para(tpl.format(v=fmt_dec(b / 10))))
        self.fact("acquisition.budget", b / 10, self.p, "text", ph.TEXT_LABELS["acquisition.budget"][lang])
        return out

    def info_section(self) -> list:
        lang = self.lang
        cat = self.own.catalog
        text = self.pick(ph.SENTENCES["catalog.records"][lang]).format(v=fmt_int(cat, self.s.style))
        self.fact("catalog.records", cat, self.p, "text", ph.TEXT_LABELS["catalog.records"][lang])
        return [Para(self.pick(ph.SECTIONS[lang]["info"]), "section"), Para(text),
                Para(self.unmatched_sentence("site_visits"))]

    def events_section(self) -> list:
        lang, s = self.lang, self.s
        E = ph.EVENT_HEAD[lang]
        out: list = [Para(self.pick(ph.SECTIONS[lang]["events"]), "section")]
        out += self.narrative()
        cnt, ppl = self.pick(E["count"]), self.pick(E["people"])
        rows = [[self.pick(E["label"]), self.phrase(ph.COLUMN, lang, self.c), "", self.phrase(ph.COLUMN, lang, self.p), ""],
                ["", cnt, ppl, cnt, ppl]]
        tot_p, tot_c = [0, 0], [0, 0]
        row_no = 0
        body = []
        for i, form in enumerate(ph.EVENT_FORMS):
            a, b = self.prior.events[i], self.own.events[i]
            if a[0] == 0 and b[0] == 0:
                continue
            row_no += 1
            lab = self.pick(form[1] if lang == "kk" else form[2])
            body.append([lab] + [fmt_int(x, s.style) for x in (*a, *b)])
            for period, (n, people) in ((self.c, a), (self.p, b)):
                self.stats.append({"row_no": row_no, "label": lab, "event_type": form[0], "period": period.code,
                                   "plan": None, "actual": n, "participants": people})
            tot_p = [tot_p[0] + a[0], tot_p[1] + a[1]]
            tot_c = [tot_c[0] + b[0], tot_c[1] + b[1]]
        col_c = list(tot_c)
        for pl in s.plants:
            if pl.kind == "event_total":
                tot_c[0] += pl.delta
        total_label = self.pick(E["total"])
        body.append([total_label] + [fmt_int(x, s.style) for x in (*tot_p, *tot_c)])
        for period, (n, people), col in ((self.c, tot_p, tot_p), (self.p, tot_c, col_c)):
            self.stats.append({"row_no": row_no + 1, "label": total_label, "event_type": "total", "period": period.code,
                               "plan": None, "actual": n, "participants": people})
            self.fact("events.actual", n, period, "table", total_label)
            self.fact("events.participants", people, period, "table", total_label)
            self.check(f"event_totals[{period.code}].actual", period.code, n, col[0],
                       f"column sums to {col[0]}, the total row states {n}")
            self.check(f"event_totals[{period.code}].participants", period.code, people, col[1],
                       f"column sums to {col[1]}, the total row states {people}")
        t = self.table(rows + body, 2, "events")
        # merge the period headers over their two sub-columns
        cells = [c for c in t.cells if not (c[0] == 0 and c[1] in (1, 2, 3, 4))]
        cells += [(0, 1, 1, 2, rows[0][1]), (0, 3, 1, 2, rows[0][3])]
        cells = [c for c in cells if not (c[0] in (0, 1) and c[1] == 0)] + [(0, 0, 2, 1, rows[0][0])]
        t.cells = sorted(cells)
        out += [Para(self.pick(ph.EVENT_CAPTION[lang]), "caption"), t]
        return out

    def narrative(self) -> list:
        lang = self.lang
        N = ph.NARRATIVE[lang]
        out = []
        for k in range(self.rng.randint(68, 76)):
            form = self.pick(ph.EVENT_FORMS)
            noun = form[3] if lang == "kk" else form[4]
            place = self.pick(N["place"]).format(n=self.rng.randint(1, self.sys["libraries"]), v=self.pick(N["villages"]))
            lead = self.pick(N["lead"]).format(occ=self.pick(N["occ"]), place=place, aud=self.pick(N["aud"]),
                                               title=self.pick(N["titles"]), noun=noun)
            text = " ".join([lead[:1].upper() + lead[1:]] + self.rng.sample(N["detail"], self.rng.randint(4, 6)))
            out.append(Para(text))
        return out

    def media_section(self) -> tuple[list, list[dict]]:
        lang = self.lang
        tpl = self.pick(ph.SENTENCES["media.articles"][lang])
        within = self.phrase(ph.WITHIN, lang, self.p)
        text = tpl.format(p=within, v=self.articles_stated)
        text = text[:1].upper() + text[1:]
        self.fact("media.articles", self.articles_stated, self.p, "text", ph.TEXT_LABELS["media.articles"][lang])
        if self.rng.random() < 0.5:
            tail = self.pick(ph.PREV_TAIL[lang]).format(pp=self.phrase(ph.BEFORE, lang, self.c), prev=self.prior_articles,
                                                        py=self.c.year)
            text = text[:-1] + tail + text[-1]
            self.fact("media.articles", self.prior_articles, self.c, "text", ph.TEXT_LABELS["media.articles"][lang])
        self.check("count_listed[media.articles]", self.p.code, self.articles_stated, self.articles_listed,
                   f"{self.articles_stated} articles stated, {self.articles_listed} listed")
        out: list = [Para(self.pick(ph.SECTIONS[lang]["media"]), "section"), Para(text)]
        cites = []
        arng = random.Random(f"{self.seed}:{self.s.library}:{self.p.code}:article-list")
        arts = sorted((self.article(arng) for _ in range(self.articles_listed)), key=lambda a: a["date"])
        for seq, a in enumerate(arts, 1):
            out.append(ListItem(seq, a.pop("text"), 1))
            cites.append({"list_no": 1, "seq": seq, "kind": "article", **a})
        return out, cites

    def article(self, rng: random.Random) -> dict:
        name, source_id, lang = rng.choice(ph.NEWSPAPERS[self.s.library])
        q0, q1 = self.p.quarters[0], self.p.quarters[-1]
        month = rng.randint(3 * q0 - 2, 3 * q1)
        day = rng.randint(1, 28)
        date = _dt.date(self.p.year, month, day)
        issue = str(rng.randint(1, 52))
        pages = str(rng.randint(1, 12))
        title = rng.choice(ph.ARTICLE_TITLES[lang])
        sur = rng.choice(ph.SURNAMES[lang])
        ini = rng.choice("АБГДЕЖКЛМНРСТ")
        if lang == "kk":
            months = ("қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек",
                      "қазан", "қараша", "желтоқсан")
            text = f"{sur}, {ini}. {title} / {ini}.{sur} // {name}. – {date.year}. – {day} {months[month - 1]} (№{issue}). – {pages} б."
        else:
            months = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
                      "октября", "ноября", "декабря")
            text = f"{sur}, {ini}. {title} / {ini}.{sur} // {name}. - {date.year}. - {day} {months[month - 1]} (№{issue}). - С. {pages}."
        return {"text": text, "authors": [f"{sur}, {ini}."], "title": title, "subtitle": None,
                "responsibility": f"{ini}.{sur}", "source": name, "source_id": source_id, "year": date.year,
                "date": date.isoformat(), "issue": issue, "volume": None, "pages": pages, "place": None,
                "publisher": None, "language": lang, "duplicate_of": None}

    def title(self) -> tuple[list, str]:
        lang = self.lang
        t = self.pick(ph.TITLES[lang][self.p.kind]).format(org=self.name(lang, genitive=True), **self.fields(self.p, lang))
        paras = []
        addressee = self.pick(ph.ADDRESSEE[lang])
        if addressee:
            paras.append(Para(addressee, "addressee"))
        paras.append(Para(self.name(lang), "body"))
        paras.append(Para(t, "title"))
        if self.s.lang == "kkru":
            t_ru = self.pick(ph.TITLES["ru"][self.p.kind]).format(org=self.name("ru", genitive=True),
                                                                   **self.fields(self.p, "ru"))
            paras.append(Para(t_ru, "title"))
        return paras, t

    def build(self) -> tuple[Doc, list[dict]]:
        head, title = self.title()
        sections = {"main": self.main_section(), "network": self.network_section(), "fund": self.fund_section()}
        if self.s.lang == "kkru":  # a bilingual report: the Russian half of the staff writes these sections
            self.lang = "ru"
        sections["info"] = self.info_section()
        sections["events"] = self.events_section()
        media, cites = self.media_section()
        sections["media"] = media
        self.lang = "kk" if self.s.lang in ("kk", "kkru") else "ru"
        order = ["main", "network", "fund", "info", "events", "media"]
        if self.rng.random() < 0.4:
            order = ["main", "fund", "network", "events", "media", "info"]
        items = head + [x for k in order for x in sections[k]]
        items += [Para(self.pick(ph.SECTIONS[self.lang]["end"]), "section"),
                  Para(" ".join(self.rng.sample(ph.NARRATIVE[self.lang]["end"], 2)))]
        items.append(Para(f"{self.pick(ph.SIGN[self.lang])} {self.rng.choice('АБГДЕЖКЛМНРСТ')}."
                          f"{self.pick(ph.SURNAMES[self.lang])}", "signature"))
        if self.s.latin:
            items = [latinize(i, self.s.latin) for i in items]
            title = ph.to_latin(title, self.s.latin)
        items.append(Para(MARKER, "marker"))
        return Doc(self.s.stem, self.lang, title, items), cites


def latinize(item, alphabet: str):
    """A paragraph or table of a Latin-script report (the press list keeps its sources' script)."""
    if isinstance(item, Para) and item.role != "marker":
        return Para(ph.to_latin(item.text, alphabet), item.role)
    if isinstance(item, TableSpec):
        return TableSpec([(r, c, rs, cs, ph.to_latin(t, alphabet)) for r, c, rs, cs, t in item.cells],
                         item.n_rows, item.n_cols, item.header_rows, item.name)
    return item


@dataclass
class Built:
    spec: OtherSpec
    doc: Doc
    facts: list[dict]
    stats: list[dict]
    checks: list[dict]
    citations: list[dict]
    metadata: dict

    @property
    def period(self) -> OPeriod:
        return self.spec.period


def build(spec: OtherSpec, truth: dict[int, Year], seed: str, plants_of: dict[str, list[Plant]]) -> Built:
    w = Writer(spec, truth, seed, plants_of)
    doc, cites = w.build()
    if spec.latin:
        for f in w.facts + w.stats:
            f["label"] = ph.to_latin(f["label"], spec.latin)
    meta = {"period": spec.period.code, "organization": spec.library,
            "language": {"kkru": "kk+ru"}.get(spec.lang, spec.lang), "script": "Latn" if spec.latin else "Cyrl"}
    return Built(spec, doc, w.facts, w.stats, w.checks, cites, meta)
