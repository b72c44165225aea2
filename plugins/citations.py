"""Bibliographic entries (GOST 7.1 / 7.0.5 and looser styles) in reports.

Reports list what the library published in the press and which books it
digitized as numbered bibliographic entries::

    1. Мұхаметжанова, Б. Рухани жаңғыру – кітапхана келбетінде / Б.Мұхаметжанова
       // Балқаш өңірі. – 2018. – 5 қаңтар(№1-2). – 4 б.

:func:`parse_citation` reads one entry (any string: it never raises) into
authors, title, subtitle, responsibility, container (``source``), year, date,
issue, volume, pages, place and publisher; the extractor finds the entries
of a Document (numbered list items and paragraphs that look like entries),
numbers the lists, links the same article printed in two periodicals and
writes table ``citations``.  Periodicals are matched against the vocabulary
``schemas/sources.json``.  An evaluator scores the rows against gold
(:func:`compare`); ``tests/test_citations.py`` also scores the parser on
references labelled by others in the AnyStyle format.
"""

from __future__ import annotations

import datetime as _dt
import functools
import json
import logging
import re
import unicodedata
from importlib import resources
from typing import Any

from rapidfuzz import fuzz, process
from sqlite_utils.migrations import Migrations

from esep import hookimpl
from esep.model import Document, Record
from esep.plugins.lang.alphabet import CYRILLIC_RE, LOWER, UPPER
from esep.plugins.lang.alphabet import fold_russian as fold
from esep.plugins.lang.dates import MONTH_NUMBERS as MONTHS
from esep.plugins.lang.dates import MONTHS_KK
from esep.plugins.lang.detect import detect_language as text_language
from esep.plugins.lang.detect import has_kazakh_letter
from esep.registry import Config, Evaluator, Extractor, prf as scores
from esep.storage import RECORD_COLUMNS_SQL

log = logging.getLogger(__name__)

SOURCE_THRESHOLD = 88.0
DUPLICATE_THRESHOLD = 92.0
MAX_CHARS = 2000  # an entry is never longer; the rest of a longer text is not read
FIELDS = ("kind", "authors", "title", "subtitle", "responsibility", "source", "source_id", "year",
          "date", "issue", "volume", "pages", "place", "publisher", "language", "duplicate_of")
#: The fields whose micro-averaged F1 is the headline score of the evaluator.
CORE_FIELDS = ("authors", "title", "subtitle", "source", "date", "issue", "pages", "language")

# -- character classes -------------------------------------------------------

_UP = "A-ZÀ-ÖØ-Þ" + UPPER + "ЇЄЎҐЂЋЏЉЊЈŠŽČĆĐȘȚŁŚŻ"
_LET = r"[^\W\d_]"
_SURNAME = rf"[{_UP}]{_LET}+(?:-[{_UP}]?{_LET}+)?"
_INIT = rf"[{_UP}]h?\."
_INITS = rf"{_INIT}(?:\s?{_INIT}){{0,2}}"
_FIRST = rf"[{_UP}]{_LET}{{2,}}"
_PARTICLE = r"(?:\s(?:de|da|di|du|van|von|der|den|la|le)\b\.?)?"
_AUTH_A = re.compile(rf"(?P<s>{_SURNAME}(?:\s{_SURNAME})?),?\s?(?P<i>{_INITS}"
                     rf"(?:\s?[{_UP}][a-zа-яё]\.(?=\s\(?(?:1[5-9]|20)\d\d\b))?){_PARTICLE}"
                     rf"(?=[\s«\"“„(,;]|$|[{_UP}][a-z{LOWER}]{{2}})")
_AUTH_B = re.compile(rf"(?P<s>{_SURNAME}),\s(?P<f>{_FIRST})"
                     rf"(?:\s(?P<i>[{_UP}][a-zа-яё]?\.(?:\s?{_INIT})?)(?=\s)|(?=\.\s|,\s|\s(?:и|and|&)\s))")
_AUTH_C = re.compile(rf"(?P<i>{_INITS})\s?(?P<s>{_SURNAME})(?=,\s)")
_AUTH_C_DOT = re.compile(rf"(?P<i>{_INITS})\s?(?P<s>{_SURNAME})(?=\.\s[{_UP}«\"])")
_AUTH_D = re.compile(rf"(?P<f>{_FIRST})\s(?P<s>{_SURNAME})")
_AUTH_D_LIST = re.compile(rf"(?P<a>{_FIRST}\s{_SURNAME}(?:,\s{_FIRST}\s{_SURNAME}){{0,5}})"
                          rf"\.\s(?=\(?(?:1[5-9]|20)\d\d[a-zа-я]?\)?[.,])")
_AUTH_SEP = re.compile(r",\s?|;\s|\s(?:и|and|&)\s|\s")
_APA_YEAR = re.compile(r"\(?(?P<y>1[5-9]\d\d|20\d\d)[a-zа-я]?\)?[.,]\s*")
_ROLE = re.compile(r"\b(?:ред|сост|құраст|құрастыр|пер|авт\.-сост|под|ed|eds|comp|пікір|жауапты|бас)\b|\[?и др\.?\]?",
                   re.I)

# -- separators and publication fields ---------------------------------------

_AREA = re.compile(r"\.\s*–\s*(?=\S)")
_YEAR = re.compile(r"(?<![\d№/\w-])(?P<y>1[5-9]\d\d|20\d\d)(?![\d])")
_PLACE = rf"[{_UP}]{_LET}*\.?(?:[\s-][{_UP}(]{_LET}*\)?\.?){{0,2}}"
_PLACE_PUB = re.compile(rf"(?:^|(?<=[.–]\s)|(?<=\())(?P<place>{_PLACE})\s?:\s?(?=\S)")
_PLACE_YEAR = re.compile(rf"(?:^|(?<=[.–]\s))(?P<place>{_PLACE}),\s?(?=\[?(?:1[5-9]|20)\d\d)")
_PUB_END = re.compile(r",\s?\[?(?:1[5-9]|20)\d\d|,\s?\d+\s?[–-]\s?\d+|\.\s–|\.\s\d|;|\s–\s|\.\s[СсCР]\.\s?\d|\.?$")
_PAGES_MARK = re.compile(
    r"(?<![\w])(?:С|с|C|c|P|p|pp|стр|Б|б|S|s)\.\s?(?P<p>\d+(?:\s?[–-]\s?\d+)?)")
