"""Time every page of the site and take its screenshot.

    esep ingest corpus/ --db /tmp/site.db
    python bench/site_pages.py --db /tmp/site.db            # times + docs/site-*.png
    python bench/site_pages.py --db /tmp/site.db --no-shots # times only

Server time: median of 5 renders after a warm-up, through Datasette's own
client (no network).  Browser time: headless Chromium, from navigation start
to the load event, charts drawn.  Screenshots are 1280 px wide, saved as
palette PNGs to keep the repository small.  Nothing here passes or fails.
"""

from __future__ import annotations

import argparse
import asyncio
import socket
import sqlite3
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path


def pages(db: Path) -> list[tuple[str, str, str]]:
    """(screenshot name, path, what it shows) for the corpus database."""
    c = sqlite3.connect(db)
    one = lambda sql: (c.execute(sql).fetchone() or [None])[0]  # noqa: E731
    pdf_fact = one("select f.id from facts f join documents d on d.id = f.document_id where d.format = 'pdf' "
                   "and d.path like '%000_%.pdf' and d.path not like '%.ocr%' and d.path not like '%.scan%' "
                   "and f.metric = 'fund.end' and f.page is not null order by f.id")
    scan_fact = one("select f.id from facts f join documents d on d.id = f.document_id where d.format = 'pdf' "
                    "and d.path like '%synthetic%' and f.source = 'text' and f.page is not null order by f.id")
    text_fact = one("select f.id from facts f join documents d on d.id = f.document_id where d.format = 'txt' "
                    "and f.source = 'text' and f.metric like 'staff.%' order by f.id")
    check = one("select id from checks where holds = 0 and kind = 'event_totals' order by id")
    db_name = db.stem
    out = [
        ("overview", "/", "the archive: libraries, coverage grid, counts, conflicts, failed checks"),
        ("chart-fund", "/-/esep/chart?metric=fund.end", "the book fund over time, a line per library"),
        ("chart-events", "/-/esep/chart?metric=events.actual", "events held: flows by period, plan beside actual"),
        ("chart-event-type", "/-/esep/chart?event_type=exhibition.book", "book exhibitions per period, plan and actual"),
        ("evidence-pdf", f"/-/esep/evidence/facts/{pdf_fact}", "a figure in a PDF table: page, cell and figure boxed"),
        ("evidence-scan", f"/-/esep/evidence/facts/{scan_fact}", "a figure in a scanned PDF's paragraph"),
        ("evidence-text", f"/-/esep/evidence/facts/{text_fact}", "a figure in a .txt paragraph, highlighted"),
        ("conflicts", "/-/esep/conflicts", "every conflict between reports"),
        ("checks", "/-/esep/checks", "every failed check"),
        ("check", f"/-/esep/evidence/checks/{check}", "a failed check: the total row of the events table"),
        ("newspapers", f"/{db_name}/articles_per_newspaper", "articles per newspaper per year"),
        ("events-by-type", f"/{db_name}/event_types_by_year", "event types year over year"),
        ("branch-events", f"/{db_name}/events?_facet=branch_id", "events by branch"),
    ]
    from esep.plugins.site.data import conflict_rows, connect

    rows = [r for r in conflict_rows(connect(str(db))) if r["same_library"]] or conflict_rows(connect(str(db)))
    if rows:
        out.insert(7, ("conflict", rows[0]["href"], "one conflict, both sources side by side"))
    return out


def server_times(db: Path, paths: list[str]) -> dict[str, float]:
    from esep.plugins.site.serve import make_datasette

    ds = make_datasette(str(db))

    async def go():
        out = {}
        for p in paths:
            r = await ds.client.get(p)
            assert r.status_code == 200, (p, r.status_code)
            ts = []
            for _ in range(5):
                t = time.perf_counter()
                await ds.client.get(p)
                ts.append((time.perf_counter() - t) * 1000)
            out[p] = statistics.median(ts)
        return out

    return asyncio.run(go())


def browse(db: Path, todo: list[tuple[str, str, str]], out_dir: Path | None) -> dict[str, float]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    server = subprocess.Popen([sys.executable, "-m", "esep", "serve", "--db", str(db), "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    times = {}
    try:
        url = f"http://127.0.0.1:{port}"
        for _ in range(100):
            try:
                urllib.request.urlopen(url + "/-/versions.json", timeout=1)
                break
            except OSError:
                time.sleep(0.2)
        opts = webdriver.ChromeOptions()
        opts.binary_location = "/usr/bin/chromium"
        for a in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars",
                  "--window-size=1280,1000", "--disable-background-networking"):
            opts.add_argument(a)
        driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=opts)
        try:
            for name, path, _ in todo:
                driver.get(url + path)
                for _ in range(50):
                    if driver.execute_script("return !document.getElementById('esep-chart') || "
                                             "document.getElementById('esep-chart').dataset.ready == '1'"):
                        break
                    time.sleep(0.1)
                times[path] = driver.execute_script(
                    "var t = performance.getEntriesByType('navigation')[0]; return t.loadEventEnd - t.startTime")
                if out_dir is None:
                    continue
                time.sleep(0.5)  # images of PDF pages
                h = driver.execute_script("return document.body.scrollHeight")
                driver.set_window_size(1280, min(h + 20, 2400))
                time.sleep(0.3)
                target = out_dir / f"site-{name}.png"
                driver.save_screenshot(str(target))
                driver.set_window_size(1280, 1000)
                try:
                    from PIL import Image

                    img = Image.open(target).convert("RGB").quantize(colors=256)
                    img.save(target, optimize=True)
                except ImportError:
                    pass
        finally:
            driver.quit()
    finally:
        server.terminate()
        server.wait(10)
    return times


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", required=True, type=Path)
    ap.add_argument("--out", default=Path(__file__).resolve().parent.parent / "docs", type=Path)
    ap.add_argument("--no-shots", action="store_true")
    args = ap.parse_args()
    todo = pages(args.db)
    server = server_times(args.db, [p for _, p, _ in todo])
    browser = browse(args.db, todo, None if args.no_shots else args.out)
    print("| page | shows | server ms | browser load ms |")
    print("|---|---|---:|---:|")
    for name, path, what in todo:
        print(f"| `site-{name}` | {what} | {server[path]:.0f} | {browser.get(path, float('nan')):.0f} |")


if __name__ == "__main__":
    main()
