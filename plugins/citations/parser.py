"""parse_citation: one entry read by its areas (title area, container,
imprint, numbering) into fields and a confidence."""

from __future__ import annotations

import datetime as _dt
import logging
import re
from typing import Any

from esep.plugins.lang.alphabet import LOWER, UPPER
from esep.plugins.citations.patterns import (
    HEADING, ORG_RANK, SERIES_AREA, SERIES_PART, body_named,
    BARE_INITIAL, ET_AL, KK_EDITION, ORDINAL_WORD, LIST_MARK, ROLE_NOTE, COLLECTIVE, CONTENT_NOTE, CONTENT_THEN_CONTAINER, PLACE_PUB_COMMA, NUM_WORDS, VOL_WORDS, APA_YEAR, AREA, COLLECTION, CONTAINER_END, DATE, EDITION, EDITOR, IN_AREA, IN_MARK, IN_MID,
    DATE_NUM, INITS, ISSUE, JOURNAL_COMMA, KK_PART_WORDS, LET, MAX_CHARS, MEDIUM, NUMBER, PAGES_APA, PAGES_COUNT, PAGES_MARK, PLACE,
    PLACE_PUB, PLACE_YEAR, PUB_END, PUBLISHER_WORDS, PLACES, UP, URL, URL_THEN_ACCESS, VOLUME, VOL_ISSUE, WEB_NOTE, YEAR, abbr_date,
    authors_from_responsibility, clean_text, day_month_date, drop_end_notes, mend_text, detect_language, fold, latin_date, latin_kazakh,
    match_source, outside_quotes, parse_date, place_as_written, segments, strip_value, take_authors,
    SURNAME, STANDARD, ARCHIVE_HEAD, LANGUAGE_NOTE, ARCHIVE_SIGN, DOC_KIND, UNNAMED, RULER, act_name, ARCHIVE_NAME,
)

log = logging.getLogger(__name__)

# -- the parser --------------------------------------------------------------

KEYS = ("number", "authors_raw", "title", "subtitle", "responsibility", "source", "source_id", "year",
         "date", "issue", "volume", "pages", "place", "publisher", "url", "language")


def _empty(raw: str) -> dict[str, Any]:
    return {**dict.fromkeys(KEYS), "raw": raw, "kind": "other", "authors": [], "confidence": 0.0}


def parse_citation(text: str, container: str | None = None) -> dict[str, Any]:
    """Read one bibliographic entry into its fields and a confidence (0..1).

    ``container`` is the periodical a list names once, as the heading of the
    entries under it ("«Арқа ажары» газеті:"): an entry that names none is
    read as printed there.  Never raises: text that is not an entry gives
    empty fields and a low confidence."""
    raw = text if isinstance(text, str) else ""
    try:
        return _parse(raw, container)
    except Exception:  # noqa: BLE001 - a parser of arbitrary text must not fail
        log.warning("could not parse citation %r", raw[:80], exc_info=True)
        return _empty(raw)


#: a newspaper named first ("Егемен Қазақстан. – 2022. – 5 мамыр. – Б. 7."), then the author's heading and the
#: title ("– Ахметова А. Кітап – өмір серігі.")
_SOURCE_FIRST = re.compile(
    rf"^\s*(?P<src>[^–—/.]{{3,80}}?)\.?\s*[–—]\s*(?P<year>(?:19|20)\d\d)\.?\s*[–—]\s*(?P<mid>.+?)\.?\s*[–—]\s*"
    rf"(?P<auth>[{UP}][^\W\d_]{{1,30}},?\s+[{UP}]\.(?:\s?[{UP}]\.)?)\s+(?P<title>[{UP}«\"].{{2,}}?)\.?\s*$")

#: an article named after its newspaper and date, as reports list them outside GOST: "Газета «Знамя труда»,
#: 12.03.2022, статья «Неделя детской книги» (автор И. Петренко)"
PAPER_DATE_ARTICLE = re.compile(
    rf"^\s*(?:(?:газета|газеті|журнал)\s+)?«(?P<src>[^»]{{2,80}})»(?:\s+(?:газеті|газетасы|журналы))?,?\s*"
    rf"(?:№\s*(?P<no>\d{{1,5}})\s*[,–—]?\s*)?(?:от\s+)?(?P<d>\d{{1,2}})\.(?P<m>\d{{1,2}})\.(?P<y>(?:19|20)\d\d)"
    rf"(?:\s*г\.)?\s*[,–—:]?\s*(?:статья|мақала|материал)\s*[:–—]?\s*«(?P<title>[^»]{{2,300}})»"
    rf"\s*(?:\((?:автор|авт\.)\s*[:–—]?\s*(?P<ini>(?:[{UP}]\.\s?){{1,2}})\s?(?P<sur>[{UP}][^\W\d_]+)\))?\.?\s*$", re.I)


#: an article listed by its date first, as reports list the press outside GOST: "12.03.2024 – «Кітап – білім
#: бұлағы» // Арқа ажары, № 20, 4-бет", "17.03.2023 – Ковалева О. «Книжкина неделя» // Степной маяк, № 11, с. 6",
#: "12.03.2024, № 21 – «…» (авторы Г. Ахметова)"; after the quoted title only the container or nothing (a date, a
#: dash and a quoted name followed by words is an appearance on the radio, not an article)
_ONE_AUTHOR = rf"(?:{INITS}\s?{SURNAME}|{SURNAME},?\s{INITS})"
DATE_FIRST = re.compile(
    rf"^\s*(?P<d>\d{{1,2}})\.(?P<m>\d{{1,2}})\.(?P<y>(?:19|20)\d\d)(?:\s?(?:ж|г)\.)?(?:,?\s*№\s*(?P<no>\d{{1,5}}))?"
    rf"\s*[–—-]\s*(?:(?P<a1>{_ONE_AUTHOR})\.?,?\s*)?«(?P<title>[^«»]{{2,300}})»"
    rf"\s*(?:\((?:авторы?|авт\.)\s*[:–—]?\s*(?P<a2>{_ONE_AUTHOR})\))?\s*(?P<rest>//.*|[.,;]?)\s*$")


#: a post on a site or in a social network listed by its title in quotes and its address, the date it was posted in
#: brackets or not: "«Абай оқулары – 2023» – https://…", "«Неделя детской книги» (15.05.2023): https://…"
WEB_POST = re.compile(
    r"^\s*«(?P<title>[^«»]{2,300})»\s*(?:\((?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>(?:19|20)\d\d)\)\s*)?[–—:-]\s*"
    r"(?P<url>https?://\S+?)[.;]?\s*$")


def _web_post(m: re.Match[str], out: dict[str, Any]) -> dict[str, Any]:
    """The fields of a :data:`WEB_POST` entry: a web page (kind "other") with its title, address and date."""
    out["title"], out["url"] = m["title"].strip(), m["url"]
    if m["y"]:
        out["year"] = int(m["y"])
        try:
            out["date"] = _dt.date(int(m["y"]), int(m["m"]), int(m["d"])).isoformat()
        except ValueError:
            out["date"] = None
    out["language"] = detect_language(out["title"], None, out["title"])
    out["confidence"] = _confidence(out)
    return out


def _date_first(m: re.Match[str]) -> str:
    """The entry of a :data:`DATE_FIRST` match in GOST form: "Heading Title // Source. – DD.MM.YYYY, tail"."""
    author = m["a1"] or m["a2"] or ""
    a = re.fullmatch(rf"(?P<i>{INITS})\s?(?P<s>{SURNAME})", author)
    if a:  # "Ә. Қасымова": the heading puts the surname first
        author = f"{a['s']} {a['i']}"
    date = f"{m['d']}.{m['m']}.{m['y']}" + (f", № {m['no']}" if m["no"] else "")
    head = f"{author.rstrip('.')}. " if author else ""
    if not m["rest"].startswith("//"):
        return f"{head}{m['title']}. – {date}."
    src, _, tail = m["rest"][2:].strip().partition(",")
    return f"{head}{m['title']} // {src.strip().rstrip('.')}. – {date}" + (f", {tail.strip()}" if tail.strip() else ".")


