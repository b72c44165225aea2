"""What start-up and the store stage do quickly must still do the same thing."""

from __future__ import annotations

import sqlite3

import pytest
import sqlite_utils

from esep.registry import Registry, get_plugin_manager
from esep.storage import Store, core_migrations, split_statements


def sqlite_utils_split(sql: str):
    """sqlite-utils' own way (4.x): the text grown a character at a time,
    a statement yielded as soon as SQLite calls it complete."""
    statement: list[str] = []
    for char in sql:
        statement.append(char)
        text = "".join(statement).strip()
        if text and sqlite3.complete_statement(text):
            yield text
            statement = []
    text = "".join(statement).strip()
    if text:
        yield text

ODD_SCRIPTS = [
    "", ";", " ; ; ", "select 1", "select 1;", "select ';'; select 2",
    "create trigger t after insert on a begin select 1; select 2; end; select 3;",
    "-- a comment;\nselect 1; /* ; */ select 2;", 'select "a;b"; select 3', "select 1;   \n  ", "a;b;c",
]


@pytest.mark.parametrize("sql", ODD_SCRIPTS)
def test_split_statements_as_sqlite_utils(sql):
    assert list(split_statements(sql)) == list(sqlite_utils_split(sql))


def _scripts(registry: Registry) -> list[str]:
    """Every script the migrations run, caught on their way to SQLite."""
    seen: list[str] = []
    db = sqlite_utils.Database(memory=True, tracer=lambda sql, params: seen.append(sql))
    for m in [core_migrations, *registry.migrations]:
        m.apply(db)
    return seen


def test_every_migration_script_splits_alike():
    registry = Registry(get_plugin_manager(load_entrypoints=False))
    scripts = [s for s in _scripts(registry) if ";" in s]
    assert len(scripts) > 10
    for sql in scripts:
        assert list(split_statements(sql)) == list(sqlite_utils_split(sql))


def test_new_database_has_the_same_schema_as_sqlite_utils_makes(tmp_path):
    registry = Registry(get_plugin_manager(load_entrypoints=False))
    Store(tmp_path / "a.db", registry.migrations).close()
    # the same migrations through sqlite-utils' own Database, in one transaction too
    db = sqlite_utils.Database(tmp_path / "b.db")
    db.conn.execute("BEGIN IMMEDIATE")
    for m in [core_migrations, *registry.migrations]:
        m.apply(db)
    db.conn.execute("COMMIT")
    db.close()

    def schema(p):
        with sqlite3.connect(p) as c:
            return sorted(r for r in c.execute("select type, name, sql from sqlite_master where name not like 'sqlite_%'"))

    assert schema(tmp_path / "a.db") == schema(tmp_path / "b.db")


def test_every_document_table_is_deleted_by_index(tmp_path):
    """Re-ingesting a document first deletes its rows from every table that
    has them: each such DELETE searches an index, so its cost does not grow
    with the archive."""
    registry = Registry(get_plugin_manager(load_entrypoints=False))
    store = Store(tmp_path / "a.db", registry.migrations)
    tables = [t for t in store.document_tables() if t != "ingest_errors"]
    assert {"blocks", "cells", "entity_mentions", "organization_names", "unmatched_terms"} <= set(tables)
    for t in tables:
        plan = " ".join(str(r[-1]) for r in store.db.execute(
            f"EXPLAIN QUERY PLAN DELETE FROM [{t}] WHERE document_id = ?", ["x"]))
        assert "USING" in plan and "INDEX" in plan, (t, plan)
    store.close()


def test_start_up_leaves_the_collector_as_it_found_it():
    """Plugins are imported and workers warmed up with the cyclic collector
    paused, and it runs again afterwards (or stays off if it was off)."""
    import gc

    from esep.processing import warm_up
    from esep.registry import Config, paused_gc

    assert gc.isenabled()
    registry = Registry(get_plugin_manager(load_entrypoints=False))
    warm_up(registry, Config(ocr="never"))
    assert gc.isenabled()
    with paused_gc():
        assert not gc.isenabled()
        with paused_gc():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(ValueError), paused_gc():
        raise ValueError("an import failed")
    assert gc.isenabled()
