"""References as scholars write them in the reference lists of Russian, Kazakh, Ukrainian and Bulgarian papers, read
field by field.

``tests/fixtures/citations/scholarly-lists/references.json``: 80 entries typed for the purpose in the shapes of the
lists of papers in history, archaeology, philology and library science (see the README beside the file): author-year
headings and keys, journals without "//", "С., 1975" and "М.; Л." imprints, "20 (4)" and "Т. 3, вып. 2", "В: …",
transactions and series with their issue, dissertations and archival documents as scholars abbreviate them, titles
with their translation in brackets, several authors joined by "и", "&" or a dash.  Every field of every entry was
typed before the parser first read any of them, and the split was fixed then: the SHA-256 of the entry, the 40 lowest
digests the development half.  The rules were written looking at the development half's misses only (and those of the
other sets' development halves); of the evaluation half only the aggregate figure was read.

Field F1 (values compared as the labelled sets compare them), first read -> after the rules:
development 0.897 -> 0.991, evaluation 0.892 -> 0.936.
"""

import pytest
from conftest import check_typed_split, typed_eval_row

from esep.plugins.citations import labelled, parse_citation
from esep.plugins.citations.labelled import loose, score_damaged

_, ITEMS_OF, PREDICTED = labelled.TYPED_SETS["scholarly-lists"]
FIXTURE, ITEMS = labelled.typed_set("scholarly-lists")

#: measured field F1 after the rules (the rules written from the development half); the tests assert each less 0.02
MEASURED = {"dev": 0.991, "eval": 0.936}


def test_split_fixed_before_the_first_read():
    """40 and 40 by the digests, 80 different entries, every field labelled, four languages and others unnamed."""
    check_typed_split(ITEMS)
    assert len(ITEMS) == 80
    assert {it["gold"]["language"] for it in ITEMS} == {"kk", "ru", "uk", None}


@pytest.mark.parametrize("half", ["dev", "eval"])
def test_esep_eval_scores_the_set(half):
    """The row `esep eval --references` prints for each half, at its measured F1 less 0.02."""
    row = typed_eval_row("scholarly-lists", half)
    assert row["n"] == 40 and row["f1"] >= MEASURED[half] - 0.02


def test_damaged_development_half():
    """The development half damaged as other lists damage entries keeps most of its fields."""
    worst = min(score_damaged(ITEMS_OF(FIXTURE), PREDICTED, d)["overall"]["f1"] for d in labelled.DAMAGES)
    assert worst >= 0.95


# -- the rules, each on an entry of its own ----------------------------------------------------------------------

