"""The gold of synthetic reports, in the formats of the seed's gold files
(``corpus/gold/000_*.{facts,event_stats,checks,citations}.json``), and the
corpus-level gold: the timeline of every metric as each period's own report
states it, and the conflicts between reports.

Facts follow the seed gold's conventions: every figure has the ``period``
of the sentence or table it is in; ``as_of`` is set where a date is written
beside it; the uncategorised ``acquisition.budget`` is the whole sum the
sentence names; the plan column of the event table is not a fact.
"""

from __future__ import annotations

from typing import Any

from synth import lexicon as lx
from synth.model import Figures, Period, Report
from synth.render import SECTION_ORDERS

METRICS = ["staff.units", "staff.headcount", "staff.civil_servants", "staff.technical", "staff.vacancies",
           "staff.higher_education", "staff.hired", "staff.dismissed", "acquisition.budget", "acquisition.copies",
           "state_order.copies", "state_order.budget", "fund.start", "fund.received", "fund.withdrawn", "fund.end",
           "catalog.records", "digitization.documents", "digitization.pages", "bibliography.virtual_references",
           "media.articles", "events.actual", "events.participants"]
UNITS = {"staff.units": "staff_units", "acquisition.budget": "thousand_kzt", "state_order.budget": "thousand_kzt",
         "acquisition.copies": "copies", "state_order.copies": "copies", "fund.start": "copies",
         "fund.received": "copies", "fund.withdrawn": "copies", "fund.end": "copies", "catalog.records": "records",
         "digitization.documents": "documents", "digitization.pages": "pages",
         "bibliography.virtual_references": "references", "media.articles": "articles", "events.actual": "events"}


def _fact(metric: str, value: float, period: Period, source: str, *, as_of: str | None = None,
          language: str | None = None, category: str | None = None) -> dict[str, Any]:
    v: float | int = round(value, 1) if isinstance(value, float) and value != int(value) else int(value)
    if metric == "staff.units" or UNITS.get(metric) == "thousand_kzt":
        v = float(value)
    return {"metric": metric, "value": v, "unit": UNITS.get(metric, "people"), "period": period.code,
            "as_of": as_of, "language": language, "category": category, "source": source}


def _fund_facts(fig: Figures, p: Period, dated: bool) -> list[dict]:
    out = []
    for key, metric in (("start", "fund.start"), ("received", "fund.received"),
                        ("withdrawn", "fund.withdrawn"), ("end", "fund.end")):
        as_of = None
        if dated and key == "start":
            as_of = p.start.isoformat()
        elif dated and key == "end":
            as_of = p.end_date.isoformat()
        out.append(_fact(metric, fig.fund[key], p, "table", as_of=as_of))
        out.append(_fact(metric, fig.fund[key + "_kk"], p, "table", as_of=as_of, language="kk"))
    return out


def facts(r: Report) -> list[dict[str, Any]]:
    f, pr, p, c = r.own, r.prior, r.period, r.spec.compare
    st = f.staff
    out = [_fact(m, st[m], p, "text") for m in ("staff.units", "staff.headcount", "staff.civil_servants",
                                                "staff.technical")]
    out.append(_fact("staff.vacancies", st["staff.vacancies"], p, "text", as_of=p.end_date.isoformat()))
    out += [_fact(m, st[m], p, "text") for m in ("staff.higher_education", "staff.hired", "staff.dismissed")]
    if r.spec.periodicals:
        money = [(None, f.budget_books + f.budget_periodicals), ("books", f.budget_books),
                 ("periodicals", f.budget_periodicals)]
        for cat, tenths in money:
            out.append(_fact("acquisition.budget", tenths / 10, p, "text", category=cat))
            if r.spec.budget_table:
                out.append(_fact("acquisition.budget", tenths / 10, p, "table", category=cat))
    else:
        out.append(_fact("acquisition.budget", f.budget_books / 10, p, "text"))
    out += [
        _fact("acquisition.copies", f.copies, p, "text"),
        _fact("acquisition.copies", f.copies_kk, p, "text", language="kk"),
        _fact("acquisition.budget", f.fiction_budget / 10, p, "text", category="fiction"),
        _fact("acquisition.copies", f.fiction, p, "text", category="fiction"),
        _fact("acquisition.copies", f.fiction_kk, p, "text", language="kk", category="fiction"),
        _fact("acquisition.budget", f.children_budget / 10, p, "text", category="children"),
        _fact("acquisition.copies", f.children, p, "text", category="children"),
        _fact("acquisition.copies", f.children_kk, p, "text", language="kk", category="children"),
        _fact("state_order.copies", f.so_copies, p, "text"),
        _fact("state_order.copies", f.so_kk, p, "text", language="kk"),
        _fact("state_order.budget", f.so_budget / 10, p, "text"),
    ]
    if r.spec.fund_rows:
        out += _fund_facts(pr, c, dated=False) + _fund_facts(f, p, dated=False)
    else:
        out += _fund_facts(f, p, dated=True)
    out += [
        _fact("catalog.records", f.catalog, p, "text"),
        _fact("catalog.records", pr.catalog, c, "text"),
        _fact("bibliography.virtual_references", f.virtual_refs, p, "text"),
        _fact("bibliography.virtual_references", pr.virtual_refs, c, "text"),
    ]
    books = len(f.dig_books)
    for cat, docs, pages in ((None, f.dig_articles + books, f.dig_articles_pages + f.dig_books_pages),
                             ("newspaper_articles", f.dig_articles, f.dig_articles_pages),
                             ("books", books, f.dig_books_pages)):
        out.append(_fact("digitization.documents", docs, p, "table", category=cat))
        out.append(_fact("digitization.pages", pages, p, "table", category=cat))
    out += [
        _fact("media.articles", r.articles_stated, p, "text"),
        _fact("media.articles", r.prior_articles_stated, c, "text"),
    ]
    for period, tot in ((c, r.total_prior), (p, r.total_current)):
        if tot.actual is not None:
            out.append(_fact("events.actual", tot.actual, period, "table"))
        if tot.participants is not None:
            out.append(_fact("events.participants", tot.participants, period, "table"))
    return out


