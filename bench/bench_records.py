"""How much the records layer costs: journalling a run, reading it back, and each export.

    python bench/bench_records.py          # prints a small table (median of several runs)
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _median_ms(fn: Callable[[], object], repeat: int = 7) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    folder = Path(tempfile.mkdtemp(prefix="sm-sim-bench-"))
    os.environ["SM_SIM_DATA_DIR"] = str(folder)
    from sm_sim.engine import ScenarioRun, automatic, play
    from sm_sim.records import AttemptJournal, export_attempts, read_attempt, statements, trainee_for
    from sm_sim.scenario import load_scenario

    loaded = load_scenario(ROOT / "scenarios" / "cordon_questions.yaml")
    assert loaded.scenario is not None and loaded.guidance is not None
    scenario, library = loaded.scenario, loaded.guidance
    trainee = trainee_for("Bench Mark")
    counter = iter(range(10_000))

    def bare() -> None:
        play(scenario, automatic("best", scenario.seed))

    def journalled() -> Path:
        run = ScenarioRun(scenario)
        journal = AttemptJournal.begin(run, library, trainee, path=folder / f"{next(counter)}.jsonl")
        play(scenario, automatic("best", scenario.seed), run=run)
        return journal.path

    path = journalled()
    attempt = read_attempt(path)
    rows = [
        ("play, no journal", _median_ms(bare)),
        ("play with journal (fsync per action)", _median_ms(journalled)),
        (f"read back ({len(attempt.events)} events)", _median_ms(lambda: read_attempt(path))),
        ("xAPI statements", _median_ms(lambda: statements(attempt))),
    ]
    for fmt in ("csv", "json", "pdf"):
        rows.append((f"export {fmt}", _median_ms(
            lambda fmt=fmt: export_attempts([attempt], fmt, folder / f"out.{fmt}"))))
    print(f"{'what':<40} {'median ms':>10}")
    for name, value in rows:
        print(f"{name:<40} {value:>10.1f}")


if __name__ == "__main__":
    main()
