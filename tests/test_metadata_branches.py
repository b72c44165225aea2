"""A report of one library of a system: a title naming the library in a
chain of genitives with its system ("X ОКЖ-ның Y кітапханасының ... есебі",
"отчёт Y библиотеки-филиала МКУК «ЦБС» X района") is the library's report;
the system is kept as its parent."""

from __future__ import annotations

from conftest import paragraphs_doc
import sqlite3

import pytest

from esep.plugins import metadata
from esep.registry import Config


def _doc(*paragraphs: str):
    return paragraphs_doc(*paragraphs, fmt="txt")


BODY = "Самар ауылында 3148 тұрғын тұрады. Кітапхана 2020 жылы 1105 оқырманға қызмет көрсетті, бұл ауыл халқының 35,1 пайызы."


# (title lines, the library as written, its key, the parent as written, the parent's key): written by hand
BRANCH_TITLES = [
    (["Көкпекті аудандық ОКЖ-ның Самар ауылдық кітапханасының 2020 жылғы жұмысы туралы есеп",
      "(2019 жылмен салыстырмалы талдау)"],
     "Самар ауылдық кітапханасы", "samar-village-library", "Көкпекті аудандық ОКЖ", "kokpekt-district-cbs"),
    (["«Көкпекті аудандық орталықтандырылған кітапхана жүйесі» КММ-нің Самар ауылдық кітапхана-филиалының "
      "2020 жылғы жұмысы туралы есеп"],
     "Самар ауылдық кітапхана-филиалы", "samar-village-library",
     "«Көкпекті аудандық орталықтандырылған кітапхана жүйесі» КММ", "kokpekt-district-cbs"),
    (["Отчёт Самарской сельской библиотеки-филиала МКУК «ЦБС» Кокпектинского района за 2020 год"],
     "Самарской сельской библиотеки-филиала", "samar-village-library",
     "МКУК «ЦБС» Кокпектинского района", "kokpekt-district-cbs"),
    (["Самарская сельская библиотека – филиал № 5 ЦБС Кокпектинского района", "Отчёт о работе за 2020 год"],
     "Самарская сельская библиотека – филиал № 5", "samar-village-library-n5",
     "ЦБС Кокпектинского района", "kokpekt-district-cbs"),
    # a library that names no place of its own takes its system's
    (["Отчёт о работе библиотеки-филиала № 12 МБУК «ЦБС» г. Зареченска за 2021 год"],
     "библиотеки-филиала № 12", "zarechen-city-library-n12", "МБУК «ЦБС» г. Зареченска", "zarechen-city-cbs"),
    # the system on the letterhead above a title that names one library of it
    (["МКУК «Централизованная библиотечная система» Ольховского района",
      "Отчёт о работе Берёзовской сельской библиотеки-филиала № 7 за 2022 год"],
     "Берёзовской сельской библиотеки-филиала № 7", "berezov-village-library-n7",
     "МКУК «Централизованная библиотечная система» Ольховского района", "olkov-district-cbs"),
    # the kind of library before the quoted name is its apposition: one library under the letterhead
    (["МКУК «Централизованная библиотечная система» Ольховского района",
      "Отчёт о работе модельной библиотеки «Берёзовская сельская библиотека» за 2022 год"],
     "«Берёзовская сельская библиотека»", "berezov-village-library",
     "МКУК «Централизованная библиотечная система» Ольховского района", "olkov-district-cbs"),
    (["МБУК «ЦБС» г. Северска", "ОТЧЁТ", "о работе Центральной городской детской библиотеки за 2021 год"],
     "Центральной городской детской библиотеки", "sever-city-children", "МБУК «ЦБС» г. Северска", "sever-city-cbs"),
    (["«Ақсу аудандық орталықтандырылған кітапхана жүйесі» КММ",
      "Қызылжар ауылдық кітапханасының 2022 жылғы жұмысы туралы есеп"],
     "Қызылжар ауылдық кітапханасы", "kizilzhar-village-library",
     "«Ақсу аудандық орталықтандырылған кітапхана жүйесі» КММ", "aksu-district-cbs"),
]


@pytest.mark.parametrize("lines, org, key, parent, parent_key", BRANCH_TITLES)
def test_a_library_of_a_system_is_the_report_s_organization(lines, org, key, parent, parent_key, registry):
    d = _doc(*lines, BODY)
    assert metadata.detect_organization(d) == org
    registry.hook.prepare_document(document=d, config=Config())
    m = d.metadata
    assert (m["organization"], m["organization_id"]) == (org, key)
    assert (m["organization_parent"], m["organization_parent_id"]) == (parent, parent_key)
    assert parent not in (m.get("organization_names") or [])


