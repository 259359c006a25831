"""xAPI 1.0.3 statements for an attempt.

launched; answered for each decision (the option as the response, its points) and interacted
for each free action a reaction heard; then, for a finished attempt, passed or failed with
``result.score`` (scaled, raw, min, max), ``success`` and ``duration``, and completed with
``completion`` and ``duration`` only. These are plain xAPI, made by the app for an attempt
played outside an LMS: the app sends ``launched`` itself and uses the attempt id as the
registration, which cmi5 leaves to the LMS. When an LMS launches the app, cmi5_statements
makes the cmi5 set instead, through the same code with the LMS's ``Frame``.

Statement ids are UUIDs derived from the attempt id and the statement's place in it
(``uuid5``), so the same attempt always gives the same ids: sending it again — after a
crash, a timeout, or from a second export — cannot make a duplicate in the LRS.
"""

from __future__ import annotations

import uuid
from dataclasses import asdict
from typing import Any

from ..engine import events as ev
from ..scoring.debrief import Debrief
from .attempt import Attempt, Header
from .names import XapiSettings
from .times import iso_duration, parse_iso

VERSION = "1.0.3"
ADL = "http://adlnet.gov/expapi"
LANG = "en-GB"
LANGS = {"en": LANG, "cy": "cy-GB"}  # the language tag of a scenario's own texts, by code


def texts_in(header: Header) -> str:
    """The language tag of what the attempt's scenario said: its title, prompts (a Welsh
    translation's, scenario/translation.py); sm-sim's own words stay ``LANG``."""
    return LANGS.get(header.language, LANG)
VERBS = {name: f"{ADL}/verbs/{name}" for name in (
    "launched", "initialized", "answered", "interacted", "passed", "failed", "completed", "terminated",
    "attended", "progressed", "responded", "suspended", "resumed")}
SIMULATION = f"{ADL}/activities/simulation"
INTERACTION = f"{ADL}/activities/cmi.interaction"
SESSION_TYPE = f"{ADL}/activities/meeting"


class Frame:
    """Who makes an attempt's statements, under which ids and in which context. This one is
    the attempt's own: the trainee's account, the attempt id as the registration and the
    scenario as the activity. A cmi5 launch puts the LMS's in their place (cmi5_statements)."""

    def key(self, attempt: Attempt, key: str) -> str:
        return f"{attempt.header.attempt_id}/{key}"

    def actor(self, attempt: Attempt, s: XapiSettings) -> dict[str, Any]:
        h = attempt.header
        actor: dict[str, Any] = {"objectType": "Agent",
                                 "account": {"homePage": s.home_page, "name": h.trainee_id}}
        if h.trainee.strip():
            actor["name"] = h.trainee
        return actor

    def activity(self, attempt: Attempt, s: XapiSettings) -> dict[str, Any]:
        """The activity the attempt is of: the object of its launched, passed, failed and
        completed statements, and the parent of its decisions."""
        h = attempt.header
        return {"objectType": "Activity", "id": s.scenario_iri(h.scenario),
                "definition": {"name": {texts_in(h): h.scenario_title or h.scenario},
                               "type": SIMULATION}}

    def context(self, attempt: Attempt, s: XapiSettings, parent: bool, verb: str) -> dict[str, Any]:
        h = attempt.header
        activities: dict[str, Any] = {}
        if parent:
            activities["parent"] = [self.activity(attempt, s)]
        if h.session:
            activities["grouping"] = [session_activity(h.session, s)]
        context: dict[str, Any] = {"registration": h.attempt_id}
        if activities:
            context["contextActivities"] = activities
        context.update({
            "revision": h.version, "platform": f"sm-sim {h.app_version}".strip(),
            "language": texts_in(h),
            "extensions": own_extensions(attempt, s),
        })
        return context


OWN = Frame()


def session_activity(code: str, s: XapiSettings) -> dict[str, Any]:
    """The classroom session as an activity: the grouping of its attempts' statements."""
    return {"objectType": "Activity", "id": s.session_iri(code),
            "definition": {"name": {LANG: f"Classroom session {code}"}, "type": SESSION_TYPE}}


def own_extensions(attempt: Attempt, s: XapiSettings) -> dict[str, Any]:
    h = attempt.header
    made: dict[str, Any] = {s.extension("mode"): h.mode, s.extension("seed"): h.seed,
                            s.extension("scenario-version"): h.version,
                            s.extension("content-hash"): h.content_hash}
    if h.time_limits is not None:  # adjusted for the trainee: "off", or the factor ("2")
        made[s.extension("time-limits")] = h.time_limits
    return made


def statements(attempt: Attempt, settings: XapiSettings | None = None) -> list[dict[str, Any]]:
    s = settings or XapiSettings()
    made = [_launched(attempt, s)]
    made += interactions(attempt, s, OWN, start=len(made))
    if attempt.finished is not None and attempt.played is not None:
        made += [_verdict(attempt, s, attempt.played), _completed(attempt, s)]
        if attempt.reviews and attempt.debrief is not None:  # a trainer's ruling: a new result
            made.append(_verdict(attempt, s, attempt.debrief, len(attempt.reviews)))
    return made


def interactions(attempt: Attempt, s: XapiSettings, frame: Frame, start: int = 0) -> list[dict[str, Any]]:
    """An answered statement per decision taken and an interacted one per free action a
    reaction heard, in the order they happened (``start``: statements made before them)."""
    made: list[dict[str, Any]] = []
    opened: dict[str, ev.DecisionOpened] = {}
    number = 0
    for event, wall in zip(attempt.events, attempt.walls, strict=True):
        if isinstance(event, ev.DecisionOpened):
            opened[event.decision] = event
        elif isinstance(event, ev.DecisionClosed) and event.decision in opened:
            number += 1
            action = _action_for(attempt, event)
            made.append(_answered(attempt, s, frame, number, opened[event.decision], action, event,
                                  wall))
        elif isinstance(event, ev.ReactionFired):
            made.append(_interacted(attempt, s, frame, start + len(made), event, wall))
    return made


