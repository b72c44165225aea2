"""The corpus-level gold of the reports of other library systems
(``generate.py --count``): the names each system goes by, the timeline of
each system's figures, the conflicts between its reports and the plants."""

from __future__ import annotations

from typing import Any

from synth import phrases as ph
from synth.others import Built


def corpus_gold(built: list[Built]) -> dict[str, Any]:
    """Timeline per library system (each metric of a report's own period as it
    states it, in the report's base unit) and conflicts: two reports of the
    same system stating one (metric, period, unit) differently."""
    timeline: dict[str, dict[str, dict[str, float]]] = {}
    seen: dict[tuple, dict[float, list[str]]] = {}
    for b in built:
        lib, own = b.spec.library, b.spec.period.code
        for f in b.facts:
            if f["metric"] is None:
                continue
            if f["period"] == own and f["unit"] not in ph.THOUSAND_UNITS.values() and f["as_of"] is None:
                timeline.setdefault(lib, {}).setdefault(f["metric"], {})[own] = f["value"]
            k = (lib, f["metric"], f["period"], f["unit"], f["as_of"])
            docs = seen.setdefault(k, {}).setdefault(f["value"], [])
            if b.spec.stem not in docs:
                docs.append(b.spec.stem)
    conflicts = []
    for (lib, metric, period, unit, as_of), values in sorted(seen.items(), key=lambda kv: tuple(map(str, kv[0]))):
        if len(values) < 2:
            continue
        planted = any(pl.kind == "prior_mismatch" and b.spec.library == lib and b.spec.compare.code == period and
                      (pl.metric == metric or metric.startswith(("ratio.", "coverage.")))
                      for b in built for pl in b.spec.plants)
        conflicts.append({"library": lib, "metric": metric, "period": period, "unit": unit, "language": None,
                          "category": None, "values": sorted(values),
                          "documents": sorted({d for ds in values.values() for d in ds}),
                          "statements": [{"document": d, "value": v} for v in sorted(values) for d in values[v]],
                          "source": "facts", "planted": planted, "cause": "planted" if planted else "unexplained"})
    return {"timeline": timeline, "conflicts": conflicts}


def plant_records(built: list[Built]) -> list[dict]:
    stems = {(b.spec.library, b.spec.period.code): b.spec.stem for b in built}
    out = []
    for b in built:
        s = b.spec
        for pl in s.plants:
            rec: dict[str, Any] = {"kind": pl.kind, "document": s.stem, "library": s.library}
            if pl.kind == "article_count":
                rec.update(period=s.period.code, metrics=["media.articles"], delta=pl.delta,
                           checks=["count_listed[media.articles]"], conflict=False)
            elif pl.kind == "event_total":
                p = s.period.code
                rec.update(period=p, metrics=["events.actual"], delta=pl.delta,
                           checks=[f"event_totals[{p}].actual"], conflict=False)
            else:
                c = s.compare.code
                rec.update(period=c, metrics=[pl.metric, "ratio.*"], delta=pl.delta,
                           original_document=stems.get((s.library, c)), checks=[],
                           conflict=(s.library, c) in stems)
            out.append(rec)
    return out


def organizations() -> dict[str, dict[str, Any]]:
    """Each library system's canonical key with every way its reports name it."""
    out = {}
    for key, s in ph.SYSTEMS.items():
        names = sorted({n for f in s["names"] for n in (f[3], f[4])})
        short = sorted({n for v in s["short"].values() for n in v} | {n for v in s["short_gen"].values() for n in v})
        out[key] = {"names": names, "short": short}
    return out
