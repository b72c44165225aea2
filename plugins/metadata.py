"""Report metadata: the organization, the reporting period and the language
of a report, into ``documents`` (columns ``organization``,
``organization_id``, ``period``, ``period_start``, ``period_end``,
``language``, declared by core) and ``Document.metadata``.

* **title** — the first lines of the document before its body
  (:func:`title_lines`): short lines and headings, up to the first paragraph
  of prose, a numbered section or :data:`TITLE_BLOCKS` blocks.  The title
  proper starts at the line that says what the document is (есеп, отчёт,
  ақпарат, информация ...); a title set over several lines ("ОТЧЁТ" / "о
  работе ЦБС" / "за 2019 год") is read as one.
* **period** — from the title only, with
  :func:`esep.plugins.lang.periods.parse_period`: the title proper, else the
  whole title area, else the title the file's own metadata gives (Word's core
  properties, the PDF's title) as a hint.  Within the title a part of a year
  beats a bare year; a year written alone ("Годовой отчёт 2014", "ЕСЕП" /
  "2019") counts when no period phrase does and it is the only year there; a period mentioned in the body never counts, so an annual
  report that speaks of its first half-year stays annual.  A report whose
  title names no period gets none (NULL) and a row in ``ingest_warnings``,
  listed by ``esep errors`` and ``esep metadata``.
* **organization** — a quoted name with a legal form («...» КММ, ГУ «...»,
  МБУК «...» г. Верхнеозёрска), preferring names of libraries and the title;
  else a phrase ending in "кітапхана жүйесі", "библиотечная система" or
  "ЦБС".  The organizations plugin gives it its key (``organization_id``).
* **language** — ``kk``, ``ru`` or ``both``: every block is Kazakh when a
  share of its words have Kazakh-specific letters, Russian when none do;
  the report is ``both`` when the smaller language has at least
  :data:`BOTH_SHARE` of the words of prose blocks or when its title is given
  in both languages and the text below the title has words of both, else
  the larger one.
  A label given in both languages (a title, heading or cell "Есеп / Отчёт")
  counts for neither (:func:`bilingual_label`); a line of the text given in
  both that states something (a sentence, a label with its figure) counts
  each half in its language, towards the share only.
  Bibliographic references (lines with "//") and quoted titles are not
  counted: a Kazakh report that cites Russian newspapers is Kazakh.

The document's period is the default period of its facts.
"""

from __future__ import annotations

import dataclasses
import logging
import re
from pathlib import Path
from typing import Iterable

from sqlite_utils.migrations import Migrations

from esep import hookimpl
from esep.model import Document, Record, Table
from esep.plugins.lang.alphabet import cyrillic_lookalikes
from esep.plugins.lang.detect import KAZAKH_LETTERS
from esep.plugins.lang.detect import detect_language as text_language
from esep.plugins.lang.detect import kazakh_in_russian_letters, russian_evidence, typed_without_kazakh_letters
from esep.plugins.lang.dates import month_number
from esep.plugins.lang.periods import Period, date_range_period, find_periods, make_period, parse_period, uncoded_month_spans
from esep.plugins.organizations import parse_name
from esep.storage import WARNINGS_TABLE, warning_record

log = logging.getLogger(__name__)

TITLE_BLOCKS = 12
#: A line longer than this ends the title area.
TITLE_MAX_CHARS = 300
BOTH_SHARE = 0.2
#: words of tables, each read as a whole, in the language other than the prose's that make a report
#: bilingual when they are most of its tables' words
TABLE_WORDS = 15
_KK_UPPER = KAZAKH_LETTERS.upper()
_WORD = re.compile(r"[^\W\d_]{2,}", re.U)
_TITLE_WORDS = re.compile(
    r"есеп|есебі|отч[её]т|ақпарат|информаци|анықтама|справк|қорытынд|итог|мәлімет|сведени|анализ|талдау"
    r"|\besep|\beseb|aqparat|málimet|mälimet|anyqtama|qorytynd", re.I)
# "1. Кадрлар", "I. Общие сведения", "1.1 ..." start the body
_SECTION = re.compile(r"^\s*(?:\d+(?:\.\d+)*|[IVXІ]+)[.)]\s+\S")
# a date line ("«10» января 2020 г.", "01.07.2019") is an approval stamp, not a title
_DATE_LINE = re.compile(
    rf"^\W*\d{{1,2}}\W*\s*(?:[а-я{KAZAKH_LETTERS}]+\s+)?(?:19|20)\d{{2}}" r"|\d{2}\.\d{2}\.(?:19|20)\d{2}|«\s*_*\s*»", re.I)

#: the date a figure stands at ("по состоянию на 01.01.2023", "на 01.01.2023", "01.01.2023 ж. жағдай
#: бойынша"): a title may give it beside its period
_AS_OF_DATE = re.compile(r"(?i)(?:по\s+состоянию\s+)?на\s+\d{2}\.\d{2}\.(?:19|20)\d{2}(?:\s*г\.)?"
                         r"|\d{2}\.\d{2}\.(?:19|20)\d{2}\s*(?:ж\.\s*|жылғы\s+)?(?:жағдай|күй)\w*")

_FORMS = (r"КММ|ММ|КМҚК|МКҚК|КГУ|ГУ|КГКП|ГККП|ГКП|МКП|РГКП|РМҚК|ЖШС|ТОО|ҚБ|ОО|АҚ|АО"
          r"|МБУК|МКУК|МАУК|МБУ|МКУ|МАУ|МУК|ГБУК|ГАУК|ГБУ|ГКУ|КГБУК|KMM|MM|KMQK|MKQK|JShS|JSHS")
#: a legal form written out right before a quoted name, as a header line above the title gives it ("Коммунальное
#: государственное учреждение «Средняя школа № 14»"): a form as good as its abbreviation, left out of the name
_FORM_WRITTEN_OUT = re.compile(r"(?i)(?:(?:коммунальное|государственное|муниципальное|бюджетное|казенное|казённое"
                               r"|автономное)\s+)+(?:учреждение|предприятие)(?:\s+культуры)?\s*$"
                               # in the genitive after "о работе", "о деятельности": "о работе муниципального
                               # бюджетного учреждения культуры «Культурно-досуговый центр»"
                               r"|(?:(?:коммунального|государственного|муниципального|бюджетного|казенного|казённого"
                               r"|автономного)\s+)+(?:учреждения|предприятия)(?:\s+культуры)?\s*$")
#: a Kazakh legal form written out right after a quoted name: "«... кітапхана жүйесі» коммуналдық мемлекеттік мекемесі"
_FORM_WRITTEN_OUT_KK = re.compile(r"(?i)\s*(?:коммуналдық\s+)?мемлекеттік\s+(?:мекеме|қазыналық\s+кәсіпорн)")
_PLACE_AFTER_RU = (r"\s*(?:акимата\s+|администрации\s+|мэрии\s+|(?:отдела|управления|при\s+отделе|при\s+управлении)\s+(?:[а-яё]+,?\s+){1,8}?)?(?:г\.\s*|города\s+|села\s+|с\.\s*|пос\.\s*|посёлка\s+|поселка\s+)[А-ЯЁA-Z][\w-]+"
                # the founder between the name and its district: "отдела культуры и развития языков Шалкаркольского района",
                # or the body it is attached to, after "при": "при отделе культуры и развития языков акимата …",
                # its fields listed with commas ("отдела культуры, развития языков, физической культуры и спорта …")
                r"|\s*(?:акимата\s+|администрации\s+|(?:отдела|управления|при\s+отделе|при\s+управлении)\s+(?:[а-яё]+,?\s+){1,8}?)?"
                # of a district, an oblast, a town's or a village's district: "Соль-Илецкого городского округа",
                # "Ивановского сельского поселения"
                r"[А-ЯЁ][\w-]+(?:ского|ской|цкого|цкой|ного|ной)\s+(?:(?:муниципального|городского|сельского)\s+)?"
                r"(?:района|области|округа|поселения)"
                # and the oblast above the district, as many a name goes on: "Жамбылского района Северо-Казахстанской
                # области" (two districts of one name in two oblasts), or the oblast's department the district's
                # system belongs to: "Шемонаихинского района управления культуры, развития языков и архивного дела
                # Восточно-Казахстанской области"
                r"(?:\s+(?:(?:отдела|управления|при\s+отделе|при\s+управлении)\s+(?:[а-яё]+,?\s+){1,8}?)?[А-ЯЁ][\w-]+(?:ской|цкой|ной)\s+области)?"
                # and the city a district belongs to, written after it as in the quoted form below: "ЦБС Октябрьского
                # района г. Бишкек" (two cities' districts of one name are two systems: organizations keys them apart)
                r"(?:(?<=района)\s+(?:г\.\s*|города\s+)[А-ЯЁ][\w-]+)?"
                # a district or oblast whose Kazakh name stays as it is after its level word, or a person's name
                # in the genitive: "района Алтай", "области Жетісу", "района Магжана Жумабаева"
                # or a poet's with his title after it: "района Шал акына", "района Биржан сал"
                # (or after "имени", with a title after the name, as districts of cities are named: "района имени
                # Казыбек би города Караганды", and the city after the district: "… района г. Бишкек")
                rf"|\s*(?:акимата\s+)?(?:района|области)\s+(?:имени\s+)?(?:[А-ЯЁ{_KK_UPPER}][\w-]+[ая]\s+[А-ЯЁ][\w-]+[ая]"
                rf"|[А-ЯЁ{_KK_UPPER}][\w-]+\s+(?:акына|ақын|сал|би|батыра)|[А-ЯЁ{_KK_UPPER}][\w-]+)(?![\w-])"
                r"(?:\s+(?:г\.\s*|города\s+)[А-ЯЁ][\w-]+)?"
                # a Russian municipality named in quotes after "муниципального образования" (МО), with its region:
                # "муниципального образования «Харабалинский район» Астраханской области", "МО «Город Ахтубинск»"
                r"|\s*(?:муниципального\s+образования|МО)\s+«(?:[А-ЯЁ][\w-]+\s+(?:муниципальный\s+)?(?:район|округ)"
                r"|[Гг]ород\s+[А-ЯЁ][\w-]+|[А-ЯЁ][\w-]+\s+(?:сельсовет|поссовет))»"
                r"(?:\s+[А-ЯЁ][\w-]+(?:ской|цкой|ной|ого)\s+(?:области|края))?")
_PLACE_AFTER = rf"(?:{_PLACE_AFTER_RU})?"
#: a Kazakh place after a quoted name and its form: "«Орталықтандырылған кітапхана жүйесі» КММ Жаңаарқа ауданы"
#: (not a place that goes on to name what is its own, the next line of a title: "… КММ / Жамбыл ауданы ОКЖ-ның
#: есебі")
_PLACE_AFTER_KK = rf"\s*[А-ЯЁ{_KK_UPPER}][\w-]+\s+(?:ауданы|қаласы|облысы)(?![\w])(?!\s*[^\W\d_])"
#: a founder written after a quoted name: "… отдела культуры …", "… управления культуры акимата … области"
_FOUNDER_AFTER = re.compile(r"(?i)(?:акимата|администрации|мэрии|отдела|управления|при\s+отделе|при\s+управлении)\s")
#: a bare town or village after a quoted name, with no founder before it: "… » г. Жанатас", "… » с. Узынагаш"
_SEAT_TOWN = re.compile(r"\s*(?:г\.|города|с\.|села|пос\.|пос[её]лка)\s*[А-ЯЁA-Z]")
_ORG_QUOTED = re.compile(r"(?:(?<![\w])(" + _FORMS + r")\s+)?[«\"“„]([^»\"”“]{3,200})[»\"”“]\s*(?:(" + _FORMS
                         + rf")(?![а-я{KAZAKH_LETTERS}]))?((?:{_PLACE_AFTER_RU}|{_PLACE_AFTER_KK})?)", re.U)
_LIBRARY = re.compile(r"кітапхан|библиотек|библиотеч|ЦБС|ОКЖ|ОҚК|kitaphana|kitapxana|\bOKJ\b|\bOQK\b", re.I)
_ORG_PHRASE = re.compile(
    rf"((?:[А-Я{_KK_UPPER}A-Z][\w-]*\s+){{0,3}}(?:[\w-]+\s+){{0,2}}"
    r"(?:орталықтандырылған\s+кітапхана\s+жүйесі|кітапхана\s+жүйесі|централизованн\w*\s+библиотечн\w*\s+систем\w*|(?<!\w)М?ЦБС|(?<!\w)ОКЖ"
    r"|облыстық\s+әмбебап\s+ғылыми\s+кітапханасы|областн\w+\s+универсальн\w+\s+научн\w+\s+библиотек\w*"
    r"|kitaphana\s+j[uú]\w*))",
    re.U)


#: a year standing alone: not part of a date, a number, a range or a word
_WORD_DASH_YEAR = re.compile(r"(?<=[^\W\d_])[-–—](?=(?:19|20)\d{2}(?!\d))")
_LONE_YEAR = re.compile(r"(?<![\w.,/№-])((?:19|20)\d{2})(?![\w.,/%-]|\s*[-–—]\s*\d)")


