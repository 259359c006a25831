"""FeedModel: a timeline (newest first) over the FeedStore, optionally filtered.

Home shows every post; Notifications and Profile are the same model with a filter.
A batch of new posts becomes one ``beginInsertRows`` at the top.

Like a real timeline it pages: the view holds the newest posts, older ones load a page at a
time when the reader scrolls to the bottom (``fetchMore``), and while the reader is at the
top the view lets go of old pages again (``trim``). A list view re-measures every row it
holds on each insert, so this keeps a new post's cost flat however long the feed grows.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractListModel, QByteArray, QModelIndex, QPersistentModelIndex, Qt, Signal

from ..kit.language import QT_TRANSLATE_NOOP, translate
from ..kit.spoken import ago, count
from .layout import DELETED_NOTE, DELETED_QUOTE, hidden_text, said, shown_views
from .store import FeedItem, FeedStore

Index = QModelIndex | QPersistentModelIndex
Filter = Callable[[FeedItem, FeedStore], bool]
PAGE = 200
DONE = {  # what the trainee has done to a post, by (liked, reposted, bookmarked)
    (True, False, False): QT_TRANSLATE_NOOP("FeedModel", "You liked this."),
    (False, True, False): QT_TRANSLATE_NOOP("FeedModel", "You reposted this."),
    (False, False, True): QT_TRANSLATE_NOOP("FeedModel", "You bookmarked this."),
    (True, True, False): QT_TRANSLATE_NOOP("FeedModel", "You liked and reposted this."),
    (True, False, True): QT_TRANSLATE_NOOP("FeedModel", "You liked and bookmarked this."),
    (False, True, True): QT_TRANSLATE_NOOP("FeedModel", "You reposted and bookmarked this."),
    (True, True, True): QT_TRANSLATE_NOOP("FeedModel", "You liked and reposted and bookmarked this."),
}


def tr(text: str) -> str:
    return translate("FeedModel", text)


class Role(IntEnum):
    ITEM = Qt.ItemDataRole.UserRole + 1
    POST_ID = Qt.ItemDataRole.UserRole + 2


def everything(item: FeedItem, store: FeedStore) -> bool:
    return True


def own_posts(item: FeedItem, store: FeedStore) -> bool:
    return item.by_trainee


def about_trainee(item: FeedItem, store: FeedStore) -> bool:
    """Mentions, replies and quote-posts of the trainee's posts, and app notices."""
    if item.published.kind == "notice":
        return True
    if item.by_trainee:
        return False
    parent = store.get(item.published.reply_to or item.published.quote_of)
    return store.mentions_trainee(item) or (parent is not None and parent.by_trainee)


def describe(item: FeedItem, store: FeedStore | None = None) -> str:
    """What a screen reader says for a row, in the order the row reads: who and when, what it
    answers, the words, a picture or a quoted post, then the counts it shows — e.g. "Mary
    Quinn, @MaryOnMillRd, 17 seconds ago, replying to @EastbridgePolice: Is it true…? 0
    replies, 0 reposts, 21 likes, 831 views." (how long ago is ``store``'s now)."""
    why = store.hidden(item) if store is not None else ""
    if why:
        return hidden_text(item, why)
    post = item.published
    if post.kind == "notice":
        return translate("FeedModel", "Notification: {text}").format(text=post.text)
    who = [post.name, *([translate("FeedModel", "verified")] if post.verified else []), post.handle]
    if store is not None:
        who.append(ago(store.now - post.t))
    if post.reply_to:
        parent = store.get(post.reply_to) if store is not None else None
        who.append(translate("FeedModel", "replying to {handle}").format(handle=parent.published.handle)
                   if parent else translate("FeedModel", "replying to a post"))
    words = [f"{', '.join(who)}: {sentence(post.text)}" if post.text.strip() else f"{', '.join(who)}."]
    if item.deleted:
        words.append(said(DELETED_NOTE))
    if post.image:
        words.append(translate("FeedModel", "With a picture."))
    if post.quote_of:
        words.append(_quoted(store.get(post.quote_of) if store is not None else None))
    words.append(f"{count(item.replies, 'reply')}, {count(item.reposts, 'repost')}, "
                 f"{count(item.likes, 'like')}, {count(shown_views(item), 'view')}.")
    done = DONE.get((item.liked, item.reposted, item.bookmarked))
    if done:
        words.append(tr(done))
    return " ".join(words)


