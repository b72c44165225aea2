"""Words a narrow PDF table column cut every few letters, read as the .txt
export of the same report writes them: pieces re-split into the words the
document writes elsewhere, a lone letter under a full line ending the word
above, a hyphen or one capital a line joining the word they cut, and a
table's last row of words alone on the next page mended into the row above.
The real inputs are reports of the generator rendered by LibreOffice (the
development seeds ``p17b-dev-1`` and ``p17b-dev-2``)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from esep.plugins.pdf import pages
from esep.plugins.pdf.loader import load as load_pdf
from esep.plugins.text.loader import load as load_txt
from esep.registry import Config

from conftest import ROOT

W = 6.0  # points a letter


def cell_line(text: str, top: float, x0: float = 0.0) -> pages.Line:
    words, x = [], x0
    for t in text.split():
        words.append(pages.Word(t, x, top, x + W * len(t), top + 10, False, 10.0, len(t)))
        x += W * len(t) + 3
    return pages.Line(1, words)


def column(*pieces: str) -> list[pages.Line]:
    return [cell_line(p, 12.0 * k) for k, p in enumerate(pieces)]


def test_pieces_of_a_narrow_column_are_split_into_the_documents_words():
    # a column 14 pt wide holds two letters a line: "Basqa da sharalar" comes as
    # "Ba" / "sq" / "a" / "da" / "sh" / "ar" / "al" / "ar" ("a" ends short: a break for sure)
    cell = column("Ba", "sq", "a", "da", "sh", "ar", "al", "ar")
    assert pages.cell_text(cell, 14.0, {"basqa", "da", "sharalar"}) == ("Basqa\nda\nsharalar", False)
    # the words unknown: the pieces stay one word, as before
    assert pages.cell_text(cell, 14.0, {"basqa"}) == ("Basqa\ndasharalar", False)
    # a word the document knows whole is not split into known parts
    cell = column("ki", "ta", "ph", "an", "al", "ar")
    assert pages.cell_text(cell, 12.0, {"kitap", "kitaphanalar"}) == ("kitaphanalar", False)


class Dictionary:
    """Answers as :class:`esep.plugins.ocr_repair.Lexicon` gives them, for a few words."""

    def __init__(self, words):
        self.words, self.known, self.asked = set(words), {}, []

    def check(self, words):
        words = sorted(words)
        self.asked.append(words)
        self.known.update({w: w in self.words for w in words})


def test_a_dictionary_tells_two_words_a_full_line_split_from_one_word_cut():
    # "Халықты кітапханалық қызметпен қамту": "кітапханалық" fills the column, the document
    # writes neither word elsewhere; the joined form is no word of the dictionary
    cell = [cell_line("кітапханалық", 0.0), cell_line("қызметпен", 12.0)]
    right = W * len("кітапханалық") + 2
    assert pages.cell_text(cell, right, pages.vocabulary(cell))[0] == "кітапханалыққызметпен"
    vocab = pages.vocabulary(cell)
    kk = Dictionary({"кітапханалық", "қызметпен"})
    pages.look_up_pieces([(cell, right)], vocab, kk)
    assert len(kk.asked) == 1 and "кітапханалыққызметпен" in kk.asked[0]  # one batch for the document
    assert pages.cell_text(cell, right, vocab)[0] == "кітапханалық\nқызметпен"
    # a dictionary's one- or two-letter "words" (abbreviations: "кл") cut nothing ("Мастер-" / "кл" / "ас" / "та" / "р")
    cell = column("кл", "ас", "та", "р")
    vocab = pages.vocabulary(cell)
    pages.look_up_pieces([(cell, 14.0)], vocab, Dictionary({"кл", "астар"}))
    assert pages.cell_text(cell, 14.0, vocab)[0] == "кластар"
    # nor do its short words that are the endings of longer ones ("викторин" + "алар"), nor one letter
    # the document writes as a word ("встреч" + "и")
    cell = column("ви", "кт", "ор", "ин", "ал", "ар")
    vocab = pages.vocabulary(cell)
    pages.look_up_pieces([(cell, 14.0)], vocab, Dictionary({"викторин", "алар"}))
    assert pages.cell_text(cell, 14.0, vocab)[0] == "викториналар"
    cell = column("Вс", "тр", "еч", "и")
    vocab = pages.vocabulary(cell)
    vocab.add("и")
    pages.look_up_pieces([(cell, 14.0)], vocab, Dictionary({"встреч"}))
    assert pages.cell_text(cell, 14.0, vocab)[0] == "Встречи"


def test_a_look_alike_latin_letter_in_a_cut_word_is_asked_about_folded():
    # "Оқырмaндарды тіркеу" typed with a Latin "a": the dictionary knows the word written in
    # Cyrillic only, and is asked both forms in its one batch
    cell = column("Оқ", "ыр", "мa", "нд", "ар", "ды", "ті", "рк", "еу")
    vocab = pages.vocabulary(cell)
    kk = Dictionary({"оқырмандарды", "тіркеу"})
    pages.look_up_pieces([(cell, 14.0)], vocab, kk)
    assert len(kk.asked) == 1 and "оқырмандарды" in kk.asked[0]
    assert pages.cell_text(cell, 14.0, vocab)[0] == "Оқырмaндарды\nтіркеу"
    # without the dictionary the pieces stay one word, as before
    assert pages.cell_text(cell, 14.0, pages.vocabulary(cell))[0] == "Оқырмaндардытіркеу"

def test_a_lone_letter_under_a_full_header_line_ends_the_word_above():
    cell = [cell_line("жартыжылды", 0.0), cell_line("қ 2014", 12.0)]
    right = W * len("жартыжылды")
    vocab = pages.vocabulary(cell)
    assert "қ" not in vocab  # one or two letters under a one-word line may be the end of a cut word
    assert pages.cell_text(cell, right, vocab, header=True) == ("жартыжылдық 2014", False)
    # whole words stacked in a header stay apart; so does a one-letter word the document writes
    assert pages.cell_text([cell_line("Число", 0.0), cell_line("в том", 12.0)], 30.0, {"в", "том"},
                           header=True)[0] == "Число\nв том"
    assert pages.cell_text(column("Halt", "days"), 24.0, set(), header=True)[0] == "Halt\ndays"


def test_a_hyphen_or_one_capital_a_line_joins_the_word_they_cut():
    assert pages.cell_text(column("Бе", "се", "ды", "-", "ди", "ал", "ог", "и"), 12.0, set())[0] == "Беседы-диалоги"
    assert pages.cell_text(column("И", "Т", "О", "Г", "О"), 7.0, set())[0] == "ИТОГО"
    # a dash alone in a cell, and capitals that do not fill the width, are left as they are
    assert pages.cell_text(column("-"), 12.0, set())[0] == "-"
    assert pages.cell_text(column("I", "II"), 60.0, set())[0] == "I\nII"


def _generate(out: Path, seed: str, count: int, fmt: str) -> None:
    subprocess.run([sys.executable, str(ROOT / "corpus" / "generate.py"), "--out", str(out), "--count", str(count),
                    "--seed", seed, "--formats", fmt], check=True, capture_output=True, timeout=600)


def _grids(doc) -> list[list[list[str]]]:
    return [[[" ".join(c.split()) for c in row] for row in t.grid()] for t in doc.tables]


@pytest.fixture(scope="module")
def reports(tmp_path_factory):
    if shutil.which("soffice") is None and shutil.which("libreoffice") is None:
        pytest.skip("LibreOffice makes the PDFs")
    base = tmp_path_factory.mktemp("narrow")
    for seed, count in (("p17b-dev-1", 3), ("p17b-dev-2", 1)):
        for fmt in ("txt", "pdf"):
            _generate(base / seed / fmt, seed, count, fmt)
    return base


def _both(reports: Path, seed: str, stem: str):
    pdf = load_pdf(reports / seed / "pdf" / f"{stem}.pdf", Config())
    txt = load_txt(reports / seed / "txt" / f"{stem}.txt", Config())
    return _grids(pdf), _grids(txt)


def test_a_header_word_cut_before_its_last_letter_reads_as_in_the_txt(reports):
    # "І жартыжылдық 2014" printed "І" / "жартыжылды" / "қ 2014": the period of the column
    pdf, txt = _both(reports, "p17b-dev-2", "synthetic_2015-H1_kokterek_kk")
    assert pdf[0] == txt[0]
    assert "І жартыжылдық 2014" in pdf[0][0]


def test_a_total_row_cut_by_the_page_break_is_one_row(reports):
    # the events table's total "ИТОГО" starts as "И" at the foot of a page and goes on
    # as "Т" / "О" / "Г" / "О" at the top of the next, in a row without figures
    pdf, txt = _both(reports, "p17b-dev-1", "synthetic_2015-9M_zharkol_kkru")
    events_pdf, events_txt = pdf[-1], txt[-1]
    assert len(events_pdf) == len(events_txt)
    assert events_pdf[-1] == events_txt[-1] and events_pdf[-1][0] == "ИТОГО"
    # the labels a hyphen cut read as written
    labels = [row[0] for row in events_pdf]
    assert "Книжно-иллюстративные выставки" in labels and "Беседы-диалоги" in labels