# an organization named without quotes: a library system or a library with
# the words that qualify it ("Центральной районной библиотеки им. А.С.
# Пушкина", "Абай атындағы облыстық ғылыми-әмбебап кітапханасы", "ЦБС г.
# Рудного"); the words before it are taken back to the first one that is
# not part of a name (a preposition, "отчёт", "работе", "жылғы" ...)
# (the system's word typed without Kazakh letters too, "кітапхана жуйесинин": docs/language.md)
_SYSTEM_WORDS = (r"(?:орталықтандырылған\s+)?кітапхана(?:лар)?\s+ж[үу]йе\w*|централизованн\w*\s+библиотечн\w*\s+систем\w*"
                 r"|(?<![\w])(?:М?ЦБС|ОКЖ|ОҚЖ|OKJ|OQJ)(?![\w])"
                 # a central city, district or children's library, an oblast universal scientific library, abbreviated
                 r"|(?<![\w])(?:ЦГБ|ЦРБ|ЦДБ|ЦГДБ)(?![\w])"
                 # a region's library abbreviated, with its region's letters or without: ОУНБ, ПОУНБ, ВКОУНБ, СКОУНБ,
                 # ЗКОУНБ, ОДБ (children's), ОЮБ (youth)
                 r"|(?<![\w])(?:ВК|СК|ЗК|[А-ЯЁ])?(?:ОУНБ|ОДБ|ОЮБ)(?![\w])"
                 # an information and library centre (ИБЦ), as district systems are called in Uzbekistan and in
                 # some Russian and Kazakh towns
                 r"|информационно-библиотечн\w*\s+центр\w*|ақпараттық-кітапханалық\s+орталы\w*"
                 # and an information and resource centre (ИРЦ), as the libraries of Uzbekistan's universities are
                 r"|информационно-ресурсн\w*\s+центр\w*"
                 r"|(?:ortalyqtandyryl[ǵğg]an\s+)?kitaphana(?:lar)?\s+j[uúü]\w*")
_LIBRARY_WORD = r"(?:кітапхана\w*|библиотек\w*|kitaphana\w*)"
_QUALIFIER = re.compile(
    r"(?:национальн|республиканск|ұлттық|республикалық|облыст|аудандық|аудандардың|қалалық|орталық|ауылдық|кенттік|балалар|әмбебап|ғылыми|жасөспірім|"
    r"областн|районн|городск|центральн|сельск|детск|юношеск|межпоселенческ|поселенческ|универсальн|научн|"
    r"модельн|oblys|audandyq|qalalyq|ortalyq|aýyldyq|auyldyq|balalar|ámbebap|ǵylym|gylym)", re.I)
# "им. А.С. Пушкина", "имени Пушкина", "имени Алишера Навои" (a first name written out before the surname)
# (a Kazakh name's initial and surname may begin with a Kazakh letter: "им. Ә. Марғұлана", "им. Ш. Уәлиханова")
_NAMED_FOR = re.compile(rf"\s+им(?:ени|\.)\s*(?:(?:[А-ЯЁ{_KK_UPPER}]\.\s*){{1,3}}[А-ЯЁ{_KK_UPPER}][\w-]+|[А-ЯЁ][\w-]+"
                        r"(?:\s+(?!\w+(?:ого|его|ой|ей|ая|ий|ый)(?!\w))(?!Отч|Информ|Анализ|Справк|Итог|Сведени)"
                        r"[А-ЯЁ][а-яё][\w-]*)?)")
_NAMED_AFTER = rf"(?:{_NAMED_FOR.pattern})?"
# a library's number: "Детская библиотека № 3", "Библиотека-филиал № 12", "библиотека – филиал № 5"; a number
# before a Kazakh library's words is that library's, not the name's before it ("…кітапхана жүйесі / № 5 ауылдық
# кітапхана")
_NUMBERED = (r"(?P<number>\s*(?:[-–—]\s*филиал\w*\s*)?№\s*\d{1,3}(?!\d)"
             r"(?!\s*(?:[^\W\d_]+\s+){0,2}(?:кітапхана|kitaphana)))?")
# a branch library: "библиотеки-филиала", "кітапхана-филиалының"; a village's library and club in one house:
# "библиотека-клуб", "библиотеки-клуба"
_BRANCH_WORD = r"(?:\s*[-–—]\s*(?:филиал|клуб)\w*(?!\w)(?!\s*№))?"
# the state a national library is of: "Национальной библиотеки Кыргызской Республики имени Чингиза Айтматова"
_OF_STATE = r"(?:\s+[А-ЯЁ][\w-]+\s+Республики|\s+Республики\s+[А-ЯЁ][\w-]+)?"
# the institution a library is of: "научной библиотеки Костанайского регионального университета имени А.
# Байтурсынова", "библиотеки Карагандинского медицинского колледжа", a hospital's, a plant's, a school's
# ("библиотеки областной клинической больницы", "библиотеки средней школы № 5")
_OF_INSTITUTION = (r"(?P<institution>\s+(?:[А-ЯЁа-яё-]+(?:ого|его|ой|ей)\s+){0,3}(?:университета|института"
                   r"|академии(?:\s+наук)?|колледжа|училища|лицея|гимназии|техникума|школы|больницы|госпиталя"
                   r"|поликлиники|завода|комбината|фабрики)(?![\w-])(?:\s*№\s*\d{1,3}(?!\d))?"
                   # or the academy of sciences abbreviated: "Центральной научной библиотеки НАН КР", "ЦНБ АН РУз"
                   r"|\s+(?-i:(?:НАН|АН)\s+(?:КР|РК|РУз|РТ|РБ|РФ|Кыргызской\s+Республики)(?![\w-]))"
                   # or quoted with its legal form, a body that is neither a library nor a founder of libraries
                   # (a quoted school is its library's founder, below):
                   # "научно-медицинской библиотеки ГБУЗ «Областная клиническая больница»"
                   r"|\s+(?-i:[А-ЯЁA-Z]{2,6}\s+)?[«\"“„](?![^»\"”“]*(?:кітапхан|библиот|ЦБС|ОКЖ|отдел|управлени"
                   r"|департамент|министерств|акимат|администраци|бөлім|басқарма|әкімдіг|мектеп|школ|гимнази|лицей))[^»\"”“]{3,150}[»\"”“])?")
# the readers a library is for, a part of its name: "Республиканская библиотека для детей и юношества им. К.
# Баялинова", "Центральная городская библиотека для детей", "библиотека для незрячих и слабовидящих граждан"
_FOR_READERS = (r"(?:\s+для\s+(?:детей|юношества|молод[её]жи|слепых|незрячих)"
                r"(?:\s+и\s+(?:юношества|молод[её]жи|слабовидящих)(?:\s+граждан)?)?)?")
_ANCHOR = re.compile(r"(?:" + _SYSTEM_WORDS + r"|" + _LIBRARY_WORD + _BRANCH_WORD + r")" + _NUMBERED + _FOR_READERS
                     + _OF_STATE
                     + _OF_INSTITUTION + _NAMED_AFTER + _PLACE_AFTER, re.I | re.U)
#: a word of a library system's name ("ОКЖ-ның", "жүйесінің", "ЦБС"): a library's name going back stops at it
#: (or a legal form's: "«...» КММ-нің Самар ауылдық кітапхана-филиалы")
_SYSTEM_WORD = re.compile(r"^(?:М?ЦБС|ОКЖ|ОҚЖ|OKJ|OQJ|" + _FORMS + r")(?![^\W\d_])|(?i:^ж[үу]йе|^систем|^j[uúü]ıe)")
#: a figure with the case ending of a count ("оның 16-сы ауылдық кітапхана", "из них 3-и сельские"), one word: no
#: word of a name, and the libraries after it are a part of the network it counts (an ordinal, "5-ші ауылдық
#: кітапхана", "3-я библиотека", names one library by its number and is left to the words after it)
_COUNTED_FIGURE = re.compile(r"\d+-(?!(?:і?нші|ы?ншы|ші|шы|й|я|е|го|му|м)(?![^\W\d_]))[^\W\d_]+")
_NAME_WORD = re.compile(_COUNTED_FIGURE.pattern + r"|[^\W\d_][\w.-]*|[А-ЯЁA-Z]\.", re.U)
_NOT_NAME = re.compile(
    r"^(?:о|об|за|по|на|в|и|для|туралы|бойынша|жылғы|жылдың|jylǵy|jyldyń|týraly|turaly|работе|работы|работа|"
    r"деятельности|жұмысы|жұмыс|қызметі|қызметінің|jumysy|отч[её]т\w*|есеп\w*|информаци\w*|ақпарат\w*|"
    r"сведени\w*|итог\w*|анализ\w*|талдау|esep\w*|\d.*"
    # an addressee line read with the title: "Начальнику управления культуры", "Мәдениет бөліміне"
    # a part of the year written in words: "бірінші жартыжылдығындағы", "9 айындағы"
    r"|\w*(?:жылдығындағы|тоқсанындағы|айындағы|кезеңіндегі)|бірінші|екінші|үшінші|төртінші"
    # a part of the year on the line before the name: "2022 жылдың бірінші тоқсаны", "за I квартал"
    r"|тоқсан\w*|жартыжылды\w*|квартал\w*|полугоди\w*|месяц\w*"
    # the year's word ending the period line above the name: "за 6 месяцев 2023 года"
    r"|год|года|году|годы|жыл|жылы|жылда"
    # a post in a signature: "Заведующая Новопокровской сельской библиотекой", "Кітапхана меңгерушісі"
    r"|заведующ\w*|зав\.?|меңгеруш\w*|библиотекар\w*|кітапханаш\w*|методист\w*|исполнител\w*|орындаған"
    r"|подготовил\w*|составил\w*|дайындаған"
    r"|начальник\w*|директор\w*|руководител\w*|управлени\w*|отдел\w*|культур\w*|бөлім\w*|басқарма\w*|"
    r"басшы\w*|мәдениет\w*|b[öo]lim\w*|bas[şs]h?y\w*|basqarma\w*|m[äa]deniet\w*)$", re.I)


#: the word of a place's level after its name: "Жамбыл облысы", "Байзақ ауданы", "Бурабайского района"
_LEVEL_WORD = re.compile(r"(?i)^(?:облысы|ауданы|қаласы|ауылы|oblysy|audany|qalasy|aýyly|области|района|города)$")


#: a number before the words of a name: "№ 14 " before "жалпы білім беретін мектеп кітапханасы"
_NUMBER_BEFORE = re.compile(r"№\s*\d{1,3}\s+$")


#: the places a school's number follows, each with its level: "Шымкент қаласы ", "Ақмола облысы Бурабай ауданы "
_SCHOOL_PLACE = re.compile(rf"(?<![\w-])(?:[А-ЯЁ{_KK_UPPER}][\w-]+\s+(?:облысы|ауданы|қаласы|ауылы)\s+)+$")


#: an institution after a library word that says which one: a proper name, a number or quotes ("библиотеки
#: Степной областной больницы", "средней школы № 7", "ГБУЗ «…»"); "библиотеки школы" names none
_NAMES_ONE = re.compile(r"[А-ЯЁA-Z«\"“„\d]")


def _org_phrase(text: str) -> str | None:
    """The first organization ``text`` names without quotes, as written."""
    return next((name for _, _, name in _org_phrases(text)), None)


