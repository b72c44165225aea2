"""Build ``cases.json`` from the biblatex-gost examples (run once, by hand).

    python make_cases.py biblatex-gost-examples.pdf biblatex-gost-examples.bib > cases.json

The two files are those of odomanov/biblatex-gost at commit
626d54f2d3601e7d0fad18e0f496f83fbbb5556c (``doc/latex/biblatex-gost/``): the
PDF is the examples document that biblatex-gost printed from the .bib.  Each
printed entry starts with a link (a down arrow) whose destination is the key
of its record, so string and record are paired by the document itself.

For each printed entry that has a Cyrillic letter (222 of the 343; the
others are French, German and English books), in the order of the PDF: the key, the entry type, the
string as printed (lines joined; a hyphen at a line end is dropped when the
word without it is written in the record, as TeX hyphenates; the accents that
the PDF gives as spacing marks are put back on their letters), the record's
fields and the fields of the record it inherits from (``crossref``), with
LaTeX markup taken out.  Nothing else is changed.

Needs pdfplumber (a dependency of esep) and bibtexparser 1.x (only here).
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata

import bibtexparser
import pdfplumber

#: spacing accents the PDF's text layer gives apart from their letter -> the names of their combining marks
ACCENTS = {"´": "ACUTE ACCENT", "`": "GRAVE ACCENT", "ˆ": "CIRCUMFLEX ACCENT", "¨": "DIAERESIS", "˘": "BREVE",
           "ˇ": "CARON", "˜": "TILDE", "¸": "CEDILLA"}


def combining(name: str) -> str:
    return unicodedata.lookup(f"COMBINING {name}")


def fix_accents(s: str) -> str:
    # "´e" (mark before its letter) and "a¨" (diaeresis after it, as this PDF gives it)
    s = re.sub(r"([´`ˆ˘ˇ˜])\s?([A-Za-zА-Яа-я])", lambda m: m.group(2) + combining(ACCENTS[m.group(1)]), s)
    s = re.sub(r"([A-Za-z])¨", lambda m: m.group(1) + combining(ACCENTS["¨"]), s)
    s = re.sub(r"¨([A-Za-z])", lambda m: m.group(1) + combining(ACCENTS["¨"]), s)
    return unicodedata.normalize("NFC", s)


#: the accent commands of LaTeX -> the names of their combining marks
LATEX_ACCENTS = {"'": "ACUTE ACCENT", "`": "GRAVE ACCENT", "^": "CIRCUMFLEX ACCENT", '"': "DIAERESIS",
                 "~": "TILDE", "v": "CARON", "u": "BREVE", "c": "CEDILLA"}


def untex(v: str) -> str:
    """A bib value without its LaTeX markup."""
    v = re.sub(r"\\([`'^\"~vuc])\s*\{?\\?([A-Za-z])\}?", lambda m: m.group(2) + combining(LATEX_ACCENTS[m.group(1)]), v)
    v = re.sub(r"\\enquote\*?\{", "«", v)  # closed by the brace below, mapped to »
    out, depth, quotes = [], 0, []
    i = 0
    while i < len(v):
        c = v[i]
        if c == "{":
            quotes.append(out and out[-1] == "«" and v[max(0, i - 1)] != "{")
            depth += 1
        elif c == "}":
            depth -= 1
            if quotes and quotes.pop():
                out.append("»")
        elif c == "\\":
            m = re.match(r"\\([A-Za-z]+|.)\s*", v[i:])
            name = m.group(1)
            repl = {"&": "&", "%": "%", "$": "$", "_": "_", "#": "#", ",": " ", " ": " ", "-": "", "/": "",
                    "ldots": "…", "dots": "…", "No": "№", "textendash": "–", "textemdash": "—",
                    "S": "§", "i": "i"}.get(name, "")
            out.append(repl)
            i += m.end()
            continue
        else:
            out.append(c)
        i += 1
    s = "".join(out)
    s = s.replace("---", "—").replace("--", "–").replace("~", " ").replace("<<", "«").replace(">>", "»")
    s = s.replace("``", "“").replace("''", "”")
    return unicodedata.normalize("NFC", re.sub(r"\s+", " ", s)).strip()


def printed_entries(pdf_path: str) -> list[tuple[str, str]]:
    """(key, printed lines) for each entry of the PDF, in order."""
    entries: list[tuple[str, list[str]]] = []
    with pdfplumber.open(pdf_path) as pdf:
        for page in pdf.pages:
            links = [(a["top"], a["data"]["A"]["D"]) for a in page.annots
                     if isinstance(a.get("data", {}).get("A"), dict) and a["data"]["A"].get("D")]
            for line in page.extract_text_lines(x_tolerance=1.5):
                text = line["text"]
                if text.startswith("⇑"):        # the listing of the .bib that ends the document
                    return [(k, ls) for k, ls in entries]
                if re.fullmatch(r"\d+ @\w+|\d+", text.strip()) or text.startswith("∗"):
                    continue  # a section heading, a page number, the footnote of the title page
                if text.startswith("⇓"):
                    near = [d for top, d in links if abs(top - line["top"]) < 4]
                    key = near[0].decode() if isinstance(near[0], bytes) else str(near[0])
                    entries.append((key, [text[1:].strip()]))
                elif entries:
                    entries[-1][1].append(text.strip())
    return entries


def join_lines(lines: list[str], record_text: str) -> str:
    words = set(re.findall(r"\w+", record_text.lower()))
    s = lines[0]
    for nxt in lines[1:]:
        m = re.search(r"(\w+)-$", s)
        if m and not s.endswith("—-"):
            head = re.match(r"\w+", nxt)
            joined = m.group(1) + (head.group(0) if head else "")
            if joined.lower() in words:
                s = s[:-1] + nxt
                continue
            s = s + nxt
            continue
        s = s + " " + nxt
    return fix_accents(re.sub(r"\s+", " ", s)).strip()


KEEP = ("author", "editor", "title", "subtitle", "titleaddon", "maintitle", "mainsubtitle", "booktitle",
        "booksubtitle", "journaltitle", "journal", "journalsubtitle", "volume", "volumes", "part", "number", "issue",
        "pages", "pagetotal", "location", "address", "publisher", "date", "year", "url", "series", "edition",
        "language")
#: the entry types whose titles a child of another type inherits as its booktitle (biblatex's default
#: inheritance); from a multi-volume parent (mv*) the title is inherited as maintitle
PART_TYPES = ("inbook", "bookinbook", "suppbook", "incollection", "suppcollection", "inproceedings", "inreference")


def resolve(key: str, records: dict, seen: frozenset = frozenset()) -> dict[str, str]:
    """The fields of an entry with those it inherits from its ``xdata`` entries and, by biblatex's
    default inheritance rules, from its ``crossref`` parent (recursively)."""
    rec = records[key.lower()]
    out = {k: untex(v) for k, v in rec.items() if k in KEEP}
    for xd in filter(None, (x.strip().lower() for x in rec.get("xdata", "").split(","))):
        if xd in records and xd not in seen:
            for k, v in resolve(xd, records, seen | {key.lower()}).items():
                out.setdefault(k, v)
    parent = rec.get("crossref", "").lower()
    if parent in records and parent not in seen:
        ptype, ctype = records[parent]["ENTRYTYPE"].lower(), rec["ENTRYTYPE"].lower()
        for k, v in resolve(parent, records, seen | {key.lower()}).items():
            if k in ("title", "subtitle", "titleaddon"):
                if ptype == "periodical" and ctype == "article":
                    k = {"title": "journaltitle", "subtitle": "journalsubtitle"}.get(k, k)
                elif ptype.startswith("mv"):
                    k = "main" + k
                elif ctype in PART_TYPES:
                    k = "book" + k
            out.setdefault(k, v)
    return out


def main(pdf_path: str, bib_path: str) -> None:
    with open(bib_path, encoding="utf-8") as f:
        parser = bibtexparser.bparser.BibTexParser(common_strings=True, ignore_nonstandard_types=False)
        parser.homogenize_fields = False
        db = bibtexparser.load(f, parser=parser)
    records = {e["ID"].lower(): e for e in db.entries}
    cases = []
    for key, lines in printed_entries(pdf_path):
        if not re.search(r"[\u0400-\u04ff]", " ".join(lines)):
            continue  # only the entries written in Cyrillic letters are kept
        if key.lower() not in records:
            print(f"no record for {key}", file=sys.stderr)
            continue
        fields = resolve(key, records)
        rec = records[key.lower()]
        cases.append({"key": rec["ID"], "type": rec["ENTRYTYPE"].lower(),
                      "printed": join_lines(lines, " ".join(fields.values())), "record": fields})
    json.dump(cases, sys.stdout, ensure_ascii=False, indent=1)
    print(f"{len(cases)} cases", file=sys.stderr)


if __name__ == "__main__":
    main(*sys.argv[1:3])
