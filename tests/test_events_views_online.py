"""Event tables that give the views of the events put online beside the
count and the people ("Просмотры", "Кол-во просмотров", "Онлайн
қаралымдар", "кол-во / посещ. / просмотров"): views are neither people nor
events, and are not stored."""

from __future__ import annotations

from esep.plugins.events.headers import header_role, names_views

from test_event_stats import records_of, rows_of, table_of


def _figures(records) -> dict[str, tuple]:
    return {r.values["label"]: (r.values["event_type"], r.values["actual"], r.values["participants"])
            for r in rows_of(records)}


def test_a_column_of_views_beside_the_count_is_no_people():
    t = table_of([["Формы работы", "Кол-во", "Просмотры"],
                  ["Видеообзоры", "24", "7 300"], ["Виртуальные выставки", "10", "2 900"],
                  ["Онлайн-викторины", "6", "1 150"], ["Итого", "40", "11 350"]])
    recs = records_of(t, period="2024")
    assert _figures(recs) == {"Видеообзоры": ("review.video", 24, None),
                              "Виртуальные выставки": ("exhibition.book", 10, None),
                              "Онлайн-викторины": ("quiz", 6, None),
                              "Итого": ("total", 40, None)}
    row = next(r for r in rows_of(recs) if r.values["label"] == "Видеообзоры")
    assert row.evidence == "Видеообзоры" and row.values["actual_col"] == 1 and row.values["participants_col"] is None
    assert all(r.values["period"] == "2024" for r in rows_of(recs))


def test_the_count_of_views_is_no_count_of_events():
    # "Кол-во просмотров" holds a word of a count, and "Қаралым саны" too
    t = table_of([["Іс-шара түрлері", "Қатысушылар", "Қаралым саны"],
                  ["Кітап көрмелері", "960", "3 400"], ["Бейнешолулар", "–", "6 800"],
                  ["Әдеби сағаттар", "310", "1 200"], ["Барлығы", "1 270", "11 400"]])
    got = _figures(records_of(t, period="2024"))
    assert got["Кітап көрмелері"] == ("exhibition.book", None, 960)
    assert got["Барлығы"] == ("total", None, 1270)
    assert header_role("Кол-во просмотров") is None and header_role("Қаралым саны") is None


def test_a_count_and_its_views_in_one_cell():
    for head in ("Онлайн-мероприятия", "Форма"):
        _count_and_views_in_one_cell(head)


def _count_and_views_in_one_cell(head):
    t = table_of([[head, "кол-во / просмотров"],
                  ["Видеообзоры", "14 / 4 200"], ["Виртуальные выставки", "9 / 2 100"],
                  ["Итого", "23 / 6 300"]])
    got = _figures(records_of(t, period="2024"))
    assert got == {"Видеообзоры": ("review.video", 14, None),
                   "Виртуальные выставки": ("exhibition.book", 9, None),
                   "Итого": ("total", 23, None)}


def test_the_count_the_people_and_the_views_in_one_cell():
    t = table_of([["Форма", "Кол-во / посещ. / просмотров"],
                  ["Книжные выставки", "28 / 840 / 2 100"], ["Беседы", "16 / 390 / –"],
                  ["Видеообзоры", "12 / – / 4 600"], ["Итого", "56 / 1 230 / 6 700"]])
    got = _figures(records_of(t, period="2024"))
    assert got == {"Книжные выставки": ("exhibition.book", 28, 840),
                   "Беседы": ("conversation", 16, 390),
                   "Видеообзоры": ("review.video", 12, None),
                   "Итого": ("total", 56, 1230)}


def test_views_beside_the_people_change_nothing_of_theirs():
    t = table_of([["Формы мероприятий", "Всего мер.", "Посещений", "Просмотров"],
                  ["Книжные выставки", "64", "2 300", "5 600"], ["Беседы", "40", "1 020", "–"],
                  ["Итого", "104", "3 320", "5 600"]])
    got = _figures(records_of(t, period="2024"))
    assert got["Книжные выставки"] == ("exhibition.book", 64, 2300)
    assert got["Итого"] == ("total", 104, 3320)


def test_forms_that_show_books_and_people_with_views_are_no_views():
    assert not names_views("Просмотры литературы")
    assert not names_views("Книжный просмотр")
    assert not names_views("Выставка-просмотр")
    assert not names_views("Участники (в т.ч. просмотры онлайн)")
    assert header_role("Участники (в т.ч. просмотры онлайн)") == "participants"
    assert names_views("Просмотры") and names_views("Онлайн қаралымдар") and names_views("Кол-во просмотров")
    assert names_views("Онлайн (просмотры)") and not names_views("Посещения и просмотры")
    # a column headed by a form that shows books, among other forms, is still read as before
    t = table_of([["Формы работы", "Кол-во", "Участники"],
                  ["Просмотры литературы", "12", "300"], ["Беседы", "20", "410"], ["Итого", "32", "710"]])
    got = _figures(records_of(t, period="2024"))
    assert got["Просмотры литературы"] == ("exhibition.book", 12, 300)


def test_without_a_word_of_views_the_larger_column_is_still_the_people():
    t = table_of([["Формы работы", "Кол-во", "Онлайн"],
                  ["Видеообзоры", "24", "730"], ["Беседы", "10", "290"], ["Итого", "34", "1 020"]])
    got = _figures(records_of(t, period="2024"))
    assert got["Видеообзоры"] == ("review.video", 24, 730)


def test_views_named_in_brackets_beside_the_count():
    t = table_of([["Формы работы", "Кол-во", "Онлайн (просмотры)"],
                  ["Видеообзоры", "18", "5 400"], ["Виртуальные выставки", "12", "3 100"],
                  ["Итого", "30", "8 500"]])
    got = _figures(records_of(t, period="2024"))
    assert got == {"Видеообзоры": ("review.video", 18, None),
                   "Виртуальные выставки": ("exhibition.book", 12, None),
                   "Итого": ("total", 30, None)}


def test_years_each_over_the_count_and_its_views_cut_short():
    t = table_of([["Онлайн-мероприятия", "2023 г.", "2024 г."],
                  ["", "мер.", "просм.", "мер.", "просм."],
                  ["Видеообзоры", "14", "3 900", "18", "5 400"],
                  ["Виртуальные выставки", "10", "2 500", "12", "3 100"],
                  ["Итого", "24", "6 400", "30", "8 500"]],
                 spans={(0, 1): (1, 2), (0, 3): (1, 2)})
    recs = records_of(t, period="2024")
    got = {(r.values["label"], r.values["period"]): (r.values["actual"], r.values["participants"]) for r in rows_of(recs)}
    assert got == {("Видеообзоры", "2023"): (14, None), ("Видеообзоры", "2024"): (18, None),
                   ("Виртуальные выставки", "2023"): (10, None), ("Виртуальные выставки", "2024"): (12, None),
                   ("Итого", "2023"): (24, None), ("Итого", "2024"): (30, None)}
    assert not names_views("Просм. литературы")
