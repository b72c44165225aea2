"""Interrupted runs: ``esep ingest`` killed with SIGKILL, or stopped with
SIGTERM or SIGINT, at random points.

After every kill the database passes ``PRAGMA integrity_check``, and every
document in it is whole: its rows in every table are exactly the rows an
uninterrupted run stores for it.  A re-run then finishes the folder, and the
database is the same, digest for digest, as the uninterrupted run's.  No
process of a run outlives it: when only the ingesting process is killed,
its workers end by themselves within two seconds (every run here is a
process group of its own, searched for survivors after it ended).

Starting Python and importing spaCy takes seconds, which would leave most
random kill points before the database is even opened.  So besides real
``python -m esep ingest`` processes, the test forks runs of the very same
command (``esep.cli.main(["ingest", ...])``) from a server process that
imported and warmed every plugin once; each forked run is a process group
(the command and its worker processes) that is killed as a whole."""

from __future__ import annotations

import hashlib
import json
import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import SEED_TXT, VOLATILE, db_digest, run_esep
from test_malformed import docx_file, text_pdf

ENV = dict(os.environ, ESEP_LOAD_PLUGINS="")
MIN_KILLS = 50
KILLS_PER_EPISODE = 10
SEED = 20180701


def build_corpus(root: Path, tag: str = "") -> list[Path]:
    """Twenty small reports: slices of the seed with a varied line, three
    .docx and two .pdf, all of different content (and different from those
    of a corpus built with another ``tag``)."""
    root.mkdir(parents=True, exist_ok=True)
    lines = SEED_TXT.read_text(encoding="utf-8").splitlines()
    for i in range(15):
        start = (i * 47) % (len(lines) - 12)
        body = "\n".join(lines[start:start + 12]) + f"\nҚосымша жол {tag}{i}.\n"
        (root / f"report {i:02d}.txt").write_text(body, encoding="utf-8")
    prose = [ln for ln in lines if ln.strip() and "\t" not in ln]
    for i in range(3):
        (root / f"report {i:02d}.docx").write_bytes(docx_file(prose[40 + 8 * i: 48 + 8 * i] + [f"Нұсқа {tag}{i}."]))
    for i in range(2):
        (root / f"report {i:02d}.pdf").write_bytes(
            text_pdf([f"Library report, version {tag}{i}", "Readers served: 5120", f"Events held: {30 + i}"]))
    return sorted(root.iterdir())


# -- what "whole" means ---------------------------------------------------------


def surrogate_keys(conn: sqlite3.Connection, table: str) -> set[str]:
    """The INTEGER PRIMARY KEY of a table (an alias of the rowid), whose
    values depend on the order rows were written in, not on their content."""
    pk = [(r[1], r[2]) for r in conn.execute(f"pragma table_info([{table}])") if r[5]]
    return {pk[0][0]} if len(pk) == 1 and pk[0][1].upper() == "INTEGER" else set()


def _tables(conn: sqlite3.Connection) -> list[str]:
    return [r[0] for r in conn.execute("select name from sqlite_master where type = 'table' order by name")]


def rows_by_document(path: Path) -> dict[str, dict[str, list[str]]]:
    """Every document's rows, table by table (timestamps and surrogate keys left out)."""
    conn = sqlite3.connect(path)
    out: dict[str, dict[str, list[str]]] = {}
    for t in _tables(conn):
        cols = [r[1] for r in conn.execute(f"pragma table_info([{t}])")
                if r[1] not in VOLATILE and r[1] not in surrogate_keys(conn, t)]
        key = "id" if t == "documents" else "document_id" if "document_id" in cols and t != "ingest_errors" else None
        if key is None:
            continue
        k = cols.index(key)
        for row in conn.execute(f"select {', '.join(f'[{c}]' for c in cols)} from [{t}]"):
            out.setdefault(row[k], {}).setdefault(t, []).append(repr(row))
    conn.close()
    for tables in out.values():
        for rows in tables.values():
            rows.sort()
    return out


