"""Scores: points earned out of the points the decisions actually met made available.

For every decision the trainee met, the most each competency could earn there is
the best over all its options and branches (and a free-text rubric's range). A
competency's score is the points earned (penalties included) over that total, never
below 0; the overall score is the mean of the competency scores, so it reads straight
off the chart in the debrief. A run is judged on the decisions it met, and doing
nothing earns nothing.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from ..scenario.model import Decision, Points, Scenario
from .judge import rubric_range


@dataclass(frozen=True)
class Score:
    total: int
    competencies: dict[str, int]
    passed: bool
    earned: dict[str, int]


def decision_bounds(decision: Decision) -> dict[str, tuple[int, int]]:
    """Per competency: (worst, best) points this decision can give."""
    candidates: list[Points] = []
    for option in decision.options:
        worst_extra, best_extra = rubric_range(option.rubric)
        for outcome in option.outcomes:
            candidates.append(_plus(outcome.points, worst_extra))
            candidates.append(_plus(outcome.points, best_extra))
    names = {name for points in candidates for name in points}
    return {n: (min(p.get(n, 0) for p in candidates), max(p.get(n, 0) for p in candidates))
            for n in sorted(names)}


def _plus(a: Points, b: Points) -> Points:
    return {k: a.get(k, 0) + b.get(k, 0) for k in {*a, *b}}


# Certainty-based marking (Gardner-Medwin, UCL): a mark per answer by how sure the trainee
# said they were and whether it was right. Sure and right earns most; sure and wrong costs
# most; unsure and wrong costs nothing, so saying "not sure" is always an honest option.
CBM_MARKS = {"low": (1, 0), "medium": (2, -2), "high": (3, -6)}  # (right, wrong)
CERTAINTY = "certainty"  # its name among the competencies when a scenario counts it


def certainty(rated: list[tuple[str, float]]) -> int | None:
    """0-100: the mean certainty-based mark of the answers rated (confidence, quality 0..1),
    as a share of the most there was (sure and right every time), never below 0; an answer
    is right when its quality is at least a half. None when nothing was rated."""
    marks = [CBM_MARKS[c][0 if q >= 0.5 else 1] for c, q in rated if c in CBM_MARKS]
    if not marks:
        return None
    return round(100 * max(0.0, sum(marks) / len(marks)) / 3)


def score(scenario: Scenario, taken: list[tuple[str, Points]], ending: str | None = None,
          reacted: list[Points] | None = None, certain: int | None = None,
          bounds: Mapping[str, dict[str, tuple[int, int]]] | None = None) -> Score:
    """``taken``: (decision id, points earned there) for each decision met, in order.
    ``reacted``: the points of each reaction the trainee's own actions set off; a penalty is
    taken from what was earned, a credit is earned and made available (doing nothing
    unprompted loses nothing), and a penalty in a competency nothing else on the path could
    earn still counts (that competency scores 0). ``certain``: the certainty mark, one more
    competency when the scenario uses confidence marking. A run that reached an ending with
    ``can_pass: false`` does not pass, whatever its total. ``bounds``: each decision's
    ``decision_bounds`` worked out already, by decision id (for scoring many paths)."""
    available: dict[str, int] = {}
    earned: dict[str, int] = {}
    penalised: dict[str, int] = {}
    for points in reacted or []:
        for name, value in points.items():
            available[name] = available.get(name, 0) + max(0, value)
            earned[name] = earned.get(name, 0) + value
            penalised[name] = penalised.get(name, 0) + max(0, -value)
    for decision_id, points in taken:
        decision = scenario.states[decision_id].decision
        if decision is None:
            continue
        found = bounds[decision_id] if bounds is not None else decision_bounds(decision)
        for name, (_, best) in found.items():
            available[name] = available.get(name, 0) + max(0, best)
            earned[name] = earned.get(name, 0) + points.get(name, 0)
    for name, lost in penalised.items():
        if lost and not available.get(name):
            available[name] = lost
    competencies = {n: _percent(earned[n], available[n]) for n in available if available[n] > 0}
    if scenario.confidence_marking and certain is not None:
        competencies[CERTAINTY] = certain
    # Where no choice could earn anything, nothing was lost.
    total = round(sum(competencies.values()) / len(competencies)) if competencies else 100
    can_pass = ending is None or scenario.endings[ending].can_pass
    return Score(total, competencies, total >= scenario.pass_mark and can_pass, earned)


def _percent(earned: int, available: int) -> int:
    return round(100 * min(max(earned, 0), available) / available)
