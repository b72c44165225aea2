"""Facts of reports typed in a hurry (no capitals, figures glued to their
unit: "9840адам", "186 400дана"), of lists of indicators whose parts stand on
lines of their own ("в т.ч. на узбекском языке: 71 640 экз."), of a summary
sentence of a whole year ("… пользователей, которые … получили 782,5 тыс.
экз. документов, а 1 146 массовых мероприятий посетили …") and of a table
under a heading of its own after such a sentence, as libraries of
Kazakhstan, Kyrgyzstan, Uzbekistan and Russia write them."""

from __future__ import annotations

from conftest import prose_facts as _prose

from esep.model import Block, Cell, Document, Provenance, Table
from esep.plugins.facts import plugin as facts
from esep.registry import Config


def _records(period: str, *paragraphs: str) -> list:
    d = Document(id="p", path="p.txt", format="txt", metadata={"period": period})
    for x in paragraphs:
        d.add_block(Block("paragraph", x))
    return [r for r in facts.extract(d, Config()) if r.table == "facts" and r.values["metric"]]


def _doc(period: str, *parts) -> set:
    """Facts of blocks given as (kind, text) and tables given as lists of rows, in order."""
    d = Document(id="d", path="d.docx", format="docx", metadata={"period": period})
    for part in parts:
        if isinstance(part, tuple):
            d.add_block(Block(part[0], part[1], Provenance(page=1)))
        else:
            d.add_table(Table([Cell(r, k, x) for r, row in enumerate(part) for k, x in enumerate(row) if x],
                              Provenance(page=1)))
    return {facts.fact_key(r.values) for r in facts.extract(d, Config())
            if r.table == "facts" and r.values["metric"]}


# -- figures glued to their unit, sentences without capitals ----------------------------------------------------

def test_a_figure_glued_to_its_unit_is_read_with_it_and_its_evidence_kept_as_typed():
    text = "оқырман саны 9840адам, кітап берілімі 186 400дана. ақылы қызметтен 185 000тг түсті."
    got = _records("2024", text)
    keys = {facts.fact_key(r.values) for r in got}
    assert ("users.registered", 9840, "2024", None, None) in keys
    assert ("loans.total", 186400, "2024", None, None) in keys
    assert ("finance.paid_services", 185000, "2024", None, None) in keys
    by_value = {r.values["value"]: r for r in got}
    assert by_value[9840].values["unit"] == "people" and by_value[186400].values["unit"] == "copies"
    assert by_value[9840].evidence == "оқырман саны 9840адам, кітап берілімі 186 400дана."  # as typed, its sentence
    assert "9840адам" in by_value[9840].values["label"]


def test_the_parts_and_the_balance_typed_glued():
    got = _prose("2024", "жыл ішінде 1250дана жаңа әдебиет келіп түсті, оның ішінде мемлекеттік тапсырыс бойынша "
                         "640дана. списание 980дана.",
                 "кітап қоры 01.01.2025ж 152 300дана, оның ішінде қазақ тілінде 98 700дана.")
    assert ("fund.received", 1250, "2024", None, None) in got
    assert ("state_order.copies", 640, "2024", None, None) in got
    assert ("fund.withdrawn", 980, "2024", None, None) in got
    assert ("fund.end", 152300, "2024", None, None) in got
    assert ("fund.end", 98700, "2024", "kk", None) in got


def test_an_ordinal_or_a_years_letter_glues_on_no_unit():
    """"5ші", "2024ж", "3А": no unit word after the figure, no figure read."""
    got = _prose("2024", "кітапхана аудандық байқауда 2ші орын алды, 2024ж 3А сынып оқушыларымен кездесу өтті.")
    assert not {k for k in got if k[1] in (2, 3, 2024)}


def test_a_stop_after_a_figure_ends_a_sentence_typed_without_capitals():
    """"балалар 3650. келушілер саны …": the next sentence's indicator is not the figure's."""
    got = _prose("2024", "оқырман саны 9840адам, оның ішінде балалар 3650. келушілер саны 71 200 рет, "
                         "кітап берілімі 186 400дана.")
    assert ("users.children", 3650, "2024", None, None) in got
    assert ("visits.total", 3650, "2024", None, None) not in got
    assert ("visits.total", 71200, "2024", None, None) in got


def test_a_stop_after_an_abbreviated_unit_ends_nothing():
    """"5 тыс. экз. в том числе …": an abbreviation's stop before a small letter goes on."""
    got = _prose("2024", "Поступило 5 200 экз. в том числе на казахском языке 3 100 экз.")
    assert ("fund.received", 5200, "2024", None, None) in got
    assert ("fund.received", 3100, "2024", "kk", None) in got


