"""An events table typed in Word without borders and exported to PDF, its
columns narrow: a long label fills its cell, so only the two cells' margins
(about an em) part it from the first figure, and it wraps over four lines or
more ("Кеңгірбай би" / "ауылдық" / "кітапхана" / "сы").  The label is cut
where the figure starts its column in the rows above, and its lines stay the
label of their row, so the row and the total under it are read.  The
positions are those LibreOffice gives such a table (11 pt, columns 72 pt)."""

from esep.plugins.events import stats as event_stats
from esep.plugins.pdf import pages
from esep.plugins.pdf.loader import assemble
from esep.registry import Config

SIZE = 11.0
COLS = [90.1, 162.1, 234.1, 306.1, 378.1, 450.1]


def word(text, x0, top, x1=None):
    return pages.Word(text, x0, top, x1 if x1 is not None else x0 + 5.6 * len(text), top + 14.3, False, SIZE,
                      len(text))


def line(top, *cells):
    """cells: (column, text) or (column, text, right edge of the cell's last word)."""
    words = []
    for c in cells:
        col, text = c[0], c[1]
        x = COLS[col]
        parts = text.split()
        for k, t in enumerate(parts):
            x1 = c[2] if len(c) > 2 and k == len(parts) - 1 else None
            w = word(t, x, top, x1)
            words.append(w)
            x = w.x1 + 3.4
    return pages.Line(1, words)


def page(rows):
    top, lines = 50.0, []
    for r in rows:
        if r == "gap":
            top += 10.0
            continue
        lines.append(line(top, *r))
        top += 14.7
    return pages.Page(1, 595.0, 842.0, lines, [])


HEAD = [[(0, "«Абай аудандық кітапхана жүйесі» КММ")], [(0, "2024 жылғы жұмыс есебі")], "gap",
        [(0, "Кітапхана", 148.7), (1, "Кітап"), (2, "Әңгімелер", 295.0), (3, "Викторин"), (4, "Барлығы"),
         (5, "Қатысуш")],
        [(0, "лар"), (1, "көрмелері"), (3, "алар"), (5, "ылар")], "gap"]


def body(long_label_lines):
    return [[(0, "Орталық"), (1, "20"), (2, "12"), (3, "6"), (4, "38"), (5, "1 150")], [(0, "кітапхана")], "gap",
            [(0, "Балалар"), (1, "14"), (2, "9"), (3, "8"), (4, "31"), (5, "870")], [(0, "кітапхана")], [(0, "сы")],
            "gap",
            [(0, "Кеңгірбай", 151.0), (1, "5"), (2, "3"), (3, "1"), (4, "9"), (5, "210")]] \
        + [[(0, t)] for t in long_label_lines] \
        + ["gap", [(0, "Жиыны"), (1, "39"), (2, "24"), (3, "15"), (4, "78"), (5, "2 230")], "gap",
           [(0, "Есепті әдістемелік бөлім дайындады.")]]


def records(long_label_lines):
    doc = assemble([page(HEAD + body(long_label_lines))], "x.pdf", {"period": "2024"})
    return [r for r in event_stats.extract(doc, Config()) if r.table == "event_stats"]


def test_a_long_label_wrapped_over_four_lines_keeps_its_row_and_the_total_under_it():
    got = {r.values["label"]: r.values for r in records(["ауылдық", "кітапхана", "сы", "бөлімі"])}
    total = next(v for v in got.values() if v["event_type"] == "total")
    assert (total["label"], total["actual"], total["participants"], total["period"]) == ("Жиыны", 78, 2230, "2024")
    # the forms across: each one's count for the system from the total row
    forms = {v["event_type"]: v["actual"] for v in got.values() if v["event_type"] not in (None, "total")}
    assert forms == {"exhibition.book": 39, "conversation": 24, "quiz": 15}
    # the library of the long label: its own count, not a figure glued to its label
    lib = next(v for k, v in got.items() if k.startswith("Кеңгірбай"))
    assert (lib["actual"], lib["participants"]) == (9, 210)
    assert "5" not in lib["label"] and lib["label"].endswith("бөлімі")
    # evidence: the row's cells as the table holds them
    assert all(r.evidence for r in records(["ауылдық", "кітапхана", "сы", "бөлімі"]))


def test_lines_running_past_the_label_column_end_the_table():
    # four lines under the row, running across the columns of figures (a note, not a label): the
    # fourth goes on no label, and the table ends there (the row after the note is not taken into it)
    prose = ["мұнда кітапхана жұмысы туралы ұзақ түсініктеме жазылған жол бар", "және оның жалғасы осында",
             "тағы бір жол мәтін", "соңғы жол мәтін"]
    got = records(prose)
    assert not any("соңғы" in r.values["label"] for r in got)
    assert not any(r.values["event_type"] == "total" for r in got)
    # three lines only in the label column: as before, the label goes on and the total is read
    assert any(r.values["event_type"] == "total" for r in records(["ауылдық", "кітапхана", "сы"]))
