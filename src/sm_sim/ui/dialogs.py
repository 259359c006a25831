"""Every modal question the app asks, as a function a test can replace (no modal loop
runs in a test): ``monkeypatch.setattr(dialogs, "confirm_quit", lambda parent: True)``."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from .shortcuts import help_text


def confirm_quit(parent: QWidget | None) -> bool:
    """Ask before abandoning a running attempt."""
    answer = QMessageBox.question(
        parent, "Leave this attempt?",
        "Your attempt is still running. If you leave now it will not be scored.\n\n"
        "Leave anyway?",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def show_error(parent: QWidget | None, summary: str, log_path: Path | None) -> None:
    """A calm message for an unexpected problem; the details are in the log, not on screen."""
    where = f"\n\nThe details were saved to:\n{log_path}" if log_path else ""
    QMessageBox.warning(
        parent, "Something went wrong",
        f"{summary}\n\nYou can carry on, or restart the app if things look wrong. "
        f"If it keeps happening, please pass the log file to your trainer.{where}")


def show_shortcuts(parent: QWidget | None) -> None:
    QMessageBox.information(parent, "Keyboard shortcuts", help_text())
