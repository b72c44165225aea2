"""The one place a spaCy pipeline is made: :func:`get_nlp`.

spaCy is imported on the first call, not with this module, so importing a
plugin that tokenizes costs nothing until it tokenizes.

spaCy computes every attribute of a word (shape, ``like_url``,
``like_num``...) the first time the tokenizer meets it, and most words of a
report are new to the process: a few of spaCy's own attribute functions are
replaced, in the pipelines made here, by ones that give the same answer
sooner (:func:`_fast_getters`).
"""

from __future__ import annotations

import functools
import logging
from typing import Any

log = logging.getLogger(__name__)

_ALIASES = {"kk": "kk", "kaz": "kk", "kz": "kk", "ru": "ru", "rus": "ru"}


def get_nlp(lang: str | None) -> Any:
    """The blank spaCy pipeline for ``lang``, with a sentencizer.

    ``"kk"`` gives the Kazakh of :mod:`esep.plugins.lang.kk`, ``"ru"``
    spaCy's blank Russian, anything else (``None`` included) the
    multi-language ``"xx"``.  Built once per process and shared: do not add
    pipes to it.
    """
    return _build_nlp(_ALIASES.get((lang or "").strip().lower(), "xx"))


@functools.lru_cache(maxsize=None)
def _build_nlp(code: str) -> Any:
    import spacy

    if code == "kk":
        from esep.plugins.lang.kk import Kazakh

        nlp = Kazakh()
    else:
        nlp = spacy.blank(code)
    nlp.add_pipe("sentencizer")
    _fast_getters(nlp.vocab)
    log.debug("built blank spaCy pipeline %r", code)
    return nlp


def get_tokenizer_nlp(lang: str | None, keep: tuple[int, ...] = ()) -> Any:
    """A pipeline of ``lang`` for tokenizing alone: spaCy's tokenizer with
    the rules :func:`get_nlp` has, over a vocabulary of its own whose new
    words get only the lexeme attributes in ``keep`` (spaCy attribute ids,
    e.g. ``IS_SPACE``) and any flags added to it later.

    spaCy computes some twenty attributes of every word the first time a
    tokenizer meets it, and most words of a report are new to the process;
    an extractor that reads only each token's text and offset, or matches
    on a few flags, needs none of the rest.  The tokens (their texts and
    offsets) are those of :func:`get_nlp`'s pipeline; a token's other
    attributes are spaCy's defaults.  Built once per process and
    ``keep``; do not share it with code that reads other attributes."""
    return _build_tokenizer_nlp(_ALIASES.get((lang or "").strip().lower(), "xx"), tuple(sorted(set(keep))))


class TokenizerPipeline:
    """What :func:`get_tokenizer_nlp` gives: ``vocab``, ``tokenizer`` and
    ``make_doc``, as a spaCy pipeline has them (no pipes)."""

    def __init__(self, lang: str, vocab: Any, tokenizer: Any) -> None:
        self.lang, self.vocab, self.tokenizer = lang, vocab, tokenizer
        self.make_doc = tokenizer.__call__

    def __repr__(self) -> str:
        return f"TokenizerPipeline({self.lang!r})"


@functools.lru_cache(maxsize=None)
def _build_tokenizer_nlp(code: str, keep: tuple[int, ...]) -> TokenizerPipeline:
    from spacy.attrs import LANG
    from spacy.tokenizer import Tokenizer
    from spacy.vocab import Vocab

    # the rules and compiled patterns the full pipeline's tokenizer is made of,
    # over a new vocabulary: no pipeline of the language is made for it
    lang, getters, parts = _tokenizer_parts(code)
    vocab = Vocab(lex_attr_getters={attr: getters[attr] for attr in (LANG, *keep) if attr in getters})
    tokenizer = Tokenizer(vocab, **parts)
    log.debug("built tokenizing spaCy pipeline %r keeping %s", code, keep)
    return TokenizerPipeline(lang, vocab, tokenizer)


