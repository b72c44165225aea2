"""Malformed inputs: every file the tests can make that a loader could choke
on.  Each bad file costs only itself -- one ``failed: PATH: [stage] message``
line on stderr and one ``ingest_errors`` row -- the rest of the folder is
ingested, and nothing hangs.

All files are generated here (raw PDF syntax, zip archives written by hand,
python-docx); one ``esep ingest`` subprocess reads the whole folder, as a user
would run it, and the tests below check what it did to each file."""

from __future__ import annotations

import http.server
import io
import json
import os
import random
import re
import shutil
import sqlite3
import struct
import threading
import time
import zipfile
import zlib
from pathlib import Path

import pytest

from conftest import SEED_TXT, run_esep

ENV = dict(os.environ, ESEP_LOAD_PLUGINS="")
W_NS = b"http://schemas.openxmlformats.org/wordprocessingml/2006/main"


# -- PDF, written as raw syntax ------------------------------------------------


def pdf_file(objects: list[bytes], trailer: bytes = b"", xref_shift: int = 0) -> bytes:
    """A PDF of the given objects (numbered from 1; object 1 is the catalog)
    with a cross-reference table whose offsets are off by ``xref_shift``."""
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n%s\nendobj\n" % (i, body))
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % (off + xref_shift))
    out.write(b"trailer\n<< /Size %d /Root 1 0 R %s>>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, trailer, xref))
    return out.getvalue()


def pdf_stream(data: bytes) -> bytes:
    return b"<< /Length %d >>\nstream\n%s\nendstream" % (len(data), data)


PDF_LINES = ["Library activity report, first half of 2018", "Readers served: 5120", "Books lent: 98400"]


def text_pdf(lines=PDF_LINES, **kw) -> bytes:
    content = b"BT /F1 12 Tf 72 770 Td 16 TL " + b" ".join(b"(%s) '" % ln.encode() for ln in lines) + b" ET"
    return pdf_file([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        pdf_stream(content),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ], **kw)


def blank_pages_pdf(n: int) -> bytes:
    """``n`` distinct empty pages (about 80 bytes each)."""
    kids = b" ".join(b"%d 0 R" % (3 + i) for i in range(n))
    return pdf_file([b"<< /Type /Catalog /Pages 2 0 R >>",
                     b"<< /Type /Pages /Kids [%s] /Count %d /MediaBox [0 0 595 842] >>" % (kids, n)]
                    + [b"<< /Type /Page /Parent 2 0 R >>"] * n)


def encrypted_pdf() -> bytes:
    """Standard security handler, RC4 40-bit; the /U entry matches no
    password, so no reader can open it without one (and none is known)."""
    rng = random.Random(7)
    o, u = rng.randbytes(32).hex().encode(), rng.randbytes(32).hex().encode()
    file_id = b"<" + rng.randbytes(16).hex().encode() + b">"
    return pdf_file([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        pdf_stream(rng.randbytes(64)),
        b"<< /Filter /Standard /V 1 /R 2 /O <%s> /U <%s> /P -44 >>" % (o, u),
    ], trailer=b"/Encrypt 5 0 R /ID [%s %s] " % (file_id, file_id))


def pdf_with_bad_startxref() -> bytes:
    """``startxref`` points past the end: readers rebuild the table by
    scanning the objects, and so must esep (the text is not lost)."""
    data = text_pdf()
    return data[: data.rindex(b"startxref")] + b"startxref\n999999\n%%EOF\n"


# -- .docx ---------------------------------------------------------------------


def docx_file(paragraphs=("Кітапхана жұмысы туралы есеп, 2018 жыл", "Оқырмандар саны: 5120")) -> bytes:
    import docx

    d = docx.Document()
    for p in paragraphs:
        d.add_paragraph(p)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def rezip(data: bytes, replace: dict[str, bytes] | None = None, drop: tuple[str, ...] = ()) -> bytes:
    """The zip ``data`` with members replaced or dropped."""
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as out:
        for name in src.namelist():
            if name not in drop:
                out.writestr(name, (replace or {}).get(name, src.read(name)))
    return buf.getvalue()


def document_xml(text: bytes, prolog: bytes = b"") -> bytes:
    return (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + prolog
            + b'<w:document xmlns:w="' + W_NS + b'"><w:body><w:p><w:r><w:t>' + text
            + b"</w:t></w:r></w:p></w:body></w:document>")


# "billion laughs": ten entities of ten references each, 10**9 "lol"s if expanded
LAUGHS = (b'<!DOCTYPE w:document [<!ENTITY l0 "lol">'
          + b"".join(b'<!ENTITY l%d "%s">' % (i, b"&l%d;" % (i - 1) * 10) for i in range(1, 10))
          + b"]>\n")


def zip_bomb_docx(gib: int = 1) -> bytes:
    """A .docx whose word/document.xml inflates to ``gib`` GiB of blanks from
    about 1 MB.  The deflate stream of 64 MiB of blanks (flushed so that it
    refers to nothing before it) is repeated; the zip is written by hand with
    true sizes and CRC, so a reader that trusted the data would unpack it all."""
    good = zipfile.ZipFile(io.BytesIO(docx_file()))
    head = document_xml(b"start")[: -len(b"</w:body></w:document>")]
    tail = b"</w:body></w:document>"

    def deflate(data: bytes, final: bool) -> bytes:
        c = zlib.compressobj(9, zlib.DEFLATED, -15)
        return c.compress(data) + c.flush(zlib.Z_FINISH if final else zlib.Z_FULL_FLUSH)

    blanks = b" " * (64 << 20)
    piece = deflate(blanks, False)
    repeats = gib * 16
    crc = zlib.crc32(head)
    for _ in range(repeats):
        crc = zlib.crc32(blanks, crc)
    crc = zlib.crc32(tail, crc)
    bomb = (deflate(head, False) + piece * repeats + deflate(tail, True),
            len(head) + len(blanks) * repeats + len(tail), crc)

    members = []
    for name in good.namelist():
        if name == "word/document.xml":
            members.append((name, *bomb))
        else:
            raw = good.read(name)
            members.append((name, deflate(raw, True), len(raw), zlib.crc32(raw)))
    out, central = io.BytesIO(), io.BytesIO()
    for name, comp, size, crc in members:
        offset = out.tell()
        n = name.encode()
        out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0x21, crc, len(comp), size, len(n), 0) + n)
        out.write(comp)
        central.write(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, 0x21, crc, len(comp), size,
                                  len(n), 0, 0, 0, 0, 0, offset) + n)
    cd_offset = out.tell()
    out.write(central.getvalue())
    out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(members), len(members), len(central.getvalue()),
                          cd_offset, 0))
    return out.getvalue()