def _org_phrases(text: str) -> Iterable[tuple[int, int, str]]:
    """(start, end, name as written) of each organization ``text`` names
    without quotes, in order."""
    for m in _ANCHOR.finditer(text):
        system = not re.match(_LIBRARY_WORD, m.group(0), re.I)
        words = _NAME_WORD.findall(text[:m.start()])
        kept: list[str] = []
        for w in reversed(words[-5:]):
            if _NOT_NAME.match(w) or (not system and _SYSTEM_WORD.match(w)) or (w.endswith(".") and len(w) > 4) \
                    or _LIBRARIES_WORD.fullmatch(w):  # "сельских библиотек Кеминской … системы": a group before it
                # (nor across the end of a sentence: "2022 жылғы есеп. Абай атындағы кітапхана")
                break  # a library's name going back ends at its system's: "ОКЖ-ның Самар ауылдық кітапханасы"
            kept.append(w)
        kept.reverse()
        if len(kept) < 5 and len(words) > len(kept) and _COUNTED_FIGURE.fullmatch(words[-len(kept) - 1]):
            continue  # "оның 16-сы ауылдық кітапхана": the libraries a figure counts, a part of the network
        if len(kept) == 5 and kept[0].lower().startswith(("атында", "atynda")):
            # "Қ. Сәтбаев атындағы Жетісу облыстық әмбебап ғылыми кітапханасы": the person a long name is
            # named after, initials and surname, stands before the words counted
            for w in reversed(words[:-5][-4:]):
                if not (w[:1].isupper() and not _NOT_NAME.match(w)):
                    break
                kept.insert(0, w)
        if len(kept) == 5 and _LEVEL_WORD.match(kept[0]):
            # "Жамбыл облысы Байзақ ауданы Көктал ауылдық кітапханасы": a place's level stands first of the
            # words counted, and the place's own name before it, as many levels up as are written
            rest = words[:-5]
            while rest and kept and _LEVEL_WORD.match(kept[0]) and rest[-1][:1].isupper() \
                    and not _NOT_NAME.match(rest[-1]) and not _SYSTEM_WORD.match(rest[-1]):
                kept.insert(0, rest.pop())
                if rest and _LEVEL_WORD.match(rest[-1]):
                    kept.insert(0, rest.pop())
        # a year between the words ends the name at it: "за 2 полугодие 2016 г. МБУК ЦБС", "на 2015 г.
        # Центральная районная библиотека" (the year's "г." is no city's)
        while kept and (re.search(r"\d", text[text.rfind(kept[0], 0, m.start()):m.start()])
                        or re.fullmatch(r"(?:г|гг|ж|жж)\.?", kept[0])):
            kept.pop(0)
        # "№ 14 жалпы білім беретін мектеп кітапханасы": the library of a school its number names is one library
        # ("мектебінің кітапханасы": the school's possessive, п voiced to б); its place before the number is the
        # name's too: "Шымкент қаласы № 45 жалпы білім беретін мектебінің кітапханасы"
        school = _NUMBER_BEFORE.search(text, 0, text.rfind(kept[0], 0, m.start())) \
            if kept and any(w.lower().startswith(("мектеп", "мектеб")) for w in kept) else None
        school_place = _SCHOOL_PLACE.search(text, 0, school.start()) if school else None
        if school is None and not system and kept and re.match(r"(?i)кітапхана|kitaphana", m.group(0)):
            # "№ 5 ауылдық кітапхана", "№ 3 кітапхана-филиалы": in Kazakh a library's number stands before its
            # words, and is its name's
            school = _NUMBER_BEFORE.search(text, 0, text.rfind(kept[0], 0, m.start()))
        # (a library with its branch's or club's word, its place's adjective before it, is one library: "Заречская
        # библиотека-клуб", "Пересыпкинская библиотека-филиал")
        compound = bool(kept) and kept[-1][:1].isupper() and bool(_ONE_COMPOUND.search(m.group(0)))
        if not system and not m.group("number") and not any(_QUALIFIER.match(w) for w in kept) and not school \
                and not compound and not _NAMES_ONE.search(m.group("institution") or "") \
                and not _NAMED_FOR.search(m.group(0)) and not any(w.lower() == "атындағы" for w in kept):
            # "библиотек района": libraries, not one library (a numbered library is one, and one named after
            # someone: "Библиотека им. М. Горького", "Абай атындағы кітапхана")
            continue
        start = m.start()
        if kept:
            start = (school_place or school).start() if school else text.rfind(kept[0], 0, m.start())
        colon = max(text.rfind(":", start, m.start()), text.rfind(";", start, m.start()))
        if colon >= 0:
            # "сеть района составляют 24 библиотеки: центральная районная библиотека, …": the name begins after
            # the colon that opens a list, never before it
            start = colon + 1 + len(text[colon + 1:m.start()]) - len(text[colon + 1:m.start()].lstrip())
        close = max(text.rfind("»", start, m.start()), text.rfind("”", start, m.start()))
        if close >= 0:
            # "КГУ «Аппарат акима … сельского округа» Сельская библиотека села …": the end of a quoted name (the
            # founder's, on the line above) ends the words of the next name too
            start = close + 1 + len(text[close + 1:m.start()]) - len(text[close + 1:m.start()].lstrip())
        name = " ".join(text[start:m.end()].split()).rstrip(".,;:")
        if not system and not m.group("number") and _LIBRARIES.search(name) and not _NAMED_FOR.search(m.group(0)):
            # "о работе сельских библиотек Кеминской … системы": a group of libraries is no organization; the
            # system they belong to, named after them, is
            continue
        yield start, m.end(), _POSSESSIVE_CASE.sub("", name)


#: a library's compound word of one branch or one club: "библиотека-клуб", "библиотеки-филиала"
_ONE_COMPOUND = re.compile(r"(?i)[-–—]\s*(?:филиал|клуб)(?:а|у|ом|е)?$")
# "кітапханасының", "жүйесінің", "kitaphanasynyń": the name itself ends in the possessive
_POSSESSIVE_CASE = re.compile(r"(?<=[сs][ыіy])(?:ның|нің|на|не|нда|нде|нан|нен|nyń|nyn|na|nda)$"
                              r"|(?<=кітапхана)(?:ның|да|дан)$"  # and a library's own case: "кітапхананың"
                              r"|(?<=филиал[ыі])(?:ның|нің|нда|нде|нан|нен)$")  # "кітапхана-филиалының"


# "Степногорск қаласы әкімдігінің «Орталықтандырылған кітапхана жүйесі» КММ": the akimat
# of a place before the quotes names the place of a name that gives none itself
_PLACE_BEFORE = re.compile(
    rf"([А-ЯЁ{_KK_UPPER}][\w-]+\s+(?:қаласы|ауданы|облысы)\s+әкімдіг\w*(?:\s+[\w-]+){{0,3}}?"
    # through the akimat's department: "әкімдігінің мәдениет және тілдерді дамыту бөлімінің «...» КММ"
    r"(?:\s+(?:[\w-]+\s+){1,5}?бөлім\w*)?"
    # or the place itself in the genitive: "Атырау облысы Индер ауданының «Орталықтандырылған кітапханалар
    # жүйесі» КММ"
    rf"|[А-ЯЁ{_KK_UPPER}][\w-]+\s+(?:қаласының|ауданының|кентінің|ауылының)"
    # or the district or town on the letterhead's line before the name: "Бурабай ауданы «Орталықтандырылған
    # кітапхана жүйесі» КММ"
    rf"|(?<![\w-])[А-ЯЁ{_KK_UPPER}][\w-]+\s+(?:ауданы|қаласы)"
    # or a Russian district, okrug or town in the genitive after the legal form written out, with its region:
    # "Муниципальное казённое учреждение культуры Тогучинского района Новосибирской области «Централизованная
    # библиотечная система»"
    r"|(?<![\w-])(?:[А-ЯЁ][\w-]+(?:ого|его)\s+(?:(?:муниципального|городского)\s+)?(?:района|округа)|города\s+[А-ЯЁ][\w-]+)"
    r"(?:\s+[А-ЯЁ][\w-]+(?:ой|ого)\s+(?:области|края))?)\s*$")


# "«Затобол кентінің модельдік кітапханасы» КММ": a name that opens with its own settlement, village or
# town in the genitive names its place; the district's akimat before it is its founder
_OWN_PLACE = re.compile(rf"«[А-ЯЁ{_KK_UPPER}][\w-]+\s+(?:кент|ауыл|село|қала)\w*(?:ның|нің|дың|дің|тың|тің)\s")


# "Ақмола облысы мәдениет басқармасының «Облыстық балалар мен жасөспірімдер кітапханасы» КММ", "Жуалы ауданы
# мәдениет және тілдерді дамыту бөлімінің «Орталықтандырылған кітапхана жүйесі» КММ": the place's department of
# culture, its founder, with no akimat written, names the place of a name that gives neither a place nor a person
# (another department, of education, founds schools: their names stay as written)
_DEPARTMENT_PLACE_BEFORE = re.compile(
    rf"([А-ЯЁ{_KK_UPPER}][\w-]+\s+(?:қаласы|ауданы|облысы)\s+(?=мәдениет)(?:[a-zа-яё{KAZAKH_LETTERS}][\w-]*,?\s+){{1,6}}?"
    r"(?:бөлім|басқарма)\w*)\s*$")


def _with_place_before(text: str, start: int, value: str) -> str:
    """``value`` (a quoted name found at ``start`` of ``text``) with the
    akimat of a place written right before it, when the name names no place."""
    m = _PLACE_BEFORE.search(text[:start])
    if m is None and parse_name(value).named is None:
        m = _DEPARTMENT_PLACE_BEFORE.search(text[:start])
    if m is None or parse_name(value).place is not None or _OWN_PLACE.match(value):
        return value
    return f"{' '.join(m.group(1).split())} {value}"


#: a figure of the body: a number written in groups of thousands ("120 500"), which no title holds
_GROUPED_FIGURE = re.compile(r"(?<![\d.,])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,.]\d)")


#: an approval or signature block above a title: its heading ("УТВЕРЖДАЮ", "БЕКІТЕМІН"), the blank to sign
#: on ("_____ Г.С. Тулегенова") or the signing date in quotes ("«20» января 2023 г."), which a PDF may set
#: on one line with the signer's post and name
_SIGNATURE = re.compile(rf"_{{3,}}|«\s*\d{{1,2}}\s*»\s*[а-яё{KAZAKH_LETTERS}]+\s+(?:19|20)\d{{2}}\s*(?:г|ж|жыл\w*)?\.?\s*$"
                        r"|^\W*(?:УТВЕРЖДАЮ|УТВЕРЖДЕН[АО]?|СОГЛАСОВАНО|БЕКІТЕМІН|БЕКІТІЛДІ|КЕЛІСІЛДІ)\b", re.I)


#: a form's field of the period reported, in one language or both: "Отчетный период:", "Кезең / Период:"
_PERIOD_FIELD = re.compile(r"(?i)^\W*(?:(?:есепті\s+)?кезең|(?:отч[её]тный\s+)?период)\s*(?:/\s*(?:(?:есепті\s+)?кезең"
                           r"|(?:отч[её]тный\s+)?период)\s*)?:")


def _is_body(text: str) -> bool:
    """A paragraph of prose: a sentence of a dozen words or more, or a
    sentence stating a figure in thousands ("Кітап қоры ... 120 500 дана.");
    an approval or signature block is none, and neither is a form's field
    of the period ("Кезең / Период: 2023 жылдың І жартыжылдығы / 1 полугодие
    2023 г.", ending in the year's abbreviation)."""
    if not re.search(r"[.!?;]\s*$", text) or _SIGNATURE.search(text) or _PERIOD_FIELD.match(text):
        return False
    if _GROUPED_FIGURE.search(text):  # whatever words it holds ("... есептен шығарылды.")
        return True
    if len(text.split()) >= 12 and sum(len(x.split()) >= 5 for x in _SENTENCE_BREAK.split(text)) >= 2:
        # two sentences of prose, whatever words they hold ("… ЦБС объединяет … . Отчет подготовлен для
        # городского кенеша …"): no title says two
        return True
    if _PART_FIGURE.search(text):  # "Жүйеде 27 кітапхана бар, оның ішінде 24 ауылдық кітапхана.": no title says so
        return True
    return len(text.split()) >= 12 and not _TITLE_WORDS.search(text)


#: the break between two sentences: a stop after a word (no initial, no "г.", "им."), then a capital letter
_SENTENCE_BREAK = re.compile(rf"(?<=[а-яёa-z{KAZAKH_LETTERS}]{{4}}[.!?])\s+(?=[А-ЯЁA-Z{_KK_UPPER}])")
#: a figure of a part after the words for "of which": a sentence of the body, however short
_PART_FIGURE = re.compile(r"(?i)(?<![^\W\d_])(?:оның\s+ішінде|в\s+том\s+числе|из\s+них)\s+\d")


_BARE_FIGURE = re.compile(r"[\d\s.,%+–-]+")


def letterhead_tables(document: Document) -> dict[int, list[str]]:
    """The letterhead of a scanned page set in two or three columns side by
    side (the name in Kazakh and in Russian, each with its address), which
    OCR reads as text aligned in columns and the loader as a table: a table
    of an OCR'd document on its first page, before any paragraph of prose,
    with no cell a bare figure and a library's name in it.  Its columns, each
    one line, by the ``position`` of the table (the block it follows)."""
    if document.metadata.get("ocr") not in ("tesseract", "text_layer"):
        return {}
    body = next((b.index for b in document.blocks[:TITLE_BLOCKS] if _is_body(" ".join(b.text.split()))),
                len(document.blocks))
    out: dict[int, list[str]] = {}
    for t in document.tables:
        cols = sorted({c.col for c in t.cells})
        texts = [" ".join(c.text.split()) for c in t.cells]
        if t.position >= body or t.provenance.page not in (None, 1) or not 2 <= len(cols) <= 3 \
                or any(_BARE_FIGURE.fullmatch(x) for x in texts if x) or not _LIBRARY.search(" ".join(texts)):
            continue
        lines = [" ".join(" ".join(c.text.split()) for c in sorted(t.cells, key=lambda c: c.row) if c.col == col)
                 for col in cols]
        out.setdefault(t.position, []).extend(x for x in lines if x and len(x) <= TITLE_MAX_CHARS)
    return out


