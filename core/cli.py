"""The ``esep`` command line: a thin click layer over the library.

Only this module prints.  User errors are ``click.ClickException`` (exit 1)
or ``click.UsageError`` (exit 2) with a message a person can act on.
"""

from __future__ import annotations

import csv
import io
import json
import logging
import sqlite3
import sys
from pathlib import Path
from typing import Any

import click

from .cluster import ClusterUnavailable
from .pipeline import DEFAULT_MAX_SIZE_MB, Ingester, Outcome, discover
from .registry import Config, Registry, get_plugin_manager
from .storage import Store, open_readonly

DEFAULT_DB = "esep.db"

db_option = click.option(
    "--db", "db_path", default=DEFAULT_DB, show_default=True,
    type=click.Path(dir_okay=False), help="SQLite database file.",
)


def output_options(f):
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
        from rich.console import Console
        from rich.table import Table as RichTable

        t = RichTable(*columns, title=title)
        from rich.markup import escape

        for r in rows:
            t.add_row(*("" if v is None else escape(str(v)) for v in r))
        Console().print(t)


def open_store(db_path: str, registry: Registry) -> Store:
    try:
        return Store(db_path, registry.migrations)
    except sqlite3.DatabaseError as e:
        raise click.ClickException(f"{db_path} is not an esep database ({e}); choose another file with --db")


def readonly_connection(db_path: str) -> sqlite3.Connection:
    if not Path(db_path).exists():
        raise click.ClickException(f"no database at {db_path}; run 'esep ingest FOLDER --db {db_path}' first")
    return open_readonly(db_path)


