"""Facts of Kazakh reports in their short and spoken forms: the relative
indicators named by the bare nouns ("оқуы – 21,8", "келуі 9,4", "оқу – 20,7"
under "Салыстырмалы көрсеткіштер"), the staff counted with "бар", young
specialists ("жас маман", no age), the plan exceeded ("асып түсті", no
receipt), a one-sentence paragraph opening with "Оларға" that speaks of the
paragraph before, money allocated of which a part went to the fund, a
paragraph of prose before a table that names the network the library belongs
to, and a table of events by form (offline, online, total).  Each sentence
and table was typed for this file in the shape of such reports."""

from __future__ import annotations

import pytest

from conftest import prose_facts as _prose
from esep.model import Block, Cell, Document, Provenance, Table
from esep.plugins.facts import plugin as facts
from esep.registry import Config


def _figures(period: str, *text: str) -> set[tuple]:
    """(metric, value, period, category) of every named figure."""
    return {(k[0], k[1], k[2], k[4]) for k in _prose(period, *text)}


def _table(period: str, rows: list[list[str]], before: str | None = None) -> list[dict]:
    d = Document(id="t", path="t.docx", format="docx", metadata={"period": period})
    if before:
        d.add_block(Block("paragraph", before))
    d.add_table(Table([Cell(r, k, x) for r, row in enumerate(rows) for k, x in enumerate(row) if x],
                      Provenance(page=1), position=0 if before else -1))
    return [r.values for r in facts.extract(d, Config()) if r.table == "facts" and r.values.get("source") == "table"]


# -- relative indicators by their bare nouns -----------------------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("Салыстырмалы көрсеткіштер: оқуы – 19,6 (2020 ж. – 18,9), келуі – 7,2.",
     {("ratio.reading", 19.6, "2021", None), ("ratio.reading", 18.9, "2020", None),
      ("ratio.attendance", 7.2, "2021", None)}),
    ("Оқырмандардың орташа оқуы 24,1, келуі 10,3 болды.",
     {("ratio.reading", 24.1, "2021", None), ("ratio.attendance", 10.3, "2021", None)}),
    ("Салыстырмалы көрсеткіштер: оқу – 17,5, келу – 6,8.",
     {("ratio.reading", 17.5, "2021", None), ("ratio.attendance", 6.8, "2021", None)}),
    ("Salystyrmaly körsetkişter: oqu – 17,5, kelu – 6,8.",
     {("ratio.reading", 17.5, "2021", None), ("ratio.attendance", 6.8, "2021", None)}),
])
def test_the_rates_per_reader_named_by_their_bare_nouns(text, want):
    assert _figures("2021", text) == want


def test_the_bare_nouns_before_a_figure_no_reader_reaches_name_the_count():
    got = _figures("2021", "Оқырмандардың кітапханаға келуі 52 300 рет болды.")
    assert got == {("visits.total", 52300.0, "2021", None)}
    # outside the words for relative indicators a bare "оқу" names no rate
    assert not any(m.startswith("ratio.") for m, *_ in _figures("2021", "Кітапханада оқу – 30 орындық зал бар."))


# -- staff -----------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("Кітапханада 11 қызметкер бар, оның ішінде жоғары білімді – 7.",
     {("staff.headcount", 11.0, "2022", None), ("staff.higher_education", 7.0, "2022", None)}),
    ("Kitaphanada 11 qyzmetker bar, onyñ işinde joğary bilimdi – 7.",
     {("staff.headcount", 11.0, "2022", None), ("staff.higher_education", 7.0, "2022", None)}),
    ("Жыл ішінде 2 жас маман жұмысқа қабылданды.", {("staff.hired", 2.0, "2022", None)}),
])
def test_the_staff_counted_with_bar_and_young_specialists(text, want):
    assert _figures("2022", text) == want


def test_an_age_before_readers_is_still_no_staff():
    assert _figures("2022", "14 жас оқырмандарға арналған көрме ашылды.") == set()


# -- differences, pronouns, money --------------------------------------------------------------------------------------

def test_the_plan_exceeded_by_so_many_is_no_receipt():
    got = _figures("2021", "Кітап берілімі 640 200 дананы құрап, жоспардан 1 200 данаға асып түсті.")
    assert got == {("loans.total", 640200.0, "2021", None)}


