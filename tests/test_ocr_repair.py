"""OCR-noise repair: each rule on the kind of noise Tesseract leaves in
Kazakh and Russian text, the original text kept, every change recorded.

The dictionary rules need Debian's ``hunspell``, ``hunspell-kk`` and
``hunspell-ru``: those tests are skipped with a reason where they are
missing, and fail in CI (``CI=true``)."""

from __future__ import annotations

import os
import sqlite3

import pytest

from esep.model import Block, Cell, Document, Provenance, Table
from esep.pipeline import process_file
from esep.plugins import ocr_repair
from esep.plugins.ocr_repair import Repairer, fix_digits, fix_homoglyphs, kazakh_candidates
from esep.registry import Config
from esep.storage import Store


@pytest.fixture(scope="module")
def lexicon():
    lex = ocr_repair.lexicon_for(Config())
    lex.check(["қаңтар", "библиотека"])
    problem = None
    if len(lex.dicts) < 2:
        problem = "the Kazakh and Russian Hunspell dictionaries are not installed"
    elif lex.exe is None:
        problem = "the hunspell program is not installed"
    elif "қаңтар" not in lex or "библиотека" not in lex:
        problem = "the dictionaries do not answer"
    if problem:
        msg = f"{problem} (apt-get install {ocr_repair.PACKAGES})"
        if os.environ.get("CI") == "true":
            pytest.fail("CI must install the dictionaries: " + msg)
        pytest.skip(msg)
    return lex


class NoLexicon(ocr_repair.Lexicon):
    def __init__(self):
        super().__init__([])


def repair(texts, lexicon=None):
    rep = Repairer(texts, lexicon or NoLexicon())
    return [rep.repair(t) for t in texts]


# ----------------------------------------------------------- without dictionaries


@pytest.mark.parametrize("token, fixed", [
    ("2О18", "2018"), ("З16,8", "316,8"), ("1б2", "162"), ("l5", "15"), ("2018", "2018"),
    ("Оқу", "Оқу"), ("бО", "бО"),
])
def test_digits(token, fixed):
    assert fix_digits(token) == fixed


def test_digits_of_a_thousands_group_mostly_misread():
    """"86 4ОО": the group of three after a figure's thousands is a number even
    when two of its three characters are letters; alone, or with no digit, it
    stays a word ("ООО" is a company's form)."""
    [(text, changes)] = repair(["Число посещений - 86 4ОО, пользователей 1 2ОО."])
    assert text == "Число посещений - 86400, пользователей 1200."  # and the space of thousands closed
    assert {(c.before, c.after, c.rule) for c in changes} >= {("4ОО", "400", "digits"), ("2ОО", "200", "digits")}
    assert repair(["Сдано 4ОО и ООО «Альфа», 12 ООО"])[0][0] == "Сдано 4ОО и ООО «Альфа», 12 ООО"


@pytest.mark.parametrize("token, fixed", [
    ("мерекелiк", "мерекелік"),   # Latin i in a Kazakh word
    ("кocмoc", "космос"),          # Latin o and c
    ("Рухани", "Рухани"),
    ("Selfi", "Selfi"),
    ("Bооktading", "Booktading"),  # Cyrillic о in a Latin word
    ("əдеби", "әдеби"),            # Latin schwa for ә
    ("Əдебиет", "Әдебиет"),
    ("kітапханалар", "кітапханалар"),  # OCR's Latin k for к, a letter no Latin one looks like in print
    ("мemлекеттік", "мемлекеттік"),
    ("knигa", "knигa"),            # as many Latin letters as Cyrillic: left
    ("Kaspi", "Kaspi"),
])
def test_homoglyphs(token, fixed):
    assert fix_homoglyphs(token) == fixed


def test_numbers_split_by_spaces():
    (text, changes), = repair(["Қорда 314 760 дана, 3485, 4 мың теңгеге; 1, 2 сынып; №1 100"])
    assert "314760 дана" in text and "3485,4 мың" in text
    assert "1, 2 сынып" in text and "№1 100" in text  # lists and numbers after № are left alone
    assert {c.rule for c in changes} == {"number_space"}


def test_page_mark_and_numero():
    (text, changes), = repair(["Балқаш өңірі. – 2018. – 5 қаңтар(Хо1-2). – 4 6."])
    assert text == "Балқаш өңірі. – 2018. – 5 қаңтар(№1-2). – 4 б."
    assert [c.rule for c in changes] == ["numero", "page_mark"]


