"""Facts from prose: whose figure a sentence gives, and which figures are
parts.  A list item or a sentence headed by one library (or one group of
libraries) gives each of its figures that library's category; readers of one
age, the people of one named club or conference and events of one form are
no totals of the period.  Each sentence was typed for this test in the
wordings of Russian and Kazakh district reports, with what it should give
written before esep read it; before these rules each gave a wrong figure."""

from __future__ import annotations

import pytest

from conftest import prose_facts as _prose
from esep.model import Block, Document
from esep.plugins.facts import plugin as facts
from esep.registry import Config


def _facts(period: str, *paragraphs: str, organization: str | None = None, headings: tuple[str, ...] = ()) -> set:
    """Every fact (named or not) as (metric, value, period, language, category)."""
    meta = {"period": period}
    if organization:
        meta["organization"] = organization
    d = Document(id="p", path="p.txt", format="txt", metadata=meta)
    for h in headings:
        d.add_block(Block("heading", h))
    for x in paragraphs:
        d.add_block(Block("paragraph", x))
    return {(r.values["metric"], r.values["value"], r.values["period"], r.values["language"], r.values["category"])
            for r in facts.extract(d, Config()) if r.table == "facts"}


# -- one library heading an item -----------------------------------------------------------------------------

def test_each_figure_of_a_list_item_a_library_heads_is_that_librarys():
    got = _prose("2023-Q1",
                 "Показатели по библиотекам:",
                 "• Центральная районная библиотека – 3 018 читателей, 21 460 посещений, 52 300 экз.;",
                 "• Сельская библиотека с. Берёзовка – 415 читателей, 5 230 посещений, 8 940 экз.;",
                 "• Озёрская сельская библиотека – 377 читателей, 4 410 посещений.")
    assert got == {
        ("users.registered", 3018, "2023-Q1", None, "branch:центральная районная библиотека"),
        ("visits.total", 21460, "2023-Q1", None, "branch:центральная районная библиотека"),
        ("loans.total", 52300, "2023-Q1", None, "branch:центральная районная библиотека"),
        ("users.registered", 415, "2023-Q1", None, "branch:сельская библиотека с березовка"),
        ("visits.total", 5230, "2023-Q1", None, "branch:сельская библиотека с березовка"),
        ("loans.total", 8940, "2023-Q1", None, "branch:сельская библиотека с березовка"),
        ("users.registered", 377, "2023-Q1", None, "branch:озерская сельская библиотека"),
        ("visits.total", 4410, "2023-Q1", None, "branch:озерская сельская библиотека"),
    }


def test_items_after_semicolons_in_one_paragraph_and_a_locative_head():
    got = _prose("2022", "В сельской библиотеке пос. Лесной – 264 читателя, 3 120 посещений; библиотека-филиал № 4 – "
                         "1 150 пользователей, 9 871 посещение.")
    assert got == {
        ("users.registered", 264, "2022", None, "branch:сельской библиотеке пос лесной"),
        ("visits.total", 3120, "2022", None, "branch:сельской библиотеке пос лесной"),
        ("users.registered", 1150, "2022", None, "branch:библиотека-филиал 4"),
        ("visits.total", 9871, "2022", None, "branch:библиотека-филиал 4"),
    }
    # a branch by its number keeps its category on every figure, not on the first only
    got = _prose("2022", "Детская библиотека им. М. Горького – 1 204 читателя, 9 870 посещений.", "ЦРБ – 2 002 читателя.")
    assert got == {("users.registered", 1204, "2022", None, "branch:детская библиотека им м горького"),
                   ("visits.total", 9870, "2022", None, "branch:детская библиотека им м горького"),
                   ("users.registered", 2002, "2022", None, "branch:црб")}


def test_kazakh_sentences_a_library_or_a_group_heads():
    got = _prose("2024-H1",
                 "Орталық аудандық кітапхана жартыжылдықта 5 320 оқырманға қызмет көрсетіп, 41 800 келуші, 96 200 дана.",
                 "Аудандық балалар кітапханасында оқырмандар саны – 2 870 (өткен жылдың сәйкес кезеңінде – 2 790), "
                 "келушілер – 22 410, кітап берілімі – 60 115 дана.",
                 "Ауылдық кітапхана-филиалдар бойынша: оқырмандар – 8 730, келушілер – 66 020, кітап берілімі – "
                 "140 980 дана.")
    central, children, rural = ("branch:орталық аудандық кітапхана", "branch:аудандық балалар кітапханасы",
                                "branch:ауылдық кітапханалар")
    assert got == {
        ("users.registered", 5320, "2024-H1", None, central),
        ("visits.total", 41800, "2024-H1", None, central),
        ("loans.total", 96200, "2024-H1", None, central),
        ("users.registered", 2870, "2024-H1", None, children),
        ("users.registered", 2790, "2023-H1", None, children),
        ("visits.total", 22410, "2024-H1", None, children),
        ("loans.total", 60115, "2024-H1", None, children),
        ("users.registered", 8730, "2024-H1", None, rural),
        ("visits.total", 66020, "2024-H1", None, rural),
        ("loans.total", 140980, "2024-H1", None, rural),
    }


