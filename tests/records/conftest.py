"""Fixtures for the records tests: a private data folder, the worked example, played attempts,
and a real xAPI LRS on loopback (tests/lrs_fixture.py, shared with the GUI tests)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from sm_sim.engine import ScenarioRun, TimeLimits, play
from sm_sim.engine.timing import AS_WRITTEN
from sm_sim.records import Attempt, AttemptJournal, read_attempt, trainee_for
from sm_sim.scenario import Loaded, load_scenario

from ..lrs_fixture import (  # noqa: F401 - the loopback LRS fixtures
    auth_gate,
    faulty,
    lms,
    lrs,
    lrs_program,
    school_lrs,
)
from .records_helpers import EXAMPLE, make_chooser


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("SM_SIM_DATA_DIR", str(folder))
    return folder


@pytest.fixture(scope="session")
def example() -> Loaded:
    loaded = load_scenario(EXAMPLE)
    assert loaded.ok, [d.format() for d in loaded.diagnostics]
    return loaded


PlayFn = Callable[..., Attempt]


@pytest.fixture
def played(example: Loaded, tmp_path: Path) -> PlayFn:
    """Play the example to its end, journalled; returns the attempt as read back."""
    counter = iter(range(1000))

    def make(trainee: str = "Jo Bloggs", session: str | None = "cohort-7", mode: str = "practice",
             path: Path | None = None, chooser=None,  # type: ignore[no-untyped-def]
             time_limits: TimeLimits = AS_WRITTEN) -> Attempt:
        assert example.scenario is not None and example.guidance is not None
        run = ScenarioRun(example.scenario, time_limits=time_limits)
        target = path or tmp_path / f"attempt-{next(counter)}.jsonl"
        journal = AttemptJournal.begin(run, example.guidance, trainee_for(trainee), mode=mode,
                                       session=session, path=target)
        play(example.scenario, chooser or make_chooser(), run=run)
        assert journal.finished and journal.error is None
        return read_attempt(target)
    return make
