"""Summary tables of events by type: ``event_stats``.

Reports carry tables such as "ОКЖ іс-шаралар бойынша жиынтық кестесі" or
"Сводная таблица мероприятий": one row per kind of event, and for each
reporting period (a header cell such as "2018 жылдың 1-ші ж/ж" or
"1 полугодие 2018") sub-columns for the plan, what was held and the number
of participants.  This extractor finds such tables by their shape, not by
their title:

* the header rows (the first few rows) name periods (``parse_period``) and
  sub-column roles (plan / actual / participants, Kazakh and Russian words);
  merged header cells (``Cell.col_span``) say which sub-columns belong to
  which period;
* one column holds labels that mostly match the ``event_type`` vocabulary
  (``schemas/event_types.json``, fuzzy matched through ``esep.plugins.vocab``).

It writes one ``event_stats`` row per (table row, period).  Empty cells are
NULL, never 0.  The total row ("Барлығы", "Итого", "Всего") is kept with
``event_type = 'total'`` and ``is_total = 1`` so that checks can compare it
with the column sums.  A label the vocabulary does not match well enough is
not guessed: the row keeps ``event_type`` NULL and the label goes to
``unmatched_terms`` for review.
"""

from __future__ import annotations

import dataclasses
import functools
import logging
import re
import statistics
from dataclasses import dataclass
from typing import Any, Iterable, Iterator

from sqlite_utils.migrations import Migrations

from esep import hookimpl
from esep.model import Cell, Document, Record, Table
from esep.registry import Config, Evaluator, Extractor
from esep.storage import RECORD_COLUMNS_SQL, WARNINGS_TABLE, warning_record
from esep.plugins.lang.dates import find_dates
from esep.plugins.lang.numbers import parse_figure_cell, parse_number
from esep.plugins.lang.periods import (find_cumulative_periods, names_year_to_date, find_periods, make_period, period_from_code,
                                       year_to_date)
from esep.plugins.vocab import Match, Vocabulary, get_vocabulary, normalize_label, unmatched
from esep.plugins.events import labels
from esep.plugins.events import text as ev_text
from esep.plugins.facts.common import LIBRARY_WORD_RE, LISTED_ONLY_RE, OTHER_INSTITUTION_RE
from esep.plugins.events.headers import (BARE_YEAR, DONE_WORDS, SUB_ROW_RE, LabelRow, header_period, header_role,
                                         is_month_label, is_total_label, merge_wrapped, names_views, writes_dashes)

log = logging.getLogger(__name__)

EXTRACTOR = "event_stats"
VOCABULARY = "event_types"
ROLES = ("plan", "actual", "participants", "percent")

_HEADER_ROWS = 5


@dataclass
class Column:
    """What a header says about one grid column."""

    index: int
    role: str | None = None
    period: str | None = None
    header: str = ""  # the header text over the column, for review when its role is not known
    sub: str = ""  # the lowest header cell's text
    pair: tuple[str, str] | None = None  # "кол-во / чел." over cells "12/340": the roles of the two figures
    part_in_brackets: bool = False  # "Кол-во (в т.ч. онлайн)" over "40 (12)": the figure in brackets is a part


@dataclass
class EventTable:
    """An event summary table as understood: where its header ends, which
    column holds the labels and which columns hold which numbers."""

    table: Table
    header_end: int  # first body row
    label_col: int
    columns: dict[int, Column]  # grid column -> its role and period
    matched: int  # labels the vocabulary matched
    undecided: list[Column] = dataclasses.field(default_factory=list)  # number columns of unknown role
    rows_by: str = "type"  # what the rows are: event types ("type"), months or branches
    first_table: int | None = None  # the table this one continues (broken across pages), else None
    row_offset: int = 0  # body rows of the tables it continues
    row_shift: int = 0  # rows of a header taken from the table before it (cells point into its own table)
    on_side: bool = False  # read from the table laid on its side (:func:`on_its_side`): cells are (col, row)
    types_only: bool = False  # only its event-type rows count (the table's totals are read the other way)
    origin: dict[tuple[int, int], tuple[int, int]] | None = None  # halves set side by side, read one under the other
    periods_only: bool = False  # parts of the year down, only the count and the participants across

    def at(self, row: int, col: int) -> tuple[int, int]:
        """Where a cell of :attr:`table` at (row, col) is in the document's table."""
        if self.origin is not None:
            return self.origin.get((row, col), (row, col))
        return (col, row) if self.on_side else (row - self.row_shift, col)

    def periods(self) -> list[str | None]:
        out: list[str | None] = []
        for c in sorted(self.columns.values(), key=lambda c: c.index):
            if c.role and c.period not in out:
                out.append(c.period)
        return out

    def role_columns(self, period: str | None) -> dict[str, int]:
        out: dict[str, int] = {}
        for c in sorted(self.columns.values(), key=lambda c: c.index):
            for role in (c.pair or (c.role,)):
                if role and role != "views" and c.period == period and role not in out:
                    out[role] = c.index
        return out


#: a cell of two figures, "12/340" or "12 / 1 340", either of them a dash when there is none ("30/–"), or the
#: second in brackets ("5 (120)"); the people may keep their unit ("5 / 120 чел.", "8 (240 адам)", "6 (45 кісі)");
#: a third figure after a slash is the views of the events put online ("28 / 840 / 2 100" under "кол-во /
#: посещ. / просмотров"), not read
_PAIR_CELL = re.compile(r"^\s*(\d[\d\s\u00a0]*|[-–—])\s*(?:/\s*(\d[\d\s\u00a0]*|[-–—])(?:\s*/\s*(?:\d[\d\s\u00a0]*|[-–—]))?"
                        r"|\(\s*(\d[\d\s\u00a0]*|[-–—])\s*(?:чел\.?|адам|кісі)?\s*\))\s*(?:чел\.?|адам|кісі)?\s*$", re.I)


#: a cell that names what each of its two figures counts, the events and then the people: "8 іс-шара, 230 адам",
#: "15 мер. / 420 чел.", "12 мероприятий (340 участников)", "6 шара; 150 қатысушы"
_COUNT_WORD = r"(?:іс-?\s?шара\w*|шара\w*|мер(?:-\w+|\.)|мероприяти\w*)"
_PEOPLE_WORD = r"(?:чел\.?|человек\w*|адам|кісі|участник\w*|уч\.|қатысушы\w*|қатысқан\w*|қат\.|посещени\w*)"
_NAMED_PAIR_CELL = re.compile(rf"^\s*(\d[\d\s\u00a0]*|[-–—])\s*{_COUNT_WORD}\s*[,;/(]\s*"
                              rf"(\d[\d\s\u00a0]*|[-–—])\s*{_PEOPLE_WORD}\s*\)?\s*$", re.I)


#: a cell of two figures set one under the other, the count over its people ("12" / "340", "41" / "1 380"), as
#: reports write "в числителе – количество, в знаменателе – участники"
_LINES_PAIR_CELL = re.compile(r"^\s*(\d[\d \u00a0]*|[-–—])[ \t\u00a0]*\n\s*(\d[\d \u00a0]*|[-–—])\s*(?:чел\.?|адам|кісі)?\s*$", re.I)
#: two lines that may be one figure a narrow column broke at its group space ("1" / "380" for 1 380)
_BROKEN_GROUPS = re.compile(r"\s*\d{1,3}[ \t\u00a0]*\n[ \t\u00a0]*\d{3}\s*")


def pair_cell(text: str) -> tuple[str, str] | None:
    """The two figures of a cell holding a count and its people ("12/340",
    "5 (120)", "5 / 120 чел.", "8 іс-шара, 230 адам", "12" over "340" on
    two lines), as written, or None."""
    m = _PAIR_CELL.match(text or "") or _LINES_PAIR_CELL.match(text or "")
    if m:
        return m.group(1), m.group(2) or (m.group(3) if m.re is _PAIR_CELL else None)
    m = _NAMED_PAIR_CELL.match(" ".join((text or "").split()))
    return (m.group(1), m.group(2)) if m else None


def _pair_roles(text: str) -> tuple[str, str] | None:
    """The two roles of a header that names the two figures of its cells
    ("кол-во / присутствовало", "мер./чел.", "саны/қатысқандар"), or the
    second in brackets ("Кол-во (участников)", "саны (қатысушылар)")."""
    flat = " ".join(text.split())
    bracket = re.fullmatch(r"([^()]*\w[^()]*?)\s*\(([^()]+)\)", flat)
    if bracket and "/" not in flat:
        return _two_roles(list(bracket.groups()))
    if re.search(r"[+\-–±]\s*/|/\s*[+\-–±]", text):
        return None
    parts = [p for p in re.split(r"\s*/\s*", flat) if p]
    if len(parts) == 3 and names_views(parts[2]) and not names_views(parts[1]):
        parts = parts[:2]  # "кол-во / посещ. / просмотров": the views, the cell's third figure, are not read
    return _two_roles(parts)  # "Дети (мер./чел.)": the slash's


def _two_roles(parts: list[str]) -> tuple[str, str] | None:
    if len(parts) != 2:
        return None
    # "кол-во / просмотров" over "14 / 4 200": the count and its views, which are not read
    a, b = (header_role(p) or ("views" if names_views(p) else None) for p in parts)
    return (a, b) if a and b and a != b and "percent" not in (a, b) else None


#: what an event table's cell may add to its figure: the word of what it counts ("45 іс-шара", "12 мероприятий",
#: "340 қатысушы") or the figure's online part in brackets ("96 (20 онлайн)", "45 (в т.ч. 12 онлайн)", on a line
#: of its own: "45\n(в т.ч. онлайн 12)")
_EVENT_CELL_TAIL = re.compile(r"\s*(?:(?<=\s)(?:іс-?\s?шара\w*|шара\w*|мероприяти\w*|қатысушы\w*|участник\w*)\.?"
                              r"|\((?=[^()]*\d)[^()]*(?:онлайн|online|виртуал|офлайн|дистанц|в\s*т\.\s*ч\.|из\s+них"
                              r"|оның\s+ішінде)[^()]*\))\s*$", re.I)


#: a figure a narrow cell broke over lines: digits only on each line, none longer than the first ("11" / "5")
_WRAPPED_FIGURE = re.compile(r"\s*(\d+)(?:[ \t]*\n[ \t]*\d+)+\s*")


@functools.lru_cache(maxsize=65536)  # asked of every body cell by each reading of a table: the text only
def figure_cell(text: str) -> float | None:
    """The figure of an event table's cell: :func:`parse_figure_cell`, or
    the figure before a word of what it counts or before its online part in
    brackets (the part is not read).  A figure a column too narrow for it
    broke over lines ("11" / "5" for 115 in a PDF) is read whole: the first
    line is filled before the next, so no later line is longer; two figures
    set one under the other ("12" / "340") are not one."""
    m = _WRAPPED_FIGURE.fullmatch(text or "")
    if m is not None:
        lines = text.split()
        if all(len(x) <= len(lines[0]) for x in lines[1:]):
            text = "".join(lines)
    return parse_figure_cell(text, tail=_EVENT_CELL_TAIL)


def _is_pair(text: str) -> bool:
    """A body cell of a count and its people ("6 / 140 адам"), not two
    years ("2022/2023")."""
    pair = pair_cell(text)
    return pair is not None and not all(BARE_YEAR.match(x) for x in pair)


def _is_figure(text: str) -> bool:
    """A number that is not a bare year: what body cells hold."""
    return figure_cell(text) is not None and not BARE_YEAR.match(text)


def match_label(vocab: Vocabulary, text: str) -> Match:
    """The vocabulary match of a row label (its lines joined), by
    :class:`esep.plugins.events.labels.LabelMatcher`: the whole label, each
    part of a bilingual one, the label without spaces, a known form among
    its words, abbreviations completed."""
    return labels.label_matcher(vocab).match(labels.label_text(text))


#: roles of a header no form of work is named by: a column of people, of the plan, of a percent
#: ("Присутствовало, чел.", "План", "% выполнения") laid across a table read on its side
_NOT_FORM_ROLES = ("participants", "plan", "percent")


def is_form(vocab: Vocabulary, text: str) -> bool:
    """A label of a form of work: the vocabulary knows it, and it names no
    role but the count ("Онлайн мероприятия" is a form and a count)."""
    return bool(match_label(vocab, text).id) and header_role(text) not in _NOT_FORM_ROLES


#: words of a header that speaks of events
_EVENTS_HEADER = re.compile(r"мероприят|іс-шара|шаралар|форм\w* работы|жұмыс түр|присутств|қатыс|участ|event", re.I)
#: the head of a label column of forms of events: "Мероприятия", "Форма работы", "Іс-шара түрі"
_FORMS_HEADER = re.compile(r"мероприят|іс-шара|шаралар|форм\w* (?:массовой )?работы|жұмыс түр|event", re.I)
#: a row label that names a library or a department of one
_BRANCH = re.compile(r"(?<!\w)(?:филиал|ф-л|ф\.\s?№|ф-?\s?№?\s?\d|кітапхана|библиотек|цбс|цб|цдб|цгб|црб|цдюб|дб|сб|сбф|с/[бф]|а/к|ауылдық"
                     r"|сельск|городск|детск|абонемент|отдел|бөлім|№\s?\d)", re.I)

#: a column of changes ("+/-", "изменение", "өзгеріс"): neither a count nor people
_CHANGE = re.compile(r"^[\s+\-–±/]+$|измен|динамик|разниц|өзгер|айырма|\+/?[-–]", re.I)
#: a header that names the period a column is compared with ("+/- к 2018 г.", "2018 жылмен салыстырғанда")
_AGAINST = re.compile(r"^[\s+\-–±/%]+\S|(?<!\w)(?:к|по\s+сравнению\s+с|в\s+сравнении\s+с|против)\s+(?:\d|уровн)"
                      r"|салыстыр|\d{4}\s*(?:ж\.?|жыл\w*)?\s*(?:қарағанда|салыстыр)|измен|өзгер", re.I)
#: a column that numbers the rows ("№", "п/п", "р/с")
_NUMBERING = re.compile(r"^\s*(?:№|no\.?|n|п/п|р/с|р/н|#)\s*(?:п/п)?\s*$", re.I)


#: each table's covering as last made, by its cells (the objects and where they stand): asked again by each
#: reading of a table (its header, its body, its rows); the cells the key names are held by the value, so no
#: other cell takes one's id while it is kept
_COVERINGS: dict[tuple, dict[tuple[int, int], Cell]] = {}


def _covering(table: Table) -> dict[tuple[int, int], Cell]:
    """(row, col) -> the cell that covers that position, merged areas included."""
    key = tuple((id(c), c.row, c.col, c.row_span, c.col_span) for c in table.cells)
    got = _COVERINGS.get(key)
    if got is not None:
        return dict(got)  # each caller a dict of its own
    if len(_COVERINGS) > 256:
        _COVERINGS.clear()
    _COVERINGS[key] = out = _cover_cells(table)
    return dict(out)


def _cover_cells(table: Table) -> dict[tuple[int, int], Cell]:
    out: dict[tuple[int, int], Cell] = {}
    for c in table.cells:
        for r in range(c.row, c.row + max(1, c.row_span)):
            for k in range(c.col, c.col + max(1, c.col_span)):
                out.setdefault((r, k), c)
    return out


def row_map(table: Table, r: int, cover: dict[tuple[int, int], Cell] | None = None) -> dict[int, Cell]:
    """Grid column -> cell for body row ``r``.

    A row narrower than the table whose cells have no spans is what a text
    export writes for a row whose first cell was merged across columns (a
    total row's label over "№" and the label column): its first cell is read
    as spanning the missing columns, so the numbers stay under their
    headers."""
    cover = cover if cover is not None else _covering(table)
    width = table.n_cols
    out = {k: cover[(r, k)] for k in range(width) if (r, k) in cover}
    own = sorted((c for c in table.cells if c.row == r), key=lambda c: c.col)
    extent = max((k + 1 for k in out), default=0)
    if own and extent < width and all(c.col_span == 1 for c in own):
        shift = width - extent
        first = own[0]
        own_ids = {id(c) for c in own}
        out = {k: c for k, c in out.items() if id(c) not in own_ids}
        for k in range(first.col, first.col + 1 + shift):
            out[k] = first
        for c in own[1:]:
            out[c.col + shift] = c
    return out


#: each table's header as read, by the text and place of its cells: a table is asked for its header by each
#: shape it is tried for (an events table, halves side by side, roles in rows, a continued table)
_HEADERS: dict[tuple, tuple[int, dict[int, Column]] | None] = {}


def read_header(table: Table) -> tuple[int, dict[int, Column]] | None:
    """The first body row and the role and period of each column, or None
    when the first rows name no role and no period."""
    key = tuple((c.row, c.col, c.row_span, c.col_span, c.text) for c in table.cells)
    if key not in _HEADERS:
        if len(_HEADERS) > 256:
            _HEADERS.clear()
        _HEADERS[key] = _read_header(table)
    got = _HEADERS[key]
    # each caller columns of its own
    return None if got is None else (got[0], {k: dataclasses.replace(c) for k, c in got[1].items()})


