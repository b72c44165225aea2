"""Worker processes that parse and extract, so that one process can write.

Each worker is a long-lived forked process: the plugin manager, vocabularies
and language pipelines built before the fork (by the ``prepare_worker`` hook,
see :func:`warm_up`) serve every document it handles.  The parent sends a
:class:`~esep.pipeline.Task`, the worker answers with a
:class:`~esep.pipeline.Processed` or an :class:`~esep.pipeline.IngestError`.
A worker that exceeds ``config.timeout`` on one file is killed and replaced,
and the file is reported as failed; so is a worker that dies (a crash in a
parsing library, the kernel's OOM killer).
"""

from __future__ import annotations

import gc
import logging
import multiprocessing as mp
import os
import signal
import time
from multiprocessing.connection import Connection, wait
from typing import Iterable, Iterator

from .registry import Config, Registry

log = logging.getLogger(__name__)


def _worker_main(conn: Connection, registry: Registry, config: Config) -> None:
    from .pipeline import IngestError, process_file

    # Ctrl-C reaches the whole process group: the parent stops the run and
    # kills its workers, which must not report the interrupted file as failed
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # what the worker inherited lives as long as it does: keep the garbage
    # collector from walking it after every few thousand new objects (and
    # from touching the pages it shares with the parent)
    gc.freeze()
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")  # Tesseract and friends: one thread per worker
    loaders = {ld.name: ld for ld in registry.loaders}
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        try:
            result = process_file(task.path, task.doc_id, loaders[task.loader], registry, config)
        except IngestError as e:
            result = IngestError(e.stage, e.message, e.error_class)
        except BaseException as e:  # noqa: BLE001 - report, never die silently
            result = IngestError("load", f"{type(e).__name__}: {e}", type(e).__name__)
        try:
            conn.send(result)
        except Exception as e:  # noqa: BLE001 - e.g. a result that cannot be pickled
            conn.send(IngestError("extract", f"could not hand the result back: {e}", type(e).__name__))


def warm_up(registry: Registry, config: Config) -> float:
    """Let every plugin build its heavy objects now (``prepare_worker``);
    the seconds it took.  A plugin that fails here is logged and builds
    lazily instead."""
    t0 = time.perf_counter()
    try:
        registry.hook.prepare_worker(config=config)
    except Exception:  # noqa: BLE001 - warm-up is an optimisation, never a failure
        log.warning("a plugin failed to prepare its worker objects; they will be built per worker",
                    exc_info=True)
    seconds = time.perf_counter() - t0
    log.info("workers warmed up in %.2f s", seconds)
    return seconds


class _Worker:
    def __init__(self, ctx, registry: Registry, config: Config):
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_worker_main, args=(child, registry, config), daemon=True)
        self.proc.start()
        child.close()
        self.task = None
        self.started = 0.0

    def stop(self, kill: bool = False) -> None:
        if kill:
            self.proc.kill()
        else:
            try:
                self.conn.send(None)
            except OSError:
                pass
        self.proc.join(5)
        if self.proc.is_alive():
            self.proc.kill()
            self.proc.join()
        self.conn.close()


class WorkerPool:
    """N worker processes; ``map`` feeds them tasks and yields results as
    they finish, as ``(task, Processed | IngestError, seconds)``."""

    def __init__(self, n: int, registry: Registry, config: Config):
        self.n = max(1, n)
        self.registry = registry
        self.config = config
        methods = mp.get_all_start_methods()
        self.ctx = mp.get_context("fork" if "fork" in methods else "spawn")
        self.workers: list[_Worker] = []

    def __enter__(self) -> "WorkerPool":
        if self.ctx.get_start_method() == "fork":
            # built once here, inherited by every worker (and every replacement)
            warm_up(self.registry, self.config)
        gc.freeze()  # this process too only stores what the workers send: for the run, leave the rest alone
        self.workers = [_Worker(self.ctx, self.registry, self.config) for _ in range(self.n)]
        return self

    def __exit__(self, *exc) -> None:
        for w in self.workers:
            w.stop(kill=exc[0] is not None)
        self.workers = []
        gc.unfreeze()

    def map(self, tasks: Iterable) -> Iterator[tuple]:
        from .pipeline import IngestError

        it = iter(tasks)
        exhausted = False
        timeout = self.config.timeout if self.config.timeout and self.config.timeout > 0 else None

        def feed(w: _Worker) -> None:
            nonlocal exhausted
            if exhausted:
                return
            try:
                task = next(it)
            except StopIteration:
                exhausted = True
                return
            w.task, w.started = task, time.perf_counter()
            w.conn.send(task)

        for w in self.workers:
            feed(w)
        while True:
            busy = [w for w in self.workers if w.task is not None]
            if not busy:
                return
            now = time.perf_counter()
            wait_for = None
            if timeout:
                wait_for = max(0.0, min(w.started + timeout - now for w in busy))
            ready = wait([w.conn for w in busy] + [w.proc.sentinel for w in busy], timeout=wait_for)
            now = time.perf_counter()
            for w in busy:
                task, seconds = w.task, now - w.started
                if w.conn in ready:
                    try:
                        result = w.conn.recv()
                        w.task, nxt = None, w
                    except (EOFError, OSError):
                        nxt, result = self._replace(w, IngestError(
                            "load", f"the worker parsing this file died (exit code {w.proc.exitcode})",
                            "WorkerCrashed"))
                elif w.proc.sentinel in ready and not w.proc.is_alive():
                    nxt, result = self._replace(w, IngestError(
                        "load", f"the worker parsing this file died (exit code {w.proc.exitcode}); "
                                "the file may be too large or damaged", "WorkerCrashed"))
                elif timeout and seconds >= timeout:
                    nxt, result = self._replace(w, IngestError(
                        "load", f"gave up after {timeout:g} s (--timeout); the file is too large or "
                                "pathological for this parser", "Timeout"))
                else:
                    continue
                feed(nxt)  # the worker goes on while the caller stores this result
                yield task, result, seconds

    def _replace(self, w: _Worker, error) -> tuple[_Worker, object]:
        """Kill worker ``w`` and start a fresh one in its place."""
        i = self.workers.index(w)
        w.stop(kill=True)
        self.workers[i] = _Worker(self.ctx, self.registry, self.config)
        return self.workers[i], error
