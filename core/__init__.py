"""esep: an archive of activity reports into one SQLite database.

The engine only: the document model (:mod:`esep.model`), the hook
specifications (:mod:`esep.hookspecs`), the plugin manager
(:mod:`esep.registry`), the pipeline (:mod:`esep.pipeline`), storage
(:mod:`esep.storage`) and the command line (:mod:`esep.cli`).  Every file
format and every kind of record lives in a plugin (:mod:`esep.plugins`).
"""

from .hookspecs import hookimpl
from .model import Block, Cell, Document, Provenance, Record, Table
from .registry import Config, Extractor, Loader

__all__ = [
    "hookimpl", "Block", "Cell", "Document", "Provenance", "Record", "Table",
    "Config", "Extractor", "Loader",
]
