"""Scanned and OCR'd PDFs: Tesseract for pages without text, ruled tables
found in the page image, and the text layer a scanner's OCR program left.

A PDF page is *image-backed* when one image covers most of it and it has no
drawn lines or rectangles: a scan.  Such a page is read in the frame of its
image, straightened first (a scan is rarely level: the skew is found from
the image and words and table rules are turned back by it):

* **words** come from the page's text layer when it has one (what
  Tesseract, ABBYY or Acrobat leave: invisible text over the image), or
  from Tesseract (``--ocr auto``, the default, OCRs pages without text;
  ``--ocr always`` every page, whatever text it has; ``--ocr never`` none).  OCR
  words keep their confidence; a block's ``confidence`` is the mean of the
  words it is made of (0..1).
* **tables** are rebuilt from the ruled lines found in the image with
  OpenCV: long horizontal and vertical strokes, a cell per region the rules
  enclose, merged cells where a rule is missing.  Words are put into cells
  by position, as for a PDF's drawn tables.

Lines, paragraphs, list items, headings and tables over page breaks are
then built by the PDF loader's own code, so an OCR'd page reads like a
typed one.  Tesseract runs with ``OMP_THREAD_LIMIT=1`` (threaded Tesseract
is many times slower on a machine of two cores) and its results are cached
by the hash of the page image under ``<cache_dir>/ocr`` (``--set
cache_dir=...``; default ``~/.cache/esep``), so a re-ingest never OCRs a
page twice.

Settings (``--set NAME=VALUE``): ``ocr_lang`` (default ``kaz+rus``),
``ocr_dpi`` (300), ``ocr_psm`` (Tesseract's page segmentation mode; 4, one
column of text of varying sizes, keeps list numbers on their lines),
``ocr_cache`` (``off`` to disable), ``cache_dir``.

When Tesseract or a language is missing, a file that needs OCR fails with
one message naming the Debian packages to install (an ``ingest_errors``
row); every other file is read as usual.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
import logging
import math
import os
import re
import shutil
import statistics
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from esep import progress
from esep.model import Document
from esep.registry import Config
from esep.plugins.lang.alphabet import CYRILLIC_LETTERS, CYRILLIC_TO_LATIN, LOWER
from esep.plugins.ocr_repair import lost_kazakh_share
from esep.plugins.pdf.pages import Line, Page, Word, group_lines
from esep.plugins.pdf.tables import LEADER_RE, find_text_tables, ruled_table

log = logging.getLogger(__name__)

DEFAULT_LANG = "kaz+rus"
DEFAULT_DPI = 300
TABLE_DPI = 150  # enough to find rules and the skew of a page with a text layer
PACKAGES = "tesseract-ocr tesseract-ocr-kaz tesseract-ocr-rus"
_LANG_PACKAGES = {"kaz": "tesseract-ocr-kaz", "rus": "tesseract-ocr-rus", "eng": "tesseract-ocr-eng"}
_IMAGE_COVER = 0.5  # an image over half the page makes it a scan
_MAX_SKEW = 3.0  # degrees searched for the skew of a page
CACHE_VERSION = "1"


class OcrUnavailable(RuntimeError):
    """Tesseract (or one of its languages, or pytesseract) is not installed."""


@dataclass
class OcrWord:
    """A word in PDF points (x0, top, x1, bottom, as pdfplumber measures),
    with Tesseract's confidence (0..100; None for a text layer) and the
    height of its text line (the font size to use)."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    conf: float | None = None
    size: float = 0.0
    #: the text as a text layer wrote it, when a rule read the word's marks again (a bullet, a rule's bracket)
    read: str | None = None


@dataclass
class ImageTable:
    """A table whose rules were found in a page image.  ``bbox`` and each
    of ``cells`` are (x0, top, x1, bottom) in PDF points: the same shape as
    a pdfplumber ``Table``, so the PDF loader places words into it as into a
    drawn table."""

    bbox: tuple[float, float, float, float]
    cells: list[tuple[float, float, float, float]] = field(default_factory=list)


@dataclass
class ScanPage:
    """What was read from one image-backed page."""

    words: list[OcrWord]
    tables: list[ImageTable]
    source: str  # "ocr" or "text_layer"
    skew: float = 0.0  # degrees the page was turned back by
    quality: dict[str, float] = field(default_factory=dict)  # of the text layer (layer_quality)
    poor: list[str] = field(default_factory=list)  # why the layer was set aside, if it was
    image: Any = None  # the levelled page image (numpy, greyscale) the tables were found in
    dpi: int = 0  # its resolution
    lang: str = ""  # Tesseract's languages the words were read with (OCR'd pages)
    turn: int = 0  # degrees the page image was turned anticlockwise to read it upright (OCR'd pages)
    rules: list[tuple[float, float, float]] = field(default_factory=list)  # horizontal rules: (y, x0, x1), points


# ------------------------------------------------------------- Tesseract


def cache_root(config: Config) -> Path:
    return config.cache_dir


@functools.lru_cache(maxsize=8)
def _tesseract_info(cmd: str | None) -> tuple[str, frozenset[str]]:
    """(version line, installed languages) of the tesseract binary."""
    exe = cmd or shutil.which("tesseract")
    if not exe:
        raise OcrUnavailable(f"Tesseract is not installed; install the Debian packages {PACKAGES}")
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    try:
        ver = subprocess.run([exe, "--version"], capture_output=True, text=True, timeout=30, env=env)
        langs = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, timeout=30, env=env)
    except OSError as e:
        raise OcrUnavailable(f"Tesseract cannot be run ({e}); install the Debian packages {PACKAGES}") from e
    version = (ver.stdout or ver.stderr).strip().splitlines()[0] if (ver.stdout or ver.stderr) else "?"
    names = frozenset(ln.strip() for ln in langs.stdout.splitlines()[1:] if ln.strip())
    return version, names


def check_tesseract(lang: str = DEFAULT_LANG) -> str:
    """The Tesseract version line; raises :class:`OcrUnavailable` with what
    to install when Tesseract, a language of ``lang`` or pytesseract is missing."""
    try:
        import pytesseract  # noqa: F401
    except ImportError as e:
        raise OcrUnavailable("the Python package pytesseract is not installed; pip install pytesseract "
                             f"(and the Debian packages {PACKAGES})") from e
    version, names = _tesseract_info(_tesseract_cmd())
    missing = [code for code in lang.split("+") if code not in names]
    if missing:
        pkgs = " ".join(_LANG_PACKAGES.get(c, f"tesseract-ocr-{c}") for c in missing)
        raise OcrUnavailable(f"Tesseract has no language data for {'+'.join(missing)}; "
                             f"install the Debian package {pkgs}")
    return version


def _tesseract_cmd() -> str | None:
    return os.environ.get("ESEP_TESSERACT") or shutil.which("tesseract")


def ocr_image(img: Any, config: Config, dpi: int, lang: str | None = None, psm: int | None = None,
              extra: str = "") -> list[dict[str, Any]]:
    """Tesseract's words of a greyscale PIL image, in pixels: dicts with
    text, left, top, width, height, conf, line (a key per text line).
    ``lang`` and ``psm`` default to the settings ``ocr_lang`` and
    ``ocr_psm``; ``extra`` is more of Tesseract's command line (``-c``
    variables).  Cached by the hash of the image under ``<cache_dir>/ocr``."""
    lang = lang or str(config.get("ocr_lang", DEFAULT_LANG))
    psm = psm if psm is not None else int(config.get("ocr_psm", 4))
    version = check_tesseract(lang)
    key = hashlib.sha256()
    for part in (CACHE_VERSION, version, lang, str(psm), str(dpi), img.mode, repr(img.size)) + ((extra,) if extra else ()):
        key.update(part.encode() + b"\0")
    key.update(img.tobytes())
    cache_file = _cache_file(config, key.hexdigest(), ".json")
    cached = _cache_load(cache_file)
    if isinstance(cached, list):
        return cached
    pytesseract = _pytesseract()
    try:
        data = pytesseract.image_to_data(img, lang=lang, config=f"--psm {psm} --dpi {dpi} {extra}".strip(),
                                         output_type=pytesseract.Output.DICT,
                                         timeout=max(1, int(config.timeout)))
    except pytesseract.TesseractNotFoundError as e:
        raise OcrUnavailable(f"Tesseract is not installed; install the Debian packages {PACKAGES}") from e
    words = []
    for i, text in enumerate(data["text"]):
        text = (text or "").strip()
        conf = float(data["conf"][i])
        if not text or conf < 0:
            continue
        words.append({
            "text": text, "left": int(data["left"][i]), "top": int(data["top"][i]),
            "width": int(data["width"][i]), "height": int(data["height"][i]), "conf": conf,
            "line": f"{data['block_num'][i]}.{data['par_num'][i]}.{data['line_num'][i]}",
        })
    _cache_store(cache_file, words)
    return words


#: what pytesseract says when Tesseract runs past its timeout (``--timeout``)
OCR_TIMEOUT_TEXT = "Tesseract process timeout"


def timed_out(e: BaseException) -> bool:
    """Whether ``e`` is Tesseract running past its timeout."""
    return isinstance(e, RuntimeError) and OCR_TIMEOUT_TEXT in str(e)


def ocr_again(img: Any, config: Config, dpi: int, **ocr_args: Any) -> list[dict[str, Any]] | None:
    """:func:`ocr_image` for a second reading of what was read once (a
    crop, the page in other languages or turned): None when Tesseract runs
    past its timeout, so the first reading stands.  On a busy machine a
    page read in full can lose its second readings; losing the page for
    one of them would lose words already read."""
    try:
        return ocr_image(img, config, dpi, **ocr_args)
    except RuntimeError as e:
        if not timed_out(e):
            raise
        log.warning("a second OCR reading ran past the timeout (%g s); the first reading kept", config.timeout)
        return None


def _pytesseract() -> Any:
    """pytesseract, pointed at the Tesseract found, with one thread
    (Tesseract inherits OMP_THREAD_LIMIT; threads make it far slower here)."""
    import pytesseract

    cmd = _tesseract_cmd()
    if cmd:
        pytesseract.pytesseract.tesseract_cmd = cmd
    os.environ["OMP_THREAD_LIMIT"] = "1"
    return pytesseract


def _cache_file(config: Config, digest: str, suffix: str) -> Path | None:
    """Where the OCR cache keeps what ``digest`` names, or None when the
    cache is off (``--set ocr_cache=off``)."""
    if str(config.get("ocr_cache", "on")).lower() in ("off", "0", "no", "false"):
        return None
    return cache_root(config) / "ocr" / digest[:2] / f"{digest}{suffix}"


def _cache_load(cache_file: Path | None) -> Any:
    """What the cache holds at ``cache_file``, or None (absent, off, unreadable)."""
    if cache_file is None or not cache_file.exists():
        return None
    try:
        return json.loads(cache_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        log.warning("unreadable OCR cache entry %s; OCRing again", cache_file)
        return None


def _cache_store(cache_file: Path | None, value: Any) -> None:
    """``value`` written to the cache at ``cache_file`` whole (through a
    temporary file, so a reader never sees half of it)."""
    if cache_file is None:
        return
    try:
        cache_file.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache_file.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(value, ensure_ascii=False), encoding="utf-8")
        tmp.replace(cache_file)
    except OSError as e:
        log.warning("cannot write the OCR cache %s: %s", cache_file, e)


# -------------------------------------------------------------- images


def render(page: Any, dpi: int) -> Any:
    """A pdfplumber page as a greyscale PIL image at ``dpi``."""
    return page.to_image(resolution=dpi).original.convert("L")


def page_image_cover(page: Any) -> float:
    """The share of the page's area the largest image covers."""
    area = float(page.width) * float(page.height) or 1.0
    best = 0.0
    for im in page.images:
        w = max(0.0, min(float(im["x1"]), float(page.width)) - max(float(im["x0"]), 0.0))
        h = max(0.0, min(float(im["bottom"]), float(page.height)) - max(float(im["top"]), 0.0))
        best = max(best, w * h / area)
    return best


def is_scan(page: Any) -> bool:
    """An image covers most of the page and nothing is drawn over it."""
    if page.objects.get("line") or page.objects.get("rect") or page.objects.get("curve"):
        return False
    return page_image_cover(page) >= _IMAGE_COVER


def estimate_skew(gray: Any) -> float:
    """The angle (degrees, counter-clockwise positive as OpenCV rotates)
    that levels the text of a page: the angle whose rotation makes the row
    profile of the ink sharpest."""
    import cv2
    import numpy as np

    h, w = gray.shape
    scale = min(1.0, 900.0 / max(h, w))
    small = cv2.resize(gray, (int(w * scale), int(h * scale)), interpolation=cv2.INTER_AREA)
    ink = (small < 160).astype(np.float32)
    if ink.sum() < 50:
        return 0.0
    centre = (small.shape[1] / 2, small.shape[0] / 2)

    def sharpness(angle: float) -> float:
        m = cv2.getRotationMatrix2D(centre, angle, 1.0)
        rot = cv2.warpAffine(ink, m, (small.shape[1], small.shape[0]), flags=cv2.INTER_NEAREST)
        return float(np.var(rot.sum(axis=1)))

    best = max((a / 10 for a in range(-int(_MAX_SKEW * 10), int(_MAX_SKEW * 10) + 1, 2)), key=sharpness)
    fine = max((best + d / 100 for d in range(-10, 11, 2)), key=sharpness)
    return round(fine, 2)


def rotate(gray: Any, angle: float) -> Any:
    import cv2

    h, w = gray.shape
    m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    return cv2.warpAffine(gray, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=255)


_LID_GREY = 100  # the scanner's lid around a sheet is darker than this (at an eighth of the resolution)
_LID_SHARE = 0.002  # ... and a dark region at the image's edge this share of the image at least


def white_border(gray: Any) -> Any:
    """A sheet scanned with the scanner's dark lid showing around it (laid
    on the glass a little askew, or smaller than the scanned area) with
    that surround made paper: dark regions that touch the image's edge
    (at an eighth of the resolution, where text blurs to a light grey and
    only a fill stays dark), ``_LID_SHARE`` of the image or more, take the
    paper's grey.  Their straight edges are the strongest lines of the
    image: the skew was measured on them (the sheet's tilt inside them
    lost, the text read slanted) and they were taken for a table's rules.
    An image without such a surround is returned as it is."""
    import cv2
    import numpy as np

    h, w = gray.shape[:2]
    small = cv2.resize(gray, None, fx=0.125, fy=0.125, interpolation=cv2.INTER_AREA)
    dark = (small < _LID_GREY).astype(np.uint8)
    if not (dark[0].any() or dark[-1].any() or dark[:, 0].any() or dark[:, -1].any()):
        return gray
    n, labels, stats, _ = cv2.connectedComponentsWithStats(dark, connectivity=8)
    sh, sw = small.shape
    edge = set(labels[0]) | set(labels[-1]) | set(labels[:, 0]) | set(labels[:, -1])
    lid = [i for i in edge if i and stats[i][4] >= _LID_SHARE * sh * sw]
    if not lid:
        return gray
    mask = np.isin(labels, lid).astype(np.uint8)
    mask = cv2.resize(cv2.dilate(mask, np.ones((3, 3), np.uint8)), (w, h), interpolation=cv2.INTER_NEAREST)
    out = gray.copy()
    out[mask > 0] = int(np.percentile(gray[mask == 0], 90)) if (mask == 0).any() else 255
    return out


_UNEVEN_PAPER = 40  # grey levels between the page's lightest and darkest paper: lit unevenly


def flatten_background(gray: Any, dpi: int) -> Any:
    """A page lit unevenly (a photograph, a scan with a shadow of the
    binding or a fold) made even: the paper's brightness is estimated
    everywhere as the lightest grey within about a third of an inch
    (wider than any letter's stroke or gap), smoothed, and the page divided
    by it, so that paper is white and ink dark all over; Tesseract's one
    threshold for the whole page loses the text in the shadow otherwise.
    A page whose paper varies by less than ``_UNEVEN_PAPER`` grey levels
    (every flat-bed scan, every rendering) is returned as it is."""
    import cv2
    import numpy as np

    small = cv2.resize(gray, None, fx=0.125, fy=0.125, interpolation=cv2.INTER_AREA)
    k = max(3, int(dpi * 0.3 / 8) | 1)
    paper = cv2.GaussianBlur(cv2.dilate(small, np.ones((k, k), np.uint8)), (0, 0), k / 2)
    lo, hi = np.percentile(paper, [2, 98])
    if hi - lo < _UNEVEN_PAPER:
        return gray
    paper = cv2.resize(paper, (gray.shape[1], gray.shape[0]), interpolation=cv2.INTER_LINEAR).astype(np.float32)
    return np.clip(gray.astype(np.float32) / np.maximum(paper, 1.0) * 255.0, 0, 255).astype(np.uint8)


