import contextlib
import hashlib
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from esep.cli import build_cli
from esep.registry import Registry, get_plugin_manager

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SEED_STEM = "000_70fe3c6eccae0b92"
SEED_TXT = CORPUS / f"{SEED_STEM}.txt"
EXAMPLE_PLUGIN = Path(__file__).resolve().parent / "example_plugin"

def soffice_program(purpose: str) -> str:
    """LibreOffice's program; the test is skipped without it, and fails in CI (``CI=true``)."""
    import shutil

    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if not exe:
        msg = "LibreOffice is not installed (apt-get install libreoffice-writer-nogui)"
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI must install LibreOffice for {purpose}: {msg}")
        pytest.skip(msg)
    return exe


#: Accuracy floors are the figures the README claims less this tolerance, so a
#: regression larger than it fails the suite.
TOLERANCE = 0.02


@pytest.fixture(scope="session")
def registry():
    """The built-in plugins only: third-party entry points are not loaded."""
    return Registry(get_plugin_manager(load_entrypoints=False))


@pytest.fixture
def cli_runner(registry):
    def run(*args, registry_=None, input=None):
        cli = build_cli(registry_ or registry)
        return CliRunner().invoke(cli, list(map(str, args)), obj=cli.registry, input=input, catch_exceptions=False)
    return run


VOLATILE = ("ingested_at", "created_at", "applied_at")


def db_digest(path, ignore: tuple[str, ...] = ()) -> dict[str, str]:
    """A digest of every table's content, to compare databases exactly
    (``ignore``: columns left out, such as timestamps)."""
    conn = sqlite3.connect(path)
    out = {}
    names = [r[0] for r in conn.execute("select name from sqlite_master where type='table' order by name")]
    for n in names:
        cols = [r[1] for r in conn.execute(f"pragma table_info([{n}])") if r[1] not in ignore]
        rows = sorted(repr(r) for r in conn.execute(f"select {', '.join(f'[{c}]' for c in cols)} from [{n}]"))
        out[n] = hashlib.sha256("\n".join(rows).encode()).hexdigest()
    conn.close()
    return out


def install_example_plugin(site: Path) -> dict[str, str]:
    """Install tests/example_plugin as a distribution with an ``esep`` entry
    point into ``site`` (a folder put on PYTHONPATH), the way pip would lay it
    out: the module plus a ``.dist-info`` with ``entry_points.txt``.
    Returns the environment for a subprocess that should see it."""
    site.mkdir(parents=True, exist_ok=True)
    (site / "esep_wordcount.py").write_text((EXAMPLE_PLUGIN / "esep_wordcount.py").read_text())
    info = site / "esep_wordcount-1.0.dist-info"
    info.mkdir(exist_ok=True)
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: esep-wordcount\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text("[esep]\nwordcount = esep_wordcount\n")
    (info / "RECORD").write_text("")
    env = dict(os.environ)
    env["PYTHONPATH"] = str(site) + os.pathsep + env.get("PYTHONPATH", "")
    env.pop("ESEP_LOAD_PLUGINS", None)
    return env


def run_esep(*args, env=None, cwd=None, timeout=300):
    import subprocess
    return subprocess.run([sys.executable, "-m", "esep", *map(str, args)], capture_output=True, text=True,
                          env=env, cwd=cwd, timeout=timeout)


def chromium() -> str:
    """The Chromium binary for browser tests; fails in CI without it, skips elsewhere."""
    for exe in ("/usr/bin/chromium", "/usr/bin/chromium-browser"):
        if os.path.exists(exe) and os.path.exists("/usr/bin/chromedriver"):
            return exe
    if os.environ.get("CI"):
        pytest.fail("Chromium and chromedriver are required in CI (apt-get install chromium chromium-driver)")
    pytest.skip("Chromium/chromedriver not installed (Debian: chromium chromium-driver)")


def free_port() -> int:
    """A free TCP port on the loopback address."""
    import socket

    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


@contextlib.contextmanager
def served_in_browser(db, width: int = 1280, height: int = 1000):
    """``esep serve`` on a free loopback port and a headless Chromium:
    yields (driver, base url); both are ended afterwards."""
    import urllib.request

    exe = chromium()
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "esep", "serve", "--db", str(db), "--port", str(port)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        url = f"http://127.0.0.1:{port}"
        for _ in range(100):
            try:
                urllib.request.urlopen(url + "/-/versions.json", timeout=1)
                break
            except OSError:
                time.sleep(0.2)
        opts = webdriver.ChromeOptions()
        opts.binary_location = exe
        for a in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  f"--window-size={width},{height}"):
            opts.add_argument(a)
        driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=opts)
        try:
            yield driver, url
        finally:
            driver.quit()
    finally:
        server.terminate()
        server.wait(10)


def load_prepared(path, registry):
    """A file loaded by the loader its suffix names and prepared by the plugins, as ingest does."""
    from esep.registry import Config

    loader = next(ld for ld in registry.loaders if path.suffix.lower() in ld.suffixes)
    d = loader.load(path, Config())
    d.id = d.id or path.stem
    registry.hook.prepare_document(document=d, config=Config())
    return d


def cell_tuples(table) -> list[tuple]:
    """A table's cells as sorted (row, col, row_span, col_span, text)."""
    return sorted((c.row, c.col, c.row_span, c.col_span, c.text) for c in table.cells)