def content_digest(path: Path) -> dict[str, str]:
    """Like ``db_digest`` but blind to surrogate keys: the same for two
    databases that hold the same rows written in a different order."""
    conn = sqlite3.connect(path)
    out = {}
    for t in _tables(conn):
        cols = [r[1] for r in conn.execute(f"pragma table_info([{t}])")
                if r[1] not in VOLATILE and r[1] not in surrogate_keys(conn, t)]
        rows = sorted(repr(r) for r in conn.execute(f"select {', '.join(f'[{c}]' for c in cols)} from [{t}]"))
        out[t] = hashlib.sha256("\n".join(rows).encode()).hexdigest()
    conn.close()
    return out


def assert_whole(db: Path, clean: dict[str, dict[str, list[str]]] | None) -> int:
    """The database is sound and holds only whole documents (the rows of
    ``clean``'s, when given); returns how many."""
    if not db.exists():
        return 0
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("pragma integrity_check").fetchall() == [("ok",)]
        assert conn.execute("pragma foreign_key_check").fetchall() == []
        if "documents" not in _tables(conn):
            return 0  # killed before the first migration committed: nothing was written
        assert conn.execute("select count(*) from ingest_errors").fetchone()[0] == 0
        for doc_id, n_blocks, n_tables in conn.execute("select id, n_blocks, n_tables from documents"):
            assert conn.execute("select count(*) from blocks where document_id = ?", [doc_id]).fetchone()[0] == n_blocks
            assert conn.execute("select count(*) from doc_tables where document_id = ?", [doc_id]).fetchone()[0] == n_tables
    finally:
        conn.close()
    got = rows_by_document(db)
    for doc_id, tables in got.items():
        assert "documents" in tables, f"rows of {doc_id} without its document row: {sorted(tables)}"
        assert clean is None or tables == clean[doc_id], f"document {doc_id} is not whole"
    return len(got)


# -- running and killing ------------------------------------------------------------

SERVER = r"""
import json, os, signal, sys, time
signal.signal(signal.SIGTERM, signal.SIG_DFL)
from esep.cli import main

def run(args):
    try:
        main(args)
    except SystemExit as e:
        return e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
    return 0

import contextlib
with open(os.devnull, "w") as quiet, contextlib.redirect_stdout(quiet), contextlib.redirect_stderr(quiet):
    run(["ingest", sys.argv[1], "--db", sys.argv[2], "--workers", "0"])  # import and warm every plugin
print("ready", flush=True)
while True:
    line = sys.stdin.readline()
    if not line:
        break
    req = json.loads(line)
    t0 = time.perf_counter()
    pid = os.fork()
    if pid == 0:
        code = 70
        try:
            os.setpgid(0, 0)
            fd = os.open(req["log"], os.O_WRONLY | os.O_CREAT | os.O_APPEND)
            os.dup2(fd, 1)
            os.dup2(fd, 2)
            code = run(req["args"])
        finally:
            os._exit(code)
    try:
        os.setpgid(pid, pid)
    except OSError:
        pass
    status, killed = None, False
    while True:
        done, st = os.waitpid(pid, os.WNOHANG)
        if done:
            status = os.waitstatus_to_exitcode(st)
            break
        if time.perf_counter() - t0 >= req["delay"]:
            killed = True
            if req.get("group", True):
                os.killpg(pid, signal.SIGKILL)  # the command and its workers
            else:
                os.kill(pid, req["signal"])  # the command alone: its workers must end by themselves
            status = os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])
            break
        time.sleep(0.002)
    print(json.dumps({"killed": killed, "exit": status, "pgid": pid,
                      "seconds": time.perf_counter() - t0}), flush=True)
"""


