"""Reports kept as spreadsheets: .xlsx/.xlsm, .xls, .ods and .csv/.tsv.

Each sheet reads as its name (a heading), the lines of text above its
table (title, organization, period) as paragraphs, and the table with the
sheet's name and the cell's address in every cell's provenance; merged
areas are spans, hidden sheets, rows and columns are left out and counted,
numbers read as the sheet shows them.  A damaged, encrypted or empty
workbook is an ``ingest_errors`` row and the run goes on."""

from __future__ import annotations

import datetime
import zipfile

import openpyxl
import pytest

from esep.model import Provenance
from esep.pipeline import Ingester
from esep.plugins.sheets import loader as sheets
from esep.registry import Config
from esep.storage import Store


def _grid(table):
    return [[c for c in row] for row in table.grid()]


def _form(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Форма 6-НК"
    ws["A1"] = "Сведения о библиотеке за 2023 год"
    ws.merge_cells("A1:D1")
    ws["A2"] = "КГУ «Централизованная библиотечная система»"
    ws.append([])
    ws.append(["Показатель", "№ строки", "2022 г.", "2023 г."])
    ws.append(["Пользователи", "01", 12345, 12600])
    ws.append(["Охват населения", "02", 0.267, 0.271])
    ws.append(["Читаемость", "03", 14.5, 15])
    ws.append(["Черновик", "99", 1, 2])
    ws.append(["Итого", "04", "=SUM(C5:C5)", 12600])
    for ref in ("C5", "D5"):
        ws[ref].number_format = "#,##0"
    for ref in ("C6", "D6"):
        ws[ref].number_format = "0.0%"
    ws["D7"].number_format = "0.0"
    ws.row_dimensions[8].hidden = True
    ws["A11"] = "Дата"
    ws["B11"] = datetime.date(2024, 1, 10)
    hidden = wb.create_sheet("Старое")
    hidden["A1"] = "прошлогодние цифры"
    hidden.sheet_state = "hidden"
    wb.save(path)
    return path


def test_an_xlsx_form_reads_title_table_and_addresses(tmp_path):
    doc = sheets.load_xlsx(_form(tmp_path / "f.xlsx"), Config())
    assert doc.format == "xlsx"
    assert [(b.kind, b.text) for b in doc.blocks[:3]] == [
        ("heading", "Форма 6-НК"), ("paragraph", "Сведения о библиотеке за 2023 год"),
        ("paragraph", "КГУ «Централизованная библиотечная система»")]
    assert doc.blocks[1].provenance.cell == "A1:D1" and doc.blocks[1].provenance.sheet == "Форма 6-НК"
    table = doc.tables[0]
    assert _grid(table) == [
        ["Показатель", "№ строки", "2022 г.", "2023 г."],
        ["Пользователи", "01", "12 345", "12 600"],
        ["Охват населения", "02", "26,7%", "27,1%"],
        ["Читаемость", "03", "14,5", "15,0"],
        ["Итого", "04", "=SUM(C5:C5)", "12600"],  # no value cached: the formula as written
    ]
    cell = next(c for c in table.cells if c.text == "12 345")
    assert (cell.row, cell.col, cell.provenance.cell, cell.provenance.sheet) == (1, 2, "C5", "Форма 6-НК")
    assert (doc.blocks[-1].text, doc.blocks[-1].provenance.cell) == ("Дата 10.01.2024", "A11:B11")
    assert doc.metadata["sheets"] == ["Форма 6-НК"] and doc.metadata["sheets_hidden"] == 1
    assert doc.metadata["rows_hidden"] == 1 and doc.metadata["formulas_without_value"] == 1
    assert "прошлогодние" not in " ".join(b.text for b in doc.blocks)


def test_a_merged_header_is_one_cell_with_its_spans(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Показатель", "2023 г.", None])
    ws.append([None, "план", "факт"])
    ws.append(["Посещения", 62000, 62480])
    ws.merge_cells("B1:C1")
    ws.merge_cells("A1:A2")
    ws.column_dimensions["D"].hidden = True
    ws["D3"] = "примечание"
    wb.save(tmp_path / "m.xlsx")
    doc = sheets.load_xlsx(tmp_path / "m.xlsx", Config())
    spans = {c.text: (c.row, c.col, c.row_span, c.col_span, c.provenance.cell) for c in doc.tables[0].cells if c.text}
    assert spans["2023 г."] == (0, 1, 1, 2, "B1:C1")
    assert spans["Показатель"] == (0, 0, 2, 1, "A1:A2")
    assert "примечание" not in spans and doc.metadata["columns_hidden"] == 1
    assert doc.tables[0].n_cols == 3


def test_numbers_read_as_the_sheet_shows_them():
    fmt = sheets.format_number
    assert fmt(1234.0, "General") == "1234"
    assert fmt(47.5, "General") == "47,5"
    assert fmt(1234567, "#,##0") == "1 234 567"
    assert fmt(214560.3, "#,##0.0") == "214 560,3"
    assert fmt(0.2675, "0.0%") == "26,8%"
    assert fmt(1.0044, "0%") == "100%"
    assert fmt(-940, "#,##0;[Red]-#,##0") == "-940"
    assert sheets.format_date(datetime.datetime(2024, 7, 1)) == "01.07.2024"


def _ods(path, rows_xml: str, styles: str = "", columns: str = '<table:table-column table:number-columns-repeated="4"/>',
         table_style: str = ""):
    content = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" office:version="1.2">
<office:automatic-styles>{styles}</office:automatic-styles>
<office:body><office:spreadsheet>
<table:table table:name="Есеп"{table_style}>{columns}{rows_xml}</table:table>
</office:spreadsheet></office:body></office:document-content>"""
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet", compress_type=zipfile.ZIP_STORED)
        z.writestr("content.xml", content)
    return path


def _c(text, value=None, extra=""):
    if value is not None:
        return f'<table:table-cell office:value-type="float" office:value="{value}"{extra}><text:p>{text}</text:p></table:table-cell>'
    return f'<table:table-cell office:value-type="string"{extra}><text:p>{text}</text:p></table:table-cell>'


def test_an_ods_sheet_with_repeated_rows_covered_cells_and_a_hidden_column(tmp_path):
    rows = (
        f'<table:table-row>{_c("Кітап қорының қозғалысы", extra=chr(32) + "table:number-columns-spanned=" + chr(34) + "3" + chr(34))}'
        '<table:covered-table-cell table:number-columns-repeated="2"/></table:table-row>'
        '<table:table-row table:number-rows-repeated="2"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>'
        f'<table:table-row>{_c("Көрсеткіш")}{_c("Барлығы")}{_c("қазақ тілінде")}{_c("ескерту")}</table:table-row>'
        f'<table:table-row>{_c("Түскені")}{_c("5 640", 5640)}{_c("3 980", 3980)}{_c("тексеру")}</table:table-row>'
        f'<table:table-row table:visibility="collapse">{_c("Түзетуге дейін")}{_c("5 600", 5600)}</table:table-row>'
        f'<table:table-row table:number-rows-repeated="2">{_c("x")}<table:table-cell office:value-type="percentage" '
        'office:value="0.25"/></table:table-row>'
        '<table:table-row table:number-rows-repeated="1048560"><table:table-cell table:number-columns-repeated="1024"/>'
        '</table:table-row>')
    cols = ('<table:table-column table:number-columns-repeated="3"/><table:table-column table:visibility="collapse"/>'
            '<table:table-column table:number-columns-repeated="16380"/>')
    doc = sheets.load_ods(_ods(tmp_path / "s.ods", rows, columns=cols), Config())
    assert [(b.kind, b.text, b.provenance.cell) for b in doc.blocks] == [
        ("heading", "Есеп", None), ("paragraph", "Кітап қорының қозғалысы", "A1:C1")]
    assert _grid(doc.tables[0]) == [["Көрсеткіш", "Барлығы", "қазақ тілінде"], ["Түскені", "5 640", "3 980"],
                                    ["x", "25%", ""], ["x", "25%", ""]]
    assert [c.provenance.cell for c in doc.tables[0].cells if c.text == "x"] == ["A7", "A8"]
    assert doc.metadata["rows_hidden"] == 1 and doc.metadata["columns_hidden"] == 1


def test_a_hidden_ods_sheet_is_left_out(tmp_path):
    style = ('<style:style style:name="ta2" style:family="table"><style:table-properties table:display="false"/>'
             '</style:style>')
    rows = f'<table:table-row>{_c("Пользователи")}{_c("100", 100)}</table:table-row>'
    path = _ods(tmp_path / "h.ods", rows, styles=style, table_style=' table:style-name="ta2"')
    with pytest.raises(sheets.SheetError, match="no visible cell"):
        sheets.load_ods(path, Config())


def test_a_csv_export_in_windows_1251_with_semicolons(tmp_path):
    path = tmp_path / "r.csv"
    path.write_bytes("Отчет ЦБС за 2023 год;;\r\nПоказатель;2022;2023\r\nПользователи;12 345;\"12 600\"\r\n"
                     .encode("cp1251"))
    doc = sheets.load_delimited(path, Config())
    assert doc.metadata["encoding"] == "cp1251" and doc.metadata["delimiter"] == ";"
    assert [b.text for b in doc.blocks] == ["Отчет ЦБС за 2023 год"]
    assert _grid(doc.tables[0]) == [["Показатель", "2022", "2023"], ["Пользователи", "12 345", "12 600"]]
    assert doc.tables[0].cells[3].provenance == Provenance(table=0, line=3, sheet="r", cell="A3")


def test_a_tsv_is_split_at_tabs(tmp_path):
    path = tmp_path / "r.tsv"
    path.write_text("Көрсеткіш\t2023\nОқырмандар, адам\t3 260\n", encoding="utf-8")
    doc = sheets.load_delimited(path, Config())
    assert doc.format == "tsv" and _grid(doc.tables[0])[1] == ["Оқырмандар, адам", "3 260"]


def test_an_xls_workbook_reads_formats_merges_and_hidden_rows(tmp_path):
    xlwt = pytest.importorskip("xlwt")
    book = xlwt.Workbook(encoding="utf-8")
    sh = book.add_sheet("Раздел 2")
    sh.write_merge(0, 0, 0, 2, "Кадры и финансирование за 2023 год")
    sh.write(2, 0, "Показатель"); sh.write(2, 1, "Код"); sh.write(2, 2, "Значение")
    sh.write(3, 0, "Штатных единиц"); sh.write(3, 1, "201"); sh.write(3, 2, 62.5, xlwt.easyxf(num_format_str="0.0"))
    sh.write(4, 0, "Черновик"); sh.write(4, 1, "299"); sh.write(4, 2, 58)
    sh.write(5, 0, "Бюджет, тыс. тенге"); sh.write(5, 1, "204")
    sh.write(5, 2, 214560.3, xlwt.easyxf(num_format_str="#,##0.0"))
    sh.row(4).hidden = True
    book.save(str(tmp_path / "r.xls"))
    doc = sheets.load_xls(tmp_path / "r.xls", Config())
    assert doc.blocks[1].text == "Кадры и финансирование за 2023 год" and doc.blocks[1].provenance.cell == "A1:C1"
    assert _grid(doc.tables[0]) == [["Показатель", "Код", "Значение"], ["Штатных единиц", "201", "62,5"],
                                    ["Бюджет, тыс. тенге", "204", "214 560,3"]]
    assert doc.metadata["rows_hidden"] == 1


def _ingest(tmp_path, registry, *paths):
    store = Store(tmp_path / "e.db", registry.migrations)
    summary = Ingester(store, registry, Config(options={"cache_dir": str(tmp_path / "cache")})).run(list(paths))
    return store, summary


def test_ingest_stores_facts_and_the_addresses_of_cells(tmp_path, registry):
    store, summary = _ingest(tmp_path, registry, _form(tmp_path / "f.xlsx"))
    assert summary.counts["ingested"] == 1, summary.outcomes
    facts = {(r["metric"], r["value"], r["period"], r["evidence"]) for r in store.db.query(
        "select metric, value, period, evidence from facts where metric is not null")}
    assert ("users.registered", 12345, "2022", "12 345") in facts
    assert ("coverage.population_pct", 27.1, "2023", "27,1%") in facts
    places = {(r["sheet"], r["address"], r["evidence"]) for r in store.db.query("select * from sheet_cells")}
    assert ("Форма 6-НК", "C5", "12 345") in places and ("Форма 6-НК", "A1:D1", "Сведения о библиотеке за 2023 год") in places
    store.close()


def test_damaged_encrypted_and_empty_workbooks_are_errors_and_the_run_goes_on(tmp_path, registry):
    bad = tmp_path / "damaged.xlsx"
    bad.write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    locked = tmp_path / "locked.xlsx"
    locked.write_bytes(sheets.OLE_MAGIC + b"\x00" * 512 + "EncryptedPackage".encode("utf-16-le") + b"\x00" * 512)
    empty = tmp_path / "empty.xlsx"
    openpyxl.Workbook().save(empty)
    good = _form(tmp_path / "good.xlsx")
    store, summary = _ingest(tmp_path, registry, bad, locked, empty, good)
    assert summary.counts["ingested"] == 1 and summary.counts["failed"] == 3, summary.outcomes
    errors = {r["path"].rsplit("/", 1)[1]: r["message"] for r in store.db.query("select path, message from ingest_errors")}
    assert "damaged" in errors["damaged.xlsx"] and "save it again" in errors["damaged.xlsx"]
    assert "password" in errors["locked.xlsx"]
    assert "nothing to read" in errors["empty.xlsx"]
    store.close()


def test_an_xls_that_is_a_web_page_is_read_as_the_page(tmp_path, registry):
    from conftest import soffice_program

    soffice_program("the web page tests")
    page = tmp_path / "Отчет.xls"
    page.write_text(
        '<html xmlns:x="urn:schemas-microsoft-com:office:excel"><head><meta http-equiv=Content-Type '
        'content="text/html; charset=utf-8"><meta name=ProgId content=Excel.Sheet></head><body><table>'
        "<tr><td>Показатель</td><td>2022</td><td>2023</td></tr>"
        "<tr><td>Пользователи</td><td>15 640</td><td>15 820</td></tr>"
        "<tr><td>Посещения</td><td>132 400</td><td>135 110</td></tr></table></body></html>", encoding="utf-8")
    store, summary = _ingest(tmp_path, registry, page)
    assert summary.counts["ingested"] == 1, summary.outcomes
    assert store.db.execute("select format from documents").fetchone()[0] == "htm"
    facts = {(r["metric"], r["value"], r["period"]) for r in store.db.query("select metric, value, period from facts")}
    assert ("users.registered", 15820, "2023") in facts
    store.close()


def test_an_xls_of_no_workbook_and_no_page_is_refused_with_its_reason(tmp_path, registry):
    bad = tmp_path / "r.xls"
    bad.write_bytes(b"\x00\x01garbage" * 40)
    store, summary = _ingest(tmp_path, registry, bad)
    assert summary.counts["failed"] == 1
    (message,) = store.db.execute("select message from ingest_errors").fetchone()
    assert ".xls" in message and "Excel 97-2003" in message
    store.close()


def test_tables_side_by_side_with_an_empty_column_between_are_two_tables(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Кітап қоры", None, None, None, "Іс-шаралар", None, None])
    ws.append(["Көрсеткіш", "2023", None, None, "Жұмыс түрі", "Саны", "Қатысушылар"])
    ws.append(["Түскені", 5640, None, None, "Кітап көрмелері", 186, 4320])
    ws.append(["Шығарылғаны", 4210, None, None, "Викториналар", 52, 1140])
    wb.save(tmp_path / "s.xlsx")
    doc = sheets.load_xlsx(tmp_path / "s.xlsx", Config())
    assert [_grid(t) for t in doc.tables] == [
        [["Көрсеткіш", "2023"], ["Түскені", "5640"], ["Шығарылғаны", "4210"]],
        [["Жұмыс түрі", "Саны", "Қатысушылар"], ["Кітап көрмелері", "186", "4320"], ["Викториналар", "52", "1140"]]]
    assert [b.text for b in doc.blocks] == ["Sheet", "Кітап қоры", "Іс-шаралар"]
    assert doc.tables[1].cells[0].provenance.cell == "E2"


def test_a_spacer_column_before_figures_alone_keeps_one_table(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Показатель", "2022", None, "2023", "±"])
    ws.append(["Пользователи", 11240, None, 11385, 145])
    ws.append(["Посещения", 98450, None, 101120, 2670])
    wb.save(tmp_path / "g.xlsx")
    doc = sheets.load_xlsx(tmp_path / "g.xlsx", Config())
    assert len(doc.tables) == 1
    assert _grid(doc.tables[0])[0] == ["Показатель", "2022", "2023", "±"]


SPREADSHEET_ML = """<?xml version="1.0" encoding="UTF-8"?>
<?mso-application progid="Excel.Sheet"?>
<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:x="urn:schemas-microsoft-com:office:excel"
 xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">
 <Styles><Style ss:ID="n"><NumberFormat ss:Format="#,##0"/></Style><Style ss:ID="p"><NumberFormat ss:Format="0.0%"/></Style>
  <Style ss:ID="d"><NumberFormat ss:Format="Short Date"/></Style></Styles>
 <Worksheet ss:Name="Форма">
  <Table>
   <Column ss:Index="4" ss:Hidden="1"/>
   <Row><Cell ss:MergeAcross="2"><Data ss:Type="String">Отчет ЦБС за 2023 год</Data></Cell></Row>
   <Row ss:Index="3"><Cell><Data ss:Type="String">Показатель</Data></Cell><Cell><Data ss:Type="String">2022</Data></Cell>
    <Cell><Data ss:Type="String">2023</Data></Cell><Cell><Data ss:Type="String">примечание</Data></Cell></Row>
   <Row><Cell><Data ss:Type="String">Пользователи</Data></Cell><Cell ss:StyleID="n"><Data ss:Type="Number">11240</Data></Cell>
    <Cell ss:StyleID="n"><Data ss:Type="Number">11385</Data></Cell></Row>
   <Row ss:Hidden="1"><Cell><Data ss:Type="String">Черновик</Data></Cell><Cell ss:Index="3"><Data ss:Type="Number">1</Data></Cell></Row>
   <Row><Cell><Data ss:Type="String">Охват населения</Data></Cell><Cell ss:StyleID="p"><Data ss:Type="Number">0.267</Data></Cell>
    <Cell ss:StyleID="p"><Data ss:Type="Number">0.271</Data></Cell></Row>
   <Row ss:Index="9"><Cell><Data ss:Type="String">Дата</Data></Cell><Cell ss:StyleID="d"><Data ss:Type="DateTime">2024-01-10T00:00:00.000</Data></Cell></Row>
  </Table>
 </Worksheet>
 <Worksheet ss:Name="Старое"><Table><Row><Cell><Data ss:Type="String">x</Data></Cell></Row></Table>
  <WorksheetOptions xmlns="urn:schemas-microsoft-com:office:excel"><Visible>SheetHidden</Visible></WorksheetOptions></Worksheet>
</Workbook>"""


def test_an_excel_2003_xml_workbook_under_an_xls_name(tmp_path, registry):
    path = tmp_path / "Форма.xls"
    path.write_text(SPREADSHEET_ML, encoding="utf-8")
    doc = sheets.load_spreadsheet_ml(path, Config())
    assert [b.text for b in doc.blocks] == ["Форма", "Отчет ЦБС за 2023 год", "Дата 10.01.2024"]
    assert doc.blocks[1].provenance.cell == "A1:C1"
    assert _grid(doc.tables[0]) == [["Показатель", "2022", "2023"], ["Пользователи", "11 240", "11 385"],
                                    ["Охват населения", "26,7%", "27,1%"]]
    assert doc.metadata["sheets_hidden"] == 1 and doc.metadata["rows_hidden"] == 1
    assert doc.metadata["columns_hidden"] == 1
    store, summary = _ingest(tmp_path, registry, path)
    assert summary.counts["ingested"] == 1, summary.outcomes
    assert store.db.execute("select format from documents").fetchone()[0] == "xls"
    store.close()


def test_an_xml_file_of_no_workbook_is_skipped_not_read(tmp_path, registry):
    other = tmp_path / "filelist.xml"
    other.write_text('<?xml version="1.0"?><xml xmlns:o="urn:schemas-microsoft-com:office:office"></xml>', encoding="utf-8")
    store, summary = _ingest(tmp_path, registry, other)
    assert summary.counts["skipped"] == 1 and summary.counts["failed"] == 0
    store.close()
