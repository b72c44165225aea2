"""esep.plugins.lang: the alphabet and its fold, Kazakh in Latin letters,
the language detector and numbers as reports write them.

The Latin-script phrases are the indicator labels of Kazakh library reports
("Kitap qory", "Oqyrmandar sany", "Kitaphanalar sany") written in the 2018
alphabet and in its 2021 revision, as the decrees spell them."""

from __future__ import annotations

import subprocess
import sys

import pytest

from esep.model import Block, Document
from esep.plugins import lang
from esep.plugins.facts import plugin as facts
from esep.plugins.lang import alphabet
from esep.plugins.lang.detect import detect_language
from esep.plugins.lang.numbers import find_numbers, parse_figure_cell, parse_number
from esep.plugins.vocab import normalize_label
from esep.registry import Config

# -- Kazakh in Latin letters ------------------------------------------------------

LATIN = [
    # (Latin, Cyrillic, alphabet)
    ("Kitap qory 330133 dana, onyń ishinde", "Кітап қоры 330133 дана, оның ішінде", "2018"),
    ("Oqyrmandar sany", "Оқырмандар саны", "2018"),
    ("Kitaphanalar sany", "Кітапханалар саны", "2018"),
    ("Kitap berý", "Кітап беру", "2018"),
    ("Jalpy bilim beretin mektep", "Жалпы білім беретін мектеп", "2018"),
    ("Paıdalanýshylar sany", "Пайдаланушылар саны", "2018"),  # ı is й after a vowel
    ("Kitap aınalymy", "Кітап айналымы", "2018"),
    ("Kelý jıiligi", "Келу жиілігі", "2018"),  # and и after a consonant
    ("Halyqty qamtý", "Халықты қамту", "2018"),
    ("Kitap qorı", "Кітап қоры", "2021"),
    ("Oqırmandar sanı", "Оқырмандар саны", "2021"),
    ("Kitaphanalar sanı", "Кітапханалар саны", "2021"),
    ("Kitap qorı 330133 dana, onıñ işinde", "Кітап қоры 330133 дана, оның ішінде", "2021"),
    ("Körmeler men şaralar", "Көрмелер мен шаралар", "2021"),
]


@pytest.mark.parametrize("latin, cyrillic, year", LATIN)
def test_latin_kazakh_reads_as_cyrillic(latin, cyrillic, year):
    assert alphabet.latin_alphabet(latin) == year
    assert alphabet.to_cyrillic(latin) == cyrillic
    assert normalize_label(latin) == normalize_label(cyrillic)
    assert detect_language(latin) == "kk"


@pytest.mark.parametrize("english", [
    "Number of readers", "The library holds 330133 books", "Reading room", "Popular center",
    "Kitchen garden", "Total visits per year",
])
def test_english_is_not_latin_kazakh(english):
    assert not alphabet.is_latin_kazakh(english)
    assert alphabet.to_cyrillic(english) == english
    assert detect_language(english) is None


def test_mixed_code_points_meet_the_cyrillic_spelling():
    # ə (U+0259) for ә, Latin a/o/p/c/i/k/y inside Cyrillic words, ѳ for ө
    assert normalize_label("Əдебиет") == normalize_label("Әдебиет")
    assert normalize_label("Кiтап кѳрмелерi") == normalize_label("кітап көрмелері")
    assert normalize_label("Oқырмaндaр сaны") == normalize_label("Оқырмандар саны")
    assert alphabet.to_cyrillic("Instagram-да 5 пост") == "Instagram-да 5 пост"  # a Latin name stays


def test_offsets_of_the_matching_form_point_into_the_source():
    text = "Kitap qory 330133 dana, onyń ishinde"
    folded, origin = alphabet.matching_form(text)
    assert folded == "кітап қоры 330133 дана, оның ішінде"
    start = folded.index("ішінде")
    assert text[origin[start]:origin[start + len("ішінде")]] == "ishinde"
    assert alphabet.matching_form("Кітап қоры") == ("кітап қоры", None)


def _facts(text: str) -> list[tuple]:
    d = Document(id="u", path="u.txt", format="txt", metadata={"period": "2018-H1"})
    d.add_block(Block("paragraph", text))
    return sorted((r.values["metric"], r.values["value"], r.values.get("unit"), r.values.get("language"))
                  for r in facts.extract(d, Config()) if r.table == "facts")


@pytest.mark.parametrize("latin", [
    "Kitap qory 330133 dana, onyń ishinde qazaq tilinde 200000 dana.",
    "Kitap qorı 330133 dana, onıñ işinde qazaq tilinde 200000 dana.",
])
def test_facts_read_latin_kazakh_as_they_read_cyrillic(latin):
    cyrillic = "Кітап қоры 330133 дана, оның ішінде қазақ тілінде 200000 дана."
    found = _facts(latin)
    assert found and found == _facts(cyrillic)


# -- the fold and its variants -------------------------------------------------------

def test_fold_keeps_length_and_folds_only_inside_cyrillic_words():
    s = "Кiтап\u00a0қоры 5 book\nсaны"
    assert alphabet.fold(s) == "кітап қоры 5 book саны"
    assert len(alphabet.fold(s)) == len(s)


def test_compare_key_meets_what_ocr_and_russian_keyboards_make_of_kazakh():
    assert alphabet.compare_key("Науқаның") == alphabet.compare_key("наукан-ын".replace("-", ""))
    assert alphabet.compare_key("№3 кітапхана-филиалы") == "3 китапхана-филиалы"


