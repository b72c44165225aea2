"""Facts in three more shapes of the genre: the share of a group of a
system's libraries named in the nominative before a dash ("в том числе
сельские библиотеки – 4 100"), the last item of a list of readers by social
group that names the rest of them ("басқалар – 120", "прочие – 95"), and the
events held within a campaign counted with the Kazakh word "іс-шара".  Each
rule is stated in made-up sentences of the genre."""

from __future__ import annotations

from esep.model import Block, Document
from esep.plugins.facts import plugin as facts
from esep.registry import Config

from conftest import prose_facts


def _records(period: str, *paragraphs: str) -> list[dict]:
    d = Document(id="p", path="p.txt", format="txt", metadata={"period": period})
    for x in paragraphs:
        d.add_block(Block("paragraph", x))
    return [r.values for r in facts.extract(d, Config()) if r.table == "facts"]


def test_a_group_of_libraries_in_the_nominative_before_a_dash_is_a_part_of_the_figure():
    got = prose_facts("2021", "Библиотеки района обслужили 7 300 пользователей, в том числе сельские библиотеки – 3 120. "
                              "Выдано 150 200 экз., в том числе городские библиотеки – 61 400 экз.")
    assert ("users.registered", 3120, "2021", None, "branch:сельские библиотеки") in got
    assert ("loans.total", 61400, "2021", None, "branch:городские библиотеки") in got
    assert ("users.registered", 7300, "2021", None, None) in got
    # a count of libraries is still no readers' figure
    assert not any(k[1] == 20 for k in prose_facts("2021", "Обслужено 7 300 читателей, в том числе 20 сельских библиотек."))


def test_a_group_counted_before_its_dash_gives_its_libraries_and_its_share():
    # the number of the group's libraries stands between the part's words and its dash: it counts the libraries,
    # and the figure after the dash is the group's share of the whole, not lost under the count
    got = prose_facts("2022", "Число пользователей – 9 840, в том числе в 14 сельских библиотеках – 3 260.")
    assert ("libraries.count", 14, "2022", None, "branch:сельские библиотеки") in got
    assert ("users.registered", 3260, "2022", None, "branch:сельские библиотеки") in got
    assert not any(k[0] == "users.registered" and k[1] == 14 for k in got)
    kk = prose_facts("2022", "Есепті жылы 102 400 дана кітап берілді, оның ішінде 11 ауылдық кітапханада – 38 700 дана.")
    assert ("loans.total", 38700, "2022", None, "branch:ауылдық кітапханалар") in kk
    assert ("loans.total", 102400, "2022", None, None) in kk


def _unnamed(records: list[dict]) -> set[tuple[float, str]]:
    return {(v["value"], v["label"].rstrip(".")) for v in records if v["metric"] is None}


def test_the_rest_of_a_list_of_social_groups_is_kept_with_its_label():
    lines = _records("2022", "Оқырмандардың әлеуметтік құрамы:", "– оқушылар – 2 100;", "– зейнеткерлер – 300;",
                     "– басқалар – 120.")
    assert {(2100, "оқушылар – 2 100"), (120, "басқалар – 120")} <= _unnamed(lines)
    one = _records("2022", "Состав читателей: учащиеся – 1 500, пенсионеры – 410, прочие – 95.")
    assert (95, "прочие – 95") in _unnamed(one)


def test_others_with_no_social_group_before_them_are_no_group_of_readers():
    assert not any(v["value"] == 95 for v in _records("2022", "Выдано 5 000 экз.", "– прочие – 95."))


def test_events_within_a_campaign_are_kept_unnamed():
    got = _records("2023", "«Кітап – өмір» акциясы аясында 18 іс-шара өткізілді.")
    assert [(v["metric"], v["value"], v["unit"]) for v in got] == [(None, 18, "events")]


def test_a_row_restating_the_row_above_before_its_part_is_the_parts():
    from conftest import table_facts
    got = table_facts("2023", ["Көрсеткіш", "2022", "2023"], ["Оқырмандар", "4 300", "4 410"],
                      ["Оқырмандар, оның ішінде балалар", "1 500", "1 620"], ["Келушілер", "30 100", "31 000"])
    assert {("users.children", 1500, "2022", None, None), ("users.children", 1620, "2023", None, None),
            ("users.registered", 4410, "2023", None, None)} <= got
    assert ("users.registered", 1620, "2023", None, None) not in got


def test_events_held_online_as_a_part_of_the_years_are_kept_unnamed():
    got = _records("2021", "Барлығы 640 іс-шара өткізілді, оның ішінде 210 онлайн іс-шара.")
    assert {(v["metric"], v["value"]) for v in got} == {("events.actual", 640), (None, 210)}
