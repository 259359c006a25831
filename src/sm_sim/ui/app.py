"""``run_app``: the QApplication, its look, the error handler and the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QApplication

from ..scenario import data_root
from .errors import ErrorHandler, start_logging
from .kit import icons, theme
from .kit.background import wait_for_background
from .kit.settings import APPLICATION, ORGANISATION, Settings
from .main_window import MainWindow


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
    _load_fonts()
    font = QFont("DejaVu Sans") if "DejaVu Sans" in QFontDatabase.families() else QFont(app.font())
    font.setPointSizeF(max(font.pointSizeF(), 10.0))
    app.setFont(font)
    app.setWindowIcon(icons.icon("logo", theme.LIGHT.accent, 64))
    return app


def _load_fonts() -> None:
    """Fonts shipped in assets/fonts, so the feed looks the same on every classroom PC."""
    folder = data_root() / "assets" / "fonts"
    for path in sorted(folder.glob("*.ttf")) if folder.is_dir() else ():
        QFontDatabase.addApplicationFont(str(path))


def style_application(app: QApplication, settings: Settings) -> None:
    theme.apply(app, theme.pick(settings.theme))


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
