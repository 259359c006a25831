"""The workbench read whole on a laptop's screen, on the tutorial's real files: each box holds
its words and no box hides an arrow's label; an ending with both backlashes is coloured as a
bad outcome; a problem says its line and what to do without scrolling sideways; the details
say where a branch leads; the timeline's ids are whole where there is room; and the
workbench and its preview fit a 1024-pixel screen."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF

from sm_sim.ui.app import app_font as make_application_font
from sm_sim.ui.kit import appearance
from sm_sim.ui.kit.appearance import Appearance
from sm_sim.ui.preview import PreviewWindow
from sm_sim.ui.session.clock import SimulatedClockDriver
from sm_sim.ui.workbench.timeline import FITTED, WIDTHS, TimelinePanel
from sm_sim.ui.workbench.window import WorkbenchWindow

from ..conftest import ROOT

TUTORIAL = ROOT / "docs" / "tutorial"


@pytest.fixture(autouse=True)
def app_font(qapp) -> Iterator[None]:
    """The font the app itself starts with (DejaVu Sans, at least 12 points), so sizes are
    the app's own."""
    before = appearance.base_font(qapp)
    appearance.set_base_font(make_application_font(qapp))
    appearance.apply(qapp, Appearance("light"))
    yield
    appearance.set_base_font(before)
    appearance.apply(qapp, Appearance("light"))


def _file(tmp_path: Path, step: str = "final.yaml") -> Path:
    path = tmp_path / "before_you_go_on_leave.yaml"
    shutil.copy(TUTORIAL / step, path)
    return path


def _bench(qtbot, path: Path, size: tuple[int, int] = (1366, 768)) -> WorkbenchWindow:
    window = WorkbenchWindow(path, clock=SimulatedClockDriver, preview=PreviewWindow)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    return window


def test_every_box_holds_its_words_and_no_box_hides_an_arrow_label(qtbot, tmp_path) -> None:
    window = _bench(qtbot, _file(tmp_path))
    boxes = window.map.boxes
    for box in boxes.values():
        inside = box.rect().adjusted(-0.5, -0.5, 0.5, 0.5)
        for part in box.childItems():
            assert inside.contains(part.mapRectToParent(part.boundingRect())), box.node.id
    for arrow, (_line, label) in window.map.arrows:
        drawn: QRectF = label.sceneBoundingRect()
        hidden = [b.node.id for b in boxes.values() if b.sceneBoundingRect().intersects(drawn)]
        assert not hidden, (arrow.label, hidden)


def test_an_ending_with_both_backlashes_is_filled_as_a_bad_outcome(qtbot, tmp_path) -> None:
    window = _bench(qtbot, _file(tmp_path))
    both, public = window.map.boxes["let_down"], window.map.boxes["row_in_replies"]
    good = window.map.boxes["trust_kept"]
    assert both.node.outcome == "internal+public" and public.node.outcome == "public"
    assert both.brush().color() == public.brush().color() != good.brush().color()


def test_a_problem_says_its_line_and_what_to_do_without_scrolling_sideways(qtbot, tmp_path) -> None:
    window = _bench(qtbot, _file(tmp_path, "step2_mistake.yaml"), (1024, 600))
    [diagnostic] = window.diagnostics
    problems = window.problems
    item = problems.item(0)
    place = f"{diagnostic.path}:{diagnostic.line}:{diagnostic.col}: "
    assert item.text() == (f"line {diagnostic.line}, column {diagnostic.col}: "
                           + diagnostic.format().removeprefix(place))
    assert "SC030" in item.text() and item.text().endswith("did you mean 'late_message'?")
    lines = problems.visualItemRect(item).height() // problems.fontMetrics().height()
    assert lines >= 2  # wrapped, not cut at the panel's edge
    assert problems.horizontalScrollBar().maximum() == 0
    assert problems.visualItemRect(item).right() <= problems.viewport().width()


def test_the_details_say_where_a_branch_leads_and_when(qtbot, tmp_path) -> None:
    window = _bench(qtbot, _file(tmp_path))
    window.map.select("late_message")
    text = window.details.toPlainText()
    assert "if cover >= 1 → criticism · escalation -5" in text
    assert "otherwise → let_down · escalation -10" in text
    assert "her curtains…" in text  # a long message is cut with an ellipsis


def test_the_timeline_reads_ids_whole_where_there_is_room(qtbot, tmp_path) -> None:
    window = _bench(qtbot, _file(tmp_path))
    panel = TimelinePanel()
    qtbot.addWidget(panel)
    panel.path.setCurrentIndex(1)  # the worst play: a long state id, a handle, a message
    panel.set_scenario(window.scenario)
    table, em = panel.table, panel.table.fontMetrics().averageCharWidth()
    panel.resize(1366, 400)
    panel.show()
    qtbot.waitUntil(lambda: table.viewport().width() > 1200)
    panel.refresh()
    for column in FITTED:
        assert table.columnWidth(column) >= table.sizeHintForColumn(column), column
    assert table.columnWidth(4) >= table.viewport().width() // 2 - table.columnWidth(0)
    panel.resize(700, 400)  # narrow: what is said keeps its room, the ids their first widths
    qtbot.waitUntil(lambda: table.viewport().width() < 700)
    assert [table.columnWidth(c) for c in FITTED] == [WIDTHS[c] * em for c in FITTED]


def test_coverage_says_when_nothing_is_left_unvisited(qtbot, tmp_path) -> None:
    window = _bench(qtbot, _file(tmp_path))
    panel = window.coverage
    with qtbot.waitSignal(panel.plays_done, timeout=20_000):
        panel.run_plays()
    assert panel.unvisited.count() == 0
    assert panel.summary.text().endswith("; nothing is left unvisited")


def test_the_workbench_and_its_preview_fit_a_1024_pixel_screen(qtbot, tmp_path) -> None:
    window = _bench(qtbot, _file(tmp_path), (1024, 600))
    window.map.select("late_message")  # the play button now names the state
    for panel in (window.timeline, window.coverage):
        panel.parentWidget().raise_()
        assert window.minimumSizeHint().width() <= 1024
    assert window.width() <= 1024
    preview = window.play_from("late_message", {"cover": 1})
    assert preview is not None
    qtbot.addWidget(preview)
    assert isinstance(preview, PreviewWindow) and preview.view.bar.gauges  # a practice run
    assert preview.minimumSizeHint().width() <= 1024  # it opened wider, and can be made narrower
    preview.resize(1024, 600)
    qtbot.waitUntil(lambda: preview.width() <= 1024)
    preview.close()


def test_after_a_preview_only_the_way_a_branching_option_went_is_bright(qtbot, tmp_path) -> None:
    window = _bench(qtbot, _file(tmp_path))
    preview = window.play_from("late_message", {"cover": 1})
    assert preview is not None
    qtbot.addWidget(preview)
    compose = preview.view.compose
    assert preview.session.clock.run_until(lambda: compose.decision is not None)
    assert compose.select_id("leave_it") and compose.submit()  # with cover: on to criticism
    bright = {(a.source, a.target): items[0].opacity() == 1.0 for a, items in window.map.arrows}
    assert bright[("late_message", "criticism")] and not bright[("late_message", "let_down")]
    assert not bright[("last_shift", "late_message")]  # the preview began after it
    preview.close()