def title_lines(document: Document) -> list[str]:
    """The lines before the body: short lines and headings from the start,
    up to the first paragraph of prose, numbered section or long line; a
    scanned letterhead read as a table (:func:`letterhead_tables`) in its
    place, a column a line."""
    heads = letterhead_tables(document)
    lines: list[str] = list(heads.get(-1, ()))
    for b in document.blocks[:TITLE_BLOCKS]:
        # "кiтапхана жүйесi" typed with a Latin i; "Усть- Каменогорска", a place a PDF broke at its hyphen
        t = _BROKEN_AT_HYPHEN.sub(r"\1", cyrillic_lookalikes(" ".join(b.text.split())))
        if len(t) > TITLE_MAX_CHARS or _SECTION.match(t) or (lines and _is_body(t)):
            break
        if t:
            lines.append(t)
        lines.extend(heads.get(b.index, ()))
    return lines


def title_candidates(document: Document) -> list[tuple[str, list[str]]]:
    """(source, lines) to read the period from, best first: the title proper
    (from the line that says what the document is), the whole title area,
    the file's own title."""
    # a line with a date is a signature's or an address's, unless its dates are the period's range
    # (a balance date, "по состоянию на 01.01.2023", "01.01.2023 ж. жағдай бойынша", is no signature's)
    lines = [t for t in title_lines(document)
             if not _DATE_LINE.search(_AS_OF_DATE.sub(" ", t)) or date_range_period(t)]
    out: list[tuple[str, list[str]]] = []
    first = next((i for i, t in enumerate(lines) if _TITLE_WORDS.search(t)), None)
    if first is not None:
        out.append(("title", lines[first:]))
    if lines:
        out.append(("title area", lines))
    meta_title = document.metadata.get("title")
    if isinstance(meta_title, str) and meta_title.strip():
        out.append(("file title", [meta_title]))
    return out


#: a count of months other than a quarter's, a half-year's, nine or twelve: "10 месяцев", "11 айы", "8 айда"
_ODD_MONTHS = re.compile(r"(?i)(?<![\w.,])(?:[1245780]|1[01])\s*(?:-?\s*(?:ти|ми|и|х))?\s*(?:месяц\w*|ай[^\W\d_]{0,6})"
                         r"(?![^\W\d_])")


#: a span of years ("за 2021–2023 годы", "2022-2023 жылдардағы") or a school year ("2023–2024 учебный год",
#: "2022/2023 оқу жылы"): no period code says it
_YEAR_SPAN = re.compile(r"(?<![\d.])((?:19|20)\d{2})\s*[-–—/]\s*((?:19|20)\d{2})(?![\d.])")
#: a word standing right before a year ("за январь 2024 года", "в декабре 2023 г.") or after it and its
#: year word ("2024 жылғы қаңтар айындағы"): a month there makes the period one month
_WORD_YEAR = re.compile(r"([^\W\d_]{3,})\s+((?:19|20)\d{2})(?!\d)")
_YEAR_WORD_AFTER = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*(?:ж\.|жылғы|жылдың|г\.|года)?\s+([^\W\d_]{3,})")


def uncoded_period(text: str, year: int | None = None) -> str | None:
    """The phrase of ``text`` naming a period no code says, as written: one
    month ("за январь 2024 года", "2024 жылғы қаңтар айындағы"), a span of
    years ("за 2021–2023 годы") or a school year ("2022/2023 учебный год");
    of ``year`` when given.  A run of months ("январь–сентябрь"), a date
    ("1 января 2024 г.") and a range of dates are no such phrase."""
    for m in _YEAR_SPAN.finditer(text):
        first, last = int(m.group(1)), int(m.group(2))
        if first < last <= first + 10 and (year is None or first <= year <= last):
            return _phrase(text, m.start(), m.end())
    for m, word, at in ([(m, m.group(1), m.start(1)) for m in _WORD_YEAR.finditer(text)]
                        + [(m, m.group(2), m.start(2)) for m in _YEAR_WORD_AFTER.finditer(text)]):
        if month_number(word) is None or (year is not None and str(year) not in m.group(0)):
            continue
        before, after = text[:at].rstrip(), text[at + len(word):]
        # the end of a run of months or of a date ("январь–сентябрь", "30 июня"), or the start of a run
        if before[-1:] in "-–—" or re.search(r"\d\W{0,2}$", before) or re.match(r"\s*[-–—]", after):
            continue
        return _phrase(text, m.start(), m.end())
    return None


_PHRASE_BEFORE = re.compile(r"(?i)(?:^|\s)(?:за|в|на)\s+$")
_PHRASE_AFTER = re.compile(r"(?i)(?:\s*(?:гг?\.|годы|года|год|жж\.|жыл\w*|учебн\w+\s+год\w*|оқу\s+жыл\w*)"
                           r"|\s+(?:айы\w*|месяц\w*))+")


def _phrase(text: str, start: int, end: int) -> str:
    """The phrase at ``text[start:end]`` with the preposition before it and the words for a year, a school
    year or a month after it: "за 2021–2023 годы", "2024 жылғы қаңтар айындағы"."""
    if (b := _PHRASE_BEFORE.search(text[:start])) is not None:
        start = b.start() + (b.group(0)[:1].isspace())
    if (a := _PHRASE_AFTER.match(text, end)) is not None:
        end = a.end()
    return text[start:end]


_BRACKET_RE = re.compile(r"\s*\(([^()]*)\)")


def _without_month_asides(text: str) -> str:
    """The text without the brackets that only name months ("за 9 месяцев
    (январь – сентябрь) 2024 года", "І жартыжылдық (қаңтар–маусым) 2023 ж."):
    an aside between a period's words and its year, saying again which
    months the period is."""
    def aside(m: re.Match) -> str:
        words = re.findall(r"[^\W\d_]+", m.group(1))
        months = [w for w in words if month_number(w) is not None]
        rest = [w for w in words if month_number(w) is None and w.lower() not in ("с", "по", "до", "бастап", "дейін", "аралығы")]
        return " " if months and not rest and not re.search(r"\d", m.group(1)) else m.group(0)
    return _BRACKET_RE.sub(aside, text) if "(" in text else text


def period_of_lines(lines: list[str]) -> tuple[Period, str] | None:
    """The period of a title set over ``lines``: lines are read one more at
    a time until they name a period ("ОТЧЁТ" / "о работе ЦБС" / "за 2019
    год"); a bare year is made a part of that year by the next line only
    ("ЕСЕП 2019 жыл" / "1-ші жартыжылдық"), never by a part of another year
    or by a line further down."""
    raw, lines = lines, [_without_month_asides(x) for x in lines]  # (the text read is returned as written)
    for k in range(1, len(lines) + 1):
        text = " ".join(lines[:k])
        p = parse_period(text)
        if p is None:
            continue
        if len(p.code) == 4 and (_ODD_MONTHS.search(text) or uncoded_period(text, p.year) or uncoded_month_spans(text)):
            # "за 10 месяцев 2022 года", "за январь 2024 года", "за 2021–2023 годы", "за январь – октябрь 2024 г.":
            # no period code says it, and the year alone would be wrong
            return None
        # "План работы на 2024 год и отчет за 2023 год": the period reported "за", not planned "на"
        named = find_periods(text)
        if len({m.period.code for m in named}) > 1:
            reported = [m for m in named if re.match(r"(?i)за\s", m.text)
                        or re.search(r"(?i)\bза\s*$", text[:m.start])]
            if reported and all(m.period.code == reported[0].period.code for m in reported):
                return reported[0].period, " ".join(raw[:k])
        if len(p.code) == 4 and k < len(lines):
            longer = " ".join(lines[: k + 1])
            q = parse_period(longer)
            if q is None or q.year != p.year or len(q.code) == 4:
                q = next((m.period for m in find_periods(lines[k], p.year)
                          if len(m.period.code) > 4 and m.period.year == p.year), None)
            if q is not None and q.year == p.year and len(q.code) > 4:
                return q, " ".join(raw[: k + 1])
        return p, " ".join(raw[:k])
    return None


#: the date a title says its figures stand at, on the first day after a quarter, a half-year, nine months or
#: a year ("Информация о деятельности библиотек по состоянию на 01.07.2025", "01.10.2024 ж. жағдай бойынша
#: ақпарат"): such a report counts from the first of January, so the date says the part of the year that
#: ended the day before
_STATUS_DATE = re.compile(r"(?i)(?:по\s+состоянию\s+)?на\s+01\.(0[147]|10)\.((?:19|20)\d{2})(?!\d)"
                          r"|01\.(0[147]|10)\.((?:19|20)\d{2})\s*(?:ж\.\s*|жылғы\s+)?(?:жағдай|күй)")
_STATUS_PARTS = {"04": "Q1", "07": "H1", "10": "9M"}


def status_date_period(lines: list[str]) -> tuple[Period, str] | None:
    """The period a title names only by the date its figures stand at
    (:data:`_STATUS_DATE`): 01.04 the first quarter, 01.07 the first
    half-year, 01.10 nine months, 01.01 the year before; None when the
    title gives no such date, or two."""
    text = " ".join(lines)
    dates = {(m.group(1) or m.group(3), int(m.group(2) or m.group(4))) for m in _STATUS_DATE.finditer(text)}
    if len(dates) != 1:
        return None
    month, year = dates.pop()
    period = make_period(year - 1) if month == "01" else make_period(year, _STATUS_PARTS[month])
    return (period, text) if period else None


def detect_period_source(document: Document) -> tuple[Period, str, str] | None:
    """The period the title names, with where it was read (title, title
    area, file title; else the first sentence, the page header when it says
    what the document is, the file's name) and the text, or None."""
    candidates = title_candidates(document)
    for source, lines in candidates:
        found = period_of_lines(lines)
        if found:
            return found[0], source, found[1]
        if uncoded_period(" ".join(lines)):
            return None  # "за январь 2024 года", "за 2021–2023 годы": neither another source nor the year
    # "Информация о деятельности по состоянию на 01.07.2025": the title proper names the date, not the period
    for source, lines in candidates[:1]:
        found = status_date_period(lines) if source == "title" else None
        if found is not None:
            return found[0], source, found[1]
    # "Годовой отчёт 2014", "ЕСЕП / 2019": a year written alone in the title
    # proper, when it is the only year there
    for source, lines in candidates:
        if source == "title area":
            continue
        # "Годовой отчёт-2023": a year joined to a word by a hyphen stands alone as well
        text = _WORD_DASH_YEAR.sub(" ", " ".join(lines))
        if _ODD_MONTHS.search(text):
            return None  # "за 10 месяцев 2022 года": no period code says it, and the year alone would be wrong
        years = {m.group(1) for m in _LONE_YEAR.finditer(text)}
        if len(years) == 1:
            period = make_period(int(years.pop()))
            if period:
                return period, source, text
    found = opening_period(document)
    if found is not None:
        return found[0], "first sentence", found[1]
    # "Шиелі аудандық ОКЖ · 2022 жылғы жұмыс есебі" over every page: a title of its own that the body's
    # title ("ЖЫЛДЫҚ ЕСЕП") leaves to the page header
    # the page footer says it as well ("Ақсу аудандық кітапханасы – 2023 жылғы есеп" under every page)
    for key, source in (("page_header", "page header"), ("page_footer", "page footer")):
        header = document.metadata.get(key)
        if isinstance(header, str) and _TITLE_WORDS.search(header) and not uncoded_period(header):
            found = period_of_lines([cyrillic_lookalikes(" ".join(header.split()))])
            if found is not None:
                return found[0], source, found[1]
    # "Отчет ЦБС Степногорск 2022.docx", "esep_2021_1 полугодие.txt": a title that names no period leaves the
    # file's name, when it names one year (and maybe its part)
    stem = " ".join(re.sub(r"[_.]+", " ", Path(document.path or "").stem).split())
    years = {m.group(1) for m in _LONE_YEAR.finditer(stem)}
    if len(years) == 1:
        found = period_of_lines([stem])
        period = found[0] if found and str(found[0].year) in years else make_period(int(years.pop()))
        if period:
            return period, "file name", stem
    found = table_head_period(document)
    if found is not None:
        return found[0], "table head", found[1]
    return None


#: a cell of a table's head that is a year alone: "2024", "2023 г.", "2022 ж.", "2024 год", "2023 жыл"
_HEAD_YEAR = re.compile(r"(?i)^\s*((?:19|20)\d{2})\s*(?:гг?\.?|год|ж\.?|жыл)?\s*$")
#: what a comparison of two years may end with: their difference or its rate ("+/-", "+,-", "Разница",
#: "Динамика", "Айырмасы", "Өзгерісі", "%")
_HEAD_DIFFERENCE = re.compile(r"(?i)^\s*(?:[+±]\s*[/,]?\s*[-–−]?|[-–−]\s*/\s*\+|%|разниц\w*|динамик\w*|отклонени\w*"
                              r"|рост\w*|айырма\w*|өзгеріс\w*|\(?\s*[+±]\s*[/,]?\s*[-–−]\s*\)?\s*%?)\s*$")
#: a title that names a part of a year: a head of two years compares parts, not years
_PART_OF_YEAR = re.compile(r"(?i)полугоди|квартал|месяц|тоқсан|жарты\s*жыл|жартыжыл|\bай(?:ы|лар|ында)")
#: how many of the first tables may hold the head
HEAD_TABLES = 2


