"""The one place a spaCy pipeline is made: :func:`get_nlp`.

spaCy is imported on the first call, not with this module, so importing a
plugin that tokenizes costs nothing until it tokenizes.
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
    log.debug("built blank spaCy pipeline %r", code)
    return nlp
