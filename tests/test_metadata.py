"""Report metadata: period, organization and language of a report."""

from __future__ import annotations

import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from esep.plugins import metadata
from esep.plugins.text import loader as text_loader
from esep.plugins.lang.dates import find_dates
from esep.plugins.lang.numbers import find_partitive_numbers
from esep.plugins.lang.periods import find_periods, parse_period
from esep.registry import Config

from conftest import SEED_TXT, paragraphs_doc


def _doc(*paragraphs: str):
    return paragraphs_doc(*paragraphs, fmt="txt")


def test_seed_metadata(registry):
    d = text_loader.load(SEED_TXT, Config())
    registry.hook.prepare_document(document=d, config=Config())
    m = d.metadata
    assert (m["period"], m["period_start"], m["period_end"]) == ("2018-H1", "2018-01-01", "2018-06-30")
    # Kazakh prose; Russian only in quoted titles and cited newspaper articles
    assert m["language"] == "kk"
    assert m["organization"].startswith("«") and m["organization"].endswith("» КММ")
    assert "кітапхана жүйесі" in m["organization"]


@pytest.mark.parametrize("title, code", [
    ("2018 жылдың 1-ші жарты жылдығына арналған «Х ауданының кітапхана жүйесі» КММ жұмысы туралы есеп", "2018-H1"),
    ("2019 жылдың екінші жартыжылдығындағы жұмыс туралы ақпарат", "2019-H2"),
    ("2020 жылдың 3 тоқсанындағы есеп", "2020-Q3"),
    ("2021 жылдың 9 айындағы есеп", "2021-9M"),
    ("Отчёт о работе за первое полугодие 2018 года", "2018-H1"),
    ("Информация о работе библиотек за 9 месяцев 2019 г.", "2019-9M"),
    ("Отчет ЦБС за II полугодие 2017 г.", "2017-H2"),
    ("Отчет о работе за 2016 год", "2016"),
    ("Итоги работы за 6 месяцев 2022 года", "2022-H1"),
])
def test_period_wording(title, code):
    d = _doc("Мәдениет бөліміне", title, "Кадрлар")
    assert metadata.detect_period(d).code == code


def test_part_of_year_beats_bare_year_in_title_area():
    d = _doc("2018 жылғы есеп", "2018 жылдың 1-ші жарты жылдығы")
    assert metadata.detect_period(d).code == "2018-H1"


def test_periods_without_a_year_take_the_default():
    got = [(p.period.code, p.explicit_year) for p in find_periods("1-ші ж/ж түсті, за 9 месяцев, 2-ші жарты жылдықта", 2018)]
    assert got == [("2018-H1", False), ("2018-9M", False), ("2018-H2", False)]
    assert find_periods("1-ші ж/ж түсті") == []  # no default year: not a period
    assert parse_period("2017 жылдың 6 айына дейін").code == "2017-H1"


def test_dates_and_possessive_numerals():
    assert [d.iso for d in find_dates("2018.07.01. құрайды, на 01.01.2019 г., 16 наурызда", 2018)] == [
        "2018-07-01", "2019-01-01", "2018-03-16"]
    assert [n.value for n in find_partitive_numbers("олардың 10-ы, 13-і қызметкер, 1-ші жарты")] == [10, 13]


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet="0123456789 .,-–/()ж/жшіылдқаймесяцполугодие№тенгедана", max_size=60),
       st.one_of(st.none(), st.integers(1800, 2200)))
def test_new_parsers_are_total(text, year):
    find_periods(text, year)
    find_dates(text, year)
    find_partitive_numbers(text)