def _parse(raw: str, container: str | None = None) -> dict[str, Any]:
    out = _empty(raw)
    s = mend_text(clean_text(drop_end_notes(raw[:MAX_CHARS])))
    # "Ертіс нұры, 2021 ж., 12 наурыз, № 10", "Наш Костанай. – 2022 г., 4 марта": the word "year" after a year that
    # a comma and the issue's date or number follow says nothing more than the year
    s = re.sub(rf"(?<=(?<!\d)(?:1[5-9]|20)\d\d)\s?(?:ж|г|жыл|год)\.?(?=,\s?(?:\d{{1,2}}\s?{LET}{{3,}}|№\s?\d|N\s?\d"
               rf"|\d{{1,2}}\.\d{{1,2}}\.))", "", s)
    m = LIST_MARK.match(s)
    if m:  # "[12] Иванов И. И. …", "• Иванов …", "– Иванов …": the marker of a list
        out["number"] = int(m["n"]) if m["n"] else None
        s = s[m.end():]
    m = LANGUAGE_NOTE.search(s)
    noted = None
    if m:  # "… (In Russ.)": the work's language, noted at the end of a transliterated or translated entry
        noted = "ru" if m["ru"] or m["ru2"] or m["ru3"] else "kk"
        s = f"{s[:m.start()]} {s[m.end():]}".strip()
    # "…, vol. 98, no 3, pp. 45–53": the number of an issue in a transliterated list, its full stop left out
    s = re.sub(r"(?<=,\s)no(?=\s\d)", "no.", s)
    m = NUMBER.match(s)
    if m and not YEAR.match(s):
        out["number"] = int(m["n"])
        s = s[m.end():]
    # "Ахметжанова Н Кітап оқу // …": the full stop of the only initial lost (also in a list typed with bare dashes
    # between its areas: "… Түркістан – 2022 – 7 шілде – 5 б")
    if "//" in s or AREA.search(s) or re.search(r"\s–\s(?:1[5-9]|20)\d\d\s–\s", s):
        s = BARE_INITIAL.sub(r"\g<s> \g<i>.", s)
    m = WEB_POST.match(s)
    if m:  # "«Абай оқулары – 2023» – https://…": a post listed by its title and address
        return _web_post(m, out)
    m = DATE_FIRST.match(s)
    if m:  # "12.03.2024 – «Кітап – білім бұлағы» // Арқа ажары, № 20": the article listed by its date first
        s = _date_first(m)
    if container and "//" not in s:  # the periodical the list names above its entries: before the first area
        area = re.search(r"\.\s[–—]\s", s)
        s = f"{s[:area.start()]} // {container}{s[area.start():]}" if area else f"{s.rstrip(' .;,')} // {container}."
    m = PAPER_DATE_ARTICLE.match(s) if "//" not in s else None
    if m:  # "Газета «Знамя труда», 12.03.2022, статья «…» (автор И. Петренко)": the article in its newspaper
        author = f"{m['sur']} {m['ini'].strip()} " if m["sur"] else ""
        issue = f" – № {m['no']}." if m["no"] else ""
        s = f"{author}{m['title']} // {m['src']}. – {m['y']}.{issue} – {m['d']}.{m['m']}.{m['y']}."
    m = _SOURCE_FIRST.match(s) if "//" not in s else None
    if m:  # "Егемен Қазақстан. – 2022. – 5 мамыр. – Б. 7. – Ахметова А. Кітап – өмір серігі.": the newspaper
        # named first, the author and title after its issue: read as the article in the newspaper it is
        s = f"{m['auth']} {m['title']} // {m['src']}. – {m['year']}. – {m['mid']}."
    m = re.match(rf"[{UP}][^\s,–—]{{1,40}}(?:\s(?:et\sal\.|и\sдр\.|[{UP}][^\s,–—]{{1,40}})"
                 rf"|\s?[–—]\s?[{UP}][^\s,–—]{{1,40}}|,?\s(?:и|&|and)\s[{UP}][^\s,–—]{{1,40}})?,?\s"
                 rf"(?P<y>(?:1[5-9]|20)\d\d)[a-zа-я]?\s[–—]\s(?=[{UP}])", s)
    if m:  # "Peshekhonov et al., 2016а – Peshekhonov V.G., …", "Иванов, 2010 – Иванов И. И. …": the key an
        # author-year text cites the entry by, before the entry itself; two authors' key joins their surnames by
        # a dash or "и" ("Полякова – Добрева 1998 —", "Петров–Исаев 1985 —")
        out["year"], s = int(m["y"]), s[m.end():]
    m = re.match(rf"(?P<y>(?:1[5-9]|20)\d\d)\s(?=[{UP}])", s)
    if m:  # "1999 Житија. – В: ...": the year before an entry without author
        out["year"], s = int(m["y"]), s[m.end():]
    m = re.search(r"(?<![:/])//\s?(?P<u>(?:https?://|www\.)[^\s/]+\S*?)(?=[.,;]?\s|[.,;]?$)", s)
    if m:  # "// www.lib.kz. – 2020. – 5 мамыр": a site is the container of what it published
        out["url"] = m["u"].rstrip(".,;")
        site = re.sub(r"^(?:https?://)?(?:www\.)?", "", out["url"]).split("/")[0]
        s = f"{s[:m.start('u')]}{site}{s[m.end('u'):]}"
    s = URL_THEN_ACCESS.sub(lambda m: m["url"], s)  # the note of access right after a link, in any words
    urls = URL.findall(s)
    if urls:
        out["url"] = re.sub(r"^URL:?\s*|\s.*$", "", urls[0]).rstrip(".;,")
        s = URL.sub(" ", s)
    s = WEB_NOTE.sub(" ", s)
    if "//" not in s and not AREA.search(s):
        # "Сидоров В. «Читающая семья» – Северный Казахстан, 2020, 15 мая, с. 3": a list typed without " // " nor
        # area separators; the newspaper after the last dash, followed by its year and the issue's date or number
        s = DASHED_CONTAINER.sub(" // ", s, count=1)
    if "//" not in s:
        # "Иванова Н. Читающая семья (Заря, 2019, 15 мая, № 20).", "Title. – (Ақ жол, 2019, 15 мамыр)": the newspaper
        # and its issue in brackets after the title, as press lists and Soviet indexes of newspaper articles write them
        s = PAREN_CONTAINER.sub(_paren_container, s, count=1)
    # a list typed without the full stop of its area separators ("Title – Газета – 2022 – 17 ақпан – 5 б."): a
    # dash in the title area may then separate the title from its newspaper
    bare_dashes = " – " in s and not re.search(r"\.\s–\s", s)
    s = MISSING_STOP.sub(_missing_stop, s)
    if "//" not in s:
        s = CONTENT_THEN_CONTAINER.sub(" // ", s, count=1)
    s = re.sub(r" {2,}", " ", CONTENT_NOTE.sub("", MEDIUM.sub(_drop_medium, s))).strip(" ;")
    s = re.sub(r"\s\.(?=\s[–-]|$)", ".", s)
    # the areas left empty by the notes taken out: "С. 5–9. – – Текст : электронный." -> "С. 5–9. – Текст …"
    s = re.sub(r"\.\s–(?:\s[.–])+\s", ". – ", s)
    s = re.sub(r"(?:\s?[.–])+$", ".", s) if re.search(r"\.\s?–\s?\.?$", s) else s
    s = re.sub(r" {2,}", " ", CONTENT_NOTE.sub("", s)).strip(" ;")
    m = ARCHIVE_HEAD.match(s)
    if m and ARCHIVE_NAME.search(m["a"]):  # "Архив ИА РАН. Р-1. № 2145. Жуков П.С. Отчет …": the document in the archive
        s = f"{s[m.end():].rstrip(' .')} // {m['a']}. {m['sig']}."
    archive = ARCHIVE_SIGN.search(s)
    if archive:  # "… // Гос. архив Павлодарской обл. Ф. 123. Оп. 1. Д. 45. Л. 1–20.": the place in the archive
        s = s[:archive.start()].rstrip(" .,–—") + "."
        stops = list(re.finditer(rf"(?<![\s.][{UP}])\.\s(?=[{UP}])", s[:-1]))
        if "//" not in s and stops and stops[-1].start() > 3:
            # "Отчет … за 1965 год. Государственный архив … Ф. 123 …": the " // " written as a full stop; the
            # sentence before the signature names the archive that keeps the document
            s = f"{s[:stops[-1].start()]} // {s[stops[-1].end():]}"
        elif "//" not in s and ARCHIVE_NAME.search(s):
            # "ГА Павлодарской обл. Ф. 12. Оп. 1. Д. 45.": the archive alone before the signature (a reference to
            # the file, no document named): it is the container, there is no title
            s = f"// {s}"
    if not s.strip(" ."):
        return out

    m = PATENT.match(s)
    patent = bool(m)
    if m:  # "Пат. 2187888 Российская Федерация, МПК H04B 1/38. Приемопередающее устройство / …": the designation
        s = s[m.end():]  # of a patent is not its title
    standard = STANDARD.match(s)
    # "ГОСТ 7.1–2003. Библиографическая запись …": the designation of a standard heads its entry; no person
    authors, authors_raw, rest = ([], standard["h"], s[standard.end():]) if standard else take_authors(s)
    m = None if authors or standard else HEADING.match(s)
    if m:  # "Российская Федерация. Законы. О библиотечном деле : …", "Уфимская губерния. Списки населенных
        # мест …": the heading of a territory (GOST 7.1, 7.80), followed by a form of act or by the title
        authors, authors_raw, rest = [m["h"]], m["h"], s[m.end():]
    m = None if authors or standard else COLLECTIVE.match(s)
    if (m and body_named(m["h"]) and ORG_RANK.search(m["h"]) and len(m["h"].split()) >= 2
            and not DOC_KIND.search(m["h"])):
        # an organisation as the heading: it is no part of the title, and no person (``authors`` lists people)
        authors_raw, rest = m["h"], s[m.end():]
    rest = rest.lstrip(" .,")
    if authors:  # "Радаев В. В. (ред.) 2008.", "Иванов И. И. [и др.]": the heading goes on
        # "Гартман Э. ф. Сущность …", "Гёте И. В. фон. Избранное": the particle of a surname after the initials
        m = re.match(rf"(?:{ROLE_NOTE}|{ET_AL}|(?:ф|фон|ван|де|дер|дю|ди|делла|von|van|de|der|du|di)"
                     rf"\.?(?=\s[{UP}«]))[.,]?\s*", rest)
        if m:
            authors_raw = f"{authors_raw} {m.group(0).strip(' .,')}" if authors_raw else authors_raw
            rest = rest[m.end():]
    apa = False
    if authors:
        m = APA_YEAR.match(rest)
        if m:
            out["year"], apa = int(m["y"] or m["b"]), True
            rest = rest[m.end():]
    out["authors"], out["authors_raw"] = authors, authors_raw or None
    if apa and "//" not in rest:
        rest = _apa_part(rest, out["year"])

    container_expected = False
    # "Оптимизация. – Препринт № 12. – М.: ИПМ, 2010": a preprint is other title information (GOST 7.1 writes
    # "Оптимизация : препринт № 12"), not a container nor a separate area
    head, sep, part = rest.partition(" // ")
    rest = re.sub(r"\.\s(?:–\s)?(?=(?:[Пп]репринт|[Пп]репр\.|[Pp]reprint)\b)", " : ", head, count=1) + sep + part
    if "//" not in rest:
        m = IN_AREA.search(rest)
        if m:  # "Title. В сб.: Collection. – Place, 2014. – С. 5-8": the same as " // "
            mark = IN_MARK.match(rest, m.end())
            rest = f"{rest[:m.start()]} // {rest[mark.end() if mark else m.end():]}"
    if "//" in rest:
        i = rest.index("//")
        area, tail = rest[:i], rest[i + 2:]
        container_expected = True
    else:
        m = AREA.search(rest)
        if m:
            area, tail = rest[:m.start()], rest[m.end():]
            a2, t2 = _split_unstructured(area, apa)
            # ("Title. Kazinform : [сайт]. – 2024. – 14 наурыз": a site named with its kind is no place and publisher)
            # ("Бессознательное. Психика: структура и функционирование. — М.: Академический проект, 2007. — С. 12—58":
            # an entry has one imprint; when the area after the separator starts with it, the sentence before is no
            # second one but the title of the whole the part is printed in)
            if t2 and (PLACE_PUB.match(t2) or PLACE_PUB_COMMA.match(t2) or PLACE_YEAR.match(t2)) \
                    and not SITE_KIND.search(t2.rstrip(" .")) and not _imprint_start(tail.strip()):
                # "Title. М.: Наука, 2016. – 300 с.": the imprint before the first area separator
                area, tail = a2, f"{t2}. – {tail}"
        else:
            area, tail = _split_unstructured(rest, apa)

    # title area: title : subtitle / responsibility
    # "Title. Под ред. А. А. Петрова.": a statement of responsibility written after a full stop
    area = re.sub(r"\.\s(?=(?:[Пп]од (?:общ\.\s)?ред\.|[Сс]ост\.|[Пп]ер\.\sс|[Оо]тв\.\sред\.|[Гг]л\.\sред\.)\s)", " / ", area,
                  count=1)
    # (not the stroke that joins two abbreviations of bodies: "IFLA/UNESCO Manifesto", "ЮНЕСКО/ИФЛА")
    # ("Title/, Елена Кирова": the stroke typed against the title, a comma after it)
    sl = re.search(rf"\s/\s?|\s?/\s|(?<=[^\W\d]{{2}})(?<![{UP}]{{2}})/(?=[^\W\d/])|(?<=[^\W\d]{{2}})/(?![{UP}]{{2}})(?=[^\W\d/])"
                   rf"|(?<=[^\W\d]{{2}})/,\s(?=[{UP}])", area)
    if sl:
        out["responsibility"] = strip_value(area[sl.end():])
        area = area[:sl.start()]
        m = RESP_THEN_CONTAINER.match(out["responsibility"] or "")
        if (m and not container_expected
                and (PART_NUMBERING.search(tail) or _dated(tail) or SITE_KIND.search(m["rest"]))
                and not re.match(r"\d|\(|(?:1[5-9]|20)\d\d", m["rest"]) and not _imprint_start(m["rest"])):
            # "Title / А. Иванов, Б. Петров. Журнал. – 2014. – № 3. – С. 5–9": the " // " lost; after the names of
            # the responsibility the container starts (a part: the entry gives its numbering or page range, or
            # the date of a newspaper's issue, or the container is named with its kind: "Ана тілі : сайт")
            out["responsibility"] = m["names"]
            tail, container_expected = f"{m['rest']}. – {tail}", True
        elif m and (_imprint_start(m["rest"]) or EDITION_START.match(m["rest"])):
            # "Книга / А. Иванов, Б. Петров. 2-е изд. М.: Наука, 2001. 200 с.": the areas separated by full stops
            # only; the edition or the imprint after the names is not part of the responsibility
            out["responsibility"] = m["names"]
            tail = f"{m['rest']}. – {tail}" if tail.strip() else m["rest"]
    head, dash, last = (out["responsibility"] or "").rpartition(" – ")
    if (dash and not container_expected and _dash_for_container(tail.strip(), bare_dashes)
            and re.fullmatch(rf"[{UP}«\"][^.:;/()\[\]\d]{{1,60}}", last.strip()) and len(last.split()) <= 5):
        # "Title / Г. Төлеуова – Жетісу – 2019 – 17 қаңтар – 4 б.": a list typed without the full stops of its area
        # separators; the newspaper after the names, its year and date after it
        out["responsibility"], tail, container_expected = strip_value(head), f"{last.strip()}. – {tail}", True
    first_named = re.split(r"[;,]", out["responsibility"] or "")[0]
    m = re.match(rf"(?P<h>{RULER}|[{UP}]{LET}{{2,30}})\.\s(?=[{UP}«\"])", area)
    if m and not out["authors"] and re.search(rf"(?<!\w){re.escape(m['h'])}(?!\w)", first_named):
        # "Абай. Слова назидания / Абай Кунанбаев": a heading of one name (a pen name, a name without initials)
        # that the statement of responsibility names first is the heading, not the title's first sentence; so is
        # a ruler's name and number ("Екатерина II. Записки / Екатерина II")
        area = area[m.end():]
    m = re.fullmatch(RULER, (out["authors_raw"] or "").rstrip("."))
    if m and len(out["authors"]) == 1 and first_named.strip(" .") == m.group(0):
        # "Петр I. Письма / Петр I": the heading's number is no initial
        out["authors"], out["authors_raw"] = [m.group(0)], m.group(0)
    m = re.search(rf"[.,]\s(?:(?:Т|T|Том|Vol|Ч|Кн|Вып|{VOL_WORDS}(?=\.))\.?\s?(?P<v>[IVXLCХ\d]+(?:[–-][IVXLCХ\d]+)?)"
                  rf"|(?P<k>\d{{1,2}})\s?-\s?{KK_PART_WORDS})\.?\s*(?=:|$)", area)
    # "Энциклопедия философских наук. В 3 т. Т. 1. Наука логики": the volume of a work in several volumes
    # followed by the volume's own title (the first, when that volume has volumes of its own: "Собрание
    # сочинений. В 6 т. Т. 5. Parerga и Paralipomena. В 2 т. Т. 2: Paralipomena")
    titled = re.search(rf"\.\s(?:[ТтT]|[Тт]ом|[Чч]|[Кк]н|[Вв]ып|[Вв]ип|Vol)\.?\s?(?P<v>[IVXLC]+|\d{{1,3}}(?:[–-]\d{{1,3}})?)\.\s(?=[{UP}«\"])"
                       rf"(?!{NUM_WORDS}\.?\s?[IVXLC\d])", area)
    both = re.search(r"[.,]\s(?:[Тт]|T|[Тт]ом|Vol)\.?\s?(?P<v>[IVXLC]+|\d{1,3})[.,]\s(?:[Вв]ып|[Вв]ип|№|[Ii]ss)\.?\s?"
                     r"(?P<i>\d{1,3}(?:[–-]\d{1,3})?)\.?\s*(?=:|$)", area)
    if both:  # "Труды. Т. 3. Вып. 2", "Известия. Т. 5, № 2": the volume and its issue
        out["volume"], out["issue"] = both["v"], both["i"]
        area = area[:both.start()] + area[both.end():]
    elif titled and (not m or titled.start() < m.start()):
        # (the volume's title is other title information, as after "Т. 1 : ")
        out["volume"], area = titled["v"], area[:titled.start()] + " : " + area[titled.end():]
    elif m:  # "Анализ ... управления. Т. 3 / Под ред. ...", "Шығармалар. Т. 1 : Өлеңдер", "Жинақ. 2-том"
        out["volume"], area = m["v"] or m["k"], area[:m.start()] + area[m.end():]
        whole = outside_quotes(area[:m.start()], ":")
        if whole > 0 and re.match(r"\s?:\s?\S", area[m.start():]):
            # "Қазақстан : ұлттық энциклопедия. Т. 1 : А–Б": the volume's own title is the item's other title
            # information, not the whole work's ("ұлттық энциклопедия", "в 22 т.")
            area = area[:whole].rstrip() + area[m.start():]
    area = EDITION.sub("", area)  # "Библиотечное обслуживание (2-е изд., допол.)"
    # "Метод гравиметрии. Автореф. дис. … канд. наук": the kind of work is other title information
    if outside_quotes(area, ":") < 0:
        area = re.sub(r"\.\s(?=(?:[Аа]втореф|[Дд]ис|[Дд]исс|[Дд]иссертация)\.?\s"
                      # the same kinds as transliterated lists translate them: "Cand. Diss.", "Candidate's thesis",
                      # "Extended abstract of Doct. Diss.", "PhD thesis"
                      r"|(?:Extended\sabstract\sof\s)?(?:[Cc]and(?:idate)?(?:'s|’s|\.)|[Dd]oct(?:or)?(?:'s|’s|\.)|Dr\.|PhD)"
                      r"\s(?:[Tt]hesis|[Dd]iss(?:ertation)?\b))", " : ", area, count=1)
    # "Библиотечное дело. Сб. статей", "Кітап әлемі. Оқу құралы": the kind of publication, written after a full
    # stop where GOST writes " : ", is other title information
    # (not before the page range of a part, the " // " lost: "Title. Сб. науч. тр. Омского гос. пед. ун-та. – Омск,
    # 2013. – Вып. 7. – С. 66–74." names the collection the part is in)
    if outside_quotes(area, ":") < 0 and (container_expected or not PAGES_OF_PART.search(tail)):
        area = re.sub(r"\.\s(?=(?:[Сс]б\.\s(?:ст|стат|науч|тр|материал)|[Сс]борник\s(?:статей|научных|трудов|материалов)"
                      r"|[Уу]чеб\.\s(?:пособие|для)|[Уу]чебное пособие|[Уу]чебник|[Мм]онография|[Оо]қу құралы"
                      r"|[Мм]ақалалар жинағы|[Оо]қулық))", " : ", area, count=1)
    # "Геология Урала. В 3 т.", "Шығармалар жинағы. 3 томдық": the number of volumes is other title
    # information, as GOST writes it after " : " (also with the numeral's ending of Soviet lists: "В 5-ти т.", "в 12-ти
    # томах")
    area = re.sub(r"[.,]\s(?=[Вв]\s\d+(?:-?(?:ти|х|и))?\s?(?:т|кн|ч|томах)(?:\.|\s|$)|\d+\s?(?:томдық|томда|кітапта)\b)",
                  " : ", area, count=1)
    if not container_expected and tail.strip():
        area, tail, container_expected = _container_in_area(area, tail.strip(), out, bare_dashes)
    m = re.search(r",\s?\[?(?P<y>(?:1[5-9]|20)\d\d)\]?\.?\s*$", area)
    if m and out["year"] is None and not tail.strip():
        out["year"], area = int(m["y"]), area[:m.start()]
    m = re.search(r"\s\((?P<y>(?:1[5-9]|20)\d\d)\)\.(?:\s|$)", area)
    if m and out["year"] is None:  # "Линейные системы (2005). Нелинейные системы (2006)": parts by year
        out["year"], area = int(m["y"]), area[:m.start()]
    colon, imprint_text = outside_quotes(area, ":"), None
    if colon > 0:
        out["title"], out["subtitle"] = strip_value(area[:colon]), strip_value(area[colon + 1:])
        imprint = PLACE_PUB.match(out["subtitle"] or "")
        # "Цифрова метрологія : Київ : КПІ, 2022. 250 с.": a known city, its publisher and the year after " : "
        # are the imprint (its area separator written as a colon), not other title information
        publisher = (re.match(r"([^,]+),\s?\[?(?:1[5-9]|20)\d\d\]?\.?$", out["subtitle"][imprint.end():])
                     if imprint else None)
        if (publisher and _bare_place(imprint["place"]) and out["year"] is None
                and re.match(rf"[{UP}«\"„“]", publisher[1]) and not _bare_place(publisher[1])):
            imprint_text, tail, out["subtitle"] = out["subtitle"], f"{out['subtitle']}. – {tail}", None
    else:
        out["title"] = strip_value(area)
    act = None if out["subtitle"] else act_name(out["title"])
    if act:  # "Закон Республики Казахстан от … № 207-III «О культуре»": the act's name is its title, the kind, date
        # and number its other title information (as GOST 7.1 writes them after " : ")
        out["title"], out["subtitle"] = act
    named = authors_from_responsibility(out["responsibility"])
    if not out["authors"]:
        out["authors"] = named
        if out["authors"]:
            out["authors_raw"] = out["responsibility"]
    elif len(named) > len(out["authors"]) and fold(named[0]) == fold(out["authors"][0]):
        # GOST heads the entry with the first author; the responsibility names them all
        out["authors"] = named

    if (not out["authors"] and not out["subtitle"] and not container_expected
            and re.match(r"(?:1[5-9]|20)\d\d\.\s\d{1,4}\s?\(\d+(?:[–-]\d+)?\)", tail.strip())):
        # "Экономическая социология. 2007. 8 (5): 55-73": an issue of a journal
        tail, out["title"] = f"{out['title']}. {tail.strip()}", None
        container_expected = True
    _parse_tail(tail.strip(), out, container_expected)
    if archive and archive["l"] and out["pages"] is None:
        out["pages"] = re.sub(r"\s?([–-])\s?", r"\1", archive["l"])  # the leaves of an archival file are its pages
    m = PATENT_PUBLISHED.search(s) if out["year"] is None or patent else None
    if m:  # a patent's year is the year it was published (not applied for): "опубл. 20.08.02", "Опубл. 10.02.2009"
        y = int(m["y"])
        out["year"] = y if y > 99 else (2000 + y if y <= _dt.date.today().year % 100 else 1900 + y)
        if patent:  # and so is its date (not the date of the application, "заявл. 12.05.83")
            try:
                out["date"] = _dt.date(out["year"], int(m["m"]), int(m["d"])).isoformat()
            except ValueError:
                out["date"] = None
    if patent:  # the numbers of a patent's entry are the application's and the bulletin's ("Бюл. № 42"), no issue;
        # a date other than its publication's is the application's or the priority's
        out["issue"] = None
        out["date"] = out["date"] if m else None
    out["language"] = (noted or detect_language(out["title"], out["subtitle"] or imprint_text, s)
                       or latin_kazakh(out["title"], s))
    if out["source"]:
        out["source_id"] = match_source(out["source"])[0]
    out["kind"] = ("article" if out["source"] else
                   "book" if (out["place"] or out["publisher"] or (out["pages"] and out["year"])) else "other")
    out["confidence"] = _confidence(out)
    return out