def ole_file(*streams: str) -> bytes:
    """An OLE compound file (the container of a .doc, and of a .docx saved
    with a password) whose directory names ``streams``: its magic number, a
    header sector and one directory sector of 128-byte entries."""
    entries = b"".join(name.encode("utf-16-le").ljust(64, b"\0") + struct.pack("<H", 2 * len(name) + 2).ljust(64, b"\0")
                       for name in ("Root Entry",) + streams)
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + entries.ljust(4096, b"\0")


def word_lock_file(owner: str) -> bytes:
    """Word's lock file of an open document: its owner's name, in 162 bytes."""
    data = bytes([len(owner)]) + owner.encode("ascii").ljust(53, b" ") + struct.pack("<H", len(owner))
    return (data + owner.encode("utf-16-le")).ljust(162, b"\0")


# -- the folder ----------------------------------------------------------------

KK = "Кітапхана жұмысы туралы есеп, 2018 жыл\nОқырмандар саны 120 адамға өсті.\n"
RU = "Отчёт о работе библиотеки за 2018 год\nЧисло читателей выросло на 120 человек.\n"
KAZAKH_NAME = "Есеп 2018 жыл — Балқаш ғ қ ң ө ұ ү һ і.txt"
LOCK_FILE = "~$чёт 2018.docx"  # left beside "Отчёт 2018.docx" while it was open in Word
BIG_MB = 200

