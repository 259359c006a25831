"""The room as the trainer's console sees it: every recruit of a classroom session, folded from
the statements their laptops send (records/live.py), read back from the LRS by the session's
grouping activity. ``RoomFeed.poll`` fetches what is new; ``Room.add`` folds it, in any order
and any number of times (statements are kept by id), so a laptop catching up after a lost
network simply fills its seat in.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any
from urllib.parse import unquote

from .lrs import LrsClient
from .names import XapiSettings
from .times import parse_iso
from .xapi import VERBS

IDLE = 120.0  # seconds without a word from a playing laptop before it is called idle
STUCK = 60.0  # seconds past a decision's time limit (or 3 minutes on one without) = stuck
OVERLAP = timedelta(seconds=2)  # each poll asks again for this much before the last seen

_VERB = {v: k for k, v in VERBS.items()}


@dataclass
class Reply:
    """A free-text reply a recruit wrote, with what the detectors raised."""

    account: str
    decision: str
    text: str
    flags: tuple[str, ...]
    findings: tuple[str, ...]
    when: str


@dataclass
class Seat:
    account: str
    name: str = ""
    joined: str = ""
    attempt: str = ""
    scenario: str = ""
    state: str = ""
    state_title: str = ""
    decision: str = ""  # the decision open, if any
    prompt: str = ""
    time_left: float | None = None  # when the decision opened
    opened: str = ""  # wall time the decision opened
    last_heard: str = ""
    answers: dict[str, str] = field(default_factory=dict)  # decision -> option
    replies: list[Reply] = field(default_factory=list)
    paused: bool = False
    held_since: str = ""  # wall time the trainer's pause began here, while it lasts
    held_for: float = 0.0  # seconds the open decision has spent paused
    finished: bool = False
    score: int | None = None
    passed: bool | None = None
    ending: str = ""
    _position: str = ""  # timestamp of the statement the position is from

    @property
    def flags(self) -> Counter[str]:
        return Counter(f for r in self.replies for f in r.flags)

    def status(self, now: str) -> str:
        """``waiting`` (joined, not started), ``playing``, ``paused``, ``idle``, ``stuck`` or
        ``finished``, at wall time ``now``."""
        if self.finished:
            return "finished"
        if not self.attempt:
            return "waiting"
        if self.paused:
            return "paused"
        if self.decision and self.opened:
            waited = self._running(now)
            allowed = self.time_left if self.time_left is not None else 180.0
            if waited > allowed + STUCK:
                return "stuck"
        if self.last_heard and _seconds(self.last_heard, now) > IDLE:
            return "idle"
        return "playing"

    def left(self, now: str) -> float | None:
        """Seconds left on the open decision at ``now`` (its clock stands still while the
        trainer has the room paused), or None."""
        if not self.decision or self.time_left is None or not self.opened:
            return None
        return max(0.0, self.time_left - self._running(now))

    def _running(self, now: str) -> float:
        """Wall seconds the open decision's clock has run: since it opened, less pauses."""
        held = self.held_for
        if self.paused and self.held_since:
            held += _seconds(max(self.held_since, self.opened), now)
        return _seconds(self.opened, now) - held

    def hold(self, paused: bool, when: str) -> None:
        if paused and not self.paused:
            self.held_since = when
        elif not paused and self.paused and self.held_since and self.opened:
            self.held_for += max(0.0, _seconds(max(self.held_since, self.opened), when))
            self.held_since = ""
        self.paused = paused


def _after(statement: dict[str, Any], part: str) -> str:
    """What follows ``part`` in the id of the statement's object, unquoted."""
    return unquote(str(statement.get("object", {}).get("id", "")).rsplit(part, 1)[-1])


def _seconds(since: str, now: str) -> float:
    return (parse_iso(now) - parse_iso(since)).total_seconds()


