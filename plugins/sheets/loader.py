"""Reports kept as spreadsheets: ``.xlsx``/``.xlsm`` (Excel 2007 and later),
``.xls`` (Excel 97-2003; also a web page or an Excel 2003 XML workbook
under that name), Excel 2003 XML, ``.ods`` (OpenDocument) and
``.csv``/``.tsv`` exports.

Archives of library systems keep statistical forms and indicator tables
as workbooks.  Each visible sheet is read in order: its name becomes a
heading, the rows of text above a table (the form's title, the
organization, the period) paragraphs, the rows that hold two cells or
more a table, and the lines under it (notes, signatures) paragraphs again.
A merged area is one cell with its spans; hidden sheets, rows and columns
are left out (no printout has them) and counted in ``documents.metadata``
(``sheets_hidden``, ``rows_hidden``, ``columns_hidden``); empty rows and
columns at the edges are trimmed.  A number reads as the sheet shows it
(its number format: "1 234", "47,5", "26,7%"), a date as a date
("01.07.2024"); a formula's last computed value is read, and a formula the
file keeps no value of is kept as written ("=SUM(C5:C9)").

Every block and cell carries the sheet's name and the cell's address in
its provenance (``sheet``, ``cell``); the ``sheet_cells`` table stores
them beside the table and cell indexes.
"""

from __future__ import annotations

import csv
import datetime as _dt
import io
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree import ElementTree as ET

from esep import hookimpl
from esep.model import Block, Cell, Document, Provenance, Record, Table, sha256_file
from esep.plugins.legacy.loader import OLE_MAGIC, encrypted_package
from esep.plugins.text.loader import detect_encoding, looks_like_text
from esep.registry import Config, Extractor, Loader
from esep.storage import RECORD_COLUMNS_SQL
from sqlite_utils.migrations import Migrations

ZIP_MAGIC = b"PK\x03\x04"
ODS_MIME = b"application/vnd.oasis.opendocument.spreadsheet"
#: most rows (and columns) a repeated row of an OpenDocument sheet is read as: a sheet's style rows repeated to
#: its last row (1 048 576) hold nothing a report needs
REPEAT_CAP = 1000
#: most cells a workbook is read for (a larger one is an export of a database, not a report)
MAX_CELLS = 500_000


class SheetError(ValueError):
    """A workbook that cannot be read, with what to do about it."""


@dataclass
class Sheet:
    """One sheet as read: its cells' text by (row, col), 0-based, and what is hidden."""

    name: str
    hidden: bool = False
    cells: dict[tuple[int, int], str] = field(default_factory=dict)
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)  # first row, first col, last row, last col
    hidden_rows: set[int] = field(default_factory=set)
    hidden_cols: set[int] = field(default_factory=set)
    lines: dict[int, int] = field(default_factory=dict)  # row -> 1-based line of a text export
    formulas: dict[tuple[int, int], str] = field(default_factory=dict)  # formulas kept for want of a value


# --- cell addresses and numbers ---------------------------------------------------------------


def column_letters(col: int) -> str:
    """0 -> "A", 25 -> "Z", 26 -> "AA"."""
    out = ""
    col += 1
    while col:
        col, rem = divmod(col - 1, 26)
        out = chr(65 + rem) + out
    return out


def address(row: int, col: int) -> str:
    return f"{column_letters(col)}{row + 1}"


_SECTION_QUOTED = re.compile(r'"[^"]*"|\\.|\[[^\]]*\]')


def _decimals(section: str) -> int:
    if "." not in section:
        return 0
    return len(re.match(r"[0#?]*", section.split(".", 1)[1]).group(0))


def format_number(value: float, fmt: str | None) -> str:
    """A number as a sheet in a Russian or Kazakh locale shows it under the
    number format ``fmt``: decimal comma, thousands grouped by a space when
    the format groups them, a percent format's value times a hundred with
    its sign, an integer without ".0"."""
    fmt = (fmt or "General").strip()
    section = _SECTION_QUOTED.sub("", fmt.split(";")[0])
    if value < 0 and ";" in fmt:
        value = -value  # the negative section writes its own sign or brackets; the minus is kept in any case
        sign = "-"
    else:
        sign = ""
    if section.lower() in ("general", "@", "") or not re.search(r"[0#?]", section):
        if float(value).is_integer():
            return sign + str(int(value))
        text = f"{value:.10g}"
        if "e" in text:
            return sign + text
        return sign + text.replace(".", ",")
    percent = "%" in section
    if percent:
        value *= 100
    places = _decimals(section)
    grouped = "," in section.split(".")[0]
    text = f"{value:,.{places}f}" if grouped else f"{value:.{places}f}"
    text = text.replace(",", " ").replace(".", ",")
    return sign + text + ("%" if percent else "")


