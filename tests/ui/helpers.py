"""Helpers the GUI tests share: playing an attempt through the window's own widgets."""

from __future__ import annotations

from collections.abc import Callable

from sm_sim.scenario.library import Entry
from sm_sim.ui.main_window import MainWindow
from sm_sim.ui.session.attempt import AttemptSession, Mode


def play_through(window: MainWindow, answers: dict[str, str] | None = None,
                 until: Callable[[], bool] | None = None, text: str = "") -> None:
    """Answer every decision through the compose panel (the first option that needs no typing,
    or ``answers[decision id]``, an option that asks for words given ``text``) until the run
    ends, or ``until()`` when given."""
    session, compose = window.session, window.attempt.compose
    assert session is not None
    done = until or (lambda: session.run.ended)
    while not done():
        ready = session.clock.run_until(lambda: compose.decision is not None or done(), step=2.0)
        assert ready, "the attempt stalled"
        if done():
            break
        decision = compose.decision
        wanted = (answers or {}).get(decision.id)
        option = wanted or next(o.id for o in compose.options if not o.free_text)
        assert compose.select_id(option)
        chosen = compose.selected()
        if text and chosen is not None and chosen.free_text:
            compose.type_text(text)
        compose.confidence.set_value("medium")
        assert compose.submit()


def start_and_answer(window: MainWindow, entry: Entry, option: str, trainee: str = "PC Keys",
                     mode: Mode = Mode.PRACTICE) -> AttemptSession:
    """Start an attempt and answer its first decision with ``option``, through the panel."""
    session = window.start_attempt(entry, mode, trainee)
    compose = window.attempt.compose
    assert session.clock.run_until(lambda: compose.decision is not None)
    assert compose.select_id(option)
    assert compose.submit()
    return session
