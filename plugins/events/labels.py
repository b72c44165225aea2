"""Row labels of event tables: their text read as the writer meant it, and
the event type they name.

**The text.**  A label cell of a PDF may hold its label on several lines
("Книжные" / "выставки", "Беседы" / "-" / "диалоги", "Лит" / "." / "часы"),
and a column narrower than its words breaks them anywhere: a loader that
mends such breaks from the right margin may join two words whose space
fell at the end of a line ("Презентациякниги", "Другиеформы") or leave a
word in letters ("И" / "Т" / "О" / "Г" / "О").  :func:`label_text` joins
the lines (a line of a dash or a stop goes with its neighbours, other
breaks are spaces), and in a PDF (:func:`respace`) a run of lines whose
words are not all known words is cut again into known words: words of the
Kazakh and Russian dictionaries (:func:`esep.plugins.ocr_repair.lexicon_for`),
of the event-type vocabulary and of the document's own prose.  A run that
cannot be cut into known words is left as the loader read it.  The same
report then gives the same labels in .txt, .docx and .pdf.

**The type.**  :class:`LabelMatcher` tries, in turn: the whole label
against the vocabulary (fuzzy, as every vocabulary matches), though a
plural whose singular the vocabulary holds as it is names that entry first
(:mod:`esep.plugins.lang.plurals`); each part of a
bilingual label ("Кітап көрмелері / Книжные выставки"); the label with its
spaces left out ("Дөңгелекүстел"); its words, with Kazakh plural and case
endings removed, for a known form inside a longer label ("Встречи с
интересными людьми" is a meeting, "Книжно-иллюстративные выставки" a book
exhibition, "Конкурстар" contests), the head word first (the first in
Russian, the last in Kazakh); and abbreviated words completed from the
vocabulary ("Лит. часы").  What none of these finds is not guessed.
"""

from __future__ import annotations

import functools
import itertools
import logging
import re
from typing import Iterable

from esep.plugins.events import text as tx
from esep.plugins.lang.alphabet import KAZAKH_LETTERS, RUSSIAN_PREPOSITIONS, plain_latin, to_cyrillic
from esep.model import Document
from esep.registry import Config
from esep.plugins.lang.plurals import (genitive_plural_adjective, genitive_plural_singulars, kazakh_plural_stem,
                                       singular_forms)
from esep.plugins.vocab import Match, Vocabulary, normalize_label

log = logging.getLogger(__name__)

# -- the text of a label --------------------------------------------------------------

_PUNCT_LINE = re.compile(r"^[.,:;)]+$")
_DASH_LINE = re.compile(r"^[-–—]$")


