"""Tables of events by month in a report on a quarter whose column beside
the months names the quarter without its number ("Тоқсан бойынша",
"Тоқсанда", "За квартал", "За 3 месяца"): that column is the
quarter's count of events, the months are not stored.  In a report on a
whole year such a column is no count of the year."""

from __future__ import annotations

import sqlite3


def _event_rows(tmp_path, cli_runner, lines):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "report.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = tmp_path / "esep.db"
    assert cli_runner("ingest", tmp_path / "in", "--db", db, "--no-progress").exit_code == 0
    con = sqlite3.connect(db)
    return con.execute("select label, event_type, period, actual, participants, evidence from event_stats "
                       "order by id").fetchall()


def test_a_kazakh_quarters_column_beside_months_cut_short(tmp_path, cli_runner):
    rows = _event_rows(tmp_path, cli_runner, [
        "«Баянауыл аудандық орталықтандырылған кітапхана жүйесі» КММ", "2024 жылғы І тоқсан бойынша есеп", "",
        "Іс-шаралар айлар бойынша", "",
        "\t".join(["Іс-шара түрі", "Қаң.", "Ақп.", "Нау.", "Тоқсан бойынша", "Қатысушылар"]),
        "\t".join(["Кітап көрмелері", "4", "5", "6", "15", "450"]),
        "\t".join(["Поэзия сағаттары", "1", "2", "1", "4", "120"]),
        "\t".join(["Барлығы", "5", "7", "7", "19", "570"])])
    assert ("Кітап көрмелері", "exhibition.book", "2024-Q1", 15, 450, "Кітап көрмелері") in rows
    assert ("Поэзия сағаттары", "hour.poetry", "2024-Q1", 4, 120, "Поэзия сағаттары") in rows
    assert ("Барлығы", "total", "2024-Q1", 19, 570, "Барлығы") in rows
    assert len(rows) == 3  # no month is a period of its own


def test_a_russian_column_for_the_quarter_beside_full_months(tmp_path, cli_runner):
    rows = _event_rows(tmp_path, cli_runner, [
        "ГУ «Централизованная библиотечная система города Аксу»", "Отчёт о работе за II квартал 2024 года", "",
        "\t".join(["Форма работы", "Апрель", "Май", "Июнь", "Итого за квартал", "Участники"]),
        "\t".join(["Книжные выставки", "3", "4", "2", "9", "270"]),
        "\t".join(["Беседы", "2", "1", "2", "5", "125"])])
    assert ("Книжные выставки", "exhibition.book", "2024-Q2", 9, 270, "Книжные выставки") in rows
    assert ("Беседы", "conversation", "2024-Q2", 5, 125, "Беседы") in rows


def test_a_column_for_three_months_beside_the_months_of_a_quarter(tmp_path, cli_runner):
    rows = _event_rows(tmp_path, cli_runner, [
        "ГУ «Централизованная библиотечная система Айыртауского района»", "Отчёт о работе за I квартал 2024 года", "",
        "\t".join(["Форма работы", "Январь", "Февраль", "Март", "За 3 месяца", "Участники"]),
        "\t".join(["Книжные выставки", "5", "6", "7", "18", "540"]),
        "\t".join(["Часы здоровья", "1", "1", "2", "4", "100"]),
        "\t".join(["Итого", "6", "7", "9", "22", "640"])])
    assert ("Книжные выставки", "exhibition.book", "2024-Q1", 18, 540, "Книжные выставки") in rows
    assert ("Часы здоровья", "hour.health", "2024-Q1", 4, 100, "Часы здоровья") in rows
    assert ("Итого", "total", "2024-Q1", 22, 640, "Итого") in rows


def test_in_a_report_on_the_year_a_quarters_column_is_no_count_of_the_year(tmp_path, cli_runner):
    rows = _event_rows(tmp_path, cli_runner, [
        "ГУ «Централизованная библиотечная система города Аксу»", "Отчёт о работе за 2024 год", "",
        "\t".join(["Форма работы", "Октябрь", "Ноябрь", "Декабрь", "За квартал", "Участники"]),
        "\t".join(["Книжные выставки", "3", "4", "2", "9", "270"]),
        "\t".join(["Беседы", "2", "1", "2", "5", "125"])])
    assert not [r for r in rows if r[2] == "2024" and r[3] in (9, 5)]
