"""Reports saved as web pages by a word processor: Word's "Веб-страница"
(.htm, its HTML with <o:p>, mso- styles and merged cells) and "Веб-страница
в одном файле" (.mht, the page and its pictures in one MIME archive), read
through LibreOffice as the legacy formats are.

Conversion tests need LibreOffice: skipped with a reason where it is
missing, failing in CI (``CI=true``)."""

from __future__ import annotations

import base64
import quopri
from pathlib import Path

import pytest

from esep.pipeline import Ingester, discover
from esep.plugins.html import loader as html_loader
from esep.registry import Config
from esep.storage import Store

from conftest import soffice_program


@pytest.fixture
def soffice():
    return soffice_program("the web page tests")


def word_page(charset: str) -> str:
    """A short report as Word writes it to a web page: a merged header over two years."""
    def td(text: str, span: str = "") -> str:
        return (f"<td {span}valign=top style='border:solid windowtext 1.0pt;mso-border-alt:solid windowtext .5pt'>"
                f"<p class=MsoNormal><span style='font-size:12.0pt'>{text}<o:p></o:p></span></p></td>")
    rows = ("<tr style='mso-yfti-irow:0'>" + td("Көрсеткіштер", "rowspan=2 ") + td("Жылдар", "colspan=2 ") + "</tr>"
            "<tr style='mso-yfti-irow:1'>" + td("2022") + td("2023") + "</tr>"
            "<tr style='mso-yfti-irow:2'>" + td("Оқырмандар саны") + td("6&nbsp;210") + td("6&nbsp;385") + "</tr>")
    return f"""<html xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv=Content-Type content="text/html; charset={charset}">
<meta name=ProgId content=Word.Document><meta name=Generator content="Microsoft Word 15">
<style><!-- p.MsoNormal {{mso-style-parent:""; margin:0cm; font-size:11.0pt;}} --></style></head>
<body lang=RU style='tab-interval:35.4pt'><div class=WordSection1>
<p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:14.0pt'>Ауылдық кітапхананың 2023 жылғы есебі<o:p></o:p></span></b></p>
<p class=MsoNormal style='text-indent:35.4pt'><span style='font-size:14.0pt'>Жыл ішінде 54&nbsp;іс-шара өткізілді.<o:p></o:p></span></p>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>{rows}</table>
<p class=MsoNormal><o:p>&nbsp;</o:p></p></div></body></html>
"""


def web_archive(html: str) -> bytes:
    """The page in a MIME archive as Word saves one: quoted-printable UTF-8, a picture beside it."""
    boundary = "----=_NextPart_01DA0000.11112222"
    png = base64.b64encode(b"\x89PNG\r\n\x1a\n" + b"\0" * 16).decode()
    parts = [
        "MIME-Version: 1.0", f'Content-Type: multipart/related; boundary="{boundary}"', "",
        "Данный документ является веб-страницей в одном файле.", "",
        f"--{boundary}", "Content-Location: file:///C:/X/report.htm", "Content-Transfer-Encoding: quoted-printable",
        'Content-Type: text/html; charset="utf-8"', "", quopri.encodestring(html.encode("utf-8")).decode("ascii"),
        f"--{boundary}", "Content-Location: file:///C:/X/report_files/image001.png",
        "Content-Transfer-Encoding: base64", "Content-Type: image/png", "", png, "", f"--{boundary}--", ""]
    return "\r\n".join(parts).encode("cp1251")  # the preamble in the code page of the system that saved it


# (Word writes a letter its page's code page lacks, as Kazakh ones in windows-1251, as "&#1179;")


