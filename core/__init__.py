"""esep: an archive of activity reports into one SQLite database.

The engine only: the document model (:mod:`esep.model`), the hook
specifications (:mod:`esep.hookspecs`), the plugin manager and the shared
helpers of plugins (:mod:`esep.registry`), the processing of one file
(:mod:`esep.processing`), the pipeline that decides and writes
(:mod:`esep.pipeline`) with its local workers (:mod:`esep.workers`) and its
Dask cluster (:mod:`esep.cluster`), storage (:mod:`esep.storage`,
:mod:`esep.readonly`) and the command line (:mod:`esep.cli`, with the
options and printers plugins' commands share in :mod:`esep.cli_support`).
Every file format and every kind of record lives in a plugin
(:mod:`esep.plugins`).
"""

from .hookspecs import hookimpl
from .model import Block, Cell, Document, Provenance, Record, Table
from .registry import Config, Extractor, Loader

__all__ = [
    "hookimpl", "Block", "Cell", "Document", "Provenance", "Record", "Table",
    "Config", "Extractor", "Loader",
]