_PAGES_COUNT = re.compile(
    r"(?<![\d\w№/-])(?P<p>\d+(?:\s?[–-]\s?\d+)?)\s?(?:-(?=бет))?"
    r"(?P<m>бет|бб?\.|б(?=\s|$|;)|[сc]\.|[сc](?=\s|$|;)|стр\.|p\.|pp\.|S\.|bet\b|b\.|b(?=\s|$|;))",
)
_PAGES_APA = re.compile(r"(?:[:,]|\.\s)\s?(?P<p>\d+(?:\s?[–-]\s?\d+)?)\.?\s*$")
_ISSUE = re.compile(r"№\s?(?P<n>\d+[a-zа-я]?(?:\s?[–-]\s?\d+)?)|(?<![\w])N\s?(?P<m>\d+)\b")
_VOLUME = re.compile(
    r"(?<![\w])(?:Т|T|Том|Vol|Bd|Ч|Кн|Вып)\.?\s?(?P<v>[IVXLCХ\d]+(?:\s?[–-]\s?[IVXLCХ\d]+)?)(?![\w])")
_VOL_ISSUE = re.compile(r"^(?P<v>\d{1,4})(?:\s?\((?P<i>\d+[^)]*)\)|/(?P<j>\d+))?(?=[,.:;]|\s|$)")
_CONTAINER_END = re.compile(
    rf"\.\s–\s|\.\s(?=(?:1[5-9]|20)\d\d\b|(?:Т|T|Том|Vol|Вып|Ч|Кн|С|C|P|pp|No)\.?\s?\d|№|N\s?\d"
    rf"|{_PLACE}\s?:|{_PLACE},\s?\d{{4}})"
    rf"|,\s(?=(?:1[5-9]|20)\d\d\b|\d{{1,4}}(?:/\d+)?[,.:;]?\s|(?:Т|T|Vol|Вып)\.\s?\d|№)"
    rf"|,?\s(?=\d+\s?\(\d+\))|\s–\s(?=\d)|\s?\(?(?=№)|\.\s(?=\d{{1,4}}\b)|,\s(?=\d+\s?[–-]\s?\d+(?:[.,;]|$))"
    rf"|,\s(?=Изд(?:ательство|-во|\.)\s|Publ)|\.\s(?=[{_UP}]{_LET}+\.\s(?:1[5-9]|20)\d\d)")
_EDITOR = re.compile(r"^[^,()]{3,60}\((?:ред|отв\. ред|съст|сост|ed|eds|Hrsg)\.?\),\s*")
_IN_MID = re.compile(r",\s(?:В|In|in)\s?:\s|,\sin\s(?=[A-Z])")
_JOURNAL_COMMA = re.compile(r",\s(?=[^,.]{3,80},\s\d{1,4}(?:/\d+|\s?\(\d+\))?,\s(?:1[5-9]|20)\d\d)")
_URL = re.compile(r"(?:URL:?\s*)?(?:https?://|www\.)\S+", re.I)
_MEDIUM = re.compile(r"\s?\[(?:Электронный ресурс|Электрондық ресурс|Текст|Мәтін|Text|Electronic resource"
                    r"|Электронная версия|Видеозапись|Аудиозапись)\](?:\s?\.(?=\s[–-]))?", re.I)
#: "(дата обращения: 15.03.2019)", "Режим доступа:": notes of a web resource, not part of any field
_WEB_NOTE = re.compile(r"\(\s?(?:дата обращения|дата доступа|қаралған күні|accessed|viewed)[^)]*\)\.?"
                       r"|(?:Режим доступа|Қолжетімділік режимі|Available at)\s?:?", re.I)
#: the marker of the part of a whole: "В кн.:", "В сб.:", "Жинақта:", "В:", "In:"
_IN_WORDS = r"(?:В кн\.|В сб\.|В журн\.|В газ\.|В|Ин|In|Жинақта|Жинағында|Кітапта|Кітабында)"
_IN_MARK = re.compile(rf"^{_IN_WORDS}\s?:\s*|^В (?:кн|сб)\.\s*|^In\s(?=[A-Z])")
#: a part marker inside the title area of an entry without " // "
_IN_AREA = re.compile(rf"(?:\.|,|\s[–/])\s(?={_IN_WORDS}\s?:\s?\S|В (?:кн|сб)\.\s)")
#: an edition statement that ends a title: "(2-е изд., допол.)", "2-е изд., перераб. и доп."
_EDITION = re.compile(r"\s?\((?:\d+-?[еи]\s)?(?:изд|испр|доп|перераб|бас)[^()]*\)"
                      r"|[.,]\s(?:\d+-?(?:е|ші|шы|ое|ье)\s)?(?:изд|басылым)\w*\.?(?:,?\s(?:испр|доп|перераб|стер|толықт)"
                      r"[^.]*\.?)*(?:\s(?:и|және)\s(?:испр|доп|перераб)\w*\.?)?\s*$", re.I)
#: words of a collection or series named as a container without " // "
_COLLECTION = re.compile(r"(?<!\w)(?:сб\.|сборник|жинақ|труды|материалы|записки|известия|вестник|хабаршы"
                         r"|ежегодник|альманах|чтения|оқулары|proceedings|transactions)", re.I)
_NUMBER = re.compile(r"^\s*(?P<n>\d{1,3})\s?[.)](?!\d)\s*")
_ABBR = {"им", "г", "гг", "в", "вв", "т", "тт", "с", "см", "изд", "ред", "под", "сост", "пер", "др",
         "ул", "обл", "р", "ун", "св", "проф", "акад", "кн", "вып", "ч", "доп", "испр", "перераб",
         "стер", "etc", "al", "pp", "vol", "ed", "eds", "et", "no", "нач", "кон", "гл", "рис", "табл"}

_MONTH_KEYS = sorted({fold(k): v for k, v in MONTHS.items()}.items(), key=lambda kv: -len(kv[0]))
_DATE = re.compile(r"(?<!\d)(?P<d>\d{1,2})\s?(?P<m>" + "|".join(re.escape(k) for k, _ in _MONTH_KEYS) + r")[а-я]*")
_DATE_NUM = re.compile(r"(?<![\d.])(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>(?:19|20)\d\d)(?!\d)")


# -- small helpers -----------------------------------------------------------

def _clean(text: str) -> str:
    t = unicodedata.normalize("NFC", text)
    t = re.sub(r"[\u00a0\u2009\u202f\u2007\t\r\n\x0b\x0c]", " ", t)
    t = re.sub(r"[\u2010\u2011]", "-", t)
    t = re.sub(r"[\u2012\u2013\u2014\u2015\u2212]", "–", t)
    t = re.sub(r"(?<=\s)-(?=\s)", "–", t)  # a hyphen between spaces is a dash
    t = re.sub(r"\.\s*[–-]\s*(?=[^\s–-])", ". – ", t)  # ".- " / ". -" / ".–" : area separator
    return re.sub(r" {2,}", " ", t).strip()


