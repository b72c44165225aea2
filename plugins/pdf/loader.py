"""Loader for PDF files (``.pdf``), through pdfplumber.

Each page is parsed once for its words (with font name and size) and its
ruled tables, then closed.  From these the loader rebuilds

* paragraphs: a line goes on the paragraph above unless the font changes,
  the gap above it is wider than the usual line gap, it is indented, or its
  first word would have fitted on the line above (which therefore ended its
  paragraph rather than wrapped: a line that ends short ends a paragraph, a
  full or justified one goes on); a line starting in lower case goes on with
  an unfinished sentence;
* list items: a line starting with a number ("153.", "153)", or glued to its
  text, "153.Попова") starts a ``list_item`` with that ``number`` and the text
  after it, when it follows a finished line, comes back to the item's left
  edge, or numbers on from the item above; lines indented under the item's
  text (a hanging indent), also on the next page past a running header, and
  lines starting with a dash after a full line ("- 9 октября (№81-82)") go on
  with the item;
* headings: a short paragraph in bold or a larger font with no final period
  (level 1 when all capitals, 2 otherwise);
* tables: ruled tables (pdfplumber, "lines" strategy) with merged cells as
  ``row_span``/``col_span`` and a cell's lines joined with ``"\n"``; on a page
  without one, runs of three or more lines whose words fall into two or
  more columns at whitespace gaps common to all of them (pdfplumber's "text"
  strategy draws its edges across the whole page and needs a second pass
  over the words, so the alignment test is done here); a table at the
  bottom of one page that goes on at the top of the next with the same
  columns is one table, repeated header rows dropped and a row broken by
  the page break mended (a last row of words alone, whatever their case,
  is the rest of the row above).  Words of a table are not repeated as
  paragraphs.  A word a narrow column cut into pieces of a few letters is
  put together from the geometry (a line that ends short ends a word) and
  the words known: the document's own, Kazakh connectives, and the Kazakh
  and Russian Hunspell dictionaries when installed (one batch a document;
  see ``pages.look_up_pieces``).

Prose set in two columns side by side is read column by column (see
``pages.set_in_columns``).  A line set letter-spaced ("К Н И Г О В Ы Д А Ч А")
is read as its words (:func:`letter_spaced`); a page that draws no space
characters and sets its letters apart (expanded spacing, kerning written as
TJ offsets) parts its words at a gap above its letters' spacing
(:func:`word_gap`); a space character that takes no
room (browsers write one at each soft hyphen of a word) splits no word, and
a typesetter's hyphen at a line break (U+2010) is left out of the word it
broke (``pages.ghost_spaces``, ``pages.lines_text``).

A page whose text is glyph codes with no letters behind them (a font without
a ToUnicode map, as some old converters leave it: pdfminer gives "(cid:123)",
or characters of the private use area, or control codes) is unreadable as
text (:func:`unreadable_share`), and so is a page whose map is wrong, its
Cyrillic letters in no language's order, figures too ("рчёКч!ГУ«!Целфчм",
``lang.detect.scrambled``), or its letters put on ASCII digits and signs
("Ж4ң4ө;9A", a map that dropped their high byte: :func:`letters_on_ascii`),
or its glyphs named as dingbats ("✄✁✂", Type 3 fonts made through
PostScript): with ``--ocr auto`` its image is OCR'd as a
scan's is, without that text; with ``--ocr never`` its text is left out.
Either way ``documents.metadata["unreadable_text_pages"]`` lists it (and
``metadata`` writes a warning).

Running headers and footers (text repeated at the same place on most pages),
lone page numbers in the margins and the margins a browser prints a page
with (date and time at the top, the address and "1/3" at the foot, on a page
printed alone too) are dropped.  Every block, table and
cell has its page (1-based) and bounding box (x0, top, x1, bottom in PDF
points); a paragraph going on over a page break keeps where it starts.
"""

from __future__ import annotations

import logging
import sys
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

from esep.model import Document
from esep.registry import Config
from esep.plugins.lang.detect import scrambled
from esep.plugins.pdf.objects import made_here, page_objects
from esep.plugins.pdf.plugin import sniff  # noqa: F401 - offered here beside the reader
from esep.plugins.pdf.pages import (WORD_GAP, Line, PTable, Page, Word, group_lines, horizontal_rules, page_turns,
                                    set_in_columns, upright_page, vertical_rules, words_of)
