"""Kazakh for spaCy (esep.plugins.lang.kk), on sentences of the seed report."""

from __future__ import annotations

import importlib.metadata
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import spacy
from spacy.matcher import Matcher

from esep.plugins.lang import kk as kk_language
from esep.plugins.lang.kk import Kazakh, detect_language, get_nlp, like_num
from esep.plugins.lang.kk.stop_words import STOP_WORDS

SEED = Path(__file__).resolve().parents[1] / "corpus" / "000_70fe3c6eccae0b92.txt"


@pytest.fixture(scope="module")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def nlp():
    return spacy.blank("kk")


def seed_line(text: str, marker: str) -> str:
    """The one line of the seed that contains ``marker``."""
    lines = [line for line in text.splitlines() if marker in line]
    assert lines, f"{marker!r} is not in the seed"
    return lines[0]


def words(nlp, text: str) -> list[str]:
    return [t.text for t in nlp(text) if not t.is_space]


def contains(seq: list[str], sub: list[str]) -> bool:
    return any(seq[i:i + len(sub)] == sub for i in range(len(seq) - len(sub) + 1))


# ------------------------------------------------------------------ language

def test_blank_kk_is_kazakh_after_import(nlp):
    assert isinstance(nlp, Kazakh)
    assert nlp.lang == "kk"
    assert spacy.util.get_lang_class("kk") is Kazakh


def test_pipeline_saves_and_loads(nlp, tmp_path):
    nlp.to_disk(tmp_path / "kk")
    loaded = spacy.load(tmp_path / "kk")
    assert isinstance(loaded, Kazakh)
    text = "(Ф№3) 2018.07.01. т.б. КММ-нің"
    assert words(loaded, text) == words(nlp, text) == [
        "(", "Ф№3", ")", "2018.07.01.", "т.б.", "КММ", "-нің",
    ]


# ------------------------------------------------------------- tokenization

@pytest.mark.parametrize("marker, expected", [
    # the half-year abbreviation after an ordinal
    ("40732 жазба", ["(", "2017", "жылы", "1-ші", "ж/ж", "–", "40732", "жазба", ")"]),
    # branch marks and the central library's abbreviation
    ("(Ф№3) дөңгелек", ["(", "Ф№3", ")", "дөңгелек", "үстел"]),
    ("ОҚК) ой-толғау", ["(", "С.Сейфуллин", "атындағы", "ОҚК", ")", "ой-толғау", "сағаты"]),
    ("(ф№2) ұйымдастырылды", ["сағаты", "(", "ф№2", ")", "ұйымдастырылды", "."]),
    ("(Ф №1)", ["өтті", "(", "Ф", "№1", ")", "."]),
    # decimal comma, and dates with the ordinal dot
    ("3316,8  мың", ["бюджеттен", "3316,8", "мың", "теңге", "бөлінді", "."]),
    ("2018.07.01. құрайды", ["2018.07.01.", "құрайды"]),
    ("2018.01.07. жағдайы", [".", "2018.01.07.", "жағдайы", "бойынша", "3", "бос"]),
    # ranges and school numbers
    ("9-11 сынып", ["ЖББ", "№16", "мектептің", "9-11", "сынып", "оқушылары"]),
    # initials, guillemets
    ("Н.Ә. Назарбаевтың «Тәуелсіздік дәуірі» кітапбын",
     ["ҚР", "Президенті", "Н.Ә.", "Назарбаевтың", "«", "Тәуелсіздік", "дәуірі", "»", "кітапбын"]),
    ("Исина М.С.", ["мұғалімі", "Исина", "М.С.", "бірлесе"]),
    ("Шалова Б.Ғ.", ["Шалова", "Б.Ғ.", ",", "ардагер-журналистер", "Григорьева", "Т.Т.", ","]),
    # "соның ішінде", "тағы басқа"
    ("с.і. 20 дана", [",", "с.і.", "20", "дана", "CD", "кітаптар", "."]),
    ("бояу және т.б.", ["бояу", "және", "т.б.", "кез-келген", "жұмыстар"]),
    # a case ending after an abbreviation is split off with its hyphen
    ("КММ-нің штаттық", ["жүйесі", "»", "КММ", "-нің", "штаттық", "кестесінде", "-", "65,5"]),
    # numbers with endings stay whole
    ("олардың 10-ы", ["олардың", "10-ы", "жоғары", "білімді", "кітапханашылар", ",", "13-і"]),
    ("5-і кітапханашы", ["оның", "ішінде", "5-і", "кітапханашы"]),
    # branch numbers glued to "фил", issue numbers glued to the month
    ("(№3фил)", ["сабағы", "(", "№3", "фил", ")", ","]),
    ("(№4фил.)", ["(", "№4", "фил.", ")"]),
    ("5 қаңтар(№1-2)", ["5", "қаңтар", "(", "№1-2", ")", ".", "–", "4", "б."]),
    # an acronym glued to the word before it
    ("атындағыОҚК )", ["(", "С.Сейфуллин", "атындағы", "ОҚК", ")", "жалғасын"]),
    # a dash glued to the dot after a year
    ("1983.- 185 б.", ["Алма-Ата", ",", "1983", ".", "-", "185", "б."]),
])
def test_seed_sentences_tokenize(nlp, seed_text, marker, expected):
    tokens = words(nlp, seed_line(seed_text, marker))
    assert contains(tokens, expected), tokens


