"""Can the best play reach full marks? A competency that only other options score at a
decision (often poor ones: the best play never takes them) caps the best play below 100,
silently: a trainee who does everything right is told they fell short (SC059).

The figures are ``reachable_scores``' own: its best way through (one that can pass, with the
best total), and for each competency short of 100 on that way, the decisions on it where
another option earns more of that competency than the one taken.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..scenario.diagnostics import Diagnostic, listed, make
from ..scenario.model import Decision, Option, Scenario
from ..scenario.yamlsrc import Source
from .judge import rubric_range
from .reachable import Reachable, reachable_scores


@dataclass(frozen=True)
class Short:
    """Where the best way falls short in one competency: at ``decision``, the options that
    earn more of it than the one the best way takes (their numbers from 0, and how much)."""

    competency: str
    decision: str
    taken: int  # the option the best way takes
    better: tuple[tuple[int, int], ...]  # (option, the most it earns in the competency)


def _most(option: Option, competency: str) -> int:
    extra = rubric_range(option.rubric)[1].get(competency, 0)
    return max(o.points.get(competency, 0) for o in option.outcomes) + extra


def short_of_full(scenario: Scenario, found: Reachable) -> dict[str, list[Short]]:
    """Each competency below 100 on the best way, with where it falls short."""
    best = found.best
    if best is None or not found.complete or best.total >= 100:
        return {}
    shorts: dict[str, list[Short]] = {}
    for name in (n for n, value in best.competencies.items() if value < 100):
        for decision_id, _, earned, option_id in best.steps:
            decision = scenario.states[decision_id].decision
            assert decision is not None
            better = [(i, _most(o, name)) for i, o in enumerate(decision.options)
                      if _most(o, name) > earned.get(name, 0)]
            if better:
                taken = [o.id for o in decision.options].index(option_id)
                shorts.setdefault(name, []).append(Short(name, decision_id, taken, tuple(better)))
    return shorts


def _option(decision: Decision, index: int) -> str:
    return f"option {index + 1} ('{decision.options[index].id}')"


def _place(scenario: Scenario, short: Short) -> str:
    decision = scenario.states[short.decision].decision
    assert decision is not None
    others = [f"{_option(decision, i)} earns {p}" for i, p in short.better]
    taken = _most(decision.options[short.taken], short.competency)
    return (f"at decision '{short.decision}' {listed(others, 3)} of it, while the best play's "
            f"{_option(decision, short.taken)} earns {taken}")


def check_full_marks(scenario: Scenario, source: Source) -> list[Diagnostic]:
    found = reachable_scores(scenario)
    best = found.best
    diagnostics = []
    for name, shorts in short_of_full(scenario, found).items():
        assert best is not None
        first = shorts[0]
        decision = scenario.states[first.decision].decision
        assert decision is not None
        at = ("states", first.decision, "decision", "options", first.better[0][0], "points", name)
        line, col = source.where(at, key=True)
        diagnostics.append(make(
            source.path, line, col, "SC059",
            f"full marks cannot be reached: the best play scores at most {best.total}, with "
            f"'{name}' at {best.competencies[name]}, because "
            f"{listed([_place(scenario, s) for s in shorts], 3)}",
            f"give {_option(decision, first.taken)} at '{first.decision}', which the best play "
            f"takes, points in {name} too, or, if the options that score it are poor choices, "
            "take those points off them"))
    return diagnostics
