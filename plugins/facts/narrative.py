"""Numbers of a report's narrative sections that are no indicator of its period.

A long annual report tells its indicators among sections full of other
numbers: the money of a grant, a sponsor or a repair, the people of one
contest or one programme, the pages of a booklet, the acts a withdrawal was
recorded by, the computers handed out this year, the year a library was
built.  The prose reader (:mod:`esep.plugins.facts.text`) finds a metric's
cue near each of them; the guards below tell it, from the words around the
figure, that the figure counts something else.  Each takes the paragraph's
text, the figure's span and its sentence, and says yes or no.
"""

from __future__ import annotations

import re

from esep.plugins.lang.plans import DONE_RE

_WORD_END = r"(?![^\W\d_])"
_WORD_START = r"(?<![^\W\d_])"

#: the year something was founded or built, after its year: "1973 жылы құрылған", "1936 жылы ашылған",
#: "1962 года постройки", "в 1989 году создана"; before it: "основан в 1973 году", "(система создана в 1989 году)"
_FOUNDED_AFTER_RE = re.compile(
    r"(?i)\s*(?:жылы|ж\.|году|г\.|года)?\s*(?:[^\W\d_]+\s+)?(?:құрылған|салынған|ашылған|негізі\s+қаланған"
    r"|постройки|построен[аоы]?|основан[аоы]?|создан[аоы]?|образован[аоы]?|открыт[аоы]?)" + _WORD_END)
_FOUNDED_BEFORE_RE = re.compile(
    r"(?i)" + _WORD_START + r"(?:построен[аоы]?|основан[аоы]?|создан[аоы]?|образован[аоы]?|открыт[аоы]?)\s+(?:в\s+)?$")


def founding_year(text: str, start: int, end: int, year: int, report_year: int | None) -> bool:
    """The year at ``start:end`` is the year something was founded or built ("Сәтбаев қаласы 1973 жылы
    құрылған, қала халқы – 70 540 адам"), an earlier year than the report's: it dates no figure of its
    sentence."""
    if report_year is None or year >= report_year:
        return False
    return bool(_FOUNDED_AFTER_RE.match(text, end) or _FOUNDED_BEFORE_RE.search(text, max(0, start - 30), start))


def _clause_start(text: str, pos: int, sent_start: int) -> int:
    """Where the clause of ``pos`` begins: after the last comma or semicolon of its sentence before it."""
    cut = max(text.rfind(",", sent_start, pos), text.rfind(";", sent_start, pos))
    return cut + 1 if cut >= 0 else sent_start


#: money that is no budget of the library: a grant, a sponsor's gift, a repair or its cost, a prize
_OTHER_MONEY_RE = re.compile(
    r"(?i)" + _WORD_START + r"(?:грант|ремонт|жөндеу|стоимост|сертификат|приз(?:а|ы|ом)?"
    + _WORD_END + r"|премии|премия|сыйақы|сыйлық)")
#: a sponsor's money: a source of the budget when the budget lists it ("оның ішінде … демеушілік көмек – 380,0"),
#: money apart from it told alone ("Из средств спонсора … получено 450 тыс. тенге")
_SPONSOR_RE = re.compile(r"(?i)" + _WORD_START + r"(?:спонсор|демеуші|меценат)")
#: the grant named right after its sum: "2 000 мың теңге грант алынды"
_GRANT_AFTER_RE = re.compile(r"(?i)\s*(?:мың|тыс\.?|млн\.?)?\s*(?:теңге|тенге|тг\.?|руб\w*|сом\w*)?\s*грант")


def sponsor_money(text: str, start: int, sent: tuple[int, int]) -> bool:
    """A sum its clause gives to a sponsor ("«Шиелі-Агро» ЖШС демеушілік ретінде 500 мың теңге бөлді")."""
    return bool(_SPONSOR_RE.search(text, _clause_start(text, start, sent[0]), start))


def other_money(text: str, start: int, end: int, sent: tuple[int, int]) -> bool:
    """A sum its clause gives to a grant, a sponsor, a repair or a prize ("Из средств спонсора … получено 450
    тыс. тенге", "жөндеуге 14 800 мың теңге жұмсалды", "стоимостью 18 700 тыс. тенге", "2 000 мың теңге грант
    алынды"): money the library got or spent apart from its budget and its buying of documents."""
    return bool(_OTHER_MONEY_RE.search(text, _clause_start(text, start, sent[0]), start)
                or _GRANT_AFTER_RE.match(text, end))


#: one occasion named by its kind before the figure: a contest, a marathon, a programme, a week, a survey, in
#: the singular (not "іс-шараларға", "конкурсам", the events of the year)
_OCCASION_RE = re.compile(
    # Kazakh, in the dative the verb of taking part governs: "марафонына", "сауалнамаға", "байқауына"
    r"(?i)" + _WORD_START + r"(?:марафон|бағдарлама|байқау|сауалнама|акция|фестивал|конкурс|сайыс|олимпиада|жоба"
    r"|челлендж|флешмоб|апталығ|онкүндіг)(?:ы|і|сы|сі)?(?:на|не|ға|ге|қа|ке)" + _WORD_END
    # Kazakh, the occasion as the subject: "Балалар кітабы апталығы … 36 іс-шараны қамтыды"
    + r"|" + _WORD_START + r"(?:апталығы|онкүндігі|бағдарламасы|байқауы|фестивалі)" + _WORD_END
    # Russian, the occasion people took part in: "в летнем читательском марафоне участвовали", "В анкетировании"
    + r"|" + _WORD_START + r"(?:в|во)\s+(?:[^\W\d_]+\s+){0,3}(?:марафоне|конкурсе|анкетировании|опросе|фестивале"
    r"|программе|викторине|квесте|олимпиаде)" + _WORD_END
    # Kazakh, the people named as the occasion's participants: "оқу марафонының қатысушылары"
    + r"|" + _WORD_START + r"(?:марафон|байқау|конкурс|фестивал|акция|бағдарлама|жоба|сайыс)(?:ы|і|сы|сі)?(?:ның|нің)"
    r"\s+қатысушы"
    # Russian, the people named as the occasion's participants: "Участниками областного марафона стали"
    + r"|" + _WORD_START + r"участник[^\W\d_]*\s+(?:[^\W\d_]+\s+){0,3}(?:марафона|конкурса|фестиваля|акции"
    r"|программы|проекта|квеста|олимпиады|опроса|анкетирования)" + _WORD_END
    # Russian, the occasion as the subject: "Неделя детской книги … включила 42 мероприятия"
    + r"|" + _WORD_START + r"(?:[Нн]едел[яи]|[Дд]екада|[Мм]есячник|[Фф]естиваль|[Мм]арафон|[Пп]рограмма)" + _WORD_END
    # (a campaign by its name: "Акция «Подари книгу» принесла …", not "акция, байқау" in a list of kinds)
    + r"|" + _WORD_START + r"[Аа]кция\s+«")