def _read_header(table: Table) -> tuple[int, dict[int, Column]] | None:
    cover = _covering(table)
    by_row: dict[int, list[Cell]] = {}
    for c in table.cells:
        by_row.setdefault(c.row, []).append(c)
    last = -1
    for r in range(min(_HEADER_ROWS, table.n_rows)):
        cells = by_row.get(r, [])
        if r > last and any(_is_figure(c.text) or _is_pair(c.text) for c in cells):
            break  # the body (or a row numbering the columns) begins
        if last >= 0 and r > last and _section_heading(cells, table.n_cols):
            break  # "I. Массовые мероприятия" under the header: the first section of the body
        months = sum(1 for c in cells if is_month_label(c.text))
        # the libraries of the system across, over a total ("ЦРБ | ДБ | Кызылтуская с/б | Итого")
        branches = sum(1 for c in cells if _BRANCH.search(c.text) and not is_total_label(c.text)) >= 2 \
            and any(is_total_label(c.text) for c in cells)
        # "Формы | Всего | в т.ч. в сельских библиотеках": a total beside its parts heads the counts
        parts = any(_PART_HEADER.match(c.text) for c in cells)
        # "Жұмыс түрі | Кітапханада | Желіде | Барлығы": a total's word in the first row over a column beside
        # two others (whether they are its parts is for the figures to say)
        parts = parts or (r == 0 and sum(1 for c in cells if c.text.strip()) >= 4)
        for c in cells:
            if header_period(c.text) or header_role(c.text) or months >= 2 or branches or _yearless_part(c.text) \
                    or (parts and len(c.text.split()) == 1 and is_total_label(c.text)) or _named_by_its_place(c.text):
                last = max(last, c.row + max(1, c.row_span) - 1)
    if last < 0:
        return None
    # header cells wrapped over one more line, set as a row of its own: no
    # figure, every cell under a header cell and going on in lower case
    # ("Іс-шара" / "түрлері", "оның ішінде" / "балаларға")
    while last + 1 < min(_HEADER_ROWS, table.n_rows):
        below = [c for c in by_row.get(last + 1, []) if c.text.strip()]
        if not below or any(_is_figure(c.text) or not c.text.strip()[0].islower()
                            or not (cover.get((last, c.col)) and cover[(last, c.col)].text.strip()) for c in below):
            break
        last += 1
    _spread_plain_heads(table, cover, last)
    split = _split_periods(table, last)
    columns: dict[int, Column] = {}
    role_cell: dict[int, Cell] = {}  # the header cell that gave each column its role
    for k in range(table.n_cols):
        col = Column(k)
        role_width = table.n_cols + 1  # the width of the cell that gave the column its role
        for r in range(last + 1):
            cell = cover.get((r, k))
            if cell is None or cell.row != r:
                continue
            role, period = header_role(cell.text), split.get(id(cell)) or header_period(cell.text)
            pair = _pair_roles(cell.text)
            if pair:
                role, col.pair = "pair", pair
            if role and period is None:  # "Кол-во 2012": a role and a year in one cell
                y = re.search(r"(?<![\d.])((?:19|20)\d\d)(?![\d.])", cell.text)
                p = make_period(int(y.group(1))) if y else None
                period = p.code if p else None
            if period and _AGAINST.search(cell.text):
                period = None  # "+/- к 2018 г.", "% к 2018 г.": the year compared with, not the column's
            if role == "actual" and col.role == "plan" and not DONE_WORDS.search(cell.text):
                role = None  # "план" over "кол-во": the count planned, not the count held
            if role == "participants" and _people_planned(f"{col.header} / {cell.text}"):
                role = col.role = None  # "Жоспар" over "қатысушылар": the people planned, no figure stored
            if col.role == "participants" and role in ("plan", "actual") and col.header:
                # "Участники" over "план | факт", "Қатысушылар (адам)" over "Жылдық жоспар | Орындалды": the
                # people planned (no figure stored) and the people who came
                if role == "plan" and not DONE_WORDS.search(cell.text):
                    role = col.role = None
                elif DONE_WORDS.search(cell.text):
                    role = "participants"
            if role and (cell.col_span <= role_width or not col.role):
                # a cell over this column alone says more than one spanning it and others
                col.role, role_width = role, cell.col_span
                role_cell[k] = cell
            col.period = period or col.period
            if cell.text.strip():
                col.header = f"{col.header} / {cell.text.strip()}" if col.header else cell.text.strip()
                col.sub = cell.text.strip()
        columns[k] = col
    _parts_under_a_role(columns, role_cell)
    for col in columns.values():
        if col.role and not col.pair and (_PART_IN_BRACKETS.search(col.sub or "")
                                          or (col.role in ("actual", "participants")
                                              and _parts_in_brackets_below(table, col.index, last))):
            col.part_in_brackets = True
    words = {k for k in columns if _words_below(table, k, last)}  # the labels' columns: their roles are no roles
    known = {c.role for c in columns.values() if c.role and c.index not in words}
    no_period = not any(c.period for c in columns.values())
    for col in columns.values():
        # "2020 ж." over "8/240", "30/–"; or, in a header naming no period, "Балалар | Ересектер | Барлығы"
        # over "36/940": the count and the participants in each cell
        pair = _pairs_below(table, col.index, last) \
            if col.role is None and (col.period is not None or (no_period and col.sub)) \
            and not names_views(col.header) else None
        if pair:
            col.role, col.pair = "pair", pair
        elif col.role == "actual" and not col.pair and _named_pairs_below(table, col.index, last):
            # "Проведено" over "27 мер. / 790 чел.": each cell says what its two figures count
            col.role, col.pair = "pair", ("actual", "participants")
        elif col.role is None and col.sub and is_total_label(col.sub) and len(col.sub.split()) == 1 \
                and known <= {"participants"} and not any(c.period for c in columns.values()) \
                and all(_PART_HEADER.match(c.sub or "") for c in columns.values()
                        if c.index not in words and c is not col and c.role is None):
            col.role = "actual"  # "Всего" beside "в т.ч. онлайн" and "Участники": the events held
    # a period with a single sub-column and no role word: that is its count
    by_period: dict[str, list[Column]] = {}
    for c in columns.values():
        if c.period:
            by_period.setdefault(c.period, []).append(c)
    for cols in by_period.values():
        if len(cols) == 1 and cols[0].role is None:
            cols[0].role = "actual"
    if any(_OTHER_INDICATOR.search(c.header or "") for c in columns.values() if c.index not in words):
        # "Библиотека | Пользователи | Посещения | Выдача | Мероприятия": a table of a library's indicators,
        # where the visits are the library's, no participants of its events
        for c in columns.values():
            if c.role == "participants" and _VISITS_WORD.search(c.header or "") and not _TAKING_PART.search(c.header):
                c.role = None
    return last + 1, columns


def _spread_plain_heads(table: Table, cover: dict[tuple[int, int], Cell], last: int) -> None:
    """A header of a table written without merged cells (text set with tabs, a grid read without its spans):
    "Мероприятия | | | Участники | " over "план | факт | % | план | факт". A header cell followed by empty
    cells over filled ones heads those columns too, as the merged cell it stood for; ``cover`` gets it there.
    Not the labels' column, and not where the table has any merged cell (its spans say what each head covers)."""
    if last < 1 or any(c.col_span > 1 or c.row_span > 1 for c in table.cells):
        return
    by_row: dict[int, list[Cell]] = {}
    for c in table.cells:
        if c.row <= last:
            by_row.setdefault(c.row, []).append(c)
    for r in range(last):
        here = {c.col: c for c in by_row.get(r, [])}
        below = {c.col: c for c in by_row.get(r + 1, [])}
        head: Cell | None = None
        for k in range(1, table.n_cols):
            cell = here.get(k)
            if cell is not None and cell.text.strip():
                head = cell
            elif head is not None and k in below and below[k].text.strip() and not _is_figure(below[k].text):
                cover[(r, k)] = head
            else:
                head = None


#: a header naming in brackets a part of what its column counts: "Кол-во мероприятий (в т.ч. онлайн)",
#: "Іс-шаралар саны (оның ішінде онлайн)", "Участники (из них дети)"
_PART_IN_BRACKETS = re.compile(r"\((?=\s*(?:в\s?т\.\s?ч\.|в том числе|из них|оның ішінде|соның ішінде|о\.\s?і\.))[^()]+\)\s*$",
                               re.I)
#: a cell of a figure and its part in brackets: "40 (12)", "1 200 (560)"
_BRACKETED_PART = re.compile(r"^\s*(\d[\d \u00a0]*)\s*\(\s*(\d[\d \u00a0]*)\s*\)\s*$")


def _parts_in_brackets_below(table: Table, k: int, last: int) -> bool:
    """Whether most body cells of a count's or the people's column (two at least) hold a figure and a smaller one in
    brackets, and none a larger one ("40 (12)", "25 (3)" under "Кол-во", the text saying "в скобках –
    онлайн"): the count and a part of it, as the header may say ("Кол-во (в т.ч. онлайн)"). The people in
    brackets after the count ("5 (120)") are larger."""
    cells = [c.text for c in table.cells if c.col == k and c.row > last and c.text.strip()]
    both = [(parse_number(m.group(1)), parse_number(m.group(2))) for t in cells if (m := _BRACKETED_PART.match(t))]
    return len(both) >= 2 and len(both) * 2 > len(cells) \
        and all(a is not None and b is not None and b <= a for a, b in both)


def _counted(col: Column) -> str | None:
    """The role of a column whose header named two roles for cells of one figure each: the plan or the people
    when the other is the bare word of a count ("План (кол-во)", "Кол-во (участников)", "Жоспар (саны)"); none
    when both say something of their own ("План (участники)": the people planned) or the count is one held."""
    roles = set(col.pair or ())
    other = roles - {"actual"}
    if len(roles) != 2 or len(other) != 1 or "views" in roles or DONE_WORDS.search(col.sub or ""):
        return None
    return other.pop()


def _people_planned(header: str) -> bool:
    """Whether a column's header ("Жоспар / қатысушылар", "План / участники") is a plan's cell over the
    people planned: the people who came are under the count held, not here."""
    parts = [p for p in header.split(" / ") if p.strip()]
    return len(parts) >= 2 and header_role(parts[0]) == "plan" and header_role(parts[-1]) == "participants" \
        and not DONE_WORDS.search(header)


def _parts_under_a_role(columns: dict[int, Column], role_cell: dict[int, Cell]) -> None:
    """A role's cell spanning columns each headed by a part of what it counts
    and no role or time of its own ("Өткізілген іс-шаралар саны" over
    "балаларға | жасөспірімдерге | ересектерге", "Кол-во мероприятий" over
    "в библиотеке | онлайн | всего"): the column headed by a total is the
    count; without one, no column is, for the parts add up to a total the
    table does not print."""
    spans: dict[int, list[Column]] = {}
    for k, cell in role_cell.items():
        if cell.col_span >= 2:
            spans.setdefault(id(cell), []).append(columns[k])
    for cols in spans.values():
        subs = [" ".join(c.sub.split()) for c in cols]
        if len(cols) < 2 or any(c.sub == c.header or header_role(t) or _names_a_time(t, 2000) for c, t in zip(cols, subs)):
            continue  # the spanning cell is the lowest header over a column, or the cells under it name roles, times
        totals = [c for c, t in zip(cols, subs) if is_total_label(t)]
        for c in cols:
            if len(totals) != 1 or c is not totals[0]:
                c.role, c.pair = None, None


#: the head of a column of an indicator that counts no events: readers, loans, the fund
_OTHER_INDICATOR = re.compile(r"(?i)пользовател|читател|оқырман|выдач|кітап\s+беріл|фонд|кітап\s+қор|қор(?:ы|дың)?\b")
#: visits, and the words of taking part in events
_VISITS_WORD = re.compile(r"(?i)посещ|посетит|посетил|келу|келуші")
_TAKING_PART = re.compile(r"(?i)участ|қатыс|присутств|мероприят|іс-шара")


#: a column of a part of the one before it: "в т.ч. онлайн", "из них для детей", "оның ішінде онлайн"
_PART_HEADER = re.compile(r"(?i)\s*(?:в\s?т\.\s?ч\.|в том числе|из них|оның ішінде|соның ішінде|о\.і\.)")


#: a section's number opening its heading: a Roman numeral ("I.", "IV)", "ІІ." with Cyrillic І)
_SECTION_NUMBER = re.compile(r"^\s*[IVXІ]{1,4}[.)]\s")


def _section_heading(cells: list[Cell], n_cols: int) -> bool:
    """Whether a row is a section's heading: its one cell with text spans
    the table, or opens with a Roman numeral, and names no period."""
    full = [c for c in cells if c.text.strip()]
    if len(full) != 1 or header_period(full[0].text):
        return False
    return full[0].col_span >= n_cols or bool(_SECTION_NUMBER.match(full[0].text))


def _over(col: Column) -> str:
    """The header text over a column's lowest header cell ("Іс-шаралар
    түрлері" over "Кітап көрмелері"); empty for a header of one cell."""
    return col.header[: -len(col.sub)].rstrip(" /") if col.sub and col.header.endswith(col.sub) else ""


def _words_below(table: Table, k: int, last: int) -> bool:
    """Whether most body cells of column ``k`` hold words, not figures."""
    cells = [c.text for c in table.cells if c.col == k and c.row > last and c.text.strip()]
    return bool(cells) and sum(not _is_figure(t) for t in cells) * 2 > len(cells)


def _pairs_below(table: Table, k: int, last: int) -> tuple[str, str] | None:
    """("actual", "participants") when the body cells of column ``k`` hold
    two figures each, the first the smaller ("8/240": 8 events, 240
    people), in most rows and two at least; None otherwise."""
    cells = [c for c in table.cells if c.col == k and c.row > last and c.text.strip()]
    pairs = [m for c in cells if (m := pair_cell(c.text))]
    if len(pairs) < 2 or len(pairs) * 2 <= len(cells):
        return None
    if sum(1 for c in cells if _LINES_PAIR_CELL.match(c.text)) == len(pairs) \
            and all(_BROKEN_GROUPS.fullmatch(c.text) for c in table.cells
                    if c.row > last and _LINES_PAIR_CELL.match(c.text)):
        return None  # each "1" / "380" may be one figure a narrow column broke: no cell of the table says two
    both = [(parse_number(m[0]), parse_number(m[1])) for m in pairs]
    both = [(a, b) for a, b in both if a is not None and b is not None]
    if both and sum(a > b for a, b in both) * 2 > len(both):
        return None  # the larger first: not a count over its people
    return ("actual", "participants")


def _lines_below(rows: list[dict[int, Cell]], k: int) -> bool:
    """Whether most body cells of column ``k`` hold two figures one under the other ("12" / "340"), which
    may also read as one figure ("12 340") and so are not among the column's words."""
    texts = [rm[k].text for rm in rows if k in rm and rm[k].col == k and rm[k].text.strip()]
    return bool(texts) and sum(1 for t in texts if _LINES_PAIR_CELL.match(t)) * 2 > len(texts)


def _named_pairs_below(table: Table, k: int, last: int) -> bool:
    """Whether most body cells of column ``k`` (two at least) name the events
    and the people they count ("27 мер. / 790 чел.", "8 іс-шара, 230 адам")."""
    cells = [c.text for c in table.cells if c.col == k and c.row > last and c.text.strip()]
    named = [t for t in cells if _NAMED_PAIR_CELL.match(" ".join(t.split()))]
    return len(named) >= 2 and len(named) * 2 > len(cells)


def _split_periods(table: Table, last: int) -> dict[int, str]:
    """Periods of header cells whose text a PDF table split over two
    cells side by side: "2020 г." | "(9 мес.)" is "2020 г. (9 мес.)" for
    both (id(cell) -> period code).  The right cell names no period or role
    of its own, and the two texts read together name a narrower period."""
    out: dict[int, str] = {}

    def roles_under(cell: Cell) -> list[str | None]:
        return [header_role(c.text) for c in sorted(table.cells, key=lambda c: c.col)
                if cell.row + cell.row_span <= c.row <= last and cell.col <= c.col < cell.col + cell.col_span]

    for r in range(last + 1):
        row = sorted((c for c in table.cells if c.row == r), key=lambda c: c.col)
        for left, right in zip(row, row[1:]):
            if not right.text.strip() or header_role(right.text) or header_period(right.text):
                continue
            if set(filter(None, roles_under(right))) & set(filter(None, roles_under(left))):
                continue  # "2023 год" | "III квартал", each over its own "план | факт": two periods
            if header_role(left.text) and not right.text.strip().startswith("(") and _yearless_part(right.text):
                continue  # "План на 2024 г." | "III квартал": the year's plan beside the quarter's count
            alone = out.get(id(left)) or header_period(left.text)
            both = header_period(f"{left.text} {right.text}")
            if alone and both and both != alone and both.startswith(alone):
                out[id(left)] = out[id(right)] = both
    return out


def institutions_in_rows(rows: list[dict[int, Cell]], k: int, vocab: Vocabulary) -> bool:
    """Whether the labels of column ``k`` are kinds of institution of culture
    with the libraries among them ("Клубные учреждения | Библиотеки | Музей |
    Детская музыкальная школа", "Мәдениет үйлері | Кітапханалар"): a culture
    department's summary by institution, whose events are each
    institution's, by no form of work.  A label the forms of work know
    ("Театрализованные представления", "Библиотечные уроки") is a form."""
    texts = [c.text for rm in rows if (c := rm.get(k)) is not None and not match_label(vocab, c.text).id]
    others = sum(1 for x in texts if OTHER_INSTITUTION_RE.search(x) and not LIBRARY_WORD_RE.search(x))
    return others >= 2 and any(LIBRARY_WORD_RE.search(x) for x in texts)


