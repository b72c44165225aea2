"""Build the reports of ``corpus/other/`` from their hand-written sources.

Run from the repository root::

    python corpus/other/build.py            # every report
    python corpus/other/build.py STEM ...   # only these

Each report is written once, by hand, in ``corpus/other/src/<stem>.md``: a
small front matter (``half: dev|eval``, ``format: txt|docx|pdf``) and then
the report's lines:

* ``# text``  the title (a bold centred paragraph in Word);
* ``## text`` a section title (Word's "Heading 2");
* ``| a | b |`` a table row; consecutive rows are one table.  A cell ``<``
  is merged into the cell on its left, a cell ``^`` into the cell above;
* any other line is one paragraph, an empty line an empty paragraph.

The output goes to ``corpus/other/<half>/<stem>.<format>``:

* ``txt`` — (``newline: lf|crlf``, ``encoding: utf-8|utf-8-sig|cp1251``
  in the front matter) the way Word exports a document as plain text: each paragraph on
  its own line, each table cell on its own line after a TAB, a blank line
  after each row and one after the table; a cell merged across columns is
  written once, a cell merged from above as a lone TAB;
* ``docx`` — written with python-docx; the bytes depend only on the source
  (fixed core properties, fixed zip dates, fixed member order);
* ``pdf`` — the .docx converted by LibreOffice (``soffice --headless
  --convert-to pdf``); the .docx itself is not kept.  A PDF's bytes carry
  LibreOffice's creation date, so only its text is reproducible.

Nothing here reads esep's code or vocabularies: the reports are data.
"""

from __future__ import annotations

import datetime as dt
import io
import shutil
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
HALVES = ("dev", "eval")
FORMATS = ("txt", "docx", "pdf")
FIXED_TIME = dt.datetime(2021, 1, 15, 9, 0, 0)
ZIP_DATE = (2021, 1, 15, 9, 0, 0)
AUTHOR = "Әдістемелік бөлім"
FONT = "Times New Roman"


@dataclass
class Source:
    stem: str
    half: str
    format: str
    items: list = field(default_factory=list)  # ("title"|"heading"|"para", text) or ("table", rows)
    newline: str = "\n"
    encoding: str = "utf-8"

    @property
    def output(self) -> Path:
        return HERE / self.half / f"{self.stem}.{self.format}"


def parse_source(path: Path) -> Source:
    """Read one hand-written source file."""
    text = path.read_text(encoding="utf-8")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if not lines or lines[0].strip() != "---":
        raise ValueError(f"{path}: the source must start with a '---' front matter")
    end = lines.index("---", 1)
    meta = dict(line.split(":", 1) for line in lines[1:end])
    meta = {k.strip(): v.strip() for k, v in meta.items()}
    src = Source(path.stem, meta["half"], meta["format"],
                 newline={"lf": "\n", "crlf": "\r\n"}[meta.get("newline", "lf")],
                 encoding=meta.get("encoding", "utf-8"))
    if src.half not in HALVES or src.format not in FORMATS:
        raise ValueError(f"{path}: half must be one of {HALVES}, format one of {FORMATS}")
    rows: list[list[str]] = []
    for line in lines[end + 1:]:
        if line.startswith("|"):
            cells = line.strip().strip("|").split("|")
            rows.append([c.strip(" \t") for c in cells])
            continue
        if rows:
            src.items.append(("table", rows))
            rows = []
        if line.startswith("## "):
            src.items.append(("heading", line[3:]))
        elif line.startswith("# "):
            src.items.append(("title", line[2:]))
        else:
            src.items.append(("para", line))
    if rows:
        src.items.append(("table", rows))
    for kind, body in src.items:
        if kind == "table" and len({len(r) for r in body}) != 1:
            raise ValueError(f"{path}: table rows of different widths: {[len(r) for r in body]}")
    return src


def sources() -> list[Source]:
    return [parse_source(p) for p in sorted(SRC.glob("*.md"))]


# -- plain text, as Word exports it ---------------------------------------------------

def render_txt(src: Source) -> str:
    out: list[str] = []
    for kind, body in src.items:
        if kind != "table":
            out.append(body)
            continue
        for row in body:
            for cell in row:
                if cell == "<":
                    continue
                out.append("\t" if cell == "^" else "\t" + cell)
            out.append("")
        out.append("")
    return "\n".join(out) + "\n"


def txt_bytes(src: Source) -> bytes:
    """The .txt file: with the source's line ends and encoding."""
    return render_txt(src).replace("\n", src.newline).encode(src.encoding)


# -- Word ---------------------------------------------------------------------------

