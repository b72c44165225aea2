"""Loader for Word ``.docx`` files (Office Open XML), through python-docx.

The body is walked in document order, paragraphs and tables interleaved,
descending into content controls.  Each paragraph becomes a Block:

* a **heading** when its style says so ("Heading N", "Заголовок N", "Title",
  an outline level on the paragraph or its style), or when it looks like one:
  a short paragraph all in bold or all in capitals with no final
  punctuation (``Block.style`` then says which cue, e.g. ``Normal+bold+caps``,
  and ``Block.confidence`` is below 1);
* a **list item** when it has Word numbering (``w:numPr``; its number is
  computed from the numbering definitions, counting per list and level and
  honouring restarts) or starts with a typed number ("1. ", "2) ");
* a **paragraph** otherwise.  Empty paragraphs are skipped.

Paragraphs that are the rows of a table typed rather than drawn (lined up
with tab stops, or with spaces in a fixed-width font) become a Table in
their place (:mod:`esep.plugins.docx.typed`); the lines of a table of
contents Word built (:func:`contents_line`) stay paragraphs.

Tables keep Word's grid: ``gridBefore`` shifts a row, ``gridSpan`` gives
``col_span``, and a vertically merged ("continue") cell is not a Cell of its
own but extends the ``row_span`` of the cell above.  Grid columns under a
millimetre wide (cell edges a hair apart in different rows) are taken out.  A table nested in a cell
becomes a Table of its own, placed right after its parent -- except one that is the whole content of a
merged cell and has as many columns as the cell spans: its rows become rows of the outer table there
(:func:`splice_nested`).

Provenance: ``paragraph`` is the index of the paragraph among the body's
paragraphs (empty ones included), ``table`` the index of the table;
``char_start``/``char_end`` are offsets into the document's plain text as
Word's "save as text" lays it out (every body and cell paragraph followed by
a newline, in document order); ``page`` is known only when Word saved its
page layout (``w:lastRenderedPageBreak``).

Damaged files raise a :class:`DocxError` whose one-line ``advice`` the
``handle_ingest_error`` hook returns.  No DTD is accepted in any XML part (a
.docx never has one), so no entity can be expanded or fetched.
"""

from __future__ import annotations

import copy
import io
import logging
import re
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from esep import hookimpl
from esep.model import Block, Cell, Document, Provenance, Table
from esep.plugins.headings import contents_lines, is_contents_title
from esep.plugins.legacy.loader import encrypted_package
from esep.plugins.docx.typed import TypedRow, fixed_fonts, is_fixed, tab_stops, typed_tables
from esep.registry import Config, Loader
from lxml import etree

log = logging.getLogger(__name__)

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
P, TBL, TR, TC, R = W + "p", W + "tbl", W + "tr", W + "tc", W + "r"
PPR, RPR, TCPR, TRPR = W + "pPr", W + "rPr", W + "tcPr", W + "trPr"
#: elements whose children are read as if they stood in their place
_BLOCK_WRAPPERS = {W + "sdt", W + "sdtContent", W + "customXml", W + "ins", W + "moveTo"}
_RUN_WRAPPERS = _BLOCK_WRAPPERS | {W + "hyperlink", W + "smartTag", W + "fldSimple", W + "dir", W + "bdo"}

MAIN_PART = "word/document.xml"
_TYPED_NUMBER = re.compile(r"^\s*(\d{1,3})[.)]\s+(?=\S)")
_FINAL_PUNCT = ".,;:!?"
_HEADING_MAX_WORDS = 20
_HEADING_MAX_CHARS = 250


# -- errors -------------------------------------------------------------------


class DocxError(ValueError):
    """A .docx esep cannot read.  ``advice`` is a one-line message for people."""

    summary = "not a readable .docx"
    hint = "open it in Word and save it again as .docx"
    show_detail = False  # whether ``advice`` names the detail (a part, a size)

    def __init__(self, detail: str = ""):
        self.detail = " ".join(str(detail).split())[:200]
        super().__init__(f"{self.summary}: {self.detail}" if self.detail else self.summary)

    @property
    def advice(self) -> str:
        more = f": {self.detail}" if self.show_detail and self.detail else ""
        return f"{self.summary}{more}; {self.hint}"


class NotZip(DocxError):
    summary = "not a valid .docx (the file is not a zip package)"
    hint = "if it is an old Word 97-2003 file, give it the .doc suffix; otherwise open it in Word and save it as .docx"
    show_detail = True


class DamagedZip(DocxError):
    summary = "not a valid .docx (the zip is truncated or damaged)"
    hint = "open and re-save it in Word, or copy it again from where it came from"


class NotWordPackage(DocxError):
    summary = "not a Word document (the package has no word/document.xml)"
    hint = "give the file its real suffix, or save it from Word as .docx"
    show_detail = True


class NotPlainDocx(DocxError):
    summary = "not a plain .docx (its main part is of a kind Word documents do not have)"
    hint = "save it from Word as a plain Word Document (.docx)"
    show_detail = True


class InvalidXml(DocxError):
    summary = "a damaged .docx (its XML is not well-formed)"
    hint = "open it in Word, let Word repair it, and save it again"
    show_detail = True


class UnsafeXml(DocxError):
    summary = "refused: the .docx has a DTD or entity declarations, which Word never writes"
    hint = "the file may be crafted; if you trust it, open it in Word and save a clean copy"
    show_detail = True


class TooLarge(DocxError):
    summary = "refused: the .docx unpacks to more XML than allowed"
    hint = "raise the limit with --set docx_max_xml_mb=N if the file is genuine"
    show_detail = True


# -- sniffing and package checks ------------------------------------------------


def looks_like_docx(head: bytes) -> bool:
    """Sniff: a zip whose first member names look like a Word package."""
    if not head.startswith(b"PK\x03\x04"):
        return False
    if b"mimetypeapplication/vnd.oasis" in head[:128]:
        return False  # an OpenDocument file
    if b"word/" in head:
        return True
    if b"xl/" in head or b"ppt/" in head:
        return False
    return b"[Content_Types].xml" in head or b"_rels/.rels" in head


_ROOT_START = re.compile(r"<(?![?!])")


def _check_prolog(name: str, data: bytes) -> None:
    """Refuse an XML part whose prolog declares a DTD or entities."""
    text = data.decode("utf-16" if data.startswith((b"\xff\xfe", b"\xfe\xff")) else "utf-8", errors="replace")
    m = _ROOT_START.search(text)
    prolog = text[: m.start()] if m else text
    if "<!DOCTYPE" in prolog or "<!ENTITY" in prolog:
        raise UnsafeXml(name)
    if m is None and len(data) >= 65536:
        raise UnsafeXml(f"{name} has no root element in its first 64 KiB")


def check_package(path: Path, config: Config | None = None) -> dict[str, int | str | None]:
    """Open ``path`` as a zip and check it is a safe Word package.

    Returns what later steps need from the raw package (``pages`` from
    ``docProps/app.xml``, the ``application`` that wrote it)."""
    limit_mb = float((config.get("docx_max_xml_mb", 256) if config else 256))
    try:
        zf = zipfile.ZipFile(path)
    except zipfile.BadZipFile as e:
        with open(path, "rb") as f:
            magic = f.read(4)
        if magic == b"PK\x03\x04":
            raise DamagedZip(str(e)) from e
        if magic == b"\xd0\xcf\x11\xe0":
            raise NotZip("it is an OLE file: an old .doc, or a password-protected .docx") from e
        raise NotZip() from e
    with zf:
        names = set(zf.namelist())
        if main_part(zf) not in names:
            kind = ("it looks like an Excel workbook" if any(n.startswith("xl/") for n in names)
                    else "it looks like a PowerPoint file" if any(n.startswith("ppt/") for n in names)
                    else f"{len(names)} members, none of them Word's")
            raise NotWordPackage(kind)
        xml_members = [i for i in zf.infolist() if i.filename.endswith((".xml", ".rels"))]
        total = sum(i.file_size for i in xml_members)
        if total > limit_mb * 1024 * 1024:
            raise TooLarge(f"{total / 1048576:.0f} MB of XML, limit {limit_mb:.0f} MB")
        info: dict[str, int | str | None] = {"pages": None, "application": None}
        try:
            for i in xml_members:
                with zf.open(i) as f:
                    _check_prolog(i.filename, f.read(65536))
            if "docProps/app.xml" in names:
                app = _parse(zf.read("docProps/app.xml"))
                ns = "{http://schemas.openxmlformats.org/officeDocument/2006/extended-properties}"
                pages = app.findtext(ns + "Pages")
                info["pages"] = int(pages) if pages and pages.strip().isdigit() else None
                info["application"] = (app.findtext(ns + "Application") or "").strip() or None
        except (zipfile.BadZipFile, zlib.error, EOFError) as e:
            raise DamagedZip(str(e)) from e
        except etree.XMLSyntaxError:
            pass  # app.xml is optional; a damaged main part is reported by load
    return info


