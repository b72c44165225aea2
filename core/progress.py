"""Progress of the file a worker is reading, seen by the process that waits.

``--timeout`` bounds the time a file may go without progress, not its
whole reading: a scanned report of a hundred pages needs many minutes of
OCR, each page a few seconds.  A loader calls :func:`beat` when it has done
a slow step of a long file (a page OCR'd); in a worker process that sends
:data:`BEAT` to the parent (:class:`esep.workers.WorkerPool`), which then
gives the file ``--timeout`` seconds more.  Outside a worker it does nothing.
"""

from __future__ import annotations

from typing import Callable

#: What a worker sends its parent for each beat.
BEAT = "esep-progress-beat"

_beat: Callable[[], None] | None = None


def set_beat(fn: Callable[[], None] | None) -> None:
    """Install (or, with None, remove) what :func:`beat` calls."""
    global _beat
    _beat = fn


def beat() -> None:
    """The file being read made progress."""
    if _beat is not None:
        _beat()
