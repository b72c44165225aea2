"""The pieces a bibliographic entry is read with: character classes, the
patterns of separators and publication fields, authors, dates, language
and the vocabulary of periodicals."""

from __future__ import annotations

import datetime as _dt
import functools
import json
import re
import unicodedata
from importlib import resources

from rapidfuzz import fuzz, process

from esep.plugins.lang.gates import gated
from esep.plugins.lang.alphabet import CYRILLIC_RE, HOMOGLYPHS, KAZAKH_LETTERS, LOWER, UPPER
from esep.plugins.lang.alphabet import fold_russian as fold
from esep.plugins.lang.dates import MONTH_NUMBERS as MONTHS
from esep.plugins.lang.dates import MONTHS_KK
from esep.plugins.lang.detect import detect_language as text_language
from esep.plugins.lang.detect import has_kazakh_letter
from esep.plugins.ocr_repair import fix_homoglyphs

SOURCE_THRESHOLD = 88.0
DUPLICATE_THRESHOLD = 92.0
MAX_CHARS = 2000  # an entry is never longer; the rest of a longer text is not read

# -- character classes -------------------------------------------------------

UP = "A-ZÀ-ÖØ-Þ" + UPPER + "ЇЄЎҐЂЋЏЉЊЈŠŽČĆĐȘȚŁŚŻ"
LET = r"[^\W\d_]"
# "Иванова-Петрова", "Прив’ялов", "Stus’" (a soft sign transliterated at the end)
SURNAME = rf"[{UP}]{LET}+(?:['’]{LET}+|['’](?=\s))?(?:-[{UP}]?{LET}+)?"
INIT = rf"[{UP}][a-zа-я]?\.(?:-[{UP}][a-zа-я]?\.)?"  # "И.", "Ch.", "Дж.", "Ст.", "Қ.-Ж.", "Ж.-П."
INITS = rf"{INIT}(?:\s?{INIT}){{0,2}}"
FIRST = rf"[{UP}]{LET}{{2,}}"
PARTICLE = r"(?:\s(?:de|da|di|du|van|von|der|den|la|le)\b\.?)?"
#: "and others" after the names: "[и др.]", "и др.", "et al.", Kazakh "[және т.б.]", "т.б." (тағы басқалары),
#: "[ж.б.]" (және басқалары)
ET_AL = r"\[(?:и\sдр|және\sт\.\s?б|т\.\s?б|ж\.\s?б|et\sal)\.?\]|(?:и\sдр|және\sт\.\s?б|т\.\s?б|et\sal)\."
#: the particles of a foreign name written in Cyrillic before its surname ("Пико делла Мирандола Д.", "Ван дер Поль Б.")
CYR_PARTICLE = r"(?:делла|дель|дела|де|да|ди|дю|фон|ван|дер|ден|ле|ла|аль|ибн)"
AUTH_A = re.compile(rf"(?P<s>{SURNAME}(?:\s{CYR_PARTICLE}(?:\s{CYR_PARTICLE})?\s{SURNAME}|\s{SURNAME})?),?\s?"
                     rf"(?P<i>{INITS}"
                     rf"(?:\s?[{UP}][a-zа-яё]\.(?=\s\(?(?:1[5-9]|20)\d\d\b)"
                     # "Иванов И.И Статья": the full stop of the last initial lost
                     rf"|(?<=\.)[{UP}](?=\s[{UP}][a-z{LOWER}]))?){PARTICLE}"
                     rf"(?=[\s«\"“„(,;]|$|[{UP}][a-z{LOWER}]{{2}})")
AUTH_B = re.compile(rf"(?P<s>{SURNAME}),\s(?P<f>{FIRST})"
                     rf"(?:\s(?P<i>[{UP}][a-zа-яё]?\.(?:\s?{INIT})?)(?=\s)|(?=\.\s|,\s|\s\(|\s(?:и|and|&)\s"
                     # "Волкова, Анна 2005. Title": the year right after the name
                     rf"|\s(?:1[5-9]|20)\d\d[a-zа-я]?[.,:]\s))")
AUTH_C = re.compile(rf"(?P<i>{INITS})\s?(?P<s>{SURNAME})(?=,\s)")
AUTH_C_DOT = re.compile(rf"(?P<i>{INITS})\s?(?P<s>{SURNAME})(?=\.\s[{UP}«\"])")
#: "Н.Ким Читальный зал …": a heading typed with its initials glued to the surname and the full stop after it lost,
#: before a title of a capitalized word and a word in lower case
AUTH_C_GLUED = re.compile(rf"(?P<i>(?:[{UP}]\.){{1,2}})(?P<s>{SURNAME})(?=\s[{UP}«\"][{LOWER}]*\s[{LOWER}])")
AUTH_D = re.compile(rf"(?P<f>{FIRST})\s(?P<s>{SURNAME})")
AUTH_D_LIST = re.compile(rf"(?P<a>{FIRST}\s{SURNAME}(?:,\s{FIRST}\s{SURNAME}){{0,5}})"
                          rf"\.\s(?=\(?(?:1[5-9]|20)\d\d[a-zа-я]?\)?[.,])")
AUTH_SURNAME_FIRST = re.compile(rf"(?P<s>{SURNAME})\s(?P<f>{FIRST})(?=\.\s[{UP}«\"“„])")
#: "Мағжан Жұмабаев. Шығармалары. – Алматы …": a heading of a first name and a surname written out, before the title
AUTH_FIRST_SURNAME = re.compile(rf"(?P<f>{FIRST})\s(?P<s>{SURNAME})(?=\.\s[{UP}«\"“„])")
#: "и", "і", "i", "та", "and", "und", "&" between the last two authors
AND_WORDS = ("и", "і", "i", "та", "and", "und", "&")
AUTH_SEP = re.compile(r",\s(?:and|&)\s|,\s?|;\s|\s(?:и|і|i|та|and|und|&)\s|\s")
#: "Иванов Иван Иванович", "Иванов, Иван Петрович": surname, first name and patronymic in full
AUTH_FULL = re.compile(rf"(?P<s>{SURNAME}),?\s(?P<f>{FIRST})\s(?P<p>[{UP}]{LET}+(?:вич|вна|ична|ұлы|улы|қызы|кызы))"
                       rf"(?=[.,]\s|\s\(?(?:1[5-9]|20)\d\d[a-zа-я]?\)?[.,:]\s)")
#: the year after an author heading ("Иванов, И. 1999.", "(2003):"), or the span of years of a volume that
#: took several ("Стефановић, Дмитрије. 1984–1985.": its first year is the year)
APA_YEAR = re.compile(r"\(?(?P<y>1[5-9]\d\d|20\d\d)(?:[–-](?:1[5-9]\d\d|20\d\d|\d\d)(?!\d))?[a-zа-я]?\)?[.,:]\s*|\((?P<b>1[5-9]\d\d|20\d\d)[a-zа-я]?\)\s+(?=\S)")
ROLE = re.compile(r"\b(?:ред|сост|құраст|құрастыр|пер|авт\.-сост|под|ed|eds|comp|пікір|жауапты|бас)\b|\[?и др\.?\]?",
                   re.I)

# -- separators and publication fields ---------------------------------------

AREA = re.compile(r"\.(?!–(?:[МЛК]|СПб|Пг)\.\s?[,:;])\s*–\s*(?=\S)")  # (not "М.–Л.,": two places, see below)
YEAR = re.compile(r"(?<![\d№/\w-])(?P<y>1[5-9]\d\d|20\d\d)(?![\d])")
#: a place: one to three capitalized words, the last (or a short first one) may be abbreviated ("М.",
#: "СПб.", "Н. Новгород", "С.-Петербург", "Ростов н/Д"), several joined by ";" ("М.; Л."); "М: Наука", the
#: one-letter abbreviation of GOST 7.0.12 with its dot lost, before its publisher
_ONE_PLACE = (rf"(?:[{UP}]{LET}{{0,3}}\.[\s–-]?)?(?:[{UP}]{LET}+|[{UP}](?=\.)|[МЛК](?=\s?:\s?[{UP}«\"]))(?:(?:[\s-]|\s[а-я]/)[{UP}(]{LET}*\)?){{0,2}}\.?")
PLACE = rf"(?:{_ONE_PLACE}(?:\s?;\s?{_ONE_PLACE})*|\[[{UP}][^\]\d]{{0,10}}\])"  # "[Б. м.]", "[S. l.]": no place
#: "[Б. м.]" (без места), "[б. и.]" (без издателя), Latin "[S. l.]", "[s. n.]", with or without the brackets: GOST's
#: marks of a place or a publisher the item does not name, no place or publisher
UNNAMED = re.compile(r"\[?(?:[Бб]\.\s?[миМИ]|[Ss]\.\s?[lnLN])\.?\]?")
#: the same marks written without their brackets at the start of the imprint ("– Б.м.: б.и., 2019", "– Б. м., 2019"),
#: put in them
_UNNAMED_PLACE = re.compile(r"(?<=–\s)(?:Б\.\s?м\.|S\.\s?l\.)(?=\s?[:,])")
_UNNAMED_PUBLISHER = re.compile(r"(?<=:\s)(?:б\.\s?и\.|s\.\s?n\.)(?=,)|(?<=:)(?:б\.\s?и\.|s\.\s?n\.)(?=,)")
#: the Kazakh ordinal before the word of a part, in Cyrillic and Latin letters ("2-том", "1-кітап", "2-tom")
KK_PART_WORDS = r"(?i:том|кітап|бөлім|бөлік|tom|kitap|bólim|bólik|т(?![^\W\d_]))"  # ("12-т.", "12-т" its dot lost)
#: cities of publication written alone at the end of an entry ("Съвременници на Паисий. София."): the places
#: GOST 7.0.12 abbreviates, the capitals and publishing cities of the countries whose works Russian and Kazakh
#: lists cite, in the forms of their languages ("С." София, as Bulgarian lists abbreviate it)
PLACES = frozenset(fold(p) for p in (
    "М", "Москва", "СПб", "Санкт-Петербург", "Петербург", "Л", "Ленинград", "Петроград", "К", "Киев", "Київ", "Минск",
    "Мінск", "Алматы", "Алма-Ата", "Астана", "Нур-Султан", "Ташкент", "Бишкек", "Фрунзе", "Баку", "Тбилиси", "Ереван",
    "Рига", "Вильнюс", "Таллин", "Кишинев", "Казань", "Уфа", "Екатеринбург", "Свердловск", "Новосибирск", "Томск",
    "Омск", "Иркутск", "Самара", "Куйбышев", "Саратов", "Воронеж", "Ростов-на-Дону", "Нижний Новгород", "Горький",
    "Пермь", "Челябинск", "Красноярск", "Владивосток", "Одесса", "Харків", "Харьков", "Львів", "Львов", "Караганда",
    "Қарағанды", "Шымкент", "Павлодар", "Костанай", "Қостанай", "Семей", "Семипалатинск", "Өскемен",
    "Усть-Каменогорск", "Ақтөбе", "Актобе", "Тараз", "Атырау", "Орал", "Уральск", "Петропавловск",
    "София", "С", "Пловдив", "Варна", "Велико Търново", "Шумен", "Плевен", "Русе", "Бургас", "Стара Загора",
    "Благоевград", "Габрово", "Видин", "Враца", "Сливен", "Хасково", "Београд", "Нови Сад", "Загреб", "Скопје", "Скопие",
    "Букурещ", "Прага", "Варшава", "Берлин", "Вена", "Париж", "Лондон", "Нью-Йорк", "Рим",
    "Sofia", "Beograd", "Belgrade", "Zagreb", "Ljubljana", "Praha", "Prague", "Warszawa", "Kraków", "Bucureşti",
    "București", "Budapest", "Wien", "Vienna", "Berlin", "München", "Leipzig", "Hamburg", "Frankfurt", "Köln",
    "Heidelberg", "Göttingen", "Tübingen", "Freiburg", "Stuttgart", "Bonn", "Karlsruhe", "Paris", "London", "Oxford",
    "Cambridge", "New York", "Boston", "Chicago", "Berkeley", "Princeton", "Amsterdam", "Leiden", "Roma", "Milano",
    "Madrid", "Bern", "Zürich", "Basel", "Moscow", "Moskva", "St. Petersburg", "Kyiv", "Kiev", "Almaty", "Astana",
    # the cities of Kazakhstan and its neighbours as the transliterated lists of their journals write them
    "Alma-Ata", "Nur-Sultan", "Karaganda", "Karagandy", "Qaragandy", "Shymkent", "Pavlodar", "Kostanay", "Qostanay",
    "Semey", "Oskemen", "Ust-Kamenogorsk", "Aktobe", "Aqtobe", "Taraz", "Atyrau", "Uralsk", "Petropavlovsk",
    "Kokshetau", "Turkistan", "Saint Petersburg", "Sankt-Peterburg", "Novosibirsk", "Ekaterinburg", "Kazan", "Omsk",
    "Tomsk", "Tashkent", "Bishkek", "Minsk",
))
PLACE_PUB = re.compile(rf"(?:^|(?<=[.–]\s)|(?<=\())(?P<place>{PLACE})\s?:\s?(?=\S)")
#: "София, Наука и изкуство, 1985": place, publisher and year joined by commas (a publisher's name may hold a word
#: abbreviated before a word in lower case, as Soviet imprints write it: "Ташкент, Гос. изд-во УзССР, 1958")
PLACE_PUB_COMMA = re.compile(rf"(?:^|(?<=[.–]\s))(?P<place>{PLACE}),\s(?P<pub>[{UP}«\"„“](?:(?<=\s[{UP}])\.\s|\.\s(?=[{LOWER}])|(?!\.\s)[^,:;\d]){{1,60}}?)"
                             rf",\s?\[?(?:1[5-9]|20)\d\d")
