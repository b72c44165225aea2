"""Facts from tables: each number cell read through its column headers, its
row label and the table's caption.

* Header rows are the leading rows without a value (a bare year is not a
  value there); label columns are the columns without a value in any data
  row, headed "№", or the first one when its cells are all periods.
* A column's headers (every merged cell above it, top to bottom) name the
  metric ("1-ші жарты жылдықта түсті" -> ``fund.received``), its period or
  date ("2019.01.01. құрайды" -> ``as_of`` 2019-01-01), a language part
  ("оның ішінде қазақ тілінде" -> ``kk``), a category ("Кітаптарға" -> ``books``)
  and a unit ("дана" -> ``copies``).  Columns under an "of which" header
  ("Соның ішінде") or a total ("всего") without a metric of their own are
  parts (or the whole) of the table's metric.
* A row label is a period ("2018 жылдың 2-ші ж/ж", "1 полугодие 2015 г.",
  a bare year: the row's figures are of that period), a total ("Барлығы",
  "Всего": the whole), a category ("Газет мақалалары"), a metric
  ("Поступило") or something else (event types): rows of the last kind are
  not facts; only totals are read from such tables.
* Columns headed by a plan word ("жоспар", "план") are not facts; a
  merged header written as separate cells (a text export: "2018 г. | | ")
  spans the empty cells right of it; a word broken over two lines of a
  header cell is read joined too.
* A table continued on the next page without headers is read under the
  headers of its first part.
* In a movement table (both in- and out-flow columns, or a balance right of
  the flows), a stock column to the left of them is the opening balance
  (``fund.start``) and stock columns take the flows' period.
* Topics (a fund, digitization, events) may come from the caption: the
  paragraph before the table and the section title.
"""

from __future__ import annotations

import dataclasses
import functools
import logging
import re
from collections import Counter
from typing import Any

from esep.model import Cell, Document, Record, Table
from esep.plugins.facts.common import (
    LISTED_ONLY_RE,
    FactVocab,
    Hit,
    Metric,
    cue_crosses,
    money_received,
    payroll_hit,
    requests_hit,
    virtual_event_hit,
    reader_category,
    reader_group,
    dates_in,
    funding_source,
    day_and_eve,
    get_vocab,
    is_total,
    label_key,
    group_among_libraries,
    library_group,
    library_groups,
    make_fact,
    mobile_library,
    periods_in,
    resolve_period,
    stationary_part,
    tokenize,
)
from esep.plugins.lang.alphabet import (
    KAZAKH_LETTERS,
    UPPER,
    find_in_matching_form,
    loose,
    matching_form,
)
from esep.plugins.events.headers import header_role
from esep.plugins.facts.common import DOCUMENT_KINDS, OCCUPIED_YOUTH_RE, SOCIAL_YOUTH_RE, other_institution
from esep.plugins.facts.common import SOCIAL_GROUP_LABEL_RE
from esep.plugins.facts.departments import caption_department
from esep.plugins.facts.estimate import approved_columns
from esep.plugins.events.stats import caption_period as events_caption_period
from esep.plugins.lang.dates import month_number
from esep.plugins.lang.numbers import PER_STAFF_RE, PER_THOUSAND_RE, find_numbers, find_scale_word, parse_figure_cell, parse_number
from esep.plugins.lang.periods import (Period, uncoded_month_spans, find_cumulative_periods, find_previous_periods, make_period, period_from_code,
                                      year_figure_list)
from esep.plugins.vocab import normalize_label

log = logging.getLogger(__name__)

_NUMBER_HEADERS = {"№", "n", "№№", "р/с", "п/п", "№ п/п", "р/н", "#"}


#: the number of a row of a numbered form: "1.", "1.1", "12.1", "2.3."
_OUTLINE_RE = re.compile(r"^\d{1,2}\.(?:\d{1,2}\.?)?$")


#: a date written with its year ("01.07.2024", "1 июля 2024 г."), not a day and month alone
_YEAR_WRITTEN = re.compile(r"\d{4}|\d[./]\d{1,2}[./]\d{2}\b")


def _closing_day(day: str, period) -> str | None:
    """The day and month of ``day`` in the year that puts it within a
    period or on the day after its end ("1 июля" for the first half of 2023:
    2023-07-01); None when no year does."""
    import datetime as _dt

    d = _dt.date.fromisoformat(day)
    start, end = _dt.date.fromisoformat(period.start), _dt.date.fromisoformat(period.end)
    for year in range(start.year, end.year + 2):
        try:
            c = d.replace(year=year)
        except ValueError:
            continue
        if start < c <= end + _dt.timedelta(days=1):
            return c.isoformat()
    return None


def _period_closed_on(day: str, period) -> Period | None:
    """The same part of the year as ``period`` in an earlier year (up to
    five back) that ``day`` closes (its last day or the day after), or
    None."""
    import datetime as _dt

    part = period.code[5:] or None
    for year in range(period.year - 1, period.year - 6, -1):
        p = make_period(year, part)
        if p is not None and day in (p.end, (_dt.date.fromisoformat(p.end) + _dt.timedelta(days=1)).isoformat()):
            return p
    return None


def _numbering(cells: list, header: str) -> bool:
    """A column of row numbers: headed "п/п" (its "№" misread: "Хо п/п",
    "Ne п/п") over numbers only ("9," for "9." too), or every cell an outline
    number ("1.", "1.1", "2.") and at least one ending in a stop, which no
    figure of a report does."""
    texts = [c.text.strip() for c in cells if c is not None and c.text.strip()]
    if not texts:
        return False
    if re.search(r"(?:^|\s)(?:п/п|р/с|р/н)$", header) and all(re.fullmatch(r"\d{1,2}(?:[.,]\d{1,2})?[.,]?", t) for t in texts):
        return True
    return all(_OUTLINE_RE.match(t) for t in texts) and any(t.endswith(".") for t in texts)


def _counted_rows(cells: list, beside: list) -> bool:
    """A first column that counts the rows, whatever heads it (a lone row
    numbering the columns, "1 | 2 | 3", on a page a table goes on to; no head
    at all): whole numbers of up to three digits, each one more than the one
    above, beside a column of words with no figure ("4 | Книговыдача |
    172 450")."""
    texts = [c.text.strip() for c in cells if c is not None and c.text.strip()]
    if len(texts) < 2 or len(texts) != len([c for c in cells if c is not None]) \
            or not all(re.fullmatch(r"\d{1,3}\.?", t) for t in texts):
        return False
    ns = [int(t.rstrip(".")) for t in texts]
    words = [c for c in beside if c is not None and c.text.strip()]
    return all(b - a == 1 for a, b in zip(ns, ns[1:])) and len(words) == len(texts) \
        and all(_value(c) is None and re.search(r"[^\W\d_]{3}", c.text) for c in words)


#: the head of a column of row codes of a statistical form: "№ строки", "Код строки", "№ стр.", "Жол коды",
#: "Жолдың №", "Шифр строки"
_ROW_CODE_HEADER_RE = re.compile(r"(?i)^\W*(?:(?:№|n|код|шифр|номер)\s*(?:строк\w*|стр\.?)|(?:строк\w*|стр\.)\s*(?:№|n)"
                                 r"|(?:жол|жолдың)\s*(?:коды|№|n|нөмірі|шифры)|(?:№|n)\s*жол\w*|код|коды|шифр)\W*$")


def _row_codes(cells: list, header: str) -> bool:
    """A column of the codes of a form's rows, between the labels and the
    figures ("Число пользователей | 01 | 11 240") or first, before the
    labels ("01 | Пользователи, чел. | 18 746"): headed by a line's
    number or code ("№ строки", "Код строки", "Жол коды") over short
    numbers, or written "01", "02", … (a zero no figure of a report
    starts with) rising down the rows."""
    texts = [c.text.strip() for c in cells if c is not None and c.text.strip()]
    if not texts or not all(re.fullmatch(r"\d{1,3}(?:\.\d{1,2})?", t) for t in texts):
        return False
    if _ROW_CODE_HEADER_RE.match(header):
        return True
    nums = [float(t) for t in texts]
    return len(texts) >= 2 and any(re.fullmatch(r"0\d{1,2}", t) for t in texts) \
        and all(a < b for a, b in zip(nums, nums[1:]))


#: the literature, whose kinds "для детей" may name ("литература для детей")
_LITERATURE_RE = re.compile(r"(?i)литератур|әдебиет|книг|кітап|издани|басылым")

#: a column of the rural areas beside the whole ("в т.ч. в сельской местности", "на селе", "оның ішінде
#: ауылдық жерлерде", "ауылда"), as form 6-НК and the Kazakh district reports split their figures
_RURAL_AREA_RU_RE = re.compile(r"(?i)(?<![^\W\d_])(?:сельск\w*\s+местност\w*|(?:на|в)\s+сел(?:е|ах)|в\s+сёлах|село)"
                               r"(?![^\W\d_])")
_RURAL_AREA_KK_RE = re.compile(r"(?i)(?<![^\W\d_])(?:ауылдық\s+(?:жер|елді\s+мекен)\w*|ауыл(?:да|дарда)?"
                               r"|auyldyq\s+jer\w*|auyl(?:da|darda)?)(?![^\W\d_])")


def _rural_area(text: str) -> str | None:
    """The rural libraries' category of a column of the rural areas: the
    share of the figure the libraries in the villages account for, never a
    second whole."""
    if _RURAL_AREA_RU_RE.search(text):
        return "branch:сельские библиотеки"
    if _RURAL_AREA_KK_RE.search(text):
        return "branch:ауылдық кітапханалар"
    return None


def _counts_readers(col_info: dict[int, dict]) -> bool:
    """The table's columns count readers, their visits or loans: its rows
    are groups of readers, none of them the staff."""
    return any(info.get("metric") is not None and info["metric"].id.startswith(("users.", "visits.", "loans."))
               for info in col_info.values())


def _mobile_library_column(text: str) -> str | None:
    """The branch category of a column headed by a mobile library ("в т.ч.
    Библиобус" beside "ОУНБ, всего"): the bookmobile's share of each row's
    figure, never the whole's."""
    name = mobile_library(text)
    return "branch:" + normalize_label(name) if name else None


def _is_year(text: str) -> bool:
    t = text.strip().rstrip(".")
    return t.isdigit() and len(t) == 4 and 1900 <= int(t) <= 2100


#: a year with its word before the unit of the column's figures: "2023 ж., мың теңге", "2024 г., тыс. тенге",
#: "2024 жыл (адам)": the column's year, not a figure in thousands of tenge
_YEAR_WITH_UNIT_RE = re.compile(r"(?i)^\s*(?:19|20)\d\d\s*(?:ж\.|жыл\w*|г\.|год\w*|j\.|jyl\w*)\s*[,;(/]")


def _value(cell: Cell | None, header: bool = False) -> float | None:
    if cell is None or not cell.text.strip():
        return None
    if header and (_is_year(cell.text) or _YEAR_WITH_UNIT_RE.match(cell.text)):
        return None
    v = parse_figure_cell(cell.text)  # "12 010*", "98 450**", "12 адам"
    if v is None:
        tail = _figure_and_tail(cell.text)
        if tail is not None:
            return parse_number(tail[0])
        remark = _REMARK_BELOW_RE.match(cell.text)
        if remark is not None:  # "614" / "(план – 600)": the figure, a remark in brackets under it
            return parse_figure_cell(remark.group(1))
        share = _PERCENT_BESIDE_RE.match(cell.text)
        if share is not None:  # "11 860 (92,7 %)": the figure, its percent of the plan or of the whole beside it
            return parse_figure_cell(share.group(1))
    return v


#: a cell that shows a percent alone: "41,2%", "26,7 %" (a spreadsheet's percent format)
_PERCENT_SHOWN_RE = re.compile(r"^\s*(\d{1,3}(?:[.,]\d+)?)\s*%\s*$")


#: a cell's figure with its percent (of the plan, of the whole, of last year) in brackets beside it: "11 860 (92,7 %)",
#: "4 120 (41,8%)", "86 420\n(73,2 %)"
_PERCENT_BESIDE_RE = re.compile(r"^\s*(\d[\d\s\u00a0\u2009\u202f]*(?:[.,]\d+)?)\s*\(\s*[-+−–]?\s*\d+(?:[.,]\d+)?\s*%\s*\)\s*$")
#: a cell's figure with a remark in brackets in a paragraph of its own under it
_REMARK_BELOW_RE = re.compile(r"^\s*([^\n]*\d[^\n]*?)\s*\n\s*\([^()]*\)\s*$")


#: a figure followed by the words of a unit in its cell: "12 010 чел.", "255,9 тыс. экз.", "92 100 тыс. тенге"
_FIGURE_TAIL_RE = re.compile(r"^\s*([-+−–]?\d[\d\s\u00a0\u202f.,]*?)\s+([^\W\d_].{0,24}?)\s*$")
#: the units a figure's cell may write after it (not "10 библиотек", "5 филиалов": labels of their own)
_CELL_UNITS = {"people", "copies", "documents", "thousand_kzt", "kzt", "million_kzt", "thousand_rub", "rub",
               "thousand_byn", "byn", "thousand_kgs", "kgs", "thousand_uzs", "uzs", "percent", "units", "staff_units", "visits", "events",
               "records", "positions"}


def _figure_and_tail(text: str) -> tuple[str, str | None, str | None] | None:
    """A cell of a figure and the unit written after it: (the figure's
    text, the unit its words name, their scale: "thousand" for "тыс.
    экз."), or None when the words are no unit."""
    m = _FIGURE_TAIL_RE.match(text)
    if m is None or parse_number(m.group(1)) is None:
        return None
    tail = m.group(2)
    fv = get_vocab()
    hits = tokenize(tail, fv).hits
    units = [hh for hh in hits if hh.kind == "U"]
    scale = _scale_of(tail, hits, fv)
    if scale is not None:
        units = [hh for hh in units if hh.id != scale[1]]
    covered = sum(hh.end - hh.start for hh in units)
    if not units and scale is None:
        return None
    if any(hh.id not in _CELL_UNITS for hh in units) or covered + (4 if scale else 0) < 0.6 * len(tail.strip(". ")):
        return None  # words that are no unit ("10 библиотек", "2 этап")
    return m.group(1), (units[-1].id if units else None), (scale[0] if scale else None)


def _cover(t: Table) -> list[list[Cell | None]]:
    n_rows, n_cols = t.n_rows, t.n_cols  # properties that scan every cell: once
    g: list[list[Cell | None]] = [[None] * n_cols for _ in range(n_rows)]
    for c in t.cells:
        for r in range(c.row, min(c.row + c.row_span, n_rows)):
            for k in range(c.col, min(c.col + c.col_span, n_cols)):
                g[r][k] = c
    return g


#: a caption numbering its table: "Таблица 1. …", "Таблица 2 – …", "Табл. 3", "Кесте 1", "2-кесте"
NUMBERED_CAPTION_RE = re.compile(r"(?i)^\s*(?:(?:таблица|табл\.|кесте)\s*№?\s*\d{1,2}(?!\d)|\d{1,2}\s*[-‑–]?\s*кесте)")


#: a head cell naming how the staff is grouped (education, length of service, age): "Образование | Всего |
#: в т.ч. библиотечное", "Білімі | Барлығы", "Стаж работы | до 3 лет", "Еңбек өтілі", "Возраст | до 30 лет"
_STAFF_GROUPING_HEAD_RE = re.compile(
    r"(?i)^\s*(?:образовани[еяю]|уровень\s+образования|білім[іи]?|білім\s+деңгейі|стаж(?:\s+работы)?|"
    r"(?:еңбек|жұмыс)\s+өтілі|өтілі|возраст|жас(?:ы|тары)?)\s*:?\s*$")


def _own_head_after_table(doc: Document, t: Table) -> bool:
    """A table right after another one, no block between them, whose head row
    names a grouping of its own (the staff by education, length of service or
    age): the caption over the two is the first table's, its topic no topic of
    this one."""
    if t.index <= 0 or t.index > len(doc.tables) or doc.tables[t.index - 1].position != t.position:
        return False
    return any(c.row == 0 and _STAFF_GROUPING_HEAD_RE.match(c.text) for c in t.cells)


#: the people who took part in events, named in a caption or a head: "Участники мероприятий", "участников",
#: "Іс-шараларға қатысушылар", "қатысушылардың"
_PARTICIPANTS_WORD_RE = re.compile(r"(?i)(?<![^\W\d_])(?:участник|қатысушы)")


#: a head that names no figure, only a count: "Кол-во", "Количество", "Саны", "Число"
_COUNT_HEAD_RE = re.compile(r"(?i)\s*(?:кол-во|количество|число|саны)\.?\s*")


def _context_blocks(doc: Document, t: Table) -> list[str]:
    """Caption texts: the table's title, the two blocks before it and the
    nearest heading before them.  Right under a numbered caption of its own
    ("Таблица 1. …"), the block before the caption is the text's, not the
    table's: "… приведены в таблицах 1 и 2" speaks of both tables.  So is
    a paragraph before a heading right over the table ("… 1 146 массовых
    мероприятий посетили …" / "Показатели муниципального задания" / the
    table): it closes the section before, whose topics are not the table's."""
    out = [t.title] if t.title else []
    pos = t.position
    numbered = 0 <= pos < len(doc.blocks) and bool(NUMBERED_CAPTION_RE.match(doc.blocks[pos].text))
    headed = 1 <= pos < len(doc.blocks) and doc.blocks[pos].kind == "heading" and doc.blocks[pos - 1].kind != "heading"
    own_head = _own_head_after_table(doc, t)
    # (the block before the caption is no context of this table when another table stands between them: "Раздел
    # 4. Мероприятия" / its table / "Раздел 5. Персонал" / this table)
    after_other = any(u.index < t.index and pos - 1 <= u.position < pos for u in doc.tables)
    # (nor under the title of a numbered section of a form, "Раздел 5. Персонал (чел.)", read as a paragraph: the
    # block before it and the heading further up are another section's)
    sectioned = 0 <= pos < len(doc.blocks) and bool(_SECTION_TITLE_RE.match(doc.blocks[pos].text))
    for i in (() if own_head else (pos,) if numbered or headed or after_other or sectioned else (pos, pos - 1)):
        if 0 <= i < len(doc.blocks):
            out.append(doc.blocks[i].text)
    if sectioned:
        return [o for o in out if o]
    for i in range(min(pos, len(doc.blocks) - 1), -1, -1):
        if doc.blocks[i].kind == "heading":
            out.append(doc.blocks[i].text)
            break
    return [o for o in out if o]


#: the title of a numbered section of a form: "Раздел 5. Персонал", "Бөлім 2. Кітап қоры", "Глава 3"
_SECTION_TITLE_RE = re.compile(r"(?i)^\s*(?:раздел|бөлім|глава|часть)\s+(?:\d{1,2}|[IVXІ]{1,4})\b")


def _topic_met(fv: FactVocab, metric_id: str, topics: set[str], hits: list[Hit]) -> bool:
    """Whether a metric that needs a topic has it: named around the table or in the row itself."""
    m = fv.metrics.get(metric_id)
    return m is not None and (not m.topic or metric_id in topics
                              or any(hh.kind == "T" and hh.id == metric_id for hh in hits))


def _own_indicator(row_hits: list[Hit], col_info: dict[int, dict], fv: FactVocab, topics: set[str]) -> bool:
    """Whether a row naming a kind ("кітаптар", "книг") names an indicator of its own ("Қорға түскен
    кітаптар", "Поступило книг") in a table whose columns name none (plan, done, years): the row is that
    indicator of the kind, not a part of a column's indicator."""
    return not any(i["metric"] is not None for i in col_info.values()) and any(
        hh.kind == "M" and hh.id in fv.metrics and _topic_met(fv, hh.id, topics, row_hits) for hh in row_hits)


def _copies_of_the_fund(metric_id: str, unit: str | None) -> bool:
    """Whether a figure counted in copies or documents names the fund by its unit: they come into and
    go out of the library's fund only ("Поступление документов, экз." in a monitoring table that names
    no fund), where a figure of no such unit ("Поступило запросов") may count anything received."""
    return unit in ("copies", "documents") and metric_id.startswith("fund.")


def _pick(hits: list[Hit], fv: FactVocab, unit: str | None, topics: set[str],
          topic_order: list[str] | None = None) -> Metric | None:
    """The metric of the most specific cue among ``hits`` that fits the unit
    and whose topic (if it needs one) is present."""
    best: tuple[tuple, Metric] | None = None
    for order, h in enumerate(hits):
        if h.kind != "M":
            continue
        m = fv.metrics.get(h.id)
        if m is None:
            continue
        if unit and unit not in m.units:
            continue
        if m.topic and m.id not in topics and not (
                unit and fv.money(unit) and fv.money(m.unit) and any(c.kind == "C" and c.id != "librarians" for c in hits)) \
                and not _copies_of_the_fund(m.id, unit):
            # money spent on a kind of documents ("Мерзімді басылымдарға жазылу | теңге") names its topic
            continue
        score = (h.t1 - h.t0, h.end - h.start, order)
        if best is None or score > best[0]:
            best = (score, m)
    if best is None:
        # weak cues ("Бөлінген сома", "сумма"): the metric whose topic is nearest
        weak = [fv.metrics[h.id] for h in hits if h.kind == "W" and h.id in fv.metrics
                and (not unit or unit in fv.metrics[h.id].units) and h.id in topics]
        if weak and topic_order:
            return min(weak, key=lambda m: topic_order.index(m.id) if m.id in topic_order else len(topic_order))
        return None
    # another metric tied on the same cue: undecidable without a unit
    ties = {h.id for h in hits if h.kind == "M" and (h.t1 - h.t0, h.end - h.start) == best[0][:2]
            and h.id in fv.metrics and (not unit or unit in fv.metrics[h.id].units)
            and (not fv.metrics[h.id].topic or h.id in topics)}
    if len(ties) > 1 and not unit:
        return None
    return best[1]