_NAME = rf"(?:{INITS}\s?{SURNAME}|{SURNAME},?\s{INITS})".replace("{INITS}", INITS).replace("{SURNAME}", SURNAME)
#: a statement of responsibility that names people only, then (its " // " lost) a capitalised container
#: (an interview's or a talk's: "/ беседовала Е. Ким", "/ записала Т. Лебедева", "/ сұхбаттасқан А. Нұрова")
RESP_THEN_CONTAINER = re.compile(rf"(?P<names>(?:(?:беседовал[аи]?|записал[аи]?|подготовил[аи]?|вела|вёл|вел"
                                 rf"|сұхбаттасқан|әңгімелескен|дайындаған|жазып\sалған)\s)?"
                                 rf"{_NAME}(?:(?:,\s?|\s(?:и|і|and)\s){_NAME}){{0,5}}"
                                 rf"(?:,?\s(?:и\sдр|(?:және\s)?т\.\s?б|et\sal))?)\.\s(?P<rest>[{UP}«\"\d].+)$")
#: the designation heading a patent's entry, up to its title: "Пат. 2187888 Российская Федерация, МПК H04B 1/38.",
#: "А. с. 1234567 СССР", "Пат. на полезную модель 4567 Республика Казахстан", "Патент РК № 32145", the Kazakh kinds
#: "Инновациялық патент № …", "Өнертабысқа патент № …", "Пайдалы модельге патент № …"
# ("А. С. 1234567": an author's certificate typed with a capital, told from initials by the number after it)
PATENT = re.compile(rf"(?:(?:Инновациялық|Өнертабысқа|Пайдалы\sмодельге)\s[Пп]атент|Пат(?:ент)?\.?|А\.\s?с\."
                    rf"|А\.\s?С\.(?=\s?(?:№\s?)?\d)|Авт\.\s?свид\."
                    rf"|[Аа]вторское\sсвидетельство)"
                    rf"(?:\s(?:на\s(?:полезную\sмодель|изобретение|промышленный\sобразец)|[{UP}]{{2,3}}))?"
                    rf"\s?(?:№\s?)?\d[\d\s]*\d?(?:[^.]|\.(?=\S))*\.\s(?=[{UP}«])")
