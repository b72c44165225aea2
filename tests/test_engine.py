"""The engine: ingest, idempotence, replacement, crash safety, bad files,
exit codes and the read-only query command."""

import json
import os
import shutil
import sqlite3

import pytest

from esep.pipeline import Ingester, discover
from esep.registry import Config, Registry, get_plugin_manager
from esep.storage import Store

from conftest import ROOT, SEED_STEM, SEED_TXT, db_digest
from failure_plugin import STAGES, FailAfter


@pytest.fixture
def folder(tmp_path):
    d = tmp_path / "reports"
    d.mkdir()
    shutil.copy(SEED_TXT, d / "seed.txt")
    return d


def test_ingest_writes_documents_blocks_tables_cells(folder, tmp_path, cli_runner):
    db = tmp_path / "e.db"
    r = cli_runner("ingest", folder, "--db", db)
    assert r.exit_code == 0, r.output
    assert r.output.strip().splitlines()[-1].startswith("1 ingested, 0 unchanged, 0 skipped, 0 failed in ")
    conn = sqlite3.connect(db)
    (doc_id, fmt, path) = conn.execute("select id, format, path from documents").fetchone()
    import hashlib
    assert doc_id == hashlib.sha256(SEED_TXT.read_bytes()).hexdigest() and fmt == "txt"
    kinds = dict(conn.execute("select kind, count(*) from doc_tables group by kind"))
    assert kinds == {"table": 4, "chart": 3}
    assert conn.execute("select count(*) from blocks where kind='list_item'").fetchone()[0] == 41
    # every row points at the document
    for t in ("blocks", "doc_tables", "cells"):
        assert conn.execute(f"select count(*) from {t} where document_id != ?", [doc_id]).fetchone()[0] == 0
    assert conn.execute("pragma foreign_key_check").fetchall() == []


def test_second_ingest_writes_nothing(folder, tmp_path, cli_runner):
    db = tmp_path / "e.db"
    cli_runner("ingest", folder, "--db", db)
    before = db_digest(db)
    r = cli_runner("ingest", folder, "--db", db)
    assert r.exit_code == 0
    assert "0 ingested, 1 unchanged" in r.output
    assert db_digest(db) == before
    # touching the file without changing it: hashed, still unchanged, no rows rewritten
    os.utime(folder / "seed.txt", (1, 1))
    r = cli_runner("ingest", folder, "--db", db)
    assert "0 ingested, 1 unchanged" in r.output
    after = db_digest(db)
    assert {k: v for k, v in after.items() if k != "documents"} == {k: v for k, v in before.items() if k != "documents"}


def test_changed_file_replaces_its_rows_and_force_redoes(folder, tmp_path, cli_runner):
    db = tmp_path / "e.db"
    cli_runner("ingest", folder, "--db", db)
    p = folder / "seed.txt"
    p.write_bytes(p.read_bytes() + "\nҚосымша абзац.\n".encode())
    r = cli_runner("ingest", folder, "--db", db)
    assert "1 ingested" in r.output
    conn = sqlite3.connect(db)
    assert conn.execute("select count(*) from documents").fetchone()[0] == 1
    assert conn.execute("select count(distinct document_id) from blocks").fetchone()[0] == 1
    assert conn.execute("select text from blocks order by idx desc limit 1").fetchone()[0] == "Қосымша абзац."
    conn.close()
    r = cli_runner("ingest", folder, "--db", db, "--force")
    assert "1 ingested, 0 unchanged" in r.output


def registry_failing_after(stage: str | None) -> Registry:
    pm = get_plugin_manager(load_entrypoints=False)
    pm.register(FailAfter(stage), name="failure")
    return Registry(pm)


@pytest.mark.parametrize("stage", STAGES)
def test_failure_mid_document_leaves_database_as_before(folder, tmp_path, stage):
    db = tmp_path / "e.db"
    other = folder / "other.txt"
    other.write_text("Басқа есеп\n\tұяшық\n\n", encoding="utf-8")
    registry = registry_failing_after(None)
    store = Store(db, registry.migrations)
    Ingester(store, registry, Config()).run([other])
    store.close()
    before = db_digest(db)
    failing = registry_failing_after(stage)
    store = Store(db, failing.migrations)
    with pytest.raises(FailAfter(stage).error):
        Ingester(store, failing, Config(strict=True)).run([folder / "seed.txt"])
    store.close()
    assert db_digest(db) == before
    # without strict mode the failure is recorded and nothing else changes
    store = Store(db, failing.migrations)
    s = Ingester(store, failing, Config()).run([folder / "seed.txt"])
    assert s.counts["failed"] == 1
    err = next(store.db.query("select * from ingest_errors"))
    assert err["stage"] == "store" and err["error_class"] == FailAfter(stage).error.__name__
    assert store.db.execute("select count(*) from documents").fetchone()[0] == 1