_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


def _parse(data: bytes):
    return etree.fromstring(data, parser=_PARSER)


_R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_PACKAGE_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}"


def main_part(zf: zipfile.ZipFile) -> str:
    """The name of the package's main part, as its relationships
    (``_rels/.rels``) name it: ``word/document.xml`` as Word writes it,
    ``word/document2.xml`` in a file Word for the web or a converter saved;
    ``word/document.xml`` when the relationships do not say."""
    try:
        rels = _parse(zf.read("_rels/.rels"))
    except (KeyError, etree.XMLSyntaxError, zipfile.BadZipFile, zlib.error, EOFError):
        return MAIN_PART
    for rel in rels.iter(_PACKAGE_RELS + "Relationship"):
        if (rel.get("Type") or "").endswith("/officeDocument") and rel.get("TargetMode") != "External":
            return (rel.get("Target") or "").lstrip("/") or MAIN_PART
    return MAIN_PART


#: the main parts of Word's other kinds of document: a macro-enabled document (.docm), a template (.dotx,
#: .dotm); the same WordprocessingML as a .docx (macros are never run, only the text is read)
_WORD_KINDS = (b"application/vnd.ms-word.document.macroEnabled.main+xml",
               b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
               b"application/vnd.ms-word.template.macroEnabledTemplate.main+xml")
_DOCX_MAIN = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
#: the namespaces of Strict Open XML (Word's "Strict Open XML Document") and their Transitional names
_STRICT_NS = re.compile(rb"http://purl\.oclc\.org/ooxml/(\w+)/(\w+)")
_STRICT_NAMES = {b"extendedProperties": b"extended-properties", b"customProperties": b"custom-properties"}


def _transitional(m: re.Match) -> bytes:
    return b"http://schemas.openxmlformats.org/%s/2006/%s" % (m.group(1), _STRICT_NAMES.get(m.group(2), m.group(2)))


def word_package(path: Path):
    """The package to read: ``path`` itself, or a copy in memory when the
    file is one of Word's other kinds of the same document (a macro-enabled
    document, a template: its main part's content type made a document's)
    or a document saved as Strict Open XML (its namespaces, which no reader
    of .docx knows, given their Transitional names: the markup is the same)."""
    try:
        with zipfile.ZipFile(path) as zf:
            types = zf.read("[Content_Types].xml")
            strict = b"purl.oclc.org/ooxml/" in zf.read("_rels/.rels")
            if not strict and not any(kind in types for kind in _WORD_KINDS):
                return path
            out = io.BytesIO()
            with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy_:
                for item in zf.infolist():
                    data = zf.read(item.filename)
                    if item.filename == "[Content_Types].xml":
                        for kind in _WORD_KINDS:
                            data = data.replace(kind, _DOCX_MAIN)
                    if strict and item.filename.endswith((".xml", ".rels")):
                        data = _STRICT_NS.sub(_transitional, data)
                    copy_.writestr(item, data)
    except (KeyError, zipfile.BadZipFile, zlib.error, EOFError):
        return path  # reported as it is by the checks and the reader
    out.seek(0)
    return out


def _find_bad_part(path: Path) -> str:
    """The name and error of the first XML part that does not parse."""
    with zipfile.ZipFile(path) as zf:
        for name in zf.namelist():
            if name.endswith((".xml", ".rels")):
                try:
                    _parse(zf.read(name))
                except etree.XMLSyntaxError as e:
                    return f"{name}: {re.sub(r' [(]<string>, line [0-9]+[)]$', '', str(e))}"
    return "unknown part"


def _open_with_python_docx(path):
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        return docx.Document(path if isinstance(path, io.BytesIO) else str(path))
    except (zipfile.BadZipFile, zlib.error, EOFError, PackageNotFoundError) as e:
        raise DamagedZip(str(e)) from e
    except etree.XMLSyntaxError as e:
        raise InvalidXml(_find_bad_part(path)) from e
    except KeyError as e:  # a relationship points at a missing part
        raise DamagedZip(f"missing part {e}") from e
    except ValueError as e:  # "not a Word file, content type is ..."
        raise NotPlainDocx(str(e).rsplit(",", 1)[-1].strip()) from e


# -- styles ---------------------------------------------------------------------


def on_off(el) -> bool | None:
    """The value of an on/off property element (``<w:b/>``, ``<w:b w:val="0"/>``)."""
    if el is None:
        return None
    return el.get(W + "val", "true").lower() not in ("0", "false", "off", "none")


_HEADING_NAME = re.compile(
    r"^(?:heading|заголовок|тақырып|тақырыбы|überschrift|titre|título)\s*(\d)$", re.I)
_TITLE_NAMES = {"title", "название", "заголовок", "тақырып", "атауы", "titel", "titre"}
_SUBTITLE_NAMES = {"subtitle", "подзаголовок", "тақырыпша"}


def _display_name(raw: str) -> str:
    """Word stores built-in style names in lower case ("heading 1")."""
    return raw[:1].upper() + raw[1:] if raw.isascii() and raw.islower() else raw


