"""Numbers as Kazakh and Russian reports write them: thousands separated by
spaces, decimal commas, partitive forms ("3-і").

Every parser is total: it returns None for text it cannot read and never
raises, whatever it is given.
"""

from __future__ import annotations

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
