"""Verify an attempt: replay its actions against the scenario it was played on and check that
the recorded events, score, competencies and ending are the ones those actions earn."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..engine import events as ev
from ..engine.result import debrief
from ..engine.run import ScenarioRun
from ..engine.timing import TimeLimits
from ..scenario import Loaded
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


class NotVerified(ValueError):
    """The attempt's actions do not give its recorded events (or it is another version)."""

    def __init__(self, verdict: Verdict) -> None:
        super().__init__("; ".join(verdict.problems))
        self.verdict = verdict


def verified_run(attempt: Attempt, scenario_path: Path | None = None) -> tuple[Loaded, ScenarioRun]:
    """The attempt's run rebuilt from its actions, checked event by event against the file;
    ``CannotVerify`` if its scenario cannot be found, ``NotVerified`` if they differ."""
    h = attempt.header
    loaded = locate(attempt, scenario_path)
    if loaded is None or loaded.scenario is None or not loaded.ok or loaded.guidance is None:
        where = scenario_path or h.scenario_path or "not recorded"
        raise CannotVerify(f"{attempt.label}: cannot find or load the scenario '{h.scenario}' "
                           f"(looked at {where} and the built-in scenarios); pass it with --scenario")
    scenario = loaded.scenario
    if scenario.id != h.scenario or scenario.content_hash != h.content_hash:
        raise NotVerified(Verdict(False, [
            f"recorded on '{h.scenario}' version {h.version} (content {h.content_hash[:12]}), but "
            f"{scenario.path} is '{scenario.id}' version {scenario.version} (content "
            f"{scenario.content_hash[:12]}): a different scenario version, so the score cannot "
            f"be checked against it"], other_version=True))
    started = attempt.events[0] if attempt.events else None
    if isinstance(started, ev.RunStarted) and started.time_limits != h.time_limits:
        raise NotVerified(Verdict(False, [
            f"time limits: the header records {_limits(h.time_limits)}, the start event "
            f"{_limits(started.time_limits)}; one of them has been changed"]))
    try:
        run = replay(attempt, loaded)
    except ReplayError as err:
        raise NotVerified(Verdict(False, [str(err)])) from None
    mismatch = first_mismatch(attempt.events, run.events, whole=attempt.status == "finished")
    if mismatch is not None:
        raise NotVerified(Verdict(False, [f"the recorded events are not what the actions "
                                          f"produce: {mismatch.describe()}"]))
    return loaded, run


def _limits(recorded: str | None) -> str:
    try:
        return f"'{TimeLimits.parse(recorded).words}'"
    except ValueError:
        return repr(recorded)


def limits_note(attempt: Attempt) -> list[str]:
    """A sentence on adjusted time limits, for a verdict's notes (none when as written)."""
    limits = attempt.header.limits
    if not limits.adjusted:
        return []
    return [f"time limits were {limits.words} for this attempt, as recorded; the score is "
            f"worked out as it is without them"]


def verify_attempt(attempt: Attempt, scenario_path: Path | None = None) -> Verdict:
    try:
        loaded, run = verified_run(attempt, scenario_path)
    except NotVerified as failed:
        return failed.verdict
    assert loaded.guidance is not None
    if attempt.status != "finished":
        return Verdict(True, notes=[f"{attempt.status}: its {len(attempt.actions)} actions replay "
                                    f"exactly; there is no score to check yet",
                                    *limits_note(attempt)])
    played = debrief(run, loaded.guidance)
    if played is None:
        return Verdict(False, ["the attempt is marked finished but its actions do not reach an ending"])
    report = debrief(run, loaded.guidance, tuple(attempt.reviews)) if attempt.reviews else played
    assert report is not None
    problems = _finished_line(attempt, played) + _compare(attempt.played, played)
    if attempt.reviews:
        problems += [f"as reviewed: {p}" for p in _compare(attempt.debrief, report)]
    reviewed = f", as reviewed by {', '.join(dict.fromkeys(r.reviewer for r in attempt.reviews))}" \
        if attempt.reviews else ""
    notes = [] if problems else [f"score {report.score}/100 "
                                 f"({'passed' if report.passed else 'not passed'}) is what the "
                                 f"{len(attempt.actions)} recorded actions earn{reviewed}",
                                 *limits_note(attempt)]
    return Verdict(not problems, problems, notes)


def _finished_line(attempt: Attempt, fresh: Debrief) -> list[str]:
    done = attempt.finished or {}
    checks = [("score on the finished line", done.get("score"), fresh.score),
              ("passed on the finished line", done.get("passed"), fresh.passed),
              ("ending on the finished line", done.get("ending"), fresh.ending.id)]
    return [f"{name}: recorded {was!r}, the actions earn {should!r}"
            for name, was, should in checks if was != should]


def _compare(recorded: Debrief | None, fresh: Debrief) -> list[str]:
    problems = []
    checks = [("score", recorded.score if recorded else None, fresh.score),
              ("passed", recorded.passed if recorded else None, fresh.passed),
              ("pass mark", recorded.pass_mark if recorded else None, fresh.pass_mark),
              ("ending", recorded.ending.id if recorded else None, fresh.ending.id)]
    for name, was, should in checks:
        if was != should:
            problems.append(f"{name}: recorded {was!r}, the actions earn {should!r}")
    was_c, should_c = recorded.competencies if recorded else {}, fresh.competencies
    for name in sorted({*was_c, *should_c}):
        if was_c.get(name) != should_c.get(name):
            problems.append(f"competency {name}: recorded {was_c.get(name)!r}, "
                            f"the actions earn {should_c.get(name)!r}")
    was_d = [(d.decision, d.option, d.points, d.flags) for d in (recorded.decisions if recorded else ())]
    should_d = [(d.decision, d.option, d.points, d.flags) for d in fresh.decisions]
    if was_d != should_d:
        problems.append("the decisions in the debrief (options, points or flags) differ from the replay")
    return problems
