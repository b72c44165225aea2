"""The ingest pipeline: path -> Loader -> Document -> prepare_document ->
extractors -> records -> prepare_records -> one transaction in SQLite.

``process_file`` (in :mod:`esep.processing`) does everything that needs no
database, so it can run in a worker process; ``Ingester`` decides what to do
with each file, has it processed here, by local workers
(:mod:`esep.workers`) or on a cluster (:mod:`esep.cluster`), and writes the
result.

A run can be stopped (:meth:`Ingester.stop`, called by ``esep ingest`` on
SIGINT and SIGTERM): no file is handed out any more, a document being
written is finished (it is never cut in half), the workers end, and
:meth:`Ingester.run` returns a summary marked ``interrupted``.  The next run
over the same files finishes the rest.
"""

from __future__ import annotations

import contextlib
import errno
import itertools
import logging
import os
import re
import signal
import stat
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator

from .cluster import ClusterPool
from .model import sha256_file
from .processing import (
    ContentMismatch, EmptyFile, FileTooLarge, IngestError, Interrupted, NotRegularFile, Processed, Task,
    default_message, process_file,
)
from .registry import DEFAULT_MAX_SIZE_MB, Config, Loader, Registry
from .workers import WorkerPool

if TYPE_CHECKING:  # pragma: no cover - the Ingester is handed its Store
    from .storage import Store

__all__ = [  # the processing names are re-exported: ``from esep.pipeline import process_file`` works
    "ContentMismatch", "EmptyFile", "FileTooLarge", "IngestError", "Interrupted", "NotRegularFile", "Processed",
    "Task", "process_file", "Ingester", "Outcome", "Summary", "SignalStop", "discover", "choose_loader", "STATUSES",
    "DEFAULT_MAX_SIZE_MB", "SNIFF_BYTES",
]

log = logging.getLogger(__name__)

SNIFF_BYTES = 8192
#: the size of Word's lock file ("~$" and the document's name less its first two letters): the name of the
#: user who had the document open, in 162 bytes
LOCK_FILE_BYTES = 512
STATUSES = ("ingested", "unchanged", "skipped", "failed")


@dataclass
class Outcome:
    """What happened to one file."""

    path: str
    status: str  # one of STATUSES
    message: str = ""
    stage: str | None = None
    error_class: str | None = None
    document_id: str | None = None
    seconds: float = 0.0


@dataclass
class Summary:
    """Counts of a run and its outcomes (with ``keep=False`` only the
    failures, so that a run over a million files holds no million objects)."""

    counts: dict[str, int] = field(default_factory=lambda: {s: 0 for s in STATUSES})
    seconds: float = 0.0
    outcomes: list[Outcome] = field(default_factory=list)
    keep: bool = True
    #: the signal that stopped the run (None: it ran to the end)
    interrupted: int | None = None

    def add(self, o: Outcome) -> None:
        self.counts[o.status] += 1
        if self.keep or o.status == "failed":
            self.outcomes.append(o)

    def line(self) -> str:
        c = self.counts
        line = (
            f"{c['ingested']} ingested, {c['unchanged']} unchanged, {c['skipped']} skipped, "
            f"{c['failed']} failed in {self.seconds:.1f} s"
        )
        if self.interrupted is not None:
            line += f", interrupted by {signal_name(self.interrupted)}; run the same command again to finish"
        return line


def signal_name(signum: int) -> str:
    try:
        return signal.Signals(signum).name
    except ValueError:
        return f"signal {signum}"


#: the marks a second copy of a file gets beside the first: a browser's or Windows' " (1)", Explorer's
#: " - копия" / " - Copy" / " — копия (2)", and "Копия " / "Copy of " before the name
_COPY_MARK = re.compile(r"^(?:копия|copy of)\s+|\s*(?:[-–—]\s*(?:копия|copy)(?:\s*\(\d+\))?|\(\d{1,3}\))$",
                        re.IGNORECASE)


