"""The entity index: people and organizations of the seed against its gold,
name patterns the seed does not have, merging one person written several
ways, and the tables an ingest fills."""

import json
import sqlite3

import pytest

from esep.model import Block, Document, Provenance
from esep.pipeline import process_file
from esep.registry import Config
from esep.storage import Store
from esep.plugins import entities as en

from conftest import CORPUS, SEED_STEM, SEED_TXT, TOLERANCE

GOLD = json.loads((CORPUS / "gold" / f"{SEED_STEM}.entities.json").read_text(encoding="utf-8"))

# what the README claims on the seed: mention F1 0.996 (each kind at least that less the tolerance)
CLAIMED_F1 = 0.996


def load(registry, path):
    loader = next(ld for ld in registry.loaders if path.suffix in ld.suffixes)
    doc = loader.load(path, Config())
    registry.hook.prepare_document(document=doc, config=Config())
    return doc


def doc_of(*paragraphs):
    d = Document(id="x", path="x.txt", format="txt")
    for i, p in enumerate(paragraphs):
        d.add_block(Block("paragraph", p, Provenance(paragraph=i)))
    return d


def f1(got, want):
    pool = list(got)
    tp = 0
    for w in want:
        if w in pool:
            pool.remove(w)
            tp += 1
    p, r = tp / len(got), tp / len(want)
    return 2 * p * r / (p + r)


@pytest.mark.parametrize("suffix", [".txt", ".docx"])
def test_seed_mentions_meet_the_floor(registry, suffix):
    pairs = en.document_mentions(load(registry, SEED_TXT.with_suffix(suffix)), Config())
    got = [(m.kind, en._mkey(m.text)) for _, m in pairs if m.kind in ("person", "organization")]
    want = [(w["kind"], en._mkey(w["text"])) for w in GOLD["mentions"]]
    assert len(want) >= 200
    for kind in ("person", "organization"):
        assert f1([g for g in got if g[0] == kind], [w for w in want if w[0] == kind]) >= CLAIMED_F1 - TOLERANCE, kind
    ids: dict[str, set[str]] = {}
    for _, m in pairs:
        ids.setdefault(en._mkey(m.text), set()).add(m.entity_id)
    merged = [g for g in GOLD["same"] if len({i for t in g for i in ids.get(en._mkey(t), set())}) == 1]
    assert len(merged) >= len(GOLD["same"]) - 1


def test_one_person_written_several_ways_is_one_entity():
    d = doc_of("Кездесуге ардагер-ұстаз Айгүл Серікқызы Жұмабаева, тарихшы Нұрланов Е.К. қатысты.",
               "Жұмабаева А.С. өз естеліктерімен бөлісті; Е.Нұрлановтың баяндамасы тыңдалды.",
               "Встреча с Петром Сергеевичем Ивановым? Нет: Иванов П.С. и Пётр Сергеевич Иванов.")
    pairs = en.document_mentions(d, Config())
    by = {m.text: m.entity_id for _, m in pairs if m.kind == "person"}
    assert by["Айгүл Серікқызы Жұмабаева"] == by["Жұмабаева А.С."]
    assert by["Нұрланов Е.К."] == by["Е.Нұрлановтың"]
    assert by["Иванов П.С."] == by["Пётр Сергеевич Иванов"]
    assert by["Жұмабаева А.С."] != by["Нұрланов Е.К."]
    names = {m.entity_id: m.name for _, m in pairs}
    assert names[by["Жұмабаева А.С."]] == "Айгүл Серікқызы Жұмабаева"


@pytest.mark.parametrize("text,kind,expected", [
    ("№12 жалпы білім беретін мектептің оқушылары", "organization", "№12 жалпы білім беретін мектептің"),
    ("Ы.Алтынсарин атындағы гимназия оқушылары", "organization", "Ы.Алтынсарин атындағы гимназия"),
    ("«Болашақ» жастар клубымен бірге", "organization", "«Болашақ» жастар клубымен"),
    ("учащиеся школы №5 и клуб «Эрудит»", "organization", "школы №5"),
    ("облыстық тарихи-өлкетану мұражайының қызметкері", "organization", "облыстық тарихи-өлкетану мұражайының"),
    ("«Егемен Қазақстан» газетінде", "organization", "«Егемен Қазақстан» газетінде"),
    ("Мақала «Егемен Қазақстан», «Айқын» басылымдарында", "organization", "Айқын"),
    ("Бекова, Д. Кітап әлемі / Д.Бекова // Орталық Қазақстан", "person", "Бекова, Д."),
    ("директор Ахметова Г.С. сөз сөйледі", "person", "Ахметова Г.С."),
])
def test_patterns_beyond_the_seed(text, kind, expected):
    got = [(m.kind, m.text) for m in en.mentions(text)]
    assert (kind, expected) in got