def _period_column(cells: list[Cell], header: str, fv: FactVocab, default_year: int | None) -> bool:
    """A column of row labels that are periods: every cell a period, the
    header no metric; bare years ("2017") only when there are two or more
    (one number in the range of years may be a value)."""
    texts = [c.text for c in cells if c.text.strip()]
    if not texts or any(hh.kind == "M" for hh in tokenize(header, fv).hits):
        return False
    if not all(_row_period(x, default_year) for x in texts):
        return False
    return len(texts) >= 2 or _value(cells[0]) is None


def _fill_spans(grid: list[list[Cell | None]], h: int, label_cols: list[int]) -> None:
    """A merged header written as separate cells (a text export, a PDF):
    an empty cell of an upper header row right of a filled one of a value
    column ("2018 г. | | " over "план | факт | участники") is part of it."""
    for r in range(h - 1):
        row = grid[r]
        for k in range(1, len(row)):
            c = row[k]
            if k in label_cols or (c is not None and c.text.strip()):
                continue
            left = row[k - 1]
            if left is not None and left.text.strip() and k - 1 not in label_cols:
                row[k] = left


#: "включая": what a caption names after it is a part included in its subject
_INCLUDING_RE = re.compile(r"(?i)(?<![^\W\d_])включая(?![^\W\d_])")


#: the label of a row whose year is a date in the library's history, not a period: "Ашылған жылы | 1958" in a
#: library's passport, "Год открытия", "Год основания", "Құрылған жылы", "Ғимарат салынған жылы"
_FOUNDING_YEAR_RE = re.compile(r"(?i)^\s*(?:[^\W\d_]+\s+)?(?:ашылған|құрылған|салынған|негізі\s+қаланған)\s+(?:жылы|күні)"
                               r"|^\s*(?:год|дата)\s+(?:открытия|основания|создания|постройки|ввода)")
#: the fields of a library's passport that a name or an address fills, never a header's words: "Толық атауы |
#: … кітапхана-филиалы", "Мекенжайы | … к-сі, 12", "Полное наименование", "Адрес"
_PASSPORT_FIELD_RE = re.compile(r"(?i)^\s*(?:толық\s+атауы|мекен-?\s?жайы|заңды\s+мекен-?\s?жайы|полное\s+наименование"
                                r"|(?:юридический\s+|почтовый\s+)?адрес)\s*:?\s*$")


def _founding_year_row(row: list[Cell | None], r: int) -> bool:
    """The row is one of a passport's fields, never a header naming a period or a column: its label names the
    year the library was opened or founded and its figure is that year, or it names the library's full name or
    address and the next cell fills it."""
    cells = [c for c in row if c is not None and c.row == r and c.text.strip()]
    if len(cells) < 2:
        return False
    return _FOUNDING_YEAR_RE.match(cells[0].text) is not None and _is_year(cells[-1].text) \
        or _PASSPORT_FIELD_RE.match(cells[0].text) is not None


#: the head of a column of remarks after the figures: the reasons of a deviation from the plan in a budget
#: programme's report ("Ауытқу себептері", "Причины отклонения"), notes ("Ескерту", "Примечание")
_REMARK_HEADER_RE = re.compile(r"(?i)(?<![^\W\d_])(?:себеб|себеп|причин|ескерту|примечани|түсіндірме|пояснени)")


def _header_rows(grid: list[list[Cell | None]]) -> int:
    """The number of leading rows without a value, and the row of column
    numbers under them ("1 | 2 | 3 | … | 7"), as the forms of state and
    municipal tasks and statistical forms number their columns."""
    h = 0
    while h < len(grid) and not any(_value(c, header=True) is not None
                                    for c in grid[h] if c is not None and c.row == h) \
            and not (h > 0 and _percents_shown(grid[h], h)) and not _founding_year_row(grid[h], h):
        h += 1
    if h < len(grid) - 1 and column_numbers(grid[h], h):
        h += 1
    return h


def _percents_shown(row: list[Cell | None], r: int) -> bool:
    """Whether a row below the first shows percents in its figure cells ("Халықты қамту | 41,2% | 41,8%", as a
    spreadsheet's percent format shows them): a row of figures, not of the header, though no count is in it."""
    return any(c is not None and c.row == r and c.col > 0 and _PERCENT_SHOWN_RE.match(c.text) for c in row)


#: "Год основания", "Год открытия", "Құрылған жылы", "Ашылған жылы": the year a library was founded, in the first
#: row of its passport
#: the letters a statistical form heads its label columns with before it numbers the others ("А | Б | 1 | 2")
_FORM_COLUMN_LETTERS = "АБВГД"


def column_numbers(row: list[Cell | None], r: int) -> bool:
    """Whether a row numbers the table's columns: three or more cells, each
    written 1, 2, 3, … in turn, none left empty; the columns of labels and
    row codes before them may be lettered А, Б, … in turn, as statistical
    forms (6-НК) letter them ("А | Б | 1 | 2 | 3")."""
    cells = [c for c in row if c is not None and c.row == r]
    texts = [c.text.strip().rstrip(".") for c in cells]
    n = 0
    while n < len(texts) and n < len(_FORM_COLUMN_LETTERS) and texts[n].upper() in (_FORM_COLUMN_LETTERS[n], "ABCDE"[n]):
        n += 1
    return len(cells) >= 3 and len(cells) == len(row) and len(cells) > n \
        and texts[n:] == [str(i) for i in range(1, len(cells) - n + 1)]


def _continued(doc: Document, t: Table) -> Table | None:
    """A table that goes on from the previous page without headers of its
    own, as the previous table with this one's rows below its headers: the
    same number of columns, the previous table on the page before, at most
    a page footer or header (two short blocks) between them, and no header
    row here while the previous table has some (but for the row numbering
    the columns, which Word repeats alone, when the previous table's
    headers end with it)."""
    if t.index <= 0 or doc.tables[t.index - 1].kind != "table":
        return None
    prev = doc.tables[t.index - 1]
    if prev.n_cols != t.n_cols or not prev.cells:
        return None
    p0, p1 = prev.provenance.page, t.provenance.page
    between = doc.blocks[max(prev.position + 1, 0):max(t.position + 1, 0)]
    if p0 is not None and p1 is not None:
        if p1 != p0 + 1 or len(between) > 2 or any(len(b.text) > 200 for b in between):
            return None
    elif between:
        return None
    grid = _cover(t)
    own = _header_rows(grid)
    ph = _header_rows(_cover(prev))
    if ph == 0 or ph >= prev.n_rows:
        return None
    if own == 1 and column_numbers(grid[0], 0):
        # "Продолжение таблицы 1" over the row "1 | 2 | 3 | 4" alone: Word repeats only the row numbering the
        # columns on the next page; it stands for the headings of the part before when that part ends its
        # headers with the same row
        if not column_numbers(_cover(prev)[ph - 1], ph - 1):
            return None
    elif own > 0:
        return None
    cells = [c for c in prev.cells if c.row < ph]
    cells += [Cell(c.row + ph - own, c.col, c.text, c.row_span, c.col_span, c.provenance, c.original)
              for c in t.cells if c.row >= own]
    return Table(cells, t.provenance, t.kind, prev.title, prev.position, t.index)


def _unstacked(t: Table, fv: FactVocab) -> tuple[Table, dict[int, int]] | None:
    """A table whose rows stack two figures or more in each cell, one a
    line, beside a label of as many lines ("Число пользователей (всего),
    / в т.ч. удалённых" | "9 214 / 1 105"), with a row for each line, and
    the row of the table each new row was read from; None when no row
    stacks its figures.  A label of one line that names a part ("…
    (всего), в т.ч. удалённых") is cut before the part's words."""
    if any(c.row_span > 1 for c in t.cells):
        return None  # rows spanning others are read as they are
    by_row: dict[int, list[Cell]] = {}
    for c in t.cells:
        by_row.setdefault(c.row, []).append(c)
    cells: list[Cell] = []
    origin: dict[int, int] = {}
    stacked = False
    for r in sorted(by_row):
        row = sorted(by_row[r], key=lambda c: c.col)
        lines = _stacked_lines(row, fv) or _listed_lines(row) or _stacked_lines(_slashed_row(row), fv)
        base = len(origin)
        if lines is None:
            origin[base] = r
            cells += [Cell(base, c.col, c.text, c.row_span, c.col_span, c.provenance, c.original) for c in row]
            continue
        stacked = True
        for i in range(len(next(iter(lines.values())))):
            origin[base + i] = r
            cells += [Cell(base + i, c.col, lines[c.col][i], 1, 1, c.provenance) for c in row if c.col in lines]
    if not stacked:
        return None
    return Table(cells, t.provenance, t.kind, t.title, t.position, t.index), origin


def _years_listed(t: Table) -> tuple[Table, dict[int, int]] | None:
    """A table of two columns whose every row gives an indicator and, in
    one cell, its figures each after its year ("Оқырмандар саны:" |
    "2023 ж. – 11 240, 2024 ж. – 11 865"), as lists of indicators set out
    with TABs are, read as a table with a column for each year under a
    header row of the years, and the row of the table each row was read
    from; None for any other table.  Every row with figures names the
    same years; a row with no figure (a section's name) is kept."""
    if t.n_cols != 2 or any(c.row_span > 1 or c.col_span > 1 for c in t.cells):
        return None
    by_row: dict[int, dict[int, Cell]] = {}
    for c in t.cells:
        by_row.setdefault(c.row, {})[c.col] = c
    years: list[int] | None = None
    listed: dict[int, list[tuple[int, str]]] = {}
    for r, row in by_row.items():
        label, cell = row.get(0), row.get(1)
        if cell is None or not cell.text.strip():
            continue
        pairs = year_figure_list(cell.text)
        if pairs is None or label is None or parse_number(label.text) is not None:
            return None
        if years is None:
            years = [y for y, _ in pairs]
        elif [y for y, _ in pairs] != years:
            return None
        listed[r] = pairs
    if years is None or len(listed) < 2:
        return None
    prov = t.cells[0].provenance
    cells = [Cell(0, 0, "", provenance=prov)] + [Cell(0, 1 + i, f"{y} ж.", provenance=prov) for i, y in enumerate(years)]
    origin = {0: min(by_row)}
    for k, r in enumerate(sorted(by_row), start=1):
        origin[k] = r
        label = by_row[r].get(0)
        cells.append(Cell(k, 0, label.text if label else "", provenance=label.provenance if label else prov))
        for i, (_, figure) in enumerate(listed.get(r, [])):
            cells.append(Cell(k, 1 + i, figure, provenance=by_row[r][1].provenance, original=by_row[r][1].text))
    return Table(cells, t.provenance, t.kind, t.title, t.position, t.index), origin


def _stacked_lines(row: list[Cell], fv: FactVocab) -> dict[int, list[str]] | None:
    """The lines of each cell of a row that stacks k ≥ 2 figures a cell
    under a label of k lines, by column; None for any other row."""
    texts = [(c.col, [x.strip() for x in c.text.split("\n") if x.strip()]) for c in row if c.text.strip()]
    if len(texts) < 2 or any(c.col_span > 1 for c in row):
        return None
    (label_col, label), values = texts[0], texts[1:]
    k = len(values[0][1])
    if k < 2 or any(len(v) != k or not all(_value(Cell(0, 0, x)) is not None or x in _DASHES for x in v)
                    for _, v in values):
        return None
    if len(label) == 1 and k == 2:
        # the vocabulary's "of which" words ("в т.ч.", "из них", "оның ішінде") begin the part
        part = next(iter(find_in_matching_form(fv.partitive_re, label[0])), None)
        if part is None or part[0] == 0:
            return None
        label = [label[0][:part[0]].rstrip(" ,;"), label[0][part[0]:]]
    if len(label) != k or any(_value(Cell(0, 0, x)) is not None for x in label):
        return None
    return {label_col: label, **dict(values)}


#: two figures in one cell parted by a slash: "5 420 / 2 110"
_SLASHED_FIGURES_RE = re.compile(r"^\s*(\d[\d\s\u00a0]*(?:[.,]\d+)?)\s*/\s*(\d[\d\s\u00a0]*(?:[.,]\d+)?)\s*$")


def _slashed_row(row: list[Cell]) -> list[Cell]:
    """The row with each cell of two figures parted by a slash ("Читатели,
    в т.ч. дети" | "5 420 / 2 110") written one a line, as a cell stacking
    them is: the whole's figure, then its part's."""
    out = []
    for c in row:
        m = _SLASHED_FIGURES_RE.match(c.text)
        out.append(c if m is None else Cell(c.row, c.col, m.group(1).strip() + "\n" + m.group(2).strip(), c.row_span,
                                            c.col_span, c.provenance, c.original))
    return out


_DASHES = {"-", "–", "—", "−"}
#: a line of a list of figures in one cell: "Поступило – 4 870 экз.", "Выбыло: 3 615 экз."
_LISTED_LINE_RE = re.compile(r"(?P<name>[^\W\d_][^\n]*?)\s*(?:[–—-]|:)\s*(?P<figure>\d[\d\s\u00a0]*(?:[.,]\d+)?\s*[^\W\d_]{0,6}\.?)")


def _listed_lines(row: list[Cell]) -> dict[int, list[str]] | None:
    """A row of two cells, a section's name and a cell that lists k ≥ 2
    figures one a line, each after its name and a dash ("Книжный фонд" |
    "Поступило – 4 870 экз." / "Выбыло – 3 615 экз."), as Word forms of
    "Раздел | Сведения" are filled in: the names and the figures by column."""
    texts = [c for c in row if c.text.strip()]
    if len(texts) != 2 or any(c.col_span > 1 for c in row) or "\n" in texts[0].text.strip():
        return None
    listed = [_LISTED_LINE_RE.fullmatch(x.strip()) for x in texts[1].text.split("\n") if x.strip()]
    if len(listed) < 2 or not all(listed):
        return None
    col = texts[1].col
    return {col - 1 if col > texts[0].col + 1 else texts[0].col: [m["name"] for m in listed],
            col: [m["figure"] for m in listed]}


_BRACKETS_RE = re.compile(r"\([^()]*\)")


#: a part and the whole a "total" column beside it counts
_WHOLE_OF = {"staff.higher_education": "staff.headcount", "staff.library_education": "staff.headcount",
             "staff.civil_servants": "staff.headcount", "staff.technical": "staff.headcount"}
_DOCUMENT_KINDS = DOCUMENT_KINDS


#: the wages as an item of a budget: "Еңбекақы төлеу", "Жалақы", "Оплата труда", "Заработная плата", "Фонд оплаты
#: труда", "Еңбекақы қоры"
_WAGES_RE = re.compile(r"(?i)(?<![^\W\d_])(?:еңбекақы|жалақы|оплат\w*\s+труда|заработн\w*\s+плат\w*)")


#: a row of the whole library system by its abbreviation or "the system": "ОКЖ бойынша", "Жүйе бойынша", "По ЦБС",
#: "В целом по ЦБС", "По системе", "ЦБС в целом", the abbreviation alone ("ЦБС", "РЦБС" beside "Всего работников |
#: Высшее образование")
_SYSTEM_AS_A_WHOLE_RE = re.compile(r"\s*(?:(?:[^\W\d_]{0,2}(?:ОКЖ|ЦБС|ЦРБС|ЦКС)(?:-[^\W\d_]{1,4})?|(?i:жүйе))\s+(?i:бойынша)"
                                   r"|(?:(?i:в\s+целом)\s+)?(?i:по)\s+(?:[^\W\d_]{0,2}(?:ЦБС|ЦРБС|ЦКС)|(?i:системе))"
                                   r"|[^\W\d_]{0,2}(?:ОКЖ|ЦБС|ЦРБС)(?:\s+(?i:в\s+целом))?)\s*[.:]?\s*$")


def _money_of_another_kind(grid, data_rows, label_cols, r: int, fv: FactVocab, default_year) -> bool:
    """Whether a row of the table other than ``r`` names money for a kind of
    documents other than books ("Мерзімді басылымдарға жазылу", "Подписка на
    периодические издания" beside "Кітап сатып алуға")."""
    for o in data_rows:
        if o == r:
            continue
        label = " ".join(c.text for k in label_cols if (c := grid[o][k]) is not None).strip()
        hits = _cell_hits(label, fv, default_year, ("years",)) if label else []
        if _category(hits) in _DOCUMENT_KINDS - {"books"} and any(
                hh.kind == "M" and hh.id in fv.metrics and fv.money(fv.metrics[hh.id].unit) for hh in hits):
            return True
    return False


