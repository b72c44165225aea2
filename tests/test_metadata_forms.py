"""Title blocks of forms and of reports made for districts renamed in Kazakh:
a form's field of the period ("Кезең / Период: ..."), a title line in both
languages, a district whose Kazakh name follows its level word ("района
Алтай")."""

from __future__ import annotations

import pytest
from conftest import prepared_paragraphs

from esep.model import Block, Document
from esep.plugins import metadata
from esep.registry import Config


def _prepared(registry, *paragraphs: str):
    return prepared_paragraphs(registry, *paragraphs)


@pytest.mark.parametrize("field, period", [
    ("Кезең / Период: 2024 жылдың І тоқсаны / 1 квартал 2024 г.", "2024-Q1"),
    ("Отчетный период: первое полугодие 2022 г.", "2022-H1"),
    ("Есепті кезең: 2021 жылдың 9 айы / 9 месяцев 2021 г.", "2021-9M"),
])
def test_a_forms_field_of_the_period_names_the_period(field, period, registry):
    d = _prepared(registry, "Кітапхана жұмысы туралы мәлімет / Сведения о работе библиотеки",
                  "Ұйым / Организация: «Ақсу ауылдық кітапханасы» КММ", field,
                  "Оқырмандар саны / Число пользователей: 1 204.")
    assert d.metadata["period"] == period


def test_a_title_line_in_both_languages_makes_a_report_of_both_when_its_text_is_in_both(registry):
    title = "Кітапхана жұмысы туралы есеп / Отчет о работе библиотеки за 2023 год"
    text = ["Оқырмандар саны бір мың екі жүз төрт, кітап беру жиырма мың, келу саны тоғыз мыңнан асты.",
            "Кітапхана қоры жаңа кітаптармен толықтырылды, оқырмандар үшін көрмелер ұйымдастырылды."]
    # a title set in both languages over a Kazakh text: a Kazakh report
    assert _prepared(registry, title, *text).metadata["language"] == "kk"
    # over a text that gives some of itself in Russian too: a report in both
    d = _prepared(registry, title, *text, "Фонд пополнен новыми книгами, для читателей организованы выставки.")
    assert d.metadata["language"] == "both"
    # both halves Russian: no second language
    d = _prepared(registry, "Отчет о работе библиотеки за 2023 год / Информация для районного акимата",
                  "Библиотека обслужила 1 204 пользователя, выдала 20 118 экземпляров книг и журналов.")
    assert d.metadata["language"] == "ru"


@pytest.mark.parametrize("line, name", [
    ("КГУ «Централизованная библиотечная система» района Алтай", "района Алтай"),
    ("ГУ «Централизованная библиотечная система» района Магжана Жумабаева", "района Магжана Жумабаева"),
    ("КГУ «Централизованная библиотечная система» области Жетісу", "области Жетісу"),
])
def test_a_district_named_in_kazakh_after_its_level_word_stays_with_the_system(line, name):
    d = Document(id="x", path="x.docx", format="docx")
    for p in (line, "Анализ деятельности за 2022 год", "Библиотеки района обслужили 18 105 пользователей."):
        d.add_block(Block("paragraph", p))
    assert metadata.detect_organization(d).endswith(name)


def test_the_page_header_names_the_period_when_the_title_does_not(registry):
    d = Document(id="x", path="scan_0001.docx", format="docx", metadata={
        "page_header": "Ақсу аудандық орталықтандырылған кітапханалар жүйесі · 2023 жылғы жұмыс есебі"})
    for p in ("ЖЫЛДЫҚ ЕСЕП", "Жүйе кітапханалары оқырмандарға жыл бойы қызмет көрсетіп, көптеген шаралар өткізді."):
        d.add_block(Block("paragraph", p))
    registry.hook.prepare_document(document=d, config=Config())
    assert (d.metadata["period"], d.metadata["period_source"]) == ("2023", "page header")
    # a header that says nothing of what the document is gives no period
    d = Document(id="x", path="scan_0001.docx", format="docx", metadata={"page_header": "Ақсу ауданы, 2023"})
    d.add_block(Block("paragraph", "ЖЫЛДЫҚ ЕСЕП"))
    registry.hook.prepare_document(document=d, config=Config())
    assert d.metadata.get("period") is None