def table_head_period(document: Document) -> tuple[Period, str] | None:
    """The year of an annual report whose title names none but whose first
    table of figures sets the year before beside it ("Показатели | 2023 |
    2024 | +/-", "Көрсеткіштер | 2022 ж. | 2023 ж. | Айырмасы"): the later
    year, with the head as written.  Only years one after another, each alone
    in its cell, followed by nothing but their difference: a head with a plan
    ("2025 (план)"), a part of a year ("1 пол. 2024") or years apart says no
    period this way, nor does a title that names a part of a year."""
    if _PART_OF_YEAR.search(" ".join(title_lines(document))):
        return None
    for table in [t for t in document.tables if t.kind == "table"][:HEAD_TABLES]:
        grid = table.grid()
        if not grid or len(grid[0]) < 3:
            continue
        head = [" ".join(c.split()) for c in grid[0]]
        years: list[int] = []
        for cell in head[1:]:
            m = _HEAD_YEAR.match(cell)
            if m is None:
                break
            years.append(int(m.group(1)))
        rest = [c for c in head[1 + len(years):] if c]
        if len(years) < 2:
            continue
        if _HEAD_YEAR.match(head[0]) or any(b != a + 1 for a, b in zip(years, years[1:])) \
                or not all(_HEAD_DIFFERENCE.match(c) for c in rest):
            return None
        period = make_period(years[-1])
        return (period, " | ".join(head)) if period else None
    return None


#: the words a report's opening sentence may set before its period: "В отчётном 2019 году", "За 9 месяцев"
_OPENING_LEAD = re.compile(r"(?i)^\W*(?:[^\W\d_]+\s+){0,2}$")
#: a Kazakh report's subject in the genitive, of a few words, before its period: "Аудандық кітапхананың 2024 жылдың
#: бірінші тоқсанындағы жұмысы", "Ақсу аудандық орталықтандырылған кітапхана жүйесінің 2023 жылғы 9 айдағы қызметі"
_KK_GENITIVE_LEAD = re.compile(r"(?i)^\W*(?:[^\W\d_]+[\s-]+){0,5}[^\W\d_]+[ндт][ыі]ң\s+$")
#: the period such a subject owns: an attribute ("жылғы", "айдағы", "тоқсанындағы"), a time ("жартыжылдығында") or a genitive,
#: not "2019 жылы" (a past told in passing: "... жүйесінің 2019 жылы ашылған филиалы")
_KK_OWNED_PERIOD = re.compile(r"(?i)(?:[ғгқк][ыі]|[дт][ае]|[ндт][ыі]ң)$")
#: a Russian report's subject before the period it is told for, "за …": "Работа районной библиотеки за первый квартал
#: 2024 года …", "Деятельность ЦБС Аксуского района за 9 месяцев 2023 года …" (a few words and no verb in the past:
#: "Библиотека выполнила план за 2023 год" tells of a plan, not of the report's period)
_RU_SUBJECT_LEAD = re.compile(r"(?i)^\W*(?:[^\W\d_]+[\s-]+){1,6}$")
_RU_PAST_VERB = re.compile(r"(?i)[^\W\d_]{2,}(?:ла|ло|ли|лся|лась|лось|лись)(?![^\W\d_])")
_ANY_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")


def opening_period(document: Document) -> tuple[Period, str] | None:
    """The period the first sentence of the body opens with, for a title
    that names none ("ИНФОРМАЦИОННЫЙ ОТЧЁТ о деятельности библиотек района"
    / "В 2019 году библиотеки района ...", "2021 жылы аудан кітапханалары
    ..."), with that sentence.  Only a period standing first (at most two
    words before it, or a Kazakh subject in the genitive that owns it:
    "Аудандық кітапхананың 2024 жылғы жұмысы ...", or a Russian subject of a
    few words the period is told for: "Работа районной библиотеки за первый
    квартал 2024 года ...") and no earlier than a year before the latest year the
    report names: a report opening with its history ("В 1936 году была
    открыта ...") names no period there."""
    n_title = len(title_lines(document))
    body = [b for b in document.blocks if b.text.strip()][n_title:n_title + 1]
    if not body or body[0].kind == "heading":
        return None
    sentence = re.split(r"(?<=[.!?])\s+(?=[^\W\d_])", " ".join(body[0].text.split()), maxsplit=1)[0]
    named = find_periods(sentence)
    if not named or uncoded_period(sentence):
        return None
    lead = sentence[:named[0].start]
    if not _OPENING_LEAD.match(lead) and not (_KK_GENITIVE_LEAD.match(lead)
                                              and _KK_OWNED_PERIOD.search(named[0].text.rstrip())) \
            and not (named[0].text.lower().startswith("за ") and _RU_SUBJECT_LEAD.match(lead)
                     and not _RU_PAST_VERB.search(lead)):
        return None
    latest = max((int(y) for b in document.blocks for y in _ANY_YEAR.findall(b.text)), default=0)
    period = named[0].period
    return (period, sentence) if period.year >= latest - 1 else None


def detect_uncoded_period(document: Document) -> str | None:
    """The phrase, as written, by which the title names a period no code
    says (a month, a span of years, a school year), or None."""
    return next((phrase for _, lines in title_candidates(document)
                 if (phrase := uncoded_period(" ".join(lines)))), None)


def detect_period(document: Document) -> Period | None:
    """The reporting period named in the title, or None."""
    found = detect_period_source(document)
    return found[0] if found else None


#: what may stand between a library and its system in a chain of genitives: nothing, a dash, a comma, or the
#: system's genitive ending ("ОКЖ-ның Самар ауылдық кітапханасы", "библиотеки-филиала МКУК «ЦБС» ... района")
_CHAIN_GAP = re.compile(r"^[\s,–—-]*(?:[нднт][ыі]ң|n[yi][ńn]|d[yi][ńn]|t[yi][ńn])?\s*$", re.I)


#: libraries, not one: "ауылдық кітапханалары", "сельских библиотек", "Сельские библиотеки", "библиотек-филиалов"
_LIBRARIES = re.compile(r"кітапханалар|библиотек(?:ам|ами|ах)?(?![^\W\d_])|(?:ие|ые|их|ых)\s+библиотеки(?![^\W\d_])"
                        r"|филиал(?:ов|ам|ами|ах)(?![^\W\d_])", re.I)


#: a word of several libraries: "библиотек", "кітапханаларының", "филиалов"
_LIBRARIES_WORD = re.compile(r"(?i)библиотек(?:ам|ами|ах)?(?:-филиал\w*)?|кітапханалар\w*|филиал(?:ов|ам|ами|ах)")


def _quoted_names(text: str) -> Iterable[tuple[int, int, str]]:
    """(start, end, name as written) of each quoted name ``text`` gives with
    a library word or a legal form: «...» КММ, МБУК «...» г. Кургана."""
    for m in _ORG_QUOTED.finditer(text):
        form = m.group(3) or m.group(1)
        if not (_LIBRARY.search(m.group(2)) or form):
            continue
        name = f"«{m.group(2).strip()}»"
        value = (f"{name} {form}" if m.group(3) else f"{form} {name}") if form else name
        place = " ".join((m.group(4) or "").split())
        yield m.start(), m.end(), _with_place_before(text, m.start(), f"{value} {place}" if place else value)


def library_of_system(text: str) -> tuple[str, str] | None:
    """(the library, its system), as written, when ``text`` names one
    library of a library system in a chain of genitives: "Көкпекті аудандық
    ОКЖ-ның Самар ауылдық кітапханасы", "Самарской сельской
    библиотеки-филиала МКУК «ЦБС» Кокпектинского района", "Самарская
    сельская библиотека – филиал № 5 ЦБС".  The report is the library's; the
    system is its parent.  The system's libraries together ("ОКЖ
    кітапханаларының", "библиотек ЦБС") are the system."""
    quoted = list(_quoted_names(text))
    spans = quoted + [p for p in _org_phrases(text)
                      if not any(q[0] <= p[0] < q[1] or p[0] <= q[0] < p[1] for q in quoted)]
    systems = [sp for sp in spans if parse_name(sp[2]).kind == "cbs"]
    libraries = [sp for sp in spans if sp not in quoted and not _LIBRARIES.search(sp[2])
                 and parse_name(sp[2]).kind in ("library", "children", "central")]
    for lib in libraries:
        for system in systems:
            if lib[1] <= system[0] and _CHAIN_GAP.match(text[lib[1]:system[0]]) \
                    or system[1] <= lib[0] and _CHAIN_GAP.match(text[system[1]:lib[0]]):
                return lib[2], system[2]
    return None


#: a place's name broken at its hyphen over two lines ("… акимата города Усть-" / "Каменогорска"), which a PDF's
#: text gives as "Усть- Каменогорска": one word
_BROKEN_AT_HYPHEN = re.compile(rf"((?<![\w-])[А-ЯЁA-Z{_KK_UPPER}][^\W\d_]*-)\s+(?=[А-ЯЁA-Z{_KK_UPPER}])")

#: the line of a founder above a library's own ("Министерство культуры … Кыргызской Республики",
#: "Управление культуры … области", "… облысының мәдениет басқармасы"): no part of the library's name
_FOUNDER_LINE = re.compile(r"^(?:Министерств|Управлени|Департамент|Отдел|Комитет|Акимат|Администраци)[^\W\d_]*\s"
                           r"|\s(?:министрлігі|министрлиги|басқармасы|бөлімі|әкімдігі|комитеті)$")


def founder_above_title(lines: list[str]) -> str | None:
    """A founder's own line (:data:`_FOUNDER_LINE`, no library word, no quotes, no figure) above the line
    that says what the document is, as written: the body that writes a report on its libraries together
    ("Управление культуры, архивов и документации области Абай" / "Анализ деятельности библиотек области
    Абай", "… ауданы әкімдігінің мәдениет және тілдерді дамыту бөлімі" / "Аудан кітапханаларының … ақпарат")."""
    found = None
    for text in lines:
        if _TITLE_WORDS.search(text):
            return found
        text = " ".join(text.split())
        if found is None and _FOUNDER_LINE.search(text) and not _LIBRARY.search(text) \
                and not _QUOTED_NAME.search(text) and not re.search(r"\d", text) and len(text) <= 200:
            found = text
    return None


def _joined(lines: list[str]) -> str:
    """The lines of a title read as one: a founder's line above the next
    is left out, and a word broken at its hyphen is joined."""
    own = [t for i, t in enumerate(lines) if i + 1 == len(lines) or not (
        _FOUNDER_LINE.search(t) and not _LIBRARY.search(t) and not _QUOTED_NAME.search(t))]
    return _BROKEN_AT_HYPHEN.sub(r"\1", " ".join(own))


#: the addressee of a letter or of a report sent up, above its title, named with the person it is sent to: a
#: post in the dative and initials ("Директору МКУК «ЦБС» Петровой Н. В.") or initials and a name in the
#: Kazakh dative closing the line ("… директоры Б. Ә. Тұрсынбековаға"); whom it is sent to, not who reports
#: (a line with no person, "Начальнику управления культуры Озёрная МЦБС", may go on to the reporter's name)
_ADDRESSEE = re.compile(
    r"(?i)^\W*(?:директору|начальнику|руководителю|заведующ(?:ему|ей)|председателю|главе|акиму)(?![^\W\d_])"
    rf".*(?-i:[А-ЯЁ{_KK_UPPER}])\.\s*(?-i:[А-ЯЁ{_KK_UPPER}])\."
    rf"|(?:(?-i:[А-ЯЁ{_KK_UPPER}])\.\s*){{1,3}}(?-i:[А-ЯЁ{_KK_UPPER}])[^\W\d_]+(?:ға|ге|қа|ке)\s*$")


def _own_lines(lines: list[str]) -> list[str]:
    """The lines of a title area without the addressee's (:data:`_ADDRESSEE`)."""
    return [t for t in lines if not _ADDRESSEE.search(t)]


def _title_text(document: Document) -> list[str]:
    """The title area, its lines read as one (a title broken over lines may break a name too)."""
    title = _own_lines(title_lines(document))
    return [_joined(title)] if len(title) > 1 else title


def detect_library_of_system(document: Document) -> tuple[str, str] | None:
    """(the library, its system) when the title names a library of a
    system (:func:`library_of_system`, or the system on the letterhead above
    it: :func:`library_under_letterhead`), else None."""
    return next((found for t in _title_text(document) if (found := library_of_system(t))), None) \
        or library_under_letterhead(_own_lines(title_lines(document)))


def _names_in(text: str) -> list[tuple[int, int, str]]:
    quoted = list(_quoted_names(text))
    return quoted + [p for p in _org_phrases(text)
                     if not any(q[0] <= p[0] < q[1] or p[0] <= q[0] < p[1] for q in quoted)]


#: a year, the period a title ends with
_A_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


