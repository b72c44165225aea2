"""Checks: the arithmetic a report implies, evaluated and stored.

A report states totals and the parts they are made of: the library fund at
the start, what came in, what went out and the fund at the end; a number of
acquired copies and how many of them are fiction and children's books; a
staff headcount and its civil servants and technical staff; an event table
with a total row; "44 articles were published" above a list of them.  This
plugin recomputes each relation from the records the extractors produced and
stores the verdict in ``checks``:

=====================  ==========================================================
name                   relation
=====================  ==========================================================
``fund_balance``       fund.start + fund.received - fund.withdrawn = fund.end
                       (``fund_balance[kk]`` for the Kazakh-language part, and so
                       on for other languages and categories)
``parts_total[M]``     a metric's whole = the sum of its categories
                       (``parts_total[M][kk]`` within one language)
``parts_total[M]``     for composite metrics: staff.headcount =
                       staff.civil_servants + staff.technical
``event_totals[P].C``  an event table's stated total of column C (plan, actual,
                       participants) in period P = the sum of its rows (not
                       its sub-rows, nor a department's or direction's
                       row beside the forms that add up to it; no more
                       than the total when the caption says the table
                       shows some forms only)
``count_listed[M]``    a stated count (media.articles) = the items listed
                       (citations of kind ``article``)
``ratio[R]``           a stated ratio = its parts, rounded as the report rounds:
                       ratio.reading = loans.total / users.registered,
                       ratio.attendance = visits.total / users.registered,
                       ratio.turnover = loans.total / fund.end,
                       ratio.book_supply = fund.end / users.registered,
                       coverage.population_pct = users.registered /
                       population.served x 100
``stated_difference``  a table's ± column = this period - the compared one
``stated_percent``     a table's % column = this / the compared one x 100 (the
                       actual over the plan in a plan table; or the change,
                       x 100 - 100, when the column states that); both found by
                       the facts reader in the table (``extractor`` 'facts'); a
                       column headed as the plan's fulfilment is the period's
                       figure over the plan column of its row
                       (:func:`plan_percent`)
``events_named``       the events the prose names of each type are no more than
                       the summary table counts (made by the events register,
                       ``extractor`` 'events'; not kept against a table none of
                       whose rows is of a type, see :func:`applicable`)
=====================  ==========================================================

``expected`` is always the figure the report states (the total, the end
balance, the count), ``actual`` what its parts add up to; ``holds`` is 1 when
they agree.  A check whose inputs are missing or ambiguous is not emitted:
nothing is guessed, and no source record is ever changed.

The checks run in ``prepare_records`` (after every extractor) on the records
of one document; they rely on this contract:

* ``facts``: ``values`` with ``metric``, ``value``, ``period``, ``as_of``,
  ``language`` (None for all languages) and ``category`` (None for the whole;
  the categories of one metric are disjoint parts of it);
* ``event_stats`` (``esep.plugins.events.stats``): rows with ``period``,
  ``plan``/``actual``/``participants``, ``is_total`` and the table columns
  the numbers came from;
* ``citations``: ``values`` with ``kind`` ('article' | 'book').
"""

from __future__ import annotations

import datetime as _dt
import logging
import re
from typing import Any, Iterable

from sqlite_utils.migrations import Migrations

from esep import hookimpl
from esep.model import Document, Provenance, Record
from esep.registry import Evaluator
from esep.storage import RECORD_COLUMNS_SQL
from esep.plugins.events.headers import SUB_ROW_RE, is_total_label
from esep.plugins.facts.common import LISTED_ONLY_RE
from esep.plugins.lang.numbers import PER_INHABITANT_RE
from esep.plugins.lang.periods import parse_period, period_from_code

log = logging.getLogger(__name__)

TABLE = "checks"
EXTRACTOR = "checks"

FUND = ("fund.start", "fund.received", "fund.withdrawn", "fund.end")
#: metric -> the metrics whose sum it is (general relations of library statistics)
COMPOSITES: dict[str, tuple[str, ...]] = {
    "staff.headcount": ("staff.civil_servants", "staff.technical"),
}
#: stated count metric -> the citation kind whose items it counts
LISTED: dict[str, str] = {
    "media.articles": "article",
}
EVENT_COLUMNS = ("plan", "actual", "participants")


# -- small helpers ------------------------------------------------------------

def _num(v: Any) -> float | None:
    if isinstance(v, bool) or v is None:
        return None
    if isinstance(v, (int, float)):
        return float(v)
    try:
        return float(str(v).replace(",", ".").replace(" ", ""))
    except ValueError:
        return None


def _clean(v: float) -> int | float:
    v = round(v, 6)
    return int(v) if float(v).is_integer() else v


def _fmt(v: float | None) -> str:
    return "—" if v is None else str(_clean(v))


