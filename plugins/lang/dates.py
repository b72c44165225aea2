"""Months and dates in Kazakh and Russian ("15 наурыз", "15 марта",
"2018.01.07", "07.01.2018").

Every parser is total: it returns None for text it cannot read and never
raises, whatever it is given.
"""

from __future__ import annotations

import datetime as _dt
import functools
import re

from esep.plugins.lang.gates import led
from dataclasses import dataclass

MONTHS_KK = ("қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым",
             "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан")
MONTHS_RU_GEN = ("января", "февраля", "марта", "апреля", "мая", "июня",
                 "июля", "августа", "сентября", "октября", "ноября", "декабря")
MONTHS_RU_NOM = ("январь", "февраль", "март", "апрель", "май", "июнь",
                 "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь")

#: Kazakh in the Latin alphabet of 2021 ("qańtar", "sáuir") and of 2018
#: without its apostrophes ("qantar", "sauir").
MONTHS_KK_LATIN = ("qańtar", "aqpan", "nauryz", "sáuir", "mamyr", "mausym",
                   "shilde", "tamyz", "qyrkúiek", "qazan", "qarasha", "jeltoqsan")
MONTHS_KK_LATIN_2018 = ("qantar", "aqpan", "nauryz", "sauir", "mamyr", "mausym",
                        "shilde", "tamyz", "qyrkuiek", "qazan", "qarasha", "jeltoqsan")

#: Every month name above -> its number (1..12).
MONTH_NUMBERS: dict[str, int] = {
    name: number for names in (MONTHS_KK, MONTHS_RU_GEN, MONTHS_RU_NOM, MONTHS_KK_LATIN, MONTHS_KK_LATIN_2018)
    for number, name in enumerate(names, start=1)
}

_MONTH_STEMS: list[tuple[str, int]] = []
for _i, _names in enumerate(zip(MONTHS_KK, MONTHS_RU_GEN, MONTHS_RU_NOM, MONTHS_KK_LATIN, MONTHS_KK_LATIN_2018),
                            start=1):
    for _n in _names:
        _MONTH_STEMS.append((_n, _i))
# Kazakh month names take case endings (наурызда, сәуірдің); match by stem
_MONTH_STEMS.sort(key=lambda t: -len(t[0]))


# (name, its stem, number): "января" is found by "январ"
_MONTH_STEM_TABLE = tuple((name, name[:-1] if name.endswith(("я", "ь", "й")) and len(name) > 3 else name, num)
                          for name, num in _MONTH_STEMS)


def month_number(word: str) -> int | None:
    """1..12 for a Kazakh or Russian month name in any inflected form."""
    if not isinstance(word, str):
        return None
    return _month_number(word.strip().lower().replace("ё", "е"))


#: The rows of ``_MONTH_STEM_TABLE`` by the first three letters of their stem
#: (every stem has three or more), in the table's order
_STEMS_BY_HEAD: dict[str, tuple[tuple[str, str, int], ...]] = {}
for _row in _MONTH_STEM_TABLE:
    _STEMS_BY_HEAD[_row[1][:3]] = _STEMS_BY_HEAD.get(_row[1][:3], ()) + (_row,)


@functools.lru_cache(maxsize=8192)  # every word after a number is asked about; words recur
def _month_number(w: str) -> int | None:
    if len(w) < 3:
        return None
    # a word can begin only with the stems that begin with its first three letters
    for name, stem, num in _STEMS_BY_HEAD.get(w[:3], ()):
        # a Kazakh month takes a chain of endings ("қаңтарындағы": of the one on the 1st of January)
        if w.startswith(stem) and len(w) - len(name) <= (6 if name in _KK_NAMES else 4):
            return num
    return None


_KK_NAMES = frozenset(MONTHS_KK)


_DAY_MONTH_RE = re.compile(r"(?<!\d)(\d{1,2})\s*[-–]?\s*([^\W\d_]{3,})", re.U)
_DAY_MONTH_RE = led(_DAY_MONTH_RE, r"\d")


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
_NUMERIC_DATE_RE = led(_NUMERIC_DATE_RE, r"\d")


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

