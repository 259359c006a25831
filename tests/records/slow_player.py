"""Play the worked example headless, recording it as the app does, and stop before each
decision until a line arrives on stdin — so a test can kill it at a known point.

usage: python slow_player.py ATTEMPT_PATH
"""

from __future__ import annotations

import sys
from pathlib import Path

from records_helpers import EXAMPLE, make_chooser

from sm_sim.engine import ScenarioRun, play
from sm_sim.records import AttemptJournal, trainee_for
from sm_sim.scenario import load_scenario


def main() -> None:
    loaded = load_scenario(EXAMPLE)
    assert loaded.scenario is not None and loaded.guidance is not None
    run = ScenarioRun(loaded.scenario)
    AttemptJournal.begin(run, loaded.guidance, trainee_for("Sam Slow"), mode="headless",
                         session="kill-test", path=Path(sys.argv[1]))
    inner = make_chooser()

    def paced(run, decision):  # type: ignore[no-untyped-def]
        print(f"DECISION {decision.id}", flush=True)
        if sys.stdin.readline().strip() != "go":
            raise SystemExit(3)
        return inner(run, decision)

    play(loaded.scenario, paced, run=run)
    print("DONE", flush=True)


if __name__ == "__main__":
    main()
