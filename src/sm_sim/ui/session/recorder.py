"""AttemptRecorder: every attempt the window starts is journalled as it happens, through the
records layer, and attempts left unfinished are found again and brought back.

``attach`` is connected to ``MainWindow.session_created``: the journal begins before the run
starts and subscribes before the session does, so each event is on disk before it is on
screen. A failed write is kept in ``journal.error`` (it never raises into the attempt); the
recorder turns it into one calm sentence, ``save_failed``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from ...records import AttemptJournal, JournalError, find_unfinished, resume_attempt, trainee_for
from ...records.journal import mark_abandoned
from ..kit.background import explain, run_in_background
from ..kit.language import say, translate
from ..kit.settings import Settings
from .attempt import AttemptSession

GIVEN_UP = "given up by the trainee in the app"


def _not_saved(err: BaseException) -> str:
    why = err.strerror if isinstance(err, OSError) and err.strerror else say(str(err))
    return translate("AttemptRecorder", "This attempt is not being saved ({why}). You can finish it "
                                        "and see your debrief, but it will not be kept — please tell "
                                        "your trainer.").format(why=why)


def give_up(path: Path) -> None:
    """Mark an unfinished attempt abandoned, even when its scenario file is gone."""
    mark_abandoned(path, GIVEN_UP)


class AttemptRecorder(QObject):
    save_failed = Signal(str)  # the attempt on screen is no longer being saved, and why
    unfinished_found = Signal(list)  # list[Unfinished], at start-up (may be empty)
    rebuilt = Signal(object, object)  # ScenarioRun, AttemptJournal: ready to resume
    said = Signal(str, bool)  # how a resume or give-up went, for the status bar

    def __init__(self, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.session_code: str | None = None  # a classroom session joined: its attempts' code

    # -- journalling ------------------------------------------------------------------------
    def attach(self, session: AttemptSession) -> None:
        """Begin the journal of a new attempt (a resumed one brings its own)."""
        if session.journal is None:
            try:
                session.journal = AttemptJournal.begin(
                    session.run, session.spec.guidance, trainee_for(session.spec.trainee),
                    mode=session.mode.value,
                    session=self.session_code or self.settings.lrs.session or None)
            except (JournalError, OSError) as err:
                self.save_failed.emit(_not_saved(err))
                return
        session.journal.on_error = lambda err: self.save_failed.emit(_not_saved(err))

    @staticmethod
    def leave(session: AttemptSession, keep: bool) -> None:
        """The trainee leaves a running attempt: keep it resumable, or give it up."""
        journal = session.journal
        if journal is None:
            return
        if keep:
            journal.close()
        else:
            journal.abandon(GIVEN_UP)

    # -- unfinished attempts ----------------------------------------------------------------
    def look_for_unfinished(self) -> None:
        run_in_background(find_unfinished, self.unfinished_found.emit,
                          lambda err: self.said.emit(
                              translate("AttemptRecorder", "Unfinished attempts could not be looked "
                                                           "for: {problem}").format(problem=explain(err)),
                              False),
                          context=self)

    def resume(self, path: Path) -> None:
        """Rebuild the attempt in the background; ``rebuilt`` when it is ready."""
        run_in_background(lambda: resume_attempt(path), lambda pair: self.rebuilt.emit(*pair),
                          lambda err: self.said.emit(
                              translate("AttemptRecorder", "That attempt cannot be resumed: "
                                                           "{problem}").format(problem=explain(err)),
                              False),
                          context=self)

    def give_up(self, path: Path) -> None:
        run_in_background(lambda: give_up(path),
                          lambda _none: self.said.emit(
                              translate("AttemptRecorder", "The unfinished attempt was given up; it is "
                                                           "kept, unscored."), True),
                          lambda err: self.said.emit(
                              translate("AttemptRecorder", "That attempt could not be given up: "
                                                           "{problem}").format(problem=explain(err)),
                              False),
                          context=self)
