"""Tables of events whose columns are the parts of the report's year
without the year ("I кв. | II кв. | III кв. | IV кв. | Всего"), and whose
rows are directions of work rather than forms ("Патриотическое
воспитание"): every row is kept, with the count of each part and of the
year."""

from __future__ import annotations

import sqlite3

import docx


def _report(path, title, heading, rows):
    d = docx.Document()
    d.add_paragraph("МБУК «Централизованная библиотечная система» г. Северска")
    d.add_paragraph(title)
    d.add_paragraph(heading)
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            t.cell(i, j).text = text
    d.save(path)


def _event_rows(tmp_path, cli_runner):
    db = tmp_path / "esep.db"
    assert cli_runner("ingest", tmp_path / "in", "--db", db, "--no-progress").exit_code == 0
    con = sqlite3.connect(db)
    return con, con.execute("select label, event_type, period, actual, participants from event_stats order by id").fetchall()


def test_rows_of_directions_by_quarter_are_kept_with_their_labels(tmp_path, cli_runner):
    (tmp_path / "in").mkdir()
    _report(tmp_path / "in" / "directions.docx", "Отчет о работе за 2022 год", "Массовые мероприятия по направлениям", [
        ["Направление работы", "I кв.", "II кв.", "III кв.", "IV кв.", "Всего", "Участников"],
        ["Патриотическое воспитание", "5", "6", "4", "7", "22", "640"],
        ["Экологическое просвещение", "3", "4", "5", "2", "14", "380"],
        ["Краеведение", "4", "4", "3", "5", "16", "450"],
        ["Итого", "12", "14", "12", "14", "52", "1 470"]])
    con, rows = _event_rows(tmp_path, cli_runner)
    patriotic = [r for r in rows if r[0] == "Патриотическое воспитание"]
    assert patriotic == [("Патриотическое воспитание", None, "2022-Q1", 5, None),
                         ("Патриотическое воспитание", None, "2022-Q2", 6, None),
                         ("Патриотическое воспитание", None, "2022-Q3", 4, None),
                         ("Патриотическое воспитание", None, "2022-Q4", 7, None),
                         ("Патриотическое воспитание", None, "2022", 22, 640)]
    assert ("Итого", "total", "2022", 52, 1470) in rows
    assert len({r[0] for r in rows}) == 4
    # the directions no vocabulary knows are listed for review
    review = {t for (t,) in con.execute("select term from unmatched_terms where kind = 'event_type'")}
    assert {"Патриотическое воспитание", "Краеведение"} <= review


def test_forms_of_work_by_quarter_of_a_kazakh_report(tmp_path, cli_runner):
    (tmp_path / "in").mkdir()
    _report(tmp_path / "in" / "toqsan.docx", "2021 жылғы жұмыс туралы есеп", "Бұқаралық іс-шаралар", [
        ["Іс-шара түрлері", "І тоқсан", "ІІ тоқсан", "ІІІ тоқсан", "ІV тоқсан", "Барлығы"],
        ["Кітап көрмелері", "30", "28", "25", "34", "117"],
        ["Викториналар", "10", "12", "8", "11", "41"],
        ["Барлығы", "40", "40", "33", "45", "158"]])
    _, rows = _event_rows(tmp_path, cli_runner)
    assert ("Кітап көрмелері", "exhibition.book", "2021-Q3", 25, None) in rows
    assert ("Кітап көрмелері", "exhibition.book", "2021", 117, None) in rows
    assert ("Барлығы", "total", "2021", 158, None) in rows
    assert len(rows) == 15


def test_a_table_of_directions_without_any_figure_of_events_is_not_an_event_table(tmp_path, cli_runner):
    """A table headed "Направление" whose columns name no period and no role
    of an events table (a plan of topics) gives no event rows."""
    (tmp_path / "in").mkdir()
    _report(tmp_path / "in" / "plan.docx", "Отчет о работе за 2022 год", "Темы на 2023 год", [
        ["Направление", "Ответственный", "Срок"],
        ["Патриотическое воспитание", "Иванова А. А.", "март"],
        ["Краеведение", "Петрова Б. Б.", "май"],
        ["Экология", "Сидорова В. В.", "июнь"]])
    _, rows = _event_rows(tmp_path, cli_runner)
    assert rows == []


def test_half_years_without_the_year_and_a_column_for_the_whole_year(tmp_path, cli_runner):
    """"I полугодие | II полугодие | За год" in an annual report: the header
    names parts of the year without the year and the year without its
    number."""
    (tmp_path / "in").mkdir()
    _report(tmp_path / "in" / "halves.docx", "Отчет о работе за 2022 год", "Мероприятия", [
        ["Формы работы", "I полугодие", "II полугодие", "За год"],
        ["Книжные выставки", "50", "54", "104"],
        ["Беседы", "20", "25", "45"],
        ["Итого", "70", "79", "149"]])
    _, rows = _event_rows(tmp_path, cli_runner)
    assert [r[2:4] for r in rows if r[0] == "Беседы"] == [("2022-H1", 20), ("2022-H2", 25), ("2022", 45)]
    assert ("Итого", "total", "2022", 149, None) in rows


