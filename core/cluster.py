"""Ingest on a Dask distributed cluster: its workers load, OCR and extract,
this process alone writes to SQLite.

``esep ingest --cluster ADDRESS`` hands each file that needs parsing to the
cluster as one task: ``process_file`` runs on a worker, which returns the
:class:`~esep.pipeline.Processed` document (or an
:class:`~esep.pipeline.IngestError`, as a value) and the ingesting process
stores it in one transaction, exactly as it stores what a local worker
returns.  Detection (size and mtime, then the hash) stays here too, so the
database decides what is unchanged.

* Workers read the files by their absolute path: the archive must be
  visible at the same path on every worker (a shared or network file
  system), as it is on a local cluster.
* Each worker builds the plugin manager from the plugin modules this
  process has loaded, once per worker process, and warms it with the
  ``prepare_worker`` hook; esep and the plugins must be installed on the
  workers.
* At most ``2 x threads`` files are in flight, so memory stays bounded
  however large the archive is.
* ``config.timeout`` bounds the wait for one file; a file over it is
  reported as failed (the worker's thread cannot be interrupted and
  finishes in the background).  A task whose worker died more often than
  the scheduler allows (``KilledWorker``) is reported as failed too.

``ADDRESS`` is a scheduler address (``tcp://host:8786``) or ``local:N``,
which starts a cluster of N single-threaded worker processes on this
machine for the run (for trying it out and for measuring).
"""

from __future__ import annotations

import gc
import importlib
import logging
import os
import threading
import time
from dataclasses import replace
from pathlib import Path
from types import ModuleType
from typing import Any, Iterable, Iterator

import pluggy

from . import hookspecs
from .processing import IngestError, Task, process_task, warm_up
from .registry import Config, Registry

log = logging.getLogger(__name__)

#: Seconds to wait for the scheduler (or ``--timeout`` when that is shorter).
CONNECT_TIMEOUT = 30.0
INSTALL_HINT = "the --cluster option needs Dask distributed: pip install 'esep[cluster]'"


class ClusterUnavailable(RuntimeError):
    """Dask distributed is missing, or the scheduler cannot be reached."""


def plugin_spec(registry: Registry) -> tuple[Any, ...]:
    """What a worker needs to rebuild the plugin manager: the names of the
    plugin modules, in registration order (other plugin objects are sent
    pickled)."""
    spec: list[Any] = []
    for name, plugin in registry.pm.list_name_plugin():
        if plugin is None:
            continue
        if isinstance(plugin, ModuleType):
            spec.append(("module", plugin.__name__, name))
        else:
            spec.append(("object", plugin, name))
    return tuple(spec)


_registries: dict[Any, Registry] = {}
_lock = threading.Lock()


def _worker_registry(spec: tuple[Any, ...], config: Config) -> Registry:
    """The registry for ``spec`` in this worker process, built and warmed once
    (a plugin object arrives unpickled with every task: its class names it)."""
    key = tuple((kind, ref if kind == "module" else f"{type(ref).__module__}.{type(ref).__qualname__}", name)
                for kind, ref, name in spec)
    with _lock:
        return _registries.get(key) or _build_registry(key, spec, config)


def _build_registry(key: Any, spec: tuple[Any, ...], config: Config) -> Registry:
    pm = pluggy.PluginManager("esep")
    pm.add_hookspecs(hookspecs)
    for kind, ref, name in spec:
        plugin = importlib.import_module(ref) if kind == "module" else ref
        if pm.get_plugin(name) is None and not pm.is_registered(plugin):
            pm.register(plugin, name=name)
    reg = Registry(pm)
    warm_up(reg, config)
    gc.freeze()  # built for the worker's life: out of the garbage collector's way
    _registries[key] = reg
    return reg


def run_task(task: Task, spec: tuple[Any, ...], config: Config) -> Any:
    """On a worker: load, prepare and extract one file.  Returns a
    ``Processed`` or an ``IngestError`` (never raises for a bad file, so the
    scheduler does not retry it)."""
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")  # Tesseract: one thread per worker thread
    try:
        reg = _worker_registry(spec, config)
    except Exception as e:  # noqa: BLE001 - report, never lose the file
        return IngestError("load", f"{type(e).__name__}: {e}", type(e).__name__)
    return process_task(task, {ld.name: ld for ld in reg.loaders}, reg, config)


