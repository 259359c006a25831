"""Playability checks that need the engine: can the best play pass, does the worst fail?"""

from __future__ import annotations

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
    totals = {}
    for mode in ("best", "worst"):
        try:
            run = play(scenario, automatic(mode, scenario.seed))
        except ActionError as err:
            return [make(source.path, line, col, "SC041", str(err))]
        result = score(scenario, [(t.decision, t.points) for t in taken(run.state)])
        ending = scenario.endings[run.state.ended.ending] if run.state.ended else None
        totals[mode] = result.total if ending is None or ending.can_pass else 0
    if totals["best"] < scenario.pass_mark:
        found.append(make(source.path, line, col, "SC051",
                          f"the best play scores {totals['best']}, below pass_mark "
                          f"{scenario.pass_mark}"))
    if totals["worst"] >= scenario.pass_mark:
        found.append(make(source.path, line, col, "SC053",
                          f"the worst play scores {totals['worst']} and still passes"))
    return found
