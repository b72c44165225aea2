"""Numbers as Kazakh and Russian reports write them: thousands separated by
spaces or dots, decimal commas, partitive forms ("3-і"), scale words ("мың",
"тыс.", "млн") after them.

Numbers are read as written: no decimal is ever made out of two numbers.
"5, 7 сыныптар" is 5 and 7; "3485, 4 мың теңге" is the one number 3485.4
only because a scale or money word follows (a comma typed with a space
after it), and such a match says so (:attr:`NumberMatch.joined`) and keeps
its source text.  A dot between groups of three digits separates thousands
whatever the number of digits ("1.500" as "12.500"); a comma is a decimal
comma ("1,5", "18,5"), unless two or more stand between groups of three
digits ("1,234,567", as a sheet set to English writes it).  An apostrophe
between groups of three digits separates thousands ("12'540").  Scale
words are reported, never multiplied in.

Every parser is total: it returns None for text it cannot read and never
raises, whatever it is given.
"""

from __future__ import annotations

import functools
import re

from esep.plugins.lang.gates import led
from dataclasses import dataclass

# Spaces that appear inside numbers: normal, no-break, thin, narrow no-break, and the figure space (the
# width of a digit) that some writers and typesetting programs put between the thousands.
SPACES = " \u00a0\u2009\u202f\u2007"
_S = "[ \u00a0\u2009\u202f\u2007]"
_NUMBER_RE = re.compile(
    rf"""(?<![\w.,])
    (?P<num>
        [1-9][0-9]{{0,2}}(?:{_S}[0-9]{{3}})+(?:,[0-9]+)?(?![0-9])   # 314 760 / 3 485,4
      | [1-9][0-9]{{0,2}}(?:\.[0-9]{{3}})+(?:,[0-9]+)?(?![.0-9])     # 1.500 / 314.760 / 1.234,5
      | [1-9][0-9]{{0,2}}(?:,[0-9]{{3}}){{2,}}(?:\.[0-9]+)?(?![,0-9])  # 1,234,567 (an English-set sheet)
      | [1-9][0-9]{{0,2}}(?:['’][0-9]{{3}})+(?:[,.][0-9]+)?(?![0-9])  # 12'540 / 1’234’567
      | [0-9]+(?:[,.][0-9]+)?                                    # 3316,8 / 12.5 / 2018
    )""",
    re.X,
)
_NUMBER_RE = led(_NUMBER_RE, "[0-9]")

#: Scale words after a number (by their beginning): thousands, millions, billions.
SCALES = {"мың": 1000, "тыс": 1000, "млн": 10**6, "миллион": 10**6, "млрд": 10**9, "миллиард": 10**9}
_SCALE_RE = re.compile(
    r"[ \u00a0\u2009\u202f\u2007]?(?P<scale>(?:мың|тыс|миллион|миллиард)[^\W\d_]*|млн|млрд)(?![^\W\d_])\.?",
    re.I)


#: a rate per inhabitant: "на одного жителя", "на 1 жителя", "на душу населения", "бір тұрғынға (шаққанда)"
PER_INHABITANT_RE = re.compile(r"(?i)(?<![^\W\d_])(?:на\s+(?:одного|1)\s+жител\w*|(?:бір|1)\s+тұрғын\w*"
                               r"|на\s+душу\s+населения)")
PER_INHABITANT_RE = led(PER_INHABITANT_RE, "[нб1]")
#: the load of one librarian (one worker) before its figures: "Нагрузка на одного библиотекаря: пользователей – 455", "в
#: расчёте на одного библиотечного работника", "бір кітапханашыға шаққанда": readers and loans per staff member
PER_STAFF_RE = re.compile(r"(?i)(?<![^\W\d_])(?:на\s+(?:одного|1|каждого)\s+(?:штатн[^\W\d_]*\s+)?"
                          r"(?:библиотекар|библиотечн[^\W\d_]*\s+(?:работник|специалист)|сотрудник|работник|специалист)"
                          r"[^\W\d_]*|(?:бір|1|әр|әрбір)\s+(?:кітапханашыға|қызметкерге|маманға)(?![^\W\d_]))")