def table_facts(doc: Document, t: Table, fv: FactVocab, doc_period: Period | None,
                config: Any = None) -> list[Record]:
    """Facts of a table (and of a chart), the ``checks`` its ± and % columns
    state, and the labels no vocabulary names (``unmatched_terms``)."""
    if not t.cells:
        return []
    if t.kind == "chart":
        dumped = _chart_dump_facts(doc, t, fv, doc_period)
        if dumped is not None:
            return dumped
    elif t.kind != "table":
        return []
    view, shift = t, 0
    joined = _continued(doc, t)
    if joined is not None:
        view, shift = joined, joined.n_rows - t.n_rows
    # the row of ``t`` each row of the view was read from
    row_of = {r: r - shift for r in range(view.n_rows)}
    unstacked = _years_listed(view) or _unstacked(view, fv)
    if unstacked is not None:
        view, origin = unstacked
        row_of = {r: o - shift for r, o in origin.items()}
    if view.n_rows < 2:
        return []
    grid = _cover(view)
    n_rows, n_cols = view.n_rows, view.n_cols
    h = _header_rows(grid)  # header rows: leading rows with no value
    if h >= n_rows:
        return []
    data_rows = range(h, n_rows)
    default_year = doc_period.year if doc_period else None

    # the row numbering the columns ("1 | 2 | 3 …") under the header words: no word of any column's head
    numbers_row = h - 1 if h and column_numbers(grid[h - 1], h - 1) else None
    # the table's title in its first row, one cell across all columns over the header ("Есіл ОКЖ-нің 2024 жылғы
    # негізгі көрсеткіштері" over "Көрсеткіштер | 2023 ж. | 2024 ж.", as sheets and many Word tables carry it):
    # a caption of the table, no word of any column's head ("кітапхана жүйесі" there is no count of libraries).
    # Only a row naming the library and a whole year at most: one naming an indicator, a unit, a topic or a part
    # of the year ("Фонд, экз.", "Массовая работа", "I полугодие") heads the columns; and only over a header row
    # that heads every column, the labels' too ("Пользователи" over " | 2023 | 2024" heads its years)
    title = grid[0][0] if h >= 2 and n_cols >= 2 and grid[0][0] is not None and grid[0][0].text.strip() \
        and all(c is grid[0][0] for c in grid[0]) and grid[0][0].row_span == 1 \
        and all(c is not None and c.row == 1 and c.text.strip() for c in grid[1]) \
        and all(hh.kind == "U" and hh.id in ("libraries", "branches") for hh in _header_hits(grid[0][0].text, fv, default_year)) \
        and all(len(p.period.code) == 4 for p in periods_in(grid[0][0].text, default_year)) else None
    captions = _captions(doc, view) + ([" ".join(title.text.split())] if title is not None else [])

    def header_cells(k: int, numbers: bool = True) -> list[Cell]:
        out: list[Cell] = []
        for r in range(h):
            if (r == numbers_row and not numbers) or (title is not None and r == 0):
                continue
            c = grid[r][k]
            if c is not None and c.text.strip() and all(c is not o for o in out):
                out.append(c)
        return out

    label_cols = []
    numbering: set[int] = set()  # columns of row numbers ("№ п/п": "1.", "1.1", "2.")
    row_codes = False  # a column of the codes of a statistical form's rows ("№ строки": 01, 02 …)
    for k in range(n_cols):
        heads = header_cells(k, numbers=False)
        hdr = " ".join(c.text for c in heads).strip().lower()
        if len(heads) > 1 and heads[-1].col_span == 1 and heads[-1].text.strip().lower() in _NUMBER_HEADERS:
            # "Көрсеткіштер" over "№ | Атауы": the number column under a head spanning the labels
            hdr = heads[-1].text.strip().lower()
        own = [grid[r][k] for r in data_rows if grid[r][k] and grid[r][k].row == r and grid[r][k].col == k]
        signed = bool(_DIFF_RE.search(hdr) or _PCT_RE.search(hdr))  # a ± column: "+132", "-1"
        if not label_cols and hdr not in _NUMBER_HEADERS and _numbering(own, hdr):
            # "Хо п/п" (a "№" OCR misread) over "1.", "1.1", "2.": the rows' numbers, not figures
            numbering.add(k)
            label_cols.append(k)
            continue
        if k == 0 and n_cols > 2 and _counted_rows(own, [grid[r][1] for r in data_rows if grid[r][1] and grid[r][1].row == r]):
            # "4 | Книговыдача | 172 450" under a lone "1 | 2 | 3" or no head: the rows' numbers, no figures
            numbering.add(k)
            label_cols.append(k)
            continue
        if (label_cols or k == 0) and _row_codes(own, hdr):
            # "Число пользователей | 01 | 11 240", "01 | Пользователи, чел. | 18 746": the code of the row of a
            # form, beside its label or before it, no figure
            numbering.add(k)
            label_cols.append(k)
            row_codes = True
            continue
        if label_cols and len(label_cols) < k and _REMARK_HEADER_RE.search(hdr):
            continue  # "Ауытқу себептері", "Примечание" after the figures: remarks, no words of the rows' labels
        if hdr in _NUMBER_HEADERS or not any(_value(c) is not None or (signed and _signed(c.text) is not None)
                                             for c in own) \
                or (k == min(set(range(n_cols)) - set(label_cols), default=k) and _period_column(own, hdr, fv, default_year)):
            label_cols.append(k)  # no values, "№", or periods (bare years too) in the first column
    _fill_spans(grid, h, label_cols)

    context = _context_blocks(doc, view)
    ctx_tokens = [tokenize(x, fv) for x in context]
    caption_period = None
    caption_year_at = None  # the caption and the span its period was read from
    for x in captions:
        # (not a period in brackets, the one compared with: "проведено 131 мероприятие (за I полугодие 2022
        # года – 109)")
        brackets = [(m.start(), m.end()) for m in _BRACKETS_RE.finditer(x)]
        ps = [p for p in periods_in(x, default_year) if p.explicit_year
              and not any(a <= p.start < z for a, z in brackets)]
        if ps:
            caption_period = ps[0].period
            caption_year_at = (x, ps[0].start, ps[0].end)
            default_year = caption_period.year
            break
    if caption_period is None and doc_period is not None:
        # one table a quarter: "Таблица 2. Мероприятия за I квартал" in a nine months' report is that
        # quarter's, its year the report's
        part = events_caption_period(doc, view, doc_period.code)
        caption_period = period_from_code(part) if part else None

    all_header_hits: list[Hit] = []
    col_info: dict[int, dict] = {}
    for k in range(n_cols):
        if k in label_cols:
            continue
        cells = header_cells(k)
        hits = [hh for text in _stacked(cells) for hh in _header_hits(text, fv, default_year)]
        text = " / ".join(c.text for c in cells)
        group = library_group(text) or _rural_area(text) or _mobile_library_column(text) or stationary_part(text)
        if group:  # "в т.ч. сельские библиотеки": the share of those libraries, no count of libraries
            hits = [hh for hh in hits if not (hh.id.startswith("libraries") or hh.id == "libraries")]
        all_header_hits.extend(hits)
        periods = [p for c in cells for p in _outside_dates(c.text, default_year)]
        dates = [d for c in cells for d in dates_in(c.text, default_year)]
        units = [hh.id for hh in hits if hh.kind == "U" and not _inside_wording(hh, hits)]
        col_scale = _scale_of(text, hits, fv)
        if col_scale:
            units = [u for u in units if u != col_scale[1]]
        years = [p for c in cells if (p := _bare_year(c.text)) is not None]
        col_info[k] = {
            "cells": cells, "hits": hits, "text": text,
            "relation": (relation := _relation(text, hits)),
            "period": None if uncoded_month_spans(text) else (
                _header_period(periods, years) or (None if relation else _previous(text, doc_period))
                or _to_date(text, doc_period) or (years[-1] if years else None)
                or (None if dates else _lone_year(text))),
            "date": dates[-1].iso if dates else None,
            "unit": units[-1] if units else None,
            "scale": col_scale[0] if col_scale else None,
            "language": next((hh.id for hh in reversed(hits) if hh.kind == "L"), None),
            "category": group or _category(hits) or _fuzzy_category(cells, fv),
            "partitive": any(find_in_matching_form(fv.partitive_re, c.text) for c in cells),
            "plan": any(hh.kind == "P" for hh in hits) and not any(hh.kind == "M" for hh in hits),
        }
    _library_columns(col_info, fv)
    approved_columns(col_info)  # "Утверждено | Исполнено": the approved estimate is the plan
    for info in col_info.values():
        # a column of a group of readers ("в т.ч. детям до 14 лет", "молодёжи 15-30 лет") beside the whole: a
        # part of the figure each row names
        own = next((hh.id for hh in info["hits"] if hh.kind == "M" and hh.id in _READER_GROUPS), None)
        words = re.findall(r"[^\W\d_]{3,}", info["text"])
        named = reader_group(words) \
            if info["partitive"] and not any(hh.kind in ("M", "C") for hh in info["hits"]) else None
        if info["partitive"] and info["category"] == "children" and (own or reader_group(words)) == "users.children" \
                and not _LITERATURE_RE.search(info["text"]):
            # "из них для детей до 14 лет" beside the whole: the children as readers, not the children's
            # literature the words "для детей" name in a list of kinds (events for children keep that category)
            named, info["category"] = "users.children", None
        info["group"] = own or named
    if any(info["group"] for info in col_info.values()) and any(is_total(info["text"], fv) for info in col_info.values()):
        # "Барлығы | 14 жасқа дейінгі балалар | 15–17 жас | Басшылар": beside the whole and a group of readers, a
        # column that names nothing else is another group of them, no whole: its figures are kept by their label
        for info in col_info.values():
            if not (info["group"] or is_total(info["text"], fv) or info["period"] or info["date"] or info["relation"]
                    or info["category"] or info["language"] or info["plan"] or header_role(info["text"])
                    or any(hh.kind in ("M", "C", "L", "P") for hh in info["hits"])):
                info["group"] = OTHER_READERS
    if doc_period is not None and len(doc_period.code) > 4 \
            and any(info["period"] is not None and len(info["period"].code) > 4 for info in col_info.values()):
        # "IV кв. 2022 | IV кв. 2021 | 2022 год (с начала года)" in a report on a quarter: beside columns that
        # name parts of years, a column naming a year alone is that year (or the year to date it says), not the
        # report's part of it
        for info in col_info.values():
            if info["period"] is not None and len(info["period"].code) == 4 and not info["plan"]:
                info["period"] = _to_date(info["text"], doc_period) or info["period"]
                info["whole_year"] = True
    # in a table whose columns name two periods or more, a column headed only by what it counts is the
    # period's to its left ("2023 ж. І ж/ж саны | қатысушылар | 2024 ж. І ж/ж саны | қатысушылар"; not "За год")
    if len({info["period"].code for info in col_info.values() if info["period"] is not None}) >= 2:
        last = None
        for k in sorted(col_info):
            info = col_info[k]
            if info["period"] is not None:
                last = info["period"]
            elif last is not None and not info["date"] and header_role(info["text"]) == "participants":
                info["period"] = last
    # the head of the label column names what the table is about ("Кітап қоры" over "Барлығы")
    group_head = None
    if h >= 2 and label_cols:
        # the header's last row may be a row naming the indicator of the rows below it ("Показатели | 2021 |
        # 2022" / "Пользователи: | | "): the leading rows without figures are read as the header; it names
        # no indicator of the whole table
        last = grid[h - 1][label_cols[0]]
        if last is not None and last.row == h - 1 and last.text.strip() and all(
                grid[h - 1][k] is None or not grid[h - 1][k].text.strip() or grid[h - 1][k] is last for k in col_info):
            group_head = last
    corner = [c for k in label_cols for c in header_cells(k) if c is not group_head]
    corner_hits = [hh for c in corner for hh in _header_hits(c.text, fv, default_year) if hh.kind == "T"]
    # (not a topic the caption names only as an included part: "Формирование, учет … фондов библиотеки, включая
    # оцифровку фондов", the name of a municipal task's work, is about the fund, not digitizing)
    ctx_topic_hits = [hh for x, tk in zip(context, ctx_tokens) for hh in tk.hits
                      if hh.kind == "T" and not _INCLUDING_RE.search(x, 0, hh.start)]
    topics = {hh.id for hh in all_header_hits + ctx_topic_hits + corner_hits if hh.kind == "T"}
    order = [hh.id for hh in all_header_hits + ctx_topic_hits + corner_hits if hh.kind == "T"]
    # ... and may name its indicator and the money it is counted in, as a caption would ("Қаржыландыру (мың
    # теңге)" over "Барлығы | Жалақы | Кітап сатып алу")
    corner_all = [hh for c in corner for hh in _header_hits(c.text, fv, default_year)]
    # a date written over the row labels ("Фонд ИРЦ на 01.01.2025 | Экз.", "Кадры на 01.01.2024 | Чел."): the stocks
    # the table counts are at that date, as under a caption that dates them (in columns that name no period of
    # their own: "Показатели на 01.01.2025 | 2023 | 2024" dates neither year)
    corner_dates = [d for c in corner for d in dates_in(c.text, default_year)]
    corner_date = corner_dates[-1].iso if len({d.iso for d in corner_dates}) == 1 else None
    corner_unit = next((hh.id for hh in corner_all if hh.kind == "U" and fv.money(hh.id)), None)
    # (a column of a group of readers names a part, never what the whole table counts)
    # (a paragraph before the table that states figures of its own is prose, no caption: its metric is its
    # figures', not the table's: "Ақылы қызметтерден 742,8 мың теңге түсті" over a table of the fund)
    caption_hits = [hh for x, tk in zip(context, ctx_tokens) if not _states_figures(x, default_year) for hh in tk.hits]
    # a caption of the state's order of books ("Мемлекеттік тапсырыс бойынша сатып алу", "Выполнение госзаказа"):
    # the books its rows say were bought, and their sum, are what the order bought
    # (or the last sentence of the paragraph before, with no figure, that a PDF's reading joined it to)
    state_ordered = "state_order.copies" in fv.metrics and any(
        _STATE_ORDER_CAPTION_RE.search(x) if not _states_figures(x, default_year)
        else bool((tail := _FIGURELESS_TAIL_RE.search(x)) and _STATE_ORDER_CAPTION_RE.search(tail.group(1)))
        for x in context)
    table_metric = _pick([hh for hh in all_header_hits if hh.id not in _READER_GROUPS], fv, None, topics, order) \
        or _pick(caption_hits, fv, None, topics, order) \
        or _pick([hh for hh in corner_all if hh.kind == "M"], fv, corner_unit, topics, order)
    # the one kind of documents a caption names over a table of a fund none of whose headers names a kind
    # ("Оқулық қорының тілдер бойынша құрамы, дана", "Фонд учебников по языкам"): every figure is of that kind
    caption_kinds = {hh.id for hh in caption_hits if hh.kind == "C"}
    caption_kind = next(iter(caption_kinds)) if len(caption_kinds) == 1 and not any(
        hh.kind == "C" for hh in all_header_hits) else None

    # the fund a row's label names ("Кітап қоры" beside "Жыл басында | Түсті | Шығарылды", no caption
    # naming the fund's movement) is the topic of the columns of its movement
    label_topics = {hh.id for r in data_rows for k in label_cols if (c := grid[r][k]) is not None and c.text.strip()
                    for hh in _cell_hits(c.text, fv, default_year) if hh.kind == "T" and hh.id.startswith("fund.")
                    } - topics
    kinds = sum(1 for r in data_rows if any(
        hh.kind == "C" and hh.id in _DOCUMENT_KINDS for k in label_cols if (c := grid[r][k]) is not None
        for hh in _cell_hits(c.text, fv, default_year)))
    if kinds >= 2:
        # rows of kinds of documents ("Кітаптар", "Мерзімді басылымдар") beside columns of a movement: the
        # documents are the fund's, named or not
        label_topics |= {m for m in fv.metrics if m.startswith("fund.")} - topics

    # the metrics parts name in their own headers ("в т.ч. с высшим"): another part beside them ("в т.ч. со
    # средним спец.") is none of those
    part_metrics = {m.id for info in col_info.values() if info["partitive"]
                    and (m := _pick(info["hits"], fv, info["unit"], topics, order)) is not None}
    # the metric of each column
    for k, info in col_info.items():
        if info["plan"] or info["relation"]:  # planned figures and ± / % columns are not facts
            info["own"], info["metric"] = False, None
            continue
        m = _pick(info["hits"], fv, info["unit"], topics, order)
        if m is None and label_topics:
            m = _pick(info["hits"], fv, info["unit"], topics | label_topics, order)
        info["own"] = m is not None
        if m is None and is_total(info["text"], fv) and info["unit"] in (None, "events") \
                and any(hh.kind == "U" and hh.id == "events" for hh in corner_all) and "events.actual" in fv.metrics:
            # "Мероприятия" over the row labels, "Всего | в т.ч. для детей | Участники" over the figures: the
            # total is the count of the events the head names, not of their participants
            m = fv.metrics["events.actual"]
        elif m is None and (info["partitive"] or info["category"] or info["language"] or is_total(info["text"], fv)) \
                and table_metric:
            if info["partitive"] and table_metric.id in part_metrics:
                pass  # "в т.ч. со средним спец." beside "в т.ч. с высшим": a part no cue names
            elif table_metric.id.startswith("events.") and info["partitive"] and not info["language"]:
                # "оның ішінде онлайн", "в т.ч. для детей" beside the count of events: a kind of the events
                # no metric names, neither their count nor their participants
                pass
            elif not info["unit"] or info["unit"] in table_metric.units:
                m = table_metric
                if is_total(info["text"], fv) and _WHOLE_OF.get(m.id) in fv.metrics:
                    # "Барлығы | Жоғары білімді | Арнаулы орта": the total beside the staff by education is the
                    # head count, not one more count of the educated
                    m = fv.metrics[_WHOLE_OF[m.id]]
        info["metric"] = m

    _opening_balance(col_info, fv)
    _dated_balance_columns(col_info, corner_all, fv, doc_period)
    _occupied_posts_column(col_info, fv)
    _event_columns(col_info, fv, topics)
    _group_columns_of_a_whole(col_info, fv)
    _unnamed_part_columns(col_info, fv)
    # the money a caption names its figures in ("Бюджеттің атқарылуы (мың теңге)" over "Шығыс баптары | Жоспар |
    # Факт"): the unit of every figure no header, label or cell names one for
    caption_money = next((hh.id for hh in caption_hits if hh.kind == "U" and fv.money(hh.id)), None)
    _money_columns(col_info, fv, corner_unit or caption_money)

    # rows of event types under columns of event figures belong to the event statistics
    event_columns = [i for i in col_info.values() if i["metric"] is not None]
    event_table = bool(event_columns) and all(i["metric"].id.startswith("events.") for i in event_columns)
    # a culture department's table by kind of institution ("Мекеме түрі | Мекемелер саны | Іс-шаралар саны" over
    # "Кітапханалар", "Мәдениет үйлері", "Музей"): no events by form; the libraries' row is theirs, the others'
    # rows are other institutions' figures
    kinds_rows = _institution_kinds(grid, data_rows, label_cols, corner)
    if kinds_rows:
        event_table = False
    if row_codes:
        # a section of a statistical form ("Раздел 4. Культурно-просветительные мероприятия" over "Число
        # мероприятий | 11", "Число посещений мероприятий | 12"): each coded row is an indicator of the form, no
        # form of work, whatever the section's caption names
        event_table = False

    # a table whose columns name periods and no figure ("Вид литературы | 2022 г. | 2023 г.") is of the
    # measure its corner cell, its caption or its heading names ("Книговыдача по видам литературы",
    # "Выдано документов" over the kinds of literature): its rows of kinds and its total are that measure's
    row_measure = None
    heading = next((b.text for b in reversed(doc.blocks[:max(view.position + 1, 0)]) if b.kind == "heading"), "")
    # a table of one group of libraries by its caption or heading ("Облыс кітапханаларының негізгі көрсеткіштері",
    # "Показатели по библиотекам области"): the group's figures, not the reporting library's own (not "городских
    # и сельских библиотек", two groups, nor a table whose rows name the libraries)
    # a paragraph of several sentences before the table is prose, no caption: "Көктерек ауылдық кітапханасы …
    # ауылдық кітапханалар желісінің бөлімшесі болып табылады. Ауылда 1 480 тұрғын тұрады." names the network the
    # reporting library belongs to, not a group the table is of
    # (nor a sentence naming the group among the system's other libraries: "обслуживание осуществляли центральная
    # библиотека, детская библиотека и сельские библиотеки" is the whole system's make-up)
    titles = [x for x in captions if not _SENTENCES_RE.search(_CAPTION_NUMBER_RE.sub("", x))
              and not group_among_libraries(x)] + [heading]
    table_group = next((g[0] for x in titles if (g := library_groups(x))), None) \
        if not any(len(library_groups(x)) > 1 for x in titles) else None
    if not event_columns and any(_CHILDREN_SERVED_RE.search(x) for x in titles):
        # a table of the same indicators for children only ("Балаларға қызмет көрсету көрсеткіштері (оның ішінде
        # балалар)", "Обслуживание детей до 14 лет"): each column is the children's, as a column "в т.ч. дети" is
        for info in col_info.values():
            info["group"] = info["group"] or "users.children"
    figure_cols = [i for i in col_info.values() if not i["plan"] and not i["relation"]]
    if not event_columns and figure_cols and all(i["period"] is not None for i in figure_cols):
        for texts in ([c.text for c in corner], captions, [heading]):
            hs = [hh for x in texts for hh in _header_hits(x, fv, default_year)]
            row_measure = _pick([hh for hh in hs if hh.id not in _READER_GROUPS], fv, corner_unit, topics, order)
            if row_measure is not None:
                break
    # labels and one column of figures with no header row ("Всего | 156 240", "на казахском языке | 61 380")
    # under a caption naming the measure and its date ("Книжный фонд на 01.01.2021 г.:", or the outer row of a
    # nested table): the caption heads the column, its rows are the measure's whole and parts
    caption_date = None
    # so does a caption over one column headed by its unit alone ("Состав фонда на 01.09.2019 г." over "Вид
    # литературы | Экз. | %"): the unit names no measure, the caption does
    # ("Количество, экз.": a weak word of counting beside the unit names no measure either)
    unit_head = h == 1 and len(figure_cols) == 1 and any(hh.kind == "U" for hh in figure_cols[0]["hits"]) \
        and all(hh.kind in ("U", "W") for hh in figure_cols[0]["hits"])
    caption_heads = (h == 0 or unit_head) and not event_columns and len(figure_cols) == 1 and row_measure is None \
        and (unit_head or not figure_cols[0]["text"].strip())
    if caption_heads:
        # of a lead-in ending with a colon, its last sentence ("Доходы от платных услуг – 186,2 тыс. руб. Расходы
        # учреждения за год:": the expenses head the table, not the income stated before them)
        caps = [_LEAD_IN_START_RE.split(x)[-1] if x.endswith(":") else x for x in captions]
        caps = [x for x in caps if not _SENTENCES_RE.search(x)]
        hs = [hh for x in caps for hh in _header_hits(x, fv, default_year)]
        row_measure = _pick([hh for hh in hs if hh.id not in _READER_GROUPS], fv, corner_unit, topics, order)
        dates = [d for x in caps for d in dates_in(x, default_year)]
        if row_measure is None and dates:
            # "Состав фонда по видам изданий на 01.01.2016": the fund the caption names at a date is its balance
            row_measure = fv.metrics.get("fund.end") if any(hh.kind == "T" and hh.id == "fund.end" for hh in hs) \
                and (not corner_unit or corner_unit in fv.metrics["fund.end"].units) else None
        # (a caption that names no measure, its rows do, dates them all the same: "Кадры на 01.01.2024 г.:"
        # over "Штатных единиц | 24,5", "Работников всего | 26", the staff at that date)
        caption_date = dates[-1].iso if dates else None
        if caption_date and caption_year_at is not None and any(
                d.start <= caption_year_at[1] and caption_year_at[2] <= d.end
                for d in dates_in(caption_year_at[0], default_year)):
            # "Кітап қоры 2022 жылғы 1 қаңтарға", "на 1 января 2022 года": the year is the date's, not a period's
            caption_period = None
            default_year = doc_period.year if doc_period else default_year

    # a caption dating the whole table over columns that name no date of their own ("Состав библиотечных кадров
    # на 01.01.2024 г." over "Всего работников | Высшее образование | Библиотечное образование"): the staff,
    # libraries or computers it counts are at that date; a fund's balances keep their own rows' dates
    stock_date = caption_date
    if stock_date is None and not caption_heads:
        caps = [x for x in captions if not _SENTENCES_RE.search(_CAPTION_NUMBER_RE.sub("", x))]
        cap_dates = {d.iso for x in caps for d in dates_in(x, default_year)}
        stock_date = next(iter(cap_dates)) if len(cap_dates) == 1 else None

    # rows
    row_info: dict[int, dict] = {}
    n_cat = n_other = 0
    parent_row: tuple[str, list[Hit]] | None = None  # the last row naming an indicator, and its hits
    group: tuple[str, list[Hit]] | None = None  # the last row naming an indicator with no figures of its own
    if group_head is not None:
        group = _group_row(group_head.text, _cell_hits(group_head.text, fv, default_year, ("years",)))
    for r in data_rows:
        named_by = None
        label_cells = []
        for k in label_cols:
            c = grid[r][k]
            if c is not None and c.text.strip() and all(c is not o for o in label_cells) and k not in numbering \
                    and " ".join(x.text for x in header_cells(k)).strip().lower() not in _NUMBER_HEADERS:
                label_cells.append(c)
        lead = label_cells[0] if len(label_cells) > 1 else None
        if lead is not None and lead.row_span > 1 and lead.col == label_cols[0]:
            # "Пользователи" merged down beside "всего | в т.ч. дети | молодежь": a group over the rows it
            # spans, each row labelled by its own cell, as a row "Пользователи:" over them would be
            if lead.row == r or group is None:
                group = _merged_group(lead.text, _cell_hits(lead.text, fv, default_year, ("years",)), fv)
            if group is not None:
                label_cells = label_cells[1:]
        label = " ".join(c.text for c in label_cells).strip()
        row_hits = _cell_hits(label, fv, default_year, ("years",)) if label else []  # "жылдың" is no unit
        row_hits = [hh for hh in row_hits if not _kazakh_modifier(label, hh, row_hits, fv)]
        if label and not row_hits and (went_out := _WENT_OUT_HEAD_RE.match(label)):
            # a row "Шықты" between "Түсті" and "Қалды": what went out of the fund (as a header of it, above)
            row_hits = _cell_hits("шығарылды" + label[went_out.end():], fv, default_year, ("years",))
        if label and _crossed_break(label, fv):
            # a word a narrow PDF cell broke over two lines ("Документов" / "ыдача"): read joined when
            # that names a metric the label as broken does not
            joined = _cell_hits(_BROKEN_WORD_RE.sub("", label), fv, default_year, ("years",))
            if {hh.id for hh in joined if hh.kind == "M"} - {hh.id for hh in row_hits if hh.kind == "M"}:
                row_hits = joined
        if label and "(" in label:
            row_hits = _past_brackets(label, row_hits, fv, default_year)
        if label and SOCIAL_YOUTH_RE.search(label):
            # "Учащаяся молодёжь", "Работающая молодёжь" among the readers by category: a social group, not the young
            # readers by age
            row_hits = [hh for hh in row_hits if not (hh.kind == "M" and hh.id == "users.youth")]
        if label and not any(grid[r][k] is not None and _value(grid[r][k]) is not None for k in col_info):
            # "Пользователи:" over "всего | дети до 14 лет", its own cells empty: a group the rows below it
            # are of, until a row names an indicator of its own
            group = _group_row(label, row_hits)
        elif group is not None and label and (label[:1].islower() or is_total(label, fv)):
            gids = {hh.id for hh in group[1] if hh.kind == "M"}
            if (is_total(label, fv) or _COUNT_ONLY_RE.match(label)) and not any(hh.kind == "M" for hh in row_hits):
                row_hits = group[1]  # "всего", "количество" under "Пользователи:": the indicator's whole
                named_by = group[0]  # (the parts under it are read with the group's name)
            elif not any(hh.kind == "M" and hh.id in gids for hh in row_hits):
                # (a row naming the group's own indicator, "Выдано (просмотрено) документов, всего" under
                # "Выдано документов, экз.", is that indicator)
                joined = _cell_hits(group[0] + " " + label, fv, default_year, ("years",))
                if any(hh.kind == "M" and hh.id not in gids for hh in joined):
                    # "на мероприятиях" under "Посещения:": the indicator the two name together
                    row_hits = [hh for hh in joined if not (hh.kind == "M" and hh.id in gids)]
        elif label and label[:1].isupper():
            group = None
        if not any(hh.kind == "M" for info in col_info.values() for hh in info["hits"]):
            row_hits = _staff_row(label, row_hits)  # (columns naming their own indicators name the staff's)
        part_of = _part_marker(label, fv) if label and parent_row else None
        if part_of is None and label and parent_row and (part_of := _restated_part_marker(label, parent_row[0], fv)):
            # "Оқырмандар, оның ішінде балалар" under "Оқырмандар": the row above's label restated, then its part;
            # the row is the part's, not the whole's again
            row_hits = [hh for hh in row_hits if hh.start >= part_of]
        whole_of = {hh.id for hh in parent_row[1] if hh.kind == "M"} if part_of is not None else set()
        if part_of is not None and not any(hh.kind == "M" for hh in row_hits):
            # "в т.ч. массовых мероприятий" under "Число посещений": the part read with its whole
            # names its own indicator ("посещений массовых мероприятий"), when one does
            whole_ids = {hh.id for hh in parent_row[1] if hh.kind == "M"}
            # (the whole's label without the abbreviated unit of a unit column: "Посещения ед.")
            # (and without its word of the whole: "Посещения, всего")
            joined = _cell_hits(_WHOLE_TAIL_RE.sub("", _UNIT_TAIL_RE.sub("", parent_row[0])) + " " + label[part_of:],
                                fv, default_year, ("years",))
            if any(hh.kind == "M" and hh.id not in whole_ids for hh in joined):
                row_hits = [hh for hh in joined if not (hh.kind == "M" and hh.id in whole_ids)]
            users = next((hh for hh in parent_row[1] if hh.kind == "M" and hh.id == "users.registered"), None)
            group_id = reader_group(re.findall(r"[^\W\d_]{3,}", label[part_of:])) if users is not None else None
            if not any(hh.kind == "M" for hh in row_hits) and group_id in fv.metrics:
                # "из них удалённые", "оның ішінде балалар" under "Число пользователей": that group of the readers
                row_hits = [dataclasses.replace(users, id=group_id)] + [hh for hh in row_hits if hh.kind != "M"]
        if part_of is not None and any(hh.kind == "M" and hh.id in _READER_GROUPS for hh in parent_row[1]):
            # "в т.ч. читатели дошкольного возраста" under "дети до 14 лет": a part of that group of readers, which no
            # metric names; the readers' word in it counts no readers of the whole
            row_hits = [hh for hh in row_hits if not (hh.kind == "M" and hh.id == "users.registered")]
        if label:
            # "Фонд оплаты труда": the payroll, no figure of the library's fund
            row_hits = [hh for hh in row_hits if not payroll_hit(hh, label) and not virtual_event_hit(hh, label)
                        and not requests_hit(hh, label)]
        if label and PER_THOUSAND_RE.search(label):
            # "Пользователей на 1 000 жителей", "Посещений на 1 тыс. населения": a rate, no count of the readers or
            # visits (as in prose)
            row_hits = [hh for hh in row_hits if hh.kind not in ("M", "C")]
        if label and PER_STAFF_RE.search(label):
            # "Нагрузка на одного библиотекаря: пользователей": readers per librarian, a rate no metric names; no
            # readers of the whole and no count of the librarians
            row_hits = [hh for hh in row_hits if hh.kind not in ("M", "C")]
        if label and _THE_OTHERS_RE.match(label):
            # "Басқа оқырмандар (ата-аналар, мұғалімдер)", "Прочие читатели": the rest of a whole the rows above
            # split, no whole itself: its figures are kept unnamed
            row_hits = [hh for hh in row_hits if hh.kind != "M"]
        kind, cat, row_period = "whole", None, None
        if label:
            # a date with its year named first ("2024 ж. 1 қаңтарына") dates the row: the year is no period
            row_period = None if _date_only(label, default_year) else _row_period(label, default_year)
            if row_period is not None and any(hh.kind == "M" and hh.id in fv.metrics and fv.metrics[hh.id].flow
                                              in ("start", "end") for hh in row_hits):
                # "2022 жылдың басындағы қор", "На начало 2022 года": the year dates the stock the row names,
                # the row is no period of the column's indicator
                row_period = None
            if row_period is not None:
                kind = "period"
            elif kinds_rows and is_total(label, fv):
                kind = "other"  # "Итого" under the kinds of institution: libraries, clubs and museums added up
            elif event_table and is_total(label, fv) and LISTED_ONLY_RE.search(label):
                kind = "other"  # "Итого по указанным формам": the sum of the rows above, no count of every event
            elif is_total(label, fv) and not any(hh.kind == "M" for hh in row_hits):
                kind = "total"  # "Посещений, всего", "Келушілер саны (барлығы)" name their indicator
            elif is_total(label, fv) and not any(
                    hh.kind == "M" and _topic_met(fv, hh.id, topics, row_hits) for hh in row_hits):
                # "Всего документов" in a table of the fund's movement: "документов" names the
                # digitized documents only where digitization is the topic; here it is the total
                row_hits = [hh for hh in row_hits if hh.kind != "M"]
                kind = "total"
            elif _unit_only(label, row_hits) or (_COUNT_ONLY_RE.match(label) and named_by is None) \
                    or _date_only(label, default_year):
                # a row labelled by its unit alone ("экз.", "дана") or by "a number" ("Саны", "Количество"):
                # the column's figure
                kind = "whole"
            elif kinds_rows and r in kinds_rows:
                # a row of a kind of institution: the libraries' own figures under each column, another
                # institution's no library indicator
                kind = "whole" if kinds_rows[r] else "other"
                row_hits = [] if kinds_rows[r] else row_hits
            elif not event_table and _counts_libraries(label, row_hits) \
                    and not (library_group(label) and _columns_name_indicators(col_info)):
                # (not a group of libraries beside columns that name the indicators, "Ауылдық кітапханалар" under
                # "Оқырмандар саны | Кітап берілімі": that group's row, as a library's row is the library's)
                kind = "metric"  # "Кітапханалар", "Jüiedegi kitaphanalar sany": the number of libraries
            elif parent_row is not None and stationary_part(label) and not any(hh.kind == "M" for hh in row_hits) \
                    and any(hh.kind == "M" and hh.id == "users.registered" for hh in parent_row[1]):
                # "в т.ч. в стационарных условиях", "вне стационара" under "Пользователи – всего": the users served
                # in the library's walls or out of them (the visits' parts stay the table's, unnamed)
                kind, cat = "category", stationary_part(label)
                whole_of = whole_of or {hh.id for hh in parent_row[1] if hh.kind == "M"}
            elif _category(row_hits) and any(hh.kind == "M" and hh.id in fv.metrics and hh.id not in whole_of
                                             and fv.money(fv.metrics[hh.id].unit) for hh in row_hits):
                # "оның ішінде кітап сатып алуға" under the budget's total: money for books, no part of the
                # books (under "комплектование фонда", "в т.ч. подписка на периодические издания" is the
                # part of that money spent on the periodicals, as prose says it: that category of it; books
                # bought are what buying buys, no part of it)
                # (unless another row of the table is the money of another kind of documents, "Мерзімді
                # басылымдарға жазылу" under "Кітап сатып алуға": the books' share, as the periodicals' is theirs)
                kind = "metric"
                cat = _category(row_hits) if _category(row_hits) != "books" \
                    or _money_of_another_kind(grid, data_rows, label_cols, r, fv, default_year) else None
            elif _category(row_hits) and _own_indicator(row_hits, col_info, fv, topics):
                # "Қорға түскен кітаптар, дана" beside "Жоспар | Орындалды": the books received, the row's
                # own indicator of that kind, where no column names one
                kind, cat = "metric", _category(row_hits)
            elif _category(row_hits) or _fuzzy_category(label_cells, fv):
                kind, cat = "category", _category(row_hits) or _fuzzy_category(label_cells, fv)
                n_cat += 1
            elif any(hh.kind == "M" for hh in row_hits):
                # "Облыс кітапханаларының жалпы қоры": the indicator of a group of libraries
                kind, cat = "metric", library_group(label)
            elif any(hh.kind == "L" for hh in row_hits):
                kind = "language"  # "оның ішінде қазақ тілінде": the part in a language, of the column's figure
            elif _PEOPLE_RE.search(label) and any(hh.kind == "U" and hh.id == "people" for hh in row_hits) \
                    and not _counts_readers(col_info):
                # "Кітапхана қызметкерлері", "Сотрудники": the people the staff columns count ("кітапхана"
                # there says whose staff, not that libraries are counted); beside columns of readers, visits
                # and loans ("Учителя и сотрудники" of a school library) a group of readers, no whole
                kind = "whole"
                row_hits = [hh for hh in row_hits if not (hh.kind == "U" and hh.id in ("libraries", "branches"))]
            elif _SYSTEM_AS_A_WHOLE_RE.match(label):
                # "ОКЖ бойынша", "По ЦБС", "ЦБС в целом": the system's own figures, no library of it
                kind = "whole"
            elif not event_table and _is_library(label):
                kind, cat = "library", library_group(label) or "branch:" + normalize_label(label)
            else:
                kind = "other"
                # a branch of knowledge ("ОПЛ", "Естественные науки", "Техника") beside fiction and children's
                # literature: the fund's kinds of literature as the classification divides them, not a table of
                # other things where a kind's word is a coincidence
                # (so are kinds of documents by their form, no category names: braille, large print, flat print,
                # sheet music, maps, audiovisual documents)
                n_other += 0 if _KNOWLEDGE_BRANCH_RE.match(label or "") or _DOCUMENT_FORM_RE.search(label or "") else 1
        row_dates = dates_in(label, default_year) if label else []
        row_info[r] = {"label": label, "hits": row_hits, "kind": kind, "category": cat, "period": row_period,
                       "whole": whole_of, "date": row_dates[-1].iso if row_dates else None,
                       "yearless": bool(row_dates) and not _YEAR_WRITTEN.search(row_dates[-1].text)}
        if kind == "metric" and part_of is None:
            parent_row = (named_by or label, row_hits)
        elif kind not in ("metric", "category", "language"):
            parent_row = None
    # rows of districts and towns by their names ("Бурабайский район", "г. Кокшетау", "Арал ауданы", "Сәтбаев
    # қаласы"), two at least, as an oblast's summary lists them: each row's figures are that place's libraries'
    # (a name a narrow PDF cell broke over two lines, "Енбекшильдер↵ский район", read joined)
    place_rows = {} if event_table else {r: place for r in data_rows if row_info[r]["kind"] == "other" and (place := next(
        (x for x in (row_info[r]["label"] or "", _BROKEN_WORD_RE.sub("", row_info[r]["label"] or ""))
         if _PLACE_ROW_RE.match(x) or _both_languages_place(x)), None))}
    if len(place_rows) >= 2:
        # the rest of the places together ("Басқа аудандар", "Другие районы"): a part of the oblast's as well;
        # so is the oblast's own library by its abbreviation ("ОУНБ", "ОДБ им. …") beside the districts
        place_rows.update({r: label for r in data_rows if r not in place_rows and row_info[r]["kind"] == "other"
                           and (_OTHER_PLACES_RE.match(label := row_info[r]["label"] or "")
                                or _OBLAST_LIBRARY_ROW_RE.match(label))})
        for r, place in place_rows.items():
            row_info[r]["kind"], row_info[r]["category"] = "library", "branch:" + normalize_label(place)
        n_other -= len(place_rows)
    # a label column headed by the libraries it lists ("Сельская библиотека", "Наименование библиотеки",
    # "Кітапхана атауы"), beside the village or district each stands in or alone: each row is the library its
    # cell names, whatever its name is ("Теплоключенская"), two rows at least
    lib_col = None if event_table else next(
        (k for k in label_cols if k not in numbering and _is_library(" ".join(c.text for c in header_cells(k)))), None)
    named_rows = {} if lib_col is None else {
        r: _HYPHEN_BREAK_RE.sub("-", c.text.strip()) for r in data_rows if row_info[r]["kind"] in ("other", "library")
        and (c := grid[r][lib_col]) is not None and c.text.strip() and not is_total(c.text, fv)}
    if len(named_rows) >= 2:
        for r, name in named_rows.items():
            n_other -= row_info[r]["kind"] == "other"
            row_info[r]["kind"], row_info[r]["category"] = "library", library_group(name) or "branch:" + normalize_label(name)
    rows_are_categories = n_cat > 0 and n_cat >= n_other
    # a table of the budget by items of expense ("Еңбекақы төлеу | Кітап сатып алу | Коммуналдық қызметтер |
    # Барлығы", "Оплата труда | Комплектование | Итого"): the wages among its rows make it the whole of the
    # institution's money, whose total is the budget, not any one item's
    expense_items = "finance.budget" in fv.metrics and any(_WAGES_RE.search(row_info[r]["label"] or "") for r in data_rows) \
        and any(row_info[r]["kind"] == "total" for r in data_rows)
    # a table of the sources of the library's money ("Местный бюджет | Платные услуги | Итого"): its total is
    # the budget, each source's row a part of it named by its source (paid services have their own metric)
    sources = {r: funding_source(row_info[r]["label"]) for r in data_rows}
    funding = sum(1 for r in data_rows if sources[r] or any(hh.kind == "M" and hh.id == "finance.paid_services"
                                                            for hh in row_info[r]["hits"])) >= 2 \
        and any(sources.values()) and "finance.budget" in fv.metrics
    if any(ri["kind"] == "library" for ri in row_info.values()):
        table_group = None
    if table_group is None and not event_table:
        # a table captioned with a department ("Показатели работы ЦПИ", "Центр правовой информации"): its rows
        # are that department's, as a sentence the department opens is
        table_group = next((d for x in captions if (d := caption_department(x, doc.text()))), None)
    # a table of the oblast's districts, towns or libraries whose total is the oblast's ("Облыс бойынша
    # барлығы", "Итого по области"): that total is the figure of the oblast's libraries, not the reporting
    # library's own
    places = sum(1 for r in data_rows if row_info[r]["kind"] in ("other", "library")
                 and _PLACE_RE.search(row_info[r]["label"] or "") or row_info[r]["kind"] == "library")
    # rows of districts ("Арал ауданы ОКЖ", "Каркаралинский район"): no district's system reports its neighbours,
    # so their total, however worded ("Барлығы", "Итого"), is the oblast's libraries' as well
    districts = [d for r in data_rows if (d := _DISTRICT_RE.search(row_info[r]["label"] or ""))]
    for r in data_rows:
        ri = row_info[r]
        if places >= 2 and ri["kind"] == "total" and not ri["category"] and (om := _OBLAST_TOTAL_RE.search(ri["label"])):
            ri["category"] = "branch:" + ("облыс кітапханалары" if om.group("kk") else "библиотеки области")
        elif len(districts) >= 2 and ri["kind"] == "total" and not ri["category"]:
            ri["category"] = "branch:" + ("облыс кітапханалары" if districts[0].group("kk") else "библиотеки области")
    # a topic named by another row of the table is named around each figure of it: "Поступило документов"
    # in a form whose row above is "Библиотечный фонд на конец периода"
    row_topics = {hh.id for ri in row_info.values() for hh in ri["hits"] if hh.kind == "T"}
    topics |= row_topics

    # years down the rows none of which is the report's own ("2021 | 2022 | 2023" in a report on nine months of
    # 2024): the years' totals, not the same part of each year
    row_years = {row_info[r]["period"].year for r in data_rows
                 if row_info[r]["period"] is not None and len(row_info[r]["period"].code) == 4}
    whole_years_down = bool(row_years) and doc_period is not None and len(doc_period.code) > 4 \
        and doc_period.year not in row_years
    education = _staff_education_columns(
        corner, col_info, [x for x in captions if not _states_figures(x, default_year)] + [heading],
        context + [heading], fv)
    if education and stock_date is None:
        # "01.01.2022 жағдай бойынша ОКЖ-да 44 қызметкер жұмыс істейді." / "Қызметкерлердің білімі:" / the table:
        # the staff by education is the staff the sentence before counts, at its date
        lead_dates = {d.iso for x in context if _STAFF_AROUND_RE.search(x) and _BALANCE_DAY_RE.search(x)
                      for d in dates_in(x, default_year)}
        stock_date = next(iter(lead_dates)) if len(lead_dates) == 1 else None
    records: list[Record] = []
    kept: dict[tuple[int, int], Record] = {}
    prev_metric: Metric | None = None
    prev_unit: str | None = None  # the unit the last row that is no part named in its label
    whole_metric: Metric | None = None  # the metric of the last row that is no part ("Книговыдача, всего")
    first_marker: str | None = None  # the "of which" words of the first part under it ("в т ч")
    # the rows that name a group of readers ("14 жасқа дейінгі балалар", "Жастар (15–29 жас)"): a table of the
    # readers by group, whose total row is the readers of all groups
    reader_group_rows = sum(1 for r in data_rows if row_info[r]["kind"] != "total" and any(
        hh.kind == "M" and hh.id in _READER_GROUPS for hh in row_info[r]["hits"]))
    # rows of social groups of the readers ("Мектеп оқушылары", "Студенттер", "Зейнеткерлер", "Прочие")
    social_group_rows = sum(1 for r in data_rows if row_info[r]["kind"] != "total"
                            and SOCIAL_GROUP_LABEL_RE.match(row_info[r]["label"] or ""))
    for r in data_rows:
        ri = row_info[r]
        # the unit and the scale the row's label names, beside the unit of each column
        row_scale = _scale_of(ri["label"], ri["hits"], fv)
        # of the label's unit words, one its indicator is counted in comes first ("Число участников
        # мероприятий, чел.": the people, not the events they took part in)
        row_metrics = [fv.metrics[hh.id] for hh in ri["hits"] if hh.kind == "M" and hh.id in fv.metrics]
        # and a word naming their topic is none ("Число участников мероприятий")
        topic_spans = {(hh.start, hh.end) for hh in ri["hits"]
                       if hh.kind == "T" and any(hh.id == m.id for m in row_metrics)}
        # nor is the word "libraries" beside an indicator not counted in them ("Число пользователей библиотек
        # области": whose readers)
        unit_hits = sorted((hh for hh in ri["hits"] if hh.kind == "U" and ri["kind"] != "library"
                            and not _inside_metric(hh, ri["hits"], fv) and (hh.start, hh.end) not in topic_spans
                            and not (hh.id in ("libraries", "branches") and row_metrics
                                     and not any(hh.id in m.units for m in row_metrics))
                            # nor beside the librarians ("из них основной персонал библиотек" under the staff):
                            # whose staff, no count of libraries
                            and not (hh.id in ("libraries", "branches")
                                     and any(x.kind == "C" and x.id == "librarians" for x in ri["hits"]))),
                           key=lambda hh: not any(hh.id in m.units for m in row_metrics))
        label_unit = next((hh.id for hh in unit_hits), None)
        row_unit = next((hh.id for hh in unit_hits if not (row_scale and hh.id == row_scale[1])), None)
        is_part = bool(ri["label"]) and _part_marker(ri["label"], fv) is not None
        # "Барлығы, мың теңге" over "оның ішінде сатып алуға": a part is counted in its whole's unit
        part_unit = prev_unit if is_part and label_unit is None else None
        if not is_part:
            prev_unit = label_unit if fv.money(label_unit) else None
        # "в т.ч. по госзаказу" under "Поступило, экз.": a part with no unit of its own is counted in its whole's
        part_fit = prev_metric.unit if is_part and prev_metric is not None else None
        marker = normalize_label(ri["label"][:_part_marker(ri["label"], fv)]) if is_part else None
        sibling = is_part and ri["kind"] == "language" and marker == first_marker and whole_metric is not None
        if ri["kind"] == "metric":
            prev_metric = _pick(ri["hits"], fv, None, topics | {hh.id for hh in ri["hits"] if hh.kind == "T"})
        elif ri["kind"] != "language" and not (ri["kind"] == "category" and ri["whole"]):
            prev_metric = None
        if sibling:
            # "в т.ч. на казахском языке" under "Книговыдача, всего" after "в т.ч. детям до 14 лет" and its own
            # "из них …": a part opened as the first part was is another part of the same whole, not of the part
            # above it
            prev_metric = whole_metric
        if not is_part:
            whole_metric = prev_metric if ri["kind"] == "metric" else None
            first_marker = None
        elif first_marker is None:
            first_marker = marker
        if event_table and (ri["kind"] in ("other", "category") or (
                ri["kind"] == "metric" and prev_metric is not None and not prev_metric.id.startswith("events."))):
            # rows of event forms; "Презентации книг", "Выставки новых книг" name a form, not the books, and
            # "Виртуалды көрмелер" (virtual exhibitions) no virtual references, under "Оффлайн | Онлайн" as well
            continue
        row_hits = ri["hits"]
        for k, info in col_info.items():
            c = grid[r][k]
            if c is None or c.row != r or c.col != k or info["plan"] or info["relation"]:
                continue
            v = _value(c)
            shown_pct = _PERCENT_SHOWN_RE.match(c.text) if v is None and ri["kind"] == "metric" else None
            if shown_pct is not None:
                # "Халықты қамту | 41,2%" (a spreadsheet's percent format shows the sign in the cell): the figure
                # of a row that names a percent; kept below only when the row's metric is one
                v = parse_number(shown_pct.group(1))
            if v is None:
                continue
            tail = _figure_and_tail(c.text) if parse_number(c.text) is None and shown_pct is None else None
            unit = info["unit"] or row_unit or (tail[1] if tail else None) or part_unit or corner_unit or caption_money
            if info["unit"] and fv.money(row_unit) and not fv.money(info["unit"]):
                # "Объём средств на комплектование, тыс. руб." in a column headed "экз.": the row's own unit
                # of money, which no count of copies is
                unit = row_unit
            scale = info["scale"] or (row_scale[0] if row_scale else None) or (tail[2] if tail else None)
            m = info["metric"] if info["own"] else None
            if kinds_rows.get(r) and (_INSTITUTION_CORNER_RE.search(info["text"]) or _COUNT_ONLY_RE.match(info["text"])) \
                    and "libraries.count" in fv.metrics:
                # "Мекемелер саны | Кітапханалар", "Количество | Библиотеки": the number of the libraries
                m = fv.metrics["libraries.count"]
            conf = 0.9
            named = ri["kind"] not in ("other",) and not (ri["kind"] == "category" and not rows_are_categories
                                                          and not ri["whole"])
            fit = None if unit in _GENERIC_UNITS else unit  # "бірлік", "ед.": a count of anything
            if m is None and ri["kind"] == "metric":
                m = _pick(row_hits, fv, fit, topics | {hh.id for hh in row_hits if hh.kind == "T"}) \
                    or (part_fit and not fit and _pick(row_hits, fv, part_fit, topics | {hh.id for hh in row_hits
                                                                                        if hh.kind == "T"})) \
                    or _implied(row_hits, fv)
            if m is None and named:
                m = info["metric"]
                conf = 0.75
            if m is None and row_measure is not None and not ri["whole"] \
                    and (ri["kind"] == "total" or (ri["kind"] == "category" and rows_are_categories)
                         or (caption_heads and ri["kind"] == "language")):
                m, conf = row_measure, 0.75
            crossed = bool(info["group"]) and ri["kind"] in ("metric", "category", "language")
            group_cat = None
            if crossed:
                # "Число зарегистрированных пользователей | … | в т.ч. детям до 14 лет": the readers of that
                # group; "Число посещений", "в т.ч. художественной литературы" there: the visits or loans of
                # the group, which flat (metric, category) cannot name, kept without a metric
                whole = _pick(row_hits, fv, None, topics | {hh.id for hh in row_hits if hh.kind == "T"}) \
                    if ri["kind"] == "metric" else None
                m = fv.metrics.get(info["group"]) if whole is not None and whole.id == "users.registered" else None
                if whole is not None and m is None and not whole.id.startswith("users.") and info["group"] in _READER_GROUPS:
                    # ... though the visits or loans of that group ("Посещения" under "в т.ч. дети до 14 лет")
                    # are the row's figure of those readers: the category of the group says whose
                    m, group_cat = whole, reader_category(info["group"])
                    if (whole.id.startswith("events.") or whole.id == "visits.events") \
                            and info["group"] == "users.children" and "children" in fv.categories:
                        # events for children, as the prose names them, and the visits to them ("Число посещений
                        # мероприятий" beside "из них для детей до 14 лет")
                        group_cat = "children"
            if m is not None and ri["kind"] == "metric" and info["own"] and not crossed \
                    and not any(hh.kind == "M" and hh.id == m.id for hh in row_hits) \
                    and not _movement_of_row(m, row_hits, fv):
                # a row naming another figure than its column: in a table of indicators the row names
                # it ("Число пользователей" under "Выполнено"); under event columns it is an event type
                # ("Оқырман бенефисі" under "өткізілді") and no figure of its own
                m = None if event_table else _pick(row_hits, fv, unit, topics | {hh.id for hh in row_hits
                                                                                 if hh.kind == "T"})
                conf = 0.85
            if m is not None and ri["kind"] == "metric" and info.get("unnamed_part") and not info["own"]:
                m = None  # "Поступило документов | … | документы на других видах носителей": a part no kind names
            if m is None and ri["kind"] == "language" and prev_metric is not None and not crossed:
                m, conf = prev_metric, 0.8  # "оның ішінде қазақ тілінде" below the row it is a part of
            if m is None and ri["kind"] == "category" and ri["whole"] and prev_metric is not None \
                    and prev_metric.id in ri["whole"] and not crossed:
                # "в т.ч. подписка на периодические издания" under "комплектование фонда": the part of
                # the row above it under the name of its kind
                m, conf = prev_metric, 0.8
            if m is None and ri["kind"] in ("metric", "total") and not crossed:
                m = money_received(ri["label"], unit, fv)  # "Поступило всего (тыс. руб.)": the money received
            if m is None and ri["kind"] == "total" and not crossed and info["metric"] is None \
                    and (table_metric is None or table_metric.id == "users.registered") and reader_group_rows >= 2 and unit in (None, "people") and "users.registered" in fv.metrics:
                # "Барлығы / Всего" under "14 жасқа дейінгі балалар", "Жастар", "Зейнеткерлер" in a column that
                # names no figure ("Саны / Количество"), under a caption of the readers or none: the readers of
                # every group together
                m, conf = fv.metrics["users.registered"], 0.75
            if m is None and ri["kind"] == "total" and not crossed and info["metric"] is None \
                    and table_metric is not None and table_metric.id == "users.registered" and social_group_rows >= 2 \
                    and unit in (None, "people"):
                # "Барлығы / Всего" under "Мектеп оқушылары", "Студенттер", "Зейнеткерлер" in a column that names no
                # figure ("Саны", "Количество"), under a head or caption naming the readers ("Оқырмандар құрамы",
                # "Читатели по социальному составу"): the readers of every group together
                m, conf = fv.metrics["users.registered"], 0.75
            if m is not None and m.id == "events.actual" and ri["kind"] == "total" and not crossed \
                    and (info["metric"] is None or _COUNT_HEAD_RE.fullmatch(info["text"] or "")) \
                    and social_group_rows >= 2 and unit in (None, "people") and "events.participants" in fv.metrics \
                    and any(_PARTICIPANTS_WORD_RE.search(x) for x in [c.text for c in corner] + context):
                # "Итого / Барлығы" under "Учащиеся", "Студенты", "Пенсионеры" in a column that names no figure
                # ("Кол-во", "Саны"), under a caption or head naming the participants ("Участники мероприятий по
                # социальному составу", "Іс-шараларға қатысушылардың әлеуметтік құрамы"): the people who took part
                m, conf = fv.metrics["events.participants"], 0.75
            if m is None and ri["kind"] == "total" and table_metric is not None and info["metric"] is None \
                    and fv.money(table_metric.unit) and fv.money(unit) and unit in table_metric.units:
                # "Всего" of a money table whose columns name no figure ("Израсходовано, тенге") under a
                # caption or section naming the money ("Қаржыландыру"): the whole of it
                m, conf = table_metric, 0.75
            if expense_items and ri["kind"] == "total" and m is None and not info["metric"] and fv.money(unit):
                m, conf = fv.metrics["finance.budget"], 0.75
            if funding and (sources[r] or ri["kind"] == "total") and (m is None or m.id == "finance.budget") \
                    and not info["metric"]:
                m, group_cat = fv.metrics["finance.budget"], sources[r]
                if ri["kind"] == "total" and not any(sources[o] for o in data_rows if o != r):
                    # "Барлығы жергілікті бюджеттен", "Всего из местного бюджета" over the items of spending and
                    # the paid services: the whole money comes from that one budget, no part of a total by sources
                    group_cat = None
            if not event_table and not info["partitive"] and _LIBRARIANS_RE.search(ri["label"] or "") \
                    and "staff.headcount" in fv.metrics \
                    and not any(hh.kind == "M" and not hh.id.startswith("staff.") and hh.id != "libraries.count"
                                for hh in row_hits) and (m is None or not m.id.startswith("staff.")):
                # "Библиотечные работники, чел.", "Численность библиотечных работников", "Кітапханашылар саны":
                # the librarians on the staff, whatever the table or its caption counts otherwise
                m, conf, group_cat = fv.metrics["staff.headcount"], 0.8, "librarians"
            if m is not None and m.id in _READER_GROUPS and ri["whole"] \
                    and not any(w.startswith("users.") for w in ri["whole"]):
                # "в т.ч. детям до 14 лет" under "Документовыдача": the loans to children, no count of child
                # readers: the whole's metric of that group
                whole_m = next((fv.metrics[w] for w in sorted(ri["whole"]) if w in fv.metrics), None)
                m, group_cat = whole_m, reader_category(m.id) if whole_m is not None else None
            elif m is not None and not m.id.startswith("users.") and group_cat is None and ri["kind"] == "metric" \
                    and m.id in {hh.id for hh in row_hits if hh.kind == "M"}:
                # "Посещения детей до 14 лет", "Жастарға берілген кітаптар": the row's figure of that group of
                # readers, no part of the whole without its category
                group_cat = next((reader_category(hh.id) for hh in row_hits if hh.kind == "M" and hh.id in _READER_GROUPS),
                                 None)
            if m is not None and not named and not (funding and sources[r]):
                m = None
            if m is not None and m.unit in ("ratio", "percent") and v > 1000 and ri["kind"] == "metric":
                # "Посещаемость, посещений | 271 607": no reading, visit or turnover ratio and no share
                # runs into thousands; the row's count is the figure
                m = _pick([hh for hh in row_hits if not (hh.id in fv.metrics
                                                         and fv.metrics[hh.id].unit in ("ratio", "percent"))],
                          fv, fit, topics | {hh.id for hh in row_hits if hh.kind == "T"})
            if m is not None and m.unit not in ("percent", "ratio") and _PERCENT_WORD_RE.search(ri["label"] or ""):
                # "Динамика посещений … по сравнению с предыдущим годом | процент | 100,0 | 102,4" (a municipal
                # task's indicator of quality): a percent, no count of what its label names
                m = None
            if m is not None and m.id == "libraries.internet" and is_part and whole_metric is not None \
                    and whole_metric.id == "equipment.computers":
                m = None  # "Число персональных компьютеров | из них с доступом к сети Интернет": computers, no libraries
            if m is not None and fit and fit not in m.units:
                m = None
            if m is not None and m.id == "users.youth" and OCCUPIED_YOUTH_RE.search(ri["label"] or ""):
                m, crossed = None, True  # "Жұмыс істейтін жастар" beside pupils and pensioners: a social group, no age
            if k in education:
                # the staff by education: a cell is the headcount, the higher or the library education only where
                # its row and column say so together; any other is a cross no metric names
                m = _education_cell(education[k], ri["label"], ri["kind"], fv)
                crossed, conf = m is None, 0.8
            if shown_pct is not None and (m is None or m.unit != "percent"):
                continue  # a percent in a row of a count or a ratio is a share or a rate, no figure of the row
            key = None
            if m is None and crossed:
                key, conf = label_key(f'{ri["label"]} | {info["text"]}', default_year), 0.4
            elif m is None:
                m, key, conf = _unnamed(ri["label"], info, fv, unit, config, default_year)
            if m is not None and m.id in _READER_GROUPS and event_table:
                # "Дети (до 14 лет)" beside "Кол-во мероприятий | Число участников": the events held for a group
                # of readers and who came, no count of those readers
                m, key = None, label_key(ri["label"], default_year)
            if m is not None and info["metric"] is not None and info["metric"].id in _STAFF_BY_EDUCATION \
                    and info["own"] and m.id.startswith("staff.") and m.id != info["metric"].id:
                # "Технический персонал" under "С высшим образованием": the staff of a post with that
                # education, a cross of two indicators that neither names; the whole staff ("Численность
                # работников" under "имеют высшее образование", as form 6-НК lays its staff out) is the column's;
                # a column naming no education of its own ("из них основной персонал" beside them) keeps the row's
                m = info["metric"] if m.id == "staff.headcount" and not ri["category"] and not info["category"] \
                    and not any(hh.kind == "C" for hh in row_hits) else None
            if scale:
                # "Число посещений, тыс." | 212,7: thousands of the row's (or the metric's) unit
                base = unit or (m.unit if m is not None else None)
                if base and not base.startswith(("thousand_", "million_")):
                    unit = f"{scale}_{base}"
            if ri["period"] is None and not ri["date"] and (_month_only(ri["label"]) or (info["period"] is None and _month_only(info["text"]))):
                # a month's figure ("Январь | 1 210" in a quarter's report): no period code says a month,
                # and the report's own period would make it the quarter's; the cell stays in the table
                continue
            period = ri["period"] or info.get("flow_period") or info["period"] or caption_period
            if not (ri["period"] is not None and whole_years_down) and not (ri["period"] is None and info.get("whole_year")):
                period = resolve_period(period, doc_period)
            as_of = (info["date"] or ri["date"] or caption_date or (corner_date if info["period"] is None else None)
                     or (stock_date if m is not None and m.flow is None else None)) if m is not None and m.stock else None
            if as_of and not info["date"] and ri["yearless"] and as_of == ri["date"] and info["period"] is not None \
                    and period is not None and as_of not in day_and_eve(period.start):
                # "состоит на 1 июля" under "I полугодие 2023" | "I полугодие 2024": the row names a day, each
                # column the year it falls in (the day that closes the column's period), not the report's year;
                # a day that opens the column's period ("на 1 января" under "2024") is left to the opening balance
                as_of = _closing_day(as_of, period) or as_of
            if m is not None and m.flow == "end" and (not info["date"] or not info["own"]) \
                    and as_of and period is not None \
                    and as_of in day_and_eve(period.start) and f"{m.id[:-4]}.start" in fv.metrics:
                # a row "Состоит на 01.01.2020" in a report on 2020: the balance the period opened with; so is
                # a row "Фонд, всего" (and its parts) under a column dated alone "на 01.01.2024" in a report on 2024
                m = fv.metrics[f"{m.id[:-4]}.start"]
            if m is not None and m.stock and m.flow != "start" and as_of and as_of == info["date"] \
                    and info["period"] is None and period is not None and as_of not in day_and_eve(period.start):
                # "Кітап қоры | 01.10.2023 ж. | 01.10.2024 ж." in a nine months' report: the balance on the day that
                # closes the same part of an earlier year is of that part of that year, not the report's
                period = _period_closed_on(as_of, period) or period
            category = info["category"] or ri["category"] or (table_group if m is not None else None)
            if m is not None and info["category"] == "gifts" and ri["category"] in DOCUMENT_KINDS:
                # "Кітаптар" under "оның ішінде сыйға": the books given as gifts, a cross of a kind of document and
                # a source of the fund that one category cannot name (the gifts of all kinds are the total row's)
                m, category, conf = None, None, 0.4
                key = label_key(f'{ri["label"]} | {info["text"]}', default_year)
            if not category and caption_kind and m is not None and m.id.startswith("fund.") \
                    and not any(ri2["category"] for ri2 in row_info.values()):
                category = caption_kind
            if m is not None and group_cat is not None and not category:
                category = group_cat
            language = info["language"] or next((hh.id for hh in row_hits if hh.kind == "L"), None)
            label = info["text"] + (" | " + ri["label"] if ri["label"] else "")
            if state_ordered and m is not None and m.id in _STATE_ORDERED:
                m = fv.metrics[_STATE_ORDERED[m.id]]
                category = None if category == "books" else category
            if m is None and unit and fv.money(unit) and _SUM_LABEL_RE.match(ri["label"] or "") \
                    and (above := max((r2 for r2, k2 in kept if k2 == k and r2 < r), default=None)) is not None \
                    and kept[(above, k)].values.get("metric") in _SUM_OF_COPIES \
                    and _SUM_OF_COPIES[kept[(above, k)].values["metric"]] in fv.metrics:
                # "Сатып алынған кітаптар, дана | 2 845" and under it "Сомасы, мың теңге | 9 795,3": the money
                # the copies of the row above were bought for
                m, key, conf = fv.metrics[_SUM_OF_COPIES[kept[(above, k)].values["metric"]]], None, 0.75
            rec = make_fact(
                m, v, unit=unit, period=period, as_of=as_of, language=language, category=category,
                label=label, source="table", evidence=c.text, confidence=conf,
                provenance=c.provenance or t.provenance, table_index=t.index, cell=(row_of[r], k), key=key)
            records.append(rec)
            kept[(r, k)] = rec
            if m is None and key:
                records.append(_unmatched(ri["label"] or info["text"], rec))
    records += _relations(grid, data_rows, col_info, kept, row_info, t, row_of)
    return records


