"""Every choice that moves a score says which guidance it teaches: the debrief cites the
guidance of the outcome taken, so a scored outcome without any leaves the trainee with points
and no reason (SC061)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from ..i18n import N_
from .checker import Checker, option_name
from .diagnostics import listed
from .yamlsrc import Path_


def _scores(points: dict[str, int]) -> dict[str, int]:
    return {name: value for name, value in points.items() if value}


def _rubric_points(rubric: dict[str, Any]) -> dict[str, int]:
    """What a written reply's rubric can add, by competency (its largest move either way)."""
    found: dict[str, int] = {}
    items = [*rubric.get("include", []), *rubric.get("avoid", [])]
    items += [rubric[k] for k in ("tone", "length") if k in rubric]
    for item in items:
        for name, value in _scores(item.get("points", {})).items():
            found[name] = value if abs(value) > abs(found.get(name, 0)) else found[name]
    return found


Said = tuple[str, dict[str, Any]]  # a template with ``{scores}`` still to fill in, and its values


def _scored(c: Checker) -> Iterator[tuple[Path_, Said, dict[str, Any], dict[str, int]]]:
    """Every outcome that can move a score: (where, what to say of it, its data, what it moves)."""
    for key, state in c.states():
        for i, option in enumerate(state.get("decision", {}).get("options", [])):
            at: Path_ = ("states", key, "decision", "options", i)
            extra = _rubric_points(option.get("rubric", {}))
            name = option_name(key, i, option)
            yield (at, (N_("{option} moves the score ({scores}) but cites no guidance"), {"option": name}),
                   option, {**extra, **_scores(option.get("points", {}))})
            for j, branch in enumerate(option.get("branches", [])):
                yield ((*at, "branches", j),
                       (N_("branch {branch} of {option} moves the score ({scores}) but cites no "
                           "guidance"), {"branch": j + 1, "option": name}),
                       branch, {**extra, **_scores(branch.get("points", {}))})
    for i, reaction in c.reactions():
        yield (("reactions", i),
               (N_("reaction '{reaction}' moves the score ({scores}) but cites no guidance"),
                {"reaction": reaction["id"]}),
               reaction, _scores(reaction.get("points", {})))


def _check_cited(c: Checker) -> None:
    for at, (said, values), outcome, moves in _scored(c):
        if moves and not outcome.get("guidance"):
            shown = ", ".join(f"{k} {v:+d}" for k, v in sorted(moves.items()))
            c.report(at, "SC061", said.format(scores=shown, **values), _hint(c, sorted(moves)))


def _hint(c: Checker, competencies: list[str]) -> str:
    hint = N_("add 'guidance: [...]' with the ids of the guidance this choice teaches, so the debrief "
              "can say why")
    if c.library is None:
        return hint
    feeding = [key for key, entry in c.library.entries.items()
               if set(entry.competencies) & set(competencies)]
    return N_("add 'guidance: [...]' with the ids of the guidance this choice teaches, so the debrief "
              "can say why; guidance that feeds {competencies}: {guidance}").format(
                  competencies=", ".join(competencies), guidance=listed(feeding, 5)) if feeding \
        else hint


GUIDANCE_CHECKS: list[Callable[[Checker], None]] = [_check_cited]