def _strip(s: str | None) -> str | None:
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


def _place(s: str) -> str | None:
    """A place as written; an abbreviation keeps its dot ("М.", "СПб.")."""
    s = s.strip(" ,:;–")
    last = re.search(r"(\w+)\.$", s)
    if last and len(last.group(1)) > 3:
        s = s[:-1]
    return s or None


def _outside_quotes(s: str, ch: str) -> int:
    """Index of the first ``ch`` outside «», “”, „“ and "" quotes, or -1."""
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


def _initials(inits: str) -> str:
    return " ".join(p + "." for p in inits.replace(" ", "").split(".") if p)


def _segments(s: str) -> list[tuple[int, int]]:
    """Spans of the sentence-like segments of ``s``: split at ". " before a
    capital, digit, quote or bracket, but not after an initial or a common
    abbreviation."""
    out, start = [], 0
    for m in re.finditer(rf"\.\s+(?=[{_UP}\d«\"„“(\[№])", s):
        k = m.start()
        while k > 0 and s[k - 1].isalpha():
            k -= 1
        prev = s[k:m.start()]
        if prev.casefold() in _ABBR or (len(prev) == 1 and prev.isupper()):
            # "в 1998 г. Казань, 1999": an abbreviation before the imprint still ends the title
            if not re.match(rf"{_PLACE}(?:,\s?(?:1[5-9]|20)\d\d|\s?:\s)", s[m.end():]):
                continue
        out.append((start, m.start()))
        start = m.end()
    out.append((start, len(s)))
    return [(a, b) for a, b in out if s[a:b].strip()]


# -- authors -----------------------------------------------------------------

def _one_author(s: str, pos: int, first: bool) -> tuple[int, str, str] | None:
    """(end, canonical name, form) of an author written at ``pos``."""
    m = _AUTH_A.match(s, pos)
    if m:
        return m.end(), f"{m['s']}, {_initials(m['i'])}", "A"
    m = _AUTH_B.match(s, pos)
    if m:
        name = f"{m['s']}, {m['f'][0]}." + (f" {_initials(m['i'])}" if m["i"] else "")
        return m.end(), name, "B"
    m = _AUTH_C.match(s, pos) or (_AUTH_C_DOT.match(s, pos) if first else None)
    if m and first:
        return m.end(), f"{m['s']}, {_initials(m['i'])}", "C"
    return None


def take_authors(s: str) -> tuple[list[str], str, str]:
    """The authors written at the start of an entry: (canonical names, the
    span as written, the rest of the entry)."""
    found = _one_author(s, 0, True)
    names: list[str] = []
    end = 0
    if found:
        end, name, form = found
        names.append(name)
        while len(names) < 12:
            sep = _AUTH_SEP.match(s, end)
            if not sep:
                break
            nxt = _one_author(s, sep.end(), False)
            m = _AUTH_D.match(s, sep.end()) if nxt is None else None
            # "Декова, Росица и Петя Несторова." / "Panaitescu, P. P., Gabriel Ștrempel. 2003."
            follow = (r"[.,]\s" if sep.group(0).strip() in ("и", "and", "&") else r"\.\s" if form == "B"
                      else r"\.\s\(?(?:1[5-9]|20)\d\d" if sep.group(0).startswith(",") else None)
            if m and follow and re.match(follow, s[m.end():m.end() + 7]):
                nxt = (m.end(), f"{m['s']}, {m['f'][0]}.", "D")
            if nxt is None:
                break
            end, name, _ = nxt
            names.append(name)
    else:
        # "Firstname Surname, Firstname Surname. 2010." : only before a year
        m = _AUTH_D_LIST.match(s)
        if m:
            end = m.end("a")
            for part in m["a"].split(","):
                d = _AUTH_D.match(part.strip())
                if d:
                    names.append(f"{d['s']}, {d['f'][0]}.")
    raw = s[:end].strip(" ,;")
    return names, raw, s[end:]


def authors_from_responsibility(resp: str | None) -> list[str]:
    """People named in the first part of a statement of responsibility
    ("И. И. Иванов, П. Петров ; под ред. ..."), unless it names editors,
    compilers or translators."""
    resp = resp.split(";")[0] if resp else resp
    if not resp or _ROLE.search(resp):
        return []
    out = []
    for part in filter(None, (p.strip(" .") for p in re.split(r"[,;]\s*", resp))):
        m = (re.fullmatch(rf"(?P<i>{_INITS})\s?(?P<s>{_SURNAME})", part)
             or re.fullmatch(rf"(?P<s>{_SURNAME}),?\s(?P<i>{_INITS})", part + "."))
        d = _AUTH_D.fullmatch(part)
        if not (m or d):
            return []
        out.append(f"{m['s']}, {_initials(m['i'])}" if m else f"{d['s']}, {d['f'][0]}.")
    return out


# -- dates, language, sources ------------------------------------------------

def parse_date(text: str, year: int | None) -> str | None:
    """ISO date of "5 қаңтар", "12 января" (with ``year``) or "05.01.2018"."""
    m, n = _DATE_NUM.search(text), _DATE.search(fold(text))
    try:
        if m:
            return _dt.date(int(m["y"]), int(m["m"]), int(m["d"])).isoformat()
        if n and year:
            return _dt.date(year, dict(_MONTH_KEYS)[n["m"]], int(n["d"])).isoformat()
    except ValueError:  # "31 ақпан"
        pass
    return None


def detect_language(title: str | None, subtitle: str | None, rest: str) -> str | None:
    """'kk' or 'ru' for an entry written in Cyrillic, from its title area
    (quotations left out when enough is left: at least one word in five with
    a Kazakh letter is Kazakh) and, for a title too short to tell, from a
    Kazakh page mark ("б.", "бет") with a Kazakh month; None for others."""
    area = " ".join(x for x in (title, subtitle) if x)
    if not CYRILLIC_RE.search(area + rest):
        return None
    outside = re.sub(r"«[^»]*»|“[^”]*”|„[^“”]*[“”]|\"[^\"]*\"", " ", area)
    for text in (outside, area):
        lang = text_language(text, threshold=0.2, min_words=3, min_letters=2, otherwise="ru")
        if lang:
            return lang
    if has_kazakh_letter(area.casefold()):
        return "kk"
    # a title too short to tell: Kazakh page marks with a Kazakh month
    low = rest.casefold()
    kk_month = re.search(r"\d\s?(?:" + "|".join(MONTHS_KK) + ")", low)
    return "kk" if kk_month and re.search(r"\d\s?(?:бет|б\.|б$)", low) else "ru"


