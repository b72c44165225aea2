"""Plain texts whose tables were flattened into lines of a label and its
figures one space apart, and plain texts exported from an OCR'd scan.

The fixtures in tests/fixtures/ocr_txt/ are a Kazakh nine months' report as
an archive may hold it: the text an OCR program read from its scan
(``aksu_okzh_2023_9ai_ocr_export.txt``: digits read as letters, Latin letters
and 1 inside Cyrillic words, Kazakh letters lost) and the same text typed
clean in the same flat layout.  The expected figures were read off the
report by hand."""

from __future__ import annotations

from pathlib import Path

import pytest

from esep.pipeline import process_file
from esep.plugins.text.flat import flat_table, split_figures
from esep.plugins.text.loader import decode, parse, split_lines
from esep.plugins.text.ocr_signs import THRESHOLD, ocr_damage
from esep.registry import Config

from conftest import CORPUS, SEED_TXT

FIXTURES = Path(__file__).parent / "fixtures" / "ocr_txt"
OCR_TXT = FIXTURES / "aksu_okzh_2023_9ai_ocr_export.txt"
CLEAN_TXT = FIXTURES / "aksu_okzh_2023_9ai_clean_flat.txt"


def grid(table):
    rows: dict[int, list[str]] = {}
    for c in sorted(table.cells, key=lambda c: (c.row, c.col)):
        rows.setdefault(c.row, []).append(c.text)
    return [rows[r] for r in sorted(rows)]


def read(path):
    text, enc = decode(path.read_bytes())
    return text, parse(text, str(path), enc)


# ------------------------------------------------------------------ splitting figures


@pytest.mark.parametrize("tokens, heads, want", [
    # the header's three columns decide: only one way makes three figures
    ("11 870 12 046 +176", ["2022 ж. 9 айы", "2023 ж. 9 айы", "Айырмашылығы"], ["11 870", "12 046", "+176"]),
    ("86 320 88 915 +2 595", ["2022", "2023", "+/-"], ["86 320", "88 915", "+2 595"]),
    # two columns: "27 945" is two figures, "64 1 920" is 64 and 1 920
    ("27 945", ["Саны", "Қатысушылар саны"], ["27", "945"]),
    ("64 1 920", ["Саны", "Қатысушылар саны"], ["64", "1 920"]),
    # 231 | 600 236 842 | +5 242 keeps the thousands rule too; the difference column says which
    ("231 600 236 842 +5 242", ["2022 ж.", "2023 ж.", "Айырмашылығы"], ["231 600", "236 842", "+5 242"]),
    # a fund's movement: start + received - withdrawn = end picks one of the readings
    ("182 905 3 240 2 675 183 470", ["01.01.2023 ж.", "Түскені", "Шығарылғаны", "01.10.2023 ж."],
     ["182 905", "3 240", "2 675", "183 470"]),
    # digits read as letters count as digits
    ("11 87О 12 О46 +176", ["2О22 ж.", "2023 ж.", "Айырмашылыгы"], ["11 87О", "12 О46", "+176"]),
])
def test_figures_split_by_the_thousands_rule_and_the_header(tokens, heads, want):
    toks = tokens.split()
    parts = split_figures(toks, heads)
    assert parts is not None
    assert [" ".join(toks[k] for k in p) for p in parts] == want


@pytest.mark.parametrize("tokens, heads", [
    ("231 600 236 842", ["2022 ж.", "2023 ж."]),  # 231 600 | 236 842 or 231 | 600 236 842: nothing says
    ("12 046 +176", ["2022", "2023", "Айырмашылығы"]),  # two figures for three columns
    ("1 2 3 4", ["2022", "2023"]),  # four figures for two columns: none merged
])
def test_a_row_that_splits_more_ways_than_one_or_none_is_not_split(tokens, heads):
    assert split_figures(tokens.split(), heads) is None


# ------------------------------------------------------------------ tables


