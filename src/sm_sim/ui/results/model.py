"""ResultsModel: the attempts of the Results view as a table (one row per attempt), sortable
by any column. The view filters; the model shows what it is given."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from ...records.times import local_time
from ..filing.work import Row, mode_text
from ..kit.language import QT_TRANSLATE_NOOP, translate
from ..kit.table_model import TableModel
from ..kit.theme import current

Index = QModelIndex | QPersistentModelIndex


def _score(row: Row) -> str:
    return "" if row.record.score is None else str(row.record.score)


# The column titles are catalogued under "ResultsModel" (written out: lupdate reads only a
# literal context) and said when the model is made; the cells hold the attempts' own values.
COLUMNS: list[tuple[str, Callable[[Row], str], Callable[[Row], Any]]] = [
    (QT_TRANSLATE_NOOP("ResultsModel", "Started"), lambda r: local_time(r.record.started, short=True),
     lambda r: r.record.started),
    (QT_TRANSLATE_NOOP("ResultsModel", "Trainee"), lambda r: r.record.trainee,
     lambda r: r.record.trainee.casefold()),
    (QT_TRANSLATE_NOOP("ResultsModel", "Scenario"), lambda r: r.title, lambda r: r.title.casefold()),
    (QT_TRANSLATE_NOOP("ResultsModel", "Mode"), lambda r: mode_text(r.record.mode), lambda r: r.record.mode),
    (QT_TRANSLATE_NOOP("ResultsModel", "Session"), lambda r: r.record.session or "",
     lambda r: r.record.session or ""),
    (QT_TRANSLATE_NOOP("ResultsModel", "Score"), _score,
     lambda r: -1 if r.record.score is None else r.record.score),
    (QT_TRANSLATE_NOOP("ResultsModel", "Result"), lambda r: r.status_text, lambda r: r.status),
]
SCORE, RESULT = 5, 6
STRETCH = (1, 2)  # trainee and scenario share the width left by the others


class ResultsModel(TableModel[Row]):
    headers = tuple(column[0] for column in COLUMNS)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.headers = tuple(translate("ResultsModel", column[0]) for column in COLUMNS)

    def row(self, index: int) -> Row:
        return self.rows[index]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return COLUMNS[column][1](row)
        if role == Qt.ItemDataRole.ForegroundRole and column == RESULT:
            token = {"Passed": "good", "Not passed": "bad"}.get(row.status, "muted")
            return current().color(token)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == SCORE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:  # a shortened name's whole, and where it is kept
            kept = (str(row.path) if row.path else
                    translate("ResultsModel", "Fetched from the LRS: no journal on this computer"))
            return f"{COLUMNS[column][1](row)}\n{kept}" if column in STRETCH else kept
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column][2]
        self.layoutAboutToBeChanged.emit()
        kept = self.persistentIndexList()  # the selection follows its rows
        held = [(self.rows[i.row()], i.column()) for i in kept]
        self.rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        where = {id(row): number for number, row in enumerate(self.rows)}
        self.changePersistentIndexList(kept, [self.index(where[id(row)], column)
                                              for row, column in held])
        self.layoutChanged.emit()
