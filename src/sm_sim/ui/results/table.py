"""AttemptsTable: the Results view's table of attempts over a ``ResultsModel``, sortable, with
several rows selectable for the per-attempt exports."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from ..filing.work import Row
from ..kit.appearance import notifier
from ..kit.language import translate
from .model import STRETCH, ResultsModel


class AttemptsTable(QTableView):
    def __init__(self, model: ResultsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.results = model
        self.setModel(model)
        self.setAccessibleName(translate("AttemptsTable", "Attempts"))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setAlternatingRowColors(True)
        self.setMinimumHeight(240)
        self.setShowGrid(False)
        self.verticalHeader().hide()
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        # Large text: the columns keep their width and the table scrolls across.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        header = self.horizontalHeader()
        for column in range(model.columnCount()):  # names take what is left, elided
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column in STRETCH
                                        else QHeaderView.ResizeMode.ResizeToContents)
        self.setSortingEnabled(True)
        self.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self._fit_titles()
        notifier().changed.connect(self._fit_titles)

    def _fit_titles(self, _appearance: object = None) -> None:
        """No column narrower than its title (the names shorten, never the headings)."""
        header = self.horizontalHeader()
        header.setMinimumSectionSize(max(header.sectionSizeFromContents(c).width()
                                         for c in STRETCH))

    def show_rows(self, rows: list[Row]) -> None:
        """Show ``rows`` in the order the header's sort indicator asks for."""
        self.results.set_rows(rows)
        header = self.horizontalHeader()
        self.results.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())

    def selected_rows(self) -> list[Row]:
        picked = sorted({index.row() for index in self.selectionModel().selectedRows()})
        return [self.results.row(number) for number in picked]

    def has_selection(self) -> bool:
        return bool(self.selectionModel().selectedRows())
