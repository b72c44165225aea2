"""Processing one file, wherever it runs: the ingesting process, a local
worker (:mod:`esep.workers`) or a worker of a Dask cluster
(:mod:`esep.cluster`).

:func:`process_file` loads, prepares and extracts one file and touches no
database; what it returns (a :class:`Processed`) or raises (an
:class:`IngestError`, with the stage that failed) is what every kind of
worker hands back to the process that writes.  :func:`warm_up` builds the
plugins' heavy objects once per process that parses.  The pipeline, the
workers and the cluster all import this module and none imports another.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from pathlib import Path

from .model import Document, Record
from .registry import Config, Loader, Registry, paused_gc

log = logging.getLogger(__name__)


class IngestError(Exception):
    """A failure with a stage and a message meant for a person."""

    def __init__(self, stage: str, message: str, error_class: str | None = None):
        super().__init__(message)
        self.stage = stage
        self.message = message
        self.error_class = error_class or type(self).__name__

    def __reduce__(self):  # picklable across worker processes
        return (type(self), (self.stage, self.message, self.error_class))

    def plain(self) -> "IngestError":
        """This error as a plain :class:`IngestError` (what a worker sends back:
        no subclass, no cause or traceback to pickle)."""
        return IngestError(self.stage, self.message, self.error_class)


class EmptyFile(IngestError):
    pass


class ContentMismatch(IngestError):
    pass


class FileTooLarge(IngestError):
    pass


class NotRegularFile(IngestError):
    pass


class Interrupted(BaseException):
    """The run was asked to stop (SIGINT or SIGTERM): not a failure of the
    file at hand, so it is a ``BaseException`` that no ``except Exception``
    of a plugin catches.  ``signum`` is the signal's number."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum


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
        # The cyclic garbage collector is paused while the document is
        # extracted: what the extractors allocate is bounded by its text and
        # nearly all of it is freed by reference counting, while a collection
        # would traverse the plugins' long-lived caches again and again (half
        # the extraction time of a report, measured).  The first allocation
        # after the pause collects what is left.
        with paused_gc():
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
        raise IngestError(stage, message or default_message(e), type(e).__name__) from e
    return Processed(document, records, loader.name, timings)


def process_task(task: Task, loaders: dict[str, Loader], registry: Registry, config: Config) -> Processed | IngestError:
    """In a worker: ``process_file`` for a task, with every failure returned
    as a plain :class:`IngestError` (a worker never dies of a bad file)."""
    try:
        return process_file(task.path, task.doc_id, loaders[task.loader], registry, config)
    except IngestError as e:
        return e.plain()
    except Exception as e:  # noqa: BLE001 - report, never lose the file
        return IngestError("load", default_message(e), type(e).__name__)


def default_message(e: BaseException) -> str:
    """The message of an exception no plugin explained."""
    text = str(e).strip() or repr(e)
    return f"{type(e).__name__}: {text}"


def warm_up(registry: Registry, config: Config) -> float:
    """Let every plugin build its heavy objects now (``prepare_worker``);
    the seconds it took.  A plugin that fails here is logged and builds
    lazily instead."""
    t0 = time.perf_counter()
    try:
        with paused_gc():  # what it builds lives as long as the process
            registry.hook.prepare_worker(config=config)
    except Exception:  # noqa: BLE001 - warm-up is an optimisation, never a failure
        log.warning("a plugin failed to prepare its worker objects; they will be built per worker",
                    exc_info=True)
    seconds = time.perf_counter() - t0
    log.info("workers warmed up in %.2f s", seconds)
    return seconds
