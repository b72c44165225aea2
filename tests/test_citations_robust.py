"""Bibliographic entries as unseen reports and reference lists damage them:
separators written with "—", "–" or "-", full stops lost or doubled, spaces
lost or added, Latin look-alike letters typed or read by OCR into Cyrillic
words, "№" typed as "Nº" or "No", Kazakh forms ("Б. 5", "5 бет", "2018 ж."),
entries numbered "1. " or "1) ", and author headings in the orders lists
write them.  Every entry is written for this test (names, titles and
periodicals invented or generic), with the fields a cataloguer reads from it;
none comes from a labelled set."""

from pathlib import Path

import pytest

from esep.plugins import citations
from esep.plugins.citations import parse_citation
from esep.plugins.text import loader as text_loader
from esep.registry import Config

BOOK = {"authors": ["Петров, А. В."], "title": "Книга и читатель", "place": "М.", "publisher": "Наука",
        "year": 2015, "pages": "240"}
ARTICLE = {"authors": ["Сидорова, Е. Н."], "title": "Чтение детей", "source": "Библиотека", "year": 2019,
           "issue": "4", "pages": "12-15"}

#: one book and one article written with every kind of separator and damage
SEPARATORS = [
    ("Петров А. В. Книга и читатель. — М.: Наука, 2015. — 240 с.", BOOK),
    ("Петров А. В. Книга и читатель. - М.: Наука, 2015. - 240 с.", BOOK),
    ("Петров А.В. Книга и читатель.-М.:Наука,2015.-240 с.", BOOK),
    ("Петров А.В. Книга и читатель.-М.:Наука,2015.-240с.", BOOK),
    # the full stops before the dashes lost
    ("Петров А. В. Книга и читатель – М.: Наука, 2015 – 240 с.", BOOK),
    # no punctuation at all before the imprint
    ("Петров А. В. Книга и читатель М.: Наука, 2015 240 с.", BOOK),
    # doubled punctuation
    ("Петров А. В. Книга и читатель.. – М.: Наука,, 2015.. – 240 с..", BOOK),
    ("Петров А. В. Книга и читатель. – – М.: Наука, 2015. – 240 с.", BOOK),
    ("Петров А. В. Книга и читатель.–– М.: Наука, 2015.–240 с.", BOOK),
    # a space before each full stop and comma (a PDF's text layer)
    ("Петров , А . В . Книга и читатель . – М . : Наука , 2015 . – 240 с .", BOOK),
    ("Сидорова Е. Н. Чтение детей // Библиотека. — 2019. — № 4. — С. 12—15.", ARTICLE),
    ("Сидорова Е. Н. Чтение детей // Библиотека. − 2019. − № 4. − С. 12−15.", ARTICLE),
    ("Сидорова Е. Н. Чтение детей // Библиотека.—2019.—№ 4.—С. 12—15.", ARTICLE),
    ("Сидорова Е. Н. Чтение детей // Библиотека – 2019 – № 4 – С. 12–15", ARTICLE),
    ("Сидорова Е. Н. Чтение детей//Библиотека.–2019.–№4.–С.12–15.", ARTICLE),
    ("Сидорова Е. Н. Чтение детей //Библиотека, 2019, № 4, с. 12-15.", ARTICLE),
    ("Сидорова Е. Н. Чтение детей. // Библиотека. – 2019. – № 4. – С. 12 - 15.", ARTICLE),
    ("Сидорова Е. Н. Чтение детей / / Библиотека. – 2019. – № 4. – С. 12-15.", ARTICLE),
    ("Сидорова Е. Н. Чтение детей // Библиотека. – 2019. – № 4. – С. 12-15.;", ARTICLE),
    # "№" as keyboards without it and OCR give it
    ("Сидорова Е. Н. Чтение детей // Библиотека. – 2019. – Nº 4. – С. 12-15.", ARTICLE),
    ("Сидорова Е. Н. Чтение детей // Библиотека. – 2019. – N° 4. – С. 12-15.", ARTICLE),
    ("Сидорова Е. Н. Чтение детей // Библиотека. – 2019. – No 4. – С. 12-15.", ARTICLE),
    ("Сидорова Е. Н. Чтение детей // Библиотека. – 2019. – N 4. – C. 12-15.", ARTICLE),
    # Latin look-alike letters in Cyrillic words (С, р, е, Е, Н, а)
    ("Cидоpова E. H. Чтениe детeй // Библиотeка. – 2019. – № 4. – С. 12-15.", ARTICLE),
    ("Петров А. В. Книга и читатель. – M.: Hаука, 2015. – 240 c.", BOOK),
    ("Пeтров А. В. Книга и читатeль. Изд. 2-e. M.: Наука, 2015. 240 c.", BOOK),
    # the content statement and the note area after separators without their full stops
    ("Петров А. В. Книга и читатель – Текст : непосредственный – М.: Наука, 2015 – 240 с – Библиогр.: с. 230-239.", BOOK),
    # the entry's number in a list
    ("1. Сидорова Е. Н. Чтение детей // Библиотека. – 2019. – № 4. – С. 12-15.", ARTICLE),
    ("12) Сидорова Е. Н. Чтение детей // Библиотека. – 2019. – № 4. – С. 12-15.", ARTICLE),
    ("3.Сидорова Е. Н. Чтение детей // Библиотека. – 2019. – № 4. – С. 12-15.", ARTICLE),
    ("[5] Сидорова Е. Н. Чтение детей // Библиотека. – 2019. – № 4. – С. 12-15.", ARTICLE),
]


