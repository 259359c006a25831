"""Open the workbench on the tutorial's files (docs/tutorial/) and save the screenshots that
docs/authoring.md's tutorial shows: the map after each step, the problems of each deliberate
mistake, a state's details, the start values and the preview from the middle state, the
timeline and the coverage after automatic plays.

    xvfb-run -a -s "-screen 0 2600x1500x24" python docs/screenshots/take_tutorial_screenshots.py
    xvfb-run -a -s "-screen 0 2600x1500x24" python docs/screenshots/take_tutorial_screenshots.py \
        --size 1024x600 --out /tmp/small

Each step file is copied in turn over one file, before_you_go_on_leave.yaml, in a temporary
folder, as a trainer's saves would be, so the shots name the file the tutorial names. The
settings and the data folder are temporary too; nothing is recorded. The preview runs on a
simulated clock, so the shots are the same on every run.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDockWidget, QWidget

from sm_sim.records import DATA_DIR_ENV
from sm_sim.ui.app import make_application
from sm_sim.ui.kit import appearance, language
from sm_sim.ui.kit.appearance import Appearance
from sm_sim.ui.preview import PreviewWindow
from sm_sim.ui.session.clock import SimulatedClockDriver
from sm_sim.ui.workbench.window import WorkbenchWindow

HERE = Path(__file__).resolve().parent
TUTORIAL = HERE.parent / "tutorial"
FILE = "before_you_go_on_leave.yaml"  # what `sm-sim new "Before you go on leave"` writes
MIDDLE = "late_message"  # the middle decision, where the preview starts
SHOTS = ("step1", "step2", "step3", "step4", "map", "problems", "problems_variable",
         "details", "start_values", "preview", "preview_branch", "timeline", "coverage_preview",
         "coverage")


def settle(ms: int = 150) -> None:
    """Let Qt lay out and paint (a script may wait; the app never does)."""
    QTest.qWait(ms)


def wait_for(done: Callable[[], bool], what: str, seconds: float = 60.0) -> None:
    waited = 0
    while not done():
        if waited > seconds * 1000:
            raise SystemExit(f"gave up waiting for {what}")
        settle(50)
        waited += 50


def save(widget: QWidget, path: Path) -> None:
    settle()
    path.parent.mkdir(parents=True, exist_ok=True)
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not save {path}")
    print(f"saved {path}")


class Bench:
    """The workbench on the trainer's file; ``step`` saves a tutorial step over it."""

    def __init__(self, folder: Path, size: tuple[int, int]) -> None:
        self.path = folder / FILE
        shutil.copy(TUTORIAL / "step1.yaml", self.path)
        os.chdir(folder)  # problems then name the file as the trainer sees it, not a temp path
        self.window = WorkbenchWindow(Path(FILE), clock=SimulatedClockDriver, preview=PreviewWindow)
        self.window.resize(*size)
        self.window.show()
        settle(400)

    def step(self, name: str) -> None:
        """Save ``name`` over the file, as the trainer's editor would, and wait for the reload."""
        reloaded: list[bool] = []
        self.window.reloaded.connect(lambda: reloaded.append(True))
        self.path.write_text((TUTORIAL / name).read_text(encoding="utf-8"), encoding="utf-8")
        wait_for(lambda: bool(reloaded), f"the workbench to read {name}", 10)
        self.window.reloaded.disconnect()
        self.fit()

    def fit(self) -> None:
        settle()
        self.window.map.fit()
        settle()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=HERE / "tutorial")
    parser.add_argument("--suffix", default="")
    parser.add_argument("--size", default="1366x768", help="window size, WIDTHxHEIGHT")
    parser.add_argument("--shots", default=",".join(SHOTS), help=f"which to save, of {','.join(SHOTS)}")
    parser.add_argument("--language", default="en", choices=["en", "cy"], help="the app's language")
    args = parser.parse_args()
    wanted = set(args.shots.split(","))
    if wanted - set(SHOTS):
        parser.error(f"no such shot: {', '.join(sorted(wanted - set(SHOTS)))}")
    width, height = (int(n) for n in args.size.split("x"))
    out = args.out.resolve()
    app = make_application()
    language.install(args.language)
    with tempfile.TemporaryDirectory() as folder:
        os.environ[DATA_DIR_ENV] = str(Path(folder) / "data")  # nothing reaches the home folder
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)
        QCoreApplication.setOrganizationName("sm-sim-screenshots")
        appearance.apply(app, Appearance("light", 1.0))
        work = Path(folder) / "scenarios"
        work.mkdir()
        bench = Bench(work, (width, height))
        window = bench.window

        def shot(stem: str, widget: QWidget | None = None) -> None:
            if stem in wanted:
                save(widget or window, out / f"{stem}{args.suffix}.png")

        take(bench, shot)
        if window.preview is not None:
            window.preview.close()
        window.close()
        os.chdir(HERE)
    QApplication.processEvents()
    return 0