#: a numbered branch of a system on a line of its own: "Центр семейного чтения – филиал № 5", "Филиал № 3"
_BRANCH_LINE = re.compile(r"(?i)^[^\W\d_][^«»\"“”]{0,80}?(?<![^\W\d_])филиал\s*№\s*\d{1,3}\s*$|^\W*филиал\s*№\s*\d{1,3}"
                          r"(?!\d)[^«»\"“”]{0,80}$")


def branch_line(text: str) -> bool:
    """Whether ``text`` is a line naming one numbered branch of a library
    system and nothing else ("Центр семейного чтения – филиал № 5"): in a
    system every numbered branch is a library, whether or not its name has a
    library word."""
    text = " ".join(text.split())
    return bool(_BRANCH_LINE.search(text)) and not _TITLE_WORDS.search(text) and not _names_in(text) \
        and len(text.split()) <= 12


#: after a system's name, the word that makes the library named before it its branch: "(«… ОКЖ» КММ филиалы)",
#: "(филиал МКУК «ЦБС»)" reads the other way and is not this
_BRANCH_OF_AFTER = re.compile(r"(?i)\s*(?:филиалы|құрылымдық\s+бөлімшесі|филиал\b)")


def _parent_system(name: str) -> bool:
    """Whether a letterhead's name is a library system: a centralized one,
    or an inter-settlement central library, which in a Russian district
    heads the village libraries as their system ("МБУК «Усть-Калманская
    межпоселенческая центральная библиотека»")."""
    parsed = parse_name(name)
    return parsed.kind == "cbs" or parsed.kind == "central" and "mezhposelen" in parsed.folded


def _same_library(a: str, b: str) -> bool:
    """Whether two names, in whatever case, name one library: the same kind
    and place ("Новокалманской сельской библиотеки" and "Новокалманская
    сельская библиотека-филиал № 12")."""
    pa, pb = parse_name(a), parse_name(b)
    return pa.place is not None and (pa.kind, pa.place) == (pb.kind, pb.place)


def library_under_letterhead(lines: list[str]) -> tuple[str, str] | None:
    """(the library, its system), as written, when the lines above the
    title's report word name one library system and nothing else (its
    letterhead: "МКУК «Централизованная библиотечная система» Ольховского
    района") and the title from its report word on names one library and no
    system ("Отчёт о работе Берёзовской сельской библиотеки-филиала № 7 за
    2022 год", "ОТЧЁТ" / "о работе Центральной городской детской библиотеки
    за 2021 год"): the report is that library's, the
    system its parent.  Libraries together ("сельских библиотек") are the
    system's report."""
    at = next((i for i, t in enumerate(lines) if _TITLE_WORDS.search(t)), None)
    if not at:
        return None
    above = [sp[2] for t in lines[:at] for sp in _names_in(t)]
    if len(above) == 2 and _parent_system(above[0]) \
            and parse_name(above[1]).kind in ("library", "children", "central") and not _LIBRARIES.search(above[1]) \
            and all(_same_library(sp[2], above[1]) for t in lines[at:at + 1] for sp in _names_in(t)):
        # "МБУК «ЦБС» г. Озёрска" / "Центральная городская библиотека им. Н. А. Некрасова" / "ОТЧЕТ о работе
        # за 2008 год": the library on its own line under its system's letterhead, the title naming no other
        return above[1], above[0]
    if len(above) == 2 and parse_name(above[0]).kind in ("library", "children", "central") \
            and parse_name(above[1]).kind == "cbs" and not _LIBRARIES.search(above[0]) \
            and any(above[1] in t and _BRANCH_OF_AFTER.match(t, t.index(above[1]) + len(above[1])) for t in lines[:at]) \
            and not any(_names_in(t) for t in lines[at:at + 1]):
        # "Орал қалалық балалар кітапханасы" / "(«Орал қаласының ОКЖ» КММ филиалы)": the library first, then the
        # system it is a branch of; the report is the library's
        return above[0], above[1]
    if len(above) != 1 or parse_name(above[0]).kind != "cbs":
        return None
    branches = [t for t in lines[:at] if branch_line(t)]
    if len(branches) == 1 and not any(_names_in(t) for t in lines[at:at + 1]):
        # "Центр семейного чтения – филиал № 5" / "МБУ «ЦБС» г. Бийска" / "ОТЧЕТ О РАБОТЕ ЗА 2023 ГОД": a numbered
        # branch of the system, whatever its name, is one of its libraries
        return " ".join(branches[0].split()), above[0]
    # the title ends with its period: the lines from the report word to the first that holds a year
    # (notes and short lines of the body after it, "с/б – сельская библиотека", are none of the title)
    end = next((i for i in range(at, len(lines)) if _A_YEAR.search(lines[i])), len(lines) - 1)
    title = _BROKEN_AT_HYPHEN.sub(r"\1", " ".join(lines[at:end + 1]))
    below = _names_in(title)
    # "о работе модельной библиотеки «Ключевская сельская библиотека»": the kind of library right before a quoted
    # name is that name's apposition, not a second library
    below = [sp for sp in below if not any(q[2].startswith("«") and q[0] >= sp[1] and not title[sp[1]:q[0]].strip()
                                           for q in below)]
    if any(parse_name(sp[2]).kind == "cbs" or _LIBRARIES.search(sp[2]) for sp in below):
        return None
    libraries = [sp[2] for sp in below if parse_name(sp[2]).kind in ("library", "children", "central")]
    return (libraries[0], above[0]) if len(libraries) == 1 == len(below) else None


def organization_names(document: Document) -> list[str]:
    """Every organization name the title gives, as written, in order: a
    bilingual title names its organization in both languages."""
    out: list[str] = []
    lines = _own_lines(title_lines(document))
    letterhead = library_under_letterhead(lines)
    if letterhead:  # the library under its system's letterhead: its own name, not its parent's
        return [letterhead[0]]
    for text in lines + ([_joined(lines)] if len(lines) > 1 else []):
        branch = library_of_system(text)
        if branch:  # a library of a system: its own name, not its parent's
            out.append(branch[0])
            continue
        # a library with its institution quoted after it ("библиотеки ГБУЗ «… больница»") is one name, the library's
        of_institution = [(a, b, p) for a, b, p in _org_phrases(text)
                          if (q := _QUOTED_NAME.search(p)) and not _LIBRARY.search(q.group(0))]
        out += [name for a, b, name in _quoted_names(text)
                if not any(x <= a < y for x, y, _ in of_institution)]
        if of_institution:
            out.append(of_institution[0][2])
        elif not _ORG_QUOTED.search(text):
            phrase = _org_phrase(text)
            if phrase:
                out.append(phrase)
    if not out and lines:  # a body that is no library, reporting on its work
        body = reporting_body([_joined(lines)] if len(lines) > 1 else lines)
        if body:
            out.append(body)
    return list(dict.fromkeys(out))


#: an akim of a place in the title of the akim's report to the population, with the places above it as written:
#: "Ақмола облысы Бурабай ауданы Қатаркөл ауылдық округі әкімінің … есебі", "Отчёт акима Катаркольского сельского
#: округа перед населением"
_AKIM_OF_PLACE = re.compile(
    rf"(?P<kk>(?:[{_KK_UPPER}А-ЯЁ][\w-]+\s+(?:облысы|ауданы|қаласы)\s+)*[{_KK_UPPER}А-ЯЁ][\w-]+\s+"
    rf"(?:ауылдық\s+округі|ауылдық\s+округінің|ауылы|ауылының|кенті|кентінің|қаласы|қаласының|ауданы|ауданының)"
    rf"\s+әкімі)(?:нің)?(?![\w-])"
    rf"|(?<![\w-])акима\s+(?P<ru>(?:[А-ЯЁ][\w-]+\s+){{1,2}}(?:сельского\s+округа|района|города|поселка|посёлка)"
    rf"(?:\s+[А-ЯЁ][\w-]+\s+(?:района|области))?)")


def akim_of_place(title: list[str]) -> str | None:
    """The akim whose report to the population the title names (no library
    named in it), in the nominative: the report is the akim's (the akimat's),
    and the library one of its sections."""
    for text in title:
        if _LIBRARY.search(text):
            return None
        m = _AKIM_OF_PLACE.search(text)
        if m is not None:
            return " ".join(m.group("kk").split()) if m.group("kk") else "аким " + " ".join(m.group("ru").split())
    return None


#: a programme or a project right before a quoted name, its number between: "бюджетной программы 011",
#: "подпрограммы 015", "бюджеттік бағдарламасы 011", "в рамках проекта"
_PROGRAMME_BEFORE = re.compile(r"(?i)(?<![^\W\d_])(?:программ[^\W\d_]*|подпрограмм[^\W\d_]*|бағдарлама[^\W\d_]*"
                               r"|проект[^\W\d_]*|жоба[^\W\d_]*)\s*(?:№\s*)?(?:\d{1,4}\s*)?[:\-–—]?\s*$")


def programme_name_at(text: str, start: int) -> bool:
    """Whether the quoted name at ``start`` is a programme's or a project's
    ("Отчет о реализации бюджетной программы 011 «Обеспечение
    функционирования государственных библиотек»", "бюджеттік бағдарламасы
    «Кітапханалардың жұмыс істеуін қамтамасыз ету»"): what is carried out,
    no organization, whatever library word it has."""
    return bool(_PROGRAMME_BEFORE.search(text, max(0, start - 60), start))


#: a library word right before a quoted name, its legal form between: the library of that institution
_LIBRARY_BEFORE = re.compile(rf"(?i){_LIBRARY_WORD}\s+(?-i:[А-ЯЁA-Z]{{2,6}}\s+)?$")


def detect_organization(document: Document) -> str | None:
    """The reporting organization as written: «name» and its legal form,
    from the title first, then the first blocks, then the page header
    (``metadata["page_header"]``, which the .docx and PDF loaders fill)."""
    # a title broken over lines may break a name too: «... система / города Балхаш»
    title = _title_text(document)
    branch = detect_library_of_system(document)
    if branch:
        return branch[0]  # "X ОКЖ-ның Y кітапханасының есебі": Y's report
    akim = akim_of_place(title)
    if akim:
        return akim  # "… ауылдық округі әкімінің … халық алдындағы есебі": the akim's report, not the library's
    texts = title + [t for b in document.blocks[:TITLE_BLOCKS]
                     if (t := cyrillic_lookalikes(b.text)) and " ".join(t.split()) not in title
                     and not _ADDRESSEE.search(t)]
    header = document.metadata.get("page_header")
    if isinstance(header, str) and header.strip():
        texts.append(cyrillic_lookalikes(header))  # the page header: after the title and the first blocks
    best = None
    for i, text in enumerate(texts):
        for m in _ORG_QUOTED.finditer(text):
            form = m.group(3) or m.group(1)
            score = (bool(_LIBRARY.search(m.group(2))), i < len(title),
                     bool(form) or bool(_FORM_WRITTEN_OUT.search(text, 0, m.start()))
                     or bool(_FORM_WRITTEN_OUT_KK.match(text, m.end())))
            if not (score[0] or score[2]) or (not score[0] and _LIBRARY_BEFORE.search(text, 0, m.start())
                                                 and not _FOUNDER.search(m.group(2))):
                continue  # "библиотеки КГКП «Областная больница»": the library of the institution reports, below
            if programme_name_at(text, m.start()):
                continue  # "бюджетной программы 011 «Обеспечение функционирования библиотек»": a programme's name
            name = f"«{m.group(2).strip()}»"
            value = (f"{name} {form}" if m.group(3) else f"{form} {name}") if form else name
            place = " ".join((m.group(4) or "").split())
            if place and _FOUNDER_AFTER.match(place) and (own := parse_name(m.group(2))).level == "region" and own.place:
                # "КГУ «Костанайская областная детская библиотека им. Ы. Алтынсарина» управления культуры акимата
                # Костанайской области": a region's library names its region itself; the department after is its
                # founder, no part of its name
                place = ""
            if place and _SEAT_TOWN.match(place) and (own := parse_name(m.group(2))).level in ("district", "region") \
                    and own.place:
                # "КГУ «Сарысуская районная централизованная библиотечная система»" / "г. Жанатас. Отчёт …": a system
                # that names its district names the town it sits in after it, its seat, no part of its name
                place = ""
            if place:
                value = f"{value} {place}"
            value = _with_place_before(text, m.start(), value)
            # the same rank: a name with its place beats one without (the approval block's "Директор КГУ
            # «ЦБС»" above "о работе КГУ «ЦБС» отдела культуры ... акимата Аккольского района")
            score = (*score, parse_name(value).place is not None)
            if best is None or score > best[0]:
                best = (score, value)
        if best and best[0] == (True, True, True, True):
            break
    if best and not (_FOUNDER.search(best[1].split("»")[0]) and not _LIBRARY.search(best[1])):
        return best[1]
    # the founder above the title ("ГУ «Отдел культуры ... акимата Узункольского района»", "«... мәдениет
    # бөлімі» ММ"): the library the title names is the report's, the founder only when it names none
    phrase = next((p for text in texts[:len(title)] if (p := _org_phrase(text))), None)
    if best and not phrase:
        return best[1]
    # a heading that names the library by its kind alone ("НАУЧНАЯ БИБЛИОТЕКА") over a title that names whose it is
    # ("Отчет о работе научной библиотеки Костанайского регионального университета имени А. Байтурсынова"): the
    # title's name, which says which library
    own = [p for text in texts[:len(title)] for _, _, p in _org_phrases(text)]
    named = next((p for p in own if (n := parse_name(p)).place is not None or n.named is not None), None)
    if named is not None and (short := parse_name(named)).place is None:
        # "ПОУНБ им. С. Торайгырова" on the letterhead, "Павлодарской областной универсальной научной библиотеки им.
        # С. Торайгырова" in the title or the first sentence: the same library, the name that says its place
        named = next((p for text in texts for _, _, p in _org_phrases(text)
                      if (n := parse_name(p)).place is not None and n.kind == short.kind
                      and n.level == short.level and n.named == short.named), named)
    if named is not None:
        return named
    founder = None if phrase else founder_above_title(_own_lines(title_lines(document)))
    if founder is not None:
        # "Управление культуры … области Абай" / "Анализ деятельности библиотек области Абай": the department
        # writes of the libraries it founds, which report through it
        return founder
    group = next((m.group(0) for text in title if (m := _LIBRARIES_OF_PLACE.search(text))), None) \
        or next((" ".join(m.group(0).split()) + "ы" for text in title if (m := _LIBRARIES_OF_PLACE_KK.search(text))), None)
    if group is not None:
        # "Информация о работе библиотек Ак-Талинского района": the title names no library but the libraries of
        # a place, which report together; no library a list in the body names is the report's
        return group
    body = None if phrase else reporting_body(title)
    if body is not None:
        return body  # "… мәдениет бөлімінің 2024 жылғы жұмысы туралы": the department reports, its libraries a part
    for text in texts:
        phrase = _org_phrase(text)
        if phrase:
            return phrase
    return None


