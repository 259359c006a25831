"""The workbench's master timeline: one path through the scenario (the best or worst play,
or the way to the state chosen on the map) as a time-axis strip and a sortable events list.
A click on a row or a bar says which state it belongs to (``state_clicked``); every reload
works it out again."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...engine.events import clock_text
from ...engine.play import LAST
from ...engine.run import ActionError
from ...engine.timeline import PathError, Row, Timeline, timeline
from ...scenario.model import Scenario
from ..kit.language import QT_TRANSLATE_NOOP, say, translate
from ..kit.table_model import TableModel
from ..kit.theme import PLAIN, current, plain_tip
from .stale import StaleNote
from .strip import TimeStrip

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
COLUMNS = (QT_TRANSLATE_NOOP("Workbench", "Time"), QT_TRANSLATE_NOOP("Workbench", "State"),
           QT_TRANSLATE_NOOP("Workbench", "Kind"), QT_TRANSLATE_NOOP("Workbench", "Who"),
           QT_TRANSLATE_NOOP("Workbench", "What"), QT_TRANSLATE_NOOP("Workbench", "Meanwhile"))
WHAT, MEANWHILE = 4, 5
WIDTHS = (0, 12, 13, 14, 0, 18)  # in average characters; 0: to fit its contents, or the rest
FITTED, WIDEST = (1, 2, 3), 24  # state, kind, who: as wide as their contents, up to 24 characters
PATHS = ((QT_TRANSLATE_NOOP("Workbench", "Best play"), "best"),
         (QT_TRANSLATE_NOOP("Workbench", "Worst play"), "worst"),
         (QT_TRANSLATE_NOOP("Workbench", "To the state chosen on the map"), ""))
PACES = ((QT_TRANSLATE_NOOP("Workbench", "answers at the last moment"), LAST),
         (QT_TRANSLATE_NOOP("Workbench", "answers at once"), 0.0),
         (QT_TRANSLATE_NOOP("Workbench", "answers after 30 s"), 30.0))


def compact(table: QTableView) -> None:
    """One line a row, as tall as the text needs, with no row numbers."""
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    table.setWordWrap(False)


class TimelineModel(TableModel[Row]):
    headers = COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        said = super().headerData(section, orientation, role)
        return translate("Workbench", said) if isinstance(said, str) else said

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tip(self._text(row, column))
        if role == SORT_ROLE:  # the sort is stable: rows at one time keep their order
            return row.at if column == 0 else self._text(row, column).casefold()
        if role == Qt.ItemDataRole.ForegroundRole and (not row.lands or column == MEANWHILE):
            return current().color("muted")
        return None

    @staticmethod
    def _text(row: Row, column: int) -> str:
        """A cell as the reader sees it: the engine's words said in the language spoken (the
        scenario's own, the state and who, as written)."""
        if column == 0:
            return clock_text(row.at) + (f"–{clock_text(row.until)}" if row.until is not None else "")
        if column == WHAT:
            return say(row.text) if row.lands else translate(
                "Workbench", "never lands (the run has ended): {text}").format(text=say(row.text))
        if column == MEANWHILE:
            return "; ".join(say(span) for span in row.during)
        return (row.state, say(row.kind), say(row.who))[column - 1]