class ForkServer:
    """Runs ``esep ingest`` in forked, pre-warmed processes and kills them on request."""

    def __init__(self, tmp: Path):
        warm = tmp / "warm"
        build_corpus(warm)
        for p in list(warm.iterdir())[3:-3]:
            p.unlink()
        self.log = tmp / "runs.log"
        self.proc = subprocess.Popen([sys.executable, "-c", SERVER, str(warm), str(tmp / "warm.db")],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=ENV)
        assert self.proc.stdout.readline().strip() == "ready"

    def ingest(self, folder: Path, db: Path, delay: float = 600.0, *, sig: int | None = None,
               workers: int = 1) -> dict:
        """Run the command; after ``delay`` seconds kill its process group
        with SIGKILL, or with ``sig`` send that signal to the command alone."""
        req = {"args": ["ingest", str(folder), "--db", str(db), "--workers", str(workers)], "delay": delay,
               "log": str(self.log), "signal": sig, "group": sig is None}
        self.proc.stdin.write(json.dumps(req) + "\n")
        self.proc.stdin.flush()
        r = json.loads(self.proc.stdout.readline())
        assert_run_gone(r.pop("pgid"))
        return r

    def close(self) -> None:
        self.proc.stdin.close()
        self.proc.wait(30)


def kill_real_process_at(folder: Path, db: Path, n_documents: int, sig: int = signal.SIGKILL, *,
                         group: bool = True, workers: int = 1, output: list | None = None,
                         args: tuple[str, ...] = ()) -> int | None:
    """Run ``python -m esep ingest`` and send ``sig`` to its process group
    (or, with ``group=False``, to the command alone) as soon as the database
    holds ``n_documents`` documents; the exit status when it was signalled,
    None when it finished first.  Its stdout is appended to ``output``.
    Whatever happens, no process of the run is left (the test fails when one
    outlived the command by two seconds)."""
    proc = subprocess.Popen([sys.executable, "-m", "esep", "ingest", str(folder), "--db", str(db),
                             "--workers", str(workers), *args],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=ENV, start_new_session=True,
                            text=True)
    status = None
    try:
        while proc.poll() is None:
            try:
                conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
                n = conn.execute("select count(*) from documents").fetchone()[0]
                conn.close()
            except sqlite3.Error:
                n = 0
            if n >= n_documents:
                if group:
                    os.killpg(proc.pid, sig)
                else:
                    os.kill(proc.pid, sig)
                status = proc.wait(60)
                break
            time.sleep(0.005)
        if output is not None:
            output.append(proc.stdout.read())
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        proc.stdout.close()
        assert_run_gone(proc.pid)
    return status


# -- processes left behind ----------------------------------------------------------


