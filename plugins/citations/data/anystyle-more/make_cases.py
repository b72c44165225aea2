"""Build references.json from AnyStyle's parser training data.

Every labelled sequence of ``res/parser/{bad,core,gold,good,ugly}.xml``
(inukshuk/anystyle at commit c6f5fb2) that holds a Cyrillic letter, in
file order, without the ones ``../shared/external/anystyle-cyrillic``
already holds (compared as the labels' texts joined by one space) and
without repeats.  Each item: the file it comes from, ``raw`` (the labels'
texts joined by a space, as the shared set writes them) and ``fields``
([label, text] in order).

    python make_cases.py ANYSTYLE_CHECKOUT SHARED_REFERENCES_JSON
"""

import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def main(repo: str, shared: str) -> None:
    known = {re.sub(r"\s+", " ", x["raw"]).strip() for x in json.loads(Path(shared).read_text(encoding="utf-8"))}
    out, seen = [], set()
    for name in ("bad", "core", "gold", "good", "ugly"):
        root = ET.parse(Path(repo) / "res" / "parser" / f"{name}.xml").getroot()
        for seq in root.iter("sequence"):
            fields = [[c.tag, re.sub(r"\s+", " ", c.text or "").strip()] for c in seq]
            raw = " ".join(t for _, t in fields)
            if not re.search(r"[а-яА-ЯёЁ]", raw) or raw in known or raw in seen:
                continue
            seen.add(raw)
            out.append({"file": f"res/parser/{name}.xml", "raw": raw, "fields": fields})
    Path(__file__).with_name("references.json").write_text(
        json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(len(out), "references")


if __name__ == "__main__":
    main(*sys.argv[1:3])
