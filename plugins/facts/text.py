"""Facts from prose: each number of a paragraph read through the cue words
around it.

A paragraph is tokenized with spaCy (the Kazakh language when installed,
``spacy.blank('ru')`` otherwise) and the vocabulary's cues are found on its
tokens (:class:`esep.plugins.facts.common.CueIndex`); numbers, periods and dates come from
:mod:`esep.plugins.lang.parsing`.  For each number:

* its unit is the unit word right after it ("дана", "мың теңге", "экз.");
* its metric is the nearest metric cue in the same clause (commas,
  semicolons and brackets end a clause) with no other number in between,
  that accepts the unit and whose topic, if it needs one, is in the
  paragraph ("44 мақала жарияланды" + "БАҚ" -> ``media.articles``);
  a unit that implies a metric ("жазба" -> ``catalog.records``) or, for a
  figure with a unit and no cue ("1205, 5 мың теңгеге."), the nearest
  topic of the paragraph before it decide otherwise;
* its language and category are the nearest names in its clause, not
  beyond an "of which" phrase ("литература - 640 экз. в т.ч. на казахском
  языке - 310 экз.": the language is the 310's);
* after an "of which" phrase ("Оның ішінде", "в т.ч.", "олардың 10-ы") it
  is a part of the figure before it: same metric and category, plus its
  own language ("қазақ тілінде" -> ``kk``) or category; a part named by the
  category of the figure before it ("на комплектование книг 5000, в том
  числе на книги 3000") makes that figure the whole, without a category;
* in brackets with another period ("(2016 жылы 1-ші ж/ж – 3100 жазба)")
  it is the same metric for that period;
* its period is the nearest period phrase before it in the sentence (then
  in the paragraph), else the document's; stocks take a date of their
  clause as ``as_of`` ("2019.07.01. жағдайы бойынша 2 бос ...").
"""

from __future__ import annotations

import copy
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass

from esep.model import Block, Document, Record
from esep.plugins.facts.common import (
    FactVocab, Hit, Metric, REGION_LIBRARIES, Tokens, dates_in, day_and_eve, library_group, make_fact, mobile_library, payroll_hit, stationary_part,
    counted_library_group, funding_source, periods_in, money_received, reader_category, reader_group, resolve_period, tokenize,
    virtual_event_hit, requests_hit, EGOV_RE, fund_taken_from, LIBRARY_WORD_RE, other_institution, DOCUMENT_KINDS, READER_GROUPS,
    OCCUPIED_YOUTH_RE,
    SOCIAL_YOUTH_RE,
)
from esep.plugins.vocab import Match, normalize_label, unmatched
from esep.plugins.lang.plans import DONE_RE, FUTURE_PLAN_RE
from esep.plugins.lang.alphabet import UPPER, SourceCuts, cyrillic_reading, find_in_matching_form
from esep.plugins.headings import contents_lines
from esep.plugins.organizations import parse_name
from esep.plugins.lang.gates import LastWord, RunStarts, gated, led
from esep.plugins.lang.dates import month_figure_spans
from esep.plugins.lang.detect import detect_language
from esep.plugins.lang.names import town_nominative
from esep.plugins.lang.numbers import PER_INHABITANT_RE, PER_STAFF_RE, PER_THOUSAND_RE, find_numbers, find_partitive_numbers, find_word_numbers
from esep.plugins.facts.departments import (agent_department, centre_item, in_department_name, names_own_department,
                                            own_whole, report_department)
from esep.plugins.facts.narrative import aside as narrative_aside, bought_instead, children_instead, founding_year, references_instead
from esep.plugins.facts.levels import change_levels, cut_dated_levels, undated_starts
from esep.plugins.facts.prior import bare_bracket, previous_in_brackets
from esep.plugins.facts.sidelines import beside_the_system, library_education_of_levels, parts_below_table_totals
from esep.plugins.lang.periods import (Period, school_year_spans, uncoded_month_clauses, uncoded_month_spans, PeriodMatch, find_cumulative_periods, names_year_to_date, find_current_periods, find_half_year_words,
                                       find_previous_periods, find_whole_year_words, year_span_clauses,
                                       make_period, year_to_date)

log = logging.getLogger(__name__)

#: a bibliographic entry, whose figures are no report's: "//", "2023. –", "– С. 5.", or an article ending on its
#: newspaper's year and date ("Книга в жизни села. Заря. 2023. 14 февр.")
_CITATION_RE = re.compile(r"//|\b(?:19|20)\d{2}\s*\.\s*[-–]|[-–]\s*\d+\s*(?:бет|б\.|с\.|стр\.?)\s*$"
                          r"|\.\s+(?:19|20)\d{2}[.,]\s*\d{1,2}\s+[^\W\d_]{3,}\.?\s*$", re.I)
_NO_RE = re.compile(r"№\s*\d+|\b[Фф]\s*№?\s*\d+")
# (led by the first characters of their alternatives: a slash, a year's first digit, a dash, a dot; "№", "Ф")
_CITATION_RE = led(_CITATION_RE, "[/12.\\-–]", whole=True)
_NO_RE = led(_NO_RE, "[№Фф]", whole=True)
#: the money saved or left unspent ("Экономия 337,6 тыс. тенге сложилась по итогам закупок", "экономия средств
#: составила 12,4 тыс. руб.", "үнемделген қаражат – 337,6 мың теңге"): the plan less what was spent, no budget
_SAVING_RE = re.compile(r"(?i)(?<![^\W\d_])(?:экономи[яию]|үнемдел[^\W\d_]*)\s+(?:[^\W\d_]+\s+){0,3}?[–—:-]?\s*"
                        r"(\d[\d\s\u00a0]*(?:[.,]\d+)?)")
#: ages and spans of years, which count nobody: "дети до 14 лет", "с 15 до 24 лет",
#: "15-24 жас аралығындағы", "14 жасқа дейінгі"
_AGE_RE = re.compile(
    r"(?i)(?:\b(?:с|от|до|старше|младше|после)\s+)?\b\d{1,2}(?:\s*(?:-|–|—|до)\s*\d{1,2})?\s*лет\b"
    r"|\b\d{1,2}\s*(?:-|–|—)\s*\d{1,2}\s*(?:жас|года?\b)"  # "15–24 года"
    r"|\b\d{1,2}\s*жас(?:қа|тағы|тан|ар|ына|ы\b)")
# every match holds a figure right before "лет", "жас" or "год" (the gate: no match without one)
_AGE_RE = gated(_AGE_RE, gate=r"\d\s*(?:лет|жас|год)")
#: the denominator of a ratio: "на 1 читателя", "на 1000 жителей", "1 тұрғынға шаққанда" (not the last group of
#: digits of a figure: "20 100 оқырманға қызмет көрсетілді")
_PER_RE = re.compile(
    r"(?i)\bна\s+1(?:[ \u00a0]?000|00)?\s+(?=[^\W\d_])"
    r"|(?<!\d[ \u00a0])\b1(?:[ \u00a0]?000|00)?\s+(?=(?:оқырман|тұрғын|адам|пайдаланушы|жител|читател)[^\W\d_]*(?:ға|ге|қа|ке)\b)")
_PER_RE = led(_PER_RE, "[н1]", whole=True)
#: "на одного", "в расчёте на 1", "бір": the one a ratio is per, before the word it counts
_PER_ONE_BEFORE_RE = re.compile(r"(?i)(?<![^\W\d_])(?:на\s+(?:одного|одну|одно|1)|бір)\s+$")
#: a difference, not a figure: "на 212 больше", "увеличилось на 1 505", "350-ге артық", "120 данаға артты",
#: "жоспардан 2 460 данаға асып түсті" (the plan exceeded by so many)
_DIFF_RE = re.compile(
    r"(?i)\bна\s+\d[\d \u00a0]*(?:[.,]\d+)?\s*(?:%\s*)?(?:[^\W\d_]+\.?\s+){0,2}?(?:больше|меньше|выше|ниже)\b"
    r"|(?:больше|меньше|увеличил[^\W\d_]*|уменьшил[^\W\d_]*|вырос[^\W\d_]*|вырост[^\W\d_]*|снизил[^\W\d_]*"
    r"|сократил[^\W\d_]*|вырастет|возрос[^\W\d_]*)\s+на\s+\d[\d \u00a0]*(?:[.,]\d+)?"
    # a plan missed or exceeded by so many: "План по книговыдаче не выполнен на 1 130 экз.", "перевыполнен на 215"
    r"|(?:не\s+выполнен|недовыполнен|перевыполнен|превышен)[^\W\d_]*\s+на\s+\d[\d \u00a0]*(?:[.,]\d+)?(?![.,]?\d|\s*%)"
    r"|\b\d[\d \u00a0]*(?:[.,]\d+)?\s*-?\s*(?:[^\W\d_]+(?:ға|ге|қа|ке)\s+|(?:ға|ге|қа|ке)\s+)"
    r"(?:артық|көп|кем|аз|артты|өсті|көбейді|азайды|кеміді|төмендеді|артып|өсіп|көбейіп|азайып|кеміп|төмендеп"
    r"|артқан|өскен|көбейген|азайған|кеміген|төмендеген|асып|асты|асқан)"
    # a ratio of change: "выросла в 1,5 раза", "2 есе артты"
    r"|\bв\s+\d+(?:[.,]\d+)?\s*раза?\b|\b\d+(?:[.,]\d+)?\s*есе(?![^\W\d_])"
    # a participle of change, a short adverbial before its figure: "уменьшившись на 312 ед.", "увеличившись за год
    # на 2 418 экз."; the change named by a noun and "составил": "рост составил 13 360 экз.", "снижение составило 145"
    r"|(?:увеличивш|уменьшивш|снизивш|сокративш|возросш|выросш)[^\W\d_]*(?:\s+[^\W\d_]+\.?){0,2}?"
    r"\s+на\s+\d[\d \u00a0]*(?:[.,]\d+)?"
    r"|(?<![^\W\d_])(?:рост|прирост|снижение|увеличение|уменьшение|сокращение)\s+(?:[^\W\d_]+\s+){0,2}?"
    r"составил[^\W\d_]*\s+\d[\d \u00a0]*(?:[.,]\d+)?"
    # the same noun after a dash, a clause after the level and its year's figure: "Книговыдача – 268 400 экз. (2023
    # г. – 265 120), рост – 3 280 экз.", "(снижение – 1 450)"
    r"|(?:(?<=[,;(])|(?<=[,;(]\s))(?:рост|прирост|снижение|увеличение|уменьшение|сокращение)\s*[–—-]\s*"
    r"\d[\d \u00a0]*(?:[.,]\d+)?"
    # the noun of growth right before its figure: "(прирост 1 050 посещений)", "рост 3,2 %"
    r"|(?<![^\W\d_])(?:прирост|рост)\s+\d[\d \u00a0]*(?:[.,]\d+)?"
    # the comparison with a few words before "на": "ниже плановых значений на 690", "больше прошлогоднего на 120"
    r"|(?<![^\W\d_])(?:больше|меньше|выше|ниже)(?:\s+[^\W\d_]+){1,3}\s+на\s+\d[\d \u00a0]*(?:[.,]\d+)?"
    # a change told again with its verb left out, a noun and a dash before "на": "пользователей больше на 212,
    # посещений – на 1 930" (no level is written "– на …"; a date or a year after "на" is none)
    r"|(?<=[–—-])\s*на\s+\d[\d \u00a0]*(?:,\d+)?(?![.,]?\d)(?!\s*(?:год|г\.|гг|жыл))")
# every match holds a word of comparison or change, a Kazakh dative before one, or a figure before "раз"/"есе"
_DIFF_RE = gated(_DIFF_RE, "больше", "меньше", "выше", "ниже", "увеличил", "уменьшил", "вырос", "снизил", "сократил",
                 "вырастет", "возрос", "выполнен", "превышен", "ившись", "росш", "составил", "рост", "снижени", "увеличени", "уменьшени", "сокращени", gate=r"(?:ға|ге|қа|ке)\s+(?:арт|көп|кем|аз|өс|көбей|төмен|ас)|\d\s*(?:раз|есе)")
#: "выросла с 8,7 до 8,8": the value a change started from, no figure of the period (the one it reached is)
#: a signed figure is a difference, never a value of a period: "(+80 к 2022 г.)", "(в 2022 г. – 56 930, +1 285)",
#: "(2022 ж. – 298, –14)"; a plus before a digit anywhere, a minus or a dash glued to its digit after a bracket
#: or a comma (a dash with a space after it, "в 2022 г. – 298", leads a value)
_SIGNED_RE = re.compile(r"(?:(?<![\w+])\+|(?:(?<=[(,;])|(?<=[(,;]\s))[-–—−]|(?<![\w\d])−)\d[\d \u00a0]*(?:[.,]\d+)?"
                        r"(?![.,]?\d)")
_SIGNED_RE = led(_SIGNED_RE, "[+\\-–—−]")
_CHANGED_FROM_RE = re.compile(
    r"(?i)\b(?:увеличил|уменьшил|вырос|возрос|снизил|сократил|повысил|понизил|изменил)[^\W\d_]*\s+с\s+"
    r"(\d[\d \u00a0]*(?:[.,]\d+)?)\s*(?:[^\W\d_]+\.?\s+)?до\s+\d")
_CHANGED_FROM_RE = led(_CHANGED_FROM_RE, "[увспи]")
#: the same change listed after a dash or a colon, its verb said once before: "число пользователей выросло с 612
#: до 1 048, посещений – с 6 930 до 12 760"
_LISTED_FROM_RE = re.compile(r"(?i)[–—:-]\s*с\s+(\d[\d \u00a0]*(?:[.,]\d+)?)\s*(?:[^\W\d_]+\.?\s+)?до\s+\d")
#: a figure a correction withdraws, or one done in place of another: "вместо 96 410 следует читать 95 410", "96 410
#: орнына 95 410 деп оқылсын"
_INSTEAD_RE = re.compile(r"(?i)(?<![^\W\d_])вместо\s+(?P<x>\d[\d \u00a0]*(?:[.,]\d+)?)(?![.,]?\d)"
                         r"|(?P<x2>\d[\d \u00a0]*(?:[.,]\d+)?)(?![.,]?\d)\s*(?:[^\W\d_]+\.?\s+)?орнына(?![^\W\d_])")
#: the period a sentence compares with, as an adverbial: "по сравнению с 2022 годом", "в сравнении с прошлым годом",
#: "по сравнению с аналогичным периодом прошлого года"
_COMPARED_PHRASE_RE = re.compile(
    r"(?i)(?<![^\W\d_])(?:по\s+сравнению|в\s+сравнении)\s+с\s+(?:(?:19|20)\d{2}\s*(?:год[^\W\d_]*|г\.)"
    r"|(?:прошл|предыдущ)[^\W\d_]*\s+год[^\W\d_]*"
    r"|аналогичн[^\W\d_]*\s+период[^\W\d_]*(?:\s+(?:прошл|предыдущ)[^\W\d_]*\s+год[^\W\d_]*)?)")

#: a verb of change, and a difference listed after a dash under it ("… увеличились: посещений – на 8082")
#: a noun of change, a few words, then "на" and a figure: "Снижение числа пользователей на 145 человек", "рост
#: книговыдачи на 3 960 экз.", "увеличение посещений на 5 120": the figure is a difference (group 1); "на 2023 год"
#: is a period
_NOUN_DIFF_RE = re.compile(r"(?i)(?<![^\W\d_])(?:снижени|увеличени|уменьшени|сокращени|прирост|падени|рост(?![^\W\d_]{2}))"
                           r"[^\W\d_]*(?:\s+[^\W\d_]+\.?){0,4}?\s+(на\s+\d[\d \u00a0]*(?:[.,]\d+)?)(?![.,]?\d)"
                           r"(?!\s*(?:год|г\.))")
# every match holds one of the nouns of change (the gate: "прирост" holds "рост")
_NOUN_DIFF_RE = gated(_NOUN_DIFF_RE, "снижени", "увеличени", "уменьшени", "сокращени", "падени", "рост")
_CHANGE_RE = re.compile(r"(?i)\b(?:увеличил|уменьшил|вырос|вырост|снизил|сократил|возрос|повысил|понизил)[^\W\d_]*")
#: the end of a sentence: a stop before a capital letter
_SENTENCE_END_RE = re.compile(rf"[.!?]\s+(?=[{UPPER}A-Z])")
_LISTED_DIFF_RE = re.compile(r"(?i)(?<=[–—-])\s*на\s+\d[\d \u00a0]*(?:[.,]\d+)?(?![.\d])")
_EVENTS_WORDS = r"мероприят|іс-шара|іс шара|is-shara|is shara"
_EVENTS_WORD_RE = re.compile(r"(?i)" + _EVENTS_WORDS)
#: the events named right after a Kazakh part ("оның 9 870-і – іс-шараларға келушілер"), mass ones too ("бұқаралық
#: іс-шараларға", "көпшілік іс-шараларға")
_EVENTS_AFTER_RE = re.compile(r"(?i)\s*(?:[–—-]\s*)?(?:(?:бұқаралық|көпшілік|массов[^\W\d_]*)\s+)?(?:" + _EVENTS_WORDS + ")")
#: the words that make a period one compared with: "чем в 2021 году", "по сравнению с 2021 годом",
#: "2021 жылға қарағанда", "2021 жылмен салыстырғанда"; or the start of a span ("2015 жылдан бері")
_COMPARED_BEFORE_RE = re.compile(
    r"(?i)(?:\bчем|по сравнению с|в сравнении с|сравнительно с|\bпротив|\bотносительно|к уровню|\bуровня|на уровне"
    r"|начиная с"
    # a comparative with its genitive: "что на 3,1 % больше аналогичного периода прошлого года", "меньше
    # показателя 2022 года", "превышает уровень прошлого года"
    r"|(?<![^\W\d_])(?:больше|меньше|выше|ниже|превыша\w*|превысил\w*|уступа\w*)"
    r"(?:\s+(?:показател|уров|значени|цифр)[^\W\d_]*)?"
    # "+406 к 1 полугодию 2021 г.", "рост к 2021 году": a difference or a change against the period after "к"
    r"|(?:[+−–-]\s?\d[\d\u00a0 ]*(?:[.,]\d+)?\s*%?|(?<![^\W\d_])(?:рост|прирост|снижени|увеличени|уменьшени)"
    r"[^\W\d_]*)\s+к)\s*$")
_COMPARED_AFTER_RE = re.compile(r"(?i)^\s*(?:[^\W\d_]+\s+)?(?:қарағанда|салыстырғанда|салыстырмалы|бері\b|деңгей)")
#: a percent of the population: "34 % населения (жителей)", "халықтың 34 пайызы"
_POPULATION_AFTER_RE = re.compile(r"(?i)\s*(?:%|процент\w*|пайыз\w*)?\s*(?:всего\s+)?(?:населени|жител|тұрғын)")
#: (the Kazakh nouns in the genitive of any form: "халқының", "тұрғынының", "тұрғындарының")
_POPULATION_BEFORE_RE = re.compile(r"(?i)(?:(?<![^\W\d_])(?:халқ|халық|тұрғын)[^\W\d_]*?(?:ның|нің|дың|дің|тың|тің)"
                                   r"|населения|жителей)\s+$")
#: the documents a figure counts, written after it ("передано в дар 1 420 книг"): copies that came in or went out
_DOCUMENTS_AFTER_RE = re.compile(r"(?i)\s+(?:книг|кітап|издани|документ|басылым|құжат)")
_ADJUNCT_BEFORE_RE = re.compile(r"(?i)(?<![^\W\d_])(для|среди|перед|ради|от)\s+$")
_ADJUNCT_AFTER_RE = re.compile(r"(?i)\s+(?:үшін|арасында|алдында)(?![^\W\d_])")
_PREPOSITION_RE = re.compile(r"(?i)(?:на|для|в|во|по|к|из|с|со|от|о|об|при|за)\s")
#: a Kazakh verb of change in its converb form before a comma ("артып,", "өсіп,", "азайып,"): the
#: sentence's subject goes on past the comma
_CONVERB_RE = re.compile(r"(?i)(?:арт|өс|көбей|азай|кем|төменде|жоғарыла|ұлғай)[^\W\d_]{0,3}п$")
#: a finite Kazakh verb of change ending its clause before a comma: "… 215-ке өсті", "… 3 %-ға артты", "… азайды"
_CHANGED_VERB_BEFORE_RE = re.compile(r"(?i)(?<![^\W\d_])(?:арт|өс|көбей|азай|кем|төменде|жоғарыла|ұлғай|қысқар)"
                                     r"[^\W\d_]{0,3}(?:ды|ді|ты|ті)$")
#: a clause after it that is only a figure (and its unit, in the dative or the accusative) and the verb of the
#: level reached, with no subject of its own, perhaps after the time it was reached: "9 870-ге жетті", "биыл
#: 96 450 адамды құрады", "жыл соңында 412 300 данаға жетті"
_REACHED_CLAUSE_AFTER_RE = re.compile(
    r"(?i)\s*(?:(?:биыл|жыл\s+соңында|есепті\s+жылы|(?:19|20)\d{2}\s*(?:жылы|ж\.))\s+)?"
    r"\d{1,3}(?:[\s\u00a0]\d{3})*(?:[.,]\d+)?(?:\s*%|\s*[^\W\d_]+\.?)?(?:-?[^\W\d_]{1,4})?\s+(?:жетті|құрады)(?![^\W\d_])")
#: the words that date a stock at the end of its period
#: a comma (and "ал", "and") and nothing else between two items of a list
_LIST_COMMA_RE = re.compile(r"(?i)[\s\w.]{0,12}?,\s*(?:ал\s+|а\s+)?")
#: a cue of the fund's balance that only says when: "жыл соңында", "жыл басында", "на конец года"
_BALANCE_TIME_RE = re.compile(r"(?i)(?:жыл|кезең|тоқсан|жартыжылдық|жарты\s+жыл)\s+(?:басында|соң)\w*"
                              r"|на\s+(?:начало|конец)|(?:начало|конец)\s+(?:год|период)\w*")
_END_WORD_RE = re.compile(r"(?i)соң|конец|конц|жағдай|состоянию|на\s+\d|\bна\s+01")
#: a label and nothing but figures after it: a row of a table read as a line of text
_FLAT_ROW_RE = re.compile(r"[^\W\d_][^\d:–—=]*?(?:\s+[-+]?\d[\d\u00a0 ]*(?:[.,]\d+)?\s*%?){2,}\s*")
#: a figure named a share: "Процент исключённых документов ... – 5,4", "Үлесі – 12,5"
_SHARE_RE = re.compile(r"(?i)(?<![^\W\d_])(?:процент|доля|удельн[^\W\d_]*\s+вес|пайыз|үлес)")
#: the comma between a label and its unit right before the label's figure: "Тұрғындарды қамту, %: 60,9",
#: "Оқырмандар саны, адам: 4 812", "Келушілер саны, рет: 41 230", "Число посещений, ед. – 41 230"
_LABEL_UNIT_COMMA_RE = re.compile(r"(?i)(?<=[^\W\d_]),(?=\s*(?:%|пайыз|процент|адам|дана|экз\.?|чел\.?|бірлік|ед\.?|рет|шт\.?"
                                  r"|мың\s+теңге|тыс\.\s*тенге|тыс\.\s*тг\.?)\s*[:–—-]\s*\d)")
_LABEL_UNIT_COMMA_RE = led(_LABEL_UNIT_COMMA_RE, ",")
#: a percent sign in brackets after a label, right before its figure: "Тұрғындарды қамту (%): 60,9"
_LABEL_PERCENT_BRACKET_RE = re.compile(r"(?<=[^\W\d_]\s)\(%\)(?=\s*[:–—-]\s*\d)")
#: a bracket between a label and its figure (a colon or a dash after it): "Фонд (на 01.01.2025) – 94 315 экз."
_LABEL_DATE_BRACKET_RE = re.compile(r"(?<=[^\W\d_])(\s*)\(([^()]{6,60})\)(?=\s*[:–—-]\s*\d)")


def _unbracketed_date(m: re.Match) -> str:
    """The bracket of ``_LABEL_DATE_BRACKET_RE`` read without its brackets when it holds a date and no other
    figure; else as it is."""
    inner = m.group(2)
    found = dates_in(inner)
    if len(found) != 1 or re.search(r"\d", inner[:found[0].start] + inner[found[0].end:]):
        return m.group(0)
    return f"{m.group(1)} {inner} "


#: the figures whose part in a language is told in books: the fund's and its movement's, the loans'
_BOOKS_BY_LANGUAGE_METRICS = ("fund.start", "fund.end", "fund.received", "fund.withdrawn", "loans.total")
#: a language right before the word for books ("қазақ тіліндегі кітаптар", "мемлекеттік тілдегі кітаптар") or
#: right after it ("книги на казахском языке", "кітаптар қазақ тілінде")
_LANGUAGE_BEFORE_BOOKS_RE = re.compile(r"(?i)(?:тіліндегі|тілдегі)\s+$")
_LANGUAGE_AFTER_BOOKS_RE = re.compile(r"(?i)\s+(?:на\s+[^\W\d_]+\s+язык[^\W\d_]*|[^\W\d_]+\s+тілінде)(?![^\W\d_])")


def _language_of_books(text: str, h) -> bool:
    """Whether the word for books at hit ``h`` is qualified by a language right before or after it."""
    return bool(_LANGUAGE_BEFORE_BOOKS_RE.search(text, max(0, h.start - 30), h.start)
                or _LANGUAGE_AFTER_BOOKS_RE.match(text, h.end))


#: a label whose unit is a percent sign after it, right before its figure: "Тұрғындарды қамту, %: 60,9",
#: "Охват населения % – 18,4" (a form's line gives the unit with the label, not after the figure)
_PERCENT_LABEL_RE = re.compile(r"[^\W\d_](?:\s*,\s*|\s+)%\s*[:–—-]?\s*$")
_SENT_END_RE = re.compile(rf"[.!?;]+(?=\s+[«\"(–\-—]?\s*[A-Z{UPPER}0-9])")
#: a pictograph after a space ("… қорытындылайық 👇 📚 Кітап қоры – 45 320 дана"): a post's lines start with
#: one, as a list's with a bullet, and a text export that joined the lines leaves it as the only mark of where
#: each ended (the emoji, pictographs and dingbats of Unicode: ✅ ❤ ⭐ 📚; not "№", "©" or arrows)
_PICTOGRAPH_RE = re.compile("(?<=\\s)[\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff]")
# units a figure without a cue can still be read by (not "people": too common)
_FALLBACK_UNITS = {"thousand_kzt", "million_kzt", "kzt", "copies", "records", "articles", "pages",
                   "documents", "references", "events", "staff_units"}


_QUOTED_RE = re.compile(r"«[^»]*»|\"[^\"]*\"|“[^”]*”")
#: a span of years ("2019–2021", "2018-2020")
_YEAR_RANGE_RE = re.compile(r"(?<![\d.,])(?P<a>(?:19|20)\d{2})\s?[-–—]\s?(?P<b>(?:19|20)\d{2})(?![\d])")
_YEAR_RANGE_RE = led(_YEAR_RANGE_RE, "[12]")
#: the first year of a pair or a range ("2017 және 2018 жылдары", "2017-2018 гг.")
_YEAR_PAIR_RE = re.compile(r"(?<![\d.,])((?:19|20)\d{2})(?=\s*(?:және|мен|пен|и|или|,|-|–|—)\s*(?:19|20)\d{2}(?!\d))")
_YEAR_PAIR_RE = led(_YEAR_PAIR_RE, "[12]")
#: words after a number that count no thing: months, days, ages and spans of time
_NOT_COUNTED_RE = re.compile(
    r"(?:қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан|январ|феврал|март|"
    r"апрел|мая|май|июн|июл|август|сентябр|октябр|ноябр|декабр|жұлдыз|жыл|жас|год|лет|сағат|час|минут|күн|ден|"
    r"день|дня|дней|ай|айы|айда|айына|месяц|тоқсан|квартал|полугод|жартыжылд|жарты|число|числа|пайыз|процент|"
    r"jyl|jıl|jil|jas|aı|ai|toqsan|saǵat|sağat|mınýt|minut)",
    re.I)
#: (a 3D printer, "3D-принтер", is counted by its word with the prefix)
_WORD_AFTER_RE = re.compile(r"\s*((?:3[DdДд]-)?(?:[^\W\d_]{3,}|[^\W\d_]{2}(?=-[^\W\d_]))(?:-[^\W\d_]+)?)")
#: a word of scale after a figure ("1,2 млн", "58,7 мың", "12 тыс."): no counted thing
_SCALE_WORD_RE = re.compile(r"(?i)млн|млрд|миллион\w*|мың\w*|тыс|тысяч\w*")
#: people of a library, the head of a Kazakh compound whose first noun is the library ("кітапхана оқырмандары",
#: "кітапхана қызметкерлері")
_PEOPLE_OF_RE = re.compile(r"(?i)\s+(?:оқырман|пайдаланушы|келуші|қызметкер|мамандар)[^\W\d_]*(?:ы|і)(?![^\W\d_])")
#: the readers or users named as such: the noun a group of readers is said of
_READERS_NOUN_RE = re.compile(r"(?i)(?:оқырман|пайдаланушы|читател|пользовател|oqyrman|paıdalanýshy|paidalanuşy)")


def _counted_noun(text: str, n: "_Num") -> str | None:
    """The word a number counts ("12 сұрақ", "45 оқушы"), or None when the
    word after it is no counted thing (a month, an age, a span of time)."""
    if n.start >= 2 and text[n.start - 1] == "-" and text[n.start - 2].isalpha():
        return None  # a name with a number ("Астана-1")
    m = _WORD_AFTER_RE.match(text, n.end)
    if not m or m.start(1) - n.end > 2:
        return None
    word = m.group(1)
    if _NOT_COUNTED_RE.match(word.lower()):
        return None
    return word


#: a service rendered, counted by the figure right before it: "оказано 6 420 услуг", "дано 640 консультаций",
#: "2 310 қызмет көрсетілді"
_SERVICES_COUNTED_RE = re.compile(r"(?i)[^\S\n]{0,2}(?:услуг(?:а|и|у)?|консультаци[^\W\d_]*|қызмет(?=\s+көрсет))(?![^\W\d_])")


def counts_services(text: str, n: "_Num") -> bool:
    """The figure counts services rendered, not the people they were
    rendered to: "Удаленным пользователям оказано 6 420 услуг" names its
    readers in the dative, whom the services were for; the noun after the
    number says what it counts."""
    return _SERVICES_COUNTED_RE.match(text, n.end) is not None


#: the words that leave a kind out of a figure, before it ("без учёта учебников", "кроме периодики", "не считая
#: журналов", "за исключением учебной литературы") or after it in Kazakh ("оқулықтарды есептемегенде", "… қоспағанда")
_LEFT_OUT_BEFORE_RE = re.compile(r"(?i)(?<![^\W\d_])(?:без\s+уч[её]та|не\s+считая|кроме|за\s+исключением|исключая)"
                                 r"(?:\s+[^\W\d_]+){0,1}\s+$")
_LEFT_OUT_AFTER_RE = re.compile(r"(?i)[^\W\d_]*\s+(?:есептемегенде|есепке\s+алмағанда|қоспағанда|санамағанда)(?![^\W\d_])")


#: the coverage of a school's pupils or of the children, not of the population: "Охват учащихся библиотечным
#: обслуживанием", "охват детей чтением", "оқушыларды кітапханамен қамту"
_PUPILS_COVERED_RE = re.compile(r"(?i)(?<![^\W\d_])(?:охват\w*\s+(?:учащ|школьник|обучающ|студент|дет)"
                                r"|оқушылар\w*\s+(?:[^\W\d_]+\s+)?қамт)")


#: buying equipment, furniture or computers, not documents: "на приобретение оборудования", "на закупку
#: компьютерной техники", "на покупку мебели", "құрал-жабдық сатып алуға"
_EQUIPMENT_BOUGHT_RE = re.compile(r"(?i)(?<![^\W\d_])(?:(?:приобретени|закупк|покупк)\w*\s+(?:[^\W\d_]+\s+)?"
                                  r"(?:оборудовани|техник|мебел|компьютер|оргтехник)"
                                  r"|(?:құрал-жабдық|жабдық|техника|жиһаз)\w*\s+сатып\s+ал)")


#: off-budget money as a source a sum was paid from: "из внебюджетных средств", "за счёт внебюджетных
#: источников", "бюджеттен тыс қаражаттан"
_OFF_BUDGET_SOURCE_RE = re.compile(r"(?i)(?<![^\W\d_])(?:(?:из|за\s+сч[её]т)\s+внебюджетн|бюджеттен\s+тыс\s+қаражат)")


#: the year a figure is compared with, right before the brackets holding that year's figure: "по сравнению с
#: 2020 годом (17 252)", "против 2022 года (", "к уровню 2021 г. ("
_COMPARED_YEAR_BEFORE_RE = re.compile(r"(?i)(?<![^\W\d_])(?:по\s+сравнению\s+с|против|к\s+уровню)\s+((?:19|20)\d{2})"
                                      r"\s*(?:год[^\W\d_]*|г\.)\s*$")


#: a sentence's opening that names a year and nothing else before "соответственно": "В 2022 году –", "2022 жылы –"
_YEAR_LEAD_RE = re.compile(r"(?i)\W*(?:в\s+)?(?:19|20)\d{2}\s*(?:год[^\W\d_]*|г\.|жылы|ж\.)?\s*[–—,:-]?\s*")


def _respectively_of_the_sentence_before(text: str, n: "_Num", nums: list["_Num"], sents) -> "_Num | None":
    """The figure before that ``n`` stands for when ``n`` follows "соответственно" in a sentence that names a
    year and no indicator: of the last figures of an indicator before that sentence, as many as follow the word
    and in the same units ("… 2 914,6 тыс. руб., в том числе на подписку – 846,0 тыс. руб. В 2022 году –
    соответственно 2 705,3 и 812,4 тыс. руб."), the one in the same place of their order; None otherwise."""
    s0, s1 = _sentence_at(sents, n.start, (0, len(text)))
    word = _RESPECTIVELY_RE.search(text, s0, n.start)
    if word is None or not _YEAR_LEAD_RE.fullmatch(text, s0, word.start()):
        return None
    after = [o for o in nums if word.end() <= o.start < s1]
    if n not in after:
        return None
    before = [o for o in nums if o.start < s0 and o.metric is not None][-len(after):]
    if len(before) != len(after) or any(o.unit and a.unit and o.unit != a.unit for o, a in zip(before, after)) \
            or _RESPECTIVELY_RE.search(text, before[0].start, s0):
        return None
    return before[after.index(n)]


def _left_out(text: str, h: Hit) -> bool:
    """Whether the kind named at ``h`` is left out of the figure, not its part: "(без учёта учебников)",
    "оқулықтарды есептемегенде"."""
    return bool(_LEFT_OUT_BEFORE_RE.search(text, max(0, h.start - 40), h.start) or _LEFT_OUT_AFTER_RE.match(text, h.end))


#: the words a paragraph opens with before its date: none, "На", "По состоянию на"
_OPENING_DATE_LEAD_RE = re.compile(r"(?i)\W*(?:(?:по\s+состоянию\s+)?на\s+)?")


@dataclass
class _Num:
    value: float
    start: int
    end: int
    text: str
    possessive: bool = False
    unit: str | None = None
    metric: Metric | None = None
    category: str | None = None
    language: str | None = None
    conf: float = 0.0
    how: str = ""
    scale: str = ""  # "thousand" or "million": the scale word after it ("178,5 мың дана", "4 млн дана")
    written_scale: int | None = None  # the scale word after it, as the number finder read it
    scale_end: int | None = None

    def stored_unit(self, metric: Metric | None = None) -> str | None:
        """The unit as written: "thousand_copies" for "178,5 мың дана", the
        metric's own unit in thousands for "83,8 мың" after its name,
        "million_copies" for "4 млн данадан"."""
        unit = self.unit or (metric.unit if metric is not None else None)
        if not self.scale or not unit or unit.startswith(("thousand_", "million_")):
            return unit
        return f"{self.scale}_{unit}"


#: the title of an akim's (a head of a local administration's) report: "Қатаркөл ауылдық округі әкімінің 2023 жылы
#: атқарылған жұмыстар туралы халық алдындағы есебі", "Отчёт акима Зерендинского сельского округа перед населением"
_AKIM_REPORT_RE = re.compile(r"(?i)(?<![^\W\d_])(?:әкімі(?:нің)?|акима?)(?![^\W\d_])")


def _akim_report(document: Document) -> bool:
    """Whether the report is an akim's (its title proper names the akim and no library): the library is one of
    the things it reports on."""
    from esep.plugins.metadata import title_candidates

    proper = next((lines for source, lines in title_candidates(document) if source == "title"), [])
    line = " ".join(proper[:3]) or (document.metadata.get("title") or "")
    return bool(_AKIM_REPORT_RE.search(line)) and not LIBRARY_WORD_RE.search(line)


def text_facts(document: Document, fv: FactVocab, doc_period: Period | None,
               out: list[Record], read: dict[int, tuple] | None = None) -> list[tuple[Block, Exception]]:
    """Append the facts of every paragraph to ``out``; return the paragraphs
    whose reading raised, with the exception (the caller records them).

    ``read``: each paragraph's reading, kept by its index (what it was read
    with and copies of its records as read, before the document's later
    rules change them); a paragraph read again with the same text and the
    same surroundings (:func:`word_figures` reads the document again with
    number words in digits: most paragraphs have none) takes copies of
    them instead of being read again."""
    failed: list[tuple[Block, Exception]] = []
    section: Period | None = None  # the period a heading names, in a report that names none of its own
    title = ""  # the title of the section a paragraph is in: the topic of its figures may be named there only
    lead: Period | None = None  # the period a line ending in a colon names for the list under it
    contents = contents_lines(document.blocks)
    plan_list = False  # under a line naming a plan and ending in a colon ("План на 2022 год:")
    whole: Record | None = None  # the figure of a paragraph ending in "в том числе:", whose parts the list gives
    line_figure: Record | None = None  # the one figure of the line of a list right before ("Фонд на …: 94 315 экз.")
    first = len(out)
    after_item = False  # the paragraph before ended in ";": an item of a list, whose last item ends in "."
    before = ""  # the paragraph before: what a paragraph opening with "Оларға", "В них" speaks of
    # a house of culture's report ("МБУК «КДЦ»"): the work of its clubs, in a section of its own, is no library's
    club_report = bool(_CULTURE_HOUSE_RE.search(" | ".join([document.metadata.get("organization") or ""]
                                                            + list(document.metadata.get("organization_names") or []))))
    # a district's or a city's system ("ЦБС Приозёрного района", "Ақсу ауданының ОКЖ"): "в области", "облыста"
    # with no name in its text is the region around it, whose libraries are not the system's
    local_body = _local_body(document)
    marks = {note: (own, at) for note, own, at in document.metadata.get("note_marks") or ()}
    named: dict[int, list[Record]] = {}  # a block's facts with a metric, for the notes marked in it
    # an akim's report to the population ("… ауылдық округі әкімінің … халық алдындағы есебі"): the library is one
    # section of it beside the school, the clinic and the roads; only a paragraph about the library holds its figures
    akim_report = _akim_report(document)
    # "… – 7 940 (в 2021 г. – 7 810), из них детей – 2 604 (2 571)": the year before, written in brackets all through
    prior_bracket = previous_in_brackets((b.text for b in document.blocks), doc_period)
    aside = False  # under a line "Справочно:" alone: the paragraph after it gives the figures of others
    # a report of one department ("Отчёт о работе отдела обслуживания пользователей"): what its sentences say of
    # "отдел" is that department's
    department = report_department([x.text for x in document.blocks[:8]])
    for b in document.blocks:
        before, prior = b.text, before
        last_item, after_item = after_item, b.text.rstrip().endswith(";")
        under_aside, aside = aside, aside_line(b.text) or (aside and not _DIGIT_RE.search(b.text))
        if b.index in contents:
            continue  # "Кітап қоры\t5", "Финансирование ........ 10": a line of the table of contents
        plan_list, skip = _in_plan_list(b.text, plan_list, doc_period)
        if skip:
            continue  # "План на 2022 год:" and the lines "Пользователи – 39 000" under it: what is planned
        led = _lead_period(b.text, doc_period)
        if led is not None:
            lead = led
            continue
        if lead is not None and (_heading_like(b.text) or not _list_line(b.text)):
            lead = None  # a title ends the list (a line "Посещения – 19 840" a loader took for a heading does not)
        if b.kind == "heading" or _section_title(b.text):
            title = b.text
        if doc_period is None and _heading_like(b.text):
            section = _heading_period(b.text)
            continue
        if not _DIGIT_RE.search(b.text) or _CITATION_RE.search(b.text):
            continue
        if _FLAT_ROW_RE.fullmatch(b.text) and len(find_numbers(b.text)) >= 2:
            # "Читатели 1 520 1 548": a table row whose columns were lost; which figure is of the
            # report's period, the text cannot say, so none is read (the paragraph is kept)
            continue
        if title and title != b.text and _TASKS_TITLE_RE.search(title):
            continue  # under "Задачи на 2024 год", "2022 жылға арналған міндеттер": what is to be done
        topic_text = title if title != b.text else ""
        if _ANAPHOR_RE.match(b.text):
            # "Ай бойы 18 іс-шара өтті. / Оларға 642 адам қатысты.": a paragraph of one short sentence that
            # opens with a pronoun speaks of what the paragraph before named; its topic is named there
            topic_text = f"{topic_text} {prior}".strip()
        unnamed = club_report and b.text != title and bool(_CLUB_SECTION_RE.search(title))
        # everything the reading of a paragraph depends on
        given = (b.text, id(b.provenance), lead or doc_period or section, topic_text, last_item, unnamed, prior,
                 prior_bracket)
        kept = read.get(b.index) if read is not None else None
        if kept is not None and kept[0] == given:
            found = [_copy_record(r) for r in kept[1]]
        else:
            try:
                found = _block_facts(b, fv, lead or doc_period or section, topic_text, last_item=last_item,
                                     unnamed=unnamed, prior=prior, prior_bracket=prior_bracket, local_body=local_body)
            except Exception as e:  # noqa: BLE001 - a paragraph that trips the reader costs only itself
                failed.append((b, e))
                continue
            if read is not None:
                read[b.index] = (given, [_copy_record(r) for r in found])
        if title and title != b.text and other_institution(title) or other_institution(run_in_heading(b.text)):
            found = [_without_metric(r) for r in found]
        found = [_without_metric(r) if r.table == "facts" and (_of_the_sector(r.values)
                                                              or club_report and _of_the_house(r)) else r
                 for r in found]
        if under_aside and not _YEAR_RE.search(b.text):
            # "Справочно:" on a line of its own, then "Численность населения микрорайона – 11 200 человек. Библиотека
            # школы № 17 обслуживает 780 читателей": background figures of other bodies, none of the report's (a
            # paragraph naming a year compares with the library's own past, read as any other year's)
            found = [_without_metric(r) for r in found]
        found = [_without_metric(r) if _of_a_museum_fund(r) else r for r in found]
        # a rate per thousand inhabitants, a survey's people, a database of its own, the computers of one service,
        # money for repairs; the library education of each level of schooling: figures beside the system's own
        levelled = {id(r) for r in library_education_of_levels(found)}
        found = [_without_metric(r) if beside_the_system(r) or id(r) in levelled else r for r in found]
        if department is not None:
            for r in found:
                if r.table == "facts" and r.values.get("metric") and r.values.get("category") is None \
                        and names_own_department(r.evidence or "", department):
                    r.values["category"] = department  # "В отделе работают 4 библиотекаря", "Фонд отдела – …"
        if akim_report and not LIBRARY_WORD_RE.search(b.text):
            found = [_without_metric(r) if r.table == "facts" else r for r in found]
        if doc_period is None:
            _opening_of_two_balances([r for r in found if r.table == "facts"], document.metadata.get("period_text"))
        if whole is not None and _list_line(b.text):
            found = _parts_of(whole, found, fv)
        else:
            whole = None
            if line_figure is not None and len(b.text.split()) <= 12 and _PART_LINE_RE.match(b.text):
                # "Фонд на 01.07.2024: 94 315 экз." / "в т.ч. на узбекском языке: 71 640 экз.": a line of a list
                # opening with "of which" is a part of the figure of the line right before it
                found = _parts_of(line_figure, found, fv)
                found = [_without_metric(r) if r.table == "facts" and r.values["metric"]
                         in _OTHER_WHOLES_PARTS.get(line_figure.values["metric"], ()) else r for r in found]
        named_here = [r for r in found if r.table == "facts" and r.values["metric"]]
        line_figure = named_here[0] if len(named_here) == 1 and _list_line(b.text) \
            and not _PART_LINE_RE.match(b.text) else None
        if b.index in marks and _NOTE_OF_PARTS_RE.match(b.text):
            own, at = marks[b.index]
            marked = _marked_figure(document.blocks[own].text, named.get(own, ()), at)
            if marked is not None:
                found = _parts_of(marked, found, fv)
        if marks:
            named[b.index] = [r for r in found if r.table == "facts" and r.values["metric"]]
        if _OPENS_PARTS_RE.search(b.text):
            whole = next((r for r in reversed(found) if r.table == "facts" and r.values["metric"]), None)
        out.extend(found)
    _own_library(document, out[first:])
    _libraries_where(out[first:])
    _events_of_a_part(out[first:])
    for r in parts_below_table_totals(out, first):
        _without_metric(r)  # in place: a service's, a partner's or a campaign's figure below the table's total
    return failed


#: a space of the library (no department, which has a category of its own) a clause opens with, where events were
#: held: "В медиазоне", "В детской зоне", "В коворкинге", "В конференц-зале", "Медиа аймағында"
_PART_OF_LIBRARY_RE = re.compile(
    r"(?i)^\W*(?:(?:в|во|на)\s+(?:[^\W\d_]+(?:ом|ем|ой|ей|ых|их)\s+){0,2}(?:медиазон|зон|коворкинг|пространств"
    r"|конференц-зал|актов[^\W\d_]*\s+зал)[^\W\d_]*"
    r"|(?:[^\W\d_]+\s+){1,2}аймағында)(?![^\W\d_])")


def _events_of_a_part(records: list[Record]) -> None:
    """The events a report counts in one part of its library after its
    whole ("В 2023 году проведено 142 мероприятия … В медиазоне проведено 26
    занятий"): a part no category names, no second count of the events."""
    events = [r for r in records if r.table == "facts" and r.values.get("metric") in ("events.actual", "events.participants")
              and r.values.get("category") is None]
    parts = [r for r in events if _PART_OF_LIBRARY_RE.search(r.values.get("label") or "")]
    for r in parts:
        if any(w not in parts and w.values["metric"] == r.values["metric"] and w.values["period"] == r.values["period"]
               and w.values["value"] > r.values["value"] for w in events):
            _without_metric(r)  # in place


#: libraries a figure says something happened in or was done in: "в 12 библиотеках района", "14 кітапханада",
#: "жүйенің 14 кітапханасында"
def _in_libraries_re(value: float) -> re.Pattern:
    return re.compile(rf"(?i)(?<![\d\w])(?:в\s+)?{int(value)}\s+(?:[^\W\d_]+(?:их|ых)\s+)?(?:библиотеках"
                      rf"|кітапхана(?:сын)?да)(?![^\W\d_])")


def _libraries_where(records: list[Record]) -> None:
    """A report that counts its network ("Обслуживание осуществляют 26
    библиотек") and then the libraries where something was done ("Оформлен
    доступ к НЭБ в 12 библиотеках района"): the fewer are those of the
    network that did it, no second count of the network."""
    counts = [r for r in records if r.table == "facts" and r.values.get("metric") == "libraries.count"
              and r.values.get("category") is None and float(r.values["value"]).is_integer()]
    wholes = [r.values["value"] for r in counts if not _in_libraries_re(r.values["value"]).search(r.evidence or "")]
    if not wholes:
        return  # "В 21 библиотеках района прошло 540 мероприятий" alone: the network, counted where it worked
    for r in counts:
        if r.values["value"] < max(wholes) and _in_libraries_re(r.values["value"]).search(r.evidence or ""):
            _without_metric(r)  # in place


def _copy_record(r: Record) -> Record:
    """A copy of a record whose values the later rules may change in place."""
    c = copy.copy(r)
    c.values = dict(r.values)
    return c


#: the sector of culture as a whole, whose department reports on it: "Саладағы қызметкерлер саны – 312", "Саланың
#: бюджеті", "работников отрасли", "по отрасли"; the workers of culture, of a district's every institution
#: ("работники культуры района", "ауданның мәдениет қызметкерлері")
_SECTOR_RE = re.compile(r"(?i)(?<![^\W\d_])(?:сала(?:да|дағы|ның|сы|сында|сындағы|сының)?|отрасл\w*"
                        r"|(?:работник|сотрудник)\w*\s+культуры|мәдениет\s+(?:қызметкер|жұмыскер)\w*)(?![^\W\d_])")


def _of_the_sector(values: dict) -> bool:
    """Whether a figure of the staff or the money names the sector of culture in its clause and no library: the
    staff or the budget of all the institutions a culture department runs, none of the libraries' (a branch of
    knowledge, "білім саласындағы әдебиет", keeps its figure)."""
    label = values.get("label") or ""
    return (values.get("metric") or "").startswith(("staff.", "finance.")) and bool(_SECTOR_RE.search(label)) \
        and not LIBRARY_WORD_RE.search(label)


#: the institution itself, as a house of culture's report names it: "В учреждении 11 штатных единиц", "Мекемеде …"
_INSTITUTION_RE = re.compile(r"(?i)(?<![^\W\d_])(?:учреждени|мекеме)[^\W\d_]*")


def _of_the_house(r: Record) -> bool:
    """Whether a figure of the staff, the money, the events or the visits of a house of culture's report names the
    institution, or the house, in its sentence and no library: the staff or the budget of its clubs and library
    together ("В учреждении 11 штатных единиц, работают 10 человек"), the events of both ("Учреждением проведено 412
    культурно-массовых мероприятий"), the house's spectators ("Мероприятия Дома культуры посетили 15 730 зрителей"),
    none of the library's ("В библиотеке работает 1 человек", "Библиотекой проведено 138 мероприятий")."""
    sentence = r.evidence or ""
    return (r.values.get("metric") or "").startswith(("staff.", "finance.", "events.", "visits.")) \
        and not LIBRARY_WORD_RE.search(sentence) \
        and bool(_INSTITUTION_RE.search(sentence) or _CULTURE_HOUSE_RE.search(sentence))


#: a heading run into its paragraph: up to three words and a full stop or a colon before the paragraph's first
#: sentence ("Мұражай. Мұражай қорында …", "Мәдениет үйлері: …", "2. Дома культуры. …")
_RUN_IN_HEADING_RE = re.compile(r"\s*(?:\d{1,2}[.)]\s*)?((?:[^\W\d_][\w-]*\s+){0,2}[^\W\d_][\w-]{2,})[.:]\s+\S")


def run_in_heading(text: str) -> str:
    """The heading a paragraph opens with, run into its text ("Мәдениет
    үйлері. 2024 жылы …"), or an empty string."""
    m = _RUN_IN_HEADING_RE.match(text or "")
    return m.group(1) if m else ""


#: a museum's collection, which a library-museum or a library with a museum room counts beside its books: "Музейный
#: фонд", "фонд музея", "предметов основного фонда", "музейных предметов", "мұражай қоры"
_MUSEUM_FUND_RE = re.compile(r"(?i)(?<![^\W\d_])(?:музейн\w*\s+(?:фонд|предмет|коллекц)|фонд\w*\s+(?:[^\W\d_]+\s+)?музе"
                             r"|предмет\w*\s+(?:основного|научно-вспомогательного)\s+фонд|мұражай\w*\s+қор)")


def _of_a_museum_fund(r: Record) -> bool:
    """Whether a figure of the fund names a museum's collection in its
    clause ("Музейный фонд насчитывает 1 320 единиц хранения", "музейный
    фонд пополнился на 37 предметов"): the museum's items, none of the
    library's documents."""
    return r.table == "facts" and (r.values.get("metric") or "").startswith(("fund.", "acquisition.")) \
        and bool(_MUSEUM_FUND_RE.search(r.values.get("label") or ""))


#: (not the word of a year: "Саланың 2023 жылғы бюджеті")
_COUNTED_WORD_RE = re.compile(r"(?<!\d)(?!(?:19|20)\d\d\s+(?:жыл|год|г\.|ж\.))\d(?:[\d\s\u00a0]*\d)?(?:[.,]\d+)?\s+"
                              r"([^\W\d_][\w-]*)")


#: a language named as the object or the owner, not as what documents are in: "Мемлекеттік тілді оқыту курстарында
#: 14 топ" (teaching the language), "Қазақ тілінің мерекесі" (the language's festival), no part of a figure in it
#: several languages in one list before the plural of "language": "на таджикском, русском и узбекском языках",
#: "қазақ және орыс тілдерінде" (not "на иностранных языках", one kind of its own)
#: (nor "…, басқа тілдерде – 2 226 дана", the other languages after a list of figures, one kind of its own too)
_LANGUAGE_LIST_RE = re.compile(r"(?i)(?<![^\W\d_])[^\W\d_]+(?:\s*,\s*[^\W\d_]+)*(?:\s*,\s+"
                               r"(?!(?:басқа|өзге|шет|других|иностранн)[^\W\d_]*\s)|\s+(?:и|және)\s+)[^\W\d_]+\s+"
                               r"(?:языках|тілдерінде|тілдердегі|тілдерде)(?![^\W\d_])")


def _languages_listed(text: str, hits: list, language: str) -> bool:
    """The clause names the figure's language in a list of several ("на
    казахском и русском языках"): the figure counts them together."""
    spans = [(m.start(), m.end()) for m in _LANGUAGE_LIST_RE.finditer(text)]
    return any(h.id == language and a < h.end and h.start < z for h in hits for a, z in spans)


_LANGUAGE_ITSELF_RE = re.compile(r"(?i)[^\W\d_]+\s+(?:тілді|тілдерді|тілін|тілінің|тілдің)(?![^\W\d_])")
_SCALE_OR_MONEY_RE = re.compile(r"(?i)мың|тыс|млн|млрд|теңге|тенге|тг|руб\w*|сом\w*")
_FIGURES_RE = re.compile(r"\d(?:[\d\s\u00a0]*\d)?(?:[.,]\d+)?")


def _without_metric(r: Record) -> Record:
    """A fact of another institution than the libraries: kept as a figure no
    metric names, with its label's key and a low confidence."""
    if r.table != "facts" or r.values.get("metric") is None:
        return r
    label = r.values.get("label") or ""
    counted = _COUNTED_WORD_RE.search(label)  # "оларға 48 300 көрермен қатысты": the word counted
    if counted is not None and _SCALE_OR_MONEY_RE.fullmatch(counted.group(1)):
        counted = None  # "бюджеті – 1 046 380,0 мың теңге": the label before the figure says what it is
    r.values = {**r.values, "metric": None,
                "label_key": normalize_label(counted.group(1) if counted else _FIGURES_RE.sub(" ", label)) or None}
    r.confidence = min(r.confidence, 0.3)
    return r


#: a pronoun opening a paragraph, which refers to what the paragraph before named: "Оларға 642 адам қатысты.",
#: "Оған 120 оқырман қатысты", "В них приняли участие 640 человек"
_ANAPHOR_RE = re.compile(r"(?i)\s*(?:олар(?:ға|да|дың|ды)?|оған|онда|бұларға|бұған|соларға|соған"
                         r"|в\s+них|на\s+них|их|им)(?![^\W\d_])")
#: a paragraph ending in "в том числе:", "из них:", "оның ішінде:": the list under it gives the parts of its figure
_OPENS_PARTS_RE = re.compile(r"(?i)(?:в\s+том\s+числе|в\s+т\.\s*ч\.|из\s+них|из\s+которых|оның\s+ішінде"
                             r"|соның\s+ішінде|олардың\s+ішінде)\s*:\s*$")
_OPENS_PARTS_RE = gated(_OPENS_PARTS_RE, gate=r":\s*$")  # every match ends the text in a colon


#: the figures a line opening with "of which" cannot be a part of when the line before is this whole: the
#: population's children ("Тұрғындар саны: 7 900 / оның ішінде 14 жасқа дейінгі балалар: 2 210") are no readers,
#: the computers' with the Internet ("Компьютерлер саны: 4 / оның ішінде Интернетке қосылғаны: 4") no libraries
_OTHER_WHOLES_PARTS = {
    "population.served": ("users.registered", "users.children", "users.youth", "users.remote"),
    "equipment.computers": ("libraries.internet", "libraries.count"),
}

#: a line of a list that opens with "of which": "в т.ч. на узбекском языке: 71 640 экз.", "из них детей – 4 020",
#: "оның ішінде қазақ тілінде – 98 760"
_PART_LINE_RE = re.compile(r"(?i)^\W{0,3}(?:в\s+том\s+числе|в\s+т\.\s*ч\.|из\s+них|оның\s+ішінде|соның\s+ішінде)(?![^\W\d_])")

#: a footnote or endnote that opens with "of which": "В том числе на государственном языке – 131 220 экз.", "Из них
#: библиотечных специалистов – 52", "Оның ішінде балалар – 3 100"
_NOTE_OF_PARTS_RE = re.compile(r"(?i)\s*(?:в\s+том\s+числе|в\s+т\.\s*ч\.|из\s+них|из\s+которых|оның\s+ішінде"
                               r"|соның\s+ішінде|олардың\s+ішінде|оның)(?![^\W\d_])")


def _marked_figure(text: str, records: list[Record], at: int) -> Record | None:
    """The figure a note's mark is set on: the last fact of the paragraph
    ``text`` that ends before the mark at ``at`` ("Фонд на 01.01.2024 г.
    составил 296 410 экз.¹ За год поступило 9 870 экз."), not the
    paragraph's last figure."""
    best = None
    for r in records:
        said = (r.values.get("label") or r.evidence or "").rstrip(" .,;:")
        i = text.find(said) if said else -1
        if 0 <= i and i + len(said) <= at and (best is None or i + len(said) > best[0]):
            best = (i + len(said), r)
    return best[1] if best else None


def _parts_of(whole: Record, found: list[Record], fv: FactVocab) -> list[Record]:
    """The figures of a list line under a paragraph ending in "в том числе:"
    that name a part (a kind, a language) and no metric are parts of the
    paragraph's last figure ("Поступило 5 000 экз., в том числе:" / "- книги
    – 4 100 экз.;"; "Кадры: всего 118 работников, в том числе:" /
    "- библиотечные работники – 96;"): its metric, period and date.  The
    records of the line, those labels no longer unmatched."""
    metric = fv.metrics.get(whole.values["metric"])
    named = set()
    for r in found:
        v = r.values
        if r.table != "facts" or v["metric"] is not None or not (v["category"] or v["language"]) \
                or metric is None or (v["unit"] and v["unit"] not in metric.units):
            continue
        for k in ("metric", "period", "period_start", "period_end", "as_of"):
            v[k] = whole.values[k]
        v["unit"], v["label_key"] = v["unit"] or whole.values["unit"], None
        r.confidence = 0.7
        named.add(r.evidence)
    return [r for r in found if not (r.table == "unmatched_terms" and r.evidence in named)]


def _own_library(document: Document, records: list[Record]) -> None:
    """A report of the very library a figure's category names (its
    organization "Көктал ауылдық кітапханасы" over "Көктал ауылдық
    кітапханасы … 2 140 тұрғынына қызмет көрсетеді") is that library's own:
    its figures keep no category of it; so is the central or children's
    library of a report that gives no other library's figures."""
    meta = document.metadata
    title = " | ".join([meta.get("organization") or ""] + list(meta.get("organization_names") or []))
    names = {r.values["category"] for r in records if r.table == "facts"
             and (r.values.get("category") or "").startswith("branch:")}
    own = {c for c in names if _named_in(c[len("branch:"):], title) or _place_of(c, title)}
    # "Справка о работе сельских библиотек … ЦБС": a group of libraries the title says the report is about
    head = " | ".join(_title_blocks(document))
    own |= {c for c in names if library_group(c[len("branch:"):]) == c and _named_in(c[len("branch:"):], head)}
    if len(names - own) < 2:
        # "Центральная городская библиотека обслужила 12 000 пользователей" in a report that gives no other
        # library's figures: the central or children's library alone is the report's own, the system's head
        own |= {c for c in names if _MAIN_LIBRARY_RE.fullmatch(c[len("branch:"):])}
        if _CULTURE_HOUSE_RE.search(title) or _AKIM_REPORT_RE.search(title):
            # "МБУК «Культурно-досуговый центр» …": "Сельская библиотека обслужила 1 286 читателей" is the
            # library of the institution that reports, the one library it keeps beside its clubs; so is the
            # village library in an akim's report to the population
            own |= names
    wholes = {(r.block, r.evidence) for r in records if r.table == "facts"
              and r.values.get("metric") == "libraries.count" and r.values.get("category") is None}
    for i, r in enumerate(records):
        if r.table == "facts" and r.values.get("category") in own:
            if r.values.get("metric") == "libraries.count" and (r.block, r.evidence) in wholes:
                # "24 библиотеки: …, детская библиотека и 22 сельские библиотеки": the group's libraries beside
                # the whole network its sentence counted are no second count of the whole
                records[i] = _without_metric(r)
                continue
            r.values["category"] = None


#: a figure of a body: three digits or more (a year apart), or a decimal part
_BODY_FIGURE_RE = re.compile(r"\d[\d\s\u00a0]*\d\d|\d,\d")


#: a clause of another subject in the sentence of a group's count and a later figure (a semicolon, "а", "тогда
#: как"), or the count a part of a whole before it ("27 библиотек, из них 22 сельские, обслужили …")
_OTHER_FIGURE_BETWEEN_RE = re.compile(r"(?i)[.;:]\s|(?<![^\W\d_])(?:а|тогда\s+как|ал|из\s+них|в\s+т\.\s*ч\.|в\s+том\s+числе"
                                      r"|оның\s+ішінде)(?![^\W\d_])")
#: a figure counting libraries, the noun right after it or after a kind or two ("14 библиотек-филиалов", "22 сельские
#: библиотеки", "27 кітапхана")
_COUNTED_LIBRARIES_RE = re.compile(r"(?i)(?<![\d,.])\d{1,3}\s+(?:[^\W\d_]+\s+){0,2}?(?:библиотек|кітапхана|филиал)")


def _title_blocks(document: Document) -> list[str]:
    """The texts of the first blocks before any that states a figure (three
    blocks at most): the title, whose numbers are its years and periods."""
    out = []
    for b in document.blocks[:3]:
        plain = _YEAR_RE.sub(" ", b.text)
        if _BODY_FIGURE_RE.search(plain) or len(b.text) > 300 \
                or (b.text.rstrip().endswith(".") and len(re.findall(r"(?<![\d,.])\d+(?![\d,]|\.\d)", plain)) >= 2) \
                or (b.text.rstrip().endswith(".") and _COUNTED_LIBRARIES_RE.search(plain)):
            # (a sentence stating two small figures, "Жүйеде 27 кітапхана бар, оның ішінде 24 ауылдық кітапхана.",
            # is the body's, however small they are, the last one before the full stop too; so is a sentence
            # counting the system's libraries, "В состав ЦБС входят центральная библиотека и 14 библиотек-филиалов.")
            break
        out.append(b.text)
    return out


#: a district's or a town's category (:func:`place_named`): its own name and the word of its level
_PLACE_CATEGORY_RE = re.compile(r"^branch:(?:г\s+(?P<town>\S+)|(?P<name>.+?)\s+(?:район|ауданы|қаласы))$")


def _place_of(category: str, text: str) -> bool:
    """The district or town a category names (``branch:г степногорск``) is
    the place ``text`` (the report's organization) is named by, in any case
    ("ЦБС г. Степногорска")."""
    m = _PLACE_CATEGORY_RE.match(category)
    if m is None:
        return False
    word = (m.group("town") or m.group("name")).split()[-1]
    stem = word[:max(4, len(word) - 3)]
    # (not the oblast of the same name: "Қостанай облыстық кітапханасы", "Павлодарская областная библиотека"
    # report on the oblast's libraries, the town of its centre among them)
    return any(not _OBLAST_AFTER_RE.match(text, m.end())
               for m in re.finditer(rf"(?i)(?<![^\W\d_]){re.escape(stem)}[^\W\d_]*", text))


#: the word of an oblast after a place's name: "облысы", "облыстық", "области", "областная", "обл."
_OBLAST_AFTER_RE = re.compile(r"(?i)\s+(?:облыс|област|обл\.)")


_CENTRALIZED_RE = re.compile(r"(?i)тандыр|изован")


def _named_in(name: str, text: str) -> bool:
    """The words of a library's name (two at least), in any case, follow each other in ``text``.  The central
    library ("аудандық орталық кітапхана", "центральная районная библиотека") is not named by the centralized
    system ("аудандық орталықтандырылған кітапхана жүйесі", "централизованная система") its stem begins."""
    words = [w for w in re.findall(r"[^\W\d_]{3,}|\d+", name)]
    if len(words) < 2:
        return False
    stems = [re.escape(w if w.isdigit() else w[:max(4, len(w) - 3)])
             + ("" if _CENTRALIZED_RE.search(w) else r"(?![^\W\d_]*(?i:тандыр|изован))") + r"[^\W\d_]*" for w in words]
    return re.search(r"(?i)" + r"\W+(?:[^\W\d_]{1,2}\W+)?".join(stems), text) is not None


#: the title of a section of what is to be done: "Задачи на 2024 год", "Основные задачи", "2022 жылға арналған
#: міндеттер", "Перспективы", "План работы на …"
_TASKS_TITLE_RE = re.compile(r"(?i)(?<![^\W\d_])(?:задачи|міндеттер\w*|перспектив\w*|план\s+(?:работы\s+)?на"
                             r"|жоспар\w*\s+\d{4}|\d{4}\s+жылға\s+арналған)(?![^\W\d_])")


def _lead_period(text: str, doc_period: Period | None) -> Period | None:
    """The period a lead line names for the list under it: a short line
    ending in a colon whose only figures are years ("За III квартал 2022
    года:", "С нарастающим итогом за январь – сентябрь 2022 года:", "Жыл
    басынан бері:"); None for any other line, or one naming several periods
    or only the one its list is compared with."""
    t = text.strip()
    if not t.endswith(":") or not _heading_like(t[:-1]):
        return None
    year = doc_period.year if doc_period else None
    # (not the year the list is compared with: "Негізгі көрсеткіштер (2022 жылмен салыстырғанда):")
    found = {p.period.code: p.period for p in periods_in(t, year) if p.explicit_year and not _compared(t, p)}
    found.update({q.period.code: q.period for q in find_cumulative_periods(t, doc_period)})
    if len(found) > 1:  # "за январь – сентябрь 2022 года" also names the year: the part is meant
        found = {k: v for k, v in found.items() if len(k) > 4}
    if len(found) != 1:
        return None
    return resolve_period(next(iter(found.values())), doc_period)


def _named_part_list(n: "_Num", before: list["_Num"], part_spans, sents) -> bool:
    """Whether ``n`` stands in a list of parts: a word for "of which" ("оның
    ішінде", "из них", "в т.ч.") stands before it in its sentence, after a
    figure a metric names."""
    s = _sentence_at(sents, n.start, (0, 0))
    return any(o.metric is not None and o.start >= s[0] and o.end <= a and z <= n.start
               for o in before for a, z in part_spans)


def _listed_after_named(text: str, n: "_Num", before: list["_Num"], clause_start: int) -> bool:
    """Whether ``n`` is the item after a figure a metric names in a list of
    labelled figures ("Жоғары білімді – 31, орта арнаулы білімді – 23"): the
    figure before it stands after a dash and only its unit and a comma or a
    semicolon come between them and the clause of ``n``."""
    o = before[-1] if before else None
    return (o is not None and o.metric is not None and bool(re.search(r"[–—:-]\s*$", text[:o.start]))
            and bool(_LIST_GAP_RE.fullmatch(text, o.end, clause_start)))


#: what stands between two items of a list of labelled figures: a unit word, then a comma or a semicolon
_LIST_GAP_RE = re.compile(r"\s*(?:[^\W\d_]+\.?\s*)?[,;]\s*")


def _list_line(text: str) -> bool:
    """A line of a list of indicators: a few words and a figure ("Посещения –
    19 840", "Пайдаланушылар – 8 540 адам"), not a sentence.  Brackets that
    only date the label ("Кітап қоры (2025 жылғы 1 қаңтардағы жағдай
    бойынша): 52 318 дана", "Фонд (на 01.01.2024) – 94 315 экз.") are no words
    of it."""
    words = _DATING_BRACKETS_RE.sub(" ", text) if "(" in text else text
    return len(words.split()) <= 8 and bool(re.search(r"\d", text))


#: brackets whose figures are those of a date or a year: "(2025 жылғы 1 қаңтардағы жағдай бойынша)", "(на 01.01.2024)"
_DATING_BRACKETS_RE = re.compile(r"\((?:[^()\d]|\d{1,2}\.\d{1,2}\.(?:19|20)\d{2}|(?<!\d)(?:19|20)\d{2}(?!\d)"
                                 r"|(?<!\d)\d{1,2}(?=\s+[^\W\d_]))*\)")


def _heading_like(text: str) -> bool:
    """A short line of words whose only figures are years: a heading."""
    t = text.strip()
    if not t or len(t) > 100 or t.endswith((".", ";", ",")):
        return False
    numbers = find_numbers(t)
    if not numbers:
        return True  # (no figure: its periods need not be found)
    years = [(p.start, p.end) for p in periods_in(t)]
    return all(any(a <= n.start and n.end <= z for a, z in years) for n in numbers)


_SECTION_NO_RE = re.compile(r"^\s*(?:[IVXІ]{1,5}|\d{1,2}(?:\.\d{1,2})*)\s*[.)]?\s+(?=[^\W\d_])")


def _section_title(text: str) -> bool:
    """A section title of a plain text: a short line of words, numbered or not
    ("3. Кітап қоры", "IV. Финансирование", "БҰҚАРАЛЫҚ ЖҰМЫС"), with no figure
    but years and no stop at its end."""
    t = _SECTION_NO_RE.sub("", text.strip(), count=1)
    return bool(t) and len(t) <= 80 and len(t.split()) <= 10 and _heading_like(t)


def _heading_period(text: str) -> Period | None:
    """The period a heading names, when it names one ("Основные показатели
    за 2016 год", "2019 жылғы негізгі көрсеткіштер"); a heading naming none
    starts a section of no known period. A heading naming a period no code
    says (one month, "2022 жылғы қазан айындағы", "за январь 2024 года"; a
    span of years) names none: its year is not the figures' period."""
    from esep.plugins.metadata import uncoded_period

    if uncoded_period(text):
        return None
    found = [p.period for p in periods_in(text) if p.explicit_year]
    return found[0] if len(found) == 1 else None


#: abbreviations a name or a figure follows ("библиотека им. Абая", "(пос. 3 908 чел.)", "напр. 12 клубов",
#: "ок. 400 человек", a Belarusian agro-town "аг. Накрышки"): they lead what they shorten and end no sentence
_NAME_ABBREVIATIONS = frozenset({"им", "ім", "пос", "посещ", "напр", "см", "ок", "кол", "мыс", "св", "аг"})


#: the word a text ends with: ``re.search(r"(\w+)$", …)``, found by stepping back from the end
_WORD_BEFORE = LastWord(dots=False)


def _sentences(text: str, masks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentence spans: a stop followed by a capital, a digit or a quote, not
    inside a date and not after a one-letter initial."""
    cuts = []
    for m in _SENT_END_RE.finditer(text):
        if any(a <= m.start() < b for a, b in masks):
            continue
        before = _WORD_BEFORE.search(text[:m.start()])
        if m.group(0)[0] == "." and before and ((len(before.group(1)) == 1 and before.group(1).isalpha())
                                                or before.group(1).lower() in _NAME_ABBREVIATIONS) \
                and not _year_word_ends_statement(text, cuts[-1] if cuts else 0, m.start(), m.end()):
            continue  # an initial, or "им. Ж. Мусина": a name goes on
        cuts.append(m.end())
    # "… балалар 3650. келушілер саны 71 200 рет": text typed in a hurry starts its sentences without a capital;
    # a stop right after a figure (not a date's, not a decimal point) still ends one
    cuts += [m.end(1) for m in _FIGURE_STOP_RE.finditer(text) if text[m.end(1):m.end(1) + 40].lstrip()[:1].islower()
             and not any(a <= m.start(1) < b for a, b in masks)]
    cuts = sorted(set(cuts) | {m.start() for m in _PICTOGRAPH_RE.finditer(text)
                               if not any(a <= m.start() < b for a, b in masks)})
    spans, start = [], 0
    for c in cuts:
        spans.append((start, c))
        start = c
    spans.append((start, len(text)))
    return spans


#: a stop right after a figure, or after the whole word of its unit, before the next word ("балалар 3650.
#: келушілер", "186 400 дана. ақылы"; not after an abbreviation: "5 тыс. экз. в том числе")
_FIGURE_STOP_RE = re.compile(r"\d\s?(?:(?:дана|адам|рет|кісі)(?![^\W\d_]))?(\.)(?=\s+[^\W\d_])")
#: "… против 210 300 экз. в прошлом году": the figure compared with comes next
_AGAINST_RE = re.compile(r"(?i)(?<![^\W\d_])против(?=\s+\d)")
#: a year shortened to "г." or "ж." ("… против 64 020 в 2022 г."), where a stop may end the sentence
_YEAR_WORD_END_RE = re.compile(r"(?<!\d)(?:19|20)\d{2}\s*(?:г|ж)$")


def _year_word_ends_statement(text: str, start: int, stop: int, after: int) -> bool:
    """The stop after a year's "г." ("ж.") ends a sentence that stated a
    figure before that year when a word with a capital follows ("Число
    посещений – 61 300 против 64 020 в 2022 г. Книговыдача – …"); a
    sentence that opens with its year ("В 2022 г. Центральная библиотека
    …") goes on past it, and so do brackets ("(за 1 полугодие 2015 г. –
    40)")."""
    year = _YEAR_WORD_END_RE.search(text, start, stop)
    return bool(year and re.search(r"\d", text[start:year.start()])
                and re.match(rf"\s+[A-Z{UPPER}][^\W\d_]", text[after:])
                and text.count("(", start, stop) <= text.count(")", start, stop))


#: the figure compared with and the words of its own period's phrase after "против": "против 8 950 в",
#: "против 152 400 экз. в"
_AGAINST_FIGURE_BEFORE_RE = re.compile(r"(?i)(?<![^\W\d_])против\s+\d[\d\u00a0 ]*(?:[.,]\d+)?"
                                       r"(?:\s*[^\W\d_]+\.?){0,2}?\s*(?:в|за|на)?\s*$")


def against_period(text: str, p) -> bool:
    """The period is the one of the figure "против" compares with ("8 214
    против 8 950 в 2022 г."): no period of the figures after it."""
    return bool(_AGAINST_FIGURE_BEFORE_RE.search(text, max(0, p.start - 60), p.start))


def against_figure(text: str, prev: "_Num", n: "_Num") -> bool:
    """``n`` is the figure ``prev`` is compared with: nothing but its unit
    and "против" between them ("8 214 против 8 950", "150 200 экз.
    против 152 400 экз.")."""
    return bool(re.fullmatch(r"(?i)\s*(?:[^\W\d_]+\.?\s*){0,2}?против\s*", text[prev.end:n.start]))


#: the source of a figure between commas: ", по данным отдела статистики,", ", согласно отчёту акимата,",
#: ", статистика деректері бойынша,"
_SOURCE_INSERT_RE = re.compile(r"(?i),\s*(?:(?:по\s+(?:данным|сведениям)|согласно)(?![^\W\d_])[^,;.\d]{0,60}"
                               r"|[^,;.\d]{0,40}?деректер[^\W\d_]*\s+бойынша)\s*,")


def _clause_cuts(text: str, tk: Tokens, nums: list[_Num]) -> list[int]:
    """Positions of clause boundaries: commas, semicolons and brackets,
    except a comma inside a number ("1205, 5") or a unit ("мың, теңгеге")."""
    inner = [(h.start, h.end) for h in tk.hits if h.kind == "U"] + [(n.start, n.end) for n in nums]
    # a word or two in brackets with no figure is no clause of its own: "Количество посещений (всего) –
    # 84 500", "Число пользователей (чел.) – 10 250"
    inner += [(m.start(), m.end()) for m in _BRACKETED_WORDS_RE.finditer(text)]
    # nor words in brackets with no figure at all, listing or explaining ("Доходы от платных услуг
    # (ксерокопирование, распечатка, ламинирование) составили …", "Библиотечное образование (высшее и среднее
    # специальное) имеют 23 человека")
    inner += [(m.start(), m.end()) for m in _WORDS_IN_BRACKETS_RE.finditer(text)]
    # nor the source of a figure set off by commas, with no figure of its own: "Население зоны обслуживания, по
    # данным отдела статистики, составляет 152 800 человек", "Тұрғындар саны, статистика деректері бойынша, – 78 400"
    inner += [(m.start(), m.end()) for m in _SOURCE_INSERT_RE.finditer(text)]
    # nor an age in brackets: "юношества (15–24 лет) – 118"
    inner += [(m.start(), m.end()) for m in _BRACKETED_RE.finditer(text) if _AGE_RE.fullmatch(m.group(1).strip())]
    # nor a group of readers named again in brackets with its age, in another language: "14 жасқа дейінгі балалар
    # (дети до 14 лет) – 8 460"
    inner += [(m.start(), m.end()) for m in _BRACKETED_RE.finditer(text)
              if _AGE_RE.search(m.group(1)) and not _DIGIT_RE.search(_AGE_RE.sub("", m.group(1)))]
    # nor a figure in brackets right after the name of what it counts, with no figure of its own before the
    # name: "Қашықтағы пайдаланушылар (412 адам)" (not "1 240 құжат (86 520 бет)")
    # nor the commas of a list month by month ("Келушілер саны: қаңтарда – 820, ақпанда – 910, жыл бойы
    # барлығы – 1 730"): the months' figures are one run, not clauses of their own
    months = month_figure_spans(text)
    if months:
        inner.append((months[0][0], months[-1][1] + 1))
    cue_at = {h.end: h.start for h in tk.hits if h.kind == "M"}
    for m in _BRACKETED_FIGURE_RE.finditer(text):
        cue = cue_at.get(len(text[:m.start()].rstrip()))
        if cue is not None and not text[:cue].rstrip()[-1:].isdigit():
            inner.append((m.start(), m.end()))
    cuts = []
    for m in re.finditer(r"[,;()]", text):
        if m.group(0) in "()" and any(a <= m.start() < b for a, b in inner):
            continue
        if m.group(0) == "," and (any(a <= m.start() < b for a, b in inner)
                                  or text[m.start() - 1:m.start()].isdigit() and text[m.end():m.end() + 1].isdigit()):
            continue  # also the decimal comma of a figure that is none of the period's ("с 8,7 до 8,8")
        if m.group(0) == "," and _CONVERB_RE.search(text, max(0, m.start() - 20), m.start()):
            continue  # "Оқырмандар саны ... 150-ге артып, 5 240 адамды құрады": one subject goes on
        if m.group(0) == "," and _CHANGED_VERB_BEFORE_RE.search(text, max(0, m.start() - 20), m.start()) \
                and _REACHED_CLAUSE_AFTER_RE.match(text, m.end()):
            continue  # "Оқырмандар саны 215-ке өсті, 9 870-ге жетті": no subject of its own after the change
        cuts.append(m.start())
    # a colon after a figure's own clause opens the list of its parts, each with its figure ("58 қызметкер жұмыс
    # істейді: жоғары білімді – 41, …", "Қызметкерлер – 31 адам: жоғары білімді – 19, …"): the words past it are
    # the parts', not the figure's before it; a colon past a comma or a semicolon after the figure ends a label of
    # the next figure's ("Пользователей – 8 415, посещений: 52 310", as forms are filled in prose)
    for m in re.finditer(r":", text):
        if any(n.end <= m.start() and not re.search(r"[.!?,;]", text[n.end:m.start()]) for n in nums) \
                and any(n.start > m.end() for n in nums):
            cuts.append(m.start())
    return sorted(cuts)


#: a bracket holding a period (or a date) and one figure: "(2022 ж. – 3 020)", "(өткен жылы – 96 100)", "(в 2022 г. –
#: 1 870 экз.)"
_COMPARED_BRACKET_RE = re.compile(r"\((?P<when>[^()\d]{0,20}\d{4}[^()\d]{0,24}|[^()\d]{3,30})\s[–—-]\s*\d{1,3}"
                                  r"(?:[\s\u00a0]\d{3})*(?:[.,]\d+)?(?:\s*[^\W\d_]{1,10}\.?){0,2}\s*\)")
#: the period of such a bracket: a year, "өткен жылы", "в прошлом году"
_COMPARED_WHEN_RE = re.compile(r"(?i)\d{4}|өткен\s+жыл|прошл\w*\s+год|предыдущ")
#: a figure (and its unit) right before a bracket: "2 570 дана ", "98 400 "
_FIGURE_BEFORE_RE = re.compile(r"\d(?:[.,]\d+)?\s*(?:[^\W\d_]{1,10}\.?\s*)?$")
_BRACKETED_WORDS_RE = re.compile(r"\((?:\s*[^\W\d_]{1,10}\.?){1,2}\s*\)")
_WORDS_IN_BRACKETS_RE = re.compile(r"\([^()\d]{3,160}\)")
#: one branch of the system, by its number or its name: "№1 филиал", "филиал № 3", "Заводского филиала",
#: "Ақбұлақ ауылдық кітапханасы"
_BRANCH_RE = re.compile(
    rf"(?i)(?:передвижн\w+\s+библиотек\w*|библиобус\w*|(?-i:КИБО)(?![^\W\d_])|жылжымалы\s+кітапхана\w*|көшпелі\s+кітапхана\w*"
    rf"|№\s*\d{{1,3}}\s*(?:-\s*)?филиал\w*|филиал\w*\s*№\s*\d{{1,3}}|(?-i:[{UPPER}])\w+(?:ого|ской|ский|ая)"
    rf"\s+филиал\w*|(?-i:[{UPPER}])\w+\s+ауылдық\s+кітапхана(?:сы\w*)?|библиотек\w*-филиал\w*\s*№\s*\d{{1,3}})")


_RELATIVE_RE = re.compile(r"(?i)[\s,]*(?:котор\w+|ол\s+|олар\s+)")
#: an institution of culture that keeps a library beside its clubs: a house or centre of culture and leisure,
#: a club and library union ("КДЦ", "СДК", "КБО", "мәдениет үйі")
_CULTURE_HOUSE_RE = re.compile(
    r"(?i)(?<![^\W\d_])(?:культурно-досугов\w*|клубно-библиотечн\w*|социально-культурн\w*|дом\w*\s+культуры"
    r"|центр\w*\s+культуры|мәдениет\s+(?:үйі|орталығы)|КДЦ|СДК|СКЦ|КБО|КДО)(?![^\W\d_])")

#: the section of a house of culture's report on the work of its clubs: "Культурно-досуговая деятельность",
#: "Клубная работа", "Клубные формирования", "Мәдени-демалыс жұмысы"
_CLUB_SECTION_RE = re.compile(r"(?i)(?<![^\W\d_])(?:(?:культурно-)?досугов\w*\s+(?:деятельност|работ)|клубн\w*\s+"
                              r"(?:деятельност|работ|формировани)|мәдени-демалыс|мәдени-бос\s+уақыт)")

#: the system's central or children's library, a branch like the others where a sentence gives the figures
#: of several: "Орталық аудандық кітапхана 4 120 оқырманға, аудандық балалар кітапханасы 2 960 оқырманға …"
_MAIN_LIBRARY_RE = re.compile(
    r"(?i)(?<![^\W\d_])(?:центральн\w+\s+(?:(?:районн|городск|детск)\w+\s+)?библиотек\w*"
    # (one children's library, not the group of them a system counts: "из них 3 детские" is "детские библиотеки")
    r"|(?:районн|городск)\w+\s+детск\w+\s+библиотек\w*|детск(?:ая|ой|ую|ий|ого|ому|ом)\s+библиотек\w*|ЦРБ|ЦГБ|ЦДБ"
    r"|орталық\s+(?:(?:аудандық|қалалық|балалар)\s+)?кітапхана\w*|(?:аудандық|қалалық)\s+балалар\s+кітапхана\w*"
    r"|балалар\s+кітапханасы\w*)(?![^\W\d_])")


def _subject_going_on(text: str, clause_start: int, pos: int, sentence_start: int):
    """The branch that opens the sentence as its subject when the later
    clause of ``pos`` goes on with a verb of it and no subject of its own
    ("КИБО «Библиобус» совершил 96 выездов, обслужил 310 пользователей"):
    no other library, total, system or "of which" word, nor a semicolon,
    stands between the name and the figure."""
    if clause_start <= sentence_start:
        return None
    head = re.compile(r"\s*").match(text, sentence_start).end()
    m = _BRANCH_RE.match(text, head)
    if m is None:
        return None
    name = _QUOTED_AFTER_RE.match(text, m.end())  # its own name in quotes: "КИБО «Библиобус»"
    end = name.end() if name else m.end()
    if ";" in text[end:pos] or _OWN_SUBJECT_RE.search(text, end, pos) \
            or _BRANCH_RE.search(text, end, pos) or _MAIN_LIBRARY_RE.search(text, end, pos):
        return None
    return m


_QUOTED_AFTER_RE = re.compile(r"\s*«[^»]{1,60}»")


def _branch_named(text: str, clause_start: int, pos: int, sentence_start: int,
                  sentence_end: int | None = None) -> str | None:
    """The category of the one branch named before ``pos`` in its clause,
    or before a colon the figure follows in its sentence.  The system's
    central or children's library is a branch where its sentence names two
    libraries at least."""
    m = None
    if _RELATIVE_RE.match(text, clause_start):
        # "передвижная библиотека, которая совершила 48 выездов и обслужила 587 читателей": the library the
        # relative clause is about stands in the clause before it
        clause_start = max(sentence_start, text.rfind(",", sentence_start, clause_start - 1) + 1)
    for m in _BRANCH_RE.finditer(text, clause_start, pos):
        pass
    if m is None and sentence_end is not None:
        sentence = (sentence_start, sentence_end)
        named = len(list(_MAIN_LIBRARY_RE.finditer(text, *sentence))) + len(list(_BRANCH_RE.finditer(text, *sentence)))
        for m in _MAIN_LIBRARY_RE.finditer(text, clause_start, pos) if named >= 2 else ():
            pass
    if m is None:
        colon = text.rfind(":", sentence_start, pos)
        for m in _BRANCH_RE.finditer(text, sentence_start, colon) if colon > 0 else ():
            pass
    if m is None:
        m = _subject_going_on(text, clause_start, pos, sentence_start)
    if m is None:
        return None
    # a mobile library in the nominative, whatever case the sentence puts it in ("Фонд библиобуса"); the kinds
    # before the name are the name's ("Аудандық" of "Аудандық орталық кітапхана")
    kinds = _KINDS_BEFORE_RE.search(text, sentence_start, m.start())
    name = _NUMBERED_BRANCH_CASE_RE.sub(lambda c: c.group(1) + ("а" if c.group(1).lower() == "библиотек" else ""),
                                        (kinds.group(0) if kinds else "") + m.group(0))
    return "branch:" + normalize_label(mobile_library(m.group(0)) or kazakh_library_nominative(name))


#: a branch named by its number, in the case of its sentence: "в библиотеке-филиале № 4", "у филиала № 2" (its
#: name is the nominative: "библиотека-филиал № 4", "филиал № 2")
_NUMBERED_BRANCH_CASE_RE = re.compile(r"(?i)(?<![^\W\d_])(библиотек|филиал)(?:е|и|у|ой|а|ом)(?=(?:-филиал[^\W\d_]*)?\s*№)")


#: a verb of buying right after a figure of copies (and its unit): "2 870 экз. приобретено", "1 200 книг закуплено"
_BOUGHT_AFTER_RE = re.compile(r"(?i)\s*(?:(?:экз\.?|экземпляр[^\W\d_]*|документ[^\W\d_]*|книг[^\W\d_]*|изданий)\s*)?"
                              r"(?:было\s+)?(?:приобретен|закуплен|куплен)")


#: brackets opening with an "of which" phrase: "(в т.ч. …", "(из них …", "(оның ішінде …"
_PART_OPENS_RE = re.compile(r"(?i)\s*(?:в\s+т\.\s?ч\.|в\s+том\s+числе|из\s+них|оның\s+ішінде|соның\s+ішінде)")


#: the kinds of an indicator before a colon that lists them: "Основные виды платных услуг:", "по видам услуг:"
_KINDS_LISTED_RE = re.compile(r"(?i)(?<![^\W\d_])(?:виды|видам|видов)\s+[^:.;\d]{0,40}:")


#: the coverage of one group of inhabitants ("охват детского населения", "охват детей", "охват молодёжи",
#: "балаларды қамту"): no coverage of the whole population
_GROUP_COVERAGE_RE = re.compile(
    r"(?i)(?<![^\W\d_])(?:охват[^\W\d_]*\s+(?:детск|дет(?:ей|и)(?![^\W\d_])|молод[её]ж|юношеств|подростк|пенсионер)"
    r"|(?:балалар|жасөспірім|жастар)[^\W\d_]*\s+қамт)")


#: a service of the library out of its walls, as the clause before a figure names it: the home service for readers
#: who cannot come ("надомный абонемент", "книгоноши", "үйге қызмет көрсету"), issue points ("пункты выдачи",
#: "кітап беру пункттері"), all such service ("внестационарное обслуживание")
_OUTREACH_RE = re.compile(
    r"(?i)(?<![^\W\d_])(?:(?P<home>надомн[^\W\d_]*\s+(?:абонемент|обслуживани)|книгонош|үйге\s+(?:қызмет|кітап\s+жеткіз))"
    r"|(?P<points>пункт[^\W\d_]*\s+выдач|кітап\s+беру\s+пункт"
    # a library point of the network is an issue point ("Библиотечные пункты (23) обслужили …", "кітапханалық
    # пункттер"), a travelling collection ("передвижки") a service out of the walls
    r"|библиотечн[^\W\d_]*\s+пункт|кітапханалық\s+пункт)|(?P<outside>внестационарн|вне\s+стационар|передвижк))")


#: a department's or sector's word right before the service it is named for: "отдел внестационарного обслуживания"
_UNIT_OF_SERVICE_RE = re.compile(r"(?i)(?<![^\W\d_])(?:отдел|сектор)[^\W\d_]{0,3}\s+$")


#: the way users are served, right before their figure: in the library's walls ("в стационарных условиях",
#: "в стационаре"), out of them ("вне стационара", "внестационарно"), or remotely ("удалённо", "дистанционно",
#: "в удалённом режиме"); what may stand between it and the figure: a bracket, a verb of serving, a dash
_SERVICE_MODE_RE = re.compile(
    r"(?i)(?<![^\W\d_])(?:(?P<out>вне\s+стационар[^\W\d_]*|внестационарно)|(?P<in>в\s+стационарных\s+условиях|в\s+стационаре)"
    r"|(?P<remote>удал[её]нно|дистанционно|в\s+удал[её]нном\s+режиме))"
    r"(?:\s*\([^()]*\))?\s*(?:обслужен[^\W\d_]*|было\s+обслужено)?\s*[–—:-]?\s*$")
#: the users the service modes divide, named in the clause of the first of them: "Пользователей в стационарных
#: условиях обслужено 8 912"
_USERS_NOUN_RE = re.compile(r"(?i)(?<![^\W\d_])(?:пользовател|читател)[^\W\d_]*")


def _users_service_mode(text: str, ca: int, n: "_Num", before: list, sents, fv) -> tuple[str, str | None] | None:
    """The metric and category of a figure of the users served one way (in
    the walls, out of them, remotely), right after its mode, among other
    figures of the users in its sentence or in a clause that names the
    users; None for any other figure. Loans or visits by the same modes
    ("книговыдача вне стационара – 12 400") are not the users'."""
    m = _SERVICE_MODE_RE.search(text, max(ca, n.start - 80), n.start)
    if m is None or "users.registered" not in fv.metrics or "users.remote" not in fv.metrics \
            or n.unit not in (None, "people"):
        return None  # ("выдано вне стационара – 15 200 экз.": copies, no users)
    prev = next((o for o in reversed(before) if _same_sentence(sents, o, n)), None)
    if prev is not None:
        if prev.metric is None or prev.metric.id not in ("users.registered", "users.remote"):
            return None
    elif not (n.metric is not None and n.metric.id == "users.registered"
              and _USERS_NOUN_RE.search(text, ca, m.start())):
        return None
    if m.group("remote"):
        return "users.remote", None
    return "users.registered", "department:" + ("внестационарное обслуживание" if m.group("out")
                                                else "стационарное обслуживание")


def outreach_service(text: str, start: int, pos: int) -> str | None:
    """The category of the service out of the library's walls the clause
    from ``start`` names before ``pos`` (``department:надомный абонемент``,
    ``department:пункты выдачи``, ``department:внестационарное
    обслуживание``), or None: the readers it serves and the books it lends
    are a part of the library's."""
    m = None
    for m in _OUTREACH_RE.finditer(text, start, pos):
        pass
    if m is None and text[:start].rstrip().endswith(")") and (open_at := text.rfind("(", 0, start)) > 0:
        # "Библиотечные пункты (23) обслужили 2 300 читателей": the service named before the bracket of its count
        return outreach_service(text, max(text.rfind(c, 0, open_at) for c in ".;,") + 1, open_at)
    if m is None or _UNIT_OF_SERVICE_RE.search(text, start, m.start()):
        # "Сектор внестационарного обслуживания: 3 штатные единицы": a department named for the service, which
        # an item it heads names as written
        return None
    return "department:" + ("надомный абонемент" if m.group("home") else "пункты выдачи" if m.group("points")
                            else "внестационарное обслуживание")


#: words that name a subject of a clause's own: a library, the system, all of them, or the parts of a whole
_OWN_SUBJECT_RE = re.compile(r"(?i)(?<![^\W\d_])(?:библиотек|кітапхана|филиал|ЦБС|ЦРБ|ЦДБ|ОКЖ|систем|жүйе|всего|итого"
                             r"|барлығы|в\s+целом|из\s+них|в\s+том\s+числе|в\s+т\.\s?ч|оның\s+ішінде)")


#: a pronoun opening a clause that points back at the people of the clause before: "им", "которым", "оларға"
_POINTING_BACK_RE = re.compile(r"(?i)\s*(?:им|которым|ими|оларға|олардың)(?![^\W\d_])")


def subject_carried(text: str, prev: "_Num", n: "_Num", sents) -> str | None:
    """The branch of the figure before ``n``, when the clause of ``n`` goes
    on about the same subject after a comma without naming one of its own
    ("Фонд библиобуса – 6 850 экз., за год пополнен на 1 240 экз."): the
    figure of the same indicator family, in the same sentence, with no
    library, system, total or "of which" word between; or the clause
    opens with a pronoun pointing back at them ("Надомным абонементом
    охвачено 412 читателей, им выдано 9 860 экз.")."""
    if prev.metric is None or n.metric is None or not (prev.category or "").startswith(("branch:", "department:")) \
            or not _same_sentence(sents, prev, n):
        return None
    gap = text[prev.end:n.start]
    if "," not in gap or ";" in gap or _OWN_SUBJECT_RE.search(gap):
        return None
    # a pronoun pointing back at the readers before ("… охвачено 1 420 пользователей, им выдано 18 300 экз.")
    # carries them to a figure of another kind; else the same indicator family goes on
    if _POINTING_BACK_RE.match(text, prev.end + gap.index(",") + 1) \
            or prev.metric.id.split(".")[0] == n.metric.id.split(".")[0] and prev.category.startswith("branch:"):
        return prev.category
    return None


#: a district or a town named by its own name where a figure is (the locative or the genitive): "в Бурабайском
#: районе", "Зерендинского района", "в г. Кокшетау", "в г. Степногорске", "Бурабай ауданында", "Көкшетау
#: қаласында", "Бурабай ауданы бойынша"
_PLACE_NAMED_RE = re.compile(
    rf"(?i)(?<![^\W\d_])(?:(?P<adj>(?-i:[{UPPER}])[^\W\d_]+(?:-[^\W\d_]+)*(?:ск|цк)(?:ом|ого))\s+(?:районе|района)"
    rf"|(?:в|во)\s+(?:г\.\s*|городе\s+)(?P<town>(?-i:[{UPPER}])[^\W\d_]+(?:-[^\W\d_]+)*)"
    rf"|(?P<kk>(?-i:[{UPPER}])[^\W\d_]+(?:-[^\W\d_]+)*)\s+(?P<level>аудан|қала)(?:ында|сында|ы\s+бойынша))"
    rf"(?![^\W\d_])")


def place_named(text: str, start: int, pos: int) -> str | None:
    """The category of the district or town (``branch:бурабайский район``,
    ``branch:г кокшетау``, ``branch:бурабай ауданы``, in the nominative)
    the clause from ``start`` names before the figure at ``pos``."""
    m = None
    for m in _PLACE_NAMED_RE.finditer(text, start, pos):
        pass
    if m is None:
        return None
    if m.group("adj"):
        name = re.sub(r"(ск|цк)(?:ом|ого)$", r"\1ий", m.group("adj")) + " район"
    elif m.group("town"):
        name = "г " + town_nominative(m.group("town"))  # "в г. Степногорске": Степногорск
    else:
        name = m.group("kk") + (" ауданы" if m.group("level") == "аудан" else " қаласы")
    return "branch:" + normalize_label(name)


#: the readers just counted, pointed back to: "выдано им", "для них", "оларға" (not "им." of a library's name)
_TO_THEM_RE = re.compile(r"(?i)(?<![^\W\d_])(?:им|ими|для\s+них|оларға)(?![^\W\d_]|\.)")
#: what may stand in brackets before a figure alone in them: nothing, or a word of about ("около", "более")
_FIGURE_ALONE_RE = re.compile(r"(?i)\s*(?:(?:около|более|свыше|почти)\s+)?")


def place_before_brackets(text: str, n: "_Num", parens: list[tuple[int, int]], sents) -> str | None:
    """The district or town (as :func:`place_named`) whose name stands
    right before the brackets holding the figure ``n``: "в Целиноградском
    районе (185 400)", "библиотеки Зерендинского района (поступило 8 420
    экз.)"."""
    sp = _inside(n.start, parens)
    if sp is None:
        return None
    s0 = _sentence_at(sents, n.start, (0, len(text)))[0]
    m = None
    for m in _PLACE_NAMED_RE.finditer(text, s0, sp[0]):
        pass
    if m is None or text[m.end():sp[0]].strip():
        return None
    return place_named(text, m.start(), sp[0])


def _metric_before_place(text: str, tk: Tokens, n: "_Num", sp: tuple[int, int], parens, sents) -> Hit | None:
    """The last metric the sentence names before the place whose brackets
    hold ``n`` ("Наибольшая книговыдача – в Целиноградском районе (185 400),
    наименьшая – в Жаксынском районе (46 300)"), outside other brackets."""
    s0 = _sentence_at(sents, n.start, (0, len(text)))[0]
    hits = [h for h in tk.hits if h.kind == "M" and s0 <= h.start and h.end <= sp[0]
            and _inside(h.start, parens) is None]
    return hits[-1] if hits else None


#: a mark that ends a clause: a comma, a semicolon, a full stop other than that of the abbreviation "г."
_CLAUSE_MARK_RE = re.compile(r"[;!?,]|(?<!(?<![^\W\d_])[гГ])\.")


def _next_place(text: str, prev: "_Num", n: "_Num") -> str | None:
    """The place (as :func:`place_named`) an item after a comma names right
    before the dash of its figure ``n``, when the figure before it, ``prev``,
    is another place's: "…, в г. Кокшетау – 41 200", "…, Көкшетау қаласында –
    41 200"."""
    # (the full stop of "г." ends no clause: "В г. Экибастузе … – 24 100, в г. Семее – 41 300")
    start = max((m.end() for m in _CLAUSE_MARK_RE.finditer(text, 0, prev.start)), default=0)
    if not (prev.category or "").startswith("branch:") or prev.category != place_named(text, start, prev.start):
        return None
    gap = text[prev.end:n.start]
    cut = max(gap.rfind(","), gap.rfind(";"))
    if cut < 0 or re.search(r"[\d.!?]", gap[:cut]) or not re.search(r"[–—-]\s*$", gap):
        return None
    m = _PLACE_NAMED_RE.search(text, prev.end + cut + 1, n.start)
    if m is None or not re.fullmatch(r"\s*(?:(?:а|и|және)\s+)?", text[prev.end + cut + 1:m.start()]) \
            or not re.fullmatch(r"\s*[–—-]\s*", text[m.end():n.start]):
        return None
    return place_named(text, m.start(), n.start)


#: the metrics of the system as a whole, never one library's
_NO_BRANCH_METRICS = ("libraries.", "population.", "coverage.")
_ITEM_CUT_RE = re.compile(r"[;:]")
_DEPARTMENT_CUT_RE = re.compile(r"[,;:]")
#: a library's kind or its own name before the noun ("Центральная районная", "Сельская", "Златопольская",
#: "Орталық аудандық", "Ақмая ауылдық"): a bare "Библиотека", "Кітапхана" is the report's own
_LIBRARY_KIND = (r"(?:центральн|районн|городск|сельск|детск|юношеск|модельн|поселков|орталық|аудандық|қалалық|ауылдық"
                 r"|балалар|жасөспірім)[^\W\d_]*")
#: a place's name may be joined by a hyphen, as Kyrgyz and Kazakh names of villages are ("Кызыл-Октябрьская",
#: "Ак-Тузская")
_LIBRARY_ADJ = rf"(?:{_LIBRARY_KIND}|(?-i:[{UPPER}])[^\W\d_]+(?:-[^\W\d_]+)*(?:ская|ской|скую|ский|ского))"
_LIBRARY_NOUN = (r"(?:библиотек(?:а|и|е|у|ой|ою|ам|ах|ами)?(?:-филиал[^\W\d_]*)?|кітапхана(?:-филиал)?[^\W\d_]*"
                 r"|филиал[^\W\d_]*)")
#: a library or a group of libraries at the head of a sentence or of a list item: the subject whose figures the
#: item gives ("Центральная районная библиотека – 2 146 читателей, 15 870 посещений, 38 420 экз.;", "В сельской
#: библиотеке с. Каменка – 290 читателей", "Библиотека-филиал № 3 – …", "Орталық аудандық кітапхана 6 815
#: оқырманға қызмет көрсетіп, …", "Аудандық балалар кітапханасында оқырмандар саны – 3 204, …", "Ауылдық
#: кітапхана-филиалдар бойынша: …"); not the system ("библиотечная система", "кітапханалар жүйесі") nor a
#: library joined to others ("Центральная библиотека и 24 филиала обслужили …")
_ITEM_LIBRARY_RE = re.compile(
    rf"(?i)[\s•·▪●◦*\-–—]*(?:\d{{1,2}}[.)]\s+)?(?:(?:в|во|по|у)\s+)?"
    rf"(?P<lib>(?:(?:(?:{_LIBRARY_ADJ})\s+){{1,3}}{_LIBRARY_NOUN}(?:\s*№\s*\d{{1,3}})?"
    rf"|библиотек[^\W\d_]*-филиал[^\W\d_]*\s*№\s*\d{{1,3}}|филиал[^\W\d_]*\s*№\s*\d{{1,3}}"
    rf"|№\s*\d{{1,3}}\s*(?:[^\W\d_]+\s+)?(?:кітапхана-)?филиал[^\W\d_]*|(?-i:ЦРБ|ЦГБ|ЦДБ|ЦРДБ|ЦГДБ)"
    rf"|(?-i:[{UPPER}])[^\W\d_]+\s+ауылдық\s+кітапхана[^\W\d_]*)"
    # the village or the eponym the name goes on with: "с. Каменка", "им. М. Горького", "им. А. С. Пушкина"
    rf"(?:\s+(?:с|пос|п|им|а)\.?\s*(?:(?-i:[{UPPER}])\.\s*){{0,2}}(?-i:[{UPPER}])[^\W\d_]+)?)"
    rf"(?![^\W\d_])(?!\s*(?:систем|жүйе|и\s|және|мен\s|бен\s|пен\s|а\s+также|,\s*(?:{_LIBRARY_ADJ})\s))")
#: a figure of the whole system beside a branch's: "всего по ЦБС", "жүйе бойынша", "барлығы"
_SYSTEM_TOTAL_RE = re.compile(r"(?i)(?<![^\W\d_])(?:ЦБС|ЦРБС|ОКЖ|жүйе[^\W\d_]*|систем[^\W\d_]*|всего|итого"
                              r"|барлығы|жиыны|в\s+целом)(?![^\W\d_])")


def _after_readers_and_visits(nums: list["_Num"], i: int, sents) -> bool:
    """The figure ``nums[i]`` comes right after the readers and the visits
    of its sentence, in this order."""
    before = [o for o in nums[:i] if _same_sentence(sents, o, nums[i])][-2:]
    return [o.metric.id if o.metric is not None else None for o in before] == ["users.registered", "visits.total"]


def _item_library(text: str, pos: int, sentence: tuple[int, int]) -> str | None:
    """The category of the library (or the group of libraries) an item of a
    report heads: the sentence, or the part of it after a semicolon or a
    colon, the figure at ``pos`` is in, whose first words name one library
    ("Сельская библиотека с. Каменка – 312 читателей, 4 100 посещений") or a
    group ("Ауылдық кітапхана-филиалдар бойынша: оқырмандар – 9 851, …"), or
    whose colon a library's name ends ("Лучшие показатели у Прииртышской
    библиотеки: пользователей – 1 102", "Ертіс ауылдық кітапханасында: …"),
    or a department of a library ("отдел абонемента – 3 412 читателей",
    "балалар бөлімі – 2 905 оқырман"); else a library the sentence names
    as where its verb goes ("в модельную библиотеку записалось 1 146 …",
    "Ертіс ауылдық кітапханасына 310 оқырман жазылды").
    An item after a semicolon that names none is no one library's; a total
    of the system in the figure's own stretch is the system's."""
    starts = [sentence[0]] + [m.end() for m in _DEPARTMENT_CUT_RE.finditer(text, sentence[0], pos)]
    for k in range(len(starts) - 1, -1, -1):
        cut = text[starts[k] - 1] if k > 0 else ""
        d = _DEPARTMENT_ITEM_RE.match(text, starts[k], pos) or _DEPARTMENT_IN_RE.match(text, starts[k], pos)
        if d is not None and not _SYSTEM_TOTAL_RE.search(text, d.end(), pos):
            return "department:" + normalize_label(_LOCATIVE_END_RE.sub(_nominative, _FUND_OF_RE.sub("", d.group("dep"))))
        if cut == ",":
            continue  # a department's item may follow another's after a comma, a library's not
        m = _ITEM_LIBRARY_RE.match(text, starts[k], pos)
        if m is not None and not _SYSTEM_TOTAL_RE.search(text, m.end(), pos):
            lib = m.group("lib")
            return _library_category(lib)
        if cut == ":" and not _SYSTEM_TOTAL_RE.search(text, starts[k], pos):
            before = max([a for a in starts[:k] if a == sentence[0] or text[a - 1] in ";:"])
            lib = _library_before_colon(text, before, starts[k] - 1)
            if lib is not None:
                return lib
        if cut == ";":
            return None
    m = None
    for m in _LIBRARY_GONE_TO_RE.finditer(text, sentence[0], pos):
        pass
    if m is not None and not _SYSTEM_TOTAL_RE.search(text, sentence[0], pos) \
            and not _ITEM_CUT_RE.search(text, m.end(), pos):
        lib = m.group("ru") or m.group("kk")
        return _library_category(lib)
    return None


#: a name of a library, of several or of a place inside a sentence: the subject is no longer one library
_OTHER_SUBJECT_RE = re.compile(
    rf"(?i)(?<![^\W\d_])(?:(?:{_LIBRARY_ADJ})\s+{_LIBRARY_NOUN}|библиотек(?:ами|ах|ам)?|кітапханалар[^\W\d_]*"
    rf"|район[^\W\d_]*|област[^\W\d_]*|город[^\W\d_]*|аудан[^\W\d_]*|облыс[^\W\d_]*)(?![^\W\d_])")


_LIBRARIES_WORD_RE = re.compile(r"(?i)библиотек|кітапхана")
#: a library's kind between a figure and the noun it counts: "24 сельские библиотеки", "25 сельских библиотек-филиалов"
_KIND_BEFORE_NOUN_RE = re.compile(rf"(?i)\s+{_LIBRARY_KIND}\s+")


def _library_unit_after_kind(text: str, n: "_Num", tk: Tokens) -> str | None:
    """The libraries or branches a figure counts with their kind between
    ("24 сельские библиотеки"): the kind says which libraries, the noun
    what is counted."""
    k = _KIND_BEFORE_NOUN_RE.match(text, n.end)
    start = max(text.rfind(c, 0, n.start) for c in ".;!?") + 1
    if k is None or _LIBRARIES_WORD_RE.search(text, start, n.start) or _FIRST_KIND_BEFORE_RE.search(text, start, n.start):
        # "30 библиотек: 2 городские и 28 сельских библиотек": a group of the libraries counted before; "4 городские
        # и 11 сельских библиотек": the second of two groups
        return None
    return next((h.id for h in tk.hits if h.kind == "U" and h.start == k.end() and h.id in ("libraries", "branches")),
                None)


#: libraries counted by a figure: "26 библиотек", "197 кітапхана", "24 библиотеки", "352 государственные
#: общедоступные библиотеки"
#: (the noun after up to three words that qualify it: "197 мемлекеттік жалпыға қолжетімді кітапхана")
_LIBRARIES_COUNTED_RE = re.compile(r"(?i)\d\s+(?:[^\W\d_]+\s+){0,3}(?:библиотек|кітапхана)"
                                   # or named before a dash and their figure: "Кітапханалар саны – 31", "Число библиотек – 31"
                                   r"|(?<![^\W\d_])(?:библиотек|кітапхана)[^\W\d_]*(?:\s+[^\W\d_]+)?"
                                   # (the date of the count between: "Сеть библиотек области на 1 января 2025 года – 262")
                                   r"(?:\s+(?:по\s+состоянию\s+)?на\s+(?:\d{1,2}\.\d{2}\.\d{2,4}|\d{1,2}\s+[^\W\d_]+\s+\d{4})"
                                   r"(?:\s*(?:года|г\.))?)?\s*[–—:-]\s*\d")


#: the kind of a part of the libraries counted before, alone before the dash of its figure: "из них сельских – 19",
#: "в т.ч. городских – 2"
_GROUP_KIND_BEFORE_RE = re.compile(r"(?i)(?:из\s+них|в\s+т\.\s*ч\.|в\s+том\s+числе)\s+"
                                   # (or the second kind after the first's figure: "в т.ч. городских – 2, сельских – 19")
                                   r"(?:(?:сельск|городск)(?:их|ие)\s*[–—-]\s*\d[\d\s\u00a0]*(?:[.,]\d+)?\s*,\s*(?:и\s+)?)?"
                                   r"(сельск|городск)(?:их|ие)\s*[–—-]\s*$"
                                   # the Kazakh form: "Кітапханалар желісі – 187, оның ішінде ауылдық кітапханалар –
                                   # 142", "оның ішінде ауылдық – 142"
                                   r"|(?:оның|соның)\s+ішінде\s+(ауылдық|қалалық)(?:\s+кітапхана(?:лар)?)?\s*[–—-]\s*$")
#: the libraries named before that part: "Количество библиотек – 21", "Сеть – 21 библиотека"
_LIBRARIES_NAMED_RE = re.compile(r"(?i)(?<![^\W\d_])(?:библиотек|кітапхана)(?!ар|ечн|лық|шы)")


def _library_group_counted(text: str, n: "_Num", tk: Tokens) -> tuple[str | None, str] | None:
    """The unit and group of a figure that counts a group of the libraries
    its sentence counted before ("26 библиотек: …, районная детская
    библиотека и 24 сельские библиотеки", "в том числе 20 сельских
    библиотек", "оның ішінде 20 ауылдық кітапхана", "оның ішінде 142-сі
    ауылдық жерде"): the part of the libraries that group accounts for."""
    group = counted_library_group(text, n.end)
    # (its sentence: the "г." of a year in brackets, "(в 2018 г. – 356), из них 289 – сельские", ends none)
    start = max([text.rfind(";", 0, n.start) + 1] + [e.end() for e in _SENTENCE_END_RE.finditer(text, 0, n.start)])
    if group is None and (k := _GROUP_KIND_BEFORE_RE.search(text, start, n.start)) is not None:
        # "Количество библиотек – 21, из них сельских – 19": the kind alone, before the dash of its figure
        kind = (k.group(1) or k.group(2)).lower()
        group = "branch:" + {"с": "сельские библиотеки", "г": "городские библиотеки", "а": "ауылдық кітапханалар",
                             "қ": "қалалық кітапханалар"}[kind[0]]
        if _LIBRARIES_NAMED_RE.search(text, start, k.start()):
            return "libraries", group
        # "Число пользователей – 9 100, из них сельских – 4 200": the part of another whole the rural (urban)
        # libraries account for, as "в сельской местности" says it; no count of libraries
        return None, group
    if group is None or not (_LIBRARIES_COUNTED_RE.search(text, start, n.start) or _SECOND_KIND_RE.match(text, n.end)
                             or _FIRST_KIND_BEFORE_RE.search(text, start, n.start)
                             # "Из 29 сельских библиотек 12 расположены в зданиях школ": the group named whole
                             # before the parts its sentence goes on to count
                             or _OUT_OF_BEFORE_RE.search(text, start, n.start)
                             # "26 ауылдық кітапхананың 20-сы Интернетке қосылған": the Kazakh form of it, the
                             # whole in the genitive before its part in the possessive
                             or _KK_WHOLE_OF_PART_AFTER_RE.match(text, n.end)):
        # "Жүйеде балалар кітапханасы және 21 ауылдық кітапхана бар": no libraries counted first (two kinds that
        # share their noun, "4 городские и 11 сельских библиотек", are two groups whatever comes before)
        return None
    first = _SECOND_KIND_RE.match(text, n.end)
    k = first or _KIND_BEFORE_NOUN_RE.match(text, n.end)
    unit = next((h.id for h in tk.hits if h.kind == "U" and k is not None and h.start == k.end()
                 and h.id in ("libraries", "branches")), None)
    if unit is None and any(_LIBRARY_KINDS_LISTED_RE.fullmatch(text, c.end(), n.start)
                            for c in _LIBRARIES_COUNT_RE.finditer(text, start, n.start)):
        unit = "libraries"  # "15 библиотек: 5 городских и 10 сельских": the kinds alone, the noun counted first left out
    if unit is None and _KK_WHOLE_OF_PART_AFTER_RE.match(text, n.end):
        unit = "libraries"  # "26 ауылдық кітапхананың 20-сы": the libraries in the genitive, the whole of a part
    if unit is None and _OUT_OF_LIBRARIES_SYSTEM_RE.search(text, start, n.start) and _KIND_ALONE_AFTER_RE.match(text, n.end):
        unit = "libraries"  # "Из 28 библиотек системы 22 сельские": the whole counted after "из", the kind alone
    return unit, group


#: the libraries counted after "из" right before the figure of a part, a word or two of theirs between ("Из 28
#: библиотек системы 22 сельские", "из 31 библиотеки района 27 – сельские")
_OUT_OF_LIBRARIES_SYSTEM_RE = re.compile(r"(?i)(?<![^\W\d_])из\s+\d[\d\s\u00a0]*\s(?:библиотек|филиал)[^\W\d_]*"
                                         r"(?:\s+(?!(?:и|или)\s)[^\W\d_]+){0,2},?\s+$")
#: a kind of library alone after a figure, its noun left out, at the end of its clause: "22 сельские.", "27 – сельских;"
_KIND_ALONE_AFTER_RE = re.compile(rf"(?i)\s*(?:[–—-]\s*)?{_LIBRARY_KIND}(?=\s*(?:[.,;)]|$))")


#: a figure and the libraries it counts: "15 библиотек", "21 библиотека ЦБС"
_LIBRARIES_COUNT_RE = re.compile(r"(?i)(?<![\d.,])\d[\d\s\u00a0]*\s(?:[^\W\d_]+\s+){0,2}?(?:библиотек|кітапхана)(?!ар|ечн|лық|шы)"
                                 r"[^\W\d_]*(?:\s+[^\W\d_]+)?")
#: between the libraries counted and the figure of one kind of them, its noun left out: a colon or a dash, "из
#: них", and the other kind's figure ("15 библиотек: 5 городских и 10 сельских")
_LIBRARY_KINDS_LISTED_RE = re.compile(rf"(?i)\s*[:–—-]\s*(?:(?:из\s+них|в\s+том\s+числе|в\s+т\.\s*ч\.)\s*[:–—-]?\s*)?"
                              rf"(?:\d[\d\s\u00a0]*\s{_LIBRARY_KIND}\s*(?:,|и)\s*)?")
#: the first of two kinds counted in one phrase up to the noun they share ("7 городских и 12 сельских филиалов")
_SECOND_KIND_RE = re.compile(rf"(?i)\s+{_LIBRARY_KIND}\s+(?:и|және)\s+\d[\d\s\u00a0]*{_LIBRARY_KIND}\s+")
#: the first of two kinds and its figure right before the second's figure: "4 городские и " (11 сельских библиотек)
_FIRST_KIND_BEFORE_RE = re.compile(rf"(?i)(?<![\d.,])\d[\d\s\u00a0]*\s{_LIBRARY_KIND}\s+(?:и|және)\s+$")
#: the librarians a figure counts, right after it: "2 библиотекаря", "3 кітапханашы", "5 библиотечных работников"
_LIBRARIANS_AFTER_RE = re.compile(r"(?i)\s*(?:библиотекар|кітапханашы|библиотечн[^\W\d_]*\s+работник)")
#: people at work in a clause: "работают", "трудятся", "ведут обслуживание", "обслуживание осуществляют",
#: "жұмыс істейді", "қызмет көрсетеді"
_STAFF_AT_WORK_RE = re.compile(r"(?i)(?<![^\W\d_])(?:(?:работа(?:ют|ли|ет|л)|трудятся|трудились|вед(?:ут|ёт|ет)"
                               r"|осуществля(?:ют|ли|ет)|обслужива(?:ют|ли|ет))(?![^\W\d_])"
                               r"|жұмыс\s+істе|қызмет\s+көрсет|еңбек\s+ет)")
#: the librarians' noun, then another post beside them: "2 библиотекаря и водитель", "2 кітапханашы мен 1
#: жүргізуші", "библиотекарь, водитель"
_OTHER_POST_AFTER_RE = re.compile(r"(?i)\s*(?:библиотекар|кітапханашы)[^\W\d_]*\s*(?:,|и|мен|және)\s*(?:\d+\s+)?"
                                  r"(?:водител|жүргізуші|оператор|техни|сторож|уборщ|бухгалтер|вахт[её]р|күзетші"
                                  r"|тазалаушы|программист|художник|кассир)")
#: two kinds of libraries counted together after a figure: "7 300 читателей в 5 городских и 12 сельских библиотеках"
#: are the readers of both groups, of neither alone
_TWO_KINDS_RE = re.compile(rf"(?i)\d[\d\s\u00a0]*\s{_LIBRARY_KIND}\s+(?:и|және)\s+(?:в\s+)?\d")
#: the libraries a figure counts, after their kind or after two kinds that share them: "в 14 сельских
#: библиотеках", "в 5 городских и 12 сельских библиотеках" (branches are counted as such)
_KINDS_THEN_LIBRARIES_RE = re.compile(rf"(?i)(?:\s+{_LIBRARY_KIND}\s+(?:и|және)\s+(?:в\s+)?\d[\d\s\u00a0]*)?\s+{_LIBRARY_KIND}\s+"
                                      r"(?:библиотек(?!ар|ечн)|кітапхана(?!лық|шы))[^\W\d_]*(?!\s+из\s+\d)")


#: a library named together with its branches: "… вместе с 4 филиалами", "и её филиалы", "филиалдарымен бірге":
#: the subject is the whole system, not one library
_WITH_BRANCHES_RE = re.compile(
    r"(?i)(?<![^\W\d_])(?:(?:вместе\s+|совместно\s+)?(?:с|со|и)\s+(?:\d{1,3}\s+|(?:е[её]|своими|всеми)\s+)?филиал"
    r"|филиалдар[^\W\d_]*\s+бірге|\d{1,3}\s+филиалымен)")


def _paragraph_library(text: str, pos: int, sents) -> str | None:
    """The library a paragraph opens with, for a figure of a later sentence
    of it that names no other subject: a report that gives a paragraph to
    each library ("Боролдойская сельская библиотека обслужила 412
    читателей … . Проведено 14 мероприятий. Фонд библиотеки на 01.07.2020 –
    9 846 экз.") tells that library's work in each of its sentences."""
    first = sents[0] if sents else None
    if first is None or pos < first[1]:
        return None
    m = _ITEM_LIBRARY_RE.match(text, first[0], first[1])
    if m is None or _SYSTEM_TOTAL_RE.search(text, m.end(), pos) or _OTHER_SUBJECT_RE.search(text, first[1], pos) \
            or _MAIN_LIBRARY_RE.search(text, first[1], pos) or _BRANCH_RE.search(text, first[1], pos) \
            or _WITH_BRANCHES_RE.search(text, m.end(), first[1]):
        return None
    lib = m.group("lib")
    return None if library_group(lib) else _library_category(lib)


def branch_of_whole(parent: "_Num | None", n: "_Num", sents) -> str | None:
    """The branch of the whole a part counts ("Соколовская библиотека …
    Читателей 534, в том числе 206 детей": the children are that
    library's), when the whole stands in the part's sentence with a
    metric and a branch category; else None."""
    if parent is None or parent.metric is None or n.metric is None or parent.how == "part" \
            or not _same_sentence(sents, parent, n):
        # (a part of a part is kept one level deep: "…, в том числе сельские библиотеки – 3 000, из них детей – 900")
        return None
    return parent.category if (parent.category or "").startswith("branch:") else None


#: the settlement a library is of, written after its name: an agro-town of Belarus ("библиотеки-филиала
#: агрогородка", "библиотека аг. Накрышки", "библиотека агрогородка Новоельня"), a village ("с. Каменка")
_SETTLEMENT_AFTER = (rf"\s+(?:агрогородк[^\W\d_]*(?:\s+(?-i:[{UPPER}])[^\W\d_-]+(?:-[^\W\d_]+)*)?"
                     rf"|(?:аг|с|д|пос|п)\.\s*(?-i:[{UPPER}])[^\W\d_-]+(?:-[^\W\d_]+)*)")
#: a library's name (its kind or own name before the noun, in any case) ending a stretch of text
_LIBRARY_NAME_END_RE = re.compile(
    rf"(?i)(?<![^\W\d_])(?P<lib>(?:(?:{_LIBRARY_ADJ})\s+){{1,3}}{_LIBRARY_NOUN}(?:\s*№\s*\d{{1,3}})?(?:{_SETTLEMENT_AFTER})?"
    rf"|(?:библиотек[^\W\d_]*-)?филиал[^\W\d_]*\s*№\s*\d{{1,3}}|{_LIBRARY_NOUN}{_SETTLEMENT_AFTER})\s*$")


def _library_before_colon(text: str, start: int, colon: int) -> str | None:
    """The category of the library whose name ends right before the colon at
    ``colon`` (the stretch from ``start``): the one whose figures the list
    after the colon gives."""
    m = _LIBRARY_NAME_END_RE.search(text[start:colon])
    if m is None or _SYSTEM_TOTAL_RE.search(m.group("lib")):
        return None
    return _library_category(m.group("lib"))


#: a department of a library at the head of an item, before its figures: "отдел абонемента –", "детский отдел –",
#: "читальный зал –", "сектор краеведения:", "абонемент бөлімі –", "оқу залы –"
_DEPARTMENT_ITEM_RE = re.compile(
    r"(?i)[\s•·▪●◦*\-–—]*(?:\d{1,2}[.)]\s+)?(?:(?:в|во|на|по|у)\s+)?"
    r"(?P<dep>(?:[^\W\d_]+\s+)?(?:отдел|сектор)[^\W\d_]*(?:\s+[^\W\d_]{3,}){0,2}?"
    r"|(?:[^\W\d_]+\s+)?(?:читальн[^\W\d_]*\s+зал|абонемент)[^\W\d_]*"
    r"|(?:[^\W\d_]+\s+){1,2}(?:бөлім|секторы|залы)[^\W\d_]*)"
    r"\s*[–—:-]\s*(?=\d|$)")
# every match names a department: "отдел", "сектор" ("секторы"), a reading room, "абонемент", "бөлім", "залы"
_DEPARTMENT_ITEM_RE = gated(_DEPARTMENT_ITEM_RE, "отдел", "сектор", "читальн", "абонемент", "бөлім", "залы")
#: a department of a library in the Kazakh locative right before the figure, the library's name in the genitive
#: before it or not: "абонемент бөлімінде 3 120 оқырман", "Орталық кітапхананың оқу залында 1 050 оқырман"
_DEPARTMENT_IN_RE = re.compile(
    rf"(?i)[\s•·▪●◦*\-–—]*(?:\d{{1,2}}[.)]\s+)?(?:(?:[^\W\d_]+\s+){{0,3}}?{_LIBRARY_NOUN}[^\W\d_]*ң\s+)?"
    r"(?P<dep>(?:[^\W\d_]+\s+){1,2}(?:бөлім|сектор|зал)[^\W\d_]*(?:нде|нда|(?:нің|ның)\s+қорында))"
    r"\s*[–—-]?\s*(?=\d|$)")
#: the locative ending of a department's name, and its nominative: "бөлімінде" – "бөлімі", "залында" – "залы"
_LOCATIVE_END_RE = re.compile(r"(?i)(?<=[^\W\d_])(і|ы)?(нде|нда)$")
#: a department's fund in the locative after its name in the genitive: "Сирек кітаптар бөлімінің қорында 8 215
#: дана" (the department's holdings); its name in the nominative is the genitive less "-нің"
_FUND_OF_RE = re.compile(r"(?i)(?<=[^\W\d_])(?:нің|ның)\s+қорында$")


def _nominative(m: re.Match[str]) -> str:
    return m.group(1) or ("ы" if m.group(2) == "нда" else "і")


#: the case ending after the possessive of a Kazakh library's name: "Жаңалық ауылдық кітапханасының оқырмандары"
#: (genitive), "кітапханасында" (locative), "кітапханасына" (dative), "кітапхана-филиалынан" (ablative)
#: (or after the bare noun: "Орталық кітапхананың", "кітапханада", "кітапханаға")
_LIBRARY_CASE_END_RE = re.compile(r"(?i)((?:кітапхана|филиал)[^\W\d_]*?(?:сы|сі|ы|і)|кітапхана)(?:ның|нің|нда|нде|на|не"
                                  r"|нан|нен|мен|н|да|ға|дан)$")


def _library_category(lib: str) -> str:
    """The category of a library named in a sentence: its group ("ауылдық
    кітапханалар"), else the library in the nominative, whatever case the
    sentence puts a Kazakh name in ("Жаңалық ауылдық кітапханасының
    оқырмандары" is "branch:жаңалық ауылдық кітапханасы")."""
    return library_group(lib) or "branch:" + normalize_label(kazakh_library_nominative(lib))


def kazakh_library_nominative(lib: str) -> str:
    """A Kazakh library's name in the nominative ("Жаңалық ауылдық
    кітапханасының" -> "Жаңалық ауылдық кітапханасы"); any other name as it is."""
    return _LIBRARY_CASE_END_RE.sub(r"\1", lib.strip())


#: a library a sentence's verb goes to or registers in, before the figure: "в модельную библиотеку записалось",
#: "в сельскую библиотеку-филиал № 4 пришли", "Ертіс ауылдық кітапханасына … жазылды" (a bare "в библиотеку",
#: "кітапханаға" is the report's own)
_LIBRARY_GONE_TO_RE = re.compile(
    rf"(?i)(?<![^\W\d_])(?:(?:в|во)\s+(?P<ru>(?:(?:{_LIBRARY_ADJ})\s+){{1,3}}библиотек(?:у|и)(?:-филиал[^\W\d_]*)?"
    rf"(?:\s*№\s*\d{{1,3}})?)|(?P<kk>(?:(?-i:[{UPPER}])[^\W\d_]+\s+)?(?:(?:{_LIBRARY_ADJ})\s+){{1,3}}кітапхана(?:-филиал)?(?:сы|сі)?на))"
    rf"(?![^\W\d_])")
# every match holds "библиотек" or "кітапхана"
_LIBRARY_GONE_TO_RE = gated(_LIBRARY_GONE_TO_RE, "библиотек", "кітапхана")


#: another library than the report's, before a figure in its clause
_OTHER_LIBRARY_RE = re.compile(r"(?i)(?<![^\W\d_])(?:школьн\w*\s+библиотек|мектеп\s+кітапхана)[^,;.]*$")
#: the words opening a sentence that compares with another library (searched anywhere first, then matched at
#: each sentence's start)
#: metrics of the library's own output, which the staff who made it do not divide
_OUTPUT_METRICS = ("media.", "bibliography.", "digitization.", "catalog.")
_COMPARISON_LEAD_RE = gated(re.compile(r"(?i)\s*(?:для\s+сравнения|салыстыру\s+үшін)(?![^\W\d_])"),
                            "сравнения", "салыстыру")
_YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
#: the words opening an aside about another year or another library: "Для сравнения", "Справочно", "Салыстыру үшін"
_ASIDE_LEAD_RE = gated(re.compile(r"(?i)\s*(?:для\s+сравнения|справочно|салыстыру\s+үшін|анықтама\s+үшін)(?![^\W\d_])"),
                       "сравнения", "справочно", "салыстыру", "анықтама")
def aside_line(text: str) -> bool:
    """Whether a paragraph is the word "Справочно" ("Для сравнения",
    "Анықтама үшін") alone, ending in a colon or a full stop: the heading
    of the background figures the paragraph after it gives."""
    m = _ASIDE_LEAD_RE.match(text)
    return m is not None and not text[m.end():].strip(" \t:.—–-")


#: beyond the plan, before a figure in its clause
_BEYOND_PLAN_RE = re.compile(r"(?i)(?<![^\W\d_])(?:сверх\s+плана|вне\s+плана|жоспардан\s+тыс)(?![^\W\d_])[^,;.]*$")
#: a verb of change and "до" before a figure: the level something came to ("снизился до", "вырос до")
_LEVEL_BEFORE_RE = re.compile(r"(?i)(?<![^\W\d_])(?:снизил|сократил|уменьшил|увеличил|вырос|возрос|вырастет|достиг)"
                              r"[^\W\d_]*\s+до\s*$")
#: a dash between a label and its figure
_DASH_GAP_RE = re.compile(r"\s*[–—-]\s*")
#: leader dots between a label and its figure
_LEADER_RE = re.compile(r"(?:\.\s?){3,}\.?|…+")
#: a figure typed in a hurry with its unit glued on ("9840адам", "186 400дана", "1250данаға", "185000тг",
#: "48экз.", "3,5мың тг"): the unit word is read after a space, as if typed with one; an ordinal ("5ші"), a
#: year's letter ("2024ж") or a number of a name ("5А") glues on no unit word
_GLUED_UNIT_RE = re.compile(r"(?<![^\W\d_])\d(?:[\d\s\u00a0]*\d)?(?:[.,]\d+)?(?=(?:дана|адам|кісі|экз|рет|бірлік|тг|теңге|тенге"
                            r"|мың|тыс|млн|сом|сум\b|руб|чел|жазба|мақала)(?!\d))", re.I)


def _unglued(text: str, source):
    """``text`` with a space between each figure and the unit glued to it,
    and the source cut at the new text's offsets (:class:`SourceCuts`), so
    that evidence and labels stay the source's own words."""
    cuts = [m.end() for m in _GLUED_UNIT_RE.finditer(text)] if re.search(r"\d[^\W\d_]", text) else []
    if not cuts:
        return text, source
    base, origin = (source.text, source.origin) if isinstance(source, SourceCuts) else (source, range(len(text) + 1))
    out: list[str] = []
    new_origin: list[int] = []
    pos = 0
    for c in cuts:
        out += [text[pos:c], " "]
        new_origin += [*origin[pos:c], origin[c]]
        pos = c
    out.append(text[pos:])
    new_origin += origin[pos:]
    return "".join(out), SourceCuts(base, new_origin)


#: a name in quotes (an event's, a contest's, a book's)
_QUOTED_NAME_RE = re.compile(r"«[^«»]{1,120}»|“[^“”]{1,120}”|„[^„“”]{1,120}[“”]")
#: school grades, a group of readers and no figure: "учащиеся 5–9 классов", "1-4 сынып оқушылары", "9-го класса",
#: "для 9 и 11 классов", "5, 7 және 9 сыныптар": grades joined by "и" or commas
_GRADE_RE = gated(re.compile(r"(?i)(?<![\d,.])\d{1,2}(?:\s*[-–—]\s*\d{1,2})?(?:-?[^\W\d_]{1,3})?"
                             r"(?:(?:\s*,\s*|\s+(?:и|және|мен|бен|пен)\s+)\d{1,2}(?:-?[^\W\d_]{1,3})?)*\s*(?:класс|сынып)"),
                  "класс", "сынып")
_BRACKETED_RE = re.compile(r"\(([^()]{1,30})\)")
_BRACKETED_FIGURE_RE = re.compile(r"\(\s*\d[\d\s]*(?:[.,]\d+)?\s*(?:[^\W\d_]{1,8}\.?)?\s*\)")


def _all_masked(numbers: list, masks: list[tuple[int, int]], respectively: bool = False) -> bool:
    """Every number overlaps a masked span (a date, a period, a library's number…): the paragraph gives no
    figure, whatever else is masked; the masks are put together in stages and the reading stops at the first
    stage that leaves no number.  A paragraph saying "соответственно" is read on: the figures of its runs
    are read under masks too."""
    return not respectively and all(any(a < n.end and n.start < c for a, c in masks) for n in numbers)


_PAREN_MARK_RE = re.compile(r"[()]")


def _paren_spans(text: str) -> list[tuple[int, int]]:
    out, stack = [], []
    for m in _PAREN_MARK_RE.finditer(text) if "(" in text else ():  # the brackets only, not every character
        i = m.start()
        if m.group() == "(":
            stack.append(i)
        elif stack:
            out.append((stack.pop(), i + 1))
    for s in stack:
        out.append((s, len(text)))
    return out


#: a group of libraries, then the dash of its figure: "сельские библиотеки – ", "ауылдық кітапханаларда – "
_GROUP_THEN_DASH_RE = re.compile(r"(?i)(?:библиотек|филиал|кітапхана)[^\W\d_]*\s*[–—:-]\s*$")
#: a group's noun after the figure counting its libraries, then the dash of the group's own figure: "… 20
#: сельских библиотеках – 4 100", "… 20 ауылдық кітапханада – 4 100"
_GROUP_NOUN_THEN_FIGURE_RE = re.compile(
    r"(?i)\s+(?:[^\W\d_]+\s+){0,2}(?:библиотек|филиал|кітапхана)[^\W\d_]*(?:-[^\W\d_]+)?\s*[–—:-]\s*\d")
#: the social groups a report divides its readers into: pupils, students, workers, employees, the unemployed,
#: pensioners, teachers ("оқушылар", "студенттер", "жұмысшылар", "қызметшілер", "жұмыссыздар", "зейнеткерлер";
#: "учащиеся", "служащие", "безработные", "пенсионеры")
_SOCIAL_GROUPS = (r"(?:оқушы|студент|жұмысшы|қызметші|жұмыссыз|зейнеткер|мұғалім|учащ|школьник|студент|рабоч|служащ"
                  r"|безработн|пенсионер|учител|педагог)[^\W\d_]*")
#: (the civil servants among them with their adjective: "мемлекеттік қызметшілер – 640", "государственные служащие";
#: the pupils of schools: "мектеп оқушылары – 3 900")
_SOCIAL_GROUP_RE = re.compile(rf"(?i)\s*(?:(?:мектеп|мемлекеттік|государственн[^\W\d_]*)\s+)?{_SOCIAL_GROUPS}\s*$")
#: an item of such a list: a group, its dash and its figure ("студенттер – 3 260", "пенсионеры: 410")
_SOCIAL_GROUP_ITEM_RE = re.compile(rf"(?i)(?<![^\W\d_]){_SOCIAL_GROUPS}\s*[–—:-]\s*\d")
#: the level of education written after its kind, the figure right after: "образование высшее – 12, среднее
#: специальное – 7", "образование: высшее – 19", "білім деңгейі бойынша: жоғары – 9" (no bracket between:
#: "Библиотечное образование (высшее и среднее специальное) имеют 23 человека" counts the library education,
#: whatever its level)
_EDUCATION_THEN_HIGHER_RE = re.compile(r"(?i)(?<![^\W\d_])(?P<kind>[^\W\d_]+\s+)?(?:образовани[еяю]"
                                       r"|білім[^\W\d_]*(?:\s+деңгей[^\W\d_]*)?(?:\s+бойынша)?)"
                                       r"\s*:?\s*(?:высш[^\W\d_]*|жоғары)\s*[–—:-]\s*$")
#: the last item of a list of groups, the rest of the whole: "басқалар", "өзгелері", "прочие", "другие", "остальные"
_THE_REST_RE = re.compile(r"(?i)\s*(?:басқалар[^\W\d_]*|басқа(?:сы|лары)|өзгелер[^\W\d_]*|прочие|другие|остальные)\s*$")
#: between a share and a count in brackets right after it: "68 % (133 620 дана)", "68 пайыз (133 620"
_SHARE_THEN_COUNT_RE = re.compile(r"\s*(?:%|пайыз\w*|процент\w*)?\s*\(\s*")


def _movement_in_books(n: _Num, tk, part_spans, sents) -> bool:
    """Whether ``n``, a figure of what came into the fund or left it told in
    books, is the whole movement: no other kind of document is set beside
    the books in its paragraph (a kind after "оның ішінде" is a part, not
    beside them)."""
    return n.metric is not None and n.category == "books" and n.metric.id in ("fund.received", "fund.withdrawn") \
        and not any(h.kind == "C" and h.id != "books" and not any(
            a < h.start and _sentence_at(sents, a) == _sentence_at(sents, h.start) for a, _ in part_spans)
                    for h in tk.hits)


def _index_before_shares(nums: list[_Num], i: int, parens: list[tuple[int, int]]) -> int:
    """The index of the figure before ``nums[i]`` past the shares in percent
    written in brackets after a count ("48 210 дана (62,4 %)"), which are no
    items of the list the count is one of; -1 when there is none."""
    j = i - 1
    while j >= 0 and nums[j].unit == "percent" and _inside(nums[j].start, parens) is not None:
        j -= 1
    return j


def _inside(pos: int, spans: list[tuple[int, int]]) -> tuple[int, int] | None:
    best = None
    for a, b in spans:
        if a <= pos < b and (best is None or a > best[0]):
            best = (a, b)
    return best


def _block_facts(b: Block, fv: FactVocab, doc_period: Period | None, section_title: str = "",
                 last_item: bool = False, unnamed: bool = False, prior: str = "",
                 prior_bracket: Period | None = None, local_body: bool = False) -> list[Record]:
    # a run of leader dots between a label and its figure ("Число пользователей ........ 4 512") is read as
    # space (no end of a sentence, no decimal point); offsets stay those of the block's own text, which the
    # evidence and the labels are cut from
    text, source = cyrillic_reading(b.text)  # Latin-script Kazakh read in Cyrillic, cut from the source
    text, source = _unglued(text, source)  # "1250дана" read as "1250 дана"
    text = _LEADER_RE.sub(lambda m: " " * len(m.group(0)), text) if "..." in text or "…" in text else text
    # "Тұрғындарды қамту, %: 60,9", "Оқырмандар саны, адам: 4 812": the comma of a form's line sets the unit
    # after its label, no clause ends there (read as a space; offsets stay)
    text = _LABEL_UNIT_COMMA_RE.sub(" ", text) if "," in text else text
    text = _LABEL_PERCENT_BRACKET_RE.sub(" % ", text) if "(" in text else text  # "Охват населения (%) – 18,4"
    # "Кітап қоры (2025 жылғы 1 қаңтардағы жағдай бойынша): 52 318 дана", "Фонд (на 01.01.2025) – 94 315 экз.": a
    # bracket that dates a label right before its figure is part of the label (read without the brackets)
    text = _LABEL_DATE_BRACKET_RE.sub(_unbracketed_date, text) if "(" in text else text
    # the figures first: a paragraph whose only numbers are those of its dates and periods (a heading's year, "на
    # 1 января 2023 года") gives no figure, and the dozens of patterns that mask more of them need not be read
    numbers, partitive = find_numbers(text), find_partitive_numbers(text)
    respectively = bool(_RESPECTIVELY_RE.search(text))  # its runs are read whatever masks them
    if not numbers and not partitive:
        return []
    default_year = doc_period.year if doc_period else None
    periods = periods_in(text, default_year)
    previous = [q for q in find_previous_periods(text, doc_period)
                if not any(p.start < q.end and q.start < p.end for p in periods)]
    to_date = [q for q in find_cumulative_periods(text, doc_period)
               if not any(p.start < q.end and q.start < p.end for p in periods)]
    # "Өткен жылы 410 іс-шара өткізілсе, биыл 436", "2020 жылы … азайған болса, биыл … 12 640 адамға жетті": the
    # report's own period in words, beside one before it named in words or by its year
    other_year = doc_period is not None and any(p.period.year != doc_period.year for p in periods)
    current = [q for q in find_current_periods(text, doc_period)
               if not any(p.start < q.end and q.start < p.end for p in periods)] if previous or other_year else []
    # "Жарты жылда … игерілді", "жылына 6 200,0 мың теңге": the half-year and the whole year named in words
    in_words = [q for q in find_half_year_words(text, doc_period) + find_whole_year_words(text, doc_period)
                if not any(p.start < q.end and q.start < p.end for p in periods + previous + to_date)]
    if previous or to_date or current or in_words:  # "(өткен жылы – 92)", "(в прошлом году – 99)": the same part of
        # the year before; "с начала года": the year to date
        periods = sorted(periods + previous + to_date + current + in_words, key=lambda p: p.start)
    dates = dates_in(text, default_year)
    # in a report on a later part of a year, a paragraph that counts from January ("с начала года", a balance
    # on 1 January) tells the year to date: its balances belong to it
    ytd = year_to_date(doc_period)
    if ytd is not None and ytd.code == doc_period.code:
        ytd = None
    # (a paragraph that tells the report's own part first and the year to date beside it, "За II квартал поступило
    # 2 346 экз., с начала года – 5 912 экз. … Фонд на 01.07.2019 …", keeps its balances the report's)
    told_own = ytd is not None and any(p.period.code == doc_period.code for p in periods if p not in to_date)
    told_ytd = ytd is not None and ((bool(to_date) and not told_own) or any(d.iso == ytd.start for d in dates))
    masks = [(p.start, p.end) for p in periods] + [(d.start, d.end) for d in dates]
    if _all_masked(numbers + partitive, masks, respectively):
        return []  # every number is a date's or a period's: the masks below only take more away
    diffs = [(m.start(), m.end()) for m in _DIFF_RE.finditer(text)]  # differences: "увеличилось на 186"
    diffs += [(m.start(1), m.end(1)) for m in _NOUN_DIFF_RE.finditer(text)]  # "Снижение … на 145 человек"
    masks += diffs
    # "Прирост фонда – 4 210 экз.": a change its noun opens, no level
    masks += [m.span(1) for m in _CHANGE_NOUN_LEAD_RE.finditer(text)]
    masks += [(m.start(), m.end()) for m in _SIGNED_RE.finditer(text)]
    for m in _LISTED_DIFF_RE.finditer(text):  # "увеличились: пользователей – на 642 чел., посещений – на 8082"
        # (its sentence: "г. " of a year in brackets before it, "(в I полугодии 2021 г. – 6 028), число посещений
        # – на 4 120", ends none)
        start = max([e.end() for e in _SENTENCE_END_RE.finditer(text, 0, m.start())], default=0)
        if _CHANGE_RE.search(text, start, m.start()):  # a verb of change before it in its sentence
            masks.append((m.start(), m.end()))
            diffs.append((m.start(), m.end()))
    # the year of a date is no period of the figures ("На 1 января 2023 года фонд ..." in a report on 2022),
    # and a period compared with ("что на 212 больше, чем в 2021 году") not of the figures around it
    # a span of years ("2019–2021 жылдарға арналған бағдарлама", "на 2018-2020 годы") is a programme's or
    # a plan's term: neither of its years is the period of a figure
    spans = [(m.start(), m.end()) for m in _YEAR_RANGE_RE.finditer(text) if int(m["b"]) > int(m["a"])]
    # "…, чем в 2021 году (18 434 чел.)": the year a comparative names is the period of the bracket right after it
    compared = [p for p in periods if p.explicit_year and _compared(text, p)]
    # the year a library or a town was founded or built ("1973 жылы құрылған") dates no figure either
    periods = [p for p in periods if not _compared(text, p) and not _subscription_term(text, p)
               and not (p.explicit_year and founding_year(text, p.start, p.end, p.period.year, default_year))
               and not any(d.start <= p.start and p.end <= d.end for d in dates)
               and not any(a < p.end and p.start < z for a, z in spans)]
    months = month_figure_spans(text)
    if months:  # the months of a list month by month name their own figures only, not the whole after them
        periods = [p for p in periods if not (months[0][0] - 24 <= p.start < months[-1][1])]
    # "с 21,4 до 20,4", "84 200-ден 86 950-ге дейін": the level a change started from is the figure of the period
    # the sentence dates it to, or none
    levels = change_levels(text, doc_period)
    masks += undated_starts(levels)
    masks += [(m.start(1), m.end(1)) for m in _CHANGED_FROM_RE.finditer(text) if m.start(1) not in levels]
    masks += [(m.start(1), m.end(1)) for m in _LISTED_FROM_RE.finditer(text) if m.start(1) not in levels]
    masks += [(m.start(), m.end()) for m in _NO_RE.finditer(text)]
    masks += [m.span(1) for m in _SAVING_RE.finditer(text)] if "эконом" in text.lower() or "үнемдел" in text.lower() else []
    # "вместо 96 410 следует читать 95 410", "96 410 орнына 95 410 деп оқылсын": the figure a correction withdraws
    masks += [m.span("x" if m["x"] else "x2") for m in _INSTEAD_RE.finditer(text)] if "вместо" in text or "орнына" in text else []
    masks += [(m.start(), m.end()) for m in _AGE_RE.finditer(text)]
    masks += [(m.start(), m.end()) for m in _GRADE_RE.finditer(text)]
    # a name in quotes is no figure: «Библиотекарь года – 2022», «100 книг о войне»
    masks += [(m.start(), m.end()) for m in _QUOTED_NAME_RE.finditer(text)]
    masks += [(m.start(), m.end()) for m in _PER_RE.finditer(text)]
    masks += [(m.start(), m.end()) for m in _FRACTION_RE.finditer(text)]  # "почти 1/3 читателей": a share
    if _all_masked(numbers + partitive, masks, respectively):
        return []  # a library's number, an age, a grade, a name in quotes: no figure left
    # "оқырмандар саны 206 адамға, кітап берілімі 2 758 данаға өсті": figures in the dative a verb of change at
    # the end of their sentence governs are differences
    for m in _DATIVE_CHANGE_SENTENCE_RE.finditer(text) if _DATIVE_CHANGE_VERB_RE.search(text) else ():
        for d in _DATIVE_FIGURE_RE.finditer(text, m.start(), m.end()):
            if _UP_TO_AFTER_RE.match(text, d.end()):
                continue  # "84 200-ден 86 950-ге дейін өсті": the value reached, no difference
            rest = re.split(r"[,;]", text[d.end():m.end()], maxsplit=1)[0]
            if _REACHED_CONVERB_RE.search(rest):
                continue  # "оқырмандар саны 12 450-ге жетіп, … 230-ға артты": the value reached, the change after it
            if not any(not _CHANGE_VERB_RE.fullmatch(v) for v in _KK_PAST_VERB_RE.findall(rest)):
                masks.append((d.start(1), d.end(1)))  # no verb of its own ("1 200 данаға толықтырылды") in between
    # "… 14,2 %-ға азайып, 14 860 адамды құрады", "206 адамға артып, …": a difference before a converb of change
    masks += [(m.start(1), m.end(1)) for m in _DATIVE_CONVERB_RE.finditer(text)]
    masks += [(m.start(1), m.end(1)) for m in _YEAR_PAIR_RE.finditer(text)]
    masks += _condition_bounds(text)
    if doc_period is not None:
        # "2021-2022 жж. кітап қоры …": the figures of a span of years, no period's (the levels of a change are dated)
        masks += cut_dated_levels(year_span_clauses(text), levels)
    else:  # a report of no period ("за 2021–2023 годы"): a span's figures are no period's, as all of its own are
        masks += [(m.start(), m.end()) for m in _YEAR_RANGE_RE.finditer(text)]
    masks += school_year_spans(text)  # "2024-2025 оқу жылының басында": a school year, no figure
    # "за 10 месяцев 2024 г.": months no code says, no figure; in a report of a period, the figures of the clause
    # they open are of those months, none of the period's
    masks += uncoded_month_clauses(text) if doc_period is not None else uncoded_month_spans(text)
    masks += month_figure_spans(text)  # "қаңтарда – 820, ақпанда – 910 …": each month's figure, no period's
    if _all_masked(numbers + partitive, masks, respectively):
        return []  # no figure left, and no need of the sentences
    nums: list[_Num] = []
    bare_prior: dict[int, PeriodMatch] = {}  # figures alone in brackets, of the year before (`prior_bracket`)
    found: list[list[tuple[int, int]]] = []

    def sentence_spans() -> list[tuple[int, int]]:  # the sentences, cut once and only when asked for
        if not found:
            found.append(_sentences(text, masks))
        return found[0]

    planned = _planned_sentences(text, sentence_spans) + _plan_lists(text, sentence_spans, doc_period)
    if planned:  # the period a plan is for is no period of the figures after it ("По плану на 2025 год …")
        periods = [p for p in periods if not any(a <= p.start < z for a, z in planned)]
    # sentences that compare with another library: "Для сравнения, областная библиотека … провела 45 мероприятий";
    # one naming a year compares with the library's own past ("Салыстыру үшін: 2021 жылы оқырмандар саны 13 905
    # болған еді"), whose figures are read as any other year's
    # (not one setting the library's own whole beside a department: "Для сравнения: в целом по центральной
    # библиотеке выдано 88 400 экз.")
    # (a year the report's own or later compares nothing of the past: "Для сравнения: средний охват по области в
    # 2023 году – 31,2 %" in a report on 2023 is the region's)
    aside = [(a, z) for a, z in sentence_spans() if _COMPARISON_LEAD_RE.match(text, a)
             and not any(default_year is None or int(y.group()) < default_year for y in _YEAR_RE.finditer(text, a, z))
             and not own_whole(text, a, z)] \
        if _COMPARISON_LEAD_RE.search(text) else []
    # and its year, or one a sentence opened by "Справочно" names, is that sentence's own: it goes on to no figure
    # of the sentences after it ("Для сравнения: в 2022 году … . В районной газете опубликовано 27 материалов")
    side_sentences = [(a, z) for a, z in sentence_spans() if _ASIDE_LEAD_RE.match(text, a)] \
        if _ASIDE_LEAD_RE.search(text) else []
    plan_end = None  # the end of the planned figure right before
    respective = respective_years(text, numbers, sentence_spans()) if respectively else {}
    respective_libs = respective_libraries(text, numbers, sentence_spans()) if respectively else {}
    for n in numbers:
        if any(a <= n.start < z for a, z in planned) or _BEYOND_PLAN_RE.search(text, max(0, n.start - 40), n.start) \
                or _OTHER_LIBRARY_RE.search(text, max(0, n.start - 60), n.start) \
                or any(a <= n.start < z for a, z in aside):
            # a sentence of what is planned or expected, none of what was done; what was done beyond the plan
            # ("Сверх плана проведено 16 мероприятий", "Жоспардан тыс 16 іс-шара") is a part of what was done;
            # what another library did or holds ("Для сравнения, областная библиотека … провела 45
            # мероприятий", "мектеп кітапханасының қоры – 6 400 дана") is none of the report's
            continue
        if approved_beside_spent(text, n.start, n.end, doc_period):
            continue  # "утвержден в сумме 486 250,0 тыс. тенге, освоено 485 912,4": the approved sum is the plan
        if _PLAN_BEFORE_RE.search(text, max(0, n.start - 32), n.start) \
                or _PLAN_LEAD_RE.search(text, max(0, n.start - 90), n.start) \
                or _PLAN_LEAD_BARE_RE.search(text, max(0, n.start - 60), n.start) \
                or _PLAN_AFTER_RE.match(text, n.end) \
                or (plan_end is not None and _PLAN_ELIDED_RE.fullmatch(text, plan_end, n.start)
                    and not _PLAN_CARRIED_OUT_RE.search(text, plan_end, n.start)
                    and not DONE_RE.search(text, plan_end, n.start)):
            # "план – 9 000", "при плане 70 000", "жоспар – 9 000", "План по числу пользователей – 12 000": what
            # was planned, no figure done; and the clauses after it that leave the plan out ("Годовой план по
            # посещениям – 480 000, по книговыдаче – 950 000", "жоспар бойынша келушілер – 48 000, кітап
            # берілімі – 95 000")
            plan_end = n.end
            continue
        plan_end = None
        if n.value < 100 and float(n.value).is_integer() and (_TABLE_NUMBER_RE.search(text, max(0, n.start - 16), n.start)
                                                              or _TABLE_NUMBER_AFTER_RE.match(text, n.end)):
            continue  # "приведено в таблице 3", "2-кесте": the report's own table, no figure
        if n.value <= 12 and _MONTHS_AFTER_RE.match(text, n.end):
            continue  # "9 айда", "за 9 месяцев": a span of months, the period, no figure
        if n.start in respective or n.start in respective_libs \
                or not any(a < n.end and n.start < c for a, c in masks):
            # (a run after "соответственно" in a clause a span of years opens is of those years, one by one)
            nums.append(_Num(n.value, n.start, n.end, n.text, written_scale=n.scale, scale_end=n.scale_end))
    for n in partitive:
        if not any(a < n.end and n.start < c for a, c in masks):
            nums.append(_Num(n.value, n.start, n.end, n.text, possessive=True))
    if not nums:  # digits of dates and periods only: no figure, and no need of the tokens
        return []
    language = detect_language(text, otherwise="letters")
    tk = tokenize(text, fv, language)
    nums.sort(key=lambda n: n.start)
    sents = sentence_spans()
    if doc_period is not None:
        # "Кітапхана 2020 жылы … жаңғыртылды. Штат – 12,5 ед.": a year before the report's own, named by a
        # sentence that gives no figure, says when something happened (a renovation, a founding), not the
        # period of the figures in the sentences after it
        periods = [p for p in periods if p.period.year >= doc_period.year or any(
            s[0] <= p.start < s[1] and any(s[0] <= m.start < s[1] for m in nums) for s in sents)]
    cuts = _clause_cuts(text, tk, nums)
    parens = _paren_spans(text)
    topics = [h for h in tk.hits if h.kind == "T"]
    # a topic named by the section's title counts as named around the figure ("Кітап қоры" over "340 дана
    # құжат есептен шығарылды"; "Кітапхана баспасөзде" over "148 материал жарияланды")
    # (tokenized only when a topic is looked for there: a figure whose cue wants its topic named)
    titled_ids: list[set[str]] = []

    def titled() -> set[str]:
        if not titled_ids:
            titled_ids.append({h.id for h in tokenize(section_title, fv).hits if h.kind == "T"} if section_title
                              else set())
        return titled_ids[0]

    metric_hits = [h for h in tk.hits if h.kind == "M"]
    part_spans = find_in_matching_form(fv.partitive_re, text)
    quotes = [(m.start(), m.end()) for m in _QUOTED_RE.finditer(text)]
    names = [(m.start(), m.end()) for m in _QUOTED_NAME_RE.finditer(text)]

    def clause(pos: int) -> tuple[int, int]:
        s = _sentence_at(sents, pos, (0, len(text)))
        a = max([c + 1 for c in cuts if c < pos and c >= s[0]] + [s[0]])
        z = min([c for c in cuts if c >= pos and c < s[1]] + [s[1]])
        return a, z

    def beside(n: _Num, ps: list) -> list:
        """The periods less those of an aside (a sentence opened by "Для сравнения") the figure is not in."""
        return [p for p in ps if not any(a <= p.start < z and not a <= n.start < z for a, z in side_sentences)]

    def periods_of(n: _Num) -> list:
        """The periods that may be the figure's: not one that an "of which" part in another clause names
        for itself ("из них в III квартале – 1 205 экз.; выбыло 1 870": the 1 870 is not of the quarter)."""
        mine = clause(n.start)
        out = []
        for p in beside(n, periods):
            pc = clause(p.start)
            if pc != mine and pc[1] <= n.start and any(pc[0] <= a < p.start for a, _ in part_spans):
                continue
            out.append(p)
        return out

    def between(a: int, z: int, me: _Num) -> bool:
        """Another number lies between positions a and z, outside brackets that lie between them too (an aside:
        "2 570 дана (2022 ж. – 3 020) шығарылды", last year's figure of the same indicator, stands between a
        figure and its verb)."""
        return any(o is not me and a <= o.start and o.end <= z
                   and not ((sp := _inside(o.start, parens)) is not None and a <= sp[0] and sp[1] <= z
                            and _inside(me.start, parens) != sp)
                   for o in nums)

    def owned(h: Hit, n: _Num) -> bool:
        """The hit lies after the figure, past a comma or a semicolon, in another clause that has a figure
        of its own."""
        if h.start >= n.end and _inside(h.start, parens) not in (None, _inside(n.start, parens)):
            return True  # "… 4 215,6 тыс. тенге (в т.ч. по госзаказу – 412 экз.)": the brackets' own
        if h.start < n.end or not re.search(r"[,;]", text[n.end:h.start]):
            return False
        hc = clause(h.start)
        return hc != clause(n.start) and any(o is not n and hc[0] <= o.start < hc[1] for o in nums)

    asides = [(m.start(), m.end()) for m in _WORDS_IN_BRACKETS_RE.finditer(text)]
    if months:
        # "Келушілер саны айлар бойынша: қаңтарда – 820, …, желтоқсанда – 1 030, жыл бойы барлығы – 11 800": the
        # months' figures are one run between the label and the whole after them, no words of its own
        first = _MONTH_LEAD_RE.search(text, 0, months[0][0])
        last = _MONTHS_END_RE.match(text, months[-1][1])
        asides.append((first.start() if first else months[0][0], last.end()))
    # and the period compared with, an adverbial that names nothing counted: "Число пользователей выросло на
    # 3,2 % по сравнению с 2022 годом и составило 8 412 человек"
    asides += [(m.start(), m.end()) for m in _COMPARED_PHRASE_RE.finditer(text)] if "сравн" in text else []

    def tokdist(n: _Num, h: Hit) -> int:
        """Tokens between a figure and a hit, less those of words in brackets between them (an aside: "Доходы
        от платных услуг (ксерокопирование, распечатка, …) составили 1 286,4")."""
        a, z = (n.end, h.start) if h.start >= n.end else (h.end, n.start)
        aside = sum(tk.token_at(y - 1) - tk.token_at(x) + 1 for x, y in asides if a <= x and y <= z)
        if h.start >= n.end:
            return max(0, tk.token_at(h.start) - tk.token_at(n.end) - aside)
        return max(0, tk.token_at(n.start) - tk.token_at(h.end - 1) - 1 - aside)

    records: list[Record] = []
    stated: dict[int, Record] = {}  # id(_Num) -> its record
    unnamed_part_of: dict[int, _Num] = {}  # id(_Num) of a part no category names -> its whole
    refused: set[int] = set()  # id(_Num) of a figure the words around it make no figure of its cue's metric
    # a figure of a run "соответственно" by its start, and the start of its run's first figure
    run_start = {k: v[1] for k, v in (*respective.items(), *respective_libs.items())}
    run_of = {n.start: n for n in nums if n.start in run_start}
    runs: dict[int, list[_Num]] = {}
    for n in run_of.values():
        runs.setdefault(run_start[n.start], []).append(n)
    rec_of: dict[int, int] = {}  # id(_Num) of a figure of a run -> the index of its record
    for i, n in enumerate(nums):
        ca, cz = clause(n.start)
        n.unit = _unit_after(text, n, tk) or _genitive_whole_unit(text, n, fv, language) \
            or _library_unit_after_kind(text, n, tk)
        if n.unit is None and n.start in run_start:
            # "246 800, 198 340 и 231 900 экз.", "412,0, 286,5 и 530,2 тыс. сомов": the unit after the run's
            # last figure is each figure's
            last = runs[run_start[n.start]][-1]
            if last is not n:
                n.unit = _unit_after(text, last, tk)
                n.scale = last.scale
        if n.unit is None and (bm := _COMPARED_BRACKET_RE.match(text, n.end + len(text[n.end:n.end + 3])
                                                                 - len(text[n.end:n.end + 3].lstrip()))) is not None \
                and _COMPARED_WHEN_RE.search(bm.group("when")):
            # "Списано 3 100 (в 2022 г. – 2 900) экз.": the unit after last year's bracket is the figure's too
            past = copy.copy(n)
            past.end = bm.end()
            if (unit := _unit_after(text, past, tk)) is not None:
                n.unit, n.scale = unit, past.scale
        # (a group named whole after "из", "Из 29 сельских библиотек 12 …", has its unit already)
        counted = _library_group_counted(text, n, tk) if n.unit is None or (
            n.unit == "libraries" and (_OUT_OF_BEFORE_RE.search(text, max(0, n.start - 4), n.start)
                                       or _KK_WHOLE_OF_PART_AFTER_RE.match(text, n.end))) else None
        n.unit = (counted[0] or n.unit) if counted is not None else n.unit
        if n.unit == "copies" and _PIECES_RE.match(text, n.end) and any(
                h.kind == "M" and ca <= h.start and h.end <= cz and _counts_pieces(fv.metrics.get(h.id)) for h in tk.hits):
            n.unit = "units"  # "Компьютерлер – 38 дана": "дана" counts pieces of what is no document
        if n.unit is None and (_SHARE_RE.search(text, ca, n.start) or _PERCENT_LABEL_RE.search(text, 0, n.start)):
            n.unit = "percent"  # "… үлесі – 45", "Тұрғындарды қамту, %: 60,9", "Охват населения % – 18,4"
        if ca > 0 and not any(h.kind == "M" and ca <= h.start and h.end <= n.start for h in tk.hits):
            ca = _subject_before_participle(text, ca, clause, between, n)
        # the words of the clause go on past last year's figure in brackets right after this one: "2 570 дана
        # (2022 ж. – 3 020) шығарылды", "2 940 дана (өткен жылы – 2 610) әдебиет түсті"
        hz = cz
        if (bm := _COMPARED_BRACKET_RE.match(text, cz)) is not None and _COMPARED_WHEN_RE.search(bm.group("when")) \
                and _FIGURE_BEFORE_RE.search(text, n.start, cz):
            hz = clause(bm.end())[1]
        local = [h for h in tk.hits if ca <= h.start and h.end <= hz
                 and not between(min(h.end, n.end), max(h.start, n.start), n) and not payroll_hit(h, text)
                 and not virtual_event_hit(h, text) and not requests_hit(h, text) and not in_department_name(text, h.start)
                 # a metric's word inside a name in quotes names no figure outside it: "«Жастар – болашақ»
                 # клубының 18 отырысы", "клуб «Юные читатели» провёл 12 заседаний"
                 and not (h.kind == "M" and _inside(h.start, names) and _inside(h.start, names) != _inside(n.start, names))]
        # "Подписка ... составила 46 наименований": a figure counting a thing is no sum of money
        counts_things = not n.unit and not n.possessive and _counted_noun(text, n) is not None
        # "1 826 справок и 640 консультаций": a figure joined to the one before by "и" counts the noun after
        # it when no vocabulary names that noun, not the thing the cue before the conjunction names
        noun = _WORD_AFTER_RE.match(text, n.end) if counts_things else None
        own_noun = noun is not None and not any(h.start <= noun.start(1) < h.end for h in tk.hits)
        # the metric; a figure of libraries ("в 14 сельских библиотеках из 21") is of no metric counted otherwise
        lib_after = _LIBRARIES_AFTER_RE.match(text, n.end)
        of_libraries = lib_after is not None and not _PEOPLE_OF_RE.match(text, lib_after.end())
        cands = []
        for h in local:
            if h.kind != "M":
                continue
            m = fv.metrics.get(h.id)
            if m is not None and of_libraries and "libraries" not in m.units:
                continue
            if m is not None and n.unit and n.unit not in m.units and (m.id, n.unit) in _UNIT_SIBLING:
                # "Штат библиотек – 45 человек": the staff counted in people, not in staff units
                m = fv.metrics.get(_UNIT_SIBLING[(m.id, n.unit)])
            if m is None or (n.unit and n.unit not in m.units) or (not n.unit and fv.money(m.unit) and n.possessive) \
                    or (counts_things and fv.money(m.unit)):
                continue
            if "people" in m.units and not n.unit and counts_services(text, n):
                continue  # "Удаленным пользователям оказано 6 420 услуг": services counted, not people
            if counts_things and m.id == "population.served" and not _INHABITANTS_AFTER_RE.match(text, n.end) \
                    and not (h.start >= n.end and not text[n.end:h.start].strip()):
                # (a cue that opens on the noun counted right after the figure names the people itself: "3 480
                # азамат тұрады")
                continue  # "обслуживает население района через … 11 информационно-ресурсных центров": no people
            if own_noun and h.end <= n.start and _JOINED_RE.fullmatch(text, h.end, n.start):
                continue
            if own_noun and h.end <= n.start and any(o is not n and o.end <= h.start and not text[o.end:h.start].strip()
                                                     for o in nums):
                continue  # "604 справки и проведено 215 консультаций": the noun right after a figure is that one's
            if h.end <= n.start and _WHOLE_OF_BEFORE_RE.search(text, max(0, h.start - 24), h.start) \
                    and "(" not in text[h.end:n.start]:
                continue  # "Из общего числа пользователей 1 240 – учащиеся …": the whole a part is of, no name of it
            if h.end <= n.start and _FROM_THOSE_RE.search(text, max(0, h.start - 12), h.start) \
                    and _PARTICIPLE_PLURAL_RE.match(text, h.start) and "(" not in text[h.end:n.start] \
                    and text[h.end:n.start].strip() and any(o.kind == "M" and n.end <= o.start and o.end <= cz
                                                            for o in tk.hits):
                # "Из поступивших документов 3 208 экз. приобретено": the whole, when a verb after the part
                # names it ("Из поступивших документов 6 870 экз. – книги": the books received)
                continue
            if h.start > n.end and _PURPOSE_BEFORE_RE.search(text, max(n.end, h.start - 28), h.start) \
                    and any(o.kind == "M" and o.end <= n.start and ca <= o.start for o in tk.hits):
                continue  # "Доходы от платных услуг … составили 1 286,4 тыс. тенге и направлены на приобретение …"
            if _PER_ONE_BEFORE_RE.search(text, max(0, h.start - 16), h.start):
                continue  # "на одного читателя – 17,3", "бір оқырманға": the denominator of a ratio, no count
            if h.id == "finance.budget" and (_SOURCE_AFTER_RE.match(text, h.end) or _ABLATIVE_WORD_RE.match(text, h.start)
                                             or _SOURCE_BEFORE_RE.search(text, max(0, h.start - 40), h.start)):
                continue  # "жергілікті бюджет есебінен", "за счёт средств местного бюджета": where money came from
            if own_noun and h.start > noun.end(1) and _CONJUNCTION_RE.fullmatch(text, noun.end(1), h.start):
                continue  # "совершила 48 выездов и обслужила 587 читателей": the figure's own noun names it
            if h.start > n.end and owned(h, n):
                # "поступило … на сумму 4 215,6 тыс. тенге (в т.ч. по госзаказу – 412 экз.)": what the brackets
                # after a figure name is theirs, not the figure's
                continue
            adjunct = _ADJUNCT_BEFORE_RE.search(text, max(0, h.start - 12), h.start)
            if (adjunct and not (adjunct.group(1).lower() == "от" and fv.money(m.unit))) \
                    or _ADJUNCT_AFTER_RE.match(text, h.end):
                # "Для читателей оформлено 94 книжные выставки", "оқырмандар үшін": whom the thing was
                # for, not what the figure counts; "от читателей": who gave it (but money "от платных
                # услуг" is the revenue of those services)
                continue
            if m.topic and not any(_same_topic(t.id, m.id) for t in topics) and m.id not in titled() and not (
                    n.unit and _only_metric_of(n.unit, fv) is m) and not (
                    fv.money(m.unit) and any(c.kind == "C" and c.id != "librarians" for c in local)) and not (
                    fv.money(m.unit) and _SUBSCRIPTION_WORD_RE.match(text, h.start)
                    and _subscribed_kind(text, h.start, tk, sents) is not None) and not (
                    n.unit == "copies" and m.id.startswith("fund.")) and not (
                    m.id in ("fund.received", "fund.withdrawn") and _DOCUMENTS_AFTER_RE.match(text, n.end)):
                # a figure in a unit no other metric counts ("5 мақала жарияланды": articles) is that metric's;
                # money for a topic ("сатып алу", "комплектование") needs it named, or the kind of
                # documents bought ("Мерзімді басылымдарға жазылу 320,5 мың теңге"); copies that came in or
                # went out are the fund's ("Списано 2 100 экз. ветхих изданий") whether or not it is named
                continue
            cands.append((tokdist(n, h), -(h.t1 - h.t0), 0 if h.start >= n.end else 1, m, h))
        cands.sort(key=lambda c: c[:3])
        if len(cands) > 1 and cands[0][3].id in ("fund.start", "fund.end") \
                and _BALANCE_TIME_RE.fullmatch(text, cands[0][4].start, cands[0][4].end):
            # "Электрондық каталогтағы жазбалар саны жыл соңында 12 480-ге жетті": the start or the end of the
            # year says when, and the noun the clause counts says what (the fund only when nothing else is named)
            named = next((c for c in cands[1:] if not c[3].id.startswith("fund.") and ca <= c[4].start
                          and c[4].end <= n.start), None)
            if named is not None:
                cands.remove(named)
                cands.insert(0, named)
        if len(cands) > 1 and cands[0][3].id == "staff.units" and cands[0][4].start >= n.end:
            # "Бос орын – 1,5 штат бірлігі", "Вакансии – 1,5 штатной единицы": the staff units after the figure
            # measure the vacancies named before it
            vacant = next((c for c in cands[1:] if c[3].id == "staff.vacancies" and c[4].end <= n.start), None)
            if vacant is not None:
                cands.remove(vacant)
                cands.insert(0, vacant)
        if _LEVEL_BEFORE_RE.search(text, max(0, n.start - 40), n.start) and any(c[4].end <= n.start for c in cands):
            # "Фонд … снизился до 184 560 экз. в связи со списанием …": the level the subject came to, named
            # before the verb, not the cause named after the figure
            cands = [c for c in cands if c[4].end <= n.start]
        if len(cands) > 1 and cands[0][3].id.endswith(".end") and not _END_WORD_RE.search(text, ca, cz):
            # "Жыл басындағы кітап қоры 241 560 дана": the fund named, and when - at the start;
            # "Кітап қоры 2 115 данамен толықтырылды": the fund named, and what moved it
            family = cands[0][3].id[:-4]
            move = next((c for c in cands[1:] if c[0] <= 8 and (
                c[3].id == family + ".start"
                or (c[3].id in (family + ".received", family + ".withdrawn") and (
                    cands[0][4].t1 - cands[0][4].t0 == 1
                    # "Кітапхана қоры 1 200 дана әдебиетпен толықтырылды": the figure's noun in the
                    # instrumental right before the verb is what the fund was filled with
                    or (n.end <= c[4].start and _WITH_WHAT_BEFORE_VERB_RE.fullmatch(text, n.end, c[4].start)))))),
                None)
            if move is not None:
                cands.remove(move)
                cands.insert(0, move)
        if language == "ru" and len(cands) > 1 and cands[0][4].end <= n.start:
            # "Средняя читаемость посетителей библиотек составила 23": a Russian noun phrase leads with
            # its head; the cue right before the nearest one, with nothing between, names the figure
            best = cands[0][4]
            head = next((c for c in cands[1:] if c[4].end <= best.start and c[3] is not cands[0][3]
                         and not text[c[4].end:best.start].strip()), None)
            if _PREPOSITION_RE.match(text, best.start):
                head = None  # "Финансирование на комплектование": a complement, not a genitive, follows
            elif _PAST_VERB_RE.search(text, best.start, best.end):
                head = None  # "фонд пополнился на 2 345 экз.": the subject and its verb, the verb says what moved
            elif head is not None and _AFTER_PREPOSITION_RE.search(text, max(0, head[4].start - 6), head[4].start):
                head = None  # "в фонд поступило 2 540": the place the verb names, no head of a noun phrase
            elif head is not None and _AFTER_PREPOSITION_ADJECTIVE_RE.search(text, max(0, head[4].start - 24),
                                                                             head[4].start):
                head = None  # "в основной фонд поступило 312 экз.": the same, the place with its adjective
            elif head is not None and any(a < head[4].end and head[4].start <= b for a, b in part_spans):
                head = None  # "Из общего числа читателей дети до 14 лет составляют …": the whole a part is of
            elif head is not None and _FROM_COUNTED_WHOLE_RE.search(text, max(0, head[4].start - 24), head[4].start):
                head = None  # "Из 40 060 пользователей дети до 14 лет составляют …": the same, the whole counted
            if head is not None:
                cands.remove(head)
                cands.insert(0, head)
        back = _pointed_back_at(text, n, sents)
        if cands and cands[0][0] <= 8 and not _CLUBS_AFTER_RE.match(text, n.end):
            n.metric, n.conf, n.how = cands[0][3], (0.85 if cands[0][0] <= 2 else 0.75), "cue"
        elif any(h.kind == "W" and (tokdist(n, h) <= 8 or _points_back_to(text, h, back, local)) for h in local):
            # (after a colon and a pronoun pointing back, "Сотрудники – главная ценность библиотеки: на 31.12.2023
            # их было 41", "Кітапханаларда қызметкерлер еңбек етеді: олардың саны – 38", the words before the
            # colon, however far, name what the figure counts; the pronoun's own "саны" none)
            weak = {h.id for h in local if h.kind == "W" and ((tokdist(n, h) <= 8 and not 0 <= back <= h.start < n.start)
                                                               or _points_back_to(text, h, back, local))}
            # a topic beyond an "of which" after the figure is its part's ("41 200 мың теңге бөлінді, оның
            # ішінде кітап сатып алуға – 2 800": buying books is what the 2 800 are for)
            # and one after another figure is that figure's ("Бюджет МЦБ – 38 415,7 тыс. руб., на
            # комплектование израсходовано 1 126,4 тыс. руб.": the buying is what the 1 126,4 were spent on)
            m = _by_topic(n, fv, [h for h in topics + metric_hits if h.id in weak and not any(
                                      n.end <= a and b <= h.start for a, b in part_spans)
                                  and not owned(h, n)],
                          _sentence_at(sents, n.start))
            if m is not None and (not n.unit or n.unit in m.units):
                n.metric, n.conf, n.how = m, 0.7, "weak"
            elif m is None and len(weak) == 1:
                # a generic wording of one metric that needs no topic ("94 қызметкер жұмыс істейді")
                only = fv.metrics.get(next(iter(weak)))
                if only is not None and not n.unit:
                    # "46 библиотечных работников": the unit a word after the figure, past the kind of staff
                    n.unit = next((h.id for h in local if h.kind == "U" and h.start >= n.end and tokdist(n, h) <= 2
                                   and h.id in only.units), None)
                if only is not None and not n.unit and any(h.kind == "W" and h.id == only.id
                                                            and _points_back_to(text, h, back, local) for h in local):
                    # "Сотрудники …: их было 41": the unit of the noun the pronoun points back at
                    n.unit = next((h.id for h in local if h.kind == "U" and h.end <= back and h.id in only.units), None)
                if only is not None and not only.topic and n.unit and n.unit in only.units:
                    n.metric, n.conf, n.how = only, 0.6, "weak"
        if language == "ru" and not n.possessive and "users.registered" in fv.metrics \
                and (role := _role_before(text, n)) is not None:
            if role:
                # "Читателями библиотек города в 2021 году стали 8 402 человека", "Пользователями ЦБС являются
                # 12 300 жителей": the readers named in the instrumental before the linking verb, whatever
                # the noun of people after the figure
                n.metric, n.unit, n.conf, n.how = fv.metrics["users.registered"], "people", 0.8, "cue"
            elif n.metric is not None and n.metric.id == "users.registered":
                n.metric = None  # "Новыми читателями стали 40 учащихся колледжа": new readers, or one group's
        if n.metric is None and not n.possessive and n.unit:
            # "Жүйеде 96 қызметкер, оның ішінде 71 кітапханашы жұмыс істейді": the verb that ends a Kazakh
            # sentence names the whole before "оның ішінде" as well as the part it stands after
            s = _sentence_at(sents, n.start, (n.start, n.end))
            part_at = next((a for a, _ in part_spans if n.end <= a < s[1] and not between(n.end, a, n)), None)
            weak = {h.id for h in tk.hits if h.kind == "W" and part_at is not None and part_at < h.start < s[1]}
            only = fv.metrics.get(next(iter(weak))) if len(weak) == 1 else None
            if only is not None and not only.topic and n.unit in only.units:
                n.metric, n.conf, n.how = only, 0.6, "weak"
        if n.metric is None and not n.possessive:
            joined = _joined_kinds_cue(text, n, fv, language)
            if joined is not None:
                # "16 240 дана кітап пен мерзімді басылым берілді": the first kind with the verb is the cue
                n.metric, n.conf, n.how = joined, 0.75, "cue"
        if n.metric is None and not n.possessive and n.unit is None:
            gapped = _gapped_cue(text, n, nums, tk, fv, _sentence_at(sents, n.start, (0, len(text)))[1])
            if gapped is not None:
                # "Орталық кітапхана 2 315 оқырманға, балалар кітапханасы 1 240 оқырманға қызмет көрсетті"
                n.metric, n.unit, n.conf, n.how = gapped, gapped.unit, 0.7, "cue"
        if n.metric is None and fv.money(n.unit) and "finance.budget" in fv.metrics \
                and (any(h.kind == "W" and _BUDGET_RE.search(text[h.start:h.end]) for h in local)
                     or (any(h.kind == "W" and _ALLOCATED_RE.match(text, h.start) for h in local)
                         and _TO_LIBRARY_RE.search(text, ca, cz))) \
                and not any(h.kind == "T" for h in local):
            # "кітапханаға жергілікті бюджеттен 7 184,0 мың теңге бөлінді": the budget named, and no
            # purpose it is for: the library's whole budget
            n.metric, n.conf, n.how = fv.metrics["finance.budget"], 0.6, "weak"
        if n.metric is None and (got := money_received(text[ca:n.start], n.unit, fv)) is not None:
            n.metric, n.conf, n.how = got, 0.7, "cue"  # "Поступило всего 19 781,4 тыс. руб.": the money received
        if (n.metric is None or n.metric.id == "finance.budget") and _cost_of_copies_received(text, n, i, nums, sents, tk, fv):
            # "поступило 3 418 экз. учебников на сумму 8 946,2 тыс. тенге (средства местного бюджета)": what the
            # copies that came in cost is the money spent on acquisition; the budget in brackets is where it came from
            n.metric, n.conf, n.how = fv.metrics["acquisition.budget"], 0.7, "cue"
        if n.metric is not None and n.metric.id == "acquisition.budget" and n.how == "weak" \
                and _value_of_copies_received(text, n, tk, sents):
            # "В фонд поступило 1 200 экз. литературы на сумму 2 450 тыс. тенге", "қорға 1 200 дана әдебиет
            # түсті, сомасы 2 450 мың теңге": the value of what came in, gifts too, and no money spent on buying
            n.metric = None
        if n.metric is not None and n.metric.id.startswith("fund.") and _HONOUR_AFTER_RE.match(text, n.end):
            # "Библиотекари получили 2 грамоты", "коллектив получил 3 благодарности": awards a library or its people
            # got, no documents of the fund
            n.metric = None
        if _OUT_OF_BEFORE_RE.search(text, max(0, n.start - 4), n.start) and _STAFF_NOUN_RE.match(text, n.end) \
                and "staff.headcount" in fv.metrics:
            # "Из 49 библиотечных работников высшее образование имеют 31": the whole the parts are of
            n.metric, n.conf, n.how = fv.metrics["staff.headcount"], 0.75, "cue"
        if n.metric is None and i > 0 and "staff.headcount" in fv.metrics and nums[i - 1].metric is not None \
                and nums[i - 1].metric.id == "staff.units" and _UNITS_THEN_PEOPLE_RE.fullmatch(text, nums[i - 1].end, n.start) \
                and _PEOPLE_IN_STAFF_RE.match(text, n.end):
            # "Штат – 52 бірлік, 49 қызметкер", "штат – 12 ед., 11 сотрудников": the staff units, then the people
            # in them
            n.metric, n.conf, n.how = fv.metrics["staff.headcount"], 0.7, "cue"
        ordered = _STATE_ORDERED.get(n.metric.id) if n.metric is not None else None
        if ordered in fv.metrics and not _GIFT_RE.search(text, ca, cz) and any(
                h.id.startswith("state_order.") and h.start < n.start
                and len({o.start for o in metric_hits if o.kind == "M" and h.end <= o.start < n.start}) <= 1
                and not _OTHER_SOURCE_JOINED_RE.match(text, h.end)
                for h in metric_hits if _same_sentence(sents, h, n)) and (not n.unit or n.unit in fv.metrics[ordered].units):
            # "По государственному заказу приобретено 2 100 экз. на сумму 4 200,0 тыс. тенге", "В рамках
            # государственного заказа получено 1 140 экз.": what the state's order bought, and for how much
            # (not a figure a verb of its own names after it: "…, всего в фонд поступило 6 540 экз.")
            n.metric = fv.metrics[ordered]
        if n.metric is None and n.unit in (None, "people") and "staff.library_education" in fv.metrics:
            s0 = _sentence_at(sents, n.start, (0, len(text)))[0]
            kind = _LIBRARY_KIND_BEFORE_RE.search(text, s0, n.start)
            if kind is None and _LIBRARY_KIND_AFTER_RE.match(text, n.end):
                # "…, из них 31 имеют высшее образование, 22 – библиотечное" (", в том числе 9 – библиотечное"):
                # the kind after the figure, which follows a comma (the education named before it)
                kind = _AFTER_COMMA_RE.search(text, s0, n.start)
            if kind is not None and _EDUCATION_RE.search(text, s0, kind.start()):
                # "Высшее образование имеют 31 сотрудник, библиотечное (высшее и среднее специальное) – 24
                # человека", "жоғары білімді – 38, кітапханалық – 29": the staff with the library education, the
                # noun the sentence named before
                n.metric, n.conf, n.how = fv.metrics["staff.library_education"], 0.75, "cue"
                n.unit = n.unit or "people"
        if n.metric is None and n.unit in (None, "people", "staff_units", "units"):
            s0, s1 = _sentence_at(sents, n.start, (0, len(text)))
            # (or the item after a semicolon: "Штат бірлігі – 58,5; қызметкерлер – 56")
            item = max(s0, text.rfind(";", s0, n.start) + 1)
            # (or the item after a comma, after a figure of the staff: "Штат бірлігі – 88, нақты қызметкерлер – 84")
            listed = max(s0, text.rfind(",", s0, n.start) + 1)
            staff = ("staff.units" if n.unit in ("staff_units", "units") else "staff.headcount") \
                if _STAFF_HEAD_RE.fullmatch(text, s0, n.start) or _STAFF_HEAD_RE.fullmatch(text, item, n.start) \
                or (_STAFF_HEAD_RE.fullmatch(text, listed, n.start) and i > 0 and nums[i - 1].metric is not None
                    and nums[i - 1].metric.id.startswith("staff.") and s0 <= nums[i - 1].start) \
                or ((_STAFF_HEAD_UNDASHED_RE.fullmatch(text, s0, n.start)
                     or _STAFF_HEAD_UNDASHED_RE.fullmatch(text, item, n.start)
                     or _STAFF_HEAD_UNDASHED_RE.fullmatch(text, listed, n.start))
                    and n.unit in (None, "people") and _STAFF_FIGURE_ENDS_ITEM_RE.match(text, n.end, s1)) else None
            if staff in fv.metrics:
                # "Кадры: 61 чел.", "Работников: 63.", "Штат: 12 ед.", "Қызметкерлер: 14": the staff a bare
                # word heading the sentence names, counted in people or in staff units
                n.metric, n.conf, n.how = fv.metrics[staff], 0.75, "cue"
        if n.metric is None and n.unit in (None, "people") and "staff.headcount" in fv.metrics \
                and _STAFF_TAIL_RE.fullmatch(text, n.end, (sn := _sentence_at(sents, n.start, (0, len(text))))[1]) \
                and not text[sn[0]:n.start].strip(" \t•·▪*-–—"):
            # "112 – қызметкер", "64 — сотрудника": a line of key figures, the figure first, whose whole label
            # after the dash is the staff noun
            n.metric, n.conf, n.how, n.unit = fv.metrics["staff.headcount"], 0.75, "cue", "people"
        if n.metric is None and n.unit is None and "libraries.count" in fv.metrics \
                and ((_SYSTEM_GENITIVE_BEFORE_RE.search(text, max(0, n.start - 24), n.start)
                      and _LIBRARY_POSSESSED_AFTER_RE.match(text, n.end))
                     or _LIBRARIES_OF_SYSTEM_AFTER_RE.match(text, n.end)):
            # "Жүйенің 14 кітапханасында", "ОКЖ-ның 18 кітапханасы", "в 14 библиотеках ЦБС": the libraries of the
            # system, counted by the system's possessive
            n.metric, n.conf, n.how, n.unit = fv.metrics["libraries.count"], 0.75, "cue", "libraries"
        if n.metric is None and n.unit == "people" and i > 0 and nums[i - 1].metric is not None \
                and nums[i - 1].metric.id == "staff.units" and "staff.headcount" in fv.metrics \
                and _same_sentence(sents, nums[i - 1], n) and _ACTUAL_BEFORE_RE.search(text, max(0, n.start - 24), n.start):
            # "Штатная численность – 41,5 ставки, фактически – 40 человек": the people the posts are filled by
            n.metric, n.conf, n.how = fv.metrics["staff.headcount"], 0.75, "cue"
        if _ACTUAL_BEFORE_RE.search(text, max(0, n.start - 48), n.start):
            # "Число читателей: план – 9 000, факт – 9 108": what was done, of the indicator the sentence
            # names before its plan ("факт", "орындалды" name no count of events there)
            s0 = _sentence_at(sents, n.start, (0, len(text)))
            plan = _PLAN_WORD_RE.search(text, s0[0], n.start)
            if plan is not None:
                before = [h for h in metric_hits if s0[0] <= h.start and h.end <= plan.start() and h.id in fv.metrics
                          and (not n.unit or n.unit in fv.metrics[h.id].units)]
                planned = _DIGIT_RE.search(text, plan.end(), n.start)
                if not before and planned is not None and _PLAN_LEAD_RE.search(text, plan.start(), planned.start()):
                    # "План по числу пользователей – 12 000, выполнено – 12 010": the indicator named after the
                    # plan word, before the planned figure
                    before = [h for h in metric_hits if plan.end() <= h.start and h.end <= planned.start()
                              and h.id in fv.metrics and (not n.unit or n.unit in fv.metrics[h.id].units)][-1:]
                if not before:
                    # "План по числу пользователей выполнен на 101,2 %: при плане 5 200 чел. фактически
                    # зарегистрировано 5 263 чел.": the indicator right after the plan word
                    before = [h for h in metric_hits if plan.end() <= h.start < n.start and h.id in fv.metrics
                              and _PLAN_OF_RE.fullmatch(text, plan.end(), h.start)
                              and (not n.unit or n.unit in fv.metrics[h.id].units)][:1]
                if not before:
                    # "План: 7 800 пользователей, выполнено 7 912 (101,4 %)", "План на 9 месяцев: 27 000
                    # пользователей, выполнено 27 418": the indicator the planned figure counts, its noun right
                    # after it
                    before = [h for h in metric_hits if plan.end() <= h.start < n.start and h.id in fv.metrics
                              and _FIGURE_RIGHT_BEFORE_RE.search(text, plan.end(), h.start)
                              and (not n.unit or n.unit in fv.metrics[h.id].units)][:1]
                if not before and s0[0] > 0:
                    # "Посещения. План: 214 000, выполнено 216 905": the indicator a run-in head names, a
                    # sentence of a word or two before the plan's
                    head = _RUN_IN_HEAD_RE.search(text, max(0, s0[0] - 60), s0[0])
                    before = [h for h in metric_hits if head is not None and head.start() <= h.start
                              and h.end <= head.end() and h.id in fv.metrics
                              and (not n.unit or n.unit in fv.metrics[h.id].units)][:1]
                n.metric, n.conf, n.how = (fv.metrics[before[-1].id], 0.7, "cue") if before else (None, 0.0, n.how)
        if n.metric is None and "population.served" in fv.metrics and _INHABITANTS_AFTER_RE.match(text, n.end) \
                and not n.possessive:
            # "— 61 540 жителей", "насчитывающего 125 000 жителей", "27,4 мың тұрғын": the inhabitants, the
            # population of the area served, when nothing else in the clause names the figure
            if not _TOOK_PART_RE.search(text, ca, cz):  # "приняли участие более 100 жителей": participants
                n.metric, n.conf, n.how = fv.metrics["population.served"], 0.7, "cue"
        if n.metric is None and "population.served" in fv.metrics and _PUPILS_AFTER_RE.match(text, n.end) \
                and _SCHOOL_BEFORE_RE.search(text, _sentence_at(sents, n.start, (0, 0))[0], n.start):
            # "Мектептегі 820 оқушының 790-ы кітапхананың оқырманы", "В школе обучается 712 учащихся": the
            # pupils of the school are the population a school library serves
            n.metric, n.conf, n.how = fv.metrics["population.served"], 0.7, "cue"
        if n.metric is None and n.unit in (None, "people") and _VISITORS_SHORT_RE.search(text, max(0, n.start - 8), n.start) \
                and _EVENTS_WORD_RE.search(text, *_sentence_at(sents, n.start, (0, len(text)))) \
                and "events.participants" in fv.metrics:
            # "Проведено 143 мероприятия (пос. 3 908 чел.)": "пос." right before a figure shortens the visitors
            # of the events (before a name it is a settlement, "пос. Коктал", and names no figure)
            n.metric, n.conf, n.how = fv.metrics["events.participants"], 0.75, "cue"
            n.unit = n.unit or "people"
        paren = _inside(n.start, parens)
        named = _INHABITANTS_BEFORE_RE.search(text, max(_sentence_at(sents, n.start, (0, 0))[0], paren[0] - 60),
                                              paren[0]) if paren is not None and n.unit == "people" else None
        if n.metric is None and named is not None and "population.served" in fv.metrics \
                and not _DIGIT_RE.search(text, paren[0] + 1, n.start) and not _DIGIT_RE.search(text, named.start(), paren[0]) \
                and not _ADJUNCT_BEFORE_RE.search(text, max(0, named.start() - 12), named.start()) \
                and not _TOOK_PART_RE.search(text, named.start(), paren[0]):
            # "обслуживает жителей центральной части города (69 100 человек)", "ауыл тұрғындарына (4 300 адам)":
            # the people in brackets after the inhabitants named are the population of the area served
            n.metric, n.conf, n.how = fv.metrics["population.served"], 0.7, "cue"
        if n.metric is None and n.unit == "percent" and "coverage.population_pct" in fv.metrics and (
                _POPULATION_AFTER_RE.match(text, n.end) or _POPULATION_BEFORE_RE.search(text, max(0, n.start - 30), n.start)):
            # "…, что составляет 34 % населения", "бұл халықтың 34 пайызы": the share of the population served
            n.metric, n.conf, n.how = fv.metrics["coverage.population_pct"], 0.7, "cue"
        if n.metric is not None and n.metric.id == "fund.received" and "acquisition.copies" in fv.metrics \
                and _BOUGHT_AFTER_RE.match(text, n.end):
            # "Из поступивших 2 870 экз. приобретено за счёт средств местного бюджета": of the copies received,
            # those the verb after the figure says were bought are the copies acquired
            n.metric, n.conf, n.how = fv.metrics["acquisition.copies"], 0.75, "cue"
        if n.metric is not None and n.category is None and n.language is None \
                and _KINDS_LISTED_RE.search(text, _sentence_at(sents, n.start, (0, 0))[0], n.start):
            # "Основные виды платных услуг: ксерокопирование – 48,2 тыс. руб., распечатка – 39,6 тыс. руб.": the
            # kinds of the indicator listed after a colon, each a part no category names; kept by their labels
            n.metric, n.how = None, "kind listed"
        if n.metric is not None and n.metric.id == "coverage.population_pct" \
                and _GROUP_COVERAGE_RE.search(text, _sentence_at(sents, n.start, (0, 0))[0], n.start):
            # "Охват детского населения – 71,5 %", "балаларды қамту": the coverage of one group of inhabitants,
            # not of the population the metric is of; kept by its label
            n.metric, n.how = None, "group coverage"
        if n.metric is None or n.metric.id in _PER_READER_OF:
            # "в среднем каждый читатель прочитал 19,9 книги", "әр оқырман орта есеппен 19,9 кітап оқыды": a
            # figure per reader is a rate, not a count of readers, books or visits
            s0 = _sentence_at(sents, n.start, (0, len(text)))
            rate = _per_reader_rate(text, s0[0], n)
            if rate is not None and rate in fv.metrics:
                n.metric, n.conf, n.how = fv.metrics[rate], 0.7, "cue"
            elif n.metric is not None and _PER_HUNDRED_RE.search(text, s0[0], n.start):
                _per_hundred_inhabitants(n, fv)
            elif n.metric is not None and (PER_THOUSAND_RE.search(text, s0[0], n.start)
                                           or PER_STAFF_RE.search(text, s0[0], n.start)):
                # readers, visits, loans per thousand inhabitants, or per librarian ("Нагрузка на одного библиотекаря:
                # пользователей – 455, книговыдачи – 11 870"): rates no metric names, whatever their unit
                n.metric, n.how = None, "rate"
            elif n.metric is not None and n.value < 100 and _PER_ONE_READER_RE.search(text, s0[0], n.start):
                # "Среднее число посещений на 1 пользователя – 8,6": the count's label, then the one reader it is per
                rate = {v: k for k, v in _PER_READER_COUNT.items()}.get(n.metric.id)
                if rate in fv.metrics:
                    n.metric, n.conf, n.how, n.unit = fv.metrics[rate], 0.7, "cue", None

        if n.metric is not None and n.metric.id.startswith("users.") and "events.participants" in fv.metrics \
                and (_PARTICIPATED_AFTER_RE.match(text, n.end)
                     or _PARTICIPATED_BEFORE_RE.search(text, max(0, n.start - 40), n.start)):
            # "оларға 31 200 оқырман қатысты", "присутствовали 640 читателей": the readers who took part
            # in events are the participants, not the readers registered
            n.metric, n.conf, n.how = fv.metrics["events.participants"], 0.7, "cue"
        elif n.metric is not None and n.metric.id == "users.registered" and "visits.total" in fv.metrics \
                and _VISITED_AFTER_RE.match(text, n.end):
            # "кітапханаларды 98 450 оқырман аралады", "кітапханаға 98 450 оқырман келді": the readers' visits
            n.metric, n.conf, n.how = fv.metrics["visits.total"], 0.7, "cue"
        if n.metric is not None and n.metric.id == "fund.received" and "loans.total" in fv.metrics \
                and _READERS_GOT_RE.search(text, _sentence_at(sents, n.start, (0, len(text)))[0], n.start):
            # "пользователи получили 245 300 экз.", "… пользователей, которые посетили библиотеки 312,4 тыс. раз и
            # получили 782,5 тыс. экз. документов": what the readers got is what was lent them, not what came in
            n.metric, n.conf, n.how = fv.metrics["loans.total"], 0.7, "cue"
        received = _RECEIVED_AFTER_RE.match(text, n.end) \
            if n.metric is None or n.metric.id in ("users.registered", "visits.total") else None
        if received is not None:
            # "48 902 келушіні қабылдады", "1 250 оқырманды тіркеді": the visitors received (or registered) are the
            # visits, the readers registered the readers; the noun in the accusative, in any number
            got = "visits.total" if received.group(1).lower().startswith("келуші") \
                or received.group(2).lower().startswith("қабылда") else "users.registered"
            if got in fv.metrics and (n.metric is None or n.metric.id != got):
                n.metric, n.conf, n.how = fv.metrics[got], 0.75, "cue"
        if n.unit == "visits" and (n.metric is None or n.metric.id in ("visits.total", "events.participants")) \
                and "visits.web" in fv.metrics and _SITE_RE.search(text, ca, n.start):
            # "Сайт ЦБС посетили 3 905 раз", "сайты мен парақшаларына 12 480 рет кірілді": the times the
            # library's site was visited, not the library
            n.metric, n.conf, n.how = fv.metrics["visits.web"], 0.7, "cue"
        if n.metric is not None and n.metric.id == "bibliography.virtual_references" \
                and _VIRTUAL_EVENTS_AFTER_RE.match(text, n.end):
            # "Организовано 9 виртуальных мероприятий", "12 виртуалды көрме": events held online, a part of the
            # events no metric names, not references given online
            n.metric = None
        if n.unit in (None, "events") and _EVENT_FORM_LABEL_RE.search(text, max(ca, n.start - 60), n.start):
            # "Оның ішінде кітап көрмелері – 214, әдеби кештер – 48, …, виртуалды іс-шаралар – 92", "выставки – 18":
            # the events of one form listed by its name, no figure of another indicator (nor of the books the
            # exhibitions show), nor a part of the participants before it
            n.metric, n.how = None, "event_form"
        if n.unit is None and i > 0 and nums[i - 1].unit and fv.implied_metric(nums[i - 1].unit) \
                and _PART_OF_RE.fullmatch(text, nums[i - 1].end, n.start):
            # "подключены 17 библиотек из 19": the whole the part before it is of, counted in its unit
            n.unit = nums[i - 1].unit
            n.metric, n.conf, n.how = fv.metrics.get(fv.implied_metric(n.unit)), 0.7, "unit"
        if n.unit and fv.implied_metric(n.unit) and _OUT_OF_BEFORE_RE.search(text, max(0, n.start - 8), n.start) \
                and i + 1 < len(nums) and nums[i + 1].start < _sentence_at(sents, n.start, (0, len(text)))[1]:
            # "Из 15 библиотек к Интернету подключены 13": the figure after "из" counts the whole its noun
            # names, the figure later in the sentence the part the cue names
            n.metric, n.conf, n.how = fv.metrics.get(fv.implied_metric(n.unit)), 0.7, "unit"
        if n.metric is None and n.unit is None and _counted_noun(text, n) is None:
            # "• библиотек – 12": the unit named before the dash, no name of another figure in the clause (not
            # "Детская библиотека – 1 204 читателя": the library whose readers the figure counts)
            before = next((h for h in reversed(local) if h.kind == "U" and h.end <= n.start
                           and _DASH_GAP_RE.fullmatch(text, h.end, n.start)), None)
            if before is not None and fv.implied_metric(before.id):
                n.unit = before.id
        if n.metric is None and n.unit is None:
            n.unit = _label_unit(text, n, ca, local)  # "Іс-шаралар: 74", "Мероприятия – 74"
        if n.metric is None and fv.implied_metric(n.unit) and not _part_of_after(text, n.end) \
                and not (n.unit == "libraries" and _PARTNERS_AFTER_RE.match(text, n.end)):
            # (not "оснащены 20 библиотек из 24": a part of the whole counted after it; not "14 — библиотек-
            # партнеров": other institutions the library works with, not libraries of its own)
            n.metric, n.conf, n.how = fv.metrics.get(fv.implied_metric(n.unit)), 0.8, "unit"
        if n.metric is None and n.unit == "copies" and "loans.total" in fv.metrics and _after_readers_and_visits(nums, i, sents):
            # "2 146 читателей, 15 870 посещений, 38 420 экз.": the copies listed after the readers and the visits are
            # the loans, the third of the three figures a library's work is told by
            n.metric, n.conf, n.how = fv.metrics["loans.total"], 0.7, "cue"
        # a name beyond an "of which" phrase names the part, not this figure
        own = [h for h in local if h.kind in "CL" and not any(
            (n.end <= a and b <= h.start) or (h.end <= a and b <= n.start) for a, b in part_spans)]
        # "кітап және басқа да құжаттар", "книги и другие документы": the kind named with all the others is no part
        # "5 910 экз. книг и 932 экз. периодических изданий": the kind right after another figure and its unit
        # is that figure's
        n.category = _nearest(n, [h for h in own if h.kind == "C" and not _AND_OTHERS_RE.match(text, h.end)
                                  and not _named_after_another(text, h, n, nums, tk)], tokdist)
        if n.category is None:
            # "в т.ч. печатных изданий – 161 305, электронных – 2 115": the kind's adjective alone, its noun the
            # item before it named
            n.category = _elided_kind(text, _sentence_at(sents, n.start, (0, len(text)))[0], n.start, fv, language)
        if n.metric is not None and n.metric.id == "coverage.population_pct" \
                and _PUPILS_COVERED_RE.search(text, ca, n.start):
            n.metric = None  # "Охват учащихся библиотечным обслуживанием – 98 %": the school's pupils, no population
        if n.metric is not None and n.metric.id == "users.youth" and OCCUPIED_YOUTH_RE.search(text, ca, n.start):
            # "жұмыс істейтін жастар – 1 340", "работающая молодёжь – 1 340", "студент жастар": the youth of one
            # occupation, a social group of the readers beside pupils and pensioners, not the readers of the age
            n.metric = None
        if n.category is not None and any(_left_out(text, h) for h in own if h.kind == "C" and h.id == n.category):
            n.category = None  # "книговыдача – 21 460 экз. (без учёта учебников)": the kind left out is no part
        if counted is not None:
            n.category = counted[1]  # "в том числе 20 сельских библиотек": the group of the libraries counted before
        if n.category is not None and _kinds_joined(text, [h for h in own if h.kind == "C"], fv, language):
            n.category = None  # "Выдано книг и журналов – 187 600 экз.": the kinds named together are the whole
        if n.metric is not None and n.category == "periodicals" and n.metric.id == "acquisition.budget" \
                and (_ACQUISITION_AND_SUBSCRIPTION_RE.search(text, ca, n.start)
                     or _PURCHASE_AND_SUBSCRIPTION_RE.search(text, _sentence_at(sents, n.start, (ca, cz))[0], n.start)):
            # "на комплектование и подписку – 3,9 млн сомов", "на приобретение литературы и подписку на базы
            # данных": the books and what is subscribed to, all
            n.category = None
        if n.metric is not None and n.category in n.metric.places:
            n.category = None  # "мерзімді басылымдарда 84 жарияланым": where the articles appeared
        if n.metric is not None and n.category == "books" and (
                n.metric.id.startswith("state_order.") or (
                    n.metric.id == "loans.total"
                    and not any(_of_the_loans(a, n, sents, tk) for a, _ in part_spans)
                    and not any(h.kind == "C" and h.id != "books" and _of_the_loans(h.start, n, sents, tk)
                                for h in tk.hits))):
            # "тапсырыс бойынша 1 420 дана кітап алынды": the order is of books, no part of it; "выдали им 245 300
            # экз. книг": the loans counted in books, unless the paragraph names books as one of its parts or
            # beside other kinds ("Выдано 12 000 экз. книг, 3 000 экз. журналов")
            n.category = None
        if n.metric is None and "fund.withdrawn" in fv.metrics and _WENT_OUT_AFTER_RE.match(text, n.end, cz) \
                and (_FROM_THE_FUND_RE.search(text, ca, n.start)
                     or _CAME_IN_NAMED_RE.search(text, _sentence_at(sents, n.start, (0, len(text)))[0], n.start)):
            # "қордан 2 615 дана кітап шықты", "қорға 3 090 дана түсті, 2 615 дана шықты": the copies that went out
            # of the fund the clause names, or beside what came in ("3 жаңа кітабы жарыққа шықты", published, and a
            # sentence naming no fund are none)
            n.metric, n.conf, n.how = fv.metrics["fund.withdrawn"], 0.7, "cue"
        if _movement_in_books(n, tk, part_spans, sents):
            # "Тоқсанда қорға 145 дана кітап түсті", "870 дана кітап есептен шығарылды": what came into the fund
            # or left it, told in books as the fund is called "кітап қоры", is the whole movement, unless the
            # paragraph sets books beside other kinds ("1 200 дана кітап, 300 дана мерзімді басылым түсті"; a kind
            # after "оның ішінде" is a part of the whole, not beside it)
            n.category = None
        if (n.category == "periodicals" or n.category is None and n.metric is not None
                and n.metric.id == "acquisition.budget") and _DATABASE_SUBSCRIPTION_RE.search(text, ca, n.start) \
                and not _PURCHASE_AND_SUBSCRIPTION_RE.search(text, _sentence_at(sents, n.start, (ca, cz))[0], n.start):
            # "в том числе на подписку на базы данных – 18 340,0 тыс. тенге": a subscription to databases buys
            # electronic resources, not periodicals (the money for books and databases together, "на
            # приобретение литературы и подписку на базы данных", is all the acquisition's, of no one kind)
            n.category = "electronic"
        bare = _BARE_RATE_RE.search(text, ca, n.start) if n.value < 100 and (
            n.metric is None or n.metric.id in _PER_READER_COUNT.values()) else None
        if bare is not None and _RELATIVE_INDICATORS_RE.search(text, *_sentence_at(sents, n.start, (0, len(text)))):
            # "Салыстырмалы көрсеткіштер: оқу – 20,7, келу – 9,5": under the words for relative indicators the
            # bare nouns of reading and coming name the rates per reader
            rate = "ratio.reading" if bare.group(1).lower() == "оқу" else "ratio.attendance"
            if rate in fv.metrics:
                n.metric, n.conf, n.how, n.unit = fv.metrics[rate], 0.6, "cue", None
        if n.value < 100 and (n.metric is None or n.metric.id == "visits.total") \
                and "ratio.attendance" in fv.metrics and _BARE_ATTENDANCE_RE.search(text, ca, n.start) \
                and _OTHER_RATE_NAMED_RE.search(text, *_sentence_at(sents, n.start, (0, len(text)))):
            # "Оқылым – 12,6, келім – 5,6", "кітап айналымы – 2,3; оқылым – 20,5; келім – 7,2": listed among the
            # rates per reader or per copy, the bare "келім" (a word that elsewhere names the visits themselves:
            # "келім саны 67 315") is the visits per reader, which no count under a hundred would be
            n.metric, n.conf, n.how, n.unit = fv.metrics["ratio.attendance"], 0.6, "cue", None
        if (n.metric is None or n.metric.id == "fund.received") and "fund.withdrawn" in fv.metrics \
                and _BARE_WENT_OUT_RE.search(text, ca, n.start) \
                and _CAME_IN_NAMED_RE.search(text, *_sentence_at(sents, n.start, (0, len(text)))):
            # "жыл ішінде түскені – 7 016 дана, шыққаны – 5 912 дана": beside what came into the fund, what went
            # out of it, the noun the movement is told with ("жарыққа шыққаны – 12 кітап", what was published,
            # has no word of coming in beside it)
            n.metric, n.conf, n.how = fv.metrics["fund.withdrawn"], 0.6, "cue"
        count = _PER_READER_COUNT.get(n.metric.id) if n.metric is not None and n.value >= 100 else None
        if count is not None and count in fv.metrics:
            # "келуі 45 210 рет", "кітап оқуы 12 400 дана": the words that name a rate per reader ("оқуы – 21,8",
            # "келуі 9,4") before a figure no reader reaches are the count itself
            n.metric, n.conf = fv.metrics[count], min(n.conf, 0.6)
        if n.metric is not None and (n.metric.unit == "ratio" or n.metric.id.startswith("events.")) and not (
                n.category == "children" and n.metric.id.startswith("events.") and _FOR_CHILDREN_RE.search(text, ca, cz)):
            # "читаемость ... 23 книги в год": what a rate counts is no part of it; "кітап көрмелері"
            # names a kind of event, not the books of the collection (but "для детей" names the events' audience,
            # whether a cue or the unit names the events: "Для детей организовано 687 мероприятий")
            n.category = None
        n.language = _nearest(n, [h for h in own if h.kind == "L" and not _LANGUAGE_ITSELF_RE.match(text, h.start)],
                              tokdist)
        if n.language is not None and _languages_listed(text, [h for h in own if h.kind == "L"], n.language):
            # "выдано 352 800 экз. на таджикском, русском и узбекском языках": the figure is of all the
            # languages listed together, no part in one of them
            n.language = None
        if i and n.language is None and nums[i - 1].unit == "percent" and _SHARE_THEN_COUNT_RE.fullmatch(
                text, nums[i - 1].end, n.start):
            # "қазақ тіліндегі кітаптар берілімі – 68 % (133 620 дана)": the count in brackets after a share is
            # the figure the words before the share name, in their language
            n.language = nums[i - 1].language
        # "of which" parts and bracketed comparisons
        # the whole a part belongs to: not a figure of another period in brackets ("2 864,7 тыс. руб. (в 2022
        # году – 2 511,3 тыс. руб.), в том числе на подписку – 684,2": the part is of the 2 864,7)
        # nor a figure in brackets the part stands outside ("186 420 дана (01.01.2021 ж. – 185 310 дана), оның
        # ішінде мемлекеттік тілде – 92 640": the part is of the 186 420)
        parent = next((o for o in reversed(nums[:i]) if o.metric is not None and o.how not in ("comparison", "group_count")
                       and (not _inside(o.start, parens) or _inside(o.start, parens) == _inside(n.start, parens))),
                      None)
        whole = _genitive_whole(text, n, sents, fv) if n.possessive else None
        if whole is not None:
            # "Оқырмандардың 9 125-і – жастар, 5 310-ы – ...": the whole named in the genitive, each part
            # counted in the possessive; the whole's own figure, if the paragraph states it, is the parent
            parent = next((o for o in reversed(nums[:i]) if o.metric is whole
                           and o.how not in ("comparison", "group", "part")), None) \
                or _Num(0.0, n.start, n.start, "", metric=whole, how="genitive")
        part = _partitive(text, n, ca, fv, lambda a, z: between(a, z, n)) or whole is not None or (
            # "86 іс-шара өткізілді: кітап көрмелері – 30, ...", "поступило 7 045 экз. документов: за счёт
            # средств местного бюджета – 4 118 экз., …, в дар – 1 537 экз.": a list after a colon lists its parts
            parent is not None and parent.metric is not None and _listed_after_colon(text, parent, n, nums, sents))
        if "users.registered" in fv.metrics and (parent is None or parent.metric.id != "users.registered") \
                and _USERS_NAMED_WHOLE_RE.search(text, ca, n.start) \
                and _reader_group(text, n, ca, _group_words_end(text, n, nums[i + 1:], cz, parens)):
            # "Книговыдача составила 219 884 экз. Из числа пользователей дети – 9 110", "Среди читателей дети до 14
            # лет – 9 110": the words of the part name its whole, the users; a group of readers in it is a part of
            # them, not of the figure of another indicator before
            part, parent = True, next(
                (o for o in reversed(nums[:i]) if o.metric is not None and o.metric.id == "users.registered"
                 and o.how not in ("comparison", "group", "part") and _same_sentence(sents, o, n)), None) \
                or _Num(0.0, n.start, n.start, "", metric=fv.metrics["users.registered"], how="genitive")
        # the group named before the figure in its clause, or after it ("8 160 оқырман ауылдық кітапхана-
        # филиалдарға тіркелген")
        colon = text.rfind(":", ca, n.start)
        group = None if colon > 0 and _library_before_colon(text, ca, colon) else (
            library_group(text[ca:n.start]) or (None if _TWO_KINDS_RE.search(text, n.end, cz)
                                                else library_group(text[n.end:cz])))
        if group is None and (kk := _KK_OUT_OF_LIBRARIES_BEFORE_RE.search(text, ca, n.start)) is not None:
            # "26 ауылдық кітапхананың 20-сы Интернетке қосылған": the part counted out of the group named whole
            # before it in the genitive, its noun in the singular after the number, is of that group
            group = counted_library_group(text, kk.start(1) - 1)
        if group is None and _GROUP_NOUN_THEN_FIGURE_RE.match(text, n.end):
            # "оның ішінде 20 ауылдық кітапханада – 4 100": the group's noun after a number in the singular
            group = counted_library_group(text, n.end)
        if group is None and (region := _region_whole(text, n.start, [(ca, cz)], local_body)):
            # "облыс бойынша 254 кітапхана", "облыс бойынша оқырмандар саны – 312 460", "всего по области 312
            # библиотек": the whole region named in the figure's clause, the figure the region's libraries'
            group = region
        if group is None and i and nums[i - 1].category in REGION_LIBRARIES and _same_sentence(sents, nums[i - 1], n) \
                and _LIST_COMMA_RE.fullmatch(text, nums[i - 1].end, ca) and _DASH_LABEL_RE.fullmatch(text, ca, n.start) \
                and _DASH_LABEL_RE.fullmatch(text, clause(nums[i - 1].start)[0], nums[i - 1].start) \
                and not any(ca <= a < n.start for a, _ in part_spans) and not _REPUBLIC_RE.search(text, ca, n.start):
            # (an item naming the republic, "республика бойынша орташа көрсеткіш – 18,7", is the country's average
            # the region is set beside, no item of the region's)
            # "Облыс кітапханаларының оқырмандары – 312 460, келушілер саны – 2 845 300, …": the region's
            # libraries heading a list of labelled figures own every item of it (an item "из них …" is a part)
            group = nums[i - 1].category
        prior_count = nums[i - 1] if i and nums[i - 1].how == "group_count" else None
        if prior_count is not None and (g := _GROUP_NOUN_THEN_FIGURE_RE.match(text, prior_count.end)) \
                and g.end() - 1 == n.start:
            group = prior_count.category  # the group whose libraries the figure before counted
        counts_group = (n.unit == "libraries" or n.unit is None and _KINDS_THEN_LIBRARIES_RE.match(text, n.end)) \
            and (counted_library_group(text, n.end) or group)
        if counts_group and not part and "libraries.count" in fv.metrics and parent is not None \
                and parent.metric is not None and not parent.metric.id.startswith("libraries.") \
                and _same_sentence(sents, parent, n) and not _GROUP_NOUN_THEN_FIGURE_RE.match(text, n.end) \
                and not _GROUP_THEN_DASH_RE.search(text, ca, n.start):
            # "Обслужено 7 300 читателей в 5 городских и 12 сельских библиотеках": the figure before the group's
            # noun counts its libraries, no share of the readers before it (the first of two kinds is its own group)
            n.metric, n.conf, n.how = fv.metrics["libraries.count"], 0.75, "group_count"
            n.category, part = counts_group, False
        elif group and parent is not None and parent.metric is not None and not parent.metric.id.startswith("libraries.") \
                and _same_sentence(sents, parent, n) and (n.metric is None or n.metric is parent.metric
                                                          or n.metric.id.startswith("libraries.")):
            # "15 320 пользователей, в том числе сельские библиотеки – 9 140", "; в сельских библиотеках –
            # 70 215": the share of a group of the system's libraries in the figure before
            n.metric, n.category, part = None, group, True
            if n.unit in (None, "libraries", "branches") and "libraries.count" in fv.metrics \
                    and _GROUP_NOUN_THEN_FIGURE_RE.match(text, n.end):
                # "в том числе в 20 сельских библиотеках – 4 100": the figure before the group's noun counts its
                # libraries; the figure after the dash is the group's share, the whole's part
                n.metric, n.conf, n.how, part = fv.metrics["libraries.count"], 0.75, "group_count", False
            if n.unit in ("libraries", "branches") and _GROUP_THEN_DASH_RE.search(text, ca, n.start):
                # "в том числе сельские библиотеки – 4 650": the libraries before the dash name the group, the
                # figure counts what its whole counts
                n.unit = None
        elif group and n.metric is not None and n.category is None and (
                not n.metric.id.startswith("libraries.") or (group in REGION_LIBRARIES and n.how != "group_count")
                or (n.metric.id != "libraries.count" and parent is not None and parent.category == group)
                # "Ауылдық кітапханалардың 12-сі Интернетке қосылған": how many of that kind's libraries, counted
                # out in the possessive after the kind in the genitive
                or (n.metric.id != "libraries.count" and n.possessive and _KK_KIND_GENITIVE_BEFORE_RE.search(text, ca, n.start))) \
                and (parent is None or not _same_sentence(sents, parent, n) or group in REGION_LIBRARIES
                     or (parent.how == "genitive" and parent.metric is not None and parent.metric.id == "libraries.count")
                     or (parent.metric is not None and parent.metric.id == "libraries.count" and parent.category == group)):
            # "Сельскими библиотеками обслужено 7 200 читателей": a figure of the system's rural libraries
            # alone, with no whole before it, is that group's share of the indicator, not the system's; so too
            # after the group's own count ("Из 26 сельских библиотек в 20 проведено 140 мероприятий")
            n.category = group
        if n.metric is not None and n.category is None and not n.metric.id.startswith("libraries.") \
                and (count := next((o for o in reversed(nums[:i]) if o.metric is not None
                                    and o.metric.id == "libraries.count" and _same_sentence(sents, o, n)), None)) \
                and (counted := counted_library_group(text, count.end)) and group in (None, counted) \
                and count.category in (None, counted) and not _bracketed_before(text, count, n) \
                and not _OTHER_FIGURE_BETWEEN_RE.search(text, _sentence_at(sents, n.start, (0, len(text)))[0], n.start) \
                and not _TWO_KINDS_RE.search(text, _sentence_at(sents, n.start, (0, len(text)))[0], n.start) \
                and not _SYSTEM_TOTAL_RE.search(text, _sentence_at(sents, n.start, (0, len(text)))[0], n.start):
            # (not the system's total the group's count is an aside of: "Всего по системе (18 сельских библиотек)
            # записано 5 100 читателей")
            # "12 сельских библиотек обслужили 8 780 читателей", "20 ауылдық кітапхана 5 400 оқырманға қызмет
            # көрсетті": the group counted as the sentence's subject, its figures after the verb the group's part,
            # and the count that of the group's libraries
            count.category = n.category = counted
            if id(count) in rec_of:
                records[rec_of[id(count)]].values["category"] = counted
        if n.metric is not None and n.category is None and not n.metric.id.startswith("libraries."):
            branch = _branch_named(text, ca, n.start, *_sentence_at(sents, n.start, (0, len(text))))
            if branch is not None:
                # "№1 филиал 1 860 оқырманға қызмет көрсетті", "у Заводского филиала: 2 140 пользователей": the
                # figure of one branch of the system
                n.category = branch
        if n.metric is not None and n.category is None and (region := _region_whole(text, n.start, sents, local_body)):
            # "Всего по области пользователей 486,2 тыс., книговыдача 9,8 млн экз.", "в области Абай работают 312
            # библиотек": the figures of the whole region's network, which a library's report sets beside its own
            n.category = region
        if n.metric is not None and n.category is None and not n.metric.id.startswith(_NO_BRANCH_METRICS):
            # "Надомным абонементом охвачено 412 читателей", "Через 16 пунктов выдачи выдано 14 230 экз.": the
            # readers and loans of one service out of the library's walls, a part of its work
            n.category = outreach_service(text, ca, n.start)
        if (n.category is None or ":" not in n.category) \
                and (n.metric is None or not n.metric.id.startswith(_NO_BRANCH_METRICS)) \
                and n.unit not in ("libraries", "branches"):
            # "Сельская библиотека с. Каменка – 312 читателей, 4 100 посещений, 6 215 экз.": each figure of an
            # item a library heads is that library's; a department heading the item is the figure's, whatever
            # kind its name holds ("балалар әдебиеті бөлімінде – 1 240 оқырман" are no children); a paragraph
            # one library's name opens gives that library its figures
            item = _item_library(text, n.start, _sentence_at(sents, n.start, (0, len(text))))
            if item is None and n.category is None and not part and not last_item:
                # (not the last item of a list of libraries, "…; №5 филиал – 980 оқырман. Жарты жылда 412
                # іс-шара өтті": after its full stop the report speaks of the whole again)
                item = _paragraph_library(text, n.start, sents)
            if item is None and n.category is None:
                # "из них в центре правовой информации – 4": a centre of the library heading the item; "Центром
                # правовой информации … выполнено справок – 1 975": the department the sentence opens with in the
                # instrumental, for a figure its own words name (a part takes its whole's)
                item = centre_item(text, ca, n.start) or (
                    None if part or n.metric is None
                    else agent_department(text, _sentence_at(sents, n.start, (0, len(text)))[0], n.start))
            if n.category is None or (item or "").startswith("department:"):
                n.category = item
        if n.metric is None and i > 0 and nums[i - 1].metric is not None and _same_sentence(sents, nums[i - 1], n):
            # "В Бурабайском районе число читателей составило 24 310, в г. Кокшетау – 41 200": the next place
            # of a list of places, with its figure after a dash, has the figure of the place before
            place = _next_place(text, nums[i - 1], n)
            if place is not None:
                n.metric, n.category, n.conf, n.how = nums[i - 1].metric, place, 0.7, "list"
                n.unit = n.unit or nums[i - 1].unit
        if n.category is None and (place := place_before_brackets(text, n, parens, sents)) is not None:
            # "Наибольшая книговыдача – в Целиноградском районе (185 400)", "библиотеки Зерендинского района
            # (поступило 8 420 экз.)": a figure in brackets right after a district's or a town's name is that
            # place's; one alone in its brackets counts what the sentence named before the place
            sp = _inside(n.start, parens)
            if n.metric is None and _FIGURE_ALONE_RE.fullmatch(text, sp[0] + 1, n.start) \
                    and (hit := _metric_before_place(text, tk, n, sp, parens, sents)) is not None \
                    and (not n.unit or n.unit in fv.metrics[hit.id].units):
                n.metric, n.conf, n.how = fv.metrics[hit.id], 0.6, "place"
            if n.metric is not None and not n.metric.id.startswith(_NO_BRANCH_METRICS):
                n.category = place
        if n.category is None and n.metric is not None and not n.metric.id.startswith(_NO_BRANCH_METRICS):
            # "В Бурабайском районе число читателей составило 24 310, в г. Кокшетау – 41 200": the figure of
            # one district's or town's libraries, as an oblast's summary names them
            n.category = place_named(text, ca, n.start)
        if (mode := _users_service_mode(text, ca, n, nums[:i], sents, fv)) is not None:
            # "обслужено 8 765 пользователей, из них в стационарных условиях – 6 940, вне стационара – 1 105,
            # удалённо – 720": the users by the way they are served, as the statistics of Russian libraries
            # count them: the users in the library's walls and out of them, and the remote users
            n.metric, n.category, n.how = fv.metrics[mode[0]], mode[1], "part"
            n.conf = min(n.conf or 0.7, 0.7)
        if n.category is None and n.metric is not None and i > 0 \
                and (nums[i - 1].category or "").startswith(("department:", "branch:")) \
                and _same_sentence(sents, nums[i - 1], n) and _TO_THEM_RE.search(text, ca, n.start):
            # "через пункты выдачи обслужено 1 124 пользователя, выдано им 31 250 экз.": what was given to the
            # readers just counted is theirs, of their service or library
            n.category = nums[i - 1].category
        if n.category is None and n.metric is not None and i > 0:
            # "Фонд библиобуса – 6 850 экз., за год пополнен на 1 240 экз.": the clause goes on about the fund
            # of the clause before, the bookmobile's
            n.category = subject_carried(text, nums[i - 1], n, sents)
        paren = _inside(n.start, parens)
        comparison = None
        if paren and parent and parent.end <= paren[0]:
            # "(2021 жылы – 23 115, 2020 жылы – 19 870)": each figure of the brackets is the figure before
            # them in the year it names
            comparison = _bracket_period(n, [p for p in periods if p.explicit_year], paren, text) \
                or _compared_before(text, compared, paren, n) \
                or (parent.metric is not None and parent.metric.stock and not n.unit
                    and next((d for d in dates if paren[0] <= d.start and d.end <= n.start), None))
            # ("фонд на 01.01.2023 составил 1 486 215 ед. хранения (на 01.01.2022 – 1 474 540)": a stock at
            # another date, its own unit left out)
        if paren and parent is not None and parent.end <= paren[0] and not comparison and prior_bracket is not None \
                and bare_bracket(text, paren, parent.end, n.start, n.end, prior_bracket) \
                and (n.unit == parent.unit if n.unit else _counted_noun(text, n) is None or n.scale and parent.scale):
            # (the figure's scale word is no counted thing: "Число пользователей – 9,4 тыс. человек (2022 – 9,1
            # тыс.)" is the year before's thousands of the same readers)
            # "детей до 14 лет – 2 604 (2 571)", "Книговыдача – 158 300 экз. (2021 – 154 920)" in a report that
            # writes the year before in brackets after its figures: the figure before, in that year (not a count of
            # another thing: "1 240 құжат (86 520 бет)", "12 клубов (240 участников)")
            comparison = bare_prior[id(n)] = PeriodMatch(prior_bracket, paren[0] + 1, paren[0] + 1, "")
        if paren and parent is None and n.metric is None and _YEARS_ONLY_RE.fullmatch(text, paren[0] + 1, n.start):
            # "кітап берілімі 73 300 данаға кеміді (2019 жылы – 371 900, 2020 жылы – 298 600)": the difference is
            # no figure, and the years' figures in the brackets are of the indicator the sentence names before them
            # (not when a figure stands before the brackets, one its indicator's words were refused for:
            # "Мектепке дейінгі балалар оқырмандар қатарында – 730 (2018 жылы – 690)")
            s0 = _sentence_at(sents, n.start, (0, 0))[0]
            named = [fv.metrics[h.id] for h in metric_hits if s0 <= h.start and h.end <= paren[0] and h.id in fv.metrics]
            if named and (not n.unit or n.unit in named[-1].units) \
                    and not any(s0 <= o.start and o.end <= paren[0] for o in nums[:i]):
                n.metric, n.conf, n.how = named[-1], 0.7, "comparison"
        if paren and n.metric is None and comparison is None \
                and (cy := _COMPARED_YEAR_BEFORE_RE.search(text, max(0, paren[0] - 40), paren[0])) is not None \
                and not text[paren[0] + 1:n.start].strip() and not text[n.end:paren[1]].strip(" )"):
            # "число пользователей уменьшилось на 412 человек по сравнению с 2020 годом (17 252)": the figure alone
            # in brackets after the year compared is that year's figure of the indicator the sentence names
            s0 = _sentence_at(sents, n.start, (0, 0))[0]
            named = [fv.metrics[h.id] for h in metric_hits if s0 <= h.start and h.end <= cy.start() and h.id in fv.metrics]
            if named and (not n.unit or n.unit in named[-1].units):
                n.metric, n.conf, n.how = named[-1], 0.7, "comparison"
                comparison = bare_prior[id(n)] = PeriodMatch(make_period(int(cy.group(1))), paren[0] + 1, paren[0] + 1, "")
        if part and parent is not None and (n.metric is None or n.metric is parent.metric) \
                and parent.metric.id == "users.registered":
            # "записано 850 читателей, в том числе 310 детей": the readers' part is a group of readers
            group = _reader_group(text, n, ca, _group_words_end(text, n, nums[i + 1:], cz, parens))
            if group is not None and group in fv.metrics:
                n.metric, n.conf, n.how = fv.metrics[group], 0.8, "group"
                # "Пользователей 1 246, из них детей – 418" in the paragraph of one library: that library's children
                n.category = n.category or branch_of_whole(parent, n, sents)
        elif part and parent is not None and (n.metric is None or n.metric is parent.metric) \
                and parent.metric.id in _GROUP_FIGURES and parent.category is None \
                and (not n.unit or n.unit in parent.metric.units):
            # "их посетили 21 380 человек, в том числе 9 870 детей": the participants of that group of readers
            # (not "… 3 210 человек, из них для детей – 62 мероприятия": a count of its own kind)
            group = _reader_group(text, n, ca, _group_words_end(text, n, nums[i + 1:], cz, parens))
            if group is not None and reader_category(group) is not None:
                _share_of_group(n, parent, group)
        if part and parent is not None and (n.metric is None or n.metric is parent.metric
                                            or (n.possessive and n.metric.id == "events.actual")) \
                and parent.metric.id == "visits.total" and "visits.events" in fv.metrics \
                and (_EVENTS_WORD_RE.search(text, ca, n.start)
                     or (n.possessive and _EVENTS_AFTER_RE.match(text, n.end))):
            # "посещений – 27 640, из них на мероприятиях – 6 215": the visits to events; in Kazakh the events
            # come after the part ("оның 9 870-і іс-шараларға келгендер", "келушілердің 4 150-і бұқаралық
            # іс-шараларға келгендер": the visitors' part, whatever the events' word after it names)
            n.metric, n.conf, n.how = fv.metrics["visits.events"], 0.8, "cue"
        if parent is not None and n.metric is not None and n.metric.id == "finance.paid_services" \
                and parent.metric is not None and parent.metric.id == "acquisition.budget" \
                and _OFF_BUDGET_SOURCE_RE.search(text, ca, n.start):
            # "На комплектование израсходовано 96.318 руб., из них из местного бюджета – 82.100 руб., из
            # внебюджетных средств – 14.218 руб.": the share of the buying paid from off-budget money, no revenue
            n.metric = None
        if part and parent is not None and (n.metric is None or n.metric.id in ("users.remote", "visits.web")) \
                and parent.metric.id == "bibliography.references" \
                and "bibliography.virtual_references" in fv.metrics and _VIRTUAL_RE.search(text, ca, cz):
            # "12 380 справок, из них 1 960 – в виртуальном режиме": the references given online ("в удалённом
            # режиме" too, whose words name remote readers elsewhere)
            n.metric, n.conf, n.how = fv.metrics["bibliography.virtual_references"], 0.8, "cue"
        if n.metric is not None and n.metric.id == "users.youth" and SOCIAL_YOUTH_RE.search(text, max(ca, n.start - 40),
                                                                                          n.start):
            # "работающая молодёжь – 340", "учащаяся молодёжь – 1 200" in a list of readers by social group: a group
            # by occupation, no count of the young readers by age
            n.metric = None
        if part and parent is not None and n.metric is not None and n.metric.id in ("users.children", "users.youth") \
                and not parent.metric.id.startswith("users."):
            if parent.metric.id in _GROUP_FIGURES and parent.category is None:
                # "их посетили 21 380 человек, в том числе 9 870 детей", "Выдано 45 000 экз., из них 12 300 – детям
                # до 14 лет": the participants, the loans, the visits of that group of readers
                _share_of_group(n, parent, n.metric.id)
            else:
                # not the number of child readers
                n.metric = None
                continue
        if part and whole is None and parent is not None and n.metric is not None and n.metric is not parent.metric \
                and not n.unit and not set(n.metric.units) & set(parent.metric.units) \
                and not any(o.metric is not None and o.metric is not n.metric and set(o.metric.units) & set(n.metric.units)
                            for o in nums[:i] if _same_sentence(sents, o, n) or _same_sentence(sents, o, parent)):
            # "Количество компьютеров – 46, из них подключены к Интернету – 40": a part without a unit of
            # its own counts what its whole counts (computers), not the libraries its cue names
            # (the whole may stand before a figure of another kind: "работают 37 человек при штате 38,5 единицы, из
            # них с высшим образованием – 21": of the people; so in the sentence before the part's: "Жүйеде 46
            # қызметкер еңбек етеді, штат бірлігі – 47,5. Олардың 28-і жоғары білімді")
            n.metric = None
            if not (n.category and parent.metric.id.startswith("fund.") and parent.category is None):
                continue
            # "Поступило 8 932 экз. (из них по подписке – 2 140, …)": a kind of documents the part names (the
            # subscription's periodicals, whose word names the money paid for them elsewhere) is a part of the
            # copies of the fund's movement before it, taken below
        if part and parent is not None and (n.metric is None or n.metric is parent.metric) and n.how != "event_form":
            if n.unit and n.unit not in parent.metric.units and parent.metric.id == "events.participants" \
                    and _FOR_CHILDREN_RE.search(text, ca, cz) \
                    and (held := _events_held_before(nums[:i], parent, sents)) is not None \
                    and n.unit in held.metric.units:
                # "Проведено 96 мероприятий, участников 2 310 человек, в том числе 41 мероприятие для детей": the
                # events for children after the participants are a part of the events counted before them
                parent = held
            if n.unit and n.unit not in parent.metric.units:
                continue
            if parent.category and n.category == parent.category and parent.how != "part" \
                    and n.language in (None, parent.language) and id(parent) in stated:
                # "for the book collection 6000, of which for books 4500": a part cannot be
                # its whole, so the figure before "of which" is the whole, not that category
                parent.category = None
                stated[id(parent)].values["category"] = None
            if parent.category in REGION_LIBRARIES and n.category and (
                    not n.category.startswith("branch:") or library_group(n.category[len("branch:"):]) == n.category):
                # "Облыс кітапханаларында 1 046 қызметкер, оның ішінде 862 кітапханашы": the region's libraries are
                # the whole an oblast's summary is about; the part of a kind is that kind's of the whole, and the
                # part of a group of them ("312 библиотек, из них 268 сельских", "облыс бойынша 254 кітапхана, оның
                # ішінде 198 ауылдық") that group's
                pass
            elif parent.category and n.category and fv.categories.get(n.category, {}).get("within") == parent.category:
                # "Выдано 245 300 экз. книг. Из них художественной литературы – 120 000 экз.": a kind within the
                # whole's kind (fiction within books) is a part of that whole, not of a part
                pass
            elif n.category == "gifts" and parent.metric.id == "fund.received":
                # "поступило 312 экз. книг, в том числе 145 экз. – в дар": the gifts among the copies of a kind that
                # came in, a way they came and no kind of their own
                pass
            elif parent.category and n.category and n.category != parent.category:
                # a part of a part under another name ("fiction, of it in Kazakh, of
                # it 20 CD books"): flat (category, language) cannot say it
                n.metric = None
                continue
            n.metric, n.conf, n.how = parent.metric, 0.8, "part"
            n.unit = n.unit or parent.unit
            n.category = n.category or parent.category
            if n.category is None and not parent.metric.id.startswith(_NO_BRANCH_METRICS):
                # "Проведено 512 мероприятий (из них вне стационара – 74)": the part of the service out of the
                # library's walls (or in them)
                n.category = outreach_service(text, ca, n.start) or stationary_part(text[ca:n.start])
            n.language = n.language or parent.language
            if (n.category, n.language) == (parent.category, parent.language) \
                    and parent.metric.id in ("finance.budget", "acquisition.budget") \
                    and (src := funding_source(text[ca:cz])) is not None:
                # "…, оның ішінде жергілікті бюджеттен – 11 846,0 мың теңге": the part of the budget from that source
                # (so of the money spent on the fund: "на комплектование израсходовано 1 184,6 тыс. руб., из них из
                # областного бюджета – 310,0 тыс. руб.")
                n.category = src
            if (n.category, n.language) == (parent.category, parent.language) and parent.metric.id == "fund.received" \
                    and "gifts" in fv.categories and _GIFT_RE.search(text, ca, cz):
                # "(оның ішінде демеушілер сыйға тартқан 240 дана)", "из них 45 подарены читателями": the part its
                # own clause says was given is the gifts among the copies received
                n.category = "gifts"
            pa, pz = clause(parent.start)
            if (n.category, n.language) == (parent.category, parent.language) \
                    and parent.metric.id.startswith(("staff.", "finance.")) and _SECTOR_RE.search(text, pa, pz) \
                    and not LIBRARY_WORD_RE.search(text, pa, pz) and LIBRARY_WORD_RE.search(text, ca, cz):
                # "Саланың бюджеті – 1 046 380,0 мың теңге, оның ішінде кітапханаларға – 168 420,0 мың теңге": the
                # libraries' share of the sector's money or staff is the libraries' own whole
                n.how = "cue"
            elif (n.category, n.language) == (parent.category, parent.language):
                # "поступило 3 140 экз., из них в III квартале – 1 205": a part of the same name that names its
                # own period is the same figure of a shorter period
                own = _period_for(n, periods_of(n), sents, paren, parens, text, carry_parts=doc_period is None)
                whole = stated.get(id(parent))
                online = n.metric.id in ("events.actual", "events.participants") and any(
                    not between(min(m.end(), n.end), max(m.start(), n.start), n) for m in _ONLINE_RE.finditer(text, ca, cz))
                if online:
                    # "оның ішінде 412 онлайн іс-шара": the events held online, a part kept unnamed, as they are alone
                    n.metric = None
                elif own is None or own.start < ca or whole is None \
                        or resolve_period(own.period, doc_period).code == whole.values.get("period"):
                    n.metric = None  # "оның 1-і уақытша ...": a part we cannot name
                    unnamed_part_of[id(n)] = parent
                    if not _social_group(text, ca, n.start):
                        continue
                    # "Читателей – 6 410, из них учащихся – 2 240, пенсионеров – 310": the first social group after
                    # the lead of the parts is kept with its label, as the groups after it are
        elif comparison and parent is not None and (n.metric is None or n.metric is parent.metric) \
                and (not n.unit or n.unit in parent.metric.units):
            named = [fv.metrics[h.id] for h in metric_hits if parent.end <= h.start and h.end <= paren[0]
                     and h.id in fv.metrics and _same_sentence(sents, h, n)]
            if named and named[-1] is not parent.metric and n.metric is None and not _same_sentence(sents, parent, n) \
                    and (not n.unit or n.unit in named[-1].units):
                # "Оның ішінде … балалар – 4 120, … Өткен жылмен салыстырғанда оқырмандар 215-ке көп (2023 жылдың
                # 9 айында – 10 770)": the figure before is another sentence's; the indicator its own sentence
                # names before the brackets is the one compared
                n.metric, n.conf, n.how = named[-1], 0.8, "comparison"
            else:
                n.metric, n.conf, n.how = parent.metric, 0.8, "comparison"
                n.unit = n.unit or parent.unit
                n.category = n.category or parent.category
                n.language = n.language or parent.language
        elif i > 0 and nums[i - 1].metric is not None and against_figure(text, nums[i - 1], n) \
                and (not n.unit or n.unit in nums[i - 1].metric.units):
            # "Посещений – 61 300 против 64 020 в 2022 г.": the figure compared with counts what the
            # figure before "против" counts, whatever cue comes after it
            sib = nums[i - 1]
            n.metric, n.conf, n.how = sib.metric, 0.8, "comparison"
            n.unit = n.unit or sib.unit
            n.category, n.language = n.category or sib.category, n.language or sib.language
        elif n.metric is None and i > 0 and nums[i - 1].metric is not None and nums[i - 1].how != "comparison" \
                and _same_sentence(sents, nums[i - 1], n) \
                and (n.unit in (None, nums[i - 1].unit) or n.unit in nums[i - 1].metric.units) \
                and (n.unit or _counted_noun(text, n) is None) \
                and _period_listed(text, periods, (ca, n.start), clause(nums[i - 1].start), nums[i - 1], doc_period):
            # "Читателей в 2017 году – 5 800, в 2018 году – 6 000": the figure of another period in a
            # clause of its own that names only that period counts what the figure before it counts
            sib = nums[i - 1]
            n.metric, n.conf, n.how = sib.metric, 0.7, "sibling"
            n.unit = n.unit or sib.unit
            n.category, n.language = n.category or sib.category, n.language or sib.language
        elif n.metric is None and i > 0 and nums[i - 1].metric is not None and nums[i - 1].how != "comparison" \
                and _same_sentence(sents, nums[i - 1], n) \
                and (n.unit in (None, nums[i - 1].unit) or n.unit in nums[i - 1].metric.units) \
                and part_listed(text, periods, (ca, n.start), clause(nums[i - 1].start), nums[i - 1]) is not None:
            # "Келушілер І тоқсанда 4 210, ІІ тоқсанда 3 870, …, жыл бойы барлығы 15 640": each part of the year
            # listed after the first, and the year's sum closing the list, count what the first figure counts
            sib = nums[i - 1]
            n.metric, n.conf, n.how = sib.metric, 0.7, "sibling"
            n.unit = n.unit or sib.unit
            n.category, n.language = n.category or sib.category, n.language or sib.language
        elif n.metric is None and (hit := _indicator_of_difference(text, tk, n, nums, parens, diffs)) is not None \
                and (not n.unit or n.unit in fv.metrics[hit.id].units):
            # "число пользователей увеличилось на 186 (в I полугодии 2021 г. – 6 028), число посещений – на 4 120
            # (32 750)": the figure in brackets right after a difference is the indicator's in the period compared
            n.metric, n.conf, n.how = fv.metrics[hit.id], 0.6, "compared"
        elif n.metric is None and (sib := _before_brackets(n, i, nums, parens)) is not None \
                and sib.metric is not None and sib.how != "comparison" and _same_sentence(sents, sib, n) \
                and (n.unit in (None, sib.unit) or n.unit in sib.metric.units) \
                and (n.unit or _counted_noun(text, n) is None) \
                and _period_listed(text, periods, (ca, n.start), clause(sib.start), sib):
            # "в 2020 г. – 268 (из них 154 – онлайн), в 2021 г. – 376": the list of periods goes on past the
            # brackets of the figure before
            n.metric, n.conf, n.how = sib.metric, 0.7, "sibling"
            n.unit = n.unit or sib.unit
            n.category, n.language = n.category or sib.category, n.language or sib.language
        elif n.metric is None and n.category is None and i > 0 and nums[i - 1].metric is not None \
                and nums[i - 1].metric.id in ("finance.budget", "acquisition.budget") \
                and (nums[i - 1].category or "").startswith("source:") \
                and _same_sentence(sents, nums[i - 1], n) and fv.money(n.unit) \
                and (src := funding_source(text[ca:cz])) is not None:
            # "… жергілікті бюджеттен – 11 846,0 мың теңге, демеушілік көмек – 420,0 мың теңге": the list of the
            # budget's sources goes on
            n.metric, n.conf, n.how, n.category = nums[i - 1].metric, 0.7, "part", src
        elif n.metric is None and n.category is None and n.language is not None \
                and (sib := language_part_after_kind(text, n, i, nums, sents)) is not None:
            # "в т.ч. учебной литературы – 211 640 экз., на казахском языке – 132 450 экз.": a language listed
            # after a kind among the parts is the whole's part in that language, not the kind's
            n.metric, n.conf, n.how = sib.metric, 0.7, "part"
            n.unit = n.unit or sib.unit
        elif n.metric is None and n.category is not None \
                and (sib := _named_part_before(n, i, nums, sents, fv, parens)) is not None:
            # "6 870 экз. – книги, 2 550 экз. – периодические издания": a list of named parts goes on
            # in the next clause with the same metric (and in the unit of their whole: "в том числе книг –
            # 150 200, журналов – 30 100")
            n.metric, n.conf, n.how = sib.metric, 0.7, sib.how if sib.how == "part" else "sibling"
            n.unit = n.unit or sib.unit
        elif n.metric is None and n.category is not None \
                and (whole := _whole_of_unnamed_part(n, i, nums, sents, unnamed_part_of)) is not None \
                and (n.unit is None or n.unit in whole.metric.units):
            # "из них учебный фонд – 17 415 экз., художественная литература – 6 912 экз.": after a part no category
            # names, the list of parts goes on, each named one a part of the same whole
            n.metric, n.conf, n.how = whole.metric, 0.7, "part"
            n.unit = n.unit or whole.unit
        elif n.metric is None and n.language is not None \
                and (j := _index_before_shares(nums, i, parens)) >= 0 and (sib := nums[j]).metric is not None \
                and sib.how == "part" and sib.language not in (None, n.language) \
                and n.category == sib.category and _same_sentence(sents, sib, n) \
                and n.unit in (None, sib.unit):
            # "из них на узбекском языке – 3 940 экз., на русском языке – 1 215 экз.": a list of the parts in
            # each language goes on in the next clause with the same metric (past the share in brackets each
            # part may carry: "қазақ тілінде – 48 210 дана (62,4 %), орыс тілінде – 27 940 дана (36,2 %)")
            n.metric, n.conf, n.how = sib.metric, 0.7, "part"
            n.unit = n.unit or sib.unit
        elif n.metric is None and n.unit in _FALLBACK_UNITS and not n.possessive and n.how != "rate" \
                and not _item_of_a_list(text, n, nums, sents, part_spans):
            m = _by_topic(n, fv, [h for h in topics + metric_hits
                                  if not owned(h, n) and not in_department_name(text, h.start)],
                          _sentence_at(sents, n.start))
            if m is not None and not (m.id == "acquisition.budget" and _value_of_copies_received(text, n, tk, sents)):
                # (the value of what came into the fund is no money spent on buying, as with a word of a sum above)
                n.metric, n.conf, n.how = m, 0.6, "topic"
                if _movement_in_books(n, tk, part_spans, sents):
                    # "Биыл қорға 186 дана жаңа кітап келді": the fund named as the topic, the whole movement too
                    n.category = None
        if n.metric is not None and n.metric.id.startswith("fund.") and n.category is None and n.language is None \
                and _KNOWLEDGE_BRANCH_BEFORE_RE.search(text, max(0, n.start - 60), n.start):
            # "По отраслям знаний: общественно-политическая литература – 21 840 экз., естественнонаучная – 9 315
            # экз., техническая – 6 102 экз.": a section of the fund by the library classification is a part no
            # category names, no second figure of the whole fund
            n.metric = None
        inner = _inside(n.start, parens)
        if n.metric is not None and n.metric.id == "visits.total" and inner and i > 0 and "visits.events" in fv.metrics \
                and nums[i - 1].metric is not None and nums[i - 1].metric.id == "events.actual" \
                and nums[i - 1].end <= inner[0] and not re.search(r"[,;.]", text[nums[i - 1].end:inner[0]]):
            # "организовано 687 мероприятий (23 540 посещений)": the visits of those events
            n.metric, n.how = fv.metrics["visits.events"], "cue"
            n.category = n.category or nums[i - 1].category
        elif n.metric is not None and n.metric.id == "visits.total" and i > 0 and "visits.events" in fv.metrics \
                and nums[i - 1].metric is not None and nums[i - 1].metric.id == "events.actual" \
                and _same_sentence(sents, nums[i - 1], n) and _THEIR_VISITS_RE.search(text, nums[i - 1].end, n.start):
            # "Проведено 1 845 массовых мероприятий, число их посещений – 52 370": the visits of those events
            n.metric, n.how = fv.metrics["visits.events"], "cue"
            n.category = n.category or nums[i - 1].category
        if n.metric is not None and n.metric.id in ("events.actual", "events.participants") \
                and _FOR_LIBRARIANS_RE.search(text, _sentence_at(sents, n.start, (0, 0))[0], n.start):
            # "Для библиотечных специалистов области организовано 14 семинаров": the methodical work's training of
            # librarians, none of the library's events for its readers
            n.metric = None
        if n.metric is not None and n.metric.id == "catalog.records" and _ADDED_RE.search(text, ca, cz) \
                and _WHOLE_VOLUME_RE.search(text, *_sentence_at(sents, n.start, (0, len(text)))) \
                and not _size_verb_last(text, ca, n.start):
            # "каталог пополнился на 7 310 записей; общий объём ЭК – 168 452 записи": the records added beside
            # the catalogue's size, which is the figure its metric counts
            n.metric = None
        if n.metric is not None and n.metric.id == "catalog.records" and _ADDED_RE.search(text, ca, cz) \
                and any(o.metric is n.metric and _same_sentence(sents, o, n) and not _ADDED_RE.search(text, *clause(o.start))
                        for o in nums[:i]):
            # "Электронды каталогтағы жазбалар саны – 28 640 (жыл ішінде 2 150 жазба қосылды)", "каталог 52 780
            # жазбадан тұрады, жыл ішінде 2 960 жазба енгізілді": the records added after the catalogue's size in
            # the sentence, no second size
            n.metric = None
        prev = nums[i - 1] if i > 0 else None
        if n.metric is not None and not (n.category or n.language) and n.how != "part" and prev is not None \
                and prev.metric is n.metric and prev.how in ("part", "sibling") and prev.category is not None \
                and _same_sentence(sents, prev, n) and not find_in_matching_form(fv.total_re, text[ca:n.start]):
            # "в том числе книг – 281 302 экз., периодических изданий – 14 877 экз., документов на электронных
            # носителях – 1 667 экз.": a part of the list no category names is no whole
            n.metric = None
        whole_of = _FROM_WHOLE_BEFORE_RE.search(text, max(ca, n.start - 60), n.start) \
            if n.metric is not None and n.how not in ("part", "group") and not (n.category or n.language) else None
        if whole_of is not None and any(h.kind in "MT" and h.id == n.metric.id
                                        for h in tk.hits if whole_of.start() <= h.start < whole_of.end()):
            # "Из 874 мероприятий 312 проведены в онлайн-формате": a part of the whole named before it, which
            # names it no further ("Из 24 библиотек 19 подключены к сети Интернет" names another indicator)
            n.metric = None
        if n.metric is not None and not n.metric.id.startswith("libraries.") and n.unit in (None, "libraries") \
                and _OUT_OF_LIBRARIES_BEFORE_RE.search(text, max(0, n.start - 80), n.start) \
                and i + 1 < len(nums) and _same_sentence(sents, n, nums[i + 1]):
            # "Из 26 сельских библиотек в 20 проведено 140 мероприятий", "… 18 обслужили 2 300 читателей": the
            # figure right after the libraries counted whole is how many of them did it, no count of events or
            # readers (the figure after it is that)
            n.metric = None
        if n.metric is not None and n.unit is None and _YEAR_RE.fullmatch(n.text) and default_year is not None \
                and abs(int(n.text) - default_year) <= 3 and _LABEL_UNDASHED_BEFORE_RE.search(text, max(ca, n.start - 40), n.start) \
                and _ITEM_ENDS_RE.match(text, n.end, cz):
            # "оқырмандар 2024", "Оқырмандар 2023": a year near the report's after a label with no dash, alone in
            # its item, is the year the label is of (a heading of a list of a year's figures), no figure of the
            # indicator ("Тіркелген оқырмандар 1987" is one)
            n.metric = None
        if n.metric is not None and (_NOT_THE_METRIC_BEFORE_RE.search(text, max(ca, n.start - 48), n.start)
                                     or _NOT_THE_METRIC_AFTER_RE.match(text, n.end)) \
                and not n.metric.id.startswith("equipment."):
            # "вновь записано 1 126 читателей" (new readers, not the registered), "Средняя стоимость
            # приобретённой книги – 412 руб." (a price), "приобретено 6 ноутбуков" (equipment, not documents)
            n.metric = None
            refused.add(id(n))
        if n.metric is not None and n.metric.id.startswith("staff.") \
                and _STAFF_BAND_BEFORE_RE.search(text, max(ca, n.start - 48), n.start):
            # "В возрасте до 30 лет работают 5 человек", "30 жасқа дейінгі 4 маман": a band of the staff's age,
            # a part of the staff, no headcount (bands of service are refused above)
            n.metric = None
            refused.add(id(n))
        if n.metric is not None and n.metric.id == "libraries.count" \
                and (_NETWORK_CHANGE_RE.search(text, max(ca, n.start - 40), n.start)
                     or _NETWORK_CHANGE_RE.match(text, n.end, min(cz, n.end + 60))):
            # "закрыта 1 сельская библиотека", "2 кітапхана жабылды": a change of the network, not its size
            n.metric = None
        if n.metric is not None and n.metric.id == "libraries.count" and _SERVE_CHILDREN_AFTER_RE.match(text, n.end, cz) \
                and _OBLAST_NAMED_RE.search(text, *_sentence_at(sents, n.start, (ca, cz))):
            # "Қызылорда облысында 214 кітапхана балаларға қызмет көрсетеді", "В области 186 библиотек обслуживают
            # детей": the libraries of the oblast that serve children, neither the system's count nor the region's
            n.metric = None
        if n.metric is not None and n.metric.id == "libraries.count" and n.category is None and n.value == 1 \
                and _MAIN_LIBRARY_RE.match(text, len(text) - len(text[n.end:].lstrip())):
            # "В систему входят 1 центральная библиотека, 1 детская и 21 сельская библиотека", "1 орталық
            # кітапхана, 1 балалар кітапханасы және 18 ауылдық кітапхана": the system's one central (children's)
            # library, a member of the network, not its count
            n.metric = None
        if n.metric is not None and n.metric.id == "users.registered" and n.category is None and n.how != "part" \
                and (group := _group_before_readers(text, metric_hits, ca, n)) is not None and group in fv.metrics:
            # "14 жасқа дейінгі оқырмандар саны 3 420-ға жетті": the readers' words an age group qualifies name
            # that group's readers
            n.metric = fv.metrics[group]
        if (n.metric is None or n.metric.id.startswith("users.")) and "staff.headcount" in fv.metrics \
                and _LIBRARIANS_AFTER_RE.match(text, n.end) and _STAFF_AT_WORK_RE.search(text, ca, cz):
            # "библиотечное обслуживание ведут 2 библиотекаря", "Автобуста 2 кітапханашы мен 1 жүргізуші жұмыс
            # істейді": the librarians at work are the staff, never readers
            n.metric, n.conf, n.how = fv.metrics["staff.headcount"], 0.7, "cue"
        if (n.metric is None or n.metric.id == "users.registered") and n.category is None \
                and n.unit in (None, "people") and "events.participants" in fv.metrics \
                and _reached_after_events(text, nums, i, sents):
            # "26 іс-шара ұйымдастырылып, 870 оқырман қамтылды": the people the events of the sentence reached are
            # their participants, not the library's readers
            n.metric, n.conf, n.how = fv.metrics["events.participants"], 0.6, "cue"
        if n.metric is not None and n.metric.id in ("events.actual", "events.participants") \
                and (n.category is None or n.category in fv.categories and n.category not in _EVENTS_FOR) \
                and n.how not in ("comparison", "sibling") \
                and (_THEME_RE.search(text, _sentence_at(sents, n.start, (0, 0))[0], n.start)
                     or any(not between(min(m.end(), n.end), max(m.start(), n.start), n) and not _both_ways(text, m)
                            for m in _ONLINE_RE.finditer(text, ca, cz))) \
                and not find_in_matching_form(fv.total_re, text[_sentence_at(sents, n.start, (0, 0))[0]:n.start]):
            # "К Дню Независимости … проведено 64 мероприятия", "Пропаганде здорового образа жизни посвящено 38
            # мероприятий", "По экологическому просвещению прошло 41 мероприятие": the events of one theme or
            # occasion, a part of the year's that no metric names; and so are the events held online ("Карантин
            # кезінде 6 онлайн іс-шара ұйымдастырылды", "В онлайн-формате проведено 12 мероприятий"; not "Из 874
            # мероприятий 312 проведены в онлайн-формате", where the word is another figure's)
            # (a kind of documents the name of a campaign holds, «Бір ел – бір кітап», is no category of its events)
            n.metric, n.category = None, None
        if n.metric is not None and (n.category is None or n.category.startswith("branch:")
                                     or n.metric.id == "libraries.count") \
                and n.metric.id in ("events.actual", "events.participants", "libraries.count", "users.registered") \
                and _one_event(text, n, _sentence_at(sents, n.start, (0, len(text))), parens, dates):
            # "Интересно прошёл исторический час «Ұлы дала тұлғалары» в городской библиотеке № 1 (15 декабря, 32
            # участника)": the people at one event, told by its name
            n.metric = None
        if n.metric is not None and n.metric.id in ("events.actual", "events.participants") \
                and _EVENT_FORM_AFTER_RE.match(text, n.end):
            # "Соның ішінде 14 кітап көрмесі, 9 әдеби кеш, 6 викторина өткізілді", "в том числе 14 книжных выставок":
            # the events of one form, a part of the events no metric names, and no people
            n.metric = None
        if n.metric is not None and n.metric.id == "digitization.pages" and _ATTACHMENT_RE.match(text) \
                and _PAGES_AFTER_RE.match(text, n.end) and not _DIGITIZED_RE.search(text):
            # "Қосымша: іс-шаралар жоспары, 2 бет.", "Приложение: на 3 стр.": the pages of what a letter of report
            # sends with it, nothing the library digitized
            n.metric = None
        if n.metric is None and n.category == "librarians" and n.unit in (None, "people") \
                and "staff.headcount" in fv.metrics and _counted_noun(text, n) is None \
                and (lab := _LIBRARIANS_LABEL_RE.search(text, ca, n.start)) is not None \
                and not re.search(r"[^\W\d_]", text[ca:lab.start()]) \
                and any(o.metric is not None and o.metric.id == "staff.headcount"
                        and (o.category is None or o.category in REGION_LIBRARIES)
                        and _same_sentence(sents, o, n) for o in nums[:i]):
            # "Всего работает 118 чел., библиотечных работников – 96, из них с высшим образованием – 41": the
            # librarians named before a dash, a part of the staff counted before them in the sentence
            n.metric, n.conf, n.how = fv.metrics["staff.headcount"], 0.7, "part"
        if n.metric is None and n.unit in (None, "people") and "staff.headcount" in fv.metrics \
                and (_STAFF_AFTER_RE.match(text, n.end) and _IN_THE_LIBRARY_RE.fullmatch(text, ca, n.start)
                     or _STAFF_AFTER_KK_RE.match(text, n.end) and _IN_THE_LIBRARY_KK_RE.fullmatch(text, ca, n.start)):
            # "В библиотеке 46 сотрудников, из них …", "В ЦБС – 31 работник": the people a library has, said with
            # no verb (as "Кітапханада 46 қызметкер бар"), are its staff
            n.metric, n.conf, n.how = fv.metrics["staff.headcount"], 0.7, "cue"
        if n.metric is None and n.unit in (None, "people") and "staff.headcount" in fv.metrics and i > 0 \
                and not text[ca:n.start].strip() and (_STAFF_AFTER_RE.match(text, n.end)
                                                      or _STAFF_AFTER_KK_RE.match(text, n.end)) \
                and nums[i - 1].metric is not None and nums[i - 1].metric.id == "staff.units" \
                and _same_sentence(sents, nums[i - 1], n):
            # "Жүйеде 52 штат бірлігі, 49 қызметкер, …", "В ЦБС 52 штатные единицы, 49 сотрудников": the staff
            # word alone after the posts, in the next item of their list, counts the people on them
            n.metric, n.conf, n.how = fv.metrics["staff.headcount"], 0.7, "cue"
        if (n.metric is None or n.metric.id == "users.registered") and n.unit in (None, "people") \
                and "staff.headcount" in fv.metrics and n.how != "part" \
                and ((sv := _SERVED_BY_BEFORE_RE.search(text, max(ca, n.start - 24), n.start))
                     and (st := _STAFF_NOUN_AFTER_RE.match(text, n.end))
                     and (sv.group(1) in ("ют", "ли") or st.group(0).strip().lower().startswith("библиотекар"))
                     or _SERVING_STAFF_AFTER_KK_RE.match(text, n.end)):
            # "Библиотеку обслуживают 2 библиотекаря", "Читателей обслуживают 3 сотрудника", "Кітапханада 2
            # кітапханашы қызмет көрсетеді": the people who serve are the library's staff, not the served
            n.metric, n.conf, n.how = fv.metrics["staff.headcount"], 0.7, "cue"
            n.category = None if n.category == "librarians" else n.category
        if unnamed:
            # "Раздел I. Культурно-досуговая деятельность" of a house of culture: "проведено 246 культурно-массовых
            # мероприятий, их посетили 14 380 человек" are its clubs' figures, kept, named by no library's metric
            n.metric = None
        if n.metric is not None and n.metric.id in ("events.actual", "events.participants") \
                and (_CLUB_UNITS_AFTER_RE.match(text, n.end) or _CLUB_MEMBERS_BEFORE_RE.search(
                    text, max(_sentence_at(sents, n.start, (0, 0))[0], n.start - 40), n.start)):
            # "работают 18 клубных формирований, в них занимаются 312 участников, в т.ч. для детей – 9 формирований":
            # the club formations and circles of a house of culture and their members, no events and no people
            # at events
            n.metric = None
        if n.metric is not None and n.metric.id == "users.registered" and n.how not in ("part", "group") \
                and _by_age(text, ca, n.start):
            # "Состав читателей по возрастным группам: до 6 лет – 2 310 чел.; 7–10 лет – 7 645 чел.": the readers
            # of one age, a part of them, not all of them
            n.metric = None
        if n.metric is not None and (n.metric.id == "users.registered" and any(
                text.count("(", ca, m.start()) <= text.count(")", ca, m.start())
                for m in _READER_CARD_RE.finditer(text, ca, cz))
                                     or n.metric.id == "loans.total" and _READER_CARD_RE.match(text, n.end)):
            # "1 120 оқырманға электрондық оқырман билеті берілді", "выдано 840 читательских билетов": the cards
            # given out, no count of all the readers nor of the documents lent (not the card in brackets that says
            # how the readers are counted: "Количество пользователей (единый читательский билет) – 9 846")
            n.metric = None
        if n.metric is not None and n.metric.id.startswith("fund.") and _FUND_CARE_RE.search(text, ca, cz):
            # "переплетено 215 экз. ветхих изданий", "возвращено 1 087 экз.": what was done to copies of the fund
            n.metric = None
        if "acquisition.budget" in fv.metrics and n.unit and fv.money(n.unit) and n.category is None \
                and (n.metric is None and not any(h.kind == "M" and ca <= h.start and h.end <= cz for h in tk.hits)
                     or n.metric is not None and n.metric.id == "acquisition.budget") \
                and (sub := _subscription_before(text, n, sents)) is not None \
                and not _PURCHASE_AND_SUBSCRIPTION_RE.search(text, _sentence_at(sents, n.start, (ca, cz))[0], n.start) \
                and (kind := _subscribed_kind(text, sub, tk, sents)) is not None:
            # "Мерзімді басылымдарға жазылу ресімделді: 42 атау, 864 200 теңге", "…, жазылу сомасы – 2 146,3 мың
            # теңге": the money of a subscription to a kind of documents is the acquisition money spent on it
            # (not one sum for books bought and a subscription: "на приобретение литературы и подписку")
            n.metric, n.category = fv.metrics["acquisition.budget"], kind
            n.conf = min(n.conf or 0.6, 0.6)
        if n.metric is not None and n.metric.id == "catalog.records" and _CATALOG_USE_RE.search(text, ca, n.start):
            # "Электрондық каталогқа жүгіну саны – 6 820", "обращений к электронному каталогу – 6 820": the
            # readers' uses of the catalogue, none of its records
            n.metric = None
        if n.metric is not None and n.metric.id == "events.participants" \
                and _CLUBS_RE.search(text, _sentence_at(sents, n.start, (ca, cz))[0], n.start):
            # "Клубы по интересам: … – всего 2 клуба, 26 участников", "4 объединения по интересам, 47 участников":
            # the members of the clubs, no participants of the events held
            n.metric = None
        if (n.metric is None or n.metric.id == "libraries.count") and "libraries.internet" in fv.metrics \
                and _NETWORK_BEFORE_RE.search(text, max(ca, n.start - 40), n.start) and _LIBRARIES_JOINED_RE.match(text, n.end):
            # "Интернет желісіне 27 кітапхананың барлығы қосылған": the Kazakh order puts the libraries between the
            # network and the verb that joins them to it
            n.metric, n.conf, n.how, n.unit = fv.metrics["libraries.internet"], 0.75, "cue", "libraries"
        if n.metric is not None and n.metric.id == "media.articles" and _NEWS_AFTER_RE.match(text, n.end):
            # "на сайте ЦБС опубликовано 96 новостей", "сайтта 120 жаңалық жарияланды": the library's own news on
            # its site, no articles about it in the press
            n.metric = None
        if n.metric is not None and n.metric.id in ("media.articles", "catalog.records") \
                and _SOCIAL_RE.search(text, ca, cz) \
                and not (n.metric.id == "media.articles" and _PRESS_NAMED_RE.search(text, ca, n.start)):
            # "в социальных сетях размещено 1 128 публикаций": the library's own posts (not the articles the press
            # and the networks together published about it: "газетінде, облыстық басылымдарда және әлеуметтік
            # желілерде кітапханалар жұмысы туралы 58 мақала жарияланды")
            n.metric = None
        if n.metric is not None and n.metric.id in ("visits.total", "visits.web", "users.registered") \
                and _SOCIAL_NETWORK_RE.search(text, ca, cz) and not _SITE_RE.search(text, ca, cz):
            # "Instagram парақшасына кіру – 22 480", "әлеуметтік желілердегі парақшаларға келушілер саны – 31 400",
            # "подписчиков в социальных сетях – 2 300": the visitors of the library's pages on a social network,
            # neither the library's visits nor its site's nor its readers (the site named with them is the web's:
            # "сайты мен әлеуметтік желідегі парақшаларына 12 480 рет кірілді")
            n.metric = None
        if n.metric is not None and n.metric.id == "fund.received" and n.category is None \
                and _PROGRAMME_RE.search(text, ca, cz):
            # "Из поступивших 1 870 экз. получено в рамках национального проекта «Культура»": the copies one
            # project brought, a part of the intake no category names
            n.metric = None
        if n.metric is not None and n.metric.id in _PROGRAMME_METRICS and _PROGRAMME_RE.search(text, ca, n.start):
            # "по программе «Читающая семья» проведено 24 мероприятия", "в рамках проекта … – 12 мероприятий":
            # the events of one programme, a part of the year's events no metric names
            n.metric = None
        if n.metric is not None and n.metric.id in ("events.participants", "visits.events") and i > 0 \
                and nums[i - 1].metric is None and nums[i - 1].unit == "events" and _same_sentence(sents, nums[i - 1], n) \
                and _PROGRAMME_RE.search(text, _sentence_at(sents, n.start, (0, 0))[0], nums[i - 1].start):
            # "По программе «Пушкинская карта» проведено 36 мероприятий, их посетили 412 человек": the visitors
            # of those events, no more the year's than the events are
            n.metric = None
        if n.metric is not None and n.metric.id in ("loans.total", "fund.received") \
                and _INTERLIBRARY_RE.search(text, ca, cz):
            # "выдано документов из фондов других библиотек (МБА) – 146", "по межбиблиотечному абонементу получено
            # 38 документов": the interlibrary loan, documents of other libraries lent for a time, neither the
            # library's loans nor copies received into its fund
            n.metric = None
        if n.metric is not None and n.metric.id.startswith(("fund.", "acquisition.copies", "events.")) \
                and n.value < 100 and _PER_ONE_READER_RE.search(text, max(ca, n.start - 40), n.start):
            # "новых поступлений на 1 читателя – 0,17 экз.": the copies received per reader, a rate no metric
            # names, no count of copies
            n.metric, n.how = None, "rate"
        if n.metric is not None and n.metric.id == "equipment.computers" \
                and (_BOUGHT_RE.search(text, ca, n.start) or _BOUGHT_AFTER_NOUN_RE.match(text, n.end)):
            # "приобретено 7 компьютеров", "Кітапханаға 1 компьютер сатып алынды", "3 компьютера закуплены":
            # bought this year, not the computers the libraries have
            n.metric = None
        if n.metric is not None and n.metric.id == "ratio.book_supply" \
                and _per_reader_rate(text, _sentence_at(sents, n.start, (0, 0))[0], n) == "":
            # "Книгообеспеченность на одного жителя … 7,4 экз., на одного пользователя – 14,3 экз.": the fund per
            # inhabitant is the indicator; per reader, a second measure no metric names
            n.metric = None
        if n.metric is not None and n.metric.id == "bibliography.references" and n.how != "part" \
                and "bibliography.virtual_references" in fv.metrics and _VIRTUAL_RE.search(text, ca, n.start):
            # "Виртуалды анықтама қызметі арқылы 186 анықтама орындалды": the references its clause says were
            # given online, though the noun after the figure is the plain one
            n.metric = fv.metrics["bibliography.virtual_references"]
        if n.metric is not None and n.metric.id in ("fund.start", "fund.end") \
                and fund_taken_from(text, _sentence_at(sents, n.start, (0, 0))[0], n.start):
            # "Книги доставлялись из фонда центральной библиотеки (1 120 экз.)": what was brought, no fund's size
            n.metric = None
        if n.metric is not None and n.metric.id.startswith("bibliography.") and EGOV_RE.search(text, ca, cz):
            # "через портал egov.kz получено 286 адресных справок": certificates of the state, got for the readers
            n.metric = None
        if n.metric is not None and n.metric.id == "users.registered" and n.how not in ("part", "group") \
                and "users.remote" in fv.metrics and _REMOTE_ADVERB_RE.search(text, ca, cz):
            # "Удалённо обслужено 1 320 пользователей", "Қашықтан 120 пайдаланушыға қызмет көрсетілді": the
            # readers the verb of serving says were served at a distance
            n.metric = fv.metrics["users.remote"]
        if n.metric is not None and n.metric.id in ("loans.total", "visits.total") and n.category is None \
                and n.how not in ("part", "group") and (grp := _GROUP_SERVED_RE.search(text, ca, n.start)) is not None:
            # "Документовыдача удалённым пользователям составила 3 410 документов", "Книговыдача детям – 48 200
            # экз.": the loans or visits of the group of readers the dative before the figure names
            group = next(g for g, v in grp.groupdict().items() if v)
            n.category = reader_category("users." + group)
        if n.metric is not None and not n.metric.id.startswith(("libraries.", "population.", "coverage.")) \
                and n.category is None and _RURAL_AREA_RE.search(text, ca, cz):
            # "оның ішінде ауылдық жерлерде – 5 118 оқырман", "в сельской местности выдано 96 400 экз.": the part
            # of a figure that the rural areas account for, not the whole of the report's
            n.metric = None
        if n.metric is None and n.unit in ("copies", "documents") and n.how != "part" and "loans.total" in fv.metrics \
                and _TOOK_TO_READ_RE.match(text, n.end, cz):
            # "8 150 дана кітап пен журнал алып оқыдыңыздар", "оқырмандар 12 400 дана кітап алып оқыды": the copies
            # readers took home to read are the loans (the readers who took them are counted in people, no copies)
            n.metric, n.conf, n.how = fv.metrics["loans.total"], 0.6, "cue"
        if (n.metric is None or n.metric.id.startswith(("visits.", "users."))) and _TO_LIBRARY_RE.search(text, ca, cz) \
                and n.how != "part" and (n.category == "books" or n.unit in ("copies", "documents")) \
                and _GIFT_RE.search(text, ca, cz) and "fund.received" in fv.metrics:
            # "Оқырмандар кітапханаға 50 кітап сыйға берді", "читатели подарили библиотеке 35 книг", "ақын
            # кітапханаға 12 кітап сыйлады": books given to the library came into its fund, whatever word of
            # readers the clause has
            n.metric, n.conf, n.how = fv.metrics["fund.received"], 0.7, "cue"
            n.unit = n.unit if n.unit in ("copies", "documents") else "copies"
            n.category = "gifts" if "gifts" in fv.categories else None
        if n.metric is None and n.unit in ("copies", "documents") and _GIVEN_AS_GIFT_RE.search(text, ca, cz) \
                and "fund.received" in fv.metrics and "gifts" in fv.categories \
                and any(o.metric is not None and o.metric.id in ("fund.received", "acquisition.copies")
                        and _same_sentence(sents, o, n) for o in nums[:i]):
            # "қорға 9 870 дана құжат түсті: сатып алынғаны – 6 115 дана, сыйға берілгені – 2 430 дана": the
            # gifts in the list of the sources of what came in, a part of the received
            n.metric, n.conf, n.how, n.category = fv.metrics["fund.received"], 0.7, "part", "gifts"
        if n.metric is not None and (n.metric.id == "loans.total" or (n.metric.id == "fund.received" and n.category
                                                                      in (None, "books"))) \
                and _GIVEN_AS_GIFT_RE.search(text, ca, cz) and "fund.received" in fv.metrics and "gifts" in fv.categories:
            # "оның 412 данасы сыйға берілген кітаптар", "оның 120-сы демеушілер берген кітаптар": books given as
            # gifts, which nobody lends; the fund received them as gifts (given to readers, none: see below)
            n.metric, n.conf, n.how, n.category = fv.metrics["fund.received"], 0.7, "cue", "gifts"
            n.unit = n.unit if n.unit in ("copies", "documents") else "copies"
        if n.metric is not None and n.metric.id.startswith(("state_order.", "fund.received", "acquisition."))\
                and n.how != "part" and _GIFT_RE.search(text, _sentence_at(sents, n.start, (0, 0))[0], cz) \
                and not _gift_of_an_item_before(text, n, nums, _sentence_at(sents, n.start, (0, 0))[0], cz):
            # "ал оқырмандар … 2 526 дана кітап сыйға тартты", "Безвозмездно (в дар …) получено 1 321 экз.": a
            # gift, received into the fund as a part of what came in (nothing the state's order or the budget
            # bought; money given is none of their money either)
            gift = not fv.money(n.unit) and "fund.received" in fv.metrics and "gifts" in fv.categories
            n.metric, n.category = (fv.metrics["fund.received"], "gifts") if gift else (None, n.category)
        if n.metric is None and n.category == "gifts" and not fv.money(n.unit) and "fund.received" in fv.metrics \
                and any(o.metric is not None and o.metric.id == "fund.received" and o.category is None
                        and o.how not in ("comparison", "part") and _same_sentence(sents, o, n) for o in nums[:i]):
            # "поступило 7 418 экз., в т.ч. по государственному заказу – 4 960 экз., в дар – 1 205 экз.", "Поступило
            # 8 932 экз. (из них по подписке – 2 140, в дар – 1 106)": the gifts listed after another way the copies
            # came (whose figure took a metric of its own) are the gifts among the copies received
            n.metric, n.conf, n.how = fv.metrics["fund.received"], 0.7, "part"
            n.unit = n.unit if n.unit in ("copies", "documents") else "copies"
        if n.metric is not None and n.metric.id == "acquisition.budget" and not n.unit and i \
                and (prev := nums[i - 1]).metric is not None and prev.metric.id == "fund.received" \
                and prev.category is not None and not fv.money(prev.unit) and _same_sentence(sents, prev, n) \
                and "," in text[prev.end:n.start] and not any(c.isdigit() for c in text[prev.end:n.start]):
            # "поступило 4 210 экз., в т.ч. в дар – 610, по подписке – 880": a figure without a unit listed after
            # another part of the copies received counts copies as well, the subscription's periodicals (whose
            # word names the money paid for them elsewhere)
            n.metric, n.conf, n.how = fv.metrics["fund.received"], 0.7, "part"
            n.unit = "copies"
        if n.metric is not None and n.metric.id == "fund.received" and n.category == "gifts" \
                and _GIVEN_TO_PEOPLE_RE.search(text, *_sentence_at(sents, n.start, (0, len(text)))) \
                and not _TO_LIBRARY_RE.search(text, *_sentence_at(sents, n.start, (0, len(text)))):
            # "Байқау жеңімпаздарына 12 кітап сыйға берілді", "Оқырмандарға 30 кітап сыйға тартылды": books the
            # library gave to people (prizes, presents), none that came into its fund
            n.metric = None
        s0 = _sentence_at(sents, n.start, (0, 0))[0]
        # the budget (or the funds, "қаржы") named in this sentence before the figure, or in the sentence right
        # before, whose subject this one goes on with ("Жылдық бюджеті – 85,4 млн теңге. Жарты жылда 41 370,5 мың
        # теңге игерілді.", "2022 жылға бөлінген қаржы – 72,1 млн теңге, І тоқсанда игерілгені – 16 840,3")
        p0 = max((a for a, z in sents if z <= s0), default=s0)
        if n.metric is None and fv.money(n.unit) and "finance.budget" in fv.metrics and _SPENT_RE.search(text, ca, cz) \
                and (any((_FUNDS_RE.search(text, a, z) or _allocated_to_library(text, a, z))
                         and not _PROJECT_RE.search(text, a, n.start)
                         and not any(h.kind == "T" and a <= h.start < cz for h in tk.hits)
                         for a, z in ((s0, n.start), (p0, s0)) if a < z)
                     or (_OUT_OF_BUDGET_RE.match(text, n.scale_end or n.end) and not _PROJECT_RE.search(text, s0, n.start)
                         and not any(h.kind == "T" and s0 <= h.start < n.start for h in tk.hits))):
            # "Бюджет … утверждён в сумме 14 862,5 тыс. сом, за I полугодие освоено 6 947,1 тыс. сом", "бюджеттің
            # … 6 900 мың теңгесі игерілді": what of the budget was spent in the period is its budget then (of
            # the period it was spent in, not of the year the budget was approved for); not money for a topic
            # ("На комплектование … выделено 640,0 тыс. руб., освоено …"); the money allocated to the library
            # names its budget as well ("На 2021 год библиотеке выделено …, за 9 месяцев освоено …")
            n.metric, n.conf, n.how = fv.metrics["finance.budget"], 0.6, "spent"
        sz = _sentence_at(sents, n.start, (0, len(text)))[1]
        if n.metric is None and fv.money(n.unit) and "finance.budget" in fv.metrics \
                and _ALLOCATED_RE.search(text, ca, cz) and not _PROJECT_RE.search(text, s0, cz) \
                and any(h.kind == "M" and h.id == "acquisition.budget" and n.end < h.start < sz
                        and find_in_matching_form(fv.partitive_re, text[n.end:h.start]) for h in tk.hits):
            # "Жарты жылға 61 340,0 мың теңге қаржы бөлінді, оның 4 200,0 мың теңгесі қорды толықтыруға
            # жұмсалды": money allocated with no topic, of which a part went to the fund, is the library's budget
            n.metric, n.conf, n.how = fv.metrics["finance.budget"], 0.6, "allocated"
        if n.metric is not None and n.metric.id == "finance.budget" \
                and _PROJECT_RE.search(text, _sentence_at(sents, n.start, (0, 0))[0], n.start):
            # "На создание модельной библиотеки направлено 10 000,0 тыс. руб., из них из федерального бюджета –
            # 5 000,0", "Кітапхананы жөндеуге 12 400 мың теңге бөлінді": money for a project, none of the library's
            # budget for its upkeep
            n.metric = None
        if n.metric is not None and n.metric.id == "finance.budget" \
                and _VEHICLE_COSTS_RE.search(text, _sentence_at(sents, n.start, (0, 0))[0], n.start):
            # "Расходы на содержание библиобуса (ГСМ, ремонт) составили 2 870,4 тыс. тенге", "жанар-жағармайға …":
            # the running costs of a vehicle, none of the library's budget
            n.metric = None
        if n.metric is not None and n.metric.id == "acquisition.budget" \
                and (eq := _EQUIPMENT_BOUGHT_RE.search(text, _sentence_at(sents, n.start, (0, 0))[0], n.start)) \
                and not any(h.kind == "M" and h.id == "acquisition.budget" and ca <= h.start < n.start
                            and not (h.start < eq.end() and eq.start() < h.end) for h in tk.hits):
            # "На приобретение оборудования направлено 1 240,0 тыс. руб.: закуплены 14 компьютеров": money for
            # equipment or furniture, which buys no documents
            n.metric = None
        if n.category == "books" and fv.money(n.unit) and n.how != "part" \
                and not _money_of_another_kind(n, nums, sents, tk, clause, fv):
            # "Кітап сатып алуға 1069,6 мың теңге бөлінді": money for buying books is the budget,
            # unless it is the part of a whole ("в том числе на книги 3000") or the sentence sets money for
            # another kind of documents beside it ("на приобретение книг – 1 240,0 тыс. сомов, на подписку
            # периодики – 386,5 тыс. сомов": the books' share, as the periodicals' is theirs)
            n.category = None
        lead = run_of.get(run_start[n.start]) if n.start in run_start else None
        if lead is not None and lead is not n and lead.metric is not None:
            # "число читателей составило соответственно 12 340, 12 110 и 12 560": the run's figures after its
            # first are of the first one's indicator
            n.metric, n.category, n.language, n.how = lead.metric, lead.category, lead.language, "respective"
            n.conf = min(lead.conf, 0.6) if lead.conf else 0.6
        if n.metric is None and (same := _respectively_of_the_sentence_before(text, n, nums, sents)):
            # "На комплектование израсходовано 2 914,6 тыс. руб., в том числе на подписку – 846,0 тыс. руб. В 2022
            # году – соответственно 2 705,3 тыс. руб. и 812,4 тыс. руб.": the figures after "соответственно" in a
            # sentence that names no indicator are those of the sentence before, one by one, in its order
            n.metric, n.category, n.language, n.how = same.metric, same.category, same.language, "respective"
            n.unit, n.conf = n.unit or same.unit, 0.6
        if n.start in levels and levels[n.start].fund and n.metric is not None \
                and n.metric.id in ("fund.received", "fund.withdrawn") and "fund.end" in fv.metrics:
            n.metric = fv.metrics["fund.end"]  # "В результате списания … фонд уменьшился с 112 300": the fund's size
        level_from = next((o for o in nums[:i] if o.start == levels[n.start].start), None) if n.start in levels else None
        if level_from is not None and level_from.metric is not None \
                and (not n.unit or n.unit in level_from.metric.units):
            # "Книговыдача уменьшилась со 176 300 экз. в 2021 году до 171 980 экз. в 2023 году": the level a change
            # came to counts what the level it started from counts
            n.metric, n.category, n.language, n.how = level_from.metric, level_from.category, level_from.language, "comparison"
            n.unit, n.conf = n.unit or level_from.unit, 0.8
        if n.start in respective_libs:
            n.category = respective_libs[n.start][0]  # "… кітапхана мен … кітапханасы тиісінше 2 460 және 1 780"
        if n.metric is not None and n.metric.id == "users.registered" and served_at_home(text, ca, n.start) \
                and not (n.category or "").startswith("department:"):
            n.metric = None  # "Үйде қызмет көрсетілетін оқырмандар – 142": the readers served at home, a part
        if n.metric is not None and (n.metric.id == "users.registered" or n.metric.id.startswith("staff.")
                                     and _SOCIAL_GROUP_ITEM_RE.search(text, _sentence_at(sents, n.start, (0, len(text)))[0],
                                                                      ca)) \
                and _social_group(text, ca, n.start):
            # "Оқырмандар құрамы: оқушылар – 4 120": a social group of the readers, a part; "…, студенттер – 1 060,
            # мемлекеттік қызметшілер – 640": the civil servants among the readers, none of the staff
            n.metric = None
        if n.metric is not None and (bought := bought_instead(text, n.metric.id, n.start, n.end, _sentence_at(
                sents, n.start, (0, len(text))))) is not None and bought in fv.metrics:
            # "… құжаттардың 2 870 данасы жергілікті бюджет қаражатына 8 430,6 мың теңгеге сатып алынды": the
            # documents bought and what they cost, whatever budget paid
            n.metric, n.how = fv.metrics[bought], "cue"
        if n.metric is not None and (ref := references_instead(text, n.metric.id, n.start, _sentence_at(
                sents, n.start, (0, len(text))))) is not None and ref in fv.metrics:
            n.metric, n.how = fv.metrics[ref], "cue"  # "выдано библиографических справок 12 680": references given
        if n.metric is None and n.unit in (None, "people") and "staff.higher_education" in fv.metrics \
                and (lv := _EDUCATION_THEN_HIGHER_RE.search(text, ca, n.start)) \
                and not (lv.group("kind") or "").lower().startswith(("библиотечн", "кітапханалық")):
            # "Штат – 29 человек, образование высшее – 12, среднее специальное – 7": the staff of the higher level
            # (the library education of the higher level, "библиотечное образование высшее – 5", "кітапханалық білімі
            # жоғары – 5", is the library education's)
            n.metric, n.conf, n.how, n.unit = fv.metrics["staff.higher_education"], 0.8, "cue", n.unit or "people"
        if n.metric is not None and n.category is None and (kid := children_instead(text, n.metric.id, n.end)) \
                and kid in fv.metrics:
            n.metric, n.how = fv.metrics[kid], "cue"  # "обслужили 14 920 детей": the children among the users
        if n.metric is not None and narrative_aside(text, n.metric.id, n.start, n.end,
                                                    _sentence_at(sents, n.start, (0, len(text))), default_year,
                                                    n.category):
            # the narrative's other numbers: a grant or a repair, the people of one contest, a booklet's pages,
            # the acts of a withdrawal, the computers handed out (esep.plugins.facts.narrative)
            n.metric = None
        if n.metric is None:
            noun = None if n.possessive or _inside(n.start, quotes) else _counted_noun(text, n)
            if noun and _LINK_VERB_RE.fullmatch(noun):
                # "қаралым саны 38 640 болды": the verb after the figure counts nothing; its label is before it
                words = re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)?", text[ca:n.start])[-2:]
                noun = " ".join(words) or None
            if not noun and n.category is not None and _list_line(text) and _DASH_LABEL_RE.fullmatch(text, ca, n.start):
                noun = _dash_label(text, ca, n.start)  # "- библиотечные работники – 96;": the part a line names
            if not noun and _DASH_LABEL_RE.fullmatch(text, ca, n.start) and _named_part_list(n, nums[:i], part_spans, sents):
                # "…, оның ішінде жоғары білімді – 21, арнаулы орта білімді – 30": a part no metric names in a list
                # of parts after "оның ішінде", "из них", its label before the dash
                noun = _dash_label(text, ca, n.start)
            if not noun and _DASH_LABEL_RE.fullmatch(text, ca, n.start) and _listed_after_named(text, n, nums[:i], ca):
                # "Жоғары білімді – 31, орта арнаулы білімді – 23": the next item of a list of labelled figures
                # whose item before it a metric names, its label before the dash
                noun = _dash_label(text, ca, n.start)
            if noun and _SCALE_WORD_RE.fullmatch(noun):
                # "1,2 млн қаралым", "қаралым – 1,2 млн": the scale says how many thousands, the word after it (or
                # the label before the dash) what is counted
                after = _WORD_AFTER_RE.match(text, n.end + len(text[n.end:]) - len(text[n.end:].lstrip()) + len(noun))
                noun = after.group(1) if after and not _NOT_COUNTED_RE.match(after.group(1).lower()) else (
                    _dash_label(text, ca, n.start) if _DASH_LABEL_RE.fullmatch(text, ca, n.start) else noun)
            if not noun and _DASH_LABEL_RE.fullmatch(text, ca, n.start) \
                    and (_COUNT_LABEL_RE.search(text, ca, n.start) or id(n) in refused):
                # "Клубтар саны – 12", "қаралым саны – 3 480", "Количество просмотров – 96 400": a figure its label
                # says is a count, of something no metric names; "Жаңа оқырмандар – 820": one its label names, and
                # the words before the figure refuse
                noun = _dash_label(text, ca, n.start)
            if (not noun or _GROUP_PARTS_LEAD_RE.match(noun)) and _social_group(text, ca, n.start, prior):
                # "– студенттер – 3 260;", "безработные – 310": the readers of a social group, a part of the
                # readers no metric names, its label before the dash (without the lead of the parts, "из них");
                # "басқалар – 550" after them: the rest
                noun = _GROUP_PARTS_LEAD_RE.sub("", _dash_label(text, ca, n.start), count=1)
            if not noun and n.unit is None:
                # "Просмотры в социальных сетях составили 58 640": a figure no metric names, kept with its label
                noun = _label_before_link_verb(text, ca, n, cz)
            if noun and n.category not in (None, "librarians") and (n.unit == "people" or reader_group([noun])):
                # "мүмкіндігі шектеулі 46 балаға кітап жеткізілді": the figure counts children, people; the books
                # after them are what they were given, no kind of the figure
                n.category = None
            if noun:
                s = _sentence_at(sents, n.start, (0, len(text)))
                period = _period_for(n, beside(n, periods), sents, paren, parens, text, carry_parts=doc_period is None)
                rec_of[id(n)] = len(records)
                records.append(make_fact(
                    None, n.value, unit=n.stored_unit(), period=resolve_period(period.period if period else None, doc_period),
                    as_of=None, language=n.language, category=n.category, label=source[ca:cz].strip(" ,;:–-"),
                    source="text", evidence=source[s[0]:s[1]].strip(), confidence=0.3, provenance=b.provenance,
                    block=b.index, key=normalize_label(noun)))
                records.append(unmatched(noun, "metric", Match(None, 0.0, None, None),
                                         evidence=records[-1].evidence, provenance=b.provenance, block=b.index))
            continue
        if n.category == "librarians" and n.metric.id.startswith(_OUTPUT_METRICS):
            # "Библиотекари опубликовали 38 статей", "Кітапханашылар … 41 мақала жариялады": the staff who did the
            # work, not a part of what they did
            n.category = None
        if n.metric.id.startswith("staff.") and n.category == "librarians" and n.how != "part" \
                and not _OTHER_POST_AFTER_RE.match(text, n.end):
            # "работали 54 библиотекаря": the staff counted in librarians, not a part of it (but "2 библиотекаря и
            # водитель": the librarians beside another post are a part of the staff)
            n.category = None
        if n.possessive and n.how not in ("part", "cue", "group") and not (n.category or n.language):
            # "олардың 10-ы ..." is always a part: it needs a name
            n.metric = None
            continue
        found = bare_prior.get(id(n)) or _period_for(n, periods_of(n), sents, paren, parens, text,
                                                     carry_parts=doc_period is None)
        if found is not None and n.start in levels and levels[n.start].start is not None \
                and found.start < levels[n.start].start and found.period == levels.get(levels[n.start].start).period:
            found = None  # "2023 жылғы 84 200-ден 86 950-ге дейін": the year is the first value's
        if found is not None and doc_period is not None and found.period.year < doc_period.year \
                and found.end <= _sentence_at(sents, n.start, (0, len(text)))[0] \
                and any(p.start < found.start and p.period.year == doc_period.year for p in periods):
            # "В 2023 году число пользователей … составило 8 412 человек. В 2021 году библиотеки обслуживали 7 930
            # пользователей. Население округа – 26 960 человек": in a paragraph on the report's own year, a year
            # before it is named to compare, in its own sentence; the sentences after it are the report's again
            found = None
        if paren and (found is None or not paren[0] <= found.start < paren[1]):
            found = _compared_before(text, compared, paren, n) or found
        if paren and (found is None or not paren[0] <= found.start < paren[1]) \
                and (hit := _indicator_of_difference(text, tk, n, nums, parens, diffs)) is not None:
            # "По сравнению с аналогичным периодом прошлого года … – на 4 120 (32 750)": the period compared with
            # (in the sentence of the difference: "… на 1 540 экз. (95 850)" opens none)
            s0 = _sentence_at(sents, hit.start, (0, len(text)))[0]
            found = max((p for p in compared + previous if s0 <= p.start and p.end <= n.start),
                        key=lambda p: p.start, default=found)
        if in_words:
            # "освоено 41 236,7 тыс. тенге из 86 540,0 тыс. тенге годового бюджета; на подписку … израсходовано
            # 1 246,8 тыс. тенге": the year's word right after a figure's unit is that figure's, and no other's
            own = _year_word_after(text, n, in_words)
            if own is not None:
                found = own
            elif found in in_words and any(o is not n and _year_word_after(text, o, [found]) for o in nums):
                found = None
        period = resolve_period(found.period if found else None, doc_period)
        if found is not None and len(found.period.code) == 4 and n.how != "spent" and (
                _WHOLE_YEAR_RE.search(text[found.start:found.end + 6]) or not found.explicit_year
                or _WHOLE_OF_YEAR_RE.search(text, max(0, found.start - 12), found.end + 12)
                or (doc_period is not None and found.period.year < doc_period.year
                    and _WHOLE_OF_EARLIER_YEAR_RE.match(text, found.start, found.end + 16))):
            # "2023 жылға ... бөлінді", "на 2023 год выделено", "жылына", "годовой бюджет": the money of the whole
            # year, in a report on a part of it; "Всего за 2023 год обслужено …", "2023 жылы барлығы …" in a report on a part of the
            # next year: the whole of the year before, not the same part of it
            period = found.period
        if found is None and doc_period is not None and len(doc_period.code) > 4 and fv.money(n.unit) \
                and _PROVIDED_FOR_AFTER_RE.match(text, n.end):
            # "Кітап сатып алуға 3 150,0 мың теңге қарастырылған" in a report of a half-year: the money the budget
            # provides for, which it does for a year
            period = make_period(doc_period.year)
        if n.start in levels and levels[n.start].period is not None:
            period = levels[n.start].period  # "со 176 300 экз. в 2021 году до 171 980 экз.": each level's own
        if found is not None and len(found.period.code) > 4 and found.start < ca and doc_period is not None \
                and len(doc_period.code) == 4 and i > 0 \
                and part_listed(text, periods, (ca, n.start), clause(nums[i - 1].start), nums[i - 1]) == "total":
            period = doc_period  # "…, ІV тоқсанда 10 385, жыл бойынша – 36 400": the sum is the year's, not the last part's
        if n.start in respective:
            period = make_period(respective[n.start][0])  # the n-th figure after "соответственно": the n-th year
        as_of = None
        if n.metric.stock:
            d = next((d for d in dates if ca <= d.start < cz and not _inside(d.start, parens)), None)
            if paren:
                # "… составил 195 870 экз. (на 01.01.2021 – 197 140 экз.)": the date inside the brackets,
                # before the figure, dates the figure of the brackets
                d = next((d for d in dates if paren[0] <= d.start < n.start), d)
            if d is None and (not paren or n.how != "comparison" and not any(paren[0] <= dd.start < paren[1] for dd in dates)
                              and _PART_OPENS_RE.match(text, paren[0] + 1)):
                # "На 31.12.2021 работали 39 человек, из них 27 с высшим образованием": a date that opens the
                # sentence, before its first figure, dates each of its stocks (a part in brackets too: "… – 21 (в
                # т.ч. с библиотечным – 14)")
                s0 = _sentence_at(sents, n.start, (0, len(text)))
                first = next((o.start for o in nums if o.start >= s0[0]), n.start)
                d = next((d for d in dates if s0[0] <= d.start and d.end <= first and not _inside(d.start, parens)),
                         None)
            if d is None and not paren:
                # "1 046 300 – кітап қоры (01.01.2024)", "Фонд – 84 300 экз. (на 01.01.2023)": brackets holding
                # nothing but a date, after the figure in its clause, date it
                s1 = _sentence_at(sents, n.start, (0, len(text)))[1]
                d = next((d for d in dates if n.end <= d.start < s1
                          and not any(n.end <= o.start < d.start for o in nums)
                          and (sp := _inside(d.start, parens)) is not None
                          and _BARE_DATE_GLUE.fullmatch(text[sp[0] + 1:d.start] + text[d.end:sp[1] - 1])), None)
            if d is None and not paren and n.metric.id.startswith("staff."):
                # "На 01.01.2024 штатная численность – 58,5 единицы. Работают 56 человек, …; 27 имеют высшее
                # образование": the date that opens a paragraph on the staff, before its first figure, dates the
                # staff each of its sentences counts (unless another date comes between)
                first = nums[0].start if nums else n.start
                opening = next((d for d in dates if d.end <= first and not _inside(d.start, parens)
                                and _OPENING_DATE_LEAD_RE.fullmatch(text, 0, d.start)), None)
                if opening is not None and not any(opening.end <= dd.start < n.start for dd in dates):
                    d = opening
            as_of = d.iso if d else None
            if as_of is None and n.how == "part" and id(parent) in stated:
                as_of = stated[id(parent)].values.get("as_of")  # "..., оның ішінде қазақ тілінде – 208 714 дана"
            if as_of is None and paren and i and n.metric.id.startswith("staff.") and n.how != "comparison" \
                    and id(nums[i - 1]) in stated and nums[i - 1].end <= paren[0] \
                    and len(text[nums[i - 1].end:paren[0]]) <= 16 and not any(c.isdigit() for c in text[nums[i - 1].end:paren[0]]) \
                    and not any(paren[0] <= dd.start < paren[1] for dd in dates):
                # "Численность работников на 01.10.2024 – 21 человек (19,5 ставки)": the posts in brackets right
                # after the people are counted on the same day
                as_of = stated[id(nums[i - 1])].values.get("as_of")
        metric = n.metric
        if metric.id.endswith(".received") and _FILLED_TO_RE.match(text, n.end) and any(
                records[rec_of[id(o)]].values["metric"] in (metric.id, metric.id[:-8] + "withdrawn") and o.value < n.value
                for o in nums if o.end <= n.start and id(o) in rec_of and _same_sentence(sents, o, n)):
            # "қорға 1 870 дана келіп түсті, …, соның арқасында кітап қоры 52 600 данаға толықты": the year's
            # movement already given, a larger figure the fund was filled to is the level it came to
            metric = fv.metrics.get(metric.id.rsplit(".", 1)[0] + ".end", metric)
        if metric.flow == "end" and as_of and doc_period is not None and as_of in _starts(doc_period):
            # "На 01.01.2019 фонд насчитывал ..." in a report on 2019: the balance the period opened with
            metric = fv.metrics.get(metric.id.rsplit(".", 1)[0] + ".start", metric)
        elif metric.flow == "end" and as_of and ytd is not None and as_of in _starts(ytd):
            # "На 01.01.2022 фонд составлял ..." in a report on the third quarter: the balance the year opened with
            metric = fv.metrics.get(metric.id.rsplit(".", 1)[0] + ".start", metric)
            period = ytd
        if told_ytd and metric.stock and as_of and as_of in _ends(doc_period):
            period = ytd  # "На 01.10.2022 фонд составил ..." after the movements since January
        s = _sentence_at(sents, n.start, (0, len(text)))
        evidence = source[s[0]:s[1]].strip()
        label = source[ca:cz].strip(" ,;:–-")
        if metric.id == "finance.paid_services" and n.category in fv.categories:
            # "Доходы от платных услуг (тиражирование говорящих книг, сканирование) – 412,6 тыс. тенге": the
            # services name what the money was earned with; the income is no part of a kind of documents
            n.category = None
        if n.category == "books" and n.language is not None and metric.id in _BOOKS_BY_LANGUAGE_METRICS \
                and any(h.kind == "C" and h.id == "books" and ca <= h.start < cz and _language_of_books(text, h)
                        for h in tk.hits) \
                and not any(o.category == "books" and o.metric is n.metric and _same_sentence(sents, o, n)
                            for o in nums[:i]):
            # "оның ішінде қазақ тіліндегі кітаптар 301 150 дана", "Мемлекеттік тілдегі кітаптар – 129 573 дана",
            # "книги на казахском языке – 129 573 экз.": the books a language qualifies are the fund's or the
            # loans' part in that language, told in books as the fund is called "кітап қоры", no kind of document
            # (a whole counted in books, "Выдано 245 300 экз. книг, из них книг на казахском …", keeps its kind)
            n.category = None
        if metric.id.startswith("events.") and n.category in fv.categories and n.category not in _EVENTS_FOR:
            # "412 іс-шара өткізді: кітап көрмелері, әдеби кештер": the kinds of events name the literature they
            # show; events are no part of a kind of documents (but are held for children, or for librarians)
            n.category = None
        records.append(make_fact(
            metric, n.value, unit=n.stored_unit(metric), period=period, as_of=as_of, language=n.language,
            category=n.category, label=label, source="text", evidence=evidence, confidence=n.conf,
            provenance=b.provenance, block=b.index))
        stated[id(n)] = records[-1]
        rec_of[id(n)] = len(records) - 1
    if runs:
        _name_run_leads(records, runs, rec_of, {id(n): make_period(respective[n.start][0]) for n in run_of.values()
                                                if n.start in respective})
        records = [r for r in records if r is not None]
    return records


_WORD_REST_RE = re.compile(r"[^\W\d_]*")
_WORD_AFTER_SPACE_RE = re.compile(r"[ \t]+[^\W\d_]")
#: a Kazakh word in the dative case ("іс-шараларға", "оқырмандарға", "кітапханаға")
_DATIVE_END_RE = re.compile(r"(?i)(?:ға|ге|қа|ке)$")
#: what may stand beside a date alone in brackets: a preposition or a case ending of the date
_BARE_DATE_GLUE = re.compile(r"(?i)\s*(?:на|по\s+состоянию\s+на|к|жағдай\s+бойынша)?\s*(?:ж\.?|г\.?|жылғы|года)?"
                             r"\s*(?:-?(?:ға|ге|қа|ке|дағы|дегі|тағы|тегі|да|де))?\s*")


#: "соответственно", "тиісінше": the figures after it go with the years named before it, in their order
_RESPECTIVELY_RE = re.compile(r"(?i)(?<![^\W\d_])(?:соответственно|тиісінше)(?![^\W\d_])")
_RESPECTIVELY_RE = gated(_RESPECTIVELY_RE, "соответственно", "тиісінше")
#: what joins the figures of one run: "12 340, 12 110 и 12 560", "412,0, 286,5 и 530,2"
_RUN_GLUE_RE = re.compile(r"\s*(?:,|;)?\s*(?:и|және|мен|а\s+также)?\s*")


def respective_years(text: str, numbers: list, sents: list[tuple[int, int]]) -> dict[int, tuple[int, int]]:
    """The year of each figure of a run after "соответственно" ("В 2019–2021 гг. число читателей составило
    соответственно 12 340, 12 110 и 12 560, число посещений – 98 450, 71 230 и 89 610"; "в 2019 г. – 3 610
    экз., в 2020 г. – 2 540, в 2021 г. – 3 690 экз.; выбыло соответственно 4 120, 3 385 и 3 610 экз."): the
    n-th figure of every run of as many figures as the sentence names years before the word, to the end of the
    sentence, is of the n-th year.  Maps a figure's start to (its year, the start of its run's first figure)."""
    out: dict[int, tuple[int, int]] = {}
    for r in _RESPECTIVELY_RE.finditer(text):
        s0, s1 = _sentence_at(sents, r.start(), (0, len(text)))
        years: list[int] = []
        span = None
        for m in _YEAR_RANGE_RE.finditer(text, s0, r.start()):
            a, b = int(m["a"]), int(m["b"])
            if 0 < b - a <= 10:
                span = list(range(a, b + 1))
        if span is not None:
            years = span
        else:
            for m in _YEAR_RE.finditer(text, s0, r.start()):
                if int(m.group(0)) not in years:
                    years.append(int(m.group(0)))
        if len(years) < 2:
            continue
        after = [n for n in numbers if r.end() <= n.start and n.end <= s1 and not _YEAR_RE.fullmatch(n.text)]
        runs: list[list] = []
        for n in after:
            if runs and len(runs[-1]) < len(years) and _RUN_GLUE_RE.fullmatch(text, runs[-1][-1].end, n.start):
                runs[-1].append(n)
            else:
                runs.append([n])
        for run in runs:
            if len(run) == len(years):
                for n, year in zip(run, years):
                    out[n.start] = (year, run[0].start)
    return out


#: the kinds of a library right before its name: "Аудандық" before "орталық кітапхана"
_KINDS_BEFORE_RE = re.compile(rf"(?i)(?<![^\W\d_])(?:{_LIBRARY_KIND}\s+)+$")


#: two libraries sharing one noun, each by its kinds in the nominative: "Центральная районная и детская библиотеки"
_SHARED_NOUN_RE = re.compile(rf"(?i)(?<![^\W\d_])((?:{_LIBRARY_KIND}ая\s+)*{_LIBRARY_KIND}ая)\s+и\s+"
                             rf"((?:{_LIBRARY_KIND}ая\s+)*{_LIBRARY_KIND}ая)\s+библиотеки(?![^\W\d_])")


def respective_libraries(text: str, numbers: list, sents: list[tuple[int, int]]) -> dict[int, tuple[str, int]]:
    """The library of each figure of a run after "тиісінше", "соответственно" whose sentence names libraries, not
    years, before the word ("Аудандық орталық кітапхана мен аудандық балалар кітапханасы тиісінше 2 460 және 1 780
    оқырманға қызмет көрсетті"): the n-th figure of a run of as many figures as the libraries named is the n-th
    library's.  Maps a figure's start to (its library's category, the start of its run's first figure)."""
    out: dict[int, tuple[str, int]] = {}
    for r in _RESPECTIVELY_RE.finditer(text):
        s0, s1 = _sentence_at(sents, r.start(), (0, len(text)))
        if len(_YEAR_RE.findall(text, s0, r.start())) >= 2:
            continue  # the years' run (respective_years)
        names = sorted({m.start(): m.group(0) for rx in (_MAIN_LIBRARY_RE, _BRANCH_RE)
                        for m in rx.finditer(text, s0, r.start())}.items())
        # with the kinds before the name ("Аудандық орталық кітапхана")
        names = [(a - len(k.group(0)), k.group(0) + x) if (k := _KINDS_BEFORE_RE.search(text, s0, a)) else (a, x)
                 for a, x in names]
        names = [(a, x) for k, (a, x) in enumerate(names) if k == 0 or names[k - 1][0] + len(names[k - 1][1]) <= a]
        if len(names) < 2 and (shared := _SHARED_NOUN_RE.search(text, s0, r.start())) is not None:
            # "Центральная районная и детская библиотеки … соответственно": two libraries sharing one noun
            names = [(shared.start(k), " ".join(shared.group(k).split()) + " библиотека") for k in (1, 2)]
        if len(names) < 2:
            continue
        run: list = []
        for n in numbers:
            if not (r.end() <= n.start and n.end <= s1) or _YEAR_RE.fullmatch(n.text):
                continue
            if run and not _RUN_GLUE_RE.fullmatch(text, run[-1].end, n.start):
                break
            run.append(n)
        if len(run) == len(names):
            for n, (_, name) in zip(run, names):
                out[n.start] = (_library_category(name), run[0].start)
    return out


def _name_run_leads(records: list, runs: dict[int, list], rec_of: dict[int, int], years: dict[int, Period]) -> None:
    """A run after "тиісінше", "соответственно" whose indicator is named after its last figure only ("оларға
    тиісінше 14 960 және 15 480 адам қатысты", "тиісінше 2 460 және 1 780 оқырманға қызмет көрсетті"): its figures
    before the last count what the last counts, in its unit.  ``runs`` maps a run's first figure's start to its
    figures, ``rec_of`` a figure (``id``) to the index of its record, ``years`` a figure (``id``) to the year of
    its run.  A figure so named loses its entry of the unmatched labels (the record after its own)."""
    for run in runs.values():
        k_last = rec_of.get(id(run[-1]))
        if k_last is None or records[k_last].values["metric"] is None:
            continue
        last = records[k_last]
        for n in run[:-1]:
            k = rec_of.get(id(n))
            if k is None or records[k].values["metric"] is not None:
                continue
            v = dict(records[k].values, metric=last.values["metric"], unit=last.values["unit"], label_key=None,
                     language=records[k].values["language"] or last.values["language"],
                     category=records[k].values["category"] or last.values["category"])
            if id(n) in years:
                p = years[id(n)]
                v.update(period=p.code, period_start=p.start, period_end=p.end)
            records[k].values = v
            records[k].confidence = min(last.confidence, 0.6)
            if k + 1 < len(records) and records[k + 1].table != "facts":
                records[k + 1] = None


def _opening_of_two_balances(records: list, span: str | None = None) -> None:
    """In a report whose span no period code names (a school year, "2022-2023
    оқу жылы"), a paragraph giving the fund at two dates and its movement
    between them ("1 қыркүйектегі … қоры 21 640 дана …, түсті …, шығарылды
    …, 1 маусымда қор 22 770 дана") gives the balance it opened with at the
    earlier date; so does one giving the fund on the 1st of January of the
    first year of the report's ``span`` of years ("за 2021–2023 годы": "На
    01.01.2021 фонд составлял 176 600 экз. За три года поступило …")."""
    fund = [r for r in records if r.values["metric"] == "fund.end" and r.values["as_of"]]
    school = school_year_spans(span or "")
    if school:
        # "Отчёт … за 2024-2025 учебный год": "Фонд на 01.09.2024 – 21 640 экз.", "01.09.2024 ж. жағдай бойынша
        # кітапхана қоры …": a school year opens on the 1st of September of its first year, and the fund on that
        # day is the balance it opened with (as_of that day, as written); the 1st of September of the second year
        # is the day after the year closed, its fund the balance at the end
        opening = re.match(r"\d{4}", span[school[0][0]:school[0][1]]).group(0) + "-09-01"
        for r in fund:
            if r.values["as_of"] == opening:
                r.values["metric"] = "fund.start"
        fund = [r for r in fund if r.values["metric"] == "fund.end"]
    dates = sorted({r.values["as_of"] for r in fund})
    first = _YEAR_RANGE_RE.search(span or "")
    if len(dates) == 1 and first is not None and dates[0] == f"{first['a']}-01-01" \
            and any(r.values["metric"] in ("fund.received", "fund.withdrawn") for r in records):
        dates.append(dates[0])
    if len(dates) == 2 and any(r.values["metric"] in ("fund.received", "fund.withdrawn") for r in records):
        for r in fund:
            if r.values["as_of"] == dates[0]:
                r.values["metric"] = "fund.start"
    if not re.search(r"(?i)учебн|оқу|oqý|oqu", span or ""):  # (a school year's balances are of no calendar year)
        _balances_of_span_years(fund, first)


def _balances_of_span_years(fund: list, span: "re.Match[str] | None") -> None:
    """In a report on a span of years ("за 2023–2024 годы"), the fund given
    on the 1st of January of its years ("Фонд ЦБС на 01.01.2023 г. – 200 860
    экз., на 01.01.2024 г. – 198 640 экз., на 01.01.2025 г. – 196 905 экз."):
    the balance on the first year's first day is the one that year opened
    with, each later one the balance the year before it closed with, of that
    year as the report's other figures are of theirs."""
    if span is None or not fund or int(span["b"]) <= int(span["a"]):
        return
    a, z = int(span["a"]), int(span["b"])
    for r in fund:
        m = re.fullmatch(r"(\d{4})-01-01", r.values["as_of"] or "")
        if m is None or r.values.get("period") is not None:
            continue
        y = int(m.group(1))
        if y == a:
            r.values["metric"], r.values["period"] = "fund.start", str(y)
        elif a < y <= z + 1:
            r.values["period"] = str(y - 1)


#: what may stand between a difference and the brackets after it: the unit of the difference ("на 1 540 экз. (")
_UNIT_TO_BRACKET_RE = re.compile(r"\s*(?:[^\W\d_]{1,6}\.?\s*)?")


def _indicator_of_difference(text: str, tk: Tokens, n: _Num, nums: list[_Num], parens, diffs) -> Hit | None:
    """The indicator whose difference stands right before the brackets
    holding ``n`` and nothing but a period before it ("число пользователей
    увеличилось на 186 (в I полугодии 2021 г. – 6 028)", "число посещений –
    на 4 120 (32 750)", "книговыдача снизилась на 1 540 экз. (95 850)"):
    the last metric named in the difference's clause before it."""
    sp = _inside(n.start, parens)
    if sp is None or any(o is not n and sp[0] < o.start < n.start for o in nums):
        return None
    d = next((d for d in diffs if d[1] <= sp[0] and _UNIT_TO_BRACKET_RE.fullmatch(text, d[1], sp[0])), None)
    if d is None:
        return None
    a = max(text.rfind(c, 0, d[0]) for c in ",;()") + 1
    hits = [h for h in tk.hits if h.kind == "M" and a <= h.start and h.end <= d[0]]
    return hits[-1] if hits else None


#: the unit between a figure and the word after it: "тыс. тенге", "мың теңге"
_UNIT_WORDS_RE = re.compile(r"\s*(?:[^\W\d_]{1,6}\.?\s*){0,3}")


def _year_word_after(text: str, n: _Num, words: list):
    """The word of the whole year right after the figure ``n`` and its
    unit ("86 540,0 тыс. тенге годового бюджета"), if any."""
    return next((p for p in words if n.end <= p.start and len(p.period.code) == 4
                 and _UNIT_WORDS_RE.fullmatch(text, n.end, p.start)
                 and not _SENTENCE_END_RE.search(text, n.end, p.start + 1)), None)


def _before_brackets(n: _Num, i: int, nums: list[_Num], parens: list[tuple[int, int]]) -> _Num | None:
    """The last figure before ``n`` outside the brackets that close right
    before it, when the figure right before ``n`` is inside them ("в 2020 г. –
    268 (из них 154 – онлайн), в 2021 г. – 376": 268)."""
    if i == 0:
        return None
    paren = _inside(nums[i - 1].start, parens)
    if paren is None or paren[1] > n.start or _inside(n.start, parens) is not None:
        return None
    return next((o for o in reversed(nums[:i]) if o.start < paren[0]), None)


def _period_listed(text: str, periods: list, span: tuple[int, int], before: tuple[int, int], prev: _Num,
                   doc_period: Period | None = None) -> bool:
    """Whether the clause ``span`` (up to its figure) holds nothing but a
    period with its year ("в 2018 году –", "2018 жылы –"), and the clause
    ``before`` of the figure ``prev`` names another period (or none, the
    report's ``doc_period``, when this one is an earlier year: "Поступило
    2 140 экз., в 2022 г. – 6 385 экз.")."""
    mine = [p for p in periods if span[0] <= p.start and p.end <= span[1] and p.explicit_year]
    # (the figure before may name a part of the year without its year, "В III квартале поступило 2 140 экз., с
    # начала года – 6 385 экз.", when this clause names the year to date, whose year is the report's)
    to_date = bool(mine) and all(names_year_to_date(p.text) for p in mine)
    theirs = [p for p in periods if before[0] <= p.start and p.end <= prev.start and (p.explicit_year or to_date)]
    # (the figure before is the report's own, this one an earlier year's)
    earlier_year = not theirs and bool(mine) and doc_period is not None and not any(
        before[0] <= p.start and p.end <= prev.start for p in periods) \
        and len(mine[0].period.code) == 4 and mine[0].period.code < doc_period.code[:4]
    if len({p.period.code for p in mine}) != 1 or not (theirs or earlier_year) \
            or theirs and mine[0].period.code == theirs[-1].period.code:
        return False
    rest, at = "", span[0]
    for p in mine:  # "нарастающим итогом с начала года": two phrases of one period
        rest, at = rest + text[at:max(at, p.start)] + " ", max(at, p.end)
    rest += text[at:span[1]]
    return not _LISTED_PERIOD_GLUE.sub(" ", rest).strip(" ,;:–—-")


def part_listed(text: str, periods: list, span: tuple[int, int], before: tuple[int, int], prev: _Num) -> str | None:
    """Whether the clause ``span`` (up to its figure) goes on a list of the
    parts of a year the clause ``before`` of the figure ``prev`` opened: "part"
    when it names nothing but another part of the same kind ("І тоқсанда
    4 210, ІІ тоқсанда 3 870", "в I квартале – 820, во II квартале – 910"),
    "total" when it names nothing but the whole year or the sum ("…, жыл бойы
    барлығы 15 640", "…, всего за год – 3 460"), else None."""
    theirs = [p for p in periods if before[0] <= p.start and p.end <= prev.start and len(p.period.code) > 4]
    if not theirs:
        return None
    mine = [p for p in periods if span[0] <= p.start and p.end <= span[1]]
    if not mine:
        rest = _YEAR_TOTAL_GLUE.sub(" ", text[span[0]:span[1]])
        return "total" if _YEAR_TOTAL_RE.search(text, span[0], span[1]) and not rest.strip(" ,;:–—-") else None
    if len(mine) != 1 or len(mine[0].period.code) <= 4 or mine[0].period.code == theirs[-1].period.code \
            or mine[0].period.code[4:6] != theirs[-1].period.code[4:6]:
        return None
    rest = text[span[0]:mine[0].start] + " " + text[mine[0].end:span[1]]
    return "part" if not _LISTED_PERIOD_GLUE.sub(" ", rest).strip(" ,;:–—-") else None


#: the whole year or the sum closing a list of its parts: "жыл бойы барлығы", "жыл бойынша", "всего за год", "итого"
_YEAR_TOTAL_RE = re.compile(r"(?i)(?<![^\W\d_])(?:жыл\s+бойы\w*|жылы?\s+ішінде|барлығы|жиыны|за\s+(?:весь\s+)?год"
                            r"|всего|итого)(?![^\W\d_])")
_YEAR_TOTAL_GLUE = re.compile(r"(?i)(?<![^\W\d_])(?:жыл\s+бойы\w*|жылы?\s+ішінде|барлығы|жиыны|за\s+(?:весь\s+)?год"
                              r"|всего|итого|а|и|ал|және)(?![^\W\d_])")


#: what may stand beside the period of a listed figure: prepositions and conjunctions
#: and a word pointing back to the indicator before ("биыл бұл көрсеткіш 12 640 адамға жетті", "в отчётном году
#: этот показатель составил 4 620", "их число")
_LISTED_PERIOD_GLUE = re.compile(r"(?i)(?<!\w)(?:в|во|за|на|и|а|тогда как|ал|және|году|г\.|жылы|ж\."
                                 r"|(?:бұл|осы)\s+көрсеткіш\w*|(?:этот|данный)\s+показатель|их\s+(?:число|количество)"
                                 r"|олардың\s+саны|составил[аио]?|составлял[аио]?|құрады)(?!\w)")


#: a sentence opening or closing on what is expected or planned governs all of it, whatever was done on the
#: way: "… 118 іс-шара өткізіліп, жылдық жоспар толық орындалады деп күтілуде", "Ожидается, что …"
_FORECAST_RE = re.compile(r"(?i)(?<![^\W\d_])деп\s+(?:күтілу\w*|болжану\w*|жоспарлану\w*|көзделу\w*|күтеміз)\W*$"
                          r"|^\W*(?:ожидается|предполагается|планируется|прогнозируется),?\s+что(?![^\W\d_])")
#: a task opening its sentence with a verb in the infinitive ("Довести число пользователей до 9 600", "Увеличить
#: количество посещений до 80 000"), or closing it with a Kazakh verbal noun ("… 5 500-ге жеткізу.")
_TASK_VERBS_RU = ("довести|увеличить|повысить|привлечь|обеспечить|достичь|добиться|сохранить|провести|организовать"
                  "|расширить|продолжить|выполнить|обслужить|пополнить|приобрести|охватить|улучшить|активизировать"
                  "|усилить|создать|обновить")
_TASK_VERBS_KK = "жеткізу|арттыру|көбейту|ұлғайту|өсіру|тарту|қамту|өткізу|толықтыру"
_TASK_RE = re.compile(rf"(?i)^\W*(?:\d+[.)]\s*)?(?:{_TASK_VERBS_RU})(?![^\W\d_])"
                      rf"|(?<![^\W\d_])(?:{_TASK_VERBS_KK})\W*$")
_TASK_WORD_RE = gated(re.compile(rf"(?i)(?<![^\W\d_])(?:{_TASK_VERBS_RU}|{_TASK_VERBS_KK})(?![^\W\d_])"),
                      *_TASK_VERBS_RU.split("|"), *_TASK_VERBS_KK.split("|"))


#: a clause opening with a participle: "…, обслуживаемого библиотеками, …", "…, проживающих в зоне обслуживания, …"
_PARTICIPLE_CLAUSE_RE = re.compile(r"(?i)\s*[^\W\d_]+(?:ющ|ящ|ущ|ащ|вш|ем|им|нн)(?:ий|ая|ое|ие|его|ей|ему|им|ем|их|ими"
                                   r"|ого|ому|ую|ой|ом|ых|ым|ыми|ые|ый)(?![^\W\d_])")


#: a clause that is nothing but a Russian participle or gerund of an amount before its figure: "составляя",
#: "равная", "составившая", "составив", "достигнув" (a Kazakh converb stands after its figure)
_AMOUNTING_RE = re.compile(r"(?i)\s*(?:составля[яюв]\w*|состав(?:ивш|ляющ)\w*|составив(?![^\W\d_])|равн(?:ая|ый|ое|ые|ой|ую|ом|ых)"
                           r"|достиг(?:ая|нув|ш)\w*)\s*[–—-]?\s*")


def _bracketed_before(text: str, count: "_Num", n: "_Num") -> bool:
    """Whether ``count`` stands in brackets closed before ``n``: "31 библиотека района (центральная, детская и 29
    сельских библиотек) обслужила 24 615 пользователей" lists the make-up of the whole, the subject of the verb."""
    opened = text.rfind("(", 0, count.start)
    return opened >= 0 and ")" not in text[opened:count.start] and ")" in text[count.end:n.start]


def _subject_before_participle(text: str, ca: int, clause, between, n) -> int:
    """Where a figure's clause begins when the clause before it is a
    participle's ("Численность населения, обслуживаемого библиотеками, на
    01.01.2024 г. составила 41 870 человек"): the subject's clause before
    that, whose noun the figure counts; else ``ca`` itself.  Neither clause
    may hold a figure of its own."""
    pa, _ = clause(ca - 1)
    if pa < ca - 1 and _AMOUNTING_RE.fullmatch(text, ca, n.start) and not between(pa, ca, n):
        return pa  # "Читаемость, составляя 10,8, и посещаемость, равная 5,2, …": the noun before the comma
    if pa >= ca - 1 or not _PARTICIPLE_CLAUSE_RE.match(text, pa) or between(pa, ca, n) or pa == 0:
        return ca
    sa, _ = clause(pa - 1)
    if sa >= pa - 1 or between(sa, pa, n):
        return ca
    return sa


#: a pronoun pointing back after a colon at what the words before the colon name, with a date or a year and a verb
#: of being or an amount, right before a figure: "…: их было 41", "…: на 31.12.2023 их было 41", "…: в 2023 году
#: их насчитывалось 24 315", "…: олардың саны – 38"
_POINTING_BACK_AFTER_COLON_RE = re.compile(
    r"(?i):\s*(?:(?:на|по\s+состоянию\s+на)\s+\d{1,2}\.\d{1,2}\.\d{2,4}\s*(?:г\.|года|ж\.)?\s*"
    r"|в\s+\d{4}\s*(?:году|г\.)\s*|\d{4}\s*(?:жылы|ж\.)\s*)?"
    r"(?:их\s+(?:было|стало|насчитыва\w+|(?:общее\s+)?(?:число|количество)(?:\s+(?:составило|составляет|составляло))?)"
    r"|олардың\s+(?:жалпы\s+)?саны(?:\s+(?:құрады|құрайды))?)\s*[–—:-]?\s*$")


def _pointed_back_at(text: str, n, sents) -> int:
    """The colon a pronoun right before a figure points back over ("Сотрудники – главная ценность библиотеки:
    на 31.12.2023 их было 41"): the words of its sentence before the colon name what the figure counts; -1 when
    no such pronoun stands before the figure."""
    s0 = _sentence_at(sents, n.start, (0, len(text)))[0]
    m = _POINTING_BACK_AFTER_COLON_RE.search(text, s0, n.start)
    return m.start() if m is not None else -1


#: a preposition before a word (and its adjective): "в сельские филиалы", "по библиотекам", "в семинарах"
_PREPOSITION_BEFORE_RE = re.compile(r"(?i)(?<![^\W\d_])(?:в|во|на|по|из|для|с|со|к|о|об|при)\s+(?:[^\W\d_]+\s+)?$")


def _points_back_to(text: str, h, back: int, hits) -> bool:
    """Whether the pronoun after the colon at ``back`` points back at the word of ``h``: it stands before the colon
    and no word after it names another thing counted (an indicator, a kind of documents, a unit; the libraries or
    branches a noun is of, "ценность библиотеки", "сотрудники библиотек", are no such thing, those a preposition
    leads to, "в сельские филиалы", are)."""
    if back < 0 or h.end > back:
        return False
    for o in hits:
        if not (h.end <= o.start and o.end <= back) or o.kind not in ("U", "M", "C") or o.id == h.id:
            continue
        if o.kind == "U" and o.id in ("people", "years"):
            continue
        if o.kind == "U" and o.id in ("libraries", "branches") \
                and not _PREPOSITION_BEFORE_RE.search(text, max(0, o.start - 40), o.start):
            continue
        return False
    return True


#: a verb telling that one event took place: "прошёл", "состоялась", "өтті", "болып өтті", "ұйымдастырылды"
_ONE_EVENT_VERB_RE = re.compile(r"(?i)(?<![^\W\d_])(?:прош[её]л|прошла|состоял(?:ся|ась)|был\s+проведен|была\s+проведена"
                                r"|өтті|өткізілді|ұйымдастырылды)(?![^\W\d_])")


#: the kind of one event right after its name in quotes: "«…» акциясына", "«…» атты кеш", "«…» конкурсы"
_EVENT_NAMED_RE = re.compile(r"(?i)\s*(?:атты\s+)?(?:[^\W\d_]+\s+)?(?:акци|конкурс|фестивал|марафон|челлендж|флешмоб"
                             r"|кеш|сағат|викторин|байқау|квест|форум|слёт|слет"
                             # one club or one conference: "«…» клубы (18 мүше)", "«…» атты оқырмандар конференциясына"
                             r"|клуб|үйірме|бірлест|студия|конференц|кездесу)")


#: the users named as the whole of a group of readers after them, at the head of a clause, then the group (and its
#: age) and a dash before its figure: "Из числа пользователей дети – ", "из общего числа читателей дети до 14 лет – ",
#: "среди пользователей молодёжь – "
_USERS_NAMED_WHOLE_RE = re.compile(
    r"(?i)(?<![^\W\d_])(?:из\s+(?:общего\s+)?(?:числа|количества)|среди)\s+(?:[^\W\d_]+\s+)?(?:пользовател|читател)"
    r"[^\W\d_]*\s+(?:дет|ребят|молод|юнош|удал[её]нн)[^\W\d_]*(?:\s+(?:в\s+возрасте\s+)?(?:до|от)\s+\d+"
    r"(?:\s*[-–—]\s*\d+|\s+до\s+\d+)?\s+лет)?\s*[–—:-]\s*$")


#: an event named as one of many: "в том числе акция «…»", "оның ішінде"
#: (or the Kazakh part told by its figure in the possessive, "оның 28-і", "олардың 12-сі", "олардың ішінде")
_PARTITIVE_BEFORE_RE = re.compile(r"(?i)(?:в\s+том\s+числе|в\s+т\.\s?ч\.|из\s+них|оның\s+ішінде|соның\s+ішінде"
                                  r"|олардың\s+ішінде|(?<![^\W\d_])(?:оның|олардың|соның)\s+\d[\d \u00a0]*\s?-?\s?"
                                  r"(?:[ыі]|с[ыі]|у[ыі]|еуі|ауы)(?![^\W\d_]))[^.]*$")
_EVENT_WORD_BEFORE_RE = re.compile(r"(?i)(?<![^\W\d_])(?:акци[яиюей]|конкурс[аеу]?|фестивал[ьяюе]|марафон[аеу]?"
                                   r"|челлендж[аеу]?|флешмоб[аеу]?|квест[аеу]?|викторин[аеуы]"
                                   # one club, circle, studio or conference: "клуб «Юный краевед» (31 участник)"
                                   r"|клуб[аеу]?|кружк[аеу]|кружок|студи[яиюей]|конференци[яиюей]|объединени[еяю]"
                                   # one evening, its theme's word after it: "На вечере памяти «…» присутствовали 60
                                   # человек", "литературный вечер «…»"
                                   r"|вечер[аеу]?(?:\s+(?:памяти|поэзии|встречи|отдыха|чествования))?)\s*$")


#: a form of event counted right after its figure, not events in general: "14 книжных выставок", "9 литературных
#: вечеров", "6 викторин", "14 кітап көрмесі", "9 әдеби кеш", "12 танымдық сағат", "14 семинар"
_EVENT_FORM_AFTER_RE = re.compile(
    r"(?i)\s*(?:[^\W\d_]+\s+)?(?:выстав[ко]|вечер|викторин|конкурс|обзор|бесед|встреч|акци|урок|квест|громк\w*\s+чтени"
    r"|презентаци|час(?:а|ов)?(?![^\W\d_])|кітап\s+көрме|көрме|кеш(?:і|тер)?(?![^\W\d_])|сағат|байқау|кездесу|шолу"
    r"|әңгіме|таныстыр|сабақ|семинар|тренинг|мастер-класс|дөңгелек\s+үстел|кругл\w*\s+стол)")
#: what stands between an age and the figure of it: "до 6 лет – 2 310", "7–10 лет – 7 645", "60 лет и старше – 1 200",
#: "6 жасқа дейін – 2 310", "60 жастан асқандар – 1 200"
_AGE_TAIL_RE = re.compile(r"(?i)(?:\s+(?:и\s+старше|и\s+более|дейін\w*|және\s+одан\s+жоғары|асқан\w*|жоғары|үлкен\w*))?"
                          r"\s*[-–—:]\s*")


def _by_age(text: str, start: int, pos: int) -> bool:
    """The figure at ``pos`` is told right after an age in its clause ("до 6 лет – 2 310 чел.")."""
    return any(_AGE_TAIL_RE.fullmatch(text, m.end(), pos) for m in _AGE_RE.finditer(text, start, pos))


def _one_event(text: str, n: _Num, sent: tuple[int, int], parens, dates) -> bool:
    """The figure counts the people (or items) of one event its sentence names in quotes: in brackets with
    the event's day ("(15 декабря, 32 участника)"), or in a sentence whose verb says one event took place."""
    # (not a name in the list of kinds a colon opens after the figure: "42 іс-шара өткізілді: кітап көрмелері,
    # «…» жобасы бойынша оқу сағаттары" counts all the events, the kinds after it)
    # (nor a name inside an "of which" part after the figure: "486 іс-шара өткізілді, …, оның ішінде «…» жобасы
    # бойынша – 64 іс-шара" names the part's events, the whole stays the year's)
    names = [q for q in _QUOTED_NAME_RE.finditer(text, sent[0], sent[1]) if ":" not in text[n.end:q.start()]
             and not (n.end <= q.start() and _PARTITIVE_BEFORE_RE.search(text, n.end, q.start()))]
    if not names or n.value >= 5000:
        return False
    paren = _inside(n.start, parens)
    if paren and any(paren[0] <= d.start < paren[1] for d in dates):
        return True
    for q in names:
        # "«Бір ел – бір кітап» акциясына 23 кітапхана қатысып, 1 146 оқырман жиналды", "9 кітапхана «Жасыл ел»
        # акциясына қосылды", "Районная акция «Читающий Акколь» объединила 9 библиотек и около 780 участников"
        after = _EVENT_NAMED_RE.match(text, q.end())
        before = _EVENT_WORD_BEFORE_RE.search(text, max(0, q.start() - 24), q.start())
        if ((after or before) and q.end() <= n.start <= q.end() + 80 and not _PARTITIVE_BEFORE_RE.search(
                text, max(0, q.start() - 40), q.start())) or (after and q.start() - 40 <= n.end <= q.start()):
            return True
    return len(names) == 1 and n.value < 1000 and bool(_ONE_EVENT_VERB_RE.search(text, *sent))


#: a sentence opening a list of the parts of the figure before it: "Оның ішінде:", "Из них:", "В том числе:"
_PARTS_LEAD_RE = re.compile(r"(?i)\s*(?:оның\s+ішінде|соның\s+ішінде|олардың\s+ішінде|из\s+них|в\s+том\s+числе"
                            r"|в\s+т\.\s?ч\.)\s*:")


def _item_of_a_list(text: str, n: _Num, nums: list[_Num], sents, part_spans) -> bool:
    """``n`` is an item of a list its sentence opens after a figure: after a colon ("из них: заработная
    плата – …, прочие расходы – 11 048,2") or an "of which" word ("в том числе по ветхости – 3 210 экз., как
    устаревшие – 1 412 экз."), counted in the same unit; an item naming nothing of its own takes no topic's
    indicator."""
    s = _sentence_at(sents, n.start, (0, len(text)))
    if _PARTS_LEAD_RE.match(text, s[0]):
        return True  # "Оның ішінде: жалақы … – 131 206,4 мың теңге, …, басқа шығыстар – 9 889,4 мың теңге"
    for o in nums:
        if o is n or o.metric is None or not (s[0] <= o.start and o.end <= n.start) \
                or (n.unit and o.unit and n.unit != o.unit):
            continue  # "1804 дана … соның ішінде 1374 дана …, 5451,9 мың теңгеге": the money is no item of the copies
        colon = text.find(":", o.end, n.start)
        if colon >= 0 and ";" not in text[colon:n.start]:
            return True
        if any(o.end <= a < n.start for a, _ in part_spans) and ";" not in text[o.end:n.start]:
            return True
    return False


def _listed_after_colon(text: str, parent: _Num, n: _Num, nums: list[_Num], sents) -> bool:
    """``n`` is an item of a list that a colon after ``parent`` opens, in
    its sentence: the figures between the colon and ``n`` are items too
    (parts, or figures no metric named)."""
    colon = text.find(":", parent.end, n.start)
    if colon < 0 or not _same_sentence(sents, parent, n) or ";" in text[colon:n.start]:
        return False
    if parent.metric is not None and parent.metric.id.startswith("events."):
        return not any(o is not n and parent.end <= o.start and o.end <= n.start for o in nums)
    if parent.metric is None or not parent.metric.id.startswith(("fund.", "acquisition.", "state_order.", "loans.",
                                                                 "finance.")):
        return False  # the documents received, bought or lent, listed by source or kind; the money by its use
    # the items before it are parts, unnamed, or named by indicators of their own ("комплектование фонда – 4 126,5")
    return all(o.how == "part" or o.metric is not parent.metric for o in nums
               if colon < o.start and o.end <= n.start and o is not n)


#: one programme or project of the library, named in the clause before a figure of events
_PROGRAMME_RE = re.compile(r"(?i)(?<![^\W\d_])(?:по|в\s+рамках)\s+(?:(?:целев|долгосрочн|национальн|федеральн|региональн)\w+\s+)?"
                           r"(?:программ|проект|подпрограмм)[^\W\d_]*")
_PROGRAMME_METRICS = ("events.actual", "events.participants", "visits.events")
#: the interlibrary loan and document delivery: "МБА", "ЭДД", "межбиблиотечн… абонемент", "из фондов других
#: библиотек"
_INTERLIBRARY_RE = re.compile(r"(?<![^\W\d_])(?:МБА|ММБА|ЭДД)(?![^\W\d_])|(?i:межбиблиотечн|(?:из\s+)?фонд\w*\s+других\s+библиотек"
                              r"|электронн\w*\s+доставк)")
#: libraries named as partners after a figure: "14 — библиотек-партнеров", "12 библиотеками-партнёрами",
#: "5 партнерских библиотек", "5 серіктес кітапхана"
_PARTNERS_AFTER_RE = re.compile(r"(?i)\s*(?:[–—-]\s*)?(?:(?:библиотек|кітапхана)[^\W\d_]*[-\s]+(?:партн[её]р|серіктес)"
                                r"|(?:партн[её]рск[^\W\d_]*|серіктес)\s+(?:библиотек|кітапхана))")


def _part_of_after(text: str, pos: int) -> bool:
    """A figure's noun, then "из" and the whole it is a part of, after ``pos``: "20 библиотек из 24"."""
    m = _PART_OF_RE.match(text, pos)
    return m is not None and text[m.end():m.end() + 1].isdigit()


#: the words of a plan or a target in the lead of a list: "План на 2022 год:", "Плановые показатели", "Контрольные
#: показатели", "Целевые индикаторы", "Прогноз", "2025 жылға жоспар", "Жоспарлы көрсеткіштер", "Межелі
#: көрсеткіштер", "Нысаналы индикаторлар"
_PLAN_LEAD_WORD_RE = re.compile(
    r"(?i)(?<![^\W\d_])(?:план(?:ы|а|е|у)?|планов\w*|прогноз\w*|жоспар\w*|болжам\w*"
    r"|(?:контрольн|целев)\w*\s+(?:показател|индикатор|значени|цифр)\w*"
    r"|(?:межелі|нысаналы|бақылау)\s+(?:көрсеткіш|индикатор)\w*)(?![^\W\d_])")
#: the words of a plan carried out: "Выполнение плана за 2024 год:", "Жоспардың орындалуы:"
_PLAN_CARRIED_OUT_RE = re.compile(r"(?i)(?<![^\W\d_])(?:выполнени|исполнени|орындал|факт)\w*")
#: a year a lead names as the time of what it lists: "на 2022 год", "2025 жылға", "2025 ж."
_LEAD_YEAR_RE = re.compile(r"(?i)(?<![\d.])((?:19|20)\d{2})\s*(?:год\w*|г\.|жыл\w*|ж\.)")


def _plan_lead(lead: str, doc_period: Period | None) -> bool:
    """A lead of a list that names a plan: a few words with no figure but
    years, naming a plan or a target ("Контрольные показатели на 2022
    год", "Жоспарлы көрсеткіштер") or a year after the report's ("Показатели
    на 2025 год" in a report on 2024), and no plan carried out."""
    words = lead.split()
    if not words or len(words) > 12 or _PLAN_CARRIED_OUT_RE.search(lead) or DONE_RE.search(lead) \
            or _KK_PAST_VERB_RE.search(lead):
        return False  # a plan carried out, a thing done ("2022 жылдың … жазылу ресімделді:"): no plan's lead
    years = list(_LEAD_YEAR_RE.finditer(lead))
    if re.search(r"\d", _LEAD_YEAR_RE.sub(" ", lead)):
        return False  # a figure of its own: no lead
    if _PLAN_LEAD_WORD_RE.search(lead):
        return True
    return doc_period is not None and bool(years) and all(int(m.group(1)) > int(doc_period.end[:4]) for m in years)


def _plan_lists(text: str, sentences: Callable[[], list[tuple[int, int]]],
                doc_period: Period | None) -> list[tuple[int, int]]:
    """The lists a lead naming a plan opens with a colon: "Контрольные
    показатели на 2022 год: пользователи – 39 000, посещения – 315 000",
    "2025 жылға жоспар: оқырмандар – 6 200, …" (the span from the colon to
    the end of its sentence)."""
    if ":" not in text:
        return []
    out = []
    for a, z in sentences():
        colon = text.find(":", a, z)
        if colon < 0:
            continue
        start = max(a, text.rfind(";", a, colon) + 1)
        if _plan_lead(text[start:colon], doc_period):
            # up to a word of what was done: "По плану: 9 000, фактически – 9 108" (the figure done is one)
            done = DONE_RE.search(text, colon, z)
            out.append((colon, done.start() if done else z))
    return out


def _in_plan_list(text: str, in_list: bool, doc_period: Period | None) -> tuple[bool, bool]:
    """Whether a block is under a line naming a plan and ending in a colon
    ("План на 2022 год:", "2025 жылға арналған жоспарлы көрсеткіштер:"),
    and whether to skip it: that line and the list lines after it
    ("Пользователи – 39 000"), until a title or a sentence."""
    t = (text or "").strip()
    if t.endswith(":") and _heading_like(t[:-1]) and _plan_lead(t[:-1], doc_period):
        return True, True
    if in_list and not _heading_like(t) and _list_line(t):
        return True, True
    return False, False


#: the bound of a condition, no count: "в сёлах с численностью жителей менее 300 человек", "в населённых пунктах
#: численностью населения до 500 человек", "в сёлах, где проживает менее 300 человек", "тұрғындарының саны
#: 300-ден кем ауылдарда", "500 адамнан аз тұрғыны бар елді мекендерде", "1 000 адамға дейінгі ауылдарда"
_FIGURE = r"\d[\d \u00a0]*(?:[.,]\d+)?"
_CONDITION_BOUND_RE = re.compile(
    rf"(?i)(?<![^\W\d_])(?:(?:численностью|населением|количеством|числом)\s+(?:[^\W\d_]+\s+){{0,2}}?"
    rf"|(?:где|в\s+котор\w+)\s+(?:прожива\w*|насчитыва\w*|жив\w*)\s+)"
    rf"(?P<a>(?:(?P<upper>менее|не\s+более|меньше|до|ниже)|более|свыше|не\s+менее|больше|от|выше|превышающ\w*)\s+"
    rf"{_FIGURE}(?:\s*(?:[^\W\d_]+\s+)?до\s+{_FIGURE})?)"
    rf"|(?P<b>{_FIGURE})\s*-?\s*(?:[^\W\d_]*(?:ден|дан|тен|тан|нен|нан)\s+(?:(?P<kupper>кем|аз|төмен|аспайтын)"
    rf"|артық|астам|көп|жоғары|асатын)|[^\W\d_]*(?:ға|ге|қа|ке)\s+(?P<kto>дейін\w*))(?![^\W\d_])"
    rf"(?=(?:\s+[^\W\d_]+){{0,3}}?\s+(?:ауыл|елді\s+мекен|кент|село|поселк|қыстақ)(?P<plural>[^\W\d_]*(?:лар|лер|дар|дер|тар|тер)"
    rf"[^\W\d_]*)?)")
# every match holds a word for a size ("численностью", "где проживает") or, in Kazakh, is followed by a word for
# a village or a settlement
_CONDITION_BOUND_RE = gated(_CONDITION_BOUND_RE, "численностью", "населением", "количеством", "числом", "где", "котор",
                            "ауыл", "мекен", "кент", "село", "поселк", "қыстақ")
#: a noun in a plural case before a condition: "в сёлах", "в населённых пунктах", "по сельским округам"
_PLURAL_BEFORE_RE = re.compile(r"(?i)[^\W\d_]{2,}(?:ах|ях|ами|ями|ам|ям)\s+(?:[^\W\d_]+\s+){0,3}$")


def _condition_bounds(text: str) -> list[tuple[int, int]]:
    """The spans of figures that bound a condition ("с численностью
    жителей менее 300 человек", "300-ден кем ауылдарда"): no figure.  An
    upper bound always is one; a lower bound only of places in the plural
    ("в сёлах с населением свыше 5 000 жителей", "2 000-нан астам тұрғыны
    бар ауылдарда"; not "район с численностью населения более 41 000
    человек", "2 140-тан астам тұрғыны бар ауылда", a place and its size)."""
    out = []
    for m in _CONDITION_BOUND_RE.finditer(text):
        if m.group("a"):
            if m.group("upper") or _PLURAL_BEFORE_RE.search(text, max(0, m.start() - 60), m.start()):
                out.append(m.span("a"))
        elif m.group("kupper") or m.group("kto") or m.group("plural"):
            out.append(m.span("b"))
    return out


def _planned_sentences(text: str, sentences: Callable[[], list[tuple[int, int]]]) -> list[tuple[int, int]]:
    """The sentences of ``text`` that tell only what is planned or
    expected: a word of a plan for a time to come, or a task ("Довести …
    до 9 600"), and no word of a thing done ("В IV квартале планируется
    провести 150 мероприятий", "2024 жылы оқырмандар санын 5 300-ге
    жеткізу жоспарлануда")."""
    if FUTURE_PLAN_RE.search(text) is None and _TASK_WORD_RE.search(text) is None:
        return []
    out = []
    for a, z in sentences():
        if not (FUTURE_PLAN_RE.search(text, a, z) or _TASK_RE.search(text[a:z].strip())):
            continue
        if not DONE_RE.search(text, a, z) or _FORECAST_RE.search(text[a:z].strip()):
            out.append((a, z))
            continue
        # a sentence of a thing done and a thing planned: the clauses of the plan ("2023 жылы 5 200 оқырманға
        # қызмет көрсетілді, 2024 жылы 5 300 оқырман тарту жоспарлануда"; "Планировалось провести 640
        # мероприятий, проведено 642")
        cuts = [a] + [m.end() for m in _CLAUSE_END_RE.finditer(text, a, z)] + [z]
        out += [(x, y) for x, y in zip(cuts, cuts[1:])
                if FUTURE_PLAN_RE.search(text, x, y) and not DONE_RE.search(text, x, y)]
    return out


#: the rest of a clause that holds a figure of its own (after a period named in it): "…, 2024 жылға 38 атау
#: газетке жазылым рәсімделді"
_ITS_OWN_CLAUSE_RE = re.compile(r"(?:\s*(?:гг?|ж)\.)?[^,;.]*?\d")  # (past the year's "г." / "ж.": "в 2022 г. – 6 385")
#: the end of a clause: a comma or a semicolon and a space (not a decimal comma)
_CLAUSE_END_RE = re.compile(r"[,;](?=\s)")


#: the metric of what was bought or received that the state's order bought, named before it in its sentence
_STATE_ORDERED = {"acquisition.copies": "state_order.copies", "acquisition.budget": "state_order.budget",
                  "fund.received": "state_order.copies"}

#: the words right before a planned figure, and before the figure done beside it
_PLAN_BEFORE_RE = re.compile(r"(?i)(?<!\w)(?:план(?:у|е|ом)?|при\s+плане|по\s+плану|запланирован\w*|планировалось"
                             r"|планируем\w*|жоспар(?:ы|да)?(?:\s+бойынша)?|жоспарланған"
                             r"|планов\w+\s+(?:показател|значени|задани)\w*|жоспарлы\s+көрсеткіш\w*"
                             # the plan's figure in brackets after it: "31,6 % от годового плана (29 800 чел.)"
                             r"|(?:плана|жоспардың|жоспарының)(?=\s*\())"
                             # the time the plan is for: "По плану на год – 230", "жоспар бойынша жылына 230"
                             r"(?:\s+(?:на\s+)?(?:год|(?:19|20)\d\d\s*(?:год\w*|г\.)?|квартал|полугодие|жыл\w*|тоқсан\w*"
                             # or a part of the year: "План на 9 месяцев: 27 000", "план на I полугодие – 3 400"
                             r"|\d{1,2}\s+(?:месяц\w*|мес\.?)|(?:[IVІ]{1,3}|\d)[\s-]*(?:й\s+)?(?:квартал|полугоди)\w*))?"
                             r"\s*(?:[–—:(-]\s*)?$")
_DIGIT_RE = re.compile(r"\d")
#: a figure right before a word: "27 000 пользователей" (the word the figure counts)
_FIGURE_RIGHT_BEFORE_RE = re.compile(r"\d\s*$")
#: a run-in head of a word or two, a sentence of its own at the start of a line or after another sentence:
#: "Посещения.", "Книговыдача." (then "План: 214 000, выполнено 216 905")
_RUN_IN_HEAD_RE = re.compile(r"(?:^|(?<=[.\n])\s*)([^\W\d_]+(?:\s+[^\W\d_]+)?)\.\s*$")
#: a clause after a planned figure that names another indicator and leaves the plan out: ", по книговыдаче – ",
#: ", кітап берілімі – ", "; по числу мероприятий: "
_PLAN_ELIDED_RE = re.compile(r"(?i)(?:\s*[^\W\d_]{1,12}\.?){0,2}\s*[,;]\s*(?:(?:и|а\s+также|және)\s+)?"
                             r"(?:по\s+)?[^\W\d_]+(?:\s+[^\W\d_]+){0,2}?\s*[–—:-]\s*")
#: between a plan word and the indicator it plans: "План по числу …", "План книговыдачи"
_PLAN_OF_RE = re.compile(r"(?i)\s+(?:по\s+)?(?:[^\W\d_]+\s+)?")
_PLAN_WORD_RE = re.compile(r"(?i)(?<!\w)(?:план\w*|запланир\w*|жоспар\w*)")
#: a plan word opening its clause, the indicator it plans after it, then the figure: "План по числу пользователей
#: – 12 000", "План книговыдачи: 250 000", "Годовой план по посещениям – 480 000"
#: the sum approved for a budget ("утвержден в сумме", "предусмотрено в сумме") and what was spent of it after
#: ("освоено", "исполнено", "израсходовано", "игерілді")
_APPROVED_SUM_RE = re.compile(r"(?i)(?<![^\W\d_])(?:утвержд[её]н[аоы]?|предусмотрен[аоы]?)\s+в\s+сумме\s*$")
_SENTENCE_STOP_RE = re.compile(r"[.!?](?=\s+[А-ЯЁA-Z]|\s*$)")
_SPENT_AFTER_RE = re.compile(r"(?i)(?<![^\W\d_])(?:освоен[аоы]?|исполнен[аоы]?|израсходован[аоы]?|профинансирован[аоы]?"
                             r"|игерілді|игерілгені|жұмсалды|жұмсалғаны)(?![^\W\d_])")
#: the same in Kazakh, the sum allocated named before it ("бөлінген қаржы – 131 570,0 мың теңге, игерілгені – …") or
#: by its verb after it ("бюджеттен 312 640,0 мың теңге бөлінді, игерілгені – 312 598,4 мың теңге")
_ALLOCATED_KK_BEFORE_RE = re.compile(r"(?i)(?<![^\W\d_])(?:бөлінген|бекітілген|қарастырылған)\s+(?:қаржы|сома|бюджет)"
                                     r"[^\W\d_]*\s*[–—:-]?\s*$")
_ALLOCATED_KK_AFTER_RE = re.compile(r"(?i)\s*(?:мың|млн\.?)?\s*(?:теңге|тг\.?)\s+(?:[^\W\d_]+\s+)?"
                                    r"(?:бөлінді|бөлінген|бекітілді|бекітілген|қарастырылды|қарастырылған)(?![^\W\d_])")


def approved_beside_spent(text: str, start: int, end: int, doc_period: Period | None) -> bool:
    """Whether the figure at ``text[start:end]`` is the sum approved for the
    report's year beside what was spent of it in the same sentence ("Объем
    финансирования на 2024 год утвержден в сумме 486 250,0 тыс. тенге,
    освоено 485 912,4 тыс. тенге"): in a report of a year the approved sum is
    the plan, as an "Утверждено" column is, the sum spent the budget.  (In a
    report of a part of the year the approved sum is the year's budget.)  So
    is a Kazakh sum allocated ("бюджеттен 312 640,0 мың теңге бөлінді,
    игерілгені – 312 598,4 мың теңге") when the sentence gives the sum spent."""
    if doc_period is None or len(doc_period.code) != 4:
        return False
    russian = _APPROVED_SUM_RE.search(text, max(0, start - 24), start)
    if not (russian or _ALLOCATED_KK_BEFORE_RE.search(text, max(0, start - 40), start)
            or _ALLOCATED_KK_AFTER_RE.match(text, end)):
        return False
    stop = _SENTENCE_STOP_RE.search(text, end)  # (not the stop of "тыс.")
    z = stop.start() if stop else len(text)
    # (in Kazakh, a sum spent the sentence gives: "…, игерілгені – 312 598,4"; not "…, қаржы толық игерілді")
    return _SPENT_AFTER_RE.search(text, end, z) is not None and (bool(russian) or re.search(r"\d", text[end:z]) is not None)


_PLAN_LEAD_RE = re.compile(r"(?i)(?:^|[.;(]\s*|,\s*)(?:(?:[^\W\d_]+(?:ой|ый|ий|ая|ое|ые)\s+)?план(?:ы)?\s+(?:по\s+)?[^\d,;.()–—:-]{3,60}?\s*[–—:(-]"
                           r"|(?:[^\W\d_]+\s+)?жоспар(?:ы)?\s+бойынша\s+[^\d,;.()–—:-]{3,60}?\s*[–—:-]?)\s*$")
#: a plan word opening its clause and the indicator it plans with no dash before the figure: "План по книговыдаче
#: 660 000 экз., фактически выдано …", "План посещений 48 000, …" (a word of what was done, "План по книговыдаче
#: выполнен на …", keeps its figure: its words are two at most, none a participle)
_PLAN_LEAD_BARE_RE = re.compile(r"(?i)(?:^|[.;(]\s*|,\s*)(?:[^\W\d_]+(?:ой|ый|ий|ая|ое|ые)\s+)?план(?:ы)?\s+(?:по\s+)?"
                                r"(?!(?:[^\W\d_]*(?:выполн|исполн|превыш|достигн|недо))|на\s)[^\W\d_]{4,}(?:\s+[^\W\d_]{4,})?\s*$")
#: a noun of growth or of a fall opening its clause, the indicator it is of, then a dash and the figure: "Прирост
#: фонда – 4 210 экз.", "Прирост фонда за год составил 4 210 экз.", "Қордың өсімі – 4 210 дана": the figure is a
#: change, no level
_CHANGE_NOUN_LEAD_RE = re.compile(
    r"(?i)(?:^|(?<=[.;]\s)|(?<=[.;]))\s*(?:(?:[^\W\d_]+\s+){0,2}?(?:прирост|рост|увеличение|уменьшение|снижение|сокращение)"
    r"(?:\s+[^\W\d_]+){0,4}?\s*(?:[–—:-]|(?<=\s)составил[^\W\d_]*)"
    r"|(?:[^\W\d_]+(?:ның|нің|дың|дің|тың|тің)\s+){1,2}(?:өсімі|өсуі|артуы|көбеюі|кемуі|азаюы|төмендеуі)\s*[–—:-]?)"
    r"\s*(\d[\d \u00a0]*(?:[.,]\d+)?)(?![.,]?\d)")
# every match holds one of its nouns of change
_CHANGE_NOUN_LEAD_RE = gated(_CHANGE_NOUN_LEAD_RE, "рост", "увеличение", "уменьшение", "снижение", "сокращение", "өсімі",
                             "өсуі", "артуы", "көбеюі", "кемуі", "азаюы", "төмендеуі")
#: what a figure must come to, after it: "оқырман саны 6 000 болуы тиіс", "должно составить"
_PLAN_AFTER_RE = re.compile(r"(?i)\s*(?:[^\W\d_]{1,12}\s+)?(?:болуы\s+тиіс|болуға\s+тиіс|болу\s+керек"
                            r"|должн[аоы]?\s+(?:составить|быть))(?![^\W\d_])")
_ACTUAL_BEFORE_RE = re.compile(r"(?i)(?<!\w)(?:факт(?:ически)?|по\s+факту|выполнено|исполнено|орындалды|орындалғаны"
                               r"|нақты(?:сы)?|іс\s+жүзінде)"
                               # and the verb of what was done after it: "фактически зарегистрировано 5 263",
                               # "фактически занято 64"
                               r"(?:\s+[^\W\d_]{4,}(?:но|ны|на|ли|ло|ла|то|ты|та))?"
                               r"\s*(?:[–—:-]\s*)?$")
#: the kind of education named by its adjective alone after a comma, before a figure: "…, библиотечное (высшее и
#: среднее специальное) – 24", "…, из них библиотечное – 20", "…, кітапханалық – 29", or in brackets after the
#: higher education's figure: "Жоғары білімді – 17 (оның ішінде кітапханалық – 11)"
_LIBRARY_KIND_BEFORE_RE = re.compile(r"(?i)[,;(]\s*(?:(?:из\s+них|в\s+т\.\s?ч\.|в\s+том\s+числе|оның\s+ішінде)\s+)?"
                                     r"(?:(?:специальн|высш|средн|профильн)[^\W\d_]*\s+){0,2}"
                                     r"(?:библиотечн[^\W\d_]*|кітапханалық|кітапханашылық)\s*(?:\([^()\d]*\)\s*)?"
                                     r"(?:[–—:-]\s*)?$")
#: the kind of education named by its adjective alone after a figure and a dash, ending the clause: "…, высшее
#: образование имеют 31, 22 – библиотечное", "…, 19 – кітапханалық"
_LIBRARY_KIND_AFTER_RE = re.compile(r"(?i)\s*[–—:-]\s*(?:(?:специальн|высш|средн|профильн)[^\W\d_]*\s+){0,2}"
                                    # (the level before it: "11 – специальное библиотечное", "– высшее библиотечное")
                                    r"(?:библиотечн[^\W\d_]*|кітапханалық|кітапханашылық)"
                                    r"(?=\s*(?:[.,;)]|$))")
#: (the part of the figure before named: "…, в том числе 9 – библиотечное", "…, оның ішінде 12 – кітапханалық")
_AFTER_COMMA_RE = re.compile(r"(?i)[,;]\s*(?:(?:из\s+них|в\s+т\.\s?ч\.|в\s+том\s+числе|оның\s+ішінде)\s+)?$")
_EDUCATION_RE = re.compile(r"(?i)образовани|білім")
#: a figure of events held online, named right after it: "9 виртуальных мероприятий", "12 виртуалды көрме"
_VIRTUAL_EVENTS_AFTER_RE = re.compile(r"(?i)\s*(?:виртуал|virtual)[^\W\d_]*\s+(?:мероприят|выстав|экскурс|виктори|акци|квест"
                                      r"|встреч|презентац|конкурс|час|іс[-\s]шара|көрме|сағат|кеш)")
#: the acquisition of the fund and the subscription named together, the whole money of both: "на комплектование и
#: подписку", "на подписку и комплектование фонда", "қорды толықтыруға және мерзімді басылымдарға жазылуға"
_ACQUISITION_AND_SUBSCRIPTION_RE = re.compile(
    r"(?i)(?<![^\W\d_])(?:комплектовани[^\W\d_]*(?:\s+фонд[^\W\d_]*)?\s+и\s+подписк|подписк[^\W\d_]*\s+и\s+комплектовани"
    r"|толықтыру[^\W\d_]*\s+(?:және|мен)\s+(?:мерзімді\s+басылымдарға\s+)?жазыл)")
#: the name of a form of events right before a dash and its figure: "кітап көрмелері – 214", "әдеби кештер – 48",
#: "книжные выставки – 18", "виртуалды іс-шаралар – 92" (not the events in all, "Көпшілік іс-шаралар – 776")
_EVENT_FORM_LABEL_RE = re.compile(
    r"(?i)(?<![^\W\d_])(?:көрме|кештер|кеші|сағаттар|сағаты|үстел|марафон|викторин|выставк|вечер|час(?:ы|ов)(?![^\W\d_])"
    r"|встреч|кездесулер|презентаци|тұсаукесер|конкурс|байқау|акци|квест|круглы[^\W\d_]*\s+стол"
    r"|(?:виртуал|онлайн|virtual|online)[^\W\d_]*[\s-]+(?:мероприят|іс[-\s]?шара))[^\W\d_]*\s*[–—:-]\s*$")
#: events held online, a part of all the events: "онлайн", "в онлайн-формате", "виртуальных", "дистанционно"
_ONLINE_RE = re.compile(r"(?i)(?<![^\W\d_])(?:онлайн|online|виртуал|virtual|дистанцион|қашықтан|қашықтық)")
#: online and offline together ("онлайн және офлайн", "онлайн и офлайн", "офлайн- и онлайн-формате", "onlaın jáne
#: oflaın"): every way the events were held, all of them, no part held online
_BOTH_WAYS_RE = re.compile(r"(?i)(?<![^\W\d_])(?:(?:онлайн|online|onla[ıi]n)[^\W\d_]*-?\s*(?:және|мен|и|ja[nń]e|jáne|/|,)\s*"
                           r"(?:офлайн|offline|ofla[ıi]n)|(?:офлайн|offline|ofla[ıi]n)[^\W\d_]*-?\s*(?:және|мен|и|ja[nń]e|"
                           r"jáne|/|,)\s*(?:онлайн|online|onla[ıi]n))")


def _both_ways(text: str, m: re.Match) -> bool:
    """The word of events held online at ``m`` is one of "online and offline" (either order): all the events."""
    return any(b.start() <= m.start() < b.end() for b in _BOTH_WAYS_RE.finditer(text, max(0, m.start() - 40), m.end() + 40))
#: the audience of events, children alone: "для детей", "для детей и подростков" (not children with adults, "для
#: детей и руководителей детского чтения", nor "для детей литературы")
_FOR_CHILDREN_RE = re.compile(r"(?i)(?<![^\W\d_])для\s+детей(?:\s+и\s+(?:подростк|юношеств|молод[её]ж)[^\W\d_]*)?"
                              r"(?![^\W\d_])(?!\s+(?:и|литератур|книг|издани)(?![^\W\d_]))")
#: a figure per reader: an average, and what it counts after it (books read, or times come)
_PER_READER_RE = re.compile(r"(?i)(?<!\w)(?:в\s+среднем|в\s+расчёте\s+на\s+одного|в\s+расчете\s+на\s+одного"
                            r"|на\s+одного\s+(?:читателя|пользователя)|каждый\s+(?:читатель|пользователь)"
                            r"|орта\s+есеппен|әр\s+(?:оқырман|пайдаланушы)\w*|бір\s+оқырман\w*)(?!\w)")
_PER_READER_READ_RE = re.compile(r"(?i)\s*(?:книг|кітап|экз|дана|документ|издани|прочит|оқыд)")
_PER_READER_CAME_RE = re.compile(r"(?i)\s*(?:раз(?:а)?(?!\w)|рет(?!\w)|посещени)")
#: the people a figure counts took part: "31 200 оқырман қатысты", "640 кітапхана оқырмандары қатысты", "640
#: читателей приняли участие"
_PARTICIPATED_AFTER_RE = re.compile(r"(?i)\s+(?:кітапхана\s+)?[^\W\d_]+\s+(?:қатысты|қатысқан|присутствовал|участвовал"
                                    r"|приняли\s+участие|приняло\s+участие)")
_PARTICIPATED_BEFORE_RE = re.compile(r"(?i)(?:приняли\s+участие|приняло\s+участие|присутствовал[иао]?|участвовал[иао]?"
                                     r"|мероприяти[яей]\w*\s+посетил[иао]?)\s+$")
#: the readers a figure counts came or went round ("98 450 оқырман аралады", "98 450 оқырман келді"): visits
_VISITED_AFTER_RE = re.compile(r"(?i)\s+(?:оқырман|келуші|пайдаланушы)[^\W\d_]{0,4}\s+(?:аралады|аралаған|келді|келген)"
                               r"(?![^\W\d_])")
#: visitors or readers in the accusative (any number) a verb receives or registers, after a figure: "48 902
#: келушіні қабылдады", "9 400 келушілерді тіркеді", "1 250 оқырмандарды тіркеді"
_RECEIVED_AFTER_RE = re.compile(r"(?i)\s+((?:келуші|оқырман|пайдаланушы)(?:лар|лер)?(?:ны|ні|ды|ді|ты|ті))"
                                r"\s+((?:қабылда|тірке)[^\W\d_]*)")
#: the staff named with the library or the system they work in, in Russian after the noun ("Работники
#: библиотеки", "Сотрудников ЦБС", "Работников в библиотеках системы"), in Kazakh before it, the noun
#: possessed ("Кітапхана қызметкерлері", "ОКЖ қызметкерлері", "Кітапхананың қызметкерлері"); not the staff
#: of anything else ("работники культуры района", "Ауданның мәдениет қызметкерлері")
_STAFF_OF_LIBRARY = (r"(?:работник(?:и|ов)|сотрудник(?:и|ов))\s+(?:в\s+)?(?:библиотек[^\W\d_]*|ЦБС|ЦРБ|ЦГБ|МЦБ)"
                     r"(?:\s+(?:системы|ЦБС|района|города))?"
                     r"|(?:кітапхана(?:ның|лар|лардың)?|ОКЖ|ОКЖ-ның|ЖКЖ|ЖКЖ-ның|жүйенің)\s+(?:қызметкерлері|жұмыскерлері)")
#: a bare word heading a sentence of staff, before its figure: "Кадры:", "Персонал:", "Работников:", "Штат:",
#: "Кадрлар:", "Қызметкерлер:", after a list's bullet too ("▪ Работников: 56", a slide's line)
_STAFF_HEAD_RE = re.compile(r"(?i)\s*(?:[•·▪●◦*]\s*)?(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:(?:нақты|фактически)\s+)?(?:кадры|кадровый\s+состав|персонал|штат"
                            r"|работник(?:и|ов)|сотрудник(?:и|ов)|кадрлар|кадр\s+құрамы|қызметкерлер|жұмыскерлер"
                            rf"|{_STAFF_OF_LIBRARY})"
                            r"\s*[:–—-]\s*")
#: the last word of a label right before its figure, no dash or colon between them ("оқырмандар 2024")
_LABEL_UNDASHED_BEFORE_RE = re.compile(r"[^\W\d_]\s+$")
#: the end of an item of a list after its figure: a full stop, a comma, a semicolon, the end of the line
_ITEM_ENDS_RE = re.compile(r"\s*(?:[.,;]|$)")
#: the staff a bare plural word names before its figure, the dash left out as lists typed in a hurry leave it
#: ("қызметкерлер 34", "Сотрудники 34"), the figure ending its item (or followed by the people it counts)
_STAFF_HEAD_UNDASHED_RE = re.compile(r"(?i)\s*(?:[•·▪●◦*]\s*)?(?:(?:нақты|фактически)\s+)?(?:работники|сотрудники"
                                     rf"|қызметкерлер|жұмыскерлер|{_STAFF_OF_LIBRARY})\s+")
_STAFF_FIGURE_ENDS_ITEM_RE = re.compile(r"(?i)\s*(?:адам|чел\.?|человек)?\s*(?:[.,;]|$)")
#: the staff after a figure that opens its line, alone after a dash ("64 — сотрудника", "38 – қызметкер")
_STAFF_TAIL_RE = re.compile(r"(?i)\s*[–—-]\s*(?:сотрудник|работник|қызметкер|жұмыскер)[^\W\d_]*\s*[.;,]?\s*")
#: the system in the genitive right before a figure ("Жүйенің", "ОКЖ-ның", "жүйесінің"), and a library in the
#: possessive after it ("кітапханасы", "кітапханасында"): the system's libraries
_SYSTEM_GENITIVE_BEFORE_RE = re.compile(rf"(?:(?i:жүйе(?:сі)?)|(?-i:[{UPPER}]{{2,6}})-?)"
                                        r"(?:ның|нің|дың|дің|тың|тің)\s+$")
_LIBRARY_POSSESSED_AFTER_RE = re.compile(r"(?i)\s+кітапхана(?:-филиал[^\W\d_]*)?(?:сы|лары)[^\W\d_]*")
#: libraries after a figure, then the system or the district or town they are of: "14 библиотек системы", "в 14
#: библиотеках ЦБС", "в 26 библиотеках района"
_LIBRARIES_OF_SYSTEM_AFTER_RE = re.compile(r"(?i)\s+библиотек(?:и|ах|ам|ами)?\s+(?:систем[^\W\d_]*|района|города"
                                           r"|(?-i:ЦБС|ЦРБС|МЦБС|МБС|ЦСДБ))(?![^\W\d_])")
#: the budget the money spent is a share of, named right after the sum: "освоено 3 184,6 тыс. сомов из 13 420,0 тыс.
#: сомов годового бюджета", "из 86 540,0 тыс. тенге, предусмотренных бюджетом"
_OUT_OF_BUDGET_RE = re.compile(r"(?i)\s*(?:[^\W\d_]+\.?\s*){0,3}?из\s+\d[\d \u00a0]*(?:[.,]\d+)?\s*(?:[^\W\d_]+\.?,?\s*){0,3}?"
                               r"(?:бюджет|финансировани|ассигновани)")
#: a verb of money spent: "освоено", "израсходовано", "игерілді", "жұмсалды"
_SPENT_RE = re.compile(r"(?i)(?<![^\W\d_])(?:освоен[оаы]?|израсходован[оаы]?|игеріл[^\W\d_]*|жұмсал(?:ды|ған))(?![^\W\d_])")
#: a project money is directed to, other than the library's upkeep: "на создание модельной библиотеки", "на
#: капитальный ремонт", "на переоснащение", "жөндеуге", "құру үшін", "жаңғыртуға"; the project may be named by a
#: pronoun's ("на их создание", the model libraries the sentence named before)
_PROJECT_RE = re.compile(r"(?i)(?<![^\W\d_])(?:на\s+(?:(?:их|его|её|ее)\s+)?(?:капитальн[^\W\d_]*\s+|текущ[^\W\d_]*\s+)?(?:создани|ремонт"
                         r"|строительств|реконструкци|модернизаци|переоснащени|оснащени|открыти|благоустройств)"
                         r"|(?:құру|жөндеу|салу|жабдықтау|жаңғырту|қайта\s+жаңарту)(?:ға|ге|қа|ке|\s+үшін|\s+жұмыстарына))")
#: the running costs of a bookmobile or a car: its upkeep, its fuel ("на содержание библиобуса", "ГСМ", "горюче-
#: смазочные материалы", "жанар-жағармай")
_VEHICLE_COSTS_RE = re.compile(r"(?i)(?<![^\W\d_])(?:содержани[^\W\d_]*\s+(?:библиобус|автомобил|автобус|транспорт)"
                               r"|ГСМ(?![^\W\d_])|горюче-?\s*смазочн|жанар-?\s*жағар|жанармай|жанар\s+май)")
#: a web site or a page on a social network, the place of visits counted in times
_SITE_RE = re.compile(r"(?i)(?<![^\W\d_])(?:веб-?)?(?:сайт|портал|web-?sait|sait)[^\W\d_]*")
#: "из 15 библиотек …": the whole a later figure is a part of
_OUT_OF_BEFORE_RE = re.compile(r"(?i)(?<![^\W\d_])из\s+$")
#: between a part and its whole, a figure's noun and "из": "17 библиотек из 19"
_PART_OF_RE = re.compile(r"(?i)\s*[^\W\d_]+\.?\s+из\s+")
#: the words that name the whole of the part a figure after it counts
_WHOLE_OF_BEFORE_RE = re.compile(r"(?i)(?<![^\W\d_])из\s+(?:общего\s+)?(?:числа|количества)\s+$")
#: "Из поступивших документов 3 208 экз. приобретено …": "из" before a participle in the genitive plural
#: that names the whole a part is of
_FROM_THOSE_RE = re.compile(r"(?i)(?<![^\W\d_])из\s+(?:всех\s+)?$")
_PARTICIPLE_PLURAL_RE = re.compile(r"(?i)[^\W\d_]+(?:вших|нных|ённых)(?![^\W\d_])")
_PER_READER_OF = {"users.registered", "loans.total", "visits.total"}
#: a bare noun of reading or coming right before a figure ("оқу – 20,7"), and the words for relative indicators
#: that make it a rate
_BARE_RATE_RE = re.compile(r"(?i)(?<![^\W\d_])(оқу|келу)\s*[–—-]?\s*$")
_RELATIVE_INDICATORS_RE = re.compile(r"(?i)салыстырмалы\s+көрсеткіш|орташа\s+көрсеткіш")
#: the bare word of coming right before a figure, in Cyrillic or Latin letters ("келім – 7,2", "kelım – 7,4"), and
#: the other rates a report lists beside the visits per reader (reading, turnover, the fund per reader)
_BARE_ATTENDANCE_RE = re.compile(r"(?i)(?<![^\W\d_])(?:келім|kel[iı]m)\s*[–—:-]?\s*$")
_OTHER_RATE_NAMED_RE = re.compile(r"(?i)(?<![^\W\d_])(?:оқылым|oqylym|айналым|a[ıi]nalym|кітаппен\s+қамтамасыз)")
#: the bare noun of what went out right before a figure ("шыққаны – 5 912"), and the words of what came in that
#: make it the fund's movement ("түскені", "түсті", "келіп түскені")
_BARE_WENT_OUT_RE = re.compile(r"(?i)(?<![^\W\d_])шыққаны\s*[–—:-]?\s*$")
_CAME_IN_NAMED_RE = re.compile(r"(?i)(?<![^\W\d_])(?:түскені|түсті|түскен)(?![^\W\d_])")
#: the verb of going out after a figure of copies and its kind: "2 615 дана кітап шықты", "1 240 дана шықты" (not
#: "жарыққа шықты", published)
_WENT_OUT_AFTER_RE = re.compile(r"(?i)\s*(?:(?!жарыққа)[^\W\d_]+\.?\s+){0,3}шықты(?![^\W\d_])")
#: the fund gone out of: "қордан", "кітап қорынан"
_FROM_THE_FUND_RE = re.compile(r"(?i)(?<![^\W\d_])қор(?:ы)?(?:дан|нан)(?![^\W\d_])")
#: a Kazakh verb of being or reaching right after a figure, which counts nothing: "38 640 болды", "… құрады"
_LINK_VERB_RE = re.compile(r"(?i)бол(?:ды|ған|ып|са)|құра(?:ды|йды|п|ған)|жет(?:ті|кен|іп)")
#: the count a rate per reader is of
_PER_READER_COUNT = {"ratio.reading": "loans.total", "ratio.attendance": "visits.total"}


#: a subscription to databases or electronic libraries, as university libraries buy them: "подписка на базы
#: данных", "на подписку к электронным ресурсам", "подписка на ЭБС", "дерекқорларға жазылу"
_DATABASE_SUBSCRIPTION_RE = re.compile(
    r"(?i)(?<![^\W\d_])(?:подписк[^\W\d_]*\s+(?:на|к)\s+(?:[^\W\d_]+\s+){0,2}?(?:баз[^\W\d_]*\s+данных|БД|ЭБС"
    r"|электронн[^\W\d_]*\s+(?:ресурс|библиотек|журнал|верси)[^\W\d_]*)|(?:электрондық\s+)?дерекқор[^\W\d_]*\s+жазыл)")


#: a purchase of documents joined to a subscription in one sum: "на приобретение литературы и подписку на базы
#: данных", "на комплектование фонда и подписку на ЭБС", "закупку книг и подписку"
_PURCHASE_AND_SUBSCRIPTION_RE = re.compile(
    r"(?i)(?<![^\W\d_])(?:приобретени|комплектовани|закупк|покупк)[^\W\d_]*(?:\s+[^\W\d_]+){0,3}?\s+и\s+(?:на\s+)?подписк")


#: a rate per hundred inhabitants before its figures: "На 100 жителей приходится 38,4 читателя", "әрбір 100
#: тұрғынға шаққанда 18,2 оқырман"
_PER_HUNDRED_RE = re.compile(r"(?i)(?<![^\W\d_])(?:на\s+100\s+жител|(?:әрбір\s+|әр\s+)?100\s+тұрғын)[^\W\d_]*")
#: the one reader a figure is per, named after the count's own label: "Среднее число посещений на 1 пользователя –
#: 8,6", "книговыдача на одного читателя – 20,5"
_PER_ONE_READER_RE = re.compile(r"(?i)(?<![^\W\d_])на\s+(?:1|одного)\s+(?:читател|пользовател)[^\W\d_]*\s*[–—:-]?\s*$")


#: the source of money named in a sentence: "из средств местного бюджета", "за счёт бюджета", "жергілікті
#: бюджеттен", "бюджет қаражаты есебінен", "демеушілердің қаражатына"
_MONEY_SOURCE_RE = re.compile(r"(?i)(?<![^\W\d_])(?:средств[^\W\d_]*|за\s+сч[её]т|бюджет[^\W\d_]*|қаражат[^\W\d_]*)")


def _value_of_copies_received(text: str, n: _Num, tk: Tokens, sents) -> bool:
    """The sum ``n``, read as acquisition money from a noun of documents
    and a word of a sum alone, is the value of what came into the fund:
    its sentence says copies came in ("поступило", "түсті", "пополнился")
    before it, and names no buying, subscribing or spending and no source
    of money ("поступило 1 200 экз. литературы на сумму 2 450 тыс. тенге",
    gifts among them).  Money spent on buying is acquisition money whatever
    the noun ("закуплено … на сумму", "сатып алынды, сомасы")."""
    s0, s1 = _sentence_at(sents, n.start, (0, len(text)))
    moved = [h for h in tk.hits if h.kind in "MT" and s0 <= h.start < n.start and h.id.startswith(("fund.", "acquisition."))]
    if not any(h.id == "fund.received" and h.kind == "M" for h in moved):
        return False
    if any(h.id == "acquisition.budget" and h.kind == "M" for h in tk.hits if s0 <= h.start < s1):
        return False  # "приобретено", "сатып алынды", "подписка", "на комплектование": buying named
    return not (_MONEY_SOURCE_RE.search(text, s0, s1) or _SPENT_RE.search(text, s0, s1))


#: the cost of what a figure before counts: "… экз. на сумму"
_ON_SUM_BEFORE_RE = re.compile(r"(?i)(?<![^\W\d_])на\s+сумму\s*$")
#: where the money came from, after a sum: "(средства местного бюджета)", "за счёт бюджета", "жергілікті бюджет
#: қаражаты есебінен": money spent, not the book value of what came in
_PAID_FROM_RE = re.compile(r"(?i)(?<![^\W\d_])(?:средств[^\W\d_]*|за\s+сч[её]т|из\s+бюджет[^\W\d_]*"
                           r"|(?:местн|республиканск|областн|районн|городск)[^\W\d_]*\s+бюджет[^\W\d_]*"
                           r"|бюджет[^\W\d_]*\s+қаражат[^\W\d_]*|қаражат[^\W\d_]*\s+есебінен)")


def _gift_of_an_item_before(text: str, n: _Num, nums: list[_Num], start: int, end: int) -> bool:
    """Whether every word of a gift between ``start`` and ``end`` is of an
    item listed before ``n`` with a figure of its own ("в т.ч. в дар – 610,
    по подписке – 880": the gift is the 610's, the 880 came by subscription)."""
    last = None
    for m in _GIFT_RE.finditer(text, start, end):
        last = m
    if last is None or last.start() > n.start:
        return False
    return any(last.end() <= o.start and o.end <= n.start and re.search(r"[,;]", text[o.end:n.start])
               for o in nums if o is not n)


def _cost_of_copies_received(text: str, n: _Num, i: int, nums: list[_Num], sents, tk: Tokens, fv: FactVocab) -> bool:
    """The sum ``n`` is the money spent on the copies counted right before
    it: its sentence says they came in or were bought, and after the sum
    where the money came from ("поступило 3 418 экз. учебников на сумму
    8 946,2 тыс. тенге (средства местного бюджета)").  Without the source the
    sum may be the book value of what came in, gifts too; the cost of what
    was written off is never the acquisition's."""
    if not fv.money(n.unit) or "acquisition.budget" not in fv.metrics or i == 0 \
            or not _ON_SUM_BEFORE_RE.search(text, max(0, n.start - 12), n.start):
        return False
    prev = nums[i - 1]
    if prev.unit != "copies" or not _same_sentence(sents, prev, n) or ";" in text[prev.end:n.start]:
        return False
    moved = [h.id for h in tk.hits if h.kind in "MT" and h.start < n.start and h.id.startswith(("fund.", "acquisition."))
             and _sentence_at(sents, h.start) == _sentence_at(sents, n.start)]
    sentence = _sentence_at(sents, n.start, (0, len(text)))
    # (or between the copies and the sum: "пополнился на 3 480 экз. учебников за счёт республиканского бюджета на
    # сумму 9 742,6 тыс. тенге")
    return bool(moved) and moved[-1] in ("fund.received", "acquisition.copies", "acquisition.budget") \
        and bool(_PAID_FROM_RE.search(text, n.end, sentence[1]) or _PAID_FROM_RE.search(text, prev.end, n.start))


#: between a part of a kind and a part in a language listed after it: a comma, then "на" (and no other word
#: than the language's: "…, на казахском языке – ", "…, на государственном языке – ")
_LANGUAGE_ITEM_RE = re.compile(r"(?i)\s*(?:[^\W\d_]{1,12}\.?\s*)?,\s*(?:в\s+т\.?\s*ч\.?\s+)?на\s+[^\W\d_]+\s+(?:языке|яз\.)"
                               r"\s*[–—:-]\s*")


def language_part_after_kind(text: str, n: _Num, i: int, nums: list[_Num], sents) -> _Num | None:
    """The part of a kind (``how`` "part", with a category and no language)
    right before ``n`` in its sentence, when ``n`` is listed after it by its
    language alone ("…, на казахском языке – 132 450 экз."); None otherwise."""
    if i == 0:
        return None
    o = nums[i - 1]
    if o.metric is None or o.how != "part" or o.category is None or o.language is not None \
            or not _same_sentence(sents, o, n) or (n.unit is not None and n.unit != o.unit):
        return None
    return o if _LANGUAGE_ITEM_RE.fullmatch(text, o.end, n.start) else None


def _named_part_before(n: _Num, i: int, nums: list[_Num], sents, fv: FactVocab,
                       parens: list[tuple[int, int]] = ()) -> _Num | None:
    """The named part of a list that ``n``, a figure of another part, goes
    on from: the figure before it in its sentence (past its share in
    brackets: "кітаптар – 128 915 дана (90,6 %), мерзімді басылымдар – 9 870
    дана"), or, past the money a part cost, the last one before in its unit
    ("из них учебников – 3 418 экз. на сумму 8 946,2 тыс. тенге,
    художественной литературы – 214 экз."), or a part by language before a
    kind; None when that figure has no metric, no category (and is no
    language's part) or the same one, or compares."""
    k = first = _index_before_shares(nums, i, list(parens))
    while k >= 0 and n.unit is not None and not fv.money(n.unit) and fv.money(nums[k].unit) \
            and _same_sentence(sents, nums[k], n):
        k -= 1
    if k < 0 or (k < first and nums[k].unit != n.unit):
        return None
    o = nums[k]
    if o.metric is None or o.category == n.category and o.category is not None or o.how == "comparison" \
            or o.category is None and (o.language is None or o.how != "part") or not _same_sentence(sents, o, n):
        # (a part by language before it goes on to a kind as well: "оның ішінде мемлекеттік тілде – 4 150
        # дана, балалар әдебиеті – 1 620 дана", each a part of the whole)
        return None
    return o if n.unit == o.unit or (n.unit is None and o.how == "part") else None


def _whole_of_unnamed_part(n: _Num, i: int, nums: list[_Num], sents, unnamed_part_of: dict[int, _Num]
                           ) -> _Num | None:
    """The whole of the list of parts ``n`` goes on: the last figure in its
    unit before it in its sentence is a part no category names (figures in
    other units between, the cost of a part, are passed); or, past such
    parts, a named part of the list (the figure returned then stands for
    the whole's metric and unit)."""
    skipped = False
    for o in reversed(nums[:i]):
        if not _same_sentence(sents, o, n):
            return None
        if o.unit == n.unit or n.unit is None:
            whole = unnamed_part_of.get(id(o))
            if whole is None and skipped and o.metric is not None and o.how == "part" and o.category is not None:
                # "в том числе: электронные издания – 1 204 экз., аудиовизуальные материалы – 2 377 экз.,
                # периодические издания – 20 910 экз.": past a part no category names, a named part before it
                # is of the same whole, and so is the next one
                return o
            if whole is None and o.metric is None and o.category is None and o.language is None and o.how != "rate":
                skipped = True
                continue
            return whole if whole is not None and whole.metric is not None else None
    return None


def _per_hundred_inhabitants(n: _Num, fv: FactVocab) -> None:
    """A figure of readers, visits or loans after "на 100 жителей", "100
    тұрғынға шаққанда" is a rate, no count: the readers per hundred
    inhabitants are the share of the population the libraries serve
    (``coverage.population_pct``, read as a percent), the visits and loans
    per hundred a rate no metric names."""
    if n.metric.id == "users.registered" and "coverage.population_pct" in fv.metrics:
        n.metric, n.conf, n.how, n.unit = fv.metrics["coverage.population_pct"], 0.6, "cue", "percent"
    else:
        n.metric = None


#: the whole region named at the head of a sentence: "Всего по области", "В целом по области", "по области в
#: целом", "в области Абай", "в Костанайской области", "по Новосибирской области", "Облыс бойынша", "в среднем по …
#: области", "В области 312", "Облыста 312"
_REGION_WHOLE_RE = re.compile(
    rf"(?i)(?<![^\W\d_])(?:(?:всего|итого|в\s+целом)\s+по\s+(?:области|региону)|по\s+(?:области|региону)\s+в\s+целом"
    # the region's average: "В среднем по Кызылординской области охват составил 36,1 %", "в среднем по области"
    rf"|в\s+среднем\s+по\s+(?:(?-i:[{UPPER}])[^\W\d_]+(?:-[^\W\d_]+)?ской\s+)?(?:области|региону)"
    # "средний показатель по области – 18,2", "среднеобластной показатель – 18,2": the same average, named
    rf"|средн[^\W\d_]*\s+(?:показател[^\W\d_]*\s+|значени[^\W\d_]*\s+)?по\s+(?:(?-i:[{UPPER}])[^\W\d_]+(?:-[^\W\d_]+)?ской\s+)?"
    rf"(?:области|региону)|среднеобластн[^\W\d_]*"
    rf"|в\s+области\s+(?-i:[{UPPER}])[^\W\d_]+|(?:в|по)\s+(?-i:[{UPPER}])[^\W\d_]+(?:-[^\W\d_]+)?ской\s+области"
    # the oblast not named, the figure after it at once or after a word of being or counting: "В области 312
    # библиотек", "в области действуют 312 библиотек", "Облыста 312 кітапхана бар" (not "в области краеведения
    # проведено 46 мероприятий": a field of work, no place)
    rf"|(?P<bare>в\s+области)(?=\s+(?:(?:всего|действу|работа|функционир|насчитыва)[^\W\d_]*\s+)?\d)"
    rf"|(?P<kk>облыс)(?:\s+бойынша|(?P<bare_kk>та)(?=\s+(?:(?:барлығы|жалпы|барлық)\s+)?\d)))(?![^\W\d_])")
# every match names the region: "област", "регион" or "облыс"
_REGION_WHOLE_RE = gated(_REGION_WHOLE_RE, "област", "регион", "облыс")


#: the republic named as the whole a figure is of: "по республике", "в среднем по республике", "республика бойынша",
#: "республикалық орташа көрсеткіш", "среднереспубликанский": the country's average, another body's figure
_REPUBLIC_RE = re.compile(r"(?i)(?<![^\W\d_])(?:по\s+республике|республика\s+бойынша|республикалық\s+орташа"
                          r"|среднереспубликанск)")


def _region_whole(text: str, pos: int, sents: list[tuple[int, int]], local_body: bool = False) -> str | None:
    """The category of the region's libraries (``branch:библиотеки
    области``) when the sentence of the figure at ``pos`` names the whole
    region before it, else None.  A report on the region's libraries
    themselves keeps none (its title names the group: ``_subject_group``);
    the oblast with no name ("В области 312") is another body's only in the
    report of a district's or a city's system (``local_body``)."""
    a, _ = _sentence_at(sents, pos, (0, len(text)))
    m = None
    # (up to the figure's first digit, which "В области 312" looks ahead to)
    for m in _REGION_WHOLE_RE.finditer(text, a, pos + 1):
        pass
    if m is None or m.end() > pos or not local_body and (m.group("bare") or m.group("bare_kk")):
        return None
    return "branch:облыс кітапханалары" if m.group("kk") else "branch:библиотеки области"


def _local_body(document) -> bool:
    """Whether the report's organization is a village's, a district's or a city's body (no oblast's or
    republic's), at the level its name gives (``organizations.parse_name``: a level word, or the place's level
    in the list of places, "Шиелийская ЦБС")."""
    name = document.metadata.get("organization")
    return bool(name) and parse_name(name).level in ("village", "city", "district")


def _sentence_at(sents: list[tuple[int, int]], pos: int, default: tuple[int, int] | None = None
                 ) -> tuple[int, int] | None:
    """The sentence (start, end) that holds ``pos``, else ``default``."""
    return next((s for s in sents if s[0] <= pos < s[1]), default)


def _per_reader_rate(text: str, start: int, n: _Num) -> str | None:
    """The rate a figure per reader is ("в среднем каждый читатель прочитал 19,9 книги": reading), or None
    when its sentence names no average before it, no unit after it tells which, or it is too large to be
    one reader's; "" for a rate no metric names."""
    if n.value >= 100 or not _PER_READER_RE.search(text, start, n.start):
        return None  # "в среднем в месяц выдавалось 21 000 книг": an average of the library's, not a reader's
    if _BOOK_SUPPLY_RE.search(text, start, n.start):
        # "Книгообеспеченность на одного пользователя – 14,3 экз.": the fund per reader; beside the fund per
        # inhabitant, the indicator's usual measure, a second measure of it that no metric names
        per = list(_PER_WHOM_RE.finditer(text, start, n.start))
        reader = bool(per) and not PER_INHABITANT_RE.match(text, per[-1].start())
        return "" if reader and PER_INHABITANT_RE.search(text, start, per[-1].start()) else "ratio.book_supply"
    if _PER_READER_READ_RE.match(text, n.end):
        return "ratio.reading"
    if _PER_READER_CAME_RE.match(text, n.end):
        return "ratio.attendance"
    return None


#: "и другие", "және басқа": after a kind of documents, the others with it (the whole, no part)
_AND_OTHERS_RE = re.compile(r"(?i)\s*(?:,\s*)?(?:(?:және|мен|пен)\s+(?:басқа|өзге)|и\s+друг|и\s+прочи|и\s+иных|и\s+др\.|и\s+пр\.)")
#: the figure counts clubs or circles ("18 жаңа оқырман клубы", "25 клубов по интересам"): no indicator the
#: words of its members name
_CLUBS_AFTER_RE = re.compile(r"(?i)\s*(?:[^\W\d_]+\s+){0,2}?(?:клуб|үйірме|кружк|кружок|бірлест|объединени)")
#: a label naming the librarians themselves before a dash: "библиотечных работников – 96", "библиотекарей – 12" (not
#: "на одного библиотекаря: пользователей – 455", a load per librarian)
_LIBRARIANS_LABEL_RE = re.compile(r"(?i)(?<![^\W\d_])(?:из\s+них\s+|в\s+т\.\s?ч\.\s+)?(?:библиотекар\w*|библиотечн\w*\s+"
                                  r"(?:работник|специалист)\w*)\s*[–—:-]\s*$")
#: a verb of serving right before a figure of people who serve: "Библиотеку обслуживают 2 библиотекаря"
#: (a plural verb, whose subject is the figure; "Библиотека обслуживает 12 сотрудников предприятия" serves them)
_SERVED_BY_BEFORE_RE = re.compile(r"(?i)(?<![^\W\d_])обслужива(ют|ет|ли|л)\s+$")
_STAFF_NOUN_AFTER_RE = re.compile(r"(?i)\s*(?:библиотекар|сотрудник|работник|специалист)[^\W\d_]*(?![^\W\d_])")
#: the same in Kazakh, the verb after its subject: "2 кітапханашы қызмет көрсетеді"
_SERVING_STAFF_AFTER_KK_RE = re.compile(r"(?i)\s*(?:кітапханашы|қызметкер|маман)[^\W\d_]*\s+қызмет\s+көрсет")
#: the staff's word right after a figure: "46 сотрудников", "31 работник", "12 специалистов"
_STAFF_AFTER_RE = re.compile(r"(?i)\s*(?:сотрудник|работник|специалист)\w*\s*(?:[,.;:(]|$)")
#: the clause before a figure is the library itself and nothing else: "В библиотеке", "В ЦБС", "В ИБЦ района"
_IN_THE_LIBRARY_RE = re.compile(
    # ("Всего в ЦБС 56 сотрудников", "В системе всего 48 работников": the total said with "всего" before or after)
    r"(?i)\s*(?:всего\s+)?(?:в|во)\s+(?:библиотек[еах]\w*|ЦБС|РЦБС|ГЦБС|ЦРБ|ЦГБ|МЦБ|ИБЦ|МБУК?|систем[еа]"
    r"|центральной\s+библиотек\w*)"
    rf"(?:\s+(?:района|города|области|села|аула|посёлка|поселка|г\.\s*(?-i:[{UPPER}])[^\W\d_]*|(?-i:[{UPPER}])[^\W\d_]*(?:-[^\W\d_]+)*)){{0,2}}"
    r"(?:\s+всего)?\s*[–—:-]?\s*")
#: the same in Kazakh: the staff's word after the figure, in the singular a count takes ("49 қызметкер,", "12 маман
#: бар"), and the library or the system in the locative before it ("Жүйеде", "Кітапханада", "ОКЖ-да")
_STAFF_AFTER_KK_RE = re.compile(r"(?i)\s*(?:қызметкер|маман)(?:\s+бар)?\s*(?:[,.;:(]|$)")
#: (a section's word and a colon may open the line: "Кадрлар: кітапханада 23 қызметкер")
_IN_THE_LIBRARY_KK_RE = re.compile(r"(?i)\s*(?:[^\W\d_]+:?\s+){0,2}?(?:жүйеде|жүйесінде|кітапханада|кітапханаларда"
                                   r"|окж-да|окж-де|окж-нда)\s*[–—:-]?\s*")
#: the verb of money a budget provides for, after its sum: "3 150,0 мың теңге қарастырылған", "… көзделген"
_PROVIDED_FOR_AFTER_RE = re.compile(r"(?i)\s*(?:мың|млн\.?)?\s*(?:теңге|тг\.?)\s+(?:[^\W\d_]+\s+)?"
                                    r"(?:қарастырылған|қарастырылды|көзделген|көзделді)(?![^\W\d_])")
#: a letter's note of what it sends with it, opening its line ("Қосымша: …", "Қосымшалар:", "Приложение: …"), the
#: pages it counts, and the words of digitizing that make them pages of the fund after all
_ATTACHMENT_RE = re.compile(r"(?i)\s*(?:қосымша(?:лар)?|приложени[ея])\s*:")
_DIGITIZED_RE = re.compile(r"(?i)цифрла|цифрлан|оцифр|сканерл|сканир")
_PAGES_AFTER_RE = re.compile(r"(?i)\s*(?:бет|парақ|стр|с\.|л\.|лист)")
#: the figure counts club formations or circles ("18 клубных формирований", "9 формирований", "12 кружков")
_CLUB_UNITS_AFTER_RE = re.compile(r"(?i)\s*(?:[^\W\d_]+\s+){0,2}?(?:формировани|кружк|кружок)")
#: the members of clubs or circles right before their figure: "в них занимаются 312 участников", "9 формирований,
#: 164 участника"
_CLUB_MEMBERS_BEFORE_RE = re.compile(r"(?i)(?<![^\W\d_])(?:занима(?:ются|ется|ющихся|ющиеся|лись|лось)|занят[оы]?)"
                                     r"(?![^\W\d_])[^\d.;]{0,30}$|(?:формировани|кружк|кружок)\w*\s*,\s*$")
#: "Из 49 библиотечных работников …": a figure of the staff the parts after it are of
#: the words between the staff units and the people in them: "52 бірлік, 49", "12 ед., 11", "12,5 шт. ед. / 12"
_UNITS_THEN_PEOPLE_RE = re.compile(r"(?i)\s*(?:штат(?:тық)?\s+)?(?:бірлік\w*|ед\.?|единиц\w*|шт\.\s*ед\.?|ставк\w*)"
                                   r"\s*[,;/]\s*(?:(?:нақты|фактически|іс\s+жүзінде)\s*[–—-]?\s*)?")
#: the noun of the people after their figure: "49 қызметкер", "11 сотрудников", "12 чел."
_PEOPLE_IN_STAFF_RE = re.compile(r"(?i)\s*(?:қызметкер|жұмыскер|сотрудник|работник|чел\.?|человек|адам)")
#: a branch of knowledge (a section of the library classification, ББК) as the label right before a figure:
#: "общественно-политическая литература –", "естественнонаучная –", "техническая литература:", "по медицине –"
_KNOWLEDGE_BRANCH_BEFORE_RE = re.compile(
    r"(?i)(?<![^\W\d_])(?:общественно[\s-]*политическ|социально[\s-]*экономическ|естественно[\s-]*научн|естественн\w*\s+наук"
    r"|техническ|сельскохозяйственн|медицинск|по\s+(?:медицине|технике|сельскому\s+хозяйству|искусству)|искусств[оуа]"
    r"|языкознани|литературоведени|опл|қоғамдық[\s-]*саяси|жаратылыстану|техника(?:лық)?|ауыл\s+шаруашылығы|медицина(?:лық)?)"
    r"[^\W\d_]*(?:\s+(?:литература|литературы|литературе|әдебиет[^\W\d_]*|науки|ғылымдары))?\s*(?:\([\d/.\s]+\)\s*)?[–—:-]\s*$")
#: the noun of an award right after a figure: "2 грамоты", "3 благодарственных письма", "1 диплом", "4 сертификата"
_HONOUR_AFTER_RE = re.compile(r"(?i)\s*(?:[^\W\d_]+(?:ых|ые|ой|ая)\s+)?(?:грамот|благодарност|благодарственн|диплом|сертификат"
                              r"|наград|алғыс\s*хат|мақтау\s+қағаз)")
_STAFF_NOUN_RE = re.compile(r"(?i)\s+(?:[^\W\d_]+\s+)?(?:работник|сотрудник|специалист|библиотекар)")
#: a cue of one metric with a figure in a unit of another: the other ("штат" counts staff units, or people)
#: ("посетили 98 500 раз": the library's visits, not the people who came to its events)
_UNIT_SIBLING = {("staff.units", "people"): "staff.headcount", ("events.participants", "visits"): "visits.total"}
#: a reflexive Russian verb in the past tense ("пополнился", "увеличилось"): the cue it is heads no noun phrase
_PAST_VERB_RE = re.compile(r"(?i)[^\W\d_]{3,}(?:лся|лась|лось|лись)$")
#: a list line's label and its dash before the figure: "- библиотечные работники – "
_BULLETS = "\\s•·▪*\\-–—\u2600-\u27bf\u2b00-\u2bff\ufe0f\U0001f000-\U0001faff"
_DASH_LABEL_RE = re.compile(f"[{_BULLETS}]*[^\\W\\d_][^\\d]*?\\s*[–—:-]\\s*")
_BULLETS_RE = re.compile(f"^[{_BULLETS}:]+|[\\s–—:-]+$")


#: the readers served at home (the old, the sick, the blind): "үйде қызмет көрсетілетін оқырмандар", "үйге кітап
#: жеткізілетін", "обслуживаемых на дому", "надомных читателей"
_AT_HOME_RE = re.compile(r"(?i)(?<![^\W\d_])(?:үйде\s+қызмет|үйге\s+(?:кітап\s+)?(?:жеткіз|апар)|үйінде\s+қызмет"
                         r"|на\s+дому|надомн)")


def served_at_home(text: str, start: int, end: int) -> bool:
    """Whether the clause before a figure of the readers names those served
    at home ("Үйде қызмет көрсетілетін оқырмандар – 142", "читателей,
    обслуживаемых на дому, – 64"): a group of the readers, not all of them."""
    return bool(_AT_HOME_RE.search(text, start, end))


#: after a count of libraries, that they serve children: "214 кітапхана балаларға қызмет көрсетеді", "186 библиотек
#: обслуживают детей", "186 библиотек, обслуживающих детей"
_SERVE_CHILDREN_AFTER_RE = re.compile(r"(?i)\s*(?:[^\W\d_]+\s+){1,2}?,?\s*(?:балаларға\s+қызмет\s+көрсет|обслужива\w*\s+детей)")
#: the oblast as a place, not its library: "облысында", "облыстағы", "облысы бойынша", "в области" (not "облыстық",
#: "областная")
_OBLAST_NAMED_RE = re.compile(r"(?i)(?<![^\W\d_])(?:облыс(?!тық)[^\W\d_]*|област(?:и|ь)(?![^\W\d_]))")


#: the lead of a list of groups by composition, with no colon after it: "Оқырмандар құрамы бойынша", "По составу",
#: "по социальному составу читателей" (the group named after it is a part)
_COMPOSITION_LEAD_RE = re.compile(r"(?i)^.*?(?<![^\W\d_])(?:құрамы\s+бойынша|по\s+(?:социальному\s+)?составу"
                                  r"(?:\s+(?:читателей|пользователей))?)(?![^\W\d_])\s*")

#: the words that open the parts of a figure before the first of them: "из них", "в том числе", "в т.ч.", "оның
#: ішінде", "соның ішінде", "олардың ішінде" ("…, из них учащихся – 2 240, пенсионеров – 310": the first group too)
_GROUP_PARTS_LEAD_RE = re.compile(r"(?i)^\s*(?:из\s+них|в\s+том\s+числе|в\s+т\.\s*ч\.?|(?:оның|соның|олардың)\s+ішінде)"
                                  r"(?![^\W\d_])\s*")

def _events_held_before(nums: list[_Num], participants: _Num, sents: list[tuple[int, int]]) -> _Num | None:
    """The count of the events (``events.actual`` of no category) right
    before the figure of their ``participants`` in its sentence, else None."""
    before = [o for o in nums if o.end <= participants.start and _same_sentence(sents, o, participants)]
    last = next((o for o in reversed(before) if o.metric is not None), None)
    return last if last is not None and last.metric.id == "events.actual" and last.category is None else None


def _social_group(text: str, start: int, end: int, prior: str = "") -> bool:
    """The label before the figure's dash (after a lead's colon) names a
    social group of readers ("оқушылар – 4 120", "Читатели: учащиеся – 1 200"),
    or the rest of them after such groups in its paragraph or in the list line
    ``prior`` before it ("…, пенсионеры – 410, прочие – 120", "– басқалар – 550")."""
    if not _DASH_LABEL_RE.fullmatch(text, start, end):
        return False
    label = _COMPOSITION_LEAD_RE.sub("", _dash_label(text, start, end).rsplit(":", 1)[-1], count=1)
    label = _GROUP_PARTS_LEAD_RE.sub("", label, count=1)
    return bool(_SOCIAL_GROUP_RE.match(label) or _THE_REST_RE.match(label) and (
        _SOCIAL_GROUP_ITEM_RE.search(text, 0, start) or _list_line(prior) and _SOCIAL_GROUP_ITEM_RE.search(prior)))


def _dash_label(text: str, start: int, end: int) -> str:
    """The label of a figure before its dash, without the list's bullet (a
    dash, a dot, an emoji) and the dash."""
    return _BULLETS_RE.sub("", text[start:end])
#: a label, then a verb that links it to the figure right after it: "Просмотры в социальных сетях составили", "Число
#: подписчиков достигло"
_LABEL_LINK_VERB_RE = re.compile(r"(?i)\s*(?P<label>[^\W\d_][^\d()]*?)\s+(?:составил[аио]?|составля[ею]т|достиг(?:ло|ла|ли)?)\s*")


def _label_before_link_verb(text: str, start: int, n: "_Num", end: int) -> str | None:
    """The label of a figure its clause states as "<label> составили <figure>"
    and ends with (nothing counted after it), or None."""
    m = _LABEL_LINK_VERB_RE.fullmatch(text, start, n.start)
    if m is None or text[n.end:end].strip(" .,;:!"):
        return None
    return m.group("label")


#: "число их посещений", "их посещаемость": the visits of what the figure before counts
_THEIR_VISITS_RE = re.compile(r"(?i)(?<![^\W\d_])их\s+посещени")
#: the figures a group of readers has a share of besides its own readers: loans, visits, participants of events
_GROUP_FIGURES = ("loans.total", "visits.total", "visits.events", "events.participants")


def _share_of_group(n: _Num, whole: _Num, group: str) -> None:
    """``n`` is the share of the readers of ``group`` (``users.children`` …)
    in the figure ``whole`` (its loans, visits or participants)."""
    n.metric, n.conf, n.how, n.category = whole.metric, 0.8, "group", reader_category(group)
    n.unit = n.unit if n.unit in whole.metric.units else whole.unit
#: what joins two counted figures: "1 826 справок и 640 консультаций"
_JOINED_RE = re.compile(r"(?i)\s*(?:,\s*)?(?:и|а также|және|мен|пен|бен)\s*")
#: a preposition right before a word: the word heads no noun phrase that leads a figure
_AFTER_PREPOSITION_RE = re.compile(r"(?i)(?<!\w)(?:в|во|на|из|за|по|к|ко|с|со|от|для)\s+$")
#: a preposition and an adjective before a noun: "в основной фонд", "в книжный фонд", "из учебного фонда"
_AFTER_PREPOSITION_ADJECTIVE_RE = re.compile(r"(?i)(?<!\w)(?:в|во|из|со?)\s+[^\W\d_]{3,}(?:ой|ый|ий|ое|ого|ую|ые|ие)\s+$")


def _same_topic(named: str, wanted: str) -> bool:
    """Whether a topic named for the metric ``named`` names the topic of
    ``wanted``: the same metric, or the book fund for any movement of it
    ("қорға ... түсті, ... есептен шығарылды": the fund named once, in the
    case of what came into it)."""
    return named == wanted or (named.startswith("fund.") and wanted.startswith("fund."))


def _same_sentence(sents, a: _Num, b: _Num) -> bool:
    return any(s[0] <= a.start and b.end <= s[1] for s in sents)


def _ends(p: Period) -> set[str]:
    """The dates a balance at the end of period ``p`` is stated at: its last
    day and the day after."""
    import datetime as _dt

    last = _dt.date.fromisoformat(p.end)
    return {last.isoformat(), (last + _dt.timedelta(days=1)).isoformat()}


def _starts(p: Period) -> set[str]:
    """The dates a balance at the start of period ``p`` is stated at: its
    first day and the day before."""
    return day_and_eve(p.start)


#: the Kazakh counter of pieces, which counts copies of documents and pieces of anything else
_PIECES_RE = re.compile(r"(?i)\s*(?:дана|dana)(?![^\W\d_])")


def _counts_pieces(m: Metric | None) -> bool:
    return m is not None and "units" in m.units and "copies" not in m.units


#: "жас" (young) before a noun of staff is no age: "жас маман", "жас кітапханашылар"
_YOUNG_STAFF_RE = re.compile(r"(?i)жас\s+(?:маман|кітапханашы|қызметкер|жұмыскер)")


#: the noun right after a figure, then a comma: "2 315 оқырманға," of a clause whose verb is left out
_NOUN_THEN_COMMA_RE = re.compile(r"\s+([^\W\d_]{3,})\s*,")
#: a library named at the head of a clause: "аудандық балалар кітапханасы", "Детская библиотека", "филиал № 3"
_LIBRARY_HEAD_RE = re.compile(r"(?i)кітапхана\w*|библиотек\w*|филиал\w*")


def _gapped_cue(text: str, n: _Num, nums: list[_Num], tk: Tokens, fv: FactVocab, sentence_end: int) -> Metric | None:
    """The indicator of a figure whose clause leaves its verb out, in a run by
    library: the figure and its noun, a comma, another library, then its figure
    with the same noun and the verb ("Аудандық орталық кітапхана 2 315
    оқырманға, аудандық балалар кітапханасы 1 240 оқырманға қызмет
    көрсетті"): the figure is of the indicator the full clause names."""
    m = _NOUN_THEN_COMMA_RE.match(text, n.end)
    if m is None:
        return None
    word = m.group(1).lower()
    for k in nums:
        if k.start <= n.end or k.start >= sentence_end:
            continue
        h = next((h for h in tk.hits if h.kind == "M" and 0 < h.start - k.end <= 2 and h.end <= sentence_end), None)
        if h is None or not text[h.start:h.end].lower().startswith(word + " ") \
                or not _LIBRARY_HEAD_RE.search(text, m.end(), k.start) or h.id not in fv.metrics:
            return None
        return fv.metrics[h.id]
    return None


def _unit_after(text: str, n: _Num, tk: Tokens) -> str | None:
    rest = text[n.end:n.end + 3]
    if rest.lstrip().startswith("%"):
        return "percent"
    units = [h for h in tk.hits if h.kind == "U" and h.start >= n.end]
    for i, h in enumerate(units):
        gap = text[n.end:h.start]
        if len(gap) <= 3 and not re.search(r"[\w,.;:!?)(]", gap):  # "21 614). Жыл": no unit across a stop
            if h.id == "years" and _YOUNG_STAFF_RE.match(text, h.start):
                # "3 жас маман жұмысқа қабылданды": young specialists, whom the noun after "жас" counts
                return next((u.id for u in units[i + 1:] if u.start >= h.end and not text[h.end:u.start].strip()),
                            None)
            if h.id == "libraries" and _PEOPLE_OF_RE.match(text, h.end):
                return None  # "1 120-сы кітапхана оқырмандары": the library's readers, a compound of people
            word_end = _WORD_REST_RE.match(text, h.end).end()
            if re.search(r"[–—-]", gap) and _DATIVE_END_RE.search(text, h.start, word_end) \
                    and _WORD_AFTER_SPACE_RE.match(text, word_end):
                return None  # "86 500 – іс-шараларға қатысушы": the dative is the complement of the noun after it
            if _SCALE_RE.fullmatch(text[h.start:h.end].strip(" .")):
                # "178,5 мың дана", "167,5 мың рет", "83,8 мың": a bare thousand is the scale of the
                # unit after it, and money only when a currency is written; not a noun after a comma, the next
                # item's ("Число пользователей – 12,4 тыс., посещений – 96,8 тыс.")
                nxt = next((u for u in units[i + 1:] if u.start >= h.end
                            and not re.search(r"[\w,;]", text[h.end:u.start]) and len(text[h.end:u.start]) <= 3), None)
                n.scale = "thousand"
                return nxt.id if nxt is not None and not _SCALE_RE.fullmatch(text[nxt.start:nxt.end].strip(" .")) \
                    else None
            return h.id
        gap_word = _LIBRARY_KIND_RE.fullmatch(text, n.end, h.start)
        if h.id == "libraries" and gap_word is not None:
            return h.id  # "вели 17 общедоступных библиотек"
        if h.id == "events" and _EVENT_KIND_RE.fullmatch(text, n.end, h.start):
            return h.id  # "1 146 массовых мероприятий посетили 41,2 тыс. человек": the events, not the people
        break
    if n.written_scale == 10**6 and n.scale_end is not None:
        # "4 млн данадан", "3 млн адамнан", "2,5 млн": millions of the unit after the word, if any
        n.scale = "million"
        end = n.scale_end
        nxt = next((h for h in units if h.start >= end and len(text[end:h.start]) <= 3
                    and not re.search(r"[\w,.;:!?)(]", text[end:h.start])), None)
        return nxt.id if nxt is not None else None
    return None


#: a gift, which no state's order bought: "сыйға тартты", "в дар", "подарено", "безвозмездно"
#: the word of a label that says its figure is a count ("Клубтар саны", "Количество просмотров", "Число клубов")
_COUNT_LABEL_RE = re.compile(r"(?i)(?<![^\W\d_])(?:саны|сандары|количество|кол-во|число|sany)(?![^\W\d_])")
#: the opening of brackets of figures by year before a figure of them: years, figures, dashes and commas only
#: ("(2019 жылы – 371 900, 2020 жылы – ", "(в 2019 году – ")
_YEARS_ONLY_RE = re.compile(r"(?i)\s*(?:(?:в\s+)?(?:19|20)\d{2}\s*(?:жылы|ж\.|году|г\.)?\s*[–—:-]\s*"
                            r"(?:\d[\d\s\u00a0]*(?:[.,]\d+)?\s*[,;]\s*)?)+")
#: the categories that name whom events are held for, not a kind of documents
_EVENTS_FOR = ("children", "librarians")
#: a reader's card ("оқырман билеті", "электрондық оқырман билетін", "читательский билет", "читательских билетов")
_READER_CARD_RE = re.compile(r"(?i)\s*(?:(?:электрон\w*\s+)?(?:оқырман\s+билет|читательск\w*\s+билет)|билет\w*\s+читател)")
#: another source joined to the state's order before the figure ("мемлекеттік тапсырыс бойынша және демеушілердің
#: көмегімен", "по госзаказу и за счёт местного бюджета"): the figure is all that came in from both
_OTHER_SOURCE_JOINED_RE = re.compile(r"(?i)[^\d.;]{0,25}?\s(?:және|мен|и|а\s+также)\s+[^\d.;]{0,40}?"
                                     r"(?:демеуші|спонсор|көмег|есебінен|қаражат|за\s+сч[её]т|средств|бюджет)")
#: the words of books given as gifts where a word of lending stands: "сыйға берілген", "сыйлыққа алынған",
#: "демеушілер берген", "в дар переданные"
_GIVEN_AS_GIFT_RE = re.compile(r"(?i)(?<![^\W\d_])(?:(?:сыйға|сыйлыққа|сый\s+ретінде)\s+(?:беріл|берг|алын|тарт)"
                               r"|демеуші\w*\s+(?:беріл|берг)|в\s+дар\s+(?:выда|переда))")
_GIFT_RE = re.compile(r"(?i)(?<![^\W\d_])(?:сыйға|сыйлыққа|сыйлады|сый\s+ретінде|в\s+дар|дар\s+от|подар\w*|безвозмездн\w*|пожертвова\w*)")
#: what was added to a catalogue, and its whole size beside it
_ADDED_RE = re.compile(r"(?i)(?<![^\W\d_])(?:пополнил\w*|пополнен\w*|внесен\w*|внесён\w*|добавлен\w*|введен\w*|введён\w*"
                       r"|енгізіл\w*|енгізді|толықтырыл\w*|қосылды)")
_WHOLE_VOLUME_RE = re.compile(r"(?i)(?<![^\W\d_])(?:общ\w*\s+объ[её]м\w*|жалпы\s+көлем\w*|объ[её]м\s+(?:ЭК|электронного)"
                              r"|всего\s+в\s+(?:ЭК|электронном)|жалпы\s+саны"
                              # "пополнился на 8 240 записей и насчитывает 201 300 записей", "каталог содержит
                              # 98 715 записей, за год внесено 8 120"
                              r"|насчитыва\w*|содерж(?:ит|ат|ал|ался)\b)")
def _money_of_another_kind(n: "_Num", nums: list["_Num"], sents: list[tuple[int, int]], tk: Tokens, clause,
                           fv: FactVocab) -> bool:
    """Whether the sentence of the money ``n`` states another sum of money
    whose clause names a kind of documents other than books (the
    periodicals' subscription beside the books bought)."""
    mine = _sentence_at(sents, n.start, (0, 0))
    for m in nums:
        if m is n or _sentence_at(sents, m.start, (0, 0)) != mine:
            continue
        a, z = clause(m.start)
        # (a figure after this one has no unit yet: the unit written after it in its clause)
        if not fv.money(m.unit) and not any(h.kind == "U" and fv.money(h.id) and m.end <= h.start < z for h in tk.hits):
            continue
        if any(h.kind == "C" and h.id != "books" and h.id in DOCUMENT_KINDS and a <= h.start < z for h in tk.hits):
            return True
    return False


def _of_the_loans(pos: int, n: "_Num", sents: list[tuple[int, int]], tk: Tokens) -> bool:
    """Whether a part or a kind at ``pos`` may tell the loans of ``n`` apart:
    it stands in the figure's sentence or in a later one that names no
    indicator of its own ("Из них книг – …"); a sentence of the readers ("…,
    из них 5 тысяч – дети") speaks of them."""
    mine = _sentence_at(sents, n.start, (0, 0))
    theirs = _sentence_at(sents, pos, (pos, pos + 1))
    if theirs == mine:
        return True
    return theirs[0] >= mine[1] and not any(h.kind == "M" and theirs[0] <= h.start < theirs[1] for h in tk.hits)


#: librarians as the audience: "для библиотечных специалистов", "для библиотекарей района", "для работников
#: библиотек", "кітапханашыларға арналған"
_FOR_LIBRARIANS_RE = re.compile(r"(?i)(?<![^\W\d_])(?:для\s+(?:библиотечных\s+(?:специалистов|работников)|библиотекарей"
                                r"|(?:работников|специалистов|сотрудников)\s+библиотек)|кітапханашыларға\s+арналған"
                                r"|кітапханашылар\s+үшін)(?![^\W\d_])")


def _size_verb_last(text: str, start: int, pos: int) -> bool:
    """Whether the word of a whole size ("насчитывает", "общий объём") stands
    after the last word of records added before ``pos``: "пополнился на 8 240
    записей и насчитывает 201 300 записей" gives the second figure the size."""
    sizes = [m.start() for m in _WHOLE_VOLUME_RE.finditer(text, start, pos)]
    added = [m.start() for m in _ADDED_RE.finditer(text, start, pos)]
    return bool(sizes) and (not added or sizes[-1] > added[-1])


_BOOK_SUPPLY_RE = re.compile(r"(?i)книгообеспеченн|документообеспеченн|кітаппен\s+қамт")
#: per whom a rate is: an inhabitant, a reader or a user
_PER_WHOM_RE = re.compile(r"(?i)(?<![^\W\d_])(?:на\s+(?:одного|1)\s+(?:жител|читател|пользовател)\w*"
                          r"|(?:бір|1)\s+(?:тұрғын|оқырман|пайдаланушы)\w*)")
#: a word in the Kazakh ablative: "аудан бюджетінен", "жергілікті бюджеттен" (from the budget: where money came from)
_ABLATIVE_WORD_RE = re.compile(r"(?i)[^\W\d_]*(?:інен|ынан|нен|нан|тен|тан|ден|дан)(?![^\W\d_])")
#: the budget named as the source of money: "бюджет есебінен", "за счёт (средств) местного бюджета",
#: "из местного бюджета"
_SOURCE_AFTER_RE = re.compile(r"(?i)\w*\s+(?:есебінен|қаражатынан|қаражаты\s+есебінен)")
_SOURCE_BEFORE_RE = re.compile(r"(?i)(?<![^\W\d_])(?:за\s+сч[её]т|из)\s+(?:средств\s+)?(?:[^\W\d_]+\s+){0,2}$")
#: copies taken home to read, the verb at the end of their clause after at most four words: "… дана кітап пен
#: журнал алып оқыдыңыздар", "… дана кітап алып оқыды"
_TOOK_TO_READ_RE = re.compile(r"(?i)(?:\s+[^\W\d_]+){1,5}?\s+алып\s+оқы[^\W\d_]*\s*[.!;]?\s*$")
#: the school right before its pupils' figure, with at most a verb of studying between: "Мектептегі 820",
#: "Мектепте барлығы 820", "В школе обучается 640", "В школе 412"
_SCHOOL_BEFORE_RE = re.compile(r"(?i)(?<![^\W\d_])(?:мектепте(?:гі)?|в\s+школе)\s+(?:(?:барлығы|всего|обучается"
                               r"|обучаются|учится|учатся|оқитын)\s+)?$")
#: the pupils after a figure, in any case: "оқушы", "оқушының", "учащихся", "учеников"
_PUPILS_AFTER_RE = re.compile(r"(?i)\s*(?:оқушы|учащи[^\W\d_]*|ученик|школьник)")
_TOOK_PART_RE = re.compile(r"(?i)участи|участвова|присутствова|қатыс|посетил|пришл|келді|собрал|жиналды")
_VISITORS_SHORT_RE = re.compile(r"(?i)(?<![^\W\d_])пос\.\s*$")
#: the inhabitants named, then at most four words before a bracket: "жителей центральной части города (",
#: "населению района (", "ауыл тұрғындарына ("
_INHABITANTS_BEFORE_RE = re.compile(r"(?i)(?<![^\W\d_])(?:жител|населени|тұрғын|халқ|халық)[^\W\d_]*"
                                    r"(?:\s+[^\W\d_]+){0,4}\s*$")
#: (the Kazakh noun with its plural, possessive and case endings: "тұрғынға", "тұрғынына", "тұрғындарына",
#: "тұрғынының"; not "тұрғын үй", a dwelling)
_INHABITANTS_AFTER_RE = re.compile(r"(?i)\s*(?:тыс\.?\s*|мың\s+)?(?:жител(?:ей|я|ях|ям)|тұрғын(?:дар)?(?:ы)?(?:ға|на|ның|дың)?"
                                   r"(?!\s+үй))(?![^\W\d_])")
_FRACTION_RE = re.compile(r"(?<![\d/.,])\d{1,2}/\d{1,2}(?![\d/])(?=\s+[^\W\d_])")
_FRACTION_RE = led(_FRACTION_RE, r"\d")
#: a sentence ending on a verb of change, and a figure in it with its unit in the dative ("206 адамға")
_CHANGE_VERB_RE = re.compile(r"(?i)артты|өсті|көбейді|азайды|кеміді|төмендеді|ұлғайды|қысқарды")
_DATIVE_CHANGE_SENTENCE_RE = RunStarts(re.compile(
    r"[^.!?]*?(?:артты|өсті|көбейді|азайды|кеміді|төмендеді|ұлғайды|қысқарды)[.!?]?\s*(?=$|\s)"), ".!?")
#: every match of the sentence above holds one of its verbs: a text without any is not scanned (the lazy scan
#: from every position of a sentence is slow)
_DATIVE_CHANGE_VERB_RE = re.compile(r"артты|өсті|көбейді|азайды|кеміді|төмендеді|ұлғайды|қысқарды")
_DATIVE_CONVERB_RE = re.compile(r"(?i)(\d[\d \u00a0]*(?:[.,]\d+)?)\s*(?:%\s*-?|[^\W\d_]+|-)(?:ға|ге|қа|ке)\s+"
                                r"(?:арт|өс|көбей|азай|кем|төменде|жоғарыла|ұлғай|қысқар)[^\W\d_]{0,3}п(?![^\W\d_])")
# every match holds a figure and one of the converbs' stems
_DATIVE_CONVERB_RE = gated(_DATIVE_CONVERB_RE, "арт", "өс", "көбей", "азай", "кем", "төменде", "жоғарыла", "ұлғай",
                            "қысқар")
#: "дейін" (up to) after a figure in the dative: the value a change reached ("86 950-ге дейін өсті")
_UP_TO_AFTER_RE = re.compile(r"(?i)\s+дейін(?![^\W\d_])")
_KK_PAST_VERB_RE = re.compile(r"[^\W\d_]+(?:ды|ді|ты|ті)(?![^\W\d_])")
#: "жетіп" (having reached), the converb of reaching after a figure in the dative: the figure is the value the
#: clause reached, and a verb of change later in its sentence governs another figure (the difference)
_REACHED_CONVERB_RE = re.compile(r"(?i)(?<![^\W\d_])жет(?:іп|кен)(?![^\W\d_])")
#: the first month's name (and its preposition) before its dash in a list month by month: "қаңтарда – ", "в январе – "
#: (and the words that say the list is by months: "айлар бойынша:", "по месяцам:")
_MONTH_LEAD_RE = re.compile(r"(?i)(?:(?:айлар\s+бойынша|ай\s+сайын|по\s+месяцам|помесячно)\s*[:–—-]?\s*)?"
                            r"(?:в\s+)?[^\W\d_]+(?:\s+[^\W\d_]+)?\s*[–—:-]\s*$")
_MONTHS_END_RE = re.compile(r"\s*[,;]?")
#: the figure's noun phrase in the instrumental, nothing else, before the verb that moved the fund: "1 200 дана
#: әдебиетпен (толықтырылды)", "2 115 данамен", "дана жаңа кітаппен"
_WITH_WHAT_BEFORE_VERB_RE = re.compile(r"(?i)\s*(?:[^\W\d_]+\s+){0,3}[^\W\d_]+(?:мен|бен|пен)\s+")
#: a figure in the dative the fund was filled to: "52 600 данаға толықты", "… дана кітапқа толықтырылды"
_FILLED_TO_RE = re.compile(r"(?i)\s*(?:[^\W\d_]+\s+)?[^\W\d_]+(?:ға|ге|қа|ке)\s+толық(?:ты|тырылды)(?![^\W\d_])")
_DATIVE_FIGURE_RE = re.compile(r"(\d[\d \u00a0]*(?:[.,]\d+)?)\s*(?:[^\W\d_]+|-)(?:ға|ге|қа|ке)(?![^\W\d_])")  # "215-ке"
#: what money was put to, after the figure: its use, not its name
_PURPOSE_BEFORE_RE = re.compile(r"(?i)(?<![^\W\d_])(?:направлен\w*|использован\w*|пущен\w*|потрачен\w*|жұмсал\w*"
                                r"|бағыттал\w*)\s+(?:на\s+)?$")
#: a conjunction joining two clauses, and nothing else between a figure's noun and the next verb
_CONJUNCTION_RE = re.compile(r"(?i)\s*(?:,\s*(?:и|а|но|және)?|(?:и|а|но|және))\s+")
def _group_before_readers(text: str, metric_hits, clause_start: int, n: _Num) -> str | None:
    """The group of readers (``users.children`` …) whose words stand right
    before the readers' words that name ``n`` in its clause ("14 жасқа
    дейінгі оқырмандар саны 3 420", "оқырман балалар саны"), else None."""
    before = [h for h in metric_hits if clause_start <= h.start and h.end <= n.start]
    if len(before) < 2 or before[-1].id != "users.registered" or before[-2].id not in {m for _, m in READER_GROUPS}:
        return None
    return before[-2].id if not text[before[-2].end:before[-1].start].strip() else None


#: the people the events reached, right after their figure: "870 оқырман қамтылды", "38 420 адам қамтылды"
_REACHED_AFTER_RE = re.compile(r"(?i)\s*(?:адам|оқырман|бала|қатысушы|жасөспірім|тұрғын)[^\W\d_]*\s+қамтыл[^\W\d_]*")


def _reached_after_events(text: str, nums: list[_Num], i: int, sents) -> bool:
    """``nums[i]`` counts the people the word "қамтылды" (reached) after it
    names, and the figure before it in its sentence counts events ("1 356
    іс-шара өткізілді, 38 420 адам қамтылды")."""
    n = nums[i]
    if i == 0 or not _REACHED_AFTER_RE.match(text, n.end):
        return False
    prev = nums[i - 1]
    return _same_sentence(sents, prev, n) and _EVENTS_AFTER_RE.match(text, prev.end) is not None


#: a theme or an occasion the events of a sentence were held on: "К Дню …", "ко Дню …", "к 80-летию …",
#: "посвящено …", "По экологическому просвещению", "В рамках правового просвещения", "В рамках Года …", "… орай",
#: "… арналған", "… бағыты бойынша", "… аясында"
_THEME_RE = re.compile(
    r"(?i)(?<![^\W\d_])(?:ко?\s+(?:дню|дням|празднику|юбилею|\d+[-‑]?\s?(?:летию|годовщине))|посвящ\w*"
    r"|по\s+[^\W\d_]+(?:ому|ему)\s+(?:просвещению|воспитанию|направлению)|в\s+рамках\s+(?!муниципальн|государственн"
    r"|план|задани)[^\W\d_]+|пропаганд\w*|в\s+помощь|орай(?![^\W\d_])|арналған|бағыты\s+бойынша|аясында|мерейтой\w*"
    # a project, a campaign or a programme the events were held in ("«…» жобасы бойынша", "по проекту «…»")
    r"|(?:жоба|акция|бағдарлама)[^\W\d_]*\s+бойынша|по\s+(?:проекту|программе|акции)(?![^\W\d_])"
    r"|тақырыбында)")
#: "Из 874 мероприятий": a whole named before a figure in its clause, of which the figure is a part
#: the Internet in the dative right before a figure of libraries, and the verb that joins them to it after their
#: noun: "Интернет желісіне 27 кітапхананың барлығы қосылған", "Ғаламторға 14 ауылдық кітапхана қосылды"
_NETWORK_BEFORE_RE = re.compile(r"(?i)(?<![^\W\d_])(?:интернет\s+желісіне|интернетке|ғаламтор\s+желісіне|ғаламторға)\s+$")
_LIBRARIES_JOINED_RE = re.compile(r"(?i)\s+(?:[^\W\d_]+\s+)?кітапхана[^\W\d_]*(?:\s+(?:барлығы|бәрі|түгел))?\s+қосыл")
#: "из" and a figure right before the noun of a whole: "Из 40 060 пользователей" (the whole a part is of)
_FROM_COUNTED_WHOLE_RE = re.compile(r"(?i)(?<![^\W\d_])из\s+\d[\d \u00a0]*\s+$")
_FROM_WHOLE_BEFORE_RE = re.compile(r"(?i)(?<![^\W\d_])из\s+\d[\d \u00a0]*\s+[^\W\d_]+\s+(?:[^\W\d_]+\s+)?$")
#: libraries counted whole after "из", right before a figure of how many of them: "Из 26 сельских библиотек (в) "
_OUT_OF_LIBRARIES_BEFORE_RE = re.compile(r"(?i)(?<![^\W\d_])из\s+\d[\d \u00a0]*\s+(?:[^\W\d_]+\s+){0,2}?"
                                         r"библиотек[^\W\d_]*\s+(?:(?:в|у)\s+)?$")
#: the Kazakh form of it: libraries counted whole in the genitive, right before a figure of how many of them in the
#: possessive ("26 ауылдық кітапхананың 20-сы", "Из 26 сельских библиотек 20") or before that figure and the
#: words after it ("26 ауылдық кітапхананың 18-і 2 300 …"); group 1 the whole's noun and kind
_KK_OUT_OF_LIBRARIES_BEFORE_RE = re.compile(r"(?i)(?<![\d.,])\d[\d \u00a0]*\s+((?:[^\W\d_]+\s+){0,2}?"
                                            r"кітапхана(?:лар)?(?:ның|дың))\s+(?:$|\d[\d \u00a0]*-?(?:сы|сі|ы|і)"
                                            r"(?![^\W\d_]))")
#: a kind of libraries in the plural genitive, uncounted, right before a figure in the possessive: "Ауылдық
#: кітапханалардың 12-сі", "ауылдық кітапхана-филиалдардың 9-ы"
_KK_KIND_GENITIVE_BEFORE_RE = re.compile(r"(?i)(?<![^\W\d_])[^\W\d_]+\s+(?:кітапхана|филиал)[^\W\d_-]*(?:-филиал)?"
                                         r"(?:лардың|лердің|дардың|тардың)\s+$")
#: after a figure, the libraries it counts in the genitive and a figure in the possessive of how many of them:
#: " ауылдық кітапхананың 20-сы" (the whole the part after it is counted out of)
_KK_WHOLE_OF_PART_AFTER_RE = re.compile(r"(?i)\s+(?:[^\W\d_]+\s+){0,2}?кітапхана(?:лар)?(?:ның|дың)\s+"
                                        r"\d[\d \u00a0]*-?(?:сы|сі|ы|і)(?![^\W\d_])")
#: words before a figure that make it no figure of the metric its cue names: readers new this period or
#: re-registered, a price
_NOT_THE_METRIC_BEFORE_RE = re.compile(
    r"(?i)(?<![^\W\d_])(?:вновь\s+(?:записан|записал|зарегистрирован|привлечен|привлечён)\w*|впервые\s+записа\w*"
    # readers re-registered from the year before, a part of the registered ("перерегистрировано 10 216 читателей";
    # not with those enrolled, "записано и перерегистрировано", the whole)
    r"|(?<!и\s)перерегистр\w*(?!\w)(?!\s+и\s)|(?<!және\s)қайта\s+тіркел\w*(?!\w)(?!\s+және\s)"
    r"|жаңадан\s+(?:тіркел|жазыл)\w*|средн(?:яя|ей)\s+(?:стоимост|цен)\w*|стоимость\s+(?:одного|одной)"
    # a label of readers new this period before its figure ("Жаңа оқырмандар – 820", "Новые читатели: 820")
    r"|(?:нов(?:ые|ых|ый)|жаңа)\s+(?:читател|пользовател|оқырман|пайдаланушы)\w*"
    # children of preschool age, a part of the children ("Мектепке дейінгі балалар – 730", "дошкольников – 730")
    r"|мектепке\s+дейінгі|мектеп\s+жасына\s+дейінгі|дошкольн\w*"
    # readers with special needs, a group across the ages ("Ерекше қажеттіліктері бар 52 бала", "мүмкіндігі шектеулі
    # 46 оқырман", "с ограниченными возможностями здоровья")
    r"|ерекше\s+қажеттілікт\w*(?:\s+бар)?|мүмкіндігі\s+шектеулі|мүмкіндіктері\s+шектеулі|ограниченн\w*\s+возможност\w*"
    # the staff by length of service, a group of them ("Еңбек өтілі 20 жылдан асатын қызметкерлер – 21 адам", "со
    # стажем работы свыше 20 лет – 21 человек"): no headcount
    r"|еңбек\s+өтіл\w*|жұмыс\s+өтіл\w*|стаж\w*"
    r"|орташа\s+(?:құны|бағасы)|бір\s+кітаптың\s+(?:орташа\s+)?(?:құны|бағасы))(?![^\W\d_])[^.;]*$")
#: a band of age before a figure of the staff: "в возрасте до 30 лет", "от 30 до 55 лет", "старше 55 лет", "30 жасқа
#: дейінгі", "50 жастан жоғары", "30–50 жас аралығындағы"
_STAFF_BAND_BEFORE_RE = re.compile(
    r"(?i)(?<![^\W\d_])(?:в\s+возрасте|(?:до|от|старше|свыше|моложе|более)\s+\d{1,2}(?:\s*[-–—]\s*\d{1,2}|\s+до\s+\d{1,2})?"
    r"\s*(?:лет|года?)(?![^\W\d_])|(?<![\d.,])\d{1,2}\s*(?:жасқа|жастан|жас)(?:\s+(?:дейін\w*|жоғары\w*|асқан\w*|асатын\w*|үлкен\w*"
    r"|аралығ\w*))?(?![^\W\d_]))[^.;]*$")
#: a library closed, opened, merged or reorganized ("закрыта 1 сельская библиотека", "открыты 2 модельные
#: библиотеки", "1 кітапхана жабылды"): the figure counts a change of the network, not the libraries it has
_NETWORK_CHANGE_RE = re.compile(
    r"(?i)(?:(?<![^\W\d_])(?:закрыт|открыт|ликвидирован|реорганизован|объединен|присоединен|упразднен|оптимизирован"
    r"|жабыл|ашыл|қысқар)[^\W\d_]*\s*$"
    r"|\s*(?:[^\W\d_-]+(?:-[^\W\d_]+)?\s+){1,3}(?:закрыт|ликвидирован|реорганизован|упразднен|оптимизирован|жабыл"
    r"|ашыл|қысқар)[^\W\d_]*(?![^\W\d_]))")
#: equipment counted right after a figure: no documents, readers or events; an area; readers new this period
_NOT_THE_METRIC_AFTER_RE = re.compile(
    r"(?i)\s*(?:3[dд][-\s]?)?(?:ноутбук|принтер|мфу|сканер|проектор|планшет|телевизор|стеллаж|шкаф|кресел|стул"
    r"|стол(?:ов|а)?(?![^\W\d_])"
    r"|кондиционер|моноблок|кв\.?\s?м(?![^\W\d_])|м²|м2(?!\d)|шаршы\s+метр"
    # points of loan ("9 кітап беру пункті", "6 пунктов выдачи"), views of a post ("3 мыңнан астам қаралым")
    r"|(?:[^\W\d_]+\s+){0,2}пункт|(?:мың\w*\s+|тыс\.?\s+)?(?:астам\s+|более\s+|свыше\s+)?(?:қаралым|просмотр)"
    # readers new this period ("1 146 новых читателей", "310 жаңа оқырман"): a part of the registered, no total
    r"|(?:нов(?:ых|ые|ый|ого)|жаңа)\s+(?:читател|пользовател|оқырман|пайдаланушы)"
    # money saved, left unspent of what was allocated ("312,6 мың теңгесі үнемделді", "41,2 тыс. тенге сэкономлено")
    r"|(?:[^\W\d_]+\.?\s+){0,2}(?:үнемдел|сэкономлен))")
#: what was done to the fund's copies, none of its movement or balance: bound, mended, returned by debtors
_FUND_CARE_RE = re.compile(r"(?i)(?<![^\W\d_])(?:переплет\w*|отремонтир\w*|отреставрир\w*|реставрир\w*|подклеен\w*"
                           r"|возвращен\w*|возвращён\w*|вернул\w*|вернуть|возврат\w*|жөнде\w*|түптел\w*|қайтарыл\w*"
                           r"|қайтарт\w*|задолжник\w*|қарыздар\w*)")
#: the subscription's word: "жазылу", "жазылым", "подписка"
_SUBSCRIPTION_WORD_RE = re.compile(r"(?i)жазыл|подписк")


def _subscribed_kind(text: str, at: int, tk: Tokens, sents) -> str | None:
    """The kind of documents a subscription was made to, named in the
    sentence before the subscription's word at ``at`` or right after it
    ("Мерзімді басылымдарға жазылу ресімделді: 46 атау, жазылу сомасы 1 384,6
    мың теңге"): money the sentence gives for the subscription is spent on
    that kind (its topic and category)."""
    s0, s1 = _sentence_at(sents, at, (0, len(text)))
    word = _SUBSCRIPTION_WORD_RE.match(text, at)
    z = min(s1, word.end() + 40) if word else at
    kinds = {c.id for c in tk.hits if c.kind == "C" and s0 <= c.start and c.end <= z and c.id != "librarians"}
    if "periodicals" in kinds or kinds and kinds <= {"newspapers", "magazines"}:
        return "periodicals"
    return kinds.pop() if len(kinds) == 1 else None


def _subscription_before(text: str, n: "_Num", sents) -> int | None:
    """The start of the subscription's word before a figure in its sentence,
    when it heads the figure's clause ("жазылу сомасы – …") or a lead that a
    colon ends before the figure ("… жазылу ресімделді: 42 атау, 864 200
    теңге"); None otherwise."""
    s0 = _sentence_at(sents, n.start, (0, len(text)))[0]
    if _ACQUISITION_AND_SUBSCRIPTION_RE.search(text, s0, n.start):
        return None  # "қорды толықтыруға және мерзімді басылымдарға жазылуға": all the acquisition money
    colon = text.rfind(":", s0, n.start)
    a = max(text.rfind(c, s0, n.start) for c in ",;") + 1 if colon < 0 else colon
    m = _SUBSCRIPTION_WORD_RE.search(text, max(s0, a), n.start)
    if m is None and colon >= 0:
        m = _SUBSCRIPTION_WORD_RE.search(text, s0, colon)
    return m.start() if m else None


#: the uses of a catalogue by its readers: "каталогқа жүгіну", "каталогқа сұраныс", "обращений к каталогу",
#: "запросов к ЭК", "просмотров каталога"
_CATALOG_USE_RE = re.compile(r"(?i)(?<![^\W\d_])(?:жүгін|сұраныс|сұрау|обращени|запрос|просмотр|қаралым|кіру)[^\W\d_]*")
#: the library's posts on its site and social networks: no articles in the press, no catalogue records
_SOCIAL_NETWORKS = (r"социальн\w*\s+сет\w*|соцсет\w*|әлеуметтік\s+желі\w*|instagram|инстаграм|facebook|фейсбук|telegram"
                    r"|телеграм|ютуб|youtube|tiktok|тикток|вконтакте|одноклассник\w*")
#: the clubs of a library, whose members are counted as "участников": "клубы по интересам", "2 клуба",
#: "объединения по интересам", "клубные формирования", "кружки", "любительские объединения"
_CLUBS_RE = re.compile(r"(?i)(?<![^\W\d_])(?:клуб(?!н\w*\s+(?:мероприят|вечер))\w*|объединени\w*\s+по\s+интересам"
                       r"|клубн\w*\s+формировани\w*|любительск\w*\s+объединени\w*|кружк\w*)")
#: news items counted right after their figure: "96 новостей", "120 жаңалық" (the library's own, on its site)
_NEWS_AFTER_RE = re.compile(r"(?i)\s*(?:новост|жаңалық)")
_SOCIAL_RE = re.compile(rf"(?i)(?<![^\W\d_])(?:{_SOCIAL_NETWORKS}|пост\w*)")
#: the press named before a count of publications: "в газете", "в местной печати", "в СМИ", "газетінде",
#: "басылымдарда", "ақпарат құралдарында"
_PRESS_NAMED_RE = re.compile(r"(?i)(?<![^\W\d_])(?:газет|печат|(?-i:СМИ|БАҚ)|журнал|басылым|ақпарат\s+құрал)[^\W\d_]*")
#: a social network named: "Instagram парақшасына кіру", "әлеуметтік желілердегі парақшаларға", "в социальных сетях"
_SOCIAL_NETWORK_RE = re.compile(rf"(?i)(?<![^\W\d_])(?:{_SOCIAL_NETWORKS})")
#: a number naming a table or a figure of the report itself: "Таблица 2", "2-кесте", "в таблице 3", "рис. 4"
_TABLE_NUMBER_RE = re.compile(r"(?i)(?<![^\W\d_])(?:таблиц[аеуы]?|табл\.|кесте|рис\.|рисун(?:ок|ке)|диаграмм[аеы]?"
                              r"|приложени[еия]|қосымша|сурет)\s*№?\s*$")
_TABLE_NUMBER_AFTER_RE = re.compile(r"(?i)\s?-?\s?(?:кесте|сурет|қосымша|диаграмма)(?![^\W\d_])")
_MONTHS_AFTER_RE = re.compile(r"(?i)\s?(?:-?\s?)(?:ай(?:да|ында|дың|лық|ы)?|айдағы|месяц\w*|мес\.)(?![^\W\d_])")
#: bought this period, beside what the library holds: computers bought are no count of its computers
_BOUGHT_RE = re.compile(r"(?i)(?<![^\W\d_])(?:приобрет\w*|закуп\w*|получен\w*|поступил\w*|сатып\s+алын\w*|алынды)")
#: a verb of buying right after the figure's noun (and a word of it), as Kazakh puts it and Russian may: "1
#: компьютер сатып алынды", "2 жаңа компьютер алынды", "3 компьютера закуплены"
_BOUGHT_AFTER_NOUN_RE = re.compile(r"(?i)\s*(?:[^\W\d_]+\s+){1,2}(?:сатып\s+алын\w*|алынды|приобретен\w*|закуплен\w*|куплен\w*)"
                                   r"(?![^\W\d_])")
#: the rural areas of a district, whose share of a figure a clause names: "ауылдық жерлерде", "ауылда",
#: "в сельской местности", "на селе", "в селе", "сельских жителей"
_RURAL_AREA_RE = re.compile(r"(?i)(?<![^\W\d_])(?:ауылдық\s+жер\w*|ауылдық\s+елді\s+мекен\w*"
                            r"|в\s+сельской\s+местности|на\s+селе|сельск\w+\s+(?:жител|населени|местност)"
                            # the villages at large, not one village named ("в селе Ольгино", "Ақсу ауылында")
                            rf"|(?:в\s+сел(?:е|ах)|в\s+сёлах|ауылдарда|ауылда)(?![^\W\d_])(?!\s+(?-i:[A-Z{UPPER}])))")
_SCALE_RE = re.compile(r"(?i)(?:мың|тыс|myń|myñ|myn)[^\W\d_]*")  # "мыңнан", "тысяч", "myńnan"
#: libraries right after a figure, in any case, an adjective of their kind between
_LIBRARIES_AFTER_RE = re.compile(r"(?i)\s+(?:[^\W\d_]+(?:их|ых|ие|ые|ой|ая|ого|дық|дік|тық|тік|лық|лік)\s+)?"
                                 r"(?:библиотек(?!ар|ечн)|кітапхана(?!лық|шы)|филиал)")
#: the word for all the libraries open to the public, between a figure and the word "libraries" (a word of
#: one kind, "сельских", "ауылдық", makes a part of them); the state's or the municipality's libraries are
#: the whole network a region or a district counts ("Облыста 366 мемлекеттік кітапхана", "18 муниципальных
#: библиотек")
_LIBRARY_KIND_RE = re.compile(r"(?i)(?:\s+(?:общедоступн|публичн|массов|жалпыға\s+қолжетімді|мемлекеттік|государственн"
                              r"|муниципальн)[^\W\d_]*){1,2}\s+")

#: the readers who got the copies a figure after it counts: "Читатели (библиотеки) получили", "пользователи
#: получили", or a relative clause of theirs ("… пользователей, которые посетили библиотеки … и получили")
_READERS_GOT_RE = re.compile(r"(?i)(?<![^\W\d_])(?:читател|пользовател|абонент)[^\W\d_]*"
                             r"(?:\s+[^\W\d_]+)?\s+получил[^\W\d_]*\s+(?:[^\W\d_]+\s+){0,2}$"
                             r"|(?<![^\W\d_])(?:читател|пользовател|абонент)[^\W\d_]*[^;]{0,40}?,\s+которые\s[^;]{0,120}?"
                             r"(?<![^\W\d_])получили\s+(?:[^\W\d_]+\s+){0,2}$")

#: the kind of events between a figure and their noun: "1 146 массовых мероприятий", "культурно-массовых", "120
#: бұқаралық іс-шара", "көпшілік"
_EVENT_KIND_RE = re.compile(r"(?i)\s+(?:культурно-массов|массов|бұқаралық|көпшілік)[^\W\d_]*\s+")

#: "12 кітапхананың 11-і ауылдық жерде": a figure before a noun in the genitive whose part follows in the
#: possessive counts that noun, the whole the part is of
_GENITIVE_WHOLE_RE = re.compile(r"[ \u00a0]([^\W\d_]{3,}?)(?:ның|нің|дың|дің|тың|тің)\s+(?:[^\W\d_]+\s+){0,2}?"
                                r"\d[\d \u00a0]*\s?-\s?(?:ы|і|сы|сі|еуі|ауы|уі)(?![^\W\d_])")


def _genitive_whole_unit(text: str, n: _Num, fv: FactVocab, language: str | None) -> str | None:
    """The unit of the noun a figure counts when the noun stands in the
    genitive with a part of it after ("12 кітапхананың 11-і": libraries),
    read from the noun without its ending; None otherwise."""
    m = _GENITIVE_WHOLE_RE.match(text, n.end)
    if m is None:
        return None
    stem = m.group(1)
    return next((h.id for h in tokenize(stem, fv, language).hits if h.kind == "U" and h.start == 0), None)


#: what joins two kinds of documents named together: "книг и журналов", "кітаптар мен журналдар"
_KINDS_JOIN = r"(?:,|и|и\s+других|және|мен|бен|пен)"
_KINDS_JOIN_RE = re.compile(r"(?i)\s*" + _KINDS_JOIN + r"\s*")


_WORD_BEFORE_JOIN_RE = re.compile(r"([^\W\d_]+)\s*" + _KINDS_JOIN + r"\s*$", re.I)
_WORD_AFTER_JOIN_RE = re.compile(r"\s*" + _KINDS_JOIN + r"\s*([^\W\d_]+)", re.I)


def _kinds_joined(text: str, hits: list[Hit], fv: FactVocab, language: str | None) -> bool:
    """Whether two kinds (categories) of different ids stand side by side
    joined by "и", "және", "мен" or a comma: named together they are the
    whole the figure counts, not a part of it.  The first may be a word of
    the indicator's own cue ("Выдано книг и журналов": "книг" is read with
    "выдано"), so the word before the conjunction is looked up alone."""
    hits = sorted(hits, key=lambda h: h.start)
    if any(a.id != b.id and _KINDS_JOIN_RE.fullmatch(text, a.end, b.start) for a, b in zip(hits, hits[1:])):
        return True
    for h in hits:
        # the word before the conjunction, or the one after it when a comma ends the figure's clause first
        # ("выдано 298 100 экз. книг, журналов и других документов")
        m = _WORD_BEFORE_JOIN_RE.search(text, max(0, h.start - 40), h.start)
        if m and any(c.kind == "C" and c.id != h.id for c in tokenize(m.group(1), fv, language).hits):
            return True
        m = _WORD_AFTER_JOIN_RE.match(text, h.end)
        if m and any(c.kind == "C" and c.id != h.id and c.start == 0 for c in tokenize(m.group(1), fv, language).hits):
            return True
        if h.id == "books" and _BOOKS_AND_PUBLICATIONS_RE.match(text, h.end):
            # "Сирек кітаптар мен өлкетану басылымдарының 126 данасы", "редких книг и краеведческих изданий":
            # books joined to publications no category names are a whole of mixed kinds
            return True
    return False


#: the books joined to publications of a kind no category names: "кітаптар мен өлкетану басылымдары", "книги и
#: краеведческие издания", "кітаптар және сирек құжаттар"
_BOOKS_AND_PUBLICATIONS_RE = re.compile(r"(?i)[^\W\d_]*\s+(?:мен|пен|бен|және|и)\s+(?:[^\W\d_]+\s+){0,2}"
                                        r"(?:басылым|құжат|издани|документ)[^\W\d_]*")


_NEXT_FIGURE_JOIN_RE = re.compile(r"(?i)\s*(?:,\s*(?:и\s+|а\s+также\s+|және\s+)?|(?:и|а\s+также|және|мен|пен|бен)\s+)")


def _named_after_another(text: str, h: Hit, n: _Num, nums: list[_Num], tk: Tokens) -> bool:
    """The name ``h`` stands before ``n`` right after another figure and that
    figure's unit, and a conjunction or a comma joins it to ``n`` ("5 910
    экз. книг и 932 экз. …"): it names that figure (not so across a dash:
    "1584,6 мың теңгеге балалар әдебиеті – 1116 дана")."""
    if h.start >= n.start or not _NEXT_FIGURE_JOIN_RE.fullmatch(text, h.end, n.start):
        return False
    o = next((o for o in reversed(nums) if o is not n and o.end <= h.start), None)
    if o is None:
        return False
    gap = list(text[o.end:h.start])
    for u in tk.hits:
        if u.kind == "U" and o.end <= u.start and u.end <= h.start:
            gap[u.start - o.end:u.end - o.end] = " " * (u.end - u.start)
    return not "".join(gap).strip(" .\u00a0")


#: an item of a list named by its adjective alone before its dash, after a comma: ", электронных – "
_ADJECTIVE_ITEM_RE = re.compile(r"(?i)[,;]\s*([^\W\d_]{4,}(?:ых|их|ые|ие))\s*[–—-]\s*$")
#: the item that names the noun: its adjective, its noun, its figure (and unit), and maybe other items of an
#: adjective alone after it ("печатных изданий – 161 305, электронных – 2 115, ")
_FIGURE_ITEM = r"\s*[–—-]\s*\d[\d\s\u00a0]*(?:[.,]\d+)?(?:\s*[^\W\d_]{1,5}\.)?"
_NOUN_ITEM_RE = re.compile(rf"(?i)(?<![^\W\d_])([^\W\d_]{{4,}}(?:ых|их|ые|ие))\s+([^\W\d_]{{4,}}){_FIGURE_ITEM}"
                           rf"(?:\s*[,;]\s*[^\W\d_]{{4,}}(?:ых|их|ые|ие){_FIGURE_ITEM})*\s*$")


def _elided_kind(text: str, start: int, pos: int, fv: FactVocab, language: str | None) -> str | None:
    """The category of a figure whose item names only an adjective, the noun
    left out as the first item of its list gives it ("в т.ч. печатных
    изданий – 161 305, электронных – 2 115": electronic documents), or None."""
    m = _ADJECTIVE_ITEM_RE.search(text, start, pos)
    p = _NOUN_ITEM_RE.search(text, start, m.start()) if m is not None else None
    if p is None:
        return None
    phrase = f"{m.group(1)} {p.group(2)}"
    return next((h.id for h in tokenize(phrase, fv, language).hits if h.kind == "C"), None)


def _nearest(n: _Num, hits: list[Hit], tokdist) -> str | None:
    if not hits:
        return None
    best = min(hits, key=lambda h: (tokdist(n, h), -(h.t1 - h.t0)))
    return best.id if tokdist(n, best) <= 6 else None


#: the groups of readers a report counts apart: children, youth, and the users served at a distance
#: references given at a distance: "в виртуальном режиме", "онлайн", "виртуалды"
_VIRTUAL_RE = re.compile(r"(?i)виртуал|virtual|онлайн|online|қашықта|удал[её]нн"
                         # the online reference service by its usual name, or the site it answers on: "в режиме
                         # «Вопрос – ответ»", "на сайте – 418", "электронной почте"
                         r"|вопрос\s*[–—-]\s*ответ|на\s+сайте|электронн\w*\s+почт")
#: an adverb of serving at a distance: "удалённо", "дистанционно", "в онлайн-режиме", "онлайн режимінде", "қашықтан"
#: a group of readers in the dative (or the genitive of youth), whom loans or visits served: "книговыдача детям",
#: "документовыдача удалённым пользователям", "посещения молодёжи"
_GROUP_SERVED_RE = re.compile(r"(?i)(?<![^\W\d_])(?:(?P<children>детям|ребятам)|(?P<youth>молод[её]жи|юношеству)"
                              r"|(?P<remote>удал[её]нным\s+(?:пользователям|читателям)))(?![^\W\d_])")
_REMOTE_ADVERB_RE = re.compile(r"(?i)(?<![^\W\d_])(?:удал[её]нно|дистанционно|(?:в\s+)?онлайн[-\s]?режим\w*"
                               r"|қашықтан|қашықтықтан|qashyqtan|qaşyqtan)(?![^\W\d_])")
#: a year for which, not in which: "2023 жылға", "на 2023 год"
_WHOLE_YEAR_RE = re.compile(r"(?i)^\d{4}\s*жылға\b|^на\s+\d{4}\s*год(?!ы)")
_BUDGET_RE = re.compile(r"(?i)бюджет|budjet")
#: the library's money named as its budget or its funds ("бөлінген қаржы", "қаржыландыру")
_FUNDS_RE = re.compile(r"(?i)бюджет|budjet|қаржы")
#: a whole year named as such, in a report on a part of one: "за весь 2023 год", "2023 год в целом", "по итогам
#: 2023 года", "2023 жылдың қорытындысы бойынша"
_WHOLE_OF_YEAR_RE = re.compile(r"(?i)(?:весь|целый|полный)\s+\d{4}\s*г|\d{4}\s*(?:год|г\.)\s+в\s+целом"
                               r"|по\s+итогам\s+\d{4}|\d{4}\s*жыл\w*\s+қорытынды")
#: an earlier year named whole, at the period's start ("за 2023" of "за 2023 год"): "за 2023 год", "за 2023 г.", "2023
#: жылы барлығы", "2023 жыл бойы", "2023 жыл ішінде" (not "в 2023 году", "за 2023 года", the same part of that year)
_WHOLE_OF_EARLIER_YEAR_RE = re.compile(r"(?i)за\s+\d{4}\s*(?:год|г\.)(?![^\W\d_])"
                                       r"|\d{4}\s*(?:жылы\s+(?:барлығы|жыл\s+бойы)|жыл\s+(?:бойы|ішінде))(?![^\W\d_])")
#: "бөлінді", "выделено" given to the library or its system ("жүйеге", "кітапханаға", "ЦБС", "библиотекам"):
#: with no purpose named, the library's whole budget
_ALLOCATED_RE = re.compile(r"(?i)бөлін|выделен")
#: people in the dative, to whom something is given: "оқырмандарға", "байқау жеңімпаздарына", "оқушыларға"
_GIVEN_TO_PEOPLE_RE = re.compile(r"(?i)(?<![^\W\d_])(?:оқырман|жеңімпаз|оқушы|бала|қатысушы|мұғалім|ардагер|отбасы)"
                                 r"[^\W\d_]*(?:ға|ге|қа|ке|на|не)(?![^\W\d_])")
_TO_LIBRARY_RE = re.compile(r"(?i)(?<![^\W\d_])(?:жүйеге|кітапханаға|кітапханаларға|ОКЖ-ға|ЦБС|библиотеке|библиотекам"
                            r"|системе)(?![^\W\d_])")
def _allocated_to_library(text: str, a: int, z: int) -> bool:
    """Money allocated to the library or its system between ``a`` and ``z`` ("библиотеке выделено")."""
    return bool(_ALLOCATED_RE.search(text, a, z) and _TO_LIBRARY_RE.search(text, a, z))


#: a Kazakh genitive ending: "Оқырмандардың", "қызметкерлердің"
_GENITIVE_RE = re.compile(r"(?i)(?:ның|нің|дың|дің|тың|тің|nyń|niń|dyń|diń|tyń|tiń|nyñ|niñ|dyñ|diñ|tyñ|tiñ)$")


#: the words of an age a group of readers is named with: "детей до 14 лет", "15 жасқа дейінгі балалар"
_AGE_WORDS = {"до", "от", "лет", "года", "включительно", "жасқа", "жас", "дейін", "дейінгі", "жастағы"}
#: the word "number (of)" after a group's name ("оның ішінде балалар саны 2 964", "из них детей число"): the group
#: is the word before it
_NUMBER_OF_WORDS = {"саны", "число", "количество"}


def _group_words_end(text: str, n: _Num, after: list[_Num], cz: int, parens) -> int:
    """Where the words naming a part's group end: at the next figure or the clause's end; past a share in brackets
    right after the part ("Оқырмандардың 6 980-і (32,6 %) – 14 жасқа дейінгі балалар"), at the next figure or the
    end of the clause after it."""
    nxt = next((o.start for o in after if o.start >= n.end), cz)
    sp = _inside(nxt, parens) if nxt < len(text) else None
    if sp is None or text[n.end:sp[0]].strip() or not _SHARE_BRACKET_RE.fullmatch(text, sp[0], sp[1]):
        return min(cz, nxt)
    stop = _GROUP_WORDS_STOP_RE.search(text, sp[1])
    limit = stop.start() if stop else len(text)
    return min(limit, next((o.start for o in after if o.start >= sp[1]), limit))


#: the end of the words after a share's bracket: a stop, or a comma before the next figure
_GROUP_WORDS_STOP_RE = re.compile(r"[.;!?]|,\s*\d")


#: a bracket holding a share and nothing else: "(32,6 %)", "(32,6 пайыз)"
_SHARE_BRACKET_RE = re.compile(r"(?i)\(\s*\d+(?:[.,]\d+)?\s*(?:%|пайыз[^\W\d_]*|процент[^\W\d_]*)\s*\)")


def _reader_group(text: str, n: _Num, clause_start: int, end: int | None = None) -> str | None:
    """The group of readers named by the word right after a part's figure
    ("310 детей", "1 200 бала") or, in its clause, right before it
    ("в том числе детей – 310"), else by a word after it up to ``end`` (the
    next figure or the clause's end: "9 125-і – 15–29 жас аралығындағы
    жастар", "5 310-ы – қашықтан қызмет алатын пайдаланушылар")."""
    after = _WORD_AFTER_RE.match(text, n.end)
    words = [after.group(1)] if after and after.start(1) - n.end <= 2 else []
    before = re.findall(r"[^\W\d_]+", text[clause_start:n.start])
    while len(before) > 1 and before[-1].lower() in _AGE_WORDS | _NUMBER_OF_WORDS:
        before.pop()  # "в т.ч. детей до 14 лет – 10,2 тыс. чит.": the group is named before its age
    words += before[-1:]
    if before and _READERS_NOUN_RE.match(before[-1]):
        # "оның ішінде қашықтан қызмет көрсетілген пайдаланушылар – 4 260", "в т.ч. удалённых пользователей –
        # 4 260": the group is a word in front of the readers' noun, with the participle between
        words += before[-4:-1][::-1]
    if end is not None:
        words += re.findall(r"[^\W\d_]{3,}", text[n.end:end])
    return reader_group(words)


_unit_owners: dict[int, dict[str, list[Metric]]] = {}


def _only_metric_of(unit: str, fv: FactVocab) -> Metric | None:
    """The one metric of the vocabulary counted in ``unit`` ("articles"), or None when several are."""
    owners = _unit_owners.get(id(fv))
    if owners is None:
        owners = _unit_owners[id(fv)] = {}
        for m in fv.metrics.values():
            for u in m.units:
                owners.setdefault(u, []).append(m)
    got = owners.get(unit, [])
    return got[0] if len(got) == 1 else None


_genitive_names: dict[int, dict[str, str]] = {}

#: the wholes a Kazakh possessive figure can be a part of: people counted in groups
#: (the visitors first: a word another whole's cues begin with too, "оқырмандар", is that whole's)
_GENITIVE_WHOLES = ("visits.total", "users.registered", "staff.headcount", "events.actual")


def _genitive_whole(text: str, n: _Num, sents, fv: FactVocab) -> Metric | None:
    """The metric a possessive figure is a part of, when a word before it in
    its sentence names that metric in the genitive ("Оқырмандардың 9 125-і":
    the readers' 9 125; "Қызметкерлердің 79-ы"), else None."""
    names = _genitive_names.get(id(fv))
    if names is None:
        names = _genitive_names[id(fv)] = {
            w.split()[0].rstrip("=").lower(): mid for mid in _GENITIVE_WHOLES if mid in fv.metrics
            for w in fv.metrics[mid].cues + fv.metrics[mid].aliases if w and len(w.split()[0].rstrip("=")) >= 5}
    s = _sentence_at(sents, n.start, (0, len(text)))
    found = None
    for m in re.finditer(r"[^\W\d_]+(?:-[^\W\d_]+)*", text[s[0]:n.start]):  # "Іс-шаралардың"
        g = _GENITIVE_RE.search(m.group(0))
        if g is None:
            continue
        stem = m.group(0)[:g.start()].lower()
        mid = names.get(stem) if len(stem) >= 4 else None
        if _LIBRARY_STEM_RE.fullmatch(stem):
            mid = "libraries.count" if "libraries.count" in fv.metrics else None
        if mid is not None:
            found = fv.metrics[mid]
    return found


#: the libraries in the genitive ("31 кітапхананың 27-сі ауылдық жерде") are the whole of a count of libraries,
#: though a cue of the readers opens with the word ("кітапхана оқырмандары")
_LIBRARY_STEM_RE = re.compile(r"кітапхана(?:лар)?")


def _partitive(text: str, n: _Num, clause_start: int, fv: FactVocab, between) -> bool:
    """An "of which" phrase shortly before the number in its clause."""
    window = text[clause_start:n.start]
    for _, end in find_in_matching_form(fv.partitive_re, window):
        gap = window[end:]
        if _ITS_WHOLE_RE.match(gap):
            continue  # "оның жалпы көлемі 58 400 жазбаны құрайды": its whole, no part of it
        if len(gap.split()) <= 6 and not between(clause_start + end, n.start):
            return True
    return False


#: a possessive "оның", "олардың" before the word of a whole ("жалпы", "барлық"): "its total", no "of which"
_ITS_WHOLE_RE = re.compile(r"(?i)\s+(?:жалпы|барлық|толық)(?![^\W\d_])")


#: the conjunctions joining two kinds of documents: "кітап пен мерзімді басылым", "кітаптар мен журналдар", "кітап
#: және газет", "книг и журналов"
_JOIN_WORDS = frozenset({"пен", "мен", "бен", "және", "и"})
_WORD_RE = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?")
_PHRASE_END_RE = re.compile(rf"[,;:()!?]|[.](?=\s+[«\"]?[A-Z{UPPER}])")


#: the readers or users in the instrumental, then the linking verb right before the figure, maybe a place and a
#: year between ("Читателями библиотек города в 2021 году стали", "Пользователями ЦБС являются"); an adjective
#: of the instrumental before them ("Новыми читателями", "Постоянными пользователями") is kept to be judged
_ROLE_BEFORE_RE = re.compile(r"(?i)(?:(?<![^\W\d_])([^\W\d_]+(?:ыми|ими))\s+)?(?<![^\W\d_])(?:читател|пользовател)ями"
                             r"((?:\s+(?:[^\W\d_][^\W\d_-]*(?:-[^\W\d_]+)?|(?:19|20)\d\d|г\.|№\s*\d+)){0,7}?)"
                             r"\s+(?:стал[иао]?|являются|являлись|являлось|явля[её]тся)\s+$")
#: the people a figure of all readers counts: persons, inhabitants, readers or users, or no noun at all
_ANY_PEOPLE_AFTER_RE = re.compile(r"(?i)\s*(?:тыс\.?\s*)?(?:(?:человек|жител|читател|пользовател)\w*|чел\.|$|[,;.)(–—-])")
#: readers of an age after the figure: children, teenagers, the young
_AGE_GROUP_AFTER_RE = re.compile(r"(?i)\s*(?:дет|подрост|молод|юнош)")
#: the adjectives of readers that make them a part: the new, the re-registered, the first
_PART_OF_READERS_RE = re.compile(r"(?i)нов|перв|перерегистр")


def _role_before(text: str, n: _Num) -> bool | None:
    """Whether the clause before figure ``n`` tells all readers by their role in
    the instrumental and a linking verb (True), tells it of new readers or of
    a group named after the figure ("первоклассников", "учащихся колледжа":
    one occasion's, False), or has no such shape (None)."""
    start = max(0, n.start - 120)
    m = _ROLE_BEFORE_RE.search(text, start, n.start)
    if m is None:
        return None
    if m.group(1) and _PART_OF_READERS_RE.match(m.group(1)):
        return False
    if _AGE_GROUP_AFTER_RE.match(text, n.end):
        return None  # "стали 3 200 детей": the readers of an age, left to the nouns that count them
    return _ANY_PEOPLE_AFTER_RE.match(text, n.end) is not None


def _joined_kinds_cue(text: str, n: _Num, fv: FactVocab, language: str | None) -> Metric | None:
    """The metric a figure's noun and the verb after a second noun joined
    to it name together: "16 240 дана кітап пен мерзімді басылым берілді"
    ("кітап берілді": the loans), "9 870 кітап және газет берілді" — the
    joined kind stands between the cue's words."""
    end = _PHRASE_END_RE.search(text, n.end, n.end + 160)
    words = _WORD_RE.findall(text, n.end, end.start() if end else min(len(text), n.end + 160))[:10]
    for k in range(1, min(4, len(words))):
        if words[k].lower() not in _JOIN_WORDS:
            continue
        for j in range(k + 2, min(k + 5, len(words))):
            for phrase in (f"{words[k - 1]} {words[j]}", " ".join([words[k - 1], *words[j:j + 2]])):
                hit = next((h for h in tokenize(phrase, fv, language).hits
                            if h.kind == "M" and h.start == 0 and h.end == len(phrase)), None)
                m = fv.metrics.get(hit.id) if hit is not None else None
                if m is not None and not m.topic and (not n.unit or n.unit in m.units):
                    return m
        return None
    return None


#: the end of a "label figure" pair of a list: a comma, a stop or a semicolon after the figure
_PAIR_END_RE = re.compile(r"\s*(?:[,;]|\.(?!\d)|$)")


#: the gap between a label and its figure: a colon or a dash, with the label's name in another language in brackets
#: before it ("Іс-шаралар (мероприятия) – 1 415")
_GLOSSED_GAP_RE = re.compile(r"\s*(?:\([^()\d]*\)\s*)?[:–—-]\s*")


def _label_unit(text: str, n: _Num, clause_start: int, hits: list[Hit]) -> str | None:
    """The unit a label names before a colon or a dash and its figure, the
    label opening its clause with a word before it at most: "Іс-шаралар:
    74 (…)", "Көпшілік іс-шаралар: 128", "Мероприятия – 74" (the events;
    which metric counts them, the topic decides); in a list of such pairs
    the label may stand right before its figure with no sign between
    ("читателей 386, посещений 2 105, мероприятий 11")."""
    for h in reversed(hits):
        if h.kind == "U" and h.end <= n.start and h.id in _FALLBACK_UNITS \
                and (_GLOSSED_GAP_RE.fullmatch(text, h.end, n.start)
                     or (re.fullmatch(r"\s+", text[h.end:n.start]) and _PAIR_END_RE.match(text, n.end))) \
                and len(_WORD_RE.findall(text, clause_start, h.start)) <= 1 and not _DIGIT_RE.search(text, clause_start, h.start):
            return h.id
    return None


def _by_topic(n: _Num, fv: FactVocab, hits: list[Hit], sent: tuple[int, int] | None) -> Metric | None:
    """A metric for a figure with a unit and no cue: of the metrics taking
    the unit, the one whose topic or cue is nearest, before it in the
    paragraph or after it in its sentence."""
    best = None
    cued = [x for x in hits if x.kind == "M"]
    for h in hits:
        if h.start >= n.start and not (sent and h.end <= sent[1]):
            continue
        m = fv.metrics.get(h.id)
        if m is None or n.unit not in m.units:
            continue
        if m.topic and h.kind == "M" and not any(x.kind == "T" and x.id == m.id for x in hits):
            continue
        dist = n.start - h.end if h.start < n.start else h.start - n.end
        # of the metrics a word names as their topic ("Фонд": the fund's balances and movements), the one
        # it is a cue of too (the fund itself, not its opening balance); when it is a cue of none ("кітап
        # қорымыз", "our book fund"), the fund itself is its balance, none of its movements
        key = (dist, not any(x.id == m.id and x.start < h.end and h.start < x.end for x in cued), m.flow not in (None, "end"))
        if best is None or key < best[0]:
            best = (key, m)
    return best[1] if best else None


#: the term of a subscription, paid ahead in the report's period: "на подписку периодических изданий на
#: 2024 год", "подписка на 2 полугодие"; "2024 жылға мерзімді басылымдарға жазылуға" (a period in the dative
#: before the verb of subscribing)
_SUBSCRIPTION_BEFORE_RE = re.compile(r"(?i)подписк[^\W\d_]*(?:\s+[^\W\d_]+){0,4}\s+(?:на\s*)?$")
_SUBSCRIPTION_AFTER_RE = re.compile(r"(?i)\s+(?:[^\W\d_]+\s+){0,2}жазыл")
_SUBSCRIBED_DATIVE_RE = re.compile(r"(?i)(?:ға|ге|қа|ке|на|не)$")


def _subscription_term(text: str, p) -> bool:
    """The period is the one a subscription is for, not the period of the money paid for it."""
    if (p.text.lower().startswith("на ") or text[max(0, p.start - 3):p.start].lower().endswith("на ")) \
            and _SUBSCRIPTION_BEFORE_RE.search(text, max(0, p.start - 60), p.start):
        return True
    end = p.end + re.match(r"[^\W\d_]*", text[p.end:]).end()
    words = text[p.start:end].split()
    return bool(words and _SUBSCRIBED_DATIVE_RE.search(words[-1]) and _SUBSCRIPTION_AFTER_RE.match(text, end))


def _compared(text: str, p) -> bool:
    """The period is the one a figure is compared with."""
    return bool(_COMPARED_BEFORE_RE.search(text, max(0, p.start - 25), p.start)
                or _COMPARED_AFTER_RE.match(text[p.end:p.end + 40]) or _compared_from(text, p))


#: the Kazakh ablative that ends a period compared from ("өткен жылдан", "2023 жылғыдан", "өткен кезеңнен")
_KK_ABLATIVE_END_RE = re.compile(r"(?i)(?:дан|ден|тан|тен|нан|нен)$")
#: a comparative or a verb of change after it in its clause: "… 750 данаға көп", "… 120-ға артық", "… 3 %-ға
#: төмен", "… 4,3 %-ға артып", "… 215-ке өсті", "… 40-қа азайды"
_KK_COMPARATIVE_AFTER_RE = re.compile(r"(?i)[^.;!?]{0,40}?(?<![^\W\d_])(?:(?:көп|артық|аз|кем|жоғары|төмен)(?![^\W\d_])"
                                      r"|(?:артты|артып|артқан|өсті|өсіп|өскен|кеміді|кеміп|кеміген|азайды|азайып|азайған)"
                                      r"(?![^\W\d_]))")


def _compared_from(text: str, p) -> bool:
    """A Kazakh period in the ablative before a comparative ("бұл өткен жылдан 750 данаға көп", "2023 жылдан
    120-ға артық"): the period compared with, no period of a figure."""
    end = p.end + re.match(r"[^\W\d_]*", text[p.end:]).end()
    return bool(_KK_ABLATIVE_END_RE.search(text, p.start, end) and _KK_COMPARATIVE_AFTER_RE.match(text, end))


#: between a compared year and the bracket after it: the word of the year, nothing else
_YEAR_TO_BRACKET_RE = re.compile(r"(?i)\s*(?:год[^\W\d_]*|г\.|жыл[^\W\d_]*|ж\.)?\s*")


def _compared_before(text: str, compared, paren, n: _Num):
    """The year a comparative names right before the brackets a figure
    opens ("больше, чем в 2021 году (18 434 чел.)", "2021 жылмен
    салыстырғанда (18 434)"): the figure is of that year."""
    if any(c.isdigit() for c in text[paren[0]:n.start]):
        return None
    return next((p for p in compared if p.end <= paren[0] and (_YEAR_TO_BRACKET_RE.fullmatch(text, p.end, paren[0])
                                                              or _COMPARED_AFTER_RE.fullmatch(text[p.end:paren[0]].rstrip()))),
                None)


def _bracket_period(n: _Num, periods, paren, text: str | None):
    """The period the brackets around a figure name for it: the last one before it inside them ("(2023 г. –
    95 196)"), else the first after it with no other figure between ("(против 271 в 2023 году)", "(против
    95 196 годом ранее)")."""
    before = [p for p in periods if paren[0] <= p.start < n.start]
    if before:
        return before[-1]
    after = next((p for p in periods if n.end <= p.start < paren[1]), None)
    if after is None or text is None or any(c.isdigit() for c in text[n.end:after.start]):
        return None
    return after


#: what may stand between a figure compared with and its year: its noun and "в" ("против 398 читателей в 2023 году")
_AGAINST_TO_YEAR_RE = re.compile(r"(?i)\s*(?:[^\W\d_]+\.?\s+){0,2}?")


def _against_own_period(text: str, n: _Num, periods, s: tuple[int, int]):
    """The period of the figure compared with after "против" when the year
    comes right after it ("зарегистрировано 412 читателей против 398 в 2023
    году"): that figure's own, not the year the sentence opened with."""
    if not re.search(r"(?i)(?<![^\W\d_])против\s+$", text[s[0]:n.start]):
        return None
    return next((p for p in periods if n.end <= p.start < s[1] and p.explicit_year
                 and _AGAINST_TO_YEAR_RE.fullmatch(text, n.end, p.start)), None)


def _period_for(n: _Num, periods, sents, paren, parens, text: str | None = None, carry_parts: bool = False):
    s = _sentence_at(sents, n.start)
    if paren:
        inner = _bracket_period(n, periods, paren, text)
        if inner is not None:
            return inner
    parens_free = [p for p in periods if not _inside(p.start, parens)]  # bracketed periods stay inside
    if s and text is not None and (own := _against_own_period(text, n, parens_free, s)) is not None:
        return own
    if s:
        # (not the period of a figure compared with before it: "8 214 против 8 950 в 2022 г., из них …")
        before = [p for p in parens_free if s[0] <= p.start < n.start
                  and not (text is not None and against_period(text, p))]
        if before:
            return before[-1]
        # "214 560 экз. против 210 300 экз. в прошлом году": a period after the figure compared with is that one's
        after = [p for p in parens_free if n.end <= p.start < s[1]
                 and not (text is not None and (_AGAINST_RE.search(text, n.end, p.start)
                                                or _ITS_OWN_CLAUSE_RE.match(text, p.end)
                                                and _CLAUSE_END_RE.search(text, n.end, p.start)))]
        if after:
            return after[0]
        if not paren and any(s[0] <= p.start < s[1] for p in periods if _inside(p.start, parens)):
            # "внесено 1 130 записей (с начала года – 3 275)": the brackets name the other period, so the
            # figure outside them is of the report's own, not of a period an earlier sentence named
            return None
    # a period an earlier sentence named goes on when it is a year ("В 2022 году … . Проведено …"); a part of
    # a year named there ("январь–март", "на второе полугодие 2023 года") was that sentence's own, unless the
    # report names no period of its own (``carry_parts``: "2021 жылдың 9 айында …" is then the report's)
    earlier = [p for p in parens_free if p.end <= n.start and not (text is not None and against_period(text, p))]
    if earlier and s and earlier[-1].end <= s[0] and (len(earlier[-1].period.code) > 4 and not carry_parts
                                                      or not earlier[-1].explicit_year):
        return None  # nor does a year or a part of one named in words only ("жылдық бюджеті", "жарты жылда")
    if earlier and s and earlier[-1].end <= s[0] and text is not None \
            and _WHOLE_YEAR_RE.search(text[earlier[-1].start:earlier[-1].end + 6]):
        # "Бюджет ЦБС на 2023 год – 186 450,0 тыс. тенге. Оказано платных услуг на сумму 214,6": the year a
        # budget or a plan is for is its own sentence's, no period of the sentences after it
        return None
    return earlier[-1] if earlier else None


#: the staff figures a report writes in words: the small counts of a year's movements and of the staff's
#: education ("приняты три специалиста, уволены два", "оның екеуі жоғары білімді"); the head count and the
#: indicators of the library's work are written in figures, and a number word beside them ("две библиотеки
#: закрыты", "проведено двенадцать мероприятий" for one group of readers) counts a part or an aside
WORD_FIGURE_METRICS = frozenset({"staff.hired", "staff.dismissed", "staff.higher_education",
                                 "staff.library_education", "staff.vacancies", "staff.headcount"})
#: the words of a paragraph on the staff that such figures stand in
_STAFF_WORDS_RE = re.compile(r"(?i)(?<![^\W\d_])(?:принят|уволен|уволил|высш|образовани|ваканси|жоғары\s+білім"
                             r"|кітапханалық\s+білім|қабылдан|босат|бос\s+орын|кадр|штат|маман|специалист|сотрудник"
                             r"|работник|қызметкер|кітапханашы|библиотекар)")
_STAFF_WORDS_RE = gated(led(_STAFF_WORDS_RE, "[пувожкқбшмср]"), "принят", "уволен", "уволил", "высш", "образовани", "ваканси", "білім",
                        "қабылдан", "бос", "кадр", "штат", "маман", "специалист", "сотрудник", "работник", "қызметкер",
                        "кітапханашы", "библиотекар")


def word_figures(document: Document, fv: FactVocab, doc_period: Period | None, have: list[Record],
                 read: dict[int, tuple] | None = None) -> list[Record]:
    """The staff figures written as words (:data:`WORD_FIGURE_METRICS`),
    read as the same sentences with the figure in digits would be: each
    number word of a paragraph is put in digits padded to its length, so
    every offset stays the source's, and the figures read there from a
    number word keep the source's words in their evidence and label.
    ``read``: the readings of the paragraphs :func:`text_facts` kept, which
    the paragraphs unchanged by the digits take again."""
    shadow = Document(id=document.id, path=document.path, format=document.format, metadata=document.metadata)
    words: dict[int, list[tuple[int, int, int]]] = {}
    for b in document.blocks:
        found = find_word_numbers(b.text) if _STAFF_WORDS_RE.search(b.text) else []
        text = b.text
        for value, start, end in found:
            digits = str(value)
            text = text[:start] + digits + " " * (end - start - len(digits)) + text[end:]
        if found:
            words[b.index] = found
        shadow.add_block(Block(b.kind, text, b.provenance, level=b.level, number=b.number, style=b.style))
    if not words:
        return []
    got: list[Record] = []
    text_facts(shadow, fv, doc_period, got, read)
    known = {(r.values.get("metric"), r.values.get("value"), r.block) for r in have if r.table == "facts"}
    out = []
    for r in got:
        v = r.values if r.table == "facts" else None
        if v is None or v.get("metric") not in WORD_FIGURE_METRICS or r.block not in words \
                or (v["metric"], v["value"], r.block) in known \
                or not any(value == v["value"] for value, _, _ in words[r.block]):
            continue
        source, written = document.blocks[r.block].text, shadow.blocks[r.block].text
        at = written.find(r.evidence or "\0")
        if at < 0:
            continue
        r.evidence = source[at:at + len(r.evidence)]
        for value, start, end in words[r.block]:
            if value == v["value"] and v.get("label"):
                word, after = source[start:end], source[end:end + 1]
                v["label"] = re.sub(rf"(?<![\d,.]){value}(?![\d,.])", word, v["label"], count=1)
                if after and after in ".,;:!?":  # the padding read as a space before the stop: "уволены два ."
                    v["label"] = v["label"].replace(f"{word} {after}", word + after, 1)
        out.append(r)
    return out
