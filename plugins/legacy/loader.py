"""Legacy word-processor files (``.doc``, ``.rtf``, ``.odt``) through LibreOffice.

The file is converted to ``.docx`` by LibreOffice headless (Debian package
``libreoffice-writer-nogui``) and loaded by the ``.docx`` loader; blocks,
tables and cells get ``provenance.source`` = the original file, and the
document keeps the original's path, format (``doc``, ``rtf``, ``odt``) and
id (the sha256 of the original's bytes).

Conversions are cached by that sha256 under ``<cache_dir>/converted``
(``--set cache_dir=...``; default ``~/.cache/esep``), so a file is
converted once however often it is ingested.  LibreOffice gets a private
profile folder per conversion, so parallel workers do not fight over one.
``--set soffice=/path/to/soffice`` names the program.

Without LibreOffice the file fails with one message saying what to install
(an ``ingest_errors`` row); the run goes on.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from esep import hookimpl
from esep.model import Document, sha256_file
from esep.registry import Config, Loader

log = logging.getLogger(__name__)

PACKAGE = "libreoffice-writer-nogui"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Word 97-2003 (an OLE compound file)
#: the stream of an OLE file that holds an Office file encrypted with a password (its name as the directory writes it)
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")
_OLE_SCAN_BYTES = 64 * 1048576


def encrypted_package(path: Path, head: bytes) -> bool | None:
    """Whether an OLE compound file holds an Office file encrypted with a
    password (Word and Excel keep a .docx or an .xlsx saved with one as an
    encrypted package inside an OLE file; an old .doc or .xls is an OLE file
    without it); None when the file is no OLE file."""
    if not head.startswith(OLE_MAGIC):
        return None
    with open(path, "rb") as f:
        return _ENCRYPTED_PACKAGE in f.read(_OLE_SCAN_BYTES)
RTF_MAGIC = b"{\\rtf"
ODT_MIME = b"mimetypeapplication/vnd.oasis.opendocument.text"


class LibreOfficeMissing(RuntimeError):
    pass


class ConversionFailed(RuntimeError):
    pass


def sniff_doc(head: bytes) -> bool:
    return head.startswith(OLE_MAGIC)


def sniff_rtf(head: bytes) -> bool:
    return head.lstrip(b"\xef\xbb\xbf \r\n\t").startswith(RTF_MAGIC)


def sniff_odt(head: bytes) -> bool:
    # the first entry of an OpenDocument zip is the uncompressed "mimetype"
    return head.startswith(b"PK\x03\x04") and ODT_MIME in head[:200]


#: the suffix that tells LibreOffice what a file is, by its content: it picks its import filter by the name first,
#: so Rich Text under a plain-text name (".txt", as some programs export it) would be read as text, or fail
_CONTENT_SUFFIXES = ((sniff_rtf, ".rtf"), (sniff_odt, ".odt"), (sniff_doc, ".doc"))
LEGACY_SUFFIXES = (".doc", ".dot", ".rtf", ".odt")


def content_suffix(path: Path) -> str:
    """The suffix of the legacy format ``path`` holds (its own suffix when it
    is one of those formats' or the content is none of them)."""
    if path.suffix.lower() in LEGACY_SUFFIXES:
        return path.suffix.lower()
    with open(path, "rb") as f:
        head = f.read(1024)
    return next((suffix for sniff, suffix in _CONTENT_SUFFIXES if sniff(head)), path.suffix.lower())


def _soffice(config: Config) -> str:
    exe = config.get("soffice") or shutil.which("soffice") or shutil.which("libreoffice")
    if not exe or not (os.path.exists(exe) or shutil.which(exe)):
        raise LibreOfficeMissing(
            f"LibreOffice is not installed, so this file cannot be converted to .docx; "
            f"install the Debian package {PACKAGE} (or save it as .docx) and ingest again")
    return exe


def cache_dir(config: Config) -> Path:
    return config.cache_dir / "converted"


def convert(path: Path, config: Config, digest: str | None = None) -> Path:
    """The cached ``.docx`` of a legacy file, converting it when needed
    (``digest``: the cache key, the sha256 of the file as ingested; another
    format's loader may convert a file it made from it)."""
    digest = digest or sha256_file(path)
    out = cache_dir(config) / f"{digest}.docx"
    if out.exists() and out.stat().st_size > 0:
        return out
    exe = _soffice(config)
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="esep-soffice-") as td:
        src = Path(td) / f"in{content_suffix(path)}"
        shutil.copyfile(path, src)  # a plain name: LibreOffice names its output after the input
        cmd = [exe, f"-env:UserInstallation={Path(td, 'profile').as_uri()}", "--headless", "--norestore",
               "--convert-to", "docx:MS Word 2007 XML", "--outdir", td, str(src)]
        try:
            res = subprocess.run(cmd, capture_output=True, text=True, timeout=max(30, int(config.timeout)))
        except subprocess.TimeoutExpired as e:
            raise ConversionFailed(f"LibreOffice took longer than {e.timeout:.0f} s to convert the file") from e
        except OSError as e:
            raise LibreOfficeMissing(f"LibreOffice cannot be run ({e}); install the Debian package {PACKAGE}") from e
        made = Path(td) / "in.docx"
        if res.returncode != 0 or not made.exists():
            why = (res.stderr or res.stdout).strip().splitlines()
            raise ConversionFailed("LibreOffice could not convert the file"
                                   + (f": {why[-1]}" if why else "") + "; open it in a word processor and "
                                   "save it as .docx")
        tmp = out.with_suffix(f".{os.getpid()}.tmp")
        shutil.copyfile(made, tmp)
        tmp.replace(out)
    log.info("converted %s to %s", path, out)
    return out


def load(path: Path, config: Config) -> Document:
    path = Path(path)
    return load_converted(path, convert(path, config, sha256_file(path)), config,
                          content_suffix(path).lstrip(".") or "doc")


def load_converted(path: Path, converted: Path, config: Config, fmt: str) -> Document:
    """The Document of ``converted`` (a ``.docx`` LibreOffice made of
    ``path``), every block, table and cell pointing at ``path``."""
    from esep.plugins.docx import loader as docx_loader

    doc = docx_loader.load(converted, config)
    doc.path = str(path)
    doc.format = fmt
    doc.metadata["converted_from"] = doc.format
    doc.metadata["converted_by"] = "libreoffice"
    source = str(path)
    for b in doc.blocks:
        b.provenance.source = source
    for t in doc.tables:
        t.provenance.source = source
        for c in t.cells:
            if c.provenance is not None:
                c.provenance.source = source
    return doc


@hookimpl
def register_loaders(register):
    register(Loader("doc", "doc", (".doc", ".dot"), sniff_doc, load, any_suffix=False,
                    describe="a Word 97-2003 .doc file"))
    register(Loader("rtf", "rtf", (".rtf",), sniff_rtf, load, any_suffix=True,
                    describe="an RTF file"))
    register(Loader("odt", "odt", (".odt",), sniff_odt, load, any_suffix=True,
                    describe="an OpenDocument text file"))


@hookimpl
def handle_ingest_error(path, stage, exception, config):
    if isinstance(exception, (LibreOfficeMissing, ConversionFailed)):
        return str(exception)
    return None
