"""Sub-forms typed under their form with no word saying so (their figures
adding up to the form's), and the total stated at the foot of a list of
single events."""

from __future__ import annotations

from esep.model import Block, Document
from esep.plugins import checks
from esep.plugins.events import stats as event_stats
from esep.registry import Config

from test_event_stats import by_label, records_of, rows_of, table_of


def forms_with_subforms(first="тематические", second="к юбилеям писателей", total=None):
    rows = [["Форма работы", "Кол-во", "Участники"],
            ["Книжные выставки", "25", "700"],
            [first, "17", "450"],
            [second, "8", "250"],
            ["Беседы", "12", "310"],
            ["Викторины", "6", "140"]]
    if total is not None:
        rows.append(["Итого", *total])
    return table_of(rows)


def test_subforms_in_lower_case_are_parts_of_their_form():
    # the sub-forms were set off by an indent that the text lost; they begin in lower case, the forms do not
    got = by_label(records_of(forms_with_subforms(), period="2022"))
    exhibitions = got["Книжные выставки"]["2022"]
    assert (exhibitions["event_type"], exhibitions["actual"], exhibitions.get("part_of")) == ("exhibition.book", 25, None)
    for label in ("тематические", "к юбилеям писателей"):
        part = got[label]["2022"]
        assert (part["event_type"], part["part_of"]) == (None, exhibitions["row_no"])
    assert got["тематические"]["2022"]["actual"] == 17  # the figures as printed
    assert got["Беседы"]["2022"].get("part_of") is None


def test_subforms_named_as_forms_are_parts_when_the_total_leaves_them_out():
    # capitalised and named like forms ("Виртуальные выставки" is an exhibition), but the total is 25 + 12 + 6
    t = forms_with_subforms("Тематические выставки", "Виртуальные выставки", total=("43", "1150"))
    got = by_label(records_of(t, period="2022"))
    assert got["Виртуальные выставки"]["2022"]["event_type"] is None
    assert got["Виртуальные выставки"]["2022"]["part_of"] == 1
    # the total's check adds the forms only
    recs = rows_of(records_of(t, period="2022"))
    verdicts = {c.values["name"]: c.values["holds"] for c in checks.event_total_checks(recs, None)}
    assert verdicts == {"event_totals[2022].actual": 1, "event_totals[2022].participants": 1}


def test_rows_that_happen_to_add_up_are_forms_when_the_total_counts_them():
    # 17 + 8 = 25 and 450 + 250 = 700 by chance; the total adds every row, so each is a form of its own
    t = forms_with_subforms("Громкие чтения", "Экскурсии", total=("68", "1850"))
    got = by_label(records_of(t, period="2022"))
    assert got["Громкие чтения"]["2022"]["event_type"] == "reading"
    assert got["Экскурсии"]["2022"]["event_type"] == "excursion"
    assert all(v["2022"].get("part_of") is None for v in got.values())


def test_forms_under_a_numbered_direction_are_forms_not_its_parts():
    # a table of directions and forms: the numbered direction's figures are its section's sum, and the
    # lower-case rows under it are the forms themselves, each with its type
    t = table_of([["Направления и формы работы", "Кол-во", "Участники"],
                  ["1. Экологическое просвещение", "11", "290"],
                  ["книжные выставки", "5", "120"],
                  ["викторины", "6", "170"],
                  ["2. Краеведение", "7", "210"],
                  ["беседы", "4", "110"],
                  ["громкие чтения", "3", "100"],
                  ["Всего", "18", "500"]])
    got = by_label(records_of(t, period="2023"))
    assert got["книжные выставки"]["2023"]["event_type"] == "exhibition.book"
    assert got["викторины"]["2023"]["event_type"] == "quiz"
    assert got["громкие чтения"]["2023"]["event_type"] == "reading"
    assert all(v["2023"].get("part_of") is None for v in got.values())


