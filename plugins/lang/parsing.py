"""Parsers shared by the extractors: numbers, months, dates and periods as
Kazakh and Russian reports write them.

Every parser is total: it returns None for text it cannot read and never
raises, whatever it is given.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass

# -- numbers ---------------------------------------------------------------

# Spaces that appear inside numbers: normal, no-break, thin, narrow no-break.
_SPACES = " \u00a0\u2009\u202f"
_NUMBER_RE = re.compile(
    r"""(?<![\w.,])
    (?P<num>
        \d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+(?:,\d+)?      # 314 760 / 3 485,4
      | \d{1,3}(?:\.\d{3})+(?:,\d+)?(?![.\d])                 # 314.760 / 1.234,5
      | \d+(?:,\d+|,[ ]\d(?![\d]|[.,]\d|[ \u00a0]\d)|\.\d+)?     # 3316,8 / 3485, 4 / 12.5
    )""",
    re.X,
)


def parse_number(text: str | None) -> float | None:
    """The value of a number written as in these reports, or None.

    Decimal comma ("3316,8"), decimal point ("12.5"), thousands separated
    by spaces ("314 760") or dots ("1.234.567"), an OCR-split decimal
    ("3485, 4").  The whole string must be the number (surrounding spaces
    and a final period or colon aside)."""
    if not isinstance(text, str):
        return None
    s = text.strip().rstrip(".:;").strip()
    if not s or len(s) > 40:
        return None
    m = _NUMBER_RE.fullmatch(s)
    if not m:
        return None
    return _value(m.group("num"))


def _value(num: str) -> float | None:
    s = num
    for ch in _SPACES:
        s = s.replace(ch, "")
    if "," in s:
        s = s.replace(".", "").replace(",", ".")
    elif re.fullmatch(r"\d{1,3}(\.\d{3}){2,}", s) or re.fullmatch(r"\d{1,3}\.\d{3}", s) and len(s) > 5:
        s = s.replace(".", "")
    try:
        return float(s)
    except ValueError:
        return None


@dataclass
class NumberMatch:
    value: float
    start: int
    end: int
    text: str


def find_numbers(text: str) -> list[NumberMatch]:
    """Every number in a text with its span.  Ordinal suffixes ("1-ші"),
    dates ("2018.07.01.") and numbers glued to letters are not numbers."""
    out: list[NumberMatch] = []
    if not isinstance(text, str):
        return out
    for m in _NUMBER_RE.finditer(text):
        raw = m.group("num")
        end = m.end()
        after = text[end:end + 2]
        if after[:1].isalpha() or (after[:1] == "-" and after[1:2].isalpha()):
            continue  # "1-ші", "10-ы", "5ші"
        if after[:1] == "." and after[1:2].isdigit():
            continue  # part of a date
        v = _value(raw)
        if v is not None:
            out.append(NumberMatch(v, m.start(), end, raw))
    return out


# -- months and dates ------------------------------------------------------

MONTHS_KK = ("қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым",
             "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан")
MONTHS_RU_GEN = ("января", "февраля", "марта", "апреля", "мая", "июня",
                 "июля", "августа", "сентября", "октября", "ноября", "декабря")
MONTHS_RU_NOM = ("январь", "февраль", "март", "апрель", "май", "июнь",
                 "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь")

_MONTH_STEMS: list[tuple[str, int]] = []
for _i, _names in enumerate(zip(MONTHS_KK, MONTHS_RU_GEN, MONTHS_RU_NOM), start=1):
    for _n in _names:
        _MONTH_STEMS.append((_n, _i))
# Kazakh month names take case endings (наурызда, сәуірдің); match by stem
_MONTH_STEMS.sort(key=lambda t: -len(t[0]))


def month_number(word: str) -> int | None:
    """1..12 for a Kazakh or Russian month name in any inflected form."""
    if not isinstance(word, str):
        return None
    w = word.strip().lower().replace("ё", "е")
    if len(w) < 3:
        return None
    for name, num in _MONTH_STEMS:
        stem = name[:-1] if name.endswith(("я", "ь", "й")) and len(name) > 3 else name
        if w.startswith(stem) and len(w) - len(name) <= 4:
            return num
    return None


_DAY_MONTH_RE = re.compile(r"(?<!\d)(\d{1,2})\s*[-–]?\s*([^\W\d_]{3,})", re.U)


def parse_day_month(text: str, year: int | None) -> str | None:
    """ISO date from "5 қаңтар", "12 января", "16-наурыз" and a year."""
    if not isinstance(text, str) or year is None:
        return None
    for m in _DAY_MONTH_RE.finditer(text):
        month = month_number(m.group(2))
        if month:
            try:
                return _dt.date(int(year), month, int(m.group(1))).isoformat()
            except ValueError:
                return None
    return None


_NUMERIC_DATE_RE = re.compile(r"(?<!\d)(\d{4})\.(\d{2})\.(\d{2})\.?(?!\d)|(?<!\d)(\d{2})\.(\d{2})\.(\d{4})(?!\d)")


def parse_numeric_date(text: str) -> str | None:
    """ISO date from "2018.07.01." (year first) or "01.07.2018" (day first)."""
    if not isinstance(text, str):
        return None
    m = _NUMERIC_DATE_RE.search(text)
    if not m:
        return None
    try:
        if m.group(1):
            y, a, b = int(m.group(1)), int(m.group(2)), int(m.group(3))
            return _dt.date(y, a, b).isoformat()
        d, mo, y = int(m.group(4)), int(m.group(5)), int(m.group(6))
        return _dt.date(y, mo, d).isoformat()
    except ValueError:
        return None


# -- periods ----------------------------------------------------------------

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


@dataclass
class DateMatch:
    iso: str
    start: int
    end: int
    text: str


_DATE_NUM_RE = re.compile(
    r"(?<![\d.])(?:(\d{4})\.(\d{1,2})\.(\d{1,2})|(\d{1,2})\.(\d{1,2})\.(\d{4}))\.?(?:\s*(?:ж\.|жыл\w*|г\.|год\w*))?(?![\d])")
_DATE_WORD_RE = re.compile(
    r"(?<![\d.])(?:((?:19|20)\d{2})\s*(?:ж\.?|жыл\w*)?\s+)?(\d{1,2})\s*[-–]?\s*([^\W\d_]{3,})"
    r"(?:\s+((?:19|20)\d{2})\s*(?:ж\.|жыл\w*|г\.|год\w*)?)?", re.U)


def find_dates(text: str, default_year: int | None = None) -> list[DateMatch]:
    """Every date of a text with its span: "2018.07.01.", "01.07.2018 г.",
    "1 июля 2018 года", "2018 жылғы 25 мамырда", "16 наурызда" (with
    ``default_year``).  Impossible dates are skipped."""
    out: list[DateMatch] = []
    if not isinstance(text, str) or len(text) > 200000:
        return out
    for m in _DATE_NUM_RE.finditer(text):
        try:
            if m.group(1):
                d = _dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            else:
                d = _dt.date(int(m.group(6)), int(m.group(5)), int(m.group(4)))
        except ValueError:
            continue
        out.append(DateMatch(d.isoformat(), m.start(), m.end(), m.group(0)))
    taken = [(d.start, d.end) for d in out]
    for m in _DATE_WORD_RE.finditer(text):
        month = month_number(m.group(3))
        if not month or any(a < m.end() and m.start() < b for a, b in taken):
            continue
        year = m.group(1) or m.group(4)
        y = int(year) if year else default_year
        if not isinstance(y, int):
            continue
        try:
            d = _dt.date(y, month, int(m.group(2)))
        except ValueError:
            continue
        out.append(DateMatch(d.isoformat(), m.start(), m.end(), m.group(0)))
    out.sort(key=lambda d: d.start)
    return out


# Kazakh possessive numerals: "10-ы" (ten of them), "13-і", "2-сі", "3-еуі"
_PARTITIVE_RE = re.compile(r"(?<![\w.,])(\d+)\s?-\s?(ы|і|сы|сі|еуі|ауы|уі)(?![\w])", re.U)


def find_partitive_numbers(text: str) -> list[NumberMatch]:
    """Kazakh numerals with a possessive ending ("олардың 10-ы" = ten of
    them), which :func:`find_numbers` leaves out with the ordinals."""
    out: list[NumberMatch] = []
    if not isinstance(text, str):
        return out
    for m in _PARTITIVE_RE.finditer(text):
        out.append(NumberMatch(float(m.group(1)), m.start(), m.end(), m.group(0)))
    return out
