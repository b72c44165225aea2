"""Names of libraries written in capitals with a hyphenated compound of their
kind ("ИНФОРМАЦИОННО-БИБЛИОТЕЧНЫЙ ЦЕНТР"), and a city's "Библиотечная
информационная система", as reports of Uzbekistan and Russia title them."""

import pytest

from esep.plugins.organizations import resolve


@pytest.mark.parametrize("capitals, written", [
    ("ИНФОРМАЦИОННО-БИБЛИОТЕЧНЫЙ ЦЕНТР ЧУСТСКОГО РАЙОНА", "Информационно-библиотечный центр Чустского района"),
    ("БИБЛИОТЕЧНО-ИНФОРМАЦИОННЫЙ ЦЕНТР ПОСЕЛКА ТАЛИЦА", "Библиотечно-информационный центр поселка Талица"),
])
def test_a_title_in_capitals_keeps_the_kind_of_its_hyphenated_compound(capitals, written):
    key = resolve(capitals, []).organization_id
    assert key == resolve(written, []).organization_id
    assert key.endswith("-library")


def test_a_hyphenated_place_in_capitals_is_still_one_place():
    assert resolve("КАРА-БАЛТИНСКАЯ ЦБС", []).organization_id == resolve("Кара-Балтинская ЦБС", []).organization_id


def test_a_library_information_system_is_a_library_system():
    key = resolve("МБУК «Библиотечная информационная система» города Рубцовска", []).organization_id
    assert key == "rubtsov-city-cbs"
    assert resolve("Информационная система города Рубцовска", []).organization_id != key
