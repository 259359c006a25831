"""The LRS password in the system keyring (Windows Credential Manager, the macOS Keychain, the
Secret Service of a Linux desktop) through ``keyring``, instead of in a settings file.

Where there is no keyring (a bare Linux machine, a locked-down profile) ``save`` says so and
the caller keeps the password where it was, telling the person. keyring is imported when a
password is first saved or read, never at start-up."""

from __future__ import annotations

import logging
from typing import Any

SERVICE = "sm-sim"
log = logging.getLogger("sm_sim.records")


def _backend() -> Any | None:
    """The system keyring, or None when there is none to use."""
    try:
        import keyring
        from keyring.backends import fail
        backend = keyring.get_keyring()
    except Exception as err:  # a broken keyring set-up must not stop the app
        log.warning("no system keyring: %s", err)
        return None
    return None if isinstance(backend, fail.Keyring) else backend


def available() -> bool:
    return _backend() is not None


def save(name: str, secret: str) -> bool:
    """Keep ``secret`` under ``name``; False (and nothing kept) when there is no keyring."""
    backend = _backend()
    if backend is None:
        return False
    try:
        backend.set_password(SERVICE, name, secret)
    except Exception as err:  # keyring's own errors, or D-Bus refusing: say so, keep going
        log.warning("the keyring refused the password: %s", err)
        return False
    return True


def load(name: str) -> str:
    """The secret kept under ``name`` ("" when there is none or no keyring to ask)."""
    backend = _backend()
    if backend is None:
        return ""
    try:
        return backend.get_password(SERVICE, name) or ""
    except Exception as err:
        log.warning("the keyring could not be read: %s", err)
        return ""
