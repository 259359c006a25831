"""How long hostile YAML takes to be refused (issue 14): merge-key and alias bombs, and
the 5,000-digit number. Wall-clock figures live here, not in the unit tests.

    PYTHONPATH=src python bench/bench_bombs.py [--runs 5] [--figures]

``figures()`` (what ``bench/run.py`` reports): each refusal against loading the tests' minimal
valid scenario, the two in turn: a hostile file should cost no more than an ordinary one.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from figures import Figure, interleaved, median, print_table

from sm_sim.scenario import load_scenario

MINIMAL = (Path(__file__).resolve().parents[1] / "tests" / "scenario" / "minimal.yaml").read_text()


def _cases() -> dict[str, str]:
    merge = ["a0: &a0 {x: 1}"]
    merge += [f"a{i}: &a{i} {{<<: [*a{i - 1}, *a{i - 1}], k{i}: 1}}" for i in range(1, 30)]
    laughs = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    laughs += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 9)]
    return {"merge keys (30 levels)": "\n".join(merge) + "\n",
            "billion laughs (10^9)": "\n".join(laughs) + "\n",
            "pass_mark of 5,000 digits": MINIMAL.replace("pass_mark: 50", "pass_mark: " + "9" * 5000)}


def figures(quick: bool = False, runs: int | None = None) -> list[Figure]:
    runs = runs or (3 if quick else 7)
    found = []
    with tempfile.TemporaryDirectory() as folder:
        plain = Path(folder) / "minimal.yaml"
        plain.write_text(MINIMAL)
        assert load_scenario(plain).ok
        for number, (name, text) in enumerate(_cases().items()):
            path = Path(folder) / f"case{number}.yaml"
            path.write_text(text)
            codes = ",".join(sorted({d.code for d in load_scenario(path).diagnostics}))
            ours, base = interleaved(lambda p=path: load_scenario(p), lambda: load_scenario(plain), runs)
            found.append(Figure(f"bombs.{number}", f"refusing a hostile file: {name}",
                                median(ours) * 1e3, median(base) * 1e3, "ms",
                                "loading the minimal valid scenario", None, runs, f"refused with {codes}"))
    return found


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--figures", action="store_true", help="the figures bench/run.py reports")
    args = parser.parse_args()
    if args.figures:
        print_table(figures(runs=args.runs))
        return 0
    runs = args.runs
    with tempfile.TemporaryDirectory() as folder:
        for name, text in _cases().items():
            path = Path(folder) / "case.yaml"
            path.write_text(text)
            times = []
            for _ in range(runs):
                start = time.perf_counter()
                loaded = load_scenario(path)
                times.append(time.perf_counter() - start)
            codes = sorted({d.code for d in loaded.diagnostics})
            sys.stdout.write(f"{name:28} median {statistics.median(times) * 1000:7.1f} ms  "
                             f"{','.join(codes)}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
