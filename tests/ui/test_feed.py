"""The feed: model contract, per-frame batches, cached row sizes and the new-posts pill."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

from sm_sim.engine import events as ev
from sm_sim.engine.events import relative_time, spoken_duration
from sm_sim.ui.feed.layout import short_count
from sm_sim.ui.feed.model import PAGE, FeedModel, Role, about_trainee, own_posts
from sm_sim.ui.feed.store import MAX_PER_FRAME, FeedStore
from sm_sim.ui.feed.view import FeedView

TRAINEE = "@EastbridgeNPT"


def post(n: int, t: float = 0.0, **extra: object) -> ev.PostPublished:
    values: dict[str, object] = {"author_id": "crowd", "handle": f"@user{n}",
                                 "name": f"User {n}", "role": "public"}
    values.update(extra)
    text = values.pop("text", f"Post number {n} " + "words " * (n % 7))
    return ev.PostPublished(t, f"c{n}", str(values.pop("kind", "post")), text=str(text),
                            **values)  # type: ignore[arg-type]


@pytest.fixture
def store() -> FeedStore:
    return FeedStore(TRAINEE)


def test_feed_model_passes_the_model_tester(qtmodeltester, store: FeedStore) -> None:
    model = FeedModel(store)
    store.add_post(post(1))
    store.flush(1.0)
    qtmodeltester.check(model)
    for n in range(2, 40):
        store.add_post(post(n, t=n))
    store.add_notice(ev.NotificationShown(5.0, "You were mentioned 14 times"))
    store.change_metrics(ev.MetricsChanged(6.0, "c1", likes=5, views=100))
    store.flush(6.0)
    assert model.rowCount() == 40
    assert model.data(model.index(0), Role.POST_ID) == "notice1"  # newest first
    assert model.item_at(39).likes == 5
    assert model.data(model.index(99)) is None
    assert model.rowCount(model.index(0)) == 0
    assert model.data(QModelIndex()) is None


def test_a_pile_on_arrives_in_batches_per_frame(store: FeedStore) -> None:
    model = FeedModel(store)
    batches: list[int] = []
    model.posts_inserted.connect(batches.append)
    for n in range(500):
        store.add_post(post(n, t=1.0, kind="reply", reply_to="c0"))
    assert model.rowCount() == 0  # nothing until the frame
    store.flush(1.0)
    store.flush(1.03)
    assert batches == [MAX_PER_FRAME, 500 - MAX_PER_FRAME]
    assert model.rowCount() == 500


def test_filters_for_notifications_and_profile(store: FeedStore) -> None:
    mine, about = FeedModel(store, own_posts), FeedModel(store, about_trainee)
    store.add_post(post(1, author_id="trainee", handle=TRAINEE, name="Team"))
    store.add_post(post(2, kind="quote", quote_of="c1"))
    store.add_post(post(3, text=f"{TRAINEE} answer me"))
    store.add_post(post(4))
    store.flush(1.0)
    assert mine.ids() == ["c1"]
    assert about.ids() == ["c3", "c2"]
    assert store.get("c1").reposts == 1  # the quote counted on its parent


def test_row_sizes_are_cached_and_dropped_on_width_change(qtbot, store: FeedStore) -> None:
    view = FeedView(FeedModel(store))
    qtbot.addWidget(view)
    view.resize(500, 600)
    view.show()
    store.add_post(post(1, text="short"))
    store.add_post(post(2, text="a much longer post " * 12))
    store.flush(1.0)
    qtbot.waitUntil(lambda: view.delegate.cached_height("c2") is not None)
    narrow = view.delegate.cached_height("c2")
    assert narrow > view.delegate.cached_height("c1")
    view.resize(900, 600)
    qtbot.waitUntil(lambda: view.delegate.cached_height("c2") not in (None, narrow))
    assert view.delegate.cached_height("c2") < narrow  # wider rows wrap less


def test_new_posts_pill_keeps_the_readers_place(qtbot, store: FeedStore) -> None:
    view = FeedView(FeedModel(store))
    qtbot.addWidget(view)
    view.resize(500, 400)
    view.show()
    for n in range(60):
        store.add_post(post(n))
    store.flush(1.0)
    bar = view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 1000)
    bar.setValue(800)
    reading = view.indexAt(view.viewport().rect().center()).data(Role.POST_ID)
    for n in range(60, 65):
        store.add_post(post(n))
    store.flush(2.0)
    assert view.unseen == 5
    qtbot.waitUntil(lambda: view.indexAt(view.viewport().rect().center()).data(Role.POST_ID)
                    == reading)
    assert "5 new posts" in view.findChild(type(view._pill), "newPostsPill").text()
    view.jump_to_top()
    assert view.unseen == 0 and bar.value() == 0


def test_feed_words() -> None:
    assert [relative_time(s) for s in (0, 12, 61, 7300)] == ["now", "12s", "1m", "2h"]
    assert [short_count(v) for v in (999, 1000, 1250, 96000, 1_200_000)] == \
        ["999", "1K", "1.2K", "96K", "1.2M"]
    assert [relative_time(s, spoken=True) for s in (0, 1, 17, 60, 150, 3600, 7300)] == [
        "just now", "just now", "17 seconds ago", "1 minute ago", "2 minutes ago", "1 hour ago",
        "2 hours ago"]
    assert [spoken_duration(s) for s in (0, 1, 45, 60, 90, 3599.5)] == [
        "0 seconds", "1 second", "45 seconds", "1 minute", "1 minute 30 seconds",
        "59 minutes 59 seconds"]


def test_a_post_is_spoken_in_the_order_it_reads(store: FeedStore) -> None:
    """Who, how long ago, what it answers, the words (one full stop, not two), a picture, the
    counts the row shows (views estimated as painted), and what the trainee did to it."""
    model = FeedModel(store)
    store.add_post(post(1, t=2.0, name="Eastbridge Police", handle="@EastbridgePolice",
                        verified=True, text="Mill Road is closed.", image="cordon.png",
                        likes=12, reposts=30, replies=4, views=2100))
    store.add_post(post(2, t=8.0, kind="reply", reply_to="c1", name="Mary Quinn",
                        handle="@MaryOnMillRd", text="Is it true?", likes=1))
    store.add_post(post(3, t=9.0, kind="quote", quote_of="c2", text="Look at this"))
    store.flush(25.0)
    store.act_on(ev.PostActedOn(25.0, "c1", "like"))
    store.flush(25.0)
    spoken = [model.data(model.index(row), Qt.ItemDataRole.AccessibleTextRole) for row in range(3)]
    assert spoken == [
        "User 3, @user3, 16 seconds ago: Look at this. Quoting Mary Quinn, @MaryOnMillRd: Is it "
        "true? 0 replies, 0 reposts, 0 likes, 0 views.",
        "Mary Quinn, @MaryOnMillRd, 17 seconds ago, replying to @EastbridgePolice: Is it true? "
        "0 replies, 1 repost, 1 like, 20 views.",
        "Eastbridge Police, verified, @EastbridgePolice, 23 seconds ago: Mill Road is closed. "
        "With a picture. 5 replies, 30 reposts, 13 likes, 2100 views. You liked this.",
    ]


def test_the_feed_pages_like_a_timeline(qtbot, store: FeedStore) -> None:
    view = FeedView(FeedModel(store))
    qtbot.addWidget(view)
    view.resize(500, 400)
    view.show()
    model = view.feed
    for n in range(1000):
        store.add_post(post(n))
    while store.pending:
        store.flush(1.0)
    assert model.total == 1000 and model.rowCount() == PAGE  # at the top: newest page only
    assert model.row_of("c999") == 0 and model.row_of("c0") == -1
    view.scrollToBottom()  # reaching the end loads the next page
    qtbot.waitUntil(lambda: model.rowCount() > PAGE)
    assert model.item_at(model.rowCount() - 1).post_id == f"c{1000 - model.rowCount()}"