@functools.lru_cache(maxsize=None)
def _tokenizer_parts(code: str) -> tuple[str, dict[int, Any], dict[str, Any]]:
    """What the tokenizer of :func:`get_nlp`'s pipeline for ``code`` is made
    of, as spaCy's default tokenizer factory makes it from the language's
    defaults (its rules, prefix, suffix and infix patterns, token and URL
    matches), and the lexeme attribute functions of that pipeline's
    vocabulary (spaCy's ``create_vocab``, with :func:`_fast_getters`):
    without making the pipeline, whose own tokenizer would load the same
    rules and patterns once more."""
    import spacy
    from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex
    from spacy.vocab import create_vocab

    if code == "kk":
        from esep.plugins.lang.kk import Kazakh as cls
    else:
        cls = spacy.util.get_lang_class(code)
    d = cls.Defaults
    vocab = create_vocab(cls.lang, d)
    _fast_getters(vocab)
    parts = {
        "rules": d.tokenizer_exceptions,
        "prefix_search": compile_prefix_regex(d.prefixes).search if d.prefixes else None,
        "suffix_search": compile_suffix_regex(d.suffixes).search if d.suffixes else None,
        "infix_finditer": compile_infix_regex(d.infixes).finditer if d.infixes else None,
        "token_match": d.token_match,
        "url_match": d.url_match,
    }
    return cls.lang, dict(vocab.lex_attr_getters), parts


def _fast_getters(vocab: Any) -> None:
    """Give ``vocab`` quicker lexeme attribute functions with the same
    results as spaCy's: the common cases answered first, the rest handed to
    spaCy's own function.  Russian ``like_num`` looks words up in a list of
    some 600 number words: here in a set of the same words."""
    from spacy.attrs import LIKE_NUM, LIKE_URL, SHAPE
    from spacy.lang import lex_attrs

    getters = vocab.lex_attr_getters
    if getters.get(SHAPE) is lex_attrs.word_shape and _agrees(word_shape, lex_attrs.word_shape):
        getters[SHAPE] = word_shape
    if getters.get(LIKE_URL) is lex_attrs.like_url and _agrees(like_url, lex_attrs.like_url):
        getters[LIKE_URL] = like_url
    try:
        from spacy.lang.ru import lex_attrs as ru_attrs
    except ImportError:  # pragma: no cover - spaCy without Russian
        return
    if getters.get(LIKE_NUM) is ru_attrs.like_num and isinstance(getattr(ru_attrs, "_num_words", None), list):
        fast = _russian_like_num(ru_attrs)
        if _agrees(fast, ru_attrs.like_num):
            getters[LIKE_NUM] = fast


#: Words of every shape the quicker functions answer themselves: if a
#: version of spaCy answers one of them otherwise, its own functions stay.
_SAMPLES = ("кітап", "Кітапхана", "Алматы", "ҚАЗАҚСТАН", "2019", "12", "1/2", "-5%", "+3,5", "двадцать",
            "Двадцатого", "миллион", "xx", "IV", "и", "I", "Ab", "ǅz", "a.kz", "www.kitap.kz", "http://x",
            "https://a.b/c", "kitap.kz/", "e@mail.kz", ".", "т.б.", "№5", "3-ші", "book", "A", "ab1", "x" * 120)


def _agrees(fast: Any, slow: Any) -> bool:
    return all(fast(w) == slow(w) for w in _SAMPLES)


def word_shape(text: str) -> str:
    """spaCy's ``word_shape`` (``Astana`` -> ``Xxxxx``, ``2019`` -> ``dddd``),
    with words of lower-case letters, of a capital and lower-case letters, and
    of ASCII digits shaped without a loop."""
    n = len(text)
    if n < 100 and text.isalpha():
        if text.islower():  # no letter is upper case: every one is "x"
            return "xxxx" if n >= 4 else "x" * n
        if n > 1 and text[0].isupper() and text[1:].islower():
            return "Xxxxx" if n >= 5 else "X" + "x" * (n - 1)
    elif n < 100 and text.isascii() and text.isdigit():
        return "dddd" if n >= 4 else "d" * n
    from spacy.lang.lex_attrs import word_shape as spacy_word_shape

    return spacy_word_shape(text)


def like_url(text: str) -> bool:
    """spaCy's ``like_url``: a word without a dot (most words) is no URL
    unless it begins with ``http://`` or ``https://``."""
    if "." not in text and not text.startswith(("http://", "https://")):
        return False
    from spacy.lang.lex_attrs import like_url as spacy_like_url

    return spacy_like_url(text)


def _russian_like_num(ru_attrs: Any):
    words = frozenset(ru_attrs._num_words)
    spacy_like_num = ru_attrs.like_num

    def like_num(text: str) -> bool:
        """spaCy's Russian ``like_num``, its number words in a set."""
        if text.startswith(("+", "-", "±", "~")):
            text = text[1:]
        if text.endswith("%"):
            text = text[:-1]
        text = text.replace(",", "").replace(".", "")
        if text.isdigit():
            return True
        if text.count("/") == 1:
            num, denom = text.split("/")
            if num.isdigit() and denom.isdigit():
                return True
        return text.lower() in words

    like_num.__wrapped__ = spacy_like_num
    return like_num