from esep.plugins.pdf.tables import (carried_over, find_ruled_tables, find_text_tables, headers_at_page_foot, join_tables,
                                     ruled_table)
from esep.plugins.pdf.ocr import OcrUnavailable, ScanReader
from esep.plugins.pdf.layout import Builder, mark_running, prose_columns, running_header, set_margins

log = logging.getLogger(__name__)


class PdfLoadError(Exception):
    """A PDF that cannot be read; the message says what to do about it."""


class EncryptedPDF(PdfLoadError):
    """The PDF needs a password to open."""


class DamagedPDF(PdfLoadError):
    """The PDF is broken or cut short."""


class OcrTimedOut(PdfLoadError):
    """Tesseract took longer than ``--timeout`` on every page that needed it."""


#: what pytesseract says when Tesseract runs past its timeout
OCR_TIMEOUT_TEXT = "Tesseract process timeout"


class TooManyPages(PdfLoadError):
    """The PDF has more pages than ``Config.max_pages``."""


ENCRYPTED_MESSAGE = "the PDF is encrypted; decrypt it (e.g. qpdf --decrypt) and ingest again"


UNREADABLE_SHARE = 0.2  # of a page's characters, glyph codes without letters: its text is unreadable
UNREADABLE_MIN_CHARS = 20  # ... on a page with this many characters at least


def unreadable_glyph(text: str) -> bool:
    """A character pdfminer could not map to a letter: ``(cid:N)``, a code of
    the private use area (a symbol or subset font's own numbering), a control
    code, or a pictograph ("✄", "☎", "❀": a font re-made through PostScript
    as Type 3 whose glyphs the map names as the symbols of the dingbat
    blocks; a report draws a few at most, as bullets or marks, never a fifth
    of its characters)."""
    if text.startswith("(cid:"):
        return True
    return len(text) == 1 and (0xE000 <= ord(text) <= 0xF8FF or ord(text) >= 0xF0000 or text == "\ufffd"
                               or (ord(text) < 0x20 and not text.isspace())
                               or unicodedata.category(text) == "So" and text not in _SIGNS)


#: symbols reports write among their words (number sign, degree, copyright, arrows aside)
_SIGNS = frozenset("№°©®™")


def unreadable_share(chars: list[dict[str, Any]]) -> float:
    """The share of a page's characters (spaces aside) that are glyph codes
    without letters; 0 on a page of fewer than ``UNREADABLE_MIN_CHARS``."""
    texts = [c.get("text") or "" for c in chars if not (c.get("text") or " ").isspace()]
    if len(texts) < UNREADABLE_MIN_CHARS:
        return 0.0
    # each distinct character asked once: a page of thousands is written with a hundred or so
    return sum(n for t, n in Counter(texts).items() if unreadable_glyph(t)) / len(texts)


#: characters a wrong ToUnicode map puts letters on when it drops their high byte (ghostscript re-distilling a
#: browser's Identity-H font: "а" U+0430 read as "4", "н" as "A", "Сайт" as "%4=F"): the ASCII digits and the
#: signs between them and the capitals
_ASCII_FOR_LETTERS = frozenset("0123456789:;<=>?@")
#: words of a page, with letters, before its share of broken words is judged
BROKEN_MIN_WORDS = 20
#: share of a page's words with letters whose letters stand on both sides of such a character: the page's map
#: is wrong (a report's own mixes, "2023ж.", "15-30 жас", "A4", "Win10", an OCR layer's "К1тап", stay far under)
BROKEN_SHARE = 0.25


def broken_word(word: str) -> bool:
    """Whether ``word`` has letters on both sides of an ASCII digit or one of
    ``:;<=>?@`` ("Ж4ң4ө;9A", ":4DFы:ы?8ық"): a letter, then such a character,
    then a letter again.  A figure with its suffix ("2023ж", "19-ы"), a unit
    glued to it ("10км") or a code ("A4") has its digits at one end."""
    state = 0
    for ch in word:
        if ch.isalpha():
            if state == 2:
                return True
            state = 1
        elif ch in _ASCII_FOR_LETTERS and state:
            state = 2
    return False