#: file name -> (stage, pattern the message must match): files that must fail
FAILING = {
    "not a zip.docx": ("detect", r"not a Word \.docx|not .*docx"),
    "truncated.docx": ("load", r"truncated|damaged"),
    "no document part.docx": ("load", r"word/document\.xml"),
    "invalid xml.docx": ("load", r"XML|well-formed"),
    "entity bomb.docx": ("load", r"DTD|entit"),
    "external entity.docx": ("load", r"DTD|entit"),
    "zip bomb.docx": ("load", r"limit|too large|MB"),
    "with a password.docx": ("detect", r"protected with a password.*clear the password"),
    "old doc named docx.docx": ("detect", r"Word 97-2003 .*rename it to \.doc"),
    "truncated.pdf": ("load", r"cut short|truncated|damaged"),
    "broken xref.pdf": ("load", r"damaged|repair"),
    "encrypted.pdf": ("load", r"encrypt|password"),
    "10000 blank pages.pdf": ("load", r"10000 pages|max.pages"),
    "html page.pdf": ("detect", r"not a PDF|\.pdf"),
    "binary garbage.txt": ("detect", r"not text|binary"),
    f"{BIG_MB} MB.txt": ("detect", r"larger than --max-size"),
    "dangling link.txt": ("detect", r"symbolic link to .*does not exist"),
    "link loop.txt": ("detect", r"symbolic link .*loops"),
    "named pipe.txt": ("detect", r"named pipe|not a regular file"),
}

#: file name -> a text its blocks must contain: files that must be ingested
INGESTED = {
    "seed.txt": "Балқаш",
    "cp1251.txt": "Число читателей выросло",
    "utf16 with bom.txt": "Оқырмандар саны",
    "utf16le without bom.txt": "Оқырмандар саны",
    "utf16be without bom.txt": "Оқырмандар саны",
    KAZAKH_NAME: "Оқырмандар саны",
    "good.docx": "Оқырмандар саны: 5120",
    "good.pdf": "Readers served: 5120",
    "bad startxref.pdf": "Readers served: 5120",
    "dir.txt/inside a folder named like a file.txt": "Ішінде",
}