#: a total of the oblast ("Облыс бойынша барлығы", "Итого по области", "Oblys boıynsha")
_OBLAST_TOTAL_RE = re.compile(r"(?i)(?<![^\W\d_])(?:(?P<kk>облыс\w*\s+бойынша|oblys\w*\s+bo[ıi]ynsha)"
                              r"|по\s+(?:всей\s+)?(?:области|региону))(?![^\W\d_])")
#: a district or a town of a row ("Жаңаарқа ауданы", "Жезқазған қ.", "Сәтбаев қаласы", "Каркаралинский район",
#: "г. Балхаш")
_PLACE_RE = re.compile(r"(?i)(?<![^\W\d_])(?:аудан\w*|район\w*|қала\w*|город\w*|(?:қ|г)\.)(?![^\W\d_])")

#: a row label that is the name of a district or a town, and nothing else: "Бурабайский район", "Арал ауданы",
#: "г. Кокшетау", "Сәтбаев қаласы", "Жезқазған қ.", "1. Аккольский р-н"; in a district's report, a rural
#: district or a village whose library the row stands for: "Қошқарата ауылдық округі", "Мыңбұлақ а/о",
#: "Каменский сельский округ", "Заречный с/о", "Ақсай ауылы"; a settlement after the abbreviation of its kind, as a
#: Russian district's report lists them: "с. Старые Карачи", "р.п. Чаны", "п. Лесной", "д. Ивановка", "пгт Восход"
_PLACE_ROW_RE = re.compile(
    rf"\s*(?:\d{{1,2}}[.)]?\s+)?(?:(?:[{UPPER}][^\W\d_]+(?:-[^\W\d_]+)*\s+){{1,2}}(?:район|ауданы|қаласы|қ\.|р-н"
    r"|ауылдық\s+округі?|ауылдық\s+округінің|а\.?\s?/\s?о\.?|сельский\s+округ|сельского\s+округа|с\.?\s?/\s?о\.?|ауылы)"
    rf"|(?:г\.|город|қ\.|с\.|п\.|р\.\s?п\.|пгт\.?|д\.|ст-ца)\s*[{UPPER}][^\W\d_]+(?:-[^\W\d_]+)*"
    rf"(?:\s+[{UPPER}][^\W\d_]+(?:-[^\W\d_]+)*)?)\s*\.?\s*$")


