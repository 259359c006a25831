"""Checks the schema cannot express: references, reachability, dead ends, timings and scores.

They walk the raw data (which keeps each value's line and column) and report every
problem found, not just the first.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from ..i18n import N_
from .checker import Checker, check_points, gotos
from .checks_content import CONTENT_CHECKS
from .checks_guidance import GUIDANCE_CHECKS
from .checks_reactions import check_reactions
from .checks_text import TEXT_CHECKS
from .checks_timing import TIMING_CHECKS
from .diagnostics import Diagnostic, make, suggest
from .guidance import GuidanceLibrary
from .model import BUILTIN_VARIABLES, Scenario
from .reach import reached_from, reaching
from .wellformed import well_formed
from .yamlsrc import Path_, Source


def check_semantics(source: Source, library: GuidanceLibrary | None, asset_roots: list[Path],
                    fonts: list[Path] | None = None) -> list[Diagnostic]:
    """Every problem in the well-formed parts of ``source`` (see wellformed.py); ``fonts``:
    what the app draws text with, to find text it cannot show (none given: not checked)."""
    parts = well_formed(source)
    if parts is None:
        return []
    checker = Checker(source, library, asset_roots, parts, fonts)
    for check in _CHECKS:
        check(checker)
    return sorted(checker.found, key=lambda d: (d.line, d.col))


def _check_ids(c: Checker) -> None:
    states, endings = c.parts.names["states"], c.parts.names["endings"]
    for name in sorted(states & endings):
        c.report(("endings", name), "SC044",
                 N_("'{name}' is both a state and an ending").format(name=name), key=True)
    if c.needs("start", "states") and c.data["start"] not in states:
        c.report(("start",), "SC030",
                 N_("start state '{name}' does not exist").format(name=c.data["start"]),
                 suggest(c.data["start"], states))
    for key, state in c.states():
        if ("decision" in state) == ("next" in state):
            said = (N_("state '{name}' has both 'decision' and 'next'") if "decision" in state
                    else N_("state '{name}' has neither 'decision' and 'next'"))
            c.report(("states", key), "SC042", said.format(name=key), key=True)


def _outcomes(c: Checker) -> Iterator[tuple[Path_, dict[str, Any], bool]]:
    """Every outcome in the file: (path, data, may use flag/rubric conditions)."""
    for key, state in c.states():
        decision = state.get("decision", {})
        for i, option in enumerate(decision.get("options", [])):
            at: Path_ = ("states", key, "decision", "options", i)
            yield at, option, False
            for j, branch in enumerate(option.get("branches", [])):
                yield (*at, "branches", j), branch, bool(option.get("free_text"))
        if "next" in state:
            at = ("states", key, "next")
            yield at, state["next"], False
            for j, branch in enumerate(state["next"].get("branches", [])):
                yield (*at, "branches", j), branch, False
    for i, reaction in c.reactions():
        yield ("reactions", i), reaction, True  # check_reactions says where flags can apply


def _check_outcomes(c: Checker) -> None:
    targets = c.parts.names["states"] | c.parts.names["endings"]
    gotos = [((*at, "goto"), o["goto"]) for at, o, _ in _outcomes(c) if "goto" in o]
    for at, goto in [*gotos, *c.parts.gotos()] if c.needs("states", "endings") else []:
        if goto not in targets:
            c.report(at, "SC030", N_("goto '{name}' is not a state or ending").format(name=goto),
                     suggest(goto, targets))
    variables = {*BUILTIN_VARIABLES, *c.data.get("variables", {}), "followers"}
    for at, outcome, _ in _outcomes(c) if c.needs("variables") else []:
        for name in outcome.get("effects", {}):
            if name not in variables:
                c.report((*at, "effects", name), "SC037",
                         N_("effect on unknown variable '{name}'").format(name=name),
                         suggest(name, variables), key=True)
        when = outcome.get("when", {})
        for name in when.get("vars", {}):
            if name not in variables:
                c.report((*at, "when", "vars", name), "SC037",
                         N_("condition on unknown variable '{name}'").format(name=name),
                         suggest(name, variables), key=True)
    for at, outcome, free_text in _outcomes(c):
        check_points(c, at, outcome)
        if not free_text and ({"flagged", "not_flagged", "rubric"} & set(outcome.get("when", {}))):
            c.report((*at, "when"), "SC043",
                     N_("flag and rubric conditions apply only to a free-text option"))


def _check_graph(c: Checker) -> None:
    if not c.needs("states", "endings", "start"):
        return
    states, endings = c.parts.names["states"], c.parts.names["endings"]
    edges = {key: gotos(state) for key, state in c.states()}
    # Malformed states: their gotos as written, and no dead end blamed on them.
    loose = {str(at[1]) for at in c.parts.loose if at[0] == "states"}
    for at, goto in c.parts.gotos():
        if at[0] == "states":
            edges.setdefault(str(at[1]), []).append(goto)
    # A reaction can move the story on from any state it hears in.
    moved = {key: [*gotos] for key, gotos in edges.items()}
    for _, reaction in c.reactions():
        for key in reaction.get("during") or states:
            if "goto" in reaction and key in moved:
                moved[key].append(reaction["goto"])
    reached = reached_from(c.data["start"], moved)
    for name in [*states, *endings]:
        if name not in reached and c.data["start"] in states:
            where = "states" if name in states else "endings"
            c.report((where, name), "SC040",
                     N_("'{name}' cannot be reached from '{start}'").format(name=name, start=c.data["start"]),
                     key=True)
    can_end = reaching(endings | loose, edges)
    for name in states:
        if name in reached and name not in can_end:
            c.report(("states", name), "SC041",
                     N_("from '{name}' no path leads to an ending").format(name=name), key=True)


def _check_trainer_sheet(c: Checker) -> None:
    if "trainer_sheet" not in c.source.data:
        c.report(("id",), "SC056",
                 N_("scenario '{scenario}' has no trainer_sheet").format(scenario=c.source.data.get("id")),
                 key=True)


def check_scores(scenario: Scenario, source: Source) -> list[Diagnostic]:
    """Warn where a decision's options all score the same (nothing to learn from the choice)."""
    found = []
    for key, state in scenario.states.items():
        options = state.decision.options if state.decision else ()
        distinct = {tuple(sorted(o.outcome.points.items())) for o in options}
        if options and len(distinct) < 2 and not any(o.free_text or o.branches for o in options):
            line, col = source.where(("states", key, "decision"), key=True)
            found.append(make(source.path, line, col, "SC052",
                              N_("every option of decision '{decision}' scores the same").format(
                                  decision=key)))
    return found


_CHECKS: list[Callable[[Checker], None]] = [
    _check_ids, _check_outcomes, *CONTENT_CHECKS, *GUIDANCE_CHECKS, check_reactions, *TIMING_CHECKS,
    _check_graph, _check_trainer_sheet, *TEXT_CHECKS,
]
