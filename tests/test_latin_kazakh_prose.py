"""Kazakh report prose in the Latin alphabets of 2018 and 2021 gives the
facts its Cyrillic spelling gives: each sentence below is written in the
three alphabets, with what it should give written before esep read it.
At first the Latin spellings gave figures of the year before for this
year's, plans and ages as facts, "mıñ" as money and an "as of" date lost;
the Cyrillic ones counted a difference ("215-ке артты"), a part of the
year before ("өткен жылдың І тоқсанында") and a span of years as this
period's.  Then the rules of the language: a figure in the dative before a
verb of change, the words for the year before naming a part of a year, a
span of years naming the time of its clause."""

from __future__ import annotations

import pytest

from esep.model import Block, Cell, Document, Provenance, Table
from esep.plugins.facts import plugin as facts
from esep.plugins.lang.alphabet import cyrillic_reading, is_latin_kazakh, to_cyrillic
from esep.plugins.lang.periods import find_periods, year_span_clauses
from esep.registry import Config


def _facts(period: str, text: str) -> list[dict]:
    """Every fact read from one paragraph of a report about ``period``."""
    d = Document(id="p", path="p.txt", format="txt", metadata={"period": period})
    d.add_block(Block("paragraph", text))
    return [r.values for r in facts.extract(d, Config()) if r.table == "facts"]


def _read(period: str, text: str) -> set[tuple]:
    """(metric, value, period, as_of) of the named facts of one paragraph."""
    return {(v["metric"], v["value"], v["period"], v["as_of"]) for v in _facts(period, text) if v["metric"]}


def _values(period: str, text: str) -> set[float]:
    """Every figure read from the paragraph, named or not."""
    return {v["value"] for v in _facts(period, text)}


def _three(cyr: str, l18: str, l21: str):
    return pytest.mark.parametrize("text", [cyr, l18, l21], ids=["cyrillic", "latin2018", "latin2021"])


# -- a paragraph in Latin letters is read in Cyrillic as a whole ----------------------------------------------------

@_three("Есепті жылы кітапханалар қызметін 12 480 оқырман пайдаланды, бұл өткен жылмен салыстырғанда 164 адамға "
        "көп. Оның ішінде 14 жасқа дейінгі балалар – 4 310, жасөспірімдер мен жастар – 2 975 адам.",
        "Esepti jyly kitaphanalar qyzmetin 12 480 oqyrman paıdalandy, bul ótken jylmen salystyrǵanda 164 adamǵa "
        "kóp. Onyń ishinde 14 jasqa deıingi balalar – 4 310, jasóspirimder men jastar – 2 975 adam.",
        "Esepti jılı kitaphanalar qızmetin 12 480 oqırman paydalandı, būl ötken jılmen salıstırğanda 164 adamğa "
        "köp. Onıñ işinde 14 jasqa deyingi balalar – 4 310, jasöspirimder men jastar – 2 975 adam.")
def test_compared_with_last_year_names_no_period_of_the_parts(text):
    # "compared with last year … more by 164": a difference; the parts after it are this year's; "14 jasqa
    # deıingi" an age
    assert _read("2023", text) == {("users.registered", 12480, "2023", None), ("users.children", 4310, "2023", None),
                                   ("users.youth", 2975, "2023", None)}
    assert 164 not in _values("2023", text) and 14 not in _values("2023", text)


@_three("Оқырмандар саны – 6 215, оның ішінде 14 жасқа дейінгі балалар – 2 140 (өткен жылы – 2 080).",
        "Oqyrmandar sany – 6 215, onyń ishinde 14 jasqa deıingi balalar – 2 140 (ótken jyly – 2 080).",
        "Oqırmandar sanı – 6 215, onıñ işinde 14 jasqa deyingi balalar – 2 140 (ötken jılı – 2 080).")
def test_age_and_last_year_in_brackets(text):
    assert _read("2023", text) == {("users.registered", 6215, "2023", None), ("users.children", 2140, "2023", None),
                                   ("users.children", 2080, "2022", None)}