def test_seed_sentence_exact_tokens(nlp, seed_text):
    line = seed_line(seed_text, "жергілікті бюджеттен")
    assert words(nlp, line) == [
        "2018", "жылдың", "2", "тоқсанында", "жинақтау", "бөліміне", "жергілікті",
        "бюджеттен", "3316,8", "мың", "теңге", "бөлінді", ".",
    ]


def test_kazakh_letters_are_letters_in_punctuation_rules(nlp):
    # ғ қ ұ are missing from spaCy's classes: a period after them, a comma or a
    # period between words must still split
    assert words(nlp, "Жұмыс жоқ. Ұйым.Ұлттық қызметкерлер,Қазақстан ағылшынтағ.") == [
        "Жұмыс", "жоқ", ".", "Ұйым", ".", "Ұлттық", "қызметкерлер", ",", "Қазақстан",
        "ағылшынтағ", ".",
    ]
    assert set(kk_language.KAZAKH_LETTERS) <= set(kk_language.ALPHA_LOWER_KK)
    assert set(kk_language.KAZAKH_LETTERS.upper()) <= set(kk_language.ALPHA_UPPER_KK)


def test_abbreviations_carry_their_expansion(nlp):
    doc = nlp("2017 ж. 1-ші ж/ж ОҚК Ж. Башар")
    norms = {t.text: t.norm_ for t in doc}
    assert norms["ж."] == "жыл"
    assert norms["ж/ж"] == "жарты жылдық"
    assert norms["ОҚК"] == "орталық қалалық кітапхана"
    assert norms["Ж."] == "ж."  # an initial, not "жыл"


# ------------------------------------------------------------------ numbers

@pytest.mark.parametrize("text", [
    "12", "3316,8", "65,5", "1 500", "1/2", "9-11", "+5",
    "1-ші", "2-ші", "3-інші", "10-ы", "5-і", "13-і", "1-і", "200-ден", "2-шісі", "1-й",
    "бір", "екі", "үш", "төрт", "бес", "алты", "жеті", "сегіз", "тоғыз", "он", "жиырма",
    "отыз", "қырық", "елу", "алпыс", "жетпіс", "сексен", "тоқсан", "жүз", "мың",
    "миллион", "миллиард", "Бір", "МЫҢ",
    "бірінші", "екінші", "үшінші", "төртінші", "бесінші", "алтыншы", "жетінші",
    "сегізінші", "тоғызыншы", "оныншы", "жиырмасыншы", "қырқыншы", "елуінші",
    "жүзінші", "мыңыншы", "біріншісі", "екіншіден", "бірі", "мыңға", "жүзден",
    "мыңдаған", "миллиондаған", "екеу", "бесеуі", "бiрiншi", "ІІ", "XXI",
])
def test_like_num_accepts(nlp, text):
    assert like_num(text)
    assert nlp.vocab[text].like_num


@pytest.mark.parametrize("text", [
    "2018.07.01", "16-наурыз", "11-сынып", "№1", "Ф№3", "CD",
    "оны", "онда", "оның", "бірге", "бірден", "үшін", "біреу", "бірақ", "бірнеше",
    "алтын", "жүзінде", "тоқсанында", "кітап", "дана", "жетім",
])
def test_like_num_rejects(text):
    assert not like_num(text)


def test_matcher_finds_counts_in_seed(nlp, seed_text):
    matcher = Matcher(nlp.vocab)
    matcher.add("COUNT", [[{"LIKE_NUM": True}, {"LOWER": "дана"}]])
    found = []
    for line in seed_text.splitlines():
        doc = nlp(line)
        found += [doc[start:end].text for _, start, end in matcher(doc)]
    expected = re.findall(r"(?<![\d,])(\d+) дана", seed_text)
    assert [span.split()[0] for span in found] == expected
    assert {"2492 дана", "1117 дана", "1629 дана", "20 дана"} <= set(found)


