"""xAPI 1.0.3 statements for an attempt.

launched; answered for each decision (the option as the response, its points); then, for a
finished attempt, passed or failed with ``result.score`` (scaled, raw, min, max), ``success``
and ``duration``, and completed with ``completion`` and ``duration`` only — the split cmi5
requires, so strict LMSs accept the records.

Statement ids are UUIDs derived from the attempt id and the statement's place in it
(``uuid5``), so the same attempt always gives the same ids: sending it again — after a
crash, a timeout, or from a second export — cannot make a duplicate in the LRS.
"""

from __future__ import annotations

import uuid
from dataclasses import asdict, dataclass
from typing import Any
from urllib.parse import quote

from ..engine import events as ev
from ..scoring.debrief import Debrief
from .attempt import Attempt
from .times import iso_duration, parse_iso

VERSION = "1.0.3"
ADL = "http://adlnet.gov/expapi"
LANG = "en-GB"
VERBS = {name: f"{ADL}/verbs/{name}" for name in ("launched", "answered", "interacted", "passed", "failed",
                                                   "completed")}
SIMULATION = f"{ADL}/activities/simulation"
INTERACTION = f"{ADL}/activities/cmi.interaction"
SESSION_TYPE = f"{ADL}/activities/meeting"


@dataclass(frozen=True)
class XapiSettings:
    """IRIs for a training school. The defaults use the reserved ``.invalid`` domain: set
    ``base`` and ``home_page`` to the school's own before records leave the building."""

    base: str = "https://sm-sim.invalid/xapi"
    home_page: str = "https://sm-sim.invalid/trainees"

    def scenario_iri(self, scenario: str) -> str:
        return f"{self.base}/scenarios/{quote(scenario, safe='')}"

    def decision_iri(self, scenario: str, decision: str) -> str:
        return f"{self.scenario_iri(scenario)}/decisions/{quote(decision, safe='')}"

    def reaction_iri(self, scenario: str, reaction: str) -> str:
        return f"{self.scenario_iri(scenario)}/reactions/{quote(reaction, safe='')}"

    def session_iri(self, session: str) -> str:
        return f"{self.base}/sessions/{quote(session, safe='')}"

    def extension(self, name: str) -> str:
        return f"{self.base}/extensions/{name}"


def statements(attempt: Attempt, settings: XapiSettings | None = None) -> list[dict[str, Any]]:
    s = settings or XapiSettings()
    made = [_launched(attempt, s)]
    opened: dict[str, ev.DecisionOpened] = {}
    number = 0
    for event, wall in zip(attempt.events, attempt.walls, strict=True):
        if isinstance(event, ev.DecisionOpened):
            opened[event.decision] = event
        elif isinstance(event, ev.DecisionClosed) and event.decision in opened:
            number += 1
            action = _action_for(attempt, event)
            made.append(_answered(attempt, s, number, opened[event.decision], action, event, wall))
        elif isinstance(event, ev.ReactionFired):
            made.append(_interacted(attempt, s, len(made), event, wall))
    if attempt.finished is not None and attempt.played is not None:
        made += [_verdict(attempt, s, attempt.played), _completed(attempt, s)]
        if attempt.reviews and attempt.debrief is not None:  # a trainer's ruling: a new result
            made.append(_verdict(attempt, s, attempt.debrief, len(attempt.reviews)))
    return made


def _action_for(attempt: Attempt, closed: ev.DecisionClosed) -> ev.ActionTaken | None:
    found = [a for a in attempt.actions if isinstance(a, ev.ActionTaken)
             and a.decision == closed.decision and a.t == closed.t]
    return found[-1] if found else None


def _statement(attempt: Attempt, s: XapiSettings, key: str, verb: str, obj: dict[str, Any],
               timestamp: str, result: dict[str, Any] | None = None,
               parent: bool = False) -> dict[str, Any]:
    h = attempt.header
    namespace = uuid.uuid5(uuid.NAMESPACE_URL, s.base)
    made: dict[str, Any] = {
        "id": str(uuid.uuid5(namespace, f"{h.attempt_id}/{key}")),
        "actor": _actor(attempt, s),
        "verb": {"id": VERBS[verb], "display": {LANG: verb}},
        "object": obj,
    }
    if result:
        made["result"] = result
    made["context"] = _context(attempt, s, parent)
    made["timestamp"] = _timestamp(timestamp or h.started)
    made["version"] = VERSION
    return made


def _timestamp(text: str) -> str:
    moment = parse_iso(text)
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _actor(attempt: Attempt, s: XapiSettings) -> dict[str, Any]:
    h = attempt.header
    actor: dict[str, Any] = {"objectType": "Agent",
                             "account": {"homePage": s.home_page, "name": h.trainee_id}}
    if h.trainee.strip():
        actor["name"] = h.trainee
    return actor