@functools.lru_cache(maxsize=1)
def _sources() -> tuple[list[str], list[str]]:
    data = json.loads(resources.files("esep.schemas").joinpath("sources.json").read_text(encoding="utf-8"))
    keys, ids = [], []
    for e in data["entries"]:
        for n in e["names"]:
            k = _source_key(n)
            if k and k not in keys:
                keys.append(k)
                ids.append(e["id"])
    return keys, ids


def _source_key(name: str) -> str:
    return " ".join(re.findall(r"\w+", fold(name)))


def match_source(name: str | None) -> tuple[str | None, float]:
    """(id, score 0..100) of the periodical ``name`` names, or (None, best
    score) when no vocabulary entry scores at least SOURCE_THRESHOLD."""
    if not name:
        return None, 0.0
    key = _source_key(name)
    keys, ids = _sources()
    if not key:
        return None, 0.0
    if key in keys:
        return ids[keys.index(key)], 100.0
    found = process.extractOne(key, keys, scorer=lambda a, b, **kw: max(fuzz.ratio(a, b), fuzz.token_sort_ratio(a, b)))
    if not found:
        return None, 0.0
    _, score, i = found
    return (ids[i] if score >= SOURCE_THRESHOLD else None), float(score)


# -- the parser --------------------------------------------------------------

_KEYS = ("number", "authors_raw", "title", "subtitle", "responsibility", "source", "source_id", "year",
         "date", "issue", "volume", "pages", "place", "publisher", "url", "language")


def _empty(raw: str) -> dict[str, Any]:
    return {**dict.fromkeys(_KEYS), "raw": raw, "kind": "other", "authors": [], "confidence": 0.0}


def parse_citation(text: str) -> dict[str, Any]:
    """Read one bibliographic entry into its fields and a confidence (0..1).

    Never raises: text that is not an entry gives empty fields and a low
    confidence."""
    raw = text if isinstance(text, str) else ""
    try:
        return _parse(raw)
    except Exception:  # noqa: BLE001 - a parser of arbitrary text must not fail
        log.warning("could not parse citation %r", raw[:80], exc_info=True)
        return _empty(raw)


def _parse(raw: str) -> dict[str, Any]:
    out = _empty(raw)
    s = _clean(raw[:MAX_CHARS])
    m = _NUMBER.match(s)
    if m and not _YEAR.match(s):
        out["number"] = int(m["n"])
        s = s[m.end():]
    m = re.match(rf"(?P<y>(?:1[5-9]|20)\d\d)\s(?=[{_UP}])", s)
    if m:  # "1999 Житија. – В: ...": the year before an entry without author
        out["year"], s = int(m["y"]), s[m.end():]
    urls = _URL.findall(s)
    if urls:
        out["url"] = re.sub(r"^URL:?\s*", "", urls[0]).rstrip(".;,")
        s = _URL.sub(" ", s)
    s = _WEB_NOTE.sub(" ", s)
    s = re.sub(r" {2,}", " ", _MEDIUM.sub("", s)).strip(" ;")
    s = re.sub(r"\s\.(?=\s[–-]|$)", ".", s)
    if not s:
        return out

    authors, authors_raw, rest = take_authors(s)
    rest = rest.lstrip(" .,")
    apa = False
    if authors:
        m = _APA_YEAR.match(rest)
        if m:
            out["year"], apa = int(m["y"]), True
            rest = rest[m.end():]
    out["authors"], out["authors_raw"] = authors, authors_raw or None

    container_expected = False
    if "//" not in rest:
        m = _IN_AREA.search(rest)
        if m:  # "Title. В сб.: Collection. – Place, 2014. – С. 5-8": the same as " // "
            mark = _IN_MARK.match(rest, m.end())
            rest = f"{rest[:m.start()]} // {rest[mark.end() if mark else m.end():]}"
    if "//" in rest:
        i = rest.index("//")
        area, tail = rest[:i], rest[i + 2:]
        container_expected = True
    else:
        m = _AREA.search(rest)
        if m:
            area, tail = rest[:m.start()], rest[m.end():]
        else:
            area, tail = _split_unstructured(rest, apa)

    # title area: title : subtitle / responsibility
    sl = re.search(r"\s/\s?|\s?/\s|(?<=[^\W\d])/(?=[^\W\d/])", area)
    if sl:
        out["responsibility"] = _strip(area[sl.end():])
        area = area[:sl.start()]
    m = re.search(r"[.,]\s(?:Т|T|Том|Vol|Ч|Кн|Вып)\.?\s?(?P<v>[IVXLCХ\d]+(?:[–-][IVXLCХ\d]+)?)\.?\s*(?=:|$)", area)
    if m:  # "Анализ ... управления. Т. 3 / Под ред. ...", "Шығармалар. Т. 1 : Өлеңдер"
        out["volume"], area = m["v"], area[:m.start()] + area[m.end():]
    area = _EDITION.sub("", area)  # "Библиотечное обслуживание (2-е изд., допол.)"
    if not container_expected and tail.strip():
        area, tail, container_expected = _container_in_area(area, tail.strip(), out)
    m = re.search(r",\s?\[?(?P<y>(?:1[5-9]|20)\d\d)\]?\.?\s*$", area)
    if m and out["year"] is None and not tail.strip():
        out["year"], area = int(m["y"]), area[:m.start()]
    m = re.search(r"\s\((?P<y>(?:1[5-9]|20)\d\d)\)\.\s", area)
    if m and out["year"] is None:  # "Линейные системы (2005). Нелинейные системы (2006)": parts by year
        out["year"], area = int(m["y"]), area[:m.start()]
    colon = _outside_quotes(area, ":")
    if colon > 0:
        out["title"], out["subtitle"] = _strip(area[:colon]), _strip(area[colon + 1:])
    else:
        out["title"] = _strip(area)
    named = authors_from_responsibility(out["responsibility"])
    if not out["authors"]:
        out["authors"] = named
        if out["authors"]:
            out["authors_raw"] = out["responsibility"]
    elif len(named) > len(out["authors"]) and fold(named[0]) == fold(out["authors"][0]):
        # GOST heads the entry with the first author; the responsibility names them all
        out["authors"] = named

    if (not out["authors"] and not out["subtitle"] and not container_expected
            and re.match(r"(?:1[5-9]|20)\d\d\.\s\d{1,4}\s?\(\d+\)", tail.strip())):
        # "Экономическая социология. 2007. 8 (5): 55-73": an issue of a journal
        tail, out["title"] = f"{out['title']}. {tail.strip()}", None
        container_expected = True
    _parse_tail(tail.strip(), out, container_expected)
    out["language"] = detect_language(out["title"], out["subtitle"], s) or _latin_kazakh(out["title"], s)
    if out["source"]:
        out["source_id"] = match_source(out["source"])[0]
    out["kind"] = ("article" if out["source"] else
                   "book" if (out["place"] or out["publisher"] or (out["pages"] and out["year"])) else "other")
    out["confidence"] = _confidence(out)
    return out


