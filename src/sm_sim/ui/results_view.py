"""The Results view, for trainers: every attempt kept in the data folder, filtered by
scenario, trainee and mode, with the pass rate, the mean score and a chart of the mean per
competency; the summary or the selected attempts exported, or sent to the LRS.

The records are read with ``run_in_background``; a file that cannot be read is listed as
skipped and the rest are shown.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..records import Record, select
from ..records.cohort import Group
from .attempt_bar import brand
from .background import run_in_background
from .record_actions import RecordActions, explain
from .record_work import Results, Row, filter_choices, load_results, skipped_text
from .results_chart import CohortChart
from .results_model import STRETCH, ResultsModel
from .settings import Settings
from .stat_tile import StatTile

ALL = ""


class ResultsView(QScrollArea):
    back_requested = Signal()
    lrs_requested = Signal()
    loaded = Signal(object)  # Results, once read (the start screen's best scores use them too)

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultsView")
        self.setWidgetResizable(True)  # a short window scrolls rather than squeezing the chart
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.results: Results | None = None
        self.shown: list[Row] = []
        self.means: dict[str, float] = {}  # competency -> mean over the finished rows shown
        self._reading = 0  # which refresh is the latest (an older one's answer is dropped)
        self.records = RecordActions(settings, self)
        self.model = ResultsModel(self)
        self.chart = CohortChart(self)
        self.table = self._table()
        self.filters = {key: self._combo(name) for key, name in
                        (("scenario", "Scenario"), ("trainee", "Trainee"), ("mode", "Mode"))}
        self.tiles = [StatTile(c, self) for c in ("Attempts", "Pass rate", "Mean score")]
        self.skipped = QLabel("", self, objectName="warnText", wordWrap=True)
        self.skipped.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QLabel("", self, objectName="muted", wordWrap=True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder = QLabel("", self, objectName="muted", wordWrap=True)
        self.buttons: dict[str, QPushButton] = {}
        self._build()
        self.records.reported.connect(self._on_actions_reported)
        self.records.working.connect(lambda text: self._say(text, True))
        self._update_buttons()

    # -- building ---------------------------------------------------------------------------
    def _table(self) -> QTableView:
        table = QTableView(self)
        table.setModel(self.model)
        table.setAccessibleName("Attempts")
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setAlternatingRowColors(True)
        table.setMinimumHeight(240)
        table.setShowGrid(False)
        table.verticalHeader().hide()
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = table.horizontalHeader()
        for column in range(self.model.columnCount()):  # names take what is left, elided
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column in STRETCH
                                        else QHeaderView.ResizeMode.ResizeToContents)
        table.setSortingEnabled(True)
        table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        table.selectionModel().selectionChanged.connect(self._update_buttons)
        return table

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(f"{name} filter")
        combo.setMinimumWidth(200)
        combo.currentIndexChanged.connect(self.apply_filters)
        return combo

    def _button(self, key: str, text: str) -> QPushButton:
        button: QPushButton = QPushButton(text, self, objectName="secondaryButton")
        self.buttons[key] = button
        return button

    def _build(self) -> None:
        page = QWidget(self, objectName="startPage")
        column = QVBoxLayout(page)
        column.setContentsMargins(32, 20, 32, 20)
        column.setSpacing(12)
        top = QHBoxLayout()
        top.addWidget(brand(self))
        top.addStretch(1)
        self._button("lrs", "Learning Record Store…").clicked.connect(self.lrs_requested)
        self._button("back", "Back to scenarios").clicked.connect(self.back_requested)
        top.addWidget(self.buttons["lrs"])
        top.addWidget(self.buttons["back"])
        column.addLayout(top)
        column.addWidget(QLabel("Results", self, objectName="headline"))
        column.addWidget(self.folder)
        filters = QHBoxLayout()
        for key, combo in self.filters.items():
            filters.addWidget(QLabel(key.title(), self))
            filters.addWidget(combo)
        filters.addStretch(1)
        self._button("refresh", "Refresh").clicked.connect(self.refresh)
        filters.addWidget(self.buttons["refresh"])
        column.addLayout(filters)
        tiles = QGridLayout()
        tiles.setSpacing(12)
        for number, tile in enumerate(self.tiles):
            tiles.addWidget(tile, 0, number)
        column.addLayout(tiles)
        body = QHBoxLayout()
        body.setSpacing(12)
        body.addWidget(self.table, 2)
        chart_card = QFrame(self, objectName="card")
        chart_column = QVBoxLayout(chart_card)
        chart_column.setContentsMargins(18, 12, 18, 12)
        chart_column.addWidget(QLabel("Mean score per competency", chart_card,
                                      objectName="cardTitle"))
        chart_column.addWidget(self.chart)
        chart_column.addWidget(QLabel("The mean of the finished attempts shown; n is how many "
                                      "of them were scored on that competency.", chart_card,
                                      objectName="muted", wordWrap=True))
        chart_column.addStretch(1)
        body.addWidget(chart_card, 1)
        column.addLayout(body, 1)
        column.addWidget(self.skipped)
        actions = QHBoxLayout()
        self._button("summary", "Export summary CSV…").clicked.connect(self.export_summary)
        self._button("csv", "Export selected as CSV…").clicked.connect(
            lambda: self.export_selected("csv"))
        self._button("pdf", "Export selected as PDF…").clicked.connect(
            lambda: self.export_selected("pdf"))
        self._button("send", "Send selected to LRS").clicked.connect(self.send_selected)
        for key in ("summary", "csv", "pdf", "send"):
            actions.addWidget(self.buttons[key])
        actions.addStretch(1)
        column.addLayout(actions)
        column.addWidget(self.status)
        self.setWidget(page)

    # -- reading ----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read every attempt again (in the background)."""
        self._say("Reading the records…", True)
        self.buttons["refresh"].setEnabled(False)
        self._reading += 1
        reading = self._reading
        run_in_background(load_results, lambda results: self._on_results_loaded(results, reading),
                          self._on_results_failed, context=self)

    def _on_results_loaded(self, results: Results, reading: int) -> None:
        if reading != self._reading:
            return  # a later refresh is on its way
        self.results = results
        self.buttons["refresh"].setEnabled(True)
        self.folder.setText(f"Every attempt kept on this computer, in {results.folder}")
        self._fill_filters(results.rows)
        self._show_problems(results.problems)
        self.apply_filters()
        self._say("", True)
        self.loaded.emit(results)

    def _on_results_failed(self, err: BaseException) -> None:
        self.buttons["refresh"].setEnabled(True)
        self._say(f"The records could not be read: {explain(err)}", False)

    def _fill_filters(self, rows: list[Row]) -> None:
        choices = filter_choices(rows)
        everyone = {"scenario": "All scenarios", "trainee": "All trainees", "mode": "All modes"}
        for key, combo in self.filters.items():
            kept = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everyone[key], ALL)
            for text, value in choices[key]:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(0, combo.findData(kept)))
            combo.blockSignals(False)

    def _show_problems(self, problems: list[str]) -> None:
        self.skipped.setText(skipped_text(problems))
        self.skipped.setVisible(bool(problems))

    # -- filtering and the summary ----------------------------------------------------------
    def set_filter(self, key: str, value: str) -> bool:
        """Choose a filter value as a trainer would (tests and demos); "" for all."""
        combo = self.filters[key]
        index = combo.findData(value)
        if index >= 0:
            combo.setCurrentIndex(index)
        return index >= 0

    def apply_filters(self) -> None:
        rows = self.results.rows if self.results else []
        scenario, trainee, mode = (self.filters[k].currentData() or None
                                   for k in ("scenario", "trainee", "mode"))
        wanted = {id(r) for r in select([row.record for row in rows], scenario, trainee, mode)}
        self.shown = [row for row in rows if id(row.record) in wanted]
        self.model.set_rows(self.shown)
        header = self.table.horizontalHeader()
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self._summarise([row.record for row in self.shown])
        self._update_buttons()

    def _summarise(self, records: list[Record]) -> None:
        cohort = Group("", records)
        done = cohort.done
        rate, mean = cohort.pass_rate, cohort.mean_score
        trainees = len({r.trainee_id for r in records})
        self.tiles[0].show_value(str(len(records)), f"{len(done)} finished · {trainees} "
                                 f"trainee{'s' * (trainees != 1)}")
        passed = sum(bool(r.passed) for r in done)
        self.tiles[1].show_value("–" if rate is None else f"{rate:.0%}",
                                 f"{passed} of {len(done)} finished passed")
        self.tiles[2].show_value("–" if mean is None else f"{mean:.0f}", "out of 100")
        titles = cohort.titles()
        counts = {name: sum(name in r.competencies for r in done)
                  for name in cohort.competency_means()}
        self.means = cohort.competency_means()
        self.chart.set_rows([(titles.get(name, name), value, counts[name])
                             for name, value in self.means.items()])

    # -- exports and sending ----------------------------------------------------------------
    def selected_rows(self) -> list[Row]:
        picked = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.row(number) for number in picked]

    def _update_buttons(self) -> None:
        chosen = bool(self.table.selectionModel().selectedRows())
        for key in ("csv", "pdf", "send"):
            self.buttons[key].setEnabled(chosen)
        self.buttons["summary"].setEnabled(bool(self.shown))

    def export_summary(self) -> bool:
        return self.records.export_summary([row.record for row in self.shown])

    def export_selected(self, fmt: str) -> bool:
        return self.records.export(self.selected_rows(), fmt)

    def send_selected(self) -> bool:
        return self.records.send(self.selected_rows())

    def _on_actions_reported(self, text: str, ok: bool) -> None:
        self._say(text, ok)

    def _say(self, text: str, ok: bool) -> None:
        self.status.setObjectName("muted" if ok else "warnText")
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self.status.setText(text)