@pytest.mark.parametrize("text, org", [
    ("Отчёт о работе КГУ «Централизованная библиотечная система города Н» за 2019 год",
     "КГУ «Централизованная библиотечная система города Н»"),
    ("«Ауыл ауданының орталықтандырылған кітапхана жүйесі» ММ 2019 жылғы есебі",
     "«Ауыл ауданының орталықтандырылған кітапхана жүйесі» ММ"),
    ("Жаңаөзен қалалық орталықтандырылған кітапхана жүйесі 2019 жылғы есеп",
     "Жаңаөзен қалалық орталықтандырылған кітапхана жүйесі"),
    # the place after the quotes, with the legal form spelled out before them
    ("Муниципальное бюджетное учреждение культуры «Межпоселенческая центральная библиотека» Тарского района",
     "«Межпоселенческая центральная библиотека» Тарского района"),
    # Latin-script Kazakh: legal form and system abbreviation
    ('"Kókterek aýdandyq OKJ" KMM 2019 jyldyń 1-shi jartyjyldyǵy boıynsha esebi', "«Kókterek aýdandyq OKJ» KMM"),
    # named without quotes: the words that qualify a library, not those of the title
    ("Отчёт о работе Центральной районной библиотеки им. А.С. Пушкина за 2018 год",
     "Центральной районной библиотеки им. А.С. Пушкина"),
    ("Отчёт о деятельности ЦБС г. Рудного за 2017 год", "ЦБС г. Рудного"),
    # a library system spelled out, its legal form too; the place after "акимата"
    ("Муниципальное автономное учреждение культуры «Централизованная библиотечная система» города Ишима",
     "«Централизованная библиотечная система» города Ишима"),
    ("Коммунальное государственное учреждение «Централизованная библиотечная система» акимата города Рудного",
     "«Централизованная библиотечная система» акимата города Рудного"),
    # 2021 Latin letters; an addressee line read with the title is not part of the name
    ("Mädeniet bölimine J. Aimauytov atyndağy Kökterek audandyq ortalyqtandyrylğan kitaphana jüiesi",
     "J. Aimauytov atyndağy Kökterek audandyq ortalyqtandyrylğan kitaphana jüiesi"),
    ("Начальнику управления культуры Озёрная МЦБС", "Озёрная МЦБС"),
    ("В отдел культуры Озерная межпоселенческая централизованная библиотечная система",
     "Озерная межпоселенческая централизованная библиотечная система"),
    ("Audandyq mädeniet jäne tilderdi damytu böliminiñ basşysyna Kökterek audandyq OKJ", "Kökterek audandyq OKJ"),
    # the akimat of a place before the quotes names the place of a name that gives none
    ("Рудный қаласы әкімдігінің «Орталықтандырылған кітапхана жүйесі» КММ 2019 жылғы есебі",
     "Рудный қаласы әкімдігінің «Орталықтандырылған кітапхана жүйесі» КММ"),
    ("Ерейментау ауданы әкімдігінің «Ерейментау аудандық орталықтандырылған кітапхана жүйесі» КММ",
     "«Ерейментау аудандық орталықтандырылған кітапхана жүйесі» КММ"),
    ("Абай атындағы облыстық ғылыми-әмбебап кітапханасының 2021 жылғы жұмыс есебі",
     "Абай атындағы облыстық ғылыми-әмбебап кітапханасы"),
    ("Әулиекөл аудандық орталықтандырылған кітапхана жүйесінің 2019 жылғы жұмыс есебі",
     "Әулиекөл аудандық орталықтандырылған кітапхана жүйесі"),
    # a library's number is part of its name: two numbered libraries are two organizations
    ("Детская библиотека № 3 г. Алматы. Информационный отчет за 2021 год", "Детская библиотека № 3 г. Алматы"),
    ("Отчет о работе библиотеки-филиала № 12 за 2019 год", "библиотеки-филиала № 12"),
    # a district whose adjective ends in "-ного"; a part of the year in words before the name; a central
    # city library abbreviated
    ("Информационный отчет МБУК «Межпоселенческая библиотека» Лесного района за I полугодие 2022 года",
     "МБУК «Межпоселенческая библиотека» Лесного района"),
    ("2022 жылдың бірінші жартыжылдығындағы Қарағанды облыстық балалар кітапханасының жұмыс есебі",
     "Қарағанды облыстық балалар кітапханасы"),
    ("ОТЧЕТ ЦГБ им. А.С. Пушкина за январь – июнь 2021 г.", "ЦГБ им. А.С. Пушкина"),
    # a library named after someone is one library, without a word that qualifies it
    ("Библиотека им. М. Горького. Годовой отчёт за 2017 год", "Библиотека им. М. Горького"),
    ("М. Әуезов атындағы кітапхананың 2021 жылғы есебі", "М. Әуезов атындағы кітапхана"),
])
def test_organization(text, org):
    assert metadata.detect_organization(_doc(text)) == org


def test_a_part_of_the_year_on_the_line_before_the_name_is_not_in_it():
    assert metadata.detect_organization(_doc("Есеп", "2022 жылдың бірінші тоқсаны", "Ақкөл аудандық кітапханасы")) \
        == "Ақкөл аудандық кітапханасы"
    assert metadata.detect_organization(_doc("Отчет за I квартал", "Центральная районная библиотека")) \
        == "Центральная районная библиотека"


def test_libraries_of_a_region_are_not_one_organization():
    assert metadata.detect_organization(_doc("Отчёт о работе библиотек Костанайской области за 9 месяцев 2020 года")) is None


def test_a_kazakh_title_without_kazakh_letters_is_not_russian():
    """"2019 жыл бойынша есеп" has no letter Russian lacks; a Kazakh report
    with a Russian article list is still Kazakh, not bilingual."""
    body = ("Жыл ішінде оқырмандар саны 28354 адамды құрады. Есепті жылы кітапханаларға келу саны 245414 "
            "құрады. Кітап берілімі 2019 жылы 608676 дананы құрады.")
    d = _doc("«Жаркөл қалалық орталықтандырылған кітапхана жүйесі» КММ", "2019 жыл бойынша есеп", body, body,
             "Савченко, А. Библиотечный марафон / А.Савченко // Жаркольские вести. - 2019. - 2 января. - С. 3.")
    assert "ru" not in metadata.title_languages(d)
    assert metadata.detect_language(d) == "kk"


def test_language_kk_ru_both():
    kk = "Кітапханада оқырмандарға арналған көрме ұйымдастырылды және балалар қатысты."
    ru = "В библиотеке прошла выставка для читателей, в которой приняли участие дети."
    assert metadata.detect_language(_doc(kk, kk, kk)) == "kk"
    assert metadata.detect_language(_doc(ru, ru)) == "ru"
    assert metadata.detect_language(_doc(kk, ru)) == "both"
    # a Kazakh report citing Russian articles stays Kazakh
    cite = "Иванова, А. Будущее за информационными технологиями / А.Иванова // Газета. - 2018. - С. 1."
    assert metadata.detect_language(_doc(kk, kk, cite, cite, cite)) == "kk"


