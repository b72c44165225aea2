"""References as library reports type them by hand, in shapes the labelled
sets do not hold: an article listed with its newspaper and date but no "//"
and no pages, Kazakh abbreviated months ("2 ақп."), the Kazakh issue word
"шығ." (шығарылым), a collection's other title information with the place
and dates of its conference in brackets.  The entries are written for this
test after reports' lists (names and titles invented)."""

import pytest

from esep.plugins import citations
from esep.plugins.citations import citation_score, parse_citation
from esep.plugins.lang.dates import MONTHS_KK
from esep.plugins.text import loader as text_loader
from esep.registry import Config

# -- an article listed by its newspaper and date, without "//" and pages -------

NEWSPAPER_AND_DATE = [
    ("Иванова А. Книга в жизни села. Заря. 2023. 14 февр.",
     dict(authors=["Иванова, А."], title="Книга в жизни села", source="Заря", year=2023, date="2023-02-14",
          pages=None)),
    ("Жұмабекова С. Библиотүн – кітапханадағы түн. Ақжол таңы. 2023. 21 сәуір.",
     dict(authors=["Жұмабекова, С."], title="Библиотүн – кітапханадағы түн", source="Ақжол таңы", year=2023,
          date="2023-04-21", pages=None)),
    ("Тихонова М. Встреча с поэтом. Степной маяк, 2022, 7 июня.",
     dict(authors=["Тихонова, М."], title="Встреча с поэтом", source="Степной маяк", year=2022, date="2022-06-07")),
]


@pytest.mark.parametrize("text,expected", NEWSPAPER_AND_DATE)
def test_an_article_dated_after_its_year_is_an_entry(text, expected):
    # a day and a month after the year are evidence of an entry as pages are: the list item threshold is 3
    assert citation_score(text) >= 3
    p = parse_citation(text)
    assert {k: p[k] for k in expected} == expected


def test_articles_without_pages_are_found_in_a_list_and_prose_dates_are_not(tmp_path):
    path = tmp_path / "r.txt"
    path.write_text(
        "Публикации в СМИ:\n"
        "1. Иванова А. Книга в жизни села. Заря. 2023. 14 февр.\n"
        "2. Жұмабекова С. Библиотүн – кітапханадағы түн. Ақжол таңы. 2023. 21 сәуір.\n"
        "Мероприятия:\n"
        "1. Встреча с поэтом А. Ивановым прошла 14 февраля 2023 г.\n"
        "2. Книжная выставка «Читаем вместе», 2023 г., 21 апреля, 35 посетителей.\n",
        encoding="utf-8")
    rows = [r.values for r in citations.extract(text_loader.load(path, Config()), Config())]
    assert [(r["seq"], r["source"], r["date"]) for r in rows] == [(1, "Заря", "2023-02-14"),
                                                                   (2, "Ақжол таңы", "2023-04-21")]


def test_a_date_before_the_year_adds_nothing():
    # prose writes the day and month before the year; only an entry's issue date stands after it
    assert citation_score("Иванова А. провела встречу 14 февраля 2023 г.") < 3


# -- abbreviated months ---------------------------------------------------------

KAZAKH_ABBREVIATIONS = ["қаң", "ақп", "нау", "сәу", "мам", "мау", "шіл", "там", "қыр", "қаз", "қар", "жел"]
RUSSIAN_ABBREVIATIONS = [("янв", 1), ("февр", 2), ("мар", 3), ("апр", 4), ("июн", 6), ("июл", 7), ("авг", 8),
                         ("сент", 9), ("окт", 10), ("нояб", 11), ("дек", 12)]


def test_the_kazakh_abbreviations_are_the_months_first_letters():
    assert [m[:3] for m in MONTHS_KK] == KAZAKH_ABBREVIATIONS


@pytest.mark.parametrize("abbr,month", [(a, n) for n, a in enumerate(KAZAKH_ABBREVIATIONS, start=1)]
                         + RUSSIAN_ABBREVIATIONS)
def test_an_abbreviated_month_is_a_date(abbr, month):
    p = parse_citation(f"Сарсенбаева, Ж. Кітап – білім бұлағы / Ж. Сарсенбаева // Жаркөл жаршысы. – 2024. – "
                       f"2 {abbr}. – 5 б.")
    assert (p["date"], p["pages"], p["source"]) == (f"2024-{month:02d}-02", "5", "Жаркөл жаршысы")


def test_an_abbreviation_that_is_no_month_gives_no_date():
    p = parse_citation("Әлиев Б. Тарих // Ақиқат. – 2020. – 5 бөл. – 3 б.")
    assert p["date"] is None and p["year"] == 2020


