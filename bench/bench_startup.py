"""Start-up: from a fresh Python process to the first painted window, against a bare
QMainWindow in the same conditions (offscreen), the two in turn.

    python bench/bench_startup.py [--runs 10]

Ours is the real start, ``sm-sim`` with no arguments: the command line, the system check,
logging and the error handler, the application and its look, the built-in library checked,
the main window, the offer to resume an unfinished attempt (looked for in the background,
waited for at exit). Only the event loop is replaced: it paints every window once and
returns, as a recruit would see the first frame and close it. Each sample is a new process,
so every import counts, as it does for a recruit double-clicking the app.
"""

from __future__ import annotations

import argparse
import tempfile

from figures import Figure, at_most, bench_env, print_table, process_runs, processes, python

BARE = """
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
app = QApplication([])
window = QMainWindow()
window.setCentralWidget(QLabel("hello"))
window.resize(1280, 800)
window.show()
window.grab()
"""

OURS = """
import sys
from PySide6.QtWidgets import QApplication

def first_paint(app):  # the event loop: paint each window once, then quit
    for window in QApplication.topLevelWidgets():
        if window.isVisible():
            window.grab()
    return 0

QApplication.exec = first_paint
from sm_sim.cli import main
sys.exit(main([]))
"""


def figures(quick: bool = False, runs: int | None = None) -> list[Figure]:
    runs, warmup = process_runs(quick, runs)
    with tempfile.TemporaryDirectory(prefix="sm-sim-bench-") as folder:
        # a fresh user: no settings, records or logs of a real trainee's are read or written
        env = bench_env(SM_SIM_DATA_DIR=f"{folder}/data", SM_SIM_LOG_DIR=f"{folder}/logs",
                        XDG_CONFIG_HOME=f"{folder}/config")
        return [processes("startup", "start-up to first painted window", python(OURS), python(BARE),
                          "bare QMainWindow, fresh process", at_most(1.5), runs, env=env,
                          warmup=warmup)]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=10)
    print_table(figures(runs=parser.parse_args().runs))


if __name__ == "__main__":
    main()
