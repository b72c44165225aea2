"""The PDF plugin's hooks.

The reader (``loader``: pdfminer's objects, the page, table and layout
analysis, ``ocr`` for scanned pages) is imported by the first PDF a process
loads, not when the plugins are registered: a run of Word or text files
never imports (or, without bytecode on disk, compiles) it.
"""

from __future__ import annotations

import sys
from pathlib import Path

from esep import hookimpl
from esep.model import Document
from esep.registry import Config, Loader

MAGIC = b"%PDF-"
SNIFF_WINDOW = 1024  # readers accept the header anywhere in the first KiB


def sniff(head: bytes) -> bool:
    """True when ``%PDF-`` appears in the first KiB (it usually starts the
    file, but some writers put a few bytes or blank lines before it)."""
    return head.find(MAGIC, 0, SNIFF_WINDOW + len(MAGIC)) >= 0


def load(path: Path, config: Config) -> Document:
    """The PDF read by :func:`esep.plugins.pdf.loader.load`."""
    from esep.plugins.pdf.loader import load as read

    return read(path, config)


@hookimpl
def register_loaders(register):
    register(Loader(name="pdf", format="pdf", suffixes=(".pdf",), sniff=sniff, load=load,
                    any_suffix=True, describe="a PDF file"))


@hookimpl
def handle_ingest_error(path, stage, exception, config):
    # an error of the reader or of OCR comes from a module the first PDF imported; none imported, none of theirs
    for name in ("esep.plugins.pdf.ocr", "esep.plugins.pdf.loader"):
        module = sys.modules.get(name)
        message = module.explain_error(exception) if module is not None else None
        if message is not None:
            return message
    return None