def test_language_of_a_report_of_a_title_a_table_and_a_signature(tmp_path):
    """No paragraph is long enough to tell alone: the table read as a whole,
    else all the words together, give the language."""
    f = tmp_path / "r.txt"
    f.write_text("«Қызылжар аудандық кітапхана жүйесі» КММ\n\n2024 жылғы есеп\n\n"
                 "Көрсеткіштер\t2023\t2024\nОқырмандар саны\t3 410\t3 502\nКітап берілімі\t61 200\t63 050\n"
                 "Келушілер саны\t28 400\t29 120\n\nДиректор Ә. Б. Серікова\n", encoding="utf-8")
    d = text_loader.load(f, Config())
    assert d.tables and metadata.detect_language(d) == "kk"
    g = tmp_path / "s.txt"
    g.write_text("Отчёт за 2024 год\n\nДиректор А. Б. Петрова\n", encoding="utf-8")
    assert metadata.detect_language(text_loader.load(g, Config())) == "ru"
    assert metadata.detect_language(_doc("2024")) is None


def test_documents_columns(cli_runner, tmp_path):
    db = tmp_path / "m.db"
    res = cli_runner("ingest", SEED_TXT, "--db", db)
    assert res.exit_code == 0, res.output
    conn = sqlite3.connect(db)
    row = conn.execute("select organization, period, period_start, period_end, language, organization_id "
                       "from documents").fetchone()
    org = conn.execute("select id, name_kk, n_documents from organizations").fetchall()
    conn.close()
    assert row[1:5] == ("2018-H1", "2018-01-01", "2018-06-30", "kk")
    assert "кітапхана жүйесі" in row[0]
    assert org == [(row[5], row[0], 1)]


# -- the period comes from the title ------------------------------------------------

@pytest.mark.parametrize("title, code", [
    # a year
    ("«Жітіқара ауданының орталықтандырылған кітапхана жүйесі» КММ кітапханаларының 2018 жылғы жұмысы туралы есеп", "2018"),
    ("Аудандық кітапханалардың 2012 жылға арналған жұмыс есебі", "2012"),
    ("Отчёт о работе МКУК «Межпоселенческая ЦБС» за 2019 год", "2019"),
    ("«Ortalyqtandyrylǵan kitaphana júıesi» KMM-niń 2018 jylǵy jumysy týraly esep", "2018"),
    # nine months
    ("Кітапханалардың 2019 жылдың 9 айда атқарған жұмысы туралы ақпарат", "2019-9M"),
    ("Информация о работе библиотек за 9 месяцев 2021 г.", "2021-9M"),
    ("2020 жылдың тоғыз айындағы жұмыс туралы есеп", "2020-9M"),
    ("2020 jyldyń 9 aıynda atqarylǵan jumys týraly esep", "2020-9M"),
    # quarters: the Kazakh І (U+0406), Latin Roman numerals, digits, words
    ("2020 жылдың І тоқсанындағы жұмысы туралы ақпарат", "2020-Q1"),
    ("2020 жылдың ІІІ тоқсанындағы жұмысы туралы ақпарат", "2020-Q3"),
    ("Информация о работе за IV квартал 2019 года", "2019-Q4"),
    ("Отчёт библиотеки за 1-й квартал 2022 года", "2022-Q1"),
    ("2021 жылдың 1 тоқсаны бойынша есеп", "2021-Q1"),
    ("2021 жылдың 2-тоқсаны бойынша есеп", "2021-Q2"),
    ("Отчёт за третий квартал 2018 г.", "2018-Q3"),
    ("2021 jyldyń II toqsany boıynsha esep", "2021-Q2"),
    # half-years
    ("2019 жылдың 1-ші жартыжылдығы бойынша есеп", "2019-H1"),
    ("2019 жылдың І жартыжылдығындағы жұмысы туралы есеп", "2019-H1"),
    ("2019 жылдың ІІ жартыжылдығындағы жұмысы туралы есеп", "2019-H2"),
    ("Отчёт о работе ЦБС за I полугодие 2020 года", "2020-H1"),
    ("2017 ж. 2-ші ж/ж есебі", "2017-H2"),
    ("2019 jyldyń 1-shi jartyjyldyǵy boıynsha esep", "2019-H1"),
    ("2019 jyldyń ekinshi jartyjyldyǵyndaǵy jumys týraly esep", "2019-H2"),
    ("Отчёт о работе библиотек района за полугодие 2020 года", "2020-H1"),
    ("Кітапханалардың 2020 жылдың жарты жылдығындағы жұмысы туралы есеп", "2020-H1"),
    # runs of months
    ("Итоги работы ЦБС за январь – июнь 2019 г.", "2019-H1"),
    ("Сведения о работе библиотек за январь-сентябрь 2016 года", "2016-9M"),
    ("Отчёт о работе за июль–декабрь 2018 г.", "2018-H2"),
    ("Информация о работе библиотек за апрель – июнь 2021 года", "2021-Q2"),
    ("Аудандық ОКЖ-ның 2019 жылғы қаңтар-маусым айларындағы қызметі туралы есеп", "2019-H1"),
    ("Кітапханалардың 2017 жылғы қаңтар–қыркүйек айларындағы жұмысы туралы ақпарат", "2017-9M"),
    ("Kitaphanalardyń 2021 jylǵy qańtar–nauryz aılaryndaǵy jumysy týraly esep", "2021-Q1"),
    # a year written alone
    ("Годовой отчёт 2014", "2014"),
])
def test_period_of_every_form(title, code):
    body = "Жүйеге 17 кітапхана кіреді, олардың 15-і ауылдық кітапхана, барлық кітапханалар Интернет желісіне қосылған."
    assert metadata.detect_period(_doc("Мәдениет бөліміне", title, body)).code == code


