"""The start screen: who is training, which scenario, which mode, and the time limits the
trainee needs; and, for trainers, the way to the Results view and the Learning Record Store
settings.

Each card's best result comes from the attempt records (``set_results``), for the name
typed in, or for everyone while the name is empty."""

from __future__ import annotations

from functools import partial
from itertools import pairwise

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...engine.timing import AS_WRITTEN, OFF, TimeLimits
from ...records.cohort import assessed, best_scores
from ...scenario.course import Course
from ...scenario.library import Entry
from ..dialogs.appearance import APPEARANCE_KEYS
from ..filing.work import Row
from ..kit.brand import brand
from ..kit.flow import FlowLayout
from ..kit.language import QT_TRANSLATE_NOOP
from ..kit.layouts import show_centred
from ..kit.settings import Settings
from ..session.attempt import Mode
from .card import ScenarioCard
from .classroom import JoinBox

TIME_LIMITS = [  # (what the menu says, the setting)
    (QT_TRANSLATE_NOOP("StartScreen", "As written"), AS_WRITTEN),
    (QT_TRANSLATE_NOOP("StartScreen", "1.5× as long"), TimeLimits(1.5)),
    (QT_TRANSLATE_NOOP("StartScreen", "2× as long"), TimeLimits(2.0)),
    (QT_TRANSLATE_NOOP("StartScreen", "3× as long"), TimeLimits(3.0)),
    (QT_TRANSLATE_NOOP("StartScreen", "Off: no decision runs out of time"), OFF),
]
TIME_LIMITS_TEXT = QT_TRANSLATE_NOOP(
    "StartScreen", "For anyone who needs more time to read and decide: longer time limits, or "
    "none at all. It is kept with the attempt and does not change the score.")

MODES = {  # (the mode's name, what it means)
    Mode.PRACTICE: (QT_TRANSLATE_NOOP("StartScreen", "Practice"), QT_TRANSLATE_NOOP(
        "StartScreen", "Pause when you like, speed time up, see hints and live public-trust "
        "and internal-risk gauges.")),
    Mode.ASSESSMENT: (QT_TRANSLATE_NOOP("StartScreen", "Assessment"), QT_TRANSLATE_NOOP(
        "StartScreen", "Real time, no pause, no hints. Taken once: your attempt is scored as "
        "it stands.")),
}


BLOCKS = {"morning": QT_TRANSLATE_NOOP("StartScreen", "Morning"),
          "afternoon": QT_TRANSLATE_NOOP("StartScreen", "Afternoon")}