def test_roman_numerals_of_a_quarter_read_as_cyrillic_letters():
    """OCR reads III as "Ш" or "ПІ" and II as "П": before the word of a quarter
    or a half-year they are numerals again."""
    out = repair(["2022 жылғы Ш тоқсандағы есеп", "ПІ тоқсанда", "за П квартал 2021 года", "Ш. Уәлиханов атындағы"])
    assert [t for t, _ in out] == ["2022 жылғы III тоқсандағы есеп", "III тоқсанда", "за II квартал 2021 года",
                                   "Ш. Уәлиханов атындағы"]
    assert {c.rule for _, cs in out for c in cs} == {"roman"}


def test_stray_bars():
    out = repair(["|7649", "122 |5401", "кішкентай. | оқырмандар", "x|y"])
    assert [t for t, _ in out] == ["7649", "122 5401", "кішкентай. оқырмандар", "x|y"]


def test_garbled_list_number_restored_and_joined():
    doc = Document(id="x", path="x.pdf", format="pdf", metadata={"ocr": "text_layer"})
    for kind, number, text in [
            ("list_item", "14", "Бекетов,А. В день благодарности / А.Бекетов // Пульс. – 2018."),
            ("paragraph", None, "15, Каукербекова,Г. «Алғысым шексіз»: С.Сейфуллин"),
            ("paragraph", None, "атындағы кітапханада жиын өтті / Г.Каукербекова // Балқаш өңірі. – 2018"),
            ("list_item", "16", "Каукербекова,Г. Жаңғыру жазудан басталады"),
            ("paragraph", None, "Т7, бұл тізімнен кейін")]:
        doc.add_block(Block(kind, text, Provenance(page=1), number=number))
    doc.add_table(Table([Cell(0, 0, "x")], position=4))
    rows = ocr_repair.repair_document(doc, Config(options={"hunspell_dicts": "/nowhere/none"}))
    assert [(b.kind, b.number) for b in doc.blocks] == [
        ("list_item", "14"), ("list_item", "15"), ("list_item", "16"), ("list_item", "17")]
    item = doc.blocks[1]
    assert item.text == ("Каукербекова,Г. «Алғысым шексіз»: С.Сейфуллин атындағы кітапханада жиын өтті "
                         "/ Г.Каукербекова // Балқаш өңірі. – 2018")
    assert item.original.startswith("15, Каукербекова")
    assert [b.index for b in doc.blocks] == [0, 1, 2, 3] and doc.tables[0].position == 3
    # the entry's second line, in lower case, goes on with its first before the number is read
    assert [r["rule"] for r in rows] == ["sentence_join", "list_number", "list_number"]


def test_page_mark_with_the_space_lost():
    """Only in a document whose Kazakh entries end in "N б." as a habit."""
    entries = [f"Балқаш өңірі. – 2018. – {d} қаңтар. – {p} б." for d, p in ((5, 4), (12, 8), (19, 6))]
    out = repair(entries + ["Балқаш өңірі. – 2018. – 21 ақпан. – 86", "Пульс. – 2018. – С. 6"])
    assert out[3][0].endswith("– 8 б") and out[3][1][-1].rule == "page_mark"
    assert out[4][0].endswith("С. 6")  # a Russian entry keeps its page
    (alone, changes), = repair(["Балқаш өңірі. – 2018. – 21 ақпан. – 86"])
    assert alone.endswith("– 86") and changes == []


def test_words_from_the_document_vocabulary(lexicon):
    texts = ["Северное Прибалхашье. - 2018"] * 4 + ["Северное Прибалхаттье. - 2018",
                                                   "кітапханасында кітапханасына кітапханасына кітапханасына"]
    out = repair(texts, lexicon)
    assert out[4][0] == "Северное Прибалхашье. - 2018"
    assert out[4][1][0].rule == "vocabulary"
    assert out[5][0].startswith("кітапханасында")  # another ending is another word


def test_kazakh_letters_from_the_document_context():
    """Without a dictionary, a spelling the document uses more often wins."""
    texts = ["Бақтораз Е. жазды", "Е.Бақтораз // Пульс", "Е.Бактораз // Балқаш өңірі"]
    out = repair(texts)
    assert out[2][0] == "Е.Бақтораз // Балқаш өңірі"
    assert out[2][1][0].rule == "kazakh_letter"
    assert out[0][1] == [] and out[1][1] == []


