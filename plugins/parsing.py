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
        \d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+(?:,\s?\d+)?   # 314 760 / 3 485,4
      | \d{1,3}(?:\.\d{3})+(?:,\d+)?(?![.\d])                 # 314.760 / 1.234,5
      | \d+(?:,\s?\d+|\.\d+)?                                  # 3316,8 / 3485, 4 / 12.5
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
    (re.compile(_YEAR + r"\s*(?:ж\.?|жыл\w*|г\.?|год\w*)?[\s,]*([1-4])\s*-?\s*(?:ші|шы|інші|нші|й|го)?\s*" + _QUARTER, re.I), "Q"),
    (re.compile(r"([1-4])\s*-?\s*(?:ші|шы|інші|нші|й|го)?\s*" + _QUARTER + r"\s*" + _YEAR, re.I), "Qr"),
]


def parse_period(text: str) -> Period | None:
    """The first reporting period a title or phrase names, or None.

    Reads Kazakh and Russian wording: "2018 жылдың 1-ші жарты жылдығы",
    "1-ші ж/ж", "за первое полугодие 2018 года", "за 9 месяцев 2019 г.",
    "2018 жылдың 2 тоқсаны".  A bare year ("2017 жылы", "за 2017 год")
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
