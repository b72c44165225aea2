"""A library's department as the agent of a sentence, and its centres.

Russian reports write what a department did in the passive with the
department in the instrumental at the head of the sentence: "Отделом
обслуживания проведено 45 мероприятий", "Центром правовой информации за год
выполнено справок – 1 975", "Сектором краеведения подготовлено …". The
sentence's figures are that department's. A central library's centres (of
legal information, of public access, of reading) are departments as its
sections are: "из них в центре правовой информации – 4".
"""
from __future__ import annotations

import re

from esep.plugins.vocab import normalize_label

#: a department in the instrumental opening its sentence, with up to three words of its name in the genitive or
#: agreeing adjectives after it ("Центром правовой информации", "Отделом обслуживания пользователей")
_AGENT_RE = re.compile(r"(?P<head>[Оо]тделом|[Сс]ектором|[Цц]ентром)(?P<rest>(?:\s+[^\W\d_]{2,}(?:ого|его|ой|ей|ых|их|ия|ии"
                       r"|ации|а|я|ы|и))(?:\s+[^\W\d_]{2,}(?:ого|его|ой|ей|ых|их|ия|ии|ации|а|я|ы|и)){0,2})"
                       r"(?![^\W\d_])")
_HEADS = {"отделом": "отдел", "сектором": "сектор", "центром": "центр"}
#: a centre of a library named in the locative after "в", heading an item before its dash: "в центре правовой
#: информации – 3", "в центре общественного доступа – 6"
#: (its name's words in the genitive or agreeing: not "в районном центре число пользователей –", a place)
_CENTRE_ITEM_RE = re.compile(r"(?i)(?:в\s+)?центре(?P<rest>(?:\s+[^\W\d_]{2,}(?:ого|его|ой|ей|ых|их|ия|ии|а|я|ы|и)){1,3}?)"
                             r"\s*[–—:-]\s*$")


def agent_department(text: str, sentence_start: int, pos: int) -> str | None:
    """The department a sentence opens with in the instrumental, for a figure
    at ``pos`` in that sentence (``department:центр правовой информации``)."""
    head = text[sentence_start:pos].lstrip(" \t•·▪●◦*-–—")
    m = _AGENT_RE.match(head)
    if m is None:
        return None
    return "department:" + normalize_label(_HEADS[m.group("head").lower()] + m.group("rest"))


def centre_item(text: str, clause_start: int, pos: int) -> str | None:
    """A library's centre heading the item of the figure at ``pos`` ("из
    них в центре правовой информации – 4"), in the nominative."""
    m = _CENTRE_ITEM_RE.search(text, clause_start, pos)
    if m is None:
        return None
    return "department:" + normalize_label("центр" + m.group("rest"))


#: a department or centre named in a table's caption, in the nominative or the genitive, with up to three words of
#: its name after it: "Центр правовой информации", "Показатели работы отдела обслуживания пользователей"
_CAPTION_RE = re.compile(r"(?i)(?<![^\W\d_])(?P<head>отдел|сектор|центр)(?:а|е)?(?P<rest>(?:\s+[^\W\d_]{2,}(?:ого|его|ой|ей"
                         r"|ых|их|ия|ии|ации|а|я|ы|и))(?:\s+[^\W\d_]{2,}(?:ого|его|ой|ей|ых|их|ия|ии|ации|а|я|ы|и)){0,2})"
                         r"(?![^\W\d_])")
#: an adjective right before a department's head word: "Информационно-библиотечный центр", "Детский отдел"
_ADJECTIVE_BEFORE_RE = re.compile(r"(?i)[^\W\d_](?:ый|ий|ой|ого|его|ая|ую|ом|ем)\s+$")
#: an abbreviation of two to five capitals standing alone ("ЦПИ", "ЦОД")
_ABBREVIATION_RE = re.compile(r"(?<![^\W\d_])([А-ЯЁ]{2,5})(?![^\W\d_])")


def caption_department(caption: str, text: str) -> str | None:
    """The department a table's caption names ("Показатели работы ЦПИ",
    "Центр правовой информации"): its rows are that department's figures.
    An abbreviation is read through the document's ``text``, where the
    report spells the name out before it in brackets ("Центр правовой
    информации (ЦПИ)"), the name's head its first letter. A centre after an
    adjective ("Информационно-библиотечного центра") is an institution's
    name, no department."""
    m = next((m for m in _CAPTION_RE.finditer(caption) if not _ADJECTIVE_BEFORE_RE.search(caption, 0, m.start())), None)
    if m is None:
        for a in _ABBREVIATION_RE.findall(caption):
            d = re.search(r"(?i)(?<![^\W\d_])(?P<head>отдел|сектор|центр)(?:а|е|ом|у)?(?P<rest>(?:\s+[^\W\d_]{2,}){1,3})\s*\("
                          + a + r"\)", text)
            if d is not None and d.group("head")[0].lower() == a[0].lower() \
                    and not _ADJECTIVE_BEFORE_RE.search(text, 0, d.start()) \
                    and _CAPTION_RE.fullmatch(d.group("head") + d.group("rest")):
                m = d
                break
    if m is None:
        return None
    return "department:" + normalize_label(m.group("head").lower() + m.group("rest"))


