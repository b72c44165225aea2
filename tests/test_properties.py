"""Property-based tests: the parsers never raise, numbers written in any
supported way read back to their value, normalization is idempotent.

``ESEP_HYPOTHESIS_EXAMPLES`` raises the number of cases (the README gives the
figures of a long run)."""

import os
import re
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from esep.plugins.lang import alphabet, dates, numbers, periods
from esep.plugins.text.loader import looks_like_text, parse as parse_text
from esep.plugins.vocab import normalize_label

N = int(os.environ.get("ESEP_HYPOTHESIS_EXAMPLES", "300"))
many = settings(max_examples=N, deadline=None, suppress_health_check=[HealthCheck.too_slow])

KK = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһіАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯӘҒҚҢӨҰҮҺІ"
report_text = st.text(alphabet=st.sampled_from(list(KK + "0123456789 .,:;-–/()«»№\t\n")), max_size=300)
any_text = st.one_of(st.text(max_size=300), report_text)


@many
@given(any_text)
def test_number_parsers_never_raise(s):
    v = numbers.parse_number(s)
    assert v is None or isinstance(v, float)
    for m in numbers.find_numbers(s):
        assert s[m.start:m.end] == m.text


@many
@given(any_text, st.one_of(st.none(), st.integers(min_value=-5, max_value=3000)))
def test_date_and_period_parsers_never_raise(s, year):
    dates.parse_day_month(s, year)
    dates.parse_numeric_date(s)
    dates.month_number(s)
    p = periods.parse_period(s)
    if p is not None:
        assert periods.period_from_code(p.code) == p
        assert p.start <= p.end


def _write(value: int, frac: int | None, style: str) -> str:
    digits = f"{value:,}"
    if style == "plain":
        s = str(value)
    elif style == "space":
        s = digits.replace(",", " ")
    elif style == "nbsp":
        s = digits.replace(",", "\u00a0")
    elif style == "thin":
        s = digits.replace(",", "\u2009")
    else:  # dots as thousands separators, read the same whatever the number of groups
        s = digits.replace(",", ".")
    if frac is not None:
        s += "," + str(frac)
    return s


@many
@given(st.integers(min_value=0, max_value=10**9), st.one_of(st.none(), st.integers(min_value=0, max_value=9)),
       st.sampled_from(["plain", "space", "nbsp", "thin", "dot"]))
def test_numbers_read_back_to_their_value(value, frac, style):
    s = _write(value, frac, style)
    expected = value + (frac / 10 if frac is not None else 0)
    assert numbers.parse_number(s) == expected
    # inside a sentence too
    found = numbers.find_numbers(f"Барлығы {s} дана кітап")
    assert [m.value for m in found] == [expected]


@many
@given(st.integers(min_value=0, max_value=99999), st.integers(min_value=0, max_value=9))
def test_a_comma_and_a_space_join_a_decimal_only_before_a_scale_or_money_word(value, frac):
    # "3485, 4 мың теңге": a decimal comma typed with a space after it
    joined = numbers.find_numbers(f"{value}, {frac} мың теңге")
    assert [(m.value, m.joined, m.scale) for m in joined] == [(value + frac / 10, True, 1000)]
    # alone, or before a counted noun, it is two numbers: "5, 7 сыныптар"
    assert numbers.parse_number(f"{value}, {frac}") is None
    two = numbers.find_numbers(f"оқушылар {value}, {frac} сыныптар")
    assert [m.value for m in two] == [value, frac]


_DIGIT_RUN = re.compile(r"[0-9]+")


@many
@given(any_text)
def test_numbers_are_made_of_the_digits_written(s):
    """No number has a digit that is not in its source text, in the order
    written: nothing is invented, multiplied or reordered."""
    for m in numbers.find_numbers(s):
        assert s[m.start:m.end] == m.text
        written = "".join(_DIGIT_RUN.findall(m.text)).strip("0")
        if len(written) <= 15:  # what a float holds exactly
            value = format(Decimal(repr(m.value)), "f").replace(".", "").strip("0")
            assert written == value
        # every run of digits in the value's text is in the source text
        assert all(run in s for run in _DIGIT_RUN.findall(m.text))


