"""Every hook: documented in docs/plugins.md and exercised by a test named
``test_hook_<name>`` (the meta-tests at the bottom enforce both)."""

import inspect
import json
import re
import sqlite3

from sqlite_utils.migrations import Migrations

from esep import hookimpl, hookspecs
from esep.model import Block, Document, Provenance, Record
from esep.pipeline import Ingester
from esep.registry import Config, Evaluator, Extractor, Loader, Registry, get_plugin_manager
from esep.storage import RECORD_COLUMNS_SQL, Store

from conftest import ROOT, SEED_TXT, install_example_plugin, run_esep

HOOKS = sorted(n for n, f in inspect.getmembers(hookspecs, inspect.isfunction) if hasattr(f, "esep_spec"))


def registry_with(*plugins) -> Registry:
    pm = get_plugin_manager(load_entrypoints=False)
    for p in plugins:
        pm.register(p)
    return Registry(pm)


def ingest(tmp_path, reg, files, config=None):
    store = Store(tmp_path / "t.db", reg.migrations)
    summary = Ingester(store, reg, config or Config()).run(files)
    return store, summary


class SeenTables:
    migrations = Migrations("test.seen")

    @staticmethod
    @migrations()
    def m001(db):
        db.executescript(f"CREATE TABLE seen (document_id TEXT NOT NULL REFERENCES documents(id), "
                         f"n_blocks INTEGER,{RECORD_COLUMNS_SQL});")

    @hookimpl
    def register_migrations(self, register):
        register(self.migrations)

    @hookimpl
    def register_extractors(self, register):
        def extract(doc, config):
            yield Record("seen", {"n_blocks": len(doc.blocks)}, evidence=doc.blocks[0].text, block=0)
        register(Extractor("seen", extract))


def test_hook_register_loaders(tmp_path):
    class P:
        @hookimpl
        def register_loaders(self, register):
            def load(path, config):
                d = Document("", str(path), "dat")
                for i, line in enumerate(path.read_text().splitlines()):
                    d.add_block(Block("paragraph", line, Provenance(line=i + 1)))
                return d
            register(Loader("dat", "dat", (".dat",), lambda head: b"," in head, load))

    f = tmp_path / "a.dat"  # values a program wrote, of a suffix no built-in loader reads
    f.write_text("a,b\n1,2\n")
    store, summary = ingest(tmp_path, registry_with(P()), [f])
    assert summary.counts["ingested"] == 1
    assert [r["text"] for r in store.db.query("select text from blocks order by idx")] == ["a,b", "1,2"]
    # without the plugin the same file is skipped
    (tmp_path / "without").mkdir()
    _, summary2 = ingest(tmp_path / "without", registry_with(), [f])
    assert summary2.counts["skipped"] == 1


def test_hook_register_extractors_and_migrations(tmp_path):
    store, summary = ingest(tmp_path, registry_with(SeenTables()), [SEED_TXT])
    assert summary.counts["ingested"] == 1
    rows = list(store.db.query("select * from seen"))
    assert len(rows) == 1 and rows[0]["n_blocks"] > 100
    assert rows[0]["extractor"] == "seen" and rows[0]["block_index"] == 0


def test_hook_register_migrations(tmp_path):
    reg = registry_with(SeenTables())
    Store(tmp_path / "m.db", reg.migrations).close()
    Store(tmp_path / "m.db", reg.migrations).close()  # applied once, not twice
    conn = sqlite3.connect(tmp_path / "m.db")
    names = [r[0] for r in conn.execute("select name from _sqlite_migrations where migration_set='test.seen'")]
    assert names == ["m001"]
    assert "seen" in [r[0] for r in conn.execute("select name from sqlite_master where type='table'")]


def test_hook_register_extractors(tmp_path):
    test_hook_register_extractors_and_migrations(tmp_path)


