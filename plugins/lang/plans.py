"""The words of a plan for a time to come and of a thing done, in Kazakh and Russian
report prose: the facts extractor reads no figure from a plan, and the events
extractor no event."""

import re

from esep.plugins.lang.gates import gated, led

#: the words of a plan or a forecast for a time to come ("планируется провести", "Планируемые показатели на 2024
#: год", "жоспарлануда", "көзделуде"), and the words of what was done that, in the same sentence, make it a
#: report of a plan carried out ("Запланировано 640 мероприятий, проведено 642")
FUTURE_PLAN_RE = re.compile(
    r"(?i)(?<!\w)(?:планиру\w*|планировал\w*|запланирован\w*|предусмотрен\w*|предстоит|предполага\w*|намеч\w*"
    r"|прогноз\w*"
    r"|жоспарлан\w*|жоспарлап|көзделу\w*|көзделіп|көзделген|болжа\w*|күтілу\w*|ожида\w*)")
# every match holds one of these stems (a text without any is not searched)
FUTURE_PLAN_RE = gated(led(FUTURE_PLAN_RE, "[пзнжкбо]"), "план", "предусмотрен", "предстоит", "предполага", "намеч", "прогноз",
                       "жоспарла", "көздел", "болжа", "күтілу", "ожида")
#: the participles of a thing done, not their verbal nouns ("проведено", not "проведение": "запланировано
#: проведение 50 мероприятий" is a plan)
DONE_PARTICIPLES = ("проведен", "выполнен", "исполнен", "обслужен", "получен", "зарегистрирован", "записан",
                    "привлечен", "выделен", "израсходован", "потрачен", "освоен", "приобретен", "закуплен",
                    "списан", "оформлен", "подписан", "организован")
DONE_RE = re.compile(
    r"(?i)(?<!\w)(?:(?:" + "|".join(DONE_PARTICIPLES) + r")(?!и[еяюй])\w*"
    r"|провели|выполнил\w*|составил\w*|составля\w*|фактическ\w*|обслужил\w*|выдан\w*|получил\w*|поступил\w*"
    r"|посетил\w*|достиг\w*|орында\w*|өткізіл\w*|өтті|құрады|құрап|жетті|тіркелді"
    r"|берілді|түсті|нақты\w*|итог\w*|факт|был[аио]?|вместо|бөлінді|жұмсалды"
    r"|алынды|шығарылды|болды|көрсетілді|көрсетті|ұйымдастырылды|тартылды|пайдаланды|келді|жасалды|өткізді"
    r"|қатысты)")
DONE_RE = led(DONE_RE, "[пвиозсфдөқжтбнашкұ]")
