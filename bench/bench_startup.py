"""Start-up: from a fresh Python process to the first painted start screen, against a bare
QMainWindow in the same conditions (offscreen).

    python bench/bench_startup.py [--runs 5]

Each sample is a new process, so imports, the style sheet, fonts and loading the built-in
scenarios all count, as they do for a recruit double-clicking the app.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time

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
from sm_sim.ui.app import make_application, style_application
from sm_sim.scenario.library import load_library
from sm_sim.ui.main_window import MainWindow
from sm_sim.ui.kit.settings import Settings
app = make_application()
settings = Settings()
style_application(app, settings)
window = MainWindow(load_library([]), settings)
window.resize(1280, 800)
window.show()
window.grab()
"""


def sample(script: str) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", script], check=True, env=env, capture_output=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    bare = statistics.median(sample(BARE) for _ in range(runs))
    ours = statistics.median(sample(OURS) for _ in range(runs))
    print(f"bare QMainWindow, process start to first paint : {bare * 1000:7.0f} ms")
    print(f"sm-sim start screen, process start to first paint: {ours * 1000:7.0f} ms   "
          f"ratio {ours / bare:.2f}x   (median of {runs})")


if __name__ == "__main__":
    main()
