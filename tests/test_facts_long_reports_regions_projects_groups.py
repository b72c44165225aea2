"""Numbers of long annual reports that belong to someone else or to another
moment: the region's total set beside the system's share, a change told
in prose, a named project's or campaign's readers and loans, the civil
servants among the readers' social groups, books lent for a time, a corner of
books on one theme, equipment bought, libraries that moved, a sentence that
opens on a plan and tells it done after its figures.  The sentences were typed
for this test in the wordings of Kazakh and Russian city, district and
children's library reports; beside each, the period's indicator stays, with
its evidence."""

from __future__ import annotations

from conftest import prose_doc, prose_facts


def _records(period: str, *paragraphs: str) -> list[dict]:
    """The stored values of each named fact read from these paragraphs."""
    from esep.plugins.facts import plugin as facts
    from esep.registry import Config

    d = prose_doc(period, *paragraphs)
    return [dict(r.values, evidence=r.evidence) for r in facts.extract(d, Config())
            if r.table == "facts" and r.values["metric"]]


def _named(got: set) -> set:
    return {(k[0], k[1], k[2], k[4]) for k in got}


def _find(records: list[dict], metric: str, value: float) -> dict | None:
    return next((r for r in records if r["metric"] == metric and r["value"] == value), None)


def test_the_regions_average_or_share_is_not_the_systems():
    assert prose_facts("2023", "По области выдано 3 412 000 экз. документов, доля нашей системы – 7,8 %.") == set()
    assert prose_facts("2024", "Облыс бойынша кітапханалар 2 310 400 дана кітап берді, оның ішінде біздің ауданның "
                               "үлесі – 5,1 пайыз.") == set()
    # an oblast library's own summary sets no share beside it; its average is its own
    recs = _records("2024", "По области число пользователей составило 412 300 человек.")
    assert any(k[:3] == ("ratio.reading", 20.4, "2024")
               for k in _named(prose_facts("2024", "Облыс бойынша орташа оқылым – 20,4.")))
    r = _find(recs, "users.registered", 412300)
    assert r is not None and r["period"] == "2024" and "412 300" in r["evidence"]


def test_a_change_told_in_prose_is_no_level():
    assert prose_facts("2023", "Прирост числа читателей по сравнению с прошлым годом – 315 человек, или 2,4 %.") == set()
    recs = _records("2023", "Число читателей по сравнению с прошлым годом выросло и составило 13 420 человек.")
    r = _find(recs, "users.registered", 13420)
    assert r is not None and r["period"] == "2023" and "13 420" in r["evidence"]


def test_a_named_projects_readers_and_loans_are_its_own():
    got = _named(prose_facts("2023", "Проект «Библиобус» охватил 6 аулов: обслужено 520 детей, выдано 1 840 книг."))
    assert not {k for k in got if k[0] in ("users.children", "users.registered", "loans.total")}
    got = _named(prose_facts("2024", "«Оқитын отбасы» жобасы аясында 310 оқырманға 1 200 кітап берілді."))
    assert not {k for k in got if k[0] in ("users.registered", "loans.total")}
    # the year's own loans, in a sentence no project is the subject of
    recs = _records("2023", "За год библиотеки выдали 184 600 книг.")
    r = _find(recs, "loans.total", 184600)
    assert r is not None and r["period"] == "2023" and "184 600" in r["evidence"]


def test_civil_servants_among_the_readers_are_no_staff():
    got = _named(prose_facts("2024", "Оқырмандар әлеуметтік топтар бойынша: оқушылар – 5 120, студенттер – 840, "
                                     "мемлекеттік қызметшілер – 470, зейнеткерлер – 1 390."))
    assert not {k for k in got if k[0].startswith("staff.")}
    # the civil servants of the staff, with no group of readers before them, stay
    recs = _records("2024", "Кітапхана қызметкерлерінің ішінде мемлекеттік қызметшілер – 12.")
    r = _find(recs, "staff.civil_servants", 12)
    assert r is not None and r["period"] == "2024" and "12" in r["evidence"]


def test_books_lent_for_a_time_and_a_corner_are_no_intake():
    got = _named(prose_facts("2024", "Облыстық кітапханадан ауылдық кітапханаларға 260 дана кітап уақытша "
                                     "пайдалануға берілді."))
    assert not {k for k in got if k[0] in ("fund.received", "acquisition.copies")}
    got = _named(prose_facts("2023", "Экологический уголок «Зеленая планета» пополнился 38 книгами."))
    assert not {k for k in got if k[0] == "fund.received"}
    recs = _records("2023", "В фонд поступило 4 210 экз. документов.")
    r = _find(recs, "fund.received", 4210)
    assert r is not None and r["period"] == "2023" and "4 210" in r["evidence"]


def test_money_for_equipment_is_no_acquisition_budget():
    got = _named(prose_facts("2023", "Для читального зала приобретены 8 моноблоков на сумму 2 640 тыс. тенге."))
    assert not {k for k in got if k[0] == "acquisition.budget"}
    recs = _records("2023", "На приобретение литературы израсходовано 3 150,4 тыс. тенге.")
    r = _find(recs, "acquisition.budget", 3150.4)
    assert r is not None and r["period"] == "2023" and r["unit"] == "thousand_kzt" and "3 150,4" in r["evidence"]


def test_libraries_that_moved_are_not_the_network():
    assert not {k for k in _named(prose_facts("2024", "3 кітапхана жаңа ғимаратқа көшті.")) if k[0] == "libraries.count"}
    recs = _records("2024", "Жүйеге 18 кітапхана кіреді.")
    r = _find(recs, "libraries.count", 18)
    assert r is not None and r["period"] == "2024" and "18" in r["evidence"]


def test_a_sentence_opening_on_a_plan_plans_its_figures_before_done():
    got = _named(prose_facts("2024", "Жоспар бойынша оқырмандар саны 9 800, келушілер саны 86 000, кітап берілімі "
                                     "201 000 болуы тиіс еді, жоспар орындалды."))
    assert not {k for k in got if k[0] in ("users.registered", "visits.total", "loans.total")}
    # the figure after the plan was done is the period's
    recs = _records("2024", "По плану число пользователей – 9 800, план выполнен: число пользователей "
                            "составило 9 870 человек.")
    assert _find(recs, "users.registered", 9800) is None
    r = _find(recs, "users.registered", 9870)
    assert r is not None and r["period"] == "2024" and "9 870" in r["evidence"]
