"""Kazakh wordings of district reports and of a culture department's
summary: a village library named in the genitive, runs after "тиісінше"
by library or with their indicator after the last figure, last year's
figure in brackets between a figure and its verb, the central library
beside the centralized system, and the staff and money of the whole
sector of culture.  Each sentence was typed the way such reports write
it, with what it should give written before esep read it."""

from __future__ import annotations

from conftest import prose_facts


def _keys(period: str, *paragraphs: str) -> set[tuple]:
    return {(k[0], k[1], k[2], k[4]) for k in prose_facts(period, *paragraphs)}


def _records(metadata: dict, *paragraphs: tuple[str, str]) -> list[dict]:
    from esep.model import Block, Document
    from esep.plugins.facts import plugin as facts
    from esep.registry import Config

    d = Document(id="k", path="k.docx", format="docx", metadata=metadata)
    for kind, text in paragraphs:
        d.add_block(Block(kind, text))
    return [r.values for r in facts.extract(d, Config()) if r.table == "facts"]


def test_a_village_library_named_in_the_genitive_is_its_category_in_the_nominative():
    got = _keys("2021", "Көктерек ауылдық кітапханасының оқырмандары – 415, кітап берілімі – 8 730 дана.")
    assert got == {("users.registered", 415, "2021", "branch:көктерек ауылдық кітапханасы"),
                   ("loans.total", 8730, "2021", "branch:көктерек ауылдық кітапханасы")}
    got = _keys("2021", "Жыл ішінде Көктерек ауылдық кітапханасына 2 960 келуші тіркелді.")
    assert got == {("visits.total", 2960, "2021", "branch:көктерек ауылдық кітапханасы")}


def test_a_run_after_respectively_goes_to_the_libraries_named_before_it():
    got = _keys("2022", "Орталық кітапхана мен балалар кітапханасы тиісінше 3 105 және 1 460 оқырманға қызмет "
                        "көрсетті.")
    assert got == {("users.registered", 3105, "2022", "branch:орталық кітапхана"),
                   ("users.registered", 1460, "2022", "branch:балалар кітапханасы")}
    # a run of another length than the libraries named goes to none of them
    got = _keys("2022", "Орталық кітапхана мен балалар кітапханасы тиісінше 3 105, 1 460 және 980 оқырманға қызмет "
                        "көрсетті.")
    assert not any(k[3] for k in got)


def test_a_run_whose_indicator_follows_its_last_figure_is_all_of_that_indicator():
    got = _keys("2022", "2021 және 2022 жылдары 402 және 447 іс-шара өтті, оларға тиісінше 9 815 және 10 260 адам "
                        "қатысты.")
    assert {k for k in got if k[0] == "events.participants"} == {("events.participants", 9815, "2021", None),
                                                               ("events.participants", 10260, "2022", None)}


def test_last_years_figure_in_brackets_does_not_cut_a_figure_from_its_verb():
    got = _keys("2022", "Жыл ішінде қорға 1 826 дана (2021 ж. – 1 640) кітап түсті, 1 315 дана (2021 ж. – 1 905) "
                        "есептен шығарылды.")
    assert got == {("fund.received", 1826, "2022", None), ("fund.received", 1640, "2021", None),
                   ("fund.withdrawn", 1315, "2022", None), ("fund.withdrawn", 1905, "2021", None)}


def test_the_central_library_is_no_name_of_the_centralized_system():
    meta = {"period": "2022", "organization": "Шет аудандық орталықтандырылған кітапхана жүйесі"}
    got = _records(meta, ("paragraph", "Аудандық орталық кітапхана 2 315 оқырманға қызмет көрсетті, аудандық балалар "
                                       "кітапханасы 1 240 оқырманға қызмет көрсетті."))
    assert {(r["value"], r["category"]) for r in got if r["metric"] == "users.registered"} == {
        (2315.0, "branch:аудандық орталық кітапхана"), (1240.0, "branch:аудандық балалар кітапханасы")}


def test_the_staff_and_money_of_the_sector_of_culture_are_none_of_the_libraries():
    got = _keys("2023", "Саладағы қызметкерлер саны – 286, оның ішінде кітапханаларда – 63.")
    assert got == {("staff.headcount", 63, "2023", None)}
    got = _keys("2023", "Саланың бюджеті – 912 450,0 мың теңге, оның ішінде кітапханаларға – 150 310,0 мың теңге.")
    assert got == {("finance.budget", 150310.0, "2023", None)}
    # a branch of knowledge is no sector of culture
    assert _keys("2023", "Білім саласындағы әдебиет 1 240 дана түсті.") == {("fund.received", 1240, "2023", None)}


def test_the_club_institutions_of_a_culture_department_are_another_institution():
    meta = {"period": "2023", "organization": "«Мәдениет және тілдерді дамыту бөлімі» КММ"}
    got = _records(meta, ("heading", "Клуб мекемелері"),
                   ("paragraph", "Жыл ішінде 980 мәдени іс-шара өткізіліп, оларға 61 200 көрермен қатысты."),
                   ("heading", "Кітапханалар"),
                   ("paragraph", "Кітапханалар 870 іс-шара өткізді, оларға 24 310 адам қатысты."))
    named = {(r["metric"], r["value"]) for r in got if r["metric"]}
    assert named == {("events.actual", 870.0), ("events.participants", 24310.0)}
    assert {r["value"] for r in got if r["metric"] is None} >= {980.0, 61200.0}


def test_a_language_taught_is_no_language_part_of_a_figure():
    got = _records({"period": "2023"}, ("paragraph", "Мемлекеттік тілді оқыту курстарында 12 топ жұмыс істеді."),
                   ("paragraph", "Кітап берілімі 84 000 дана, оның ішінде мемлекеттік тілде – 57 300 дана."))
    assert {(r["value"], r["language"]) for r in got} == {(12.0, None), (84000.0, None), (57300.0, "kk")}
