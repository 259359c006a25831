"""What an LMS says when it launches the app (cmi5 Quartz, sections 8 and 10): the launch
URL's parameters, the auth token from the fetch URL, and the ``LMS.LaunchData`` state document.

Each step that fails raises ``LaunchError`` with a sentence for a person; nothing here reads a
file or the network beyond the LMS's own addresses in the launch URL.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from typing import Any
from urllib import error, parse, request

from ..i18n import N_
from . import strictjson
from .cmi5 import LAUNCH_HOST, SCHEME
from .cmi5_statements import SESSION_ID, Cmi5Launch
from .lrs import LrsClient, LrsError
from .names import LAUNCH_MODES

PARAMETERS = ("endpoint", "fetch", "actor", "registration", "activityId")
LAUNCH_DATA = "LMS.LaunchData"
PREFERENCES = "cmi5LearnerPreferences"
LAUNCH_MODES_CMI5 = ("Normal", "Browse", "Review")
FETCH_ERRORS = {"1": N_("the token was already handed out, or the session has expired"),
                "2": N_("a security error"), "3": N_("an application error")}


class LaunchError(RuntimeError):
    """The launch cannot be followed; the message says why, for a person."""


@dataclass(frozen=True)
class LaunchRequest:
    """The launch URL, read: the AU's scenario and mode, and the LMS's five parameters."""

    scenario_id: str
    mode: str
    endpoint: str
    fetch: str
    actor: dict[str, Any]
    registration: str
    activity_id: str

    @property
    def trainee(self) -> tuple[str, str]:
        """The learner's name (the actor's, else the account's) and account name."""
        account = str(self.actor["account"]["name"])
        return str(self.actor.get("name") or account), account


@dataclass(frozen=True)
class LaunchData:
    context_template: dict[str, Any]
    launch_mode: str
    session_id: str
    mastery_score: float | None = None
    move_on: str = ""
    return_url: str = ""
    launch_parameters: str = ""


def parse_launch(url: str) -> LaunchRequest:
    """The launch URL an LMS made from the AU's ``sm-sim://launch/<scenario>`` address."""
    parts = parse.urlsplit(url.strip())
    if parts.scheme != SCHEME or parts.netloc != LAUNCH_HOST:
        raise LaunchError(N_("'{url}' is not an sm-sim launch address ({address})").format(
            url=url[:80], address=f"{SCHEME}://{LAUNCH_HOST}/SCENARIO?endpoint=…"))
    scenario = parse.unquote(parts.path.strip("/"))
    if not scenario or "/" in scenario:
        raise LaunchError(N_("the launch address does not name one scenario"))
    query = parse.parse_qs(parts.query, keep_blank_values=True)
    values = {name: _one(query, name) for name in PARAMETERS}
    mode = query.get("mode", ["practice"])[-1]
    if mode not in LAUNCH_MODES:
        raise LaunchError(N_("the launch asks for mode '{mode}': sm-sim plays practice or "
                             "assessment").format(mode=mode))
    for name in ("endpoint", "fetch"):
        if parse.urlsplit(values[name]).scheme not in ("http", "https"):
            raise LaunchError(N_("the launch's {name} '{value}' is not a web address").format(
                name=name, value=values[name][:80]))
    if not parse.urlsplit(values["activityId"]).scheme:
        raise LaunchError(N_("the launch's activityId is not an IRI"))
    try:
        registration = str(uuid.UUID(values["registration"]))
    except ValueError:
        raise LaunchError(N_("the launch's registration is not a UUID")) from None
    return LaunchRequest(scenario, mode, values["endpoint"], values["fetch"], _actor(values["actor"]),
                         registration, values["activityId"])


def _one(query: dict[str, list[str]], name: str) -> str:
    found = query.get(name, [])
    if len(found) != 1 or not found[0].strip():
        said = N_("the launch address has no '{name}': was it started by an LMS?") \
            if not found or not found[0].strip() else \
            N_("the launch address has more than one '{name}': was it started by an LMS?")
        raise LaunchError(said.format(name=name))
    return found[0].strip()