#: a body that is no library, in the genitive before the work it reports on: "Жуалы ауданы мәдениет, тілдерді
#: дамыту, дене шынықтыру және спорт бөлімінің 2024 жылғы жұмысы туралы", "Отчёт отдела культуры Жуалынского
#: района о работе за 2024 год", or after it: "Информация о работе управления культуры Жамбылской области за 2024
#: год"; the name runs back to its place (a word in the genitive or the dative before it, "мәслихатының
#: сессиясына", is an addressee's, no part of it)
_BODY_WORDS = r"(?:бөлімі|басқармасы|әкімдігі|аппараты|департаменті|комитеті)"
_BODY_MIDDLE = r"(?:(?![\w-]{3,}(?:ға|ге|қа|ке|на|не|ның|нің|дың|дің|тың|тің)(?![\w-]))[^\W\d_][\w-]*,?\s+)"
_REPORTING_BODY_KK = re.compile(
    rf"(?<![\w-])(?P<body>[А-ЯЁ{_KK_UPPER}][\w-]+\s+(?:облысы|ауданы|қаласы|облыстық|аудандық|қалалық|облысының"
    rf"|ауданының|қаласының)\s+(?:әкімдігінің\s+)?{_BODY_MIDDLE}{{0,10}}?{_BODY_WORDS})(?:нің|ның)\s+"
    rf"(?:(?:19|20)\d{{2}}\s+жыл\w*\s+)?(?:(?!кітапхана)[^\W\d_]+\s+){{0,3}}?(?:жұмыс\w*|қызмет\w*)\s+(?:туралы|бойынша)")
_BODY_RU = {"отдела": "отдел", "управления": "управление", "департамента": "департамент", "комитета": "комитет",
            "аппарата": "аппарат", "акимата": "акимат"}
_REPORTING_BODY_RU = re.compile(
    r"(?i:отч[её]т\w*|информаци\w*|справк\w*)\s+(?P<before>(?i:отдела|управления|департамента|комитета|аппарата"
    r"|акимата)\s+[^«»\"\d.:;]{3,150}?)\s+(?i:о\s+(?:работе|деятельности))(?![^\W\d_])"
    r"|(?i:о\s+(?:работе|деятельности))\s+(?P<after>(?i:отдела|управления|департамента|комитета|аппарата|акимата)"
    r"\s+[^«»\"\d.:;]{3,150}?)(?=\s+(?:за|в|на)\s|\s*(?:19|20)\d{2}|\s*$)")


def reporting_body(title: list[str]) -> str | None:
    """The body that is no library the title names as reporting on its work, in the nominative
    (:data:`_REPORTING_BODY_KK`, :data:`_REPORTING_BODY_RU`)."""
    for text in title:
        m = _REPORTING_BODY_KK.search(text)
        if m is not None:
            return " ".join(m.group("body").split())
        m = _REPORTING_BODY_RU.search(text)
        if m is not None:
            first, _, rest = " ".join((m.group("before") or m.group("after")).split()).partition(" ")
            return f"{_BODY_RU.get(first.lower(), first).capitalize()} {rest}"
    return None


#: the libraries of a place as a title names them together: "библиотек Ак-Талинского района", "библиотеки города
#: Каракол", "библиотек Жетысайского района": one system (not a group of them, "сельских библиотек … района", nor
#: the libraries of a region, many systems)
_LIBRARIES_OF_PLACE = re.compile(r"(?<![\w-])(?<!их\s)(?i:библиотек(?:и|ам|ами|ах)?)\s+(?:[А-ЯЁ][\w-]+(?:ского|цкого|ской|цкой)"
                                 r"\s+(?i:района|сельского\s+округа|поселкового\s+округа)|(?i:города|г\.)\s*[А-ЯЁ][\w-]+)"
                                 r"(?![\w-])")
#: the same in Kazakh, the place first: "Қоскөл ауылдық округінің кітапханалары", "Бурабай ауданының
#: кітапханаларының" (not "… ауданының ауылдық кітапханалары", a group of them); the name in the nominative
_LIBRARIES_OF_PLACE_KK = re.compile(
    rf"(?<![\w-])[А-ЯЁ{_KK_UPPER}][\w-]+\s+(?:аудан[ыі](?:ның)?|қаласы(?:ның)?|(?:ауылдық|кенттік)\s+округ[іи](?:нің)?)"
    rf"\s+кітапханалар(?=ы|\b)")
#: a founder of libraries, not a library: a department or administration of culture, an akimat, a ministry
_FOUNDER = re.compile(r"(?i)(?<!\w)(?:отдел|управлени|департамент|министерств|акимат|администраци|бөлім|басқарма"
                      r"|әкімдіг|министрлі|b[öo]lim|basqarma"
                      # the akim's office of a rural district or a town, the founder of its village libraries:
                      # КГУ «Аппарат акима Ивановского сельского округа», «... ауылдық округі әкімінің аппараты» ММ
                      r"|аппарат\w*\s+акима|әкімі\w*\s+аппарат"
                      # a school, whose library reports under it: «№ 14 жалпы білім беретін мектеп» КММ
                      r"|мектеп|школ|гимнази|лицей)\w*")


_QUOTED_NAME = re.compile(r"[«\"“„][^»\"”“]{0,200}[»\"”“]")
_PARTS = re.compile(rf"\s/\s|(?<=[.!?])\s+(?=[А-ЯЁ{_KK_UPPER}])")


def block_language(text: str) -> str | None:
    """'kk', 'ru' or None (too few words) for one block of text; Kazakh
    typed without Kazakh letters is Kazakh."""
    lang = text_language(text, threshold=0.08, min_words=3, min_letters=2, skip_quoted=True, otherwise="ru")
    if lang == "ru" and kazakh_in_russian_letters(text):
        return "kk"
    return lang


def detect_language(document: Document) -> str | None:
    counts = {"kk": 0, "ru": 0}
    # Kazakh without its letters: a sentence is Russian only when it shows Russian words or endings
    no_letters = typed_without_kazakh_letters(
        [b.text for b in document.blocks] + [c.text for t in document.tables for c in t.cells])

    def count(text: str, block: bool = False) -> None:
        # a bilingual line ("Кітап қоры / Фонд") and a paragraph of a Kazakh
        # and a Russian sentence count each part in its own language
        for part in _PARTS.split(text):
            lang = block_language(part)
            words = None  # the part's words, counted once
            if lang == "ru" and no_letters and not russian_evidence(part):
                lang = "kk"
            elif lang == "ru" and block and (words := len(_WORD.findall(part))) <= SHORT_PART_WORDS \
                    and not russian_evidence(part):
                # "Басты бет Есептер" (a site's path over a Kazakh page): a line of a few words with no Kazakh
                # letter and no Russian ending or word is Kazakh as often as Russian, and counts for neither (a
                # table's short cells are counted as before: the table's language is told by them together)
                lang = None
            if lang:
                counts[lang] += len(_WORD.findall(part)) if words is None else words

    end, title_counts, stated = title_end(document), None, {"kk": 0, "ru": 0}
    for i, b in enumerate(document.blocks):
        if i == end:
            title_counts = dict(counts)  # the words of the letterhead and title
        if "//" in b.text:
            continue  # a bibliographic reference keeps the language of what it cites
        if bilingual_label(b.text):
            # a title or heading given in both languages is a form's, not the text's; a line of the text below
            # the title given in both ("Оқырмандар саны / Число читателей: 4 210", a sentence and its
            # translation) is the text's, in both
            # (each half in the language it was told in: a half too short to tell alone is told by the other)
            if i >= end and _STATEMENT.search(b.text):
                for half in _HALVES.split(b.text):
                    stated[_label_language(half)] += len(_WORD.findall(half))
            continue
        count(b.text, block=True)
    prose = dict(counts)
    title_counts = title_counts or prose
    tables = {"kk": 0, "ru": 0}
    for t in document.tables:
        # a table read as a whole: its cells are mostly too short to tell one by one; its labels given in both
        # languages say nothing of the report's
        labels = bilingual_labels(t)
        for c in t.cells:
            if c.text not in labels and not bilingual_label(c.text, _CELL_HALVES):
                count(c.text)
        text = " ".join(c.text for c in t.cells if c.text not in labels)
        if (lang := block_language(text)) is not None:
            tables[lang] += len(_WORD.findall(text))
    # a title given in both languages makes a bilingual report when the text below it shows both too (a
    # letterhead and a title are set in both languages by custom over a text in one)
    below_title = {lang: n - title_counts[lang] for lang, n in counts.items()}
    # lines of the text in both languages count for both, by their share only: one such line under a title
    # in both does not show the text written in both
    counts = {lang: n + stated[lang] for lang, n in counts.items()}
    total = counts["kk"] + counts["ru"]
    if not total:
        # a report of a title, a table and a signature, each too short to tell alone: its tables read as
        # wholes, else all its words together
        if any(tables.values()):
            return max(tables, key=tables.get)
        return block_language(" ".join([b.text for b in document.blocks]
                                        + [c.text for t in document.tables for c in t.cells]))
    minor = min(counts.values()) / total
    if minor >= BOTH_SHARE or (min(below_title.values()) and title_languages(document) >= {"kk", "ru"}):
        return "both"
    # Kazakh prose with Russian tables (or the other way round): a report in both languages, however
    # few words its tables hold beside the prose
    major = max(prose, key=prose.get)
    other = "ru" if major == "kk" else "kk"
    if tables[other] >= TABLE_WORDS and tables[other] > tables[major]:
        return "both"
    return max(counts, key=counts.get)


#: the most words of a part too short to tell Russian from Kazakh typed without its own letters
SHORT_PART_WORDS = 4

_HALVES = re.compile(r"\s/\s")
#: a line that states something: a sentence ending in a stop, or a label with its figure ("...: 4 210", "... – 85 300")
_STATEMENT = re.compile(r"[.!?]\s*$|[:–—-]\s*\d[\d\s.,]*%?\s*$")
#: the halves of a table's cell: "Кітап көрмелері / Книжные выставки", or one language a line
_CELL_HALVES = re.compile(r"\s/\s|\s*\n\s*")


#: the most words a half of a label in both languages has: more is a sentence of text, not a label
LABEL_WORDS = 12


def title_end(document: Document) -> int:
    """The number of blocks from the start to the last line of the title
    area that says what the document is ("… жұмыс есебі", "Отчёт о работе
    …"): the letterhead and the title, 0 when no line says so."""
    n, end = len(title_lines(document)), 0
    for i, b in enumerate(document.blocks):
        if n <= 0:
            break
        if b.text.strip():
            n -= 1
            if _TITLE_WORDS.search(b.text):
                end = i + 1
    return end