def test_candidates_put_back_lost_letters():
    cands = {c for _, c in kazakh_candidates("кантар")}
    assert "қаңтар" in cands and "кантар" not in cands
    assert all(n <= ocr_repair._MAX_SUBS for n, _ in kazakh_candidates("окырмандарынын"))


# -------------------------------------------------------------- with dictionaries


def test_kazakh_letters_by_dictionary(lexicon):
    texts = ["2018. – 5 кантар(№1-2). – 4 б.", "отті", "акпан айында", "библиотеке"]
    out = repair(texts, lexicon)
    assert out[0][0].startswith("2018. – 5 қаңтар(")
    assert out[1][0] == "өтті"
    assert out[2][0] == "ақпан айында"
    assert out[3][0] == "библиотеке"  # a Russian word the Russian dictionary knows


def test_russian_word_in_kazakh_text_follows_the_document(lexicon):
    """"казак" is a Russian word, but in Kazakh text of a document that
    writes "қазақ" again and again it is OCR's "қазақ"."""
    texts = ["қазақ тілінде", "қазақ әдебиеті", "Қазақ халқы", "қазақ жері", "қазақ тілі, қазақ әні",
             "С.і. казак тілінде", "донской казак"]
    out = repair(texts, lexicon)
    assert out[5][0] == "С.і. қазақ тілінде"
    assert out[6][0] == "донской казак"  # Russian text: left alone


def test_endings_need_the_document(lexicon):
    """"сағатын" (accusative) is not in the dictionary but "сағатың" is: a
    change of the last letters alone is not made on the dictionary's word."""
    (text, changes), = repair(["тарихи сағатын өткізді"], lexicon)
    assert text == "тарихи сағатын өткізді" and changes == []


def test_hyphenated_line_ends(lexicon):
    (text, changes), = repair(["кітап- хана және кітапхана-филиалы, ой-толғау"], lexicon)
    assert text == "кітапхана және кітапхана-филиалы, ой-толғау"
    assert [(c.before, c.after, c.rule) for c in changes] == [("кітап- хана", "кітапхана", "hyphen")]


# --------------------------------------------------------------- as a normalizer


def ocr_document(fmt="pdf", source="text_layer"):
    doc = Document(id="d" * 64, path="/tmp/x.pdf", format=fmt, metadata={"ocr": source})
    doc.add_block(Block("paragraph", "2О18 жылы мерекелiк шара өтті", Provenance(page=1)))
    doc.add_block(Block("paragraph", "Оқырмандар саны", Provenance(page=1)))
    doc.add_table(Table([Cell(0, 0, "Барлығы"), Cell(0, 1, "12 564", provenance=Provenance(page=2))],
                        Provenance(page=2)))
    return doc


def test_prepare_document_keeps_originals_and_records_changes(registry, tmp_path):
    doc = ocr_document()
    config = Config()
    registry.hook.prepare_document(document=doc, config=config)
    b0, b1 = doc.blocks
    assert b0.text == "2018 жылы мерекелік шара өтті" and b0.original == "2О18 жылы мерекелiк шара өтті"
    assert b1.original is None
    cell = doc.tables[0].cells[1]
    assert cell.text == "12564" and cell.original == "12 564"
    records = [r for ex in registry.extractors if ex.name == "ocr_repairs" for r in ex.extract(doc, config)]
    assert {(r.values["before"], r.values["after"], r.values["rule"]) for r in records} == {
        ("2О18", "2018", "digits"), ("мерекелiк", "мерекелік", "homoglyph"), ("12 564", "12564", "number_space")}
    cell_rec = next(r for r in records if r.values["rule"] == "number_space")
    assert cell_rec.table_index == 0 and cell_rec.cell == (0, 1) and cell_rec.provenance.page == 2
    assert "_ocr_repairs" not in doc.metadata and doc.metadata["ocr_repaired"] == 3


