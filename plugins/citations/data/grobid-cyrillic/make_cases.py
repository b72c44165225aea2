"""Build references.json from GROBID's training data for its citation model.

Every ``<bibl>`` of
``grobid-trainer/resources/dataset/citation/corpus/raw_ref_corrected.training.references.tei.xml``
(kermitt2/grobid at commit b8d6bec) that holds a Cyrillic letter, in file
order.  Each item: ``raw`` (the text of the ``<bibl>``, white space
folded), ``fields`` ([label, text] in order; the label is the element's
name with its ``level`` or ``unit``: ``title-a``, ``title-j``,
``biblScope-page``) and ``half``, fixed here, before any reference was
parsed: the SHA-256 of ``raw`` (UTF-8, hex), the lower half of the
digests (``len // 2`` of them) the development half.

    python make_cases.py GROBID_CHECKOUT
"""

import hashlib
import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TEI = "{http://www.tei-c.org/ns/1.0}"
FILE = "grobid-trainer/resources/dataset/citation/corpus/raw_ref_corrected.training.references.tei.xml"


def squeeze(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def main(repo: str) -> None:
    root = ET.parse(Path(repo) / FILE).getroot()
    out = []
    for bibl in root.iter(f"{TEI}bibl"):
        raw = squeeze("".join(bibl.itertext()))
        if not re.search(r"[а-яА-ЯёЁ]", raw):
            continue
        fields = []
        for child in bibl:
            name = child.tag.replace(TEI, "")
            kind = child.get("level") or child.get("unit") or child.get("type")
            fields.append([f"{name}-{kind}" if kind else name, squeeze("".join(child.itertext()))])
        out.append({"raw": raw, "fields": fields})
    digests = [hashlib.sha256(it["raw"].encode("utf-8")).hexdigest() for it in out]
    cut = sorted(digests)[len(digests) // 2 - 1]
    for it, d in zip(out, digests):
        it["half"] = "eval" if d > cut else "dev"
    Path(__file__).with_name("references.json").write_text(
        json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(len(out), "references,", sum(it["half"] == "dev" for it in out), "in the development half")


if __name__ == "__main__":
    main(sys.argv[1])