def _font(run, size=None, bold=None):
    from docx.oxml.ns import qn
    from docx.shared import Pt

    run.font.name = FONT
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), FONT)
    if size:
        run.font.size = Pt(size)
    if bold is not None:
        run.bold = bold


def build_document(src: Source):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm, Pt

    d = docx.Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin, sec.right_margin = Mm(25), Mm(15)
    sec.top_margin = sec.bottom_margin = Mm(20)
    normal = d.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(12)
    cp = d.core_properties
    cp.author = cp.last_modified_by = AUTHOR
    cp.created = cp.modified = FIXED_TIME
    cp.revision = 1
    cp.title = next((b for k, b in src.items if k == "title"), src.stem)
    for kind, body in src.items:
        if kind == "title":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _font(p.add_run(body), 14, True)
        elif kind == "heading":
            p = d.add_paragraph(style="Heading 2")
            _font(p.add_run(body), 12)
        elif kind == "para":
            p = d.add_paragraph()
            p.paragraph_format.first_line_indent = Mm(10) if body else None
            if body:
                _font(p.add_run(body))
        else:
            _write_table(d, body)
    return d


def _write_table(d, rows: list[list[str]]) -> None:
    from docx.shared import Mm, Pt

    n_cols = len(rows[0])
    t = d.add_table(rows=len(rows), cols=n_cols)
    t.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            if text in ("<", "^"):
                continue
            cell = t.cell(r, c)
            p = cell.paragraphs[0]
            _font(p.add_run(text), 10)
            p.paragraph_format.space_after = Pt(0)
    for r, row in enumerate(rows):  # merges after the text, so that a merged cell keeps one paragraph
        for c, text in enumerate(row):
            if text == "<":
                c0 = c
                while rows[r][c0] == "<":
                    c0 -= 1
                t.cell(r, c0).merge(t.cell(r, c))
            elif text == "^":
                r0 = r
                while rows[r0][c] == "^":
                    r0 -= 1
                t.cell(r0, c).merge(t.cell(r, c))
    def weight(c: int) -> float:  # room for the longest word, more for long texts (within limits)
        texts = [r[c] for r in rows if r[c] not in ("<", "^")]
        longest_word = max((len(w) for t in texts for w in t.split(" ")), default=1)  # NBSP joins
        return max(longest_word * 1.3 + 2, min(36, max(map(len, texts))))

    weights = [weight(c) for c in range(n_cols)]
    t.autofit = False
    for c, col in enumerate(t.columns):  # columns as wide as their longest text (within limits)
        width = Mm(170 * weights[c] / sum(weights))
        col.width = width
        for cell in col.cells:
            cell.width = width
    for row in t.rows:  # python-docx leaves an empty paragraph in a merged cell
        for cell in row.cells:
            ps = cell.paragraphs
            for p in ps[1:]:
                if not p.text:
                    p._element.getparent().remove(p._element)


def deterministic_zip(data: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    names = src.namelist()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for name in names:
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            info.external_attr = 0
            dst.writestr(info, src.read(name), compresslevel=9)
    return out.getvalue()


def render_docx(src: Source) -> bytes:
    buf = io.BytesIO()
    build_document(src).save(buf)
    return deterministic_zip(buf.getvalue())


def convert_to_pdf(docx_path: Path, out: Path) -> Path:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        raise RuntimeError("LibreOffice (soffice) is needed to build the PDFs: apt-get install libreoffice-writer-nogui")
    with tempfile.TemporaryDirectory() as profile, tempfile.TemporaryDirectory() as outdir:
        subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", outdir, str(docx_path)],
                       check=True, capture_output=True, timeout=300)
        shutil.move(str(Path(outdir) / (docx_path.stem + ".pdf")), out)
    return out


def build(src: Source) -> Path:
    out = src.output
    out.parent.mkdir(parents=True, exist_ok=True)
    if src.format == "txt":
        out.write_bytes(txt_bytes(src))
    elif src.format == "docx":
        out.write_bytes(render_docx(src))
    else:
        with tempfile.TemporaryDirectory() as tmp:
            docx_path = Path(tmp) / f"{src.stem}.docx"
            docx_path.write_bytes(render_docx(src))
            convert_to_pdf(docx_path, out)
    return out


def main(argv: list[str]) -> int:
    wanted = set(argv)
    for src in sources():
        if wanted and src.stem not in wanted:
            continue
        for half in HALVES:  # a report moved between halves leaves no stale copy behind
            for fmt in FORMATS:
                stale = HERE / half / f"{src.stem}.{fmt}"
                if stale != src.output and stale.exists():
                    stale.unlink()
        print(build(src).relative_to(HERE.parent.parent))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
