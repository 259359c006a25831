"""Start-up: from a fresh Python process to the first painted window, against a bare
QMainWindow in the same conditions (offscreen), the two in turn.

    python bench/bench_startup.py [--runs 10]

Ours is the real start, ``sm-sim`` with no arguments: the command line, the system check,
logging and the error handler, the application and its look, the main window, the built-in
library read and checked in the background, the offer to resume an unfinished attempt
(looked for in the background too). Only the event loop is replaced: it paints every window
once and ends the process, as a recruit sees the first frame. The window shows before the
library is read, so a second figure waits until the scenarios are on the start screen. Each
sample is a new process, so every import counts, as it does for a recruit double-clicking
the app.
"""

from __future__ import annotations

import argparse
import tempfile

from figures import Figure, at_most, bench_env, print_table, process_runs, processes, python

BARE = """
import os
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
app = QApplication([])
window = QMainWindow()
window.setCentralWidget(QLabel("hello"))
window.resize(1280, 800)
window.show()
window.grab()
os._exit(0)
"""

# Both sides end as soon as the window is painted (os._exit): the figure is the time until
# a recruit sees the window, not until work started in the background is done.
OURS = """
import os, sys
from PySide6.QtWidgets import QApplication

def first_paint(app):  # the event loop: paint each window once, then quit
    for window in QApplication.topLevelWidgets():
        if window.isVisible():
            window.grab()
    os._exit(0)

QApplication.exec = first_paint
from sm_sim.cli import main
sys.exit(main([]))
"""

# The same start, until the scenarios (read after the first paint) are on the start screen.
LIBRARY = OURS.replace("""def first_paint(app):""", """def first_paint(app):
    from PySide6.QtCore import QEventLoop
    from sm_sim.ui.main_window import MainWindow
    window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
    if window.entries is None:
        loop = QEventLoop()
        window.library_ready.connect(loop.quit)
        loop.exec()""")


def figures(quick: bool = False, runs: int | None = None) -> list[Figure]:
    runs, warmup = process_runs(quick, runs)
    with tempfile.TemporaryDirectory(prefix="sm-sim-bench-") as folder:
        # a fresh user: no settings, records or logs of a real trainee's are read or written
        env = bench_env(SM_SIM_DATA_DIR=f"{folder}/data", SM_SIM_LOG_DIR=f"{folder}/logs",
                        XDG_CONFIG_HOME=f"{folder}/config")
        return [processes("startup", "start-up to first painted window", python(OURS), python(BARE),
                          "bare QMainWindow, fresh process", at_most(1.5), runs, env=env,
                          warmup=warmup),
                processes("startup.library", "start-up to the scenarios on the start screen",
                          python(LIBRARY), python(BARE), "bare QMainWindow, fresh process", None,
                          runs, env=env, warmup=warmup)]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=10)
    print_table(figures(runs=parser.parse_args().runs))


if __name__ == "__main__":
    main()
