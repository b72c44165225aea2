"""Figures a long report gives beside the system's own.

A long annual report tells, around its indicators, many figures that are
not the system's: the rate of new books per thousand inhabitants and its
norm, the people a survey asked, the population of one settlement, the
records of a database of its own (local history, articles) beside the
electronic catalogue, the computers bought in the year or kept for one
service, the money spent on equipment or repairs, the library education of
each level of schooling beside the staff's library education in all, and,
in prose, counts of readers, loans or events of one service, partner or
campaign below the totals the report's table gives.  Each is kept as a
figure no metric names (the caller takes the metric off).
"""

from __future__ import annotations

import re

from esep.model import Record
from esep.plugins.lang.numbers import PER_THOUSAND_RE

#: a norm a figure is set against: "при нормативе 250 экз.", "норматив – 250", "нормативі бойынша"
_NORM_RE = re.compile(r"(?i)(?<![^\W\d_])(?:норматив|норма\s+(?:составляет|[–—-]))[^\W\d_]*")

#: the people a survey asked: "опрошено 600 жителей", "в анкетировании приняли участие", "респондентов",
#: "сауалнамаға 500 тұрғын қатысты"
_SURVEY_RE = re.compile(r"(?i)(?<![^\W\d_])(?:опрош|анкетир|респондент|сауалнам|сұрақнам|сұралған)[^\W\d_]*")

#: the inhabitants an activity was for: "для 960 жителей", "960 тұрғын үшін"
_AUDIENCE_RE = re.compile(r"(?i)(?<![^\W\d_])для\s+\d[\d\s\u00a0]*\s+жител|\d\s+тұрғын[^\W\d_]*\s+үшін")

#: the population of one settlement, not of the area the system serves: "население посёлка", "жителей села",
#: "ауылдың тұрғындары", "кенттің халқы"
_SETTLEMENT_POPULATION_RE = re.compile(
    r"(?i)(?<![^\W\d_])(?:(?:населени|жител|численност)[^\W\d_]*\s+(?:посёлка|поселка|села|аула|деревни|станицы"
    r"|микрорайона|хутора)|(?:ауыл|кент)[^\W\d_]*\s+(?:халқ|тұрғын)[^\W\d_]*)(?![^\W\d_])")

#: a branch of the system named in the sentence of a settlement's population: "В библиотеке-филиале № 4 посёлка
#: Качар записано 2 180 читателей, при том что население посёлка составляет около 5 600 человек"
_BRANCH_WORD_RE = re.compile(r"(?i)филиал|ауылдық\s+кітапхана")

#: a database of the library's own beside the catalogue: "база данных «Краевед»", "электронной базой «…»",
#: "дерекқорына", "БД «…»"
_DATABASE_RE = re.compile(r"(?i)(?<![^\W\d_])(?:баз[аеыуо][^\W\d_]*|дерекқор[^\W\d_]*|(?-i:БД))(?![^\W\d_])")
_CATALOGUE_RE = re.compile(r"(?i)каталог|(?-i:ЭК|СКБР|СвК)")

#: computers that came in the year (bought, received), not the park: "приобретены 10 моноблоков", "12 моноблок
#: сатып алынды", "получено 5 компьютеров"; or kept for one service: "2 компьютера с программой экранного доступа"
_CAME_IN_RE = re.compile(r"(?i)(?<![^\W\d_])(?:приобрет[её]н|приобрели|закуплен|закупили|получен|поступил"
                         r"|переданы|сатып\s+алын|алынды|берілді|түсті)[^\W\d_]*")
_ONE_SERVICE_RE = re.compile(r"(?i)(?<![^\W\d_])(?:с\s+программ|для\s+(?:незрячих|слабовидящ|инвалид|людей\s+с)"
                             r"|специализированн|экранного\s+доступа|тифло|зағип|көзі\s+нашар)[^\W\d_]*")