def letters_on_ascii(text: str) -> bool:
    """Whether a page's text is letters a wrong ToUnicode map put on ASCII
    digits and signs (:func:`broken_word`): a quarter or more of its words
    with letters, of :data:`BROKEN_MIN_WORDS` at least.  The Cyrillic
    letters beyond the map's range (Kazakh "ң", "ө", "і", "ы") come through,
    so the text has letters and some words read ("ық"), but not the page."""
    words = [w for w in text.split() if any(ch.isalpha() for ch in w)]
    return len(words) >= BROKEN_MIN_WORDS and sum(map(broken_word, words)) >= BROKEN_SHARE * len(words)


def page_text(page: Page) -> str:
    """The text of a read page: its lines and its tables' cells."""
    return " ".join([ln.text for ln in page.lines] + [c.text for t in page.tables for c in t.cells])


def _no_text(page: Any) -> Any:
    """The page without its characters (what it draws stays: its image still shows the text)."""
    return page.filter(lambda obj: obj.get("object_type") != "char")


def read_page(page: Any, page_no: int) -> Page:
    turn, up = page_turns(page)  # one pass over the characters for both questions
    page = upright_page(page, turn)
    # (a turned page's characters are asked again)
    words = words_of(page, None if turn else up, rules=vertical_rules(page), gap=word_gap(page.chars))
    tables: list[PTable] = []
    if words:  # a page without text (a scan) has no table to read either
        used: set[int] = set()
        for tb in find_ruled_tables(page):
            got = ruled_table(tb, words, page_no)
            if got is None:
                continue
            t, ids = got
            if not ids:
                continue  # an empty frame, not a table
            tables.append(t)
            used |= ids
        words = [w for w in words if id(w) not in used]
    lines = set_in_columns([letter_spaced(ln) for ln in group_lines(words, page_no)], float(page.width))
    return Page(page_no, float(page.width), float(page.height), lines, tables, rules=horizontal_rules(page))




TRACKED_MIN_CHARS = 40  # characters of a page before its letters' spacing is judged
#: the spacing between the letters of a word, in em, from which it crowds the gap that parts words
TRACKED_FROM = 0.08
#: how far above the spacing of a word's letters the gap that parts words is put, in em: a space is
#: a quarter to a third of an em wide, so two words stand that much further apart than two letters
TRACKED_MARGIN = 0.12