def _warm(spec: tuple[Any, ...], config: Config) -> float:
    t0 = time.perf_counter()
    _worker_registry(spec, config)
    return time.perf_counter() - t0


class ClusterPool:
    """The workers of a Dask cluster, used like
    :class:`esep.workers.WorkerPool`: ``map`` yields
    ``(task, Processed | IngestError, seconds)`` as files finish."""

    def __init__(self, address: str, registry: Registry, config: Config, *, in_flight: int | None = None):
        self.address = address
        self.registry = registry
        self.config = config
        self.in_flight = in_flight
        self.client: Any = None
        self._local: Any = None

    def __enter__(self) -> "ClusterPool":
        try:
            from distributed import Client, LocalCluster
        except ImportError as e:
            raise ClusterUnavailable(INSTALL_HINT) from e
        address = self.address.strip()
        try:
            if address == "local" or address.startswith("local:"):
                n = int(address.partition(":")[2] or 2)
                self._local = LocalCluster(n_workers=n, threads_per_worker=1, processes=True,
                                           host="127.0.0.1", dashboard_address=None)
                address = self._local.scheduler_address
            wait = min(CONNECT_TIMEOUT, self.config.timeout) if self.config.timeout > 0 else CONNECT_TIMEOUT
            self.client = Client(address, timeout=wait, set_as_default=False)
        except (OSError, TimeoutError, ValueError) as e:
            self._close()
            raise ClusterUnavailable(f"cannot reach the Dask scheduler at {self.address}: {e}") from e
        self.spec = plugin_spec(self.registry)
        warmed = self.client.run(_warm, self.spec, self.config)
        log.info("cluster %s: %d workers warmed up (%s)", address, len(warmed),
                 ", ".join(f"{v:.1f} s" for v in warmed.values()))
        return self

    def __exit__(self, *exc) -> None:
        self._close()

    def _close(self) -> None:
        if self.client is not None:
            self.client.close()
            self.client = None
        if self._local is not None:
            self._local.close()
            self._local = None

    def threads(self) -> int:
        return max(1, sum(self.client.nthreads().values()))

    def map(self, tasks: Iterable[Task]) -> Iterator[tuple[Any, Any, float]]:
        """Yield ``(task, Processed | IngestError, seconds)`` as files finish.
        However the caller stops (an error, an interrupted run, leaving the
        loop), the tasks still on the cluster are cancelled."""
        timeout = self.config.timeout if self.config.timeout and self.config.timeout > 0 else None
        it = iter(tasks)
        started: dict[Any, tuple[Any, float]] = {}
        n = 0

        def submit() -> bool:
            nonlocal n
            task = next(it, None)
            if task is None:
                return False
            # the worker's current folder is not ours: send the absolute path
            task = replace(task, path=Path(task.spath))
            n += 1
            fut = self.client.submit(run_task, task, self.spec, self.config, pure=False,
                                     key=f"esep-{n}-{task.doc_id[:16]}")
            started[fut] = (task, time.perf_counter())
            return True

        try:
            yield from self._results(started, submit, timeout)
        finally:
            if started and self.client is not None:
                self.client.cancel(list(started), force=True)

    def _results(self, started: dict[Any, tuple[Any, float]], submit, timeout: float | None):
        limit = self.in_flight or 2 * self.threads()
        more = True
        while more and len(started) < limit:
            more = submit()
        while started:
            now = time.perf_counter()
            finished = [f for f in started if f.done()]
            late = [f for f, (_, t0) in started.items() if timeout and now - t0 >= timeout and f not in finished]
            if not finished and not late:
                time.sleep(0.005)  # the client's own thread completes the futures
                continue
            for fut in finished + late:
                task, t0 = started.pop(fut)
                if fut in late:
                    fut.cancel()
                    result: Any = IngestError(
                        "load", f"gave up after {timeout:g} s (--timeout); the file is too large or "
                                "pathological for this parser", "Timeout")
                else:
                    try:
                        result = fut.result()
                    except Exception as e:  # noqa: BLE001 - e.g. KilledWorker: the worker died on this file
                        result = IngestError(
                            "load", f"the cluster could not parse this file ({type(e).__name__}: {e})",
                            "WorkerCrashed")
                    fut.release()
                if more:
                    more = submit()  # keep the cluster busy while the result is stored
                yield task, result, time.perf_counter() - t0