def event_stats(r: Report) -> list[dict[str, Any]]:
    out = []
    rows = [(er.type_id, er.label, er.prior, er.current) for er in r.rows]
    rows.append(("total", "Барлығы :" if r.spec.lang == "kk" else "Итого:", r.total_prior, r.total_current))
    for row_no, (tid, label, prior, cur) in enumerate(rows, 1):
        for period, fig in ((r.spec.compare, prior), (r.period, cur)):
            out.append({"row_no": row_no, "label": label, "event_type": tid, "period": period.code,
                        "plan": fig.plan, "actual": fig.actual, "participants": fig.participants})
    return out


def _check(name: str, period: str | None, expected: float, actual: float, why: str) -> dict[str, Any]:
    def clean(x):
        return round(x, 1) if isinstance(x, float) else x
    expected, actual = clean(expected), clean(actual)
    return {"name": name, "period": period, "expected": expected, "actual": actual,
            "holds": int(abs(expected - actual) < 1e-6), "why": why}


def checks(r: Report) -> list[dict[str, Any]]:
    f, p, c = r.own, r.period, r.spec.compare
    out = []
    rows = [(c, r.prior), (p, f)] if r.spec.fund_rows else [(p, f)]
    for period, fig in rows:
        fu = fig.fund
        for suffix, k in (("", ""), ("[kk]", "_kk")):
            total = fu["start" + k] + fu["received" + k] - fu["withdrawn" + k]
            out.append(_check(f"fund_balance{suffix}", period.code, fu["end" + k], total,
                              f"fund table: {fu['start' + k]} + {fu['received' + k]} - {fu['withdrawn' + k]} "
                              f"= {total}, stated {fu['end' + k]}"))
    if r.spec.fund_rows and c == p.previous():
        for suffix, k in (("", ""), ("[kk]", "_kk")):
            end, start = r.prior.fund["end" + k], f.fund["start" + k]
            out.append(_check(f"fund_continuity{suffix}", p.code, end, start,
                              f"the {c.code} row ends at {end}, the {p.code} row starts at {start}"))
    out.append(_check("parts_total[acquisition.copies]", p.code, f.copies, f.fiction + f.children,
                      f"copies bought {f.copies} = fiction {f.fiction} + children's {f.children}"))
    out.append(_check("parts_total[acquisition.copies][kk]", p.code, f.copies_kk, f.fiction_kk + f.children_kk,
                      f"of them in Kazakh {f.copies_kk} = {f.fiction_kk} + {f.children_kk}"))
    if r.spec.periodicals:
        total = f.budget_books + f.budget_periodicals
        out.append(_check("parts_total[acquisition.budget]", p.code, total / 10,
                          (f.budget_books + f.budget_periodicals) / 10,
                          "the sum allocated = books + periodicals"))
        out.append(_check("parts_total[acquisition.budget][books]", p.code, f.budget_books / 10,
                          (f.fiction_budget + f.children_budget) / 10, "books = fiction + children's"))
    else:
        out.append(_check("parts_total[acquisition.budget]", p.code, f.budget_books / 10,
                          (f.fiction_budget + f.children_budget) / 10, "the sum for books = fiction + children's"))
    books = len(f.dig_books)
    out.append(_check("parts_total[digitization.documents]", p.code, f.dig_articles + books, f.dig_articles + books,
                      "digitization table: total = newspaper articles + books"))
    out.append(_check("parts_total[digitization.pages]", p.code, f.dig_articles_pages + f.dig_books_pages,
                      f.dig_articles_pages + f.dig_books_pages, "pages: total = articles + books"))
    st = f.staff
    out.append(_check("parts_total[staff.headcount]", None, st["staff.headcount"],
                      st["staff.civil_servants"] + st["staff.technical"], "staff = civil servants + technical"))
    for period, which, tot in ((c, "prior", r.total_prior), (p, "current", r.total_current)):
        for field in ("plan", "actual", "participants"):
            stated = getattr(tot, field)
            if stated is None:
                continue
            col = sum(getattr(getattr(er, which), field) or 0 for er in r.rows)
            out.append(_check(f"event_totals[{period.code}].{field}", period.code, stated, col,
                              f"event table {period.code} column '{field}' sums to {col}, the total row states {stated}"))
    out.append(_check("count_listed[media.articles]", p.code, r.articles_stated, len(f.articles),
                      f"{r.articles_stated} articles stated, {len(f.articles)} listed"))
    return out


