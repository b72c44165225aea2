"""What the cells of an event table's header and label column say: the
period a header names, the role of a sub-column, a total row, a month.

Kazakh and Russian words, their abbreviations, and Kazakh in Latin letters
(read in Cyrillic through :func:`esep.plugins.lang.alphabet.to_cyrillic`).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

from esep.plugins.events import labels
from esep.model import Cell
from esep.plugins.lang.alphabet import LOWER, to_cyrillic
from esep.plugins.lang.dates import MONTHS_KK, MONTHS_RU_GEN, MONTHS_RU_NOM
from esep.plugins.lang.periods import make_period, parse_period
from esep.plugins.vocab import normalize_label

# Words of sub-column headers, checked in this order: percent first ("%
# выполнения плана" names a plan and what was done), then participants
# ("қатысушылар саны", "кол-во участников" also hold a word of a count),
# plan, and the count of events held.  Abbreviations as reports write them:
# "кол.", "к-во", "прис.", "уч-ов", "қат.", "жосп.", "мер-й" (мероприятий, its ending after a hyphen).
_ROLE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("percent", re.compile(r"%|(?<!\w)(?:пайыз|процент|проц\.|удельн|үлес)", re.I)),
    ("participants", re.compile(
        r"(?<!\w)(?:қатыс|катыс|қат\.|участ|уч\.|уч-|присутств|прис\.|посетит|посетив|посещ|келуші|келу|охва|қамт"
        r"|слушател|зрител|чел\.|человек|адам|кісі(?!лік)|посетил|аудитори|participa|attend|visitor|qatys|katys|adam)", re.I)),
    ("plan", re.compile(r"(?<!\w)(?:жоспар|жосп\.|план|запланир|plan|jospar|josp\.)", re.I)),
    ("actual", re.compile(
        r"(?<!\w)(?:есеп|факт|орында|выполн|исполн|өткізіл|откізіл|өтті|проведен|іс\s+жүзінде|held|actual|done"
        r"|саны|сан\.|кол-во|к-во|кол\.|количеств|число|колич|мер\.|мер-[а-яё]{1,4}(?!\w)|мероп|мероприят|іс-шара"
        r"|бірлік|count|number"
        r"|sany|[óöo]tkiz|oryndal|is-[sş]h?ara)",
        re.I)),
)
#: words of a header that say the events were held, not only that a column counts them ("факт", "выполнено"
#: under a plan, where "кол-во" is the count planned)
DONE_WORDS = re.compile(r"(?<!\w)(?:факт|орында|выполн|исполн|өткізіл|откізіл|өтті|проведен|held|actual|done)", re.I)
#: a header naming the views of what was put online ("Просмотры", "Кол-во просмотров", "просм.", "Онлайн
#: қаралымдар", "көрілім саны"): views are no participants and no count of events, and are not stored; not a form that shows
#: books ("Просмотры литературы", "Книжный просмотр", "Выставка-просмотр")
_VIEWS = re.compile(r"(?<!\w)(?:просмотр\w*|просм\.|қаралым\w*|көрілім\w*|views?)(?!\w)(?!\s+(?:литератур|книг|кітап|әдебиет))", re.I)
_VIEWS_FORM = re.compile(r"(?:книжн\w*|открыт\w*|выставк\w*|көрме\w*)[\s-]+просмотр", re.I)
_TOTAL = re.compile(r"^(?:барлығы|барлыгы|барлық|барлыќ|жиыны|жиынтығы|итого|всего|total"
                    r"|жалпы(?:\s+(?:саны|барлығы|барлыгы|жиыны))?\s*:?$|общий\s+итог"
                    r"|barly[gğǵq]\w*|j[iı]y?[iı]?ny\w*)\b", re.I)  # and Kazakh in Latin letters
#: a header cell that is a year alone ("2017", "2017 ж.", "2017 г."; "2017." as a scan reads a speck)
BARE_YEAR = re.compile(r"^\s*((?:19|20)\d{2})\.?\s*(?:ж\.?|жыл\w*|г\.?|год\w*)?\s*$", re.I)
# -- reading headers --------------------------------------------------------

#: the year words of Kazakh in Latin letters ("2021 j.", "2023 j. II j/j", "jyl"), in Cyrillic
_LATIN_YEAR_WORDS = re.compile(r"(?<![^\W\d_])(?:j/j|j\.|j(?=\s|$)|j[yı]l)", re.I)
_LATIN_YEAR_CYR = {"j/": "ж/ж", "j.": "ж.", "j": "ж", "jy": "жыл", "jı": "жыл"}


@functools.lru_cache(maxsize=65536)  # asked of every header cell by each reading of a table: depends on the text only
def header_period(text: str) -> str | None:
    """The period code a header cell names: "2018 жылдың 1-ші ж/ж" ->
    "2018-H1", "1 полугодие 2018" -> "2018-H1", "2017 г." or a bare "2017"
    -> "2017"."""
    if not text or not text.strip():
        return None
    # Kazakh in Latin letters is read as written first ("2024 j. 2-şi
    # jartyjyldyq"): a transliteration may lose its part ("жартйжйлдйқ")
    latin = parse_period(text)
    if latin is not None and latin.code[4:]:
        return latin.code
    text = to_cyrillic(_LATIN_YEAR_WORDS.sub(lambda m: _LATIN_YEAR_CYR[m.group(0).lower()[:2]], text))
    # a Roman numeral typed in Cyrillic ("2017 ж. І ж/ж", the Kazakh І)
    text = " ".join(re.sub(r"(?<!\w)І{1,3}(?!\w)", lambda m: "I" * len(m.group(0)), text).split())
    p = parse_period(text)
    part = _part_of_year(text, p)
    if part is not None:
        return part
    if p is not None:
        return p.code
    m = BARE_YEAR.match(text)
    if m:
        p = make_period(int(m.group(1)))
        return p.code if p else None
    return None


#: the part of the year written after the year, in brackets: "2013 г. (I кв.)", "2019 ж. (9 ай)"
_BRACKETED = re.compile(r"\(([^()]{2,40})\)")
#: "пол." and "полуг." for "полугодие" ("2020 г. (I пол.)")
_HALF_ABBR = re.compile(r"(?<![^\W\d_])пол(?:уг)?\.(?!\w)", re.I)


def _part_of_year(text: str, whole) -> str | None:
    """The period of a header that names the year first and its part in
    brackets ("2013 г. (I кв.)", "2018 (1 полугодие)", "2019 ж. (9 ай)",
    "2019 г. (январь–июнь)"), when :func:`parse_period` reads only the year
    (or nothing); a run of months outside brackets ("январь-сентябрь 2019 г.")
    :func:`parse_period` reads itself."""
    if whole is not None and whole.code[4:]:
        return None  # it already reads a part of the year
    y = re.search(r"(?<![\d.])((?:19|20)\d\d)(?![\d.])", text)
    if y is None:
        return None
    year = int(y.group(1))
    b = _BRACKETED.search(text)
    if b is not None:
        inner = _HALF_ABBR.sub("полугодие", b.group(1))  # "(I пол.)"
        p = parse_period(f"{inner} {year}")
        if p is not None and p.code[4:] and p.code.startswith(str(year)):
            return p.code
    return None


def names_views(text: str) -> bool:
    """Whether a header cell names the views of the events put online ("Просмотры", "Кол-во просмотров",
    "Онлайн қаралымдар", "Онлайн (просмотры)"), and not the people outside its brackets: "Участники (в т.ч.
    просмотры)" and "Посещения и просмотры" still name the people."""
    t = to_cyrillic(text or "").casefold()
    return bool(_VIEWS.search(t)) and not _VIEWS_FORM.search(t) \
        and not _ROLE_PATTERNS[1][1].search(re.sub(r"\([^()]*\)", " ", t))


