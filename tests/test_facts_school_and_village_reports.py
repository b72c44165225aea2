"""Facts of a school library's report on a school year, a village library's
report to its residents told as a speech, and an oblast's summary: each
sentence below was typed as such reports write, with what it should give
written before esep read it; at first each gave a wrong figure or none.
The fund named with a possessive ("қорымыз", our fund), libraries counted
with two words of their kind, the parts of a list no metric names, copies
taken home to read, textbooks as a part of the fund, and the two balances
of a span no period code names."""

from __future__ import annotations

from conftest import prose_facts
from esep.model import Block, Document
from esep.plugins.facts import plugin as facts
from esep.registry import Config


def _named(period: str | None, text: str) -> set[tuple]:
    return {(k[0], k[1], k[2], k[4]) for k in prose_facts(period, text)}


def _all(period: str | None, *text: str) -> list[dict]:
    d = Document(id="p", path="p.txt", format="txt", metadata={"period": period})
    for x in text:
        d.add_block(Block("paragraph", x))
    return [r.values for r in facts.extract(d, Config()) if r.table == "facts"]


def test_the_fund_named_our_fund_is_its_balance_not_a_movement():
    # a residents' report speaks of "our fund"; the date is the day after the half-year
    got = _named("2023-H1", "2023 жылғы 1 шілдеде кітапхана қорымыз 9 304 дана болды.")
    assert got == {("fund.end", 9304.0, "2023-H1", None)}


def test_libraries_counted_with_two_words_of_their_kind():
    assert ("libraries.count", 24.0, "2021", None) in _named(
        "2021", "2021 жылы ауданда 24 мемлекеттік жалпыға қолжетімді кітапхана жұмыс істеді.")
    assert ("libraries.count", 24.0, "2021", None) in _named(
        "2021", "В районе действовали 24 муниципальных общедоступных библиотеки.")


def test_a_part_no_metric_names_in_a_list_of_parts_is_kept_with_its_label():
    got = _all("2020", "Кітапханада 12 қызметкер бар, оның ішінде жоғары білімді – 7, арнаулы орта білімді – 4.")
    assert ("staff.higher_education", 7.0) in {(v["metric"], v["value"]) for v in got}
    four = [v for v in got if v["value"] == 4.0]
    assert len(four) == 1 and four[0]["metric"] is None and "арнаулы орта" in four[0]["label_key"]


def test_copies_taken_home_to_read_are_the_loans_and_readers_who_took_them_are_not():
    assert ("loans.total", 2640.0, "2022", None) in _named(
        "2022", "Жазғы демалыста оқырмандар 2 640 дана кітап пен журнал алып оқыды.")
    assert not any(k[0] == "loans.total" for k in _named("2022", "Кітапханадан 85 оқушы кітап алып оқыды."))


def test_textbooks_are_a_part_of_a_school_librarys_fund():
    got = _named("2023", "Мектеп кітапханасының қоры 15 200 дана, оның ішінде оқулықтар – 10 450 дана, "
                         "көркем әдебиет – 4 100 дана.")
    assert {("fund.end", 10450.0, "2023", "textbooks"), ("fund.end", 4100.0, "2023", "fiction")} <= got
    assert ("fund.end", 10450.0, "2023", "textbooks") in _named(
        "2023", "Фонд школьной библиотеки – 15 200 экз., из них учебников – 10 450 экз.")


def test_two_balances_of_a_school_year_open_and_close_it():
    # a school year is no period code: the report's period is none, the dates tell the balances apart
    got = {(v["metric"], v["value"], v["as_of"]) for v in _all(
        None, "Мектеп кітапханасының 2023-2024 оқу жылындағы жұмысы туралы есеп",
        "2023 жылғы 1 қыркүйекте кітапхана қоры 15 200 дана болды. Оқу жылында қорға 1 240 дана түсті, "
              "610 дана есептен шығарылды. 2024 жылғы 1 маусымда кітапхана қоры 15 830 дана.") if v["metric"]}
    assert {("fund.start", 15200.0, "2023-09-01"), ("fund.end", 15830.0, "2024-06-01")} <= got


def test_the_gift_among_the_copies_received_is_their_part_given():
    assert ("fund.received", 45.0, "2022-Q3", "gifts") in _named(
        "2022-Q3", "Тоқсанда қорға 180 дана кітап түсті, оның 45-і жергілікті ақындардың сыйы.")
    assert ("fund.received", 45.0, "2022", "gifts") in _named(
        "2022", "Поступило 980 экз., из них 45 экз. – дар местных авторов.")


def test_our_readers_in_a_speech_to_the_residents_are_the_readers():
    assert ("users.registered", 410.0, "2021-H1", None) in _named(
        "2021-H1", "Ауылымызда 1 900 адам тұрады, солардың 410-ы – біздің оқырмандарымыз.")


def test_the_verbs_of_a_speech_tell_the_funds_movement():
    # "we replenished our fund", "were added to the fund", "were removed from the fund"
    assert ("fund.received", 215.0, "2023", None) in _named("2023", "Кітап қорымызды 215 дана кітаппен толықтырдық.")
    assert ("fund.received", 130.0, "2023", None) in _named("2023", "Кітап қорына 130 дана жаңа кітап қосылды.")
    assert ("fund.withdrawn", 96.0, "2023", None) in _named(
        "2023", "Кітап қорынан 96 дана ескі кітап алынып тасталды.")


def test_books_given_to_people_are_no_gift_to_the_fund():
    # prizes and presents the library gave away; a gift to the library stays one
    assert not any(k[0] == "fund.received" for k in _named("2023", "Байқау жеңімпаздарына 15 кітап сыйға берілді."))
    assert not any(k[0] == "fund.received" for k in _named("2023", "Оқырмандарға 40 кітап сыйға тартылды."))
    assert ("fund.received", 40.0, "2023", "gifts") in _named("2023", "Ақын кітапханаға 40 кітап сыйға тартты.")