def test_flat_tables_of_the_clean_text():
    text, doc = read(CLEAN_TXT)
    tables = [grid(t) for t in doc.tables]
    assert len(tables) == 3
    main, fund, events = tables
    assert main[0] == ["Көрсеткіштер", "2022 ж. 9 айы", "2023 ж. 9 айы", "Айырмашылығы"]
    assert main[1] == ["Оқырмандар саны", "11 870", "12 046", "+176"]
    # the label wrapped or not, its figures are the row's: 4 415 last year, 4 530 this year
    assert main[2] == ["оның ішінде 14 жасқа дейінгі балалар", "4 415", "4 530", "+115"]
    assert main[4] == ["Кітап берілімі", "231 600", "236 842", "+5 242"]
    assert main[7] == ["Кітап айналымы", "1,3", "1,3", "0"]
    assert fund == [["", "01.01.2023 ж. жағдайы бойынша", "Түскені", "Шығарылғаны", "01.10.2023 ж. жағдайы бойынша"],
                    ["Барлығы, дана", "182 905", "3 240", "2 675", "183 470"],
                    ["оның ішінде қазақ тілінде", "101 230", "2 410", "1 102", "102 538"]]
    assert events[0] == ["Іс-шара түрі", "Саны", "Қатысушылар саны"]
    assert events[4] == ["Викторина", "31", "806"] and events[-1] == ["Барлығы", "216", "6 836"]
    # provenance: each cell's line and characters are where its text is written
    for t in doc.tables:
        for c in t.cells:
            if c.text and c.row > 0 and c.col > 0:
                assert text[c.provenance.char_start:c.provenance.char_end] == c.text
                assert text.splitlines()[c.provenance.line - 1].count(c.text) >= 1
    # the lines of the tables are no paragraphs; the prose is
    assert not any("11 870 12 046" in b.text for b in doc.blocks)
    assert any(b.text.startswith("2023 жылдың 9 айында") for b in doc.blocks)


def test_flat_tables_of_the_ocr_export():
    """The header wrapped over two lines, a label begun on the line before
    its row, zeros read as О: the same three tables."""
    text, doc = read(OCR_TXT)
    main, fund, events = (grid(t) for t in doc.tables)
    assert main[0] == ["Көрсеткіштер", "2О22 ж. 9 айы", "2023 ж. 9 айы", "Айырмашылыгы"]
    assert main[2] == ["онын ішінде 14 жаска дейінгі балалар", "4 415", "4 53О", "+115"]
    assert main[7] == ["Кiтап айналымы", "1,3", "1,3", "О"]
    assert fund[0][4] == "О1.1О.2О23 ж. жагдайы бойынша"
    assert fund[2][1:] == ["1О1 23О", "2 41О", "1 1О2", "1О2 538"]
    assert len(events) == 9 and events[1] == ["Кітап көрмесі", "64", "1 92О"]


def test_a_row_that_cannot_be_split_ends_the_table_as_a_paragraph():
    text = ("Көрсеткіштер 2022 ж. 2023 ж.\n"
            "Оқырмандар саны 11870 12046\n"
            "Келушілер саны 86320 88915\n"
            "Кітап берілімі 231 600 236 842\n"
            "Оқылым 19,5 19,7\n")
    doc = parse(text)
    assert [grid(t) for t in doc.tables] == [[["Көрсеткіштер", "2022 ж.", "2023 ж."],
                                             ["Оқырмандар саны", "11870", "12046"],
                                             ["Келушілер саны", "86320", "88915"]]]
    assert [b.text for b in doc.blocks] == ["Кітап берілімі 231 600 236 842", "Оқылым 19,5 19,7"]


def test_prose_with_years_and_figures_is_no_header():
    text = ("2023 жылы Аудан Кітапханалары 12 046 оқырманға қызмет көрсетті\n"
            "Оқырмандар саны 11 870 12 046\n"
            "Келушілер саны 86 320 88 915\n")
    lines = split_lines(text)
    assert flat_table(lines, 0) == (0, None)


# ------------------------------------------------------------------ OCR text


def test_ocr_export_is_marked_as_ocr_text_and_clean_texts_are_not():
    share, counts = ocr_damage(OCR_TXT.read_text(encoding="utf-8"))
    assert share > 5 * THRESHOLD
    assert counts["number"] and counts["script"] and counts["lost_kazakh"]
    assert read(OCR_TXT)[1].metadata["ocr"] == "text_layer"
    clean = [CLEAN_TXT, SEED_TXT, *sorted((CORPUS / "synthetic").glob("*.txt")),
             *sorted((CORPUS / "other" / "dev").glob("*.txt"))]
    assert len(clean) >= 8
    for path in clean:
        text, doc = read(path)
        assert ocr_damage(text)[0] <= THRESHOLD / 3, path.name
        assert "ocr" not in doc.metadata, path.name


