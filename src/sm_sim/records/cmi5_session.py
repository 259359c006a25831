"""One cmi5 launch session, from the LMS's launch URL to ``terminated``.

``Cmi5Session.open`` takes the launch URL as read (``parse_launch``), POSTs to the fetch URL
for the token (once), reads ``LMS.LaunchData`` and the learner's preferences.
``LaunchedAttempt`` then journals the attempt as any other and tells the LMS: ``initialized``
before the run starts, what was played when it ends, ``terminated`` when the trainee leaves.

The statements go through the LRS outbox, as every other statement does: queued durably
first, then sent, each exactly once. The session's outbox is a folder of its own (under the
outbox, ``cmi5/<session>``) because its token is good for this session only; whatever the LMS
has not taken by the end stays there, with ``launch.txt`` saying where it was going.
"""

from __future__ import annotations

import contextlib
import uuid
from pathlib import Path
from typing import Any

from . import atomic
from .attempt import Attempt, AttemptError, read_attempt
from .cmi5_launch import (
    LaunchData,
    LaunchRequest,
    cmi5_launch,
    fetch_token,
    read_launch_data,
    read_preferences,
)
from .cmi5_statements import Cmi5Launch, initialized, played, terminated
from .journal import AttemptJournal
from .lrs import LrsClient, LrsError
from .names import XapiSettings
from .outbox import Outbox, SendReport
from .paths import outbox_dir
from .times import Now, iso, utc_now
from .trainees import Trainee, trainee_for
from .xapi import VERBS

NOTE = "launch.txt"


def trainee_of(request: LaunchRequest) -> Trainee:
    """The LMS's learner as a trainee: the actor's name, its account name as the id."""
    name, account = request.trainee
    return trainee_for(name, account)


class Cmi5Session:
    def __init__(self, request: LaunchRequest, data: LaunchData, client: LrsClient,
                 outbox: Outbox, settings: XapiSettings, now: Now = utc_now,
                 preferences: dict[str, Any] | None = None) -> None:
        self.request, self.data, self.client, self.outbox = request, data, client, outbox
        self.settings, self.now = settings, now
        self.preferences = preferences or {}
        self.launch: Cmi5Launch = cmi5_launch(request, data)
        self.initialized_at: str | None = None
        self.recorded = False
        self.terminated = False

    @classmethod
    def open(cls, request: LaunchRequest, settings: XapiSettings | None = None,
             root: Path | None = None, now: Now = utc_now, timeout: float = 15.0) -> Cmi5Session:
        """Follow a launch (``parse_launch``: read it, and find its scenario, before the token
        is fetched, as the token is handed out once) to the point where the attempt can start;
        ``LaunchError`` (a sentence for a person) if the LMS cannot be followed."""
        client = LrsClient.with_token(request.endpoint, fetch_token(request.fetch, timeout), timeout)
        data = read_launch_data(client, request)
        preferences = read_preferences(client, request)
        key = uuid.uuid5(uuid.NAMESPACE_URL, f"{request.registration}/{data.session_id}").hex
        outbox = Outbox(outbox_dir(root) / "cmi5" / key, now=now)
        return cls(request, data, client, outbox, settings or XapiSettings(), now, preferences)

    def initialize(self, attempt: Attempt) -> SendReport:
        """``initialized``: the app is ready and the attempt about to start (its header written)."""
        self.initialized_at = iso(self.now())
        self._note()
        return self._send([initialized(attempt, self.launch, self.settings, self.initialized_at)])

    def record(self, attempt: Attempt) -> SendReport:
        """What the attempt did, once it has ended (or, from ``terminate``, as far as it got)."""
        self.recorded = True
        return self._send(played(attempt, self.launch, self.settings, self._held_verbs()))

    def terminate(self, attempt: Attempt) -> SendReport:
        """``terminated``, last; anything not yet recorded goes first."""
        if self.terminated:
            return SendReport()
        queued = [] if self.recorded or not self.launch.judged else played(
            attempt, self.launch, self.settings, self._held_verbs())
        self.recorded = self.terminated = True
        started = self.initialized_at or iso(self.now())
        at = max(iso(self.now()), started, *(str(s["timestamp"]) for s in queued))
        return self._send([*queued, terminated(attempt, self.launch, self.settings, started, at)])

    def _held_verbs(self) -> frozenset[str]:
        """passed and completed, if this registration already holds them for the AU (cmi5 9.3:
        one each per registration, and no failed after a passed); a refused query is no."""
        held: set[str] = set()
        for verb in ("passed", "completed"):
            try:
                found = next(self.client.get_statements(
                    registration=self.launch.registration, activity=self.launch.activity_id,
                    verb=VERBS[verb], limit="1"), None)
            except LrsError:
                continue
            if found is not None:
                held.add(verb)
        return frozenset(held)

    def _send(self, statements: list[dict[str, Any]]) -> SendReport:
        self.outbox.add(statements)
        return self.outbox.send(self.client)

    def _note(self) -> None:
        """Where the statements go, for a person who finds them waiting (no token in it)."""
        r = self.request
        text = (f"cmi5 launch of {r.scenario_id}\nendpoint: {r.endpoint}\nregistration: "
                f"{r.registration}\nsession: {self.data.session_id}\nactivity: {r.activity_id}\n")
        with contextlib.suppress(OSError):  # a courtesy; the outbox says when it cannot write
            atomic.write_text(self.outbox.folder / NOTE, text)


class LaunchedAttempt:
    """An attempt played in a cmi5 launch: its journal, as for any attempt, and the session.
    Begin the journal (as ``trainee_of(request)``, in ``request.mode``) before opening the
    session, so a journal that cannot be written never spends the LMS's one token."""

    def __init__(self, session: Cmi5Session, journal: AttemptJournal) -> None:
        self.session, self.journal = session, journal
        self.reports: list[SendReport] = []

    def start(self) -> SendReport:
        """``initialized``: call once the journal has begun, before the run starts."""
        report = self.session.initialize(Attempt(self.journal.header, self.journal.path))
        self.reports.append(report)
        return report

    def finish(self) -> SendReport:
        """The run has ended: the journal is closed with its debrief; tell the LMS."""
        report = self.session.record(self._attempt())
        self.reports.append(report)
        return report

    def end(self) -> SendReport:
        report = self.session.terminate(self._attempt())
        self.reports.append(report)
        return report

    def _attempt(self) -> Attempt:
        """The attempt as recorded; only its header when the journal could not be read back."""
        try:
            return read_attempt(self.journal.path)
        except (AttemptError, OSError):
            return Attempt(self.journal.header, self.journal.path)
