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
from ..kit.language import QT_TRANSLATE_NOOP, translate
from ..kit.settings import LrsConfig

# The dialog's words are catalogued under "LrsDialog" (written out: lupdate reads only a
# literal context); the example web addresses and what is typed stay as they are.
IN_KEYRING = QT_TRANSLATE_NOOP("LrsDialog", "Kept in the system keyring: type a new one to change it")


def endpoint_problem(text: str) -> str:
    """Why ``text`` is not a web address ("" when it is one, or is left empty)."""
    text = text.strip()
    if text and not text.startswith(("http://", "https://")):
        return translate("LrsDialog", "“{text}” should start with https:// (for example "
                                      "https://lrs.example.org/xapi/).").format(text=text)
    return ""


class LrsSettingsDialog(QDialog):
    def __init__(self, config: LrsConfig, settings_file: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.original = config
        self.setWindowTitle(translate("LrsDialog", "Learning Record Store"))
        self.setMinimumWidth(560)
        column = QVBoxLayout(self)
        column.addWidget(QLabel(
            translate("LrsDialog", "Attempts can be sent as xAPI statements to your training "
                                   "school's Learning Record Store. Leave the address empty to "
                                   "keep records on this computer only."),
            self, wordWrap=True))
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.endpoint = self._field(config.endpoint, "https://lrs.example.org/xapi/")
        self.user = self._field(config.user, translate("LrsDialog", "LRS key or user name"))
        self.password = self._field(config.password, translate("LrsDialog", IN_KEYRING) if config.keyring
                                    else translate("LrsDialog", "LRS secret"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.session = self._field(config.session, translate("LrsDialog", "e.g. intake-2025-03-day2"))
        form.addRow(translate("LrsDialog", "xAPI endpoint"), self.endpoint)
        form.addRow(translate("LrsDialog", "Username"), self.user)
        form.addRow(translate("LrsDialog", "Password"), self.password)
        form.addRow(translate("LrsDialog", "Classroom session"), self.session)
        self.xapi_base = self._field(config.xapi_base, "https://academy.example.police.uk/xapi")
        self.home_page = self._field(config.home_page, "https://academy.example.police.uk/people")
        form.addRow(translate("LrsDialog", "Activity address"), self.xapi_base)
        form.addRow(translate("LrsDialog", "Trainee accounts"), self.home_page)
        column.addLayout(form)
        column.addWidget(QLabel(
            translate("LrsDialog", "The two addresses name your school in every statement: the "
                                   "first identifies the scenarios and sessions, the second the "
                                   "system that issues trainee ids. Ask your LRS administrator; "
                                   "until they are set, placeholders ending in .invalid are used."),
            self, objectName="muted", wordWrap=True))
        column.addWidget(QLabel(
            translate("LrsDialog", "The classroom session id is written into each new attempt, so "
                                   "a trainer can fetch the whole class back from the LRS."),
            self, objectName="muted", wordWrap=True))
        if secrets.available():
            where = translate("LrsDialog", "The password is kept in this computer's keyring (its "
                                           "store of passwords), not in the settings file.")
        else:
            where = translate("LrsDialog", "This computer has no system keyring, so the password "
                                           "is stored unencrypted in your user settings file:\n"
                                           "{file}").format(file=settings_file)
        use = translate("LrsDialog", "Use an LRS key made for this classroom, not a personal password.")
        self.password_note = QLabel(
            "\n".join([where, use]), self,
            objectName="muted" if secrets.available() else "warnText", wordWrap=True)
        column.addWidget(self.password_note)
        self.problem = QLabel("", self, objectName="warnText", wordWrap=True)
        column.addWidget(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        # Qt's own words for them have no Welsh catalogue
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(translate("LrsDialog", "Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("LrsDialog", "Cancel"))
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
