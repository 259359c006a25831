"""The Results view, for trainers: every attempt kept in the data folder, or every attempt of
one classroom session fetched back from the LRS, filtered by scenario, trainee and mode, with
the pass rate, the mean score and a chart of the mean per competency; the summary or the
selected attempts exported, or sent to the LRS.

The attempts are read with ``run_in_background`` (``ResultsReader``); a file that cannot be
read is listed as skipped and the rest are shown. Attempts fetched from the LRS have no journal
on this computer, so only the summary of them can be exported.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...records import select
from ...scenario.library import Names
from ..filing.actions import RecordActions
from ..filing.work import Results, Row, skipped_text
from ..kit.brand import brand
from ..kit.flow import FlowLayout
from ..kit.language import QT_TRANSLATE_NOOP, translate
from ..kit.settings import Settings
from .filters import ResultsFilters
from .model import ResultsModel
from .review import ReviewDialog
from .source import LOCAL, LRS, ResultsReader, source_choice, where
from .summary import CohortSummary
from .table import AttemptsTable

# The view's words are catalogued under "ResultsView" (written out: lupdate reads only a
# literal context); its parts (filters, table, summary, chart, source) each have their own.
NO_JOURNAL = QT_TRANSLATE_NOOP("ResultsView", "Attempts fetched from the LRS have no journal on this "
                                              "computer, so they cannot be exported one by one or "
                                              "sent again; the summary CSV covers them.")


class ResultsView(QScrollArea):
    back_requested = Signal()
    lrs_requested = Signal()
    loaded = Signal(object)  # Results read on this computer (the start screen's best scores)

    def __init__(self, settings: Settings, parent: QWidget | None = None,
                 names: Names | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultsView")
        self.setWidgetResizable(True)  # a short window scrolls rather than squeezing the chart
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.found: dict[str, Results | None] = {LOCAL: None, LRS: None}
        self.shown: list[Row] = []
        self.settings = settings
        self._after_read = ""  # what to say once the records are read again
        self.records = RecordActions(settings, self)
        self.reader = ResultsReader(settings, self, names or Names({}, {}))
        self.model = ResultsModel(self)
        self.table = AttemptsTable(self.model, self)
        self.summary = CohortSummary(self)
        self.tiles, self.chart = self.summary.tiles, self.summary.chart
        self.source = source_choice(self)
        self.filters = ResultsFilters(self)
        self.skipped = self._label("warnText")
        self.status = self._label("muted")
        self.folder = QLabel("", self, objectName="muted", wordWrap=True)
        self.no_journal = QLabel(translate("ResultsView", NO_JOURNAL), self, objectName="muted",
                                 wordWrap=True)
        self.buttons: dict[str, QPushButton] = {}
        self._build()
        self.source.currentIndexChanged.connect(self._on_source_changed)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.filters.changed.connect(self.apply_filters)
        self.reader.read.connect(self._on_reader_read)
        self.reader.failed.connect(self._on_reader_failed)
        self.records.reported.connect(self._on_actions_reported)
        self.records.working.connect(lambda text: self._say(text, True))
        self._update_buttons()

    def set_names(self, names: Names) -> None:
        """The scenarios' and competencies' titles, for records fetched from the LRS."""
        self.reader.names = names

    # -- building ---------------------------------------------------------------------------
    def _label(self, style: str) -> QLabel:
        label: QLabel = QLabel("", self, objectName=style, wordWrap=True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _button(self, key: str, text: str, slot: Callable[[], object]) -> QPushButton:
        button: QPushButton = QPushButton(text, self, objectName="secondaryButton")
        button.clicked.connect(slot)
        self.buttons[key] = button
        return button

    def _row(self, *items: QWidget | None) -> QHBoxLayout:
        """Widgets side by side; None stretches."""
        row = QHBoxLayout()
        for item in items:
            if item is None:
                row.addStretch(1)
            else:
                row.addWidget(item)
        return row

    @staticmethod
    def _flow(*buttons: QWidget, right: bool = False) -> FlowLayout:
        """Buttons side by side, wrapping onto more rows with large text."""
        flow = FlowLayout(None, 8, align_right=right)
        for button in buttons:
            flow.add(button)
        return flow

    def _build(self) -> None:
        page = QWidget(self, objectName="startPage")
        column = QVBoxLayout(page)
        column.setContentsMargins(32, 20, 32, 20)
        column.setSpacing(12)
        top = QHBoxLayout()
        top.addWidget(brand(self), 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(self._flow(
            self._button("lrs", translate("ResultsView", "Learning Record Store…"), self.lrs_requested.emit),
            self._button("back", translate("ResultsView", "Back to scenarios"), self.back_requested.emit),
            right=True), 1)
        column.addLayout(top)
        column.addWidget(QLabel(translate("ResultsView", "Results"), self, objectName="headline"))
        column.addLayout(self._row(QLabel(translate("ResultsView", "Attempts from"), self), self.source,
                                   None))
        column.addWidget(self.folder)
        filters = QHBoxLayout()
        filters.addWidget(self.filters, 1)
        filters.addWidget(self._button("refresh", translate("ResultsView", "Refresh"), self.reload), 0,
                          Qt.AlignmentFlag.AlignTop)
        column.addLayout(filters)
        column.addLayout(self.summary.figures())
        self.chart_card = self.summary.chart_card()
        self.body = body = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        body.setSpacing(12)
        body.addWidget(self.table, 2)
        body.addWidget(self.chart_card, 1)
        column.addLayout(body, 1)
        column.addWidget(self.skipped)
        column.addLayout(self._flow(
            self._button("summary", translate("ResultsView", "Export summary CSV…"), self.export_summary),
            self._button("csv", translate("ResultsView", "Export selected as CSV…"),
                         lambda: self.export_selected("csv")),
            self._button("pdf", translate("ResultsView", "Export selected as PDF…"),
                         lambda: self.export_selected("pdf")),
            self._button("send", translate("ResultsView", "Send selected to LRS"), self.send_selected),
            self._button("review", translate("ResultsView", "Review written answers…"), self.review)))
        column.addWidget(self.no_journal)
        column.addWidget(self.status)
        self.setWidget(page)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The chart beside the table while both fit across, else under it (large text)."""
        super().resizeEvent(event)
        header = self.table.horizontalHeader()
        table = sum(header.sectionSizeHint(i) for i in range(header.count()))
        beside = table + self.chart_card.sizeHint().width() + 100 <= self.viewport().width()
        self.body.setDirection(QBoxLayout.Direction.LeftToRight if beside
                               else QBoxLayout.Direction.TopToBottom)

    # -- reading ----------------------------------------------------------------------------
    @property
    def source_key(self) -> str:
        return str(self.source.currentData())

    @property
    def results(self) -> Results | None:
        """The attempts of the source chosen, as last read (None before the first read)."""
        return self.found[self.source_key]

    def refresh(self) -> None:
        """Read the attempts on this computer again (in the background)."""
        self._read(LOCAL)

    def fetch(self, ask: bool = True) -> bool:
        """Fetch the saved classroom session from the LRS again; False if none is set up
        (``ask``: after asking for the LRS settings)."""
        return self._read(LRS, ask)

    def reload(self) -> None:
        """Read the source chosen again (the Refresh button)."""
        self._read(self.source_key)

    def choose_source(self, source: str) -> None:
        """Choose where the attempts come from, as a trainer would (tests and demos)."""
        self.source.setCurrentIndex(self.source.findData(source))

    def lrs_settings_changed(self) -> None:
        """The LRS settings were edited: a session on screen is fetched again."""
        if self.source_key == LRS:
            self.fetch(ask=False)  # they were just edited: no second dialog

    def _read(self, source: str, ask: bool = True) -> bool:
        if source == self.source_key:
            self._say(translate("ResultsView", "Reading the records…") if source == LOCAL else
                      translate("ResultsView", "Fetching the classroom session from the LRS…"), True)
        started = self.reader.start(source, ask)
        self._update_buttons()
        return started

    def _on_source_changed(self) -> None:
        self._show()
        self._say("", True)
        if self.source_key == LRS or self.results is None:
            self.reload()

    def _on_reader_read(self, source: str, results: Results) -> None:
        self.found[source] = results
        if source == self.source_key:
            self._show()
            self._say(self._after_read, True)
            self._after_read = ""
        if source == LOCAL:
            self.loaded.emit(results)

    def _on_reader_failed(self, source: str, text: str) -> None:
        if source == LRS:
            self.found[LRS] = None  # nothing stale is shown as if fetched just now
        if source == self.source_key:
            self._show()
            self._say(text, False)

    def _show(self) -> None:
        results = self.results
        self.folder.setText(where(results, self.source_key))
        rows = results.rows if results else []
        self.filters.offer(rows)
        self.skipped.setText(skipped_text(results.problems if results else []))
        self.skipped.setVisible(bool(self.skipped.text()))
        self.apply_filters()

    # -- filtering and the summary ----------------------------------------------------------
    def set_filter(self, key: str, value: str) -> bool:
        """Choose a filter value as a trainer would (tests and demos); "" for all."""
        return self.filters.choose(key, value)

    @property
    def means(self) -> dict[str, float]:
        return self.summary.means

    def apply_filters(self) -> None:
        rows = self.results.rows if self.results else []
        scenario, trainee, mode = self.filters.chosen()
        wanted = {id(r) for r in select([row.record for row in rows], scenario, trainee, mode)}
        self.shown = [row for row in rows if id(row.record) in wanted]
        self.table.show_rows(self.shown)
        self.summary.show([row.record for row in self.shown])
        self._update_buttons()

    # -- exports and sending ----------------------------------------------------------------
    def selected_rows(self) -> list[Row]:
        return self.table.selected_rows()

    def _update_buttons(self) -> None:
        local = self.source_key == LOCAL
        for key in ("csv", "pdf", "send"):
            self.buttons[key].setEnabled(local and self.table.has_selection())
            self.buttons[key].setToolTip("" if local else translate("ResultsView", NO_JOURNAL))
        self.buttons["summary"].setEnabled(bool(self.shown))
        self.buttons["review"].setEnabled(local and bool(self.shown))
        self.buttons["review"].setToolTip(translate("ResultsView", "The selected attempts' written "
                                                                   "answers (or all shown): confirm or "
                                                                   "overturn each flag, add one it "
                                                                   "missed"))
        self.buttons["refresh"].setEnabled(self.source_key not in self.reader.busy)
        self.no_journal.setVisible(not local)

    def export_summary(self) -> bool:
        return self.records.export_summary([row.record for row in self.shown])

    def export_selected(self, fmt: str) -> bool:
        return self.records.export(self.selected_rows(), fmt)

    def send_selected(self) -> bool:
        return self.records.send(self.selected_rows())

    def review(self) -> ReviewDialog:
        """Open the review of the selected attempts' written answers (all shown, if none is
        selected); saved rulings re-read the records."""
        rows = self.selected_rows() or self.shown
        dialog = ReviewDialog([r.path for r in rows if r.path is not None and r.record.finished],
                              self.settings.reviewer, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._on_review_saved)
        dialog.saved.connect(lambda _: setattr(self.settings, "reviewer", dialog.reviewer.text()))
        dialog.open()
        return dialog

    def _on_review_saved(self, count: int) -> None:
        self.refresh()
        said = (translate("ResultsView", "Rulings saved on {count} attempt; the scores follow them.")
                if count == 1 else
                translate("ResultsView", "Rulings saved on {count} attempts; the scores follow them."))
        self._after_read = said.format(count=count)

    def _on_actions_reported(self, text: str, ok: bool) -> None:
        self._say(text, ok)

    def _say(self, text: str, ok: bool) -> None:
        self.status.setObjectName("muted" if ok else "warnText")
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self.status.setText(text)
