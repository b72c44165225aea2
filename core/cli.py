"""The ``esep`` command line: a thin click layer over the library.

Only the command line prints.  User errors are ``click.ClickException``
(exit 1) or ``click.UsageError`` (exit 2) with a message a person can act
on.  The options and printers that plugins' commands share with these live
in :mod:`esep.cli_support`.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from . import compiled
from .cli_support import db_option, open_store, output_options, print_rows, readonly_connection
from .registry import DEFAULT_MAX_SIZE_MB, Config, Registry, get_plugin_manager

if TYPE_CHECKING:  # pragma: no cover
    from .pipeline import Outcome
    from .storage import Store

def _failed_files(store: Store, seen: set[Path]) -> list[Path]:
    """The files listed in ``ingest_errors`` that still exist and are not in
    ``seen`` (the gone ones are named on stderr)."""
    failed = [Path(p) for (p,) in store.db.execute("select distinct path from ingest_errors order by path")]
    for p in failed:
        if not p.exists():
            click.echo(f"gone: {p} (listed in ingest_errors, no longer on disk)", err=True)
    return [p for p in failed if p.exists() and p not in seen]


def _parse_settings(values: tuple[str, ...]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for v in values:
        if "=" not in v:
            raise click.UsageError(f"--set expects NAME=VALUE, got {v!r}")
        k, val = v.split("=", 1)
        out[k.strip()] = val
    return out


class EsepGroup(click.Group):
    """The ``esep`` group: the plugins (and what they import) are loaded only
    when a command needs them, so ``esep query`` and ``esep errors`` start
    without importing any parsing or language library."""

    def __init__(self, *args: Any, registry: Registry | None = None, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self._registry = registry
        self._plugin_commands = False

    @property
    def registry(self) -> Registry:
        """The plugins' registry (built on first use), their commands added."""
        if self._registry is None:
            self._registry = Registry(get_plugin_manager())
        if not self._plugin_commands:
            self._plugin_commands = True
            self._registry.hook.register_commands(cli=self)
        return self._registry

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands:
            self.registry  # noqa: B018 - a plugin's command: load the plugins
        return super().get_command(ctx, cmd_name)

    def list_commands(self, ctx: click.Context) -> list[str]:
        self.registry  # noqa: B018 - every command, the plugins' too
        return super().list_commands(ctx)


def without_plugins(command: click.Command) -> click.Command:
    """Mark a command that runs without loading the plugins."""
    command.needs_plugins = False  # type: ignore[attr-defined]
    return command