@pytest.mark.parametrize("raw, expected", SEPARATORS, ids=[f"{i}-{c[0][:30]}" for i, c in enumerate(SEPARATORS)])
def test_separators_and_damage(raw, expected):
    p = parse_citation(raw)
    if expected.get("pages") == "12-15" and "12-15" not in raw:
        # the range's dash as written, every kind of dash (em, minus, a spaced hyphen) read as the en dash
        expected = dict(expected, pages="12–15")
    assert {f: p[f] for f in expected} == expected


CASES = [
    # a part marker with a Latin look-alike letter
    ("Иванов И. И. Статья. B кн.: Сборник трудов. – Омск, 2010. – С. 5-10.",
     {"title": "Статья", "source": "Сборник трудов", "place": "Омск", "year": 2010, "pages": "5-10"}),
    ("Иванов И. И. Статья // Вестник. – 2010. – Bып. 3. – С. 5-10.", {"source": "Вестник", "volume": "3"}),
    # and a Cyrillic look-alike in a Latin word
    ("Jekeli Сh. Potential theory // Treatise on geophysics. Elsevier. 2009. Vol. 3. P. 11–42.",
     {"authors": ["Jekeli, Ch."], "source": "Treatise on geophysics", "volume": "3", "pages": "11–42"}),
    # Kazakh forms: "Б. 5", "5 бет", "5-бет", "бб.", "2018 ж.", "2-т.", "Жинақта:"
    ("Асқаров Б. Кітап әлемі // Егемен Қазақстан. – 2018. – 12 қаңтар. – Б. 5.",
     {"authors": ["Асқаров, Б."], "title": "Кітап әлемі", "source": "Егемен Қазақстан", "date": "2018-01-12",
      "pages": "5", "language": "kk"}),
    ("Асқаров Б. Кітап әлемі // Егемен Қазақстан. – 2018. – 12 қаңтар. – 5-6 бб", {"pages": "5-6"}),
    ("Әбенов Қ. Оқу залы // Кітапхана әлемі:ғыл. жинақ. – Алматы:Ұлттық кітапхана, 2019. – 25-30 б.",
     {"source": "Кітапхана әлемі", "place": "Алматы", "publisher": "Ұлттық кітапхана", "pages": "25-30"}),
    ("Асқаров Б. Кітап әлемі // Егемен Қазақстан. – 2018 ж. – 12 қаңтар. – 5 б.",
     {"source": "Егемен Қазақстан", "year": 2018, "date": "2018-01-12", "pages": "5"}),
    ("Асқаров Б. Кітап әлемі // Егемен Қазақстан. – 2018 ж., 12 қаңтар. – 5-бет.",
     {"source": "Егемен Қазақстан", "year": 2018, "date": "2018-01-12", "pages": "5"}),
    ("Әбенов Қ. Кітап – білім бұлағы // Ана тілі, 2020 ж., 5 наурыз, 7 б.",
     {"title": "Кітап – білім бұлағы", "source": "Ана тілі", "date": "2020-03-05", "pages": "7"}),
    ("Әбенов Қ. Кітап – білім бұлағы // Ана тілі. 2020 ж. 5 наурыз. 7 б.",
     {"title": "Кітап – білім бұлағы", "source": "Ана тілі", "date": "2020-03-05", "pages": "7"}),
    ("Асанов А. Кітап – бiлiм бұлағы // Ақиқат. – 2019ж. – 3 ақпан. – 4 б.",
     {"title": "Кітап – білім бұлағы", "source": "Ақиқат", "year": 2019, "date": "2019-02-03", "pages": "4",
      "language": "kk"}),
    ("Әбенов Қ. Оқу залы // Кітапхана әлемі : ғыл. жинақ. – Алматы : Ұлттық кітапхана, 2019. – 2-т. – 25-30 б.",
     {"source": "Кітапхана әлемі", "volume": "2", "pages": "25-30", "place": "Алматы",
      "publisher": "Ұлттық кітапхана"}),
    ("Әбенов Қ. Оқу залы. – Жинақта: Кітапхана әлемі. – Алматы, 2019. – Б. 25-30.",
     {"title": "Оқу залы", "source": "Кітапхана әлемі", "pages": "25-30", "place": "Алматы", "year": 2019}),
    ("Асқаров Б. Кітапхана тарихы. – Алматы : Өнер, 2015 ж. – 240 бет.",
     {"title": "Кітапхана тарихы", "place": "Алматы", "publisher": "Өнер", "year": 2015, "pages": "240"}),
    ("Асанов А. Кітап – білім бұлағы [Электрондық ресурс]. – Қолжетімділік режимі: https://aqiqat.kz/a/1",
     {"title": "Кітап – білім бұлағы", "url": "https://aqiqat.kz/a/1"}),
    # author headings: surname and first name told apart by the surname's ending, a lost full stop
    ("Жұмабаев Мағжан. Шығармалары. – Алматы: Жазушы, 1989. – 448 б.",
     {"authors": ["Жұмабаев, М."], "title": "Шығармалары", "pages": "448"}),
    ("Петрова Мария. 2015. Език и общество. Българска реч 21 (2). 30 – 41",
     {"authors": ["Петрова, М."], "title": "Език и общество", "source": "Българска реч", "volume": "21",
      "issue": "2", "pages": "30–41"}),
    ("Ефимов Иван Н. Очерки по истории бумаги. Ч. 1-2. Москва: Типография А. И. Мамонтова, 1902.",
     {"authors": ["Ефимов, И. Н."], "title": "Очерки по истории бумаги", "volume": "1-2", "place": "Москва"}),
    ("Иванов И.И Статья // Библиотека. – 2016. – № 3. – С. 5–7.", {"authors": ["Иванов, И. И."], "title": "Статья"}),
    ("Российская Федерация. Законы. Об информации : федер. закон. – М., 2006. – 20 с.",
     {"authors": ["Российская Федерация. Законы"], "title": "Об информации"}),
    # the imprint: a city after an author-year heading, a place and a year without a comma, a place before
    # the pages of a part, pages with unnumbered ones
    ("Петков, Иван. 1980. Народни приказки. Пловдив, 1980. 200 с.",
     {"title": "Народни приказки", "place": "Пловдив", "pages": "200"}),
    ("Петров А. В. Книга. Алматы 2020. 200 с.", {"title": "Книга", "year": 2020, "place": "Алматы", "pages": "200"}),
    ("Козлов, И. 2010. Заглавие на статията. – В: Сборник в чест. София, 5–15.",
     {"source": "Сборник в чест", "place": "София", "pages": "5–15"}),
    ("Петров А. В. Книга. – М. : Наука, 2008. – 200, [4] с.", {"title": "Книга", "pages": "200"}),
    ("Петровић П. Наслов књиге, Београд 1990.", {"title": "Наслов књиге", "place": "Београд", "year": 1990}),
    ("Петровић П. Наслов књиге, Београд, 1990.", {"title": "Наслов књиге", "place": "Београд", "year": 1990}),
    # the year after the heading followed by a colon
    ("Николова С., 1980: Заглавие на статия. – Български език 30: 100–110.",
     {"year": 1980, "title": "Заглавие на статия", "source": "Български език", "volume": "30", "pages": "100–110"}),
    # the note area is in no field
    ("Петров А. В. Книга и читатель / А. В. Петров. – Москва : Наука, 2015. – 240 с. : ил. – Библиогр.: с. 230-239.",
     {"title": "Книга и читатель", "place": "Москва", "pages": "240"}),
    ("Петров А. В. Книга. – М. : Наука, 2008. – 200 с. : ил. – Указ.: с. 190-199.", {"pages": "200"}),
    # numbering: a Roman volume ends an abbreviated container, a journal's issue after a comma
    ("Сергеев А.Б. Курганы Прикамья // ТКАЭЭ. Т. II. Казань, 1962.",
     {"source": "ТКАЭЭ", "volume": "II", "year": 1962}),
    ("Козлов И.И. (2010) Метод расчета. Геодезия и картография, № 2, 5-10.",
     {"title": "Метод расчета", "source": "Геодезия и картография", "issue": "2", "pages": "5-10"}),
    # GOST 7.0.5 as a formatter writes it (" - " for the dash, "СПБ.:" without a space)
    ("Кузнецов, А. В. Карты / А. В. Кузнецов. - СПБ.: Питер, 2015. - 100 с. - (Библиотека геодезиста; вып. 5).",
     {"title": "Карты", "place": "СПБ.", "publisher": "Питер", "year": 2015, "pages": "100", "volume": None}),
    ("Кузнецов, А. В. Гравиметрия / А. В. Кузнецов // Геофизический вестник. - 2012. - Т. 5, № 3. - С. 10-20.",
     {"source": "Геофизический вестник", "year": 2012, "volume": "5", "issue": "3", "pages": "10-20"}),
    # a patent: the year it was published, not the year it was applied for
    ("Пат. 2100000 Российская Федерация, МПК G01V 7/00. Гравиметр / Кузнецов А. В.; заявитель МГУ. - "
     "№ 2000000000/28; заявл. 01.02.2000; опубл. 10.05.2001, Бюл. № 13. - 5 с.", {"title": "Гравиметр", "year": 2001}),
    # the kind of publication after a full stop is other title information
    ("Метод расчета. Сб. статей / Ред. П.П. Петров. М.: Наука, 2010. 200 с.",
     {"authors": [], "title": "Метод расчета", "subtitle": "Сб. статей", "place": "М.", "pages": "200"}),
]


