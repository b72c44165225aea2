"""One library, one key, when its place has a Kazakh and a Russian name that are other words, when it was
renamed, when its name has no level word, and when it is a numbered branch named in either language.

The set names libraries as reports written for the purpose name them from year to year: the Kazakh name of
the place and its Russian one (Өскемен and Усть-Каменогорск), a former name (Гурьев, Джамбул, Целиноград), a
library named after a person with no level, a numbered village library in Kazakh ("№ 5 ауылдық", "5-ші
ауылдық") and Russian ("№ 5"). It also holds libraries that must keep two keys: the region's library and
the library of the town that is the region's centre, two districts of one name in two regions, the district
that kept a name its town lost."""

import itertools
import json

import pytest

from esep.plugins.organizations import names_the_place_of, parse_name

LIBRARIES = {
 "oskemen-city-cbs": ["Өскемен қаласының ОКЖ", "ЦБС города Усть-Каменогорска", "Усть-Каменогорская городская ЦБС",
                      "Өскемен қалалық орталықтандырылған кітапхана жүйесі", "Oskemen qalasynyń OKJ"],
 "vko-ounb": ["Шығыс Қазақстан облыстық әмбебап ғылыми кітапханасы",
              "Восточно-Казахстанская областная универсальная научная библиотека",
              "Восточно-Казахстанской областной универсальной научной библиотеки",
              "«Шығыс Қазақстан облыстық әмбебап ғылыми кітапханасы» КММ"],
 "zko-ounb": ["Батыс Қазақстан облыстық әмбебап ғылыми кітапханасы",
              "Западно-Казахстанская областная универсальная научная библиотека",
              "Западно-Казахстанской областной универсальной научной библиотеки"],
 "sko-ounb": ["Солтүстік Қазақстан облыстық әмбебап ғылыми кітапханасы",
              "Северо-Казахстанская областная универсальная научная библиотека"],
 "oral-city-cbs": ["Орал қаласының ОКЖ", "ЦБС города Уральска", "Уральская городская ЦБС", "Орал қалалық ОКЖ-ның"],
 "aktobe-city-children": ["Ақтөбе қалалық балалар кітапханасы", "Актюбинская городская детская библиотека",
                          "Детская библиотека г. Актобе", "Ақтөбе қаласының балалар кітапханасы"],
 "aktobe-ounb": ["Ақтөбе облыстық әмбебап ғылыми кітапханасы", "Актюбинская областная универсальная научная библиотека",
                 "Актюбинской областной универсальной научной библиотеки"],
 "semey-city-children": ["Семей қаласының балалар кітапханасы", "Детская библиотека г. Семей",
                         "Семипалатинская городская детская библиотека", "Детская библиотека города Семипалатинска"],
 "shymkent-city-cbs": ["Шымкент қаласының ОКЖ", "ЦБС города Шымкента", "Шымкентская городская ЦБС",
                       "Чимкентская городская ЦБС", "ЦБС г. Чимкента"],
 "kyzylorda-city-children": ["Қызылорда қалалық балалар кітапханасы", "Кызылординская городская детская библиотека",
                             "Детская библиотека города Кызылорды"],
 "kyzylorda-region-children": ["Қызылорда облыстық балалар кітапханасы", "Кызылординская областная детская библиотека"],
 "astana-city-cbs": ["Астана қаласының ОКЖ", "Нұр-Сұлтан қаласының ОКЖ", "ЦБС города Астаны", "ЦБС города Нур-Султана",
                     "Целиноградская городская ЦБС", "ЦБС г. Акмолы"],
 "akmola-ounb": ["Ақмола облыстық әмбебап ғылыми кітапханасы", "Акмолинская областная универсальная научная библиотека",
                 "Акмолинской областной универсальной научной библиотеки",
                 "Целиноградская областная универсальная научная библиотека"],
 "tselinograd-district-cbs": ["Целиноград аудандық ОКЖ", "Целиноградская районная ЦБС", "ЦБС Целиноградского района"],
 "almaty-city-cbs": ["Алматы қаласының ОКЖ", "ЦБС города Алматы", "ЦБС города Алма-Аты", "Алма-Атинская городская ЦБС",
                     "Алматинская городская ЦБС"],
 "almaty-ounb": ["Алматы облыстық әмбебап ғылыми кітапханасы", "Алматинская областная универсальная научная библиотека",
                 "Алма-Атинская областная универсальная научная библиотека"],
 "atyrau-city-cbs": ["Атырау қаласының ОКЖ", "ЦБС города Атырау", "Гурьевская городская ЦБС", "ЦБС г. Гурьева",
                     "Атырауская городская ЦБС"],
 "atyrau-ounb": ["Атырау облыстық әмбебап ғылыми кітапханасы", "Гурьевская областная универсальная научная библиотека"],
 "taraz-city-children": ["Тараз қалалық балалар кітапханасы", "Детская библиотека г. Тараза",
                         "Джамбулская городская детская библиотека", "Детская библиотека г. Джамбула"],
 "zhambyl-region-children": ["Жамбыл облыстық балалар кітапханасы", "Жамбылская областная детская библиотека",
                             "Джамбулская областная детская библиотека"],
 "petropavl-city-cbs": ["Петропавл қаласының ОКЖ", "ЦБС города Петропавловска", "Петропавловская городская ЦБС"],
 "zhezkazgan-city-cbs": ["Жезқазған қаласының ОКЖ", "ЦБС города Жезказгана", "Жезказганская городская ЦБС",
                         "Джезказганская городская ЦБС"],
 "aktau-city-cbs": ["Ақтау қаласының ОКЖ", "ЦБС города Актау", "ЦБС города Шевченко"],
 "kostanai-city-children": ["Қостанай қалалық балалар кітапханасы", "Костанайская городская детская библиотека",
                            "Кустанайская городская детская библиотека"],
 "kokshetau-city-children": ["Көкшетау қалалық балалар кітапханасы", "Кокшетауская городская детская библиотека",
                             "Кокчетавская городская детская библиотека"],
 "altai-district-cbs": ["Алтай аудандық ОКЖ", "ЦБС Алтайского района", "Зыряновская районная ЦБС",
                        "ЦБС Зыряновского района"],
 "baiterek-district-cbs": ["Бәйтерек аудандық ОКЖ", "Байтерекская районная ЦБС", "Зеленовская районная ЦБС",
                           "ЦБС Зеленовского района"],
 "glubokoe-district-cbs": ["Глубокое аудандық ОКЖ", "Глубоковская районная ЦБС", "ЦБС Глубоковского района"],
 "borli-district-cbs": ["Бөрлі аудандық ОКЖ", "Бурлинская районная ЦБС", "ЦБС Бурлинского района", "Бөрлі ауданының ОКЖ"],
 "ertis-district-cbs": ["Ертіс аудандық ОКЖ", "Иртышская районная ЦБС", "ЦБС Иртышского района"],
 "otyrar-district-cbs": ["Отырар аудандық ОКЖ", "Отрарская районная ЦБС", "ЦБС Отрарского района"],
 "sozak-district-cbs": ["Созақ аудандық ОКЖ", "Сузакская районная ЦБС", "ЦБС Сузакского района"],
 "tulkibas-district-cbs": ["Түлкібас аудандық ОКЖ", "Тюлькубасская районная ЦБС", "ЦБС Тюлькубасского района"],
 "urzhar-district-cbs": ["Үржар аудандық ОКЖ", "Урджарская районная ЦБС", "ЦБС Урджарского района"],
 "kurshim-district-cbs": ["Күршім аудандық ОКЖ", "Курчумская районная ЦБС", "ЦБС Курчумского района"],
 "ile-district-cbs": ["Іле аудандық ОКЖ", "Илийская районная ЦБС", "ЦБС Илийского района"],
 "baianauil-district-cbs": ["Баянауыл аудандық ОКЖ", "Баянаульская районная ЦБС", "ЦБС Баянаульского района"],
 "shyngyrlau-district-cbs": ["Шыңғырлау аудандық ОКЖ", "Чингирлауская районная ЦБС", "ЦБС Чингирлауского района"],
 "abai-library": ["Библиотека им. Абая", "Абай атындағы кітапхана", "Библиотека имени Абая", "Абай атындағы кітапхананың"],
 "zhambyl-zhabayev-library": ["Библиотека им. Жамбыла", "Жамбыл атындағы кітапхана", "Библиотека имени Жамбыла Жабаева"],
 "aksu-village-n5": ["№ 5 ауылдық кітапхана", "Сельская библиотека № 5", "5-ші ауылдық кітапхана-филиалы",
                     "Сельская библиотека-филиал № 5", "№5 ауылдық кітапхананың"],
 "village-n7": ["№ 7 ауылдық кітапхана", "Сельская библиотека № 7", "7-ші ауылдық кітапхана"],
 "city-branch-n3": ["№ 3 қалалық кітапхана-филиалы", "Городская библиотека-филиал № 3", "3-ші қалалық кітапхана-филиал"],
 "zhambyl-district-zhambyl-region": ["Жамбыл облысы Жамбыл ауданының ОКЖ", "ЦБС Жамбылского района Жамбылской области"],
 "zhambyl-district-almaty-region": ["Алматы облысы Жамбыл ауданының ОКЖ", "ЦБС Жамбылского района Алматинской области"],
}