# -- Kazakh in Latin letters (the 2017, 2018 and 2021 alphabets) ------------------

_LATIN_KK_MONTHS = [(re.compile(p, re.I), n) for p, n in (
    (r"qa(?:n'?|ń|ñ)tar", 1), (r"aqpan", 2), (r"na(?:u|ý)ryz", 3), (r"s(?:a'?|á|ä)(?:u|ý)(?:i'?|ı)r", 4),
    (r"mamyr", 5), (r"ma(?:u|ý)sym", 6), (r"(?:sh|ş|s')(?:i'?|ı)lde", 7), (r"tamyz", 8),
    (r"qyrk(?:u'?|ú|ü)(?:i'?|ı)e?k", 9), (r"qazan", 10), (r"qara(?:sh|ş|s')a", 11), (r"jeltoqsan", 12))]
_LATIN_KK_LETTERS = set("áǵńóúýıäğñöüş")


def _latin_date(text: str, year: int | None) -> str | None:
    """ISO date of a day and a Kazakh month in Latin letters ("6 sáýir")."""
    if not year:
        return None
    for m in re.finditer(r"(?<!\d)(?P<d>\d{1,2})\s?(?P<m>[a-z'áǵńóúýıäğñöüş]{4,})", text, re.I):
        for pat, month in _LATIN_KK_MONTHS:
            if pat.match(m["m"]):
                try:
                    return _dt.date(year, month, int(m["d"])).isoformat()
                except ValueError:
                    return None
    return None


_ABBR_MONTHS = {"янв": 1, "фев": 2, "февр": 2, "мар": 3, "апр": 4, "июн": 6, "июл": 7, "авг": 8, "сен": 9,
                "сент": 9, "окт": 10, "ноя": 11, "нояб": 11, "дек": 12}


def _abbr_date(text: str, year: int | None) -> str | None:
    """ISO date of a day and an abbreviated Russian month ("20 апр.", "3 нояб.")."""
    m = re.search(r"(?<!\d)(?P<d>\d{1,2})\s?(?P<m>[а-я]{3,4})\.", text)
    if not (m and year and m["m"] in _ABBR_MONTHS):
        return None
    try:
        return _dt.date(year, _ABBR_MONTHS[m["m"]], int(m["d"])).isoformat()
    except ValueError:
        return None


def _latin_kazakh(title: str | None, text: str) -> str | None:
    """'kk' for an entry in Kazakh Latin letters: a word in five of its
    title (or of the entry) with a letter of the Kazakh Latin alphabets, or a
    Kazakh page mark ("4 b.", "bet") after a Kazakh month; else None."""
    for area in (title or "", text):
        words = re.findall(r"[a-záǵńóúýıäğñöüş]{2,}", area.casefold())
        if len(words) >= 3:
            return "kk" if sum(1 for w in words if set(w) & _LATIN_KK_LETTERS) * 5 >= len(words) else None
    if re.search(r"\d\s?(?:b\.|bet\b)", text) and _latin_date(text, 2000):
        return "kk"
    return None


def _container_in_area(area: str, tail: str, out: dict[str, Any]) -> tuple[str, str, bool]:
    """A container named without " // " as the last sentence of the title
    area: a periodical of the vocabulary, a collection or series
    ("Башкирский краеведческий сборник. Уфа, 1926. № 1. С. 5-17"), or a
    newspaper followed by its date or issue ("Вечерний Балхаш. – 2017. –
    12 мая")."""
    segs = _segments(area)
    if len(segs) < 2 or out["responsibility"]:
        return area, tail, False
    a, b = segs[-1]
    last = area[a:b]
    dated = re.match(rf"\[?(?:1[5-9]|20)\d\d\]?\.?\s?(?:–\s)?(?:\d{{1,2}}\s?{_LET}{{3,}}|№|N\s?\d)", tail)
    part = re.search(r"№\s?\d|(?<!\w)[СсCБб]\.\s?\d+\s?[–-]\s?\d+|\d+\s?[–-]\s?\d+\s?(?:б|бет)\b", tail)
    if (match_source(last)[0] or dated or (_COLLECTION.search(last) and part)) and len(last) > 3 \
            and not re.match(r"\d", last):
        return area[:segs[-2][1]], f"{last}. {tail}", True
    return area, tail, False


def _is_day_month(text: str) -> bool:
    """True for a text that is a day and a month ("1 февраля", "5 қаңтар")."""
    m = _DATE.match(fold(text.strip()))
    return bool(m) and not re.search(r"\w", fold(text.strip())[m.end():])