def _both_languages_place(label: str) -> bool:
    """A district or town named in Kazakh and in Russian, halves parted by a
    slash ("Аксу қаласы / г. Аксу", "Баянауыл ауданы / Баянаульский район"),
    as a bilingual summary's rows name them: each half a place's name."""
    halves = re.split(r"\s+/\s+", label.strip())
    return len(halves) == 2 and all(_PLACE_ROW_RE.match(h) for h in halves)


#: the oblast's own library in a row of its summary beside the districts, by the abbreviation of its kind, with its
#: name after it or alone: "ОУНБ", "ОУНБ им. И. Жансугурова", "ОДБ", "ОЮБ", "ОСБН" (for the blind), "ОӘҒК"
_OBLAST_LIBRARY_ROW_RE = re.compile(r"\s*(?:\d{1,2}[.)]?\s+)?(?:ГУ\s+|КГУ\s+|ГККП\s+)?(?:ОУНБ|ОДБ|ОЮБ|ОСБН?|ОДЮБ|ОӘҒК|ОБК|ОЖК)"
                                    r"(?![^\W\d_])")
#: the rest of the districts or towns of a table together: "Басқа аудандар", "Қалған аудандар", "Другие районы",
#: "Остальные районы и города"; the rest of a district's settlements: "Другие населённые пункты", "Прочие сёла"
_OTHER_PLACES_RE = re.compile(
    r"(?i)\s*(?:басқа|өзге|қалған|другие|остальные|прочие)\s+(?:аудандар|қалалар|районы|города"
    r"|населённые\s+пункты|населенные\s+пункты|сёла|села|поселения|посёлки|поселки)"
    r"(?:\s+(?:мен|және|и)\s+(?:аудандар|қалалар|районы|города))?\s*\.?\s*$")
#: a district a row names, as a noun ("Арал ауданы", "Шиелі ауданының ОКЖ", "Каркаралинский район", "Жанааркинского
#: района"); not the adjective of a district's own libraries ("аудандық орталық кітапхана", "районная библиотека")
_DISTRICT_RE = re.compile(r"(?i)(?<![^\W\d_])(?:(?P<kk>аудан(?:ы|ының|ында)?)|район(?:а|е)?|р-н)(?![^\W\d_])")

#: the librarians a row counts ("Библиотечные работники", "библиотекари", "кітапханашылар"): the staff
_LIBRARIANS_RE = re.compile(r"(?i)(?<![^\W\d_])(?:кітапханашы|библиотекар|библиотечн\w*\s+работник|kitaphanashy)")

#: a caption or heading naming the children as the readers a table counts ("оның ішінде балалар", "в т.ч. дети",
#: "Балаларға қызмет көрсету", "Обслуживание детей", "дети до 14 лет"); not the children's library or literature
_CHILDREN_SERVED_RE = re.compile(
    r"(?i)(?<![^\W\d_])(?:(?:оның\s+ішінде|в\s+т\.\s?ч\.?|в\s+том\s+числе|из\s+них)\s+(?:балалар|дети|детей)"
    r"|балаларға\s+қызмет|обслуживани[^\W\d_]*\s+детей|(?:дети|детей)\s+до\s+1[45]|1[45]\s+жасқа\s+дейінгі\s+балалар)"
    r"(?![^\W\d_])(?!\s+(?:кітапхана|библиотек|әдебиет|литератур))")