def _initials(author: tuple) -> str:
    return " ".join(f"{i}." for i in author[1:])


def citations(r: Report) -> list[dict[str, Any]]:
    """Both lists, numbered in the order they appear (the section order
    decides whether the digitized books or the press articles come first)."""
    order = SECTION_ORDERS[r.spec.order % len(SECTION_ORDERS)]
    books_no = 1 if order.index("digitization") < order.index("media") else 2
    out = []
    for seq, b in enumerate(r.own.dig_books, 1):
        out.append({
            "list_no": books_no, "seq": seq, "kind": "book",
            "authors": [f"{b['author'][0]}, {_initials(b['author'])}"] if b["author"] else [],
            "title": b["title"], "subtitle": b["subtitle"],
            "responsibility": None if b["author"] else
            f"{'құраст.:' if b['language'] == 'kk' else 'сост.:'} {b['compiler']}",
            "source": None, "source_id": None, "year": b["year"], "date": None, "issue": None, "volume": None,
            "pages": str(b["pages"]), "place": b["place"], "publisher": b["publisher"], "language": b["language"],
            "duplicate_of": None,
        })
    arts = r.own.articles
    seq_of = {a["id"]: k for k, a in enumerate(arts, 1)}
    for seq, a in enumerate(arts, 1):
        dup = None
        if a.get("reprint_of") in seq_of:
            dup = seq_of[a["reprint_of"]]
        else:
            dup = next((seq_of[b["id"]] for b in arts if b.get("reprint_of") == a["id"]), None)
        out.append({
            "list_no": 3 - books_no, "seq": seq, "kind": "article",
            "authors": [f"{a['author'][0]}, {a['author'][1]}."] if a["author"] else [],
            "title": a["title"], "subtitle": a["subtitle"],
            "responsibility": f"{a['author'][1]}.{a['author'][0]}" if a["author"] else None,
            "source": a["source"], "source_id": a["source_id"], "year": int(a["date"][:4]), "date": a["date"],
            "issue": a["issue"], "volume": None, "pages": a["pages"], "place": None, "publisher": None,
            "language": a["language"], "duplicate_of": dup,
        })
    return sorted(out, key=lambda c: (c["list_no"], c["seq"]))


# -- the corpus --------------------------------------------------------------------------------


def conflict_key(fact: dict[str, Any]) -> tuple:
    return (fact["metric"], fact["period"], fact["language"], fact["category"])


def _row_mapping(period: str, era: int) -> tuple:
    """Where a table of ``era`` counts each event type that existed in ``period``."""
    p_era = Period.parse(period).era
    out = []
    for et in lx.EVENT_TYPES:
        if not lx.exists_in(et.id, p_era):
            continue
        if et.kk[era] or et.ru[era]:
            out.append((et.id, et.id))
        else:
            out.append((et.id, lx.merged_target(et.id, era)))
    return tuple(out)


def _drifted(period: str, documents: list[str], era_of_doc: dict[str, int]) -> bool:
    """Whether the reports count the period's events under different rows
    (a type merged into another, or dropped, between their years)."""
    return len({_row_mapping(period, era_of_doc[d]) for d in documents}) > 1


