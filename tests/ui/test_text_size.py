"""Text at 200% on a 1366×768 window: no label, button or painted part is cut off on the start
screen, an attempt with a busy feed, or the debrief; and the feed's rows grow with the font."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QLabel,
    QTabBar,
    QWidget,
)

from sm_sim.scoring.debrief import NOT_SCORED
from sm_sim.ui.app import app_font as make_application_font
from sm_sim.ui.attempt.side_widgets import Gauge
from sm_sim.ui.debrief.charts import CompetencyChart, ScoreRing
from sm_sim.ui.feed.layout import (
    QUOTE_LINES,
    Fonts,
    action_slots,
    count_x,
    first_lines,
    measure,
    post_header,
    text_height,
)
from sm_sim.ui.feed.store import FeedStore
from sm_sim.ui.kit import appearance
from sm_sim.ui.kit.appearance import Appearance
from sm_sim.ui.kit.elided import ElidedLabel
from sm_sim.ui.main_window import MainWindow
from sm_sim.ui.results.chart import CohortChart
from sm_sim.ui.session.attempt import Mode

from .helpers import play_through
from .test_feed import post

FEED_WIDTH = 640  # the home feed's width at 1366×768, whatever the text size
CHECKED = (QLabel, QAbstractButton, QComboBox, Gauge, ScoreRing, CompetencyChart, CohortChart)


def _needs(widget: QWidget) -> tuple[int, int]:
    """The width and height ``widget`` needs to show all of its text."""
    if isinstance(widget, ElidedLabel):  # may shorten, with its whole text as its tooltip
        return 0, widget.sizeHint().height()
    if widget.hasHeightForWidth():  # wraps: as narrow as its longest word, as tall as it wraps
        return widget.minimumSizeHint().width(), widget.heightForWidth(widget.width())
    hint = widget.sizeHint()
    return hint.width(), hint.height()


def _shown_area(widget: QWidget, window: QWidget) -> QRect:
    """Where ``widget`` can be seen across: inside every scroll area around it and the window."""
    area = window.rect()
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractScrollArea):
            viewport = parent.viewport()
            area &= QRect(viewport.mapTo(window, viewport.rect().topLeft()), viewport.size())
        parent = parent.parentWidget()
    return area


def cut_off(window: QWidget, root: QWidget) -> list[str]:
    """Every visible text-bearing widget under ``root`` that is smaller than its text, or
    reaches out of sight sideways; and every tab narrower than its title."""
    problems = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.width() <= 0:
            continue
        what = f"{type(widget).__name__} {widget.objectName()!r} " \
               f"{getattr(widget, 'text', lambda: '')()!r}"
        if isinstance(widget, QTabBar):
            problems += [f"tab {widget.tabText(i)!r}" for i in range(widget.count())
                         if widget.tabRect(i).width() < widget.tabSizeHint(i).width()]
            continue
        if not isinstance(widget, CHECKED):
            continue
        width, height = _needs(widget)
        if width > widget.width() or height > widget.height():
            problems.append(f"{what}: needs {width}×{height}, has {widget.width()}×{widget.height()}")
        if isinstance(widget, ElidedLabel) and widget.text() != widget.full_text() \
                and widget.toolTip() != widget.full_text():
            problems.append(f"{what}: shortened without its whole text as a tooltip")
        place = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
        area = _shown_area(widget, window)
        if place.left() < area.left() or place.right() > area.right():
            problems.append(f"{what}: reaches out of sight sideways ({place} in {area})")
    return problems


@pytest.fixture
def app_font(qapp) -> Iterator[None]:
    """The font the app itself starts with (DejaVu Sans, at least 12 points) as 100%."""
    before = appearance.base_font(qapp)
    appearance.set_base_font(make_application_font(qapp))
    yield
    appearance.set_base_font(before)


@pytest.fixture
def large(window: MainWindow, qapp, app_font) -> MainWindow:
    appearance.apply(qapp, Appearance("light", 2.0))
    window.resize(1366, 768)
    return window


def _settle(qtbot, window: MainWindow) -> None:
    """Run the layout passes Qt has queued (polishing a new page asks for more), to the end."""
    for _ in range(10):
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        window.layout().activate()


def test_the_start_screen_fits_its_text_at_200_percent(qtbot, large: MainWindow) -> None:
    large.start_screen.choose("cordon_questions", Mode.PRACTICE, "PC Sam Okafor")
    _settle(qtbot, large)
    problems = cut_off(large, large.start_screen)
    assert not problems, "\n".join(problems)


def test_an_attempt_and_its_debrief_fit_their_text_at_200_percent(qtbot, large: MainWindow,
                                                                 example) -> None:
    session = large.start_attempt(example, Mode.PRACTICE, "PC Sam Okafor")
    attempt = large.attempt
    assert session.clock.run_until(lambda: attempt.compose.decision is not None
                                   and attempt.home.feed.rowCount() >= 3)
    attempt.compose.select(1)
    _settle(qtbot, large)
    problems = cut_off(large, large)
    assert not problems, "\n".join(problems)
    play_through(large)
    assert large.stack.currentWidget() is large.debrief
    _settle(qtbot, large)
    problems = cut_off(large, large.debrief)
    assert not problems, "\n".join(problems)


def test_the_results_view_fits_its_text_at_200_percent(qtbot, large: MainWindow,
                                                      journalled) -> None:
    """The stat tiles, the filters, the table's headings and the cohort chart."""
    journalled("PC Aisha Rahman", "best")
    journalled("PCSO Megan Lloyd", "worst", mode="assessment")
    loaded: list[object] = []
    large.results.loaded.connect(loaded.append)
    large.show_results()
    qtbot.waitUntil(lambda: bool(loaded))
    _settle(qtbot, large)
    assert large.results.model.rowCount() == 2
    problems = cut_off(large, large.results)
    assert not problems, "\n".join(problems)
    header = large.results.table.horizontalHeader()
    narrow = [c for c in range(header.count())
              if header.sectionSize(c) < header.sectionSizeFromContents(c).width()]
    assert not narrow, "a column heading is cut"


