"""RecruitsModel: the room as a table, one row per recruit, in the order they joined. Each
poll updates the rows in place (new recruits are inserted below), so a selection survives."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QGuiApplication, QIcon

from ...records.room import Seat
from ...records.times import Now, iso, utc_now
from ..kit import icons
from ..kit.appearance import ICON_GROWTH, px
from ..kit.language import QT_TRANSLATE_NOOP, translate
from ..kit.table_model import TableModel
from ..kit.theme import current, plain_tip
from .words import (
    CONTEXT,
    STATUS,
    Scenarios,
    explain,
    flags_text,
    result_text,
    status_word,
    time_left,
    where_text,
)

Index = QModelIndex | QPersistentModelIndex
SEAT_ROLE = Qt.ItemDataRole.UserRole + 1  # the Seat itself

def _left(seat: Seat, now: str) -> str:
    """The time left on the open decision; none while the laptop's clock is stopped."""
    return "" if seat.finished or seat.status(now) == "paused" else time_left(seat.left(now))


Cell = Callable[[Seat, str, Scenarios], str]  # seat, now, the scenarios known -> text
COLUMNS: list[tuple[str, Cell]] = [  # each header in English, said in the language installed
    (QT_TRANSLATE_NOOP("Console", "Recruit"), lambda s, now, e: s.name or s.account),
    (QT_TRANSLATE_NOOP("Console", "Status"), lambda s, now, e: status_word(s.status(now))),
    (QT_TRANSLATE_NOOP("Console", "Where they are"), lambda s, now, e: where_text(s, e)),
    (QT_TRANSLATE_NOOP("Console", "Time left"), lambda s, now, e: _left(s, now)),
    (QT_TRANSLATE_NOOP("Console", "Flags raised"), lambda s, now, e: flags_text(s.flags)),
    (QT_TRANSLATE_NOOP("Console", "Result"), lambda s, now, e: result_text(s)),
]
NAME, STATUS_COLUMN, WHERE, LEFT, FLAGS, RESULT = range(len(COLUMNS))
CENTRED = (LEFT,)  # a short figure between two texts


def _status_icon(status: str) -> QIcon:
    """The status's icon in its colour, and on a selected row in the selection's text colour
    (a playing recruit's accent icon would vanish on the accent of a selected row)."""
    _, name, token = STATUS[status]
    theme = current()
    side = px(QGuiApplication.font(), 18, ICON_GROWTH)  # grows with the text, up to a point
    made = icons.icon(name, theme.color(token), side)
    made.addPixmap(icons.pixmap(name, theme.color("accent_text"), side), QIcon.Mode.Selected)
    return made


class RecruitsModel(TableModel[Seat]):
    def __init__(self, parent: Any = None, now: Now = utc_now) -> None:
        super().__init__(parent)
        self.headers = tuple(translate(CONTEXT, column[0]) for column in COLUMNS)
        self.now = now
        self.scenarios: Scenarios = {}  # the session's, as the console finds them
        self._at = iso(now())

    def show(self, seats: list[Seat]) -> None:
        """The room as it is now: rows kept in place, newcomers added at the end."""
        self._at = iso(self.now())
        kept = len(self.rows)
        if [id(s) for s in seats[:kept]] != [id(s) for s in self.rows]:
            self.set_rows(seats)
            return
        if len(seats) > kept:
            self.beginInsertRows(QModelIndex(), kept, len(seats) - 1)
            self.rows = list(seats)
            self.endInsertRows()
        if self.rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self.rows) - 1, len(COLUMNS) - 1))

    def seat(self, row: int) -> Seat:
        return self.rows[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        seat, column = self.rows[index.row()], index.column()
        if role == SEAT_ROLE:
            return seat
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return COLUMNS[column][1](seat, self._at, self.scenarios)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(seat, column)
        if column == STATUS_COLUMN and role == Qt.ItemDataRole.DecorationRole:
            return _status_icon(seat.status(self._at))
        if column in CENTRED and role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _tip(self, seat: Seat, column: int) -> str | None:
        """The whole of a shortened cell, as plain text (a name may hold markup)."""
        text = (explain(seat.status(self._at)) if column == STATUS_COLUMN
                else COLUMNS[column][1](seat, self._at, self.scenarios))
        return plain_tip(text) if text else None
