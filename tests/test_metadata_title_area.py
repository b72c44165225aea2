"""Where a title ends and whose report it is: a library named on its own line
under its system's letterhead, and a first paragraph of prose that mentions
the report. Typed as such reports open, with the answer written first."""

from __future__ import annotations

from conftest import paragraphs_doc

from esep.plugins import metadata


_doc = paragraphs_doc


def test_a_library_on_its_own_line_under_the_letterhead_is_the_reports():
    d = _doc("МБУК «Централизованная библиотечная система» г. Озёрска",
             "Центральная городская библиотека им. Н. А. Некрасова",
             "ОТЧЕТ о работе за 2009 год",
             "1. Основные показатели")
    assert metadata.detect_organization(d) == "Центральная городская библиотека им. Н. А. Некрасова"
    assert metadata.organization_names(d) == ["Центральная городская библиотека им. Н. А. Некрасова"]
    # the title naming the system itself keeps the system's
    d = _doc("МБУК «Централизованная библиотечная система» г. Озёрска",
             "Центральная городская библиотека им. Н. А. Некрасова",
             "ОТЧЕТ о работе МБУК «ЦБС» за 2009 год")
    assert metadata.detect_organization(d) != "Центральная городская библиотека им. Н. А. Некрасова"


def test_two_sentences_of_prose_end_the_title_whatever_words_they_hold():
    d = _doc("Каракольская городская централизованная библиотечная система",
             "Отчет о деятельности за 2020–2022 годы",
             "Городская ЦБС объединяет центральную библиотеку, детскую библиотеку и пять филиалов в микрорайонах. "
             "Отчет подготовлен для городского кенеша и подводит итоги трех лет работы.")
    assert metadata.title_lines(d) == ["Каракольская городская централизованная библиотечная система",
                                       "Отчет о деятельности за 2020–2022 годы"]
    assert metadata.detect_organization(d) == "Каракольская городская централизованная библиотечная система"
    # initials and "г." inside one title line make no two sentences
    d = _doc("Отчет о работе Центральной городской библиотеки им. Н. А. Некрасова МБУК «ЦБС» г. Озёрска за 2009 год.",
             "1. Основные показатели")
    assert len(metadata.title_lines(d)) == 1


def test_a_place_opening_the_next_title_line_is_not_added_to_the_name_above():
    # "Қарасай ауданы ОКЖ-ның …": the place on the next line is the system's it names there, no place after the
    # quoted name of the line above
    d = _doc("Ақмола облысы Қарасай ауданының «Орталықтандырылған кітапхана жүйесі» КММ",
             "Қарасай ауданы ОКЖ-ның 2021 жылғы жұмысы туралы есеп",
             "Кітапхана желісі")
    names = metadata.organization_names(d)
    assert "«Орталықтандырылған кітапхана жүйесі» КММ Қарасай ауданы" not in names
    assert "Қарасай ауданы ОКЖ" in names
    # a place closing the name's own line is still its place
    one = _doc("«Орталықтандырылған кітапхана жүйесі» КММ Қарасай ауданы", "2021 жылғы жұмыс туралы есеп")
    assert metadata.organization_names(one)[0] == "«Орталықтандырылған кітапхана жүйесі» КММ Қарасай ауданы"


def test_a_numbered_branch_above_its_systems_letterhead_is_the_reports_whatever_its_name():
    # a branch of a system named without a library word ("Центр …", "Молодёжный центр …") is still one of its
    # libraries; the line may stand above the system's or under it
    d = _doc("Молодёжный центр чтения – филиал № 9",
             "МКУК «Централизованная библиотечная система» г. Лесного",
             "ОТЧЁТ О РАБОТЕ ЗА 2022 ГОД",
             "Центр работает с молодёжью микрорайона.")
    assert metadata.detect_organization(d) == "Молодёжный центр чтения – филиал № 9"
    assert metadata.detect_library_of_system(d)[1] == "МКУК «Централизованная библиотечная система» г. Лесного"
    assert metadata.organization_names(d) == ["Молодёжный центр чтения – филиал № 9"]
    under = _doc("МКУК «Централизованная библиотечная система» г. Лесного",
                 "Филиал № 9",
                 "Отчёт о работе за 2022 год")
    assert metadata.detect_organization(under) == "Филиал № 9"
    # a title that names the system itself keeps the system
    own = _doc("Молодёжный центр чтения – филиал № 9",
               "МКУК «Централизованная библиотечная система» г. Лесного",
               "Отчёт о работе МКУК «ЦБС» за 2022 год")
    assert metadata.detect_organization(own) != "Молодёжный центр чтения – филиал № 9"