def test_part_of_year_in_the_body_never_overrides_the_title():
    d = _doc(
        "Қостанай облысы әкімдігінің мәдениет басқармасына",
        "«Жітіқара ауданының орталықтандырылған кітапхана жүйесі» КММ кітапханаларының 2018 жылғы жұмысы туралы есеп",
        "Жалпы мәлімет",
        "Жітіқара аудандық ОКЖ құрамында орталық аудандық кітапхана, аудандық балалар кітапханасы және "
        "19 ауылдық кітапхана-филиал жұмыс істейді, барлығы 21 кітапхана.",
        "Мемлекеттік тапсырыс бойынша 2018 жылдың І жартыжылдығында 1 184 дана кітап алынды.",
        "2019 жылдың 1-ші жартыжылдығына жоспар",
    )
    assert metadata.detect_period(d).code == "2018"


def test_title_over_several_lines_and_approval_stamp():
    d = _doc("УТВЕРЖДАЮ", "Директор МБУК «ЦБС»", "«10» января 2020 г.", "ОТЧЁТ", "о работе МБУК «ЦБС» г. Заречного",
             "за 2019 год", "Общие сведения",
             "В состав ЦБС входят 14 библиотек, в том числе центральная городская библиотека и 12 филиалов.")
    assert metadata.detect_period(d).code == "2019"
    # a title broken inside the organization's name
    d = _doc("В отдел культуры", "Отчёт о работе ГУ «Централизованная библиотечная система",
             "города Балхаш» за второе полугодие 2016 года", "КАДРЫ")
    assert metadata.detect_period(d).code == "2016-H2"
    assert metadata.detect_organization(d) == "ГУ «Централизованная библиотечная система города Балхаш»"


def test_a_title_naming_its_period_as_a_range_of_dates():
    """"за период с 01.01.2019 по 30.06.2019": a title line with dates is the
    period's when its dates make a range that covers one; a date alone
    (an approval stamp) is still no period."""
    d = _doc("МБУК «ЦБС» г. Северска", "Отчет о работе", "за период с 01.01.2019 г. по 30.06.2019 г.",
             "Число пользователей составило 12 345 человек.")
    assert metadata.detect_period(d).code == "2019-H1"
    d = _doc("«Қарабұлақ ауылдық кітапханасы» КММ", "2021 жылғы 1 қаңтардан 1 қазанға дейін атқарылған жұмыс туралы есеп")
    assert metadata.detect_period(d).code == "2021-9M"
    d = _doc("УТВЕРЖДАЮ", "Директор МБУК «ЦБС»", "10.01.2020", "ОТЧЁТ о работе МБУК «ЦБС»")
    assert metadata.detect_period(d) is None


def test_a_lone_year_counts_only_in_the_title_proper_and_only_when_alone():
    assert metadata.detect_period(_doc("ЕСЕП", "2019", "Кітапхананың жұмысы туралы")).code == "2019"
    # a street number before the title, a range of years in it: no year is guessed
    assert metadata.detect_period(_doc("ул. Ленина 2015", "Отчёт", "1. Общие сведения")) is None
    assert metadata.detect_period(_doc("Отчёт о работе 2018-2019 учебного года кружка")) is None
    assert metadata.detect_period(_doc("Отчёт о работе", "2018", "2019")) is None


@pytest.mark.parametrize("header, code", [
    ("2017 j. I j/j", "2017-H1"), ("2019 j. II j/j", "2019-H2"), ("I jartyjyldyq 2018", "2018-H1"), ("2018 j.", "2018"),
])
def test_latin_script_column_headers(header, code):
    assert parse_period(header).code == code


def test_an_ordinal_glued_to_the_year_word_as_ocr_gives_it():
    assert parse_period("2018 ж.І ж/ж").code == "2018-H1"
    assert parse_period("2019 г.I кв.").code == "2019-Q1"
    # a decimal is not an ordinal
    assert parse_period("3.2 квартал 2019") is None


def test_a_run_of_months_in_a_sentence_is_a_period():
    found = [(m.period.code, m.text) for m in find_periods("В январе–июне 2019 г. выдано 5000 книг, а за май-июнь 800.")]
    assert found == [("2019-H1", "январе–июне 2019")]


def test_file_title_is_a_hint_and_no_period_is_not_guessed():
    body = ("Кітапханада оқырмандарға арналған көрме ұйымдастырылды және 2019 жылдың бірінші жартысында "
            "балалар қатысты, барлығы 40 адам.")
    d = _doc("Кітапханалардың жұмысы туралы есеп", body)
    assert metadata.detect_period(d) is None  # the body's half-year is not the report's period
    d.metadata["title"] = "Есеп 2019 жылдың 1-ші жарты жылдығы"
    assert metadata.detect_period(d).code == "2019-H1"