@dataclass
class DateMatch:
    iso: str
    start: int
    end: int
    text: str


_DATE_NUM_RE = re.compile(
    r"(?<![\d.])(?:(\d{4})\.(\d{1,2})\.(\d{1,2})|(\d{1,2})\.(\d{1,2})\.(\d{4}))\.?(?:\s*(?:ж\.|жыл\w*|г\.|год\w*))?(?![\d])")
_DATE_NUM_RE = led(_DATE_NUM_RE, r"\d")
_DATE_WORD_RE = re.compile(
    r"(?<![\d.])(?:((?:19|20)\d{2})\s*(?:ж\.?|жыл\w*)?\s+)?(\d{1,2})\s*[-–]?\s*([^\W\d_]{3,})"
    r"(?:\s+((?:19|20)\d{2})\s*(?:ж\.|жыл\w*|г\.|год\w*)?)?", re.U)
_DATE_WORD_RE = led(_DATE_WORD_RE, r"\d")


_DIGIT = re.compile(r"\d")


def find_dates(text: str, default_year: int | None = None) -> list[DateMatch]:
    """Every date of a text with its span: "2018.07.01.", "01.07.2018 г.",
    "1 июля 2018 года", "2018 жылғы 25 мамырда", "16 наурызда" (with
    ``default_year``).  Impossible dates are skipped."""
    out: list[DateMatch] = []
    if not isinstance(text, str) or len(text) > 200000 or not _DIGIT.search(text):
        return out  # every date has a digit
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


#: a figure after a month's name and a dash: "қаңтарда – 820", "в январе – 820", "январь: 820", "наурыз айында – 1 040"
_MONTH_FIGURE_RE = re.compile(
    r"(?<![\d\w])(?P<month>[^\W\d_]{3,})(?:\s+(?:айында|айы|ayynda))?\s*[–—:-]\s*(?P<figure>\d[\d\s\u00a0]*(?:[.,]\d+)?)")


#: a dash or a colon before a figure, which every match of :data:`_MONTH_FIGURE_RE` holds
_DASH_FIGURE_RE = re.compile(r"[–—:-]\s*\d")
#: the last text asked of :func:`month_figure_spans` and its answer (a paragraph is asked two or three times)
_last_month_figures: list = [(None, ())]


def month_figure_spans(text: str) -> list[tuple[int, int]]:
    """The figures of a text that lists them month by month, each after its
    month's name and a dash ("қаңтарда – 820, ақпанда – 910, наурызда –
    1 040 …", "в январе – 820, в феврале – 910"): each is that month's
    figure, none the whole period's.  Two months or more make such a list;
    a month after a day's number ("1 қаңтарда – …") is a date, not a month.

    Each match holds a dash or a colon before a figure, its own: a text with
    fewer than two is no list and is not scanned (the pattern is tried at
    every word).  The last text's answer is kept."""
    if not isinstance(text, str):
        return []
    last = _last_month_figures[0]  # (one tuple, read once: no other thread's text with this one's spans)
    if text == last[0]:
        return list(last[1])
    d = _DASH_FIGURE_RE.search(text)
    out = _month_figure_spans(text) if d is not None and _DASH_FIGURE_RE.search(text, d.start() + 1) else []
    _last_month_figures[0] = (text, tuple(out))
    return out


def _month_figure_spans(text: str) -> list[tuple[int, int]]:
    """:func:`month_figure_spans` without its gate and kept answer: the plain scan."""
    out = []
    for m in _MONTH_FIGURE_RE.finditer(text):
        if month_number(m["month"]) is None or re.search(r"\d\s*$", text[max(0, m.start() - 4):m.start()]):
            continue
        out.append((m.start("figure"), m.start("figure") + len(m["figure"].rstrip())))
    return out if len(out) >= 2 else []
