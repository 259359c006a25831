"""Benchmark: the cost of one new post arriving in a 10,000-post feed.

Compares the app's feed (FeedModel + FeedView + FeedDelegate, variable row heights with
cached size hints) with a bare QListView with fixed row heights, and with the same feed
when size hints are not cached. Each insert is timed until the view has laid out and
repainted. A benchmark, not a test:

    QT_QPA_PLATFORM=offscreen python bench/bench_feed.py [--rows 10000] [--inserts 40]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QModelIndex, QStringListModel
from PySide6.QtWidgets import QApplication, QListView

from sm_sim.engine import events as ev
from sm_sim.ui.feed.model import FeedModel
from sm_sim.ui.feed.store import FeedStore
from sm_sim.ui.feed.view import FeedView
from sm_sim.ui.kit import theme

WORDS = ["the", "police", "never", "tell", "us", "anything", "cover", "up", "as", "usual",
         "honestly", "typical", "here", "we", "go"]


def post(n: int) -> ev.PostPublished:
    text = " ".join(WORDS[(n + i) % len(WORDS)] for i in range(8 + n % 30))
    return ev.PostPublished(float(n), f"c{n}", "reply" if n % 3 else "post", "crowd",
                            f"@user{n}", f"User {n}", "public", text, likes=n % 50,
                            reply_to="c0" if n % 3 else None)


def settle(app: QApplication, view: QListView) -> None:
    app.processEvents()  # runs the view's delayed layout (a benchmark may; the app never does)
    view.viewport().repaint()


def time_inserts(app: QApplication, view: QListView, insert: Callable[[int], None],
                 start: int, count: int) -> list[float]:
    times = []
    for n in range(start, start + count):
        began = time.perf_counter()
        insert(n)
        settle(app, view)
        times.append((time.perf_counter() - began) * 1000)
    return times


def feed(app: QApplication, rows: int, inserts: int, cached: bool = True,
         paged: bool = False) -> list[float]:
    store = FeedStore("@EastbridgeNPT")
    view = FeedView(FeedModel(store))
    if not cached:
        view.delegate._sizes = _Forgetful()  # type: ignore[assignment]
        view.delegate._layouts = _Forgetful()  # type: ignore[assignment]
    view.resize(600, 900)
    view.show()
    for n in range(rows):
        store.add_post(post(n))
    while store.pending:
        store.flush(float(rows))
    model = view.feed
    if paged:
        model.trim()
    while not paged and model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())  # as if the trainee had scrolled through all of it
    settle(app, view)
    if not paged:  # a reader deep in the feed: the view keeps all rows and their place
        view.verticalScrollBar().setValue(view.verticalScrollBar().maximum() // 2)
        settle(app, view)
    assert model.total == rows and model.rowCount() == (rows if not paged else 200)

    def insert(n: int) -> None:
        store.add_post(post(n))
        store.flush(float(n))
    result = time_inserts(app, view, insert, rows, inserts)
    assert model.rowCount() == (rows + inserts if not paged else 200 + inserts)
    view.close()
    return result


class _Forgetful(dict):  # type: ignore[type-arg]
    """A cache that keeps nothing: the delegate measures every row every time."""

    def __setitem__(self, key: object, value: object) -> None:
        pass


def bare(app: QApplication, rows: int, inserts: int) -> list[float]:
    model = QStringListModel([post(n).text for n in range(rows)])
    view = QListView()
    view.setUniformItemSizes(True)
    view.setModel(model)
    view.resize(600, 900)
    view.show()
    settle(app, view)

    def insert(n: int) -> None:
        model.insertRows(0, 1)
        model.setData(model.index(0), post(n).text)
    result = time_inserts(app, view, insert, rows, inserts)
    view.close()
    return result


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--inserts", type=int, default=40)
    parser.add_argument("--uncached", action="store_true", help="also time without the cache")
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    theme.apply(app, theme.LIGHT)
    fixed = statistics.median(bare(app, args.rows, args.inserts))
    ours = statistics.median(feed(app, args.rows, args.inserts))
    paged = statistics.median(feed(app, args.rows, args.inserts, paged=True))
    print(f"feed of {args.rows:,} posts, median time per new post ({args.inserts} inserts):")
    print(f"  bare QListView, fixed row height, all rows loaded : {fixed:8.2f} ms")
    print(f"  Chirrup feed, cached size hints, all rows loaded  : {ours:8.2f} ms"
          f"   ratio {ours / fixed:5.2f}x")
    print(f"  Chirrup feed as the app runs it (newest pages)    : {paged:8.2f} ms"
          f"   ratio {paged / fixed:5.2f}x")
    if args.uncached:
        slow = statistics.median(feed(app, args.rows, max(3, args.inserts // 8), cached=False))
        print(f"  Chirrup feed, no size-hint cache, all rows loaded : {slow:8.2f} ms"
              f"   ratio {slow / fixed:5.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