#: the date a patent was published ("опубл. 20.08.02", "Опубл. 10.02.2009", Kazakh "жарияланды 15.09.2014"): its
#: date, and its year
PATENT_PUBLISHED = re.compile(r"(?:[Оо]публ\.|[Жж]арияланды|[Жж]ар\.)\s?(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4}|\d{2})(?!\d)")
#: the numbering or the page range of a part (not the page count of a whole)
#: (a page with its mark before it, "С. 5" and the Kazakh "Б. 5", is a part's page; a book's page count has it after)
#: the page range of a part ("С. 66–74", "Б. 5-9", "pp. 3–17")
PAGES_OF_PART = re.compile(r"(?<!\w)(?:[СсCБбPР]|pp)\.\s?\d+\s?[–-]\s?\d+")
PART_NUMBERING = re.compile(r"(?<!\w)(?:[СсCР]|pp?|Б|бб)\.\s?\d+\s?[–-]\s?\d+|(?<!\w)[СсCРPБ]\.\s?\d|№\s?\d|(?<!\w)(?:Vol|Т|Вып|Iss)\.\s?\d")


#: an edition statement ("2-е изд.", "Изд. 3-е", "3-то изд.", "2. Aufl.")
EDITION_START = re.compile(r"\d+-?[а-я]{0,3}\.?\s(?:изд|басылым|вид|Aufl|ed)(?:\.|$)|(?:Изд\.|Издание|Вид\.|Видання)\s?\d"
                           # "Второе изд.", "Трето издание", "Екінші басылым": the number in words
                           rf"|(?i:{ORDINAL_WORD})(?:,?\s\w+\.?)?\s(?i:изд|басылым|вид\.|видання)|{KK_EDITION}")


#: Harvard as Kazakhstani journals print it: the title of a part in quotes, a comma, then its container ("(2021)
#: 'Library as a community centre', Kazakhstan Library Journal, 4(2), pp. 55–61.", "(2021) 'Кітап – ең жақсы дос',
#: Егемен Қазақстан, 12 наурыз, б. 6.")
HARVARD_TITLE = re.compile(r"['‘’“\"«](?P<t>[^'‘’“”\"«»]{3,300})['’”\"»],\s(?=[^\W\d_])")
#: APA's part of an edited book or of proceedings: "Title. В Т. К. Исаев (ред.), Book (с. 45–60). Алматы: Арыс.",
#: "Title. In T. Isaev (Ed.), Book (pp. 45–60). Almaty: Arys.", "Title. In Proceedings of … (pp. 45–50). Almaty: KazNU."
APA_CHAPTER = re.compile(
    r"\.\s(?:[ВУ]\s(?:кн|сб|зб)\.\s?:?|(?:В|In|Жинақта|Кітапта)\s?:?)\s"
    r"(?:(?P<eds>[^()]{2,200}?)\s\((?:ред|отв\.\sред|сост|құраст|жауапты\sред|[Ee]ds?|Hrsg)\.?\),\s)?"
    r"(?P<book>[^()]{3,300}?)\s\((?:(?:[СсCБбPp]|pp|бб|стр)\.\s?(?P<pp>\d+\s?[–-]\s?\d+)"
    r"|(?P<kk>\d+\s?[–-]\s?\d+)\s?(?:б|бб|бет)\.?)\)\.?\s?(?P<imp>[^.]*?)\.?$")


def _apa_part(rest: str, year: int | None) -> str:
    """The title area and the container of an entry after an author-year heading (APA, Harvard) written as GOST
    writes them: "Title // Container, …" (the editors of the book a chapter is in are no authors of it)."""
    m = HARVARD_TITLE.match(rest)
    if m:
        return f"{m['t']} // {rest[m.end():]}"
    m = APA_CHAPTER.search(rest)
    if m:
        imprint = ", ".join(x for x in (m["imp"].strip(), str(year or "")) if x)
        pages = m["pp"] or m["kk"]
        return f"{rest[:m.start()]} // {m['book']}. – {imprint}. – С. {pages}." if imprint else \
            f"{rest[:m.start()]} // {m['book']}. – С. {pages}."
    return rest


def _imprint_start(text: str) -> bool:
    """True when ``text`` starts with an imprint ("М.: Наука", "Казань, 1999", "Наука, 1990")."""
    return bool(PLACE_PUB.match(text) or PLACE_YEAR.match(text) or PLACE_PUB_COMMA.match(text)
                or _place_space_year(text) or _publisher_year(text))


def _drop_medium(m: re.Match[str]) -> str:
    """"Title. [Текст]. – М.": the note and its full stop go; "Title [Текст]. – М.": the full stop ends the title
    area and stays."""
    return "" if m.group(0).endswith(".") and m.string[:m.start()].rstrip().endswith(".") else m.group(0).endswith(".") * "."


#: an area separator written without its full stop ("Title – М.: Наука, 2015 – 240 с."): a dash between
#: spaces before what starts an area (a place and its publisher, a year, numbering, pages)
MISSING_STOP = re.compile(
    rf"(?<=[^\s.–/:;,])\s–\s(?=(?:Текст|Мәтін|Изображение)\s?:|(?P<place>{PLACE})\s?(?::\s(?P<pub>[{UP}«\"][^,:;–]{{1,60}},"
    rf"\s?\[?(?:1[5-9]|20)\d\d)?|,\s?\[?(?:1[5-9]|20)\d\d\]?(?P<end>\.?(?:\s–|$))?)"
    rf"|\[?(?:1[5-9]|20)\d\d\]?(?:\.|\s–|,\s|\s?$)"
    rf"|№\s?\d|(?:{NUM_WORDS}|С|C|Б)\.\s?\d|\d+(?:\s?[–-]\s?\d+)?(?:,\s?\[\d+\])?\s?(?:с|c|б|бб|бет|стр|pp|p|S|b|bet)\.?(?:\s|$)"
    # an edition, the content and medium, the series area, a note
    rf"|\d+-?[а-я]{{0,3}}\s(?:изд|басылым)|\d+(?:st|nd|rd|th)\sed(?:\.|\s|$)|{KK_EDITION}|(?i:изд)\.\s\d|\([^()]+\)\.?$"
    rf"|(?:Библиогр|Указ|Прил|Примеч|Электрон|Загл)\."
    # an edition named by its kind ("Репринт. изд.", "Изд. офиц.", "Қайта басылым"), a map's scale ("1:500 000"), an
    # archival signature's parts ("Оп. 3", "Д. 21", "Л. 5")
    rf"|(?:[Рр]епр\w*|[Фф]аксим\w*|Изд\.\sофиц|Стереотип\w*|Қайта\sбасылым|(?:М\s|Масштаб\s)?1\s?:\s?\d)(?:[.\s]|$)"
    rf"|(?:Ф|Оп|Д|Л)\.\s?[А-Я]?-?\d)")


#: the newspaper of an article and its issue in brackets at the end of the entry: its name, then its year and the
#: issue's date or number ("(Заря, 2019, 15 мая, № 20)", "(«Ақ жол», 2019 ж., 15 мамыр)"), or the issue's whole date
#: ("(Заря, 15 мая 2019 г.)", "(Заря, 15.05.2019, с. 3)")
PAREN_CONTAINER = re.compile(
    rf"(?:\.?\s[–-])?\s\((?P<in>(?P<name>[«\"]?[{UP}][^()«»\",]{{0,60}}?[»\"]?),\s?(?:(?:1[5-9]|20)\d\d(?:\s?(?:ж|г|жыл)\.?)?,"
    rf"\s?(?:\d{{1,2}}\s?{LET}{{3,}}|№\s?\d|\d{{1,2}}\.\d{{1,2}}\.)|\d{{1,2}}\s{LET}{{3,}}\.?\s(?:1[5-9]|20)\d\d"
    rf"|\d{{1,2}}\.\d{{1,2}}\.(?:19|20)\d\d(?!\d))[^()]*)\)\.?\s*$")