def find_event_table(table: Table, vocab: Vocabulary, doc_period: str | None = None,
                     role_labels: bool = False) -> EventTable | None:
    """An :class:`EventTable` when ``table`` is a summary of events by type.
    ``role_labels``: labels naming a role ("Количество мероприятий", a
    column of a table laid on its side) count as labels of events."""
    if table.kind != "table" or table.n_rows < 3 or table.n_cols < 2:
        return None
    head = read_header(table)
    if head is None:
        return None
    header_end, columns = head
    cover = _covering(table)
    rows = [row_map(table, r, cover) for r in range(header_end, table.n_rows)]
    _years_by_their_place(columns, doc_period)
    _parts_of_the_year(columns, rows, doc_period)
    _year_to_date(columns, doc_period)
    _year_to_date_count(columns)
    _year_not_over(columns, doc_period)
    _the_years_plan(columns, doc_period)
    # months across, each over the roles of the total beside them ("Қазан | Қараша | Желтоқсан | IV тоқсан", each
    # over "саны | қатыс."): a month's columns are not read (esep stores no monthly periods), so they do not
    # take the period of the column beside them and stand before it as its roles' first columns
    months = [c for c in columns.values() if c.role and c.period is None and is_month_label(_over(c))]
    if len(months) >= 2 and any(c.role and c.period and c not in months for c in columns.values()):
        for c in months:
            c.role, c.pair = None, None
    if any(_dated_column(rows, k) for k in columns):
        # "Іс-шара атауы | Өткізілген күні | Қатысушылар саны" over "«Абай оқулары» | 10.08.2023 | 45": a list of
        # single events on their dates, not a count of events by type
        log.debug("table %s: a column of dates; a list of events, not an event table", table.index)
        return None
    if any(_PLAN_LIST_HEADER.search(c.sub or "") for c in columns.values()) \
            and not any(is_total_label(c.text) for rm in rows for c in rm.values()):
        # "№ | Наименование | Форма | Срок | Ответственный": a plan of events (who holds each, by when), each row
        # one event planned; no count of events held (a table of counts with the departments responsible for
        # them adds them up in a total row)
        log.debug("table %s: a column of who is responsible or by when; a plan of events", table.index)
        return None
    # the forms of work across, under a cell spanning them ("Кітапханалар | Іс-шаралар түрлері: Кітап
    # көрмелері | Әдеби кештер | … | Барлығы іс-шара | Қатысушылар"): each such column counts one form, not
    # the row's events; the role of the cell over them all is none of theirs
    # ("Басқалары" among them too)
    forms_across = [c for c in columns.values() if c.role and c.sub and c.sub != c.header
                    and header_role(c.sub) is None and is_form(vocab, c.sub)]
    over = {_over(c) for c in forms_across}
    if len(forms_across) >= 2 and len(over) == 1:
        under = [c for c in columns.values() if c.role and _over(c) in over and header_role(c.sub) is None]
        if any(c.role for c in columns.values() if c not in under):
            for c in under:
                c.role = None
    # a column whose body is words holds labels, whatever its header says
    # ("Форма мероприятия", "Іс-шара түрлері")
    for k, col in columns.items():
        numbers, words = _body(rows, k)
        if col.pair and sum(1 for w in words if pair_cell(w)) * 2 < max(1, len(words)) \
                and not _lines_below(rows, k):
            # the header named two roles, the cells are not "a/b": a count's word beside a plan or the people
            # says what is counted ("План (кол-во)", "Кол-во (участников)"), the other is the column's role
            col.role, col.pair = _counted(col), None
        elif col.role and not col.pair and len(words) > len(numbers) \
                and not (col.part_in_brackets and all(_BRACKETED_PART.match(w) for w in words)):
            col.role = None
    people_only = all(c.role in (None, "participants") for c in columns.values())
    if people_only and not any(c.period for c in columns.values()):
        # months across the header ("Январь | Февраль | Март | Итого"), or the libraries of the system
        # ("ЦРБ | ДБ | Кызылтуская с/б | Итого"): the total column is the count of the document's period;
        # the months themselves are not periods esep stores, the libraries' own counts not the system's.
        # Beside months the year's column may name the year, not a total ("янв. | … | дек. | За год",
        # "қаң | … | жел | Жылдық"), and a column of the people may stand beside it ("Участники", "Қатысушылар")
        months = [c for c in columns.values() if is_month_label(c.sub)]
        branches = [c for c in columns.values() if c.sub and _BRANCH.search(c.sub) and not is_total_label(c.sub)]
        totals = [c for c in columns.values() if c.sub and c.role is None and _body(rows, c.index)[0]
                  and (is_total_label(c.sub) or (len(months) >= 2 and (_WHOLE_YEAR.match(c.sub.strip())
                                                                       or _names_the_part(c.sub, doc_period))))]
        # (the libraries' columns beside the people are read below, where their sum is checked)
        people = [c for c in columns.values() if c.role == "participants"]
        if len(totals) != 1 or (max(len(months), len(branches)) < 2 and not _sum_of_the_others(columns, rows, totals[0])):
            if not people:
                return None
        elif not people or len(months) >= 2:
            totals[0].role, totals[0].period = "actual", doc_period
            if doc_period and _WHOLE_YEAR.match(totals[0].sub.strip()):
                totals[0].period = doc_period[:4]  # "За год" in a report on a part of the year: the year's count
    named = {c.period for c in columns.values() if c.period}
    if _last_years_column_last(columns, doc_period):
        for c in columns.values():
            if c.role and c.period is None:
                c.period = doc_period
        named = {c.period for c in columns.values() if c.period}
    if len(named) == 1:  # "2020 ж. жоспар", "2020 ж. өткізілді", "Қатысушылар": one period for all
        for c in columns.values():
            if c.role and c.period is None:
                c.period = next(iter(named))
    elif len(named) > 1:
        # "2019 г. план | 2019 г. факт | %": a role column without a period goes with the period on
        # its left, when that period has no such column yet
        for c in sorted(columns.values(), key=lambda c: c.index):
            if c.role and c.period is None:
                left = next((d for d in sorted(columns.values(), key=lambda d: -d.index)
                             if d.index < c.index and d.period), None)
                if left is not None and _against_another_year(c, left.period, columns):
                    c.role = None
                elif left is not None and not any(d.period == left.period and d.role == c.role
                                                   for d in columns.values()):
                    c.period = left.period
    if not any(c.period for c in columns.values() if c.role):
        no_period = not any(c.period for c in columns.values())
        for c in columns.values():
            if c.role or (no_period and _body(rows, c.index)[0] and not _NUMBERING.match(c.header)):
                c.period = doc_period
    # the header speaks of events ("Форма мероприятия", "присутствовало", "Іс-шара түрлері")
    about_events = any(_EVENTS_HEADER.search(c.header) for c in columns.values())
    # or names forms of work across, two at least, over libraries down ("Кітапханалар | Кітап көрмелері |
    # Әңгімелер | Акциялар | Барлығы": the libraries' events by form, with no word for events)
    forms_across = sum(1 for c in columns.values() if c.role is None and c.sub and is_form(vocab, c.sub)) >= 2
    best: tuple[int, int, str] | None = None  # (rows of the kind, column, kind)
    n_labels: dict[int, int] = {}  # each label column's cells of words
    for k, col in columns.items():
        if col.role:
            continue
        labels = 0
        kinds = {"type": 0, "month": 0, "branch": 0}
        seen: set[int] = set()
        for rm in rows:
            cell = rm.get(k)
            if cell is None or id(cell) in seen or not cell.text.strip():
                continue
            seen.add(id(cell))
            if parse_number(cell.text) is not None or is_total_label(cell.text):
                continue
            labels += 1
            if match_label(vocab, cell.text).id or (role_labels and header_role(cell.text) in ROLES):
                kinds["type"] += 1
            elif is_month_label(cell.text):
                kinds["month"] += 1
            elif _BRANCH.search(cell.text):
                kinds["branch"] += 1
        n_labels[k] = labels
        if labels >= 2 and about_events and _rows_name_no_form(col.header or "") \
                and (best is None or labels > best[0]):
            # "Направление работы", "Бағыты": the rows are directions of work, which no vocabulary of
            # forms knows; they are kept with their labels (and listed for review), not dropped
            best = (labels, k, "type")
            continue
        for kind, n in kinds.items():
            enough = n * 2 >= labels and (n >= 2 if kind == "type" else n >= 2 and (
                about_events or (kind == "branch" and forms_across)))
            if kind == "type" and about_events and n >= 1 and n * 4 >= labels:
                enough = True  # a table of events by form of work with many labels of its own
            if enough and (best is None or n > best[0]):
                best = (n, k, kind)
    if best is None and sum(1 for c in columns.values() if c.role in ("plan", "actual", "participants")) >= 2:
        # "Мероприятия | План | Факт | Присутствовало" over forms no vocabulary knows: the label column's
        # head and two columns of an event table's roles say what the table is; its rows are kept with
        # their labels (and listed for review), not dropped
        heads = [(n, k) for k, n in n_labels.items() if n >= 2 and _FORMS_HEADER.search(columns[k].header or "")]
        if heads:
            best = (*max(heads), "type")
    if best is None:
        log.debug("table %s: its labels are not event types, months or branches; not an event table", table.index)
        return None
    matched, k, kind = best
    if institutions_in_rows(rows, k, vocab):
        log.debug("table %s: its rows are kinds of institution of culture; not an event table", table.index)
        return None
    if kind != "type" and _main_indicators(columns, rows, k):
        # "Библиотека | Пользователи | Посещения | Книговыдача | Мероприятия": each library's (or month's) main
        # indicators, the number of events one of them; a table of the libraries' work, not of their events
        log.debug("table %s: readers, visits or loans beside the events; a table of indicators", table.index)
        return None
    if any(_titles_column(rows, j) or (kind != "month" and _months_column(rows, j)) for j in columns if j != k):
        # "Өткізілген айы | Іс-шараның атауы | Өткізу түрі" over "Қаңтар | «Қысқы ертегілер әлемінде» | Кітап
        # көрмесі": each row is one event with its own title, not a count of events of a kind
        log.debug("table %s: a column of the events' titles; a list of events, not an event table", table.index)
        return None
    undecided = infer_roles(columns, rows, k)
    _parts_beside_the_total(table, columns, header_end)
    if not any(c.role for c in columns.values()):
        return None
    return EventTable(table, header_end, k, columns, matched, undecided, kind)


def _main_indicators(columns: dict[int, Column], rows: list[dict[int, Cell]], label_col: int) -> bool:
    """Whether two number columns or more beside the labels hold indicators
    that count no events (readers, visits, loans, the fund)."""
    heads = [c.header or "" for k, c in columns.items() if k != label_col and _body(rows, k)[0]]
    return sum(1 for h in heads if _OTHER_INDICATOR.search(h)
               or (_VISITS_WORD.search(h) and not _TAKING_PART.search(h))) >= 2


def _parts_beside_the_total(table: Table, columns: dict[int, Column], header_end: int) -> None:
    """Groups of readers across, each over the roles of a total beside
    them ("Дети до 14 лет | Юношество | Взрослые | Всего", each over "кол-во
    | участники"; "Балалар | Жасөспірімдер | Ересектер | Барлығы" over
    "36/940"): the columns under the total's head are the row's figures;
    the groups' are parts of them and stay unread. Groups over the same
    roles with no total beside them ("Офлайн | Онлайн", "Дети | Взрослые")
    are parts of a whole not printed: none of their columns is the row's."""
    if header_end < 1:
        return
    cover = _covering(table)
    _spread_plain_heads(table, cover, header_end - 1)
    groups: dict[int, list[Column]] = {}  # the top header cell -> the columns under it that have a role
    tops: dict[int, Cell] = {}
    for c in columns.values():
        top = cover.get((0, c.index))
        if c.role and top is not None and top.text.strip():
            groups.setdefault(id(top), []).append(c)
            tops[id(top)] = top
    if len(groups) < 2:
        return

    def roles(cols: list[Column]) -> set[tuple[str | None, str]]:
        return {(c.period, r) for c in cols for r in (c.pair or (c.role,))}

    # the group's name without the roles its cell may add in brackets: "Дети (кол-во/уч.)" over "12/340"
    name = {g: re.sub(r"\([^()]*\)", " ", tops[g].text).strip() for g in groups}
    totals = [g for g in groups if is_total_label(name[g]) and header_role(name[g]) is None]
    if not totals and len({frozenset(roles(cols)) for cols in groups.values()}) == 1 \
            and all(name[g] and header_role(name[g]) is None and header_period(tops[g].text) is None
                    and not _yearless_part(tops[g].text) for g in groups):
        # "Офлайн | Онлайн" or "Дети | Взрослые", each over "кол-во | участники", and no total: each pair is a
        # part of the row's events, whose whole is not printed; none is the row's (not the first, as the roles
        # alone would say)
        for cols in groups.values():
            for c in cols:
                c.role, c.pair = None, None
        return
    if len(groups) < 3 or len(totals) != 1:
        return
    whole = roles(groups[totals[0]])
    # each group over some of the total's roles at least (a PDF may cut "Дети до 14 лет" over "кол-во |
    # участники" into "Дети лет" | "до 14", one over each)
    parts = [g for g in groups if g != totals[0] and roles(groups[g]) <= whole and name[g]
             and header_role(name[g]) is None and header_period(tops[g].text) is None
             and not _yearless_part(tops[g].text)]
    if len(parts) < 2:
        return
    for g in parts:
        for c in groups[g]:
            c.role, c.pair = None, None


#: a header naming the whole year without its number: "За год", "Итого за год", "Жыл бойы", "Жылға"
_WHOLE_YEAR = re.compile(r"^(?:(?:итого|всего)\s+)?(?:за\s+)?год$|^жыл(?:\s+бойы|ға|да)?$|^барлығы\s+жыл"
                         r"|^жылдық$|^жылына$|^жыл\s+ішінде$|^годово[йе]$|^(?:итого\s+)?за\s+12\s+месяцев$"
                         r"|^12\s+ай(?:да)?$|^в\s+течение\s+года$", re.I)


#: a header naming the half-year without its number: "Полугодие", "За полугодие", "Жартыжылдық", "Жарты жылда"
_WHOLE_HALF = re.compile(r"(?i)^(?:(?:итого|всего)\s+)?(?:за\s+)?полугодие$|^жарты\s*жыл(?:дық|да|дықта|дық\s+бойынша)?$")


#: a header naming the quarter without its number: "За квартал", "Итого за квартал", "За 3 месяца", "Тоқсан
#: бойынша", "Тоқсанда", "3 айда"
_WHOLE_QUARTER = re.compile(r"(?i)^(?:(?:итого|всего)\s+)?(?:за\s+)?квартал$|^(?:(?:итого|всего)\s+)?за\s+(?:3|три)\s+месяца$"
                            r"|^(?:барлығы\s+)?тоқсан(?:\s+бойынша|да|дық|\s+ішінде)?$|^(?:3|үш)\s+ай(?:да)?$")


def _names_the_part(text: str, doc_period: str | None) -> bool:
    """Whether a header names the report's half-year or quarter without its number, in a report on
    a half-year ("За полугодие", "Жартыжылдық") or a quarter ("За квартал", "Тоқсан бойынша")."""
    if not doc_period:
        return False
    part = doc_period[4:]
    return (part in ("-H1", "-H2") and bool(_WHOLE_HALF.match(text.strip()))) \
        or (part in ("-Q1", "-Q2", "-Q3", "-Q4") and bool(_WHOLE_QUARTER.match(text.strip())))


#: the period a report is on, named without its number: "Отчётный год", "Текущий год", "Отчётный период",
#: "Есепті жыл", "Ағымдағы жыл", "Биылғы жыл"
_THIS_PERIOD = re.compile(r"(?i)(?<!\w)(?:(?:текущ|отч[её]тн)\w*\s+(?:год|период)|(?:есепті|ағымдағы|биылғы)\s+(?:жыл|кезең))")
#: the same period a year before: "Аналогичный период прошлого года", "Өткен жылдың сәйкес кезеңі"
_SAME_PERIOD_BEFORE = re.compile(r"(?i)(?<!\w)(?:аналогичн\w*\s+период\w*\s+(?:прошл|предыдущ)\w*\s+год"
                                 r"|(?:өткен|алдыңғы)\s+жылдың\s+(?:осы|сәйкес|ұқсас)\s+кезең)")
#: the year before, named without its number: "Прошлый год", "Предыдущий год", "Өткен жыл", "Алдыңғы жыл"
_YEAR_BEFORE = re.compile(r"(?i)(?<!\w)(?:(?:прошл|предыдущ|предшествующ)\w*\s+год|(?:өткен|алдыңғы)\s+жыл)")


def _named_by_its_place(text: str) -> bool:
    """Whether a header cell names a period by its place ("Отчётный период", "Өткен жыл")."""
    return bool(text) and len(text) < 60 and any(
        r.search(text) for r in (_THIS_PERIOD, _SAME_PERIOD_BEFORE, _YEAR_BEFORE))


def _years_by_their_place(columns: dict[int, Column], doc_period: str | None) -> None:
    """Periods a header names by their place, not their number ("Отчётный год | Предыдущий год",
    "Есепті жыл | Өткен жыл", "Отчётный период | Аналогичный период прошлого года"): the report's
    period, and the year before it (the same part of it for a report on a part of the year; "the year
    before" alone only in a report on a whole year). A column of changes against the year before names
    no period of its own."""
    p = period_from_code(doc_period) if doc_period else None
    if p is None:
        return
    before = f"{p.year - 1}{p.code[4:]}"
    found: list[Column] = []
    for c in columns.values():
        text = c.header or ""
        if c.period is not None or not text or c.role == "percent" or _CHANGE.search(text) or _AGAINST.search(text):
            continue
        if _SAME_PERIOD_BEFORE.search(text):
            c.period = before
        elif _YEAR_BEFORE.search(text) and len(p.code) == 4:
            c.period = before
        elif _THIS_PERIOD.search(text):
            c.period = p.code
        else:
            continue
        found.append(c)
    for period in {c.period for c in found}:
        cols = [c for c in columns.values() if c.period == period]
        if len(cols) == 1 and cols[0].role is None:
            cols[0].role = "actual"  # a period over one column naming no role: its count


#: a plan's header naming the whole year without its number: "Жылдық жоспар", "Годовой план", "План на год"
_YEARS_PLAN = re.compile(r"(?i)(?<!\w)(?:жылдық\s+жоспар|жылға\s+(?:арналған\s+)?жоспар|годово\w*\s+план"
                         r"|план\s+на\s+(?:текущий\s+)?год)(?!\w)")


def _the_years_plan(columns: dict[int, Column], doc_period: str | None) -> None:
    """In a report on a part of a year, a plan's column headed by the whole year without its number
    ("Жылдық жоспар | ІІІ тоқсанда | Жыл басынан", "Годовой план | Выполнено в I квартале") is the year's
    plan, not a plan of the part the other columns count; the counts and people beside it that name no
    period ("Годовой план | Выполнено | Участники") are the report's."""
    p = period_from_code(doc_period) if doc_period else None
    if p is None or len(p.code) == 4:
        return
    plans = [c for c in columns.values()
             if c.role == "plan" and c.period is None and _YEARS_PLAN.search(c.header or "")]
    for c in plans:
        c.period = str(p.year)
    if plans and not any(c.period == str(p.year) and c.role in ("actual", "participants") for c in columns.values()):
        for c in columns.values():
            if c.role in ("actual", "participants") and c.period is None:
                c.period = p.code


def _yearless_part(text: str, year: int = 2000) -> str | None:
    """The period of ``year`` a header names as a part of a year without
    the year ("I кв.", "II полугодие", "3-тоқсан"), or None."""
    found = find_periods(text, year) if text and len(text) < 40 else []
    if len(found) == 1 and not found[0].explicit_year and len(found[0].period.code) > 4:
        return found[0].period.code
    return None


#: the head of a label column whose rows are directions of the work, not forms of it
_DIRECTION_HEADER = re.compile(r"(?i)(?<![^\W\d_])(?:направлени|бағыт|ba[gğǵ]yt)")
#: the head of a label column whose rows are groups of readers ("Категория пользователей", "Читательская
#: группа", "Возрастная группа", "Оқырмандар тобы", "Оқырман санаты"): no form of work either
_READER_GROUP_HEADER = re.compile(r"(?i)(?<![^\W\d_])(?:(?:категори|групп)\w*\s+(?:пользовател|читател)"
                                  r"|(?:читательск|возрастн)\w*\s+групп|(?:оқырман|пайдаланушы)\w*\s+(?:тоб|топ|санат)"
                                  r"|жас\s+(?:тоб|топ|ерекшел))")


#: the head of a label column that names forms of work beside directions ("Направление работы, форма мероприятия",
#: "Бағыттары мен іс-шара түрлері")
_FORM_HEADER = re.compile(r"(?i)(?<![^\W\d_])(?:форм[аы]\w*|түр(?:і|лері)\w*)(?![^\W\d_])")
#: a numbered label: a direction heading the forms under it ("1. Патриотическое воспитание", "2) Продвижение чтения")
_NUMBERED_LABEL = re.compile(r"\s*(?:\d{1,2}|[IVXІ]{1,4})\s*[.)]\s*\S")


def _in_capitals(text: str) -> bool:
    """A label typed in capitals, as a section's heading is ("ПАТРИОТИЧЕСКОЕ ВОСПИТАНИЕ"): eight letters or
    more, none in lower case (a form's abbreviation, "КВН", is shorter)."""
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 8 and not any(ch.islower() for ch in letters)


def _rows_name_no_form(head: str) -> bool:
    """Whether a label column's head says its rows are directions of the work or groups of readers:
    categories of events that hold many forms, not forms."""
    return bool(_DIRECTION_HEADER.search(head) or _READER_GROUP_HEADER.search(head))


def _year_to_date(columns: dict[int, Column], doc_period: str | None) -> None:
    """A column headed "с нарастающим итогом", "с начала года", "жыл басынан бері" in a report on a part
    of the year counts from January to the end of the report's period: the third quarter's report puts
    the nine months beside the quarter."""
    p = period_from_code(doc_period) if doc_period else None
    for col in columns.values():
        if col.period is None and col.header:
            found = find_cumulative_periods(col.header, p)
            if found:
                col.period = found[0].period.code


def _year_to_date_count(columns: dict[int, Column]) -> None:
    """A year-to-date column with no role of its own beside parts of the year that count events ("III квартал
    | С начала года" over the forms): the count of events, as the part's lone column is."""
    counts = [c for c in columns.values() if c.role]
    if not counts or any(c.role != "actual" for c in counts):
        return
    for col in columns.values():
        if col.role is None and col.period and col.header and names_year_to_date(col.header) \
                and sum(1 for d in columns.values() if d.period == col.period) == 1:
            col.role = "actual"



