"""Engine benchmarks, each reported as a ratio against a baseline measured in the same run.

    python bench/bench_engine.py

1. Building the state machine for a 1,000-state scenario, against transitions' own
   default (auto_transitions=True, which adds N x N transitions).
2. A headless playthrough of the example with a 60-post pile-on, against only
   loading (parsing and checking) the same file.
3. A 2,000-post crowd, per post, against publishing one scripted post.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

from transitions import Machine

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests"))

from engine.test_machine import _chain  # noqa: E402
from sm_sim.engine import ScenarioRun, automatic, play  # noqa: E402
from sm_sim.scenario import load_scenario  # noqa: E402
from sm_sim.scenario.build import build_scenario  # noqa: E402

EXAMPLE = ROOT / "scenarios" / "cordon_questions.yaml"


def best_of(fn: Callable[[], object], repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def machine_build() -> tuple[float, float]:
    n = 1000
    scenario = build_scenario(_chain(n))
    ours = best_of(lambda: ScenarioRun(scenario), 3)
    names = list(scenario.states) + list(scenario.endings)

    class Model:
        pass

    default = best_of(lambda: Machine(model=Model(), states=names, initial=names[0]), 1)
    return ours, default


def playthrough() -> tuple[float, float]:
    scenario = load_scenario(EXAMPLE).scenario
    ours = best_of(lambda: play(scenario, automatic("worst", 0)))
    loading = best_of(lambda: load_scenario(EXAMPLE))
    return ours, loading


def crowd() -> tuple[float, float]:
    data = _chain(1)
    data["states"]["s0"] = {
        "injects": [{"at": 0, "type": "post", "id": "root", "from": "p", "text": "Hello"}],
        "crowds": [{"at": 1, "kind": "reply", "target": "root", "count": 2000, "over": 600,
                    "tones": {"a": 1, "b": 1},
                    "templates": {"a": ["{x} you lot"], "b": ["thanks {x}"]},
                    "slots": {"x": ["honestly", "really"]}}],
        "next": {"after": 700, "goto": "done"}}
    scenario = build_scenario(data)

    def run_all() -> None:
        run = ScenarioRun(scenario)
        run.start()
        run.advance(800)

    total = best_of(run_all, 3)
    single = best_of(lambda: ScenarioRun(scenario).start(), 20)  # start publishes nothing yet
    return total / 2000, single


def main() -> None:
    rows = []
    ours, default = machine_build()
    rows.append(("machine build, 1,000 states", ours, "transitions default (N x N)", default))
    ours, baseline = playthrough()
    rows.append(("headless play of the example", ours, "loading the same file", baseline))
    per_post, start = crowd()
    rows.append(("one crowd post (of 2,000)", per_post, "starting a run", start))
    print(f"{'measure':<32} {'ours':>10}   {'baseline':<30} {'baseline':>10}  ratio")
    for name, value, base_name, base in rows:
        print(f"{name:<32} {value * 1000:>8.2f}ms   {base_name:<30} {base * 1000:>8.2f}ms  "
              f"{value / base:6.3f}")
    print(f"(best of repeats; python {sys.version.split()[0]})")


if __name__ == "__main__":
    main()