def _parse_settings(values: tuple[str, ...]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for v in values:
        if "=" not in v:
            raise click.UsageError(f"--set expects NAME=VALUE, got {v!r}")
        k, val = v.split("=", 1)
        out[k.strip()] = val
    return out


def build_cli(registry: Registry | None = None) -> click.Group:
    """The command group, with the commands plugins add."""

    @click.group(context_settings={"help_option_names": ["-h", "--help"]})
    @click.version_option(package_name="esep")
    @click.option("-v", "--verbose", count=True, help="Log more (-v info, -vv debug).")
    @click.pass_context
    def cli(ctx: click.Context, verbose: int) -> None:
        """esep turns an archive of activity reports (Word, PDF, text; Kazakh
        and Russian) into one SQLite database with provenance."""
        level = logging.WARNING if verbose == 0 else logging.INFO if verbose == 1 else logging.DEBUG
        logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")
        if ctx.obj is None:
            ctx.obj = registry or Registry(get_plugin_manager())

    @cli.command()
    @click.argument("paths", nargs=-1, type=click.Path(exists=True))
    @db_option
    @click.option("--force", is_flag=True, help="Re-read every file, even unchanged ones.")
    @click.option("--retry-failed", is_flag=True, help="Re-run the files listed in ingest_errors.")
    @click.option("--ocr", type=click.Choice(["auto", "always", "never"]), default="auto", show_default=True,
                  help="When to OCR PDF pages (for loaders that can).")
    @click.option("--timeout", type=float, default=120.0, show_default=True, help="Seconds allowed per file.")
    @click.option("--max-pages", type=int, default=2000, show_default=True, help="Pages allowed per file.")
    @click.option("--max-size", type=click.FloatRange(min=0, min_open=True), default=DEFAULT_MAX_SIZE_MB,
                  show_default=True, help="Megabytes allowed per file; larger files are refused unread.")
    @click.option("--strict", is_flag=True, help="Stop at the first error and show its traceback.")
    @click.option("--set", "settings", multiple=True, metavar="NAME=VALUE", help="A plugin setting.")
    @click.option("--workers", type=int, default=1, show_default=True,
                  help="Worker processes that parse and extract (0: parse in this process, without --timeout).")
    @click.option("--cluster", metavar="ADDRESS", default=None,
                  help="Parse and extract on a Dask cluster (scheduler address, e.g. tcp://host:8786, or "
                       "local:N for N local worker processes); this process still writes. Needs esep[cluster].")
    @click.option("--profile", is_flag=True, help="Print the time spent per stage and plugin.")
    @click.option("--progress/--no-progress", default=None, help="Show a progress bar (default: on a terminal).")
    @click.pass_obj
    def ingest(reg: Registry, paths, db_path, force, retry_failed, ocr, timeout, max_pages, max_size, strict, settings,
               workers, cluster, profile, progress):
        """Read every report under PATHS into the database.

        Folders are walked recursively.  Files of no known format are skipped;
        a file that fails is reported on stderr and in the ingest_errors
        table, and the run goes on.  Exit code 0 when every file succeeded,
        1 when some failed."""
        config = Config(ocr=ocr, timeout=timeout, max_pages=max_pages, strict=strict,
                        options={"db_path": db_path, **_parse_settings(settings)})
        if not paths and not retry_failed:
            raise click.UsageError("give one or more files or folders to ingest (or --retry-failed)")
        store = open_store(db_path, reg)
        files = list(discover(paths))
        if retry_failed:
            failed = [Path(p) for (p,) in store.db.execute("select distinct path from ingest_errors order by path")]
            missing = [p for p in failed if not p.exists()]
            for p in missing:
                click.echo(f"gone: {p} (listed in ingest_errors, no longer on disk)", err=True)
            seen = set(files)
            files += [p for p in failed if p.exists() and p not in seen]
        show = sys.stderr.isatty() if progress is None else progress

        def report(o: Outcome) -> None:
            if o.status == "failed":
                click.echo(f"failed: {o.path}: [{o.stage}] {o.message}", err=True)
            elif o.status == "skipped" and o.message.startswith("same content"):
                click.echo(f"skipped: {o.path}: {o.message}", err=True)

        if workers < 0:
            raise click.UsageError("--workers must be 0 or more")
        if strict:
            workers, cluster = 0, None  # tracebacks are only useful from this process
        ingester = Ingester(store, reg, config, force=force, workers=workers, max_size_mb=max_size,
                            cluster=cluster, keep_outcomes=False)  # outcomes are reported as they come
        try:
            if show:
                from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

                with Progress(TextColumn("[progress.description]{task.description}"), BarColumn(),
                              MofNCompleteColumn(), TimeElapsedColumn(), transient=True) as bar:
                    task = bar.add_task("ingesting", total=len(files))

                    def on_outcome(o: Outcome) -> None:
                        report(o)
                        bar.update(task, advance=1, description=Path(o.path).name[:40])

                    ingester.on_outcome = on_outcome
                    summary = ingester.run(files)
            else:
                ingester.on_outcome = report
                summary = ingester.run(files)
        except ClusterUnavailable as e:
            raise click.ClickException(str(e))
        finally:
            store.close()
        if profile:
            total = sum(ingester.timings.values()) or 1.0
            for k, v in sorted(ingester.timings.items(), key=lambda kv: -kv[1]):
                click.echo(f"{v:9.3f} s {100 * v / total:5.1f}%  {k}", err=True)
        click.echo(summary.line())
        sys.exit(1 if summary.counts["failed"] else 0)

    @cli.command()
    @click.argument("sql")
    @db_option
    @output_options
    @click.option("-p", "--param", "params", multiple=True, type=(str, str), help="A named parameter :NAME.")
    def query(sql, db_path, fmt, params):
        """Run a read-only SQL query against the database.

        The file is opened read-only: statements that write, ATTACH and
        changes of the schema are refused."""
        conn = readonly_connection(db_path)
        try:
            cur = conn.execute(sql, dict(params))
            rows = cur.fetchall()
            columns = [d[0] for d in cur.description or []]
        except sqlite3.Error as e:
            msg = str(e)
            if "readonly" in msg or "not authorized" in msg or "query_only" in msg or "read-only" in msg:
                raise click.ClickException(f"esep query is read-only and refused this statement ({msg})")
            raise click.ClickException(f"SQL error: {msg}")
        finally:
            conn.close()
        print_rows(columns, rows, fmt)

    @cli.command()
    @db_option
    @click.option("--json", "as_json", is_flag=True, help="Print JSON.")
    def errors(db_path, as_json):
        """List the files that failed and why, grouped by cause.

        Re-run them with 'esep ingest --retry-failed'."""
        conn = readonly_connection(db_path)
        try:
            rows = conn.execute(
                "select stage, error_class, path, message, created_at from ingest_errors "
                "order by stage, error_class, path").fetchall()
            has_warnings = conn.execute("select 1 from sqlite_master where name = 'ingest_warnings'").fetchone()
            warnings = conn.execute(
                "select w.stage, w.error_class, d.path, count(*), min(w.message) from ingest_warnings w "
                "join documents d on d.id = w.document_id group by w.stage, w.error_class, d.path "
                "order by w.stage, w.error_class, d.path").fetchall() if has_warnings else []
        finally:
            conn.close()
        groups: dict[tuple[str, str], list[tuple[str, str]]] = {}
        for stage, cls, path, message, _ in rows:
            groups.setdefault((stage, cls), []).append((path, message))
        if as_json:
            click.echo(json.dumps([{"stage": st, "error_class": c, "count": len(v),
                                    "files": [{"path": p, "message": m} for p, m in v]}
                                   for (st, c), v in groups.items()]
                                  + [{"stage": st, "error_class": c, "warning": True, "count": n,
                                      "files": [{"path": p, "message": m}]} for st, c, p, n, m in warnings],
                                  ensure_ascii=False, indent=2))
            return
        for stage, cls, path, n, message in warnings:
            click.echo(f"warning: {n} part{'s' if n != 1 else ''} of {path} not read at {stage} ({cls}), "
                       f"e.g. {message}")
        if not rows:
            click.echo("no errors")
            return
        for (stage, cls), items in sorted(groups.items(), key=lambda kv: -len(kv[1])):
            click.echo(f"{cls} at {stage}: {len(items)} file{'s' if len(items) != 1 else ''}")
            for path, message in items:
                click.echo(f"  {path}: {message}")
        click.echo(f"{len(rows)} failed; re-run them with: esep ingest --retry-failed --db {db_path}")

    @cli.command()
    @click.option("--json", "as_json", is_flag=True, help="Print JSON.")
    @click.pass_obj
    def plugins(reg: Registry, as_json: bool):
        """List the loaded plugins and the hooks each implements."""
        info = reg.plugin_info()
        if as_json:
            click.echo(json.dumps(info, indent=2))
            return
        for p in info:
            dist = f" ({p['distribution']})" if p["distribution"] else ""
            click.echo(f"{p['name']}{dist}: {', '.join(p['hooks'])}")

    reg = registry or Registry(get_plugin_manager())
    reg.hook.register_commands(cli=cli)
    cli.registry = reg  # type: ignore[attr-defined]
    return cli


def main(argv: list[str] | None = None) -> None:
    cli = build_cli()
    cli.main(args=argv, prog_name="esep", obj=cli.registry)  # type: ignore[attr-defined]
