"""Unexpected errors go to a log file in the user's log folder, never to the user's screen."""

from __future__ import annotations

import datetime as dt
import os
import traceback
from pathlib import Path

import platformdirs


def log_dir() -> Path:
    override = os.environ.get("SM_SIM_LOG_DIR")
    return Path(override) if override else Path(platformdirs.user_log_dir("sm-sim", appauthor=False))


def write_crash(error: BaseException) -> Path | None:
    """Append the traceback to crash.log; return its path (None if even that fails)."""
    try:
        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "crash.log"
        stamp = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        with path.open("a", encoding="utf-8") as handle:
            handle.write(f"--- {stamp}\n")
            handle.write("".join(traceback.format_exception(error)))
        return path
    except OSError:
        return None
