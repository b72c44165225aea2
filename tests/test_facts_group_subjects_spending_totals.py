"""Groups of a system's libraries as the subject of a sentence, the rural
part of a count of libraries by where they stand, and a spending table's
total, as Kazakh and Russian district reports write them: "12 сельских
библиотек обслужили 8 780 читателей", "Остальные 12 библиотек-филиалов
выдали …", "27 кітапхана, оның 22-сі ауылдық округтерде орналасқан",
"Статьи расходов | 2023 г., тыс. тенге | 2024 г., тыс. тенге" with "Всего".
Each sentence is typed as such reports write them, with what it should
give written before esep read it."""

from __future__ import annotations

from conftest import prose_doc, prose_facts, table_facts

RURAL = "branch:сельские библиотеки"
AUYL = "branch:ауылдық кітапханалар"
BRANCHES = "branch:библиотеки-филиалы"


def _keys(period: str, *paragraphs: str) -> set[tuple]:
    return {(k[0], k[1], k[2], k[4]) for k in prose_facts(period, *paragraphs)}


def _records(*paragraphs: str) -> list:
    from esep.plugins.facts import plugin as facts
    from esep.registry import Config

    d = prose_doc("2024", *paragraphs)
    return [r for r in facts.extract(d, Config()) if r.table == "facts" and r.values["metric"]]


def test_a_counted_group_as_the_subject_owns_its_figures_and_its_count():
    assert _keys("2024", "12 сельских библиотек обслужили 8 780 читателей и выдали 151 200 документов.") == {
        ("libraries.count", 12, "2024", RURAL), ("users.registered", 8780, "2024", RURAL),
        ("loans.total", 151200, "2024", RURAL)}
    assert _keys("2024", "В 2024 году 20 ауылдық кітапхана 5 400 оқырманға қызмет көрсетті.") == {
        ("libraries.count", 20, "2024", AUYL), ("users.registered", 5400, "2024", AUYL)}
    sentence = "12 сельских библиотек провели 214 мероприятий."
    [events] = [r for r in _records(sentence) if r.values["metric"] == "events.actual"]
    assert (events.values["value"], events.values["category"], events.evidence) == (214, RURAL, sentence)


def test_a_count_of_all_the_libraries_or_a_part_of_it_gives_the_whole_its_figures():
    # no kind named with the count: the system's own libraries, their readers the whole's
    assert _keys("2024", "27 библиотек обслужили 21 460 читателей.") == {
        ("libraries.count", 27, "2024", None), ("users.registered", 21460, "2024", None)}
    # the rural count is a part of the whole before it; the readers are of all 27
    assert _keys("2024", "27 библиотек, из них 22 сельские, обслужили 21 460 читателей.") == {
        ("libraries.count", 27, "2024", None), ("libraries.count", 22, "2024", RURAL),
        ("users.registered", 21460, "2024", None)}


def test_the_branch_libraries_as_a_group_are_the_subject_of_their_figures():
    assert _keys("2024", "Центральная библиотека выдала 142 500 документов. "
                         "Остальные 12 библиотек-филиалов выдали 131 600 документов.") >= {
        ("loans.total", 131600, "2024", BRANCHES)}
    # a sentence counting the system's libraries at the head of the text is the body's, no title naming the group
    assert _keys("2024", "В состав ЦБС входят центральная районная библиотека, детская библиотека и "
                         "14 библиотек-филиалов.", "Библиотеки-филиалы провели 176 мероприятий.") >= {
        ("events.actual", 176, "2024", BRANCHES)}
    # one branch library ("библиотеки-филиала №5") is no group of them all
    got = _keys("2024", "Читатели детской библиотеки-филиала №5 получили 12 400 документов.")
    assert all(k[3] != BRANCHES for k in got)
    # a kind before the branch libraries is the group
    assert ("loans.total", 96300, "2024", RURAL) in _keys(
        "2024", "Сельские библиотеки-филиалы выдали 96 300 документов.")


def test_the_rural_part_of_a_count_by_the_districts_the_libraries_stand_in():
    assert _keys("2024", "Ауданда 27 кітапхана, оның 22-сі ауылдық округтерде орналасқан.") == {
        ("libraries.count", 27, "2024", None), ("libraries.count", 22, "2024", AUYL)}
    assert _keys("2024", "Обслуживание населения осуществляют 31 библиотека, из них 26 в сельских округах.") == {
        ("libraries.count", 31, "2024", None), ("libraries.count", 26, "2024", RURAL)}


def test_a_spending_tables_total_is_the_budget_of_each_year_and_a_single_line_is_not():
    head = ["Статьи расходов", "2023 г., тыс. тенге", "2024 г., тыс. тенге"]
    assert table_facts("2024", head, ["Заработная плата", "98 450", "104 120"],
                       ["Коммунальные услуги", "12 300", "13 050"], ["Всего", "110 750", "117 170"]) == {
        ("finance.budget", 110750, "2023", None, None), ("finance.budget", 117170, "2024", None, None)}
    assert table_facts("2024", ["Шығыс баптары", "2023 ж., мың теңге", "2024 ж., мың теңге"],
                       ["Еңбекақы", "86 200", "91 500"], ["Барлығы", "92 100", "97 800"]) == {
        ("finance.budget", 92100, "2023", None, None), ("finance.budget", 97800, "2024", None, None)}
    # one line of spending alone is no budget
    assert not table_facts("2024", head, ["Заработная плата", "98 450", "104 120"])