def test_fold_russian_compares_months_and_titles_across_both_languages():
    assert alphabet.fold_russian("Қаңтар") == "кантар"
    assert alphabet.fold_russian("Вестник") == alphabet.fold_russian("Вecтник")  # Latin e, c
    assert alphabet.fold_russian("Potential Theory") == "роtеntиаl thеоrу"  # in every word


def test_mixed_script_word_goes_to_the_alphabet_of_most_of_its_letters():
    assert alphabet.mixed_script_to_latin("вookcrossing") == "bookcrossing"
    assert alphabet.mixed_script_to_latin("кітап") == "кітап"


# -- the detector ---------------------------------------------------------------------

def test_detector_variants():
    assert detect_language("беттер саны") is None
    assert detect_language("беттер саны", otherwise="letters") == "ru"  # no Kazakh letter
    few = "абонемент портрет проспект кабинет сапа жоспар кітап"  # one word in seven
    assert detect_language(few) is None
    assert detect_language(few, otherwise="letters") == "kk"
    assert detect_language(few, threshold=0.1) == "kk"
    # a block of a title page: quotations left out, three words at least
    assert detect_language("«Қазақ әдебиеті» газеті", min_words=3, skip_quoted=True, otherwise="ru") is None
    assert detect_language("Отчёт о работе библиотек «Әдебиет әлемі» за год", threshold=0.08, min_words=3,
                           min_letters=2, skip_quoted=True, otherwise="ru") == "ru"
    assert detect_language("Ось і все, що є у бібліотеці") is None  # Ukrainian


def test_importing_lang_does_not_import_spacy():
    code = "import sys, esep.plugins.lang; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == "False", out.stderr


def test_one_spacy_loader():
    from esep.plugins.lang.kk import Kazakh

    assert lang.get_nlp("kk") is lang.get_nlp("kaz")
    assert isinstance(lang.get_nlp("kk"), Kazakh)
    assert lang.get_nlp("ru").lang == "ru" and lang.get_nlp(None).lang == "xx"


# -- numbers as written -----------------------------------------------------------------

@pytest.mark.parametrize("text, values", [
    ("оқушылар 5, 7 сыныптар", [5, 7]),
    ("3, 4 тоқсанда", [3, 4]),
    ("Газет мақалалары 134, 2 кітап", [134, 2]),
    ("1.500 дана", [1500]),
    ("12.500 дана", [12500]),
    ("1.234.567 теңге", [1234567]),
    ("оқу 1,5 есе, қатынас 18,5", [1.5, 18.5]),
    ("12.5 %", [12.5]),
    ("314\u00a0760 дана, 3\u2009485,4 және 2\u202f000", [314760, 3485.4, 2000]),
    ("дети до 14 лет \u2013 12\u2007980, в прошлом году 12\u2007450", [14, 12980, 12450]),  # figure spaces
    ("2018.07.01. жағдайы бойынша 0.500", [0.5]),
    ("фонд 1,234,567 экз., бюджет 2,450,300.50", [1234567, 2450300.5]),
    ("читатели 12'540 и 1’234’567", [12540, 1234567]),
    ("читаемость 12,540", [12.54]),
])
def test_numbers_as_written(text, values):
    assert [m.value for m in find_numbers(text)] == values
    assert not any(m.joined for m in find_numbers(text))


def test_a_decimal_comma_typed_with_a_space_is_joined_only_before_a_scale_or_money_word():
    [m] = find_numbers("3485, 4 мың теңге")
    assert (m.value, m.text, m.joined, m.scale, m.scale_text, m.scaled) == (3485.4, "3485, 4", True, 1000, "мың", 3485400)
    assert parse_number("3485, 4") is None  # two numbers, not one


def test_a_table_cell_with_a_figure_space_between_the_thousands():
    assert parse_number("12\u2007450") == 12450 and parse_figure_cell("3\u2007960 чел.") == 3960


def test_a_run_of_more_groups_than_a_figure_has_is_no_figure():
    # a budget in the billions is one figure; a row whose gaps were lost between its cells is none
    assert parse_number("1 234 567 890") == 1234567890
    assert parse_number("15.234.000.000") == 15234000000
    assert parse_number("214 350 118 620 96,4") is None and parse_number("399 590 412 380 103,2") is None
    assert [m.value for m in find_numbers("Итого 214 350 118 620 и 12 540 экз.")] == [12540]


@pytest.mark.parametrize("cell, value", [
    ("6\n208", 6208), ("4 \n115", 4115), ("1\n234 567", 1234567), ("6\n208,5", 6208.5),
    # wrapped after a group of its thousands: "3 105" over "260"
    ("3 105\n260", 3105260), ("1 204\n318,5", 1204318.5),
    # not a wrapped thousands group: two years, a two-digit line
    ("2017\n2018", None), ("6\n20", None), ("3 105\n26", None), ("3105\n260", None),
])
def test_a_pdf_cell_that_wrapped_a_number_at_its_thousands_space(cell, value):
    assert parse_number(cell) == value


@pytest.mark.parametrize("text, scale, word", [
    ("120 тыс. руб.", 1000, "тыс."), ("3,2 млн теңге", 10**6, "млн"), ("10 мыңнан астам", 1000, "мыңнан"),
    ("2 миллиарда", 10**9, "миллиарда"), ("15 дана", None, None),
])
def test_scale_words_are_reported_not_multiplied(text, scale, word):
    [m] = find_numbers(text)
    assert (m.scale, m.scale_text) == (scale, word)
    assert m.value == float(text.split()[0].replace(",", "."))


def test_only_ascii_digits_are_digits():
    assert find_numbers("๒๐๑๘ жыл") == [] and parse_number("٣") is None
