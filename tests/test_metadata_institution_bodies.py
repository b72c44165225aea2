"""The organization of two shapes of title: a library of an institution (a hospital, a plant, a school, a
college), named with the institution it belongs to, and a body that is no library (a district's department
of culture, a regional administration) reporting on its own work, in the genitive before the work."""
from __future__ import annotations

from conftest import paragraphs_doc
import pytest

from esep.plugins import metadata
from esep.plugins.organizations import parse_name


def _doc(*paragraphs: str):
    return paragraphs_doc(*paragraphs)


# -- a library of an institution ----------------------------------------------------------------

@pytest.mark.parametrize("lines, expected", [
    # the institution quoted with its legal form after the library word
    (["ОТЧЁТ", "о работе медицинской библиотеки ГБУЗ «Озёрская городская больница № 2» за 2023 год"],
     "медицинской библиотеки ГБУЗ «Озёрская городская больница № 2»"),
    # a legal form the list of forms knows: the institution is still the library's, not the reporter
    (["Информация о работе технической библиотеки АО «Ключевской механический завод» за 2022 год"],
     "технической библиотеки АО «Ключевской механический завод»"),
    # unquoted, in the genitive after the library word: a hospital, a plant, a numbered school
    (["Отчёт о работе библиотеки Степной областной больницы за 2021 год"],
     "библиотеки Степной областной больницы"),
    (["Отчёт о работе научно-технической библиотеки Лесогорского целлюлозного комбината за 2020 год"],
     "научно-технической библиотеки Лесогорского целлюлозного комбината"),
    (["Отчёт о работе библиотеки средней школы № 7 за 2023-2024 учебный год"],
     "библиотеки средней школы № 7"),
])
def test_a_library_is_named_with_its_institution(lines, expected):
    d = _doc(*lines, "В течение года библиотека обслужила 300 читателей.")
    assert metadata.detect_organization(d) == expected
    assert expected in metadata.organization_names(d)


def test_a_library_of_an_institution_is_not_the_institution():
    # the hospital's name alone would be another organization than its library
    d = _doc("ОТЧЁТ", "о работе библиотеки КГКП «Приозёрная районная больница» за 2024 год")
    org = metadata.detect_organization(d)
    assert org is not None and org.startswith("библиотеки")
    assert parse_name(org).kind == "library"
    assert "КГКП «Приозёрная районная больница»" not in metadata.organization_names(d)


def test_a_quoted_library_after_a_library_word_stays_its_apposition():
    # a quoted name with a library word is no institution: the model library's own name
    d = _doc("Отчёт о работе модельной библиотеки «Сосновская сельская библиотека» за 2022 год")
    assert metadata.detect_organization(d) == "«Сосновская сельская библиотека»"


def test_a_library_after_a_founder_department_does_not_take_the_department():
    d = _doc("Отчёт о работе центральной библиотеки ГУ «Отдел культуры Берёзовского района» за 2022 год")
    org = metadata.detect_organization(d)
    assert org is None or "Отдел культуры" not in org


# -- a body reporting on its work --------------------------------------------------------------

@pytest.mark.parametrize("lines, expected", [
    (["Талдыбұлақ ауданы мәдениет және тілдерді дамыту бөлімінің 2023 жылғы жұмысы туралы", "АҚПАРАТ"],
     "Талдыбұлақ ауданы мәдениет және тілдерді дамыту бөлімі"),
    # an addressee above it, in the dative, is no part of the name
    (["Талдыбұлақ аудандық мәслихатының кезектен тыс сессиясына",
      "Талдыбұлақ ауданы мәдениет, спорт және туризм бөлімінің 2024 жылғы қызметі туралы есеп"],
     "Талдыбұлақ ауданы мәдениет, спорт және туризм бөлімі"),
    (["Көлді облысы мәдениет басқармасының 2022 жылы атқарылған жұмысы туралы"],
     "Көлді облысы мәдениет басқармасы"),
    (["Отчёт отдела культуры и спорта Талдинского района о работе за 2023 год"],
     "Отдел культуры и спорта Талдинского района"),
    (["Информация о работе управления культуры Озёрной области за 2022 год"],
     "Управление культуры Озёрной области"),
])
def test_a_body_in_the_genitive_before_its_work_reports(lines, expected):
    d = _doc(*lines, "Ауданда 18 кітапхана, 12 мәдениет үйі жұмыс істейді.")
    assert metadata.detect_organization(d) == expected
    assert metadata.organization_names(d) == [expected]
    assert parse_name(expected).place is not None


def test_a_library_in_the_title_wins_over_the_body_rule():
    d = _doc("Талдыбұлақ аудандық орталықтандырылған кітапхана жүйесінің 2023 жылғы жұмысы туралы есеп")
    org = metadata.detect_organization(d)
    assert org is not None and "бөлім" not in org and parse_name(org).kind == "cbs"


def test_a_department_s_library_is_no_department():
    # the library of the department reports, not the department
    assert metadata.reporting_body(["Талдыбұлақ ауданы мәдениет бөлімінің кітапханасының 2023 жылғы жұмысы туралы"]) \
        is None


def test_a_title_naming_no_body_names_none():
    assert metadata.reporting_body(["2023 жылғы жұмысы туралы есеп"]) is None
    assert metadata.reporting_body(["Отчёт о работе за 2023 год"]) is None
