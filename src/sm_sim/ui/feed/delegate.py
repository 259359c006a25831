"""FeedDelegate: paints one post the way a social network shows it.

Size hints are cached per post and width; the cache is dropped when the width
changes (``set_width``) or a post's shape changes (deleted). With the cache, the
list view's re-measuring of every row on insert is a dictionary look-up per row.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QMouseEvent, QPainter, QPainterPath
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ..kit import icons
from ..kit.avatars import Assets, avatar
from ..kit.theme import current, paint_focus
from .layout import (
    DELETED_NOTE,
    DELETED_QUOTE,
    WRAP,
    Fonts,
    Header,
    PostLayout,
    action_slots,
    count_x,
    header,
    hidden_text,
    measure,
    measure_hidden,
    measure_notice,
    post_header,
    said,
    short_count,
    shown_views,
)
from .model import FeedModel, Role
from .store import FeedItem, FeedStore

Index = QModelIndex | QPersistentModelIndex


class FeedDelegate(QStyledItemDelegate):
    # post id, what was clicked (reply | repost | like | bookmark)
    action_clicked = Signal(str, str)
    menu_requested = Signal(str, QPoint)  # post id, where to open its menu (global)

    def __init__(self, store: FeedStore, assets: Assets | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.assets = assets
        self._width = 0
        self._sizes: dict[tuple[str, bool, str], QSize] = {}
        self._layouts: dict[tuple[str, bool, str], PostLayout] = {}
        self._fonts: Fonts | None = None

    # -- size -------------------------------------------------------------------------------
    def set_width(self, width: int) -> bool:
        """The view's new width; True when cached sizes were dropped."""
        if width == self._width:
            return False
        self._width = width
        self._sizes.clear()
        self._layouts.clear()
        return True

    def cached_height(self, post_id: str) -> int | None:
        item = self.store.get(post_id)
        size = self._sizes.get(self._key(item)) if item else None
        return size.height() if size is not None else None

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        # Called for every row on every relayout: one dictionary look-up when cached.
        model = index.model()
        item = model.item_at(index.row()) if isinstance(model, FeedModel) else \
            index.data(Role.ITEM)
        if item is None:
            return QSize(0, 0)
        key = self._key(item)
        size = self._sizes.get(key)
        if size is None:
            if key[2]:
                height = measure_hidden(self._fonts_for(option))
            elif item.published.kind == "notice":
                height = measure_notice(item, self._row_width(option), self._fonts_for(option))
            else:
                height = self._measure(item, option).height
            size = self._sizes[key] = QSize(self._row_width(option), height)
        return size

    def _key(self, item: FeedItem) -> tuple[str, bool, str]:
        """A post's shape: deleted, or hidden because its author was muted or blocked."""
        return item.post_id, item.deleted, self.store.hidden(item)

    def _row_width(self, option: QStyleOptionViewItem) -> int:
        return self._width or option.rect.width() or 560

    def _fonts_for(self, option: QStyleOptionViewItem) -> Fonts:
        if self._fonts is None or self._fonts.body != option.font:
            if self._fonts is not None:  # the text size changed: every row is a new shape
                self._sizes.clear()
                self._layouts.clear()
            self._fonts = Fonts.from_font(option.font)
        return self._fonts

    def _image_size(self, item: FeedItem) -> tuple[int, int] | None:
        pixmap = self.assets.pixmap(item.published.image) if self.assets and item.published.image else None
        return (pixmap.width(), pixmap.height()) if pixmap else None

    def _measure(self, item: FeedItem, option: QStyleOptionViewItem) -> PostLayout:
        key = self._key(item)
        layout = self._layouts.get(key)
        if layout is None:
            layout = measure(item, self._row_width(option), self._fonts_for(option), self.store,
                             self._image_size(item))
            self._layouts[key] = layout
        return layout

    # -- paint ------------------------------------------------------------------------------
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        item: FeedItem | None = index.data(Role.ITEM)
        if item is None:
            return
        theme = current()
        rect = option.rect
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.translate(rect.topLeft())
        background = theme.own if item.by_trainee else theme.card
        if option.state & (QStyle.StateFlag.State_Selected | QStyle.StateFlag.State_HasFocus):
            background = theme.hover
        painter.fillRect(QRect(0, 0, rect.width(), rect.height()), QColor(background))
        fonts = self._fonts_for(option)
        if why := self.store.hidden(item):
            painter.setFont(fonts.small)
            painter.setPen(theme.color("muted"))
            painter.drawText(QRect(fonts.content_x, 0, rect.width() - fonts.content_x - fonts.pad,
                                   rect.height()), int(Qt.AlignmentFlag.AlignVCenter),
                             hidden_text(item, why))
        elif item.published.kind == "notice":
            self._paint_notice(painter, item, rect.width(), fonts)
        else:
            self._paint_post(painter, item, self._measure(item, option), fonts)
        painter.setPen(theme.color("border"))
        painter.drawLine(0, rect.height() - 1, rect.width(), rect.height() - 1)
        if option.state & QStyle.StateFlag.State_HasFocus:
            paint_focus(painter, QRect(0, 0, rect.width(), rect.height()))
        painter.restore()

    def _paint_notice(self, painter: QPainter, item: FeedItem, width: int, fonts: Fonts) -> None:
        theme = current()
        bell = fonts.avatar * 3 // 5
        icons.draw(painter, "bell", theme.accent, fonts.pad + fonts.avatar - bell, fonts.pad, bell)
        painter.setFont(fonts.body)
        painter.setPen(theme.color("text"))
        x = fonts.content_x
        painter.drawText(QRect(x, fonts.pad, width - x - fonts.pad, 10_000), WRAP, item.published.text)

    def _paint_post(self, painter: QPainter, item: FeedItem, layout: PostLayout,
                    fonts: Fonts) -> None:
        theme = current()
        post = item.published
        painter.drawPixmap(fonts.pad, fonts.pad,
                           avatar(self.assets, post.avatar, post.name, post.handle, fonts.avatar))
        self._paint_header(painter, post_header(item, layout, fonts, self.store.now), fonts,
                           layout.header_y)
        if layout.context is not None:
            painter.setFont(fonts.small)
            lines = []
            if item.published.reply_to:
                parent = self.store.get(item.published.reply_to)
                lines.append(self.tr("Replying to {handle}").format(handle=parent.published.handle)
                             if parent else self.tr("Replying to a post"))
            if item.deleted:
                lines.append(said(DELETED_NOTE))
                painter.setPen(theme.color("bad"))
            else:
                painter.setPen(theme.color("muted"))
            painter.drawText(layout.context, WRAP, "\n".join(lines))
        painter.setFont(fonts.body)
        painter.setPen(theme.color("muted" if item.deleted else "text"))
        painter.drawText(layout.text, WRAP, item.published.text)
        if layout.image is not None:
            self._paint_image(painter, item, layout.image)
        if layout.quote is not None and layout.quote_text is not None:
            self._paint_quote(painter, item, layout, fonts)
        self._paint_actions(painter, item, layout, fonts)

    def _paint_header(self, painter: QPainter, parts: Header, fonts: Fonts, y: int) -> None:
        theme = current()
        baseline = y + QFontMetrics(fonts.bold).ascent()
        painter.setFont(fonts.bold)
        painter.setPen(theme.color("text"))
        painter.drawText(parts.name_x, baseline, parts.name)
        if parts.badge_x is not None:
            icons.draw(painter, "verified", theme.accent, parts.badge_x,
                       y + (fonts.line - fonts.badge) // 2, fonts.badge)
        painter.setFont(fonts.body)
        painter.setPen(theme.color("muted"))
        painter.drawText(parts.meta_x, baseline, parts.meta)

    def _paint_image(self, painter: QPainter, item: FeedItem, area: QRect) -> None:
        pixmap = self.assets.pixmap(item.published.image) if self.assets else None
        if pixmap is None:
            return
        path = QPainterPath()
        path.addRoundedRect(area, 14, 14)
        painter.save()
        painter.setClipPath(path)
        scaled = pixmap.scaled(area.size() * painter.device().devicePixelRatioF(),
                               Qt.AspectRatioMode.KeepAspectRatioByExpanding,
                               Qt.TransformationMode.SmoothTransformation)
        scaled.setDevicePixelRatio(painter.device().devicePixelRatioF())
        painter.drawPixmap(area.topLeft(), scaled)
        painter.restore()
        painter.setPen(current().color("border"))
        painter.drawPath(path)

    def _paint_quote(self, painter: QPainter, item: FeedItem, layout: PostLayout,
                     fonts: Fonts) -> None:
        quoted = self.store.get(item.published.quote_of)
        assert quoted is not None and layout.quote is not None and layout.quote_text is not None
        theme = current()
        painter.setPen(theme.color("border"))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(layout.quote, 12, 12)
        top = layout.quote.top() + fonts.gap
        post = quoted.published
        inner = QRect(layout.quote_text)
        painter.drawPixmap(inner.left(), top, avatar(
            self.assets, post.avatar, post.name, post.handle, fonts.line))
        x = inner.left() + fonts.line + 6
        self._paint_header(painter, header(quoted, x, inner.right() - x, fonts, self.store.now),
                           fonts, top)
        painter.setFont(fonts.body)
        painter.setPen(theme.color("text"))
        # (a quoted post deleted later says so in the room its words were measured for)
        painter.drawText(inner, WRAP, said(DELETED_QUOTE) if quoted.deleted else layout.quote_body)

    def _paint_actions(self, painter: QPainter, item: FeedItem, layout: PostLayout,
                       fonts: Fonts) -> None:
        theme = current()
        values = {"reply": (item.replies, "reply", theme.muted),
                  "repost": (item.reposts, "repost", theme.repost if item.reposted else theme.muted),
                  "like": (item.likes, "like_filled" if item.liked else "like",
                           theme.like if item.liked else theme.muted),
                  "views": (shown_views(item), "views", theme.muted),
                  "bookmark": (0, "bookmark_filled" if item.bookmarked else "bookmark",
                               theme.accent if item.bookmarked else theme.muted),
                  "more": (0, "more", theme.muted)}
        size = fonts.icon
        for name, slot in action_slots(layout, fonts):
            count, icon_name, colour = values[name]
            if name == "more":
                icons.draw(painter, icon_name, colour, slot.left() + (slot.width() - size) // 2,
                           slot.top() + (slot.height() - size) // 2, size)
                continue
            y = slot.top() + (slot.height() - size) // 2
            icons.draw(painter, icon_name, colour, slot.left() + 6, y, size)
            # What the trainee did to a post shows in its icon's shape or a bold count, not
            # only in a colour.
            font = QFont(fonts.small)
            font.setBold(colour != theme.muted)
            painter.setFont(font)
            painter.setPen(QColor(colour))
            text_x = count_x(slot, fonts)
            painter.drawText(QRect(text_x, slot.top(), slot.right() - text_x, slot.height()),
                             int(Qt.AlignmentFlag.AlignVCenter), short_count(count) if count else "")

    # -- clicks -----------------------------------------------------------------------------
    def editorEvent(self, event: QEvent, model: object, option: QStyleOptionViewItem,
                    index: Index) -> bool:
        if event.type() != QEvent.Type.MouseButtonRelease or not isinstance(event, QMouseEvent):
            return False
        item: FeedItem | None = index.data(Role.ITEM)
        if item is None or item.published.kind == "notice" or self.store.hidden(item):
            return False
        point = event.position().toPoint() - option.rect.topLeft()
        clicked = next((name for name, slot in self.slots(item, option) if slot.contains(point)), None)
        if event.button() == Qt.MouseButton.RightButton or clicked == "more":
            # the post's menu (report, mute, block…), where the pointer is
            self.menu_requested.emit(item.post_id, event.globalPosition().toPoint())
            return True
        if clicked is not None and clicked != "views":
            self.action_clicked.emit(item.post_id, clicked)
            return True
        return False

    def slots(self, item: FeedItem, option: QStyleOptionViewItem) -> list[tuple[str, QRect]]:
        """Where each of a post's buttons sits, relative to its row's top left."""
        return action_slots(self._measure(item, option), self._fonts_for(option))
