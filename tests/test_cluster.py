"""``esep ingest --cluster``: a Dask cluster's workers parse and extract,
this process writes; the database is the same as a local ingest's."""

import shutil
import signal
import time

import pytest

from conftest import CORPUS, VOLATILE, db_digest, run_esep

distributed = pytest.importorskip("distributed")

SYNTHETIC = CORPUS / "synthetic"
FILES = ("synthetic_2016-H1_balkhash_ru.docx", "synthetic_2017-H1_balkhash_kk.txt",
         "synthetic_2017_balkhash_kk.pdf", "synthetic_2019-H1_balkhash_kk.txt")


@pytest.fixture(scope="module")
def cluster():
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, processes=True, threads_per_worker=1, host="127.0.0.1",
                      dashboard_address=None) as c:
        yield c


@pytest.fixture
def folder(tmp_path):
    d = tmp_path / "reports"
    d.mkdir()
    for name in FILES:
        shutil.copy(SYNTHETIC / name, d / name)
    pdf = (SYNTHETIC / "synthetic_2017_balkhash_kk.pdf").read_bytes()
    (d / "cut_short.pdf").write_bytes(pdf[: len(pdf) // 3])  # fails on the worker, recorded here
    (d / "notes.md").write_text("not a report\n")  # skipped without reaching the cluster
    return d


def test_cluster_ingest_equals_local_ingest(cluster, folder, tmp_path, cli_runner):
    local = cli_runner("ingest", folder, "--db", tmp_path / "local.db", "--workers", "0", "--no-progress")
    remote = cli_runner("ingest", folder, "--db", tmp_path / "cluster.db", "--cluster", cluster.scheduler_address,
                        "--no-progress", "--profile")
    assert local.exit_code == remote.exit_code == 1  # the cut-short PDF failed in both
    assert "4 ingested, 0 unchanged, 1 skipped, 1 failed" in local.output
    assert "4 ingested, 0 unchanged, 1 skipped, 1 failed" in remote.output
    assert "extract:entities" in remote.output  # --profile: timings came back from the workers
    ignore = VOLATILE + ("id",)
    want, got = db_digest(tmp_path / "local.db", ignore), db_digest(tmp_path / "cluster.db", ignore)
    assert [t for t in want if want[t] != got.get(t)] == []
    assert want.keys() == got.keys()
    # a second run over the cluster finds everything unchanged without parsing anything
    again = cli_runner("ingest", folder, "--db", tmp_path / "cluster.db", "--cluster", cluster.scheduler_address,
                       "--no-progress")
    assert "0 ingested, 4 unchanged, 1 skipped, 1 failed" in again.output


def test_unreachable_scheduler_is_a_user_error(folder, tmp_path, cli_runner):
    import socket

    with socket.socket() as s:  # a loopback port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    r = cli_runner("ingest", folder, "--db", tmp_path / "x.db", "--cluster", f"tcp://127.0.0.1:{port}",
                   "--timeout", "5", "--no-progress")
    assert r.exit_code == 1
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:" in r.output


def _esep_tasks(dask_scheduler) -> list[str]:
    return [str(k) for k in dask_scheduler.tasks if str(k).startswith("esep-")]


def test_tasks_of_a_stopped_run_are_cancelled_on_the_cluster(cluster, tmp_path):
    """The ingesting process stopped (SIGTERM), then killed (SIGKILL), while
    its files are on the cluster: within two seconds of each the scheduler
    holds none of its tasks, so the next run does not wait behind them, and
    that run finishes the folder."""
    from distributed import Client

    from test_interrupt import ENV, assert_whole, build_corpus, kill_real_process_at

    folder = tmp_path / "reports"
    for p in build_corpus(folder)[8:]:
        p.unlink()
    db = tmp_path / "c.db"
    stored = 0
    with Client(cluster.scheduler_address, set_as_default=False) as client:
        for sig in (signal.SIGTERM, signal.SIGKILL):
            out: list[str] = []
            status = kill_real_process_at(folder, db, stored + 1, sig, group=False, output=out,
                                          args=("--cluster", cluster.scheduler_address))
            assert status == (-signal.SIGKILL if sig == signal.SIGKILL else 143), out
            deadline = time.monotonic() + 2.0
            while (left := client.run_on_scheduler(_esep_tasks)) and time.monotonic() < deadline:
                time.sleep(0.05)
            assert left == [], sig
            stored = assert_whole(db, None)
    assert 2 <= stored < 8
    r = run_esep("ingest", folder, "--db", db, "--cluster", cluster.scheduler_address, env=ENV, timeout=300)
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith(f"{8 - stored} ingested, {stored} unchanged, 0 skipped, 0 failed"), r.stdout
