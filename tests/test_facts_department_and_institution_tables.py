"""Tables of one department of a library, and a culture department's table by
kind of institution. Each case was typed in its own words, with what it should
give written before esep read it."""

from __future__ import annotations

from conftest import table_facts
from esep.model import Block, Cell, Document, Provenance, Table
from esep.plugins.events import stats as event_stats
from esep.plugins.facts import plugin as facts
from esep.plugins.facts.departments import caption_department
from esep.registry import Config


def _doc(period: str, paragraphs: list[str], caption: str, *rows: list[str]) -> Document:
    d = Document(id="d", path="d.docx", format="docx", metadata={"period": period})
    for p in paragraphs:
        d.add_block(Block("paragraph", p, Provenance(page=1)))
    d.add_block(Block("heading", caption, Provenance(page=1)))
    d.add_table(Table([Cell(r, k, x) for r, row in enumerate(rows) for k, x in enumerate(row) if x],
                      Provenance(page=1)))
    return d


def _keys(d: Document) -> set:
    return {facts.fact_key(r.values) for r in facts.extract(d, Config()) if r.table == "facts" and r.values["metric"]}


# -- a table captioned with a department -------------------------------------------------------------------------

def test_a_table_captioned_with_a_centre_in_the_nominative_is_that_centres():
    got = table_facts("2021", ["Показатель", "2020 г.", "2021 г."], ["Выполнено справок", "1 410", "1 655"],
                      caption="Центр правовой информации")
    assert ("bibliography.references", 1655.0, "2021", None, "department:центр правовой информации") in got
    assert ("bibliography.references", 1410.0, "2020", None, "department:центр правовой информации") in got
    assert not any(k[2] == "2021" and k[4] is None for k in got)


def test_a_table_captioned_with_a_centres_abbreviation_is_read_through_its_spelled_out_name():
    d = _doc("2021", ["Центр правовой информации (ЦПИ) открыт при центральной библиотеке в 2006 году."],
             "Таблица 3. Основные показатели ЦПИ",
             ["Показатель", "2020 г.", "2021 г."], ["Выполнено справок", "1 410", "1 655"])
    got = _keys(d)
    assert ("bibliography.references", 1655.0, "2021", None, "department:центр правовой информации") in got


def test_a_caption_naming_the_system_by_its_abbreviation_names_no_department():
    text = "Отчет централизованной библиотечной системы (ЦБС) за 2021 год."
    assert caption_department("Основные показатели ЦБС", text) is None
    assert caption_department("Показатели работы отдела обслуживания пользователей", "") \
        == "department:отдел обслуживания пользователей"
    assert caption_department("Основные показатели", "") is None


# -- a culture department's table by kind of institution ---------------------------------------------------------

_KINDS = (["Мекеме түрі", "Мекемелер саны", "Іс-шаралар саны", "Қатысушылар"],
          ["Мәдениет үйлері", "11", "930", "40 200"],
          ["Кітапханалар", "17", "805", "22 640"],
          ["Музей", "1", "64", "8 300"])


def test_the_libraries_row_of_a_table_by_kind_of_institution_gives_the_libraries_figures():
    got = table_facts("2022", *_KINDS, caption="Мәдениет мекемелерінің көрсеткіштері")
    assert ("libraries.count", 17.0, "2022", None, None) in got
    assert ("events.actual", 805.0, "2022", None, None) in got
    assert ("events.participants", 22640.0, "2022", None, None) in got
    # the house of culture's and the museum's figures are no library indicator
    assert not any(k[1] in (11.0, 930.0, 40200.0, 1.0, 64.0, 8300.0) for k in got)


def test_a_table_by_kind_of_institution_is_no_table_of_events_by_form():
    d = _doc("2022", [], "Мәдениет мекемелерінің көрсеткіштері", *_KINDS)
    assert not [r for r in event_stats.extract(d, Config()) if r.table == "event_stats"]


def test_event_forms_naming_a_theatre_or_a_museum_stay_forms():
    got = table_facts("2022", ["Форма мероприятия", "Количество", "Участники"],
                      ["Театрализованные представления", "12", "340"],
                      ["Музейные уроки", "8", "190"],
                      ["Библиотечные уроки", "21", "460"])
    assert not any(k[0] == "libraries.count" for k in got)
    assert not any(k[1] in (21.0, 460.0) for k in got)


def test_a_centre_that_is_the_reporting_institution_is_no_department():
    text = "Информационно-библиотечный центр Кашкадарьинской области (ИБЦ) обслуживает жителей города."
    assert caption_department("Основные показатели ИБЦ", text) is None
    assert caption_department("Показатели работы Информационно-библиотечного центра области", text) is None
    d = _doc("2016", [text], "Основные показатели ИБЦ",
             ["Показатели", "2015 г.", "2016 г."], ["Книговыдача", "288 400", "301 150"])
    assert ("loans.total", 301150.0, "2016", None, None) in _keys(d)


def test_a_centre_as_a_place_heads_no_item():
    from conftest import prose_facts
    got = prose_facts("2021", "В областном центре число пользователей – 7 450.")
    assert ("users.registered", 7450.0, "2021", None, None) in got
