"""The archivist's site (esep serve): the overview, the metric page, the
evidence pages, conflicts and failed checks, over real reports of the corpus
(the seed as text and born-digital PDF, and synthetic reports of other
periods with planted conflicts); and in headless Chromium, a click from a
chart point to the highlighted source."""

import asyncio
import html as htmllib
import json
import re
import shutil
import sqlite3
import subprocess
import sys
import time
import urllib.request

import pytest

from conftest import CORPUS, SEED_STEM, db_digest, free_port, run_esep, served_in_browser

SYNTHETIC = ("synthetic_2016-H1_balkhash_ru.docx", "synthetic_2018-H2_balkhash_kk.docx",
             "synthetic_2019-H1_balkhash_kk.txt")


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    d = tmp_path_factory.mktemp("site")
    folder = d / "reports"
    folder.mkdir()
    for ext in ("txt", "pdf"):
        shutil.copy(CORPUS / f"{SEED_STEM}.{ext}", folder / f"{SEED_STEM}.{ext}")
    for name in SYNTHETIC:
        if (CORPUS / "synthetic" / name).exists():
            shutil.copy(CORPUS / "synthetic" / name, folder / name)
    path = d / "site.db"
    r = run_esep("ingest", folder, "--db", path, "--workers", "0")
    assert r.returncode == 0, r.stderr
    return path


@pytest.fixture(scope="module")
def ds(db, tmp_path_factory):
    from esep.plugins.site.serve import make_datasette

    return make_datasette(str(db), cache_dir=str(tmp_path_factory.mktemp("cache")))


@pytest.fixture(scope="module")
def conn(db):
    c = sqlite3.connect(db)
    c.row_factory = sqlite3.Row
    yield c
    c.close()


def get(ds, path):
    async def go():
        return await ds.client.get(path)
    return asyncio.run(go())


def visible_text(page: str) -> str:
    """What a reader sees: no tags, no attribute values, no scripts."""
    page = re.sub(r"<script.*?</script>", " ", page, flags=re.DOTALL)
    return htmllib.unescape(re.sub(r"<[^>]+>", " ", page))


def assert_readable(page: str, folder) -> None:
    text = visible_text(page)
    assert not re.search(r"\b[0-9a-f]{64}\b", text), "a 64-character id is shown"
    assert str(folder) not in text, "an absolute path is shown"
    assert not re.search(r"\d\.0\b(?!\d)", text), "a number printed with '.0'"


def test_overview_lists_libraries_periods_and_links_on(ds, db, conn):
    r = get(ds, "/")
    assert r.status_code == 200
    page = r.text
    assert_readable(page, db.parent)
    from esep.plugins.site.data import period_label

    # one row per library: some name of each organization (one key however reports spell it) is shown
    for key, names, period in conn.execute(
            "select coalesce(organization_id, organization), group_concat(distinct organization), "
            "group_concat(distinct period) from documents group by 1"):
        assert any(htmllib.escape(n, quote=False) in page for n in (names or "").split(",")), key
        for p in (period or "").split(","):
            assert period_label(p) in page
    for fmt, n in conn.execute("select format, count(*) from documents group by format"):
        assert page.count(f">{fmt}</a>") == n
    n_same = conn.execute("select count(*) from conflicts c join documents a on a.id = c.document_a "
                          "join documents b on b.id = c.document_b where a.organization = b.organization"
                          ).fetchone()[0]
    n_failed = conn.execute("select count(*) from checks where holds = 0").fetchone()[0]
    assert n_same and n_failed
    assert f"<strong>{n_same}</strong> conflicts between reports of one library" in page
    assert f"<strong>{n_failed}</strong> failed" in page
    for link in ("/-/esep/conflicts", "/-/esep/checks", "/-/esep/chart?metric=fund.end", f"/{db.stem}/facts"):
        assert f'href="{link}' in page
        assert get(ds, htmllib.unescape(link)).status_code == 200


