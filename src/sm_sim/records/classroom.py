"""A classroom session, kept in the school's own Learning Record Store.

The trainer's settings and controls for a session — which scenarios, in which order (one, or a
course's whole day), which mode, whether the start is held, whether everyone is paused, the
injects sent to all — are one JSON document, the ``SessionDoc``. It lives in the LRS's Activity
Profile API (xAPI 1.0.3, part 3 §7.5) under the session's activity, written with ``If-Match``
so two consoles cannot overwrite each other's change unseen. An LRS without the document APIs
gets the same document as a statement instead (the trainer's ``updated`` statement about the
session, the latest one counts). Recruits' laptops only ever read it; their progress goes as
statements (records/live.py).
"""

from __future__ import annotations

import random
import secrets
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, fields, replace
from typing import TYPE_CHECKING, Any

from ..i18n import N_
from .lrs import LrsClient, LrsError
from .names import LAUNCH_MODES, XapiSettings
from .times import Now, iso, utc_now
from .xapi import LANG, VERSION, session_activity

if TYPE_CHECKING:
    from ..engine.run import ScenarioRun

CODE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O or 1/I to misread on a projector
CODE_LENGTH = 6
DOC_FORMAT = "sm-sim-classroom-session"
PROFILE = "activities/profile"
NO_DOCUMENTS = (404, 405, 501)  # what an LRS without the document API answers a PUT
MAX_INJECTS = 50
MAX_SCENARIOS = 30  # a long day's worth
MAX_TEXT = 2000


class SessionError(ValueError):
    """A session that cannot be found, read or changed; the message says why, for a person."""


def new_code(choose: Callable[[str], str] = secrets.choice) -> str:
    return "".join(choose(CODE_LETTERS) for _ in range(CODE_LENGTH))


def normal_code(text: str) -> str:
    """A join code as typed (``k7m-2qx``, with spaces) in its one written form (``K7M2QX``);
    a ``SessionError`` that says what is wrong if it cannot be one."""
    code = "".join(ch for ch in text.upper() if ch not in " -")
    if len(code) != CODE_LENGTH:
        raise SessionError(N_("a join code has {limit} letters and digits; '{text}' has "
                              "{count}").format(limit=CODE_LENGTH, text=text.strip(), count=len(code)))
    wrong = sorted({ch for ch in code if ch not in CODE_LETTERS})
    if wrong:
        said = N_("'{text}' is not a join code: it has {letters} (0 is O, 1 is I: codes use "
                  "neither)") if set(wrong) & set("01OI") else \
            N_("'{text}' is not a join code: it has {letters}")
        raise SessionError(said.format(text=text.strip(), letters=", ".join(wrong)))
    return code


@dataclass(frozen=True)
class Inject:
    """A message the trainer sends to everyone; it arrives in each recruit's work inbox."""

    id: str
    sent: str  # wall time, ISO
    sender: str
    subject: str
    text: str

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Inject:
        return cls(**{f.name: str(data.get(f.name, "")) for f in fields(cls)})


@dataclass(frozen=True)
class SessionDoc:
    code: str
    scenarios: tuple[str, ...]  # the ids everyone plays, in this order (a course: several)
    mode: str = "practice"
    title: str = ""
    trainer: str = ""
    created: str = ""
    start_at: str | None = None  # ISO wall time before which nobody starts, or None
    hold: bool = False  # nobody starts until the trainer releases the start
    released: bool = False
    paused: bool = False
    injects: tuple[Inject, ...] = field(default_factory=tuple)
    changed: str = ""

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["injects"] = [asdict(i) for i in self.injects]
        data["scenarios"] = list(self.scenarios)
        # "scenario": the first, for a laptop still on format 1 (it plays that one only)
        return {"format": DOC_FORMAT, "format_version": 2, "scenario": self.scenarios[0], **data}

    @classmethod
    def from_dict(cls, data: Any) -> SessionDoc:
        if not isinstance(data, dict) or data.get("format") != DOC_FORMAT:
            raise SessionError(N_("what the LRS holds under this session is not an sm-sim "
                                  "classroom session"))
        try:
            listed = data.get("scenarios")
            scenarios = (tuple(str(sid) for sid in listed) if isinstance(listed, list) and listed
                         else (str(data["scenario"]),))  # format 1 held one
            return cls(
                code=str(data["code"]), scenarios=scenarios,
                mode=str(data.get("mode", "practice")), title=str(data.get("title", "")),
                trainer=str(data.get("trainer", "")), created=str(data.get("created", "")),
                start_at=None if data.get("start_at") is None else str(data["start_at"]),
                hold=bool(data.get("hold", False)), released=bool(data.get("released", False)),
                paused=bool(data.get("paused", False)),
                injects=tuple(Inject.from_dict(i) for i in data.get("injects", [])
                              if isinstance(i, dict)),
                changed=str(data.get("changed", "")))
        except (KeyError, TypeError) as err:
            raise SessionError(N_("the session document on the LRS is damaged ({reason})").format(
                reason=err)) from None

    def next_after(self, done: set[str] | frozenset[str]) -> str | None:
        """The scenario a recruit who has finished ``done`` plays next, in the session's
        order, or None when they have played them all."""
        return next((sid for sid in self.scenarios if sid not in done), None)

    def place(self, scenario: str) -> tuple[int, int] | None:
        """Where ``scenario`` comes in the session: see ``place``."""
        return place(self.scenarios, scenario)

    def deliver_to(self, run: ScenarioRun) -> None:
        """Each inject sent so far into the run's work inbox (the run keeps each once)."""
        for inject in self.injects:
            run.deliver(inject.id, inject.sender, inject.subject, inject.text)

    def waiting(self, now: str) -> str | None:
        """Why a recruit who has joined may not start yet, or None if they may."""
        if self.hold and not self.released:
            return N_("The trainer will start the session when everyone has joined.")
        if self.start_at and now < self.start_at:
            return N_("The session starts at {time} (UTC).").format(time=self.start_at[11:16])
        return None