#: a participle opening the clause of the figure, whose subject is the clause before: "…, включившая 42 мероприятия"
_PARTICIPLE_LEAD_RE = re.compile(r"(?i)\s*[^\W\d_]+(?:вш|ющ|ящ|ущ|ащ)[^\W\d_]*\s+(?:[^\W\d_]+\s+)?$")


def one_occasion(text: str, start: int, sent: tuple[int, int]) -> bool:
    """The events or people counted at ``start`` are those of one occasion its clause names by kind, before the
    figure: "марафонына … 380 бала қатысты", "сауалнамаға 300 адам қатысты", "Балалар кітабы апталығы 36
    іс-шараны қамтыды", "В анкетировании приняли участие 300 читателей"."""
    a = _clause_start(text, start, sent[0])
    if a > sent[0] and _PARTICIPLE_LEAD_RE.fullmatch(text, a, start):
        a = _clause_start(text, a - 1, sent[0])
    return bool(_OCCASION_RE.search(text, a, start))


#: pages digitized are named so in their sentence; other pages are a booklet's or a book's
_DIGITIZED_RE = re.compile(r"(?i)оцифр|цифрла|цифрлан|сканир|электрондық\s+көшірме|электронн\w*\s+копи|digit")


def pages_not_digitized(text: str, sent: tuple[int, int]) -> bool:
    """Pages its sentence says nothing was digitized of: the size of a published index or a collection
    ("тиражом 200 экземпляров на 64 страницах", "(84 бет, таралымы 50 дана)")."""
    return not _DIGITIZED_RE.search(text, *sent)


#: a shortage or loss of copies found by a check: "недостача … составила 27 экз.", "жетіспеушілік – 12 дана"
_SHORTAGE_RE = re.compile(r"(?i)недостач|утрачен|утерян|жетіспеушілік|жетіспеген|жоғалған")


def shortage(text: str, start: int, sent: tuple[int, int]) -> bool:
    """Copies its clause counts as short or lost ("недостача в библиотеке … составила 27 экз."): no balance
    or movement of the fund."""
    return bool(_SHORTAGE_RE.search(text, _clause_start(text, start, sent[0]), start))


#: papers a figure counts: acts, orders, protocols, contracts ("по 14 актам", "11 актімен", "27 договоров")
_PAPERS_AFTER_RE = re.compile(r"(?i)\s*(?:акт|приказ|бұйрық|хаттама|протокол|договор|шарт)[^\W\d_]{0,4}" + _WORD_END)


def counts_papers(text: str, end: int) -> bool:
    """The figure counts papers, not copies or people ("Есептен шығару 11 актімен рәсімделді")."""
    return bool(_PAPERS_AFTER_RE.match(text, end))


#: settlements a figure counts: "2 ауылдың тұрғындары", "3 соседних сёл", "64 населённых пункта"
_SETTLEMENTS_AFTER_RE = re.compile(
    r"(?i)\s*(?:[^\W\d_]+\s+)?(?:ауыл|село|сёл|сел(?:а|ах|ам)|населённ|населенн|пункт|округ|кент|посёл|посел)")


def counts_settlements(text: str, end: int) -> bool:
    """The figure counts villages or settlements, not inhabitants ("көрші 2 ауылдың тұрғындары")."""
    return bool(_SETTLEMENTS_AFTER_RE.match(text, end))


#: computers handed out this year: "4 ауылдық кітапханаға 8 ноутбук берілді", "филиалам передано 6 компьютеров"
_CAME_RE = re.compile(r"(?i)" + _WORD_START + r"(?:берілді|берілген|тапсырылды|передан\w*|выдан[аоы]?)" + _WORD_END)


def _clause_end(text: str, pos: int, sent: tuple[int, int]) -> int:
    """Where the clause of ``pos`` ends: at the next comma or semicolon of its sentence, else the sentence's end."""
    return min(i for i in (text.find(",", pos, sent[1]), text.find(";", pos, sent[1]), sent[1]) if i >= 0)


def equipment_came(text: str, start: int, end: int, sent: tuple[int, int]) -> bool:
    """Computers its clause says were handed out to libraries in the period: what came to some of them, not
    how many the system has (computers bought are the system's, as a purchase of documents is)."""
    return bool(_CAME_RE.search(text, _clause_start(text, start, sent[0]), _clause_end(text, end, sent)))


#: readers of a group a report counts apart: with disabilities, blind
_DISABLED_RE = re.compile(r"(?i)инвалид|ограниченн\w*\s+возможност|мүмкіндігі\s+шектеулі|ерекше\s+қажеттіл"
                          r"|незряч|слабовид|зағип")


def readers_apart(text: str, start: int, end: int, sent: tuple[int, int]) -> bool:
    """Readers of a group with disabilities ("записаны 126 читателей с инвалидностью", "мүмкіндігі шектеулі 126
    оқырман"), or the documents bought for them ("Для незрячих читателей приобретены 24 книги шрифтом Брайля"): a
    group no metric names, not the library's readers, and a part of what came into the fund."""
    return bool(_DISABLED_RE.search(text, _clause_start(text, start, sent[0]), _clause_end(text, end, sent)))


#: the Kazakh genitive of the documents received right before a figure: "Қорға түскен құжаттардың 2 870 данасы"
_RECEIVED_GENITIVE_RE = re.compile(r"(?i)түскен\s+(?:[^\W\d_]+\s+){0,2}[^\W\d_]+(?:ның|нің|дың|дің|тың|тің)\s+$")