def _context(attempt: Attempt, s: XapiSettings, parent: bool) -> dict[str, Any]:
    h = attempt.header
    activities: dict[str, Any] = {}
    if parent:
        activities["parent"] = [_scenario_activity(attempt, s)]
    if h.session:
        activities["grouping"] = [{
            "objectType": "Activity", "id": s.session_iri(h.session),
            "definition": {"name": {LANG: f"Classroom session {h.session}"}, "type": SESSION_TYPE}}]
    context: dict[str, Any] = {"registration": h.attempt_id}
    if activities:
        context["contextActivities"] = activities
    context.update({
        "revision": h.version, "platform": f"sm-sim {h.app_version}".strip(), "language": LANG,
        "extensions": {s.extension("mode"): h.mode, s.extension("seed"): h.seed,
                       s.extension("scenario-version"): h.version,
                       s.extension("content-hash"): h.content_hash},
    })
    return context


def _scenario_activity(attempt: Attempt, s: XapiSettings) -> dict[str, Any]:
    h = attempt.header
    return {"objectType": "Activity", "id": s.scenario_iri(h.scenario),
            "definition": {"name": {LANG: h.scenario_title or h.scenario}, "type": SIMULATION}}


def _launched(attempt: Attempt, s: XapiSettings) -> dict[str, Any]:
    return _statement(attempt, s, "launched", "launched", _scenario_activity(attempt, s),
                      attempt.header.started)


def _answered(attempt: Attempt, s: XapiSettings, number: int, opened: ev.DecisionOpened,
              action: ev.ActionTaken | None, closed: ev.DecisionClosed, wall: str) -> dict[str, Any]:
    h = attempt.header
    obj = {"objectType": "Activity", "id": s.decision_iri(h.scenario, opened.decision),
           "definition": {
               "name": {LANG: f"{h.scenario_title or h.scenario}: decision {opened.decision}"},
               "description": {LANG: opened.prompt or opened.decision},
               "type": INTERACTION, "interactionType": "choice",
               "choices": [{"id": o, "description": {LANG: o.replace("_", " ")}}
                           for o in opened.options]}}
    extensions: dict[str, Any] = {s.extension("points"): dict(closed.points),
                                  s.extension("timed-out"): closed.timed_out}
    if action is not None and action.text:
        extensions[s.extension("reply")] = action.text
    if action is not None and action.confidence:
        extensions[s.extension("confidence")] = action.confidence
    result = {"response": closed.option, "score": {"raw": sum(closed.points.values())},
              "duration": iso_duration(closed.t - opened.t), "extensions": extensions}
    return _statement(attempt, s, f"answered/{number}/{opened.decision}", "answered", obj, wall,
                      result, parent=True)


def _interacted(attempt: Attempt, s: XapiSettings, number: int, fired: ev.ReactionFired,
                wall: str) -> dict[str, Any]:
    """Something the trainee did unprompted on the feed, and the points its reaction gave."""
    h = attempt.header
    name = f"{h.scenario_title or h.scenario}: {fired.reaction.replace('_', ' ')}"
    obj = {"objectType": "Activity", "id": s.reaction_iri(h.scenario, fired.reaction),
           "definition": {"name": {LANG: name},
                          "type": INTERACTION, "interactionType": "other"}}
    result = {"response": fired.action, "score": {"raw": sum(fired.points.values())},
              "extensions": {s.extension("points"): dict(fired.points),
                             s.extension("acted-at"): fired.acted_at}}
    return _statement(attempt, s, f"interacted/{number}/{fired.reaction}", "interacted", obj, wall,
                      result, parent=True)


def _verdict(attempt: Attempt, s: XapiSettings, report: Debrief, reviewed: int = 0) -> dict[str, Any]:
    """Passed or failed, as played; or (``reviewed``: after that many reviews) as reviewed,
    with who reviewed it, a statement of its own so the first one stands as sent."""
    assert attempt.finished is not None
    score, passed = report.score, report.passed
    extensions: dict[str, Any] = {s.extension("competencies"): dict(report.competencies),
                                  s.extension("ending"): report.ending.id,
                                  s.extension("pass-mark"): report.pass_mark}
    result = {
        "score": {"scaled": round(score / 100, 4), "raw": score, "min": 0, "max": 100},
        "success": passed, "duration": _duration(attempt), "extensions": extensions,
    }
    verb = "passed" if passed else "failed"
    if not reviewed:
        return _statement(attempt, s, "verdict", verb, _scenario_activity(attempt, s),
                          str(attempt.finished["wall"]), result)
    reviews = attempt.reviews[:reviewed]
    extensions[s.extension("reviewed-by")] = list(dict.fromkeys(r.reviewer for r in reviews))
    extensions[s.extension("rulings")] = [asdict(f) for r in reviews for f in r.rulings]
    return _statement(attempt, s, f"verdict/reviewed/{reviewed}", verb,
                      _scenario_activity(attempt, s), reviews[-1].wall, result)


def _completed(attempt: Attempt, s: XapiSettings) -> dict[str, Any]:
    assert attempt.finished is not None
    result = {"completion": True, "duration": _duration(attempt)}
    return _statement(attempt, s, "completed", "completed", _scenario_activity(attempt, s),
                      str(attempt.finished["wall"]), result)


def _duration(attempt: Attempt) -> str:
    return iso_duration(float((attempt.finished or {}).get("active_seconds", 0.0)))
