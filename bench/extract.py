"""Extraction against parsing, per format and per extractor, in one run.

    python bench/extract.py                       # the seed's .txt, .docx and .pdf renderings
    python bench/extract.py /tmp/corpus           # plus every .txt/.docx/.pdf under a folder
    python bench/extract.py --cprofile 30         # plus the 30 costliest functions (steady state)

Prints, per format: the bare parse (python-docx reading every paragraph and
cell, pdfplumber's ``extract_text`` and ``extract_tables`` on every page,
the .txt read and decoded), esep's load of the same file, and the
milliseconds per page of ``prepare_document``, of every extractor and of
``prepare_records``: for the first document of a fresh process (after the
warm-up ``esep ingest`` does before its workers fork), and in steady state
(in a fresh process, after another report of the same format from
``corpus/synthetic/``: never the same text twice, so no cache of one
document serves the next).  The generated reports of a folder are
different reports: in steady state they follow one another.  And
the start-up: importing spaCy with ``spacy.blank("kk")`` in a fresh
process, against esep's own import, registry and warm-up.  Then the store:
each document written in one transaction to a database made before the
timing, so that load, extraction and store give the steady end-to-end
figure; and a one-file ``esep ingest`` of each seed rendering into a new
database, the whole process, against spaCy's start plus the bare parse
plus 0.2 s.

Pages: a PDF's are counted; a .docx or .txt report's are its characters
over the characters per page of the PDF of the same name (else of every
PDF measured).  Each stage is given in wall time and in CPU time of the
process (``time.process_time``), which other processes on the machine
disturb less (the bare parse and esep's load too, each measured once:
the CPU ratio of the two is the one to compare between runs).  Not a
test: nothing here passes or fails.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SEED = [ROOT / "corpus" / f"000_70fe3c6eccae0b92.{f}" for f in ("txt", "docx", "pdf")]
FORMATS = ("txt", "docx", "pdf")


def spacy_start() -> tuple[float, float]:
    """Wall seconds of a fresh interpreter that imports spaCy and makes
    ``spacy.blank("kk")`` (the floor of any process that tokenizes), and
    its CPU seconds: the best of two each."""
    code = "import spacy; spacy.blank('kk')"
    subprocess.run([sys.executable, "-c", "pass"], check=True)  # the interpreter's files in the page cache
    best, best_cpu = float("inf"), float("inf")
    for _ in range(2):
        r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True)
        best = min(best, time.perf_counter() - t0)
        r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
        best_cpu = min(best_cpu, r1.ru_utime - r0.ru_utime + r1.ru_stime - r0.ru_stime)
    return best, best_cpu


def python_start() -> float:
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-c", "pass"], check=True)
    return time.perf_counter() - t0


def one_file_ingest(path: Path, runs: int = 2) -> tuple[float, float]:
    """Wall seconds of ``esep ingest FILE`` into a new database, the whole
    process (start-up, warm-up, one worker, the store), and the CPU seconds
    of its processes (the ingesting one and its worker): the best of
    ``runs`` each."""
    exe = Path(sys.executable).with_name("esep")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "esep"]
    best, best_cpu = float("inf"), float("inf")
    for _ in range(runs):
        with tempfile.TemporaryDirectory(prefix="esep-bench-") as d:
            r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
            t0 = time.perf_counter()
            subprocess.run([*cmd, "ingest", "--db", str(Path(d) / "one.db"), "--no-progress", str(path)],
                           check=True, capture_output=True)
            best = min(best, time.perf_counter() - t0)
            r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
            best_cpu = min(best_cpu, r1.ru_utime - r0.ru_utime + r1.ru_stime - r0.ru_stime)
    return best, best_cpu


def bare_parse(path: Path) -> tuple[int, int]:
    """(pages, characters) read by the bare library: the same bare parse as
    the ingest benchmark's (bench/run.py)."""
    from run import BARE  # bench/run.py, beside this file

    return BARE.get(path.suffix.lstrip("."), BARE["txt"])(path)


def gather(args: list[str]) -> list[Path]:
    files = [p for p in SEED if p.exists()]
    for a in args:
        p = Path(a)
        if p.is_dir():
            files += sorted(q for q in p.rglob("*") if q.suffix.lstrip(".") in FORMATS)
        elif p.suffix.lstrip(".") in FORMATS:
            files.append(p)
    return files


PRIMER_DIR = ROOT / "corpus" / "synthetic"


