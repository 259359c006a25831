"""A recruit's progress in a classroom session, as statements while they play.

``LiveReporter`` follows a run after its journal (so each event is on disk first) and queues,
in the outbox, what the trainer's console reads: ``attended`` when the recruit joins;
``progressed`` as each state is entered and each decision opens (the state, the decision and
the time left); ``responded`` for each reply the detectors judged, with its flags; the
attempt's own ``launched`` and ``answered`` statements as they happen; ``suspended`` and
``resumed`` when the trainer pauses the room; and at the end the attempt's full set, read
back from its journal — the very statements a later export sends, with the same ids, so
nothing is ever in the LRS twice. They wait in the outbox, on disk: a laptop off the network
keeps playing and its statements go when it is back.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from ..engine import events as ev
from .attempt import Attempt, read_attempt
from .journal import AttemptJournal
from .names import XapiSettings
from .times import Now, iso, utc_now
from .trainees import Trainee
from .xapi import LANG, OWN, VERBS, VERSION, session_activity, statement, statements

Sink = Callable[[list[dict[str, Any]]], object]


def joined(code: str, trainee: Trainee, s: XapiSettings, when: str) -> dict[str, Any]:
    """``attended``: the recruit is in the session, before any attempt (one per recruit)."""
    namespace = uuid.uuid5(uuid.NAMESPACE_URL, s.base)
    actor: dict[str, Any] = {"objectType": "Agent",
                             "account": {"homePage": s.home_page, "name": trainee.account}}
    if trainee.name.strip():
        actor["name"] = trainee.name
    return {"id": str(uuid.uuid5(namespace, f"session/{code}/joined/{trainee.account}")),
            "actor": actor, "verb": {"id": VERBS["attended"], "display": {LANG: "attended"}},
            "object": session_activity(code, s), "timestamp": when.replace("+00:00", "Z"),
            "version": VERSION}


class LiveReporter:
    """Statements for the console while the attempt of ``journal`` is played, each handed
    once to ``sink``: ``Outbox.add`` (a headless laptop), or a queue the app's background
    sender empties into the outbox, so the screen never waits on the disk or the network."""

    def __init__(self, journal: AttemptJournal, settings: XapiSettings, sink: Sink,
                 now: Now = utc_now) -> None:
        self.journal, self.settings, self.sink, self.now = journal, settings, sink, now
        self._mirror = Attempt(journal.header)
        if journal.walls_before:  # a resumed attempt: what it said before the crash stands,
            self._mirror.events = list(journal.run.events)  # and what it says next is
            self._mirror.walls = list(journal.walls_before)  # numbered on from there
        self._queued: set[str] = set()
        self._pauses = 0
        journal.run.subscribe(self._on_event)

    def _on_event(self, event: ev.Event) -> None:
        self._mirror.events.append(event)
        self._mirror.walls.append(self.journal.last_wall or iso(self.now()))  # as on disk
        made: list[dict[str, Any]] = []
        index = len(self._mirror.events) - 1
        if isinstance(event, ev.RunStarted):
            made += statements(self._mirror, self.settings)[:1]  # launched
        elif isinstance(event, ev.StateEntered | ev.DecisionOpened):
            made.append(self._progressed(index, event))
        elif isinstance(event, ev.ReplyJudged | ev.FreeAction) and self._judged(event):
            made.append(self._responded(index, event))
        elif isinstance(event, ev.DecisionClosed | ev.ReactionFired):
            made += statements(self._mirror, self.settings)
        elif isinstance(event, ev.RunEnded):
            made += self._final()
        self._queue(made)

    def paused(self, paused: bool) -> None:
        """The trainer paused (or resumed) the room and this laptop has stopped (or gone on)."""
        self._pauses += 1
        verb = "suspended" if paused else "resumed"
        self._queue([statement(self._mirror, self.settings, f"{verb}/{self._pauses}", verb,
                               OWN.activity(self._mirror, self.settings), iso(self.now()))])

    # -- what is said ---------------------------------------------------------------------
    def _progressed(self, index: int, event: ev.StateEntered | ev.DecisionOpened) -> dict[str, Any]:
        s = self.settings
        extensions: dict[str, Any] = {s.extension("sim-time"): event.t}
        if isinstance(event, ev.StateEntered):
            extensions[s.extension("state")] = event.state
            extensions[s.extension("state-title")] = event.title
        else:
            extensions[s.extension("decision")] = event.decision
            extensions[s.extension("prompt")] = event.prompt
            if event.deadline is not None:
                extensions[s.extension("time-left")] = round(event.deadline - event.t, 1)
        return statement(self._mirror, s, f"progress/{index}", "progressed",
                         OWN.activity(self._mirror, s), self._mirror.walls[index],
                         {"extensions": extensions})

    @staticmethod
    def _judged(event: ev.ReplyJudged | ev.FreeAction) -> bool:
        return isinstance(event, ev.ReplyJudged) or bool(event.text)

    def _responded(self, index: int, event: ev.ReplyJudged | ev.FreeAction) -> dict[str, Any]:
        s = self.settings
        where = event.decision if isinstance(event, ev.ReplyJudged) else f"feed:{event.action}"
        extensions: dict[str, Any] = {s.extension("flags"): list(event.flags),
                                      s.extension("findings"): list(event.findings),
                                      s.extension("decision"): where}
        if isinstance(event, ev.ReplyJudged) and event.language != "en":
            extensions[s.extension("language")] = event.language  # the detectors did not read it
        result = {"response": self._reply_text(event), "extensions": extensions}
        return statement(self._mirror, s, f"responded/{index}", "responded",
                         OWN.activity(self._mirror, s), self._mirror.walls[index], result)

    def _reply_text(self, event: ev.ReplyJudged | ev.FreeAction) -> str:
        if isinstance(event, ev.FreeAction):
            return event.text or ""
        for earlier in reversed(self._mirror.events):
            if isinstance(earlier, ev.ActionTaken) and earlier.decision == event.decision:
                return earlier.text or ""
        return ""

    def _final(self) -> list[dict[str, Any]]:
        """The attempt's own statements as a later export makes them, from its journal."""
        if not self.journal.finished:
            return statements(self._mirror, self.settings)
        return statements(read_attempt(self.journal.path), self.settings)

    def _queue(self, made: list[dict[str, Any]]) -> None:
        new = [m for m in made if m["id"] not in self._queued]
        if new:
            self.sink(new)
            self._queued.update(m["id"] for m in new)