@pytest.mark.parametrize("raw, fields", [
    # the key of two authors, joined by a dash or "и", before the entry
    ("Белова – Громов 2001 — Белова А., Громов Б. Курганы Приуралья. Уфа, 2001.",
     dict(authors=["Белова, А.", "Громов, Б."], year=2001, title="Курганы Приуралья", place="Уфа")),
    ("Орлов и Сизов 1990 — Орлов К., Сизов Н. Старые книги. М., 1990.",
     dict(authors=["Орлов, К.", "Сизов, Н."], title="Старые книги")),
    # "С." is Sofia in a Bulgarian imprint; a Bulgarian title is no Russian (nor any language the parser names)
    ("Петков, Иван. 1971. Старите книги на читалището. С., 1971.",
     dict(title="Старите книги на читалището", place="С.", year=1971, language=None)),
    ("Петков, Иван. 1980. Ръкописи в Търново. Библиотекар, 7. 10–14.", dict(language=None, source="Библиотекар")),
    # Ukrainian with no letter Kazakh lacks: "і" with "и", nothing Russian
    ("Коваль О. (2010) Бібліотеки міста у XIX ст. Київ: Либідь. 120 с.",
     dict(language="uk", title="Бібліотеки міста у XIX ст.", place="Київ")),
    ("Коваль О. (2010) Книжкова справа Поділля. Харків: Майдан. 120 с.", dict(language="uk")),
    # a century's mark ends the title before the journal's name
    ("Коваль О. (2010) Стара книга Волині XVII–XVIII ст. Вісник Книжкової палати, 4. 5–9.",
     dict(language="uk", title="Стара книга Волині XVII–XVIII ст.", source="Вісник Книжкової палати", volume="4",
          pages="5–9")),
    # a title in Latin letters with its translation in brackets: the translation does not tell the language
    ("Smith, John. 2005. Nomads of the steppe [Кочевники степи]. London: Penguin.",
     dict(language=None, title="Nomads of the steppe [Кочевники степи]")),
    # a series and its number, then the imprint; a journal and its series, then its number
    ("Семенов, Петр. 1975. Бронзовые серпы степной зоны. Труды Института археологии, № 12. М.: Наука. 40–55.",
     dict(title="Бронзовые серпы степной зоны", source="Труды Института археологии", issue="12", pages="40–55",
          place="М.")),
    ("Нұрланова, Әсел. 2020. Ескі кітаптар. ЕНУ хабаршысы. Тарих сериясы, № 2 (131). 30–38.",
     dict(title="Ескі кітаптар", source="ЕНУ хабаршысы. Тарих сериясы", issue="2", pages="30–38")),
    # an archive of archaeology and its section and number: heading the entry, or after " // "
    ("Архив ИИМК РАН. Р-2. № 415. Белов А.А. Отчет о разведках в Тургайской степи в 1958 г.",
     dict(authors=["Белов, А. А."], title="Отчет о разведках в Тургайской степи в 1958 г.", source="Архив ИИМК РАН",
          issue=None, volume=None)),
    ("Белов А.А. Дневник раскопок 1959 г. // Архив ИИМК РАН. Р. 2. Оп. 1. № 416.",
     dict(source="Архив ИИМК РАН", volume=None, issue=None)),
    # a collection named without " // ", then only its city and the pages of the part
    ("Колев, Петър. 1990. Находки при с. Ямна. Годишник на музея. Сливен, 15–19.",
     dict(title="Находки при с. Ямна", source="Годишник на музея", place="Сливен", pages="15–19")),
    # the stroke of the responsibility typed against the title, a comma after it
    ("Колев, Петър. Стари книги/, Иван Попов, София, Наука и изкуство, 1960, 120 с.",
     dict(title="Стари книги", place="София", publisher="Наука и изкуство", year=1960, pages="120")),
    # the page count at the end, its punctuation lost
    ("Поздняя керамика Поволжья. Наука и изкуство 48с.", dict(pages="48")),
])
def test_rule(raw, fields):
    p = parse_citation(raw)
    assert {f: loose(f, p.get(f)) for f in fields} == {f: loose(f, v) for f, v in fields.items()}


@pytest.mark.parametrize("raw, fields", [
    # Kazakh with "і" and no other Kazakh letter, Russian with a Kazakh publisher: neither is Ukrainian
    ("Серікова, Айгүл. 2015. Кітап пен кітапхана. Астана: Фолиант. 120 б.", dict(language="kk")),
    ("Орлова, Анна. 2015. Книжная культура Казахстана. Астана: Білім. 120 с.", dict(language="ru")),
    ("Эпоха бронзы в степи // Советская археология. 1980. № 2. С. 5–9.", dict(language="ru")),
    # the archive alone before its signature, the leaves last: no document, the leaves are the pages
    ("ГА Костанайской обл. Ф. 12. Оп. 3. Д. 7. Л. 4–6.", dict(title=None, pages="4–6")),
    # a century's mark inside a title followed by an imprint keeps the title whole
    ("Иванов И.И. Книга в XIX в. Москва и провинция. М., 2001. 200 с.",
     dict(title="Книга в XIX в. Москва и провинция", source=None, place="М.", year=2001)),
    ("Рыбаков Б.А. Ремесло Древней Руси. М.; Л., 1948. 792 с.", dict(place="М.; Л.", language="ru")),
])
def test_not_a_rule(raw, fields):
    p = parse_citation(raw)
    assert {f: loose(f, p.get(f)) for f in fields} == {f: loose(f, v) for f, v in fields.items()}
