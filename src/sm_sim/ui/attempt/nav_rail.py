"""The left-hand navigation of the feed: Home, Notifications, Messages, Profile, with badges."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import QButtonGroup, QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from ..kit import icons
from ..kit.appearance import ICON_GROWTH, notifier, px
from ..kit.language import QT_TRANSLATE_NOOP, translate
from ..kit.theme import current

WIDE_WIDTH = 228  # at least, with titles: the width the design was drawn at
MARGIN = 8
PAGES = (("home", QT_TRANSLATE_NOOP("NavRail", "Home"), "home"),
         ("notifications", QT_TRANSLATE_NOOP("NavRail", "Notifications"), "bell"),
         ("messages", QT_TRANSLATE_NOOP("NavRail", "Messages"), "dm"),
         ("profile", QT_TRANSLATE_NOOP("NavRail", "Profile"), "profile"))


class NavButton(QPushButton):
    """A navigation button with an unread badge painted over its icon."""

    count = 0

    def badge_room(self) -> int:
        """What the unread badge takes beside the title."""
        return px(self.font(), 11, ICON_GROWTH) * 3 + 14 + 8

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self.count:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(self.font())
        font.setPixelSize(px(font, 11, ICON_GROWTH))  # not to hide the icon it sits on
        font.setBold(True)
        painter.setFont(font)
        text = str(self.count) if self.count < 100 else "99+"
        height = painter.fontMetrics().height() + 4
        width = max(height, painter.fontMetrics().horizontalAdvance(text) + 8)
        if self.text():  # beside the title, at the end of the row
            badge = QRectF(self.width() - width - 14, (self.height() - height) / 2, width, height)
        else:  # compact: over the icon's top right corner
            badge = QRectF(min(self.width() / 2 + 2, self.width() - width - 2), 4, width, height)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(current().color("accent"))
        painter.drawRoundedRect(badge, height / 2, height / 2)
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
        column.setContentsMargins(MARGIN, 12, MARGIN, 12)
        column.setSpacing(4)
        self._group = QButtonGroup(self)
        self.buttons: dict[str, NavButton] = {}
        self._titles: dict[str, str] = {}
        for number, (key, english, icon_name) in enumerate(PAGES, start=1):
            title = translate("NavRail", english)
            button = NavButton(title, self, objectName="navButton")
            button.setCheckable(True)
            icons.Tint(button, icon_name, "text", 22)
            button.setToolTip(self.tr("{page} (Alt+{number})").format(page=title, number=number))
            button.setAccessibleName(title)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.clicked.connect(lambda _=False, k=key: self.page_chosen.emit(k))
            self._group.addButton(button)
            self.buttons[key] = button
            self._titles[key] = title
            column.addWidget(button)
        self.post = QPushButton(self.tr("Post"), self, objectName="navPost")
        icons.Tint(self.post, "post", "accent_text", 20)
        self.post.setToolTip(self.tr("Write a post of your own (N)"))
        self.post.setAccessibleName(self.tr("Write a post"))
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
        notifier().changed.connect(self._fit)

    def set_compact(self, compact: bool) -> None:
        """Icons only (a narrow window), or icons with their titles and the account."""
        if compact == self.compact:
            return
        self.compact = compact
        for key, button in self.buttons.items():
            button.setText("" if compact else self._titles[key])
        self.post.setText("" if compact else self.tr("Post"))
        self.account.setVisible(not compact)
        self._fit()

    def _fit(self, _appearance: object = None) -> None:
        """As wide as the widest button (and its badge) or the account's longest word: the
        text size sets it."""
        buttons = [*self.buttons.values(), self.post]
        need = max(b.sizeHint().width() for b in buttons)
        if not self.compact:
            need = max(need + self.buttons["home"].badge_room(), WIDE_WIDTH - 2 * MARGIN,
                       self.account.minimumSizeHint().width())
        self.setFixedWidth(need + 2 * MARGIN)

    def set_account(self, name: str, handle: str) -> None:
        """Who the trainee is posting as, at the foot of the rail as a real app shows it."""
        self.account.setText(f"<b>{escape(name)}</b><br><span>{escape(handle)}</span>")
        self.account.setAccessibleName(self.tr("Posting as {name}, {handle}").format(
            name=name, handle=handle))

    def set_current(self, key: str) -> None:
        self.buttons[key].setChecked(True)

    def set_badge(self, key: str, count: int) -> None:
        title = self._titles[key]
        button = self.buttons[key]
        button.count = count
        button.setAccessibleName(self.tr("{page}, {count} unread").format(page=title, count=count)
                                 if count else title)
        button.update()
