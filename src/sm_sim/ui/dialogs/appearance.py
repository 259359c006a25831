"""The Appearance dialog: theme, text size and reduced motion. Each change applies at once to
every open window and is remembered for the next run; there is nothing to confirm, so the
dialog has only Close (and Restore defaults). It opens without a modal loop of its own."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ..kit import appearance, language
from ..kit.appearance import TEXT_SCALES, THEMES, Appearance
from ..kit.language import QT_TRANSLATE_NOOP, translate
from ..kit.settings import Settings

# The dialog's words are catalogued under "AppearanceDialog" (written out: lupdate reads only
# a literal context). The language's title and note stay in both languages, so whoever chose
# the wrong one can find the way back; the languages keep their own names.
APPEARANCE_KEYS = "Ctrl+Shift+A"  # the main window's shortcut for this dialog
MNEMONICS = {"auto": QT_TRANSLATE_NOOP("AppearanceDialog", "&Automatic"),
             "light": QT_TRANSLATE_NOOP("AppearanceDialog", "&Light"),
             "dark": QT_TRANSLATE_NOOP("AppearanceDialog", "&Dark"),
             "contrast": QT_TRANSLATE_NOOP("AppearanceDialog", "&High contrast")}
THEME_NAMES = {  # kit.appearance.THEMES, as a screen reader says them
    "auto": QT_TRANSLATE_NOOP("AppearanceDialog", "Automatic (as the computer is set)"),
    "light": QT_TRANSLATE_NOOP("AppearanceDialog", "Light"),
    "dark": QT_TRANSLATE_NOOP("AppearanceDialog", "Dark"),
    "contrast": QT_TRANSLATE_NOOP("AppearanceDialog", "High contrast"),
}
THEME_NOTES = {
    "auto": QT_TRANSLATE_NOOP("AppearanceDialog", "Light or dark, as this computer is set."),
    "light": QT_TRANSLATE_NOOP("AppearanceDialog", "Dark text on white."),
    "dark": QT_TRANSLATE_NOOP("AppearanceDialog", "Light text on near-black."),
    "contrast": QT_TRANSLATE_NOOP("AppearanceDialog", "White and bright colours on black, every "
                                                      "text at least 7:1, a thick yellow focus ring."),
}
MOTION_NOTE = QT_TRANSLATE_NOOP("AppearanceDialog", "The feed holds still while posts arrive: a "
                                                    "“new posts” button at its top shows them when "
                                                    "you are ready. Menus and tips appear without "
                                                    "sliding or fading.")
AS_SET = QT_TRANSLATE_NOOP("AppearanceDialog", "As this computer is set")  # language.LANGUAGES[""]


LANGUAGE_NOTE = ("Takes effect the next time sm-sim starts. · Yn dod i rym y tro nesaf y bydd "
                 "sm-sim yn dechrau.")


class AppearanceDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(translate("AppearanceDialog", "Appearance"))
        self.setObjectName("appearanceDialog")
        chosen = appearance.current()
        column = QVBoxLayout(self)
        column.setSpacing(10)
        column.addWidget(self._themes(chosen.theme))
        size_title = QLabel(translate("AppearanceDialog", "Text &size"), self, objectName="sectionTitle")
        self.text_size = QComboBox(self, objectName="textSize")
        for scale in TEXT_SCALES:
            self.text_size.addItem(f"{scale:.0%}", scale)
        self.text_size.setCurrentIndex(TEXT_SCALES.index(chosen.text_scale))
        self.text_size.setAccessibleName(translate("AppearanceDialog", "Text size"))
        self.text_size.currentIndexChanged.connect(self._on_changed)
        size_title.setBuddy(self.text_size)
        column.addWidget(size_title)
        column.addWidget(self.text_size, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(QLabel(translate("AppearanceDialog", "Every screen's text, and the posts, "
                                                              "gauges and charts drawn with it."),
                                self, objectName="muted", wordWrap=True))
        self.reduce_motion = QCheckBox(translate("AppearanceDialog", "Reduce &motion"), self)
        self.reduce_motion.setChecked(chosen.reduce_motion)
        motion_note = translate("AppearanceDialog", MOTION_NOTE)
        self.reduce_motion.setAccessibleDescription(motion_note)
        self.reduce_motion.toggled.connect(self._on_changed)
        column.addWidget(self.reduce_motion)
        column.addWidget(QLabel(motion_note, self, objectName="muted", wordWrap=True))
        self._language(column, settings.language)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close
                                   | QDialogButtonBox.StandardButton.RestoreDefaults, self)
        buttons.rejected.connect(self.close)
        # Qt's own words for it have no Welsh catalogue
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(translate("AppearanceDialog", "Close"))
        defaults = buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        defaults.setText(translate("AppearanceDialog", "&Restore defaults"))
        defaults.clicked.connect(lambda: self.choose(Appearance()))
        for button in buttons.buttons():
            button.setIcon(QIcon())  # the platform's icons are drawn for one theme only
        column.addWidget(buttons)

    def _language(self, column: QVBoxLayout, chosen: str) -> None:
        """English or Welsh (Cymraeg): kept now, spoken from the next start, since every
        screen is built in the language it speaks."""
        title = QLabel("&Language · Iaith", self, objectName="sectionTitle")
        self.language = QComboBox(self, objectName="language")
        for code, name in language.LANGUAGES.items():
            self.language.addItem(translate("AppearanceDialog", AS_SET) if code == "" else name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(chosen)))
        self.language.setAccessibleName(translate("AppearanceDialog", "Language"))
        self.language.currentIndexChanged.connect(
            lambda _n: setattr(self.settings, "language", str(self.language.currentData())))
        title.setBuddy(self.language)
        column.addWidget(title)
        column.addWidget(self.language, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(QLabel(LANGUAGE_NOTE, self, objectName="muted", wordWrap=True))

    def _themes(self, chosen: str) -> QGroupBox:
        box = QGroupBox(translate("AppearanceDialog", "Theme"), self)
        column = QVBoxLayout(box)
        self._theme_group = QButtonGroup(self)
        self.theme_buttons: dict[str, QRadioButton] = {}
        for key in THEMES:
            note = translate("AppearanceDialog", THEME_NOTES[key])
            button = QRadioButton(translate("AppearanceDialog", MNEMONICS[key]), box)
            button.setAccessibleName(translate("AppearanceDialog", THEME_NAMES.get(key, THEMES[key])))
            button.setAccessibleDescription(note)
            button.setToolTip(note)
            button.setChecked(key == chosen)
            self._theme_group.addButton(button)
            self.theme_buttons[key] = button
            column.addWidget(button)
        self._theme_group.idToggled.connect(self._on_theme_toggled)
        return box

    def _on_theme_toggled(self, _id: int, checked: bool) -> None:
        if checked:
            self._on_changed()

    def chosen(self) -> Appearance:
        theme = next(k for k, b in self.theme_buttons.items() if b.isChecked())
        return Appearance(theme, float(self.text_size.currentData()), self.reduce_motion.isChecked())

    def choose(self, value: Appearance) -> None:
        """Set every control at once, and apply the result once."""
        for control in (self._theme_group, self.text_size, self.reduce_motion):
            control.blockSignals(True)
        self.theme_buttons[value.theme].setChecked(True)
        self.text_size.setCurrentIndex(TEXT_SCALES.index(value.text_scale))
        self.reduce_motion.setChecked(value.reduce_motion)
        for control in (self._theme_group, self.text_size, self.reduce_motion):
            control.blockSignals(False)
        self._on_changed()

    def _on_changed(self) -> None:
        value = self.chosen()
        if value == appearance.current():
            return
        self.settings.appearance = value
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        appearance.apply(app, value)
        self.adjustSize()


def open_appearance(parent: QWidget, settings: Settings) -> AppearanceDialog:
    """Show the dialog over ``parent`` (window-modal, no loop of its own: the caller carries on)."""
    dialog = AppearanceDialog(settings, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
