"""The title block of reports of neighbouring library systems (Russian
districts and towns, Kyrgyz and Kazakh libraries), typed as such reports
write theirs, with the name and key each should give written before esep
read it; at first each gave a wrong one.  A generic quoted name with its
place after it in the genitive, the founder's line above the library's
own, and a place name broken at its hyphen over two lines of a PDF."""

from __future__ import annotations

import pytest

from esep.plugins import metadata
from esep.plugins.organizations import parse_name
from test_metadata_other import _doc


# --- a generic quoted name keeps the place written after it -----------------------------------------------

@pytest.mark.parametrize("title, name", [
    ("о работе МБУК «Централизованная библиотечная система» Соль-Илецкого городского округа Оренбургской области "
     "за 9 месяцев 2024 года",
     # (the oblast above the district goes with it, as written)
     "МБУК «Централизованная библиотечная система» Соль-Илецкого городского округа Оренбургской области"),
    ("Отчёт МКУК «ЦБС» Кувандыкского городского округа за 2023 год", "МКУК «ЦБС» Кувандыкского городского округа"),
    ("Информация о деятельности МБУК «МЦБ» Ивановского сельского поселения за I квартал 2022 г.",
     "МБУК «МЦБ» Ивановского сельского поселения"),
    ("«Орталықтандырылған кітапхана жүйесі» КММ Жаңаарқа ауданы 2023 жылғы есебі",
     "«Орталықтандырылған кітапхана жүйесі» КММ Жаңаарқа ауданы"),
])
def test_a_generic_quoted_name_keeps_the_place_after_it(title, name):
    assert metadata.detect_organization(_doc(title, "Библиотеки обслужили 12 450 пользователей.")) == name


def test_two_towns_systems_of_one_generic_name_are_two_organizations():
    keys = {parse_name(metadata.detect_organization(_doc(t))).key for t in (
        "Отчёт МБУК «Централизованная библиотечная система» Соль-Илецкого городского округа за 2023 год",
        "Отчёт МБУК «Централизованная библиотечная система» Кувандыкского городского округа за 2023 год")}
    assert len(keys) == 2 and all(k.endswith("-cbs") and not k.startswith("tsentral") for k in keys)


# --- the founder's line above the library's own -----------------------------------------------------------

@pytest.mark.parametrize("lines, name", [
    (("Министерство культуры, информации, спорта и молодёжной политики Кыргызской Республики",
      "Иссык-Кульская областная библиотека им. Ч. Айтматова", "Отчёт о работе за I полугодие 2023 года"),
     "Иссык-Кульская областная библиотека им. Ч. Айтматова"),
    (("Управление культуры и архивов Костанайской области",
      "Областная детская библиотека", "Информация о работе за 2022 год"),
     "Областная детская библиотека"),
    (("Қарағанды облысының мәдениет, архивтер және құжаттама басқармасы",
      "Облыстық балалар кітапханасы", "2023 жылғы жұмыс туралы есеп"),
     "Облыстық балалар кітапханасы"),
])
def test_the_founders_line_above_is_no_part_of_the_librarys_name(lines, name):
    assert metadata.detect_organization(_doc(*lines, "Библиотека обслужила 9 614 читателей.")) == name


def test_a_title_broken_after_the_founders_word_keeps_its_place():
    # the founder's words inside the name's own line stay: the place is the library's
    d = _doc("Отчёт о работе КГУ «Централизованная библиотечная система» отдела культуры",
             "акимата Аккольского района за 2022 год")
    assert "Аккольского района" in metadata.detect_organization(d)


# --- a place broken at its hyphen -------------------------------------------------------------------------

@pytest.mark.parametrize("lines, name, key", [
    (("Информационный отчёт ГУ «Централизованная система детских библиотек» акимата города Усть-",
      "Каменогорска за 9 месяцев 2024 года"),
     "ГУ «Централизованная система детских библиотек» акимата города Усть-Каменогорска",
     "oskemen-city-children"),
    # a PDF's text of the same two lines, read as one
    (("Информационный отчёт ГУ «Централизованная система детских библиотек» акимата города Усть- Каменогорска "
      "за 9 месяцев 2024 года",),
     "ГУ «Централизованная система детских библиотек» акимата города Усть-Каменогорска",
     "oskemen-city-children"),
    (("Отчёт МБУК «Централизованная библиотечная система» Соль-",
      "Илецкого городского округа за 2023 год"),
     "МБУК «Централизованная библиотечная система» Соль-Илецкого городского округа", None),
])
def test_a_place_broken_at_its_hyphen_over_two_lines_is_one_word(lines, name, key):
    got = metadata.detect_organization(_doc(*lines, "Библиотеки обслужили 21 640 читателей."))
    assert got == name
    if key:
        assert parse_name(got).key == key


def test_a_dash_between_words_is_no_broken_word():
    d = _doc("Отчёт ЦБС города Павлодара - 2023 год", "Библиотеки обслужили 21 640 читателей.")
    assert metadata.detect_organization(d) == "ЦБС города Павлодара"


@pytest.mark.parametrize("lines, start", [
    (("Информационный отчёт ГУ «Централизованная система детских библиотек» акимата города Усть- Каменогорска "
      "за 9 месяцев 2024 года", "Библиотеки обслужили 21 640 читателей."), "Информационный отчёт"),
    (("Отчёт МБУК «Централизованная библиотечная система» Соль-", "Илецкого городского округа за 2023 год",
      "Библиотеки обслужили 21 640 читателей."), "Отчёт МБУК"),
])
def test_a_name_joined_at_its_hyphen_keeps_the_line_it_was_read_from(lines, start):
    """The name of the title, joined where a line or a PDF broke it, is
    still stored with the block it was read from (its page and place)."""
    from esep.plugins import organizations
    from esep.registry import Config

    d = _doc(*lines)
    d.metadata["organization"] = metadata.detect_organization(d)
    organizations.prepare_document(d, Config())
    rows = list(organizations.extract(d, Config()))
    assert rows
    assert all(r.block == 0 and r.evidence.startswith(start) for r in rows), [(r.block, r.evidence) for r in rows]
