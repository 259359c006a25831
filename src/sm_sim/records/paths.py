"""Where records live: the user's data folder (platform conventions), overridable for tests.

``SM_SIM_DATA_DIR`` replaces the platform folder, so a test or a classroom PC can keep
attempts, the trainee register and the LRS outbox wherever it likes.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

DATA_DIR_ENV = "SM_SIM_DATA_DIR"


def data_dir() -> Path:
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir("sm-sim", appauthor=False))


def attempts_dir(root: Path | None = None) -> Path:
    return (root or data_dir()) / "attempts"


def outbox_dir(root: Path | None = None) -> Path:
    return (root or data_dir()) / "outbox"


def fonts_dir() -> Path:
    from ..scenario.load import data_root
    return data_root() / "assets" / "fonts"