def test_bad_files_each_give_one_error_row_and_the_rest_lands(folder, tmp_path, cli_runner):
    (folder / "empty.txt").write_bytes(b"")
    (folder / "empty.docx").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 64)
    (folder / "page.pdf").write_text("<!DOCTYPE html><html><body>not a pdf</body></html>")
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 100)
    db = tmp_path / "e.db"
    r = cli_runner("ingest", folder, "--db", db)
    assert r.exit_code == 1
    conn = sqlite3.connect(db)
    errors = {os.path.basename(p): (stage, cls, msg) for p, stage, cls, msg in
              conn.execute("select path, stage, error_class, message from ingest_errors")}
    assert set(errors) == {"empty.txt", "empty.docx", "binary.txt", "page.pdf"}
    assert "empty" in errors["empty.txt"][2] and "0 bytes" in errors["empty.docx"][2]
    assert "not" in errors["binary.txt"][2]
    assert "'<!DOCTYPE html>" in errors["page.pdf"][2] and ".pdf" in errors["page.pdf"][2]
    assert conn.execute("select count(*) from documents").fetchone()[0] == 1
    last = r.output.strip().splitlines()[-1]
    assert last.startswith("1 ingested, 0 unchanged, 1 skipped, 4 failed")
    assert "skipped, no loader for their format: .jpg 1" in r.output  # the file no loader reads is named by kind
    for name in errors:
        assert f"{name}: [" in r.output  # one line each on stderr (mixed into output here)


def test_fixed_file_clears_its_error(folder, tmp_path, cli_runner):
    bad = folder / "late.txt"
    bad.write_bytes(b"")
    db = tmp_path / "e.db"
    cli_runner("ingest", folder, "--db", db)
    bad.write_text("Енді мәтін бар.\n", encoding="utf-8")
    r = cli_runner("ingest", folder, "--db", db)
    assert r.exit_code == 0
    assert sqlite3.connect(db).execute("select count(*) from ingest_errors").fetchone()[0] == 0


def test_same_content_under_two_names_is_a_reported_skip(folder, tmp_path, cli_runner):
    shutil.copy(folder / "seed.txt", folder / "copy of seed.txt")
    r = cli_runner("ingest", folder, "--db", tmp_path / "e.db")
    assert r.exit_code == 0
    assert "1 ingested, 0 unchanged, 1 skipped, 0 failed" in r.output
    assert "same content as" in r.output


def test_usage_errors_exit_2(cli_runner, tmp_path):
    assert cli_runner("ingest").exit_code == 2
    assert cli_runner("ingest", tmp_path / "missing").exit_code == 2
    assert cli_runner("query", "select 1", "--db", tmp_path / "x.db", "--nope").exit_code == 2


def test_discover_walks_recursively_and_leaves_out_hidden_files(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "r.txt").write_text("x")
    (tmp_path / "a" / "~$r.docx").write_text("x")  # a Word lock file: found, then skipped with a line (test_malformed)
    (tmp_path / ".hidden.txt").write_text("x")
    (tmp_path / "a" / "loop").symlink_to(tmp_path / "a")
    assert [p.name for p in discover([tmp_path])] == ["~$r.docx", "r.txt"]


def test_query_is_read_only(folder, tmp_path, cli_runner):
    db = tmp_path / "e.db"
    cli_runner("ingest", folder, "--db", db)
    r = cli_runner("query", "select format, count(*) as n from documents group by format", "--db", db, "--json")
    assert json.loads(r.output) == [{"format": "txt", "n": 1}]
    r = cli_runner("query", "select format from documents", "--db", db, "--csv")
    assert r.output == "format\ntxt\n"
    before = db_digest(db)
    for sql in ("delete from documents", "drop table blocks", "insert into documents(id, path, format) values ('x','y','z')",
                "pragma query_only = 0", f"attach database '{tmp_path / 'other.db'}' as o", "create table t(x)"):
        res = cli_runner("query", sql, "--db", db)
        assert res.exit_code == 1, (sql, res.output)
        assert "Error:" in res.output
    assert db_digest(db) == before
    assert not (tmp_path / "other.db").exists()


