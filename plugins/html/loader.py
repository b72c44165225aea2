"""Reports saved as web pages: ``.htm``/``.html`` ("Веб-страница", Word's
HTML with ``<o:p>``, ``mso-`` styles and tables with ``rowspan``/``colspan``)
and ``.mht``/``.mhtml`` ("Веб-страница в одном файле", the same page with
its pictures in one MIME archive).

Offices keep reports in these forms: Word offers them in "Save as", and
archives and sites hold them.  The page is converted to ``.docx`` by
LibreOffice, as the legacy formats are (``legacy.loader.convert``, cached by
the sha256 of the file as ingested), and read by the ``.docx`` loader;
provenance points at the original file.  Of a MIME archive only the page
is converted (its pictures are left out), written out in UTF-8 with its
charset declared as such, whatever the archive's part declared.  A page
that declares no charset and is not UTF-8 is read in the Cyrillic code page
that fits it best and converted from UTF-8 (``documents.metadata``
``encoding`` names the code page).

A page of a site (a library's news "Итоги года" saved from the browser)
holds the report in one ``<article>`` (or ``<main>``, or the post an older
template marks with schema.org's ``itemtype="…/Article"``) among the site's
menus, sidebars of other news, visit counters and footer: only that
element is read (``documents.metadata`` ``web_page_part`` says so), as the
rest is the site's and not the report's; a page of several articles (a list
of news) or of none is read whole.

A Word page saved under another suffix (``Отчет.doc`` that is really HTML,
as Word's "Save as Web page" and many sites' exports leave it) is
recognised by Word's own marks in its head; a page of no word processor
under a suffix of another format (an error page saved as ``.pdf``) is
still reported, not read.
"""

from __future__ import annotations

import email
import email.policy
import re
import tempfile
from pathlib import Path

from esep import hookimpl
from esep.model import Document, sha256_file
from esep.plugins.legacy.loader import convert, load_converted
from esep.plugins.text.loader import detect_encoding
from esep.registry import Config, Loader
from lxml import etree

_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")
_HTML_START = re.compile(rb"\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(!doctype\s+html|html|head|meta|body)\b", re.I | re.S)
_WORD_MARKS = (b"urn:schemas-microsoft-com:office:word", b"content=Word.Document", b'content="Word.Document"')
_META_CHARSET = re.compile(r"(<meta\b[^>]*?charset\s*=\s*[\"']?)[\w.:-]+", re.I)


class NotAPage(ValueError):
    """A web archive without an HTML page in it."""


def _text_head(head: bytes) -> bytes:
    """The head as ASCII-compatible bytes (a UTF-16 page made narrow)."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return head.decode("utf-16", errors="ignore").encode("utf-8", errors="ignore")
    for bom in _BOMS:
        if head.startswith(bom):
            return head[len(bom):]
    return head


def sniff_html(head: bytes) -> bool:
    return bool(_HTML_START.match(_text_head(head)))


def sniff_mht(head: bytes) -> bool:
    """A MIME archive of a page: headers first, a ``multipart/related`` body."""
    text = _text_head(head)
    first = text.lstrip()[:200].lower()
    return (first.startswith((b"mime-version:", b"from:", b"content-type:", b"subject:", b"date:"))
            and b"multipart/related" in text.lower())


def sniff_word_page(head: bytes) -> bool:
    """A page Word saved, under whatever suffix: HTML or an archive with Word's marks."""
    text = _text_head(head)
    if not (sniff_html(head) or sniff_mht(head)):
        return False
    if sniff_mht(head):  # the archive's page is quoted-printable: '=3D' for '='
        text = text.replace(b"=3D", b"=").replace(b"=\r\n", b"").replace(b"=\n", b"")
    return any(m.lower() in text.lower() for m in _WORD_MARKS)


def page_of_archive(data: bytes) -> str:
    """The HTML page of a MIME web archive (the first ``text/html`` part), as text."""
    msg = email.message_from_bytes(data, policy=email.policy.compat32)
    for part in msg.walk():
        if part.get_content_type() == "text/html":
            raw = part.get_payload(decode=True) or b""
            charset = part.get_content_charset() or _declared_charset(raw) or "utf-8"
            try:
                return raw.decode(charset)
            except (LookupError, UnicodeDecodeError):
                return raw.decode("utf-8", errors="replace")
    raise NotAPage("the web archive holds no HTML page; open it in Word and save it as .docx")