def test_hook_prepare_document(tmp_path):
    class Upper:
        @hookimpl
        def prepare_document(self, document, config):
            for b in document.blocks:
                b.original, b.text = b.text, b.text.upper()

    store, _ = ingest(tmp_path, registry_with(Upper()), [SEED_TXT])
    row = next(store.db.query("select text, original from blocks where idx = 0"))
    assert row["text"] == row["original"].upper() != row["original"]


def test_hook_prepare_worker(tmp_path):
    """Called once in the ingesting process, before its workers fork: they
    inherit what it built instead of building it on their first file."""
    import os

    class Heavy:
        migrations = SeenTables.migrations
        built: list[int] = []

        @hookimpl
        def prepare_worker(self, config):
            self.built.append(os.getpid())

        @hookimpl
        def register_migrations(self, register):
            register(self.migrations)

        @hookimpl
        def register_extractors(self, register):
            def extract(doc, config):
                # -1 when this worker process built nothing and inherited the parent's object
                inherited = self.built == [parent] and os.getpid() != parent
                yield Record("seen", {"n_blocks": -1 if inherited else 0}, evidence=doc.blocks[0].text, block=0)
            register(Extractor("seen", extract))

    parent = os.getpid()
    reg = registry_with(Heavy())
    store = Store(tmp_path / "t.db", reg.migrations)
    other = tmp_path / "other.txt"
    other.write_bytes(SEED_TXT.read_bytes() + "\nҚосымша.\n".encode())
    summary = Ingester(store, reg, Config(), workers=1).run([SEED_TXT, other])
    assert summary.counts["ingested"] == 2
    assert Heavy.built == [parent]  # once, here
    assert [r["n_blocks"] for r in store.db.query("select n_blocks from seen")] == [-1, -1]
    # nothing to parse: no workers, no warm-up
    Heavy.built.clear()
    Ingester(store, reg, Config(), workers=1).run([SEED_TXT, other])
    assert Heavy.built == []
    # one file: nothing to share, so its worker builds what it needs itself
    one = tmp_path / "one.txt"
    one.write_bytes(SEED_TXT.read_bytes() + "\nТағы.\n".encode())
    Ingester(store, reg, Config(), workers=1).run([one])
    assert Heavy.built == []


def test_hook_prepare_records(tmp_path):
    class Drop:
        @hookimpl
        def prepare_records(self, records, document, config):
            records[:] = [r for r in records if r.table != "seen"]
            records.append(Record("seen", {"n_blocks": -1}, confidence=0.5))

    store, _ = ingest(tmp_path, registry_with(SeenTables(), Drop()), [SEED_TXT])
    assert [r["n_blocks"] for r in store.db.query("select n_blocks from seen")] == [-1]


def test_hook_register_commands(cli_runner):
    import click

    class Cmd:
        @hookimpl
        def register_commands(self, cli):
            @cli.command()
            def hello():
                """Say hello."""
                click.echo("hello from a plugin")

    result = cli_runner("hello", registry_=registry_with(Cmd()))
    assert result.exit_code == 0 and result.output == "hello from a plugin\n"


def test_hook_handle_ingest_error(tmp_path):
    class Explain:
        @hookimpl
        def register_loaders(self, register):
            def load(path, config):
                raise KeyError("xyz")
            register(Loader("bad", "bad", (".bad",), lambda head: True, load))

        @hookimpl
        def handle_ingest_error(self, path, stage, exception, config):
            if isinstance(exception, KeyError):
                return "a .bad file cannot be read; convert it first"

    f = tmp_path / "x.bad"
    f.write_text("content")
    store, summary = ingest(tmp_path, registry_with(Explain()), [f, SEED_TXT])
    assert summary.counts == {"ingested": 1, "unchanged": 0, "skipped": 0, "failed": 1}
    err = next(store.db.query("select * from ingest_errors"))
    assert err["message"] == "a .bad file cannot be read; convert it first"
    assert err["stage"] == "load" and err["error_class"] == "KeyError" and err["path"].endswith("x.bad")