def format_date(value: _dt.datetime | _dt.date | _dt.time, fmt: str | None = None) -> str:
    """A date as Russian and Kazakh documents write it: "01.07.2024"; with its time when the format shows one."""
    if isinstance(value, _dt.time):
        return value.strftime("%H:%M")
    if isinstance(value, _dt.datetime):
        shows_time = bool(fmt and re.search(r"h|s", _SECTION_QUOTED.sub("", fmt), re.I))
        if shows_time and (value.hour or value.minute):
            return value.strftime("%d.%m.%Y %H:%M")
    return value.strftime("%d.%m.%Y")


def _text(value) -> str:
    return " ".join(str(value).replace("\r", "").split("\n")).strip() if "\n" in str(value) else str(value).strip()


# --- readers ---------------------------------------------------------------------------------


def read_xlsx(path: Path) -> list[Sheet]:
    """The sheets of an Excel 2007+ workbook (openpyxl): the values its
    formulas had when it was last saved; a formula with none kept as written."""
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        wb = openpyxl.load_workbook(path, data_only=True, read_only=False)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError, ValueError) as e:
        raise SheetError(f"the workbook is damaged and cannot be read ({e}); open it in Excel or LibreOffice "
                         f"and save it again") from e
    sheets = []
    for ws in wb.worksheets:
        sheet = Sheet(ws.title, hidden=ws.sheet_state != "visible")
        n = 0
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None:
                    continue
                n += 1
                if n > MAX_CELLS:
                    raise SheetError(f"the sheet {ws.title!r} holds more than {MAX_CELLS} cells: it is a data export, "
                                     "not a report")
                r, col = c.row - 1, c.column - 1
                if isinstance(v, (_dt.datetime, _dt.date, _dt.time)):
                    text = format_date(v, c.number_format)
                elif isinstance(v, bool):
                    text = "ИСТИНА" if v else "ЛОЖЬ"
                elif isinstance(v, (int, float)):
                    text = format_number(v, c.number_format)
                else:
                    text = _text(v)
                if text:
                    sheet.cells[(r, col)] = text
        for rng in ws.merged_cells.ranges:
            sheet.merges.append((rng.min_row - 1, rng.min_col - 1, rng.max_row - 1, rng.max_col - 1))
        for r, dim in ws.row_dimensions.items():
            if dim.hidden:
                sheet.hidden_rows.add(r - 1)
        for _key, dim in ws.column_dimensions.items():
            if dim.hidden and dim.min and dim.max:
                sheet.hidden_cols.update(range(dim.min - 1, min(dim.max, dim.min + REPEAT_CAP)))
        sheets.append(sheet)
    # a formula whose value the file does not keep (a workbook a program wrote and no one opened since): read it
    # as written
    formulas_wb = openpyxl.load_workbook(path, data_only=False, read_only=False)
    for sheet, ws in zip(sheets, wb.worksheets):
        fws = formulas_wb[ws.title]
        for row in fws.iter_rows():
            for c in row:
                if c.data_type == "f" and (c.row - 1, c.column - 1) not in sheet.cells:
                    formula = str(c.value) if not hasattr(c.value, "text") else str(c.value.text)
                    sheet.cells[(c.row - 1, c.column - 1)] = formula
                    sheet.formulas[(c.row - 1, c.column - 1)] = formula
    return sheets