def label_text(text: str) -> str:
    """A label cell's lines as one line: a line that is only a stop or a
    comma goes with the line before it, a line that is only a dash (or a
    line ending in one after a letter) joins its neighbours without a
    space, and other line breaks are spaces."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    if len(lines) <= 1:
        return " ".join(text.split())
    def glues(ln: str) -> bool:  # a dash ends the line: the next line goes on the word
        return bool(_DASH_LINE.match(ln)) or (len(ln) > 1 and ln[-1] in "-–" and ln[-2].isalpha())

    out = lines[0]
    for prev, ln in zip(lines, lines[1:]):
        if glues(prev) or _PUNCT_LINE.match(ln) or _DASH_LINE.match(ln):
            out += ln
        else:
            out += " " + ln
    return " ".join(out.split())


_WORD = re.compile(r"[^\W\d_]+(?:[-–][^\W\d_]+)*", re.U)
#: one-letter words of Russian (prepositions and conjunctions)
_ONE_LETTER = frozenset("вксиоуя")
#: Kazakh particles and conjunctions in the Latin alphabets, which no
#: dictionary of the machine holds ("Basqa" / "daşaralar" is "Basqa da şaralar")
_LATIN_PARTICLES = frozenset({"da", "de", "ta", "te", "men", "ben", "pen", "jäne", "jane", "jáne", "jəne"})
_MAX_WORD = 30


def words_of(text: str) -> set[str]:
    """The lower-case words of a text (for the known words of a document)."""
    return {w.lower() for w in _WORD.findall(text) if len(w) >= 2}


class Words:
    """Which words are known: a dictionary (asked in batches), the
    vocabulary's words and the document's own."""

    def __init__(self, lexicon, extra: Iterable[str] = ()):
        self.lexicon = lexicon
        self.extra = set(extra)

    def check(self, words: Iterable[str]) -> None:
        if self.lexicon is not None:
            self.lexicon.check(w for w in words if w not in self.extra)

    def known(self, word: str) -> bool:
        w = word.lower()
        if not w or not w.replace("-", "").replace("–", "").isalpha():
            return False
        if len(w) == 1:
            return w in _ONE_LETTER
        if w in self.extra or w in _LATIN_PARTICLES:
            return True
        if "-" in w or "–" in w:  # a compound: its last part must be a word ("книжно-иллюстративные")
            parts = [p for p in re.split(r"[-–]", w) if p]
            return bool(parts) and self.known(parts[-1]) and all(len(p) >= 2 for p in parts)
        return self.lexicon is not None and w in self.lexicon


#: a word printed whole that no dictionary knows ("Квесты") is split only when it is as long as
#: two words glued ("Презентациякниги"): short ones are words the dictionary lacks, not "К вес ты"
_MIN_GLUED = 9
#: ... and only into words of four letters or more: two words whose space was lost are whole
#: words ("Игрыквизы"), a word cut at a known prefix leaves a short piece ("Бук" / "трейлеры")
_MIN_GLUED_WORD = 4


def _runs(text: str) -> list[list[str]]:
    """The label's pieces grouped in runs: pieces a line break separates
    are in one run (the break may be inside a word), pieces a space
    separates are not."""
    runs: list[list[str]] = []
    for line_no, line in enumerate(text.splitlines()):
        pieces = line.split()
        if not pieces:
            continue
        if runs and line_no:
            runs[-1].append(pieces[0])
            pieces = pieces[1:]
        runs += [[p] for p in pieces]
    return runs


def _segment(s: str, breaks: set[int], strong: set[int], words: Words) -> list[str] | None:
    """``s`` cut into known words; None when it cannot be.  Of the ways to
    cut it, the one with the fewest cuts off the line breaks (``breaks``),
    then the fewest words run over a break after a whole known word
    (``strong``: "Басқа" / "дашаралар" is "Басқа да шаралар", not
    "Басқада шаралар"), then the fewest words."""
    n = len(s)
    best: list[tuple[int, int, int, list[str]] | None] = [None] * (n + 1)
    best[0] = (0, 0, 0, [])
    for i in range(1, n + 1):
        for j in range(max(0, i - _MAX_WORD), i):
            prev = best[j]
            if prev is None:
                continue
            seg = s[j:i]
            if not words.known(seg.strip("-–")) or seg[:1] in "-–" and j:
                continue
            over = sum(1 for b in strong if j < b < i)
            cost = (prev[0] + (1 if j and j not in breaks else 0), prev[1] + over, prev[2] + 1, prev[3] + [seg])
            if best[i] is None or cost[:3] < best[i][:3]:
                best[i] = cost
    got = best[n]
    return got[3] if got is not None else None


def _run_string(run: list[str]) -> tuple[str, set[int]]:
    s, breaks = "", set()
    for p in run:
        if s:
            breaks.add(len(s))
        s += p
    return s, breaks


def _strong(run: list[str], words: Words) -> set[int]:
    """The breaks after a piece that is a known word of three letters or more."""
    out, at = set(), 0
    for p in run[:-1]:
        at += len(p)
        if len(p) >= 3 and words.known(p):
            out.add(at)
    return out


def _candidates(s: str) -> set[str]:
    return {c for i in range(len(s) + 1) for j in range(max(0, i - _MAX_WORD), i)
            if len(c := s[j:i].strip("-–.,:;").lower()) > 1 and c.isalpha()}


def prepare(texts: Iterable[str], words: Words) -> None:
    """Ask the dictionary, in one batch, about every word
    :func:`respace` may need for these label texts."""
    todo: set[str] = set()
    for text in texts:
        for run in _runs(text):
            pieces = [p.strip(".,:;()«»\"").lower() for p in run]
            if all(p in words.extra for p in pieces if p):
                continue
            todo |= _candidates(_run_string(run)[0])
            for p in pieces:
                todo |= {x for x in re.split(r"[-–]", p) if len(x) > 1}
    words.check(todo)


#: the words that say a label names a library ("Торайғыр ауылдық кітапханасы", "Сельская библиотека с. Ключи")
_LIBRARY_WORD = re.compile(r"(?i)^(?:кітапхана|библиотек|филиал)")


def _named_library(pieces: list[str], words: Words) -> bool:
    """A library's name wrapped over lines, one word a line: the pieces the
    dictionary does not know begin with a capital (a village's or a person's
    name, "Торайғыр", "Қасым"), every other piece is a known word, and one of
    them says it is a library.  A name is in no dictionary; it is not cut
    into words that are ("Тор айғыр")."""
    unknown = [p for p in pieces if not (p and words.known(p))]
    return bool(unknown) and len(unknown) < len(pieces) and all(p[:1].isupper() and p.isalpha() for p in unknown) \
        and any(_LIBRARY_WORD.match(p) for p in pieces if p not in unknown)


def respace(text: str, words: Words) -> str:
    """The label with its words as the writer spaced them, as far as the
    known words tell (see the module docstring); the text as
    :func:`label_text` reads it when they cannot.  Call :func:`prepare`
    first, or the dictionary is asked word by word."""
    out: list[str] = []
    for run in _runs(text):
        s, breaks = _run_string(run)
        pieces = [p.strip(".,:;()«»\"") for p in run]
        if all(p and words.known(p) for p in pieces) or _named_library(pieces, words):
            out.append(label_text("\n".join(run)))  # every piece a word: the breaks are spaces
            continue
        core = s.rstrip(".,:;")
        tail = s[len(core):]
        seg = _segment(core, {b for b in breaks if b < len(core)}, _strong(run, words), words) \
            if re.fullmatch(r"[^\W\d_]+(?:[-–.][^\W\d_]+)*", core) \
            and (len(run) > 1 or len(core) >= _MIN_GLUED) else None
        if seg and len(run) == 1 and min(len(w.strip("-–")) for w in seg) < _MIN_GLUED_WORD:
            seg = None  # "Буктрейлеры" printed whole is a word the dictionary lacks, not "Бук трейлеры"
        if seg:
            out.append(" ".join(seg) + tail)
        elif len(run) > 2 and all(len(p) <= 3 for p in run) and core.isalpha():
            out.append(s)  # a word broken into letters that no dictionary knows ("JIY" / "N" / "Y")
        else:
            out.append(label_text("\n".join(run)))
    return " ".join(" ".join(out).split())


# -- the type of a label ----------------------------------------------------------------

def _is_kazakh(text: str) -> bool:
    return any(ch in KAZAKH_LETTERS for ch in text.lower())


def latin_key(text: str) -> str:
    """The label in one plain Latin form (:func:`esep.plugins.lang.alphabet.plain_latin`), dashes as spaces."""
    return plain_latin(text).replace("-", " ")


_LATIN = re.compile(r"[a-zA-Z\u00c0-\u024f]")


#: a two-word name written as its initials: "б/о" (библиографический обзор), "Д/и" (день информации)
#: a dash set between spaces after a label's form, before a note on it
_NOTE_DASH = re.compile(r"\s[-–—]\s+(?=\S)")
#: the word joining two forms named in one row: "Беседы и обзоры", "Әңгімелер мен сайыстар", "Кештер және кездесулер"
_AND = re.compile(r"\s(?:и|және|мен|бен|пен)\s", re.I)
#: the words that open a sub-row, a part of the row above it: "из них для детей", "в т.ч. онлайн",
#: "в том числе …", "оның ішінде балаларға", "соның ішінде …", "о.і. …"
_SUB_ROW = re.compile(r"(?i)^\s*(?:из\s+них|в\s?т\.\s?ч\.?|в\s+том\s+числе|с?оның\s+ішінде|о\.\s?і\.)(?![^\W\d_])"
                      r"\s*[:,–—-]?\s*")
#: the least score of a form suggested for a sub-row no entry matched: its words past the opener must
#: come close to a form ("из них книжных выставок"); "из них для детей" suggests none
SUB_ROW_SUGGESTION = 75.0
_INITIALS = re.compile(r"^\s*([^\W\d_])\s?/\s?([^\W\d_])\.?\s*$")
#: the initials of a library, not of a form of work: "с/б", "д/б", "с/ф", "а/к"
_LIBRARY_INITIALS = re.compile(r"(?i)^\s*(?:[^\W\d_]\s?/\s?[бф]|а/к|ф/л)")


#: two words cut short and joined by a hyphen: "лит.-муз.", "кн.-илл."
_PAIR_CUT = re.compile(r"(?<![^\W\d_])([^\W\d_]{2,})\.\s?-\s?([^\W\d_]{2,})\.")


#: units a table writes after a figure's role ("Присутствовало, чел.", "Выдано, экз.", "тыс. тенге"): an
#: abbreviated word that is a unit is not the start of a form's name ("чел." is no "челлендж"); nor is a part
#: of the year cut short ("I кв." is a quarter, no "квест"; "9 мес.")
UNIT_ABBREVIATIONS = frozenset({"чел", "ед", "экз", "тыс", "млн", "млрд", "шт", "руб", "тг", "тнг", "тен", "стр",
                                "мин", "дан", "адам", "рет", "кит", "кв", "мес"})

#: "other forms": a word for the rest ("Прочие", "Другие", "Иные", "Басқа", "Өзге", "Basqa") alone or with
#: words that name no form ("формы", "мероприятия", "түрлері", "шаралар", "да")
_OTHER_WORD = re.compile(r"^(?:проч\w*|друг\w*|ин(?:ые|ое|ая|ых)|басқа\w*|өзге\w*|basqa\w*|[óöo]zge\w*)$", re.I)
_GENERIC_WORD = re.compile(
    r"^(?:форм\w*|вид\w*|мероприяти\w*|работ\w*|массов\w*|жұмыс\w*|түр\w*|іс|шара\w*|іс-шара\w*|да|де|та|те"
    r"|и|др|jumys\w*|t[úüu]r\w*|is|[sş]h?ara\w*|da|de|ta|te)$", re.I)


def names_other_forms(text: str) -> bool:
    """A row of the forms no other row names ("Прочие", "Другие формы", "Басқа
    түрлері", "Басқалары", "Өзгелері", "Басқа да шаралар"): it names no form
    of work, however like one its words read; in both languages too
    ("Басқалары / Прочие")."""
    parts = [p for p in re.split(r"\s/\s|/", text) if p.strip()]
    if len(parts) > 1:
        return all(names_other_forms(p) for p in parts)
    words = [w for w in re.split(r"[\s.,:;()/]+", text.strip()) if w]
    return bool(words) and bool(_OTHER_WORD.match(words[0])) and all(_GENERIC_WORD.match(w) for w in words[1:]) \
        and len(words) <= 4


#: a department of the library named alone ("Абонемент", "Читальный зал", "Детский отдел", "Отдел обслуживания
#: (абонемент)", "Юношеский сектор", "Оқу залы", "Балалар бөлімі"): a place where events are held, no form of work
_DEPARTMENT = re.compile(r"(?i)^(?:абонемент\w*|читальн\w*\s+зал\w*|оқу\s+зал(?:ы|ында)?"
                         r"|(?:[^\W\d_]+(?:ий|ый|ой)\s+)?(?:отдел|сектор)\w*(?:\s+[^\W\d_]+){0,2}"
                         r"|(?:[^\W\d_]+\s+){0,2}бөлім(?:і|ше)?)\s*(?:\([^()]*\))?\s*:?$")


def names_department(text: str) -> bool:
    """A label that is the name of a department of the library alone
    ("Абонемент", "Читальный зал", "Детский отдел", "Оқу залы", "Балалар
    бөлімі"): the row heads that department's forms, or counts its events;
    it names no form, though "Оқу" of "Оқу залы" is a reading."""
    return bool(_DEPARTMENT.match(" ".join(text.split())))


#: one item of a list of forms with their counts: "кітап көрмесі – 4", "беседы - 2", "викторина (3)"
_COUNTED_ITEM = r"[^\W\d_][^,;:()\d]*?(?:\s*[-–—:]\s*|\s+|\s*\()\d+\s*\)?"
#: two or more such items after a head and a colon (or as the whole label): "Патриоттық тәрбие: кітап көрмесі – 4,
#: кездесу – 2", "Экология (выставки – 2; беседы – 3)"
_COUNTED_FORMS = re.compile(r"^\s*(?:[^:()]*[:(]\s*)?" + _COUNTED_ITEM + r"(?:\s*[,;]\s*" + _COUNTED_ITEM
                            + r")+\s*\)?\s*\.?\s*$")


def lists_counted_forms(text: str) -> bool:
    """A label that lists two or more forms each with its own count ("Патриотическое воспитание: книжные
    выставки – 4, беседы – 2"): its row sums several forms (a direction of work broken down), so no one form
    names it.  The items may stand on lines of their own in the cell ("Экология:" / "беседы – 2" /
    "викторины – 3")."""
    text = re.sub(r"(\d)[ \t]*\n\s*", r"\1, ", text or "")
    return bool(_COUNTED_FORMS.match(" ".join(text.split())))


#: what an exhibition shows when it is not books: drawings, crafts, pictures, photographs, handiwork
_NOT_BOOKS_SHOWN = re.compile(r"(?i)рисун|поделок|поделк|картин|фотограф|рукодел|игрушек|изделий|прикладно"
                              r"|творческих\s+работ|сурет|қолөнер|бұйым|шығармашылық\s+жұмыс")
#: the use of a computer taught ("компьютерной грамотности", "цифрлық сауаттылық")
_COMPUTER_SKILLS = re.compile(r"(?i)компьютер|цифров|цифрлық|digital")
#: forms whose head word alone names them, and the words beside it that make the row another thing
_OTHER_SUBJECT = {"exhibition.book": _NOT_BOOKS_SHOWN, "lesson.library": _COMPUTER_SKILLS}


def other_subject(type_id: str, text: str) -> bool:
    """Whether the words beside a form's head word make the row no such
    form: an exhibition of children's drawings or of crafts
    ("Выставки рисунков", "Суреттер көрмесі") shows no books, and lessons
    of computer literacy ("Уроки компьютерной грамотности") teach the use
    of a computer, not of the library."""
    words = _OTHER_SUBJECT.get(type_id)
    return words is not None and bool(words.search(text))


class LabelMatcher:
    """Event types of row labels (see the module docstring)."""

    def __init__(self, vocab: Vocabulary):
        self.vocab = vocab
        self.types = tx.TypeMatcher(vocab)
        self.spaceless: dict[str, str] = {}
        self.vocab_words: set[str] = set()
        for key, entry_id in self.types.exact.items():
            self.spaceless.setdefault(key.replace(" ", ""), entry_id)
        for e in vocab.entries.values():
            for name in list(e.get("aliases", [])) + [v for v in e.get("labels", {}).values() if v]:
                self.vocab_words |= words_of(name)
        self._cache: dict[str, Match] = {}
        # the initials of the two-word names ("б/о": "Библиографический обзор") -> the ids they name
        self.initials: dict[str, set[str]] = {}
        for e in vocab.entries.values():
            for name in list(e.get("aliases", [])) + [v for v in e.get("labels", {}).values() if v]:
                ws = name.split()
                if len(ws) == 2 and all(w[:1].isalpha() for w in ws) and not _LATIN.search(name):
                    self.initials.setdefault((ws[0][0] + ws[1][0]).casefold(), set()).add(e["id"])
        self.latin: dict[str, str] = {}  # latin_key of every alias -> its id
        for e in vocab.entries.values():
            for name in list(e.get("aliases", [])) + [v for v in e.get("labels", {}).values() if v]:
                if not _LATIN.search(name):
                    self.latin.setdefault(latin_key(name), e["id"])
        self._latin_keys = list(self.latin)
        self.latin_spaceless = {k.replace(" ", ""): v for k, v in reversed(list(self.latin.items()))}

    def match(self, text: str) -> Match:
        key = " ".join(to_cyrillic(text).split())  # Kazakh in Latin letters read in Cyrillic
        got = self._cache.get(key)
        if got is None:
            if len(self._cache) > 50_000:
                self._cache.clear()
            got = self._cache[key] = self._match(key, text)
        return Match(got.id, got.score, got.alias, got.best)

    #: a sub-row's label is being read (see :meth:`_lookup`)
    _in_sub_row = False
    _after_preposition = False

    def _match(self, text: str, raw: str | None = None) -> Match:
        opener = _SUB_ROW.match(text)
        self._in_sub_row = opener is not None
        try:
            got = self._label(text, raw)
        finally:
            self._in_sub_row = False
        if got.id is not None or opener is None:
            return got
        # a sub-row no entry matched ("из них для детей", "оның ішінде онлайн"): the form to suggest is
        # the one its own words (past the opener) come close to, not one the opener's words bring
        rest = text[opener.end():]
        near = self._label(rest) if rest.strip() else None
        if near is not None and near.best is not None and near.score >= SUB_ROW_SUGGESTION:
            return Match(None, near.score, text, near.best)
        return Match(None, 0.0, text, None)

    def _label(self, text: str, raw: str | None = None) -> Match:
        if names_other_forms(text) or names_department(text):
            return Match(None, 0.0, text, None)  # typeless by what it says, and no form to suggest
        m = self.vocab.match(text)
        if m.score < 100.0 and (other := self._singular(text)) is not None \
                and (other.id != m.id or other.score > m.score):
            return other  # the same entry keeps the better of its two scores
        if m.id is not None:
            return m
        cut = _INITIALS.match(text)
        if cut and not _LIBRARY_INITIALS.match(text) and len(ids := self.initials.get(
                (cut.group(1) + cut.group(2)).casefold(), set())) == 1:
            return Match(next(iter(ids)), 85.0, text, next(iter(ids)))  # "б/у", "Д/и": a name's initials
        if raw is not None and _LATIN.search(raw):
            got = self._latin(raw)
            if got is not None:
                return got
        note = _NOTE_DASH.search(text)
        if note is not None and not self._match(text[note.end():]).id:
            # "Выставки – книжные, тематические", "Кездесулер – ардагерлермен": the form, then a dash and a
            # note of what they were or for whom, which names no form ("Час – викторина" does)
            got = self._match(text[:note.start()])
            if got.id is not None:
                return got
        if "," in text and "/" not in text and (first := self._part(text.split(",", 1)[0])).id is not None:
            # "Әңгімелер, сайыстар", "Конкурсы, викторины": a row of two forms is its first's, as tallied by hand
            return Match(first.id, min(first.score, 90.0), text, first.best)
        joined = _AND.search(text)
        if joined is not None and "/" not in text and (first := self._part(text[:joined.start()])).id is not None \
                and self._part(text[joined.end():]).id is not None:
            # "Беседы и обзоры литературы для школьников": two forms joined by "и", "мен", "және" are the
            # first's too, whichever names more words of a form
            return Match(first.id, min(first.score, 90.0), text, first.best)
        parts = [p for p in re.split(r"\s/\s|/", text) if p.strip()] if "/" in text else [text]
        best: Match | None = None
        for part in parts:
            n = self._part(part) if len(parts) == 1 else self.vocab.match(part)
            if n.id is None and len(parts) > 1:
                n = self._part(part)
            if n.id is not None and (best is None or n.score > best.score):
                best = n
        return best if best is not None else m

    def _singular(self, text: str) -> Match | None:
        """A plural name whose singular the vocabulary holds as it is ("Ерлік сағаттары": "Ерлік сағаты",
        "Книжные дегустации": "Книжная дегустация"): that entry, before a name only alike in letters
        ("Шеберлік сағаттары") is taken for it.  A label of five words or more is no name of a form."""
        if len(text.split()) > 4:
            return None
        for form in singular_forms(normalize_label(text)):
            got = self.vocab.match(form)
            if got.id is not None and got.score >= 100.0 and got.alias == normalize_label(form):
                return Match(got.id, 95.0, text, got.id)
        return None

    def _latin(self, raw: str) -> Match | None:
        """A label in Latin letters against the aliases folded to the same
        plain Latin form ("Aktsiialar", "Baiqaular", "Ädebiet sağaty"):
        equal, or as close as the vocabulary's threshold asks (90 at least)."""
        key = latin_key(raw)
        if key in self.latin:
            return Match(self.latin[key], 95.0, raw, self.latin[key])
        if key.replace(" ", "") in self.latin_spaceless:  # "Döñgeleküstel": the space lost
            entry = self.latin_spaceless[key.replace(" ", "")]
            return Match(entry, 95.0, raw, entry)
        from rapidfuzz import fuzz, process

        best = process.extractOne(key, self._latin_keys, scorer=fuzz.ratio)
        if best is not None and best[1] >= max(90.0, self.vocab.threshold):
            entry = self.latin[best[0]]
            return Match(entry, round(float(best[1]) * 0.95, 1), raw, entry)
        return None

    def _part(self, text: str) -> Match:
        m = self.vocab.match(text)
        if m.id is not None:
            return m
        key = tx.type_key(text).replace(" ", "")
        if key in self.spaceless:  # "Дөңгелекүстел": the spaces lost
            return Match(self.spaceless[key], 95.0, text, self.spaceless[key])
        whole = _PAIR_CUT.sub(self._pair, text)  # "лит.-муз." is "литературно-музыкальный"
        if whole != text:
            text = whole
            if (got := self.vocab.match(text)).id is not None:
                return got
        toks = [w for w in tx.words(text) if w.text[:1].isalpha()]
        options = [self._forms(text, w) for w in toks]
        got = self._phrase(options, head_first=not _is_kazakh(text))
        if got is not None and not other_subject(got, text):
            return Match(got, 90.0, text, got)
        return m

    def _pair(self, m: re.Match) -> str:
        """Two words cut short and joined by a hyphen ("лит.-муз.", "кн.-илл."): the vocabulary's
        hyphenated word they begin, when there is one."""
        a, b = m.group(1).lower(), m.group(2).lower()
        full = sorted(v for v in self.vocab_words if "-" in v
                      and v.split("-", 1)[0].startswith(a) and v.split("-", 1)[1].startswith(b))
        return full[0] if full else m.group(0)

    def _forms(self, text: str, w: tx.Word) -> list[str]:
        """The word, or when it is abbreviated ("лит.", "познават.") the
        vocabulary's words it begins; a unit ("чел.", "экз.") or a role's
        word ("мер.", "кол.") is no form's name cut short."""
        if text[w.end:w.end + 1] != "." or len(w.text) < 2 or w.text.lower() in UNIT_ABBREVIATIONS:
            return [w.text]
        from esep.plugins.events.headers import header_role

        if header_role(w.text + "."):  # "мер.", "кол.", "уч.": a role's word cut short, not a form's
            return [w.text]
        stem = w.text.lower()
        # a word cut short is one word: "лит." is "литературный", not "литературно-музыкальный" ("лит.-муз.")
        full = sorted(v for v in self.vocab_words if v.startswith(stem) and len(v) > len(stem) + 1
                      and "-" not in v[len(stem):])
        return full[:12] or [w.text]

    def _phrase(self, options: list[list[str]], head_first: bool) -> str | None:
        n = len(options)
        for size in range(n, 0, -1):
            if size == 1 and (got := self._gapped(options, head_first)):
                # a form's name of two words with a qualifier between ("Конкурсы детского рисунка": a
                # drawing contest) names that form before either word alone does
                return got
            starts = range(0, n - size + 1) if head_first else range(n - size, -1, -1)
            for i in starts:
                # words after a preposition qualify the form, no deed is done to them ("Обзоры у книжных
                # полок": reviews at the shelves, not a shelf exhibition): read as written
                self._after_preposition = i > 0 and options[i - 1][0].lower() in RUSSIAN_PREPOSITIONS
                try:
                    for toks in itertools.islice(itertools.product(*options[i:i + size]), 50):
                        got = self._lookup(list(toks))
                        if got:
                            return got
                finally:
                    self._after_preposition = False
        return None

    def _gapped(self, options: list[list[str]], head_first: bool) -> str | None:
        """Two words of the label, in order, with words between them, that are a name of two words of
        the vocabulary; the pairs nearer the head word first."""
        n = len(options)
        if n < 3 or n > 8:
            return None
        pairs = [(i, j) for i in range(n) for j in range(i + 2, n)]
        pairs.sort(key=lambda ij: (ij[0], ij[1]) if head_first else (-ij[1], -ij[0]))
        for i, j in pairs:
            for toks in itertools.islice(itertools.product(options[i], options[j]), 20):
                got = self._lookup(list(toks), close=95.0)  # "Конкурсы … рисунка": "Конкурс рисунка"
                if got:
                    return got
        return None

    def _lookup(self, toks: list[str], close: float = 101.0) -> str | None:
        """The type ``toks`` name exactly (or as alike as ``close``: a name's other number or case)."""
        got = self.types.match(toks, head_last=True)
        if got is not None and got.id is not None and got.start == 0 \
                and (got.how == "exact" or (got.end == len(toks) and got.score >= close)):
            return got.id
        last = toks[-1]
        stem = kazakh_plural_stem(last)
        if stem != last.lower() and len(stem) >= 3:
            got = self.types.match(toks[:-1] + [stem], head_last=True)
            if got is not None and got.id is not None and got.how == "exact" and got.start == 0:
                return got.id
        # the words before it in the genitive plural too ("Проведение литературных вечеров", "Организация
        # книжных выставок": a deed done to a form): each adjective in the nominative of the noun's gender;
        # not in a sub-row ("из них книжных выставок"), a part of the row above that only suggests its form
        deed = not self._in_sub_row and not self._after_preposition
        before = [[t, *genitive_plural_adjective(t)] if deed else [t] for t in toks[:-1]]
        for word in genitive_plural_singulars(last, changed=deed):
            # "5 встреч с интересными людьми", "12 акций": a Russian name after a number in the genitive plural
            # is the name in the nominative singular
            for head in itertools.islice(itertools.product(*before), 12):
                got = self.types.match(list(head) + [word], head_last=True)
                if got is not None and got.id is not None and got.how == "exact" and got.start == 0:
                    return got.id
        if deed and len(toks) >= 2:
            # the head word in the genitive plural before the word that qualifies it ("Проведение часов
            # поэзии", "уроков мужества", "дней информации"): the head in the nominative singular
            for word in genitive_plural_singulars(toks[0]):
                got = self.types.match([word] + toks[1:], head_last=True)
                if got is not None and got.id is not None and got.how == "exact" and got.start == 0:
                    return got.id
        return None


@functools.lru_cache(maxsize=8)
def _matcher_for(vocab_id: int, vocab: Vocabulary) -> LabelMatcher:
    return LabelMatcher(vocab)


def label_matcher(vocab: Vocabulary) -> LabelMatcher:
    """The :class:`LabelMatcher` of a vocabulary, built once per process."""
    return _matcher_for(id(vocab), vocab)


class LabelReader:
    """How label cells are read: their lines joined (:func:`label_text`),
    and in a PDF the words re-spaced from the known words
    (:func:`respace`; the dictionary asked once per document)."""

    def __init__(self, document: Document, config: Config, vocab: Vocabulary):
        self.document, self.config, self.vocab = document, config, vocab
        self.pdf = document.format == "pdf"
        self.words: Words | None = None

    def prepare(self, texts: list[str]) -> None:
        if not self.pdf or not texts:
            return
        if self.words is None:
            from esep.plugins.ocr_repair import lexicon_for

            known = label_matcher(self.vocab).vocab_words | {
                w for b in self.document.blocks for w in words_of(b.text)}
            lexicon = lexicon_for(self.config if self.config is not None else Config())
            self.words = Words(lexicon if lexicon.available else None, known)
        prepare(texts, self.words)

    def __call__(self, text: str) -> str:
        if self.words is None:
            return label_text(text)
        return respace(text, self.words)