def test_hook_register_evaluators(tmp_path, cli_runner):
    class Ev:
        @hookimpl
        def register_evaluators(self, register):
            def score(conn, document_id, gold):
                n = conn.execute("select count(*) from blocks where document_id=?", [document_id]).fetchone()[0]
                ok = n == gold["blocks"]
                return {"precision": 1.0 if ok else 0.0, "recall": 1.0 if ok else 0.0, "f1": 1.0 if ok else 0.0}
            register(Evaluator("blockcount", score))

    reg = registry_with(Ev())
    store, _ = ingest(tmp_path, reg, [SEED_TXT])
    n = store.db.execute("select count(*) from blocks").fetchone()[0]
    store.close()
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / f"{SEED_TXT.stem}.blockcount.json").write_text(json.dumps({"blocks": n}))
    result = cli_runner("eval", "--db", tmp_path / "t.db", "--gold", gold, "--json", registry_=reg)
    rows = json.loads(result.output)
    assert [(r["kind"], r["f1"]) for r in rows] == [("blockcount", 1.0)]


def test_third_party_plugin_through_entry_point(tmp_path):
    """A plugin installed as a distribution with an ``esep`` entry point is
    loaded by ``esep`` itself and changes what an ingest produces."""
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "notes.adoc").write_text("= Есеп\nКітапхана жұмысы туралы қысқа жазба\n")
    (folder / "broken.adoc").write_text("BROKEN\n")
    (folder / "seed.txt").write_bytes(SEED_TXT.read_bytes())
    env = install_example_plugin(tmp_path / "site")

    listed = run_esep("plugins", env=env)
    assert listed.returncode == 0, listed.stderr
    line = next(l for l in listed.stdout.splitlines() if l.startswith("wordcount"))
    assert "esep-wordcount 1.0" in line and "register_loaders" in line

    db = tmp_path / "with.db"
    r = run_esep("ingest", folder, "--db", db, env=env)
    assert r.returncode == 1  # broken.adoc failed, the rest landed
    assert "the AsciiDoc file is marked BROKEN" in r.stderr
    conn = sqlite3.connect(db)
    assert sorted(f for (f,) in conn.execute("select format from documents")) == ["adoc", "txt"]
    assert conn.execute("select count(*) from word_counts").fetchone()[0] == 2
    assert conn.execute("select count(*) from ingest_errors").fetchone()[0] == 1

    # the same ingest without the plugin: the .adoc files are skipped
    env_off = dict(env, ESEP_LOAD_PLUGINS="")
    r2 = run_esep("ingest", folder, "--db", tmp_path / "without.db", env=env_off)
    assert r2.returncode == 0, r2.stderr
    assert "1 ingested, 0 unchanged, 2 skipped, 0 failed" in r2.stdout


# -- meta-tests ----------------------------------------------------------------

def test_every_hook_has_a_docs_section():
    docs = (ROOT / "docs" / "plugins.md").read_text(encoding="utf-8")
    sections = set(re.findall(r"^### `(\w+)\(", docs, re.M))
    missing = [h for h in HOOKS if h not in sections]
    assert not missing, f"hooks without a section in docs/plugins.md: {missing}"
    assert not sections - set(HOOKS), f"docs describe hooks that do not exist: {sections - set(HOOKS)}"


def test_every_hook_has_a_test():
    tested = {n[len("test_hook_"):] for n in globals() if n.startswith("test_hook_")}
    missing = [h for h in HOOKS if h not in tested]
    assert not missing, f"hooks without a test_hook_<name> test: {missing}"


def test_every_hook_has_a_docstring_and_types():
    for name in HOOKS:
        f = getattr(hookspecs, name)
        assert (f.__doc__ or "").strip(), name
        sig = inspect.signature(f)
        assert all(p.annotation is not inspect.Parameter.empty for p in sig.parameters.values()), name


# -- the shape of core ---------------------------------------------------------------


