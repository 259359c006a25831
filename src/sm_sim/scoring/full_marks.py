"""Can the best play reach full marks? A competency that only other options score at a
decision (often poor ones: the best play never takes them) caps the best play below 100,
silently: a trainee who does everything right is told they fell short (SC059).

The figures are ``reachable_scores``' own: its best way through (one that can pass, with the
best total), and for each competency short of 100 on that way, the decisions on it where
another option earns more of that competency than the one taken.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..i18n import N_
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


# Said in pieces, each its own sentence in the catalogue, so that the whole can be said in
# another language (sm_sim/i18n.py finds a sentence's values two levels deep): the message with
# one place is one sentence, and an option that earns more, or two of them, are sentences too.
_EARNS = N_("option {number} ('{option}') earns {points}")
_EARN_BOTH = N_("option {number} ('{option}') earns {points} and option {other_number} "
                "('{other_option}') earns {other_points}")


def _earns(decision: Decision, index: int, points: int) -> str:
    return _EARNS.format(number=index + 1, option=decision.options[index].id, points=points)


def _others(decision: Decision, better: tuple[tuple[int, int], ...]) -> str:
    if len(better) == 2:
        (i, p), (j, q) = better
        return _EARN_BOTH.format(number=i + 1, option=decision.options[i].id, points=p,
                                 other_number=j + 1, other_option=decision.options[j].id,
                                 other_points=q)
    return listed([_earns(decision, i, p) for i, p in better], 3)


def _place(scenario: Scenario, short: Short) -> dict[str, object]:
    """The values that say where the best way falls short at one decision."""
    decision = scenario.states[short.decision].decision
    assert decision is not None
    return {"decision": short.decision, "others": _others(decision, short.better),
            "number": short.taken + 1, "option": decision.options[short.taken].id,
            "points": _most(decision.options[short.taken], short.competency)}


_PLACE = N_("at decision '{decision}' {others} of it, while the best play's option {number} "
            "('{option}') earns {points}")


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
        score = {"total": best.total, "competency": name, "score": best.competencies[name]}
        if len(shorts) == 1:
            said = N_("full marks cannot be reached: the best play scores at most {total}, with "
                      "'{competency}' at {score}, because at decision '{decision}' {others} of it, "
                      "while the best play's option {number} ('{option}') earns {points}").format(
                          **score, **_place(scenario, first))
        else:
            said = N_("full marks cannot be reached: the best play scores at most {total}, with "
                      "'{competency}' at {score}, because {places}").format(
                          **score, places=listed([_PLACE.format(**_place(scenario, s)) for s in shorts], 3))
        diagnostics.append(make(
            source.path, line, col, "SC059", said,
            N_("give option {number} ('{option}') at '{decision}', which the best play takes, points "
               "in {competency} too, or, if the options that score it are poor choices, take those "
               "points off them").format(number=first.taken + 1, option=decision.options[first.taken].id,
                                         decision=first.decision, competency=name)))
    return diagnostics
