"""Staff by education written with the level after the kind ("образование
высшее – 12, среднее специальное – 7", "білім деңгейі бойынша: жоғары –
9"); the records a catalogue gained in the year written after its size in
the same sentence ("жазбалар саны – 28 640 (жыл ішінде 2 150 жазба
қосылды)"), which are no second size; the first social group of the readers
after "из них" / "оның ішінде", kept with its label as the groups after it
are; and the region's average named "средний показатель по области" in a
district's or a city's report, the region's figure.  Stated in made-up
lines of the genre."""

from __future__ import annotations

from conftest import prose_doc, prose_facts

DISTRICT = "ЦБС Жангельдинского района"


def _records(period: str, *paragraphs: str, organization: str | None = None) -> list[dict]:
    """The fact records (named or not) of a report made of these paragraphs."""
    from esep.plugins.facts import plugin as facts
    from esep.registry import Config

    d = prose_doc(period, *paragraphs)
    if organization:
        d.metadata["organization"] = organization
    return [r.values for r in facts.extract(d, Config()) if r.table == "facts"]


def _named(period: str, *paragraphs: str, organization: str | None = None) -> set:
    return {(v["metric"], v["value"], v["category"]) for v in _records(period, *paragraphs, organization=organization)
            if v["metric"]}


# -- the level of education after its kind ---------------------------------------------------------------

def test_the_higher_level_written_after_the_kind_of_education_counts_the_staff_with_it():
    got = prose_facts("2024", "Штат системы – 31 ставка, численность работников – 29 человек, "
                              "образование высшее – 12, среднее специальное – 7.")
    assert ("staff.higher_education", 12.0, "2024", None, None) in got
    assert ("staff.headcount", 29.0, "2024", None, None) in got
    assert not any(k[1] == 7.0 for k in got)


def test_the_level_after_a_lead_of_levels_and_in_kazakh():
    got = prose_facts("2023", "Кадры", "По уровню образования: образование высшее – 19, среднее специальное – 11.")
    assert got == {("staff.higher_education", 19.0, "2023", None, None)}
    got = prose_facts("2024", "Қызметкерлер саны – 26 адам, білім деңгейі бойынша: жоғары – 9, арнаулы орта – 5.")
    assert ("staff.higher_education", 9.0, "2024", None, None) in got
    assert not any(k[1] == 5.0 for k in got)


def test_the_library_education_of_any_level_stays_the_library_education():
    for line in ("Библиотечное образование (высшее и среднее специальное) имеют 23 человека.",
                 "Библиотечное образование высшее – 23.", "Кітапханалық білімі жоғары – 23."):
        got = prose_facts("2024", line)
        assert ("staff.library_education", 23.0, "2024", None, None) in got, line
        assert not any(k[0] == "staff.higher_education" for k in got), line


# -- a catalogue's additions beside its size ---------------------------------------------------------------

def test_the_records_added_after_the_catalogues_size_are_no_second_size():
    for line in ("Электронды каталогтағы жазбалар саны – 28 640 (жыл ішінде 2 150 жазба қосылды).",
                 "Электронды каталог 28 640 жазбадан тұрады, жыл ішінде 2 150 жазба енгізілді."):
        got = prose_facts("2024", line)
        assert got == {("catalog.records", 28640.0, "2024", None, None)}, line
    got = prose_facts("2024", "Электронный каталог насчитывает 28 640 записей (+2 150 за год).")
    assert got == {("catalog.records", 28640.0, "2024", None, None)}


def test_the_records_added_alone_or_a_part_of_the_catalogue_stay():
    # the year's additions with no size beside them are what the report gives of the catalogue
    assert prose_facts("2024", "За год в электронный каталог внесено 2 150 записей.") == {
        ("catalog.records", 2150.0, "2024", None, None)}
    # a part of the catalogue is no addition
    got = prose_facts("2024", "Электронный каталог – 28 640 записей, из них 12 400 записей на казахском языке.")
    assert ("catalog.records", 12400.0) in {k[:2] for k in got}


# -- the first social group after the lead of the parts ----------------------------------------------------

def test_the_first_social_group_after_the_lead_is_kept_unnamed_like_the_rest():
    for lines in (("В 2024 году библиотеки обслужили 6 410 читателей, из них учащихся – 2 240, пенсионеров – 310.",),
                  ("Оқырмандар саны – 6 410, оның ішінде оқушылар – 2 240, зейнеткерлер – 310.",)):
        recs = _records("2024", *lines)
        assert {(v["metric"], v["value"]) for v in recs if v["metric"]} == {("users.registered", 6410.0)}
        unnamed = {v["value"]: v["label_key"] for v in recs if not v["metric"]}
        assert set(unnamed) == {2240.0, 310.0}
        assert unnamed[2240.0] in ("учащихся", "оқушылар")  # the group's name, without the lead of the parts


def test_a_part_after_the_lead_that_names_no_group_stays_unstored():
    recs = _records("2024", "Пользователей – 6 410, из них 14 – в пунктах выдачи.")
    assert {(v["metric"], v["value"]) for v in recs} == {("users.registered", 6410.0)}


# -- the region's average named ------------------------------------------------------------------------------

def test_the_regions_average_named_is_the_regions_figure():
    got = _named("2024", "Читаемость по системе – 17,4, средний показатель по области – 18,2.", organization=DISTRICT)
    assert got == {("ratio.reading", 17.4, None), ("ratio.reading", 18.2, "branch:библиотеки области")}
    got = _named("2024", "Посещаемость – 8,9; среднеобластной показатель – 9,6.", organization=DISTRICT)
    assert got == {("ratio.attendance", 8.9, None), ("ratio.attendance", 9.6, "branch:библиотеки области")}


def test_an_average_of_the_system_itself_is_its_own():
    got = _named("2024", "Посещаемость в среднем по системе составила 8,9.", organization=DISTRICT)
    assert got == {("ratio.attendance", 8.9, None)}
    got = _named("2024", "Средняя читаемость – 17,4.", organization=DISTRICT)
    assert got == {("ratio.reading", 17.4, None)}