def _paren_container(m: re.Match[str]) -> str:
    # (not the place and dates of a conference at the end of its proceedings' title: "(Алматы, 12 мая 2022 г.)")
    return m.group(0) if _bare_place(m["name"]) else f" // {m['in']}."


#: the newspaper of an article after a bare dash, its year (or the issue's date in figures) and the date or number
#: of its issue written after commas ("– Северный Казахстан, 2020, 15 мая, с. 3", "– «Егемен Қазақстан», 2019 ж.,
#: 14 ақпан, № 31", "– Звезда Прииртышья, 14.01.2020, № 3")
DASHED_CONTAINER = re.compile(
    rf"\s–\s(?=[{UP}«\"][^–/:;]{{1,60}}?,\s?(?:(?:1[5-9]|20)\d\d(?:\s?(?:ж|г|жыл)\.?)?,\s?(?:\d{{1,2}}\s?{LET}{{3,}}|№\s?\d"
    rf"|\d{{1,2}}\.\d{{1,2}}\.)|\d{{1,2}}\.\d{{1,2}}\.(?:19|20)\d\d(?!\d)))")


def _missing_stop(m: re.Match[str]) -> str:
    # "– Долгопрудный: МФТИ, 1998", "– Нарьян-Мар, 1756 –": a place not in the list, followed by its publisher
    # and year or by a year that ends the area
    if (m["place"] and not (m["place"].endswith((".", "]")) or _bare_place(m["place"]))
            and m["pub"] is None and m["end"] is None):
        return m.group(0)  # "Абай – Тәуелсіздік: …": a capital word and a colon inside a title
    return ". – "


#: a periodical's date or numbering right after its year ("2017. – 12 мая", "2019. № 3"; "Эксперт. 2008. 10 (600):
#: 30–35", "Gyroscopy and Navigation. 2015. Vol. 6": a journal's numbering)
ISSUE_AFTER_YEAR = re.compile(  # (the year with the Kazakh word for it: "2022 ж.", "2022 жыл", "2022 жылғы")
    rf"\[?(?:1[5-9]|20)\d\d\]?(?:\s(?:ж\.|жыл(?:ғы|ы)?))?[.,]?\s?(?:–\s)?(?:\d{{1,2}}\s?{LET}{{3,}}|№|N\s?\d"
    # "Шалқар. – 2019. – 14.11.2019": the year, then the issue's date in figures
    rf"|\d{{1,2}}\.\d{{1,2}}\.(?:19|20)\d\d(?!\d)"
    rf"|\d{{1,4}}\s?\(\d+(?:[–-]\d+)?\)|(?:Vol|V|Т|T|Том|No|Iss|Вып|Вип)\.\s?\d|Issue\s\d)")
#: "Библиотечная жизнь Кузбасса : сайт": a container that GOST 7.0.100 names with its kind after " : "
SITE_KIND = re.compile(r"\s:\s\[?(?:сайт|веб-сайт|интернет-сайт|портал|интернет-портал|газета|журнал|сайты|порталы"
                       r"|газеті|журналы"
                       # "Наш Костанай : сетевое издание", "Qazaqstan : ақпараттық портал": the kind of a site in words
                       r"|(?:сетевое|электронное|интернет-)\s?издание|(?:информационный|новостной|ақпараттық|жаңалықтар)"
                       r"\s(?:портал|сайт)|информационное\sагентство|ақпарат(?:тық)?\sагенттігі|желілік\sбасылым"
                       # "Instagram : [әлеуметтік желі]", "Әділет : ақпараттық-құқықтық жүйе": a social network, a legal
                       # information system, an electronic library
                       r"|социальная\sсеть|әлеуметтік\sжелі|информационно-правовая\sсистема|ақпараттық-құқықтық\sжүйе"
                       r"|электронная\sбиблиотека|электрондық\sкітапхана)\]?$", re.I)


#: the issue of a newspaper right after the year: its day and month, its number or its date in figures ("2021. – 6
#: сәуір", "2018. – № 41", "2023. – 15.09"), or its whole date in figures first ("28.03.2019. – № 34")
NEWSPAPER_ISSUE = re.compile(
    rf"\[?(?:1[5-9]|20)\d\d\]?(?:\s(?:ж\.|жыл(?:ғы|ы)?))?[.,]?\s?(?:–\s)?(?:\d{{1,2}}\s?{LET}{{3,}}|№\s?\d"
    rf"|\d{{1,2}}\.\d{{1,2}}\.)|\d{{1,2}}\.\d{{1,2}}\.(?:19|20)\d\d(?!\d)")


def _dash_for_container(tail: str, bare_dashes: bool) -> bool:
    """True when a dash of the title area may stand for " // ": in a list typed without the full stops of its area
    separators, before a periodical's year and numbering; in an entry with them ("Title – Ертіс өңірі. – 2021. – 6
    сәуір. – 4 б.": a dash typed for the " // " alone), before the date or number of a newspaper's issue."""
    return bool(ISSUE_AFTER_YEAR.match(tail) if bare_dashes else NEWSPAPER_ISSUE.match(tail))


def _dated(tail: str) -> bool:
    """True when the publication part starts as a periodical's does: its year, then a date or a number (or a date in
    figures: "Огни Алатау. – 02.04.2019. – № 37")."""
    return bool(ISSUE_AFTER_YEAR.match(tail) or DATE_NUM.match(tail))


def _container_in_area(area: str, tail: str, out: dict[str, Any], bare_dashes: bool = False) -> tuple[str, str, bool]:
    """A container named without " // " as the last sentence of the title
    area: a periodical of the vocabulary, a collection or series
    ("Башкирский краеведческий сборник. Уфа, 1926. № 1. С. 5-17"), or a
    newspaper followed by its date or issue ("Вечерний Балхаш. – 2017. –
    12 мая"); the name after the last dash of the title area when the date
    or issue of a periodical follows it, in an entry whose area separators
    are bare dashes ("Title – Газета – 2022 – 17 ақпан"), and when the
    date or number of a newspaper's issue follows it in an entry with
    full stops before its dashes ("Title – Ертіс өңірі. – 2021. – 6
    сәуір": the dash typed for " // " alone)."""
    head, dash, last = area.rpartition(" – ")
    if (dash and not out["responsibility"] and not out["url"] and _dash_for_container(tail, bare_dashes)
            and re.fullmatch(rf"[{UP}«\"][^.:;/()\[\]]{{1,60}}", last.strip()) and len(last.split()) <= 5
            and len(head.strip()) > 3):
        return head, f"{last.strip()}. {tail}", True
    segs = segments(area)
    # "Стадия зеркала … функции Я. Инстанция буквы, или судьба разума после Фрейда / пер. с фр. … — М.: Логос, 1997. —
    # С. 7—14.": with the " // " lost, a statement of responsibility after the second sentence is the whole's, when
    # the entry goes on with the imprint and the page range of a part
    part_of_whole = bool(out["responsibility"] and _imprint_start(tail)
                         # (the series area may follow the pages: "— С. 151—228. — (Психологические технологии).")
                         and re.search(r"(?<!\w)(?:[СсCБбPР]|pp)\.\s?\d+\s?[–-]\s?\d+\.?$",
                                       SERIES_AREA.sub("", tail).strip()))
    if len(segs) < 2 or (out["responsibility"] and not part_of_whole):
        return area, tail, False
    a, b = segs[-1]
    k = len(segs) - 1
    while k >= 2 and SERIES_PART.match(area[segs[k][0]:segs[k][1]]):
        k -= 1  # "Вестник МГУ. Серия 8: История": the series of a journal is part of its name
    if k < len(segs) - 1:
        a, segs = segs[k][0], segs[:k + 1]
    if len(segs) > 2 and area[a:b].startswith("("):
        # "Сб. : материалы конф. (Астана, 14–15 окт. 2021 г.)": the place and dates of a conference in brackets
        # end the name of its proceedings
        a, segs = segs[-2][0], segs[:-1]
    last = area[a:b]
    dated = _dated(tail)
    # (or the issue of a serial after the imprint: "Уфимский археологический вестник. Уфа, 2000. Вып. 2.")
    part = re.search(r"№\s?\d|(?<!\w)[СсCБб]\.\s?\d+\s?[–-]\s?\d+|\d+\s?[–-]\s?\d+\s?(?:б|бет)\b"
                     r"|(?<!\w)(?:Вып|Вип|Шығ)\.\s?\d+\.?$", tail)
    # "Език и стил. Проблеми на социолингвистиката. Т. 3. София: БАН, 200–210": the pages of a part after the
    # imprint of the whole
    r = re.search(r"[,;]\s(?:[СсCcSsPp]\.\s?)?(?P<r>\d+\s?[–-]\s?\d+)\.?$", tail)
    ranged = bool(r and not _year_range(r["r"])
                  and (PLACE_PUB.search(tail) or PLACE_YEAR.search(tail) or PLACE_PUB_COMMA.search(tail)))
    # "Радаев В. В. 2008. Новые рынки. Экономическая социология. Т. 9. № 2. С. 5–20.": the year given in the
    # heading, a journal is followed directly by its numbering and pages, with no imprint
    numbered = bool(re.match(rf"(?:{NUM_WORDS})\.\s?\d+[.,]\s(?:(?:№|N|{NUM_WORDS}\.)\s?\d+[.,]\s)?[СсCP]\.\s?\d+\s?[–-]\s?\d+", tail)
                    and not (PLACE_PUB.search(tail) or PLACE_YEAR.search(tail)))
    # "Доклад. Труды съезда. Казань, 1900. С. 5–17.": the page range of a part, the " // " before the whole lost
    # (or the city and the pages of the part alone: "… през 1981 г. Плевен, 88–90.")
    pages_of_part = re.search(r"(?<!\w)(?:[СсCБбPР]|pp)\.\s?\d+\s?[–-]\s?\d+", tail) or _place_pages(tail.strip())
    kind = SITE_KIND.search(last)
    # "Происхождение ананьинской культуры. КСИИМК. 1941. Вып. IX.", "Доклад. ИОАИЭ. Казань, 1878. Т. I": a serial
    # named by the capitals of its words, as Soviet and earlier lists abbreviate them (КСИИМК, МИА, СА, ВДИ), the
    # " // " before it lost: its volume, issue or pages follow
    # (not a state's, "СССР", "РФ", "РК", which a title names)
    acronym = bool(re.fullmatch(rf"(?!(?:СССР|РСФСР|[УБ]ССР|РФ|РК|КР|США|ФРГ|ГДР|КНР)$)[{UPPER}]{{2,8}}", last.strip(" ."))
                   and re.search(r"(?<!\w)(?:[ТтTЧч]|Том|[Кк]н|[Вв]ып|[Вв]ип|Vol|[СсC])\.\s?(?:[IVXLCХ]+|\d+)\b|№\s?\d", tail))
    if acronym or (match_source(last)[0] or dated or (COLLECTION.search(last) and part) or ranged or numbered or kind
                   or (pages_of_part and re.match(rf"[{UP}«\"]", last))) and len(last) > 3 \
            and not re.match(r"\d", last):
        return area[:segs[-2][1]], f"{last}. {tail}", True
    return area, tail, False


