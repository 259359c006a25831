"""Loading and checking big scenarios, against PyYAML's C loader reading the same file (the
fastest that file can be parsed at all). A chain of N states, each a timed step to the
next: the ratio must stay flat as N grows (every check is linear in states and edges), so
the growth from one size to the next is printed beside the C loader's on the same files.

    python bench/bench_load.py [--sizes 100 1000 10000] [--runs 5]

Ours and the C loader are timed in turn on each file (A B B A …); the medians are shown.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from itertools import pairwise
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from figures import Figure, Goal, at_most, interleaved, median, print_table  # noqa: E402

from engine.test_machine import _chain  # noqa: E402
from sm_sim.scenario import load_scenario  # noqa: E402
from sm_sim.scenario.load import no_cycle_collection  # noqa: E402

SIZES = (100, 1000, 10000, 50000)


def c_load(path: Path) -> object:
    with no_cycle_collection():
        return yaml.load(path.read_text(), Loader=yaml.CSafeLoader)
QUICK_SIZES = (50, 100, 200)
AGAINST = "yaml.load(text, Loader=CSafeLoader), same file, cycle collector paused"


def figures(quick: bool = False, sizes: tuple[int, ...] | None = None,
            runs: int | None = None) -> list[Figure]:
    sizes = sizes or (QUICK_SIZES if quick else SIZES)
    runs = runs or (3 if quick else 5)
    found: list[Figure] = []
    with tempfile.TemporaryDirectory() as folder:
        shutil.copy(ROOT / "scenarios" / "guidance.yaml", Path(folder) / "guidance.yaml")
        for n in sizes:
            path = Path(folder) / f"chain{n}.yaml"
            path.write_text(yaml.safe_dump({"schema_version": 1, **_chain(n)}))
            loaded = load_scenario(path)
            assert loaded.ok, [d.format() for d in loaded.diagnostics]
            ours, base = interleaved(lambda p=path: load_scenario(p), lambda p=path: c_load(p),
                                     runs if n < 10_000 else 3)
            found.append(Figure(f"load.{n}", f"load + validate, {n:,} states", median(ours) * 1e3,
                                median(base) * 1e3, "ms", AGAINST, at_most(3), len(ours),
                                f"{path.stat().st_size:,} bytes"))
    for (small, at_small), (big, at_big) in pairwise(list(zip(sizes, found, strict=True))):
        grown = big / small
        found.append(Figure(
            f"load.growth.{small}", f"load growth, {small:,} → {big:,} states (×{grown:g})",
            at_big.ours / at_small.ours, at_big.baseline / at_small.baseline, "×",
            "the C loader's growth on the same files",
            Goal(f"≤ {grown * 1.25:g}× (near linear)", grown * 1.25, "ours"), at_big.runs,
            "time at the larger size over time at the smaller"))
    return found


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES))
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    print_table(figures(sizes=tuple(args.sizes), runs=args.runs))


if __name__ == "__main__":
    main()