PLACE_YEAR = re.compile(rf"(?:^|(?<=[.–]\s))(?P<place>{PLACE}),\s?(?=\[?(?:1[5-9]|20)\d\d)")
#: a publisher named without its place ("Springer, 2010", "Cambridge University Press, 1992"): the words
#: of publishers' names and the international houses that Russian and Kazakh lists cite without a place
PUBLISHER_WORDS = re.compile(
    r"(?<!\w)(?:Press|Verlag\w*|Publish\w*|Publ\.|Books|Editions?|Éditions|Editura|Edizioni|Wydawnictwo|Inc\.?|Ltd\.?"
    r"|GmbH|Co\.|Издательство|Изд-во|Изд\.|Издат\w*|Баспа\w*|Типография|Тип\.|Springer\w*|Wiley|Elsevier|Routledge"
    r"|Pergamon|Kluwer|Blackwell|Brill|Birkh[aä]user|Macmillan|Penguin|Sage|Mouton|Gruyter|Harrassowitz|Oxford UP"
    r"|Academic|Akademie|Academy)(?!\w)")
PUB_END = re.compile(r",\s?\[|,\s?\d|,\s?(?:cop\.|©|copyright)\s?\[?\d|,\s(?:[СсCcSsPpБб]|pp|стр)\.\s?\d|\s\[?(?:1[5-9]|20)\d\d\b|\.\s\(|\.\s–|\.\s\d|;|\s–\s|\.\s[СсCР]\.\s?\d|\.\s(?:Гл|Ch|Chap|Разд)\.\s?\d|\.?$")
PAGES_MARK = re.compile(
    r"(?=[\u0421\u0441CcPp\u0411\u0431Ss])(?<![\w])(?:С|с|C|c|P|p|pp|стр|Б|б|S|s)\.\s?(?P<p>\d+(?:\s?[–-]\s?\d+)?"
    # the pages of an article set on two pages apart: "С. 1, 3", "Б. 2, 5-6" (not a year after a comma)
    r"(?:,\s?(?!(?:1[5-9]|20)\d\d)\d{1,3}(?:\s?[–-]\s?\d+)?(?![\d.]\d))*)")
#: a count of pages, or a range of pages with the mark after it (not the month of a date in figures: "12.03 – 5 б.")
PAGES_COUNT = re.compile(
    # (not the number of an issue: "№ 30 – 2-бет", its full stops lost, is issue 30, page 2)
    r"(?=\d)(?<![\d\w№/-])(?<!\d\.)(?<!№\s)(?P<p>\d+(?:\s?[–-]\s?\d+)?)(?:,\s?\[\d+\])?\s?(?:-(?=бет|б|bet\b|b\.))?"  # "7-бет", "7-б.", "7-bet"
    r"(?P<m>бет|бб?\.|бб?(?=[\s,;]|$)|[сc]\.|[сc](?=[\s,;]|$)|стр\.|p\.|pp\.|p(?=$)|S\.|bet\b|bb?\.|b(?=\s|$|;))",
)
PAGES_APA = re.compile(r"(?:[:,;]|\.\s)\s?(?P<p>\d+(?:\s?[–-]\s?\d+)?)\.?\s*$")
#: (an issue has five digits at most: "№2014617747" is the number of a registration or a patent)
#: an issue; a range's dash has a space on one side at most ("№ 3 – 14–15 б.": the area separator after "№ 3")
ISSUE = re.compile(r"№\s?(?P<n>\d{1,5}(?!\d)[a-zа-я]?(?:(?:[–-]\s?|\s[–-](?!\s))\d+(?!\d)(?!\s?[^\W\d_])|/\d{1,3}(?!\d))?)|(?<![\w])(?:N|(?i:бр|no|nr|iss)\.)\s?(?P<m>\d+)\b"
                   # "Issue 3", "Issue 1–2": the English word written out
                   r"|(?<![\w])(?i:issue)\s(?P<w>\d+(?:\s?[–-]\s?\d+)?)\b")
#: the words that number a part: volume, part, book, issue of a series (any case; "шығ." is the Kazakh
#: "шығарылым", an issue as "вып." is)
VOL_WORDS = r"(?i:т|t|том|vol|bd|ч|кн|књ|вып|вип|шығ|св|sv|heft|сб)"
NUM_WORDS = r"(?i:т|t|том|vol|bd|ч|кн|књ|вып|вип|шығ|св|sv|heft|сб|бр|no|nr|iss)"
VOLUME = re.compile(
    # (not the Kazakh ordinal's word: in "17-т. 432 б." the volume is 17, and 432 its pages)
    rf"(?<![\w])(?<!\d-)(?:Т|T|Том|Vol|Bd|Ч|Кн|Вып|{VOL_WORDS}(?=\.)|V(?=\.\s?\d))\.?\s?(?P<v>[IVXLCХ\d]+(?:\s?[–-]\s?[IVXLCХ\d]+)?)(?![\w])")
VOL_ISSUE = re.compile(r"^(?P<v>\d{1,4}|[IVXLC]+(?=,\s\d+:))(?:\s?\((?P<i>\d+[^)]*)\)|/(?P<j>\d+)|,\s(?P<k>\d+)(?=:|,\s\d+\s?[–-]\s?\d+\.?$))?"
                       r"(?=[,.:;]|\s|$)")
CONTAINER_END = re.compile(
    rf"\.\s–\s|\.\s(?=(?:1[5-9]|20)\d\d\b|(?:{NUM_WORDS}|С|C|P|pp)\.?\s?\d|{VOL_WORDS}\.\s?[IVXLCХ]+\b|№|N\s?\d"
    rf"|{PLACE}\s?:|{PLACE},\s?\d{{4}}|{PLACE},\s?\d+\s?[–-]\s?\d+)"
    rf"|\s(?=\d{{1,4}},\s\d+\s?[–-]\s?\d+\.?$)"
    rf"|\s(?=\d{{1,4}}(?:/\d+|\s?\(\d+(?:[–-]\d+)?\))?:\s?\d+(?:\s?[–-]\s?\d+)?\.?$)"
    rf"|,\s(?=[IVXLC]+,\s\d+:\s?\d)"
    rf"|,\s(?=(?:1[5-9]|20)\d\d\b|\d{{1,4}}(?:/\d+)?[,.:;]?\s|{NUM_WORDS}\.\s?\d|№|\d{{1,2}}\.\d{{1,2}}\.(?:19|20)\d\d)"
    # ("// Наука и образование – 2019 : материалы конф.": a year followed by other title information is the
    # conference's, part of the name)
    rf"|,?\s(?=\d+\s?\(\d+(?:[–-]\d+)?\))|\s–\s(?=\d)(?!(?:1[5-9]|20)\d\d\s:\s)|\s?\(?(?=№)|\.\s(?=\d{{1,4}}\b)|,\s(?=\d+\s?[–-]\s?\d+(?:[.,;]|$))"
    rf"|,\s(?=Изд(?:ательство|-во|\.)\s|Publ)|\.\s(?=[{UP}]{LET}+\.\s(?:1[5-9]|20)\d\d)"
    # "// Казахстанская правда от 12.03.2021 г., с. 9": the issue's date after "от" (dated)
    rf"|\s(?=от\s\d{{1,2}}\.\d{{1,2}}\.(?:19|20)\d\d)")
#: the role of the people named before it: "(ред.)", "(съст.)", "(eds.)"
ROLE_NOTE = r"\((?:ред|отв\. ред|съст|сост|ed|eds|Hrsg|comp)\.?\)"
EDITOR = re.compile(rf"^[^()]{{3,60}}?{ROLE_NOTE}[.,]?\s*")
IN_MID = re.compile(r",\s(?:В|Във|У|In|in|Im)\s?:\s|,\sin\s(?=[A-Z])")
JOURNAL_COMMA = re.compile(r",\s(?=[^,.]{3,80},\s\d{1,4}(?:/\d+|\s?\(\d+(?:[–-]\d+)?\))?,\s(?:1[5-9]|20)\d\d)")
#: an address; the access note after it ("http://…, свободный") goes with it and is left out of the value
URL = re.compile(r"(?:URL:?\s*)?(?:https?://|www\.)\S+(?:,?\s(?:свободный|free|для зарегистрир\w*\.? пользователей)\.?)?",
                 re.I)
#: a link followed by a note in brackets of a few words and a date ("(дата посещения: 12.03.2022)", "(қаралды:
#: 12.03.2022)", "(өтініш жасалған күні 12.03.2022)", "(дата обращения 12 марта 2022 г.)"): the date the link was
#: opened, whatever words name it (WEB_NOTE knows the usual ones); no date of the item
URL_THEN_ACCESS = re.compile(rf"(?P<url>{URL.pattern})\s?\([^()\d]{{2,40}}?:?\s?(?:\d{{1,2}}[./]\d{{1,2}}[./](?:19|20)?\d\d"
                             rf"|\d{{1,2}}\s[^\W\d_]{{3,}}\.?\s(?:19|20)\d\d)[^()]{{0,12}}\)\.?", re.I)
#: the general designation of the material after the title proper (GOST 7.1-2003, 4.3.3: "[Текст]", "[Карты]",
#: "[Видеозапись]", "[Звукозапись]", "[Ноты]", "[Изоматериал]", …, and their Kazakh names, "[Карталар]",
#: "[Бейнежазба]", "[Дыбыс жазбасы]"): in no field
MEDIUM = re.compile(r"\s?\[(?:Электронный ресурс|Электрондық ресурс|Электронды ресурс|Текст|Мәтін|Text|Electronic resource"
                    r"|Электронная версия|Видеозапись|Аудиозапись|Звукозапись|Карты|Карта|Изоматериал|Ноты|Кинофильм"
                    r"|Мультимедиа|Микроформа|Рукопись|Шрифт Брайля|Комплект|Предмет"
                    r"|Карталар|Бейнежазба|Бейнежазбалар|Дыбыс жазбасы|Дыбыс жазбалары|Аудиожазба|Ноталар"
                    r"|Қолжазба)\](?:\s?\.(?=\s[–-]))?", re.I)
#: the content and the medium of GOST 7.0.100-2018: "Текст : электронный", "Изображение (неподвижное ;
#: двухмерное) : непосредственное", "Видео : электронное", Kazakh "Мәтін : тікелей"
_CONTENT = (r"(?:Текст|Мәтін|Изображение|Видео|Музыка|Бейне|Сурет|Text|Image|Video)(?:\s?\([^()]{3,40}\))?\s?:\s?"
            r"(?:(?:электронн|непосредственн)(?:ый|ое|ая|ые)|электрондық|тікелей|electronic|unmediated)")
