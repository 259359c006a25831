"""RecruitsTable: the room's table over a ``RecruitsModel``; one recruit selected at a time
(their replies show beside it). Where they are and the open decision share the width the
other columns leave, shortened with an ellipsis (the whole is the cell's tooltip)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from ...records.room import Seat
from ..kit.appearance import notifier, px
from .model import SEAT_ROLE, STRETCH, RecruitsModel


class RecruitsTable(QTableView):
    def __init__(self, model: RecruitsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.recruits = model
        self.setModel(model)
        self.setAccessibleName("Recruits in the room")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        for column in range(model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column in STRETCH
                                        else QHeaderView.ResizeMode.ResizeToContents)
        self._fit_rows()
        notifier().changed.connect(self._fit_rows)

    def _fit_rows(self, _appearance: object = None) -> None:
        """Rows with room to breathe, growing with the text size."""
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + px(self.font(), 14))

    def selected_seat(self) -> Seat | None:
        rows = self.selectionModel().selectedRows()
        if not rows:
            return None
        seat = rows[0].data(SEAT_ROLE)
        return seat if isinstance(seat, Seat) else None
