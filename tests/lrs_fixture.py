"""The loopback LRS as pytest fixtures, shared by the records and the GUI tests (each
conftest imports them): Learning Locker's statement service on 127.0.0.1, its credentials
checked by a tiny auth endpoint (see records/lrs_loopback.py); its Activity Profile service
beside it at the same address (``school_lrs``, for classroom sessions); and a cmi5 LMS in front
of it (records/lms_loopback.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from .records.lms_loopback import LoopbackLms
from .records.lrs_loopback import (
    DOCUMENTS,
    AuthGate,
    FaultyProxy,
    LoopbackDocuments,
    LoopbackLrs,
    LoopbackSchoolLrs,
    lrs_entry,
)


@pytest.fixture(scope="session")
def lrs_program() -> Path:
    return lrs_entry()


@pytest.fixture
def auth_gate() -> Iterator[AuthGate]:
    gate = AuthGate(user="trainer", password="s3cret")
    gate.start()
    yield gate
    gate.stop()


@pytest.fixture
def lrs(lrs_program: Path, auth_gate: AuthGate, tmp_path: Path) -> Iterator[LoopbackLrs]:
    server = LoopbackLrs(lrs_program, tmp_path / "lrs", auth_gate)
    server.start()
    yield server
    server.stop()


@pytest.fixture
def faulty(lrs: LoopbackLrs) -> Iterator[FaultyProxy]:
    """The loopback LRS behind a proxy that fails on a schedule."""
    proxy = FaultyProxy(lrs)
    proxy.start()
    yield proxy
    proxy.stop()


@pytest.fixture
def lms(lrs: LoopbackLrs) -> Iterator[LoopbackLms]:
    """A cmi5 LMS on loopback in front of the loopback LRS (records/lms_loopback.py)."""
    server = LoopbackLms(lrs)
    server.start()
    yield server
    server.stop()


@pytest.fixture
def school_lrs(lrs: LoopbackLrs, auth_gate: AuthGate, tmp_path: Path) -> Iterator[LoopbackSchoolLrs]:
    """Statements and the Activity Profile API at one address (a school's whole LRS)."""
    documents = LoopbackDocuments(DOCUMENTS, tmp_path / "documents", auth_gate)
    documents.start()
    school = LoopbackSchoolLrs(lrs, documents)
    school.start()
    yield school
    school.stop()
    documents.stop()
