"""Verify an attempt: replay its actions against the scenario it was played on and check that
the recorded events, score, competencies and ending are the ones those actions earn."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..engine.result import debrief
from ..scoring.debrief import Debrief
from .attempt import Attempt
from .replay import ReplayError, first_mismatch, locate, replay


class CannotVerify(ValueError):
    """Verification could not run (no scenario file found); not a verdict on the attempt."""


@dataclass
class Verdict:
    ok: bool
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    other_version: bool = False


def verify_attempt(attempt: Attempt, scenario_path: Path | None = None) -> Verdict:
    h = attempt.header
    loaded = locate(attempt, scenario_path)
    if loaded is None or loaded.scenario is None or not loaded.ok or loaded.guidance is None:
        where = scenario_path or h.scenario_path or "not recorded"
        raise CannotVerify(f"{attempt.label}: cannot find or load the scenario '{h.scenario}' "
                           f"(looked at {where} and the built-in scenarios); pass it with --scenario")
    scenario = loaded.scenario
    if scenario.id != h.scenario or scenario.content_hash != h.content_hash:
        return Verdict(False, [
            f"recorded on '{h.scenario}' version {h.version} (content {h.content_hash[:12]}), but "
            f"{scenario.path} is '{scenario.id}' version {scenario.version} (content "
            f"{scenario.content_hash[:12]}): a different scenario version, so the score cannot "
            f"be checked against it"], other_version=True)
    try:
        run = replay(attempt, loaded)
    except ReplayError as err:
        return Verdict(False, [str(err)])
    finished = attempt.status == "finished"
    mismatch = first_mismatch(attempt.events, run.events, whole=finished)
    if mismatch is not None:
        return Verdict(False, [f"the recorded events are not what the actions produce: "
                               f"{mismatch.describe()}"])
    if not finished:
        return Verdict(True, notes=[f"{attempt.status}: its {len(attempt.actions)} actions replay "
                                    f"exactly; there is no score to check yet"])
    report = debrief(run, loaded.guidance)
    if report is None:
        return Verdict(False, ["the attempt is marked finished but its actions do not reach an ending"])
    problems = _compare(attempt, report)
    notes = [] if problems else [f"score {report.score}/100 "
                                 f"({'passed' if report.passed else 'not passed'}) is what the "
                                 f"{len(attempt.actions)} recorded actions earn"]
    return Verdict(not problems, problems, notes)


def _compare(attempt: Attempt, fresh: Debrief) -> list[str]:
    problems = []
    recorded = attempt.debrief
    done = attempt.finished or {}
    checks = [("score", recorded.score if recorded else None, fresh.score),
              ("score on the finished line", done.get("score"), fresh.score),
              ("passed", recorded.passed if recorded else None, fresh.passed),
              ("passed on the finished line", done.get("passed"), fresh.passed),
              ("pass mark", recorded.pass_mark if recorded else None, fresh.pass_mark),
              ("ending", recorded.ending.id if recorded else None, fresh.ending.id),
              ("ending on the finished line", done.get("ending"), fresh.ending.id)]
    for name, was, should in checks:
        if was != should:
            problems.append(f"{name}: recorded {was!r}, the actions earn {should!r}")
    was_c, should_c = recorded.competencies if recorded else {}, fresh.competencies
    for name in sorted({*was_c, *should_c}):
        if was_c.get(name) != should_c.get(name):
            problems.append(f"competency {name}: recorded {was_c.get(name)!r}, "
                            f"the actions earn {should_c.get(name)!r}")
    was_d = [(d.decision, d.option, d.points) for d in (recorded.decisions if recorded else ())]
    should_d = [(d.decision, d.option, d.points) for d in fresh.decisions]
    if was_d != should_d:
        problems.append("the decisions in the debrief (options or points) differ from the replay")
    return problems
