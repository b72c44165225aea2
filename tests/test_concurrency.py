"""Concurrent access to one database: two ``esep ingest`` processes writing
at once, readers (``esep query``) while an ingest writes, and a writer that
finds the database locked by someone else.  Nothing is lost, nothing fails
with "database is locked", and readers only ever see whole documents."""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from conftest import run_esep
from test_interrupt import assert_whole, build_corpus, content_digest, rows_by_document

ENV = dict(os.environ, ESEP_LOAD_PLUGINS="")


def esep_process(*args) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "esep", *map(str, args)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=ENV)


@pytest.fixture(scope="module")
def folders(tmp_path_factory):
    """Three folders of twenty different small reports each, and a database
    made by one sequential run over all of them."""
    base = tmp_path_factory.mktemp("concurrency")
    for tag in "abc":
        build_corpus(base / "reports" / tag, tag)
    reference = base / "sequential.db"
    r = run_esep("ingest", base / "reports", "--db", reference, env=ENV, timeout=300)
    assert r.returncode == 0, r.stderr
    return {"base": base, "reports": base / "reports", "reference": reference}


def test_two_ingests_into_one_new_database_at_once(folders):
    """Both start on a database that does not exist yet (both create it) and
    share folder b; the result is what one sequential run stores."""
    db, reports = folders["base"] / "two.db", folders["reports"]
    one = esep_process("ingest", reports / "a", reports / "b", "--db", db)
    two = esep_process("ingest", reports / "b", reports / "c", "--db", db)
    outs = [p.communicate(timeout=300) for p in (one, two)]
    for p, (out, err) in zip((one, two), outs):
        assert p.returncode == 0, err
        assert "locked" not in err and "failed:" not in err and "Traceback" not in err, err
        assert re.fullmatch(r"\d+ ingested, \d+ unchanged, 0 skipped, 0 failed in [\d.]+ s", out.strip()), out
    stored = sum(int(out.split()[0]) for out, _ in outs)
    unchanged = sum(int(out.split()[2]) for out, _ in outs)
    assert stored == 60 and stored + unchanged == 80  # folder b is stored once, seen twice
    assert content_digest(db) == content_digest(folders["reference"])
    assert assert_whole(db, rows_by_document(folders["reference"])) == 60


def test_readers_while_an_ingest_writes(folders, cli_runner):
    """``esep query`` run over and over (in this process, and as separate
    processes) while ``esep ingest`` writes: every query succeeds, the count
    of documents only grows, and no reader ever sees half a document."""
    db = folders["base"] / "read.db"
    writer = esep_process("ingest", folders["reports"], "--db", db)
    whole = ("select count(*) from documents d where n_blocks != "
             "(select count(*) from blocks b where b.document_id = d.id) or n_tables != "
             "(select count(*) from doc_tables t where t.document_id = d.id)")
    counts, halves, failures, outside = [], [], [], []
    try:
        while writer.poll() is None and not _has_documents_table(db):
            time.sleep(0.01)
        while writer.poll() is None:
            if len(outside) < 2 and len(counts) % 40 == 0:
                outside.append(esep_process("query", "select count(*) as n from documents", "--db", db))
            r = cli_runner("query", "select count(*) from documents", "--db", db, "--csv")
            h = cli_runner("query", whole, "--db", db, "--csv")
            if r.exit_code or h.exit_code:
                failures.append(r.output + h.output)
                continue
            counts.append(int(r.output.splitlines()[1]))
            halves.append(int(h.output.splitlines()[1]))
    finally:
        out, err = writer.communicate(timeout=300)
    assert writer.returncode == 0 and "locked" not in err, err
    assert failures == []
    assert len(counts) > 20 and counts[-1] > counts[0], counts  # the reads overlapped the writes
    assert counts == sorted(counts) and set(halves) == {0}
    for p in outside:
        o, e = p.communicate(timeout=120)
        assert p.returncode == 0, e
        assert o.splitlines()[0] == "n" and 0 <= int(o.splitlines()[1]) <= 60
    assert content_digest(db) == content_digest(folders["reference"])


def _has_documents_table(db: Path) -> bool:
    if not db.exists():
        return False
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        try:
            return conn.execute("select 1 from sqlite_master where name = 'documents'").fetchone() is not None
        finally:
            conn.close()
    except sqlite3.Error:
        return False


def test_a_writer_waits_for_a_lock_held_by_another_process(folders, tmp_path, cli_runner):
    """Another connection holds the write lock for twice as long as an ingest
    of twenty files takes: the ingest waits (busy timeout) instead of
    failing, then stores everything."""
    db = tmp_path / "locked.db"
    t0 = time.perf_counter()
    first = cli_runner("ingest", folders["reports"] / "a", "--db", db, "--workers", "0")
    hold = max(2.0, 2 * (time.perf_counter() - t0))
    assert first.exit_code == 0, first.output
    holder = sqlite3.connect(db, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("update documents set title = title")
    release = threading.Timer(hold, lambda: holder.execute("COMMIT"))
    release.start()
    try:
        t0 = time.perf_counter()
        r = cli_runner("ingest", folders["reports"] / "b", "--db", db, "--workers", "0")
        waited = time.perf_counter() - t0
    finally:
        release.join()
        holder.close()
    assert r.exit_code == 0, r.output
    assert "locked" not in r.output and r.output.startswith("20 ingested, 0 unchanged, 0 skipped, 0 failed")
    assert waited >= hold - 0.1
    conn = sqlite3.connect(db)
    assert conn.execute("select count(*) from documents").fetchone()[0] == 40
    assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