PER_STAFF_RE = led(PER_STAFF_RE, "[нб1ә]")
#: a rate per thousand inhabitants before its figures, as a note to form 6-NK gives them: "В расчете на 1000
#: жителей: пользователей – 345", "на 1 тыс. населения", "әрбір 1000 тұрғынға", a row "Пользователей на 1 000 жителей"
PER_THOUSAND_RE = re.compile(r"(?i)(?<![^\W\d_])(?:на\s+(?:1[ \u00a0]?000|1\s*тыс\.?|тысячу)\s+(?:жител|населени|человек)"
                             r"|(?:әрбір\s+|әр\s+)?1[ \u00a0]?000\s+(?:тұрғын|адам))[^\W\d_]*")


def scale_of(word: str) -> int | None:
    """1000, 10**6 or 10**9 for a scale word in any form ("мың", "мыңнан",
    "тыс.", "тысяч", "млн", "миллиона"), else None."""
    w = word.strip().rstrip(".").lower()
    for stem in ("миллиард", "миллион", "млрд", "млн", "мың", "тыс"):
        if w.startswith(stem) and (stem not in ("млн", "млрд") or w == stem):
            return SCALES[stem]
    return None


# What licenses reading "3485, 4" as one number: a scale or money word right after it.
_JOIN_UNIT = r"(?:мың|млн|млрд|тыс|теңге|тенге|тг|руб|%)"
_JOINED_RE = re.compile(
    rf"(?<![\w.,])(?P<num>[0-9]+,{_S}[0-9])(?![0-9]|[.,][0-9])(?=\s*{_JOIN_UNIT})", re.I)
_JOINED_RE = led(_JOINED_RE, "[0-9]")


# a number wrapped at a thousands space: groups of three digits on the next lines ("6" / "208", "2 016" / "480")
_WRAPPED_RE = re.compile(rf"[1-9][0-9]{{0,2}}(?:(?:{_S}|{_S}?\n{_S}?)[0-9]{{3}})+(?:,[0-9]+)?")


def parse_number(text: str | None) -> float | None:
    """The value of a number written as in these reports, or None.

    Decimal comma ("3316,8"), decimal point ("12.5"), thousands separated
    by spaces ("314 760", also no-break and thin spaces) or dots ("1.500",
    "1.234.567").  The whole string must be one number (surrounding spaces
    and a final period or colon aside): "3485, 4" is two numbers, so None.
    A table cell of a PDF whose narrow column wrapped the number at its
    thousands space ("6" / "208", "2 016" / "480") is the one number 6208
    (2016480).

    The answer is kept per text (:func:`number_of` computes it anew): a
    report's table cells repeat their figures ("0", "1", "12"), and the
    event and fact readers read each cell several times."""
    if not isinstance(text, str):
        return None
    return _number_kept(text)


def number_of(text: str) -> float | None:
    """:func:`parse_number` of a string, computed anew."""
    s = text.strip().rstrip(".:;").strip()
    if not s or len(s) > 40:
        return None
    if _WRAPPED_RE.fullmatch(s):
        # "6\n208": a narrow column of a PDF wrapped "6 208" at its space
        s = re.sub(rf"{_S}?\n{_S}?", " ", s)
    m = _NUMBER_RE.fullmatch(s)
    if not m:
        return None
    return _value(m.group("num"))


_number_kept = functools.lru_cache(maxsize=8192)(number_of)


#: what a figure's table cell may end in: a footnote mark or a short unit ("84*", "98 450**", "1 700 чел.", "12 адам", "45 кісі",
#: "12 ед." and its Kazakh "12 бірл.", "12 бірлік")
_CELL_TAIL_RE = re.compile(r"\s*(?:\*{1,3}|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|(?<=\s)(?:чел|человек|адам|кісі|рет|ед|бірл|бірлік|шт|мер|экз|дана)\.?)"
                           r"\s*$", re.I)