class StyleMap:
    """The styles part, read once: names, inheritance and the few properties
    the loader looks at (outline level, bold, caps, numbering)."""

    def __init__(self, styles_el):
        self.by_id: dict[str, object] = {}
        self.default_paragraph: str | None = None
        self.defaults_rpr = None
        if styles_el is None:
            return
        for s in styles_el.findall(W + "style"):
            sid = s.get(W + "styleId")
            if sid is None:
                continue
            self.by_id[sid] = s
            if s.get(W + "type", "paragraph") == "paragraph" and s.get(W + "default") in ("1", "true", "on"):
                self.default_paragraph = sid
        self.defaults_rpr = styles_el.find(f"{W}docDefaults/{W}rPrDefault/{RPR}")

    def chain(self, sid: str | None) -> tuple:
        """The style and the styles it is based on, nearest first (found once
        per style: every paragraph and run asks)."""
        chains = self.__dict__.setdefault("_chains", {})
        got = chains.get(sid)
        if got is None:
            got = chains[sid] = tuple(self._chain(sid))
        return got

    def _chain(self, sid: str | None):
        seen = set()
        while sid and sid not in seen and sid in self.by_id and len(seen) < 32:
            seen.add(sid)
            s = self.by_id[sid]
            yield s
            based = s.find(W + "basedOn")
            sid = based.get(W + "val") if based is not None else None

    def paragraph_style_id(self, p) -> str | None:
        ps = p.find(f"{PPR}/{W}pStyle")
        sid = ps.get(W + "val") if ps is not None else None
        return sid if sid in self.by_id else self.default_paragraph

    def name(self, sid: str | None) -> str | None:
        """The style's name as Word shows it ("Heading 2", "Normal")."""
        n = self.by_id[sid].find(W + "name") if sid in self.by_id else None
        raw = n.get(W + "val") if n is not None else sid
        return _display_name(raw) if raw else None

    def heading_level(self, p, sid: str | None) -> int | None:
        """The heading level of a paragraph from its style or outline level."""
        direct = p.find(f"{PPR}/{W}outlineLvl")
        if direct is not None:
            lvl = _int_val(direct, 9)
            return lvl + 1 if 0 <= lvl <= 8 else None
        for s in self.chain(sid):
            n = s.find(W + "name")
            name = (n.get(W + "val") if n is not None else "").strip().lower()
            m = _HEADING_NAME.match(name)
            if m:
                return max(1, int(m.group(1)))
            if name in _TITLE_NAMES:
                return 1
            if name in _SUBTITLE_NAMES:
                return 2
            ol = s.find(f"{PPR}/{W}outlineLvl")
            if ol is not None:
                lvl = _int_val(ol, 9)
                return lvl + 1 if 0 <= lvl <= 8 else None
        return None

    def run_flag(self, r, tag: str, p_style: str | None) -> bool:
        """Whether a run property (``b``, ``caps``) is on for a run, from
        direct formatting, its character style, the paragraph style or the
        document defaults."""
        rpr = r.find(RPR)
        if rpr is not None:
            v = on_off(rpr.find(W + tag))
            if v is not None:
                return v
            rs = rpr.find(W + "rStyle")
            if rs is not None:
                for s in self.chain(rs.get(W + "val")):
                    v = on_off(s.find(f"{RPR}/{W}{tag}"))
                    if v is not None:
                        return v
        for s in self.chain(p_style):
            v = on_off(s.find(f"{RPR}/{W}{tag}"))
            if v is not None:
                return v
        if self.defaults_rpr is not None:
            return bool(on_off(self.defaults_rpr.find(W + tag)))
        return False

    def run_font(self, r, p_style: str | None) -> str | None:
        """The font a run's Cyrillic and Latin text is set in (``w:hAnsi``,
        else ``w:ascii``), from direct formatting, its character style, the
        paragraph style or the document defaults; None for a theme font."""
        sources = []
        rpr = r.find(RPR)
        if rpr is not None:
            sources.append(rpr)
            rs = rpr.find(W + "rStyle")
            if rs is not None:
                sources += [s.find(RPR) for s in self.chain(rs.get(W + "val"))]
        sources += [s.find(RPR) for s in self.chain(p_style)]
        sources.append(self.defaults_rpr)
        for src in sources:
            fonts = src.find(W + "rFonts") if src is not None else None
            if fonts is None:
                continue
            name = fonts.get(W + "hAnsi") or fonts.get(W + "ascii")
            if name:
                return name
            if fonts.get(W + "hAnsiTheme") or fonts.get(W + "asciiTheme"):
                return None
        return None

    def paragraph_prop(self, p, tag: str) -> str | None:
        """The ``w:val`` of a paragraph property, direct or from the style."""
        for ppr in [p.find(PPR)] + [s.find(PPR) for s in self.chain(self.paragraph_style_id(p))]:
            el = ppr.find(W + tag) if ppr is not None else None
            if el is not None:
                return el.get(W + "val")
        return None

    def numbering_of(self, sid: str | None) -> tuple[int | None, int | None]:
        """(numId, ilvl) a paragraph style gives its paragraphs."""
        for s in self.chain(sid):
            npr = s.find(f"{PPR}/{W}numPr")
            if npr is not None:
                num = npr.find(W + "numId")
                lvl = npr.find(W + "ilvl")
                return (_int_val(num, 0) if num is not None else None,
                        _int_val(lvl, 0) if lvl is not None else None)
        return None, None


# -- numbering --------------------------------------------------------------------


_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
          (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))
_LATIN = "abcdefghijklmnopqrstuvwxyz"
_RUSSIAN = "абвгдежзиклмнопрстуфхцчшщэюя"


def _roman(n: int) -> str:
    out = []
    for value, letters in _ROMAN:
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