#: GOST 7.0.100-2018 writes the container of a part right after its content and medium note ("– Текст : электронный //
#: Журнал. – 2020"); a sentence after the note ("– Текст : электронный. Журнал. – 2020", the " // " written as a full
#: stop) is that container
CONTENT_THEN_CONTAINER = re.compile(rf"(?:\.?\s–\s|\.\s){_CONTENT}\.\s(?=[{UP}«\"„“][^.–]{{2,}})")
#: GOST 7.0.100-2018 content and medium ("– Текст : электронный") and an ISBN or ISSN: in no field
CONTENT_NOTE = re.compile(rf"(?:\.?\s–\s|\.\s|^){_CONTENT}\.?(?=\s?//|\s–|$)"
                          # the same note between two areas separated by full stops only ("Title. Текст : электронный.
                          # Journal"): it goes with its own full stop, the one before it ends the area before
                          rf"|(?<=\.)\s(?:–\s)?{_CONTENT}\.(?=\s)"
                          # (after ". – ", or after " – " or ". " in a list that lost the full stop or the dash)
                          r"|(?:\.?\s–\s|\.\s)(?:ISBN|ISSN)\s?[\dXх–-]+(?=\.|$)"
                          # the note area: a bibliography, an index, a summary ("– Библиогр.: с. 230–239.")
                          r"|\.\s–\s(?:Библиогр|Библиография|Указ|Имен\.\sуказ|Предм\.\sуказ|Прил|Примеч|Рез|Summ"
                          r"|Әдебиет|Әдеб)[\w.]*(?:\s?:|\s(?:в\s|на\s|с\.\s?\d|\d|[а-я]+\.)).*?(?=\.\s–\s|\.?\s*$)"
                          # (the areas separated by full stops only: "… 210 с. Библиогр.: с. 180–205.")
                          r"|\.\s(?:Библиогр\.|Библиография|Әдеб\.|Әдебиет)\s?:.*?(?=\.\s–\s|\.?\s*$)"
                          r"|(?:\.\s(?:–\s)?|\s)(?:DOI|doi)\s?:?\s?10\.\S+?\.?(?=\s|$)"
                          # the identifier of the Russian science index after the DOI ("– EDN: ABCDEF.", "EDN ABCDEF")
                          r"|(?:\.\s(?:–\s)?|\s)EDN\s?:?\s?[A-Z]{4,8}\.?(?=\s|$)", re.I)
# every match holds a content word, a DOI or an EDN, or a note area after " – "
CONTENT_NOTE = gated(CONTENT_NOTE, "текст", "мәтін", "изображение", "видео", "музыка", "бейне", "сурет", "text",
                     "image", "video", "doi", "edn",
                     gate=r"\.\s–\s(?:библиогр|указ|имен|предм|прил|примеч|рез|summ|әдеб)|\s(?:isbn|issn)"
                          r"|\.\s(?:библиогр|әдеб)")
#: the note on the language of the work that reference lists transliterated or translated for journals indexed abroad
#: end an entry with ("(In Russ.)", "(in Russian)", "(In Kazakh)", "(In Kaz.)", "(на русском языке)", "(орыс тілінде)")
LANGUAGE_NOTE = re.compile(r"\s?\(\s?(?:[Ii]n\s(?:(?P<ru>Russ(?:ian)?)|(?P<kk>Kaz(?:akh)?))\.?"
                           r"|на\s(?:(?P<ru2>русском)|(?P<kk2>казахском))\sязыке|(?:(?P<ru3>орыс)|(?P<kk3>қазақ))\sтілінде)"
                           r"\s?\)\.?")
#: "(дата обращения: 15.03.2019)", "Режим доступа:": notes of a web resource, not part of any field (also in
#: Ukrainian and Belarusian lists after DSTU 8302 and STB 7.208: "(дата звернення: 12.03.2021)", "(дата доступу: …)",
#: "Режим доступу:")
WEB_NOTE = re.compile(r"\(\s?(?:дата обращения|дата доступа|дата звернення|дата звертання|дата доступу|дата звароту"
                       r"|қаралған күні|жүгінген күні|жүгіну күні|accessed|viewed"
                       r"|date of access|access date|date accessed|qaral(?:ǵ|g|ğ)an\sk(?:ú|u|ü)ni)[^)]*\)\.?"
                       r"|(?:Режим доступа|Режим доступу|Қолжетімділік режимі|Кіру режимі|Қол жеткізу режимі|Қатынау режимі|Available at"
                       r"|Access mode)\s?:?"
                       r"|\.?\s?[–-]?\s?(?:Загл\. с экрана|Title from screen)\.?", re.I)
# every match holds a word of a date of access, "режим" of the access mode, "available", "загл" or "title from"
WEB_NOTE = gated(WEB_NOTE, "дата", "күні", "access", "viewed", "qaral", "режим", "available", "загл", "title from")
#: the notes that end an entry of a library's list and that no field holds: an annotation ("– Аннотация: …",
#: "Аңдатпа: …", on the entry's line or the next), the note of a newspaper article printed in parts ("– Продолж.
#: Начало: № 12.", "– Окончание. Начало: № 112, 115.", "– Жалғасы. Басы: № 12.", "– Басы: 2019. № 2.", "– Соңы. Басы
#: өткен санда.", "– (Продолжение следует).") and the note of an article reprinted ("– Перепеч.: Ленинская смена. –
#: 1967.", "– Қайта басылған: Қазақ. – 1913. – № 5."); the areas these notes name (another issue, another newspaper)
#: are not the entry's
END_NOTE = re.compile(
    # (also after a dash whose spaces were lost: ".–Аннотация: …")
    r"(?:\.?\s[–—-]\s|\.\s?[–—]\s?|\.\s|\s*\n\s*)(?:Аннотация|Аннот\.|Аңдатпа|Annotation)\s?:\s.*$"
    r"|(?:\.?\s[–—-]\s|\.\s?[–—]\s?|\.\s)(?:Продолж(?:ение)?\.|Окончание\.|Оконч\.|Начало\s?:|Нач\.\s?:|Жалғасы\.|Соңы\.|Басы\s?:"
    r"|Басы\s(?:өткен|алдыңғы)\s|Перепеч(?:атано)?\.?(?:\s(?:из|с))?\s?:|Қайта\sбасыл(?:ған|ды)\s?:).*$"
    r"|\.?\s?(?:[–—-]\s)?\((?:Продолжение|Окончание)\sследует\.?\)\.?\s*$|\.?\s?(?:[–—-]\s)?\(Жалғасы\s(?:бар|келесі\sсанда)\.?\)\.?\s*$",
    re.S)
#: the end of a whole entry: its pages or page count, its year, the illustrations after the count ("208 б. : сур."),
#: its series in brackets
_ENTRY_END = re.compile(r"(?:\d\s?(?:б|бб|бет|с|c|стр|p|pp|b|bet)\.?|(?<!\w)[СсБбCP]\.\s?\d+(?:\s?[–-]\s?\d+)?\.?"
                        r"|(?:1[5-9]|20)\d\d\.|:\s?(?:сур|ил|портр|фот|карт|табл)\.|\)\.|\d\+\.?)\s*$")
#: a summary written after the entry on its own line: a sentence (two words of letters at its start), no area of an
#: entry in it
_SUMMARY = re.compile(rf"\s*[{UP}«\"][^\W\d_]*\.?\s[«\"]?[^\W\d_]")
#: a summary written on the entry's line after its last full stop, opened as annotations open ("Мақалада … туралы
#: айтылады.", "Кітапта … берілген.", "В статье рассказывается …", "Статья посвящена …")
_SUMMARY_CUE = re.compile(r"\s(?=(?:Мақалада|Мақала|Кітапта|Құралда|Анықтамалықта|Басылымда|Очеркте|Сұхбатта"
                          r"|В\sстатье|В\sкниге|В\sпособии|Статья\sпосвящена|Книга\sпосвящена|Пособие\sпосвящено"
                          r"|Автор\sрассказывает|Автор\sстатьи|Рассказывается|Рассматрива(?:ется|ются)|Описыва(?:ется|ются)"
                          r"|Освеща(?:ется|ются)|Maqalada|Kitapta)\s)")


def drop_end_notes(text: str) -> str:
    """An entry without what a library's list writes after it: the notes of :data:`END_NOTE` and a summary, on the
    next line or after the entry's last full stop ("… – 6 б.\\nМақалада … туралы айтылады.")."""
    t = END_NOTE.sub("", text).rstrip()
    for m in re.finditer(r"\s*\n", t):
        head, tail = t[:m.start()].rstrip(), t[m.end():]
        if (_ENTRY_END.search(head) and _SUMMARY.match(tail) and len(tail.split()) >= 3
                and not re.search(r"//|\.\s?[–—-]\s", tail)):
            return head
    for m in _SUMMARY_CUE.finditer(t):
        if _ENTRY_END.search(t[:m.start()]) and not re.search(r"//|\.\s?[–—-]\s", t[m.end():]):
            return t[:m.start()].rstrip()
    return t


#: the marker of the part of a whole: "В кн.:", "В сб.:", "Жинақта:", "В:", "In:"
#: Russian, Ukrainian ("В зб.:", "У кн.:"), Bulgarian ("Във:"), Serbian ("У:"), Kazakh, English, German
#: (Kazakh in Latin letters too: "Jınaqta:", "Kitapta:")
IN_WORDS = (r"(?:[ВУ] (?:кн|сб|зб|журн|газ)\.|В|Във|У|Ин|In|Im|Жинақта|Жинағында|Кітапта|Кітабында"
            r"|J[ıi]naqta|J[ıi]na(?:ǵ|g|ğ)ynda|Kitapta|Kitabynda)")
IN_MARK = re.compile(rf"^{IN_WORDS}\s?:\s*|^[ВУ] (?:кн|сб|зб)\.\s*|^In\s(?=[A-Z])")
#: a part marker inside the title area of an entry without " // "
IN_AREA = re.compile(rf"(?:\.|,|\s[–/])\s(?={IN_WORDS}\s?:\s?\S|[ВУ] (?:кн|сб|зб)\.\s)"
                     # the space after the title's full stop lost: "Детское чтение в семье.В кн.: …", "Қоры.Жинақта: …"
                     rf"|(?<=[^\W\d_]{{3}})\.(?=[ВУ] (?:кн|сб|зб)\.\s?:?\s|(?:Жинақта|Жинағында|Кітапта|Кітабында"
                     rf"|J[ıi]naqta|Kitapta)\s?:\s)")
#: the Kazakh edition statement names what was done before the number: "Толықтырылған 2-басылым", "Өңделген және
#: толықтырылған 3-басылымы"
KK_EDITED = r"(?:(?:толықтырылған|өңделген|түзетілген|қайта\sөңделген|стереотиптік)(?:,?\s(?:және\s)?))*"
#: a Kazakh edition statement at the start of its area: "2-бас.", "2-басылым", "Толықтырылған 2-басылымы"
KK_EDITION = rf"(?i:{KK_EDITED})\d+-бас(?:ылым\w*)?(?!\w)\.?"
#: an edition's number written as an ordinal word, Russian, Bulgarian, Ukrainian, Kazakh and English ("Второе изд.",
#: "Трето издание", "Друге видання", "Екінші басылым", "Second edition")
ORDINAL_WORD = (r"(?:(?:перв|втор|трет|четв[её]рт|пят|шест|седьм|восьм|девят|десят)(?:ое|ье)|първо|второ|трето|четвърто"
                r"|пето|шесто|седмо|осмо|девето|десето|перше|друге|третє|четверте|п['’ʼ]яте|шосте|сьоме|восьме"
                r"|дев['’ʼ]яте|десяте|бірінші|екінші|үшінші|төртінші|бесінші|алтыншы|жетінші|сегізінші|тоғызыншы|оныншы"
                r"|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)")
