"""The Learning Record Store settings: where xAPI statements go, with which key, for which
classroom session. Kept with QSettings, the password in the system keyring where there is one;
the dialog says plainly where it is kept."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...records import secrets
from ..kit.settings import LrsConfig

IN_KEYRING = "Kept in the system keyring: type a new one to change it"


def endpoint_problem(text: str) -> str:
    """Why ``text`` is not a web address ("" when it is one, or is left empty)."""
    text = text.strip()
    if text and not text.startswith(("http://", "https://")):
        return (f"“{text}” should start with https:// "
                "(for example https://lrs.example.org/xapi/).")
    return ""


class LrsSettingsDialog(QDialog):
    def __init__(self, config: LrsConfig, settings_file: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.original = config
        self.setWindowTitle("Learning Record Store")
        self.setMinimumWidth(560)
        column = QVBoxLayout(self)
        column.addWidget(QLabel(
            "Attempts can be sent as xAPI statements to your training school's Learning "
            "Record Store. Leave the address empty to keep records on this computer only.",
            self, wordWrap=True))
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.endpoint = self._field(config.endpoint, "https://lrs.example.org/xapi/")
        self.user = self._field(config.user, "LRS key or user name")
        self.password = self._field(config.password, IN_KEYRING if config.keyring else "LRS secret")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.session = self._field(config.session, "e.g. intake-2025-03-day2")
        form.addRow("xAPI endpoint", self.endpoint)
        form.addRow("Username", self.user)
        form.addRow("Password", self.password)
        form.addRow("Classroom session", self.session)
        self.xapi_base = self._field(config.xapi_base, "https://academy.example.police.uk/xapi")
        self.home_page = self._field(config.home_page, "https://academy.example.police.uk/people")
        form.addRow("Activity address", self.xapi_base)
        form.addRow("Trainee accounts", self.home_page)
        column.addLayout(form)
        column.addWidget(QLabel(
            "The two addresses name your school in every statement: the first identifies "
            "the scenarios and sessions, the second the system that issues trainee ids. "
            "Ask your LRS administrator; until they are set, placeholders ending in "
            ".invalid are used.", self, objectName="muted", wordWrap=True))
        column.addWidget(QLabel(
            "The classroom session id is written into each new attempt, so a trainer can fetch "
            "the whole class back from the LRS.", self, objectName="muted", wordWrap=True))
        if secrets.available():
            where = ("The password is kept in this computer's keyring (its store of "
                     "passwords), not in the settings file.")
        else:
            where = ("This computer has no system keyring, so the password is stored "
                     f"unencrypted in your user settings file:\n{settings_file}")
        self.password_note = QLabel(
            f"{where}\nUse an LRS key made for this classroom, not a personal password.",
            self, objectName="muted" if secrets.available() else "warnText", wordWrap=True)
        column.addWidget(self.password_note)
        self.problem = QLabel("", self, objectName="warnText", wordWrap=True)
        column.addWidget(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        column.addWidget(self.buttons)
        for field in (self.endpoint, self.xapi_base, self.home_page):
            field.textChanged.connect(self._check)
        self._check()

    def _field(self, text: str, placeholder: str) -> QLineEdit:
        field = QLineEdit(text, self)
        field.setPlaceholderText(placeholder)
        return field

    def _check(self) -> None:
        problem = next(filter(None, (endpoint_problem(f.text()) for f in
                                     (self.endpoint, self.xapi_base, self.home_page))), "")
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(not problem)

    def config(self) -> LrsConfig:
        typed = self.password.text()
        return LrsConfig(self.endpoint.text().strip(), self.user.text().strip(),
                         typed, self.session.text().strip(),
                         self.xapi_base.text().strip(), self.home_page.text().strip(),
                         "" if typed else self.original.keyring)
