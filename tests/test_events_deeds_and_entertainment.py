"""Forms of work named as a deed done to them or counted, the form in the Russian
genitive plural with its adjective ("Организация книжных выставок",
"Проведение литературных вечеров", "Подготовка библиографических
обзоров"), or in the Kazakh genitive or accusative straight after the
plural ("Өткізілген викториналардың саны", "Дөңгелек үстелдерді өткізу"):
the form the deed is done to.  And the Kazakh "Ойын-сауық"
(entertainment) on its own or as an evening, which is no plain game."""

from __future__ import annotations

from esep.plugins.lang.plurals import genitive_plural_adjective, genitive_plural_singulars

from test_event_stats import by_label, records_of, rows_of, table_of


def _row(got, label, period):
    r = got[label][period]
    return r["event_type"], r["actual"], r["participants"]


def test_a_deed_done_to_a_form_with_its_adjective_in_the_genitive_plural():
    t = table_of([["№", "Наименование работы", "Кол-во", "Охват"],
                  ["1", "Организация книжных выставок", "48", "1 440"],
                  ["2", "Проведение литературных вечеров", "10", "400"],
                  ["3", "Подготовка библиографических обзоров", "7", "160"],
                  ["4", "Проведение бесед", "30", "720"],
                  ["", "Всего", "95", "2 720"]])
    recs = records_of(t, period="2024")
    got = by_label(recs)
    assert _row(got, "Организация книжных выставок", "2024") == ("exhibition.book", 48, 1440)
    assert _row(got, "Проведение литературных вечеров", "2024") == ("hour.literary", 10, 400)
    assert _row(got, "Подготовка библиографических обзоров", "2024") == ("review.literary", 7, 160)
    assert _row(got, "Проведение бесед", "2024") == ("conversation", 30, 720)
    assert _row(got, "Всего", "2024") == ("total", 95, 2720)
    row = next(r for r in rows_of(recs) if r.values["label"] == "Организация книжных выставок")
    assert row.evidence == "Организация книжных выставок"


def test_a_deed_done_to_no_form_keeps_no_type():
    t = table_of([["Наименование работы", "Кол-во", "Участники"],
                  ["Проведение книжных выставок", "12", "300"],
                  ["Списание устаревших изданий", "3", "40"],
                  ["Итого", "15", "340"]])
    got = by_label(records_of(t, period="2023"))
    assert got["Проведение книжных выставок"]["2023"]["event_type"] == "exhibition.book"
    assert got["Списание устаревших изданий"]["2023"]["event_type"] is None


def test_the_genitive_plural_read_back_to_the_nominative():
    assert "выставка" in genitive_plural_singulars("выставок")
    assert genitive_plural_singulars("вечеров") == ["вечер"]
    assert genitive_plural_singulars("бесед") == ["беседа", "беседя"]
    assert "день" in genitive_plural_singulars("дней") and genitive_plural_singulars("мастер-классов") == ["мастер-класс"]
    assert genitive_plural_adjective("книжных") == ["книжный", "книжная", "книжное"]
    assert "литературно-музыкальный" in genitive_plural_adjective("литературно-музыкальных")
    assert "детский" in genitive_plural_adjective("детских")
    assert genitive_plural_adjective("выставок") == [] and genitive_plural_adjective("кітаптардың") == []


def test_kazakh_entertainment_alone_or_as_an_evening_is_no_plain_game():
    t = table_of([["Іс-шара түрі", "Саны", "Қатысушылар"],
                  ["Ойын-сауық", "7", "260"],
                  ["Ойын-сауық кештері", "5", "210"],
                  ["Ойындар", "4", "90"],
                  ["Барлығы", "16", "560"]])
    got = by_label(records_of(t, period="2024"))
    assert _row(got, "Ойын-сауық", "2024") == ("hour.entertainment", 7, 260)
    assert _row(got, "Ойын-сауық кештері", "2024") == ("hour.entertainment", 5, 210)
    assert _row(got, "Ойындар", "2024") == ("game", 4, 90)


def test_kazakh_counts_of_a_form_in_the_genitive_and_deeds_in_the_accusative():
    t = table_of([["Көрсеткіш", "2023 ж.", "2024 ж."],
                  ["Өткізілген викториналардың саны", "14", "15"],
                  ["Өткізілген әдеби кештердің саны", "9", "12"],
                  ["Дөңгелек үстелдерді өткізу", "3", "5"],
                  ["Барлығы", "26", "32"]])
    got = by_label(records_of(t, period="2024"))
    assert _row(got, "Өткізілген викториналардың саны", "2023") == ("quiz", 14, None)
    assert _row(got, "Өткізілген әдеби кештердің саны", "2024") == ("hour.literary", 12, None)
    assert _row(got, "Дөңгелек үстелдерді өткізу", "2024") == ("round_table", 5, None)
    assert _row(got, "Барлығы", "2024") == ("total", 32, None)


def test_a_kazakh_count_of_no_form_in_the_genitive_keeps_no_type():
    from esep.plugins.events.stats import match_label
    from esep.plugins.vocab import get_vocabulary

    vocab = get_vocabulary("event_types")
    assert match_label(vocab, "Оқырмандардың саны").id is None
    assert match_label(vocab, "Кітаптарды есептен шығару").id is None


def test_a_deed_done_to_a_form_whose_head_word_is_qualified_or_hyphenated():
    t = table_of([["Наименование работы", "Кол-во", "Участники"],
                  ["Проведение часов поэзии", "9", "270"],
                  ["Проведение уроков мужества", "6", "180"],
                  ["Проведение дней информации", "4", "120"],
                  ["Проведение мастер-классов", "5", "100"],
                  ["Проведение литературно-музыкальных вечеров", "3", "150"],
                  ["Проведение ремонтных работ", "2", "0"],
                  ["Итого", "29", "820"]])
    got = by_label(records_of(t, period="2024"))
    assert _row(got, "Проведение часов поэзии", "2024") == ("hour.poetry", 9, 270)
    assert _row(got, "Проведение уроков мужества", "2024") == ("hour.patriotic", 6, 180)  # no library lesson
    assert _row(got, "Проведение дней информации", "2024") == ("information_day", 4, 120)
    assert _row(got, "Проведение мастер-классов", "2024") == ("master_class", 5, 100)
    assert _row(got, "Проведение литературно-музыкальных вечеров", "2024") == ("evening.literary_musical", 3, 150)
    assert got["Проведение ремонтных работ"]["2024"]["event_type"] is None


def test_words_after_a_preposition_qualify_the_form_and_are_no_deed():
    # "у книжных полок" is where reviews were given, not a shelf exhibition the row names
    t = table_of([["Формы работы", "Кол-во", "Присутствовало"],
                  ["Обзоры у книжных полок", "9", "180"],
                  ["Организация книжных выставок", "12", "360"],
                  ["Всего", "21", "540"]])
    got = by_label(records_of(t, period="2024"))
    assert _row(got, "Обзоры у книжных полок", "2024") == ("review.literary", 9, 180)
    assert _row(got, "Организация книжных выставок", "2024") == ("exhibition.book", 12, 360)
