"""The best and the worst score a scenario can give, per competency: over every path from
its start to an ending (each option, each branch of it, each automatic step), the score that
``score`` works out when every decision on the path earns the most, or the least, its chosen
outcome can give (a written reply's rubric at its best or worst). So the figures are the
scoring module's own, for every way through the graph, not only the ways played so far.
Points from reactions (what the trainee does unprompted) are not in them."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from ..scenario.model import Option, Outcome, Points, Scenario
from .judge import rubric_range
from .score import score

MAX_PATHS = 20_000  # past this the figures are from the first paths found (said so)
Step = tuple[str, Points, Points]  # decision id, the least and the most its outcome earns


@dataclass(frozen=True)
class Reachable:
    competencies: dict[str, tuple[int, int]]  # name -> (worst, best), 0-100
    points: dict[str, tuple[int, int]]  # name -> (worst, best) points earned on a path
    total: tuple[int, int]  # the overall score's (worst, best)
    paths: int  # how many paths the figures come from
    complete: bool = True  # False: the scenario has more than MAX_PATHS paths


def reachable_scores(scenario: Scenario, most: int = MAX_PATHS) -> Reachable:
    """Every path's best and worst score, gathered per competency."""
    found: dict[str, list[int]] = {}
    earned: dict[str, list[int]] = {}
    totals: list[int] = []
    paths = 0
    for steps, ending in _paths(scenario, scenario.start, (), frozenset()):
        if paths == most:
            break
        paths += 1
        for least in (True, False):
            scored = score(scenario, [(d, w if least else b) for d, w, b in steps], ending)
            totals.append(scored.total)
            for name, value in scored.competencies.items():
                found.setdefault(name, []).append(value)
            for name, value in scored.earned.items():
                earned.setdefault(name, []).append(value)
    return Reachable(_bounds(found), _bounds(earned), (min(totals, default=0),
                     max(totals, default=0)), paths, paths < most)


def _bounds(values: dict[str, list[int]]) -> dict[str, tuple[int, int]]:
    return {name: (min(found), max(found)) for name, found in sorted(values.items())}


def _paths(scenario: Scenario, here: str, steps: tuple[Step, ...],
           seen: frozenset[str]) -> Iterator[tuple[tuple[Step, ...], str]]:
    """Each way from ``here`` to an ending, never through a state twice (a loop adds no way
    of scoring that its first time round did not)."""
    if here in scenario.endings:
        yield steps, here
        return
    state = scenario.states.get(here)
    if state is None or here in seen:
        return
    seen = seen | {here}
    if state.decision is not None:
        for option in state.decision.options:
            for outcome in option.outcomes:
                step = (state.decision.id, *_earned(option, outcome))
                yield from _paths(scenario, outcome.goto, (*steps, step), seen)
    elif state.next is not None:
        for outcome in state.next.outcomes:
            yield from _paths(scenario, outcome.goto, steps, seen)


def _earned(option: Option, outcome: Outcome) -> tuple[Points, Points]:
    worst, best = rubric_range(option.rubric)
    return _plus(outcome.points, worst), _plus(outcome.points, best)


def _plus(a: Points, b: Points) -> Points:
    return {k: a.get(k, 0) + b.get(k, 0) for k in {*a, *b}}