def _split_unstructured(rest: str, apa: bool) -> tuple[str, str]:
    """Title area and publication part of an entry with neither " // " nor
    ". – ": the first segment (after the first) that starts the imprint or
    a journal ends the title."""
    m = _IN_MID.search(rest) or _JOURNAL_COMMA.search(rest)
    if m:
        return rest[:m.start()], ("В: " if _IN_MID.match(m.group(0)) else "") + rest[m.end():]
    segs = _segments(rest)
    for k in range(1, len(segs)):
        a, b = segs[k]
        seg = rest[a:b]
        nxt = rest[segs[k + 1][0]:segs[k + 1][1]] if k + 1 < len(segs) else ""
        if (_PLACE_PUB.match(seg) or (not apa and _PLACE_YEAR.match(seg)) or _IN_MARK.match(seg)
                or re.match(r"\(?(?:1[5-9]|20)\d\d[a-zа-я]?\b", seg)
                or re.match(r"(?:Т|T|Том|Vol|Вып|Ч|Кн|С|C|P|pp|№|N)\.?\s?\d", seg) or re.search(r"№\s?\d{5,}", seg)
                or re.search(r"[^\W\d_],?\s\d+\s?\(\d+\)|,\s\d{1,4}[,.]?\s(?:1[5-9]|20)\d\d", seg)
                or re.match(r"\d+(?:\s?\(\d+\))?:\s?\d|\d+\s?\(\d+\)", nxt)
                or (re.search(r"\s\d{1,3}$", seg) and re.match(r"\d+\s?[–-]\s?\d+\.?$", nxt))
                # "Газета «Северный Казахстан», 2019, 28 марта": a periodical, its year and date
                or re.match(r"(?:Газета|Газ\.|Журнал|Журн\.|газеті|журналы)\s?[«\"]", seg)
                or re.fullmatch(rf"[^,.]{{3,80}},\s(?:1[5-9]|20)\d\d,\s\d{{1,2}}\s{_LET}{{3,}}.*", seg)
                # "Библиотека, 8, 14–20.": a journal, its volume and pages
                or re.fullmatch(r"[^,.]{3,80},\s\d{1,4}(?:\s?\(\d+\))?,\s\d+\s?[–-]\s?\d+\.?", seg)
                # "Бизнес. 16. 1 февраля.": a newspaper, its issue and date
                or (re.fullmatch(r"\d{1,4}", nxt) and k + 2 < len(segs) and _is_day_month(rest[segs[k + 2][0]:]))
                or _is_day_month(nxt)):
            return rest[:a], rest[a:]
    return rest, ""


def _parse_tail(tail: str, out: dict[str, Any], container_expected: bool) -> None:
    rest = tail
    m = _IN_MARK.match(rest)
    if m:
        rest, container_expected = rest[m.end():], True
    elif not container_expected and rest and not (
            _PLACE_PUB.match(rest) or _PLACE_YEAR.match(rest) or re.match(r"[\d(\[№]", rest)
            or re.match(r"(?:Т|T|Том|Vol|Вып|Ч|Кн|С|C|P|pp|N)\.?\s?\d", rest)):
        # a journal named before its volume: "Литературна мисъл, 20 (4). 148 – 151"
        end = _CONTAINER_END.search(rest)
        if end and re.match(r"[,\s]*\d|\.\s\d", rest[end.start():]):
            container_expected = True
        elif end and re.match(r"\.\s–\s", rest[end.start():]) and (
                match_source(rest[:end.start()])[0]
                or re.match(rf"\.\s–\s(?:1[5-9]|20)\d\d\.\s–\s(?:\d{{1,2}}\s?{_LET}{{3,}}|№)", rest[end.start():])):
            # "Title. – Балқаш өңірі. – 2018. – 15 ақпан. – 6 б.": a newspaper between area separators
            container_expected = True
    if container_expected:
        end = _CONTAINER_END.search(rest)
        container = rest[:end.start()] if end else rest
        rest = rest[end.end():] if end else ""
        container = _EDITOR.sub("", container)
        container = re.sub(r"^(?:Газета|Газ\.|Журнал|Журн\.)\s?(?=[«\"])", "", container)
        colon = _outside_quotes(container, ":")
        if colon > 2 and container[colon - 1] == " ":  # "Библиотека и общество : сб. статей"
            container = container[:colon]
        m = re.search(rf",\s(?P<place>{_PLACE}),\s(?P<pub>[^,]{{3,60}})$", container)
        if m and re.match(r"\s*(?:1[5-9]|20)\d\d", rest) and not out["place"]:
            # "Dimensionen des Rechts, Berlin, Duncker & Humblot, 1974": an imprint with commas
            out["place"], out["publisher"] = _place(m["place"]), _strip(m["pub"])
            container = container[:m.start()]
        m = re.match(rf"\s*(?P<p>[{_UP}]{_LET}+)\.\s(?=(?:1[5-9]|20)\d\d)", rest)
        if m:  # "// Treatise on geophysics. Elsevier. 2009."
            out["publisher"] = m["p"]
        vm = re.search(r"\s(\d{1,3})\.?$", container)
        if vm:
            out["volume"] = vm.group(1)
            container = container[:vm.start()]
        out["source"] = _strip(container)

    year_m = None
    for y in _YEAR.finditer(rest):
        before = rest[max(0, y.start() - 2):y.start()]
        if "№" in before or re.search(r"[–-]\s?$", before):
            continue
        year_m = y
        break
    if year_m and out["year"] is None:
        out["year"] = int(year_m["y"])
    out["date"] = parse_date(rest, out["year"]) or _latin_date(rest, out["year"]) or _abbr_date(rest, out["year"])

    m = _ISSUE.search(rest)
    if m:
        out["issue"] = re.sub(r"\s", "", m["n"] or m["m"]).replace("–", "-")
    m = _VOLUME.search(rest)
    if m:
        kind = rest[m.start():m.start() + 3]
        if kind.startswith("Вып") and out["issue"] is None and re.search(r"(?<![\w])(?:Т|T|Том|Vol)\.", rest):
            out["issue"] = m["v"]
            m = re.search(r"(?<![\w])(?:Т|T|Том|Vol)\.?\s?(?P<v>[IVXLCХ\d]+)", rest)
        if m:
            out["volume"] = m["v"].replace(" ", "").replace("–", "-")
    m = re.search(r"(?<![\w-])(?P<v>\d{1,2})\s?-\s?(?:кітап|том|бөлім|шығарылым|бөлік)", rest, re.I)
    if m and out["volume"] is None:  # "1-кітап", "2-том": the Kazakh ordinal before the word
        out["volume"] = m["v"]
    if out["volume"] is None and out["source"]:
        stripped = re.sub(r"^[,\s]*(?:(?:1[5-9]|20)\d\d[.,]\s)?", "", rest)
        m = _VOL_ISSUE.match(stripped)
        if m and not (1500 <= int(m["v"]) <= 2099) and not (_DATE.match(fold(stripped)) or _abbr_date(stripped, 2000)):
            out["volume"] = m["v"]
            if m["i"] or m["j"]:
                out["issue"] = out["issue"] or (m["i"] or m["j"]).strip()

    m = (_PAGES_MARK.search(rest) or _PAGES_COUNT.search(rest)
         or (out["source"] and re.match(r"\s*(?P<p>\d+\s?[–-]\s?\d+)(?=[.,;]|$)", rest)))
    if not m:  # APA: "... 10 (1): 13-36." / "Балканско езикознание, 1, 2011, 7 – 17"
        m = _PAGES_APA.search(rest)
        used = [(x.start(), x.end()) for x in (*_VOLUME.finditer(rest), *_ISSUE.finditer(rest))]
        if m and (any(a <= m.start("p") < b for a, b in used) or re.fullmatch(r"(?:1[5-9]|20)\d\d", m["p"])
                  or _year_range(m["p"])
                  or m["p"] == out["issue"] or not (out["source"] or rest[:m.start()].strip())):
            m = None
    if m:
        out["pages"] = re.sub(r"\s", "", m["p"]).replace("–", "-")

    m = _PLACE_PUB.search(rest)
    if m:
        out["place"] = _place(m["place"])
        after = rest[m.end():]
        e = _PUB_END.search(after)
        out["publisher"] = _strip(after[:e.start()] if e else after)
    else:
        m = _PLACE_YEAR.search(rest)
        if m:
            out["place"] = _place(m["place"])