def read_xls(path: Path) -> list[Sheet]:
    """The sheets of an Excel 97-2003 workbook (xlrd)."""
    try:
        import xlrd
    except ImportError as e:  # pragma: no cover - xlrd is a dependency
        raise SheetError("reading .xls needs the xlrd package; install it, or open the file in Excel or LibreOffice "
                         "and save it as .xlsx") from e
    try:
        book = xlrd.open_workbook(str(path), formatting_info=True, on_demand=False)
    except Exception as e:  # xlrd raises XLRDError, CompDocError, struct.error ...
        why = str(e)
        if "encrypt" in why.lower():
            raise SheetError("the .xls is protected with a password; open it in Excel, clear the password and "
                             "save it again") from e
        raise SheetError(f"the .xls cannot be read ({why}); open it in Excel or LibreOffice and save it as .xlsx") from e
    sheets = []
    for sh in book.sheets():
        sheet = Sheet(sh.name, hidden=bool(sh.visibility))
        for r in range(sh.nrows):
            for col in range(sh.ncols):
                cell = sh.cell(r, col)
                if cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
                    continue
                fmt = None
                try:
                    xf = book.xf_list[cell.xf_index]
                    fmt = book.format_map[xf.format_key].format_str
                except (IndexError, KeyError, TypeError):
                    fmt = None
                if cell.ctype == xlrd.XL_CELL_NUMBER:
                    text = format_number(cell.value, fmt)
                elif cell.ctype == xlrd.XL_CELL_DATE:
                    try:
                        text = format_date(xlrd.xldate.xldate_as_datetime(cell.value, book.datemode), fmt)
                    except (ValueError, OverflowError):
                        text = format_number(cell.value, None)
                elif cell.ctype == xlrd.XL_CELL_BOOLEAN:
                    text = "ИСТИНА" if cell.value else "ЛОЖЬ"
                elif cell.ctype == xlrd.XL_CELL_ERROR:
                    text = xlrd.error_text_from_code.get(cell.value, "#ERR")
                else:
                    text = _text(cell.value)
                if text:
                    sheet.cells[(r, col)] = text
        for rlo, rhi, clo, chi in sh.merged_cells:
            sheet.merges.append((rlo, clo, rhi - 1, chi - 1))
        for r, info in sh.rowinfo_map.items():
            if info.hidden:
                sheet.hidden_rows.add(r)
        for col, info in sh.colinfo_map.items():
            if info.hidden:
                sheet.hidden_cols.add(col)
        sheets.append(sheet)
    return sheets


NS = {
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
}
T = "{%s}" % NS["table"]
O = "{%s}" % NS["office"]
X = "{%s}" % NS["text"]
ST = "{%s}" % NS["style"]


def _paragraph_text(p: ET.Element) -> str:
    out = [p.text or ""]
    for child in p:
        if child.tag == X + "s":
            out.append(" " * int(child.get(X + "c", "1")))
        elif child.tag == X + "tab":
            out.append("\t")
        elif child.tag == X + "line-break":
            out.append(" ")
        else:
            out.append(_paragraph_text(child))
        out.append(child.tail or "")
    return "".join(out)


def _ods_value(cell: ET.Element) -> str:
    """What an OpenDocument cell shows: its paragraphs (the text the program
    rendered when it saved), else its value formatted, else its formula."""
    paras = [_paragraph_text(p) for p in cell.findall(X + "p")]
    text = " ".join(p.strip() for p in paras if p.strip())
    if text:
        return text
    kind = cell.get(O + "value-type")
    if kind in ("float", "currency"):
        return format_number(float(cell.get(O + "value", "0")), "General")
    if kind == "percentage":
        return format_number(float(cell.get(O + "value", "0")) * 100, "General") + "%"
    if kind == "date":
        raw = cell.get(O + "date-value", "")
        try:
            return format_date(_dt.datetime.fromisoformat(raw))
        except ValueError:
            return raw
    formula = cell.get(T + "formula")
    if formula:
        return formula.split(":", 1)[1] if formula.startswith("of:") else formula
    return ""


def _ods_rows(table: ET.Element):
    """The rows of an OpenDocument table, row groups and header rows opened."""
    for el in table:
        if el.tag == T + "table-row":
            yield el
        elif el.tag in (T + "table-header-rows", T + "table-row-group", T + "table-rows"):
            yield from _ods_rows(el)


def _ods_columns(table: ET.Element):
    for el in table:
        if el.tag == T + "table-column":
            yield el
        elif el.tag in (T + "table-header-columns", T + "table-column-group", T + "table-columns"):
            yield from _ods_columns(el)


