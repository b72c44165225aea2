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


def _forms_token_by_token(text: str, offsets: list[tuple[int, int]]):
    """Each token's span, ``loose`` of its own lower case, and whether it is
    punctuation only: the forms read one token at a time."""
    import re

    spans = [(a, a + n) for a, n in offsets]
    return (spans, [common.loose(text[a:b].lower()) for a, b in spans],
            [bool(re.match(r"^[\W_]+$", text[a:b])) for a, b in spans])


def test_token_forms_are_those_of_each_token_read_alone():
    """The forms cut from one lowered paragraph are each token's own, also
    where lower case changes a length ("İ") or depends on the letters
    around ("Σ" at a word's end), where the whole-text cut is not taken."""
    from esep.plugins.lang.nlp import get_tokenizer_nlp

    text = SEED_TXT.read_text(encoding="utf-8")
    paragraphs = [p for p in text.split("\n") if p.strip()][:300]
    paragraphs += ["İstanbul кітапханасына 12 дана кітап берілді.", "ΣΟΦΙΑΣ: выдано 1 200 экз.;",
                   "Оқырмандар саны – 4 512 (өткен жылы – 4 498)…", "Книговыдача\n\t— 12 345 экз.", ""]
    read = 0
    for p in paragraphs:
        for lang in ("kk", "ru"):
            offsets = [(t.idx, len(t)) for t in get_tokenizer_nlp(lang).make_doc(p)]
            assert common.token_forms(p, offsets) == _forms_token_by_token(p, offsets), p
            read += len(offsets)
    assert read > 1000


def _match_word_by_word(ix: common.CueIndex, toks: list[str], sep: list[bool]):
    """Every (pattern, first token, end token): each word of a pattern
    matched on the next token, punctuation but a semicolon skipped between."""
    out = []
    for i in range(len(toks)):
        for pid, (_, _, _, words) in enumerate(ix.patterns):
            if not ix.word_matches(words[0], toks[i]):
                continue
            ends = {i + 1}
            for w in words[1:]:
                nxt = set()
                for j in ends:
                    while j < len(toks):
                        if ix.word_matches(w, toks[j]):
                            nxt.add(j + 1)
                        if not sep[j] or ";" in toks[j]:
                            break
                        j += 1
                ends = nxt
            out += [(pid, i, e) for e in sorted(ends)]
    return sorted(out)


def test_cue_matches_are_those_of_each_word_compared_in_turn():
    from esep.plugins.lang.nlp import get_tokenizer_nlp

    fv = common.get_vocab()
    ix = common.CueIndex.build(fv)
    paragraphs = ["Кітап қоры – 52 314 дана, оның ішінде мерзімді басылымдар – 1 204 дана.",
                  "Число посещений: 45 120; книговыдача – 98 300 экз., в т.ч. детям – 30 112.",
                  "Оқырмандар саны, – 4 512; кітап берілімі: 98 300.",
                  "Фонд библиотеки ... на 01.01.2023 – 40 000 экз. (книги, журналы)"]
    lines = [p for p in SEED_TXT.read_text(encoding="utf-8").split("\n") if len(p) > 40]
    paragraphs += lines[:40]
    found = 0
    for p in paragraphs:
        offsets = [(t.idx, len(t)) for t in get_tokenizer_nlp("kk").make_doc(common.fold(p))]
        _, toks, sep = common.token_forms(common.fold(p), offsets)
        got = sorted(ix.match(toks, sep))
        assert got == _match_word_by_word(ix, toks, sep), p
        found += sum(1 for pid, s, e in got if e - s > 1)
    assert found > 10  # cues of several words among them
    # tokens as other tokenizations leave them: an exact word with its full stop or colon, a dash between
    for words in (["кітапхана", "қоры.", "–", "52"], ["кітапхана", "қоры:", "52"], ["кітапхана", "—", ";", "қоры"],
                  ["қызметкер", "бар:", "12"], ["фонд", ",", "на", "01.01.2023"], ["фонд", "на."]):
        toks = [common.loose(common.fold(w)) for w in words]
        sep = [not any(ch.isalnum() for ch in w) for w in words]
        assert sorted(ix.match(toks, sep)) == _match_word_by_word(ix, toks, sep), words


def test_a_cells_hits_are_the_same_when_read_again_and_a_caller_keeps_its_own_list():
    from esep.plugins.facts import table

    fv = common.get_vocab()
    for text in ("Кітап қоры (дана)", "Книговыдача, экз. за 2023 год", "Оқырмандар саны 2022 жылдың басында"):
        first = table._cell_hits(text, fv, 2023)
        again = table._cell_hits(text, fv, 2023)
        assert first == again and first is not again and first
        again.append(first[0])  # as a reader adding the hits of the cell's joined words
        assert table._cell_hits(text, fv, 2023) == first
        assert table._cell_hits(text, fv, 2023, ("years",)) == table._cell_hits(text, fv, 2023, ("years",))
