"""Language lives in plugins/lang/ only: no other module of plugins/ spells
out the Kazakh letters, builds a look-alike or fold table, lists the months
or defines its own fold or spaCy loader.  Adding a script or a language
then touches plugins/lang/ and the vocabularies, nothing else."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from esep.plugins.lang.dates import MONTH_NUMBERS

from conftest import ROOT

PLUGINS = ROOT / "plugins"
LANG = PLUGINS / "lang"
OUTSIDE = sorted(p for p in PLUGINS.rglob("*.py") if not p.is_relative_to(LANG))

# four or more of the Kazakh-only letters in a row: the alphabet, a class body
_KAZAKH_RUN = re.compile(r"[әғқңөұүһі]{4,}|[ӘҒҚҢӨҰҮҺІ]{4,}")


def _script(ch: str) -> str:
    if "a" <= ch.lower() <= "z" or ch in "\u0259\u018f\u0131":
        return "latin"
    if "\u0400" <= ch <= "\u04ff":
        return "cyrillic"
    return "digit" if ch.isdigit() else "other"


def _is_lookalike_table(pairs: list[tuple[str, str]]) -> bool:
    """Three or more one-letter pairs across scripts (Latin/Cyrillic,
    letter/digit), or Kazakh letters mapped to Russian ones."""
    across = [(k, v) for k, v in pairs if len(k) == 1 and len(v) == 1 and _script(k) != _script(v)]
    kazakh = [(k, v) for k, v in pairs if len(k) == 1 and k.lower() in "әғқңөұүһі" and k != v]
    return len(across) >= 3 or len(kazakh) >= 3


def _tables(tree: ast.AST) -> list[int]:
    """Line numbers of look-alike tables: dict literals, dict(zip("..", "..")),
    str.maketrans("..", "..") and str.maketrans({...})."""
    found = []
    for node in ast.walk(tree):
        pairs: list[tuple[str, str]] = []
        if isinstance(node, ast.Dict):
            pairs = [(k.value, v.value) for k, v in zip(node.keys, node.values)
                     if isinstance(k, ast.Constant) and isinstance(v, ast.Constant)
                     and isinstance(k.value, str) and isinstance(v.value, str)]
        elif isinstance(node, ast.Call) and len(node.args) >= 2 and all(
                isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args[:2]):
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            if name in ("maketrans", "zip"):
                pairs = list(zip(node.args[0].value, node.args[1].value))
        if pairs and _is_lookalike_table(pairs):
            found.append(node.lineno)
    return found


def _month_lists(tree: ast.AST) -> list[int]:
    """Line numbers of collections holding six month names or more."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, (ast.Dict, ast.List, ast.Tuple, ast.Set)):
            items = node.keys if isinstance(node, ast.Dict) else node.elts
            names = {i.value for i in items if isinstance(i, ast.Constant) and i.value in MONTH_NUMBERS}
            if len(names) >= 6:
                found.append(node.lineno)
    return found


def _where(path: Path, lines: list[int]) -> list[str]:
    return [f"{path.relative_to(ROOT)}:{n}" for n in lines]


def test_the_kazakh_letters_are_spelled_out_only_in_lang():
    bad = [f"{p.relative_to(ROOT)}:{i}" for p in OUTSIDE
           for i, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1) if _KAZAKH_RUN.search(line)]
    assert bad == [], "import the letters and classes from esep.plugins.lang.alphabet"


def test_look_alike_and_fold_tables_live_only_in_lang():
    bad = [w for p in OUTSIDE for w in _where(p, _tables(ast.parse(p.read_text(encoding="utf-8"))))]
    assert bad == [], "use the tables of esep.plugins.lang.alphabet"


def test_month_names_are_listed_only_in_lang_dates():
    bad = [w for p in sorted(PLUGINS.rglob("*.py")) if p != LANG / "dates.py"
           for w in _where(p, _month_lists(ast.parse(p.read_text(encoding="utf-8"))))]
    assert bad == []


@pytest.mark.parametrize("name", ["fold", "get_nlp", "normalize", "to_cyrillic"])
def test_no_feature_defines_its_own(name):
    bad = [f"{p.relative_to(ROOT)}:{n.lineno}" for p in OUTSIDE
           for n in ast.walk(ast.parse(p.read_text(encoding="utf-8")))
           if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)) and n.name == name]
    assert bad == []


def test_the_checks_catch_what_they_look_for():
    samples = {
        'T = str.maketrans("әғқңөұүһі", "агкноуухи")': _tables,
        'T = str.maketrans({"a": "а", "e": "е", "o": "о"})': _tables,
        'T = dict(zip("aeopc", "аеорс"))': _tables,
        'D = {"О": "0", "З": "3", "l": "1"}': _tables,
        'M = {"қаңтар": 1, "ақпан": 2, "наурыз": 3, "сәуір": 4, "мамыр": 5, "маусым": 6}': _month_lists,
    }
    for code, check in samples.items():
        assert check(ast.parse(code)), code
    assert not _tables(ast.parse('S = {"жаздың": 6, "көктемнің": 3}; T = str.maketrans("ab", "cd")'))
    assert _KAZAKH_RUN.search('re.compile(r"[а-яәғқңөұүһі]")')
