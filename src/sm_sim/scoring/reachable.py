"""The best and the worst score a scenario can give, per competency: over every path from
its start to an ending (each option, each branch of it, each automatic step), the score that
``score`` works out when every decision on the path earns the most, or the least, its chosen
outcome can give (a written reply's rubric at its best or worst). So the figures are the
scoring module's own, for every way through the graph, not only the ways played so far.
Points from reactions (what the trainee does unprompted) are not in them."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from ..scenario.model import Option, Outcome, Points, Scenario, State
from .judge import rubric_range
from .score import decision_bounds, score

MAX_PATHS = 20_000  # past this the figures are from the first paths found (said so)
Step = tuple[str, Points, Points, str]  # decision id, the least and the most its outcome earns, option id


@dataclass(frozen=True)
class BestWay:
    """The way through with the best total: where it goes and what each competency scores."""

    total: int
    competencies: dict[str, int]  # name -> 0-100 on this way
    steps: tuple[Step, ...]  # each decision met, with the least and the most it earned
    ending: str


@dataclass(frozen=True)
class Reachable:
    competencies: dict[str, tuple[int, int]]  # name -> (worst, best), 0-100
    points: dict[str, tuple[int, int]]  # name -> (worst, best) points earned on a path
    total: tuple[int, int]  # the overall score's (worst, best)
    paths: int  # how many paths the figures come from
    complete: bool = True  # False: the scenario has more than MAX_PATHS paths
    best: BestWay | None = None  # the first way found with the best total (one that can pass)


def reachable_scores(scenario: Scenario, most: int = MAX_PATHS) -> Reachable:
    """Every path's best and worst score, gathered per competency."""
    found: dict[str, list[int]] = {}
    earned: dict[str, list[int]] = {}
    totals: list[int] = []
    bounds = {d.id: decision_bounds(d) for d in scenario.decisions()}  # once, not once a path
    paths, best = 0, None
    for steps, ending in _paths(scenario):
        if paths == most:
            break
        paths += 1
        for least in (True, False):
            scored = score(scenario, [(d, w if least else b) for d, w, b, _ in steps], ending,
                           bounds=bounds)
            totals.append(scored.total)
            for name, value in scored.competencies.items():
                found.setdefault(name, []).append(value)
            for name, value in scored.earned.items():
                earned.setdefault(name, []).append(value)
            if not least and _better(scenario, scored.total, ending, best):
                best = BestWay(scored.total, scored.competencies, steps, ending)
    return Reachable(_bounds(found), _bounds(earned), (min(totals, default=0),
                     max(totals, default=0)), paths, paths < most, best)


def _better(scenario: Scenario, total: int, ending: str, best: BestWay | None) -> bool:
    """Whether a way beats the best so far: one whose ending can pass beats one whose cannot,
    then the higher total does."""
    if best is None:
        return True
    can, could = scenario.endings[ending].can_pass, scenario.endings[best.ending].can_pass
    return (can, total) > (could, best.total)


def _bounds(values: dict[str, list[int]]) -> dict[str, tuple[int, int]]:
    return {name: (min(found), max(found)) for name, found in sorted(values.items())}


def _paths(scenario: Scenario) -> Iterator[tuple[tuple[Step, ...], str]]:
    """Each way from the start to an ending, in the order the file gives them, never through a
    state twice (a loop adds no way of scoring that its first time round did not). One walk
    with a stack of its own and the way so far kept once, so a long chain of states costs
    time in proportion to its length, and is no deeper for Python than a short one."""
    states, endings = scenario.states, scenario.endings
    if scenario.start in endings:
        yield (), scenario.start
    if scenario.start not in states:
        return
    steps: list[Step] = []
    on_way = {scenario.start}
    stack = [(scenario.start, _ways_on(states[scenario.start]), False)]  # (state, ways on, stepped)
    while stack:
        here, ways, stepped = stack[-1]
        found = next(ways, None)
        if found is None:
            stack.pop()
            on_way.discard(here)
            if stepped:
                steps.pop()
            continue
        goto, step = found
        if goto in endings:
            yield (*steps, step) if step else tuple(steps), goto
        elif goto in states and goto not in on_way:
            on_way.add(goto)
            if step:
                steps.append(step)
            stack.append((goto, _ways_on(states[goto]), step is not None))


def _ways_on(state: State) -> Iterator[tuple[str, Step | None]]:
    """Where a state can lead, each with the step a decision's answer adds (None: a next)."""
    if state.decision is not None:
        for option in state.decision.options:
            for outcome in option.outcomes:
                yield outcome.goto, (state.decision.id, *_earned(option, outcome), option.id)
    elif state.next is not None:
        for outcome in state.next.outcomes:
            yield outcome.goto, None


def _earned(option: Option, outcome: Outcome) -> tuple[Points, Points]:
    worst, best = rubric_range(option.rubric)
    return _plus(outcome.points, worst), _plus(outcome.points, best)


def _plus(a: Points, b: Points) -> Points:
    return {k: a.get(k, 0) + b.get(k, 0) for k in {*a, *b}}
