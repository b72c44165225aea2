"""A letterhead set as a table in the page header of a .docx (the
organization in one cell, the report's name or a form's code in the
other), as many libraries' templates have it: its cells are the page
header's text, read in order."""

from __future__ import annotations

import docx
from docx.shared import Cm

from esep.plugins.docx.loader import load as load_docx
from esep.registry import Config

from conftest import load_prepared


def _report(tmp_path, cells: tuple[str, str], body: list[str]):
    d = docx.Document()
    t = d.sections[0].header.add_table(rows=1, cols=2, width=Cm(16))
    t.cell(0, 0).text, t.cell(0, 1).text = cells
    for x in body:
        d.add_paragraph(x)
    path = tmp_path / "r.docx"
    d.save(path)
    return path


def test_a_letterhead_table_in_the_page_header_names_the_organization(tmp_path, registry):
    path = _report(tmp_path, ("КГУ «Уланская районная централизованная библиотечная система»", "Отчёт за 2023 год"),
                   ["Отчёт о работе библиотек Уланского района за 2023 год",
                    "В 2023 году библиотеки района обслужили 7 210 пользователей."])
    assert load_docx(path, Config()).metadata["page_header"] == \
        "КГУ «Уланская районная централизованная библиотечная система» Отчёт за 2023 год"
    d = load_prepared(path, registry)
    assert d.metadata["organization"] == "КГУ «Уланская районная централизованная библиотечная система»"
    assert d.metadata["period"] == "2023"


def test_a_header_table_of_a_form_code_and_a_page_leaves_the_title_to_name_it(tmp_path, registry):
    path = _report(tmp_path, ("Форма 6-НК", "стр. 1"),
                   ["ГУ «Зайсанская районная библиотека»", "Отчёт о работе за 2023 год"])
    d = load_prepared(path, registry)
    assert load_docx(path, Config()).metadata["page_header"] == "Форма 6-НК стр. 1"
    assert d.metadata["organization"] == "ГУ «Зайсанская районная библиотека»"
