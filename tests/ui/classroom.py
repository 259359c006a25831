"""Headless laptops for the console's tests: recruits (records/recruit.py) joining a session on
the loopback school LRS, each on a thread of its own, playing with a script of answers (the
best option where the script says nothing) and, if asked, held at their first decision until
the test lets them go on."""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path

from sm_sim.engine import events as ev
from sm_sim.engine.play import Choice, automatic
from sm_sim.engine.run import ScenarioRun
from sm_sim.records import Outbox, trainee_for
from sm_sim.records.recruit import Recruit
from sm_sim.scenario.library import Entry
from sm_sim.scenario.model import Decision
from sm_sim.ui.kit.settings import LrsConfig

from ..records.lrs_loopback import LoopbackFront

Script = dict[str, tuple[str, str | None]]  # decision -> (option, text)


def config_for(school: LoopbackFront) -> LrsConfig:
    return LrsConfig(school.endpoint, school.gate.user, school.gate.password)


class Laptops:
    def __init__(self, school: LoopbackFront, code: str, entry: Entry, tmp_path: Path,
                 names: list[str], scripts: list[Script] | None = None,
                 hold_first: bool = False) -> None:
        self.school, self.code, self.entry = school, code, entry
        self.recruits = [Recruit(school.client(), code, trainee_for(name, f"acct-{n}"),
                                 Outbox(tmp_path / f"outbox-{n}"), root=tmp_path / f"data-{n}",
                                 poll_every=0.05)
                         for n, name in enumerate(names)]
        self.scripts = scripts or [{} for _ in names]
        self.hold_first = hold_first
        self.go_on = threading.Event()
        self.at_first = 0
        self._lock = threading.Lock()
        self.futures: list[Future[ScenarioRun]] = []

    def _chooser(self, n: int):  # type: ignore[no-untyped-def]
        best = automatic("best", n)
        asked = 0

        def choose(run: ScenarioRun, decision: Decision) -> Choice:
            nonlocal asked
            asked += 1
            if asked == 1 and self.hold_first:
                with self._lock:
                    self.at_first += 1
                self.go_on.wait(60)
            if decision.id in self.scripts[n]:
                option, text = self.scripts[n][decision.id]
                return Choice(option, text, "high")
            return best(run, decision)
        return choose

    def _laptop(self, n: int) -> ScenarioRun:
        loaded = self.entry.loaded
        assert loaded.scenario is not None and loaded.guidance is not None
        recruit = self.recruits[n]
        recruit.join()
        recruit.wait_for_start(give_up=60)
        run = recruit.begin(loaded.scenario, loaded.guidance, seed=n)
        return recruit.play(run, self._chooser(n))

    @contextmanager
    def running(self) -> Iterator[Laptops]:
        """Every laptop on a thread while the block runs; none left waiting after it."""
        with ThreadPoolExecutor(len(self.recruits)) as pool:
            self.futures = [pool.submit(self._laptop, n) for n in range(len(self.recruits))]
            try:
                yield self
            finally:
                self.go_on.set()

    def runs(self) -> list[ScenarioRun]:
        return [f.result(120) for f in self.futures]


def answers(runs: list[ScenarioRun], decision: str) -> Counter[str]:
    """How the class answered ``decision``, from the engine's own record of each run."""
    return Counter(e.option for run in runs for e in run.events
                   if isinstance(e, ev.ActionTaken) and e.decision == decision)