def part_of_received(text: str, start: int) -> bool:
    """A part of the documents received, told in the Kazakh genitive ("Қорға түскен құжаттардың 2 870 данасы …
    сатып алынды"): the bought part, not what the fund received."""
    return bool(_RECEIVED_GENITIVE_RE.search(text, max(0, start - 80), start))


#: a purchase told after the money it cost: "… бюджет қаражатына 8 430,6 мың теңгеге сатып алынды"
_BOUGHT_RE = re.compile(r"(?i)" + _WORD_START + r"(?:сатып\s+алын\w*|приобрет\w*|закуп\w*|куплен\w*)")


def money_of_a_purchase(text: str, start: int, end: int, sent: tuple[int, int]) -> bool:
    """A sum its clause says something was bought for ("жергілікті бюджет қаражатына 8 430,6 мың теңгеге
    сатып алынды"): the cost of the purchase, whatever budget it came from, not the library's budget."""
    return bool(_BOUGHT_RE.search(text, _clause_start(text, start, sent[0]), _clause_end(text, end, sent)))


#: documents named in a sentence of buying, and equipment, which is no document
_DOCUMENTS_RE = re.compile(r"(?i)кітап|құжат|басылым|книг|документ|издани|литератур")
_EQUIPMENT_RE = re.compile(r"(?i)компьютер|ноутбук|моноблок|оборудован|техник|жабдық|жиһаз|мебел|принтер|стеллаж|сөре"
                           # a vehicle: a bibliobus, a car, the book bus ("Көлік … 26,5 млн теңгесіне сатып алынған")
                           r"|библиобус|автобус|автомобил|автомашин|" + _WORD_START + r"көлі[кг]")


def bought_instead(text: str, metric: str, start: int, end: int, sent: tuple[int, int]) -> str | None:
    """The metric of documents bought that a figure of the budget or of the fund's intake is, in a sentence that
    tells a purchase of documents: "Қорға түскен құжаттардың 2 870 данасы жергілікті бюджет қаражатына 8 430,6
    мың теңгеге сатып алынды" (the copies bought, the money they cost), or None."""
    if not (_DOCUMENTS_RE.search(text, *sent) and not _EQUIPMENT_RE.search(text, *sent)):
        return None
    if metric == "finance.budget" and money_of_a_purchase(text, start, end, sent):
        return "acquisition.budget"
    if metric == "fund.received" and part_of_received(text, start) \
            and _BOUGHT_RE.search(text, start, _clause_end(text, end, sent)):
        return "acquisition.copies"
    return None


#: staff who took a course, an internship or a seminar: "5 қызметкер … біліктілікті арттыру курсынан өтті",
#: "Сотрудники прошли курсы: 5 человек", "обучение прошли 12 библиотекарей"
_TRAINED_RE = re.compile(r"(?i)курс|повышени\w*\s+квалификац|стажировк|обучени|біліктілі\w*\s+арттыр|оқудан\s+өт")


def staff_trained(text: str, start: int, end: int, sent: tuple[int, int]) -> bool:
    """Staff its clause says took a course or training ("Сотрудники прошли курсы: 5 человек по 72 часа"): a
    part of the staff no metric names, not its headcount."""
    return bool(_TRAINED_RE.search(text, _clause_start(text, start, sent[0]), _clause_end(text, end, sent)))


#: a place in a ranking: "заняла 1-е место среди 26 библиотек", "рейтингте 3-орын", "на 3-м месте"
_RANK_RE = re.compile(r"(?i)\d\s*-?\s*(?:е|ое|м|ем|ом)?\s+мест[^\W\d_]*|рейтинг|\d\s*-\s*орын")


def ranked_among(text: str, sent: tuple[int, int]) -> bool:
    """Libraries counted in a sentence of a place in a ranking ("Библиотека заняла 1-е место среди 26 библиотек
    области"): the libraries of a contest or a region, not the system's network."""
    return bool(_RANK_RE.search(text, *sent))


#: the words of a plan or a duty: "жоспар бойынша", "керек", "тиіс", "по плану", "должно быть", "предусмотрено",
#: "утверждён", "бекітілді"
_PLAN_RE = re.compile(r"(?i)" + _WORD_START + r"(?:жоспар\w*|керек|тиіс\w*|план\w*|должн\w*|предусмотрен\w*"
                      r"|утвержд\w*|бекітіл\w*)" + _WORD_END)
#: the year of a date, which dates a balance and plans nothing: "на 1 января 2025 года", "2025 жылғы 1 қаңтар"
_DAY_BEFORE_RE = re.compile(r"\d{1,2}\s+[^\W\d_]+\s+$")
_DAY_AFTER_RE = re.compile(r"(?i)\s*(?:ж\.|жылғы|жылдың)\s+\d")
#: a year the figure is for, not in: "Бюджет на 2025 год …", "2025 жылға … бюджет бекітілді"
_FOR_YEAR_BEFORE_RE = re.compile(r"(?i)" + _WORD_START + r"на\s+$")
_FOR_YEAR_AFTER_RE = re.compile(r"(?i)\s*(?:год|г\.)(?![^\W\d_])")
_FOR_YEAR_KK_RE = re.compile(r"(?i)\s*жылға" + _WORD_END)
_PAID_AHEAD_RE = re.compile(r"(?i)подписк|жазыл|направлен|израсходован|оплачен|оформлен|освоен|жұмсал|игеріл|рәсімдел")
_YEAR_IN_TEXT_RE = re.compile(r"(?<![\d.,])(?:19|20)\d{2}(?![\d])")