def _quoted(quoted: FeedItem | None) -> str:
    if quoted is None or quoted.deleted:
        quoting = translate("FeedModel", "Quoting a post.")
        return f"{quoting} {said(DELETED_QUOTE)}" if quoted else quoting
    return translate("FeedModel", "Quoting {name}, {handle}: {text}").format(
        name=quoted.published.name, handle=quoted.published.handle,
        text=sentence(quoted.published.text))


def sentence(text: str) -> str:
    """``text`` ending as a sentence: a full stop added only where it has no end of its own."""
    text = text.strip()
    return text if text.rstrip("\"'”’)").endswith((".", "?", "!", "…")) else f"{text}."


class FeedModel(QAbstractListModel):
    posts_inserted = Signal(int)  # how many rows a batch added at the top

    def __init__(self, store: FeedStore, keep: Filter = everything,
                 parent: Any = None) -> None:
        super().__init__(parent)
        self.store = store
        self.keep = keep
        self._ids: list[str] = []  # newest first
        self._rows: dict[str, int] = {}  # id -> position counted from the oldest
        self._shown = 0  # rows the view holds: the newest ``_shown`` of ``_ids``
        store.posts_added.connect(self._on_store_posts_added)
        store.posts_changed.connect(self._on_store_posts_changed)

    # -- Qt model API -----------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._shown

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._shown:
            return None
        item = self.store.get(self._ids[index.row()])
        if item is None:
            return None
        if role == Role.ITEM:
            return item
        if role == Role.POST_ID:
            return item.post_id
        if role == Qt.ItemDataRole.DisplayRole:
            post = item.published
            return post.text if post.kind == "notice" else f"{post.name}: {post.text}"
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            return describe(item, self.store)
        return None

    def roleNames(self) -> dict[int, QByteArray]:
        names = super().roleNames()
        names[Role.ITEM] = QByteArray(b"item")
        names[Role.POST_ID] = QByteArray(b"postId")
        return names

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._shown < len(self._ids)

    def fetchMore(self, parent: Index) -> None:
        more = min(PAGE, len(self._ids) - self._shown)
        if parent.isValid() or more <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._shown, self._shown + more - 1)
        self._shown += more
        self.endInsertRows()

    def trim(self, keep: int = PAGE) -> None:
        """Let go of older rows (they load again on scrolling down); only when well over."""
        if self._shown <= 2 * keep:
            return
        self.beginRemoveRows(QModelIndex(), keep, self._shown - 1)
        self._shown = keep
        self.endRemoveRows()

    # -- look-ups ---------------------------------------------------------------------------
    @property
    def total(self) -> int:
        """Posts in this timeline, loaded into the view or not."""
        return len(self._ids)

    def item_at(self, row: int) -> FeedItem | None:
        return self.store.get(self._ids[row]) if 0 <= row < self._shown else None

    def row_of(self, post_id: str) -> int:
        position = self._rows.get(post_id)
        row = -1 if position is None else len(self._ids) - 1 - position
        return row if row < self._shown else -1

    def ids(self) -> list[str]:
        return self._ids[: self._shown]

    def load_existing(self) -> None:
        """Take in the posts the store already holds (a timeline opened part-way through)."""
        self._on_store_posts_added(list(self.store.items.values()))

    # -- store slots ------------------------------------------------------------------------
    def _on_store_posts_added(self, items: list[FeedItem]) -> None:
        kept = [i.post_id for i in items if self.keep(i, self.store)]
        if not kept:
            return
        self.beginInsertRows(QModelIndex(), 0, len(kept) - 1)
        base = len(self._ids)
        for offset, post_id in enumerate(kept):
            self._rows[post_id] = base + offset
        self._ids[:0] = reversed(kept)
        self._shown += len(kept)
        self.endInsertRows()
        self.posts_inserted.emit(len(kept))

    def _on_store_posts_changed(self, post_ids: list[str]) -> None:
        rows = sorted(r for r in (self.row_of(p) for p in post_ids) if r >= 0)
        for row in rows:
            index = self.index(row)
            self.dataChanged.emit(index, index, [Role.ITEM])
