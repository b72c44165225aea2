"""esep serve and esep compare over an ingested corpus: metadata, canned
queries, read-only behaviour, the chart page in a real headless Chromium."""

import asyncio
import json
import shutil
import sqlite3
import time
import urllib.request

import pytest

from conftest import CORPUS, SEED_STEM, db_digest, run_esep, served_in_browser


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    d = tmp_path_factory.mktemp("serve")
    folder = d / "reports"
    folder.mkdir()
    for ext in ("txt", "docx"):
        shutil.copy(CORPUS / f"{SEED_STEM}.{ext}", folder / f"{SEED_STEM}.{ext}")
    synthetic = CORPUS / "synthetic"
    if synthetic.is_dir():
        for f in sorted(synthetic.glob("*.txt")):
            shutil.copy(f, folder / f.name)
    path = d / "serve.db"
    r = run_esep("ingest", folder, "--db", path, "--workers", "0")
    assert r.returncode == 0, r.stderr
    return path


def get(ds, path):
    async def go():
        return await ds.client.get(path)
    return asyncio.run(go())


def test_metadata_describes_tables_and_canned_queries(db):
    from esep.plugins.site.serve import build_metadata

    meta = build_metadata(str(db))
    dbmeta = meta["databases"][db.stem]
    assert "metric" in dbmeta["tables"]["facts"]["facets"]
    assert {"metric_timeline", "event_types_by_year", "failed_checks", "conflicts", "unmatched_terms",
            "articles_per_newspaper"} <= set(dbmeta["queries"])
    for q in dbmeta["queries"].values():
        sql = q["sql"].lstrip().lower()
        assert sql.startswith("select") and "write" not in q


def test_canned_query_and_chart_page(db):
    from esep.plugins.site.serve import make_datasette

    ds = make_datasette(str(db))
    r = get(ds, f"/{db.stem}/metric_timeline.json?metric=fund.end&_shape=array")
    assert r.status_code == 200
    rows = r.json()
    conn = sqlite3.connect(db)
    expected = conn.execute("select period, value from timeline where metric='fund.end' and language is null "
                            "and category is null order by organization, period").fetchall()
    assert [(x["period"], x["value"]) for x in rows] == expected and expected
    page = get(ds, "/-/esep/chart?metric=fund.end")
    assert page.status_code == 200
    # one row per figure in the table under the chart, each linking to its evidence
    assert page.text.count('class="esep-evidence-link"') >= len(expected)
    labels = conn.execute("select label_kk, label_ru, label_en from metrics where id='fund.end'").fetchone()
    assert all(labels)


def test_served_database_refuses_writes_and_tricks(db):
    from esep.plugins.site.serve import make_datasette

    before = db_digest(db)
    ds = make_datasette(str(db))
    for sql in ("delete from facts", "drop table facts", "attach database '/tmp/x.db' as x",
                "update documents set path = 'x'", "pragma query_only=0"):
        r = get(ds, f"/{db.stem}.json?sql=" + urllib.request.quote(sql))
        assert r.status_code in (400, 403), (sql, r.status_code)
    for path in ("/../../etc/passwd", "/-/static/../../../../etc/passwd", f"/{db.stem}/facts.json?_where=1);drop table facts;--"):
        r = get(ds, path)
        assert r.status_code in (400, 404), path
        assert "root:" not in r.text
    assert db_digest(db) == before


def test_compare_fund_end(db, tmp_path):
    r = run_esep("compare", "--metric", "fund.end", "--db", db, "--json")
    assert r.returncode == 0, r.stderr
    rows = json.loads(r.stdout)
    assert rows and all(x["metric"] == "fund.end" for x in rows)
    periods = [x["period"] for x in rows]
    assert periods == sorted(periods, key=lambda p: (p[:4], p[5:] or "Z"))
    for prev, cur in zip(rows, rows[1:]):
        assert cur["change"] == pytest.approx(cur["value"] - prev["value"])
    chart = tmp_path / "fund.png"
    r = run_esep("compare", "--metric", "fund.end", "--db", db, "--csv", "--chart", chart)
    assert r.returncode == 0 and chart.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    r = run_esep("compare", "--db", db)
    assert r.returncode == 2 and "--metric" in r.stderr
    r = run_esep("compare", "--metric", "fund.end", "--from", "2018H1", "--db", db)
    assert r.returncode == 2 and "not a period" in r.stderr
    r = run_esep("compare", "--events", "--db", db, "--json")
    ev = json.loads(r.stdout)
    assert any(x["event_type"] == "action" for x in ev)


def test_browser_shows_fund_timeline(db):
    from selenium.webdriver.common.by import By

    with served_in_browser(db) as (driver, url):
        driver.get(url + "/-/esep/chart?metric=fund.end")
        conn = sqlite3.connect(db)
        expected = conn.execute("select period, value from timeline where metric='fund.end' "
                                "and language is null and category is null").fetchall()
        text = driver.find_element(By.TAG_NAME, "body").text
        for period, value in expected:
            assert (period in text or period.replace("-", " ") in text) and f"{value:g}" in text.replace("\u202f", "")
        chart = driver.find_element(By.ID, "esep-chart")
        for _ in range(50):
            if chart.get_attribute("data-ready"):
                break
            time.sleep(0.2)
        marks = driver.find_elements(By.CSS_SELECTOR, "#esep-chart svg g.mark-symbol.role-mark path")
        assert len(marks) == int(chart.get_attribute("data-points")) >= len(expected)
        box = driver.find_element(By.CSS_SELECTOR, "#esep-chart svg").rect
        assert box["width"] > 300 and box["height"] > 100
        driver.get(url + f"/{db.stem}/metric_timeline?metric=fund.end")
        assert expected[0][0] in driver.find_element(By.TAG_NAME, "body").text
