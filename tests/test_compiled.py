"""Patterns compiled from the arguments kept by an earlier run
(``esep.compiled``) must be the patterns Python's compiler makes: every
pattern the plugins hold, compiled without the file, while it is written and
from it, gives the same flags, groups and matches on the seed's lines.  Each
run is a process of its own (enabling changes ``re`` for the process)."""

import json
import marshal
import subprocess
import sys
from pathlib import Path

from conftest import SEED_TXT

_SCRIPT = r"""
import json, re, sys
from pathlib import Path
from esep import compiled
use = sys.argv[1] == "on"
if use:
    assert compiled.enable(Path(sys.argv[2]))
from esep.registry import get_plugin_manager
get_plugin_manager()
lines = [l for l in Path(sys.argv[3]).read_text(encoding="utf-8").splitlines() if l.strip()][:40]
seen, out = set(), []
for name, mod in sorted(sys.modules.items()):
    if not name.startswith("esep.plugins"):
        continue
    for value in list(vars(mod).values()):
        p = getattr(value, "plain", value)
        if isinstance(p, re.Pattern) and (p.pattern, p.flags) not in seen:
            seen.add((p.pattern, p.flags))
            text = lines if isinstance(p.pattern, str) else [l.encode() for l in lines]
            hits = [[m.span() for m in p.finditer(line)] for line in text]
            out.append([str(p.pattern), int(p.flags), p.groups, sorted(p.groupindex.items()), hits])
compiled.save()
print(json.dumps({"patterns": out, "from_file": len(compiled.given())}))
"""


def _run(tmp_path: Path, use: str) -> dict:
    r = subprocess.run([sys.executable, "-c", _SCRIPT, use, str(tmp_path / "cache"), str(SEED_TXT)],
                       capture_output=True, text=True, check=True, timeout=600)
    return json.loads(r.stdout.strip().splitlines()[-1])


def test_patterns_from_the_file_are_the_compilers(tmp_path):
    plain = _run(tmp_path, "off")
    first = _run(tmp_path, "on")  # compiled by Python, their arguments written
    files = list((tmp_path / "cache").glob("re-*.marshal"))
    assert len(files) == 1
    again = _run(tmp_path, "on")  # compiled from the file
    assert len(plain["patterns"]) > 500
    assert first["from_file"] == 0
    assert again["from_file"] > 500
    assert first["patterns"] == plain["patterns"]
    assert again["patterns"] == plain["patterns"]


_BROKEN = r"""
import marshal, re, sys
from pathlib import Path
from esep import compiled
folder = Path(sys.argv[1])
path = compiled.cache_file(folder)
path.parent.mkdir(parents=True, exist_ok=True)
if sys.argv[2] == "garbage":
    path.write_bytes(b"not a marshal file")
else:  # arguments the engine refuses (opcodes that are no program)
    path.write_bytes(marshal.dumps({("a+b", 0): (32, [1, 2, 3], 0, {}, ())}))
assert compiled.enable(folder)
assert re.compile("a+b").findall("xaab ab b") == ["aab", "ab"]
assert compiled.given() == set()
compiled.save()
print(sorted(k[0] for k in marshal.loads(path.read_bytes())))
"""


def test_a_broken_file_is_ignored(tmp_path):
    for how in ("garbage", "refused"):
        r = subprocess.run([sys.executable, "-c", _BROKEN, str(tmp_path / how), how],
                           capture_output=True, text=True, check=True, timeout=120)
        assert "'a+b'" in r.stdout.strip().splitlines()[-1]


def test_the_file_is_plain_marshal_data(tmp_path):
    _run(tmp_path, "on")
    data = marshal.loads(next((tmp_path / "cache").glob("re-*.marshal")).read_bytes())
    key, args = next(iter(data.items()))
    assert isinstance(key, tuple) and isinstance(key[1], int)
    assert len(args) == 5 and all(type(c) is int for c in args[1])
