"""The command-line verbs as whole processes, each against ``python -c "import yaml"`` (an
interpreter that starts and reads in one small library), the two in turn.

    python bench/bench_cli.py [--runs 10]

``validate`` and ``play --auto best`` (recording its attempt, as it does by default) on the
worked example, and ``detect`` judging one reply from standard input.
"""

from __future__ import annotations

import argparse
import tempfile

from figures import (
    BARE_YAML,
    PYTHON,
    ROOT,
    Figure,
    at_most,
    bench_env,
    print_table,
    process_runs,
    processes,
)

EXAMPLE = str(ROOT / "scenarios" / "cordon_questions.yaml")
VERBS = {  # key: (the verb's arguments, standard input)
    "validate": (["validate", EXAMPLE], None),
    "play": (["play", EXAMPLE, "--auto", "best"], None),
    "detect": (["detect"], b"He lives at 14 Elm Road, you lot never do anything\n"),
}


def figures(quick: bool = False, runs: int | None = None) -> list[Figure]:
    runs, warmup = process_runs(quick, runs)
    found = []
    with tempfile.TemporaryDirectory(prefix="sm-sim-bench-") as folder:
        env = bench_env(SM_SIM_DATA_DIR=f"{folder}/data", SM_SIM_LOG_DIR=f"{folder}/logs")
        for key, (args, stdin) in VERBS.items():
            shown = " ".join(a if a != EXAMPLE else "example.yaml" for a in args)
            found.append(processes(f"cli.{key}", f"sm-sim {shown}, whole process",
                                   [PYTHON, "-m", "sm_sim", *args], BARE_YAML,
                                   'python -c "import yaml"', at_most(3), runs, stdin, env,
                                   warmup=warmup))
    return found


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=10)
    print_table(figures(runs=parser.parse_args().runs))


if __name__ == "__main__":
    main()
