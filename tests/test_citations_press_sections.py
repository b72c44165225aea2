"""Press sections of reports laid out outside GOST lists: where the entries are and how they are split.

Reports list the library's articles in the press in shapes other than one numbered GOST list: under the
newspaper's name as a heading, each item giving the date and the title in quotes ("«Арқа ажары» газеті:" then
"– 12.03.2024, № 21 – «Кітап – білім бұлағы» (авторы Г. Ахметова);"); with the date first and the newspaper after
" // "; numbered "1)", "2)" inside a sentence of prose ("Опубликованы статьи: 1) …; 2) …"); several dated items run
together in one paragraph when a PDF lost their line breaks; posts on a site or in a social network as a quoted
title and its address.  Radio and television appearances, listed with the date first as well, are not references.
"""

from __future__ import annotations

import json

import pytest

from esep.model import Block, Document
from esep.plugins.citations import extract, parse_citation
from esep.plugins.citations import paper_heading
from esep.registry import Config


def _doc(*blocks: tuple[str, str] | str) -> Document:
    doc = Document(id="d", path="d.docx", format="docx")
    for b in blocks:
        kind, text = ("paragraph", b) if isinstance(b, str) else b
        doc.add_block(Block(kind=kind, text=text))
    return doc


def _rows(doc: Document) -> list[dict]:
    out = []
    for r in extract(doc, Config()):
        v = dict(r.values)
        v["authors"] = json.loads(v["authors"])
        v["evidence"] = r.evidence
        out.append(v)
    return out


# -- the newspaper's name as the heading of its articles ---------------------------------------------------------

def test_items_under_the_newspapers_name_take_it_as_their_source():
    rows = _rows(_doc(
        ("heading", "6. Баспасөзде жарияланған мақалалар"),
        "Жарты жылда кітапхана жұмысы туралы 3 мақала жарияланды.",
        "«Жайық үні» газеті:",
        "– 14.02.2023, № 7 – «Кітапхана – рухани орда» (авторы С. Байғалиева);",
        "– 03.05.2023, № 18 – «Жас оқырмандар сайысы»;",
        "«Приуралье» газеті:",
        "– 21.06.2023, № 70 – «Летние чтения в библиотеке».",
        "Жүйе директоры                    Р. Т. Қайырова",
    ))
    got = [(r["list_no"], r["seq"], r["authors"], r["title"], r["source"], r["date"], r["issue"], r["kind"])
           for r in rows]
    assert got == [
        (None, 1, ["Байғалиева, С."], "Кітапхана – рухани орда", "Жайық үні", "2023-02-14", "7", "article"),
        (None, 2, [], "Жас оқырмандар сайысы", "Жайық үні", "2023-05-03", "18", "article"),
        (None, 3, [], "Летние чтения в библиотеке", "Приуралье", "2023-06-21", "70", "article"),
    ]
    # the evidence is the item as written, not the entry it was read as
    assert rows[1]["evidence"] == "– 03.05.2023, № 18 – «Жас оқырмандар сайысы»;"
    assert rows[2]["language"] == "ru"


def test_numbered_entries_under_a_bold_newspaper_heading():
    rows = _rows(_doc(
        "Газета «Заря Приобья»",
        ("list_item", "Ильина В. Неделя краеведения. – № 14 от 05.04.2024. – С. 3."),
        ("list_item", "Книжный фестиваль в парке. – № 27 от 05.07.2024. – С. 6."),
    ))
    assert [(r["authors"], r["title"], r["source"], r["date"], r["issue"], r["pages"]) for r in rows] == [
        (["Ильина, В."], "Неделя краеведения", "Заря Приобья", "2024-04-05", "14", "3"),
        ([], "Книжный фестиваль в парке", "Заря Приобья", "2024-07-05", "27", "6"),
    ]


def test_what_is_not_a_newspaper_heading():
    assert paper_heading("«Арқа ажары» газеті:") == "Арқа ажары"
    assert paper_heading("Газета «Заря Приишимья»") == "Заря Приишимья"
    assert paper_heading("В журнале «Библиотека»:") == "Библиотека"
    # a quoted name without the word for a newspaper, or a sentence that names one, heads no list
    assert paper_heading("«Кітап – білім бұлағы»") is None
    assert paper_heading("«Арқа ажары» газетінің тілшісі кітапханаға келді.") is None


def test_the_newspaper_heading_ends_with_its_list():
    """Prose after the items is not an article of the newspaper above it, nor is a later dash line."""
    rows = _rows(_doc(
        "«Жайық үні» газеті:",
        "– 14.02.2023, № 7 – «Кітапхана – рухани орда»;",
        "Сонымен қатар кітапхана қызметкерлері аудандық радиода сөз сөйледі.",
        "– оқырмандармен кездесулер, кітап көрмелері 2023 жылы жалғасты;",
    ))
    assert [r["title"] for r in rows] == ["Кітапхана – рухани орда"]


# -- the date first ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("raw, fields", [
    ("12.01.2024 – «Кітапхана – ауыл жүрегі» // Сарыарқа шапағы, № 3, 4-бет.",
     dict(authors=[], title="Кітапхана – ауыл жүрегі", source="Сарыарқа шапағы", date="2024-01-12", issue="3",
          pages="4", language="kk")),
    ("09.02.2024 – Ә. Қасымова. «Оқуға құштар ұрпақ» // Сарыарқа шапағы, № 8, 2-бет.",
     dict(authors=["Қасымова, Ә."], title="Оқуға құштар ұрпақ", date="2024-02-09", pages="2")),
    ("17.03.2023 – Ковалева О. «Книжкина неделя» // Степной маяк, № 11, с. 6.",
     dict(authors=["Ковалева, О."], title="Книжкина неделя", source="Степной маяк", year=2023, date="2023-03-17",
          issue="11", pages="6", kind="article")),
])
def test_date_first(raw, fields):
    p = parse_citation(raw)
    assert {k: p[k] for k in fields} == fields