def _year_not_over(columns: dict[int, Column], doc_period: str | None) -> None:
    """In a report on a part of the year, a header of the whole year beside
    a part of it ("2023 год: план | факт | %" beside "III квартал: план |
    факт | %"): the plan is the year's, but what was done in a year not over
    is what was done from January to the end of the report's period (the
    nine months in the third quarter's report)."""
    p = period_from_code(doc_period) if doc_period else None
    to_date = year_to_date(p)
    if p is None or to_date is None or to_date.code == str(p.year):
        return
    year = str(p.year)
    parts = {c.period for c in columns.values() if c.period and c.period != year and c.period.startswith(year)}
    done = [c for c in columns.values() if c.period == year and c.role in ("actual", "participants", "percent")]
    if not parts or not done or any(c.period == to_date.code and c.role == "actual" for c in columns.values()):
        return
    for c in done:
        c.period = to_date.code


def _parts_of_the_year(columns: dict[int, Column], rows: list[dict[int, Cell]], doc_period: str | None) -> None:
    """Columns headed by parts of the report's year without the year ("I кв.
    | II кв. | III кв. | IV кв. | Всего", "1 ж/ж | 2 ж/ж"): each is its part
    of that year, and the count of events when it is the part's only column;
    a total column beside them, headed by no role, is the count of the
    report's whole period."""
    if not doc_period:
        return
    year = int(doc_period[:4])
    parts = []
    for c in columns.values():
        if c.period is None and c.header and not _CHANGE.search(c.header):
            c.period = _yearless_part(c.header, year)
            if c.period:
                parts.append(c)
    for c in parts:
        if c.role is None and sum(1 for d in columns.values() if d.period == c.period) == 1:
            c.role = "actual"
    totals = [c for c in columns.values() if c.role is None and c.period is None
              and (is_total_label(c.sub or c.header) or _WHOLE_YEAR.match((c.sub or c.header).strip())
                   or _names_the_part(c.sub or c.header, doc_period))
              and _body(rows, c.index)[0]]
    if parts and len(totals) == 1 and not any(c.period == doc_period and c.role == "actual" for c in columns.values()) \
            and all(_inside(c.period, doc_period) for c in parts):
        totals[0].period, totals[0].role = doc_period, "actual"
    # "I кв. | … | IV кв. | За год", each over "мер. | уч.": the columns under the year's head are the year's,
    # under a total's head ("Итого", "Барлығы") the report's whole period
    whole = make_period(year)
    for c in columns.values():
        over = _over(c).strip()
        if not parts or c.period is not None or not c.role or not over:
            continue
        if _WHOLE_YEAR.match(over) and whole is not None:
            c.period = whole.code
        elif _names_the_part(over, doc_period) and all(_inside(d.period, doc_period) for d in parts):
            c.period = doc_period
        elif is_total_label(over) and len(over.split()) == 1 and all(_inside(d.period, doc_period) for d in parts):
            c.period = doc_period


def _last_years_column_last(columns: dict[int, Column], doc_period: str | None) -> bool:
    """"Форма работы | Количество | Число участников | Для сравнения: 2023 г.", "Жұмыс түрі | Жоспар |
    Орындалды | Қатысушылар | 2023 ж. орындалды" in a report on 2024: the one period the header names is
    an earlier year's, in the last columns, right of the counts that name none; those are the report's
    own period, the named one only compared with."""
    p = period_from_code(doc_period) if doc_period else None
    dated = [c for c in columns.values() if c.period]
    undated = [c for c in columns.values() if c.role and c.period is None]
    if p is None or not dated or len({c.period for c in dated}) != 1:
        return False
    past = period_from_code(dated[0].period)
    return past is not None and past.end < p.start \
        and any(c.role in ("actual", "pair") for c in undated) \
        and min(c.index for c in dated) > max(c.index for c in undated)


def _against_another_year(col: Column, period: str, columns: dict[int, Column]) -> bool:
    """A percent column naming the year it compares with ("% к 2022 г." beside "2023 г. план | 2023 г.
    факт"), when the period on its left has a plan: the growth against that year, not the plan's
    fulfilment the period's percent would be read as; it is not read."""
    years = re.findall(r"(?<![\d.])((?:19|20)\d\d)(?![\d.])", col.header or "")
    return col.role == "percent" and bool(years) and bool(_AGAINST.search(col.header or "")) \
        and all(not period.startswith(y) for y in years) \
        and any(d.period == period and d.role == "plan" for d in columns.values())


def _inside(part: str, whole: str) -> bool:
    """Whether period ``part`` is a narrower period within ``whole`` (2022-Q1 in 2022-H1)."""
    a, b = period_from_code(part), period_from_code(whole)
    return a is not None and b is not None and a.code != b.code and b.start <= a.start and a.end <= b.end


def _header_names_period(et: EventTable) -> Iterator[bool]:
    """For each header cell of the table: whether it names a period (the
    document's period given to a header without one does not count)."""
    for c in et.table.cells:
        if c.row < et.header_end:
            yield bool(header_period(c.text))


def _names_a_time(text: str, year: int) -> bool:
    """A row label naming a year, a part of a year or a month (the first
    column of a table laid on its side)."""
    t = " ".join(text.split())
    return bool(t) and bool(BARE_YEAR.match(t) or header_period(t) or is_month_label(t) or _yearless_part(t, year))


def _names_a_part_of_the_year(text: str, year: int) -> bool:
    """A row label naming a part of a year ("ІІ тоқсан", "2 квартал", "I полугодие 2023", "Наурыз"),
    not a whole year ("2023", "2023 ж.")."""
    t = " ".join(text.split())
    if not t or BARE_YEAR.match(t):
        return False
    code = header_period(t)
    return bool(is_month_label(t) or _yearless_part(t, year) or (code and len(code) > 4))


def parts_of_the_year_only(table: Table, vocab: Vocabulary, doc_period: str | None) -> bool:
    """Quarters, half-years or months down the first column ("І тоқсан … ІV тоқсан | Барлығы") and no
    form of work across the header, only the count and the participants: the rows are periods, not forms
    of work.  Read on its side, such a table gives each period's totals, facts of those periods, and no
    row by type."""
    year = int(doc_period[:4]) if doc_period else 2000
    first = [c for c in table.cells if c.col == 0 and c.row > 0 and c.text.strip()]
    times = [c for c in first if _names_a_time(c.text, year)]
    return len(times) >= 2 and all(_names_a_part_of_the_year(c.text, year) for c in times) \
        and not any(is_form(vocab, c.text) for c in table.cells if c.row == 0 and c.col > 0)


def on_its_side(table: Table, vocab: Vocabulary, doc_period: str | None) -> Table | None:
    """The table turned a quarter (rows for columns) when it is a table of
    events laid on its side: years, parts of the year or months down its
    first column ("Год", "2021", "2022"; "Январь" … "Итого") and the forms
    of work, the total or the roles across its header ("Книжные выставки |
    Беседы | Всего мероприятий | Участников").  Its cells keep their own
    rows and columns swapped; None for any other table."""
    if table.kind != "table" or table.n_rows < 3 or table.n_cols < 2:
        return None
    year = int(doc_period[:4]) if doc_period else 2000
    cover = _covering(table)
    first = [c for c in table.cells if c.col == 0 and c.text.strip()]
    times = [c for c in first if c.row > 0 and _names_a_time(c.text, year)]
    # or the roles down it: "Показатель | Выставки | Беседы | Всего" over "Количество" and "Участники"
    roles_down = [c for c in first if c.row > 0 and header_role(c.text) in ROLES]
    # or the libraries of the system down it, over a total: "Библиотека | Выставки | Беседы | Всего"
    # over "ЦРБ", "ДБ", "Кызылтуская с/б", "Итого"
    branches = [c for c in first if c.row > 0 and _BRANCH.search(c.text) and not is_total_label(c.text)]
    if len(times) >= 2:
        header_end = min(c.row for c in times)
        if any(c.row >= header_end and not (_names_a_time(c.text, year) or is_total_label(c.text)
                                            or _WHOLE_YEAR.match(c.text.strip()))
               for c in first):
            return None
    elif len({header_role(c.text) for c in roles_down}) >= 2:
        header_end = min(c.row for c in roles_down)
        # a part of the row above it ("Присутствовало" / "Из них детей", "оның ішінде балалар") may stand
        # among the roles: its column of the turned table is a part, read by no role
        if any(c.row >= header_end and c not in roles_down and not SUB_ROW_RE.match(c.text) for c in first):
            return None
    elif len(branches) >= 2:
        header_end = min(c.row for c in branches)
        rest = [c for c in first if c.row >= header_end and c not in branches]
        if sum(1 for c in rest if is_total_label(c.text)) != 1 or len(rest) * 2 > len(branches) \
                or any(_is_figure(c.text) for c in rest):
            return None
        times = []  # the turned table's columns are libraries, not periods
    elif (head := cover.get((0, 0))) is not None and _rows_name_no_form(head.text):
        # or the directions of the work (or groups of readers) down it, over a total: "Направление |
        # выставки | беседы | всего" over "Патриотическое воспитание", "Краеведение", "Итого"
        header_end = head.row_span
        rest = [c for c in first if c.row >= header_end]
        if len(rest) < 3 or sum(1 for c in rest if is_total_label(c.text)) != 1 \
                or any(_is_figure(c.text) for c in rest):
            return None
        times = []
    else:
        return None
    if header_end > _HEADER_ROWS:
        return None
    heads = []  # the lowest header cell over each column but the first
    for k in range(1, table.n_cols):
        cell = next((cover[(r, k)] for r in range(header_end - 1, -1, -1) if (r, k) in cover
                     and cover[(r, k)].text.strip()), None)
        if cell is not None and cell not in heads:
            heads.append(cell)
    types = sum(1 for c in heads if is_form(vocab, c.text))
    roles = sum(1 for c in heads if header_role(c.text) or is_total_label(c.text))
    about_events = any(_EVENTS_HEADER.search(c.text) for c in heads)
    if not (types >= 2 or (about_events and roles >= 1 and types + roles >= 2 and len(times) >= 2)):
        return None
    body = [c for c in table.cells if c.row >= header_end and c.col > 0 and c.text.strip()]
    if sum(1 for c in body if _is_figure(c.text)) * 4 < len(body) * 3:
        return None
    side = Table([dataclasses.replace(c, row=c.col, col=c.row, row_span=c.col_span, col_span=c.row_span)
                  for c in table.cells], provenance=table.provenance, kind=table.kind, title=table.title,
                 position=table.position)
    side.index = table.index
    return side


