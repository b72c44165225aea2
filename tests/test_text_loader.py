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


MARKDOWN_REPORT = """# Есеп: аудандық кітапхана, 2022 жыл {#title}

## 1\\. Оқырмандар

Жыл ішінде **2 415** оқырман тіркелді, оның *820-ы* балалар.

---

| Көрсеткіш        |  2021 |  2022 |
|:-----------------|------:|------:|
| Келушілер        | 18 300 | 19 050 |
| **Барлығы**      | **18 300** | **19 050** |

### Қорытынды ###

> Жоспар [толық](http://example.kz/plan) орындалды.
"""


def test_a_markdown_export_gives_headings_plain_sentences_and_its_pipe_table(tmp_path):
    path = tmp_path / "report.md"
    path.write_text(MARKDOWN_REPORT, encoding="utf-8")
    doc = text_loader.load_markdown(path, Config())
    assert doc.format == "md"
    heads = [(b.level, b.number, b.text) for b in doc.blocks if b.kind == "heading"]
    assert heads == [(1, None, "Есеп: аудандық кітапхана, 2022 жыл"), (2, "1", "Оқырмандар"), (3, None, "Қорытынды")]
    paras = [b for b in doc.blocks if b.kind == "paragraph"]
    assert [b.text for b in paras] == ["Жыл ішінде 2 415 оқырман тіркелді, оның 820-ы балалар.",
                                       "Жоспар толық орындалды."]
    assert paras[0].original == "Жыл ішінде **2 415** оқырман тіркелді, оның *820-ы* балалар."
    assert len(doc.tables) == 1
    rows = {}
    for c in doc.tables[0].cells:
        rows.setdefault(c.row, []).append(c.text)
    assert list(rows.values()) == [["Көрсеткіш", "2021", "2022"], ["Келушілер", "18 300", "19 050"],
                                   ["Барлығы", "18 300", "19 050"]]


def test_a_plain_text_keeps_its_hashes_and_stars(tmp_path):
    """Only a Markdown file has its marks read as marks: a .txt line that
    begins with "#" or holds stars is text."""
    doc = parse("# 5 – нөмірлі филиал\n\nБағасы 2*3 емес.\n")
    assert [b.text for b in doc.blocks] == ["# 5 – нөмірлі филиал", "Бағасы 2*3 емес."]


def test_markdown_files_are_claimed_by_their_suffix():
    from esep.registry import Registry, get_plugin_manager

    reg = Registry(get_plugin_manager())
    assert {".md", ".markdown"} <= reg.suffixes()


def test_a_folders_readme_and_a_build_source_in_markdown_are_skipped_with_a_line(tmp_path):
    """In a folder, Markdown that is no report is not read: the folder's
    README, and a source opening with a front matter block (what a site or
    a build makes documents from); a report exported to Markdown is read,
    even one that opens with a rule."""
    from esep.plugins.text.markdown import not_a_report as markdown_not_a_report

    source = b"---\nhalf: dev\nformat: docx\n---\n\n# \xd0\x9e\xd1\x82\xd1\x87\xd1\x91\xd1\x82\n"
    assert "front matter" in markdown_not_a_report(tmp_path / "report_2023.md", source)
    assert "README" in markdown_not_a_report(tmp_path / "README.md", b"# Reports of 2023\n")
    report = "---\n\nОтчёт о работе за 2023 год\n\n---\n\nЧитателей – 4 120.\n".encode()
    assert markdown_not_a_report(tmp_path / "report_2023.md", report) is None


def test_a_folder_with_a_markdown_report_and_a_readme_stores_the_report_only(tmp_path, cli_runner):
    import sqlite3

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "README.md").write_text("# Отчёты 2023\n\nСкачано с сайта.\n", encoding="utf-8")
    (folder / "otchet_2023.md").write_text(MARKDOWN_REPORT, encoding="utf-8")
    db = tmp_path / "e.db"
    r = cli_runner("ingest", folder, "--db", db)
    assert r.exit_code == 0
    assert "skipped: " in r.output and "README.md: not a report: a folder's notes" in r.output
    rows = sqlite3.connect(db).execute("select format, path from documents").fetchall()
    assert [(f, p.rsplit("/", 1)[-1]) for f, p in rows] == [("md", "otchet_2023.md")]


PANDOC_DEFAULT = """Есеп: ауыл кітапханасы, 2023 жыл
================================

1\\. Көрсеткіштер
----------------

Кітапхана 1 240 оқырманға қызмет көрсетті, келушілер саны -- 9 870.
Кітап берілімі 26 300 дана болды.

<table>
<tr><th rowspan="2">Іс-шаралар</th><th colspan="2">2023</th></tr>
<tr><th>саны</th><th>қатысушылар</th></tr>
<tr><td>Кітап көрмелері</td><td>24</td><td>610</td></tr>
</table>
"""


def test_pandocs_underlined_headings_wrapped_paragraphs_and_html_tables(tmp_path):
    """pandoc's default Markdown: headings underlined, a paragraph wrapped
    over lines up to an empty one, "--" for a dash, and a table with merged
    cells written as HTML, read as a table with its spans."""
    path = tmp_path / "report.md"
    path.write_text(PANDOC_DEFAULT, encoding="utf-8")
    doc = text_loader.load_markdown(path, Config())
    assert [(b.kind, b.level, b.text) for b in doc.blocks] == [
        ("heading", 1, "Есеп: ауыл кітапханасы, 2023 жыл"),
        ("heading", 2, "Көрсеткіштер"),
        ("paragraph", None, "Кітапхана 1 240 оқырманға қызмет көрсетті, келушілер саны – 9 870. "
                            "Кітап берілімі 26 300 дана болды.")]
    cells = [(c.row, c.col, c.text, c.row_span, c.col_span) for c in doc.tables[0].cells]
    assert cells == [(0, 0, "Іс-шаралар", 2, 1), (0, 1, "2023", 1, 2), (1, 1, "саны", 1, 1),
                     (1, 2, "қатысушылар", 1, 1), (2, 0, "Кітап көрмелері", 1, 1), (2, 1, "24", 1, 1),
                     (2, 2, "610", 1, 1)]
    text = PANDOC_DEFAULT
    for c in doc.tables[0].cells:
        p = c.provenance
        assert text[p.char_start:p.char_end] == c.text.split(" ")[0]