#: what an edition statement says was done ("испр.", "перераб.", Bulgarian "преработено", Ukrainian "доповнене",
#: "перероблене", "виправлене"; Kazakh "толықт.")
EDITION_DONE = r"(?:испр|доп|перераб|преработ|перероб|поправ|виправ|стер|толықт|өңд|түзет|rev|enl)"
#: an edition statement that ends a title: "(2-е изд., допол.)", "2-е изд., перераб. и доп.", "2-бас., толықт."
EDITION = re.compile(r"\s?\((?:\d+-?[а-я]{0,3}\s)?(?:изд|испр|доп|перераб|бас)[^()]*\)"
                      # "ГОСТ ISO 2108–2022. Изд. офиц.": the edition statement of a standard or an act
                      r"|[.,]\s(?:изд\.\s?офиц|офиц\.\s?изд|официальное\sиздание|ресми\sбасылым)\.?\s*$"
                      # "Репринт. изд. 1903 г.", "Репр. воспр. изд. 1881 г.": the statement of a reprint and the year of
                      # the edition reproduced
                      r"|[.,]\s(?:репринт\w*|репр)\.?(?:\s(?:воспр|изд)\w*\.?)*(?:\s(?:1[5-9]|20)\d\d\s?г?\.?)?\s*$"
                      r"|[.,]\s(?:(?:изд(?:ание)?|вид(?:ання)?)\.?\s(?:\d+-?[а-яєі]{0,3}|{ORD})\.?"
                      r"|{KK_EDITED}(?:\d+(?:-?[а-яєіә]{0,3}|\.)\s|\d+-(?=бас)|(?:репринт\w*|репр|факсим\w*|стереотип\w*|стер|испр|доп|перераб|нов|қайта)\.?\s)?"
                      r"(?:изд|басылым|бас(?=\.)|вид(?=\.)|видання)\w*\.?"
                      # "Трето изд.", "Второ, преработено издание", "Екінші басылым", "Second edition"
                      r"|{ORD}(?:,?\s{DONE}\w*\.?)*\s(?:изд|басылым|вид(?=\.)|видання|ed(?:\.|ition))\w*\.?"
                      r"|\d+(?:st|nd|rd|th)\s(?:ed|edn|edition)\.?|\d+\.\s(?:Aufl|Ausg)\w*\.?)(?:,?\s{DONE}"
                      r"[^.]*\.?)*(?:\s(?:и|және|і|та)\s{DONE}\w*\.?)?\s*$".replace(
                          "{KK_EDITED}", KK_EDITED).replace("{ORD}", ORDINAL_WORD).replace("{DONE}", EDITION_DONE), re.I)
#: words of a collection or series named as a container without " // "
COLLECTION = re.compile(r"(?<!\w)(?:сб\.|сборник|жинақ|жинағы|труды|еңбектері|материалы|материалдары|записки|известия"
                         r"|вестник|хабаршы|вопросы|мәселелері"
                         r"|ежегодник|альманах|чтения|оқулары|proceedings|transactions)", re.I)
NUMBER = re.compile(r"^\s*(?P<n>\d{1,3})\s?[.)](?!\d)\s*")
#: the mark of a list item that is not numbered: a bullet or a dash ("• Иванов …", "– Иванов …"), or a number in
#: brackets ("[12] Иванов …")
LIST_MARK = re.compile(r"\s*(?:\[(?P<n>\d{1,3})\]\.?|[•·▪◦●*]|[–—-](?=\s))\s*")
ABBR = {"им", "ім", "г", "гг", "в", "вв", "т", "тт", "с", "см", "изд", "ред", "под", "сост", "пер", "др",
         "ул", "обл", "р", "ун", "св", "проф", "акад", "кн", "вып", "ч", "доп", "испр", "перераб",
         "стер", "etc", "al", "pp", "vol", "ed", "eds", "et", "no", "нач", "кон", "гл", "рис", "табл",
         # GOST 7.0.12 abbreviations met in titles, series and publishers' names
         "тип", "имп", "ин", "гос", "нац", "моск", "ленингр", "рос", "сов", "науч", "худож", "лит", "пед",
         "техн", "ист", "филол", "отд", "зап", "тр", "сб", "бр", "год", "стр", "прил", "вст", "ст", "примеч",
         "коммент", "предисл", "отв", "общ", "сер", "књ", "св", "бълг", "рус", "укр",
         # abbreviated months of a date ("от 22 сент. 2015 г.")
         "янв", "фев", "февр", "апр", "июн", "июл", "авг", "сен", "сент", "окт", "ноя", "нояб", "дек"}

MONTH_KEYS = sorted({fold(k): v for k, v in MONTHS.items()}.items(), key=lambda kv: -len(kv[0]))
#: a day and its month ("12 января"); of a range of days ("17–23 тамыз", a weekly's issue) the first
#: (a day is 1 to 31: "№ 45 – 18 мамыр" is an issue and a date, not the days 45 to 18)
DATE = re.compile(r"(?<!\d)(?P<d>3[01]|[12]?\d)(?!\d)(?:\s?[–-]\s?(?P<e>\d{1,2}))?(?:\s?|-)(?P<m>" + "|".join(re.escape(k) for k, _ in MONTH_KEYS) + r")[а-я]*")
DATE_NUM = re.compile(r"(?<![\d.])(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>(?:19|20)\d\d)(?!\d)")


# -- small helpers -----------------------------------------------------------

# A pattern that starts with a lookbehind is tried in full at every position;
# a lookahead for the one character (or the few) its matches begin with
# spares that (the same matches, 1.3-3.5x faster): _SPACED_HYPHEN,
# _AREA_SEPARATOR, PAGES_MARK and PAGES_COUNT start with one.
_ODD_SPACE = re.compile(r"[\u00a0\u2009\u202f\u2007\t\r\n\x0b\x0c]")
_ODD_HYPHEN = re.compile(r"[\u2010\u2011]")
_DASH = re.compile(r"[\u2012\u2013\u2014\u2015\u2212]")
_SPACED_HYPHEN = re.compile(r"(?=-)(?<=\s)-(?=\s)")
# ".- " / ". -" / ".–" : area separator (not the hyphen of "С.-Петербург", nor of an abbreviated
# compound: "науч.-практ.", "с.-х.", "обл.-ист.")
#: (not the hyphen of an abbreviated compound, "С.-Петербург", nor the dash that joins two places of publication
#: abbreviated, "М.—Л., 1934", "Л.–М.: Изд-во АН СССР", as books printed before GOST 7.1-76 name them)
_AREA_SEPARATOR = re.compile(rf"(?=\.)(?P<h>(?<![^\W\d][^\W\d])(?<=[^\W\d])\.-(?=[{UP}])|(?<=[^\W\d])\.-(?=[a-z{LOWER}])"
                             rf"|(?:(?<=(?<![^\W\d])[МЛК])|(?<=(?<![^\W\d])СПб)|(?<=(?<![^\W\d])Пг))\.–(?=(?:[МЛК]|СПб|Пг)\.\s?[,:;]))"
                             rf"|\.\s*[–-]\s*(?=[^\s–-])")
_RUN_OF_SPACES = re.compile(r" {2,}")
#: "--" (two or three hyphens after a space or a full stop) typed for the dash where no dash key is at hand; not
#: inside a link ("xn--80a")
_TYPED_DASH = re.compile(r"(?<=[\s.])-{2,3}(?=[^-])")
#: ".-" right after "and others" written without brackets ("Б.Т.Серікова т.б.-Астана", "и др.-М.") is an area
#: separator, not the hyphen of an abbreviated compound
_ET_AL_SEPARATOR = re.compile(r"(?:(?<=\bт\.б)|(?<=\bт\.\sб)|(?<=\bж\.б)|(?<=\bи\sдр))\.\s?-(?=\s?\S)")


def _area_separator(m: re.Match[str]) -> str:
    return m.group(0) if m["h"] else ". – "


#: "Nº 4", "N° 4", "No 4": the sign № as typed on keyboards without it, or read by OCR
_NUMERO = re.compile(r"(?<![^\W\d_])(?:N\s?[º°]|No(?=\s?\d))\.?\s?(?=\d)")
#: a space before a full stop or a comma, which GOST never writes ("Иванов , И . И .", "2016 . –")
#: an area written with no space after its full stop ("Библиотека.2015.№3.С.5-8"): the year or "№" glued to the
#: word before it
_GLUED_STOP = re.compile(r"(?<=[^\W\d_]{2})\.(?=(?:1[5-9]|20)\d\d(?:[.,]\s?(?:№|[^\W\d_]{1,3}\.|\d|\s|$)|\s|$))"
                         r"|(?<=\d)\.(?=№)")
_LINK = re.compile(r"://|www\.|^(?:doi:)?10\.\d", re.I)
_SPACE_BEFORE_STOP = re.compile(r"(?<=[\w»\")\]])\s+(?=[.,](?:\s|$)(?!\.))")
_DOUBLE_DASH = re.compile(r"\.\s*–\s*–\s*(?=[^\s–-])")
#: the word "year" typed against the year of the publication area ("Ақжайық. – 2021ж. – 11 наурыз", "– 05.05.2023ж. –"),
#: spaced as GOST writes it; not in a title, which keeps its text ("произв. летом 1881г. Известия …")
_GLUED_YEAR_WORD = re.compile(r"(?:(?<=(?<![\d.])(?:1[5-9]|20)\d\d)|(?<=\d\.(?:19|20)\d\d))(?=[жг]\.(?:\s–\s|,|$))")
#: a full stop or a comma typed twice
_DOUBLED = re.compile(r"(?<![.])\.\.(?![.])|,,")
#: "/ /" (a space got into "//" by OCR or a typist), "Title.//Journal"
_SPLIT_CONTAINER = re.compile(r"(?<=\s)/\s/(?=\s)")
#: " // " read by OCR as two strokes of another kind ("II", "ІІ", "ll", "||", "I/", "/I") or as one "/", and what
#: must follow it then: a name and its year straight after it (a periodical's: "Жетісу. – 2022", "Айқын 2022"), or
#: an issue or a page range (a part of a collection: "II Сборник / под ред. … – М. : Наука, 2005. – С. 5–9"); after
#: one "/" the name has no full stop (no initials: the names of a responsibility) and its year is followed by a day
#: and its month or "№" (a newspaper's date or issue: a book's imprint has a place and a publisher)
_OCR_STROKES = re.compile(rf"\s(?P<k>[IІl|]{{2}}|[IІl|]/|/[IІl|]|/)(?=\s[{UP}«\"])")
#: a second pair of strokes: the first is a Roman numeral of a name ("Екатерины II II Родина": "Екатерины II // Родина")
_STROKES_AGAIN = re.compile(r"\s[IІl|]{2}\s")
#: the content and medium note of GOST 7.0.100-2018 ends the title area of a part: what follows it is its container
_MEDIUM_WORDS = frozenset(fold(w) for w in ("электронный", "электронное", "электронная", "непосредственный",
                                             "непосредственное", "электрондық", "тікелей", "electronic", "unmediated"))
_CONTAINER_YEAR = re.compile(r"(?P<name>[^/–;]{1,80}?)(?:\.\s–\s|\s–\s|\.\s|\s)(?:1[89]|20)\d\d(?!\d)(?P<after>[.,]?\s(?:–\s)?)?")
_CONTAINER_MARK = re.compile(r"(?<!:)//")
#: an issue ("№ 3"), pages with their mark before them ("С. 5–9", "С. 689", "Б. 12", "P. 5–9", an archive's
#: leaves "Л. 1–20") or a range of pages ("15–20 б."): the numbering of a part (a whole book counts its pages with
#: the mark after them: "300 с.", "120 б.")
_PART_NUMBERS = re.compile(r"№|(?<![^\W\d_])(?:[СсCБбPpЛл]|pp|стр)\.\s?\d"
                           r"|(?<![\d.])\d{1,4}\s?[–-]\s?\d{1,4}\s?(?:[сcбp]|бб|pp|бет)(?![^\W\d_])")
#: the marks after which "II" is the number of a volume or a part, not a container's "//"
_NUMBERED_MARKS = frozenset(fold(w) for w in ("т", "t", "том", "vol", "ч", "часть", "кн", "вып", "бөлім", "шығ",
                                              "no", "part", "гл", "разд", "раздел", "№"))


def _day_or_issue(text: str) -> bool:
    """A day and its month ("21 наурыз", "5 сәуір", "3 нояб.") or "№" at the start of ``text``."""
    return bool(text.startswith("№") or DATE.match(fold(text)) or abbr_date(text, 2000))


