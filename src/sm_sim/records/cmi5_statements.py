"""The statements of an attempt launched by an LMS, as cmi5 (Quartz) asks of an AU.

initialized, when the app is ready; answered and interacted for the decisions and free actions
("cmi5 allowed": the LMS's context template, no cmi5 category); for a finished attempt, passed
or failed (by the LMS's masteryScore when it gave one) and completed; and terminated, last,
with the time since initialized. Never launched: that one is the LMS's. Every statement has
the LMS's actor and registration, the AU's activity id as its object (decisions name it as
their parent), and the LMS's context template, which nothing here overwrites (cmi5 10.2.1);
the cmi5 ones add the cmi5 category, and passed, failed and completed the moveOn category.

The statements are made by the same code as outside an LMS (``xapi``), with ``Cmi5Frame`` in
place of the attempt's own frame, so a decision reads the same in both.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

from .attempt import Attempt
from .names import XapiSettings
from .times import iso_duration, parse_iso
from .xapi import (
    SIMULATION,
    Frame,
    duration,
    interactions,
    own_extensions,
    statement,
    texts_in,
    verdict_result,
)

CMI5 = "https://w3id.org/xapi/cmi5"
CATEGORY = f"{CMI5}/context/categories/cmi5"
MOVE_ON_CATEGORY = f"{CMI5}/context/categories/moveon"
SESSION_ID = f"{CMI5}/context/extensions/sessionid"
MASTERY_SCORE = f"{CMI5}/context/extensions/masteryscore"
DEFINED = ("initialized", "passed", "failed", "completed", "terminated")  # cmi5 defined verbs we use
MOVE_ON = ("passed", "failed", "completed")  # their result has success or completion


@dataclass(frozen=True)
class Cmi5Launch:
    """What the LMS gave at launch, as the statements need it."""

    actor: dict[str, Any]
    registration: str
    activity_id: str
    session_id: str
    context_template: dict[str, Any] = field(default_factory=dict)
    launch_mode: str = "Normal"  # Browse and Review: initialized and terminated only
    mastery_score: float | None = None

    @property
    def judged(self) -> bool:
        """Whether this launch may record satisfaction (cmi5 10.2.2: Normal mode only)."""
        return self.launch_mode == "Normal"


class Cmi5Frame(Frame):
    def __init__(self, launch: Cmi5Launch) -> None:
        self.launch = launch

    def key(self, attempt: Attempt, key: str) -> str:
        return f"cmi5/{self.launch.registration}/{self.launch.session_id}/{key}"

    def actor(self, attempt: Attempt, s: XapiSettings) -> dict[str, Any]:
        return copy.deepcopy(self.launch.actor)

    def activity(self, attempt: Attempt, s: XapiSettings) -> dict[str, Any]:
        h = attempt.header
        return {"objectType": "Activity", "id": self.launch.activity_id,
                "definition": {"name": {texts_in(h): h.scenario_title or h.scenario},
                               "type": SIMULATION}}

    def context(self, attempt: Attempt, s: XapiSettings, parent: bool, verb: str) -> dict[str, Any]:
        h = attempt.header
        extensions = {**own_extensions(attempt, s), SESSION_ID: self.launch.session_id}
        if verb in ("passed", "failed") and self.launch.mastery_score is not None:
            extensions[MASTERY_SCORE] = self.launch.mastery_score
        activities: dict[str, Any] = {}
        if verb in DEFINED:
            categories = [CATEGORY, *([MOVE_ON_CATEGORY] if verb in MOVE_ON else [])]
            activities["category"] = [{"objectType": "Activity", "id": c} for c in categories]
        if parent:
            activities["parent"] = [self.activity(attempt, s)]
        ours: dict[str, Any] = {"registration": self.launch.registration, "revision": h.version,
                                "platform": f"sm-sim {h.app_version}".strip(),
                                "language": texts_in(h),
                                "extensions": extensions}
        if activities:
            ours["contextActivities"] = activities
        return fill_template(self.launch.context_template, ours)


def fill_template(template: dict[str, Any], ours: dict[str, Any]) -> dict[str, Any]:
    """The LMS's context template with ours added where it leaves room: its values stay as
    they are, its activity lists keep their activities and gain ours (each id once)."""
    made = copy.deepcopy(template)
    for key, value in ours.items():
        held = made.get(key)
        if held is None:
            made[key] = copy.deepcopy(value)
        elif isinstance(held, dict) and isinstance(value, dict):
            made[key] = _fill_dict(held, value, lists=key == "contextActivities")
    return made


def _fill_dict(held: dict[str, Any], ours: dict[str, Any], lists: bool) -> dict[str, Any]:
    for key, value in ours.items():
        if key not in held:
            held[key] = copy.deepcopy(value)
        elif lists and isinstance(value, list):
            current = held[key] if isinstance(held[key], list) else [held[key]]  # xAPI allows one
            known = {a.get("id") for a in current if isinstance(a, dict)}
            held[key] = current + [copy.deepcopy(a) for a in value if a.get("id") not in known]
    return held


def initialized(attempt: Attempt, launch: Cmi5Launch, s: XapiSettings, at: str) -> dict[str, Any]:
    frame = Cmi5Frame(launch)
    return statement(attempt, s, "initialized", "initialized", frame.activity(attempt, s), at,
                     frame=frame)


def played(attempt: Attempt, launch: Cmi5Launch, s: XapiSettings,
           already: frozenset[str] = frozenset()) -> list[dict[str, Any]]:
    """What the attempt did, for the LMS: its decisions and free actions, then (finished) the
    verdict and completed. ``already``: the verbs this registration already holds for the AU,
    so neither a second passed, a failed after a passed, nor a second completed is sent."""
    if not launch.judged:
        return []
    frame = Cmi5Frame(launch)
    made = interactions(attempt, s, frame, start=1)
    if attempt.finished is None or attempt.debrief is None:
        return made
    if "passed" not in already:  # a failed may follow a failed, in another session
        made.append(_verdict(attempt, launch, s, frame))
    if "completed" not in already:
        result = {"completion": True, "duration": duration(attempt)}
        made.append(statement(attempt, s, "completed", "completed", frame.activity(attempt, s),
                              str(attempt.finished["wall"]), result, frame=frame))
    return made


def _verdict(attempt: Attempt, launch: Cmi5Launch, s: XapiSettings, frame: Cmi5Frame) -> dict[str, Any]:
    """passed or failed. With the LMS's masteryScore the score decides (cmi5 10.2.4), and an
    ending that fails the attempt whatever its score still fails it: that failed statement
    carries no score, as a failed score must be below the masteryScore (cmi5 9.3.5)."""
    assert attempt.debrief is not None and attempt.finished is not None
    result = verdict_result(attempt, s)
    mastery = launch.mastery_score
    scaled = float(result["score"]["scaled"])
    passed = attempt.debrief.passed if mastery is None else (
        scaled >= mastery and attempt.debrief.ending.can_pass)
    result["success"] = passed
    if mastery is not None and not passed and scaled >= mastery:
        del result["score"]
    verb = "passed" if passed else "failed"
    return statement(attempt, s, "verdict", verb, frame.activity(attempt, s),
                     str(attempt.finished["wall"]), result, frame=frame)


def terminated(attempt: Attempt, launch: Cmi5Launch, s: XapiSettings, initialized_at: str,
               at: str) -> dict[str, Any]:
    """The last statement of the session, with the time since initialized as its duration."""
    seconds = (parse_iso(at) - parse_iso(initialized_at)).total_seconds()
    frame = Cmi5Frame(launch)
    return statement(attempt, s, "terminated", "terminated", frame.activity(attempt, s), at,
                     {"duration": iso_duration(max(0.0, seconds))}, frame=frame)