#: the branches of knowledge a fund table by the library classification has rows of: "ОПЛ" (общественно-
#: политическая литература), "Естественные науки", "Техника", "Сельское хозяйство", "Искусство. Спорт",
#: "Языкознание. Литературоведение"; "Қоғамдық-саяси әдебиет", "Жаратылыстану ғылымдары", "Ауыл шаруашылығы", "Өнер"
_KNOWLEDGE_BRANCH_RE = re.compile(
    r"(?i)\s*(?:\d{1,2}[.)]\s*)?(?:опл|о\s*п\s*л|общественно[\s-]*политическ|естественн[^\W\d_]*\s+наук|естествознани"
    r"|техник|сельск[^\W\d_]*\s+хозяйств|сельскохозяйственн|искусств|спорт|языкознани|литературоведени|медицин"
    r"|здравоохранени|филологи|истори[яи]\s+(?:и|наук)|қоғамдық[\s-]*саяси|жаратылыстан|ауыл\s+шаруашылы|өнер(?![^\W\d_])"
    r"|тіл\s+білімі|әдебиеттан)(?![^\W\d_]*\s+библиотек)")
#: kinds of documents by their form, as a special library for the blind or a fund's structure lists them: "Издания
#: рельефно-точечного шрифта", "Книги шрифтом Брайля", "Крупношрифтовые издания", "Плоскопечатные издания",
#: "Рельефно-графические пособия", "Ноты", "Картографические издания", "Аудиовизуальные документы"
_DOCUMENT_FORM_RE = re.compile(
    r"(?i)(?<![^\W\d_])(?:рельефно[\s-]*(?:точечн|графическ)|брайл|крупношрифтов|укрупн[её]нн[^\W\d_]*\s+шрифт"
    r"|плоскопечатн|нотн[^\W\d_]*\s+издани|ноты(?![^\W\d_])|картографическ|аудиовизуальн|изоиздани)")
#: the groups of readers: a part of the readers, never of another figure
_READER_GROUPS = ("users.children", "users.youth", "users.remote")
#: a column of readers of a group no metric names, beside the whole and a named group ("15–17 жас", "Басшылар")
OTHER_READERS = "readers:other"
#: staff counted by their education: a row of another staff indicator across them is a cross of the two
_STAFF_BY_EDUCATION = ("staff.higher_education", "staff.library_education")


def _past_brackets(label: str, hits: list[Hit], fv: FactVocab, default_year: int | None) -> list[Hit]:
    """The hits of a row label whose words in brackets stand inside the
    wording of its indicator ("Выдано (просмотрено) документов", "Берілген
    (оқылған) құжаттар"): read past the brackets when that names a metric
    the label as written does not, or by a cue of more words (one word of
    it alone may name another: "документов", the digitized ones); the
    brackets' own units and languages are kept."""
    spans = [(m.start(), m.end()) for m in _BRACKETS_RE.finditer(label)]
    blank = _BRACKETS_RE.sub(lambda m: " " * len(m.group()), label)  # the same offsets
    past = _cell_hits(blank, fv, default_year, ("years",))
    if any(hh.kind == "X" and any(hh.start < a < hh.end for a, _ in spans) for hh in hits):
        # "Комплектование фондов (книги)": the words of a whole collection ("фонд … книг") run into the brackets,
        # which name the kind the row is of; the label is read past them, the brackets by themselves
        inside = [dataclasses.replace(hh, start=hh.start + a + 1, end=hh.end + a + 1) for a, b in spans
                  for hh in _cell_hits(label[a + 1:b - 1], fv, default_year, ("years",)) if hh.kind in ("C", "L", "U")]
        return sorted(past + inside, key=lambda hh: (hh.start, hh.kind))

    def widest(hs: list[Hit]) -> int:
        return max((hh.words for hh in hs if hh.kind == "M"), default=0)

    if not {hh.id for hh in past if hh.kind == "M"} - {hh.id for hh in hits if hh.kind == "M"} \
            and widest(past) <= widest(hits):
        return hits
    inside = [hh for hh in hits if hh.kind != "M" and any(a <= hh.start and hh.end <= b for a, b in spans)]
    return sorted(past + inside, key=lambda hh: (hh.start, hh.kind))


def _group_row(label: str, hits: list[Hit]) -> tuple[str, list[Hit]] | None:
    """A row without figures that names an indicator ("Пользователи:"), as the group of the rows under it."""
    return (label.strip().rstrip(" :"), hits) if any(hh.kind == "M" for hh in hits) else None


def _merged_group(label: str, hits: list[Hit], fv: FactVocab) -> tuple[str, list[Hit]] | None:
    """A label merged down over rows of their own labels: the group of an
    indicator it names (:func:`_group_row`), or of the count of what it
    names alone ("Мероприятия" over "количество | посетители": the events
    held, the indicator that counts events in their own unit)."""
    group = _group_row(label, hits)
    if group is not None:
        return group
    units = {hh.id for hh in hits if hh.kind == "U"}
    counts = {hh.id for hh in hits if hh.kind == "T" and hh.id in fv.metrics and fv.metrics[hh.id].unit in units}
    unit = next((hh for hh in hits if hh.kind == "U"), None)
    if len(counts) != 1 or unit is None:
        return None
    return label.strip().rstrip(" :"), hits + [dataclasses.replace(unit, kind="M", id=counts.pop())]


#: a row label naming the library's staff, a noun phrase alone: "Кітапхана қызметкерлері", "Кітапхананың
#: қызметкерлері", "Сотрудники библиотеки", "Работники библиотек"
_STAFF_LABEL_RE = re.compile(
    r"(?i)^\s*(?:(?:кітапхана|кітапхананың|кітапханалардың|кітапханалар)\s+(?:қызметкерлері|қызметкерлер|жұмыскерлері)"
    r"|(?:сотрудник|работник)[^\W\d_]*\s+библиотек[^\W\d_]*)\s*[:.]?\s*$")


def _staff_row(label: str, hits: list[Hit]) -> list[Hit]:
    """The hits of a row label, with the staff headcount for a label that
    names the library's staff and no indicator ("Кітапхана қызметкерлері"
    under "Адам саны"): a table's row names what its figures count, here
    the people who work in the library."""
    if not label or any(hh.kind == "M" for hh in hits) or not _STAFF_LABEL_RE.match(label):
        return hits
    n = len(label.split())
    return hits + [Hit("M", "staff.headcount", 0, len(label), 0, n, n)]


#: a row label that says only that the row holds the figures: "Саны", "Количество", "Значение"
#: a row of "the others" ("Басқа оқырмандар", "Өзге пайдаланушылар", "Прочие читатели", "Другие категории")
_THE_OTHERS_RE = re.compile(r"(?i)\s*(?:басқа|өзге|прочие|прочих|другие|других|остальные|иные)\s")
_COUNT_ONLY_RE = re.compile(r"(?i)^\s*(?:саны|сандары|мәні|количество|кол-во|число|значение|sany|máni)\s*[:.]?\s*$")


def _scale_of(text: str, hits: list[Hit], fv: FactVocab) -> tuple[str, str | None] | None:
    """A bare scale word of a label or header ("тыс. чел.", "Число посещений,
    тыс.", "мың дана"): its scale ("thousand", "million") and the unit cue
    the word alone matched (a bare "тыс." is read as thousands of tenge),
    which is then no unit of the figures.  None when there is none, or when
    the word is part of a money unit ("тыс. руб.", "мың теңге")."""
    found = find_scale_word(text or "")
    if found is None:
        return None
    start, end, factor = found
    cover = next((hh for hh in hits if hh.kind == "U" and hh.start <= start < hh.end), None)
    if cover is not None and fv.money(cover.id) and re.search(r"\w", text[end:cover.end]):
        return None  # the scale and its currency are one unit
    scale = "million" if factor == 10**6 else "thousand" if factor == 1000 else None
    if scale is None:
        return None
    return scale, cover.id if cover is not None else None


_NEXT_WORD_RE = re.compile(r"[\s,]*([^\W\d_]+)")
#: words after a cue that measure what it names ("Қор көлемі", "Оқырмандар саны"), not another thing
_COUNTING_WORDS = {"жалпы", "саны", "барлығы", "жиыны", "жиынтығы", "көлемі", "мөлшері", "сомасы", "құны",
                   "sany", "jalpy", "barlyǵy", "barlyğy", "kólemi", "kölemi"}
_POSSESSIVE_RE = re.compile(r"(?i)[^\W\d_]{2,}(?:ы|і|сы|сі)$")


def _kazakh_modifier(label: str, h: Hit, hits: list[Hit], fv: FactVocab) -> bool:
    """A metric cue that qualifies the noun after it, as a Kazakh compound
    does ("Оқырмандар клубы": the readers' club; "Оқырмандар конференциясы"):
    the next word is a noun of the third-person possessive form that no cue,
    unit or total word covers.  Such a label counts clubs, not readers."""
    if h.kind != "M" or not any(ch in KAZAKH_LETTERS for ch in label.lower()):
        return False
    m = _NEXT_WORD_RE.match(label, h.end)
    if not m or not _POSSESSIVE_RE.fullmatch(m.group(1)) or m.group(1).lower() in _COUNTING_WORDS:
        return False
    if any(x.start <= m.start(1) < x.end for x in hits) or is_total(m.group(1), fv):
        return False
    return True


def _month_only(text: str | None) -> bool:
    """A label or header naming a month and nothing else ("Январь", "қаңтар",
    "Февраль 2022 г.")."""
    words = re.findall(r"[^\W\d_]+", text or "")
    words = [w for w in words if w.lower() not in ("г", "год", "года", "ж", "жыл", "жылы")]
    return len(words) == 1 and month_number(words[0]) is not None


#: the abbreviated units a column "Ед. изм." adds after a row's label: "ед.", "чел.", "экз.", "тыс. руб."
_UNIT_TAIL_RE = re.compile(r"(?:\s+[^\W\d_]{1,5}\.)+\s*$")
#: the word of the whole at the end of a label: "Посещения, всего", "Книговыдача (всего)", "Оқырмандар, барлығы"
_WHOLE_TAIL_RE = re.compile(r"(?i)[\s,]*\(?(?:всего|итого|барлығы|барлык)\)?\s*$")


def _part_marker(label: str, fv: FactVocab) -> int | None:
    """Where the rest of a label begins after the "of which" phrase it opens
    with ("в т.ч. детей", "оның ішінде ..."), or None."""
    spans = find_in_matching_form(fv.partitive_re, label)
    if spans and spans[0][0] <= 2:
        return spans[0][1]
    return None


def _restated_part_marker(label: str, above: str, fv: FactVocab) -> int | None:
    """Where the part begins in a label that restates the label of the row
    above before its "of which" phrase ("Оқырмандар, оның ішінде балалар"
    under "Оқырмандар"), or None."""
    spans = find_in_matching_form(fv.partitive_re, label)
    if not spans or spans[0][0] <= 2:
        return None
    before = label[:spans[0][0]].strip(" ,;:–—-")
    return spans[0][1] if before and normalize_label(before) == normalize_label(above.strip(" ,;:–—-")) else None


def _unit_only(label: str, hits: list[Hit]) -> bool:
    """A label that is nothing but a unit word ("экз.", "дана", "адам")."""
    if not hits or any(hh.kind != "U" or hh.id in ("libraries", "branches") for hh in hits):
        return False
    rest = label
    for hh in hits:
        rest = rest[:hh.start] + " " * (hh.end - hh.start) + rest[hh.end:]
    return not re.search(r"\w", rest)


#: the words a row's label may have beside its date alone ("на 01.01.2024", "2024 ж. 1 қаңтарына")
_DATE_WORDS = {"на", "по", "состоянию", "к", "ж", "г", "года", "жыл", "жылғы", "жылдың", "жағдай", "жағдайы",
               "бойынша"}


def _date_only(label: str, default_year: int | None) -> bool:
    """Whether a row's label is a date and nothing else ("01.01.2024 ж.",
    "на 01.01.2024", "2024 ж. 1 қаңтарына"): the row's figures are the
    column's, as of that date."""
    found = dates_in(label, default_year)
    if len(found) != 1:
        return False
    rest = label[:found[0].start] + " " + label[found[0].end:]
    return all(w in _DATE_WORDS for w in re.findall(r"[^\W\d_]+", rest.lower()))


def _outside_dates(text: str, default_year: int | None) -> list:
    """The periods a header cell names outside the dates it writes: the year
    of "2025 ж. 1 қаңтарға қоры", "2025 жылғы 1 қаңтардағы" is the date's,
    the day after the report's year, not a year of its own."""
    found = periods_in(text, default_year)
    spans = [(d.start, d.end) for d in dates_in(text, default_year)]
    return [p for p in found if not any(a <= p.start and p.end <= b for a, b in spans)]


def _to_date(text: str, doc_period: Period | None) -> Period | None:
    """A header naming the year to date ("с начала года", "нарастающим
    итогом", "жыл басынан"): January to the end of the report's period."""
    found = find_cumulative_periods(text, doc_period)
    return found[-1].period if found else None


def _previous(text: str, doc_period: Period | None) -> Period | None:
    """A header naming the year before in words ("Өткен жылдың сәйкес
    кезеңі", "Өткен жылы", "Прошлый год", "АППГ"): the same part of the year
    before the report's period."""
    found = find_previous_periods(text, doc_period)
    return found[-1].period if found else None


def _header_period(periods: list, bare_years: list | tuple = ()) -> Period | None:
    """The period a column header names.  A year and a part of a year written
    apart ("2015 г. (I кв.)", "2015 ж. | 1-ші жарты жыл") are that part of that
    year, not the part of the report's own year; so is a bare year under a
    part merged over the years ("I квартал" over "2024 | 2025")."""
    if not periods:
        return None
    last = periods[-1]
    if last.explicit_year or len(last.period.code) == 4:
        return last.period
    years = [p.period for p in periods if p.explicit_year and len(p.period.code) == 4] + list(bare_years)
    if years:
        return make_period(years[-1].year, last.period.code[5:]) or last.period
    return last.period


def _movement_of_row(m: Metric, row_hits: list[Hit], fv: FactVocab) -> bool:
    """A column naming a movement of a stock (opening balance, received,
    withdrawn, closing balance) over a row naming that stock ("Жалпы қор",
    "Кітап қоры", "Фонд всего"): the column says which figure of the row's
    stock the cell is, as in every table of fund movement.  A row naming
    only what came in or went out under a balance's column ("Поступило"
    under "на 01.01.2025") is that flow, no balance."""
    if m.flow is None:
        return False
    family = m.id.rsplit(".", 1)[0]
    row_metrics = {hh.id for hh in row_hits if hh.kind == "M"}
    if m.flow in ("start", "end") and row_metrics and all(
            x in fv.metrics and fv.metrics[x].flow in ("in", "out") for x in row_metrics):
        return False
    return bool(row_metrics) and all(x.rsplit(".", 1)[0] == family for x in row_metrics)


def _unnamed(row_label: str, info: dict, fv: FactVocab, unit: str | None, config: Any,
             default_year: int | None) -> tuple[Metric | None, str | None, float]:
    """A figure no cue names: the metric whose label or alias the row label
    (else the column header) matches fuzzily, or no metric and the folded
    label as its key."""
    text = row_label or info["text"]
    if not text:
        return None, None, 0.4
    from esep.plugins.vocab import get_vocabulary

    vocab = get_vocabulary("metrics", config)
    # a label in two languages ("Іс-шаралар / Мероприятия") is matched whole, then by each of its halves,
    # which must agree
    halves = [h for h in (x.strip() for x in text.split("/")) if h] if text.count("/") == 1 else []
    for i, part in enumerate([text] + (halves if len(halves) == 2 else [])):
        match = vocab.match(_UNIT_WORDS_RE.sub(" ", part).strip(" ,.;:()") or part)
        m = fv.metrics.get(match.id) if match.id else None
        if i and m is not None:
            other = vocab.match(_UNIT_WORDS_RE.sub(" ", halves[2 - i]).strip(" ,.;:()") or halves[2 - i])
            if other.id not in (None, m.id):
                m = None
        if m is not None and (not unit or unit in m.units):
            return m, None, 0.6
    key = label_key(row_label, default_year)
    col = label_key(info["text"], default_year)
    if key and col and not info.get("relation"):
        key = f"{key} | {col}" if row_label else col
    return None, key or col, 0.4


#: unit words a label ends with ("Книговыдча, экз.", "Оқырмандар (адам)"), left out when the label is
#: matched fuzzily against the metrics' names: a misspelt name is matched by itself
_UNIT_WORDS_RE = re.compile(r"(?i)[,(]?\s*(?<![^\W\d_])(?:экз|дана|чел|адам|ед|шт|тыс|мың|руб|тенге|теңге|тг)\.?\s*\)?$")


def _unmatched(term: str, rec: Record) -> Record:
    from esep.plugins.vocab import Match, unmatched

    return unmatched(" ".join(term.split())[:300], "metric", Match(None, 0.0, None, None), evidence=rec.evidence,
                     provenance=rec.provenance, table_index=rec.table_index, cell=rec.cell)


#: a caption naming the state's order of books: "Мемлекеттік тапсырыс бойынша сатып алу", "Выполнение
#: государственного заказа", "Госзаказ" (not the state's task, "мемлекеттік тапсырма", which counts the services
#: and the money of the whole library)
_STATE_ORDER_CAPTION_RE = re.compile(r"(?i)(?<![^\W\d_])(?:мемлекеттік\s+тапсырыс|мемтапсырыс"
                                     r"|государственн[^\W\d_]*\s+заказ|госзаказ)")
#: the last sentence of a paragraph, when no figure is in it
_FIGURELESS_TAIL_RE = re.compile(r"[.!?]\s+([^\d.!?]+)$")
#: what the order bought: its copies and its money
_STATE_ORDERED = {"acquisition.copies": "state_order.copies", "acquisition.budget": "state_order.budget"}
#: the money of copies bought, by the metric of the copies
_SUM_OF_COPIES = {"acquisition.copies": "acquisition.budget", "state_order.copies": "state_order.budget"}
#: a row of the sum alone: "Сомасы", "Сома", "Сумма", "На сумму"
_SUM_LABEL_RE = re.compile(r"(?i)\s*(?:сома(?:сы)?|сумма|на\s+сумму)(?![^\W\d_])")


def _category(hits: list[Hit]) -> str | None:
    cats = [hh for hh in hits if hh.kind == "C"]
    if not cats:
        return None
    if {"newspapers", "magazines"} <= {hh.id for hh in cats}:
        return "periodicals"  # "Журналдар мен газеттер", "Газеты и журналы": both kinds, the periodicals
    return max(cats, key=lambda hh: (hh.t1 - hh.t0, hh.end - hh.start)).id


def _movement_columns(col_info: dict[int, dict], flows: dict[int, dict], last_flow: int) -> bool:
    """The flows are a movement of the stock: both in- and out-flows, or a
    balance right of them ("Кітап қоры | Түскен әдебиет" beside the readers
    and the loans of each library is the fund held and what came in, no
    opening balance)."""
    kinds = {i["metric"].flow for i in flows.values()}
    return kinds == {"in", "out"} or any(
        k > last_flow and i["metric"] is not None and i["metric"].flow in ("start", "end") for k, i in col_info.items())


def _opening_balance(col_info: dict[int, dict], fv: FactVocab) -> None:
    """In a table with in- and out-flow columns, a stock column left of the
    flows is the opening balance; stocks take the flows' period."""
    flows = {k: i for k, i in col_info.items() if i["metric"] is not None and i["metric"].flow in ("in", "out")}
    if not flows:
        return
    first_flow, last_flow = min(flows), max(flows)
    periods = Counter(i["period"] for i in flows.values() if i["period"])
    flow_period = periods.most_common(1)[0][0] if periods else None
    # a column headed by a date alone ("01.07.2018 ж.") beside the flows is the balance at that date
    family = next(iter(flows.values()))["metric"].id.rsplit(".", 1)[0]
    for k, info in col_info.items():
        if info["metric"] is None and info["date"] and not info["plan"] and not info["relation"] \
                and not any(hh.kind == "M" for hh in info["hits"]):
            side = "end" if k > last_flow else "start" if k < first_flow else None
            m = fv.metrics.get(f"{family}.{side}") if side else None
            if m is not None and (not info["unit"] or info["unit"] in m.units):
                info["metric"], info["own"] = m, True
    for k, info in col_info.items():
        m = info["metric"]
        if m is None or m.flow not in ("start", "end"):
            continue
        family = m.id.rsplit(".", 1)[0]
        if m.flow == "end" and k < first_flow and f"{family}.start" in fv.metrics \
                and _movement_columns(col_info, flows, last_flow):
            info["metric"] = fv.metrics[f"{family}.start"]
        if flow_period:
            info["flow_period"] = flow_period


