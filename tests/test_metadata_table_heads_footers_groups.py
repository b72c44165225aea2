"""Title pages that name their period or organization in shapes the title
rules did not read: the year only in the head of the first table of figures
(the year before beside the reporting one), the period only in a .docx page
footer, the libraries of a rural district reporting together (Russian and
Kazakh), and a school library in the Kazakh possessive with its town before
the school's number."""

from __future__ import annotations

from pathlib import Path

import pytest

from esep.model import Block, Cell, Document, Provenance, Table
from esep.plugins import metadata
from esep.plugins.organizations import resolve
from esep.registry import Config

RU_BODY = "В отчётном году библиотека обслуживала жителей села и двух отделений совхоза."
KK_BODY = "Кітапхана есепті жылы жоспарды толық орындады, оқырмандармен жеке жұмыс жүргізілді."


def _doc(paragraphs: list[str], *tables: list[list[str]]) -> Document:
    d = Document(id="x", path="x.docx", format="docx")
    for p in paragraphs:
        d.add_block(Block("paragraph", p))
    for rows in tables:
        d.add_table(Table([Cell(r, k, x) for r, row in enumerate(rows) for k, x in enumerate(row) if x],
                          Provenance(page=1), position=len(paragraphs) - 1))
    return d


def _prepared(registry, paragraphs: list[str], *tables: list[list[str]]) -> Document:
    d = _doc(paragraphs, *tables)
    registry.hook.prepare_document(document=d, config=Config())
    return d


# -- the year in the table head ------------------------------------------------------------

@pytest.mark.parametrize("title, head, period", [
    (["Михайловская сельская библиотека", "Информационный отчёт о работе", RU_BODY],
     ["Показатели", "2023", "2024", "+/-"], "2024"),
    (["Бурабай аудандық кітапханасының жұмысы туралы ақпарат", KK_BODY],
     ["Көрсеткіштер", "2022 ж.", "2023 ж.", "Айырмасы"], "2023"),
    (["Справка о работе Озёрной сельской библиотеки", RU_BODY],
     ["Наименование", "2021 г.", "2022 г."], "2022"),
])
def test_a_title_without_a_year_takes_the_later_year_of_the_table_head(title, head, period, registry):
    d = _prepared(registry, title, [head, ["Пользователи", "612", "640", "+28"][:len(head)]])
    assert d.metadata["period"] == period
    assert d.metadata["period_source"] == "table head"
    assert any("PeriodFromTableHead" in str(w) for w in metadata.warnings(d, Config()))


@pytest.mark.parametrize("title, head", [
    # a plan beside the year: no period this way
    (["Михайловская сельская библиотека", "Информационный отчёт", RU_BODY], ["Показатели", "2024", "2025 (план)"]),
    # years apart: a span, not the year before and this one
    (["Михайловская сельская библиотека", "Информационный отчёт", RU_BODY], ["Показатели", "2019", "2024"]),
    # a part of a year in the title: the head compares halves, not years
    (["Отчёт Михайловской сельской библиотеки за I полугодие", RU_BODY], ["Показатели", "2023", "2024"]),
    # a single year: nothing compared
    (["Михайловская сельская библиотека", "Информационный отчёт", RU_BODY], ["Показатели", "2024", "Примечание"]),
])
def test_a_head_that_is_no_comparison_of_two_years_gives_no_period(title, head, registry):
    d = _prepared(registry, title, [head, ["Пользователи", "612", "640"]])
    assert d.metadata.get("period") is None


def test_the_title_s_period_wins_over_the_table_head(registry):
    d = _prepared(registry, ["Отчёт Михайловской сельской библиотеки за 2023 год", RU_BODY],
                  [["Показатели", "2024", "2025"], ["Пользователи", "612", "640"]])
    assert d.metadata["period"] == "2023"
    assert d.metadata["period_source"] != "table head"


# -- the period in the page footer ---------------------------------------------------------

def test_a_docx_page_footer_gives_the_period(tmp_path: Path, registry):
    from docx import Document as Docx

    from esep.plugins.docx.loader import load

    w = Docx()
    w.sections[0].footer.paragraphs[0].text = "Ақсу аудандық кітапханасы – 2023 жылғы есеп"
    w.add_paragraph("Ақсу аудандық кітапханасы")
    w.add_paragraph("Жұмыс есебі")
    w.add_paragraph(KK_BODY)
    path = tmp_path / "esep.docx"
    w.save(path)
    d = load(path, Config())
    assert d.metadata["page_footer"] == "Ақсу аудандық кітапханасы – 2023 жылғы есеп"
    registry.hook.prepare_document(document=d, config=Config())
    assert d.metadata["period"] == "2023"
    assert d.metadata["period_source"] == "page footer"


def test_a_footer_of_page_numbers_or_without_a_report_word_gives_no_period(registry):
    for footer in ("Страница 1 из 12", "г. Аксу, 2024"):
        d = _doc(["Аксуская районная библиотека", "Информация о работе", RU_BODY])
        d.metadata["page_footer"] = footer
        registry.hook.prepare_document(document=d, config=Config())
        assert d.metadata.get("period") is None, footer


# -- the libraries of a rural district ------------------------------------------------------

@pytest.mark.parametrize("title, name, gold", [
    (["Отчёт", "о работе библиотек Акжарского сельского округа", "за 2024 год", RU_BODY],
     "библиотек Акжарского сельского округа", "Библиотеки Акжарского сельского округа"),
    (["Қоскөл ауылдық округінің кітапханалары", "2023 жылғы жұмыс есебі", KK_BODY],
     "Қоскөл ауылдық округінің кітапханалары", "Қоскөл ауылдық округінің кітапханалары"),
    (["Бурабай ауданының кітапханаларының 2023 жылғы жұмысы туралы ақпарат", KK_BODY],
     "Бурабай ауданының кітапханалары", "Бурабай ауданының кітапханалары"),
])
def test_the_libraries_of_a_rural_district_report_together(title, name, gold, registry):
    d = _prepared(registry, title)
    assert d.metadata["organization"] == name
    assert resolve(name).organization_id == resolve(gold).organization_id


def test_the_village_libraries_of_a_district_are_a_group_not_the_district_s_libraries(registry):
    # "… ауданының ауылдық кітапханалары": some of its libraries, not all of them reporting together
    d = _prepared(registry, ["Бурабай ауданының ауылдық кітапханалары", "2023 жылғы жұмыс есебі", KK_BODY])
    assert d.metadata.get("organization") != "Бурабай ауданының кітапханалары"
    assert metadata._LIBRARIES_OF_PLACE_KK.search("Бурабай ауданының ауылдық кітапханалары") is None


# -- a school library in the Kazakh possessive ----------------------------------------------

def test_a_school_library_in_the_possessive_keeps_its_town_and_number(registry):
    d = _prepared(registry, ["Шымкент қаласы № 45 жалпы білім беретін мектебінің кітапханасы",
                             "2023–2024 оқу жылындағы жұмыс есебі", KK_BODY])
    assert d.metadata["organization"] == "Шымкент қаласы № 45 жалпы білім беретін мектебінің кітапханасы"
    assert d.metadata.get("period") is None  # a school year: no period code says it


def test_a_school_word_without_a_number_names_no_library(registry):
    assert metadata._org_phrase("мектебінің кітапханасы жұмыс істеді") is None