def _actor(text: str) -> dict[str, Any]:
    """cmi5 9.2: an Agent with an account."""
    try:
        actor = strictjson.loads(text)
    except ValueError:
        raise LaunchError(N_("the launch's actor is not JSON")) from None
    account = actor.get("account") if isinstance(actor, dict) else None
    if (not isinstance(account, dict) or not isinstance(account.get("name"), str)
            or not isinstance(account.get("homePage"), str)
            or actor.get("objectType", "Agent") != "Agent"):
        raise LaunchError(N_("the launch's actor is not an Agent with an account (cmi5 9.2)"))
    return dict(actor)


def fetch_token(fetch: str, timeout: float = 15.0) -> str:
    """POST to the one-time fetch URL for the session's auth token (cmi5 8.2)."""
    req = request.Request(fetch, data=b"", method="POST", headers={"Accept": "application/json"})
    try:
        with request.urlopen(req, timeout=timeout) as answer:
            raw = answer.read()
    except error.HTTPError as err:
        raise LaunchError(N_("the LMS refused to hand out the session's token ({status})").format(
            status=err.code)) from None
    except (error.URLError, OSError) as err:
        reason = getattr(err, "reason", err)
        raise LaunchError(N_("cannot reach the LMS for the session's token ({reason})").format(
            reason=reason)) from None
    try:
        answer_json = strictjson.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise LaunchError(N_("the LMS's answer to the token request is not JSON")) from None
    if isinstance(answer_json, dict) and isinstance(answer_json.get("auth-token"), str):
        return str(answer_json["auth-token"])
    code = str(answer_json.get("error-code", "")) if isinstance(answer_json, dict) else ""
    text = str(answer_json.get("error-text", "")) if isinstance(answer_json, dict) else ""
    why = FETCH_ERRORS.get(code, N_("no token in its answer"))
    said = N_("the LMS gave no token: {why} ({text}); start the scenario again from the LMS") \
        if text else N_("the LMS gave no token: {why}; start the scenario again from the LMS")
    raise LaunchError(said.format(why=why, text=text[:200]))


def state_params(launch: LaunchRequest) -> dict[str, str]:
    return {"activityId": launch.activity_id, "agent": json.dumps(launch.actor),
            "registration": launch.registration}


def read_launch_data(client: LrsClient, launch: LaunchRequest) -> LaunchData:
    """The ``LMS.LaunchData`` state document the LMS wrote before launching (cmi5 10)."""
    try:
        doc = client.get_document("activities/state", **state_params(launch), stateId=LAUNCH_DATA)
    except LrsError as err:
        raise LaunchError(N_("the LMS's launch data could not be read: {reason}").format(
            reason=err)) from None
    if not isinstance(doc, dict):
        raise LaunchError(N_("the LMS has written no launch data (LMS.LaunchData) for this launch"))
    template = doc.get("contextTemplate")
    mode = doc.get("launchMode")
    if not isinstance(template, dict) or mode not in LAUNCH_MODES_CMI5:
        raise LaunchError(N_("the LMS's launch data lacks a context template or a launch mode"))
    session = (template.get("extensions") or {}).get(SESSION_ID)
    if not isinstance(session, str) or not session:
        raise LaunchError(N_("the LMS's context template has no session id (cmi5 10.2.1)"))
    mastery = doc.get("masteryScore")
    if mastery is not None and (isinstance(mastery, bool) or not isinstance(mastery, int | float)
                                or not 0 <= mastery <= 1):
        raise LaunchError(N_("the LMS's masteryScore {value} is not a number from 0 to 1").format(
            value=repr(mastery)))
    return LaunchData(template, str(mode), session, None if mastery is None else float(mastery),
                      str(doc.get("moveOn", "")), str(doc.get("returnURL", "")),
                      str(doc.get("launchParameters", "")))


def read_preferences(client: LrsClient, launch: LaunchRequest) -> dict[str, Any]:
    """The learner's preferences (cmi5 11), read at start-up as cmi5 asks. sm-sim is in English
    and silent, so they change nothing; a refusal or an absence is not an error."""
    try:
        doc = client.get_document("agents/profile", agent=json.dumps(launch.actor),
                                  profileId=PREFERENCES)
    except LrsError:
        return {}
    return doc if isinstance(doc, dict) else {}


def cmi5_launch(launch: LaunchRequest, data: LaunchData) -> Cmi5Launch:
    return Cmi5Launch(launch.actor, launch.registration, launch.activity_id, data.session_id,
                      data.context_template, data.launch_mode, data.mastery_score)
