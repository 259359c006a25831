"""``run_app``: the QApplication, its look, the error handler and the main window."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QApplication

from ..data import data_root
from ..scenario.fonts import shipped_fonts
from .errors import ErrorHandler, start_logging
from .kit import appearance, icons, language, theme
from .kit.background import explain, wait_for_background
from .kit.settings import APPLICATION, ORGANISATION, Settings
from .main_window import MainWindow

MIN_POINTS = 12.0


def make_application(argv: list[str] | None = None) -> QApplication:
    """The application object, named for QSettings, with high-DPI rounding left to Qt."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(argv if argv is not None else sys.argv[:1])
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QGuiApplication.setApplicationDisplayName(theme.APP_NAME)
    QGuiApplication.setDesktopFileName("sm-sim")  # assets/desktop/sm-sim.desktop: the dock icon
    app.setStyle("Fusion")
    font = app_font(app)
    app.setFont(font)
    appearance.set_base_font(font)
    app.setWindowIcon(icons.icon("logo", theme.LIGHT.accent, 64))
    return app


def app_font(app: QApplication) -> QFont:
    """The shipped DejaVu Sans at the system's text size, but never under 12 points (what the
    look was drawn at); the reader's text size multiplies this (kit/appearance.py)."""
    _load_fonts()
    font = QFont(app.font())
    if "DejaVu Sans" in QFontDatabase.families():
        font.setFamily("DejaVu Sans")
    font.setPointSizeF(max(font.pointSizeF(), MIN_POINTS))
    return font


def _load_fonts() -> None:
    """Fonts shipped in assets/fonts, so the feed looks the same on every classroom PC."""
    for path in shipped_fonts(data_root()):  # the fonts validate checks text against (SC080)
        QFontDatabase.addApplicationFont(str(path))


def style_application(app: QApplication, settings: Settings) -> None:
    """The appearance the reader chose last time (theme, text size, reduced motion), and the
    language (before any screen is built: screens are made in it)."""
    language.install(settings.language)
    appearance.apply(app, settings.appearance)


def run_workbench(path: Path) -> int:
    """The trainer's workbench on one scenario file; the exit code."""
    from .preview import PreviewWindow
    from .workbench.window import WorkbenchWindow
    log_file = start_logging()
    ErrorHandler(log_file).install()
    app = make_application()
    style_application(app, Settings())
    window = WorkbenchWindow(path, preview=PreviewWindow)
    window.show()
    return int(app.exec())


def run_console(code: str, refuse: Callable[[str], int]) -> int:
    """The trainer's console on classroom session ``code``, from the LRS in the app's settings;
    ``refuse(sentence)`` (the command line's, which says it and gives the exit code) when
    there is no LRS set or no such session on it, before any window opens."""
    from ..records.classroom import SessionError
    from .console.launch import find_session
    from .console.window import ConsoleWindow
    log_file = start_logging()
    ErrorHandler(log_file).install()
    app = make_application()
    settings = Settings()
    style_application(app, settings)
    config = settings.lrs
    try:
        doc = find_session(config, code)
    except SessionError as err:
        return refuse(explain(err))
    window = ConsoleWindow(code, config, doc)
    window.show()
    exit_code = int(app.exec())
    wait_for_background()
    return exit_code


def run_app(extra_paths: list[Path]) -> int:
    """Open the app with the built-in scenarios and any ``extra_paths``; the exit code."""
    log_file = start_logging()
    ErrorHandler(log_file).install()
    app = make_application()
    settings = Settings()
    style_application(app, settings)
    window = MainWindow(None, settings)
    window.show()  # at once: the library (the training day) fills in when it has been read
    window.read_library(list(extra_paths))
    window.offer_resume()
    code = int(app.exec())
    wait_for_background()  # an export or a send under way finishes (the outbox is crash-safe)
    return code