def test_grid_columns_ordered_by_period_end(ds, conn):
    from esep.plugins.lang.periods import period_from_code
    from esep.plugins.site.data import period_label

    page = get(ds, "/").text
    grid = page[page.index('class="esep-grid"'):]
    heads = re.findall(r"<th>([^<]+)</th>", grid[:grid.index("</tr>")])[1:]
    periods = sorted({r[0] for r in conn.execute("select period from documents where period is not null")},
                     key=lambda p: (period_from_code(p).end, period_from_code(p).start))
    assert heads == [period_label(p) for p in periods]


def test_metadata_hides_internal_tables_and_describes_every_column(db, ds, conn):
    from esep.plugins.site.serve import build_metadata

    tables = build_metadata(str(db))["databases"][db.stem]["tables"]
    assert tables["_sqlite_migrations"] == {"hidden": True}
    for (name,) in conn.execute("select name from sqlite_master where type in ('table', 'view')"):
        if name.startswith("_"):
            continue
        meta = tables[name]
        assert meta.get("description"), name
        cols = [r[1] for r in conn.execute(f"pragma table_info([{name}])")]
        missing = [c for c in cols if not meta["columns"].get(c)]
        assert not missing, (name, missing)
    page = get(ds, f"/{db.stem}").text
    assert "_sqlite_migrations" not in visible_text(page).split("hidden")[0]


def chart_spec(page: str) -> dict:
    m = re.search(r"var spec = (\{.*?\});\n", page, re.DOTALL)
    assert m, "no Vega-Lite spec on the page"
    return json.loads(m.group(1))


def test_metric_page_places_points_by_date_with_labels_and_unit(ds, db, conn):
    from esep.plugins.lang.periods import period_from_code

    r = get(ds, "/-/esep/chart?metric=fund.end")
    assert r.status_code == 200
    page = r.text
    assert_readable(page, db.parent)
    m = conn.execute("select * from metrics where id = 'fund.end'").fetchone()
    for label in (m["label_kk"], m["label_ru"], m["label_en"]):
        assert htmllib.escape(label) in page
    assert "unit: <strong>copies</strong>" in page
    assert "/-/esep/static/vendor/vega-lite.min.js" in page and "https://cdn" not in page
    values = chart_spec(page)["data"]["values"]
    from esep.plugins.site.data import org_sql

    _, org_name, org_join = org_sql(conn)  # the library's name: one per organization key
    facts = conn.execute(f"select distinct {org_name} as organization, f.period, f.as_of, f.value from facts f "
                         f"join documents d on d.id = f.document_id {org_join} where f.metric = 'fund.end' "
                         "and f.language is null and f.category is null").fetchall()
    assert len(values) == len(facts) > 3
    for v in values:
        fact = next(f for f in facts if f["value"] == v["value"] and f["organization"] == v["library"])
        assert v["date"] == (fact["as_of"] or period_from_code(fact["period"]).end)
        assert not v["value_text"].endswith(".0")
        ev = get(ds, v["href"])
        assert ev.status_code == 200 and v["value_text"] in ev.text
    # a line per library: the libraries in the data are the libraries of the documents
    assert {v["library"] for v in values} <= {r[0] for r in conn.execute(
        f"select {org_name} from documents d {org_join}")}
    # the vendored files are served
    for f in ("vega.min.js", "vega-lite.min.js", "vega-embed.min.js"):
        assert get(ds, f"/-/esep/static/vendor/{f}").status_code == 200


def test_metric_page_filters_by_organization(ds, conn):
    from esep.plugins.site.data import org_sql

    key_sql, name_sql, join = org_sql(conn)
    key, name = conn.execute(f"select {key_sql}, {name_sql} from documents d {join} "
                             "where d.path like '%2016-H1%'").fetchone()
    page = get(ds, "/-/esep/chart?metric=fund.end&organization=" + urllib.request.quote(key)).text
    values = chart_spec(page)["data"]["values"]
    assert values and {v["library"] for v in values} == {name}