@pytest.mark.parametrize("period, text, want", [
    ("2023", "2024 жылғы 1 қаңтардағы жағдай бойынша кітап қоры 150 200 дана.",
     ("fund.end", 150200, "2023", "2024-01-01")),
    ("2023", "2024 jylǵy 1 qańtardaǵy jaǵdaı boıynsha kitap qory 150 200 dana.",
     ("fund.end", 150200, "2023", "2024-01-01")),
    ("2023", "2024 jılğı 1 qañtardağı jağday boyınşa kitap qorı 150 200 dana.",
     ("fund.end", 150200, "2023", "2024-01-01")),
    ("2023-9M", "2023 жылғы 1 қазандағы жағдай бойынша кітап қоры 98 300 дана.",
     ("fund.end", 98300, "2023-9M", "2023-10-01")),
    ("2023-9M", "2023 jylǵy 1 qazandaǵy jaǵdaı boıynsha kitap qory 98 300 dana.",
     ("fund.end", 98300, "2023-9M", "2023-10-01")),
    ("2023-9M", "2023 jılğı 1 qazandağı jağday boyınşa kitap qorı 98 300 dana.",
     ("fund.end", 98300, "2023-9M", "2023-10-01")),
])
def test_latin_month_in_an_as_of_date(period, text, want):
    assert _read(period, text) == {want}


@pytest.mark.parametrize("text", [
    "2024 жылға 12 600 оқырман және 253 000 кітап берілімі жоспарланған.",
    "2024 jylǵa 12 600 oqyrman jáne 253 000 kitap berilimi josparlanǵan.",
    "2024 jılğa 12 600 oqırman jäne 253 000 kitap berilimi josparlanğan.",
    "Жоспар бойынша жылдық көрсеткіш – 9 800 оқырман.",
    "Jospar boıynsha jyldyq kórsetkish – 9 800 oqyrman.",
    "Jospar boyınşa jıldıq körsetkiş – 9 800 oqırman.",
])
def test_plans_in_latin_letters_are_no_facts(text):
    assert _read("2023", text) == set()


@pytest.mark.parametrize("text, want", [
    ("Келушілер саны – 96,2 мың (өткен жылы – 94,9 мың).",
     {("visits.total", 96.2, "2023", None), ("visits.total", 94.9, "2022", None)}),
    ("Kelýshiler sany – 96,2 myń (ótken jyly – 94,9 myń).",
     {("visits.total", 96.2, "2023", None), ("visits.total", 94.9, "2022", None)}),
    ("Keluşiler sanı – 96,2 mıñ (ötken jılı – 94,9 mıñ).",
     {("visits.total", 96.2, "2023", None), ("visits.total", 94.9, "2022", None)}),
    ("Kitap berilimi – 61,8 mıñ dana.", {("loans.total", 61.8, "2023", None)}),
    # 2021 letters with the "y" of 2018 for ы (no й stands between consonants), "ai" for ай
    ("2023 jyldyñ 6 aiynda oqyrmandar sany 8 120 adamdy qūrady.", {("users.registered", 8120, "2023-H1", None)}),
    ("Keluşiler sany – 96,2 myñ (ötken jyly – 94,9 myñ).",
     {("visits.total", 96.2, "2023", None), ("visits.total", 94.9, "2022", None)}),
])
def test_thousands_in_latin_letters_are_no_money(text, want):
    period = "2023-H1" if "6 aiynda" in text else "2023"
    assert _read(period, text) == want


@pytest.mark.parametrize("text, value", [
    ("Кітапхана бюджеті 48 600,0 мың теңгені құрады.", 48600),
    ("Kitaphana bıýdjeti 48 600,0 myń teńgeni qurady.", 48600),
    ("Kitaphana büjeti 48 600,0 mıñ teñgeni qūradı.", 48600),  # a Turkish keyboard's ü for ю
    ("Kitaphananıñ büdjeti – 52 100 mıñ teñge.", 52100),
])
def test_budget_spelled_with_u_umlaut(text, value):
    assert _read("2022", text) == {("finance.budget", value, "2022", None)}


# -- a figure in the dative before a verb of change is a difference ------------------------------------------------

@pytest.mark.parametrize("text", [
    "Өткен жылдың осы кезеңімен салыстырғанда оқырмандар 215-ке, кітап берілімі 3 400 данаға артты.",
    "Ótken jyldyń osy kezeńimen salystyrǵanda oqyrmandar 215-ke, kitap berilimi 3 400 danaǵa artty.",
    "Ötken jıldıñ osı kezeñimen salıstırğanda oqırmandar 215-ke, kitap berilimi 3 400 danağa arttı.",
    "Былтырмен салыстырғанда келушілер саны 1 200-ге көбейді, ал оқырмандар 40-қа азайды.",
    "Byltyrmen salystyrǵanda kelýshiler sany 1 200-ge kóbeıdi, al oqyrmandar 40-qa azaıdy.",
    "Bıltırmen salıstırğanda keluşiler sanı 1 200-ge köbeydi, al oqırmandar 40-qa azaydı.",
])
def test_dative_figure_before_a_verb_of_change_is_a_difference(text):
    assert _read("2023", text) == set()