#: what money for equipment or buildings names: "моноблоков, 2 МФУ и проектор на сумму …", "смета ремонта",
#: "жөндеуге"; and what money for the collection names, which keeps the figure
_EQUIPMENT_OR_REPAIR_RE = re.compile(r"(?i)(?<![^\W\d_])(?:моноблок|компьютер|ноутбук|МФУ|проектор|принтер|сканер"
                                     r"|оборудован|мебел|ремонт|смет|здани|жөндеу|құрал-жабдық|жиһаз|ғимарат)")
_COLLECTION_MONEY_RE = re.compile(r"(?i)(?<![^\W\d_])(?:книг|комплектов|подписк|периодическ|издани|литератур"
                                  r"|кітап|қорды\s+толықтыру|жазыл|басылым)")

#: a level of schooling the library education is a part of: "высшее … из них библиотечное", "среднее специальное
#: библиотечное", "кітапханалық жоғары білімі"
_LEVEL_RE = re.compile(r"(?i)(?<![^\W\d_])(?:(?P<higher>высш|жоғары)|средн|специальн|профессиональн|орта|арнаулы)"
                       r"[^\W\d_]*")


#: computers named before a part with the Internet: "71 компьютер, 48 из них подключены к Интернету"
_COMPUTERS_RE = re.compile(r"(?i)(?<![^\W\d_])(?:компьютер|моноблок|ноутбук|(?-i:ПК|АРМ))[^\W\d_]*")
_LIBRARIES_RE = re.compile(r"(?i)библиотек|кітапхана|филиал")

#: a verb of coming in, in the clause of a stock: "в её фонд поступило 3 200 новых книг" (the intake, no stock)
_ARRIVED_RE = re.compile(r"(?i)(?<![^\W\d_])(?:поступил|поступает|поступят|түсті|түскен)[^\W\d_]*")


def _before(r: Record) -> str:
    """The sentence of a figure up to the end of its clause (the label)."""
    sentence, label = r.evidence or "", r.values.get("label") or ""
    at = sentence.find(label) if label else -1
    return sentence[:at + len(label)] if at >= 0 else label


def beside_the_system(r: Record) -> bool:
    """Whether a fact of prose is one of the figures a report tells beside
    the system's own (see the module's docstring)."""
    if r.table != "facts" or r.table_index is not None:
        return False
    metric = r.values.get("metric") or ""
    label, before, sentence = r.values.get("label") or "", _before(r), r.evidence or ""
    if metric.startswith(("fund.", "acquisition.")) and (PER_THOUSAND_RE.search(label) or _NORM_RE.search(label)):
        return True  # "новых поступлений на 1 000 жителей – 147 экз. при нормативе 250 экз.": a rate and its norm
    if metric == "population.served" and (_SURVEY_RE.search(before) or _AUDIENCE_RE.search(label)
                                          or _SETTLEMENT_POPULATION_RE.search(label) and _BRANCH_WORD_RE.search(before)):
        return True  # (a village library's own village, "население села – 1 020 человек", is the population it serves)
    if metric == "catalog.records" and _DATABASE_RE.search(before) and not _CATALOGUE_RE.search(sentence):
        return True  # "Краеведческая база данных «…» пополнилась 320 записями": a database of its own
    if metric == "equipment.computers" and _ONE_SERVICE_RE.search(label):
        return True  # "2 компьютера с программой экранного доступа": the computers of one service
    if metric == "acquisition.budget" and _EQUIPMENT_OR_REPAIR_RE.search(sentence) \
            and not _COLLECTION_MONEY_RE.search(sentence):
        return True  # "приобретены 10 моноблоков, 2 МФУ и проектор на сумму 4 320,0 тыс. тенге"
    if metric == "libraries.internet" and _COMPUTERS_RE.search(before[:len(before) - len(label)]) \
            and not _LIBRARIES_RE.search(label):
        return True  # "В библиотеках МЦБС 71 компьютер, 48 из них подключены к Интернету": computers
    if metric == "fund.end" and _ARRIVED_RE.search(label):
        return True
    return False