def test_flows_of_different_lengths_are_not_joined_and_plan_beside_actual(ds, conn):
    spec = chart_spec(get(ds, "/-/esep/chart?metric=events.actual").text)
    values = spec["data"]["values"]
    lines: dict[str, set] = {}
    for v in values:
        lines.setdefault(v["line"], set()).add((v["kind"], v["series"], v["library"]))
    assert all(len(kinds) == 1 for kinds in lines.values()), "one line joins different kinds of figure"
    plans = conn.execute("select distinct period, plan from event_stats where is_total = 1 and plan is not null"
                         ).fetchall()
    assert plans, "the corpus reports state a plan"
    got = {(v["date"], v["value"]) for v in values if v["series"] == "plan"}
    from esep.plugins.lang.periods import period_from_code
    assert {(period_from_code(p).end, float(x)) for p, x in plans} <= got
    # a flow is drawn from the start to the end of its period
    assert any(layer["mark"]["type"] == "rule" for layer in spec["layer"])


def test_evidence_of_a_text_figure_highlights_it_in_the_paragraph(ds, db, conn):
    f = conn.execute("select f.* from facts f join documents d on d.id = f.document_id where d.format = 'txt' "
                     "and f.source = 'text' and f.block_index is not null order by f.id limit 1").fetchone()
    page = get(ds, f"/-/esep/evidence/facts/{f['id']}").text
    assert_readable(page, db.parent)
    marked = re.findall(r'<mark class="esep-hl">([^<]*)</mark>', page)
    assert len(marked) == 1
    from esep.plugins.site.data import value_strings

    assert htmllib.unescape(marked[0]) in value_strings(f["value"])
    block = conn.execute("select text, paragraph from blocks where document_id = ? and idx = ?",
                         [f["document_id"], f["block_index"]]).fetchone()
    assert htmllib.unescape(visible_text(page)).count(htmllib.unescape(marked[0])) >= 1
    assert f"paragraph {block['paragraph'] + 1}" in page
    assert f"{SEED_STEM}.txt" in page


def test_evidence_of_a_table_figure_highlights_the_cell(ds, conn):
    f = conn.execute("select f.* from facts f join documents d on d.id = f.document_id where d.format = 'txt' "
                     "and f.source = 'table' order by f.id limit 1").fetchone()
    page = get(ds, f"/-/esep/evidence/facts/{f['id']}").text
    cell = conn.execute("select text from cells where document_id = ? and table_idx = ? and row = ? and col = ?",
                        [f["document_id"], f["table_index"], f["cell_row"], f["cell_col"]]).fetchone()[0]
    hl = re.findall(r'<td[^>]*class="esep-hl"[^>]*>([^<]*)</td>', page)
    assert [htmllib.unescape(x) for x in hl] == [cell]
    assert f"row {f['cell_row'] + 1}, column {f['cell_col'] + 1}" in page


def test_evidence_of_a_pdf_figure_shows_the_page_with_the_box(ds, conn, tmp_path):
    f = conn.execute("select f.* from facts f join documents d on d.id = f.document_id where d.format = 'pdf' "
                     "and f.source = 'table' and f.page is not null order by f.id limit 1").fetchone()
    page = get(ds, f"/-/esep/evidence/facts/{f['id']}").text
    src = re.search(r'<img src="([^"]+\.png)"', page).group(1)
    assert f"/{f['page']}.png" in src
    assert 'class="esep-box"' in page
    assert 'class="esep-word"' in page, "the figure's own box on a born-digital page"
    t = time.perf_counter()
    img = get(ds, src)
    first = time.perf_counter() - t
    assert img.status_code == 200 and img.content[:8] == b"\x89PNG\r\n\x1a\n"
    t = time.perf_counter()
    again = get(ds, src)
    print(f"page image: first {first * 1000:.0f} ms, cached {(time.perf_counter() - t) * 1000:.0f} ms")
    assert again.content == img.content
    bad = get(ds, src.replace(f"/{f['page']}.png", "/999.png"))
    assert bad.status_code == 404 and "pages" in bad.text


def test_evidence_of_checks_events_citations(ds, db, conn):
    for table, key in (("checks", "id"), ("events", "id"), ("citations", "rowid"), ("event_stats", "id")):
        row = conn.execute(f"select {key} as k, evidence from [{table}] where evidence is not null limit 1").fetchone()
        r = get(ds, f"/-/esep/evidence/{table}/{row['k']}")
        assert r.status_code == 200, table
        assert htmllib.escape(row["evidence"], quote=False) in r.text
        assert_readable(r.text, db.parent)
    assert get(ds, "/-/esep/evidence/facts/999999").status_code == 404
    assert get(ds, "/-/esep/evidence/documents/1").status_code == 404