def side_by_side(table: Table) -> tuple[Table, dict[tuple[int, int], tuple[int, int]]] | None:
    """A table set in two (or more) halves side by side to save a page ("№ | Форма | Кол-во | Уч. | № |
    Форма | Кол-во | Уч.", the forms 1–10 on the left and 11–20 on the right): every header row repeats
    the same cells in each block.  The blocks are put one under the other (the left half's rows first),
    with where each cell stands in the table as printed; None for any other table.  A row spanning the
    whole table under the halves (a total) goes last, as wide as one block."""
    if table.kind != "table" or table.n_cols < 4:
        return None
    head = read_header(table)
    if head is None:
        return None
    h = head[0]
    n = table.n_cols
    for width in range(2, n // 2 + 1):
        if n % width:
            continue
        blocks = n // width
        crossing = [c for c in table.cells if c.col // width != (c.col + c.col_span - 1) // width]
        if any(c.row < h or c.col_span < n for c in crossing):
            continue

        def heads(r: int, j: int) -> list[str]:
            return [normalize_label(c.text) for c in table.cells if c.row == r and c.col // width == j
                    and not (c.col_span >= n)]
        if not all(any(heads(r, 0)) and all(heads(r, j) == heads(r, 0) for j in range(1, blocks))
                   for r in range(h)):
            continue
        body = table.n_rows - h
        cells: list[Cell] = []
        origin: dict[tuple[int, int], tuple[int, int]] = {}
        wide = sorted((c for c in crossing), key=lambda c: c.row)
        for c in table.cells:
            if c in wide:
                continue
            j = c.col // width
            if c.row < h and j:
                continue
            row = c.row if c.row < h else h + j * body + c.row - h
            cells.append(dataclasses.replace(c, row=row, col=c.col - j * width))
            for dr in range(max(1, c.row_span)):
                for dc in range(max(1, c.col_span)):
                    origin[(row + dr, c.col - j * width + dc)] = (c.row + dr, c.col + dc)
        for i, c in enumerate(wide):
            row = h + blocks * body + i
            cells.append(dataclasses.replace(c, row=row, col=0, col_span=width))
            for dc in range(width):
                origin[(row, dc)] = (c.row, dc)
        stacked = Table(cells, provenance=table.provenance, kind=table.kind, title=table.title,
                        position=table.position)
        stacked.index = table.index
        return stacked, origin
    return None


#: the roles a row of a form's figures may name, one row each ("мероприятий" / "участников")
_ROW_ROLES = ("plan", "actual", "participants")


def roles_in_rows(table: Table) -> tuple[Table, dict[tuple[int, int], tuple[int, int]]] | None:
    """A table that gives each form two rows (or three), each naming what its figures count: the form's cell
    merged down over them and a column beside it naming the role ("Книжные выставки" over "мероприятий | 52
    | 56" and "участников | 1 940 | 2 110", the years across), or the form as a row of its own with no figure
    and its roles' rows under it in the label column ("Книжные выставки", then "– количество мероприятий |
    41 | 44", "– число участников | 1 300 | 1 420"). Each form's rows are put into one row, each column of
    figures becoming one column per role under a header row of those roles, with where each cell stands in
    the table as printed; None for any other table. The roles repeat in the same order under every form (the
    total's too); a form's label beside its roles is on their first row only (merged down, or the rows under
    it left empty, as a text export writes a merged cell), and such a column of roles is dropped."""
    if table.kind != "table" or table.n_cols < 2 or table.n_rows < 5:
        return None
    cover = _covering(table)
    own = {(c.row, c.col): c for c in table.cells}
    head = read_header(table)
    h = head[0] if head is not None else next((r for r in range(min(_HEADER_ROWS, table.n_rows))
                                                if any(_is_figure(c.text) for c in table.cells if c.row == r)), None)
    if not h:
        return None
    figures = {r for r in range(table.n_rows) if any(_is_figure(c.text) for c in table.cells if c.row == r)}

    def role(r: int, k: int) -> str | None:
        c = own.get((r, k))
        if c is None or c.row_span != 1 or c.col_span != 1 or _is_figure(c.text):
            return None
        x = header_role(c.text)
        return x if x in _ROW_ROLES else None

    def empty_beside(r: int, k: int, r0: int) -> bool:  # the columns left of the roles: covered or empty
        return all(cover.get((r, j)) is None or cover[(r, j)].row == r0 or not cover[(r, j)].text.strip()
                   for j in range(k))

    for k in range(table.n_cols - 1):
        if not any(_is_figure(c.text) for c in table.cells if c.row >= h and c.col > k):
            continue
        # the roles beside the labels: every body row names one
        roles = [role(r, k) for r in range(h, table.n_rows)]
        m = _cycle(roles)
        if k and m and all(any(own.get((r0, j)) and any(ch.isalpha() for ch in own[(r0, j)].text) for j in range(k))
                           and all(empty_beside(r0 + i, k, r0) for i in range(1, m))
                           for r0 in range(h, table.n_rows, m)):
            return _one_row_a_form(table, h, k, m, list(range(h, table.n_rows, m)), own, 0)
        # the form a row of its own, no figure, its roles' rows under it in the same column
        groups, seq, r = [], None, h
        while r < table.n_rows:
            c = own.get((r, k))
            if c is None or not any(ch.isalpha() for ch in c.text) or r in figures or role(r, k) \
                    or not empty_beside(r, k, r):
                break
            run = []
            while r + 1 + len(run) < table.n_rows and role(r + 1 + len(run), k):
                run.append(role(r + 1 + len(run), k))
            if len(run) < 2 or len(set(run)) != len(run) or (seq is not None and run != seq) \
                    or any(not empty_beside(r + 1 + i, k, r + 1 + i) for i in range(len(run))):
                break
            seq = run
            groups.append(r)
            r += 1 + len(run)
        if r == table.n_rows and len(groups) >= 2 and seq:
            return _one_row_a_form(table, h, k, len(seq), groups, own, 1)
    return None


def _cycle(roles: list[str | None]) -> int:
    """The length of the cycle the roles repeat in, each once in it, twice at least; 0 when they do not."""
    if not roles or None in roles or roles.count(roles[0]) < 2:
        return 0
    m = roles.index(roles[0], 1)
    if m < 2 or len(roles) % m or len(set(roles[:m])) != m or any(roles[i] != roles[i % m] for i in range(len(roles))):
        return 0
    return m


def _one_row_a_form(table: Table, h: int, k: int, m: int, groups: list[int], own: dict[tuple[int, int], Cell],
                    off: int) -> tuple[Table, dict[tuple[int, int], tuple[int, int]]]:
    """The table of :func:`roles_in_rows` with each form's ``m`` rows of figures put into one: ``h`` the first
    body row, ``k`` the column of roles, ``groups`` each form's first row, ``off`` 0 when the roles stand
    beside the form's label (column ``k`` is then dropped) and 1 when they follow it in its column (it
    stays)."""
    keep = off == 1
    base = k + int(keep)

    def span(j: int) -> tuple[int, int] | None:  # the new columns of the printed column j
        if j < k or (keep and j == k):
            return j, j
        if j == k:
            return None
        return base + (j - k - 1) * m, base + (j - k - 1) * m + m - 1

    cells: list[Cell] = []
    origin: dict[tuple[int, int], tuple[int, int]] = {}
    for c in table.cells:  # the header: each column of figures m columns wide
        if c.row >= h:
            continue
        got = [x for x in (span(j) for j in range(c.col, c.col + c.col_span)) if x is not None]
        if not got:
            continue
        start, end = min(x[0] for x in got), max(x[1] for x in got)
        down = c.row_span + (1 if c.row + c.row_span == h and end < base else 0)  # over the roles' row too
        cells.append(dataclasses.replace(c, col=start, col_span=end - start + 1, row_span=down))
        for dc in range(start, end + 1):
            origin[(c.row, dc)] = (c.row, c.col)
    for i in range(m):  # the roles' row, as the first form names them
        named = own[(groups[0] + off + i, k)]
        for j in range(k + 1, table.n_cols):
            col = span(j)[0] + i
            cells.append(dataclasses.replace(named, row=h, col=col, row_span=1, col_span=1))
            origin[(h, col)] = (named.row, k)
    for g, r0 in enumerate(groups):
        row = h + 1 + g
        for j in range(table.n_cols):
            where = span(j)
            if where is None:
                continue
            for i in range(m if j > k else 1):
                at = (r0 + off + i, j) if j > k else (r0, j)
                c = own.get(at)
                if c is None:
                    continue
                cells.append(dataclasses.replace(c, row=row, col=where[0] + i, row_span=1, col_span=1))
                origin[(row, where[0] + i)] = at
    joined = Table(cells, provenance=table.provenance, kind=table.kind, title=table.title, position=table.position)
    joined.index = table.index
    return joined, origin

def _has_figures(table: Table) -> bool:
    return any(_is_figure(c.text) for c in table.cells)


def headed_body(head: Table, body: Table, vocab: Vocabulary, doc_period: str | None) -> EventTable | None:
    """A table's header and body read apart: a PDF table broken across
    pages right under its header leaves a table of header rows only
    (``head``: periods, no figures) and, next, a table whose header names
    no period (none at all, or only the roles) and whose labels are event
    types (``body``).  When the body has one label
    column and as many columns for each of the header's periods, the
    header is put over the body (each period over its own columns) and the
    two are read as one table; the roles come from the numbers when the
    header's lower row was lost."""
    if head.kind != "table" or body.kind != "table" or _has_figures(head):
        return None
    own = read_header(body)
    if own is not None and any(c.period for c in own[1].values()):
        return None  # the body names its periods itself
    if head.index >= 0 and body.index >= 0 and body.index != head.index + 1:
        return None
    h = head.n_rows
    if h > _HEADER_ROWS or head.n_cols < 2:
        return None
    top = sorted((c for c in head.cells if c.row == 0), key=lambda c: c.col)
    periods = [c for c in top if header_period(c.text)]
    if not periods or any(c.col == 0 for c in periods) or (body.n_cols - 1) % len(periods):
        return None
    width = (body.n_cols - 1) // len(periods)
    if head.n_cols - 1 != len(periods) * (width if head.n_rows > 1 else 1) and head.n_cols - 1 != len(periods):
        return None
    step = width if head.n_cols - 1 == len(periods) else 1
    cells = []
    for c in head.cells:
        col, span = (0, 1) if c.col == 0 else (1 + (c.col - 1) * step, step * c.col_span)
        cells.append(dataclasses.replace(c, col=col, col_span=span, row_span=c.row_span if c.col else h))
    cells += [dataclasses.replace(c, row=c.row + h) for c in body.cells]
    joined = Table(cells, provenance=body.provenance, kind=body.kind, title=head.title or body.title,
                   position=body.position)
    joined.index = body.index
    et = find_event_table(joined, vocab, doc_period)
    if et is not None:
        et.row_shift = h
        log.info("table %s takes its header from table %s", body.index, head.index)
    return et


def continued_table(table: Table, prev: EventTable, vocab: Vocabulary) -> EventTable | None:
    """The rest of an event table broken across pages: a table right after
    ``prev``, as wide, without a header of its own, whose labels in the same
    column are of the same kind, takes ``prev``'s columns."""
    if table.kind != "table" or table.n_cols != prev.table.n_cols or read_header(table) is not None:
        return None
    if prev.table.index is not None and table.index is not None and table.index != prev.table.index + 1:
        return None
    labels = [c.text for c in table.cells if c.col == prev.label_col and c.text.strip()
              and parse_number(c.text) is None and not is_total_label(c.text)]
    if prev.rows_by == "type":
        known = sum(1 for t in labels if match_label(vocab, t).id)
    elif prev.rows_by == "month":
        known = sum(1 for t in labels if is_month_label(t))
    else:
        known = sum(1 for t in labels if _BRANCH.search(t))
    if not labels or known * 2 < len(labels):
        return None
    columns = {k: dataclasses.replace(c) for k, c in prev.columns.items()}
    log.info("table %s continues event table %s", table.index, prev.table.index)
    first = prev.first_table if prev.first_table is not None else prev.table.index
    return EventTable(table, 0, prev.label_col, columns, known, [], prev.rows_by, first)


#: a cell holding a date alone: "10.08.2023", "23.04.", "10 тамыз", "23 апреля 2023 г." (not a decimal, "12.5")
_DATE_CELL = re.compile(r"^\s*\d{1,2}([./])\d{2}\1(?:\d{2}|\d{4})?\s*(?:ж\.?|г\.?)?\s*$"
                        r"|^\s*\d{1,2}\s+[^\W\d_]{3,12}(?:\s+\d{4}\s*(?:ж\.?|г\.?)?)?\s*$")


def _dated_column(rows: list[dict[int, Cell]], k: int) -> bool:
    """Whether most body cells of column ``k`` (two or more) are dates."""
    cells = [rm[k].text for rm in rows if k in rm and rm[k].col == k and rm[k].text.strip()]
    dated = [x for x in cells if (m := _DATE_CELL.match(x)) and (m.group(1) or find_dates(x, 2000))]
    return len(dated) >= 2 and len(dated) * 2 > len(cells)


#: a cell that is an event's own title in quotes: "«Абай оқулары»", "“Кітап – білім бұлағы”"
_TITLE_CELL = re.compile(r'^\s*[«"“„][^\W\d_]')


#: the head of a column only a plan or a list of single events has: who is responsible for each event, who holds it,
#: by when ("Ответственный", "Исполнитель", "Жауапты", "Орындаушы", "Срок исполнения", "Сроки проведения",
#: "Мерзімі", "Орындау мерзімі")
_PLAN_LIST_HEADER = re.compile(r"(?i)(?<![^\W\d_])(?:ответственн\w*|исполнител\w*|жауапт\w*|орындаушы\w*)(?![^\W\d_])"
                               r"|^\s*(?:срок(?:и)?(?:\s+(?:исполнения|проведения|выполнения))?"
                               r"|(?:орындалу|орындау|өткізу|өткізілу)?\s*мерзімі)\s*$")


def _months_column(rows: list[dict[int, Cell]], k: int) -> bool:
    """Whether most body cells of column ``k`` (two or more), beside the labels, name a month ("январь",
    "июнь–август", "наурыз"): each row is one event held (or planned) in its month."""
    cells = [rm[k].text for rm in rows if k in rm and rm[k].col == k and rm[k].text.strip()]
    months = [x for x in cells if is_month_label(x)]
    return len(months) >= 2 and len(months) * 2 > len(cells)


def _titles_column(rows: list[dict[int, Cell]], k: int) -> bool:
    """Whether most body cells of column ``k`` (two or more) are titles in quotes."""
    cells = [rm[k].text for rm in rows if k in rm and rm[k].col == k and rm[k].text.strip()]
    titled = [x for x in cells if _TITLE_CELL.match(x)]
    return len(titled) >= 2 and len(titled) * 2 > len(cells)


def _sum_of_the_others(columns: dict[int, Column], rows: list[dict[int, Cell]], total: Column) -> bool:
    """Whether the other number columns of a header naming no role are
    parts of the total column beside them ("Оффлайн | Онлайн | Барлығы",
    "Для детей | Для взрослых | Всего"): two of them at least, and in every
    row with figures (two rows at least) the parts add up to the total, an
    empty part or a dash being none."""
    parts = [k for k, c in columns.items() if c is not total and not _NUMBERING.match(c.header or "")
             and (b := _body(rows, k))[0] and len(b[0]) >= len(b[1])]
    if len(parts) < 2:
        return False
    checked = 0
    for rm in rows:
        cell = rm.get(total.index)
        whole = figure_cell(cell.text) if cell is not None and cell.col == total.index else None
        if whole is None:
            continue
        got = [rm[k] for k in parts if k in rm and rm[k].col == k and rm[k].text.strip()]
        figures = [figure_cell(c.text) for c in got if c.text.strip() not in {"-", "–", "—"}]
        if any(v is None for v in figures) or abs(sum(figures) - whole) > 1e-6:
            return False
        checked += 1
    return checked >= 2


def _body(rows: list[dict[int, Cell]], k: int) -> tuple[list[float], list[str]]:
    """The numbers and the words of the body cells of column ``k`` (a total
    row's figures left out of the numbers)."""
    numbers, words = [], []
    for rm in rows:
        cell = rm.get(k)
        if cell is None or cell.col != k or not cell.text.strip():
            continue
        if any(is_total_label(c.text) for c in rm.values() if c is not cell):
            continue
        v = figure_cell(cell.text)
        if v is not None:
            numbers.append(float(v))
        elif cell.text.strip() not in {"-", "–", "—", "х", "x"}:
            words.append(cell.text)
    return numbers, words


def _is_ratio(c: list[float | None], a: list[float | None], b: list[float | None]) -> bool:
    """True when ``c`` is 100·a/b row by row (a percent of plan or of last year)."""
    pairs = [(x, y, z) for x, y, z in zip(c, a, b) if x is not None and y is not None and z]
    return len(pairs) >= 2 and all(abs(x - 100.0 * y / z) <= 1.05 for x, y, z in pairs)


def infer_roles(columns: dict[int, Column], rows: list[dict[int, Cell]], label_col: int) -> list[Column]:
    """Give a role to the number columns whose header named none, from the
    numbers under them: a column equal to 100·a/b of two others is a
    percent; of two unknown columns of one period the one with the larger
    numbers holds participants and the other the count of events; one
    unknown column beside a known count or participants takes the other
    role when its numbers fit.  Returns the columns left undecided."""
    def series(k: int) -> list[float | None]:
        out = []
        for rm in rows:
            cell = rm.get(k)
            v = figure_cell(cell.text) if cell is not None and cell.col == k else None
            out.append(float(v) if v is not None else None)
        return out

    numeric = {k: c for k, c in columns.items()
               if k != label_col and not _NUMBERING.match(c.header) and not _CHANGE.search(c.header or "+")
               and not names_views(c.header)  # "Просмотры": the views of what was put online, no people
               and len((body := _body(rows, k))[0]) >= max(1, len(body[1]))}
    unknown = [c for c in numeric.values() if c.role is None and c.period is not None]
    values = {k: series(k) for k in numeric}
    for c in list(unknown):
        others = [k for k in numeric if k != c.index]
        near_100 = [x for x in values[c.index] if x is not None]
        if near_100 and 30 <= statistics.median(near_100) <= 300 and any(_is_ratio(values[c.index], values[a], values[b]) for a in others for b in others if a != b):
            c.role = "percent"
            unknown.remove(c)
    by_period: dict[str | None, list[Column]] = {}
    for c in unknown:
        by_period.setdefault(c.period, []).append(c)
    left: list[Column] = []
    for period, cols in by_period.items():
        known = {c.role: c for c in numeric.values() if c.period == period and c.role}
        mean = {c.index: statistics.fmean(v) if (v := [x for x in values[c.index] if x is not None]) else 0.0
                for c in cols}
        if len(cols) == 2 and "actual" not in known and "participants" not in known:
            small, large = sorted(cols, key=lambda c: mean[c.index])
            if mean[large.index] > mean[small.index]:
                small.role, large.role = "actual", "participants"
                continue
        # "Всего", or a total naming what it sums ("Всего по ЦБС", "ОКЖ бойынша барлығы") when the other
        # columns (the libraries) add up to it
        totals = [c for c in cols if is_total_label(c.header or "") and (
            len((c.header or "").split()) == 1
            or _adds_up(values[c.index], [values[d.index] for d in cols if d is not c]))]
        if "actual" not in known and len(totals) == 1 and len(cols) > 1 and (
                "participants" not in known or _larger(values[known["participants"].index], values[totals[0].index])):
            # "Всего | Онлайн | Офлайн | Кол-во участников": the total beside the parts of the count is the count
            # of events held; its parts stay unread
            totals[0].role = "actual"
            cols = [c for c in cols if c is not totals[0]]
            known["actual"] = totals[0]
        if len(cols) == 1:
            c = cols[0]
            if "actual" in known and "participants" not in known and _larger(values[c.index], values[known["actual"].index]):
                c.role = "participants"
                continue
            if "participants" in known and "actual" not in known and _larger(values[known["participants"].index], values[c.index]):
                c.role = "actual"
                continue
        left += [c for c in cols if c.role is None]
    return left


def _part_of_a_read_column(et: EventTable, col: Column) -> bool:
    """Whether a column no header or figure gave a role is a part of a column that has one, so that it
    need not be listed for review: headed as a part ("в т.ч. онлайн", "из них", "оның ішінде онлайн")
    and no larger, row by row, than the count or the participants on its left; or one of the columns
    of its period left without a role (the groups of readers "Дети | Молодёжь | Взрослые", "балалар |
    ересектер") that add up, row by row, to that period's count."""
    cover = _covering(et.table)
    rows = [row_map(et.table, r, cover) for r in range(et.header_end, et.table.n_rows)]

    def series(k: int) -> list[float | None]:
        out: list[float | None] = []
        for rm in rows:
            cell = rm.get(k)
            out.append(figure_cell(cell.text) if cell is not None and cell.col == k else None)
        return out

    own = series(col.index)
    if _PART_HEADER.match(col.sub or ""):
        left = next((c for c in sorted(et.columns.values(), key=lambda c: -c.index)
                     if c.index < col.index and c.role in ("actual", "participants")), None)
        if left is not None and left.period == col.period:
            pairs = [(x, y) for x, y in zip(own, series(left.index)) if x is not None and y is not None]
            if len(pairs) >= 2 and all(x <= y for x, y in pairs):
                return True
    siblings = [c for c in et.undecided if c.period == col.period]
    return any(c.role == "actual" and c.period == col.period and not c.pair
               and _adds_up(series(c.index), [series(d.index) for d in siblings])
               for c in et.columns.values())


def _adds_up(total: list[float | None], parts: list[list[float | None]]) -> bool:
    """Whether, in every row with a total (two rows at least), the parts (two at least; an empty one is
    none) add up to it."""
    rows = [(t, [p[i] or 0.0 for p in parts]) for i, t in enumerate(total) if t is not None]
    return len(parts) >= 2 and len(rows) >= 2 and all(abs(sum(ps) - t) < 1e-6 for t, ps in rows)


def _larger(a: list[float | None], b: list[float | None]) -> bool:
    """True when ``a`` is at least ``b`` in every row where both have a value, and larger in most."""
    pairs = [(x, y) for x, y in zip(a, b) if x is not None and y is not None]
    return bool(pairs) and all(x >= y for x, y in pairs) and sum(x > y for x, y in pairs) * 2 > len(pairs)


# -- extraction --------------------------------------------------------------

def _number(cell: Cell | None, pair: tuple[str, str] | None = None, role: str | None = None,
            part_in_brackets: bool = False) -> tuple[Any, Cell | None]:
    if cell is None or not cell.text.strip():
        return None, None
    text = cell.text
    bracketed = _BRACKETED_PART.match(text) if part_in_brackets and pair is None else None
    if bracketed:  # "40 (12)" under "Кол-во мероприятий (в т.ч. онлайн)": the count; the online ones a part of it
        text = bracketed.group(1)
    if pair is not None:  # "12/340" under "кол-во / чел.": the figure of this role
        m = pair_cell(text)
        if m is None:
            return None, None
        text = m[0] if role == pair[0] else m[1]
    v = figure_cell(text)
    if v is None:
        if cell.text.strip() not in {"-", "–", "—", "х", "x"}:
            log.debug("cell %r at (%d, %d) is not a number", cell.text, cell.row, cell.col)
        return None, None
    return (int(v) if float(v).is_integer() else v), cell


def _roles_of_the_total(rows: list[LabelRow], is_type, read_label) -> list[LabelRow]:
    """Rows of a table read on its side whose label names a role, not a
    form of work ("Участников", "Количество мероприятий": columns of the
    table as printed): their figures are the total row's, in that role.
    A count row with no total row beside it is the total row."""
    role_rows = [(row, header_role(read_label(row.text))) for row in rows
                 if not is_total_label(read_label(row.text)) and not is_type(row.text)]
    role_rows = [(row, role) for row, role in role_rows if role in ROLES]
    if not role_rows:
        return rows
    total = next((row for row in rows if is_total_label(read_label(row.text))), None)
    if total is None:
        total = next((row for row, role in role_rows if role == "actual"), None)
        if total is None:
            return rows
        total.total = True
    folded = set()
    for row, role in role_rows:
        mine = {p: figures["actual"] for p, figures in row.numbers.items()
                if figures.get("actual", (None,))[0] is not None}
        if row is total or any(total.numbers.get(p, {}).get(role, (None,))[0] is not None for p in mine):
            continue  # the total has such figures of its own: the row stays a row
        for p, value in mine.items():
            total.numbers.setdefault(p, {})[role] = value
        folded.add(id(row))
    return [row for row in rows if id(row) not in folded]


#: a count of events written after the form's name, in brackets or after a dash: "Книжные выставки (24)",
#: "Әңгімелер (19)", "Беседы – 18" (a name ending in a figure before the dash is a range, "15 – 29", not a count)
_COUNT_IN_LABEL = re.compile(r"^(?P<label>.*[^\W\d_].*?)\s*(?:\(\s*(?P<count>\d{1,4})\s*\)"
                             r"|(?<![\d\s])\s+[–—-]\s*(?P<dash>\d{1,4}))\s*$", re.S)


def count_in_label(text: str) -> tuple[str, int] | None:
    """The form's name and the count of events written after it in brackets
    or after a dash ("Беседы (19)", "Беседы – 19" -> ("Беседы", 19)); None
    when the label ends otherwise.  A year ("Встречи (2024)") is no count."""
    m = _COUNT_IN_LABEL.match(text or "")
    if m is None:
        return None
    figure = m["count"] or m["dash"]
    n = int(figure)
    if len(figure) == 4 and 1900 <= n <= 2100:
        return None
    return m["label"].strip(), n


def _counts_in_labels(rows: list[LabelRow], et: EventTable) -> None:
    """A table of forms with no column of counts whose labels carry each
    form's count in brackets or after a dash ("Книжные выставки (24)" |
    "1 310", "Беседы – 18" | "395"), the
    column beside them the people: the bracket is the row's count of
    events, and the label is the name before it.  Only when most labelled
    rows are so written (two at least) and the header names one period, so
    that a bracket in one label ("Клуб «Ақжелкен» (2)") is not taken for a
    count."""
    periods = et.periods()
    if et.rows_by != "type" or et.on_side or len(periods) != 1 or "actual" in et.role_columns(periods[0]):
        return
    named = [row for row in rows if row.text.strip()]
    found = [(row, count_in_label(row.text)) for row in named]
    found = [(row, hit) for row, hit in found if hit is not None]
    if len(found) < 2 or 2 * len(found) < len(named):
        return
    for row, (label, n) in found:
        row.text = label
        row.numbers[periods[0]]["actual"] = (n, row.label)


def table_records(et: EventTable, vocab: Vocabulary, read_label=None) -> Iterator[Record]:
    """The records of one event table.  ``read_label`` turns a label
    cell's text into the label (lines joined; see
    :mod:`esep.plugins.events.labels`)."""
    read_label = read_label or labels.label_text
    matcher = labels.label_matcher(vocab)
    table = et.table
    cover = _covering(table)
    periods = et.periods()
    row_no = et.row_offset
    rows: list[LabelRow] = []
    for r in range(et.header_end, table.n_rows):
        rm = row_map(table, r, cover)
        label_cell = rm.get(et.label_col)
        own_label = label_cell if label_cell is not None and label_cell.row == r else None
        numbers = {p: {role: _number(rm.get(k), et.columns[k].pair, role, et.columns[k].part_in_brackets)
                       for role, k in et.role_columns(p).items()}
                   for p in periods}
        raw = own_label.text if own_label is not None else ""
        if not raw.strip():
            # the total's label may sit in another column ("№")
            for k in sorted(rm):
                c = rm[k]
                if c.row == r and k != et.label_col and is_total_label(read_label(c.text)):
                    own_label, raw = c, c.text
                    break
        if parse_number(raw) is not None:
            alone = all(c is own_label or c.row != r or not c.text.strip() for c in rm.values())
            if rows and alone and rows[-1].text.rstrip().endswith("№"):
                # the number of "Библиотека-филиал №" wrapped onto a line of its own
                rows[-1].text = f"{rows[-1].text.rstrip()} {raw.strip()}"
                continue
            log.debug("table %s row %d: label %r is a number (a row numbering the columns)", table.index, r, raw)
            continue
        row = LabelRow(r, rm, own_label, raw, numbers)
        if not raw.strip():
            if row.has_numbers:  # not an event row, but its figures are not dropped silently
                figures = " | ".join(c.text for _, c in sorted(rm.items()) if c.row == r and c.text.strip())
                yield warning_record(
                    f"extract:{EXTRACTOR}", "UnlabelledRow",
                    f"table {table.index} {'column' if et.on_side else 'row'} {et.at(r, et.label_col)[et.on_side]} "
                    "has figures but no label; not read as an event row",
                    provenance=table.provenance, table_index=table.index, evidence=figures[:300] or None,
                    cell=et.at(r, et.label_col), extractor=EXTRACTOR)
            continue
        if own_label is not None and own_label.col_span >= table.n_cols:
            total_cell = _total_in_one_cell(own_label, et)
            if total_cell is None:
                log.debug("table %s row %d spans the table: a section heading", table.index, r)
                continue
            row.text, row.numbers = total_cell
        rows.append(row)
    rows = merge_wrapped(rows, lambda text: matcher.match(read_label(text)).id is not None)
    _counts_in_labels(rows, et)
    label_head = et.columns[et.label_col].header if et.label_col in et.columns else ""
    # rows under "Направление работы", "Бағыттар" are directions of the work (patriotic education, reading,
    # local lore), each holding many forms: no event type names one, however like a form's name it reads
    by_direction = et.rows_by == "type" and not et.on_side and _rows_name_no_form(label_head or "")
    # "Направление работы, форма мероприятия": the directions, numbered, with the forms of each under them; the forms
    # keep their types
    mixed = by_direction and bool(_FORM_HEADER.search(label_head or ""))
    if et.on_side:
        rows = _roles_of_the_total(rows, lambda text: is_form(vocab, read_label(text)), read_label)
    # a total of the forms listed ("Итого по указанным формам", "Көрсетілген түрлер бойынша барлығы") above
    # "Прочие" and "Всего" is a sum of some rows, not the table's total: only the last total is
    subtotals = {id(r) for r in _subtotal_rows(rows, read_label)}
    # sub-forms typed under their form with no word saying so (indented, in lower case), the form's figures their
    # sum: parts of the form's row, not forms to add to the others
    # (not under a numbered direction of a table of directions and forms: its rows are the forms)
    # the forms under a numbered direction ("1. Патриотическое воспитание") or under a department's row
    # ("Абонемент | 17 | 420") are forms, the row over them its section's sum
    parts = parts_of_forms(rows, read_label, subtotals, lambda text: not (mixed and _NUMBERED_LABEL.match(text))
                           and not labels.names_department(text)) \
        if et.rows_by == "type" and not et.on_side else {}
    # "2. Выставки | 75" over "2.1 Книжные выставки | 58", "2.2 Фотовыставки | 6": forms named in full, of other
    # types than the row over them, are that section's forms, not parts of one form; the row is the section's sum
    sections = sections_over_forms(parts, rows, read_label, lambda text: matcher.match(text).id)
    parts = {k: form for k, form in parts.items() if id(form) not in sections}
    if et.rows_by == "type" and not et.on_side and not by_direction:
        parts.update(said_parts(rows, read_label, subtotals | sections,
                                lambda text: matcher.match(text).id is not None))
    row_nos: dict[int, int] = {}  # each row's row_no, for the parts to name their form's
    for row in rows:
        label_text = read_label(row.text)
        own_label = row.label
        total = bool(label_text.strip()) and (is_total_label(label_text) or row.total) and id(row) not in subtotals
        if not row.has_numbers and not total and et.rows_by == "type" and not _dashes(row, et) \
                and (matcher.match(label_text).id is None or _SECTION_NUMBER.match(label_text)
                     or mixed or _in_capitals(label_text)):
            # no figure and no form of work: a section heading not merged across the table
            # ("Для детей" in a table typed without rules), or a section numbered in Roman numerals, whatever it
            # names ("II. Выставки": forms are not so numbered); a row of dashes says none were held, and is a row.
            # Under a head of directions and forms ("Направление / форма"), or typed in capitals ("ПРОДВИЖЕНИЕ
            # ЧТЕНИЯ"), a row with no figure is the heading of a direction, even one whose words a form's name has
            log.debug("table %s row %d: %r has no figure and names no form; a section heading",
                      table.index, row.r, label_text)
            continue
        if et.types_only and (total or (matcher.match(label_text).id is None
                                        and not labels.names_other_forms(label_text))):
            continue  # the totals and the rest are read from the table the right way up; the other forms
            # ("Басқалары", "Прочие") are a column of forms as the known ones are
        row_no += 1
        row_nos[id(row)] = row_no
        if not total and et.rows_by == "type" and _single_event(row, label_text, rows, read_label):
            log.debug("table %s row %d: %r is one event of the form above it, not a form", table.index, row.r,
                      label_text)
            continue
        if total:
            event_type, confidence = "total", 1.0
        elif et.rows_by != "type" or id(row) in subtotals:
            event_type, confidence = None, 0.9  # a month or a branch: all forms of work together
        elif id(row) in sections:
            event_type, confidence = None, 0.9  # a section's sum: typed, its forms would be counted twice
        elif id(row) in parts:
            event_type, confidence = None, 0.9  # a part of the form above: typed, it would be counted twice
        else:
            m = matcher.match(label_text)
            event_type, confidence = m.id, round(m.score / 100.0, 3)
            if m.id is None and labels.names_other_forms(label_text):
                confidence = 0.9  # "Прочие", "Басқалары": typeless by what the label says, not for want of a match
            if by_direction and not (mixed and not _NUMBERED_LABEL.match(label_text)):
                event_type, confidence = None, 0.9
            if labels.lists_counted_forms(row.text) or labels.lists_counted_forms(label_text):
                # "Патриоттық тәрбие: кітап көрмесі – 4, кездесу – 2": the row sums the forms it lists, each
                # with its count; no one of them names the row
                event_type, confidence = None, 0.9
            if event_type is None:
                yield unmatched(label_text, vocab.kind, m, evidence=row.text or None,
                                provenance=own_label.provenance if own_label else None,
                                table_index=table.index,
                                cell=et.at(own_label.row, own_label.col) if own_label else None)
        anchor = own_label
        for p in periods:
            if et.on_side:  # the period's own row of the document's table: its first figure
                anchor = next((c for _, c in row.numbers[p].values() if c is not None), own_label)
            values: dict[str, Any] = {
                "event_type": event_type, "label": label_text, "period": p, "row_no": row_no,
                "is_total": int(total), "rows_by": et.rows_by,
                "first_table": et.first_table if et.first_table is not None else table.index,
            }
            if id(row) in parts and id(parts[id(row)]) in row_nos:
                values["part_of"] = row_nos[id(parts[id(row)])]
            for role in ROLES:
                v, c = row.numbers[p].get(role, (None, None))
                values[role] = v
                # a form's count read off the total row of a table of libraries or months: its column holds the
                # form's counts, no column of the table's counts (the record's cell is the figure's own)
                values[f"{role}_col"] = et.at(c.row, c.col)[1] if c is not None and not et.types_only else None
            yield Record(
                "event_stats", values,
                evidence=row.text or None, confidence=confidence,
                provenance=anchor.provenance if anchor else None,
                table_index=table.index,
                cell=et.at(anchor.row, anchor.col) if anchor else et.at(row.r, et.label_col),
            )


#: a total written in one cell across the table: "Итого: 124 / 3 450", "Барлығы – 86/2 310"
_TOTAL_IN_ONE_CELL = re.compile(r"^\s*(?P<label>[^\W\d_][^\d:]*?)\s*[:–—-]?\s*"
                                r"(?P<figures>\d[\d \u00a0]*(?:\s*/\s*\d[\d \u00a0]*)+)\s*\.?\s*$")


def total_figures(text: str, et: EventTable) -> tuple[str, str, dict[str, float]] | None:
    """A table's total written in one line ("Итого: 124 / 3 450"): its label, its period and its
    figures, each the role of the table's columns in their order (the count, then the people), when the
    table has one period and as many role columns as the line has figures."""
    m = _TOTAL_IN_ONE_CELL.match(" ".join(text.split()))
    periods = et.periods()
    if m is None or not is_total_label(m.group("label")) or len(periods) != 1:
        return None
    figures = [parse_number(f) for f in m.group("figures").split("/")]
    roles = sorted(et.role_columns(periods[0]).items(), key=lambda rk: rk[1])
    if len(roles) != len(figures) or any(f is None for f in figures):
        return None
    return m.group("label"), periods[0], {role: f for (role, _), f in zip(roles, figures)}


def _total_in_one_cell(cell: Cell, et: EventTable) -> tuple[str, dict[str | None, dict[str, tuple[Any, Cell | None]]]] | None:
    """The total row of a table whose total is written in one cell across it: its label and its
    figures (:func:`total_figures`), each read from that cell."""
    total = total_figures(cell.text, et)
    if total is None:
        return None
    label, period, figures = total
    return label, {period: {role: (f, cell) for role, f in figures.items()}}


def line_under(document: Document, table: Table):
    """The block right under a table, when no other table comes first."""
    nxt = table.position + 1
    if not 0 <= nxt < len(document.blocks) or any(t.position == table.position and t.index > table.index
                                                  for t in document.tables):
        return None
    return document.blocks[nxt]


def _total_under(document: Document, et: EventTable, recs: list[Record]) -> Record | None:
    """The total of a table that has no total row, written on the line right under it ("Итого: 85 /
    2 085"): what a total row merged across the table becomes in Word's text export, or how a report
    adds its total below the table.  A record of the total row, pointing at that line."""
    table = et.table
    rows = [r for r in recs if r.table == "event_stats"]
    if not rows or any(r.values["is_total"] for r in rows) or et.on_side or et.rows_by != "type":
        return None
    block = line_under(document, table)
    if block is None:
        return None
    total = total_figures(block.text, et)
    if total is None:
        return None
    label, period, figures = total
    values: dict[str, Any] = {
        "event_type": "total", "label": label, "period": period,
        "row_no": max(r.values["row_no"] for r in rows) + 1, "is_total": 1, "rows_by": et.rows_by,
        "first_table": et.first_table if et.first_table is not None else table.index,
    }
    for role in ROLES:
        values[role] = figures.get(role)
        values[f"{role}_col"] = None  # read from the line under the table, no column of it
    return Record("event_stats", values, evidence=block.text.strip(), confidence=0.9,
                  provenance=block.provenance, table_index=table.index)


def _dashes(row: LabelRow, et: EventTable) -> bool:
    """Whether a row without figures writes a dash under a figure's column ("–", "-"): it states that none
    were held, as a row of the table does, where a section's heading leaves its cells empty."""
    return writes_dashes(row, {k for p in et.periods() for k in et.role_columns(p).values()})


#: a title in quotes: what names one event («Абай – ұлы ақын», "Зимние забавы", „Книгодарение“)
_QUOTED_TITLE = re.compile(r"[«\"„“][^«»\"„“”]{2,}[»\"“”]")


def _single_event(row: LabelRow, label: str, rows: list[LabelRow], read_label) -> bool:
    """A row naming one event by its title in quotes ("Книжная выставка «…»", "Акция «Библионочь»") under
    the row of its form, in a table of forms: one of the events that row counts, not a form of its own. It
    counts one event at most; a row of the form without a title stands above it."""
    if not _QUOTED_TITLE.search(label):
        return False
    if any(v not in (None, 1) for d in row.numbers.values() for v in [d.get("actual", (None, None))[0]]):
        return False
    above = rows[:rows.index(row)]
    return any(r.has_numbers and not _QUOTED_TITLE.search(read_label(r.text)) for r in above)


#: a total of one section of the table: "Итого по разделу", "Всего по разделу 2", "Бөлім бойынша барлығы"
_SECTION_SUM = re.compile(r"(?i)(?<![^\W\d_])(?:по\s+(?:под)?раздел\w*|бөлім\s+бойынша|бөлімі\s+бойынша)")


#: a total of one department of the library: "Итого по абонементу", "Всего по читальному залу", "Итого по
#: детскому отделу", "Абонемент бойынша барлығы", "Оқу залы бойынша жиыны" ("Всего по отделам" sums them all)
_DEPARTMENT_SUM = re.compile(r"(?i)(?<![^\W\d_])(?:по\s+(?:[^\W\d_]+\s+){0,2}?(?:абонемент|читальн\w*\s+зал|отдел|сектор)(?!ам(?![^\W\d_]))"
                             r"|(?:абонемент\w*|оқу\s+зал\w*|сектор\w*)\s+бойынша)")


def _subtotal_rows(rows: list, read_label) -> list:
    """Total rows that say they sum the forms listed ("Итого по указанным
    формам", "Всего по перечисленным") with another total row below them,
    the totals of a section or a department ("Итого по разделу", "Итого по
    абонементу") beside a total of the table, above them or below, and
    totals that add up the rows of their section (:func:`_summed_sections`)."""
    totals = [i for i, row in enumerate(rows) if is_total_label(read_label(row.text)) or row.total]
    sections = [i for i in totals if _SECTION_SUM.search(read_label(rows[i].text))
                or _DEPARTMENT_SUM.search(read_label(rows[i].text))]
    out = [i for i in totals[:-1] if LISTED_ONLY_RE.search(read_label(rows[i].text))]
    if len(sections) < len(totals):
        out += [i for i in sections if i not in out]
    out += [i for i in _summed_sections(rows, totals, read_label) if i not in out]
    return [rows[i] for i in sorted(out)]


def _summed_sections(rows: list, totals: list[int], read_label) -> list[int]:
    """A table cut into sections each closed by its own total ("Абонемент"
    ... "Итого:", "Читальный зал" ... "Итого:", then "Всего:"): with three
    total rows or more, every total but the last (or the first, a table that
    puts its total on top) adding up the rows since the total before it, in
    every figure it has, and the one left adding up those totals, the others
    are sections' sums (their indexes)."""
    if len(totals) < 3:
        return []

    def adds_up(whole: LabelRow, parts: list) -> bool:
        want = _figures(whole)
        if not want or not parts:
            return False
        got: dict = {}
        for p in parts:
            for k, v in _figures(p).items():
                got[k] = got.get(k, 0) + v
        return set(got) <= set(want) and all(abs(got.get(k, 0) - v) < 1e-6 for k, v in want.items())

    for grand in (totals[-1], totals[0]):
        sections = [i for i in totals if i != grand]
        starts = [grand + 1 if grand == totals[0] else 0] + [i + 1 for i in sections[:-1]]
        if all(adds_up(rows[i], [r for r in rows[a:i] if not SUB_ROW_RE.match(read_label(r.text))])
               for a, i in zip(starts, sections)) and adds_up(rows[grand], [rows[i] for i in sections]):
            return sections
    return []


def _figures(row: LabelRow) -> dict[tuple[Any, str], float]:
    return {(p, role): v for p, d in row.numbers.items() for role, (v, _) in d.items() if v is not None}


def _starts_lower(text: str) -> bool:
    first = next((ch for ch in text if ch.isalpha()), "")
    return first.islower()


def parts_of_forms(rows: list[LabelRow], read_label, subtotals: set[int] = frozenset(),
                   names_form=lambda text: True) -> dict[int, LabelRow]:
    """Sub-forms typed under their form with no word saying so ("Кітап көрмелері | 52" over "тақырыптық
    көрмелер | 30", "виртуалды көрмелер | 22", set off by an indent or leading spaces that the reader may
    lose): two rows or more right below a form's row whose figures add up to the form's, in every column
    they fill (the people may be given for the form alone) and in none the form leaves empty. That they are its parts, not forms of their own, is
    told by their labels, each in lower case where the table's forms begin with a capital, or by the
    table's total, which is the sum of the rows without them (and not with them). The row over them must
    be a form's (``names_form``): rows under a direction of work ("1. Патриотическое воспитание | 18" over
    "книжные выставки | 6", "беседы | 8") are the forms, the direction's row their section's total.
    Each part's ``id`` maps to the row of its form."""
    def is_total(row: LabelRow) -> bool:
        return (row.total or is_total_label(read_label(row.text))) and id(row) not in subtotals

    runs: list[tuple[LabelRow, list[LabelRow]]] = []
    i = 0
    while i < len(rows):
        form = rows[i]
        want = _figures(form)
        if is_total(form) or not want or not any(want.values()) or SUB_ROW_RE.match(read_label(form.text)) \
                or not names_form(read_label(form.text)):
            i += 1
            continue
        got: dict[tuple[Any, str], float] = {}  # the columns the parts fill (the people may be the form's alone)
        run: list[LabelRow] = []
        for row in rows[i + 1:]:
            have = _figures(row)
            if is_total(row) or not have or any(k not in want for k in have):
                break
            run.append(row)
            for k, v in have.items():
                got[k] = got.get(k, 0.0) + v
            if any(v > want[k] for k, v in got.items()) or all(v == want[k] for k, v in got.items()):
                break
        if len(run) >= 2 and all(v == want[k] for k, v in got.items()):
            runs.append((form, run))
            i += 1 + len(run)
        else:
            i += 1
    if not runs:
        return {}
    starts = [read_label(r.text) for r in rows if not is_total(r)]
    lower_case_table = sum(1 for t in starts if _starts_lower(t)) * 2 > len(starts)
    totals = [r for r in rows if is_total(r)]
    by_total = False
    if len(totals) == 1 and _figures(totals[0]):
        stated = _figures(totals[0])
        inside = {id(r) for _, run in runs for r in run}
        without = dict.fromkeys(stated, 0.0)
        with_parts = dict.fromkeys(stated, 0.0)
        for r in rows:
            if is_total(r) or id(r) in subtotals or SUB_ROW_RE.match(read_label(r.text)):
                continue
            for k, v in _figures(r).items():
                if k in stated:
                    with_parts[k] += v
                    if id(r) not in inside:
                        without[k] += v
        by_total = without == stated and with_parts != stated
    out: dict[int, LabelRow] = {}
    for form, run in runs:
        lower = not lower_case_table and not _starts_lower(read_label(form.text)) \
            and all(_starts_lower(read_label(r.text)) for r in run)
        if by_total or lower:
            out.update((id(r), form) for r in run)
    return out


def said_parts(rows: list[LabelRow], read_label, not_forms: set[int] = frozenset(),
               names_form=lambda text: True) -> dict[int, LabelRow]:
    """Rows that say they are a part of the form above ("Кітап көрмелері | 44" over "оның ішінде виртуалды
    көрмелер | 10", "Беседы | 35" over "из них в онлайн-формате | 6"): a row opening with "в т.ч.", "из них",
    "оның ішінде" under a form's row (``names_form``; not a total, not a section's sum in ``not_forms``), its
    figures in the form's columns and none larger. A kind of events it names is the form's kind, counted in the
    form's figures: typed, it would be counted twice. Under a total ("Всего мероприятий | 214" over "в т.ч.
    книжные выставки | 88") the rows are the forms, and stay so. Each part's ``id`` maps to its form's row."""
    out: dict[int, LabelRow] = {}
    form: LabelRow | None = None
    for row in rows:
        text = read_label(row.text)
        if not SUB_ROW_RE.match(text):
            total = row.total or is_total_label(text) or id(row) in not_forms
            form = row if not total and row.has_numbers and names_form(text) else None
            continue
        if form is None or not row.has_numbers:
            continue
        want, have = _figures(form), _figures(row)
        if all(k in want and v <= want[k] for k, v in have.items()):
            out[id(row)] = form
    return out


def sections_over_forms(parts: dict[int, LabelRow], rows: list[LabelRow], read_label, type_of) -> set[int]:
    """The rows of :func:`parts_of_forms` that head a section of forms rather than a form with its
    sub-forms: every row under it begins with a capital, and either the row over them names no form
    ("1. Массовые мероприятия", "3. Клубная работа" over "3.1 Заседания клубов") or each of them names a
    form on its own (``type_of`` its label is a type), not all of them the type of the row over them
    ("2. Выставки" over "2.1 Книжные выставки", "2.2 Фотовыставки", numbered as its items). A form's own kinds ("Тематические выставки", "Виртуальные выставки" under
    "Книжные выставки"; "книжные", "виртуальные" under "Выставки") stay its parts. The ``id`` of each
    such row."""
    under: dict[int, list[LabelRow]] = {}
    heads: dict[int, LabelRow] = {}
    for row in rows:
        form = parts.get(id(row))
        if form is not None:
            under.setdefault(id(form), []).append(row)
            heads[id(form)] = form
    out: set[int] = set()
    typed: set[int] = set()
    for key, run in under.items():
        texts = [read_label(r.text) for r in run]
        types = [type_of(t) for t in texts]
        if any(_starts_lower(t) for t in texts):
            continue
        head = type_of(read_label(heads[key].text))
        if head is None:
            out.add(key)
        elif None not in types and any(t != head for t in types):
            typed.add(key)
    # a typed row over forms of their own is a section where the table is laid out in sections (another section's
    # row names no form: "Бұқаралық іс-шаралар" beside "Көрмелер" over "Кітап көрмелері", "Фотокөрмелер") or its
    # rows are numbered as a section's items; else they are its kinds ("Литературные вечера" over "Вечера поэзии")
    out |= {key for key in typed if out or all(_SUBSECTION_NUMBER.match(r.text) for r in under[key])}
    return out


#: a row numbered as a section's item: "2.1 Книжные выставки", "2.2. Фотовыставки" (a typed form's
#: kinds written without such numbers — "Литературные вечера" over "Вечера поэзии" — stay its parts)
_SUBSECTION_NUMBER = re.compile(r"\s*\d{1,2}\.\d{1,2}\.?(?!\d)")


#: a figure as these reports write it: "18", "1 850"
_FIGURE = r"(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)"
#: the count a list's total states: "18 мероприятий", "46 іс-шара", "мероприятий – 18"
_LISTED_COUNT = re.compile(_FIGURE + r"\s*(?:мероприят\w*|мер\.|іс-шара\w*|шара\w*)"
                           r"|(?:мероприят\w*|іс-шара\w*)\s*[:–—-]?\s*" + _FIGURE, re.I)
#: the people it states: "1 850 участников", "639 чел.", "420 адам", "45 кісі", "қатысушылар – 420", "присутствовало 639"
_LISTED_PEOPLE = re.compile(_FIGURE + r"\s*(?:участник\w*|чел\.?|человек\w*|посетител\w*|қатысушы\w*|адам\w*|кісі(?!лік)\w*)"
                            r"|(?:участник\w*|присутствовал\w*|посетител\w*|қатысушы\w*|қатысқан\w*)\s*[:–—-]?\s*"
                            + _FIGURE, re.I)
#: a plan's caption: its total counts events planned, none held
_PLAN_CAPTION = re.compile(r"(?i)(?<![^\W\d_])(?:план\w*|жоспар\w*)")


def listed_events_total(document: Document, table: Table, period: str | None) -> Record | None:
    """The total of a list of single events (a column of dates or of titles in quotes: "Дата | Название |
    Форма | Участники"), which gives no rows by form, when its last row (merged across it, as a rule) or
    the line right under it states how many events it lists and their people ("Итого: 18 мероприятий, 639
    участников", "Барлығы: 24 іс-шара, 860 адам"): the total of the events of the period, as a total row of
    a table of forms would be. Not of a plan ("План мероприятий", a column of who is responsible or by
    when): the events planned are none held."""
    if table.kind != "table" or table.n_rows < 3 or not period:
        return None
    cover = _covering(table)
    rows = [row_map(table, r, cover) for r in range(table.n_rows)]
    cols = range(table.n_cols)
    if not any(_dated_column(rows[1:], k) or _titles_column(rows[1:], k) for k in cols):
        return None
    if any(_PLAN_LIST_HEADER.search(c.text) for c in table.cells if c.row == 0) \
            or _PLAN_CAPTION.search(table_caption(document, table)):
        return None
    first = next((r for r, rm in enumerate(rows) if r and any(_DATE_CELL.match(c.text) or _TITLE_CELL.match(c.text)
                                                               for c in rm.values())), 1)
    last = table.n_rows - 1
    cells = list({id(c): c for k, c in sorted(rows[last].items()) if c.row == last and c.text.strip()}.values())
    text = " ".join(" ".join(c.text.split()) for c in cells)
    anchor, provenance, row_no = (cells[0] if cells else None), None, last - first + 1
    if not is_total_label(text.split(":")[0].split("–")[0].strip() or "-"):
        block = line_under(document, table)
        if block is None:
            return None
        text = " ".join(block.text.split())
        anchor, provenance, row_no = None, block.provenance, last - first + 2
        if not is_total_label(text.split(":")[0].split("–")[0].strip() or "-"):
            return None
    count = _LISTED_COUNT.search(text)
    if count is None:
        return None
    people = _LISTED_PEOPLE.search(text, count.end())
    people_figure = parse_number(next(g for g in people.groups() if g)) if people else None
    values: dict[str, Any] = {"event_type": "total", "label": text, "period": period, "row_no": row_no,
                              "is_total": 1, "rows_by": "type", "first_table": table.index,
                              "plan": None, "actual": parse_number(next(g for g in count.groups() if g)),
                              "participants": people_figure,
                              "percent": None}
    for role in ROLES:
        values[f"{role}_col"] = None  # the figures are words of one line, no column's
    return Record("event_stats", values, evidence=text, confidence=0.9,
                  provenance=anchor.provenance if anchor is not None else provenance, table_index=table.index,
                  cell=(anchor.row, anchor.col) if anchor is not None else None)


#: a caption of a table of events: it names the events ("Мероприятия …", "… өткізілген іс-шаралар", "Массовая
#: работа …") or is a table's caption ("Таблица 3.", "Кесте 2")
_EVENTS_CAPTION = re.compile(r"(?i)мероприят|іс-шара|шаралар|массов|бұқаралық|^\s*(?:таблица|табл\.|кесте)")


def table_caption(document: Document, table: Table) -> str:
    """A table's title, or the text of the block before it."""
    block = document.blocks[table.position] if 0 <= table.position < len(document.blocks) else None
    return table.title or (block.text.strip() if block is not None else "")


def _people_of(document: Document, counts: list[Record], et: EventTable, rows: list[Record]) -> bool:
    """Whether ``rows``, the records of ``et``, are the people of ``counts``, the records of the event table
    just before it: a report may print the counts of its forms in one table and the people who came in the
    next ("3-кесте. Өткізілген іс-шаралар саны" / "4-кесте. Іс-шараларға қатысқандар саны", "Количество
    посещений мероприятий"). The caption names the people, the header names only periods (read as counts),
    the rows are the same forms in the same order and periods, each figure at least its count, and the table
    before has no people of its own."""
    if et.first_table is not None or header_role(table_caption(document, et.table)) != "participants":
        return False
    if any(c.role and (c.role != "actual" or header_role(c.header or "")) for c in et.columns.values()):
        return False
    a = [r for r in counts if r.table == "event_stats"]
    b = [r for r in rows if r.table == "event_stats"]
    if not a or len(a) != len(b) or any(r.values["participants"] is not None for r in a):
        return False
    if any((x.values["label"], x.values["period"]) != (y.values["label"], y.values["period"]) for x, y in zip(a, b)):
        return False
    return _larger([y.values["actual"] for y in b], [x.values["actual"] for x in a])


def _opening_on_events(document: Document, table: Table) -> str | None:
    """The last sentence of the paragraph before a list (or of its caption) when it speaks of events ("По
    формам работы мероприятия распределились так:"), else None."""
    said = table_caption(document, table)
    spans = ev_text.sentences(said)
    last = said[spans[-1][0]:spans[-1][1]] if spans else said
    return last if _EVENTS_HEADER.search(last) else None


def listed_forms(document: Document, table: Table, vocab: Vocabulary, period: str | None) -> EventTable | None:
    """A list of forms of work with their figures and no header, set as a
    table of two columns by its leader dots or tabs ("Книжные выставки
    ........ 86", "Беседы ........ 54", "Всего мероприятий ..... 318"), after
    a sentence that speaks of events ("По формам работы мероприятия
    распределились так:"): each figure is its form's count of the period, or
    its people when that sentence names them ("Число участников по
    формам:")."""
    if table.n_cols == 3:
        return _listed_with_people(document, table, vocab, period)
    if table.kind != "table" or table.n_cols != 2 or table.n_rows < 3 or read_header(table) is not None:
        return None
    last = _opening_on_events(document, table)
    if last is None:
        return None
    cover = _covering(table)
    rows = [row_map(table, r, cover) for r in range(table.n_rows)]
    if any(not rm.get(0) or not rm.get(1) or _is_figure(rm[0].text) or not _is_figure(rm[1].text) for rm in rows):
        return None
    names = [rm[0].text for rm in rows if not is_total_label(rm[0].text)]
    matched = sum(1 for t in names if match_label(vocab, t).id)
    if len(names) < 3 or matched < 2 or matched * 2 < len(names) or len(names) < len(rows) - 1:
        return None
    role = "participants" if header_role(last) == "participants" else "actual"
    columns = {0: Column(0), 1: Column(1, role=role, period=period, header=last.strip())}
    return EventTable(table, 0, 0, columns, matched)


#: a paragraph that only opens the parts of the figure before it: "Соның ішінде:", "Оның ішінде:", "В том числе:"
_OF_WHICH_LEAD = re.compile(r"(?i)^\s*(?:соның\s+ішінде|оның\s+ішінде|олардың\s+ішінде|в\s+том\s+числе|из\s+них)\s*:?\s*$")


def _listed_with_people(document: Document, table: Table, vocab: Vocabulary, period: str | None) -> EventTable | None:
    """A list of forms of work with no header, each with its count and its
    people ("Кітап көрмелері | 94 | 2 760"), set as a table of three columns
    under "Соның ішінде:" / "В том числе:" after a sentence that names the
    events and the people who came ("286 іс-шара өткізілді, оларға 8 145 адам
    қатысты"): the second column is the count, the third its people (never
    fewer than the events)."""
    if table.kind != "table" or table.n_rows < 3 or read_header(table) is not None \
            or not _OF_WHICH_LEAD.match(table_caption(document, table)) or table.position < 1:
        return None
    said = document.blocks[table.position - 1].text.strip()
    spans = ev_text.sentences(said)
    last = said[spans[-1][0]:spans[-1][1]] if spans else said
    if not _EVENTS_HEADER.search(last) or header_role(last) != "participants":
        return None
    cover = _covering(table)
    rows = [row_map(table, r, cover) for r in range(table.n_rows)]
    if any(not rm.get(0) or _is_figure(rm[0].text) or not all(rm.get(k) and _is_figure(rm[k].text) for k in (1, 2))
           for rm in rows):
        return None
    if not _larger([figure_cell(rm[2].text) for rm in rows], [figure_cell(rm[1].text) for rm in rows]):
        return None
    names = [rm[0].text for rm in rows if not is_total_label(rm[0].text)]
    matched = sum(1 for t in names if match_label(vocab, t).id)
    if len(names) < 3 or matched < 2 or matched * 2 < len(names):
        return None
    columns = {0: Column(0), 1: Column(1, role="actual", period=period, header=last.strip()),
               2: Column(2, role="participants", period=period, header=last.strip())}
    return EventTable(table, 0, 0, columns, matched)


#: one item of a list set with leader dots: a label, three dots or more, a figure ("Беседы ........ 54")
#: ("Буклеты ........ 12 ед.", "Акции ....... 9 мер.": a count's unit after it)
_LEADER_ITEM = re.compile(r"\s*([^\W\d_][^.…\d]*?)\s*(?:[.…]\s?){3,}\s*(\d{1,3}(?:[\u00a0 ]\d{3})+|\d+)"
                          r"(?:\s?(?:ед|мер|шт)\.)?(?!\S)")


def leader_items(text: str) -> list[re.Match[str]]:
    """The items of a paragraph that is a list set with leader dots and
    nothing else (:data:`_LEADER_ITEM` one after another from its start to
    its end, trailing spaces apart), else none.  Each item is matched where
    the one before ends: a paragraph that is no such list is given up at
    its first part that is no item, where a search for items anywhere in it
    would try the pattern at every position (its lazy label run scanning on
    to the next dot or digit from each)."""
    items: list[re.Match[str]] = []
    pos, end = 0, len(text.rstrip())
    while pos < end:
        m = _LEADER_ITEM.match(text, pos)
        if m is None:
            return []
        items.append(m)
        pos = m.end()
    return items


def leader_lists(document: Document) -> list[Table]:
    """The lists set with leader dots in the report's paragraphs (a Word
    document types each item as a paragraph of its own; a PDF's reader may
    join several lines into one), each as a table of two columns: the labels
    and the figures, each cell pointing at its paragraph.  Such a table is
    in no table of the document: its ``index`` is None, its ``position`` the
    paragraph before the list."""
    out: list[Table] = []
    cells: list[Cell] = []
    start = -1
    for block in [*document.blocks, None]:
        items = leader_items(block.text) if block is not None else []
        if items:
            if not cells:
                start = block.index
            for m in items:
                n = len(cells) // 2
                cells += [Cell(n, 0, m.group(1).strip(), provenance=block.provenance),
                          Cell(n, 1, m.group(2), provenance=block.provenance)]
            continue
        if len(cells) >= 6:
            table = Table(cells, kind="table", position=start - 1)
            table.index = None  # type: ignore[assignment]
            out.append(table)
        cells = []
    return out


#: one item of a list of forms, its count after a dash or a colon and maybe its people in brackets or after a
#: comma with their word ("• литературные вечера – 12 (340 чел.);", "- кітап көрмелері – 64 (2 180 адам)",
#: "беседы: 38", "викторины – 21, 512 участников"); a bullet may open it
_BULLET = r"[•·▪◦●○■□➢►✓*]"
_DASH_ITEM = re.compile(
    rf"^\s*(?:{_BULLET}\s*|[-–—]\s+)?(?P<label>[^\W\d_][^\d:;()]{{0,120}}?)\s*(?:\s[–—-]|:)\s*"
    rf"(?P<count>\d{{1,3}}(?:[ \u00a0]\d{{3}})*)\s*(?:{_COUNT_WORD}\s*)?"
    rf"(?:\(\s*(?P<p1>\d{{1,3}}(?:[ \u00a0]\d{{3}})*)\s*(?:{_PEOPLE_WORD})?\s*\)"
    rf"|[,;/]\s*(?P<p2>\d{{1,3}}(?:[ \u00a0]\d{{3}})*)\s*{_PEOPLE_WORD})?\s*[;.,]?\s*$", re.I)
#: a cell that holds only a list's bullet (a text export sets the bullet and the item apart with a tab)
_BULLET_CELL = re.compile(rf"^\s*(?:{_BULLET}|[-–—o])?\s*$")


def _dash_item(text: str) -> tuple[str, str, str] | None:
    """The label, the count and the people ("" when not given) of one item of a list of forms, else None."""
    m = _DASH_ITEM.match(" ".join((text or "").split()))
    if m is None or BARE_YEAR.match(m["count"]):
        return None
    return m["label"].strip(), m["count"], m["p1"] or m["p2"] or ""


def _items_table(items: list[tuple[tuple[str, str, str], Cell]], position: int, index: int | None) -> Table:
    cells: list[Cell] = []
    for n, ((label, count, people), at) in enumerate(items):
        cells += [dataclasses.replace(at, row=n, col=j, text=t, row_span=1, col_span=1)
                  for j, t in enumerate((label, count, people))]
    table = Table(cells, kind="table", position=position)
    table.index = index  # type: ignore[assignment]
    return table


def dash_lists(document: Document, taken: set[int]
               ) -> list[tuple[Table, dict[tuple[int, int], tuple[int, int]] | None]]:
    """The lists of forms written item by item, each form's count after a dash ("• литературные вечера – 12
    (340 чел.);", "беседы – 38;"), three items at least: as paragraphs of their own (a Word document's
    bulleted list) or as a table a text export made of them (the bullet, a tab, the item), each as a table
    of three columns: the label, the count and the people ("" when the item names none). A list of
    paragraphs is in no table of the document (``index`` None, ``position`` the paragraph before it); a
    table's list keeps its index, with where each figure stands in it (``origin``). ``taken``: the tables
    already read as event tables."""
    out: list[tuple[Table, dict[tuple[int, int], tuple[int, int]] | None]] = []
    run: list[tuple[tuple[str, str, str], Cell]] = []
    start = -1
    for block in [*document.blocks, None]:
        item = _dash_item(block.text) if block is not None else None
        if item is not None:
            if not run:
                start = block.index
            run.append((item, Cell(0, 0, "", provenance=block.provenance)))
            continue
        if len(run) >= 3:
            out.append((_items_table(run, start - 1, None), None))
        run = []
    for table in document.tables:
        if table.index in taken or table.kind != "table" or table.n_rows < 3:
            continue
        rows = table.rows()
        found = []
        for row in rows:
            last = row[-1] if row else None
            item = _dash_item(last.text) if last is not None else None
            if item is None or any(not _BULLET_CELL.match(c.text) for c in row[:-1]):
                break
            found.append((item, last))
        if len(found) == len(rows):
            origin = {(n, j): (at.row, at.col) for n, (_, at) in enumerate(found) for j in range(3)}
            out.append((_items_table(found, table.position, table.index), origin))
    return out


#: a form of work with its count in a sentence that lists them, the figure before the form ("46 кітап көрмесі",
#: "18 әдеби кеш", "12 книжных выставок"), maybe its people in brackets ("(1 200 адам)"); at a clause's end
_PROSE_ITEM = re.compile(rf"(?:^|\s)(?P<count>\d{{1,3}}(?:[ \u00a0]\d{{3}})*)\s+"
                         rf"(?P<label>[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*){{0,3}})"
                         rf"(?:\s*\(\s*(?P<people>\d{{1,3}}(?:[ \u00a0]\d{{3}})*)\s*(?:{_PEOPLE_WORD})?\s*\))?$", re.I)
#: what parts the clauses of such a list: commas, semicolons, "және", "мен", "и", "а также"
_PROSE_SPLIT = re.compile(r"\s*[,;]\s*|\s+(?:және|мен|и|а\s+также)\s+", re.I)
#: the verb of holding after the list ("… 9 кездесу өткізілді", "… 5 конкурсов проведено")
_HELD_AT_END = re.compile(r"(?i)\s+(?:өткізілді|өткізді|өткізілген|ұйымдастырылды|ұйымдастырды|өтті"
                          r"|проведен[оы]?|провели|организован[оы]?|состоял(?:ись|ось)?)\s*$")
#: the clause of all the events or of their people before the forms ("214 іс-шара өткізілді, оның ішінде …",
#: "оларға 5 320 адам қатысты", "проведено 96 мероприятий, из них …"): no form's
_ALL_EVENTS = re.compile(rf"(?i){_COUNT_WORD}|{_PEOPLE_WORD}(?![^\W\d_])")
#: a verb of holding events anywhere in a sentence
_HELD = re.compile(r"(?i)(?<![^\W\d_])(?:өткіз|ұйымдастыр|өтті|проведен|провел|организован|состоял)")


def prose_lists(document: Document) -> list[Table]:
    """The forms of work a sentence lists with their counts, each figure before its form ("Оның ішінде 46 кітап
    көрмесі, 18 әдеби кеш, 12 дөңгелек үстел және 9 кездесу өткізілді.", "проведено 12 книжных выставок, 8
    литературных вечеров и 5 викторин"): three clauses at least in a row, each a figure and its form, in a
    sentence that names the holding of events (or after one that does). Each as a table of three columns (the
    form, its count, its people or "") in no table of the document, each row pointing at its paragraph;
    ``position`` is the paragraph itself."""
    out: list[Table] = []
    for block in document.blocks:
        text = block.text or ""
        spans = ev_text.sentences(text)
        before = ""
        for a, b in spans:
            said = text[a:b].strip()
            clauses = _PROSE_SPLIT.split(_HELD_AT_END.sub("", said.rstrip(" .;:!")))
            run: list[tuple[str, str, str]] = []
            best: list[tuple[str, str, str]] = []
            for clause in clauses:
                m = _PROSE_ITEM.search(clause)
                if m is not None and not BARE_YEAR.match(m["count"]) and not _ALL_EVENTS.match(m["label"]):
                    run.append((m["label"], m["count"], m["people"] or ""))
                    continue
                best, run = max(best, run, key=len), []
            best = max(best, run, key=len)
            if len(best) >= 3 and (_HELD.search(said) or _EVENTS_HEADER.search(before)):
                cell = Cell(0, 0, "", provenance=block.provenance)
                table = _items_table([(item, cell) for item in best], block.index, None)
                table.title = said
                out.append(table)
            before = said
    return out


def prose_forms(table: Table, vocab: Vocabulary, period: str | None) -> EventTable | None:
    """A list of :func:`prose_lists` read as a table of forms: three forms at least and half the labels
    known forms (two at least); each figure is its form's count of the period, the bracket its people."""
    return _items_event_table(table, vocab, period, table.title or "", counts_only=True)


def dashed_forms(document: Document, table: Table, vocab: Vocabulary, period: str | None) -> EventTable | None:
    """A list of :func:`dash_lists` read as a table of forms, after a sentence that speaks of events ("По
    формам работы:", "Іс-шаралар түрлері бойынша:"): three forms at least and half the labels known forms;
    the count is each form's count of the period (its people when that sentence names them and the items
    give no people of their own), the bracket its people (never fewer than the count)."""
    last = _opening_on_events(document, table)
    if last is None:
        return None
    return _items_event_table(table, vocab, period, last)


def _items_event_table(table: Table, vocab: Vocabulary, period: str | None, last: str, counts_only: bool = False
                       ) -> EventTable | None:
    """The items' table read as forms with their counts (and people), under ``last``, the sentence that
    speaks of them; the figures are counts when ``counts_only`` (a sentence naming the people of all the
    events names none of each form's), else the people when ``last`` names them."""
    grid = table.grid()
    names = [row[0] for row in grid if not is_total_label(row[0])]
    matched = sum(1 for t in names if match_label(vocab, t).id)
    if len(names) < 3 or matched < 2 or matched * 2 < len(names):
        return None
    pairs = [(parse_number(row[1]), parse_number(row[2])) for row in grid if row[2]]
    if any(n is None or p is None or p < n for n, p in pairs):
        return None
    if pairs:
        columns = {0: Column(0), 1: Column(1, role="actual", period=period, header=last.strip()),
                   2: Column(2, role="participants", period=period, header=last.strip())}
    else:
        role = "participants" if header_role(last) == "participants" and not counts_only else "actual"
        columns = {0: Column(0), 1: Column(1, role=role, period=period, header=last.strip()), 2: Column(2)}
    return EventTable(table, 0, 0, columns, matched)


def caption_period(document: Document, table: Table, doc_period: str | None) -> str | None:
    """The part of the report's period a table's caption names ("Мероприятия, проведенные во II квартале
    2024 года", "ІІ тоқсанда өткізілген іс-шаралар" in a half-year's report): one table a quarter, each
    header naming no period of its own.  None when the caption names no such part, or several."""
    text = table_caption(document, table)
    if not text or len(text) > 160 or not doc_period or not _EVENTS_CAPTION.search(text):
        return None
    whole = period_from_code(str(doc_period))
    found = {m.period.code for m in find_periods(text, whole.year if whole else None)}
    if len(found) != 1:
        return None
    part = next(iter(found))
    return part if _inside(part, str(doc_period)) else None


def extract(document: Document, config: Config) -> Iterable[Record]:
    threshold = float(config.get("event_type_threshold", 85.0)) if config is not None else 85.0
    vocab = get_vocabulary(VOCABULARY, config, threshold)
    doc_period = document.metadata.get("period")
    if doc_period is not None and period_from_code(str(doc_period)) is None:
        doc_period = None
    found: list[EventTable] = []
    totals_of_lists: list[Record] = []  # the totals of lists of single events
    prev: EventTable | None = None
    for i, table in enumerate(document.tables):
        halves = side_by_side(table)
        et = None
        if halves is not None:  # two halves side by side: read one under the other
            et = find_event_table(halves[0], vocab, caption_period(document, table, doc_period) or doc_period)
            if et is not None:
                et.origin = halves[1]
        joined = roles_in_rows(table) if et is None else None
        if joined is not None:  # each form in two rows, "мероприятий" over "участников": read as one row
            et = find_event_table(joined[0], vocab, caption_period(document, table, doc_period) or doc_period)
            if et is not None:
                et.origin = joined[1]
        if et is None:
            et = find_event_table(table, vocab, caption_period(document, table, doc_period) or doc_period)
        if et is None:
            et = listed_forms(document, table, vocab, caption_period(document, table, doc_period) or doc_period)
        if et is None and prev is not None:
            et = continued_table(table, prev, vocab)
        if i and (et is None or et.header_end == 0 or not any(_header_names_period(et))):
            # a body without periods (its roles at most) under a header table of periods
            et = headed_body(document.tables[i - 1], table, vocab, doc_period) or et
        prev = et
        if et is not None:
            found.append(et)
        else:  # a list of single events gives no rows, but its total does
            listed_total = listed_events_total(document, table, caption_period(document, table, doc_period)
                                               or doc_period)
            if listed_total is not None:
                totals_of_lists.append(listed_total)
        if et is None or et.rows_by in ("month", "branch") \
                or _rows_name_no_form(et.columns[et.label_col].header or ""):
            # a table laid on its side: years, months, libraries or directions of work down, forms across
            side = on_its_side(table, vocab, doc_period)
            side_et = find_event_table(side, vocab, doc_period, role_labels=True) if side is not None else None
            if side_et is not None and side_et.rows_by == "type":
                side_et.on_side, side_et.types_only = True, et is not None
                if et is not None:  # its rows are numbered on from the month rows'
                    side_et.first_table = table.index
                if et is not None:  # its columns of forms are read on the side, not listed for review
                    et.undecided = [c for c in et.undecided
                                    if not match_label(vocab, c.sub).id and not labels.names_other_forms(c.sub)]
                side_et.periods_only = parts_of_the_year_only(table, vocab, doc_period)
                found.append(side_et)
                prev = prev or side_et
    for listed in leader_lists(document):  # "Книжные выставки ........ 86" paragraph by paragraph
        et = listed_forms(document, listed, vocab, caption_period(document, listed, doc_period) or doc_period)
        if et is not None:
            found.append(et)
    taken = {et.table.index for et in found if et.table.index is not None}
    for listed, origin in dash_lists(document, taken):  # "• литературные вечера – 12 (340 чел.);"
        et = dashed_forms(document, listed, vocab, caption_period(document, listed, doc_period) or doc_period)
        if et is not None:
            et.origin = origin
            found.append(et)
    if not found:  # no table of events: the forms a sentence lists with their counts
        for listed in prose_lists(document):
            et = prose_forms(listed, vocab, doc_period)
            if et is not None:
                found.append(et)
    read_label = labels.LabelReader(document, config, vocab)
    read_label.prepare([c.text for et in found for c in et.table.cells
                        if c.row >= et.header_end and any(ch.isalpha() for ch in c.text)])
    prev_rows = 0  # body rows of the event table (and its continuations) so far
    out: list[list[Record]] = []  # each event table's records
    for et in found:
        table = et.table
        if et.first_table is not None:
            et.row_offset = prev_rows
        else:
            prev_rows = 0
        log.info("table %s: event summary, %d matched labels, periods %s", table.index, et.matched, et.periods())
        for c in et.undecided:
            if is_month_label(c.sub) or is_month_label(_over(c)):
                continue  # a month's column: esep stores no monthly periods (the total column is read)
            if _part_of_a_read_column(et, c) or _people_planned(c.header):
                continue  # "в т.ч. онлайн", "Дети | Молодёжь | Взрослые" beside "Всего": parts of a column read;
                # the people planned
            # neither the header nor the numbers say what the column counts: listed for review
            cell = next((x for x in table.cells if x.col == c.index and x.row < et.header_end and x.text.strip()), None)
            yield unmatched(c.sub or f"column {c.index + 1}", "event_stats_column",
                            Match(None, 0.0, None, None), evidence=c.header or None,
                            provenance=cell.provenance if cell else None, table_index=table.index,
                            cell=et.at(cell.row, cell.col) if cell else None)
        recs = list(table_records(et, vocab, read_label))
        under = _total_under(document, et, recs)
        if under is not None:
            recs.append(under)
        if out and _people_of(document, out[-1], et, recs):
            # the people of the table before: each of its rows takes its people from this table's row
            for x, y in zip((r for r in out[-1] if r.table == "event_stats"), (r for r in recs if r.table == "event_stats")):
                x.values.update(participants=y.values["actual"], participants_col=y.values["actual_col"],
                                participants_table=table.index)
            out.append([r for r in recs if r.table not in ("event_stats", "unmatched_terms")])
            continue
        for rec in recs:
            if rec.table == "event_stats":
                prev_rows = max(prev_rows, rec.values["row_no"])
                if et.periods_only:  # read for the facts of each period, not stored (see prepare_records)
                    rec.values["rows_by"] = PERIODS_ONLY
        out.append(recs)
    for recs in out:
        yield from recs
    yield from totals_of_lists


# -- storage -----------------------------------------------------------------

migrations = Migrations("esep.event_stats")


@migrations()
def m001_event_stats(db) -> None:
    db.executescript(f"""
        CREATE TABLE event_stats (
            id INTEGER PRIMARY KEY,
            document_id TEXT NOT NULL REFERENCES documents(id),
            event_type TEXT,                -- id in schemas/event_types.json, 'total' for the total row
            label TEXT NOT NULL,            -- the row's label as written
            period TEXT,                    -- 2018-H1, 2017, ...
            plan NUMERIC,
            actual NUMERIC,
            participants NUMERIC,
            row_no INTEGER,                 -- 1-based position among the table's body rows
            is_total INTEGER NOT NULL DEFAULT 0 CHECK (is_total IN (0, 1)),
            plan_col INTEGER,               -- table columns the numbers were read from
            actual_col INTEGER,
            participants_col INTEGER,{RECORD_COLUMNS_SQL}
        );
        CREATE INDEX event_stats_doc ON event_stats(document_id, period);
        CREATE INDEX event_stats_type ON event_stats(event_type);
    """)


# -- evaluation --------------------------------------------------------------

def _rows(conn, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    cur = conn.execute(sql, params)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r)) for r in cur.fetchall()]


