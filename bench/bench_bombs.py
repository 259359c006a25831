"""How long hostile YAML takes to be refused (issue 14): merge-key and alias bombs, and
the 5,000-digit number. Wall-clock figures live here, not in the unit tests.

    PYTHONPATH=src python bench/bench_bombs.py [--runs 5]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

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


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
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