def test_no_period_gives_null_and_a_warning(cli_runner, tmp_path):
    f = tmp_path / "report.txt"
    f.write_text("Мәдениет бөліміне\nКітапханалардың жұмысы туралы есеп\n"
                 "Кітапханада оқырмандарға арналған көрме ұйымдастырылды, оған 2019 жылдың бірінші жартысында "
                 "балалар қатысты, барлығы 40 адам келді.\n", encoding="utf-8")
    db = tmp_path / "w.db"
    assert cli_runner("ingest", f, "--db", db).exit_code == 0
    conn = sqlite3.connect(db)
    assert conn.execute("select period, period_start from documents").fetchone() == (None, None)
    rows = conn.execute("select error_class, message, evidence from ingest_warnings").fetchall()
    conn.close()
    assert sorted(r[0] for r in rows) == ["NoOrganization", "NoPeriod"]  # this report names neither
    assert all("туралы есеп" in r[2] for r in rows)
    res = cli_runner("metadata", "--db", db, "--warnings")
    assert "report.txt" in res.output and "no reporting period" in res.output
    res = cli_runner("errors", "--db", db)
    assert "NoPeriod" in res.output and "report.txt" in res.output


_KK_PART = {"H1": ["1-ші жартыжылдығы", "І жартыжылдығы", "бірінші жарты жылдығы", "1-ші ж/ж"],
            "H2": ["2-ші жартыжылдығы", "ІІ жартыжылдығы", "екінші жарты жылдығы"],
            "Q1": ["І тоқсаны", "1 тоқсаны", "1-ші тоқсаны"], "Q2": ["ІІ тоқсаны", "2-тоқсаны"],
            "Q3": ["ІІІ тоқсаны", "3 тоқсаны"], "Q4": ["ІV тоқсаны", "4-ші тоқсаны"],
            "9M": ["9 айы", "тоғыз айы"], None: []}
_RU_PART = {"H1": ["I полугодие", "первое полугодие", "1-е полугодие"], "H2": ["II полугодие", "второе полугодие"],
            "Q1": ["I квартал", "1-й квартал"], "Q2": ["II квартал", "2-й квартал"], "Q3": ["III квартал"],
            "Q4": ["IV квартал", "4-й квартал"], "9M": ["9 месяцев", "девять месяцев"], None: []}
_LAT_PART = {"H1": ["1-shi jartyjyldyǵy", "I jartyjyldyǵy"], "H2": ["2-shi jartyjyldyǵy", "ekinshi jartyjyldyǵy"],
             "Q1": ["I toqsany", "1-toqsany"], "Q2": ["II toqsany"], "Q3": ["III toqsany"], "Q4": ["IV toqsany"],
             "9M": ["9 aıy", "toǵyz aıy"], None: []}


@st.composite
def titles(draw):
    year = draw(st.integers(1995, 2035))
    part = draw(st.sampled_from([None, "H1", "H2", "Q1", "Q2", "Q3", "Q4", "9M"]))
    script = draw(st.sampled_from(["kk", "ru", "lat"]))
    org = draw(st.sampled_from(["«Ауыл ауданының ОКЖ» КММ", "МБУК «ЦБС» г. Н", "«Qala OKJ» KMM", ""]))
    if script == "kk":
        when = f"{year} жылғы" if part is None else f"{year} жылдың {draw(st.sampled_from(_KK_PART[part]))}"
        text = draw(st.sampled_from([f"{org} {when} жұмысы туралы есеп", f"{when} бойынша {org} есебі"]))
    elif script == "ru":
        when = f"{year} год" if part is None else f"{draw(st.sampled_from(_RU_PART[part]))} {year} года"
        text = draw(st.sampled_from([f"Отчёт о работе {org} за {when}", f"Информация {org} за {when}"]))
    else:
        when = f"{year} jylǵy" if part is None else f"{year} jyldyń {draw(st.sampled_from(_LAT_PART[part]))}"
        text = f"{org} {when} jumysy týraly esep"
    return text, (f"{year}" if part is None else f"{year}-{part}")


@settings(max_examples=200, deadline=None)
@given(titles(), st.lists(st.sampled_from([
    "2019 жылдың 1-ші жартыжылдығында 12 көрме өтті, оларға барлығы 340 оқырман қатысты және кітап алды.",
    "За I полугодие 2017 года проведено 15 мероприятий, в которых приняли участие 420 читателей библиотек.",
    "ІІІ тоқсанда қорға 2 318 дана құжат түсті, оның ішінде қазақ тілінде 1 406 дана құжат бар болатын.",
    "За 9 месяцев 2020 года библиотеки посетили 26 842 пользователя, из них 11 204 дети до 14 лет.",
]), max_size=4))
def test_title_period_property(title, body):
    """Whatever the wording and script of the title, its period is read; what
    the body says of other periods never changes it."""
    text, code = title
    assert parse_period(text).code == code
    assert metadata.detect_period(_doc("Мәдениет бөліміне", text, *body)).code == code


