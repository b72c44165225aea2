"""Key figures listed with the figure first ("9 400 – оқырман"), as oblast
and city libraries put them on a report's first page, and the staff told
in the past tense of an annual report."""

from __future__ import annotations

from esep.model import Block, Document
from esep.plugins.facts import plugin as facts
from esep.registry import Config


def _facts(period: str, *lines: str) -> set[tuple]:
    d = Document(id="p", path="p.txt", format="txt", metadata={"period": period})
    for x in lines:
        d.add_block(Block("paragraph", x))
    return {(r.values["metric"], r.values["value"], r.values["period"], r.values["as_of"])
            for r in facts.extract(d, Config()) if r.table == "facts" and r.values["metric"]}


def test_a_date_alone_in_brackets_after_the_label_dates_the_stock():
    got = _facts("2022", "230 400 – кітап қоры (01.01.2022)", "4 100 – дана жаңа әдебиет түсті",
                 "3 700 – дана қордан шығарылды", "230 800 – кітап қоры (01.01.2023)")
    assert ("fund.start", 230400.0, "2022", "2022-01-01") in got
    assert ("fund.end", 230800.0, "2022", "2023-01-01") in got


def test_brackets_with_more_than_a_date_do_not_date_the_figure():
    got = _facts("2022", "230 800 – кітап қоры (01.01.2022 жылы 229 100 болған)")
    assert ("fund.end", 230800.0, "2022", None) in got


def test_a_dative_after_the_dash_is_the_complement_of_the_noun_it_precedes():
    got = _facts("2021", "1 215 – іс-шара", "31 600 – іс-шараларға қатысушы")
    assert ("events.actual", 1215.0, "2021", None) in got
    assert ("events.participants", 31600.0, "2021", None) in got
    assert not any(k[0] == "events.actual" and k[1] == 31600.0 for k in got)


def test_a_dative_counted_noun_right_after_its_figure_keeps_its_count():
    # no dash: the figure counts the noun in the dative ("to 15 events came 420 people")
    got = _facts("2021", "Жыл ішінде 15 іс-шараға 420 адам қатысты.")
    assert ("events.participants", 420.0, "2021", None) in got


def test_the_staff_who_worked_through_the_year_are_its_headcount():
    got = _facts("2019", "2019 жылы кітапханада 14 қызметкер жұмыс істеді, оның ішінде жоғары білімді – 9.")
    assert ("staff.headcount", 14.0, "2019", None) in got
    assert ("staff.higher_education", 9.0, "2019", None) in got


def test_a_line_whose_whole_label_is_the_staff_noun_counts_the_staff():
    got = _facts("2020", "64 – қызметкер", "58,5 – штат бірлігі")
    assert ("staff.headcount", 64.0, "2020", None) in got
    assert ("staff.units", 58.5, "2020", None) in got
    # a staff noun with more words after it is no headcount of the library
    got = _facts("2020", "7 – қызметкер біліктілігін арттырды")
    assert not any(k[0] == "staff.headcount" for k in got)
