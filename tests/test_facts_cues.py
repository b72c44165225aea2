"""The cue index finds, for each token, exactly the patterns whose first
word the token matches, however often the token recurs (its answer is kept
per token)."""

from __future__ import annotations

from esep.plugins.facts import common

from conftest import SEED_TXT


def _brute(ix: common.CueIndex, tok: str) -> tuple[int, ...]:
    """Every pattern whose first word matches ``tok`` (a stem the token starts
    with, or an exact word, optionally followed by '.' or ':')."""
    return tuple(i for i, p in enumerate(ix.patterns) if ix.word_matches(p[3][0], tok))


def test_first_word_candidates_are_every_matching_pattern_and_stay_so():
    fv = common.get_vocab()
    ix = common.CueIndex.build(fv)
    text = SEED_TXT.read_text(encoding="utf-8")
    toks = [common.loose(w.lower()) for w in text.split()][:3000]
    toks += [t + ":" for t in toks[:200]] + [t + "." for t in toks[:200]]
    found = 0
    for _ in range(2):  # the second pass reads the kept answers
        for tok in toks:
            got = ix.starting(tok)
            assert got == _brute(ix, tok), tok
            found += bool(got)
    assert found > 100  # the seed's prose is full of cue words


def test_matches_do_not_depend_on_what_was_read_before():
    fv = common.get_vocab()
    seen = common.CueIndex.build(fv)
    text = SEED_TXT.read_text(encoding="utf-8")
    paragraphs = [p for p in text.split("\n") if len(p) > 80][:60]
    for p in paragraphs:  # warm one index on the whole text
        toks = [common.loose(w.lower()) for w in p.split()]
        seen.match(toks, [False] * len(toks))
    for p in paragraphs:
        toks = [common.loose(w.lower()) for w in p.split()]
        fresh = common.CueIndex.build(fv)
        assert seen.match(toks, [False] * len(toks)) == fresh.match(toks, [False] * len(toks))


def test_kept_periods_and_dates_are_what_the_finders_say():
    """``periods_in`` and ``dates_in`` answer as ``find_periods`` and
    ``find_dates`` do, the first time and when the text comes again, and a
    caller changing its list changes no later answer."""
    from esep.plugins.lang.dates import find_dates
    from esep.plugins.lang.periods import find_periods

    lines = [ln for ln in SEED_TXT.read_text(encoding="utf-8").splitlines() if ln.strip()][:400]
    lines += ["за первое полугодие", "1-ші жарты жылдықта", "01.07.2018 г.", "16 наурызда", "2017 жылы"]
    hits = 0
    for year in (None, 2018):
        for _ in range(2):
            for ln in lines:
                got = common.periods_in(ln, year)
                assert got == find_periods(ln, year)
                assert common.dates_in(ln, year) == find_dates(ln, year)
                hits += bool(got)
                got.clear()  # the caller's own list
    assert hits > 20
