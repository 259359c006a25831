"""Progress of long work over many attempts or files: a callback told how far the work has
got (``done`` of ``total``), which may stop it between two items by raising ``Cancelled``.
What was finished before the stop is kept whole (every file is written atomically); nothing
is left half-written."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TypeVar

Progress = Callable[[int, int], None]  # (done, total); may raise Cancelled
T = TypeVar("T")


class Cancelled(Exception):
    """The person stopped the work. ``written`` holds the files finished before it stopped."""

    def __init__(self, written: Sequence[Path] = ()) -> None:
        super().__init__("stopped")
        self.written = list(written)


def counted(items: Sequence[T], progress: Progress | None) -> Iterator[T]:
    """``items`` one by one, telling ``progress`` after each (and once before the first)."""
    total = len(items)
    if progress is not None:
        progress(0, total)
    for done, item in enumerate(items, 1):
        yield item
        if progress is not None:
            progress(done, total)