def bilingual_label(text: str, halves: re.Pattern = _HALVES) -> bool:
    """Whether ``text`` is one label given in both languages, a half on
    each side of a slash (or, in a table's cell, of a line break): a title
    ("2025 жылғы жұмыс есебі / Отчёт о работе за 2025 год"), a heading
    ("Оқырмандарға қызмет көрсету / Обслуживание пользователей"), a form's
    column.  Letterheads, titles and forms are set in both languages by
    custom (the state's bodies by law) whatever language the report's text
    is written in: such a label tells nothing of it.  A half of more than
    :data:`LABEL_WORDS` words is text, not a label."""
    parts = [p for p in halves.split(text) if p.strip()]
    if len(parts) != 2 or any(len(_WORD.findall(p)) > LABEL_WORDS for p in parts):
        return False
    return {_label_language(p) for p in parts} == {"kk", "ru"}


def _label_language(text: str) -> str | None:
    """The language of a half of a label, however short."""
    lang = text_language(text, threshold=0.08, min_words=1, min_letters=2, skip_quoted=True, otherwise="ru")
    return "kk" if lang == "ru" and kazakh_in_russian_letters(text) else lang


def bilingual_labels(table: Table) -> set[str]:
    """The cells of ``table`` that give a label in both languages, one on
    each side of a slash or a line break ("Формы работы / Жұмыс түрлері",
    "Количество / Саны"): a form's labels, Kazakh and Russian, which tell
    nothing of the language its report is written in.  The cells are too
    short to tell one by one: the table's first halves and its second halves
    read as wholes are one language each."""
    halves = {c.text: parts for c in table.cells
              if len(parts := [p for p in _CELL_HALVES.split(c.text) if p.strip()]) == 2}
    sides = {block_language(" ".join(p[i] for p in halves.values())) for i in (0, 1)}
    return set(halves) if sides == {"kk", "ru"} else set()


def title_languages(document: Document) -> set[str]:
    """The languages the report's title is given in: a bilingual report
    names itself in Kazakh and in Russian ("... жұмысы туралы есеп" /
    "Отчёт о работе ... за 2013 год")."""
    # a line is Russian on evidence of Russian (its words or endings), not for
    # lack of Kazakh letters: "2019 жыл бойынша есеп" has none and is Kazakh,
    # by its word for a report when its words are too few to tell
    # (a title line of both, "Есеп / Отчёт", gives each of its halves)
    return {lang for line in title_lines(document) if _TITLE_WORDS.search(line) for t in _HALVES.split(line)
            for lang in [text_language(_QUOTED_NAME.sub(" ", t), threshold=0.08, min_words=2, min_letters=2,
                                       skip_quoted=True) or _title_word_language(t)] if lang}


_KK_TITLE_WORDS = re.compile(r"\b(?:есеп|есебі|ақпарат|анықтама|қорытынд|мәлімет|талдау)", re.I)
_RU_TITLE_WORDS = re.compile(r"\b(?:отч[её]т|информаци|справк|итог|сведени|анализ)", re.I)


def _title_word_language(line: str) -> str | None:
    """The language of a title line's word for a report, when it has one
    language's only: "есеп" is Kazakh, "отчёт" Russian."""
    kk, ru = bool(_KK_TITLE_WORDS.search(line)), bool(_RU_TITLE_WORDS.search(line))
    return "kk" if kk and not ru else "ru" if ru and not kk else None


@hookimpl
def prepare_document(document: Document, config) -> None:
    meta = document.metadata
    found = detect_period_source(document)
    if found:
        p, source, text = found
        meta.setdefault("period", p.code)
        meta.setdefault("period_start", p.start)
        meta.setdefault("period_end", p.end)
        meta.setdefault("period_source", source)
    elif (phrase := detect_uncoded_period(document)) is not None:
        meta.setdefault("period_text", phrase)  # "за январь 2024 года": kept as written, no period
    org = detect_organization(document)
    if org:
        meta.setdefault("organization", org)
        branch = detect_library_of_system(document)
        if branch and branch[0] == meta["organization"]:
            meta.setdefault("organization_parent", branch[1])
            _library_and_parent_keys(meta, config)
        names = organization_names(document)
        if len(names) > 1 or (names and names[0] != org):
            meta.setdefault("organization_names", names)
    lang = detect_language(document)
    if lang:
        meta.setdefault("language", lang)


def _library_and_parent_keys(meta: dict, config) -> None:
    """The key of a library's parent system (``organization_parent_id``),
    resolved as a report's organization is; and the library's own key when
    its name gives no place ("библиотека-филиал № 12", "Орталық
    кітапханасы", "Центральная районная библиотека им. А.С. Пушкина"): its
    system's place, so that the libraries № 12 of two systems stay two."""
    from esep.plugins.organizations import accepted_aliases, known_organizations, resolve
    from esep.plugins.vocab import default_user_dir

    db_path = config.get("db_path") if config is not None else None
    known, aliases = known_organizations(db_path), accepted_aliases(default_user_dir(config))
    parent = resolve(meta["organization_parent"], known, aliases)
    meta.setdefault("organization_parent_id", parent.organization_id)
    library = parse_name(meta["organization"])
    if library.place or meta.get("organization_id") \
            or resolve(meta["organization"], (), aliases).method == "accepted":
        return  # its own name makes its key (the organizations plugin resolves it)
    own = dataclasses.replace(library, place=parent.name.place, level=parent.name.level)
    if own.place:
        meta["organization_id"] = own.key
        meta["organization_match"] = {"method": "parent", "score": 100.0}


def warnings(document: Document, config) -> Iterable[Record]:
    """A row of ``ingest_warnings`` (listed by ``esep errors``) for each
    thing the metadata of a report lacks, for a person to fill in: no period
    in the title, no organization; and PDF pages whose text was glyph codes
    and that were not OCR'd (``unreadable_text_pages``); PDF pages that could
    not be read at all (``page_errors``: a broken page, OCR past --timeout);
    parts of a Word file not read (``parts_not_read``: SmartArt, embedded
    parts of another format)."""
    meta = document.metadata
    title = " / ".join(title_lines(document)) or (meta.get("title") or "")
    where = {"evidence": title[:500] or None, "block": 0 if document.blocks else None}
    if not meta.get("period") and meta.get("period_text"):
        yield warning_record(
            "extract:metadata", "NoPeriod",
            f"the title names the period «{meta['period_text']}», which is no year, half-year, quarter or nine "
            "months; the report's facts have no default period. Set it by hand if one applies", **where)
    elif not meta.get("period"):
        yield warning_record(
            "extract:metadata", "NoPeriod",
            "no reporting period in the title; the report's facts have no default period. "
            "Check the title (a year, half-year, quarter or nine months) and re-ingest, or set it by hand", **where)
    elif meta.get("period_source") == "file name":
        yield warning_record(
            "extract:metadata", "PeriodFromFileName",
            f"no reporting period in the title; {meta['period']} was read from the file's name. "
            "Check it, or name the period in the title and re-ingest", **where)
    elif meta.get("period_source") == "table head":
        yield warning_record(
            "extract:metadata", "PeriodFromTableHead",
            f"no reporting period in the title; {meta['period']} was read from the head of the first table, the "
            "later of the years it compares. Check it, or name the period in the title and re-ingest", **where)
    unread = [n for n in meta.get("unreadable_text_pages") or [] if n not in (meta.get("ocr_pages") or [])]
    if unread:
        yield warning_record(
            "load", "UnreadableText",
            f"page{'s' if len(unread) > 1 else ''} {', '.join(map(str, unread))}: the text is glyph codes without "
            "letters, or letters that read as no words (a font without a ToUnicode map, or with a wrong one), and "
            "was left out; ingest again with --ocr auto (Tesseract "
            "reads the page's image) or export the PDF again with its fonts' Unicode maps", **where)
    for error in meta.get("page_errors") or []:
        # "page 3: Tesseract process timeout": a page left out while the others were stored
        timed_out = "Tesseract process timeout" in error
        yield warning_record(
            "load", "PageNotRead",
            f"{error}; the page was left out and the rest of the file stored"
            + ("; ingest again with a larger --timeout, or fewer --workers on a busy machine" if timed_out
               else "; re-export or repair the PDF (e.g. qpdf in.pdf out.pdf) and ingest it again"), **where)
    for part in meta.get("parts_not_read") or []:
        # "2 SmartArt diagrams not read: ...": a part of a Word file the loader does not read
        yield warning_record("load", "PartNotRead", part, **where)
    if not meta.get("organization"):
        yield warning_record("extract:metadata", "NoOrganization",
                             "no organization named in the title, the first paragraphs or the page header", **where)


@hookimpl
def register_extractors(register):
    from esep.registry import Extractor

    register(Extractor("metadata", warnings, version="1", order=5, tables=(WARNINGS_TABLE,)))


migrations = Migrations("esep.metadata")


@migrations()
def m001_document_metadata(db) -> None:
    """Kept so that databases that applied it stay valid: the columns are
    now declared by core (``esep.core`` m002), which runs first."""


@hookimpl
def register_migrations(register):
    register(migrations)


@hookimpl
def register_commands(cli):
    import click

    from esep.cli_support import db_option, output_options, print_rows, readonly_connection

    @cli.command(name="metadata")
    @db_option
    @output_options
    @click.option("--warnings", "only_warnings", is_flag=True, help="Only the reports with a warning.")
    def metadata_command(db_path, fmt, only_warnings):
        """Each report's period, organization (and the system a library's report names as its parent),
        language, and what is missing."""
        conn = readonly_connection(db_path)
        try:
            rows = conn.execute("""
                select d.path, d.period, d.organization_id,
                       json_extract(d.metadata, '$.organization_parent_id') as parent_id, d.language,
                       (select group_concat(w.message, '; ') from ingest_warnings w
                         where w.document_id = d.id and w.stage = 'extract:metadata') as warning
                from documents d order by d.path""").fetchall()
        finally:
            conn.close()
        if only_warnings:
            rows = [r for r in rows if r[-1]]
        print_rows(["path", "period", "organization_id", "parent_id", "language", "warning"], rows, fmt)


# -- esep eval: the metadata of a report against its gold ------------------------------

METADATA_FIELDS = ("period", "organization", "language")
#: How gold files may write a bilingual report's language.
LANGUAGE_SYNONYMS = {"kk+ru": "both", "ru+kk": "both", "kkru": "both", "kk,ru": "both"}


def score_metadata(conn, document_id: str, gold: dict) -> dict:
    """A report's period (by code), organization (by key: the gold's name is
    resolved as ingested names are, against the organizations of the database
    and the gold's ``organization_id`` if it gives one) and language against
    the gold ``{"document", "note", "period", "organization", "language"}``.
    A field the gold gives as null must be null; a field it omits is not
    scored.  ``organization_names`` (every way the report names its
    organization) is scored in ``fields`` only: the share of those names that
    resolve, in the report's context, to the report's key."""
    from esep.plugins.evaluation import prf
    from esep.plugins.organizations import names_the_place_of, resolve

    cols = {r[1] for r in conn.execute("pragma table_info(documents)")}
    wanted = ("period", "organization_id", "organization", "language")
    notes: list[str] = []
    if not set(wanted) <= cols:  # a database written before these columns: nothing to score
        notes.append("documents lacks " + ", ".join(c for c in wanted if c not in cols) + "; re-ingest")
    sel = ", ".join(c if c in cols else "NULL" for c in wanted)
    row = conn.execute(f"select {sel} from documents where id = ?", [document_id]).fetchone()
    got = dict(zip(wanted, row or (None,) * 4))
    known = [tuple(r) for r in conn.execute(
        "select distinct organization_id, organization from documents "
        "where organization_id is not null and organization is not null")] if "organization_id" in cols else []
    fields: dict[str, dict] = {}
    tp = n_pred = n_gold = 0
    for f in METADATA_FIELDS:
        if f not in gold:
            continue
        want = gold[f]
        if f == "organization":
            have = got["organization_id"]
            if want is not None:
                name = want
                want = gold.get("organization_id") or resolve(name, known).organization_id
                if want != have and have and not gold.get("organization_id") \
                        and names_the_place_of(name, got["organization"] or ""):
                    want = have  # the gold names the organization by its place alone
        elif f == "language":
            have, want = got[f], LANGUAGE_SYNONYMS.get(want, want)
        else:
            have = got[f]
        ok = want is not None and have == want
        fields[f] = prf(int(ok), int(have is not None), int(want is not None))
        tp, n_pred, n_gold = tp + int(ok), n_pred + int(have is not None), n_gold + int(want is not None)
        if have != want:
            notes.append(f"{f}: got {have!r}, gold {want!r}")
    res = prf(tp, n_pred, n_gold)
    if gold.get("organization_names") and got["organization_id"]:
        # every way the report names its organization, read in the report's own context
        from esep.plugins.organizations import resolve_in_document

        names = gold["organization_names"]
        right = [n for n in names
                 if resolve_in_document(n, got["organization_id"], got["organization"] or n, known)
                 == got["organization_id"]]
        fields["organization_names"] = prf(len(right), len(names), len(names))
        notes += [f"organization name {n!r} not resolved to {got['organization_id']}" for n in names if n not in right]
    res["fields"] = fields
    res["notes"] = notes
    return res


@hookimpl
def register_evaluators(register):
    from esep.registry import Evaluator

    register(Evaluator("metadata", score_metadata, "period, organization (by key) and language of each report"))
