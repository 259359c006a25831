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
# Statements asked for a page at a time: most polls fit in one page. An LRS pages by a cursor
# that some order differently from 'stored' (the tests' Learning Locker: by a v1 UUID), so a
# statement at a page's edge can be skipped when laptops post at once; fewer pages, fewer edges.
PAGE = "500"

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
    scenario: str = ""
    language: str = "en"  # one the detectors do not read (scoring.language): left to a trainer


@dataclass
class Played:
    """A seat's latest attempt at one scenario (a retake replaces it; another scenario of the
    session's course does not)."""

    scenario: str
    attempt: str  # its registration
    since: str  # the timestamp of its first statement folded
    answers: dict[str, str] = field(default_factory=dict)  # decision -> option
    replies: list[Reply] = field(default_factory=list)
    finished: bool = False
    score: int | None = None
    passed: bool | None = None
    ending: str = ""


@dataclass
class Seat:
    account: str
    name: str = ""
    joined: str = ""
    scenario: str = ""  # the scenario played now, or last
    state: str = ""
    state_title: str = ""
    decision: str = ""  # the decision open, if any
    prompt: str = ""
    time_left: float | None = None  # when the decision opened
    opened: str = ""  # wall time the decision opened
    last_heard: str = ""
    played: dict[str, Played] = field(default_factory=dict)  # by scenario, in the order begun
    order: tuple[str, ...] = ()  # the session's scenarios, when the room knows them
    paused: bool = False
    held_since: str = ""  # wall time the trainer's pause began here, while it lasts
    held_for: float = 0.0  # seconds the open decision has spent paused
    _position: str = ""  # timestamp of the statement the position is from

    @property
    def now(self) -> Played | None:
        """The attempt being played now (or the last one finished)."""
        return self.played.get(self.scenario)

    @property
    def attempt(self) -> str:
        return self.now.attempt if self.now else ""

    @property
    def finished(self) -> bool:
        return bool(self.now and self.now.finished)

    @property
    def score(self) -> int | None:
        return self.now.score if self.now else None

    @property
    def passed(self) -> bool | None:
        return self.now.passed if self.now else None

    @property
    def ending(self) -> str:
        return self.now.ending if self.now else ""

    @property
    def answers(self) -> dict[str, str]:
        return self.now.answers if self.now else {}

    @property
    def replies(self) -> list[Reply]:
        """Every reply written in the session, over each scenario's latest attempt."""
        return [r for p in self.played.values() for r in p.replies]

    @property
    def done(self) -> list[Played]:
        return [p for p in self.played.values() if p.finished]

    @property
    def between(self) -> bool:
        """Finished a scenario of the course, with another still to play."""
        finished = {p.scenario for p in self.done}
        return self.finished and any(sid not in finished for sid in self.order)

    @property
    def flags(self) -> Counter[str]:
        return Counter(f for r in self.replies for f in r.flags)

    def status(self, now: str) -> str:
        """``waiting`` (joined, not started), ``playing``, ``paused``, ``idle``, ``stuck`` or
        ``finished`` (``between`` scenarios of a course), at wall time ``now``."""
        if self.between:
            return "between"
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
    def __init__(self, code: str, settings: XapiSettings | None = None,
                 order: tuple[str, ...] = ()) -> None:
        self.code, self.settings = code, settings or XapiSettings()
        self.seats: dict[str, Seat] = {}
        self.order = order  # the session's scenarios, once read
        self._seen: set[str] = set()

    def follow(self, order: tuple[str, ...]) -> None:
        """The session's scenarios, in order (from its document), for every seat."""
        self.order = order
        for seat in self.seats.values():
            seat.order = order

    def add(self, found: list[dict[str, Any]]) -> int:
        """Fold statements in; returns how many were new."""
        fresh = [st for st in found if st.get("id") not in self._seen]
        for st in sorted(fresh, key=lambda st: str(st.get("timestamp", ""))):
            self._seen.add(str(st.get("id")))
            self._fold(st)
        return len(fresh)

    def seat(self, account: str) -> Seat:
        if account not in self.seats:
            self.seats[account] = Seat(account, order=self.order)
        return self.seats[account]

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
        played = self._played(seat, st, registration, when)
        if played is None:
            return  # an earlier attempt's statement arriving late, or no attempt's at all
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
            played.answers[decision] = str(result.get("response", ""))
            if seat.decision == decision and when >= seat._position:
                seat.decision, seat.prompt, seat.time_left, seat.opened = "", "", None, ""
                seat._position = when
        elif verb == "responded":
            played.replies.append(Reply(account, str(ext.get(x("decision"), "")),
                                        str(result.get("response", "")),
                                        tuple(ext.get(x("flags"), [])),
                                        tuple(ext.get(x("findings"), [])), when,
                                        played.scenario, str(ext.get(x("language"), "en"))))
        elif verb in ("suspended", "resumed") and when >= seat._position:
            seat.hold(verb == "suspended", when)
        elif verb in ("passed", "failed"):
            played.finished, played.passed = True, bool(result.get("success"))
            if seat.scenario == played.scenario:
                seat.decision = ""
            raw = result.get("score", {}).get("raw")
            played.score = int(raw) if isinstance(raw, int | float) else None
            played.ending = str(ext.get(x("ending"), ""))

    @staticmethod
    def _played(seat: Seat, st: dict[str, Any], registration: str, when: str) -> Played | None:
        """The attempt a statement belongs to, begun afresh for a new registration (a retake
        replaces the scenario's earlier attempt; a statement of an even earlier one is None);
        and the seat's position moves to it if it is the latest."""
        if not registration:
            return None
        scenario = _after(st, "/scenarios/").split("/")[0]
        played = seat.played.get(scenario)
        if played is None or (registration != played.attempt and when >= played.since):
            played = seat.played[scenario] = Played(scenario, registration, when)
        if registration != played.attempt:
            return None
        if scenario != seat.scenario and when >= seat._position:
            seat.scenario, seat._position = scenario, when
            seat.state = seat.state_title = seat.decision = seat.prompt = seat.opened = ""
            seat.time_left = None
        return played

    # -- the class as a whole, for the debrief (of one scenario, or all) --------------------
    def attempts(self, scenario: str | None = None) -> list[Played]:
        return [p for s in self.seats.values() for p in s.played.values()
                if scenario is None or p.scenario == scenario]

    def answers(self, decision: str, scenario: str | None = None) -> Counter[str]:
        return Counter(p.answers[decision] for p in self.attempts(scenario)
                       if decision in p.answers)

    def decisions(self, scenario: str | None = None) -> list[str]:
        """Every decision someone answered, in the order the class first met them."""
        return list(dict.fromkeys(d for p in self.attempts(scenario) for d in p.answers))

    def replies(self, decision: str | None = None, scenario: str | None = None) -> list[Reply]:
        return sorted((r for p in self.attempts(scenario) for r in p.replies
                       if decision is None or r.decision == decision), key=lambda r: r.when)

    def endings(self, scenario: str | None = None) -> Counter[str]:
        return Counter(p.ending for p in self.attempts(scenario) if p.finished and p.ending)

    def scenarios(self) -> list[str]:
        """The session's scenarios, then any other someone played, in the order first met."""
        return list(dict.fromkeys([*self.order, *(p.scenario for p in self.attempts())]))


class RoomFeed:
    """New statements of one session, fetched from the LRS each ``poll``."""

    def __init__(self, client: LrsClient, code: str, settings: XapiSettings | None = None) -> None:
        self.client, self.code = client, code
        self.settings = settings or XapiSettings()
        self._since: str | None = None

    def poll(self) -> list[dict[str, Any]]:
        params = {"activity": self.settings.session_iri(self.code), "related_activities": "true",
                  "ascending": "true", "limit": PAGE}
        if self._since:
            params["since"] = self._since
        found = list(self.client.get_statements(**params))
        stored = [str(st["stored"]) for st in found if st.get("stored")]
        if stored:
            latest = parse_iso(max(stored)) - OVERLAP
            self._since = latest.isoformat(timespec="milliseconds").replace("+00:00", "Z")
        return found