def parse_figure_cell(text: str, tail: re.Pattern | None = None) -> float | None:
    """:func:`parse_number` of a table cell, which may end in a footnote
    mark or a short unit of a count ("84*", "1 700 чел.", "12 адам"), or in
    ``tail``, an ending a kind of table writes after its figures (an events
    table's "45 іс-шара", "96 (20 онлайн)"; not read).  Kept per text and
    ``tail``, as :func:`parse_number` is (:func:`figure_cell_of` computes
    it anew)."""
    if isinstance(text, str):
        return _figure_cell_kept(text, tail)
    return figure_cell_of(text, tail)


def figure_cell_of(text: str, tail: re.Pattern | None = None) -> float | None:
    """:func:`parse_figure_cell`, computed anew."""
    v = _before(text, _CELL_TAIL_RE, parse_number)
    if v is None and tail is not None:
        v = _before(text, tail, parse_figure_cell)
    return v


_figure_cell_kept = functools.lru_cache(maxsize=8192)(figure_cell_of)


def _before(text: str, tail: re.Pattern, read) -> float | None:
    """``read`` of ``text``, or of what stands before ``tail`` at its end."""
    v = read(text)
    if v is None and text:
        m = tail.search(text)
        if m is not None and m.start() > 0:
            v = read(text[:m.start()])
    return v


#: the most digits a figure of a report written in groups has: a budget in the billions ("1 234 567 890"
#: tenge, "15 234 000 000" Belarusian roubles before 2016) has eleven at most; a longer run is figures of a
#: row whose cells lost their gaps ("399 590 412 380 103,2", "214 350 118 620 96,4"), not one figure
MAX_GROUPED_DIGITS = 11

_GROUP_SEP_RE = re.compile(rf"(?:{_S}|\.|,|['’])(?=[0-9]{{3}}(?![0-9]))")
_WHOLE_PART_RE = re.compile(rf"[0-9]+(?:(?:{_S}|\.|,|['’])[0-9]{{3}}(?![0-9]))*")

#: what a figure's digits may be grouped by: dropped before reading the value
_GROUPING = str.maketrans("", "", SPACES + "'’")
_NO_SPACES = str.maketrans("", "", SPACES)
_DOTTED_THOUSANDS_RE = re.compile(r"[1-9][0-9]{0,2}(\.[0-9]{3})+")


def _value(num: str) -> float | None:
    if num.isascii() and num.isdigit():  # most figures: plain digits, nothing to drop or swap
        return float(num)
    if _GROUP_SEP_RE.search(num):
        whole = _WHOLE_PART_RE.match(num)
        if whole is not None and sum(ch.isdigit() for ch in whole.group(0)) > MAX_GROUPED_DIGITS:
            return None  # longer than any one figure is written: no figure is made up of the run
    s = num.translate(_GROUPING)
    if s.count(",") >= 2:
        s = s.replace(",", "")  # "1,234,567": commas between thousands, a point before the decimals
    elif "," in s:
        s = s.replace(".", "").replace(",", ".")
    elif _DOTTED_THOUSANDS_RE.fullmatch(s):
        s = s.replace(".", "")
    try:
        return float(s)
    except ValueError:
        return None


@dataclass
class NumberMatch:
    """A number of a text: its value as written, its span and source text.

    ``scale`` is 1000, 10**6 or 10**9 when a scale word follows ("15 мың",
    "3,2 млн", "120 тыс."), with ``scale_text`` the word as written; the
    value is not multiplied by it (:attr:`scaled` is).  ``joined`` marks a
    number read across a comma and a space ("3485, 4 мың"): a typing slip
    repaired, ``text`` being its source."""

    value: float
    start: int
    end: int
    text: str
    scale: int | None = None
    scale_text: str | None = None
    joined: bool = False
    scale_end: int | None = None  # where the scale word ends in the text

    @property
    def scaled(self) -> float:
        return self.value * self.scale if self.scale else self.value