# --------------------------------------------------------------- stop words

def test_stop_words(nlp, seed_text):
    for word in ["және", "мен", "пен", "бен", "да", "де", "та", "те", "бұл", "осы",
                 "сол", "ол", "олар", "үшін", "арқылы", "бойынша", "туралы", "сияқты"]:
        assert word in STOP_WORDS
    assert len({w for w in STOP_WORDS if "i" not in w}) >= 300
    assert "ушiн" not in STOP_WORDS and "үшiн" in STOP_WORDS  # Latin-i spelling
    doc = nlp(seed_line(seed_text, "Жүйенің кітапханалары электронды"))
    stops = {t.text for t in doc if t.is_stop}
    assert {"бойынша", "олардың"} <= stops
    assert not stops & {"кітапханалары", "каталогты", "жазбаны", "жарты", "1-ші", "бір"}


# ------------------------------------------------------------ shared access

def test_get_nlp_is_cached_per_language():
    kk = get_nlp("kk")
    assert kk is get_nlp("kk") is get_nlp(" KK ")
    assert isinstance(kk, Kazakh)
    assert get_nlp("ru").lang == "ru"
    assert get_nlp("ru") is get_nlp("rus")
    assert get_nlp("en").lang == get_nlp(None).lang == "xx"
    assert get_nlp("en") is get_nlp(None)
    assert kk.pipe_names == ["sentencizer"]


def test_get_nlp_sentences_do_not_break_at_abbreviations(seed_text):
    line = seed_line(seed_text, "1117 дана қазақ тілінде")
    sentences = [s.text for s in get_nlp("kk")(line).sents]
    assert len(sentences) == 3
    assert sentences[2].startswith("Оның ішінде 700 дана") and "с.і. 20 дана" in sentences[2]


def test_detect_language_on_seed(seed_text):
    assert detect_language(seed_line(seed_text, "Жоғары білімді")) == "kk"
    assert detect_language(seed_line(seed_text, "(Ф№3) дөңгелек")) == "kk"
    assert detect_language(seed_line(seed_text, "Красный индикатор")) == "ru"
    # a Russian title inside a Kazakh sentence stays Kazakh, and vice versa
    assert detect_language(seed_line(seed_text, "Бенефис читателя")) == "ru"
    assert detect_language("Кiтапхана қоры") == "kk"  # Latin i for і
    assert detect_language("3316,8") is None
    assert detect_language("беттер саны") is None  # no evidence either way
    assert detect_language("") is None


# -------------------------------------------------------------- entry point

_FRESH = textwrap.dedent("""
    import sys, spacy
    assert "esep.plugins.lang.kk" not in sys.modules
    nlp = spacy.blank("kk")
    print(type(nlp).__module__, "|".join(t.text for t in nlp("1-ші ж/ж (Ф№3)")))
""")


def _run_fresh(env: dict) -> str:
    result = subprocess.run([sys.executable, "-c", _FRESH], env=env, capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_entry_point_declaration_works_in_fresh_process(tmp_path):
    """The declared entry point, put on the path by hand: only ``import spacy``."""
    dist = tmp_path / "esep_kk_probe-0.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: esep-kk-probe\nVersion: 0.0\n")
    (dist / "entry_points.txt").write_text(
        "[spacy_languages]\nkk = esep.plugins.lang.kk:Kazakh\n")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        p for p in [str(tmp_path), os.environ.get("PYTHONPATH", "")] if p)}
    assert _run_fresh(env) == "esep.plugins.lang.kk 1-ші|ж/ж|(|Ф№3|)"


def _installed_entry_point() -> bool:
    return any(ep.name == "kk" and ep.value == "esep.plugins.lang.kk:Kazakh"
               for ep in importlib.metadata.entry_points(group="spacy_languages"))


@pytest.mark.skipif(not _installed_entry_point(),
                    reason="esep's spacy_languages entry point is not installed: add "
                           "[project.entry-points.spacy_languages] to pyproject.toml and "
                           "reinstall (pip install -e .)")
def test_installed_entry_point_in_fresh_process():
    assert _run_fresh(dict(os.environ)) == "esep.plugins.lang.kk 1-ші|ж/ж|(|Ф№3|)"