def _is_day_month(text: str) -> bool:
    """True for a text that is a day and a month ("1 февраля", "5 қаңтар")."""
    m = DATE.match(fold(text.strip()))
    return bool(m) and not re.search(r"\w", fold(text.strip())[m.end():])


def _split_unstructured(rest: str, apa: bool) -> tuple[str, str]:
    """Title area and publication part of an entry with neither " // " nor
    ". – ": the first segment (after the first) that starts the imprint or
    a journal ends the title."""
    m = IN_MID.search(rest) or JOURNAL_COMMA.search(rest)
    if m:
        return rest[:m.start()], ("В: " if IN_MID.match(m.group(0)) else "") + rest[m.end():]
    # "Ленин В. И. Полн. собр. соч., т. 41, с. 298–318", "Маркс К., Энгельс Ф. Соч. 2-е изд., т. 20, с. 5": a volume
    # of collected works as Soviet lists cite it, the volume (its book or part) and the pages after commas
    m = re.search(r",\s(?=[тТ]\.\s?(?:\d+|[IVXLC]+)(?:,\s(?:кн|ч|вып|полутом)\.\s?\d+)?(?:,\s[сС]\.\s?\d+(?:\s?[–-]\s?\d+)?)?\.?$)",
                  rest)
    if m and m.start() > 0 and not YEAR.search(rest[:m.start()]):
        return rest[:m.start()], rest[m.end():]
    # "О библиотеках. «Известия АН КазССР. Сер. филол.», 1970, вып. 3, с. 10–15": a periodical in quotes (GOST
    # 7.1-76, its dash lost), full stops inside them, then its year and numbering or the issue's day
    m = re.search(r"\.\s(?=[«„“\"][^»“”\"]{2,120}[»“”\"],\s(?:1[5-9]|20)\d\d(?:,\s(?:№|[тТ]\.|[Вв]ып\.|[Кк]н\.|[сС]\.|\d{1,2}\s[^\W\d]{3})|\.?$))",
                  rest)
    if m and m.start() > 0:
        return rest[:m.start()], rest[m.end():]
    m = re.search(rf",\s(?={PLACE},\s(?:[{UP}]\.\s|[^,.\d]){{2,60}},\s?(?:1[5-9]|20)\d\d(?:[,.]|$))", rest)
    if m and len(segments(rest[:m.start()])) == 1:
        # "H. Kelsen, Allgemeine Staatslehre, Berlin, Springer, 1925": title, place, publisher and year
        # joined by commas
        return rest[:m.start()], rest[m.end():]
    m = re.search(rf",\s(?P<place>{PLACE}),?\s\[?(?:1[5-9]|20)\d\d\]?\.?$", rest)
    if m and _bare_place(m["place"]):  # "Наслов књиге, Београд 1990.": the city and the year after a comma
        return rest[:m.start()], rest[m.start() + 2:]
    segs = segments(rest)
    for k in range(1, len(segs)):
        a, b = segs[k]
        seg = rest[a:b]
        nxt = rest[segs[k + 1][0]:segs[k + 1][1]] if k + 1 < len(segs) else ""
        if re.match(rf"{VOL_WORDS}\.\s?[IVXLCХ\d]+\s?:\s?[{UP}«\"]", seg):
            continue  # "Избранные труды. Т. 2: История языка. М., 1978": a volume and its title are in the title area
        py = PLACE_YEAR.match(seg) or _place_space_year(seg)
        # after an author-year heading "Place, YEAR" may be a journal and its year; a city of publication is
        # an imprint when nothing but the page count follows it (not "… София, 1975. Литературна мисъл, 20 (4).")
        if py and apa and not (_bare_place(py["place"]) and (not nxt or re.fullmatch(r"\d+\s?(?:с|c|б|бет|стр|p|S)\.?", nxt))):
            py = None
        if (PLACE_PUB.match(seg) or py or IN_MARK.match(seg)
                or PLACE_PUB_COMMA.match(seg)
                or re.match(r"\(?(?:1[5-9]|20)\d\d[a-zа-я]?\b", seg)
                # "Title. Звезда Прииртышья. 04.10.2023. С. 9": the date of a newspaper's issue in figures
                or DATE_NUM.match(seg)
                or re.match(rf"(?:{NUM_WORDS}|С|C|P|pp|№|N)\.?\s?\d", seg)
                # "ИОАИЭ. Т. III. Казань, 1884": a volume numbered in Roman figures, a sentence of its own before the
                # imprint (not "История. Т. II. Новое время. СПб., 1900": the volume's own title follows it)
                or ((v := re.match(r"(?:[ТтT]|[Тт]ом|[Вв]ып|[Кк]н|[Чч])\.\s?[IVXLCХ]+\.(?:\s|$)", rest[a:]))
                    and (not rest[a + v.end():].strip() or _imprint_start(rest[a + v.end():])))
                # "Сонда. 12 б.", "… . 250 с.": the pages or the page count alone
                or re.fullmatch(r"\d+(?:\s?[–-]\s?\d+)?\s?(?:б|бб|бет|с|стр)\.?", seg)
                # "(2012) Title. Candidate's thesis. Almaty, 165 p.": the year in the heading, the city and the
                # page count
                or (apa and _place_count(seg))
                # "… разкопки през 1981 г. Плевен, 88–90.": the city of a collection and the pages of the part
                or _place_pages(seg)
                # "Списание на БАН, бр. 3, с. 15–20": a periodical and its numbering
                or re.match(rf"[^\W\d][^,.]{{2,80}},\s(?:\d{{1,4}},\s){{0,2}}(?:(?:{NUM_WORDS}|[СсCc]|pp?)\.\s?\d|№\s?\d+,\s)", seg)
                or re.search(r"№\s?\d{5,}", seg)
                or re.search(r"[^\W\d_],?\s\d+\s?\(\d+(?:[–-]\d+)?\)|,\s\d{1,4}[,.]?\s(?:1[5-9]|20)\d\d", seg)
                # "Български фолклор 13: 40–52", "Зборник 23/1: 7–25": a journal, its volume and pages
                or re.search(r"[^\W\d_]{3},?\s(?:\d{1,4}|[IVXLC]+(?=,\s\d))(?:\s?\(\d+(?:[–-]\d+)?\)|/\d+|,\s\d+)?:\s?\d+"
                             r"(?:\s?[–-]\s?\d+)?\.?$", seg)
                # "Български фолклор, 1987, 13, № 2, 40–52": a journal, its year and numbering (also named in quotes,
                # as GOST 7.1-76 wrote it after the dash: "«Библиотекарь», 1960, № 5", here with the dash lost)
                or re.match(rf"[«\"„“]?[^\W\d](?:[^,.]|\.\s(?=[a-z{LOWER}])){{2,80}},\s(?:1[5-9]|20)\d\d,\s(?:\d|№|{NUM_WORDS}\.)",
                            seg)
                or re.match(r"\d+(?:\s?\(\d+(?:[–-]\d+)?\))?:\s?\d|\d+\s?\(\d+(?:[–-]\d+)?\)", nxt)
                # "Българска реч 19. 5–14", "Археографски прилози 6–7. 51–129": a journal, its volume (or the
                # volumes of a double issue) and its pages
                or (re.search(r"\s\d{1,3}(?:[–-]\d{1,3})?$", seg) and re.match(r"\d+\s?[–-]\s?\d+\.?$", nxt))
                # "Газета «Северный Казахстан», 2019, 28 марта": a periodical, its year and date
                or re.match(r"(?:Газета|Газ\.|Журнал|Журн\.|газеті|журналы)\s?[«\"]", seg)
                # "«Ақиқат» газеті, 2021 жыл, 14 наурыз": a periodical named with its kind after it
                or re.match(r"[«\"][^»\"]{2,60}[»\"]\s?(?:газеті|газетасы|журналы|газета|журнал)(?![^\W\d_])", seg)
                or _publisher_year(seg)
                or re.fullmatch(rf"[^,.]{{3,80}},\s(?:1[5-9]|20)\d\d,\s\d{{1,2}}\s{LET}{{3,}}.*", seg)
                # "(2019) Title [Translation]. Kazakhstanskaya pravda, 12 April, no. 70, p. 7.": after an author-year
                # heading a newspaper is followed by its issue's date alone
                or (apa and (d := re.fullmatch(rf"[^,.]{{3,80}},\s(?P<d>\d{{1,2}}\s{LET}{{3,}}\.?),\s.*", seg))
                    and (_is_day_month(d["d"]) or latin_date(d["d"], 2000)))
                # "Материалы и исследования по археологии СССР, № 141.", "Қазақ тарихы, № 4 (145).": a periodical or a
                # series and its number
                or re.fullmatch(r"[^\W\d][^,]{2,80},\s?№\s?\d{1,4}(?:\s?\(\d+(?:[–-]\d+)?\))?\.?", seg)
                # "Библиотека, 8, 14–20.": a journal, its volume and pages
                or re.fullmatch(r"[^,.]{3,80},?\s\d{1,4}(?:\s?\(\d+(?:[–-]\d+)?\))?,\s\d+\s?[–-]\s?\d+\.?", seg)
                # "Литературна мисъл, 23, 3, 134.": a journal, its volume, issue and page, by commas alone
                or re.fullmatch(r"[^,.\d]{3,80},\s\d{1,4},\s\d{1,3},\s\d+(?:\s?[–-]\s?\d+)?\.?", seg)
                # "Бизнес. 16. 1 февраля.": a newspaper, its issue and date
                or (re.fullmatch(r"\d{1,4}", nxt) and k + 2 < len(segs) and _is_day_month(rest[segs[k + 2][0]:]))
                or _is_day_month(nxt)
                # "Съвременници на Паисий. София.": a city of publication alone ends the entry
                or (k == len(segs) - 1 and _bare_place(seg))):
            if k >= 2 and SERIES_PART.match(seg) and not IN_MARK.match(seg):
                # "ҚазҰУ хабаршысы. Филология сериясы, № 3.": the series of a journal is part of its name
                a = segs[k - 1][0]
            return rest[:a], rest[a:]
    # "Книга и читатель М.: Наука, 2015 240 с.": the imprint written with no full stop before it
    for m in re.finditer(rf"\s(?=(?P<place>{PLACE})\s?:\s?[^,:;]{{2,60}},\s?\[?(?:1[5-9]|20)\d\d)", rest):
        if m.start() > 0 and (m["place"].endswith(".") or _bare_place(m["place"])):
            return rest[:m.start()], rest[m.end():]
    # "Репертоар на българската книга Наука и изкуство 35с.": the page count ends the entry, whatever the
    # punctuation before it lost
    m = re.search(r"\s(?=\d+\s?(?:с|c|б|бет|стр|p|pp|S)\.?$)", rest)
    if m and m.start() > 0:
        return rest[:m.start()], rest[m.end():]
    return rest, ""


