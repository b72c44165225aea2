"""Markdown's own marks, for the text loader reading a ``.md`` file.

A report converted to Markdown (pandoc, document converters) is text whose
headings are marked (``## 2. Показатели``, or a line underlined with ``===``
or ``---``), whose paragraphs run over several lines up to an empty one
(pandoc wraps at 72 columns), whose tables are drawn with bars, grids or
rules of dashes (read by the text loader's table readers) or, when a cell is
merged, written as an HTML ``<table>``, and whose strong figures, links and
escapes carry marks a reader of the rendered page does not see.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Callable, Sequence

from esep.model import Cell, Provenance, Table

#: a heading ("## 2. Основные показатели", "# Есеп {#title}"): its level, its text
ATX_RE = re.compile(r"^(#{1,6})\s+(.*?)(?:\s+#+)?(?:\s*\{[#.][^}]*\})?\s*$")
#: the line under a heading ("=====" level 1, "-----" level 2)
SETEXT_RE = re.compile(r"^\s{0,3}(=+|-+)\s*$")
#: a rule between sections ("---", "* * *")
RULE_RE = re.compile(r"^\s*(?:[-*_]\s*){3,}$")
#: a line that starts a block of its own, never the next line of a paragraph: a heading, a list item,
#: a quote, a table's line, an HTML block, a fenced block
_BLOCK_START = re.compile(r"^\s*(?:#{1,6}\s|[-*+]\s|\d{1,3}[.)]\s|>|\||\+[-=]|<|```|~~~)")
#: marks inside a line: strong and emphasised text, a link's text, pandoc's dashes, a backslash escape
_INLINE = (
    (re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*|__(?=\S)(.+?)(?<=\S)__"), lambda m: m.group(1) or m.group(2)),
    (re.compile(r"(?<![\w*])\*(?=[^\s*])([^*]+?)(?<=[^\s*])\*(?![\w*])"), lambda m: m.group(1)),
    (re.compile(r"!?\[([^\]]*)\]\([^)]*\)"), lambda m: m.group(1)),
    (re.compile(r"(?<=\s)---(?=\s)"), lambda m: "—"),
    (re.compile(r"(?<=\s)--(?=\s)"), lambda m: "–"),
    (re.compile(r"\\([!-/:-@\[-`{-~])"), lambda m: m.group(1)),
)
#: a YAML front matter block opening a file: "---", lines of "key: value" (or their list items), "---"
_FRONT_MATTER = re.compile(rb"\A(?:\xef\xbb\xbf)?---[ \t]*\r?\n(?:[ \t]*(?:[\w-]+[ \t]*:|- |#)[^\n]*\r?\n)+"
                           rb"(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)")
#: the names of a folder's own notes, written beside its files in Markdown
_NOTES_NAMES = {"readme", "changelog", "changes", "license", "contributing", "todo", "notes"}


def inline(text: str) -> str:
    """A line without its inline marks ("За год проведено **1 184**
    мероприятия" -> "... 1 184 ..."; "2\\. Фонд" -> "2. Фонд"; pandoc's
    " -- " -> " – "): the words and figures a reader of the page sees."""
    for pattern, keep in _INLINE:
        text = pattern.sub(keep, text)
    return text


def heading(line: str, following: str | None) -> tuple[int, str, int] | None:
    """A heading at this line: (level, its text as written, lines it takes),
    a ``#`` heading or a line underlined by the following one."""
    m = ATX_RE.match(line.strip())
    if m and m.group(2):
        return len(m.group(1)), m.group(2), 1
    if following is not None and line.strip() and not _BLOCK_START.match(line):
        u = SETEXT_RE.match(following)
        if u and len(u.group(1)) >= 3:
            return (1 if u.group(1)[0] == "=" else 2), line.strip(), 2
    return None


def goes_on(line: str) -> bool:
    """Whether a line goes on the paragraph above it (a paragraph is its
    lines up to an empty one, a heading, a list item, a table or a quote)."""
    return bool(line.strip()) and "\t" not in line and not _BLOCK_START.match(line) and not RULE_RE.match(line) \
        and not SETEXT_RE.match(line)


def html_table(texts: Sequence[str], i: int, where: Callable[[int, int, int], Provenance]) -> tuple[int, Table | None]:
    """An HTML table written into the Markdown (``<table>`` ... ``</table>``,
    as pandoc writes a table with merged cells): (the line after it, the
    table), or (``i``, None).  ``where(line_index, start, end)`` gives a
    cell's provenance from its offsets in that line."""
    if not texts[i].lstrip().lower().startswith("<table"):
        return i, None
    end = next((k for k in range(i, min(len(texts), i + 2000)) if "</table>" in texts[k].lower()), None)
    if end is None:
        return i, None
    from lxml import html

    try:
        root = html.fragment_fromstring("\n".join(texts[i:end + 1]))
    except Exception:  # noqa: BLE001 - a block that is not HTML stays text
        return i, None
    cells: list[Cell] = []
    taken: set[tuple[int, int]] = set()
    k, at = i, 0  # where the search for each cell's words goes on
    for r, tr in enumerate(root.iter("tr")):
        c = 0
        for td in tr:
            if td.tag not in ("td", "th"):
                continue
            while (r, c) in taken:
                c += 1
            text = " ".join(inline(" ".join(td.itertext())).split())
            rows, cols = _span(td.get("rowspan")), _span(td.get("colspan"))
            for dr in range(rows):
                for dc in range(cols):
                    taken.add((r + dr, c + dc))
            k, at, prov = _find(texts, k, at, end, text, where)
            cells.append(Cell(r, c, text, row_span=rows, col_span=cols, provenance=prov))
            c += cols
    if not cells:
        return i, None
    last = texts[end]
    table = Table(cells, where(i, 0, len(last)), kind="table")
    table.provenance.char_end = where(end, 0, len(last)).char_end
    return end + 1, table


def _span(value: str | None) -> int:
    try:
        return max(1, min(100, int(value or 1)))
    except ValueError:
        return 1


def _find(texts, k, at, end, text, where):
    """The next place, from line ``k`` at ``at``, where a cell's words are
    written; its provenance."""
    first = text.split(" ")[0] if text else ""
    for line in range(k, end + 1):
        pos = texts[line].find(first, at if line == k else 0) if first else -1
        if pos >= 0:
            return line, pos + len(first), where(line, pos, pos + len(first))
    return k, at, where(k, at, at)


def not_a_report(path: Path, head: bytes) -> str | None:
    """Why a Markdown file is not a report to read: a folder's notes
    (``README.md``), or a text opening with a YAML front matter block — the
    source of a site or of a build that makes the reports, written for a
    program (``format: docx``), which a converter of a report to Markdown
    does not write.  Either is skipped with a line that says so."""
    if path.stem.lower() in _NOTES_NAMES:
        return "a folder's notes in Markdown (README and the like); not read"
    if _FRONT_MATTER.match(head):
        return ("Markdown opening with a front matter block (---, key: value lines, ---), the source a "
                "site or a build makes documents from, not a report exported to Markdown; not read (take the block "
                "out to read it)")
    return None
