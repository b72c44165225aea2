"""A statistical form's note on one of its numbered rows.

Under a section of form 6-НК (or any table whose rows carry codes in a
column "№ строки"), a report notes a part of one row's figure by the row's
code: "Из строки 03 (гр. 3) – книги и брошюры: 187 560 экз.", "Из стр. 01 –
на казахском языке 2 410". The figure is the row's indicator, of the same
period and date, of the kind or language the note names.
"""
from __future__ import annotations

import re

from esep.model import Document, Record
from esep.plugins.facts.common import FactVocab, best_category, language_of, tokenize
from esep.plugins.lang.numbers import find_numbers

#: the opening of a note on a row: "Из строки 03", "Из стр. 03 (гр. 3)", "из строки 01 графы 4"
_FROM_ROW_RE = re.compile(r"(?i)^\s*из\s+(?:строки|стр\.)\s*№?\s*(\d{1,3})(?:\s*\(?\s*(?:гр\.|графы|графа)\s*\d{1,2}\s*\)?)?"
                          r"\s*[–—:-]?\s*")
#: the head of the column of row codes: "№ строки", "Код строки", "стр."
_ROW_CODE_HEAD_RE = re.compile(r"(?i)(?:№|код|номер)\s*(?:строк|стр\.)|^\s*стр\.?\s*$")


def _row_of_code(table, code: str) -> int | None:
    """The row of ``table`` whose cell in the column of row codes holds ``code`` ("03" for "03" or "3")."""
    heads = [c for c in table.cells if _ROW_CODE_HEAD_RE.search(c.text or "")]
    for head in heads:
        for c in table.cells:
            if c.col == head.col and c.row > head.row and (c.text or "").strip().lstrip("0") == code.lstrip("0"):
                return c.row
    return None


def rows_noted(document: Document, records: list[Record], fv: FactVocab) -> None:
    """Give each figure of a note on a form's row ("Из строки 03 – книги и брошюры: 187 560 экз.") the row's
    indicator, period and date, with the kind or language the note names; the unnamed figures the prose reader
    kept for it are replaced."""
    tables = sorted((t for t in document.tables if t.kind == "table"), key=lambda t: t.position)
    for b in document.blocks:
        m = _FROM_ROW_RE.match(b.text or "")
        if m is None:
            continue
        table = next((t for t in reversed(tables) if t.position < b.index), None)
        row = _row_of_code(table, m.group(1)) if table is not None else None
        if row is None:
            continue
        whole = next((r for r in records if r.table == "facts" and r.table_index == table.index and r.cell
                      and r.cell[0] == row and r.values.get("metric") and not r.values.get("category")
                      and not r.values.get("language")), None)
        if whole is None:
            continue
        text, start = b.text, m.end()
        made = []
        for n in find_numbers(text[start:]):
            label = text[start:start + n.start]
            toks = tokenize(label, fv)
            category, language = best_category(label, fv, toks), language_of(toks.hits)
            if category is None and language is None:
                continue
            values = dict(whole.values)
            values.update(value=float(n.value), category=category, language=language,
                          label=" ".join(label.split()).strip(" :–—-")[:300] or None, label_key=None, source="text")
            made.append(Record("facts", values, evidence=text, confidence=0.7, provenance=b.provenance, block=b.index,
                               extractor=whole.extractor))
            start = start + n.end
        if made:
            kept = {r.values["value"] for r in made}
            records[:] = [r for r in records if not (r.table == "facts" and r.block == b.index
                                                     and r.values.get("value") in kept)]
            records.extend(made)