# -- the Kazakh issue word ------------------------------------------------------

@pytest.mark.parametrize("numbering,volume,issue", [
    ("Т. 3, шығ. 4", "3", "4"),
    ("Т. 3. – Шығ. 4", "3", "4"),
    ("Т. 5, вып. 2", "5", "2"),
])
def test_the_issue_of_a_volume(numbering, volume, issue):
    p = parse_citation(f"Оспанов Т.Қ. Өлкетану жұмысының жаңа түрлері // Қазақстан кітапханалары. – 2021. – "
                       f"{numbering}. – 27–31 б.")
    assert (p["source"], p["year"], p["volume"], p["issue"], p["pages"]) == (
        "Қазақстан кітапханалары", 2021, volume, issue, "27–31")


# -- a collection's other title information and its conference in brackets ---------

@pytest.mark.parametrize("text,expected", [
    ("Морозова Е. Ю. Читательские клубы в малых городах. – В сб.: Библиотеки Казахстана: традиции и инновации : "
     "материалы респ. конф. (Астана, 12–13 окт. 2022 г.). – Астана, 2023. – С. 140–146.",
     dict(title="Читательские клубы в малых городах", source="Библиотеки Казахстана: традиции и инновации",
          year=2023, place="Астана", pages="140–146", date=None)),
    ("Тұрсынова, М. Ауылдық кітапханалардың жаңа қызметтері / М. Тұрсынова // Кітапхана ісі: тәжірибе мен ізденіс "
     ": ғылыми-практикалық конференция материалдары. – Жезқазған, 2023. – Б. 112–118.",
     dict(source="Кітапхана ісі: тәжірибе мен ізденіс", year=2023, place="Жезқазған", pages="112–118")),
    # no other title information before them: the conference's place and dates in brackets are still other title
    # information, not the container's title; the year is still the imprint's
    ("Петров А. Статья // Труды конференции (Москва, 14 мая 2019 г.). – М. : Наука, 2020. – С. 5–9.",
     dict(source="Труды конференции", year=2020, place="М.", publisher="Наука",
          pages="5–9")),
    # a title's colon without a space before it is the container's own: nothing after it is dropped
    ("Фрейд З. Бессознательное // Психика: структура и функционирование. — М.: Академический проект, 2007. — "
     "С. 12—58.",
     dict(source="Психика: структура и функционирование", year=2007)),
    # a bracket left open does not carry the container to the end of the entry
    ("Иванов И. Заметки // Заря (Алматы. – 2023. – 5 мая. – С. 5.",
     dict(year=2023, date="2023-05-05", pages="5")),
])
def test_a_collection_and_its_conference(text, expected):
    p = parse_citation(text)
    assert {k: p[k] for k in expected} == expected


# -- a heading of one name -------------------------------------------------------

@pytest.mark.parametrize("text,title,authors", [
    ("Абай. Слова назидания / Абай Кунанбаев ; пер. с каз. К. Сейсенбаева. – Алматы : Жазушы, 2020. – 136 с.",
     "Слова назидания", ["Кунанбаев, А."]),
    ("Жамбыл. Өлеңдер / Жамбыл Жабаев. – Алматы : Жазушы, 1996. – 240 б.", "Өлеңдер", ["Жабаев, Ж."]),
    # a first sentence that the responsibility does not name is the title's
    ("Москва. Путеводитель / сост. И. Петров. – М., 2001. – 100 с.", "Москва. Путеводитель", []),
])
def test_a_heading_of_one_name_named_again_in_the_responsibility(text, title, authors):
    p = parse_citation(text)
    assert (p["title"], p["authors"]) == (title, authors)


def test_an_articles_date_and_pages_a_pdf_put_on_a_line_of_their_own_are_its():
    from esep.model import Block, Document
    from esep.plugins import citations
    from esep.registry import Config

    d = Document(id="p", path="p.pdf", format="pdf", metadata={"period": "2023"})
    for t in ["Публикации в СМИ:", "1. Петренко, А. Книга в каждый дом / А. Петренко // Аккольская новь. – 2023.",
              "– 14 апреля (№ 15). – С. 7.", "2. Иванова, Б. Читаем вместе // Аккольская новь. – 2023. – 5 мая. – С. 3."]:
        d.add_block(Block("paragraph", t))
    got = [{k: r.values.get(k) for k in ("title", "date", "issue", "pages")}
           for r in citations.extract(d, Config()) if r.table == "citations"]
    assert got == [{"title": "Книга в каждый дом", "date": "2023-04-14", "issue": "15", "pages": "7"},
                   {"title": "Читаем вместе", "date": "2023-05-05", "issue": None, "pages": "3"}]
