"""Resume an attempt that stopped part-way (a crash, a power cut, a killed process).

The run is rebuilt by replaying the journal's actions; the rebuilt events must agree
with every event the journal kept, and the journal carries on in the same file.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..engine.run import ScenarioRun
from ..engine.timing import TimeLimits
from ..i18n import N_
from ..scenario import Loaded
from .attempt import Attempt, AttemptError, read_attempt
from .journal import AttemptJournal, JournalError
from .paths import attempts_dir
from .replay import ReplayError, first_mismatch, locate, replay
from .times import Now, utc_now


@dataclass(frozen=True)
class Unfinished:
    """An attempt the app can offer to resume."""

    path: Path
    attempt_id: str
    trainee: str
    scenario: str
    title: str
    mode: str
    started: str
    decisions_taken: int
    sim_seconds: float
    time_limits: str | None = None  # adjusted time limits, as the attempt records them

    @property
    def limits(self) -> TimeLimits:
        return TimeLimits.parse(self.time_limits)


def find_unfinished(folder: Path | None = None) -> list[Unfinished]:
    """Unfinished, unabandoned journals in ``folder`` (the data folder's attempts by default),
    newest first. Unreadable files are left out (the cohort view reports them)."""
    folder = folder or attempts_dir()
    found = []
    for path in sorted(folder.glob("*.jsonl")) if folder.is_dir() else []:
        try:
            attempt = read_attempt(path)
        except AttemptError:
            continue
        if attempt.status == "unfinished":
            h = attempt.header
            found.append(Unfinished(path, h.attempt_id, h.trainee, h.scenario, h.scenario_title,
                                    h.mode, h.started, len(attempt.actions),
                                    attempt.events[-1].t if attempt.events else 0.0,
                                    h.time_limits))
    return sorted(found, key=lambda u: u.started, reverse=True)


def resume_attempt(path: Path, scenario_path: Path | None = None, *,
                   now: Now = utc_now) -> tuple[ScenarioRun, AttemptJournal]:
    """Rebuild the run where the journal stopped and reopen the journal on it.

    Raises ``JournalError`` with a message for a person when it cannot be resumed.
    """
    try:
        attempt = read_attempt(path)
    except AttemptError as err:
        raise JournalError(str(err)) from None
    if attempt.status != "unfinished":
        raise JournalError(N_("{path}: this attempt is {status}; there is nothing to resume").format(
            path=path, status=attempt.status))
    loaded = _scenario_for(attempt, scenario_path)
    assert loaded.guidance is not None
    try:
        run = replay(attempt, loaded)
    except ReplayError as err:
        raise JournalError(N_("{path}: a recorded action cannot be replayed: {reason}").format(
            path=path, reason=err.reason)) from None
    mismatch = first_mismatch(attempt.events, run.events, whole=False)
    if mismatch is not None:
        raise JournalError(N_("{path}: cannot resume, the journal does not replay — {mismatch}").format(
            path=path, mismatch=mismatch.describe()))
    return run, AttemptJournal.reopen(attempt, run, loaded.guidance, now=now)


def _scenario_for(attempt: Attempt, hint: Path | None) -> Loaded:
    h = attempt.header
    loaded = locate(attempt, hint)
    if loaded is None or loaded.scenario is None or not loaded.ok:
        raise JournalError(N_("{attempt}: cannot find the scenario '{scenario}' (was {where}); pass "
                              "its file").format(attempt=attempt.label, scenario=h.scenario,
                                                 where=h.scenario_path or N_("not recorded")))
    if loaded.scenario.content_hash != h.content_hash:
        raise JournalError(N_("{attempt}: the attempt was played on '{scenario}' version {version}, "
                              "but {path} is version {installed} with different content; it cannot "
                              "resume").format(attempt=attempt.label, scenario=h.scenario,
                                               version=h.version, path=loaded.scenario.path,
                                               installed=loaded.scenario.version))
    return loaded
