"""The class debrief, for the projector, in large type: per decision, how the class answered
(a bar per option), the flags raised on what was written there and the replies the trainer
ticked in the console; then the endings the class reached. A course's session has a debrief
per scenario, chosen at the top (it opens on the one most of the class is on). Recruits are "Recruit A",
"Recruit B" … unless the trainer ticks Show names. It follows the room as the console polls:
``refresh`` builds the cards again only when something shown has changed."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...records.classdebrief import (
    Bar,
    ClassDebrief,
    DecisionTally,
    class_debrief,
    heading_for,
    reply_key,
    stand_ins,
)
from ...records.room import Reply, Room
from ..kit.flags import flag_title
from ..kit.language import QT_TRANSLATE_NOOP, translate
from ..kit.theme import PLAIN
from .bars import CountBars
from .replies import Key, flag_words, where_written
from .words import Scenarios

CONTEXT = "ClassDebrief"  # for the texts marked by QT_TRANSLATE_NOOP (lupdate reads only literals)
NOTHING_YET = QT_TRANSLATE_NOOP("ClassDebrief",
                                "Nothing to show yet: the class's answers appear here as they are given.")


FOUND = {  # (one reply, any flags): what the detectors found in the replies written
    (True, True): QT_TRANSLATE_NOOP("ClassDebrief", "What the detectors found in the {count} written reply"),
    (False, True): QT_TRANSLATE_NOOP("ClassDebrief",
                                     "What the detectors found in the {count} written replies"),
    (True, False): QT_TRANSLATE_NOOP("ClassDebrief",
                                     "What the detectors found in the {count} written reply: nothing"),
    (False, False): QT_TRANSLATE_NOOP("ClassDebrief",
                                      "What the detectors found in the {count} written replies: nothing"),
}


def _flag_bars(bars: tuple[Bar, ...]) -> tuple[Bar, ...]:
    """The flags' bars with each flag's title in the language installed."""
    return tuple(replace(b, label=flag_title(b.key)) for b in bars)


def _label(text: str, parent: QWidget, name: str) -> QLabel:
    label: QLabel = QLabel(text, parent, objectName=name, wordWrap=True, textFormat=PLAIN)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class ClassDebriefWindow(QWidget):
    def __init__(self, room: Room, shown: set[Key], scenarios: Scenarios,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("classDebrief")
        self.setWindowTitle(translate("ClassDebrief", "Class debrief — {code}").format(code=room.code))
        self.room, self.shown, self.scenarios = room, shown, scenarios
        self.debrief: ClassDebrief | None = None
        self._drawn: object = None
        column = QVBoxLayout(self)
        column.setContentsMargins(28, 18, 28, 12)
        top = QHBoxLayout()
        self.title = _label(translate("ClassDebrief", "Class debrief"), self, "projectorTitle")
        top.addWidget(self.title, 1)
        self.which = QComboBox(self)  # a course's session: which scenario is on the wall
        self.which.setAccessibleName(translate("ClassDebrief", "Scenario shown"))
        self.which.currentIndexChanged.connect(self.refresh)
        top.addWidget(self.which, 0, Qt.AlignmentFlag.AlignTop)
        self.names = QCheckBox(translate("ClassDebrief", "Show names"), self)
        self.names.setToolTip(translate("ClassDebrief", "Off: each recruit is Recruit A, Recruit B … (the "
                                                        "same letter all session). On: their names, as "
                                                        "they typed them."))
        self.names.toggled.connect(self.refresh)
        top.addWidget(self.names, 0, Qt.AlignmentFlag.AlignTop)
        column.addLayout(top)
        self.summary = _label("", self, "projectorSummary")
        column.addWidget(self.summary)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        column.addWidget(self.scroll_area, 1)
        self.cards: list[QFrame] = []
        self.resize(1280, 800)
        self.refresh()

    def show_names(self, on: bool) -> None:
        self.names.setChecked(on)

    def who(self, reply: Reply) -> str:
        if self.names.isChecked():
            seat = self.room.seats.get(reply.account)
            return (seat.name if seat and seat.name else reply.account)
        found = stand_ins(self.room).get(reply.account)
        if found is None:
            return translate("ClassDebrief", "A recruit")
        return translate("ClassDebrief", "Recruit {letters}").format(letters=found)

    def _offer_scenarios(self) -> None:
        """One choice per scenario of the session (shown only when there are several),
        keeping the trainer's; at first, the one most of the class is on."""
        ids = self.room.scenarios()
        if ids != [self.which.itemData(i) for i in range(self.which.count())]:
            kept = self.which.currentData()
            on = Counter(s.scenario for s in self.room.seats.values() if s.scenario)
            chosen = kept if kept in ids else max(ids, key=lambda sid: on[sid], default=None)
            self.which.blockSignals(True)
            self.which.clear()
            for n, sid in enumerate(ids, 1):
                known = self.scenarios.get(sid)
                self.which.addItem(f"{n}. {known.title if known else sid}", sid)
            self.which.setCurrentIndex(ids.index(chosen) if chosen in ids else 0)
            self.which.blockSignals(False)
        self.which.setVisible(len(ids) > 1)

    def showing(self) -> str | None:
        """The id of the scenario on the wall (None before anyone has played)."""
        data = self.which.currentData()
        return str(data) if data is not None else None

    def refresh(self) -> None:
        self._offer_scenarios()
        sid = self.showing()
        debrief = class_debrief(self.room, self.scenarios.get(sid or ""), only=sid)
        drawn = (debrief, frozenset(self.shown), self.names.isChecked())
        if drawn == self._drawn:
            return
        self._drawn, self.debrief = drawn, debrief
        self.title.setText(translate("ClassDebrief", "Class debrief · {title}").format(title=debrief.title)
                           if debrief.title else translate("ClassDebrief", "Class debrief"))
        self.summary.setText(translate("ClassDebrief", "{joined} joined · {finished} finished · "
                                                       "{passed} passed").format(
            joined=debrief.joined, finished=debrief.finished, passed=debrief.passed))
        where = self.scroll_area.verticalScrollBar().value()
        page = QWidget(self.scroll_area)
        cards = QVBoxLayout(page)
        cards.setSpacing(18)
        self.cards = [self._decision(page, n, tally)
                      for n, tally in enumerate(debrief.decisions, 1)]
        if debrief.endings:
            self.cards.append(self._endings(page, debrief.endings, debrief.finished))
        for card in self.cards:
            cards.addWidget(card)
        if not self.cards:
            cards.addWidget(_label(translate(CONTEXT, NOTHING_YET), page, "projectorNote"))
        cards.addStretch(1)
        self.scroll_area.setWidget(page)
        self.scroll_area.verticalScrollBar().setValue(where)

    def _card(self, parent: QWidget, heading: str) -> tuple[QFrame, QVBoxLayout]:
        card = QFrame(parent, objectName="card")
        column = QVBoxLayout(card)
        column.setContentsMargins(22, 14, 22, 14)
        column.addWidget(_label(heading, card, "projectorPrompt"))
        return card, column

    def _decision(self, parent: QWidget, number: int, tally: DecisionTally) -> QFrame:
        prompt = (where_written(tally.decision) if tally.prompt == heading_for(tally.decision)
                  else tally.prompt)  # the scenario's words, or the app's heading for it
        card, column = self._card(parent, f"{number}. {prompt}")
        card.setAccessibleName(translate("ClassDebrief", "Decision {number}: {prompt}").format(
            number=number, prompt=prompt))
        if tally.options:
            answered = translate("ClassDebrief", "{count} answered").format(count=tally.answered)
            column.addWidget(_label(answered, card, "projectorNote"))
            column.addWidget(CountBars(tally.options, tally.answered,
                                       translate("ClassDebrief", "How the class answered"), card))
        if tally.replies:
            written = len(tally.replies)
            found = FOUND[written == 1, bool(tally.flags)]
            column.addWidget(_label(translate(CONTEXT, found).format(count=written), card,
                                    "projectorHeading"))
            if tally.flags:  # each flag's share of the replies written here
                column.addWidget(CountBars(_flag_bars(tally.flags), written,
                                           translate("ClassDebrief", "Flags raised"), card))
        for reply in (r for r in tally.replies if reply_key(r) in self.shown):
            column.addWidget(_label(f"{self.who(reply)}: “{reply.text}”\n{flag_words(reply)}",
                                    card, "projectorReply"))
        return card

    def _endings(self, parent: QWidget, endings: tuple[Bar, ...], finished: int) -> QFrame:
        card, column = self._card(parent, translate("ClassDebrief", "Where the class ended"))
        column.addWidget(CountBars(endings, finished, translate("ClassDebrief", "Endings reached"), card))
        return card