def plan_of_a_later_year(text: str, start: int, sent: tuple[int, int], report_year: int | None) -> bool:
    """A figure after a later year than the report's in a sentence of a plan ("Жоспар бойынша 2025 жылы 670 000
    кітап беру керек" in a report on 2024), or after a later year it is for ("Финансирование на 2025 год – 430 000
    тыс. тенге", "2025 жылға 430 000 мың теңге бюджет бекітілді"): a target, not the period's (the figures
    before that year, "выполнено 1 284 мероприятия, план на 2025 год – 1 300", are the period's)."""
    if report_year is None:
        return False
    planned = bool(_PLAN_RE.search(text, *sent))
    # (money spent in the period for a later one, a subscription paid ahead, "на подписку на 2024 год направлено
    # 860,0 тыс. тенге", "2024 жылға … жазылуға 950,0 мың теңге жұмсалды", is the period's)
    ahead = bool(_PAID_AHEAD_RE.search(text, *sent))
    return any(int(m.group()) > report_year and not _DAY_BEFORE_RE.search(text, max(0, m.start() - 20), m.start())
               and not _DAY_AFTER_RE.match(text, m.end())
               and (planned or not ahead and (_FOR_YEAR_BEFORE_RE.search(text, max(0, m.start() - 5), m.start())
                                              and _FOR_YEAR_AFTER_RE.match(text, m.end())
                                              or _FOR_YEAR_KK_RE.match(text, m.end())))
               for m in _YEAR_IN_TEXT_RE.finditer(text, sent[0], start))


#: the withdrawn documents, what the library gives away: "Передано в дар школам 1 200 экз. списанных книг"
#: ("Библиотекам передано в дар 1 420 книг", "70 экз. подарены авторами" are gifts it received)
_GIVEN_AWAY_RE = re.compile(r"(?i)" + _WORD_START + r"(?:списанн\w*|есептен\s+шығарылған)")


def given_away(text: str, start: int, end: int, sent: tuple[int, int]) -> bool:
    """Copies its clause says were withdrawn ("Передано в дар школам 1 200 экз. списанных книг"): what left
    the fund, not what it received."""
    return bool(_GIVEN_AWAY_RE.search(text, _clause_start(text, start, sent[0]), _clause_end(text, end, sent)))


#: services a figure counts: "выдано 1 460 консультаций", "2 100 кеңес берілді", "оказано 640 услуг"
_SERVICES_AFTER_RE = re.compile(r"(?i)\s*(?:консультаци|услуг|кеңес)")


def counts_services(text: str, end: int) -> bool:
    """The figure counts consultations or services ("За год выдано 1 460 консультаций по правовым вопросам"),
    not documents issued."""
    return bool(_SERVICES_AFTER_RE.match(text, end))


#: the people a survey asked ("опрошено 250 читателей") or a contest gathered, the contest its subject ("Городской
#: конкурс чтецов … собрал 112 участников"), not the readers or the participants of the year
_ASKED_RE = re.compile(r"(?i)" + _WORD_START + r"(?:опрошен[^\W\d_]*|опрошено|анкетирован[^\W\d_]*|опрос[аеуы]?"
                       r"|сауалнам[^\W\d_]*)" + _WORD_END)
_CONTEST_SUBJECT_RE = re.compile(r"(?i)" + _WORD_START + r"(?:конкурс|смотр|турнир)" + _WORD_END)


def people_of_a_survey_or_contest(text: str, start: int, end: int, sent: tuple[int, int]) -> bool:
    """People its clause says a survey asked, or a contest named as the subject gathered."""
    a = _clause_start(text, start, sent[0])
    return bool(_ASKED_RE.search(text, a, _clause_end(text, end, sent)) or _CONTEST_SUBJECT_RE.search(text, a, start))


#: a partner of the library, whose staff a sentence counts: "В школьных библиотеках, с которыми сотрудничает ЦБС,
#: работают 38 библиотекарей", "Серіктесіміз аудандық мәдениет үйінде 22 қызметкер жұмыс істейді"
_PARTNER_RE = re.compile(r"(?i)" + _WORD_START + r"(?:сотруднича[^\W\d_]*|партн[её]р[^\W\d_]*|серіктес[^\W\d_]*"
                         r"|әріптес[^\W\d_]*)")


def partner_staff(text: str, start: int, sent: tuple[int, int]) -> bool:
    """Staff its sentence gives to a partner named before the figure: the partner's people, not the library's;
    and the events held with it ("…; олармен бірге 6 іс-шара өткізілді"), a part of the year's."""
    return bool(_PARTNER_RE.search(text, sent[0], start))


def loans_of_readers_apart(text: str, start: int, sent: tuple[int, int]) -> bool:
    """Documents its sentence, after naming readers with disabilities, says they were given ("58 человек с
    ограниченными возможностями …, им выдано 1 960 экз.", "Мүмкіндігі шектеулі 36 оқырманға …, оларға 1 240 дана
    кітап берілді"): that group's loans, a part of the library's."""
    return bool(_DISABLED_RE.search(text, sent[0], start))


#: the Kazakh genitive of the documents withdrawn right before a figure: "Шығарылған кітаптардың 4 870 данасы"
_WITHDRAWN_GENITIVE_RE = re.compile(
    r"(?i)(?:шығарылған|есептен\s+шығарылған)\s+(?:[^\W\d_]+\s+){0,2}[^\W\d_]+(?:ның|нің|дың|дің|тың|тің)\s+$")


def part_of_withdrawn(text: str, start: int) -> bool:
    """A part of the documents withdrawn, counted out of them in the genitive ("Шығарылған кітаптардың 4 870 данасы
    тозуына байланысты есептен шығарылды"): the share of one reason, not all that left the fund."""
    return bool(_WITHDRAWN_GENITIVE_RE.search(text, max(0, start - 80), start))


#: a card index, which is no electronic catalogue: "картотекасына 410 жазба енгізілді", "в картотеку внесено 640"
_CARD_INDEX_RE = re.compile(r"(?i)картотек")
#: an exhibition or an exposition whose items a sentence counts: "«Сыр сүлейлері» көрмесі …: 42 фотосурет, 25 құжат"
_EXHIBITION_RE = re.compile(r"(?i)" + _WORD_START + r"(?:көрме|выставк|экспозици)")


def items_of_an_exhibition(text: str, start: int, sent: tuple[int, int]) -> bool:
    """Documents its sentence, before the figure, puts in an exhibition: the exhibition's items, not the fund."""
    return bool(_EXHIBITION_RE.search(text, sent[0], start))