class TimelinePanel(QWidget):
    state_clicked = Signal(str)  # the state (or ending) of the row clicked
    refreshed = Signal()  # the timeline was worked out again

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelinePanel")
        self.scenario: Scenario | None = None
        self.found: Timeline | None = None
        self.target = ""  # the state chosen on the map, for "to the chosen state"
        self._quiet = False  # a click here chose the state: the path stays as it is
        self.path = QComboBox(self, objectName="timelinePath")
        self.path.setAccessibleName(translate("Workbench", "Which path the timeline follows"))
        self.pace = QComboBox(self, objectName="timelinePace")
        self.pace.setAccessibleName(translate("Workbench", "How long the trainee takes over each "
                                              "decision"))
        for combo, items in ((self.path, PATHS), (self.pace, PACES)):
            for label, value in items:
                combo.addItem(translate("Workbench", label), value)
            combo.currentIndexChanged.connect(lambda _index: self.refresh())
        self.summary = QLabel("", self, objectName="muted", wordWrap=True, textFormat=PLAIN)
        self.stale = StaleNote(self)
        self.strip = TimeStrip(self)
        self.strip.row_clicked.connect(self._on_strip_row_clicked)
        self.model = TimelineModel(self)
        self.sorted = QSortFilterProxyModel(self)
        self.sorted.setSourceModel(self.model)
        self.sorted.setSortRole(SORT_ROLE)
        self.table = QTableView(self, objectName="timelineTable")
        self.table.setAccessibleName(translate("Workbench", "Events of the path, in time order"))
        self.table.setModel(self.sorted)
        self._build()

    def _build(self) -> None:
        table = self.table
        table.setSortingEnabled(True)
        table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        compact(table)
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        em = table.fontMetrics().averageCharWidth()
        for column, width in enumerate(WIDTHS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents if column == 0
                                        else QHeaderView.ResizeMode.Stretch if column == WHAT
                                        else QHeaderView.ResizeMode.Interactive)
            if width:
                table.setColumnWidth(column, width * em)
        table.clicked.connect(self._on_table_clicked)
        table.activated.connect(self._on_table_clicked)
        top = QHBoxLayout()
        top.addWidget(QLabel(translate("Workbench", "Path"), self), 0)
        top.addWidget(self.path, 0)
        top.addWidget(self.pace, 0)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addLayout(top)
        layout.addWidget(self.stale)
        layout.addWidget(self.summary)
        layout.addWidget(self.strip)
        layout.addWidget(table, 1)

    # -- what it follows --------------------------------------------------------------------------
    def set_scenario(self, scenario: Scenario | None) -> None:
        """The file was read again: work the path out again (a broken file keeps the last,
        and says so)."""
        self.stale.follow(scenario is not None, self.scenario is not None)
        if scenario is not None:
            self.scenario = scenario
            self.refresh()

    def follow(self, node_id: str) -> None:
        """The state chosen on the map: the path to it, if that is the path shown."""
        if self._quiet or node_id == self.target:
            return
        self.target = node_id
        if not self.path.currentData():
            self.refresh()

    def refresh(self) -> None:
        scenario, path = self.scenario, self.path.currentData() or self.target
        if scenario is None:
            return
        try:
            found: Timeline | None = timeline(scenario, path or "best", self.pace.currentData())
        except (PathError, ActionError) as err:
            found, said = None, say(str(err))
        else:
            said = self._said(found) if path else translate(
                "Workbench", "Choose a state on the map: the timeline shows the way to it (the best "
                "play until then).")
        self.found = found
        self.model.set_rows(found.rows if found and path else ())
        self._fit_columns()
        self.strip.show_timeline(found if path else None)
        self.summary.setText(said)
        self.refreshed.emit()

    def _fit_columns(self) -> None:
        """Widen state, kind and who to read whole (up to 24 characters) as far as the table
        has room: what is said keeps at least half of it."""
        table, em = self.table, self.table.fontMetrics().averageCharWidth()
        least = [WIDTHS[c] * em for c in FITTED]
        wanted = [max(low, min(max(table.sizeHintForColumn(c),
                                   table.horizontalHeader().sectionSizeHint(c)), WIDEST * em))
                  for c, low in zip(FITTED, least, strict=True)]
        others = sum(table.columnWidth(c) for c in range(len(COLUMNS)) if c not in (*FITTED, WHAT))
        spare = max(0, table.viewport().width() // 2 - others - sum(least))
        more = sum(wanted) - sum(least)
        share = min(1.0, spare / more) if more else 0.0
        for column, low, width in zip(FITTED, least, wanted, strict=True):
            table.setColumnWidth(column, round(low + (width - low) * share))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    @staticmethod
    def _said(found: Timeline | None) -> str:
        if found is None:
            return ""
        alongside = sum(bool(r.during) for r in found.rows)
        said = translate("Workbench", "Ends in {ending} at {time} · {count} events, {alongside} while "
                         "a burst or a decision runs").format(
            ending=found.ending, time=clock_text(found.length), count=len(found.rows),
            alongside=alongside)
        if not found.reached:
            said = translate("Workbench", "{said} · this path does not reach {state}: its conditions "
                             "led elsewhere").format(said=said, state=found.path)
        return said

    # -- clicks -----------------------------------------------------------------------------------
    def select_row(self, number: int) -> None:
        """Choose row ``number`` of the timeline: in the list, on the strip and on the map."""
        if self.found is None or not 0 <= number < len(self.model.rows):
            return
        shown = self.sorted.mapFromSource(self.model.index(number, 0))
        self.table.selectRow(shown.row())
        self.table.scrollTo(shown)
        self.strip.choose(number)
        self._quiet = True
        try:
            self.state_clicked.emit(self.model.rows[number].state)
        finally:
            self._quiet = False

    def _on_table_clicked(self, index: QModelIndex) -> None:
        self.select_row(self.sorted.mapToSource(index).row())

    def _on_strip_row_clicked(self, number: int) -> None:
        self.select_row(number)