def test_names_in_titles_and_eponyms_are_not_people():
    got = [m.text for m in en.mentions("«Мәншүк Мәметова» ерлік сағаты Абай атындағы №2 мектеп-лицейінде, "
                                       "им.А.Гайдара") if m.kind == "person"]
    assert got == []


def test_ingest_fills_mentions_entities_and_the_index(registry, tmp_path):
    db = tmp_path / "n.db"
    store = Store(db, registry.migrations)
    loader = next(ld for ld in registry.loaders if ".txt" in ld.suffixes)
    p = process_file(SEED_TXT, "seed", loader, registry, Config())
    store.write_document(p.document, p.records, loader=p.loader, size=1, mtime=1.0)
    store.close()
    conn = sqlite3.connect(db)
    row = conn.execute("select name, mentions from entities where entity_id = 'person:григорьева:т'").fetchone()
    assert row == ("Тамара Тимофеевна Григорьева", 2)
    assert conn.execute("select count(*) from entity_index where kind = 'organization'").fetchone()[0] >= 30
    page, block = conn.execute("select page, block_index from entity_mentions where text = 'Қожақов Д.А.'").fetchone()
    assert block is not None
    res = en.score(conn, "seed", GOLD)
    assert res["f1"] >= CLAIMED_F1 - TOLERANCE and res["fields"]["merged"]["recall"] >= 0.9


def test_natasha_is_optional():
    natasha = pytest.importorskip("natasha")
    assert natasha
    got = en.natasha_people("Встреча с писательницей Ольгой Петровой прошла в библиотеке.")
    assert any("Петров" in m.text for m in got)


def test_people_tokenizes_only_around_candidate_words_with_the_same_result():
    """Only the words near an initial or a surname's ending are tokenized;
    a name far into a long paragraph is found at its offset in the whole text."""
    filler = " ".join(["кітапхана оқырмандарға арналған кеш өтті"] * 30)
    text = f"{filler}, кешті аудандық кітапхананың қызметкері Ж. Сейітова жүргізді, {filler}."
    window_pieces = en._windows(text)
    assert len(window_pieces) == 1 and len(window_pieces[0][1]) < 120
    got = [(m.text, text[m.start:m.end]) for m in en.people(text, "kk")]
    assert got == [("Ж. Сейітова", "Ж. Сейітова")]


def test_words_read_alike_are_tokenized_alike_by_both_tokenizers():
    """A Russian passage is read again by the Russian tokenizer only where a
    word is not of the shapes both tokenizers split alike: every special
    case of either tokenizer of those shapes, and such words, give the same
    tokens in both; the words they split differently are not of them."""
    from esep.plugins.lang.nlp import get_tokenizer_nlp

    kk, ru = get_tokenizer_nlp("kk"), get_tokenizer_nlp("ru")
    rules = set(kk.tokenizer.rules) | set(ru.tokenizer.rules)
    words = [w for w in rules if en._ALIKE.fullmatch(w)]
    words += ["Иванова,", "К.Т.", "А.Б.Сейфуллин", "Ж.", "Сейітова", "Mark,"]
    assert len(words) > 10
    for w in words:
        assert en._read_alike(w)
        assert [t.text for t in kk.make_doc(w)] == [t.text for t in ru.make_doc(w)], w
    for w in ("Алма-Ата", "К.Т.«Исследование"):
        assert not en._read_alike(f"Сванкулов {w}")
        assert [t.text for t in kk.make_doc(w)] != [t.text for t in ru.make_doc(w)], w
    text = "Выступили Иванова И. И. и Сванкулов К.Т.«Исследование» в г. Алма-Ата."
    assert any(m.text.startswith("Сванкулов") for m in en.people(text, "ru"))
