"""Worker processes: the same result as parsing in-process, a per-file time
limit, and a crashed parser that costs only its file."""

import os
import shutil
import time

import pytest

from esep import Block, Document, Loader, hookimpl, progress
from esep.pipeline import Ingester
from esep.registry import Config, Registry, get_plugin_manager
from esep.storage import Store

from conftest import SEED_TXT, VOLATILE, db_digest


class Slow:
    """Loads .slow files by sleeping, and .crash files by dying."""

    @hookimpl
    def register_loaders(self, register):
        def load(path, config):
            if path.suffix == ".crash":
                os._exit(3)
            if path.suffix == ".pages":  # steps of "seconds", each followed by progress
                for seconds in path.read_text().split():
                    time.sleep(float(seconds))
                    progress.beat()
            else:
                time.sleep(float(path.read_text()))
            d = Document("", str(path), "slow")
            d.add_block(Block("paragraph", "done"))
            return d
        register(Loader("slow", "slow", (".slow", ".crash", ".pages"), lambda head: True, load))


@pytest.fixture(scope="module")
def reg():
    pm = get_plugin_manager(load_entrypoints=False)
    pm.register(Slow())
    return Registry(pm)


def run(reg, db, files, workers, **config):
    store = Store(db, reg.migrations)
    try:
        return Ingester(store, reg, Config(**config), workers=workers).run(files)
    finally:
        store.close()


def test_workers_store_the_same_as_in_process(tmp_path, reg):
    folder = tmp_path / "r"
    folder.mkdir()
    for i in range(4):
        (folder / f"seed{i}.txt").write_bytes(SEED_TXT.read_bytes() + f"\nҚосымша {i}.\n".encode())
    files = sorted(folder.iterdir())
    s0 = run(reg, tmp_path / "a.db", files, workers=0)
    s2 = run(reg, tmp_path / "b.db", files, workers=2)
    assert s0.counts == s2.counts == {"ingested": 4, "unchanged": 0, "skipped": 0, "failed": 0}
    # workers finish in any order, so surrogate row ids may differ; the content may not
    ignore = VOLATILE + ("id",)
    assert db_digest(tmp_path / "a.db", ignore) == db_digest(tmp_path / "b.db", ignore)


def test_one_file_is_parsed_by_one_unwarmed_worker(tmp_path, reg, monkeypatch):
    """One file has nothing to share: no warm-up before the fork and one
    worker whatever --workers says; what it stores is what the process stores.
    Two files are warmed up for as before."""
    import esep.workers

    warmed, started = [], []
    monkeypatch.setattr(esep.workers, "warm_up", lambda registry, config: warmed.append(1))
    real_worker = esep.workers._Worker

    def counting_worker(*args):
        started.append(1)
        return real_worker(*args)

    monkeypatch.setattr(esep.workers, "_Worker", counting_worker)
    one = tmp_path / "one.txt"
    shutil.copy(SEED_TXT, one)
    s0 = run(reg, tmp_path / "a.db", [one], workers=0)
    s1 = run(reg, tmp_path / "b.db", [one], workers=2)
    assert s0.counts == s1.counts == {"ingested": 1, "unchanged": 0, "skipped": 0, "failed": 0}
    assert (warmed, started) == ([], [1])
    assert db_digest(tmp_path / "a.db", VOLATILE) == db_digest(tmp_path / "b.db", VOLATILE)
    two = tmp_path / "two.txt"
    two.write_bytes(SEED_TXT.read_bytes() + "\nҚосымша.\n".encode())
    s2 = run(reg, tmp_path / "c.db", [one, two], workers=2)
    assert s2.counts["ingested"] == 2 and (warmed, started) == ([1], [1, 1, 1])


def test_timeout_kills_only_the_slow_file(tmp_path, reg):
    (tmp_path / "r").mkdir()
    (tmp_path / "r" / "slow.slow").write_text("120")
    (tmp_path / "r" / "quick.slow").write_text("0")
    shutil.copy(SEED_TXT, tmp_path / "r" / "seed.txt")
    t0 = time.perf_counter()
    s = run(reg, tmp_path / "t.db", sorted((tmp_path / "r").iterdir()), workers=1, timeout=10)
    assert time.perf_counter() - t0 < 60
    assert s.counts == {"ingested": 2, "unchanged": 0, "skipped": 0, "failed": 1}
    failed = [o for o in s.outcomes if o.status == "failed"][0]
    assert failed.path.endswith("slow.slow") and failed.error_class == "Timeout" and "--timeout" in failed.message


def test_timeout_counts_from_the_last_progress(tmp_path, reg):
    """A long scan makes progress page by page: five steps of 1.5 s each
    take longer than a 4 s --timeout but each is shorter; steps of 6 s are
    not."""
    (tmp_path / "r").mkdir()
    (tmp_path / "r" / "long.pages").write_text("1.5 1.5 1.5 1.5 1.5")
    (tmp_path / "r" / "stuck.pages").write_text("6 1")
    s = run(reg, tmp_path / "t.db", sorted((tmp_path / "r").iterdir()), workers=1, timeout=4)
    status = {os.path.basename(o.path): o.status for o in s.outcomes}
    assert status == {"long.pages": "ingested", "stuck.pages": "failed"}


def test_a_crashing_parser_costs_only_its_file(tmp_path, reg):
    (tmp_path / "r").mkdir()
    (tmp_path / "r" / "a.crash").write_text("x")
    shutil.copy(SEED_TXT, tmp_path / "r" / "b.txt")
    s = run(reg, tmp_path / "t.db", sorted((tmp_path / "r").iterdir()), workers=2)
    assert s.counts["ingested"] == 1 and s.counts["failed"] == 1
    o = [o for o in s.outcomes if o.status == "failed"][0]
    assert o.error_class == "WorkerCrashed" and "exit code 3" in o.message


ORPHAN = r"""
import os, sys, time
from esep.workers import die_with_parent
pid = os.fork()
if pid == 0:
    die_with_parent(os.getppid(), death_signal=sys.argv[1] == "signal")
    time.sleep(60)
    os._exit(0)
print(pid, flush=True)
time.sleep(0.3)
os._exit(0)  # the parent ends without ending its child
"""


@pytest.mark.parametrize("how", ["signal", "pid check"])
def test_a_worker_ends_with_its_parent(how):
    """A process that called ``die_with_parent`` is gone within a second of
    its parent's end: by the parent-death signal (Linux), and by the check of
    the parent's pid alone (everywhere)."""
    import subprocess
    import sys

    if how == "signal" and not sys.platform.startswith("linux"):
        pytest.skip("the parent-death signal is Linux's")
    out = subprocess.run([sys.executable, "-c", ORPHAN, how.split()[0]], capture_output=True, text=True,
                         timeout=60, check=True).stdout
    child = int(out)
    deadline = time.monotonic() + 1.0
    while time.monotonic() < deadline and _alive(child):
        time.sleep(0.02)
    alive = _alive(child)
    if alive:
        os.kill(child, 9)
    assert not alive


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False
    except OSError:
        return True