def word_gap(chars: list[dict[str, Any]]) -> float:
    """The gap between two characters, in em, that parts two words on a
    page (:data:`esep.plugins.pdf.pages.WORD_GAP` unless the page is set
    letter-spaced).  A page that draws no space characters, each letter
    placed on its own (Word's "Interval: expanded", a report generator's
    tracking, kerning written as TJ offsets), sets its words apart by
    position alone; when the letters of its words stand apart by
    :data:`TRACKED_FROM` em or more (the spacing most neighbouring letters
    of a line keep: its lower third, as most neighbours are letters of one
    word), words are parted at :data:`TRACKED_MARGIN` em above it, so that
    neither a word breaks ("раб оте") nor two words run together."""
    if len(chars) < TRACKED_MIN_CHARS or any(c.get("text") == " " for c in chars):
        return WORD_GAP
    gaps = []
    ordered = sorted(chars, key=lambda c: (round(float(c["top"])), float(c["x0"])))
    for a, b in zip(ordered, ordered[1:]):
        size = float(a.get("size") or 0.0)
        if size <= 0 or not a.get("upright", True) or abs(float(b["top"]) - float(a["top"])) > 0.3 * size:
            continue
        g = (float(b["x0"]) - float(a["x1"])) / size
        if -0.05 <= g <= 1.0:
            gaps.append(g)
    if len(gaps) < TRACKED_MIN_CHARS // 2:
        return WORD_GAP
    spacing = sorted(gaps)[len(gaps) // 3]
    return max(WORD_GAP, spacing + TRACKED_MARGIN) if spacing >= TRACKED_FROM else WORD_GAP


def letter_spaced(ln: Line) -> Line:
    """A line set letter-spaced (a heading set "К Н И Г О В Ы Д А Ч А" by
    hand or by CSS ``letter-spacing``: the text layer has a space between
    each two letters) read as its words: a line of three letters or more,
    every word one letter, is joined where its letters stand as close as
    the closest do, and cut where a gap is wider by a third of the letter
    height or more (the space between two words).  Any other line is
    returned as it is."""
    ws = ln.words
    if len(ws) < 3 or not all(len(w.text) == 1 and w.text.isalpha() for w in ws):
        return ln
    gaps = [b.x0 - a.x1 for a, b in zip(ws, ws[1:])]
    height = max(w.bottom - w.top for w in ws)
    if max(gaps) >= 2 * height:
        return ln  # letters far apart: columns, not a word
    least = min(gaps)
    groups: list[list[Word]] = [[ws[0]]]
    for gap, w in zip(gaps, ws[1:]):
        if gap - least >= height / 3:
            groups.append([w])
        else:
            groups[-1].append(w)
    joined = [Word("".join(w.text for w in g), g[0].x0, min(w.top for w in g), g[-1].x1,
                   max(w.bottom for w in g), g[0].bold, g[0].size, len(g)) for g in groups]
    return Line(ln.page, joined)


def _page_count(pdf: Any) -> int:
    """The page count the page tree declares, read before any page is parsed."""
    try:
        from pdfminer.pdftypes import resolve1

        count = resolve1(resolve1(pdf.doc.catalog["Pages"])["Count"])
    except Exception:  # noqa: BLE001 - a broken page tree: count the pages pdfminer finds
        count = None
    return count if isinstance(count, int) and count >= 0 else len(pdf.pages)


def metadata(pdf: Any, n_pages: int) -> dict[str, Any]:
    meta: dict[str, Any] = {"pages": n_pages}
    for key, name in (("Title", "title"), ("Author", "author")):
        v = pdf.metadata.get(key)
        v = v.decode("utf-8", errors="replace") if isinstance(v, bytes) else v
        if isinstance(v, str) and v.strip():
            meta[name] = v.strip()
    return meta


def _cut_short(path: Path) -> bool:
    """True when the file does not end with the ``%%EOF`` marker (in its last KiB)."""
    with open(path, "rb") as f:
        f.seek(max(0, f.seek(0, 2) - 1024))
        return b"%%EOF" not in f.read()


def _encrypted() -> tuple[type[BaseException], ...]:
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    return PDFPasswordIncorrect, PDFEncryptionError


def _explain(e: BaseException, path: Path | None = None) -> PdfLoadError:
    from pdfplumber.utils.exceptions import PdfminerException

    inner = e.args[0] if isinstance(e, PdfminerException) and e.args else e
    if isinstance(inner, _encrypted()):
        return EncryptedPDF(ENCRYPTED_MESSAGE)
    what = str(inner).strip() or type(inner).__name__
    if path is not None and _cut_short(path):
        return DamagedPDF(f"damaged PDF: the file is cut short (it does not end with %%EOF; {what}); "
                          "copy or download it again")
    return DamagedPDF(f"damaged PDF: {what}; re-export or repair it (e.g. qpdf in.pdf out.pdf) and ingest again")


def load(path: Path, config: Config) -> Document:
    import pdfplumber  # imported by the first PDF, not by every run: a folder of .docx never needs it

    try:
        pdf = pdfplumber.open(path)
    except OSError:
        raise
    except Exception as e:  # noqa: BLE001 - whatever pdfminer trips over, the file is broken
        raise _explain(e, path) from e
    pages: list[Page] = []
    errors: list[str] = []
    try:
        n_pages = _page_count(pdf)
        if n_pages > config.max_pages:
            raise TooManyPages(
                f"the PDF has {n_pages} pages, more than max_pages={config.max_pages}; "
                "raise the limit (--max-pages) or split the file")
        meta = metadata(pdf, n_pages)
        scans = ScanReader(config)
        unreadable: list[int] = []
        quick_objects = config.ocr != "always" and made_here()
        for i, page in enumerate(pdf.pages, 1):
            try:
                if quick_objects:  # (under --ocr always every page is rendered and read: its objects may never be asked)
                    page._objects = page_objects(page)  # what page.objects would parse, its characters made quicker
                if scans.wants(page):
                    pages.append(scans.read(page, i))
                    continue
                if unreadable_share(page.chars) >= UNREADABLE_SHARE:
                    unreadable.append(i)
                    log.warning("%s: page %d: its text is glyph codes without letters (a font without a "
                                "ToUnicode map)%s", path, i, "" if config.ocr == "never" else "; OCRing the page")
                    bare = _no_text(page)
                    pages.append(scans.read(bare, i) if config.ocr != "never" else read_page(bare, i))
                    continue
                got = read_page(page, i)
                if scrambled(page_text(got)) or letters_on_ascii(page_text(got)):
                    unreadable.append(i)
                    log.warning("%s: page %d: its text does not read as words (a font whose ToUnicode map is wrong)"
                                "%s", path, i, "" if config.ocr == "never" else "; OCRing the page")
                    bare = _no_text(page)
                    got = scans.read(bare, i) if config.ocr != "never" else read_page(bare, i)
                pages.append(got)
            except OcrUnavailable:
                raise
            except Exception as e:  # noqa: BLE001 - one bad page does not lose the others
                if config.strict or isinstance(e, _encrypted()):
                    raise _explain(e, path) from e
                log.warning("%s: page %d cannot be read: %s", path, i, e)
                errors.append(f"page {i}: {e}")
            finally:
                page.close()
    except (PdfLoadError, OSError, OcrUnavailable):
        raise
    except Exception as e:  # noqa: BLE001 - a broken page tree
        raise _explain(e, path) from e
    finally:
        try:
            if hasattr(pdf, "_pages"):  # else pdfplumber's close() would build every page object
                pdf.close()
            else:
                pdf.stream.close()
        except Exception:  # noqa: BLE001 - closing a damaged file
            log.debug("closing %s failed", path, exc_info=True)
    if not pages and errors and all(OCR_TIMEOUT_TEXT in e for e in errors):
        # not a damaged file: OCR ran out of time (a busy machine, a large page)
        raise OcrTimedOut(f"OCR of {'the page' if len(errors) == 1 else f'all {len(errors)} pages'} took longer "
                          f"than --timeout ({config.timeout:g} s); the file is not damaged: ingest it again with a "
                          "larger --timeout, or with fewer --workers on a busy machine")
    if not pages:
        raise _explain(PdfLoadError("no page could be read (" + ("; ".join(errors[:3]) or "it has none") + ")"), path)
    if errors:
        meta["page_errors"] = errors
    if _cut_short(path):
        log.warning("%s: the file does not end with %%%%EOF; it may be cut short", path)
        meta["truncated"] = True
    meta["pages_read"] = len(pages)
    if unreadable:
        meta["unreadable_text_pages"] = unreadable
    doc = assemble(pages, str(path), meta, _dictionary(config))
    scans.finish(doc)
    return doc


def _dictionary(config: Config) -> Any:
    """The Kazakh and Russian dictionaries when installed (Hunspell), else None."""
    from esep.plugins.ocr_repair import lexicon_for

    lexicon = lexicon_for(config)
    return lexicon if lexicon.available else None


def assemble(pages: list[Page], path: str, meta: dict[str, Any], lexicon: Any = None) -> Document:
    """The Document of the pages read; ``lexicon``: a dictionary to put
    together the words a narrow table column cut (see :func:`pages.look_up_pieces`)."""
    doc = Document(id="", path=path, format="pdf", metadata=meta)
    mark_running(pages)
    header = running_header(pages)
    if header:
        meta["page_header"] = header
    for p in pages:
        # tables of aligned text: on pages without a ruled table, or beside
        # ruled frames of one row only (a heading set in a box or a dark
        # band, "APPENDIX A", is no table and hides none); on a page with
        # ruled tables, above and below them only (a report's unruled events
        # table under its ruled indicators), never beside one
        ruled = [t for t in p.tables if len({c.row for c in t.cells}) >= 2]
        find_text_tables(p, outside=[(t.bbox[1], t.bbox[3]) for t in ruled])
    carried_over(pages)
    headers_at_page_foot(pages)
    join_tables(pages)
    set_margins(pages)
    prose_columns(pages)
    if not any(ln.role == "body" for p in pages for ln in p.lines) and not any(p.tables for p in pages):
        meta["needs_ocr"] = True  # no text layer: a scan
    Builder(doc, pages, lexicon).run(pages)
    return doc


def explain_error(exception: BaseException) -> str | None:
    """What to tell of an error this reader or pdfminer raised (``None``: not one of theirs)."""
    if isinstance(exception, PdfLoadError):
        return str(exception)
    if "pdfminer" not in sys.modules:  # no PDF was opened: not a pdfminer error
        return None
    from pdfminer.psparser import PSException
    from pdfplumber.utils.exceptions import PdfminerException

    if isinstance(exception, (PdfminerException, PSException)):
        return str(_explain(exception))
    return None
