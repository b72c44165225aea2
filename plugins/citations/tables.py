"""Articles listed in a table instead of as entries.

Many reports give their articles in the press as a table, one article a
row, with columns named by what they hold::

    | Р/с | Мақала атауы        | Авторы       | Басылым            | Күні, №             |
    | 1   | Кітап – білім бұлағы | Г. Ахметова  | «Орталық Қазақстан» | 15.01.2020, № 5     |

    | № п/п | Название статьи | Автор | Издание | Дата | Стр. |

:func:`table_entries` finds such tables by their header (a column of titles
and a column of periodicals at least), and gives each body row as an entry
in GOST form ("Ахметова Г. Кітап – білім бұлағы // «Орталық Қазақстан». –
15.01.2020, № 5.") that :func:`~esep.plugins.citations.parser.parse_citation`
reads, with the row's own text (its cells joined by " | ") as the evidence
and the title cell as the provenance.  A header no column of which names
titles or periodicals is no table of articles: nothing is read from it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from esep.model import Cell, Table
from esep.plugins.citations.patterns import INITS, SURNAME

#: what a header names, the first that matches deciding ("Газет атауы" is the periodical's name, not a title)
ROLES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("number", re.compile(r"(?i)^\s*(?:№|n)\s*(?:р/с|п/п|пп|р\\с)?\s*\.?\s*$|^\s*(?:р/с|п/п|рет\s+саны)\s*\.?\s*$")),
    ("url", re.compile(r"(?i)сілтеме|ссылк|\burl\b|\blink\b|веб|сайт")),
    ("source", re.compile(r"(?i)басылым|газет|журнал|\bбақ\b|\bсми\b|издани|источник|дереккөз|ақпарат\s+құрал"
                          r"|средств\w*\s+массов")),
    ("author", re.compile(r"(?i)автор")),
    ("title", re.compile(r"(?i)мақала|атау|тақыры[пб]|назван|наименован|заголов|\bтема\b|стать|публикаци|жарияланым")),
    ("date", re.compile(r"(?i)күн|дата|мерзім|уақыт|шыққан|вышл|опубликов|\bгод\b|\bжыл")),
    ("issue", re.compile(r"(?i)нөмір|номер|№")),
    ("pages", re.compile(r"(?i)\bбет|\bстр|страниц|\bб\.")),
)
#: the kind a table of articles gets (``Table.kind``) before extraction
ARTICLES = "articles"
#: the most header rows looked at for the names of the columns
MAX_HEADER_ROWS = 2
#: a name with its initials first ("О. Смирнова"): the heading of an entry puts the surname first
_INITIALS_FIRST = re.compile(rf"(?P<i>{INITS})\s?(?P<s>{SURNAME})")
#: a numeric date whose year a narrow cell wrapped ("15.01.202" over "0")
_WRAPPED_YEAR = re.compile(r"\b(\d{1,2}\.\d{1,2}\.)(\d{1,3})\s(\d{1,3})\b")


@dataclass
class TableEntry:
    """One row of a table of articles: the number the row gives (or its
    place among the rows), the entry written in GOST form, the row's own
    text, and the cell its title is in."""

    number: int
    text: str
    evidence: str
    cell: Cell


#: a header naming the indicators of a statistical table ("Наименование показателя", "Көрсеткіштің атауы"): its
#: rows are indicators, not articles
_INDICATORS = re.compile(r"(?i)показател|көрсеткіш")
#: a cell of a figure ("1 240", "12,5", "–"): what a column of counts holds, never a title or a periodical
_FIGURE = re.compile(r"^\s*(?:[-–—]|[-+]?\d[\d\s\u00a0.,]*%?)?\s*$")


def _roles(header: list[str]) -> dict[str, int]:
    out: dict[str, int] = {}
    titles = dict(ROLES)["title"]
    for col, text in enumerate(header):
        if _INDICATORS.search(text):
            continue  # "Наименование показателя": the labels of a statistical table
        for role, pattern in ROLES:
            if text.strip() and pattern.search(text):
                if role == "author" and titles.search(text):
                    role = "title"  # "Автор, мақала атауы": the cell holds the heading and the title, as an entry does
                out.setdefault(role, col)
                break
    return out


def _by_row(table: Table) -> dict[int, dict[int, Cell]]:
    """The cells of ``table`` by row, then by column."""
    rows: dict[int, dict[int, Cell]] = {}
    for c in table.cells:
        rows.setdefault(c.row, {})[c.col] = c
    return rows


def _cell_text(cells: dict[int, Cell], col: int | None) -> str:
    return " ".join(cells[col].text.split()) if col is not None and col in cells else ""


#: a list item's number as a cell of its own ("1.", "12)", "3"): a numbered list Word saved as text ("1.\tАхметова …")
_LIST_NUMBER = re.compile(r"^\s*(\d{1,3})\s*[.)]?\s*$")
#: what a bibliographic entry holds: the parallel lines before its source, or its pages' area
_ENTRY_MARK = re.compile(r"\s//\s|[.,]\s*[–—-]\s*(?:С|Б|Р|Pp?|бет)\.\s*\d")


def numbered_list_entries(table: Table) -> list[TableEntry]:
    """The entries of a numbered list read as a table of two columns, the
    numbers and the entries (Word's text saves a numbered list item as its
    number, a TAB and its text): every row's first cell a number and most
    second cells an entry (" // " or a pages' area).  Else []."""
    if table.n_cols != 2 or table.n_rows < 2:
        return []
    rows = _by_row(table)
    pairs = [(rows[r].get(0), rows[r].get(1)) for r in sorted(rows)]
    if any(a is None or b is None or not _LIST_NUMBER.match(a.text) for a, b in pairs):
        return []
    if sum(bool(_ENTRY_MARK.search(b.text)) for _, b in pairs) * 2 <= len(pairs):
        return []
    return [TableEntry(int(_LIST_NUMBER.match(a.text).group(1)), " ".join(b.text.split()),
                       " ".join(b.text.split()), b) for a, b in pairs]


def table_entries(table: Table) -> list[TableEntry]:
    """The articles of ``table`` when it is a table of articles, or the
    entries of a numbered list read as a table (:func:`numbered_list_entries`),
    else []."""
    if table.kind not in ("table", ARTICLES) or table.n_rows < 2:
        return []
    listed = numbered_list_entries(table)
    if listed:
        return listed
    rows = _by_row(table)
    roles, head = {}, 0
    for r in range(min(MAX_HEADER_ROWS, table.n_rows - 1)):
        header = [_cell_text(rows.get(r, {}), k) for k in range(table.n_cols)]
        roles = _roles(header)
        if "title" in roles and "source" in roles:
            head = r + 1
            break
    if not head:
        return []
    body = [rows.get(r, {}) for r in range(head, table.n_rows)]
    sources = [_cell_text(cells, roles["source"]) for cells in body]
    if sum(bool(_FIGURE.match(x)) for x in sources) * 2 > len(sources):
        # "в т.ч. периодические издания | 1 240": a column counting periodicals in a table of a fund, not one naming
        # the periodical an article stood in
        return []
    out = []
    for r in range(head, table.n_rows):
        cells = rows.get(r, {})
        title, source = _cell_text(cells, roles["title"]), _cell_text(cells, roles["source"])
        if not title or not source or roles["title"] not in cells:
            continue
        author = _cell_text(cells, roles.get("author"))
        m = _INITIALS_FIRST.fullmatch(author)
        if m:
            author = f"{m['s']} {m['i']}"
        area = [source]
        for role in ("date", "issue", "pages"):
            value = _cell_text(cells, roles.get(role))
            if not value or roles.get(role) == roles["source"]:
                continue
            if role == "date":
                value = _WRAPPED_YEAR.sub(lambda d: d[1] + d[2] + d[3] if len(d[2] + d[3]) == 4 else d[0], value)
            if role == "issue" and not value.startswith("№"):
                value = f"№ {value}"
            if role == "pages" and re.fullmatch(r"\d+(?:\s?[–-]\s?\d+)?", value):
                value = f"С. {value}"
            area.append(value)
        url = _cell_text(cells, roles.get("url"))
        text = (f"{author} " if author else "") + f"{title.rstrip('.')} // " + ". – ".join(
            a.rstrip(".") for a in area) + "."
        if url:
            text += f" – URL: {url}"
        m = re.match(r"\d{1,4}", _cell_text(cells, roles.get("number")))
        number = int(m.group(0)) if m else len(out) + 1
        evidence = " | ".join(" ".join(c.text.split()) for _, c in sorted(cells.items()) if c.text.strip())
        out.append(TableEntry(number, text, evidence, cells[roles["title"]]))
    return out