def test_conflicts_and_failed_checks_read_as_sentences(ds, db, conn):
    from esep.plugins.site.data import fmt_number

    page = get(ds, "/-/esep/conflicts").text
    assert_readable(page, db.parent)
    rows = conn.execute("select * from conflicts").fetchall()
    assert rows
    for c in rows:
        assert fmt_number(c["value_a"]) in page and fmt_number(c["value_b"]) in page
        assert fmt_number(abs(c["value_a"] - c["value_b"])) in page
    link = htmllib.unescape(re.search(r'href="(/-/esep/conflict\?[^"]+)"', page).group(1))
    side = get(ds, link)
    assert side.status_code == 200
    assert side.text.count('class="esep-side"') == 2
    assert_readable(side.text, db.parent)
    checks = get(ds, "/-/esep/checks").text
    assert_readable(checks, db.parent)
    # the seed's event totals: stated 122, its rows add up to 113
    assert re.search(r">122</td>\s*<td class=\"num\">113</td>\s*<td class=\"num\">9</td>", checks)


def test_site_is_read_only(ds, db):
    before = db_digest(db)
    for path in ("/", "/-/esep/chart?metric=fund.end", "/-/esep/conflicts", "/-/esep/checks"):
        assert get(ds, path).status_code == 200
    r = get(ds, f"/{db.stem}.json?sql=" + urllib.request.quote("delete from facts"))
    assert r.status_code in (400, 403)
    assert db_digest(db) == before


def test_pages_render_quickly(ds, conn):
    """Prints each page's time (median of 5, after one warm-up); asserts
    nothing about time, which depends on the machine."""
    fid = conn.execute("select id from facts order by id limit 1").fetchone()[0]
    cid = conn.execute("select id from checks where holds = 0 limit 1").fetchone()[0]
    for path in ("/", "/-/esep/chart?metric=fund.end", "/-/esep/chart?metric=events.actual",
                 "/-/esep/conflicts", "/-/esep/checks", f"/-/esep/evidence/facts/{fid}",
                 f"/-/esep/evidence/checks/{cid}"):
        assert get(ds, path).status_code == 200
        times = []
        for _ in range(5):
            t = time.perf_counter()
            get(ds, path)
            times.append((time.perf_counter() - t) * 1000)
        print(f"{sorted(times)[2]:6.0f} ms  {path}")


