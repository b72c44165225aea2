"""Loader for plain-text exports of Word reports (``.txt``).

Word's plain-text export writes each paragraph on one line and each table
cell on its own line after a TAB; rows are separated by blank lines, an
empty cell is a lone TAB, and a cell of several paragraphs continues on the
following lines without a TAB.  Embedded charts (Excel objects) leave their
cached values at the end: an object name such as ``_1591015955.xls``, the
chart name (``Диаграмма1``), values after two TABs and sheet names
(``Лист1``).  Those become tables of kind ``chart``.

Text typed or exported otherwise writes a table one row a line, its cells
separated by TABs (``Число посещений<TAB>346179<TAB>330281``) or by bars
(``Читатели | 12534 | 12673 |``).  A run of such lines is read as a table
too (see :func:`read_delimited_table`); so is a table flattened into lines
of a label and its figures one space apart under a header of periods (see
:mod:`esep.plugins.text.flat`).  A text whose words show OCR damage is
marked as OCR text, for the OCR repair (see :func:`_mark_ocr`); so is a
text that keeps a scanned page's lines, page numbers and running heads, whose
lines are joined into paragraphs again (see :mod:`esep.plugins.text.page_lines`).

The encoding is detected: UTF-8 with or without BOM, UTF-16 with or without
BOM, and the Cyrillic code pages CP1251, KZ-1048, CP866 (DOS) and KOI8-R: of
these, the one whose reading has most Russian and Kazakh letters, and most
small letters inside words.  A whole text of UTF-8 read once as CP1251
and saved again is read back before its lines are read, and letters typed
as look-alikes or stored decomposed are mended
(:func:`esep.plugins.lang.alphabet.typed_letters`; each part mended keeps
the letters as typed in ``original``).  An OCR program's text is left to
the OCR repair, which records each word it mends.
"""

from __future__ import annotations

import codecs
import itertools
import re
from dataclasses import dataclass, field
from pathlib import Path

from esep import hookimpl
from esep.model import Block, Cell, Document, Provenance, Table
from esep.plugins.lang.alphabet import CYRILLIC_LETTERS, KAZAKH_LETTERS, KAZAKH_UPPER
from esep.plugins.lang.alphabet import typed_letters
from esep.plugins.legacy_fonts import as_read_as_cp1251, read_as_cp1251, whole_text_utf8
from esep.plugins.text.aligned import aligned_table, heads_over_figures
from esep.plugins.text.ascii import ascii_table
from esep.plugins.text.delimited import (
    PARTS_RE,
    delimited_run,
    indented_run,
    infer_header_spans,
    line_cell,
    read_delimited_table,
)
from esep.plugins.text.flat import flat_table
from esep.plugins.text.flowed import (MIN_SPACED_CELLS, UNREAD_ROWS, columns_ahead, columns_table, flowed_table,
                                      spaced_cells, spaced_table)
from esep.plugins.text import markdown as md
from esep.plugins.text.leaders import leader_table
from esep.plugins.text.mail import mail_lines
from esep.plugins.text.page_lines import goes_on, page_lines
from esep.plugins.text.ocr_signs import THRESHOLD as OCR_DAMAGE_THRESHOLD, ocr_damage
from esep.plugins.text.stacked import LineKinds, line_kinds, stacked_table
from esep.registry import Config, Loader

# Russian and Kazakh letters, to judge which single-byte code page fits.
_ALPHABET = set(CYRILLIC_LETTERS)
_CONTROL_OK = set("\t\n\r\f\v")

_LIST_RE = re.compile(r"^\s*(\d{1,3})[.)]\s+\S")
_OBJECT_RE = re.compile(r"^_\d{6,}\.(xls|xlsx|xlsm)$", re.I)
_CHART_NAME_RE = re.compile(r"^(Диаграмма|Chart|Диаграма|Graph|График)\s*\d*$", re.I)
_SHEET_RE = re.compile(r"^(Лист|Sheet|Парақ|Бет)\s*\d+$", re.I)


class NotText(ValueError):
    """The bytes are not text in any encoding esep knows."""


def detect_encoding(data: bytes) -> str:
    """The name of the codec that decodes ``data`` best."""
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        return "utf-16"
    sample = data[:65536]
    if len(sample) >= 4:
        even_nul = sample[0::2].count(0)
        odd_nul = sample[1::2].count(0)
        half = len(sample) / 2
        if odd_nul > 0.2 * half and even_nul < 0.05 * half:
            return "utf-16-le"
        if even_nul > 0.2 * half and odd_nul < 0.05 * half:
            return "utf-16-be"
    if b"\x00" in sample:
        raise NotText("the file contains NUL bytes: it is binary, not text")
    try:
        sample.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as e:
        if e.start >= len(sample) - 4 and len(sample) == 65536:
            return "utf-8"  # a character cut at the end of the sample
    best, best_score = "cp1251", -1.0
    high = sum(1 for b in sample if b >= 0x80) or 1
    for enc in _CODE_PAGES:
        text = sample.decode(enc, errors="replace")
        score = sum(1 for ch in text.lower() if ch in _ALPHABET) / high + _lower_inside(text)
        if score > best_score:
            best, best_score = enc, score
    return best


