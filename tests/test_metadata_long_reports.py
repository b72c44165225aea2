"""Long reports: an approval block above the title, the founder's department
and district after (or, in Kazakh, before) the quoted name, a district's
central library, a short place name, and Kazakh prose with Russian tables."""

from __future__ import annotations

from conftest import paragraphs_doc
import pytest

from esep.model import Cell, Provenance, Table
from esep.plugins import metadata
from esep.plugins.organizations import parse_name
from esep.registry import Config

BODY = ("2022 год, объявленный в Казахстане Годом детей, стал для библиотек Аккольского района временем "
        "поиска новых форм работы с юными читателями.")
HEAD = ["Отдел культуры и развития языков акимата Аккольского района", "Акмолинская область", "УТВЕРЖДАЮ"]
TITLE = ["ОТЧЁТ",
         "о работе КГУ «Централизованная библиотечная система» отдела культуры и развития языков акимата "
         "Аккольского района",
         "за 2022 год", "г. Акколь, 2023"]
AKKOL = "КГУ «Централизованная библиотечная система» отдела культуры и развития языков акимата Аккольского района"


def _doc(*paragraphs: str):
    return paragraphs_doc(*paragraphs)


@pytest.mark.parametrize("approval", [
    # the .docx: the block over four lines
    ["Директор КГУ «Централизованная", "библиотечная система»", "_____________ Г.С. Тулегенова",
     "«20» января 2023 г."],
    # its PDF: one line of twelve words ending in a period
    ["Директор КГУ «Централизованная библиотечная система» _____________ Г.С. Тулегенова «20» января 2023 г."],
])
def test_an_approval_block_above_the_title_is_no_body(approval, registry):
    d = _doc(*HEAD, *approval, *TITLE, BODY)
    registry.hook.prepare_document(document=d, config=Config())
    m = d.metadata
    assert (m["period"], m["period_source"]) == ("2022", "title")
    # the system's name in the title, with its district, not the approval block's without one
    assert (m["organization"], m["organization_id"]) == (AKKOL, "akkol-district-cbs")


def test_a_body_sentence_ending_with_a_period_still_ends_the_title_area():
    d = _doc("ОТЧЁТ", "о работе ЦБС за 2022 год", BODY, "Все контрольные показатели выполнены в срок и в полном объёме.")
    assert metadata.title_lines(d) == ["ОТЧЁТ", "о работе ЦБС за 2022 год"]


def test_the_kazakh_founder_department_before_the_quotes_names_the_place():
    d = _doc("Ақкөл ауданы әкімдігінің мәдениет және тілдерді дамыту бөлімінің «Орталықтандырылған кітапхана "
             "жүйесі» КММ", "2022 жылғы жұмыс есебі")
    org = metadata.detect_organization(d)
    assert org.startswith("Ақкөл ауданы әкімдігінің") and parse_name(org).key == "akkol-district-cbs"
    assert parse_name(org).key == parse_name(AKKOL).key


@pytest.mark.parametrize("name, key", [
    # a district's inter-settlement central library is its central library, not a library of no kind
    ("МБУК «Межпоселенческая центральная библиотека» Петропавловского муниципального района",
     "petropavlov-district-central"),
    ("МБУК «МЦБ» Петропавловского района", "petropavlov-district-central"),
    # a short place name keeps its letters in every spelling
    ("«Ақсу аудандық орталықтандырылған кітапхана жүйесі» КММ", "aksu-district-cbs"),
    ("ЦБС Аксуского района", "aksu-district-cbs"),
    ("Аксуская районная ЦБС", "aksu-district-cbs"),
    # and a longer one still loses its case ending
    ("ЦБС города Балхаша", "balkash-city-cbs"),
    ("МБУК «ЦБС» г. Орска", "orsk-city-cbs"),
])
def test_keys_say_what_and_where(name, key):
    assert parse_name(name).key == key


def _table(*rows: list[str]) -> Table:
    return Table([Cell(r, k, x) for r, row in enumerate(rows) for k, x in enumerate(row)], Provenance(page=2))


KK_PROSE = ["Тимирязев ауданы әкімдігінің «Орталықтандырылған кітапхана жүйесі» КММ кітапханаларының 9 айдағы "
            "жұмысы туралы ақпарат",
            "Аудандағы кітапхана желісі 16 кітапханадан тұрады: орталық кітапхана, балалар кітапханасы және 14 "
            "ауылдық кітапхана. Оның 12-сі интернет желісіне қосылған.",
            "2021 жылдың 9 айында кітапханалар аудан әкімдігінің жоспары бойынша жұмыс істеді. Карантиндік "
            "шектеулер кезінде оқырмандарға қызмет көрсету онлайн форматта жалғасты."]
RU_TABLE = [["Показатели", "План на 2021 год", "9 месяцев 2020 г.", "9 месяцев 2021 г.", "% выполнения годового плана"],
            ["Количество читателей", "9 800", "8 306", "8 512", "86,9"],
            ["в т.ч. дети", "3 600", "3 045", "3 110", "86,4"],
            ["Число посещений", "84 000", "60 215", "62 480", "74,8"],
            ["Книговыдача", "176 000", "128 902", "131 660", "74,8"],
            ["Мероприятия", "390", "268", "281", "72,1"],
            ["Участники мероприятий", "9 500", "6 740", "7 025", "73,9"]]
KK_TABLE = [["Көрсеткіштер", "2020 ж. 9 айы", "2021 ж. 9 айы"],
            ["Оқырмандар саны", "8 306", "8 512"], ["Келушілер саны", "60 215", "62 480"],
            ["Кітап берілімі", "128 902", "131 660"], ["Іс-шаралар саны", "268", "281"],
            ["Іс-шараларға қатысушылар", "6 740", "7 025"], ["Балалар оқырмандары", "3 045", "3 110"]]


def test_kazakh_prose_with_russian_tables_is_both():
    d = _doc(*KK_PROSE)
    d.add_table(_table(*RU_TABLE))
    assert metadata.detect_language(d) == "both"


def test_kazakh_prose_with_kazakh_tables_stays_kazakh():
    d = _doc(*KK_PROSE)
    d.add_table(_table(*KK_TABLE))
    assert metadata.detect_language(d) == "kk"
    # one Russian table among more Kazakh ones: still the prose's language
    d.add_table(_table(*KK_TABLE))
    d.add_table(_table(*KK_TABLE))
    d.add_table(_table(*RU_TABLE[:3]))
    assert metadata.detect_language(d) == "kk"
