"""Regular expressions compiled once, not at every start.

Python compiles a regular expression with Python code (``re._parser`` and
``re._compiler``); only the last step is in C: ``_sre.compile`` is handed
the pattern, its flags, the engine's opcodes, the number of groups and the
group names, and makes the pattern object.  The plugins compile some 1,700
patterns, about 0.45 s of CPU at every start of a command (a third of a
one-file ingest).  What the last step is handed depends on nothing but the
pattern, the flags it was compiled with and the Python that compiled it.

:func:`enable` keeps those arguments in a file of the cache folder
(``<cache_dir>/patterns/``, one file per Python build and engine version)
and, when the same pattern is compiled with the same flags again, hands
them to ``_sre.compile`` directly: the pattern object is the one Python's
compiler makes, from the same arguments.  A pattern not in the file is
compiled by Python's own compiler (its warnings included) and its arguments
are kept; :func:`save` writes them back at the end of a command (and of a
worker), merged with what another process wrote meanwhile.  The file holds
at most :data:`MAX_ENTRIES` patterns: past that, only those the process
used.  A file that cannot be read, or arguments the engine refuses, are
ignored: the pattern is then compiled as without the file.
"""

from __future__ import annotations

import marshal
import os
import sys
import threading
import types
from pathlib import Path
from typing import Any

#: The most patterns the file keeps (the plugins' own are some 1,700; a
#: pattern built from a document's words is kept too)
MAX_ENTRIES = 6000

_state: dict[str, Any] = {"path": None, "known": {}, "new": {}, "used": set()}
_pending = threading.local()  # the (pattern, flags) a thread's compiler is at


def _engine() -> tuple[Any, Any] | None:
    """Python's regex compiler module and its C engine, where the compiler
    ends in ``_sre.compile`` as described above (CPython 3.11 on)."""
    try:
        import _sre
        import re._compiler as compiler  # noqa: PLC0415 - CPython 3.11 on
    except ImportError:
        return None
    if sys.implementation.name != "cpython" or getattr(compiler, "_sre", None) is not _sre:
        return None
    return compiler, _sre


def cache_file(folder: Path) -> Path | None:
    """The file of this Python build's compiled patterns under ``folder``."""
    got = _engine()
    if got is None:
        return None
    return folder / f"re-{sys.implementation.cache_tag}-{sys.hexversion:x}-{got[1].MAGIC}.marshal"


def _read(path: Path) -> dict[tuple[Any, int], tuple]:
    try:
        data = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return data if isinstance(data, dict) else {}


def enable(folder: Path) -> bool:
    """Compile patterns with the arguments kept under ``folder`` (see the
    module's description); False where this Python's compiler is not the
    one described (nothing is changed then)."""
    got = _engine()
    path = cache_file(folder)
    if got is None or path is None:
        return False
    compiler, sre = got
    if _state["path"] is not None:
        return True
    original = compiler.compile
    known: dict[tuple[Any, int], tuple] = _read(path)
    new: dict[tuple[Any, int], tuple] = {}
    used: set[tuple[Any, int]] = set()
    debug = int(getattr(compiler, "SRE_FLAG_DEBUG", 128))

    def record(pattern: Any, flags: int, code: list[int], groups: int, groupindex: dict, indexgroup: tuple) -> Any:
        key = getattr(_pending, "key", None)
        if key is not None and key[0] is pattern:
            new[key] = (int(flags), [int(c) for c in code], int(groups), dict(groupindex), tuple(indexgroup))
        return sre.compile(pattern, flags, code, groups, groupindex, indexgroup)

    def compile(p: Any, flags: int = 0) -> Any:
        if not isinstance(p, (str, bytes)) or int(flags) & debug:
            return original(p, flags)
        key = (p, int(flags))
        args = known.get(key) or new.get(key)
        if args is not None:
            try:
                pattern = sre.compile(p, *args)
            except Exception:  # noqa: BLE001 - arguments the engine refuses: compiled anew below
                known.pop(key, None)
                new.pop(key, None)
            else:
                if key in known:
                    used.add(key)
                return pattern
        _pending.key = key
        try:
            return original(p, flags)
        finally:
            _pending.key = None

    shim = types.SimpleNamespace(**{k: getattr(sre, k) for k in dir(sre) if not k.startswith("__")})
    shim.compile = record
    compiler._sre = shim
    compiler.compile = compile
    _state.update(path=path, known=known, new=new, used=used)
    return True


def given() -> set[tuple[Any, int]]:
    """The (pattern, flags) this process compiled from the file."""
    return set(_state["used"])


def save() -> None:
    """Write the patterns first compiled in this process to the file (no
    write when there are none)."""
    path, new = _state["path"], _state["new"]
    if path is None or not new:
        return
    on_disk = _read(path)
    merged = {**on_disk, **_state["known"], **new}
    if len(merged) > MAX_ENTRIES:
        keep = _state["used"] | set(new)
        merged = {k: v for k, v in merged.items() if k in keep}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        tmp.write_bytes(marshal.dumps(merged))
        os.replace(tmp, path)
    except (OSError, ValueError):
        return
    _state["known"].update(new)
    new.clear()
