"""Build the scanned, OCR'd, legacy and chart variants of the seed report.

Run from the repository root, after ``corpus/build_corpus.py``::

    python corpus/build_ocr_variants.py            # everything
    python corpus/build_ocr_variants.py scan doc   # only some parts

It needs Tesseract (Debian: ``tesseract-ocr tesseract-ocr-kaz
tesseract-ocr-rus``) for the text layers and LibreOffice (``soffice``) for
the ``.doc``; the page images are rendered with pypdfium2 (installed with
pdfplumber).  It writes, next to the seed:

* ``<seed>.scan300.pdf``: every page of the seed PDF rendered at 300 dpi,
  black and white, as an image-only PDF (what a flat-bed scanner gives);
* ``<seed>.scan200.pdf``: rendered at 200 dpi in grey and mildly degraded:
  skewed by less than 1 degree, blurred, with noise, saved as JPEG;
* ``<seed>.ocr300.pdf`` and ``<seed>.ocr200.pdf``: the same page images with
  the invisible text layer Tesseract writes (``kaz+rus``), as a scanner's
  OCR program would leave them;
* ``<seed>.doc``: the seed ``.docx`` saved by LibreOffice as Word 97-2003;
* ``chart_demo.docx``: a short report with a real DrawingML bar chart (its
  cached categories and values) and the Excel workbook behind it, whose
  values are known (see ``CHART`` below).

Degradation is seeded, so the images are the same on every run; the text
layers depend on the Tesseract version.
"""

from __future__ import annotations

import argparse
import io
import logging
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
import zlib
from pathlib import Path

import numpy as np
from PIL import Image, ImageFilter

log = logging.getLogger(__name__)

HERE = Path(__file__).resolve().parent
STEM = "000_70fe3c6eccae0b92"
SEED_PDF = HERE / f"{STEM}.pdf"
SEED_DOCX = HERE / f"{STEM}.docx"
LANGS = "kaz+rus"
SEED = 20180710

#: The chart of chart_demo.docx: title, categories, series name and values.
CHART = {
    "title": "Оқырмандар саны",
    "categories": ["2017", "2018"],
    "series": [
        ("Оқырмандар", [11297.0, 11181.0]),
        ("Кітап берілімі", [242266.0, 241700.0]),
    ],
}


# ------------------------------------------------------------- page images


