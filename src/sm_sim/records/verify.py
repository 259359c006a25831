"""Verify an attempt: replay its actions against the scenario it was played on and check that
the recorded events, score, competencies and ending are the ones those actions earn."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..engine import events as ev
from ..engine.result import debrief
from ..engine.run import ScenarioRun
from ..engine.timing import TimeLimits
from ..i18n import N_
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
        where = scenario_path or h.scenario_path or N_("not recorded")
        raise CannotVerify(N_("{attempt}: cannot find or load the scenario '{scenario}' (looked at "
                              "{where} and the built-in scenarios); pass it with --scenario").format(
                                  attempt=attempt.label, scenario=h.scenario, where=where))
    scenario = loaded.scenario
    if scenario.id != h.scenario or scenario.content_hash != h.content_hash:
        raise NotVerified(Verdict(False, [N_(
            "recorded on '{scenario}' version {version} (content {content}), but {path} is "
            "'{other}' version {other_version} (content {other_content}): a different scenario "
            "version, so the score cannot be checked against it").format(
                scenario=h.scenario, version=h.version, content=h.content_hash[:12],
                path=scenario.path, other=scenario.id, other_version=scenario.version,
                other_content=scenario.content_hash[:12])], other_version=True))
    started = attempt.events[0] if attempt.events else None
    if isinstance(started, ev.RunStarted) and started.time_limits != h.time_limits:
        raise NotVerified(Verdict(False, [N_(
            "time limits: the header records {header}, the start event {start}; one of them has "
            "been changed").format(header=_limits(h.time_limits),
                                   start=_limits(started.time_limits))]))
    try:
        run = replay(attempt, loaded)
    except ReplayError as err:
        raise NotVerified(Verdict(False, [str(err)])) from None
    mismatch = first_mismatch(attempt.events, run.events, whole=attempt.status == "finished")
    if mismatch is not None:
        raise NotVerified(Verdict(False, [N_("the recorded events are not what the actions "
                                             "produce: {mismatch}").format(
                                                 mismatch=mismatch.describe())]))
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
    return [N_("time limits were {words} for this attempt, as recorded; the score is worked out "
               "as it is without them").format(words=limits.words)]


def verify_attempt(attempt: Attempt, scenario_path: Path | None = None) -> Verdict:
    try:
        loaded, run = verified_run(attempt, scenario_path)
    except NotVerified as failed:
        return failed.verdict
    assert loaded.guidance is not None
    if attempt.status != "finished":
        return Verdict(True, notes=[N_("{status}: its {count} actions replay exactly; there is no "
                                       "score to check yet").format(status=attempt.status,
                                                                    count=len(attempt.actions)),
                                    *limits_note(attempt)])
    played = debrief(run, loaded.guidance)
    if played is None:
        return Verdict(False, [N_("the attempt is marked finished but its actions do not reach an "
                                  "ending")])
    report = debrief(run, loaded.guidance, tuple(attempt.reviews)) if attempt.reviews else played
    assert report is not None
    problems = _finished_line(attempt, played) + _compare(attempt.played, played)
    if attempt.reviews:
        problems += [N_("as reviewed: {problem}").format(problem=p)
                     for p in _compare(attempt.debrief, report)]
    reviewers = ", ".join(dict.fromkeys(r.reviewer for r in attempt.reviews))
    if report.passed:
        earned = N_("score {score}/100 (passed) is what the {count} recorded actions earn, as "
                    "reviewed by {reviewers}") if attempt.reviews else \
            N_("score {score}/100 (passed) is what the {count} recorded actions earn")
    else:
        earned = N_("score {score}/100 (not passed) is what the {count} recorded actions earn, as "
                    "reviewed by {reviewers}") if attempt.reviews else \
            N_("score {score}/100 (not passed) is what the {count} recorded actions earn")
    notes = [] if problems else [earned.format(score=report.score, count=len(attempt.actions),
                                               reviewers=reviewers),
                                 *limits_note(attempt)]
    return Verdict(not problems, problems, notes)


def _finished_line(attempt: Attempt, fresh: Debrief) -> list[str]:
    done = attempt.finished or {}
    checks = [(N_("score on the finished line"), done.get("score"), fresh.score),
              (N_("passed on the finished line"), done.get("passed"), fresh.passed),
              (N_("ending on the finished line"), done.get("ending"), fresh.ending.id)]
    return [_differs(name, was, should) for name, was, should in checks if was != should]


def _differs(name: str, was: object, should: object) -> str:
    return N_("{name}: recorded {recorded}, the actions earn {earned}").format(
        name=name, recorded=repr(was), earned=repr(should))


def _compare(recorded: Debrief | None, fresh: Debrief) -> list[str]:
    problems = []
    checks = [(N_("score"), recorded.score if recorded else None, fresh.score),
              (N_("passed"), recorded.passed if recorded else None, fresh.passed),
              (N_("pass mark"), recorded.pass_mark if recorded else None, fresh.pass_mark),
              (N_("ending"), recorded.ending.id if recorded else None, fresh.ending.id)]
    for name, was, should in checks:
        if was != should:
            problems.append(_differs(name, was, should))
    was_c, should_c = recorded.competencies if recorded else {}, fresh.competencies
    for name in sorted({*was_c, *should_c}):
        if was_c.get(name) != should_c.get(name):
            problems.append(_differs(N_("competency {competency}").format(competency=name),
                                     was_c.get(name), should_c.get(name)))
    was_d = [(d.decision, d.option, d.points, d.flags) for d in (recorded.decisions if recorded else ())]
    should_d = [(d.decision, d.option, d.points, d.flags) for d in fresh.decisions]
    if was_d != should_d:
        problems.append(N_("the decisions in the debrief (options, points or flags) differ from "
                           "the replay"))
    return problems