@many
@given(st.lists(st.integers(min_value=0, max_value=999), min_size=2, max_size=5),
       st.sampled_from(["сыныптар", "тоқсанда", "кітап", "оқушы", "класса", ""]))
def test_a_list_of_numbers_stays_a_list(values, noun):
    text = ", ".join(str(v) for v in values) + (" " + noun if noun else "")
    assert [m.value for m in numbers.find_numbers(text)] == values


@many
@given(st.integers(min_value=1900, max_value=2100), st.sampled_from([None, "H1", "H2", "Q1", "Q2", "Q3", "Q4", "9M"]))
def test_period_codes_round_trip(year, part):
    p = periods.make_period(year, part)
    assert periods.period_from_code(p.code) == p


LATIN_KK = "abdefghijklmnopqrstuvyzáǵńóúýıäğñöüūşçəIÁǴŃÓÚÝÄĞÑÖÜŪŞÇ"
latin_text = st.lists(st.sampled_from(list(LATIN_KK + "  .,:;-1234«»") + ["sh", "ch", "Sh", "qory", "sany"]),
                      max_size=60).map("".join)


@many
@given(st.one_of(any_text, latin_text))
def test_normalize_label_is_idempotent(s):
    once = normalize_label(s)
    assert normalize_label(once) == once


@many
@given(latin_text)
def test_matching_form_offsets_point_into_the_source(s):
    folded, origin = alphabet.matching_form(s)
    if origin is None:
        assert len(folded) == len(s)
    else:
        assert len(origin) == len(folded) + 1 and origin[-1] == len(s)
        assert origin == sorted(origin) and all(0 <= o <= len(s) for o in origin)


@settings(max_examples=N, deadline=None)
@given(st.lists(st.sampled_from(list(KK[:40] + "0123 .,\t\n\r\x0b\x0c") + ["\n_1591015955.xls\n", "\nДиаграмма1\n", "\nЛист1\n", "\t\t"]), max_size=200).map("".join))
def test_text_loader_never_raises(s):
    doc = parse_text(s, "x.txt")
    for b in doc.blocks:
        assert b.text == b.text.strip() and b.text
    for t in doc.tables:
        assert all(c.row >= 0 and c.col >= 0 and c.row_span >= 1 and c.col_span >= 1 for c in t.cells)
    looks_like_text(s.encode("utf-8"))


@settings(max_examples=N, deadline=None)
@given(st.lists(st.sampled_from(list(KK[:30] + "0123 .,*#|-=<>\\\t\n") + ["\n## ", "\n===\n", "\n<table>", "<tr><td>",
                                                                   "</td>", "</table>\n", "**", " -- ", "[](x)", "\\."]),
                max_size=200).map("".join))
def test_markdown_reading_never_raises(s):
    doc = parse_text(s, "x.md", markdown=True)
    for b in doc.blocks:
        assert b.text == b.text.strip() and b.text
    for t in doc.tables:
        assert all(c.row >= 0 and c.col >= 0 and c.row_span >= 1 and c.col_span >= 1 for c in t.cells)


@many
@given(any_text, st.one_of(st.none(), st.integers(min_value=1900, max_value=2100)))
def test_period_date_and_partitive_finders_never_raise(s, year):
    for p in periods.find_periods(s, year):
        assert periods.period_from_code(p.period.code) == p.period
        assert 0 <= p.start <= p.end <= len(s)
    dates.find_dates(s, year)
    numbers.find_partitive_numbers(s)


citation_text = st.one_of(
    any_text,
    st.text(alphabet=st.sampled_from(list("Мұхаметжанова, И.К.//–-—:;.()№123 «»/СсбетTPқаңтарянваря\n")), max_size=300),
)


@many
@given(citation_text)
def test_citation_parser_never_raises(s):
    from esep.plugins.citations import parse_citation

    out = parse_citation(s)
    assert isinstance(out, dict)
    assert isinstance(out.get("authors", []), list)