def _ocr_container(text: str) -> str:
    if _CONTAINER_MARK.search(text):
        return text

    def mend(m: re.Match[str]) -> str:
        before = text[:m.start()].split()
        if not before or fold(before[-1].rstrip(".")) in _NUMBERED_MARKS:
            return m.group(0)
        if _STROKES_AGAIN.match(text, m.end()):
            return m.group(0)
        if m["k"] != "/" and len(before) > 2 and before[-2] == ":" and fold(before[-1].rstrip(".")) in _MEDIUM_WORDS:
            return " //"  # "Мәтін : электрондық II Сайт : [сайт]. – Көкшетау, 2023"
        c = _CONTAINER_YEAR.match(text, m.end() + 1)
        if m["k"] == "/":
            if not c or "." in c["name"] or c["after"] is None or not _day_or_issue(text[c.end():]):
                return m.group(0)
            return " //"
        # a periodical's year after its name, or the numbering or the page range of a part after the strokes (a
        # whole book gives its place and its count of pages)
        return " //" if c or _PART_NUMBERS.search(text, m.end()) else m.group(0)

    return _OCR_STROKES.sub(mend, text)


#: a periodical's year and its day and month (or "№") with the full stops and dashes of their areas lost
#: ("// Айқын 2021 3 наурыз 6 б."): the year ends the container's name
_BARE_YEAR = re.compile(r"(?P<c>//\s?)(?P<name>[^–.,:;/\d]{1,60}?)\s(?P<y>(?:1[89]|20)\d\d)\s(?=\d{1,2}[\s-]?[^\W\d_]|№)")


def _bare_year(text: str) -> str:
    def mend(m: re.Match[str]) -> str:
        tail = text[m.end():]
        if not _day_or_issue(tail):
            return m.group(0)
        return f"{m['c']}{m['name']}. – {m['y']}. – "

    return _BARE_YEAR.sub(mend, text)


#: an author heading whose only initial lost its full stop ("Ахметжанова Н Кітап оқу … // …"): a surname, one
#: capital and a word in capitals and lower case after it (a title's second word is in lower case)
BARE_INITIAL = re.compile(rf"^(?P<s>{SURNAME})\s(?P<i>[{UP}])(?=\s[{UP}][a-z{LOWER}])")


#: a word of letters, and a single letter whose Latin and Cyrillic forms are drawn alike ("B кн.", "M.:", "c. 5");
#: P only when no full stop follows it, for Russian lists write the pages in Latin ("P. 45–52", "200 p."): "ГОСТ P
#: 7.0.97", "Ф. P-1" are the Cyrillic Р
_WORD = re.compile(r"[^\W\d_]+")
_LOOKALIKE_CAPITAL = re.compile(r"(?<![^\W\d_])(?:[ABCEHKMOTXaceoxy]|P(?!\.))(?![^\W\d_])")
_LATIN_LETTER = re.compile(r"[A-Za-z]")
_CYRILLIC_WORD = re.compile(r"^[^\W\d_]*[\u0400-\u04ff][^\W\d_]*$")


def _mixed_word(m: re.Match[str]) -> str:
    w = m.group(0)
    if w.isascii() or not any("a" <= c.lower() <= "z" for c in w):
        return w
    return fix_homoglyphs(w)


def one_script(text: str) -> str:
    """Latin look-alike letters typed (or read by OCR) into Cyrillic words put
    right: a word of both scripts takes the one its look-alikes can be turned
    into (:func:`esep.plugins.ocr_repair.fix_homoglyphs`: "Hаука" -> "Наука",
    "Сh" -> "Ch"), and a capital standing alone between Cyrillic words is
    Cyrillic ("B кн.: …" -> "В кн.: …", "– M.: Наука" -> "– М.: Наука", "2-e изд.")."""
    if text.isascii() or not _LATIN_LETTER.search(text):
        return text
    t = _WORD.sub(_mixed_word, text)

    def capital(m: re.Match[str]) -> str:
        # the words around it, other such capitals left out ("Cидоpова E. H. Чтение")
        before = [w for w in _WORD.findall(t[max(0, m.start() - 40):m.start()]) if w not in HOMOGLYPHS]
        after = [w for w in _WORD.findall(t[m.end():m.end() + 40]) if w not in HOMOGLYPHS]
        if (before or after) and all(_CYRILLIC_WORD.match(w) for w in (before[-1:] + after[:1])):
            return HOMOGLYPHS[m.group(0)]
        return m.group(0)

    return _LOOKALIKE_CAPITAL.sub(capital, t)


@functools.lru_cache(maxsize=2048)  # an entry is cleaned when scored, and again when parsed
def clean_text(text: str) -> str:
    """Spaces, dashes and area separators in one form each; a place or a publisher not named in brackets."""
    t = unicodedata.normalize("NFC", text)
    t = _DASH.sub("–", _ODD_HYPHEN.sub("-", _ODD_SPACE.sub(" ", t)))
    t = _TYPED_DASH.sub("–", t)
    t = _ET_AL_SEPARATOR.sub(". –", t)
    t = _SPACED_HYPHEN.sub("–", t)  # a hyphen between spaces is a dash
    t = _AREA_SEPARATOR.sub(_area_separator, t)  # ".- " / ". -" / ".–" : area separator
    t = _UNNAMED_PUBLISHER.sub(lambda m: f"[{m.group(0)}]", _UNNAMED_PLACE.sub(lambda m: f"[{m.group(0)}]", t))
    return _RUN_OF_SPACES.sub(" ", t).strip()


#: "– М. Наука, 1975", "М. «Мысль». 1977", "Алма-Ата. Казахстан, 1968": a city of publication whose colon before the
#: publisher was lost (or typed as a full stop), then the publisher and the year; a Cyrillic city (a Latin one may
#: begin its publisher's name: "Cambridge University Press, 1992")
_PLACE_NO_COLON = re.compile(rf"(?:(?<=–\s)|(?<=\.\s))(?P<place>[{UPPER}]{LET}*(?:-[{UPPER}]{LET}*)?\.?)\s"
                             rf"(?P<pub>[«\"„“]?[{UP}][^\s,.:;\d«»\"“”]{{1,30}}(?:[\s-][^\s,.:;\d«»\"“”]{{1,30}}){{0,2}}[»\"“”]?)"
                             rf"[.,]\s(?=\[?(?:1[5-9]|20)\d\d(?!\d))")


def _place_colon(m: re.Match[str]) -> str:
    place = m["place"]
    if fold(place.rstrip(".")) not in PLACES or fold(m["pub"].strip("«»\"„“”").rstrip(".")) in PLACES:
        return m.group(0)
    if len(place.rstrip(".")) > 3:  # "Алма-Ата." -> "Алма-Ата:" (an abbreviation keeps its dot: "М.", "СПб.")
        place = place.rstrip(".")
    return f"{place}: {m['pub']}, "


def mend_text(text: str) -> str:
    """What typists, PDF text layers and OCR do to an entry, put right in a
    text :func:`clean_text` gave: "Nº"/"No 4" for "№", "/ /" for "//" (and
    "II", "ІІ", "ll", "||", "I/" or one "/" before a periodical and its year), a
    periodical's year and date without their areas' full stops and dashes, a
    full stop or comma typed twice, a dash typed twice after a full stop, "ж."
    or "г." typed against the year of the publication area ("2021ж. –"), a
    space before a full stop or a comma, no space after the full stop
    before a year or "№", Latin look-alike letters in
    Cyrillic words (:func:`one_script`)."""
    t = _bare_year(_ocr_container(_SPLIT_CONTAINER.sub("//", _NUMERO.sub("№ ", text))))
    t = _DOUBLED.sub(lambda m: m.group(0)[0], t)  # "И.. И.", "Наука,, 2015" (not an ellipsis "...")
    t = _DOUBLE_DASH.sub(". – ", t)  # "Книга.–– М.: …"
    t = _GLUED_YEAR_WORD.sub(" ", t)
    t = _SPACE_BEFORE_STOP.sub("", t)  # "Иванов , И . И . Статья" (a PDF's or OCR's spacing)
    # "Библиотека.2015.№3." -> "Библиотека. 2015. №3." (not inside a link: "https://doi.org/10.1/kpi.2021.3")
    t = _GLUED_STOP.sub(lambda m: "." if _LINK.search(t[:m.start()].rsplit(None, 1)[-1]) else ". ", t)
    t = _PLACE_NO_COLON.sub(_place_colon, t)
    return one_script(_RUN_OF_SPACES.sub(" ", t).strip())


def strip_value(s: str | None) -> str | None:
    if s is None:
        return None
    s = s.strip(" \t,;:/–-")
    if s.endswith(".") and not s.endswith("..."):
        s = s[:-1].rstrip()
    s = s.strip(" \t,;:/–-")
    for a, b in (("«", "»"), ("“", "”"), ("„", "“")):
        if s.count(a) != s.count(b) and a != b:
            s = s.replace(a, "").replace(b, "").strip()
    if s.count('"') % 2:
        s = s.replace('"', "").strip()
    return s or None


def place_as_written(s: str) -> str | None:
    """A place as written; an abbreviation keeps its dot ("М.", "СПб.")."""
    s = s.strip(" ,:;–")
    last = re.search(r"(\w+)\.$", s)
    if last and len(last.group(1)) > 3:
        s = s[:-1]
    return s or None


_OPENING_QUOTE = re.compile('[«“„"]')


def outside_quotes(s: str, ch: str) -> int:
    """Index of the first ``ch`` outside «», “”, „“ and "" quotes, or -1."""
    at = s.find(ch)
    if at < 0:
        return -1
    opening = _OPENING_QUOTE.search(s, 0, at + 1)
    if opening is None:  # no quote opens before it: the first ``ch`` is outside
        return at
    depth = 0
    plain = False
    for i, c in enumerate(s):
        if c in "«“„":
            depth += 1
        elif c in "»”" and depth:
            depth -= 1
        elif c == '"':
            plain = not plain
        elif c == ch and depth == 0 and not plain:
            return i
    return -1


def initials(inits: str) -> str:
    """"И.И." -> "И. И.", "Қ.-Ж.К." -> "Қ.-Ж. К."."""
    return " ".join(re.findall(rf"{LET}+\.(?:-{LET}+\.)?", inits)
                    + [f"{x}." for x in re.findall(rf"(?<=\.)\s?({LET})$", inits)])


def segments(s: str) -> list[tuple[int, int]]:
    """Spans of the sentence-like segments of ``s``: split at ". " (or after
    "?" and "!", which stay with their sentence) before a capital, digit,
    quote, bracket or a numbering word in lower case ("т. 1", "с. 5"), but
    not after an initial or a common abbreviation."""
    out, start = [], 0
    # (a volume or a page marker in lower case starts a segment too: "Apokryphen. т. 1. Berlin")
    for m in re.finditer(rf"[.?!]\s+(?=[{UP}\d«\"„“(\[№]|(?:т|тт|ч|кн|вып|вип|бр|с|стр)\.\s?[\dIVXLCХ])", s):
        if s[m.start()] != ".":
            out.append((start, m.start() + 1))
            start = m.end()
            continue
        k = m.start()
        while k > 0 and s[k - 1].isalpha():
            k -= 1
        prev = s[k:m.start()]
        if prev.casefold() in ABBR or (len(prev) == 1 and prev.isupper()):
            # "в 1998 г. Казань, 1999": an abbreviation before the imprint still ends the title, but not
            # "им." / "ім." (имени), always followed by a name ("КазНУ им. аль-Фараби", "КПІ ім. Ігоря Сікорського")
            # "Рукописна книга Галичини XV–XVI ст. Записки …", "… през 1981 г. Плевен, 88–90": the mark of a
            # century or a year after its numeral ends the sentence before a capital too
            dated = (prev.casefold() in ("в", "вв", "ст", "г", "гг", "ғ", "ж", "жж")
                     and re.search(r"(?:[IVXLC]+|(?:1[5-9]|20)\d\d)(?:\s?[–-]\s?(?:[IVXLC]+|\d{2,4}))?\s?$", s[:k])
                     and s[m.end()].isupper())
            if not dated and (prev.casefold() in ("им", "ім")
                              or not re.match(rf"{PLACE}(?:,\s?(?:1[5-9]|20)\d\d|\s?:\s?[{UP}«\"\[]"
                                              # "Изд. 3-е, перераб. М., Госиздат, 1930": place, publisher, year
                                              rf"|,\s[{UP}«\"][^,:;]{{1,60}},\s?\[?(?:1[5-9]|20)\d\d)", s[m.end():])):
                continue
        out.append((start, m.start()))
        start = m.end()
    out.append((start, len(s)))
    return [(a, b) for a, b in out if s[a:b].strip()]


