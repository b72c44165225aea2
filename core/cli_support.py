"""What the commands of esep and of its plugins share: the ``--db`` option,
the output format options, the printer of query results and the ways to
open the database.  A plugin's ``register_commands`` imports these from
here::

    from esep.cli_support import db_option, output_options, print_rows, readonly_connection
"""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from .readonly import open_readonly
from .registry import Registry

if TYPE_CHECKING:  # pragma: no cover
    from .storage import Store

__all__ = ["DEFAULT_DB", "db_option", "output_options", "print_rows", "open_store", "readonly_connection"]

DEFAULT_DB = "esep.db"

db_option = click.option(
    "--db", "db_path", default=DEFAULT_DB, show_default=True,
    type=click.Path(dir_okay=False), help="SQLite database file.",
)


def output_options(f):
    """``--table``, ``--json`` and ``--csv``, as the ``fmt`` argument of the command (for :func:`print_rows`)."""
    f = click.option("--table", "fmt", flag_value="table", help="Print a table (default on a terminal).")(f)
    f = click.option("--json", "fmt", flag_value="json", help="Print JSON, a list of objects.")(f)
    f = click.option("--csv", "fmt", flag_value="csv", help="Print CSV with a header row.")(f)
    return f


def print_rows(columns: list[str], rows: list[tuple[Any, ...]], fmt: str | None, title: str | None = None) -> None:
    """Print query results as a rich table, JSON or CSV."""
    if fmt is None:
        fmt = "table" if sys.stdout.isatty() else "csv"
    if fmt == "json":
        click.echo(json.dumps([dict(zip(columns, r)) for r in rows], ensure_ascii=False, indent=2))
    elif fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(columns)
        w.writerows(rows)
        click.echo(buf.getvalue(), nl=False)
    else:
        from rich.console import Console  # only when a table is printed: rich is slow to import
        from rich.markup import escape
        from rich.table import Table as RichTable

        t = RichTable(*columns, title=title)
        for r in rows:
            t.add_row(*("" if v is None else escape(str(v)) for v in r))
        Console().print(t)


def open_store(db_path: str, registry: Registry) -> Store:
    """The database for writing, with every plugin's migrations applied; a
    file that is not an esep database is a user error."""
    from .storage import Store  # here, not above: commands that only read never import sqlite-utils

    try:
        return Store(db_path, registry.migrations)
    except sqlite3.DatabaseError as e:
        raise click.ClickException(f"{db_path} is not an esep database ({e}); choose another file with --db")


def readonly_connection(db_path: str) -> sqlite3.Connection:
    """A connection that cannot write (see :func:`esep.storage.open_readonly`);
    a missing database is a user error."""
    if not Path(db_path).exists():
        raise click.ClickException(f"no database at {db_path}; run 'esep ingest FOLDER --db {db_path}' first")
    return open_readonly(db_path)