@pytest.mark.parametrize("raw, expected", CASES, ids=[f"{i}-{c[0][:30]}" for i, c in enumerate(CASES)])
def test_forms(raw, expected):
    p = parse_citation(raw)
    assert {f: p[f] for f in expected} == expected


@pytest.mark.parametrize("raw, field, value", [
    # a dash inside a title is not an area separator, nor a capital word and a colon after it
    ("Ахметов Б. Абай – Тәуелсіздік: тарих беттері. – Алматы : Өнер, 2015. – 240 б.", "title", "Абай – Тәуелсіздік"),
    ("Асанов А. Рухани жаңғыру – кітапхана келбетінде // Ақиқат. – 2018. – 5 қаңтар. – 4 б.", "title",
     "Рухани жаңғыру – кітапхана келбетінде"),
    # P is the Latin page mark of Russian lists, not a look-alike to put right
    ("Гусев А.Н. Методы обработки. М.: Наука, 2011. 200 p.", "pages", "200"),
    ("Гусев А.Н. Методы обработки // Геофизика. 2011. № 3. P. 45–52.", "pages", "45–52"),
    # a registration number is not an issue of a journal
    ("Котов В.В. Программа обработки данных. Свидетельство о регистрации программы для ЭВМ №2014600001.", "source",
     None),
    # a city and a year before a journal are the imprint of a reviewed book, left in the title
    ("Петков, Иван. 1980. Народни приказки. Пловдив, 1980. Литературна мисъл, 24 (2). 12 – 19.", "source",
     "Литературна мисъл"),
])
def test_what_is_not_changed(raw, field, value):
    assert parse_citation(raw)[field] == value


