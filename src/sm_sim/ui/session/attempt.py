"""AttemptSession: one trainee's attempt at one scenario, the seam between the engine and
the screens.

It creates the ``ScenarioRun`` for (scenario, mode, trainee, seed, time limits) — or takes one rebuilt
from a journal, to resume it — and owns the bridge (the one way the screens hear the
engine) and the clock driver. ``finished`` is emitted once, when the run reaches an ending.

The session listens to the run only from ``start()``: the attempt journal, attached at
``MainWindow.session_created``, subscribes first, so each event is on disk before the
screen shows it, and the journal is complete (its debrief written) before the debrief appears.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QObject, Signal

from ...engine import ScenarioRun
from ...engine import events as ev
from ...engine.play import retake
from ...engine.result import debrief, result
from ...engine.timing import AS_WRITTEN, TimeLimits
from ...records import AttemptJournal
from ...scenario import GuidanceLibrary, Scenario
from ...scenario.model import Option
from ...scoring.debrief import Debrief
from .bridge import EngineBridge
from .clock import ClockDriver, TimerClockDriver


class Mode(Enum):
    PRACTICE = "practice"
    ASSESSMENT = "assessment"

    @property
    def title(self) -> str:
        return self.value.title()

    @property
    def can_pause(self) -> bool:
        return self is Mode.PRACTICE

    @property
    def hints(self) -> bool:
        return self is Mode.PRACTICE

    @property
    def gauges(self) -> bool:
        return self is Mode.PRACTICE

    @property
    def speeds(self) -> tuple[float, ...]:
        return (1.0, 2.0, 4.0) if self is Mode.PRACTICE else (1.0,)


@dataclass(frozen=True)
class AttemptSpec:
    scenario: Scenario
    guidance: GuidanceLibrary
    mode: Mode
    trainee: str
    seed: int | None = None
    # actions done again at once when the run starts (practising again from a decision)
    prelude: tuple[ev.ActionTaken | ev.FreeAction, ...] = ()
    time_limits: TimeLimits = AS_WRITTEN  # as the trainee needs them (the start screen's menu)


ClockFactory = Callable[[ScenarioRun], ClockDriver]


class AttemptSession(QObject):
    finished = Signal(object)  # this session, once the run has ended

    def __init__(self, spec: AttemptSpec, clock: ClockFactory = TimerClockDriver,
                 parent: QObject | None = None, run: ScenarioRun | None = None,
                 journal: AttemptJournal | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.run = run or ScenarioRun(spec.scenario, spec.seed, spec.time_limits)
        self.resumed = bool(self.run.events)  # rebuilt from a journal, part-way through
        self.journal = journal  # set at session_created for a new attempt
        self.bridge = EngineBridge(self)
        self.clock = clock(self.run)
        self.clock.setParent(self)
        self.bridge.run_ended.connect(self._on_bridge_run_ended)

    @property
    def mode(self) -> Mode:
        return self.spec.mode

    @property
    def scenario(self) -> Scenario:
        return self.spec.scenario

    @property
    def time_limits(self) -> TimeLimits:
        """The run's own (a resumed run brings those it was recorded with)."""
        return self.run.time_limits

    @property
    def now(self) -> float:
        """The run's simulated time, in seconds."""
        return self.run.now

    def resolve_post(self, target: str | None) -> str | None:
        """The post id a scenario option points at (its id, a revisit of it, or the last post)."""
        return self.run.resolve_post(target)

    @property
    def running(self) -> bool:
        return bool(self.run.events) and not self.run.ended

    def start(self) -> None:
        """Start the run, or, when resuming, show everything that happened before the stop
        (the same events, through the same bridge) and carry on from there."""
        self.run.subscribe(self.bridge.relay)
        if self.resumed:
            for event in list(self.run.events):
                self.bridge.relay(event)
        else:
            self.run.start()
            retake(self.run, self.spec.prelude)
        self.clock.start()

    def act(self, option_id: str, text: str | None = None, confidence: str | None = None) -> None:
        self.run.act(option_id, text, confidence)

    def answering(self, verb: str, post_id: str | None, to: str | None = None) -> Option | None:
        """The open decision's option that does just this to this post or person, if any."""
        return self.run.answering(verb, post_id, to)

    def do(self, verb: str, post_id: str | None = None, text: str | None = None,
           to: str | None = None) -> bool:
        """A free action on the feed (True if it answered the open decision instead);
        ``ActionError`` says, for the trainee, why it cannot be done."""
        return self.run.do(verb, post_id, text, to)

    def abandon(self) -> None:
        """Stop driving the run (leaving the screen); the journal's fate is the window's call."""
        self.clock.stop()

    def debrief(self) -> Debrief | None:
        """The debrief, as the journal wrote it (built once); built here when nothing was saved."""
        if self.journal is not None and self.journal.debrief is not None:
            return self.journal.debrief
        return debrief(self.run, self.spec.guidance)

    def result(self) -> dict[str, object]:
        return result(self.run, self.spec.guidance)

    def _on_bridge_run_ended(self, _event: ev.RunEnded) -> None:
        self.clock.stop()
        self.finished.emit(self)