# -- authors -----------------------------------------------------------------

#: endings of Slavic, Kazakh and Georgian surnames that first names do not have ("Петрова", "Жұмабаев",
#: "Сейфуллин", "Шевченко", "Тоқаұлы", "Петровић"); "-ина" and "-ий" are left out (Ирина, Георгий)
SURNAME_ENDING = re.compile(r"(?:[оеё]в|[оеё]ва|[ыи]н|ск(?:ий|ая|и|а)|цк(?:ий|ая|и|а)|енко|[ую]к|швили|дзе"
                            r"|[ұу]лы|[қк]ызы|[ое]вич|[ое]вна|ић)$", re.I)


#: the endings of a surname no genitive has (a man's "-ов", "-ин", Kazakh "-ұлы", "-қызы", "-енко", …)
NOMINATIVE_SURNAME = re.compile(r"(?:[оеё]в|[ыи]н|[ұу]лы|[қк]ызы|енко|швили|дзе|ић)$", re.I)


def surname_like(word: str) -> bool:
    """True for a word with a surname's ending ("Петрова", "Ефимов")."""
    return bool(SURNAME_ENDING.search(word)) and len(word) > 3


def _surname_first(first: str, second: str) -> bool:
    """True when of two capitalized words the first is the surname ("Петрова Мария", "Ефимов Иван"): it has a
    surname's ending and the other has not."""
    return surname_like(first) and not surname_like(second) and bool(re.fullmatch(FIRST, second))


def _one_author(s: str, pos: int, first: bool) -> tuple[int, str, str] | None:
    """(end, canonical name, form) of an author written at ``pos``."""
    m = AUTH_A.match(s, pos)
    if m:
        two = m["s"].split(" ")
        if len(two) == 2 and _surname_first(*two):  # "Ефимов Иван Н.": surname, first name, initial
            return m.end(), f"{two[0]}, {two[1][0]}. {initials(m['i'])}", "A"
        return m.end(), f"{m['s']}, {initials(m['i'])}", "A"
    m = AUTH_B.match(s, pos)
    if m:
        name = f"{m['s']}, {m['f'][0]}." + (f" {initials(m['i'])}" if m["i"] else "")
        return m.end(), name, "B"
    m = AUTH_C.match(s, pos) or (AUTH_C_DOT.match(s, pos) if first else None)
    m = m or (AUTH_C_GLUED.match(s, pos) if first and pos == 0 else None)
    if m and first:
        return m.end(), f"{m['s']}, {initials(m['i'])}", "C"
    # a later author with the initials first: "Мирчев К., Х. Кодов. 1965."
    m = None if first else re.compile(rf"(?P<i>{INITS})\s?(?P<s>{SURNAME})(?=[.,]\s|$)").match(s, pos)
    if m:
        return m.end(), f"{m['s']}, {initials(m['i'])}", "C"
    m = AUTH_FULL.match(s, pos) if first else None
    if m:
        return m.end(), f"{m['s']}, {m['f'][0]}. {m['p'][0]}.", "F"
    # "Жұмабаев Мағжан. Шығармалары.": a heading of surname and first name, told from the words of a title by
    # the surname's ending
    m = AUTH_SURNAME_FIRST.match(s, pos) if first else None
    # not an adjective of a territory ("Российская Федерация. Законы."): without initials an ending "-ская" does
    # not tell a surname
    if m and _surname_first(m["s"], m["f"]) and not re.search(r"[сц]к(?:ий|ая|и|а)$", m["s"]):
        return m.end(), f"{m['s']}, {m['f'][0]}.", "B"
    # "Шоқан Уәлиханов. Шығармалар жинағы : бес томдық. – Алматы …": the first name first; a heading only when the
    # surname's ending tells it, in a form no genitive takes ("Стихи Лермонтова.", "Сказки Пушкина." are titles:
    # -ова, -ина are a man's genitive too), and a title follows it before the entry's other areas (" // ", ". – ")
    m = AUTH_FIRST_SURNAME.match(s, pos) if first and pos == 0 else None
    if (m and _surname_first(m["s"], m["f"]) and NOMINATIVE_SURNAME.search(m["s"])
            and (re.search(r"[^\s.–—]\S*\s?(?:[.:]\s|\s)[^–—]*?(?:\.\s[–—]\s|\s//\s)", s[m.end() + 2:])
                 # "Мағжан Жұмабаев. Шығармалары. Алматы : Жазушы, 2018.": the imprint after a full stop
                 or re.search(r"[^.]{3,}?\.\s(?:" + PLACE + r")\s?:\s", s[m.end() + 2:]))):
        return m.end(), f"{m['s']}, {m['f'][0]}.", "B"
    return None


#: a Cyrillic word and a Roman numeral in Latin letters ("Павел I.", "Петра I."): a ruler's name in a title, not a
#: later author and his initial joined by a space, unless the word ends as a surname does ("Сейітов I.": the Kazakh
#: "І" typed in Latin)
ROMAN_IN_NAME = re.compile(rf"(?P<w>[{UP}][{LOWER}]+)\s[IVX]\.$")


#: a heading of surnames without initials ("Соколова, Иванова, Петренко. Title", "Уразова, Тимофеева «Title»",
#: "Смирнова, Кузнецова Встреча с …"): two or more, joined by commas, before a full stop, a title in quotes or a
#: capitalised word that is no surname (and no first name ending the heading with a full stop)
SURNAMES_ONLY = re.compile(rf"(?P<a>{SURNAME}(?:,\s?{SURNAME}){{1,5}})(?:\.\s(?=[{UP}«\"“„])|\s(?=[«\"“„])"
                           rf"|\s(?=(?P<w>[{UP}][{LOWER}]+)(?![{LOWER}.])))")


def take_authors(s: str) -> tuple[list[str], str, str]:
    """The authors written at the start of an entry: (canonical names, the
    span as written, the rest of the entry)."""
    m = SURNAMES_ONLY.match(s)
    if m and all(surname_like(w) for w in m["a"].replace(" ", "").split(",")) and not (m["w"] and surname_like(m["w"])):
        # the surnames alone: no "Surname, Firstname" (a first name has no surname's ending)
        return [w.strip() for w in m["a"].split(",")], m["a"], s[m.end():]
    found = _one_author(s, 0, True)
    names: list[str] = []
    end = 0
    if found:
        end, name, form = found
        names.append(name)
        while len(names) < 12:
            sep = AUTH_SEP.match(s, end)
            if not sep:
                break
            nxt = _one_author(s, sep.end(), False)
            m = AUTH_D.match(s, sep.end()) if nxt is None else None
            # "Декова, Росица и Петя Несторова." / "Panaitescu, P. P., Gabriel Ștrempel. 2003."
            follow = (r"[.,]\s" if sep.group(0).strip(" ,") in AND_WORDS else r"\.\s|\s\(" if form == "B"
                      else r"\.\s\(?(?:1[5-9]|20)\d\d" if sep.group(0).startswith(",") else None)
            if m and follow and re.match(follow, s[m.end():m.end() + 7]):
                nxt = (m.end(), f"{m['s']}, {m['f'][0]}.", "D")
            roman = None if sep.group(0).strip() or nxt is None else ROMAN_IN_NAME.search(s, sep.end(), nxt[0])
            if nxt is None or (roman and not SURNAME_ENDING.search(roman["w"])):
                break
            end, name, _ = nxt
            names.append(name)
    else:
        # "Firstname Surname, Firstname Surname. 2010." : only before a year
        m = AUTH_D_LIST.match(s)
        if m:
            end = m.end("a")
            for part in m["a"].split(","):
                d = AUTH_D.match(part.strip())
                if d and _surname_first(d["f"], d["s"]):  # "Петрова Мария. 2015.": the surname first
                    names.append(f"{d['f']}, {d['s'][0]}.")
                elif d:
                    names.append(f"{d['s']}, {d['f'][0]}.")
    raw = s[:end].strip(" ,;")
    return names, raw, s[end:]


#: a ruler's name and number, a person's name as GOST heads an entry with it ("Екатерина II", "Петр I"): one name
#: and a Roman number (in Latin letters, or the Cyrillic "І" typed for them)
RULER = rf"[{UP}][{LOWER}]+\s(?:[IVX]{{1,4}}|І{{1,3}})"


def authors_from_responsibility(resp: str | None) -> list[str]:
    """People named in the first part of a statement of responsibility
    ("И. И. Иванов, П. Петров ; под ред. ..."), unless it names editors,
    compilers or translators."""
    # "А. Первый, Б. Второй / под ред. …": a second statement after " / " (GOST writes " ; ") is not the first
    resp = re.split(r";|\s/\s", resp)[0] if resp else resp
    # "И. Иванов [и др.]", "Г. Нұрова, С. Жанова т.б." (the value has lost the last full stop): all named
    resp = re.sub(rf"[,\s]*(?:{ET_AL}|(?:и\sдр|(?:және\s)?т\.\s?б|et\sal)$)\s*$", "", resp) if resp else resp
    if not resp or ROLE.search(resp):
        return []
    out = []
    for part in filter(None, (p.strip(" .") for p in re.split(r"[,;]\s*", resp))):
        if re.fullmatch(RULER, part):  # "Екатерина II": the name as written, no surname and initials
            out.append(part)
            continue
        if re.fullmatch(SURNAME, part) and surname_like(part):  # "/ Ахметова, Жұмабаева": surnames alone
            out.append(part)
            continue
        m = (re.fullmatch(rf"(?P<i>{INITS})\s?(?P<s>{SURNAME})", part)
             or re.fullmatch(rf"(?P<s>{SURNAME}),?\s(?P<i>{INITS})", part + "."))
        d = AUTH_D.fullmatch(part)
        if not (m or d):
            return []
        out.append(f"{m['s']}, {initials(m['i'])}" if m else f"{d['s']}, {d['f'][0]}.")
    return out


# -- dates, language, sources ------------------------------------------------

def parse_date(text: str, year: int | None) -> str | None:
    """ISO date of "5 қаңтар", "12 января" (with ``year``) or "05.01.2018"."""
    m, n = DATE_NUM.search(text), DATE.search(fold(text))
    try:
        if m:
            return _dt.date(int(m["y"]), int(m["m"]), int(m["d"])).isoformat()
        if n and year:
            # "12–14 мая": the days of a range, the first is the date; "№ 12 – 4 ақпан" (an issue, its full stop
            # lost before the dash, then the date): no range goes down, the day is the second number
            day = n["e"] if n["e"] and int(n["e"]) <= int(n["d"]) else n["d"]
            return _dt.date(year, dict(MONTH_KEYS)[n["m"]], int(day)).isoformat()
    except ValueError:  # "31 ақпан"
        pass
    return None


#: what Bulgarian writes and Russian does not: "ъ" inside a word before a consonant ("ръкописи", "във", "Търново"; the
#: hard sign of Russian, old spelling or new, ends a word or stands before a vowel: "объем", "градъ"), the words
#: of Bulgarian that Russian lacks ("през", "върху", "чрез", "според")
_BG_SIGN = re.compile(r"(?i:[^\W\d_]ъ[бвгджзклмнпрстфхцчшщ]|(?<![^\W\d_])(?:през|чрез|според|върху)(?![^\W\d_]))")
#: Bulgarian's definite article at the end of a noun or an adjective ("книгата", "народните", "Пловдивското", "читалището")
_BG_ARTICLE = re.compile(r"(?i:[^\W\d_]{3,}(?:ата|ята|ите|ото|ето|ът|ят))(?![^\W\d_])")


def bulgarian(text: str) -> bool:
    """True for a title in Bulgarian: a sign of Bulgarian (:data:`_BG_SIGN`), or two words with its article, and
    no letter Bulgarian lacks (ы, э, ё, nor Kazakh's or Ukrainian's own)."""
    if re.search(rf"(?i:[ыэёїєґ{KAZAKH_LETTERS}])", text):
        return False
    return bool(_BG_SIGN.search(text)) or len(_BG_ARTICLE.findall(text)) >= 2


