"""Articles listed in a table (``esep.plugins.citations.tables``): one
article a row, columns named by their headers in Kazakh or Russian; read
alike from the .docx, from the PDF and from the text LibreOffice Writer
saves of it.

The reports are made here with python-docx (and converted with LibreOffice
where it is installed; skipped with a reason where it is not, failing in CI)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess

import pytest
from docx import Document as Word

from esep.model import Cell, Table
from esep.plugins.citations import extract, parse_citation
from esep.plugins.citations.tables import table_entries
from esep.registry import Config

from conftest import load_prepared

KK = [("Р/с", "Мақала атауы", "Авторы", "Басылым атауы", "Күні, №", "Беті"),
      ("1", "Оқырман мерекесі", "Жақыпова Д.", "«Сарыарқа»", "11.05.2021, № 36", "3"),
      ("2", "Ақын туралы кеш", "Т. Әлиев", "Ақиқат газеті", "7 қазан 2021 ж.", "6"),
      ("3", "Жаңа түскен кітаптар", "", "Ауыл шаруашылығы журналы", "02.12.2021", "11-12")]
RU = [("№ п/п", "Название статьи", "Автор", "Издание", "Дата", "Стр."),
      ("1", "Летний читальный зал", "Морозова Е.", "Заря", "14.06.2022", "5"),
      ("2", "Встреча с краеведом", "П. Ершов", "Вестник района", "03.09.2022", "2")]
#: (list_no, seq, authors, title, source, date, pages) of each row, as the header names them
EXPECTED = [
    (1, 1, ["Жақыпова, Д."], "Оқырман мерекесі", "Сарыарқа", "2021-05-11", "3"),
    (1, 2, ["Әлиев, Т."], "Ақын туралы кеш", "Ақиқат", "2021-10-07", "6"),
    (1, 3, [], "Жаңа түскен кітаптар", "Ауыл шаруашылығы", "2021-12-02", "11-12"),
    (2, 1, ["Морозова, Е."], "Летний читальный зал", "Заря", "2022-06-14", "5"),
    (2, 2, ["Ершов, П."], "Встреча с краеведом", "Вестник района", "2022-09-03", "2"),
]


def _add_table(doc, rows):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, value in enumerate(row):
            t.cell(i, j).text = value


def _report(path):
    doc = Word()
    doc.add_paragraph("Бұқаралық ақпарат құралдарындағы жарияланымдар")
    _add_table(doc, KK)
    doc.add_paragraph("Публикации в СМИ")
    _add_table(doc, RU)
    doc.add_paragraph("Негізгі көрсеткіштер")
    _add_table(doc, [("Көрсеткіш", "2020", "2021"), ("Оқырмандар", "12 000", "12 500")])
    doc.save(path)
    return path


def _rows(records):
    return [(r.values["list_no"], r.values["seq"], json.loads(r.values["authors"]), r.values["title"],
             r.values["source"], r.values["date"], r.values["pages"]) for r in records]


def test_articles_of_tables_in_word(tmp_path, registry):
    doc = load_prepared(_report(tmp_path / "report.docx"), registry)
    # the tables of articles are marked before extraction: no extractor of figures reads their rows
    assert [t.kind for t in doc.tables] == ["articles", "articles", "table"]
    records = extract(doc, Config())
    assert _rows(records) == EXPECTED
    # provenance: the table, the row and the title's column; the row's own text as evidence
    first = records[0]
    assert (first.table_index, first.cell) == (0, (1, 1))
    assert first.evidence == "1 | Оқырман мерекесі | Жақыпова Д. | «Сарыарқа» | 11.05.2021, № 36 | 3"
    assert first.values["issue"] == "36" and 0 < first.confidence < 1


@pytest.mark.parametrize("target, suffix", [("pdf", ".pdf"), ("txt:Text (encoded):UTF8", ".txt")])
def test_articles_of_tables_in_pdf_and_text(tmp_path, registry, target, suffix):
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if not exe:
        if os.environ.get("CI") == "true":
            pytest.fail("CI must install LibreOffice")
        pytest.skip("LibreOffice is not installed")
    src = _report(tmp_path / "report.docx")
    subprocess.run([exe, "--headless", "--convert-to", target, "--outdir", str(tmp_path), str(src)],
                   check=True, capture_output=True, timeout=180)
    doc = load_prepared(tmp_path / f"report{suffix}", registry)
    assert _rows(extract(doc, Config())) == EXPECTED


def _table(rows):
    return Table(cells=[Cell(r, c, v) for r, row in enumerate(rows) for c, v in enumerate(row)])


@pytest.mark.parametrize("rows", [
    # a periodical's name but no title column: a table of subscriptions
    [("Газет-журнал атауы", "Данасы"), ("Егемен Қазақстан", "12")],
    # titles without periodicals: a list of events
    [("Іс-шара атауы", "Күні", "Қатысушылар"), ("Кітап көрмесі", "12.03.2021", "40")],
    # the figures of a report
    [("Көрсеткіш", "2020", "2021"), ("Оқырмандар", "12 000", "12 500")],
    # a statistical form's fund: the indicators' names and a column counting periodicals
    [("Наименование показателя", "№ строки", "Всего", "в т.ч. периодические издания"),
     ("Поступило за год", "01", "3 410", "420"), ("Выбыло за год", "02", "2 985", "–")],
    [("Көрсеткіштің атауы", "Жол коды", "Барлығы", "оның ішінде мерзімді басылымдар"),
     ("Жыл ішінде түсті", "01", "1 204", "96")],
    # a periodicals column that counts, under a title column of kinds of documents
    [("Название документов", "Всего", "Издания"), ("Книги", "10 120", "8 400"), ("Журналы", "610", "42")],
])
def test_other_tables_are_no_tables_of_articles(rows):
    assert table_entries(_table(rows)) == []


@pytest.mark.parametrize("rows, fields", [
    # the heading and the title in one column, the periodical with its date and number in another
    ([("№", "Автор, мақала атауы", "Басылым атауы, күні, нөмірі"),
      ("1", "Сейітова Қ. Кітап – досың", "«Жетісу», 04.03.2021, №18")],
     dict(authors=["Сейітова, Қ."], title="Кітап – досың", source="Жетісу", date="2021-03-04", issue="18")),
    # the columns in another order, the name with its initials first
    ([("№ п/п", "Дата", "Наименование СМИ", "Тема публикации", "Автор"),
      ("1", "19.10.2022", "Степная новь", "Осенние встречи", "Г. Лисицына")],
     dict(authors=["Лисицына, Г."], title="Осенние встречи", source="Степная новь", date="2022-10-19")),
])
def test_columns_named_together_and_in_any_order(rows, fields):
    (row,) = table_entries(_table(rows))
    p = parse_citation(row.text)
    assert {f: p[f] for f in fields} == fields


def test_a_wrapped_year_in_a_narrow_date_cell():
    """A narrow cell wraps a date's year inside the number ("15.01.202" over
    "0"): the entry reads the date whole, the evidence keeps the cell's text."""
    rows = [("№", "Тақырыбы", "Газет", "Күні"), ("1", "Кітап сыйлау", "Балқаш өңірі", "15.01.202 0")]
    (row,) = table_entries(_table(rows))
    assert "15.01.2020" in row.text and row.evidence.endswith("15.01.202 0")


def test_a_numbered_list_word_saved_as_text_is_a_list_of_entries():
    rows = [("1.", "Сейітова, Қ. Кітап – досың / Қ. Сейітова // Жетісу. – 2016. – 4 наурыз. – Б. 5."),
            ("2.", "Петрова, А. Осенние встречи / А. Петрова // Степная новь. – 2016. – 19 окт. – С. 3.")]
    got = table_entries(_table(rows))
    assert [e.number for e in got] == [1, 2]
    assert [parse_citation(e.text)["source"] for e in got] == ["Жетісу", "Степная новь"]
    # a numbered list of the year's work, no entries
    assert table_entries(_table([("1.", "Проведено 48 массовых мероприятий."),
                                 ("2.", "Выдано 26 400 экз. документов.")])) == []
