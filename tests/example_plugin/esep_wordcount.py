"""A complete third-party esep plugin, used by the tests through a real
``esep`` entry point (and shown in docs/plugins.md).

It reads AsciiDoc files (a format esep itself does not know), counts the
words of every document into a table of its own, and explains its errors.
"""

from pathlib import Path

from sqlite_utils.migrations import Migrations

from esep import Block, Document, Extractor, Loader, Provenance, Record, hookimpl
from esep.storage import RECORD_COLUMNS_SQL

migrations = Migrations("esep_wordcount")


@migrations()
def m001_word_counts(db):
    db.executescript(f"""
        CREATE TABLE word_counts (
            document_id TEXT NOT NULL REFERENCES documents(id),
            words INTEGER NOT NULL,{RECORD_COLUMNS_SQL}
        );
    """)


def load_asciidoc(path: Path, config) -> Document:
    text = path.read_text(encoding="utf-8")
    if "BROKEN" in text:
        raise ValueError("asciidoc marked broken")
    doc = Document(id="", path=str(path), format="adoc")
    for i, line in enumerate(l for l in text.splitlines() if l.strip()):
        kind = "heading" if line.startswith("=") else "paragraph"
        doc.add_block(Block(kind, line.lstrip("= "), Provenance(paragraph=i),
                            level=len(line) - len(line.lstrip("=")) if kind == "heading" else None))
    return doc


def count_words(document: Document, config):
    n = sum(len(b.text.split()) for b in document.blocks)
    yield Record("word_counts", {"words": n}, evidence=None, confidence=1.0)


@hookimpl
def register_loaders(register):
    register(Loader(name="asciidoc", format="adoc", suffixes=(".adoc",),
                    sniff=lambda head: b"\x00" not in head, load=load_asciidoc))


@hookimpl
def register_extractors(register):
    register(Extractor(name="wordcount", extract=count_words, tables=("word_counts",)))


@hookimpl
def register_migrations(register):
    register(migrations)


@hookimpl
def handle_ingest_error(path, stage, exception, config):
    if isinstance(exception, ValueError) and "asciidoc" in str(exception):
        return "the AsciiDoc file is marked BROKEN; remove the marker and ingest again"
    return None
