"""Build the .docx and .pdf forms of the seed report from its text export.

Run from the repository root::

    python corpus/build_corpus.py

The seed ``000_70fe3c6eccae0b92.txt`` is read through esep's own text loader
and written back as a Word file with python-docx, the way such reports are
usually typed: tables as real Word tables with ruled borders and merged
header cells, section titles in capitals as bold Normal paragraphs, short
sub-section titles in the "Heading 2" style, and numbered lists as Word
automatic numbering.  LibreOffice then converts the .docx to PDF.

The .docx bytes are deterministic (fixed core properties, fixed zip dates),
so rebuilding gives the same file.  Deciding which lines are headings is
corpus building, not extraction: a simple rule on the seed's own lines.
"""

from __future__ import annotations

import datetime as _dt
import io
import logging
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from esep.model import Block, Document, Table

log = logging.getLogger(__name__)

HERE = Path(__file__).resolve().parent
SEED = HERE / "000_70fe3c6eccae0b92.txt"
FONT = "Times New Roman"  # LibreOffice falls back to a font with Kazakh letters
FIXED_TIME = _dt.datetime(2018, 7, 10, 9, 0, 0, tzinfo=_dt.timezone.utc)
ZIP_DATE = (2018, 7, 10, 9, 0, 0)
AUTHOR = "esep corpus builder"

_FINAL_PUNCT = ".,;:!?…"


def read_seed(path: Path = SEED) -> Document:
    """The seed as esep's text loader reads it (imported here, so that the
    synthetic generator, which uses this module's docx helpers, loads no
    esep plugin)."""
    from esep.plugins.text import loader as text_loader
    from esep.registry import Config

    return text_loader.load(path, Config())


def heading_kind(text: str) -> str | None:
    """How the builder writes a line: ``"caps"`` (a section title in capitals,
    written as a bold Normal paragraph), ``"h2"`` (a short sub-section title,
    written in the "Heading 2" style) or None (an ordinary paragraph)."""
    t = text.strip()
    letters = [ch for ch in t if ch.isalpha()]
    if len(letters) >= 4 and not any(ch.islower() for ch in letters):
        return "caps"
    if (
        t
        and len(t.split()) <= 7
        and t[-1] not in _FINAL_PUNCT
        and not t[0].isdigit()
    ):
        return "h2"
    return None


# -- styles and numbering --------------------------------------------------


def _set_fonts(rpr, size_half_points: int | None = None) -> None:
    """Explicit fonts (no theme fonts, which would win over them) on an rPr."""
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        rfonts.attrib.pop(qn(attr), None)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(attr), FONT)
    if size_half_points:
        for tag in ("w:sz", "w:szCs"):
            el = rpr.find(qn(tag))
            if el is None:
                el = OxmlElement(tag)
                rpr.append(el)
            el.set(qn("w:val"), str(size_half_points))


def _setup_styles(d) -> None:
    styles_el = d.styles.element
    defaults = styles_el.find(qn("w:docDefaults"))
    rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    _set_fonts(rpr, 24)
    lang = rpr.find(qn("w:lang"))
    if lang is not None:
        lang.set(qn("w:val"), "kk-KZ")
    normal = d.styles["Normal"]
    normal.paragraph_format.space_after = Pt(4)
    normal.paragraph_format.line_spacing = 1.0
    h2 = d.styles["Heading 2"]
    _set_fonts(h2.element.get_or_add_rPr(), 26)
    color = h2.element.rPr.find(qn("w:color"))
    if color is not None:
        h2.element.rPr.remove(color)
    h2.paragraph_format.space_before = Pt(8)
    h2.paragraph_format.space_after = Pt(4)


def _add_numbering(d, n_lists: int) -> list[int]:
    """One decimal "%1." definition and ``n_lists`` numbering instances of it,
    each restarting at 1.  Returns their numIds."""
    numbering = d.part.numbering_part.element
    used_abs = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    abs_id = max(used_abs, default=-1) + 1
    abstract = OxmlElement("w:abstractNum")
    abstract.set(qn("w:abstractNumId"), str(abs_id))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    abstract.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "decimal"), ("w:lvlText", "%1."), ("w:lvlJc", "left")):
        el = OxmlElement(tag)
        el.set(qn("w:val"), val)
        lvl.append(el)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "567")
    ind.set(qn("w:hanging"), "567")
    ppr.append(ind)
    lvl.append(ppr)
    abstract.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)  # every abstractNum precedes every num
    else:
        numbering.append(abstract)
    ids = []
    for _ in range(n_lists):
        num = numbering.add_num(abs_id)
        num.add_lvlOverride(ilvl=0).add_startOverride(1)
        ids.append(num.numId)
    return ids


