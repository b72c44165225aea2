"""Measuring helpers for bench/run.py: the machine, a command's wall time,
CPU time and memory (every process of its tree, sampled), and how busy the
rest of the machine was meanwhile."""

from __future__ import annotations

import os
import platform
import re
import resource
import subprocess
import sys
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

PAGE = os.sysconf("SC_PAGE_SIZE")
TICKS = os.sysconf("SC_CLK_TCK")


def _read(path: str) -> str:
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            return f.read()
    except OSError:
        return ""


def machine() -> dict:
    """What the figures were measured on."""
    cpu = re.search(r"model name\s*:\s*(.+)", _read("/proc/cpuinfo"))
    mem = re.search(r"MemTotal:\s*(\d+) kB", _read("/proc/meminfo"))
    versions = {}
    for mod in ("pdfplumber", "docx", "spacy", "pluggy", "sqlite_utils", "distributed"):
        try:
            m = __import__(mod)
            versions[mod] = getattr(m, "__version__", None) or _dist_version(mod)
        except ImportError:
            versions[mod] = None
    import sqlite3

    versions["sqlite"] = sqlite3.sqlite_version
    try:
        tess = subprocess.run(["tesseract", "--version"], capture_output=True, text=True, timeout=10)
        versions["tesseract"] = (tess.stdout or tess.stderr).splitlines()[0]
    except (OSError, subprocess.SubprocessError, IndexError):
        versions["tesseract"] = None
    return {
        "cpu": cpu.group(1).strip() if cpu else platform.processor(),
        "cores": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count(),
        "memory_gb": round(int(mem.group(1)) / 1048576, 1) if mem else None,
        "os": f"{platform.system()} {platform.release()}",
        "python": sys.version.split()[0],
        "versions": versions,
        "loadavg_at_start": _read("/proc/loadavg").split()[:3],
    }


def _dist_version(mod: str) -> str | None:
    from importlib.metadata import PackageNotFoundError, version

    for name in (mod, {"docx": "python-docx"}.get(mod, mod)):
        try:
            return version(name)
        except PackageNotFoundError:
            continue
    return None


def busy_jiffies() -> int:
    """CPU time spent by the whole machine (all cores), in clock ticks."""
    first = _read("/proc/stat").splitlines()[0].split()[1:]
    vals = [int(v) for v in first]
    idle = vals[3] + (vals[4] if len(vals) > 4 else 0)
    return sum(vals[:8]) - idle


def _children_map() -> dict[int, list[int]]:
    kids: dict[int, list[int]] = {}
    for d in os.listdir("/proc"):
        if not d.isdigit():
            continue
        stat = _read(f"/proc/{d}/stat")
        if not stat:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        kids.setdefault(ppid, []).append(int(d))
    return kids


def _children(pid: int) -> list[int] | None:
    """The children of every thread of ``pid`` (Dask starts its workers from
    a thread of its own); None where the kernel does not list children."""
    if not os.path.exists(f"/proc/{pid}/task/{pid}/children"):
        return None if pid == os.getpid() else []
    try:
        tids = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return []
    return [int(c) for t in tids for c in _read(f"/proc/{pid}/task/{t}/children").split()]


def tree(root: int) -> list[int]:
    """``root`` and its descendants (their main threads' children, or a scan
    of /proc where the kernel does not list children)."""
    kids = None if _children(os.getpid()) is None else {}
    if kids is None:
        kids = _children_map()
    out, todo = [], [root]
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(kids.get(p, []) if kids else (_children(p) or []))
    return out


def _pss_kb(pid: int) -> int:
    m = re.search(r"^Pss:\s+(\d+) kB", _read(f"/proc/{pid}/smaps_rollup"), re.M)
    return int(m.group(1)) if m else 0


def _rss_bytes(pid: int) -> int:
    statm = _read(f"/proc/{pid}/statm").split()
    return int(statm[1]) * PAGE if len(statm) > 1 else 0