@functools.lru_cache(maxsize=65536)  # as header_period: the answer depends on the text only
def header_role(text: str) -> str | None:
    """plan / actual / participants / percent for a sub-column header, by
    what its words mean in Kazakh or Russian, else None."""
    if not text or not text.strip():
        return None
    t = " ".join(to_cyrillic(text).casefold().split())  # "sany", "qatysýshylar": Kazakh in Latin letters
    if names_views(t) and "/" not in t:
        # "Кол-во просмотров", "Қаралым саны": the count of views, neither events nor people ("кол-во /
        # просмотров" names the count of a cell's two figures, and the views after it)
        return None
    forms = [t]
    if len(t.split()) > 1 and all(len(p) <= 5 for p in t.split()):
        forms.append("".join(t.split()))  # "Уч аст ники", "Қатыс ушы лар": a word a narrow column of a PDF broke
    for form in forms:
        for role, pat in _ROLE_PATTERNS:
            if pat.search(form):
                return role
    return None


@functools.lru_cache(maxsize=65536)  # asked of every cell of a table, often: the answer depends on the text only
def is_total_label(text: str) -> bool:
    """"Барлығы", "Жиыны", "Итого", "Всего" ("Barlyǵy" in Latin letters) begin the label, or, in Kazakh
    order, end what it is the total of ("Аудан бойынша барлығы", "Бөлім бойынша жиыны")."""
    joined = labels.label_text(text)
    forms = [normalize_label(joined), joined.casefold()]
    if len(joined.split()) > 1 and all(len(p) <= 3 for p in joined.split()):
        forms.append("".join(joined.split()).casefold())  # a word broken into letters: "JIY N Y", "И Т О Г О"
    if broken_word(joined, _TOTAL_WORDS):
        return True  # "Бар лығы", "Ито го": the word a narrow column of a PDF broke over two lines
    return any(bool(_TOTAL.match(t)) or bool(_TOTAL.match(t.split("/")[0].strip())) or bool(_TOTAL_AFTER.match(t))
               or bool(_EVENTS_THEN_TOTAL.match(t)) for t in forms)


