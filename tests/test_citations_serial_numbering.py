"""Serials as Soviet, pre-revolutionary and Bulgarian lists cite them, and parts whose " // " was written as a full
stop.  Each entry is written for this test (names, titles and serials invented or generic; none is an item of a
labelled set); each shape was misread before its rule:

* the "книжка" of a journal's volume is its issue: "Т. 65, кн. 2" in a periodical, and a volume written bare
  before the book or issue of it, "Български език, 45, кн. 3, 12–20", "Известия, 5, вып. 2, 7–9";
* a serial named by the capitals of its words (КСИИМК, ИОАИЭ, МИА) as the last sentence of the title area, its
  volume, issue or pages after it;
* a volume numbered in Roman figures as a sentence of its own before the imprint ("ИОАИЭ. Т. III. Казань, 1884");
* the series area after the page range of a part whose " // " was lost;
* GOST 7.0.100's content note followed by a sentence: that sentence is the container;
* a collection ("Сб. науч. тр.") after the title of a part with its page range is the container, not other title
  information;
* a Kazakh journal's series named in quotes ("«Педагогика ғылымдары» сериясы") is part of the journal's name;
* an annotation after a dash whose spaces were lost (".–Аннотация: …"), and "Библиогр.: с. …" after a full stop,
  end the entry (they were read as a place and a publisher).

And what the rules must leave alone: "Т. 2, кн. 1" of a book, a volume's own title after a Roman volume, a
state's abbreviation after a title, "Сб. науч. тр." of a whole book.
"""

import pytest

from esep.plugins.citations import parse_citation

SHAPES = [
    # the book of a journal's volume
    ("Орлова Т. Сельские читальни // Русская старина. – 1890. – Т. 65, кн. 2. – С. 12–20.",
     dict(source="Русская старина", volume="65", issue="2", pages="12–20")),
    ("Орлова Т. Сельские читальни. «Русская старина», 1890, т. 65, кн. 2, с. 12–20.",
     dict(source="Русская старина", volume="65", issue="2", pages="12–20")),
    ("Орлова, Т. 1995. Народни читалища. – Български език, 45, кн. 3, 12–20.",
     dict(source="Български език", year=1995, volume="45", issue="3", pages="12–20")),
    ("Орлова Т. Сельские читальни. – Известия общества, 5, вып. 2, 7–9.",
     dict(source="Известия общества", volume="5", issue="2", pages="7–9")),
    # a serial named by its capitals, the " // " lost
    ("Петров А.А. Раскопки курганов. КСИИМК. 1950. Вып. XII.",
     dict(title="Раскопки курганов", source="КСИИМК", year=1950, volume="XII")),
    ("Петров А.А. Раскопки курганов у села Ивановки. ИОАИЭ. Казань, 1890. Т. V",
     dict(title="Раскопки курганов у села Ивановки", source="ИОАИЭ", place="Казань", year=1890, volume="V")),
    ("Петров А.А. Раскопки курганов, произведенные летом 1885 г. ИОАИЭ. Т. IX. Казань, 1891.",
     dict(title="Раскопки курганов, произведенные летом 1885 г", source="ИОАИЭ", place="Казань", year=1891,
          volume="IX")),
    # the series area after the pages of a part
    ("Кравец Н. Чтение и память. Книга и общество / пер. с нем. О. Иванова. — М.: Логос, 2005. — С. 10—40. — (Культура).",
     dict(title="Чтение и память", source="Книга и общество", place="М.", pages="10–40")),
    # the content note, then the container
    ("Сейтова А. Б. Кітап оқу мәдениеті / А. Б. Сейтова. – Текст : электронный. Вестник библиотек. – 2021. – № 4. – "
     "С. 5–9. – URL: https://example.kz/4 (дата обращения: 01.02.2022).",
     dict(title="Кітап оқу мәдениеті", source="Вестник библиотек", year=2021, issue="4", pages="5–9")),
    ("О музеях : Закон Республики Казахстан от 1 февраля 2010 года № 100-IV. – Текст : электронный. Информационная "
     "система «Право». – URL: https://example.kz/law (дата обращения: 12.03.2023).",
     dict(title="О музеях", source="Информационная система «Право»", url="https://example.kz/law")),
    # a collection named after the title of a part
    ("Лаптева Л. П. Книжная культура уезда. Сб. науч. тр. Томского ун-та. – Томск, 2015. – Вып. 3. – С. 40-48.",
     dict(title="Книжная культура уезда", subtitle=None, source="Сб. науч. тр. Томского ун-та", pages="40-48")),
    # a Kazakh journal's series in quotes
    ("Сейтова А. Оқырман мәдениеті // Қарағанды университетінің хабаршысы. «Филология» сериясы. – 2020. – № 2. – 50-55 бб.",
     dict(source="Қарағанды университетінің хабаршысы. «Филология» сериясы", year=2020, issue="2")),
    ("Сейтова А. Оқырман мәдениеті. Қарағанды университетінің хабаршысы. «Филология» сериясы. – 2020. – № 2. – 50-55 бб.",
     dict(title="Оқырман мәдениеті", source="Қарағанды университетінің хабаршысы. «Филология» сериясы")),
    # notes that end an entry: an annotation after a dash whose spaces were lost, a bibliography note after a full
    # stop
    ("Карпова Т. Праздник книги / Т. Карпова // Школьная библиотека.–2020.–№ 4.–С. 30–34.–Аннотация: сценарий для "
     "учащихся 5–6 классов.",
     dict(source="Школьная библиотека", issue="4", pages="30–34", place=None, publisher=None)),
    ("Карпова Т. П. Книжная культура края : дис. … канд. пед. наук. Омск, 2008. 190 с. Библиогр.: с. 170–188.",
     dict(place="Омск", year=2008, pages="190", publisher=None)),
    # left alone
    ("Толстой Л. Н. Сочинения. Т. 2, кн. 1. М., 1950. 400 с.",
     dict(title="Сочинения", volume="2", issue=None, place="М.", pages="400")),
    ("Петров А. История. Т. II. Новое время. СПб., 1900.",
     dict(title="История", subtitle="Новое время", volume="II", place="СПб.")),
    ("Очерки истории. СССР. М., 1958. Т. 2.",
     dict(source=None, volume="2", place="М.")),
    ("Лаптева Л. П. Книжная культура уезда. Сб. науч. тр. – Томск, 2015. – 120 с.",
     dict(title="Книжная культура уезда", subtitle="Сб. науч. тр", source=None, pages="120")),
]


@pytest.mark.parametrize("raw,gold", SHAPES)
def test_serial_numbering_and_lost_double_slash(raw, gold):
    p = parse_citation(raw)
    assert {f: p[f] for f in gold} == gold