@dataclass
class Run:
    """One measured command."""

    cmd: list[str]
    wall: float = 0.0
    cpu: float = 0.0  # user + system of the command's whole tree
    others_cpu_share: float = 0.0  # share of the machine's CPU others used meanwhile
    peak_rss_process_mb: float = 0.0  # the largest single process at any moment
    peak_rss_total_mb: float = 0.0  # the tree's RSS summed (counts shared pages twice)
    peak_pss_total_mb: float = 0.0  # the tree's proportional set size summed (shared pages split)
    processes: int = 0
    returncode: int = 0
    stdout: str = ""
    stderr: str = ""
    extra: dict = field(default_factory=dict)

    def summary(self) -> dict:
        d = asdict(self)
        d.pop("stdout")
        d.pop("stderr")
        return d


def run(cmd: list[str], env: dict | None = None, cwd: str | Path | None = None, sample: float = 0.05,
        timeout: float = 7200) -> Run:
    """Run ``cmd`` to the end, sampling the memory of its process tree."""
    r = Run([str(c) for c in cmd])
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    me0 = resource.getrusage(resource.RUSAGE_SELF)
    busy0 = busy_jiffies()
    t0 = time.perf_counter()
    proc = subprocess.Popen(r.cmd, env=env, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    stop = threading.Event()
    seen: set[int] = set()

    def watch() -> None:
        k = 0
        while not stop.is_set():
            pids = tree(proc.pid)
            seen.update(pids)
            rss = [_rss_bytes(p) for p in pids]
            r.peak_rss_process_mb = max(r.peak_rss_process_mb, max(rss, default=0) / 1048576)
            r.peak_rss_total_mb = max(r.peak_rss_total_mb, sum(rss) / 1048576)
            if k % 10 == 0:  # PSS walks the page tables: every tenth sample is enough
                r.peak_pss_total_mb = max(r.peak_pss_total_mb, sum(_pss_kb(p) for p in pids) / 1024)
            k += 1
            stop.wait(sample)

    th = threading.Thread(target=watch, daemon=True)
    th.start()
    try:
        r.stdout, r.stderr = proc.communicate(timeout=timeout)
    finally:
        stop.set()
        th.join()
    r.wall = time.perf_counter() - t0
    busy = (busy_jiffies() - busy0) / TICKS
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    me1 = resource.getrusage(resource.RUSAGE_SELF)
    r.cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    sampler = (me1.ru_utime - me0.ru_utime) + (me1.ru_stime - me0.ru_stime)  # this process: the sampling
    r.extra["sampler_cpu"] = round(sampler, 3)
    busy -= sampler
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    r.others_cpu_share = round(max(0.0, busy - r.cpu) / (r.wall * cores), 3) if r.wall else 0.0
    r.returncode = proc.returncode
    r.processes = len(seen)
    for k in ("wall", "cpu", "peak_rss_process_mb", "peak_rss_total_mb", "peak_pss_total_mb"):
        setattr(r, k, round(getattr(r, k), 3))
    return r


PROFILE_LINE = re.compile(r"^\s*([\d.]+) s\s+[\d.]+%\s+(\S+)\s*$")
SUMMARY_LINE = re.compile(r"(\d+) ingested, (\d+) unchanged, (\d+) skipped, (\d+) failed in ([\d.]+) s")


def parse_ingest(r: Run) -> dict:
    """The counts and the ``--profile`` timings an ``esep ingest`` printed."""
    prof = {}
    for line in r.stderr.splitlines():
        m = PROFILE_LINE.match(line)
        if m:
            prof[m.group(2)] = float(m.group(1))
    m = SUMMARY_LINE.search(r.stdout)
    counts = dict(zip(("ingested", "unchanged", "skipped", "failed"), map(int, m.groups()[:4]))) if m else {}
    return {"counts": counts, "profile": prof, "run_seconds": float(m.group(5)) if m else None}