def child(files: list[Path], cprofile: int) -> dict:
    """In a fresh process: esep's import, registry and warm-up (what ``esep
    ingest`` does before its workers fork), then each file in turn: load,
    prepare and every extractor, timed."""
    t0 = time.perf_counter()
    from esep.model import sha256_file
    from esep.pipeline import choose_loader
    from esep.processing import warm_up
    from esep.registry import Config, Registry, get_plugin_manager, paused_gc
    from esep.storage import Store

    registry = Registry(get_plugin_manager(load_entrypoints=False))
    config = Config(ocr="never")
    start = {"import_registry_s": time.perf_counter() - t0, "warm_up_s": warm_up(registry, config)}
    tmp = tempfile.TemporaryDirectory(prefix="esep-bench-")
    store = Store(Path(tmp.name) / "bench.db", registry.migrations)  # created before the timing, as a run does
    gc.freeze()  # as a worker does after the warm-up: what it built is out of the collector's way
    prof = None
    if cprofile:
        import cProfile

        prof = cProfile.Profile()
    out = []
    for i, p in enumerate(files):
        loader = choose_loader(p, p.read_bytes()[:8192], registry.loaders)
        timings: dict[str, float] = {}
        cpu: dict[str, float] = {}

        def timed(name: str, fn, *args, **kw):
            w, c = time.perf_counter(), time.process_time()
            got = fn(*args, **kw)
            timings[name] = time.perf_counter() - w
            cpu[name] = time.process_time() - c
            return got

        doc = timed("load", loader.load, p, config)
        doc.id, doc.path = sha256_file(p), str(p.absolute())
        on = prof is not None and i > 0
        if on:
            prof.enable()
        with paused_gc():  # as esep.processing.process_file extracts
            timed("prepare_document", registry.hook.prepare_document, document=doc, config=config)
            records = []
            for ex in registry.extractors:
                got = timed(f"extract:{ex.name}", lambda: list(ex.extract(doc, config)))
                for r in got:
                    if r.extractor is None:
                        r.extractor = ex.name
                records += got
            timed("prepare_records", registry.hook.prepare_records, records=records, document=doc, config=config)
        st = p.stat()

        def write() -> None:
            with store.transaction():
                store.write_document(doc, records, loader=loader.name, size=st.st_size, mtime=st.st_mtime)

        timed("store", write)  # one transaction, as the ingest writes a document
        if on:
            prof.disable()
        out.append({"file": str(p), "timings": timings, "cpu": cpu, "records": len(records)})
    if prof is not None:
        import pstats

        pstats.Stats(prof, stream=sys.stderr).sort_stats("cumulative").print_stats(cprofile)
        pstats.Stats(prof, stream=sys.stderr).sort_stats("tottime").print_stats(cprofile)
    store.close()
    tmp.cleanup()
    return {"start": start, "docs": out}


def in_child(files: list[Path], cprofile: int = 0) -> dict:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", *map(str, files)]
    if cprofile:
        cmd += ["--cprofile", str(cprofile)]
    r = subprocess.run(cmd, capture_output=True, text=True, check=True)
    if cprofile:
        print(r.stderr)
    return json.loads(r.stdout.strip().splitlines()[-1])