def test_lower_case_rows_that_do_not_add_up_stay_rows_of_their_own():
    t = forms_with_subforms("тематические", "к юбилеям писателей")
    t.cells[[c.text for c in t.cells].index("8")].text = "9"  # 17 + 9 is not 25
    got = by_label(records_of(t, period="2022"))
    assert got["тематические"]["2022"].get("part_of") is None


def list_of_events(last_row, caption="Мероприятия, проведённые во II квартале"):
    t = table_of([["№", "Дата", "Название", "Форма", "Участники"],
                  ["1", "05.04.2023", "«Космос рядом»", "Беседа", "22"],
                  ["2", "18.04.2023", "«Весна в стихах»", "Поэтический час", "35"],
                  ["3", "12.05.2023", "«Они сражались за Родину»", "Книжная выставка", "48"],
                  ["4", "01.06.2023", "«Лето с книгой»", "Праздник", "70"],
                  [last_row]], spans={(5, 0): (1, 5)})
    d = Document(id="x", path="x.docx", format="docx", metadata={"period": "2023-H1"})
    d.add_block(Block("paragraph", caption))
    d.add_table(t)
    return d


def test_the_total_of_a_list_of_single_events_is_the_total_of_its_period():
    recs = rows_of(event_stats.extract(list_of_events("Итого: 4 мероприятия, 175 участников"), Config()))
    assert len(recs) == 1  # no rows by form are made up from the list
    total = recs[0].values
    assert (total["event_type"], total["is_total"], total["period"], total["actual"], total["participants"]) \
        == ("total", 1, "2023-Q2", 4, 175)
    assert recs[0].cell == (5, 0)


def test_a_list_total_naming_the_events_before_their_number():
    recs = rows_of(event_stats.extract(list_of_events("Всего мероприятий – 4, присутствовало 175 чел."), Config()))
    assert [(r.values["actual"], r.values["participants"]) for r in recs] == [(4, 175)]


def test_a_kazakh_list_total_on_the_line_under_the_table():
    t = table_of([["Күні", "Іс-шараның атауы", "Қатысқандар"],
                  ["12.01.2024", "«Қысқы ертегілер»", "30"],
                  ["20.02.2024", "«Ана тілім – ар-ожданым»", "45"],
                  ["15.03.2024", "«Наурыз – жыл басы»", "60"]])
    d = Document(id="x", path="x.txt", format="txt", metadata={"period": "2024-Q1"})
    d.add_block(Block("paragraph", "Тоқсанда өткізілген іс-шаралар тізімі"))
    d.add_table(t)
    d.add_block(Block("paragraph", "Барлығы: 3 іс-шара, 135 адам"))
    recs = rows_of(event_stats.extract(d, Config()))
    assert [(r.values["period"], r.values["actual"], r.values["participants"], r.values["row_no"]) for r in recs] \
        == [("2024-Q1", 3, 135, 4)]


def test_a_plan_or_a_foot_naming_no_count_gives_no_total():
    plan = list_of_events("Итого: 4 мероприятия", caption="План мероприятий на II квартал")
    assert rows_of(event_stats.extract(plan, Config())) == []  # events planned, none held
    note = list_of_events("Мероприятия проводились совместно со школами")
    assert rows_of(event_stats.extract(note, Config())) == []


def test_subforms_with_their_counts_only_under_a_form_with_its_people():
    t = table_of([["Форма работы", "Кол-во", "Участники"],
                  ["Беседы", "20", "410"],
                  ["Громкие чтения", "11", "260"],
                  ["громкие чтения онлайн", "4", ""],
                  ["громкие чтения в школах", "7", ""],
                  ["Викторины", "9", "230"]])
    got = by_label(records_of(t, period="2024"))
    assert got["громкие чтения в школах"]["2024"]["part_of"] == 2
    assert got["громкие чтения онлайн"]["2024"]["event_type"] is None
    assert got["Викторины"]["2024"]["event_type"] == "quiz"
