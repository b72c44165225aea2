"""The year before in brackets after each figure, all through a report.

Many reports write after each figure of their year the same figure of the
year before, in brackets: "Число пользователей – 7 940 (в 2021 г. – 7 810),
из них детей до 14 лет – 2 604 (2 571)". Once the report has said which
year its brackets hold (twice at least), a bracket holding a figure alone
right after a figure ("(2 870)", "(2021 – 171 250)") is that figure's
indicator in the same part of the year before.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from esep.plugins.lang.periods import Period, make_period

#: how many brackets naming the year before the report must write before a bare bracket is read as that year's
_ESTABLISHED = 2
#: between a figure and the brackets after it: its unit, a word or two ("экз.", "тыс. тенге", "единиц"), nothing
#: that is a figure or ends a clause
_UNIT_BEFORE_RE = re.compile(r"\s*(?:[^\W\d_]{1,12}\.?\s*){0,3}")
#: after the figure in the brackets: its unit at most, then the closing bracket
_UNIT_AFTER_RE = re.compile(r"\s*(?:[^\W\d_]{1,12}\.?\s*){0,3}\)")


def _year_words(year: int) -> str:
    # "в 2021 г. –", "2021 –", "в 2021 году –", "2021 ж. –", "2021 жылы –"
    return rf"(?:в\s+)?{year}\s*(?:г\.|год[^\W\d_]*|ж\.|жыл[^\W\d_]*)?\s*[–—-]\s*"


def previous_in_brackets(texts: Iterable[str], period: Period | None) -> Period | None:
    """The period before the report's ``period`` (the same part of the year
    before) when the report writes it in brackets after its figures at least
    twice ("(в 2021 г. – 7 810)", "(2021 ж. – 92)"); None otherwise."""
    if period is None:
        return None
    previous = make_period(period.year - 1, period.code[5:] or None)
    if previous is None:
        return None
    opening = re.compile(rf"(?i)\(\s*{_year_words(period.year - 1)}\d")
    seen = 0
    for t in texts:
        if "(" in t and str(period.year - 1) in t:
            seen += len(opening.findall(t))
            if seen >= _ESTABLISHED:
                return previous
    return None


def bare_bracket(text: str, paren: tuple[int, int], before_end: int, start: int, end: int,
                 previous: Period) -> bool:
    """The figure at ``start:end`` stands alone in the brackets ``paren``
    (or after the year before and a dash), and the brackets follow the
    figure ending at ``before_end`` with at most its unit between."""
    if not _UNIT_BEFORE_RE.fullmatch(text, before_end, paren[0]):
        return False
    if not re.fullmatch(rf"(?i)\s*(?:{_year_words(previous.year)})?", text[paren[0] + 1:start]):
        return False
    return bool(_UNIT_AFTER_RE.fullmatch(text, end, paren[1]))
