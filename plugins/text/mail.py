"""A report sent as the text of an e-mail and saved as it came (a mail
program's "Save as text", a message copied into a file)::

    From: Районная библиотека <lib@mail.kz>
    Date: Fri, 5 Jul 2024 16:42:18 +0500
    Subject: Отчет за 1 полугодие

    Направляем отчет ...              <- the report
    --
    С уважением, ...  тел. 8 (71645) 6-12-40      <- the signature
    > -----Original Message-----
    > Просим до 5 июля направить отчеты ...       <- the message answered

The header lines at the top (``From:``, ``To:``, ``Date:``, ``Subject:``
and the like, in English or Russian, two at least, one naming the sender
or the subject), the signature after a line ``--`` and the lines quoted
with ``>`` (with the ``-----Original Message-----`` line that opens an
answered message) are the mail's, not the report's: they are left out of
the text read.  The quoted lines stay when there is no more than them
(a report forwarded as a quotation is the mail's only text).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

#: a header line of a message, as mail programs write it in English or Russian
_HEADER_RE = re.compile(
    r"^(?:from|to|cc|bcc|date|sent|subject|reply-to|message-id|mime-version|content-type|"
    r"content-transfer-encoding|x-[\w-]+|от|кому|копия|дата|отправлено|тема)\s*:", re.I)
#: the header lines that make a block of headers a message's
_SENDER_RE = re.compile(r"^(?:from|subject|от|тема)\s*:", re.I)
#: a line opening an answered message, quoted or not
_ORIGINAL_RE = re.compile(r"^[>\s]*-{2,}\s*(?:original message|исходное сообщение|пересылаемое сообщение)\s*-{2,}\s*$",
                          re.I)
#: the line a signature follows ("-- ", as mail programs write it, or "--")
_SIGNATURE_RE = re.compile(r"^--\s?$")
#: most lines of a signature
SIGNATURE_LINES = 8
#: least lines of the mail's own text for the quoted lines to be left out
MIN_OWN_LINES = 5


def mail_lines(texts: Sequence[str]) -> set[int] | None:
    """The indices of the lines of a mail's text that are no part of the
    report (see the module), or None when the text is no mail."""
    first = next((k for k, t in enumerate(texts) if t.strip()), None)
    if first is None:
        return None
    k = first
    while k < len(texts) and _HEADER_RE.match(texts[k]):
        k += 1
    headers = range(first, k)
    if len(headers) < 2 or not any(_SENDER_RE.match(texts[j]) for j in headers):
        return None
    out = set(headers)
    quoted = {j for j, t in enumerate(texts) if j >= k and (t.startswith(">") or _ORIGINAL_RE.match(t))}
    own = sum(1 for j in range(k, len(texts)) if j not in quoted and texts[j].strip())
    if own >= MIN_OWN_LINES:
        out |= quoted
    for j in range(k, len(texts)):
        if _SIGNATURE_RE.match(texts[j]):
            end = j + 1
            while end < len(texts) and end not in quoted and not _ORIGINAL_RE.match(texts[end]):
                end += 1
            if end - j - 1 <= SIGNATURE_LINES:
                out.update(range(j, end))
            break
    return out