def _declared_charset(raw: bytes) -> str | None:
    m = re.search(rb"charset\s*=\s*[\"']?([\w.:-]+)", raw[:4096], re.I)
    return m.group(1).decode("ascii") if m else None


def as_utf8_page(html: str) -> bytes:
    """The page in UTF-8, its ``<meta>`` charset saying so (one is added when none does)."""
    html, n = _META_CHARSET.subn(r"\g<1>utf-8", html)
    if not n:
        meta = '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        m = re.search(r"<head\b[^>]*>", html, re.I)
        html = html[:m.end()] + meta + html[m.end():] if m else meta + html
    return html.encode("utf-8")


#: what a page hides from its reader: CSS ``display: none`` (Excel's hidden and filtered rows and columns, a
#: template's spare rows) and Word's ``mso-hide: all`` (hidden text)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|mso-hide\s*:\s*all", re.I)


def visible_page(html: str) -> str:
    """The page without the elements its own style hides (:data:`_HIDDEN_STYLE`
    in their ``style``): no browser shows them and no printout has them, as
    the rows Excel keeps hidden or filtered out of a sheet saved as a web page
    (``<tr style='display:none'>``, often figures before a correction), yet
    a converter reads them as any other row.  The page as it is when it hides
    nothing."""
    if not _HIDDEN_STYLE.search(html):
        return html
    from lxml import html as lxml_html

    try:
        root = lxml_html.document_fromstring(html)
    except (ValueError, etree.ParserError):
        return html
    hidden = [el for el in root.iter() if isinstance(el.tag, str) and _HIDDEN_STYLE.search(el.get("style") or "")]
    if not hidden:
        return html
    for el in hidden:
        if el.getparent() is not None:
            el.drop_tree()
    return lxml_html.tostring(root, encoding="unicode", method="html")


def undeclared_charset(data: bytes) -> str | None:
    """The code page of a page that declares none (no BOM, no ``charset``
    in its head: a page a site or an editor stripped of its ``<meta>``)
    and is not UTF-8: the Cyrillic code page whose reading has most
    Russian and Kazakh letters, as for a text export
    (:func:`esep.plugins.text.loader.detect_encoding`).  None when the page
    says its charset, or is UTF-8."""
    if data.startswith(_BOMS) or _declared_charset(data):
        return None
    enc = detect_encoding(data)
    return None if enc.startswith("utf") else enc


#: least letters of an article for it to be read alone (a teaser or a caption is no report)
ARTICLE_MIN_LETTERS = 200
#: where a site's page keeps its post, in the order asked: HTML5's ``<article>`` and ``<main>``, then the
#: schema.org microdata older templates (Joomla's, WordPress themes') mark it with, the post with its
#: headline, else its body alone
_ARTICLE_PATHS = ("//article", "//main", "//*[@role='main']",
                  "//*[@itemscope][contains(@itemtype, 'schema.org/Article') or contains(@itemtype, 'schema.org/NewsArticle')]",
                  "//*[@itemprop='articleBody']")
#: parts of an article that are the site's, not the text's
_SITE_PARTS = ("nav", "aside", "script", "style", "noscript", "form", "iframe")


def site_article(html: str) -> str | None:
    """The page cut down to the one ``<article>`` of a site's page (else its
    one ``<main>`` or ``role="main"`` element, else the one post its
    schema.org microdata marks: ``itemtype`` Article, ``itemprop``
    articleBody), its navigation, sidebars and scripts left out; None when
    the page has several articles or none, the article is short, or the page
    is Word's."""
    import lxml.html

    try:
        root = lxml.html.document_fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return None
    if root.xpath("//meta[@name='ProgId' or @name='Generator'][contains(@content, 'Word')]"):
        return None
    parts = []
    for where in _ARTICLE_PATHS:
        parts = root.xpath(where)
        if parts:
            break
    if len(parts) != 1:
        return None
    part = parts[0]
    for el in part.xpath(".//" + " | .//".join(_SITE_PARTS)):
        el.drop_tree()
    if sum(ch.isalpha() for ch in part.text_content()) < ARTICLE_MIN_LETTERS:
        return None
    head = root.find("head")
    body = root.find("body")
    if body is None:
        return None
    for child in list(body):
        body.remove(child)
    body.text = None
    part.tail = None
    body.append(part)
    if head is not None:
        for el in head.xpath(".//script | .//style | .//link"):
            el.drop_tree()
    return lxml.html.tostring(root, encoding="unicode", doctype="<!DOCTYPE html>")


