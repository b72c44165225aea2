"""Report periods: years, half-years, quarters and nine months, in Kazakh
and Russian, as codes ("2018", "2018-H1", "2018-Q2", "2018-9M").

Every parser is total: it returns None for text it cannot read and never
raises, whatever it is given.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass

@dataclass(frozen=True)
class Period:
    """A reporting period: ``YYYY``, ``YYYY-H1``/``H2``, ``YYYY-Q1``..``Q4``,
    ``YYYY-9M``."""

    code: str
    start: str
    end: str

    @property
    def year(self) -> int:
        return int(self.code[:4])


def make_period(year: int, part: str | None = None) -> Period | None:
    """``part`` is None (the year), H1, H2, Q1..Q4 or 9M."""
    if not isinstance(year, int) or not 1900 <= year <= 2100:
        return None
    spans = {
        None: (1, 12), "H1": (1, 6), "H2": (7, 12), "Q1": (1, 3), "Q2": (4, 6),
        "Q3": (7, 9), "Q4": (10, 12), "9M": (1, 9),
    }
    if part not in spans:
        return None
    m0, m1 = spans[part]
    last = (_dt.date(year + (m1 == 12), m1 % 12 + 1, 1) - _dt.timedelta(days=1)).day
    code = f"{year}" if part is None else f"{year}-{part}"
    return Period(code, _dt.date(year, m0, 1).isoformat(), _dt.date(year, m1, last).isoformat())


def period_from_code(code: str) -> Period | None:
    if not isinstance(code, str):
        return None
    m = re.fullmatch(r"(\d{4})(?:-(H1|H2|Q[1-4]|9M))?", code.strip())
    return make_period(int(m.group(1)), m.group(2)) if m else None


_ORD1 = r"(?:1|бір|I)(?:\s*-?\s*(?:ші|шы|інші|ыншы|нші))?|бірінші|первое|первого|первом|1-?е|1-?го|1-?м"
_ORD2 = r"(?:2|екі|II)(?:\s*-?\s*(?:ші|шы|інші|нші))?|екінші|второе|второго|втором|2-?е|2-?го|2-?м"
_HALF = r"(?:жарты\s*жылды[қғ]\w*|жартыжылды[қғ]\w*|жартысы\w*|ж/ж|ж\.ж\.?|полугоди\w*|п/г)"
_QUARTER = r"(?:то[қк]сан\w*|квартал\w*|кв\.)"
_YEAR = r"((?:19|20)\d{2})"

_PERIOD_PATTERNS: list[tuple[re.Pattern[str], str | None]] = [
    (re.compile(_YEAR + r"\s*(?:ж\.?|жыл\w*|г\.?|год\w*)?[\s,]*(?:" + _ORD1 + r")\s*" + _HALF, re.I), "H1"),
    (re.compile(_YEAR + r"\s*(?:ж\.?|жыл\w*|г\.?|год\w*)?[\s,]*(?:" + _ORD2 + r")\s*" + _HALF, re.I), "H2"),
    (re.compile(r"(?:за\s+)?(?:" + _ORD1 + r")\s*" + _HALF + r"\s*" + _YEAR, re.I), "H1"),
    (re.compile(r"(?:за\s+)?(?:" + _ORD2 + r")\s*" + _HALF + r"\s*" + _YEAR, re.I), "H2"),
    (re.compile(_YEAR + r"\s*(?:ж\.?|жыл\w*|г\.?|год\w*)?[\s,]*(?:9|тоғыз|девять)\s*(?:ай\w*|месяц\w*|мес\.)", re.I), "9M"),
    (re.compile(r"(?:за\s+)?(?:9|тоғыз|девять)\s*(?:ай\w*|месяц\w*|мес\.)\s*" + _YEAR, re.I), "9M"),
    (re.compile(_YEAR + r"\s*(?:ж\.?|жыл\w*|г\.?|год\w*)?[\s,]*(?:6|алты|шесть)\s*(?:ай\w*|месяц\w*|мес\.)", re.I), "H1"),
    (re.compile(r"(?:за\s+)?(?:6|алты|шесть)\s*(?:ай\w*|месяц\w*|мес\.)\s*" + _YEAR, re.I), "H1"),
    (re.compile(_YEAR + r"\s*(?:ж\.?|жыл\w*|г\.?|год\w*)?[\s,]*([1-4])\s*-?\s*(?:ші|шы|інші|нші|й|го)?\s*" + _QUARTER, re.I), "Q"),
    (re.compile(r"([1-4])\s*-?\s*(?:ші|шы|інші|нші|й|го)?\s*" + _QUARTER + r"\s*" + _YEAR, re.I), "Qr"),
]


def parse_period(text: str) -> Period | None:
    """The first reporting period a title or phrase names, or None.

    Reads Kazakh and Russian wording: "2018 жылдың 1-ші жарты жылдығы",
    "1-ші ж/ж", "за первое полугодие 2018 года", "за 9 месяцев 2019 г.",
    "2018 жылдың 2 тоқсаны", "2018 жылдың 6 айына" (six months: the first
    half).  A bare year ("2017 жылы", "за 2017 год")
    gives the year."""
    if not isinstance(text, str) or len(text) > 100000:
        return None
    best: tuple[int, Period] | None = None
    for pat, part in _PERIOD_PATTERNS:
        m = pat.search(text)
        if not m:
            continue
        if part == "Q":
            p = make_period(int(m.group(1)), f"Q{m.group(2)}")
        elif part == "Qr":
            p = make_period(int(m.group(2)), f"Q{m.group(1)}")
        else:
            year = next(g for g in m.groups() if g and re.fullmatch(r"\d{4}", g))
            p = make_period(int(year), part)
        if p and (best is None or m.start() < best[0]):
            best = (m.start(), p)
    if best:
        return best[1]
    m = re.search(_YEAR + r"\s*(?:ж\.|жыл\w*|г\.|год\w*)", text, re.I)
    if m:
        return make_period(int(m.group(1)))
    return None


# -- every period and date of a text, with spans ------------------------------

@dataclass
class PeriodMatch:
    """A period phrase found in a text; ``explicit_year`` is False when the
    year came from the caller's default ("1-ші ж/ж" in a 2018 report)."""

    period: Period
    start: int
    end: int
    text: str
    explicit_year: bool = True


