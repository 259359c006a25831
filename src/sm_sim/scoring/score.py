"""Scores: each competency 0–100 against what the decisions actually met could earn.

For every decision the trainee met, the best and worst points each competency could
get there are taken over all its options and branches (and a free-text rubric's
range). A competency's score is where the points earned sit between those bounds,
so a run is judged on the decisions it met, not on ones a different path had.
"""

from __future__ import annotations

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


def score(scenario: Scenario, taken: list[tuple[str, Points]]) -> Score:
    """``taken``: (decision id, points earned there) for each decision met, in order."""
    span: dict[str, int] = {}
    got: dict[str, int] = {}
    earned: dict[str, int] = {}
    for decision_id, points in taken:
        decision = scenario.states[decision_id].decision
        if decision is None:
            continue
        for name, (worst, best) in decision_bounds(decision).items():
            value = min(max(points.get(name, 0), worst), best)
            span[name] = span.get(name, 0) + best - worst
            got[name] = got.get(name, 0) + value - worst
            earned[name] = earned.get(name, 0) + points.get(name, 0)
    competencies = {n: round(100 * got[n] / span[n]) for n in span if span[n] > 0}
    total_span = sum(span.values())
    # Where no choice could do better or worse, nothing was lost.
    total = round(100 * sum(got.values()) / total_span) if total_span else 100
    return Score(total, competencies, total >= scenario.pass_mark, earned)