def test_metadata_evaluator(registry, tmp_path, cli_runner):
    import json

    db = tmp_path / "e.db"
    assert cli_runner("ingest", SEED_TXT, "--db", db).exit_code == 0
    conn = sqlite3.connect(db)
    doc_id = conn.execute("select id from documents").fetchone()[0]
    ev = next(e for e in registry.evaluators if e.name == "metadata")
    gold = json.loads((SEED_TXT.parent / "gold" / f"{SEED_TXT.stem}.metadata.json").read_text(encoding="utf-8"))
    assert ev.score(conn, doc_id, gold)["f1"] == 1.0
    # the organization is compared by key: the same library written another way is right
    same = {**gold, "organization": "Балқаш қалалық ОКЖ"}
    same.pop("organization_id")
    assert ev.score(conn, doc_id, same)["fields"]["organization"]["f1"] == 1.0
    wrong = {"period": "2018", "organization": "«Жітіқара ауданының орталықтандырылған кітапхана жүйесі» КММ",
             "language": "kk"}
    res = ev.score(conn, doc_id, wrong)
    conn.close()
    assert res["fields"]["period"]["f1"] == 0.0 and res["fields"]["organization"]["f1"] == 0.0
    assert res["precision"] == pytest.approx(1 / 3)


def test_database_made_before_core_declared_the_metadata_columns(tmp_path, registry):
    """An old database: core's first migration, and the columns the metadata
    plugin used to ALTER into documents. Opening it adds organization_id."""
    import sqlite_utils
    from sqlite_utils.migrations import Migrations

    from esep import storage

    path = tmp_path / "old.db"
    db = sqlite_utils.Database(path)
    old_core = Migrations("esep.core")
    old_core()(storage.m001_core_tables)
    old_core.apply(db)
    old_meta = Migrations("esep.metadata")

    @old_meta()
    def m001_document_metadata(db):
        for col in ("organization", "period", "period_start", "period_end", "language"):
            db.execute(f"ALTER TABLE documents ADD COLUMN {col} TEXT")

    old_meta.apply(db)
    db.close()
    store = storage.Store(path, registry.migrations)
    cols = store.db["documents"].columns_dict
    assert {"organization", "organization_id", "period", "period_start", "period_end", "language"} <= set(cols)
    assert store.db["organization_names"].exists()
    store.close()


@pytest.mark.parametrize("lines, code", [
    (["ЕСЕП", "2019 жыл", "1-ші жартыжылдық", "Кадрлар"], "2019-H1"),       # the next line makes the year a part
    (["Отчёт о работе ЦБС за I полугодие", "2019 года"], "2019-H1"),         # a period broken over two lines
    (["«Тау ауданының ОКЖ» КММ кітапханаларының 2018 жылғы жұмысы туралы есеп",
      "2019 жылдың 1-ші жартыжылдығына жоспар"], "2018"),                     # a part of another year: not the title's
    (["Отчёт о работе за 2018 год", "Общие сведения", "Итоги I полугодия 2018 года"], "2018"),  # only the next line
])
def test_title_lines_read_together(lines, code):
    assert metadata.detect_period(_doc(*lines)).code == code


def test_a_report_titled_in_both_languages_is_both_when_its_text_is():
    ru = "В отчётном периоде библиотеки системы обеспечивали информационное обслуживание населения района."
    kk = "Жыл ішінде жүйе кітапханалары аудан тұрғындарына ақпараттық қызмет көрсетті."
    title = ("«Тау ауданының орталықтандырылған кітапхана жүйесі» КММ 2013 жылдың ІІІ тоқсанындағы жұмысы туралы есеп",
             "Отчёт ГУ «Централизованная библиотечная система Тауского района» за III квартал 2013 года")
    # the title in both languages over a Russian text: a Russian report
    assert metadata.detect_language(_doc(*title, ru, ru, ru, ru, ru, ru)) == "ru"
    # over a text with a Kazakh paragraph too: a report in both
    assert metadata.detect_language(_doc(*title, ru, ru, ru, ru, ru, ru, kk)) == "both"
    # a Russian report whose title quotes a Kazakh name is Russian
    d = _doc("Отчёт о работе ГУ «Тау ауданының орталықтандырылған кітапхана жүйесі» за 2013 год", ru, ru, ru)
    assert metadata.detect_language(d) == "ru"


def test_a_short_kazakh_title_line_beside_a_russian_one_is_a_title_in_both():
    """"2016 жыл бойынша есеп" is too short for the letters to tell; its
    word for a report is Kazakh: with a Russian title line under it the
    title is in both languages; the report is in the language of its body."""
    ru = "В отчётном периоде библиотеки системы обеспечивали информационное обслуживание населения района."
    d = _doc("«Тау қалалық ОКЖ» КММ", "2016 жыл бойынша есеп",
             "Итоги работы КГУ «Тауская ЦБС» в 2016 году", ru, ru, ru, ru)
    assert metadata.title_languages(d) == {"kk", "ru"}
    assert metadata.detect_language(d) == "ru"


def test_analysis_titles_name_the_report():
    d = _doc("Аудандық мәдениет бөлімінің басшысына", "«Тау қалалық ОКЖ» КММ",
             "2023 жылғы жұмыс қорытындысы туралы ақпарат", "Анализ деятельности Тауской городской ЦБС за 2023 год")
    assert metadata.title_languages(d) == {"kk", "ru"}
    assert metadata.detect_period(d).code == "2023"


