"""The .txt loader against the seed report and generated variants of it."""

import json

import pytest

from esep.plugins.text.loader import NotText, decode, detect_encoding, looks_like_text, parse
from esep.model import Table
from esep.registry import Config
from esep.plugins.text import loader as text_loader

from conftest import CORPUS, SEED_STEM, SEED_TXT

SEED = SEED_TXT.read_text(encoding="utf-8")
GOLD = json.loads((CORPUS / "gold" / f"{SEED_STEM}.tables.json").read_text(encoding="utf-8"))


def cells_of(table):
    return [[c.row, c.col, c.row_span, c.col_span, " ".join(c.text.split())] for c in table.cells if c.text.strip()]


@pytest.fixture(scope="module")
def seed_doc():
    return text_loader.load(SEED_TXT, Config())


def test_the_four_tables_are_rebuilt(seed_doc):
    tables = [t for t in seed_doc.tables if t.kind == "table"]
    assert len(tables) == 4
    for got, want in zip(tables, GOLD["records"]):
        assert (got.n_rows, got.n_cols) == (want["rows"], want["cols"])
        assert cells_of(got) == want["cells"]


def test_event_table_shape(seed_doc):
    t = [t for t in seed_doc.tables if t.kind == "table"][3]
    grid = t.grid()
    # two header rows, 32 event types, one total row; 8 columns
    assert len(grid) == 35 and all(len(r) == 8 for r in grid)
    header = {c.text: (c.col, c.col_span, c.row_span) for c in t.cells if c.row == 0}
    assert header["№"] == (0, 1, 2)
    assert header["2017 жылдың\n1-ші ж/ж"] == (2, 3, 1) and header["2018 жылдың\n1-ші ж/ж"] == (5, 3, 1)
    assert grid[2][1] == "Акциялар" and grid[2][2] == "" and grid[2][3] == "4"
    assert grid[-1][1] == "Барлығы :"


def test_chart_leftovers_are_their_own_tables(seed_doc):
    charts = [t for t in seed_doc.tables if t.kind == "chart"]
    assert len(charts) == 3
    assert all(t.title and t.title.endswith("Диаграмма1") and ".xls" in t.title for t in charts)
    # no chart value leaks into the report's tables or prose
    for t in charts:
        values = {c.text for c in t.cells if c.text[:1].isdigit() and len(c.text) > 4}
        assert values
        for other in seed_doc.tables:
            if other.kind == "table":
                assert not values & {c.text for c in other.cells}
        assert not any(b.text in values or b.text.startswith("Лист") for b in seed_doc.blocks)


def test_blocks_and_list_items(seed_doc):
    items = [b for b in seed_doc.blocks if b.kind == "list_item"]
    assert [b.number for b in items] == ["1", "2"] + [str(i) for i in range(1, 40)]
    assert not items[2].text[0].isdigit()
    assert seed_doc.blocks[0].text == "Мәдениет және тілдерді дамыту бөліміне"


def test_provenance_offsets_quote_the_source(seed_doc):
    for b in seed_doc.blocks:
        p = b.provenance
        assert SEED[p.char_start:p.char_end] == b.text
        assert SEED.splitlines()[p.line - 1].strip().endswith(b.text)
    for t in seed_doc.tables:
        for c in t.cells:
            if c.text:
                first = c.text.split("\n")[0]
                assert SEED[c.provenance.char_start:].startswith(first)
    paragraphs = [b.provenance.paragraph for b in seed_doc.blocks]
    assert paragraphs == sorted(paragraphs) and len(set(paragraphs)) == len(paragraphs)
    assert [t.provenance.table for t in seed_doc.tables] == list(range(len(seed_doc.tables)))


def test_tables_sit_in_reading_order(seed_doc):
    items = list(seed_doc.items())
    assert [x for x in items if isinstance(x, Table)] == seed_doc.tables
    assert [x for x in items if not isinstance(x, Table)] == seed_doc.blocks
    # the fund table follows its caption
    fund = seed_doc.tables[1]
    assert "кітап қоры" in seed_doc.blocks[fund.position].text


@pytest.mark.parametrize("encoding,bom", [
    ("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"),
    ("utf-16-le", b""), ("utf-16-be", b""), ("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff"),
    ("kz1048", b""),
])
def test_encodings_give_the_same_document(seed_doc, tmp_path, encoding, bom):
    data = bom + SEED.encode(encoding)
    f = tmp_path / "seed.txt"
    f.write_bytes(data)
    assert looks_like_text(data[:8192])
    doc = text_loader.load(f, Config())
    assert [b.text for b in doc.blocks] == [b.text for b in seed_doc.blocks]
    assert [cells_of(t) for t in doc.tables] == [cells_of(t) for t in seed_doc.tables]


@pytest.mark.parametrize("encoding", ["cp1251", "cp866", "koi8_r"])
def test_russian_code_pages_of_old_exports(encoding):
    """Word saves plain text in the Windows, DOS or KOI8-R Cyrillic code
    page; each is told from the others (KOI8-R read as CP1251 has capitals
    where the small letters are, CP866 read so has few letters at all)."""
    text = ("Информационный отчет о деятельности централизованной библиотечной системы за 2023 год\n"
            "Число пользователей\t41280\t42015\nЧисло посещений\t318450\t326120\n")
    data = text.encode(encoding)
    assert detect_encoding(data) == encoding
    assert decode(data) == (text, encoding)


def test_cp1251_russian_text(tmp_path):
    text = "Отчёт о работе библиотек за первое полугодие 2019 года\n\tВсего\n\t1500,0\n\n"
    assert detect_encoding(text.encode("cp1251")) == "cp1251"
    decoded, enc = decode(text.encode("cp1251"))
    assert enc == "cp1251"
    doc = parse(decoded, "r.txt", enc)
    assert doc.blocks[0].text.startswith("Отчёт")
    assert [c.text for c in doc.tables[0].cells] == ["Всего", "1500,0"]


def test_crlf_line_endings(seed_doc, tmp_path):
    f = tmp_path / "crlf.txt"
    f.write_bytes(SEED.replace("\n", "\r\n").encode("utf-8"))
    doc = text_loader.load(f, Config())
    assert [cells_of(t) for t in doc.tables] == [cells_of(t) for t in seed_doc.tables]
    assert [b.text for b in doc.blocks] == [b.text for b in seed_doc.blocks]


def test_binary_is_not_text():
    assert not looks_like_text(bytes(range(256)) * 4)
    with pytest.raises(NotText):
        decode(b"\x00\x01\x02\x03" * 100)


def test_table_shapes():
    doc = parse("Кесте\n\tA\n\tB\n\n\t\n\t2\n\n\tЕкі\nабзац\n\tx\n\nСоңы\n")
    t = doc.tables[0]
    assert t.grid() == [["A", "B"], ["", "2"], ["Екі\nабзац", "x"]]
    assert [b.text for b in doc.blocks] == ["Кесте", "Соңы"]
    assert t.position == 0 and doc.blocks[1].index == 1