def test_a_list_numbered_with_brackets_in_a_report(tmp_path: Path):
    text = (
        "Баспасөздегі жарияланымдар:\n"
        "1) Асанов А. Кітап – білім бұлағы // Орталық Қазақстан. – 2019 ж. – 3 ақпан. – Б. 4.\n"
        "2) Бекова Г. Оқырман мерекесі / Г. Бекова // Балқаш өңірі, 2019 ж., 5 ақпан, 2 бет.\n"
        "3) Петрова Е. Библиотека будущего //Казахстанская правда.-2019.-3 октября (N 190).-С.10-11.\n"
        "4) Сидоров П. Книга в семье // Вечерний Балхаш – 2019 – 12 мая – с. 3\n"
        "Кітаптар:\n"
        "1. Ахметова Р. Кітапхана тарихы. - Алматы: Өнер, 2018. - 240 б.\n"
        "2. Ахметова Р. Оқу мәдениеті. Астана : Фолиант, 2017. 120 б.\n"
        "Бір абзац, 2019 жылы 12 кітап көрмесі өтті – барлығы 300 оқырман.\n"
    )
    path = tmp_path / "list.txt"
    path.write_text(text, encoding="utf-8")
    rows = [r.values for r in citations.extract(text_loader.load(path, Config()), Config())]
    assert [(r["list_no"], r["seq"], r["source_id"], r["date"], r["issue"], r["pages"]) for r in rows] == [
        (1, 1, "ortalyk_kazakhstan", "2019-02-03", None, "4"),
        (1, 2, "balkash_oniri", "2019-02-05", None, "2"),
        (1, 3, "kazakhstanskaya_pravda", "2019-10-03", "190", "10-11"),
        (1, 4, None, "2019-05-12", None, "3"),
        (2, 1, None, None, None, "240"),
        (2, 2, None, None, None, "120")]
    assert rows[3]["source"] == "Вечерний Балхаш"  # a newspaper the vocabulary does not know
    assert [(r["place"], r["publisher"], r["year"]) for r in rows[4:]] == [("Алматы", "Өнер", 2018),
                                                                          ("Астана", "Фолиант", 2017)]
