"""A report whose lines of text are each given in Kazakh and in Russian (" / " between the halves) is in both
languages; a Kazakh opening sentence that names its period after the report's subject in the genitive
("Аудандық кітапхананың 2024 жылдың бірінші тоқсанындағы жұмысы ...") gives the period."""

from __future__ import annotations

from conftest import paragraphs_doc
import pytest

from esep.plugins.metadata import detect_language, opening_period


def _doc(*paragraphs: str):
    return paragraphs_doc(*paragraphs, doc_id="r")


BILINGUAL_TITLE = ("«Ақсу аудандық орталықтандырылған кітапхана жүйесі» КММ / "
                   "КГУ «Аксуская районная централизованная библиотечная система»",
                   "2024 жылғы жұмыс есебі / Отчёт о работе за 2024 год")

KAZAKH_PROSE = ("Есепті жылы аудан кітапханалары оқырмандарға сапалы қызмет көрсету, кітап қорын толықтыру және "
                "кітап оқуды насихаттау бағытында жұмыс атқарды, көптеген іс-шаралар өткізілді.",
                "Кітапханаларда әдеби кештер, кітап көрмелері мен шолулар ұйымдастырылды, оларға мектеп "
                "оқушылары мен ауыл тұрғындары белсенді қатысты.",
                "Жыл ішінде кітап қоры жаңа басылымдармен толықтырылып, оқырмандардың сұраныстары толық "
                "қанағаттандырылды.")


def test_lines_of_figures_given_in_both_languages_make_a_bilingual_report():
    doc = _doc(*BILINGUAL_TITLE,
               "Оқырмандар саны / Число читателей: 4 210",
               "Кітап беру / Книговыдача: 85 300",
               "Келушілер саны / Число посещений: 41 200",
               "Жаңа түсімдер / Новые поступления – 1 150")
    assert detect_language(doc) == "both"


def test_sentences_given_with_their_translation_make_a_bilingual_report():
    doc = _doc(BILINGUAL_TITLE[1],
               "Есепті жылы кітапхана оқырмандарға қызмет көрсетті, кітап беру артты. / "
               "В отчётном году библиотека обслуживала читателей, книговыдача выросла.",
               "Кітапханада көптеген іс-шара өткізілді, оларға көп адам қатысты. / "
               "В библиотеке проведено много мероприятий, в них приняли участие многие.")
    assert detect_language(doc) == "both"


def test_headings_in_both_languages_over_kazakh_prose_leave_it_kazakh():
    # a heading states nothing: a form's, whatever language the text is in
    doc = _doc(*BILINGUAL_TITLE, "Оқырмандарға қызмет көрсету / Обслуживание пользователей", *KAZAKH_PROSE,
               "Кітап қоры / Книжный фонд", *KAZAKH_PROSE)
    assert detect_language(doc) == "kk"


def test_one_line_of_figures_in_both_languages_in_kazakh_prose_leaves_it_kazakh():
    doc = _doc(*BILINGUAL_TITLE, *KAZAKH_PROSE, "Оқырмандар саны / Число читателей: 4 210", *KAZAKH_PROSE)
    assert detect_language(doc) == "kk"


def test_a_kazakh_report_quoting_a_russian_name_stays_kazakh():
    doc = _doc("Аудандық кітапхананың 2024 жылғы жұмыс есебі", *KAZAKH_PROSE,
               "Александр Пушкиннің «Евгений Онегин» романы бойынша әдеби кеш өткізілді, оған 60 адам қатысты.")
    assert detect_language(doc) == "kk"


TITLE = ("Ақсу аудандық орталықтандырылған кітапхана жүйесі", "АҚПАРАТ")
REST = " бағытында жұмыс атқарды, оқырмандарға сапалы қызмет көрсетуге және кітап оқуды насихаттауға күш салды."


@pytest.mark.parametrize("opening, code", [
    ("Аудандық кітапхананың 2024 жылдың бірінші тоқсанындағы жұмысы кітап қорын толықтыру" + REST, "2024-Q1"),
    ("Ақсу аудандық орталықтандырылған кітапхана жүйесінің 2023 жылғы 9 айдағы қызметі оқырмандар" + REST,
     "2023-9M"),
    ("Орталықтандырылған кітапхана жүйесі кітапханаларының 2024 жылдың бірінші жартыжылдығында негізгі "
     "міндеті оқырмандар" + REST, "2024-H1"),
])
def test_a_kazakh_period_after_the_subject_in_the_genitive(opening, code):
    found = opening_period(_doc(*TITLE, opening))
    assert found is not None and found[0].code == code


@pytest.mark.parametrize("opening", [
    # a year told in passing: the library's history, not the period reported
    "Ақсу аудандық орталықтандырылған кітапхана жүйесінің 2019 жылы ашылған филиалы бүгінгі таңда" + REST,
    # a subject too long to be the opening's: the year belongs to a phrase further on
    "Ақсу ауданы әкімдігінің мәдениет тілдерді дамыту дене шынықтыру және спорт бөлімінің орталықтандырылған "
    "кітапхана жүйесінің 2019 жылғы ережесіне сәйкес кітапхана" + REST,
])
def test_no_period_from_a_year_named_in_passing(opening):
    assert opening_period(_doc(*TITLE, opening)) is None


def test_an_older_year_owned_by_the_subject_is_not_the_period_of_a_later_report():
    doc = _doc(*TITLE, "Ақсу аудандық кітапхана жүйесінің 2019 жылғы құрылымы бойынша бүгінгі таңда оқырмандарға"
               + REST, "2024 жылы оқырмандар саны 3 410 болды.")
    assert opening_period(doc) is None


RU_TITLE = ("КГУ «Централизованная библиотечная система» Аксуского района", "ИНФОРМАЦИЯ")
RU_REST = " была направлена на обслуживание читателей, пополнение фонда и продвижение чтения среди жителей района."


@pytest.mark.parametrize("opening, code", [
    ("Работа районной библиотеки за первый квартал 2024 года" + RU_REST, "2024-Q1"),
    ("Деятельность централизованной библиотечной системы Аксуского района за 9 месяцев 2023 года" + RU_REST,
     "2023-9M"),
])
def test_a_russian_period_told_for_the_subject(opening, code):
    found = opening_period(_doc(*RU_TITLE, opening))
    assert found is not None and found[0].code == code


@pytest.mark.parametrize("opening", [
    # a past verb before "за": a plan or a deed told, not the period the report is for
    "Районная библиотека выполнила план за первый квартал 2024 года" + RU_REST,
    # "в …" is how a history is told ("в 1936 году была открыта"); only "за …" is read after a subject
    "Районная библиотека в первом квартале 2024 года" + RU_REST,
])
def test_no_russian_period_after_a_verb_or_in_a_passing_phrase(opening):
    assert opening_period(_doc(*RU_TITLE, opening)) is None
