"""Benchmark: the feed, against a bare QListView with uniform rows.

``figures()`` (what ``bench/run.py`` reports): 10,000 posts appended in 250-post frames (as the
app's store releases them) and then scrolled top to bottom with painting, against a bare
uniform-row QListView on a QStringListModel given the same texts in the same frames, the same
number of rows on both sides at the end; and the worst and 99th-percentile frame while a
500-post pile-on arrives on the attempt screen, reader at the top and scrolled away, against
the bare list given the same posts in the same frames.

Without ``--figures``, the cost of one new post arriving in a 10,000-post feed: the app's
feed (FeedModel + FeedView + FeedDelegate, variable row heights with cached size hints)
against a bare QListView with fixed row heights, and with the same feed
when size hints are not cached. Each insert is timed until the view has laid out and
repainted. A benchmark, not a test:

    QT_QPA_PLATFORM=offscreen python bench/bench_feed.py [--rows 10000] [--inserts 40]
    QT_QPA_PLATFORM=offscreen python bench/bench_feed.py --figures [--quick]
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QModelIndex, QStringListModel, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QListView

from sm_sim.engine import ScenarioRun
from sm_sim.engine import events as ev
from sm_sim.scenario import load_scenario
from sm_sim.scenario.build import build_scenario
from sm_sim.ui.attempt.view import AttemptView
from sm_sim.ui.feed.model import FeedModel
from sm_sim.ui.feed.store import MAX_PER_FRAME, FeedStore
from sm_sim.ui.feed.view import FeedView
from sm_sim.ui.kit import theme
from sm_sim.ui.session.attempt import AttemptSession, AttemptSpec, Mode
from sm_sim.ui.session.clock import FRAME_MS, SimulatedClockDriver

sys.path.insert(0, str(Path(__file__).resolve().parent))
from figures import ROOT, Figure, alternate, at_most, median, percentile, print_table, under

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


def frame(app: QApplication) -> None:
    """What the event loop does after a tick: the delayed layout, then the paint of whatever
    changed (offscreen, into the window's backing store). The figures time this, for ours and
    the baseline alike; ``settle`` also repaints the whole viewport, changed or not."""
    app.processEvents()


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


def bare_view(model: QStringListModel) -> QListView:
    """The baseline: a bare uniform-row list on ``model``, shown at the feed's size."""
    view = QListView()
    view.setUniformItemSizes(True)
    view.setModel(model)
    view.resize(600, 900)
    view.show()
    return view


def bare(app: QApplication, rows: int, inserts: int) -> list[float]:
    model = QStringListModel([post(n).text for n in range(rows)])
    view = bare_view(model)
    settle(app, view)

    def insert(n: int) -> None:
        model.insertRows(0, 1)
        model.setData(model.index(0), post(n).text)
    result = time_inserts(app, view, insert, rows, inserts)
    view.close()
    return result


# -- figures: 10,000 posts appended in frames and scrolled to the end ----------------------------
def scroll_to_end(app: QApplication, view: QListView) -> int:
    """Page down, painting each page, until the last row is on screen (a view that loads rows
    as it is scrolled, as ours does, loads them all); the pages painted."""
    bar, model, pages = view.verticalScrollBar(), view.model(), 0
    while True:
        if bar.value() >= bar.maximum():
            if not model.canFetchMore(QModelIndex()):
                return pages
            model.fetchMore(QModelIndex())  # the view asks itself on reaching the end
            frame(app)
            continue
        bar.setValue(bar.value() + bar.pageStep())
        frame(app)
        pages += 1


def resident() -> int:
    """This process's resident memory in bytes (Linux), after a garbage collection."""
    gc.collect()
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE")


Run = tuple[float, float, int, float]  # seconds appending, seconds scrolling, pages, bytes a post


def append_and_scroll_ours(app: QApplication, rows: int) -> Run:
    """Seconds to append ``rows`` posts in frames of 250 (the store's frame) and to scroll
    through them all, the pages painted on the way down, and the memory each post holds
    once scrolled through: the app's store, model, view and delegate."""
    before = resident()
    store = FeedStore("@EastbridgeNPT")
    view = FeedView(FeedModel(store))
    view.resize(600, 900)
    view.show()
    frame(app)
    began = time.perf_counter()
    for start in range(0, rows, MAX_PER_FRAME):
        for n in range(start, min(rows, start + MAX_PER_FRAME)):
            store.add_post(post(n))
        store.flush(float(start))
        frame(app)
    appended = time.perf_counter()
    pages = scroll_to_end(app, view)
    scrolled = time.perf_counter()
    held = (resident() - before) / rows
    assert store.pending == 0 and view.feed.rowCount() == rows, view.feed.rowCount()
    view.close()
    view.deleteLater()
    app.processEvents()
    return appended - began, scrolled - appended, pages, held


def append_and_scroll_bare(app: QApplication, rows: int) -> Run:
    """The same for a bare list: the same texts, newest first, in the same frames (its
    memory is not measured: too little to tell from the process's own)."""
    model = QStringListModel()
    view = bare_view(model)
    frame(app)
    began = time.perf_counter()
    for start in range(0, rows, MAX_PER_FRAME):
        batch = [post(n).text for n in range(start, min(rows, start + MAX_PER_FRAME))]
        model.insertRows(0, len(batch))
        for row, text in enumerate(reversed(batch)):
            model.setData(model.index(row), text)
        frame(app)
    appended = time.perf_counter()
    pages = scroll_to_end(app, view)
    scrolled = time.perf_counter()
    assert model.rowCount() == rows
    view.close()
    view.deleteLater()
    app.processEvents()
    return appended - began, scrolled - appended, pages, 0.0


def feed_figures(app: QApplication, rows: int, runs: int) -> list[Figure]:
    append_and_scroll_bare(app, 500)  # warm-up: fonts, avatars, the style
    append_and_scroll_ours(app, 500)
    ours, bare = alternate(lambda: append_and_scroll_ours(app, rows),
                           lambda: append_and_scroll_bare(app, rows), runs, warmup=0)
    against = "bare QListView, uniform rows, QStringListModel, same texts and frames"
    goal = at_most(3)
    parts = [("append", f"feed: {rows:,} posts appended in {MAX_PER_FRAME}-post frames",
              [r[0] for r in ours], [r[0] for r in bare]),
             ("scroll", f"feed: the {rows:,} posts scrolled top to bottom, painted",
              [r[1] for r in ours], [r[1] for r in bare]),
             ("total", f"feed: {rows:,} posts appended and scrolled to the end",
              [r[0] + r[1] for r in ours], [r[0] + r[1] for r in bare])]
    pages = {"ours_pages": float(ours[0][2]), "baseline_pages": float(bare[0][2])}
    note = (f"scrolling a page at a time: {ours[0][2]:,} pages of our taller rows, "
            f"{bare[0][2]:,} of the bare list's one-line rows")
    found = [Figure(f"feed.{key}", name, median(a), median(b), "s", against, goal, runs,
                    note if key != "append" else "", pages if key != "append" else {})
             for key, name, a, b in parts]
    # The same scrolling, per page painted: ours are taller rows, so more pages for the
    # same posts; this is what each screenful costs a reader.
    found.append(Figure("feed.page", "feed: one page scrolled and painted",
                        median([r[1] / r[2] * 1e3 for r in ours]),
                        median([r[1] / r[2] * 1e3 for r in bare]), "ms",
                        "bare QListView, one page of its own rows", goal, runs, note))
    texts = sum(sys.getsizeof(post(n).text) for n in range(rows)) / rows
    found.append(Figure("feed.memory", f"feed: memory per post, {rows:,} posts scrolled through",
                        median([r[3] / 1024 for r in ours]), texts / 1024, "KiB",
                        "the post's text alone, as a Python string", None, runs,
                        "resident memory grown, over the posts: the store, the model, the "
                        "measured heights and laid-out text the delegate keeps"))
    return found


# -- figures: frames while a pile-on arrives ------------------------------------------------------
BURST_AT, BURST_OVER = 60.0, 2.0  # the pile-on starts a minute in and lasts two seconds


def burst_scenario(before: int, burst: int) -> object:
    """One state: a post, ``before`` replies over the first 30 s, then ``burst`` replies in
    ``BURST_OVER`` seconds."""
    sys.path.insert(0, str(ROOT / "tests"))
    from engine.test_machine import _chain  # the tests' smallest valid scenario

    def crowd(at: float, count: int, over: float) -> dict[str, object]:
        return {"at": at, "kind": "reply", "target": "root", "count": count, "over": over,
                "tones": {"angry": 2, "kind": 1},
                "templates": {"angry": ["{x} you lot never tell us anything", "cover up as {x}"],
                              "kind": ["thanks for the update, {x} appreciated"]},
                "slots": {"x": ["honestly", "typical", "really", "as usual"]}}
    data = _chain(1)
    data["states"]["s0"] = {
        "injects": [{"at": 0, "type": "post", "id": "root", "from": "p",
                     "text": "Road closed on the high street after an incident"}],
        "crowds": [crowd(1, before, 30), crowd(BURST_AT, burst, BURST_OVER)],
        "next": {"after": 600, "goto": "done"}}
    return build_scenario(data)


def burst_frames(scenario: object) -> tuple[int, list[list[str]]]:
    """Headless: the posts out by the burst, and the texts arriving in each frame of it."""
    run = ScenarioRun(scenario)  # type: ignore[arg-type]
    arrived: list[str] = []
    run.subscribe(lambda e: arrived.append(e.text) if isinstance(e, ev.PostPublished) else None)
    run.start()
    run.advance(BURST_AT - 1)
    before, frames = len(arrived), []
    while run.now < BURST_AT + BURST_OVER + 1:
        count = len(arrived)
        run.advance(run.now + FRAME_MS / 1000)
        frames.append(arrived[count:])
    return before, frames


def burst_ours(app: QApplication, scenario: object, away: bool) -> list[float]:
    """Milliseconds per frame while the burst arrives on the attempt screen, the clock stepped
    one frame at a time as the app's timer steps it."""
    guidance = load_scenario(ROOT / "scenarios" / "cordon_questions.yaml").guidance
    session = AttemptSession(AttemptSpec(scenario, guidance, Mode.PRACTICE, "Bench Mark"),  # type: ignore[arg-type]
                             SimulatedClockDriver)
    view = AttemptView(session)
    view.resize(1400, 900)
    view.show()
    session.start()
    while session.now < BURST_AT - 1:
        session.clock.step(1.0)
    feed = view.home
    frame(app)
    if away:
        feed.verticalScrollBar().setValue(feed.verticalScrollBar().maximum() // 2)
        frame(app)
    times = []
    while session.now < BURST_AT + BURST_OVER + 1:
        began = time.perf_counter()
        session.clock.step(FRAME_MS / 1000)
        frame(app)
        times.append((time.perf_counter() - began) * 1000)
    assert view.store.pending == 0
    session.abandon()
    view.close()
    view.deleteLater()
    app.processEvents()
    return times


def burst_bare(app: QApplication, before: int, frames: list[list[str]], away: bool) -> list[float]:
    model = QStringListModel([post(n).text for n in range(before)])
    view = bare_view(model)
    frame(app)
    if away:
        view.verticalScrollBar().setValue(view.verticalScrollBar().maximum() // 2)
        frame(app)
    times = []
    for texts in frames:
        began = time.perf_counter()
        if texts:
            model.insertRows(0, len(texts))
            for row, text in enumerate(reversed(texts)):
                model.setData(model.index(row), text)
        frame(app)
        times.append((time.perf_counter() - began) * 1000)
    view.close()
    view.deleteLater()
    app.processEvents()
    return times


def burst_figures(app: QApplication, before: int, burst: int, runs: int) -> list[Figure]:
    scenario = burst_scenario(before, burst)
    shown, frames = burst_frames(scenario)
    found = []
    for away in (False, True):
        ours, bare = alternate(lambda a=away: burst_ours(app, scenario, a),
                               lambda a=away: burst_bare(app, shown, frames, a), runs)
        where = "reader scrolled away" if away else "reader at the top"
        against = f"bare QListView, uniform rows, the same posts in the same {len(frames)} frames"
        for key, name, measure in (("worst", "worst frame", max),
                                   ("p99", "99th-percentile frame",
                                    lambda t: percentile(t, 99))):
            found.append(Figure(
                f"burst.{key}.{'away' if away else 'top'}",
                f"{name}, {burst}-post burst in {BURST_OVER:g} s, {where}",
                median([measure(t) for t in ours]), median([measure(t) for t in bare]), "ms",
                against, under(16, "ms"), runs,
                f"{len(frames)} frames of {FRAME_MS} ms of simulated time; the feed held "
                f"{shown:,} posts first"))
    return found


def _quiet(mode: object, context: object, message: str) -> None:
    if "propagateSizeHints" not in message:  # the offscreen platform, about itself
        sys.stderr.write(message + "\n")


def figures(quick: bool = False) -> list[Figure]:
    qInstallMessageHandler(_quiet)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    theme.apply(app, theme.LIGHT)
    rows, runs = (1_000, 1) if quick else (10_000, 3)
    before, burst, burst_runs = (200, 100, 1) if quick else (1_000, 500, 5)
    return [*feed_figures(app, rows, runs), *burst_figures(app, before, burst, burst_runs)]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--inserts", type=int, default=40)
    parser.add_argument("--uncached", action="store_true", help="also time without the cache")
    parser.add_argument("--figures", action="store_true",
                        help="the figures bench/run.py reports, instead")
    parser.add_argument("--quick", action="store_true", help="with --figures: small sizes")
    args = parser.parse_args()
    if args.figures:
        print_table(figures(args.quick))
        return 0
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