#: the total words alone, for a word a narrow column broke (:func:`broken_word`)
_TOTAL_WORDS = frozenset({"барлығы", "барлыгы", "жиыны", "итого", "всего"})


def broken_word(text: str, words) -> bool:
    """Whether a cell of two or three pieces is one of ``words`` broken where a narrow column of a PDF ran out of
    room, its pieces read with a space between them ("Бар лығы", "Қа ңтар", "Қы ркү йек", "Желто қсан"): the
    pieces joined are that word, whole. Two words that join to one of these are not written."""
    parts = (text or "").split()
    return 2 <= len(parts) <= 3 and "".join(parts).casefold() in words


#: "<what> бойынша барлығы": the total word after what it sums, in up to three words
#: or after the time it covers ("Жыл бойы барлығы", "Тоқсан бойы жиыны")
_TOTAL_AFTER = re.compile(r"^(?:\S+\s+){1,3}бойы(?:нша)?\s+(?:барлығы|барлыгы|жиыны|жиынтығы)\s*:?\s*$", re.I)


#: "Массовые мероприятия – всего", "Проведено массовых мероприятий, всего", "Өткізілген іс-шаралар, барлығы":
#: the events named first, the total word last (a total row written over the forms it sums)
_EVENTS_THEN_TOTAL = re.compile(r"^(?:\S+\s+){0,3}(?:мероприят\w*|іс-шара\w*)\s*[,–—-]?\s*"
                                r"(?:всего|итого|барлығы|барлыгы|жиыны)\s*:?\s*$", re.I)


#: month names a row label starts with (Kazakh, Russian nominative and genitive)
_MONTH_WORDS = tuple(normalize_label(m)[:5] for m in (*MONTHS_KK, *MONTHS_RU_NOM, *MONTHS_RU_GEN))


#: the months' names whole (Kazakh, Russian nominative)
_WHOLE_MONTHS = frozenset((*MONTHS_KK, *MONTHS_RU_NOM))


#: a month's name cut short, alone in its cell: "янв.", "фев.", "сент.", "Қаң.", "Ақп."; or its first three
#: or four letters without the dot ("янв", "сен", "нояб", "қаң", "жел")
_MONTH_CUT = re.compile(r"^\s*([^\W\d_]{3,5})\.\s*$|^\s*([^\W\d_]{3,4})\s*$")


@functools.lru_cache(maxsize=65536)  # asked of every cell of a header and a label column: the text only
def is_month_label(text: str) -> bool:
    """A row label that names a month ("Январь", "қаңтар", "Наурыз айы"),
    or a header of a month cut short ("янв.", "Қаң.")."""
    words = normalize_label(text).split()
    if bool(words) and any(words[0].startswith(m) for m in _MONTH_WORDS) and len(words) <= 3:
        return True
    if broken_word(text, _WHOLE_MONTHS):
        return True  # "Қа ңтар", "Желто қсан": a month's name a narrow PDF column broke
    cut = _MONTH_CUT.match(text or "")
    return cut is not None and any(m.startswith(normalize_label(cut.group(1) or cut.group(2))) for m in _MONTH_WORDS)


# -- labels wrapped onto two rows ------------------------------------------------------

@dataclass
class LabelRow:
    """A body row of an event table as read: its cells, the label's cell and text, its figures."""

    r: int
    rm: dict[int, Cell]
    label: Cell | None  # the cell the label is read from
    text: str  # the label as the cells hold it (lines and all)
    numbers: dict[str | None, dict[str, tuple[Any, Cell | None]]]
    total: bool = False  # the total row though its label does not say so ("Количество мероприятий")

    @property
    def has_numbers(self) -> bool:
        return any(v[0] is not None for d in self.numbers.values() for v in d.values())


