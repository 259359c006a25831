"""The left-hand navigation of the feed: Home, Notifications, Messages, Profile, with badges."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import QButtonGroup, QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from ..kit import icons
from ..kit.theme import current

COMPACT_WIDTH, WIDE_WIDTH = 68, 228
PAGES = (("home", "Home", "home"), ("notifications", "Notifications", "bell"),
         ("messages", "Messages", "dm"), ("profile", "Profile", "profile"))


class NavButton(QPushButton):
    """A navigation button with an unread badge painted over its icon."""

    count = 0

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self.count:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(self.font())
        font.setPixelSize(11)
        font.setBold(True)
        painter.setFont(font)
        text = str(self.count) if self.count < 100 else "99+"
        width = max(16, painter.fontMetrics().horizontalAdvance(text) + 8)
        if self.text():  # beside the title, at the end of the row
            badge = QRectF(self.width() - width - 14, (self.height() - 18) / 2, width, 18)
        else:  # compact: over the icon's top right corner
            badge = QRectF(min(self.width() / 2 + 2, self.width() - width - 2), 4, width, 18)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(current().color("accent"))
        painter.drawRoundedRect(badge, 9, 9)
        painter.setPen(current().color("accent_text"))
        painter.drawText(badge, int(Qt.AlignmentFlag.AlignCenter), text)
        painter.end()


class NavRail(QFrame):
    page_chosen = Signal(str)
    post_requested = Signal()  # the trainee wants to write a post of their own

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navRail")
        column = QVBoxLayout(self)
        column.setContentsMargins(8, 12, 8, 12)
        column.setSpacing(4)
        self._group = QButtonGroup(self)
        self.buttons: dict[str, NavButton] = {}
        self._titles: dict[str, str] = {}
        for number, (key, title, icon_name) in enumerate(PAGES, start=1):
            button = NavButton(title, self, objectName="navButton")
            button.setCheckable(True)
            button.setIcon(icons.icon(icon_name, current().text, 22))
            button.setIconSize(icons.icon_size(22))
            button.setToolTip(f"{title} (Alt+{number})")
            button.setAccessibleName(title)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.clicked.connect(lambda _=False, k=key: self.page_chosen.emit(k))
            self._group.addButton(button)
            self.buttons[key] = button
            self._titles[key] = title
            column.addWidget(button)
        self.post = QPushButton("Post", self, objectName="navPost")
        self.post.setIcon(icons.icon("post", current().accent_text, 20))
        self.post.setIconSize(icons.icon_size(20))
        self.post.setToolTip("Write a post of your own (N)")
        self.post.setAccessibleName("Write a post")
        self.post.setCursor(Qt.CursorShape.PointingHandCursor)
        self.post.clicked.connect(self.post_requested)
        column.addSpacing(8)
        column.addWidget(self.post)
        column.addStretch(1)
        self.account = QLabel(self, objectName="navAccount", wordWrap=True)
        column.addWidget(self.account)
        self.buttons["home"].setChecked(True)
        self.compact = True
        self.set_compact(False)

    def set_compact(self, compact: bool) -> None:
        """Icons only (a narrow window), or icons with their titles and the account."""
        if compact == self.compact:
            return
        self.compact = compact
        for key, button in self.buttons.items():
            button.setText("" if compact else self._titles[key])
        self.post.setText("" if compact else "Post")
        self.account.setVisible(not compact)
        self.setFixedWidth(COMPACT_WIDTH if compact else WIDE_WIDTH)

    def set_account(self, name: str, handle: str) -> None:
        """Who the trainee is posting as, at the foot of the rail as a real app shows it."""
        self.account.setText(f"<b>{escape(name)}</b><br><span>{escape(handle)}</span>")
        self.account.setAccessibleName(f"Posting as {name}, {handle}")

    def set_current(self, key: str) -> None:
        self.buttons[key].setChecked(True)

    def set_badge(self, key: str, count: int) -> None:
        title = self._titles[key]
        button = self.buttons[key]
        button.count = count
        button.setAccessibleName(f"{title}, {count} unread" if count else title)
        button.update()