def done_when(out: dict) -> None:
    """Issue 15's targets beside this run's figures, one line each (CPU where
    the machine is shared; wall as measured)."""
    groups, lines = out["groups"], []
    for key, row in groups.items():
        cpu = row["steady_cpu_ms_page"]["total"]
        lines.append(f"extraction {key}: {cpu:.1f} ms/page CPU ({row['steady_ms_page']['total']:.1f} wall), "
                     f"target <= 5 -> {'met' if cpu <= 5 else 'not met'}")
    docx = groups.get("seed/docx")
    if docx:
        cpu = docx["load_cpu_s"] + docx["steady_cpu_ms_page"]["total"] * docx["pages"] / 1000 + docx["store_cpu_s"]
        lines.append(f"seed .docx end to end, steady: {cpu:.3f} s CPU ({docx['esep_steady_end_to_end_s']:.3f} wall), "
                     f"target <= 0.1 -> {'met' if cpu <= 0.1 else 'not met'}")
    for key, row in groups.items():
        if key.endswith("/pdf") and row.get("cpu_ratio_to_bare"):
            r = row["cpu_ratio_to_bare"]
            lines.append(f".pdf load+extract / bare parse, {key}: {r:.2f}x CPU ({row['ratio_to_bare']:.2f}x wall), "
                         f"target <= 1.15 -> {'met' if r <= 1.15 else 'not met'}")
    for fmt, v in out["one_file"].items():
        cpu, target = v["esep_ingest_cpu_s"], v.get("target_cpu_s", v["target_s"])
        lines.append(f"one-file ingest .{fmt}: {cpu:.2f} s CPU ({v['esep_ingest_s']:.2f} wall), target {target:.2f} "
                     f"(spaCy's start + the bare parse + 0.2, CPU) -> {'met' if cpu <= target else 'not met'}")
    if lines:
        print("\nissue 15, done when:")
        for line in lines:
            print("  " + line)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="*", help="more files or folders (the seed's renderings always come first)")
    ap.add_argument("--cprofile", type=int, default=0, metavar="N",
                    help="profile the steady-state extraction, print the N costliest functions")
    ap.add_argument("--json", type=Path, help="write every figure here too")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    a = ap.parse_args(argv)
    if a.child:
        print(json.dumps(child([Path(p) for p in a.paths], a.cprofile)))
        return 0

    out: dict = {"start": {}, "loadavg_before": Path("/proc/loadavg").read_text().split()[:3]}
    out["start"]["python_s"] = round(python_start(), 3)
    wall, cpu = spacy_start()
    out["start"]["spacy_blank_kk_s"], out["start"]["spacy_blank_kk_cpu_s"] = round(wall, 3), round(cpu, 3)

    files = gather(a.paths)
    # pages, and the bare parse (warm: each library once before timing)
    info: dict[Path, dict] = {}
    warmed: set[str] = set()
    for p in files:
        fmt = p.suffix.lstrip(".")
        if fmt not in warmed:
            bare_parse(p)
            warmed.add(fmt)
        t, c = time.perf_counter(), time.process_time()
        pages, chars = bare_parse(p)
        info[p] = {"fmt": fmt, "pages": pages, "chars": chars, "bare_s": time.perf_counter() - t,
                   "bare_cpu_s": time.process_time() - c}
    pdfs = [v for v in info.values() if v["fmt"] == "pdf" and v["pages"]]
    cpp_all = sum(v["chars"] for v in pdfs) / max(1, sum(v["pages"] for v in pdfs)) if pdfs else 2000.0
    for p, v in info.items():
        if v["fmt"] != "pdf":
            twin = info.get(p.with_suffix(".pdf"))
            cpp = twin["chars"] / twin["pages"] if twin and twin["pages"] else cpp_all
            v["pages"] = max(1, round(v["chars"] / cpp))

    groups = []
    seed = [p for p in files if p in SEED]
    rest = [p for p in files if p not in SEED]
    if seed:
        groups.append(("seed", seed))
    if rest:
        groups.append(("corpus", rest))
    out["groups"] = {}
    starts = []
    for gname, gfiles in groups:
        for fmt in FORMATS:
            fs = [p for p in gfiles if info[p]["fmt"] == fmt]
            if not fs:
                continue
            primer = sorted(PRIMER_DIR.glob(f"*.{fmt}"))[0]
            # the first document of a process (after the warm-up), alone in it
            first = in_child(fs[:1])
            starts.append(first["start"])
            # steady state: every file after another report of its format
            steady = in_child([primer, *fs], a.cprofile)
            st = {d["file"]: d for d in steady["docs"][1:]}
            f1 = first["docs"][0]
            stages = [k for k in f1["timings"] if k not in ("load", "store")]
            pages = sum(info[p]["pages"] for p in fs)
            p1 = info[fs[0]]["pages"]

            def per_page(kind: str, k: str) -> float:
                return 1000 * sum(st[str(p)][kind].get(k, 0.0) for p in fs) / pages

            row = {
                "files": len(fs), "pages": pages,
                "bare_s": sum(info[p]["bare_s"] for p in fs),
                "load_s": sum(st[str(p)]["timings"]["load"] for p in fs),
                "bare_cpu_s": sum(info[p]["bare_cpu_s"] for p in fs),
                "load_cpu_s": sum(st[str(p)]["cpu"]["load"] for p in fs),
                "steady_ms_page": {k: per_page("timings", k) for k in stages},
                "steady_cpu_ms_page": {k: per_page("cpu", k) for k in stages},
                "first_ms_page": {k: 1000 * f1["timings"].get(k, 0.0) / p1 for k in stages},
                "first_cpu_ms_page": {k: 1000 * f1["cpu"].get(k, 0.0) / p1 for k in stages},
                "records": sum(st[str(p)]["records"] for p in fs),
                "store_s": sum(st[str(p)]["timings"]["store"] for p in fs),
                "store_cpu_s": sum(st[str(p)]["cpu"]["store"] for p in fs),
            }
            for kind in ("steady_ms_page", "steady_cpu_ms_page", "first_ms_page", "first_cpu_ms_page"):
                row[kind]["total"] = sum(row[kind].values())
            row["esep_steady_s"] = row["load_s"] + row["steady_ms_page"]["total"] * pages / 1000
            row["ratio_to_bare"] = row["esep_steady_s"] / row["bare_s"] if row["bare_s"] else None
            # end to end in a warm process: load, extraction and the store's transaction
            row["esep_steady_end_to_end_s"] = row["esep_steady_s"] + row["store_s"]
            row["esep_steady_cpu_s"] = row["load_cpu_s"] + row["steady_cpu_ms_page"]["total"] * pages / 1000
            row["cpu_ratio_to_bare"] = row["esep_steady_cpu_s"] / row["bare_cpu_s"] if row["bare_cpu_s"] else None
            out["groups"][f"{gname}/{fmt}"] = row
    # a one-file ingest of each seed rendering, whole process, against the
    # floor of a process that tokenizes: spaCy's own start plus the bare parse
    out["one_file"] = {}
    for p in seed:
        wall, cpu = one_file_ingest(p)
        out["one_file"][p.suffix.lstrip(".")] = {
            "esep_ingest_s": wall, "esep_ingest_cpu_s": cpu, "bare_s": info[p]["bare_s"],
            "target_s": out["start"]["spacy_blank_kk_s"] + info[p]["bare_s"] + 0.2,
            "target_cpu_s": out["start"]["spacy_blank_kk_cpu_s"] + info[p]["bare_cpu_s"] + 0.2}
    if starts:
        out["start"]["esep_import_registry_s"] = round(statistics.median(s["import_registry_s"] for s in starts), 3)
        out["start"]["esep_warm_up_s"] = round(statistics.median(s["warm_up_s"] for s in starts), 3)

    # ---- print
    s = out["start"]
    print(f"start-up: python {s['python_s']:.2f} s; import spacy + spacy.blank('kk') {s['spacy_blank_kk_s']:.2f} s "
          f"(CPU {s['spacy_blank_kk_cpu_s']:.2f} s); "
          f"esep import + registry {s.get('esep_import_registry_s', 0):.2f} s, "
          f"warm-up {s.get('esep_warm_up_s', 0):.2f} s (medians over the processes)")
    for key, row in out["groups"].items():
        print(f"\n{key}: {row['files']} file(s), {row['pages']} pages, {row['records']} records")
        ratio = f" = {row['ratio_to_bare']:.2f}x bare" if row["ratio_to_bare"] else ""
        print(f"  bare parse {row['bare_s'] * 1000:8.1f} ms   esep load {row['load_s'] * 1000:8.1f} ms   "
              f"esep load+extract {row['esep_steady_s'] * 1000:8.1f} ms{ratio}")
        ratio = f" = {row['cpu_ratio_to_bare']:.2f}x bare" if row.get("cpu_ratio_to_bare") else ""
        print(f"  CPU:  bare {row['bare_cpu_s'] * 1000:8.1f} ms   esep load {row['load_cpu_s'] * 1000:8.1f} ms   "
              f"esep load+extract {row['esep_steady_cpu_s'] * 1000:8.1f} ms{ratio}")
        print(f"  store {row['store_s'] * 1000:8.1f} ms (CPU {row['store_cpu_s'] * 1000:.1f});   "
              f"steady end to end (load, extraction, store) {row['esep_steady_end_to_end_s'] * 1000:8.1f} ms")
        print(f"  {'ms/page (wall, and CPU of the process)':<40}{'steady':>9}{'cpu':>8}{'first':>9}{'cpu':>8}")
        for k in row["steady_ms_page"]:
            print(f"  {('extraction ' + k) if k == 'total' else k:<40}{row['steady_ms_page'][k]:9.2f}"
                  f"{row['steady_cpu_ms_page'][k]:8.2f}{row['first_ms_page'][k]:9.2f}{row['first_cpu_ms_page'][k]:8.2f}")
    if out["one_file"]:
        print("\none-file ingest (esep ingest FILE into a new database, whole process, best of 2), against "
              "spaCy's start + the bare parse + 0.2 s:")
        for fmt, v in out["one_file"].items():
            print(f"  {fmt:5} {v['esep_ingest_s']:6.2f} s (CPU of its processes {v['esep_ingest_cpu_s']:5.2f} s)   "
                  f"target {v['target_s']:5.2f} s (CPU {v['target_cpu_s']:5.2f} s)")
    done_when(out)
    if sys.flags.dont_write_bytecode:
        print("\nnote: PYTHONDONTWRITEBYTECODE is set: esep's modules are compiled at every start, "
              "which start-up figures then include")
    out["loadavg_after"] = Path("/proc/loadavg").read_text().split()[:3]
    print(f"\nload average before {' '.join(out['loadavg_before'])}, after {' '.join(out['loadavg_after'])} "
          f"on {os.cpu_count()} cores: on a busy machine the CPU columns are the steadier figures")
    if a.json:
        a.json.write_text(json.dumps(out, indent=1, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
