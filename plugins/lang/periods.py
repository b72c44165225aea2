"""Report periods: years, half-years, quarters and nine months, in Kazakh
(Cyrillic and the Latin alphabets of 2018 and 2021) and Russian, as codes
("2018", "2018-H1", "2018-Q2", "2018-9M").

Ordinals are read as digits ("1-ші", "1-й", "1-shi"), words ("бірінші",
"первое", "birinshi") or Roman numerals, written with Latin I/V or with the
Kazakh letter І (U+0406) that Kazakh keyboards put for the Roman one
("І тоқсан", "ІІ жартыжылдық").

A half-year without its ordinal ("за полугодие 2020 года", "2020 жылдың
жарты жылдығы") is the first.  A run of months names the period it covers:
"январь – июнь 2019 г." is 2019-H1, "2019 жылғы қаңтар-қыркүйек" 2019-9M,
"июль–декабрь" H2, "qańtar–nauryz" Q1, January to December the year.

Every parser is total: it returns None for text it cannot read and never
raises, whatever it is given.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass

from esep.plugins.lang.dates import month_number
from esep.plugins.lang.gates import gated, led

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


_PART_MONTHS = {
    None: (1, 12), "H1": (1, 6), "H2": (7, 12), "Q1": (1, 3), "Q2": (4, 6),
    "Q3": (7, 9), "Q4": (10, 12), "9M": (1, 9),
}
#: the periods made so far: a Period is frozen, and every figure of a report names one of a few
_PERIODS: dict[tuple[int, str | None], Period] = {}


def make_period(year: int, part: str | None = None) -> Period | None:
    """``part`` is None (the year), H1, H2, Q1..Q4 or 9M."""
    if not isinstance(year, int) or not 1900 <= year <= 2100:
        return None
    if part not in _PART_MONTHS:
        return None
    got = _PERIODS.get((year, part))
    if got is not None:
        return got
    m0, m1 = _PART_MONTHS[part]
    last = (_dt.date(year + (m1 == 12), m1 % 12 + 1, 1) - _dt.timedelta(days=1)).day
    code = f"{year}" if part is None else f"{year}-{part}"
    got = _PERIODS[(year, part)] = Period(code, _dt.date(year, m0, 1).isoformat(), _dt.date(year, m1, last).isoformat())
    return got


def period_from_code(code: str) -> Period | None:
    if not isinstance(code, str):
        return None
    m = re.fullmatch(r"(\d{4})(?:-(H1|H2|Q[1-4]|9M))?", code.strip())
    return make_period(int(m.group(1)), m.group(2)) if m else None


# -- the words of periods ---------------------------------------------------------

# ordinal suffixes after a digit: Kazakh "1-ші", "2-ші", "3-ші", "4-ші", Latin "1-shi",
# Russian "1-й", "1-го", "1-е", "1-м", "1-ое"
_SUFFIX = r"(?:\s*-?\s*(?:інші|ыншы|нші|ншы|ші|шы|inshi|ynshy|ınshı|nshi|shi|shy|şi|şı|ğı|ого|ый|ой|ое|ий|го|й|е|м))?"
# ordinal words and Roman numerals; digits are read from the text itself
_ORD_WORDS = {
    1: r"бірінші|бір|перв\w*|birinshi|birinşi|bir",
    2: r"екінші|екі|втор\w*|ekinshi|ekinşi|eki",
    3: r"үшінші|үш|трет\w*|úshinshi|ushinshi|üşinşi|úsh|ush|üş",
    4: r"төртінші|төрт|четв[её]рт\w*|tórtinshi|tortinshi|törtinşi|tórt|tort|tört",
}
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}
_ORD_RES = {n: re.compile(r"(?:" + w + r")$", re.I) for n, w in _ORD_WORDS.items()}


def _ordinal(n_max: int) -> str:
    """An ordinal from 1 to ``n_max``, in one group named ``ord``."""
    words = "|".join(_ORD_WORDS[n] for n in range(1, n_max + 1))
    digits = f"[1-{n_max}]"
    roman = "|".join(r for r, v in sorted(_ROMAN.items(), key=lambda kv: -len(kv[0])) if v <= n_max)
    return (r"(?<![\w,])(?<!\d\.)(?P<ord>" + digits + r"(?![\d.,])" + _SUFFIX + r"(?:\s*-)?"
            + r"|(?-i:" + roman + r")(?![\w])(?:\s*-?\s*(?:ші|шы|shi|й|го))?"
            + r"|(?:" + words + r")(?![\w]))")


def _ordinal_value(token: str) -> int | None:
    t = token.strip()
    m = re.match(r"[1-4]", t)
    if m:
        return int(m.group(0))
    head = re.match(r"[IV]+", t)
    if head and head.group(0) in _ROMAN:
        return _ROMAN[head.group(0)]
    for n, pat in _ORD_RES.items():
        if pat.match(t.lower()):
            return n
    return None


# after an ordinal only: "I пол." (пол., полуг.) and "І жарты жыл" are the abbreviations and the
# short form of a half-year a table header uses
_HALF = (r"(?:жарты\s*жылды[қғ]\w*|жартыжылды[қғ]\w*|жартысы\w*|жарты\s+жыл(?![\w])|ж/ж|ж\.ж\.?|j/j|j\.j\.?"
         r"|полугоди\w*|полуг\.|пол\.|п/г|jarty\s*jyld[yı][qǵğg]\w*|jartys[yı]\w*|jarty\s+jyl(?![\w]))")
_QUARTER = r"(?:то[қк]сан\w*|квартал\w*|кв\.|toqsan\w*)"
_NINE = r"(?:9|тоғыз|девят\w*|toǵyz|toğyz|togyz|toǵız|toğız)"
_SIX = r"(?:6|алты|шест\w*|alty|altı)"
_MONTHS = r"(?:ай\w*|месяц\w*|мес\.?|a[iyı](?![\w])\w*|aı\w*|ai\w*|ay\w*)"
_YEAR = r"(?P<year>(?:19|20)\d{2})"
# "2018 ж.", "2018 жылдың", "2018 г.", "2018 года", "2018 jyldyń", "2018 jylǵy"
_YEAR_WORD = r"(?:ж\.|ж(?![\w/])|жыл\w*|г\.|г(?![\w])|год\w*|j[yı]l\w*|j\.|j(?![\w/]))"
# "2021 г. (I пол.)": the part may follow the year in brackets
_GLUE = r"\s*(?:" + _YEAR_WORD + r")?[\s,(]*"
_FOR = r"(?:(?:за|на)\s+)?"

_PERIOD_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    # the year first: "2018 жылдың 1-ші жарты жылдығы", "2020 жылдың 3 тоқсаны"
    (re.compile(_YEAR + _GLUE + _ordinal(2) + r"\s*" + _HALF, re.I), "H"),
    (re.compile(_YEAR + _GLUE + _ordinal(4) + r"\s*" + _QUARTER, re.I), "Q"),
    (re.compile(_YEAR + _GLUE + r"(?<![\w.,])" + _NINE + r"\s*" + _MONTHS, re.I), "9M"),
    (re.compile(_YEAR + _GLUE + r"(?<![\w.,])" + _SIX + r"\s*" + _MONTHS, re.I), "H1"),
    # the part first: "за I полугодие 2019 года", "1-й квартал 2019 г.", "9 месяцев 2019 г."
    (re.compile(_FOR + _ordinal(2) + r"\s*" + _HALF + r"\s*" + _YEAR, re.I), "H"),
    (re.compile(_FOR + _ordinal(4) + r"\s*" + _QUARTER + r"\s*" + _YEAR, re.I), "Q"),
    (re.compile(_FOR + r"(?<![\w.,])" + _NINE + r"\s*" + _MONTHS + r"\s*" + _YEAR, re.I), "9M"),
    (re.compile(_FOR + r"(?<![\w.,])" + _SIX + r"\s*" + _MONTHS + r"\s*" + _YEAR, re.I), "H1"),
]

# "полугодие 2020 года", "2020 жылдың жарты жылдығы": a half-year without
# its ordinal is the first one (a report of the second half says so)
_HALF_BARE = (r"(?:полугоди\w*|жарты\s*жылды[қғ]\w*|жартыжылды[қғ]\w*|jarty\s*jyld[yı][qǵğg]\w*"
              r"|jartyjyld[yı][qǵğg]\w*)")
_PERIOD_PATTERNS += [
    (re.compile(_YEAR + _GLUE + r"(?<![\w.,])" + _HALF_BARE, re.I), "H1"),
    (re.compile(_FOR + r"(?<![\w.,])" + _HALF_BARE + r"\s*" + _YEAR, re.I), "H1"),
]

# a run of months: "январь – июнь 2019 г.", "2019 жылғы қаңтар-маусым айлары",
# "qańtar–qyrkúiek": the months of a half-year, a quarter, nine months or the year
_MONTH_WORD = r"[^\W\d_]{3,}"
_MONTH_RUN = r"(?P<m0>" + _MONTH_WORD + r")\s*[-–—]\s*(?P<m1>" + _MONTH_WORD + r")"
_RUN_PARTS = {(1, 3): "Q1", (4, 6): "Q2", (7, 9): "Q3", (10, 12): "Q4",
              (1, 6): "H1", (7, 12): "H2", (1, 9): "9M", (1, 12): None}
_MONTH_RUN_PATTERNS = [
    re.compile(_YEAR + _GLUE + r"(?<![\w.,])" + _MONTH_RUN, re.I),
    re.compile(_FOR + r"(?<![\w.,])" + _MONTH_RUN + r"\s*(?:" + _MONTHS + r"\s*)?" + _YEAR, re.I),
]


#: a run of months without a year ("Январь–июнь", "қаңтар–маусым" heading a column of a table of the year):
#: read with the default year only
_YEARLESS_MONTH_RUN = re.compile(r"(?<![\w.,])" + _MONTH_RUN + r"(?![\w-])", re.I)


def _month_run(m: re.Match[str], default_year: int | None = None) -> Period | None:
    first, last = month_number(m.group("m0")), month_number(m.group("m1"))
    if first is None or last is None or (first, last) not in _RUN_PARTS:
        return None
    year = m.groupdict().get("year")
    return make_period(int(year) if year else default_year, _RUN_PARTS[(first, last)])


# a range of dates: "с 01.01.2019 по 31.12.2019", "01.01.2019 ж. – 30.06.2019 ж.", "с 1 января по
# 30 июня 2019 года", "2021 жылғы 1 қаңтардан 1 шілдеге дейін": from the first day of a month to
# the last day of a month (or to the first day of the next, "1 шілдеге дейін"), in one year
_TO = r"\s*(?:г\.|ж\.|жыл\w*)?\s*(?:по|до|[-–—]|\.\.)?\s*"
_DATE_RANGE_PATTERNS = [
    re.compile(r"(?<![\d.])(?P<d0>[0-3]?\d)\.(?P<m0>[01]?\d)\.(?P<year>(?:19|20)\d{2})" + _TO
               + r"(?P<d1>[0-3]?\d)\.(?P<m1>[01]?\d)\.(?P<y1>(?:19|20)\d{2})(?![\d.]\d)", re.I),
    re.compile(r"(?:(?P<ya>(?:19|20)\d{2})\s*(?:жыл\w*|ж\.|г\.|год\w*)?\s*)?(?<![\w.])(?P<d0>[0-3]?\d)\s+"
               r"(?P<w0>[^\W\d_]{3,})" + _TO + r"(?P<d1>[0-3]?\d)\s+(?P<w1>[^\W\d_]{3,})"
               r"(?:\s*(?:дейін(?:гі)?)?\s*(?P<yb>(?:19|20)\d{2}))?", re.I),
]


def _date_range(m: re.Match[str]) -> Period | None:
    """The period a range of dates (:data:`_DATE_RANGE_PATTERNS`) covers:
    a quarter, a half-year, nine months or the year; None for any other."""
    d0, d1 = int(m.group("d0")), int(m.group("d1"))
    if "w0" in m.groupdict():
        m0, m1 = month_number(m.group("w0")), month_number(m.group("w1"))
        year = m.group("ya") or m.group("yb")
    else:
        m0, m1 = int(m.group("m0")), int(m.group("m1"))
        year = m.group("year") if m.group("year") == m.group("y1") else None
    if year is None or m0 is None or m1 is None or d0 != 1:
        return None
    if d1 == 1 and m1 > 1:
        m1 -= 1  # "to the first of July": the months before it
    elif d1 < 28:
        return None
    if (m0, m1) not in _RUN_PARTS:
        return None
    return make_period(int(year), _RUN_PARTS[(m0, m1)])


def date_range_period(text: str) -> Period | None:
    """The period of the first range of dates in ``text`` that covers one
    (:func:`_date_range`), or None."""
    for pat in _DATE_RANGE_PATTERNS:
        for m in pat.finditer(text):
            p = _date_range(m)
            if p:
                return p
    return None


_YEARLESS_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(_ordinal(2) + r"\s*" + _HALF, re.I), "H"),
    (re.compile(_ordinal(4) + r"\s*" + _QUARTER, re.I), "Q"),
    (re.compile(r"(?<![\w\d.,])" + _NINE + r"\s*" + _MONTHS, re.I), "9M"),
    (re.compile(r"(?<![\w\d.,])" + _SIX + r"\s*" + _MONTHS, re.I), "H1"),
]
_BARE_YEAR_RE = re.compile(r"(?<![\d.])" + _YEAR + r"\s*(?:ж\.|жыл\w*|г\.|год\w*|j[yı]l\w*|j\.)", re.I)
_BARE_YEAR_RE = led(_BARE_YEAR_RE, "[12]")
_BARE_YEAR_PREFIX_RE = re.compile(r"(?<![\w])(?:за|в|на)\s+" + _YEAR + r"(?![\d.])", re.I)
_BARE_YEAR_PREFIX_RE = led(_BARE_YEAR_PREFIX_RE, "[звн]")

# the Kazakh letter І standing for the Roman I: "І тоқсан", "ІІ жартыжылдық", "ІV"
_ROMAN_KK_RE = re.compile(r"(?<![^\W\d_])(?:І{1,3}|ІV|IІ|ІI)(?![^\W\d_])")
_ROMAN_KK_RE = led(_ROMAN_KK_RE, "[ІI]")


# -- gates: a word every match of a pattern contains, looked for first ---------------
#
# Most texts name no period, and a pattern that begins with an optional word or a
# look-behind is tried at every position of the text.  Each pattern is tried only
# when the text holds a match of a part of it that every match contains (the year,
# the word for a half-year or a quarter, "9 месяцев", a dash between months): one
# quick search, and the pattern's own matches are the same, since a part of a match
# is a match of that part at the same place.

_YEAR_GATE = re.compile(r"(?:19|20)\d{2}")
_GATE_WORDS = {"H": _HALF, "Q": _QUARTER, "9M": _NINE + r"\s*" + _MONTHS, "H1": _SIX + r"\s*" + _MONTHS}
_GATES: dict[re.Pattern[str], re.Pattern[str]] = {}
for _pats in (_PERIOD_PATTERNS, _YEARLESS_PATTERNS):
    for _pat, _part in _pats:
        _word = _HALF_BARE if _HALF_BARE in _pat.pattern else _GATE_WORDS[_part]
        assert _word in _pat.pattern
        _GATES[_pat] = re.compile(_word, re.I)
for _pat in _MONTH_RUN_PATTERNS:
    _GATES[_pat] = re.compile(r"[-–—]")
for _pat in _DATE_RANGE_PATTERNS:
    _GATES[_pat] = re.compile(r"(?<![\d.])[0-3]?\d[.\s]+(?:[01]?\d\.|[^\W\d_]{3,})", re.I)
#: the patterns of a run of months and of a range of dates, each with its reader
_RANGE_READERS = [*((p, _month_run) for p in _MONTH_RUN_PATTERNS), *((p, _date_range) for p in _DATE_RANGE_PATTERNS)]


def _matches(pat: re.Pattern[str], text: str, gates: dict[re.Pattern[str], bool]):
    """``pat.finditer(text)``, or nothing when the text lacks the part every
    match of ``pat`` contains.  ``gates`` keeps what each gate found in
    ``text`` (several patterns share one)."""
    gate = _GATES.get(pat)
    if gate is not None:
        ok = gates.get(gate)
        if ok is None:
            ok = gates[gate] = gate.search(text) is not None
        if not ok:
            return ()
    return pat.finditer(text)


def _fold_roman(text: str) -> str:
    """The Kazakh І (U+0406) of Roman numerals made Latin, length kept, so
    that spans found in the folded text are spans of the original."""
    if "І" not in text:
        return text
    return _ROMAN_KK_RE.sub(lambda m: m.group(0).replace("І", "I"), text)


def _period_of(m: re.Match[str], part: str, year: int | None = None) -> Period | None:
    if year is None:
        year = int(m.group("year"))
    if part in ("H", "Q"):
        n = _ordinal_value(m.group("ord"))
        if n is None or (part == "H" and n > 2):
            return None
        return make_period(year, f"{part}{n}")
    return make_period(year, part)


def parse_period(text: str) -> Period | None:
    """The first reporting period a title or phrase names, or None.

    Reads Kazakh and Russian wording: "2018 жылдың 1-ші жарты жылдығы",
    "1-ші ж/ж", "за первое полугодие 2018 года", "за 9 месяцев 2019 г.",
    "2018 жылдың 2 тоқсаны", "І тоқсан 2019 ж.", "2018 жылдың 6 айына" (six
    months: the first half), and in Latin letters "2018 jyldyń 1-shi
    jartyjyldyǵy".  A part of a year beats a bare year wherever they stand;
    without one, the first bare year ("2017 жылы", "за 2017 год", "2018
    jylǵy") gives the year."""
    if not isinstance(text, str) or len(text) > 100000:
        return None
    folded = _fold_roman(text)
    has_year = _YEAR_GATE.search(folded) is not None  # every pattern but the yearless ones needs a year
    gates: dict[re.Pattern[str], bool] = {}
    best: tuple[int, Period] | None = None
    try:
        for pat, part in _PERIOD_PATTERNS if has_year else ():
            for m in _matches(pat, folded, gates):
                p = _period_of(m, part)
                if p:
                    if best is None or m.start() < best[0]:
                        best = (m.start(), p)
                    break
        for pat, read in _RANGE_READERS if has_year else ():
            for m in _matches(pat, folded, gates):
                p = read(m)
                if p:
                    if best is None or m.start() < best[0]:
                        best = (m.start(), p)
                    break
    except (ValueError, IndexError):  # pragma: no cover - defensive
        return None
    if best:
        return best[1]
    if not has_year:
        return None
    m = _BARE_YEAR_RE.search(folded) or _BARE_YEAR_PREFIX_RE.search(folded)
    if m:
        return make_period(int(m.group("year")))
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


# "өткен жылдың І тоқсанында", "былтырғы 9 айда", "в I квартале прошлого года": a part of the year before,
# named by the words for that year before or after it
_YEAR_BEFORE_BEFORE_RE = re.compile(
    r"(?<![\w])(?:өткен\s+жыл(?:дың|ғы)|былтырғы|[öó]tken\s+j[yı]l(?:d[yı][ńñn]|[ǵğg][yı]))\s*$", re.I)
_YEAR_BEFORE_AFTER_RE = re.compile(r"\s*(?:прошлого|предыдущего)\s+года(?![\w])", re.I)


def _of_year_before(f: PeriodMatch, text: str) -> PeriodMatch:
    """A part of a year read with the caller's year (``f``), of the year
    before when the words for the year before name it; the span takes them."""
    if f.explicit_year:
        return f
    before = _YEAR_BEFORE_BEFORE_RE.search(text, max(0, f.start - 30), f.start)
    after = _YEAR_BEFORE_AFTER_RE.match(text, f.end)
    if not (before or after):
        return f
    p = make_period(f.period.year - 1, f.period.code[5:] or None)
    if p is None:
        return f
    start, end = (before.start() if before else f.start), (after.end() if after else f.end)
    return PeriodMatch(p, start, end, text[start:end])


def months_no_code_beside(text: str, start: int, end: int) -> bool:
    """The year at ``text[start:end]`` is joined to a run or a count of months
    that no period code says ("2025 жылдың қаңтар–мамыр айларында", "за
    10 месяцев 2024 года"; :func:`uncoded_month_spans`): the figures there
    are of those months, not of the year."""
    return any(a <= start and end <= b for a, b in uncoded_month_spans(text))
# a count of months no period code says ("за 10 месяцев 2024 г.", "5 мес. 2024 г.", "2024 жылғы 10 айда") and a
# run of months none says ("январь – октябрь 2024 г.", "2024 жылғы қаңтар–мамыр"): the year beside them is no
# period of the figures, which are of those months only
_ODD_MONTH_COUNT = r"(?<![\w.,])(?:[1245780]|1[01])(?:\s*-?\s*(?:ти|ми|и|х))?\s*(?:месяц\w*|мес\.?|ай[^\W\d_]{0,6}(?![^\W\d_]))"
_UNCODED_MONTHS_PATTERNS = [
    re.compile(_ODD_MONTH_COUNT + r"\s*(?:\([^()]{0,40}\)\s*)?" + _YEAR, re.I),
    re.compile(_YEAR + _GLUE + _ODD_MONTH_COUNT, re.I),
    *_MONTH_RUN_PATTERNS,
]


def uncoded_month_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the phrases naming months of a year that no period code
    says: a count of months other than three, six, nine or twelve ("за 10
    месяцев 2024 г.", "Факт за 5 мес. 2024 г.", "2024 жылғы 10 айда") or a
    run of months other than a quarter's, a half-year's or nine months'
    ("январь – октябрь 2024 г.").  The year in them is no period of the
    figures: they are of those months only."""
    if not isinstance(text, str) or not _YEAR_GATE.search(text) or len(text) > 200000:
        return []
    last = _last_uncoded[0]  # (one tuple, read once: no other thread's text with this one's spans)
    if text == last[0]:  # a paragraph is asked again for each year in it
        return list(last[1])
    out = _uncoded_month_spans(text)
    _last_uncoded[0] = (text, tuple(out))
    return out


#: the last text :func:`uncoded_month_spans` read, with its spans
_last_uncoded: list = [(None, ())]


def _uncoded_month_spans(text: str) -> list[tuple[int, int]]:
    """:func:`uncoded_month_spans` read anew."""
    out = []
    for i, pat in enumerate(_UNCODED_MONTHS_PATTERNS):
        for m in pat.finditer(text):
            if i >= 2:  # a run of months: uncoded when both are months and no code says the run
                first, last = month_number(m.group("m0")), month_number(m.group("m1"))
                if first is None or last is None or (first, last) in _RUN_PARTS or last < first:
                    continue
            out.append((m.start(), m.end()))
    return sorted(out)


def find_periods(text: str, default_year: int | None = None) -> list[PeriodMatch]:
    """Every period phrase of a text, in order, without overlaps.

    Besides what :func:`parse_period` reads, phrases without a year ("1-ші
    жарты жылдықта", "за первое полугодие", "9 айда") are read with
    ``default_year`` (and skipped without one); a bare year ("2017 жылы",
    "за 2017 год") is a period of its own."""
    out: list[PeriodMatch] = []
    if not isinstance(text, str) or len(text) > 200000:
        return out
    folded = _fold_roman(text)
    has_year = _YEAR_GATE.search(folded) is not None  # every pattern but the yearless ones needs a year
    gates: dict[re.Pattern[str], bool] = {}
    found: list[PeriodMatch] = []
    try:
        for pat, part in _PERIOD_PATTERNS if has_year else ():
            for m in _matches(pat, folded, gates):
                p = _period_of(m, part)
                if p:
                    found.append(PeriodMatch(p, m.start(), m.end(), text[m.start():m.end()]))
        for pat in _MONTH_RUN_PATTERNS if has_year else ():
            for m in _matches(pat, folded, gates):
                p = _month_run(m)
                if p:
                    found.append(PeriodMatch(p, m.start(), m.end(), text[m.start():m.end()]))
        if isinstance(default_year, int):
            for pat, part in _YEARLESS_PATTERNS:
                for m in _matches(pat, folded, gates):
                    p = _period_of(m, part, default_year)
                    if p:
                        found.append(PeriodMatch(p, m.start(), m.end(), text[m.start():m.end()], explicit_year=False))
            for m in _matches(_YEARLESS_MONTH_RUN, folded, gates):
                p = _month_run(m, default_year)
                if p:
                    found.append(PeriodMatch(p, m.start(), m.end(), text[m.start():m.end()], explicit_year=False))
            found = [_of_year_before(f, text) for f in found]
        for pat in (_BARE_YEAR_RE, _BARE_YEAR_PREFIX_RE) if has_year else ():
            for m in pat.finditer(folded):
                if months_no_code_beside(folded, m.start(), m.end()):
                    continue
                p = make_period(int(m.group("year")))
                if p:
                    found.append(PeriodMatch(p, m.start(), m.end(), text[m.start():m.end()]))
    except (ValueError, IndexError):  # pragma: no cover - defensive
        return out
    uncoded = uncoded_month_spans(text) if has_year else []
    if uncoded:  # "за 10 месяцев 2024 г.": the year of months no code says is no period
        found = [f for f in found if not (len(f.period.code) == 4 and any(a <= f.start < z for a, z in uncoded))]
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


# "өткен жылы", "өткен жылдың осы кезеңінде", "в прошлом году", "за аналогичный
# период прошлого года", "годом ранее", "ötken jyly": the same part of the year before
_PREVIOUS_RE = re.compile(
    r"(?=[өбöóзавпг])(?<![\w])(?:өткен\s+жыл\w*(?:\s+осы\s+кезең\w*)?|былтыр\w*"
    r"|ötken\s+j[yı]l\w*(?:\s+osy\s+keze[ńñn]\w*)?|ótken\s+j[yı]l\w*(?:\s+osy\s+keze[ńñn]\w*)?"
    r"|(?:за\s+)?аналогичн\w+\s+период\w*(?:\s+(?:прошл|предыдущ)\w+\s+год\w*)?"
    r"|(?:в\s+)?(?:прошл|предыдущ)\w+\s+год\w*|годом\s+ран(?:ее|ьше)|год\s+назад|аппг)(?![\w])", re.I)


def find_previous_periods(text: str, period: Period | None) -> list[PeriodMatch]:
    """Phrases naming the same part of the year before the report's
    ``period`` ("өткен жылы" in a report on 2014 is 2013; "өткен жылдың осы
    кезеңінде" in one on 2014-H1 is 2013-H1; "в прошлом году", "за
    аналогичный период прошлого года", "ötken jyly"), with their spans."""
    if not isinstance(text, str) or period is None or len(text) > 200000:
        return []
    part = period.code[5:] or None
    prev = make_period(period.year - 1, part)
    if prev is None:
        return []
    return [PeriodMatch(prev, m.start(), m.end(), m.group(0)) for m in _PREVIOUS_RE.finditer(text)]


# "биыл", "есепті жылы", "в отчётном году", "в этом году": the report's own period, named in words
_CURRENT_RE = re.compile(  # Cyrillic б, е, в and Latin b, e
    r"(?=[бевbe])(?<![\w])(?:биыл\w*|есепті\s+жыл\w*|esepti\s+j[yı]l\w*|b[iı]yl\w*"
    r"|в\s+(?:этом|отч[её]тном|текущем)\s+году)(?![\w])", re.I)


def find_current_periods(text: str, period: Period | None) -> list[PeriodMatch]:
    """Phrases naming the report's own ``period`` in words ("биыл", "есепті
    жылы", "в отчётном году"), with their spans: beside "өткен жылы" they say
    which figure is this year's."""
    if not isinstance(text, str) or period is None or len(text) > 200000:
        return []
    return [PeriodMatch(period, m.start(), m.end(), m.group(0)) for m in _CURRENT_RE.finditer(text)]


# "жарты жылда", "жарты жыл ішінде", "жартыжылдықта", "за полугодие": a half-year named with no ordinal and no
# year, in the body of a report
# the patterns of words below open with a lookahead for the first letters of its words: a pattern that
# begins with a look-behind is otherwise tried at every position of the text; with it, only where one of those
# letters stands (the same matches, about three times quicker; tests/test_extract_speed.py compares them)
_BARE_HALF_RE = re.compile(
    r"(?=[жпj])(?<![\w])(?:жарты\s+жыл(?:ы|да|ында|дың|ының)?|жарты\s*жылды[қғ]\w*|жартыжылды[қғ]\w*|полугоди\w*"
    r"|jarty\s+j[yı]l(?:da|y|ynda)?|jarty\s*jyld[yı][qǵğg]\w*)(?![\w])", re.I)
# "жылына", "жылдық", "годовой", "на год": the whole year, beside figures of a part of it
_WHOLE_YEAR_WORD_RE = re.compile(r"(?=[жгнj])(?<![\w])(?:жылына|жылдық|годов\w+|на\s+год|j[yı]lyna|j[yı]ld[yı]q)(?![\w])", re.I)


_PLAN_WORD_RE = re.compile(r"план|жоспар|josp|jospar", re.I)


def find_half_year_words(text: str, period: Period | None) -> list[PeriodMatch]:
    """A half-year named with no ordinal and no year ("Жарты жылда 41 370,5
    мың теңге игерілді", "за полугодие"), with its span: the report's own
    half-year in a report on one, the first half-year in a report on the
    second quarter (the year to date); in a report on a year or on nine
    months, which half it is the words do not say: none."""
    if not isinstance(text, str) or period is None or len(text) > 200000:
        return []
    part = period.code[5:]
    half = period if part in ("H1", "H2") else make_period(period.year, "H1") if part == "Q2" else None
    if half is None:
        return []
    return [PeriodMatch(half, m.start(), m.end(), m.group(0), explicit_year=False) for m in _BARE_HALF_RE.finditer(text)]


def find_whole_year_words(text: str, period: Period | None) -> list[PeriodMatch]:
    """Words naming the whole year ("жылына", "жылдық бюджеті", "годовой
    бюджет", "на год") in a report on a part of it, with their spans: the
    money allotted for the year beside what the part of it spent."""
    if not isinstance(text, str) or period is None or len(period.code) == 4 or len(text) > 200000:
        return []
    year = make_period(period.year)
    # "Годовой план выполнен на 64,4 %", "жылдық жоспар", "план на год": the year a plan is for, no period of
    # the figures done
    return [PeriodMatch(year, m.start(), m.end(), m.group(0), explicit_year=False)
            for m in _WHOLE_YEAR_WORD_RE.finditer(text)
            if not _PLAN_WORD_RE.search(text, max(0, m.start() - 12), m.end() + 12)]


_CUMULATIVE_RE = re.compile(
    r"(?=[снжj])(?<![\w])(?:с\s+начала\s+(?:(?:текущего|отч[её]тного|этого)\s+)?года|нарастающим\s+итогом"
    r"|жыл\s+басынан(?:\s+бері)?|j[yı]l\s+basynan(?:\s+beri)?)(?![\w])", re.I)
_CUMULATIVE_RE = gated(_CUMULATIVE_RE, "начала", "нарастающ", "басынан", "basynan")
def names_year_to_date(text: str) -> bool:
    """Whether the text names the year to date ("с начала года",
    "нарастающим итогом", "жыл басынан бері")."""
    return isinstance(text, str) and _CUMULATIVE_RE.search(text) is not None


#: The part of the year from January to the end of a report's period.
_TO_DATE = {None: None, "Q1": "Q1", "Q2": "H1", "Q3": "9M", "Q4": None, "H1": "H1", "H2": None, "9M": "9M"}


def year_to_date(period: Period | None) -> Period | None:
    """The part of the year from January to the end of ``period``: the first
    half-year for the second quarter, nine months for the third, the year for
    the fourth quarter, the second half-year or the year itself."""
    if period is None:
        return None
    part = period.code[5:] or None
    return make_period(period.year, _TO_DATE[part]) if part in _TO_DATE else None


def find_cumulative_periods(text: str, period: Period | None) -> list[PeriodMatch]:
    """Phrases naming the year to date, from January to the end of the
    report's ``period`` ("с начала года" in a report on the second quarter is
    the first half-year; "нарастающим итогом", "жыл басынан бері"), with their
    spans.  In a report on a quarter such a column stands beside the quarter's
    own figures."""
    if not isinstance(text, str) or period is None or len(text) > 200000:
        return []
    to_date = year_to_date(period)
    if to_date is None:
        return []
    return [PeriodMatch(to_date, m.start(), m.end(), m.group(0)) for m in _CUMULATIVE_RE.finditer(text)]



# "2021-2022 жж.", "2021–2023 жылдары", "в 2021–2022 годах", "2022–2023 jj.": a span of years the figures after it
# belong to, no period of a report; not the term of a programme or a plan ("2021–2025 жылдарға арналған
# бағдарлама", "на 2021–2025 годы", "2019-2021 жж. арналған жоспар")
_YEAR_SPAN_RE = re.compile(
    r"(?<![\d.,])(?P<a>(?:19|20)\d{2})\s?[-–—]\s?(?P<b>(?:19|20)\d{2})(?!\d)\s*"
    r"(?:жж\.?|жылдары|жылдарда|жылдар\s+ішінде|гг\.?|годах|годы|jj\.?|j[yı]ldar[yı](?![\w])|j[yı]ldarda)"
    r"(?!\s*(?:арналған|бағдарлама|программ|жоспар|план|arnal|baǵdarlama|bağdarlama))", re.I)
_YEAR_SPAN_RE = led(_YEAR_SPAN_RE, "[12]")
_PLAN_BEFORE_RE = re.compile(r"(?<![\w])(?:на|до)\s*$", re.I)
#: the end of the clause a span of years opens: a comma or a semicolon, or the end of the sentence
_CLAUSE_OR_SENTENCE_END_RE = re.compile(r"[,;](?=\s)|[.!?](?=\s+[^\W\d_a-zа-яё]|\s*$)|$")


def year_span_clauses(text: str) -> list[tuple[int, int]]:
    """The clauses that a span of years opens ("2021-2022 жж. кітап қоры
    120 400 дана болды", "в 2021–2022 годах выдано …"), from the span to
    the end of the clause: their figures are of those years together, no
    period's, and the years are no figures.  The term of a programme or a
    plan ("2021–2025 жылдарға арналған", "на 2021–2025 годы") is none."""
    if not isinstance(text, str) or not _YEAR_GATE.search(text):
        return []
    out = []
    for m in _YEAR_SPAN_RE.finditer(text):
        if int(m["b"]) <= int(m["a"]) or _PLAN_BEFORE_RE.search(text, max(0, m.start() - 4), m.start()):
            continue
        end = _CLAUSE_OR_SENTENCE_END_RE.search(text, m.end())
        out.append((m.start(), end.start() if end else len(text)))
    return out


#: one item of a list of figures each after its year: "2023 ж. – 11 240", "2024 г.: 5 840"
_YEAR_FIGURE_RE = re.compile(r"\s*" + _YEAR + r"\s*" + _YEAR_WORD + r"\s*(?:[–—-]|:)\s*(?P<figure>\d{1,3}(?:[\s\u00a0]\d{3})*(?:[.,]\d+)?|\d+(?:[.,]\d+)?)\s*", re.I)


def year_figure_list(text: str) -> list[tuple[int, str]] | None:
    """The (year, figure) pairs of a text that is only a list of figures,
    each after its year and a dash ("2023 ж. – 11 240, 2024 ж. – 11 865",
    "2023 г. – 96; 2024 г. – 104"), two or more of distinct years; None for
    any other text."""
    out: list[tuple[int, str]] = []
    for item in re.split(r"[,;]\s+(?=(?:19|20)\d{2})", text.strip()):
        m = _YEAR_FIGURE_RE.fullmatch(item.rstrip(".;,"))
        if m is None:
            return None
        out.append((int(m["year"]), m["figure"].strip()))
    if len(out) < 2 or len({y for y, _ in out}) != len(out):
        return None
    return out


def uncoded_month_clauses(text: str) -> list[tuple[int, int]]:
    """The clauses a phrase of months no period code says opens ("за 5
    месяцев 2024 г. было проведено 648 мероприятий", "январь – октябрь 2024
    г. поступило 7 412 экз."), from the phrase to the end of the clause: in
    a report on a year or a part of it that code says, their figures are of
    those months, none of the report's period."""
    out = []
    for a, z in uncoded_month_spans(text):
        end = _CLAUSE_OR_SENTENCE_END_RE.search(text, z)
        out.append((a, end.start() if end else len(text)))
    return out


#: a school or academic year: "2024-2025 оқу жылы", "2023/2024 учебный год", "2024–2025 o'quv yili"
_SCHOOL_YEAR_RE = re.compile(
    r"(?<![\d.,])(?P<a>(?:19|20)\d{2})\s?[-–—/]\s?(?P<b>(?:19|20)\d{2})(?!\d)\s*(?:жж\.?\s*|гг\.?\s*)?"
    r"(?=оқу\s+жыл|учебн|oqý\s+j|oqu\s+j|o.quv\s+yil|окуу\s+жыл)", re.I)


def school_year_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the school or academic years a text names ("2024-2025
    оқу жылының басында", "в 2023/2024 учебном году"): two years, the
    second the year after the first, and never a figure."""
    if not isinstance(text, str) or not _YEAR_GATE.search(text):
        return []
    return [(m.start(), m.end()) for m in _SCHOOL_YEAR_RE.finditer(text) if int(m["b"]) == int(m["a"]) + 1]
