"""A long report opens with a table of contents: each line a section's
title named like an indicator, a leader (tab, dots, an ellipsis) and the
page the section starts on ("Пользователи и посещения ........ 4",
"3.1. Поступление литературы<TAB>6").  Those page numbers are no figures of
the report, whether Word keeps each line a paragraph typed with a dot-leader
tab stop, a PDF runs several lines into one paragraph, or a text export
writes a dash for the leader under the heading "Мазмұны".  A short line of
a body list ("Читателей – 5") stays a figure."""

from __future__ import annotations

from docx import Document as Word
from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.shared import Cm
from esep.model import Block, Document
from esep.plugins.docx.loader import load as load_docx
from esep.plugins.facts import plugin as facts
from esep.registry import Config


def _facts(period: str, *paragraphs: str, fmt: str = "txt") -> set[tuple]:
    d = Document(id="p", path=f"p.{fmt}", format=fmt, metadata={"period": period})
    for x in paragraphs:
        d.add_block(Block("paragraph", x))
    return _stored(d)


def _stored(d: Document) -> set[tuple]:
    return {(r.values["metric"], r.values["value"], r.values["period"], r.values["category"], r.evidence)
            for r in facts.extract(d, Config()) if r.table == "facts" and r.values["metric"]}


def test_lines_of_contents_run_into_one_paragraph_give_no_figures():
    # a PDF's contents: the lines of one column flow into one paragraph
    got = _facts("2021", "Оглавление",
                 "Раздел 1. Основные показатели " + "." * 40 + " 3",
                 "1.1. Читатели " + "." * 50 + " 3 1.2. Посещения " + "." * 50 + " 4 1.3. Выдача документов "
                 + "." * 40 + " 4",
                 "Раздел 2. Фонд библиотек " + "." * 40 + " 5 Раздел 3. Персонал " + "." * 40 + " 9",
                 "Раздел 1. Основные показатели",
                 "Библиотеки посетили 67 915 раз.")
    assert got == {("visits.total", 67915.0, "2021", None, "Библиотеки посетили 67 915 раз.")}


def test_run_together_lines_of_contents_need_no_heading():
    got = _facts("2021", "Посещения ........ 4 Книговыдача ........ 5 Книжный фонд ........ 7",
                 "Книжный фонд на конец года составляет 74 305 экземпляров.")
    assert {k[0] for k in got} == {"fund.end"}


def test_a_dash_leader_under_the_heading_of_contents():
    got = _facts("2022", "Мазмұны", "1-бөлім. Оқырмандар – 3", "2-бөлім. Келушілер – 4", "3-бөлім. Кітап қоры – 5",
                 "Жыл соңында қор 128 745 дана.")
    assert {(k[0], k[1]) for k in got} == {("fund.end", 128745.0)}


def test_a_body_list_with_dashes_keeps_its_figures():
    # no heading of contents: a list of indicators, the small figures of a village library among them
    got = _facts("2022", "Основные показатели:", "Читателей – 5", "Посещений – 4", "Книговыдача – 12")
    assert {(k[0], k[1]) for k in got} >= {("users.registered", 5.0), ("visits.total", 4.0)}


def test_a_single_short_line_keeps_its_figure():
    got = _facts("2022", "Читателей – 5")
    assert ("users.registered", 5.0, "2022", None, "Читателей – 5") in got


def test_figures_that_fall_under_the_heading_are_no_pages():
    # under the heading but with a dash, figures that go down are a list of the body, no pages
    got = _facts("2022", "Содержание", "Читателей – 612", "Посещений – 48", "Книговыдача – 15")
    assert ("users.registered", 612.0) in {(k[0], k[1]) for k in got}


def _word(tmp_path, *lines: tuple[str, bool]):
    w = Word()
    for text, leader in lines:
        p = w.add_paragraph(text)
        if leader:
            p.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
    path = tmp_path / "r.docx"
    w.save(path)
    d = load_docx(path, None)
    d.id, d.metadata["period"] = "r", "2022"
    return d


def test_a_contents_typed_with_a_dot_leader_tab_is_no_table(tmp_path):
    d = _word(tmp_path, ("Содержание", False), ("3. Книжный фонд\t6", True), ("3.1. Поступление литературы\t6", True),
              ("3.2. Выбытие литературы\t7", True), ("4. Массовая работа\t8", True),
              ("В фонд поступило 2 115 экземпляров.", False))
    assert not [t for t in d.tables if t.kind == "table"]
    assert {(k[0], k[1]) for k in _stored(d)} == {("fund.received", 2115.0)}


def test_tabbed_lines_of_figures_stay_a_table(tmp_path):
    d = _word(tmp_path, ("Основные показатели", False), ("Поступило\t2 115", True), ("Выбыло\t1 930", True),
              ("Фонд на конец года\t74 305", True))
    assert [t for t in d.tables if t.kind == "table"]
    assert {(k[0], k[1]) for k in _stored(d)} >= {("fund.received", 2115.0), ("fund.end", 74305.0)}


def test_a_contents_with_plain_tabs_under_its_heading_is_no_table(tmp_path):
    d = _word(tmp_path, ("Оглавление", False), ("Введение\t3", False), ("3.1. Поступление\t6", False),
              ("3.2. Выбытие\t7", False), ("В фонд поступило 2 115 экземпляров.", False))
    assert not [t for t in d.tables if t.kind == "table"]


def test_small_rising_figures_typed_with_plain_tabs_stay_a_table(tmp_path):
    # no leader, no heading of contents: the figures of a small library, though they rise like pages
    d = _word(tmp_path, ("Сельская библиотека-филиал", False), ("Штатных единиц\t2", False),
              ("Компьютеров\t3", False), ("Библиотечных пунктов\t5", False))
    assert [t for t in d.tables if t.kind == "table"]
