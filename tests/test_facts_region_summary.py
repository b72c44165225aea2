"""A region's summary report: the report of all the public libraries of an
oblast, compiled by the oblast library or the culture department.  Its
totals are its own figures; the rows of districts, towns and the oblast
library are parts; the republic's average is another body's.  Each text
below was typed as such summaries write it, with what it should give
written before esep read it."""

from __future__ import annotations

from esep.model import Block, Cell, Document, Provenance, Table
from esep.plugins.facts import plugin as facts
from esep.registry import Config


def _doc(period: str, title: str, *paragraphs: str, rows: list[list[str]] | None = None) -> Document:
    d = Document(id="r", path="r.docx", format="docx", metadata={"period": period})
    d.add_block(Block("heading", title, Provenance(page=1)))
    for x in paragraphs:
        d.add_block(Block("paragraph", x, Provenance(page=1)))
    if rows:
        d.add_table(Table([Cell(r, k, x) for r, row in enumerate(rows) for k, x in enumerate(row) if x],
                          Provenance(page=1)))
    return d


def _facts(d: Document) -> set[tuple]:
    return {(r.values["metric"], r.values["value"], r.values.get("as_of"), r.values["category"], r.evidence)
            for r in facts.extract(d, Config()) if r.table == "facts" and r.values["metric"]}


def _keys(d: Document) -> set[tuple]:
    return {k[:4] for k in _facts(d)}


_KK_TITLE = "Облыс кітапханаларының 2024 жылғы қызметі туралы жиынтық есеп"
_RU_TITLE = "Сводный отчёт о деятельности публичных библиотек области за 2024 год"


def test_the_kazakh_rural_libraries_after_the_network_and_their_dash():
    got = _facts(_doc("2024", _KK_TITLE,
                      "Облыстағы кітапханалар желісі – 187, оның ішінде ауылдық кітапханалар – 142."))
    assert ("libraries.count", 142, None, "branch:ауылдық кітапханалар") in {k[:4] for k in got}
    assert ("libraries.count", 187, None, None) in {k[:4] for k in got}
    # the kind alone, the noun left out
    assert ("libraries.count", 28, None, "branch:ауылдық кітапханалар") in _keys(_doc(
        "2024", "Есеп", "Кітапханалар саны – 31, оның ішінде ауылдық – 28."))


def test_the_rural_libraries_share_of_readers_is_no_count_of_libraries():
    got = _keys(_doc("2024", "Есеп", "Оқырмандар саны – 9 100, оның ішінде ауылдық кітапханалар – 4 200."))
    assert ("users.registered", 4200, None, "branch:ауылдық кітапханалар") in got
    assert not any(m == "libraries.count" for m, *_ in got)


def test_the_network_of_public_libraries_with_its_date():
    got = _keys(_doc("2024", _RU_TITLE, "Сеть публичных библиотек области на 1 января 2025 года – 524, из них 471 "
                                        "сельских."))
    assert got == {("libraries.count", 524, "2025-01-01", None),
                   ("libraries.count", 471, "2025-01-01", "branch:сельские библиотеки")}
    # the readers so dated are no libraries, their rural part no count of libraries
    got = _keys(_doc("2024", _RU_TITLE, "Число пользователей на 1 января 2025 года – 9 100, из них 4 200 сельских."))
    assert not any(m == "libraries.count" for m, *_ in got)


def test_a_bilingual_title_makes_the_region_s_libraries_its_own_in_both_languages():
    d = _doc("2024", "Павлодар облысы кітапханаларының 2024 жылғы қызметі туралы жиынтық есеп / Сводный отчёт о "
                     "деятельности библиотек Павлодарской области за 2024 год",
             "В 2024 году библиотеки области обслужили 179 100 пользователей.",
             "Всего по области выдано 3 712 400 документов.")
    got = _keys(d)
    assert ("users.registered", 179100, None, None) in got
    assert ("loans.total", 3712400, None, None) in got
    # an oblast library's report of its own keeps the region's libraries apart
    got = _keys(_doc("2024", "Отчёт о работе областной универсальной научной библиотеки за 2024 год",
                     "Всего по области выдано 3 712 400 документов."))
    assert ("loans.total", 3712400, None, "branch:библиотеки области") in got


_ROWS = [["Район, город", "Пользователи", "Посещения"],
         ["Баянауыл ауданы / Баянаульский район", "12 400", "61 800"],
         ["Аксу қаласы / г. Аксу", "21 300", "98 400"],
         ["ОУНБ им. С. Торайгырова", "18 600", "142 500"],
         ["Итого по области", "52 300", "302 700"]]


def test_the_rows_of_a_summary_bilingual_places_and_the_oblast_library():
    got = _keys(_doc("2024", _RU_TITLE, rows=_ROWS))
    assert ("users.registered", 12400, None, "branch:баянауыл ауданы / баянаульский район") in got
    assert ("visits.total", 98400, None, "branch:аксу қаласы / г аксу") in got
    assert ("users.registered", 18600, None, "branch:оунб им с торайгырова") in got
    assert ("users.registered", 52300, None, None) in got


def test_the_oblast_library_row_is_no_part_without_places_beside_it():
    rows = [["Показатель", "Пользователи", "Посещения"],
            ["ОУНБ", "18 600", "142 500"],
            ["Всего", "18 600", "142 500"]]
    got = _keys(_doc("2024", "Отчёт ОУНБ за 2024 год", rows=rows))
    assert not any(c and c.startswith("branch:оунб") for *_, c in got)
    # nor a slash between two things that are no places
    rows = [["Район, город", "Пользователи"], ["Книги / брошюры", "12 400"], ["Аксуский район", "21 300"]]
    assert not any(c and "книги" in c for *_, c in _keys(_doc("2024", _RU_TITLE, rows=rows)))


def test_the_region_s_total_row_takes_the_date_its_text_gives_the_count():
    rows = [["Район", "Число библиотек", "Пользователи"],
            ["Абайский район", "21", "22 100"], ["Аягозский район", "46", "61 300"],
            ["Всего по области", "67", "83 400"]]
    got = _keys(_doc("2023", "Анализ деятельности библиотек области Абай за 2023 год",
                     "По состоянию на 1 января 2024 года в области функционирует 67 государственных библиотек.",
                     rows=rows))
    assert ("libraries.count", 67, "2024-01-01", None) in got
    assert ("libraries.count", 67, None, None) not in got


def test_the_republic_s_average_beside_the_region_s_is_no_fact():
    got = _keys(_doc("2024", _KK_TITLE, "Облыс бойынша оқылым – 19,9, республика бойынша орташа көрсеткіш – 18,7."))
    assert ("ratio.reading", 19.9, None, None) in got
    assert not any(v == 18.7 for _, v, *_ in got)
    # the region's own list goes on through its items
    got = _keys(_doc("2024", "Есеп", "Облыс кітапханаларының оқырмандары – 312 460, келушілер саны – 2 845 300."))
    assert ("visits.total", 2845300, None, "branch:облыс кітапханалары") in got