#: the Kazakh dative or accusative ending of a cardinal ("48 900-ге жетті", "5-ке", "86 400-ді құрады"):
#: no ordinal ("1-ші") nor possessive ("10-ы"), the figure itself (what something reached, equals, grew by
#: or amounted to)
_CASE_RE = re.compile(r"-(?:ға|ге|қа|ке|ды|ді|ты|ті|ны|ні"
                      # the same in Latin letters, the 2018 and the 2021 alphabets ("48 900-ge jetti")
                      r"|ǵa|ğa|ge|qa|ke|dy|di|ty|ti|ny|ni)(?![^\W\d_])"
                      # the ablative before "more than" ("10 250-ден астам оқырман": over 10 250 readers) or the
                      # verb "to exceed" ("9 300-ден асты", "асып", "асқан"); alone it may start a range ("5-тен
                      # 10-ға дейін")
                      r"|-(?:дан|ден|тан|тен|нан|нен|dan|den|tan|ten|nan|nen)\s+"
                      r"(?:астам|артық|аса|асты|асып|асқан|асады|astam|artyq|asty|asyp)(?![^\W\d_])"
                      # or the value a change started from, the value it reached after it ("84 200-ден 86 950-ге
                      # дейін өсті": from 84 200 up to 86 950), no range
                      r"|-(?:дан|ден|тан|тен|нан|нен)(?=\s+\d[\d \u00a0]*(?:[.,]\d+)?\s*(?:-|[^\W\d_]+)(?:ға|ге|қа|ке)"
                      r"\s+дейін\s+(?:өс|арт|көбей|азай|кем|төменде|ұлғай|қысқар|жоғарыла)[^\W\d_]*)",
                      re.I)


def find_numbers(text: str) -> list[NumberMatch]:
    """Every number in a text with its span.  Ordinal suffixes ("1-ші"),
    dates ("2018.07.01.") and numbers glued to letters are not numbers."""
    out: list[NumberMatch] = []
    if not isinstance(text, str):
        return out
    taken: list[tuple[int, int]] = []
    for m in _JOINED_RE.finditer(text):
        v = _value(m.group("num").translate(_NO_SPACES))
        if v is not None:
            out.append(NumberMatch(v, m.start(), m.end(), m.group("num"), joined=True))
            taken.append((m.start(), m.end()))
    for m in _NUMBER_RE.finditer(text):
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        raw = m.group("num")
        end = m.end()
        after = text[end:end + 2]
        if after[:1].isalpha() or (after[:1] == "-" and after[1:2].isalpha() and not _CASE_RE.match(text, end)):
            continue  # "1-ші", "10-ы", "5ші"; but "48 900-ге жетті" (reached), "86 400-ді құрады": a
            # cardinal in the dative or the accusative
        if after[:1] == "." and after[1:2].isdigit():
            continue  # part of a date
        v = _value(raw)
        if v is not None:
            out.append(NumberMatch(v, m.start(), end, raw))
    out.sort(key=lambda n: n.start)
    for n in out:
        s = _SCALE_RE.match(text, n.end)
        if s:
            n.scale = scale_of(s.group("scale"))
            n.scale_text = s.group(0).strip()
            n.scale_end = s.end()
    return out


_SCALE_WORD_RE = re.compile(r"(?<![^\W\d_])" + _SCALE_RE.pattern.removeprefix(r"[ \u00a0\u2009\u202f\u2007]?"), re.I)
_SCALE_WORD_RE = led(_SCALE_WORD_RE, "[мт]")


def find_scale_word(text: str) -> tuple[int, int, int] | None:
    """The first scale word standing alone in a text ("Число посещений,
    тыс.", "тыс. чел.", "млн дана"): its start, end and scale, or None."""
    m = _SCALE_WORD_RE.search(text) if isinstance(text, str) else None
    if not m:
        return None
    scale = scale_of(m.group("scale"))
    return (m.start(), m.end(), scale) if scale else None


# -- partitives ----------------------------------------------------------------