def read_ods(path: Path) -> list[Sheet]:
    """The sheets of an OpenDocument spreadsheet, from its ``content.xml``."""
    try:
        with zipfile.ZipFile(path) as z:
            root = ET.fromstring(z.read("content.xml"))
    except (zipfile.BadZipFile, KeyError, ET.ParseError, OSError) as e:
        raise SheetError(f"the .ods is damaged and cannot be read ({e}); open it in LibreOffice and save it "
                         "again") from e
    if root.find(f".//{O}encrypted-data") is not None:  # pragma: no cover - content.xml is not XML then
        raise SheetError("the .ods is protected with a password; open it in LibreOffice, clear it and save it again")
    hidden_styles = {
        s.get(ST + "name")
        for s in root.iter(ST + "style")
        if s.get(ST + "family") == "table"
        and any(p.get(T + "display") == "false" for p in s.iter(ST + "table-properties"))
    }
    sheets = []
    for table in root.iter(T + "table"):
        sheet = Sheet(table.get(T + "name", f"Sheet{len(sheets) + 1}"),
                      hidden=table.get(T + "style-name") in hidden_styles)
        col = 0
        for c in _ods_columns(table):
            n = min(int(c.get(T + "number-columns-repeated", "1")), REPEAT_CAP)
            if c.get(T + "visibility") in ("collapse", "filter"):
                sheet.hidden_cols.update(range(col, col + n))
            col += n
        r = 0
        for row in _ods_rows(table):
            repeat = int(row.get(T + "number-rows-repeated", "1"))
            hidden = row.get(T + "visibility") in ("collapse", "filter")
            values: list[tuple[int, str, int, int]] = []
            col = 0
            for cell in row:
                if cell.tag not in (T + "table-cell", T + "covered-table-cell"):
                    continue
                n = int(cell.get(T + "number-columns-repeated", "1"))
                if cell.tag == T + "table-cell":
                    text = _ods_value(cell)
                    rs = int(cell.get(T + "number-rows-spanned", "1"))
                    cs = int(cell.get(T + "number-columns-spanned", "1"))
                    if text or rs > 1 or cs > 1:
                        for k in range(min(n, REPEAT_CAP)):
                            values.append((col + k, text, rs, cs))
                col += n
            if not values:
                if hidden:
                    sheet.hidden_rows.update(range(r, r + min(repeat, REPEAT_CAP)))
                r += repeat
                continue
            for k in range(min(repeat, REPEAT_CAP)):
                if hidden:
                    sheet.hidden_rows.add(r + k)
                for c, text, rs, cs in values:
                    if text:
                        sheet.cells[(r + k, c)] = text
                    if rs > 1 or cs > 1:
                        sheet.merges.append((r + k, c, r + k + rs - 1, c + cs - 1))
            r += repeat
            if len(sheet.cells) > MAX_CELLS:
                raise SheetError(f"the sheet {sheet.name!r} holds more than {MAX_CELLS} cells: it is a data export, "
                                 "not a report")
        sheets.append(sheet)
    return sheets


SS = "{urn:schemas-microsoft-com:office:spreadsheet}"
XL = "{urn:schemas-microsoft-com:office:excel}"
SPREADSHEET_ML = b"urn:schemas-microsoft-com:office:spreadsheet"
#: the number formats Excel 2003 XML names instead of writing them
_NAMED_FORMATS = {"standard": "#,##0.00", "fixed": "0.00", "percent": "0.00%", "general number": "General",
                  "0": "0", "scientific": "General", "short date": "dd.mm.yyyy", "medium date": "dd.mm.yyyy",
                  "long date": "dd.mm.yyyy", "general date": "dd.mm.yyyy hh:mm"}