#: the title of a report of one department: "Отчёт о работе отдела обслуживания пользователей за 2023 год",
#: "Отчет отдела комплектования и обработки литературы", "Информационный отчёт сектора краеведения"
_REPORT_OF_RE = re.compile(r"(?i)(?<![^\W\d_])отч[её]т[^\W\d_]*(?:\s+о\s+(?:работе|деятельности))?\s+(?P<head>отдел|сектор)а"
                           r"(?P<rest>(?:\s+(?:и\s+)?[^\W\d_]{2,}(?:ого|его|ой|ей|ых|их|ия|ии|ации|а|я|ы|и)(?![^\W\d_])){1,4})")
#: the department written bare, with no name of its own after it: "В отделе работают", "Фонд отдела на …", "Всего
#: отделом проведено", "Сотрудниками отдела выполнено" (not "из отдела комплектования": another department)
_BARE_RE = re.compile(r"(?i)(?<![^\W\d_])(?:отдел|сектор)(?:а|е|ом|у)?(?![^\W\d_])"
                      r"(?!\s+(?:[^\W\d_]{2,}(?:ого|его|ой|ей|ых|их|ия|ии|ации)|[^\W\d_]{4,}(?:а|я|ы|и))(?![^\W\d_]))")
#: the whole library set beside the department: "в целом по центральной библиотеке", "по ЦБС в целом"
_WHOLE_RE = re.compile(r"(?i)в\s+целом|(?<![^\W\d_])всего\s+по\s+(?:центральн|библиотек|ЦБС|ЦРБ|ЦГБ|МЦБ)")


def report_department(heads: list[str]) -> str | None:
    """The department the title of a report of one department names ("ОТЧЁТ
    О РАБОТЕ ОТДЕЛА ОБСЛУЖИВАНИЯ ПОЛЬЗОВАТЕЛЕЙ ЗА 2023 ГОД"), among the
    first lines ``heads``: ``department:отдел обслуживания пользователей``."""
    for h in heads:
        m = _REPORT_OF_RE.search(h)
        if m is not None:
            rest = re.split(r"(?i)\s+(?:за|на)\s", m.group("rest"))[0]
            return "department:" + normalize_label(m.group("head").lower() + rest)
    return None


def names_own_department(sentence: str, department: str) -> bool:
    """A sentence of a department's report speaks of that department: it
    names it bare ("В отделе работают 4 библиотекаря", "Фонд отдела на
    01.01.2024 – …", "Всего отделом проведено …") or by its name in any
    case, and does not set the whole library beside it ("в целом по
    центральной библиотеке …")."""
    if _WHOLE_RE.search(sentence):
        return False
    if _BARE_RE.search(sentence):
        return True
    return any("department:" + normalize_label(m.group("head").lower() + m.group("rest")) == department
               for m in _NAMED_RE.finditer(sentence))


#: a department named in any case with its name after it: "отделом обслуживания пользователей"
_NAMED_RE = re.compile(r"(?i)(?<![^\W\d_])(?P<head>отдел|сектор)(?:а|е|ом|у)?(?P<rest>(?:\s+[^\W\d_]{2,}(?:ого|его|ой|ей"
                       r"|ых|их|ия|ии|ации|а|я|ы|и))(?:\s+[^\W\d_]{2,}(?:ого|его|ой|ей|ых|их|ия|ии|ации|а|я|ы|и)){0,2})"
                       r"(?![^\W\d_])")


def in_department_name(text: str, pos: int) -> bool:
    """The word at ``pos`` is a word of a department's name after its head
    ("из отдела комплектования", "Сотрудниками отдела обслуживания
    пользователей"): it names the department, no figure's metric."""
    if "отдел" not in text and "сектор" not in text and "Отдел" not in text and "Сектор" not in text:
        return False
    return any(m.start("rest") <= pos < m.end("rest") for m in _NAMED_RE.finditer(text))


#: the whole of the reporting library set beside one of its departments: "в целом по центральной библиотеке", "по
#: ЦБС в целом", "в целом по системе" (not "в целом по области": another body)
_OWN_WHOLE_RE = re.compile(r"(?i)в\s+целом\s+по\s+(?:(?:центральн|районн|городск)[^\W\d_]*\s+)?(?:библиотек|ЦБС|ЦРБ|ЦГБ|МЦБ"
                           r"|систем)|по\s+(?:библиотек[^\W\d_]*|ЦБС|ЦРБ|ЦГБ|МЦБ|систем[^\W\d_]*)\s+в\s+целом")


def own_whole(text: str, start: int, end: int) -> bool:
    """A sentence names the whole of the reporting library ("Для сравнения: в
    целом по центральной библиотеке выдано 88 400 экз."): the figures it
    compares a department's with are the library's own, none of another's."""
    return bool(_OWN_WHOLE_RE.search(text, start, end))