def alive_in_group(pgid: int) -> list[str]:
    """The live processes (zombies left out) of process group ``pgid``, as
    ``pid command`` lines."""
    out = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
            cmd = Path(f"/proc/{entry}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2:].split()  # after "pid (comm) ": state, ppid, pgrp, ...
        if int(fields[2]) == pgid and fields[0] != "Z":
            out.append(f"{entry} {cmd.strip()}")
    return out


def assert_run_gone(pgid: int, within: float = 2.0) -> None:
    """No process of the run (process group ``pgid``) is alive ``within``
    seconds after it ended; any that is, is killed and the test fails."""
    deadline = time.monotonic() + within
    while (left := alive_in_group(pgid)) and time.monotonic() < deadline:
        time.sleep(0.05)
    if left:
        os.killpg(pgid, signal.SIGKILL)
    assert not left, f"processes of the run outlived it by {within:g} s: {left}"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    base = tmp_path_factory.mktemp("interrupt")
    folder = base / "reports"
    files = build_corpus(folder)
    clean = base / "clean.db"
    r = run_esep("ingest", folder, "--db", clean, env=ENV, timeout=300)
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith(f"{len(files)} ingested, 0 unchanged, 0 skipped, 0 failed"), r.stdout
    return {"base": base, "folder": folder, "files": files, "clean": clean,
            "digest": db_digest(clean, VOLATILE), "rows": rows_by_document(clean)}


@pytest.fixture(scope="module")
def server(corpus):
    s = ForkServer(corpus["base"])
    yield s
    s.close()


def test_sigkill_at_random_points_leaves_whole_documents_and_a_rerun_finishes(corpus, server):
    """Episodes on a fresh database: up to ten runs killed at random points
    (each killed run gets a little further), then a run to the end."""
    base, folder, n = corpus["base"], corpus["folder"], len(corpus["files"])
    # the forked command stores exactly what the real one does, and takes this long
    reference = base / "forked.db"
    r = server.ingest(folder, reference)
    assert r == {"killed": False, "exit": 0, "seconds": r["seconds"]}
    assert db_digest(reference, VOLATILE) == corpus["digest"]
    full = r["seconds"]

    rng = random.Random(SEED)
    kills, progressed, episodes = [], 0, 0
    while len(kills) < MIN_KILLS:
        episodes += 1
        db = base / f"run{episodes}.db"
        done = 0
        for _ in range(KILLS_PER_EPISODE):
            # a random point within what is left of the run
            r = server.ingest(folder, db, delay=rng.uniform(0.0, full * (0.2 + 0.8 * (n - done) / n)))
            now = assert_whole(db, corpus["rows"])
            if not r["killed"]:
                break
            kills.append((round(r["seconds"], 3), done, now))
            progressed += done < now < n
            done = now
        # a re-run finishes the folder: the same content as the uninterrupted run
        r = server.ingest(folder, db)
        assert r["exit"] == 0 and not r["killed"], server.log.read_text()[-3000:]
        assert db_digest(db, VOLATILE) == corpus["digest"], f"episode {episodes}"
    assert len(kills) >= MIN_KILLS and episodes >= 3
    # many kills came after the run had stored documents and before it was done
    assert progressed >= MIN_KILLS // 4, kills


def test_sigkill_of_the_real_command_and_its_workers(corpus):
    """``python -m esep ingest`` killed mid-run, then run to the end."""
    folder, db = corpus["folder"], corpus["base"] / "real.db"
    n = len(corpus["files"])
    assert kill_real_process_at(folder, db, n // 2) == -signal.SIGKILL
    assert n // 2 <= assert_whole(db, corpus["rows"]) < n
    r = run_esep("ingest", folder, "--db", db, env=ENV, timeout=300)
    assert r.returncode == 0, r.stderr
    done = int(r.stdout.split()[0])
    assert 0 < done <= n - n // 2 and f"{n - done} unchanged" in r.stdout
    assert db_digest(db, VOLATILE) == corpus["digest"]


def test_ctrl_c_stops_the_run_cleanly(corpus):
    """SIGINT to the process group, as Ctrl-C in a terminal sends it: the run
    stops, its workers too, nothing is recorded as failed, and the summary
    says the run was interrupted (exit code 130, as for a shell)."""
    folder, db = corpus["folder"], corpus["base"] / "ctrl-c.db"
    n = len(corpus["files"])
    out: list[str] = []
    status = kill_real_process_at(folder, db, 3, signal.SIGINT, output=out)
    assert status == 130, out
    assert "interrupted by SIGINT" in out[0]
    stored = int(out[0].split()[0])
    assert 3 <= stored == assert_whole(db, corpus["rows"]) < n  # ingest_errors is empty too
    r = run_esep("ingest", folder, "--db", db, env=ENV, timeout=300)
    assert r.returncode == 0, r.stderr
    assert db_digest(db, VOLATILE) == corpus["digest"]


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM], ids=["SIGKILL", "SIGTERM"])
def test_the_command_alone_stopped_at_random_points_leaves_no_process(corpus, server, sig):
    """SIGKILL or SIGTERM to the ingesting process alone (as ``kill PID``,
    ``timeout`` or the OOM killer send them), at random points of runs with
    two workers: two seconds later no process of the run is alive
    (``ForkServer.ingest`` checks it), every stored document is whole, no
    file is recorded as failed, and a re-run finishes the folder."""
    folder, n = corpus["folder"], len(corpus["files"])
    rng = random.Random(SEED + sig)
    full = server.ingest(folder, corpus["base"] / f"timing-{sig}.db", workers=2)["seconds"]
    db = corpus["base"] / f"alone-{sig}.db"
    exits, done = [], 0
    for _ in range(5):
        # a random point within what is left of the run (its start-up is a fixed cost: it is longer than that)
        delay = rng.uniform(0.05, 0.95) * full * (n - done) / n
        r = server.ingest(folder, db, delay=delay, sig=sig, workers=2)
        done = assert_whole(db, corpus["rows"])  # whole documents, no ingest_errors
        if r["killed"]:
            # on a busy machine the signal may come only after the run finished the folder (exit 0)
            exits.append(r["exit"] if r["exit"] != 0 or done < n else "finished")
        if done == n:
            break
    if sig == signal.SIGKILL:
        assert set(exits) <= {-signal.SIGKILL, "finished"} and exits.count(-signal.SIGKILL) >= 1, exits
    else:  # the run stopped itself (143), or was ended by the signal before its run began (-15)
        assert set(exits) <= {128 + signal.SIGTERM, -signal.SIGTERM, "finished"} and exits.count(143) >= 1, exits
    r = server.ingest(folder, db, workers=2)
    assert r["exit"] == 0 and not r["killed"], server.log.read_text()[-3000:]
    # two workers store in the order they finish: the same rows, maybe under other surrogate keys
    assert content_digest(db) == content_digest(corpus["clean"])


