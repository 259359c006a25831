"""Engine benchmarks, each reported as a ratio against a baseline measured in the same run.

    python bench/bench_engine.py [--figures [--quick]]

``figures()`` (what ``bench/run.py`` reports): the engine per transition, against a bare
``transitions.Machine`` with the same states, edges and triggers (built from our run's own
machine, so not transitions' default of every state-to-state move) driven through the same
moves, ours and the bare machine in turn: on a chain of 1,000 timed steps, on the same chain
with a post in each state, and over a full ``--auto best`` playthrough of the worked example
(its choices previewed and judged, its crowds and reactions, all per move taken).

Without ``--figures``, the older comparisons:

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
from itertools import pairwise
from pathlib import Path

from transitions import Machine

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests"))

from figures import Figure, at_most, interleaved, median, print_table  # noqa: E402

from engine.test_machine import _chain  # noqa: E402
from sm_sim.engine import ScenarioRun, automatic, play  # noqa: E402
from sm_sim.engine import events as ev  # noqa: E402
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


# -- figures: per transition, against a bare transitions.Machine ----------------------------
class _Model:
    pass


def bare_twin(run: ScenarioRun) -> tuple[list[str], list[dict[str, str]]]:
    """The states and edges of ``run``'s machine (every trigger, source and destination)."""
    machine = run._machine
    edges = [{"trigger": name, "source": source, "dest": str(t.dest)}
             for name, event in machine.events.items()
             for source, moves in event.transitions.items() for t in moves]
    return list(machine.states), edges


def moves_of(run: ScenarioRun, edges: list[dict[str, str]]) -> tuple[list[str], str]:
    """The triggers that take a bare twin through the states ``run`` went through, and the
    state it ends in."""
    path = ["_lobby"] + [e.state if isinstance(e, ev.StateEntered) else e.ending
                         for e in run.events if isinstance(e, ev.StateEntered | ev.RunEnded)]
    by_step = {(e["source"], e["dest"]): e["trigger"] for e in reversed(edges)}  # go_ before react_
    return [by_step[step] for step in pairwise(path)], path[-1]


def per_move(key: str, name: str, play_it: Callable[[], ScenarioRun], runs: int,
             goal: bool = True) -> Figure:
    """``play_it`` (which builds its run, and so its machine) against the bare twin, built
    and walked through the same moves in each call; µs per move."""
    sample = play_it()
    states, edges = bare_twin(sample)
    moves, last = moves_of(sample, edges)

    def walk() -> None:
        model = _Model()
        machine = Machine(model=model, states=states, transitions=edges, initial="_lobby",
                          auto_transitions=False, queued=True)
        for trigger in moves:
            machine.dispatch(trigger)
        assert model.state == last  # type: ignore[attr-defined]
    a, b = interleaved(play_it, walk, runs)
    per = 1e6 / len(moves)
    return Figure(key, name, median(a) * per, median(b) * per, "µs",
                  "bare transitions.Machine: same states, edges, triggers and moves",
                  at_most(1.5) if goal else None, runs,
                  f"{len(moves)} moves, {len(states)} states, {len(edges)} edges")


def chain_scenario(n: int, posts: bool) -> object:
    data = _chain(n)
    if posts:
        for i, state in enumerate(data["states"].values()):
            state["injects"] = [{"at": 0.5, "type": "post", "id": f"p{i}", "from": "p",
                                 "text": f"Update {i}: the road is still closed"}]
    return build_scenario(data)


def figures(quick: bool = False) -> list[Figure]:
    n, runs = (200, 3) if quick else (1000, 15)
    found = []
    for posts in (False, True):
        scenario = chain_scenario(n, posts)

        def chain(s: object = scenario) -> ScenarioRun:
            run = ScenarioRun(s)  # type: ignore[arg-type]
            run.start()
            run.advance(n + 1)
            assert run.ended
            return run
        found.append(per_move(f"engine.chain{'.posts' if posts else ''}",
                              f"engine per transition, {n:,}-state chain"
                              + (", a post a state" if posts else ""), chain, runs))
    example = load_scenario(EXAMPLE).scenario
    assert example is not None
    found.append(per_move("engine.playthrough", "engine per transition, --auto best playthrough",
                          lambda: play(example, automatic("best", example.seed)), runs,
                          goal=False))  # no goal: it is mostly judging the written answers
    return found


def main() -> None:
    if "--figures" in sys.argv:
        print_table(figures("--quick" in sys.argv))
        return
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
