"""Who wrote the report: a department or an akimat's department written on its own line above a title
about its libraries together, and a region's library named by its abbreviation with the region's letters
(ПОУНБ, ВКОУНБ, СКОУНБ, ОДБ) as well as in full."""

from __future__ import annotations

import pytest
from conftest import prepared_paragraphs

from esep.plugins import metadata
from esep.plugins.organizations import parse_name, resolve, resolve_in_document

RU_BODY = "За отчётный период библиотеками зарегистрировано 1 204 пользователя, выдано 20 118 экз., посещений – 9 870."
KK_BODY = "Есепті кезеңде кітапханаларда 1 204 оқырман тіркелді, кітап берілімі 20 118 дана, келу саны 9 870."


def _prepared(registry, *paragraphs: str):
    return prepared_paragraphs(registry, *paragraphs)


# -- a department on its own line above a title about its libraries ---------------------------------

@pytest.mark.parametrize("lines, body, name, key", [
    (["Управление культуры, архивов и документации области Абай",
      "Анализ деятельности библиотек области Абай за 2024 год"], RU_BODY,
     "Управление культуры, архивов и документации области Абай", "abai-region-org"),
    (["Отдел культуры и развития языков акимата Жамбылского района Северо-Казахстанской области",
      "Информация о работе библиотек района", "за I полугодие 2024 года"], RU_BODY,
     "Отдел культуры и развития языков акимата Жамбылского района Северо-Казахстанской области",
     "zhambil-soltustikkazakstan-district-org"),
    (["Қызылорда облысы Жаңақорған ауданы әкімдігінің мәдениет және тілдерді дамыту бөлімі",
      "Аудан кітапханаларының 2024 жылғы жұмысы туралы ақпарат"],
     "2024 жылы аудан тұрғындарына 32 кітапхана қызмет көрсетті, оның ішінде 29 ауылдық кітапхана.",
     "Қызылорда облысы Жаңақорған ауданы әкімдігінің мәдениет және тілдерді дамыту бөлімі", "zhanakorgan-district-org"),
    # the department over a title naming its district's libraries together: the department writes
    (["Алматы облысы Талғар ауданы әкімдігінің мәдениет және тілдерді дамыту бөлімі",
      "Талғар ауданы кітапханаларының 2023 жылдың 9 айындағы жұмысы туралы анықтама"], KK_BODY,
     "Алматы облысы Талғар ауданы әкімдігінің мәдениет және тілдерді дамыту бөлімі", "talgar-district-org"),
])
def test_a_department_above_a_title_about_its_libraries_wrote_it(lines, body, name, key, registry):
    d = _prepared(registry, *lines, body)
    assert d.metadata["organization"] == name
    assert parse_name(d.metadata["organization"]).key == key


@pytest.mark.parametrize("lines, key", [
    # the title names a library: the department above is its founder, the library reports
    (["Управление культуры акимата Костанайской области", "ОТЧЁТ",
      "о работе Костанайской областной детской библиотеки", "за 2022 год"], "kostanai-region-children"),
    (["Ұзынкөл ауданы әкімдігінің мәдениет және тілдерді дамыту бөлімі", "Ұзынкөл аудандық балалар кітапханасының",
      "2023 жылғы жұмысы туралы", "ЕСЕП"], "uzinkol-district-children"),
])
def test_a_department_above_a_title_that_names_a_library_stays_its_founder(lines, key, registry):
    d = _prepared(registry, *lines, RU_BODY)
    assert parse_name(d.metadata["organization"]).key == key


def test_a_department_line_below_the_title_is_not_the_author():
    lines = ["Анализ деятельности библиотек области Абай за 2024 год",
             "Управление культуры, архивов и документации области Абай"]
    assert metadata.founder_above_title(lines) is None


def test_a_line_with_a_library_or_a_figure_is_no_founders_line():
    assert metadata.founder_above_title(["Отдел обслуживания центральной библиотеки", "Отчёт за 2023 год"]) is None
    assert metadata.founder_above_title(["Отдел культуры: 12 библиотек, 3 клуба", "Отчёт за 2023 год"]) is None


