"""Patterns searched only in texts that hold a part every match needs.

Most patterns of the extractors look for a few words ("численностью",
"для сравнения", a verb of change) and run over every paragraph; the regex
engine tries them at every position of the text, and a paragraph rarely
holds any of their words.  :func:`gated` wraps a compiled pattern with such
a *gate*: words of which every match of the pattern holds at least one
(or a pattern every match contains a match of).  The gate is tried first,
on the paragraph's folded form (:func:`folded`: lower case as the regex
engine compares letters case-insensitively, made once per text and shared
by every gate), and a text without any of them is not searched at all.  A
text that holds one is searched by the pattern itself, so the matches are
always the pattern's own.

The gate is a claim about the pattern: each gate is written next to the
pattern it guards, from the pattern's own form (the literal words every
alternative of it requires), and ``tests/test_extract_speed.py`` compares
the gated and the plain patterns on the reports' paragraphs and on phrases
built from the patterns' words.
"""

from __future__ import annotations

import re
from typing import Any, Iterator

_last: list[Any] = [None, ""]


def folded(text: str) -> str:
    """``text`` in lower case, as the regex engine compares letters with
    ``re.I`` (``str.casefold``: "ᲀ" is "в", "ſ" is "s"; and "ı" is "i"), for the gates'
    ``in`` tests.  The last text's form is kept: the gates of one paragraph
    share it."""
    if text is _last[0]:
        return _last[1]
    low = text.casefold()
    if "ı" in low:  # the engine takes the dotless ı for an i
        low = low.replace("ı", "i")
    _last[0], _last[1] = text, low
    return low


class Gated:
    """A compiled pattern and its gate; ``search``, ``match``,
    ``fullmatch``, ``finditer``, ``findall`` and ``sub`` as the pattern's,
    answering at once (no match) for a text the gate rules out.  A gate
    looked at in the whole string holds for any part of it, so ``pos`` and
    ``endpos`` are passed on as they are."""

    __slots__ = ("_re", "_words", "_gate", "_cased", "_text", "_ok")

    def __init__(self, pattern: re.Pattern[str], words: tuple[str, ...] = (), gate: re.Pattern[str] | None = None,
                 cased: bool = False) -> None:
        self._re, self._words, self._gate, self._cased = pattern, words, gate, cased
        self._text: Any = None
        self._ok = True

    def may_match(self, text: str) -> bool:
        """Whether ``text`` holds a part every match needs (False: no match)."""
        if text is self._text:
            return self._ok
        low = text if self._cased else folded(text)
        for w in self._words:  # (a loop, not ``any`` over a generator: this runs for every paragraph and gate)
            if w in low:
                ok = True
                break
        else:
            ok = self._gate is not None and self._gate.search(low) is not None
        self._text, self._ok = text, ok
        return ok

    def search(self, text: str, *args: Any) -> re.Match[str] | None:
        return self._re.search(text, *args) if self.may_match(text) else None

    def match(self, text: str, *args: Any) -> re.Match[str] | None:
        return self._re.match(text, *args) if self.may_match(text) else None

    def fullmatch(self, text: str, *args: Any) -> re.Match[str] | None:
        return self._re.fullmatch(text, *args) if self.may_match(text) else None

    def finditer(self, text: str, *args: Any) -> Iterator[re.Match[str]]:
        return self._re.finditer(text, *args) if self.may_match(text) else iter(())

    def findall(self, text: str, *args: Any) -> list[Any]:
        return self._re.findall(text, *args) if self.may_match(text) else []

    def sub(self, repl: Any, text: str, count: int = 0) -> str:
        return self._re.sub(repl, text, count) if self.may_match(text) else text

    @property
    def plain(self) -> re.Pattern[str]:
        """The pattern without its gate."""
        return self._re

    def __getattr__(self, name: str) -> Any:  # flags, groups, groupindex, the source
        if name.startswith("_"):  # not set yet (a copy being made): no pattern to ask
            raise AttributeError(name)
        return getattr(self._re, name)

    def __repr__(self) -> str:
        return f"gated({self._re!r}, {self._words!r})"