def _number_paragraph(p, num_id: int) -> None:
    num_pr = p._p.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = 0
    num_pr.get_or_add_numId().val = num_id


# -- tables ------------------------------------------------------------------


def _font_pt(table: Table) -> int:
    return 10 if table.n_cols <= 5 else 9


def _column_widths(table: Table, total_mm: float) -> list[float]:
    """Widths in mm: every column gets room for its longest word, and what is
    left goes to the columns with longer text."""
    mm_per_char, pad = 0.27 * _font_pt(table), 4.5
    n = table.n_cols
    least = [pad + 2 * mm_per_char] * n
    want = list(least)
    for c in table.cells:
        if c.col_span == 1:
            longest = max((len(w) for w in c.text.split()), default=0)
            least[c.col] = max(least[c.col], pad + longest * mm_per_char)
            want[c.col] = max(want[c.col], pad + min(len(c.text), 32) * mm_per_char)
    if sum(least) >= total_mm:
        return [total_mm * x / sum(least) for x in least]
    extra = [w - m for w, m in zip(want, least)]
    room = total_mm - sum(least)
    if sum(extra) <= room:
        return [m + e + (room - sum(extra)) / n for m, e in zip(least, extra)]
    return [m + room * e / sum(extra) for m, e in zip(least, extra)]


def _write_table(d, table: Table, width_mm: float) -> None:
    t = d.add_table(rows=table.n_rows, cols=table.n_cols)
    t.style = d.styles["Table Grid"]
    widths = _column_widths(table, width_mm)
    for j, col in enumerate(t.columns):
        col.width = Mm(widths[j])
        for cell in col.cells:
            cell.width = Mm(widths[j])
    for c in table.cells:
        cell = t.cell(c.row, c.col)
        if c.row_span > 1 or c.col_span > 1:
            cell = cell.merge(t.cell(c.row + c.row_span - 1, c.col + c.col_span - 1))
        lines = c.text.split("\n") if c.text else [""]
        first = cell.paragraphs[0]
        for extra in cell.paragraphs[1:]:  # leftovers of merged cells
            extra._p.getparent().remove(extra._p)
        for k, line in enumerate(lines):
            p = first if k == 0 else cell.add_paragraph()
            if line:
                run = p.add_run(line)
                run.font.size = Pt(_font_pt(table))
            if c.row < 2:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER


# -- the document ------------------------------------------------------------


def build_document(seed: Document):
    """A python-docx document with the seed's content."""
    d = docx.Document()
    _setup_styles(d)
    section = d.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin, section.right_margin = Mm(25), Mm(15)
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    text_width_mm = 210 - 25 - 15

    # consecutive list items form one list; a "1" starts a new one
    list_of: dict[int, int] = {}
    n_lists = 0
    prev: Block | None = None
    for b in seed.blocks:
        if b.kind == "list_item":
            if prev is None or prev.kind != "list_item" or b.number == "1":
                n_lists += 1
            list_of[b.index] = n_lists - 1
        prev = b
    num_ids = _add_numbering(d, n_lists)

    tables = [t for t in seed.tables if t.kind == "table"]
    last_table_pos = max((t.position for t in tables), default=len(seed.blocks))
    for item in seed.items():
        if isinstance(item, Table):
            if item.kind == "table":
                _write_table(d, item, text_width_mm)
            continue  # chart leftovers are not part of the page text
        b = item
        if b.kind == "list_item":
            p = d.add_paragraph(b.text, style="List Paragraph")
            _number_paragraph(p, num_ids[list_of[b.index]])
            p.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            continue
        if b.index == 0:  # the addressee
            p = d.add_paragraph(b.text)
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            continue
        if b.index == 1:  # the report's title
            p = d.add_paragraph()
            p.add_run(b.text).bold = True
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            continue
        if b.index > last_table_pos:  # signature and what follows it
            d.add_paragraph(b.text)
            continue
        kind = heading_kind(b.text)
        if kind == "caps":
            p = d.add_paragraph()
            p.add_run(b.text).bold = True
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.paragraph_format.keep_with_next = True
            p.paragraph_format.space_before = Pt(10)
        elif kind == "h2":
            d.add_paragraph(b.text, style="Heading 2")
        else:
            p = d.add_paragraph(b.text)
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            p.paragraph_format.first_line_indent = Mm(10)

    cp = d.core_properties
    cp.author = AUTHOR
    cp.last_modified_by = AUTHOR
    cp.title = seed.blocks[1].text if len(seed.blocks) > 1 else ""
    cp.comments = "built by corpus/build_corpus.py from " + Path(seed.path).name
    cp.created = FIXED_TIME.replace(tzinfo=None)
    cp.modified = FIXED_TIME.replace(tzinfo=None)
    cp.last_printed = FIXED_TIME.replace(tzinfo=None)
    cp.revision = 1
    return d