def ukrainian_entry(area: str, entry: str) -> bool:
    """True for an entry in Ukrainian whose title has no letter Kazakh lacks ("Фонди рідкісних видань обласних
    бібліотек", "Книжкова культура Слобожанщини. Харків"): "і" in the entry with "и" (which Kazakh writes
    seldom, Ukrainian often; an "і" of the heading or the responsibility alone does not count), no letter Ukrainian lacks (ы, э, ъ, ё, Kazakh's own), no ending of a Russian
    adjective in the title (-ая, -ое, -ые, -ие) and no Kazakh page mark."""
    low = entry.casefold()
    # the "і" of a Kazakh author's name ("Сейітова, А. Встреча с читателями / А. Сейітова") says nothing of the
    # entry's language: the heading before the title and the responsibility after " / " are left out
    start = low.find(area.casefold()[:20]) if area else -1
    body = re.sub(r"\s/\s[^/]*?(?=\s//|$)", " ", low[start:] if start >= 0 else low)
    return bool(CYRILLIC_RE.search(area) and "і" in body and "и" in low
                and not re.search(f"[ыэъё{KAZAKH_LETTERS.replace('і', '')}]", low)
                and not re.search(r"[^\W\d_](?:ая|яя|ое|ее|ые|ие)(?![^\W\d_])", area.casefold())
                and not re.search(r"\d\s?-?(?:бет|б\.|б$)", low))


def detect_language(title: str | None, subtitle: str | None, rest: str) -> str | None:
    """'kk' or 'ru' (or 'uk') for an entry written in Cyrillic, from its title area
    (quotations left out when enough is left: at least one word in five with
    a Kazakh letter is Kazakh) and, for a title too short to tell, from a
    Kazakh page mark ("б.", "бет") with a Kazakh month or Kazakh words elsewhere; 'uk' for a title
    with a letter of Ukrainian that Kazakh has not (ї, є, ґ) and none of
    Kazakh's own; None for others."""
    area = " ".join(x for x in (title, subtitle) if x)
    if not CYRILLIC_RE.search(area + rest):
        return None
    if len(re.findall(r"[A-Za-z]{2,}", re.sub(r"\[[^\]]*\]", " ", area))) >= 2 and not CYRILLIC_RE.search(
            re.sub(r"\[[^\]]*\]", " ", area)):
        # "Manuscript collections of Kazakhstan libraries [Қазақстан кітапханаларының …]": the title in its own
        # language and its translation in brackets; the translation does not tell the entry's language
        return None
    if bulgarian(area):
        return None  # a language the parser does not name
    after = rest[rest.find(area) + len(area):] if area and area in rest else ""
    if (_BG_SIGN.search(after) and len(area.split()) >= 2
            and not re.search(rf"(?i:[ыэёїєґ{KAZAKH_LETTERS}]|[^\W\d_](?:ая|яя|ое|ее|ые|ых|ого|его|ому|ый|ские|цкие)(?![^\W\d_]))",
                              area)):
        # "Археологически разкопки при с. Крушево. Археологически открития и разкопки през 1981 г.": a title that
        # does not tell, in an entry whose whole is Bulgarian ("през", "ъ" before a consonant) and with no letter
        # nor ending of Russian in the title
        return None
    outside = re.sub(r"«[^»]*»|“[^”]*”|„[^“”]*[“”]|\"[^\"]*\"", " ", area)
    low = area.casefold()
    if re.search("[їєґ]", low) and not re.search(f"[{KAZAKH_LETTERS.replace('і', '')}]", low):
        return "uk"  # "Бібліотечний фонд України": Ukrainian letters Kazakh has not ("і" it shares)
    if ukrainian_entry(area, rest):
        return "uk"
    for text in (outside, area):
        lang = text_language(text, threshold=0.2, min_words=3, min_letters=2)
        if lang:
            return lang
        if text_language(text, threshold=0.2, min_words=3, min_letters=2, otherwise="ru"):
            break  # words enough, and none of them tells: Russian, unless the entry's own marks are Kazakh
    else:
        if has_kazakh_letter(area.casefold()):
            return "kk"
    # a title that does not tell ("Наурыз – жыл басы", "Алхимик : роман"): Kazakh page marks with a Kazakh month,
    # or with Kazakh words elsewhere in the entry (a Kazakh statement of responsibility, "ағылшын тілінен ауд.");
    # the page mark after the pages ("5 б.", "4-бет") or before them ("Б. 4", "Б.2")
    low = rest.casefold()
    kk_month = re.search(r"\d\s?(?:" + "|".join(MONTHS_KK) + ")", low)
    kk_pages = re.search(r"\d\s?-?(?:бет|б\.|б$)|(?<![^\W\d_])б\.\s?\d", low)
    return "kk" if (kk_month or has_kazakh_letter(low)) and kk_pages else "ru"


@functools.lru_cache(maxsize=1)
def sources() -> tuple[list[str], list[str]]:
    data = json.loads(resources.files("esep.schemas").joinpath("sources.json").read_text(encoding="utf-8"))
    keys, ids = [], []
    for e in data["entries"]:
        for n in e["names"]:
            k = source_key(n)
            if k and k not in keys:
                keys.append(k)
                ids.append(e["id"])
    return keys, ids


def source_key(name: str) -> str:
    return " ".join(re.findall(r"\w+", fold(name)))


@functools.lru_cache(maxsize=4096)
def match_source(name: str | None) -> tuple[str | None, float]:
    """(id, score 0..100) of the periodical ``name`` names, or (None, best
    score) when no vocabulary entry scores at least SOURCE_THRESHOLD."""
    if not name:
        return None, 0.0
    key = source_key(name)
    keys, ids = sources()
    if not key:
        return None, 0.0
    if key in keys:
        return ids[keys.index(key)], 100.0
    found = process.extractOne(key, keys, scorer=lambda a, b, **kw: max(fuzz.ratio(a, b), fuzz.token_sort_ratio(a, b)))
    if not found:
        return None, 0.0
    _, score, i = found
    return (ids[i] if score >= SOURCE_THRESHOLD else None), float(score)



# -- Kazakh in Latin letters (the 2017, 2018 and 2021 alphabets) ------------------

LATIN_KK_MONTHS = [(re.compile(p, re.I), n) for p, n in (
    (r"qa(?:n'?|ń|ñ)tar", 1), (r"aqpan", 2), (r"na(?:u|ý)ryz", 3), (r"s(?:a'?|á|ä)(?:u|ý)(?:i'?|ı)r", 4),
    (r"mamyr", 5), (r"ma(?:u|ý)sym", 6), (r"(?:sh|ş|s')(?:i'?|ı)lde", 7), (r"tamyz", 8),
    (r"qyrk(?:u'?|ú|ü)(?:i'?|ı)e?k", 9), (r"qazan", 10), (r"qara(?:sh|ş|s')a", 11), (r"jeltoqsan", 12))]
LATIN_KK_LETTERS = set("áǵńóúýıäğñöüş")
#: the English months, as the transliterated lists of Kazakh and Russian journals translate a newspaper's date
#: ("Kazakhstanskaya pravda, 12 April, no. 70, p. 7")
_ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                   "November", "December")
ENGLISH_DATE = re.compile(r"(?<!\d)(?P<d>\d{1,2})\s(?P<m>" + "|".join(
    f"{m[:3]}(?:{m[3:]}|\\.)?" + ("|Sept\\." if m == "September" else "") for m in _ENGLISH_MONTHS) + r")(?![a-z])")


def latin_date(text: str, year: int | None) -> str | None:
    """ISO date of a day and a Kazakh month in Latin letters ("6 sáýir"), or an English month ("12 April")."""
    if not year:
        return None
    e = ENGLISH_DATE.search(text)
    if e:
        try:
            return _dt.date(year, [m[:3] for m in _ENGLISH_MONTHS].index(e["m"][:3]) + 1, int(e["d"])).isoformat()
        except ValueError:
            return None
    for m in re.finditer(r"(?<!\d)(?P<d>\d{1,2})\s?(?P<m>[a-z'áǵńóúýıäğñöüş]{4,})", text, re.I):
        for pat, month in LATIN_KK_MONTHS:
            if pat.match(m["m"]):
                try:
                    return _dt.date(year, month, int(m["d"])).isoformat()
                except ValueError:
                    return None
    return None


ABBR_MONTHS = {"янв": 1, "фев": 2, "февр": 2, "мар": 3, "апр": 4, "июн": 6, "июл": 7, "авг": 8, "сен": 9,
                "сент": 9, "окт": 10, "ноя": 11, "нояб": 11, "дек": 12,
                # the Kazakh months as reports abbreviate them: the first three letters ("2 ақп.", "14 қыр.")
                **{name[:3]: n for n, name in enumerate(MONTHS_KK, start=1)}}


#: the day and the month in figures in the area after the year's: "2021. – 12.03. – 5 б."
_DAY_MONTH_AREA = re.compile(r"(?<!\d)(?P<y>(?:1[5-9]|20)\d\d)\.?\s–\s(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.?(?=\s–\s|\s*$)")


def day_month_date(text: str, year: int | None) -> str | None:
    """ISO date of a day and a month written in figures in the area after the entry's year ("2021. – 12.03.")."""
    m = _DAY_MONTH_AREA.search(text)
    if not m or not year or int(m["y"]) != year:
        return None
    try:
        return _dt.date(year, int(m["m"]), int(m["d"])).isoformat()
    except ValueError:
        return None


def abbr_date(text: str, year: int | None) -> str | None:
    """ISO date of a day and an abbreviated month, Russian ("20 апр.", "3 нояб.") or Kazakh ("2 ақп.")."""
    if not year:
        return None
    # (the abbreviation's full stop lost before an area's dash: "– 9 дек – URL: …")
    for m in re.finditer(r"(?<!\d)(?P<d>\d{1,2})\s?(?P<m>[^\W\d_]{3,4})(?:\.|(?=\s[–-](?:\s|$)|\s*$))", text):
        month = ABBR_MONTHS.get(m["m"])
        if month:
            try:
                return _dt.date(year, month, int(m["d"])).isoformat()
            except ValueError:
                return None
    return None


def _kk_latin_word(word: str) -> bool:
    """A word with a letter of the Kazakh Latin alphabets, or with "q" not before "u" (the Kazakh "қ": "ulttyq",
    "qazaq"; "qu" in the languages of Western Europe)."""
    return bool(set(word) & LATIN_KK_LETTERS) or bool(re.search(r"q(?!u)", word))


#: words of German that no Kazakh text in Latin letters holds as words of their own: German shares ä, ö and ü
#: with the Kazakh Latin alphabets ("Die frühen Steppenvölker und ihre Nachbarn")
_GERMAN_WORDS = frozenset("der die das des den dem und von vom zur zum mit für über auf aus bei nach ein eine einer".split())


def latin_kazakh(title: str | None, text: str) -> str | None:
    """'kk' for an entry in Kazakh Latin letters: a word in five of its
    title (or of the entry, for a title of fewer than three words) with a letter of the Kazakh Latin alphabets
    or a "q" not before "u" (one such "q" alone is not enough: "Iraq"), a title of one or two words in Latin
    letters with such a letter, or a Kazakh page mark ("4 b.", "bet", "B. 4") and a Kazakh month; else None.
    A title or entry with a German word of its own (der, und, von, ...) or "ß" is German and gets None."""
    for area in (title or "", text):
        words = re.findall(r"[a-záǵńóúýıäğñöüşß]{2,}", area.casefold())
        if "ß" in area or _GERMAN_WORDS.intersection(words):
            return None  # German, not Kazakh
        marked = [w for w in words if _kk_latin_word(w)]
        sure = any(set(w) & LATIN_KK_LETTERS for w in marked) or len(marked) > 1
        if len(words) >= 3:
            if sure and len(marked) * 5 >= len(words):
                return "kk"
            if area is title:
                return None
            break
        if area is title and sure and not re.search(r"[^\W\d_a-záǵńóúýıäğñöüş]", area.casefold()):
            return "kk"  # "Kitap álemi": a title too short to tell, in Latin letters with a Kazakh one
    if re.search(r"\d\s?(?:b\.|bet\b)|(?<!\w)B\.\s?\d", text) and latin_date(text, 2000):
        return "kk"
    return None


