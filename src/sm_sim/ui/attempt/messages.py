"""Direct messages: one list of chat bubbles, theirs on the left and yours on the right."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from ...engine import events as ev
from ...engine.events import clock_text
from ..kit.avatars import Assets, avatar
from ..kit.empty import paint_empty_text
from ..kit.language import QT_TRANSLATE_NOOP, translate
from ..kit.rows import ITEM_ROLE, RowsModel
from ..kit.theme import current, paint_focus

Index = QModelIndex | QPersistentModelIndex
MESSAGE_ROLE = ITEM_ROLE
Message = ev.MessageReceived | ev.MessageSent
WRAP = int(Qt.TextFlag.TextWordWrap)
AV = 32
EMPTY = QT_TRANSLATE_NOOP(
    "MessagesView",
    "No direct messages yet. When someone messages your account, the conversation "
    "appears here, newest at the bottom. Double-click a message (or press Enter on it) "
    "to answer its sender.")


class MessagesModel(RowsModel):
    """Messages oldest first, as a chat reads."""

    def role_data(self, message: Message, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if isinstance(message, ev.MessageSent):
                return self.tr("You to {name}: {text}").format(name=message.name, text=message.text)
            return f"{message.name}: {message.text}"
        return None

    def add(self, message: Message) -> None:
        self.insert(self.rowCount(), message)


class BubbleDelegate(QStyledItemDelegate):
    def __init__(self, assets: Assets | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.assets = assets

    def _bubble_width(self, option: QStyleOptionViewItem) -> int:
        return max(120, int(option.rect.width() * 0.72))

    def _text_rect(self, option: QStyleOptionViewItem, text: str) -> QRect:
        width = self._bubble_width(option) - 24
        return QFontMetrics(option.font).boundingRect(QRect(0, 0, width, 100_000), WRAP, text)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        message: Message | None = index.data(MESSAGE_ROLE)
        if message is None:
            return QSize(0, 0)
        line = QFontMetrics(option.font).height()
        return QSize(option.rect.width(), self._text_rect(option, message.text).height() + line + 40)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        message: Message | None = index.data(MESSAGE_ROLE)
        if message is None:
            return
        theme, rect = current(), option.rect
        mine = isinstance(message, ev.MessageSent)
        text = self._text_rect(option, message.text)
        small = QFont(option.font)
        small.setPointSizeF(option.font.pointSizeF() * 0.9)
        line = QFontMetrics(small).height()
        width, height = text.width() + 24, text.height() + 18
        left = rect.right() - 12 - width if mine else rect.left() + 12 + AV + 8
        bubble = QRect(left, rect.top() + 8 + line, width, height)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(small)
        painter.setPen(theme.color("muted"))
        who = (translate("BubbleDelegate", "You → {handle}").format(handle=message.handle) if mine
               else f"{message.name} {message.handle}")
        align = Qt.AlignmentFlag.AlignRight if mine else Qt.AlignmentFlag.AlignLeft
        painter.drawText(QRect(bubble.left() - (200 if mine else 0), rect.top() + 6,
                               bubble.width() + 200, line), int(align),
                         f"{who} · {clock_text(message.t)}")
        if not mine:
            painter.drawPixmap(rect.left() + 12, bubble.bottom() - AV,
                               avatar(self.assets, None, message.name, message.handle, AV))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.color("accent" if mine else "surface"))
        painter.drawRoundedRect(bubble, 16, 16)
        painter.setFont(option.font)
        painter.setPen(theme.color("accent_text" if mine else "text"))
        painter.drawText(bubble.adjusted(12, 9, -12, -9), WRAP, message.text)
        if option.state & QStyle.StateFlag.State_HasFocus:
            paint_focus(painter, rect)
        painter.restore()


def other_party(message: Message) -> str:
    """The persona on the other side of a message: who a reply would go to."""
    return message.to_id if isinstance(message, ev.MessageSent) else message.sender_id


class MessagesView(QListView):
    reply_requested = Signal(str)  # the persona id to write to

    def __init__(self, assets: Assets | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messages")
        self.messages = MessagesModel(self)
        self.setModel(self.messages)
        self.setItemDelegate(BubbleDelegate(assets, self))
        self.setAccessibleName(self.tr("Direct messages"))
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setToolTip(self.tr("Double-click a message, or press Enter on it, to reply to its sender"))
        self.activated.connect(self._on_activated)

    def _on_activated(self, index: QModelIndex) -> None:
        message = index.data(MESSAGE_ROLE)
        if message is not None:
            self.reply_requested.emit(other_party(message))

    def add(self, message: Message) -> None:
        self.messages.add(message)
        self.scrollToBottom()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.messages.rowCount() == 0:
            paint_empty_text(self.viewport(), self.tr(EMPTY))
