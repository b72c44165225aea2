"""PDFs other programs make of ordinary reports: a list of indicators set
with a dot-leader tab stop in Word and saved as PDF by LibreOffice (the
leader's dots are drawn set up against the label and the figure, so a
label, its leader and the figure's first group come out as one word), and
a table printed by a browser from HTML whose cells are ruled underneath
only (CSS ``border-bottom``): its header row has a rule under it and none
above it.  The files are made here, the expected readings written by hand."""

from __future__ import annotations

import sqlite3
import subprocess
from pathlib import Path

import docx
from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.shared import Cm

from esep.plugins.pdf.loader import load as load_pdf
from esep.registry import Config

from conftest import chromium, run_esep, soffice_program


def _grids(doc) -> list[list[list[str]]]:
    return [[[" ".join(x.split()) for x in row] for row in t.grid()] for t in doc.tables if t.kind == "table"]


def _facts(tmp_path: Path, pdf: Path) -> set[tuple]:
    db = tmp_path / "r.db"
    got = run_esep("ingest", pdf, "--db", db, "--ocr", "never")
    assert got.returncode == 0, got.stderr
    with sqlite3.connect(db) as c:
        return set(c.execute("select metric, value, period, evidence, source from facts where metric is not null"))


def _leader_pdf(tmp_path: Path, title: str, rows: list[tuple[str, str]], after: str) -> Path:
    d = docx.Document()
    d.add_paragraph("ГУ «Районная библиотека»")
    d.add_paragraph(title)
    for label, figure in rows:
        p = d.add_paragraph(f"{label}\t{figure}")
        p.paragraph_format.tab_stops.add_tab_stop(Cm(15), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
    d.add_paragraph(after)
    src = tmp_path / "r.docx"
    d.save(src)
    subprocess.run([soffice_program("PDFs of Word files"), "--headless", "--convert-to", "pdf", "--outdir",
                    str(tmp_path), str(src)], check=True, capture_output=True, timeout=180)
    return tmp_path / "r.pdf"


def test_indicators_set_with_dot_leaders_are_a_table_of_label_and_figure(tmp_path):
    rows = [("Пользователи", "4 218"), ("Посещения", "27 930"), ("Книговыдача", "81 406"), ("Мероприятия", "132")]
    pdf = _leader_pdf(tmp_path, "Отчёт о работе за II квартал 2024 года", rows,
                      "Во втором квартале работа велась по плану... Итоги подведены на совещании.")
    doc = load_pdf(pdf, Config(ocr="off"))
    assert _grids(doc) == [[list(r) for r in rows]]
    body = " ".join(b.text for b in doc.blocks)
    assert "по плану... Итоги" in body  # an ellipsis in prose is no leader
    assert _facts(tmp_path, pdf) == {
        ("users.registered", 4218.0, "2024-Q2", "4 218", "table"),
        ("visits.total", 27930.0, "2024-Q2", "27 930", "table"),
        ("loans.total", 81406.0, "2024-Q2", "81 406", "table"),
        ("events.actual", 132.0, "2024-Q2", "132", "table")}


def test_a_table_of_contents_set_with_dot_leaders_is_no_table(tmp_path):
    """Headings and the pages they start on, small and never falling: no
    table of figures is made of them."""
    rows = [("1. Библиотечная сеть", "3"), ("2. Пользователи и посещения", "5"), ("3. Книжный фонд", "8")]
    pdf = _leader_pdf(tmp_path, "Отчёт о работе за 2023 год", rows,
                      "В 2023 году библиотеки обслужили 12 480 пользователей.")
    doc = load_pdf(pdf, Config(ocr="off"))
    assert _grids(doc) == []
    assert not {f for f in _facts(tmp_path, pdf) if f[4] == "table"}


def _print(tmp_path: Path, html: str) -> Path:
    exe = chromium()
    (tmp_path / "r.html").write_text(html, encoding="utf-8")
    subprocess.run([exe, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={tmp_path / 'r.pdf'}", f"file://{tmp_path / 'r.html'}"],
                   check=True, capture_output=True, timeout=120)
    return tmp_path / "r.pdf"


ROWS = [["Көрсеткіштер", "2022 ж.", "2023 ж."],
        ["Оқырмандар саны", "9 310", "9 452"],
        ["Келушілер саны", "64 020", "65 118"],
        ["Кітап берілімі", "187 300", "190 244"]]


def _css_table(top_rule: bool) -> str:
    cells = "".join("<tr>" + "".join(f"<td>{x}</td>" for x in row) + "</tr>" for row in ROWS)
    first = "table tr:first-child td{border-top:1px solid #000}" if top_rule else ""
    return ("<html lang='kk'><head><meta charset='utf-8'><style>body{font:12pt serif}"
            "table{border-collapse:collapse;width:100%} td{border-bottom:1px solid #888;padding:3px 8px}"
            f"td+td{{text-align:right}} {first}</style></head><body>"
            "<p>Аудандық кітапхана</p><p>2023 жылғы жұмыс есебі</p>"
            + ("<p>Негізгі көрсеткіштер</p>" if top_rule else "")
            + f"<table>{cells}</table><p>Директор</p></body></html>")


def test_a_header_ruled_only_underneath_is_the_tables_first_row(tmp_path):
    pdf = _print(tmp_path, _css_table(top_rule=False))
    assert _grids(load_pdf(pdf, Config(ocr="off"))) == [ROWS]
    assert _facts(tmp_path, pdf) == {
        ("users.registered", 9310.0, "2022", "9 310", "table"), ("users.registered", 9452.0, "2023", "9 452", "table"),
        ("visits.total", 64020.0, "2022", "64 020", "table"), ("visits.total", 65118.0, "2023", "65 118", "table"),
        ("loans.total", 187300.0, "2022", "187 300", "table"), ("loans.total", 190244.0, "2023", "190 244", "table")}


def test_a_caption_over_a_table_ruled_on_top_stays_out_of_it(tmp_path):
    doc = load_pdf(_print(tmp_path, _css_table(top_rule=True)), Config(ocr="off"))
    assert _grids(doc) == [ROWS]
    assert "Негізгі көрсеткіштер" in " ".join(b.text for b in doc.blocks)
