"""What a screen reader is told as an attempt runs, wherever the focus is (kit/announce.py):
a decision opening, its countdown running low, a gauge moving, a work message arriving, and
time running out. The screen-reader test (tests/a11y) hears the same over AT-SPI; this one
listens at the app's side, with the simulated clock, so it can let a countdown run down."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from sm_sim.scenario.library import Entry
from sm_sim.ui.kit.announce import announcer
from sm_sim.ui.main_window import MainWindow
from sm_sim.ui.session.attempt import Mode

MARY = ("Your move: Mary is frightened and asks what happened. The facts are not confirmed and the "
        "investigation has just begun. How do you answer her? 1 minute 30 seconds to decide.")


@pytest.fixture
def heard() -> Iterator[list[tuple[str, bool]]]:
    said: list[tuple[str, bool]] = []

    def hear(text: str, urgent: bool) -> None:
        said.append((text, urgent))

    announcer().said.connect(hear)
    yield said
    announcer().said.disconnect(hear)


def test_a_decision_and_its_countdown_are_announced_as_it_runs_down(
        window: MainWindow, example: Entry, heard: list[tuple[str, bool]]) -> None:
    session = window.start_attempt(example, Mode.PRACTICE, "PC Ears")
    compose = window.attempt.compose
    assert session.clock.run_until(lambda: compose.decision is not None)
    assert heard == [("Public trust down 3 to 47: medium", False), (MARY, False)]
    heard.clear()
    assert session.clock.run_until(lambda: compose.decision is None, step=0.5)  # time runs out
    assert heard[:4] == [("1 minute left to decide", False), ("30 seconds left to decide", False),
                         ("10 seconds left to decide", True),  # interrupts what is being read
                         ("Time ran out — the default was: Leave it — the force account will update",
                          False)]


def test_an_assessment_has_no_gauges_to_announce(window: MainWindow, example: Entry,
                                                heard: list[tuple[str, bool]]) -> None:
    session = window.start_attempt(example, Mode.ASSESSMENT, "PC Ears")
    compose = window.attempt.compose
    assert session.clock.run_until(lambda: compose.decision is not None)
    assert heard == [(MARY, False)]
