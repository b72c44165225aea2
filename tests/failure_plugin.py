"""A plugin for tests that makes storing a document fail part-way, through
the ordinary hooks only: its ``prepare_records`` hands storage a document or
records that SQLite (or storage's own checks) refuses after some parts of
the document were already written in the transaction.

``FailAfter(stage)`` fails after writing ``stage``:

* ``documents``: a second block with the index of the first (the blocks'
  primary key refuses it; the documents row is written);
* ``blocks``: a second table with the index of the first (``doc_tables``
  refuses it; every block is written);
* ``cells``: a record for a table no plugin created, first of the records
  (storage refuses it; every cell is written);
* ``records``: a record of the plugin's own table without its NOT NULL
  value, last of the records (every other record is written).

``FailAfter(None)`` fails nothing but creates the same table, so that a
database made with it can be compared with one a failing run left behind.
"""

from __future__ import annotations

import dataclasses
import sqlite3

from sqlite_utils.migrations import Migrations

from esep import Record, hookimpl
from esep.storage import RECORD_COLUMNS_SQL

STAGES = ("documents", "blocks", "cells", "records")
#: What each stage's failure raises.
ERRORS = {"documents": sqlite3.IntegrityError, "blocks": sqlite3.IntegrityError,
          "cells": RuntimeError, "records": sqlite3.IntegrityError}

migrations = Migrations("tests.failure")


@migrations()
def m001_failure_marks(db):
    db.execute(f"""
        CREATE TABLE failure_marks (
            document_id TEXT NOT NULL REFERENCES documents(id),
            mark TEXT NOT NULL,{RECORD_COLUMNS_SQL}
        )""")


class FailAfter:
    def __init__(self, stage: str | None):
        assert stage is None or stage in STAGES, stage
        self.stage = stage
        self.error = ERRORS.get(stage)

    @hookimpl
    def register_migrations(self, register):
        register(migrations)

    @hookimpl
    def prepare_records(self, records, document, config):
        if self.stage == "documents":
            document.blocks.append(dataclasses.replace(document.blocks[0]))
        elif self.stage == "blocks":
            document.tables.append(dataclasses.replace(document.tables[0]))
        elif self.stage == "cells":
            records.insert(0, Record("no_such_table", {"value": 1}))
        elif self.stage == "records":
            records.append(Record("failure_marks", {"mark": None}))
