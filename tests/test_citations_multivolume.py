"""GOST 7.1 / 7.0.5 shapes read since the biblatex-gost development half
showed them: a volume of a work in several volumes followed by the volume's
own title, an edition area that starts with "Изд.", two publishers of one
place, a body after " / " in a container, a surname's particle after the
initials.  The entries are written for the
tests (names and titles invented); none is an item of a labelled set."""

import pytest

from esep.plugins.citations.parser import parse_citation

CASES = [
    # a volume of a work in several volumes, then the volume's title
    ("Сергеев П. Р. Собрание трудов. В 4 т. Т. 2. Очерки по истории края. — М.: Наука, 1981. — 400 с.",
     {"authors": ["Сергеев, П. Р."], "title": "Собрание трудов", "volume": "2", "place": "М.",
      "publisher": "Наука", "year": 1981, "pages": "400"}),
    ("Қалиев Б. Шығармалар жинағы. Т. 3. Әңгімелер. – Алматы: Жазушы, 2004. – 320 б.",
     {"title": "Шығармалар жинағы", "volume": "3", "place": "Алматы", "publisher": "Жазушы", "pages": "320",
      "language": "kk"}),
    # the first volume when the volume has volumes of its own
    ("Орлов Д. Избранное. В 5 т. Т. 4. Статьи и письма. В 2 кн. Кн. 1: Статьи. — СПб.: Речь, 1999. — 310 с.",
     {"volume": "4", "place": "СПб.", "publisher": "Речь", "year": 1999}),
    # a part in Roman numerals stays a Latin numeral
    ("Лосев Г. Философские тетради. Ч. II / сост. А. Б. Вершинина. — М.: Мысль, 1990. — 250 с.",
     {"title": "Философские тетради", "volume": "II", "responsibility": "сост. А. Б. Вершинина",
      "publisher": "Мысль"}),
    # a volume and its issue at the end of the title area; a volume followed by an issue is not a volume title
    ("Лаптев Ю. Труды экспедиции. Т. 3. Вып. 2. – М.: Наука, 2000. – 100 с.",
     {"title": "Труды экспедиции", "volume": "3", "issue": "2", "publisher": "Наука"}),
    ("Лаптев Ю. Труды экспедиции. Т. 3, вып. 2 : Очерки. – М.: Наука, 2000. – 100 с.",
     {"title": "Труды экспедиции", "subtitle": "Очерки", "volume": "3", "issue": "2"}),
    # "Т. 1" at the end of the title area is read as before
    ("Петров А. А. Сочинения. Т. 1. — М.: Наука, 1990. — 300 с.", {"title": "Сочинения", "volume": "1"}),
    # an edition area written "Изд. 2-е" is neither a journal nor a container
    ("Ветров А. Основы логики / пер. с нем. И. Лаптева. — Изд. 2-е, стереотипное. — М.: Книжный дом, 2008. — 128 с.",
     {"title": "Основы логики", "source": None, "place": "М.", "publisher": "Книжный дом", "year": 2008,
      "pages": "128"}),
    ("Ветров А. Основы логики. — Издание 3-е, испр. — Казань: Идел, 2011. — 140 с.",
     {"title": "Основы логики", "source": None, "place": "Казань", "publisher": "Идел", "year": 2011}),
    # two publishers of one place; two places each with its publisher keep the first
    ("Лосев Г. Беседы о языке. — М.: Знание; Логос, 2003. — 160 с.",
     {"place": "М.", "publisher": "Знание ; Логос", "year": 2003, "pages": "160"}),
    ("Лосев Г. Беседы о языке. — М.: Знание; СПб.: Питер, 2003. — 160 с.",
     {"place": "М.", "publisher": "Знание", "year": 2003}),
    # a body after " / " in a container is its responsibility, not its title
    ("Ахметов Р. Память слова / пер. с каз. // Литературный ежегодник 2015 / Ин-т литературы. — Алматы: Ғылым, "
     "2016. — С. 40—52.",
     {"title": "Память слова", "source": "Литературный ежегодник 2015", "place": "Алматы", "year": 2016,
      "pages": "40–52"}),
    # the particle of a surname written after the initials is part of the heading, not of the title
    ("Гофман Э. ф. Мир и воля. — М.: Наука, 2010. — 440 с.",
     {"authors": ["Гофман, Э."], "title": "Мир и воля", "place": "М.", "year": 2010}),
    ("Бреве И. В. фон. Избранные письма. — М.: Искусство, 1985. — 300 с.",
     {"authors": ["Бреве, И. В."], "title": "Избранные письма", "publisher": "Искусство"}),
    # a parallel title in a container stays
    ("Иванова Е. Слово и текст // Palaeoslavica / Палеославика. — 2010. — № 2. — С. 5–9.",
     {"source": "Palaeoslavica / Палеославика", "issue": "2", "pages": "5–9"}),
]


#: the same shapes as damaged lists write them: spaces lost, hyphens for dashes, Latin look-alikes
DAMAGED = [
    ("Ветров А. Основы логики. - Изд.2-е, стереотипное. - М.: Книжный дом, 2008. - 128 с.",
     {"source": None, "publisher": "Книжный дом", "pages": "128"}),
    ("Сергеев П. Р. Собрание трудов. В 4 т. Т.2. Очерки по истории края - М.: Наука, 1981 - 400 с.",
     {"title": "Собрание трудов", "volume": "2", "publisher": "Наука", "pages": "400"}),
    ("Лосев Г. Беседы о языке. — M.: Знание;Логос, 2003. — 160 c.",
     {"place": "М.", "publisher": "Знание ; Логос", "pages": "160"}),
]


@pytest.mark.parametrize("raw, expected", CASES + DAMAGED, ids=[c[0][:40] for c in CASES + DAMAGED])
def test_multivolume_and_imprint_shapes(raw, expected):
    p = parse_citation(raw)
    assert {f: p[f] for f in expected} == expected