def corpus_gold(reports: list[Report], facts_of: dict[str, list[dict]], stats_of: dict[str, list[dict]],
                plants: list[dict], external: list[dict] | None = None) -> dict[str, Any]:
    """Timeline (each metric of each report's own period, as that report
    states it; library systems other than the first are keyed
    ``library:period``), conflicts: every (metric, period, language,
    category) -- or (event type, period, field) -- that two reports of the
    same library system state differently, and ``shared``: every such key
    an ``external`` report (the seed, by its hand-made gold) and a synthetic
    one both state, with the value they agree on.

    ``external``: dicts with ``stem``, ``library``, ``period`` (its own),
    ``facts`` and ``stats`` (gold records in the formats above)."""
    external = external or []
    docs = [(r.spec.stem, r.spec.library, r.period.code, r.era) for r in reports]
    docs += [(e["stem"], e["library"], e["period"], Period.parse(e["period"]).era) for e in external]
    facts_of = {**facts_of, **{e["stem"]: e["facts"] for e in external}}
    stats_of = {**stats_of, **{e["stem"]: e["stats"] for e in external}}
    outside = {e["stem"] for e in external}
    libs = sorted({d[1] for d in docs})
    era_of_doc = {d[0]: d[3] for d in docs}
    multi = len(libs) > 1
    timeline: dict[str, dict[str, float]] = {}
    for stem, lib, own, _ in docs:
        key = f"{lib}:{own}" if multi else own
        for fct in facts_of[stem]:
            if fct["period"] == own and fct["language"] is None and fct["category"] is None:
                timeline.setdefault(fct["metric"], {})[key] = fct["value"]

    def chrono(key: str) -> tuple:
        lib, _, code = key.rpartition(":")
        p = Period.parse(code)
        return (lib, p.year, {"H1": 0, "H2": 1, None: 2}[p.half])

    timeline = {m: dict(sorted(v.items(), key=lambda kv: chrono(kv[0])))
                for m, v in sorted(timeline.items(), key=lambda kv: METRICS.index(kv[0]))}
    conflicts, shared = [], []
    for lib in libs:
        group = [d[0] for d in docs if d[1] == lib]
        seen: dict[tuple, dict[Any, list[str]]] = {}
        for stem in group:
            for fct in facts_of[stem]:
                docs_of = seen.setdefault(("facts",) + conflict_key(fct), {}).setdefault(fct["value"], [])
                if stem not in docs_of:
                    docs_of.append(stem)
            for row in stats_of[stem]:
                for field in ("actual", "participants"):
                    if row[field] is None:
                        continue
                    k = ("event_stats", f"events.{field}", row["period"], None, row["event_type"])
                    docs_of = seen.setdefault(k, {}).setdefault(row[field], [])
                    if stem not in docs_of:
                        docs_of.append(stem)
        for k, values in seen.items():
            kind, metric, period, language, category = k
            documents = sorted({d for docs_of in values.values() for d in docs_of})
            if len(values) < 2:
                if len(documents) > 1 and outside & set(documents):
                    entry = {"metric": metric, "period": period, "language": language, "category": category,
                             "value": next(iter(values)), "documents": documents, "source": kind}
                    if kind == "event_stats":
                        entry["category"], entry["event_type"] = None, category
                    shared.append(entry)
                continue
            entry = {"metric": metric, "period": period, "language": language, "category": category,
                     "values": sorted(values), "documents": documents,
                     "statements": [{"document": d, "value": v} for v in sorted(values) for d in values[v]],
                     "source": kind}
            if kind == "event_stats":
                entry["category"] = None
                entry["event_type"] = category
            if multi:
                entry["library"] = lib
            entry["planted"] = any(metric in pl["metrics"] and pl["period"] == period and pl["library"] == lib
                                   for pl in plants)
            if entry["planted"]:
                entry["cause"] = "planted"
            elif metric.startswith("events.") and _drifted(period, entry["documents"], era_of_doc):
                entry["cause"] = "label_drift"
            else:
                entry["cause"] = "unexplained"
            conflicts.append(entry)

    def order(e: dict) -> tuple:
        return (e.get("library", ""), e["period"], e["metric"], e.get("event_type") or "", e["language"] or "",
                e["category"] or "")

    conflicts.sort(key=order)
    shared.sort(key=lambda e: (e["source"],) + order(e))
    out: dict[str, Any] = {"timeline": timeline, "conflicts": conflicts}
    if external:
        out["shared"] = shared
    return out
