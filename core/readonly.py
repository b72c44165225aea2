"""Reading an esep database without the means to change it.

Kept apart from :mod:`esep.storage` (and its sqlite-utils) so that the
commands that only read, ``esep query`` and ``esep errors``, start quickly.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

#: How long a connection waits for a lock held by another process (ms).
BUSY_TIMEOUT_MS = 30000
#: Pragmas a read-only connection may read but not set.
_GUARDED_PRAGMAS = frozenset({"query_only", "writable_schema", "journal_mode"})


def open_readonly(path: str | Path) -> sqlite3.Connection:
    """A connection that cannot write: the file is opened with ``mode=ro``
    and ``PRAGMA query_only`` is set, and ATTACH is refused by an authorizer."""
    p = Path(path)
    if not p.exists():
        raise FileNotFoundError(path)
    conn = sqlite3.connect(p.resolve().as_uri() + "?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    conn.execute("PRAGMA query_only = 1")

    def authorizer(action, arg1, arg2, dbname, source):
        if action in (sqlite3.SQLITE_ATTACH, sqlite3.SQLITE_DETACH):
            return sqlite3.SQLITE_DENY
        if action == sqlite3.SQLITE_PRAGMA and arg2 and (arg1 or "").lower() in _GUARDED_PRAGMAS:
            return sqlite3.SQLITE_DENY
        return sqlite3.SQLITE_OK

    conn.set_authorizer(authorizer)
    return conn