def _place_space_year(text: str) -> re.Match | None:
    """"Алматы 2020": a city of publication and the year with no comma between them."""
    m = re.match(rf"(?P<place>{PLACE})\s(?=\[?(?:1[5-9]|20)\d\d\]?(?:[.,]|$))", text)
    return m if m and _bare_place(m["place"]) else None


def _parse_tail(tail: str, out: dict[str, Any], container_expected: bool) -> None:
    # "… – 230 с. – (Библиотечное дело ; вып. 3).": the series area at the end; its numbering is the
    # series', not the volume or the issue of the work
    rest = SERIES_AREA.sub("", tail) if "(" in tail else tail
    # "– Рец. на кн.: Петров В. Г. Библиотеки. – Павлодар : ЭКО, 2020. – 240 с.": the note naming the work reviewed
    # ends the entry; the areas after it are the reviewed work's
    rest = re.sub(r"(?:^|\.?\s[–—-]\s|\.\s)(?:Рец\.|Рецензия|Пікір\s?:|Review\sof|Rev\.\sof)\s.*$", "", rest, flags=re.S)
    # "– Репр. воспр. изд. 1881 г. –", "– Факсимильное изд. –", "– Репринт. воспроизведение: Алматы, 2009.": the
    # reprint's edition area or note; the year and imprint it names are the original's or the reprint's own and
    # are not read as this edition's (GOST 7.1 puts the reprinted edition in the edition area or a note)
    rest = re.sub(r"(?:^|(?<=\.)\s[–—-]\s)(?:[Рр]епр(?:инт\w*)?|[Фф]аксим\w*)\.?(?:\s[^–—]*?)?(?:\.(?=\s[–—-]\s)|\.?$)",
                  "", rest).strip()
    rest = re.sub(r"^[–—-]\s", "", rest)
    m = IN_MARK.match(rest)
    if m:
        rest, container_expected = rest[m.end():], True
    elif not container_expected and re.match(rf"[^\W\d][^,.]{{2,80}},\s(?:1[5-9]|20)\d\d,\s(?:\d{{1,2}}\s?{LET}{{3,}}|№\s?\d"
                                             rf"|N\s?\d|{NUM_WORDS}\.\s?\d)", rest) and not _bare_place(rest.split(",")[0]):
        # "Орталық Қазақстан, 2019, 14 наурыз, 6 б.", "Вечерний Петропавловск, 2018, № 12, с. 3": a periodical
        # named with commas, its year, then its date or issue (not a place: a book's year is not dated)
        container_expected = True
    elif not container_expected and SITE_KIND.search(re.split(r"\.\s[–—-]\s|\.$", rest, maxsplit=1)[0]):
        # "– Мәтін : электрондық. Әділет : ақпараттық-құқықтық жүйе. – URL: …": the site named with its kind is the
        # container (its " // " lost), not a place and a publisher
        container_expected = True
    elif not container_expected and rest and not (
            PLACE_PUB.match(rest) or PLACE_YEAR.match(rest) or PLACE_PUB_COMMA.match(rest) or re.match(r"[\d(\[№]", rest)
            or _place_space_year(rest) or _place_count(rest.strip()) or _place_pages(rest.strip())
            or _publisher_year(rest) or re.match(r"(?:Взамен|Введ\.|Впервые|Загл\.|Пер\.|Библиогр\.)", rest)
            # "— Изд. 2-е, стереотипное. — М.: …", "— Издание 3-е": the edition area
            or re.match(rf"(?:Изд\.|Издание|Вид\.|Видання)\s?\d|\d+-?[а-яәі]{{0,3}}\s(?:изд|басылым|вид)|{KK_EDITION}", rest)
            or re.match(rf"(?:{NUM_WORDS}|С|C|P|pp|N)\.?\s?\d", rest)):
        # a journal named before its volume: "Литературна мисъл, 20 (4). 148 – 151"
        end = CONTAINER_END.search(rest)
        if end and re.match(rf"[,\s]*(?:{NUM_WORDS}\.\s?)?(?:\d|[IVXLC]+,\s\d)|\.\s\d|,?\s?№\s?\d{{1,4}}(?!\d)", rest[end.start():]):
            container_expected = True
        elif end and re.match(r"\.\s–\s", rest[end.start():]) and (
                match_source(rest[:end.start()])[0]
                or re.match(rf"\.\s–\s(?:1[5-9]|20)\d\d\.\s–\s(?:\d{{1,2}}\s?{LET}{{3,}}|№)", rest[end.start():])):
            # "Title. – Балқаш өңірі. – 2018. – 15 ақпан. – 6 б.": a newspaper between area separators
            container_expected = True
    if container_expected:
        end = CONTAINER_END.search(rest)
        while end and rest.count("(", 0, end.start()) > rest.count(")", 0, end.start()):
            # "// Библиотеки Казахстана : материалы респ. конф. (Астана, 12–13 окт. 2022 г.). – Астана, 2023":
            # the place and dates of a conference, in brackets, go on the container's title
            close = rest.find(")", end.start())
            if close < 0:
                break
            end = CONTAINER_END.search(rest, close)
        word = re.match(rf"[{UP}]{LET}{{0,6}}(?=\.\s(?:1[5-9]|20)\d\d)", rest[end.end():]) if end else None
        if word and re.search(rf"(?:^|\s)[{UP}]{LET}{{0,7}}\.\s", rest[:end.start() + 1] + " "):
            # "J. Geophys. Res. 2005", "Тр. ГАИШ. 1990": an abbreviated name goes on, no publisher follows it
            end = CONTAINER_END.search(rest, end.end() + word.end())
        if end and re.search(r"(?<!\w)(?:Серия|Сер|Series|Ser)$", rest[:end.start()]):
            # "// Вестник Моск. ун-та. Сер. 9, Филология. – 2005": the series of a journal goes on its name
            ser = re.match(rf"\.?\s?\d+(?:[,:]\s?[{UP}][^.]*)?", rest[end.start():])
            end = CONTAINER_END.search(rest, end.start() + ser.end()) if ser else end
        ser = re.match(rf"\.\s(?:Серия|Серія|Series|Сер\.|Ser\.)\s?(?:\d+[,.:]?\s?)?:?\s?[{UP}][^.–]*", rest[end.start():]) if end else None
        if ser:  # "// Вестник Омского университета. Серия: История. – 2020": the series named after the journal
            end = CONTAINER_END.search(rest, end.start() + ser.end()) or end
        container = rest[:end.start()] if end else rest
        rest = rest[end.end():] if end else ""
        container = EDITOR.sub("", container)
        container = re.sub(r"(?:,\s|\s(?=(?:ed|eds|Hrsg)\.\s[{UP}]|(?:под|за)\s(?:общ\.\s|заг\.\s)?ред\.\s))(?:ed\.(?:\sby)?|eds\.|hrsg\.\svon|[Hh]rsg\.|под\s(?:общ\.\s)?ред\.|за\s(?:заг\.\s)?ред\.|ред\.)\s.*$"
                           .replace("{UP}", UP), "", container)
        sl = re.search(rf"\s/\s(?=[a-z{LOWER}]|(?:Под|За|Сост|Отв|Ред|Гл|Авт)\.?\s|[{UP}][a-z{LOWER}]?\.|[{UP}][a-z{LOWER}]{{0,5}}-[a-z{LOWER}]{{1,3}}\b)",
                       container)
        if sl and sl.start() > 2:  # "// Очерки истории СССР / под ред. Б. А. Рыбакова": its responsibility, not
            # a parallel title ("Palaeobulgarica / Старобългаристика"); "/ Ин-т философии РАН": a body, abbreviated
            container = container[:sl.start()]
        container = re.sub(r"^(?:Газета|Газ\.|Журнал|Журн\.)\s?(?=[«\"])", "", container)
        # "// «Балқаш өңірі» газеті, №5", "// Орталық Қазақстан газеті": the kind of periodical after its name
        container = re.sub(r"(?:(?<=\S)\s(?:газеті|газетасы|журналы)|(?<=[»\"])\s?(?:газета|журнал))\.?\s*$", "",
                           container.strip(),
                           flags=re.I)
        # "// «Балқаш өңірі». – 2018", '"Ақжайық" газеті': the name in quotes of any kind
        container = re.sub(r"^[«\"“„]([^«»\"“”„]+)[»\"”“](?=\.?\s*$)", r"\1", container.strip())
        colon = outside_quotes(container, ":")
        # "Библиотека и общество : сб. статей", "Кітапхана ісі:ғылыми жинақ" (the spaces lost), not "Серия: Филология"
        # "Книга: в 6 т." (the number of volumes after ": ", other title information as in the title area)
        if colon > 2 and (container[colon - 1] == " " or re.match(rf"[a-z{LOWER}\[]|\s[Вв]\s\d+\s?(?:т|кн|ч)(?:\.|\s|$)",
                                                                   container[colon + 1:])
                          # "Библиотека и общество: материалы Всерос. конф.": the kind of the collection after the
                          # colon (the space before it lost) is other title information, not the title's own words
                          # ("Книга: исследования и материалы" names no kind first and no conference)
                          or re.match(r"\s?(?:(?:материалы|материалдары|сб\.|сборник|тез\.|тезисы|труды)(?!\w)"
                                      r"|[^\W\d_][^:]*?(?<!\w)конф(?:\.|еренц))", container[colon + 1:])
                          and not outside_quotes(container[colon + 1:], ":") > 0):
            container = container[:colon]
        elif colon > 2:
            # "Кітапхана ісі: тәжірибе мен ізденіс : конференция материалдары": the title's own colon kept, the other
            # title information after " : " dropped
            spaced = outside_quotes(container[colon + 1:], ":")
            if spaced > 0 and container[colon + spaced] == " ":
                container = container[:colon + spaced]
        # "// Материалы обл. конф. «Книга и время» (Костанай, 20 апр. 2021 г.)": the place and dates of a conference
        # after its name are no words of the container's title
        container = re.sub(rf"\s?\([{UP}][{LOWER}.-]+(?:\s[{UP}][{LOWER}.-]+)?,\s[^()]*?(?:1[5-9]|20)\d\d\s?(?:г|ж)?\.?\)\s*$",
                           "", container.strip())
        m = re.search(rf",\s(?P<place>{PLACE}),\s(?P<pub>[^,]{{3,60}})$", container)
        if m and re.match(r"\s*(?:1[5-9]|20)\d\d", rest) and not out["place"]:
            # "Dimensionen des Rechts, Berlin, Duncker & Humblot, 1974": an imprint with commas
            out["place"], out["publisher"] = place_as_written(m["place"]), strip_value(m["pub"])
            container = container[:m.start()]
        m = re.search(r"\.\s(?P<place>[^.\d]+\.?)$", container.strip())
        if m and not rest.strip(" .") and _bare_place(m["place"]) and not out["place"]:
            # "В: Българско средновековие. Сборник в чест на ... София.": the city of publication ends the entry
            out["place"], container = place_as_written(m["place"].strip()), container.strip()[:m.start()]
        m = re.match(rf"\s*(?P<p>[{UP}]{LET}+)\.\s(?=(?:1[5-9]|20)\d\d)", rest)
        if m:  # "// Treatise on geophysics. Elsevier. 2009."
            out["publisher"] = m["p"]
        # "Прилози 6–7": a double volume (two numbers in a row: "Београд 192-194" are pages)
        vm = re.search(r"\s(\d{1,3})(?:[–-](\d{1,3}))?\.?$", container)
        if vm and vm[2] and int(vm[2]) != int(vm[1]) + 1:
            vm = None
        if vm and re.search(r"(?<!\w)(?:Серия|Серія|Сер\.|Series|Ser\.)$", container[:vm.start()]):
            vm = None  # "// Изв. Рос. АН. Сер. 6. 1914. Т. 8": the number of a journal's series is part of its name
        if vm:
            out["volume"] = vm.group(0).strip(" .")
            container = container[:vm.start()]
        out["source"] = strip_value(container)

    year_m = None
    for y in YEAR.finditer(rest):
        before = rest[max(0, y.start() - 4):y.start()]
        # (not the number of an issue, "№ 2015", nor the end of a range, "1935–1958"; "№ 2. – 2020" is the year)
        if "№" in before[-2:] or re.search(r"\d\s?[–-]\s?$", before):
            continue
        year_m = y
        break
    if year_m and out["year"] is None:
        out["year"] = int(year_m["y"])
    out["date"] = (parse_date(rest, out["year"]) or latin_date(rest, out["year"]) or abbr_date(rest, out["year"])
                   or day_month_date(rest, out["year"]))

    m = ISSUE.search(rest)
    if m:
        out["issue"] = re.sub(r"\s", "", m["n"] or m["m"] or m["w"])  # "№ 1–2", "№1-2": the dash as written
    m = VOLUME.search(rest)
    if m:
        kind = rest[m.start():m.start() + 3]
        bare = re.search(r"(?:^|,\s)(?P<v>\d{1,4}|[IVXLC]+),\s$", rest[:m.start()]) if out["source"] else None
        if (bare and kind.lower().startswith(("кн", "вып", "вип", "шығ")) and out["issue"] is None
                and not re.fullmatch(r"(?:1[5-9]|20)\d\d", bare["v"])):
            # "Български език, 45, кн. 3, 12–20", "Известия, 5, вып. 2, 7–9": a journal's volume written bare, then
            # the book or issue of it
            out["volume"], out["issue"] = bare["v"], m["v"]
            m = None
        elif kind.startswith(("Вып", "Шығ")) and out["issue"] is None and re.search(r"(?<![\w])(?:[Тт]|T|[Тт]ом|Vol)\.", rest):
            out["issue"] = m["v"]
            m = re.search(r"(?<![\w])(?:[Тт]|T|[Тт]ом|Vol)\.?\s?(?P<v>[IVXLCХ\d]+)", rest)
        if m:
            out["volume"] = m["v"].replace(" ", "")
            # (in a periodical, the "книжка" of a volume is its issue: "Русская старина. 1890. Т. 65, кн. 2")
            book = "|[Кк]н" if out["source"] else ""
            n = re.match(rf"[,.]\s(?:–\s)?(?:[Вв]ып|[Вв]ип|[Шш]ығ|[Ии]ss|[Nn]o|[Hh]eft{book})\.\s?(?P<i>\d+)", rest[m.end():])
            if n and out["issue"] is None:  # "Т. 5, вып. 2", "Т. 5. – Вып. 2", "Т. 3, шығ. 4": the issue of a volume
                out["issue"] = n["i"]
    m = re.search(rf"(?<![\w-])(?P<v>\d{{1,2}})\s?-\s?(?:{KK_PART_WORDS}|(?i:шығарылым))", rest)
    if m and out["volume"] is None:  # "1-кітап", "2-том", "2-tom": the Kazakh ordinal before the word
        out["volume"] = m["v"]
    if out["volume"] is None and out["source"]:
        stripped = re.sub(r"^[,\s]*(?:(?:1[5-9]|20)\d\d[.,]\s)?", "", rest)
        m = VOL_ISSUE.match(stripped)
        if m and not (m["v"].isdigit() and 1500 <= int(m["v"]) <= 2099) and not (
                DATE.match(fold(stripped)) or abbr_date(stripped, 2000) or DATE_NUM.match(stripped)
                or latin_date(stripped.split(".")[0], 2000)):  # "2021. 5 sáýir": the day is no volume
            out["volume"] = m["v"]
            if m["i"] or m["j"] or m["k"]:
                out["issue"] = out["issue"] or (m["i"] or m["j"] or m["k"]).strip()

    m = (PAGES_MARK.search(rest) or PAGES_COUNT.search(rest)
         or (out["source"] and re.match(r"\s*(?P<p>\d+\s?[–-]\s?\d+)(?=[.,;]|$)", rest)))
    if not m:  # APA: "... 10 (1): 13-36." / "Балканско езикознание, 1, 2011, 7 – 17"
        m = PAGES_APA.search(rest)
        used = [(x.start(), x.end()) for x in (*VOLUME.finditer(rest), *ISSUE.finditer(rest))]
        if m and (any(a <= m.start("p") < b for a, b in used) or re.fullmatch(r"(?:1[5-9]|20)\d\d", m["p"])
                  or re.search(r"(?<!\w)(?:Гл|гл|Ch|ch|Chap|chap|Разд|разд|Пар|§)\.?\s?$", rest[:m.start("p")])
                  or _year_range(m["p"])
                  or m["p"] == out["issue"] or not (out["source"] or rest[:m.start()].strip())):
            m = None
    if m:
        out["pages"] = re.sub(r"\s", "", m["p"])  # the dash as written: "31–34", "14-16"
        front = re.search(r"(?:^|[–—]\s|\.\s)(?P<r>[IVXLC]{1,6}|[ivxlc]{2,6}),\s?$", rest[:m.start("p")]) if m.re is PAGES_COUNT else None
        if front:  # "– IV, 124 с.", "XII, 340 p.": the preliminary pages in Roman numerals belong to the count
            out["pages"] = f"{front['r']}, {out['pages']}"

    m = PLACE_PUB.search(rest)
    if m:
        out["place"] = place_as_written(m["place"])
        after = rest[m.end():]
        e = PUB_END.search(after)
        out["publisher"] = strip_value(after[:e.start()] if e else after)
        more = re.match(rf";\s?(?P<p>[{UP}«\"„“][^;:,]{{1,60}}?),\s?\[?(?:1[5-9]|20)\d\d", after[e.start():]) if e else None
        if more and out["publisher"] and not PLACE_PUB.match(more["p"]):
            # "М.: Гнозис; Логос, 2000": two publishers of one place (not "М.: Наука; СПб.: Питер")
            out["publisher"] = f"{out['publisher']} ; {strip_value(more['p'])}"
    elif m := PLACE_PUB_COMMA.search(rest):
        out["place"], out["publisher"] = place_as_written(m["place"]), strip_value(m["pub"])
    elif m := _publisher_year(rest):  # "Springer, 2010", "Изд-во МГУ, 1990": a publisher without its place
        out["publisher"] = strip_value(m["pub"])
    elif m := PLACE_YEAR.search(rest) or _place_space_year(rest):
        out["place"] = place_as_written(m["place"])
    elif (m := _place_pages(rest.strip()) or _place_count(rest.strip())):
        # "В: Сборник. София, 5–15.": the place and the pages of a part; "Almaty, 165 p.": the place and the page
        # count of a book whose year heads the entry
        out["place"] = place_as_written(m["place"])
    elif _bare_place(rest.strip().split(". ")[-1]) and (not out["source"] or ". " in rest.strip()):
        # "… Књ. 1. Београд.": a city of publication alone ends the entry
        out["place"] = place_as_written(rest.strip().split(". ")[-1])
    for f in ("place", "publisher"):  # "[Б. м.] : [б. и.], 2019": the place and the publisher are not named
        if out[f] and UNNAMED.fullmatch(out[f].strip()):
            out[f] = None
    if out["place"] and out["volume"] and out["place"].startswith(f"{out['volume']}. "):
        # "// ИОАИЭ. Т. III. Казань, 1884": the volume's numeral before the city is no abbreviated first word
        # of the city's name ("Н. Новгород")
        out["place"] = out["place"][len(out["volume"]) + 2:]


