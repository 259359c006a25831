"""``run_in_background``: slow work (exports, sending to an LRS, reading every attempt on the
computer) runs on ``QThreadPool``; its result or its error comes back on the GUI thread.

The work function must not touch widgets. The callbacks run on the GUI thread, through a
queued signal. Give ``context`` (usually the widget that asked) and the callbacks are
dropped if it has gone by the time the work is done, as a Qt slot would be.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal, Slot

from ...records import AttemptError, ExportError, JournalError, LrsError
from .language import say, translate

log = logging.getLogger("sm_sim.ui")

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]

_live: set[Task] = set()  # tasks whose work is still running (nothing else holds them)


class Task(QObject):
    """One piece of background work. Lives on the GUI thread; the worker only emits."""

    returned = Signal(object)
    raised = Signal(object)
    finished = Signal()  # after on_done or on_error has run

    def __init__(self, work: Callable[[], Any], on_done: Done, on_error: Failed,
                 context: QObject | None) -> None:
        super().__init__(context)
        self._work, self._on_done, self._on_error = work, on_done, on_error
        self.returned.connect(self._deliver_result)
        self.raised.connect(self._deliver_error)

    def run(self) -> None:
        """On a pool thread."""
        try:
            value = self._work()
        except Exception as err:  # every failure goes back to the GUI thread, with its traceback
            self._emit(self.raised, err)
        else:
            self._emit(self.returned, value)

    def _emit(self, signal: Any, value: object) -> None:
        try:
            signal.emit(value)
        except RuntimeError:  # the context widget, and this task with it, were deleted
            _live.discard(self)

    @Slot(object)
    def _deliver_result(self, value: object) -> None:
        _live.discard(self)
        self._on_done(value)
        self.finished.emit()

    @Slot(object)
    def _deliver_error(self, err: BaseException) -> None:
        _live.discard(self)
        self._on_error(err)
        self.finished.emit()


def run_in_background(work: Callable[[], Any], on_done: Done, on_error: Failed,
                      context: QObject | None = None) -> Task:
    """Run ``work()`` on the thread pool; ``on_done(result)`` or ``on_error(exception)`` later,
    on the GUI thread."""
    task = Task(work, on_done, on_error, context)
    _live.add(task)
    QThreadPool.globalInstance().start(task.run)
    return task


def wait_for_background(ms: int = 10_000) -> bool:
    """Block until the pool is idle (at exit, and in test teardown)."""
    return bool(QThreadPool.globalInstance().waitForDone(ms))


def log_unexpected(err: BaseException) -> None:
    log.error("background work failed\n%s",
              "".join(traceback.format_exception(type(err), err, err.__traceback__)))


def explain(err: BaseException) -> str:
    """A sentence for a person; anything unexpected goes to the log instead."""
    if isinstance(err, ExportError | AttemptError | JournalError | LrsError | ValueError):
        return say(str(err))  # the core's sentence, in the language installed where it can
    if isinstance(err, OSError):
        where = f"{err.filename}: " if err.filename else ""
        return f"{where}{err.strerror or err}"
    log_unexpected(err)
    return translate("Background", "an unexpected problem (the details are in the log)")