def render_pages(pdf: Path, dpi: int) -> list[Image.Image]:
    """Every page of ``pdf`` as a greyscale image at ``dpi``."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(pdf))
    try:
        return [page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L") for page in doc]
    finally:
        doc.close()


def binarize(img: Image.Image) -> Image.Image:
    return img.point(lambda v: 255 if v >= 160 else 0).convert("1", dither=Image.Dither.NONE)


def degrade(img: Image.Image, rng: np.random.Generator) -> Image.Image:
    """A mild scan: a skew under one degree, greyer paper with sensor noise,
    a little blur (JPEG artefacts come at saving)."""
    angle = float(rng.uniform(0.3, 0.9)) * (1 if rng.random() < 0.5 else -1)
    img = img.rotate(angle, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=255)
    arr = np.asarray(img, dtype=np.float32) * 0.9 + 18 + rng.normal(0.0, 4.0, img.size[::-1])
    img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "L")
    return img.filter(ImageFilter.GaussianBlur(radius=0.8))


def uneven_light(img: Image.Image, rng: np.random.Generator) -> Image.Image:
    """A page photographed or scanned with a shadow: the light falls off
    towards a corner (to 55% of the brightest paper), a soft band of shadow
    crosses the page (a fold or the binding), grey paper, sensor noise and
    a little blur."""
    a = np.asarray(img.convert("L"), dtype=np.float32) / 255.0
    h, w = a.shape
    yy, xx = np.mgrid[0:h, 0:w]
    band = float(rng.uniform(0.2, 0.8))
    light = 1.0 - 0.45 * (xx / w) * (yy / h) - 0.25 * np.exp(-((xx - band * w) / (0.12 * w)) ** 2)
    arr = 235.0 * light * a + 20.0 * light * (1.0 - a) + rng.normal(0.0, 6.0, a.shape)
    img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "L")
    return img.filter(ImageFilter.GaussianBlur(radius=0.6))


# -------------------------------------------------- a minimal image-only PDF


def _jpeg_bytes(img: Image.Image, dpi: int, quality: int) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality, dpi=(dpi, dpi), optimize=True)
    return buf.getvalue()


def _image_object(img: Image.Image, jpeg: bytes | None) -> tuple[bytes, bytes]:
    """(dictionary, stream) of a PDF image XObject."""
    w, h = img.size
    if jpeg is not None:
        return (f"/Type /XObject /Subtype /Image /Width {w} /Height {h} /ColorSpace /DeviceGray "
                f"/BitsPerComponent 8 /Filter /DCTDecode /Length {len(jpeg)}").encode(), jpeg
    data = zlib.compress(img.convert("1").tobytes(), 9)  # 1 = white, rows padded to bytes
    return (f"/Type /XObject /Subtype /Image /Width {w} /Height {h} /ColorSpace /DeviceGray "
            f"/BitsPerComponent 1 /Filter /FlateDecode /Length {len(data)}").encode(), data


def write_image_pdf(pages: list[tuple[Image.Image, bytes | None]], dpi: int, out: Path) -> None:
    """An image-only PDF, one page per image, no text layer.  ``bytes`` is
    the JPEG of the page (embedded as is) or None for a 1-bit page."""
    objs: list[bytes] = []

    def add(body: bytes) -> int:
        objs.append(body)
        return len(objs)

    add(b"")  # 1: catalog, filled below
    add(b"")  # 2: page tree
    kids = []
    for img, jpeg in pages:
        w_pt, h_pt = img.size[0] * 72 / dpi, img.size[1] * 72 / dpi
        head, stream = _image_object(img, jpeg)
        im = add(b"<< " + head + b" >>\nstream\n" + stream + b"\nendstream")
        content = f"q {w_pt:.3f} 0 0 {h_pt:.3f} 0 0 cm /Im0 Do Q".encode()
        c = add(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
        kids.append(add(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {w_pt:.3f} {h_pt:.3f}] "
                        f"/Resources << /XObject << /Im0 {im} 0 R >> >> /Contents {c} 0 R >>".encode()))
    objs[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[1] = f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>".encode()
    out_b = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out_b))
        out_b += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out_b)
    out_b += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out_b += f"{off:010d} 00000 n \n".encode()
    out_b += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    out.write_bytes(bytes(out_b))


# ----------------------------------------------------- Tesseract text layer


def tesseract_pdf(image_files: list[Path], dpi: int, out: Path, workers: int = 2) -> None:
    """A searchable PDF (image + invisible text) made by Tesseract from the
    page images, pages OCR'd in ``workers`` processes of one thread each
    (threaded Tesseract is much slower on a small machine), then joined."""
    tess = shutil.which("tesseract")
    if not tess:
        raise SystemExit("tesseract is needed: apt-get install tesseract-ocr tesseract-ocr-kaz tesseract-ocr-rus")
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    tmp = Path(tempfile.mkdtemp(prefix="esep-ocr-parts-"))
    procs: list[subprocess.Popen] = []
    parts = []
    for i, f in enumerate(image_files):
        base = tmp / f"p{i:03d}"
        parts.append(base.with_suffix(".pdf"))
        while len([p for p in procs if p.poll() is None]) >= workers:
            procs[[p.poll() is None for p in procs].index(True)].wait()
        procs.append(subprocess.Popen([tess, str(f), str(base), "-l", LANGS, "--psm", "4", "--dpi", str(dpi), "pdf"],
                                      env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
    for p in procs:
        if p.wait() != 0:
            raise SystemExit(f"tesseract failed: {p.args}")
    join_pdfs(parts, out)
    shutil.rmtree(tmp)


def join_pdfs(parts: list[Path], out: Path) -> None:
    import pypdfium2 as pdfium

    dest = pdfium.PdfDocument.new()
    for p in parts:
        src = pdfium.PdfDocument(str(p))
        dest.import_pages(src)
        src.close()
    dest.save(str(out))
    dest.close()


def build_scans(which: set[str]) -> None:
    with tempfile.TemporaryDirectory() as td:
        tdir = Path(td)
        if "300" in which:
            pages = [binarize(p) for p in render_pages(SEED_PDF, 300)]
            write_image_pdf([(p, None) for p in pages], 300, HERE / f"{STEM}.scan300.pdf")
            files = []
            for i, p in enumerate(pages):
                f = tdir / f"s300_{i:03d}.png"
                p.save(f, dpi=(300, 300))
                files.append(f)
            tesseract_pdf(files, 300, HERE / f"{STEM}.ocr300.pdf")
        if "200" in which:
            rng = np.random.default_rng(SEED)
            pages = [degrade(p, rng) for p in render_pages(SEED_PDF, 200)]
            jpegs = [_jpeg_bytes(p, 200, 30) for p in pages]
            write_image_pdf(list(zip(pages, jpegs)), 200, HERE / f"{STEM}.scan200.pdf")
            files = []
            for i, j in enumerate(jpegs):
                f = tdir / f"s200_{i:03d}.jpg"
                f.write_bytes(j)
                files.append(f)
            tesseract_pdf(files, 200, HERE / f"{STEM}.ocr200.pdf")


# ------------------------------------------------------------------- .doc


def independent_lists(docx_bytes: bytes) -> bytes:
    """The .docx with each numbered list on its own list definition.

    The seed's .docx restarts its second list with a ``startOverride`` on a
    second ``w:num`` of the same definition; LibreOffice's .doc export
    loses such overrides (every item restarts), while Word itself gives each
    new list a definition of its own.  This does the same before export."""
    import re

    with zipfile.ZipFile(io.BytesIO(docx_bytes)) as z:
        files = {n: z.read(n) for n in z.namelist()}
    xml = files["word/numbering.xml"].decode("utf-8")
    abstracts = {m.group(1): m.group(0) for m in
                 re.finditer(r'<w:abstractNum w:abstractNumId="(\d+)".*?</w:abstractNum>', xml, re.S)}
    next_id = max(map(int, abstracts), default=-1) + 1
    used: set[str] = set()
    new_abstracts = []

    def num(m: re.Match) -> str:
        nonlocal next_id
        num_id, abs_id = m.group(1), m.group(2)
        if abs_id not in used:
            used.add(abs_id)
            return f'<w:num w:numId="{num_id}"><w:abstractNumId w:val="{abs_id}"/></w:num>'
        clone = re.sub(r'w:abstractNumId="\d+"', f'w:abstractNumId="{next_id}"', abstracts[abs_id], count=1)
        clone = re.sub(r"<w:nsid [^>]*/>", "", clone)
        new_abstracts.append(clone)
        next_id += 1
        return f'<w:num w:numId="{num_id}"><w:abstractNumId w:val="{next_id - 1}"/></w:num>'

    xml = re.sub(r'<w:num w:numId="(\d+)"><w:abstractNumId w:val="(\d+)"/>.*?</w:num>', num, xml, flags=re.S)
    first_num = xml.index("<w:num ")
    xml = xml[:first_num] + "".join(new_abstracts) + xml[first_num:]
    files["word/numbering.xml"] = xml.encode("utf-8")
    return _zip(files)


def build_doc() -> Path:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        raise SystemExit("LibreOffice is needed: apt-get install libreoffice-writer-nogui")
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / f"{STEM}.docx"
        src.write_bytes(independent_lists(SEED_DOCX.read_bytes()))
        subprocess.run([soffice, f"-env:UserInstallation=file://{td}/profile", "--headless",
                        "--convert-to", "doc:MS Word 97", "--outdir", f"{td}/out", str(src)],
                       check=True, capture_output=True, timeout=300)
        out = HERE / f"{STEM}.doc"
        shutil.copyfile(Path(td) / "out" / f"{STEM}.doc", out)
    return out


# ------------------------------------------------------------ chart demo

_C = "http://schemas.openxmlformats.org/drawingml/2006/chart"
_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def _esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def _col(i: int) -> str:
    return "ABCDEFGHIJ"[i]


def chart_xml(chart: dict) -> str:
    cats = chart["categories"]
    n = len(cats)
    sers = []
    for k, (name, values) in enumerate(chart["series"]):
        col = _col(k + 1)
        cat_pts = "".join(f'<c:pt idx="{i}"><c:v>{_esc(c)}</c:v></c:pt>' for i, c in enumerate(cats))
        val_pts = "".join(f'<c:pt idx="{i}"><c:v>{v:g}</c:v></c:pt>' for i, v in enumerate(values))
        sers.append(
            f'<c:ser><c:idx val="{k}"/><c:order val="{k}"/>'
            f'<c:tx><c:strRef><c:f>Sheet1!${col}$1</c:f><c:strCache><c:ptCount val="1"/>'
            f'<c:pt idx="0"><c:v>{_esc(name)}</c:v></c:pt></c:strCache></c:strRef></c:tx>'
            f'<c:invertIfNegative val="0"/>'
            f'<c:cat><c:strRef><c:f>Sheet1!$A$2:$A${n + 1}</c:f><c:strCache><c:ptCount val="{n}"/>'
            f'{cat_pts}</c:strCache></c:strRef></c:cat>'
            f'<c:val><c:numRef><c:f>Sheet1!${col}$2:${col}${n + 1}</c:f><c:numCache>'
            f'<c:formatCode>General</c:formatCode><c:ptCount val="{n}"/>{val_pts}</c:numCache></c:numRef></c:val>'
            f'</c:ser>')
    title = (f'<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:r><a:t>{_esc(chart["title"])}</a:t>'
             f'</a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>')
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<c:chartSpace xmlns:c="{_C}" xmlns:a="{_A}" xmlns:r="{_R}">'
        '<c:roundedCorners val="0"/>'
        f'<c:chart>{title}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>'
        '<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>'
        + "".join(sers) +
        '<c:gapWidth val="150"/><c:axId val="1001"/><c:axId val="1002"/></c:barChart>'
        '<c:catAx><c:axId val="1001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>'
        '<c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="0"/><c:tickLblPos val="nextTo"/>'
        '<c:crossAx val="1002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/>'
        '<c:lblOffset val="100"/></c:catAx>'
        '<c:valAx><c:axId val="1002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>'
        '<c:axPos val="l"/><c:majorGridlines/><c:numFmt formatCode="General" sourceLinked="1"/>'
        '<c:tickLblPos val="nextTo"/><c:crossAx val="1001"/><c:crosses val="autoZero"/>'
        '<c:crossBetween val="between"/></c:valAx></c:plotArea>'
        '<c:legend><c:legendPos val="r"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/></c:chart>'
        '<c:externalData r:id="rId1"><c:autoUpdate val="0"/></c:externalData>'
        '</c:chartSpace>')


def workbook_xlsx(chart: dict) -> bytes:
    """The embedded workbook behind the chart: categories in column A, one
    series per column, names in row 1 (inline strings, no shared strings)."""
    rows = [["", *[name for name, _ in chart["series"]]]]
    for i, cat in enumerate(chart["categories"]):
        rows.append([cat, *[vals[i] for _, vals in chart["series"]]])
    xml_rows = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = f"{_col(c)}{r}"
            if isinstance(v, float):
                cells.append(f'<c r="{ref}"><v>{v:g}</v></c>')
            elif v:
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{_esc(v)}</t></is></c>')
        xml_rows.append(f'<row r="{r}">{"".join(cells)}</row>')
    ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    files = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            '</Types>'),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>'),
        "xl/workbook.xml": (
            f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{ns}" xmlns:r="{_R}"><sheets>'
            '<sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>'),
        "xl/_rels/workbook.xml.rels": (
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
            '</Relationships>'),
        "xl/worksheets/sheet1.xml": (
            f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{ns}"><sheetData>{"".join(xml_rows)}'
            '</sheetData></worksheet>'),
    }
    return _zip(files)


def _zip(files: dict[str, str | bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            info = zipfile.ZipInfo(name, date_time=(2018, 7, 10, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)
    return buf.getvalue()


def build_chart_demo(out: Path = HERE / "chart_demo.docx") -> Path:
    """A short .docx with a paragraph, the chart and a closing paragraph,
    written with python-docx and the chart parts added to its package."""
    import docx
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml

    d = docx.Document()
    d.core_properties.author = "esep corpus builder"
    d.core_properties.title = "chart demo"
    import datetime as _dt
    fixed = _dt.datetime(2018, 7, 10, 9, 0, 0)
    d.core_properties.created = d.core_properties.modified = fixed
    d.core_properties.last_modified_by = "esep corpus builder"
    d.add_paragraph("Оқырмандарға қызмет көрсету")
    d.add_paragraph("Оқырмандар саны мен кітап берілімі 2017 және 2018 жылдардың бірінші жартысында:")
    pkg = d.part.package
    chart_part = Part(PackURI("/word/charts/chart1.xml"),
                      "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
                      chart_xml(CHART).encode("utf-8"), pkg)
    wb_part = Part(PackURI("/word/embeddings/Microsoft_Excel_Worksheet1.xlsx"),
                   "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                   workbook_xlsx(CHART), pkg)
    chart_part.relate_to(wb_part, RT.PACKAGE)
    rid = d.part.relate_to(chart_part, RT.CHART)
    emu_w, emu_h = 5486400, 3200400
    p = d.add_paragraph()
    drawing = parse_xml(
        f'<w:drawing xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        f'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        f'xmlns:a="{_A}" xmlns:c="{_C}" xmlns:r="{_R}">'
        f'<wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{emu_w}" cy="{emu_h}"/>'
        f'<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:docPr id="1" name="Chart 1"/>'
        f'<wp:cNvGraphicFramePr/><a:graphic><a:graphicData uri="{_C}">'
        f'<c:chart r:id="{rid}"/></a:graphicData></a:graphic></wp:inline></w:drawing>')
    p.add_run()._r.append(drawing)
    d.add_paragraph("Оқырмандар саны 2018 жылы 11181 адамды құрады.")
    buf = io.BytesIO()
    d.save(buf)
    # rewrite with fixed zip dates so that a rebuild gives the same bytes
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as z:
        files = {n: z.read(n) for n in z.namelist()}
    out.write_bytes(_zip(files))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("parts", nargs="*", default=["scan300", "scan200", "doc", "chart"],
                    help="what to build: scan300 scan200 doc chart (default: all)")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    parts = set(args.parts)
    scans = {p[4:] for p in parts if p.startswith("scan")}
    if scans:
        build_scans(scans)
    if "doc" in parts:
        build_doc()
    if "chart" in parts:
        build_chart_demo()
    for f in sorted(HERE.glob(f"{STEM}.*")) + [HERE / "chart_demo.docx"]:
        if f.exists():
            log.info("%8d  %s", f.stat().st_size, f.name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
