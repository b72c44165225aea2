import hashlib
import os
import sqlite3
import sys
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
