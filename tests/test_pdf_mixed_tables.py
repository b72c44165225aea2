"""A page with a ruled table and a table drawn without rules under it, as a
report sets its indicators in a grid and its events by form of work without
borders: both are read, and the unruled table's headings, wider than the
figures under them and set flush with them, stay one a column.

The report is made here with python-docx and saved as PDF by LibreOffice
(skipped with a reason where LibreOffice is missing, failing in CI)."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest
from docx import Document as Word
from docx.shared import Cm

from esep.plugins.events import stats
from esep.plugins.pdf import loader
from esep.registry import Config


def _table(doc, rows, widths, grid: bool):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    if grid:
        t.style = "Table Grid"
    t.autofit = False
    for i, row in enumerate(rows):
        for j, value in enumerate(row):
            t.cell(i, j).text = value
            t.cell(i, j).width = Cm(widths[j])


@pytest.fixture(scope="module")
def mixed_pdf(tmp_path_factory):
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if not exe:
        if os.environ.get("CI") == "true":
            pytest.fail("CI must install LibreOffice")
        pytest.skip("LibreOffice is not installed")
    folder = tmp_path_factory.mktemp("mixed")
    doc = Word()
    doc.add_paragraph("Отчет о работе ЦБС Степного района за 2022 год")
    doc.add_paragraph("Основные показатели")
    _table(doc, [["Показатели", "2021 г.", "2022 г."], ["Пользователи", "11 240", "11 505"],
                 ["Посещения", "82 300", "84 150"]], [6, 3, 3], grid=True)
    doc.add_paragraph("Массовая работа")
    _table(doc, [["Формы работы", "Количество", "Участники"], ["Книжные выставки", "88", "—"],
                 ["Громкие чтения", "26", "410"], ["Викторины", "19", "380"], ["Всего", "133", "790"]],
           [6, 2.2, 3], grid=False)
    doc.add_paragraph("Конец отчета.")
    src = folder / "mixed.docx"
    doc.save(src)
    subprocess.run([exe, "--headless", "--convert-to", "pdf", "--outdir", str(folder), str(src)],
                   check=True, capture_output=True, timeout=180)
    return folder / "mixed.pdf"


def test_both_tables_of_the_page(mixed_pdf):
    doc = loader.load(mixed_pdf, Config())
    grids = [t.grid() for t in doc.tables]
    assert grids[0][0] == ["Показатели", "2021 г.", "2022 г."]
    assert ["Формы работы", "Количество", "Участники"] in [g[0] for g in grids]
    events = next(g for g in grids if g[0][0] == "Формы работы")
    assert events[1:] == [["Книжные выставки", "88", "—"], ["Громкие чтения", "26", "410"],
                          ["Викторины", "19", "380"], ["Всего", "133", "790"]]


def test_events_of_the_unruled_table(mixed_pdf):
    doc = loader.load(mixed_pdf, Config())
    doc.metadata["period"] = "2022"
    rows = {r.values["label"]: (r.values["event_type"], r.values["actual"], r.values["participants"])
            for r in stats.extract(doc, Config()) if r.table == "event_stats"}
    assert rows == {"Книжные выставки": ("exhibition.book", 88, None), "Громкие чтения": ("reading", 26, 410),
                    "Викторины": ("quiz", 19, 380), "Всего": ("total", 133, 790)}