# -- a region's library by its abbreviation with the region's letters ---------------------------------

@pytest.mark.parametrize("short, full", [
    ("ПОУНБ им. С. Торайгырова", "Павлодарская областная универсальная научная библиотека им. С. Торайгырова"),
    ("ВКОУНБ им. А.С. Пушкина", "КГУ «Восточно-Казахстанская областная универсальная научная библиотека имени А.С. Пушкина»"),
    ("СКОУНБ им. С. Муканова", "Северо-Казахстанская областная универсальная научная библиотека им. С. Муканова"),
    ("ЗКОУНБ", "Западно-Казахстанская областная универсальная научная библиотека им. Ж. Молдагалиева"),
    ("ОДБ им. Ы. Алтынсарина", "КГУ «Костанайская областная детская библиотека им. Ы. Алтынсарина»"),
])
def test_a_region_library_abbreviated_is_the_same_as_its_full_name(short, full):
    name = parse_name(short)
    assert name.level == "region" and name.place is None  # a region's letter names no one region
    assert name.kind == parse_name(full).kind
    key = resolve(full, []).organization_id
    assert resolve_in_document(short, key, full, []) == key


@pytest.mark.parametrize("short, full", [
    # another person: another library
    ("СКОУНБ им. С. Муканова", "Павлодарская областная универсальная научная библиотека им. С. Торайгырова"),
    # the youth library is not the universal scientific one
    ("ОЮБ", "Павлодарская областная универсальная научная библиотека им. С. Торайгырова"),
    # a children's library is not the universal scientific one
    ("ПОДБ", "Павлодарская областная универсальная научная библиотека"),
])
def test_an_abbreviation_of_another_library_is_not_joined(short, full):
    key = resolve(full, []).organization_id
    assert resolve_in_document(short, key, full, []) != key


def test_an_abbreviated_region_library_in_a_title(registry):
    d = _prepared(registry, "Отчёт ВКОУНБ им. А.С. Пушкина", "за I полугодие 2022 года", RU_BODY)
    assert parse_name(d.metadata["organization"]).kind == "ounb"


def test_a_region_library_quoted_keeps_no_founder_after_it(registry):
    d = _prepared(registry, "КГУ «Костанайская областная детская библиотека им. Ы. Алтынсарина»",
                  "управления культуры акимата Костанайской области", "ОТЧЁТ ОДБ им. Ы. Алтынсарина",
                  "за I квартал 2024 года", RU_BODY)
    assert d.metadata["organization"] == "КГУ «Костанайская областная детская библиотека им. Ы. Алтынсарина»"
    assert parse_name(d.metadata["organization"]).key == "kostanai-region-children-altinsarin"


def test_a_generic_quoted_name_keeps_its_founder_and_place(registry):
    # «ЦБС» names no place: the district written with its founder after it stays part of the name
    d = _prepared(registry, "ОТЧЁТ о работе КГУ «Централизованная библиотечная система» отдела культуры и развития "
                  "языков акимата Аккольского района за 2022 год", RU_BODY)
    assert parse_name(d.metadata["organization"]).key == "akkol-district-cbs"


def test_an_abbreviated_name_gives_way_to_the_same_library_written_out_with_its_place(registry):
    d = _prepared(registry, "Информация о работе СКОУНБ им. С. Муканова", "за 9 месяцев 2023 года",
                  "Северо-Казахстанская областная универсальная научная библиотека им. С. Муканова за девять месяцев "
                  "обслужила 22 310 читателей.")
    assert parse_name(d.metadata["organization"]).key == "soltustikkazakstan-region-ounb-mukanov"
    assert d.metadata["period"] == "2023-9M"


def test_an_abbreviated_name_keeps_itself_when_the_text_names_another_library(registry):
    # another person's library of a region is another library: the title's abbreviation stays
    d = _prepared(registry, "Информация о работе СКОУНБ им. С. Муканова", "за 9 месяцев 2023 года",
                  "Павлодарская областная универсальная научная библиотека им. С. Торайгырова передала "
                  "библиотеке 120 книг.")
    name = parse_name(d.metadata["organization"])
    assert name.named == "mukanov" and name.place is None