@_three("Іс-шаралар саны 1 200-ге көбейіп, 4 350-ге жетті.",
        "Is-sharalar sany 1 200-ge kóbeıip, 4 350-ge jetti.",
        "Is-şaralar sanı 1 200-ge köbeyip, 4 350-ge jetti.")
def test_the_figure_reached_stays(text):
    assert _read("2023", text) == {("events.actual", 4350, "2023", None)}


# -- a part of the year before -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("period, text, want", [
    ("2023-Q1", "Келушілер саны – 41,2 мың (өткен жылдың І тоқсанында – 37,9 мың).",
     {("visits.total", 41.2, "2023-Q1", None), ("visits.total", 37.9, "2022-Q1", None)}),
    ("2023-Q1", "Kelýshiler sany – 41,2 myń (ótken jyldyń I toqsanynda – 37,9 myń).",
     {("visits.total", 41.2, "2023-Q1", None), ("visits.total", 37.9, "2022-Q1", None)}),
    ("2023-Q1", "Keluşiler sanı – 41,2 mıñ (ötken jıldıñ I toqsanında – 37,9 mıñ).",
     {("visits.total", 41.2, "2023-Q1", None), ("visits.total", 37.9, "2022-Q1", None)}),
    ("2023-9M", "Іс-шаралар саны – 310 (былтырғы 9 айда – 295).",
     {("events.actual", 310, "2023-9M", None), ("events.actual", 295, "2022-9M", None)}),
    ("2023-9M", "Is-sharalar sany – 310 (byltyrǵy 9 aıda – 295).",
     {("events.actual", 310, "2023-9M", None), ("events.actual", 295, "2022-9M", None)}),
    ("2023-9M", "Is-şaralar sanı – 310 (bıltırğı 9 ayda – 295).",
     {("events.actual", 310, "2023-9M", None), ("events.actual", 295, "2022-9M", None)}),
    ("2023-Q1", "Число посещений – 41 200 (в I квартале прошлого года – 37 900).",
     {("visits.total", 41200, "2023-Q1", None), ("visits.total", 37900, "2022-Q1", None)}),
])
def test_part_of_the_year_before(period, text, want):
    assert _read(period, text) == want


def test_find_periods_reads_the_year_before():
    got = find_periods("өткен жылдың І тоқсанында – 37,9 мың", 2023)
    assert [(p.period.code, p.text) for p in got] == [("2022-Q1", "өткен жылдың І тоқсанында")]
    got = find_periods("в I квартале прошлого года", 2023)
    assert [p.period.code for p in got] == ["2022-Q1"]
    assert [p.period.code for p in find_periods("І тоқсанында", 2023)] == ["2023-Q1"]


# -- a span of years ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, want", [
    ("2021-2022 жж. кітап қоры 120 400 дана болды.", set()),
    ("2021-2022 jj. kitap qory 120 400 dana boldy.", set()),
    ("2021-2022 jj. kitap qorı 120 400 dana boldı.", set()),
    ("2021–2022 жылдары кітапханаға 3 200 жаңа оқырман тартылды, 2023 жылы оқырмандар саны 12 480 болды.",
     {("users.registered", 12480, "2023", None)}),
    ("2021–2022 jyldary kitaphanaǵa 3 200 jańa oqyrman tartyldy, 2023 jyly oqyrmandar sany 12 480 boldy.",
     {("users.registered", 12480, "2023", None)}),
    ("2021–2022 jıldarı kitaphanağa 3 200 jaña oqırman tartıldı, 2023 jılı oqırmandar sanı 12 480 boldı.",
     {("users.registered", 12480, "2023", None)}),
    ("В 2021–2022 гг. выдано 250 000 книг.", set()),
    # the term of a programme is no time of the figures
    ("На 2021–2025 годы программа предусматривает, в 2023 году проведено 40 мероприятий.",
     {("events.actual", 40, "2023", None)}),
])
def test_span_of_years_is_no_period_of_the_report(text, want):
    assert _read("2023", text) == want
    assert 2022 not in _values("2023", text)


def test_year_span_clauses():
    text = "2021-2022 жж. кітап қоры 120 400 дана болды, 2023 жылы – 125 000 дана."
    (a, z), = year_span_clauses(text)
    assert text[a:z] == "2021-2022 жж. кітап қоры 120 400 дана болды"
    assert year_span_clauses("2021–2025 жылдарға арналған бағдарлама") == []
    assert year_span_clauses("на 2021–2025 гг.") == []


