"""Where records live: the user's data folder (platform conventions), overridable for tests.

``SM_SIM_DATA_DIR`` replaces the platform folder, so a test or a classroom PC can keep
attempts, the trainee register and the LRS outbox wherever it likes.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from ..i18n import N_

DATA_DIR_ENV = "SM_SIM_DATA_DIR"


class DataFolderError(OSError):
    """The data folder (or one inside it) cannot be used; the message says where and what to do.
    An ``OSError``, so callers that already handle a failed write handle this too."""


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
    from ..data import data_root
    return data_root() / "assets" / "fonts"


def usable_folder(folder: Path) -> Path:
    """``folder``, made if need be; ``DataFolderError`` naming the culprit if it cannot be."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError):
        blocker = next((p for p in (folder, *folder.parents) if p.exists() and not p.is_dir()), folder)
        raise DataFolderError(N_(
            "{folder}: cannot keep records here, because {blocker} is a file, not a folder — move "
            "that file away, or set {variable} to a folder you can write").format(
                folder=folder, blocker=blocker, variable=DATA_DIR_ENV)) from None
    except OSError as err:
        raise DataFolderError(N_(
            "{folder}: cannot make the records folder ({reason}) — check its permissions, or set "
            "{variable} to a folder you can write").format(
                folder=folder, reason=err.strerror or err, variable=DATA_DIR_ENV)) from None
    return folder


def cannot_write(path: Path, err: OSError) -> DataFolderError:
    """What to tell a person when writing ``path`` inside the data folder failed."""
    return DataFolderError(N_("{path}: cannot write it ({reason}) — the folder may be read-only or "
                              "full; free it, or set {variable} to a folder you can write").format(
                                  path=path, reason=err.strerror or err, variable=DATA_DIR_ENV))
