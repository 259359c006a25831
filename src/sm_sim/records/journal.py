"""The attempt journal: one JSON Lines file per attempt, written as the attempt happens.

Line 1 is the header (who, which scenario and version, mode, seed, when). Then one
line per engine event, each written and flushed as it is emitted; the file is fsynced
at every trainee action and at the end, so a power cut loses at most what the engine
can recompute. Last come the debrief and a ``finished`` line. A resumed attempt adds
a ``resumed`` line and carries on in the same file.
"""

from __future__ import annotations

import errno
import json
import os
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

from .. import __version__
from ..engine import events as ev
from ..engine.result import debrief
from ..engine.run import ScenarioRun
from ..i18n import N_
from ..scenario.guidance import GuidanceLibrary
from ..scoring.debrief import Debrief
from . import atomic
from .attempt import FORMAT_VERSION, JOURNAL_FORMAT, Attempt, Header, read_attempt
from .names import MODES
from .paths import attempts_dir, usable_folder
from .times import Now, active_seconds, iso, stamp, utc_now
from .trainees import Trainee


class JournalError(RuntimeError):
    """The journal could not be started or continued; the message says why, for a person."""


class AttemptJournal:
    """Subscribes to a run and keeps its journal; never raises into the engine.

    A write that fails (disk full, folder gone) is kept in ``error``, stops the journal and
    is handed to ``on_error`` (once), so the app can tell the trainee their attempt is no
    longer being saved. The debrief written at the end is kept in ``debrief``.
    """

    def __init__(self, run: ScenarioRun, library: GuidanceLibrary, header: Header, path: Path,
                 handle: IO[bytes], now: Now, active_before: float = 0.0) -> None:
        self.run, self.library, self.header, self.path = run, library, header, path
        self._handle: IO[bytes] | None = handle
        self._now = now
        self._active_before = active_before
        self._segment_start = now()
        self.error: OSError | None = None
        self.on_error: Callable[[OSError], None] | None = None
        self.debrief: Debrief | None = None
        self.finished_line: dict[str, Any] | None = None  # the journal's last line, once written
        self.finished = False
        self.last_wall = ""  # the wall time written with the latest event (records/live.py)
        self.walls_before: list[str] = []  # a resumed journal: the wall time of each earlier event

    # -- starting -----------------------------------------------------------------------------
    @classmethod
    def begin(cls, run: ScenarioRun, library: GuidanceLibrary, trainee: Trainee, *,
              mode: str = "practice", session: str | None = None, path: Path | None = None,
              root: Path | None = None, now: Now = utc_now) -> AttemptJournal:
        """Start the journal of a new attempt. Call before ``run.start()``."""
        if run.events:
            raise JournalError(N_("the journal must begin before the run starts"))
        if mode not in MODES:
            raise JournalError(N_("mode must be one of {modes}").format(modes=", ".join(MODES)))
        scenario = run.scenario
        header = Header(
            attempt_id=str(uuid.uuid4()), trainee=trainee.name, trainee_id=trainee.account,
            scenario=scenario.id, version=scenario.version, content_hash=scenario.content_hash,
            mode=mode, seed=run.seed, started=iso(now()), scenario_title=scenario.title,
            scenario_path=str(Path(scenario.path).resolve()) if scenario.path else "",
            session=session or None, app_version=__version__,
            time_limits=run.time_limits.recorded(), language=scenario.language)
        if path is None:
            name = f"{stamp(header.started)}_{scenario.id}_{header.attempt_id[:8]}.jsonl"
            path = attempts_dir(root) / name
        handle = _create(Path(path))
        journal = cls(run, library, header, Path(path), handle, now)
        journal._write({"kind": "attempt", "format": JOURNAL_FORMAT,
                        "format_version": FORMAT_VERSION, **header.to_dict()}, sync=True)
        atomic.sync_folder(Path(path).parent)
        run.subscribe(journal._on_event)
        return journal

    @classmethod
    def reopen(cls, attempt: Attempt, run: ScenarioRun, library: GuidanceLibrary, *,
               now: Now = utc_now) -> AttemptJournal:
        """Carry on an unfinished journal: cut any damaged tail, append what replay
        found beyond it, then follow ``run`` (already rebuilt to where the attempt stopped)."""
        if attempt.path is None:
            raise JournalError(N_("only a journal file can be resumed"))
        try:
            handle = open(attempt.path, "r+b")  # noqa: SIM115 - kept open for the attempt
            handle.truncate(attempt.good_bytes)
            handle.seek(attempt.good_bytes)
        except OSError as err:
            raise JournalError(N_("{path}: cannot reopen it ({reason})").format(
                path=attempt.path, reason=err.strerror or err)) from None
        moment = now()
        # The crash gap (last line written until now) does not count as time on the attempt.
        before = active_seconds(attempt.header.started, attempt.walls,
                                [*attempt.resumed, iso(moment)], moment)
        journal = cls(run, library, attempt.header, attempt.path, handle, now, before)
        journal._write({"kind": "resumed", "wall": iso(moment), "at_t": run.now,
                        "events_kept": len(attempt.events)}, sync=True)
        for event in run.events[len(attempt.events):]:
            journal._on_event(event)
        journal.walls_before = [*attempt.walls, *[journal.last_wall] * (len(run.events)
                                                                         - len(attempt.walls))]
        run.subscribe(journal._on_event)
        return journal

    # -- writing ------------------------------------------------------------------------------
    @property
    def attempt_id(self) -> str:
        return self.header.attempt_id

    @property
    def open(self) -> bool:
        return self._handle is not None

    def _on_event(self, event: ev.Event) -> None:
        if self._handle is None:
            return
        try:
            self.last_wall = iso(self._now())
            self._write({"kind": "event", "wall": self.last_wall, "event": event.to_dict()},
                        sync=isinstance(event, ev.ActionTaken | ev.FreeAction))
            if isinstance(event, ev.RunEnded):
                self._finish()
        except OSError as err:
            self.error = err
            self.close()
            if self.on_error is not None:
                self.on_error(err)

    def _finish(self) -> None:
        report = self.debrief = debrief(self.run, self.library)
        if report is None:
            return
        end = self._now()
        active = self._active_before + max(0.0, (end - self._segment_start).total_seconds())
        self._write({"kind": "debrief", "debrief": report.to_dict()})
        line = {"kind": "finished", "wall": iso(end), "ending": report.ending.id,
                "score": report.score, "passed": report.passed,
                "active_seconds": round(active, 3), "sim_seconds": self.run.now}
        self._write(line, sync=True)
        self.finished, self.finished_line = True, line
        self.close()

    def abandon(self, reason: str) -> None:
        """Mark an attempt that will never finish (e.g. a headless script ran out of answers),
        so the app does not offer to resume it."""
        if self._handle is None or self.finished:
            return
        try:
            self._write({"kind": "abandoned", "wall": iso(self._now()), "reason": reason}, sync=True)
        except OSError as err:
            self.error = err
        self.close()

    def close(self) -> None:
        handle, self._handle = self._handle, None
        if handle is not None:
            try:
                handle.close()
            except OSError as err:
                self.error = self.error or err

    def _write(self, record: dict[str, Any], sync: bool = False) -> None:
        assert self._handle is not None
        self._handle.write(record_line(record))
        self._handle.flush()
        if sync:
            os.fsync(self._handle.fileno())


