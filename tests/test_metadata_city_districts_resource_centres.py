"""Systems of a city's districts ("ЦБС Октябрьского района г. Бишкек", "КГУ
«ЦБС» района имени Казыбек би города Караганды") and the information and
resource centres that are the libraries of Uzbekistan's universities, in
Russian reports of other libraries."""

from __future__ import annotations

from conftest import paragraphs_doc
import pytest

from esep.plugins import metadata
from esep.plugins.organizations import resolve


def _key(name: str | None) -> str | None:
    return resolve(name, []).organization_id if name else None


@pytest.mark.parametrize("name, key", [
    ("Централизованная библиотечная система Октябрьского района г. Бишкек", "bishkek-oktiabr-district-cbs"),
    ("Централизованная библиотечная система Октябрьского района города Бишкек", "bishkek-oktiabr-district-cbs"),
    ("ЦБС Алмалинского района г. Алматы", "almat-almal-district-cbs"),
    # a district's system named with its seat town in the genitive is the district's too; the words do not tell a
    # seat from a city the district is part of, so the town stays beside the district's name
    ("Централизованная библиотечная система Сарысуского района г. Жанатас", "zhanatas-saris-district-cbs"),
])
def test_a_district_followed_by_its_town_is_the_districts(name, key):
    assert _key(name) == key


def test_districts_of_one_name_in_two_cities_are_two_systems():
    bishkek = _key("ЦБС Октябрьского района г. Бишкек")
    grodno = _key("Государственное учреждение культуры «Централизованная библиотечная система Октябрьского района "
                  "г. Гродно»")
    assert bishkek.endswith("-district-cbs") and grodno.endswith("-district-cbs")
    assert bishkek != grodno
    assert grodno == _key("ГУК «ЦБС Октябрьского района г. Гродно»")
    # and resolved against each other, neither takes the other's key
    assert resolve("ГУК «ЦБС Октябрьского района г. Гродно»", [(bishkek, "ЦБС Октябрьского района г. Бишкек")]
                   ).organization_id == grodno


def test_a_town_with_no_district_before_it_stays_the_towns():
    # negative
    assert _key("Централизованная библиотечная система г. Токмок") == "tokmok-city-cbs"
    assert _key("КГУ «Централизованная библиотечная система города Тараз»") == "taraz-city-cbs"


def test_a_district_named_for_a_person_after_a_quoted_system_keeps_its_city():
    d = paragraphs_doc("КГУ «Централизованная библиотечная система» района имени Казыбек би города Караганды",
                       "Информационный отчёт за I квартал 2025 г.", "1. Контрольные показатели", fmt="txt")
    org = metadata.detect_organization(d)
    assert org == "КГУ «Централизованная библиотечная система» района имени Казыбек би города Караганды"
    assert _key(org) == "karagand-kazibek-district-cbs"
    assert _key(org) == _key("Централизованная библиотечная система района имени Казыбек би города Караганды")


def test_a_universitys_information_and_resource_centre_is_its_library():
    d = paragraphs_doc("Информационно-ресурсный центр", "Ташкентского государственного экономического университета",
                       "ОТЧЁТ о работе ИРЦ за 2024 год", "I. Общие сведения", fmt="txt")
    org = metadata.detect_organization(d)
    assert org == "Информационно-ресурсный центр Ташкентского государственного экономического университета"
    assert _key(org) == "tashkent-library"


def test_a_resource_centre_of_no_library_word_elsewhere_is_no_library():
    # negative: a centre of another kind ("ресурсный центр" of a school, no "информационно-") is none
    assert not (_key("Ресурсный центр Ташкентского государственного экономического университета") or "").endswith(
        "-library")


@pytest.mark.parametrize("title, key", [
    ("Централизованная библиотечная система Октябрьского района г. Бишкек", "bishkek-oktiabr-district-cbs"),
    ("ЦБС Октябрьского района города Бишкек", "bishkek-oktiabr-district-cbs"),
    # negative: a district with no city after it, and a district's oblast after it, keep their keys
    ("Централизованная библиотечная система Сарысуского района", "saris-district-cbs"),
    ("ЦБС Жамбылского района Северо-Казахстанской области", "zhambil-soltustikkazakstan-district-cbs"),
])
def test_an_unquoted_districts_city_is_read_with_its_name(title, key):
    d = paragraphs_doc(title, "Информация о работе за 1-й квартал 2025 г.",
                       "В первом квартале 2025 года 9 библиотек ЦБС обслужили 7 436 пользователей.", fmt="txt")
    assert _key(metadata.detect_organization(d)) == key
