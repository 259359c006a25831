"""Play the example scenario on the real widgets and save screenshots for the README.

    xvfb-run -s "-screen 0 1400x900x24" python docs/screenshots/take_screenshots.py
    QT_SCALE_FACTOR=2 xvfb-run -s "-screen 0 2800x1800x24" \
        python docs/screenshots/take_screenshots.py --suffix @2x
    xvfb-run -a -s "-screen 0 2600x1500x24" python docs/screenshots/take_screenshots.py \
        --out docs/screenshots/accessibility --size 1366x768 --theme contrast --text-scale 2 \
        --suffix _contrast_200 --shots start,appearance,feed,compose,debrief,debrief_chart

Time is the simulated clock, so the shots are the same on every run (the seed is fixed).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from sm_sim.engine import ScenarioRun, automatic, play
from sm_sim.records import DATA_DIR_ENV, AttemptJournal, trainee_for
from sm_sim.scenario.library import Entry, course_of, load_library
from sm_sim.ui.app import make_application
from sm_sim.ui.debrief.charts import CompetencyChart
from sm_sim.ui.kit import appearance, language
from sm_sim.ui.kit.appearance import TEXT_SCALES, Appearance
from sm_sim.ui.kit.settings import Settings
from sm_sim.ui.main_window import MainWindow
from sm_sim.ui.session.attempt import Mode
from sm_sim.ui.session.clock import SimulatedClockDriver

HERE = Path(__file__).resolve().parent
SHOTS = ("start", "appearance", "compose", "feed", "debrief", "debrief_chart", "results")
README_SHOTS = ("start", "compose", "feed", "debrief", "results")
LEAKY_REPLY = ("So sorry Mary, it was a 19 year old lad stabbed outside number 42 Mill Road. "
               "Suspect ran off towards the park. Stay safe x")


def settle(ms: int = 120) -> None:
    """Let Qt lay out and paint (a script may wait; the app never does)."""
    QTest.qWait(ms)


def save(widget: QWidget, path: Path) -> None:
    settle()
    path.parent.mkdir(parents=True, exist_ok=True)
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not save {path}")
    print(f"saved {path}")


def run_until(window: MainWindow, done: Callable[[], bool], step: float = 1.0) -> None:
    clock = window.session.clock
    assert isinstance(clock, SimulatedClockDriver)
    while not done() and not window.session.run.ended:
        clock.step(step)
        settle(4)


CLASS = [("PC Aisha Rahman", "best"), ("PC Tom Whitfield", "random"),
         ("PCSO Megan Lloyd", "worst"), ("PC Daniel Kowalski", "random"),
         ("PC Aisha Rahman", "random"), ("PC Grace Adeyemi", "best")]


def record_class(entries: list[Entry]) -> None:
    """A classroom's attempts in the (temporary) data folder, for the Results view."""
    entry = next(e for e in entries if e.ok and e.loaded.scenario
                 and e.loaded.scenario.id == "cordon_questions")
    scenario, guidance = entry.loaded.scenario, entry.loaded.guidance
    assert scenario is not None and guidance is not None
    for number, (name, how) in enumerate(CLASS):
        run = ScenarioRun(scenario)
        mode = "assessment" if number % 2 else "practice"
        AttemptJournal.begin(run, guidance, trainee_for(name), mode=mode, session="intake-7")
        play(scenario, automatic(how, run.seed + number), run=run)


def wait_for_results(window: MainWindow) -> None:
    loaded: list[object] = []
    window.results.loaded.connect(loaded.append)
    window.show_results()
    while not loaded:
        settle(20)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=HERE)
    parser.add_argument("--suffix", default="")
    parser.add_argument("--theme", choices=["light", "dark", "contrast"], default="light")
    parser.add_argument("--text-scale", type=float, choices=TEXT_SCALES, default=1.0,
                        help="the Appearance dialog's text size: 1 is 100%%, 2 is 200%%")
    parser.add_argument("--size", default="1400x900", help="window size, WIDTHxHEIGHT")
    parser.add_argument("--language", choices=["en", "cy"], default="en")
    parser.add_argument("--shots", default=",".join(README_SHOTS),
                        help=f"which to save, of {','.join(SHOTS)}")
    args = parser.parse_args()
    wanted = set(args.shots.split(","))
    if wanted - set(SHOTS):
        parser.error(f"no such shot: {', '.join(sorted(wanted - set(SHOTS)))}")
    app = make_application()
    with tempfile.TemporaryDirectory() as folder:
        os.environ[DATA_DIR_ENV] = str(Path(folder) / "data")  # attempts go here, not home
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)
        QCoreApplication.setOrganizationName("sm-sim-screenshots")
        appearance.apply(app, Appearance(args.theme, args.text_scale))
        language.install(args.language)
        entries = load_library([], language.spoken())
        window = MainWindow(entries, Settings(), SimulatedClockDriver, course=course_of(entries))
        width, height = (int(n) for n in args.size.split("x"))
        window.resize(width, height)
        window.show()
        settle(300)
        out = args.out

        def shot(stem: str, widget: QWidget | None = None) -> None:
            if stem in wanted:
                save(widget or window, out / f"{stem}{args.suffix}.png")
        window.start_screen.choose("cordon_questions", Mode.PRACTICE, "PC Sam Okafor")
        shot("start")
        dialog = window.edit_appearance()
        shot("appearance", dialog)
        dialog.close()
        window.start_screen.start()
        attempt = window.attempt
        compose = attempt.compose
        run_until(window, lambda: compose.decision is not None)
        compose.select_id("own_words")
        compose.type_text(LEAKY_REPLY)
        compose.confidence.set_value("high")
        settle()
        attempt.compose_scroll.ensureWidgetVisible(compose.editor)  # large text: scrolled
        shot("compose")
        compose.submit()
        run_until(window, lambda: compose.decision is not None)
        later = window.session.run.now + 14
        run_until(window, lambda: window.session.run.now >= later)
        compose.select_id("delete_and_correct")
        attempt.home.step_post(3)
        attempt.side_tabs.setCurrentIndex(0)
        attempt.inbox.list.setCurrentIndex(attempt.inbox.model.index(0))
        shot("feed")
        compose.submit()
        run_until(window, lambda: window.session.run.ended, 2.0)
        shot("debrief")
        chart = window.debrief.findChild(CompetencyChart)  # below the fold with large text
        window.debrief.verticalScrollBar().setValue(chart.mapTo(window.debrief.widget(),
                                                                chart.rect().topLeft()).y())
        shot("debrief_chart")
        record_class(window.entries)
        wait_for_results(window)
        window.results.table.selectRow(1)
        shot("results")
        window.session = None
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
