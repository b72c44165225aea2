"""The facts extractor: floors on the seed in every format, units, parts,
prior periods, and a Russian report of another library."""

from __future__ import annotations

import json
import re
import sqlite3

import pytest

from esep.model import Block, Document
from esep.plugins.facts import common
from esep.plugins.facts import plugin as facts
from esep.plugins.lang.numbers import find_numbers
from esep.registry import Config

from conftest import CORPUS, ROOT, SEED_STEM, SEED_TXT, load_prepared

GOLD = json.loads((CORPUS / "gold" / f"{SEED_STEM}.facts.json").read_text(encoding="utf-8"))
FLOOR = 0.95


def _all_facts(d: Document):
    return [r for r in facts.extract(d, Config()) if r.table == "facts"]


def _facts(d: Document):
    """The facts a metric names (figures no vocabulary names are kept too, with metric NULL)."""
    return [r for r in _all_facts(d) if r.values["metric"] is not None]


def _keys(records):
    return {facts.fact_key(r.values) for r in records}


def _score(records):
    pred, gold = _keys(records), {facts.fact_key(r) for r in GOLD["records"]}
    tp = len(pred & gold)
    return tp / len(pred), tp / len(gold), sorted(gold - pred, key=str), sorted(pred - gold, key=str)


@pytest.fixture(scope="module")
def seed_facts(registry):
    d = load_prepared(SEED_TXT, registry)
    scope = set(GOLD["metrics"])
    return d, [r for r in _facts(d) if r.values["metric"] in scope]


def test_floors_on_seed_txt(seed_facts):
    _, recs = seed_facts
    p, r, missing, spurious = _score(recs)
    assert p >= FLOOR and r >= FLOOR, (missing, spurious)


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_floors_on_seed_other_formats(registry, suffix):
    path = CORPUS / f"{SEED_STEM}{suffix}"
    if not path.exists():
        pytest.skip(f"{path.name} is not built (corpus/build_corpus.py)")
    if not any(suffix in ld.suffixes for ld in registry.loaders):
        pytest.skip(f"no loader for {suffix}")
    p, r, missing, spurious = _score([r for r in _facts(load_prepared(path, registry)) if r.values["metric"] in GOLD["metrics"]])
    assert p >= FLOOR and r >= FLOOR, (missing, spurious)


def test_records_carry_provenance_and_exact_evidence(seed_facts):
    d, recs = seed_facts
    assert {r.values["source"] for r in recs} == {"table", "text"}
    for r in recs:
        assert 0 < r.confidence <= 1
        if r.values["source"] == "text":
            assert r.evidence in d.blocks[r.block].text
        else:
            t = d.tables[r.table_index]
            cell = next(c for c in t.cells if (c.row, c.col) == r.cell)
            assert r.evidence == cell.text


def test_seed_specifics(seed_facts):
    _, recs = seed_facts
    by = {(r.values["metric"], r.values["value"]): r.values for r in recs}
    assert by[("fund.end", 305850)]["as_of"] == "2018-07-01"
    assert by[("fund.start", 85488)]["language"] == "kk"  # "С.і. қазақ тілінде" under the opening balance
    assert by[("acquisition.copies", 700)]["category"] == "fiction"
    assert by[("acquisition.copies", 700)]["language"] == "kk"
    assert by[("state_order.budget", 3485.4)]["unit"] == "thousand_kzt"  # "3485, 4 мың теңгеге." on its own
    assert by[("staff.vacancies", 3)]["as_of"] == "2018-01-07"
    assert by[("digitization.pages", 392)]["category"] == "newspaper_articles"
    # event totals only, not the per-type rows (those belong to event_stats)
    assert {v["value"] for (m, _), v in by.items() if m == "events.actual"} == {173, 122}
    # the CD books are a part of the Kazakh part of fiction: not a flat fact
    assert ("acquisition.copies", 20) not in by


@pytest.mark.parametrize("text, value, unit", [
    ("Кітап сатып алуға 3316,8 мың теңге бөлінді.", 3316.8, "thousand_kzt"),
    ("На комплектование выделено 1 250,5 тыс. тенге.", 1250.5, "thousand_kzt"),
    ("Сатып алынған басылымдар: 2492 дана.", 2492, "copies"),
    ("Приобретено 1 840 экз. книг.", 1840, "copies"),
    ("Жұмысқа 3 адам қабылданды.", 3, "people"),
    ("Принято на работу 4 человека.", 4, "people"),
    ("Штат кестесінде 65,5 штаттық бірлік бар.", 65.5, "staff_units"),
])
def test_units(text, value, unit):
    d = Document(id="u", path="u.txt", format="txt", metadata={"period": "2018-H1"})
    d.add_block(Block("paragraph", text))
    got = [(r.values["value"], r.values["unit"]) for r in _facts(d)]
    assert got == [(value, unit)]


def _text_facts(*paragraphs: str, period: str = "2018-H1"):
    d = Document(id="t", path="t.txt", format="txt", metadata={"period": period})
    for p in paragraphs:
        d.add_block(Block("paragraph", p))
    return {(v["metric"], v["value"], v["as_of"] or v["period"], v["language"], v["category"])
            for v in (r.values for r in _facts(d))}


def test_prior_period_figures():
    got = _text_facts(
        "Электронды каталог көлемі 1-ші жарты жылдықта 5120 библиографиялық жазбаны құрайды (2017 жылы 1-ші ж/ж – 4870 жазба)",
        "2018 жылдың 6 айына дейін БАҚ беттерінде 17 мақала жарияланды (2017 жылдың 6 айына дейін 12 мақала):")
    assert got == {
        ("catalog.records", 5120, "2018-H1", None, None), ("catalog.records", 4870, "2017-H1", None, None),
        ("media.articles", 17, "2018-H1", None, None), ("media.articles", 12, "2017-H1", None, None)}


def test_parts_language_and_category():
    got = _text_facts("Сатып алынған басылымдар: – 980 дана, Оның ішінде 610 дана қазақ тілінде. "
                      "812,4 мың теңгеге - көркем әдебиет – 455 дана сатып алынды. Оның ішінде 300 дана қазақ тілінде.")
    assert got == {
        ("acquisition.copies", 980, "2018-H1", None, None), ("acquisition.copies", 610, "2018-H1", "kk", None),
        ("acquisition.budget", 812.4, "2018-H1", None, "fiction"),
        ("acquisition.copies", 455, "2018-H1", None, "fiction"),
        ("acquisition.copies", 300, "2018-H1", "kk", "fiction")}


def test_prose_without_figures_gives_nothing():
    assert _text_facts(
        "Ойын алаңында 12 сұрақ болып, әр дұрыс жауап үшін 1 ұпай берілді.",
        "Сталинград шайқасына 2018 жылдың 2 ақпанында 75 жыл толды. №3 кітапхана-филиалында 7 «в» сынып.",
        "Бұл науқанға 200-ден аса кітаптар қойылып, 150-ден аса кітап өз оқырмандарын тапты.") == set()


