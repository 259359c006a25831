"""FeedStore: the app's copy of the posts, built from bridge signals, released per frame.

The store keeps its own fold of the posts (the engine's ``RunState``, applied to the
events the bridge hands over). Posts and counter changes pile up between frames;
``flush`` (on each clock tick) hands them to the feed models in one batch, so a pile-on
of hundreds of posts costs one insert per frame rather than one per post. A frame takes
at most ``MAX_PER_FRAME`` new posts; the rest wait for the next frame.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ...engine import events as ev
from ...engine.state import Post, RunState

MAX_PER_FRAME = 250


# The engine's own post record: the store folds events with the engine's RunState, so
# counters and flags follow exactly the rules the engine (and the records) use.
FeedItem = Post


class FeedStore(QObject):
    posts_added = Signal(list)  # list[FeedItem], oldest first
    posts_changed = Signal(list)  # list[str] post ids whose counters or flags changed
    now_changed = Signal(float)

    def __init__(self, trainee_handle: str = "", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.trainee_handle = trainee_handle
        self._state = RunState()
        self.items: dict[str, FeedItem] = self._state.posts
        self._notices: dict[str, FeedItem] = {}
        self.now = 0.0
        self._pending: list[FeedItem] = []
        self._changed: dict[str, None] = {}

    def get(self, post_id: str | None) -> FeedItem | None:
        if not post_id:
            return None
        return self.items.get(post_id) or self._notices.get(post_id)

    def mentions_trainee(self, item: FeedItem) -> bool:
        return bool(self.trainee_handle) and self.trainee_handle.lower() in item.published.text.lower()

    @property
    def pending(self) -> int:
        return len(self._pending)

    def add_post(self, event: ev.PostPublished) -> None:
        self._state.apply(event)
        parent = event.reply_to or event.quote_of
        if parent in self.items:
            self._changed[parent] = None
        self._pending.append(self.items[event.post_id])

    def add_notice(self, event: ev.NotificationShown) -> None:
        post_id = f"notice{len(self._notices) + 1}"
        item = Post.of(ev.PostPublished(event.t, post_id, "notice", "", "", "", "", event.text))
        self._notices[post_id] = item
        self._pending.append(item)

    def change_metrics(self, event: ev.MetricsChanged) -> None:
        self._changed_by(event, event.post_id)

    def act_on(self, event: ev.PostActedOn) -> None:
        self._changed_by(event, event.post_id)
        if event.action in ("mute", "block") and event.post_id in self.items:
            handle = self.items[event.post_id].published.handle  # all their posts fold away
            self._changed.update(dict.fromkeys(
                i.post_id for i in self.items.values() if i.published.handle == handle))

    def hidden(self, item: FeedItem) -> str:
        """'blocked' or 'muted' when the trainee has shut the post's author out of their feed."""
        handle = item.published.handle
        if item.by_trainee or item.published.kind == "notice":
            return ""
        return "blocked" if handle in self._state.blocked else "muted" if handle in self._state.muted else ""

    def _changed_by(self, event: ev.Event, post_id: str) -> None:
        if post_id in self.items:
            self._state.apply(event)
            self._changed[post_id] = None

    def flush(self, now: float | None = None) -> None:
        """Release what arrived since the last frame: new posts first, then changes."""
        if now is not None and now != self.now:
            self.now = now
            self.now_changed.emit(now)
        if self._pending:
            batch, self._pending = self._pending[:MAX_PER_FRAME], self._pending[MAX_PER_FRAME:]
            self.posts_added.emit(batch)
        if self._changed:
            changed, self._changed = list(self._changed), {}
            self.posts_changed.emit(changed)
