"""ConsoleWindow: the trainer's view of a classroom session. The join code to put on the
board; every recruit, where they are, the time left on their decision, the flags on what they
wrote and their result; the controls (Start now, Pause everyone / Resume, Send inject…, Class
debrief). It polls the LRS in the background every few seconds (``RoomWatch``); a network
problem is a calm line at the bottom, and the polling goes on."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QMainWindow,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...records.classroom import SessionDoc
from ...records.times import Now, iso, utc_now
from ...scenario.library import Entry, entry_for, load_library
from ..kit.appearance import notifier
from ..kit.background import log_unexpected, run_in_background
from ..kit.language import spoken, translate
from ..kit.settings import LrsConfig
from ..kit.theme import PLAIN
from ..session.clock import Heartbeat, TimerHeartbeat
from .debrief import ClassDebriefWindow
from .header import ControlBar, SessionHeader
from .inject import InjectDialog
from .model import RecruitsModel
from .replies import Key, RepliesPanel
from .table import RecruitsTable
from .watch import RoomWatch
from .words import Scenarios, count_line

POLL_SECONDS = 3.0
HeartbeatFactory = Callable[[float, QObject], Heartbeat]


class _Page(QWidget):
    """The console's page: as tall as the window, or its least height if the window is
    shorter (then it scrolls); never the taller height its wrapped labels would like."""

    def heightForWidth(self, width: int) -> int:  # what the scroll area sizes it by
        return self.minimumSizeHint().height()


class ConsoleWindow(QMainWindow):
    def __init__(self, code: str, config: LrsConfig, doc: SessionDoc | None = None,
                 entries: list[Entry] | None = None, heartbeat: HeartbeatFactory = TimerHeartbeat,
                 now: Now = utc_now, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code, self.now = code, now
        self.setWindowTitle(translate("Console", "Classroom console — {code}").format(code=code))
        self.setMinimumSize(900, 560)
        self.watch = RoomWatch(code, config, heartbeat(POLL_SECONDS, self), doc, now, self)
        self.entries = entries
        self.scenarios: Scenarios = {}  # the session's, as found in the library (shared)
        self.shown: set[Key] = set()  # replies ticked to show in the class debrief
        self.debrief_window: ClassDebriefWindow | None = None
        self.header = SessionHeader(code, self)
        self.controls = ControlBar(self)
        self.model = RecruitsModel(self, now)
        self.table = RecruitsTable(self.model, self)
        self.replies = RepliesPanel(self.shown, self)
        self.model.scenarios = self.replies.scenarios = self.scenarios
        self.status = QLabel(translate("Console", "Asking the LRS who has joined…"), self, objectName="muted",
                             wordWrap=True, textFormat=PLAIN)
        self._build()
        self.controls.start_now.clicked.connect(self.start_now)
        self.controls.pause.clicked.connect(self.toggle_pause)
        self.controls.inject.clicked.connect(self.send_inject)
        self.controls.debrief.clicked.connect(self.open_debrief)
        self.table.selectionModel().selectionChanged.connect(self._show_selected)
        self.replies.model.ticked.connect(self._on_replies_ticked)
        self.watch.updated.connect(self._on_watch_updated)
        self.watch.said.connect(self._on_watch_said)
        self._on_watch_updated()
        if entries is None:  # from the command line: the library is read off the GUI thread
            run_in_background(lambda: load_library([], spoken()), self._on_library_read, log_unexpected, self)
        self.watch.start()
        self.resize(1366, 768)

    def _build(self) -> None:
        page = _Page(self)
        column = QVBoxLayout(page)
        column.setContentsMargins(16, 12, 16, 8)
        column.addWidget(self.header)
        column.addWidget(self.controls)
        split = QSplitter(Qt.Orientation.Vertical, page)  # the table takes the whole width
        split.addWidget(self.table)
        split.addWidget(self.replies)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        column.addWidget(split, 1)
        column.addWidget(self.status)
        self.split = split
        self._fit_split()
        notifier().changed.connect(self._fit_split)
        scroll = QScrollArea(self)  # large text on a small screen: the page scrolls, the table
        scroll.setWidgetResizable(True)  # keeps its rows
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)
        self.setCentralWidget(scroll)

    def _fit_split(self, _appearance: object = None) -> None:
        """Room for about six recruits and three replies, whatever the text size."""
        self.split.setMinimumHeight(self.fontMetrics().height() * 15)

    # -- following the room -----------------------------------------------------------------
    def _on_library_read(self, entries: list[Entry]) -> None:
        self.entries = entries
        self._on_watch_updated()

    def _find_scenarios(self) -> None:
        doc = self.watch.doc
        if doc is None:
            return
        self.watch.room.follow(doc.scenarios)
        for sid in doc.scenarios:
            entry = entry_for(self.entries or [], sid) if sid not in self.scenarios else None
            if entry is not None and entry.loaded.scenario is not None:
                self.scenarios[sid] = entry.loaded.scenario

    def title(self) -> str:
        """The session's name: the trainer's title, else its scenario's (or each one's)."""
        doc = self.watch.doc
        if doc is None:
            return ""
        if doc.title:
            return doc.title
        known = [self.scenarios[sid].title if sid in self.scenarios else sid
                 for sid in doc.scenarios]
        if len(known) == 1:
            return known[0]
        return translate("Console", "{count} scenarios: {titles}").format(count=len(known),
                                                                        titles=", ".join(known))

    def _on_watch_updated(self) -> None:
        self._find_scenarios()
        doc = self.watch.doc
        self.header.show_doc(doc, self.title())
        self.controls.show_doc(doc)
        seats = list(self.watch.room.seats.values())
        self.model.show(seats)
        at = iso(self.now())
        self.header.show_counts(count_line([s.status(at) for s in seats]))
        self.replies.show_seat(self.table.selected_seat())
        if self.debrief_window is not None:
            self.debrief_window.refresh()

    def _on_watch_said(self, text: str, ok: bool) -> None:
        self.status.setObjectName("muted" if ok else "warnText")
        self.status.setText(text)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)

    def _show_selected(self) -> None:
        self.replies.show_seat(self.table.selected_seat())

    def _on_replies_ticked(self, _key: Key, _on: bool) -> None:
        if self.debrief_window is not None:
            self.debrief_window.refresh()

    # -- the trainer's controls -------------------------------------------------------------
    def start_now(self) -> None:
        self.watch.change(lambda d: replace(d, released=True),
                          translate("Console", "Started: everyone who has joined begins now."))

    def toggle_pause(self) -> None:
        doc = self.watch.doc
        if doc is None:
            return
        paused = not doc.paused
        self.watch.change(lambda d: replace(d, paused=paused),
                          translate("Console", "Paused: each laptop stops at its next step.") if paused
                          else translate("Console", "Resumed: everyone goes on from where they stopped."))

    def send_inject(self) -> None:
        doc = self.watch.doc
        draft = InjectDialog.ask(self, doc.trainer if doc else "")
        if draft is None:
            return
        inject = draft.inject(iso(self.now()))
        self.watch.change(lambda d: replace(d, injects=(*d.injects, inject)),
                          translate("Console", "Sent to everyone: “{subject}”.").format(
                              subject=inject.subject))

    def open_debrief(self) -> ClassDebriefWindow:
        if self.debrief_window is None:
            self.debrief_window = ClassDebriefWindow(self.watch.room, self.shown, self.scenarios,
                                                     self)
            self.debrief_window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.debrief_window.destroyed.connect(self._on_debrief_closed)
        self.debrief_window.show()
        self.debrief_window.raise_()
        return self.debrief_window

    def _on_debrief_closed(self) -> None:
        self.debrief_window = None

    def closeEvent(self, event: QCloseEvent) -> None:
        self.watch.stop()
        if self.debrief_window is not None:
            self.debrief_window.close()
        event.accept()