# -- a list whose parts stand on lines of their own --------------------------------------------------------------

def test_a_line_opening_with_of_which_is_a_part_of_the_line_before():
    got = _prose("2024-H1", "Фонд на 01.07.2024: 94 315 экз.", "в т.ч. на узбекском языке: 71 640 экз.",
                 "Поступило за полугодие: 1 860 экз.")
    assert ("fund.end", 94315, "2024-07-01", None, None) in got or ("fund.end", 94315, "2024-H1", None, None) in got
    assert any(k[0] == "fund.end" and k[1] == 71640 and k[3] == "uz" for k in got)
    got = _prose("2024", "Фонд на 01.01.2025 – 287 340 экз.;", "из них на казахском языке – 141 260 экз.;")
    assert any(k[0] == "fund.end" and k[1] == 141260 and k[3] == "kk" for k in got)


def test_a_part_line_after_a_paragraph_of_several_figures_stays_unnamed():
    """Which of two figures the line is a part of, the text does not say."""
    got = _prose("2024", "Выдано 245 000 экз. документов. Фонд составил 287 340 экз.",
                 "из них на казахском языке – 141 260 экз.")
    assert not any(k[1] == 141260 for k in got)


def test_visits_of_the_website_written_veb_sayt():
    got = _prose("2024-H1", "Число посещений: 48,3 тыс.", "Число посещений веб-сайта: 12 480")
    assert ("visits.web", 12480, "2024-H1", None, None) in got
    assert ("visits.total", 12480, "2024-H1", None, None) not in got
    assert ("visits.total", 48.3, "2024-H1", None, None) in got


# -- the summary sentence of a year --------------------------------------------------------------------------------

def test_what_the_readers_got_is_the_loans():
    got = _prose("2023", "По итогам года 14 библиотек обслужили 38,6 тыс. пользователей (100,8 % от плана), которые "
                         "посетили библиотеки 312,4 тыс. раз и получили 782,5 тыс. экз. документов.")
    assert ("loans.total", 782.5, "2023", None, None) in got
    assert ("fund.received", 782.5, "2023", None, None) not in got
    assert ("users.registered", 38.6, "2023", None, None) in got
    assert ("visits.total", 312.4, "2023", None, None) in got
    assert ("loans.total", 245300, "2023", None, None) in _prose("2023", "Читатели получили 245 300 экз. книг.")


def test_what_the_libraries_got_stays_received():
    assert ("fund.received", 2400, "2023", None, None) in _prose("2023", "В 2023 году библиотеки получили 2 400 экз. "
                                                                         "книг.")
    assert ("fund.received", 2400, "2023", None, None) in _prose("2023", "Для пользователей получено 2 400 экз. книг.")


def test_mass_events_counted_before_the_people_who_came():
    got = _prose("2023", "За год 1 146 массовых мероприятий посетили 41,2 тыс. человек.")
    assert ("events.actual", 1146, "2023", None, None) in got
    assert ("events.participants", 1146, "2023", None, None) not in got
    assert ("events.participants", 41.2, "2023", None, None) in got
    got = _prose("2023", "Жыл ішінде 120 бұқаралық іс-шара өтті, оларға 3 400 адам қатысты.")
    assert ("events.actual", 120, "2023", None, None) in got


# -- a table under a heading of its own ------------------------------------------------------------------------------

_TASK = [["Показатель", "План", "Факт", "% выполнения"],
         ["Количество посещений сайта", "95 000", "98 260", "103,4"],
         ["Количество справок", "6 800", "7 015", "103,2"]]


def test_a_table_under_its_heading_takes_no_topic_of_the_paragraph_before_the_heading():
    got = _doc("2023", ("paragraph", "За год проведено 1 146 массовых мероприятий, их посетили 41 200 человек."),
               ("heading", "Показатели муниципального задания"), _TASK)
    assert ("visits.web", 98260, "2023", None, None) in got
    assert ("bibliography.references", 7015, "2023", None, None) in got
    assert ("events.actual", 1146, "2023", None, None) in got


def test_a_heading_right_over_a_table_still_names_its_topic():
    got = _doc("2023", ("paragraph", "За год проведено 1 146 массовых мероприятий, их посетили 41 200 человек."),
               ("heading", "Движение книжного фонда, экз."),
               [["Показатель", "2023"], ["Состояло на начало года", "120 400"], ["Поступило", "3 100"],
                ["Выбыло", "2 500"], ["Состоит на конец года", "121 000"]])
    assert ("fund.received", 3100, "2023", None, None) in got
    assert ("fund.withdrawn", 2500, "2023", None, None) in got