def test_host_option_warns_there_is_no_login(db):
    from esep.plugins.site.serve import is_loopback

    assert is_loopback("127.0.0.1") and is_loopback("localhost") and is_loopback("::1")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.5")
    port = free_port()
    p = subprocess.Popen([sys.executable, "-m", "esep", "serve", "--db", str(db), "--host", "0.0.0.0",
                          "--port", str(port)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = p.stderr.readline()
    finally:
        p.terminate()
        p.wait(10)
    assert "no login" in line and f":{port}/" in line
    r = run_esep("serve", "--db", db.parent / "missing.db")
    assert r.returncode == 1 and "esep ingest" in r.stderr


def test_browser_click_from_chart_point_to_highlighted_source(db, conn):
    from selenium import webdriver
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as EC
    from selenium.webdriver.support.ui import WebDriverWait

    with served_in_browser(db) as (driver, url):
        driver.get(url + "/-/esep/chart?metric=fund.end")
        WebDriverWait(driver, 20).until(
            EC.presence_of_element_located((By.CSS_SELECTOR, "#esep-chart[data-ready]")))
        n = int(driver.find_element(By.ID, "esep-chart").get_attribute("data-points"))
        # the points layer of the Vega-Lite chart, drawn as SVG
        points = driver.find_elements(By.CSS_SELECTOR, "#esep-chart svg g.mark-symbol.role-mark path")
        assert len(points) == n
        box = driver.find_element(By.CSS_SELECTOR, "#esep-chart svg").rect
        assert box["width"] > 600 and box["height"] > 200
        # the points lie in date order from left to right
        dates = [v["date"] for v in chart_spec(driver.page_source)["data"]["values"]]
        xs = [p.rect["x"] + p.rect["width"] / 2 for p in points]
        for i in range(n):
            for j in range(n):
                if dates[i] < dates[j]:
                    assert xs[i] < xs[j], (dates[i], dates[j])
        target = points[len(points) // 2]
        webdriver.ActionChains(driver).move_to_element(target).click().perform()
        WebDriverWait(driver, 10).until(EC.url_contains("/-/esep/evidence/facts/"))
        fid = int(driver.current_url.rsplit("/", 1)[1])
        fact = conn.execute("select * from facts where id = ?", [fid]).fetchone()
        assert fact["metric"] == "fund.end"
        hl = driver.find_elements(By.CSS_SELECTOR, ".esep-hl")
        assert hl, "no highlighted source text"
        from esep.plugins.site.data import value_strings

        assert any(h.text.strip() in value_strings(fact["value"]) or
                   h.text.strip().replace(" ", "") in value_strings(fact["value"]) for h in hl)
        # and from the table of points under the chart
        driver.back()
        link = WebDriverWait(driver, 10).until(
            EC.element_to_be_clickable((By.CSS_SELECTOR, "a.esep-evidence-link")))
        link.click()
        WebDriverWait(driver, 10).until(EC.url_contains("/-/esep/evidence/"))
        assert driver.find_elements(By.CSS_SELECTOR, ".esep-hl")



def test_one_library_however_its_reports_spell_it(ds, conn):
    """A library is its organization key: reports that spell its name
    differently fall in one row of the overview and one line of a chart."""
    from esep.plugins.site.data import org_sql

    key, n_names = conn.execute("select organization_id, count(distinct organization) from documents "
                                "where organization_id is not null group by 1 order by 2 desc").fetchone()
    assert n_names > 1, "the reports spell the library's name in several ways"
    n_keys = conn.execute("select count(distinct organization_id) from documents").fetchone()[0]
    page = get(ds, "/").text
    grid = page[page.index('class="esep-grid"'):page.index("</table>", page.index('class="esep-grid"'))]
    assert grid.count('class="esep-lib"') == n_keys
    _, name_sql, join = org_sql(conn)
    name = conn.execute(f"select {name_sql} from documents d {join} where d.organization_id = ?", [key]).fetchone()[0]
    values = chart_spec(get(ds, "/-/esep/chart?metric=fund.end&organization=" + key).text)["data"]["values"]
    assert values and {v["library"] for v in values} == {name}


def test_event_type_page_plan_and_actual_from_the_events_tables(ds, conn):
    et, = conn.execute("select event_type from event_stats where is_total = 0 and plan is not null "
                       "and event_type is not null group by event_type order by count(*) desc").fetchone()
    spec = chart_spec(get(ds, "/-/esep/chart?event_type=" + urllib.request.quote(et)).text)
    values = spec["data"]["values"]
    want = conn.execute("select period, sum(actual), sum(plan), count(plan) from event_stats "
                        "where event_type = ? and is_total = 0 group by document_id, period", [et]).fetchall()
    got = {(v["period_label"].replace(" ", "-"), v["series"], v["value"]) for v in values}
    for period, actual, plan, n_plan in want:
        if actual is not None:
            assert (period, "actual", actual) in got
        if n_plan:
            assert (period, "plan", plan) in got
    for v in values[:3]:
        ev = get(ds, v["href"])
        assert ev.status_code == 200 and 'class="esep-hl"' in ev.text


def test_datasette_tables_link_figures_to_evidence_and_queries_show_file_names(ds, db, conn):
    page = get(ds, f"/{db.stem}/facts?_size=20").text
    links = re.findall(r'<a href="/-/esep/evidence/facts/(\d+)"[^>]*>([^<]*)</a>', page)
    assert links
    from esep.plugins.site.data import fmt_number

    values = {r["id"]: r["value"] for r in conn.execute("select id, value from facts")}
    assert any(htmllib.unescape(text) == fmt_number(values[int(i)]) for i, text in links)
    for query in ("conflicts", "failed_checks"):
        r = get(ds, f"/{db.stem}/{query}")
        assert r.status_code == 200
        assert_readable(r.text, db.parent)
        assert f"{SEED_STEM}." in r.text or "synthetic_" in r.text