_YEARLESS_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"(?<![\w\d])(?:" + _ORD1 + r")\s*" + _HALF, re.I), "H1"),
    (re.compile(r"(?<![\w\d])(?:" + _ORD2 + r")\s*" + _HALF, re.I), "H2"),
    (re.compile(r"(?<![\w\d])(?:9|тоғыз|девять)\s*(?:ай\w*|месяц\w*|мес\.)", re.I), "9M"),
    (re.compile(r"(?<![\w\d])(?:6|алты|шесть)\s*(?:ай\w*|месяц\w*|мес\.)", re.I), "H1"),
    (re.compile(r"(?<![\w\d])([1-4])\s*-?\s*(?:ші|шы|інші|нші|й|го)?\s*" + _QUARTER, re.I), "Q"),
]
_BARE_YEAR_RE = re.compile(r"(?<![\d.])" + _YEAR + r"\s*(?:ж\.|жыл\w*|г\.|год\w*)", re.I)
_BARE_YEAR_PREFIX_RE = re.compile(r"(?:за|в|на)\s+" + _YEAR + r"(?![\d.])", re.I)


def find_periods(text: str, default_year: int | None = None) -> list[PeriodMatch]:
    """Every period phrase of a text, in order, without overlaps.

    Besides what :func:`parse_period` reads, phrases without a year ("1-ші
    жарты жылдықта", "за первое полугодие", "9 айда") are read with
    ``default_year`` (and skipped without one); a bare year ("2017 жылы",
    "за 2017 год") is a period of its own."""
    out: list[PeriodMatch] = []
    if not isinstance(text, str) or len(text) > 200000:
        return out
    found: list[PeriodMatch] = []
    try:
        for pat, part in _PERIOD_PATTERNS:
            for m in pat.finditer(text):
                if part == "Q":
                    p = make_period(int(m.group(1)), f"Q{m.group(2)}")
                elif part == "Qr":
                    p = make_period(int(m.group(2)), f"Q{m.group(1)}")
                else:
                    year = next(g for g in m.groups() if g and re.fullmatch(r"\d{4}", g))
                    p = make_period(int(year), part)
                if p:
                    found.append(PeriodMatch(p, m.start(), m.end(), m.group(0)))
        if isinstance(default_year, int):
            for pat, part in _YEARLESS_PATTERNS:
                for m in pat.finditer(text):
                    p = make_period(default_year, f"Q{m.group(1)}" if part == "Q" else part)
                    if p:
                        found.append(PeriodMatch(p, m.start(), m.end(), m.group(0), explicit_year=False))
        for pat in (_BARE_YEAR_RE, _BARE_YEAR_PREFIX_RE):
            for m in pat.finditer(text):
                p = make_period(int(m.group(1)))
                if p:
                    found.append(PeriodMatch(p, m.start(), m.end(), m.group(0)))
    except (ValueError, StopIteration):  # pragma: no cover - defensive
        return out
    # longest first at each position; an explicit year beats a default one
    found.sort(key=lambda f: (f.start, -(f.end - f.start), not f.explicit_year))
    for f in found:
        if out and f.start < out[-1].end:
            # a year-bearing match that contains the previous one replaces it
            if f.end > out[-1].end and f.start <= out[-1].start:
                out[-1] = f
            continue
        out.append(f)
    return out