@pytest.mark.parametrize("text", [
    "Библиотеки района обслужили 9 874 читателя.",
    "Центральная библиотека и 24 филиала обслужили 9 874 читателя.",
    "Центральная библиотечная система обслужила 9 874 читателя.",
    "Орталықтандырылған кітапханалар жүйесі 9 874 оқырманға қызмет көрсетті.",
    "Кітапхана 9 874 оқырманға қызмет көрсетті.",
])
def test_the_system_or_the_library_itself_keeps_no_category(text):
    got = _prose("2023", text)
    assert {k[4] for k in got} == {None} and {k[1] for k in got} == {9874}


def test_a_total_of_the_system_after_a_branch_is_the_systems():
    got = _prose("2023", "Сельская библиотека с. Каменка – 312 читателей, 4 100 посещений.",
                 "Детская библиотека – 1 408 читателей, всего по ЦБС – 9 874 читателя.")
    assert ("users.registered", 9874, "2023", None, None) in got
    assert ("users.registered", 1408, "2023", None, "branch:детская библиотека") in got


def test_the_report_of_the_library_it_names_is_its_own():
    text = "Көктал ауылдық кітапханасы – ауылдың кітапханасы, оқырмандар саны – 812, келушілер – 7 930."
    assert {k[4] for k in _facts("2023", text, organization="Көктал ауылдық кітапханасы") if k[0]} == {None}
    assert {k[4] for k in _facts("2023", text) if k[0]} == {"branch:көктал ауылдық кітапханасы"}
    # the central library alone, in a report that gives no other library's figures, is the report's own
    assert _prose("2023", "Центральная районная библиотека – 12 000 читателей.") == {
        ("users.registered", 12000, "2023", None, None)}


def test_copies_after_readers_and_visits_are_loans():
    assert _prose("2023", "Итоги года: 9 874 читателя, 71 260 посещений, 164 380 экз.") == {
        ("users.registered", 9874, "2023", None, None), ("visits.total", 71260, "2023", None, None),
        ("loans.total", 164380, "2023", None, None)}
    assert _prose("2023", "Оқырмандар – 6 815, келушілер – 48 902, 112 430 дана.") == {
        ("users.registered", 6815, "2023", None, None), ("visits.total", 48902, "2023", None, None),
        ("loans.total", 112430, "2023", None, None)}
    # copies after readers alone may be the fund: not read as loans
    assert not any(k[0] == "loans.total" for k in _prose("2023", "Итоги года: 9 874 читателя, 164 380 экз."))


def test_a_library_before_a_dash_is_no_count_of_libraries():
    assert _prose("2023", "Детская библиотека – 1 204 читателя.") == {
        ("users.registered", 1204, "2023", None, None)}
    assert _prose("2023", "• библиотек – 12") == {("libraries.count", 12, "2023", None, None)}


# -- parts that are no totals --------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Состав читателей по возрастным группам: до 6 лет – 2 310 чел.; 7–10 лет – 7 645 чел.; 11–14 лет – 6 950 чел.",
    "Читатели по возрасту: 15–24 года – 3 020; 25–59 лет – 5 410; 60 лет и старше – 1 180.",
])
def test_readers_of_one_age_are_no_total_of_readers(text):
    assert not any(k[0] == "users.registered" for k in _prose("2023", text))


def test_a_named_group_of_readers_by_age_stays_a_group():
    assert _prose("2023", "Читателей – 9 874, в т.ч. дети до 14 лет – 3 912.") == {
        ("users.registered", 9874, "2023", None, None), ("users.children", 3912, "2023", None, None)}


