"""Kazakh reports list their relative indicators in one line ("Оқылым –
12,6, келім – 5,6", "кітаппен қамтамасыз етілу – 8,9; кітап айналымы –
2,3; оқылым – 20,5; келім – 7,2"): among them the bare "келім" is the
visits per reader, though the same word names the visits themselves in a
count ("келім саны 67 315").  A table of the readers by group (children,
young people, pensioners) ends with "Барлығы": the readers of all groups.
"басқа тілдерде" after the figures in Kazakh and Russian is the part in
other languages, no list of languages together.  A fund movement written
as nouns ("түскені – …, шыққаны – …") and the visits to events in the
participle ("іс-шараларға келгендер") are read too.  Stated in made-up
lines of the genre."""

from __future__ import annotations

from conftest import prose_facts, table_facts

from esep.model import Block, Document
from esep.plugins.facts import plugin as facts
from esep.registry import Config

_TITLE = "Қалалық орталықтандырылған кітапхана жүйесінің 2023 жылғы жұмысы туралы есеп"


def _records(*paragraphs: str) -> list[dict]:
    d = Document(id="p", path="p.txt", format="txt", metadata={"period": "2023"})
    for x in paragraphs:
        d.add_block(Block("paragraph", x))
    return [dict(r.values, evidence=r.evidence) for r in facts.extract(d, Config()) if r.table == "facts"]


def test_bare_kelim_among_the_rates_is_the_visits_per_reader():
    assert prose_facts("2023", _TITLE, "Оқылым – 12,6, келім – 5,6.") == {
        ("ratio.reading", 12.6, "2023", None, None), ("ratio.attendance", 5.6, "2023", None, None)}
    assert prose_facts("2023", _TITLE, "Кітаппен қамтамасыз етілу – 8,9; кітап айналымы – 2,3; келім – 7,2.") == {
        ("ratio.book_supply", 8.9, "2023", None, None), ("ratio.turnover", 2.3, "2023", None, None),
        ("ratio.attendance", 7.2, "2023", None, None)}
    rec = next(r for r in _records(_TITLE, "Көрсеткіштер: оқылым – 17,0, келім – 6,6.")
               if r["metric"] == "ratio.attendance")
    assert (rec["value"], rec["period"], rec["source"]) == (6.6, "2023", "text")
    assert "келім – 6,6" in rec["evidence"]


def test_kelim_in_latin_letters_among_the_rates():
    got = prose_facts("2021", "Qalalyq kitaphana júıesiniń 2021 jylǵy esebi", "Oqylym – 19,4; kelım – 7,4.")
    assert ("ratio.attendance", 7.4, "2021", None, None) in got
    assert not any(k[0] == "visits.total" for k in got)


def test_kelim_as_a_count_stays_the_visits():
    # the count itself, and a small figure with no other rate beside it
    assert prose_facts("2023", _TITLE, "Кітапханаларға келім саны 67 315 болды.") == {
        ("visits.total", 67315, "2023", None, None)}
    assert ("ratio.attendance", 41.3, "2023", None, None) not in prose_facts(
        "2023", _TITLE, "Оқырман саны 6 210, келім 41,3 мың болды.")


def test_the_total_of_a_readers_by_group_table_is_the_readers():
    rows = (["Топтар / Группы", "Саны / Количество"],
            ["14 жасқа дейінгі балалар / Дети до 14 лет", "10 412"],
            ["Жастар (15–29 жас) / Молодёжь (15–29 лет)", "8 236"],
            ["Зейнеткерлер / Пенсионеры", "2 915"],
            ["Барлығы / Всего", "21 563"])
    want = {("users.children", 10412, "2024", None, None), ("users.youth", 8236, "2024", None, None),
            ("users.registered", 21563, "2024", None, None)}
    assert table_facts("2024", *rows, caption="2. Пайдаланушылар / Пользователи") == want
    assert table_facts("2024", *rows) == want


def test_a_total_under_rows_that_are_no_reader_groups_is_no_readers():
    got = table_facts("2024", ["Қор құрамы", "Саны"], ["Кітаптар", "201 340"], ["Мерзімді басылымдар", "12 615"],
                      ["Барлығы", "213 955"])
    assert not any(k[0] == "users.registered" for k in got)


def test_other_languages_after_the_figures_in_two_languages():
    got = prose_facts("2023", _TITLE, "Тіл бойынша қор: қазақ тілінде – 121 305 дана, орыс тілінде – 92 918 дана, "
                                      "басқа тілдерде – 2 226 дана.")
    assert {k[3] for k in got if k[1] == 2226} == {"other"}
    assert {(k[1], k[3]) for k in got if k[0] == "fund.end"} >= {(121305, "kk"), (92918, "ru")}
    # languages listed together before the plural stay one figure of them all
    assert {k[3] for k in prose_facts("2023", _TITLE, "Қазақ, орыс және басқа тілдерде 4 120 дана кітап берілді.")
            if k[1] == 4120} == {None}


def test_the_fund_movement_written_as_nouns():
    got = prose_facts("2024", "Қалалық ОКЖ-ның 2024 жылғы есебі",
                      "Қор. Жыл басындағы қор – 356 218 дана, жыл ішінде түскені – 7 016 дана, шыққаны – 5 912 дана.")
    assert ("fund.received", 7016, "2024", None, None) in got
    assert ("fund.withdrawn", 5912, "2024", None, None) in got
    assert ("fund.received", 5912, "2024", None, None) not in got


def test_visits_to_events_in_the_participle():
    got = prose_facts("2024", "Балалар кітапханасының 2024 жылғы есебі",
                      "Келушілер саны – 27 340, оның ішінде бұқаралық іс-шараларға келгендер – 6 115.")
    assert got == {("visits.total", 27340, "2024", None, None), ("visits.events", 6115, "2024", None, None)}


def test_went_out_with_no_word_of_coming_in_is_no_withdrawal():
    # what was published ("жарыққа шыққаны"), the staff who left: no movement of the fund
    assert prose_facts("2024", "Қалалық ОКЖ-ның 2024 жылғы есебі",
                       "Жыл ішінде жарыққа шыққаны – 12 кітап, оның 4-еуі жергілікті авторлардікі.") == set()
    assert prose_facts("2024", "Қалалық ОКЖ-ның 2024 жылғы есебі",
                       "Кадрлар. Жұмысқа қабылданғаны – 3 адам, жұмыстан шыққаны – 2 адам.") == {
        ("staff.hired", 3, "2024", None, None), ("staff.dismissed", 2, "2024", None, None)}
