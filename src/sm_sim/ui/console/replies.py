"""The selected recruit's written replies, under the room: each with the flags the detectors
raised, read in full below the list, and a tick to show it in the class debrief. All plain
text: a list view never reads a reply as markup, nor does the reader under it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QItemSelection,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListView, QPlainTextEdit, QVBoxLayout, QWidget

from ...records.classdebrief import heading_for, reply_key
from ...records.room import Reply, Seat
from ...scoring.language import JUDGED
from ..kit.flags import flag_title, written_in
from ..kit.language import QT_TRANSLATE_NOOP, translate
from ..kit.theme import PLAIN, plain_tip
from .words import CONTEXT, Scenarios, prompt_of

Index = QModelIndex | QPersistentModelIndex
Key = tuple[str, str, str, str]
PICK = QT_TRANSLATE_NOOP("Console", "Select a recruit in the table to read what they wrote.")
TICK = QT_TRANSLATE_NOOP("Console", "Tick a reply to show it in the class debrief (as “Recruit A”, "
                                    "not by name, unless you choose Show names there).")


def flag_words(reply: Reply) -> str:
    if reply.language not in JUDGED:  # the detectors did not read it: no flags means nothing
        language = written_in(reply.language)
        return translate("Console", "Not read by the detectors (written {language})").format(
            language=language)
    return ", ".join(flag_title(f) for f in reply.flags) or translate("Console", "No flags")


def where_written(decision: str) -> str:
    """``heading_for`` (records, English) in the language installed: a heading for replies
    written on the feed, unasked; an unknown decision's id as it is."""
    if decision.startswith("feed:"):
        return translate("Console", "Written on the feed, unasked ({verb})").format(
            verb=decision.removeprefix("feed:"))
    return heading_for(decision)


class RepliesModel(QAbstractListModel):
    ticked = Signal(object, bool)  # a reply's key, and whether it is now shown in the debrief

    def __init__(self, shown: set[Key], parent: Any = None) -> None:
        super().__init__(parent)
        self.replies: list[Reply] = []
        self.shown = shown  # the console's: ticks here are the debrief's

    def set_replies(self, replies: list[Reply]) -> None:
        if [reply_key(r) for r in replies] == [reply_key(r) for r in self.replies]:
            return
        self.beginResetModel()
        self.replies = list(replies)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's name
        return 0 if parent.isValid() else len(self.replies)

    def flags(self, index: Index) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsUserCheckable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.replies):
            return None
        reply = self.replies[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{'⚑ ' if reply.flags else ''}{flag_words(reply)} — {reply.text}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tip(reply.text)
        if role == Qt.ItemDataRole.CheckStateRole:
            return (Qt.CheckState.Checked if reply_key(reply) in self.shown
                    else Qt.CheckState.Unchecked)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        key = reply_key(self.replies[index.row()])
        on = Qt.CheckState(value) == Qt.CheckState.Checked
        (self.shown.add if on else self.shown.discard)(key)
        self.dataChanged.emit(index, index, [role])
        self.ticked.emit(key, on)
        return True


class RepliesPanel(QWidget):
    """Under the room: the list of replies on the left, the one chosen in full on the right."""

    def __init__(self, shown: set[Key], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = RepliesModel(shown, self)
        self.scenarios: Scenarios = {}  # the session's, as the console finds them
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 6, 0, 0)
        column = QVBoxLayout()
        self.title = QLabel(translate("Console", "Replies"), self, objectName="sectionTitle", wordWrap=True,
                            textFormat=PLAIN)
        column.addWidget(self.title)
        self.hint = QLabel(translate(CONTEXT, PICK), self, objectName="muted", wordWrap=True)
        column.addWidget(self.hint)
        self.list = QListView(self)
        self.list.setAccessibleName(translate("Console", "Their written replies"))
        self.list.setModel(self.model)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setUniformItemSizes(True)
        column.addWidget(self.list, 1)
        row.addLayout(column, 1)
        self.reader = QPlainTextEdit(self)
        self.reader.setReadOnly(True)
        self.reader.setAccessibleName(translate("Console", "The reply chosen, in full"))
        self.reader.setPlaceholderText(translate("Console", "Choose a reply to read it in full."))
        row.addWidget(self.reader, 1)
        self.list.selectionModel().selectionChanged.connect(self._on_list_selection_changed)
        self.seat: Seat | None = None

    def show_seat(self, seat: Seat | None) -> None:
        self.seat = seat
        self.hint.setText(translate(CONTEXT, PICK if seat is None else TICK))
        if seat is None:
            self.title.setText(translate("Console", "Replies"))
            self.model.set_replies([])
            self.reader.clear()
            return
        who = seat.name or seat.account
        count = len(seat.replies)
        said = (translate("Console", "Replies from {name}") if count
                else translate("Console", "{name} has written no replies yet"))
        self.title.setText(said.format(name=who))
        self.model.set_replies(seat.replies)

    def _on_list_selection_changed(self, chosen: QItemSelection, _old: QItemSelection) -> None:
        rows = [i.row() for i in chosen.indexes()]
        if not rows:
            return
        reply = self.model.replies[rows[0]]
        where = prompt_of(self.scenarios, reply.scenario, reply.decision) or where_written(reply.decision)
        self.reader.setPlainText("\n".join((
            reply.text, "", translate("Console", "Flags: {flags}").format(flags=flag_words(reply)),
            translate("Console", "Where: {where}").format(where=where))))