def _year_range(text: str) -> bool:
    """True for "1935–1958": the years of a publication in several volumes, not pages."""
    m = re.fullmatch(r"((?:1[5-9]|20)\d\d)\s?[–-]\s?((?:1[5-9]|20)\d\d)", text)
    return bool(m) and 0 < int(m[2]) - int(m[1]) <= 100


def _confidence(out: dict[str, Any]) -> float:
    c = 0.2 + 0.2 * bool(out["title"]) + 0.15 * bool(out["authors"] or out["responsibility"])
    c += 0.15 * bool(out["year"]) + 0.1 * bool(out["pages"])
    if out["kind"] == "article":
        c += 0.2 if out["source_id"] else 0.05
    elif out["kind"] == "book":
        c += 0.2 if (out["place"] and out["publisher"]) else 0.1
    return round(min(c, 1.0), 3)


# -- finding entries in a document ------------------------------------------

def citation_score(text: str) -> int:
    """How much ``text`` looks like a bibliographic entry (0 = not at all)."""
    s = _clean(text)
    score = 0
    if re.search(r"(?<!:)//", s):
        score += 3
    if re.search(rf"\.\s–\s(?:\[?(?:1[5-9]|20)\d\d|{_PLACE}\s?[:,])", s):
        score += 2
    if _YEAR.search(s):
        score += 1
    if _PAGES_MARK.search(s) or _PAGES_COUNT.search(s):
        score += 1
    if take_authors(_NUMBER.sub("", s, count=1))[0]:
        score += 1
    if re.search(rf"{_PLACE}\s?:\s?[^,:]{{2,80}},\s?(?:1[5-9]|20)\d\d", s):
        score += 1
    return score


def _lead_int(number: str | None) -> int | None:
    m = re.match(r"\d+", number or "")
    return int(m.group(0)) if m else None


# an entry ends with its pages, a year or a link; a line that goes on one
# starts in lower case, with "/", "//", "№", a dash, "2018. –" or "12 января (№"
_COMPLETE = re.compile(r"(?:[СсCcPp]\.\s?\d+(?:\s?[–-]\s?\d+)?|\d+\s?(?:бет|бб?|[сc]|стр|p)\.?"
                       r"|(?:1[5-9]|20)\d\d|\S+://\S+)\s*\.?\s*$")
_CONTINUES = re.compile(rf"^(?:[a-z{LOWER}(/№]|[–-]\s|\d{{4}}\.\s?[–-]|\d{{1,2}}\s?[^\W\d_]+\s?\(№"
                        rf"|{_INITS}\s?{_SURNAME}\s?//)")


# an entry cut in the middle of a word, after a separator, or in its container
_DANGLING = re.compile(rf"(?:/|–|-|:|,|[a-z{LOWER}])\s*$|//(?:(?!(?:1[5-9]|20)\d\d).)*$")


def _entries(document: Document) -> list[dict[str, Any]]:
    """Candidate entries in reading order: numbered list items, paragraphs
    that look like entries, and, right after an entry, a paragraph that
    starts with an author.  Lines that continue an entry cut short (a PDF or
    OCR line break) are joined to it."""
    out: list[dict[str, Any]] = []
    cur: dict[str, Any] | None = None  # the entry the previous block belonged to
    for b in document.blocks:
        text = b.text.strip()
        if not text:
            continue
        so_far = " ".join(x.text for x in cur["blocks"]) if cur else ""
        if (cur is not None and b.kind == "paragraph" and len(text) < 400 and not _COMPLETE.search(so_far)
                and not (_NUMBER.match(text) or _AUTH_A.match(text))
                and (_CONTINUES.match(text) or " // " in text or _DANGLING.search(so_far))):
            cur["blocks"].append(b)
            continue
        number, start = None, False
        if b.kind == "list_item":
            number, start = _lead_int(b.number), True
        elif len(text) < 1500:
            m = _NUMBER.match(text)
            score = citation_score(text)
            if m and score >= 4:
                number, start = int(m["n"]), True
            elif score >= 5 or (cur is not None and _AUTH_A.match(text)):
                start = True
        cur = {"number": number, "blocks": [b], "adjacent": cur is not None} if start else None
        if cur:
            out.append(cur)
    return out


def extract(document: Document, config: Config) -> list[Record]:
    """Records of table ``citations`` for the entries of ``document``."""
    records: list[Record] = []
    list_no, prev, last, unnumbered = 0, None, None, 0
    min_score = int(config.get("citations.min_score", 3)) if config else 3
    for entry in _entries(document):
        number, inferred = entry["number"], False
        if number is not None:
            if prev is None or number <= prev:
                list_no += 1
            prev = number
        elif entry["adjacent"] and last is not None and last[0] == list_no and list_no:
            number, inferred = last[1] + 1, True  # the number was lost (OCR): the next one
        blocks = entry["blocks"]
        text = "\n".join(b.text for b in blocks)
        if citation_score(text) < min_score:
            continue
        p = parse_citation(text)
        if not (p["title"] or p["source"]):
            continue
        if number is None:
            unnumbered += 1
        else:
            last = (list_no, number)
        values = {
            "list_no": list_no if number is not None else None,
            "seq": number if number is not None else unnumbered,
            "kind": p["kind"], "raw": text, "authors": json.dumps(p["authors"], ensure_ascii=False),
            **{k: p[k] for k in ("title", "subtitle", "responsibility", "source", "source_id", "year", "date",
                                 "issue", "volume", "pages", "place", "publisher", "url", "language")},
            "duplicate_of": None,
        }
        confidence = round(p["confidence"] * (0.9 if inferred or len(blocks) > 1 else 1.0), 3)
        records.append(Record(table="citations", values=values, evidence=text, confidence=confidence,
                              block=blocks[0].index, provenance=blocks[0].provenance, extractor="citations"))
    link_duplicates(records)
    return records