def _dated_balance_columns(col_info: dict[int, dict], corner_hits: list[Hit], fv: FactVocab,
                           doc_period: Period | None) -> None:
    """Columns headed by dates alone ("на 01.01.2024 | на 01.01.2025", "01.01.2023 ж. | 01.01.2024 ж.") under
    a corner cell naming the fund ("Фонд", "Фонд библиотеки", "Кітап қоры", "Қор"), no column naming a figure,
    or each naming the fund's balance and its date ("Фонд на 01.01.2024 | Фонд на 01.01.2025"): each column
    is the fund's balance at its date, the total and the parts the rows name.  The report's first
    day (or the eve of it) opens its period (``fund.start``); any other date closes the period it ends: the
    first of January of an earlier year, the year before's (``fund.end``)."""
    figures = [i for i in col_info.values() if not i["plan"] and not i["relation"]]
    if not figures or not all(i["date"] for i in figures):
        return
    if all(i["metric"] is not None and i["metric"].flow in ("start", "end") for i in figures):
        # "Фонд на 01.01.2024 | Фонд на 01.01.2025": each column names the fund and its date itself
        family = figures[0]["metric"].id.rsplit(".", 1)[0]
    elif any(i["metric"] is not None for i in col_info.values()) \
            or any(hh.kind in ("M", "C", "P") for i in figures for hh in i["hits"]):
        return
    else:
        family = next((hh.id.rsplit(".", 1)[0] for hh in corner_hits if hh.kind in ("M", "T")
                       and hh.id.startswith("fund.")), None)
    start, end = fv.metrics.get(f"{family}.start"), fv.metrics.get(f"{family}.end")
    if start is None or end is None:
        return
    for info in figures:
        if info["unit"] and info["unit"] not in end.units:
            continue
        day = info["date"]
        if doc_period is not None and day in day_and_eve(doc_period.start):
            info["metric"] = start
        else:
            info["metric"] = end
            if doc_period is not None and day < doc_period.start and day[5:] in ("01-01", "12-31"):
                # "на 01.01.2023" in a report on 2024: the balance 2022 closed with
                info["period"] = make_period(int(day[:4]) - (day[5:] == "01-01"))
        info["own"] = True


#: the head of a label column naming education ("Образование", "Білімі", "Білімі / Образование")
_EDUCATION_HEAD_RE = re.compile(r"(?i)^\s*(?:уровень\s+)?(?:образовани[еяю]|білім(?:і|дері)?(?:\s+деңгейі)?)\s*:?\s*$")
#: a column of the part with library education ("в т.ч. библиотечное", "из них с библиотечным", "оның ішінде
#: кітапханалық")
_LIBRARY_EDUCATION_HEAD_RE = re.compile(r"(?i)(?<![^\W\d_])(?:библиотечн\w*|кітапхана(?:лық|шылық)\w*)")
#: a column counting the people of each row ("Всего", "Кол-во", "Количество человек", "Саны", "Адам саны")
_PEOPLE_COUNT_HEAD_RE = re.compile(r"(?i)^\s*(?:(?:кол-во|количество|число|численность)(?:\s+(?:человек|чел\.?|работников))?|"
                                   r"(?:адам\s+)?саны|(?:қызметкерлер\s+)?саны)\s*[,.:]?\s*$")
#: the head of a label column naming the staff's age or length of service ("Возраст", "Стаж работы", "Жасы",
#: "Еңбек өтілі"): as by education, the rows are groups of the staff and the total row is the headcount
_AGE_OR_SERVICE_HEAD_RE = re.compile(r"(?i)^\s*(?:возраст(?:\s+работников)?|стаж(?:\s+работы)?(?:\s+в\s+библиотеке)?"
                                     r"|библиотечный\s+стаж|жасы|жас\s+ерекшелігі|(?:еңбек|жұмыс)\s+өтілі|өтілі)\s*:?\s*$")
#: a column of people counted by the unit alone ("Чел.", "Человек", "Адам"), beside a label column of age or service
_PEOPLE_UNIT_HEAD_RE = re.compile(r"(?i)^\s*(?:чел\.?|человек|адам)\s*$")
#: a row of the higher education ("Высшее", "с высшим образованием", "в т.ч. высшее", "Жоғары", "Жоғары білімді")
_HIGHER_ROW_RE = re.compile(r"(?i)^\s*(?:(?:в\s*т\.?\s*ч\.?|в\s+том\s+числе|из\s+них|оның\s+ішінде)\s*:?\s*)?"
                            r"(?:высшее|с\s+высшим|жоғары|жоғарғы)(?:\s+(?:образование\w*|білім\w*))?\s*[:.]?\s*$")
#: a row of the staff with library education, on its own (no "в т.ч.", "оның ішінде" making it a part of the level
#: above): "Кітапханалық білімі барлар", "Кітапханалық білімді", "С библиотечным образованием", "Библиотечное"
_LIBRARY_ROW_RE = re.compile(r"(?i)^\s*(?:(?:кітапхана(?:лық|шылық)\s+(?:білім\w*|мамандығы\w*)(?:\s+бар\w*)?)"
                             r"|(?:с\s+)?библиотечн\w*(?:\s+образовани\w*)?)\s*[:.]?\s*$")
#: words of readers around a table: a table of the readers by education is no staff's
_READERS_AROUND_RE = re.compile(r"(?i)пользовател|читател|оқырман|абонент")
#: a balance day's words: "01.01.2022 жағдай бойынша", "по состоянию на 01.01.2022", "на 1 января 2022 г."
_BALANCE_DAY_RE = re.compile(r"(?i)жағдай\w*\s+бойынша|состоянию\s+на|(?<![^\W\d_])на\s+(?:\d{2}\.\d{2}\.|1\s+январ)")
#: words of the staff around a table ("Кадры", "Кадрлар", "Персонал", "Сотрудники", "Қызметкерлер")
_STAFF_AROUND_RE = re.compile(r"(?i)кадр|персонал|работник|сотрудник|қызметкер|кітапханашы|библиотекар|штат")


def _halves(text: str) -> list[str]:
    """The Kazakh and the Russian of a bilingual cell ("Жоғары / Высшее"), or the cell."""
    return [x for x in (p.strip() for p in text.split("/")) if x] or [text]


def _staff_education_columns(corner: list[Cell], col_info: dict[int, dict], titles: list[str], around: list[str],
                             fv: FactVocab) -> dict[int, str]:
    """The columns of a table of the staff by education: its label column headed by education ("Образование |
    Всего | в т.ч. библиотечное", "Білімі | Барлығы | оның ішінде кітапханалық"), beside a column of the part
    with library education or near words of the staff, and under no caption or heading naming the readers (the
    readers by education are no staff).  Each figure column is ``whole`` (the people of the row) or
    ``library`` (those of them with library education).  A label column headed by age or length of service
    ("Возраст | Чел.", "Стаж работы | Число работников") groups the staff likewise: its total row is the
    headcount, its other rows no figure a metric names."""
    if "staff.headcount" not in fv.metrics or not corner \
            or not any(all(_EDUCATION_HEAD_RE.match(x) or _AGE_OR_SERVICE_HEAD_RE.match(x) for x in _halves(c.text))
                       for c in corner):
        return {}
    by_age = not any(all(_EDUCATION_HEAD_RE.match(x) for x in _halves(c.text)) for c in corner)
    out: dict[int, str] = {}
    for k, info in col_info.items():
        if info["plan"] or info["relation"] or info["date"] or info["period"]:
            continue
        if _LIBRARY_EDUCATION_HEAD_RE.search(info["text"]) and not by_age:
            out[k] = "library"
        elif is_total(info["text"], fv) or all(_PEOPLE_COUNT_HEAD_RE.match(x) or is_total(x, fv)
                                               or by_age and _PEOPLE_UNIT_HEAD_RE.match(x)
                                               for x in _halves(info["text"])):
            out[k] = "whole"
    if not out or any(_READERS_AROUND_RE.search(x) for x in titles) \
            or not ("library" in out.values() or any(_STAFF_AROUND_RE.search(x) for x in around)):
        return {}
    return out


def _education_cell(column: str, label: str, kind: str, fv: FactVocab) -> Metric | None:
    """The metric of a cell of the staff by education: the total row is the headcount and the library
    education; the row of the higher education its whole column, and so a row of the library education on its
    own; any other cell (a level's library part, another level) none."""
    if kind == "total" or is_total(label, fv):
        return fv.metrics.get("staff.library_education" if column == "library" else "staff.headcount")
    if column == "whole" and any(_HIGHER_ROW_RE.match(x) for x in _halves(label)):
        return fv.metrics.get("staff.higher_education")
    if column == "whole" and any(_LIBRARY_ROW_RE.match(x) for x in _halves(label)):
        # "Жоғары | Арнаулы орта | Орта | Кітапханалық білімі барлар": a row of its own, across the levels, counts
        # the staff with library education (a part of one level, "в т.ч. библиотечное" under "Высшее", is none)
        return fv.metrics.get("staff.library_education")
    return None


def _states_figures(text: str, default_year: int | None) -> bool:
    """Whether a block states figures of its own, as prose does: a number of
    three digits or more, or with a decimal part, that is no year, period or
    date ("Ақылы қызметтерден 742,8 мың теңге түсті", "Выдано 12 400 экз.");
    a caption names at most a table's number and its periods ("Таблица 2.
    Показатели за 2023 год")."""
    spans = [(p.start, p.end) for p in periods_in(text, default_year)]
    spans += [(d.start, d.end) for d in dates_in(text, default_year)]
    return any((n.value >= 100 or n.value != int(n.value)) and _LONE_YEAR_RE.fullmatch(n.text.strip()) is None
               and not any(a < n.end and n.start < b for a, b in spans) for n in find_numbers(text))


#: the end of one sentence and the start of another inside a block (a word of four letters before the stop, so
#: no abbreviation: "г. Рудного", "обл. Костанай", "им. Абая")
#: the number a caption opens with: "2-кесте.", "Кесте 2.", "Таблица 2." (its stop ends no sentence)
_CAPTION_NUMBER_RE = re.compile(r"(?i)^\s*(?:\d{1,2}\s*[-‑–]?\s*кесте|(?:кесте|таблица|табл)\.?\s*№?\s*\d{1,2})\s*[.:]\s*")
_SENTENCES_RE = re.compile(rf"[^\W\d_]{{4}}[.!?]\s+[{UPPER}A-Z]")
#: the start of a sentence after one ending in a word of three letters or more ("… тыс. руб. Расходы …"; not "г. Павлодар")
_LEAD_IN_START_RE = re.compile(rf"(?<=[^\W\d_]{{3}}[.!?])\s+(?=[{UPPER}A-Z])")


#: the kind of institution a row of a culture department's table names by its first word: houses of culture,
#: clubs, museums, theatres, cinemas, philharmonics, concert halls ("Мәдениет үйлері", "Клуб мекемелері", "Музей")
_INSTITUTION_FIRST_RE = re.compile(r"(?i)\s*(?:мәдениет|мадениет|дом\w*|клуб\w*|музе[йи]\w{0,3}|театр(?:ы|лар)?"
                                   r"|кинотеатр\w*|филармони\w*|концерт\w*)(?![^\W\d_])")
#: the libraries as a kind of institution, the whole label: "Кітапханалар", "Библиотеки", "Библиотеки ЦБС"
_LIBRARIES_KIND_RE = re.compile(r"(?i)\s*(?:кітапханалар|китапханалар|библиотеки|kitaphanalar)(?:\s+\w+)?\s*")
#: a corner cell over the kinds of institution: "Мекеме түрі", "Мекемелер", "Вид учреждения", "Учреждения"
_INSTITUTION_CORNER_RE = re.compile(r"(?i)мекеме|учрежден")


def _institution_kinds(grid: list, data_rows: range, label_cols: list[int], corner: list[Cell]) -> dict[int, bool]:
    """The rows of a table by kind of institution of culture, each ``True``
    for the libraries' row: a row of libraries beside two rows of other
    institutions (houses of culture, museums, cinemas), or beside one under
    a corner cell naming the institutions. Empty for any other table."""
    if not label_cols:
        return {}
    rows: dict[int, bool] = {}
    for r in data_rows:
        c = grid[r][label_cols[0]] if label_cols[0] < len(grid[r]) else None
        label = " ".join(c.text.split()) if c is not None else ""
        if _LIBRARIES_KIND_RE.fullmatch(label):
            rows[r] = True
        elif _INSTITUTION_FIRST_RE.match(label) and other_institution(label):
            rows[r] = False
    others = sum(1 for v in rows.values() if not v)
    corner_named = any(_INSTITUTION_CORNER_RE.search(c.text) for c in corner)
    if sum(rows.values()) != 1 or others < (1 if corner_named else 2):
        return {}
    return rows


#: a figure a sentence reports: grouped by thousands ("9 160") or of three digits or more that is no year
_REPORTED_FIGURE_RE = re.compile(r"(?<![\d.,])(?:\d{1,3}(?:[ \u00a0]\d{3})+|(?!(?:19|20)\d\d(?!\d))\d{3,})(?![\d.,]\d)")


def _captions(doc: Document, t: Table) -> list[str]:
    """The table's own caption: its title, or the block right before it when
    that block is a heading, is short or ends with a colon.  A sentence
    that reports figures of its own and ends with its full stop ("… обслужили
    9 160 пользователей, из них 3 480 детей до 14 лет.") leads into the
    table but names none of it: the reader group or library it speaks of is
    not the table's."""
    if t.title:
        return [t.title]
    if 0 <= t.position < len(doc.blocks) and not _own_head_after_table(doc, t):
        b = doc.blocks[t.position]
        text = b.text.strip()
        if b.kind != "heading" and text.endswith(".") and _REPORTED_FIGURE_RE.search(text):
            return []
        if b.kind == "heading" or len(text) <= 160 or text.endswith(":"):
            return [text]
    return []


#: a row of the whole year below its quarters, no year written: "Жыл бойынша", "Жыл бойы", "Жыл ішінде", "За год"
_WHOLE_YEAR_ROW_RE = re.compile(r"(?i)\s*(?:жыл\s+бойы(?:нша)?|жыл\s+ішінде|жылына|за\s+год)\s*[:.]?\s*$")
_YEAR_LABEL_RE = re.compile(r"\s*((?:19|20)\d{2})\s*(?:ж\.?|жыл\w*|j\.?|jyl\w*|jıl\w*|г\.?|год\w*)?\s*$", re.I)
#: a hyphenated name a narrow cell broke after its hyphen ("Ак-↵Суйская"): the hyphen joins it again
_HYPHEN_BREAK_RE = re.compile(r"(?<=[^\W\d_])-[ \t]*\n[ \t]*(?=[^\W\d_])")
_BROKEN_WORD_RE = re.compile(rf"(?<=[^\W\d_])[ \t]*\n[ \t]*(?=[^\W\d_A-Z{UPPER}])")


def _row_period(label: str, default_year: int | None) -> Period | None:
    """The period a row label is, when it is nothing but a period: a bare
    year ("2017", "2017 ж.") or one period phrase ("2018 жылдың 2-ші ж/ж",
    "1 полугодие 2015 г.", or a part of the report's year: "I тоқсан") with
    at most two words around it; the whole year written with no year ("Жыл
    бойынша" below the quarters) is the report's year."""
    m = _YEAR_LABEL_RE.match(label)
    if m:
        return make_period(int(m.group(1)))
    if default_year is not None and _WHOLE_YEAR_ROW_RE.match(label):
        return make_period(default_year)
    # (a part of the year with no year of its own, "I тоқсан", "1-ші жартыжылдық", is the report's year's: a
    # table of a year's report whose rows are its quarters)
    ps = [p for p in periods_in(label, default_year) if p.explicit_year or len(p.period.code) > 4]
    if len(ps) != 1:
        return None
    rest = label[:ps[0].start] + " " + label[ps[0].end:]
    if len(re.findall(r"[^\W\d_]{2,}", rest)) > 2 or re.search(r"\d", rest):
        return None
    return ps[0].period


def _header_hits(text: str, fv: FactVocab, default_year: int | None) -> list[Hit]:
    """Cue hits of a header cell, without those inside its period or date
    phrases ("жылдықта" is no unit) and without the unit "years".  A word
    broken over two lines of a narrow cell ("участни\nки") is also read
    joined."""
    out = _cell_hits(text, fv, default_year)
    joined = _BROKEN_WORD_RE.sub("", text)
    went_out = _WENT_OUT_HEAD_RE.match(joined)
    # "Шықты", "Шыққаны, дана" over a fund's movement: what went out of it, as "шығарылды" says (the verb alone,
    # the whole header: in prose "шықты" is as often "was published", "150 дана таралыммен шықты")
    went_out = "шығарылды" + joined[went_out.end():] if went_out else joined
    for other in dict.fromkeys((joined, _space_broken(joined, fv), went_out)):
        if other != text:
            have = {(hh.kind, hh.id) for hh in out}
            out += [hh for hh in _cell_hits(other, fv, default_year) if (hh.kind, hh.id) not in have]
    return out


#: a header of the fund's outflow by the verb of going out alone: "Шықты", "Шыққаны (дана)"
_WENT_OUT_HEAD_RE = re.compile(r"(?i)\s*(?:шықты|шыққаны|шыққандары)(?=\s*(?:[,(]|$))")
#: a space inside a word of a header, a PDF's join of the two lines a narrow cell broke it over
#: ("Книгов ыдача"): a word in lower case after it
_SPACE_IN_WORD_RE = re.compile(rf"(?<=[^\W\d_]{{4}}) (?=[^\W\d_A-Z{UPPER}]+)")


def _space_broken(text: str, fv: FactVocab) -> str:
    """The header ``text`` with the spaces that cut a metric's one-word cue
    in two taken out ("Книгов ыдача, экз." → "Книговыдача, экз."): two words
    that are words apart ("Число посещений", "Кітап қоры") make no cue when
    joined, and stay apart."""
    out, last = [], 0
    for m in _SPACE_IN_WORD_RE.finditer(text):
        head, tail = _LAST_WORD.search(text[:m.start()]), _FIRST_WORD.search(text[m.end():])
        if head and tail and cue_crosses(head.group(1), tail.group(1), fv):
            out.append(text[last:m.start()])
            last = m.end()
    return "".join(out) + text[last:]


def _stacked(cells: list) -> list[str]:
    """The texts of a column's header cells, a cell that goes on in lower
    case joined to the one over it (a PDF header cell of two lines read as
    two rows: "Жыл" over "басында" is "Жыл басында")."""
    out: list[str] = []
    prev = None
    for c in cells:
        t = c.text.strip()
        if out and prev is not None and t[:1].islower() and c.col_span == 1 and prev.col_span == 1:
            out[-1] = f"{out[-1]} {t}"
        else:
            out.append(c.text)
        prev = c
    return out


_LAST_WORD = re.compile(r"([^\W\d_]+)[ \t]*$")
_FIRST_WORD = re.compile(r"^[ \t]*([^\W\d_]+)")


def _crossed_break(label: str, fv: FactVocab) -> bool:
    """Whether a metric's cue runs across a line break of the label: the
    break cut a word in a narrow cell ("Документов" / "ыдача"), not two
    words apart ("Кітапханаға" / "келу саны")."""
    for m in _BROKEN_WORD_RE.finditer(label):
        head, tail = _LAST_WORD.search(label[:m.start()]), _FIRST_WORD.search(label[m.end():])
        if head and tail and cue_crosses(head.group(1), tail.group(1), fv):
            return True
    return False


_CELL_HITS: dict[tuple[Any, ...], tuple[Hit, ...]] = {}


def _cell_hits(text: str, fv: FactVocab, default_year: int | None,
               drop_units: tuple[str, ...] = ("years", "percent")) -> list[Hit]:
    # the same label and header cells are read again by each question the table reader asks of them
    # (their topics, their kinds of documents, their metric): the hits are kept per text, and each
    # caller gets a list of its own (the hits themselves are shared and read only, as tokenize's)
    key = (text, fv, default_year, drop_units)
    got = _CELL_HITS.get(key)
    if got is not None:
        return list(got)
    spans = [(p.start, p.end) for p in periods_in(text, default_year)]
    spans += [(d.start, d.end) for d in dates_in(text, default_year)]
    out = []
    for hh in tokenize(text, fv).hits:
        if hh.kind == "U" and hh.id in drop_units:
            continue
        if any(a < hh.end and hh.start < b for a, b in spans) and not (
                hh.kind == "M" and not any(a <= hh.start and hh.end <= b for a, b in spans)
                and any(a < hh.start < b for a, b in spans)):
            # (a metric's wording that runs on past a period it starts in names the metric: "2022 жылдың
            # басындағы қор", the fund at the start of the year; one inside the period names none)
            continue
        out.append(hh)
    if len(_CELL_HITS) > 32768:
        _CELL_HITS.clear()
    _CELL_HITS[key] = tuple(out)
    return out


def _fuzzy_category(cells: list[Cell], fv: FactVocab) -> str | None:
    """A category by fuzzy match of a whole cell against the category
    labels and aliases (typos: "Мерзімді баслымдарға")."""
    for c in reversed(cells):
        got = _fuzzy_cell_category(c.text, fv)
        if got is not None:
            return got
    return None


@functools.lru_cache(maxsize=8192)
def _fuzzy_cell_category(text: str, fv: FactVocab) -> str | None:
    """The category one cell's text names by fuzzy match, or None (kept per
    text: the same labels recur in the rows and tables of a report and of
    the next)."""
    words = [(w.start(), w.end()) for w in re.finditer(r"[^\W\d_]{3,}", text)]
    spans = [(hh.start, hh.end) for hh in tokenize(text, fv).hits]
    if words and all(any(a <= x and y <= b for a, b in spans) for x, y in words):
        return None  # every word known as written ("Кітапханалар", the libraries): no misspelt category
    voc = _category_vocabulary(fv)
    m = voc.match_at_least(text, voc.threshold)
    if m is not None and _starts_alike(normalize_label(text), m.alias or ""):
        return m.id
    return None


def _starts_alike(text: str, alias: str) -> bool:
    """Each word of a misspelt label begins as the alias's word in its place
    does: a slip of the keys or of OCR inside a word, not another word
    ("Научная литература" is no "учебная литература")."""
    words, known = text.split(), alias.split()
    return len(words) == len(known) and all(w[:1] == k[:1] for w, k in zip(words, known))


_cat_vocab: dict[int, object] = {}


def _category_vocabulary(fv: FactVocab):
    from esep.plugins.vocab import Vocabulary

    v = _cat_vocab.get(id(fv))
    if v is None:
        v = Vocabulary("fact_category", list(fv.categories.values()), threshold=88.0)
        _cat_vocab[id(fv)] = v
    return v


_LONE_YEAR_RE = re.compile(r"(?<![\d.,/])(?:19|20)\d{2}(?![\d.,/])")


def _lone_year(text: str) -> Period | None:
    """The year of a header that writes one beside a word and no period
    phrase ("Факт 2021", "Исполнено 2021", "2021 нақты")."""
    years = set(_LONE_YEAR_RE.findall(text or ""))
    return make_period(int(years.pop())) if len(years) == 1 else None


