"""A library system named by the two letters of "библиотечная система" ("МБУК
«БС г. Рубцовска»") is the system its full name names, and a village's
library and club in one house ("сельская библиотека-клуб") is one library,
named with its compound word, under its system's letterhead too."""

from __future__ import annotations

from conftest import paragraphs_doc

from esep.plugins import metadata
from esep.plugins.organizations import resolve


def _key(name: str | None) -> str | None:
    return resolve(name, []).organization_id if name else None


def test_the_two_letters_of_a_library_system_are_its_kind():
    assert _key("МБУК «БС г. Рубцовска»") == _key("Муниципальное бюджетное учреждение культуры «Библиотечная "
                                                  "система города Рубцовска»") == "rubtsov-city-cbs"
    # negative: a town's name alone is no system
    assert not _key("г. Рубцовск").endswith("-cbs")


def test_a_club_library_under_its_systems_letterhead_is_the_report():
    d = paragraphs_doc("ЦБС Лейлекского района Баткенской области", "Жаны-Жерская сельская библиотека-клуб",
                       "ОТЧЁТ о работе за 2024 год", "Библиотека-клуб обслужила 380 читателей.", fmt="txt")
    org = metadata.detect_organization(d)
    assert org == "Жаны-Жерская сельская библиотека-клуб"
    assert _key(org) == "zhanizher-village-library"
    # the title naming it in the genitive names the same library
    d = paragraphs_doc("Отчёт о работе Жаны-Жерской сельской библиотеки-клуба за 2024 год",
                       "Библиотека-клуб обслужила 380 читателей.", fmt="txt")
    assert _key(metadata.detect_organization(d)) == "zhanizher-village-library"


def test_a_club_or_branch_named_by_one_adjective_under_the_letterhead_is_the_report():
    for line in ("Заречская библиотека-клуб", "Заречская библиотека-филиал"):
        d = paragraphs_doc("ГУК «Кобринская районная централизованная библиотечная система»", line,
                           "Отчёт о работе за 2024 год", "Библиотека обслужила 380 читателей.", fmt="txt")
        assert metadata.detect_organization(d) == line
    # negative: a library with one adjective and no compound word is no name ("Заречская библиотека" may be any
    # library of a place), and the branches in the plural are the system's
    d = paragraphs_doc("ГУК «Кобринская районная централизованная библиотечная система»", "Отчёт о работе за 2024 год",
                       "Работа библиотек-филиалов шла по плану.", fmt="txt")
    assert _key(metadata.detect_organization(d)) == "kobrin-district-cbs"
