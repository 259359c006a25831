"""The hostile-input properties of tests/fuzz at scale (issue 14).

    PYTHONPATH=src python bench/fuzz.py --fuzz 100000 [--only loader,engine] [--seed 1]

``--fuzz N`` is the total number of cases, shared evenly by the properties. Each runs
under Hypothesis with its own count; a failure is shrunk, printed, and the run carries on
with the next property. Prints the cases run and the failures; exit 1 if any.
"""

from __future__ import annotations

import argparse
import sys
import time
import traceback
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from hypothesis import HealthCheck, given, seed, settings
from tests.fuzz.properties import PROPERTIES


def run_one(name: str, examples: int, chosen_seed: int) -> tuple[int, str | None]:
    strategy, check = PROPERTIES[name]
    count = [0]

    def counted(case: Any) -> None:
        count[0] += 1
        check(case)

    test = seed(chosen_seed)(settings(max_examples=examples, deadline=None, database=None,
                                      suppress_health_check=list(HealthCheck))(
        given(strategy)(counted)))
    try:
        test()
    except Exception:  # a falsified property: report it, then go on to the next
        return count[0], traceback.format_exc(limit=-3)[-3000:]
    return count[0], None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fuzz", type=int, default=1000, metavar="N", help="total cases")
    parser.add_argument("--only", default=",".join(PROPERTIES), help="properties to run")
    parser.add_argument("--seed", type=int, default=14)
    args = parser.parse_args()
    names = [n for n in args.only.split(",") if n]
    each = max(1, args.fuzz // len(names))
    total, failures = 0, []
    for name in names:
        start = time.perf_counter()
        cases, failure = run_one(name, each, args.seed)
        total += cases
        status = "FAILED" if failure else "ok"
        sys.stdout.write(f"{name:10} {cases:8,} cases  {time.perf_counter() - start:7.1f} s  "
                         f"{status}\n")
        sys.stdout.flush()
        if failure:
            failures.append((name, failure))
    sys.stdout.write(f"total      {total:8,} cases, {len(failures)} failing properties\n")
    for name, failure in failures:
        sys.stdout.write(f"\n--- {name}\n{failure}\n")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