def library_education_of_levels(records: list[Record]) -> list[Record]:
    """The library education a paragraph gives for each level of schooling
    ("Высшее образование имеют 48 человек, в том числе библиотечное – 27;
    среднее специальное библиотечное – 12") when it gives two levels, or a
    level beside the staff's library education in all ("Библиотечное
    образование имеют 39 сотрудников"): parts of the levels, none the
    staff's library education.  One level alone keeps its figure (the report
    gives no other)."""
    edu = [r for r in records if r.table == "facts" and r.values.get("metric") == "staff.library_education"]
    if len(edu) < 2:
        return []
    higher = {id(r) for r in records if r.table == "facts" and r.values.get("metric") == "staff.higher_education"}
    levelled = []
    for r in edu:
        i = next(k for k, x in enumerate(records) if x is r)
        prev = records[i - 1] if i else None
        after_higher = prev is not None and id(prev) in higher and (prev.evidence or "") == (r.evidence or "")
        found = [bool(m.group("higher")) for m in _LEVEL_RE.finditer(r.values.get("label") or "")]
        if len(set(found)) == 2:
            continue  # "Библиотечное образование (высшее и среднее) имеют 39 сотрудников": both levels, the whole
        if found or after_higher:
            levelled.append(r)
    if len(levelled) >= 2 or levelled and len(levelled) < len(edu):
        return levelled
    return []


#: the metrics a system counts once a period, which its indicators table gives
_WHOLE_METRICS = ("users.registered", "visits.total", "loans.total", "events.actual", "events.participants")


def parts_below_table_totals(records: list[Record], first: int = 0) -> list[Record]:
    """The facts of prose (from ``first`` on) that count the readers, visits,
    loans, events or participants of something less than the system, below
    the total the report's tables give of the same period, language and
    category: "Библиобус … обслужено 1 180 человек", "в них записано 640
    читателей", "Совместно с обществом инвалидов проведено 28 мероприятий"
    beside a table's "Число пользователей | 40 060", "Мероприятия | 1 486".
    A report counts its whole once a period; a smaller figure no category
    names is a part (a figure the tables give too stays).  So are a smaller
    count of libraries beside the system's count in prose ("4 библиотеки
    размещаются в зданиях, требующих ремонта") and the computers that came
    in the year beside the park the report counts."""
    def key(r: Record) -> tuple:
        v = r.values
        return v.get("metric"), v.get("period"), v.get("as_of"), v.get("language"), v.get("category")

    tables: dict[tuple, set[float]] = {}
    for r in records:
        if r.table == "facts" and r.table_index is not None and r.values.get("metric") in _WHOLE_METRICS \
                and r.values.get("value") is not None:
            tables.setdefault(key(r), set()).add(float(r.values["value"]))
    # the system's count of its libraries, in prose as often as in a table: any count of the same date or period
    # gives it ("В МЦБС входят 24 библиотеки" … "4 библиотеки размещаются в зданиях, требующих ремонта")
    counts: dict[tuple, float] = {}
    for r in records:
        if r.table == "facts" and r.values.get("metric") == "libraries.count" and r.values.get("value") is not None \
                and not r.values.get("category"):
            counts[key(r)] = max(counts.get(key(r), 0.0), float(r.values["value"]))
    out = []
    # computers that came in the year beside the park the report counts: "Кітапханаларда 118 компьютер бар" …
    # "12 моноблок, 4 принтер сатып алынды" (computers bought alone are the ones the report gives)
    computers = [r for r in records if r.table == "facts" and r.values.get("metric") == "equipment.computers"]
    came_in = [r for r in records[first:] if r.table == "facts" and r.values.get("metric") == "equipment.computers"
               and r.table_index is None and _CAME_IN_RE.search(r.evidence or "")]
    if len(came_in) < len(computers):
        out.extend(r for r in came_in if any(p not in came_in and p.values.get("period") == r.values.get("period")
                                             for p in computers))
    for r in records[first:]:
        v = r.values
        if r.table != "facts" or r.table_index is not None or v.get("metric") not in _WHOLE_METRICS + ("libraries.count",) \
                or v.get("category") or v.get("value") is None:
            continue
        if v["metric"] == "libraries.count":
            if float(v["value"]) < counts.get(key(r), 0.0):
                out.append(r)
            continue
        given = tables.get(key(r))
        if given and float(v["value"]) not in given and float(v["value"]) < max(given):
            out.append(r)
    return out
