"""``ClassroomSeat``: the window in a trainer's classroom session. The start screen's join box
asks for it; the session itself (what the LRS says, what goes to it) is the ``ClassroomLink``.
When the trainer lets the room start, the session's first scenario starts in the session's
mode, under the session's code; in a course's session each debrief offers the next one, in
the session's order (a recruit who rejoins starts at the first they have not finished here).
A pause holds the attempt on screen and says who paused it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QStackedWidget

from ..engine.timing import TimeLimits
from ..records import Trainee, trainee_for
from ..records.classroom import SessionDoc
from ..scenario.library import Entry, entry_for
from .kit.background import explain
from .kit.language import QT_TRANSLATE_NOOP, translate
from .kit.settings import Settings
from .session.attempt import AttemptSession, Mode
from .session.classroom import ClassroomLink
from .session.recorder import AttemptRecorder
from .start.classroom import JoinBox, spaced, waiting_text
from .start.screen import StartScreen

if TYPE_CHECKING:
    from .attempt.view import AttemptView  # imported when the first attempt starts


class Window(Protocol):
    """What the seat needs of the main window (which owns it)."""

    settings: Settings
    recorder: AttemptRecorder
    entries: list[Entry] | None
    stack: QStackedWidget
    start_screen: StartScreen
    attempt: AttemptView | None

    def start_attempt(self, entry: Entry, mode: Mode, trainee: str,
                      time_limits: TimeLimits) -> AttemptSession: ...

    def say(self, text: str, ok: bool = True) -> None: ...

    def finished_here(self, code: str, account: str) -> set[str]: ...

NO_LRS = QT_TRANSLATE_NOOP("ClassroomSeat", "this computer has no Learning Record Store set; ask "
                                           "your trainer to set it (Learning Record Store… at the top)")


class ClassroomSeat(QObject):
    def __init__(self, window: Window, parent: QObject) -> None:
        super().__init__(parent)
        self.window = window
        self.link: ClassroomLink | None = None
        self.done: set[str] = set()  # the session's scenarios finished on this computer

    def box(self) -> JoinBox:
        return self.window.start_screen.join_box

    def bind(self, box: JoinBox) -> None:
        """A new start screen's join box: wired, and showing the session if in one."""
        box.join_requested.connect(self.join)
        box.leave_requested.connect(self.leave)
        if self.link is not None and self.link.doc is not None:
            box.show_session(self.link.doc, self._title(self.link.doc))
            self.window.start_screen.hold(waiting_text(self.link.doc))

    def join(self, code: str) -> None:
        name = self.window.start_screen.name.text().strip()
        if not name:
            return self.box().failed(translate("ClassroomSeat", "type your name first, as your "
                                                                "trainer will see it."))
        config = self.window.settings.lrs
        if not config.ready:
            return self.box().failed(translate("ClassroomSeat", NO_LRS) + ".")
        self.window.settings.trainee = name
        try:
            trainee = trainee_for(name)
        except OSError as err:
            return self.box().failed(explain(err))
        self._connect(code, trainee).join()
        return None

    def rejoin(self, session: AttemptSession) -> None:
        """An attempt of a classroom session resumed after a crash: back in its session,
        reported to the trainer again from where it stopped (no new attempt starts)."""
        header = session.journal.header if session.journal is not None else None
        if header is None or not header.session:
            return
        if not self.window.settings.lrs.ready:
            self.window.say(translate("ClassroomSeat", "This attempt is part of classroom session "
                                                       "{code}, but {why}.").format(
                code=spaced(header.session), why=translate("ClassroomSeat", NO_LRS)), False)
            return
        self.window.start_screen.name.setText(header.trainee)  # the day's next scenario is theirs
        link = self._connect(header.session, Trainee(header.trainee, header.trainee_id))
        link.started = True  # the attempt is under way: the start does not start another
        link.attach(session)
        link.join()

    def _connect(self, code: str, trainee: Trainee) -> ClassroomLink:
        self.leave()
        self.done = self.window.finished_here(code, trainee.account)
        link = self.link = ClassroomLink(self.window.settings.lrs, code, trainee, parent=self)
        link.join_failed.connect(self._on_link_join_failed)
        link.changed.connect(self._on_link_changed)
        link.may_start.connect(self._on_link_may_start)
        link.held.connect(self._on_link_held)
        link.said.connect(self.window.say)
        self.window.recorder.session_code = code
        return link

    def leave(self) -> None:
        if self.link is not None:
            self.link.leave()
            self.link.deleteLater()
            self.link = None
            self.window.recorder.session_code = None
            self.box().clear()
            self.window.start_screen.hold("")

    def _title(self, doc: SessionDoc) -> str:
        titles = [self._entry_title(sid) for sid in doc.scenarios]
        return titles[0] if len(titles) == 1 else " → ".join(titles)

    def _entry_title(self, sid: str) -> str:
        entry = entry_for(self.window.entries or [], sid)
        scenario = entry.loaded.scenario if entry else None
        return scenario.title if scenario else sid

    def _on_link_join_failed(self, why: str) -> None:
        self.leave()
        self.box().failed(why)

    def _on_link_changed(self, doc: SessionDoc) -> None:
        self.window.start_screen.hold(waiting_text(doc))
        if self.window.stack.currentWidget() is self.window.start_screen:
            self.box().show_session(doc, self._title(doc))

    def _on_link_may_start(self, doc: SessionDoc) -> None:
        sid = doc.next_after(self.done)
        if sid is None:
            done = translate("ClassroomSeat", "You have finished every scenario of session {code} "
                                              "on this computer.")
            self.window.say(done.format(code=spaced(doc.code)))
            return
        self._begin(doc, sid)

    def _begin(self, doc: SessionDoc, sid: str) -> None:
        entry = entry_for(self.window.entries or [], sid)
        if entry is None:
            missing = translate("ClassroomSeat", "Session {code} plays '{scenario}', which is not "
                                                 "installed on this computer: tell your trainer.")
            self.window.say(missing.format(code=spaced(doc.code), scenario=sid), False)
            return
        mode = Mode.ASSESSMENT if doc.mode == Mode.ASSESSMENT.value else Mode.PRACTICE
        screen = self.window.start_screen
        self.window.start_attempt(entry, mode, screen.name.text().strip(),
                                  screen.selected_time_limits())

    def next_up(self, finished: AttemptSession) -> tuple[str, int, int] | None:
        """After ``finished`` has ended: the title of the session's next scenario for this
        recruit, its place and the session's length; None outside a course, or at its end."""
        doc = self.link.doc if self.link is not None else None
        if doc is None or finished.scenario.id not in doc.scenarios:
            return None
        self.done.add(finished.scenario.id)
        sid = doc.next_after(self.done)
        at = doc.place(sid) if sid is not None else None
        if sid is None or at is None:
            return None
        return self._entry_title(sid), *at

    def play_next(self) -> None:
        """The debrief's "Next: …": the session's next scenario, in the session's mode."""
        doc = self.link.doc if self.link is not None else None
        sid = doc.next_after(self.done) if doc is not None else None
        if doc is not None and sid is not None:
            self._begin(doc, sid)

    def attach(self, session: AttemptSession) -> None:
        """A new attempt (its journal begun by the recorder): reported if it is one of the
        session's scenarios (a retake too), once the attempt before it is over."""
        link = self.link
        if (link is not None and link.doc is not None
                and session.scenario.id in link.doc.scenarios
                and (link.session is None or not link.session.running)):
            link.attach(session)  # after the recorder: the journal has begun

    def _on_link_held(self, paused: bool) -> None:
        if self.window.attempt is not None:
            self.window.attempt.hold(paused)
        self.window.say(translate("ClassroomSeat", "Your trainer has paused the session.") if paused
                        else translate("ClassroomSeat", "Your trainer has let the session go on."))
