"""The ingest pipeline: path -> Loader -> Document -> prepare_document ->
extractors -> records -> prepare_records -> one transaction in SQLite.

``process_file`` does everything that needs no database (so it can run in a
worker process); ``Ingester`` decides what to do with each file, calls it and
writes the result.
"""

from __future__ import annotations

import errno
import itertools
import logging
import os
import stat
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from .model import Document, Record, sha256_file
from .registry import Config, Loader, Registry
from .storage import Store

log = logging.getLogger(__name__)

SNIFF_BYTES = 8192
#: Files larger than this (MB) are refused before any loader reads them.
DEFAULT_MAX_SIZE_MB = 100.0
STATUSES = ("ingested", "unchanged", "skipped", "failed")


class IngestError(Exception):
    """A failure with a stage and a message meant for a person."""

    def __init__(self, stage: str, message: str, error_class: str | None = None):
        super().__init__(message)
        self.stage = stage
        self.message = message
        self.error_class = error_class or type(self).__name__

    def __reduce__(self):  # picklable across worker processes
        return (type(self), (self.stage, self.message, self.error_class))


class EmptyFile(IngestError):
    pass


class ContentMismatch(IngestError):
    pass


class FileTooLarge(IngestError):
    pass


class NotRegularFile(IngestError):
    pass


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

    def add(self, o: Outcome) -> None:
        self.counts[o.status] += 1
        if self.keep or o.status == "failed":
            self.outcomes.append(o)

    def line(self) -> str:
        c = self.counts
        return (
            f"{c['ingested']} ingested, {c['unchanged']} unchanged, {c['skipped']} skipped, "
            f"{c['failed']} failed in {self.seconds:.1f} s"
        )