def test_a_text_with_a_few_words_in_a_hundred_damaged_is_ocr_text(tmp_path):
    # another OCR program's plain text: two words in a hundred touched (a Latin letter inside a Cyrillic
    # word, a letter read for a digit), which typing does not do
    sentence = "В отчетном году библиотека обслужила читателей и провела мероприятия для детей и взрослых. "
    damaged = "В отчетнoм году библиотека обслужила 12 О46 читателей и провела мероприятия для детей. "
    text = sentence * 8 + damaged + sentence * 2
    share, _ = ocr_damage(text)
    assert THRESHOLD < share < 0.03
    path = tmp_path / "ocr_plain.txt"
    path.write_text(text, encoding="utf-8")
    assert read(path)[1].metadata["ocr"] == "text_layer"
    path.write_text(sentence * 11, encoding="utf-8")
    assert "ocr" not in read(path)[1].metadata


def facts_of(path, registry):
    loader = next(ld for ld in registry.loaders if ld.name == "text")
    processed = process_file(path, "f" * 64, loader, registry, Config())
    return processed, [r for r in processed.records if r.table == "facts"]


def test_figures_of_the_flat_tables_reach_the_facts(registry):
    """Last year's figure of a row is last year's: 4 415 children is never
    this period's (it was, while the row was read as a sentence)."""
    _, facts = facts_of(CLEAN_TXT, registry)
    got = {(f.values["metric"], f.values["value"], f.values["period"]) for f in facts}
    for fact in [("users.registered", 12046, "2023-9M"), ("users.registered", 11870, "2022-9M"),
                 ("users.children", 4530, "2023-9M"), ("users.children", 4415, "2022-9M"),
                 ("loans.total", 236842, "2023-9M"), ("ratio.reading", 19.7, "2023-9M"),
                 ("fund.end", 183470, None)]:
        metric, value, period = fact
        assert any(m == metric and v == value and (period is None or p == period) for m, v, p in got), fact
    assert not any(m == "users.children" and v == 4415 and p == "2023-9M" for m, v, p in got)
    assert not any(v in (176, 115, 2595, 5242) and m for m, v, p in got)  # differences are no facts


def test_ocr_export_is_repaired_and_its_figures_found(registry):
    processed, facts = facts_of(OCR_TXT, registry)
    doc = processed.document
    repairs = [r for r in processed.records if r.table == "ocr_repairs"]
    assert {r.values["rule"] for r in repairs} >= {"digits", "homoglyph", "number_space"}
    main = doc.tables[0]
    cell = next(c for c in main.cells if (c.row, c.col) == (1, 2))
    assert cell.original == "12 О46" and cell.text == "12046"
    got = {(f.values["metric"], f.values["value"], f.values["period"]) for f in facts}
    assert ("users.registered", 12046, "2023-9M") in got and ("visits.total", 86320, "2022-9M") in got
    assert not any(m == "users.children" and v == 4415 and p == "2023-9M" for m, v, p in got)


def test_kazakh_typed_in_a_code_page_without_its_letters_is_no_ocr_text(tmp_path):
    # Kazakh typed in Windows-1251, which has none of ә ғ қ ң ө ұ ү: Russian letters stand for them and a
    # Latin "i" for і, on purpose; the letters were never there to be lost, and the thousands keep their space
    sentence = ("Аудандык кiтапхана жуйесiнде окырмандар саны 12 340, кiтап берiлiмi 250 100 дана, "
                "онын iшiнде балаларга 96 400 дана берiлдi. ")
    path = tmp_path / "typed_1251.txt"
    path.write_bytes((sentence * 6).encode("cp1251"))
    text, doc = read(path)
    assert doc.metadata["encoding"] == "cp1251"
    assert "ocr" not in doc.metadata
    # the same words saved in UTF-8 could hold the letters: their absence there is what OCR does
    path.write_text(sentence * 6, encoding="utf-8")
    assert read(path)[1].metadata["ocr"] == "text_layer"
