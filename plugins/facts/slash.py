"""Figures written as this year's and the year before's with a slash
between them ("Число пользователей – 842/865").

A small library's report often gives every figure beside the year before
in one pair, and says once which year stands on which side ("показатели
приводятся в виде: 2024 год / 2023 год", "(2024/2023)").  In such a
report the figure before the slash is of the first year the legend names,
the one after it of the second: the same indicator in two years, never
two indicators.
"""

from __future__ import annotations

import dataclasses
import re

from esep.model import Document, Record
from esep.plugins.lang.periods import Period, make_period

#: the legend naming the years of the two sides: "2024 год / 2023 год", "2024 г./2023 г.", "2024/2023"
_LEGEND_RE = re.compile(r"(?i)(?<![\d/.,])((?:19|20)\d{2})\s*(?:год|г\.?|жыл|ж\.?)?\s*/\s*((?:19|20)\d{2})(?![\d/])")
#: a figure with thousands spaces or a decimal comma: "12 634", "21,3", "48"
_FIGURE = r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
#: two figures with a slash between: "7 410/7 585", "8,8/8,8"
_PAIR_RE = re.compile(rf"(?<![\d/.,])({_FIGURE})\s*/\s*({_FIGURE})(?![\d/]|,\d)")


def slash_legend(document: Document, period: Period | None) -> tuple[Period, Period] | None:
    """The two years a report's slash pairs are of, when it names them in a
    legend: two years a year apart, one of them the report's own."""
    if period is None or len(period.code) != 4:
        return None
    found = set()
    for b in document.blocks:
        if "/" not in b.text:
            continue  # every legend has its slash
        for m in _LEGEND_RE.finditer(b.text):
            a, z = int(m.group(1)), int(m.group(2))
            if abs(a - z) == 1 and period.year in (a, z):
                found.add((a, z))
    if len(found) != 1:
        return None
    a, z = found.pop()
    first, second = make_period(a), make_period(z)
    return (first, second) if first is not None and second is not None else None


def _number(text: str) -> float:
    return float(re.sub(r"[ \u00a0\u202f]", "", text).replace(",", "."))


def _with_period(r: Record, p: Period, shift: int) -> Record:
    values = dict(r.values, period=p.code, period_start=p.start, period_end=p.end)
    as_of = values.get("as_of")
    if shift and isinstance(as_of, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", as_of):
        values["as_of"] = f"{int(as_of[:4]) + shift:04d}{as_of[4:]}"
    return dataclasses.replace(r, values=values)


def slash_pairs(document: Document, records: list[Record], period: Period | None) -> None:
    """Give the figures of the slash pairs of a report with a legend their
    years: the figure before the slash keeps its indicator and takes the
    first year, the figure after it is the same indicator in the second
    year (read again from the first, whatever it was read as on its own).
    ``records`` is changed in place."""
    legend = slash_legend(document, period)
    if legend is None:
        return
    first, second = legend
    shift = second.year - first.year
    by_block: dict[int, list[int]] = {}
    for i, r in enumerate(records):
        if r.table == "facts" and r.block is not None and r.table_index is None \
                and isinstance(r.values.get("value"), (int, float)):
            by_block.setdefault(r.block, []).append(i)
    drop: set[int] = set()
    added: list[Record] = []
    for block, indexes in by_block.items():
        if not 0 <= block < len(document.blocks):
            continue
        free = list(indexes)
        for m in _PAIR_RE.finditer(document.blocks[block].text):
            a, z = _number(m.group(1)), _number(m.group(2))
            if {int(a), int(z)} == {first.year, second.year}:
                continue  # the legend itself
            own = next((i for i in free if abs(records[i].values["value"] - a) < 1e-9
                        and records[i].values.get("metric")), None)
            if own is None:
                continue
            free.remove(own)
            other = next((i for i in free if abs(records[i].values["value"] - z) < 1e-9), None)
            if other is not None:
                free.remove(other)
                drop.add(other)
            records[own] = _with_period(records[own], first, 0)
            copy = _with_period(records[own], second, shift)
            copy.values["value"] = int(z) if z == int(z) and isinstance(records[own].values["value"], int) else z
            copy.confidence = round(records[own].confidence * 0.9, 3)
            added.append(copy)
    if not added:
        return
    records[:] = [r for i, r in enumerate(records) if i not in drop] + added