def read_spreadsheet_ml(path: Path) -> list[Sheet]:
    """The sheets of an Excel 2003 XML workbook ("Таблица XML 2003", as
    accounting and library systems export their forms, often under an .xls
    name): ``ss:Index`` skips, ``MergeAcross``/``MergeDown`` spans, hidden
    rows, columns and sheets, each cell's number format from its style."""
    try:
        root = ET.parse(path).getroot()
    except (ET.ParseError, OSError) as e:
        raise SheetError(f"the Excel 2003 XML workbook is damaged and cannot be read ({e}); open it in Excel and "
                         "save it again") from e
    formats = {}
    for st in root.iter(SS + "Style"):
        nf = st.find(SS + "NumberFormat")
        if nf is not None and nf.get(SS + "Format"):
            f = nf.get(SS + "Format")
            formats[st.get(SS + "ID")] = _NAMED_FORMATS.get(f.lower(), f)
    sheets = []
    for ws in root.iter(SS + "Worksheet"):
        options = ws.find(XL + "WorksheetOptions")
        visible = options.find(XL + "Visible") if options is not None else None
        sheet = Sheet(ws.get(SS + "Name", f"Sheet{len(sheets) + 1}"),
                      hidden=visible is not None and (visible.text or "").strip() in ("SheetHidden", "SheetVeryHidden"))
        table = ws.find(SS + "Table")
        if table is None:
            sheets.append(sheet)
            continue
        col = 0
        for c in table.findall(SS + "Column"):
            col = int(c.get(SS + "Index", col + 1)) - 1
            n = 1 + min(int(c.get(SS + "Span", "0")), REPEAT_CAP)
            if c.get(SS + "Hidden") == "1":
                sheet.hidden_cols.update(range(col, col + n))
            col += n
        r = 0
        for row in table.findall(SS + "Row"):
            r = int(row.get(SS + "Index", r + 1)) - 1
            if row.get(SS + "Hidden") == "1":
                sheet.hidden_rows.add(r)
            c = 0
            for cell in row.findall(SS + "Cell"):
                c = int(cell.get(SS + "Index", c + 1)) - 1
                across, down = int(cell.get(SS + "MergeAcross", "0")), int(cell.get(SS + "MergeDown", "0"))
                if across or down:
                    sheet.merges.append((r, c, r + down, c + across))
                data = cell.find(SS + "Data")
                text = ""
                if data is not None:
                    kind, raw = data.get(SS + "Type"), "".join(data.itertext()).strip()
                    fmt = formats.get(cell.get(SS + "StyleID")) or formats.get(row.get(SS + "StyleID"))
                    if kind == "Number":
                        try:
                            text = format_number(float(raw), fmt)
                        except ValueError:
                            text = raw
                    elif kind == "DateTime":
                        try:
                            text = format_date(_dt.datetime.fromisoformat(raw.split(".")[0]), fmt)
                        except ValueError:
                            text = raw
                    elif kind == "Boolean":
                        text = "ИСТИНА" if raw == "1" else "ЛОЖЬ"
                    else:
                        text = _text(raw)
                elif cell.get(SS + "Formula"):
                    text = cell.get(SS + "Formula")
                    sheet.formulas[(r, c)] = text
                if text:
                    sheet.cells[(r, c)] = text
                c += across + 1
                if len(sheet.cells) > MAX_CELLS:
                    raise SheetError(f"the sheet {sheet.name!r} holds more than {MAX_CELLS} cells: it is a data "
                                     "export, not a report")
            r += 1
        sheets.append(sheet)
    return sheets


def read_delimited(path: Path) -> tuple[list[Sheet], dict]:
    """A CSV or TSV export as one sheet: its code page as the text reader
    finds it (UTF-8, Windows-1251 ...), its delimiter sniffed (a comma, a
    semicolon as Excel writes it in a Russian locale, a tab, a bar)."""
    data = path.read_bytes()
    enc = detect_encoding(data)
    text = data.decode(enc, errors="replace")
    if text.startswith("\ufeff"):
        text = text[1:]
    sample = "\n".join(text.splitlines()[:50])
    if path.suffix.lower() == ".tsv":
        delimiter = "\t"
    else:
        try:
            delimiter = csv.Sniffer().sniff(sample, delimiters=";,\t|").delimiter
        except csv.Error:
            counts = {d: sample.count(d) for d in ";,\t|"}
            delimiter = max(counts, key=counts.get)
    sheet = Sheet(path.stem)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    for r, row in enumerate(reader):
        sheet.lines[r] = reader.line_num
        for col, value in enumerate(row):
            value = _text(value)
            if value:
                sheet.cells[(r, col)] = value
    return [sheet], {"encoding": enc, "delimiter": {"\t": "tab"}.get(delimiter, delimiter)}


# --- from sheets to a document ---------------------------------------------------------------


def _bands(rows: list[int], filled: dict[int, int], keys: list[int]) -> list[list[int]]:
    """Runs of visible rows with something in them, split at empty rows."""
    bands: list[list[int]] = []
    prev = None
    for r in rows:
        if not filled.get(r):
            prev = None
            continue
        if prev is None:
            bands.append([])
        bands[-1].append(r)
        prev = r
    return bands


