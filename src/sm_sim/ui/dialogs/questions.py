"""Every modal question the app asks, as a function a test can replace (no modal loop
runs in a test): ``monkeypatch.setattr(dialogs, "ask_leave", lambda parent: Leave.KEEP)``,
``monkeypatch.setattr(ExportDialog, "ask", staticmethod(lambda parent, request: path))``."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ...records import Unfinished
from ..kit.language import translate
from ..kit.settings import LrsConfig
from .lrs import LrsSettingsDialog
from .resume import ResumeChoice, ResumeDialog

# The questions' words are catalogued under "Questions" (written out: lupdate reads only a
# literal context); the shortcuts sheet keeps its own, "Shortcuts".


class Leave(Enum):
    STAY = "stay"
    KEEP = "keep"  # the journal is closed as it stands: the attempt can be resumed later
    GIVE_UP = "give up"  # the journal is marked abandoned: never scored, never offered again


def ask_leave(parent: QWidget | None) -> Leave:
    """Ask before leaving a running attempt: keep it for later, give it up, or stay."""
    box = QMessageBox(QMessageBox.Icon.Question, translate("Questions", "Leave this attempt?"),
                      translate("Questions", "Your attempt is still running. It is saved as you go, "
                                             "so you can keep it and carry on where you stopped "
                                             "next time you open the app — or give it up, and it "
                                             "will not be scored."), parent=parent)
    keep = box.addButton(translate("Questions", "Keep it for later"), QMessageBox.ButtonRole.AcceptRole)
    give_up = box.addButton(translate("Questions", "Give it up"), QMessageBox.ButtonRole.DestructiveRole)
    stay = box.addButton(translate("Questions", "Stay"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(stay)
    box.exec()
    clicked = box.clickedButton()
    return Leave.KEEP if clicked is keep else Leave.GIVE_UP if clicked is give_up else Leave.STAY


def ask_resume(parent: QWidget | None, unfinished: list[Unfinished]) -> ResumeChoice | None:
    """Offer the attempts a crash or a quit left unfinished; None for "not now"."""
    dialog = ResumeDialog(unfinished, parent)
    dialog.exec()
    return dialog.choice


def edit_lrs(parent: QWidget | None, config: LrsConfig, settings_file: str) -> LrsConfig | None:
    """The LRS connection and classroom session, edited; None if cancelled."""
    dialog = LrsSettingsDialog(config, settings_file, parent)
    return dialog.config() if dialog.exec() else None


@dataclass(frozen=True)
class ExportRequest:
    title: str  # the dialog's title, e.g. "Save the PDF debrief"
    suggested: Path  # a file to save, or a folder to choose
    filters: str = ""  # e.g. "PDF (*.pdf)"; empty when a folder is wanted

    @property
    def folder(self) -> bool:
        return not self.filters


class ExportDialog:
    """Where an export goes. Tests replace ``ask``."""

    @staticmethod
    def ask(parent: QWidget | None, request: ExportRequest) -> Path | None:
        if request.folder:
            chosen = QFileDialog.getExistingDirectory(parent, request.title, str(request.suggested))
            return Path(chosen) if chosen else None
        chosen, _ = QFileDialog.getSaveFileName(parent, request.title, str(request.suggested),
                                                request.filters)
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix else path.with_suffix(request.suggested.suffix)


def show_error(parent: QWidget | None, summary: str, log_path: Path | None) -> None:
    """A calm message for an unexpected problem; the details are in the log, not on screen.
    (``summary`` is shown as it is given.)"""
    said = [summary, translate("Questions", "You can carry on, or restart the app if things look "
                                            "wrong. If it keeps happening, please pass the log "
                                            "file to your trainer.")]
    if log_path:
        said.append(translate("Questions", "The details were saved to:\n{path}").format(path=log_path))
    QMessageBox.warning(parent, translate("Questions", "Something went wrong"), "\n\n".join(said))


def show_launch_problem(parent: QWidget | None, problem: str) -> None:
    """An LMS launch that cannot be followed: what went wrong, and what to do."""
    QMessageBox.warning(
        parent, translate("Questions", "The scenario could not start"),
        "\n\n".join([
            translate("Questions", "The scenario your learning system asked for could not be "
                                   "started: {problem}.").format(problem=problem),
            translate("Questions", "Close this message and start it again from the learning "
                                   "system. If it keeps happening, please tell your trainer what "
                                   "this message says.")]))


def show_shortcuts(parent: QWidget | None, text: str) -> None:
    QMessageBox.information(parent, translate("Shortcuts", "Keyboard shortcuts"), text)


def ask_open_scenario(parent: QWidget | None) -> Path | None:
    """A scenario file to open in the workbench, or None."""
    name, _ = QFileDialog.getOpenFileName(parent, translate("Questions", "Open a scenario"), "",
                                          translate("Questions", "Scenario (*.yaml *.yml)"))
    return Path(name) if name else None


def ask_new_scenario(parent: QWidget | None) -> Path | None:
    """Where to save a new scenario (its file name becomes its id), or None."""
    name, _ = QFileDialog.getSaveFileName(parent, translate("Questions", "New scenario"),
                                          "new_scenario.yaml", translate("Questions", "Scenario (*.yaml)"))
    return Path(name) if name else None
