"""Title blocks of shapes the rules were not first written on: a period no code
says (a month, a span of years, a school year), the founder's department above
the title, fuzzy matching within one kind, hyphenated places, a library named
after a person with a first name written out, a library keyed by its system's
place, a school keyed with its town, and a post in a signature."""

from __future__ import annotations

from conftest import paragraphs_doc
import pytest

from esep.model import Document
from esep.plugins import metadata
from esep.plugins.organizations import parse_name, resolve
from esep.registry import Config

RU_BODY = "За отчётный период зарегистрировано 1 204 пользователя, выдано 20 118 экз., посещений – 9 870."
KK_BODY = "Есепті кезеңде 1 204 оқырман тіркелді, кітап берілімі 20 118 дана, келу саны 9 870."


def _doc(*paragraphs: str):
    return paragraphs_doc(*paragraphs)


def _prepared(registry, *paragraphs: str) -> Document:
    d = _doc(*paragraphs)
    registry.hook.prepare_document(document=d, config=Config())
    return d


# -- A: a period no code says -------------------------------------------------------------

@pytest.mark.parametrize("lines, phrase", [
    (["ИНФОРМАЦИЯ", "о работе Центральной районной библиотеки им. А.С. Пушкина", "за январь 2024 года"],
     "за январь 2024 года"),
    (["ОТЧЁТ", "о работе ГУ «ЦБС» акимата Тайыншинского района", "за декабрь 2023 года"], "за декабрь 2023 года"),
    (["Ұзынкөл аудандық ОКЖ-ның", "2024 жылғы қаңтар айындағы жұмысы туралы", "АҚПАРАТ"],
     "2024 жылғы қаңтар айындағы"),
    (["Справка", "о работе сельских библиотек в марте 2022 г."], "в марте 2022 г."),
    (["АНАЛИЗ", "работы библиотек ЦБС Жамбылского района", "за 2021–2023 годы"], "за 2021–2023 годы"),
    (["Шет аудандық ОКЖ-ның", "2022-2023 жылдардағы жұмысы туралы", "ТАЛДАУ"], "2022-2023 жылдардағы"),
    (["Отчёт", "о работе школьной библиотеки", "за 2023–2024 учебный год"], "за 2023–2024 учебный год"),
    (["ОТЧЁТ", "библиотеки КГУ «Школа-гимназия № 3» города Петропавловска", "за 2022/2023 учебный год"],
     "за 2022/2023 учебный год"),
    (["Мектеп кітапханасының", "2020-2021 оқу жылындағы жұмысы туралы есеп"], "2020-2021 оқу жылындағы"),
])
def test_a_month_a_span_of_years_or_a_school_year_gives_no_period(lines, phrase, registry):
    d = _prepared(registry, *lines, RU_BODY)
    assert d.metadata.get("period") is None
    assert d.metadata["period_text"] == phrase  # kept as written
    assert any(phrase in str(w) and "NoPeriod" in str(w) for w in metadata.warnings(d, Config()))


@pytest.mark.parametrize("lines, period", [
    (["ИНФОРМАЦИЯ", "о работе за январь–сентябрь 2024 года", "", "г. Каракол, 2024"], "2024-9M"),
    (["2024 жылғы қаңтар-маусым айларындағы", "жұмысы туралы есеп"], "2024-H1"),
    (["ОТЧЁТ", "о работе ЦБС с 01.01.2023 по 30.06.2023"], "2023-H1"),
    (["ОТЧЁТ о работе ЦБС за 2023 год и план на 2024 год"], "2023"),
    (["ОТЧЁТ", "о работе ЦБС за 2023 год", "Караганда, январь 2024"], "2023"),  # the month it was written
    (["ОТЧЁТ", "о работе ЦБС за III квартал 2022 года"], "2022-Q3"),
    (["ЕСЕП", "2019 жылдың 9 айындағы жұмысы туралы"], "2019-9M"),
    (["ОТЧЁТ", "за I полугодие 2021 года"], "2021-H1"),
])
def test_the_periods_a_code_says_are_still_read(lines, period, registry):
    d = _prepared(registry, *lines, RU_BODY)
    assert d.metadata["period"] == period
    assert "period_text" not in d.metadata


# -- B: the founder above the title --------------------------------------------------------