#: references named between the verb of giving and the figure: "выдано библиографических справок 12 680",
#: "виртуальных справок выполнено 1 420", "берілген анықтамалар 2 400"
_REFERENCES_BEFORE_RE = re.compile(r"(?i)" + _WORD_START + r"(?:(виртуальн[^\W\d_]*\s+|виртуалды\s+)?(?:библиографическ"
                                   r"[^\W\d_]*\s+|библиографиялық\s+)?(?:справ(?:ок|ки|ка)|анықтама[^\W\d_]*))"
                                   + _WORD_END + r"[^\d]{0,30}$")


def references_instead(text: str, metric: str, start: int, sent: tuple[int, int]) -> str | None:
    """The metric of references a figure of loans is when the references are named right before it ("Всего выдано
    библиографических справок 12 680"): the verb of giving out counts references, not documents; else None."""
    if metric != "loans.total":
        return None
    m = _REFERENCES_BEFORE_RE.search(text, _clause_start(text, start, sent[0]), start)
    if m is None:
        return None
    return "bibliography.virtual_references" if m.group(1) else "bibliography.references"


#: readers counted as children right after the figure: "обслужили 14 920 детей", "11 250 балаға қызмет көрсетті"
#: or named after a dash: "Из общего числа читателей 9 840 – дети до 14 лет"
_CHILDREN_AFTER_RE = re.compile(r"(?i)\s*(?:[–—-]\s*)?(?:детей|дети|ребят|бала(?:ға|ны)?|балаларға|балалардың)" + _WORD_END)


def children_instead(text: str, metric: str, end: int) -> str | None:
    """The metric of children among the users that a figure of readers is when the word it counts is children
    ("Центральная детская библиотека и детские отделы обслужили 14 920 детей", "Из общего числа читателей 9 840 –
    дети до 14 лет"), else None."""
    if metric == "users.registered" and _CHILDREN_AFTER_RE.match(text, end):
        return "users.children"
    return None


#: one month of the period named in the locative, not the first of a range of months: "в сентябре",
#: "қыркүйек айында" (not "в январе–декабре")
_ONE_MONTH_RE = re.compile(
    r"(?i)" + _WORD_START + r"(?:в\s+(?:январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре"
    r"|декабре)|(?:қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан)\s+айында)"
    + _WORD_END + r"(?!\s*[–—-])")


def readers_of_one_month(text: str, start: int, sent: tuple[int, int]) -> bool:
    """Readers its sentence, before the figure, says joined in one month ("в сентябре в библиотеки записаны 1 146
    первоклассников", "қыркүйек айында … 1 090 оқушысы оқырман болып тіркелді"): that month's newcomers, a part of
    the period's readers."""
    return bool(_ONE_MONTH_RE.search(text, sent[0], start))


#: how many years before the report's a year of its sentence tells the library's history, not a figure to compare
_HISTORY_YEARS = 10
#: a year told with its word, not a figure that looks like one ("2000 мың теңге"): "в 1991 году", "1965 жылы",
#: "в 1998–2001 годы"
_YEAR_WORD_RE = re.compile(r"(?<![\d.,])((?:19|20)\d{2})(?:\s*[–-]\s*(?:19|20)?\d{2})?\s*(?:ж\.|жыл|год|г\.|гг)")


def year_of_history(text: str, start: int, sent: tuple[int, int], report_year: int | None) -> bool:
    """The last year its sentence names before the figure is ten years or more before the report's: a paragraph of
    the library's history ("В 1991 году ЦБС обслуживала 53 тысячи читателей", "1965 жылы ауданда 18 кітапхана
    жұмыс істеп"), not a year set beside the report's (those are a few years back).  The year something was
    founded or built dates nothing ("Библиотека открыта в 1936 году, сегодня в ней 5 400 читателей")."""
    if report_year is None:
        return False
    years = [int(m.group(1)) for m in _YEAR_WORD_RE.finditer(text, sent[0], start)
             if not _DAY_BEFORE_RE.search(text, max(0, m.start() - 20), m.start())
             and not founding_year(text, m.start(1), m.end(1), int(m.group(1)), report_year)]
    return bool(years) and years[-1] <= report_year - _HISTORY_YEARS


#: a special collection of the fund named before its size: "Краеведческий фонд насчитывает 7 480 экз.", "Өлкетану
#: қоры 3 920 дананы құрайды", "фонд редких книг – 1 200"
_COLLECTION_RE = re.compile(
    r"(?i)" + _WORD_START + r"(?:краеведческ[^\W\d_]*\s+фонд|фонд[^\W\d_]*\s+(?:краеведческ|редк|ценн)[^\W\d_]*"
    r"|өлкетану[^\W\d_]*\s+қор|сирек\s+(?:кітап|басылым)[^\W\d_]*\s+қор"
    # a corner of books on one theme: "Краеведческий уголок … пополнился 46 книгами", "өлкетану бұрышы"
    r"|уголок|уголк[^\W\d_]*|бұрыш[^\W\d_]*"
    # the books for readers who cannot see: "Брайль қарпімен басылған кітаптар 318 дана", "литература рельефно-
    # точечного шрифта – 120 экз.", "книги для слабовидящих"
    r"|брайл[^\W\d_]*|рельефно[^\W\d_]*|укрупн[^\W\d_]*\s+шрифт[^\W\d_]*|для\s+(?:незрячих|слепых|слабовидящих)"
    r"|зағип[^\W\d_]*)")


def special_collection(text: str, start: int, sent: tuple[int, int]) -> bool:
    """The copies its clause counts are one special collection's (local history, rare books), a part of the
    fund no metric names, not the fund's size."""
    return bool(_COLLECTION_RE.search(text, _clause_start(text, start, sent[0]), start))


#: copies counted by a stock-taking: "проверено 14 260 экземпляров", "9 340 дана кітап тексерілді"
_CHECKED_RE = re.compile(r"(?i)" + _WORD_START + r"(?:провер[^\W\d_]*|тексер[^\W\d_]*|инвентаризац[^\W\d_]*)")


