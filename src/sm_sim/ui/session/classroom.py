"""ClassroomLink: this laptop in a trainer's classroom session.

It joins the session (``attended``), then every few seconds, off the GUI thread, sends what
the attempt has said since (records/live.py, through the outbox on disk) and reads the
session document again. On the GUI thread it does what the document asks: lets the attempt
start when the trainer does, pauses and resumes the clock, and delivers each inject to the
run's work inbox once. The LRS going away changes nothing on screen but a calm line: the
laptop plays on the document it last read, and its statements wait in the outbox.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal

from ...records import Outbox, SendReport, Trainee
from ...records.classroom import SessionChannel, SessionDoc
from ...records.live import LiveReporter, joined
from ...records.times import iso, utc_now
from ..kit.background import explain, run_in_background
from ..kit.language import say, translate
from ..kit.settings import LrsConfig
from .attempt import AttemptSession
from .clock import Heartbeat, TimerHeartbeat

POLL_SECONDS = 3.0
LRS_TIMEOUT = 10.0


@dataclass(frozen=True)
class Heard:
    doc: SessionDoc | None  # None: the session could not be read this time
    report: SendReport
    problem: str = ""


class ClassroomLink(QObject):
    joined = Signal(object)  # SessionDoc: the session was found and the recruit is in it
    join_failed = Signal(str)
    may_start = Signal(object)  # SessionDoc, once: the trainer has let the room start
    changed = Signal(object)  # SessionDoc, whenever it is read
    held = Signal(bool)  # the trainer paused (True) or resumed (False) the attempt on screen
    said = Signal(str, bool)  # a line for the status bar, and whether all is well

    def __init__(self, config: LrsConfig, code: str, trainee: Trainee,
                 outbox: Outbox | None = None, parent: QObject | None = None,
                 heartbeat: type[Heartbeat] = TimerHeartbeat) -> None:
        super().__init__(parent)
        self.config, self.code, self.trainee = config, code, trainee
        self.settings = config.xapi()
        self.outbox = outbox or Outbox()
        self.doc: SessionDoc | None = None
        self.session: AttemptSession | None = None
        self.reporter: LiveReporter | None = None
        self.started = False
        self._pending: list[dict[str, Any]] = []
        self._busy = False
        self._trouble = ""
        self.heartbeat = heartbeat(POLL_SECONDS, self)
        self.heartbeat.beat.connect(self.poll)

    def _channel(self) -> SessionChannel:
        return SessionChannel(self.config.client(LRS_TIMEOUT), self.settings)

    # -- joining ------------------------------------------------------------------------------
    def join(self) -> None:
        def work() -> SessionDoc:
            doc = self._channel().read(self.code)
            self.outbox.add([joined(self.code, self.trainee, self.settings, iso(utc_now()))])
            self.outbox.send(self.config.client(LRS_TIMEOUT))
            return doc
        run_in_background(work, self._on_joined, lambda err: self.join_failed.emit(explain(err)),
                          context=self)

    def _on_joined(self, doc: SessionDoc) -> None:
        self.joined.emit(doc)
        self._apply(doc)
        self.heartbeat.start()

    # -- the attempt ----------------------------------------------------------------------------
    def attach(self, session: AttemptSession) -> None:
        """Report the attempt that has just been created (its journal begun), and hold it if
        the room is paused."""
        self.session, self.started = session, True
        if session.journal is not None:
            self.reporter = LiveReporter(session.journal, self.settings, self._collect)
        session.finished.connect(lambda _s: self.poll())
        if self.doc is not None and self.doc.paused:
            self._hold(True)

    def _collect(self, made: list[dict[str, Any]]) -> None:
        self._pending.extend(made)  # sent with the next poll, off the GUI thread

    # -- every few seconds ----------------------------------------------------------------------
    def poll(self) -> None:
        if self._busy:
            return
        self._busy = True
        batch, self._pending = self._pending, []
        run_in_background(lambda: self._exchange(batch), self._on_heard, self._on_lost,
                          context=self)

    def _exchange(self, batch: list[dict[str, Any]]) -> Heard:
        """On a worker thread: what waits goes, and the session is read again."""
        if batch:
            self.outbox.add(batch)
        client = self.config.client(LRS_TIMEOUT)
        report = self.outbox.send(client) if self.outbox.pending() else SendReport()
        try:
            return Heard(SessionChannel(client, self.settings).read(self.code), report)
        except Exception as err:
            return Heard(None, report, explain(err))

    def _on_heard(self, heard: Heard) -> None:
        self._busy = False
        problem = heard.problem or (str(heard.report.error) if heard.report.error else "")
        if problem != self._trouble:
            self._trouble = problem
            self.said.emit(translate("Classroom", "Out of touch with the classroom ({problem}): carry "
                                                  "on, your work is kept and goes when the connection "
                                                  "is back.").format(problem=say(problem)) if problem
                           else translate("Classroom", "Back in touch with the classroom."), not problem)
        if heard.doc is not None:
            self._apply(heard.doc)

    def _on_lost(self, err: BaseException) -> None:
        self._busy = False
        self.said.emit(translate("Classroom", "Out of touch with the classroom ({problem}).").format(
            problem=explain(err)), False)

    def _apply(self, doc: SessionDoc) -> None:
        before, self.doc = self.doc, doc
        self.changed.emit(doc)
        if not self.started and doc.waiting(iso(utc_now())) is None:
            self.started = True
            self.may_start.emit(doc)
        session = self.session
        if session is None or not session.running:
            return
        doc.deliver_to(session.run)
        if before is None or before.paused != doc.paused:  # the trainee's own pause stands
            self._hold(doc.paused)

    def _hold(self, paused: bool) -> None:
        session = self.session
        if session is None or session.clock.paused == paused:
            return
        session.clock.set_paused(paused)
        if self.reporter is not None:
            self.reporter.paused(paused)
        self.held.emit(paused)

    def leave(self) -> None:
        """Stop following the session (what waits stays in the outbox for the next send)."""
        self.heartbeat.stop()
        if self._pending:
            self.outbox.add(self._pending)
            self._pending = []