def _same(a: Any, b: Any) -> bool:
    if a is None or b is None:
        return a is None and b is None
    try:
        return abs(float(a) - float(b)) < 1e-6
    except (TypeError, ValueError):
        return a == b


def score(conn, document_id: str, gold: dict[str, Any]) -> dict[str, Any]:
    """Rows matched on (normalized label, period), else (event_type, period);
    a row is exact when event_type, plan, actual and participants all match."""
    from esep.registry import prf

    got = _rows(conn, "select * from event_stats where document_id = ? order by table_index, row_no, period",
                [document_id])
    want = list(gold.get("records", []))
    pool = list(got)
    pairs: list[tuple[dict[str, Any], dict[str, Any]]] = []
    for w in want:
        hit = next((g for g in pool if g["period"] == w.get("period")
                    and normalize_label(g["label"]) == normalize_label(w.get("label", ""))), None)
        if hit is None and w.get("event_type"):
            hit = next((g for g in pool if g["period"] == w.get("period")
                        and g["event_type"] == w["event_type"]), None)
        if hit is not None:
            pool.remove(hit)
            pairs.append((w, hit))
    res: dict[str, Any] = prf(len(pairs), len(got), len(want))
    fields = ("event_type", "plan", "actual", "participants")
    res["fields"] = {}
    for f in fields:
        ok = sum(1 for w, g in pairs if _same(w.get(f), g.get(f)))
        res["fields"][f] = prf(ok, len(got), len(want))
    exact = sum(1 for w, g in pairs if all(_same(w.get(f), g.get(f)) for f in fields))
    res["rows_exact"] = exact / len(want) if want else 1.0
    wrong = [f"{w.get('label')} {w.get('period')}: " + ", ".join(
        f"{f} {g.get(f)!r} != {w.get(f)!r}" for f in fields if not _same(w.get(f), g.get(f)))
        for w, g in pairs if not all(_same(w.get(f), g.get(f)) for f in fields)]
    res["notes"] = [f"{len(got)} rows, gold {len(want)}, {exact} exact"] + wrong[:10]
    return res


