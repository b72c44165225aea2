"""SQLite storage through sqlite-utils.

Core owns the tables every document has (``documents``, ``blocks``,
``doc_tables``, ``cells``) and ``ingest_errors``; plugins add their own
through ``register_migrations``.  A document and everything extracted from
it is written in one transaction, so an interrupted run never leaves half a
document behind.

Several processes may use one database at once: it is in WAL mode (readers
never wait for the writer), every write transaction takes SQLite's write lock
when it begins (``BEGIN IMMEDIATE``, see :meth:`Store.transaction`), waits up
to ``BUSY_TIMEOUT_MS`` for it and retries a few times after that.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import itertools
import json
import logging
import sqlite3
import time
from pathlib import Path
from typing import Any, Iterable, Iterator

import sqlite_utils
from sqlite_utils.db import jsonify_if_needed
from sqlite_utils.migrations import Migrations

from .model import Block, Document, Provenance, Record, Table
from .readonly import BUSY_TIMEOUT_MS, open_readonly

__all__ = ["Store", "Database", "split_statements", "RECORD_COLUMNS", "RECORD_COLUMNS_SQL", "BUSY_TIMEOUT_MS",
           "WRITE_RETRIES", "open_readonly", "core_migrations", "DOCUMENT_COLUMNS_FROM_METADATA"]

log = logging.getLogger(__name__)

#: Columns every record table has besides its own (see ``Record.row``).
RECORD_COLUMNS = (
    "evidence", "confidence", "page", "block_index", "table_index",
    "cell_row", "cell_col", "extractor",
)

#: SQL for those columns, to paste into a plugin's CREATE TABLE.
RECORD_COLUMNS_SQL = """
    evidence TEXT,
    confidence REAL NOT NULL DEFAULT 1.0,
    page INTEGER,
    block_index INTEGER,
    table_index INTEGER,
    cell_row INTEGER,
    cell_col INTEGER,
    extractor TEXT"""

#: How often a write transaction that still found the database locked is retried.
WRITE_RETRIES = 3

#: Columns of ``documents`` that plugins may fill through ``Document.metadata``.
DOCUMENT_COLUMNS_FROM_METADATA = (
    "title", "pages", "encoding",
    "organization", "organization_id", "period", "period_start", "period_end", "language",
)

core_migrations = Migrations("esep.core")


def split_statements(sql: str) -> Iterator[str]:
    """The complete statements of ``sql``, stripped, in order: the ones
    sqlite-utils' ``executescript`` runs one by one inside a transaction.

    ``sqlite3.complete_statement`` can only turn true just after a ``;``, so
    the text is tested at each semicolon instead of at each character (the
    same statements, in time linear in the length of the script rather
    than quadratic)."""
    start = 0
    pos = sql.find(";")
    while pos != -1:
        piece = sql[start:pos + 1].strip()
        if piece and sqlite3.complete_statement(piece):
            yield piece
            start = pos + 1
        pos = sql.find(";", pos + 1)
    rest = sql[start:].strip()
    if rest:
        yield rest


class Database(sqlite_utils.Database):
    """sqlite-utils' Database, with a script inside a transaction split into
    statements in linear time (creating a database runs every plugin's
    migrations, several thousand characters of SQL, in one transaction)."""

    def executescript(self, sql: str) -> sqlite3.Cursor:
        if not self.conn.in_transaction:
            return super().executescript(sql)
        tracer = getattr(self, "_tracer", None)
        if tracer:
            tracer(sql, None)
        cursor = self.conn.cursor()
        for statement in split_statements(sql):  # never sqlite3's executescript, which would commit
            cursor.execute(statement)
        return cursor


@core_migrations()
def m001_core_tables(db: sqlite_utils.Database) -> None:
    db.executescript(
        """
        CREATE TABLE documents (
            id TEXT PRIMARY KEY,            -- sha256 of the file's bytes
            path TEXT NOT NULL,
            format TEXT NOT NULL,
            loader TEXT,
            size INTEGER,
            mtime REAL,
            title TEXT,
            pages INTEGER,
            encoding TEXT,
            metadata TEXT,                  -- JSON
            n_blocks INTEGER,
            n_tables INTEGER,
            ingested_at TEXT
        );
        CREATE INDEX documents_path ON documents(path);
        CREATE TABLE blocks (
            document_id TEXT NOT NULL REFERENCES documents(id),
            idx INTEGER NOT NULL,
            kind TEXT NOT NULL,
            level INTEGER,
            number TEXT,
            text TEXT NOT NULL,
            original TEXT,
            style TEXT,
            confidence REAL,
            page INTEGER,
            x0 REAL, top REAL, x1 REAL, bottom REAL,
            paragraph INTEGER,
            line INTEGER,
            char_start INTEGER,
            char_end INTEGER,
            source TEXT,
            PRIMARY KEY (document_id, idx)
        );
        CREATE TABLE doc_tables (
            document_id TEXT NOT NULL REFERENCES documents(id),
            idx INTEGER NOT NULL,
            kind TEXT NOT NULL DEFAULT 'table',
            title TEXT,
            position INTEGER,
            n_rows INTEGER NOT NULL,
            n_cols INTEGER NOT NULL,
            page INTEGER,
            x0 REAL, top REAL, x1 REAL, bottom REAL,
            paragraph INTEGER,
            line INTEGER,
            char_start INTEGER,
            char_end INTEGER,
            source TEXT,
            PRIMARY KEY (document_id, idx)
        );
        CREATE TABLE cells (
            document_id TEXT NOT NULL REFERENCES documents(id),
            table_idx INTEGER NOT NULL,
            row INTEGER NOT NULL,
            col INTEGER NOT NULL,
            row_span INTEGER NOT NULL DEFAULT 1,
            col_span INTEGER NOT NULL DEFAULT 1,
            text TEXT NOT NULL,
            original TEXT,
            page INTEGER,
            x0 REAL, top REAL, x1 REAL, bottom REAL,
            line INTEGER,
            char_start INTEGER,
            char_end INTEGER,
            PRIMARY KEY (document_id, table_idx, row, col),
            FOREIGN KEY (document_id, table_idx) REFERENCES doc_tables(document_id, idx)
        );
        CREATE TABLE ingest_errors (
            id INTEGER PRIMARY KEY,
            path TEXT NOT NULL,
            stage TEXT NOT NULL,
            error_class TEXT NOT NULL,
            message TEXT NOT NULL,
            document_id TEXT,
            size INTEGER,
            mtime REAL,
            created_at TEXT NOT NULL
        );
        CREATE INDEX ingest_errors_path ON ingest_errors(path);
        """
    )


@core_migrations()
def m002_document_metadata(db: sqlite_utils.Database) -> None:
    """What a report is about, filled from ``Document.metadata``: the
    organization as written and its key (``organizations.id``, a table of the
    organizations plugin, hence no foreign key here), the period (a code,
    "2018-H1", with its first and last day; NULL when the report names none)
    and the language (kk, ru, both).  Databases made before this migration
    may already have some of these columns."""
    have = set(db["documents"].columns_dict)
    for col in ("organization", "organization_id", "period", "period_start", "period_end", "language"):
        if col not in have:
            db.execute(f"ALTER TABLE documents ADD COLUMN {col} TEXT")
    db.execute("CREATE INDEX IF NOT EXISTS documents_period ON documents(period)")
    db.execute("CREATE INDEX IF NOT EXISTS documents_organization_id ON documents(organization_id)")


#: The table of warnings: what an extractor could not read in a document
#: that was stored all the same (``esep errors`` lists them).
WARNINGS_TABLE = "ingest_warnings"


@core_migrations()
def m003_ingest_warnings(db: sqlite_utils.Database) -> None:
    db.executescript(f"""
        CREATE TABLE {WARNINGS_TABLE} (
            id INTEGER PRIMARY KEY,
            document_id TEXT NOT NULL REFERENCES documents(id),
            stage TEXT NOT NULL,            -- extract:<extractor>
            error_class TEXT NOT NULL,
            message TEXT NOT NULL,{RECORD_COLUMNS_SQL}
        );
        CREATE INDEX ingest_warnings_document ON {WARNINGS_TABLE}(document_id);
    """)


def warning_record(stage: str, exc: BaseException | str, message: str, **where: Any) -> Record:
    """A record for ``ingest_warnings``: a part of a document an extractor
    could not read (the document is stored; the part is counted, not lost).
    ``where`` takes the :class:`Record` provenance fields (``provenance``,
    ``block``, ``table_index``, ``evidence`` ...)."""
    error_class = exc if isinstance(exc, str) else type(exc).__name__
    return Record(WARNINGS_TABLE, {"stage": stage, "error_class": error_class, "message": message}, **where)


def _now() -> str:
    return _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")


def _prov_columns(p: Provenance | None, with_paragraph: bool = True) -> dict[str, Any]:
    p = p or Provenance()
    bbox = p.bbox or (None, None, None, None)
    out = {
        "page": p.page,
        "x0": bbox[0], "top": bbox[1], "x1": bbox[2], "bottom": bbox[3],
        "line": p.line,
        "char_start": p.char_start,
        "char_end": p.char_end,
    }
    if with_paragraph:
        out["paragraph"] = p.paragraph if p.paragraph is not None else p.table
        out["source"] = p.source
    return out


class Store:
    """One esep database file."""

    def __init__(self, path: str | Path, migrations: Iterable[Migrations] = (), readonly: bool = False):
        self.path = str(path)
        if readonly:
            uri = Path(self.path).resolve().as_uri() + "?mode=ro"
            conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
            self.db = Database(conn)
            return
        self.db = Database(self.path)
        self.db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        self._enable_wal()
        self.db.execute("PRAGMA foreign_keys = ON")
        self.migrate(migrations)

    def _enable_wal(self) -> None:
        for attempt in range(WRITE_RETRIES + 1):
            try:
                self.db.enable_wal()
                # in WAL mode NORMAL syncs at checkpoints, not at every commit: a
                # crash of esep loses nothing, a power cut at most the last
                # documents written (the next run reads them again), and the
                # database is never corrupted
                self.db.execute("PRAGMA synchronous = NORMAL")
                return
            except sqlite3.OperationalError as e:
                if not _is_busy(e) or attempt == WRITE_RETRIES:  # e.g. a read-only folder
                    log.warning("could not switch %s to WAL: %s", self.path, e)
                    return
                time.sleep(0.1 * (attempt + 1))

    def migrate(self, migrations: Iterable[Migrations]) -> None:
        """Apply pending migrations, all in one write transaction, so that two
        processes opening a new database at once do not both create it."""
        sets = [core_migrations, *migrations]
        if not any(m.pending(self.db) for m in sets):
            return
        with self.transaction():
            for m in sets:
                m.apply(self.db)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite_utils.Database]:
        """A write transaction that holds the write lock from its start.

        ``BEGIN IMMEDIATE`` takes the lock at once (waiting up to
        ``BUSY_TIMEOUT_MS`` for another writer, then retrying), so a
        transaction that reads before it writes cannot fail half-way with
        "database is locked".  Nested inside another transaction it is a
        savepoint."""
        conn = self.db.conn
        if conn.in_transaction:
            with self.db.atomic():
                yield self.db
            return
        for attempt in range(WRITE_RETRIES + 1):
            try:
                conn.execute("BEGIN IMMEDIATE")
                break
            except sqlite3.OperationalError as e:
                if not _is_busy(e) or attempt == WRITE_RETRIES:
                    raise
                log.info("%s is locked by another process; retrying (%s)", self.path, e)
                time.sleep(0.2 * (attempt + 1))
        try:
            yield self.db
        except BaseException:
            self.db.rollback()
            raise
        try:
            conn.execute("COMMIT")
        except BaseException:
            self.db.rollback()
            raise

    def close(self) -> None:
        self.db.close()

    # -- reading ---------------------------------------------------------

    def document_by_path(self, path: str) -> dict[str, Any] | None:
        rows = list(self.db.query("select * from documents where path = ?", [path]))
        return rows[0] if rows else None

    def document_by_id(self, doc_id: str) -> dict[str, Any] | None:
        rows = list(self.db.query("select * from documents where id = ?", [doc_id]))
        return rows[0] if rows else None

    def document_tables(self) -> list[str]:
        """Every table with a ``document_id`` column, children before parents."""
        names = [n for n, cols in self._schema().items() if n != "documents" and "document_id" in cols]
        # cells before doc_tables (foreign key), the rest in any order
        names.sort(key=lambda n: (n == "doc_tables", n != "cells"))
        return names

    def _schema(self) -> dict[str, tuple[str, ...]]:
        """Each table's columns, read once per schema version (not once per
        document: a run writes thousands)."""
        version = self.db.execute("PRAGMA schema_version").fetchone()[0]
        if getattr(self, "_schema_cache", None) is None or self._schema_cache[0] != version:
            tables = [r[0] for r in self.db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
            self._schema_cache = (version, {
                t: tuple(r[1] for r in self.db.execute(f"PRAGMA table_info([{t}])")) for t in tables})
        return self._schema_cache[1]

    def _insert(self, table: str, rows: Iterable[dict[str, Any]]) -> None:
        """INSERT the rows (dicts; a key missing from a row is NULL), values
        converted as sqlite-utils converts them (lists and dicts to JSON)."""
        rows = list(rows)
        if not rows:
            return
        cols = list(dict.fromkeys(itertools.chain.from_iterable(rows)))  # every key, in order of first use
        sql = (f"INSERT INTO [{table}] ({', '.join(f'[{c}]' for c in cols)}) "
               f"VALUES ({', '.join('?' for _ in cols)})")
        plain = _PLAIN_TYPES

        def values(r: dict[str, Any]) -> list[Any]:
            vals = list(map(r.get, cols))
            # a row of plain values (most rows) as it is; else each value converted
            return vals if plain.issuperset(map(type, vals)) else [_value(v) for v in vals]

        self.db.conn.executemany(sql, map(values, rows))

    # -- writing ---------------------------------------------------------

    def delete_document(self, doc_id: str) -> None:
        for name in self.document_tables():
            if name == "ingest_errors":
                continue
            self.db.execute(f"DELETE FROM [{name}] WHERE document_id = ?", [doc_id])
        self.db.execute("DELETE FROM documents WHERE id = ?", [doc_id])

    def write_document(
        self,
        document: Document,
        records: list[Record],
        *,
        loader: str,
        size: int,
        mtime: float,
        replace: Iterable[str] = (),
    ) -> None:
        """Store a document, its blocks, tables, cells and records atomically.

        ``replace`` names documents (by id) this one supersedes; they are
        deleted in the same transaction.
        """
        db = self.db
        with self.transaction():
            for old in set(replace) | {document.id}:
                self.delete_document(old)
            meta = dict(document.metadata)
            row = {
                "id": document.id,
                "path": document.path,
                "format": document.format,
                "loader": loader,
                "size": size,
                "mtime": mtime,
                "metadata": json.dumps(meta, ensure_ascii=False, default=str),
                "n_blocks": len(document.blocks),
                "n_tables": len(document.tables),
                "ingested_at": _now(),
            }
            schema = self._schema()
            doc_cols = schema["documents"]
            for k, v in meta.items():
                if k in doc_cols and k not in row:
                    row[k] = v if not isinstance(v, (list, dict)) else json.dumps(v, ensure_ascii=False)
            self._insert("documents", [row])
            self._insert("blocks", self._block_rows(document.id, document.blocks))
            self._insert("doc_tables", self._table_rows(document.id, document.tables))
            self._insert("cells", self._cell_rows(document.id, document.tables))
            by_table: dict[str, list[dict[str, Any]]] = {}
            for r in records:
                values = r.row()
                values["document_id"] = document.id
                by_table.setdefault(r.table, []).append(values)
            for name, rows in by_table.items():
                if name not in schema:
                    raise RuntimeError(
                        f"an extractor produced records for table {name!r}, which no plugin created"
                    )
                unknown = set(itertools.chain.from_iterable(rows)).difference(schema[name])
                if unknown:
                    raise RuntimeError(f"records for {name!r} have columns the table lacks: {sorted(unknown)}")
                self._insert(name, rows)
            db.execute("DELETE FROM ingest_errors WHERE path = ?", [document.path])

    @staticmethod
    def _block_rows(doc_id: str, blocks: list[Block]):
        for b in blocks:
            yield {
                "document_id": doc_id,
                "idx": b.index,
                "kind": b.kind,
                "level": b.level,
                "number": b.number,
                "text": b.text,
                "original": b.original,
                "style": b.style,
                "confidence": b.confidence,
                **_prov_columns(b.provenance),
            }

    @staticmethod
    def _table_rows(doc_id: str, tables: list[Table]):
        for t in tables:
            yield {
                "document_id": doc_id,
                "idx": t.index,
                "kind": t.kind,
                "title": t.title,
                "position": t.position,
                "n_rows": t.n_rows,
                "n_cols": t.n_cols,
                **_prov_columns(t.provenance),
            }

    @staticmethod
    def _cell_rows(doc_id: str, tables: list[Table]):
        for t in tables:
            for c in t.cells:
                yield {
                    "document_id": doc_id,
                    "table_idx": t.index,
                    "row": c.row,
                    "col": c.col,
                    "row_span": c.row_span,
                    "col_span": c.col_span,
                    "text": c.text,
                    "original": c.original,
                    **_prov_columns(c.provenance, with_paragraph=False),
                }

    def record_error(
        self, path: str, stage: str, exc: BaseException | str, message: str,
        *, document_id: str | None = None, size: int | None = None, mtime: float | None = None,
    ) -> None:
        """Replace the error rows of ``path`` with this one, in its own transaction."""
        error_class = exc if isinstance(exc, str) else type(exc).__name__
        with self.transaction():
            self.db.execute("DELETE FROM ingest_errors WHERE path = ?", [path])
            self.db["ingest_errors"].insert(
                {
                    "path": path,
                    "stage": stage,
                    "error_class": error_class,
                    "message": message,
                    "document_id": document_id,
                    "size": size,
                    "mtime": mtime,
                    "created_at": _now(),
                }
            )


_PLAIN = (str, int, float, bytes, type(None))
#: The same types, exactly (a subclass, such as bool, goes through :func:`_value`)
_PLAIN_TYPES = frozenset(_PLAIN)


def _value(v: Any) -> Any:
    """A value as SQLite stores it: plain types as they are, the rest as
    sqlite-utils converts them (dict and list to JSON, dates to ISO text)."""
    return v if isinstance(v, _PLAIN) else jsonify_if_needed(v)


def _is_busy(e: sqlite3.OperationalError) -> bool:
    msg = str(e).lower()
    return "locked" in msg or "busy" in msg
