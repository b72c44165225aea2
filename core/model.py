"""The document model: plain dataclasses that every loader produces.

Nothing from a parsing library (python-docx, pdfplumber, ...) is allowed in
here: a loader converts what its library gives it into these classes, and
everything after loading (normalizers, extractors, storage) sees only them.

Every block, table and cell carries a :class:`Provenance` saying where in the
source file it came from.
"""

from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator

BLOCK_KINDS = ("heading", "paragraph", "list_item")


@dataclass
class Provenance:
    """Where a piece of a document was found in its source file.

    ``page`` and ``bbox`` (x0, top, x1, bottom in PDF points) are set by page
    based loaders; ``paragraph`` and ``table`` (0-based indexes in document
    order) by flow based ones; ``char_start``/``char_end`` are offsets into
    the decoded text of the file when the loader knows them; ``line`` is the
    1-based line number for text files.  ``source`` names the file the
    content was read from when it differs from the document's own path
    (a converted legacy file, for example).  ``sheet`` and ``cell`` are set
    by loaders of workbooks: the sheet's name and the cell's address as the
    program shows it ("B7"; a merged area "A1:F1").
    """

    page: int | None = None
    bbox: tuple[float, float, float, float] | None = None
    paragraph: int | None = None
    table: int | None = None
    line: int | None = None
    char_start: int | None = None
    char_end: int | None = None
    source: str | None = None
    sheet: str | None = None
    cell: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {k: v for k, v in dataclasses.asdict(self).items() if v is not None}


@dataclass
class Block:
    """A run of text in reading order: a heading, a paragraph or a list item.

    ``level`` is the heading level (1 = top); ``number`` is a list item's
    number as written ("1", "2.3", "а"); ``text`` is the text as it should be
    read by extractors, ``original`` the text before any normalizer changed
    it (None while unchanged).
    """

    kind: str
    text: str
    provenance: Provenance = field(default_factory=Provenance)
    level: int | None = None
    number: str | None = None
    style: str | None = None
    original: str | None = None
    confidence: float | None = None
    index: int = -1  # position in Document.blocks, set by Document.add_block

    def __post_init__(self) -> None:
        if self.kind not in BLOCK_KINDS:
            raise ValueError(f"unknown block kind {self.kind!r}; expected one of {BLOCK_KINDS}")


@dataclass
class Cell:
    """One cell of a table.  Merged cells are one Cell with a span > 1."""

    row: int
    col: int
    text: str
    row_span: int = 1
    col_span: int = 1
    provenance: Provenance | None = None
    original: str | None = None


@dataclass
class Table:
    """A table: its cells, a kind, an optional title and where it came from.

    ``kind`` is ``"table"`` for an ordinary table of the report and
    ``"chart"`` for the data behind an embedded chart; a plugin may give a
    table a kind of its own before extraction (extractors that read
    ordinary tables then pass it by); ``position`` is the
    index of the block the table follows in reading order (-1: before the
    first block), so that blocks and tables can be interleaved again.
    """

    cells: list[Cell]
    provenance: Provenance = field(default_factory=Provenance)
    kind: str = "table"
    title: str | None = None
    position: int = -1
    index: int = -1  # position in Document.tables, set by Document.add_table

    @property
    def n_rows(self) -> int:
        return max([c.row + c.row_span for c in self.cells], default=0)  # a list: quicker than a generator

    @property
    def n_cols(self) -> int:
        return max([c.col + c.col_span for c in self.cells], default=0)

    def rows(self) -> list[list[Cell]]:
        """Cells grouped by row, each row ordered by column."""
        out: list[list[Cell]] = [[] for _ in range(self.n_rows)]
        for c in self.cells:
            out[c.row].append(c)
        for r in out:
            r.sort(key=lambda c: c.col)
        return out

    def grid(self) -> list[list[str]]:
        """A rectangular list of rows of cell text; merged areas hold the
        text in their top-left position and "" elsewhere."""
        g = [["" for _ in range(self.n_cols)] for _ in range(self.n_rows)]
        for c in self.cells:
            g[c.row][c.col] = c.text
        return g


@dataclass
class Document:
    """A loaded file: identity, metadata, blocks and tables in reading order.

    ``id`` is the sha256 of the file's bytes.  ``metadata`` holds what the
    loader or the extractors learn about the whole document (title, pages,
    encoding, period, organization, language ...).
    """

    id: str
    path: str
    format: str
    metadata: dict[str, Any] = field(default_factory=dict)
    blocks: list[Block] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)

    def add_block(self, block: Block) -> Block:
        block.index = len(self.blocks)
        self.blocks.append(block)
        return block

    def add_table(self, table: Table) -> Table:
        table.index = len(self.tables)
        if table.position < 0:
            table.position = len(self.blocks) - 1
        self.tables.append(table)
        return table

    def text(self) -> str:
        return "\n".join(b.text for b in self.blocks)

    def items(self) -> Iterator[Block | Table]:
        """Blocks and tables interleaved in reading order."""
        by_pos: dict[int, list[Table]] = {}
        for t in self.tables:
            by_pos.setdefault(t.position, []).append(t)
        yield from by_pos.get(-1, [])
        for b in self.blocks:
            yield b
            yield from by_pos.get(b.index, [])


@dataclass
class Record:
    """One row an extractor wants stored.

    ``table`` is the name of a table some plugin created through
    ``register_migrations``; ``values`` its columns.  Storage adds
    ``document_id``.  ``block``/``table_index``/``cell`` link the record to the
    part of the document it came from, ``evidence`` quotes the source text
    exactly, and ``confidence`` (0..1) says how sure the extractor is.
    """

    table: str
    values: dict[str, Any]
    evidence: str | None = None
    confidence: float = 1.0
    provenance: Provenance | None = None
    block: int | None = None
    table_index: int | None = None
    cell: tuple[int, int] | None = None
    extractor: str | None = None

    def row(self) -> dict[str, Any]:
        """The values plus the provenance columns every record table has."""
        out = dict(self.values)
        prov = self.provenance or Provenance()
        out.setdefault("evidence", self.evidence)
        out.setdefault("confidence", self.confidence)
        out.setdefault("page", prov.page)
        out.setdefault("block_index", self.block)
        out.setdefault("table_index", self.table_index)
        out.setdefault("cell_row", self.cell[0] if self.cell else None)
        out.setdefault("cell_col", self.cell[1] if self.cell else None)
        out.setdefault("extractor", self.extractor)
        return out


def sha256_file(path: str | Path, chunk: int = 1 << 20) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while True:
            b = f.read(chunk)
            if not b:
                break
            h.update(b)
    return h.hexdigest()


def iter_cells(document: Document) -> Iterable[tuple[Table, Cell]]:
    for t in document.tables:
        for c in t.cells:
            yield t, c
