"""A finished (or unfinished) run as the result object the CLI, the app and the records share."""

from __future__ import annotations

from typing import Any

from ..scenario.guidance import GuidanceLibrary
from ..scoring.debrief import Debrief, Taken, build_debrief
from .run import ScenarioRun
from .state import RunState


def taken(state: RunState) -> list[Taken]:
    """The closed decisions of a run, as scoring reads them."""
    found = []
    for record in state.decisions:
        if record.closed is None or record.action is None:
            continue
        judged = record.judged
        found.append(Taken(
            decision=record.closed.decision, option=record.closed.option,
            points=dict(record.closed.points), branch=record.closed.branch,
            text=record.action.text, confidence=record.action.confidence,
            timed_out=record.action.timed_out, at=record.action.t,
            flags=judged.flags if judged else (), tone=judged.tone if judged else None,
            rubric_score=judged.rubric_score if judged else None,
            matched=judged.matched if judged else (), missed=judged.missed if judged else (),
            findings=judged.findings if judged else (),
        ))
    return found


def debrief(run: ScenarioRun, library: GuidanceLibrary) -> Debrief | None:
    if run.state.ended is None:
        return None
    return build_debrief(run.scenario, library, taken(run.state), run.state.ended.ending)


def result(run: ScenarioRun, library: GuidanceLibrary) -> dict[str, Any]:
    report = debrief(run, library)
    return {
        "scenario": run.scenario.id,
        "version": run.scenario.version,
        "content_hash": run.scenario.content_hash,
        "seed": run.seed,
        "ending": run.state.ended.ending if run.state.ended else None,
        "score": report.score if report else None,
        "competencies": report.competencies if report else {},
        "passed": report.passed if report else False,
        "debrief": report.to_dict() if report else None,
        "events": [e.to_dict() for e in run.events],
    }