#: a row that is part of the row above, not the rest of its label: "в т.ч. онлайн-выставки", "из них для детей",
#: "оның ішінде балаларға арналғаны" (``SUB_ROW_RE.match``)
SUB_ROW_RE = re.compile(r"(?i)\s*(?:в\s*т\.?\s*ч\.?|в\s+том\s+числе|из\s+них|из\s+которых|(?:с|о)\.\s*і\."
                        r"|(?:оның|соның|олардың|солардың)\s+ішінде)(?![^\W\d_])")


#: a row that only opens the parts listed below it: "в том числе:", "из них:", "оның ішінде:" (no rest of a label)
_OPENS_PARTS = re.compile(SUB_ROW_RE.pattern + r"\s*:?\s*$")


#: what a table writes in a figure's cell when there is none
DASHES = frozenset({"-", "–", "—"})


def writes_dashes(row: LabelRow, cols=None) -> bool:
    """Whether a row writes a dash in a cell of its own beside its label (in ``cols`` when given): its
    cells are filled, saying none were held, as a row of the table does; a row that only opens a section
    or whose label goes on below leaves them empty."""
    return any(c.row == row.r and c is not row.label and c.text.strip() in DASHES and (cols is None or k in cols)
               for k, c in row.rm.items())


#: a row's letter before its label ("а) утренники", "ә) кездесулер", "b) quizzes"): a row of its own, lettered
_LETTERED_ROW = re.compile(rf"[a-z{LOWER}]\)\s", re.IGNORECASE)


def _continues(text: str) -> bool:
    """A label that goes on from the row above: it starts in lower case
    (or with a dash) and is not a sub-row ("в т.ч. ...") nor a row lettered
    in its own label ("а) утренники")."""
    t = text.strip()
    return bool(t) and (t[0].islower() or t[0] in "-–") and not SUB_ROW_RE.match(t) and not is_total_label(t) \
        and not _LETTERED_ROW.match(t)


def _names_a_row(text: str, is_type) -> bool:
    """Whether the joined capitals name a total or an event type ("ИТ" + "ОГО")."""
    return is_total_label(text) or (is_type is not None and bool(is_type(text)))


def merge_wrapped(rows: list[LabelRow], is_type=None) -> list[LabelRow]:
    """Labels wrapped onto two table rows: a row with a label and no
    figures followed by a row whose label goes on in lower case with the
    figures ("Встречи с интересными" / "людьми | 3 | 117"), or a row with
    figures followed by a row that holds only the rest of its label.

    Not when the table writes its labels in lower case (most of them begin
    so: the case says nothing), and not when each of the two labels is an
    event type on its own (``is_type``: "Бенефисы" with no figures, then
    "викторины"): the rest of a wrapped label is seldom a whole form."""
    starts = [r.text.strip()[:1] for r in rows if r.text.strip()[:1].isalpha()]
    lower_case_table = sum(1 for c in starts if c.islower()) * 2 > len(starts)
    out: list[LabelRow] = []
    for row in rows:
        prev = out[-1] if out else None
        t = "".join(row.text.split())
        # the last letters of a word in capitals, alone on the row below ("ЖИЫН" / "Ы", "И ТО" / "ГО";
        # three or four letters when the whole word is a total or a type: "ИТ" / "ОГО")
        tail = prev is not None and prev.has_numbers and not row.has_numbers and t.isalpha() and t.isupper() \
            and prev.text.strip()[-1:].isupper() \
            and (len(t) <= 2 or (len(t) <= 4 and _names_a_row("".join(prev.text.split()) + t, is_type)))
        if tail:
            out[-1] = LabelRow(prev.r, prev.rm, prev.label, prev.text.rstrip() + "\n" + t, prev.numbers)
            continue
        if prev is not None and prev.text.strip() and not lower_case_table and _continues(row.text) \
                and not is_total_label(prev.text) and (not prev.has_numbers or not row.has_numbers) \
                and not _OPENS_PARTS.match(prev.text) and not writes_dashes(prev) \
                and not (is_type is not None and is_type(prev.text) and is_type(row.text)):
            text = f"{prev.text}\n{row.text}"
            keep = prev if prev.has_numbers else row
            out[-1] = LabelRow(prev.r, keep.rm, prev.label, text, keep.numbers)
            continue
        out.append(row)
    return out
