"""Walk every route through a scenario by playing it: each choice at each decision
(every drafted option, each free-text option's exemplar and samples, and letting a
time limit run out). Routes that meet a decision in the same state with the same
variables lead to the same places, so each such meeting is expanded once."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from sm_sim.engine import play
from sm_sim.engine.play import Choice
from sm_sim.engine.run import ScenarioRun
from sm_sim.scenario.model import Decision, Scenario


@dataclass(frozen=True)
class Route:
    choices: tuple[Choice, ...]
    run: ScenarioRun

    @property
    def ending(self) -> str:
        assert self.run.state.ended is not None
        return self.run.state.ended.ending


class _Paused(Exception):
    def __init__(self, run: ScenarioRun, decision: Decision) -> None:
        super().__init__(decision.id)
        self.run, self.decision = run, decision


def choices(decision: Decision) -> list[Choice]:
    found: list[Choice] = []
    for option in decision.options:
        if option.free_text:
            found += [Choice(option.id, t) for t in dict.fromkeys((option.exemplar, *option.samples)) if t]
        else:
            found.append(Choice(option.id))
    if decision.time_limit is not None:
        found.append(Choice(None))
    return found


def _replay(scenario: Scenario, prefix: tuple[Choice, ...]) -> ScenarioRun | _Paused:
    queue = list(prefix)

    def choose(run: ScenarioRun, decision: Decision) -> Choice:
        if not queue:
            raise _Paused(run, decision)
        return queue.pop(0)
    try:
        return play(scenario, choose)
    except _Paused as paused:
        return paused


def routes(scenario: Scenario,
           allowed: Callable[[Decision], list[Choice]] = choices) -> Iterator[Route]:
    """Every distinct route to an ending; ``allowed`` narrows the choices at a decision."""
    seen: set[tuple[object, ...]] = set()
    todo: list[tuple[Choice, ...]] = [()]
    while todo:
        prefix = todo.pop()
        outcome = _replay(scenario, prefix)
        if isinstance(outcome, ScenarioRun):
            yield Route(prefix, outcome)
            continue
        key = (outcome.decision.id, tuple(sorted(outcome.run.state.variables.items())))
        if key in seen:
            continue
        seen.add(key)
        todo += [(*prefix, c) for c in allowed(outcome.decision)]
