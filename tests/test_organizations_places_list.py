"""The list of places of Kazakhstan (``schemas/places_kz.json``) holds every region of the division since
2022 with its centre, the cities of republican significance and the towns of regional significance, so
that a town's Russian name and its Kazakh one, or its former name, give one key."""

import pytest
from esep.plugins.lang.names import places_kz
from esep.plugins.organizations import parse_name

#: the seventeen regions since 2022 and the town each is governed from
CENTRES = {"Абай": "Семей", "Ақмола": "Көкшетау", "Ақтөбе": "Ақтөбе", "Алматы": "Қонаев", "Атырау": "Атырау",
           "Батыс Қазақстан": "Орал", "Жамбыл": "Тараз", "Жетісу": "Талдықорған", "Қарағанды": "Қарағанды",
           "Қостанай": "Қостанай", "Қызылорда": "Қызылорда", "Маңғыстау": "Ақтау", "Павлодар": "Павлодар",
           "Солтүстік Қазақстан": "Петропавл", "Түркістан": "Түркістан", "Ұлытау": "Жезқазған",
           "Шығыс Қазақстан": "Өскемен"}


def test_every_region_and_its_centre_is_listed():
    data = places_kz()
    assert {e["kk"] for e in data["regions"]} == set(CENTRES)
    towns = {e["kk"] for e in data["cities"]}
    assert set(CENTRES.values()) <= towns
    assert {"Астана", "Алматы", "Шымкент"} <= towns  # the cities of republican significance


def test_every_town_has_a_kazakh_and_a_russian_name_once():
    towns = places_kz()["cities"]
    assert all(e.get("kk") and e.get("ru") for e in towns)
    assert len({e["kk"] for e in towns}) == len(towns)


@pytest.mark.parametrize("names", [
    ["Қарағанды қаласының ОКЖ", "ЦБС города Караганды", "Карагандинская городская ЦБС"],
    ["Павлодар қалалық балалар кітапханасы", "Детская библиотека г. Павлодара", "Павлодарская городская детская библиотека"],
    ["Сәтбаев қаласының ОКЖ", "ЦБС г. Сатпаева", "Сатпаевская городская ЦБС"],
    ["Ақсу қаласының ОКЖ", "ЦБС города Аксу", "ЦБС г. Ермака", "Ермаковская городская ЦБС"],
    ["Алтай қаласының ОКЖ", "ЦБС города Зыряновска", "Зыряновская городская ЦБС"],
    ["Қазалы аудандық ОКЖ", "Казалинская районная ЦБС", "ЦБС Казалинского района"],
    ["Байқоңыр қаласының ОКЖ", "ЦБС г. Байконура", "ЦБС г. Ленинска"],
])
def test_a_towns_names_in_both_languages_and_of_before_give_one_key(names):
    keys = {parse_name(n).key for n in names}
    assert len(keys) == 1, keys


def test_a_name_a_town_and_a_district_both_bear_gives_no_level_of_itself():
    # Балқаш is a town of Қарағанды region and a district of Алматы region: a name with no level word is either
    assert parse_name("Балхашская ЦБС").level is None
    assert parse_name("ЦБС города Балхаша").key != parse_name("ЦБС Балхашского района").key
    # a town of one level only takes it
    assert parse_name("Темиртауская ЦБС").key == parse_name("Теміртау қаласының ОКЖ").key