@pytest.mark.parametrize("lines, key", [
    (["ГУ «Отдел культуры и развития языков акимата Узункольского района»", "ОТЧЁТ",
      "о работе Узункольской районной детской библиотеки", "за 2023 год"], "uzinkol-district-children"),
    (["«Ұзынкөл ауданының мәдениет және тілдерді дамыту бөлімі» ММ", "Ұзынкөл аудандық балалар кітапханасының",
      "2023 жылғы жұмысы туралы", "ЕСЕП"], "uzinkol-district-children"),
    (["ГУ «Управление культуры акимата Костанайской области»", "ОТЧЁТ",
      "Костанайской областной детской библиотеки", "за 2022 год"], "kostanai-region-children"),
])
def test_the_founder_above_the_title_gives_way_to_the_library_the_title_names(lines, key, registry):
    d = _prepared(registry, *lines, RU_BODY)
    assert parse_name(d.metadata["organization"]).key == key


def test_a_founder_is_the_organization_when_the_title_names_no_library(registry):
    d = _prepared(registry, "ГУ «Отдел культуры и развития языков акимата Узункольского района»", "ОТЧЁТ",
                  "о работе за 2023 год", RU_BODY)
    assert d.metadata["organization"].startswith("ГУ «Отдел культуры")


# -- C: fuzzy matching within one kind ----------------------------------------------------

DEPARTMENT = ("uzunkol-district-org", "ГУ «Отдел культуры и развития языков акимата Узункольского района»")


@pytest.mark.parametrize("name, key", [
    ("Ұзынкөл аудандық ОКЖ", "uzinkol-district-cbs"),
    ("Узункольская районная детская библиотека", "uzinkol-district-children"),  # Узунколь is Ұзынкөл
])
def test_a_library_is_never_joined_to_a_department_of_its_place(name, key):
    assert resolve(name, [DEPARTMENT]).organization_id == key


def test_a_library_system_still_joins_a_system_of_its_place():
    got = resolve("Балхашская ЦБС", [("balkash-city-cbs", "«Балқаш қаласының орталықтандырылған кітапхана жүйесі» КММ")])
    assert (got.organization_id, got.method) == ("balkash-city-cbs", "fuzzy")


def test_a_short_place_joins_only_a_place_spelt_alike():
    # the Kazakh Ақсу district and the Kyrgyz Ак-Суу district differ by one letter of five
    ak_suu = ("aksui-district-cbs", "Ак-Суйской районной централизованной библиотечной системы")
    assert resolve("«Ақсу ауданының орталықтандырылған кітапхана жүйесі» КММ", [ak_suu]).organization_id \
        == "aksu-district-cbs"


# -- D: hyphenated places --------------------------------------------------------------------

@pytest.mark.parametrize("names", [
    ["Кара-Балтинская городская централизованная библиотечная система", "ЦБС г. Кара-Балты",
     "Кара-Балтинской городской ЦБС"],
    ["МБУК «Централизованная библиотечная система» г. Усть-Илимска", "ЦБС города Усть-Илимск"],
    ["Иссык-Кульская областная библиотека им. Ч. Айтматова", "Иссык-Кульской областной библиотеки им. Ч. Айтматова"],
])
def test_a_hyphenated_place_keeps_both_parts_in_its_case_forms(names):
    keys = {parse_name(n).key for n in names}
    assert len(keys) == 1
    place = parse_name(names[0]).place
    assert len(place) >= 7 and place[:3] in ("kar", "ust", "iss")


@pytest.mark.parametrize("name, start", [
    ("Ак-Суйской районной централизованной библиотечной системы", "aks"),
    ("Южно-Сахалинской городской библиотеки им. А. П. Чехова", "iuzhno"),
])
def test_the_first_part_of_a_hyphenated_place_is_kept(name, start):
    assert parse_name(name).place.startswith(start)


def test_a_library_s_hyphenated_words_are_no_place():
    assert parse_name("Библиотека-Филиал № 5 ЦБС г. Кургана").place == "kurgan"


# -- E: named after a person ----------------------------------------------------------------

@pytest.mark.parametrize("text, kind, person", [
    ("о деятельности Ферганского областного информационно-библиотечного центра имени Алишера Навои за 2023 год",
     "library", "nav"),
    ("о работе Национальной библиотеки Кыргызской Республики имени Чингиза Айтматова за 2023 год",
     "library", "aitmatov"),
    ("о работе Центральной городской библиотеки имени Мухтара Ауэзова за 2021 год", "central", "auezov"),
])
def test_a_first_name_written_out_before_the_surname(text, kind, person):
    org = metadata._org_phrase(text)
    assert org is not None
    name = parse_name(org)
    assert (name.kind, name.named) == (kind, person)


