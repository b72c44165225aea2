"""A report's language is its running text's, whatever the labels of a form's table in both languages;
a Kazakh letterhead that names the district before the system's quoted name names the system's place;
the central library a title names under its system's letterhead is keyed by the system's place."""

from __future__ import annotations

import pytest

from esep.model import Block, Cell, Document, Provenance, Table
from esep.registry import Config


def _doc(paragraphs: list[str], rows: list[list[str]] = ()) -> Document:
    d = Document(id="x", path="x.docx", format="docx")
    for p in paragraphs:
        d.add_block(Block("paragraph", p))
    if rows:
        d.add_table(Table([Cell(r, k, x) for r, row in enumerate(rows) for k, x in enumerate(row) if x],
                          Provenance(page=1)))
    return d


#: a form's table of events whose every label is given in Russian and in Kazakh
BILINGUAL_FORM = [["Вид мероприятия / Іс-шара түрі", "Число / Саны", "Посетители / Келушілер"],
                  ["Обзоры литературы / Әдебиетке шолу", "12", "340"],
                  ["Часы истории / Тарих сағаттары", "9", "215"],
                  ["Викторины / Викториналар", "6", "180"],
                  ["Встречи с авторами / Авторлармен кездесулер", "4", "150"],
                  ["Итого / Барлығы", "31", "885"]]


#: a table of indicators in Russian only
RUSSIAN_TABLE = [["Показатели", "2022 год", "2023 год"], ["Число зарегистрированных пользователей", "5 310", "5 402"],
                 ["Число посещений библиотеки", "40 120", "41 075"], ["Книговыдача всего экземпляров", "97 300", "98 640"],
                 ["Поступило документов в фонд", "1 905", "2 210"], ["Выбыло документов из фонда", "1 040", "1 380"]]


@pytest.mark.parametrize("paragraphs, rows, want", [
    # a Russian report whose form gives every label in both languages is Russian
    (["КГУ «Централизованная библиотечная система города Щучинска»", "Отчёт о работе за 2023 год",
      "Массовая работа велась по плану, формы работы приведены в таблице."], BILINGUAL_FORM, "ru"),
    # and a Kazakh one Kazakh
    (["«Аудандық орталықтандырылған кітапхана жүйесі» КММ", "2023 жылғы жұмысы туралы есеп",
      "Бұқаралық жұмыс жоспар бойынша жүргізілді, жұмыс түрлері кестеде берілген."], BILINGUAL_FORM, "kk"),
    # Kazakh prose with tables in Russian only is still a report in both languages
    (["«Аудандық орталықтандырылған кітапхана жүйесі» КММ", "2023 жылғы жұмысы туралы есеп",
      "Жыл ішінде аудан кітапханалары жоспарлы жұмыстарын атқарды."], RUSSIAN_TABLE, "both"),
])
def test_a_reports_language_is_its_running_texts(registry, paragraphs, rows, want):
    d = _doc(paragraphs, rows)
    registry.hook.prepare_document(document=d, config=Config())
    assert d.metadata["language"] == want


def test_a_district_on_the_letterhead_before_the_quoted_name_is_the_systems_place(registry):
    d = _doc(["Бурабай ауданы «Орталықтандырылған кітапхана жүйесі» КММ", "2023 жылғы қызметі туралы есеп",
              "Есепті жылы аудан кітапханалары оқырмандарға қызмет көрсетті."])
    registry.hook.prepare_document(document=d, config=Config())
    assert d.metadata["organization_id"] == "burabai-district-cbs"


def test_the_central_library_under_its_systems_letterhead_takes_the_systems_place(registry):
    d = _doc(["«Бурабай аудандық орталықтандырылған кітапхана жүйесі» КММ",
              "Орталық кітапхананың 2024 жылғы қызметі туралы есеп",
              "Есепті жылы орталық кітапхана оқырмандарға қызмет көрсетті."])
    registry.hook.prepare_document(document=d, config=Config())
    assert d.metadata["organization_parent_id"] == "burabai-district-cbs"
    # the central library, as "Орталық аудандық кітапхана" names it too
    assert d.metadata["organization_id"] == "burabai-district-central"


def test_a_district_systems_names_quoted_or_not_and_in_the_plural_give_one_key():
    from esep.plugins.organizations import parse_name

    names = ["ГУ «Централизованная библиотечная система Шетского района»", "«Шет аудандық ОКЖ» КММ",
             "Шет аудандық орталықтандырылған кітапхана жүйесі", "«Шет аудандық орталықтандырылған кітапханалар жүйесі» КММ",
             "ЦБС Шетского района"]
    assert {parse_name(n).key for n in names} == {"shet-district-cbs"}
