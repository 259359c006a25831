"""Simulated time: a heap of due callbacks that only moves when told to.

The engine never reads the wall clock. Tests and the headless player jump from
one due item to the next; the app's clock driver advances it from one QTimer.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(order=True)
class _Item:
    at: float
    seq: int
    group: str = field(compare=False)
    action: Callable[[], None] = field(compare=False)


class Scheduler:
    def __init__(self) -> None:
        self.now = 0.0
        self._heap: list[_Item] = []
        self._seq = 0
        self._cancelled: set[str] = set()

    def at(self, when: float, action: Callable[[], None], group: str = "") -> None:
        """Run ``action`` at simulated time ``when`` (never before now)."""
        self._seq += 1
        heapq.heappush(self._heap, _Item(max(when, self.now), self._seq, group, action))

    def cancel(self, group: str) -> None:
        """Drop every pending item scheduled with ``group``."""
        self._cancelled.add(group)

    def clear(self) -> None:
        self._heap.clear()

    def next_due(self) -> float | None:
        self._drop_cancelled()
        return self._heap[0].at if self._heap else None

    def advance(self, to: float) -> None:
        """Run everything due up to ``to`` in time order, then stand at ``to``."""
        while True:
            self._drop_cancelled()
            if not self._heap or self._heap[0].at > to:
                break
            item = heapq.heappop(self._heap)
            self.now = item.at
            item.action()
        self.now = max(self.now, to)

    def _drop_cancelled(self) -> None:
        while self._heap and self._heap[0].group in self._cancelled:
            heapq.heappop(self._heap)