def _place_pages(text: str) -> re.Match | None:
    """"София, 5–15.": a city of publication and the pages of a part."""
    m = re.fullmatch(rf"(?P<place>{PLACE}),\s?\d+\s?[–-]\s?\d+\.?", text)
    return m if m and _bare_place(m["place"]) else None


def _place_count(text: str) -> re.Match | None:
    """"Almaty, 165 p.", "Алматы, 240 с.": a city of publication and the page count, the year written elsewhere."""
    m = re.fullmatch(rf"(?P<place>{PLACE}),\s?\d+\s?(?:p|pp|с|c|б|бет|S)\.?", text)
    return m if m and _bare_place(m["place"]) else None


def _bare_place(text: str) -> bool:
    """True for a city of publication written alone ("София.", "Wien", "М.")."""
    t = text.strip().rstrip(".").strip()
    return bool(t) and fold(t.replace(".", "")) in PLACES or fold(t) in PLACES


def _publisher_year(text: str) -> re.Match | None:
    """A publisher named without its place and followed by the year, at the
    start of ``text`` or after an area separator ("Springer, 2010",
    "Cambridge University Press, 1992", "Изд-во МГУ, 1990")."""
    m = re.search(r"(?:^|(?<=[.–]\s))(?P<pub>[^\W\d][^,:;/]{1,60}?),\s?\[?(?:1[5-9]|20)\d\d\]?", text)
    if not m or not PUBLISHER_WORDS.search(m["pub"]) or IN_MARK.match(m["pub"]) or ". – " in m["pub"]:
        return None  # (not "Изд. 2-е. – М., 2001": an edition area, then the place)
    # "Journal of Academic Librarianship, 2001, 27 (3), 10–20": numbering after the year makes it a journal
    numbered = re.match(r",\s?(?:№|[Vv]ol|[ТтVv]\.|[Nn]o|[Вв]ып|[Кк]н|[Бб]р|[СсCc]\.\s?\d+\s?[–-]|pp?\.|\d+\s?\(|\d+,"
                        r"|\d+\s?[–-]\s?\d+)", text[m.end():])
    return None if numbered else m


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