def test_sniffers_tell_word_pages_from_other_html():
    page = word_page("windows-1251").encode("cp1251", "xmlcharrefreplace")
    assert html_loader.sniff_html(page[:8192]) and html_loader.sniff_word_page(page[:8192])
    assert html_loader.sniff_html(b"\xff\xfe" + "<html><body>x</body></html>".encode("utf-16-le"))
    assert html_loader.sniff_html(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html>\n<html><body>x</body></html>')
    assert not html_loader.sniff_html(b'<?xml version="1.0"?><w:document/>')
    archive = web_archive(word_page("utf-8"))
    assert html_loader.sniff_mht(archive[:8192]) and html_loader.sniff_word_page(archive[:8192])
    assert not html_loader.sniff_html(archive[:8192])
    # an error page is HTML but no page of Word's: under another format's name it is not taken for a report
    error_page = b"<!DOCTYPE html>\n<html><body>Not found</body></html>\n"
    assert html_loader.sniff_html(error_page) and not html_loader.sniff_word_page(error_page)
    assert not html_loader.sniff_mht(b"MIME-Version: 1.0\r\nContent-Type: text/plain\r\n\r\nhello")


def test_the_page_of_an_archive_is_its_html_part_in_utf8():
    html = word_page("utf-8")
    page = html_loader.page_of_archive(web_archive(html))
    assert "Оқырмандар саны" in page and "<o:p>" in page
    again = html_loader.as_utf8_page(word_page("windows-1251"))
    assert b"charset=utf-8" in again and "Оқырмандар".encode("utf-8") in again
    assert b"charset=utf-8" in html_loader.as_utf8_page("<html><head><title>t</title></head><body>б</body></html>")
    with pytest.raises(html_loader.NotAPage):
        html_loader.page_of_archive(b"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n"
                                    b"--b\r\nContent-Type: image/png\r\n\r\nxx\r\n--b--\r\n")


@pytest.mark.parametrize("name, data", [
    ("report.htm", lambda: word_page("windows-1251").encode("cp1251", "xmlcharrefreplace")),
    ("report.mht", lambda: web_archive(word_page("utf-8"))),
    # a page Word saved under the name of a Word 97-2003 file
    ("report.doc", lambda: word_page("utf-8").encode("utf-8")),
    # a page stripped of its charset line, its Kazakh in the Kazakh Windows code page
    ("stripped.htm", lambda: word_page("x").replace('<meta http-equiv=Content-Type content="text/html; charset=x">', "")
     .encode("kz1048")),
])
def test_a_web_page_report_is_read_with_its_table_and_facts(soffice, tmp_path, registry, name, data):
    src = tmp_path / name
    src.write_bytes(data())
    store = Store(tmp_path / "e.db", registry.migrations)
    config = Config(options={"cache_dir": str(tmp_path / "cache")})
    summary = Ingester(store, registry, config).run([src])
    assert summary.counts["ingested"] == 1, summary.outcomes
    fmt, = store.db.execute("select format from documents").fetchone()
    assert fmt == {"report.htm": "htm", "report.mht": "mht", "report.doc": "htm", "stripped.htm": "htm"}[name]
    blocks = [r["text"] for r in store.db.query("select text from blocks order by idx")]
    assert "Жыл ішінде 54\xa0іс-шара өткізілді." in blocks  # "&nbsp;" kept, as a .docx keeps it
    cells = {(r["row"], r["col"]): (r["text"], r["row_span"], r["col_span"])
             for r in store.db.query("select row, col, text, row_span, col_span from cells")}
    assert cells[(0, 0)] == ("Көрсеткіштер", 2, 1) and cells[(0, 1)] == ("Жылдар", 1, 2)
    assert cells[(2, 2)][0] == "6\xa0385"
    sources = {r["source"] for r in store.db.query("select source from blocks")}
    assert sources == {str(src)} or sources == {str(src.absolute())}
    facts = {(r["metric"], r["value"], r["period"]) for r in store.db.query("select metric, value, period from facts")}
    assert {("users.registered", 6210.0, "2022"), ("users.registered", 6385.0, "2023")} <= facts
    store.close()


def test_without_libreoffice_a_web_page_fails_with_what_to_install(tmp_path, registry):
    src = tmp_path / "report.htm"
    src.write_bytes(word_page("utf-8").encode("utf-8"))
    store = Store(tmp_path / "e.db", registry.migrations)
    config = Config(options={"soffice": str(tmp_path / "no-soffice"), "cache_dir": str(tmp_path / "cache")})
    summary = Ingester(store, registry, config).run([src])
    assert summary.counts["failed"] == 1
    (message,), = store.db.execute("select message from ingest_errors").fetchall()
    assert "libreoffice-writer-nogui" in message
    store.close()


@pytest.mark.parametrize("folder", ["report_files", "report.files"])
def test_the_folder_word_saves_beside_a_page_is_part_of_the_page(tmp_path, registry, folder):
    page = tmp_path / "report.htm"
    page.write_bytes(word_page("utf-8").encode("utf-8"))
    beside = tmp_path / folder
    beside.mkdir()
    (beside / "header.htm").write_text("<html><body><p>Отчёт за 2022 год</p></body></html>", encoding="utf-8")
    (beside / "filelist.xml").write_text("<xml/>", encoding="utf-8")
    # a folder of that name with no page beside it is an ordinary folder
    other = tmp_path / "notes_files"
    other.mkdir()
    (other / "minutes.htm").write_bytes(word_page("utf-8").encode("utf-8"))
    store = Store(tmp_path / "e.db", registry.migrations)
    config = Config(options={"soffice": str(tmp_path / "no-soffice"), "cache_dir": str(tmp_path / "cache")})
    summary = Ingester(store, registry, config).run(list(discover([tmp_path])))
    by_name = {Path(o.path).name: o for o in summary.outcomes}
    assert by_name["header.htm"].status == "skipped"
    assert "report.htm" in by_name["header.htm"].message
    # the page itself and the page in the ordinary folder are read (here: fail for want of LibreOffice)
    assert by_name["report.htm"].status == "failed" and by_name["minutes.htm"].status == "failed"
    store.close()


def site_news_page(articles: int = 1) -> str:
    """A library site's news post saved from the browser: a menu, the post in an <article>, a sidebar of
    other news with figures of their own, a visit counter and a footer."""
    post = """<article class="post"><h1>Жыл қорытындысы</h1>
<p>Ауылдық кітапхана 2023 жылы 1&nbsp;120 оқырманға қызмет көрсетті, оның ішінде 430 бала. Кітапханаға
келушілер саны 9&nbsp;870 болды, оқырмандарға 21&nbsp;540 дана кітап берілді. Жыл ішінде 96 іс-шара өткізілді.</p>
<p>Кітапхана қоры жыл соңында 12&nbsp;410 дана болды.</p>
<table><thead><tr><th>Көрсеткіш</th><th>2022</th><th>2023</th></tr></thead>
<tbody><tr><td>Оқырмандар</td><td>1 085</td><td>1 120</td></tr></tbody></table></article>"""
    return f"""<!DOCTYPE html><html lang="kk"><head><meta charset="utf-8"><title>Жыл қорытындысы</title>
<script>var counter = 1;</script></head><body>
<header><nav><a href="/">Басты бет</a> <a href="/filialdar/">Филиалдар (14)</a></nav></header>
<main>{post * articles}
<aside><h2>Соңғы жаңалықтар</h2><ul><li>Оқырмандар кітапханаға 310 кітап сыйлады</li>
<li>Байқауға 52 оқушы қатысты</li></ul><p>Бүгін: 214 келуші. Барлығы: 120 455 келуші</p></aside></main>
<footer><p>© 2024 Ауылдық кітапхана. Тел.: 8 (7172) 55-12-40</p></footer></body></html>"""


def test_only_the_article_of_a_sites_page_is_the_report():
    page = html_loader.site_article(site_news_page())
    assert page is not None and "Жыл қорытындысы" in page and "1&nbsp;120" in page.replace("\xa0", "&nbsp;")
    for site_text in ("Басты бет", "Филиалдар", "310 кітап", "52 оқушы", "120 455", "55-12-40", "counter"):
        assert site_text not in page
    assert html_loader.site_article(site_news_page(articles=2)) is None  # a list of news: read whole
    assert html_loader.site_article(word_page("utf-8")) is None
    assert html_loader.site_article("<html><body><article><p>Жаңалық</p></article></body></html>") is None


def test_a_sites_news_page_gives_the_facts_of_its_article_alone(soffice, tmp_path, registry):
    src = tmp_path / "itogi.html"
    src.write_text(site_news_page(), encoding="utf-8")
    store = Store(tmp_path / "e.db", registry.migrations)
    summary = Ingester(store, registry, Config(options={"cache_dir": str(tmp_path / "cache")})).run([src])
    assert summary.counts["ingested"] == 1, summary.outcomes
    values = {r["value"] for r in store.db.query("select value from facts")}
    assert {1120.0, 430.0, 9870.0, 21540.0, 96.0, 1085.0, 12410.0} <= values
    assert not values & {310.0, 52.0, 214.0, 120455.0, 14.0}
    assert len(list(store.db.query("select * from doc_tables"))) == 1
    store.close()


def older_template_page() -> str:
    """A site's post from an older template, laid out in a table: no <article>, no <main>, the post marked
    with schema.org microdata, a poll and a visit counter in the columns beside it."""
    return """<html><head><meta http-equiv="content-type" content="text/html; charset=windows-1251" />
<meta name="generator" content="Joomla! - Open Source Content Management" /><title>Итоги года</title></head>
<body><table><tr><td><h3>Опрос</h3><p>Как часто вы бываете в библиотеке? Раз в неделю – 64 голоса</p></td>
<td><div class="item-page" itemscope itemtype="https://schema.org/Article"><h2 itemprop="headline">Итоги 2023 года</h2>
<div itemprop="articleBody"><p>В 2023 году сельская библиотека обслужила 1&nbsp;240 читателей, из них 512 детей.
Число посещений составило 10&nbsp;380, выдано 25&nbsp;610 экземпляров книг и журналов. Проведено 88 мероприятий.</p>
<p>Фонд библиотеки на конец года составил 14&nbsp;205 экземпляров. Благодарим читателей и партнеров
библиотеки за поддержку в течение года.</p></div></div></td>
<td><h3>Счетчик</h3><p>Сегодня: 41. Всего посетителей сайта: 98 314</p></td></tr></table></body></html>"""


def test_the_post_an_older_template_marks_with_microdata_is_the_report(soffice, tmp_path, registry):
    page = html_loader.site_article(older_template_page())
    assert page is not None and "Итоги 2023 года" in page  # the post with its headline
    assert "64 голоса" not in page and "98 314" not in page
    src = tmp_path / "itogi.htm"
    src.write_bytes(older_template_page().encode("cp1251"))
    store = Store(tmp_path / "e.db", registry.migrations)
    summary = Ingester(store, registry, Config(options={"cache_dir": str(tmp_path / "cache")})).run([src])
    assert summary.counts["ingested"] == 1, summary.outcomes
    values = {r["value"] for r in store.db.query("select value from facts")}
    assert {1240.0, 512.0, 10380.0, 25610.0, 88.0, 14205.0} <= values
    assert not values & {64.0, 41.0, 98314.0}
    store.close()
