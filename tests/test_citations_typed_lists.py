"""Press lists and bibliographies as librarians type them in a word processor, read field by field.

``plugins/citations/data/typed-lists/references.json``: 80 entries typed for the purpose the way Kazakh and Russian
library reports type their lists rather than the way a style guide prints them (see the README beside the file):
spaces missing or doubled, "-" or "--" for the dash, "//" glued, no final full stop, initials before or after the
name, "и др." and "т.б." outside brackets, no author, dates "12.03.2024" and "2024.-12 наурыз", "№12(345)", "С.3",
"Б.4-5", "3б.", online news with the date of access, numbers "1." and "1)", entries broken over two lines.  Every
field of every entry was typed before the parser first read any of them, and the split was fixed then: the SHA-256
of the entry, the 40 lowest digests the development half.  The rules were written looking at the development
half's misses only; of the evaluation half only the aggregate figure was read.

Field F1 (values compared as the labelled sets compare them), first read -> after the rules:
development 0.976 -> 1.000, evaluation 1.000 -> 1.000; the development half with " // " written as a full stop
0.974 -> 0.995.
"""

import pytest
from conftest import check_typed_split

from esep.plugins.citations import labelled, parse_citation
from esep.plugins.citations.labelled import loose

FIXTURE = labelled.DATA_DIR / labelled.TYPED_LISTS_FILE
_, ITEMS_OF, PREDICTED = labelled.PROJECT_SETS["typed-lists"]


def _items():
    import json

    return json.loads(FIXTURE.read_text(encoding="utf-8"))["items"]


def test_split_fixed_before_the_first_read():
    """40 and 40 by the digests, 80 different entries, every field labelled, Kazakh and Russian, some entries broken
    over two lines."""
    items = _items()
    check_typed_split(items)
    assert len(items) == 80
    assert {it["gold"]["language"] for it in items} == {"kk", "ru"}
    assert any("\n" in it["raw"] for it in items)


# -- the rules, each on an entry of its own ----------------------------------------------------------------------

@pytest.mark.parametrize("raw, fields", [
    # "--" typed for the dash: an area separator, in an article's areas and in a book's
    ("Сейтова Г. Кітапхана және оқырман // Ақ жол. -- 2021. -- №15(2034). -- Б.7",
     dict(source="Ақ жол", year=2021, issue="15", pages="7")),
    ("Петрова Н.А. Школьная библиотека.-- Омск: Наука, 2015.-- 96 с.",
     dict(title="Школьная библиотека", place="Омск", publisher="Наука", year=2015, pages="96")),
    # ".-" after "and others" without brackets ends the responsibility
    ("Оқу залы / А.Б.Сапарова, Н.Қ.Омарова т.б.-Алматы: Білім, 2018.-120 б.",
     dict(authors=["Сапарова, А. Б.", "Омарова, Н. Қ."], place="Алматы", publisher="Білім", year=2018)),
    ("Читальный зал / А.Б. Петров, В.Г. Ким и др.-Омск: Наука, 2017.-88 с.",
     dict(authors=["Петров, А. Б.", "Ким, В. Г."], place="Омск", publisher="Наука", year=2017)),
    # a title that does not tell its language: the Kazakh page mark before the page ("Б.3") with Kazakh words
    ("Наурыз тойы // Ақ жол.-2022.-Б.3", dict(language="kk", pages="3")),
    # initials glued to the surname, the heading's full stop lost
    ("Б.Ли Оқу залы жаңартылды //Ақ жол.-2021.-5 мамыр.-Б.2",
     dict(authors=["Ли, Б."], title="Оқу залы жаңартылды", source="Ақ жол", date="2021-05-05")),
    ("А.Б.Соколова Летние чтения в библиотеке //Степной край.-2020.-С.4",
     dict(authors=["Соколова, А. Б."], title="Летние чтения в библиотеке")),
    # "ж." or "г." typed against the year
    ("Сапарова Д. Оқу залы. Ақ жол.-2020ж.-9 қазан.-2б.",
     dict(source="Ақ жол", year=2020, date="2020-10-09", pages="2")),
    ("Орлова Н. Вечер поэзии // Степной край.-03.03.2021г.-С.4", dict(year=2021, date="2021-03-03", pages="4")),
    # " // " lost: a newspaper's issue dated in figures after the sentence that names it
    ("Вечер у камина. Степной край. 03.03.2021. С.4",
     dict(title="Вечер у камина", source="Степной край", date="2021-03-03", pages="4")),
    # " // " lost after the names of the responsibility: a page with its mark before it ("Б.2") is a part's
    ("Оқу залы / Д.Сапарова. Ақ жол.-2020.-Б.2",
     dict(authors=["Сапарова, Д."], title="Оқу залы", source="Ақ жол", year=2020, pages="2")),
])
def test_rule(raw, fields):
    p = parse_citation(raw)
    assert {f: loose(f, p.get(f)) for f in fields} == {f: loose(f, v) for f, v in fields.items()}


@pytest.mark.parametrize("raw, fields", [
    # "--" inside a link is no dash
    ("Книжный фестиваль [Электронный ресурс]. - URL: https://xn--80aa.xn--p1ai/news/12 (дата обращения: 01.02.2023)",
     dict(url="https://xn--80aa.xn--p1ai/news/12")),
    # the hyphen of an abbreviated place stays
    ("Иванов И.И. Книга. – С.-Петербург: Наука, 2010. – 100 с.", dict(place="С.-Петербург", publisher="Наука")),
    # a Russian title and entry with no Kazakh word stay Russian
    ("Новый год // Степной край.-2022.-С.3", dict(language="ru")),
    # a title about a person, written with the initials: no heading
    ("А.Байтұрсынов – ұлт ұстазы // Ақ жол.-2022.-Б.5", dict(authors=[], title="А.Байтұрсынов – ұлт ұстазы")),
    ("А.С.Пушкин в Казахстане // Степной край.-2020.-С.4", dict(authors=[], title="А.С.Пушкин в Казахстане")),
    # the word "year" against a year in a title stays as written
    ("Петров И.И. Итоги 2019г. и планы // Степной край.-2020г.-5 марта.-С.4",
     dict(title="Итоги 2019г. и планы", year=2020, date="2020-03-05")),
    # a book's page count after the names: no container
    ("Оқу залы / Д.Сапарова. Алматы: Білім, 2020. 120 б.", dict(source=None, place="Алматы", publisher="Білім")),
])
def test_what_the_rules_leave(raw, fields):
    p = parse_citation(raw)
    assert {f: p.get(f) for f in fields} == fields