def key_pairs(libraries: dict[str, list[str]]) -> tuple[float, float]:
    """Same-key precision and recall over every pair of forms: a pair of one library should share a key, a
    pair of two should not."""
    forms = [(lib, f) for lib, fs in libraries.items() for f in fs]
    keys = {f: parse_name(f).key for _, f in forms}
    same = [keys[a] == keys[b] for (x, a), (y, b) in itertools.combinations(forms, 2) if x == y]
    apart = [keys[a] != keys[b] for (x, a), (y, b) in itertools.combinations(forms, 2) if x != y]
    shared = sum(same) + apart.count(False)
    return (sum(same) / shared if shared else 1.0), sum(same) / len(same)


def test_one_key_per_library_across_place_names_renamings_and_numbers():
    precision, recall = key_pairs(LIBRARIES)
    # first read 0.862 and 0.366; measured 1.000 and 0.990 (left: "им. Жамбыла" and "имени Жамбыла Жабаева",
    # a first name and a surname of one poet)
    assert precision >= 0.98 and recall >= 0.970, (precision, recall)


@pytest.mark.parametrize("kazakh, russian", [
    ("Өскемен қалалық балалар кітапханасы", "Детская библиотека г. Усть-Каменогорска"),
    ("Орал қаласының ОКЖ", "ЦБС г. Уральска"),
    ("Петропавл қалалық ОКЖ", "Петропавловская городская ЦБС"),
    ("Ертіс ауданының ОКЖ", "ЦБС Иртышского района"),
    ("Күршім аудандық ОКЖ-ның", "Курчумской районной ЦБС"),
])
def test_a_place_named_in_kazakh_and_in_russian_by_other_words_is_one_place(kazakh, russian):
    assert parse_name(kazakh).key == parse_name(russian).key