def original_first(name: str) -> tuple[str, int, str]:
    """A sort key that puts a file's copies ("Отчёт 2023 (1).docx", "Отчёт
    2023 - копия.docx") right after the file they copy ("Отчёт 2023.docx"),
    whose name sorts after them otherwise (" " and "-" before "."): the
    original name is the one stored when the copy's content is the same."""
    stem, dot, suffix = name.rpartition(".")
    if not dot:
        stem, suffix = name, ""
    base = _COPY_MARK.sub("", stem)
    copy = int(base != stem and bool(base))
    return (f"{base if copy else stem}{dot}{suffix}", copy, name)


def discover(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Every file under the given paths, recursively, in a stable order (a
    copy after its original: :func:`original_first`).
    Symbolic links to folders are not followed (no loops); hidden files are
    left out (Word's lock files, ``~$...``, are skipped by :meth:`Ingester.detect`
    with a line that says so)."""
    for p in paths:
        p = Path(p)
        if p.is_dir():
            for root, dirs, files in os.walk(p, followlinks=False):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files, key=original_first):
                    if name.startswith("."):
                        continue
                    yield Path(root) / name
        else:
            yield p


def choose_loader(path: Path, head: bytes, loaders: list[Loader]) -> Loader | None:
    """The loader for a file, by suffix and content.

    Raises :class:`ContentMismatch` when the suffix belongs to a known format
    but the content does not (an HTML page saved as ``.pdf``)."""
    suffix = path.suffix.lower()
    by_suffix = [ld for ld in loaders if suffix in ld.suffixes]
    for ld in by_suffix:
        if ld.sniff(head):
            return ld
    if by_suffix:
        # maybe it is a different known format under the wrong name
        for ld in loaders:
            if ld.any_suffix and ld not in by_suffix and ld.sniff(head):
                return ld
        for ld in by_suffix:
            why = ld.mismatch(path, head) if ld.mismatch else None
            if why:
                raise ContentMismatch("detect", why)
        what = by_suffix[0].describe or f"a {by_suffix[0].format} file"
        raise ContentMismatch(
            "detect",
            f"the name says {suffix} but the content is not {what} "
            f"(it starts with {_describe_head(head)}); rename or re-export the file",
        )
    for ld in loaders:
        if ld.any_suffix and ld.sniff(head):
            return ld
    return None


def _describe_head(head: bytes) -> str:
    sample = head[:16]
    text = sample.decode("latin-1")
    if all(32 <= ord(ch) < 127 or ch in "\r\n\t" for ch in text):
        return repr(text.strip()[:16])
    return "bytes " + sample[:8].hex(" ")


def _os_message(path: Path, e: OSError) -> str:
    """What an OSError means for the user, naming a symbolic link's target."""
    why = e.strerror or str(e)
    if path.is_symlink():
        try:
            target = os.readlink(path)
        except OSError:
            target = "?"
        if e.errno == errno.ENOENT:
            return f"it is a symbolic link to {target}, which does not exist"
        if e.errno == errno.ELOOP:
            return f"it is a symbolic link to {target}, which loops back on itself ({why})"
    if e.errno in (errno.EACCES, errno.EPERM):
        return f"{why}; give the user running esep permission to read it"
    return why


class SignalStop:
    """While inside (``with SignalStop() as stopping:``), SIGINT and SIGTERM
    stop the run instead of ending the process: once ``stopping.ingester``
    is set they call its :meth:`Ingester.stop` (the document being written
    is finished first); before that they raise :class:`Interrupted` at once
    (nothing is being written but in a transaction that rolls back).  The
    previous handlers come back on leaving.  Only the main thread can
    install signal handlers: in another thread this does nothing."""

    def __init__(self, signals: tuple[int, ...] = (signal.SIGINT, signal.SIGTERM)):
        self.signals = signals
        self.ingester: Ingester | None = None
        self.signum: int | None = None
        self._previous: dict[int, Any] = {}

    def __enter__(self) -> "SignalStop":
        if threading.current_thread() is threading.main_thread():
            self._previous = {s: signal.signal(s, self._handle) for s in self.signals}
        return self

    def __exit__(self, *exc: Any) -> None:
        for s, h in self._previous.items():
            signal.signal(s, h)
        self._previous = {}

    def _handle(self, signum: int, frame: Any) -> None:
        if self.ingester is not None:
            self.ingester.stop(signum)
            return
        first = self.signum is None
        self.signum = signum
        if first:
            raise Interrupted(signum)


class Ingester:
    """Ingests files into one store, one document per transaction.

    With ``workers=0`` files are parsed in this process; with ``workers=N``
    they are parsed and extracted by N worker processes (which also enforce
    ``config.timeout`` per file) while this process alone writes to SQLite.
    Files larger than ``max_size_mb`` are refused unread (None: no limit).
    With ``cluster`` (the address of a Dask scheduler, or ``local:N``) the
    workers of that cluster parse and extract; this process still alone
    writes (see ``esep.cluster``).

    Other processes may ingest into the same store at the same time: what
    ``detect`` decided is checked again under the write lock, so a file that
    another process stored meanwhile is not stored twice.
    """

    def __init__(
        self,
        store: Store,
        registry: Registry,
        config: Config | None = None,
        *,
        force: bool = False,
        workers: int = 0,
        max_size_mb: float | None = DEFAULT_MAX_SIZE_MB,
        on_outcome: Callable[[Outcome], None] | None = None,
        cluster: str | None = None,
        keep_outcomes: bool = True,
    ):
        self.store = store
        self.registry = registry
        self.config = config or Config()
        self.force = force
        self.workers = workers
        self.max_size_mb = max_size_mb
        self.on_outcome = on_outcome
        self.cluster = cluster
        self.keep_outcomes = keep_outcomes
        self.timings: dict[str, float] = {}
        self._loaders = {ld.name: ld for ld in registry.loaders}
        self._stopping: int | None = None  # the signal that stops the run
        self._writing = 0  # > 0 while a document or an error row is being written
        self._running = False

    def run(self, paths: Iterable[str | Path]) -> Summary:
        """Ingest the files under ``paths``.  When the run is stopped
        (:meth:`stop`) it returns early, with ``summary.interrupted`` set."""
        summary = Summary(keep=self.keep_outcomes)
        start = time.perf_counter()

        def emit(o: Outcome) -> None:
            summary.add(o)
            if self.on_outcome:
                self.on_outcome(o)

        self._running = True
        try:
            self._check_stop()  # stopped before it started
            if self.workers <= 0 and not self.cluster:
                for path in paths:
                    self._check_stop()
                    t0 = time.perf_counter()
                    item = self.detect(Path(path))
                    parsed = self._parse_here(item) if isinstance(item, Task) else None
                    # a document stored is counted before the run may stop: a signal right after its write
                    # would otherwise leave it stored but missing from the summary
                    with self._uninterrupted():
                        if isinstance(item, Task):
                            item = self._store(item, parsed)
                        item.seconds = time.perf_counter() - t0
                        emit(item)
            else:
                def tasks() -> Iterator[Task]:
                    for path in paths:
                        self._check_stop()  # no file is handed out once the run is stopping
                        item = self.detect(Path(path))
                        if isinstance(item, Outcome):
                            emit(item)
                        else:
                            yield item

                pending = tasks()
                first = next(pending, None)
                if first is not None:  # no pool (no warm-up, no fork) when nothing needs parsing
                    # one file: nothing to share between workers or documents, so no warm-up before the
                    # fork; the worker builds only what that file's languages and formats need
                    single = isinstance(paths, (list, tuple)) and len(paths) == 1
                    with self._pool(warm=not single, most=1 if single else None) as pool:
                        for task, result, seconds in pool.map(itertools.chain([first], pending)):
                            if isinstance(result, Interrupted):  # a worker was stopped by the signal too
                                raise result
                            with self._uninterrupted():  # as above: the write and its count are one step
                                o = self._store(task, result)
                                o.seconds = seconds
                                emit(o)
                            self._check_stop()
        except Interrupted as e:
            summary.interrupted = e.signum
        finally:
            self._running = False
        if self._stopping is not None:  # asked to stop while writing the last document: it is done, but say so
            summary.interrupted = self._stopping
        summary.seconds = time.perf_counter() - start
        return summary

    # -- stopping ------------------------------------------------------------

    def stop(self, signum: int = signal.SIGTERM) -> None:
        """Stop the run; safe to call from a signal handler.  Outside a
        write it raises :class:`Interrupted` at once (in the middle of
        loading, waiting for a worker or detecting); inside one it lets the
        write finish and the run stops right after it."""
        first = self._stopping is None
        self._stopping = signum
        if first and self._running and not self._writing:
            raise Interrupted(signum)

    def _check_stop(self) -> None:
        if self._stopping is not None and not self._writing:
            raise Interrupted(self._stopping)

    @contextlib.contextmanager
    def _uninterrupted(self) -> Iterator[None]:
        """A write that a stop waits for (the run stops at the next check)."""
        self._writing += 1
        try:
            yield
        finally:
            self._writing -= 1

    def _pool(self, warm: bool = True, most: int | None = None) -> WorkerPool | ClusterPool:
        """The processes that parse: a cluster's workers or local ones (at most ``most`` of
        them, warmed up before they fork unless ``warm`` is False)."""
        if self.cluster:
            return ClusterPool(self.cluster, self.registry, self.config)
        n = self.workers if most is None else min(self.workers, most)
        return WorkerPool(n, self.registry, self.config, warm=warm)

    def ingest_file(self, path: Path) -> Outcome:
        """Detect, load, extract and store one file in this process."""
        item = self.detect(path)
        return self._process_here(item) if isinstance(item, Task) else item

    def _process_here(self, task: Task) -> Outcome:
        return self._store(task, self._parse_here(task))

    def _parse_here(self, task: Task):
        """The file parsed and extracted in this process, or the error that stopped it."""
        try:
            return process_file(task.path, task.doc_id, self._loaders[task.loader], self.registry, self.config)
        except IngestError as e:
            return e

    def _store(self, task: Task, parsed) -> Outcome:
        """A parsed file written, or its error recorded."""
        if isinstance(parsed, IngestError):
            return self._failed(task.spath, parsed, task.size, task.mtime)
        return self.write(task, parsed)

    def _failed(self, spath: str, e: IngestError, size: int | None, mtime: float | None) -> Outcome:
        o = Outcome(spath, "failed", e.message, e.stage, e.error_class)
        with self._uninterrupted():
            self.store.record_error(spath, o.stage or "detect", o.error_class or "Error", o.message,
                                    size=size, mtime=mtime)
        return o

    def detect(self, path: Path) -> Outcome | Task:
        """Decide what to do with a file without parsing it: an Outcome when
        there is nothing to parse (unchanged, skipped, failed), else a Task."""
        spath = str(path.absolute())
        size = mtime = None
        try:
            st = path.stat()
            size, mtime = st.st_size, st.st_mtime
            if not stat.S_ISREG(st.st_mode):
                return self._not_regular(path, spath, st.st_mode)
            return self._detect(path, spath, size, mtime)
        except IngestError as e:
            return self._failed(spath, e, size, mtime)
        except OSError as e:
            err = IngestError("detect", f"cannot read the file: {_os_message(path, e)}", type(e).__name__)
            return self._failed(spath, err, size, mtime)

    def _not_regular(self, path: Path, spath: str, mode: int) -> Outcome:
        """A FIFO, socket or device: never opened (reading a FIFO would wait forever)."""
        kind = ("a named pipe (FIFO)" if stat.S_ISFIFO(mode) else "a socket" if stat.S_ISSOCK(mode)
                else "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode) else "not a regular file")
        if path.suffix.lower() not in self.registry.suffixes():
            return Outcome(spath, "skipped", f"{kind}, not a file")
        err = NotRegularFile("detect", f"this is {kind}, not a regular file; esep reads only regular files")
        return self._failed(spath, err, None, None)

    def _detect(self, path: Path, spath: str, size: int, mtime: float) -> Outcome | Task:
        existing = self.store.document_by_path(spath)
        if existing and not self.force and existing["size"] == size and existing["mtime"] == mtime:
            return Outcome(spath, "unchanged", document_id=existing["id"])
        if path.name.startswith("~$") and size <= LOCK_FILE_BYTES:
            # "~$чёт_2022.docx": Word's lock file of "Отчёт_2022.docx", left by a copy made while it was open
            return Outcome(spath, "skipped", "Word's lock file (its owner's name) of a document that was open "
                                             "when the folder was copied; not a report")
        if size == 0:
            if path.suffix.lower() in self.registry.suffixes():
                raise EmptyFile("detect", "the file is empty (0 bytes); there is nothing to read")
            return Outcome(spath, "skipped", "empty file of no known format")
        if self.max_size_mb is not None and size > self.max_size_mb * 1048576:
            raise FileTooLarge(
                "detect", f"the file is {size / 1048576:.0f} MB, larger than --max-size "
                          f"{self.max_size_mb:g} MB; raise the limit if it is a genuine report")
        main = next((m for loader in self.registry.loaders if loader.part_of and (m := loader.part_of(path))), None)
        if main is not None:
            return Outcome(spath, "skipped", f"part of {main.name}, saved beside it")
        with open(path, "rb") as f:
            head = f.read(SNIFF_BYTES)
        loader = choose_loader(path, head, self.registry.loaders)
        if loader is None:
            return Outcome(spath, "skipped", f"no loader for {path.suffix or 'files without a suffix'}")
        why = loader.not_a_report(path, head) if loader.not_a_report else None
        if why:
            return Outcome(spath, "skipped", f"not a report: {why}")
        doc_id = sha256_file(path)
        same = self.store.document_by_id(doc_id)
        moved_from = None
        if same and same["path"] != spath:
            if Path(same["path"]).exists() and not self.force:
                return Outcome(spath, "skipped", f"same content as {same['path']} (already ingested)",
                               document_id=doc_id)
            moved_from = same["path"]
        elif same and not self.force:
            if same["mtime"] != mtime:
                with self._uninterrupted(), self.store.transaction():
                    self.store.db["documents"].update(doc_id, {"mtime": mtime})
            return Outcome(spath, "unchanged", document_id=doc_id)
        existing_id = existing["id"] if existing and existing["id"] != doc_id else None
        return Task(path, spath, doc_id, loader.name, size, mtime, existing_id, moved_from)

    def write(self, task: Task, processed: Processed) -> Outcome:
        """Store a processed document in one transaction."""
        for k, v in processed.timings.items():
            self.timings[k] = self.timings.get(k, 0.0) + v
        replace = [task.existing_id] if task.existing_id else []
        ts = time.perf_counter()
        try:
            with self._uninterrupted(), self.store.transaction():
                done = self._stored_meanwhile(task)
                if done is not None:
                    return done
                self.store.write_document(
                    processed.document, processed.records,
                    loader=processed.loader, size=task.size, mtime=task.mtime, replace=replace,
                )
        except Exception as e:  # noqa: BLE001
            if self.config.strict:
                raise
            message = self.registry.hook.handle_ingest_error(
                path=task.spath, stage="store", exception=e, config=self.config)
            err = IngestError("store", message or default_message(e), type(e).__name__)
            return self._failed(task.spath, err, task.size, task.mtime)
        self.timings["store"] = self.timings.get("store", 0.0) + time.perf_counter() - ts
        return Outcome(task.spath, "ingested", document_id=task.doc_id)

    def _stored_meanwhile(self, task: Task) -> Outcome | None:
        """Under the write lock: an Outcome when another process stored this
        content since ``detect`` looked (so it is not written twice)."""
        if self.force:
            return None
        same = self.store.document_by_id(task.doc_id)
        if same is None:
            return None
        if same["path"] == task.spath:
            if same["size"] == task.size and same["mtime"] == task.mtime:
                return Outcome(task.spath, "unchanged", document_id=task.doc_id)
            return None
        if same["path"] != task.moved_from and Path(same["path"]).exists():
            return Outcome(task.spath, "skipped", f"same content as {same['path']} (already ingested)",
                           document_id=task.doc_id)
        return None
