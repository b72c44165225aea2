"""An information and library centre abbreviated with its level's letter
(РИБЦ: районный ИБЦ, ГИБЦ: городской, ОИБЦ: областной), as Uzbek and Kazakh
reports in Russian name their body in a subject line or under a signature,
is the same body as the centre written out in full, and another one than the
centre of another level of the same place."""

from esep.plugins.organizations import parse_name, resolve, resolve_in_document


def test_a_district_centre_abbreviated_with_its_level_letter_is_the_full_name():
    full = parse_name("Ургутский районный информационно-библиотечный центр")
    for short in ("Ургутский РИБЦ", "Ургутского РИБЦ", "Ургутский районный ИБЦ"):
        got = parse_name(short)
        assert (got.kind, got.level, got.place) == ("library", "district", full.place), short
        assert got.key == full.key, short
    known = [(full.key, full.written)]
    assert resolve("Директор Ургутского РИБЦ", known).organization_id == full.key
    assert resolve_in_document("Ургутский РИБЦ", full.key, full.written) == full.key


def test_the_level_letter_keeps_a_town_and_a_region_apart_from_the_district():
    district = parse_name("Ургутский РИБЦ")
    assert parse_name("Ургутский ГИБЦ").level == "city"
    assert parse_name("Самаркандский ОИБЦ").level == "region"
    assert parse_name("Ургутский ГИБЦ").key != district.key
    # a word that merely ends in the letters is no centre
    assert parse_name("Ургутский рибцех").kind is None


def test_an_abbreviated_central_library_gives_its_level_as_the_words_do():
    district = parse_name("Центральная районная библиотека Тайыншинского района")
    got = parse_name("Тайыншинская ЦРБ")
    assert (got.kind, got.level) == ("central", "district")
    assert got.key == district.key
    town = parse_name("ЦГБ г. Рудного")
    assert (town.kind, town.level) == ("central", "city")
    assert town.key == parse_name("Центральная городская библиотека г. Рудный").key
    # the town's and the district's central libraries of one place are two libraries
    assert parse_name("Тайыншинская ЦГБ").key != got.key
    # the central children's library is a children's library, of its level
    kids = parse_name("ЦГДБ г. Рудного")
    assert (kids.kind, kids.level) == ("children", "city")
    assert kids.key == parse_name("Центральная городская детская библиотека г. Рудный").key
