"""PDF pages rendered as PNG on demand (pypdfium2), cached under
``<cache_dir>/pages`` by the document's sha256 and the page number.

The database keeps boxes in PDF points with the origin at the top left
(pdfplumber's ``x0, top, x1, bottom``); :func:`page_size` gives the page's
size in the same unit, so a page can place a box over the image in percent.
"""

from __future__ import annotations

import logging
import os
import threading
from pathlib import Path

log = logging.getLogger(__name__)

#: pixels per PDF point (72 points an inch: 2 is 144 dpi)
SCALE = 2.0
_lock = threading.Lock()


def cache_dir(root: str | os.PathLike | None = None) -> Path:
    from esep.plugins.pdf.ocr import cache_root
    from esep.registry import Config

    return cache_root(Config(options={"cache_dir": str(root)} if root else {})) / "pages"


class PageUnavailable(Exception):
    """The PDF is not where the database says, or has no such page."""


def _open(path: str):
    import pypdfium2 as pdfium

    if not Path(path).is_file():
        raise PageUnavailable(f"the file is no longer at {Path(path).name}'s recorded place; "
                              "re-ingest the folder to see its pages")
    return pdfium.PdfDocument(path)


def page_size(path: str, page: int) -> tuple[float, float]:
    """(width, height) of a 1-based page in points."""
    with _lock:
        pdf = _open(path)
        try:
            if not 1 <= page <= len(pdf):
                raise PageUnavailable(f"the PDF has {len(pdf)} pages, not {page}")
            return tuple(pdf[page - 1].get_size())  # type: ignore[return-value]
        finally:
            pdf.close()


def render_page(path: str, document_id: str, page: int, root: str | None = None) -> Path:
    """The PNG of a 1-based page, rendered once and cached."""
    out = cache_dir(root) / document_id[:2] / f"{document_id}-{page}-{SCALE:g}.png"
    if out.exists():
        return out
    with _lock:
        pdf = _open(path)
        try:
            if not 1 <= page <= len(pdf):
                raise PageUnavailable(f"the PDF has {len(pdf)} pages, not {page}")
            image = pdf[page - 1].render(scale=SCALE).to_pil()
        finally:
            pdf.close()
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(f".{os.getpid()}.tmp")
    image.save(tmp, format="PNG", optimize=False)
    os.replace(tmp, out)
    log.debug("rendered %s page %d to %s", document_id[:12], page, out)
    return out


def find_text_box(path: str, page: int, candidates: list[str],
                  within: tuple[float, float, float, float] | None = None,
                  slack: float = 4.0) -> tuple[float, float, float, float] | None:
    """The box (x0, top, x1, bottom in points from the top left) of the
    first of ``candidates`` the page's text layer holds, inside ``within``
    when given.  None for a page without a text layer (a scan) or when no
    candidate is found."""
    with _lock:
        pdf = _open(path)
        try:
            if not 1 <= page <= len(pdf):
                return None
            pg = pdf[page - 1]
            height = pg.get_size()[1]
            tp = pg.get_textpage()
            for text in candidates:
                if not text:
                    continue
                search = tp.search(text, match_case=False, match_whole_word=False)
                while True:
                    hit = search.get_next()
                    if not hit:
                        break
                    i, n = hit
                    boxes = [tp.get_charbox(k) for k in range(i, i + n)]
                    x0 = min(b[0] for b in boxes)
                    x1 = max(b[2] for b in boxes)
                    top = height - max(b[3] for b in boxes)
                    bottom = height - min(b[1] for b in boxes)
                    if within is None or (x0 >= within[0] - slack and x1 <= within[2] + slack
                                          and top >= within[1] - slack and bottom <= within[3] + slack):
                        return (x0, top, x1, bottom)
            return None
        finally:
            pdf.close()