def place(order: tuple[str, ...], scenario: str) -> tuple[int, int] | None:
    """(2, 3) for the second of a course's three scenarios; None outside a course or for a
    scenario not in it."""
    if len(order) < 2 or scenario not in order:
        return None
    return order.index(scenario) + 1, len(order)


def check_new(scenarios: tuple[str, ...], mode: str, injects: int = 0) -> None:
    if mode not in LAUNCH_MODES:
        raise SessionError(N_("mode must be {modes}, not '{mode}'").format(
            modes=" or ".join(LAUNCH_MODES), mode=mode))
    if not scenarios or not all(scenarios):
        raise SessionError(N_("a session needs a scenario"))
    if len(scenarios) > MAX_SCENARIOS:
        raise SessionError(N_("a session plays at most {limit} scenarios").format(limit=MAX_SCENARIOS))
    twice = sorted({sid for sid in scenarios if scenarios.count(sid) > 1})
    if twice:
        raise SessionError(N_("a session plays each scenario once; {scenarios} is listed more than "
                              "once").format(scenarios=", ".join(twice)))
    if injects > MAX_INJECTS:
        raise SessionError(N_("a session holds at most {limit} injects").format(limit=MAX_INJECTS))


class SessionChannel:
    """The session document of one LRS, read and changed. ``documents`` is None until the
    first write or read finds out whether the LRS has the Activity Profile API."""

    def __init__(self, client: LrsClient, settings: XapiSettings | None = None,
                 now: Now = utc_now, wait: Callable[[float], None] = time.sleep) -> None:
        self.client, self.settings, self.now = client, settings or XapiSettings(), now
        self.wait = wait
        self.documents: bool | None = None

    def _params(self, code: str) -> dict[str, str]:
        return {"activityId": self.settings.session_iri(code), "profileId": self.profile_id}

    @property
    def profile_id(self) -> str:
        return f"{self.settings.base}/profiles/classroom-session"

    def create(self, doc: SessionDoc) -> SessionDoc:
        check_new(doc.scenarios, doc.mode)
        made = replace(doc, created=doc.created or iso(self.now()), changed=iso(self.now()))
        try:
            self.client.put_document(PROFILE, made.to_dict(), None, **self._params(doc.code))
            self.documents = True
        except LrsError as err:
            if err.kind == "changed":
                raise SessionError(N_("a session with the code {code} already exists on this LRS; "
                                      "create the session again for a new code").format(
                                          code=doc.code)) from None
            if err.status not in NO_DOCUMENTS:
                raise
            self.documents = False
            self._post(made)
        return made

    def read(self, code: str) -> SessionDoc:
        doc, _tag = self._read(code)
        return doc

    def change(self, code: str, how: Callable[[SessionDoc], SessionDoc], tries: int = 12) -> SessionDoc:
        """Read, change and write back the document; read again if it changed meanwhile
        (after a short random pause, so two consoles do not keep colliding)."""
        for attempt in range(tries):
            if attempt:
                self.wait(random.uniform(0, 0.02 * attempt))
            doc, tag = self._read(code)
            made = replace(how(doc), changed=iso(self.now()))
            check_new(made.scenarios, made.mode, len(made.injects))
            if not self.documents:
                self._post(made)
                return made
            try:
                self.client.put_document(PROFILE, made.to_dict(), tag, **self._params(code))
                return made
            except LrsError as err:
                if err.kind != "changed":
                    raise
        raise SessionError(N_("session {code} kept changing on the LRS while it was being changed; "
                              "try again").format(code=code))

    def _read(self, code: str) -> tuple[SessionDoc, str | None]:
        if self.documents is not False:
            try:
                data, tag = self.client.get_tagged(PROFILE, **self._params(code))
            except LrsError as err:
                if err.status not in NO_DOCUMENTS and err.kind != "rejected":
                    raise
                data, tag = None, None
            if data is not None:
                self.documents = True
                return SessionDoc.from_dict(data), tag
        found = self._latest_statement(code)
        if found is None:
            raise SessionError(N_("there is no classroom session {code} on this LRS; check the code "
                                  "with your trainer").format(code=code))
        self.documents = False
        return found, None

    # -- the fallback: the document as the trainer's statements -------------------------------
    def _verb(self) -> str:
        return f"{self.settings.base}/verbs/updated-session"

    def _post(self, doc: SessionDoc) -> None:
        s = self.settings
        statement = {
            "actor": {"objectType": "Agent", "name": doc.trainer or "Trainer",
                      "account": {"homePage": s.home_page, "name": f"trainer:{doc.code}"}},
            "verb": {"id": self._verb(), "display": {LANG: "updated session"}},
            "object": session_activity(doc.code, s),
            "result": {"extensions": {s.extension("session-document"): doc.to_dict()}},
            "timestamp": doc.changed, "version": VERSION,
        }
        self.client.post_statements([statement])

    def _latest_statement(self, code: str) -> SessionDoc | None:
        for statement in self.client.get_statements(
                verb=self._verb(), activity=self.settings.session_iri(code), limit="1"):
            data = statement.get("result", {}).get("extensions", {}).get(
                self.settings.extension("session-document"))
            return SessionDoc.from_dict(data)
        return None

