"""Tables of reports laid out in two columns, and the labels of a narrow
first column that wrap.

* A newsletter-like page of two columns (a Word section of two columns)
  sets a small fund-movement table ("Поступило | Выбыло | Состоит") and an
  indicators table in its right-hand column, beside prose in the left: the
  tables are read within their column, no line of the left column in them.
* A narrow first column wraps a library's name: the name fills the line
  ("Кеңгірбай") and its title goes on below ("би ауылдық"); a short piece
  the dictionary knows as a word, under a word it does not join into a
  known word, is a word of its own; one letter, an ending, or a joined word
  the dictionary knows still end the word above.

The reports are made here with python-docx and saved as PDF by LibreOffice
(skipped with a reason where LibreOffice is missing, failing in CI)."""

from __future__ import annotations

import sqlite3
import subprocess

import pytest
from docx import Document as Word
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from esep.plugins.ocr_repair import lexicon_for
from esep.plugins.pdf import pages
from esep.registry import Config

from conftest import soffice_program

W = 6.0  # points a letter


def _line(text: str, top: float) -> pages.Line:
    words, x = [], 0.0
    for t in text.split():
        words.append(pages.Word(t, x, top, x + W * len(t), top + 10, False, 10.0, len(t)))
        x += W * len(t) + 3
    return pages.Line(1, words)


class Dictionary:
    """Answers as :class:`esep.plugins.ocr_repair.Lexicon` gives them, for a few words."""

    def __init__(self, words):
        self.words, self.known = set(words), {}

    def check(self, words):
        self.known.update({w: w in self.words for w in words})


def _cell(first: str, rest: str, words) -> str:
    cell = [_line(first, 0.0), _line(rest, 12.0)]
    right = W * len(first) + 2  # the first line fills the column
    vocab = pages.vocabulary(cell)
    if words is not None:
        pages.look_up_pieces([(cell, right)], vocab, Dictionary(words))
    return pages.cell_text(cell, right, vocab)[0]


def test_a_short_word_under_a_name_that_fills_the_column_stays_a_word():
    assert _cell("Кеңгірбай", "би ауылдық", {"би", "ауылдық"}) == "Кеңгірбай\nби ауылдық"
    assert _cell("Библиотека", "им Абая", {"библиотека", "им"}) == "Библиотека\nим Абая"


def test_pieces_that_cannot_stand_alone_still_end_the_word_above():
    # the dictionary knows the word joined: one word ("Оқырман" / "дар")
    assert _cell("Оқырман", "дар саны", {"оқырмандар", "дар", "саны"}) == "Оқырмандар саны"
    # an ending of Kazakh words, though the dictionary knows it as a word too
    assert _cell("Кітапхана", "лар саны", {"лар", "саны"}) == "Кітапханалар саны"
    # one letter
    assert _cell("Встреч", "и беседы", {"и", "беседы"}) == "Встречи беседы"
    # under a lower-case piece the dictionary does not know ("конференцияла" / "ры")
    assert _cell("конференцияла", "ры", {"ры"}) == "конференциялары"
    # a word above of three letters: too short to tell a word from a piece
    assert _cell("Кіт", "ап", {"ап"}) == "Кітап"
    # no dictionary, or the piece unknown to it: glued as before
    assert _cell("Кеңгірбай", "би ауылдық", None) == "Кеңгірбайби ауылдық"
    assert _cell("Кеңгірбай", "бп ауылдық", {"ауылдық"}) == "Кеңгірбайбп ауылдық"


def test_the_dictionaries_of_the_machine_keep_a_name_and_its_title_apart():
    lexicon = lexicon_for(Config())
    if not lexicon.available:
        pytest.skip("the Hunspell dictionaries are not installed (apt-get install hunspell-kk hunspell-ru)")
    cell = [_line("Кеңгірбай", 0.0), _line("би ауылдық", 12.0)]
    right = W * len("Кеңгірбай") + 2
    vocab = pages.vocabulary(cell)
    pages.look_up_pieces([(cell, right)], vocab, lexicon)
    assert pages.cell_text(cell, right, vocab)[0] == "Кеңгірбай\nби ауылдық"


def _two_columns(doc) -> None:
    sect = doc.sections[0]._sectPr
    cols = sect.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        sect.append(cols)
    cols.set(qn("w:num"), "2")
    cols.set(qn("w:space"), "567")


def _table(doc, rows, widths_cm):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.autofit = False
    for i, row in enumerate(rows):
        for j, value in enumerate(row):
            t.cell(i, j).text = value
    for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    t._tbl.tblPr.append(layout)


@pytest.fixture(scope="module")
def ingested(tmp_path_factory):
    exe = soffice_program("the two-column report")
    folder = tmp_path_factory.mktemp("columns")
    doc = Word()
    _two_columns(doc)
    doc.add_paragraph("Отчёт о работе Степной районной библиотеки за 2024 год")
    for _ in range(3):
        doc.add_paragraph("Библиотека продолжила работу по продвижению чтения среди жителей района, "
                          "обслуживанию сельского населения и работе с детьми и юношеством.")
    doc.add_paragraph().add_run().add_break(WD_BREAK.COLUMN)
    doc.add_paragraph("Движение фонда в 2024 году")
    _table(doc, [["", "Поступило", "Выбыло", "Состоит на 01.01.2025"], ["Всего, экз.", "2 310", "1 405", "61 220"]],
           [1.6, 1.7, 1.5, 2.2])
    doc.add_paragraph("Основные показатели")
    _table(doc, [["Показатели", "2023", "2024"], ["Пользователи", "4 215", "4 348"], ["Посещения", "38 902", "40 117"]],
           [3.0, 2.0, 2.0])
    doc.add_paragraph("Рост показателей достигнут благодаря обслуживанию на дому.")
    src = folder / "stepnoy.docx"
    doc.save(src)
    subprocess.run([exe, "--headless", "--convert-to", "pdf", "--outdir", str(folder), str(src)],
                   check=True, capture_output=True, timeout=180)
    src.unlink()
    return folder


def test_tables_in_the_right_column_of_two_give_their_facts(ingested, cli_runner, tmp_path):
    db = tmp_path / "c.db"
    cli_runner("ingest", ingested, "--db", db, "--workers", 1, "--ocr", "never")
    conn = sqlite3.connect(db)
    got = {(m, v, p, c, e) for m, v, p, c, e in conn.execute(
        "select metric, value, period, category, evidence from facts where metric is not null")}
    assert got == {
        ("fund.received", 2310.0, "2024", None, "2 310"), ("fund.withdrawn", 1405.0, "2024", None, "1 405"),
        ("fund.end", 61220.0, "2024", None, "61 220"),
        ("users.registered", 4215.0, "2023", None, "4 215"), ("users.registered", 4348.0, "2024", None, "4 348"),
        ("visits.total", 38902.0, "2023", None, "38 902"), ("visits.total", 40117.0, "2024", None, "40 117")}
    # the left column's words are in no table's cell of figures
    cells = [t for (t,) in conn.execute("select text from cells where text like '%2 310%' or text like '%4 215%'")]
    assert cells and all("Библиотека" not in t for t in cells)