def sheet_to_document(doc: Document, sheet: Sheet, sheet_index: int, with_heading: bool = True) -> None:
    """Add one sheet's heading, paragraphs and tables to ``doc``."""
    rows_shown = sorted({r for r, _ in sheet.cells} - sheet.hidden_rows)
    # the cells a merged area covers, and each area's visible extent
    covered: dict[tuple[int, int], tuple[int, int]] = {}
    spans: dict[tuple[int, int], tuple[int, int, int, int]] = {}
    for r0, c0, r1, c1 in sheet.merges:
        spans[(r0, c0)] = (r0, c0, r1, c1)
        for r in range(r0, r1 + 1):
            for c in range(c0, c1 + 1):
                if (r, c) != (r0, c0):
                    covered[(r, c)] = (r0, c0)
    shown = {
        (r, c): t for (r, c), t in sheet.cells.items()
        if r not in sheet.hidden_rows and c not in sheet.hidden_cols and (r, c) not in covered
    }
    if with_heading:
        doc.add_block(Block("heading", sheet.name, Provenance(paragraph=len(doc.blocks), sheet=sheet.name), level=1))
    by_row: dict[int, list[int]] = {}
    for r, c in shown:
        by_row.setdefault(r, []).append(c)
    filled = {r: len(cs) for r, cs in by_row.items()}
    rows_shown = sorted(by_row)
    all_rows = list(range(rows_shown[0], rows_shown[-1] + 1)) if rows_shown else []
    all_rows = [r for r in all_rows if r not in sheet.hidden_rows]

    def paragraph(r: int, within: set[int]) -> None:
        cs = sorted(c for c in by_row[r] if c in within)
        if len(cs) > 1:  # "Директор | ________ | А. Сейтказина", "Дата | 10.01.2024": one line of the sheet
            text = " ".join(shown[(r, c)] for c in cs)
            where = f"{address(r, cs[0])}:{address(r, cs[-1])}"
            doc.add_block(Block("paragraph", text, Provenance(paragraph=len(doc.blocks), line=sheet.lines.get(r),
                                                               sheet=sheet.name, cell=where)))
            return
        for c in cs:
            text = shown[(r, c)]
            span = spans.get((r, c))
            where = address(r, c) if not span else f"{address(span[0], span[1])}:{address(span[2], span[3])}"
            doc.add_block(Block("paragraph", text, Provenance(paragraph=len(doc.blocks), line=sheet.lines.get(r),
                                                               sheet=sheet.name, cell=where)))

    def reach(r: int, c: int) -> list[int]:
        return [c, *_span_cols(spans.get((r, c)), sheet)]

    def emit(band: list[int], within: set[int]) -> None:
        band = [r for r in band if any(c in within for c in by_row[r])]
        n = {r: sum(1 for c in by_row[r] if c in within) for r in band}
        multi = [r for r in band if n[r] >= 2]
        if len(multi) < 2:  # a lone row of two cells (a date, a signature) is a line of text, no table
            for r in band:
                paragraph(r, within)
            return
        first, last = multi[0], multi[-1]
        for r in band:
            if r < first:
                paragraph(r, within)
        body = [r for r in band if first <= r <= last]
        cols = sorted({x for r in body for c in by_row[r] if c in within for x in reach(r, c)})
        col_of = {c: i for i, c in enumerate(cols)}
        row_of = {r: i for i, r in enumerate(body)}
        index = len(doc.tables)
        cells = []
        for r in body:
            for c in cols:
                if (r, c) in covered or c in sheet.hidden_cols:
                    continue
                text = shown.get((r, c), "")
                span = spans.get((r, c))
                rs = cs = 1
                where = address(r, c)
                if span:
                    rs = max(1, sum(1 for x in range(span[0], span[2] + 1) if x in row_of))
                    cs = max(1, sum(1 for x in range(span[1], span[3] + 1) if x in col_of))
                    where = f"{address(span[0], span[1])}:{address(span[2], span[3])}"
                cells.append(Cell(row_of[r], col_of[c], text, row_span=rs, col_span=cs,
                                  provenance=Provenance(table=index, line=sheet.lines.get(r),
                                                        sheet=sheet.name, cell=where)))
        first_cell = address(body[0], cols[0])
        last_cell = address(body[-1], cols[-1])
        doc.add_table(Table(cells, Provenance(table=index, line=sheet.lines.get(body[0]), sheet=sheet.name,
                                              cell=f"{first_cell}:{last_cell}")))
        for r in band:
            if r > last:
                paragraph(r, within)

    for band in _bands(all_rows, filled, sorted(by_row)):
        used = {x for r in band for c in by_row[r] for x in reach(r, c)}
        groups = side_by_side(band, used, sheet.hidden_cols, lambda r, c: shown.get((r, c), ""))
        for group in groups:
            emit(band, group)


