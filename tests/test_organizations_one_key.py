"""One library, one key: the case forms of a Kazakh word and the two languages' names of a district named
after a person give one key; two different libraries keep two."""

import itertools

import pytest

from esep.plugins.organizations import parse_name, word_stem


def _keys(names):
    return {parse_name(n).key for n in names}


@pytest.mark.parametrize("names", [
    # п -> б before a vowel: мектеп, мектебі, мектебінің
    ("№ 7 мектеп кітапханасы", "№ 7 мектебінің кітапханасы", "№ 7 мектебі кітапханасы", "№ 7 мектептің кітапханасы"),
    ("№ 2 гимназия мектебінің кітапханасы", "№ 2 гимназия мектеп кітапханасы"),
])
def test_kazakh_voiced_stem_is_the_nominatives(names):
    assert len(_keys(names)) == 1


def test_the_alternation_is_read_in_kazakh_names_only():
    assert word_stem("mektebinin", kazakh=True) == word_stem("mektep", kazakh=True) == "mektep"
    assert word_stem("ortaligi", kazakh=True) == "ortalik"
    # a Russian word keeps its letters: "книги" is no "кник"
    assert word_stem("knigi") == "knig"
    assert parse_name("Дом книги").key == parse_name("Дом книга").key


def test_schools_of_other_numbers_stay_apart():
    assert parse_name("№ 7 мектебінің кітапханасы").key != parse_name("№ 8 мектеп кітапханасы").key


@pytest.mark.parametrize("names", [
    ("Абай ауданының ОКЖ", "ЦБС Абайского района", "ЦБС района имени Абая"),
    ("Жамбыл ауданы ОКЖ", "Жамбылский район ЦБС", "ЦБС Жамбылского района"),
    ("Мағжан Жұмабаев ауданы ОКЖ", "ЦБС района Магжана Жумабаева", "ЦБС района имени Магжана Жумабаева",
     "Мағжан Жұмабаев ауданының орталықтандырылған кітапхана жүйесі"),
    ("Бейімбет Майлин ауданының ОКЖ", "Централизованная библиотечная система района Беимбета Майлина"),
])
def test_a_district_named_after_a_person_meets_across_languages(names):
    keys = _keys(names)
    assert len(keys) == 1
    assert parse_name(names[0]).level == "district"


def test_a_library_named_after_a_person_is_no_district_of_that_name():
    library = parse_name("Центральная районная библиотека имени Абая")
    assert library.place is None and library.named
    assert library.key != parse_name("ЦБС района имени Абая").key


@pytest.mark.parametrize("a, b", [
    ("Абай облысы Абай ауданының ОКЖ", "Қарағанды облысы Абай ауданының ОКЖ"),
    ("Абай облысы Абай ауданының ОКЖ", "ЦБС Абайского района Карагандинской области"),
    ("Алматы облысы Жамбыл ауданы ОКЖ", "ЦБС Жамбылского района Жамбылской области"),
    ("Мағжан Жұмабаев ауданы ОКЖ", "Бейімбет Майлин ауданының ОКЖ"),
])
def test_districts_of_one_name_in_two_regions_stay_apart(a, b):
    assert parse_name(a).key != parse_name(b).key


def test_the_abai_district_of_abai_region_in_both_languages():
    assert parse_name("Абай облысы Абай ауданының ОКЖ").key == parse_name("ЦБС Абайского района Абайской области").key


def test_every_pair_of_different_districts_keeps_its_own_key():
    names = ["Абай ауданының ОКЖ", "Жамбыл ауданы ОКЖ", "Мағжан Жұмабаев ауданы ОКЖ", "Бейімбет Майлин ауданының ОКЖ"]
    for a, b in itertools.combinations(names, 2):
        assert parse_name(a).key != parse_name(b).key


def test_a_district_with_its_adjective_keeps_it_before_a_persons_name():
    name = parse_name("Библиотека Абайского района имени Жамбыла")
    assert name.place == "abai" and name.named == "zhambil"
    assert name.key != parse_name("Библиотека района имени Жамбыла").key
