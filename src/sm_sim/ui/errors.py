"""Unexpected errors: written to the user log folder, shown as a calm dialog, never as a
traceback. Installed by ``run_app`` as ``sys.excepthook`` (Qt slots report there too)."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from platformdirs import user_log_dir

from .kit.language import translate

log = logging.getLogger("sm_sim.ui")


def log_path() -> Path:
    return Path(user_log_dir("sm-sim", appauthor=False)) / "sm-sim.log"


def start_logging() -> Path | None:
    """Log to the user log folder; None when it cannot be written (the app still runs)."""
    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.FileHandler(path, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("sm_sim")
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


class ErrorHandler:
    """The excepthook: log the traceback, then tell the person calmly, once at a time."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._showing = False

    def __call__(self, kind: type[BaseException], error: BaseException,
                 trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        log.error("unexpected error\n%s", "".join(traceback.format_exception(kind, error, trace)))
        if self._showing:
            return
        self._showing = True
        try:
            from .dialogs import questions  # only when something has gone wrong
            questions.show_error(None, translate("ErrorHandler", "The app ran into a problem it did not "
                                                                 "expect."), self.path)
        finally:
            self._showing = False

    def install(self) -> None:
        sys.excepthook = self