def copies_checked(text: str, start: int, end: int, sent: tuple[int, int]) -> bool:
    """Copies its clause says were checked in a stock-taking of one library: the copies checked, not the fund."""
    return bool(_CHECKED_RE.search(text, _clause_start(text, start, sent[0]), _clause_end(text, end, sent)))


def equipment_bought(text: str, start: int, end: int, sent: tuple[int, int]) -> bool:
    """Equipment its clause says was bought ("Приобретены 15 новых компьютеров"): no documents acquired."""
    a, z = _clause_start(text, start, sent[0]), _clause_end(text, end, sent)
    return bool(_BOUGHT_RE.search(text, a, z) and _EQUIPMENT_RE.search(text, a, z)
                and not _DOCUMENTS_RE.search(text, start, z))


#: a region's figure set beside the system's own share: "Облыс бойынша … 1 842 000 дана кітап берді, оның ішінде
#: біздің ауданның үлесі – 4,6 пайыз", "По области выдано …, доля нашей системы – 7,8 %" (an average alone, "Облыс
#: бойынша орташа оқылым – 20,2", is an oblast report's own)
_REGION_LEAD_RE = re.compile(r"(?i)\s*(?:в\s+(?:целом|среднем)\s+)?по\s+(?:области|республике|стране|региону)" + _WORD_END
                             + r"|\s*(?:облыс|республика|өңір|ел)\s+бойынша" + _WORD_END)
_SET_BESIDE_RE = re.compile(r"(?i)" + _WORD_START + r"(?:үлес[^\W\d_]*|дол[яиюе]|біздің|наш[^\W\d_]*)"
                            + _WORD_END)


def region_beside(text: str, sent: tuple[int, int]) -> bool:
    """A sentence opening on a region ("По области …", "Облыс бойынша …") that sets its figure beside the system's
    own share ("үлесі", "доля", "наш", "біздің"): the region's figures, not the report's. (An oblast library's own
    summary, "По области число пользователей составило …", names no share of its own.)"""
    return bool(_REGION_LEAD_RE.match(text, sent[0]) and _SET_BESIDE_RE.search(text, *sent))


#: a change told in prose: "Рост числа пользователей по сравнению с 2022 годом – 230 человек"
_CHANGE_LEAD_RE = re.compile(r"(?i)\s*(?:рост|прирост|снижение|уменьшение|увеличение|сокращение|спад)" + _WORD_END)


def change_in_prose(text: str, start: int, sent: tuple[int, int]) -> bool:
    """A figure in a clause opening on a change ("Рост числа пользователей … – 230 человек, или 1,9 %"): the
    difference between two periods, not a level."""
    return bool(_CHANGE_LEAD_RE.match(text, _clause_start(text, start, sent[0])))


#: a project or a campaign named as its sentence's subject: "Проект «Книжный дилижанс» … обслужено 740 детей",
#: "«Кітап – сыйлық» жобасы аясында …"
_NAMED_SUBJECT_RE = re.compile(
    r"(?i)\s*(?:[^\W\d_]+\s+){0,2}(?:проект|акция|программа|марафон|фестиваль|клуб)\s+«[^»]{1,80}»"
    r"|\s*«[^»]{1,80}»\s+(?:[^\W\d_]+\s+)?(?:жобасы|акциясы|бағдарламасы|марафоны|фестивалі|клубы)" + _WORD_END)


def named_occasion_subject(text: str, sent: tuple[int, int]) -> bool:
    """A sentence whose subject is one named project, campaign or programme: the readers it served, the books it
    lent, the people it gathered are its own, a part of the year's or none of it."""
    return bool(_NAMED_SUBJECT_RE.match(text, sent[0]))


#: documents lent for a time by another library: "340 дана кітап уақытша пайдалануға берілді", "передано во
#: временное пользование"
_LENT_RE = re.compile(r"(?i)уақытша\s+пайдалан|во\s+временное\s+пользовани|на\s+временное\s+хранени")


def lent_for_a_time(text: str, sent: tuple[int, int]) -> bool:
    """Copies its sentence says were lent for a time: no copies received or bought."""
    return bool(_LENT_RE.search(text, *sent))


#: what happened to some libraries: they moved, were repaired, got equipment
_LIBRARIES_EVENT_RE = re.compile(
    r"(?i)" + _WORD_START + r"(?:көшті|көшірілді|көшкен|переехал[^\W\d_]*|переведен[^\W\d_]*|отремонтирован[^\W\d_]*"
    r"|жөнделді|жөндеуден|жөндеу)" + _WORD_END)


def libraries_of_an_event(text: str, start: int, end: int, sent: tuple[int, int]) -> bool:
    """Libraries its clause says moved or were repaired ("4 кітапхана жаңа ғимаратқа көшті"): some of the
    network, not its size."""
    return bool(_LIBRARIES_EVENT_RE.search(text, _clause_start(text, start, sent[0]), _clause_end(text, end, sent)))


#: a sentence opening on a plan and telling it done after its figures: "Жоспар бойынша оқырмандар саны 17 200,
#: келушілер саны 153 000 … болуы тиіс еді, жоспар толық орындалды"
_PLAN_OPENING_RE = re.compile(r"(?i)\s*(?:жоспар\s+бойынша|по\s+плану|согласно\s+плану|планом\s+предусмотрено)" + _WORD_END)


def planned_before_done(text: str, start: int, sent: tuple[int, int]) -> bool:
    """A figure of a sentence opening on a plan, before the words that tell it done: what was planned."""
    if not _PLAN_OPENING_RE.match(text, sent[0]):
        return False
    done = DONE_RE.search(text, sent[0], sent[1])
    return done is None or start < done.start()


#: a post published, on the library's pages in social networks or in the press: "жыл ішінде 960 жазба жарияланды",
#: "опубликовано 418 записей", "размещено 230 записей на странице ВКонтакте"
_PUBLISHED_RE = re.compile(r"(?i)" + _WORD_START + r"(?:жарияла[^\W\d_]*|опубликова[^\W\d_]*|размещен[^\W\d_]*"
                           r"|выложен[^\W\d_]*)")