def discover(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Every file under the given paths, recursively, in a stable order.
    Symbolic links to folders are not followed (no loops); hidden files and
    Word lock files (``~$...``) are left out."""
    for p in paths:
        p = Path(p)
        if p.is_dir():
            for root, dirs, files in os.walk(p, followlinks=False):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if name.startswith(".") or name.startswith("~$"):
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


@dataclass
class Processed:
    """The result of ``process_file``: a document and its records."""

    document: Document
    records: list[Record]
    loader: str
    timings: dict[str, float] = field(default_factory=dict)


def process_file(path: Path, doc_id: str, loader: Loader, registry: Registry, config: Config) -> Processed:
    """Load, prepare and extract one file.  No database is touched.

    Raises an :class:`IngestError` whose ``stage`` says what failed."""
    timings: dict[str, float] = {}
    t0 = time.perf_counter()
    stage = "load"
    try:
        document = loader.load(path, config)
        document.id = doc_id
        document.path = str(Path(path).absolute())  # as detect and ingest_errors name it
        t1 = time.perf_counter()
        timings[f"load:{loader.name}"] = t1 - t0
        stage = "prepare"
        registry.hook.prepare_document(document=document, config=config)
        t2 = time.perf_counter()
        timings["prepare_document"] = t2 - t1
        records: list[Record] = []
        for ex in registry.extractors:
            stage = "extract"
            te = time.perf_counter()
            for r in ex.extract(document, config):
                if r.extractor is None:
                    r.extractor = ex.name
                records.append(r)
            timings[f"extract:{ex.name}"] = time.perf_counter() - te
        stage = "prepare"
        t3 = time.perf_counter()
        registry.hook.prepare_records(records=records, document=document, config=config)
        timings["prepare_records"] = time.perf_counter() - t3
    except IngestError:
        raise
    except Exception as e:  # noqa: BLE001 - every failure becomes data
        if config.strict:
            raise
        message = registry.hook.handle_ingest_error(path=str(path), stage=stage, exception=e, config=config)
        raise IngestError(stage, message or _default_message(e), type(e).__name__) from e
    return Processed(document, records, loader.name, timings)


def _default_message(e: BaseException) -> str:
    text = str(e).strip() or repr(e)
    return f"{type(e).__name__}: {text}"


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


@dataclass
class Task:
    """A file that needs loading: what a worker gets."""

    path: Path
    spath: str
    doc_id: str
    loader: str
    size: int
    mtime: float
    existing_id: str | None = None
    moved_from: str | None = None


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

    def run(self, paths: Iterable[str | Path]) -> Summary:
        summary = Summary(keep=self.keep_outcomes)
        start = time.perf_counter()

        def emit(o: Outcome) -> None:
            summary.add(o)
            if self.on_outcome:
                self.on_outcome(o)

        if self.workers <= 0 and not self.cluster:
            for path in paths:
                t0 = time.perf_counter()
                item = self.detect(Path(path))
                if isinstance(item, Task):
                    item = self._process_here(item)
                item.seconds = time.perf_counter() - t0
                emit(item)
        else:
            def tasks() -> Iterator[Task]:
                for path in paths:
                    item = self.detect(Path(path))
                    if isinstance(item, Outcome):
                        emit(item)
                    else:
                        yield item

            pending = tasks()
            first = next(pending, None)
            if first is not None:  # no pool (no warm-up, no fork) when nothing needs parsing
                with self._pool() as pool:
                    for task, result, seconds in pool.map(itertools.chain([first], pending)):
                        if isinstance(result, IngestError):
                            o = self._failed(task.spath, result, task.size, task.mtime)
                        else:
                            o = self.write(task, result)
                        o.seconds = seconds
                        emit(o)
        summary.seconds = time.perf_counter() - start
        return summary

    def _pool(self):
        """The processes that parse: a cluster's workers or local ones."""
        if self.cluster:
            from .cluster import ClusterPool

            return ClusterPool(self.cluster, self.registry, self.config)
        from .workers import WorkerPool

        return WorkerPool(self.workers, self.registry, self.config)

    def ingest_file(self, path: Path) -> Outcome:
        """Detect, load, extract and store one file in this process."""
        item = self.detect(path)
        return self._process_here(item) if isinstance(item, Task) else item

    def _process_here(self, task: Task) -> Outcome:
        try:
            processed = process_file(task.path, task.doc_id, self._loaders[task.loader], self.registry, self.config)
        except IngestError as e:
            return self._failed(task.spath, e, task.size, task.mtime)
        return self.write(task, processed)

    def _failed(self, spath: str, e: IngestError, size: int | None, mtime: float | None) -> Outcome:
        o = Outcome(spath, "failed", e.message, e.stage, e.error_class)
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
        if size == 0:
            if path.suffix.lower() in self.registry.suffixes():
                raise EmptyFile("detect", "the file is empty (0 bytes); there is nothing to read")
            return Outcome(spath, "skipped", "empty file of no known format")
        if self.max_size_mb is not None and size > self.max_size_mb * 1048576:
            raise FileTooLarge(
                "detect", f"the file is {size / 1048576:.0f} MB, larger than --max-size "
                          f"{self.max_size_mb:g} MB; raise the limit if it is a genuine report")
        with open(path, "rb") as f:
            head = f.read(SNIFF_BYTES)
        loader = choose_loader(path, head, self.registry.loaders)
        if loader is None:
            return Outcome(spath, "skipped", f"no loader for {path.suffix or 'files without a suffix'}")
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
                with self.store.transaction():
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
            with self.store.transaction():
                done = self._stored_meanwhile(task)
                if done is not None:
                    return done
                self.store.write_document(
                    processed.document, processed.records,
                    loader=processed.loader, size=task.size, mtime=task.mtime, replace=replace,
                    fail_after=self.config.get("_fail_after"),
                )
        except Exception as e:  # noqa: BLE001
            if self.config.strict:
                raise
            message = self.registry.hook.handle_ingest_error(
                path=task.spath, stage="store", exception=e, config=self.config)
            err = IngestError("store", message or _default_message(e), type(e).__name__)
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