class Room:
    def __init__(self, code: str, settings: XapiSettings | None = None) -> None:
        self.code, self.settings = code, settings or XapiSettings()
        self.seats: dict[str, Seat] = {}
        self._seen: set[str] = set()

    def add(self, found: list[dict[str, Any]]) -> int:
        """Fold statements in; returns how many were new."""
        fresh = [st for st in found if st.get("id") not in self._seen]
        for st in sorted(fresh, key=lambda st: str(st.get("timestamp", ""))):
            self._seen.add(str(st.get("id")))
            self._fold(st)
        return len(fresh)

    def seat(self, account: str) -> Seat:
        return self.seats.setdefault(account, Seat(account))

    def _fold(self, st: dict[str, Any]) -> None:
        verb = _VERB.get(str(st.get("verb", {}).get("id", "")))
        actor = st.get("actor", {})
        account = str(actor.get("account", {}).get("name", ""))
        if verb is None or not account:
            return
        seat = self.seat(account)
        seat.name = str(actor.get("name", "")) or seat.name
        when = str(st.get("timestamp", ""))
        seat.last_heard = max(seat.last_heard, when)
        result = st.get("result", {})
        ext = result.get("extensions", {})
        x = self.settings.extension
        if verb == "attended":
            seat.joined = seat.joined or when
            return
        registration = str(st.get("context", {}).get("registration", ""))
        if registration and registration != seat.attempt and when >= seat._position:
            seat.attempt, seat.finished, seat.answers, seat.replies = registration, False, {}, []
            seat.scenario = _after(st, "/scenarios/").split("/")[0]
        if registration and registration != seat.attempt:
            return  # an earlier attempt's statement arriving late
        if verb == "progressed" and when >= seat._position:
            seat._position = when
            if x("state") in ext:
                seat.state, seat.state_title = str(ext[x("state")]), str(ext.get(x("state-title"), ""))
                seat.decision, seat.prompt, seat.time_left, seat.opened = "", "", None, ""
            if x("decision") in ext:
                seat.decision, seat.prompt = str(ext[x("decision")]), str(ext.get(x("prompt"), ""))
                left = ext.get(x("time-left"))
                seat.time_left = float(left) if isinstance(left, int | float) else None
                seat.opened, seat.held_for = when, 0.0
        elif verb == "answered":
            decision = _after(st, "/decisions/")
            seat.answers[decision] = str(result.get("response", ""))
            if seat.decision == decision and when >= seat._position:
                seat.decision, seat.prompt, seat.time_left, seat.opened = "", "", None, ""
                seat._position = when
        elif verb == "responded":
            seat.replies.append(Reply(account, str(ext.get(x("decision"), "")),
                                      str(result.get("response", "")),
                                      tuple(ext.get(x("flags"), [])),
                                      tuple(ext.get(x("findings"), [])), when))
        elif verb in ("suspended", "resumed") and when >= seat._position:
            seat.hold(verb == "suspended", when)
        elif verb in ("passed", "failed"):
            seat.finished, seat.decision = True, ""
            seat.passed = bool(result.get("success"))
            raw = result.get("score", {}).get("raw")
            seat.score = int(raw) if isinstance(raw, int | float) else None
            seat.ending = str(ext.get(x("ending"), ""))

    # -- the class as a whole, for the debrief ----------------------------------------------
    def answers(self, decision: str) -> Counter[str]:
        return Counter(s.answers[decision] for s in self.seats.values() if decision in s.answers)

    def decisions(self) -> list[str]:
        """Every decision someone answered, in the order the class first met them."""
        return list(dict.fromkeys(d for s in self.seats.values() for d in s.answers))

    def replies(self, decision: str | None = None) -> list[Reply]:
        return sorted((r for s in self.seats.values() for r in s.replies
                       if decision is None or r.decision == decision), key=lambda r: r.when)

    def endings(self) -> Counter[str]:
        return Counter(s.ending for s in self.seats.values() if s.finished and s.ending)


class RoomFeed:
    """New statements of one session, fetched from the LRS each ``poll``."""

    def __init__(self, client: LrsClient, code: str, settings: XapiSettings | None = None) -> None:
        self.client, self.code = client, code
        self.settings = settings or XapiSettings()
        self._since: str | None = None

    def poll(self) -> list[dict[str, Any]]:
        params = {"activity": self.settings.session_iri(self.code), "related_activities": "true",
                  "ascending": "true"}
        if self._since:
            params["since"] = self._since
        found = list(self.client.get_statements(**params))
        stored = [str(st["stored"]) for st in found if st.get("stored")]
        if stored:
            latest = parse_iso(max(stored)) - OVERLAP
            self._since = latest.isoformat(timespec="milliseconds").replace("+00:00", "Z")
        return found