def test_query_without_database_says_what_to_do(cli_runner, tmp_path):
    res = cli_runner("query", "select 1", "--db", tmp_path / "none.db")
    assert res.exit_code == 1 and "esep ingest" in res.output


def test_python_dash_m_and_plugins_command(tmp_path):
    from conftest import run_esep
    r = run_esep("plugins", env=dict(os.environ, ESEP_LOAD_PLUGINS=""))
    assert r.returncode == 0
    names = [l.split(":")[0] for l in r.stdout.splitlines()]
    assert "esep.plugins.text.loader" in names
    assert any("register_loaders" in l for l in r.stdout.splitlines() if l.startswith("esep.plugins.text.loader"))


def test_errors_command_and_retry_failed(folder, tmp_path, cli_runner):
    bad = folder / "later.txt"
    bad.write_bytes(b"")
    (folder / "junk.txt").write_bytes(b"\x00\x01" * 100)
    db = tmp_path / "e.db"
    assert cli_runner("ingest", folder, "--db", db).exit_code == 1
    r = cli_runner("errors", "--db", db)
    assert "EmptyFile at detect: 1 file" in r.output and "later.txt" in r.output
    assert "2 failed; re-run them with: esep ingest --retry-failed" in r.output
    bad.write_text("Енді мәтін бар.\n", encoding="utf-8")
    r = cli_runner("ingest", "--retry-failed", "--db", db)
    assert r.output.strip().splitlines()[-1].startswith("1 ingested, 0 unchanged, 0 skipped, 1 failed")
    assert "junk.txt" in cli_runner("errors", "--db", db).output
    assert cli_runner("ingest", "--db", db).exit_code == 2


