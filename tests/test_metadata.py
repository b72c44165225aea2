"""Report metadata: period, organization and language of a report."""

from __future__ import annotations

import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from esep.model import Block, Document
from esep.plugins import metadata
from esep.plugins.text import loader as text_loader
from esep.plugins.lang.dates import find_dates
from esep.plugins.lang.numbers import find_partitive_numbers
from esep.plugins.lang.periods import find_periods, parse_period
from esep.registry import Config

from conftest import SEED_TXT


def _doc(*paragraphs: str) -> Document:
    d = Document(id="x", path="x.txt", format="txt")
    for p in paragraphs:
        d.add_block(Block("paragraph", p))
    return d


def test_seed_metadata(registry):
    d = text_loader.load(SEED_TXT, Config())
    registry.hook.prepare_document(document=d, config=Config())
    m = d.metadata
    assert (m["period"], m["period_start"], m["period_end"]) == ("2018-H1", "2018-01-01", "2018-06-30")
    # Kazakh prose; Russian only in quoted titles and cited newspaper articles
    assert m["language"] == "kk"
    assert m["organization"].startswith("«") and m["organization"].endswith("» КММ")
    assert "кітапхана жүйесі" in m["organization"]


@pytest.mark.parametrize("title, code", [
    ("2018 жылдың 1-ші жарты жылдығына арналған «Х ауданының кітапхана жүйесі» КММ жұмысы туралы есеп", "2018-H1"),
    ("2019 жылдың екінші жартыжылдығындағы жұмыс туралы ақпарат", "2019-H2"),
    ("2020 жылдың 3 тоқсанындағы есеп", "2020-Q3"),
    ("2021 жылдың 9 айындағы есеп", "2021-9M"),
    ("Отчёт о работе за первое полугодие 2018 года", "2018-H1"),
    ("Информация о работе библиотек за 9 месяцев 2019 г.", "2019-9M"),
    ("Отчет ЦБС за II полугодие 2017 г.", "2017-H2"),
    ("Отчет о работе за 2016 год", "2016"),
    ("Итоги работы за 6 месяцев 2022 года", "2022-H1"),
])
def test_period_wording(title, code):
    d = _doc("Мәдениет бөліміне", title, "Кадрлар")
    assert metadata.detect_period(d).code == code


def test_part_of_year_beats_bare_year_in_title_area():
    d = _doc("2018 жылғы есеп", "2018 жылдың 1-ші жарты жылдығы")
    assert metadata.detect_period(d).code == "2018-H1"


def test_periods_without_a_year_take_the_default():
    got = [(p.period.code, p.explicit_year) for p in find_periods("1-ші ж/ж түсті, за 9 месяцев, 2-ші жарты жылдықта", 2018)]
    assert got == [("2018-H1", False), ("2018-9M", False), ("2018-H2", False)]
    assert find_periods("1-ші ж/ж түсті") == []  # no default year: not a period
    assert parse_period("2017 жылдың 6 айына дейін").code == "2017-H1"


def test_dates_and_possessive_numerals():
    assert [d.iso for d in find_dates("2018.07.01. құрайды, на 01.01.2019 г., 16 наурызда", 2018)] == [
        "2018-07-01", "2019-01-01", "2018-03-16"]
    assert [n.value for n in find_partitive_numbers("олардың 10-ы, 13-і қызметкер, 1-ші жарты")] == [10, 13]


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet="0123456789 .,-–/()ж/жшіылдқаймесяцполугодие№тенгедана", max_size=60),
       st.one_of(st.none(), st.integers(1800, 2200)))
def test_new_parsers_are_total(text, year):
    find_periods(text, year)
    find_dates(text, year)
    find_partitive_numbers(text)


@pytest.mark.parametrize("text, org", [
    ("Отчёт о работе КГУ «Централизованная библиотечная система города Н» за 2019 год",
     "КГУ «Централизованная библиотечная система города Н»"),
    ("«Ауыл ауданының орталықтандырылған кітапхана жүйесі» ММ 2019 жылғы есебі",
     "«Ауыл ауданының орталықтандырылған кітапхана жүйесі» ММ"),
    ("Жаңаөзен қалалық орталықтандырылған кітапхана жүйесі 2019 жылғы есеп",
     "Жаңаөзен қалалық орталықтандырылған кітапхана жүйесі"),
])
def test_organization(text, org):
    assert metadata.detect_organization(_doc(text)) == org


def test_language_kk_ru_both():
    kk = "Кітапханада оқырмандарға арналған көрме ұйымдастырылды және балалар қатысты."
    ru = "В библиотеке прошла выставка для читателей, в которой приняли участие дети."
    assert metadata.detect_language(_doc(kk, kk, kk)) == "kk"
    assert metadata.detect_language(_doc(ru, ru)) == "ru"
    assert metadata.detect_language(_doc(kk, ru)) == "both"
    # a Kazakh report citing Russian articles stays Kazakh
    cite = "Иванова, А. Будущее за информационными технологиями / А.Иванова // Газета. - 2018. - С. 1."
    assert metadata.detect_language(_doc(kk, kk, cite, cite, cite)) == "kk"


def test_documents_columns(cli_runner, tmp_path):
    db = tmp_path / "m.db"
    res = cli_runner("ingest", SEED_TXT, "--db", db)
    assert res.exit_code == 0, res.output
    conn = sqlite3.connect(db)
    row = conn.execute("select organization, period, period_start, period_end, language from documents").fetchone()
    conn.close()
    assert row[1:] == ("2018-H1", "2018-01-01", "2018-06-30", "kk")
    assert "кітапхана жүйесі" in row[0]