# -- hooks -------------------------------------------------------------------

@migrations()
def m002_event_type_by_year(db) -> None:
    """Event types across periods, one row per (type, period): when several
    reports state the same period, the report *about* that period wins over
    another report's comparison column; every label variant is listed.  Each
    document's period is read once, and a covering index serves the grouping."""
    db.executescript("""
        CREATE INDEX event_stats_by_type
            ON event_stats(event_type, period, document_id, is_total, plan, actual, participants);
        CREATE VIEW event_type_by_year AS
        WITH docs AS MATERIALIZED (
            SELECT id, json_extract(metadata, '$.period') AS period FROM documents
        ),
        per_doc AS (
            SELECT e.event_type, e.period, e.document_id,
                   SUM(e.plan) AS plan, SUM(e.actual) AS actual, SUM(e.participants) AS participants,
                   COALESCE(d.period = e.period, 0) AS own
            FROM event_stats e JOIN docs d ON d.id = e.document_id
            WHERE e.event_type IS NOT NULL AND e.is_total = 0 AND e.period IS NOT NULL
            GROUP BY e.event_type, e.period, e.document_id
        ),
        ranked AS (
            SELECT *, ROW_NUMBER() OVER (PARTITION BY event_type, period ORDER BY own DESC, document_id) AS rn,
                   COUNT(*) OVER (PARTITION BY event_type, period) AS n_sources
            FROM per_doc
        ),
        labels AS (  -- the labels in the order they were stored, as before
            SELECT event_type, group_concat(DISTINCT label) AS labels
            FROM event_stats INDEXED BY event_stats_type
            WHERE event_type IS NOT NULL AND is_total = 0 GROUP BY event_type
        )
        SELECT r.event_type, l.labels, r.period, r.plan, r.actual, r.participants, r.n_sources,
               r.document_id AS source_document
        FROM ranked r JOIN labels l ON l.event_type = r.event_type
        WHERE r.rn = 1;
    """)


