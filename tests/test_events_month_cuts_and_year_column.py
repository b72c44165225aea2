"""Tables of events by month whose months are written short ("янв. | фев. |
… | дек.", "қаң | ақп | … | жел", with or without the dot) and whose year's
column names the year rather than a total ("За год", "Итого за год",
"Жылдық") beside a column of the people ("Участники", "Қатысушылар"): the
year's column is the count of events, the months are not stored."""

from __future__ import annotations

import sqlite3

import docx

from esep.plugins.events.headers import header_role, is_month_label

RU_CUTS = ["янв.", "фев.", "мар.", "апр.", "май", "июнь", "июль", "авг.", "сент.", "окт.", "нояб.", "дек."]
KK_CUTS = ["қаң", "ақп", "нау", "сәу", "мам", "мау", "шіл", "там", "қыр", "қаз", "қар", "жел"]


def _docx(path, title, heading, rows):
    d = docx.Document()
    d.add_paragraph("КГУ «Централизованная библиотечная система» города Степногорска")
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
    return con.execute("select label, event_type, period, actual, participants, actual_col, participants_col, "
                       "evidence from event_stats order by id").fetchall()


def test_dotted_russian_months_and_a_column_for_the_year(tmp_path, cli_runner):
    (tmp_path / "in").mkdir()
    _docx(tmp_path / "in" / "months.docx", "Отчёт о работе ЦБС за 2024 год", "Мероприятия по месяцам", [
        ["Форма работы", *RU_CUTS, "За год", "Участники"],
        ["Книжные выставки", "2", "3", "1", "2", "4", "-", "-", "1", "3", "2", "2", "3", "23", "690"],
        ["Беседы", "1", "1", "2", "1", "1", "1", "-", "-", "2", "1", "1", "2", "13", "260"],
        ["Итого", "3", "4", "3", "3", "5", "1", "-", "1", "5", "3", "3", "5", "36", "950"]])
    rows = _event_rows(tmp_path, cli_runner)
    assert ("Книжные выставки", "exhibition.book", "2024", 23, 690, 13, 14, "Книжные выставки") in rows
    assert ("Беседы", "conversation", "2024", 13, 260, 13, 14, "Беседы") in rows
    assert ("Итого", "total", "2024", 36, 950, 13, 14, "Итого") in rows
    assert len(rows) == 3  # no month is stored as a period of its own


def test_kazakh_months_without_the_dot_and_a_yearly_column_in_a_text_file(tmp_path, cli_runner):
    (tmp_path / "in").mkdir()
    lines = ["Степногор қалалық орталықтандырылған кітапхана жүйесі",
             "2023 жылғы жұмыс туралы есеп", "Бұқаралық жұмыс айлар бойынша",
             "\t".join(["Түрлері", *KK_CUTS, "Жылдық", "Қатысушылар"]),
             "\t".join(["Кітап көрмелері", "1", "2", "2", "1", "3", "1", "-", "1", "2", "2", "1", "2", "18", "540"]),
             "\t".join(["Дөңгелек үстелдер", "-", "1", "-", "1", "1", "-", "-", "-", "1", "1", "-", "1", "6", "150"]),
             "\t".join(["Барлығы", "1", "3", "2", "2", "4", "1", "-", "1", "3", "3", "1", "3", "24", "690"])]
    (tmp_path / "in" / "aylar.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    rows = [r[:5] for r in _event_rows(tmp_path, cli_runner)]
    assert rows == [("Кітап көрмелері", "exhibition.book", "2023", 18, 540),
                    ("Дөңгелек үстелдер", "round_table", "2023", 6, 150),
                    ("Барлығы", "total", "2023", 24, 690)]


def test_months_and_the_people_without_a_column_for_the_year_give_no_count(tmp_path, cli_runner):
    """Months across and a column of the people, but no column of the year's count: the people are kept,
    no count of events is made up from a month's column."""
    (tmp_path / "in").mkdir()
    _docx(tmp_path / "in" / "people.docx", "Отчёт о работе ЦБС за 2024 год", "Мероприятия по месяцам", [
        ["Форма работы", "янв.", "фев.", "мар.", "Участники"],
        ["Книжные выставки", "2", "3", "1", "190"],
        ["Беседы", "1", "1", "2", "85"]])
    rows = [r[:5] for r in _event_rows(tmp_path, cli_runner)]
    assert all(r[3] is None for r in rows)
    assert ("Книжные выставки", "exhibition.book", "2024", None, 190) in rows


def test_months_cut_short_with_and_without_the_dot():
    for text in ("янв.", "Сент.", "сен", "нояб", "Қаң.", "қаң", "жел", "ДЕК"):
        assert is_month_label(text), text
    for text in ("кол", "сан", "қат", "мер", "уч.", "чел.", "план", "Итог", "Жыл", "2024"):
        assert not is_month_label(text), text


def test_a_role_word_a_narrow_column_broke():
    assert header_role("Уч аст ники") == "participants"
    assert header_role("Қа тыс ушы лар") == "participants"
    assert header_role("Ко л-во") == "actual"
    assert header_role("Итого за год") is None
    assert header_role("I кв.") is None
