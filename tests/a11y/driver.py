"""The app as a screen reader meets it, for ``test_screen_reader.py``: the real main window on
the real scenario library, with settings, records and logs in the folder given, and a clock
that moves the scenario on quickly between decisions and holds still while one is open (so
the walker never races a countdown, and nothing waits on wall time).

    python tests/a11y/driver.py FOLDER

Run with ``QT_QPA_PLATFORM=xcb`` and ``QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1`` on a display and
a session bus with the accessibility bus; ``walker.py`` then drives it over AT-SPI.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer

from sm_sim.ui.app import make_application, style_application
from sm_sim.ui.kit.appearance import Appearance
from sm_sim.ui.kit.settings import Settings
from sm_sim.ui.main_window import MainWindow
from sm_sim.ui.session.clock import TimerClockDriver

STEPS_PER_FRAME = 4  # simulated seconds a frame moves on, one at a time, while no decision is open
GIVE_UP_MS = 180_000  # the app closes itself if the test never does


class SkipAheadClock(TimerClockDriver):
    """The app's own timer, each frame some whole seconds on, until a decision opens; then
    time holds still until it is answered."""

    def step(self, wall_seconds: float) -> None:
        for _ in range(STEPS_PER_FRAME):
            if self.run.open_decision is not None or self.run.ended:
                break
            self.run.advance(self.run.now + 1.0)
        self.ticked.emit(self.run.now)


def main(folder: Path) -> int:
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    app = make_application([sys.argv[0]])
    settings = Settings()
    settings.appearance = Appearance("light")
    style_application(app, settings)
    window = MainWindow(None, settings, SkipAheadClock)
    window.resize(1366, 900)
    window.move(0, 0)
    window.show()
    window.activateWindow()
    window.read_library([])
    QTimer.singleShot(GIVE_UP_MS, app.quit)
    return int(app.exec())


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
