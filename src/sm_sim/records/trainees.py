"""Trainees: a display name and a stable account id, as xAPI's Agent ``account`` wants.

The id is whatever the training school uses (a collar number, a staff id) when given;
otherwise a UUID made once per name on this machine and kept in ``trainees.json``.
"""

from __future__ import annotations

import contextlib
import json
import os
import uuid
from dataclasses import dataclass
from pathlib import Path

from . import atomic
from .paths import cannot_write, data_dir, usable_folder

REGISTER = "trainees.json"


@dataclass(frozen=True)
class Trainee:
    name: str
    account: str


def name_key(name: str) -> str:
    """How names are matched: case and spacing do not count ("pc  jo bloggs" is PC Jo Bloggs)."""
    return " ".join(name.split()).casefold()


def trainee_for(name: str, account: str | None = None, root: Path | None = None) -> Trainee:
    """The trainee called ``name``, with ``account`` or the id this machine gave them before."""
    name = name.strip() or "Trainee"
    if account:
        return Trainee(name, account.strip())
    path = (root or data_dir()) / REGISTER
    register = _read(path)
    key = name_key(name)
    if key not in register:
        register[key] = str(uuid.uuid4())
        usable_folder(path.parent)
        try:
            atomic.write_text(path, json.dumps(register, ensure_ascii=False, indent=1,
                                               sort_keys=True))
        except OSError as err:
            raise cannot_write(path, err) from None
    return Trainee(name, register[key])


def _read(path: Path) -> dict[str, str]:
    """The register; a damaged one is set aside (not overwritten) and a new one begun."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError):
        data = None
    if isinstance(data, dict):
        return {str(k): str(v) for k, v in data.items()}
    with contextlib.suppress(OSError):
        os.replace(path, path.with_name(f"{path.name}.damaged-{uuid.uuid4().hex[:8]}"))
    return {}