def load(path: Path, config: Config) -> Document:
    path = Path(path)
    data = path.read_bytes()
    digest = sha256_file(path)
    archive = sniff_mht(data[:8192])
    guessed = None if archive else undeclared_charset(data)
    article = None
    if not archive and not sniff_word_page(data[:8192]):
        charset = guessed or _declared_charset(data) or "utf-8"
        try:
            article = site_article(data.decode(charset, errors="replace"))
        except LookupError:
            article = None
    with tempfile.TemporaryDirectory(prefix="esep-page-") as td:
        page = Path(td) / "page.htm"  # LibreOffice opens it as a page whatever the original's suffix
        if archive:
            html = page_of_archive(data)
        elif article is not None:
            html = article
        elif guessed:  # LibreOffice would read the bytes in a code page of its own choosing
            html = data.decode(guessed, errors="replace")
        else:
            html = None
            if _HIDDEN_STYLE.search(data.decode("latin-1")):
                try:
                    html = data.decode(_declared_charset(data) or "utf-8")
                except (LookupError, UnicodeDecodeError):
                    html = None
        shown = visible_page(html) if html is not None else None
        page.write_bytes(as_utf8_page(shown) if shown is not None else data)
        # (a page read in a code page is cached apart from one LibreOffice read as it found it, and so is
        # a page whose hidden parts were taken out)
        key = f"{digest}-{guessed}" if guessed else digest
        key = f"{key}-shown" if shown is not None and shown != html else key
        converted = convert(page, config, f"{key}-article" if article is not None else key)
    fmt = path.suffix.lower().lstrip(".")
    if fmt not in ("htm", "html", "xhtml", "mht", "mhtml"):  # a page under another format's suffix
        fmt = "mht" if archive else "htm"
    doc = load_converted(path, converted, config, fmt)
    doc.metadata["web_page"] = "archive" if archive else "page"
    if guessed:
        doc.metadata["encoding"] = guessed
    if article is not None:
        doc.metadata["web_page_part"] = "article"
    return doc


# the folder Word writes beside a page it saves "as a web page" (header.htm,
# filelist.xml, images): "report_files" in English Word, "report.files" in
# Russian Word
WEB_PAGE_FOLDER_ENDINGS = ("_files", ".files")
WEB_PAGE_SUFFIXES = (".htm", ".html", ".mht", ".mhtml")


def web_page_of(path: Path) -> Path | None:
    """The web page saved beside the folder ``path`` lies in, when that folder
    is the one Word saves with a page (its header and footer, pictures and
    file list are parts of that page, not reports of their own); else None."""
    folder = path.parent
    for ending in WEB_PAGE_FOLDER_ENDINGS:
        if folder.name.lower().endswith(ending) and len(folder.name) > len(ending):
            stem = folder.name[: -len(ending)]
            for suffix in WEB_PAGE_SUFFIXES:
                for candidate in (folder.parent / (stem + suffix), folder.parent / (stem + suffix.upper())):
                    if candidate.is_file():
                        return candidate
    return None


@hookimpl
def register_loaders(register):
    register(Loader("html", "htm", (".htm", ".html", ".xhtml"), sniff_html, load,
                    describe="a web page (HTML)", part_of=web_page_of))
    register(Loader("mht", "mht", (".mht", ".mhtml"), sniff_mht, load,
                    describe="a web archive (MHT)"))
    # a page Word saved, under another suffix (an "Отчет.doc" that is really HTML)
    register(Loader("word-page", "htm", (), sniff_word_page, load, any_suffix=True,
                    describe="a web page saved by Word"))


@hookimpl
def handle_ingest_error(path, stage, exception, config):
    if isinstance(exception, NotAPage):
        return str(exception)
    return None
