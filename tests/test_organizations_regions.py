"""A district named with the region it lies in: the district is the place."""

import pytest

from esep.plugins.organizations import parse_name


@pytest.mark.parametrize("with_region, without", [
    ("Информационно-библиотечный центр Ургутского района Самаркандской области",
     "Информационно-библиотечного центра Ургутского района"),
    ("МКУК «Межпоселенческая ЦБС» Усольского района Иркутской области", "Усольская межпоселенческая ЦБС"),
    ("ЦБС Таласского района Таласской области", "Таласская районная ЦБС"),
])
def test_district_then_its_region(with_region, without):
    name = parse_name(with_region)
    assert name.level == "district"
    assert name.key == parse_name(without).key


def test_a_city_in_the_genitive_before_its_region_stays_the_city():
    assert parse_name("Детская библиотека г. Петропавловска Северо-Казахстанской области").place \
        == parse_name("Детская библиотека г. Петропавловска").place
