"""Worker processes that parse and extract, so that one process can write.

Each worker is a long-lived forked process: the plugin manager, vocabularies
and language pipelines built before the fork (by the ``prepare_worker`` hook,
see :func:`esep.processing.warm_up`) serve every document it handles.  A run
of one file is not warmed up: its one worker builds what that file needs.  The
parent sends a :class:`~esep.processing.Task`, the worker answers with a
:class:`~esep.processing.Processed` or an
:class:`~esep.processing.IngestError`.  A worker that exceeds
``config.timeout`` on one file without progress (:mod:`esep.progress`: a
scanned page OCR'd is progress) is killed and replaced, and the file is
reported as failed; so is a worker that dies (a crash in a parsing library,
the kernel's OOM killer).

A worker never outlives the process that started it, however that process
ends: on Linux the kernel sends it SIGKILL when its parent dies
(``prctl(PR_SET_PDEATHSIG)``), and everywhere a thread of the worker checks
the parent's pid every :data:`PARENT_CHECK_SECONDS` and ends the worker when
the parent is gone (as reading the task pipe does when it closes).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
import logging
import multiprocessing as mp
import os
import signal
import sys
import threading
import time
from multiprocessing.connection import Connection, wait
from typing import Iterable, Iterator

from . import compiled, progress
from .processing import IngestError, Interrupted, Task, process_task, warm_up
from .registry import Config, Registry

log = logging.getLogger(__name__)

#: How often a worker checks that its parent is still there (seconds).
PARENT_CHECK_SECONDS = 0.25
#: Exit code of a worker that ended because its parent was gone.
ORPHANED_EXIT = 75
_PR_SET_PDEATHSIG = 1


def die_with_parent(parent_pid: int, *, death_signal: bool = True) -> None:
    """End this process when ``parent_pid`` (its parent) ends, however it
    ends: the parent-death signal on Linux (unless ``death_signal`` is
    False), and a thread that notices the parent's pid change (the process
    was re-parented) within ``PARENT_CHECK_SECONDS`` everywhere."""
    if death_signal and sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
            if libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) != 0:
                log.debug("prctl(PR_SET_PDEATHSIG) failed: errno %d", ctypes.get_errno())
        except OSError:  # no libc to call: the thread below still watches
            pass
    if os.getppid() != parent_pid:  # it died before the signal was armed
        os._exit(ORPHANED_EXIT)

    def watch() -> None:
        while True:
            time.sleep(PARENT_CHECK_SECONDS)
            if os.getppid() != parent_pid:
                os._exit(ORPHANED_EXIT)

    threading.Thread(target=watch, name="esep-parent-watch", daemon=True).start()


def _worker_main(conn: Connection, parent_pid: int, registry: Registry, config: Config) -> None:
    die_with_parent(parent_pid)
    # Ctrl-C reaches the whole process group: the parent stops the run and
    # ends its workers, which must not report the interrupted file as failed.
    # SIGTERM ends a worker at once, whatever handler the parent had installed.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    # what the worker inherited lives as long as it does: keep the garbage
    # collector from walking it after every few thousand new objects (and
    # from touching the pages it shares with the parent)
    gc.freeze()
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")  # Tesseract and friends: one thread per worker
    loaders = {ld.name: ld for ld in registry.loaders}
    progress.set_beat(lambda: conn.send(progress.BEAT))
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):  # the parent closed the pipe, or is gone
            return
        if task is None:
            compiled.save()  # the patterns this worker compiled first, for the next run
            return
        try:
            result = process_task(task, loaders, registry, config)
        except BaseException as e:  # noqa: BLE001 - report, never die silently
            result = IngestError("load", f"{type(e).__name__}: {e}", type(e).__name__)
        try:
            conn.send(result)
        except (BrokenPipeError, ConnectionResetError):
            return
        except Exception as e:  # noqa: BLE001 - e.g. a result that cannot be pickled
            conn.send(IngestError("extract", f"could not hand the result back: {e}", type(e).__name__))


class _Worker:
    def __init__(self, ctx, registry: Registry, config: Config):
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_worker_main, args=(child, os.getpid(), registry, config), daemon=True)
        try:
            self.proc.start()
        finally:
            child.close()
        self.task: Task | None = None
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


#: Exit codes of a worker ended by the signals that stop a run.
_STOPPED = {-signal.SIGINT: signal.SIGINT, -signal.SIGTERM: signal.SIGTERM}


class WorkerPool:
    """N worker processes; ``map`` feeds them tasks and yields results as
    they finish, as ``(task, Processed | IngestError | Interrupted, seconds)``
    (``Interrupted`` when a worker was ended by SIGTERM or SIGINT: the run is
    being stopped, the file did not fail)."""

    def __init__(self, n: int, registry: Registry, config: Config, warm: bool = True):
        self.n = max(1, n)
        self.registry = registry
        self.config = config
        self.warm = warm  # False: each worker builds what its documents need, when they need it
        methods = mp.get_all_start_methods()
        self.ctx = mp.get_context("fork" if "fork" in methods else "spawn")
        self.workers: list[_Worker] = []

    def __enter__(self) -> "WorkerPool":
        if self.warm and self.ctx.get_start_method() == "fork":
            # built once here, inherited by every worker (and every replacement)
            warm_up(self.registry, self.config)
        gc.freeze()  # this process too only stores what the workers send: for the run, leave the rest alone
        try:
            for _ in range(self.n):
                self.workers.append(_Worker(self.ctx, self.registry, self.config))
        except BaseException:  # stopped while starting them: end those already started
            self.__exit__(*sys.exc_info())
            raise
        return self

    def __exit__(self, *exc) -> None:
        for w in self.workers:
            w.stop(kill=exc[0] is not None)
        self.workers = []
        gc.unfreeze()

    def map(self, tasks: Iterable[Task]) -> Iterator[tuple]:
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
                        if isinstance(result, str) and result == progress.BEAT:
                            w.started = now  # progress: --timeout counts from here
                            continue
                        w.task, nxt = None, w
                    except (EOFError, OSError):
                        w.proc.join(1)
                        nxt, result = self._replace(w, self._died(w, ""))
                elif w.proc.sentinel in ready and not w.proc.is_alive():
                    nxt, result = self._replace(w, self._died(w, "; the file may be too large or damaged"))
                elif timeout and seconds >= timeout:
                    nxt, result = self._replace(w, IngestError(
                        "load", f"gave up after {timeout:g} s without progress (--timeout); the file is "
                                "too large or pathological for this parser (a larger --timeout may read it)",
                        "Timeout"))
                else:
                    continue
                if isinstance(result, Interrupted):
                    yield task, result, seconds
                    return
                feed(nxt)  # the worker goes on while the caller stores this result
                yield task, result, seconds

    @staticmethod
    def _died(w: _Worker, hint: str) -> IngestError | Interrupted:
        code = w.proc.exitcode
        if code in _STOPPED:  # ended from outside with the run, not by the file
            return Interrupted(_STOPPED[code])
        return IngestError("load", f"the worker parsing this file died (exit code {code}){hint}", "WorkerCrashed")

    def _replace(self, w: _Worker, error) -> tuple[_Worker, object]:
        """Kill worker ``w`` and start a fresh one in its place (not when
        the run is being stopped)."""
        i = self.workers.index(w)
        w.stop(kill=True)
        if isinstance(error, Interrupted):
            return w, error
        self.workers[i] = _Worker(self.ctx, self.registry, self.config)
        return self.workers[i], error