def _app_xml(pages: int | None) -> bytes:
    pages_el = f"<Pages>{pages}</Pages>" if pages else ""
    return (
        "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        f"<Application>{AUTHOR} (python-docx)</Application>{pages_el}<DocSecurity>0</DocSecurity>"
        "</Properties>"
    ).encode("utf-8")


def deterministic_zip(data: bytes, pages: int | None = None) -> bytes:
    """Rewrite a .docx with a fixed date for every member, in a fixed order,
    with ``docProps/app.xml`` replaced (it says how many pages there are)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    names = src.namelist()
    order = sorted(names, key=lambda n: (n != "[Content_Types].xml", n != "_rels/.rels", names.index(n)))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for name in order:
            body = _app_xml(pages) if name == "docProps/app.xml" else src.read(name)
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            info.external_attr = 0
            dst.writestr(info, body, compresslevel=9)
    return out.getvalue()


def build_docx(seed_path: Path, out: Path, pages: int | None = None) -> Path:
    """Write the .docx for ``seed_path`` to ``out``; same input, same bytes."""
    seed = read_seed(seed_path)
    d = build_document(seed)
    buf = io.BytesIO()
    d.save(buf)
    out.write_bytes(deterministic_zip(buf.getvalue(), pages))
    return out


def convert_to_pdf(docx_path: Path, out_dir: Path) -> Path:
    """Convert with LibreOffice in a throw-away profile."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        raise RuntimeError("LibreOffice (soffice) is needed to build the PDF")
    with tempfile.TemporaryDirectory() as profile, tempfile.TemporaryDirectory() as outdir:
        subprocess.run(
            [soffice, f"-env:UserInstallation=file://{profile}", "--headless",
             "--convert-to", "pdf", "--outdir", outdir, str(docx_path)],
            check=True, capture_output=True, timeout=300,
        )
        made = Path(outdir) / (docx_path.stem + ".pdf")
        target = out_dir / made.name
        shutil.move(str(made), target)
    return target


def pdf_pages(pdf: Path) -> int:
    import pdfplumber

    with pdfplumber.open(pdf) as p:
        return len(p.pages)


def pdf_has_words(pdf: Path, words: list[str]) -> list[str]:
    """The words of ``words`` that pdftotext does NOT find in the PDF."""
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True,
                          capture_output=True).stdout.decode("utf-8")
    text = re.sub(r"\s+", " ", text)
    return [w for w in words if w not in text]


def main() -> int:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    out = SEED.with_suffix(".docx")
    build_docx(SEED, out)
    pdf = convert_to_pdf(out, HERE)
    pages = pdf_pages(pdf)
    build_docx(SEED, out, pages=pages)  # now app.xml says how many pages
    seed = read_seed(SEED)
    probe = [w for b in seed.blocks for w in b.text.split() if any(ch in "әғқңөұүһі" for ch in w.lower())]
    probe = [w.strip("«»(),.:;") for w in probe[::40]][:25]
    missing = pdf_has_words(pdf, probe)
    log.info("wrote %s (%d bytes) and %s (%d pages)", out.name, out.stat().st_size, pdf.name, pages)
    if missing:
        log.error("the PDF lacks %d of %d probe words: %s", len(missing), len(probe), missing)
        return 1
    log.info("the PDF text has all %d Kazakh probe words", len(probe))
    return 0


if __name__ == "__main__":
    sys.exit(main())
