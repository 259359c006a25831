"""Shared by the records tests and the slow player they kill: one deterministic way to play
the worked example that exercises free text (an em dash and emoji), a time-out and more."""

from __future__ import annotations

from pathlib import Path

from sm_sim.engine import Choice, ScenarioRun, automatic
from sm_sim.scenario.model import Decision

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "scenarios" / "cordon_questions.yaml"
REPLY = ("Hi Mary — I understand you're worried 🙏😂. Officers are at the scene; "
         "if you saw anything please call 101.")


def chooser(run: ScenarioRun, decision: Decision, taken: list[str]) -> Choice:
    """First a free-text reply, then let a timed decision run out (when time limits are not
    off), then the best option."""
    number = len(taken)
    taken.append(decision.id)
    free = [o for o in decision.options if o.free_text]
    if number == 0 and free:
        return Choice(free[0].id, REPLY, "high")
    if number == 1 and run.time_limits.limit(decision.time_limit) and decision.on_timeout:
        return Choice(None)
    return automatic("best", run.seed)(run, decision)


def make_chooser():  # type: ignore[no-untyped-def]
    taken: list[str] = []
    return lambda run, decision: chooser(run, decision, taken)