def word_report(stem: str):
    """The Word loader's reading of a development report of corpus/other."""
    from esep.plugins.docx.loader import load

    return load(Path(__file__).resolve().parent.parent / "corpus" / "other" / "dev" / f"{stem}.docx", None)


def table_cells(doc) -> list[list[tuple]]:
    """The cells of each table (not chart) of a document, as :func:`cell_tuples`."""
    return [cell_tuples(t) for t in doc.tables if t.kind == "table"]


def report_of(period: str, *parts):
    """A .docx report about ``period`` of paragraphs (strings) and tables
    (lists of rows of cell texts; an empty text is no cell), in order."""
    from esep.model import Block, Cell, Document, Provenance, Table

    d = Document(id="r", path="r.docx", format="docx", metadata={"period": period})
    for part in parts:
        if isinstance(part, str):
            d.add_block(Block("paragraph", part, Provenance(page=1)))
        else:
            d.add_table(Table([Cell(r, k, x) for r, row in enumerate(part) for k, x in enumerate(row) if x],
                              Provenance(page=1)))
    return d


def prose_facts(period: str, *paragraphs: str) -> set:
    """The named facts (``fact_key``) the facts extractor reads from these
    paragraphs of a report about ``period``."""
    from esep.plugins.facts import plugin as facts
    from esep.registry import Config

    return {facts.fact_key(r.values) for r in facts.extract(prose_doc(period, *paragraphs), Config())
            if r.table == "facts" and r.values["metric"]}


def prose_doc(period: str, *paragraphs: str):
    """A plain-text report about ``period`` of these paragraphs, in order."""
    from esep.model import Block, Document

    d = Document(id="p", path="p.txt", format="txt", metadata={"period": period})
    for x in paragraphs:
        d.add_block(Block("paragraph", x))
    return d


def table_facts(period: str, *rows: list[str], caption: str | None = None) -> set:
    """The named facts (``fact_key``) the facts extractor reads from one
    table of these rows (empty strings are empty cells) in a .docx report
    about ``period``, under a heading ``caption`` if given."""
    from esep.model import Block, Cell, Document, Provenance, Table
    from esep.plugins.facts import plugin as facts
    from esep.registry import Config

    d = Document(id="t", path="t.docx", format="docx", metadata={"period": period})
    if caption:
        d.add_block(Block("heading", caption, Provenance(page=1)))
    d.add_table(Table([Cell(r, k, x) for r, row in enumerate(rows) for k, x in enumerate(row) if x],
                      Provenance(page=1)))
    return {facts.fact_key(r.values) for r in facts.extract(d, Config())
            if r.table == "facts" and r.values["metric"]}


def paragraphs_doc(*texts: str, doc_id: str = "x", fmt: str = "docx"):
    """A document of these paragraphs, in order (a .docx unless ``fmt`` says)."""
    from esep.model import Block, Document

    d = Document(id=doc_id, path=f"{doc_id}.{fmt}", format=fmt)
    for t in texts:
        d.add_block(Block("paragraph", t))
    return d


def prepared_paragraphs(registry, *texts: str):
    """:func:`paragraphs_doc` of these paragraphs after the registry's
    ``prepare_document`` (metadata, organization, period)."""
    from esep.registry import Config

    d = paragraphs_doc(*texts)
    registry.hook.prepare_document(document=d, config=Config())
    return d


def hunspell_lexicon(*words: str):
    """OCR repair's lexicon with the Hunspell dictionaries, which must know ``words[0]``; the test is skipped
    without them (and fails on CI, which must install them)."""
    from esep.plugins import ocr_repair
    from esep.registry import Config

    lex = ocr_repair.lexicon_for(Config())
    lex.check(list(words))
    if len(lex.dicts) < 2 or lex.exe is None or words[0] not in lex:
        msg = f"the Hunspell dictionaries are needed (apt-get install {ocr_repair.PACKAGES})"
        if os.environ.get("CI") == "true":
            pytest.fail("CI must install the dictionaries: " + msg)
        pytest.skip(msg)
    return lex


def check_typed_split(items: list[dict]) -> None:
    """A set of references typed for the purpose: split by the digests of its entries (half and half, fixed before
    its first read), no entry twice, every field labelled."""
    from esep.plugins.citations import labelled

    halves = labelled.digest_halves([it["raw"] for it in items])
    assert [it["half"] for it in items] == halves and halves.count("dev") == len(items) // 2
    assert len({it["raw"] for it in items}) == len(items)
    assert all(set(it["gold"]) == set(labelled.TYPED_FIELDS) for it in items)


def typed_eval_row(name: str, half: str) -> dict:
    """The row `esep eval --references` prints for a half of a labelled set."""
    from esep.plugins.citations import labelled

    return next(r for r in labelled.report() if (r["set"], r["half"]) == (name, half))


#: the resolution of the images drawn for the tests of another program's text layer
LAYER_DPI = 150


def layer_word(text, box):
    """A word of another program's text layer over an image drawn at LAYER_DPI, its box given in the
    image's pixels."""
    from esep.plugins.pdf import ocr
    k = 72.0 / LAYER_DPI
    x0, top, x1, bottom = box
    return ocr.OcrWord(text, x0 * k, top * k, x1 * k, bottom * k, None, (bottom - top) * k)