def test_a_paragraph_opening_with_a_pronoun_speaks_of_the_paragraph_before():
    got = _figures("2023", "Ай ішінде 12 іс-шара өтті.", "Оларға 410 адам қатысты.")
    assert got == {("events.actual", 12.0, "2023", None), ("events.participants", 410.0, "2023", None)}
    # without the pronoun nothing says what the people took part in
    assert _figures("2023", "Ай ішінде 12 кітап көрмесі ұйымдастырылды.", "Ауылда 410 адам қатысты.") \
        <= {("events.actual", 12.0, "2023", None)}


def test_money_allocated_of_which_a_part_went_to_the_fund_is_the_budget():
    got = _figures("2021-H1", "Жарты жылға 48 200,0 мың теңге қаржы бөлінді, оның 3 100,0 мың теңгесі қорды "
                              "толықтыруға жұмсалды.")
    assert got == {("finance.budget", 48200.0, "2021-H1", None), ("acquisition.budget", 3100.0, "2021-H1", None)}
    # money for a repair is no budget of the library's upkeep, whatever part of it bought books
    got = _figures("2021", "Кітапхананы жөндеуге 9 000 мың теңге бөлінді, оның ішінде кітап сатып алуға 300 мың теңге.")
    assert not any(m == "finance.budget" for m, *_ in got)


# -- tables ---------------------------------------------------------------------------------------------------------

def test_prose_before_a_table_naming_the_network_is_no_group_of_the_table():
    before = ("Ақсу ауылдық кітапханасы аудандық ауылдық кітапханалар желісінің бөлімшесі болып табылады. "
              "Ауылда 900 тұрғын тұрады.")
    rows = [["Көрсеткіштер", "Жоспар", "Орындалды", "%"], ["Оқырмандар саны", "400", "412", "103,0"],
            ["Кітап берілімі", "8 000", "8 150", "101,9"]]
    got = {(v["metric"], v["value"], v["category"]) for v in _table("2024-9M", rows, before)}
    assert got == {("users.registered", 412, None), ("loans.total", 8150, None)}


def test_a_table_of_events_by_form_gives_no_other_indicator():
    rows = [["Іс-шара түрі", "Оффлайн", "Онлайн", "Барлығы"], ["Кітап көрмелері", "12", "0", "12"],
            ["Виртуалды көрмелер", "0", "9", "9"], ["Барлығы", "12", "9", "21"]]
    got = {(v["metric"], v["value"]) for v in _table("2020-H1", rows) if v["metric"]}
    assert got == {("events.actual", 21)}


# -- Latin letters of 2021: ю written "iu" ---------------------------------------------------------------------------

def test_iu_between_consonants_is_the_yu_of_a_2021_text():
    from esep.plugins.lang import to_cyrillic
    assert to_cyrillic("Kitaphanada 3 kompiuter bar, barlyğy İnternetke qosylğan.").split()[2] == "компютер"
    assert to_cyrillic("Oqyrmandarğa tiisti kömek körsetildi.").split()[1] == "тіісті"  # no consonants around "iu"
    # (a 2021 letter, ğ, tells the alphabet)
    assert _figures("2022", "Kitaphanada 3 kompiuter bar, barlyğy jaña.") == {("equipment.computers", 3.0, "2022", None)}
    assert _figures("2022", "Кітапханада 3 компютер бар.") == {("equipment.computers", 3.0, "2022", None)}


def test_a_caption_with_an_abbreviation_still_names_the_group_of_the_table():
    rows = [["Показатели", "2023"], ["Число пользователей", "4 120"]]
    got = {(v["metric"], v["value"], v["category"]) for v in _table("2023", rows, "Показатели сельских библиотек г. Рудного")}
    assert got == {("users.registered", 4120, "branch:сельские библиотеки")}


def test_a_figure_before_a_verb_of_being_is_labelled_by_the_words_before_it():
    d = Document(id="p", path="p.txt", format="txt", metadata={"period": "2020-H1"})
    d.add_block(Block("paragraph", "Онлайн шаралардың қаралым саны 12 400 болды."))
    keys = {r.values["label_key"] for r in facts.extract(d, Config()) if r.table == "facts"}
    assert keys == {"қаралым саны"}
