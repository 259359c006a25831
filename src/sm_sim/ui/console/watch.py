"""RoomWatch: the console's link to the LRS. On each heartbeat it reads the session document
and the statements that are new (``RoomFeed.poll``) on a pool thread, one poll at a time, and
folds them into the ``Room`` on the GUI thread. The trainer's controls change the document the
same way (``SessionChannel.change``, with If-Match). A poll or a change that fails is one calm
sentence (``said``); the heartbeat goes on, so the console catches up when the LRS answers.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal

from ...records.classroom import SessionChannel, SessionDoc, SessionError
from ...records.lrs import LrsClient, LrsError
from ...records.room import Room, RoomFeed
from ...records.times import Now, utc_now
from ..kit.background import explain, run_in_background
from ..kit.language import QT_TRANSLATE_NOOP, translate
from ..kit.settings import LrsConfig
from ..session.clock import Heartbeat

CONTEXT = "RoomWatch"  # for the texts marked by QT_TRANSLATE_NOOP (lupdate reads only literals)
LRS_TIMEOUT = 10.0
NETWORK = {  # an LrsError's kind, in a sentence that ends with what happens next ({again})
    "unreachable": QT_TRANSLATE_NOOP("RoomWatch", "The LRS at {endpoint} could not be reached; {again}."),
    "timeout": QT_TRANSLATE_NOOP("RoomWatch", "The LRS at {endpoint} did not answer in time; {again}."),
    "server": QT_TRANSLATE_NOOP("RoomWatch", "The LRS at {endpoint} had a problem of its own; {again}."),
    "unknown": QT_TRANSLATE_NOOP("RoomWatch", "The LRS at {endpoint} lost its answer on the way; {again}."),
}
Change = Callable[[SessionDoc], SessionDoc]


@dataclass(frozen=True)
class Link:
    channel: SessionChannel
    feed: RoomFeed


def connect(config: LrsConfig, code: str) -> Link:
    """The session's channel and feed (on a pool thread: the keyring may be slow to answer)."""
    client = LrsClient(config.endpoint, config.user, config.secret(), LRS_TIMEOUT)
    return Link(SessionChannel(client, config.xapi()), RoomFeed(client, code, config.xapi()))


def lrs_problem(err: BaseException, endpoint: str, polling: bool = True) -> str:
    """What went wrong talking to the LRS, for the trainer: a poll is tried again on the next
    heartbeat; a change (``polling`` False) is not, so the trainer is asked to press again."""
    again = (translate("RoomWatch", "trying again every few seconds") if polling
             else translate("RoomWatch", "press the button again"))
    if isinstance(err, LrsError) and err.kind in NETWORK:
        return translate(CONTEXT, NETWORK[err.kind]).format(endpoint=endpoint, again=again)
    if isinstance(err, LrsError) and err.kind == "auth":
        return translate("RoomWatch", "The LRS at {endpoint} refused the user name or password: "
                                      "check them under Learning Record Store… in the app.").format(
            endpoint=endpoint)
    if isinstance(err, SessionError):  # the records' own sentence (English)
        return f"{err}."
    return translate("RoomWatch", "The LRS could not be read: {why}; {again}.").format(
        why=explain(err).rstrip("."), again=again)


class RoomWatch(QObject):
    updated = Signal()  # the room or the session document changed
    said = Signal(str, bool)  # a sentence for the status line, and whether all is well

    def __init__(self, code: str, config: LrsConfig, heartbeat: Heartbeat,
                 doc: SessionDoc | None = None, now: Now = utc_now,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.code, self.config, self.doc, self.now = code, config, doc, now
        self.room = Room(code, config.xapi())
        self.heartbeat = heartbeat
        self.polls = 0  # polls answered (tests wait on it)
        self.failures = 0
        self._link: Link | None = None
        self._busy = False
        self._changes = 0  # a poll begun before a change must not bring the old document back
        heartbeat.beat.connect(self.poll)

    def start(self) -> None:
        self.poll()
        self.heartbeat.start()

    def stop(self) -> None:
        self.heartbeat.stop()

    def _linked(self) -> Callable[[], Link]:
        link, config, code = self._link, self.config, self.code
        return lambda: link or connect(config, code)

    def poll(self) -> bool:
        """Ask the LRS what is new; False if the last ask has not been answered yet."""
        if self._busy:
            return False
        self._busy = True
        linked, code, changes = self._linked(), self.code, self._changes

        def work() -> tuple[Link, SessionDoc, list[dict[str, Any]]]:
            link = linked()
            return link, link.channel.read(code), link.feed.poll()

        run_in_background(work, lambda answer: self._on_polled(answer, changes),
                          self._on_poll_failed, self)
        return True

    def _on_polled(self, answer: tuple[Link, SessionDoc, list[dict[str, Any]]], changes: int) -> None:
        self._busy = False
        self._link, doc, found = answer
        if changes == self._changes:
            self.doc = doc
        self.room.add(found)
        self.polls += 1
        self.said.emit(translate("RoomWatch", "Up to date: last heard from the LRS at {time}.").format(
            time=self.now().astimezone().strftime("%H:%M:%S")), True)
        self.updated.emit()

    def _on_poll_failed(self, err: BaseException) -> None:
        self._busy = False
        self.failures += 1
        self.said.emit(lrs_problem(err, self.config.endpoint), False)

    def change(self, how: Change, done: str) -> None:
        """Change the session document (``how`` maps the latest to the new); ``done`` is said
        once the LRS has it."""
        self._changes += 1
        linked, code = self._linked(), self.code

        def work() -> tuple[Link, SessionDoc]:
            link = linked()
            return link, link.channel.change(code, how)

        run_in_background(work, lambda answer: self._on_changed(answer, done),
                          lambda err: self.said.emit(translate("RoomWatch", "Not done: {problem}").format(
                              problem=lrs_problem(err, self.config.endpoint, polling=False)), False),
                          self)

    def _on_changed(self, answer: tuple[Link, SessionDoc], done: str) -> None:
        self._link, self.doc = answer
        self._changes += 1  # a poll under way read the document before this change
        self.said.emit(done, True)
        self.updated.emit()