def gated(pattern: re.Pattern[str], *words: str, gate: str | None = None, cased: bool = False) -> Gated:
    """``pattern`` searched only in texts holding one of ``words`` or a
    match of ``gate``, looked for in the folded text (in the text as it is
    with ``cased``, for a pattern that tells letter case apart).  The words
    and the gate are written in lower case."""
    assert words or gate, "a gate needs words or a pattern"
    assert cased or all(w == w.casefold() and "ı" not in w for w in words), words
    return Gated(pattern, tuple(words), re.compile(gate) if gate else None, cased)


class RunStarts:
    """``finditer`` of a pattern that opens with a lazy run of characters
    other than ``stops`` (``[^.!?]*?…``: the sentence up to a word), tried
    only where a match can begin.  The engine tries such a pattern at every
    position of a sentence, each time scanning on to the sentence's end;
    but where a try fails, every try later in the same run fails too (a
    match from there would be one from the earlier position, the run
    opening it a character longer), and a try at a stop fails at once.  So
    after a failure the next position tried is the one after the next stop:
    the same matches, in the same places, in one pass per sentence.  For a
    pattern ``[^stops]*?`` followed by a part that never begins with a stop
    and never matches empty."""

    __slots__ = ("_re", "_stop")

    def __init__(self, pattern: re.Pattern[str], stops: str) -> None:
        assert pattern.pattern.startswith("[^" + stops + "]*?"), pattern.pattern
        self._re = pattern
        self._stop = re.compile("[" + re.escape(stops) + "]")

    @property
    def plain(self) -> re.Pattern[str]:
        return self._re

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        pos, end = 0, len(text)
        while pos <= end:
            m = self._re.match(text, pos)
            if m is not None:
                yield m
                pos = m.end()  # never empty: the pattern ends in a word
                continue
            stop = self._stop.search(text, pos)
            if stop is None:
                return
            pos = stop.end()

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):  # not set yet (a copy being made): no pattern to ask
            raise AttributeError(name)
        return getattr(self._re, name)


class LastWord:
    """``search`` of the pattern ``([\\w.]+)$``, the word (letters, digits,
    "_" and dots) a text ends with: the engine tries the pattern at every
    position of the text; the word is found here by stepping back from the
    end (before a last line break, where ``$`` also matches) and the
    pattern matched once where it begins.  The same match.  With
    ``dots=False`` the pattern ``(\\w+)$``: a word of letters, digits and
    "_" only."""

    __slots__ = ("_re", "_also")

    def __init__(self, dots: bool = True) -> None:
        self._re = re.compile(r"([\w.]+)$" if dots else r"(\w+)$")
        self._also = "_." if dots else "_"

    @property
    def plain(self) -> re.Pattern[str]:
        return self._re

    def search(self, text: str) -> re.Match[str] | None:
        end = len(text) - 1 if text.endswith("\n") else len(text)
        i = end
        while i and (text[i - 1].isalnum() or text[i - 1] in self._also):
            i -= 1
        return self._re.match(text, i) if i < end else None

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):  # not set yet (a copy being made): no pattern to ask
            raise AttributeError(name)
        return getattr(self._re, name)


#: each pattern :func:`led` made, with the plain pattern it was made from
LED: dict[re.Pattern[str], re.Pattern[str]] = {}


def led(pattern: re.Pattern[str], first: str, whole: bool = False) -> re.Pattern[str]:
    """``pattern`` opening with a lookahead for ``first``, a character class
    of every character a match of it can begin with.  A pattern that opens
    with a look-behind, ``\\b`` or an optional group is tried by the engine
    in full at every position of a text (tens of times slower than the
    same pattern led by the class of its first characters, which fails at
    once wherever none of them stands); the matches are the same.  With
    ``whole`` the lookahead leads every alternative of a pattern made of
    several (``a|b|c``; without it, the first one only): ``first`` is then
    the class of the first characters of them all."""
    src = pattern.pattern
    flags = re.match(r"\(\?[aiLmsux]+\)", src)
    head = flags.group(0) if flags else ""
    body = src[len(head):]
    if whole:
        body = f"(?:{body}\n)" if pattern.flags & re.VERBOSE else f"(?:{body})"
    quick = re.compile(f"{head}(?={first}){body}", pattern.flags)
    LED[quick] = pattern
    return quick
