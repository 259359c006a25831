"""FeedView: the scrolling timeline, with a "N new posts" pill when scrolled away.

New posts arrive at the top. When the trainee is reading further down, the view
keeps what they are reading where it is (it scrolls by the height of what arrived)
and offers a pill to jump back up, as a social network does. With motion reduced
(the Appearance dialog) the feed holds still at the top too: a burst of posts never
moves what is on screen, and the pill shows them when the reader clicks it.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, Qt, Signal
from PySide6.QtGui import QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QListView, QPushButton, QStyleOptionViewItem, QWidget

from ..kit import appearance, icons
from ..kit.avatars import Assets
from ..kit.empty import paint_empty_text
from .delegate import FeedDelegate
from .model import FeedModel
from .store import FeedItem

AT_TOP = 4  # pixels from the top that still count as "at the top"


class FeedView(QListView):
    current_post_changed = Signal(str)  # post id ("" when none)

    def __init__(self, model: FeedModel, assets: Assets | None = None, empty_text: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._unseen = 0
        self._keep_offset = 0
        self._last_second = -1
        self.feed = model
        self.empty_text = empty_text
        self.delegate = FeedDelegate(model.store, assets, self)
        self.setModel(model)
        self.setItemDelegate(self.delegate)
        self.setObjectName("feed")
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformItemSizes(False)
        self.setMouseTracking(True)
        self.verticalScrollBar().setSingleStep(24)
        self._pill = self._make_pill()
        model.posts_inserted.connect(self._on_model_posts_inserted)
        model.store.now_changed.connect(self._on_store_now_changed)
        self.verticalScrollBar().valueChanged.connect(self._on_scroll_value_changed)
        self.selectionModel().currentChanged.connect(self._on_selection_current_changed)

    def _make_pill(self) -> QPushButton:
        pill = QPushButton(self)
        pill.setObjectName("newPostsPill")
        pill.setCursor(Qt.CursorShape.PointingHandCursor)
        icons.Tint(pill, "escalate", "accent_text", 16)
        pill.setAccessibleName(self.tr("Show new posts"))
        pill.clicked.connect(self.jump_to_top)
        pill.hide()
        return pill

    # -- public -----------------------------------------------------------------------------
    @property
    def unseen(self) -> int:
        return self._unseen

    def current_item(self) -> FeedItem | None:
        index = self.currentIndex()
        return self.feed.item_at(index.row()) if index.isValid() else None

    def slot_rect(self, post_id: str, name: str) -> QRect | None:
        """Where a shown post's button (reply, repost, like, bookmark or "more") is, in the
        viewport's coordinates; None if the post is not in this feed."""
        row, item = self.feed.row_of(post_id), self.feed.store.get(post_id)
        if row < 0 or item is None:
            return None
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        option.rect = self.visualRect(self.feed.index(row, 0))
        slot = dict(self.delegate.slots(item, option)).get(name)
        return slot.translated(option.rect.topLeft()) if slot is not None else None

    def jump_to_top(self) -> None:
        self.scrollToTop()
        self._clear_unseen()

    def step_post(self, delta: int) -> None:
        """Move the focus ``delta`` posts down (J) or up (K)."""
        count = self.feed.rowCount()
        if count == 0:
            return
        row = self.currentIndex().row()
        row = 0 if row < 0 else max(0, min(count - 1, row + delta))
        index = self.feed.index(row)
        self.setCurrentIndex(index)
        self.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)

    # -- keeping the reader's place ---------------------------------------------------------
    def _scrolled_away(self) -> bool:
        return self.verticalScrollBar().value() > AT_TOP

    def _on_model_posts_inserted(self, count: int) -> None:
        held = appearance.current().reduce_motion and self.feed.rowCount() > count
        if not self._scrolled_away() and not held:
            self.feed.trim()
            return
        self._unseen += count
        for row in range(count):
            self._keep_offset += self.sizeHintForIndex(self.feed.index(row)).height()
        self._show_pill()

    def updateGeometries(self) -> None:
        super().updateGeometries()
        if self._keep_offset:
            offset, self._keep_offset = self._keep_offset, 0
            bar = self.verticalScrollBar()
            bar.setValue(min(bar.maximum(), bar.value() + offset))

    def _show_pill(self) -> None:
        self._pill.setText((self.tr("{count} new post") if self._unseen == 1
                            else self.tr("{count} new posts")).format(count=self._unseen))
        self._pill.adjustSize()
        self._place_pill()
        self._pill.show()
        self._pill.raise_()

    def _place_pill(self) -> None:
        self._pill.move((self.width() - self._pill.width()) // 2, 12)

    def _clear_unseen(self) -> None:
        self._unseen = 0
        self._pill.hide()

    def _on_scroll_value_changed(self, value: int) -> None:
        if value <= AT_TOP and self._unseen:
            self._clear_unseen()

    def _on_store_now_changed(self, now: float) -> None:
        if int(now) != self._last_second:
            self._last_second = int(now)
            self.viewport().update()

    def _on_selection_current_changed(self, index: QModelIndex, _previous: QModelIndex) -> None:
        item = self.feed.item_at(index.row()) if index.isValid() else None
        self.current_post_changed.emit(item.post_id if item else "")

    # -- Qt events --------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        if self.delegate.set_width(self.viewport().width()):
            self.scheduleDelayedItemsLayout()
        super().resizeEvent(event)
        self._place_pill()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.feed.rowCount() == 0 and self.empty_text:
            paint_empty_text(self.viewport(), self.empty_text)