_PARTITIVE_RE = re.compile(
    r"(?<![\w.,])([0-9]{1,3}(?:[ \u00a0\u2009\u202f][0-9]{3})+|[0-9]+)\s?-\s?(ы|і|сы|сі|еуі|ауы|уі|уы"
    # in Latin letters ("onyń 15-i"; "2-eýi", "2-eui")
    r"|y|i|sy|si|eýi|eui|aýy|auy|ýi|ui|ýy|uy)"
    # a case ending after the possessive: "21-інің" (of 21 of them), "10-ына", "5-інде", "3-еуінен"
    r"(?:ның|нің|на|не|нда|нде|нан|нен|н|nyń|niń|na|ne|nda|nde|nan|nen|n)?(?![\w])", re.U)
_PARTITIVE_RE = led(_PARTITIVE_RE, "[0-9]")


def find_partitive_numbers(text: str) -> list[NumberMatch]:
    """Kazakh numerals with a possessive ending ("олардың 10-ы" = ten of
    them), which :func:`find_numbers` leaves out with the ordinals."""
    out: list[NumberMatch] = []
    if not isinstance(text, str):
        return out
    for m in _PARTITIVE_RE.finditer(text):
        digits = re.sub(r"\D", "", m.group(1))  # "5 870-і": thousands apart
        out.append(NumberMatch(float(digits), m.start(), m.end(), m.group(0)))
    return out


#: cardinals written as words that reports use for small counts of people: Russian two to twenty in their
#: cases ("три", "трёх", "двое"), Kazakh two to ten and the collective forms ("екеуі", "үшеуі"); "один",
#: "одна", "бір" are left out (an article as often as a number: "одна из", "бір ғана")
_WORD_CARDINALS = {
    2: r"дв(?:а|е|ух|ум|умя|ое|оих)", 3: r"тр(?:и|[её]х|[её]м|емя|ое|оих)", 4: r"четыр(?:е|[её]х|[её]м|ьмя)|четверо",
    5: r"пят(?:ь|и|ью|еро)", 6: r"шест(?:ь|и|ью|еро)", 7: r"сем(?:ь|и|ью|еро)", 8: r"вос(?:емь|ьми|емью)",
    9: r"девят(?:ь|и|ью)", 10: r"десят(?:ь|и|ью)", 11: r"одиннадцат[ьи]", 12: r"двенадцат[ьи]",
    13: r"тринадцат[ьи]", 14: r"четырнадцат[ьи]", 15: r"пятнадцат[ьи]", 16: r"шестнадцат[ьи]",
    17: r"семнадцат[ьи]", 18: r"восемнадцат[ьи]", 19: r"девятнадцат[ьи]", 20: r"двадцат[ьи]",
}
_WORD_CARDINALS_KK = {2: r"екі|екеу(?:і|)", 3: r"үш|үшеу(?:і|)", 4: r"төрт|төртеу(?:і|)", 5: r"бес|бесеу(?:і|)",
                      6: r"алты|алтау(?:ы|)", 7: r"жеті|жетеу(?:і|)", 8: r"сегіз", 9: r"тоғыз"}
_WORD_NUMBER_RE = re.compile(r"(?i)(?<![^\W\d_])(?:" + "|".join(
    f"(?P<n{v}_{k}>{p})" for k, table in enumerate((_WORD_CARDINALS, _WORD_CARDINALS_KK)) for v, p in table.items())
    + r")(?![^\W\d_-])")
#: (the first letters of the cardinals above: the pattern is tried at every position of a paragraph)
_WORD_NUMBER_RE = led(_WORD_NUMBER_RE, "[абвдежопстчшү]")


def find_word_numbers(text: str) -> list[tuple[int, int, int]]:
    """(value, start, end) of each cardinal written as a word in ``text``
    ("приняты три специалиста", "оның екеуі жоғары білімді"): two to twenty
    in Russian, two to nine in Kazakh ("он" begins compounds: "он бес"; see :data:`_WORD_CARDINALS`)."""
    out = []
    for m in _WORD_NUMBER_RE.finditer(text):
        name = next(k for k, v in m.groupdict().items() if v is not None)
        out.append((int(name[1:].split("_")[0]), m.start(), m.end()))
    return out