def test_config_cache_dir(tmp_path, monkeypatch):
    """One cache folder for every plugin: ``--set cache_dir=``, else
    ``$ESEP_CACHE_DIR``, else ``$XDG_CACHE_HOME/esep``, else ``~/.cache/esep``."""
    monkeypatch.delenv("ESEP_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert Config().cache_dir == tmp_path / "xdg" / "esep"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert Config().cache_dir == tmp_path / "home" / ".cache" / "esep"
    monkeypatch.setenv("ESEP_CACHE_DIR", str(tmp_path / "env"))
    assert Config().cache_dir == tmp_path / "env"
    assert Config(options={"cache_dir": str(tmp_path / "set")}).cache_dir == tmp_path / "set"
    from esep.plugins.legacy.loader import cache_dir
    from esep.plugins.pdf.ocr import cache_root

    config = Config(options={"cache_dir": str(tmp_path / "set")})
    assert cache_root(config) == tmp_path / "set" and cache_dir(config) == tmp_path / "set" / "converted"


HEAVY = ("spacy", "pdfplumber", "pdfminer", "docx", "cv2", "pytesseract", "rapidfuzz", "matplotlib", "numpy",
         "sqlite_utils", "datasette", "distributed", "esep.plugins",
         # nor the ingest machinery: pipeline, workers, multiprocessing
         "esep.pipeline", "esep.workers", "esep.cluster", "esep.processing", "multiprocessing")


def test_the_pdf_parser_is_imported_by_the_first_pdf_only(tmp_path):
    """Loading every plugin imports no PDF library: a folder of Word files
    never pays for pdfplumber; the first PDF loads it."""
    import subprocess
    import sys

    probe = (
        "import sys\n"
        "from esep.registry import Registry, get_plugin_manager\n"
        "Registry(get_plugin_manager(load_entrypoints=False))\n"
        "print(sorted(m for m in ('pdfplumber', 'pdfminer') if m in sys.modules))\n"
        "from pathlib import Path\n"
        "from esep.plugins.pdf import loader\n"
        "from esep.registry import Config\n"
        "loader.load(Path(sys.argv[1]), Config(ocr='never'))\n"
        "print(sorted(m for m in ('pdfplumber', 'pdfminer') if m in sys.modules))\n"
    )
    pdf = ROOT / "corpus" / f"{SEED_STEM}.pdf"
    r = subprocess.run([sys.executable, "-c", probe, str(pdf)], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines() == ["[]", "['pdfminer', 'pdfplumber']"]


def test_the_pdf_reader_is_imported_by_the_first_pdf_only(tmp_path):
    """Registering the plugins imports none of the PDF reader's modules (a
    run of Word or text files never compiles them); the registered loader
    imports them with the first PDF and reads it as the reader does."""
    import subprocess
    import sys

    probe = (
        "import sys\n"
        "from pathlib import Path\n"
        "from esep.registry import Config, Registry, get_plugin_manager\n"
        "reg = Registry(get_plugin_manager(load_entrypoints=False))\n"
        "reader = ('esep.plugins.pdf.loader', 'esep.plugins.pdf.ocr', 'esep.plugins.pdf.tables')\n"
        "print(sorted(m for m in reader if m in sys.modules))\n"
        "pdf = next(ld for ld in reg.loaders if ld.name == 'pdf')\n"
        "doc = pdf.load(Path(sys.argv[1]), Config(ocr='never'))\n"
        "print(sorted(m for m in reader if m in sys.modules))\n"
        "from esep.plugins.pdf import loader\n"
        "print(doc.text() == loader.load(Path(sys.argv[1]), Config(ocr='never')).text())\n"
    )
    pdf = ROOT / "corpus" / f"{SEED_STEM}.pdf"
    r = subprocess.run([sys.executable, "-c", probe, str(pdf)], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines() == ["[]", str(sorted(["esep.plugins.pdf.loader", "esep.plugins.pdf.ocr",
                                                       "esep.plugins.pdf.tables"])), "True"]


def test_reading_commands_import_no_parser_or_plugin(folder, tmp_path, cli_runner):
    """``esep query`` and ``esep errors`` load no plugin and import no parsing,
    language or numeric library: they start in a fraction of a second."""
    import subprocess
    import sys

    db = tmp_path / "e.db"
    cli_runner("ingest", folder, "--db", db, "--workers", "0")
    probe = (
        "import sys\n"
        "from esep.cli import main\n"
        "try:\n"
        "    main(sys.argv[1:])\n"
        "except SystemExit as e:\n"
        "    assert not e.code, e.code\n"
        f"heavy = sorted({{m for m in sys.modules for h in {HEAVY!r} if m == h or m.startswith(h + '.')}})\n"
        "print('imported:', heavy, file=sys.stderr)\n"
    )
    for args in (["query", "select count(*) from documents", "--db", str(db)], ["errors", "--db", str(db)]):
        r = subprocess.run([sys.executable, "-c", probe, *args], capture_output=True, text=True, timeout=120,
                           env=dict(os.environ, ESEP_LOAD_PLUGINS=""))
        assert r.returncode == 0, r.stderr
        assert r.stderr.strip().splitlines()[-1] == "imported: []", (args, r.stderr)
    assert r.stdout == "no errors\n"


def test_a_copy_named_by_the_browser_or_explorer_is_the_one_skipped(folder, tmp_path, cli_runner):
    """A folder holding "отчёт.txt" and its copies "отчёт (1).txt" and
    "отчёт - копия.txt" stores the original's name, and skips each copy
    with a line naming the original (" " and "-" sort before ".")."""
    for copy in ("seed (1).txt", "seed - копия.txt"):
        shutil.copy(folder / "seed.txt", folder / copy)
    db = tmp_path / "e.db"
    r = cli_runner("ingest", folder, "--db", db)
    assert r.exit_code == 0
    paths = [p for (p,) in sqlite3.connect(db).execute("select path from documents")]
    assert [os.path.basename(p) for p in paths] == ["seed.txt"]
    assert r.output.count("same content as") == 2


def test_discover_puts_a_copy_after_its_original_and_keeps_the_rest_in_order(tmp_path):
    names = ["б.docx", "а (1).docx", "а - Copy.docx", "а-б.doc", "а.docx", "Копия а.docx", "2023.pdf"]
    for n in names:
        (tmp_path / n).write_text("x")
    assert [p.name for p in discover([tmp_path])] == [
        "2023.pdf", "а-б.doc", "а.docx", "Копия а.docx", "а (1).docx", "а - Copy.docx", "б.docx"]
