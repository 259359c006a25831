"""Loading and checking big scenarios, against PyYAML's C loader reading the same file (the
fastest that file can be parsed at all). A chain of N states, each a timed step to the
next: the ratio must stay flat as N grows (every check is linear in states and edges).

    python bench/bench_load.py [--sizes 100 1000 10000]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from engine.test_machine import _chain  # noqa: E402
from sm_sim.scenario import load_scenario  # noqa: E402


def median_of(fn, runs: int = 3) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 10000])
    sizes = parser.parse_args().sizes
    with tempfile.TemporaryDirectory() as folder:
        shutil.copy(ROOT / "scenarios" / "guidance.yaml", Path(folder) / "guidance.yaml")
        for n in sizes:
            path = Path(folder) / f"chain{n}.yaml"
            path.write_text(yaml.safe_dump({"schema_version": 1, **_chain(n)}))
            loaded = load_scenario(path)
            assert loaded.ok, [d.format() for d in loaded.diagnostics]
            ours = median_of(lambda p=path: load_scenario(p))
            base = median_of(lambda p=path: yaml.load(p.read_text(), Loader=yaml.CSafeLoader))
            print(f"{n:>6} states: load + validate {ours * 1000:8.0f} ms   "
                  f"CSafeLoader {base * 1000:6.0f} ms   ratio {ours / base:5.1f}x")


if __name__ == "__main__":
    main()