#: the single-byte code pages of Cyrillic text exports, in the order a tie goes: Windows (Russian,
#: Kazakh), DOS (cp866, Word's "Cyrillic (DOS)") and KOI8-R (Unix mail and early web pages)
_CODE_PAGES = ("cp1251", "kz1048", "cp866", "koi8_r", "mac_cyrillic")
_CYRILLIC_PAIR = re.compile(rf"(?<=[{CYRILLIC_LETTERS}{CYRILLIC_LETTERS.upper()}])[{CYRILLIC_LETTERS}{CYRILLIC_LETTERS.upper()}]")


def _lower_inside(text: str) -> float:
    """The share of the Cyrillic letters inside words that are lower case:
    near 1 in text, near 0 when a code page is read for another whose
    capitals stand where it has small letters (KOI8-R read as CP1251
    gives "пФДЕМ ЛХМШФХТЩ")."""
    inside = _CYRILLIC_PAIR.findall(text)
    return sum(1 for ch in inside if ch.islower()) / len(inside) if inside else 0.0


def looks_like_text(head: bytes) -> bool:
    """Sniff: True when the first bytes decode as text with few control
    characters, and are no Rich Text ("{\\rtf": an RTF file under a .txt
    name, as some programs export it, is read as the RTF it is)."""
    if not head:
        return True  # an empty file is reported as empty, not as the wrong format
    if head.lstrip(b"\xef\xbb\xbf \r\n\t").startswith(b"{\\rtf"):
        return False
    try:
        enc = detect_encoding(head)
    except NotText:
        return False
    text = head.decode(enc, errors="replace")
    bad = sum(1 for ch in text if (ord(ch) < 32 and ch not in _CONTROL_OK) or ch == "\ufffd")
    return bad <= max(2, len(text) // 100)


def decode(data: bytes) -> tuple[str, str]:
    enc = detect_encoding(data)
    text = data.decode(enc, errors="replace")
    if enc.startswith("utf-16") and text.startswith("\ufeff"):
        text = text[1:]
    bad = sum(1 for ch in text[:200000] if (ord(ch) < 32 and ch not in _CONTROL_OK) or ch == "\ufffd")
    if bad > max(8, min(len(text), 200000) // 50):
        raise NotText(f"{bad} undecodable or control characters: this is not a text export")
    return text, enc


@dataclass
class _Line:
    no: int  # 1-based line number
    start: int  # char offset of the line in the text
    text: str
    #: a row line joined from the lines a fixed width broke it into: (position in ``text`` from which the
    #: offsets in the file lie further on, by how much more)
    joins: tuple[tuple[int, int], ...] = ()
    #: a form feed stands on the line (a page break: the line opens a page)
    feed: bool = False

    def offset(self, at: int) -> int:
        """The offset in the file of character ``at`` of the line's text."""
        return self.start + at + sum(shift for pos, shift in self.joins if at >= pos)

    @property
    def blank(self) -> bool:
        return not self.text.strip() and "\t" not in self.text

    @property
    def is_cell(self) -> bool:
        return self.text.startswith("\t")


#: a sentence: words, then its end ("… 28,6 тыс. читателей.", "… составила 612 тыс. экз.")
_PROSE_LINE_RE = re.compile(r"(?:\S+\s+){7,}\S*[.!?;:…»)\"]\s*$")


#: a line leading into what follows ("Основные показатели работы:", "Оның ішінде:"): text, not a cell of figures
_LEAD_IN_RE = re.compile(r"[^\W\d_][^\t]*:$")


def _indented_paragraphs(lines: list[_Line], i: int) -> bool:
    """The lines from ``i`` on, each opening with a TAB, are paragraphs
    indented by a TAB typed before them (a first-line indent), not cells of
    a table Word saved as text: every such line of the run is one sentence
    or more of prose, or a line leading into what follows with a colon,
    with no TAB after the first, and the run has no line of short cells."""
    run = []
    for ln in lines[i:]:
        if ln.blank:
            continue
        if not ln.is_cell:
            break
        run.append(ln.text.lstrip("\t"))
    return bool(run) and all("\t" not in t and (_PROSE_LINE_RE.match(t.strip()) or _LEAD_IN_RE.match(t.strip()))
                             for t in run)


def split_lines(text: str) -> list[_Line]:
    out = []
    pos = 0
    for raw in re.split(r"(?<=\n)|(?<=\r)(?!\n)", text):
        if raw == "":
            continue
        body = raw.rstrip("\r\n").replace("\x0c", "").replace("\x0b", " ")
        out.append(_Line(len(out) + 1, pos, body, feed="\x0c" in raw))
        pos += len(raw)
    return out


#: a line that goes on a table drawn with characters, or is a rule
_DRAWN_RE = re.compile(r"^\s*[+|]|^\s*[-=]{3,}")


def wrap_width(lines: list[_Line], least: int = 3) -> int | None:
    """The width a text's paragraphs were wrapped at (pandoc's plain text,
    mail, text set in columns), or None when each paragraph is one line.
    It is the length most long lines of prose reach, at least 50 characters
    and at most 100, when ``least`` lines or more reach it and go on with the
    same sentence on the next line (two in a mail, whose program wraps its
    text whatever its length)."""
    prose = [len(ln.text.rstrip()) for ln in lines
             if "\t" not in ln.text and not _DRAWN_RE.match(ln.text) and len(ln.text.split()) >= 6]
    if len(prose) < 5:
        return None
    width = sorted(prose)[int(0.9 * (len(prose) - 1))]
    if not 50 <= width <= 100:
        return None
    full = sum(1 for a, b in itertools.pairwise(lines) if _wrapped(a.text, b.text, width, inside=True))
    return width if full >= least else None


_SIGNED_RE = re.compile(r"^\s*[+\-–]\s?\d")


def _row_goes_on(line: _Line, tail: str, following: _Line, width: int, tabs: int) -> bool:
    """``following`` is the rest of the row line ``line`` that a text wrapped
    at ``width`` broke (Word's "insert line breaks" breaks a row typed with
    TABs like any paragraph: "…<TAB>11 207<TAB>11 485<TAB>" / "+278", or
    inside a cell, "…<TAB>640" / "390<TAB>+8 570"): one of the two has a TAB,
    the row is short of the ``tabs`` its neighbours have (or ends with one),
    the two together have no more, the last piece of ``line`` (``tail``,
    TABs at stops of 8) is nearly as wide as the text and the first word of
    ``following`` would not have fitted on it.  A line opening the parts of
    a figure ("в т.ч. …", "оның ішінде …") or a list item is a row of its
    own; so is a line of words after a line with no TAB unless it goes on
    in lower case."""
    text, nxt = line.text, following.text
    body = nxt.strip()
    if not body or ("\t" not in text and "\t" not in nxt) or _DRAWN_RE.match(text) \
            or (_DRAWN_RE.match(nxt) and not _SIGNED_RE.match(nxt)):
        return False  # (a rule or a drawn row goes on no row; a signed figure, "+278", may)
    if PARTS_RE.match(body) or _LIST_RE.match(nxt):
        return False
    if not text.endswith("\t") and text.count("\t") >= tabs:
        return False  # a whole row
    if text.count("\t") + nxt.count("\t") > tabs:
        return False
    if "\t" not in text and (not body[:1].islower() or text.rstrip().endswith((".", ":", ";"))):
        return False
    word = re.split(r"[ \t]", body)[0]
    reach = len(tail.rstrip(" ").expandtabs(8))
    return reach >= width - 15 and reach + 1 + len(word) > width


def join_wrapped_rows(lines: list[_Line], width: int) -> list[_Line]:
    """The row lines of a text wrapped at ``width`` joined again from the
    pieces the wrapping broke them into (:func:`_row_goes_on`): a break
    after a TAB is none, a break inside a cell was a space.  The joined line
    keeps the offsets of its pieces in the file (:attr:`_Line.joins`)."""
    out: list[_Line] = []
    k = 0
    while k < len(lines):
        ln, tail = lines[k], lines[k].text
        near = [x.text.count("\t") for x in lines[max(0, k - 8):k + 9] if "\t" in x.text]
        tabs = max(near, default=0)
        while k + 1 < len(lines) and _row_goes_on(ln, tail, lines[k + 1], width, tabs):
            nxt = lines[k + 1]
            head = ln.text if ln.text.endswith("\t") else ln.text.rstrip(" ") + " "
            body = nxt.text.lstrip(" ")
            at = len(head)
            real = nxt.start + len(nxt.text) - len(body)  # where the piece stands in the file
            shift = real - ln.offset(at)
            ln = _Line(ln.no, ln.start, head + body, ln.joins + ((at, shift),))
            tail = nxt.text
            k += 1
        out.append(ln)
        k += 1
    return out


def _wrapped(line: str, following: str, width: int, *, inside: bool = False) -> bool:
    """``following`` goes on the paragraph of ``line``: ``line`` is prose
    nearly as wide as the text (and, with ``inside``, stops inside a
    sentence), and the first word of ``following`` would not have fitted
    on it."""
    body = following.strip()
    if not body or "\t" in line or "\t" in following or _DRAWN_RE.match(following) or _DRAWN_RE.match(line):
        return False
    if _LIST_RE.match(following) and not following[:1].isspace():
        return False
    gaps = bool(_GAP_RE.search(line.strip()) or _GAP_RE.search(body))
    if gaps and not inside:
        return False  # a row of columns typed with spaces, a signature: no paragraph goes on over it
    text = line.rstrip()
    if inside and text.endswith((".", "!", "?", ";", ":")):
        return False  # a sentence ends there: the next line may begin a paragraph of its own
    word = body.split(" ")[0]  # a no-break space holds "7\u00a0214" together
    if len(text) >= width - 15 and len(text) + 1 + len(word) > width:
        return True
    return not gaps and _ragged(text, body, word, width)


#: a bullet opening an item ("- ", "• ", "– ")
_BULLET_RE = re.compile(r"^\s*[-–—•·▪*]\s")
#: columns set apart by runs of spaces: a table typed with spaces, a signature ("Директор      А. Б. …")
_GAP_RE = re.compile(r"\S {3,}\S")
#: the line ends where its sentence cannot: after a comma, a dash, a hyphen or a word that joins
#: ("…из них на комплектование фонда –", "… Доступ к" , "… и")
_OPEN_END_RE = re.compile(r"(?:[,–—-]|(?<![^\W\d_])(?:и|а|но|или|в|во|на|к|ко|с|со|о|об|от|по|из|за|до|для|при|без|"
                          r"через|у|не|что|как|чем|және|мен|бен|пен|немесе|and|of|in|the))$", re.I)
#: a sentence ended inside the line and the next one goes on to its end ("… сельских. Доступ к сети"):
#: the line is the middle of a paragraph, not a heading
_SENTENCE_INSIDE_RE = re.compile(r"([^\W\d_]{2,}|\d)[.!?…]\s+[^\W\d_]")


def _ragged(text: str, body: str, word: str, width: int) -> bool:
    """``body`` goes on the sentence ``text`` broke off, though its first
    ``word`` would have fitted on the line by a few characters: an editor
    wraps at a word boundary below the width (a ragged right margin).  The
    line reaches near the width, neither line is a row of columns or an
    item, and the next line goes on in lower case (also after the point of
    an abbreviation) or with a figure after running text (a line with
    punctuation or figures, or stopping on a dash), or, the line having no final
    punctuation, it stops where no sentence can (a comma, a dash, a
    preposition) or holds the end of a sentence before its last words."""
    if _BULLET_RE.match(body) or text.endswith(("…", "!", "?", ";", ":")):
        return False
    if len(text) + 1 + len(word) <= width - max(8, width // 8) or len(text) < width // 2:
        return False
    first = body[:1]
    if first.islower():
        return True
    if first.isdigit():  # a figure goes on a phrase of running text, not a title line of words alone
        return not _LIST_RE.match(body) and bool(_OPEN_END_RE.search(text) or re.search(r"[\d.,;:–—]", text))
    if not first.isupper() or text.endswith("."):
        return False  # (after a point only a word in lower case goes on: "… 1 112 экз." / "на сумму …")
    if _OPEN_END_RE.search(text):
        return True
    m = None
    for m in _SENTENCE_INSIDE_RE.finditer(text):
        pass
    return bool(m and (m.group(1).islower() or m.group(1).isdigit()) and len(text) - m.end() >= 8)


def double_spaced(lines: list[_Line]) -> list[_Line]:
    """The lines of a text written with an empty line after every paragraph
    and every table cell (docx2txt and web pages copied as text write so),
    without those separators: what is left is one paragraph or cell a line,
    an empty cell an empty line, as LibreOffice writes it.  Any other text is
    returned as it is."""
    first = next((k for k, ln in enumerate(lines) if ln.text.strip()), None)
    if first is None:
        return lines
    kept = lines[first::2]
    gaps = lines[first + 1::2]
    if len(kept) < 8 or any(ln.text.strip() for ln in gaps) or not any(ln.text.strip() for ln in kept[1:]):
        return lines
    return kept


@dataclass
class _CellBuf:
    line: _Line
    offset: int  # char offset of the text within the file
    parts: list[str] = field(default_factory=list)
    end: int = 0


def _cells_of_line(line: _Line) -> list[_CellBuf]:
    """The cells on one table line: text after each TAB."""
    out = []
    pieces = line.text.split("\t")
    pos = line.start + len(pieces[0]) + 1
    for piece in pieces[1:]:
        cb = _CellBuf(line, pos, [piece.strip()])
        lead = len(piece) - len(piece.lstrip())
        cb.offset = pos + lead
        cb.end = pos + len(piece.rstrip())
        out.append(cb)
        pos += len(piece) + 1
    return out


def parse(text: str, path: str = "", encoding: str = "utf-8", markdown: bool = False) -> Document:
    """Rebuild paragraphs, list items, tables and chart tables from the text
    of a Word plain-text export.  ``markdown``: the text is Markdown (as pandoc
    and converters write a Word report: ``#`` headings, pipe and grid tables,
    ``**strong**`` figures), whose headings become headings and whose inline
    marks are left out of the text read (the line as written is the block's
    ``original``)."""
    doc = Document(id="", path=path, format="md" if markdown else "txt", metadata={"encoding": encoding})
    lines = double_spaced(split_lines(text))
    mail = None if markdown else mail_lines([ln.text for ln in lines])
    if mail is not None:  # a report sent as a mail's text: its headers, signature and quoted lines left out
        lines = [ln for k, ln in enumerate(lines) if k not in mail]
        doc.metadata["mail"] = True
    n = len(lines)
    i = 0
    para_no = 0
    kinds: LineKinds | None = None  # what each line can be in a table written one cell a line
    # page lines with page numbers among them are a scan's; without, lines wrapped at a fixed width
    # (pandoc's plain text, mail) are read as such
    paged = page_lines(lines)
    width = None if paged and paged.pages else wrap_width(lines, 2 if mail is not None else 3)
    if width:
        paged = None
        lines = join_wrapped_rows(lines, width)
        n = len(lines)
    if paged is not None:  # a scan's text with its page lines: page numbers and running heads left out
        lines = [ln for k, ln in enumerate(lines) if k not in paged.furniture]
        n = len(lines)
        doc.metadata["page_lines"] = paged.pages

    def add(table: Table) -> None:
        table.provenance.table = len(doc.tables)
        doc.add_table(table)

    while i < n:
        ln = lines[i]
        if ln.blank:
            # a table written one cell a line may open with an empty corner
            if i + 1 < n and "\t" not in ln.text and lines[i + 1].text.strip() \
                    and max(spaced_cells(lines, i + 1), spaced_cells(lines, i + 2)) < MIN_SPACED_CELLS:
                kinds = kinds or line_kinds(lines)
                end, stacked = stacked_table(lines, kinds, i)
                if stacked is not None:
                    add(stacked)
                    i = end
                    continue
            i += 1
            continue
        if markdown and ln.text.lstrip()[:6].lower() == "<table":
            end, html = md.html_table([x.text for x in lines], i, lambda k, a, b: Provenance(
                line=lines[k].no, char_start=lines[k].offset(a), char_end=lines[k].offset(b)))
            if html is not None:
                add(html)
                i = end
                continue
        if markdown:
            head = md.heading(ln.text, lines[i + 1].text if i + 1 < n else None)
            if head is not None:
                level, written, taken = head
                title = md.inline(written).strip() or written
                numbered = _LIST_RE.match(title)
                lead = len(ln.text) - len(ln.text.lstrip())
                prov = Provenance(paragraph=para_no, line=ln.no, char_start=ln.start + lead,
                                  char_end=ln.start + len(ln.text.rstrip()))
                para_no += 1
                doc.add_block(Block("heading", title[numbered.end() - 1:] if numbered else title, prov, level=level,
                                    number=numbered.group(1) if numbered else None, original=ln.text.strip()))
                i += taken
                continue
        if _OBJECT_RE.match(ln.text.strip()) or _CHART_NAME_RE.match(ln.text.strip()):
            i, table = _read_chart(lines, i)
            add(table)
            continue
        end, drawn = ascii_table(lines, i)
        if drawn is not None:
            add(drawn)
            i = end
            continue
        end = delimited_run(lines, i)
        if end > i:
            add(read_delimited_table(lines[i:end]))
            i = end
            continue
        indented = indented_run(lines, i) if ln.is_cell else []
        if indented:
            add(read_delimited_table(indented))
            i += len(indented)
            continue
        if ln.is_cell and not _indented_paragraphs(lines, i):
            i, table = _read_table(lines, i)
            add(table)
            continue
        end, columns = columns_table(lines, i)
        if columns is not None:  # a PDF's text in reading order, its table written column by column
            add(columns)
            i = end
            continue
        end, flowed, left = flowed_table(lines, i)
        if flowed is not None:  # a PDF's text in reading order: a cell a paragraph
            add(flowed)
            if left:
                # rows whose figures group more than one way: kept as written, a line a row, in a table of a
                # kind no extractor reads (no prose figure of a row of a table)
                add(Table([Cell(r, 0, lines[k].text.strip(), provenance=line_cell(
                    lines[k], lines[k].start + len(lines[k].text) - len(lines[k].text.lstrip()),
                    lines[k].start + len(lines[k].text.rstrip()))) for r, k in enumerate(left)],
                    Provenance(line=lines[left[0]].no), kind=UNREAD_ROWS))
                doc.metadata.setdefault("parts_not_read", []).append(
                    f"lines {', '.join(str(lines[k].no) for k in left)}: rows of a table whose cells the text gives "
                    "one a paragraph (a PDF's text in reading order) and whose figures can be grouped more than "
                    "one way, or whose cells came out of order; kept as written and not read. Take the text with "
                    "pdftotext -layout, or ingest the PDF itself")
            i = end
            continue
        end, spaced = spaced_table(lines, i)
        if spaced is not None:  # a PDF's text in reading order: a cell a line, an empty line after each
            add(spaced)
            i = end
            continue
        kinds = kinds or line_kinds(lines)
        ahead = spaced_cells(lines, i + 1) >= MIN_SPACED_CELLS or columns_ahead(lines, i)
        end, stacked = (i, None) if ahead else leader_table(lines, i)
        if stacked is None and not ahead:
            end, stacked = stacked_table(lines, kinds, i)
        if stacked is None and not ahead:
            end, stacked = aligned_table(lines, i)
        if stacked is None and not ahead:
            end, stacked = heads_over_figures(lines, i)
        if stacked is None and not ahead:
            end, stacked = flat_table(lines, i)
        if stacked is not None:
            add(stacked)
            i = end
            continue
        body = ln.text.strip()
        if not body or (markdown and md.RULE_RE.match(body)):  # whitespace with a TAB inside; a Markdown rule
            i += 1
            continue
        lead = len(ln.text) - len(ln.text.lstrip())
        prov = Provenance(paragraph=para_no, line=ln.no, char_start=ln.start + lead,
                          char_end=ln.start + lead + len(body))
        para_no += 1
        if markdown:  # a Markdown paragraph is its lines up to an empty one
            j = i + 1
            while j < n and md.goes_on(lines[j].text):
                j += 1
            if j > i + 1:
                body = " ".join(lines[x].text.strip() for x in range(i, j))
                prov.char_end = lines[j - 1].start + len(lines[j - 1].text.rstrip())
                i = j - 1
        elif width:  # a paragraph wrapped at a fixed width goes on over the next lines
            j = i + 1
            while j < n and _wrapped(lines[j - 1].text, lines[j].text, width):
                j += 1
            if j > i + 1:
                body = " ".join(lines[x].text.strip() for x in range(i, j))
                prov.char_end = lines[j - 1].start + len(lines[j - 1].text.rstrip())
                i = j - 1
        elif paged is not None and paged.wrapped:  # a page's lines go on the paragraph while its sentence goes on
            j = i + 1
            while j < n and goes_on(paged.body(lines[j - 1].text), paged.body(lines[j].text), paged.width):
                j += 1
            if j > i + 1:
                body = " ".join(lines[x].text.strip() for x in range(i, j))
                prov.char_end = lines[j - 1].start + len(lines[j - 1].text.rstrip())
                i = j - 1
        written = None
        if markdown:
            plain = md.inline(body[1:] if body.startswith(">") else body).strip()
            if not plain:  # marks and nothing to read ("[](image.png)")
                i += 1
                continue
            written, body = (body, plain) if plain != body else (None, body)
        m = _LIST_RE.match(body)
        if m:
            # the number goes to Block.number, the text keeps what follows it
            item = body[m.end() - 1:]
            prov.char_start += m.end() - 1
            doc.add_block(Block("list_item", item, prov, number=m.group(1), original=written))
        else:
            doc.add_block(Block("paragraph", body, prov, original=written))
        i += 1
    # (a text with form feeds between its pages is a PDF's text as a tool wrote it out: OCR only by its damage)
    _mark_ocr(doc, text, paged is not None and paged.wrapped and not paged.fed)
    return doc


def holds_kazakh_letters(encoding: str) -> bool:
    """Whether a text saved in ``encoding`` can hold the Kazakh letters ә ғ қ
    ң ө ұ ү: UTF-8 and KZ-1048 can; CP1251, CP866 and KOI8-R, in which Kazakh
    was long typed with Russian letters for them, cannot."""
    try:
        (KAZAKH_LETTERS + KAZAKH_UPPER).encode(encoding)
    except UnicodeEncodeError:
        return False
    except LookupError:
        return True  # a codec not known here: no sign either way
    return True


def _mark_ocr(doc: Document, text: str, paged: bool = False) -> None:
    """A text whose words show OCR damage (digits read as letters inside
    numbers, Latin letters or a 1 inside Cyrillic words, Kazakh letters lost
    in Kazakh text; see :mod:`esep.plugins.text.ocr_signs`) is the text an
    OCR program read from a scan: it is marked as an OCR'd PDF's text layer
    is (``metadata["ocr"] = "text_layer"``), so that the OCR repair mends it,
    and ``metadata["ocr_damage"]`` keeps the share of damaged words.  A text of UTF-8 read as CP1251
    is not (:mod:`esep.plugins.legacy_fonts` reads it back), and the Kazakh letters missing from a text saved
    in a code page without them (CP1251: "аудандык кiтапхана") were never typed, not lost."""
    if paged:  # page lines with page numbers and running heads between them: a scan's text
        doc.metadata["ocr"] = "text_layer"
    if read_as_cp1251([text]):
        return  # "РђРЅР°Р»РёР·": UTF-8 read as CP1251 is no OCR damage; the legacy-fonts repair reads it back
    share, _counts = ocr_damage(text, holds_kazakh_letters(doc.metadata.get("encoding") or "utf-8"))
    if share > OCR_DAMAGE_THRESHOLD:
        doc.metadata["ocr"] = "text_layer"
        doc.metadata["ocr_damage"] = round(share, 3)


def _read_table(lines: list[_Line], i: int) -> tuple[int, Table]:
    """Read one table starting at line ``i``.

    Rows are runs of cell lines separated by blank lines.  Word writes an
    extra blank line after a cell of several paragraphs, and exports are not
    always regular; a break that follows a continued cell, or that is more
    than one blank line, is *soft*: the two runs are one row when together
    they are no wider than the table's usual row."""
    n = len(lines)
    segments: list[list[_CellBuf]] = []
    soft: list[bool] = []  # soft[k]: the break before segments[k] is soft
    current: list[_CellBuf] = []
    continued = False  # the last line read continued a cell
    first = lines[i]
    pending_soft = False
    while i < n:
        ln = lines[i]
        if ln.is_cell:
            if not current:
                soft.append(pending_soft)
            current.extend(_cells_of_line(ln))
            continued = False
            i += 1
            continue
        if ln.blank:
            if current:
                segments.append(current)
                current = []
            j = i
            while j < n and lines[j].blank:
                j += 1
            if j < n and lines[j].is_cell and not _starts_chart(lines, j):
                pending_soft = continued or (j - i) > 1
                continued = False
                i = j
                continue
            i = j
            break
        # a non-blank line without a TAB right after a cell: the cell goes on
        if current:
            current[-1].parts.append(ln.text.strip())
            current[-1].end = ln.start + len(ln.text.rstrip())
            continued = True
            i += 1
            continue
        break
    if current:
        segments.append(current)
    rows = _merge_soft(segments, soft)
    cells = []
    last_end = first.start
    for r, row in enumerate(rows):
        for c, cb in enumerate(row):
            txt = "\n".join(cb.parts).strip("\n")
            cells.append(Cell(r, c, txt, provenance=Provenance(
                line=cb.line.no, char_start=cb.offset, char_end=max(cb.end, cb.offset))))
            last_end = max(last_end, cb.end)
    cells = infer_header_spans(cells)
    prov = Provenance(line=first.no, char_start=first.start, char_end=last_end)
    return i, Table(cells, prov, kind="table")


def _merge_soft(segments: list[list[_CellBuf]], soft: list[bool]) -> list[list[_CellBuf]]:
    if not segments:
        return []
    # the usual row: the most common width of a run and the soft runs after it (when most label
    # cells hold two paragraphs, as bilingual labels do, most runs are pieces of rows)
    widths: list[int] = []
    for seg, is_soft in zip(segments, soft):
        if is_soft and widths:
            widths[-1] += len(seg)
        else:
            widths.append(len(seg))
    usual = max(set(widths), key=lambda w: (widths.count(w), w))
    rows = [list(segments[0])]
    for seg, is_soft in zip(segments[1:], soft[1:]):
        if is_soft and len(rows[-1]) < usual and len(rows[-1]) + len(seg) <= usual:
            rows[-1].extend(seg)
        else:
            rows.append(list(seg))
    return rows


def _starts_chart(lines: list[_Line], j: int) -> bool:
    t = lines[j].text.strip()
    return bool(_OBJECT_RE.match(t) or _CHART_NAME_RE.match(t))


def _is_chart_line(text: str) -> bool:
    t = text.strip()
    if not t or text.startswith("\t"):
        return True
    if _OBJECT_RE.match(t) or _CHART_NAME_RE.match(t) or _SHEET_RE.match(t):
        return True
    # cached categories and values: numbers, or a few words with no sentence punctuation
    if re.fullmatch(r"[-+]?\d[\d\s.,]*%?", t):
        return True
    return len(t) <= 30 and len(t.split()) <= 3 and not re.search(r"[.!?;:»«]", t)


def _read_chart(lines: list[_Line], i: int) -> tuple[int, Table]:
    """A chart's leftovers: from its object or chart name up to the next
    object name or the first line that is prose."""
    n = len(lines)
    first = lines[i]
    names: list[str] = []
    cells: list[Cell] = []
    row = 0
    last_end = first.start
    seen_object = False
    while i < n:
        ln = lines[i]
        t = ln.text.strip()
        if _OBJECT_RE.match(t):
            if seen_object:
                break
            seen_object = True
            names.append(t)
            i += 1
            continue
        if _CHART_NAME_RE.match(t) and not cells:
            names.append(t)
            i += 1
            continue
        if not _is_chart_line(ln.text):
            break
        if ln.blank:
            i += 1
            continue
        pieces = ln.text.split("\t")
        pos = ln.start
        any_cell = False
        for col, piece in enumerate(pieces):
            if piece.strip():
                lead = len(piece) - len(piece.lstrip())
                cells.append(Cell(row, col, piece.strip(), provenance=Provenance(
                    line=ln.no, char_start=pos + lead, char_end=pos + len(piece.rstrip()))))
                any_cell = True
            pos += len(piece) + 1
        if any_cell:
            row += 1
        last_end = ln.start + len(ln.text)
        i += 1
    title = " / ".join(names) or None
    return i, Table(cells, Provenance(line=first.no, char_start=first.start, char_end=last_end),
                    kind="chart", title=title)


def load(path: Path, config: Config, markdown: bool = False) -> Document:
    data = path.read_bytes()
    text, enc = decode(data)
    back = whole_text_utf8(text)
    byte_98 = None if back is None else ("\u0098" if "\u0098" in text else "\ufffd")
    stored = back if back is not None else text
    text, mended = typed_letters(stored)
    doc = parse(text, str(path), enc, markdown)
    if mended:
        plain = parse(stored, str(path), enc, markdown)
        if plain.metadata.get("ocr"):
            # an OCR program's text: its look-alike letters are the OCR repair's, which records each word it mends
            doc, mended = plain, 0
        elif len(stored) == len(text):
            # each part keeps the letters as typed (offsets are the same in both)
            for item in [*doc.blocks, *(c for t in doc.tables for c in t.cells)]:
                p = item.provenance
                if p is not None and p.char_start is not None and p.char_end is not None \
                        and stored[p.char_start:p.char_end] != text[p.char_start:p.char_end] and not item.original:
                    item.original = stored[p.char_start:p.char_end]
    if byte_98 is not None:
        # each part keeps its text as stored, as the repair of single words does
        changed = 0
        for item in [*doc.blocks, *(c for t in doc.tables for c in t.cells)]:
            stored = as_read_as_cp1251(item.text, byte_98)
            if stored != item.text:
                item.original, changed = stored, changed + 1
        doc.metadata["utf8_read_as_cp1251"] = changed
    if mended:
        doc.metadata["kazakh_lookalikes"] = mended
    return doc


def load_markdown(path: Path, config: Config) -> Document:
    """A Markdown file (``.md``): a report converted to Markdown is text with
    its headings marked and its tables drawn with bars or grids, which the
    text loader reads (:func:`parse` with ``markdown``)."""
    return load(path, config, markdown=True)


@hookimpl
def register_loaders(register):
    register(Loader(
        name="text",
        format="txt",
        suffixes=(".txt", ".text"),
        sniff=looks_like_text,
        load=load,
        describe="text",
    ))
    register(Loader(
        name="markdown",
        format="md",
        suffixes=(".md", ".markdown"),
        sniff=looks_like_text,
        load=load_markdown,
        describe="Markdown text",
        not_a_report=md.not_a_report,
    ))


@hookimpl
def handle_ingest_error(path, stage, exception, config):
    if isinstance(exception, NotText):
        return f"not a text file: {exception}; if it is a Word file, give it its real suffix (.doc/.docx)"
    return None
