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

_WORD_END = r"(?![^\W\d_])"
_WORD_START = r"(?<![^\W\d_])"

#: the year something was founded or built, after its year: "1973 жылы құрылған", "1936 жылы ашылған",
#: "1962 года постройки", "в 1989 году создана"; before it: "основан в 1973 году", "(система создана в 1989 году)"
_FOUNDED_AFTER_RE = re.compile(
    r"(?i)\s*(?:жылы|ж\.|году|г\.|года)?\s*(?:[^\W\d_]+\s+)?(?:құрылған|салынған|ашылған|негізі\s+қаланған"
    r"|постройки|построен[аоы]?|основан[аоы]?|создан[аоы]?|образован[аоы]?)" + _WORD_END)
_FOUNDED_BEFORE_RE = re.compile(
    r"(?i)" + _WORD_START + r"(?:построен[аоы]?|основан[аоы]?|создан[аоы]?|образован[аоы]?)\s+(?:в\s+)?$")


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
    r"(?i)" + _WORD_START + r"(?:грант|спонсор|демеуші|меценат|ремонт|жөндеу|стоимост|сертификат|приз(?:а|ы|ом)?"
    + _WORD_END + r"|премии|премия|сыйақы|сыйлық)")
#: the grant named right after its sum: "2 000 мың теңге грант алынды"
_GRANT_AFTER_RE = re.compile(r"(?i)\s*(?:мың|тыс\.?|млн\.?)?\s*(?:теңге|тенге|тг\.?|руб\w*|сом\w*)?\s*грант")


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
    r"(?i)" + _WORD_START + r"(?:марафон|бағдарлама|байқау|сауалнама|акция|фестивал|конкурс|сайыс|олимпиада"
    r"|челлендж|флешмоб|апталығ|онкүндіг)(?:ы|і|сы|сі)?(?:на|не|ға|ге|қа|ке)" + _WORD_END
    # Kazakh, the occasion as the subject: "Балалар кітабы апталығы … 36 іс-шараны қамтыды"
    + r"|" + _WORD_START + r"(?:апталығы|онкүндігі|бағдарламасы|байқауы|фестивалі)" + _WORD_END
    # Russian, the occasion people took part in: "в летнем читательском марафоне участвовали", "В анкетировании"
    + r"|" + _WORD_START + r"(?:в|во)\s+(?:[^\W\d_]+\s+){0,3}(?:марафоне|конкурсе|анкетировании|опросе|фестивале"
    r"|программе|викторине|квесте|олимпиаде)" + _WORD_END
    # Russian, the occasion as the subject: "Неделя детской книги … включила 42 мероприятия"
    + r"|" + _WORD_START + r"(?:[Нн]едел[яи]|[Дд]екада|[Мм]есячник|[Фф]естиваль|[Мм]арафон|[Пп]рограмма)" + _WORD_END)
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


#: computers that came this year: given, bought, received ("8 ноутбук берілді", "приобретено 12 компьютеров")
_CAME_RE = re.compile(r"(?i)" + _WORD_START + r"(?:берілді|берілген|сатып\s+алын\w*|алынды|приобрет\w*|закуп\w*"
                      r"|получен\w*|передан\w*|поступил\w*|түсті)")


def _clause_end(text: str, pos: int, sent: tuple[int, int]) -> int:
    """Where the clause of ``pos`` ends: at the next comma or semicolon of its sentence, else the sentence's end."""
    return min(i for i in (text.find(",", pos, sent[1]), text.find(";", pos, sent[1]), sent[1]) if i >= 0)


def equipment_came(text: str, start: int, end: int, sent: tuple[int, int]) -> bool:
    """Computers its clause says were given, bought or received in the period: what came, not how many the
    library has."""
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
_EQUIPMENT_RE = re.compile(r"(?i)компьютер|ноутбук|оборудован|техник|жабдық|жиһаз|мебел|принтер")


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


_MONEY_METRICS = ("finance.budget", "acquisition.budget", "state_order.budget", "finance.paid_services")


def aside(text: str, metric: str, start: int, end: int, sent: tuple[int, int]) -> str | None:
    """Why the figure at ``start:end`` with the metric id ``metric`` is no indicator of the period, or None."""
    if metric in _MONEY_METRICS and other_money(text, start, end, sent):
        return "other money"
    if metric in ("events.actual", "events.participants") and one_occasion(text, start, sent):
        return "one occasion"
    if metric == "digitization.pages" and pages_not_digitized(text, sent):
        return "pages of a publication"
    if metric.startswith("fund.") and shortage(text, start, sent):
        return "shortage"
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
    if metric == "fund.received" and part_of_received(text, start):
        return "part of the received"
    return None
