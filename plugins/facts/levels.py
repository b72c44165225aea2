"""A change between two levels, in either language: "число читателей выросло
с 4 210 до 4 380", "Оқырмандар саны 4 210-нан 4 380-ге дейін өсті".

The level a change came to is the figure of the report's period (or of the
year written after it). The level it started from is dated where the
sentence dates it, and only there:

* its own year, written with it ("со 176 300 экз. в 2021 году", "2022
  жылғы 5 310-нан", "с 210 в прошлом году", "өткен жылғы 5 310-нан");
* the first year of a span the sentence names ("с 2020 года", "за период
  2021–2023 гг.", "2021 жылдан бері", "2021–2023 жылдары");
* the year the sentence compares with ("по сравнению с 2022 годом", "2022
  жылмен салыстырғанда"), or the same part of the year before when it
  compares with last year ("по сравнению с прошлым годом", "өткен жылмен
  салыстырғанда");
* a change listed after a dash with its verb said once ("…, посещений – с
  6 930 до 12 760") is dated as the change before it in its sentence.

Else ("после модернизации выросло с 612 до 1 048", "за три года", "соңғы
үш жылда") the level it started from is of no period the text says and is
no figure. Each language is one `ChangeWords`: its patterns are the only
thing that differs.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from esep.plugins.lang.alphabet import UPPER
from esep.plugins.lang.periods import Period, make_period

_NUM = r"\d[\d \u00a0]*(?:[.,]\d+)?"
_YEAR = r"(?:19|20)\d{2}"
#: a span of years written as a range, in either language: "2021–2023 гг.", "2021-2023 жылдары" (its first year)
_RANGE = rf"(?<![\d.,])({_YEAR})\s?[-–—]\s?{_YEAR}(?!\d)"
#: the end of a sentence: a stop before a capital letter
_SENTENCE_END_RE = re.compile(rf"[.!?]\s+(?=[{UPPER}A-Z])")


@dataclass(frozen=True)
class ChangeWords:
    """One language's words for a change between two levels.

    ``change`` finds the change: group ``x`` the level it started from, ``y``
    the level it came to, ``xy``/``yy`` a year written with either, ``xl``
    "last year" written with the level it started from, ``lead`` a dash or a
    colon the change is listed after. ``span``, ``compared`` hold the year
    (their only non-empty group) a span starts in and a comparison names;
    ``last_year`` a comparison with the year before; ``fund`` the fund as
    the subject right before the change. ``gate`` is a word every change
    holds."""
    gate: str
    change: re.Pattern
    span: re.Pattern
    compared: re.Pattern
    last_year: re.Pattern
    fund: re.Pattern | None = None


def _level_year(year: str, last: str) -> str:
    return (rf"(?:\s*,?\s*(?:в|за)\s+(?:(?P<{year}>{_YEAR})\s*(?:год[^\W\d_]*|г\.?)(?![^\W\d_])"
            rf"|(?P<{last}>прошлом|предыдущем)\s+году))?")


RUSSIAN = ChangeWords(
    gate="до",
    # "уменьшилась со 176 300 экз. в 2021 году до 171 980 экз. в 2023 году", "выросла с 8,7 до 8,8", "число
    # участников – с 9 870 до 10 415"
    change=re.compile(
        r"(?i)(?:\b(?:увеличил|уменьшил|вырос|возрос|снизил|сократил|повысил|понизил|изменил)[^\W\d_]*"
        rf"(?:\s+[^\W\d_]+\.?){{0,4}}?|(?P<lead>[–—:-]))\s*со?\s+(?P<x>{_NUM})(?![.,]?\d)"
        r"(?:\s*[^\W\d_]+\.?){0,3}?" + _level_year("xy", "xl") + rf"\s+до\s+(?P<y>{_NUM})(?![.,]?\d)"
        r"(?:\s*[^\W\d_]+\.?){0,3}?" + _level_year("yy", "yl")),
    # "с 2020 года", "начиная с 2020 г.", "с 2020 по 2023 год", "за период 2021–2023 гг."
    span=re.compile(rf"(?i)(?<![^\W\d_])(?:начиная\s+)?со?\s+({_YEAR})\s*(?:год[^\W\d_]*|г\.|по\s+{_YEAR})|{_RANGE}"),
    compared=re.compile(rf"(?i)(?<![^\W\d_])(?:по\s+сравнению|в\s+сравнении|сравнительно)\s+с\s+({_YEAR})\s*"
                        r"(?:год[^\W\d_]*|г\.)"),
    last_year=re.compile(r"(?i)(?<![^\W\d_])(?:(?:по\s+сравнению|в\s+сравнении|сравнительно)\s+с|относительно"
                         r"|к\s+уровню)\s+(?:(?:прошл|предыдущ)[^\W\d_]*\s+год[^\W\d_]*"
                         r"|аналогичн[^\W\d_]*\s+период[^\W\d_]*\s+(?:прошл|предыдущ)[^\W\d_]*\s+год[^\W\d_]*)"),
    fund=re.compile(r"(?i)(?<![^\W\d_])(?:книжный\s+|библиотечный\s+)?фонд(?:\s+[^\W\d_]+){0,2}\s*$"),
)

KAZAKH = ChangeWords(
    gate="дейін",
    # "84 200-ден 86 950-ге дейін өсті", "2022 жылғы 41 200 адамнан 43 050 адамға дейін артты"
    change=re.compile(
        rf"(?i)(?:(?:(?P<xy>{_YEAR})\s*(?:жылғы|жылы|жылдың|ж\.)|(?P<xl>өткен)\s+жыл(?:ғы|ы|дың))\s+)?"
        rf"(?P<x>{_NUM})\s*(?:-|[^\W\d_]+)(?:дан|ден|тан|тен|нан|нен)\s+"
        rf"(?P<y>{_NUM})\s*(?:-|[^\W\d_]+)(?:ға|ге|қа|ке)\s+дейін\s+"
        r"(?:өс|арт|көбей|азай|кем|төменде|ұлғай|қысқар|жоғарыла)"),
    # "2021 жылдан бері", "2021 жылдан бастап", "2021–2023 жылдары"
    span=re.compile(rf"(?i)(?<![\d.,])({_YEAR})\s*(?:жылдан|ж\.)\s*(?:бері|бастап)|{_RANGE}"),
    compared=re.compile(rf"(?i)(?<![\d.,])({_YEAR})\s*(?:жыл[^\W\d_]*|ж\.)\s*(?:салыстырғанда|қарағанда)"),
    last_year=re.compile(r"(?i)(?<![^\W\d_])(?:өткен\s+жыл[^\W\d_]*(?:\s+[^\W\d_]+){0,2}?|былтыр[^\W\d_]*)\s+"
                         r"(?:салыстырғанда|қарағанда)"),
)

LANGUAGES = (RUSSIAN, KAZAKH)


class Level(NamedTuple):
    """One level of a change: its period (None: no figure, when ``start`` is
    None), its end, the start of the level it started from (for the level it
    came to) and whether the fund is what changed."""
    period: Period | None
    end: int
    start: int | None
    fund: bool


def _year_in(pattern: re.Pattern, text: str, a: int, z: int) -> int | None:
    m = pattern.search(text, a, z)
    return int(next(g for g in m.groups() if g)) if m else None


def _same_part(year: int, doc_period: Period | None) -> Period | None:
    return make_period(year, doc_period.code[5:] or None if doc_period is not None else None)


def change_levels(text: str, doc_period: Period | None) -> dict[int, Level]:
    """The two levels of each change between levels in ``text``, by the start
    of each (see the module's doc). A level it started from that the
    sentence does not date has period None: it is no figure. The level it came
    to is of the year written after it, else of the report's period."""
    out: dict[int, Level] = {}
    for words in LANGUAGES:
        if words.gate not in text:
            continue
        before: tuple[int, Period | None, Period | None] | None = None  # the sentence and periods of the last change
        for m in words.change.finditer(text):
            start = max([e.end() for e in _SENTENCE_END_RE.finditer(text, 0, m.start())], default=0)
            end = next((e.start() for e in _SENTENCE_END_RE.finditer(text, m.end())), len(text))
            g = m.groupdict()
            listed = bool(g.get("lead")) and before is not None and before[0] == start \
                and not (g["xy"] or g["xl"] or g.get("yy"))
            x_period: Period | None
            if g["xy"]:
                x_period = make_period(int(g["xy"]))
            elif g["xl"]:
                x_period = _same_part(doc_period.year - 1, doc_period) if doc_period is not None else None
            elif listed:
                x_period = before[1]  # "…, посещений – с 6 930 до 12 760": as the change before it
            elif (year := _year_in(words.compared, text, start, end)) is not None:
                x_period = _same_part(year, doc_period)
            elif (year := _year_in(words.span, text, start, m.start("x"))) is not None:
                x_period = make_period(year)
            elif doc_period is not None and words.last_year.search(text, start, end):
                x_period = _same_part(doc_period.year - 1, doc_period)
            else:
                x_period = None  # "после модернизации выросло с 612 до 1 048": of no period the text says
            y_period = make_period(int(g["yy"])) if g.get("yy") else before[2] if listed else doc_period
            fund = bool(words.fund and words.fund.search(text, max(0, m.start() - 40), m.start()))
            out[m.start("x")] = Level(x_period, m.end("x"), None, fund)
            out[m.start("y")] = Level(y_period, m.end("y"), m.start("x"), fund)
            before = (start, x_period, y_period)
    return out


def undated_starts(levels: dict[int, Level]) -> list[tuple[int, int]]:
    """The spans of the levels changes started from that no period dates:
    no figures."""
    return [(s, lv.end) for s, lv in levels.items() if lv.start is None and lv.period is None]


def cut_dated_levels(spans: list[tuple[int, int]], levels: dict[int, Level]) -> list[tuple[int, int]]:
    """``spans`` with the dated levels of changes cut out of them: "за период
    2021–2023 гг. число читателей выросло с 4 200 до 5 100" leaves its two
    levels standing in the clause a span of years opens."""
    out = []
    for a, z in spans:
        for s, lv in sorted(levels.items()):
            if a <= s < z and lv.period is not None:
                out.append((a, s))
                a = lv.end
        out.append((a, z))
    return [(a, z) for a, z in out if a < z]