def test_a_short_quoted_name_and_the_place_after_it():
    got = metadata.detect_organization(_doc("Отчет о деятельности МБУК «ЦБС» Зеленодольского района за 2016 год"))
    assert got == "МБУК «ЦБС» Зеленодольского района"


def test_a_title_of_a_plan_and_a_report_names_the_reported_period():
    assert metadata.detect_period(_doc("План работы на 2024 год и отчет за 2023 год")).code == "2023"
    assert metadata.detect_period(_doc("Отчет о работе за 2018 год и план на 2019 год")).code == "2018"


def test_an_organization_typed_with_latin_look_alike_letters():
    # old Kazakh texts typed without a Kazakh keyboard write the Latin "i" for "і"
    d = _doc("Ақсу қалалық орталықтандырылған кiтапхана жүйесiнiң 2019 жылғы жұмысы туралы есеп",
             "Кiтапхана қоры 84 210 дана.")
    assert metadata.detect_organization(d) == "Ақсу қалалық орталықтандырылған кітапхана жүйесі"
    assert metadata.detect_period(d).code == "2019"


@pytest.mark.parametrize("paragraphs, code", [
    # a short title with its year alone, then a sentence dating the stock at the start of the next year
    (("Есеп 2019", "Кітап қоры 2020 жылдың 1 қаңтарына 120 500 дана. Жыл ішінде 3 100 дана есептен шығарылды."),
     "2019"),
    (("Годовой отчет 2013", "Книжный фонд на 01.01.2014 – 60 300 экз."), "2013"),
    (("Отчет", "2021", "Фонд на 1 января 2022 г. составил 44 800 экз."), "2021"),
])
def test_a_sentence_stating_a_figure_ends_the_title(paragraphs, code):
    assert metadata.detect_period(_doc(*paragraphs)).code == code


def test_a_title_line_with_a_small_number_stays_a_title():
    d = _doc("Отчет о работе библиотеки-филиала № 5", "за IV квартал 2017 года.")
    assert metadata.detect_period(d).code == "2017-Q4"


@pytest.mark.parametrize("paragraphs, org", [
    (("ОТЧЕТ за 2014 г. и ПЛАН работы на 2015 г.", "Центральная районная библиотека"),
     "Центральная районная библиотека"),
    (("Отчет за 2 полугодие 2016 г.", "МБУК ЦБС"), "МБУК ЦБС"),
])
def test_a_year_before_an_unquoted_name_is_no_part_of_it(paragraphs, org):
    # the year's "г." is no city's ("г. Тараз"), and the period phrase before the name is not in it
    assert metadata.detect_organization(_doc(*paragraphs)) == org


def test_the_year_word_of_the_period_line_is_no_part_of_the_name_below():
    d = _doc("Отчет о работе за 6 месяцев 2023 года", "Акмолинская ОУНБ им. М. Ауэзова")
    assert metadata.detect_period(d).code == "2023-H1"
    assert metadata.detect_organization(d) == "Акмолинская ОУНБ им. М. Ауэзова"


@pytest.mark.parametrize("title, code", [
    ("Мониторинг деятельности библиотек Алматинской области в 2022 году (по состоянию на 01.01.2023)", "2022"),
    ("Кітапханалар жұмысының мониторингі 2022 жыл (01.01.2023 ж. жағдай бойынша)", "2022"),
])
def test_a_balance_date_beside_the_period_keeps_the_title(title, code):
    """A date in a line made it a signature's or an address's; the date the
    figures stand at, beside the period, does not."""
    assert metadata.detect_period(_doc(title)).code == code
    # a line of a date alone is still no title
    assert metadata.detect_period(_doc("Директор ЦБС А. Иванова", "12.01.2023")) is None


def test_the_titles_quoted_name_beats_a_short_name_with_a_form_in_the_text():
    """The title names the system with its legal form written out (no
    abbreviation to read as a form) over the quoted name and its city; the
    first paragraph calls it "МБУК «ЦБС»": the title's name is the
    organization."""
    d = _doc("Муниципальное бюджетное учреждение культуры",
             "«Централизованная библиотечная система» города Новотроицка", "ОТЧЁТ", "о деятельности за 2022 год",
             "В 2022 году библиотеки МБУК «ЦБС» обслужили 21 480 пользователей.")
    assert metadata.detect_organization(d) == "«Централизованная библиотечная система» города Новотроицка"


def test_a_year_joined_to_the_title_by_a_hyphen():
    assert metadata.detect_period(_doc("Годовой отчёт-2023", "МБУК «Районная библиотека»")).code == "2023"


def test_the_organization_named_in_the_page_header_alone(tmp_path):
    """A report that names its organization only in the page header ("ГУ
    «Централизованная библиотечная система» акимата города Риддер" over
    every page): the .docx header is read for it, after the title and the
    first paragraphs; a PDF's running header likewise."""
    import docx

    from esep.plugins.docx.loader import load as load_docx
    from esep.plugins.pdf.layout import running_header
    from esep.plugins.pdf.pages import Line, Page, Word

    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "ГУ «Централизованная библиотечная система» акимата города Риддер"
    d.add_paragraph("ОТЧЁТ")
    d.add_paragraph("о работе библиотек за 2022 год")
    d.add_paragraph("Пользователей – 15 320 чел.")
    d.save(tmp_path / "r.docx")
    doc = load_docx(tmp_path / "r.docx", Config())
    assert metadata.detect_organization(doc) == "ГУ «Централизованная библиотечная система» акимата города Риддер"
    assert metadata.detect_organization(_doc("ОТЧЁТ", "о работе библиотек за 2022 год")) is None

    def line(page: int, top: float, text: str, role: str) -> Line:
        ln = Line(page, [Word(text, 60.0, top, 60.0 + 5 * len(text), top + 10, False, 10.0, len(text))])
        ln.role = role
        return ln

    pages = [Page(n, 595, 842, [line(n, 30, "City library system of Ridder", "header"), line(n, 800, str(n), "header"),
                                line(n, 100, "Body text", "body")], []) for n in (1, 2)]
    assert running_header(pages) == "City library system of Ridder"


