"""One recruit's laptop in a classroom session, without the window: the headless client
``sm-sim play --session`` runs, and the tests' classroom of twenty.

It joins (``attended``), waits while the trainer holds the start, plays the session's
scenarios in their order (a course's day: the next begins as one ends), and between steps
follows the session document: a pause stops it until the trainer resumes (``suspended`` and
``resumed`` are reported), each inject is delivered to the run's work inbox once. Progress
goes through the outbox on disk (records/live.py), so a laptop that loses the network keeps
playing on the document it last read and catches up when the LRS answers again.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from pathlib import Path

from ..engine.play import Chooser, play
from ..engine.run import ScenarioRun
from ..i18n import N_
from ..scenario.guidance import GuidanceLibrary
from ..scenario.model import Scenario
from .classroom import SessionChannel, SessionDoc, SessionError
from .journal import AttemptJournal
from .live import LiveReporter, joined
from .lrs import LrsClient, LrsError
from .names import XapiSettings
from .outbox import Outbox, SendReport
from .times import Now, iso, utc_now
from .trainees import Trainee

Wait = Callable[[float], None]
Find = Callable[[str], tuple[Scenario, GuidanceLibrary] | None]  # a scenario id -> what to play


class Recruit:
    def __init__(self, client: LrsClient, code: str, trainee: Trainee, outbox: Outbox,
                 settings: XapiSettings | None = None, root: Path | None = None,
                 now: Now = utc_now, wait: Wait = time.sleep, poll_every: float = 2.0) -> None:
        self.client, self.code, self.trainee, self.outbox = client, code, trainee, outbox
        self.settings = settings or XapiSettings()
        self.channel = SessionChannel(client, self.settings, now)
        self.root, self.now, self.wait, self.poll_every = root, now, wait, poll_every
        self.doc: SessionDoc | None = None
        self.journal: AttemptJournal | None = None
        self.reporter: LiveReporter | None = None
        self.paused = False
        self.last_report = SendReport()
        self._read_at = 0.0

    def join(self) -> SessionDoc:
        """Read the session (a ``SessionError`` if there is none) and say the recruit is here."""
        self.doc = self.channel.read(self.code)
        self.outbox.add([joined(self.code, self.trainee, self.settings, iso(self.now()))])
        self.send()
        return self.doc

    def refresh(self, force: bool = True) -> SessionDoc | None:
        """The session as the LRS has it now; the last one read if the LRS cannot be reached
        (or, without ``force``, if it was read less than ``poll_every`` seconds ago)."""
        moment = time.monotonic()
        if force or moment - self._read_at >= self.poll_every:
            self._read_at = moment
            with contextlib.suppress(LrsError, SessionError):  # off the network: play on
                self.doc = self.channel.read(self.code)  # what was read last
        return self.doc

    def wait_for_start(self, give_up: float | None = None) -> None:
        """Wait while the trainer holds the start (or its time has not come)."""
        began = time.monotonic()
        while True:
            doc = self.refresh()
            if doc is None or doc.waiting(iso(self.now())) is None:
                return
            if give_up is not None and time.monotonic() - began > give_up:
                raise SessionError(doc.waiting(iso(self.now())) or N_("the session did not start"))
            self.wait(self.poll_every)

    def begin(self, scenario: Scenario, guidance: GuidanceLibrary, seed: int | None = None) -> ScenarioRun:
        """The attempt, journalled under the session's code and reported live."""
        mode = self.doc.mode if self.doc is not None else "practice"
        run = ScenarioRun(scenario, seed)
        self.journal = AttemptJournal.begin(run, guidance, self.trainee, mode=mode,
                                            session=self.code, root=self.root, now=self.now)
        self.reporter = LiveReporter(self.journal, self.settings, self.outbox.add, now=self.now)
        return run

    def follow(self, run: ScenarioRun) -> None:
        """Between two steps: do what the trainer asks, and send what waits."""
        doc = self.refresh(force=False)
        if doc is not None:
            doc.deliver_to(run)
            if doc.paused and not run.ended:
                self._sit_out_pause(run)
        if self.outbox.pending():
            self.send()

    def _sit_out_pause(self, run: ScenarioRun) -> None:
        assert self.reporter is not None
        self.paused = True
        self.reporter.paused(True)
        self.send()
        while True:
            self.wait(self.poll_every)
            doc = self.refresh()
            if doc is not None and not doc.paused:
                break
        self.paused = False
        doc.deliver_to(run)
        self.reporter.paused(False)
        self.send()

    def play(self, run: ScenarioRun, chooser: Chooser) -> ScenarioRun:
        play(run.scenario, chooser, run=run, between=self.follow)
        self.send()
        return run

    def play_all(self, find: Find, chooser: Callable[[ScenarioRun], Chooser],
                 seed: int | None = None) -> list[AttemptJournal]:
        """Every scenario of the session, in order, each played to its end (the journals, in
        the order played); a ``SessionError`` naming the first one this laptop lacks."""
        played: list[AttemptJournal] = []
        while self.doc is not None and (sid := self.doc.next_after(
                {j.run.scenario.id for j in played})) is not None:
            found = find(sid)
            if found is None:
                raise SessionError(N_("the session plays '{scenario}', which is not installed on "
                                      "this computer; tell your trainer").format(scenario=sid))
            run = self.begin(*found, seed=seed)
            self.play(run, chooser(run))
            assert self.journal is not None
            played.append(self.journal)
        return played

    def send(self) -> SendReport:
        self.last_report = self.outbox.send(self.client)
        return self.last_report