#: the heading of a territory (GOST 7.1 / 7.80): "Российская Федерация. Законы.", "Қазақстан Республикасы.
#: Заңдар.", "Уфимская губерния." (a territorial unit of the old administration) before the title
HEADING = re.compile(
    rf"(?P<h>(?:[{UP}]{LET}+(?:[\s-][{UP}]{LET}+){{0,2}}\.\s(?:Законы|Указы|Постановления|Законы и постановления"
    rf"|Конституция|Заңдар|Жарлықтар|Қаулылар))"
    # Kazakh, the state in the genitive before the kind of act: "Қазақстан Республикасының Заңы."
    rf"|[{UP}]{LET}+(?:\s[{UP}]{LET}+){{0,2}}(?:ның|нің|тың|тің|дың|дің)\s(?:Заңы|Жарлығы|Кодексі|Конституциясы)"
    rf"|[{UP}]{LET}+\s(?:губерния|уезд|волость|губерниясы))\.\s(?=[{UP}«\"])")
#: the heading of a collective author (GOST 7.1-2003): an organisation named as the first sentence, before the
#: title ("Национальная библиотека Республики Казахстан. Годовой отчет …", "Қазақстан Республикасы Мәдениет
#: және спорт министрлігі. Тұжырымдама …"): a body's noun with the state, region or rank that makes it a name
#: ("Библиотека и общество. Сб. статей" is a title), or a body of government named first; a body named after a
#: person keeps the name's initials, after "им." / "ім." or before "атындағы" ("Областная библиотека им. А.
#: Пушкина", "С. Торайғыров атындағы облыстық кітапхана")
COLLECTIVE = re.compile(rf"(?P<h>(?:[{UP}]\.\s?){{0,2}}[{UP}](?:[^.:;/«»\"()\[\]]|(?<=\sим|\sім)\.(?:\s?[{UP}]\.)*)"
                        rf"{{8,150}}?)(?<!\sим)(?<!\sім)(?<![\s.][{UP}])\.\s(?=[{UP}«\"])")
ORG_NOUN = re.compile(r"(?i)(?<!\w)(?:библиотек|кітапхана|министерств|министрлі|университет|академи|институт|комитет"
                      r"|департамент|басқарма|акимат|әкімдіг|әкімшілі|администраци|ассоциаци|қауымдастығ|музей|мұражай"
                      r"|архив|мұрағат|правительств|үкімет|агентств"
                      # the same in Kazakh Latin letters (the 2018 and 2021 alphabets)
                      r"|kitaphana|m[ıi]n[ıi]str|[ýu]n[ıi]vers[ıi]tet|akadem[ıi]|[ıi]nst[ıi]t[ýu]t|kom[ıi]tet|basqarma"
                      r"|[áa]k[ıi]md[ıi]g|m[ýu]ze|m[ýu]ra(?:ǵ|g|ğ)at)\w*")
ORG_RANK = re.compile(r"(?i)(?<!\w)(?:Республик\w*|РК|РФ|ҚР|Казахстан\w*|Қазақстан\w*|Российск\w*|област\w*|облыс\w*"
                      r"|городск\w*|қалалық|районн\w*|аудандық|национальн\w*|ұлттық|государственн\w*|мемлекеттік"
                      r"|им\.|имени|атындағы|Resp[ýu]bl[ıi]ka\w*|QR|Qazaqstan\w*|oblys\w*|qalalyq|a[ýu]dandyq|ulttyq"
                      r"|memlekett[ıi]k|atynda(?:ǵ|g|ğ)y)(?!\w)|^(?:Министерство|Комитет|Департамент|Управление|Акимат|Правительство)\b")
#: a Kazakh case ending ending the noun of a body (locative, dative, ablative, instrumental, after the possessive
#: too): "кітапханада", "кітапханасына", "мұражайдан" name a place in a title, not the body heading the entry
KK_OBLIQUE = re.compile(r"(?:да|де|та|те|ға|ге|қа|ке|дан|ден|тан|тен|нан|нен|мен|пен|бен|нда|нде|[ыі]на|[ыі]не)$")
#: a Russian preposition (and up to three words after it) before the noun of a body: "в областной библиотеке"
RU_PREP_BEFORE = re.compile(r"(?<![^\W\d_])(?:в|во|на|о|об|для|к|ко)\s(?:[^\W\d_-]+(?:-[^\W\d_]+)?\s){0,3}$", re.I)


def body_named(heading: str) -> bool:
    """True when a noun of a body (:data:`ORG_NOUN`) in ``heading`` is in the case that names the body itself, not
    a place a title speaks of ("Облыстық кітапханада кітап көрмесі өтті", "Встреча в областной библиотеке")."""
    for m in ORG_NOUN.finditer(heading):
        word = heading[m.start():m.end() + re.match(r"[^\W\d_]*", heading[m.end():]).end()].casefold()
        if KK_OBLIQUE.search(word) and re.search(f"[{KAZAKH_LETTERS}]", heading.casefold()):
            continue
        if RU_PREP_BEFORE.search(heading[:m.start()]):
            continue
        return True
    return False


#: the place of a document in an archive (GOST 7.0.5-2008): fonds, inventory, file and leaves, "Ф. 123. Оп. 1.
#: Д. 45. Л. 1–20.", "Ф. Р-5446, оп. 1, д. 10, л. 5 об." (no volume, no issue: the leaves are the pages of the part)
#: (the parts separated by full stops, commas or GOST's area separators, ". – Оп. 3. – Д. 21.")
#: (the archives of archaeology number their parts "Р-1. № 2145", "Р. 61. Оп. 1. № 34": the section, разряд, and the
#: number of the file)
_ARCHIVE_PLACE = (r"(?:[Фф]\.\s?(?:[А-ЯA-Z]-?)?|Р\.\s?|Р-)\d+[а-я]?(?:[.,]\s?|\.?\s[–—]\s)(?:[Оо]п\.\s?\d+[а-я]?"
                  r"(?:[.,]\s?|\.?\s[–—]\s))?(?:(?:[Дд]|[Ее]д\.\s?хр)\.|№)\s?\d+[а-я]?(?:(?:[.,]\s?|\.?\s[–—]\s)[Лл]л?\.\s?"
                  r"(?P<l>\d+(?:\s?об)?(?:\s?[–-]\s?\d+(?:\s?об)?)?))?")
ARCHIVE_SIGN = re.compile(rf"(?<![^\s.,]){_ARCHIVE_PLACE}\.?\s*$")
#: an archive and the place in it heading the entry, the document after them ("Архив ИА РАН. Р-1. № 2145. Жуков П.С.
#: Отчет о раскопках …"), as lists of archaeology cite the reports kept in archives
ARCHIVE_HEAD = re.compile(rf"^(?P<a>[^.]{{2,80}}?)\.\s(?P<sig>{_ARCHIVE_PLACE})\.\s(?=[{UP}])(?![Лл]л?\.\s?\d)")
#: the name of an archive: the word ("Государственный архив …", "… мұрағаты") or the abbreviations of state
#: archives ("ГА Павлодарской обл.", "ЦГА РК", "ГАРФ", "РГАЛИ", "ЦГИА", "ҚР ОМА")
ARCHIVE_NAME = re.compile(r"(?i:архив|мұрағат)|(?<![^\s(])(?:Ц?ГИ?А|ГА[А-Я]{1,3}|ЦГА[А-Я]{1,3}|РГ[АИ][А-Я]{0,4}|ОМА)"
                          r"(?![^\s.,)])")
#: the designation of a standard or another normative document as the heading of its entry (GOST 7.1-2003):
#: "ГОСТ 7.1–2003. Библиографическая запись …", "ГОСТ Р 7.0.100–2018.", "СТ РК 1234–2005.", "ISO 690:2010.",
#: "СНиП 2.08.02–89." (not a title: the title is what follows; described under its title, "Библиографическая
#: ссылка : ГОСТ Р 7.0.5–2008", the designation is other title information and no heading)
STANDARD = re.compile(rf"(?P<h>(?:ГОСТ|ОСТ|СТ|ҚР\sСТ|СТБ|ДСТУ|СНиП|СП|ISO|ИСО|IEC|МЭК)"
                      rf"(?:\s(?:Р|РК|ISO|ИСО|IEC|МЭК))*(?:/(?:IEC|МЭК))?\s\d[\d.\s/]*?[–:-]\s?\d{{2,4}})\.\s(?=[{UP}«\"])")
#: a first sentence that names a kind of document about a body is a title, not the body's heading: "Отчет о работе
#: областной библиотеки за 2019 год. Текстовая часть", "Облыстық кітапхананың жылдық есебі. …" (Russian puts the
#: kind first, Kazakh last)
DOC_KIND = re.compile(r"^(?:Отч[её]т|Доклад|Обзор|Справка|Информация|Сведения|План|Программа|Положение|Устав|Итоги"
                      r"|Анализ|История|Летопись|Каталог|Указатель|Материалы|Концепция)\b"
                      r"|(?<!\w)(?:есеп|есебі|есептері|баяндама|баяндамасы|шолу|шолуы|анықтама|анықтамасы|жоспар|жоспары"
                      r"|бағдарлама|бағдарламасы|ереже|ережесі|жарғы|жарғысы|тарихы|шежіресі|каталогы|көрсеткіші"
                      r"|қорытындысы|тұжырымдамасы)$", re.I)
#: the series area at the end of an entry: ". – (Библиотечное дело ; вып. 3).", ". (Труды … Т. 1)."
SERIES_AREA = re.compile(rf"(?:\.\s(?:–\s)?|\s–\s)\((?=[{UP}«\"])[^()]*\)\.?\s*$")
#: the series of a journal after its name: "Серия 8: История", "Сер. 2, Филология", "Сер. Гуманитарные науки"
#: (the kind of series in lower case, "Серия филологическая", and the Kazakh order, "Филология сериясы")
SERIES_PART = re.compile(r"(?:Серия|Сер\.|Сериясы|Series|Ser\.)\s?(?:\d+|[{UP}]|[а-яё]{4,}(?:ая|ий|ое|ых)\b)"
                         # (the series' name in quotes: "«Педагогика ғылымдары» сериясы")
                         r"|[{UP}]\w+\sсериясы\b|[«\"][^»\"]{2,60}[»\"]\s?сериясы\b".replace("{UP}", UP))
#: the kinds of a legal act: Russian before its date and number, Kazakh after them (or after its name)
ACT_KIND_RU = (r"(?:Федеральный\sзакон|Конституционный\sзакон|Закон|Указ|Постановление|Приказ|Распоряжение|Решение"
               r"|Кодекс|Послание)")
ACT_KIND_KK = r"(?:(?:[Кк]онституциялық\s)?[Зз]аңы|[Жж]арлығы|[Ққ]аулысы|[Бб]ұйрығы|[Шш]ешімі|[Өө]кімі|[Кк]одексі)"
#: a legal act named by its kind, date and number with its name in quotes (the order of Kazakh reports' lists,
#: where GOST 7.1 writes "О культуре : Закон Республики Казахстан от …"): "Закон Республики Казахстан от 15
#: декабря 2006 года № 207-III «О культуре»", "Қазақстан Республикасының 1997 жылғы 11 шілдедегі № 151-I «…»
#: Заңы", "… № 116 бұйрығы «…»"
ACT_NAMED = re.compile(rf"(?P<d>(?:{ACT_KIND_RU}\s[^«»]*?|[^«»]*?)(?:№\s?[\w/.-]+|\d{{4}}\s(?:года|г\.)|\s{ACT_KIND_KK}))"
                       rf"\s?«(?P<t>[^«»]{{3,}})»(?:\s(?P<k>{ACT_KIND_KK}))?\.?")


def act_name(title: str | None) -> tuple[str, str] | None:
    """(name, designation) of a legal act written as its kind, date and number and its name in quotes."""
    m = ACT_NAMED.fullmatch(title or "")
    if not m:
        return None
    designation = f"{m['d']} {m['k'] or ''}".strip()
    russian = re.match(ACT_KIND_RU + r"\s", m["d"])
    kazakh = re.search(rf"(?<!\w){ACT_KIND_KK}$", designation)
    if not (russian or kazakh) or not re.search(r"№|\d{4}", designation):
        return None
    return m["t"].strip(), designation
