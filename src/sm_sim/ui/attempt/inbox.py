"""The work inbox: internal messages (sergeant, inspector, comms, Professional Standards),
email-like, coloured by urgency, with an unread count. A model, a painted row, a reader."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListView,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTextBrowser,
    QWidget,
)

from ...engine import events as ev
from ...engine.events import clock_text
from ...scenario.model import ROLE_WORDS
from ..kit.announce import announce
from ..kit.appearance import notifier
from ..kit.language import QT_TRANSLATE_NOOP, say, translate
from ..kit.rows import ITEM_ROLE, RowsModel
from ..kit.theme import current, paint_focus

Index = QModelIndex | QPersistentModelIndex
URGENCY_TOKENS = {"low": "muted", "normal": "accent", "high": "warn", "urgent": "bad"}
SAID_URGENCIES = ("high", "urgent")  # named in the row, not only coloured
URGENCIES = {"low": QT_TRANSLATE_NOOP("InboxPanel", "low"),
             "normal": QT_TRANSLATE_NOOP("InboxPanel", "normal"),
             "high": QT_TRANSLATE_NOOP("InboxPanel", "high"),
             "urgent": QT_TRANSLATE_NOOP("InboxPanel", "urgent")}
URGENCY_TITLES = {"low": QT_TRANSLATE_NOOP("InboxPanel", "Low"),
                  "normal": QT_TRANSLATE_NOOP("InboxPanel", "Normal"),
                  "high": QT_TRANSLATE_NOOP("InboxPanel", "High"),
                  "urgent": QT_TRANSLATE_NOOP("InboxPanel", "Urgent")}
CHANNELS = {"email": QT_TRANSLATE_NOOP("InboxPanel", "email"),
            "message": QT_TRANSLATE_NOOP("InboxPanel", "message")}


def role_text(role: str) -> str:
    english = ROLE_WORDS.get(role)
    return say(english) if english else role.replace("_", " ")
MESSAGE_ROLE = ITEM_ROLE
UNREAD_ROLE = Qt.ItemDataRole.UserRole + 2


class InboxModel(RowsModel):
    unread_changed = Signal(int)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)  # messages, newest first
        self._read: set[str] = set()

    def role_data(self, message: ev.InternalMessageReceived, role: int) -> Any:
        if role == UNREAD_ROLE:
            return message.message_id not in self._read
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{message.name}: {message.subject}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            said = translate("InboxPanel", "{urgency} urgency, from {name}: {subject}").format(
                urgency=urgency(message.urgency), name=message.name, subject=message.subject)
            if message.message_id not in self._read:
                said = translate("InboxPanel", "Unread. {message}").format(message=said)
            return said
        return None

    @property
    def unread(self) -> int:
        return sum(m.message_id not in self._read for m in self._items)

    def add(self, message: ev.InternalMessageReceived) -> None:
        self.insert(0, message)
        self.unread_changed.emit(self.unread)

    def mark_read(self, row: int) -> None:
        if 0 <= row < len(self._items) and self._items[row].message_id not in self._read:
            self._read.add(self._items[row].message_id)
            self.dataChanged.emit(self.index(row), self.index(row))
            self.unread_changed.emit(self.unread)


def urgency(level: str, title: bool = False) -> str:
    """An urgency in a word, in the language installed ("Urgent" when ``title``)."""
    english = (URGENCY_TITLES if title else URGENCIES).get(level)
    return translate("InboxPanel", english) if english else (level.title() if title else level)


def when_text(message: ev.InternalMessageReceived) -> str:
    """A row's time, and its urgency in a word when it is high (not only the strip's colour)."""
    when = clock_text(message.t)
    return f"{urgency(message.urgency, title=True)} · {when}" if message.urgency in SAID_URGENCIES else when


class InboxDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return QSize(option.rect.width(), 3 * QFontMetrics(option.font).height() + 20)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        message: ev.InternalMessageReceived | None = index.data(MESSAGE_ROLE)
        if message is None:
            return
        theme, rect, unread = current(), option.rect, bool(index.data(UNREAD_ROLE))
        painter.save()
        selected = option.state & QStyle.StateFlag.State_Selected
        painter.fillRect(rect, theme.color("hover" if selected else "card"))
        painter.fillRect(QRect(rect.left(), rect.top(), 5, rect.height()),
                         theme.color(URGENCY_TOKENS.get(message.urgency, "accent")))
        line = QFontMetrics(option.font).height()
        bold = QFont(option.font)
        bold.setBold(True)
        left, top, width = rect.left() + 16, rect.top() + 10, rect.width() - 28
        when = when_text(message)
        when_w = QFontMetrics(option.font).horizontalAdvance(when) + 12
        painter.setFont(bold if unread else option.font)
        painter.setPen(theme.color("text"))
        sender = f"{message.name} · {role_text(message.role)}"
        painter.drawText(QRect(left, top, width - when_w, line), Qt.AlignmentFlag.AlignLeft,
                         painter.fontMetrics().elidedText(sender, Qt.TextElideMode.ElideRight,
                                                          width - when_w))
        painter.setFont(option.font)
        token = URGENCY_TOKENS.get(message.urgency, "muted")
        painter.setPen(theme.color(token if message.urgency in SAID_URGENCIES else "muted"))
        painter.drawText(QRect(left, top, width, line), Qt.AlignmentFlag.AlignRight, when)
        painter.setFont(bold if unread else option.font)
        painter.setPen(theme.color("text"))
        metrics = QFontMetrics(painter.font())
        painter.drawText(left, top + line + metrics.ascent(),
                         metrics.elidedText(message.subject, Qt.TextElideMode.ElideRight, width))
        painter.setFont(option.font)
        painter.setPen(theme.color("muted"))
        metrics = QFontMetrics(option.font)
        painter.drawText(left, top + 2 * line + metrics.ascent(),
                         metrics.elidedText(message.text, Qt.TextElideMode.ElideRight, width))
        if unread:
            painter.setBrush(theme.color("accent"))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawEllipse(rect.right() - 14, top + line + line // 2 - 4, 8, 8)
        painter.setPen(theme.color("border"))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        if option.state & QStyle.StateFlag.State_HasFocus:
            paint_focus(painter, rect)
        painter.restore()


class InboxPanel(QSplitter):
    """The list of messages over the open one; opening a message marks it read. Until the
    first message the panel says what will arrive, in one line, and takes little room."""

    unread_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.setObjectName("inbox")
        self.model = InboxModel(self)
        self.list = QListView(self, objectName="inboxList")
        self.list.setModel(self.model)
        self.list.setItemDelegate(InboxDelegate(self.list))
        self.list.setAccessibleName(self.tr("Work inbox"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.reader = QTextBrowser(self, objectName="inboxReader")
        self.reader.setAccessibleName(self.tr("Open message"))
        self.empty = QLabel(self.tr("Messages from your sergeant, inspector, press office and "
                                    "Professional Standards arrive here."), self, objectName="inboxEmpty",
                            wordWrap=True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.addWidget(self.empty)
        self.addWidget(self.list)
        self.addWidget(self.reader)
        self.list.hide()
        self.reader.hide()
        self.setSizes([220, 160])
        self.list.selectionModel().currentChanged.connect(self._on_list_current_changed)
        notifier().changed.connect(self._on_appearance_changed)
        self.model.unread_changed.connect(self.unread_changed)

    def add(self, message: ev.InternalMessageReceived) -> None:
        self.model.add(message)
        self.empty.hide()
        self.list.show()
        if message.urgency in SAID_URGENCIES:
            said = self.tr("New work message from {name}, {urgency}: {subject}").format(
                name=message.name, urgency=urgency(message.urgency), subject=message.subject)
        else:
            said = self.tr("New work message from {name}: {subject}").format(
                name=message.name, subject=message.subject)
        announce(self.list, said,
                 urgent=message.urgency == "urgent")

    def least_height(self, width: int, rows: int) -> int:
        """The height that shows what the panel says while empty, else ``rows`` messages."""
        if self.list.isHidden():
            return int(self.empty.heightForWidth(width))
        option = QStyleOptionViewItem()
        option.font = self.list.font()
        row: int = self.list.itemDelegate().sizeHint(option, QModelIndex()).height()
        return rows * row + 2 * self.list.frameWidth()

    def _on_list_current_changed(self, index: QModelIndex, _previous: QModelIndex) -> None:
        message: ev.InternalMessageReceived | None = index.data(MESSAGE_ROLE)
        if message is None:
            return
        self.model.mark_read(index.row())
        if self.reader.isHidden():  # the first message opened: the reader takes half the panel
            self.reader.show()
            self.setSizes([0, self.height() // 2, self.height() - self.height() // 2])
        self._read(message)

    def _on_appearance_changed(self, _appearance: object) -> None:
        """The open message again, in the new theme's colours."""
        message = self.list.currentIndex().data(MESSAGE_ROLE)
        if message is not None:
            self._read(message)

    def _read(self, message: ev.InternalMessageReceived) -> None:
        colour = QColor(current().color(URGENCY_TOKENS.get(message.urgency, "accent"))).name()
        channel = translate("InboxPanel", CHANNELS.get(message.channel, message.channel))
        self.reader.setHtml(
            f"<p style='color:{colour};font-weight:600'>{escape(urgency(message.urgency).upper())} · "
            f"{escape(channel)}</p><h3>{escape(message.subject)}</h3>"
            f"<p><b>{escape(message.name)}</b> ({escape(role_text(message.role))})"
            f" · {clock_text(message.t)}</p><p>{escape(message.text)}</p>")