@migrations()
def m003_percent(db) -> None:
    """The percent column of a table (of the plan, or of last year), as
    written, and what the rows of the table are."""
    db.executescript("""
        ALTER TABLE event_stats ADD COLUMN percent NUMERIC;
        ALTER TABLE event_stats ADD COLUMN percent_col INTEGER;
        -- the table a table broken across pages starts in (its own table_index otherwise)
        ALTER TABLE event_stats ADD COLUMN first_table INTEGER;
        -- what the table's rows are: event types ('type'), months ('month') or branches ('branch')
        ALTER TABLE event_stats ADD COLUMN rows_by TEXT NOT NULL DEFAULT 'type'
            CHECK (rows_by IN ('type', 'month', 'branch'));
    """)


@migrations()
def m004_participants_table(db) -> None:
    """The table the participants were read from when it is not the row's own: a report that prints the
    counts of its forms in one table and their people in the next."""
    db.executescript("""
        ALTER TABLE event_stats ADD COLUMN participants_table INTEGER;
    """)


@migrations()
def m005_part_of(db) -> None:
    """The ``row_no`` of the form a row is a part of: sub-forms typed under their form ("тақырыптық
    көрмелер" under "Кітап көрмелері"), whose figures add up to the form's."""
    db.executescript("""
        ALTER TABLE event_stats ADD COLUMN part_of INTEGER;
    """)


#: ``rows_by`` of the rows of a table of parts of the year with no form of work: the facts take each
#: period's count of events and of participants from them, and they are not stored as rows by type
PERIODS_ONLY = "period"


@hookimpl(trylast=True)
def prepare_records(records, document, config):
    """The rows of a table of quarters (half-years, months) with only the count and the participants
    across have given the facts their periods' figures; they are no rows by type and are not stored."""
    records[:] = [r for r in records if not (r.table == "event_stats" and r.values.get("rows_by") == PERIODS_ONLY)]


@hookimpl
def register_extractors(register):
    register(Extractor(name=EXTRACTOR, extract=extract, version="1",
                       tables=("event_stats", "unmatched_terms", WARNINGS_TABLE)))


@hookimpl
def register_migrations(register):
    register(migrations)


@hookimpl
def register_evaluators(register):
    register(Evaluator("event_stats", score, "rows of event summary tables by type and period"))


@hookimpl
def prepare_worker(config):
    """The event-type vocabulary."""
    get_vocabulary(VOCABULARY, config, float(config.get("event_type_threshold", 85.0)) if config is not None else 85.0)
