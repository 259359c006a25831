"""Screenshots of a recruit's laptop in a classroom session for docs/classroom.md: the start
screen after joining, while the trainer holds the start, and the attempt held by the trainer's
pause with the trainer's inject in the work inbox — through a real LRS on loopback (the tests'
Learning Locker services; needs Node.js).

    xvfb-run -a -s "-screen 0 2600x1500x24" python docs/screenshots/take_joining_shots.py
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # the tests' loopback LRS

from PySide6.QtCore import QCoreApplication, QSettings  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QWidget  # noqa: E402
from tests.records.lrs_loopback import LoopbackSchoolLrs, running_school  # noqa: E402
from tests.ui.helpers import play_through  # noqa: E402

from sm_sim.records import DATA_DIR_ENV  # noqa: E402
from sm_sim.records.classroom import Inject, SessionChannel, SessionDoc  # noqa: E402
from sm_sim.scenario.library import Entry, course_of, load_library  # noqa: E402
from sm_sim.ui.app import make_application  # noqa: E402
from sm_sim.ui.kit import appearance  # noqa: E402
from sm_sim.ui.kit.appearance import Appearance  # noqa: E402
from sm_sim.ui.kit.settings import LrsConfig, Settings  # noqa: E402
from sm_sim.ui.main_window import MainWindow  # noqa: E402
from sm_sim.ui.session.clock import SimulatedClockDriver  # noqa: E402

CODE = "K7M2QX"
DAY = "DAY234"


def settle(ms: int = 150) -> None:
    QTest.qWait(ms)


def until(done: Callable[[], bool], poll: Callable[[], None], tries: int = 200) -> None:
    for _ in range(tries):
        if done():
            return
        poll()
        settle(100)
    raise SystemExit("the laptop never got there")


def save(widget: QWidget, path: Path) -> None:
    settle()
    widget.grab().save(str(path))
    print(f"saved {path}")


def shoot(school: LoopbackSchoolLrs, tmp: Path, out: Path, size: tuple[int, int]) -> None:
    app = make_application()
    appearance.apply(app, Appearance())
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp))
    QCoreApplication.setOrganizationName("sm-sim-screenshots")
    channel = SessionChannel(school.client())
    channel.create(SessionDoc(CODE, ("cordon_questions",), "practice", trainer="Sgt Rowe", hold=True))
    entries = load_library([])
    settings = Settings()
    settings.lrs = LrsConfig(school.endpoint, school.gate.user, school.gate.password)
    window = MainWindow(entries, settings, SimulatedClockDriver, course=course_of(entries))
    window.resize(*size)
    window.show()
    screen = window.start_screen
    screen.name.setText("PC Amy Noor")
    screen.join_box.code.setText("k7m 2qx")
    screen.join_box.join_button.click()
    until(lambda: "You are in session" in screen.join_box.status.text(), lambda: None)
    save(window, out / "join_waiting.png")
    channel.change(CODE, lambda d: replace(d, released=True))
    link = window.seat.link
    assert link is not None
    until(lambda: window.session is not None, link.poll)
    session = window.session
    assert session is not None and window.attempt is not None
    session.clock.run_until(lambda: window.attempt is not None
                            and window.attempt.compose.decision is not None, step=2.0)
    channel.change(CODE, lambda d: replace(d, paused=True, injects=(Inject(
        "press", "", "Press Office", "The Echo is calling",
        "A reporter is asking about the cordon. Say nothing yet; refer them to us."),)))
    until(lambda: session.clock.paused, link.poll)
    window.attempt.side_tabs.setCurrentIndex(0)
    save(window, out / "held_attempt.png")
    link.leave()
    window.hide()  # closing would ask whether to leave the attempt
    shoot_next(school, out, size, entries, settings)


def shoot_next(school: LoopbackSchoolLrs, out: Path, size: tuple[int, int], entries: list[Entry],
               settings: Settings) -> None:
    """A whole day's session: the first scenario's debrief offers the next one."""
    SessionChannel(school.client()).create(SessionDoc(DAY, ("cordon_questions", "log_off"),
                                                      "practice", trainer="Sgt Rowe"))
    window = MainWindow(entries, settings, SimulatedClockDriver, course=course_of(entries))
    window.resize(*size)
    window.show()
    window.start_screen.name.setText("PC Amy Noor")
    window.start_screen.join_box.code.setText(DAY)
    window.start_screen.join_box.join_button.click()
    until(lambda: window.session is not None, lambda: None)
    play_through(window)
    until(lambda: window.debrief.next_button is not None, lambda: None)
    settle(300)
    bar = window.debrief.verticalScrollBar()
    bar.setValue(bar.maximum())
    save(window, out / "debrief_next.png")
    if window.seat.link is not None:
        window.seat.link.leave()
    window.close()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=HERE / "classroom")
    parser.add_argument("--size", default="1366x768")
    args = parser.parse_args()
    size = tuple(int(n) for n in args.size.split("x"))
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        os.environ[DATA_DIR_ENV] = str(tmp / "data")
        with running_school(tmp) as school:
            shoot(school, tmp, args.out, (size[0], size[1]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