def test_sigterm_to_the_real_command_mid_run(corpus):
    """``python -m esep ingest --workers 2`` sent SIGTERM alone once it
    stored some documents: it finishes the document at hand, ends its
    workers, prints the summary with "interrupted" and exits with 143;
    the re-run stores the rest."""
    folder, db = corpus["folder"], corpus["base"] / "sigterm.db"
    n = len(corpus["files"])
    out: list[str] = []
    assert kill_real_process_at(folder, db, 4, signal.SIGTERM, group=False, workers=2, output=out) == 143
    assert re.fullmatch(r"(\d+) ingested, 0 unchanged, 0 skipped, 0 failed in [\d.]+ s, interrupted by SIGTERM; "
                        r"run the same command again to finish\n", out[0]), out
    stored = int(out[0].split()[0])
    assert 4 <= stored == assert_whole(db, corpus["rows"]) < n
    r = run_esep("ingest", folder, "--db", db, "--workers", "2", env=ENV, timeout=300)
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith(f"{n - stored} ingested, {stored} unchanged, 0 skipped, 0 failed"), r.stdout
    # two workers store in the order they finish: the same rows, maybe under other surrogate keys
    assert content_digest(db) == content_digest(corpus["clean"])


def test_a_rerun_with_a_relative_path_finds_its_files_unchanged(tmp_path, monkeypatch, cli_runner):
    """Paths are stored absolute, so a second ``esep ingest reports`` from the
    same folder recognizes every file (it used to call each a copy of itself)."""
    (tmp_path / "reports").mkdir()
    (tmp_path / "reports" / "a.txt").write_bytes(SEED_TXT.read_bytes())
    monkeypatch.chdir(tmp_path)
    first = cli_runner("ingest", "reports", "--db", "r.db", "--workers", "0")
    assert first.output.startswith("1 ingested"), first.output
    second = cli_runner("ingest", "reports", "--db", "r.db", "--workers", "0")
    assert second.output.startswith("0 ingested, 1 unchanged, 0 skipped, 0 failed"), second.output
    conn = sqlite3.connect(tmp_path / "r.db")
    assert conn.execute("select path from documents").fetchall() == [(str(tmp_path / "reports" / "a.txt"),)]