def build_cli(registry: Registry | None = None) -> EsepGroup:
    """The command group; the commands plugins add are added when the
    plugins are loaded (see :class:`EsepGroup`)."""

    @click.group(cls=EsepGroup, registry=registry, context_settings={"help_option_names": ["-h", "--help"]})
    @click.version_option(package_name="esep")
    @click.option("-v", "--verbose", count=True, help="Log more (-v info, -vv debug).")
    @click.pass_context
    def cli(ctx: click.Context, verbose: int) -> None:
        """esep turns an archive of activity reports (Word, PDF, text; Kazakh
        and Russian) into one SQLite database with provenance."""
        level = logging.WARNING if verbose == 0 else logging.INFO if verbose == 1 else logging.DEBUG
        logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")
        command = ctx.command.commands.get(ctx.invoked_subcommand or "")
        if ctx.obj is None and getattr(command, "needs_plugins", True):
            ctx.obj = ctx.command.registry

    @cli.command()
    @click.argument("paths", nargs=-1, type=click.Path(exists=True))
    @db_option
    @click.option("--force", is_flag=True, help="Re-read every file, even unchanged ones.")
    @click.option("--retry-failed", is_flag=True, help="Re-run the files listed in ingest_errors.")
    @click.option("--ocr", type=click.Choice(["auto", "always", "never"]), default="auto", show_default=True,
                  help="When to OCR PDF pages (for loaders that can).")
    @click.option("--timeout", type=float, default=120.0, show_default=True, help="Seconds a file may go without progress (a scanned page OCR'd is progress).")
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
        1 when some failed.  Ctrl-C (SIGINT) or SIGTERM stops the run after
        the document being written: exit code 130 or 143, and the next run
        finishes the rest."""
        config = Config(ocr=ocr, timeout=timeout, max_pages=max_pages, strict=strict,
                        options={"db_path": db_path, **_parse_settings(settings)})
        if not paths and not retry_failed:
            raise click.UsageError("give one or more files or folders to ingest (or --retry-failed)")
        if workers < 0:
            raise click.UsageError("--workers must be 0 or more")
        if strict:
            workers, cluster = 0, None  # tracebacks are only useful from this process
        show = sys.stderr.isatty() if progress is None else progress
        # the pipeline, its workers and multiprocessing: imported by the command that runs them only
        from .cluster import ClusterUnavailable
        from .pipeline import Ingester, Interrupted, SignalStop, Summary, discover

        unknown: dict[str, int] = {}

        def report(o: Outcome) -> None:
            if o.status == "failed":
                click.echo(f"failed: {o.path}: [{o.stage}] {o.message}", err=True)
            elif o.status == "skipped" and o.message.startswith(("same content", "part of ", "Word's lock file", "not a report")):
                click.echo(f"skipped: {o.path}: {o.message}", err=True)
            elif o.status == "skipped" and o.message.startswith(("no loader", "empty file of no known format")):
                suffix = Path(o.path).suffix.lower() or "(no suffix)"
                unknown[suffix] = unknown.get(suffix, 0) + 1

        timings: dict[str, float] = {}
        with SignalStop() as stopping:
            try:
                store = open_store(db_path, reg)
                try:
                    files = list(discover(paths))
                    if retry_failed:
                        files += _failed_files(store, set(files))
                    ingester = Ingester(store, reg, config, force=force, workers=workers, max_size_mb=max_size,
                                        cluster=cluster, keep_outcomes=False)  # outcomes are reported as they come
                    timings = ingester.timings
                    stopping.ingester = ingester  # from now on a signal stops the run, after the document at hand
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
                finally:
                    store.close()
            except Interrupted as e:  # while opening the database or walking the folders: nothing was stored
                summary = Summary(interrupted=e.signum)
            except ClusterUnavailable as e:
                raise click.ClickException(str(e)) from e
        if profile:
            total = sum(timings.values()) or 1.0
            for k, v in sorted(timings.items(), key=lambda kv: -kv[1]):
                click.echo(f"{v:9.3f} s {100 * v / total:5.1f}%  {k}", err=True)
        if unknown:
            # an archive's folders hold images and spreadsheets too: one line says what was not read, by suffix
            kinds = ", ".join(f"{k} {n}" for k, n in sorted(unknown.items(), key=lambda kv: (-kv[1], kv[0])))
            readable = ", ".join(sorted(reg.suffixes()))
            click.echo(f"skipped, no loader for their format: {kinds}" + (f" (esep reads {readable})" if readable else ""),
                       err=True)
        click.echo(summary.line())
        if summary.interrupted is not None:
            sys.exit(128 + summary.interrupted)  # as a shell reports a command ended by the signal: 130, 143
        sys.exit(1 if summary.counts["failed"] else 0)

    @without_plugins
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

    @without_plugins
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

    return cli  # type: ignore[return-value]


def main(argv: list[str] | None = None) -> None:
    # the patterns the plugins compile, from the arguments kept by an earlier run (esep.compiled)
    try:
        compiled.enable(Config().cache_dir / "patterns")
    except (OSError, RuntimeError, KeyError):  # no home folder to keep them in: compiled as Python does
        pass
    try:
        build_cli().main(args=argv, prog_name="esep")
    finally:
        compiled.save()
