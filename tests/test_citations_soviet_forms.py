"""Entries written as Soviet lists wrote them, before GOST 7.1-84 and the
area separator ". – " were followed (GOST 7.1-76 and the books printed
before it), read field by field.  Each entry is written for this test
(names, titles and journals invented or generic; none is an item of a
labelled set); each shape was misread before its rule:

* two places of publication joined by a dash, "М.—Л., 1934", "Л.–М.:
  Изд-во АН СССР" (the dash was taken for an area separator);
* a city of publication whose colon before the publisher is lost or typed
  as a full stop, "М. Наука, 1975", "Алма-Ата. Казахстан. 1968";
* a periodical in quotes after the title, the dash before it lost,
  "«Библиотекарь», 1960, № 5, с. 12—14" (also with full stops inside the
  quotes);
* a volume of collected works with its volume and pages after commas,
  "Полн. собр. соч., т. 41, с. 298—318";
* a publisher's name with a word abbreviated before one in lower case, in
  an imprint of commas, "Ташкент, Гос. изд-во УзССР, 1958";
* an edition statement ending in an abbreviation before such an imprint,
  "Изд. 3-е, перераб. М., Госиздат, 1930";
* the number of volumes with the numeral's ending, "В 5-ти т.", "в 12-ти т.".

And what the rules must leave alone: a Latin publisher that begins with its
city, an initial before an area separator, "С.-Петербург".
"""

import pytest

from esep.plugins.citations import parse_citation

SHAPES = [
    # two places joined by a dash
    ("Орлов Н. П. Очерки народного образования. М.—Л., 1934. 240 с.",
     dict(title="Очерки народного образования", place="М.–Л.", publisher=None, year=1934, pages="240")),
    ("Орлов Н. П. Очерки народного образования. – Л.–М. : Изд-во АН СССР, 1936. – 312 с.",
     dict(title="Очерки народного образования", place="Л.–М.", publisher="Изд-во АН СССР", year=1936, pages="312")),
    ("Орлов Н. П. Очерки народного образования. М.—Л.: Учпедгиз, 1938. 96 с.",
     dict(title="Очерки народного образования", place="М.–Л.", publisher="Учпедгиз", year=1938, pages="96")),
    # the place's colon lost
    ("Сидоров А. А. Книга в деревне. М. Наука, 1975. 240 с.",
     dict(title="Книга в деревне", place="М.", publisher="Наука", year=1975, pages="240")),
    ("Сидоров А. А. Книга в деревне. – М. «Книга». 1977. – 160 с.",
     dict(title="Книга в деревне", place="М.", publisher="«Книга»", year=1977, pages="160")),
    ("Сидоров А. А. Книга в ауле. – Алма-Ата. Казахстан, 1968. – 198 с.",
     dict(title="Книга в ауле", place="Алма-Ата", publisher="Казахстан", year=1968, pages="198")),
    ("Сидоров А. А. Книга в ауле. Алма-Ата Жалын, 1981. 120 с.",
     dict(title="Книга в ауле", place="Алма-Ата", publisher="Жалын", year=1981, pages="120")),
    # a periodical in quotes, the dash before it lost
    ("Петрова Е. В. Передвижки в колхозах. «Красный библиотекарь», 1935, № 5, с. 12—14.",
     dict(title="Передвижки в колхозах", source="Красный библиотекарь", year=1935, issue="5", pages="12–14")),
    ("Петрова Е. В. Передвижки в колхозах. «Сельская газета», 1965, 3 апр.",
     dict(title="Передвижки в колхозах", source="Сельская газета", year=1965, date="1965-04-03")),
    ("Петрова Е. В. Передвижки в колхозах. «Вестник АН КазССР. Сер. обществ.», 1970, вып. 3, с. 10—15.",
     dict(title="Передвижки в колхозах", source="Вестник АН КазССР. Сер. обществ", year=1970, pages="10–15")),
    # a volume of collected works
    ("Горбунов И. Ф. Полн. собр. соч., т. 12, с. 98—118.",
     dict(title="Полн. собр. соч", volume="12", pages="98–118", year=None)),
    ("Горбунов И. Ф., Лесков Н. С. Соч. 2-е изд., т. 4, с. 5.",
     dict(title="Соч", volume="4", pages="5")),
    ("Горбунов И. Ф. Собр. соч. в 6-ти т. Алма-Ата, 1979, т. 5, с. 12—40.",
     dict(place="Алма-Ата", year=1979, volume="5", pages="12–40", source=None)),
    # an imprint of commas, the publisher abbreviated; an edition before it
    ("Юсупов Р. Р. Хлопок и люди. Ташкент, Гос. изд-во УзССР, 1958. 120 с.",
     dict(title="Хлопок и люди", place="Ташкент", publisher="Гос. изд-во УзССР", year=1958, pages="120")),
    ("Юсупов Р. Р. Хлопок и люди. М., Гос. изд-во с.-х. лит., 1952. 88 с.",
     dict(title="Хлопок и люди", place="М.", publisher="Гос. изд-во с.-х. лит", year=1952, pages="88")),
    ("Юсупов Р. Р. Хлопок и люди. Изд. 3-е, перераб. М.—Л., Госиздат, 1930. 240 с.",
     dict(title="Хлопок и люди", place="М.–Л.", publisher="Госиздат", year=1930, pages="240")),
    # the number of volumes
    ("История края. В 5-ти т. Т. 1. Алма-Ата, Наука, 1977. 480 с.",
     dict(title="История края", subtitle="В 5-ти т", volume="1", place="Алма-Ата", publisher="Наука", year=1977)),
    ("Сочинения. В 3-х т. Т. 2. – М. : Худож. лит., 1985. – 400 с.",
     dict(title="Сочинения", subtitle="В 3-х т", volume="2", place="М.", year=1985, pages="400")),
    # left alone
    ("Brown P. Inertial navigation. Cambridge University Press, 1992.",
     dict(place=None, publisher="Cambridge University Press", year=1992)),
    ("Титов В. К. Фонды / В. К. Титов, А. К. – М. : Наука, 1990. – 200 с.",
     dict(place="М.", publisher="Наука", year=1990)),
    ("Титов В. К. Фонды. – С.-Петербург : Наука, 1900. – 200 с.",
     dict(title="Фонды", place="С.-Петербург", publisher="Наука", year=1900)),
]


@pytest.mark.parametrize("raw,gold", SHAPES)
def test_soviet_forms(raw, gold):
    p = parse_citation(raw)
    assert {f: p[f] for f in gold} == gold
