"""The workbench's coverage: which states and options the automatic plays (run here, in the
background) and the previews have been through, what is left unvisited (a click chooses its
state), and the best and worst score each competency can reach on any path through the file.
Nothing here is an attempt: no play is recorded."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...engine import events as ev
from ...engine.coverage import Coverage, automatic_plays
from ...scenario import GuidanceLibrary
from ...scenario.model import Scenario
from ...scoring.reachable import Reachable, reachable_scores
from ..kit.background import explain, run_in_background
from ..kit.language import say, translate
from ..kit.theme import PLAIN
from ..session.bridge import EngineBridge
from .stale import StaleNote
from .timeline import compact

STATE_ROLE = Qt.ItemDataRole.UserRole + 1


def wrapping(items: QListWidget) -> QListWidget:
    """Each item wrapped to the list's width, read whole without scrolling sideways (a word
    longer than the width, such as a file's path, still runs on)."""
    items.setWordWrap(True)
    items.setResizeMode(QListView.ResizeMode.Adjust)
    items.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    items.setSpacing(2)
    return items


class CoveragePanel(QWidget):
    state_clicked = Signal(str)  # the state of the unvisited item clicked
    changed = Signal()  # what has been visited changed
    plays_done = Signal()  # the automatic plays asked for are in (or failed)
    scored = Signal()  # the reachable scores of the file as it is now are worked out

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("coveragePanel")
        self.coverage = Coverage()
        self.scenario: Scenario | None = None
        self.guidance: GuidanceLibrary | None = None
        self.reachable: Reachable | None = None
        self.randoms = QSpinBox(self, objectName="randomPlays", minimum=0, maximum=500, value=10)
        self.randoms.setSuffix(translate("Workbench", " random"))
        self.randoms.setAccessibleName(translate("Workbench", "How many seeded random plays to run"))
        self.run_button = QPushButton(translate("Workbench", "Run automatic plays"), self,
                                      objectName="runPlays")
        self.run_button.setToolTip(translate("Workbench", "The best play, the worst, and the random "
                                             "ones, run here without a window; never recorded"))
        self.run_button.clicked.connect(self.run_plays)
        forget = QPushButton(translate("Workbench", "Forget"), self)
        forget.setToolTip(translate("Workbench", "Start coverage again from nothing"))
        forget.clicked.connect(self.forget)
        self.summary = QLabel("", self, objectName="coverageSummary", wordWrap=True, textFormat=PLAIN)
        self.stale = StaleNote(self)
        self.unvisited = wrapping(QListWidget(self, objectName="unvisited"))
        self.unvisited.setAccessibleName(translate("Workbench", "States and options not yet visited"))
        self.unvisited.itemClicked.connect(self._on_unvisited_item_clicked)
        self.unvisited.itemActivated.connect(self._on_unvisited_item_clicked)
        self.scores = QTableWidget(0, 3, self, objectName="reachableScores")
        self.scores.setAccessibleName(translate("Workbench", "Worst and best score each competency "
                                                "can reach"))
        self.scores.setHorizontalHeaderLabels([translate("Workbench", "Competency"),
                                               translate("Workbench", "Worst"),
                                               translate("Workbench", "Best")])
        self.scores.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        compact(self.scores)
        self.scores.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.scores_note = QLabel("", self, objectName="muted", wordWrap=True, textFormat=PLAIN)
        self._build(forget)

    def _build(self, forget: QPushButton) -> None:
        top = QHBoxLayout()
        for widget in (self.run_button, self.randoms, forget):
            top.addWidget(widget)
        top.addStretch(1)
        left, right = QWidget(self), QWidget(self)
        left_column, right_column = QVBoxLayout(left), QVBoxLayout(right)
        left_column.setContentsMargins(0, 0, 0, 0)
        right_column.setContentsMargins(0, 0, 0, 0)
        left_column.addWidget(QLabel(translate("Workbench", "Not yet visited (click to choose the "
                                               "state)"), left,
                                     objectName="sectionTitle",
                                     wordWrap=True))
        left_column.addWidget(self.unvisited, 1)
        right_column.addWidget(QLabel(translate("Workbench", "Reachable score per competency"), right,
                                      objectName="sectionTitle",
                                      wordWrap=True))
        right_column.addWidget(self.scores, 1)
        right_column.addWidget(self.scores_note)
        self.scores_note.setToolTip(translate(
            "Workbench", "Each competency's score on its worst and best path from the start to an "
            "ending, as the scoring rules work it out, with the points earned there; points from "
            "reactions are not in it"))
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([500, 500])
        column = QVBoxLayout(self)
        column.setContentsMargins(6, 4, 6, 4)
        column.addLayout(top)
        column.addWidget(self.stale)
        column.addWidget(self.summary)
        column.addWidget(split, 1)

    # -- the file ---------------------------------------------------------------------------------
    def set_scenario(self, scenario: Scenario | None, guidance: GuidanceLibrary | None) -> None:
        """The file was read again: keep what it still has, and score its paths anew (a file
        that cannot be read keeps the last, and says so)."""
        self.stale.follow(scenario is not None, self.scenario is not None)
        if scenario is None:
            return
        self.scenario, self.guidance, self.reachable = scenario, guidance, None
        self.coverage.keep_known(scenario)
        self._show()
        self.scores_note.setText(translate("Workbench", "Working out every path…"))
        run_in_background(lambda: reachable_scores(scenario),
                          lambda found: self._on_scores_done(scenario, found),
                          lambda err: self.scores_note.setText(say(explain(err))), self)

    def _on_scores_done(self, scenario: Scenario, found: Reachable) -> None:
        if scenario is not self.scenario:
            return  # the file changed meanwhile: its own scores are on their way
        self.reachable = found
        self.scores.setRowCount(len(found.competencies))
        title = self.guidance.competency_title if self.guidance else str
        for row, (name, (worst, best)) in enumerate(found.competencies.items()):
            low, high = found.points.get(name, (0, 0))
            for column, text in enumerate((title(name), f"{worst}% ({low:+d})",
                                           f"{best}% ({high:+d})")):
                self.scores.setItem(row, column, QTableWidgetItem(text))
        self.scores.resizeColumnToContents(1)
        self.scores.resizeColumnToContents(2)
        paths = (translate("Workbench", "{count} paths") if found.complete
                 else translate("Workbench", "the first {count} paths")).format(count=found.paths)
        self.scores_note.setText(translate(
            "Workbench", "% (points) · overall {low}–{high} · {paths}, start to ending; reactions "
            "not counted").format(low=found.total[0], high=found.total[1], paths=paths))
        self.scored.emit()

    # -- plays --------------------------------------------------------------------------------------
    def run_plays(self) -> None:
        scenario, randoms = self.scenario, self.randoms.value()
        if scenario is None or not self.run_button.isEnabled():
            return
        self.run_button.setEnabled(False)
        self.summary.setText(translate("Workbench", "Running {count} automatic plays…").format(
            count=2 + randoms))
        run_in_background(lambda: automatic_plays(scenario, randoms), self._on_plays_done,
                          self._on_plays_failed, self)

    def _on_plays_done(self, runs: list[list[ev.Event]]) -> None:
        for events in runs:
            self.coverage.record_run(events)
        if self.scenario is not None:
            self.coverage.keep_known(self.scenario)
        self.run_button.setEnabled(True)
        self._show()
        self.plays_done.emit()

    def _on_plays_failed(self, err: BaseException) -> None:
        self.run_button.setEnabled(True)
        self._show()
        self.summary.setText(translate("Workbench", "The automatic plays stopped: {problem}").format(
            problem=explain(err)))
        self.plays_done.emit()

    def follow(self, bridge: EngineBridge) -> None:
        """Count a preview's run in: each state it enters and option it takes, as they happen."""
        self.coverage.plays += 1
        bridge.state_entered.connect(lambda state, _title: self._visit(ev.StateEntered(0, state, "")))
        bridge.action_taken.connect(self._visit)
        bridge.run_ended.connect(self._visit)

    def _visit(self, event: ev.Event) -> None:
        self.coverage.record(event)
        self._show()

    def forget(self) -> None:
        self.coverage = Coverage()
        self._show()

    # -- showing it ---------------------------------------------------------------------------------
    def _show(self) -> None:
        scenario = self.scenario
        self.unvisited.clear()
        if scenario is None:
            return
        for place in self.coverage.unvisited_places(scenario):
            known = scenario.states.get(place) or scenario.endings.get(place)
            said = translate("Workbench", "ending {place}: {title}") if place in scenario.endings \
                else translate("Workbench", "state {place}: {title}")
            self._item(said.format(place=place, title=known.title if known else ""), place)
        for state, option in self.coverage.unvisited_options(scenario):
            decision = scenario.states[state].decision
            label = decision.option(option).label if decision else option
            self._item(translate("Workbench", "option {option} in {state}: {label}").format(
                option=option, state=state, label=label), state)
        plays = self.coverage.plays
        rest = translate("Workbench", "the map dims the rest") if self.unvisited.count() \
            else translate("Workbench", "nothing is left unvisited")
        if not plays:
            said = translate("Workbench", "Nothing played yet: run the automatic plays, or preview "
                             "from a state.")
        else:
            said = (translate("Workbench", "{visited} visited in {count} play (automatic and "
                              "previews); {rest}") if plays == 1
                    else translate("Workbench", "{visited} visited in {count} plays (automatic and "
                                   "previews); {rest}")).format(
                visited=say(self.coverage.summary(scenario)), count=plays, rest=rest)
        self.summary.setText(said)
        self.changed.emit()

    def _item(self, text: str, state: str) -> None:
        item = QListWidgetItem(text)
        item.setData(STATE_ROLE, state)
        self.unvisited.addItem(item)

    def _on_unvisited_item_clicked(self, item: QListWidgetItem) -> None:
        self.state_clicked.emit(str(item.data(STATE_ROLE)))
