"""Kazakh in the Latin alphabet of October 2017, the one with apostrophes
(a' for ә, g' for ғ, n' for ң, o' for ө, u' for ү, y' for у, s' for ш,
c' for ч, i' for и and й; y is ы, u is ұ, i is і): some libraries wrote
their reports of 2018 in it before the acute alphabet replaced it.  It is
read in Cyrillic for matching as the other two are."""

from __future__ import annotations

import pytest

from esep.model import Block, Document
from esep.plugins.facts import plugin as facts
from esep.plugins.lang.alphabet import is_latin_kazakh, latin_alphabet, to_cyrillic, to_cyrillic_with_offsets
from esep.registry import Config


@pytest.mark.parametrize("latin, cyrillic", [
    ("Aqtay' qalalyq kitaphanasynyn' oqyrmandary", "Ақтау қалалық кітапханасының оқырмандары"),
    ("Jyl boi'y is-s'aralar o'tkizildi", "Жыл бойы іс-шаралар өткізілді"),
    ("Kitap qoryna a'debi'et tu'sti", "Кітап қорына әдебиет түсті"),
    ("Ortas'a kely' ji'iligi", "Орташа келу жиілігі"),
    ("Ty'g'an o'lke ju'i'esi", "Туған өлке жүйесі"),
    ("mekteptin' bi'y'djeti", "мектептің бюджеті"),
])
def test_the_apostrophe_alphabet_reads_as_cyrillic(latin, cyrillic):
    assert latin_alphabet(latin) == "2017"
    assert is_latin_kazakh(latin)
    assert to_cyrillic(latin) == cyrillic


def test_the_other_alphabets_and_english_are_told_apart_from_it():
    assert latin_alphabet("Kitap qory 330133 dana, onyń ishinde") == "2018"
    assert latin_alphabet("Oqırmandar sanı, kitap berılımı") == "2021"
    assert to_cyrillic("The readers' club didn't meet") == "The readers' club didn't meet"
    # a closing quote after a word of the acute alphabet stays a quote
    assert to_cyrillic("'Kitap' qory") == "'Кітап' қоры"


def test_offsets_of_the_reading_cut_the_source_at_its_letters():
    src = "Qorg'a 310 dana tu'sti"
    cyr, origin = to_cyrillic_with_offsets(src)
    assert cyr == "Қорға 310 дана түсті"
    a = cyr.index("310")
    assert src[origin[a]:origin[a + 3]] == "310"


def _facts(period: str, text: str) -> set[tuple]:
    d = Document(id="p", path="p.txt", format="txt", metadata={"period": period})
    d.add_block(Block("paragraph", text))
    return {(r.values["metric"], r.values["value"], r.values["period"], r.values["as_of"])
            for r in facts.extract(d, Config()) if r.table == "facts" and r.values["metric"]}


def test_a_paragraph_in_the_apostrophe_alphabet_gives_the_facts_of_its_cyrillic_spelling():
    latin = ("2018 jylg'y 1 qan'tardag'y kitap qory 51 200 dana edi. Jyl is'inde qorg'a 1 340 dana kitap tu'sti, "
             "2 010 dana s'yg'aryldy. 2019 jylg'y 1 qan'tarda qor 50 530 dana boldy.")
    cyrillic = ("2018 жылғы 1 қаңтардағы кітап қоры 51 200 дана еді. Жыл ішінде қорға 1 340 дана кітап түсті, "
                "2 010 дана шығарылды. 2019 жылғы 1 қаңтарда қор 50 530 дана болды.")
    want = {("fund.start", 51200.0, "2018", "2018-01-01"), ("fund.received", 1340.0, "2018", None),
            ("fund.withdrawn", 2010.0, "2018", None), ("fund.end", 50530.0, "2018", "2019-01-01")}
    assert _facts("2018", cyrillic) == want
    assert _facts("2018", latin) == want
