"""Playability checks that need the engine: can the best play pass, does the worst fail?"""

from __future__ import annotations

from ..i18n import N_
from ..scenario.diagnostics import Diagnostic, make
from ..scenario.model import Scenario
from ..scenario.yamlsrc import Source
from ..scoring.score import score
from .play import automatic, play
from .result import taken
from .run import ActionError


def check_playable(scenario: Scenario, source: Source) -> list[Diagnostic]:
    line, col = source.where(("pass_mark",))
    found = []
    results = {}
    for mode in ("best", "worst"):
        try:
            run = play(scenario, automatic(mode, scenario.seed))
        except ActionError as err:
            return [make(source.path, line, col, "SC041", str(err))]
        ending = run.state.ended.ending if run.state.ended else None
        results[mode] = (score(scenario, [(t.decision, t.points) for t in taken(run.state)],
                               ending), ending)
    (best, best_end), (worst, _) = results["best"], results["worst"]
    if not best.passed:
        said = N_("the best play scores {total}, below pass_mark {mark}") \
            if best.total < scenario.pass_mark \
            else N_("the best play scores {total}, but ends in '{ending}', which cannot pass")
        found.append(make(source.path, line, col, "SC051",
                          said.format(total=best.total, mark=scenario.pass_mark, ending=best_end)))
    if worst.passed:
        found.append(make(source.path, line, col, "SC053",
                          N_("the worst play scores {total} and still passes").format(
                              total=worst.total)))
    return found
