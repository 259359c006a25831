"""Clock drivers: what moves simulated time. The app's driver owns the only QTimer of an
attempt; beside it, the one other timer, ``TimerHeartbeat``, which beats every few seconds of
wall time for work that is no run's time (the trainer's console asking the LRS again).

Both drivers advance the run and then emit ``ticked`` once, which the rest of the
UI treats as a frame: batched feed inserts, countdowns and relative times update
on it. The simulated driver steps on demand, so tests take no wall time; so does the manual
heartbeat.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from PySide6.QtCore import QElapsedTimer, QObject, Qt, QTimer, Signal

from ...engine import ScenarioRun

FRAME_MS = 33  # about 30 frames a second: smooth counters, cheap on a classroom laptop
MAX_STEP = 0.5  # seconds of wall time one frame may cover (after a stall, do not leap)


def _run(timer: QTimer, on: bool) -> int:
    """Start or stop ``timer``; how the count of running timers changes (+1, -1 or 0)."""
    was = timer.isActive()
    if on:
        timer.start()
    else:
        timer.stop()
    return int(on) - int(was)


class ClockDriver(QObject):
    """Base: speed, pause and the advance step; subclasses decide when a step happens."""

    ticked = Signal(float)  # simulated now, after the run has advanced
    paused_changed = Signal(bool)
    speed_changed = Signal(float)

    def __init__(self, run: ScenarioRun, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.run = run
        self.speed = 1.0
        self.paused = False

    @property
    def now(self) -> float:
        return self.run.now

    def set_speed(self, speed: float) -> None:
        if speed != self.speed:
            self.speed = speed
            self.speed_changed.emit(speed)

    def set_paused(self, paused: bool) -> None:
        if paused != self.paused:
            self.paused = paused
            self.paused_changed.emit(paused)

    def start(self) -> None:
        """Begin driving (the run itself is started by the session)."""

    def stop(self) -> None:
        """Stop driving for good (the attempt is over or abandoned)."""

    def step(self, wall_seconds: float) -> None:
        """Advance simulated time by ``wall_seconds`` at the current speed, then tick."""
        if not self.paused and not self.run.ended:
            self.run.advance(self.run.now + wall_seconds * self.speed)
        self.ticked.emit(self.run.now)


class TimerClockDriver(ClockDriver):
    """The real clock: a QTimer measures wall time between frames."""

    running: ClassVar[int] = 0  # drivers with a live timer (tests check none is left behind)

    def __init__(self, run: ScenarioRun, parent: QObject | None = None) -> None:
        super().__init__(run, parent)
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(FRAME_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._elapsed = QElapsedTimer()

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def start(self) -> None:
        self._elapsed.start()
        TimerClockDriver.running += _run(self._timer, True)

    def stop(self) -> None:
        TimerClockDriver.running += _run(self._timer, False)

    def _on_timer_timeout(self) -> None:
        seconds = self._elapsed.restart() / 1000.0
        self.step(min(seconds, MAX_STEP))


class SimulatedClockDriver(ClockDriver):
    """A clock for tests and tools: time moves only when told, with no wall time spent."""

    active = False

    def run_until(self, done: Callable[[], bool], step: float = 1.0, limit: float = 3600.0) -> bool:
        """Step ``step`` simulated seconds at a time until ``done()`` or ``limit`` is reached."""
        speed, self.speed = self.speed, 1.0
        try:
            while not done() and self.run.now < limit and not self.run.ended:
                self.step(step)
            return done()
        finally:
            self.speed = speed


class Heartbeat(QObject):
    """Base: ``beat`` now and then, for repeated wall-clock work (never a run's time)."""

    beat = Signal()

    def __init__(self, seconds: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.seconds = seconds

    def start(self) -> None:
        """Begin beating."""

    def stop(self) -> None:
        """Stop beating for good (the window is closing)."""


class TimerHeartbeat(Heartbeat):
    """A beat every ``seconds`` of wall time, from a QTimer."""

    running: ClassVar[int] = 0  # heartbeats with a live timer (tests check none is left behind)

    def __init__(self, seconds: float, parent: QObject | None = None) -> None:
        super().__init__(seconds, parent)
        self._timer = QTimer(self)
        self._timer.setInterval(max(1, round(seconds * 1000)))
        self._timer.timeout.connect(self.beat)

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def start(self) -> None:
        TimerHeartbeat.running += _run(self._timer, True)

    def stop(self) -> None:
        TimerHeartbeat.running += _run(self._timer, False)


class ManualHeartbeat(Heartbeat):
    """A heartbeat for tests and tools: it beats when told (``beat.emit()``), never on its own."""
