"""The plugin manager and what the plugins register with it.

Built-in plugins are ordinary modules of the ``esep.plugins`` package, listed
in its ``DEFAULT_PLUGINS`` tuple; third-party plugins come from the ``esep``
entry-point group.  ``ESEP_LOAD_PLUGINS`` (a comma separated list of
entry-point names, or empty for none) limits which third-party plugins load.
"""

from __future__ import annotations

import contextlib
import gc
import importlib
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

import pluggy

from . import hookspecs
from .model import Document, Record

log = logging.getLogger(__name__)

ENTRY_POINT_GROUP = "esep"
BUILTIN_PACKAGE = "esep.plugins"


#: Files larger than this (MB) are refused before any loader reads them
#: (``esep ingest --max-size``).
DEFAULT_MAX_SIZE_MB = 100.0


@dataclass
class Config:
    """Options of one run, handed to every loader, extractor and normalizer.

    ``options`` holds plugin specific settings (``--set name=value``)."""

    ocr: str = "auto"
    timeout: float = 120.0
    max_pages: int = 2000
    strict: bool = False
    options: dict[str, Any] = field(default_factory=dict)

    def get(self, name: str, default: Any = None) -> Any:
        return self.options.get(name, default)

    @property
    def cache_dir(self) -> Path:
        """The folder where plugins keep what is worth not computing twice
        (OCR of a page, a converted .doc), each in a subfolder of its own:
        ``--set cache_dir=PATH``, else ``$ESEP_CACHE_DIR``, else
        ``$XDG_CACHE_HOME/esep``, else ``~/.cache/esep``.  Not created here."""
        root = self.get("cache_dir") or os.environ.get("ESEP_CACHE_DIR")
        if root:
            return Path(root).expanduser()
        return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "esep"


@dataclass
class Loader:
    """Reads one file format into a :class:`Document`.

    ``sniff(head)`` gets the first 8 KiB of a file and says whether they are
    of this format.  ``any_suffix`` lets the loader claim files whose suffix
    no loader knows when its sniff is certain (binary magic numbers).
    ``part_of(path)`` names the main file of this format that a file was
    saved beside as its part, so that the file is skipped, not read."""

    name: str
    format: str
    suffixes: tuple[str, ...]
    sniff: Callable[[bytes], bool]
    load: Callable[[Path, Config], Document]
    any_suffix: bool = False
    describe: str = ""  # what the format is, for messages: "a PDF file"
    #: the file of this format that ``path`` was saved as a part of (a folder
    #: a program writes beside its main file), or None; such a file is skipped
    part_of: Callable[[Path], Path | None] | None = None
    #: why a file named with one of ``suffixes`` whose content this loader does
    #: not read is no file of the format ("a password-protected .docx"), or None
    #: for the general message
    mismatch: Callable[[Path, bytes], str | None] | None = None
    #: why a file this loader could read is no report (a folder's README, a
    #: text written as the source of a build), or None; such a file is skipped
    #: with the line "not a report: " and that reason
    not_a_report: Callable[[Path, bytes], str | None] | None = None


@dataclass
class Extractor:
    """Turns a Document into records for the tables its plugin owns."""

    name: str
    extract: Callable[[Document, Config], Iterable[Record]]
    version: str = "1"
    order: int = 100
    tables: tuple[str, ...] = ()


@dataclass
class Evaluator:
    """Scores one kind of record of one document against its gold file."""

    name: str
    score: Callable[[Any, str, Any], dict[str, Any]]
    description: str = ""