def test_only_ocr_text_is_repaired_unless_asked(registry):
    typed = ocr_document(fmt="docx", source=None)
    typed.metadata.pop("ocr")
    registry.hook.prepare_document(document=typed, config=Config())
    assert typed.blocks[0].text.startswith("2О18")
    off = ocr_document()
    registry.hook.prepare_document(document=off, config=Config(options={"ocr_repair": "off"}))
    assert off.blocks[0].original is None
    forced = ocr_document(fmt="docx", source=None)
    forced.metadata.pop("ocr")
    registry.hook.prepare_document(document=forced, config=Config(options={"ocr_repair": "always"}))
    assert forced.blocks[0].text.startswith("2018")


def test_repairs_stored_with_the_document(registry, tmp_path):
    """Through the pipeline into SQLite: the blocks keep both texts and the
    ocr_repairs table says what changed where."""
    src = tmp_path / "r.txt"
    src.write_text("2О18 жылы 314 760 дана кітап бар\n", encoding="utf-8")
    loader = next(ld for ld in registry.loaders if ld.name == "text")
    processed = process_file(src, "e" * 64, loader, registry, Config(options={"ocr_repair": "always"}))
    store = Store(tmp_path / "r.db", registry.migrations)
    store.write_document(processed.document, processed.records, loader="text", size=1, mtime=1.0)
    conn = sqlite3.connect(tmp_path / "r.db")
    text, original = conn.execute("select text, original from blocks where idx = 0").fetchone()
    assert text == "2018 жылы 314760 дана кітап бар" and original == "2О18 жылы 314 760 дана кітап бар"
    rows = conn.execute("select before, after, rule, block_index, evidence from ocr_repairs order by id").fetchall()
    assert rows == [("2О18", "2018", "digits", 0, "2О18"), ("314 760", "314760", "number_space", 0, "314 760")]
    store.close()


# ------------------------------------------------ numerals, signs and щ


@pytest.mark.parametrize("text, fixed", [
    ("Отчет за П квартал 2023 года", "Отчет за II квартал 2023 года"),
    ("Во П квартале проведено 112 мероприятий", "Во II квартале проведено 112 мероприятий"),
    ("2019 жылдың Ш тоқсаны", "2019 жылдың III тоқсаны"),
    ("за ПІ квартал", "за III квартал"),
    ("ТУ квартал 2020 г.", "IV квартал 2020 г."),
    ("2017 ж.ІГ ж/ж", "2017 ж.I ж/ж"),
    ("Г полугодие 2018 г.", "I полугодие 2018 г."),
    ("11 полуг. 2021 г.", "II полуг. 2021 г."),
])
def test_roman_numerals_misread_before_a_period_word(text, fixed):
    (out, changes), = repair([text])
    assert out == fixed
    assert [c.rule for c in changes] == ["roman"]


def test_a_doubtful_numeral_follows_the_documents_other_mentions_of_its_period():
    """"ПІ" is III in plain type and II in a bold title.  A report names its
    period again in its body: when those mentions read II and none reads
    III, the title's "ПІ" is II; when they read III, or there are none, III."""
    bold_title = ["Отчет за ПІ квартал 2023 года", "Во П квартале проведено 112 мероприятий",
                  "Выполнено за П квартал"]
    assert [t for t, _ in repair(bold_title)][0] == "Отчет за II квартал 2023 года"
    third = ["Отчет за ПІ квартал 2023 года", "В Ш квартале проведено 90 мероприятий",
             "против 80 во П квартале"]
    assert [t for t, _ in repair(third)][0] == "Отчет за III квартал 2023 года"
    # one mention of II against two "ПІ": the plain-type reading stands
    plain = ["ПІ тоқсандағы есеп", "ПІ тоқсанда 40 іс-шара", "П тоқсанмен салыстырғанда"]
    assert [t for t, _ in repair(plain)][:2] == ["III тоқсандағы есеп", "III тоқсанда 40 іс-шара"]


@pytest.mark.parametrize("text", [
    "за I квартал 2020 г.", "ІІ жартыжылдық", "1 квартал", "за |І квартал",  # readable, a digit, ambiguous
    "Иванов П. Отчет", "Шығарылды 3 470", "П. 2", "по кварталам",  # no period word after the letter
    "Ф. И. Ш. квартал",
])
def test_no_roman_numeral_where_none_was_misread(text):
    (out, changes), = repair([text])
    assert "roman" not in [c.rule for c in changes]