@pytest.mark.parametrize("lines, org", [
    # the system's own reports: its libraries together, a library named apart from it, the founder before it
    (["«Жітіқара ауданының орталықтандырылған кітапхана жүйесі» КММ кітапханаларының 2018 жылғы жұмысы туралы есеп"],
     "«Жітіқара ауданының орталықтандырылған кітапхана жүйесі» КММ"),
    (["Информация о работе библиотек КГУ «Централизованная библиотечная система» отдела культуры и развития "
      "языков акимата Приишимского района за I полугодие 2022 года"],
     "КГУ «Централизованная библиотечная система» отдела культуры и развития языков акимата Приишимского района"),
    (["Әулиекөл аудандық орталықтандырылған кітапхана жүйесінің 2019 жылғы жұмыс есебі"],
     "Әулиекөл аудандық орталықтандырылған кітапхана жүйесі"),
    (["Отчёт о работе ЦБС и Центральной районной библиотеки за 2019 год"], "ЦБС"),
    # the system's libraries of one kind together: not one library
    (["Көкпекті аудандық ОКЖ-ның ауылдық кітапханаларының 2020 жылғы жұмысы туралы есеп"], "Көкпекті аудандық ОКЖ"),
    (["Отчёт о работе сельских библиотек МКУК «ЦБС» Кокпектинского района за 2020 год"],
     "МКУК «ЦБС» Кокпектинского района"),
    (["Сельские библиотеки МКУК «ЦБС» Кокпектинского района", "Отчёт за 2020 год"],
     "МКУК «ЦБС» Кокпектинского района"),
    (["Ұлытау облысы Жаңаарқа ауданының мәдениет, тілдерді дамыту, дене шынықтыру және спорт бөлімінің "
      "«Жаңаарқа аудандық орталықтандырылған кітапхана жүйесі» КММ", "2023 жылғы атқарылған жұмыс туралы ЕСЕП"],
     "«Жаңаарқа аудандық орталықтандырылған кітапхана жүйесі» КММ"),
    # the system on the letterhead over a title naming its libraries of one kind, two named apart, or none
    (["МКУК «ЦБС» Ольховского района", "Отчёт о работе сельских библиотек-филиалов за 2022 год"],
     "МКУК «ЦБС» Ольховского района"),
    (["МКУК «ЦБС» Ольховского района", "Отчёт о работе ЦБС и Центральной районной библиотеки за 2022 год"],
     "МКУК «ЦБС» Ольховского района"),
    (["МКУК «ЦБС» Ольховского района", "Отчёт о работе за 2022 год"], "МКУК «ЦБС» Ольховского района"),
    # a short line of the body after a title that names no library is none of the title
    (["МКУК «ЦБС» Ольховского района", "Отчёт о работе за 2022 год", "Проведено 150 мероприятий.",
      "с/б – сельская библиотека."], "МКУК «ЦБС» Ольховского района"),
    (["«Ақсу аудандық орталықтандырылған кітапхана жүйесі» КММ", "2022 жылғы жұмыс туралы есеп",
      "Негізгі көрсеткіштер", "Ауылдық кітапхана"], "«Ақсу аудандық орталықтандырылған кітапхана жүйесі» КММ"),
    # a library's own report, no system named
    (["«Қарабұлақ ауылдық кітапханасы» КММ-нің 2023 жылғы ІІІ тоқсандағы жұмысы туралы есеп"],
     "«Қарабұлақ ауылдық кітапханасы» КММ"),
])
def test_a_system_s_own_report_keeps_the_system(lines, org, registry):
    d = _doc(*lines, BODY)
    assert metadata.detect_organization(d) == org
    registry.hook.prepare_document(document=d, config=Config())
    assert "organization_parent" not in d.metadata


def test_the_library_and_its_parent_in_the_database(cli_runner, tmp_path):
    f = tmp_path / "samar.txt"
    f.write_text("Көкпекті аудандық ОКЖ-ның Самар ауылдық кітапханасының 2020 жылғы жұмысы туралы есеп\n"
                 + BODY + "\n", encoding="utf-8")
    db = tmp_path / "b.db"
    assert cli_runner("ingest", f, "--db", db).exit_code == 0
    conn = sqlite3.connect(db)
    row = conn.execute("select organization, organization_id, json_extract(metadata, '$.organization_parent'), "
                       "json_extract(metadata, '$.organization_parent_id') from documents").fetchone()
    names = conn.execute("select name, organization_id from organization_names").fetchall()
    conn.close()
    assert row == ("Самар ауылдық кітапханасы", "samar-village-library", "Көкпекті аудандық ОКЖ",
                   "kokpekt-district-cbs")
    assert names == [("Самар ауылдық кітапханасы", "samar-village-library")]
    res = cli_runner("metadata", "--db", db, "--csv")
    assert "samar-village-library" in res.output and "kokpekt-district-cbs" in res.output


def test_a_library_s_report_finds_its_system_s_branches_by_its_parent(registry):
    from esep.plugins import branches

    d = _doc("Балқаш қаласының ОКЖ-ның Сарыбұлақ ауылдық кітапханасының 2020 жылғы жұмысы туралы есеп", BODY)
    registry.hook.prepare_document(document=d, config=Config())
    assert d.metadata["organization"] == "Сарыбұлақ ауылдық кітапханасы"
    assert d.metadata["organization_parent_id"] == "balkash-city-cbs"
    system = branches.system_for(d, branches.load_systems())
    assert system is not None and system.id == "balkhash"