def test_quarters_of_a_half_year_report_and_their_total(tmp_path, cli_runner):
    """"I кв. | II кв. | Всего" in a report on the first half of a year: the
    total column is the half year's count (the quarters lie within it)."""
    (tmp_path / "in").mkdir()
    _report(tmp_path / "in" / "h1.docx", "Отчет о работе за I полугодие 2022 года", "Мероприятия", [
        ["Формы работы", "I кв.", "II кв.", "Всего"],
        ["Книжные выставки", "24", "26", "50"],
        ["Беседы", "9", "11", "20"],
        ["Итого", "33", "37", "70"]])
    _, rows = _event_rows(tmp_path, cli_runner)
    assert [r[2:4] for r in rows if r[0] == "Беседы"] == [("2022-Q1", 9), ("2022-Q2", 11), ("2022-H1", 20)]


def _rows_by_format(stem, tmp_path, cli_runner):
    """The event rows of a fixture report as .docx and as its PDF, by format:
    (label, event_type, period, plan, actual, participants)."""
    import shutil

    from conftest import ROOT

    (tmp_path / "in").mkdir()
    for suffix in ("docx", "pdf"):
        shutil.copy(ROOT / "tests" / "fixtures" / "events" / f"{stem}.{suffix}", tmp_path / "in")
    db = tmp_path / "esep.db"
    assert cli_runner("ingest", tmp_path / "in", "--db", db, "--no-progress").exit_code == 0
    by_format = {}
    for fmt, *row in sqlite3.connect(db).execute(
            "select d.format, e.label, e.event_type, e.period, e.plan, e.actual, e.participants "
            "from event_stats e join documents d on d.id = e.document_id order by e.id"):
        by_format.setdefault(fmt, []).append(tuple(row))
    return by_format


def test_unruled_tables_of_a_pdf_give_the_rows_of_its_word_file(tmp_path, cli_runner):
    """The same report as .docx and as LibreOffice's PDF, its tables drawn
    without any rule (tests/fixtures/events/make_unruled_fixtures.py): a
    header of half-years wider than the figures under it, a label wrapped
    in its cell, a header cell wrapped over two lines beside the years."""
    by_format = _rows_by_format("unruled", tmp_path, cli_runner)
    assert by_format["pdf"] == by_format["docx"]
    assert ("Книжные выставки", "exhibition.book", "2021-H2", None, 54, None) in by_format["pdf"]
    assert ("Громкие чтения", "reading", "2020", None, 24, 410) in by_format["pdf"]
    assert len(by_format["pdf"]) == 17


def test_header_cells_wider_than_their_figures_in_an_unruled_pdf(tmp_path, cli_runner):
    """Header cells of a table typed without rules are as wide as their
    text, the figures under them start at their left edges
    (tests/fixtures/events/make_unruled_fixtures.py, ``unruled_wide``): the
    header lines are the table's header, not paragraphs above it."""
    by_format = _rows_by_format("unruled_wide", tmp_path, cli_runner)
    assert by_format["pdf"] == by_format["docx"]
    assert ("Беседы", "conversation", "2020", None, 40, 800) in by_format["pdf"]
    assert ("Викторины", "quiz", "2021", 22, 24, None) in by_format["pdf"]
    assert len(by_format["pdf"]) == 12


def test_numbered_directions_with_their_forms_under_them_keep_the_forms_types(tmp_path, cli_runner):
    (tmp_path / "in").mkdir()
    _report(tmp_path / "in" / "mixed.docx", "Отчёт о работе за 2022 год", "Массовая работа", [
        ["Направление работы, форма мероприятия", "Кол-во", "Участники"],
        ["1. Экологическое просвещение", "9", "250"],
        ["беседы", "5", "130"],
        ["викторины", "4", "120"],
        ["2. Краеведение", "6", "210"],
        ["книжные выставки", "6", "210"],
        ["Итого", "15", "460"]])
    con, rows = _event_rows(tmp_path, cli_runner)
    assert ("1. Экологическое просвещение", None, "2022", 9, 250) in rows
    assert ("беседы", "conversation", "2022", 5, 130) in rows
    assert ("викторины", "quiz", "2022", 4, 120) in rows
    assert ("книжные выставки", "exhibition.book", "2022", 6, 210) in rows
    assert ("Итого", "total", "2022", 15, 460) in rows


def test_a_year_to_date_column_beside_the_quarter_counts_events(tmp_path, cli_runner):
    # a nine months' report: the third quarter's count and the count from January, each the only column of its period
    (tmp_path / "in").mkdir()
    _report(tmp_path / "in" / "nine.docx", "Информационный отчёт за 9 месяцев 2022 года", "Мероприятия по формам", [
        ["Форма", "III квартал", "С начала года"],
        ["Книжные выставки", "41", "129"],
        ["Беседы", "22", "70"],
        ["Викторины", "17", "58"],
        ["Итого", "80", "257"]])
    con, rows = _event_rows(tmp_path, cli_runner)
    got = {(label, period, actual) for label, _, period, actual, _ in rows}
    assert ("Книжные выставки", "2022-Q3", 41) in got and ("Книжные выставки", "2022-9M", 129) in got
    assert ("Итого", "2022-9M", 257) in got and len(got) == 8