#: a cell of a figure, not of a label: "12 345", "47,5", "26,7%", "-940"
_FIGURE_RE = re.compile(r"^[-−–+]?\d[\d\s\u00a0]*(?:[.,]\d+)?\s*%?$")


def side_by_side(band: list[int], used: set[int], hidden: set[int], text) -> list[set[int]]:
    """The columns of each table of a band of rows: a sheet that lays two
    tables side by side ("Кітап қоры" at the left, "Іс-шаралар" at the
    right) leaves an empty column between them; each part is a table when
    it has two columns or more and labels in its first column.  One set of
    all the columns when the band is one table."""
    groups: list[list[int]] = []
    for c in sorted(used):
        if groups and all(x in hidden for x in range(groups[-1][-1] + 1, c)):
            groups[-1].append(c)
        else:
            groups.append([c])
    if len(groups) < 2:
        return [used]

    def labelled(group: list[int]) -> bool:
        labels = [text(r, group[0]) for r in band]
        return len(group) >= 2 and sum(1 for t in labels if t and not _FIGURE_RE.match(t)) >= 2

    if not all(labelled(g) for g in groups):
        return [used]
    return [set(g) for g in groups]


def _span_cols(span, sheet: Sheet) -> list[int]:
    if not span:
        return []
    return [c for c in range(span[1], span[3] + 1) if c not in sheet.hidden_cols]


def sheets_document(path: Path, fmt: str, sheets: list[Sheet], metadata: dict | None = None) -> Document:
    doc = Document(id=sha256_file(path), path=str(path), format=fmt)
    doc.metadata.update(metadata or {})
    shown = [s for s in sheets if not s.hidden]
    hidden_rows = sum(len({r for r, _ in s.cells} & s.hidden_rows) for s in shown)
    hidden_cols = sum(len({c for _, c in s.cells} & s.hidden_cols) for s in shown)
    doc.metadata["sheets"] = [s.name for s in shown]
    if len(shown) < len(sheets):
        doc.metadata["sheets_hidden"] = len(sheets) - len(shown)
    if hidden_rows:
        doc.metadata["rows_hidden"] = hidden_rows
    if hidden_cols:
        doc.metadata["columns_hidden"] = hidden_cols
    formulas = sum(len(s.formulas) for s in shown)
    if formulas:
        doc.metadata["formulas_without_value"] = formulas
    one = fmt in ("csv", "tsv")
    for i, s in enumerate(shown):
        if any(True for (r, c) in s.cells if r not in s.hidden_rows and c not in s.hidden_cols):
            sheet_to_document(doc, s, i, with_heading=not one)
    if not doc.blocks and not doc.tables:
        raise SheetError("the workbook holds no visible cell with anything in it; there is nothing to read")
    return doc


# --- loaders ---------------------------------------------------------------------------------


def sniff_xlsx(head: bytes) -> bool:
    return head.startswith(ZIP_MAGIC) and ODS_MIME not in head[:200] and b"word/" not in head[:2000]


def sniff_ods(head: bytes) -> bool:
    return head.startswith(ZIP_MAGIC) and ODS_MIME in head[:200]


def sniff_xls(head: bytes) -> bool:
    return head.startswith(OLE_MAGIC)


def sniff_delimited(head: bytes) -> bool:
    return looks_like_text(head) and not head.lstrip(b"\xef\xbb\xbf \r\n\t").startswith(b"<")


def sniff_sheet_page(head: bytes) -> bool:
    from esep.plugins.html.loader import sniff_html, sniff_mht

    return sniff_html(head) or sniff_mht(head)


def load_sheet_page(path: Path, config: Config) -> Document:
    from esep.plugins.html.loader import load as load_page

    doc = load_page(path, config)
    doc.metadata["sheet_saved_as_page"] = True
    return doc


def not_xlsx(path: Path, head: bytes) -> str | None:
    """What a file named ``.xlsx`` that is an OLE file is: Excel keeps a
    workbook saved with a password as an encrypted package inside one, and
    an Excel 97-2003 workbook renamed .xlsx is one too."""
    encrypted = encrypted_package(path, head)
    if encrypted is None:
        return None
    if encrypted:
        return ("the workbook is protected with a password (Excel keeps it encrypted); open it in Excel, clear the "
                "password (File > Info > Protect Workbook > Encrypt with Password), save it and ingest it again")
    return "the workbook is an Excel 97-2003 file (an OLE file) under an .xlsx name; rename it to .xls"


