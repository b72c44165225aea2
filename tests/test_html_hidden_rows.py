"""A sheet Excel saved as a web page: rows the sheet hides (display:none),
which no browser shows and no printout has, are not read; a page that
hides nothing is converted as it is."""

from __future__ import annotations

from conftest import soffice_program

from esep.plugins.html import loader as html_loader
from esep.registry import Config

SHEET = """<html xmlns:x="urn:schemas-microsoft-com:office:excel" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=ProgId content=Excel.Sheet>
<style>.xl65 {mso-number-format:"\\#\\,\\#\\#0";} .hid {display:none}</style></head>
<body><table border=0 cellpadding=0 cellspacing=0 style='border-collapse:collapse;table-layout:fixed'>
 <tr><td>Көрсеткіштер</td><td>2023 ж.</td><td>2024 ж.</td></tr>
 <tr><td>Оқырмандар саны</td><td class=xl65 x:num="10480">10 480</td><td class=xl65 x:num="10615">10 615</td></tr>
 <tr height=0 style='display:none'><td>Оқырмандар саны (түзетуге дейін)</td><td x:num="10400">10 400</td><td>10 590</td></tr>
 <tr><td>Келушілер саны</td><td>102 300</td><td>104 870<span style='display: none'> 104 000</span></td></tr>
</table></body></html>"""


def test_hidden_elements_are_taken_out_of_the_page():
    shown = html_loader.visible_page(SHEET)
    assert "10 400" not in shown and "түзетуге" not in shown and "104 000" not in shown
    assert "10 615" in shown and "104 870" in shown and "Келушілер саны" in shown


def test_a_page_that_hides_nothing_is_left_as_it_is():
    page = SHEET.replace("display:none", "color:red").replace("display: none", "color:red")
    assert html_loader.visible_page(page) == page
    styled = SHEET.replace(" style='display:none'", "").replace("<span style='display: none'> 104 000</span>", "")
    assert html_loader.visible_page(styled) == styled  # "display:none" only in the style sheet: no element hidden


def test_a_sheet_saved_as_a_web_page_reads_without_its_hidden_rows(tmp_path):
    soffice_program("the web page tests")
    src = tmp_path / "sheet.htm"
    src.write_text(SHEET, encoding="utf-8")
    doc = html_loader.load(src, Config(options={"cache_dir": str(tmp_path / "cache")}))
    rows = {}
    for c in doc.tables[0].cells:
        rows.setdefault(c.row, []).append(c.text)
    assert list(rows.values()) == [["Көрсеткіштер", "2023 ж.", "2024 ж."], ["Оқырмандар саны", "10 480", "10 615"],
                                   ["Келушілер саны", "102 300", "104 870"]]