@pytest.mark.parametrize("former, present", [
    ("ЦБС города Гурьева", "Атырау қаласының ОКЖ"),
    ("ЦБС г. Целинограда", "ЦБС города Астаны"),
    ("ЦБС г. Акмолы", "Нұр-Сұлтан қаласының ОКЖ"),
    ("Джамбулская городская ЦБС", "Тараз қалалық ОКЖ"),
    ("Зыряновская районная ЦБС", "Алтай ауданының ОКЖ"),
    ("Южно-Казахстанская областная детская библиотека", "Түркістан облыстық балалар кітапханасы"),
])
def test_a_renamed_place_keeps_its_libraries_one_key(former, present):
    assert parse_name(former).key == parse_name(present).key


@pytest.mark.parametrize("a, b", [
    # a former name of a town is no name of the region or district that keeps it
    ("Целиноградская городская ЦБС", "Целиноградская районная ЦБС"),
    ("Целиноградская городская ЦБС", "Акмолинская областная детская библиотека"),
    ("Уральская городская ЦБС", "Уральская областная детская библиотека"),
    ("Джамбулская городская детская библиотека", "Джамбулская областная детская библиотека"),
    # the region's library and the library of its centre
    ("Қызылорда облыстық балалар кітапханасы", "Кызылординская городская детская библиотека"),
    ("Алматы облыстық әмбебап ғылыми кітапханасы", "Алматинская городская ЦБС"),
    # regions named by a side of the country and the country
    ("Шығыс Қазақстан облыстық балалар кітапханасы", "Батыс Қазақстан облыстық балалар кітапханасы"),
    ("Солтүстік Қазақстан облыстық балалар кітапханасы", "Восточно-Казахстанская областная детская библиотека"),
    # one district name in two regions, when the title names the region
    ("Алматы облысы Жамбыл ауданының ОКЖ", "ЦБС Жамбылского района Северо-Казахстанской области"),
    ("Ауылдық кітапхана № 5", "Ауылдық кітапхана № 7"),
    ("№ 3 ауылдық кітапхана", "№ 3 қалалық кітапхана-филиалы"),
])
def test_two_places_keep_two_keys(a, b):
    assert parse_name(a).key != parse_name(b).key