_SOCIAL_RE = re.compile(r"(?i)әлеуметтік\s+желі|соц[^\W\d_]*\s*сет|социальн[^\W\d_]*\s+сет|instagram|вконтакте|facebook"
                        r"|telegram|телеграм|одноклассник|парақша|подписчик|жазылушы")


_CATALOGUE_RE = re.compile(r"(?i)каталог|catalog")


def posts_not_records(text: str, start: int, end: int, sent: tuple[int, int]) -> bool:
    """Entries its clause says were published, or that its sentence counts on a page in a social network ("…
    парақшаларымыздың 7 800 жазылушысы бар, жыл ішінде 960 жазба жарияланды"): posts, not records of the
    catalogue (those are entered: "енгізілді", "внесено"; a clause that names the catalogue counts its records)."""
    a, z = _clause_start(text, start, sent[0]), _clause_end(text, end, sent)
    if _CATALOGUE_RE.search(text, a, z):
        return False
    return bool(_PUBLISHED_RE.search(text, a, z) or _SOCIAL_RE.search(text, *sent))


#: a digital collection or library named before its size: "электрондық коллекциясында қазір 1 120 құжат бар",
#: "Электронная коллекция «…» насчитывает 1 480 документов", "в электронной библиотеке – 380 документов"
_DIGITAL_COLLECTION_RE = re.compile(r"(?i)" + _WORD_START + r"(?:коллекци[^\W\d_]*|электронн[^\W\d_]*\s+библиотек"
                                    r"[^\W\d_]*|электрондық\s+кітапхана[^\W\d_]*|баз[аеуы]\s+данных|дерекқор[^\W\d_]*)")
#: the verb that digitized the documents in the period: "оцифровано", "цифрланды", "отсканировано"
_DIGITIZING_VERB_RE = re.compile(r"(?i)" + _WORD_START + r"(?:оцифрова[нл][^\W\d_]*|цифрланд[^\W\d_]*"
                                 r"|отсканирова[^\W\d_]*|сканерленд[^\W\d_]*|переведен[^\W\d_]*)")


def size_of_a_collection(text: str, start: int, end: int, sent: tuple[int, int]) -> bool:
    """Documents its clause counts in a digital collection with no verb that digitized them ("«Абай мұрасы»
    электрондық коллекциясында қазір 1 120 құжат бар"): the collection's size over the years, not the documents
    digitized in the period ("В электронную коллекцию оцифровано 46 документов" is)."""
    a, z = _clause_start(text, start, sent[0]), _clause_end(text, end, sent)
    return bool(_DIGITAL_COLLECTION_RE.search(text, a, start) and not _DIGITIZING_VERB_RE.search(text, a, z))


#: another holder of documents: a museum, an archive ("совместно с городским музеем, в фондах которого 12 600
#: единиц хранения", "мұражай қорында 4 200 экспонат")
_OTHER_HOLDER_RE = re.compile(r"(?i)" + _WORD_START + r"(?:музе[йяюе][^\W\d_]*|мұражай[^\W\d_]*|архив[^\W\d_]*)")
_LIBRARY_WORD_RE = re.compile(r"(?i)библиотек|кітапхана|цбс|окж")


def fund_of_another_holder(text: str, start: int, sent: tuple[int, int]) -> bool:
    """A stock its sentence gives to a museum or an archive named before it, with no library named between
    ("…, совместно с городским музеем, в фондах которого 12 600 единиц хранения"): that holder's fund."""
    last = None
    for last in _OTHER_HOLDER_RE.finditer(text, sent[0], start):
        pass
    return last is not None and not _LIBRARY_WORD_RE.search(text, last.end(), start)


#: people its clause says were awarded: "Акцияның ең белсенді 30 қатысушысы марапатталды", "награждены 15 лучших
#: читателей", "грамотами отмечены 12 участников"
_AWARDED_RE = re.compile(r"(?i)" + _WORD_START + r"(?:марапатта[^\W\d_]*|наградил[^\W\d_]*|награжд[^\W\d_]*"
                         r"|поощрен[^\W\d_]*|грамот[^\W\d_]*|алғыс\s+хат[^\W\d_]*|дипломдар[^\W\d_]*"
                         r"|сыйланды|сыйлық\s+берілді)")


def people_awarded(text: str, start: int, end: int, sent: tuple[int, int]) -> bool:
    """The people its clause says were awarded (the best of a contest or a campaign): a few of the
    participants, not the period's."""
    return bool(_AWARDED_RE.search(text, _clause_start(text, start, sent[0]), _clause_end(text, end, sent)))


#: a project, a festival, a campaign, a contest or a programme as its sentence's subject, before any library:
#: "Жоба 2022 жылы басталған, оның үш жылдық бюджеті 4,2 млн теңге", "Фестиваль проводится с 2019 года, его
#: бюджет – 6,8 млн тенге", "«Оқитын мектеп» жобасының бюджеті …"
_OCCASION_HEAD_RE = re.compile(
    r"(?i)\s*(?:«[^»]{1,80}»\s+)?(?:[^\W\d_]+\s+){0,2}?(?:жоба|проект|фестивал|акци|конкурс|байқау|марафон"
    r"|бағдарлама|программ)[^\W\d_]*" + _WORD_END)


def money_of_an_occasion(text: str, start: int, sent: tuple[int, int]) -> bool:
    """A sum in a sentence whose subject is a project, a festival, a campaign or a contest and that names no
    library before the sum: that occasion's budget, not the library's."""
    m = _OCCASION_HEAD_RE.match(text, sent[0])
    return m is not None and not _LIBRARY_WORD_RE.search(text, sent[0], start)


#: a group of libraries of a region, the report's or a neighbour's, that the sentence names by their oblast:
#: "сельские библиотеки Алматинской области получили 14 300 экз.", "облыстың ауылдық кітапханалары"
_REGION_GROUP_RE = re.compile(
    r"(?i)" + _WORD_START + r"(?:сельск|городск|школьн|детск)[^\W\d_]*\s+библиотек[^\W\d_]*\s+"
    r"(?:[^\W\d_]+(?:ской|цкой)\s+)?(?:области|края|республики)" + _WORD_END
    + r"|" + _WORD_START + r"облыс(?:тың|тағы|ы(?:ның)?)\s+(?:[^\W\d_]+\s+)?(?:ауылдық|қалалық|мектеп|балалар)\s+"
    r"кітапханалар")


