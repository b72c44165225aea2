"""The contract between esep and its plugins.

Every hook is called with keyword arguments, so a spec can gain arguments
later without breaking a plugin that does not take them.  ``register_*``
hooks hand the plugin a callback; ``prepare_*`` hooks change their arguments
in place and return None.  Each hook has a section in ``docs/plugins.md``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

import pluggy

if TYPE_CHECKING:  # pragma: no cover
    import click
    from sqlite_utils.migrations import Migrations

    from .model import Document, Record
    from .registry import Config, Evaluator, Extractor, Loader

hookspec = pluggy.HookspecMarker("esep")
hookimpl = pluggy.HookimplMarker("esep")


@hookspec
def register_loaders(register: "Callable[[Loader], None]") -> None:
    """Call ``register(Loader(...))`` for each file format this plugin reads.

    A :class:`esep.registry.Loader` names the suffixes it claims, a ``sniff``
    function that looks at the first bytes of a file and says whether they
    are of this format, and ``load(path, config) -> Document``.  A file is
    given to the first loader whose suffix matches and whose sniff accepts the
    content; a loader with ``any_suffix=True`` is also tried on files of
    unknown suffix.
    """


@hookspec
def register_extractors(register: "Callable[[Extractor], None]") -> None:
    """Call ``register(Extractor(...))`` for each extractor this plugin has.

    ``Extractor.extract(document, config)`` returns an iterable of
    :class:`esep.model.Record`, each naming the table it goes to (a table the
    plugin created in ``register_migrations``).  Extractors run in the order
    of their ``order`` attribute (lower first) and may read what earlier
    extractors put into ``document.metadata``.
    """


@hookspec
def prepare_document(document: "Document", config: "Config") -> None:
    """Change a freshly loaded Document in place before extraction.

    Used by normalizers (OCR repair, heading detection, metadata).  Every
    implementation is called, in plugin order; return None.
    """


@hookspec
def prepare_worker(config: "Config") -> None:
    """Build the heavy objects this plugin needs (language pipelines,
    compiled matchers, vocabularies) before the first document arrives.

    Called once in every process that parses: in the ingesting process
    before its worker processes fork (they inherit what it built, copy on
    write; not for a run of one file, whose worker builds what it needs
    itself), and once in each worker of a ``--cluster``.  Every
    implementation is called; return None.  Build only what every document
    needs: what is built here is paid for even when nothing is ingested.
    """


@hookspec
def prepare_records(records: "list[Record]", document: "Document", config: "Config") -> None:
    """Change, drop or add records in place before they are stored.

    ``records`` is a list and may be modified (vocabulary mapping, fuzzy
    matching, cross-record checks).  Every implementation is called; return
    None.
    """


@hookspec
def register_migrations(register: "Callable[[Migrations], None]") -> None:
    """Call ``register(migrations)`` with a ``sqlite_utils.migrations.Migrations``
    set that creates the tables and views this plugin owns.

    Each set has a unique name and is applied in registration order when a
    database is opened for writing; applied migrations are recorded in
    ``_sqlite_migrations`` and never run twice.  Tables that receive records
    must have a ``document_id`` column referencing ``documents(id)`` and the
    provenance columns listed in ``esep.storage.RECORD_COLUMNS``.
    """


@hookspec
def register_evaluators(register: "Callable[[Evaluator], None]") -> None:
    """Call ``register(Evaluator(...))`` for each kind of record this plugin
    can score against hand-made gold.

    ``Evaluator.score(conn, document_id, gold)`` gets a read-only SQLite
    connection, the id of one ingested document and the parsed gold file
    ``corpus/gold/<file stem>.<Evaluator.name>.json``; it returns a dict with
    ``precision``, ``recall``, ``f1`` and optionally ``fields`` (the same per
    field) and ``notes``.  ``esep eval`` prints them.
    """


@hookspec
def register_commands(cli: "click.Group") -> None:
    """Add commands to the ``esep`` command-line group with ``@cli.command()``."""


@hookspec(firstresult=True)
def handle_ingest_error(path: str, stage: str, exception: BaseException, config: "Config") -> "str | None":
    """Turn an exception raised while ingesting ``path`` into a message a
    person can act on.

    ``stage`` is one of ``detect``, ``load``, ``prepare``, ``extract``,
    ``store``.  The first non-None result wins and becomes the message of the
    ``ingest_errors`` row and of the line printed for the file; when no
    plugin answers, esep uses the exception's own text.  The error is always
    recorded: this hook explains, it does not swallow.
    """