@pytest.mark.parametrize("text", [
    "Наиболее активны клуб «Юный краевед» (31 участник) и театральная студия «Буратино» (24 участника).",
    "В клубе «Читайка» занимаются 18 участников.",
    "«Кітап – білім бұлағы» атты оқырмандар конференциясына ауыл мектебінің 60 оқушысы қатысты.",
    "«Жас ақын» әдеби клубының отырыстарына 25 оқырман қатысты.",
])
def test_the_people_of_one_named_club_or_conference_are_no_participants(text):
    got = _facts("2024", text, headings=("Массовая работа", "Мероприятия по формам работы"))
    assert not any(k[0] in ("events.participants", "users.registered") for k in got)


def test_the_participants_of_the_year_stay():
    got = _prose("2023", "Жыл ішінде 48 іс-шара ұйымдастырылып, оларға 1 265 адам қатысты.")
    assert got == {("events.actual", 48, "2023", None, None), ("events.participants", 1265, "2023", None, None)}


@pytest.mark.parametrize("text", [
    "Жыл ішінде 48 іс-шара ұйымдастырылып, оларға 1 265 адам қатысты. Соның ішінде 14 кітап көрмесі, 9 әдеби кеш, "
    "6 викторина өткізілді.",
    "Проведено 48 мероприятий, их посетили 1 265 человек. В том числе 14 книжных выставок, 9 литературных вечеров, "
    "6 викторин.",
])
def test_events_of_one_form_are_no_total_and_no_people(text):
    got = {(k[0], k[1]) for k in _prose("2023", text)}
    assert got == {("events.actual", 48), ("events.participants", 1265)}


@pytest.mark.parametrize("text", [
    "Книгообеспеченность на одного жителя – 6,1 экз., на одного читателя – 17,3.",
    "Кітаппен қамтамасыз етілу бір тұрғынға – 6,1 дана, бір оқырманға – 17,3.",
])
def test_the_one_reader_a_ratio_is_per_is_no_count_of_readers(text):
    # the fund per inhabitant is the indicator; per reader, a second measure no metric names (docs/facts.md)
    assert _prose("2019-H1", text) == {("ratio.book_supply", 6.1, "2019-H1", None, None)}


@pytest.mark.parametrize("text", [
    "Орталық аудандық кітапханада «Туған жер» атты әдеби кеш өтті (12 наурыз, 64 қатысушы).",
    "В детской библиотеке прошёл литературный час «Мир сказок» (3 марта, 27 участников).",
])
def test_one_event_of_a_library_heading_its_sentence_is_no_participants(text):
    got = _facts("2021", text, "Проведено 120 мероприятий.", headings=("Массовая работа", "Мероприятия по формам работы"))
    assert not any(k[0] == "events.participants" for k in got)


def test_a_library_that_gave_out_documents_states_its_loans():
    got = _prose("2024-H1", "Орталық аудандық кітапхана 5 320 оқырманға қызмет көрсетіп, 96 200 дана құжат берді.",
                 "Детская библиотека выдала 60 115 экз. документов, обслужив 2 870 читателей.")
    assert ("loans.total", 96200, "2024-H1", None, "branch:орталық аудандық кітапхана") in got
    assert ("loans.total", 60115, "2024-H1", None, "branch:детская библиотека") in got


# -- a culture department's report: the libraries beside other institutions --------------------------------------

def test_the_figures_of_a_house_of_culture_or_a_museum_are_no_library_indicators():
    d = Document(id="p", path="p.docx", format="docx", metadata={"period": "2019"})
    for kind, x in [("heading", "2. Мәдениет үйлері"),
                    ("paragraph", "Мәдениет үйлерінде 820 іс-шара өтті, оларға 31 500 көрермен қатысты. Онда 54 маман жұмыс істейді."),
                    ("heading", "3. Өлкетану музейі"),
                    ("paragraph", "Жыл ішінде музейге 4 300 келуші келді."),
                    ("heading", "4. Кітапханалар"),
                    ("paragraph", "Кітапханаларға 9 800 оқырман тіркелді, келушілер саны 87 000.")]:
        d.add_block(Block(kind, x))
    got = {(r.values["metric"], r.values["value"]) for r in facts.extract(d, Config()) if r.table == "facts"}
    assert {("users.registered", 9800), ("visits.total", 87000)} <= got
    assert {(None, 820), (None, 31500), (None, 54), (None, 4300)} <= got
    assert not {m for m, v in got if v in (820, 31500, 54, 4300) and m}


def test_the_kinds_of_events_listed_after_their_count_are_no_category_of_it():
    got = _facts("2019", "Жыл ішінде кітапхана 96 іс-шара өткізді: кітап көрмелері, әдеби кештер, кездесулер.")
    assert ("events.actual", 96, "2019", None, None) in got
