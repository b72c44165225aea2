"""Tables typed in a Word file's paragraphs rather than drawn, one row a
paragraph, found after the walk and put in the place of their paragraphs:

* lined up with tab stops ("Читатели<TAB>1 520<TAB>1 548", see
  :mod:`esep.plugins.text.delimited`).  A line over the rows that splits
  into as many cells as they do and has the same tab stops is their header
  even when it is in bold and was read as a heading ("Показатели<TAB>9 мес.
  2023<TAB>9 мес. 2024<TAB>+/-"): it is lined up with them, as a heading
  is not;
* lined up with spaces in a fixed-width font (Courier New, Consolas): the
  characters of such a font are all of one width, so runs of two spaces or
  more at the same places in every line are column boundaries, as in a
  plain-text file (see :mod:`esep.plugins.text.aligned`).  Spaces in a
  proportional font line nothing up and are left alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from esep.model import Block, Document, Provenance, Table
from esep.plugins.text.aligned import aligned_table
from esep.plugins.text.delimited import delimited_run, read_delimited_table

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

#: fonts of one width for every character, by name (lower case), when the
#: document's font table does not say so
FIXED_FONTS = frozenset({
    "courier", "courier new", "consolas", "lucida console", "lucida sans typewriter", "fixedsys", "terminal",
    "andale mono", "liberation mono", "dejavu sans mono", "pt mono", "cousine", "source code pro", "menlo",
    "monaco", "nimbus mono l", "nimbus mono ps", "freemono", "noto mono", "ubuntu mono", "roboto mono",
    "cascadia mono", "cascadia code", "jetbrains mono", "everson mono", "ms gothic", "simsun",
})


@dataclass
class TypedRow:
    """A paragraph that may be a row of a typed table."""

    text: str  # the paragraph as written, leading TABs and spaces kept
    start: int  # its offset in the document's plain text
    no: int  # its paragraph number
    page: int | None
    stops: tuple[str, ...] = ()  # its tab stops, as positions in twentieths of a point


def paragraph_cell(row: TypedRow, start: int, end: int) -> Provenance:
    """A cell of a typed row: its page, paragraph and offsets."""
    return Provenance(page=row.page, paragraph=row.no, char_start=start, char_end=max(start, end))


def fixed_fonts(font_table) -> set[str]:
    """The fonts the document's font table calls fixed-pitch and of the
    "modern" family (Word's mark of a typewriter face), lower case."""
    found: set[str] = set()
    if font_table is None:
        return found
    for f in font_table.findall(W + "font"):
        pitch, family = f.find(W + "pitch"), f.find(W + "family")
        if pitch is not None and pitch.get(W + "val") == "fixed" and family is not None \
                and family.get(W + "val") == "modern":
            found.add((f.get(W + "name") or "").strip().lower())
    return found


def is_fixed(name: str | None, table: set[str]) -> bool:
    n = (name or "").strip().lower()
    return bool(n) and (n in FIXED_FONTS or n in table)


def tab_stops(ppr_chain: Sequence) -> tuple[str, ...]:
    """The tab stops set on a paragraph or its styles (``w:pPr`` elements,
    nearest first), as their positions, in order."""
    stops: dict[str, bool] = {}
    for ppr in reversed([p for p in ppr_chain if p is not None]):
        for t in ppr.findall(f"{W}tabs/{W}tab"):
            pos = t.get(W + "pos") or ""
            stops[pos] = t.get(W + "val") != "clear"
    return tuple(sorted((p for p, on in stops.items() if on), key=lambda p: int(p) if p.lstrip("-").isdigit() else 0))


def _cells(text: str) -> int:
    return sum(1 for piece in text.split("\t") if piece.strip())


def _consecutive(rows: dict[int, TypedRow], n: int):
    """Runs of two blocks or more in a row that are all in ``rows``: their
    first block index and rows."""
    i = 0
    while i < n:
        j = i
        while j < n and j in rows:
            j += 1
        if j - i >= 2:
            yield i, [rows[k] for k in range(i, j)]
        i = max(j, i + 1)


Run = tuple[int, int, Table]  # first and last block index, the table


def tabbed_runs(n: int, rows: dict[int, TypedRow], heads: dict[int, TypedRow]) -> list[Run]:
    """The tables of paragraphs lined up with tab stops; ``heads`` are the
    paragraphs with a TAB read as headings, each of which heads the rows
    right under it when it is lined up with them."""
    runs: list[Run] = []
    for i, seq in _consecutive(rows, n):
        k = 0
        while k < len(seq):
            end = delimited_run(seq, k)
            if end <= k:
                k += 1
                continue
            part = seq[k:end]
            head = heads.get(i + k - 1)
            first = i + k
            if head is not None and head.stops == part[0].stops \
                    and _cells(head.text) == read_delimited_table(part, paragraph_cell).n_cols \
                    and delimited_run([head, *part], 0) == len(part) + 1:
                part, first = [head, *part], first - 1
            runs.append((first, i + end - 1, read_delimited_table(part, paragraph_cell)))
            k = end
    return runs


def spaced_runs(n: int, rows: dict[int, TypedRow]) -> list[Run]:
    """The tables of paragraphs in a fixed-width font lined up with spaces."""
    runs: list[Run] = []
    for i, seq in _consecutive(rows, n):
        k = 0
        while k < len(seq):
            end, table = aligned_table(seq, k, paragraph_cell)
            if table is None:
                k += 1
                continue
            runs.append((i + k, i + end - 1, table))
            k = end
    return runs


def place_tables(doc: Document, runs: list[Run]) -> None:
    """Each run's table in the place of its paragraphs: the paragraphs go,
    every table stays after the block it followed, the new ones after the
    block before their run."""
    if not runs:
        return
    gone = {k for a, z, _ in runs for k in range(a, z + 1)}
    new_index: dict[int, int] = {}  # old block index -> the index of the last block kept up to it
    kept: list[Block] = []
    for b in doc.blocks:
        if b.index not in gone:
            kept.append(b)
        new_index[b.index] = len(kept) - 1
    order = [(new_index.get(t.position, -1) if t.position >= 0 else -1, t.position, t) for t in doc.tables]
    order += [(new_index.get(a - 1, -1) if a > 0 else -1, a - 0.5, t) for a, _, t in runs]
    order.sort(key=lambda x: (x[0], x[1]))
    doc.blocks = []
    for b in kept:
        doc.add_block(b)
    doc.tables = []
    for position, _, t in order:
        t.position = position
        doc.add_table(t)
        t.provenance.table = t.index


def typed_tables(doc: Document, tabbed: dict[int, TypedRow], heads: dict[int, TypedRow],
                 spaced: dict[int, TypedRow]) -> None:
    """Find the typed tables of a walked document and put them in place."""
    n = len(doc.blocks)
    runs = tabbed_runs(n, tabbed, heads)
    taken = {k for a, z, _ in runs for k in range(a, z + 1)}
    runs += spaced_runs(n, {k: v for k, v in spaced.items() if k not in taken})
    place_tables(doc, runs)