def test_plus_read_as_two_hyphens():
    (out, changes), = repair(["Читатели 12318 12450 --132 (--0,9 %), графа --/-; тире -- 5"])
    assert out == "Читатели 12318 12450 +132 (+0,9 %), графа +/-; тире -- 5"
    assert [c.rule for c in changes] == ["plus"] * 3


def test_shcha_read_as_sha_put_back(lexicon):
    texts = ["Число посешений выросло, обрашаемость фонда 1,1; школа и шахматы остаются"]
    (out, changes), = repair(texts, lexicon)
    assert out == "Число посещений выросло, обращаемость фонда 1,1; школа и шахматы остаются"
    assert {(c.before, c.after, c.rule) for c in changes} == {
        ("посешений", "посещений", "russian_letter"), ("обрашаемость", "обращаемость", "russian_letter")}


def test_no_kazakh_letter_by_dictionary_alone_in_a_russian_document(lexicon):
    """"Ысык" is a place name to a Russian report, "ысық" (hot) to the Kazakh
    dictionary: in a document without Kazakh, the dictionary alone does not
    put the letter in; in a Kazakh one it does."""
    russian = ["Библиотеки Ысык-Атинского района", "Отчет о работе библиотек района за год"]
    (out, _), _ = repair(russian, lexicon)
    assert out == "Библиотеки Ысык-Атинского района"
    kazakh = ["Ысык су құйылды", "Кітапханалар жұмысы туралы есеп, оқырмандар саны өсті"]
    (out, changes), _ = repair(kazakh, lexicon)
    assert out == "Ысық су құйылды" and changes[0].rule == "kazakh_letter"


def test_list_number_read_as_another_number():
    """OCR reads "57." as "97." and "29." as "49,": between items 56 and 58
    (28 and 30) the entry is item 57 (29) again; a line of the entry that
    goes on after a dash is joined to it whatever it starts with."""
    doc = Document(id="x", path="x.pdf", format="pdf", metadata={"ocr": "tesseract"})
    for kind, number, text in [
            ("list_item", "28", "Бекенова, Т. Кітапханашы мерейі // Егемен Қазақстан. – 2013. – 12 ақпан. – 11 б."),
            ("paragraph", None, "49, Бекенова, Н. Кітапханашы мерейі / Н.Бекенова // Ауыл тынысы. -"),
            ("paragraph", None, "2013. - 14 ақпан (№29). - 9 б."),
            ("list_item", "30", "Ысқақова, Ж. Білім ордасы // Ауыл тынысы. – 2013. – 15 ақпан. – 10 б."),
            ("list_item", "97", "Ысқақова, М. Білім ордасы // Ауыл тынысы. – 2013. – 16 ақпан. – 5 б."),
            ("list_item", "32", "Омарова, Д. Білім ордасы // Ауыл тынысы. – 2013. – 17 ақпан. – 8 б."),
            ("list_item", "77", "Омарова, А. Кітап // Ауыл тынысы. – 2013. – 18 ақпан. – 2 б."),
            ("heading", None, "Жарнама"),
            ("list_item", "2", "Әбілқасымова, Д. Жаңа кітаптар // Көктерек таңы. – 2019. – 8 қаңтар. – 7 б."),
            ("list_item", "2", "Тоқтарова, Т. Білім ордасы // Ауыл тынысы. – 2019. – 11 қаңтар. – 2 б.")]:
        doc.add_block(Block(kind, text, Provenance(page=1), number=number))
    rows = ocr_repair.repair_document(doc, Config(options={"hunspell_dicts": "/nowhere/none"}))
    assert [(b.kind, b.number) for b in doc.blocks] == [
        ("list_item", "28"), ("list_item", "29"), ("list_item", "30"), ("list_item", "31"),
        ("list_item", "32"), ("list_item", "77"),  # no next item vouches for 33
        ("heading", None), ("list_item", "1"), ("list_item", "2")]  # a list's first item read "2."
    assert doc.blocks[1].text == ("Бекенова, Н. Кітапханашы мерейі / Н.Бекенова // Ауыл тынысы. - "
                                  "2013. - 14 ақпан (№29). - 9 б.")
    assert doc.blocks[1].original.startswith("49, Бекенова")
    assert [(r["before"][:3], r["rule"]) for r in rows if r["rule"] == "list_number"] == [
        ("49,", "list_number"), ("97.", "list_number"), ("2.", "list_number")]