def load_xlsx(path: Path, config: Config) -> Document:
    path = Path(path)
    return sheets_document(path, path.suffix.lower().lstrip(".") or "xlsx", read_xlsx(path))


def load_xls(path: Path, config: Config) -> Document:
    path = Path(path)
    return sheets_document(path, "xls", read_xls(path))


def load_ods(path: Path, config: Config) -> Document:
    path = Path(path)
    return sheets_document(path, "ods", read_ods(path))


def sniff_spreadsheet_ml(head: bytes) -> bool:
    """An Excel 2003 XML workbook, under whatever suffix (.xml, .xls)."""
    text = head.lstrip(b"\xef\xbb\xbf \r\n\t")
    return text.startswith(b"<?xml") and SPREADSHEET_ML in head and b"<Workbook" in head


def load_spreadsheet_ml(path: Path, config: Config) -> Document:
    path = Path(path)
    return sheets_document(path, "xls" if path.suffix.lower() == ".xls" else "xml", read_spreadsheet_ml(path))


def load_delimited(path: Path, config: Config) -> Document:
    path = Path(path)
    sheets, meta = read_delimited(path)
    return sheets_document(path, "tsv" if path.suffix.lower() == ".tsv" else "csv", sheets, meta)


SHEET_CELLS = "sheet_cells"


def extract_places(document: Document, config: Config):
    """One row a block and a table cell read from a sheet: the sheet's name and the cell's address."""
    for b in document.blocks:
        if b.provenance.sheet is not None:
            yield Record(SHEET_CELLS, {"sheet": b.provenance.sheet, "address": b.provenance.cell},
                         evidence=b.text, block=b.index, extractor="sheet_cells")
    for t in document.tables:
        for c in t.cells:
            if c.provenance is not None and c.provenance.cell is not None and c.text:
                yield Record(SHEET_CELLS, {"sheet": c.provenance.sheet, "address": c.provenance.cell},
                             evidence=c.text, table_index=t.index, cell=(c.row, c.col), extractor="sheet_cells")


@hookimpl
def register_loaders(register):
    register(Loader("xlsx", "xlsx", (".xlsx", ".xlsm"), sniff_xlsx, load_xlsx,
                    describe="an Excel workbook (.xlsx)", mismatch=not_xlsx))
    register(Loader("xls", "xls", (".xls",), sniff_xls, load_xls, describe="an Excel 97-2003 workbook (.xls)"))
    # "Отчет.xls" that is a web page: Excel's "Save as Web page" and many programs' exports (accounting and
    # library systems) write an HTML table under the .xls name; it is read as the page it is
    register(Loader("xls-page", "htm", (".xls",), sniff_sheet_page, load_sheet_page,
                    describe="a web page saved under an .xls name"))
    # an Excel 2003 XML workbook: no suffix of its own claimed (an archive's other .xml files are no reports), read
    # by its content under .xml, .xls or any name
    register(Loader("xml-sheet", "xml", (), sniff_spreadsheet_ml, load_spreadsheet_ml, any_suffix=True,
                    describe="an Excel 2003 XML workbook"))
    register(Loader("ods", "ods", (".ods",), sniff_ods, load_ods, any_suffix=True,
                    describe="an OpenDocument spreadsheet (.ods)"))
    register(Loader("csv", "csv", (".csv", ".tsv"), sniff_delimited, load_delimited,
                    describe="a table of values (CSV)"))


@hookimpl
def register_extractors(register):
    register(Extractor("sheet_cells", extract_places, order=5, tables=(SHEET_CELLS,)))


migrations = Migrations("esep.sheets")


@migrations()
def m001_sheet_cells(db) -> None:
    db.executescript(f"""
        CREATE TABLE {SHEET_CELLS} (
            id INTEGER PRIMARY KEY,
            document_id TEXT NOT NULL REFERENCES documents(id),
            sheet TEXT NOT NULL,        -- the sheet's name
            address TEXT,               -- "B7"; a merged area "A1:F1"
            {RECORD_COLUMNS_SQL.strip()}
        );
        CREATE INDEX sheet_cells_document ON {SHEET_CELLS}(document_id);
    """)


@hookimpl
def register_migrations(register):
    register(migrations)


@hookimpl
def handle_ingest_error(path, stage, exception, config):
    if isinstance(exception, SheetError):
        return str(exception)
    return None
