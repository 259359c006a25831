"""Helpers the GUI tests share: playing an attempt through the window's own widgets."""

from __future__ import annotations

from collections.abc import Callable

from sm_sim.ui.main_window import MainWindow


def play_through(window: MainWindow, answers: dict[str, str] | None = None,
                 until: Callable[[], bool] | None = None) -> None:
    """Answer every decision through the compose panel (the first option that needs no typing,
    or ``answers[decision id]``) until the run ends, or ``until()`` when given."""
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
        compose.confidence.set_value("medium")
        assert compose.submit()