# ------------------------------------------------ Kazakh in Latin letters


def test_marks_of_latin_kazakh_put_back_where_the_dictionary_knows_the_word(lexicon):
    """Tesseract's English model, which reads Latin-script pages, drops the
    marks of the Kazakh Latin alphabet (ý ǵ ń ó á ı) and reads ó as "6" or
    "é" and q as "g": the mark goes back where the Kazakh dictionary knows
    the word in Cyrillic, with the fewest letters changed.  A word it knows
    as written, and a word two spellings fit equally, stay."""
    texts = ["2019 jyly oqyrmandar sany 19955 adamdy qurady (6tken jyly - 19444).",
             "Aydandyq madeniet jane tilderdi damytý bolimine",
             "Elektrondy katalog kélemi 54579 jazba. Kitap gory 287887 dana."]
    out = [t for t, _ in repair(texts, lexicon)]
    assert out[0] == "2019 jyly oqyrmandar sany 19955 adamdy qurady (ótken jyly - 19444)."  # sany: sańy or saný
    assert out[1].startswith("Aýdandyq mádenıet jáne tilderdi damytý")
    assert "kólemi 54579" in out[2] and "Kitap qory 287887" in out[2]
    (_, changes), = repair(["2019 jyly oqyrmandar sany 19955 (6tken jyly)"], lexicon)
    assert [(c.before, c.after, c.rule) for c in changes] == [("6tken", "ótken", "latin_letter")]


def test_latin_marks_are_left_alone_outside_latin_kazakh(lexicon):
    """English and Russian text keep their words; so does a Kazakh text in
    Cyrillic."""
    texts = ["The library report for 2019 was sent to the ministry.", "Отчет библиотеки за 2019 год",
             "Кітап қоры 287887 дана"]
    assert [t for t, _ in repair(texts, lexicon)] == texts


def test_a_year_mark_read_as_a_bracket_in_a_latin_kazakh_report(lexicon):
    """"2018 j." (jyl) with its j read as "]" or "}" in a table header of a
    report written in Latin-script Kazakh."""
    texts = ["Sharalar", "2018].", "2019}.", "is-shara", "qatysty", "Kitaphana jelisi 18 kitaphanadan turady.",
             "Oqyrmandar sany 19955 adam."]
    out = [t for t, _ in repair(texts, lexicon)]
    assert out[1:3] == ["2018j.", "2019j."]
    assert [t for t, _ in repair(["Таблица [2018]."], lexicon)] == ["Таблица [2018]."]


# ----------------------------------------------------------- the kept hunspell process


def test_kept_hunspell_answers_as_a_new_one_in_batches_and_per_process(lexicon):
    """The dictionaries are asked of one hunspell process kept for the
    life of the process: its answers are those of a run per call, over a
    batch larger than one exchange; a forked child asks its own process,
    never the parent's pipe."""
    words = ["кітапхана", "кытапхана", "библиотека", "библеотека", "оқырман", "окырман"] * 900
    words += [f"жоқсөз{i}" for i in range(300)]
    kept = ocr_repair.Lexicon(lexicon.dicts)
    one_shot = ocr_repair.Lexicon(lexicon.dicts)
    one_shot._pipes[os.getpid()] = None  # no kept process: a hunspell run per call
    assert sum(len(w) + 1 for w in words) > ocr_repair._HunspellPipe.BATCH_CHARS * 4
    got = kept._hunspell(words)
    assert got == one_shot._hunspell(words)
    assert {"кытапхана", "библеотека", "окырман"} <= got and "кітапхана" not in got
    parent = kept._pipes[os.getpid()]
    assert parent is not None and parent.proc.poll() is None
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: its own process, the right answer
        try:
            child_bad = kept._hunspell(["оқырман", "окырман"])
            mine = kept._pipes.get(os.getpid())
            ok = child_bad == {"окырман"} and mine is not None and mine is not parent
            os.write(w, b"1" if ok else b"0")
        finally:
            os._exit(0)
    os.close(w)
    os.waitpid(pid, 0)
    assert os.read(r, 1) == b"1"
    os.close(r)
    assert parent.proc.poll() is None  # the child's exit did not end the parent's process
    assert kept._hunspell(["библиотека", "библеотека"]) == {"библеотека"}