class StartScreen(QScrollArea):
    start_requested = Signal(object, object, str, object)  # Entry, Mode, trainee name, TimeLimits
    results_requested = Signal()
    lrs_requested = Signal()
    open_requested = Signal(object)  # a scenario file to open in the workbench, or None to ask
    new_requested = Signal()
    session_requested = Signal()  # a new classroom session, watched from a console
    appearance_requested = Signal()  # theme, text size, reduced motion

    def __init__(self, entries: list[Entry] | None, settings: Settings,
                 parent: QWidget | None = None, course: Course | None = None) -> None:
        """``entries`` None: the library is still being read, and ``set_library`` brings it."""
        super().__init__(parent)
        self.course = course
        self.block_progress: dict[str, QLabel] = {}  # block id → "2 of 7 done"
        self.cards: list[ScenarioCard] = []
        self.setObjectName("startScreen")
        self.setAccessibleName(self.tr("Start screen"))  # the page takes the focus (it scrolls by arrows)
        self.setWidgetResizable(True)
        self.settings = settings
        self.rows: list[Row] | None = None  # every attempt on record, once read
        self.held = ""  # why Start waits for a classroom session's trainer, if it does
        page = QWidget(self, objectName="startPage")
        self.start_button = QPushButton(self.tr("Start"), page, objectName="primaryButton")
        self.start_button.setAccessibleName(self.tr("Start the scenario"))
        self.start_button.clicked.connect(self.start)
        self.why_not = QLabel("", page, objectName="muted")
        column = QVBoxLayout(page)
        column.setContentsMargins(40, 28, 40, 28)
        column.setSpacing(14)
        column.addLayout(self._top_row(page))
        column.addWidget(QLabel(self.tr("Social media training for police officers and staff"), page,
                                objectName="headline", wordWrap=True))
        column.addWidget(QLabel(self.tr("A live feed, real pressure, no real consequences. Play "
                                        "a scenario, then read what your choices caused and "
                                        "why."), page,
                                objectName="muted", wordWrap=True))
        column.addWidget(QLabel(self.tr("Your name"), page, objectName="sectionTitle"))
        self.name = QLineEdit(settings.trainee, page, objectName="nameField")
        self.name.setPlaceholderText(self.tr("e.g. PC Sam Okafor"))
        self.name.setAccessibleName(self.tr("Your name"))
        self.name.setMaxLength(80)
        self.name.textChanged.connect(self._update_start)
        self.name.textChanged.connect(self._show_best)
        self.name.returnPressed.connect(self.start)
        column.addWidget(self.name)
        self.join_box = JoinBox(page)
        column.addWidget(self.join_box)
        column.addWidget(QLabel(self.tr("Choose a scenario"), page, objectName="sectionTitle"))
        self.library = QLabel(self.tr("Opening the scenario library…"), page, objectName="muted")
        column.addWidget(self.library)
        column.addWidget(QLabel(self.tr("Mode"), page, objectName="sectionTitle"))
        column.addLayout(self._modes(page))
        self._time_limits(column, page)
        row = QHBoxLayout()
        row.addWidget(self.why_not, 1)
        row.addWidget(self.start_button)
        column.addLayout(row)
        column.addStretch(1)
        show_centred(self, page, 1040, 8)
        if entries is not None:
            self.set_library(entries, course)  # brings the start button up to date
        else:
            self._update_start()
            self._reading_order()

    def set_library(self, entries: list[Entry], course: Course | None) -> None:
        """The scenarios to offer, in place of what was offered (or of "Opening…"): the
        name typed, the mode and the time limits stay as they are."""
        self.course = course
        self.block_progress.clear()
        box = QFrame(self.library.parentWidget(), objectName="library")
        box.setAccessibleName(self.tr("Choose a scenario"))
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(14)
        self._add_cards(column, box, entries)
        layout = self.library.parentWidget().layout()
        assert layout is not None
        layout.replaceWidget(self.library, box)
        self.library.hide()
        self.library.deleteLater()
        self.library = box
        box.show()  # added to a page already on screen
        self._show_best()
        self._update_start()
        self._reading_order()

    def _reading_order(self) -> None:
        """Tab goes as the page reads: the buttons across the top, the name, the classroom
        join code, the scenarios, the mode, the time limits, Start (the widgets were made in
        another order, and the scenarios come later, when the library has been read)."""
        chain = [*self.top_buttons, self.name, *self.join_box.controls(), *self.cards,
                 *self.mode_buttons.values(), self.time_limits, self.start_button]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)

    def _top_row(self, page: QWidget) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(brand(page, 36), 0, Qt.AlignmentFlag.AlignTop)
        buttons = FlowLayout(None, 8, align_right=True)  # wraps under itself with large text
        row.addLayout(buttons, 1)
        self.results_button = QPushButton(self.tr("Results"), page, objectName="secondaryButton")
        self.results_button.setAccessibleName(self.tr("Results: every attempt on this computer"))
        self.results_button.setToolTip(self.tr("For trainers: every attempt kept on this "
                                               "computer, with pass rates and competency "
                                               "averages"))
        self.results_button.clicked.connect(self.results_requested)
        self.lrs_button = QPushButton(self.tr("Learning Record Store…"), page, objectName="secondaryButton")
        self.lrs_button.setToolTip(self.tr("Where attempts are sent as xAPI statements, and "
                                           "the classroom session"))
        self.lrs_button.clicked.connect(self.lrs_requested)
        # For trainers: scenario files in the workbench (its map, its problems, live as they
        # edit), from one menu so the row fits a 1024-pixel screen.
        self.open_button = QPushButton(self.tr("Scenarios"), page, objectName="secondaryButton")
        self.open_button.setToolTip(self.tr("For trainers: write or check a scenario in the "
                                            "workbench, or run a classroom session"))
        menu = QMenu(self.open_button)
        self.new_action = menu.addAction(self.tr("New scenario…"), self.new_requested.emit)
        menu.addAction(self.tr("Open a scenario file…"), lambda: self.open_requested.emit(None))
        self.session_action = menu.addAction(self.tr("New classroom session…"),
                                             self.session_requested.emit)
        recent = self.settings.recent_scenarios
        if recent:
            menu.addSection(self.tr("Recent"))
        for path in recent:
            action = menu.addAction(path.name, partial(self.open_requested.emit, path))
            action.setToolTip(str(path))
        self.open_button.setMenu(menu)
        self.appearance_button = QPushButton(self.tr("Appearance…"), page, objectName="secondaryButton")
        self.appearance_button.setToolTip(self.tr("Theme, text size and motion ({keys})").format(
            keys=APPEARANCE_KEYS))
        self.appearance_button.setAccessibleName(self.tr("Appearance: theme, text size and motion"))
        self.appearance_button.clicked.connect(self.appearance_requested)
        self.top_buttons = (self.appearance_button, self.open_button, self.results_button,
                            self.lrs_button)
        for button in self.top_buttons:
            buttons.add(button)
        return row

    def set_results(self, rows: list[Row]) -> None:
        """The attempts on record: each card shows its best result."""
        self.rows = rows
        self._show_best()
        self._update_start()

    def _show_best(self) -> None:
        if self.rows is None:
            return
        best = best_scores([r.record for r in self.rows], self.name.text())
        for card in self.cards:
            scenario = card.entry.loaded.scenario
            card.set_best(best.get(scenario.id) if scenario else None)
        self._show_progress(set(best))

    def _show_progress(self, done: set[str]) -> None:
        """The day's progress for the name typed in: each block's count, and the next
        scenario in the course marked (and chosen, when nothing is)."""
        if self.course is None:
            return
        known = {c.entry.loaded.scenario.id: c for c in self.cards if c.entry.loaded.scenario}
        for block in self.course.blocks:
            ids = [sid for sid in block.scenarios if sid in known]
            if block.id in self.block_progress:
                finished = sum(sid in done for sid in ids)
                self.block_progress[block.id].setText(
                    self.tr("{done} of {all} done").format(done=finished, all=len(ids)))
        order = [sid for block in self.course.blocks for sid in block.scenarios if sid in known]
        following = next((sid for sid in order if sid not in done and known[sid].isEnabled()), None)
        for sid, card in known.items():
            card.set_next(sid == following)
        if following is not None and self.selected_entry() is None:
            known[following].setChecked(True)

    def _add_cards(self, column: QVBoxLayout, parent: QWidget, entries: list[Entry]) -> None:
        """The scenarios as the course orders them (a heading and progress per block, then
        any others), or in one grid when there is no course."""
        self.cards = []
        self._card_group = QButtonGroup(parent)  # goes with the cards when they are replaced
        by_id = {e.loaded.scenario.id: e for e in entries if e.loaded.scenario is not None}
        placed: set[str] = set()
        for block in self.course.blocks if self.course else ():
            ids = [sid for sid in block.scenarios if sid in by_id]
            if not ids:
                continue
            heading = QHBoxLayout()
            when = self.tr(BLOCKS.get(block.id, block.id.title()))
            heading.addWidget(QLabel(f"{when} · {block.title}", parent,
                                     objectName="blockTitle"))
            heading.addStretch(1)
            progress = self.block_progress[block.id] = QLabel("", parent, objectName="muted")
            heading.addWidget(progress)
            column.addLayout(heading)
            column.addLayout(self._grid(parent, [by_id[sid] for sid in ids]))
            placed.update(ids)
        rest = [e for e in entries if e.loaded.scenario is None or e.loaded.scenario.id not in placed]
        if rest and placed:
            column.addWidget(QLabel(self.tr("More scenarios"), parent, objectName="blockTitle"))
        if rest or not placed:
            column.addLayout(self._grid(parent, rest))
        playable = [c for c in self.cards if c.isEnabled()]
        if len(playable) == 1:
            playable[0].setChecked(True)
        # Listen only now: the screen is not built yet (no mode buttons) when the only
        # scenario is chosen above, and the start button is brought up to date at the end.
        for card in self.cards:
            card.toggled.connect(self._update_start)

    def _grid(self, parent: QWidget, entries: list[Entry]) -> QGridLayout:
        grid = QGridLayout()
        grid.setSpacing(12)
        for number, entry in enumerate(entries):
            card = ScenarioCard(entry, None, parent)
            self._card_group.addButton(card)
            self.cards.append(card)
            grid.addWidget(card, number // 2, number % 2)
        if not entries:
            grid.addWidget(QLabel(self.tr("No scenarios found."), parent, objectName="warnText"), 0, 0)
        return grid

    def _modes(self, parent: QWidget) -> QHBoxLayout:
        row = QHBoxLayout()
        self.mode_buttons: dict[Mode, QRadioButton] = {}
        self._mode_group = QButtonGroup(self)  # the radios sit in separate cards
        for mode, (title, meaning) in MODES.items():
            text = self.tr(meaning)
            box = QFrame(parent, objectName="modeCard")
            inner = QVBoxLayout(box)
            button = QRadioButton(self.tr(title), box, objectName="modeRadio")
            button.setAccessibleDescription(text)
            inner.addWidget(button)
            inner.addWidget(QLabel(text, box, objectName="muted", wordWrap=True))
            self.mode_buttons[mode] = button
            self._mode_group.addButton(button)
            row.addWidget(box)
        remembered = Mode.ASSESSMENT if self.settings.mode == "assessment" else Mode.PRACTICE
        self.mode_buttons[remembered].setChecked(True)
        self._mode_group.buttonToggled.connect(lambda *_: self._update_start())
        return row

    def _time_limits(self, column: QVBoxLayout, parent: QWidget) -> None:
        """How long decisions wait (WCAG 2.2.1): a menu, reached with Tab or Alt+T and changed
        with the arrow keys, remembered from the last start."""
        self.time_limits = QComboBox(parent, objectName="timeLimits")
        for text, limits in TIME_LIMITS:
            self.time_limits.addItem(self.tr(text), _key(limits))
        self.time_limits.setAccessibleName(self.tr("Time limits"))
        self.time_limits.setAccessibleDescription(self.tr(TIME_LIMITS_TEXT))
        self.time_limits.setToolTip(self.tr(TIME_LIMITS_TEXT))
        self.time_limits.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        remembered = self.settings.time_limits  # one the menu does not offer: as written
        self.time_limits.setCurrentIndex(max(0, self.time_limits.findData(_key(remembered))))
        title = QLabel(self.tr("&Time limits"), parent, objectName="sectionTitle")
        title.setBuddy(self.time_limits)  # Alt+T
        column.addWidget(title)
        row = QHBoxLayout()
        row.setSpacing(12)
        row.addWidget(self.time_limits, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(QLabel(self.tr(TIME_LIMITS_TEXT), parent, objectName="muted",
                             wordWrap=True), 1)
        column.addLayout(row)

    def selected_time_limits(self) -> TimeLimits:
        return TimeLimits.parse(str(self.time_limits.currentData() or ""))

    def selected_entry(self) -> Entry | None:
        return next((c.entry for c in self.cards if c.isChecked()), None)

    def selected_mode(self) -> Mode:
        return next(m for m, b in self.mode_buttons.items() if b.isChecked())

    def choose(self, scenario_id: str, mode: Mode, name: str,
               time_limits: TimeLimits | None = None) -> None:
        """Fill in the screen as a trainee would (tests and demos)."""
        for card in self.cards:
            scenario = card.entry.loaded.scenario
            if scenario is not None and scenario.id == scenario_id:
                card.setChecked(True)
        self.mode_buttons[mode].setChecked(True)
        self.name.setText(name)
        if time_limits is not None:
            self.time_limits.setCurrentIndex(self.time_limits.findData(_key(time_limits)))

    def hold(self, reason: str) -> None:
        """A classroom session not started yet: Start waits for the trainer, and says so."""
        self.held = reason
        self._update_start()

    def _update_start(self) -> None:
        missing = self.tr("Enter your name to start.") if not self.name.text().strip() else (
            self.held or (self.tr("Choose a scenario.") if self.selected_entry() is None else
                          self._assessment_taken()))
        self.why_not.setText(missing)
        self.start_button.setEnabled(not missing)

    def _assessment_taken(self) -> str:
        """Why an assessment cannot start: this trainee has one on record for the scenario."""
        entry, name = self.selected_entry(), self.name.text().strip()
        scenario = entry.loaded.scenario if entry else None
        if self.selected_mode() is not Mode.ASSESSMENT or scenario is None or not self.rows:
            return ""
        taken = assessed([r.record for r in self.rows], name, scenario.id)
        if taken is None:
            return ""
        return self.tr("{name} took this assessment on {date}; it counts once. Practise it as "
                       "often as you like, or ask your trainer.").format(
                           name=name, date=taken.started[:10])

    def start(self) -> None:
        entry = self.selected_entry()
        if entry is None or not self.start_button.isEnabled():
            return
        mode, limits = self.selected_mode(), self.selected_time_limits()
        self.settings.trainee = self.name.text()
        self.settings.mode = mode.value
        self.settings.time_limits = limits
        self.start_requested.emit(entry, mode, self.name.text().strip(), limits)


def _key(limits: TimeLimits) -> str:
    """A menu item's data: the setting as an attempt records it ("" as written)."""
    return limits.recorded() or ""