# A report of another library, in Russian, with other figures: prose and a
# fund table in Word's text export (cells after TABs, rows between blank lines).
RU_REPORT = "\n".join([
    "Отдел культуры и развития языков",
    "Отчёт о работе КГУ «Централизованная библиотечная система города N» за первое полугодие 2019 года",
    "Кадры",
    "По штатному расписанию – 42,5 штатных единиц, фактическая численность работников – 40 человек, из них "
    "31 – государственные служащие, 9 человек – технический персонал. По состоянию на 01.07.2019 г. имеется "
    "2 вакантные должности. С высшим образованием 25 сотрудников.",
    "За первое полугодие 2019 года принято на работу 4 человека, уволено 2 сотрудника.",
    "Комплектование",
    "На комплектование фонда из местного бюджета выделено 2150,5 тыс. тенге. Приобретено 1840 экз. документов, "
    "в т.ч. на казахском языке 950 экз. Художественная литература – 1020 экз., детская литература – 620 экз.",
    "В рамках государственного заказа получено 730 экз., из них на казахском языке 510 экз. на сумму 1 940,2 тыс. тенге.",
    "В электронный каталог внесено 12 350 библиографических записей (за первое полугодие 2018 года – 11 020 записей).",
    "Выполнено 15 виртуальных библиографических справок. В СМИ опубликовано 23 статьи (за 6 месяцев 2018 года – 19 статей).",
    "Движение фонда:",
    "\tФонд на 01.01.2019 г.\n\tПоступило\n\tВыбыло\n\tФонд на 01.07.2019 г.",
    "",
    "\n".join("\t" + x for x in ["всего", "в т.ч. на казахском языке"] * 4),
    "",
    "\n".join("\t" + x for x in ["198 400", "61 200", "2 570", "1 460", "3 100", "900", "197 870", "61 760"]),
    "", "",
    "Оцифровка документов",
    "\t\n\tОцифровано документов\n\tКоличество страниц",
    "",
    "\tВсего\n\t58\n\t1 210",
    "",
    "\tКниги\n\t12\n\t980",
    "",
    "\tГазетные статьи\n\t46\n\t230",
    "", "",
    "Директор ЦБС",
]) + "\n"

RU_EXPECTED = {
    ("staff.units", 42.5, "2019-H1", None, None), ("staff.headcount", 40, "2019-H1", None, None),
    ("staff.civil_servants", 31, "2019-H1", None, None), ("staff.technical", 9, "2019-H1", None, None),
    ("staff.vacancies", 2, "2019-07-01", None, None), ("staff.higher_education", 25, "2019-H1", None, None),
    ("staff.hired", 4, "2019-H1", None, None), ("staff.dismissed", 2, "2019-H1", None, None),
    ("acquisition.budget", 2150.5, "2019-H1", None, None), ("acquisition.copies", 1840, "2019-H1", None, None),
    ("acquisition.copies", 950, "2019-H1", "kk", None), ("acquisition.copies", 1020, "2019-H1", None, "fiction"),
    ("acquisition.copies", 620, "2019-H1", None, "children"), ("state_order.copies", 730, "2019-H1", None, None),
    ("state_order.copies", 510, "2019-H1", "kk", None), ("state_order.budget", 1940.2, "2019-H1", None, None),
    ("catalog.records", 12350, "2019-H1", None, None), ("catalog.records", 11020, "2018-H1", None, None),
    ("bibliography.virtual_references", 15, "2019-H1", None, None),
    ("media.articles", 23, "2019-H1", None, None), ("media.articles", 19, "2018-H1", None, None),
    ("fund.start", 198400, "2019-01-01", None, None), ("fund.start", 61200, "2019-01-01", "kk", None),
    ("fund.received", 2570, "2019-H1", None, None), ("fund.received", 1460, "2019-H1", "kk", None),
    ("fund.withdrawn", 3100, "2019-H1", None, None), ("fund.withdrawn", 900, "2019-H1", "kk", None),
    ("fund.end", 197870, "2019-07-01", None, None), ("fund.end", 61760, "2019-07-01", "kk", None),
    ("digitization.documents", 58, "2019-H1", None, None), ("digitization.pages", 1210, "2019-H1", None, None),
    ("digitization.documents", 12, "2019-H1", None, "books"), ("digitization.pages", 980, "2019-H1", None, "books"),
    ("digitization.documents", 46, "2019-H1", None, "newspaper_articles"),
    ("digitization.pages", 230, "2019-H1", None, "newspaper_articles"),
}


def test_russian_report_of_another_library(registry, tmp_path):
    path = tmp_path / "ru_report.txt"
    path.write_text(RU_REPORT, encoding="utf-8")
    d = load_prepared(path, registry)
    assert d.metadata["period"] == "2019-H1" and d.metadata["language"] == "ru"
    assert d.metadata["organization"] == "КГУ «Централизованная библиотечная система города N»"
    got = {(v["metric"], v["value"], v["as_of"] or v["period"], v["language"], v["category"])
           for v in (r.values for r in _facts(d))}
    assert got == RU_EXPECTED, (RU_EXPECTED - got, got - RU_EXPECTED)


def test_ingest_and_evaluator(cli_runner, registry, tmp_path):
    db = tmp_path / "f.db"
    assert cli_runner("ingest", SEED_TXT, "--db", db).exit_code == 0
    conn = sqlite3.connect(db)
    (doc_id,) = conn.execute("select id from documents").fetchone()
    ev = next(e for e in registry.evaluators if e.name == "facts")
    res = ev.score(conn, doc_id, GOLD)
    assert res["precision"] >= FLOOR and res["recall"] >= FLOOR, res["notes"]
    assert set(res["fields"]) == {"when", "language", "category"}
    row = conn.execute("select table_index, cell_row, cell_col, evidence, extractor from facts "
                       "where metric = 'fund.received' and language is null").fetchone()
    assert row == (1, 2, 2, "3654", "facts")
    # a wrong gold value is a miss and a spurious fact
    bad = json.loads(json.dumps(GOLD))
    bad["records"][0]["value"] += 1
    res2 = ev.score(conn, doc_id, bad)
    assert res2["recall"] < res["recall"] and res2["precision"] < res["precision"]
    conn.close()


def test_find_numbers_ocr_split_is_not_greedy():
    assert [n.value for n in find_numbers("3485, 4 мың теңгеге")] == [3485.4]
    assert [n.value for n in find_numbers("314 760, 2018.07.01. құрайды")] == [314760]
    assert [n.value for n in find_numbers("12, 15 және 20 адам")] == [12, 15, 20]


