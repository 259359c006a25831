"""The trainer's workbench: a scenario file's map, the details of the box clicked, and every
problem, each one opening the file at its line in the trainer's own editor; beneath, in docks,
the master timeline of a path and the coverage of previews and automatic plays. Saving the
file reloads them all, keeping the place on the map; a half-written file keeps its last map
and shows what is wrong."""

from __future__ import annotations

import os
import shlex
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QProcess, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...engine.lint import check_playable
from ...scenario import Diagnostic, GuidanceLibrary, load_scenario
from ...scenario.diagnostics import CODES
from ...scenario.model import Scenario
from ...scenario.storymap import StoryMap, story_map
from ..kit.language import QT_TRANSLATE_NOOP, say, translate
from ..kit.theme import PLAIN
from ..session.attempt import ClockFactory
from ..session.clock import TimerClockDriver
from .coverage import CoveragePanel, wrapping
from .details import details_html
from .map_view import MapView
from .preview import Preview, PreviewFactory, StartValues, from_state
from .timeline import TimelinePanel

LINE_ROLE = Qt.ItemDataRole.UserRole + 1
DOCKS = {"Chosen": QT_TRANSLATE_NOOP("Workbench", "Chosen"),
         "Timeline": QT_TRANSLATE_NOOP("Workbench", "Timeline"),
         "Coverage": QT_TRANSLATE_NOOP("Workbench", "Coverage")}


