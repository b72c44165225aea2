"""References labelled by others, scored by halves.

Two sets written and labelled outside esep are read from a folder (by
default ``../shared/external/`` beside the project):

* AnyStyle: ``anystyle-cyrillic/references.json``, 76 real references
  (Russian, Bulgarian, Ukrainian, Serbian, a few Latin) labelled by the
  AnyStyle project (BSD-2); each item is {"raw", "fields": [[label, text],
  ...]}; the first label of each kind is the gold of our field.
* hayagriva: ``hayagriva-gost/gost-examples.md``, the GOST 7.0.5 examples of
  the hayagriva project (MIT): each output string with the YAML record it
  was generated from; the record is the gold.

Four more sets are kept inside the project, in ``data/`` beside this module:

* dstu: ``dstu-8302/cases.json``, the 28 test cases of a CSL style for the
  Ukrainian standard DSTU 8302:2015 (MIT; see its README.md): the CSL-JSON
  record and the string the style prints from it; the record is the gold,
  of the fields the string prints (a field the style leaves out, such as
  the conference of a paper, is not gold).
* biblatex-gost: ``biblatex-gost/cases.json``, the 222 Cyrillic entries that
  the biblatex style biblatex-gost (GOST R 7.0.5) printed in its examples
  document, each with the database record it was printed from (LPPL 1.3c;
  see its README.md); the record is the gold, of the fields the string prints.
* csl-gost: ``csl-gost-darxor/cases.json``, the 11 sample records of the CSL style GOST R 7.0.11 of
  Darxor/CSL-GOST with the strings the style printed from them (CC BY-SA 3.0, kept apart in its own folder
  with its licence; see its README.md); the record is the gold.
* anystyle-more: ``anystyle-more/references.json``, the 74 other Cyrillic references of AnyStyle's training
  data (BSD-2; see its README.md), read as the shared AnyStyle set is.
* grobid-cyrillic: ``grobid-cyrillic/references.json``, the 7 Cyrillic references of GROBID's training data for its
  citation model (Apache-2.0; see its README.md), labelled in TEI by GROBID's annotators; each item names its half
  (by SHA-256, fixed before its first read).
* kk-ru-press: ``kk-ru-press/references.json``, 60 entries typed for the purpose in the shapes of the press and
  web lists of Kazakh and Russian libraries (see its README.md); each item names its half (by SHA-256, as the
  typed sets below).
* typed-lists: ``typed-lists/references.json``, 80 entries of press lists and bibliographies as librarians type them
  in a word processor (spaces missing or doubled, "-" or "--" for the dash, "и др." and "т.б." without brackets,
  initials before the name, dates "12.03.2024", online news with the date of access, entries broken over two
  lines; see its README.md); each item names its half (by SHA-256).
* gost-kk-ru: ``gost-kk-ru/references.json``, 80 entries in GOST shapes the other sets hold few of (parts of
  collections, conference papers, multi-volume works and series, theses, laws and standards, editions and
  responsibility, web resources, headings with the year after them; see its README.md); each item names its half
  (by SHA-256).

The sets typed for the purpose are kept with the tests, in
``tests/fixtures/citations/`` (each item names its half; see the README beside each):

* ocr-press: ``ocr-press/references.json``, 60 entries of press lists as other programs' OCR leaves them;
* gost-2018: ``gost-2018/references.json``, 80 entries in the shapes of GOST R 7.0.100-2018 and of the lists of
  Kazakh (Cyrillic and Latin) and Russian reports after 2019;
* special-kinds: ``special-kinds/references.json``, 80 entries of special kinds (legal acts headed by their kind,
  standards, dissertations, archival references, reprints, reviews, interviews, maps and recordings, Kazakh
  newspapers with a number and a date in words, English references in a Russian list);
* librarian-press: ``librarian-press/references.json``, 80 entries of press lists as librarians type them (GOST
  followed loosely, surnames without initials, a newspaper after a bare dash, URLs alone, Kazakh and Russian mixed);
* scholarly-lists: ``scholarly-lists/references.json``, 80 entries as scholars write the reference lists of Russian,
  Kazakh, Ukrainian and Bulgarian papers in history, archaeology, philology and library science (author-year
  headings, journals without "//", "С., 1975" and "М.; Л." imprints, "20 (4)", "В: …", titles translated in brackets);
* varied-lists: ``varied-lists/references.json``, 80 entries in shapes the others hold few of (Kazakh academic lists with
  Kazakh imprints, the transliterated reference lists of Kazakh journals with "(In Russ.)", entries copied with their
  numbers, patents and author's certificates, "Текст : электронный" with DOI and EDN, abstracts' lists, acts and
  standards named first, newspapers with dates);
* annotated-lists: ``annotated-lists/references.json``, 80 entries of library lists with annotations after the entry,
  APA and Harvard references as Kazakhstani journals print them, translations, reprints, volumes, editors and
  compilers, conference papers and parts of books, corporate headings, reviews, newspaper articles printed in parts;
* report-bibliographies: ``report-bibliographies/references.json``, 60 entries in the shapes of the press lists and
  bibliographies of Kazakh and Russian library reports (a dash typed for " //", the issue's date before its number,
  "Жинақта:", "В кн.:", web resources of 2015-2024 with the date of access, compilers and translators, "Т. 1–3",
  series in parentheses); split 40 / 20 by the SHA-256 of the entry, the 20 highest digests held out.

Each set is split by a rule fixed before any result was looked at: the
item's 0-based position in its file, even = development half, odd =
evaluation half (the sets typed for the purpose carry their half).  Rules of the parser are written while looking at the
development half only; of the evaluation half only the aggregate figures
are reported (:func:`report` never returns its misses).

Values are compared after folding case, Kazakh/Latin look-alike letters and
punctuation; pages and volumes without their markers ("С.", "Т."), a volume
up to the marker of its issue ("Т. Х. Вып. 4": AnyStyle has no issue
label); years as the first four-digit year; a container without its
"В:"/"In:" marker.  Of a DSTU record the title leaves out a patent's
number and a preprint's kind and number, which GOST writes as other title
information.
AnyStyle keeps title and subtitle in one label, so there our title is
title + ": " + subtitle and our authors the author span as written.  Its
labelling conventions are mapped the same way in every half: a volume label
"23, 3" is compared up to the comma; as it has no issue label, its volume is
compared with our volume, or our issue when we give no volume, and a "genre"
label that is an issue ("№ 4.") is the volume label when there is none; a
title label that runs over " //" ends there (what follows is the
container); a container label with no title label is the title (a
publication described as a whole); a container label that runs on to the
place and year ("ИОАИЭ. Казань, 1892.") gives them; a publisher label with no
location label (a city alone, or "СПб: ЦНИИ …") is compared as one field,
"imprint", with our place and publisher together.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from esep.plugins.citations.parser import parse_citation
from esep.plugins.citations.patterns import fold
from esep.plugins.lang.alphabet import HOMOGLYPHS
from esep.registry import prf as scores

HALVES = ("dev", "eval")
ANYSTYLE_FILE = Path("anystyle-cyrillic") / "references.json"
HAYAGRIVA_FILE = Path("hayagriva-gost") / "gost-examples.md"
DSTU_FILE = Path("dstu-8302") / "cases.json"
BIBLATEX_GOST_FILE = Path("biblatex-gost") / "cases.json"
CSL_GOST_FILE = Path("csl-gost-darxor") / "cases.json"
ANYSTYLE_MORE_FILE = Path("anystyle-more") / "references.json"
KK_RU_PRESS_FILE = Path("kk-ru-press") / "references.json"
TYPED_LISTS_FILE = Path("typed-lists") / "references.json"
GOST_KK_RU_FILE = Path("gost-kk-ru") / "references.json"
GROBID_CYRILLIC_FILE = Path("grobid-cyrillic") / "references.json"
#: the labelled sets kept inside the project
DATA_DIR = Path(__file__).resolve().parent / "data"
#: the sets typed for the purpose, kept with the tests; each item is {"half", "raw", "gold"}
FIXTURE_DIR = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "citations"
#: the fields their gold gives (every one scored)
TYPED_FIELDS = ("authors", "title", "subtitle", "source", "year", "date", "volume", "issue", "pages", "place",
                "publisher", "url", "language")

ANYSTYLE_MAP = {"authors": ("author",), "title": ("title",), "source": ("journal", "container-title"),
                "year": ("date",), "pages": ("pages",), "place": ("location",), "publisher": ("publisher",),
                "volume": ("volume",), "url": ("url",)}
MARKERS = {fold(m) for m in ("с", "c", "p", "pp", "б", "бет", "стр", "s", "т", "t", "vol", "том",
                             "вып", "ч", "кн", "no", "n")}
#: the markers of an issue: a volume label that goes on to the issue ("Т. X. Вып. 4") is compared up to them
ISSUE_MARKERS = {fold(m) for m in ("вып", "вип", "no", "nr", "n", "iss", "issue", "бр", "heft")}
#: places GOST 7.0.12 writes abbreviated
PLACE_ABBR = {"м": "москва", "спб": "санкт петербург", "л": "ленинград", "к": "киев"}
#: the fold maps the lower-case Latin look-alikes; the capitals whose lower case differs (H, K, M, T, B: "H.А."
#: typed for "Н.А.") are mapped before it, in both values compared
_CAPITALS = str.maketrans({k: v for k, v in HOMOGLYPHS.items() if k.isupper() and k.isascii()})

#: (index, reference, gold), or (index, reference, gold, half) for a set that names each item's half
Item = tuple[Any, ...]


def prf(tp: int, fp: int, fn: int) -> dict[str, Any]:
    return scores(tp, tp + fp, tp + fn, lenient=True, ndigits=4, counts=True)


def default_folder() -> Path:
    """``../shared/external`` beside the project checkout."""
    return Path(__file__).resolve().parents[2].parent / "shared" / "external"


def loose(field: str, v: Any) -> Any:
    """A value as compared: folded, tokens joined by one space."""
    if v is None:
        return None
    if field == "authors" and isinstance(v, (list, tuple)):
        return tuple(loose("name", a) for a in v) or None
    s = fold(str(v).translate(_CAPITALS))
    if field == "source":
        s = re.sub(r"^\s*(?:в|in)\s?:\s*", "", s)
    if field == "url":  # "URL http://…" (a label that keeps the word)
        s = re.sub(r"^\s*url\s?:?\s*", "", s)
    if field in ("volume", "issue"):
        s = re.sub(r"\([^)]*\)|/.*$", " ", s)
    if field == "volume":  # "Т. 5, № 2"; "23, 3": the issue after a comma, as after "(" or "/"
        s = re.sub(r"(?<=\w)[\s.,]*№.*$", "", s)
        s = re.sub(r"^(\s*\d+)\s*,\s*\d.*$", r"\1", s)
    if field == "year":
        m = re.search(r"(?:1[5-9]|20)\d\d", s)
        return m.group(0) if m else None
    if field == "pages":  # "198с": the page count with its marker glued to it
        s = re.sub(r"(?<=\d)(?=[^\W\d_])", " ", s)
    toks = re.findall(r"[^\W_]+", s)
    if field == "volume":  # the issue written after the volume ("Т. X. Вып. 4", "Vol. 3, No. 2") is not compared
        toks = toks[:next((k for k, t in enumerate(toks) if k and t in ISSUE_MARKERS), len(toks))]
    if field in ("pages", "volume", "issue"):
        toks = [t for t in toks if t not in MARKERS]
    if field == "place":
        toks = [PLACE_ABBR.get(t, t) for t in toks]
    return " ".join(toks) or None


def half_of(index: int) -> str:
    """The fixed split: even positions are the development half."""
    return HALVES[index % 2]


#: the development half split in two for cross-validation inside it: positions 0, 4, 8, … ("dev-a") and
#: 2, 6, 10, … ("dev-b"); rules are written looking at one part and measured on the other
DEV_PARTS = ("dev-a", "dev-b")


def dev_part_of(index: int) -> str | None:
    """The part of the development half an item is in (None for the evaluation half)."""
    return None if index % 2 else DEV_PARTS[(index // 2) % 2]


def anystyle_items(path: Path) -> Iterator[Item]:
    for i, it in enumerate(json.loads(path.read_text(encoding="utf-8"))):
        labels: dict[str, str] = {}
        for label, text in it["fields"]:
            labels.setdefault(label, text)
        gold = {f: next((labels[n] for n in names if n in labels), None) for f, names in ANYSTYLE_MAP.items()}
        # a book's page count is labelled "pages" in most entries and "note" in some: a note that is a page
        # count alone ("312 с.") is the pages
        if gold["pages"] is None and re.fullmatch(r"(?:[–-]\s?)?\d+\s?(?:с|c|стр|p|pp|S|б)\.?",
                                                  (labels.get("note") or "").strip()):
            gold["pages"] = labels["note"]
        # AnyStyle has no issue label: an issue is labelled "volume", or in some entries "genre" ("№ 4.", "Вып. 2.");
        # with no volume label, such a genre label is the numbering
        if gold["volume"] is None and re.fullmatch(r"(?:№|N|No\.?|Вып\.)\s?\d[\d\s()/–-]*\.?",
                                                   (labels.get("genre") or "").strip()):
            gold["volume"] = labels["genre"]
        # a title label that runs over GOST's " //" ends there; what follows is the container
        if gold["title"] and "//" in gold["title"]:
            title, _, host = gold["title"].partition("//")
            gold["title"] = title.strip() or None
            gold["source"] = gold["source"] or host.strip() or None
        # a container label that runs on to the place and year of the journal's issue ("ИОАИЭ. Казань, 1892."): the
        # container is what comes before them, and they are the place and year
        m = re.fullmatch(r"(.+?)\.\s+([A-ZА-ЯЁ][\w-]*\.?),\s+((?:1[5-9]|20)\d\d)\.?", (gold["source"] or "").strip())
        if m:
            gold["source"] = m.group(1)
            gold["place"] = gold["place"] or m.group(2)
            gold["year"] = gold["year"] or m.group(3)
        # a publication described as a whole is labelled as a container with no title: GOST describes it under its
        # title
        if gold["title"] is None and gold["source"] is not None:
            gold["title"], gold["source"] = gold["source"], None
        # a city alone, or a city with its publisher, labelled "publisher" with no "location": the imprint is
        # compared as one field, with the parser's place and publisher together
        if gold["publisher"] is not None and gold["place"] is None:
            gold["imprint"] = gold.pop("publisher")
            del gold["place"]
        yield i, it["raw"], gold


def anystyle_predicted(p: dict[str, Any]) -> dict[str, Any]:
    out = {f: p.get(f) for f in ANYSTYLE_MAP}
    out["authors"] = p["authors_raw"]
    out["title"] = ": ".join(x for x in (p["title"], p["subtitle"]) if x) or None
    # AnyStyle has no issue label: its "volume" is the numbering, the issue when there is no volume ("N 4")
    out["volume"] = p.get("volume") or p.get("issue")
    out["imprint"] = " ".join(str(x) for x in (p.get("place"), p.get("publisher")) if x) or None
    return out


def _initials_of(given: str) -> str:
    return " ".join(f"{x}." for x in re.findall(r"\w", given))


def hayagriva_items(path: Path) -> Iterator[Item]:
    """(index, output string, gold) for each example of gost-examples.md."""
    import yaml  # PyYAML, installed with datasette

    text = path.read_text(encoding="utf-8")
    inputs = re.findall(r"```yaml\n(.*?)```", text, re.S)
    outputs = re.findall(r"Output:\s*\n\s*`([^`]+)`", text)
    if len(inputs) != len(outputs):
        raise ValueError(f"{path}: {len(inputs)} YAML records but {len(outputs)} outputs")
    for i, (y, raw) in enumerate(zip(inputs, outputs)):
        rec = next(iter(yaml.safe_load(y).values()))
        parent = rec.get("parent") or {}
        authors = rec.get("author") or []
        authors = [authors] if isinstance(authors, dict) else authors
        url = rec.get("url")
        gold = {
            "authors": [f"{a['name']}, {_initials_of(a['given-name'])}" for a in authors] or None,
            "title": rec.get("title"),
            "subtitle": rec.get("note"),
            "source": parent.get("title"),
            "year": rec.get("date") or parent.get("date"),
            "issue": parent.get("issue"),
            "volume": rec.get("volume"),
            "pages": rec.get("page-range"),
            "place": rec.get("location") or parent.get("location"),
            "publisher": rec.get("publisher") or parent.get("publisher"),
            "url": url.get("value") if isinstance(url, dict) else url,
        }
        yield i, raw, gold


def hayagriva_predicted(p: dict[str, Any]) -> dict[str, Any]:
    return {f: p.get(f) for f in ("authors", "title", "subtitle", "source", "year", "issue", "volume", "pages",
                                  "place", "publisher", "url")}


def _printed(value: str, raw_tokens: str) -> bool:
    """True when the tokens of ``value`` are written, in order, in the
    reference (as folded tokens joined by spaces)."""
    v = loose("title", value)
    return bool(v) and f" {v} " in f" {raw_tokens} "


def dstu_items(path: Path) -> Iterator[Item]:
    """(index, printed string, gold) for each case of the DSTU 8302 style's
    tests: the fields of the CSL-JSON record that the string prints."""
    for i, case in enumerate(json.loads(path.read_text(encoding="utf-8"))):
        raw, rec = re.sub(r"^\d+\.\s", "", case["expected"].strip()), case["item"]
        toks = loose("title", raw)
        authors = [f"{a['family']}, {_initials_of(a['given'])}" if a.get("given") else a["family"]
                   for a in rec.get("author") or [] if _printed(a["family"], toks)]
        issued = (rec.get("issued") or {}).get("date-parts") or [[None]]
        gold = {
            "authors": authors or None,
            "title": rec.get("title"),
            "source": rec.get("container-title"),
            "year": issued[0][0],
            "volume": rec.get("volume"),
            "issue": rec.get("issue"),
            "pages": rec.get("page") or rec.get("number-of-pages"),
            "place": rec.get("publisher-place"),
            "publisher": rec.get("publisher"),
            "url": rec.get("URL"),
        }
        for f, v in gold.items():
            if f not in ("authors", "url") and v is not None and not _printed(str(v), toks):
                gold[f] = None
        yield i, raw, gold


def dstu_predicted(p: dict[str, Any]) -> dict[str, Any]:
    out = {f: p.get(f) for f in ("authors", "source", "year", "volume", "issue", "pages", "place", "publisher",
                                 "url")}
    # a patent's number and country ("Title : № 98765 Україна", GOST "Title : пат. 2187888 Рос. Федерация"), a
    # preprint's kind and number ("Preprint. medRxiv № …", GOST "Title : препринт") are other title information
    # to GOST 7.1 but the CSL record's "number", "jurisdiction", "genre", "archive", not its title
    other = re.match(r"(?:№|пат\.|патент|а\.\s?с\.)\s?\d|(?:preprint|препринт|препр\.)(?!\w)", p["subtitle"] or "",
                     re.IGNORECASE)
    sub = None if other else p["subtitle"]
    out["title"] = ": ".join(x for x in (p["title"], sub) if x) or None
    return out


def _bib_names(value: str | None) -> list[tuple[str, str]]:
    """(family, given) of each name of a biblatex name list ("Last, First and First Last")."""
    out = []
    for name in re.split(r"\s+and\s+", value or ""):
        name = name.strip()
        if not name or name.lower() == "others":
            continue
        if "," in name:
            family, given = (x.strip() for x in name.split(",", 1))
        else:
            parts = name.split()
            family, given = parts[-1], " ".join(parts[:-1])
        out.append((family, given))
    return out


def _given_initials(given: str) -> str:
    """"Ганс-Георг" -> "Г.-Г.", "Robert P." -> "R. P."; particles in lower case ("фон") are left out."""
    words = [w for w in re.split(r"[\s.]+", given) if w and w[0].isupper()]
    return " ".join("-".join(f"{p[0]}." for p in w.split("-") if p) for w in words)


def _printed_in(field: str, value: str, raw: str) -> bool:
    """True when ``value`` is written in the reference ``raw``: its folded tokens in order, the places with their
    standard abbreviations (``М.`` = Москва) read as the full name on both sides."""
    if field != "place":
        return _printed(value, loose("title", raw))
    return bool(loose("place", value)) and f" {loose('place', value)} " in f" {loose('place', raw)} "


#: entry types of a part of a book or collection: their container is the ``booktitle``
BIB_PART_TYPES = ("inbook", "bookinbook", "suppbook", "incollection", "suppcollection", "inproceedings", "inreference")


def biblatex_gost_items(path: Path) -> Iterator[Item]:
    """(index, printed string, gold) for each Cyrillic entry of the biblatex-gost examples: the record
    (with what it inherits, see ``data/biblatex-gost/README.md``) is the gold, of the fields the
    string prints.

    Authors as ``Surname, I. I.``; title (+ ": " + subtitle); the container of an article its
    journal, of a part its ``booktitle`` (+ ": " + booksubtitle); year; volume (or ``part``); the
    issue of an article; pages, or the page count of a book; place; publisher (several joined by
    " ; "); URL.  A field whose record value is not written in the string (a date printed as its
    year only, an abbreviation of the style) is not scored; a field the record has not is gold
    ``None``.  Not scored either, where the record leaves the convention open: the place and
    publisher of an article (its journal's), the title of an entry with a ``maintitle``,
    ``titleaddon`` or ``volumes`` (whether "в 3 т." or the main title is in the title), the
    container of a part of a volume with a ``maintitle``, the ``number`` of a book (its number in
    a series), a place that the record gives with its publisher in it."""
    for i, case in enumerate(json.loads(path.read_text(encoding="utf-8"))):
        raw, rec, kind = case["printed"], case["record"], case["type"]
        toks = loose("title", raw)
        authors = [f"{f}, {_given_initials(g)}" if _given_initials(g) else f
                   for f, g in _bib_names(rec.get("author")) if _printed(f, toks)]
        title = rec.get("title")
        if title and rec.get("subtitle"):
            title = f"{title}: {rec['subtitle']}"
        source = None
        if kind == "article":
            source = rec.get("journaltitle") or rec.get("journal")
        elif kind in BIB_PART_TYPES:
            source = rec.get("booktitle")
            if source and rec.get("booksubtitle"):
                source = f"{source}: {rec['booksubtitle']}"
        gold: dict[str, Any] = {
            "authors": authors or None,
            "title": title,
            "source": source,
            "year": rec.get("date") or rec.get("year"),
            "volume": rec.get("volume") or rec.get("part"),
            "issue": (rec.get("number") or rec.get("issue")) if kind == "article" else None,
            "pages": rec.get("pages") or (rec.get("pagetotal") if kind not in BIB_PART_TYPES else None),
            "place": " ; ".join(re.split(r"\s+and\s+", rec["location"])) if rec.get("location") else None,
            "publisher": " ; ".join(re.split(r"\s+and\s+", rec["publisher"])) if rec.get("publisher") else None,
            "url": rec.get("url"),
        }
        skip = set()
        if rec.get("maintitle") or rec.get("titleaddon") or rec.get("volumes"):
            skip.add("title")
        if kind in BIB_PART_TYPES and rec.get("maintitle"):
            skip.add("source")
        if kind != "article" and (rec.get("number") or rec.get("issue")):
            skip.add("issue")
        if (gold["place"] and ":" in gold["place"]) or kind == "article":
            skip |= {"place", "publisher"}  # (an article's are its journal's, which GOST does not print)
        for f, v in gold.items():
            if f in ("authors", "url") or v is None:
                continue
            year = re.search(r"\d{4}", str(v)) if f == "year" else None
            if not _printed_in(f, year.group(0) if year else str(v), raw):
                skip.add(f)
        yield i, raw, {f: v for f, v in gold.items() if f not in skip}


def csl_gost_items(path: Path) -> Iterator[Item]:
    """(index, printed string, gold) for each sample of the CSL style GOST R 7.0.11 of Darxor/CSL-GOST (CC BY-SA
    3.0, kept apart in ``data/csl-gost-darxor/``): the Zotero record the string was printed from is the gold, of
    the fields the string prints.

    Authors as ``Surname, I. I.``; title; the container (of a conference paper the conference's name, the
    proceedings' "материалы конференции" being its other title information); year; volume (its own or its
    container's); issue; pages or page count; place; publisher."""
    for i, case in enumerate(json.loads(path.read_text(encoding="utf-8"))):
        raw, rec = case["printed"], case["record"]
        toks = loose("title", raw)
        authors = [f"{f}, {_initials_of(g)}" for f, g in rec.get("authors") or [] if _printed(f, toks)]
        gold = {
            "authors": authors or None,
            "title": rec.get("title"),
            "source": rec.get("conferenceName") or rec.get("container"),
            "year": rec.get("date"),
            "volume": rec.get("volume"),
            "issue": rec.get("issue"),
            "pages": rec.get("pages") or rec.get("numPages"),
            "place": rec.get("place"),
            "publisher": rec.get("publisher"),
        }
        skip = {f for f, v in gold.items() if f != "authors" and v is not None and not _printed_in(f, str(v), raw)}
        yield i, raw, {f: v for f, v in gold.items() if f not in skip}


def csl_gost_predicted(p: dict[str, Any]) -> dict[str, Any]:
    # the records keep the kind of a thesis ("дис. … канд. … наук") and the number of volumes ("в 6 т.") in fields
    # of their own and have no subtitle, so the title is compared without GOST's other title information
    out = {f: p.get(f) for f in ("authors", "title", "source", "year", "volume", "issue", "pages", "place",
                                 "publisher")}
    return out


#: GROBID's TEI labels (element and its ``level`` or ``unit``) -> our field; the first label of each kind is the gold
GROBID_MAP = {"authors": ("author",), "title": ("title-a", "title-m"), "source": ("title-j",), "year": ("date",),
              "volume": ("biblScope-volume",), "issue": ("biblScope-issue",), "pages": ("biblScope-page", "page"),
              "place": ("pubPlace",), "publisher": ("publisher",), "url": ("ptr",)}


def grobid_items(path: Path) -> Iterator[Item]:
    """(index, reference, gold, half) of the Cyrillic references of GROBID's training data: ``author`` is the author
    span as written, ``title-a`` (a part) or ``title-m`` (a book) the title, ``title-j`` the journal, the first
    ``date`` the year, ``biblScope`` of unit ``volume``, ``issue`` and ``page`` the numbering (``<page>``, which one
    item has for a book's page count, is the pages), ``pubPlace`` and ``publisher`` the imprint.  A field without a
    label is gold ``None``."""
    for i, it in enumerate(json.loads(path.read_text(encoding="utf-8"))):
        labels: dict[str, str] = {}
        for label, text in it["fields"]:
            labels.setdefault(label, text)
        gold = {f: next((labels[n] for n in names if n in labels), None) for f, names in GROBID_MAP.items()}
        yield i, it["raw"], gold, it["half"]


def grobid_predicted(p: dict[str, Any]) -> dict[str, Any]:
    out = {f: p.get(f) for f in GROBID_MAP}
    out["authors"] = p["authors_raw"]
    out["title"] = ": ".join(x for x in (p["title"], p["subtitle"]) if x) or None
    return out


def digest_halves(raws: list[str]) -> list[str]:
    """The split of a set typed for the purpose, fixed before its first read: the half of each entry by the SHA-256
    of its text (UTF-8, hex), the lower half of the digests the development half."""
    import hashlib

    digests = [hashlib.sha256(r.encode("utf-8")).hexdigest() for r in raws]
    cut = sorted(digests)[len(digests) // 2 - 1]
    return [HALVES[d > cut] for d in digests]


def typed_items(path: Path) -> Iterator[Item]:
    """(index, reference, gold, half) of a set typed for the purpose."""
    for i, it in enumerate(json.loads(path.read_text(encoding="utf-8"))["items"]):
        yield i, it["raw"], it["gold"], it["half"]


def typed_predicted(p: dict[str, Any]) -> dict[str, Any]:
    return {f: p.get(f) for f in TYPED_FIELDS}


#: name -> (file inside the folder, items, predicted fields)
SETS: dict[str, tuple[Path, Callable[[Path], Iterator[Item]], Callable[[dict[str, Any]], dict[str, Any]]]] = {
    "anystyle": (ANYSTYLE_FILE, anystyle_items, anystyle_predicted),
    "hayagriva": (HAYAGRIVA_FILE, hayagriva_items, hayagriva_predicted),
}
#: the sets kept in DATA_DIR, read whatever folder is given for the others
PROJECT_SETS: dict[str, tuple[Path, Callable[[Path], Iterator[Item]], Callable[[dict[str, Any]], dict[str, Any]]]] = {
    "dstu": (DSTU_FILE, dstu_items, dstu_predicted),
    "biblatex-gost": (BIBLATEX_GOST_FILE, biblatex_gost_items, dstu_predicted),
    "csl-gost": (CSL_GOST_FILE, csl_gost_items, csl_gost_predicted),
    "anystyle-more": (ANYSTYLE_MORE_FILE, anystyle_items, anystyle_predicted),
    "kk-ru-press": (KK_RU_PRESS_FILE, typed_items, typed_predicted),
    "typed-lists": (TYPED_LISTS_FILE, typed_items, typed_predicted),
    "gost-kk-ru": (GOST_KK_RU_FILE, typed_items, typed_predicted),
    "grobid-cyrillic": (GROBID_CYRILLIC_FILE, grobid_items, grobid_predicted),
}
#: the sets typed for the purpose, in FIXTURE_DIR (found in a checkout of the project)
TYPED_SETS: dict[str, tuple[Path, Callable[[Path], Iterator[Item]], Callable[[dict[str, Any]], dict[str, Any]]]] = {
    "ocr-press": (Path("ocr-press") / "references.json", typed_items, typed_predicted),
    "gost-2018": (Path("gost-2018") / "references.json", typed_items, typed_predicted),
    "special-kinds": (Path("special-kinds") / "references.json", typed_items, typed_predicted),
    "librarian-press": (Path("librarian-press") / "references.json", typed_items, typed_predicted),
    "scholarly-lists": (Path("scholarly-lists") / "references.json", typed_items, typed_predicted),
    "varied-lists": (Path("varied-lists") / "references.json", typed_items, typed_predicted),
    "annotated-lists": (Path("annotated-lists") / "references.json", typed_items, typed_predicted),
    "report-bibliographies": (Path("report-bibliographies") / "references.json", typed_items, typed_predicted),
}


def typed_set(name: str) -> tuple[Path, list[dict[str, Any]]]:
    """The file of a set typed for the purpose and its items ({"half", "raw", "gold"}), as stored."""
    path = FIXTURE_DIR / TYPED_SETS[name][0]
    return path, json.loads(path.read_text(encoding="utf-8"))["items"]


def score_labelled(items, predicted, half: str | None = None) -> dict[str, Any]:
    """Field-level precision/recall/F1 of parse_citation on labelled items
    (of one half, or one part of the development half, when ``half`` is
    given), with the misses."""
    counts: dict[str, list[int]] = {}
    misses, n, n_dev = [], 0, 0
    for item in items:
        i, raw, gold = item[:3]
        if len(item) > 3:  # the set names the half; the development half's items alternate between its parts
            own, part = item[3], None
            if own == "dev":
                part, n_dev = DEV_PARTS[n_dev % 2], n_dev + 1
        else:
            own, part = half_of(i), dev_part_of(i)
        if half is not None and (part if half in DEV_PARTS else own) != half:
            continue
        n += 1
        pred = predicted(parse_citation(raw))
        for f, g in gold.items():
            gv, pv = loose(f, g), loose(f, pred.get(f))
            if f == "url" and pv and gv:
                pv, gv = pv.rstrip("/ "), gv.rstrip("/ ")
            c = counts.setdefault(f, [0, 0, 0])
            if pv == gv:
                c[0] += pv is not None
                continue
            c[1] += pv is not None
            c[2] += gv is not None
            misses.append(f"#{i} {f}: {pv!r} != {gv!r}")
    fields = {f: prf(*c) for f, c in counts.items()}
    overall = prf(*(sum(c[k] for c in counts.values()) for k in range(3)))
    return {"n": n, "fields": fields, "overall": overall, "misses": misses}


def report(folder: Path | None = None) -> list[dict[str, Any]]:
    """One row per labelled set and half found in ``folder`` (and per part
    of the development half, ``dev-a`` and ``dev-b``): the number of
    references, overall and per-field scores.  No misses: the evaluation
    half is reported only in aggregate."""
    folder = Path(folder) if folder is not None else default_folder()
    rows = []
    sets = [(folder / rel, name, items, predicted) for name, (rel, items, predicted) in SETS.items()]
    sets += [(DATA_DIR / rel, name, items, predicted) for name, (rel, items, predicted) in PROJECT_SETS.items()]
    sets += [(FIXTURE_DIR / rel, name, items, predicted) for name, (rel, items, predicted) in TYPED_SETS.items()]
    for path, name, items, predicted in sets:
        if not path.is_file():
            continue
        for half in HALVES + DEV_PARTS:
            r = score_labelled(items(path), predicted, half)
            rows.append({"set": name, "half": half, "n": r["n"], **r["overall"], "fields": r["fields"]})
    return rows


# -- the development halves damaged as unseen lists damage them ----------------

#: the Cyrillic letters that have a Latin look-alike (the inverse of the alphabet's table), and those letters
_LATIN_FOR = {v: k for k, v in HOMOGLYPHS.items() if k.isascii() and v.lower() != "і"}
_HAS_LOOKALIKE = re.compile("[" + "".join(_LATIN_FOR) + "]")


def _lookalikes(text: str) -> str:
    """Every other Cyrillic word with a look-alike letter typed (or read by OCR) in Latin ("Hаука", "Библиотeка")."""
    words = re.split(r"(\s+)", text)
    cyr = [k for k, w in enumerate(words) if re.search(r"[а-яА-Я]", w) and _HAS_LOOKALIKE.search(w)]
    for n, k in enumerate(cyr):
        if n % 2:
            w = words[k]
            j = _HAS_LOOKALIKE.search(w).start()
            words[k] = w[:j] + _LATIN_FOR[w[j]] + w[j + 1:]
    return "".join(words)


def _add_medium(text: str) -> str:
    """"[Текст]" (or "[Электронный ресурс]" when the entry has a link) after the title proper."""
    m = re.search(r"\s(?=//|/\s|:\s)|\.\s[–-]\s", text)
    note = "[Электронный ресурс]" if re.search(r"https?://|URL", text) else "[Текст]"
    return f"{text[:m.start()]} {note}{text[m.start():]}" if m else text


#: how a reference is damaged: the name says what is done to it; every change is made wherever its pattern is
DAMAGES: dict[str, Callable[[str], str]] = {
    "hyphen for the dash": lambda t: re.sub(r"[–—]", "-", t),
    "em dash for the dash": lambda t: re.sub(r"\s–\s", " — ", t),
    "full stop before the dash lost": lambda t: re.sub(r"\.\s[–—-]\s", " – ", t),
    "spaces around the dash lost": lambda t: re.sub(r"\.\s[–—]\s", ".–", t),
    "full stop doubled": lambda t: re.sub(r"(?<=\w)\.\s(?=[–—-]\s)", ".. ", t),
    "space after // lost": lambda t: t.replace("// ", "//"),
    "page and volume marks in the other case": lambda t: re.sub(
        r"(?<![^\W\d_])([СсТт])\.(?=\s?[\dIVXХ])", lambda m: m[1].swapcase() + ".", t),
    "№ written No": lambda t: re.sub(r"№\s?", "No ", t),
    "look-alike Latin letters": _lookalikes,
    "[Текст] after the title": _add_medium,
    "spaces between initials lost": lambda t: re.sub(r"(?<=\b[A-ZА-ЯЁ]\.)\s(?=[A-ZА-ЯЁ]\.)", "", t),
    "// written as a full stop": lambda t: re.sub(r"\.?\s?(?<!:)//\s?", ". ", t),
    "// read by OCR as II": lambda t: re.sub(r"\s?(?<!:)//\s?", " II ", t),
    "area separator written as a full stop": lambda t: re.sub(r"\.\s?[–—]\s?", ". ", t),
}


def score_damaged(items, predicted, damage: str, half: str = "dev") -> dict[str, Any]:
    """Field scores of the references of a development half (or part) damaged by ``DAMAGES[damage]``, against
    the same gold.  The evaluation half is never damaged nor scored here."""
    if half not in ("dev",) + DEV_PARTS:
        raise ValueError("only the development half is damaged")
    fn = DAMAGES[damage]
    # (an item keeps the half its set names, so a set split by digests is not split again by position)
    changed = [(i, fn(raw), gold, *own) for i, raw, gold, *own in items if (own[0] if own else half_of(i)) == "dev"]
    return score_labelled(iter(changed), predicted, half)