# -- a table of the fund's movement over a quarter ---------------------------------------------------------------------

def _table(period: str, caption: str, rows: list[list[str]]) -> set[tuple]:
    d = Document(id="t", path="t.docx", format="docx", metadata={"period": period})
    d.add_block(Block("paragraph", caption))
    d.add_table(Table([Cell(r, k, x) for r, row in enumerate(rows) for k, x in enumerate(row) if x], Provenance(page=1)))
    return {(v["metric"], v["value"]) for v in (r.values for r in facts.extract(d, Config()) if r.table == "facts")}


@pytest.mark.parametrize("caption, rows", [
    ("Қор қозғалысы (дана):", [["Тоқсан басында", "Түскен", "Шығарылған", "Тоқсан соңында"], ["88 430", "600", "1 100", "87 930"]]),
    ("Qor qozǵalysy (dana):", [["Toqsan basynda", "Túsken", "Shyǵarylǵan", "Toqsan sońynda"], ["88 430", "600", "1 100", "87 930"]]),
    ("Qor qozğalısı (dana):", [["Toqsan basında", "Tüsken", "Şığarılğan", "Toqsan soñında"], ["88 430", "600", "1 100", "87 930"]]),
])
def test_quarter_start_and_end_headers(caption, rows):
    assert _table("2024-Q1", caption, rows) == {("fund.start", 88430), ("fund.received", 600),
                                                ("fund.withdrawn", 1100), ("fund.end", 87930)}


@pytest.mark.parametrize("caption, rows", [
    ("Кітап қоры, дана", [["Көрсеткіш", "Саны"], ["Тоқсан басындағы қор", "45 210"], ["Түсті", "900"],
                          ["Шығарылды", "310"], ["Тоқсан соңындағы қор", "45 800"]]),
    ("Kitap qory, dana", [["Kórsetkish", "Sany"], ["Toqsan basyndaǵy qor", "45 210"], ["Tústi", "900"],
                          ["Shyǵaryldy", "310"], ["Toqsan sońyndaǵy qor", "45 800"]]),
    ("Kitap qorı, dana", [["Körsetkiş", "Sanı"], ["Toqsan basındağı qor", "45 210"], ["Tüsti", "900"],
                          ["Şığarıldı", "310"], ["Toqsan soñındağı qor", "45 800"]]),
])
def test_quarter_start_and_end_rows(caption, rows):
    assert _table("2024-Q1", caption, rows) == {("fund.start", 45210), ("fund.received", 900),
                                                ("fund.withdrawn", 310), ("fund.end", 45800)}


# -- the reading itself ------------------------------------------------------------------------------------------------

def test_cyrillic_reading_cuts_the_source_at_its_offsets():
    src = "Kitap qory 330 133 dana, onyń ishinde qazaq tilinde 200 000 dana."
    text, source = cyrillic_reading(src)
    assert text == "Кітап қоры 330 133 дана, оның ішінде қазақ тілінде 200 000 дана."
    a = text.index("оның")
    assert source[a:len(text)] == "onyń ishinde qazaq tilinde 200 000 dana."
    assert source[a:text.index(" қазақ")] == "onyń ishinde"
    assert source[0:len(text)] == src
    assert cyrillic_reading("Кітап қоры 330 133 дана") == ("Кітап қоры 330 133 дана", "Кітап қоры 330 133 дана")
    assert cyrillic_reading("Number of readers 5 210") == ("Number of readers 5 210", "Number of readers 5 210")


@pytest.mark.parametrize("text, cyr", [
    ("2023 jyldyñ 9 aiynda oqyrmandar sany", "2023 жылдың 9 айында оқырмандар саны"),
    ("jağday boyınşa köbeyip", "жағдай бойынша көбейіп"),
    ("ötken jyly – 91", "өткен жылы – 91"),
])
def test_y_and_i_read_by_their_neighbours(text, cyr):
    assert to_cyrillic(text) == cyr


@pytest.mark.parametrize("text, kazakh", [
    ("Is-sharalar sany 1 200-ge kóbeıip, 4 350-ge jetti.", True),
    ("Is-şaralar sanı 40-qa arttı.", True),
    ("This is a well-known 24-hour service", False),
    ("Wi-Fi is free in the reading room", False),
])
def test_figure_endings_and_compounds_read_as_kazakh(text, kazakh):
    assert is_latin_kazakh(text) is kazakh
