"""Indicator tables of a report saved as PDF from a word processor, with a
cell left empty: a figure given for one year only ("Обращаемость фонда" |
(empty) | "2,0"), a unit not given, in the last row or a middle one, ruled
or drawn without rules.  The row keeps the table's columns: the empty cell
stays empty, the figure stays in its year's column, as written.

The reports are made here with python-docx and saved as PDF by LibreOffice
(skipped with a reason where LibreOffice is missing, failing in CI)."""

from __future__ import annotations

import subprocess

import pytest
from conftest import soffice_program
from docx import Document as Word
from docx.shared import Cm

from esep.plugins.pdf import loader
from esep.registry import Config

HEAD3 = ["Показатель", "2023", "2024"]
HEAD4 = ["Показатель", "Ед.", "2023", "2024"]
FULL3 = [["Пользователи", "11 240", "11 505"], ["Посещения", "82 300", "84 150"],
         ["Книговыдача", "210 400", "215 300"]]
FULL4 = [["Пользователи", "чел.", "11 240", "11 505"], ["Посещения", "ед.", "82 300", "84 150"],
         ["Книговыдача", "экз.", "210 400", "215 300"]]

CASES = {
    "last": [HEAD3, *FULL3, ["Обращаемость фонда", "", "2,0"]],
    "middle": [HEAD3, FULL3[0], ["Обращаемость фонда", "", "2,0"], *FULL3[1:]],
    "unit": [HEAD4, *FULL4, ["Обращаемость фонда", "", "1,9", "2,0"]],
    "unit_and_year": [HEAD4, *FULL4, ["Читаемость", "", "", "14,2"], ["Обращаемость фонда", "", "", "2,0"]],
    "kazakh": [["Көрсеткіш", "2023", "2024"], ["Оқырмандар", "11 240", "11 505"],
               ["Келушілер", "82 300", "84 150"], ["Қордың айналымы", "", "2,0"]],
}


def _report(rows: list[list[str]], grid: bool, path) -> None:
    doc = Word()
    doc.add_paragraph("Отчет о работе библиотеки за 2024 год")
    doc.add_paragraph("Основные показатели")
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    if grid:
        table.style = "Table Grid"
    table.autofit = False
    widths = [7, 3, 3] if len(rows[0]) == 3 else [6, 2, 3, 3]
    for i, row in enumerate(rows):
        for j, value in enumerate(row):
            table.cell(i, j).text = value
            table.cell(i, j).width = Cm(widths[j])
    doc.save(path)


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory):
    exe = soffice_program("indicator tables with empty cells")
    folder = tmp_path_factory.mktemp("empty_cells")
    sources = []
    for name, rows in CASES.items():
        for grid in (True, False):
            src = folder / f"{name}_{'ruled' if grid else 'unruled'}.docx"
            _report(rows, grid, src)
            sources.append(src)
    subprocess.run([exe, "--headless", "--convert-to", "pdf", "--outdir", str(folder), *map(str, sources)],
                   check=True, capture_output=True, timeout=300)
    return {src.stem: src.with_suffix(".pdf") for src in sources}


@pytest.mark.parametrize("grid", ["ruled", "unruled"])
@pytest.mark.parametrize("name", list(CASES))
def test_a_row_with_an_empty_cell_keeps_its_columns(pdfs, name, grid):
    doc = loader.load(pdfs[f"{name}_{grid}"], Config())
    assert len(doc.tables) == 1, [t.grid() for t in doc.tables]
    got = [[" ".join(c.split()) for c in row] for row in doc.tables[0].grid()]
    assert got == CASES[name]
    assert not any("|" in c for row in got for c in row)