def test_no_seed_figures_or_titles_in_extractor_code():
    """The extractors generalize: none of the seed's figures or names is
    written into them or into the vocabulary."""
    sources = [ROOT / "plugins" / n for n in ("facts/plugin.py", "facts/common.py", "facts/table.py", "facts/text.py", "metadata.py")]
    sources.append(ROOT / "schemas" / "metrics.json")
    code = "\n".join(p.read_text(encoding="utf-8") for p in sources)
    digits = set(re.findall(r"\d+(?:[.,]\d+)?", code))
    for r in GOLD["records"]:
        v = r["value"]
        if v >= 100:  # small numbers (ordinals, thresholds) are everywhere
            s = f"{v:g}"
            assert s not in digits and s.replace(".", ",") not in digits, s
    for name in ("Балқаш", "Сейфуллин", "Гайдар", "Власова"):
        assert name not in code


# -- reports of other years and other wording ---------------------------------------

def _word_table(rows: list[list[str]]) -> str:
    """A table as Word's text export writes it: a cell per line after a TAB,
    rows between blank lines; a merged header is a cell followed by empty ones."""
    return "\n\n".join("\n".join("\t" + x for x in r) for r in rows) + "\n\n\n"


def _file_facts(registry, tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    d = load_prepared(path, registry)
    return {(v["metric"], v["value"], v["as_of"] or v["period"], v["language"], v["category"])
            for v in (r.values for r in _facts(d))}


_EVENT_ROWS = [["1", "Кітап көрмелері", "10", "11", "300", "12", "12", "350"],
               ["2", "Кездесулер", "4", "4", "120", "5", "6", "140"],
               ["3", "Викториналар", "3", "2", "60", "3", "3", "75"]]

RU_YEARS = "\n".join([
    "Отчёт о работе ГУ «Централизованная библиотечная система района N» за 2019 год",
    "Движение книжного фонда (экз.)",
    _word_table([
        ["Год", "На начало года", "", "Поступило", "", "Выбыло", "", "На конец года", ""],
        ["", "всего", "в т.ч. на каз. яз."] + ["всего", "в т.ч. на каз. яз."] * 3,
        ["2018", "150 000", "40 000", "2 000", "1 000", "1 500", "300", "150 500", "40 700"],
        ["2019", "150 500", "40 700", "2 500", "1 200", "1 000", "200", "152 000", "41 700"]]),
    "Сводная таблица массовых мероприятий",
    _word_table([["№", "Форма работы", "2018 г.", "", "", "2019 г.", "", ""],
                 ["", "", "план", "выполнено", "кол-во участников", "план", "выполнено", "кол-во участников"]]
                + _EVENT_ROWS + [["", "Итого", "17", "17", "480", "20", "21", "565"]]),
    "Директор ЦБС",
]) + "\n"

KK_HALVES = "\n".join([
    "«N ауданының орталықтандырылған кітапхана жүйесі» КММ 2019 жылдың 1-ші жарты жылдығындағы жұмысы туралы есеп",
    "Кітап қорының қозғалысы:",
    _word_table([
        ["Кезең", "Кезең басындағы қор", "", "Түскені", "", "Шығарылғаны", "", "Кезең соңындағы қор", ""],
        [""] + ["барлығы", "оның ішінде қазақ тілінде"] * 4,
        ["2018 жылдың 2-ші жартыжылдығы", "200000", "80000", "3000", "1500", "2000", "500", "201000", "81000"],
        ["2019 жылдың 1-ші жартыжылдығы", "201000", "81000", "2500", "1300", "1500", "400", "202000", "81900"]]),
    "Іс-шаралар бойынша жиынтық кесте",
    _word_table([["№", "Жұмыс түрлері", "2018 жылдың 2-ші ж/ж", "", "", "2019 жылдың 1-ші ж/ж", "", ""],
                 ["", "", "жоспар", "орындалды", "қатысушылар", "жоспар", "өткізілді", "қатысушылар саны"]]
                + _EVENT_ROWS + [["", "Барлығы", "17", "17", "480", "20", "21", "565"]]),
    "Директор",
]) + "\n"


def _fund_rows(*rows: tuple[str, tuple[int, ...]]) -> set:
    """Facts of fund rows (period, start, kk, received, kk, withdrawn, kk, end, kk)."""
    out = set()
    for period, vals in rows:
        for i, metric in enumerate(("fund.start", "fund.received", "fund.withdrawn", "fund.end")):
            out |= {(metric, vals[2 * i], period, None, None), (metric, vals[2 * i + 1], period, "kk", None)}
    return out


def test_periods_in_row_labels_bare_years_russian(registry, tmp_path):
    """One row per year; "в т.ч. на каз. яз." columns under unmerged headers;
    plan / выполнено / кол-во участников columns: totals only, no plan."""
    got = _file_facts(registry, tmp_path, "ru_years.txt", RU_YEARS)
    want = _fund_rows(("2018", (150000, 40000, 2000, 1000, 1500, 300, 150500, 40700)),
                      ("2019", (150500, 40700, 2500, 1200, 1000, 200, 152000, 41700)))
    want |= {("events.actual", 17, "2018", None, None), ("events.participants", 480, "2018", None, None),
             ("events.actual", 21, "2019", None, None), ("events.participants", 565, "2019", None, None)}
    assert got == want, (want - got, got - want)


def test_periods_in_row_labels_half_years_kazakh(registry, tmp_path):
    """Half-years in the row labels; "орындалды", "өткізілді" and
    "қатысушылар саны" columns beside "жоспар" ones."""
    got = _file_facts(registry, tmp_path, "kk_halves.txt", KK_HALVES)
    want = _fund_rows(("2018-H2", (200000, 80000, 3000, 1500, 2000, 500, 201000, 81000)),
                      ("2019-H1", (201000, 81000, 2500, 1300, 1500, 400, 202000, 81900)))
    want |= {("events.actual", 17, "2018-H2", None, None), ("events.participants", 480, "2018-H2", None, None),
             ("events.actual", 21, "2019-H1", None, None), ("events.participants", 565, "2019-H1", None, None)}
    assert got == want, (want - got, got - want)


def test_whole_and_parts_from_wording():
    # "кітап қоры" (the book collection) is the whole, not the books category
    assert _text_facts(
        "Кітап қорын толықтыруға жергілікті бюджеттен 7000,0 мың теңге бөлінді, оның ішінде кітаптарға – "
        "5000,0 мың теңге, мерзімді басылымдарға – 2000,0 мың теңге.") == {
        ("acquisition.budget", 7000.0, "2018-H1", None, None),
        ("acquisition.budget", 5000.0, "2018-H1", None, "books"),
        ("acquisition.budget", 2000.0, "2018-H1", None, "periodicals")}
    assert _text_facts("2018 жылы кітап қорын сатып алуға 4100,5 мың теңге бөлінді.", period="2018") == {
        ("acquisition.budget", 4100.5, "2018", None, None)}
    # a part cannot be its whole: the figure before "в том числе на книги" is all of it
    assert _text_facts("На комплектование книг выделено 5000,0 тыс. тенге, в том числе на книги - 3000,0 тыс. "
                       "тенге, на периодические издания - 2000,0 тыс. тенге.") == {
        ("acquisition.budget", 5000.0, "2018-H1", None, None),
        ("acquisition.budget", 3000.0, "2018-H1", None, "books"),
        ("acquisition.budget", 2000.0, "2018-H1", None, "periodicals")}
    # a language named after "в т.ч." is the part's, not the figure's before it
    assert _text_facts("На 900,0 тыс. тенге приобретена художественная литература - 640 экз. в т.ч. на "
                       "казахском языке - 310 экз.") == {
        ("acquisition.budget", 900.0, "2018-H1", None, "fiction"),
        ("acquisition.copies", 640, "2018-H1", None, "fiction"),
        ("acquisition.copies", 310, "2018-H1", "kk", "fiction")}


def test_table_continued_on_the_next_page():
    """A table split by a page break: the part on the next page has no
    headers of its own and is read under the first part's."""
    from esep.model import Cell, Provenance, Table

    d = Document(id="p", path="p.pdf", format="pdf", metadata={"period": "2019"})
    d.add_block(Block("heading", "Сводная таблица массовых мероприятий", Provenance(page=1)))

    def rows(cells, page):
        t = Table([Cell(r, k, x) for r, row in enumerate(cells) for k, x in enumerate(row) if x],
                  Provenance(page=page))
        return d.add_table(t)

    rows([["№", "Форма работы", "план", "выполнено", "участники"],
          ["1", "Книжные выставки", "10", "11", "300"], ["2", "Встречи", "4", "4", "120"]], 1)
    d.add_block(Block("paragraph", "Стр. 1", Provenance(page=1)))  # the page footer
    rows([["3", "Викторины", "3", "2", "60"], ["", "Итого", "17", "17", "480"]], 2)
    got = [(r.values["metric"], r.values["value"], r.table_index, r.cell) for r in _facts(d)]
    assert got == [("events.actual", 17, 1, (1, 3)), ("events.participants", 480, 1, (1, 4))]
    # without the first part the rows have no headers, so no metric: their figures are kept unnamed
    d.tables.pop(0)
    d.tables[0].index = 0
    assert _facts(d) == []
    assert {r.values["label_key"] for r in _all_facts(d)} == {"викторины", "итого"}


def test_cue_index_matches_stems_exact_words_and_punctuation():
    fv = common.get_vocab()

    def hits(text):
        return {(h.kind, h.id, text[h.start:h.end]) for h in common.tokenize(text, fv).hits}

    assert ("L", "kk", "каз. яз") in hits("в т.ч. на каз. яз.")  # words across dots
    assert ("M", "events.participants", "кол-во участников") in hits("кол-во участников")
    assert ("M", "events.actual", "орындалды") in hits("орындалды")
    assert not any(k == "M" for k, _, _ in hits("орындады"))  # an exact word: "орындалды=" only
    assert ("U", "copies", "экз") in hits("1840 экз. книг")  # a stem
    assert ("P", "plan", "жоспар") in hits("жоспар")
    assert not any(k == "C" for k, _, _ in hits("кітап қорын толықтыруға"))  # the collection, no category
    # built once per vocabulary, and tokenizing is cached per text
    assert common.cue_index(fv) is common.cue_index(fv)
    assert common.tokenize("Түскені", fv) is common.tokenize("Түскені", fv)


def test_seed_facts_build_their_matchers_once(registry):
    """The vocabulary and its cue index are built once per process: a second
    document's extraction finds the same objects (building them per document
    cost 1.6 s with spaCy Matcher regex patterns).  Speed itself is measured
    in bench/, not here."""
    d = load_prepared(SEED_TXT, registry)
    first = facts.extract(d, Config())
    fv = common.get_vocab(Config())
    ix = common.cue_index(fv)
    again = facts.extract(d, Config())
    assert common.get_vocab(Config()) is fv and common.cue_index(fv) is ix
    assert [r.values for r in again] == [r.values for r in first]


# -- the standard indicators, tables with periods in the columns, figures no vocabulary names ----

FIXTURES = ROOT / "tests" / "fixtures" / "facts"


def _fixture(registry, name: str):
    d = load_prepared(FIXTURES / name, registry)
    return d, facts.extract(d, Config())


def _named_keys(records):
    return {(v["metric"], v["value"], v["as_of"] or v["period"], v["language"], v["category"])
            for v in (r.values for r in records if r.table == "facts" and r.values["metric"])}


def test_year_against_year_table_with_difference_and_percent_columns(registry):
    """A Kazakh annual report's indicator table (two years, ± and %): each
    year's figure is a fact of that year; the ± and % columns are checks,
    one of which the report gets wrong."""
    d, recs = _fixture(registry, "kk_annual_2019.txt")
    got = _named_keys(recs)
    for metric, a, b in (("users.registered", 12400, 12650), ("visits.total", 98000, 99500),
                         ("loans.total", 260000, 265000), ("ratio.reading", 21.0, 20.9),
                         ("ratio.attendance", 7.9, 7.9), ("libraries.count", 12, 12)):
        assert {(metric, a, "2018", None, None), (metric, b, "2019", None, None)} <= got, metric
    assert ("users.children", 4300, "2019", None, None) in got  # "14 жасқа дейінгі балалар" in prose
    assert not any(v in (250, 1400, 102.0, 101.5) for _, v, *_ in got)  # ± and % are no facts
    checks = {r.values["name"]: r.values for r in recs if r.table == "checks"}
    assert checks["stated_difference[visits.total][2019]"]["holds"] == 0  # +1 400 stated, 1 500 computed
    assert checks["stated_difference[visits.total][2019]"]["actual"] == 1500
    assert checks["stated_percent[loans.total][2019]"]["holds"] == 1  # 265000 / 260000 x 100 = 101.9
    assert checks["stated_difference[клубтар саны][2019]"]["holds"] == 1  # an unnamed row is checked too
    assert sum(1 for c in checks.values() if not c["holds"]) == 1


def test_unnamed_figures_keep_their_label_and_go_to_review(registry):
    d, recs = _fixture(registry, "kk_annual_2019.txt")
    unnamed = [r.values for r in recs if r.table == "facts" and r.values["metric"] is None]
    assert {(v["label_key"], v["value"], v["period"]) for v in unnamed if v["source"] == "table"} == {
        ("клубтар саны", 15, "2018"), ("клубтар саны", 16, "2019")}
    assert all(r.confidence < 0.5 for r in recs if r.table == "facts" and r.values["metric"] is None)
    terms = {r.values["term"] for r in recs if r.table == "unmatched_terms"}
    assert "Клубтар саны" in terms


def test_ratio_checks_against_their_parts(registry):
    from esep.plugins.checks import run_checks

    d, recs = _fixture(registry, "kk_annual_2019.txt")
    got = {(c.values["name"], c.values["period"]): c.values for c in run_checks(recs, d)}
    # 265000 / 12650 = 20.95, written 20,9 ... rounded to one decimal it is 20.9
    assert got[("ratio[ratio.reading]", "2019")]["holds"] == 1
    assert got[("ratio[ratio.reading]", "2018")]["holds"] == 1  # 260000 / 12400 = 20.97 -> 21,0
    assert got[("ratio[ratio.attendance]", "2019")]["holds"] == 1


def test_plan_table_and_a_table_by_library(registry):
    """A Russian report: plan / actual / % of plan (the plan is no fact, the
    % a check of the actual over the plan), and a row per library (each
    library's figures carry the library as a category; their sum is checked
    against the total)."""
    from esep.plugins.checks import run_checks

    d, recs = _fixture(registry, "ru_annual_2020.txt")
    got = _named_keys(recs)
    assert ("users.registered", 10150, "2020", None, None) in got
    assert not any(v == 10000 for _, v, *_ in got)  # the plan
    assert ("coverage.population_pct", 38.5, "2020", None, None) in got
    assert ("users.registered", 2000, "2020", None, "branch:сельская библиотека-филиал 3") in got
    pct = {r.values["name"]: r.values["holds"] for r in recs if r.table == "checks"}
    assert pct == {"stated_percent[users.registered][2020]": 1, "stated_percent[visits.total][2020]": 1,
                   "stated_percent[loans.total][2020]": 1, "stated_percent[ratio.reading][2020]": 1}
    sums = {c.values["name"]: c.values["holds"] for c in run_checks(recs, d) if c.values["kind"] == "parts_total"}
    assert sums == {"parts_total[users.registered]": 1, "parts_total[visits.total]": 1,
                    "parts_total[loans.total]": 1}


def test_latin_script_kazakh_three_years(registry):
    d, recs = _fixture(registry, "kk_latn_2021.txt")
    got = _named_keys(recs)
    assert {("users.registered", 8100, "2019", None, None), ("users.registered", 7300, "2020", None, None),
            ("users.registered", 8400, "2021", None, None), ("loans.total", 176400, "2021", None, None),
            ("visits.total", 40500, "2020", None, None), ("ratio.reading", 20.6, "2020", None, None)} <= got
    assert ("fund.end", 98100, "2021", "kk", None) in got  # "onyń ishinde qazaq tilinde 98 100 dana"
    keys = {r.values["label_key"] for r in recs if r.table == "facts" and r.values["metric"] is None}
    assert "әдеби кештер" in keys  # the Latin-script label keyed in Cyrillic, as the same label written in Cyrillic


def test_chart_of_readers(registry):
    """A .docx chart (categories 2017 and 2018, a series per indicator) and
    the seed's charts as Word's text export leaves them: facts of the metric
    the chart or its caption names."""
    path = CORPUS / "chart_demo.docx"
    if not path.exists():
        pytest.skip("chart_demo.docx is not built")
    got = _named_keys(_facts(load_prepared(path, registry)))
    assert {("users.registered", 11297, "2017-H1", None, None), ("users.registered", 11181, "2018-H1", None, None),
            ("loans.total", 242266, "2017-H1", None, None), ("loans.total", 241700, "2018-H1", None, None)} <= got
    seed = load_prepared(SEED_TXT, registry)
    charts = [r for r in _all_facts(seed) if r.table_index is not None and seed.tables[r.table_index].kind == "chart"]
    # three charts after one caption ("Оқырмандар саны"): which of them it names the export does not say,
    # so their figures are kept, each of the year its category names, without a metric
    assert {(r.values["value"], r.values["period"], r.values["metric"], r.values["label_key"]) for r in charts} == {
        (241700, "2018-H1", None, None), (242266, "2017-H1", None, None), (11181, "2018-H1", None, None),
        (11297, "2017-H1", None, None), (72063, "2018-H1", None, None), (72110, "2017-H1", None, None)}
    # a chart alone after its caption takes the caption's metric
    seed.tables = [t for t in seed.tables if t.index != 5 and t.index != 6]
    alone = [r for r in _all_facts(seed) if r.table_index == 4]
    assert {(r.values["metric"], r.values["value"]) for r in alone} == {("users.registered", 241700),
                                                                       ("users.registered", 242266)}
    assert all(r.confidence <= 0.5 for r in alone)


def test_a_paragraph_that_raises_is_a_counted_warning(monkeypatch):
    from esep.plugins.facts import text as facts_text

    def boom(b, fv, dp, *rest, **options):
        raise ValueError("unreadable")

    monkeypatch.setattr(facts_text, "_block_facts", boom)
    d = Document(id="w", path="w.txt", format="txt", metadata={"period": "2018"})
    d.add_block(Block("paragraph", "Оқырмандар саны 100 адам."))
    recs = facts.extract(d, Config())
    assert [(r.table, r.values["error_class"], r.block) for r in recs] == [("ingest_warnings", "ValueError", 0)]
    with pytest.raises(ValueError):
        facts.extract(d, Config(strict=True))


def test_views_follow_labels_and_compare_one_organization_in_one_unit(cli_runner, tmp_path):
    """Two reports of one library system and one of another: timeline and
    ``esep compare --label`` follow a label no metric names; conflicts pair
    only the same organization, and a thousand-fold unit slip is its own kind."""
    def report(org: str, year: int, clubs: tuple[int, int], budget: str) -> str:
        return "\n".join([
            f"«{org} орталықтандырылған кітапхана жүйесі» КММ", f"{year} жылғы жұмысы туралы есеп",
            "Көрсеткіштер", _word_table([["Көрсеткіштер", f"{year - 1} ж.", f"{year} ж."],
                                         ["Клубтар саны", str(clubs[0]), str(clubs[1])]]),
            f"Кітап сатып алуға {year} жылы {budget} бөлінді.", "Директор"]) + "\n"

    (tmp_path / "a2019.txt").write_text(report("Ақсу қаласының", 2019, (15, 16), "3316,8 мың теңге"), encoding="utf-8")
    (tmp_path / "a2020.txt").write_text(report("Ақсу қаласының", 2020, (17, 18), "5000,0 мың теңге"), encoding="utf-8")
    (tmp_path / "b2020.txt").write_text(report("Тараз қаласының", 2020, (3, 4), "100,0 мың теңге"), encoding="utf-8")
    (tmp_path / "a2019_copy.txt").write_text(
        report("Ақсу қаласының", 2019, (15, 16), "3316,8 мың теңге").replace("2019 жылғы", "2019 жылғы жұмысы (көшірме)"),
        encoding="utf-8")
    db = tmp_path / "v.db"
    assert cli_runner("ingest", tmp_path, "--db", db).exit_code == 0
    conn = sqlite3.connect(db)
    tl = conn.execute("select organization, period, value from timeline where label_key = 'клубтар саны' "
                      "order by organization, period").fetchall()
    series = {}
    for org, period, value in tl:
        series.setdefault(org, []).append((period, value))
    # one series per library system: Ақсу's 2018 figure from its 2019 report, Тараз's own
    assert sorted(series.values()) == [[("2018", 15.0), ("2019", 16.0), ("2020", 18.0)], [("2019", 3.0), ("2020", 4.0)]]
    # 2019: 16 (Ақсу's own 2019 report) and 17 (Ақсу's 2020 report): one organization, a conflict;
    # Тараз's 3 and 4 are another library system's
    rows = conn.execute("select label_key, period, value_a, value_b, kind from conflicts").fetchall()
    assert set(rows) == {("клубтар саны", "2019", 16.0, 17.0, "value")}, rows  # the 2019 report and its copy
    assert conn.execute("select count(*) from copy_disagreements").fetchone() == (0,)
    res = cli_runner("compare", "--label", "Клубтар саны", "--db", db, "--json")
    assert res.exit_code == 0, res.output
    got = json.loads(res.output)
    assert sorted((r["organization"], r["value"]) for r in got) == sorted((o, v) for o, s in series.items() for _, v in s)
    aksu = conn.execute("select organization_id from documents where path like '%a2020.txt'").fetchone()[0]
    name = conn.execute("select json_extract(metadata, '$.organization') from documents "
                        "where path like '%a2020.txt'").fetchone()[0]
    for who in (aksu, name):  # by its key or by its name as the report writes it
        res = cli_runner("compare", "--label", "Клубтар саны", "--organization", who, "--db", db, "--json")
        assert res.exit_code == 0, res.output
        assert [(r["period"], r["value"], r["change"]) for r in json.loads(res.output)] == [
            ("2018", 15.0, None), ("2019", 16.0, 1.0), ("2020", 18.0, 2.0)]
    conn.close()


def test_compare_counts_the_change_in_the_base_unit_per_library(cli_runner, tmp_path):
    """A fund written in thousands one year and exactly the next is one
    series whose change is counted in copies; another library's fund of the
    same year is a series of its own, not a change of the first."""
    def report(district: str, year: int, fund: str) -> str:
        return "\n".join([f"ЦБС {district} района", f"Отчёт о работе за {year} год",
                          f"Книжный фонд на 01.01.{year + 1} года составил {fund}.", "Директор"]) + "\n"

    (tmp_path / "a2021.txt").write_text(report("Шемонаихинского", 2021, "251,5 тыс. экз."), encoding="utf-8")
    (tmp_path / "a2022.txt").write_text(report("Шемонаихинского", 2022, "248 300 экз."), encoding="utf-8")
    (tmp_path / "b2022.txt").write_text(report("Глубоковского", 2022, "402 100 экз."), encoding="utf-8")
    db = tmp_path / "c.db"
    assert cli_runner("ingest", tmp_path, "--db", db).exit_code == 0
    res = cli_runner("compare", "--metric", "fund.end", "--db", db, "--json")
    assert res.exit_code == 0, res.output
    rows = json.loads(res.output)
    assert len({r["organization"] for r in rows}) == 2
    a = [r for r in rows if r["period"] == "2021"][0]["organization"]
    assert [(r["period"], r["value"], r["unit"], r["change"], r["pct_change"]) for r in rows
            if r["organization"] == a] == [("2021", 251.5, "thousand_copies", None, None),
                                           ("2022", 248300.0, "copies", -3200.0, -1.27)]
    assert [(r["value"], r["change"]) for r in rows if r["organization"] != a] == [(402100.0, None)]
    conn = sqlite3.connect(db)
    assert conn.execute("select base_value, base_unit from timeline where organization = ? and period = '2021'",
                        [a]).fetchone() == (251500.0, "copies")
    conn.close()


def test_thousandfold_unit_slip_is_reported_as_such(cli_runner, tmp_path):
    def report(year: int, budget: str) -> str:
        return "\n".join(["«Ақсу қаласының орталықтандырылған кітапхана жүйесі» КММ",
                          f"{year} жылғы жұмысы туралы есеп",
                          f"2019 жылы кітап сатып алуға {budget} бөлінді.", "Директор"]) + "\n"

    (tmp_path / "a.txt").write_text(report(2019, "3316,8 мың теңге"), encoding="utf-8")
    (tmp_path / "b.txt").write_text(report(2020, "3316,8 теңге"), encoding="utf-8")
    (tmp_path / "c.txt").write_text(report(2021, "3316800 теңге"), encoding="utf-8")  # the same sum, in tenge
    db = tmp_path / "u.db"
    assert cli_runner("ingest", tmp_path, "--db", db).exit_code == 0
    conn = sqlite3.connect(db)
    rows = conn.execute("select unit_a, unit_b, kind from conflicts where metric = 'acquisition.budget'").fetchall()
    conn.close()
    # 3316,8 мың теңге = 3316800 теңге: no conflict; 3316,8 теңге is a thousand times less than both
    assert sorted(rows) == sorted([("thousand_kzt", "kzt", "thousandfold"), ("kzt", "kzt", "thousandfold")]), rows


def test_a_figure_restated_in_thousands_is_no_conflict(cli_runner, tmp_path):
    """"160,8 мың" in one report and "160 788" in the next are one figure,
    rounded; "162,1 мың" is another."""
    def report(year: int, sentence: str) -> str:
        return "\n".join(["«Ақсу қаласының орталықтандырылған кітапхана жүйесі» КММ",
                          f"{year} жылғы жұмысы туралы есеп", sentence, "Директор"]) + "\n"

    (tmp_path / "a.txt").write_text(report(2014, "2014 жылы кітапханаларға 160,8 мыңнан астам рет келді."),
                                    encoding="utf-8")
    (tmp_path / "b.txt").write_text(report(2015, "Кітапханаларға келушілер саны 2014 жылы 160 788 болды."),
                                    encoding="utf-8")
    (tmp_path / "c.txt").write_text(report(2016, "Кітапханаларға келушілер саны 2014 жылы 162,1 мың болды."),
                                    encoding="utf-8")
    db = tmp_path / "r.db"
    assert cli_runner("ingest", tmp_path, "--db", db).exit_code == 0
    conn = sqlite3.connect(db)
    rows = conn.execute("select value_a, value_b from conflicts where metric = 'visits.total'").fetchall()
    conn.close()
    assert sorted(tuple(sorted(r)) for r in rows) == [(160.8, 162.1), (162.1, 160788.0)], rows


def test_a_row_of_figures_without_a_label_is_kept():
    """A row with figures and no label (a PDF that lost the label column's
    text) is no fact of a metric, but its figures stay, unnamed."""
    from esep.model import Cell, Provenance, Table

    d = Document(id="n", path="n.pdf", format="pdf", metadata={"period": "2019"})
    d.add_block(Block("heading", "Негізгі көрсеткіштер", Provenance(page=1)))
    rows = [["Көрсеткіштер", "2018", "2019"], ["Оқырмандар саны", "5 100", "5 200"], ["", "44", "47"]]
    d.add_table(Table([Cell(r, k, x) for r, row in enumerate(rows) for k, x in enumerate(row) if x], Provenance(page=1)))
    got = {(r.values["metric"], r.values["value"], r.values["period"], r.values["label_key"], r.cell)
           for r in _all_facts(d)}
    assert got == {("users.registered", 5100, "2018", None, (1, 1)), ("users.registered", 5200, "2019", None, (1, 2)),
                   (None, 44, "2018", None, (2, 1)), (None, 47, "2019", None, (2, 2))}


def test_esep_errors_counts_the_warnings(cli_runner, tmp_path, monkeypatch):
    from esep.plugins.facts import text as facts_text

    def boom(b, fv, dp, *rest, **options):
        raise ValueError("unreadable")

    monkeypatch.setattr(facts_text, "_block_facts", boom)
    (tmp_path / "r.txt").write_text("Есеп 2019\nОқырмандар саны 100 адам.\nКелушілер саны 900.\n", encoding="utf-8")
    db = tmp_path / "w.db"
    assert cli_runner("ingest", tmp_path / "r.txt", "--db", db).exit_code == 0
    res = cli_runner("errors", "--db", db)
    assert res.exit_code == 0
    assert "warning: 3 parts of" in res.output and "extract:facts (ValueError)" in res.output, res.output
    assert "no errors" in res.output


def test_prose_wording_of_staff_libraries_and_balances():
    # a generic "work" wording names the headcount when no other cue stands near the figure
    assert _text_facts("Орталықта 52 қызметкер жұмыс істейді, олардың 40-ы кітапханашылар.", period="2021") == {
        ("staff.headcount", 52, "2021", None, None), ("staff.headcount", 40, "2021", None, "librarians")}
    assert _text_facts("В системе работают 63 сотрудника, из них 50 библиотечных специалистов.", period="2021") == {
        ("staff.headcount", 63, "2021", None, None), ("staff.headcount", 50, "2021", None, "librarians")}
    # a count of branch libraries is no count of all the libraries
    assert _text_facts("В ЦБС 9 библиотек: центральная библиотека и 8 библиотек-филиалов.", period="2021") == {
        ("libraries.count", 9, "2021", None, None)}
    # a balance dated at the first day of the report's period is the opening balance; its part shares the date
    assert _text_facts("На 01.01.2021 фонд насчитывал 90 500 экз., в т.ч. на казахском языке – 40 100 экз.",
                       period="2021-9M") == {
        ("fund.start", 90500, "2021-01-01", None, None), ("fund.start", 40100, "2021-01-01", "kk", None)}


def test_indicator_labels_drift_abbreviations_and_word_order():
    """Indicator rows as reports abbreviate and reorder them; a ratio keeps
    its unit whatever word stands beside it."""
    from esep.model import Cell, Provenance, Table

    d = Document(id="a", path="a.pdf", format="pdf", metadata={"period": "2019"})
    d.add_block(Block("heading", "Основные показатели", Provenance(page=1)))
    rows = [["Показатели", "2018 г.", "2019 г."], ["Кол-во чит.", "5 100", "5 200"],
            ["Кол-во посещ.", "44 000", "47 000"], ["Выдано экз.", "100 000", "101 000"],
            ["Читаемость, экз.", "19,6", "19,4"], ["Обращаемость фонда", "1,1", "1,2"],
            ["Охват населения, %", "31,5", "32,0"], ["Читателей-детей до 14 лет", "2 000", "2 100"],
            ["Посещения массовых мероприятий", "9 000", "9 500"], ["Число библиотек", "14", "14"],
            ["Тіркелген оқырмандар", "1 800", "1 900"], ["Кітапханаға келушілер", "13 000", "14 000"],
            ["Берілген кітаптар саны", "35 000", "36 000"]]
    d.add_table(Table([Cell(r, k, x) for r, row in enumerate(rows) for k, x in enumerate(row) if x],
                      Provenance(page=1)))
    got = {(r.values["metric"], r.values["unit"], r.values["category"]) for r in _all_facts(d)
           if r.values["period"] == "2019"}
    assert got == {("users.registered", "people", None), ("visits.total", "visits", None),
                   ("loans.total", "copies", None), ("ratio.reading", "ratio", None),
                   ("ratio.turnover", "ratio", None), ("coverage.population_pct", "percent", None),
                   ("users.children", "people", None), ("visits.events", "visits", None),
                   ("libraries.count", "libraries", None), ("loans.total", "documents", None)}


def _table(period: str, *rows: list[str], caption: str | None = None) -> set:
    from esep.model import Cell, Provenance, Table

    d = Document(id="m", path="m.docx", format="docx", metadata={"period": period})
    if caption:
        d.add_block(Block("paragraph", caption, Provenance(page=1)))
    d.add_table(Table([Cell(r, k, x) for r, row in enumerate(rows) for k, x in enumerate(row) if x], Provenance(page=1)))
    return _named_keys(facts.extract(d, Config()))


def test_fund_movement_columns_over_a_row_naming_the_fund():
    """Columns of opening balance, received, withdrawn and closing balance over
    a row that names the fund itself ("Жалпы қор"): each cell is the figure its
    column names, not the closing balance the row would name alone."""
    got = _table("2019", ["Көрсеткіш", "Жыл басындағы қор", "Келіп түсті", "Шығарылды", "Жыл соңындағы қор"],
                 ["Жалпы қор", "120 400", "3 100", "2 500", "121 000"])
    assert {(m, v) for m, v, *_ in got} == {("fund.start", 120400), ("fund.received", 3100),
                                            ("fund.withdrawn", 2500), ("fund.end", 121000)}


def test_year_and_quarter_written_apart_in_a_column_header():
    """"2018 г. (I кв.)" in a report on the first quarter of 2019 is the first
    quarter of 2018, not of the report's own year."""
    got = _table("2019-Q1", ["Показатель", "2018 г. (I кв.)", "I кв. 2019 г."], ["Число читателей", "5 210", "5 340"])
    assert ("users.registered", 5210, "2018-Q1", None, None) in got
    assert ("users.registered", 5340, "2019-Q1", None, None) in got


def test_latin_kazakh_year_headers_and_frequency_terms():
    got = _table("2021", ["Kórsetkish", "2020 j.", "2021 j."], ["Kelý jıiligi", "6,1", "6,4"])
    assert {("ratio.attendance", 6.1, "2020", None, None), ("ratio.attendance", 6.4, "2021", None, None)} <= got
    got = _table("2021", ["Көрсеткіш", "2020 ж.", "2021 ж."], ["Оқу жиілігі", "14,2", "14,9"])
    assert ("ratio.reading", 14.9, "2021", None, None) in got


@pytest.mark.parametrize("text, metric, value, unit", [
    ("Жыл бойы оқырмандарға 212,4 мың дана құжат берілді.", "loans.total", 212.4, "thousand_copies"),
    ("Кітапханаларға келушілер саны 96,2 мың болды.", "visits.total", 96.2, "thousand_visits"),
    ("Книговыдача составила 84 310 экз.", "loans.total", 84310, "copies"),
    # the scale word inflected, and a word between it and the unit
    ("2014 жылы кітапханаларға 160,8 мыңнан астам рет келді.", "visits.total", 160.8, "thousand_visits"),
])
def test_a_bare_thousand_is_a_scale_and_a_verb_names_no_fund(text, metric, value, unit):
    d = Document(id="u", path="u.txt", format="txt", metadata={"period": "2020"})
    d.add_block(Block("paragraph", text))
    got = [(r.values["metric"], r.values["value"], r.values["unit"]) for r in _facts(d)]
    assert got == [(metric, value, unit)]


def test_latin_kazakh_plan_columns_are_no_facts():
    got = _table("2020", ["Kórsetkish", "2020 j. jospary", "Oryndalýy"], ["Oqyrmandar sany", "9 800", "9 912"])
    assert {(m, v) for m, v, *_ in got} == {("users.registered", 9912)}


def test_a_row_labelled_by_its_unit_alone_carries_the_column_figures():
    got = _table("2019", ["", "На 01.01.2019", "Поступило", "Выбыло", "На 01.01.2020"], ["экз.", "51 200", "1 400", "900", "51 700"],
                 caption="Движение книжного фонда")
    assert {(m, v) for m, v, *_ in got} == {("fund.start", 51200), ("fund.received", 1400),
                                            ("fund.withdrawn", 900), ("fund.end", 51700)}


def test_an_event_table_broken_under_its_header_gives_its_totals_as_in_one_piece(registry):
    """A PDF broke the events-by-type table right under its header: a table
    of the header alone, then the body on the next page.  The event
    statistics put the header back; the totals become facts as they do when
    the table is whole, read from their cells, and the body's rows (event
    types) are no figures of their own."""
    from esep.model import Cell, Provenance, Table

    def pieces(broken: bool) -> Document:
        d = Document(id="e", path="e.pdf", format="pdf", metadata={"period": "2017"})
        d.add_block(Block("paragraph", "Өткізілген іс-шаралар туралы мәлімет", Provenance(page=9)))
        head = [["Іс-шара түрлері", "2016 жыл", "", "2017 ж.", ""], ["", "саны", "адам", "саны", "адам"]]
        body = [["Кітап көрмелері", "64", "1 673", "73", "1 801"], ["Әдебиет сағаты", "17", "454", "22", "651"],
                ["Викторина", "97", "3 153", "108", "3 647"], ["Барлығы", "178", "5 280", "203", "6 099"]]
        if broken:  # the header's lower row lost, its periods over one cell each
            d.add_table(Table([Cell(0, 0, "Іс-шара түрлері"), Cell(0, 1, "2016 жыл"), Cell(0, 2, "2017 ж.")],
                              Provenance(page=9)))
            d.add_table(Table([Cell(r, k, x) for r, row in enumerate(body) for k, x in enumerate(row)],
                              Provenance(page=10)))
        else:
            rows = head + body
            cells = [Cell(0, 0, rows[0][0], row_span=2), Cell(0, 1, "2016 жыл", col_span=2),
                     Cell(0, 3, "2017 ж.", col_span=2)]
            cells += [Cell(1, k, x) for k, x in enumerate(rows[1]) if x]
            cells += [Cell(r, k, x) for r, row in enumerate(rows[2:], 2) for k, x in enumerate(row)]
            d.add_table(Table(cells, Provenance(page=9)))
        return d

    def facts_of(d: Document) -> set:
        records = [r for ex in registry.extractors if ex.name in ("facts", "event_stats")
                   for r in ex.extract(d, Config())]
        registry.hook.prepare_records(records=records, document=d, config=Config())
        return {(r.values["metric"], r.values["value"], r.values["period"], r.evidence) for r in records
                if r.table == "facts"}

    whole, broken = facts_of(pieces(False)), facts_of(pieces(True))
    totals = {("events.actual", 178, "2016", "178"), ("events.participants", 5280, "2016", "5 280"),
              ("events.actual", 203, "2017", "203"), ("events.participants", 6099, "2017", "6 099")}
    assert totals <= whole
    assert broken == whole


def test_a_word_a_narrow_pdf_cell_broke_over_two_lines_is_read_joined():
    """"Документов" / "ыдача" is the loans of "Документовыдача"; "Кітапханаға"
    / "келу саны" stays two words (visits), for no cue runs across its break."""
    rows = [["Основные\nпоказатели", "Единица\nизмерения", "2016г.", "2017 год"],
            ["Документов\nыдача, экз.", "ед.", "430 204", "421 170"],
            ["Кітапханаға\nкелу саны", "рет", "80 725", "74 984"]]
    got = _table("2017", *rows)
    assert ("loans.total", 421170, "2017", None, None) in got
    assert ("visits.total", 74984, "2017", None, None) in got
    assert not any(m == "libraries.count" for m, *_ in got)


def test_counts_of_an_event_table_come_from_the_columns_its_rows_are_read_from(registry):
    """"всего" and "из них для детей" beside "посетило, чел.": the table
    reader took all three of the total row for people; the event statistics
    read the count from "всего" and the people from "посетило", and the
    facts of the table's counts are those."""
    from esep.model import Cell, Provenance, Table

    rows = [["Форма работы", "всего", "из них для детей", "посетило, чел."],
            ["Исторические часы", "14", "6", "310"], ["Дни информации", "9", "5", "175"],
            ["Библиотечные уроки", "21", "21", "430"], ["Всего", "44", "32", "915"]]
    d = Document(id="e", path="e.docx", format="docx", metadata={"period": "2023-9M"})
    d.add_table(Table([Cell(r, k, x) for r, row in enumerate(rows) for k, x in enumerate(row)], Provenance()))
    records = [r for ex in registry.extractors if ex.name in ("facts", "event_stats") for r in ex.extract(d, Config())]
    registry.hook.prepare_records(records=records, document=d, config=Config())
    got = {(r.values["metric"], r.values["value"]) for r in records if r.table == "facts"}
    assert got == {("events.actual", 44), ("events.participants", 915)}