def _core_imports() -> dict[str, tuple[set[str], list[str]]]:
    """For each module of core (``esep.X``): the core modules it imports when
    it is imported (``if TYPE_CHECKING:`` blocks left out), and the core
    imports made inside functions, as ``function: module`` strings."""
    import ast

    core = ROOT / "core"
    names = {p.stem for p in core.glob("*.py")}

    def targets(node: ast.AST) -> set[str]:
        out = set()
        if isinstance(node, ast.ImportFrom):
            if node.level == 1 and node.module is None:  # from . import x
                out |= {a.name for a in node.names if a.name in names}
            elif node.level == 1:
                out.add(node.module.split(".")[0])
            elif node.level == 0 and (node.module or "").startswith("esep."):
                out.add(node.module.split(".")[1])
            elif node.level == 0 and node.module == "esep":
                out |= {a.name for a in node.names if a.name in names} or {"__init__"}
        elif isinstance(node, ast.Import):
            out |= {a.name.split(".")[1] for a in node.names if a.name.startswith("esep.")}
        return out & (names | {"__init__"})

    def visit(node: ast.AST, module: str, function: str | None, top: set[str], inner: list[str]) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and "TYPE_CHECKING" in ast.unparse(child.test):
                continue
            if isinstance(child, (ast.Import, ast.ImportFrom)):
                found = targets(child) - {module}
                if function is None:
                    top.update(found)
                else:
                    inner.extend(f"{function}: {t}" for t in sorted(found))
            fn = child.name if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)) else function
            visit(child, module, fn, top, inner)

    graph: dict[str, tuple[set[str], list[str]]] = {}
    for name in names:
        tree = ast.parse((core / f"{name}.py").read_text(encoding="utf-8"))
        top: set[str] = set()
        inner: list[str] = []
        visit(tree, name, None, top, inner)
        graph[name] = (top, inner)
    return graph


def test_core_has_no_import_cycle():
    """The modules of core import each other in one direction only, counting
    the imports made inside functions too (so none of those gets round a
    cycle; they exist only to keep a command's start-up light).  The
    pipeline, its workers and the cluster import nothing inside functions."""
    imports = _core_imports()
    assert {"pipeline", "processing", "workers", "cluster"} <= imports.keys()
    inner = {m: calls for m, (_, calls) in imports.items()
             if calls and m in ("pipeline", "processing", "workers", "cluster")}
    assert inner == {}, f"core modules imported inside functions: {inner}"
    graph = {m: top | {c.split(": ")[1] for c in calls} for m, (top, calls) in imports.items()}
    # depth-first search for a cycle
    state: dict[str, int] = {}
    path: list[str] = []

    def visit(m: str) -> None:
        state[m] = 1
        path.append(m)
        for t in sorted(graph.get(m, set())):
            if state.get(t) == 1:
                raise AssertionError("import cycle in core: " + " -> ".join(path[path.index(t):] + [t]))
            if t not in state:
                visit(t)
        path.pop()
        state[m] = 2

    for m in sorted(graph):
        if m not in state:
            visit(m)
    # the processing of a file is shared, not owned: pipeline, workers and cluster import it, not each other
    assert not graph["workers"] & {"pipeline", "cluster"}
    assert not graph["cluster"] & {"pipeline", "workers"}
    assert not graph["processing"] & {"pipeline", "workers", "cluster", "cli"}


def test_plugins_take_shared_command_helpers_from_cli_support():
    """Plugins' commands import the shared options and printers from
    ``esep.cli_support``, never the command line module itself."""
    offenders = [str(p.relative_to(ROOT)) for p in (ROOT / "plugins").rglob("*.py")
                 if re.search(r"^\s*(from esep\.cli import|import esep\.cli\b|from esep import cli\b)",
                              p.read_text(encoding="utf-8"), re.M)]
    assert offenders == []
    from esep import cli_support

    assert {"db_option", "output_options", "print_rows", "readonly_connection", "open_store"} <= set(
        cli_support.__all__)