def open_in_editor(path: Path, line: int) -> None:
    """The trainer's own editor at ``line``: $VISUAL or $EDITOR (``+LINE FILE``, which vi,
    nano, emacs and gedit understand), else whatever the desktop opens YAML files with."""
    editor = shlex.split(os.environ.get("VISUAL") or os.environ.get("EDITOR") or "")
    if not (editor and QProcess.startDetached(editor[0], [*editor[1:], f"+{line}", str(path)])[0]):
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class WorkbenchWindow(QMainWindow):
    reloaded = Signal()  # the file was read again (map, details and problems are current)

    def __init__(self, path: Path, parent: QWidget | None = None,
                 clock: ClockFactory = TimerClockDriver, preview: PreviewFactory | None = None) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.clock, self._make_preview = clock, preview
        self.guidance: GuidanceLibrary | None = None
        self.chosen = ""  # the state clicked last, where "Play from here" starts
        self.preview: Preview | None = None
        self.setWindowTitle(translate("Workbench", "Workbench — {name}").format(name=self.path.name))
        self.story: StoryMap | None = None
        self.scenario: Scenario | None = None
        self.diagnostics: list[Diagnostic] = []
        self.map = MapView(self)
        self.details = QTextBrowser(self, objectName="mapDetails")
        self.details.setAccessibleName(translate("Workbench", "The chosen state or ending"))
        self.details.setPlainText(translate("Workbench", "Click a box on the map (or find it by name) "
                                            "to see what arrives there, its decision and where each "
                                            "option leads."))
        self.problems = wrapping(QListWidget(self, objectName="problems"))  # and what to do
        self.problems.setAccessibleName(translate("Workbench", "Problems in the file"))
        self.problems.itemActivated.connect(self._on_problems_item_activated)
        self.status = QLabel("", self, objectName="muted", wordWrap=True, textFormat=PLAIN)
        self.play_here = QPushButton(translate("Workbench", "Play from here…"), self,
                                     objectName="secondaryButton")
        self.play_here.setToolTip(translate("Workbench", "A practice preview from the chosen state, "
                                            "with the variables you set; never recorded"))
        self.play_here.clicked.connect(self.ask_play_from_here)
        self.play_here.setVisible(preview is not None)
        self.search = QLineEdit(self, placeholderText=translate("Workbench", "Find a state…"))
        self.search.returnPressed.connect(lambda: self.map.find_node(self.search.text()))
        self.map.node_clicked.connect(self.show_node)
        self.timeline = TimelinePanel(self)
        self.timeline.state_clicked.connect(self.map.select)
        self.coverage = CoveragePanel(self)
        self.coverage.state_clicked.connect(self.map.select)
        self.coverage.changed.connect(self._on_coverage_changed)
        self.docks: list[QDockWidget] = []
        self._build()
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(self._on_watcher_file_changed)
        self.reload()

    def _build(self) -> None:
        side = QWidget(self)
        column = QVBoxLayout(side)
        column.addWidget(QLabel(translate("Workbench", "Chosen"), side, objectName="sectionTitle"))
        column.addWidget(self.details, 2)
        column.addWidget(self.play_here)
        column.addWidget(QLabel(translate("Workbench", "Problems (Enter or double-click opens the "
                                          "line in your editor)"),
                                side, objectName="sectionTitle", wordWrap=True))
        column.addWidget(self.problems, 1)
        column.addWidget(self.status)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        for text, action in ((translate("Workbench", "Fit"), self.map.fit),
                             ("+", lambda: self.map.zoom(1.2)),
                             ("−", lambda: self.map.zoom(1 / 1.2)),
                             (translate("Workbench", "Open in editor"),
                              lambda: open_in_editor(self.path, 1))):
            button = QPushButton(text, self)
            button.clicked.connect(action)
            top.addWidget(button)
        left = QWidget(self)
        left_column = QVBoxLayout(left)
        left_column.addLayout(top)
        left_column.addWidget(self.map, 1)
        self.setCentralWidget(left)
        # The side column runs the full height; the timeline and coverage sit under the map.
        self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        fixed = self._dock(side, "Chosen", Qt.DockWidgetArea.RightDockWidgetArea)
        fixed.setFeatures(QDockWidget.DockWidgetFeature.NoDockWidgetFeatures)
        fixed.setTitleBarWidget(QWidget(fixed))
        line = self._dock(self.timeline, "Timeline")
        self.tabifyDockWidget(line, self._dock(self.coverage, "Coverage"))
        line.raise_()
        self.resizeDocks([fixed], [420], Qt.Orientation.Horizontal)
        self.resizeDocks([line], [300], Qt.Orientation.Vertical)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        self.resize(1320, 900)

    def _dock(self, panel: QWidget, title: str,
              area: Qt.DockWidgetArea = Qt.DockWidgetArea.BottomDockWidgetArea) -> QDockWidget:
        dock = QDockWidget(translate("Workbench", DOCKS[title]), self)
        dock.setObjectName(f"{title.lower()}Dock")  # the English: the name a saved layout knows
        dock.setWidget(panel)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        self.addDockWidget(area, dock)
        self.docks.append(dock)
        return dock

    # -- reading the file ---------------------------------------------------------------------
    def reload(self) -> None:
        loaded = load_scenario(self.path)
        diagnostics = list(loaded.diagnostics)
        if loaded.ok and loaded.scenario is not None and loaded.source is not None:
            diagnostics += check_playable(loaded.scenario, loaded.source)
        self.diagnostics, self.scenario = diagnostics, loaded.scenario
        self.guidance = loaded.guidance if loaded.ok else None
        story = story_map(loaded.source) if loaded.source is not None else None
        if story is not None:
            self.story = story
            self.map.show_map(story)
        self._show_problems(story is None and self.story is not None)
        self._update_play_here()
        self.timeline.set_scenario(self.scenario)
        self.coverage.set_scenario(self.scenario, self.guidance)
        if str(self.path) not in self.watcher.files() and self.path.exists():
            self.watcher.addPath(str(self.path))  # editors that save by renaming drop it
        self.reloaded.emit()

    def _show_problems(self, stale_map: bool) -> None:
        self.problems.clear()
        for diagnostic in self.diagnostics:
            item = QListWidgetItem(self._problem_text(diagnostic))
            item.setData(LINE_ROLE, diagnostic.line)
            self.problems.addItem(item)
        errors = sum(d.is_error for d in self.diagnostics)
        said = (translate("Workbench", "No problems: the scenario can be played.") if not self.diagnostics
                else translate("Workbench", "{errors} error(s), {warnings} warning(s).").format(
                    errors=errors, warnings=len(self.diagnostics) - errors))
        if stale_map:
            said = translate("Workbench", "{said} The file cannot be read as a scenario yet: the map "
                             "is the last good one.").format(said=said)
        self.status.setText(said)

    def _problem_text(self, diagnostic: Diagnostic) -> str:
        """As ``validate`` says it (``Diagnostic.format``), but 'line 48, column 17:' for this
        file rather than its path: a narrow panel wraps the rest and still shows where (the
        title names the file). The core's words are said in the language spoken."""
        hint = diagnostic.hint or CODES[diagnostic.code].hint
        said = f"{say(diagnostic.severity.value)} {diagnostic.code} {say(diagnostic.message)}"
        said = said.replace("\n", " ") + (f" — {say(hint)}" if hint else "")
        if Path(diagnostic.path) != self.path:  # another file's, such as the guidance library's
            return f"{diagnostic.path}:{diagnostic.line}:{diagnostic.col}: {said}"
        return translate("Workbench", "line {line}, column {column}: {problem}").format(
            line=diagnostic.line, column=diagnostic.col, problem=said)

    def show_node(self, node_id: str) -> None:
        node = self.story.node(node_id) if self.story else None
        if node is not None:
            self.details.setHtml(details_html(node, self.scenario))
            self.chosen = node_id if node.kind in ("decision", "auto") else ""
            self._update_play_here()
            self.timeline.follow(node_id)

    # -- play from here -------------------------------------------------------------------------
    def _update_play_here(self) -> None:
        scenario = self.scenario
        ready = self.guidance is not None and scenario is not None and self.chosen in scenario.states
        self.play_here.setEnabled(ready)
        self.play_here.setText(translate("Workbench", "Play from “{state}”…").format(state=self.chosen)
                               if ready else translate("Workbench", "Play from here…"))

    def ask_play_from_here(self) -> StartValues | None:
        """Ask the start values for a preview from the chosen state; Play starts it."""
        if self.scenario is None or self.chosen not in self.scenario.states:
            return None
        ask = StartValues(self.scenario, self.chosen, self)
        ask.accepted.connect(lambda: self.play_from(self.chosen, ask.variables()))
        ask.open()
        return ask

    def play_from(self, state: str, variables: dict[str, float]) -> Preview | None:
        """A practice preview from ``state`` with ``variables``, in a window of its own."""
        if self._make_preview is None or self.scenario is None or self.guidance is None \
                or state not in self.scenario.states:
            return None
        if self.preview is not None:
            self.preview.close()
        preview = self.preview = self._make_preview(from_state(self.scenario, state, variables),
                                                    self.guidance, state, self.clock, self)
        self.coverage.follow(preview.session.bridge)
        preview.show()
        preview.start()
        return preview

    def _on_coverage_changed(self) -> None:
        found = self.coverage.coverage
        self.map.show_coverage((found.places, found.options) if found.plays else None)

    def _on_watcher_file_changed(self, _path: str) -> None:
        self.reload()

    def _on_problems_item_activated(self, item: QListWidgetItem) -> None:
        open_in_editor(self.path, int(item.data(LINE_ROLE) or 1))
