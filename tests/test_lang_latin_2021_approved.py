"""Kazakh in the Latin alphabet of 2021 as approved: ы is "y", і the
dotless "ı", и and й the dotted "i" (й beside a vowel), у "u"; ä ğ ñ ö ü ū
ş ç as in the texts that write ы as "ı" ("Oqırmandar sanı"), which keep
their reading.  Each line was typed as a library's report or site writes
it in that alphabet."""

from __future__ import annotations

import pytest
from conftest import prose_facts

from esep.plugins.lang.alphabet import latin_alphabet, to_cyrillic


@pytest.mark.parametrize("latin, cyrillic", [
    ("Qostanai audany äkımdıgınıñ «Qostanai audandyq ortalyqtandyrylğan kıtaphana jüiesı» KMM",
     "Қостанай ауданы әкімдігінің «Қостанай аудандық орталықтандырылған кітапхана жүйесі» КММ"),
    ("Ştat bırlıgı – 58, qyzmetkerler – 56 adam, onyñ 34-ı joğary bılımdı.",
     "Штат бірлігі – 58, қызметкерлер – 56 адам, оның 34-і жоғары білімді."),
    ("Jüiege 26 kıtaphana kıredı, onyñ ışınde 23 auyldyq kıtaphana.",
     "Жүйеге 26 кітапхана кіреді, оның ішінде 23 ауылдық кітапхана."),
    ("Keluşıler sany", "Келушілер саны"),
    # no letter of 2021, but an ı between consonants beside a "y" for ы
    ("Kıtap qory", "Кітап қоры"),
])
def test_the_approved_2021_spelling_reads_as_cyrillic(latin, cyrillic):
    assert latin_alphabet(latin) == "2021y"
    assert to_cyrillic(latin) == cyrillic


@pytest.mark.parametrize("latin, cyrillic, alphabet", [
    # "ı" for ы and "y" for й beside a vowel: the other spelling with the letters of 2021
    ("Kitap qorı 330133 dana, onıñ işinde", "Кітап қоры 330133 дана, оның ішінде", "2021"),
    ("2024 jılğı 1 qañtardağı jağday boyınşa kitap qorı 150 200 dana.",
     "2024 жылғы 1 қаңтардағы жағдай бойынша кітап қоры 150 200 дана.", "2021"),
    # "y" for ы and "i" for і beside the letters of 2021: "i" stays і
    ("Salystyrmaly körsetkişter", "Салыстырмалы көрсеткіштер", "2021"),
    # the alphabet of 2018 keeps its reading
    ("Paıdalanýshylar sany", "Пайдаланушылар саны", "2018"),
    ("Kitap qory", "Кітап қоры", "2018"),
])
def test_the_other_spellings_keep_their_reading(latin, cyrillic, alphabet):
    assert latin_alphabet(latin) == alphabet
    assert to_cyrillic(latin) == cyrillic


def test_a_part_of_the_network_in_the_approved_2021_spelling():
    got = {(k[0], k[1], k[4]) for k in prose_facts("2024", "Jüiege 26 kıtaphana kıredı, onyñ ışınde 23 auyldyq kıtaphana.")}
    assert got == {("libraries.count", 26.0, None), ("libraries.count", 23.0, "branch:ауылдық кітапханалар")}