def test_a_persons_name_beginning_with_g_is_a_persons():
    """"им. Н. В. Гоголя", "имени Гафу Кайырбекова": a name beginning
    with Г is a person's (the abbreviation "г." of "город" shut out every
    word beginning with g); of a first name written out and a surname the
    key keeps the surname, as it does after initials."""
    from esep.plugins.organizations import parse_name

    # (a "Центральная библиотека" is a system's central library, as "Центральная городская библиотека" is)
    assert parse_name("Центральная библиотека им. Н. В. Гоголя г. Костаная").key == "kostanai-city-central-gogol"
    # (a district named after a person has the surname for its place, as "Ғабит Мүсірепов атындағы аудан" has)
    assert parse_name("КГУ «Централизованная библиотечная система» района имени Габита Мусрепова").key == \
        "musrepov-district-cbs"
    assert parse_name("Детская библиотека имени Гафу Кайырбекова").named == parse_name(
        "Детская библиотека им. Г. Кайырбекова").named == "kaiirbekov"
    assert parse_name("ЦБС г. Рудного").key == "rudn-city-cbs"


@pytest.mark.parametrize("name, code", [("Отчет ЦБС Степногорск 2022.docx", "2022"),
                                        ("otchet_2021_1 полугодие.docx", "2021-H1"),
                                        ("scan_0001.docx", None), ("report_2021_2022.docx", None)])
def test_a_period_the_title_does_not_name_is_read_from_the_file_name(name, code):
    d = _doc("ОТЧЁТ", "о работе ГУ «Централизованная библиотечная система» города Степногорска",
             "Библиотеки обслужили 12 010 пользователей.")
    d.path = f"/archive/{name}"
    found = metadata.detect_period_source(d)
    assert (found[0].code, found[1]) == (code, "file name") if code else found is None
    metadata.prepare_document(d, Config())
    kinds = {r.values["error_class"] for r in metadata.warnings(d, Config())}
    assert ("PeriodFromFileName" in kinds) == bool(code) and ("NoPeriod" in kinds) == (not code)
    titled = _doc("Отчёт о работе ЦБС за 2020 год")
    titled.path = "/archive/otchet_2022.docx"
    assert metadata.detect_period_source(titled)[0].code == "2020"  # the title first


@pytest.mark.parametrize("title", ["Справка о работе библиотек района за 10 месяцев 2022 года",
                                   "2022 жылдың 11 айындағы жұмыс туралы ақпарат"])
def test_a_run_of_months_no_period_code_says_is_not_the_year(title):
    """"за 10 месяцев 2022 года" is no year, half-year, quarter or nine
    months: no period (and a warning), rather than the whole year."""
    assert metadata.detect_period_source(_doc(title)) is None
    assert metadata.detect_period(_doc("Отчёт за 9 месяцев 2022 года")).code == "2022-9M"


@pytest.mark.parametrize("title, name", [
    ("Қ. Сәтбаев атындағы Жетісу облыстық әмбебап ғылыми кітапханасының 2022 жылғы қызметі туралы есеп",
     "Қ. Сәтбаев атындағы Жетісу облыстық әмбебап ғылыми кітапханасы"),
    ("Есеп Ш. Уәлиханов атындағы Көкшетау облыстық әмбебап ғылыми кітапханасы",
     "Ш. Уәлиханов атындағы Көкшетау облыстық әмбебап ғылыми кітапханасы"),
    ("2023 жылғы есеп. Абай атындағы облыстық ғылыми-әмбебап кітапханасы",
     "Абай атындағы облыстық ғылыми-әмбебап кітапханасы"),
])
def test_a_long_name_keeps_the_person_it_is_named_after_and_stops_at_a_sentence_end(title, name):
    d = _doc(title, "Кітапхана 2023 жылы 12 000 оқырманға қызмет көрсетті.")
    metadata.prepare_document(d, Config())
    assert d.metadata["organization"] == name


def test_a_pdf_page_left_out_is_a_warning_that_says_what_to_do():
    d = _doc("Отчёт о работе ЦБС за 2020 год", "Библиотеки обслужили 12 010 пользователей.")
    d.metadata["page_errors"] = ["page 3: Tesseract process timeout", "page 5: Invalid dictionary construct"]
    rows = [r.values for r in metadata.warnings(d, Config()) if r.values["error_class"] == "PageNotRead"]
    assert [r["message"].split(";")[0] for r in rows] == d.metadata["page_errors"]
    assert "--timeout" in rows[0]["message"] and "qpdf" in rows[1]["message"]
