"""The shape of the plugin wing, as docs/architecture.md describes it.

* every module directly under ``plugins/`` is a registered plugin;
* every package under ``plugins/`` is the language package ``lang`` (no
  hooks in it) or a feature package holding at least one registered plugin;
* no module of esep imports another module's private (underscore) names.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from esep.plugins import DEFAULT_PLUGINS

from conftest import ROOT

PLUGINS = ROOT / "plugins"
LANGUAGE_PACKAGES = {"lang"}


def module_name(path: Path) -> str:
    """``plugins/pdf/loader.py`` -> ``esep.plugins.pdf.loader``; core -> ``esep.x``."""
    if path.is_relative_to(PLUGINS):
        parts = ("esep", "plugins", *path.relative_to(PLUGINS).with_suffix("").parts)
    else:
        parts = ("esep", *path.relative_to(ROOT / "core").with_suffix("").parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def sources() -> list[Path]:
    return sorted([*PLUGINS.rglob("*.py"), *(ROOT / "core").rglob("*.py")])


def test_every_top_level_plugin_module_is_registered():
    loose = [module_name(p) for p in PLUGINS.glob("*.py") if p.name != "__init__.py"]
    assert loose, "plugins/ has no modules"
    assert sorted(m for m in loose if m not in DEFAULT_PLUGINS) == []


def test_every_registered_plugin_exists():
    on_disk = {module_name(p) for p in PLUGINS.rglob("*.py")}
    assert sorted(set(DEFAULT_PLUGINS) - on_disk) == []


@pytest.mark.parametrize("package", sorted(p.name for p in PLUGINS.iterdir()
                                           if p.is_dir() and (p / "__init__.py").exists()))
def test_each_package_is_a_feature_or_the_language_home(package):
    prefix = f"esep.plugins.{package}."
    registered = [m for m in DEFAULT_PLUGINS if m.startswith(prefix) or m == prefix[:-1]]
    if package in LANGUAGE_PACKAGES:
        assert registered == [], f"{package}/ is the language home: it holds helpers, not plugins"
        hooks = [p for p in (PLUGINS / package).rglob("*.py") if "@hookimpl" in p.read_text(encoding="utf-8")]
        assert hooks == []
    else:
        assert registered, f"plugins/{package}/ holds no registered plugin: helpers belong inside a feature"


def _private_imports(path: Path) -> list[str]:
    """``from esep.x import _name`` of another module, and ``alias._name`` on a
    module imported from esep."""
    own = module_name(path)
    tree = ast.parse(path.read_text(encoding="utf-8"))
    bad: list[str] = []
    esep_modules: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("esep"):
            for a in node.names:
                if a.name.startswith("_") and node.module != own:
                    bad.append(f"{path.relative_to(ROOT)}:{node.lineno} from {node.module} import {a.name}")
                elif not a.name.startswith("_"):
                    esep_modules.add(a.asname or a.name)
        elif isinstance(node, ast.Import):
            for a in node.names:
                if a.name.startswith("esep"):
                    esep_modules.add((a.asname or a.name).split(".")[0])
    for node in ast.walk(tree):
        if (isinstance(node, ast.Attribute) and node.attr.startswith("_") and not node.attr.startswith("__")
                and isinstance(node.value, ast.Name) and node.value.id in esep_modules):
            bad.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.value.id}.{node.attr}")
    return bad


def test_no_module_imports_private_names_of_another():
    bad = [b for p in sources() for b in _private_imports(p)]
    assert bad == []


def test_the_private_import_check_catches_both_forms(tmp_path, monkeypatch):
    fake = PLUGINS / "pdf" / "x_probe.py"  # never written: the parser reads the text given
    text = "from esep.plugins.pdf.pages import _Word\nfrom esep.plugins.pdf import pages\npages._Line\n"
    monkeypatch.setattr(Path, "read_text", lambda self, encoding=None: text)
    found = _private_imports(fake)
    assert len(found) == 2


def test_every_plugin_package_is_installed():
    """pyproject.toml lists every package under plugins/, so a wheel (not
    only an editable install) carries them all."""
    import tomllib

    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["packages"])
    on_disk = {module_name(p) for p in PLUGINS.rglob("__init__.py")}
    assert sorted(on_disk - listed) == []


def _names_bound_twice(path: Path, text: str | None = None) -> list[str]:
    """Module-level names a module binds twice (an assignment, a function or a
    class), the later silently taking the earlier's place for every caller.
    A binding built from the name itself (``_RE = gated(_RE, ...)``) wraps
    the earlier one and is no second name."""
    tree = ast.parse(text if text is not None else path.read_text(encoding="utf-8"))
    seen: dict[str, int] = {}
    bad: list[str] = []
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            bound, value = [node.name], None
        elif isinstance(node, (ast.Assign, ast.AnnAssign)) and node.value is not None:
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            bound, value = [t.id for t in targets if isinstance(t, ast.Name)], node.value
        else:
            continue
        for name in bound:
            wraps = value is not None and any(isinstance(n, ast.Name) and n.id == name for n in ast.walk(value))
            if name in seen and not wraps and name != "__all__":
                bad.append(f"{path.name}:{node.lineno} {name} (first at line {seen[name]})")
            seen.setdefault(name, node.lineno)
    return bad


def test_no_module_binds_one_name_twice():
    # two rules merged into one module under one name: the later one replaced the earlier for both
    bad = [b for p in sources() for b in _names_bound_twice(p)]
    assert bad == []


def test_the_double_binding_check_tells_a_wrapper_from_a_second_name():
    text = ("import re\n_A_RE = re.compile('a')\n_A_RE = gated(_A_RE, 'a')\n"
            "_B_RE = re.compile('b')\n_B_RE = re.compile('c')\ndef f():\n    pass\ndef f():\n    pass\n")
    found = _names_bound_twice(Path("x.py"), text)
    assert [f.split()[1] for f in found] == ["_B_RE", "f"]