def format_number(n: int, fmt: str) -> str:
    """A counter value in a Word number format (``decimal``, ``lowerLetter`` ...)."""
    if fmt in ("none", "bullet"):
        return ""
    if n <= 0:
        return str(n)
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt in ("lowerRoman", "upperRoman"):
        r = _roman(n)
        return r.upper() if fmt == "upperRoman" else r
    for name, alphabet in (("Letter", _LATIN), ("russian", _RUSSIAN)):
        if fmt in (f"lower{name}", f"upper{name}", f"{name}Lower", f"{name}Upper"):
            ch = alphabet[(n - 1) % len(alphabet)] * ((n - 1) // len(alphabet) + 1)
            return ch.upper() if "upper" in fmt.lower() else ch
    return str(n)


@dataclass
class _Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."
    restart: int | None = None  # lvlRestart: 0 = never
    legal: bool = False
    style: str | None = None


def _read_level(lvl) -> _Level:
    def val(tag):
        el = lvl.find(W + tag)
        return el.get(W + "val") if el is not None else None

    restart = val("lvlRestart")
    return _Level(
        start=_int_val(lvl.find(W + "start"), 1), fmt=val("numFmt") or "decimal",
        text=val("lvlText") or "", restart=_int_val(lvl.find(W + "lvlRestart"), 0) if restart else None,
        legal=bool(on_off(lvl.find(W + "isLgl"))), style=val("pStyle"))


class Numbering:
    """Word's list numbering, replayed in document order.

    Counters are kept per abstract list definition and level, as Word keeps
    them; a numbering instance with a ``startOverride`` restarts its level
    the first time it is used, and using a level resets the deeper ones."""

    def __init__(self, numbering_el):
        self.abstracts: dict[int, dict[int, _Level]] = {}
        self.style_link: dict[int, str] = {}
        self.nums: dict[int, tuple[int, dict[int, int], dict[int, _Level]]] = {}
        self.counters: dict[int, dict[int, int]] = {}
        self.started: set[tuple[int, int]] = set()
        if numbering_el is None:
            return
        for a in numbering_el.findall(W + "abstractNum"):
            aid = _int_val(a, None, "abstractNumId")
            if aid is None:
                continue
            self.abstracts[aid] = {_int_val(lv, 0, "ilvl"): _read_level(lv) for lv in a.findall(W + "lvl")}
            link = a.find(W + "numStyleLink")
            if link is not None:
                self.style_link[aid] = link.get(W + "val")
        for n in numbering_el.findall(W + "num"):
            nid = _int_val(n, None, "numId")
            ref = n.find(W + "abstractNumId")
            if nid is None or ref is None:
                continue
            starts, levels = {}, {}
            for o in n.findall(W + "lvlOverride"):
                ilvl = _int_val(o, 0, "ilvl")
                so = o.find(W + "startOverride")
                if so is not None:
                    starts[ilvl] = _int_val(so, 1)
                lv = o.find(W + "lvl")
                if lv is not None:
                    levels[ilvl] = _read_level(lv)
            self.nums[nid] = (_int_val(ref, 0), starts, levels)

    def _abstract_of(self, num_id: int, styles: StyleMap) -> int | None:
        if num_id not in self.nums:
            return None
        aid = self.nums[num_id][0]
        if aid in self.style_link:  # a list style: follow it to its definition
            linked, _ = styles.numbering_of(self.style_link[aid])
            if linked and linked in self.nums and linked != num_id:
                aid = self.nums[linked][0]
        return aid if aid in self.abstracts else None

    def number_of(self, p, p_style: str | None, styles: StyleMap) -> tuple[str, bool] | None:
        """The rendered number of a paragraph (``("3.", False)``; bullets give
        ``("", True)``), or None when it is not a numbered paragraph.  Call it
        for every paragraph in document order: it advances the counters."""
        npr = p.find(f"{PPR}/{W}numPr")
        num_id = ilvl = None
        if npr is not None:
            n, lv = npr.find(W + "numId"), npr.find(W + "ilvl")
            num_id = _int_val(n, 0) if n is not None else None
            ilvl = _int_val(lv, 0) if lv is not None else None
        if num_id is None:
            s_num, s_lvl = styles.numbering_of(p_style)
            num_id = s_num
            if ilvl is None:
                ilvl = s_lvl
        if not num_id:
            return None  # numId 0 removes numbering
        aid = self._abstract_of(num_id, styles)
        if aid is None:
            return None
        levels = dict(self.abstracts[aid])
        levels.update(self.nums[num_id][2])
        if ilvl is None:
            ilvl = next((k for k, lv in levels.items() if lv.style and lv.style == p_style), 0)
        level = levels.get(ilvl, _Level())
        counters = self.counters.setdefault(aid, {})
        starts = self.nums[num_id][1]
        if ilvl in starts and (num_id, ilvl) not in self.started:
            self.started.add((num_id, ilvl))
            counters[ilvl] = starts[ilvl] - 1
        elif ilvl not in counters:
            counters[ilvl] = level.start - 1
        counters[ilvl] += 1
        for k in [k for k in counters if k > ilvl]:
            deeper = levels.get(k, _Level())
            limit = k if deeper.restart is None else deeper.restart
            if ilvl < limit:
                del counters[k]
        if level.fmt == "bullet":
            return "", True

        def sub(m: re.Match) -> str:
            k = int(m.group(1)) - 1
            lv = levels.get(k, _Level())
            value = counters.get(k, lv.start)
            return format_number(value, "decimal" if level.legal else lv.fmt)

        return re.sub(r"%([1-9])", sub, level.text), False


# -- text of paragraphs -----------------------------------------------------------


@dataclass
class _Para:
    """What the walker needs from one w:p."""

    text: str
    page_breaks_before_text: int = 0  # rendered page breaks before the first visible char
    page_breaks_after_text: int = 0
    visible_runs: list = field(default_factory=list)  # w:r elements with visible text


def placeholder(el) -> bool:
    """A content control still showing its placeholder (``w:showingPlcHdr``):
    the text is Word's prompt to the person filling the form ("Щёлкните
    или коснитесь здесь, чтобы ввести текст", "Мәтінді енгізу үшін осы
    жерді басыңыз"), not the report's; it is not read."""
    return el.tag == W + "sdt" and el.find(f"{W}sdtPr/{W}showingPlcHdr") is not None


def hidden(r) -> bool:
    """A run set as hidden text (``w:vanish``, Word's Font > Hidden): it
    is neither printed nor shown, and a form keeps in it its filling
    instructions and sample figures ("Толтыру үлгісі: Оқырмандар саны –
    10 000"); it is not the report's text and is not read."""
    return bool(on_off(r.find(f"{RPR}/{W}vanish")))


def _runs(el):
    for child in el:
        tag = child.tag
        if tag == R:
            if not hidden(child):
                yield child
        elif tag in _RUN_WRAPPERS and not placeholder(child):
            yield from _runs(child)


_TEXT_OF = {W + "tab": "\t", W + "ptab": "\t", W + "br": "\n", W + "cr": "\n", W + "noBreakHyphen": "-"}


def _sym(el) -> str:
    """A w:sym character; symbol-font (private use) code points mean nothing as text."""
    try:
        code = int(el.get(W + "char") or "", 16)
    except ValueError:
        return ""
    return chr(code) if code < 0x110000 and not 0xE000 <= code <= 0xF8FF else ""


def paragraph_text(p) -> _Para:
    out: list[str] = []
    para = _Para("")
    seen_text = False
    for r in _runs(p):
        run_has_text = False
        for c in r:
            tag = c.tag
            piece = (c.text or "") if tag == W + "t" else _TEXT_OF.get(tag, "")
            if tag == W + "sym":
                piece = _sym(c)
            elif tag == W + "lastRenderedPageBreak":
                if seen_text:
                    para.page_breaks_after_text += 1
                else:
                    para.page_breaks_before_text += 1
                continue
            if piece:
                out.append(piece)
                if piece.strip():
                    seen_text = True
                    run_has_text = True
        if run_has_text:
            para.visible_runs.append(r)
    para.text = "".join(out)
    return para


def _is_caps(text: str, runs, styles: StyleMap, p_style: str | None) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    if len(letters) < 4:
        return False
    if not any(ch.islower() for ch in letters):
        return True
    return bool(runs) and all(styles.run_flag(r, "caps", p_style) for r in runs)


def _is_bold(runs, styles: StyleMap, p_style: str | None) -> bool:
    return bool(runs) and all(styles.run_flag(r, "b", p_style) for r in runs)


# -- the walk ---------------------------------------------------------------------


class _Walker:
    def __init__(self, doc: Document, styles: StyleMap, numbering: Numbering, paged: bool,
                 fixed: set[str] | None = None):
        self.doc = doc
        self.fixed = fixed or set()  # fixed-width fonts by the document's font table
        self.styles = styles
        self.numbering = numbering
        self.paged = paged  # Word saved its page layout: pages can be counted
        self.page = 1
        self.pos = 0  # char offset in the plain text
        self.n_paragraphs = 0
        self.tabbed: dict[int, TypedRow] = {}  # block index -> the paragraph as written, when it has a TAB
        self.tabbed_heads: dict[int, TypedRow] = {}  # the same, of a paragraph read as a heading
        self.leadered: set[int] = set()  # the blocks of those whose tab stop draws a leader ("........ 5")
        self.spaced: dict[int, TypedRow] = {}  # the same, of a paragraph all in a fixed-width font
        self.footnotes: dict[tuple, object] = {}  # w:footnote, w:endnote by reference tag and id, each read once
        # a note's first block, the block of the paragraph with its mark, and where in that block the mark stands
        self.note_marks: list[tuple[Block, Block, int]] = []

    # body level

    def walk(self, body) -> None:
        for el in _block_items(body):
            if el.tag == P:
                n = len(self.doc.blocks)
                self._body_paragraph(el)
                own = self.doc.blocks[-1] if len(self.doc.blocks) > n else None
                for box in text_boxes(el):
                    card = figure_card(box)
                    if card is not None:
                        self._body_paragraph(card)  # a figure and its label, one line
                    else:
                        self.walk(box)  # a text box's paragraphs and tables follow the paragraph it is anchored in
                for ref in el.iter(_FOOTNOTE_REF, _ENDNOTE_REF):
                    note = self.footnotes.pop((ref.tag, ref.get(W + "id")), None)
                    if note is not None:
                        n = len(self.doc.blocks)
                        self.walk(note)  # and a footnote's or endnote's, the paragraph that refers to it
                        if own is not None and len(self.doc.blocks) > n:
                            self.note_marks.append((self.doc.blocks[n], own, _mark_offset(el, ref, own.text)))
            elif prose_layout(_cell_texts(el)) or page_frame(el):
                self._layout(el)
            else:
                for t in self._table(el):
                    self.doc.add_table(t)
                    t.provenance.table = t.index

    def _layout(self, tbl) -> None:
        """A table that lays prose out in columns (:func:`prose_layout`) or
        frames the page (:func:`page_frame`): its cells' paragraphs are
        paragraphs of the report, read row by row, each row from its left
        cell to its right one (a bilingual report's Kazakh sentence, then the
        same sentence in Russian), and the tables nested in them tables."""
        for tr in _children(tbl, TR):
            if tr.find(f"{TRPR}/{W}del") is not None:
                continue
            for tc in _children(tr, TC):
                self.walk(tc)

    def _page(self) -> int | None:
        return self.page if self.paged else None

    def _body_paragraph(self, p) -> None:
        index = self.n_paragraphs
        self.n_paragraphs += 1
        para = paragraph_text(p)
        self.page += para.page_breaks_before_text
        page = self._page()
        start = self.pos
        self.pos += len(para.text) + 1
        self.page += para.page_breaks_after_text
        p_style = self.styles.paragraph_style_id(p)
        rendered = self.numbering.number_of(p, p_style, self.styles)
        text = para.text.strip()
        if not text:
            return
        lead = len(para.text) - len(para.text.lstrip())
        char_start = start + lead
        number = None
        is_list = False
        if rendered is not None:
            is_list = True
            number = None if rendered[1] else _number_label(rendered[0])
        else:
            m = _TYPED_NUMBER.match(text)
            if m:
                is_list = True
                number = m.group(1)
                char_start += m.end()
                text = text[m.end():]
        prov = Provenance(page=page, paragraph=index, char_start=char_start, char_end=char_start + len(text))
        style_name = self.styles.name(p_style)
        level = self.styles.heading_level(p, p_style)
        if level is not None:
            self.doc.add_block(Block("heading", text, prov, level=level, number=number, style=style_name))
            return
        toc = "\t" in para.text and contents_line(p, style_name)
        cue = None if toc else self._visual_heading(p, text, para, p_style)
        if cue is not None:
            level, confidence, tag = cue
            block = self.doc.add_block(Block("heading", text, prov, level=level, number=number,
                                             style=f"{style_name}+{tag}", confidence=confidence))
        else:
            kind = "list_item" if is_list else "paragraph"
            block = self.doc.add_block(Block(kind, text, prov, number=number, style=style_name))
        if is_list:
            return
        row = TypedRow(para.text.rstrip("\n"), start, index, page)
        if toc:
            return  # "Раздел 1. Общие сведения<TAB>3": a line of the table of contents, no row of figures
        if "\t" in para.text:
            chain = [p.find(PPR)] + [s.find(PPR) for s in self.styles.chain(p_style)]
            row.stops = tab_stops(chain)
            if _leader_stop(chain):
                self.leadered.add(block.index)
            (self.tabbed if cue is None else self.tabbed_heads)[block.index] = row
        elif self._fixed_width(para.visible_runs, p_style):
            self.spaced[block.index] = row

    def _fixed_width(self, runs, p_style: str | None) -> bool:
        """Whether every run with text is set in a fixed-width font."""
        return bool(runs) and all(is_fixed(self.styles.run_font(r, p_style), self.fixed) for r in runs)

    def _visual_heading(self, p, text: str, para: _Para, p_style: str | None):
        if len(text) > _HEADING_MAX_CHARS or len(text.split()) > _HEADING_MAX_WORDS:
            return None
        if text[-1] in _FINAL_PUNCT:
            return None
        caps = _is_caps(text, para.visible_runs, self.styles, p_style)
        bold = _is_bold(para.visible_runs, self.styles, p_style)
        if caps and bold:
            return 1, 0.8, "bold+caps"
        if caps:
            return 1, 0.6, "caps"
        if bold:
            centered = self.styles.paragraph_prop(p, "jc") in ("center", "both-centered")
            return (1, 0.6, "bold+centered") if centered else (2, 0.6, "bold")
        return None

    # tables

    def _table(self, tbl) -> list[Table]:
        """This table and, after it, the tables nested in its cells."""
        cells: list[Cell] = []
        nested: list[Table] = []
        holders: list[tuple[int, int, list[Table]]] = []  # where tables are nested: row, column, the tables
        start = self.pos
        page = self._page()
        above: dict[int, Cell] = {}
        rows = [tr for tr in _children(tbl, TR) if tr.find(f"{TRPR}/{W}del") is None]  # tracked deletions
        for r, tr in enumerate(rows):
            col = _int_val(tr.find(f"{TRPR}/{W}gridBefore"), 0)
            row_page = self.page
            end_page = self.page
            here: dict[int, Cell] = {}
            last: Cell | None = None
            for tc in _children(tr, TC):
                tcpr = tc.find(TCPR)
                span = max(1, _int_val(tcpr.find(W + "gridSpan") if tcpr is not None else None, 1))
                vmerge = _merge_val(tcpr, "vMerge")
                hmerge = _merge_val(tcpr, "hMerge")
                self.page = row_page
                text, c_start, c_end, c_page, inner = self._cell_content(tc)
                nested.extend(inner)
                if inner:
                    holders.append((r, col, inner))
                end_page = max(end_page, self.page)
                owner = above.get(col)
                if vmerge == "continue" and owner is not None and owner.col == col:
                    owner.row_span = r - owner.row + 1  # not a cell: the one above grows
                    cell = owner
                elif hmerge == "continue" and last is not None and last.col + last.col_span == col:
                    last.col_span += span  # Word 97's horizontal merge
                    cell = last
                else:
                    cell = last = Cell(r, col, text, col_span=span,
                                       provenance=Provenance(page=c_page, char_start=c_start, char_end=c_end))
                    cells.append(cell)
                    text = ""
                if text:  # text in a merged-away cell is kept, not lost
                    cell.text = f"{cell.text}\n{text}" if cell.text else text
                for k in range(span):
                    here[col + k] = cell
                col += span
            self.page = end_page
            above = here
        if not cells:
            return nested
        for r, col, inner in sorted(holders, key=lambda h: -h[0]):
            if splice_nested(cells, r, col, inner):
                nested = [t for t in nested if t is not inner[0]]
                holders = [h for h in holders if h[2] is not inner]
        for r, col, inner in holders:
            title = nested_title(cells, r, col)
            for t in inner:
                if title and not t.title:
                    t.title = title
        _drop_slivers(cells, tbl)
        table = Table(cells, Provenance(page=page, char_start=start, char_end=max(start, self.pos - 1)))
        return [table, *nested]

    def _cell_content(self, tc):
        """Text of a cell (its paragraphs joined by newlines), its offsets,
        page, and the tables nested in it."""
        lines: list[str] = []
        nested: list[Table] = []
        first_start = None
        last_end = self.pos
        page = None
        for el in _block_items(tc):
            if el.tag == TBL:
                nested.extend(self._table(el))
                continue
            para = paragraph_text(el)
            self.page += para.page_breaks_before_text
            p_style = self.styles.paragraph_style_id(el)
            rendered = self.numbering.number_of(el, p_style, self.styles)
            text = para.text.strip()
            if text and first_start is None:
                first_start = self.pos + len(para.text) - len(para.text.lstrip())
                page = self._page()
            if text:
                last_end = self.pos + len(para.text.rstrip())
            self.pos += len(para.text) + 1
            self.page += para.page_breaks_after_text
            if rendered and text and not rendered[1] and rendered[0].strip():
                text = f"{rendered[0].strip()} {text}"
            lines.append(text)
        text = "\n".join(lines).strip("\n")
        if first_start is None:
            first_start = last_end = self.pos
        return text, first_start, last_end, page if page is not None else self._page(), nested


#: a cell that is a sentence: six words or more ending with a full stop (or a "!", "?", "…"), or two
#: sentences ("… 24 кітапхана жұмыс істейді. Оның ...")
_SENTENCE_CELL = re.compile(r"(?s)^(?=(?:\S+\s+){5}\S).*(?:[.!?…]\s*$|[.!?…]\s+[^\W\d_])")
#: a cell holding a figure and nothing else but its unit or mark ("12 010", "95,3", "12 010 чел.", "–")
_FIGURE_CELL = re.compile(r"^\s*[-+–±]?\s*\d[\d\s\u00a0.,]*(?:\s*[%*¹²³]|\s+[^\W\d_]{1,6}\.?)?\s*$|^\s*[-–—]\s*$")


def prose_layout(rows: list[list[str]]) -> bool:
    """Whether a table only lays prose out in columns, as bilingual reports
    set the Kazakh text and its Russian translation side by side, one
    sentence a row: two rows or more, no cell that is a figure alone (a
    table of figures has them), and two thirds of its cells with text
    sentences (:data:`_SENTENCE_CELL`; a title or a signature row may stand
    among them)."""
    cells = [t.strip() for row in rows for t in row if t.strip()]
    if len(rows) < 2 or not cells or any(_FIGURE_CELL.match(t) for t in cells):
        return False
    sentences = sum(1 for t in cells if _SENTENCE_CELL.match(t))
    return sentences >= 2 and 3 * sentences >= 2 * len(cells)


FRAME_MAX_CELLS = 4  # a page laid out in a table: one cell, or a narrow column beside the text, or two rows


def page_frame(tbl) -> bool:
    """Whether a table frames a page rather than holds figures: a table of a
    few cells (:data:`FRAME_MAX_CELLS`) one of which holds the report's own
    paragraphs, two sentences or more (:data:`_SENTENCE_CELL`) among three
    paragraphs or more, beside the tables nested in it.  Some authors lay a
    whole report out in one bordered cell, or a column of section names
    beside the text, with the real tables nested inside; a cell of a table of
    figures holds a label or a note, never several paragraphs of prose.  Its
    cells are then read as the body (:meth:`_Walker._layout`): paragraphs as
    paragraphs, the nested tables as tables."""
    cells = [tc for tr in _children(tbl, TR) for tc in _children(tr, TC)]
    if not cells or len(cells) > FRAME_MAX_CELLS:
        return False
    for tc in cells:
        own = [paragraph_text(el).text.strip() for el in _block_items(tc) if el.tag == P]
        own = [t for t in own if t]
        if len(own) >= 3 and sum(1 for t in own if _SENTENCE_CELL.match(t)) >= 2:
            return True
    return False


def _cell_texts(tbl) -> list[list[str]]:
    """The text of each cell of a table, row by row (a nested table's text is its cell's)."""
    return [[" ".join(paragraph_text(p).text for p in tc.iter(P))
             for tc in _children(tr, TC)] for tr in _children(tbl, TR)]


def _number_label(rendered: str) -> str | None:
    label = rendered.strip().strip(".)(").strip()
    return label or None


def _block_items(parent):
    """Paragraphs and tables of a body or cell, in order, through content
    controls and tracked insertions."""
    for child in parent:
        tag = child.tag
        if tag in (P, TBL):
            yield child
        elif tag in _BLOCK_WRAPPERS and not placeholder(child):
            yield from _block_items(child)


_DIAGRAM_URI = "http://schemas.openxmlformats.org/drawingml/2006/diagram"
_GRAPHIC_DATA = "{http://schemas.openxmlformats.org/drawingml/2006/main}graphicData"


def parts_not_read(body) -> list[str]:
    """What the body holds that is not read, each said once with what to do
    (an ``ingest_warnings`` row each, so nothing is lost unsaid): SmartArt
    diagrams (a report's key figures set in shapes), formula fields with no
    result computed (:func:`formulas_without_result`) and parts in another
    format embedded whole (w:altChunk: HTML or RTF pasted in as a file)."""
    out = []
    diagrams = sum(1 for g in body.iter(_GRAPHIC_DATA) if g.get("uri") == _DIAGRAM_URI)
    if diagrams:
        out.append(f"{diagrams} SmartArt diagram{'s' if diagrams > 1 else ''} not read: the text and figures set in "
                   "their shapes are not stored; convert them to text in Word (SmartArt Design, Convert to Text) or "
                   "type their figures in a table, and ingest again")
    formulas = formulas_without_result(body)
    if formulas:
        out.append(f"{formulas} formula field{'s' if formulas > 1 else ''} ({{=SUM(ABOVE)}} and the like) with no "
                   "result Word computed: their figures are not stored; open the file in Word, update the fields "
                   "(select all, F9), save it and ingest again")
    chunks = sum(1 for _ in body.iter(W + "altChunk"))
    if chunks:
        out.append(f"{chunks} embedded part{'s' if chunks > 1 else ''} in another format (altChunk: HTML or RTF "
                   "inserted as a file) not read; open the file in Word and save it again, which makes them text "
                   "of the document, and ingest again")
    return out


def comments_not_read(wd) -> list[str]:
    """The reviewers' comments (``word/comments.xml``), said once: a remark
    on the report ("уточнить: было 4 250", "сверить с 6-НК") is not its
    text, and a figure in it is a question about a figure of the report, not
    one of the report's, so none is stored; the warning tells that they exist
    and who wrote them."""
    comments = []
    for rel in wd.part.rels.values():
        if rel.reltype.endswith("/comments") and not rel.is_external:
            try:
                root = _parse(rel.target_part.blob)
            except (etree.XMLSyntaxError, ValueError):
                continue
            for c in root.iter(W + "comment"):
                text = "".join(t.text or "" for t in c.iter(W + "t")).strip()
                if text:
                    comments.append((c.get(W + "author"), text))
    if not comments:
        return []
    authors = sorted({a for a, _ in comments if a})
    by = f" (by {', '.join(authors)})" if authors else ""
    with_figures = sum(1 for _, text in comments if re.search(r"\d", text))
    figures = f", {with_figures} of them with figures," if with_figures else ""
    return [f"{len(comments)} reviewer comment{'s' if len(comments) > 1 else ''}{by}{figures} not read: a comment is "
            "a remark on the report, not its text, and no figure of it is stored; if a comment corrects a figure, "
            "make the correction in the text (or accept the change) and ingest again"]


def formulas_without_result(body) -> int:
    """How many formula fields ("=SUM(ABOVE)", "=B2+B3") hold no result:
    Word writes a field's last computed result after its code, and a file
    made by a program that never had Word compute it has none there (the
    code alone, or an empty result), so the figure Word would show is
    nowhere in the file."""
    count = 0
    stack: list[dict] = []
    for el in body.iter(W + "fldChar", W + "instrText", W + "t", W + "fldSimple"):
        if el.tag == W + "fldSimple":
            if (el.get(W + "instr") or "").strip().startswith("=") and not "".join(
                    t.text or "" for t in el.iter(W + "t")).strip():
                count += 1
        elif el.tag == W + "fldChar":
            kind = el.get(W + "fldCharType")
            if kind == "begin":
                stack.append({"instr": "", "sep": False, "result": ""})
            elif kind == "separate" and stack:
                stack[-1]["sep"] = True
            elif kind == "end" and stack:
                f = stack.pop()
                if f["instr"].strip().startswith("=") and not f["result"].strip():
                    count += 1
        elif stack:
            if el.tag == W + "instrText" and not stack[-1]["sep"]:
                stack[-1]["instr"] += el.text or ""
            elif el.tag == W + "t" and stack[-1]["sep"]:
                stack[-1]["result"] += el.text or ""
    return count


_TXBX = W + "txbxContent"
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def text_boxes(p) -> list:
    """The contents (w:txbxContent) of the text boxes anchored in paragraph
    ``p`` (a title page's "ЕСЕП" and period are often set in one), each once:
    Word writes a box twice, as a drawing and, in mc:Fallback, as VML for
    older readers; the copy in the fallback is skipped, and a box inside
    another box is read with that box's paragraphs."""
    out = []
    for box in p.iter(_TXBX):
        up = box.getparent()
        while up is not None and up is not p and up.tag not in (_FALLBACK, _TXBX):
            up = up.getparent()
        if up is p:
            out.append(box)
    return out


_BARE_FIGURE = re.compile(r"^[+\-−–]?\d{1,3}(?:[ \u00a0\u202f]?\d{3})*(?:[,.]\d+)?\s*%?$")
#: a card's figure with its unit written after it, one or two short words ("201 350 экз.", "3 215 мың теңге",
#: "46 чел."); a year with its word ("2024 жыл", "2024 г.") is a date, no figure
_UNIT_FIGURE = re.compile(r"^(?!(?:19|20)\d\d\b)[+\-−–]?\d{1,3}(?:[ \u00a0\u202f]?\d{3})*(?:[,.]\d+)?(?:\s+[^\W\d_]{1,6}\.?){1,2}$")
_CARD_WORDS = 6


def figure_card(box):
    """A text box laid out as a figure card (the key figures of a report's
    first page, each in its own box: "142 300" in large type and under it
    "келушілер саны" / "посещений"): two or three short paragraphs, one of
    them a bare figure or a figure with its unit ("201 350 экз."), as one paragraph of their words in their order,
    joined by spaces, so that the figure is read with its label.  None for
    any other box (a sentence, a table, a longer label)."""
    paras = [el for el in box if el.tag == P]
    if any(el.tag in (W + "tbl", W + "sdt") for el in box) or not 2 <= len(paras) <= 3:
        return None
    texts = [" ".join("".join(t.text or "" for t in q.iter(W + "t")).split()) for q in paras]
    figures = [bool(_BARE_FIGURE.match(t) or _UNIT_FIGURE.match(t)) for t in texts]
    if not all(texts) or sum(figures) != 1:
        return None
    if any(len(t.split()) > _CARD_WORDS or (t.endswith((".", ":", ";")) and not fig) for t, fig in zip(texts, figures)):
        return None
    card = copy.deepcopy(paras[0])
    for q in paras[1:]:
        space = etree.SubElement(card, W + "r")
        etree.SubElement(space, W + "t").text = " "
        space.find(W + "t").set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        for r in q:
            if r.tag != W + "pPr":
                card.append(copy.deepcopy(r))
    return card


#: a grid column narrower than this (twips; 1 mm) is a sliver of misaligned cell edges, no column
_SLIVER = 57


def _drop_slivers(cells: list[Cell], tbl) -> None:
    """Take the slivers out of a table's grid.  Cells whose edges are a
    hair apart in different rows give Word's grid a column a twip or two
    wide (a .doc saved again by Writer has them): a period's header then
    spans the sliver in one row and its figures in the next, and the next
    period's header takes the figures of the one before.  A cell loses the
    slivers it spans; nothing changes when a cell lies on slivers alone."""
    grid = tbl.find(f"{W}tblGrid")
    widths = [_int_val(g, 0, "w") for g in _children(grid, W + "gridCol")] if grid is not None else []
    sliver = [0 < w < _SLIVER for w in widths]
    if not any(sliver):
        return
    new, k = [], 0
    for thin in sliver:
        new.append(k)
        k += not thin
    moved = []
    for c in cells:
        kept = [g for g in range(c.col, c.col + c.col_span) if g < len(widths) and not sliver[g]]
        if not kept or c.col + c.col_span > len(widths):
            return  # a cell on a sliver alone, or a row wider than the grid: left as Word wrote it
        moved.append((new[kept[0]], len(kept)))
    seen: set[tuple[int, int]] = set()
    for c, (col, span) in zip(cells, moved):
        for r in range(c.row, c.row + c.row_span):
            for x in range(col, col + span):
                if (r, x) in seen:
                    return  # two cells on one folded column
                seen.add((r, x))
    for c, (col, span) in zip(cells, moved):
        c.col, c.col_span = col, span


def _children(parent, tag: str):
    """Children with ``tag``, looking through content controls and insertions."""
    for child in parent:
        if child.tag == tag:
            yield child
        elif child.tag in _BLOCK_WRAPPERS and not placeholder(child):
            yield from _children(child, tag)


def _int_val(el, default: int, attr: str = "val") -> int:
    try:
        return int(el.get(W + attr))
    except (AttributeError, TypeError, ValueError):
        return default


def _merge_val(tcpr, tag: str) -> str | None:
    """"restart", "continue" or None for a cell's vMerge/hMerge."""
    el = tcpr.find(W + tag) if tcpr is not None else None
    if el is None:
        return None
    return "restart" if el.get(W + "val") == "restart" else "continue"


# -- the loader ---------------------------------------------------------------------


def _metadata(wd, info: dict) -> dict:
    cp = wd.core_properties
    header = _page_header(wd)
    footer = _page_header(wd, footer=True)
    return {
        "title": (cp.title or "").strip() or None,
        "author": (cp.author or "").strip() or None,
        "last_modified_by": (cp.last_modified_by or "").strip() or None,
        "created": cp.created.isoformat() if cp.created else None,
        "modified": cp.modified.isoformat() if cp.modified else None,
        "application": info.get("application"),
        "pages": info.get("pages"),
    } | ({"page_header": header} if header else {}) | ({"page_footer": footer} if footer else {})


def _header_lines(h) -> list[str]:
    """The lines of a page header or footer in reading order: its
    paragraphs and the cells of its tables (a letterhead is often a table
    of one row, the organization on the left and the report's name or date
    on the right), each cell's paragraphs after one another."""
    out = []
    for p in h._element.iter(W + "p"):
        text = " ".join("".join((t.text or "") if t.tag == W + "t" else " "
                                for t in p.iter(W + "t", W + "tab", W + "br", W + "cr")).split())
        if text:
            out.append(text)
    return out


def _page_header(wd, footer: bool = False) -> str | None:
    """The text of the first section's page header (its first page's own
    header when it has one): a report may name its organization there
    alone ("ГУ «Централизованная библиотечная система» акимата города
    Риддер" over every page).  With ``footer``, the page footer's, where a
    report may say what it is ("Ақсу аудандық кітапханасы – 2023 жылғы
    есеп" under every page).  None when it is empty."""
    try:
        sec = wd.sections[0]
        own, first = (sec.footer, sec.first_page_footer) if footer else (sec.header, sec.first_page_header)
        heads = [first, own] if sec.different_first_page_header_footer else [own]
        for h in heads:
            if h.is_linked_to_previous and h is not own:
                continue
            text = " ".join(_header_lines(h))
            if text:
                return text
    except (IndexError, AttributeError, KeyError, ValueError):  # a package without sections or headers
        return None
    return None


def load(path: Path, config: Config) -> Document:
    path = Path(path)
    info = check_package(path, config)
    package = word_package(path)
    wd = _open_with_python_docx(package)
    body = wd.element.body
    chunks = whole_chunks(wd)
    if chunks:
        return _load_chunks(path, chunks, info, wd, config)
    styles = StyleMap(wd.styles.element)
    numbering = Numbering(_numbering_element(wd))
    paged = body.find(f".//{W}lastRenderedPageBreak") is not None
    doc = Document(id="", path=str(path), format="docx", metadata=_metadata(wd, info))
    walker = _Walker(doc, styles, numbering, paged, fixed_fonts(_font_table(wd)))
    walker.footnotes = _footnotes(wd)
    walker.walk(body)
    not_read = parts_not_read(body) + comments_not_read(wd)
    if not_read:
        doc.metadata["parts_not_read"] = not_read
    # a contents typed by hand (no TOC field or style): its lines, in a run of pages that never fall, drawn
    # with a leader or under the heading "Содержание", are no rows of figures
    contents = contents_lines(doc.blocks)
    tabbed = {i: row for i, row in walker.tabbed.items()
              if i not in contents or not (i in walker.leadered or _under_contents_title(doc.blocks, i, contents))}
    typed_tables(doc, tabbed, walker.tabbed_heads, walker.spaced)
    kept = {id(b) for b in doc.blocks}
    marks = [[note.index, own.index, at] for note, own, at in walker.note_marks if id(note) in kept and id(own) in kept]
    if marks:
        doc.metadata["note_marks"] = marks
    _add_charts(doc, package)
    if paged:  # Word's own layout, as saved with the text, beats app.xml's count
        doc.metadata["pages"] = walker.page
    return doc


#: the suffix a part embedded whole (w:altChunk) is read under, by its content type
_CHUNK_SUFFIXES = {"text/html": ".htm", "application/xhtml+xml": ".htm", "message/rfc822": ".mht",
                   "multipart/related": ".mht", "application/rtf": ".rtf", "text/rtf": ".rtf"}


def whole_chunks(wd) -> list[tuple[str, bytes]]:
    """The parts a document is made of when its body holds nothing but
    parts in another format embedded whole (w:altChunk), as programs that
    make a .docx of a web page write it (html-docx-js and the exports of
    many web applications: a body of one altChunk, the page as HTML or MHT
    beside it): each part's suffix and bytes, in order.  Empty for any other
    document, also one whose own text stands beside such a part (that part
    is said not read, :func:`parts_not_read`)."""
    items = [el for el in wd.element.body if el.tag != W + "sectPr"]
    if not items or any(el.tag != W + "altChunk" for el in items):
        return []
    out = []
    for el in items:
        rel = wd.part.rels.get(el.get(_R_ID))
        if rel is None or rel.is_external:
            return []
        part = rel.target_part
        ctype = (part.content_type or "").split(";")[0].strip().lower()
        suffix = _CHUNK_SUFFIXES.get(ctype) or next(
            (x for x in (".htm", ".html", ".mht", ".mhtml", ".rtf") if str(part.partname).lower().endswith(x)), None)
        if suffix is None:
            return []
        out.append((".htm" if suffix == ".html" else ".mht" if suffix == ".mhtml" else suffix, part.blob))
    return out


def _load_chunks(path: Path, chunks: list[tuple[str, bytes]], info: dict, wd, config: Config) -> Document:
    """The document a .docx of parts embedded whole (:func:`whole_chunks`)
    holds: each part read by the reader of its format (a web page, Rich
    Text), their blocks and tables one after the other, every piece
    pointing at the .docx; ``metadata["embedded_parts"]`` names the
    formats."""
    import tempfile

    from esep.plugins.html import loader as html_loader
    from esep.plugins.legacy import loader as legacy_loader

    doc = Document(id="", path=str(path), format="docx", metadata=_metadata(wd, info))
    doc.metadata["embedded_parts"] = [suffix.lstrip(".") for suffix, _ in chunks]
    with tempfile.TemporaryDirectory(prefix="esep-chunk-") as td:
        for k, (suffix, data) in enumerate(chunks):
            part = Path(td) / f"part{k}{suffix}"
            part.write_bytes(data)
            read = legacy_loader.load(part, config) if suffix == ".rtf" else html_loader.load(part, config)
            base = len(doc.blocks)
            for b in read.blocks:
                b.provenance.source = None
                doc.add_block(b)
            for t in read.tables:
                position = t.position + base if t.position >= 0 else base - 1
                t.provenance.source = None
                for c in t.cells:
                    if c.provenance is not None:
                        c.provenance.source = None
                doc.add_table(t)
                t.position, t.provenance.table = position, t.index
                for c in t.cells:
                    if c.provenance is not None:
                        c.provenance.table = t.index
            for key in ("title", "pages"):
                if doc.metadata.get(key) is None and read.metadata.get(key) is not None:
                    doc.metadata[key] = read.metadata[key]
    return doc


def _font_table(wd):
    """The document's font table (``word/fontTable.xml``), or None."""
    for rel in wd.part.rels.values():
        if rel.reltype.endswith("/fontTable") and not rel.is_external:
            try:
                return _parse(rel.target_part.blob)
            except (etree.XMLSyntaxError, ValueError):
                return None
    return None


def splice_nested(cells: list[Cell], row: int, col: int, inner: list[Table]) -> bool:
    """Put the rows of a table nested in the cell at (``row``, ``col``) into
    the outer table, in that cell's place, when the nested table is the
    cell's whole content and has as many columns as the cell spans (two or
    more): its columns then stand under the outer columns, as in a row of
    parts ("оның ішінде" / "в том числе") laid out by a table of its own
    inside a merged cell, under the outer header of years.  Rows below move
    down; the outer row's other cells span the spliced rows.  Returns
    whether it was spliced."""
    holder = next((c for c in cells if c.row == row and c.col == col), None)
    if holder is None or len(inner) != 1 or holder.text.strip() or holder.row_span != 1:
        return False
    table = inner[0]
    if holder.col_span < 2 or table.n_cols != holder.col_span or not table.cells:
        return False
    extra = table.n_rows - 1
    cells.remove(holder)
    for c in cells:
        if c.row > row:
            c.row += extra
        elif c.row + c.row_span > row:
            c.row_span += extra
    for c in table.cells:
        cells.append(Cell(row + c.row, col + c.col, c.text, row_span=c.row_span, col_span=c.col_span,
                          provenance=c.provenance, original=c.original))
    return True


def _leader_stop(ppr_chain) -> bool:
    """Whether a tab stop of a paragraph or its styles draws a leader (dots, hyphens, a line) up to it."""
    return any((t.get(W + "leader") or "none") != "none" and t.get(W + "val") != "clear"
               for ppr in ppr_chain if ppr is not None for t in ppr.findall(f"{W}tabs/{W}tab"))


def _under_contents_title(blocks, i: int, contents: set[int]) -> bool:
    """Whether the run of lines of contents holding block ``i`` stands right under a heading of contents."""
    while i in contents:
        i -= 1
    return i >= 0 and is_contents_title(blocks[i].text or "")


#: the styles Word and Writer give the lines of a table of contents: "toc 1", "TOC 2", "Оглавление 1",
#: "Contents 1", "Содержание 2", "Мазмұны 1"
_CONTENTS_STYLE_RE = re.compile(r"(?i)^\s*(?:toc|оглавление|contents|содержание|мазмұны)\s*\d")


def contents_line(p, style_name: str | None) -> bool:
    """Whether a paragraph is a line of a table of contents Word or Writer
    built: styled as one ("toc 1", "Оглавление 1"), or holding the TOC
    field or a PAGEREF field (the page number of a heading) or a link to a
    heading's "_Toc" bookmark.  Its TAB is the leader to the page number,
    no column of a typed table."""
    if style_name and _CONTENTS_STYLE_RE.match(style_name):
        return True
    for it in p.iter(W + "instrText"):
        if re.match(r"\s*(?:TOC|PAGEREF)\b", it.text or ""):
            return True
    return any((h.get(W + "anchor") or "").startswith("_Toc") for h in p.iter(W + "hyperlink")) \
        or any(re.match(r"\s*(?:TOC|PAGEREF)\b", f.get(W + "instr") or "") for f in p.iter(W + "fldSimple"))


NESTED_TITLE_MAX = 160  # characters of an outer cell's text that can still be a caption


def nested_title(cells: list[Cell], row: int, col: int) -> str | None:
    """The title of a table nested in the cell at (``row``, ``col``): what
    its place in the outer table says of it, the outer column's header, the
    outer row's label and the text of the cell itself before the table
    ("Книжный фонд, экз. / на 01.01.2021 г."): a nested table's figures are
    of the date or period its outer row or column names."""
    def at(r: int, c: int) -> Cell | None:
        return next((x for x in cells if x.row <= r < x.row + x.row_span and x.col <= c < x.col + x.col_span), None)

    own = at(row, col)
    parts: list[str] = []
    texts = [c.text for c in (at(0, col) if row > 0 else None, at(row, 0) if col > 0 else None)
             if c is not None and c is not own]
    if own is not None and own.text.strip():
        texts.append(own.text.strip().splitlines()[-1])  # the line right before the table
    for text in texts:
        text = " ".join(text.split())
        # (a cell holding a whole page of a layout table is no caption)
        if text and len(text) <= NESTED_TITLE_MAX and text not in parts:
            parts.append(text)
    return " / ".join(parts) or None


_FOOTNOTE_REF = W + "footnoteReference"
_ENDNOTE_REF = W + "endnoteReference"


def _mark_offset(p, ref, text: str) -> int:
    """Where in ``text``, the block of paragraph ``p``, the note mark ``ref``
    stands: after the figure the note completes ("Фонд составил 296 410
    экз.¹ За год поступило …"), which need not be the paragraph's last."""
    before = []
    for e in p.iter(W + "t", W + "tab", _FOOTNOTE_REF, _ENDNOTE_REF):
        if e is ref:
            break
        before.append("\t" if e.tag == W + "tab" else (e.text or "") if e.tag == W + "t" else "")
    tail = "".join(before).strip()[-24:]
    at = text.find(tail) if tail else -1
    return len(text) if at < 0 else at + len(tail)


def _footnotes(wd) -> dict:
    """The footnotes (``word/footnotes.xml``) and endnotes
    (``word/endnotes.xml``) by the tag of their reference and their id,
    without Word's separators.  A report's notes carry figures ("В том числе
    640 удалённых пользователей", the date and the Kazakh part of a fund, the
    fund at the year's end); each is read after the paragraph that refers to
    it, where its figure belongs (Word prints an endnote at the document's
    end, far from the sentence it completes)."""
    notes: dict = {}
    for rel in wd.part.rels.values():
        for part, tag, ref in (("/footnotes", "footnote", _FOOTNOTE_REF), ("/endnotes", "endnote", _ENDNOTE_REF)):
            if rel.reltype.endswith(part) and not rel.is_external:
                try:
                    root = _parse(rel.target_part.blob)
                except (etree.XMLSyntaxError, ValueError):
                    continue
                notes.update({(ref, fn.get(W + "id")): fn for fn in root.iter(W + tag)
                              if fn.get(W + "type") in (None, "normal")})
    return notes


def _add_charts(doc: Document, path) -> None:
    """Charts (their cached data) and embedded workbooks as tables of kind
    ``chart``, after the block of the paragraph that holds them; a chart
    whose figures cannot be read is a part not read (a warning)."""
    from esep.plugins.docx import charts as docx_charts

    not_read: list[str] = []
    charts = docx_charts.read_charts(path, _block_items, not_read)
    if not_read:
        doc.metadata["parts_not_read"] = [*doc.metadata.get("parts_not_read", []), *not_read]
    for ch in charts:
        before = [b.index for b in doc.blocks
                  if b.provenance.paragraph is not None and b.provenance.paragraph <= ch.paragraph]
        table = Table([], Provenance(paragraph=ch.paragraph), kind="chart", title=ch.title,
                      position=max(before, default=-1))
        doc.add_table(table)
        table.provenance.table = table.index
        table.cells = [Cell(r, c, text, provenance=Provenance(paragraph=ch.paragraph, table=table.index))
                       for r, row in enumerate(ch.rows) for c, text in enumerate(row) if text]


def _numbering_element(wd):
    try:
        part = wd.part.numbering_part
    except (KeyError, NotImplementedError):
        return None
    return part.element if part is not None else None


def not_docx(path: Path, head: bytes) -> str | None:
    """What a file named ``.docx`` that is an OLE file (no zip) is: Word
    keeps a .docx saved with a password as an encrypted package inside an
    OLE file, and an old .doc renamed .docx is one too.  None for any other
    content."""
    encrypted = encrypted_package(path, head)
    if encrypted is None:
        return None
    if encrypted:
        return ("the .docx is protected with a password (Word keeps it encrypted); open it in Word, clear the "
                "password (File > Info > Protect Document > Encrypt with Password), save it and ingest it again")
    return "the .docx is a Word 97-2003 document (an OLE file) under a .docx name; rename it to .doc"


@hookimpl
def register_loaders(register):
    register(Loader(
        name="docx",
        format="docx",
        suffixes=(".docx", ".docm", ".dotx", ".dotm"),
        sniff=looks_like_docx,
        load=load,
        any_suffix=True,
        describe="a Word .docx file",
        mismatch=not_docx,
    ))


@hookimpl
def handle_ingest_error(path, stage, exception, config):
    if isinstance(exception, DocxError):
        return exception.advice
    return None