def build_folder(root: Path, secret: Path, url: str) -> None:
    rng = random.Random(2018)
    shutil.copy(SEED_TXT, root / "seed.txt")
    (root / "cp1251.txt").write_bytes(RU.encode("cp1251"))
    (root / "utf16 with bom.txt").write_bytes(KK.encode("utf-16"))
    (root / "utf16le without bom.txt").write_bytes(KK.encode("utf-16-le"))
    (root / "utf16be without bom.txt").write_bytes((KK + "Басқа жол.\n").encode("utf-16-be"))
    (root / KAZAKH_NAME).write_text(KK + "Аты қазақша.\n", encoding="utf-8")
    (root / "binary garbage.txt").write_bytes(rng.randbytes(20000))
    with open(root / f"{BIG_MB} MB.txt", "wb") as f:  # written in 1 MB pieces, RAM stays low
        piece = ("Кітапхана жұмысы туралы есеп.\n" * 20000).encode()[: 1 << 20]
        for _ in range(BIG_MB):
            f.write(piece)
    (root / "dangling link.txt").symlink_to(root / "nowhere.txt")
    (root / "link loop.txt").symlink_to(root / "link loop.txt")
    os.mkfifo(root / "named pipe.txt")
    (root / "dir.txt").mkdir()
    (root / "dir.txt" / "inside a folder named like a file.txt").write_text("Ішінде мәтін бар.\n", encoding="utf-8")
    (root / "loop").symlink_to(root)  # a folder link back to the top: not followed
    (root / "seed_copy.txt").write_bytes(SEED_TXT.read_bytes())

    good = docx_file()
    (root / "good.docx").write_bytes(good)
    (root / "not a zip.docx").write_bytes(rng.randbytes(5000))
    (root / "truncated.docx").write_bytes(good[: len(good) // 2])
    (root / "no document part.docx").write_bytes(rezip(good, drop=("word/document.xml",)))
    (root / "invalid xml.docx").write_bytes(rezip(good, {"word/document.xml": document_xml(b"open")[:-30]}))
    (root / "entity bomb.docx").write_bytes(rezip(good, {"word/document.xml": document_xml(b"&l9;", LAUGHS)}))
    xxe = (b'<!DOCTYPE w:document [<!ENTITY web SYSTEM "%s"><!ENTITY file SYSTEM "%s">]>\n'
           % (url.encode(), secret.as_uri().encode()))
    (root / "external entity.docx").write_bytes(rezip(good, {"word/document.xml": document_xml(b"&web;&file;", xxe)}))
    (root / "zip bomb.docx").write_bytes(zip_bomb_docx())
    (root / "with a password.docx").write_bytes(ole_file("EncryptionInfo", "EncryptedPackage"))
    (root / "old doc named docx.docx").write_bytes(ole_file("WordDocument", "1Table"))
    (root / LOCK_FILE).write_bytes(word_lock_file("Librarian"))

    pdf = text_pdf()
    (root / "good.pdf").write_bytes(pdf)
    (root / "truncated.pdf").write_bytes(pdf[: len(pdf) // 2])
    (root / "broken xref.pdf").write_bytes(text_pdf(xref_shift=7))
    (root / "bad startxref.pdf").write_bytes(pdf_with_bad_startxref())
    (root / "encrypted.pdf").write_bytes(encrypted_pdf())
    (root / "10000 blank pages.pdf").write_bytes(blank_pages_pdf(10_000))
    (root / "html page.pdf").write_text("<!DOCTYPE html>\n<html><body><p>Есеп</p></body></html>\n")

    for suffix in zero_byte_suffixes():
        (root / f"empty{suffix}").write_bytes(b"")


def zero_byte_suffixes() -> list[str]:
    from esep.registry import Registry, get_plugin_manager

    return sorted(Registry(get_plugin_manager(load_entrypoints=False)).suffixes())


class _Requests(http.server.BaseHTTPRequestHandler):
    seen: list[str] = []

    def do_GET(self):  # noqa: N802 - the http.server API
        self.seen.append(self.path)
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b"FETCHED-BY-ESEP")

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    """The folder of good and bad files, ingested once by ``esep ingest``."""
    base = tmp_path_factory.mktemp("malformed")
    root = base / "reports"
    root.mkdir()
    secret = base / "secret.txt"
    secret.write_text("SECRET-FILE-CONTENT\n")
    server = http.server.HTTPServer(("127.0.0.1", 0), _Requests)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        build_folder(root, secret, f"http://127.0.0.1:{server.server_port}/xxe")
        db = base / "m.db"
        t0 = time.perf_counter()
        proc = run_esep("ingest", root, "--db", db, env=ENV, timeout=300)
        seconds = time.perf_counter() - t0
    finally:
        server.shutdown()
        server.server_close()
    (root / f"{BIG_MB} MB.txt").unlink()
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    yield {"root": root, "db": db, "proc": proc, "seconds": seconds, "conn": conn, "requests": list(_Requests.seen)}
    conn.close()


def errors_of(run, name):
    path = str(run["root"] / name)
    return [dict(r) for r in run["conn"].execute("select * from ingest_errors where path = ?", [path])]


def failed_lines(run, name):
    prefix = f"failed: {run['root'] / name}: ["
    return [ln for ln in run["proc"].stderr.splitlines() if ln.startswith(prefix)]


@pytest.mark.parametrize("name", sorted(FAILING))
def test_each_bad_file_gives_one_line_and_one_row(run, name):
    stage, pattern = FAILING[name]
    rows = errors_of(run, name)
    assert len(rows) == 1, (name, rows, run["proc"].stderr[-3000:])
    row = rows[0]
    assert row["stage"] == stage and row["error_class"], row
    assert re.search(pattern, row["message"], re.I), row["message"]
    assert "\n" not in row["message"] and "Traceback" not in row["message"]
    assert failed_lines(run, name) == [f"failed: {row['path']}: [{stage}] {row['message']}"]


@pytest.mark.parametrize("name", sorted(INGESTED))
def test_the_rest_of_the_folder_is_ingested(run, name):
    conn = run["conn"]
    doc = conn.execute("select * from documents where path = ?", [str(run["root"] / name)]).fetchone()
    assert doc is not None, (name, run["proc"].stderr[-3000:])
    text = "\n".join(r[0] for r in conn.execute("select text from blocks where document_id = ?", [doc["id"]]))
    assert INGESTED[name] in text
    assert doc["n_blocks"] == conn.execute("select count(*) from blocks where document_id = ?", [doc["id"]]).fetchone()[0]
    assert not errors_of(run, name)


def test_text_encodings_are_detected_and_recorded(run):
    enc = {Path(p).name: e for p, e in run["conn"].execute("select path, encoding from documents")}
    assert enc["cp1251.txt"] == "cp1251"
    assert enc["utf16 with bom.txt"] == "utf-16"
    assert enc["utf16le without bom.txt"] == "utf-16-le"
    assert enc["utf16be without bom.txt"] == "utf-16-be"
    assert enc[KAZAKH_NAME] == "utf-8"


def test_zero_byte_files_of_every_format(run):
    suffixes = zero_byte_suffixes()
    assert {".txt", ".pdf", ".docx"} <= set(suffixes)
    for suffix in suffixes:
        rows = errors_of(run, f"empty{suffix}")
        assert [(r["stage"], r["error_class"]) for r in rows] == [("detect", "EmptyFile")], suffix
        assert "0 bytes" in rows[0]["message"]
        assert len(failed_lines(run, f"empty{suffix}")) == 1


def test_same_content_under_two_names_is_stored_once_and_reported(run):
    conn = run["conn"]
    paths = [r[0] for r in conn.execute("select path from documents where path like '%seed%'")]
    assert paths == [str(run["root"] / "seed.txt")]
    copy = run["root"] / "seed_copy.txt"
    assert f"skipped: {copy}: same content as {paths[0]} (already ingested)" in run["proc"].stderr.splitlines()
    assert not errors_of(run, copy.name)


def test_summary_exit_code_and_nothing_else_on_stderr(run):
    proc = run["proc"]
    n_failed = len(FAILING) + len(zero_byte_suffixes())
    assert proc.returncode == 1
    assert proc.stdout.strip().startswith(f"{len(INGESTED)} ingested, 0 unchanged, 2 skipped, {n_failed} failed in ")
    assert run["conn"].execute("select count(*) from ingest_errors").fetchone()[0] == n_failed
    assert "Traceback" not in proc.stderr
    lines = [ln for ln in proc.stderr.splitlines() if ln.strip()]
    assert sum(ln.startswith("failed: ") for ln in lines) == n_failed
    stray = [ln for ln in lines if not ln.startswith(("failed: ", "skipped: ", "WARNING "))]
    assert stray == []


def test_a_word_lock_file_is_skipped_with_a_line_that_says_what_it_is(run):
    path = run["root"] / LOCK_FILE
    assert f"skipped: {path}: Word's lock file (its owner's name) of a document that was open" in run["proc"].stderr
    assert errors_of(run, LOCK_FILE) == []
    assert run["conn"].execute("select count(*) from documents where path = ?", [str(path)]).fetchone()[0] == 0


def test_nothing_hangs(run):
    # a FIFO would block a reader forever, a zip bomb would unpack 1 GiB,
    # the entity bomb 3 GB: the whole folder takes seconds
    assert run["seconds"] < 90


def test_entities_are_never_expanded_nor_fetched(run):
    assert run["requests"] == []
    for table in ("blocks", "cells", "documents"):
        dump = json.dumps([tuple(r) for r in run["conn"].execute(f"select * from {table}")], ensure_ascii=False)
        assert "SECRET-FILE-CONTENT" not in dump and "FETCHED-BY-ESEP" not in dump and "lollol" not in dump


def test_the_zip_bomb_is_real(tmp_path):
    """The generated bomb does inflate to 1 GiB: its header says so and the
    first 64 MiB of the stream really are blanks."""
    data = zip_bomb_docx()
    assert len(data) < 2 << 20
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        info = zf.getinfo("word/document.xml")
        assert info.file_size > 1 << 30
        with zf.open(info) as f:
            start = f.read(64 << 20)
        assert start.startswith(b"<?xml") and start.rstrip().endswith(b"start</w:t></w:r></w:p>")


def test_unreadable_file(tmp_path, cli_runner):
    folder = tmp_path / "r"
    folder.mkdir()
    locked = folder / "locked.txt"
    locked.write_text("Құпия есеп.\n", encoding="utf-8")
    shutil.copy(SEED_TXT, folder / "seed.txt")
    locked.chmod(0)
    try:
        if os.access(locked, os.R_OK):
            pytest.skip("running as root: chmod 000 does not stop root from reading "
                        "(the dangling symlink case covers an unreadable file)")
        r = cli_runner("ingest", folder, "--db", tmp_path / "u.db")
    finally:
        locked.chmod(0o644)
    assert r.exit_code == 1
    conn = sqlite3.connect(tmp_path / "u.db")
    rows = conn.execute("select stage, message from ingest_errors where path = ?", [str(locked)]).fetchall()
    assert len(rows) == 1 and rows[0][0] == "detect" and "Permission denied" in rows[0][1]
    assert conn.execute("select count(*) from documents").fetchone()[0] == 1


def test_max_size_is_a_command_line_option(tmp_path, cli_runner):
    folder = tmp_path / "r"
    folder.mkdir()
    shutil.copy(SEED_TXT, folder / "seed.txt")
    big = folder / "two MB.txt"
    big.write_bytes(random.Random(1).randbytes(2 << 20))
    r = cli_runner("ingest", folder, "--db", tmp_path / "s.db", "--max-size", "1", "--workers", "0")
    assert r.exit_code == 1
    assert f"failed: {big}: [detect] the file is 2 MB, larger than --max-size 1 MB" in r.output
    # with the limit raised the file is looked at, and found not to be text
    r = cli_runner("ingest", folder, "--db", tmp_path / "s.db", "--max-size", "5", "--workers", "0")
    assert r.exit_code == 1 and f"failed: {big}: [detect] the name says .txt but the content is not text" in r.output
    assert "1 unchanged" in r.output
    assert cli_runner("ingest", folder, "--max-size", "0").exit_code == 2


def test_the_timeout_stops_a_real_pathological_file(tmp_path):
    """With the page limit raised, 30,000 blank pages take about 10 s to
    parse; the per-file time limit, enforced in the worker, stops it.  (That
    a fresh worker then reads the next file is tests/test_workers.py's.)"""
    folder = tmp_path / "r"
    folder.mkdir()
    (folder / "many pages.pdf").write_bytes(blank_pages_pdf(30_000))
    t0 = time.perf_counter()
    proc = run_esep("ingest", folder, "--db", tmp_path / "t.db", "--max-pages", "50000", "--timeout", "3",
                    env=ENV, timeout=120)
    assert time.perf_counter() - t0 < 60
    assert proc.returncode == 1, proc.stderr
    assert f"failed: {folder / 'many pages.pdf'}: [load] gave up after 3 s without progress (--timeout)" in proc.stderr
    assert proc.stdout.startswith("0 ingested, 0 unchanged, 0 skipped, 1 failed"), proc.stderr


def test_refusing_too_many_pages_does_not_parse_the_page_tree(tmp_path, monkeypatch):
    import pdfplumber.pdf

    from esep.plugins.pdf import loader as pdf_loader
    from esep.registry import Config

    path = tmp_path / "many.pdf"
    path.write_bytes(blank_pages_pdf(3000))

    parsed = []
    real_pages = pdfplumber.pdf.PDF.pages

    def counting_pages(self):
        parsed.append(1)
        return real_pages.fget(self)

    monkeypatch.setattr(pdfplumber.pdf.PDF, "pages", property(counting_pages))
    with pytest.raises(pdf_loader.PdfLoadError, match="3000 pages"):
        pdf_loader.load(path, Config(max_pages=2000))
    assert parsed == [], "the page tree was parsed"