def test_a_place_after_the_person_is_the_place():
    name = parse_name("Библиотека имени Пушкина Тарского района")
    assert (name.named, name.place, name.level) == ("pushkin", "tar", "district")
    assert parse_name("Библиотека им. Островского").named == "ostrovskog"


# -- F: keys with no place of their own -----------------------------------------------------

@pytest.mark.parametrize("lines, key, parent", [
    (["ИНФОРМАЦИЯ", "о работе Центральной районной библиотеки им. А.С. Пушкина",
      "МКУК «Межпоселенческая централизованная библиотечная система» Тарского района", "за 2024 год"],
     "tar-district-central-pushkin", "tar-district-cbs"),
    (["ОТЧЁТ", "о работе Детской библиотеки им. С.Я. Маршака МБУК «ЦБС» г. Кургана", "за 2022 год"],
     "kurgan-city-children-marshak", "kurgan-city-cbs"),
])
def test_a_named_library_without_a_place_takes_its_system_s(lines, key, parent, registry):
    d = _prepared(registry, *lines, RU_BODY)
    assert (d.metadata["organization_id"], d.metadata["organization_parent_id"]) == (key, parent)


@pytest.mark.parametrize("line, key", [
    ("КГУ «Общеобразовательная школа № 12» отдела образования города Костаная", "kostanai-city-org-n12"),
    ("ГУ «Средняя школа № 5» управления образования города Рудного", "rudn-city-org-n5"),
])
def test_a_school_keeps_the_town_written_after_its_founder(line, key):
    d = _doc("Отчёт", "о работе школьной библиотеки", line, "за 2023 год", RU_BODY)
    assert parse_name(metadata.detect_organization(d)).key == key


# -- G: a post in a signature ---------------------------------------------------------------

@pytest.mark.parametrize("signature, org", [
    ("Заведующая Новопокровской сельской библиотекой _________ Т.В. Ищенко", "Новопокровской сельской библиотекой"),
    ("Зав. Берёзовской сельской библиотекой ____ А.А. Иванова", "Берёзовской сельской библиотекой"),
    ("Кітапхана меңгерушісі Жаңаауыл ауылдық кітапханасының", "Жаңаауыл ауылдық кітапханасы"),
])
def test_the_post_in_a_signature_is_no_part_of_the_name(signature, org):
    assert metadata._org_phrase(signature) == org


# -- a group of libraries before the system they belong to ------------------------------------------------------

@pytest.mark.parametrize("title, org", [
    ("Справка о работе сельских библиотек Таласской районной централизованной библиотечной системы за 2021 год",
     "Таласской районной централизованной библиотечной системы"),
    ("Информация о работе библиотек-филиалов Сосновской межпоселенческой ЦБС за 1 полугодие 2022 года",
     "Сосновской межпоселенческой ЦБС"),
])
def test_a_group_of_libraries_is_no_organization_the_system_after_it_is(title, org):
    assert metadata.detect_organization(_doc(title, RU_BODY)) == org


def test_a_group_of_libraries_alone_names_no_organization():
    assert metadata.detect_organization(_doc("Отчет о работе сельских библиотек района за 2021 год", RU_BODY)) is None


# -- a library named by its kind alone above a title that says whose it is; the libraries of a place -------------

def test_a_library_of_an_institution_in_the_title_beats_its_kind_alone_above():
    d = _doc("НАУЧНАЯ БИБЛИОТЕКА", "Отчёт о работе научной библиотеки Павлодарского педагогического университета "
             "имени Ә. Марғұлана за 2021 год", RU_BODY)
    org = metadata.detect_organization(d)
    assert org == "научной библиотеки Павлодарского педагогического университета имени Ә. Марғұлана"
    assert parse_name(org).place is not None


def test_the_libraries_of_a_district_in_the_title_are_the_organization_not_a_library_of_its_list():
    d = _doc("Информация о работе библиотек Кочкорского района за 2016 год",
             "1) Сеть составляют 19 библиотек: центральная районная библиотека, детская библиотека и 17 сельских.",
             RU_BODY)
    assert metadata.detect_organization(d) == "библиотек Кочкорского района"
    d = _doc("Отчет о работе сельских библиотек Кочкорского района за 2016 год", RU_BODY)
    assert metadata.detect_organization(d) != "библиотек Кочкорского района"


def test_a_legal_form_written_out_before_the_quotes_is_a_form_with_the_town_after():
    d = _doc("Коммунальное государственное учреждение «Гимназия № 8» отдела образования города Экибастуза",
             "Анализ работы школьной библиотеки КГУ «Гимназия № 8» за 2021 год", RU_BODY)
    assert parse_name(metadata.detect_organization(d)).place is not None
