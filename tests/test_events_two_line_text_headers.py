"""A plain-text table typed with bars between the cells and none at the
line's ends, whose header's second line is left blank under the labels'
column ("                | мер-й | посещ. | мер-й | посещ."): the blank
before the first bar is the labels' empty cell, so each year above spans
its two sub-columns.  A table whose lines all open with a bar ("| a | b |")
keeps the bar as its edge."""

from __future__ import annotations

import sqlite3


def _event_rows(tmp_path, cli_runner, text):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "report.txt").write_text(text, encoding="utf-8")
    db = tmp_path / "esep.db"
    assert cli_runner("ingest", tmp_path / "in", "--db", db, "--no-progress").exit_code == 0
    con = sqlite3.connect(db)
    return con.execute("select label, event_type, period, actual, participants, evidence from event_stats "
                       "order by id").fetchall()


HEAD = ("ГУ «Централизованная библиотечная система Бурабайского района»\nОтчёт о работе за 2024 год\n\n"
        "Таблица 5. Массовые мероприятия\n\n")


def test_a_blank_under_the_labels_column_leaves_the_years_over_their_pairs(tmp_path, cli_runner):
    rows = _event_rows(tmp_path, cli_runner, HEAD + "\n".join([
        "Формы работы          |     2023 г.      |     2024 г.",
        "                      | мер-й  | посещ.  | мер-й  | посещ.",
        "----------------------+--------+---------+--------+--------",
        "Книжные выставки      |     51 |   1 530 |     55 |  1 650",
        "Беседы                |     24 |     600 |     27 |    690",
        "Итого                 |     75 |   2 130 |     82 |  2 340"]) + "\n")
    assert ("Книжные выставки", "exhibition.book", "2023", 51, 1530, "Книжные выставки") in rows
    assert ("Книжные выставки", "exhibition.book", "2024", 55, 1650, "Книжные выставки") in rows
    assert ("Беседы", "conversation", "2024", 27, 690, "Беседы") in rows
    assert ("Итого", "total", "2023", 75, 2130, "Итого") in rows
    assert len(rows) == 6


def test_a_table_whose_lines_open_with_a_bar_keeps_it_as_its_edge(tmp_path, cli_runner):
    rows = _event_rows(tmp_path, cli_runner, HEAD + "\n".join([
        "| Формы работы     | Кол-во | Участники |",
        "|------------------|--------|-----------|",
        "| Книжные выставки | 51     | 1 530     |",
        "| Беседы           | 24     | 600       |",
        "| Итого            | 75     | 2 130     |"]) + "\n")
    assert rows == [("Книжные выставки", "exhibition.book", "2024", 51, 1530, "Книжные выставки"),
                    ("Беседы", "conversation", "2024", 24, 600, "Беседы"),
                    ("Итого", "total", "2024", 75, 2130, "Итого")]
