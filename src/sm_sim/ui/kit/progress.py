"""Progress of background work in a dialog, with a way to stop it.

``Stoppable`` is the ``Progress`` callback the records' long work takes (records/progress.py):
called on the worker thread, it passes each step to the GUI thread as a signal, and once the
person has pressed Stop it raises ``Cancelled`` at the next step, so the work ends between
two items with what it finished kept whole."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from ...records.progress import Cancelled

SHOW_AFTER_MS = 500  # work that ends sooner never flashes a dialog


class Stoppable(QObject):
    moved = Signal(int, int)  # done, total (on the GUI thread)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stop = threading.Event()

    def __call__(self, done: int, total: int) -> None:
        """On the worker thread."""
        if self._stop.is_set():
            raise Cancelled()
        self.moved.emit(done, total)

    def stop(self) -> None:
        self._stop.set()


def progress_dialog(parent: QWidget, text: str, job: Stoppable) -> QProgressDialog:
    """A window-modal dialog that follows ``job`` and stops it from its Stop button; the
    caller closes it when the work has ended (``dialog.reset()``)."""
    dialog = QProgressDialog(text, "Stop", 0, 0, parent)
    dialog.setWindowTitle("Working…")
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    dialog.setAutoReset(False)  # stays up at 100% until the caller says the work is over
    dialog.setAutoClose(False)
    dialog.setAccessibleName(text)

    def moved(done: int, total: int) -> None:
        dialog.setMaximum(total)
        dialog.setValue(done)
        dialog.setLabelText(f"{text} {done} of {total} done.")

    job.moved.connect(moved)
    dialog.canceled.connect(job.stop)  # the dialog hides; the work ends at its next step
    return dialog