def test_radio_and_television_appearances_are_not_references():
    rows = _rows(_doc(
        ("heading", "Выступления на радио и телевидении"),
        ("list_item", "14.02.2024 – выступление директора ЦБС Г. К. Ахметовой на радио «Жетысу FM» в передаче "
                      "«Утро с книгой»."),
        ("list_item", "23.04.2024 – сюжет телеканала «Алматы» о Всемирном дне книги."),
        "– 27.10.2023 – «Qazaqstan» телеарнасының «Таңшолпан» бағдарламасында кітапхана туралы сюжет;",
        "– 05.09.2023 – аудандық «Шиелі» радиосында «Кітап және жастар» тақырыбында сұхбат;",
    ))
    assert rows == []


def test_dated_items_run_together_in_one_paragraph():
    """A PDF that lost the line breaks between the items: each item is an entry, the signature after them is not."""
    rows = _rows(_doc(
        "03.02.2023 – «Библиотечный марафон» // Степной маяк, № 5, с. 3. 17.03.2023 – Ковалева О. «Книжкина "
        "неделя» // Степной маяк, № 11, с. 6. 28.04.2023 – Жукова И. «Память поколений» // Рудный Алтай, № 47, с. 4. "
        "Директор ЦБС Т. В. Ерёменко",
    ))
    assert [(r["seq"], r["title"], r["source"], r["date"], r["pages"]) for r in rows] == [
        (1, "Библиотечный марафон", "Степной маяк", "2023-02-03", "3"),
        (2, "Книжкина неделя", "Степной маяк", "2023-03-17", "6"),
        (3, "Память поколений", "Рудный Алтай", "2023-04-28", "4"),
    ]
    assert rows[2]["evidence"] == "28.04.2023 – Жукова И. «Память поколений» // Рудный Алтай, № 47, с. 4."


# -- a list numbered "1)" inside a sentence ----------------------------------------------------------------------

def test_items_numbered_inside_a_sentence_of_prose():
    rows = _rows(_doc(
        "Работа библиотек освещалась в районной газете. Опубликованы статьи: 1) Орлова Е. Читаем всей семьёй // "
        "Степная заря. – 2022. – 4 марта. – С. 3; 2) Быков П. Библиотека и школа // Степная заря. – 2022. – "
        "14 окт. – С. 2; 3) Ауыл кітапханасы – мәдениет ордасы // Дала жаршысы. – 2022. – 9 желтоқсан (№ 49). – Б. 5. "
        "Кроме того, на сайте библиотеки размещено 38 новостей.",
    ))
    assert [(r["list_no"], r["seq"], r["authors"], r["title"], r["source"], r["date"], r["pages"]) for r in rows] == [
        (1, 1, ["Орлова, Е."], "Читаем всей семьёй", "Степная заря", "2022-03-04", "3"),
        (1, 2, ["Быков, П."], "Библиотека и школа", "Степная заря", "2022-10-14", "2"),
        (1, 3, [], "Ауыл кітапханасы – мәдениет ордасы", "Дала жаршысы", "2022-12-09", "5"),
    ]
    assert "Кроме того" not in rows[2]["evidence"]


def test_a_sentence_numbering_directions_of_work_gives_no_entries():
    rows = _rows(_doc(
        "В 2022 году библиотеки работали по направлениям: 1) патриотическое воспитание; 2) экологическое "
        "просвещение; 3) краеведение и история района.",
    ))
    assert rows == []


# -- posts on the web --------------------------------------------------------------------------------------------

def test_posts_listed_by_title_and_address():
    rows = _rows(_doc(
        ("heading", "Интернет-ресурстардағы жарияланымдар"),
        ("list_item", "«Абай оқулары – 2023» – https://lib-okzh.kz/kk/news/abai-oqulary-2023"),
        ("list_item", "«Кітап – ғасырлар мұрасы» (15.05.2023) – https://www.instagram.com/p/CsL9vQ2tX1a/"),
        "Подробнее о работе библиотек: https://lib-okzh.kz",
    ))
    assert [(r["seq"], r["kind"], r["title"], r["source"], r["date"], r["url"], r["language"]) for r in rows] == [
        (1, "other", "Абай оқулары – 2023", None, None, "https://lib-okzh.kz/kk/news/abai-oqulary-2023", "kk"),
        (2, "other", "Кітап – ғасырлар мұрасы", None, "2023-05-15", "https://www.instagram.com/p/CsL9vQ2tX1a/", "kk"),
    ]


def test_radio_appearances_numbered_inside_a_sentence_are_not_references():
    """The programmes' names in quotes after their dates, their kind in brackets: appearances, not articles; the
    articles numbered in the next sentence are the list."""
    rows = _rows(_doc(
        "Сотрудники выступали на районном радио: 1) 15.02.2022 – «Книжная полка» (передача о новинках); "
        "2) 21.04.2022 – «Библионочь-2022» (репортаж).",
        "В печати опубликованы статьи: 1) Абенова Ж. Книга в каждый дом // Енбекшильдерские вести. – 2022. – "
        "11 марта. – С. 3; 2) Оразов Т. Степной край в книгах // Енбекшильдерские вести. – 2022. – 9 декабря. – С. 4.",
    ))
    assert [(r["list_no"], r["seq"], r["title"], r["date"]) for r in rows] == [
        (1, 1, "Книга в каждый дом", "2022-03-11"), (1, 2, "Степной край в книгах", "2022-12-09")]