def _bare_year(text: str) -> Period | None:
    """A header that is a year and nothing else ("2018", "2018 ж.", "2018 г.")."""
    m = _YEAR_LABEL_RE.match(text or "")
    return make_period(int(m.group(1))) if m else None


_DIFF_RE = re.compile(r"±|\+\s*/?\s*[-–−]|[-–−]\s*/\s*\+|\+\s*,\s*[-–]|өсу|кему|айырма|разниц|отклонен|откл\.|динамик|"
                      r"изменени|прирост|сравнени|салыстыр|ауытқу", re.I)
_PCT_RE = re.compile(r"%|пайыз|процент|темп рост", re.I)
_DIFF_LOOSE = re.compile(loose(_DIFF_RE.pattern), re.I)
_PCT_LOOSE = re.compile(loose(_PCT_RE.pattern), re.I)


def _relation(text: str, hits: list[Hit]) -> str | None:
    """'diff' for a ± column (this period minus the compared one), 'pct' for
    a % column (this over the compared one, or the actual over the plan,
    × 100); None for a column of figures.  A header that names a metric
    ("Халықты қамту, %") is a column of figures."""
    if any(hh.kind == "M" for hh in hits):
        return None
    forms = (text, loose(matching_form(text)[0]))  # Latin-script Kazakh: "Aiyrmaşylyğy", "Paiyzy"
    if any(_PCT_RE.search(x) for x in forms) or _PCT_LOOSE.search(forms[1]):
        return "pct"
    if any(_DIFF_RE.search(x) for x in forms) or _DIFF_LOOSE.search(forms[1]):
        return "diff"
    return None


#: the words of a % column that compares with the period before: growth, its rate, against last year
_GROWTH_RE = re.compile(r"(?i)өсу|өсім|рост|темп|динамик|прирост|в\s+сравнени|салыстыр|к\s+(?:прошлому|предыдущему)"
                        r"|өткен\s+жыл")


_LIBRARY_RE = re.compile(r"кітапхана(?!лық|шы)|kitaphana(?!lyq|shy)|библиотек(?!ар|ечн)|филиал|\bф\s*№|"
                         r"\b(?:ЦБ|ЦДБ|ЦГБ|ЦРБ|ЦБС|ЦДЮБ|ДБ|ДЮБ|ОКЖ|ОҚК|ОКК|ОББ|ОБК|АК|СБ|СФ|ф-л)\b|(?<!\w)(?:с/ф|с/б|а/к)(?!\w)"
                         # the Kazakh abbreviations of a system's own libraries, in capitals: ОК (орталық кітапхана),
                         # БК (балалар кітапханасы), АОК, ОАК, АБК, ҚБК
                         r"|(?<!\w)(?-i:ОК|БК|АОК|ОАК|АБК|ҚБК)(?!\w)"
                         # the information-library and information-resource centres Uzbekistan's libraries are
                         # (ИБЦ, ИРЦ; in Uzbek АКМ, ахборот-кутубхона маркази), by their abbreviations or in full
                         r"|(?<!\w)(?-i:ИБЦ|ИРЦ|АКМ)(?!\w)|информационно-(?:библиотечн|ресурсн)\w*\s+центр|ахборот-кутубхона",
                         re.I)


_PEOPLE_RE = re.compile(r"(?i)қызметкер|жұмыскер|маман|кітапханашы|работник|сотрудник|персонал|кадр|специалист"
                        r"|заведующ|меңгеруш|директор|методист|библиограф")


#: Units that count anything ("бірлік", "ед.", "шт."): they fit every metric counted.
_GENERIC_UNITS = {"units"}


def _inside_metric(h: Hit, hits: list[Hit], fv: FactVocab) -> bool:
    """A unit word inside a metric's wording that the metric is not counted
    in ("Құжаттар қоры", the fund of documents, counted in copies) is no
    unit of its own."""
    return any(x.kind == "M" and x.words > 1 and x.start <= h.start and h.end <= x.end
               and x.id in fv.metrics and h.id not in fv.metrics[x.id].units for x in hits)


#: the counts a column of a group of readers beside them is a part of, as form 6-НК lays them out ("Выдано
#: документов, всего | из них удалённым пользователям | в т.ч. пользователям до 14 лет | молодёжи 15–30 лет")
_GROUPED_WHOLES = ("loans.total", "visits.total", "bibliography.references")
#: the part of a whole its remote readers account for, where a metric of its own names it: the references given
#: remotely are the virtual references
_REMOTE_PART = {"bibliography.references": "bibliography.virtual_references"}


def _group_columns_of_a_whole(col_info: dict[int, dict], fv: FactVocab) -> None:
    """The columns of parts right after a column of a whole, as form 6-НК lays them out: a part no metric, kind
    or language names is no second figure of the whole; a part of a kind ("из них основной персонал") is the
    whole's figure of that kind; the education of the main staff is the staff's education; and columns of
    groups of readers right after loans, visits or references (with only such columns between) are that whole's
    figures of each group (``readers:*``), no count of the group's readers: the first of them is written as a
    part ("из них", "в т.ч."), the next ones may not be ("молодёжи 15–30 лет")."""
    levels = [info for info in col_info.values() if info["partitive"] and info["own"] and info["metric"] is not None
              and info["metric"].id == "staff.library_education"]
    if len(levels) >= 2:
        # "высшее | из них библиотечное | среднее профессиональное | из них библиотечное": the library education of
        # each level, two parts that no column sums; neither is the staff's library education
        for info in levels:
            info["metric"], info["own"] = None, False
    whole, run = None, False
    for k in sorted(col_info):
        info = col_info[k]
        m = info["metric"]
        left = col_info.get(k - 1)
        if m is not None and info["partitive"] and not info["own"] and not (info["category"] or info["language"]
                                                                           or info["group"]) \
                and left is not None and left["own"] and left["metric"] is not None and not left["partitive"]:
            # "Число посещений, всего | из них для получения библиотечно-информационных услуг": a part of the
            # whole to its left that no metric, kind or language names, no second figure of the whole
            info["metric"], m = None, None
        if (m is None or not info["own"] and left is not None and m is not left["metric"]) and info["partitive"] \
                and info["category"] and not info["plan"] \
                and not info["relation"] \
                and left is not None and left["own"] and left["metric"] is not None and not left["partitive"] \
                and not left["category"]:
            # "Численность работников, всего | из них основной персонал": the whole's figure of that kind
            info["metric"], info["own"] = left["metric"], True
            m = left["metric"]
        if m is not None and info["own"] and m.id in ("staff.higher_education", "staff.library_education") \
                and info["category"] == "librarians":
            # "из числа основного персонала имеют образование: высшее": form 6-НК counts the education of the
            # librarians only; the figure is the staff's education, as the prose tells it
            info["category"] = None
        if info["plan"] or info["relation"] or m is None:
            whole, run = None, False
            continue
        if m.id in _READER_GROUPS and whole is not None and (info["partitive"] or run) and info["own"]:
            part = _REMOTE_PART.get(whole.id) if m.id == "users.remote" else None
            if part in fv.metrics:
                info["metric"], info["group"] = fv.metrics[part], None
            else:
                info["metric"], info["group"], info["category"] = whole, None, reader_category(m.id)
            run = True
            continue
        whole, run = (m if m.id in _GROUPED_WHOLES and not info["partitive"] else None), False


def _inside_wording(u: Hit, hits: list[Hit]) -> bool:
    """Whether the unit word ``u`` is a word of a metric's wording of three words or more ("число посещений
    массовых мероприятий": the visits of the events, not a count of events): the wording names what is counted."""
    return any(hh.kind == "M" and hh.t1 - hh.t0 >= 3 and hh.t0 <= u.t0 and u.t1 == hh.t1 for hh in hits)


def _unnamed_part_columns(col_info: dict[int, dict], fv: FactVocab) -> None:
    """Beside a column of the whole ("Всего"), columns of parts that no kind of documents, language, group or
    period names ("печатные издания и неопубликованные документы", "документы на других видах носителей" of form
    6-НК's fund section, under rows that name the movement): their figures are parts of the row's indicator no
    vocabulary names, not more figures of it (``unnamed_part``)."""
    if not any(is_total(info["text"], fv) and not info["plan"] and not info["relation"] for info in col_info.values()):
        return
    for info in col_info.values():
        info["unnamed_part"] = not (
            is_total(info["text"], fv) or info["metric"] is not None or info["category"] or info["language"]
            or info["group"] or info["period"] or info["date"] or info["plan"] or info["relation"]
            or any(hh.kind in ("C", "L", "P", "S") for hh in info["hits"])) \
            and len(re.findall(r"[^\W\d_]{3,}", info["text"])) >= 2


#: a row's unit written as the word for percent, in a column of units ("процент", "пайыз") or after its label
_PERCENT_WORD_RE = re.compile(r"(?i)(?<![^\W\d_])(?:процент(?:ов|ы)?|пайыз)(?![^\W\d_])[\s–—-]*$")


def _money_columns(col_info: dict[int, dict], fv: FactVocab, money_unit: str | None) -> None:
    """The columns of a table of the money received and spent (form 6-НК's section on money: "Поступило всего |
    бюджетные ассигнования учредителя | от оказания платных услуг | спонсорские средства | Израсходовано всего |
    … | на комплектование фонда"): a column that names the buying only in money's general words ("средства",
    "израсходовано", "ассигнования", whose topic another column names) is no money for buying; the money
    received in all is the budget, and a column of a source (sponsors, a level's budget) its part."""
    if not fv.money(money_unit) or "finance.budget" not in fv.metrics:
        return
    named = {hh.id for info in col_info.values() for hh in info["hits"] if hh.kind == "M"}
    for info in col_info.values():
        m = info["metric"]
        if info["plan"] or info["relation"] or info["date"]:
            continue
        if m is not None and fv.money(m.unit) and m.id in named and info["own"] and not info["category"] \
                and any(hh.kind == "W" and hh.id == m.id for hh in info["hits"]) \
                and not any(hh.kind in ("M", "T") and hh.id == m.id for hh in info["hits"]):
            info["metric"], info["own"] = None, False
        if info["metric"] is None or info["metric"].id.startswith("fund."):
            got = money_received(info["text"], money_unit, fv)
            source = funding_source(info["text"])
            if got is not None or source is not None:
                info["metric"], info["own"] = fv.metrics["finance.budget"], True
                info["category"] = info["category"] or source


def _columns_name_indicators(col_info: dict[int, dict]) -> bool:
    """Some column's header names an indicator of its own other than the
    number of libraries (the readers, the loans, the fund)."""
    return any(i["metric"] is not None and i["own"] and i["metric"].id != "libraries.count" for i in col_info.values())


def _counts_libraries(label: str, hits: list[Hit]) -> bool:
    """A row label that counts the libraries of the system: the word
    "libraries" with no metric, category or library name ("Кітапханалар",
    "Jüiedegi kitaphanalar sany", "Библиотеки"), at most four words."""
    if any(hh.kind in ("M", "C", "L") for hh in hits) or len(label.split()) > 4 \
            or re.search(r"[№\d«»\"]|\b[A-ZА-Я]{2,}\b", label):
        return False  # "№5 кітапхана", «Балауса» кітапханасы, ЦДБ name one library
    if any(hh.kind == "U" and hh.id == "people" for hh in hits) and _PEOPLE_RE.search(label):
        return False  # "Работники библиотеки", "Сотрудники библиотек": the library's people, no libraries counted
    return any(hh.kind == "U" and hh.id == "libraries"
               and re.search(r"(?:лар\w*|lar\w*|теки|тек)$", label[hh.start:hh.end].lower()) for hh in hits)


def _implied(hits: list[Hit], fv: FactVocab) -> Metric | None:
    """The metric a unit word of a row label implies ("кітапханалар": the
    number of libraries)."""
    for hh in hits:
        if hh.kind == "U" and (mid := fv.implied_metric(hh.id)) in fv.metrics:
            return fv.metrics[mid]
    return None


def _event_columns(col_info: dict[int, dict], fv: FactVocab, topics: set[str]) -> None:
    """Under a header of events ("Іс-шаралар", "Формы мероприятий"), a column
    headed by its unit alone counts the events ("іс-шара", "мероприятий") or
    their participants ("адам", "чел."): the usual pair of columns of an
    event table, for each period."""
    named = {i["metric"].id for i in col_info.values() if i["metric"] is not None}
    if any(not x.startswith(("events.", "visits.")) for x in named) and "events.actual" in fv.metrics:
        # "Кітапхана | Оқырман | Кітап беру | Іс-шара": beside columns of other indicators, a column
        # headed by the events' unit alone counts the events held
        for info in col_info.values():
            if info["metric"] is None and not info["plan"] and not info["relation"] and info["unit"] == "events":
                info["metric"], info["own"] = fv.metrics["events.actual"], True
    if "events.actual" not in topics:
        return
    if "visits.total" in named and all(x.startswith("events.") for x in named - {"visits.total"}) \
            and "events.participants" in fv.metrics:
        # "Число посещений" beside the count of events: the visits of those events, their participants
        for info in col_info.values():
            if info["metric"] is not None and info["metric"].id == "visits.total":
                info["metric"], info["unit"] = fv.metrics["events.participants"], None
        named = {i["metric"].id for i in col_info.values() if i["metric"] is not None}
    if named and not all(x.startswith("events.") for x in named):
        return
    for info in col_info.values():
        if info["metric"] is not None or info["plan"] or info["relation"]:
            continue
        mid = {"events": "events.actual", "people": "events.participants",
               "visits": "events.participants"}.get(info["unit"] or "")  # "Число посещений" of the events
        if mid in fv.metrics:
            info["metric"], info["own"] = fv.metrics[mid], True
            if info["unit"] == "visits":
                info["unit"] = None


#: a staff table's column of the posts filled, beside the posts on the staff ("Штатных единиц | Занято",
#: "Штатная численность | Фактически работают", "Штат бірлігі | Нақты жұмыс істейді")
_OCCUPIED_RE = re.compile(r"(?i)^\s*(?:(?:фактически|факт\.?)\s+)?(?:занят[оы]?|работа(?:ет|ют))\s*$"
                          r"|^\s*(?:физических\s+лиц|фактически|факт\.?)\s*$"
                          r"|^\s*(?:нақты\s+)?(?:жұмыс\s+істейді|жұмыс\s+істейтіні|орналасқаны)\s*$|^\s*нақты\s*$")


def _occupied_posts_column(col_info: dict[int, dict], fv) -> None:
    """The column of the posts filled beside the column of the posts on the
    staff: the people who hold them, the staff's head count (a row that
    names a post or a group, "Библиотечные работники", "Технический
    персонал", keeps its own indicator); a head that says it counts posts
    ("Занято ставок") is none."""
    if "staff.headcount" not in fv.metrics or not any(
            info["own"] and info["metric"] is not None and info["metric"].id == "staff.units" for info in col_info.values()):
        return
    for info in col_info.values():
        if info["metric"] is None and not info["plan"] and not info["relation"] and info["unit"] in (None, "people") \
                and _OCCUPIED_RE.match(info["text"]):
            info["metric"], info["own"] = fv.metrics["staff.headcount"], True


def _library_columns(col_info: dict[int, dict], fv) -> None:
    """Columns by library beside the system's total ("Орталық кітапхана |
    Балалар кітапханасы | Ауылдық кітапханалар | ОКЖ бойынша барлығы",
    "ЦРБ | ЦДБ | Сельские филиалы | Всего по ЦБС"): each is that library's
    share of the figure the row names (``branch:<library>``), the total
    column the whole; the word "кітапхана" there says whose figure, it counts
    no libraries, and "балалар" names the children's library, not the
    children's books."""
    libs = [k for k, info in col_info.items()
            if _is_library(info["text"]) and not is_total(info["text"], fv) and info["period"] is None
            and not info["date"] and not info["plan"] and not info["relation"]
            and not any(hh.kind == "M" and not hh.id.startswith("libraries") for hh in info["hits"])]
    if len(libs) < 2 or not any(is_total(info["text"], fv) for k, info in col_info.items() if k not in libs):
        return
    for k in libs:
        info = col_info[k]
        info["category"] = library_group(info["text"]) or "branch:" + normalize_label(info["text"])
        info["hits"] = [hh for hh in info["hits"] if hh.kind not in ("C", "L")
                        and not (hh.id.startswith("libraries") or hh.id in ("libraries", "branches"))]
        info["unit"] = None if info["unit"] in ("libraries", "branches") else info["unit"]


def _is_library(label: str) -> bool:
    """A row label naming a library or a branch of the system (not its people:
    "Кітапхана қызметкерлері", "Библиотечные работники")."""
    return bool(_LIBRARY_RE.search(label or "")) and not _PEOPLE_RE.search(label or "")


def _signed(text: str) -> float | None:
    """A stated difference or percent: a number with an optional sign
    ("+250", "-0,1", "−3"); a lone dash is no figure."""
    t = (text or "").strip().rstrip("%").strip()
    sign = 1.0
    if t[:1] in "+-–−" and len(t) > 1:
        sign = -1.0 if t[0] != "+" else 1.0
        t = t[1:].strip()
    v = parse_number(t)
    return sign * v if v is not None else None


def _decimals(text: str) -> int:
    m = re.search(r"[.,](\d+)\s*%?\s*$", text.strip())
    return len(m.group(1)) if m else 0


def _relations(grid, data_rows, col_info: dict[int, dict], kept: dict[tuple[int, int], Record],
               row_info: dict[int, dict], t: Table, row_of: dict[int, int]) -> list[Record]:
    """The ± and % columns of a table as checks: each stated difference or
    percent against the two figures of its row it relates (the nearest
    columns of figures to its left: the plan and the actual, else the
    earlier and the later period, else left and right)."""
    from esep.plugins.checks import stated_relation_check

    out: list[Record] = []
    figure_cols = sorted(k for k, i in col_info.items() if not i["relation"])
    for k, info in sorted(col_info.items()):
        if not info["relation"]:
            continue
        left = [j for j in figure_cols if j < k][-2:]
        if len(left) != 2:
            continue
        a, b = left
        ia, ib = col_info[a], col_info[b]
        earlier = None
        if ia["plan"] != ib["plan"]:
            base_col, this_col = (a, b) if ia["plan"] else (b, a)
            how = "actual against plan"
            # a ± beside plan and actual compares the actual with the period before when the table
            # states it ("2012 | 2013 plan | 2013 actual | % | ±": the % is of the plan, the ± of 2012)
            now = col_info[this_col]["period"]
            earlier = next((j for j in reversed(figure_cols) if j < k and not col_info[j]["plan"]
                            and col_info[j]["period"] and now and col_info[j]["period"].start < now.start), None)
            if earlier is not None and (info["relation"] == "diff" or _GROWTH_RE.search(info["text"] or "")):
                # and a % of growth beside a % of the plan ("Жоспардың орындалуы, % | Өсу қарқыны, %")
                base_col, how = earlier, "this period against the compared one"
        elif ia["period"] and ib["period"] and ia["period"].start > ib["period"].start:
            base_col, this_col, how = b, a, "this period against the compared one"
        else:
            base_col, this_col, how = a, b, "this period against the compared one"
        for r in data_rows:
            c = grid[r][k]
            if c is None or c.row != r or c.col != k:
                continue
            stated = _signed(c.text)
            this_c, base_c = grid[r][this_col], grid[r][base_col]
            this_v, base_v = _value(this_c), _value(base_c)
            if stated is None or this_v is None or base_v is None:
                continue
            rec = kept.get((r, this_col))
            series = (rec.values.get("metric") or rec.values.get("label_key")) if rec else None
            series = series or label_key(row_info[r]["label"]) or f"row {row_of[r]}"
            period = rec.values.get("period") if rec else None
            out.append(stated_relation_check(
                info["relation"], stated, this_v, base_v, decimals=_decimals(c.text), series=series, period=period,
                how=how,
                evidence=c.text, provenance=c.provenance or t.provenance, table_index=t.index, cell=(row_of[r], k),
                confidence=rec.confidence if rec else 0.5))
    return out


def _chart_dump_facts(doc: Document, t: Table, fv: FactVocab, doc_period: Period | None) -> list[Record] | None:
    """A chart as Word's plain-text export leaves it (values one per line,
    then as many category labels, then the sheet names): each value of the
    period its category names, of the metric the caption right before the
    chart names.  The export writes the charts of a page one after another
    after one caption, so a caption names a chart only when no other chart
    follows it there; charts of a group keep their figures without a metric
    or label.  None when the chart is a grid (a header row and a row per
    category), which the table reader reads."""
    col0 = sorted((c for c in t.cells if c.col == 0), key=lambda c: c.row)
    vals, cats = [], []
    for c in col0:
        if _bare_year(c.text) is not None or (periods_in(c.text) and _value(c) is None):
            cats.append(c)
        elif not cats and _value(c) is not None:
            vals.append(c)
        elif cats:
            break
    if not vals or len(vals) != len(cats):
        return None
    default_year = doc_period.year if doc_period else None
    caption = None
    alone = not any(o is not t and o.position == t.position for o in doc.tables)
    if alone and 0 <= t.position < len(doc.blocks):
        caption = doc.blocks[t.position].text.strip()
    hits = tokenize(caption, fv).hits if caption else []
    m = _pick(hits, fv, None, {hh.id for hh in hits if hh.kind == "T"})
    out: list[Record] = []
    for vc, cc in zip(vals, cats):
        p = _bare_year(cc.text) or next((x.period for x in periods_in(cc.text, default_year)), None)
        key = None if m is not None else (label_key(caption, default_year) if caption else None)
        rec = make_fact(m, _value(vc), unit=None, period=resolve_period(p, doc_period), as_of=None, language=None,
                        category=None, label=(caption or t.title or "") + " | " + cc.text, source="table",
                        evidence=vc.text, confidence=0.5 if m is not None else 0.3,
                        provenance=vc.provenance or t.provenance, table_index=t.index, cell=(vc.row, vc.col), key=key)
        out.append(rec)
    return out