_FILL_GREY = 200  # a fill is darker than this at a quarter of the resolution (its light text blurred in)
_FILL_MIN = (0.5, 0.12)  # inches: a fill is this wide and this high at least (a line of bold type is lower)
_FILL_DARK_SHARE = 0.7  # of a fill's pixels at the fill's grey (the text set on it covers less)
_FILL_LIGHT_SHARE = 0.03  # ... and this share of them much lighter: text, not a bar
_FILL_SOLID = 0.8  # of its bounding box a fill covers (cells and bands are rectangles)
_FILL_TEXT_GAP = 60  # grey levels light text is above the fill at least
_FILL_OPEN = 0.25  # of a fill left dark when its dark is narrowed by a twentieth of an inch on each side


def light_on_dark(gray: Any, dpi: int) -> Any:
    """A level page image with its dark fills carrying light text (a
    table's header row or label column set white on a dark band) turned
    to dark text on white paper, as the rest of the page.  Tesseract reads
    light text on a dark fill as noise or not at all, and the fill is no
    rule: its cells' text was lost from the table.  A fill is a region
    dark at a quarter of the resolution (where type blurs to a light
    grey), ``_FILL_MIN`` inches at least, nearly rectangular, most of its
    pixels at the fill's grey and a few much lighter (text; a solid bar
    with nothing on it is left).  Inside a fill the grey is turned over
    and stretched, the fill white and its lightest marks black: the thin
    light lines between the bands of a table's cells become its rules.
    A page without such a fill is returned as it is."""
    import cv2
    import numpy as np

    h, w = gray.shape[:2]
    small = cv2.resize(gray, None, fx=0.25, fy=0.25, interpolation=cv2.INTER_AREA)
    sdpi = dpi / 4.0
    dark = (small < _FILL_GREY).astype(np.uint8)
    # the gaps between a table's bands (its rules drawn white), up to a twenty-fifth of an inch
    dark = cv2.morphologyEx(dark, cv2.MORPH_CLOSE, np.ones((3, 3), np.uint8))
    k = max(3, int(round(sdpi * 0.08)))
    dark = cv2.morphologyEx(dark, cv2.MORPH_OPEN, np.ones((k, k), np.uint8))  # lines of type go
    n, labels, stats, _ = cv2.connectedComponentsWithStats(dark, connectivity=8)
    out = None
    for i in range(1, n):
        x, y, bw, bh, area = stats[i]
        if bw < _FILL_MIN[0] * sdpi or bh < _FILL_MIN[1] * sdpi or area < _FILL_SOLID * bw * bh:
            continue
        # a small pixel of paper around the fill: room for the rule drawn at its edge (below)
        sy, sx = slice(max(0, y - 1), y + bh + 1), slice(max(0, x - 1), x + bw + 1)
        region = cv2.resize((labels[sy, sx] == i).astype(np.uint8), None, fx=4, fy=4,
                            interpolation=cv2.INTER_NEAREST) > 0
        X, Y = 4 * sx.start, 4 * sy.start
        crop = gray[Y:Y + region.shape[0], X:X + region.shape[1]]
        region = region[:crop.shape[0], :crop.shape[1]]
        inner = cv2.erode(region.astype(np.uint8), np.ones((3, 3), np.uint8), iterations=max(1, dpi // 50)) > 0
        px = crop[inner].astype(np.float32)  # the fill's edge blurs into the paper around it
        if px.size == 0:
            continue
        fill = float(np.median(px))
        if fill + _FILL_TEXT_GAP >= 255:
            continue
        dark = crop < (fill + 255.0) / 2
        dark_share = float(dark[inner].mean())
        light_share = float((px > fill + _FILL_TEXT_GAP).mean())
        if dark_share < _FILL_DARK_SHARE or light_share < _FILL_LIGHT_SHARE:
            continue
        if float((px < fill - _FILL_TEXT_GAP).mean()) > light_share:
            continue  # dark text on a grey box: a shade, made white elsewhere
        # a fill is wide open between and around its words; dense type (bold, or a script of
        # square signs) is dark only in strokes, which a twentieth of an inch wipes out
        solid = cv2.erode(dark.astype(np.uint8), np.ones((max(3, dpi // 20),) * 2, np.uint8)) > 0
        if float(solid[inner].mean()) < _FILL_OPEN:
            continue
        if out is None:
            out = gray.copy()
        # the fill's own grey where it is, which shifts across a band (lit unevenly, a gradient):
        # its darkest within a stroke's width or two (the light text taken out), smoothed.  The
        # region reaches a little past the fill (a quarter of the resolution): the paper there
        # turns dark, and the fill's edge is drawn as the rule it was
        kk = max(3, dpi // 25) | 1
        local = cv2.blur(cv2.erode(np.ascontiguousarray(crop), np.ones((kk, kk), np.uint8)),
                         (3 * kk, 3 * kk)).astype(np.float32)
        lo, hi = local + 0.25 * (255.0 - local), local + 0.75 * (255.0 - local)
        turned = 255.0 * (1.0 - np.clip((crop.astype(np.float32) - lo) / np.maximum(hi - lo, 1.0), 0.0, 1.0))
        view = out[Y:Y + region.shape[0], X:X + region.shape[1]]
        view[region] = turned[region].astype(np.uint8)
    return gray if out is None else out


def _turn(points: list[tuple[float, float]], angle: float, centre: tuple[float, float]) -> list[tuple[float, float]]:
    """Points turned as ``rotate`` turns the image (y grows downwards)."""
    a = math.radians(angle)
    cos, sin = math.cos(a), math.sin(a)
    cx, cy = centre
    return [(cos * (x - cx) + sin * (y - cy) + cx, -sin * (x - cx) + cos * (y - cy) + cy) for x, y in points]


# ------------------------------------------------------------ ruled tables


def _segments(mask: Any, horizontal: bool) -> list[tuple[int, int, int]]:
    """Connected strokes of a line mask as (position, start, end): y, x0, x1
    for horizontal strokes; x, y0, y1 for vertical ones."""
    import cv2

    n, _, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    out = []
    for i in range(1, n):
        x, y, w, h, _ = stats[i]
        if horizontal:
            out.append((int(y + h // 2), int(x), int(x + w)))
        else:
            out.append((int(x + w // 2), int(y), int(y + h)))
    return out


def _cluster(values: list[int], tol: int) -> list[int]:
    out: list[list[int]] = []
    for v in sorted(values):
        if out and v - out[-1][-1] <= tol:
            out[-1].append(v)
        else:
            out.append([v])
    return [int(statistics.median(g)) for g in out]


def find_ruled_tables(gray: Any, dpi: int) -> list[tuple[tuple[int, int, int, int], list[tuple[int, int, int, int]]]]:
    """Ruled tables in a level greyscale page image (numpy array): for each,
    its box and its cells' boxes in pixels.  A cell is a region enclosed by
    rules; two grid cells with no rule between them are one merged cell."""
    import cv2
    import numpy as np

    h, w = gray.shape
    # ink: darker than its surroundings (a thin rule rendered small is grey, not black)
    ink = cv2.adaptiveThreshold(gray, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, 31, 20)
    min_len = max(12, int(dpi * 0.35))  # a rule is at least ~9 mm long
    # ... a column rule at least ~6 mm: a table's one row of two lines at a page's foot (its header,
    # the rest on the next page) has no longer ones; a letter's stem is shorter
    min_col = max(12, int(dpi * 0.24))
    hmask = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (min_len, 1)))
    vmask = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, min_col)))
    vmask = cv2.bitwise_or(vmask, _rules_of_one_row(ink, hmask, dpi, min_col))
    vmask = drop_shade_edges(vmask, gray, dpi)
    bridge = max(3, dpi // 50)
    hmask = cv2.dilate(hmask, cv2.getStructuringElement(cv2.MORPH_RECT, (bridge, bridge)))
    vmask = cv2.dilate(vmask, cv2.getStructuringElement(cv2.MORPH_RECT, (bridge, bridge)))
    grid = cv2.bitwise_or(hmask, vmask)
    n, labels, stats, _ = cv2.connectedComponentsWithStats(grid, connectivity=8)
    tables = []
    tol = max(4, dpi // 16)  # rules closer than ~1.5 mm are one rule (a skewed or doubled line)
    for i in range(1, n):
        x, y, bw, bh, _ = stats[i]
        if bw < w * 0.15 or bh < dpi * 0.2:
            continue
        region = labels[y:y + bh, x:x + bw] == i
        hm = (hmask[y:y + bh, x:x + bw] > 0) & region
        vm = (vmask[y:y + bh, x:x + bw] > 0) & region
        hs = _segments(hm.astype(np.uint8), True)
        vs = _segments(vm.astype(np.uint8), False)
        ys = _cluster([s[0] for s in hs], tol)
        xs = _cluster([s[0] for s in vs], tol)
        if len(ys) < 2 or len(xs) < 2:
            continue
        cells = _grid_cells(hm, vm, xs, ys, tol)
        if len(cells) < 2:
            continue
        tables.append(((int(x), int(y), int(x + bw), int(y + bh)),
                       [(int(x + a), int(y + b), int(x + c), int(y + d)) for a, b, c, d in cells]))
    tables.sort(key=lambda t: (t[0][1], t[0][0]))
    return tables


_THICK_RULE = 0.02  # inches: a horizontal stroke thicker than this is a bar or a shade's edge, no rule
_THICK_STROKE = 0.025  # inches: ... unless its mean height is under this (a thin rule blurred, its box stepped)


def horizontal_rules_in(gray: Any, dpi: int) -> list[tuple[int, int, int]]:
    """The horizontal rules of a level page image as (y, x0, x1) in
    pixels: thin strokes at least ~9 mm long (as :func:`find_ruled_tables`
    takes them), those of ruled tables too.  What a born-digital page's
    drawn rules give (:func:`esep.plugins.pdf.pages.horizontal_rules`): the
    rules over and under a table's header and body that an unruled table
    is drawn with."""
    import cv2

    ink = cv2.adaptiveThreshold(gray, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, 31, 20)
    min_len = max(12, int(dpi * 0.35))
    hmask = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (min_len, 1)))
    n, _, stats, _ = cv2.connectedComponentsWithStats(hmask, connectivity=8)
    thick = max(2, int(round(dpi * _THICK_RULE)))
    # a long rule levelled from a skewed scan steps a pixel or two along its length: its box is
    # higher than its stroke, whose thickness is its mean height (its pixels over its length)
    return [(int(y + h // 2), int(x), int(x + w)) for x, y, w, h, area in (stats[i] for i in range(1, n))
            if h <= thick or (h <= 2 * thick and area / w <= dpi * _THICK_STROKE)]


def _rules_of_one_row(ink: Any, hmask: Any, dpi: int, min_col: int) -> Any:
    """Column rules shorter than ``min_col`` that run from one row rule to
    the next: the rules of a header of one line over a row merged across
    the table ("Для взрослых"), which a letter's stem never does (it ends
    short of the rules above and below it)."""
    import cv2
    import numpy as np

    short = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, max(8, dpi // 12))))
    out = np.zeros_like(short)
    n, labels, stats, _ = cv2.connectedComponentsWithStats(short, connectivity=8)
    reach = max(2, dpi // 100)  # how far past a stroke's end a rule may start (the rule's own width)
    h_img, w_img = ink.shape
    for i in range(1, n):
        x, y, w, h, _ = stats[i]
        if h >= min_col or w > max(3, dpi // 40):
            continue  # long enough already, or no thin stroke
        xs = slice(max(0, x - reach), min(w_img, x + w + reach))
        top = hmask[max(0, y - reach):min(h_img, y + reach + 1), xs]
        bottom = hmask[max(0, y + h - 1 - reach):min(h_img, y + h + reach), xs]
        if top.any() and bottom.any():
            out[labels == i] = 255
    return out


_RULE_CONTRAST = 30  # grey levels a rule is darker than the paper on both its sides


def drop_shade_edges(vmask: Any, gray: Any, dpi: int = 0) -> Any:
    """Vertical strokes of ``vmask`` that are a rule: darker than the page
    on both sides.  The adaptive threshold also marks the edge of a shaded
    area (a grey header band beside a white cell, grey rows on a white
    page: the darker side of the edge, as wide as the threshold's window),
    and such an edge taken for a column rule cuts a table's columns at
    random; it is as light as the shade on one side.  A stroke is kept when
    its mean grey is ``_RULE_CONTRAST`` darker than the median of a strip
    of page just beyond it on the left and on the right (a letter beside a
    rule darkens the median of its strip only a little).  On a black and
    white scan a rule is black and both sides white, so every rule stays.
    A strip is a twenty-fifth of an inch wide at least (given ``dpi``): a
    narrower one, beside a gap between two light letters of a heading set
    white on a dark band, fell on a letter, and the band's dark between
    them passed for a rule."""
    import cv2
    import numpy as np

    n, labels, stats, _ = cv2.connectedComponentsWithStats(vmask, connectivity=8)
    if n <= 1:
        return vmask
    w_img = gray.shape[1]
    out = vmask.copy()
    for i in range(1, n):
        x, y, w, h, _ = stats[i]
        box = labels[y:y + h, x:x + w] == i
        stroke = float(gray[y:y + h, x:x + w][box].mean())
        side = max(3, w // 2, dpi // 25)
        left = gray[y:y + h, max(0, x - 2 - side):max(0, x - 2)]
        right = gray[y:y + h, min(w_img, x + w + 2):min(w_img, x + w + 2 + side)]
        sides = [float(np.median(s)) for s in (left, right) if s.size]
        if sides and stroke > min(sides) - _RULE_CONTRAST:
            out[y:y + h, x:x + w][box] = 0
    return out


def _grid_cells(hm: Any, vm: Any, xs: list[int], ys: list[int], tol: int) -> list[tuple[int, int, int, int]]:
    """Cells of a grid of rules: grid squares joined where the rule between
    them is mostly missing; squares outside every rule are dropped."""

    def ruled(mask: Any, fixed: int, a: int, b: int, horizontal: bool) -> bool:
        lo, hi = max(0, fixed - tol), fixed + tol + 1
        if b - a < 2:
            return True
        strip = mask[lo:hi, a:b] if horizontal else mask[a:b, lo:hi]
        covered = strip.any(axis=0) if horizontal else strip.any(axis=1)
        return float(covered.mean()) >= 0.6

    nr, nc = len(ys) - 1, len(xs) - 1
    parent = list(range(nr * nc))

    def find(k: int) -> int:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    pad = tol
    for r in range(nr):
        for c in range(nc):
            k = r * nc + c
            if c + 1 < nc and not ruled(vm, xs[c + 1], ys[r] + pad, ys[r + 1] - pad, False):
                parent[find(k)] = find(k + 1)
            if r + 1 < nr and not ruled(hm, ys[r + 1], xs[c] + pad, xs[c + 1] - pad, True):
                parent[find(k)] = find(k + nc)
    groups: dict[int, list[tuple[int, int]]] = {}
    for r in range(nr):
        for c in range(nc):
            groups.setdefault(find(r * nc + c), []).append((r, c))
    cells = []
    for members in groups.values():
        r0, r1 = min(m[0] for m in members), max(m[0] for m in members)
        c0, c1 = min(m[1] for m in members), max(m[1] for m in members)
        # a region open to the outside of the grid is not a cell (an L-shaped table's outside)
        if not (ruled(hm, ys[r0], xs[c0] + pad, xs[c1 + 1] - pad, True)
                and ruled(hm, ys[r1 + 1], xs[c0] + pad, xs[c1 + 1] - pad, True)
                and ruled(vm, xs[c0], ys[r0] + pad, ys[r1 + 1] - pad, False)
                and ruled(vm, xs[c1 + 1], ys[r0] + pad, ys[r1 + 1] - pad, False)):
            continue
        cells.append((xs[c0], ys[r0], xs[c1 + 1], ys[r1 + 1]))
    return cells


# ------------------------------------------------------------- one page


def _chars_words(page: Any) -> list[OcrWord]:
    """The words of a page's text layer, in the order it was written.

    An OCR program writes each line along the (skewed) baseline it found,
    word by word with a space between: grouping characters by position, as
    for typeset text, cuts a slanted word apart, so a word here is a run of
    characters in content order up to a space or a jump in position."""
    chars = [c for c in page.chars if c.get("upright", True)]
    if not any(c["text"].isspace() for c in chars):
        return [OcrWord(w["text"], float(w["x0"]), float(w["top"]), float(w["x1"]), float(w["bottom"]),
                        None, float(w.get("size") or (w["bottom"] - w["top"])))
                for w in page.extract_words(use_text_flow=True, extra_attrs=["size"])]
    out: list[OcrWord] = []
    run: list[dict[str, Any]] = []

    def flush() -> None:
        if run:
            sizes = sorted(float(c.get("size") or (c["bottom"] - c["top"])) for c in run)
            out.append(OcrWord("".join(c["text"] for c in run), min(float(c["x0"]) for c in run),
                               min(float(c["top"]) for c in run), max(float(c["x1"]) for c in run),
                               max(float(c["bottom"]) for c in run), None, sizes[len(sizes) // 2]))
            run.clear()

    for c in chars:
        if c["text"].isspace():
            flush()
            continue
        if run:
            prev = run[-1]
            size = float(prev.get("size") or 10.0)
            if float(c["x0"]) < float(prev["x0"]) or abs(float(c["top"]) - float(prev["top"])) > 0.5 * size \
                    or float(c["x0"]) - float(prev["x1"]) > 0.6 * size:
                flush()
        run.append(c)
    flush()
    return out


def read_scan_page(page: Any, config: Config, layer_use: str = "check") -> ScanPage:
    """Words and ruled tables of an image-backed pdfplumber page, levelled.

    The page is rendered; its skew found; words come from the text layer
    unless there is none or ``config.ocr == "always"`` (then from Tesseract,
    on the levelled image at ``ocr_dpi``); tables from the rules in the
    levelled image.  Every box is in PDF points of the levelled page.

    A text layer is first measured (:func:`layer_quality`); when it is
    poor (:func:`poor_layer`) and OCR is allowed, it is set aside and the
    page OCR'd, the reasons kept in ``ScanPage.poor``.  ``layer_use``:
    ``check`` (that), ``keep`` (the layer, however poor), ``drop`` (OCR)."""
    import numpy as np

    layer = _chars_words(page) if config.ocr != "always" else []
    if layer and config.ocr != "never" and layer_use == "check":
        # the layer first, at the table resolution: when it is poor, the page is OCR'd here
        sp = read_scan_page(page, config, "keep")
        if not sp.poor:
            return sp
        log.info("page %s: the text layer is poor (%s); OCRing the page", getattr(page, "page_number", "?"),
                 ", ".join(sp.poor))
        again = read_scan_page(page, config, "drop")
        again.poor, again.quality = sp.poor, sp.quality
        return again
    if layer_use == "drop":
        layer = []
    want_ocr = not layer and config.ocr != "never"
    dpi = int(config.get("ocr_dpi", DEFAULT_DPI)) if want_ocr else TABLE_DPI
    img = render(page, dpi)
    gray = white_border(np.asarray(img))
    skew = estimate_skew(gray)
    if abs(skew) >= 0.05:
        gray = rotate(gray, skew)
    gray = light_on_dark(flatten_background(gray, dpi), dpi)
    k = 72.0 / dpi  # pixels to points
    if want_ocr:
        from PIL import Image

        words = []
        raw, lang = read_page_words(Image.fromarray(gray), config, dpi)
        raw, lang, turn, gray = _read_turned(raw, lang, gray, config, dpi)
        raw = read_skipped_text(raw, gray, config, dpi, lang)
        if lang.split("+")[0] == "eng":
            latin_lookalikes(raw)
        raw = drop_flat_specks(drop_inkless(raw, gray))
        bullets(raw, gray)
        en_dashes(raw, gray)
        lines: dict[str, list[dict[str, Any]]] = {}
        for w in raw:
            lines.setdefault(w["line"], []).append(w)
        # Word boxes hug their ink (a line of x-height letters is lower than
        # one with capitals), which would break lines and paragraphs apart:
        # every line gets the same box about its baseline, as type has.
        shape = {}
        for key, ws in lines.items():
            base = statistics.median(w["top"] + w["height"] for w in ws)
            shape[key] = (base, base - min(w["top"] for w in ws))
        usual = statistics.median(h for _, h in shape.values()) if shape else 0
        for key, ws in lines.items():
            base, h = shape[key]
            h = h if h > 1.25 * usual else usual  # a larger heading keeps its size
            for w in ws:
                words.append(OcrWord(w["text"], w["left"] * k, (base - h) * k, (w["left"] + w["width"]) * k,
                                     (base + 0.25 * h) * k, w["conf"], round(1.25 * h * k, 1)))
        words.sort(key=lambda w: (w.top, w.x0))
        source = "ocr"
    else:
        words = _level_words(layer, skew, float(page.width), float(page.height))
        source = "text_layer"
        turn = 0
    _even_sizes(words)
    tables = []
    try:
        for box, cells in find_ruled_tables(gray, dpi):
            tables.append(ImageTable(tuple(v * k for v in box), [tuple(v * k for v in c) for c in cells]))
    except ImportError:  # pragma: no cover - opencv missing: text without tables
        log.warning("opencv is not installed: tables on scanned pages are not rebuilt (pip install "
                    "opencv-python-headless)")
    quality: dict[str, float] = {}
    poor: list[str] = []
    if source == "text_layer":
        quality = layer_quality(words, tables, gray, k)
        # dot leaders the other program read as letters: it misread the page's small print
        quality["leader_letters"] = round(dot_leaders(words, gray, k) / (len(words) or 1), 3)
        # runs of letters in the image no word of the layer covers: lines its layout skipped
        boxes = [{"left": int(w.x0 / k), "top": int(w.top / k), "width": int((w.x1 - w.x0) / k),
                  "height": int((w.bottom - w.top) / k)} for w in words]
        quality["skipped_text"] = round(len(skipped_runs(boxes, gray, dpi)[0]) / (len(words) or 1), 3)
        poor = poor_layer(quality)
    else:
        dot_leaders(words, gray, k)
    try:
        hrules = horizontal_rules_in(gray, dpi)
    except ImportError:  # pragma: no cover - opencv missing (warned above)
        hrules = []
    if source == "text_layer":
        fit_words_on_rules(words, gray, k, hrules)
    words = drop_stretched(words)
    if source == "text_layer":
        words = drop_read_rules(drop_inkless_words(drop_doubled_readings(words, k, hrules), gray, k), gray, k, hrules)
        layer_rule_marks(words, gray, k)
        layer_bullets(words, gray, k)
    image, image_dpi = gray, dpi
    if source == "text_layer" and not (poor and config.ocr != "never"):  # the layer is kept
        image, image_dpi, tables = rules_at_ocr_dpi(page, config, skew, tables)
        layer_en_dashes(words, image, 72.0 / image_dpi)
    if tables:
        words = _drop_rules(words, tables)
    rules = [(y * k, x0 * k, x1 * k) for y, x0, x1 in hrules]
    return ScanPage(words, tables, source, skew, quality, poor, image, image_dpi, lang if want_ocr else "", turn,
                    rules)


def rules_at_ocr_dpi(page: Any, config: Config, skew: float,
                      tables: list[ImageTable]) -> tuple[Any, int, list[ImageTable]]:
    """The page image of a text layer that is kept, rendered again at
    ``ocr_dpi`` and levelled as before, and the ruled tables found in it;
    ``tables`` (found at ``TABLE_DPI``) where the finer image finds fewer
    cells.  A scan made at 200 dpi or less and saved as grey JPEG draws a
    thin rule a pixel wide and lighter than ink: at 150 dpi it blurs into
    the paper and a grid loses most of its column rules (the row read as
    one cell), at the resolution OCR reads at it stays a line.  The layer's
    quality was judged on the coarse image (its limits were set there), and
    the horizontal rules an unruled table is drawn with were found there."""
    import numpy as np

    dpi = int(config.get("ocr_dpi", DEFAULT_DPI))
    gray = white_border(np.asarray(render(page, dpi)))
    if abs(skew) >= 0.05:
        gray = rotate(gray, skew)
    gray = light_on_dark(flatten_background(gray, dpi), dpi)
    k = 72.0 / dpi
    try:
        fine = [ImageTable(tuple(v * k for v in box), [tuple(v * k for v in c) for c in cells])
                for box, cells in find_ruled_tables(gray, dpi)]
    except ImportError:  # pragma: no cover - opencv missing (warned by the caller)
        fine = tables
    if sum(len(t.cells) for t in fine) < sum(len(t.cells) for t in tables):
        fine = tables
    return gray, dpi, fine


_FLAT = 0.125  # of the page's usual word height: a box this flat holds no letter or digit


def drop_flat_specks(raw: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Tesseract's words without the letters and digits it read in a flat
    streak (a piece of a rule or of a shade's edge on a grey scan: "7",
    "22" boxed one or two pixels high between a table's row label and its
    first figure): a letter or a digit is never under ``_FLAT`` of the
    median height of the page's words.  Such a word stood in the gap
    between two columns and joined them.  Dashes and dots stay, and so
    does a word with one ("-2": the flat box is its dash's)."""
    if not raw:
        return raw
    mid = statistics.median(w["height"] for w in raw)
    return [w for w in raw if not (w["height"] < _FLAT * mid and w["text"].isalnum())]


_INKLESS_GREY = 160  # a pixel darker than this is ink, on a blurred grey scan too
_INKLESS_SHARE = 0.005  # ... and a word's box with less of it than this share holds nothing


def drop_inkless(raw: list[dict[str, Any]], gray: Any) -> list[dict[str, Any]]:
    """Tesseract's words without those whose box holds no ink in the page
    image (under ``_INKLESS_SHARE`` of its pixels darker than
    ``_INKLESS_GREY``): on a clean page its line reader fills the blank
    between two columns of a table with a dash or an equals sign ("0094 =
    Granja Adelita", "0106 — Arellano", the box over white paper), and
    the table's column gap is lost.  A word read from ink always has ink
    in its box (a point, a hyphen: the box hugs it)."""
    if gray is None:
        return raw
    h, w = gray.shape[:2]
    out = []
    for wd in raw:
        a, b = max(0, wd["top"]), min(h, wd["top"] + wd["height"])
        l, r = max(0, wd["left"]), min(w, wd["left"] + wd["width"])
        box = gray[a:b, l:r]
        if box.size and int((box < _INKLESS_GREY).sum()) < _INKLESS_SHARE * box.size:
            continue
        out.append(wd)
    return out


def drop_inkless_words(words: list[OcrWord], gray: Any, scale: float) -> list[OcrWord]:
    """The words of another program's text layer without those whose box
    holds no ink in the levelled page image (``scale`` points a pixel), as
    :func:`drop_inkless` drops Tesseract's (here: no pixel of the box
    ``_LAYER_BLANK`` grey levels darker than the page's paper, its 90th
    percentile; light print on a shaded row, an "&" whose darkest pixel is
    grey 161, stays): a layer made by a line reader
    (``--psm 6``) fills the blank between two columns of a table with a
    dash or an equals sign just as often ("0094 = Granja Adelita"), and the
    word in the gap joins the columns.  Only a word without a letter or a
    digit is tested: the layer's boxes are measured on the coarse image
    the layer is checked on, where a digit of a grey scan blurs lighter
    than the ink of the scan read here, and a figure is never dropped."""
    if gray is None or not words:
        return words
    import numpy as np

    paper = float(np.percentile(gray, 90))
    h, w_img = gray.shape[:2]
    out = []
    for w in words:
        if not any(ch.isalnum() for ch in w.text) and not _TEXT_MARKS_RE.fullmatch(w.text):
            top, left = max(0, int(w.top / scale)), max(0, int(w.x0 / scale))
            box = gray[top:min(h, int(math.ceil(w.bottom / scale))), left:min(w_img, int(math.ceil(w.x1 / scale)))]
            # the box is paper through and through; light print on a shade is darker than the page's paper
            if box.size and float(box.min()) > paper - _LAYER_BLANK:
                continue
        out.append(w)
    return out


_RULE_BAND_SHARE = 0.02  # inches each side of a rule's middle row its blurred stroke may take
_INK_REACH = 0.3  # of a layer word's height its ink may reach past its box, above and below


def drop_read_rules(words: list[OcrWord], gray: Any, scale: float,
                    rules: list[tuple[int, int, int]]) -> list[OcrWord]:
    """The words of another program's text layer without those read from a
    horizontal rule: a layer made by a line reader (``--psm 6``) reads a
    rule over or under a table's header as a line of letters ("— ee Es i
    le"), and they join the header's cells.  A word without a digit that a
    rule (``rules``, ``(y, x0, x1)`` in pixels of ``gray``, ``scale``
    points a pixel) runs along for nine tenths of its width at least,
    through its box or, for a word of letters, along its upper or lower
    edge (the layer's box may stop at the rule), and whose box holds no print once the rule's rows
    and the boxes of the words of the lines above and below it are left
    out (no pixel ``_LAYER_BLANK`` grey levels under the page's paper), is
    dropped.  A word set on the rule or underlined keeps its letters' ink
    above the rule, and a figure is never dropped."""
    if gray is None or not words or not rules:
        return words
    import numpy as np

    paper = float(np.percentile(gray, 90))
    h, w_img = gray.shape[:2]
    band = max(2, int(round(_RULE_BAND_SHARE * 72.0 / scale)))  # pixels each side of a rule's middle row
    out = []
    for w in words:
        if not any(ch.isdigit() for ch in w.text):
            top, bottom = max(0, int(w.top / scale)), min(h, int(math.ceil(w.bottom / scale)))
            left, right = max(0, int(w.x0 / scale)), min(w_img, int(math.ceil(w.x1 / scale)))
            # the box of letters may stop at the rule's upper or lower edge (a mark alone, a full stop
            # printed as a cell's text, is only judged on a rule through its box)
            edge = band if any(ch.isalpha() for ch in w.text) else 0
            through = [y for y, x0, x1 in rules if top - edge <= y < bottom + edge
                       and min(x1, right) - max(x0, left) >= _RULE_COVER * (right - left)]
            if through and right > left:
                ink = gray[top:bottom, left:right] < paper - _LAYER_BLANK
                for y in through:
                    ink[max(0, y - band - top):max(0, y + band + 1 - top)] = False
                # the ink of the words of the line above or below that the box reaches into is theirs
                # (their descenders and brackets reach a little past the layer's boxes)
                for o in words:
                    reach = _INK_REACH * (o.bottom - o.top)
                    if o is not w and o.x1 > w.x0 and o.x0 < w.x1 and o.bottom + reach > w.top \
                            and o.top - reach < w.bottom:
                        ink[max(0, int((o.top - reach) / scale) - top):
                            max(0, int(math.ceil((o.bottom + reach) / scale)) - top),
                            max(0, int(o.x0 / scale) - left):max(0, int(math.ceil(o.x1 / scale)) - left)] = False
                if not ink.any():
                    continue
        out.append(w)
    return out


_DOUBLED_SHARE = 0.3  # of a word's box another word's box covers: the same ink read twice


def drop_doubled_readings(words: list[OcrWord], scale: float, rules: list[tuple[int, int, int]]) -> list[OcrWord]:
    """The words of another program's text layer without a second reading
    of a row along the rule under or over it: a line reader (``--psm 6``)
    reads a rule drawn close under a row (a bold totals row) as a line of
    its own, made of the rule and the row's ink it touches ("eer", "eR",
    "_1832,9-436.2)" under "(432.5-436.2)"), and those words join the
    row's cells.  A word a rule (``rules``, ``(y, x0, x1)`` in pixels,
    ``scale`` points a pixel) crosses, whose box another word's box, which
    the rule does not cross, covers for ``_DOUBLED_SHARE`` of its area at
    least, is that second reading (the rule may pass half the word's height
    under or over its box: the layer's box stops at the row's ink): the row's own words stay as read."""
    if not rules or len(words) < 2:
        return words

    def crossed(w: OcrWord, near: float = 0.0) -> bool:
        reach = near * (w.bottom - w.top)
        return any(w.top - reach <= y * scale <= w.bottom + reach and x0 * scale < w.x1 and x1 * scale > w.x0
                   for y, x0, x1 in rules)

    out = []
    for w in words:
        area = (w.x1 - w.x0) * (w.bottom - w.top)
        if area > 0 and crossed(w, 0.5) and any(
                o is not w and (min(o.x1, w.x1) - max(o.x0, w.x0)) > 0 and (min(o.bottom, w.bottom) - max(o.top, w.top)) > 0
                and (min(o.x1, w.x1) - max(o.x0, w.x0)) * (min(o.bottom, w.bottom) - max(o.top, w.top))
                >= _DOUBLED_SHARE * area and not crossed(o) for o in words):
            continue
        out.append(w)
    return out


_RULE_COVER = 0.9  # of a word's width a rule under or over it runs along, for the word to be stretched along it
_RULE_MARKS_RE = re.compile(r"^[-_—–=~]*_[-_—–=~]*|[-_—–=~]*_[-_—–=~]*$|^[-_—–=~]{2,}|[-_—–=~]{2,}$")


def fit_words_on_rules(words: list[OcrWord], gray: Any, scale: float,
                       rules: list[tuple[int, int, int]]) -> int:
    """Words of another program's text layer set on or under a horizontal
    rule, fitted to their letters: a line reader (``--psm 6``) reads a group
    heading over a table's columns together with the rule drawn under it
    ("—_—_—Hispanic____") and stretches the word's box along the whole
    rule, so the heading's box runs over the gaps between the columns it
    heads and joins them.  A word without a digit that a rule (``rules``,
    ``(y, x0, x1)`` in pixels of ``gray``) crosses or touches, running along
    nine tenths of its width at least, takes the box of its ink once the
    rule's rows are left out, and loses the marks the rule was read as at
    its ends (underscores, or a run of two dashes or more).  A word with no
    ink left beside the rule is left as it is (:func:`drop_read_rules`
    judges it); the number of words changed is returned."""
    if gray is None or not words or not rules:
        return 0
    import numpy as np

    paper = float(np.percentile(gray, 90))
    h, w_img = gray.shape[:2]
    band = max(2, int(round(_RULE_BAND_SHARE * 72.0 / scale)))
    changed = 0
    for w in words:
        if any(ch.isdigit() for ch in w.text) or not any(ch.isalpha() for ch in w.text):
            continue
        top, bottom = max(0, int(w.top / scale)), min(h, int(math.ceil(w.bottom / scale)))
        left, right = max(0, int(w.x0 / scale)), min(w_img, int(math.ceil(w.x1 / scale)))
        if right - left < 2 or bottom - top < 2:
            continue
        along = [y for y, x0, x1 in rules if top - band <= y <= bottom + band
                 and min(x1, right) - max(x0, left) >= _RULE_COVER * (right - left)]
        if not along:
            continue
        ink = gray[top:bottom, left:right] < paper - _LAYER_BLANK
        for y in along:
            ink[max(0, y - band - top):max(0, y + band + 1 - top)] = False
        cols = np.flatnonzero(ink.any(axis=0))
        rows = np.flatnonzero(ink.any(axis=1))
        if not cols.size:
            continue
        text = _RULE_MARKS_RE.sub("", w.text)
        if not any(ch.isalnum() for ch in text):
            continue
        x0, x1 = (left + int(cols[0])) * scale, (left + int(cols[-1]) + 1) * scale
        if x1 - x0 >= 0.9 * (w.x1 - w.x0) and text == w.text:
            continue
        if text != w.text and w.read is None:
            w.read = w.text
        w.text, w.x0, w.x1 = text, x0, x1
        w.top = max(w.top, (top + int(rows[0])) * scale - 1.0)
        w.bottom = min(w.bottom, (top + int(rows[-1]) + 1) * scale + 1.0)
        changed += 1
    return changed


#: grey levels under the page's paper that a mark's darkest pixel must reach to be print
_LAYER_BLANK = 40
#: marks text sets apart between its words (a dash, an ellipsis, the slashes of a reference): thin enough to blur into the paper
#: of a coarse image, and kept (the seed's "Прибалхашье. - 2018" lost its dash when they were tested)
_TEXT_MARKS_RE = re.compile(r"[-–—.,:;/]+")


_BULLET_FILL = 0.65  # of a bullet's box its ink fills (a disc fills 0.79 of its square; "e", "o" about 0.45)
_BULLET_SIZE = (0.35, 0.6)  # a bullet's height, of the page's usual word height (a point is smaller, an "o" taller)
BULLET = "\u2022"


def bullets(raw: list[dict[str, Any]], gray: Any) -> int:
    """Bullets Tesseract read as letters, written as bullets again: a
    list's or a table cell's bullet (a filled disc) comes out as "e", "©",
    "ж" or "|»" before its item, which then no longer reads as a list item
    and no longer matches its text.  A word of one or two characters whose
    box is about square (0.7 to 1.4 as wide as high), ``_BULLET_SIZE`` of
    the page's usual word height, and filled with ink over
    ``_BULLET_FILL`` (a letter's strokes fill half of its box at most) is
    a bullet.  Returns how many were so written."""
    if gray is None or not raw:
        return 0
    usual = statistics.median(w["height"] for w in raw)
    n = 0
    for w in raw:
        if len(w["text"]) > 2 or w["text"] == BULLET or w["text"].isdigit() or not w["height"]:
            continue
        if not (0.7 <= w["width"] / w["height"] <= 1.4
                and _BULLET_SIZE[0] * usual <= w["height"] <= _BULLET_SIZE[1] * usual):
            continue
        box = gray[max(0, w["top"]):w["top"] + w["height"], max(0, w["left"]):w["left"] + w["width"]]
        if box.size and float((box < 128).mean()) >= _BULLET_FILL:
            w["text"] = BULLET
            n += 1
    return n


_RULE_MARK_CHARS = {"|": "", "¦": "", "]": "[", "[": "]", ")": "(", "(": ")", "}": "{", "{": "}"}
_RULE_MARK_REACH = 1.0  # line heights above and below a word a column rule beside it runs at least


def layer_rule_marks(words: list[OcrWord], gray: Any, scale: float) -> int:
    """Column rules another program's text layer glued to a word as a bar
    or a bracket ("9,522.6]", "7,191.7)", "822.0}", "|Total"): where a
    figure stands close to a column's rule, a line reader (``--psm 6``)
    reads the rule as the word's last or first character, and the word's
    box runs over the rule.  A word ending (or starting) in a bar or a
    bracket its text does not open (or close), with a column of ink at its
    box's end or within a line's height past it that runs
    ``_RULE_MARK_REACH`` of the word's height above and below it (a rule;
    a bracket is as high as its line), loses that
    character and ends before the rule.  No digit is changed.  Returns how
    many words were so read."""
    if gray is None or not words:
        return 0
    import numpy as np

    paper = float(np.percentile(gray, 90))
    h_img, w_img = gray.shape[:2]
    n = 0
    for w in words:
        if len(w.text) < 2:
            continue
        hgt = w.bottom - w.top
        top = int((w.top - _RULE_MARK_REACH * hgt) / scale)
        bottom = int(math.ceil((w.bottom + _RULE_MARK_REACH * hgt) / scale))
        if top < 0 or bottom > h_img:
            continue
        for end in (-1, 0):
            ch = w.text[end]
            if ch not in _RULE_MARK_CHARS or not any(c.isalnum() for c in w.text):
                continue
            if _RULE_MARK_CHARS[ch] and _RULE_MARK_CHARS[ch] in w.text:
                continue  # a bracket the word opens (or closes): "(13.8–17.1)"
            # the strip of the mark: the box's last third of a line's height and a line's height past it
            # (the layer's box, measured by its own face's widths, may stop short of the rule it read)
            if end == -1:
                left, right = int((w.x1 - 0.35 * hgt) / scale), int(math.ceil((w.x1 + hgt) / scale))
            else:
                left, right = int((w.x0 - hgt) / scale), int(math.ceil((w.x0 + 0.35 * hgt) / scale))
            left, right = max(0, left), min(w_img, right)
            if right - left < 1:
                continue
            ink = gray[top:bottom, left:right] < paper - _LAYER_BLANK
            full = np.flatnonzero(ink.mean(axis=0) >= 0.9)
            if not full.size:
                continue
            text = w.text[:-1] if end == -1 else w.text[1:]
            if not any(c.isalnum() for c in text):
                continue
            if w.read is None:
                w.read = w.text
            w.text = text
            if end == -1:
                w.x1 = min(w.x1, (left + int(full[0])) * scale)
            else:
                w.x0 = max(w.x0, (left + int(full[-1]) + 1) * scale)
            n += 1
            break
    return n


_BULLET_REACH = 0.7  # of a layer line's height right of a word's left edge its bullet's disc may reach
#: a bullet's height, of a layer line's height (the line's box takes in its ascenders, descenders and some of
#: its spacing: a disc of 9 pt type is a third of it; a full stop is under a fifth)
_LAYER_BULLET_SIZE = (0.25, 0.6)
#: what a layer writes for a bullet: a mark, or a Latin "e" (a word in no language of the reports); never a
#: letter that is a word ("и", "в", "о") or two letters ("на": a short word of bold print fills its box)
_LAYER_BULLET_READS = frozenset("e¢©*°«»®@,")


def layer_bullets(words: list[OcrWord], gray: Any, scale: float) -> int:
    """Bullets another program's text layer wrote as letters ("e", "¢",
    "©" before a list item in a table cell), written as bullets again, as
    :func:`bullets` does for pages OCR'd here.  Only a word of one mark or
    a Latin "e" (``_LAYER_BULLET_READS``) is tried.  The layer's box of
    such a word is its line's height and no measure of the glyph, so the
    ink right of its left edge (``_BULLET_REACH`` of the line's height) is
    measured: the blob holding most of the ink in the word's box, standing
    free in that strip, about square, ``_LAYER_BULLET_SIZE`` of the line's
    height, filled over ``_BULLET_FILL``, is a disc.  The bullet's box
    takes in the disc, never narrower than the layer's (its line's words
    keep their gaps), and a dash the layer
    wrote after it over blank paper (the bullet's gap read as "—") is
    dropped from ``words``.  Returns how many were so written."""
    if gray is None or not words:
        return 0
    import cv2
    import numpy as np

    paper = float(np.percentile(gray, 90))
    h_img, w_img = gray.shape[:2]
    n = 0
    drop: set[int] = set()
    for i, w in enumerate(words):
        if w.text not in _LAYER_BULLET_READS:
            continue
        line_h = w.bottom - w.top
        # the strip the disc may stand in: the layer's line box may sit a little above or below the print
        top = max(0, int((w.top - 0.3 * line_h) / scale))
        bottom = min(h_img, int(math.ceil((w.bottom + 0.3 * line_h) / scale)))
        left = max(0, int((w.x0 - 0.1 * line_h) / scale))
        right = min(w_img, int(math.ceil((w.x0 + _BULLET_REACH * line_h) / scale)))
        if bottom - top < 4 or right - left < 4:
            continue
        ink = (gray[top:bottom, left:right] < 128).astype(np.uint8)
        count, labels, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
        # the blob holding the most ink inside the word's own box
        y0, y1 = int(w.top / scale) - top, int(math.ceil(w.bottom / scale)) - top
        inside = np.bincount(labels[max(0, y0):max(0, y1)].ravel(), minlength=count)
        inside[0] = 0
        b = int(inside.argmax())
        if not inside[b]:
            continue
        bx, by, bw, bh, area = (int(v) for v in stats[b])
        if bx == 0 or by == 0 or bx + bw >= right - left or by + bh >= bottom - top:
            continue  # ink running on past the strip: a letter of a word, a rule
        if not (0.7 <= bw / bh <= 1.4
                and _LAYER_BULLET_SIZE[0] * line_h <= bh * scale <= _LAYER_BULLET_SIZE[1] * line_h):
            continue
        if area / (bw * bh) < _BULLET_FILL:
            continue
        if w.read is None:
            w.read = w.text
        w.text = BULLET
        w.x0, w.x1 = min(w.x0, (left + bx) * scale), max(w.x1, (left + bx + bw) * scale)
        n += 1
        nxt = words[i + 1] if i + 1 < len(words) else None
        if nxt is not None and _TEXT_MARKS_RE.fullmatch(nxt.text) and nxt.x0 >= w.x1 \
                and nxt.x0 - w.x1 <= line_h and abs(nxt.top - w.top) < 0.5 * line_h:
            box = gray[max(0, int(nxt.top / scale)):min(h_img, int(math.ceil(nxt.bottom / scale))),
                       max(0, int(nxt.x0 / scale)):min(w_img, int(math.ceil(nxt.x1 / scale)))]
            if box.size and float(box.min()) > paper - _LAYER_BLANK:
                drop.add(id(nxt))
    if drop:
        words[:] = [w for w in words if id(w) not in drop]
    return n


_RANGE_RE = re.compile(r"^[^-]*\d-\d[^-]*$")  # one hyphen, between two digits
_EN_DASH_WIDTH = 0.74  # of a wide digit's width: a dash this wide is an en dash (0.75-1.0; a hyphen 0.5-0.67)


def en_dashes(raw: list[dict[str, Any]], gray: Any) -> int:
    """Ranges of figures written with an en dash ("13.8–17.1", "45–54")
    that Tesseract read with a hyphen: its models have one dash between
    digits.  The dash is told by its width in the image: an en dash is as
    wide as a digit (half an em), a hyphen a third of an em.  In a word of
    one hyphen between two digits, the widest flat stroke about the middle
    of the box (a fifth of its height at most, wider than high) is measured
    against the upper quartile of the widths of the word's tall strokes
    (digits; a "1" is narrow); ``_EN_DASH_WIDTH`` of it or more makes the
    hyphen an en dash.  Returns how many were so written."""
    words = [w for w in raw if _RANGE_RE.match(w["text"])]
    if gray is None or not words:
        return 0
    try:
        import cv2
    except ImportError:  # pragma: no cover - opencv missing: dashes as read
        return 0
    import numpy as np

    n = 0
    for w in words:
        h = w["height"]
        box = gray[max(0, w["top"]):w["top"] + h, max(0, w["left"]):w["left"] + w["width"]]
        if not box.size or h < 8:
            continue
        count, _, stats, _ = cv2.connectedComponentsWithStats((box < _INKLESS_GREY).astype(np.uint8), connectivity=8)
        parts = [stats[i] for i in range(1, count)]
        flats = [int(p[2]) for p in parts if p[3] <= 0.2 * h and p[2] >= 1.5 * p[3]
                 and 0.3 * h <= p[1] + p[3] / 2 <= 0.8 * h]
        tall = sorted(int(p[2]) for p in parts if p[3] >= 0.5 * h)
        if not flats or len(tall) < 2:
            continue
        wide = tall[(3 * len(tall)) // 4]
        if max(flats) >= _EN_DASH_WIDTH * wide:
            w["text"] = w["text"].replace("-", "\u2013")
            n += 1
    return n


def layer_en_dashes(words: list[OcrWord], gray: Any, scale: float) -> int:
    """Ranges of figures in another program's text layer written with a
    hyphen where the page prints an en dash ("45-54" for "45–54",
    "(13.8-17.1)"): its OCR has one dash between digits, as Tesseract's
    has here.  The dash is measured in the levelled page image (``scale``
    points a pixel) as :func:`en_dashes` measures it; only the dash changes
    and the figures stay as the layer has them.  Returns how many were so
    written."""
    if gray is None:
        return 0
    h, w_img = gray.shape[:2]
    raw = []
    for w in words:
        if _RANGE_RE.match(w.text):
            top, left = max(0, int(w.top / scale)), max(0, int(w.x0 / scale))
            raw.append({"text": w.text, "word": w, "top": top, "left": left,
                        "height": min(h, int(math.ceil(w.bottom / scale))) - top,
                        "width": min(w_img, int(math.ceil(w.x1 / scale))) - left})
    n = en_dashes(raw, gray)
    for r in raw:
        r["word"].text = r["text"]
    return n


_TURN_CONF = 70.0  # a page read with a mean word confidence under this may lie sideways or upside down
_TURN_FEW_WORDS = 30  # ... as may a page where it read fewer words than this (the layout found no lines)
_OSD_CONF = 2.0  # Tesseract's orientation confidence needed to try the page turned
_OSD_DPI = 150  # the least resolution orientation detection reads a page at
_SURE_CONF = 60.0  # a word read with this confidence or more counts as read
_TURN_MIN_SURE = 10  # a page turned upright is kept when it reads at least this many such words ...


def _sure_words(words: list[dict[str, Any]]) -> int:
    return sum(1 for w in words if w["conf"] >= _SURE_CONF)


def _mean_conf(words: list[dict[str, Any]]) -> float:
    return statistics.fmean(w["conf"] for w in words) if words else 0.0


def page_osd(gray: Any, config: Config, dpi: int, full: bool = False) -> dict[str, Any]:
    """Tesseract's orientation and script detection (``--psm 0``, the
    ``osd`` model) of a page image, read at half its resolution when that
    is ``_OSD_DPI`` or more (enough for the script, and twice as quick)
    unless ``full`` (the orientation of a table turned sideways, whose
    figures are sparse, is found at full resolution only): ``turn``, the degrees (0, 90, 180, 270) to turn
    the image anticlockwise so that its text stands upright (0 when
    unsure), ``script`` (``Latin``, ``Cyrillic``, ...) and ``script_conf``.
    Empty values when the model is missing or the page has too little
    text.  Cached under ``<cache_dir>/ocr`` by the image's hash."""
    from PIL import Image

    factor = 2 if dpi >= 2 * _OSD_DPI and not full else 1
    key = hashlib.sha256(b"osd\0" + repr(gray.shape).encode() + b"\0" + str(dpi // factor).encode() + b"\0")
    key.update(gray.tobytes())
    cache_file = _cache_file(config, key.hexdigest(), ".osd.json")
    got = _cache_load(cache_file)
    if isinstance(got, dict) and {"turn", "script", "script_conf"} <= set(got):
        return got
    pytesseract = _pytesseract()
    out: dict[str, Any] = {"turn": 0, "script": "", "script_conf": 0.0}
    try:
        osd = pytesseract.image_to_osd(Image.fromarray(gray).reduce(factor), config=f"--psm 0 --dpi {dpi // factor}",
                                       output_type=pytesseract.Output.DICT, timeout=max(1, int(config.timeout)))
        # "rotate" is the clockwise turn that sets the text upright
        if float(osd.get("orientation_conf", 0)) >= _OSD_CONF:
            out["turn"] = (-int(osd.get("rotate", 0))) % 360
        out["script"], out["script_conf"] = str(osd.get("script", "")), float(osd.get("script_conf", 0.0))
    except Exception as e:  # noqa: BLE001 - no osd model, too little text: read the page as it is
        log.debug("orientation detection failed: %s", e)
    _cache_store(cache_file, out)
    return out


_INK_SHARE = 0.003  # of a page image's pixels dark: a page with something printed on it


def has_ink(gray: Any) -> bool:
    """Whether a levelled page image has print on it: more than
    ``_INK_SHARE`` of its pixels darker than mid-grey (a blank sheet's
    specks and noise stay far under that; a page of a sparse table of
    figures is over it several times)."""
    import numpy as np

    return bool(gray.size) and float(np.count_nonzero(gray < 128)) / gray.size > _INK_SHARE


def _read_turned(raw: list[dict[str, Any]], lang: str, gray: Any, config: Config,
                 dpi: int) -> tuple[list[dict[str, Any]], str, int, Any]:
    """A page scanned sideways or upside down (a landscape table on a
    portrait page, a sheet fed the wrong way) reads as garbage with a low
    confidence, or hardly any words (Tesseract's layout finds no line).
    When the mean confidence of a page's words is under ``_TURN_CONF`` or
    it has fewer than ``_TURN_FEW_WORDS`` words (none at all on a page with
    print on it, :func:`has_ink`: a sheet laid askew with a table across
    it may read so), Tesseract's orientation detection is asked
    (:func:`page_osd`); when it finds the text turned, the page image is
    turned so and read again; when it is unsure (a page of sparse figures
    often leaves it so), the page is read turned a quarter each way (tables
    printed across a portrait page lie either way).  The turned reading
    with most words read with confidence is kept when
    it has twice as many words read with a confidence of ``_SURE_CONF`` or
    more, and at least ``_TURN_MIN_SURE`` (a page read sideways has few:
    its words are garbage of low confidence, or not found at all).  Returns the words, their
    languages, the turn (degrees anticlockwise, 0 when kept as it was) and
    the page image the words are placed on."""
    import numpy as np
    from PIL import Image

    if not raw and not has_ink(gray):
        return raw, lang, 0, gray  # a blank page: nothing to turn
    if raw and _mean_conf(raw) >= _TURN_CONF and len(raw) >= _TURN_FEW_WORDS:
        return raw, lang, 0, gray
    hint = page_osd(gray, config, dpi, full=True)["turn"]
    best = (raw, lang, 0, gray)
    for turn in [hint] if hint else [90, 270]:
        turned = np.ascontiguousarray(np.rot90(gray, k=turn // 90))
        try:
            again, other = read_page_words(Image.fromarray(turned), config, dpi)
        except RuntimeError as e:  # past the timeout: the page as first read
            if not timed_out(e):
                raise
            log.warning("reading the page turned %d degrees ran past the timeout; read as it lies", turn)
            continue
        if _sure_words(again) > _sure_words(best[0]):
            best = (again, other, turn, turned)
    if best[2] == 0 or _sure_words(best[0]) < max(_TURN_MIN_SURE, 2 * _sure_words(raw)):
        return raw, lang, 0, gray
    again, other, turn, turned = best
    log.info("page read turned %d degrees (mean confidence %.0f, was %.0f)", turn, _mean_conf(again), _mean_conf(raw))
    return again, other, turn, turned


def latin_lookalikes(raw: list[dict[str, Any]]) -> int:
    """On a page read in Latin script (English first), a word of Cyrillic
    letters each drawn exactly like a Latin one ("КМА", "СНС": the
    Cyrillic models read with English take capitals so) on a line with a
    word in Latin letters is written in Latin letters ("KMA", "CHC").
    Returns how many words were so written."""
    changed = 0
    lines: dict[str, list[dict[str, Any]]] = {}
    for w in raw:
        lines.setdefault(w["line"], []).append(w)
    for ws in lines.values():
        if not any(re.search(r"[A-Za-z]", w["text"]) for w in ws):
            continue
        for w in ws:
            letters = [ch for ch in w["text"] if ch.isalpha()]
            if letters and all(ch in CYRILLIC_TO_LATIN for ch in letters):
                w["text"] = "".join(CYRILLIC_TO_LATIN.get(ch, ch) for ch in w["text"])
                changed += 1
    return changed


_SKIPPED_CONF = 50.0  # a word read again from text the page layout skipped needs this confidence
_SKIPPED_CHAR_CONF = 80.0  # ... and a word of one character this (a piece of a letter reads as "5")


def skipped_runs(raw: list[dict[str, Any]], gray: Any, dpi: int) -> tuple[list[tuple[int, int, int, int]], float]:
    """The runs of letters of the page image ``gray`` that none of the
    words ``raw`` (boxes in its pixels) covers (see
    :func:`read_skipped_text`), as (x, y, width, height), and the words'
    usual height."""
    import cv2
    import numpy as np

    if len(raw) < 3:
        return [], 0.0
    usual = statistics.median(w["height"] for w in raw)
    if usual < 4:
        return [], usual
    ink = cv2.adaptiveThreshold(gray, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, 31, 20)
    long_ = max(12, int(dpi * 0.35))
    rules = cv2.bitwise_or(
        cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (long_, 1))),
        cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, long_))))
    ink[cv2.dilate(rules, np.ones((3, 3), np.uint8)) > 0] = 0
    pad = max(2, int(usual * 0.3))
    for w in raw:
        ink[max(0, w["top"] - pad):w["top"] + w["height"] + pad,
            max(0, w["left"] - pad):w["left"] + w["width"] + pad] = 0
    # specks of noise and the dots of leaders: a label is read apart from its leader
    n, labels, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    specks = np.flatnonzero((stats[:, 2] <= _DOT_SIZE * usual) & (stats[:, 3] <= _DOT_SIZE * usual))
    ink[np.isin(labels, specks[specks > 0])] = 0
    # letters and the words of a cell join (a decimal point, taken out with the specks, too); cells a
    # column's gap apart do not
    reach = max(3, int(usual))
    joined = cv2.dilate(ink, cv2.getStructuringElement(cv2.MORPH_RECT, (reach, 1)))
    n, _, stats, _ = cv2.connectedComponentsWithStats(joined, connectivity=8)

    def apart(x: int, y: int, bw: int, bh: int) -> bool:
        # ink left beside a word read (a digit its box left out, the end of a line read only in
        # part) is no text skipped: that stands a word's height at least from the words of its line
        ix0, ix1, gap = x + reach // 2, x + bw - reach // 2, usual
        return not any(w["top"] < y + bh and y < w["top"] + w["height"]
                       and w["left"] - gap < ix1 and ix0 < w["left"] + w["width"] + gap for w in raw)

    runs = [(int(x), int(y), int(bw), int(bh)) for x, y, bw, bh, _ in stats[1:]
            if 0.5 * usual <= bh <= 1.6 * usual and bw >= 0.5 * bh + reach and apart(x, y, bw, bh)]
    return runs, usual


def read_skipped_text(raw: list[dict[str, Any]], gray: Any, config: Config, dpi: int,
                      lang: str) -> list[dict[str, Any]]:
    """The page's words with the text Tesseract's page layout skipped read
    again.  On a blurred or grey scan the layout may leave out whole
    columns or rows of a table (the row labels, the first column of
    figures, every other row) while it reads the rest of the page.  The
    page's ink (adaptive threshold, rules, specks and the dots of leaders
    taken out) outside the boxes of the words read is joined into runs of
    letters (a gap of a word's usual height joins them: the words of a
    cell, a figure's digits about its decimal point).  Each run as tall as
    a line of the page's text (half the words' usual height to 1.6 times
    it), as wide as one digit at least and a word's height or more away
    from the words read on its line (else it is ink a word's box left out,
    or the end of a line of prose read in part) is cut out with paper
    above and below it (the lines next to it, set close in a table, are
    not read with it), set under the others on one canvas and read in one
    call (``--psm 6``).  Words read with a confidence of ``_SKIPPED_CONF``
    or more (``_SKIPPED_CHAR_CONF`` for a word of one character), a letter
    or a digit in them and their middle inside the run join the page's
    words, a line of
    their own per run, as tall as the run's ink."""
    import numpy as np

    runs, usual = skipped_runs(raw, gray, dpi)
    if not runs:
        return raw
    h_img, w_img = gray.shape[:2]
    margin = max(3, int(usual * 0.4))
    crops = []
    for i, (x, y, bw, bh) in enumerate(runs):
        # paper above and below the run: the lines next to it, set close in a table, are not read with it
        crop = np.full((bh + 2 * margin, min(w_img, x + bw + margin) - max(0, x - margin)), 255, dtype=np.uint8)
        crop[margin:margin + bh] = white_paper(gray[y:y + bh, max(0, x - margin):min(w_img, x + bw + margin)])
        crops.append((i, crop))
    read = _read_crops(crops, max(20, int(2 * usual)), config, dpi, lang=lang, psm=6)
    if not read:
        return raw
    out = list(raw)
    for i, got in read.items():
        x, y, bw, bh = runs[i]
        x0, y0 = max(0, x - margin), y - margin
        for w in got:
            cx, cy = x0 + w["left"] + w["width"] / 2, y0 + w["top"] + w["height"] / 2
            if w["conf"] < (_SKIPPED_CONF if len(w["text"]) > 1 else _SKIPPED_CHAR_CONF) \
                    or not any(ch.isalnum() for ch in w["text"]) \
                    or not (x <= cx <= x + bw and y - margin <= cy <= y + bh + margin):
                continue
            # the run's own height: Tesseract's box of a word read from a crop of one line may
            # reach into the canvas around it
            out.append(dict(w, left=x0 + w["left"], top=y, height=bh, line=f"skipped.{i}"))
    if len(out) > len(raw):
        log.info("%d words read again where the page layout skipped text", len(out) - len(raw))
    return out


_LATIN_RETRY_CONF = 80.0  # a page read with a mean word confidence under this ...
_LATIN_RETRY_GARBAGE = 0.1  # ... or this share of garbage words is read again with English first
_LATIN_GAIN = 5.0  # the second reading is kept when its mean confidence is this much higher
_LATIN_SCRIPT_CONF = 2.0  # ... or when Tesseract's script detection finds Latin with this confidence
LATIN_H_SHARE = 0.05  # ... or when this share of its Cyrillic words has an һ (a Latin h read by the Kazakh model)
_LATIN_H_MIN_WORDS = 20  # ... of this many Cyrillic words at least


def latin_h_share(raw: list[dict[str, Any]]) -> float:
    """The share of the Cyrillic words (three letters or more) of a reading
    that have the Kazakh letter һ: the Kazakh model reads the Latin h,
    which no other Cyrillic letter looks like, as һ ("Маһагавһіга" for
    "Maharashtra", "Ргадевһ" for "Pradesh"), so a page in Latin script
    read by it has many (0.23 of those of an English table page scanned
    at 200 dpi),
    while Kazakh has it in a few borrowed words only (3 of 3,500 words of
    the seed report) and Russian not at all.  0 for a reading of fewer
    than ``_LATIN_H_MIN_WORDS`` such words."""
    words = [w["text"].lower() for w in raw if sum(ch in CYRILLIC_LETTERS for ch in w["text"].lower()) >= 3]
    if len(words) < _LATIN_H_MIN_WORDS:
        return 0.0
    return sum("һ" in w for w in words) / len(words)


def read_page_words(img: Any, config: Config, dpi: int) -> tuple[list[dict[str, Any]], str]:
    """Tesseract's words of a page image and the languages they were read
    with.  A page in Latin script (Kazakh in the Latin alphabet, an English
    text) read by the Kazakh and Russian models comes out as Cyrillic
    garbage with a low confidence ("Аудапауа ітадетпе" for "Audandyq
    madeniet"); such a page (mean word confidence under
    ``_LATIN_RETRY_CONF`` or ``_LATIN_RETRY_GARBAGE`` of its words garbage)
    is read again with ``eng`` first, and that reading kept when its mean
    confidence is ``_LATIN_GAIN`` higher.  A page read well enough is read
    again so too when Tesseract's script detection (:func:`page_osd`) finds
    it Latin with a confidence of ``_LATIN_SCRIPT_CONF`` or more: English
    read by the Cyrillic models can come out as plausible Cyrillic words
    ("Аизта" for "Austria") with a confidence over 80, and when over
    ``LATIN_H_SHARE`` of its Cyrillic words have an һ (:func:`latin_h_share`),
    which script detection, unsure on a page of figures, may not say.
    Tesseract's English model has no
    Kazakh diacritics: "jyldyń" comes out as "jyldyn"."""
    lang = str(config.get("ocr_lang", DEFAULT_LANG))
    raw = ocr_image(img, config, dpi)
    if not raw or "eng" in lang.split("+"):
        return raw, lang
    other = f"eng+{lang}"
    try:
        check_tesseract(other)
    except OcrUnavailable:
        return raw, lang
    conf = statistics.mean(w["conf"] for w in raw)
    garbage = sum(1 for w in raw if _garbage(w["text"])) / len(raw)
    if conf >= _LATIN_RETRY_CONF and garbage <= _LATIN_RETRY_GARBAGE and latin_h_share(raw) <= LATIN_H_SHARE:
        # an English page can read as plausible Cyrillic ("Аизта" for "Austria", confidence 84):
        # Tesseract's script detection tells
        import numpy as np

        osd = page_osd(np.asarray(img), config, dpi)
        if osd["script"] != "Latin" or osd["script_conf"] < _LATIN_SCRIPT_CONF:
            return reread_doubtful_paragraphs(img, raw, config, dpi, other), lang
    again = ocr_again(img, config, dpi, lang=other)
    if again and statistics.mean(w["conf"] for w in again) >= conf + _LATIN_GAIN:
        log.info("page read again with %s (mean confidence %.0f)", other, conf)
        return again, other
    return raw, lang


_PARAGRAPH_WORDS = 5  # a paragraph of this many words at least ...
_PARAGRAPH_RETRY_CONF = 75.0  # ... read with a mean confidence under this is read again with English first
_RUNNING_MARGIN = 0.1  # of the page's height at its top and its bottom: running heads and feet


def reread_doubtful_paragraphs(img: Any, raw: list[dict[str, Any]], config: Config, dpi: int,
                               lang: str) -> list[dict[str, Any]]:
    """The page's words, with each paragraph that Tesseract read poorly
    (``_PARAGRAPH_WORDS`` words or more, mean confidence under
    ``_PARAGRAPH_RETRY_CONF``) read again alone with ``lang`` (English
    first) when that reading's mean confidence is ``_LATIN_GAIN`` higher:
    a paragraph in Latin letters on a Cyrillic page (a summary in
    Latin-script Kazakh, a web address) comes out of the Kazakh and Russian
    models as Cyrillic garbage, while the page as a whole reads well.  The
    page's top and bottom ``_RUNNING_MARGIN`` are left alone: a running
    head or foot read one way on some pages and another way on others
    would no longer be told from the text."""
    pars: dict[str, list[dict[str, Any]]] = {}
    for w in raw:
        pars.setdefault(w["line"].rsplit(".", 1)[0], []).append(w)
    out = list(raw)
    for key, ws in pars.items():
        conf = statistics.mean(w["conf"] for w in ws)
        if len(ws) < _PARAGRAPH_WORDS or conf >= _PARAGRAPH_RETRY_CONF:
            continue
        x0, top = min(w["left"] for w in ws), min(w["top"] for w in ws)
        x1, bottom = max(w["left"] + w["width"] for w in ws), max(w["top"] + w["height"] for w in ws)
        if bottom < _RUNNING_MARGIN * img.height or top > (1 - _RUNNING_MARGIN) * img.height:
            continue
        pad = max(4, int(statistics.median(w["height"] for w in ws) // 2))
        box = (max(0, x0 - pad), max(0, top - pad), min(img.width, x1 + pad), min(img.height, bottom + pad))
        again = [dict(w, left=w["left"] + box[0], top=w["top"] + box[1], line=f"{key}.{w['line']}")
                 for w in ocr_again(img.crop(box), config, dpi, lang=lang, psm=6) or []]
        again = [w for w in again if x0 <= w["left"] + w["width"] / 2 <= x1 and top <= w["top"] + w["height"] / 2 <= bottom]
        if again and statistics.mean(w["conf"] for w in again) >= conf + _LATIN_GAIN:
            log.info("a paragraph read again with %s (mean confidence %.0f)", lang, conf)
            first = out.index(ws[0])
            out = [w for w in out if w not in ws]
            out[first:first] = again
    return out


_RULE_CHARS = set("|1lI![]¦")

_VOWELS = set("аәеёиіоөуұүыэюяaeiouyАӘЕЁИІОӨУҰҮЫЭЮЯAEIOUY")
#: a text layer is poor (and the page is OCR'd again) when any share is over its limit
POOR_LAYER = {"rule_words": 0.12, "garbage": 0.25, "noise": 0.2, "missed_cells": 0.1, "crossing": 0.08,
              "straddling": 0.25,
              "table_rule_marks": 0.3, "mixed_case": 0.35, "leader_letters": 0.1,
              "skipped_text": 0.08, "latin_h": LATIN_H_SHARE, "lost_kazakh": 0.5}
#: of a word's height, the margins above and below its middle part that a row rule must not run through
_STRADDLE = 0.2
#: the fewest words of three letters or more whose share of mixed case is judged
_MIXED_CASE_MIN_WORDS = 20


def _mixed_case(text: str) -> bool:
    """A capital right after a small letter inside a word ("KecTepe",
    "HaIIpaBJICHHAM"): Cyrillic read by an OCR program set to a Latin
    language, where Т, Н, К, М, В come out as capitals."""
    return any(a.islower() and b.isupper() for a, b in zip(text, text[1:]))

#: the fewest words of a layer whose share of lone letters is judged (a short caption may be "A B C")
_LETTERS_ALONE_MIN_WORDS = 30
_BARS = set("|[]¦")


def _garbage(text: str) -> bool:
    """A word no writer would type (no dictionary needed): letters of two
    scripts, letters glued to digits, punctuation inside letters, or three
    letters or more without a vowel."""
    core = text.strip("«»\"'“”„()[].,:;!?-–—")
    letters = [ch for ch in core if ch.isalpha()]
    if not letters:
        return False
    latin = any("a" <= ch.lower() <= "z" for ch in letters)
    if latin and len(letters) != sum("a" <= ch.lower() <= "z" for ch in letters):
        return True
    if any(ch.isdigit() for ch in core) and len(letters) > 1 \
            and not re.fullmatch(r"\d+[-–]?[^\W\d_]+", core):
        return True  # "2018ж", "2-ші" are a number and its suffix; "5ЕН4" is noise
    if any(not (ch.isalnum() or ch in "-.'’/") for ch in core):
        return True
    return len(letters) >= 3 and not any(ch in _VOWELS for ch in letters)


def layer_quality(words: list[OcrWord], tables: list[ImageTable], gray: Any = None,
                  scale: float = 1.0) -> dict[str, float]:
    """How trustworthy a page's invisible text layer is, as shares of its
    words: ``rule_words`` made of rule-like characters only (a table's
    rules read as ``|``, ``l``, ``I``, ``!``, ``[``), ``garbage`` (see
    :func:`_garbage`), ``letters_alone``: words of one letter (text in any
    language has few: 0.08 at most on the reports' pages), and ``noise``,
    the garbage and the lone letters together (0.17 at most on the layers
    of the reports and of the table suites' pages that another program
    read upright, 0.24 on a page it read sideways, which comes out as
    single letters and garbage); of the words inside a table found in the
    image, ``crossing``: those whose box runs across one of its vertical
    rules (an OCR program that did not see the grid reads a row across the
    cells, or a word from letters of two columns), ``straddling``: those
    whose box has a row rule of the table running through its middle (the
    box, less a fifth of its height above and below: the program read a
    rule and the text beside it, or letters of two rows, as one word; a
    shaded band's edge drawn through the words),
    ``table_rule_marks``: those that are rule characters or begin or end
    with a bar or bracket (``|58940``: the rule read as a character, and
    the cell's figures usually misread with it); ``mixed_case``: of the
    words of three letters or more (twenty at least), those with a capital
    right after a small letter (0.10 at most on the layers of the table
    suites' English pages read upright, 0.27 on one read sideways; 0.49 and
    more on Kazakh and Russian pages read as English); ``lost_kazakh``: Kazakh
    words read without their letters beyond the Russian alphabet, against those
    with one (:func:`~esep.plugins.ocr_repair.lost_kazakh_share`: 1.0 on a
    Kazakh page another program read with a model for Russian only); and, given the levelled
    page image ``gray`` (``scale`` points a pixel), ``missed_cells``: the
    share of the tables' cells with ink inside and no word of the layer.
    Boxes are of the levelled page."""
    n = len(words) or 1
    long_words = [w.text for w in words if sum(ch.isalpha() for ch in w.text) >= 3]
    mixed = sum(1 for t in long_words if _mixed_case(t)) / len(long_words) \
        if len(long_words) >= _MIXED_CASE_MIN_WORDS else 0.0
    rule_words = sum(1 for w in words if w.text and all(ch in _RULE_CHARS - {"1"} for ch in w.text))
    garbage = sum(1 for w in words if _garbage(w.text))
    alone = sum(1 for w in words if len(w.text) == 1 and w.text.isalpha()) if len(words) >= _LETTERS_ALONE_MIN_WORDS else 0
    in_tables = crossing = marked = straddling = 0
    edges = []  # (x, top, bottom) of every vertical cell edge
    floors = []  # (y, x0, x1) of every horizontal cell edge
    for t in tables:
        for x0, top, x1, bottom in t.cells:
            edges += [(x0, top, bottom), (x1, top, bottom)]
            floors += [(top, x0, x1), (bottom, x0, x1)]
    for w in words:
        cx, cy = (w.x0 + w.x1) / 2, (w.top + w.bottom) / 2
        if not any(b[0] <= cx <= b[2] and b[1] <= cy <= b[3] for b in (t.bbox for t in tables)):
            continue
        in_tables += 1
        if w.text and (w.text[0] in _BARS or w.text[-1] in _BARS or all(ch in _RULE_CHARS - {"1"} for ch in w.text)):
            marked += 1
        pad = max(1.0, 0.3 * (w.bottom - w.top))
        if any(w.x0 + pad < x < w.x1 - pad and top <= cy <= bottom for x, top, bottom in edges):
            crossing += 1
        # a row rule through the middle of the box: letters of two rows, or a rule and a row, read as one word
        vpad = _STRADDLE * (w.bottom - w.top)
        if any(w.top + vpad < y < w.bottom - vpad and x0 <= cx <= x1 for y, x0, x1 in floors):
            straddling += 1
    inked = missed = 0
    if gray is not None:
        for t in tables:
            for x0, top, x1, bottom in t.cells:
                mx, my = 0.15 * (x1 - x0), 0.15 * (bottom - top)
                box = gray[int((top + my) / scale):int((bottom - my) / scale),
                           int((x0 + mx) / scale):int((x1 - mx) / scale)]
                if box.size == 0 or float((box < 128).mean()) < 0.01:
                    continue
                inked += 1
                if not any(x0 <= (w.x0 + w.x1) / 2 <= x1 and top <= (w.top + w.bottom) / 2 <= bottom for w in words):
                    missed += 1
    return {"rule_words": round(rule_words / n, 3), "garbage": round(garbage / n, 3),
            "letters_alone": round(alone / n, 3), "noise": round((garbage + alone) / n, 3),
            "missed_cells": round(missed / (inked or 1), 3),
            "crossing": round(crossing / (in_tables or 1), 3),
            "straddling": round(straddling / (in_tables or 1), 3),
            "table_rule_marks": round(marked / (in_tables or 1), 3), "mixed_case": round(mixed, 3),
            "latin_h": round(latin_h_share([{"text": w.text} for w in words]), 3),
            "lost_kazakh": lost_kazakh_share([w.text for w in words]), "words": len(words)}


def poor_layer(quality: dict[str, float]) -> list[str]:
    """The measures of :func:`layer_quality` over their limits, as ``name=value``."""
    return [f"{k}={quality[k]}" for k, limit in POOR_LAYER.items() if quality.get(k, 0) > limit]



def _drop_rules(words: list[OcrWord], tables: list[ImageTable]) -> list[OcrWord]:
    """OCR reads a table's vertical rule next to a word as a character of
    it ("|2104", "15401" for 5401): a rule-like first or last character
    whose place is on a rule is dropped, and so is a word that is nothing
    but one."""
    rules = []  # (x, top, bottom) of every vertical cell edge
    for t in tables:
        for x0, top, x1, bottom in t.cells:
            rules += [(x0, top, bottom), (x1, top, bottom)]
    out = []
    for w in words:
        text, x0, x1 = w.text, w.x0, w.x1
        cy = (w.top + w.bottom) / 2
        near = [x for x, top, bottom in rules if top <= cy <= bottom]
        for _ in range(2):
            if not text:
                break
            char_w = (x1 - x0) / len(text)
            # a bar is never text next to a rule; a "1" only when the rule runs through it
            lo, hi = (2.5, 1.5) if text[0] in "|¦" else (0.3, 0.8)
            lo2, hi2 = (1.5, 2.5) if text[-1] in "|¦" else (0.8, 0.3)
            if text[0] in _RULE_CHARS and any(x0 - lo * char_w <= x <= x0 + hi * char_w for x in near):
                text, x0 = text[1:], x0 + char_w
            elif text[-1] in _RULE_CHARS and any(x1 - lo2 * char_w <= x <= x1 + hi2 * char_w for x in near):
                text, x1 = text[:-1], x1 - char_w
        if text:
            out.append(OcrWord(text, x0, w.top, x1, w.bottom, w.conf, w.size, w.read))
    return out


#: the fewest dots a word of dot leaders is read from, alone
_LEADER_DOTS = 3
#: a dot of a leader is no taller and no wider than this share of its line's height
_DOT_SIZE = 0.3


def _dots(w: OcrWord, gray: Any, scale: float) -> int:
    """How many dots the ink of ``w``'s box is, or 0 when it is no row of
    dots (see :func:`dot_leaders`)."""
    import cv2
    import numpy as np

    h_img, w_img = gray.shape[:2]
    x0, x1 = max(0, int(w.x0 / scale)), min(w_img, int(math.ceil(w.x1 / scale)))
    y0, y1 = max(0, int(w.top / scale)), min(h_img, int(math.ceil(w.bottom / scale)))
    hpx = y1 - y0
    if hpx < 6 or x1 - x0 < 2:
        return 0
    crop = gray[y0:y1, x0:x1]
    dark, paper = float(crop.min()), float(np.percentile(crop, 90))
    if paper - dark < 60:
        return 0  # no ink, or a shade
    ink = (crop < (dark + paper) / 2).astype(np.uint8)
    _, _, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    specks = [s for s in stats[1:] if s[4] >= 2]
    limit = _DOT_SIZE * hpx
    if not specks or any(s[2] > limit or s[3] > limit or s[1] + s[3] / 2 < hpx / 2 for s in specks):
        return 0
    return len(specks)


def dot_leaders(words: list[OcrWord], gray: Any, scale: float) -> int:
    """Words whose ink is dots only: dot leaders ("0.99 ........ 800",
    "Burglary . . . . . 240.9") that OCR read as letters ("seesaw", "cece",
    "ола ба") on a blurred or grey scan.  Such a word is written as dots,
    so the table rules take it for a leader (a cell edge between a label
    and its figure), not for words.  A word is tested when it has a letter
    or a digit; its ink (in the levelled page image ``gray``, ``scale``
    points a pixel; darker than half way between its darkest pixel and the
    paper) must be specks none taller or wider than ``_DOT_SIZE`` of the
    word's height, all in its lower half: ``_LEADER_DOTS`` of them or more,
    or fewer beside another such word on its line (a leader read as
    several short words).  Returns how many words were so read."""
    found = [(w, n) for w in words if any(ch.isalnum() for ch in w.text) and (n := _dots(w, gray, scale))]
    dotted = [w for w, _ in found]
    changed = 0
    for w, n in found:
        h = w.bottom - w.top
        if n < _LEADER_DOTS and not any(
                o is not w and abs((o.top + o.bottom) - (w.top + w.bottom)) < h
                and min(abs(o.x0 - w.x1), abs(w.x0 - o.x1)) < 2 * h for o in dotted):
            continue
        w.text = "." * max(n, _LEADER_DOTS)
        changed += 1
    if not changed:
        return 0
    # what OCR read between two pieces of one leader is of it too ("...... SA ......"):
    # a leader runs unbroken from a label to its figure
    for w in words:
        if LEADER_RE.match(w.text) or re.fullmatch(r"[\d.,]+", w.text):
            continue
        h, cy = w.bottom - w.top, (w.top + w.bottom) / 2
        line = [o for o in words if o is not w and abs((o.top + o.bottom) / 2 - cy) < h / 2]
        left = max((o for o in line if o.x1 <= w.x0 + 1), key=lambda o: o.x1, default=None)
        right = min((o for o in line if o.x0 >= w.x1 - 1), key=lambda o: o.x0, default=None)
        if left is not None and right is not None and LEADER_RE.match(left.text) and LEADER_RE.match(right.text) \
                and w.x0 - left.x1 < h and right.x0 - w.x1 < h:
            w.text = "." * _LEADER_DOTS
            changed += 1
    return changed


_STRETCH = 3.0  # a word's box wider than this many times its height for each of its characters holds no type


def drop_stretched(words: list[OcrWord]) -> list[OcrWord]:
    """The words without those whose box is wider than ``_STRETCH`` times
    its height for each character: no face sets a letter three times as
    wide as its line is high (a "W" or a dash is about as wide as the type
    is tall).  Such a word is a rule, a shade's edge or a band of a table
    that OCR read as a letter or two ("Oe" stretched over the columns of a
    row under a rule, from a layer made in ``--psm 6``); its box, running
    across the gaps between the columns, would join them into one."""
    return [w for w in words
            if (w.x1 - w.x0) <= _STRETCH * max(w.bottom - w.top, 0.1) * max(1, len(w.text))]


def _even_sizes(words: list[OcrWord]) -> None:
    """Sizes within a fifth of the page's usual size become that size: OCR
    measures each line a little differently, and the PDF loader starts a new
    paragraph where the size changes."""
    if not words:
        return
    usual = statistics.median(w.size for w in words)
    for w in words:
        if abs(w.size - usual) <= 0.2 * usual:
            w.size = usual


def _level_words(words: list[OcrWord], angle: float, width: float, height: float) -> list[OcrWord]:
    if abs(angle) < 0.05:
        return words
    out = []
    for w in words:
        cx, cy = _turn([((w.x0 + w.x1) / 2, (w.top + w.bottom) / 2)], angle, (width / 2, height / 2))[0]
        hw, hh = (w.x1 - w.x0) / 2, (w.bottom - w.top) / 2
        out.append(OcrWord(w.text, cx - hw, cy - hh, cx + hw, cy + hh, w.conf, w.size))
    return out


# --------------------------------------------------------- whole document


def has_scanned_pages(path: Path, config: Config) -> bool:
    """A quick look with pdfium (no layout analysis): does a page hold an
    image over most of it with no drawn paths, or images and no text?"""
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    doc = pdfium.PdfDocument(str(path))
    try:
        for page in doc:
            w, h = page.get_size()
            area = (w * h) or 1.0
            cover, paths, images = 0.0, 0, 0
            for obj in page.get_objects(max_depth=3):
                if obj.type == raw.FPDF_PAGEOBJ_IMAGE:
                    images += 1
                    x0, y0, x1, y1 = obj.get_bounds()
                    cover = max(cover, max(0.0, x1 - x0) * max(0.0, y1 - y0) / area)
                elif obj.type == raw.FPDF_PAGEOBJ_PATH:
                    paths += 1
            textpage = page.get_textpage()
            n_chars = textpage.count_chars()
            textpage.close()
            page.close()
            scan = cover >= _IMAGE_COVER and paths == 0
            if config.ocr == "never" and scan and n_chars:
                return True
            if config.ocr != "never" and (scan or (images and not n_chars)):
                return True
    finally:
        doc.close()
    return False


# ------------------------------------------------- figures read again

_FIGURE_RE = re.compile(r"^[-+–(]?\d[\d.,%) ]*$")
_MAX_SUSPECT = 4  # characters: longer text in a column of figures is a note, not a misread figure
# a figure as the cell's second reading may give it: digits, a decimal comma and one or two
# digits after it (three after a comma are a thousands group, which a speck can fake)
_REREAD_RE = re.compile(r"^\d+(?:,\d{1,2})?$")
# ... in a table whose figures are written with a decimal point ("21.4")
_REREAD_POINT_RE = re.compile(r"^\d+(?:\.\d{1,2})?$")
# one word a doubtful reading of a figure: digits with a decimal mark or what OCR makes of one
_DIGITISH_RE = re.compile(r"^\d+(?:[,.:;]\d*)?$")
_RULE_BAND = 8  # pixels at a crop's edge where what is left of a rule may be
_RULE_INK = 0.85  # share of a row or column of pixels inked, for a rule
_FIGURE_CONF = 60.0  # Tesseract confidence a figure read again needs
_DOUBT_CONF = 80.0  # a figure Tesseract read with less is read again alone
_DOUBT_REREAD_CONF = 90.0  # ... and replaced only by a second reading this sure


def decimal_mark(t: Any) -> str:
    """The decimal mark of a table's figures: a point when more of its
    cells hold a figure with a point and one or two digits after it
    ("21.4", "0.75") than with a comma so ("21,4"); else a comma (the
    mark of Kazakh and Russian reports)."""
    texts = [" ".join(ln.text for ln in lines).strip() for lines in t.lines]
    point = sum(1 for x in texts if re.fullmatch(r"[-+–]?\d+\.\d{1,2}%?", x))
    comma = sum(1 for x in texts if re.fullmatch(r"[-+–]?\d+,\d{1,2}%?", x))
    return "." if point > comma else ","


def unmarked_cells(t: Any, mark: str, wide: bool = False) -> list[int]:
    """Cells of a column whose figures are written with a decimal mark and
    one or two digits after it ("7.2", "21.4": two or more, a quarter of
    its figures at least; or any column, when half the table's figures or
    more are so written) that hold two to four digits alone ("253"): OCR
    loses the mark of a binarized scan more often than any digit.  They
    are read again, and take only the mark a second reading sees.

    ``wide``: the cells of two to four digits of the table's other columns,
    when two of its columns at least are so written: OCR loses the marks of
    one column as a run ("201", "415", "355" down a column of shares beside
    columns that kept theirs), which its text alone cannot tell from a
    column of counts ("2400": read again, it keeps its figures).  These
    need a surer second reading (see :func:`reread_figures`)."""
    from esep.plugins.pdf.tables import header_rows

    head = header_rows(t)
    marked = re.compile(rf"\d+{re.escape(mark)}\d{{1,2}}")
    by_col: dict[int, list[tuple[int, str]]] = {}
    for k, c in enumerate(t.cells):
        if c.col_span == 1 and c.row >= head:
            by_col.setdefault(c.col, []).append((k, " ".join(ln.text for ln in t.lines[k]).strip()))
    def counts(cells: list[tuple[int, str]]) -> tuple[int, list[int]]:
        return (sum(1 for _, x in cells if marked.fullmatch(x)),
                [k for k, x in cells if re.fullmatch(r"\d{2,4}", x)])
    n_all, plain_all = counts([kx for cells in by_col.values() for kx in cells])
    whole = n_all >= 6 and n_all >= 0.5 * (n_all + len(plain_all))
    out, rest = [], []
    marked_cols = 0
    for cells in by_col.values():
        n, plain = counts(cells)
        if whole or (n >= 2 and n >= 0.25 * (n + len(plain))):
            out += plain
            marked_cols += 1
        else:
            rest += plain
    if wide:
        return rest if marked_cols >= 2 else []
    return out




def suspect_cells(t: Any) -> list[int]:
    """Cells of a table in a column of figures whose text is no figure:
    OCR misreads a lone digit as a letter ("т" for 1, "Я" for 7, "Е]" for
    3).  A column of figures has three figures or more below the header,
    and figures are at least 0.7 of its cells with text; a suspect is short
    (four characters at most), holds a letter or digit (a dash for nought
    stays), and has no lower-case run of three letters or more (a word:
    "жоқ", "нет"; "су" read for a "3" is a suspect)."""
    from esep.plugins.pdf.tables import header_rows

    head = header_rows(t)
    by_col: dict[int, list[tuple[int, str]]] = {}
    for k, c in enumerate(t.cells):
        if c.col_span != 1 or c.row < head:
            continue
        text = " ".join(ln.text for ln in t.lines[k]).strip()
        if text:
            by_col.setdefault(c.col, []).append((k, text))
    out = []
    for cells in by_col.values():
        figures = {k for k, text in cells if _FIGURE_RE.match(text)}
        if len(figures) < 3 or len(figures) < 0.7 * len(cells):
            continue
        for k, text in cells:
            if k in figures or len(text.replace(" ", "")) > _MAX_SUSPECT or not any(ch.isalnum() for ch in text):
                continue
            if re.search(rf"[a-z{LOWER}]{{3,}}", text):
                continue
            out.append(k)
    return out


_SHADE = 225  # a crop whose paper is darker than this grey lies on a shade (a grey header, a grey row)
_DARK_FILL = 100  # ... and one darker than this is a dark fill (light text on it is not made dark)


def white_paper(crop: Any) -> Any:
    """A crop of text on a shade (a table's grey header row, a grey row or
    column) with its shade made white, as the paper around it: its paper
    (the median grey: text covers less than half of a cell or a line) is
    stretched to white and the text, much darker, stays dark.  Set on a
    white canvas, a grey crop is read by Tesseract as a box of its own
    (its words' boxes cover the whole grey patch, their confidence near
    0), so the text of a shaded cell was not taken.  A crop on white or
    near-white paper, or on a dark fill, is returned as it is."""
    import numpy as np

    paper = float(np.median(crop)) if crop.size else 255.0
    if paper >= _SHADE or paper <= _DARK_FILL:
        return crop
    return np.clip(crop.astype(np.float32) * (255.0 / paper), 0, 255).astype(np.uint8)


def _clean_crop(crop: Any) -> Any:
    """A cell's image without what is left of its rules: rows and columns
    of pixels nearly all ink (a rule is a line across the whole crop, a
    digit's stroke is not) in a narrow band at the crop's edges are
    whitened."""
    import numpy as np

    crop = crop.copy()
    ink = crop < 128
    h, w = crop.shape
    edge_h, edge_w = max(2, min(h // 5, _RULE_BAND)), max(2, min(w // 5, _RULE_BAND))
    for r in list(range(edge_h)) + list(range(h - edge_h, h)):
        if ink[r].mean() > _RULE_INK:
            crop[r] = 255
    for c in list(range(edge_w)) + list(range(w - edge_w, w)):
        if ink[:, c].mean() > _RULE_INK:
            crop[:, c] = 255
    return np.ascontiguousarray(crop)


def doubtful_cells(t: Any, conf: dict[int, float]) -> list[int]:
    """Cells of a table holding one figure (digits, perhaps with a decimal
    mark or what OCR made of one: "122", "21:3", "42,") that Tesseract read
    with a confidence under ``_DOUBT_CONF`` (``conf``: word id to
    confidence, 0..100; words of a text layer have none and are never
    doubtful)."""
    out = []
    for k, lines in enumerate(t.lines):
        ws = [w for ln in lines for w in ln.words]
        if len(ws) == 1 and _DIGITISH_RE.match(ws[0].text) and conf.get(id(ws[0]), 100.0) < _DOUBT_CONF:
            out.append(k)
    return out


def _cell_crop(image: Any, bbox: tuple[float, float, float, float], dpi: int) -> tuple[Any, int, int]:
    """A cell's image (``bbox`` in points) inside its rules, rules whitened
    (:func:`_clean_crop`), and its top-left corner in page pixels; the crop
    is None for a cell too small to read."""
    k_px = dpi / 72.0
    inset = max(1, int(round(1.2 * k_px)))  # a rule and the skew left over
    x0, top, x1, bottom = bbox
    a, b = int(top * k_px) + inset, int(bottom * k_px) - inset
    l, r = int(x0 * k_px) + inset, int(x1 * k_px) - inset
    if b - a < 4 or r - l < 4:
        return None, a, l
    return white_paper(_clean_crop(image[a:b, l:r])), a, l


_CANVAS_MAX = 30000  # pixels: Tesseract refuses an image over 32767 pixels high or wide


def _read_crops(crops: list[tuple[int, Any]], gap: int, config: Config, dpi: int,
                **ocr_args: Any) -> dict[int, list[dict[str, Any]]] | None:
    """Cell crops (key, image) set one under another on one canvas, ``gap``
    pixels apart, and read in one Tesseract call (``ocr_args`` go to
    :func:`ocr_image`): each key's words, their ``left`` and ``top``
    relative to its crop.  None when Tesseract cannot be run.  Tesseract
    reads no image over 32767 pixels high, so many crops (a long table, a
    column of tall cells) go on as many canvases as they need, each under
    ``_CANVAS_MAX``; a crop wider or taller than that is left out."""
    import numpy as np
    from PIL import Image

    crops = [(k, cr) for k, cr in crops if cr.shape[0] + 2 * gap <= _CANVAS_MAX
             and cr.shape[1] + 2 * gap <= _CANVAS_MAX]
    batches: list[list[tuple[int, Any]]] = [[]]
    height = gap
    for k, cr in crops:
        if batches[-1] and height + cr.shape[0] + gap > _CANVAS_MAX:
            batches.append([])
            height = gap
        batches[-1].append((k, cr))
        height += cr.shape[0] + gap
    out: dict[int, list[dict[str, Any]]] = {}
    for batch in batches:
        if not batch:
            continue
        width = max(cr.shape[1] for _, cr in batch) + 2 * gap
        height = sum(cr.shape[0] + gap for _, cr in batch) + gap
        canvas = np.full((height, width), 255, dtype=np.uint8)
        bands = []
        y = gap
        for k, cr in batch:
            canvas[y:y + cr.shape[0], gap:gap + cr.shape[1]] = cr
            bands.append((k, y, y + cr.shape[0]))
            y += cr.shape[0] + gap
        try:
            words = ocr_again(Image.fromarray(canvas), config, dpi, **ocr_args)
        except OcrUnavailable:
            return None
        if words is None:  # past the timeout: these crops keep their first reading
            continue
        out.update({k: [dict(w, left=w["left"] - gap, top=w["top"] - y0) for w in words
                        if y0 - gap / 2 <= w["top"] + w["height"] / 2 <= y1 + gap / 2] for k, y0, y1 in bands})
    return out


def figures_to_reread(t: Any, conf: dict[int, float]) -> bool:
    """Whether a table has cells :func:`reread_figures` reads again: a
    suspect, a doubtful figure, or a figure without its column's mark."""
    mark = decimal_mark(t)
    return bool(suspect_cells(t) or doubtful_cells(t, conf) or unmarked_cells(t, mark)
                or unmarked_cells(t, mark, wide=True))


def reread_figures(t: Any, image: Any, dpi: int, config: Config,
                   conf: dict[int, float] | None = None) -> list[tuple[int, str, str, float]]:
    """Cells of :func:`suspect_cells` OCR'd again alone, digits and the
    decimal comma only (a figure read again has at most two digits after
    a comma: three would be a thousands group a speck can fake), from
    the levelled page image (``dpi``): the crops are set one under another
    on one canvas and read in one Tesseract call.  A cell whose crop reads
    as a figure with confidence ``_FIGURE_CONF`` or more gets that figure
    (its word keeps the cell's box; the cell's ``original`` is the text
    read first).  Given the OCR confidence of each word (``conf``), the
    figures of :func:`doubtful_cells` are read again too, and one takes the
    second reading only when it differs and its confidence is
    ``_DOUBT_REREAD_CONF`` or more.  Returns (cell index, before, after,
    confidence) of the cells changed."""
    suspects = suspect_cells(t)
    doubtful = [k for k in doubtful_cells(t, conf or {}) if k not in suspects]
    mark = decimal_mark(t)
    unmarked = [k for k in unmarked_cells(t, mark) if k not in suspects and k not in doubtful]
    # (the cells of columns that lost every mark need a reading as sure as a doubtful figure's)
    unsure = [k for k in unmarked_cells(t, mark, wide=True) if k not in suspects and k not in doubtful]
    unmarked += unsure
    ks = suspects + doubtful + unmarked
    if not ks or image is None:
        return []
    crops = [(k, _cell_crop(image, t.cells[k].provenance.bbox, dpi)[0]) for k in ks]
    live = [(k, cr) for k, cr in crops if cr is not None and (cr < 128).any()]
    if not live:
        return []
    read = _read_crops(live, max(cr.shape[0] for _, cr in live), config, dpi, lang="eng", psm=6,
                       extra=f"-c tessedit_char_whitelist=0123456789{mark}")
    if read is None:
        return []
    pattern = _REREAD_RE if mark == "," else _REREAD_POINT_RE
    changed = []
    for k, got in read.items():
        need = _DOUBT_REREAD_CONF if k in doubtful or k in unsure else _FIGURE_CONF
        if len(got) != 1 or not pattern.match(got[0]["text"]) or got[0]["conf"] < need:
            continue
        before = " ".join(ln.text for ln in t.lines[k])
        after = got[0]["text"]
        if after == before or (k in unmarked and (mark not in after or after.replace(mark, "") != before)):
            continue  # (a figure without its mark takes only the mark a second reading sees)
        ws = [w for ln in t.lines[k] for w in ln.words]
        first = ws[0]
        word = Word(after, min(w.x0 for w in ws), min(w.top for w in ws), max(w.x1 for w in ws),
                    max(w.bottom for w in ws), first.bold, first.size, len(after))
        t.lines[k] = [Line(t.page, [word])]
        t.cells[k].original = before
        changed.append((k, before, after, round(got[0]["conf"] / 100.0, 3)))
    return changed


_MISSED_SHARE = 0.35  # of a cell's ink outside every word box: text OCR did not read
_MISSED_MIN_PT2 = 12.0  # ... and at least this much of it (square points: a few letters, not a speck)
_EMPTY_MIN_PT2 = 4.0  # the ink of a cell where no word was read at all: a lone digit has 5-16
_EMPTY_REREAD_CONF = 50.0  # ... and a reading of such a cell needs this mean confidence (not a speck's)


def missed_text_cells(t: Any, image: Any, dpi: int) -> list[int]:
    """Cells of a table in whose image much ink lies outside the boxes of
    the words read there: Tesseract's page layout skips text in table cells
    (a label wrapped a syllable a line in a narrow column, small print), so
    that only the first line of a cell, or nothing, is read.  A cell counts
    when over ``_MISSED_SHARE`` of its ink (rules whitened) and at least
    ``_MISSED_MIN_PT2`` square points of it are outside every word box; a
    cell where no word was read at all (a lone digit Tesseract's layout
    passed over) when it has ``_EMPTY_MIN_PT2`` square points of ink."""
    k_px = dpi / 72.0
    pad = max(1, int(round(1.0 * k_px)))
    out = []
    for k, c in enumerate(t.cells):
        crop, a, l = _cell_crop(image, c.provenance.bbox, dpi)
        if crop is None:
            continue
        ink = crop < 128
        total = int(ink.sum())
        if total == 0:
            continue
        for w in (w for ln in t.lines[k] for w in ln.words):
            wa, wb = max(0, int(w.top * k_px) - a - pad), max(0, int(w.bottom * k_px) - a + pad)
            wl, wr = max(0, int(w.x0 * k_px) - l - pad), max(0, int(w.x1 * k_px) - l + pad)
            ink[wa:wb, wl:wr] = False
        left = int(ink.sum())
        least = _MISSED_MIN_PT2 if t.lines[k] else _EMPTY_MIN_PT2
        if left > _MISSED_SHARE * total and left / k_px ** 2 >= least:
            out.append(k)
    return out


_UNSURE_WORD_CONF = 30.0  # a cell with a word of two characters or more OCR read with less is read again alone
_UNSURE_GAIN = 25.0  # ... and takes the second reading when its mean confidence is this much higher


def unsure_text_cells(t: Any, conf: dict[int, float]) -> dict[int, float]:
    """Cells of a ruled table with a word of two letters or digits or more
    that Tesseract read with a confidence under ``_UNSURE_WORD_CONF``
    (``conf``: word id to confidence), with the mean confidence of the
    cell's words.  Tesseract's page layout reads a row of cells of two
    lines each (a header: "Improved / Speed", "Decreased / Accel") as one
    line through both, and makes garbage of it ("Mee Y", "ema i", words
    read with a confidence of 0 to 25); alone, each cell reads right."""
    out = {}
    for k, lines in enumerate(t.lines):
        ws = [w for ln in lines for w in ln.words if id(w) in conf]
        if any(conf[id(w)] < _UNSURE_WORD_CONF and sum(ch.isalnum() for ch in w.text) >= 2 for w in ws):
            out[k] = statistics.fmean(conf[id(w)] for w in ws)
    return out


def reread_missed_text(t: Any, image: Any, dpi: int, config: Config,
                       lang: str | None = None, conf: dict[int, float] | None = None) -> list[tuple[int, str, str]]:
    """Cells of :func:`missed_text_cells` OCR'd again alone (their crops set
    one under another on one canvas, one Tesseract call, ``--psm 6``): a
    cell whose second reading has more letters and digits than the first
    takes its words (in page points; the cell's ``original`` keeps the
    first reading); a cell where nothing was read takes them only when
    their mean confidence is ``_EMPTY_REREAD_CONF`` or more (a speck read
    as a letter is not text); a cell read first as a figure takes only a
    figure (the ink outside its box is a stamp's ring or a signature's
    stroke over the table, which reads as letters: "96" became "АЛУ ДЕР").  ``lang``: the languages the page was read with.
    Given the words' confidences (``conf``), the cells of
    :func:`unsure_text_cells` are read again too, and take the second
    reading when its mean confidence is ``_UNSURE_GAIN`` higher.
    Returns (cell index, before, after) of the cells changed."""
    missed = missed_text_cells(t, image, dpi)
    unsure = unsure_text_cells(t, conf or {})
    ks = sorted(set(missed) | set(unsure))
    if not ks:
        return []
    k_px = dpi / 72.0
    crops = {k: _cell_crop(image, t.cells[k].provenance.bbox, dpi) for k in ks}
    read = _read_crops([(k, cr) for k, (cr, _, _) in crops.items()], max(20, int(round(8 * k_px))),
                       config, dpi, lang=lang, psm=6)
    if read is None:
        return []
    changed = []
    for k, got in read.items():
        _, a, l = crops[k]
        before = " ".join(ln.text for ln in t.lines[k])
        sure = statistics.fmean(w["conf"] for w in got) if got else 0.0
        if k in unsure and any(ch.isalnum() for w in got for ch in w["text"]) \
                and sure >= unsure[k] + _UNSURE_GAIN:
            pass  # read with more confidence alone
        elif k not in missed or sum(ch.isalnum() for w in got for ch in w["text"]) \
                <= sum(ch.isalnum() for ch in before):
            continue
        elif not before and sure < _EMPTY_REREAD_CONF:
            continue
        if _FIGURE_RE.match(before.strip()) and not _FIGURE_RE.match(" ".join(w["text"] for w in got)):
            continue  # a figure read first stays unless read again as one: a stamp or a signature over it reads as letters
        size = next((w.size for ln in t.lines[k] for w in ln.words), 10.0)
        new = [Word(w["text"], (l + w["left"]) / k_px, (a + w["top"]) / k_px,
                    (l + w["left"] + w["width"]) / k_px, (a + w["top"] + w["height"]) / k_px,
                    False, size, len(w["text"])) for w in got]
        t.lines[k] = group_lines(new, t.page)
        t.cells[k].original = before
        changed.append((k, before, " ".join(ln.text for ln in t.lines[k])))
    return changed


_BLIND_GRID_CELLS = 4  # a ruled grid of this many cells with no word OCR'd in it is read cell by cell


class ScanReader:
    """Reads the image-backed pages of one PDF for the PDF loader and, once
    the loader has assembled the Document, finishes it (metadata, OCR
    confidences, one cell per grid place).  The loader needs three lines::

        scans = ocr.ScanReader(config)
        ...  # per page:
        page_data = scans.read(page, no) if scans.wants(page) else read_page(page, no)
        ...  # after assembling:
        scans.finish(doc)
    """

    def __init__(self, config: Config):
        self.config = config
        self.sources: dict[int, str] = {}
        self.reocr: dict[int, list[str]] = {}
        self.conf_words: dict[int, list[OcrWord]] = {}
        self.reread: dict[int, list[dict[str, Any]]] = {}
        self.reread_text: dict[int, list[dict[str, Any]]] = {}
        self.langs: dict[int, str] = {}  # pages OCR'd with other languages than ocr_lang (Latin script)
        self.turns: dict[int, int] = {}  # pages read turned upright (degrees anticlockwise)
        self.layer_reads: dict[int, list[OcrWord]] = {}  # words of a text layer whose marks were read again

    def wants(self, page: Any) -> bool:
        """A scan, a page of images without text, or any page with ``--ocr always``."""
        if self.config.ocr == "always":
            return True
        return is_scan(page) or bool(not page.chars and page.images and self.config.ocr != "never")

    def read(self, page: Any, no: int) -> Any:
        """The :class:`~esep.plugins.pdf.pages.Page` of an image-backed page."""
        sp = read_scan_page(page, self.config)
        self.sources[no] = sp.source
        if sp.lang and sp.lang != str(self.config.get("ocr_lang", DEFAULT_LANG)):
            self.langs[no] = sp.lang
        if sp.source == "ocr" and sp.poor:
            self.reocr[no] = sp.poor
        words = [Word(w.text, w.x0, w.top, w.x1, w.bottom, False, w.size or 10.0, len(w.text))
                 for w in sp.words]
        conf = {id(w): o.conf for w, o in zip(words, sp.words) if o.conf is not None}
        if sp.source == "ocr":
            self.conf_words[no] = sp.words
        tables, used = [], set()
        for tb in sp.tables:
            got = ruled_table(tb, words, no)
            # a grid where OCR read no word at all is kept on a page OCR'd here: a dense grid can
            # throw Tesseract's page layout off, and its cells are read one by one (below)
            if got and (got[1] or (sp.source == "ocr" and len(got[0].cells) >= _BLIND_GRID_CELLS)):
                tables.append(got[0])
                used |= got[1]
        self.layer_reads[no] = [o for o in sp.words if o.read is not None]
        self._reread(page, no, sp, tables, conf)
        tables = [t for t in tables if any(ln.words for lines in t.lines for ln in lines)]
        progress.beat()  # a page OCR'd (or its layer checked): --timeout counts from here
        words = [w for w in words if id(w) not in used]
        width, height = float(page.width), float(page.height)
        if sp.turn in (90, 270):  # the words stand on the page turned upright
            width, height = height, width
        words = self.reread_text_tables(page, no, sp, Page(no, width, height, [], tables, rules=sp.rules),
                                         words, conf)
        if sp.turn:
            self.turns[no] = sp.turn
        return Page(no, width, height, group_lines(words, no), tables, rules=sp.rules)

    def _reread(self, page: Any, no: int, sp: ScanPage, tables: list[Any], conf: dict[int, float]) -> None:
        """Figures misread in the cells of columns of figures, and figures
        OCR was unsure of, read again (:func:`reread_figures`) when OCR is
        allowed."""
        if self.config.ocr == "never" or not tables:
            return
        image, dpi = sp.image, sp.dpi
        if sp.source == "ocr" and image is not None:
            for t in tables:
                for k, before, after in reread_missed_text(t, image, dpi, self.config, sp.lang or None, conf):
                    c = t.cells[k]
                    self.reread_text.setdefault(no, []).append({"row": c.row, "col": c.col, "read": before,
                                                                "text": after})
        if not any(figures_to_reread(t, conf) for t in tables):
            return
        image, dpi = self._figure_image(page, sp)
        for t in tables:
            for k, before, after, sure in reread_figures(t, image, dpi, self.config, conf):
                self._note_figure(no, t.cells[k], before, after, sure)

    def _note_figure(self, no: int, c: Any, before: str, after: str, sure: float) -> None:
        self.reread.setdefault(no, []).append({"row": c.row, "col": c.col, "read": before,
                                               "figure": after, "confidence": sure})

    def _figure_image(self, page: Any, sp: ScanPage) -> tuple[Any, int]:
        """The levelled page image figures are read again from, and its
        resolution: the page's own when it was OCR'd here, else rendered
        at ``ocr_dpi``."""
        want = int(self.config.get("ocr_dpi", DEFAULT_DPI))
        if sp.image is not None and sp.dpi >= want:
            return sp.image, sp.dpi
        import numpy as np  # the text layer's page was rendered for its rules only

        image = white_border(np.asarray(render(page, want)))
        if abs(sp.skew) >= 0.05:
            image = rotate(image, sp.skew)
        return image, want

    def reread_text_tables(self, page: Any, no: int, sp: ScanPage, shell: Page, words: list[Word],
                            conf: dict[int, float]) -> list[Word]:
        """The page's words, with the figures of its tables of aligned text
        read again as those of its ruled tables are (:func:`reread_figures`).
        A scan's unruled table loses decimal points and has digits misread as
        letters as often as a ruled one.  Its tables are found as the loader
        will find them (:func:`find_text_tables`, on copies of the words
        outside the ruled tables, ``shell`` holding those), and a cell read
        again gives its words' place one word of the new reading."""
        if self.config.ocr == "never" or not words:
            return words
        copies = [dataclasses.replace(w) for w in words]
        first = {id(c): w for c, w in zip(copies, words)}
        cconf = {id(c): conf[id(w)] for c, w in zip(copies, words) if id(w) in conf}
        scratch = dataclasses.replace(shell, lines=group_lines(copies, no), tables=[])
        ruled = [t for t in shell.tables if len({c.row for c in t.cells}) >= 2]
        find_text_tables(scratch, outside=[(t.bbox[1], t.bbox[3]) for t in ruled])
        found = [t for t in scratch.tables if figures_to_reread(t, cconf)]
        if not found:
            return words
        image, dpi = self._figure_image(page, sp)
        new: dict[int, Word | None] = {}
        for t in found:
            read_first = [[first[id(w)] for ln in lines for w in ln.words if id(w) in first] for lines in t.lines]
            for c, lines in zip(t.cells, t.lines):
                # a cell of text is as high as its line's box: its figure's crop takes paper above and below
                size = max((w.size for ln in lines for w in ln.words), default=0.0)
                x0, top, x1, bottom = c.provenance.bbox
                c.provenance.bbox = (x0, top - 0.3 * size, x1, bottom + 0.3 * size)
            for k, before, after, sure in reread_figures(t, image, dpi, self.config, cconf):
                ws = read_first[k]
                if not ws or any(id(w) in new for w in ws):
                    continue
                w0 = ws[0]
                new[id(w0)] = Word(after, min(w.x0 for w in ws), min(w.top for w in ws), max(w.x1 for w in ws),
                                   max(w.bottom for w in ws), w0.bold, w0.size, len(after))
                new.update((id(w), None) for w in ws[1:])
                self._note_figure(no, t.cells[k], before, after, sure)
        out = []
        for w in words:
            got = new.get(id(w), w)
            if got is not None:
                out.append(got)
        return out

    def finish(self, doc: Document) -> None:
        src = self.sources
        if self.reread:
            doc.metadata["reread_cells"] = {str(no): v for no, v in sorted(self.reread.items())}
        if self.langs:
            doc.metadata["ocr_lang_pages"] = {str(no): lang for no, lang in sorted(self.langs.items())}
        if self.turns:
            doc.metadata["ocr_turned_pages"] = {str(no): turn for no, turn in sorted(self.turns.items())}
        if self.reread_text:
            doc.metadata["reread_text_cells"] = {str(no): v for no, v in sorted(self.reread_text.items())}
        doc.metadata["ocr"] = "tesseract" if "ocr" in src.values() else "text_layer" if src else "none"
        doc.metadata["ocr_pages"] = sorted(no for no, s in src.items() if s == "ocr")
        doc.metadata["text_layer_pages"] = sorted(no for no, s in src.items() if s == "text_layer")
        if self.reocr:
            doc.metadata["reocr_pages"] = {str(no): why for no, why in sorted(self.reocr.items())}
        if src:
            doc.metadata.pop("needs_ocr", None)
        for t in doc.tables:
            _unique_cells(t)
        _keep_layer_reading(doc, self.layer_reads)
        _set_confidence(doc, self.conf_words)


def _keep_layer_reading(doc: Document, reads: dict[int, list[OcrWord]]) -> None:
    """A table cell holding a word of a text layer whose marks were read
    again (a bullet, a rule's bracket taken off) keeps the text as the
    layer wrote it as its ``original``."""
    for t in doc.tables:
        for c in t.cells:
            p = c.provenance
            if c.original is not None or not p or not p.bbox or not reads.get(p.page):
                continue
            x0, top, x1, bottom = p.bbox
            text = c.text
            for w in reads[p.page]:
                if x0 - 1 <= (w.x0 + w.x1) / 2 <= x1 + 1 and top - 1 <= (w.top + w.bottom) / 2 <= bottom + 1 \
                        and w.text in text:
                    text = text.replace(w.text, w.read or w.text, 1)
            if text != c.text:
                c.original = text


def _unique_cells(table: Any) -> None:
    """One cell per (row, column): where rules found in a skewed image give
    two boxes the same place, their texts are joined."""
    seen: dict[tuple[int, int], Any] = {}
    keep = []
    for c in table.cells:
        first = seen.get((c.row, c.col))
        if first is None:
            seen[(c.row, c.col)] = c
            keep.append(c)
        elif c.text:
            first.text = f"{first.text}\n{c.text}" if first.text else c.text
    table.cells = keep


def _set_confidence(doc: Document, conf_words: dict[int, list[OcrWord]]) -> None:
    """A block's confidence: the mean OCR confidence of the words inside its
    box on its first page (0..1)."""
    if not conf_words:
        return
    all_conf = []
    for b in doc.blocks:
        p = b.provenance
        if p.page not in conf_words or not p.bbox:
            continue
        x0, top, x1, bottom = p.bbox
        cs = [w.conf for w in conf_words[p.page] if w.conf is not None
              and x0 - 1 <= (w.x0 + w.x1) / 2 <= x1 + 1 and top - 1 <= (w.top + w.bottom) / 2 <= bottom + 1]
        if cs:
            b.confidence = round(sum(cs) / len(cs) / 100.0, 3)
            all_conf.extend(cs)
    if all_conf:
        doc.metadata["ocr_mean_confidence"] = round(sum(all_conf) / len(all_conf) / 100.0, 3)


# ------------------------------------------------------------------ errors


def explain_error(exception: BaseException) -> str | None:
    """What to tell of an OCR error (``None``: not one)."""
    if isinstance(exception, OcrUnavailable):
        return f"this PDF has scanned pages that need OCR, but {exception}"
    return None