def _agree(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


def _suffix(*parts: str | None) -> str:
    parts_ = [p for p in parts if p]
    return f"[{','.join(parts_)}]" if parts_ else ""


def _confidence(records: Iterable[Record]) -> float:
    return round(min((r.confidence for r in records), default=1.0), 3)


def _distinct(records: list[Record]) -> list[Record]:
    """The records with distinct numeric values (a figure quoted twice is one,
    and so is a figure restated in thousands: "393,6 мың дана" beside
    "393 579" is that figure rounded, not another one)."""
    out: list[Record] = []
    seen: set[float] = set()
    exact = [v for r in records if not str(r.values.get("unit") or "").startswith("thousand_")
             and (v := _num(r.values.get("value"))) is not None]
    for r in records:
        v = _num(r.values.get("value"))
        if v is None:
            continue
        if str(r.values.get("unit") or "").startswith("thousand_") and not _money_unit(r) and any(
                abs(x / 1000 - v) <= 0.05 + 1e-9 for x in exact):
            continue
        key = round(v, 6)
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out


def _money_unit(r: Record) -> bool:
    """A sum of money (thousands of tenge or roubles are the unit money is
    counted in, not a rounding)."""
    u = str(r.values.get("unit") or "")
    return u.endswith("_kzt") or u.endswith("_rub")


def _key(r: Record) -> tuple[Any, Any]:
    return (r.values.get("period"), r.values.get("as_of"))


def _combos(by_metric: dict[str, list[Record]], metrics: tuple[str, ...]) -> list[dict[str, Record]]:
    """One fact per metric, for every way the facts can be paired without
    guessing: each metric has one value, or the facts sharing a period and
    as_of date have one value each."""
    uniq = {m: _distinct(by_metric.get(m, [])) for m in metrics}
    if any(not uniq[m] for m in metrics):
        return []
    if all(len(uniq[m]) == 1 for m in metrics):
        return [{m: uniq[m][0] for m in metrics}]
    out = []
    keys = sorted({_key(r) for m in metrics for r in uniq[m]}, key=repr)
    for k in keys:
        sel = {m: [r for r in uniq[m] if _key(r) == k] for m in metrics}
        if all(len(v) == 1 for v in sel.values()):
            out.append({m: v[0] for m, v in sel.items()})
    if not out:
        log.debug("facts for %s cannot be paired without guessing", metrics)
    return out


def _check(name: str, kind: str, expected: float, actual: float, *, period: str | None,
           details: str, source: Record | None, inputs: Iterable[Record],
           evidence: str | None = None, provenance: Provenance | None = None,
           table_index: int | None = None, cell: tuple[int, int] | None = None) -> Record:
    holds = _agree(expected, actual)
    src = source
    return Record(
        TABLE,
        {"name": name, "kind": kind, "period": period, "expected": _clean(expected),
         "actual": _clean(actual), "holds": int(holds),
         "details": details + ("" if holds else f"; actual - expected = {_fmt(actual - expected)}")},
        evidence=evidence if evidence is not None else (src.evidence if src else None),
        confidence=_confidence(inputs),
        provenance=provenance if provenance is not None else (src.provenance if src else None),
        block=src.block if src and provenance is None else None,
        table_index=table_index if table_index is not None else (src.table_index if src else None),
        cell=cell if cell is not None else (src.cell if src else None),
        extractor=EXTRACTOR,
    )


# -- fund balance -------------------------------------------------------------

def _shift(iso: str, days: int) -> str:
    return (_dt.date.fromisoformat(iso) + _dt.timedelta(days=days)).isoformat()


def _at(records: list[Record], period: str | None, dates: set[str]) -> list[Record]:
    return [r for r in records if (period and r.values.get("period") == period)
            or (r.values.get("as_of") in dates)]


def _stock_of(stocks: list[Record], period: str, dates: set[str]) -> list[Record]:
    """The one stock that belongs to a period: the only one there is, the one
    stated for that period (a table with a row per period), or the one
    measured at the period's start or end date."""
    if len(stocks) == 1:
        return stocks
    same = [r for r in stocks if r.values.get("period") == period and not r.values.get("as_of")]
    return same if len(same) == 1 else _at(stocks, None, dates)


def _continuity(combos: list[tuple[str | None, dict[str, Record]]], cat: str | None,
                lang: str | None) -> list[Record]:
    """Where a table gives consecutive periods, one period's closing fund is
    the next one's opening fund."""
    out = []
    known = sorted(((period_from_code(p), c) for p, c in combos if p and period_from_code(p)),
                   key=lambda pc: (pc[0].start, pc[0].end))
    for (p0, c0), (p1, c1) in zip(known, known[1:]):
        if _shift(p0.end, 1) != p1.start:
            continue
        end, start = _num(c0["fund.end"].values["value"]), _num(c1["fund.start"].values["value"])
        out.append(_check("fund_continuity" + _suffix(cat, lang), "fund_continuity", end, start,
                          period=p1.code, details=f"the {p0.code} fund ends at {_fmt(end)}; "
                                                  f"the {p1.code} fund starts at {_fmt(start)}",
                          source=c1["fund.start"], inputs=[c0["fund.end"], c1["fund.start"]]))
    return out


def fund_balance_checks(facts: list[Record], doc_period: str | None) -> list[Record]:
    groups: dict[tuple[Any, Any], dict[str, list[Record]]] = {}
    for r in facts:
        m = r.values.get("metric")
        if m in FUND:
            key = (r.values.get("language"), r.values.get("category"))
            groups.setdefault(key, {}).setdefault(m, []).append(r)
    out = []
    for (lang, cat), by in sorted(groups.items(), key=lambda kv: repr(kv[0])):
        uniq = {m: _distinct(by.get(m, [])) for m in FUND}
        if any(not uniq[m] for m in FUND):
            continue
        combos: list[tuple[str | None, dict[str, Record]]] = []
        if all(len(uniq[m]) == 1 for m in FUND):
            period = uniq["fund.received"][0].values.get("period") or uniq["fund.withdrawn"][0].values.get("period")
            combos.append((period or doc_period, {m: uniq[m][0] for m in FUND}))
        else:
            # pair the flows of one period with the stocks at its start and end
            for period in sorted({r.values.get("period") for r in uniq["fund.received"]} - {None}):
                p = period_from_code(period)
                if p is None:
                    continue
                rec = [r for r in uniq["fund.received"] if r.values.get("period") == period]
                wd = [r for r in uniq["fund.withdrawn"] if r.values.get("period") == period]
                st, en = _stock_of(uniq["fund.start"], period, {p.start, _shift(p.start, -1)}), \
                    _stock_of(uniq["fund.end"], period, {p.end, _shift(p.end, 1)})
                if all(len(x) == 1 for x in (rec, wd, st, en)):
                    combos.append((period, {"fund.start": st[0], "fund.received": rec[0],
                                            "fund.withdrawn": wd[0], "fund.end": en[0]}))
        out += _continuity(combos, cat, lang)
        for period, c in combos:
            s, rc, w, e = (_num(c[m].values["value"]) for m in FUND)
            computed = s + rc - w
            details = (f"start {_fmt(s)} + received {_fmt(rc)} - withdrawn {_fmt(w)} = {_fmt(computed)}; "
                       f"stated end {_fmt(e)}")
            out.append(_check("fund_balance" + _suffix(cat, lang), "fund_balance", e, computed,
                              period=period, details=details, source=c["fund.end"], inputs=c.values()))
    return out


# -- parts against totals -----------------------------------------------------

def category_parents() -> dict[str, str]:
    """category -> the category it is a part of ("within" in schemas/metrics.json)."""
    from esep.plugins.vocab import builtin_vocabulary

    return {c["id"]: c["within"] for c in builtin_vocabulary("metrics").get("categories", []) if c.get("within")}


#: categories that do not partition their whole: groups of readers (children and youth leave the adults out, and
#: a reader of 14 may be counted in both)
_NO_PARTITION = ("readers:",)


def _paid_beside(facts: list[Record], total: Record) -> dict[str, list[Record]]:
    """The paid services a table of funding sources lists beside its sources
    (another metric, but a source of the money its total counts): the
    uncategorized figure of ``finance.paid_services`` of the total's table,
    period and language, as a part named after its metric."""
    if total.table_index is None:
        return {}
    v = total.values
    paid = [r for r in facts if r.values.get("metric") == "finance.paid_services" and not r.values.get("category")
            and r.table_index == total.table_index and r.values.get("period") == v.get("period")
            and r.values.get("language") == v.get("language") and _num(r.values.get("value")) is not None]
    return {"finance.paid_services": paid} if paid else {}


def parts_total_checks(facts: list[Record]) -> list[Record]:
    """A metric's whole against the sum of its categories, and composite
    metrics against their component metrics."""
    out = []
    groups: dict[tuple[Any, ...], list[Record]] = {}
    for r in facts:
        v = r.values
        if v.get("metric") and _num(v.get("value")) is not None:
            groups.setdefault((v["metric"], v.get("language"), v.get("period"), v.get("as_of")), []).append(r)
    within = category_parents()
    for (metric, lang, period, _as_of), rs in sorted(groups.items(), key=lambda kv: repr(kv[0])):
        whole = _distinct([r for r in rs if not r.values.get("category")])
        parts: dict[str, list[Record]] = {}
        for r in rs:
            if r.values.get("category") and not r.values["category"].startswith(_NO_PARTITION):
                parts.setdefault(r.values["category"], []).append(r)
        if len(whole) == 1 and parts and all(c.startswith("source:") for c in parts):
            parts.update(_paid_beside(facts, whole[0]))
        parts = {k: _distinct(v) for k, v in parts.items()}
        if any(len(v) != 1 for v in parts.values()):
            continue
        # categories nest (fiction and children's literature are parts of
        # books): each level is checked against the level above it
        levels: dict[str | None, list[str]] = {}
        for cat in parts:
            parent = within.get(cat)
            levels.setdefault(parent if parent in parts else None, []).append(cat)
        for parent, cats in sorted(levels.items(), key=lambda kv: kv[0] or ""):
            total_rec = whole[0] if parent is None and len(whole) == 1 else parts[parent][0] if parent else None
            if total_rec is None or len(cats) < 2:
                continue
            items = sorted((c, parts[c][0]) for c in cats)
            if all(c.startswith("branch:") for c in cats) and any(
                    r.table_index is not None and not any(w.table_index == r.table_index and not w.values.get("category")
                                                          for w in rs) for _, r in items):
                # a table of the system's libraries with no total row of its own may list some of them only
                # ("ауылдық кітапханалар", four of twenty-five): no sum of the system's figure stated elsewhere
                continue
            total = _num(total_rec.values["value"])
            computed = sum(_num(r.values["value"]) for _, r in items)
            label = f"{metric}{_suffix(lang)}" + (f" {parent}" if parent else "")
            details = (f"{label} stated {_fmt(total)}; "
                       + " + ".join(f"{k} {_fmt(_num(r.values['value']))}" for k, r in items)
                       + f" = {_fmt(computed)}")
            out.append(_check(f"parts_total[{metric}]" + _suffix(parent, lang), "parts_total", total, computed,
                              period=period, details=details, source=total_rec,
                              inputs=[total_rec] + [r for _, r in items]))
    for whole_metric, part_metrics in COMPOSITES.items():
        by_group: dict[tuple[Any, Any], dict[str, list[Record]]] = {}
        for r in facts:
            m = r.values.get("metric")
            if m == whole_metric or m in part_metrics:
                by_group.setdefault((r.values.get("language"), r.values.get("category")), {}).setdefault(m, []).append(r)
        for (lang, cat), by in sorted(by_group.items(), key=lambda kv: repr(kv[0])):
            for c in _combos(by, (whole_metric, *part_metrics)):
                total = _num(c[whole_metric].values["value"])
                computed = sum(_num(c[m].values["value"]) for m in part_metrics)
                details = (f"{whole_metric} stated {_fmt(total)}; "
                           + " + ".join(f"{m} {_fmt(_num(c[m].values['value']))}" for m in part_metrics)
                           + f" = {_fmt(computed)}")
                period = c[whole_metric].values.get("period")
                out.append(_check(f"parts_total[{whole_metric}]" + _suffix(cat, lang), "parts_total",
                                  total, computed, period=period, details=details,
                                  source=c[whole_metric], inputs=c.values()))
    return out


# -- ratios against their parts -----------------------------------------------

#: ratio metric -> (numerator, denominator, factor): the indicators of library
#: statistics a report states beside the figures they are computed from
RATIOS: dict[str, tuple[str, str, float]] = {
    "ratio.reading": ("loans.total", "users.registered", 1.0),
    "ratio.attendance": ("visits.total", "users.registered", 1.0),
    "ratio.turnover": ("loans.total", "fund.end", 1.0),
    "ratio.book_supply": ("fund.end", "users.registered", 1.0),
    "coverage.population_pct": ("users.registered", "population.served", 100.0),
}


def _decimals_of(r: Record) -> int:
    """How many decimals the report wrote the figure with (its evidence
    when that is the figure alone, else the value's own)."""

    ev = (r.evidence or "").strip()
    m = re.fullmatch(r"[-+]?[\d\s\u00a0]+(?:[.,](\d+))?\s*%?", ev)
    if m:
        return len(m.group(1) or "")
    v = _num(r.values.get("value"))
    s = repr(_clean(v)) if v is not None else ""
    return len(s.split(".")[1]) if "." in s else 0


def _rounds_to(stated: float, computed: float, decimals: int) -> bool:
    """The computed value, rounded as the report rounds, is the stated one."""
    return abs(stated - computed) <= 0.5 * 10 ** -decimals + 1e-9




def _per_inhabitant(r: Record) -> bool:
    """A ratio stated per inhabitant ("Книгообеспеченность на одного жителя"): the population is its
    denominator, not the readers."""
    return bool(PER_INHABITANT_RE.search(" ".join(x for x in (r.evidence, r.values.get("label")) if x)))


def _scaled(r: Record) -> float | None:
    """A figure's value in its base unit: "30,1 мың адам" is 30 100."""
    v = _num(r.values.get("value"))
    unit = str(r.values.get("unit") or "")
    if v is None:
        return None
    return v * 1000 if unit.startswith("thousand_") else v * 1e6 if unit.startswith("million_") else v


def ratio_checks(facts: list[Record]) -> list[Record]:
    """A stated ratio (reading, attendance, turnover, book supply) against
    its numerator over its denominator, rounded as the report rounds it;
    a book supply stated per inhabitant against the population, figures in
    thousands taken as thousands."""
    out = []
    per_inhabitant = [("ratio.book_supply", ("fund.end", "population.served", 1.0), True)]
    for ratio, (num, den, factor), inhabitants in [(k, v, False) for k, v in RATIOS.items()] + per_inhabitant:
        groups: dict[tuple[Any, Any], dict[str, list[Record]]] = {}
        for r in facts:
            m = r.values.get("metric")
            if m in (ratio, num, den):
                groups.setdefault((r.values.get("language"), r.values.get("category")), {}).setdefault(m, []).append(r)
        for (lang, cat), by in sorted(groups.items(), key=lambda kv: repr(kv[0])):
            if ratio not in by:
                continue
            for c in _by_period(by, (ratio, num, den)):
                if ratio == "ratio.book_supply" and _per_inhabitant(c[ratio]) != inhabitants:
                    continue
                stated = _num(c[ratio].values["value"])
                n, d = _scaled(c[num]), _scaled(c[den])
                if not d or n is None or stated is None:
                    continue
                decimals = _decimals_of(c[ratio])
                computed = round(factor * n / d, decimals)
                holds = _rounds_to(stated, factor * n / d, decimals)
                details = (f"{ratio}{_suffix(cat, lang)} stated {_fmt(stated)}; {num} {_fmt(n)} / {den} {_fmt(d)} = "
                           f"{factor * n / d:.4f}, rounded to {decimals} decimals {_fmt(computed)}")
                rec = _check(f"ratio[{ratio}]" + _suffix(cat, lang), "ratio", stated,
                             stated if holds else computed, period=c[ratio].values.get("period"),
                             details=details, source=c[ratio], inputs=c.values())
                out.append(rec)
    return out


def _by_period(by: dict[str, list[Record]], metrics: tuple[str, ...]) -> list[dict[str, Record]]:
    """One fact per metric for each period where every metric has exactly
    one value (a stock measured at a date counts for its period)."""
    out = []
    periods = sorted({r.values.get("period") for r in by.get(metrics[0], [])} - {None})
    for p in periods:
        sel = {}
        for m in metrics:
            rs = _distinct([r for r in by.get(m, []) if r.values.get("period") == p])
            if len(rs) != 1:
                break
            sel[m] = rs[0]
        else:
            out.append(sel)
    return out


def stated_relation_check(kind: str, stated: float, this: float, compared: float, *, decimals: int,
                          series: str, period: str | None, how: str, evidence: str | None,
                          provenance: Provenance | None, table_index: int | None, cell: tuple[int, int] | None,
                          confidence: float = 1.0) -> Record:
    """A ± or % column of a table as a check (the facts reader finds them):
    ``kind`` 'diff' states this − compared, 'pct' states this / compared
    × 100 (the actual over the plan in a plan table) — or the change,
    this / compared × 100 − 100, when that is what the column holds.  The
    computed value is rounded as the report rounds (``decimals``)."""
    if kind == "diff":
        computed, name, desc = this - compared, "stated_difference", f"{_fmt(this)} - {_fmt(compared)}"
    else:
        ratio = 100.0 * this / compared if compared else float("inf")
        computed, desc = ratio, f"{_fmt(this)} / {_fmt(compared)} x 100"
        if abs(stated - (ratio - 100.0)) < abs(stated - ratio):
            computed, desc = ratio - 100.0, desc + " - 100"
        name = "stated_percent"
    holds = computed != float("inf") and _rounds_to(stated, computed, decimals)
    shown = stated if holds else (round(computed, decimals) if computed != float("inf") else 0.0)
    details = f"{series} ({how}): stated {_fmt(stated)}; {desc} = {computed:.4f}"
    return Record(
        TABLE,
        {"name": f"{name}[{series}]" + (f"[{period}]" if period else ""), "kind": name, "period": period,
         "expected": _clean(stated), "actual": _clean(shown), "holds": int(holds),
         "details": details + ("" if holds else f"; actual - expected = {_fmt(shown - stated)}")},
        evidence=evidence, confidence=round(confidence, 3), provenance=provenance,
        table_index=table_index, cell=cell, extractor="facts",
    )


# -- a % column of the plan's fulfilment -----------------------------------------

#: a column header naming a plan ("План на год", "Годовой план 2023", "Жылдық жоспар") and one naming the
#: plan's fulfilment ("% выполнения плана", "% от годового плана", "Жоспардың орындалуы, %")
_PLAN = re.compile(r"(?i)план|жоспар|jospar")
#: a column of a relation, not of figures: ± and %
_RELATION = re.compile(r"(?i)%|±|\+\s*/\s*[-–]|отклонен|ауытқ|разниц|айырм")


def _header(table, row: int, col: int) -> str:
    """The text above ``row`` in column ``col``: the column's header."""
    return " ".join(c.text for c in sorted(table.cells, key=lambda c: c.row)
                    if c.row < row and c.col <= col < c.col + c.col_span and re.search(r"[^\W\d_]", c.text))


def _figure(text: str) -> float | None:
    from esep.plugins.lang.numbers import parse_number

    t = (text or "").strip()
    return parse_number(t) if re.fullmatch(r"[\d\s\u00a0.,]+", t) else None


def _column_period(header: str):
    """The period a column header names: "I пол. 2023", "9 месяцев 2021 г.", a year alone ("2022")."""
    found = parse_period(header)
    years = re.findall(r"(?<!\d)(?:19|20)\d{2}(?!\d)", header)
    return found or (period_from_code(years[0]) if len(years) == 1 else None)


def plan_percent(check: Record, document: Document | None) -> Record:
    """A % column headed as the plan's fulfilment ("% выполнения плана")
    compares the period's figure with the plan column of its row, whichever
    columns stand between ("План на год | 2022 | 2023 | ± | %"), not this
    period with the one before.  ``check`` as the facts reader made it
    (this period against the compared one), else the check itself.  The
    period's figure is the latest period's, of a column left of the %
    that is neither the plan nor a relation, and the nearest to the % when
    the headers do not say (the year to date beside the quarter).  Without
    one plan column in the row the check stays as it was."""
    v = check.values
    if v.get("kind") != "stated_percent" or "(this period against the compared one)" not in (v.get("details") or "") \
            or document is None or check.table_index is None or check.cell is None \
            or not 0 <= check.table_index < len(document.tables):
        return check
    table = document.tables[check.table_index]
    row, col = check.cell
    if not _PLAN.search(_header(table, row, col)):
        return check
    figures = [(c, h) for c in table.cells if c.row == row and c.col < col and _figure(c.text) is not None
               and not _RELATION.search(h := _header(table, row, c.col))]
    plans = [c for c, h in figures if _PLAN.search(h)]
    done = [(c, _column_period(h)) for c, h in figures if not _PLAN.search(h)]
    if len(plans) != 1 or not done or not _figure(plans[0].text):
        return check  # no plan column, or two: nothing is guessed
    if all(p is not None for _, p in done):  # the latest period ("I пол. 2023", not "I пол. 2022")
        latest = max(p.end for _, p in done)
        done = [(c, p) for c, p in done if p.end == latest]
    # of those, the figure nearest the % ("Выполнено: за II квартал | с начала года | % годового плана")
    this = _figure(max(done, key=lambda cp: cp[0].col)[0].text)
    plan = _figure(plans[0].text)
    series = re.match(r"^[a-z_]+\[(.*?)\](?:\[[^\]]*\])?$", v["name"])
    return stated_relation_check(
        "pct", float(v["expected"]), this, plan, decimals=_decimals_of(check),
        series=series.group(1) if series else v["name"], period=v.get("period"), how="actual against plan",
        evidence=check.evidence, provenance=check.provenance, table_index=check.table_index, cell=check.cell,
        confidence=check.confidence)


# -- event tables ---------------------------------------------------------------

def _cell(document: Document | None, table_index: int | None, row: int | None, col: int | None):
    if document is None or table_index is None or row is None or col is None:
        return None
    if not 0 <= table_index < len(document.tables):
        return None
    for c in document.tables[table_index].cells:
        if c.row == row and c.col == col:
            return c
    return None


#: a caption saying the table shows some forms of work only ("Основные формы массовой работы", "Отдельные
#: формы", "Негізгі жұмыс түрлері"): its total counts every event, its rows some
_SOME_FORMS = re.compile(r"(?i)(?<![^\W\d_])(?:основн\w*|отдельн\w*|некотор\w*|наиболее\s+\w+|негізгі|кейбір)"
                         r"\s+(?:\w+\s+)?(?:форм\w*|вид\w*|түр\w*|нысан\w*)")


def _some_forms_only(document: Document | None, table_index: Any) -> bool:
    """The caption of the table (its title, or the short block right before it) says it shows some forms."""
    if document is None or not isinstance(table_index, int) or not 0 <= table_index < len(document.tables):
        return False
    table = document.tables[table_index]
    caption = table.title or ""
    if not caption and 0 <= table.position < len(document.blocks) and len(document.blocks[table.position].text) <= 200:
        caption = document.blocks[table.position].text
    return bool(_SOME_FORMS.search(caption))


def _sections_once(rows: list[Record]) -> list[Record]:
    """The rows of an event table with each section's sum counted once: a
    row naming no form (a department, "Абонемент | 41 | 1130", or a numbered
    direction, "1. Патриотическое воспитание | 18") that carries the sum of
    the rows right under it - two or more, in order, adding up to it in
    every column it fills - is their section's heading; its forms are
    counted and it is not (the rows below it would be counted twice)."""
    ordered = sorted(rows, key=lambda r: r.values.get("row_no") or 0)
    heads: set[int] = set()
    for k, head in enumerate(ordered):
        cols = [c for c in EVENT_COLUMNS if _num(head.values.get(c)) is not None]
        if head.values.get("event_type") or not cols:
            continue
        sums = dict.fromkeys(cols, 0.0)
        filled = dict.fromkeys(cols, False)
        for n, part in enumerate(ordered[k + 1:], 1):
            for c in cols:
                v = _num(part.values.get(c))
                if v is not None:
                    sums[c] += v
                    filled[c] = True
            if sums[cols[0]] > _num(head.values[cols[0]]):
                break
            if n >= 2 and all(filled[c] and _agree(sums[c], _num(head.values[c])) for c in cols):
                heads.add(id(head))
                break
    return [r for r in rows if id(r) not in heads]


def event_total_checks(events: list[Record], document: Document | None) -> list[Record]:
    by_table: dict[Any, list[Record]] = {}
    for r in events:  # a table broken across pages is checked as one
        by_table.setdefault(r.values.get("first_table", r.table_index), []).append(r)
    several = len(by_table) > 1
    out = []
    for t_index, rs in sorted(by_table.items(), key=lambda kv: (kv[0] is None, kv[0] or 0)):
        some = _some_forms_only(document, t_index)  # its rows add up to no more than its total
        periods: list[Any] = []
        for r in rs:
            if r.values.get("period") not in periods:
                periods.append(r.values.get("period"))
        for period in periods:
            in_period = [r for r in rs if r.values.get("period") == period]
            totals = [r for r in in_period if r.values.get("is_total")]
            # a sub-row ("в т.ч. онлайн", "оның ішінде балаларға") or a sub-form under its form (`part_of`) is
            # a part of the row above it, a sum of the forms listed ("Итого по указанным формам") a sum of rows,
            # and a section's total ("Итого по разделу", "Бөлім бойынша барлығы") beside the table's own a sum
            # of the rows above it: none adds to the total
            rows = [r for r in in_period if not r.values.get("is_total")
                    and not SUB_ROW_RE.match(r.values.get("label") or "") and not r.values.get("part_of")
                    and not LISTED_ONLY_RE.search(r.values.get("label") or "")
                    and not is_total_label(r.values.get("label") or "")]
            if len(totals) == 1:  # months or branches down, forms across: the forms' counts, read from the
                # total row, are the same total cut another way, not more rows to add to the months'
                rows = [r for r in rows if r.values.get("rows_by", "type") == totals[0].values.get("rows_by", "type")]
            counted = _sections_once(rows)
            heads = len(rows) - len(counted)
            rows = counted
            if len(totals) != 1 or not rows:
                if len(totals) > 1:
                    log.debug("table %s period %s has %d total rows; not checked", t_index, period, len(totals))
                continue
            total = totals[0]
            for col in EVENT_COLUMNS:
                stated = _num(total.values.get(col))
                given = [r for r in rows if _num(r.values.get(col)) is not None]
                if stated is None or not given:
                    continue
                computed = sum(_num(r.values[col]) for r in given)
                row = total.cell[0] if total.cell else None
                cell = _cell(document, total.table_index, row, total.values.get(f"{col}_col"))
                name = "event_totals" + (f"[table {t_index}]" if several else "") + f"[{period}].{col}"
                details = (f"stated total {_fmt(stated)} (row {total.values.get('label')!r}); "
                           f"sum of {len(given)} rows = {_fmt(computed)}"
                           + (f"; {len(rows) - len(given)} of {len(rows)} rows leave it empty"
                              if len(rows) > len(given) else "")
                           + (f"; {heads} rows carrying their section's sum counted by their parts" if heads else ""))
                check = _check(
                    name, "event_totals", stated, computed, period=period, details=details,
                    source=total, inputs=[total],
                    evidence=cell.text if cell is not None else total.evidence,
                    provenance=cell.provenance if cell is not None else None,
                    table_index=total.table_index, cell=(cell.row, cell.col) if cell is not None else None)
                if some and computed < stated:
                    check.values.update(holds=1, details=details + "; the caption names some forms only: "
                                        "their sum is no more than the total")
                out.append(check)
    return out


# -- counts stated against items listed ----------------------------------------

#: a list introduced as some of the items counted: "некоторые из них", "в том числе", "в частности", "например",
#: "наиболее значимые", "солардың ішінде", "олардың кейбірі", "атап айтқанда"
_SOME_OF_THEM_RE = re.compile(r"(?i)(?:некотор\w*\s+из\s+них|в\s+том\s+числе|в\s+т\.\s?ч\.|в\s+частности|например"
                              r"|наиболее\s+(?:значим|интересн|яркие|ярких)\w*|среди\s+них|из\s+них|лучши\w+"
                              r"|(?:солардың|олардың|соның)\s+ішінде|кейбір\w*|атап\s+айтқанда|мысалы)")


def listed_count_checks(facts: list[Record], citations: list[Record], doc_period: str | None) -> list[Record]:
    out = []
    for metric, kind in LISTED.items():
        items = [r for r in citations if r.values.get("kind") == kind]
        stated = [r for r in facts if r.values.get("metric") == metric
                  and not r.values.get("language") and not r.values.get("category")]
        if not items or not stated:
            continue
        if doc_period:
            own = [r for r in stated if r.values.get("period") == doc_period]
        else:
            # without the document's period, the latest period stated is the report's own
            dated = [(period_from_code(r.values.get("period") or ""), r) for r in stated]
            latest = max((p.end for p, _ in dated if p), default=None)
            own = [r for p, r in dated if p and p.end == latest]
        own = _distinct(own)
        if len(own) != 1:
            log.debug("%s: %d candidate stated counts for the document's period; not checked", metric, len(own))
            continue
        fact = own[0]
        n = _num(fact.values["value"])
        if len(items) < n and _SOME_OF_THEM_RE.search(fact.evidence or ""):
            # "опубликовано 27 материалов; некоторые из них:", "14 мақала жарияланды, солардың ішінде:": the list
            # names some of them only
            continue
        details = f"{metric} stated {_fmt(n)}; {len(items)} items of kind {kind!r} listed"
        out.append(_check(f"count_listed[{metric}]", "count_listed", n, float(len(items)),
                          period=fact.values.get("period") or doc_period, details=details,
                          source=fact, inputs=[fact]))
    return out


def run_checks(records: list[Record], document: Document | None = None) -> list[Record]:
    """Every check the records allow, in a stable order."""
    facts = [r for r in records if r.table == "facts"]
    events = [r for r in records if r.table == "event_stats"]
    citations = [r for r in records if r.table == "citations"]
    doc_period = (document.metadata.get("period") if document is not None else None) or None
    if doc_period is not None and period_from_code(str(doc_period)) is None:
        doc_period = None
    out = fund_balance_checks(facts, doc_period)
    out += parts_total_checks(facts)
    out += ratio_checks(facts)
    out += event_total_checks(events, document)
    out += listed_count_checks(facts, citations, doc_period)
    return out


# -- storage ---------------------------------------------------------------------

migrations = Migrations("esep.checks")


@migrations()
def m001_checks(db) -> None:
    db.executescript(f"""
        CREATE TABLE checks (
            id INTEGER PRIMARY KEY,
            document_id TEXT NOT NULL REFERENCES documents(id),
            name TEXT NOT NULL,             -- fund_balance[kk], event_totals[2018-H1].actual, ...
            kind TEXT NOT NULL,             -- fund_balance | fund_continuity | parts_total | event_totals | count_listed
                                            -- | ratio | stated_difference | stated_percent
            period TEXT,
            expected NUMERIC,               -- the figure the report states
            actual NUMERIC,                 -- what its parts add up to
            holds INTEGER NOT NULL CHECK (holds IN (0, 1)),
            details TEXT,{RECORD_COLUMNS_SQL}
        );
        CREATE INDEX checks_doc ON checks(document_id, name);
    """)


# -- evaluation --------------------------------------------------------------------

#: Names of one relation as gold files written elsewhere spell them: a ±
#: column is ``diff[M]`` or ``stated_difference[M][P]``, a % column ``pct[M]``,
#: ``plan_pct[M]`` (of the plan) or ``stated_percent[M][P]``.
_FAMILIES = {"stated_difference": "diff", "diff": "diff",
             "stated_percent": "pct", "pct": "pct", "plan_pct": "pct"}
_NAME_RE = re.compile(r"^(?P<kind>[a-z_]+)(?P<args>(?:\[[^\]]*\])*)(?P<rest>.*)$")


def check_key(name: str, period: str | None) -> tuple:
    """What a check is matched on in scoring: its relation (``diff`` and
    ``pct`` whatever the spelling, see :data:`_FAMILIES`), its bracketed
    arguments without a trailing period (the record's own ``period`` says
    it), the rest of the name, and the period."""
    m = _NAME_RE.match(name or "")
    if not m:
        return (name, (), "", period)
    args = re.findall(r"\[([^\]]*)\]", m.group("args"))
    kind = _FAMILIES.get(m.group("kind"), m.group("kind"))
    if kind in ("diff", "pct") and args and args[-1] == period:
        args = args[:-1]
    return (kind, tuple(args), m.group("rest"), period)


def score(conn, document_id: str, gold: dict[str, Any]) -> dict[str, Any]:
    """Checks matched on relation, arguments and period (:func:`check_key`:
    "stated_difference[visits.total][2019]" of 2019 is the gold's
    "diff[visits.total]" of 2019); a check is right when its verdict and
    both values match."""
    from esep.registry import prf

    # the informational cross-check of the prose against the tables is scored with the events
    cur = conn.execute("select name, period, expected, actual, holds from checks where document_id = ?"
                       " and kind != 'events_named'", [document_id])
    got = [dict(zip(("name", "period", "expected", "actual", "holds"), r)) for r in cur.fetchall()]
    want = list(gold.get("records", []))
    def key(r):
        return check_key(r["name"], r.get("period"))

    # a gold check without a period (a stock's relation at a date) matches on the rest alone
    got_by_rest: dict[tuple, list] = {}
    for g in got:
        got_by_rest.setdefault(key(g)[:3], []).append(g)
    for rest, gs in got_by_rest.items():
        if len(gs) == 1:
            got_by_rest[rest] = gs[0]

    got_by = {key(g): g for g in got}
    for w in want:
        k = key(w)
        if k[3] is None and k not in got_by and isinstance(got_by_rest.get(k[:3]), dict):
            got_by[k] = got_by_rest[k[:3]]
    pairs = [(w, got_by[key(w)]) for w in want if key(w) in got_by]

    def same(a, b):
        return a is not None and b is not None and _agree(float(a), float(b))

    res: dict[str, Any] = prf(len(pairs), len(got), len(want))
    res["fields"] = {
        f: prf(sum(1 for w, g in pairs if same(w.get(f), g.get(f))), len(got), len(want))
        for f in ("holds", "expected", "actual")
    }
    right = sum(1 for w, g in pairs if all(same(w.get(f), g.get(f)) for f in ("holds", "expected", "actual")))
    missing = [w["name"] for w in want if key(w) not in got_by]
    wrong = [f"{w['name']}: got {g['expected']}/{g['actual']} holds={g['holds']}, "
             f"gold {w.get('expected')}/{w.get('actual')} holds={w.get('holds')}"
             for w, g in pairs if not all(same(w.get(f), g.get(f)) for f in ("holds", "expected", "actual"))]
    res["notes"] = [f"{len(got)} checks, gold {len(want)}, {right} right"] + \
        ([f"missing: {', '.join(missing)}"] if missing else []) + wrong[:10]
    return res


def applicable(check: Record, records: list[Record]) -> bool:
    """False for a check of the events the prose names by type against a
    summary table none of whose rows is of a type (a table by topic or
    direction of work, "Патриотическое воспитание", "Экологическое
    просвещение", rather than by form): forms named in prose cannot be
    compared with it.  Its total can."""
    v = check.values
    if check.table != TABLE or v.get("kind") != "events_named" or str(v.get("name", "")).endswith(".total"):
        return True
    rows = [r for r in records if r.table == "event_stats" and r.values.get("period") == v.get("period")
            and not r.values.get("is_total")]
    return any(r.values.get("event_type") for r in rows)


# -- hooks -------------------------------------------------------------------------

@hookimpl(trylast=True)
def prepare_records(records, document, config):
    """Evaluate the checks on the document's records (after every other
    ``prepare_records``) and append them; the source records stay as they are."""
    records[:] = [plan_percent(r, document) if r.table == TABLE and r.extractor == "facts" else r
                  for r in records if not (r.table == TABLE and r.extractor == EXTRACTOR) and applicable(r, records)]
    found = run_checks(records, document)
    failed = [c.values["name"] for c in found if not c.values["holds"]]
    if failed:
        log.info("%s: %d of %d checks do not hold: %s", getattr(document, "path", "?"),
                 len(failed), len(found), ", ".join(failed))
    records.extend(found)


@hookimpl
def register_migrations(register):
    register(migrations)


@hookimpl
def register_evaluators(register):
    register(Evaluator("checks", score, "arithmetic relations of a report and their verdicts"))
