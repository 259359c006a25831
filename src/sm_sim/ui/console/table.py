"""RecruitsTable: the room's table over a ``RecruitsModel``; one recruit selected at a time
(their replies show under it). Where they are takes the width the other columns leave,
shortened with an ellipsis (the whole is the cell's tooltip)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from ...records.room import Seat
from ..kit.appearance import ICON_GROWTH, notifier, px
from ..kit.language import translate
from .model import SEAT_ROLE, WHERE, RecruitsModel


class RecruitsTable(QTableView):
    def __init__(self, model: RecruitsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.recruits = model
        self.setModel(model)
        self.setAccessibleName(translate("Console", "Recruits in the room"))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for column in range(model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive if column == WHERE
                                        else QHeaderView.ResizeMode.ResizeToContents)
        header.sectionResized.connect(self._on_header_section_resized)
        self._fit_rows()
        notifier().changed.connect(self._fit_rows)

    def _fit_rows(self, _appearance: object = None) -> None:
        """Rows with room to breathe, growing with the text size."""
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + px(self.font(), 14))
        side = px(self.font(), 18, ICON_GROWTH)
        self.setIconSize(QSize(side, side))
        self.fit_where()

    def fit_where(self) -> None:
        """Where they are takes the width the other columns leave, but never less than about
        twenty letters (with large text the table then scrolls across)."""
        header = self.horizontalHeader()
        others = sum(header.sectionSize(c) for c in range(header.count()) if c != WHERE)
        least = self.fontMetrics().horizontalAdvance("x") * 22
        header.resizeSection(WHERE, max(least, self.viewport().width() - others))

    def _on_header_section_resized(self, column: int, _old: int, _new: int) -> None:
        if column != WHERE:  # a count or a flag grew: the place shrinks to make room
            self.fit_where()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_where()

    def selected_seat(self) -> Seat | None:
        rows = self.selectionModel().selectedRows()
        if not rows:
            return None
        seat = rows[0].data(SEAT_ROLE)
        return seat if isinstance(seat, Seat) else None