def test_feed_rows_grow_with_the_text(qtbot, window: MainWindow, example, qapp) -> None:
    session = window.start_attempt(example, Mode.PRACTICE, "PC Sam Okafor")
    feed = window.attempt.home
    assert session.clock.run_until(lambda: feed.feed.rowCount() >= 2)
    _settle(qtbot, window)
    first = feed.feed.index(0)
    normal = feed.visualRect(first).height()
    appearance.apply(qapp, Appearance("light", 2.0))
    qtbot.waitUntil(lambda: feed.visualRect(first).height() > 1.6 * normal)


@pytest.mark.parametrize("scale", [1.0, 2.0])
def test_a_post_s_parts_stay_inside_its_row(qapp, app_font, scale: float) -> None:
    """Header, counters and the "…" button sit inside the row and do not overlap, whatever
    the text size, in a feed as wide as a 1366-pixel window gives it: they are measured
    from the font."""
    store = FeedStore("@EastbridgeNPT")
    store.add_post(post(1, name="Eastbridge Neighbourhood Policing Team", verified=True,
                        handle="@EastbridgeNeighbourhoodPolice", text="word " * 30))
    store.flush(1.0)
    item = store.get("c1")
    appearance.apply(qapp, Appearance("light", scale))
    fonts = Fonts.from_font(qapp.font())
    layout = measure(item, FEED_WIDTH, fonts, store, None)
    row = QRect(0, 0, FEED_WIDTH, layout.height)
    slots = dict(action_slots(layout, fonts))
    widest = QFontMetrics(fonts.small).horizontalAdvance("8.8M")
    for name, slot in slots.items():
        assert row.contains(slot), name
        assert slot.height() >= fonts.small_line, name
        if name in ("reply", "repost", "like", "views"):  # the icon, then the largest count
            assert count_x(slot, fonts) + widest <= slot.right(), name
    parts = post_header(item, layout, fonts, store.now)
    assert parts.right <= slots["more"].left()
    assert parts.name_width + parts.meta_width <= layout.content_w


def test_the_score_ring_holds_its_number_at_200_percent(qtbot, qapp, app_font) -> None:
    appearance.apply(qapp, Appearance("light", 2.0))
    ring = ScoreRing(100, 60, True)
    qtbot.addWidget(ring)
    ring.resize(ring.sizeHint())
    score, out_of = ring.text_rects()
    assert score.bottom() <= out_of.top()  # the score over "/ 100", not on it
    inner = ring.ring().width() / 2 - ring._pen() / 2
    block_w = max(QFontMetrics(ring._big()).horizontalAdvance("100"),
                  ring.fontMetrics().horizontalAdvance("/ 100"))
    centre = ring.ring().center()
    for x in (centre.x() - block_w / 2, centre.x() + block_w / 2):  # the block's corners
        for y in (score.top(), out_of.bottom()):
            assert (x - centre.x()) ** 2 + (y - centre.y()) ** 2 <= inner ** 2


def test_a_competency_not_scored_says_why_in_full_however_narrow(qtbot, qapp, app_font) -> None:
    appearance.apply(qapp, Appearance("light", 2.0))
    chart = CompetencyChart([("Confidentiality", 0), ("Officer safety", None)], 60)
    qtbot.addWidget(chart)
    wide, narrow = chart.heightForWidth(1200), chart.heightForWidth(500)
    assert narrow > wide  # the reason wraps onto more lines, and the chart grows to hold them
    text = chart.fontMetrics().boundingRect(QRect(0, 0, chart._track_width(500), 10_000),
                                            int(Qt.TextFlag.TextWordWrap), NOT_SCORED)
    assert chart._row_heights(500)[1] >= chart.fontMetrics().height() + text.height()


def test_a_long_quote_ends_in_an_ellipsis_not_mid_line(qapp, app_font) -> None:
    appearance.apply(qapp, Appearance("light", 2.0))
    fonts = Fonts.from_font(qapp.font())
    words = "So sorry Mary, it was a 19 year old lad stabbed outside number 42 Mill Road. " * 2
    shown = first_lines(fonts.body, 400, words, QUOTE_LINES)
    assert shown.endswith("…") and len(shown) < len(words)
    assert text_height(fonts.body, 400, shown) <= QUOTE_LINES * QFontMetrics(fonts.body).lineSpacing()
    assert first_lines(fonts.body, 400, "Short.", QUOTE_LINES) == "Short."