def libraries_of_a_region(text: str, start: int, sent: tuple[int, int]) -> bool:
    """A figure its sentence gives, before it, to a group of the region's libraries named by their oblast ("По
    программе … сельские библиотеки Алматинской области получили 14 300 экз."): the region's libraries of that
    kind, none of the system's own."""
    return bool(_REGION_GROUP_RE.search(text, sent[0], start))


#: documents taken into the fund, which the verb of hiring also says: "1 640 приняты в фонд", "қорға қабылданды"
_INTO_FUND_RE = re.compile(r"(?i)" + _WORD_START + r"(?:в\s+фонд[^\W\d_]*|қорға|экз|дана[^\W\d_]*|книг[^\W\d_]*"
                           r"|кітап[^\W\d_]*)" + _WORD_END)


def taken_into_the_fund(text: str, start: int, end: int, sent: tuple[int, int]) -> bool:
    """Copies its clause says were taken into the fund ("из которых 1 640 приняты в фонд"): no staff hired."""
    return bool(_INTO_FUND_RE.search(text, _clause_start(text, start, sent[0]), _clause_end(text, end, sent)))


_FLOW_OF_PEOPLE = ("users.registered", "users.children", "users.youth", "users.remote", "loans.total", "visits.total",
                   "visits.events", "events.actual", "events.participants")


_MONEY_METRICS = ("finance.budget", "acquisition.budget", "state_order.budget", "finance.paid_services")


def aside(text: str, metric: str, start: int, end: int, sent: tuple[int, int],
          report_year: int | None = None, category: str | None = None) -> str | None:
    """Why the figure at ``start:end`` with the metric id ``metric`` (and ``category``) is no indicator of the
    period (of the report on ``report_year``), or None."""
    if plan_of_a_later_year(text, start, sent, report_year):
        return "plan of a later year"
    if planned_before_done(text, start, sent):
        return "plan"
    if region_beside(text, sent):
        return "region"
    if metric in _FLOW_OF_PEOPLE + ("fund.received", "fund.withdrawn") and change_in_prose(text, start, sent):
        return "change"
    if metric in _FLOW_OF_PEOPLE + ("fund.received", "acquisition.copies") and named_occasion_subject(text, sent):
        return "one occasion"
    if metric in _MONEY_METRICS and not (category or "").startswith("source:") and money_of_an_occasion(text, start, sent):
        return "money of an occasion"
    if metric in _FLOW_OF_PEOPLE and people_awarded(text, start, end, sent):
        return "people awarded"
    if metric == "catalog.records" and posts_not_records(text, start, end, sent):
        return "posts"
    if metric == "digitization.documents" and size_of_a_collection(text, start, end, sent):
        return "size of a collection"
    if metric in ("fund.end", "fund.start") and fund_of_another_holder(text, start, sent):
        return "another holder's fund"
    if libraries_of_a_region(text, start, sent):
        return "region"
    if metric == "staff.hired" and taken_into_the_fund(text, start, end, sent):
        return "documents taken in"
    if metric in ("fund.received", "acquisition.copies") and lent_for_a_time(text, sent):
        return "lent for a time"
    if metric == "libraries.count" and libraries_of_an_event(text, start, end, sent):
        return "libraries of an event"
    if year_of_history(text, start, sent, report_year):
        return "history"
    if metric in ("users.registered", "events.participants") and people_of_a_survey_or_contest(text, start, end, sent):
        return "one occasion"
    if metric in ("fund.end", "fund.start", "fund.received", "acquisition.copies") \
            and special_collection(text, start, sent):
        return "special collection"
    if metric.startswith("fund.") and copies_checked(text, start, end, sent):
        return "copies checked"
    if metric in ("acquisition.copies", "acquisition.budget") and equipment_bought(text, start, end, sent):
        return "equipment bought"
    if metric.startswith("staff.") and partner_staff(text, start, sent):
        return "partner's staff"
    if metric in ("events.actual", "events.participants") and partner_staff(text, start, sent):
        return "events with a partner"
    if metric == "users.registered" and readers_of_one_month(text, start, sent):
        return "readers of one month"
    if metric == "loans.total" and loans_of_readers_apart(text, start, sent):
        return "readers of a group"
    if metric == "fund.withdrawn" and part_of_withdrawn(text, start):
        return "part of the withdrawn"
    if metric == "catalog.records" and _CARD_INDEX_RE.search(text, _clause_start(text, start, sent[0]), start):
        return "card index"
    if metric.startswith("fund.") and items_of_an_exhibition(text, start, sent):
        return "items of an exhibition"
    if metric == "libraries.count" and ranked_among(text, sent):
        return "libraries of a ranking"
    if metric in _MONEY_METRICS and (other_money(text, start, end, sent) or (
            sponsor_money(text, start, sent) and not (category or "").startswith("source:"))):
        return "other money"
    if metric in ("events.actual", "events.participants", "users.registered", "fund.end", "fund.start") \
            and one_occasion(text, start, sent):
        return "one occasion"
    if metric == "staff.headcount" and staff_trained(text, start, end, sent):
        return "staff trained"
    if metric == "digitization.pages" and pages_not_digitized(text, sent):
        return "pages of a publication"
    if metric.startswith("fund.") and shortage(text, start, sent):
        return "shortage"
    if metric == "loans.total" and counts_services(text, end):
        return "services"
    if counts_papers(text, end):
        return "papers"
    if metric == "population.served" and counts_settlements(text, end):
        return "settlements"
    if metric == "equipment.computers" and equipment_came(text, start, end, sent):
        return "equipment that came"
    if metric == "finance.budget" and money_of_a_purchase(text, start, end, sent):
        return "money of a purchase"
    if metric in ("users.registered", "acquisition.copies", "fund.received") and readers_apart(text, start, end, sent):
        return "readers of a group"
    if metric == "fund.received" and given_away(text, start, end, sent):
        return "given away"
    if metric == "fund.received" and part_of_received(text, start):
        return "part of the received"
    return None