def _dup_key(values: dict[str, Any]) -> tuple[str, str]:
    authors = json.loads(values["authors"]) if isinstance(values["authors"], str) else values["authors"]
    who = " ".join(sorted(_source_key(a) for a in authors or []))
    what = _source_key(" ".join(x for x in (values.get("title"), values.get("subtitle")) if x))
    return who, what


def link_duplicates(records: list[Record]) -> None:
    """Set ``duplicate_of`` of entries that are the same article printed
    twice (same authors, near-identical title and subtitle) to the seq of
    the other printing (the first other one when there are more).
    Anonymous entries are not linked: short generic titles recur."""
    keys = [_dup_key(r.values) for r in records]
    for i, r in enumerate(records):
        for j, o in enumerate(records):
            if i == j or not keys[i][0] or not keys[i][1] or keys[i][0] != keys[j][0]:
                continue
            if fuzz.token_sort_ratio(keys[i][1], keys[j][1]) >= DUPLICATE_THRESHOLD and len(keys[i][1]) > 8:
                r.values["duplicate_of"] = o.values["seq"]
                break


# -- evaluation --------------------------------------------------------------

def _norm_value(field: str, v: Any) -> Any:
    if field == "authors":
        if isinstance(v, str):
            try:
                v = json.loads(v)
            except ValueError:
                v = [v]
        return tuple(" ".join(str(a).split()) for a in v or []) or None
    if v is None or v == "":
        return None
    return " ".join(str(v).split())


def prf(tp: int, fp: int, fn: int) -> dict[str, Any]:
    """Precision, recall and F1 from counts (1.0 when there is nothing to find)."""
    return scores(tp, tp + fp, tp + fn, lenient=True, ndigits=4, counts=True)


def compare(rows: list[dict[str, Any]], gold: list[dict[str, Any]], fields=FIELDS) -> dict[str, Any]:
    """Entry and per-field precision/recall/F1 of ``rows`` against ``gold``
    records, matched by (list_no, seq); values compared after whitespace
    normalization, authors as lists."""
    by_key = {(r.get("list_no"), r.get("seq")): r for r in rows}
    gold_keys = {(g.get("list_no"), g.get("seq")) for g in gold}
    tp = sum(1 for k in gold_keys if k in by_key)
    out = prf(tp, len(by_key) - tp, len(gold_keys) - tp)
    counts = {f: [0, 0, 0] for f in fields}
    notes = []
    pairs = [(by_key.get((g.get("list_no"), g.get("seq"))), g) for g in gold]
    pairs += [(r, None) for k, r in by_key.items() if k not in gold_keys]
    for row, g in pairs:
        for f in fields:
            pv = _norm_value(f, row.get(f)) if row else None
            gv = _norm_value(f, g.get(f)) if g else None
            c = counts[f]
            if pv == gv:
                c[0] += pv is not None
                continue
            if pv is not None:
                c[1] += 1
            if gv is not None:
                c[2] += 1
            if g and len(notes) < 20:
                notes.append(f"{g.get('list_no')}/{g.get('seq')} {f}: {pv!r} != {gv!r}")
    out["fields"] = {f: prf(*c) for f, c in counts.items()}
    core = [counts[f] for f in CORE_FIELDS if f in counts]
    out["field_f1"] = prf(*(sum(c[i] for c in core) for i in range(3)))["f1"]
    out["notes"] = notes
    return out


def score(conn, document_id: str, gold: dict[str, Any]) -> dict[str, Any]:
    """The evaluator registered as "citations"."""
    cur = conn.execute("select * from citations where document_id = ?", [document_id])
    cols = [d[0] for d in cur.description]
    rows = [dict(zip(cols, r)) for r in cur.fetchall()]
    return compare(rows, gold.get("records", []))


# -- hooks -------------------------------------------------------------------

migrations = Migrations("esep.citations")


@migrations()
def m001_citations(db) -> None:
    db.executescript(f"""
        CREATE TABLE citations (
            document_id TEXT NOT NULL REFERENCES documents(id),
            list_no INTEGER,            -- 1-based index of the numbered list in the document
            seq INTEGER NOT NULL,       -- the item number as written (or order of unnumbered entries)
            kind TEXT NOT NULL CHECK (kind IN ('article', 'book', 'other')),
            raw TEXT NOT NULL,
            authors TEXT NOT NULL DEFAULT '[]',   -- JSON list of "Surname, I."
            title TEXT,
            subtitle TEXT,
            responsibility TEXT,
            source TEXT,                -- the container as written
            source_id TEXT,             -- id in schemas/sources.json, NULL when not matched
            year INTEGER,
            date TEXT,                  -- ISO YYYY-MM-DD
            issue TEXT,
            volume TEXT,
            pages TEXT,
            place TEXT,
            publisher TEXT,
            url TEXT,
            language TEXT CHECK (language IN ('kk', 'ru')),
            duplicate_of INTEGER,       -- seq of the other printing of the same article
            {RECORD_COLUMNS_SQL}
        );
        CREATE INDEX citations_document ON citations(document_id, list_no, seq);
        CREATE INDEX citations_source ON citations(source_id);
    """)


@migrations()
def m002_citations_by_source_year(db) -> None:
    """Articles per newspaper per year.  An article listed by several
    reports (a half-year and the annual report) counts once; newspapers
    that matched no vocabulary entry appear under their name as written."""
    db.executescript("""
        CREATE INDEX citations_source_year ON citations(source_id, year);
        CREATE VIEW citations_by_source_year AS
        SELECT COALESCE(source_id, source) AS source_id, year, COUNT(*) AS count
        FROM (SELECT DISTINCT source_id, source, year, lower(title) AS title, date, issue
              FROM citations WHERE kind = 'article' AND COALESCE(source_id, source) IS NOT NULL)
        GROUP BY 1, 2;
    """)


@migrations()
def m003_articles_index(db) -> None:
    """A covering index for ``citations_by_source_year`` (the articles of a
    large archive are counted from the index, not the table)."""
    db.execute("CREATE INDEX citations_articles ON citations(kind, source_id, source, year, title, date, issue)")


@hookimpl
def register_migrations(register):
    register(migrations)


@hookimpl
def register_extractors(register):
    register(Extractor(name="citations", extract=extract, version="1", order=100, tables=("citations",)))


@hookimpl
def register_evaluators(register):
    register(Evaluator(name="citations", score=score,
                       description="bibliographic entries: entries by (list_no, seq), fields exact"))


@hookimpl
def prepare_worker(config):
    """The vocabulary of sources."""
    _sources()
