"""Pseudonyms for sharing results without names: each trainee becomes "Trainee K7Q2MZ",
the same in every export made on this computer (a keyed hash of the trainee's id), and no
one without this computer's key can tell who it was. The key is 32 random bytes in the data
folder, readable by its owner only, made the first time it is needed."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import secrets
from pathlib import Path

from .paths import data_dir, usable_folder

KEY_FILE = "pseudonym.key"


def pseudonym(trainee_id: str, key: bytes) -> str:
    digest = hmac.new(key, trainee_id.encode("utf-8"), hashlib.sha256).digest()
    return "Trainee " + base64.b32encode(digest).decode("ascii")[:6]


def pseudonym_key(folder: Path | None = None) -> bytes:
    """This computer's key (made now, owner-only, if there is none yet)."""
    folder = folder or data_dir()
    usable_folder(folder)
    path = folder / KEY_FILE
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return path.read_bytes()
    key = secrets.token_bytes(32)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(key)
    return key