def prf(tp: int, n_pred: int, n_gold: int, *, lenient: bool = False, ndigits: int | None = None,
        counts: bool = False) -> dict[str, Any]:
    """Precision, recall and F1 of ``n_pred`` predictions of which ``tp``
    are right, against ``n_gold`` gold items: what an :class:`Evaluator`
    returns, as ``{"precision", "recall", "f1"}``.

    A precision with nothing predicted, or a recall with nothing to find, is
    1.0 when the other side is empty too and 0.0 otherwise; with
    ``lenient=True`` it is 1.0 whatever the other side holds.  ``ndigits``
    rounds the three scores (F1 is computed before rounding); ``counts=True``
    adds ``tp``, ``fp`` and ``fn``."""
    fp, fn = n_pred - tp, n_gold - tp
    if lenient:
        p = tp / n_pred if n_pred else 1.0
        r = tp / n_gold if n_gold else 1.0
    else:
        p = tp / n_pred if n_pred else (1.0 if not n_gold else 0.0)
        r = tp / n_gold if n_gold else (1.0 if not n_pred else 0.0)
    f = 2 * p * r / (p + r) if p + r else 0.0
    out: dict[str, Any] = {"precision": p, "recall": r, "f1": f}
    if ndigits is not None:
        out = {k: round(v, ndigits) for k, v in out.items()}
    if counts:
        out.update(tp=tp, fp=fp, fn=fn)
    return out


def _plugin_name(plugin: object) -> str:
    return getattr(plugin, "__name__", None) or type(plugin).__name__


@contextlib.contextmanager
def paused_gc() -> Iterator[None]:
    """The cyclic garbage collector off for a block that builds what lives
    as long as the process (imports of the plugins and their libraries,
    vocabularies, pipelines), or whose garbage reference counting frees (a
    document's extraction): the collector would traverse the hundreds of
    thousands of long-lived objects again and again and find little to
    free (about 5% of the start-up, half of an extraction).  Restored as it
    was at the end."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def get_plugin_manager(load_entrypoints: bool = True, builtins: bool = True) -> pluggy.PluginManager:
    """A fresh plugin manager with the built-in plugins and, unless told
    otherwise, the third-party ones from the ``esep`` entry-point group."""
    with paused_gc():
        pm = pluggy.PluginManager("esep")
        pm.add_hookspecs(hookspecs)
        if builtins:
            package = importlib.import_module(BUILTIN_PACKAGE)
            for modname in package.DEFAULT_PLUGINS:
                mod = importlib.import_module(modname)
                pm.register(mod, name=modname)
        if load_entrypoints:
            _load_entrypoints(pm)
    return pm


def _load_entrypoints(pm: pluggy.PluginManager) -> None:
    wanted = os.environ.get("ESEP_LOAD_PLUGINS")
    if wanted is None:
        pm.load_setuptools_entrypoints(ENTRY_POINT_GROUP)
        return
    names = {n.strip() for n in wanted.split(",") if n.strip()}
    from importlib.metadata import entry_points

    for ep in entry_points(group=ENTRY_POINT_GROUP):
        if ep.name in names and pm.get_plugin(ep.name) is None:
            pm.register(ep.load(), name=ep.name)


class Registry:
    """What the plugins of one plugin manager registered, gathered once."""

    def __init__(self, pm: pluggy.PluginManager):
        self.pm = pm
        self.loaders: list[Loader] = []
        self.extractors: list[Extractor] = []
        self.migrations: list[Any] = []
        self.evaluators: list[Evaluator] = []
        pm.hook.register_loaders(register=self.loaders.append)
        pm.hook.register_extractors(register=self.extractors.append)
        pm.hook.register_migrations(register=self.migrations.append)
        pm.hook.register_evaluators(register=self.evaluators.append)
        self.extractors.sort(key=lambda e: e.order)
        names = [m.name for m in self.migrations]
        dupes = {n for n in names if names.count(n) > 1}
        if dupes:
            raise RuntimeError(f"two plugins registered migration sets named {sorted(dupes)}")

    @property
    def hook(self):
        return self.pm.hook

    def suffixes(self) -> set[str]:
        return {s for loader in self.loaders for s in loader.suffixes}

    def plugin_info(self) -> list[dict[str, Any]]:
        """Each loaded plugin with the hooks it implements, as ``esep plugins``
        prints it."""
        out = []
        for name, plugin in self.pm.list_name_plugin():
            hooks = sorted(
                h.name for h in self.pm.get_hookcallers(plugin) or [] if not h.name.startswith("_")
            )
            dist = None
            for p, d in self.pm.list_plugin_distinfo():
                if p is plugin:
                    dist = f"{d.project_name} {d.version}"
            out.append({"name": name, "hooks": hooks, "distribution": dist})
        return out