def test_a_district_of_a_name_used_in_two_regions_keeps_the_region_written():
    assert parse_name("Алматы облысы Жамбыл ауданының ОКЖ").key == \
        parse_name("ЦБС Жамбылского района Алматинской области").key
    # without its region, the name stays the district's alone
    assert parse_name("Жамбыл аудандық ОКЖ").place == "zhambil"


def test_a_name_with_no_level_takes_the_one_level_its_place_has():
    assert parse_name("Шиелийская ЦБС").key == parse_name("Шиелі аудандық ОКЖ").key
    # Актюбинская is a region's and a town's: no level is guessed
    assert parse_name("Актюбинская ЦБС").level is None


def test_a_place_the_list_does_not_name_keeps_its_own_spelling():
    assert parse_name("ЦБС г. Кара-Балты").place == parse_name("Кара-Балтинская городская ЦБС").place == "karabalt"


@pytest.mark.parametrize("forms", [
    ("№ 5 ауылдық кітапхана", "5-ші ауылдық кітапхана-филиалы", "Сельская библиотека № 5",
     "Сельская библиотека-филиал № 5", "№5 ауылдық кітапхананың"),
    ("4-ші қалалық кітапхана", "Городская библиотека № 4", "Городская библиотека-филиал №4"),
])
def test_a_numbered_library_is_one_key_in_either_language(forms):
    keys = {parse_name(f).key for f in forms}
    assert len(keys) == 1 and keys.pop().endswith(f"-n{parse_name(forms[0]).number}")


def test_a_kazakh_ordinal_is_a_number_not_a_place():
    name = parse_name("5-ші ауылдық кітапхана")
    assert (name.number, name.place, name.level) == ("5", None, "village")
    # a figure with "-ші" inside a date or a decimal is none
    assert parse_name("2,5-ші ауылдық кітапхана").number is None


def test_the_list_of_places_names_its_source_and_licence():
    from importlib import resources

    data = json.loads(resources.files("esep.schemas").joinpath("places_kz.json").read_text(encoding="utf-8"))
    assert "stat.gov.kz" in data["source"] and data["licence"]
    for group in ("regions", "cities", "districts"):
        assert all(e["kk"] and e["ru"] for e in data[group])
    assert all(e.get("region") for e in data["districts"])


def test_a_bare_place_names_its_library_in_either_language():
    # a list of libraries or a gold file may name a library by its place alone
    assert names_the_place_of("Усть-Каменогорск", "Өскемен қаласының ОКЖ")
    assert names_the_place_of("Өскемен", "ЦБС г. Усть-Каменогорска")
    assert not names_the_place_of("Уральск", "Өскемен қаласының ОКЖ")


def test_an_ordinal_is_a_library_number_only_before_the_library_word():
    assert parse_name("12-ші КІТАПХАНА-ФИЛИАЛЫ").number == "12"
    assert parse_name("Аудандық ОКЖ 2-ші тоқсан").number is None
