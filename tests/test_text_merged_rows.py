"""Word's plain-text export of a TAB table with rows merged across the whole
row (a department's or a part's heading over its forms): the merged row is
written as its text alone, with no TAB, between the rows of the table."""

import sqlite3

from esep.plugins.text.loader import parse


def test_a_row_merged_across_stays_a_row_of_the_table_with_its_header():
    text = ("Таблица 2. Мероприятия по отделам\n"
            "Отдел, форма\tМероприятий\tУчастников\n"
            "Абонемент\n"
            "Выставки\t11\t300\n"
            "Беседы\t6\t150\n"
            "Юношеский сектор\n"
            "Диспуты\t3\t75\n"
            "Выставки\t5\t120\n"
            "Всего\t25\t645\n")
    doc = parse(text)
    (t,) = doc.tables
    assert t.grid() == [["Отдел, форма", "Мероприятий", "Участников"],
                        ["Абонемент", "", ""],
                        ["Выставки", "11", "300"],
                        ["Беседы", "6", "150"],
                        ["Юношеский сектор", "", ""],
                        ["Диспуты", "3", "75"],
                        ["Выставки", "5", "120"],
                        ["Всего", "25", "645"]]
    cell = next(c for c in t.cells if c.text == "Юношеский сектор")
    assert text[cell.provenance.char_start:cell.provenance.char_end] == "Юношеский сектор"


def test_the_paragraph_after_the_table_and_the_next_caption_are_no_rows():
    doc = parse("Форма\tКол-во\tЧел.\n"
                "Викторины\t8\t160\n"
                "Громкие чтения\t4\t90\n"
                "Итого проведено 12 мероприятий.\n"
                "Таблица 3. Выставки\n"
                "Выставка\tЭкз.\tПросм.\n"
                "Новинки\t40\t210\n"
                "Юбилеи\t25\t130\n")
    first, second = doc.tables
    assert first.grid()[-1] == ["Громкие чтения", "4", "90"]
    assert second.grid()[0] == ["Выставка", "Экз.", "Просм."]
    assert [b.text for b in doc.blocks] == ["Итого проведено 12 мероприятий.", "Таблица 3. Выставки"]


def test_a_heading_before_an_empty_line_or_over_a_header_of_words_ends_the_table():
    doc = parse("Форма\tКол-во\tЧел.\n"
                "Викторины\t8\t160\n"
                "Беседы\t4\t90\n"
                "Книжный фонд\n"
                "\n"
                "Показатель\tКол-во\tЧел.\n"
                "Квесты\t2\t40\n"
                "Акции\t3\t65\n"
                "Краеведение\n"
                "Вид\tНаим.\tЭкз.\n"
                "Альбомы\t4\t4\n"
                "Карты\t2\t3\n")
    assert len(doc.tables) == 3
    assert "Книжный фонд" in [b.text for b in doc.blocks]
    assert "Краеведение" in [b.text for b in doc.blocks]


def test_a_row_of_a_different_width_after_a_short_line_is_another_table():
    doc = parse("Форма\tКол-во\tЧел.\n"
                "Викторины\t8\t160\n"
                "Беседы\t4\t90\n"
                "Посещения\n"
                "Абонемент\t1 200\t1 310\t1 400\t1 520\n"
                "Читальный зал\t800\t870\t900\t950\n")
    assert len(doc.tables) == 2
    assert "Посещения" in [b.text for b in doc.blocks]


def test_events_of_a_table_cut_into_departments_in_a_words_text_export(tmp_path, cli_runner):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "r.txt").write_text(
        "Отчёт о работе библиотеки за 2023 год\n\n"
        "Таблица 1. Массовые мероприятия отделов\n"
        "Отдел, форма работы\tКол-во\tПрисутствовало\n"
        "Абонемент\n"
        "Книжные выставки\t10\t250\n"
        "Беседы\t7\t140\n"
        "Итого:\t17\t390\n"
        "Детский отдел\n"
        "Книжные выставки\t12\t300\n"
        "Викторины\t9\t210\n"
        "Итого:\t21\t510\n"
        "ВСЕГО:\t38\t900\n\n"
        "Всего проведено 38 мероприятий.\n", encoding="utf-8")
    db = tmp_path / "out.db"
    assert cli_runner("ingest", folder, "--db", db).exit_code == 0
    con = sqlite3.connect(db)
    rows = set(con.execute("select label, actual, participants from event_stats where event_type is not null"))
    assert {("Книжные выставки", 10, 250), ("Беседы", 7, 140), ("Книжные выставки", 12, 300),
            ("Викторины", 9, 210)} <= rows
    assert set(con.execute("select name, holds from checks where kind = 'event_totals'")) == {
        ("event_totals[2023].actual", 1), ("event_totals[2023].participants", 1)}
