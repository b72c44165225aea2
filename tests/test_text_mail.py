"""A report sent as the text of an e-mail and saved as it came: the mail's
headers, its signature and the message it answers (quoted with '>') are no
part of the report.  The messages below are made up in the genre."""

from __future__ import annotations

from esep.plugins.text.loader import parse
from esep.plugins.text.mail import mail_lines

MAIL = """From: Сельская библиотека с. Акжар <akzhar.lib@mail.kz>
To: Методический отдел <metod@cbs.kz>
Date: Tue, 9 Jan 2024 11:05:41 +0600
Subject: Годовой отчет за 2023 год

Добрый день!

Высылаем отчет сельской библиотеки села Акжар за 2023 год, таблица ниже.
За год в библиотеку записались 742 читателя, из них детей – 318. Посещений
было 6 215, выдано 15 870 экземпляров книг и журналов.

|------------|------|
| Показатель | 2023 |
|------------|------|
| Читатели   | 742  |
| Посещения  | 6 215 |
|------------|------|

-- 
Библиотекарь Г. Сапарова
тел. 8 701 555 12 40

> -----Original Message-----
> From: Методический отдел <metod@cbs.kz>
> Просим прислать отчеты до 10 января. В прошлом году у вас было
> 731 читатель.
"""


def test_the_headers_signature_and_quoted_message_are_left_out():
    doc = parse(MAIL)
    texts = [b.text for b in doc.blocks]
    assert doc.metadata["mail"] is True
    assert not any(t.startswith(("From:", "To:", "Date:", "Subject:", ">", "тел.", "Библиотекарь")) for t in texts)
    assert not any("731" in t for t in texts)
    # the mail program wrapped the lines: the sentence cut before "было" is one paragraph again
    assert ("За год в библиотеку записались 742 читателя, из них детей – 318. Посещений было 6 215, "
            "выдано 15 870 экземпляров книг и журналов.") in " ".join(texts)
    # the table typed by hand, its rules above and below included
    assert len(doc.tables) == 1 and doc.tables[0].n_rows == 3
    assert not any(t.startswith("|--") for t in texts)


def test_a_text_that_only_mentions_a_sender_is_no_mail():
    assert mail_lines(["Отчет библиотеки за 2023 год", "От: заведующей библиотекой"]) is None
    assert mail_lines(["Subject: отчет", "Читатели – 742"]) is None  # one header line alone


def test_a_report_forwarded_as_a_quotation_is_kept():
    text = "From: a@b.kz\nSubject: Fwd: отчет\n\n> Число читателей – 742, посещений – 6 215.\n"
    lines = text.split("\n")
    assert not (mail_lines(lines) & {3})