def finish(preview: PreviewWindow, *answers: str) -> None:
    """Give ``answers`` in turn to the decisions still to come, and close the preview."""
    compose, run = preview.view.compose, preview.session.run
    clock = preview.session.clock
    assert isinstance(clock, SimulatedClockDriver)
    for answer in answers:
        clock.run_until(lambda: compose.decision is not None or run.ended)
        compose.select_id(answer)
        compose.submit()
    clock.run_until(lambda: run.ended)
    print(f"{preview.windowTitle()}: {preview.statusBar().currentMessage()}")
    preview.close()


def dock(window: WorkbenchWindow, name: str) -> QDockWidget:
    found = window.findChild(QDockWidget, name)
    assert found is not None, f"no dock {name}"
    return found


def take(bench: Bench, shot: Callable[..., None]) -> None:
    window = bench.window
    bench.fit()
    shot("step1", window.map)
    bench.step("step2_mistake.yaml")
    window.problems.setCurrentRow(0)
    shot("problems")
    bench.step("step2.yaml")
    shot("step2", window.map)
    bench.step("step3.yaml")
    shot("step3", window.map)
    bench.step("step4_mistake.yaml")
    window.problems.setCurrentRow(0)
    shot("problems_variable")
    bench.step("step4.yaml")
    shot("step4", window.map)
    bench.step("final.yaml")
    shot("map")
    window.map.select(MIDDLE)
    settle()
    bench.fit()
    details = window.details.verticalScrollBar()
    details.setValue(details.maximum())  # scrolled down to the decision and its options
    shot("details")
    line = dock(window, "timelineDock")
    line.setFloating(True)  # dragged out, as onto a second screen: every column has room
    line.resize(window.width(), int(window.height() * 0.75))
    window.timeline.path.setCurrentIndex(1)  # the worst play: the time limits run longest
    settle(300)
    shot("timeline", line)
    line.setFloating(False)
    settle(300)
    ask = window.ask_play_from_here()
    assert ask is not None, "Play from here is not ready"
    ask.values["cover"].setValue(1)
    shot("start_values", ask)
    ask.accept()
    preview = window.preview
    assert preview is not None, "no preview opened"
    preview.resize(window.size())
    settle(300)
    clock = preview.session.clock
    assert isinstance(clock, SimulatedClockDriver)
    compose = preview.view.compose
    clock.run_until(lambda: compose.decision is not None)
    preview.view.show_page("messages")  # the worried message is a DM
    compose.select_id("leave_it")
    shot("preview", preview)
    compose.submit()  # with cover at 1, the branch goes on to Gary's post, not to the ending
    clock.run_until(lambda: compose.decision is not None)
    preview.view.show_page("home")
    shot("preview_branch", preview)
    finish(preview, "calm_reply")  # a good ending, not a pass: the message waited all night
    again = window.play_from(MIDDLE, {**ask.variables(), "cover": 0})  # and once without cover
    assert again is not None, "no second preview"
    finish(again, "leave_it")
    window.activateWindow()
    cover = dock(window, "coverageDock")
    cover.raise_()
    # The panel dragged taller (the map keeps the rest): the list and the table have room.
    window.resizeDocks([cover], [window.height() // 2], Qt.Orientation.Vertical)
    bench.fit()
    shot("coverage_preview")  # the preview's play alone
    done: list[bool] = []
    window.coverage.plays_done.connect(lambda: done.append(True))
    window.coverage.run_plays()
    wait_for(lambda: bool(done) and window.coverage.reachable is not None, "the automatic plays")
    bench.fit()
    shot("coverage")


if __name__ == "__main__":
    sys.exit(main())