def record_line(record: dict[str, Any]) -> bytes:
    """One JSON line. NaN and infinity are not JSON: such a record is refused as a write
    error (so it stops the journal), never written as a line no reader can verify."""
    try:
        text = json.dumps(record, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    except ValueError as err:
        raise OSError(errno.EINVAL, N_("a value is not valid JSON ({reason})").format(
            reason=err)) from None
    return (text + "\n").encode("utf-8")


def mark_abandoned(path: Path, reason: str, now: Now = utc_now) -> None:
    """Give up an unfinished journal without replaying it (its scenario may be gone):
    cut any damaged tail and append an ``abandoned`` line."""
    attempt = read_attempt(path)
    if attempt.status != "unfinished":
        return
    try:
        with open(path, "r+b") as handle:
            handle.truncate(attempt.good_bytes)
            handle.seek(attempt.good_bytes)
            handle.write(record_line({"kind": "abandoned", "wall": iso(now()), "reason": reason}))
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as err:
        raise JournalError(N_("{path}: cannot mark it abandoned ({reason})").format(
            path=path, reason=err.strerror or err)) from None


def _create(path: Path) -> IO[bytes]:
    usable_folder(path.parent)
    try:
        return open(path, "xb")
    except FileExistsError:
        raise JournalError(N_("{path}: already exists — choose a new file, or resume it with "
                              "'sm-sim resume {path}'").format(path=path)) from None
    except OSError as err:
        raise JournalError(N_("{path}: cannot create the attempt file ({reason})").format(
            path=path, reason=err.strerror or err)) from None