def _action_for(attempt: Attempt, closed: ev.DecisionClosed) -> ev.ActionTaken | None:
    found = [a for a in attempt.actions if isinstance(a, ev.ActionTaken)
             and a.decision == closed.decision and a.t == closed.t]
    return found[-1] if found else None


def statement(attempt: Attempt, s: XapiSettings, key: str, verb: str, obj: dict[str, Any],
              timestamp: str, result: dict[str, Any] | None = None, parent: bool = False,
              frame: Frame = OWN) -> dict[str, Any]:
    h = attempt.header
    namespace = uuid.uuid5(uuid.NAMESPACE_URL, s.base)
    made: dict[str, Any] = {
        "id": str(uuid.uuid5(namespace, frame.key(attempt, key))),
        "actor": frame.actor(attempt, s),
        "verb": {"id": VERBS[verb], "display": {LANG: verb}},
        "object": obj,
    }
    if result:
        made["result"] = result
    made["context"] = frame.context(attempt, s, parent, verb)
    made["timestamp"] = timestamp_of(timestamp or h.started)
    made["version"] = VERSION
    return made


def timestamp_of(text: str) -> str:
    moment = parse_iso(text)
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _launched(attempt: Attempt, s: XapiSettings) -> dict[str, Any]:
    return statement(attempt, s, "launched", "launched", OWN.activity(attempt, s),
                     attempt.header.started)


def _answered(attempt: Attempt, s: XapiSettings, frame: Frame, number: int,
              opened: ev.DecisionOpened, action: ev.ActionTaken | None, closed: ev.DecisionClosed,
              wall: str) -> dict[str, Any]:
    h = attempt.header
    obj = {"objectType": "Activity", "id": s.decision_iri(h.scenario, opened.decision),
           "definition": {
               "name": {texts_in(h): f"{h.scenario_title or h.scenario}: decision {opened.decision}"},
               "description": {texts_in(h): opened.prompt or opened.decision},
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
    return statement(attempt, s, f"answered/{number}/{opened.decision}", "answered", obj, wall,
                     result, parent=True, frame=frame)


def _interacted(attempt: Attempt, s: XapiSettings, frame: Frame, number: int,
                fired: ev.ReactionFired, wall: str) -> dict[str, Any]:
    """Something the trainee did unprompted on the feed, and the points its reaction gave."""
    h = attempt.header
    name = f"{h.scenario_title or h.scenario}: {fired.reaction.replace('_', ' ')}"
    obj = {"objectType": "Activity", "id": s.reaction_iri(h.scenario, fired.reaction),
           "definition": {"name": {LANG: name},
                          "type": INTERACTION, "interactionType": "other"}}
    result = {"response": fired.action, "score": {"raw": sum(fired.points.values())},
              "extensions": {s.extension("points"): dict(fired.points),
                             s.extension("acted-at"): fired.acted_at}}
    return statement(attempt, s, f"interacted/{number}/{fired.reaction}", "interacted", obj, wall,
                     result, parent=True, frame=frame)


def verdict_result(attempt: Attempt, s: XapiSettings, report: Debrief | None = None) -> dict[str, Any]:
    """``result`` of a passed or failed statement: the score (scaled, raw, min, max),
    ``success``, ``duration``, and the competencies, ending and pass mark as extensions;
    of ``report``, or of the attempt's latest debrief (as reviewed, if it was)."""
    report = report or attempt.debrief
    assert report is not None and attempt.finished is not None
    score = report.score
    return {
        "score": {"scaled": round(score / 100, 4), "raw": score, "min": 0, "max": 100},
        "success": report.passed, "duration": duration(attempt),
        "extensions": {s.extension("competencies"): dict(report.competencies),
                       s.extension("ending"): report.ending.id,
                       s.extension("pass-mark"): report.pass_mark},
    }


def _verdict(attempt: Attempt, s: XapiSettings, report: Debrief, reviewed: int = 0) -> dict[str, Any]:
    """Passed or failed, as played; or (``reviewed``: after that many reviews) as reviewed,
    with who reviewed it, a statement of its own so the first one stands as sent."""
    assert attempt.finished is not None
    verb = "passed" if report.passed else "failed"
    result = verdict_result(attempt, s, report)
    if not reviewed:
        return statement(attempt, s, "verdict", verb, OWN.activity(attempt, s),
                         str(attempt.finished["wall"]), result)
    reviews = attempt.reviews[:reviewed]
    extensions = result["extensions"]
    extensions[s.extension("reviewed-by")] = list(dict.fromkeys(r.reviewer for r in reviews))
    extensions[s.extension("rulings")] = [asdict(f) for r in reviews for f in r.rulings]
    return statement(attempt, s, f"verdict/reviewed/{reviewed}", verb, OWN.activity(attempt, s),
                     reviews[-1].wall, result)


def _completed(attempt: Attempt, s: XapiSettings) -> dict[str, Any]:
    assert attempt.finished is not None
    result = {"completion": True, "duration": duration(attempt)}
    return statement(attempt, s, "completed", "completed", OWN.activity(attempt, s),
                     str(attempt.finished["wall"]), result)


def duration(attempt: Attempt) -> str:
    """Time spent on the attempt (less any gap between a crash and its resume)."""
    return iso_duration(float((attempt.finished or {}).get("active_seconds", 0.0)))
