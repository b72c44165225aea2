"""A report is in both languages when its running text is: a title, a heading or a table's labels given in
Kazakh and in Russian (a letterhead, a form) leave it in the language of its text."""

from __future__ import annotations

import pytest

from esep.model import Block, Cell, Document, Provenance, Table
from esep.plugins.metadata import bilingual_label, detect_language


def _report(parts) -> Document:
    """Blocks (strings) and tables (lists of rows) in order."""
    d = Document(id="r", path="r.docx", format="docx")
    for part in parts:
        if isinstance(part, str):
            d.add_block(Block("paragraph", part))
        else:
            d.add_table(Table([Cell(r, k, x) for r, row in enumerate(part) for k, x in enumerate(row) if x],
                              Provenance(page=1)))
    return d


#: a Kazakh form: every header in Kazakh over Russian, the kinds of work in a Kazakh and a Russian column
KAZAKH_FORM = [["Жұмыс түрлері / Формы работы", "", "Саны / Количество", "Келушілер / Посетители"],
               ["Әдеби сағаттар", "Литературные часы", "14", "390"],
               ["Кітап талқылаулары", "Обсуждения книг", "8", "212"],
               ["Зияткерлік ойындар", "Интеллектуальные игры", "11", "305"],
               ["Барлығы", "Всего", "33", "907"]]

#: a Russian table of events whose every kind is written in Russian, then in Kazakh on the next line
RUSSIAN_EVENTS = [["Виды мероприятий\nІс-шаралар түрлері", "Количество", "Участники"],
                  ["Литературные гостиные\nӘдеби қонақжайлар", "6", "148"],
                  ["Обзоры новых поступлений\nЖаңа түсімдерге шолу", "15", "402"],
                  ["Дни информации\nАқпарат күндері", "4", "97"],
                  ["Всего\nБарлығы", "25", "647"]]

KAZAKH_TITLE = ["«Ауылдық кітапханалар жүйесі» КММ", "2024 жылғы жұмыс есебі / Отчёт о работе за 2024 год"]


@pytest.mark.parametrize("parts, want", [
    # a Kazakh report whose title, heading and table are set in both languages, with no text beside them
    (KAZAKH_TITLE + ["Бұқаралық жұмыс / Массовая работа", KAZAKH_FORM], "kk"),
    # and with its text in Kazakh
    (KAZAKH_TITLE + ["Бұқаралық жұмыс / Массовая работа",
                     "Жыл бойы ауыл кітапханалары оқырмандармен жоспар бойынша жұмыс жүргізді.", KAZAKH_FORM], "kk"),
    # a title in Kazakh over the same in Russian, over a Kazakh text
    (["«Ауылдық кітапханалар жүйесі» КММ", "Кітапханалар жүйесінің 2024 жылғы жұмысы туралы есеп",
      "Отчёт о работе библиотечной системы за 2024 год",
      "Жыл бойы ауыл кітапханалары оқырмандармен жоспар бойынша жұмыс жүргізді, кітап қорын жаңартып отырды."
      " Кітапхана жанындағы балалар клубы ай сайын жиналып, жаңа кітаптарды талқылады."], "kk"),
    # a Russian report whose table gives each kind of event in both languages
    (["КГУ «Сельская библиотека»", "Отчёт о работе за 2024 год",
      "Мероприятия по видам / Іс-шаралар түрлері бойынша", RUSSIAN_EVENTS], "ru"),
    # a report written paragraph by paragraph in Kazakh, then in Russian
    (["Кітапхана жылдың бірінші жартысында оқырмандарға қызмет көрсетті.",
      "Библиотека в первом полугодии обслуживала читателей по плану.",
      "Кітап қорын толықтыруға облыстық бюджеттен қаражат бөлінді.",
      "На пополнение книжного фонда выделены средства областного бюджета."], "both"),
    # a title in both languages over a Kazakh text that says some of itself in Russian too
    (KAZAKH_TITLE + ["Ауыл кітапханалары жыл бойы оқырмандарға қызмет көрсетіп, кітап қорын жаңартып отырды.",
                     "Кітапхана жанындағы балалар клубы ай сайын жиналып, жаңа кітаптарды талқылады.",
                     "Жүйеде алты кітапхана жұмыс істейді. В системе работают шесть библиотек."], "both"),
])
def test_a_report_is_in_both_languages_by_its_text_not_its_labels(parts, want):
    assert detect_language(_report(parts)) == want


@pytest.mark.parametrize("text, want", [
    ("Оқырмандарға қызмет көрсету / Обслуживание пользователей", True),
    ("Литературные гостиные\nӘдеби қонақжайлар", False),  # a line break divides a table's cell only
    ("Кітап қоры / Фонд кітапханы", False),  # one language on both sides
    # two sentences of text on each side of a slash are no label
    ("Жыл ішінде аудандағы барлық кітапханалар оқырмандардың сұраныстары бойынша жаңа кітаптар мен мерзімді"
     " басылымдарды алып, қорларын толықтырып отырды / В течение года все библиотеки района пополняли фонды"
     " новыми книгами и периодическими изданиями по запросам читателей", False),
])
def test_a_label_in_both_languages(text, want):
    assert bilingual_label(text) is want


def test_a_few_words_without_kazakh_letters_over_a_kazakh_page_count_for_neither():
    # a site's path ("Басты бет Есептер") reads Russian by its letters alone, with no Russian word or ending
    page = ["Басты бет Есептер",
            "Қалалық кітапхананың 2024 жылғы жұмысы туралы ақпарат",
            "Іс-шаралардың салыстырмалы көрсеткіштері:",
            [["Іс-шара түрі", "Саны"], ["Кітап көрмелері", "47"], ["Әдеби кештер", "12"], ["Барлығы", "59"]]]
    assert detect_language(_report(page)) == "kk"
    # a Russian line of a few words with Russian endings still counts
    mixed = ["Основные показатели работы", "Кітапхана жылы бойы 4 200 оқырманға қызмет көрсетті.",
             "Отчёт о работе библиотек района за 2024 год составлен по итогам года."]
    assert detect_language(_report(mixed)) == "both"
